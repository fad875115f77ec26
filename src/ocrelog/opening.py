"""Opening the journal file safely: where a person's data is protected.

- A file that is not an ocrelog journal (not SQLite, truncated, a folder,
  another program's database) is refused before anything is written to it.
  An empty (0-byte) file is taken as a new journal.
- A journal whose pages are damaged is refused for writing: a quick integrity
  check runs before a command writes, and the file is left byte for byte as
  it was. The check reads the whole file (about 10 ms per MB), so it is
  skipped when the file is exactly as ocrelog itself left it after its last
  write: size, modification and change times, inode, the header's change
  counter and a checksum of the first and last pages, noted in
  ``NAME.checked`` beside the journal. A read changes none of them (the empty WAL it may leave holds
  nothing); anything else that changed the file makes the check run. The
  decision to refuse (a damaged journal, one from a newer ocrelog) is taken
  on a read-only connection, so a refused journal keeps every byte, its WAL
  included.
- A new journal's folders are created 0700 and the file 0600.
- Schema steps (``migrations.py``) run under one write lock, so two first runs
  at the same moment cannot race; the journal is switched to WAL mode and every
  connection waits for a busy lock rather than failing.
- A journal in a place that cannot be written (a read-only mount, a folder
  without write permission) still opens for reading, as an immutable file.
- SQLite's own errors are told apart (disk full, read-only, damaged) and
  turned into one sentence each by :func:`explain`.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from pathlib import Path

from ocrelog.errors import JournalError, NoSpace
from ocrelog.migrations import MIGRATION_SET, SCHEMA, VERSIONS_TABLE

BUSY_TIMEOUT_SECONDS = 20.0
CHECK_SECONDS = 2.0  # the integrity check gives up (and lets the write go on) after this
_MAGIC = b"SQLite format 3\x00"


def connect(path: Path, *, write: bool) -> tuple[sqlite3.Connection, bool]:
    """An open connection to the journal at ``path`` and whether it may be written.

    ``path`` must exist (see :func:`create_file`). Schema steps still to run
    are applied first; a read that needs them opens for writing when it can.
    """
    if path.is_dir():
        raise JournalError(f"{path} is a directory, not an ocrelog journal.")
    check_header(path)
    file_writable = _has_write_permission(path)
    if write and not file_writable:
        raise JournalError(f"The journal {path} is read-only, so nothing was changed.")
    folder_writable = _has_write_permission(path.parent)
    if write and not folder_writable:
        raise JournalError(f"The folder of the journal ({path.parent}) is read-only, so nothing was changed.")
    if write and _adopted_empty(path):
        os.chmod(path, 0o600)  # an empty file taken as a new journal is private like a created one
    immutable = not write and not folder_writable
    as_left = write and unchanged_since_last_write(path)  # before SQLite creates its -wal
    if write and not as_left:
        # Decide on a read-only connection: a journal refused (newer, damaged) must keep every
        # byte, and closing a writable connection would checkpoint its WAL into the file.
        _decide_read_only(path)
    conn = _connect(path, readonly=not write, immutable=immutable)
    try:
        pending = pending_steps(conn, path)
        if pending and not write:
            if not (file_writable and folder_writable):
                raise JournalError(
                    f"The journal {path} needs an upgrade but is read-only; make it writable and run ocrelog again."
                )
            check_integrity(conn, path)  # on the read-only connection: a refusal changes nothing
            conn.close()
            conn = _connect(path, readonly=False, immutable=False)
            write = True
        if pending:
            apply_steps(conn)
        if write:
            _use_wal(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise explain(error, path) from None
    except BaseException:
        conn.close()
        raise
    return conn, write


def _adopted_empty(path: Path) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False
    return info.st_size == 0 and info.st_mode & 0o077 != 0


def _decide_read_only(path: Path) -> None:
    """Refuse, before any writable connection exists, a journal that is newer or damaged."""
    conn = _connect(path, readonly=True, immutable=False)
    try:
        pending_steps(conn, path)  # refuses a journal from a newer ocrelog
        check_integrity(conn, path)
    except sqlite3.DatabaseError as error:
        raise explain(error, path) from None
    finally:
        conn.close()


def new_memory_journal() -> sqlite3.Connection:
    """An empty journal in memory: what reading a journal that does not exist yet shows."""
    conn = sqlite3.connect(":memory:")
    apply_steps(conn)
    return conn


def create_file(path: Path) -> None:
    """Create an empty journal file 0600, in folders created 0700."""
    make_private_folder(path.parent)
    try:
        new_private_file(path)
    except FileExistsError:
        return  # another ocrelog created it a moment ago
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise NoSpace(f"No space left on the disk for a new journal at {path}: nothing was created.") from None
        raise JournalError(f"Could not create the journal {path}: {error.strerror}.") from None


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents, each 0700 whatever the umask."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    try:
        for each in reversed(missing):
            try:
                each.mkdir(mode=0o700)
            except FileExistsError:
                continue  # made a moment ago by another ocrelog
            os.chmod(each, 0o700)  # mkdir's mode is filtered by the umask
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise NoSpace(f"No space left on the disk for the folder {folder}: nothing was created.") from None
        raise JournalError(f"Could not create the folder {folder}: {error.strerror}.") from None


def new_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only; FileExistsError if there is one."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def not_a_journal(path: Path) -> JournalError:
    return JournalError(f"{path} is not an ocrelog journal; it was left unchanged.")


def damaged(path: Path) -> JournalError:
    return JournalError(
        f"The journal {path} is damaged, so ocrelog left it unchanged: restore a backup copy "
        f"(made by 'ocrelog backup'), or save what is readable with: sqlite3 '{path}' .recover"
    )


def explain(error: sqlite3.Error, path: Path | None) -> Exception:
    """SQLite's error as one of ocrelog's sentences, by what it means for the person."""
    text = str(error).lower()
    where = f"The journal {path}" if path else "The journal"
    if "disk is full" in text or "no space" in text:
        return NoSpace("No space left on the disk: nothing was changed.")
    clear = ("readonly", "read-only", "malformed", "corrupt", "not a database", "no such table", "locked", "busy")
    if not any(word in text for word in clear) and no_space_left(path):
        # SQLite says "disk I/O error" (or cannot open its side files) when a write of its
        # WAL or shared-memory file meets a full disk: the disk is what the person must know.
        return NoSpace("No space left on the disk: nothing was changed.")
    if "readonly" in text or "read-only" in text:
        return JournalError(f"{where} is in a place that cannot be written, so nothing was changed.")
    if "malformed" in text or "corrupt" in text:
        return damaged(path) if path else JournalError("The journal is damaged.")
    if "not a database" in text or "no such table" in text:
        return not_a_journal(path) if path else JournalError("That is not an ocrelog journal.")
    if _is_busy(error):
        return JournalError(f"{where} is busy in another program; try again in a moment.")
    if "unable to open" in text:
        return JournalError(f"{where} could not be opened ({error}).")
    return JournalError(f"{where} could not be read or written ({error}).")


#: Less free space than this (bytes) beside the journal counts as a full disk.
FULL_BELOW_BYTES = 256 * 1024


def no_space_left(path: Path | None) -> bool:
    """Whether the disk of ``path`` (the journal, or this folder) is full, or all but full."""
    try:
        info = os.statvfs(path.parent if path is not None else ".")
    except (OSError, ValueError):
        return False
    return info.f_bavail * info.f_frsize < FULL_BELOW_BYTES


def check_header(path: Path) -> None:
    """Refuse files that are not SQLite, or SQLite files cut short.

    A header that promises more pages than the file holds means the file was
    cut short, except while another ocrelog checkpoints it: SQLite copies the
    WAL's pages in page order, so page 1 (with the new page count) lands before
    the pages that grow the file. The WAL then holds those pages, so a file
    with a non-empty WAL is not judged here; SQLite reads through the WAL, and
    the integrity check before a write still refuses a damaged one. A file that
    changes while it is read is read again.
    """
    head, size = _read_head(path)
    if not head:
        return  # a 0-byte file is a new journal
    if len(head) < 100 or not head.startswith(_MAGIC):
        raise not_a_journal(path)
    for _ in range(3):
        if not _cut_short(head, size) or _has_wal(path):
            return
        again = _read_head(path)
        if again == (head, size):
            raise damaged(path)
        head, size = again


def _read_head(path: Path) -> tuple[bytes, int]:
    """The file's first 100 bytes (SQLite's header) and its size."""
    try:
        with open(path, "rb") as handle:
            return handle.read(100), os.fstat(handle.fileno()).st_size
    except OSError as error:
        raise JournalError(f"Could not read the journal {path}: {error.strerror}.") from None


def _cut_short(head: bytes, size: int) -> bool:
    """Whether the header promises more pages than ``size`` bytes hold.

    The page count is valid when "version-valid-for" matches the change
    counter (https://sqlite.org/fileformat.html, offset 28).
    """
    if len(head) < 100:
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    return head[24:28] == head[92:96] and size < page_size * pages


def _has_wal(path: Path) -> bool:
    try:
        return _wal_of(path).stat().st_size > 0
    except OSError:
        return False


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse to write into a damaged journal (``PRAGMA quick_check``, bounded in time).

    quick_check reads every page once (about 1 ms per MB); on a journal so
    large that it has not finished after ``CHECK_SECONDS``, the write goes on
    rather than keep the person waiting.
    """
    deadline = time.monotonic() + CHECK_SECONDS
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error):
            return
        raise
    finally:
        conn.set_progress_handler(None, 0)
    if result is None or result[0] != "ok":
        raise damaged(path)


