"""ocrelog's own files, read: CSV and JSON as ocrelog writes them (exports.py), as a stream.

An importer like the others (``read(source, options, tally, now)``): it yields
validated entries one by one and raises :class:`InvalidValue` naming the line
of the first bad row; the import command stores them in one transaction, so
one bad row stores nothing. docs/formats.md describes both formats.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any, TextIO

from ocrelog.dates import EARLIEST_YEAR, FILE_TOLERANCE, LATEST_YEAR, now_to_minute, parse_file_date, to_iso
from ocrelog.entries import (
    LICENSED_DOSES,
    MAX_NOTE,
    MAX_SCORE,
    TRIAL_DOSES,
    TYPES,
    Entry,
    check_stored_text,
    check_value,
    clean_list,
    clean_note,
    note_too_long,
    symptom_name,
)
from ocrelog.errors import InvalidValue
from ocrelog.exports import (
    BASE_COLUMNS,
    CSV_COLUMNS,
    HANDLED_COLUMNS,
    KNOWN_COLUMNS,
    LAB_RESULT_COLUMNS,
    OLDER_COLUMNS,
    TEXT_COLUMNS,
    from_cell,
)
from ocrelog.importers.common import Head, Importer, header_names, numbered

_READ_SIZE = 1 << 20
_SPACE = re.compile(r"[\ufeff \t\r\n]*")
_CUT_MARGIN = 64

# ocrelog writes what it reads: a cell may be as long as the longest note
# anything ever stored (older versions had no limit), not Python's 128 KiB.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read(source, options, tally, now: datetime) -> Iterator[Entry]:
    """The importers' entry point: the entries of an ocrelog CSV or JSON file."""
    return read_stream(source.text(), now)


def check_dialect(first_line: str) -> None:
    """Refuse, in one sentence, a CSV separated by semicolons or tabs (as some spreadsheets save it)."""
    for delimiter, name in ((";", "semicolon"), ("\t", "tab")):
        if first_line.count(delimiter) > first_line.count(","):
            raise InvalidValue(
                f"This file looks {name}-separated (its first line is {first_line[:60]!r}), but ocrelog "
                "reads comma-separated CSV: save it from the spreadsheet as CSV with commas, or use --from csv"
            )


def read_stream(stream: TextIO, now: datetime) -> Iterator[Entry]:
    """Validated entries from an ocrelog CSV or JSON file (detected from its first character).

    Raises :class:`InvalidValue` naming the line of the first bad row.
    """
    head = stream.read(4096)
    first = head.lstrip("\ufeff \t\r\n")[:1]
    limits = _Limits(now)
    if first == "[":
        yield from _json_entries(_json_rows(head, stream), limits)
    else:
        yield from _csv_entries(itertools.chain(io.StringIO(head + stream.readline(), newline=""), stream), limits)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _at_line(line: object, error: InvalidValue) -> InvalidValue:
    return InvalidValue(f"Line {line}: {_lower_first(str(error))}")


def _json_entries(rows: Iterator[tuple[object, dict]], limits: _Limits) -> Iterator[Entry]:
    for line, row in rows:
        try:
            entry = _json_fast(row, limits)
            if entry is None:
                entry = _entry(row, limits)
            if entry.note is not None or entry.name is not None or entry.source is not None or entry.premeds:
                check_stored_text(entry)  # a "\ud800" in JSON, a note over the limit: named by line
        except InvalidValue as error:
            raise _at_line(line, error) from None
        yield entry


#: The headers ocrelog has written (now and before): their rows may be read by :func:`_csv_fast`.
_FAST_COLUMNS = (CSV_COLUMNS, LAB_RESULT_COLUMNS, HANDLED_COLUMNS, OLDER_COLUMNS, BASE_COLUMNS)


