"""Daylio: ``full_date,date,weekday,time,mood,activities[,note_title],note``, or
``year,date,...`` (older), with or without a BOM, or with the header row removed.

Mood is a mood, not fatigue, so nothing is guessed:

- ``--map LABEL=SCORE`` turns a mood or an activity into a fatigue score (the
  highest mapped one of a row wins);
- moods and activities that match the warning-sign vocabulary (signs.py)
  become symptom entries;
- everything else is counted as unmapped in the summary.

The ISO ``full_date`` is used when present; with ``year`` and a day-month text,
English month names are read, and a row whose date cannot be read (another
language, a short row) stops the import with one sentence naming its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from ocrelog.dates import month_number
from ocrelog.entries import Entry, symptom_name
from ocrelog.errors import InvalidValue
from ocrelog.importers.common import clock, header_cells, numbered, stamp
from ocrelog.signs import classify

FULL_DATE_COLUMNS = ("full_date", "date", "weekday", "time", "mood", "activities", "note")
_DAY_MONTH = re.compile(r"^(?:(\d{1,2})\s+([a-z]+)|([a-z]+)\s+(\d{1,2}))$", re.I)


def looks_like_headerless(cells: list[str]) -> bool:
    """A data row of the full_date variant: ISO date first, a clock time fourth."""
    if len(cells) < 7:
        return False
    try:
        date.fromisoformat(cells[0])
    except ValueError:
        return False
    return clock(cells[3]) is not None


def _day(row: dict[str, str], line: int) -> date:
    if (row.get("full_date") or "").strip():
        try:
            return date.fromisoformat(row["full_date"].strip())
        except ValueError:
            raise InvalidValue(f"Line {line}: could not read the date {row['full_date'][:20]!r}") from None
    text = (row.get("date") or "").strip()
    match = _DAY_MONTH.match(text)
    year = (row.get("year") or "").strip()
    if match and year.isdigit():
        day_text, month_text = (match[1], match[2]) if match[1] else (match[4], match[3])
        month = month_number(month_text)
        if month:
            try:
                return date(int(year), month, int(day_text))
            except ValueError:
                pass
    raise InvalidValue(
        f"Line {line}: could not read the date {text[:30]!r} {year}; ocrelog reads English month "
        "names, so export from Daylio in English, nothing was imported"
    )


def read(source, options, tally, now: datetime) -> Iterator[Entry]:
    stream = source.text()
    head = stream.readline()
    cells = header_cells(head)
    has_header = "mood" in cells
    columns = cells if has_header else list(FULL_DATE_COLUMNS)
    expected = len(columns)
    import itertools

    lines = itertools.chain([] if has_header else [head], stream)
    for line, values in numbered(lines, first_line=2 if has_header else 1):
        if not any(v.strip() for v in values):
            continue
        if len(values) < expected - 2:  # note_title and note may be missing at the end
            raise InvalidValue(
                f"Line {line}: {len(values)} fields where a Daylio row has {expected}; nothing was imported"
            )
        row = dict(zip(columns, values))
        day = _day(row, line)
        when = stamp(day, clock(row.get("time") or ""), now, f"Line {line}")
        labels = [row.get("mood", "").strip()] + [
            " ".join(a.split()) for a in (row.get("activities") or "").split("|") if a.strip()
        ]
        note = (row.get("note") or "").strip() or None
        scores = [options.maps[label.lower()] for label in labels if label and label.lower() in options.maps]
        made = []
        if scores:
            made.append(Entry(type="fatigue", date=when, value=max(scores), note=note, source="daylio"))
        for label in labels:
            if not label or label.lower() in options.maps:
                continue
            if classify(label, near_dose=False) is not None:
                made.append(Entry(type="symptom", date=when, name=symptom_name(label), source="daylio"))
            else:
                tally.unmapped[label.lower()] += 1
        if not made:
            tally.skipped["rows with nothing mapped"] += 1
        yield from made