def _checked_marker(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _wal_of(path: Path) -> Path:
    """SQLite's write-ahead log beside the journal."""
    return path.with_name(path.name + "-wal")


def _file_state(path: Path) -> str:
    """What identifies the journal's bytes as ocrelog left them (with its WAL, if any).

    For each file: size, modification and change times (a tool that restores the
    modification time still changes the ctime) and inode; for the journal also the
    header's file change counter and a checksum of its first and last pages, so
    damage written in place with every time kept is still noticed.

    An empty WAL counts as none: a read (``status``, ``report``) leaves one
    behind, and it holds no change. A WAL with frames in it is part of the
    journal's content, so it is noted too.
    """
    parts = []
    for each in (path, _wal_of(path)):
        try:
            info = each.stat()
        except FileNotFoundError:
            parts.append("-")
            continue
        if info.st_size == 0 and each is not path:
            parts.append("-")
            continue
        parts.append(f"{info.st_size} {info.st_mtime_ns} {info.st_ctime_ns} {info.st_ino}")
    parts.append(_pages_sum(path))
    return " ".join(parts)


def _pages_sum(path: Path) -> str:
    """The header's file change counter and a CRC-32 of the journal's first and last pages."""
    import zlib

    try:
        with open(path, "rb") as handle:
            first = handle.read(65536)
            page_size = int.from_bytes(first[16:18], "big") if len(first) >= 100 else 0
            page_size = 65536 if page_size == 1 else page_size or 4096
            first = first[:page_size]
            size = os.fstat(handle.fileno()).st_size
            handle.seek(max(0, size - page_size))
            last = handle.read(page_size)
    except OSError:
        return "?"
    counter = int.from_bytes(first[24:28], "big") if len(first) >= 28 else 0
    return f"{counter} {zlib.crc32(last, zlib.crc32(first)):08x}"


def unchanged_since_last_write(path: Path) -> bool:
    try:
        return _checked_marker(path).read_text() == _file_state(path)
    except OSError:
        return False


def note_checked(path: Path) -> None:
    """After ocrelog's own write: the file as it is now needs no integrity check next time."""
    try:
        marker = _checked_marker(path)
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(_file_state(path))
    except OSError:
        pass  # only a shortcut: without it the next write checks the file


def _has_write_permission(path: Path) -> bool:
    """Writable by us, and not marked read-only (which root would ignore)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & 0o222) and os.access(path, os.W_OK)


def _connect(path: Path, *, readonly: bool, immutable: bool) -> sqlite3.Connection:
    query = "?mode=ro" if readonly else "?mode=rw"
    if immutable:
        query += "&immutable=1"
    try:
        conn = sqlite3.connect(path.as_uri() + query, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        # SQLite's temporary data (undo's, a large sort's) in memory, never a file in /var/tmp.
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn
    except sqlite3.Error as error:
        raise explain(error, path) from None


def pending_steps(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Schema steps still to run; refuses a database that is not ours."""
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return list(SCHEMA)  # a new, empty database
    if not {"_sqlite_migrations", "entries"} <= tables:
        raise not_a_journal(path)
    applied = {
        name
        for (name,) in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,))
    }
    if not applied:
        raise not_a_journal(path)
    unknown = applied - set(SCHEMA)
    if unknown:
        raise newer_journal(conn, path, unknown)
    return [name for name in SCHEMA if name not in applied]