def _csv_entries(stream: Iterable[str], limits: _Limits) -> Iterator[Entry]:
    """The entries of the rows after the header; a row in the columns and the form ocrelog
    writes is read by :func:`_csv_fast`, any other by :func:`_entry`."""
    lines = numbered(stream, strict=True)
    line = 1
    try:
        _, header = next(lines, (1, None))
        columns = _csv_columns(header)
        width = len(columns)
        fast = _csv_fast if tuple(columns) in _FAST_COLUMNS else None
        texts = [i for i, column in enumerate(columns) if column in TEXT_COLUMNS]
        for line, cells in lines:
            for i in texts:  # a text cell escaped for spreadsheets ('=...) reads back as it was
                if i < len(cells) and cells[i][:1] == "'":
                    cells[i] = from_cell(cells[i])
            try:
                entry = fast(cells, limits) if fast is not None and len(cells) == width else None
                if entry is None:
                    if len(cells) > width:
                        raise InvalidValue(f"{len(cells)} cells but only {width} columns.")
                    if not "".join(cells).strip():  # a blank row
                        continue
                    entry = _entry(dict(zip(columns, cells)), limits)
                if entry.note is not None and len(entry.note) > MAX_NOTE:
                    raise InvalidValue(note_too_long(len(entry.note)))
            except InvalidValue as error:
                raise _at_line(line, error) from None
            yield entry
    except csv.Error as error:
        raise InvalidValue(f"Line {line}: this is not valid CSV ({error}).") from None


def _csv_columns(header: list[str] | None) -> list[str]:
    """The column names of a header row, refused in one sentence when they are not ocrelog's."""
    if header is not None and len(header) == 1:
        check_dialect(header[0])
    if header is None or not any(cell.strip() for cell in header):
        raise InvalidValue(
            "The file has no header row; the first line must name the columns: type,date,value,name,note."
        )
    columns = header_names(header)
    unknown = [c for c in columns if c not in KNOWN_COLUMNS]
    if unknown:
        raise InvalidValue(
            f"Line 1: unknown column {unknown[0]!r}; the columns are "
            f"{','.join(CSV_COLUMNS)} (every column but type and date is optional)."
        )
    missing = [c for c in ("type", "date") if c not in columns]
    if missing:
        raise InvalidValue(f"Line 1: the header has no {missing[0]!r} column.")
    return columns


class _JsonText:
    """A JSON text read in pieces: the position in what was read, and its line number,
    counted once in the text each step consumes (finding a line never rescans the file)."""

    def __init__(self, head: str, stream: TextIO):
        self.stream = stream
        self.buffer = head
        self.position = 0
        self.line = 1
        self.at_end = False

    def more(self) -> bool:
        """Read the next piece (False at the end of the file)."""
        if self.at_end:
            return False
        piece = self.stream.read(_READ_SIZE)
        if not piece:
            self.at_end = True
            return False
        self.buffer = self.buffer[self.position :] + piece
        self.position = 0
        return True

    def advance(self, to: int) -> None:
        self.line += self.buffer.count("\n", self.position, to)
        self.position = to

    def skip_space(self) -> str:
        """The next character that is not blank space ("" at the end of the file)."""
        while True:
            self.advance(_SPACE.match(self.buffer, self.position).end())  # type: ignore[union-attr]
            if self.position < len(self.buffer) or not self.more():
                return self.buffer[self.position : self.position + 1]

    def decode(self, decoder: json.JSONDecoder) -> tuple[object, int]:
        """The JSON value at the position, and where it ends (reading on when it is cut in two)."""
        while True:
            try:
                return decoder.raw_decode(self.buffer, self.position)
            except json.JSONDecodeError as error:
                # An error close to the end of what was read may only mean the
                # object goes on in the next piece (a number, `null`, an escape
                # cut in two): read on. Further back, it is a real error.
                cut_short = error.pos >= len(self.buffer) - _CUT_MARGIN or error.msg.startswith("Unterminated")
                if cut_short and self.more():
                    continue
                where = self.line + self.buffer.count("\n", self.position, error.pos)
                raise InvalidValue(f"Line {where}: this is not valid JSON ({error.msg}).") from None
            except RecursionError:
                raise InvalidValue(
                    f"Line {self.line}: this JSON is nested too deeply to be an ocrelog export."
                ) from None


def _json_rows(head: str, stream: TextIO) -> Iterator[tuple[int, dict]]:
    """The objects of a top-level JSON list, each with the line it starts on, streamed."""
    text = _JsonText(head, stream)
    if text.skip_space() != "[":
        raise InvalidValue(f"Line {text.line}: this is not valid JSON (expected a list '[').")
    text.advance(text.position + 1)
    if text.skip_space() == "]":
        text.advance(text.position + 1)
    else:
        yield from _json_objects(text)
    if text.skip_space():
        raise InvalidValue(f"Line {text.line}: unexpected text after the end of the JSON list.")


