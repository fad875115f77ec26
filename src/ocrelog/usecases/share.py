"""Sync and encryption, as a person does them: the key for ``sync`` (``--init``, ``--key``,
``--passphrase``), a run of sync, and the one line it says.

The core is ``sync.py`` (the CRDT document and the journal) and ``sealing.py`` (age);
both import pycrdt and pyrage inside their functions, and this module imports them inside
its own, so no other command loads any of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ocrelog.errors import InvalidValue, WrongKey

if TYPE_CHECKING:
    from ocrelog.journal import Journal
    from ocrelog.sealing import Key
    from ocrelog.sync import Outcome


@dataclass
class Keyed:
    """The key this run uses, the line to print for the other computer (``--init``), and notices."""

    key: Key | None
    line: str | None = None
    notices: list[str] = field(default_factory=list)
    #: A key made (--init) or given (--key, --passphrase) in this run: kept beside the journal only
    #: once a run with it has worked (a wrong key is never kept); with --init --passphrase, the key
    #: locked with the passphrase, for the synced folder.
    keep: Key | None = None
    locked: tuple[Path, bytes] | None = None


def sync_folder(given: str | None, journal_path: Path) -> Path | None:
    """DIR as given, or ``sync_dir`` from config.toml; it must be an existing folder."""
    from ocrelog.config import sync_dir

    folder = Path(given).expanduser() if given else sync_dir(journal_path)
    if folder is not None and not folder.is_dir():
        raise InvalidValue(f"The folder {folder} does not exist; create it (or let your sync service do so) first")
    if folder is not None and journal_path.resolve().is_relative_to(folder.resolve()):
        raise InvalidValue(
            f"The journal {journal_path} is inside the synced folder {folder}, where its key would be copied "
            "with it: keep the journal outside it (see docs/journal.md, 'Two computers, one journal')"
        )
    return folder


def _the_line(folder: Path | None, option: str) -> str:
    import shlex

    where = shlex.quote(str(folder)) if folder is not None else "DIR"
    return f"ocrelog sync {where} {option}"


def keyed(
    journal_path: Path,
    folder: Path | None,
    *,
    init: bool,
    key_text: str | None,
    use_passphrase: bool,
    ask: Callable[..., str],
) -> Keyed:
    """The key of this run: made (``--init``), given (``--key``), opened with the passphrase from
    the sync folder (``--passphrase``) or kept beside the journal. ``ask`` reads the passphrase."""
    from ocrelog import sealing

    kept = sealing.read_key(journal_path)
    if init:
        return _init(journal_path, folder, kept, use_passphrase, ask)
    if key_text is not None:
        given = sealing.checked_key(key_text)
        if kept is not None:
            sealing.store_key(journal_path, given)  # the same key: nothing to do; another: refused
            return Keyed(kept)
        return Keyed(given, keep=given)
    if kept is None and use_passphrase:
        return _from_passphrase(journal_path, folder, ask)
    return Keyed(kept)


def _init(journal_path: Path, folder: Path | None, kept: Key | None, use_passphrase: bool, ask: Callable) -> Keyed:
    from ocrelog import sealing

    if kept is not None:
        return Keyed(
            kept,
            _the_line(folder, f"--key {kept.secret}"),
            [f"This journal has a key already ({sealing.key_file(journal_path)}); on the other computer run:"],
        )
    key = sealing.new_key()
    if use_passphrase:
        if folder is None:
            raise InvalidValue("--init --passphrase needs the synced folder: ocrelog sync DIR --init --passphrase")
        from ocrelog.sync import folder_of

        locked = folder_of(folder) / sealing.KEY_IN_FOLDER
        if locked.exists():
            raise InvalidValue(
                f"{locked} exists already: another journal set a passphrase there; run "
                "'ocrelog sync DIR --passphrase' instead"
            )
        sealed = sealing.seal_with_passphrase(key.secret.encode("ascii"), ask(twice=True))
        return Keyed(key, _the_line(folder, "--passphrase"), ["On the other computer, run:"], key, (locked, sealed))
    return Keyed(key, _the_line(folder, f"--key {key.secret}"), ["On the other computer, run:"], key)


def keep_key(keyed: Keyed, journal_path: Path) -> list[str]:
    """Keep the key made or given in this run beside the journal (mode 0600), and the key locked
    with a passphrase in the synced folder: once a run with it has worked, or at once for --init
    without a folder. The lines to say."""
    from ocrelog import sealing
    from ocrelog.output_files import atomic_path

    if keyed.keep is None:
        return []
    sealing.store_key(journal_path, keyed.keep)
    if keyed.locked is not None:
        locked, sealed = keyed.locked
        locked.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(locked) as temporary:
            temporary.write_bytes(sealed)
    return [f"Kept the key in {sealing.key_file(journal_path)} (keep a copy somewhere safe)."]


def _from_passphrase(journal_path: Path, folder: Path | None, ask: Callable) -> Keyed:
    from ocrelog import sealing
    from ocrelog.sync import folder_of

    if folder is None:
        raise InvalidValue("--passphrase needs the synced folder: ocrelog sync DIR --passphrase")
    locked = folder_of(folder) / sealing.KEY_IN_FOLDER
    if not locked.is_file():
        raise WrongKey(
            f"There is no key locked with a passphrase in {locked.parent}; on the first computer run "
            "'ocrelog sync DIR --init --passphrase', or use --key"
        )
    secret = sealing.unseal_with_passphrase(locked.read_bytes(), ask(), str(locked))
    key = sealing.checked_key(secret.decode("ascii", "replace"), str(locked))
    return Keyed(key, notices=["Opened the key with the passphrase."], keep=key)


#: Said when sync has no key: it never writes health data unencrypted into a synced folder.
NO_KEY = (
    "There is no key for sync yet: run 'ocrelog sync DIR --init' on your first computer, "
    "then on each other computer the line it prints"
)


def the_key(keyed: Keyed) -> Key:
    """The key of the run; one sentence (exit 4) when there is none, before the journal is opened."""
    if keyed.key is None:
        raise WrongKey(NO_KEY)
    return keyed.key


def run_sync(journal: Journal, folder: Path, key: Key, *, new_id: bool = False, given: bool = False) -> Outcome:
    """One sync run (``given``: the key was made or given in this run, and is not kept yet)."""
    from ocrelog import sync

    if new_id:
        sync.new_id(journal)
    try:
        return sync.sync(journal, folder, key)
    except WrongKey:
        from ocrelog.sealing import key_file

        if given:
            raise WrongKey(
                f"That key does not open the files in {sync.folder_of(folder)}, so nothing was changed and it was "
                "not kept: use the key that 'ocrelog sync --init' printed on your first computer"
            ) from None
        where = key_file(journal.path) if journal.path is not None else "journal.db.key"
        raise WrongKey(
            f"The key of this journal ({where}) does not open the files in {sync.folder_of(folder)}, so nothing "
            "was changed: they were written with another key; run here the line that 'ocrelog sync --init' "
            "printed on your first computer (move this key file away first)"
        ) from None


def summary(outcome: Outcome) -> str:
    """The one line a run says: ``Synced: 3 entries in, 1 out, from 1 other journal.``"""
    from ocrelog.plurals import plural

    if not (
        outcome.entries_in or outcome.entries_out or outcome.journals or outcome.other_changes or outcome.other_out
    ):
        return "Synced: nothing new."
    line = f"Synced: {plural(outcome.entries_in, 'entry', 'entries')} in, {outcome.entries_out} out"
    if outcome.journals:
        line += f", from {plural(outcome.journals, 'other journal', 'other journals')}"
    if outcome.other_changes:
        line += f" ({plural(outcome.other_changes, 'setting or usual symptom', 'settings or usual symptoms')} too)"
    if outcome.other_out:
        line += f"; sent {plural(outcome.other_out, 'setting or usual symptom', 'settings or usual symptoms')}"
    return line + "."


# -- encrypted backups and exports, and importing them ----------------------------------------

#: The suffix of every encrypted file ocrelog writes.
AGE_SUFFIX = ".age"
#: Said when --encrypt finds neither a key nor --passphrase.
NO_KEY_TO_ENCRYPT = "There is no key to encrypt with: make one with 'ocrelog sync DIR --init', or add --passphrase"


def sealed_name(target: Path) -> Path:
    """``backup.db`` -> ``backup.db.age`` (a name that ends in .age already is kept)."""
    return target if target.name.endswith(AGE_SUFFIX) else target.with_name(target.name + AGE_SUFFIX)


def sealer(journal_path: Path, use_passphrase: bool, ask: Callable[..., str]) -> Callable[[bytes], bytes]:
    """How to encrypt this run's file: with the passphrase (asked once, twice at a terminal),
    or to the key kept beside the journal; decided before anything is read or written."""
    from ocrelog import sealing

    if use_passphrase:
        secret = ask(twice=True)
        return lambda data: sealing.seal_with_passphrase(data, secret)
    key = sealing.read_key(journal_path)
    if key is None:
        raise WrongKey(NO_KEY_TO_ENCRYPT)
    return lambda data: sealing.seal(data, key)


def write_sealed(target: Path, data: bytes, seal: Callable[[bytes], bytes], *, overwrite: bool = False) -> None:
    """Encrypt ``data`` and write it whole or not at all (the output rules of output_files.py)."""
    import os

    from ocrelog.output_files import atomic_path

    sealed = seal(data)
    with atomic_path(target, overwrite=overwrite) as temporary:
        with open(temporary, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())


def backup_sealed(journal: Journal, target: Path, seal: Callable[[bytes], bytes], *, overwrite: bool = False) -> int:
    """``backup --encrypt``: a consistent copy (VACUUM INTO a private temporary folder beside the
    journal, mode 0700, removed after), encrypted; the number of entries copied."""
    import shutil
    import tempfile

    # beside the journal, never beside the target: a target in a synced folder would upload the copy
    folder = Path(tempfile.mkdtemp(prefix=".ocrelog-backup-", dir=journal.path.parent if journal.path else None))
    try:
        plain = folder / "journal.db"
        journal.backup(plain)
        write_sealed(target, plain.read_bytes(), seal, overwrite=overwrite)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return journal.count()


_SQLITE_MAGIC = b"SQLite format 3\x00"


def unsealed(
    file: str, journal_path: Path, use_passphrase: bool, ask: Callable[..., str], folder_of: Callable[[], Path]
) -> str:
    """``import FILE.age``: FILE decrypted into ``folder_of()`` (private, removed by the caller), with the
    key beside the journal or the passphrase it was sealed with; an encrypted backup (a journal)
    becomes its entries as ocrelog's JSON. Any other file: FILE as it is."""
    from ocrelog import sealing

    path = Path(file)
    if file == "-" or not path.is_file():
        return file
    with open(path, "rb") as handle:
        head = handle.read(len(sealing.AGE_MAGIC) + 16)
    if not sealing.is_sealed(head):
        return file
    data = path.read_bytes()
    if use_passphrase or sealing.needs_passphrase(data):
        plain = sealing.unseal_with_passphrase(data, ask(), file)
    else:
        key = sealing.read_key(journal_path)
        if key is None:
            raise WrongKey(
                f"{file} is encrypted and there is no key beside this journal; add --passphrase if one was used"
            )
        try:
            plain = sealing.unseal(data, key)
        except sealing.Damaged:
            raise InvalidValue(f"{file} is damaged or was changed (age's check failed); nothing was imported") from None
    name = path.name[: -len(AGE_SUFFIX)] if path.name.endswith(AGE_SUFFIX) else path.name
    folder = folder_of()
    if plain.startswith(_SQLITE_MAGIC):
        return str(_journal_as_json(plain, folder))
    target = folder / name
    target.write_bytes(plain)
    return str(target)


def _journal_as_json(plain: bytes, folder: Path) -> Path:
    from datetime import datetime

    from ocrelog.journal import Journal
    from ocrelog.usecases.move import export

    copy = folder / "backup.db"
    copy.write_bytes(plain)
    target = folder / "backup.json"
    with Journal.open(copy) as journal:
        target.write_text("".join(export(journal, "json", datetime.now()).chunks), encoding="utf-8")
    return target
