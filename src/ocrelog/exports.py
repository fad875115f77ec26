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

from ocrelog.entries import Entry

BASE_COLUMNS = ("type", "date", "value", "name", "note")
CSV_COLUMNS = BASE_COLUMNS + ("premeds", "reactions", "source", "items", "subscales")
KNOWN_COLUMNS = frozenset(CSV_COLUMNS) | {"id"}
#: Characters a spreadsheet reads as the start of a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ROWS_PER_CHUNK = 500


def _list_cell(items: tuple[str, ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False) if items else ""


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will show as text: a leading formula character gets a ``'``."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def csv_chunks(entries: Iterable[Entry], *, safe_for_spreadsheets: bool = False) -> Iterator[str]:
    """CSV with a header row (type,date,value,name,note,premeds,reactions,source), in pieces."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for count, entry in enumerate(entries, 1):
        cells = [
            entry.type,
            entry.date,
            "" if entry.value is None else entry.value,
            entry.name or "",
            entry.note or "",
            _list_cell(entry.premeds),
            _list_cell(entry.reactions),
            entry.source or "",
            ",".join(map(str, entry.items)),
            json.dumps(dict(entry.subscales)) if entry.subscales else "",
        ]
        if safe_for_spreadsheets:
            cells = [spreadsheet_safe(c) if isinstance(c, str) else c for c in cells]
        writer.writerow(cells)
        if count % _ROWS_PER_CHUNK == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def json_chunks(entries: Iterable[Entry]) -> Iterator[str]:
    """A list of objects with the keys of ``ocrelog log --json``, one object a line, in pieces."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    separator = "[\n"
    for entry in entries:
        yield separator + encode(entry.as_dict())
        separator = ",\n"
    yield "\n]\n" if separator == ",\n" else "[]\n"


def to_csv(entries: Iterable[Entry]) -> str:
    return "".join(csv_chunks(entries))


def to_json(entries: Iterable[Entry]) -> str:
    return "".join(json_chunks(entries))


