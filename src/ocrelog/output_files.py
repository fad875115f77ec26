"""Files ocrelog writes (exports, summaries, backups): whole or not at all.

Everything goes to a temporary file in the destination folder first, named
``.NAME.PID.ocrelog-tmp``; only a complete file is moved into place. A file
left behind by a run that was killed is removed by the next run that writes
to the same folder (its process is gone). Files are readable by their owner
only, and an existing file is never replaced unless asked.
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
    if target.is_dir():
        target = target / f"{journal.stem}-backup-{now.strftime('%Y%m%d-%H%M%S')}{journal.suffix}"
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
        return NoSpace(f"No space left on the disk{where}: nothing was written.")
    return JournalError(f"Could not {verb} {path or 'a file'}: {error.strerror or error}.")


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete temporary files that killed ocrelog runs left in ``folder``."""
    removed = []
    try:
        candidates = list(folder.glob(f".*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for path in candidates:
        pid_text = path.name[: -len(TEMP_SUFFIX)].rsplit(".", 1)[-1]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and not _process_alive(int(pid_text)):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


@contextmanager
def atomic_path(
    path: Path, *, overwrite: bool = False, hint: str = "add --force to replace it"
) -> Iterator[Path]:
    """A temporary path to write; moved to ``path`` when the block ends without error."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidValue(f"The folder {folder} does not exist; create it first, or choose another place.")
    if path.is_dir():
        raise InvalidValue(f"{path} is a folder; give a file name.")
    if not overwrite and path.exists():
        raise InvalidValue(f"{path} already exists; choose another name, or {hint}.")
    remove_leftovers(folder)
    temporary = folder / f".{path.name}.{os.getpid()}{TEMP_SUFFIX}"
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
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
                raise InvalidValue(f"{path} already exists; choose another name, or {hint}.") from None
    except OSError as error:
        raise file_error(error, path) from None
    finally:
        temporary.unlink(missing_ok=True)


def write_chunks(
    path: Path, chunks: Iterable[str], *, overwrite: bool = False, hint: str = "add --force to replace it"
) -> None:
    """Write text, given in pieces (so a large export is never held whole), atomically."""
    with atomic_path(path, overwrite=overwrite, hint=hint) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
