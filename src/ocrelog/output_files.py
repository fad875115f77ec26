"""Files ocrelog writes (exports, summaries, backups): whole or not at all.

Everything goes to a temporary file in the destination folder first, named
``.NAME.PID.ocrelog-tmp``, created readable by its owner only (0600) before
anything is written into it; only a complete file is moved into place. A file
left behind by a run that was killed (and any side file SQLite made beside it,
``-journal``, ``-wal``, ``-shm``) is removed by the next run that writes to the
same folder (its process is gone).

One rule for every output (``export``, ``summary``, ``calendar``, ``backup``):
an existing file is replaced only with ``--force`` (:data:`EXISTS`, the same
sentence everywhere); a command's own file (the calendar ocrelog wrote) is
replaced and the command says so. No output may be the journal or one of its
files (:func:`check_not_journal`), with or without ``--force``.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from ocrelog.errors import InvalidValue, JournalError, NoSpace

TEMP_SUFFIX = ".ocrelog-tmp"
#: The files SQLite may create beside a database it writes (a backup's temporary copy).
SIDE_SUFFIXES = ("", "-journal", "-wal", "-shm")
#: The sentence for an output file that exists, in every command.
EXISTS = "{path} already exists; add --force to replace it, or choose another name."


def journal_files(journal: Path) -> list[Path]:
    """The journal and every file that belongs to it: SQLite's side files, the checked marker,
    the settings, the hint marks and sync's key beside it (backups go to new files and are not listed)."""
    from ocrelog.config import CONFIG_NAME, HINT_MARK, NAME_HINT_MARK

    files = []
    for each in dict.fromkeys([Path(journal), Path(os.path.realpath(journal))]):
        files += [each.with_name(each.name + end) for end in (*SIDE_SUFFIXES, ".checked")]
        files += [each.parent / CONFIG_NAME, each.parent / HINT_MARK, each.parent / NAME_HINT_MARK]
        files.append(each.with_name(each.name + ".key"))  # sync's key (sealing.KEY_SUFFIX)
    return files


def check_not_journal(path: Path, journal: Path | None = None) -> None:
    """Refuse (exit 2) an output that is the journal or one of its files, however it is named
    (a symlink, a hard link, ``..``): replacing it would lose the journal."""
    from ocrelog.paths import protected

    journals = [journal] if journal is not None else protected()
    if not journals:
        return
    real = os.path.realpath(path)
    for each in journals:
        for belonging in journal_files(each):
            same = os.path.realpath(belonging) == real
            if not same:
                try:
                    same = os.path.samefile(belonging, path)
                except (OSError, ValueError):
                    same = False
            if same:
                raise InvalidValue(
                    f"{path} is {_what(belonging, each, Path(path).name)}, so nothing was written; choose another name "
                    "(--force never replaces the journal's files)."
                )


def _what(protected: Path, journal: Path, given: str) -> str:
    name = protected.name
    if name in (journal.name, Path(os.path.realpath(journal)).name):
        return "the journal itself"
    return "one of the journal's own files" + (f" ({name})" if name != given else "")


def exists_error(path: Path) -> InvalidValue:
    return InvalidValue(EXISTS.format(path=path))


#: The summary's format, from the output file's suffix.
SUMMARY_SUFFIXES = {".md": "md", ".html": "html", ".htm": "html"}


def summary_format(output: str | None, given: str | None) -> str:
    """``--format`` when given; else from the file name (.md, .html, .htm); html for stdout or the default name."""
    if given is not None:
        return given
    if output is None or output == "-":
        return "html"
    suffix = Path(output).suffix.lower()
    if suffix not in SUMMARY_SUFFIXES:
        raise InvalidValue(
            f"ocrelog cannot tell which format {output!r} should be: name it .md (Markdown) or "
            ".html, or add --format md or --format html"
        )
    return SUMMARY_SUFFIXES[suffix]


