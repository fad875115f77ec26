"""Sync: journals on several computers merged through files in a synced folder.

Each journal writes only into its own folder, ``DIR/ocrelog-sync/<journal id>/``, one new
file a run (never rewriting one), and reads the other journals' folders. What the files
carry is a CRDT document (pycrdt: the Yjs/Yrs engine), so the journals agree whatever
order the files arrive in, whatever the clocks say:

- map ``entries``: each entry as first written, by its uid: its row as JSON (every column of
  the ``entries`` table except the local ones, ``LOCAL_COLUMNS``, read from the table itself);
- map ``fields``: every later change, one key a field, ``"<uid>/<column>"``, and
  ``"<uid>/deleted"``, the tombstone. Two edits of different fields both stay; two edits of
  one field end the same on every journal (Yjs's order of writers, not the clock). The
  per-kind handled marks change one key a kind, ``"<uid>/handled_signs/<kind>"``: ``[day, note]``,
  or null once unmarked (older ocrelogs write the whole field, which these keys then override);
  a mark this ocrelog cannot read (a newer one's kind of warning sign) is left out of the journal.
- map ``usual``: the usual symptoms, by their folded text: ``[text, added]`` or ``[text, null]``.
- map ``settings``: the person's settings (``PERSON_SETTINGS``), not the machine's.

A run (:func:`sync`): (1) read the other journals' new files (decrypted, checked, nothing
applied yet), (2) fold the journal's changes since the last run into the document (each row
compared with the row as last agreed, table ``sync_seen``; an entry deleted here keeps its row
there, as kind ``deleted``, so that an undo bringing it back sends only what the undo changed),
(3) write one file with what this journal changed since the file before (skipped when nothing
did), (4) apply the other files, (5) write the document back into the journal in ONE
transaction, with the names of the files applied and the document's new state. A run killed
at any moment leaves the journal as it was or complete; the next run finishes the work.

pycrdt and pyrage are imported inside these functions only (``feel`` loads neither).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shlex
import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ocrelog.entries import handled_signs_text
from ocrelog.errors import InvalidValue, JournalError, WrongKey
from ocrelog.journal import Journal
from ocrelog.sealing import Damaged, Key, seal, unseal

#: The folder inside DIR that ocrelog uses; nothing else in DIR is touched.
SYNC_FOLDER = "ocrelog-sync"
#: The version of what a sync file holds; a file of a later version is skipped (a newer ocrelog wrote it).
FORMAT = 1
#: What the decrypted payload starts with, then one line of JSON (the header), then the update.
MAGIC = b"ocrelog-sync\n"
#: A sync file's name: the writer's run number (sortable, not a clock) and a random tag.
NAME = re.compile(r"^(\d{8})-([0-9a-f]{8})\.age$")
#: Columns of ``entries`` that belong to this journal alone: the local id (what ``log`` shows).
#: ``uid`` is the key of the entry in the document.
LOCAL_COLUMNS = ("id", "uid")
#: The settings that belong to the person (synced); the others (``sync_dir``) belong to the computer.
PERSON_SETTINGS = ("name", "date_order", "writer")
#: How sync services name the copies they make when two writers met (Dropbox, Syncthing, Nextcloud...).
CONFLICT_MARKS = ("conflicted copy", ".sync-conflict-", "_conflict-", "(conflict", "-conflict-", "case conflict")
#: Names of files still being written: ocrelog's own temporary name, and those of sync services.
PARTIAL_MARKS = (".ocrelog-tmp", ".tmp", ".partial", ".part", "~", ".syncthing.", ".dropbox")


@dataclass
class Outcome:
    """What a run did, for the one summary line."""

    entries_in: int = 0  # entries of this journal added, changed or removed from the others
    entries_out: int = 0  # entries this journal changed, written into its file
    journals: int = 0  # other journals whose files were applied
    other_changes: int = 0  # usual symptoms and settings that came in
    other_out: int = 0  # usual symptoms and settings this journal changed, written into its file
    wrote: Path | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class _File:
    folder: str
    name: str
    update: bytes


class TwoJournalsOneId(JournalError):
    """Another journal with this journal's id writes into its folder (a copied journal file)."""


def folder_of(directory: Path) -> Path:
    return Path(directory) / SYNC_FOLDER


