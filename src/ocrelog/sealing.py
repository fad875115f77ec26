"""age encryption (pyrage) for everything that leaves the journal's folder: sync files,
encrypted backups and exports.

One key a person: an age X25519 identity kept beside the journal in ``KEY_SUFFIX``
(``journal.db.key``, mode 0600, never overwritten), the same on every computer that
syncs. A passphrase (age's scrypt) is slow on purpose (seconds): it is used once, to
open the key that ``sync --init --passphrase`` left in the sync folder
(``KEY_IN_FOLDER``), or for one backup or export; never once a file.

pyrage is imported inside the functions here only: ``feel`` never loads it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ocrelog.errors import JournalError, WrongKey

#: The key file beside the journal: ``journal.db`` -> ``journal.db.key``.
KEY_SUFFIX = ".key"
#: The passphrase may come from the environment (scripts); otherwise it is asked, hidden.
ENV_PASSPHRASE = "OCRELOG_PASSPHRASE"
#: Where the key, locked with the passphrase, waits for the other computers (inside the sync folder).
KEY_IN_FOLDER = "key.age"
#: How an age file starts (binary format): ``import`` recognises an encrypted file by it.
AGE_MAGIC = b"age-encryption.org/v1\n"
#: The words of the key line, for the sentences that name it.
KEY_PREFIX = "AGE-SECRET-KEY-1"


def key_file(journal: Path) -> Path:
    return journal.with_name(journal.name + KEY_SUFFIX)


@dataclass(frozen=True)
class Key:
    """An age identity (the secret) with its public recipient."""

    secret: str

    def identity(self) -> Any:
        import pyrage

        return pyrage.x25519.Identity.from_str(self.secret)

    def recipient(self) -> Any:
        return self.identity().to_public()


def new_key() -> Key:
    import pyrage

    return Key(str(pyrage.x25519.Identity.generate()))


def checked_key(text: str, where: str = "--key") -> Key:
    """A key as typed (``AGE-SECRET-KEY-1...``), checked; one sentence when it is not one."""
    import pyrage

    secret = text.strip()
    try:
        pyrage.x25519.Identity.from_str(secret)
    except Exception:
        raise WrongKey(f"The key given with {where} is not an age key (a line starting {KEY_PREFIX})") from None
    return Key(secret)


def read_key(journal: Path) -> Key | None:
    """The key kept beside the journal, or None when there is none yet."""
    path = key_file(journal)
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise JournalError(f"Could not read the key file {path} ({error})") from None
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines:
        raise WrongKey(f"The key file {path} holds no key; remove it and run 'ocrelog sync --key ...' again")
    return checked_key(lines[0], str(path))


def store_key(journal: Path, key: Key) -> bool:
    """Keep the key beside the journal (mode 0600); never over an existing key file.

    Returns False when that very key is already kept; refuses a different one.
    """
    path = key_file(journal)
    kept = read_key(journal) if path.exists() else None
    if kept is not None:
        if kept.secret == key.secret:
            return False
        raise WrongKey(
            f"{path} already holds another key; ocrelog never replaces a key file (move it away first "
            "if you are sure its key is not needed)"
        )
    from ocrelog.opening import make_private_folder

    make_private_folder(path.parent)
    text = f"# ocrelog's key for sync and encrypted backups: keep it secret, keep a copy.\n{key.secret}\n"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(text)
    return True


def seal(data: bytes, key: Key) -> bytes:
    import pyrage

    return bytes(pyrage.encrypt(data, [key.recipient()]))


class Damaged(Exception):
    """An age file whose contents fail age's authentication (cut short, changed, not age)."""


def unseal(data: bytes, key: Key) -> bytes:
    """Decrypt with the key; :class:`WrongKey` when the file was sealed for another key,
    :class:`Damaged` when it is cut short or was changed (age's authentication fails)."""
    import pyrage

    try:
        return bytes(pyrage.decrypt(data, [key.identity()]))
    except pyrage.DecryptError as error:
        if "No matching keys" in str(error) and data.startswith(AGE_MAGIC) and b"\n---" in data:
            raise WrongKey("This computer's key does not open these files") from None
        raise Damaged(str(error)) from None


def seal_with_passphrase(data: bytes, passphrase: str) -> bytes:
    import pyrage

    return bytes(pyrage.passphrase.encrypt(data, passphrase))


def unseal_with_passphrase(data: bytes, passphrase: str, what: str) -> bytes:
    import pyrage

    try:
        return bytes(pyrage.passphrase.decrypt(data, passphrase))
    except pyrage.DecryptError:
        raise WrongKey(f"The passphrase does not open {what} (or the file is damaged)") from None


def passphrase(environ: Any = os.environ, *, twice: bool = False) -> str:
    """The passphrase: ``OCRELOG_PASSPHRASE``, or asked at the terminal without echo."""
    given = environ.get(ENV_PASSPHRASE)
    if given:
        return str(given)
    import getpass

    try:
        first = getpass.getpass("Passphrase: ")
        if twice and getpass.getpass("The same passphrase again: ") != first:
            raise WrongKey("The two passphrases differ; nothing was changed")
    except EOFError:
        first = ""
    if not first:
        raise WrongKey(f"No passphrase was given (type it when asked, or set {ENV_PASSPHRASE})")
    return first


def is_sealed(head: bytes) -> bool:
    """Whether a file that starts with ``head`` is age-encrypted (binary format)."""
    return head.startswith(AGE_MAGIC)


def needs_passphrase(data: bytes) -> bool:
    """Whether an age file was sealed with a passphrase (its first stanza is scrypt)."""
    return data[len(AGE_MAGIC) : len(AGE_MAGIC) + 10].startswith(b"-> scrypt")
