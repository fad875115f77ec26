"""The journal: entries in and out, every change undoable.

Opening the file safely lives in ``opening.py``; what the report and the
status screen read lives in ``queries.py``; the change log behind ``undo``
lives in ``changelog.py``. This module is the entries themselves: add,
change, delete, list, back up.

Every change is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``) that also
writes one row of the change log, saying what it takes to reverse it.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from ocrelog import changelog, opening
from ocrelog.dates import LATEST_YEAR, day_of, to_iso
from ocrelog.entries import Entry, check_stored_text, edited, handled_signs_of, handled_signs_text
from ocrelog.errors import InvalidValue, JournalError, NotFound

#: The condition of the partial index ``entries_with_words`` (migrations.m010_words_index),
#: written the same way, as SQLite needs to see it to use that index.
WITH_WORDS = "(type IN ('symptom', 'temperature', 'infusion') OR note IS NOT NULL)"
_SPANS_A_STATEMENT = 200  # date ranges joined in one statement (Journal.with_words_in)
_AFTER_EVERY_DATE = "A"  # sorts after any ISO date (digits): a range with no end
_STORED = (
    "type",
    "date",
    "value",
    "name",
    "note",
    "premeds",
    "reactions",
    "source",
    "logged_at",
    "handled_on",
    "handled_note",
    "items",
    "subscales",
    "time_given",
    "unit",
    "range_low",
    "range_high",
    "result",
    "live",
    "handled_signs",
)
#: The columns an entry is read from: its id, then what is stored (``_entry`` takes them in this order).
_COLUMNS = ("id", *_STORED)
_SELECT = ", ".join(_COLUMNS)
_ONE_ROW = f"({', '.join('?' * len(_STORED))})"
_INSERT = f"INSERT INTO entries ({', '.join(_STORED)}) VALUES {_ONE_ROW}"
#: Rows written by one INSERT of an import (fewer where SQLite allows fewer parameters).
_ROWS_PER_INSERT = 500
#: The last year a stored date may have (dates.LATEST_YEAR), as the text a date starts with.
_LAST_YEAR = f"{LATEST_YEAR:04d}"
#: Ids are SQLite integers: anything larger cannot be an entry.
MAX_ID = 2**63 - 1


def words_in_sql(ranges: int) -> str:
    """The statement of :meth:`Journal.with_words_in` for that many ranges: the ranges as rows
    joined to the index of step 10, one seek each (conditions joined with OR would scan the
    whole index). They do not overlap, so no entry is read twice."""
    rows = ", ".join(["(?, ?)"] * ranges)
    return (
        f"WITH spans(first, before) AS (VALUES {rows}) SELECT {_SELECT} FROM spans CROSS JOIN entries "
        f"WHERE date >= spans.first AND date < spans.before AND {WITH_WORDS} ORDER BY date, id"
    )


class Journal:
    """An open journal. Build one with :meth:`open`; use it as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, writable: bool, created: bool = False):
        self.conn = conn
        self.path = path
        self.writable = writable
        self.created = created  # this open created the file
        self.wrote = False  # a transaction of this open was kept

    @classmethod
    def open(cls, path: Path, *, write: bool = False, create: bool = True) -> Journal:
        """Open the journal at ``path``.

        ``write=False`` opens it read-only; a journal that does not exist yet
        then reads as empty, and no file is created. So it does with
        ``create=False``, for changes to entries that must already exist.
        """
        path = Path(path).absolute()
        created = False
        if not path.exists() and not path.is_symlink():
            if not write or not create:
                return cls(opening.new_memory_journal(), None, writable=False)
            opening.create_file(path)
            created = True
        conn, writable = opening.connect(path, write=write)
        journal = cls(conn, path, writable=writable, created=created)
        if write and create and not created and journal._never_written():
            journal.created = True  # left empty by a command that stopped: its first entry makes it new
        return journal

    def _never_written(self) -> bool:
        """No change was ever kept in this file (a first command said no, or failed)."""
        try:
            row = self.conn.execute(
                "SELECT EXISTS (SELECT 1 FROM actions) OR EXISTS (SELECT 1 FROM entries) "
                "OR EXISTS (SELECT 1 FROM usual)"
            ).fetchone()
        except sqlite3.Error:
            return False
        return row is not None and not row[0]

    def close(self) -> None:
        self.conn.close()
        if self.writable and self.path is not None:
            opening.note_checked(self.path)

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is kept, or none of it."""
        if not self.writable:
            raise JournalError("This journal was opened for reading only.")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield self.conn
        except sqlite3.DatabaseError as error:
            self.conn.rollback()
            raise opening.explain(error, self.path) from None
        except BaseException:
            self.conn.rollback()
            raise
        try:
            self.conn.commit()
        except sqlite3.DatabaseError as error:
            self.conn.rollback()
            raise opening.explain(error, self.path) from None
        self.wrote = True

    # -- writing -----------------------------------------------------------

    def add(self, entry: Entry, *, replacing: Iterable[Entry] = ()) -> Entry:
        """Append one entry (removing ``replacing`` in the same change); returns it with its id."""
        replacing = list(replacing)
        with self.transaction() as conn:
            removed = [_stored(conn, old.id) for old in replacing]
            for old in replacing:
                conn.execute("DELETE FROM entries WHERE id = ?", (old.id,))
            new_id = conn.execute(_INSERT, _row(entry)).lastrowid
            added = replace(entry, id=new_id)
            verb = "replaced by" if replacing else "added"
            summary = f"{verb} #{new_id}: {added.describe()} on {added.date}"
            self._record("add", summary, added=[(new_id, new_id)], removed=removed)
        return added

    def add_many(
        self,
        entries: Iterable[Entry],
        progress: Callable[[int], None] | None = None,
        *,
        summary: str = "",
    ) -> int:
        """Append many entries in one transaction (all of them, or none) and one change, each as if
        written in on its own date (the sample journal: nothing in it was typed in late)."""
        with self.transaction():
            first, count = self._insert_all(entries, progress, as_dated=True)
            if count:
                # "add", not "import": these entries are not imported history (concerns.HISTORY_DAYS)
                self._record("add", summary or f"added {count} entries", added=[(first, first + count - 1)])
        return count

    def add_together(self, entries: list[Entry], *, summary: str) -> list[Entry]:
        """Append a few entries as one change (one transaction, one ``undo``); returns them with their ids."""
        with self.transaction():
            first, count = self._insert_all(entries, None)
            if count:
                self._record("add", summary, added=[(first, first + count - 1)])
        return [replace(entry, id=first + n) for n, entry in enumerate(entries)]

    def add_new(
        self,
        entries: Iterable[Entry],
        progress: Callable[[int], None] | None = None,
        *,
        summary: str = "",
        added_one: Callable[[Entry], None] | None = None,
    ) -> tuple[int, int]:
        """Import: append the entries that were not already in the journal (:func:`new_only`).

        One transaction, with the comparison inside it, so nothing logged at
        the same moment is missed. ``added_one`` is told of each entry written
        where entries were compared (into an empty journal every entry read is added).
        Returns (added, skipped).
        """
        with self.transaction():
            already = self.identities()
            seen = 0

            def counted() -> Iterator[Entry]:
                nonlocal seen
                for entry in entries:
                    seen += 1
                    yield entry

            # Into a journal with nothing in it, every entry is new: none is compared.
            rows: Iterable[Entry] = new_only(counted(), already) if already else counted()
            if added_one is not None and already:
                rows = _told(rows, added_one)
            first, added = self._insert_all(rows, progress)
            if added:
                text = summary or "import"
                self._record("import", f"{text}: {added} entries", added=[(first, first + added - 1)])
        return added, seen - added

    def _insert_all(
        self, entries: Iterable[Entry], progress: Callable[[int], None] | None, *, as_dated: bool = False
    ) -> tuple[int, int]:
        """Write rows in batches (inside a transaction); returns (first id, count).

        Ids are consecutive: the transaction holds the write lock, and ids
        only grow (AUTOINCREMENT), so one range records the whole import.
        A batch is one INSERT of many rows: SQLite runs the statement's own
        work (the sequence of AUTOINCREMENT, the type CHECK's list) once a
        statement, which per row cost a third of the insert.
        """
        per = _rows_per_insert(self.conn)
        statement = _insert_of(per)
        execute = self.conn.execute
        written = 0
        first = self.next_id()
        flat: list = []
        add = flat.extend
        rows = 0
        logged_at = _now_utc()
        for entry in entries:
            add(_row(entry, entry.date if as_dated else logged_at))
            rows += 1
            if rows == per:
                execute(statement, flat)
                written += rows
                flat.clear()
                rows = 0
                logged_at = _now_utc()  # once a batch: the clock is read a few hundred times, not 100,000
                if progress is not None:
                    progress(written)
        if rows:
            execute(_insert_of(rows), flat)
            written += rows
            if progress is not None:
                progress(written)
        return first, written

    def identities(self) -> dict:
        """How many entries of each identity (:func:`identity`) the journal holds, for import."""
        from collections import Counter

        return Counter(self.conn.execute("SELECT type, date, value, name, note FROM entries"))

    def next_id(self) -> int:
        """The id the next entry added will get."""
        row = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'entries'").fetchone()
        return (row[0] if row else 0) + 1

    def update(
        self,
        entry_id: int,
        *,
        when: date | datetime | None = None,
        marked_kinds: Iterable[str] | None = None,
        **changes: Any,
    ) -> tuple[Entry, Entry]:
        """Change one entry, each field checked as when it was logged (``entries.edited``).

        ``changes``: value, name, note, premeds, reactions, items, subscales. ``marked_kinds``: the
        kinds of warning sign whose handled marks still hold after the change (a mark of the whole
        entry, ``handled_on``, becomes marks of those kinds alone), so that a kind the change adds
        or makes more urgent is open (the same change, one ``undo``).
        Returns (before, after).
        """
        with self.transaction():
            before = self.get(entry_id)
            after = check_stored_text(edited(before, date=to_iso(when) if when is not None else None, **changes))
            if marked_kinds is not None:
                kept = set(marked_kinds)
                marks = {kind: (on, note) for kind, on, note in before.handled_signs if kind in kept}
                if before.handled_on is not None:  # the newer mark (a kind of a whole mark is not marked)
                    for kind in kept:
                        older = marks.get(kind, (None, None))[1]
                        said = "; ".join(n for n in dict.fromkeys((older, before.handled_note)) if n) or None
                        marks[kind] = (before.handled_on, said)
                signs = tuple((kind, on, note) for kind, (on, note) in marks.items())
                after = replace(after, handled_on=None, handled_note=None, handled_signs=signs)
            changed = [_stored(self.conn, entry_id)]
            self.conn.execute(
                "UPDATE entries SET date = ?, value = ?, name = ?, note = ?, premeds = ?,"
                " reactions = ?, items = ?, subscales = ?, unit = ?, range_low = ?, range_high = ?,"
                " result = ?, live = ?, handled_on = ?, handled_note = ?, handled_signs = ? WHERE id = ?",
                (
                    after.date,
                    after.value,
                    after.name,
                    after.note,
                    *_lists(after),
                    *_answers(after),
                    *_lab_cells(after),
                    after.handled_on,
                    after.handled_note,
                    handled_signs_text(after.handled_signs),
                    entry_id,
                ),
            )
            changed = _fields_changed(self.conn, changed)
            self._record("edit", f"changed #{entry_id}: {before.describe()} on {before.date}", changed=changed)
        return before, after

    def mark_handled(self, entry_id: int, on: date, note: str | None) -> Entry:
        """Mark the warning sign of an entry as dealt with; ``undo`` takes the mark away."""
        with self.transaction():
            entry = self.get(entry_id)
            check_stored_text(replace(entry, handled_note=note))
            changed = [_stored(self.conn, entry_id)]
            self.conn.execute(
                "UPDATE entries SET handled_on = ?, handled_note = ? WHERE id = ?", (on.isoformat(), note, entry_id)
            )
            changed = _fields_changed(self.conn, changed)
            self._record(
                "handled", f"marked #{entry_id} as handled: {entry.describe()} on {entry.date}", changed=changed
            )
        return replace(entry, handled_on=on.isoformat(), handled_note=note)

    def mark_many_handled(
        self, marks: Iterable[tuple[int, str | None]], on: date, note: str | None, summary: str
    ) -> int:
        """Mark warning signs of several entries as dealt with, as one change (one ``undo``):
        ``marks`` are (entry id, category), a category of None marking every sign of the entry
        (``handled_on``), a category its signs of that kind alone (``handled_signs``)."""
        kinds: dict[int, set[str | None]] = {}
        for entry_id, category in marks:
            kinds.setdefault(entry_id, set()).add(category)
        ids = sorted(kinds)
        day = on.isoformat()
        check_stored_text(Entry("symptom", day, handled_note=note))
        with self.transaction():
            changed = [_stored(self.conn, entry_id) for entry_id in ids]
            whole = [entry_id for entry_id in ids if None in kinds[entry_id]]
            self.conn.executemany(
                "UPDATE entries SET handled_on = ?, handled_note = ? WHERE id = ?",
                [(day, note, entry_id) for entry_id in whole],
            )
            for row in changed:
                if row["id"] in whole:
                    continue
                marked = {category: (on_, said) for category, on_, said in handled_signs_of(row["handled_signs"])}
                marked.update({str(category): (day, note) for category in kinds[row["id"]]})
                text = handled_signs_text(tuple((c, o, n) for c, (o, n) in marked.items()))
                self.conn.execute("UPDATE entries SET handled_signs = ? WHERE id = ?", (text, row["id"]))
            self._record("handled", summary, changed=_fields_changed(self.conn, changed))
        return len(ids)

    def with_words_among(self, ranges: Iterable[tuple[int, int]]) -> list[Entry]:
        """The entries with words (as :meth:`with_words_in`) whose ids are in the ``ranges``, oldest first."""
        found: list[Entry] = []
        for first, last in ranges:
            rows = self.conn.execute(
                f"SELECT {_SELECT} FROM entries WHERE id BETWEEN ? AND ? AND {WITH_WORDS}", (first, last)
            )
            found += [_entry(row) for row in rows]
        return sorted(found, key=lambda e: (e.date, e.id or 0))

    def has_unhandled_words(self, first: str) -> bool:
        """Whether an entry with words dated from ``first`` on is not marked as handled."""
        row = self.conn.execute(
            f"SELECT 1 FROM entries WHERE date >= ? AND {WITH_WORDS} AND handled_on IS NULL LIMIT 1", (first,)
        ).fetchone()
        return row is not None

    def kept_readings(self, texts: Iterable[str], matcher: str) -> dict[str, str]:
        """What the matcher of version ``matcher`` read in those of ``texts`` it kept (table ``read_cache``)."""
        wanted = list(dict.fromkeys(texts))
        if not wanted or not self._has_table("read_cache"):
            return {}
        found: dict[str, str] = {}
        for at in range(0, len(wanted), 500):
            chunk = wanted[at : at + 500]
            rows = self.conn.execute(
                f"SELECT text, found FROM read_cache WHERE matcher = ? AND text IN ({', '.join('?' * len(chunk))})",
                [matcher, *chunk],
            )
            found.update(rows)
        return found

    def keep_readings(self, kept: dict[str, str], matcher: str) -> None:
        """Keep what the matcher read (a cache: written outside the change log, never undone)."""
        if not kept or not self.writable or not self._has_table("read_cache"):
            return
        with self.transaction():
            self.conn.execute("DELETE FROM read_cache WHERE matcher <> ?", (matcher,))
            self.conn.executemany(
                "INSERT OR REPLACE INTO read_cache (text, matcher, found) VALUES (?, ?, ?)",
                [(text, matcher, found) for text, found in kept.items()],
            )

    def usual(self) -> list[str]:
        """The person's usual symptoms (``ocrelog usual``), in the order they were added."""
        if not self._has_table("usual"):
            return []
        return [text for (text,) in self.conn.execute("SELECT text FROM usual ORDER BY added, rowid")]

    def add_usual(self, text: str, on: date) -> bool:
        """Add a usual symptom; False when it is on the list already (in any case)."""
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM usual WHERE text = ?", (text,)).fetchone():
                return False
            self.conn.execute("INSERT INTO usual (text, added) VALUES (?, ?)", (text, on.isoformat()))
            self._record("usual", f"added {text!r} to your usual symptoms", usual=[(text, on.isoformat(), True)])
        return True

    def remove_usual(self, text: str) -> str | None:
        """Take a usual symptom off the list; returns it as stored, None when it was not there (as in
        a journal not created yet)."""
        if not self.writable and self.path is None:
            return None
        with self.transaction():
            row = self.conn.execute("SELECT text, added FROM usual WHERE text = ?", (text,)).fetchone()
            if row is None:
                return None
            self.conn.execute("DELETE FROM usual WHERE text = ?", (row[0],))
            self._record("usual", f"took {row[0]!r} off your usual symptoms", usual=[(row[0], row[1], False)])
        return str(row[0])

    def imported_ranges(self) -> list[tuple[int, int]]:
        """The id ranges (first, last) that imports added and that are still there."""
        if not self._has_table("actions"):
            return []
        import re  # the payload's "added" part, as changelog.record writes it: no JSON parser at start-up

        rows = self.conn.execute("SELECT payload FROM actions WHERE kind = 'import' AND undone = 0")
        added = (payload.split('"removed"', 1)[0] for (payload,) in rows)
        return [(int(first), int(last)) for text in added for first, last in re.findall(r"\[(\d+), (\d+)\]", text)]

    def _has_table(self, name: str) -> bool:
        found = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return found.fetchone() is not None

    def delete(self, entry_id: int) -> Entry:
        """Remove one entry; returns what was removed."""
        with self.transaction():
            entry = self.get(entry_id)
            removed = [_stored(self.conn, entry_id)]
            self.conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            self._record("delete", f"deleted #{entry_id}: {entry.describe()} on {entry.date}", removed=removed)
        return entry

    def backup(self, destination: Path, *, overwrite: bool = False) -> None:
        """A consistent copy of the journal (``VACUUM INTO``) at a new path, whole or not at all.

        SQLite writes into the empty temporary file ``atomic_path`` created 0600 (and its
        ``-journal`` side file takes that file's mode), so no partial copy is ever readable
        by others; a killed run's leftovers are removed by the next write to that folder.
        """
        from ocrelog.output_files import atomic_path, check_not_journal

        if self.path is not None:
            check_not_journal(Path(destination), self.path)  # whoever calls: never over this journal
        with atomic_path(destination, overwrite=overwrite) as temporary:
            try:
                self.conn.execute("VACUUM INTO ?", (str(temporary),))
            except sqlite3.DatabaseError as error:
                raise opening.explain(error, self.path) from None

    # -- the change log (changelog.py) -----------------------------------------

    def _record(self, kind: str, summary: str, **changes: Any) -> None:
        changelog.record(self.conn, kind, summary, **changes)

    def actions(self, limit: int = changelog.LIST_LENGTH) -> list[changelog.Action]:
        """The newest changes, newest first (undone ones included, marked)."""
        return changelog.recent(self.conn, limit)

    def last_action(self) -> changelog.Action | None:
        """The newest change that has not been undone."""
        return changelog.last(self.conn)

    def undo(self, action: changelog.Action) -> None:
        """Reverse one change: remove what it added, put back what it removed or changed."""
        with self.transaction() as conn:
            changelog.reverse(conn, action, _STORED)

    # -- reading -----------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        if not 0 < entry_id <= MAX_ID:
            raise NotFound(f"There is no entry #{entry_id}; 'ocrelog log' lists the entries.")
        row = self.conn.execute(f"SELECT {_SELECT} FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise NotFound(f"There is no entry #{entry_id}; 'ocrelog log' lists the entries.")
        return _entry(row)

    # -- rows the rule and the status line read (queries.py and prompt.py shape them) ----

    def dose_rows(self) -> Iterator[tuple[str, int, str | None, int | None]]:
        """(date, mg, reactions as stored, whether its time was given) of every dose, oldest first."""
        return self.conn.execute(
            "SELECT date, value, reactions, time_given FROM entries WHERE type = 'infusion' ORDER BY date, id"
        )

    def daily_highest(self, start: str) -> tuple[list[str], list[int]]:
        """The days (ISO) from ``start`` with a fatigue score, and each day's highest score, in
        the same order: the table ``daily_highest`` the journal keeps (schema step 11). The two
        columns cross into Python as two strings, not as a row per day (thirty years are
        11,000 days); both aggregate the same rows, so the n-th day goes with the n-th score."""
        days, highest = self.conn.execute(
            "SELECT group_concat(day), group_concat(highest) FROM daily_highest WHERE day >= ?", (start,)
        ).fetchone()
        if days is None:
            return [], []
        return days.split(","), list(map(int, highest.split(",")))

    def scores_on(self, days: Iterable[str]) -> Iterator[tuple[str, int]]:
        """(date, score) of every fatigue score on the given days (ISO), row by row."""
        days = sorted(days)
        marks = ", ".join("?" * len(days))
        return self.conn.execute(
            f"SELECT date, value FROM entries WHERE type = 'fatigue' AND substr(date, 1, 10) IN ({marks})", days
        )

    def dated(self, entry_type: str, column: str, start: str) -> Iterator[tuple[str, Any]]:
        """(date, ``column``) of the entries of one type from ``start`` (ISO)."""
        assert column in ("name", "value")
        return self.conn.execute(
            f"SELECT date, {column} FROM entries WHERE type = ? AND substr(date, 1, 10) >= ?", (entry_type, start)
        )

    def first_day_of(self, entry_type: str, since: str = "0000") -> str | None:
        """The earliest day (ISO) of an entry of this type from ``since``."""
        (day,) = self.conn.execute(
            "SELECT min(substr(date, 1, 10)) FROM entries WHERE type = ? AND substr(date, 1, 10) >= ?",
            (entry_type, since),
        ).fetchone()
        return day

    def last_day_of(self, entry_type: str) -> str | None:
        """The latest day (ISO) of an entry of this type."""
        (day,) = self.conn.execute(
            "SELECT max(substr(date, 1, 10)) FROM entries WHERE type = ?", (entry_type,)
        ).fetchone()
        return day

    def day_rows(self, day: str, types: tuple[str, ...]) -> list[tuple[str, str, Any]]:
        """(type, date, value) of the entries of these types on one day (ISO)."""
        marks = ", ".join("?" * len(types))
        return self.conn.execute(
            f"SELECT type, date, value FROM entries WHERE type IN ({marks}) AND substr(date, 1, 10) = ?",
            (*types, day),
        ).fetchall()

    def earliest_from(self, first_id: int) -> str | None:
        """The earliest date (ISO) of the entries with ids from ``first_id`` on (an import just made)."""
        (earliest,) = self.conn.execute("SELECT min(date) FROM entries WHERE id >= ?", (first_id,)).fetchone()
        return earliest

    def journal_id(self) -> str:
        """The journal's own id (migrations.m013_journal_id): random, made with the journal,
        and kept by a copy, a backup or a restore."""
        (value,) = self.conn.execute("SELECT id FROM journal_id").fetchone()
        return str(value)

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is None

    def with_words_in(self, spans: Iterable[tuple[str, str | None]]) -> list[Entry]:
        """The entries whose words the warning signs read (symptoms, temperatures, doses and
        every entry with a note) dated in any of the ``spans``, oldest first: ISO ``(first,
        before)`` pairs, ``before`` None for no end. Read through the partial index of schema
        step 10, one seek a range."""
        merged: list[list[str | None]] = []
        for first, before in sorted(spans, key=lambda span: span[0]):
            last = merged[-1] if merged else None
            if last is not None and (last[1] is None or first <= last[1]):
                last[1] = None if last[1] is None or before is None else max(last[1], before)
            else:
                merged.append([first, before])
        found: list[Entry] = []
        # A few hundred ranges a statement keep well within SQLite's limit on parameters.
        for at in range(0, len(merged), _SPANS_A_STATEMENT):
            chunk = merged[at : at + _SPANS_A_STATEMENT]
            params = tuple(value or _AFTER_EVERY_DATE for span in chunk for value in span)
            found += [_entry(row) for row in self.conn.execute(words_in_sql(len(chunk)), params)]
        return found

    def stored_with_words(self, first: str) -> list[tuple]:
        """The rows of every entry with words dated from ``first`` on, as stored (no Entry built):
        what ``with_words_in`` reads, for a fingerprint of them (``short_cache``)."""
        return self.conn.execute(words_in_sql(1), (first, _AFTER_EVERY_DATE)).fetchall()

    def entries(self, **filters: Any) -> list[Entry]:
        """Entries newest first (by date, then by id), filtered as :meth:`iter_entries`."""
        return list(self.iter_entries(**filters))

    def iter_entries(self, *, limit: int | None = None, oldest_first: bool = False, **filters: Any) -> Iterator[Entry]:
        """Entries newest first (by date, then by id), filtered (:meth:`_filters`), one at a time."""
        where, params = self._filters(**filters)
        order = "ASC" if oldest_first else "DESC"
        sql = f"SELECT {_SELECT} FROM entries{where} ORDER BY date {order}, id {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(min(limit, MAX_ID))
        for row in self.conn.execute(sql, params):
            yield _entry(row)

    def on_day(self, day: date, type: str) -> list[Entry]:
        """The entries of one type on one calendar day, oldest first (through the daily index)."""
        rows = self.conn.execute(
            f"SELECT {_SELECT} FROM entries WHERE type = ? AND substr(date, 1, 10) = ? ORDER BY date, id",
            (type, day.isoformat()),
        )
        return [_entry(row) for row in rows]

    def count(self, **filters: Any) -> int:
        """How many entries :meth:`iter_entries` gives with the same ``since``, ``until``, ``type``, ``grep``."""
        where, params = self._filters(**filters)
        return self.conn.execute(f"SELECT count(*) FROM entries{where}", params).fetchone()[0]

    def _filters(
        self,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        type: str | None = None,
        grep: str | None = None,
    ) -> tuple[str, list]:
        """The WHERE clause of the filters: ``since``/``until`` take a date (the whole day) or a
        date-time; ``type`` one type; ``grep`` only entries whose name or note contains this text,
        in any case."""
        where, params = _filters(since, until, type)
        if grep is None:
            return where, params
        # SQLite's lower() and LIKE fold ASCII only; casefold() also matches 'Übelkeit' to 'übel'.
        self.conn.create_function(_CONTAINS, 2, _contains, deterministic=True)
        clause = f"({_CONTAINS}(name, ?) OR {_CONTAINS}(note, ?))"
        needle = grep.casefold()
        return (f"{where} AND {clause}" if where else f" WHERE {clause}"), [*params, needle, needle]

    def last(self) -> Entry | None:
        """The entry added last (the highest id), None in an empty journal."""
        row = self.conn.execute(f"SELECT {_SELECT} FROM entries ORDER BY id DESC LIMIT 1").fetchone()
        return _entry(row) if row else None

    def first_day(self) -> date | None:
        """The calendar day of the oldest entry, None in an empty journal."""
        (first,) = self.conn.execute("SELECT min(date) FROM entries").fetchone()
        return day_of(first) if first else None

    def symptom_names(self) -> list[str]:
        """Symptom names already used, most used first (for shell completion)."""
        rows = self.conn.execute("SELECT name FROM entries WHERE type = 'symptom' GROUP BY name ORDER BY count(*) DESC")
        return [name for (name,) in rows]


# -- helpers -----------------------------------------------------------------


_CONTAINS = "ocrelog_contains"


def _contains(text: str | None, needle: str) -> bool:
    return text is not None and needle in text.casefold()


def new_only(entries: Iterable[Entry], already: dict) -> Iterator[Entry]:
    """The entries not already in the journal, whose identities ``already`` counts (it is used
    up: a journal holding one copy of an entry skips one copy). Import and its dry run share it."""
    for entry in entries:
        key = identity(entry)
        left = already.get(key)
        if left:
            already[key] = left - 1
        else:
            yield entry


def _told(entries: Iterable[Entry], tell: Callable[[Entry], None]) -> Iterator[Entry]:
    for entry in entries:
        tell(entry)
        yield entry


def identity(entry: Entry) -> tuple:
    """What makes two entries the same for import: type, date, value, name, note."""
    return (entry.type, entry.date, entry.value, entry.name, entry.note)


def _filters(since: date | datetime | None, until: date | datetime | None, type: str | None) -> tuple[str, list]:
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


def _rows_per_insert(conn: sqlite3.Connection) -> int:
    """How many rows one INSERT may carry: SQLite caps the parameters of a statement
    (32,766 from 3.32 on, 999 before)."""
    return max(1, min(_ROWS_PER_INSERT, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(_STORED)))


@functools.lru_cache(maxsize=4)
def _insert_of(rows: int) -> str:
    """The INSERT of ``rows`` entries at once."""
    return f"INSERT INTO entries ({', '.join(_STORED)}) VALUES " + ", ".join([_ONE_ROW] * rows)


def _now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _lists(entry: Entry) -> tuple[str | None, str | None]:
    if entry.type != "infusion":
        return None, None
    import json

    return (
        json.dumps(list(entry.premeds), ensure_ascii=False),
        json.dumps(list(entry.reactions), ensure_ascii=False),
    )


def _answers(entry: Entry) -> tuple[str | None, str | None]:
    """A scale's items (a JSON list) and subscales (a JSON object); NULL when it has none."""
    if entry.type != "scale":
        return None, None
    import json

    return (
        json.dumps(list(entry.items)) if entry.items else None,
        json.dumps(dict(entry.subscales)) if entry.subscales else None,
    )


_NO_LAB = (None, None, None, None, None)


def _lab_cells(entry: Entry) -> tuple:
    """A lab result's unit, range (low, high) and result word, and a vaccine's live mark."""
    if entry.type not in ("lab", "vaccine"):
        return _NO_LAB
    low, high = entry.range if entry.range else (None, None)
    live = None if entry.live is None else int(entry.live)
    return (entry.unit, low, high, entry.result, live)


def _row(entry: Entry, logged_at: str | None = None) -> tuple:
    """The stored row of an entry (an import makes one per entry: only doses and scales
    have JSON to write)."""
    kind = entry.type
    if entry.date[:4] > _LAST_YEAR:
        raise InvalidValue(f"{entry.date[:16]!r} is after {LATEST_YEAR}; check the year.")
    if entry.note is not None or kind == "infusion" or entry.name is not None or entry.source is not None:
        check_stored_text(entry)  # the last guard, whatever path the entry came by
    lists = _lists(entry) if kind == "infusion" else (None, None)
    answers = _answers(entry) if kind == "scale" else (None, None)
    return (
        kind,
        entry.date,
        entry.value,
        entry.name,
        entry.note,
        *lists,
        entry.source,
        logged_at or _now_utc(),
        entry.handled_on,
        entry.handled_note,
        *answers,
        None if entry.time_given is None else int(entry.time_given),
        *(_lab_cells(entry) if kind in ("lab", "vaccine") else _NO_LAB),
        handled_signs_text(entry.handled_signs) if entry.handled_signs else None,
    )


def _stored(conn: sqlite3.Connection, entry_id: int | None) -> dict:
    """An entry's row as stored (with its logged_at and its stable id for sync), to put back
    exactly on undo: a deletion undone brings back the same entry on every computer."""
    row = conn.execute(f"SELECT id, {', '.join(_STORED)}, uid FROM entries WHERE id = ?", (entry_id,)).fetchone()
    return dict(zip(("id", *_STORED, "uid"), row))


def _fields_changed(conn: sqlite3.Connection, before: list[dict]) -> list[dict]:
    """The rows as they were before a change, each with the columns the change made different
    (``changelog.CHANGED``): ``undo`` puts back those alone, so a field another computer changed
    since (a handled mark synced in) is kept."""
    from ocrelog.changelog import CHANGED, MARKS_AFTER

    for row in before:
        now = _stored(conn, row["id"])
        row[CHANGED] = [column for column in _STORED if row.get(column) != now.get(column)]
        if "handled_signs" in row[CHANGED]:
            row[MARKS_AFTER] = now["handled_signs"]  # undo takes back these kinds alone
    return before


_new_entry = object.__new__


def _entry(row: tuple) -> Entry:
    """The entry of a row of ``_COLUMNS``.

    Built without the dataclass's ``__init__`` (twenty frozen-attribute writes): the values
    were checked when they were written, and the report reads thousands of entries, so each
    is the same object made about three times faster. The columns named as ``Entry``'s fields
    are set as they are; the rest are decoded below. ``test_journal.py`` checks that every
    field of ``Entry`` is set.
    """
    entry = _new_entry(Entry)
    fields = vars(entry)
    fields.update(zip(_COLUMNS, row))
    fields["logged"] = fields.pop("logged_at")
    low, high = fields.pop("range_low"), fields.pop("range_high")
    fields["range"] = None if low is None else (low, high)
    fields["premeds"], fields["reactions"] = json_list(fields["premeds"]), json_list(fields["reactions"])
    items, subscales = fields["items"], fields["subscales"]
    if items or subscales:
        import json

        fields["items"] = tuple(json.loads(items)) if items else ()
        fields["subscales"] = tuple(json.loads(subscales).items()) if subscales else ()
    else:
        fields["items"] = fields["subscales"] = ()
    for flag in ("time_given", "live"):
        if fields[flag] is not None:
            fields[flag] = bool(fields[flag])
    marks = fields["handled_signs"]
    fields["handled_signs"] = handled_signs_of(marks) if marks else ()
    return entry


def json_list(text: str | None) -> tuple[str, ...]:
    if not text or text == "[]":
        return ()
    import json

    return tuple(json.loads(text))