def _synced_columns(conn: sqlite3.Connection) -> list[str]:
    """Every column of ``entries`` except the local ones: a column a later schema step adds syncs too."""
    return [column for column in _column_types(conn) if column not in LOCAL_COLUMNS]


#: What a column of each declared type takes, as the document brings it (numbers come as floats,
#: and an INTEGER column holds decimals too: a temperature's value).
STORED_AS: dict[str, type | tuple[type, ...]] = {"TEXT": str, "INTEGER": (int, float), "REAL": (int, float)}


def _column_types(conn: sqlite3.Connection) -> dict[str, type | tuple[type, ...]]:
    """Each column of ``entries`` and what it takes (``STORED_AS``; anything, for another type)."""
    return {row[1]: STORED_AS.get(row[2], object) for row in conn.execute("PRAGMA table_info(entries)")}


def _row_json(columns: list[str], prefix: str = "") -> str:
    return "json_object(" + ", ".join(f"'{c}', {prefix}{c}" for c in columns) + ")"


# -- reading the other journals' files ------------------------------------------------------


def _kind_of_name(name: str) -> str:
    """``file`` (a sync file), ``conflict`` (a sync service's copy), ``partial``, or ``other``."""
    if NAME.match(name):
        return "file"
    lowered = name.lower()
    if any(mark in lowered for mark in CONFLICT_MARKS):
        return "conflict"
    looks_partial = name.startswith(".") or any(mark in lowered for mark in PARTIAL_MARKS)
    if looks_partial and ".age" in lowered:  # not .DS_Store, desktop.ini or a README: those are left alone
        return "partial"
    return "other"


def _listing(folder: Path) -> list[str]:
    try:
        return sorted(os.listdir(folder))
    except FileNotFoundError:
        return []
    except OSError as error:
        raise JournalError(f"Could not read the sync folder {folder} ({error.strerror or error})") from None


def _payload(data: bytes, key: Key, folder: str) -> tuple[dict, bytes]:
    """The header and update of a decrypted file; :class:`Damaged` when it is not one."""
    plain = unseal(data, key)
    if not plain.startswith(MAGIC):
        raise Damaged("not an ocrelog sync file")
    head, newline, body = plain[len(MAGIC) :].partition(b"\n")
    try:
        header = json.loads(head)
        update = zlib.decompress(body)
    except (ValueError, zlib.error):
        raise Damaged("its contents are cut short or changed") from None
    if not newline or not isinstance(header, dict) or not isinstance(header.get("format"), int):
        raise Damaged("its header is not one ocrelog writes")
    return header, update


def _read_new_files(root: Path, own: str, applied: set[tuple[str, str]], key: Key, outcome: Outcome) -> list[_File]:
    """Every file of the other journals not applied yet, in order (this journal's own are all known).

    A file written with another key: :class:`WrongKey` when this journal's key opens none of the
    folder (the key is wrong), else that journal's folder is skipped with one warning (another
    computer made a key of its own, 'sync --init' run twice), and the others are read."""
    found: list[_File] = []
    other_keys: list[Path] = []
    for folder in _listing(root):
        path = root / folder
        if not path.is_dir() or folder.startswith("."):
            continue
        for name in _listing(path):
            if (folder, name) in applied:
                continue
            kind = _kind_of_name(name)
            if kind == "conflict":
                outcome.warnings.append(f"Skipped {path / name}: a copy the sync service made, never applied.")
                continue
            if kind == "partial":
                outcome.warnings.append(f"Skipped {path / name}: still being written; it is read at the next sync.")
                continue
            if kind != "file":
                continue
            if folder == own:
                raise TwoJournalsOneId(
                    f"Another journal with this journal's id writes into {path} (a copy of this journal file, "
                    f"or one restored from a backup); run 'ocrelog sync {shlex.quote(str(root.parent))} --new-id' "
                    "on this computer, so that each journal has an id of its own (the other needs nothing). "
                    "Nothing was changed"
                )
            if path in other_keys:
                continue
            try:
                one = _read_one(path / name, folder, key, outcome)
            except WrongKey:
                other_keys.append(path)
                continue
            if one is not None:
                found.append(one)
    if other_keys and not (found or any(folder != own for folder, _ in applied) or _opens_own(root / own, key)):
        raise WrongKey("This computer's key does not open these files")
    outcome.warnings += [
        f"Skipped {path}: another journal wrote it with a key of its own, not this one; on that computer, "
        "move its key file away and run the line 'ocrelog sync --init' printed on your first computer."
        for path in other_keys
    ]
    return found