def _json_objects(text: _JsonText) -> Iterator[tuple[int, dict]]:
    """The objects of a list that is not empty, up to and past its closing ``]``."""
    decoder = json.JSONDecoder()
    while True:
        if text.skip_space() != "{":
            raise InvalidValue(f"Line {text.line}: each entry must be a JSON object {{...}}.")
        item, end = text.decode(decoder)
        if not isinstance(item, dict):
            raise InvalidValue(f"Line {text.line}: each entry must be a JSON object {{...}}.")
        yield text.line, item
        text.advance(end)
        following = text.skip_space()
        if following == ",":
            text.advance(text.position + 1)
            continue
        if following == "]":
            text.advance(text.position + 1)
            return
        raise InvalidValue(f"Line {text.line}: this is not valid JSON (expected ',' or ']').")


def _text(row: dict, key: str) -> str:
    value = row.get(key)
    if value.__class__ is str:  # every cell of a CSV file, most of a JSON one
        return value
    if value is None:
        return ""
    if isinstance(value, (dict, list)) or isinstance(value, bool):
        raise InvalidValue(f"The {key} must be text, not {json.dumps(value)[:40]}.")
    return str(value)


def _list(row: dict, key: str) -> tuple[str, ...]:
    value = row.get(key)
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        if value.lstrip().startswith("["):
            try:
                value = json.loads(value)
            except (json.JSONDecodeError, RecursionError):
                raise InvalidValue(f"The {key} cell is not a valid JSON list.") from None
        else:
            value = value.split(";")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidValue(f"The {key} must be a list of text.")
    return clean_list(value)


class _Limits:
    """The latest date and date-time a file may hold, as ISO text (for :func:`_file_date`),
    and the last day the fast path found real (the rows of one day follow each other)."""

    def __init__(self, now: datetime):
        self.now = now
        latest = now_to_minute(now + FILE_TOLERANCE)
        self.day = latest.date().isoformat()
        self.minute = to_iso(latest)
        self.last_day = ""


def _canonical() -> re.Pattern[str]:
    global _CANONICAL
    if _CANONICAL is None:
        _CANONICAL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2})?")
    return _CANONICAL


_CANONICAL: re.Pattern[str] | None = None


def _file_date(text: str, limits: _Limits, allow_future: bool) -> str:
    """``dates.parse_file_date``, with a fast path for the dates ocrelog itself writes.

    ``2026-05-14`` and ``2026-05-14T14:30`` (what an export holds) are checked
    as text: a real day and time, from 1900 on, not beyond the limit (ISO text
    sorts as time does). Anything else, and anything refused, goes the long
    way, which gives the same result or the same sentence.
    """
    size = len(text)
    # The day of the row before, already found real and from 1900 on: only the clock and the limit.
    if size == 16:
        if (
            text[:10] == limits.last_day
            and text[10] == "T"
            and text[11:] in _CLOCKS
            and (allow_future or text <= limits.minute)
        ):
            return text
    elif size == 10 and text == limits.last_day and (allow_future or text <= limits.day):
        return text
    return _new_day(text, limits, allow_future)


def _new_day(text: str, limits: _Limits, allow_future: bool) -> str:
    """:func:`_file_date` of a date on another day than the row before's."""
    size = len(text)
    if (size == 10 or size == 16) and _canonical().fullmatch(text):
        try:
            date(int(text[:4]), int(text[5:7]), int(text[8:10]))
            real = _FIRST_YEAR <= text[:4] <= _LAST_YEAR
            fits = size == 10 or (int(text[11:13]) < 24 and int(text[14:16]) < 60)
        except ValueError:
            real = fits = False
        if real:
            limits.last_day = text[:10]
        if real and fits and (allow_future or text <= (limits.day if size == 10 else limits.minute)):
            return text
    return parse_file_date(text, limits.now, allow_future=allow_future)


#: Every clock time an export writes, "00:00" to "23:59".
_CLOCKS = frozenset(f"{hour:02d}:{minute:02d}" for hour in range(24) for minute in range(60))


_FIRST_YEAR = f"{EARLIEST_YEAR:04d}"
_LAST_YEAR = f"{LATEST_YEAR:04d}"


def _entry(row: dict, now: datetime | _Limits) -> Entry:
    limits = now if isinstance(now, _Limits) else _Limits(now)
    entry = _entry_fields(row, limits)
    marks: dict[str, Any] = {}
    if row.get("handled_on") or row.get("handled_note"):
        marks.update(_handled(row, limits))
    if row.get("handled_signs"):
        marks["handled_signs"] = _handled_signs(row["handled_signs"], limits)
    if marks:
        from dataclasses import replace

        entry = replace(entry, **marks)
    return entry


