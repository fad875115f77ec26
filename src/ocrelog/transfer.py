"""Moving a journal in and out: CSV and JSON files, read and written losslessly.

Reading is separate from writing: :func:`read_entries` turns a file's text
into validated entries (or raises naming the first bad line), and only then
does the journal store them, all in one transaction. docs/formats.md describes
both formats for people writing them by hand or from a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from ocrelog.dates import parse_iso
from ocrelog.entries import TYPES, Entry, check_value, clean_list, clean_note, symptom_name
from ocrelog.errors import InvalidValue

BASE_COLUMNS = ("type", "date", "value", "name", "note")
CSV_COLUMNS = BASE_COLUMNS + ("premeds", "reactions")
KNOWN_COLUMNS = frozenset(CSV_COLUMNS) | {"id"}


# -- writing -----------------------------------------------------------------------


def _list_cell(items: tuple[str, ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False) if items else ""


def to_csv(entries: Iterable[Entry]) -> str:
    """CSV with a header row: type,date,value,name,note,premeds,reactions."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        writer.writerow(
            [
                entry.type,
                entry.date,
                "" if entry.value is None else entry.value,
                entry.name or "",
                entry.note or "",
                _list_cell(entry.premeds),
                _list_cell(entry.reactions),
            ]
        )
    return out.getvalue()


def to_json(entries: Iterable[Entry]) -> str:
    """A list of objects with the keys of ``ocrelog log --json``."""
    return json.dumps([entry.as_dict() for entry in entries], ensure_ascii=False, indent=2) + "\n"


# -- reading -----------------------------------------------------------------------