def _opens_own(own_folder: Path, key: Key) -> bool:
    """Whether ``key`` opens this journal's newest file in the folder (so it is the right key)."""
    names = [name for name in _listing(own_folder) if _kind_of_name(name) == "file"]
    if not names:
        return False
    try:
        unseal((own_folder / names[-1]).read_bytes(), key)
    except (WrongKey, OSError):
        return False
    except Damaged:  # ours, cut short or changed: it says nothing against the key
        return True
    return True


def _read_one(path: Path, folder: str, key: Key, outcome: Outcome) -> _File | None:
    try:
        data = path.read_bytes()
    except OSError as error:
        outcome.warnings.append(f"Skipped {path}: it could not be read ({error.strerror or error}).")
        return None
    try:
        header, update = _payload(data, key, folder)
    except Damaged:
        outcome.warnings.append(
            f"Skipped {path}: it is incomplete or was changed (age's check failed); it is tried again at the next sync."
        )
        return None
    if header["format"] > FORMAT:
        outcome.warnings.append(f"Skipped {path}: a newer ocrelog wrote it; update ocrelog on this computer.")
        return None
    if header.get("journal") != folder:
        outcome.warnings.append(f"Skipped {path}: it was written by another journal than its folder says.")
        return None
    return _File(folder, path.name, update)


# -- this journal's changes into the document -------------------------------------------------


def _entry_changes(conn: sqlite3.Connection, columns: list[str]) -> tuple[list[tuple], list[str]]:
    """Rows changed since the last sync (with the row as then agreed, or None), and uids removed."""
    changed = conn.execute(
        f"SELECT e.uid, {_row_json(columns, 'e.')}, s.row FROM entries e LEFT JOIN sync_seen s"
        f" ON s.kind IN ('entry', 'deleted') AND s.key = e.uid"
        f" WHERE s.row IS NOT {_row_json(columns, 'e.')} OR s.kind = 'deleted'"
    ).fetchall()
    removed = [
        uid
        for (uid,) in conn.execute(
            "SELECT key FROM sync_seen WHERE kind = 'entry' AND key NOT IN (SELECT uid FROM entries)"
        )
    ]
    return changed, removed


def _usual_now(conn: sqlite3.Connection) -> dict[str, str]:
    return {
        text.casefold(): json.dumps([text, added], ensure_ascii=False)
        for text, added in conn.execute("SELECT text, added FROM usual")
    }


def _seen(conn: sqlite3.Connection, kind: str) -> dict[str, str]:
    return dict(conn.execute("SELECT key, row FROM sync_seen WHERE kind = ?", (kind,)).fetchall())


def _local_changes(conn: sqlite3.Connection, columns: list[str], settings: dict[str, Any]) -> dict[str, Any]:
    changed, removed = _entry_changes(conn, columns)
    usual_now, usual_seen = _usual_now(conn), _seen(conn, "usual")
    usual = {k: v for k, v in usual_now.items() if usual_seen.get(k) != v}
    for gone in usual_seen.keys() - usual_now.keys():
        text = json.loads(usual_seen[gone])[0]
        usual[gone] = json.dumps([text, None], ensure_ascii=False)
    settings_seen = _seen(conn, "setting")
    person = {k: v for k, v in settings.items() if settings_seen.get(k, "null") != json.dumps(v)}
    return {"changed": changed, "removed": removed, "usual": usual, "settings": person}


