"""ocrelog's own files, written: CSV and JSON, losslessly, as streams.

Writing yields text in pieces (:func:`csv_chunks`, :func:`json_chunks`) so an
export of any size is never held in memory whole. Reading them is an importer
like the others (``importers/own.py``). docs/formats.md describes both formats.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from ocrelog.entries import Entry, handled_signs_dict

BASE_COLUMNS = ("type", "date", "value", "name", "note")
#: The columns of a lab result and a vaccination (labs.py): unit, range (LOW-HIGH), live (1 or 0).
LAB_COLUMNS = ("unit", "range", "live")
CSV_COLUMNS = (
    BASE_COLUMNS
    + ("premeds", "reactions", "source", "items", "subscales", "handled_on", "handled_note")
    + LAB_COLUMNS
    + ("handled_signs",)
)
#: The columns of exports before the handled mark was exported (they import as they did).
OLDER_COLUMNS = CSV_COLUMNS[:10]
#: The columns of exports before lab results and vaccinations (they import as they did).
HANDLED_COLUMNS = CSV_COLUMNS[:12]
#: The columns of exports before a mark could cover one kind of warning sign (handled_signs).
LAB_RESULT_COLUMNS = CSV_COLUMNS[:15]
KNOWN_COLUMNS = frozenset(CSV_COLUMNS) | {"id"}
#: The columns of free text, escaped for spreadsheets (and read back) as text; the others hold
#: numbers, ISO dates or JSON and are written as they are.
TEXT_COLUMNS = ("name", "note", "source", "handled_note")
#: Characters a spreadsheet reads as the start of a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ROWS_PER_CHUNK = 500


def _list_cell(items: tuple[str, ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False) if items else ""


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will show as text: a leading formula character gets a ``'`` (OWASP).

    Text that already begins with ``'`` before a formula character gets one more, so that
    :func:`from_cell` can always take exactly one away.
    """
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def raw_cell(cell: str) -> str:
    """``--raw``: formulas as they are; only text that begins with ``'`` before a formula
    character gets one more ``'`` (so import reads raw and escaped files the same way)."""
    return "'" + cell if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def from_cell(cell: str) -> str:
    """A text cell as it was before :func:`spreadsheet_safe` or :func:`raw_cell`."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def csv_chunks(entries: Iterable[Entry], *, safe_for_spreadsheets: bool = True) -> Iterator[str]:
    """CSV with a header row (CSV_COLUMNS), in pieces.

    Text cells (name, note, source, handled_note) that begin with a formula character are escaped for
    spreadsheets unless ``safe_for_spreadsheets`` is False (``--raw``); numbers never are,
    so a negative number stays a number.
    """
    text_cell = spreadsheet_safe if safe_for_spreadsheets else raw_cell
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for count, entry in enumerate(entries, 1):
        name, note, source, handled = entry.name or "", entry.note or "", entry.source or "", entry.handled_note or ""
        cells = [
            entry.type,
            entry.date,
            _value_cell(entry),
            text_cell(name) if name[:1] in _ESCAPED else name,
            text_cell(note) if note[:1] in _ESCAPED else note,
            _list_cell(entry.premeds),
            _list_cell(entry.reactions),
            text_cell(source) if source[:1] in _ESCAPED else source,
            ",".join(map(str, entry.items)),
            json.dumps(dict(entry.subscales)) if entry.subscales else "",
            entry.handled_on or "",
            text_cell(handled) if handled[:1] in _ESCAPED else handled,
            *(_lab_cells(entry) if entry.type in ("lab", "vaccine") else ("", "", "")),
            _marks_cell(entry),
        ]
        writer.writerow(cells)
        if count % _ROWS_PER_CHUNK == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def _marks_cell(entry: Entry) -> str:
    """The handled marks of single kinds of warning sign, as ``log --json`` shows them (JSON), or empty."""
    if not entry.handled_signs:
        return ""
    return json.dumps(handled_signs_dict(entry.handled_signs), ensure_ascii=False)


def _value_cell(entry: Entry) -> object:
    """The value cell: the number, a hepatitis B result's word, or empty."""
    if entry.result is not None:
        return entry.result
    return "" if entry.value is None else entry.value


def _lab_cells(entry: Entry) -> tuple[str, str, str]:
    """A lab result's unit and range (``7-16``), a vaccination's live mark (1 or 0)."""
    if entry.type == "vaccine":
        return "", "", "1" if entry.live else "0"
    low_high = f"{entry.range[0]:g}-{entry.range[1]:g}" if entry.range else ""
    return entry.unit or "", low_high, ""


#: The first characters of a text cell that may need a ``'`` (formula starts, and ``'`` itself).
_ESCAPED = frozenset(FORMULA_STARTS) | {"'"}


def json_chunks(entries: Iterable[Entry]) -> Iterator[str]:
    """A list of objects with the keys of ``ocrelog log --json``, one object a line, in pieces."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    separator = "[\n"
    for entry in entries:
        yield separator + encode(entry.as_dict())
        separator = ",\n"
    yield "\n]\n" if separator == ",\n" else "[]\n"