def summary_path(output: str | None, today: date, extension: str) -> Path:
    """Where the summary goes: ``--output``, or a new ``ocrelog-summary-DATE.EXT`` here."""
    if output:
        return Path(output).expanduser()
    return free_name(Path(f"ocrelog-summary-{today.isoformat()}.{extension}"))


def backup_path(journal: Path, destination: str | None, now: datetime) -> Path:
    """Where a backup goes: DEST, or ``NAME-backup-YYYYMMDD-HHMMSS.db`` in DEST's folder or beside the journal."""
    target = Path(destination).expanduser() if destination else journal.parent
    if target.is_dir():  # a name ocrelog chose: the next free one, never a refusal (two in one second)
        target = free_name(target / f"{journal.stem}-backup-{now.strftime('%Y%m%d-%H%M%S')}{journal.suffix}")
    return target


def free_name(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``...: the first that does not exist yet."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def file_error(error: OSError, path: Path | None, verb: str = "write") -> JournalError:
    """An OSError while using ``path`` as one sentence."""
    where = f" for {path}" if path else ""
    if error.errno == errno.ENOSPC:
        if path is None:  # standard output (a pipe or a file the shell opened): cut where it stopped
            return NoSpace("No space left on the disk for the output, so it was cut short.")
        return NoSpace(f"No space left on the disk{where}: nothing was written.")
    return JournalError(f"Could not {verb} {path or 'a file'}: {error.strerror or error}.")


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete temporary files that killed ocrelog runs left in ``folder``, with SQLite's side files."""
    removed: list[Path] = []
    try:
        candidates = list(folder.glob(f".*{TEMP_SUFFIX}*"))
    except OSError:
        return removed
    for path in candidates:
        base, found, end = path.name.rpartition(TEMP_SUFFIX)
        if not found or end not in SIDE_SUFFIXES:
            continue
        pid_text = base.rsplit(".", 1)[-1]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and not _process_alive(int(pid_text)):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def check_output(path: Path, *, overwrite: bool = False, own_file: bool = False) -> Path:
    """Refuse, before anything is read or written, an output ocrelog must not write; its folder.

    Not the journal or one of its files (unless ``own_file``: the settings), a folder that
    exists, not a folder itself, and not an existing file unless ``overwrite`` (``--force``).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not own_file:
        check_not_journal(path)
    if not folder.is_dir():
        raise InvalidValue(f"The folder {folder} does not exist; create it first, or choose another place.")
    if path.is_dir():
        raise InvalidValue(f"{path} is a folder; give a file name.")
    if not overwrite and (path.exists() or path.is_symlink()):
        raise exists_error(path)
    return folder


@contextmanager
def atomic_path(path: Path, *, overwrite: bool = False, own_file: bool = False) -> Iterator[Path]:
    """A temporary path (an empty file, 0600) to write; moved to ``path`` when the block ends
    without error. ``own_file``: ``path`` is one of the journal's own files (its settings)."""
    path = Path(path)
    folder = check_output(path, overwrite=overwrite, own_file=own_file)
    remove_leftovers(folder)
    temporary = folder / f".{path.name}.{os.getpid()}{TEMP_SUFFIX}"
    _remove_side_files(temporary)  # this process's own, from an earlier write that failed
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as error:
        raise file_error(error, path) from None
    try:
        yield temporary
        if overwrite:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)  # fails if path appeared meanwhile
            except FileExistsError:
                raise exists_error(path) from None
    except OSError as error:
        raise file_error(error, path) from None
    finally:
        _remove_side_files(temporary)


def _remove_side_files(temporary: Path) -> None:
    for end in SIDE_SUFFIXES:
        try:
            temporary.with_name(temporary.name + end).unlink(missing_ok=True)
        except OSError:
            pass


def write_chunks(path: Path, chunks: Iterable[str], *, overwrite: bool = False) -> None:
    """Write text, given in pieces (so a large export is never held whole), atomically."""
    with atomic_path(path, overwrite=overwrite) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