def _fold(doc: Any, changes: dict[str, Any]) -> tuple[int, set[str]]:
    """Write this journal's changes into the document; returns how many entries changed, and the
    uids of deleted entries brought back here that the document holds otherwise (changed on
    another computer meanwhile): those are written back into the journal.

    A new entry is one value (its row as JSON: loading ten years takes a fifth of the time of a
    key a field); every later change is one key a field in ``fields``, so that changes of
    different fields made apart are all kept.
    """
    from pycrdt import Map

    entries, fields, usual, settings = (doc.get(n, type=Map) for n in ("entries", "fields", "usual", "settings"))
    count, revived = 0, set()
    with doc.transaction():
        for uid, row_text, seen_text in changes["changed"]:
            row = json.loads(row_text)
            if seen_text is None and entries.get(uid) is None:
                entries[uid] = json.dumps({c: v for c, v in row.items() if v is not None}, ensure_ascii=False)
                count += 1
                continue
            # Only the fields changed here since the row was last agreed (all that differ from
            # the document, for a row never agreed on), and not already so in the document: for
            # a deleted entry brought back, as under its tombstone (changed elsewhere since).
            overrides = _overrides_of(fields, [uid])
            deleted = overrides.get(uid, {}).pop(DELETED, False) is True
            now = _entry_of(entries, fields, uid, list(row), overrides) or {}
            seen = json.loads(seen_text) if seen_text else now
            changed = {c: v for c, v in row.items() if (seen.get(c) != v or not seen_text) and now.get(c) != v}
            for column, value in changed.items():
                if column == MARKS:
                    _fold_marks(fields, uid, seen.get(MARKS), value, now.get(MARKS))
                else:
                    fields[f"{uid}/{column}"] = value
            if deleted:
                fields[f"{uid}/{DELETED}"] = False  # deleted in the document, and here still: kept
                changed[DELETED] = False
                if _entry_of(entries, fields, uid, list(row), _overrides_of(fields, [uid])) != row:
                    revived.add(uid)
            count += bool(changed)
        for uid in changes["removed"]:
            if fields.get(f"{uid}/{DELETED}") is not True:
                fields[f"{uid}/{DELETED}"] = True
                count += 1
        for key, value in changes["usual"].items():
            if usual.get(key) != value:
                usual[key] = value
        for key, value in changes["settings"].items():
            if settings.get(key) != value:
                settings[key] = value
    return count, revived


def _fold_marks(fields: Any, uid: str, seen: str | None, row: str | None, now: str | None) -> None:
    """The kinds marked or unmarked here since the marks were last agreed, one key a kind: a kind
    marked on another computer meanwhile is kept (the whole field would take it back)."""
    before, after, there = _marks(seen), _marks(row), _marks(now)
    for kind in before.keys() | after.keys():
        if before.get(kind) != after.get(kind) and there.get(kind) != after.get(kind):
            fields[f"{uid}/{MARKS}/{kind}"] = after.get(kind)


# -- the document into the journal -------------------------------------------------------------

#: The tombstone of a deleted entry: ``fields["<uid>/deleted"] = True``.
DELETED = "deleted"
#: The column of the per-kind handled marks, which merges one kind a key (``_fold_marks``).
MARKS = "handled_signs"


def _marks(text: Any, kinds: dict[str, Any] | None = None) -> dict[str, list]:
    """Per-kind handled marks as the journal stores them (``handled_signs``), by kind: ``[day, note]``,
    with the marks of ``kinds`` on top. Another journal's may hold marks this ocrelog cannot read
    (a newer one's kind of warning sign, a damaged value): left out, as a column it does not know is."""
    try:
        whole = json.loads(text) if text else {}
    except (TypeError, ValueError):
        whole = {}
    marks = {**(whole if isinstance(whole, dict) else {}), **(kinds or {})}
    return {kind: mark for kind, mark in marks.items() if mark is not None and _readable(kind, mark)}


def _readable(kind: str, mark: Any) -> bool:
    """Whether a mark is one this ocrelog writes: ``[day, note]``, an ISO day and a text or null,
    of a kind of warning sign it knows."""
    from ocrelog.signs import BY_NAME

    if not (kind in BY_NAME and isinstance(mark, list) and len(mark) == 2 and isinstance(mark[1], str | None)):
        return False
    try:
        return date.fromisoformat(mark[0]).isoformat() == mark[0]
    except (TypeError, ValueError):
        return False


