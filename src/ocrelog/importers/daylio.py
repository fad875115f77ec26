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
from ocrelog.importers.common import (
    Head,
    Importer,
    clock,
    header_cells,
    numbered,
    stamp,
)
from ocrelog.importers.common import nothing_mapped as plain_nothing_mapped

FULL_DATE_COLUMNS = ("full_date", "date", "weekday", "time", "mood", "activities", "note")
#: Words that make a Daylio label a likely one to map, for the example in the nothing-mapped sentence.
FATIGUE_WORDS = ("tired", "exhaust", "fatigue", "sleepy", "drained", "weary", "worn out")
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
    import itertools

    from ocrelog.signs import classify

    stream = source.text()
    head = stream.readline()
    cells = header_cells(head)
    has_header = "mood" in cells
    columns = cells if has_header else list(FULL_DATE_COLUMNS)
    expected = len(columns)
    lines = itertools.chain([] if has_header else [head], stream)
    for line, values in numbered(lines, first_line=2 if has_header else 1):
        if not any(v.strip() for v in values):
            continue
        if len(values) < expected - 2:  # note_title and note may be missing at the end
            raise InvalidValue(
                f"Line {line}: {len(values)} fields where a Daylio row has {expected}; nothing was imported"
            )
        row = dict(zip(columns, values))
        when = stamp(_day(row, line), clock(row.get("time") or ""), now, f"Line {line}")
        made = _entries(row, when, options.maps, tally, classify)
        if not made:
            tally.skipped["rows with nothing mapped"] += 1
        yield from made


def _entries(row: dict[str, str], when: str, maps: dict[str, int], tally, classify) -> list[Entry]:
    """A row's entries: a fatigue score from its highest mapped label, a symptom for each
    label that is a warning sign; the other labels counted as unmapped."""
    labels = [row.get("mood", "").strip()] + [
        " ".join(a.split()) for a in (row.get("activities") or "").split("|") if a.strip()
    ]
    note = (row.get("note") or "").strip() or None
    scores = [maps[label.lower()] for label in labels if label and label.lower() in maps]
    made = []
    if scores:
        made.append(Entry(type="fatigue", date=when, value=max(scores), note=note, source="daylio"))
    for label in labels:
        if not label or label.lower() in maps:
            continue
        if classify(label, near_dose=False) is not None:
            made.append(Entry(type="symptom", date=when, name=symptom_name(label), source="daylio"))
        else:
            tally.unmapped[label.lower()] += 1
    return made


def _recognise(head: Head) -> bool:
    """A header with a mood column and a date one (``full_date``, or ``year`` in older exports)."""
    return "mood" in head.names and bool({"full_date", "year"} & head.names)


def _recognise_headerless(head: Head) -> bool:
    return looks_like_headerless(list(head.cells))


def nothing_mapped(what: str, tally) -> str:
    """Daylio's moods and activities, the likely ones to map first, and an example ``--map``."""
    if not tally.unmapped:
        return plain_nothing_mapped(what, tally)
    tiring = [label for label in tally.unmapped if any(w in label for w in FATIGUE_WORDS) and "=" not in label]
    ordered = sorted(tally.unmapped.items(), key=lambda item: (item[0] not in tiring, -item[1]))
    shown = ", ".join(f"{label} ({n})" for label, n in ordered[:8])  # the likely ones first
    more = len(ordered) - 8
    example = f"--map {tiring[0]}=6" if tiring else "--map tired=6"
    if tiring and " " in tiring[0]:
        example = f"--map '{tiring[0]}=6'"
    return (
        f"Nothing in {what} maps to an entry: Daylio's moods and activities become fatigue scores only "
        f"when you map them, and the file has {shown}"
        + (f" and {more} more" if more > 0 else "")
        + f"; add --map LABEL=SCORE for each that means fatigue, like {example}"
    )


IMPORTER = Importer(
    name="daylio",
    read=read,
    recognise=_recognise,
    recognise_headerless=_recognise_headerless,
    nothing_mapped=nothing_mapped,
)
