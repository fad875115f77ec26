"""The errors a user can cause, each carrying one sentence and an exit code.

The CLI turns these into ``Error: <sentence>`` on stderr and the exit code;
nothing else in ocrelog prints them.
"""


class OcrelogError(Exception):
    """Base class: something the user can fix; never shown as a traceback."""

    exit_code = 1


class InvalidValue(OcrelogError):
    """A value the user typed (a date, a score, a dose) that ocrelog refuses."""

    exit_code = 2


class JournalError(OcrelogError):
    """A problem with the journal file: not a journal, damaged, read-only."""

    exit_code = 1


class NotFound(OcrelogError):
    """An entry id that is not in the journal (a bad value, like a bad date)."""

    exit_code = 2