def _overrides_of(fields: Any, uids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """The changes made to entries after they were first written, by uid (all of them, or those
    of a few uids)."""
    found: dict[str, dict[str, Any]] = {}
    if uids is not None and len(uids) < 50:
        wanted = set(uids)
        items = [(key, value) for key, value in fields.items() if key.split("/", 1)[0] in wanted]
    else:
        items = list(fields.items())
    for key, value in items:
        uid, _, column = key.partition("/")
        found.setdefault(uid, {})[column] = value
    return found


def _entry_of(
    entries: Any, fields: Any, uid: str, columns: list[str], overrides: dict[str, dict[str, Any]]
) -> dict[str, Any] | None:
    """An entry's fields as the document holds them; None when it is deleted or not there, and
    ``{}`` when its first-written row is not a JSON object (another ocrelog's, damaged): that is
    no deletion, so the entry here is never removed for it, only held (``_fit``)."""
    changes = overrides.get(uid, {})
    base = entries.get(uid)
    if changes.get(DELETED) is True or base is None:  # a tombstone is true, nothing else
        return None
    try:
        values = json.loads(base)
    except (TypeError, ValueError):
        return {}
    if not isinstance(values, dict):
        return {}
    values.update(changes)
    values.pop(DELETED, None)
    kinds = {column.partition("/")[2]: mark for column, mark in changes.items() if column.startswith(f"{MARKS}/")}
    if kinds or values.get(MARKS) is not None:
        # the kinds on top of the whole field (older ocrelogs write it), less what this ocrelog cannot
        # read: the journal's own text, the same bytes everywhere
        marks = _marks(values.get(MARKS), kinds)
        values[MARKS] = handled_signs_text(tuple((kind, *mark) for kind, mark in marks.items()))
    return {column: values.get(column) for column in columns}


def _fit(values: dict[str, Any], types: dict[str, type | tuple[type, ...]]) -> bool:
    """Whether fields from another journal can be an entry here (the schema checks the rest): a
    value of another type than its column's would stop every sync (a list, a map: SQLite cannot
    store them) or be stored as it came (text where a number goes), so the entry is held."""
    return all(isinstance(values.get(c), str) for c in ("type", "date", "logged_at")) and all(
        value is None or isinstance(value, types[column]) for column, value in values.items()
    )


def _materialise_entries(
    conn: sqlite3.Connection, entries: Any, fields: Any, uids: list[str], columns: list[str]
) -> tuple[int, list[str]]:
    """Write each of these entries as the document has it; returns (entries changed, uids held)."""
    changed, held = 0, []
    assignments = ", ".join(f"{c} = ?" for c in columns)
    insert = f"INSERT INTO entries (uid, {', '.join(columns)}) VALUES (?, {', '.join('?' * len(columns))})"
    overrides = _overrides_of(fields, uids)
    types = _column_types(conn)
    for uid in uids:
        values = _entry_of(entries, fields, uid, columns, overrides)
        exists = conn.execute("SELECT 1 FROM entries WHERE uid = ?", (uid,)).fetchone() is not None
        if values is None:
            if exists:
                conn.execute("DELETE FROM entries WHERE uid = ?", (uid,))
                changed += 1
            continue
        if not _fit(values, types):
            held.append(uid)
            continue
        try:
            if exists:
                conn.execute(f"UPDATE entries SET {assignments} WHERE uid = ?", [*values.values(), uid])
            else:
                conn.execute(insert, [uid, *values.values()])
        except sqlite3.IntegrityError:  # a type this ocrelog does not know yet: kept for later
            held.append(uid)
            continue
        changed += 1
    return changed, held


def _materialise_usual(conn: sqlite3.Connection, usual: Any, keys: Iterable[str]) -> int:
    count = 0
    for key in keys:
        value = usual.get(key)
        try:
            text, added = json.loads(value) if isinstance(value, str) else (None, None)
        except (ValueError, TypeError):
            continue
        if not isinstance(text, str):
            continue
        if added is None:
            conn.execute("DELETE FROM usual WHERE text = ?", (text,))
        else:
            conn.execute("INSERT OR REPLACE INTO usual (text, added) VALUES (?, ?)", (text, str(added)))
        count += 1
    return count


def _agree(
    conn: sqlite3.Connection, columns: list[str], changes: dict[str, Any], uids: list[str], settings: dict[str, Any]
) -> None:
    """Note the rows folded into the document (as they were folded: a change another command makes
    meanwhile is found by the next run), the rows written from it (``uids``: as they are now),
    the usual list and the settings, as agreed with the document."""
    written = set(uids)
    conn.executemany(
        "INSERT OR REPLACE INTO sync_seen (kind, key, row) VALUES ('entry', ?, ?)",
        [(uid, row) for uid, row, _ in changes["changed"] if uid not in written],
    )
    conn.executemany(  # kept: an undo that brings the entry back is compared with it
        "UPDATE OR REPLACE sync_seen SET kind = 'deleted' WHERE kind = 'entry' AND key = ?",
        [(uid,) for uid in changes["removed"]],
    )
    for at in range(0, len(uids), 20000):
        chunk = json.dumps(uids[at : at + 20000])
        conn.execute(
            "DELETE FROM sync_seen WHERE kind = 'entry' AND key IN (SELECT value FROM json_each(?))"
            " AND key NOT IN (SELECT uid FROM entries)",
            (chunk,),
        )
        conn.execute(
            f"INSERT OR REPLACE INTO sync_seen (kind, key, row) SELECT 'entry', uid, {_row_json(columns)}"
            " FROM entries WHERE uid IN (SELECT value FROM json_each(?))",
            (chunk,),
        )
    conn.execute("DELETE FROM sync_seen WHERE kind = 'deleted' AND key IN (SELECT uid FROM entries)")
    conn.execute("DELETE FROM sync_seen WHERE kind IN ('usual', 'setting')")
    conn.executemany("INSERT INTO sync_seen (kind, key, row) VALUES ('usual', ?, ?)", list(_usual_now(conn).items()))
    conn.executemany(
        "INSERT INTO sync_seen (kind, key, row) VALUES ('setting', ?, ?)",
        [(k, json.dumps(v)) for k, v in settings.items()],
    )


# -- a run ------------------------------------------------------------------------------------


def _state(conn: sqlite3.Connection) -> tuple[bytes, bytes, int]:
    row = conn.execute("SELECT doc, written, seq FROM sync_state").fetchone()
    return (bytes(row[0]), bytes(row[1]), row[2]) if row else (b"", b"", 0)


def _write_file(own_folder: Path, name: str, header: dict, update: bytes, key: Key) -> Path:
    from ocrelog.output_files import atomic_path

    plain = MAGIC + json.dumps(header).encode() + b"\n" + zlib.compress(update, 6)
    sealed = seal(plain, key)
    own_folder.mkdir(parents=True, exist_ok=True)
    target = own_folder / name
    with atomic_path(target) as temporary:
        with open(temporary, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
    return target


class _Settings:
    """The person's settings in config.toml beside the journal (read and written through config.py)."""

    def __init__(self, journal_path: Path | None):
        self.path = journal_path

    def read(self) -> dict[str, Any]:
        if self.path is None:
            return {}
        from ocrelog.config import person_settings

        return person_settings(self.path, PERSON_SETTINGS)

    def write(self, settings: Any, keys: Iterable[str], outcome: Outcome) -> int:
        from ocrelog.config import set_person_setting

        count = 0
        for key in keys:
            if key not in PERSON_SETTINGS or self.path is None:
                continue
            try:
                set_person_setting(self.path, key, settings.get(key))
                count += 1
            except InvalidValue:
                outcome.warnings.append(f"Skipped the setting {key} from another journal: this ocrelog cannot use it.")
        return count


def sync(journal: Journal, directory: Path, key: Key) -> Outcome:
    """One run of sync between ``journal`` and the synced folder ``directory`` (see the module's text)."""
    conn = journal.conn
    root = folder_of(directory)
    own = journal.journal_id()
    outcome = Outcome()
    stored, written, seq = _state(conn)
    applied = set(conn.execute("SELECT folder, name FROM sync_files").fetchall())
    files = _read_new_files(root, own, applied, key, outcome)
    # This journal's earlier files are not all in this folder (another folder, a folder emptied or
    # replaced): everything it holds is written there again, or the others would never get it.
    mine = {name for folder, name in applied if folder == own}
    lost = bool(mine) and not mine <= set(_listing(root / own))
    columns = _synced_columns(conn)
    settings = _Settings(journal.path)
    changes = _local_changes(conn, columns, settings.read())
    held = [uid for (uid,) in conn.execute("SELECT uid FROM sync_held")]
    nothing_local = not any(changes.values())
    if nothing_local and not files and not held and (not stored or written) and not lost:
        return outcome  # nothing to do: the document is not even loaded
    from pycrdt import Doc, Map, get_state, merge_updates

    doc: Any = Doc()
    if stored:
        doc.apply_update(stored)
    outcome.entries_out, revived = _fold(doc, changes)
    outcome.other_out = len(changes["usual"]) + len(changes["settings"])
    update = doc.get_update(written) if written and not lost else doc.get_update()
    name = None
    if lost:
        outcome.warnings.append(
            f"This journal's earlier files were not all in {root / own}: wrote everything it holds there again."
        )
    if not nothing_local or (stored and not written) or lost:  # after --new-id: the whole document, into the new folder
        seq += 1
        name = f"{seq:08d}-{secrets.token_hex(4)}.age"
        with journal.transaction():  # the name first: a file found later under it is this journal's own
            conn.execute("INSERT INTO sync_files (folder, name) VALUES (?, ?)", (own, name))
        outcome.wrote = _write_file(root / own, name, {"format": FORMAT, "journal": own, "seq": seq}, update, key)
    touched: dict[str, set[str]] = {"entries": set(), "fields": set(), "usual": set(), "settings": set()}
    maps = {each: doc.get(each, type=Map) for each in touched}
    watches = [maps[each].observe(_noting(touched[each])) for each in touched]
    raw = []
    for one in files:
        try:
            doc.apply_update(one.update)
        except ValueError:
            outcome.warnings.append(f"Skipped {root / one.folder / one.name}: its contents are not a sync update.")
            continue
        raw.append(one)
    for each, watch in zip(touched, watches):
        maps[each].unobserve(watch)
    outcome.journals = len({one.folder for one in raw if one.folder != own})
    whole = doc.get_update()
    waiting = [one.update for one in raw if not _covered(get_state(one.update), doc.get_state())]
    merged = merge_updates(whole, *waiting) if waiting else whole  # keeps what waits for a file not here yet
    if waiting:
        from ocrelog.plurals import plural

        outcome.warnings.append(
            f"Kept for later what {plural(len(waiting), 'file')} from another journal changed: it builds on a file "
            f"not in {root} yet (if that never comes, run 'ocrelog sync' on that journal's computer)."
        )
    with journal.transaction():
        uids = touched["entries"] | {key.split("/", 1)[0] for key in touched["fields"]}
        incoming = sorted(uids | set(held) | revived)
        outcome.entries_in, still_held = _materialise_entries(conn, maps["entries"], maps["fields"], incoming, columns)
        outcome.other_changes = _materialise_usual(conn, maps["usual"], touched["usual"])
        outcome.other_changes += settings.write(maps["settings"], touched["settings"], outcome)
        conn.execute("DELETE FROM sync_held")
        conn.executemany("INSERT OR IGNORE INTO sync_held (uid) VALUES (?)", [(uid,) for uid in still_held])
        _agree(conn, columns, changes, incoming, settings.read())
        conn.executemany(
            "INSERT OR IGNORE INTO sync_files (folder, name) VALUES (?, ?)",
            [(one.folder, one.name) for one in raw],
        )
        conn.execute("DELETE FROM sync_state")
        conn.execute(
            "INSERT INTO sync_state (one, doc, written, seq) VALUES (1, ?, ?, ?)",
            (merged, doc.get_state(), seq),
        )
    if still_held:
        from ocrelog.plurals import plural

        outcome.warnings.append(
            f"{plural(len(still_held), 'entry', 'entries')} from another journal: of a kind this ocrelog "
            "does not know or with a value it cannot read; left as they are here, and written here once "
            "ocrelog is updated or the value is mended."
        )
    return outcome


def _clocks(vector: bytes) -> dict[int, int]:
    """A Yjs state vector (varints: a count, then each writer's id and clock) as a dict."""
    numbers, value, shift = [], 0, 0
    for byte in vector:
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            numbers.append(value)
            value, shift = 0, 0
    return dict(zip(numbers[1::2], numbers[2::2]))


def _covered(update_state: bytes, doc_state: bytes) -> bool:
    """Whether the document holds all of an update (none of it waits for another file)."""
    have = _clocks(doc_state)
    return all(have.get(client, 0) >= clock for client, clock in _clocks(update_state).items())


def _noting(keys: set[str]) -> Any:
    """An observer that notes the keys each change of a map touched."""

    def note(event: Any) -> None:
        keys.update(event.keys)

    return note


def new_id(journal: Journal) -> str:
    """Give the journal a new id (``sync --new-id``): it writes into a folder of its own from now on,
    starting with the whole document (the old folder may be gone), and reads its old folder like
    another journal's."""
    import uuid

    fresh = str(uuid.uuid4())
    with journal.transaction() as conn:
        old = journal.journal_id()
        conn.execute("UPDATE journal_id SET id = ?", (fresh,))
        conn.execute("DELETE FROM sync_files WHERE folder = ?", (old,))
        conn.execute("UPDATE sync_state SET seq = 0, written = x''")  # its first file holds everything
    return fresh
