"""The errors a user can cause, each carrying one sentence and an exit code.

Every one of them reaches the person the same way: the command layer catches
:class:`OcrelogError` in one place (``cli.OcrelogGroup``) and prints
``Error: <sentence>`` on stderr, then exits with ``exit_code``. The codes are
documented in docs/commands.md ("Exit codes"), and a test checks each.
"""

#: Exit codes, in one place: docs/commands.md explains each, and a test keeps the two in step.
EXIT_OK = 0
EXIT_FILE = 1  # the journal or another file cannot be used as asked
EXIT_USAGE = 2  # a bad command line or value
EXIT_BUG = 3  # an unexpected fault inside ocrelog
EXIT_KEY = 4  # the key or passphrase does not open the encrypted files (nothing was changed)
EXIT_INTERRUPTED = 130  # Ctrl-C

EXIT_CODES = (EXIT_OK, EXIT_FILE, EXIT_USAGE, EXIT_BUG, EXIT_KEY, EXIT_INTERRUPTED)


def quoted(text: str, most: int = 40) -> str:
    """What the person typed, quoted back in an error: at most ``most`` characters, then an ellipsis."""
    return repr(text if len(text) <= most else text[:most] + "…")


class OcrelogError(Exception):
    """Base class: something the user can fix; never shown as a traceback."""

    exit_code = EXIT_FILE


class InvalidValue(OcrelogError):
    """A value the user typed (a date, a score, a dose, a file to import) that ocrelog refuses."""

    exit_code = EXIT_USAGE


class NotFound(OcrelogError):
    """An entry id that is not in the journal (a bad value, like a bad date)."""

    exit_code = EXIT_USAGE


class NothingToMark(OcrelogError):
    """An entry that has nothing for the command to act on (``handled`` of an entry with no warning sign)."""

    exit_code = EXIT_FILE


class JournalError(OcrelogError):
    """The journal or another file cannot be used: not a journal, damaged, read-only."""

    exit_code = EXIT_FILE


class NoSpace(JournalError):
    """The disk is full; nothing was changed."""


class NothingToImport(OcrelogError):
    """A file was read whole and nothing in it maps to an entry (the sentence says what to add)."""

    exit_code = EXIT_FILE


class WrongKey(OcrelogError):
    """A key or passphrase that does not open the files (sync, an encrypted backup or export)."""

    exit_code = EXIT_KEY
