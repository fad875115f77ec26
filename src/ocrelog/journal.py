"""The journal file: opening it safely, and reading and writing entries.

Opening is where a person's data is protected:

- A file that is not an ocrelog journal (not SQLite, damaged, truncated, a
  directory, another program's database) is refused before anything is
  written to it. An empty (0-byte) file is taken as a new journal.
- A new journal's directory is created 0700 and the file 0600.
- Schema steps (``migrations.py``) run under one write lock, so two first runs
  at the same moment cannot race; the journal is switched to WAL mode and every
  connection waits for a busy lock rather than failing.
- Every write is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``).

The usual case, an up-to-date journal, is checked with plain ``sqlite3``:
sqlite-utils is imported only when a schema step has to run.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ocrelog.dates import to_iso
from ocrelog.entries import Entry, check_value, clean_note, symptom_name
from ocrelog.errors import InvalidValue, JournalError, NotFound

#: The names of the steps in migrations.py, in order (a test keeps them equal).
SCHEMA = ("m001_entries", "m002_daily_index")
MIGRATION_SET = "ocrelog"
BUSY_TIMEOUT_SECONDS = 20.0
_MAGIC = b"SQLite format 3\x00"
_COLUMNS = "id, type, date, value, name, note, premeds, reactions"
_INSERT_COLUMNS = ("type", "date", "value", "name", "note", "premeds", "reactions", "logged_at")
_BATCH = 2000
_UNSET: object = object()


class Journal:
    """An open journal. Build one with :meth:`open`; use it as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, writable: bool):
        self.conn = conn
        self.path = path
        self.writable = writable

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, write: bool = False) -> Journal:
        """Open the journal at ``path``.

        ``write=False`` opens it read-only; a journal that does not exist yet
        then reads as empty, and no file is created.
        """
        path = Path(path).absolute()
        if path.is_dir():
            raise JournalError(f"{path} is a directory, not an ocrelog journal.")
        if not path.exists():
            if not write:
                conn = sqlite3.connect(":memory:")
                _apply_migrations(conn)
                return cls(conn, None, writable=False)
            _create_file(path)
        _check_header(path)
        if write and not _has_write_permission(path):
            raise JournalError(f"The journal {path} is read-only, so nothing was changed.")
        conn = _connect(path, readonly=not write)
        try:
            pending = _pending_steps(conn, path)
            if pending:
                if not write:
                    conn.close()
                    return cls.open(path, write=True) if _has_write_permission(path) else _stale(path)
                _apply_migrations(conn)
            if write:
                _use_wal(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, writable=write)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is kept, or none of it."""
        if not self.writable:
            raise JournalError("This journal was opened for reading only.")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()

    # -- writing -----------------------------------------------------------

    def add(self, entry: Entry) -> Entry:
        """Append one entry; returns it with its new id."""
        with self.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO entries ({', '.join(_INSERT_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                _row(entry),
            )
        return replace(entry, id=cursor.lastrowid)

    def add_many(
        self, entries: Iterable[Entry], progress: Callable[[int], None] | None = None
    ) -> int:
        """Append many entries in one transaction: all of them, or none."""
        with self.transaction():
            return self._insert_all(entries, progress)

    def add_new(
        self, entries: list[Entry], progress: Callable[[int], None] | None = None
    ) -> tuple[int, int]:
        """Import: append the entries that were not already in the journal.

        One transaction, with the comparison inside it, so nothing logged at
        the same moment is missed. Returns (added, skipped).
        """
        from ocrelog.transfer import new_entries

        with self.transaction() as conn:
            existing = conn.execute("SELECT type, date, value, name, note FROM entries")
            fresh = new_entries(entries, existing)
            added = self._insert_all(fresh, progress)
        return added, len(entries) - added

    def _insert_all(
        self, entries: Iterable[Entry], progress: Callable[[int], None] | None
    ) -> int:
        """Write rows in batches with sqlite-utils' ``insert_all`` (inside a transaction)."""
        from sqlite_utils import Database

        table = Database(self.conn, execute_plugins=False)["entries"]
        written = 0
        batch: list[dict] = []

        def flush() -> None:
            nonlocal written, batch
            table.insert_all(batch, batch_size=_BATCH)
            written += len(batch)
            batch = []
            if progress is not None:
                progress(written)

        for entry in entries:
            batch.append(dict(zip(_INSERT_COLUMNS, _row(entry))))
            if len(batch) == _BATCH:
                flush()
        if batch:
            flush()
        return written

    def backup(self, destination: Path) -> Path:
        """A consistent copy of the journal in a new file (never overwriting one)."""
        destination = Path(destination)
        try:
            _new_private_file(destination)
        except FileExistsError:
            raise JournalError(f"{destination} already exists; ocrelog never overwrites a file.") from None
        except OSError as error:
            raise JournalError(f"Could not create {destination}: {error.strerror}.") from None
        try:
            self.conn.execute("VACUUM INTO ?", (str(destination),))
        except BaseException:
            destination.unlink(missing_ok=True)
            raise
        return destination

    def update(
        self,
        entry_id: int,
        *,
        when: date | datetime | None = None,
        value: object = _UNSET,
        name: str | None = None,
        note: object = _UNSET,
    ) -> tuple[Entry, Entry]:
        """Change one entry, validated as when it was logged; returns (before, after)."""
        with self.transaction():
            before = self.get(entry_id)
            after = before
            if when is not None:
                after = replace(after, date=to_iso(when))
            if value is not _UNSET:
                after = replace(after, value=check_value(before.type, value))
            if name is not None:
                if before.type != "symptom":
                    raise InvalidValue(f"Only symptoms have a name; #{entry_id} is {before.type}.")
                after = replace(after, name=symptom_name(name))
            if note is not _UNSET:
                after = replace(after, note=clean_note(note))  # type: ignore[arg-type]
            self.conn.execute(
                "UPDATE entries SET date = ?, value = ?, name = ?, note = ? WHERE id = ?",
                (after.date, after.value, after.name, after.note, entry_id),
            )
        return before, after

    def delete(self, entry_id: int) -> Entry:
        """Remove one entry; returns what was removed."""
        with self.transaction():
            entry = self.get(entry_id)
            self.conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
        return entry

    # -- reading -----------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no entry #{entry_id}; 'ocrelog log' lists the entries.")
        return _entry(row)

    def last(self) -> Entry | None:
        """The entry added last (the highest id), or None in an empty journal."""
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM entries ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return _entry(row) if row else None

    def entries(
        self,
        *,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        type: str | None = None,
        limit: int | None = None,
        oldest_first: bool = False,
    ) -> list[Entry]:
        """Entries newest first (by date, then by id), filtered."""
        where, params = _filters(since, until, type)
        order = "ASC" if oldest_first else "DESC"
        sql = f"SELECT {_COLUMNS} FROM entries{where} ORDER BY date {order}, id {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_entry(row) for row in self.conn.execute(sql, params)]

    # -- what the report reads (dates as calendar days) ----------------------

    def infusions(self) -> list[tuple[date, int]]:
        """(day, dose in mg) of every infusion, oldest first."""
        rows = self.conn.execute(
            "SELECT substr(date, 1, 10), value FROM entries WHERE type = 'infusion'"
            " ORDER BY date, id"
        )
        return [(date.fromisoformat(day), dose) for day, dose in rows]

    def daily_fatigue(self) -> list[tuple[date, int]]:
        """(day, score) pairs, already reduced to each day's highest score.

        The rule takes the maximum per day itself; doing it here in SQL only
        means fewer rows cross into Python.
        """
        rows = self.conn.execute(
            "SELECT substr(date, 1, 10) AS day, max(value) FROM entries"
            " WHERE type = 'fatigue' GROUP BY day"
        )
        return [(date.fromisoformat(day), score) for day, score in rows]

    def symptom_days(self) -> list[tuple[date, str]]:
        rows = self.conn.execute(
            "SELECT DISTINCT substr(date, 1, 10), name FROM entries WHERE type = 'symptom'"
        )
        return [(date.fromisoformat(day), name) for day, name in rows]

    def count(
        self,
        *,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        type: str | None = None,
    ) -> int:
        where, params = _filters(since, until, type)
        return self.conn.execute(f"SELECT count(*) FROM entries{where}", params).fetchone()[0]