def _handled_signs(cell: object, limits: _Limits) -> tuple[tuple[str, str, str | None], ...]:
    """Marks of one kind of warning sign: {"infection": {"on": "YYYY-MM-DD", "note": ...}}, as
    an object (JSON) or its JSON text (CSV)."""
    from ocrelog.signs import BY_NAME

    try:
        marks = json.loads(cell) if isinstance(cell, str) else cell
    except ValueError:
        marks = None
    if not isinstance(marks, dict):
        raise InvalidValue('handled_signs must be a JSON object, such as {"infection": {"on": "2026-05-07"}}.')
    found = []
    for category, mark in marks.items():
        if category not in BY_NAME:
            raise InvalidValue(f"handled_signs names {category[:40]!r}, which is not a kind of warning sign.")
        mark = mark if isinstance(mark, dict) else {}
        row = {"handled_on": mark.get("on") or "", "handled_note": mark.get("note") or ""}
        if not all(isinstance(value, str) for value in row.values()):
            raise InvalidValue(f"The handled mark of {category} needs its day as text, YYYY-MM-DD.")
        handled = _handled(row, limits)
        found.append((category, handled["handled_on"], handled["handled_note"]))
    return tuple(sorted(found))


def _handled(row: dict, limits: _Limits) -> dict:
    """The mark of ``ocrelog handled``: the day (ISO) and its note (a note needs a day)."""
    day = _text(row, "handled_on").strip()
    note = clean_note(_text(row, "handled_note"))
    if not day:
        raise InvalidValue("A handled_note needs the day it was handled, in handled_on.")
    if len(day) != 10:
        raise InvalidValue(f"handled_on must be a day, YYYY-MM-DD, not {day[:40]!r}.")
    return {"handled_on": _file_date(day, limits, False), "handled_note": note}


def _entry_fields(row: dict, limits: _Limits) -> Entry:
    entry_type = _text(row, "type").strip().lower()
    if entry_type not in TYPES:
        raise InvalidValue(f"The type must be {', '.join(TYPES[:-1])} or {TYPES[-1]}, not {_text(row, 'type')[:40]!r}.")
    when = _file_date(_text(row, "date").strip(), limits, entry_type in ("planned", "planned_lab"))
    raw_value = row.get("value")
    if entry_type == "scale":
        return _scale(row, when)
    if entry_type in _LAB_TYPES:
        return _lab(row, when, entry_type)
    if row.get("unit") or row.get("range") or row.get("live") not in (None, ""):
        raise InvalidValue("Only lab results have a unit and a range, and only vaccinations are live or not.")
    value: int | float | None = None
    if entry_type == "fatigue":  # the common case, as ocrelog writes it: "5" in CSV, 5 in JSON
        kind = raw_value.__class__
        # (``__class__`` rather than isinstance: faster, and a bool is not a score; mypy cannot narrow it)
        if kind is str:
            value = _SCORES.get(raw_value)  # type: ignore[arg-type]
        elif kind is int and 0 <= raw_value <= MAX_SCORE:  # type: ignore[operator]
            value = raw_value
    if value is None:
        # force: a trial dose in a journal's own file was confirmed with --force when typed.
        value = check_value(entry_type, raw_value if not isinstance(raw_value, str) else raw_value.strip(), force=True)
    name = _text(row, "name")
    if entry_type == "symptom":
        name = symptom_name(name)
    elif name.strip():
        raise InvalidValue(f"Only symptoms have a name; this {entry_type} has {name[:40]!r}.")
    premeds, reactions = _list(row, "premeds"), _list(row, "reactions")
    if entry_type != "infusion" and (premeds or reactions):
        raise InvalidValue("Only doses have premeds and reactions.")
    if row.get("items") or row.get("subscales"):  # cheap first: most rows have neither
        if _items(row) or _subscales(row):
            raise InvalidValue("Only scales have items and subscales.")
    source = _text(row, "source").strip() or None
    return _new_entry(entry_type, when, value, name or None, clean_note(_text(row, "note")), premeds, reactions, source)