def newer_journal(conn: sqlite3.Connection, path: Path, unknown: set[str]) -> JournalError:
    """The refusal of a journal with schema steps this ocrelog does not know, naming the version it needs."""
    from ocrelog import __version__

    marks = ", ".join("?" * len(unknown))
    try:
        versions = [
            version
            for (version,) in conn.execute(
                f"SELECT version FROM {VERSIONS_TABLE} WHERE step IN ({marks})", sorted(unknown)
            )
        ]
    except sqlite3.DatabaseError:
        versions = []  # a journal from before the versions were noted
    if not versions:
        return JournalError(
            f"The journal {path} was written by a newer ocrelog than this one ({__version__}), "
            "so it was left unchanged: upgrade ocrelog to open it."
        )
    needed = max(versions, key=_version_key)
    if _version_key(needed) <= _version_key(__version__):  # another build of the same version
        return JournalError(
            f"The journal {path} has schema steps this ocrelog ({__version__}) does not know "
            f"({', '.join(sorted(unknown))[:80]}), so it was left unchanged: open it with the "
            "ocrelog that wrote it."
        )
    return JournalError(
        f"The journal {path} was written by ocrelog {needed}, newer than this one ({__version__}), "
        f"so it was left unchanged: upgrade to ocrelog {needed} or later to open it."
    )


def _version_key(version: str) -> tuple:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def apply_steps(conn: sqlite3.Connection) -> None:
    """Run pending schema steps, all under one write lock."""
    from sqlite_utils import Database

    from ocrelog.migrations import apply

    db = Database(conn, execute_plugins=False)
    conn.execute("BEGIN IMMEDIATE")
    try:
        apply(db)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the journal to WAL mode, waiting while other ocrelogs do the same.

    The switch needs the file to itself. When two connections that both read it
    ask for the switch at once (two first runs), SQLite fails one of them at
    once rather than let both wait for ever, without calling the busy handler:
    that one tries again, within the same time a busy lock is waited for.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    pause = 0.005
    while conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as error:
            if not _is_busy(error) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


def _is_busy(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text