# -- helpers -----------------------------------------------------------------


def _filters(
    since: date | datetime | None, until: date | datetime | None, type: str | None
) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if since is not None:
        clauses.append("date >= ?")
        params.append(to_iso(since))
    if until is not None:
        if isinstance(until, datetime):
            clauses.append("date <= ?")
            params.append(to_iso(until))
        else:  # the whole of that day, whatever the time
            clauses.append("date < ?")
            params.append((until + timedelta(days=1)).isoformat())
    if type is not None:
        clauses.append("type = ?")
        params.append(type)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _row(entry: Entry) -> tuple:
    premeds = reactions = None
    if entry.type == "infusion":
        import json

        premeds = json.dumps(list(entry.premeds), ensure_ascii=False)
        reactions = json.dumps(list(entry.reactions), ensure_ascii=False)
    logged_at = datetime.now(UTC).isoformat(timespec="seconds")
    return (
        entry.type,
        entry.date,
        entry.value,
        entry.name,
        entry.note,
        premeds,
        reactions,
        logged_at,
    )


def _entry(row: tuple) -> Entry:
    entry_id, entry_type, when, value, name, note, premeds, reactions = row
    return Entry(
        type=entry_type,
        date=when,
        value=value,
        name=name,
        note=note,
        premeds=_json_list(premeds),
        reactions=_json_list(reactions),
        id=entry_id,
    )