def _csv_fast(cells: list[str], limits: _Limits) -> Entry | None:
    """The entry of a CSV row as ocrelog writes it, in the columns of CSV_COLUMNS (or
    BASE_COLUMNS): a score, a symptom or a dose, with no lists, items or subscales. None for
    any other row, which :func:`_entry` reads the long way; what it returns is what
    :func:`_entry` returns, and it refuses only what :func:`_entry` refuses first."""
    kind = cells[0]
    if kind not in _FAST_TYPES or not _plain_csv(cells):
        return None
    when = _file_date(cells[1].strip(), limits, kind == "planned")
    raw_value, name = cells[2], cells[3]
    if kind == "fatigue":
        value = _SCORES.get(raw_value)
    elif kind == "symptom":
        if raw_value or not name or name.isspace():
            return None
        value, name = None, symptom_name(name)
    else:
        value = _DOSES.get(raw_value)
    if value is None and kind != "symptom" or kind != "symptom" and name:
        return None
    source = cells[7].strip() or None if len(cells) > 5 else None
    return _new_entry(kind, when, value, name or None, cells[4] or None, (), (), source)


def _plain_csv(cells: list[str]) -> bool:
    """A CSV row without premeds, reactions, items, subscales or a handled mark."""
    if len(cells) > 5 and (cells[5] or cells[6] or cells[8] or cells[9]):
        return False
    if len(cells) > 12 and (cells[12] or cells[13] or cells[14]):
        return False  # a unit, a range or a live mark: the long way, which refuses them
    if len(cells) > 15 and cells[15]:
        return False  # a mark of one kind of warning sign: the long way
    return not (len(cells) > 10 and (cells[10] or cells[11]))  # a handled mark: the long way


def _json_fast(row: dict, limits: _Limits) -> Entry | None:
    """The entry of a JSON object as ocrelog writes it (as :func:`_csv_fast`, for JSON)."""
    kind = row.get("type")
    when = row.get("date")
    if kind.__class__ is not str or kind not in _FAST_TYPES or when.__class__ is not str or not _plain_json(row):
        return None
    note, source, name = row.get("note"), row.get("source"), row.get("name")
    when = _file_date(when.strip(), limits, kind == "planned")
    value = row.get("value")
    if kind == "symptom":
        if value is not None and value != "" or name.__class__ is not str or not name or name.isspace():
            return None
        value, name = None, symptom_name(name)
    elif name is not None and name != "" or value.__class__ is not int:
        return None
    elif not (0 <= value <= MAX_SCORE if kind == "fatigue" else value in _DOSE_NUMBERS):
        return None
    source = source.strip() or None if source else None
    return _new_entry(kind, when, value, name or None, note or None, (), (), source)


def _plain_json(row: dict) -> bool:
    """A JSON object without premeds, reactions, items, subscales or a handled mark, whose
    note and source are text (or absent)."""
    if row.get("premeds") not in _NO_LIST or row.get("reactions") not in _NO_LIST:
        return False
    if row.get("items") or row.get("subscales") or row.get("handled_on") or row.get("handled_note"):
        return False
    if row.get("handled_signs"):
        return False
    note, source = row.get("note"), row.get("source")
    return not (note is not None and note.__class__ is not str or source is not None and source.__class__ is not str)


#: The types the fast paths read (a temperature or a scale goes the long way).
_FAST_TYPES = frozenset({"fatigue", "symptom", "infusion", "planned"})
#: An empty list of premeds or reactions, as a file may hold it.
_NO_LIST: tuple[object, ...] = (None, "", [])


def _items(row: dict) -> tuple[int, ...]:
    """A scale's answers: a JSON list, or numbers separated by commas (CSV)."""
    from ocrelog.scales import parse_items

    value = row.get("items")
    if value is None or value == "" or value == []:
        return ()
    if isinstance(value, str) and value.lstrip().startswith("["):
        try:
            value = json.loads(value)
        except (json.JSONDecodeError, RecursionError):
            raise InvalidValue("The items cell is not a valid JSON list.") from None
    if isinstance(value, list) and not all(isinstance(i, int) and not isinstance(i, bool) for i in value):
        raise InvalidValue("The items must be whole numbers.")
    if not isinstance(value, (str, list)):
        raise InvalidValue("The items must be a list of whole numbers.")
    return parse_items(value)


def _subscales(row: dict) -> dict[str, object]:
    """A scale's subscales: a JSON object of name to total."""
    value = row.get("subscales")
    if value is None or value == "" or value == {}:
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (json.JSONDecodeError, RecursionError):
            raise InvalidValue("The subscales cell is not a valid JSON object.") from None
    if not isinstance(value, dict) or not all(
        isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values()
    ):
        raise InvalidValue('The subscales must be an object of numbers, like {"physical": 20}.')
    return {str(k).strip().lower(): v for k, v in value.items()}


