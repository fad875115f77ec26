"""Small pieces the importers share: rows of a CSV with their line numbers, dates, severities."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import TextIO

from ocrelog.dates import FILE_TOLERANCE, to_iso
from ocrelog.errors import InvalidValue

SEVERITY_WORDS = {1: "mild", 2: "moderate", 3: "severe"}
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm)?$", re.I)


def rows(stream: TextIO) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by header name) for each non-empty row after the header.

    Header names are compared in lower case without stray spaces (Visible's have them).
    """
    reader = csv.reader(stream)
    header = next(reader, [])
    columns = [c.strip().lower().lstrip("\ufeff") for c in header]
    start = reader.line_num + 1
    for cells in reader:
        if any(c.strip() for c in cells):
            yield start, dict(zip(columns, cells))
        start = reader.line_num + 1


def clock(text: str) -> tuple[int, int] | None:
    """(hour, minute) of '6:50 pm', '5:01 PM', '14:58'; None when it is not a clock time."""
    match = _CLOCK.match(text.strip())
    if not match:
        return None
    hour, minute, ampm = int(match[1]), int(match[2]), (match[3] or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def stamp(day: date, time_of_day: tuple[int, int] | None, now: datetime, where: str) -> str:
    """The stored date text, refusing the future (beyond the time-zone tolerance).

    ``where`` starts the sentence of a refusal: ``Line 12`` for a row of a CSV file.
    """
    value: date | datetime = datetime(day.year, day.month, day.day, *time_of_day) if time_of_day else day
    limit = now + FILE_TOLERANCE
    if (value > limit) if isinstance(value, datetime) else (value > limit.date()):
        raise InvalidValue(f"{where}: {to_iso(value)} is in the future")
    return to_iso(value)


def severity_note(level: int) -> str:
    return f"severity: {SEVERITY_WORDS.get(level, str(level))}"