def _json_list(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    import json

    return tuple(json.loads(text))


def _create_file(path: Path) -> None:
    """Create an empty journal file 0600 in a directory created 0700."""
    parent = path.parent
    if not parent.exists():
        try:
            parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(parent, 0o700)  # mkdir's mode is filtered by the umask
        except OSError as error:
            raise JournalError(f"Could not create the folder {parent}: {error.strerror}.") from None
    try:
        _new_private_file(path)
    except FileExistsError:
        return  # another ocrelog created it a moment ago
    except OSError as error:
        raise JournalError(f"Could not create the journal {path}: {error.strerror}.") from None


def _new_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only; FileExistsError if there is one."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _not_a_journal(path: Path) -> JournalError:
    return JournalError(
        f"{path} is not an ocrelog journal (or it is damaged); it was left unchanged."
    )


def _check_header(path: Path) -> None:
    """Refuse files that are not SQLite, or SQLite files cut short."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError as error:
        raise JournalError(f"Could not read the journal {path}: {error.strerror}.") from None
    if not head:
        return  # a 0-byte file is a new journal
    if len(head) < 100 or not head.startswith(_MAGIC):
        raise _not_a_journal(path)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count in the header is valid when "version-valid-for" matches
    # the change counter (https://sqlite.org/fileformat.html, offset 28).
    if head[24:28] == head[92:96] and size < page_size * pages:
        raise _not_a_journal(path)


def _has_write_permission(path: Path) -> bool:
    """Writable by us, and not marked read-only (which root would ignore)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & 0o222) and os.access(path, os.W_OK)


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    uri = path.as_uri() + ("?mode=ro" if readonly else "?mode=rw")
    try:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error:
        raise JournalError(f"Could not open the journal {path}.") from None


def _pending_steps(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Schema steps still to run; refuses a database that is not ours."""
    try:
        tables = {
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return list(SCHEMA)  # a new, empty database
        if not {"_sqlite_migrations", "entries"} <= tables:
            raise _not_a_journal(path)
        applied = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
            )
        }
    except sqlite3.DatabaseError:
        raise _not_a_journal(path) from None
    if not applied:
        raise _not_a_journal(path)
    if applied - set(SCHEMA):
        raise JournalError(
            f"The journal {path} was written by a newer ocrelog; upgrade ocrelog to open it."
        )
    return [name for name in SCHEMA if name not in applied]


def _apply_migrations(conn: sqlite3.Connection) -> None:
    """Run pending schema steps, all under one write lock."""
    from sqlite_utils import Database

    from ocrelog.migrations import migrations

    db = Database(conn, execute_plugins=False)
    conn.execute("BEGIN IMMEDIATE")
    try:
        migrations.apply(db)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _use_wal(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")


def _stale(path: Path) -> Journal:
    raise JournalError(
        f"The journal {path} needs an upgrade but is read-only; make it writable and run ocrelog again."
    )