def _scale(row: dict, when: str) -> Entry:
    from ocrelog.entries import scale_entry

    if _list(row, "premeds") or _list(row, "reactions"):
        raise InvalidValue("Only doses have premeds and reactions.")
    raw_value = row.get("value")
    return scale_entry(
        when,
        _text(row, "name"),
        raw_value.strip() if isinstance(raw_value, str) else raw_value,
        _items(row) or None,
        _subscales(row),
        note=clean_note(_text(row, "note")),
        source=_text(row, "source").strip() or None,
    )


_LAB_TYPES = ("lab", "vaccine", "planned_lab")


def _lab(row: dict, when: str, entry_type: str) -> Entry:
    """A lab result, a vaccination or a booked blood test, checked as when it was typed."""
    from dataclasses import replace

    from ocrelog import labs

    if _list(row, "premeds") or _list(row, "reactions") or row.get("items") or row.get("subscales"):
        raise InvalidValue(f"A {entry_type} entry has no premeds, reactions, items or subscales.")
    note, source = clean_note(_text(row, "note")), _text(row, "source").strip() or None
    raw_value = row.get("value")
    if entry_type == "vaccine":
        entry = labs.vaccine_entry(when, _text(row, "name"), _live(row.get("live")))
    elif entry_type == "planned_lab":
        entry = Entry(type="planned_lab", date=when, name=labs.booked_test_name(_text(row, "name")))
    else:
        value = raw_value.strip() if isinstance(raw_value, str) else raw_value
        entry = labs.lab_entry(when, _text(row, "name"), value, _text(row, "unit").strip() or None, _range(row))
    return replace(entry, note=note, source=source)


def _live(value: object) -> bool:
    """A vaccination's live mark: true or 1 (JSON, CSV); false, 0 or empty: not live."""
    if value in (True, 1, "1", "true", "True"):
        return True
    if value in (None, False, 0, "", "0", "false", "False"):
        return False
    raise InvalidValue(f"live must be 1 or 0 (true or false), not {str(value)[:20]!r}.")


def _range(row: dict) -> str | tuple[float, float] | None:
    """The range given: ``7-16`` (CSV), ``{"low": 7, "high": 16}`` (JSON), or none."""
    value = row.get("range")
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and set(value) == {"low", "high"}:
        low, high = value["low"], value["high"]
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (low, high))
        if numbers and 0 <= low < high < float("inf"):
            return float(low), float(high)
    raise InvalidValue('The range must be LOW-HIGH text or {"low": 7, "high": 16}.')


def _fast_entry(entry_type, when, value, name, note, premeds, reactions, source) -> Entry:
    """An Entry of already validated fields, built four times faster than by its frozen
    dataclass ``__init__`` (eleven ``object.__setattr__`` calls): every field starts at its
    default, from a blank Entry, then the file's fields are set. Equal to ``Entry(...)``."""
    entry = _object_new(Entry)
    fields = entry.__dict__
    fields.update(_BLANK)
    fields["type"], fields["date"], fields["value"], fields["name"] = entry_type, when, value, name
    fields["note"], fields["premeds"], fields["reactions"], fields["source"] = note, premeds, reactions, source
    return entry


def _slow_entry(entry_type, when, value, name, note, premeds, reactions, source) -> Entry:
    return Entry(entry_type, when, value, name, note, premeds, reactions, source=source)


_object_new = object.__new__
_BLANK: dict = getattr(Entry(type="fatigue", date="2000-01-01"), "__dict__", {})
# The shortcut only while Entry is a plain frozen dataclass (no slots, nothing run after __init__).
_new_entry = _fast_entry if _BLANK and not hasattr(Entry, "__post_init__") else _slow_entry


#: A fatigue score as a file writes it, read without the general check (which gives the same).
_SCORES = {str(n): n for n in range(MAX_SCORE + 1)}
#: The doses a journal's own file may hold (trial doses too: confirmed with --force when typed).
_DOSE_NUMBERS = frozenset(LICENSED_DOSES + TRIAL_DOSES)
_DOSES = {str(mg): mg for mg in _DOSE_NUMBERS}


def _recognise(head: Head) -> bool:
    """A JSON array, or a CSV whose header names a ``type`` and a ``date`` column.

    Any CSV with those two columns is taken for ocrelog's own, so detection asks this
    importer after the others (it is first in the registry, asked last)."""
    return head.stripped.startswith("[") or head.has("type", "date")


IMPORTER = Importer(name="ocrelog", read=read, recognise=_recognise)