def decode(data: bytes, source: str) -> str:
    """UTF-8 text, with or without a byte-order mark."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidValue(
            f"{source} is not UTF-8 text (byte {error.start + 1}); save it as UTF-8 and try again."
        ) from None


def read_entries(text: str, now: datetime) -> list[Entry]:
    """Every entry in a CSV or JSON export (detected from the content), validated.

    Raises :class:`InvalidValue` naming the line of the first bad row.
    """
    if text.lstrip().startswith("["):
        rows = _json_rows(text)
    else:
        rows = _csv_rows(text)
    entries = []
    for line, row in rows:
        try:
            entries.append(_entry(row, now))
        except InvalidValue as error:
            raise InvalidValue(f"Line {line}: {_lower_first(str(error))}") from None
    return entries


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _csv_rows(text: str) -> Iterator[tuple[int, dict]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise InvalidValue("The file has no header row; the first line must name the "
                               "columns: type,date,value,name,note.")
        columns = [cell.strip().lower() for cell in header]
        unknown = [c for c in columns if c not in KNOWN_COLUMNS]
        if unknown:
            raise InvalidValue(
                f"Line 1: unknown column {unknown[0]!r}; the columns are "
                f"{','.join(CSV_COLUMNS)} (premeds and reactions are optional)."
            )
        missing = [c for c in ("type", "date") if c not in columns]
        if missing:
            raise InvalidValue(f"Line 1: the header has no {missing[0]!r} column.")
        start = reader.line_num + 1
        for cells in reader:
            if len(cells) > len(columns):
                raise InvalidValue(
                    f"Line {start}: {len(cells)} cells but only {len(columns)} columns."
                )
            if any(cell.strip() for cell in cells):
                yield start, dict(zip(columns, cells))
            start = reader.line_num + 1
    except csv.Error as error:
        raise InvalidValue(f"Line {reader.line_num}: this is not valid CSV ({error}).") from None


def _json_rows(text: str) -> Iterator[tuple[int, dict]]:
    """The objects of a top-level JSON list, each with the line it starts on."""
    decoder = json.JSONDecoder()
    position = text.index("[") + 1
    size = len(text)

    def skip() -> int:
        nonlocal position
        while position < size and text[position] in " \t\r\n":
            position += 1
        return position

    def line() -> int:
        return text.count("\n", 0, position) + 1

    skip()
    if position < size and text[position] == "]":
        position += 1
    else:
        while True:
            skip()
            try:
                item, end = decoder.raw_decode(text, position)
            except json.JSONDecodeError as error:
                raise InvalidValue(f"Line {error.lineno}: this is not valid JSON ({error.msg}).") from None
            if not isinstance(item, dict):
                raise InvalidValue(f"Line {line()}: each entry must be a JSON object {{...}}.")
            yield line(), item
            position = end
            skip()
            if position < size and text[position] == ",":
                position += 1
                continue
            if position < size and text[position] == "]":
                position += 1
                break
            raise InvalidValue(f"Line {line()}: this is not valid JSON (expected ',' or ']').")
    if skip() < size:
        raise InvalidValue(f"Line {line()}: unexpected text after the end of the JSON list.")


def _text(row: dict, key: str) -> str:
    value = row.get(key)
    if value is None:
        return ""
    if isinstance(value, (dict, list)) or isinstance(value, bool):
        raise InvalidValue(f"The {key} must be text, not {json.dumps(value)}.")
    return str(value)


def _list(row: dict, key: str) -> tuple[str, ...]:
    value = row.get(key)
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        if value.lstrip().startswith("["):
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                raise InvalidValue(f"The {key} cell is not a valid JSON list.") from None
        else:
            value = value.split(";")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidValue(f"The {key} must be a list of text.")
    return clean_list(value)


def _entry(row: dict, now: datetime) -> Entry:
    entry_type = _text(row, "type").strip().lower()
    if entry_type not in TYPES:
        raise InvalidValue(
            f"The type must be infusion, fatigue or symptom, not {_text(row, 'type')!r}."
        )
    when = parse_iso(_text(row, "date").strip(), now)
    raw_value = row.get("value")
    value = check_value(entry_type, raw_value if not isinstance(raw_value, str) else raw_value.strip())
    name = _text(row, "name")
    if entry_type == "symptom":
        name = symptom_name(name)
    elif name.strip():
        raise InvalidValue(f"Only symptoms have a name; this {entry_type} has {name!r}.")
    premeds, reactions = _list(row, "premeds"), _list(row, "reactions")
    if entry_type != "infusion" and (premeds or reactions):
        raise InvalidValue("Only infusions have premeds and reactions.")
    return Entry(
        type=entry_type,
        date=when,
        value=value,
        name=name or None,
        note=clean_note(_text(row, "note")),
        premeds=premeds,
        reactions=reactions,
    )


def identity(entry: Entry) -> tuple:
    """What makes two entries the same for import: type, date, value, name, note."""
    return (entry.type, entry.date, entry.value, entry.name, entry.note)


def new_entries(incoming: list[Entry], existing: Iterable[tuple]) -> list[Entry]:
    """Leave out entries that were already in the journal before this import.

    Counted, not just matched: a journal holding one copy of an entry skips
    one copy from the file, so two identical entries in one file are both kept
    on a first import, and re-importing the file adds nothing.
    """
    already = Counter(existing)
    fresh = []
    for entry in incoming:
        key = identity(entry)
        if already[key] > 0:
            already[key] -= 1
        else:
            fresh.append(entry)
    return fresh


def write_file(
    path: Path, text: str, *, overwrite: bool = False, hint: str = "add --force to replace it"
) -> None:
    """Write ``text`` to ``path`` whole or not at all, readable by the owner only.

    The text goes to a temporary file beside ``path`` first; it is then linked
    into place (which fails if ``path`` exists) or, with ``overwrite``,
    renamed over it. A reader never sees half a file.
    """
    import os
    import tempfile

    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise InvalidValue(f"Could not write to {folder}: {error.strerror}.") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)
            except FileExistsError:
                raise InvalidValue(f"{path} already exists; choose another name, or {hint}.") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
