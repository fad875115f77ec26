"""Bearable: long format, ``date,weekday,time of day,category,rating/amount,detail,notes``
(or the newer header with ``date formatted``).

- ``Energy`` 1-5 (5 = Great, least tired) becomes fatigue 9, 7, 5, 3, 1.
- A ``Symptom`` row ``Fatigue (Mild|Moderate|Severe|Extreme)`` becomes fatigue 3, 6, 9, 10;
  other symptoms become symptom entries (the name without its severity, the severity in the note).
- ``time of day`` is a clock time, a slot (pre, am, mid, pm, all day) or empty; only a
  clock time gives the entry a time. Other categories are counted and skipped.
- A symptom logged in several slots of one day (``Headache (Mild)`` at pre, mid and pm)
  is one symptom entry for that day, with the highest severity of them (and each
  distinct note); it keeps a clock time only when all its rows had that same time.
  The export lists a day's rows together, so symptoms are folded one day at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from ocrelog.dates import month_number
from ocrelog.entries import Entry, symptom_name
from ocrelog.errors import InvalidValue
from ocrelog.importers.common import Head, Importer, clock, rows, stamp

ENERGY_TO_FATIGUE = {1: 9, 2: 7, 3: 5, 4: 3, 5: 1}
FATIGUE_SEVERITY = {"mild": 3, "moderate": 6, "severe": 9, "extreme": 10}
_SYMPTOM = re.compile(r"^(.*?)\s*\((mild|moderate|severe|extreme)\)\s*$", re.I)
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?\s+(\d{4})$", re.I)


def parse_day(text: str) -> date | None:
    text = text.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = _DAY.match(text)
    month = month_number(match[2]) if match else None
    if match and month:
        try:
            return date(int(match[3]), month, int(match[1]))
        except ValueError:
            return None
    return None


#: Severity words in rising order, for folding a day's slots into the highest.
SEVERITY_ORDER = (None, "mild", "moderate", "severe", "extreme")


class _Symptom:
    """One symptom name's rows on one day: the highest severity, the times, the distinct notes."""

    def __init__(self, line: int, name: str):
        self.line, self.name = line, name
        self.severity: str | None = None
        self.times: set[tuple[int, int] | None] = set()
        self.notes: list[str] = []

    def add(self, severity: str | None, at: tuple[int, int] | None, note: str | None) -> None:
        if SEVERITY_ORDER.index(severity) > SEVERITY_ORDER.index(self.severity):
            self.severity = severity
        self.times.add(at)
        if note and note not in self.notes:
            self.notes.append(note)

    def entry(self, day: date, now: datetime) -> Entry:
        at = next(iter(self.times)) if len(self.times) == 1 else None
        text = "; ".join(([f"severity: {self.severity}"] if self.severity else []) + self.notes) or None
        return Entry(
            type="symptom", date=stamp(day, at, now, f"Line {self.line}"), name=self.name, note=text, source="bearable"
        )


def read(source, options, tally, now: datetime) -> Iterator[Entry]:
    current: date | None = None
    symptoms: dict[str, _Symptom] = {}  # the current day's, by name
    for line, row in rows(source.text()):
        day = _row_day(row, line)
        if day != current:
            yield from (symptom.entry(current, now) for symptom in symptoms.values() if current is not None)
            symptoms.clear()
            current = day
        at = clock(row.get("time of day") or "")
        when = stamp(day, at, now, f"Line {line}")
        category = (row.get("category") or "").strip()
        note = (row.get("notes") or "").strip() or None
        if category.lower() == "energy":
            yield _energy(row, when, note, line)
        elif category.lower() == "symptom":
            fatigue = _symptom(row, line, at, note, symptoms, tally)
            if fatigue is not None:
                yield Entry(type="fatigue", date=when, value=fatigue, note=note, source="bearable")
        else:
            tally.skipped[f"{category.lower() or 'uncategorised'} rows"] += 1
    if current is not None:
        yield from (symptom.entry(current, now) for symptom in symptoms.values())


def _row_day(row: dict[str, str], line: int) -> date:
    day = parse_day(row.get("date") or "") or parse_day(row.get("date formatted") or "")
    if day is None:
        raise InvalidValue(f"Line {line}: could not read the date {(row.get('date') or '')[:30]!r}")
    return day


def _energy(row: dict[str, str], when: str, note: str | None, line: int) -> Entry:
    rating = (row.get("rating/amount") or "").strip()
    if not rating.isdigit() or int(rating) not in ENERGY_TO_FATIGUE:
        raise InvalidValue(f"Line {line}: Energy must be 1 to 5, not {rating[:20]!r}")
    return Entry(type="fatigue", date=when, value=ENERGY_TO_FATIGUE[int(rating)], note=note, source="bearable")


def _symptom(
    row: dict[str, str], line: int, at: tuple[int, int] | None, note: str | None, symptoms: dict[str, _Symptom], tally
) -> int | None:
    """A symptom row: its fatigue score when it is ``Fatigue (severity)``; any other symptom is
    folded into the day's ``symptoms`` (None)."""
    detail = (row.get("detail") or "").strip()
    match = _SYMPTOM.match(detail)
    name, severity = (match[1], match[2].lower()) if match else (detail, None)
    if not name.strip():
        tally.skipped["symptom rows without a name"] += 1
        return None
    if name.strip().lower() == "fatigue" and severity:
        return FATIGUE_SEVERITY[severity]
    key = symptom_name(name)
    if key in symptoms:
        tally.skipped["symptom rows folded into one a day"] += 1
    else:
        symptoms[key] = _Symptom(line, key)
    symptoms[key].add(severity, at, note)
    return None


def _recognise(head: Head) -> bool:
    return head.has("category", "rating/amount")


IMPORTER = Importer(name="bearable", read=read, recognise=_recognise)
