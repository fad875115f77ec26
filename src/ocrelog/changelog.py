"""The change log behind ``undo``: table ``actions``, one row per change.

Each row says in JSON what it takes to reverse the change: the id ranges it
added, and the rows it removed or changed, exactly as stored (``logged_at``
and ``source`` included), so that ``undo`` puts back what was there. Writing
happens inside the journal's transaction for the change itself, so a change
and its row are kept together or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import NamedTuple

from ocrelog.entries import handled_signs_text

#: ``undo --list`` shows this many changes.
LIST_LENGTH = 10


class Action(NamedTuple):
    """One change in the change log (a NamedTuple: a quarter of a dataclass's start-up cost)."""

    id: int
    at: str
    kind: str
    summary: str
    undone: bool


#: In a changed row of the log, the columns the change made different (undo puts back those alone).
CHANGED = "_changed"
#: In a changed row, the per-kind handled marks as the change left them (``handled_signs``): undo
#: takes back the kinds it set and keeps a kind marked since on another computer (synced in).
MARKS_AFTER = "_handled_signs_after"


def record(
    conn: sqlite3.Connection,
    kind: str,
    summary: str,
    *,
    added: Iterable[tuple[int, int]] = (),
    removed: Iterable[dict] = (),
    changed: Iterable[dict] = (),
    usual: Iterable[tuple[str, str, bool]] = (),
) -> None:
    """One row of the change log: id ranges added, stored rows removed or changed.

    The payload is JSON; the everyday case (ids added, nothing else) is
    written without importing the json module, which would cost start-up.
    """
    removed, changed, usual = list(removed), list(changed), list(usual)
    spans = ", ".join(f"[{first}, {last}]" for first, last in added)
    if removed or changed or usual:
        import json

        rest = (
            f'"removed": {json.dumps(removed, ensure_ascii=False)}, '
            f'"changed": {json.dumps(changed, ensure_ascii=False)}'
        )
        if usual:  # (text, added on, True when it was added): the usual list's changes
            rest += f', "usual": {json.dumps(usual, ensure_ascii=False)}'

    else:
        rest = '"removed": [], "changed": []'
    conn.execute(
        "INSERT INTO actions (at, kind, summary, payload) VALUES (?, ?, ?, ?)",
        (datetime.now(UTC).isoformat(timespec="seconds"), kind, summary, f'{{"added": [{spans}], {rest}}}'),
    )


def recent(conn: sqlite3.Connection, limit: int = LIST_LENGTH) -> list[Action]:
    """The newest changes, newest first (undone ones included, marked)."""
    rows = conn.execute("SELECT id, at, kind, summary, undone FROM actions ORDER BY id DESC LIMIT ?", (limit,))
    return [Action(i, at, kind, summary, bool(undone)) for i, at, kind, summary, undone in rows]


def last(conn: sqlite3.Connection) -> Action | None:
    """The newest change that has not been undone."""
    row = conn.execute(
        "SELECT id, at, kind, summary, undone FROM actions WHERE undone = 0 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return Action(row[0], row[1], row[2], row[3], False) if row else None


def _marks_undone(conn: sqlite3.Connection, entry_id: int, before: str | None, after: str | None) -> str | None:
    """An entry's per-kind handled marks with one change taken back: each kind the change set
    (as it left it) returns to what it was before; a kind set since, on another computer, stays."""
    import json

    (now,) = conn.execute("SELECT handled_signs FROM entries WHERE id = ?", (entry_id,)).fetchone() or (None,)
    was, set_, current = (json.loads(text) if text else {} for text in (before, after, now))
    for kind, mark in set_.items():
        if current.get(kind) == mark and was.get(kind) != mark:
            if kind in was:
                current[kind] = was[kind]
            else:
                del current[kind]
    return handled_signs_text(tuple((kind, on, note) for kind, (on, note) in current.items()))


def reverse(conn: sqlite3.Connection, action: Action, columns: Sequence[str]) -> None:
    """Undo ``action`` (inside the caller's transaction) and mark it undone.

    ``columns``: the stored columns of an entry besides its id, as the payload names them.
    """
    import json

    (text,) = conn.execute("SELECT payload FROM actions WHERE id = ?", (action.id,)).fetchone()
    payload = json.loads(text)
    for first, last_id in payload["added"]:
        conn.execute("DELETE FROM entries WHERE id BETWEEN ? AND ?", (first, last_id))
    for row in payload["removed"]:
        kept = [*columns, *(["uid"] if row.get("uid") else [])]  # the same entry for sync (older logs: a new uid)
        conn.execute(
            f"INSERT OR REPLACE INTO entries (id, {', '.join(kept)}) VALUES (?, {', '.join('?' * len(kept))})",
            [row["id"], *(row.get(c) for c in kept)],  # a column added later: NULL
        )
    for row in payload["changed"]:
        # the columns the change made different (older changes: every column)
        fields = [c for c in columns if c in row.get(CHANGED, columns)]
        values = {c: row.get(c) for c in fields}
        if MARKS_AFTER in row and "handled_signs" in values:
            values["handled_signs"] = _marks_undone(conn, row["id"], row["handled_signs"], row[MARKS_AFTER])
        if fields:
            conn.execute(
                f"UPDATE entries SET {', '.join(f'{c} = ?' for c in fields)} WHERE id = ?",
                [*values.values(), row["id"]],
            )
    for text, added_on, was_added in payload.get("usual", ()):
        if was_added:
            conn.execute("DELETE FROM usual WHERE text = ?", (text,))
        else:
            conn.execute("INSERT OR REPLACE INTO usual (text, added) VALUES (?, ?)", (text, added_on))
    conn.execute("UPDATE actions SET undone = 1 WHERE id = ?", (action.id,))
