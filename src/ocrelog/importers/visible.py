"""Visible (the pacing app): ``observation_date,tracker_name,tracker_category,observation_value``.

- ``Fatigue`` 0-3 becomes a fatigue score 0, 3, 6, 9.
- Any other symptom tracker with a value of 1-3 becomes a symptom entry named
  after the tracker, its severity in the note; 0 means not present (skipped).
- The exertion trackers (categories Physical, Cognitive, Emotional, Social:
  "Physically active", "Mentally demanding"...) and ``Period`` are not symptoms:
  they go into the note of that day's fatigue entry (``physically active 2/3;
  period``), with the day's ``Note`` rows (the text kept as written, first).
  On a day without a fatigue score they are skipped and counted.
- Measurements (HRV, resting heart rate, stability), sleep and
  functional-capacity (``Funcap_*``) items are counted and skipped.

The export lists a day's rows together, so the rows are read one day at a time
(a day's entries are yielded when the next day starts).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

from ocrelog.entries import Entry, symptom_name
from ocrelog.errors import InvalidValue, quoted
from ocrelog.importers.common import Head, Importer, rows, severity_note, stamp

FATIGUE_SCORES = {0: 0, 1: 3, 2: 6, 3: 9}
SKIPPED_CATEGORIES = {
    "measurement": "measurements",
    "sleep": "sleep ratings",
}
#: Trackers of how demanding a day was, not symptoms: kept in the day's fatigue note.
EXERTION_CATEGORIES = ("physical", "cognitive", "emotional", "social")
DAY_FACTS = ("period",)  # trackers that are a fact of the day, not a symptom
MAX_VALUE = 3


class _Day:
    """One day's rows: the fatigue entry, the symptoms, and what goes into the fatigue note."""

    def __init__(self, when: str):
        self.when = when
        self.fatigue: list[Entry] = []
        self.symptoms: list[Entry] = []
        self.notes: list[str] = []
        self.facts: list[str] = []

    def entries(self, tally) -> list[Entry]:
        if self.fatigue:  # the day's notes and facts go with its first score
            note = "; ".join([*self.notes, *self.facts]) or None
            return [replace(self.fatigue[0], note=note), *self.fatigue[1:], *self.symptoms]
        if self.notes:
            tally.skipped["notes on days without a fatigue score"] += len(self.notes)
        if self.facts:
            tally.skipped["exertion and period ratings on days without a fatigue score"] += len(self.facts)
        return list(self.symptoms)


def read(source, options, tally, now: datetime) -> Iterator[Entry]:
    day: _Day | None = None
    for line, row in rows(source.text()):
        tracker = (row.get("tracker_name") or "").strip()
        category = (row.get("tracker_category") or "").strip().lower()
        skipped = _skipped_kind(tracker, category)
        if skipped:
            tally.skipped[skipped] += 1
            continue
        when = stamp(_observed(row, line), None, now, f"Line {line}")
        if day is None or day.when != when:
            if day is not None:
                yield from day.entries(tally)
            day = _Day(when)
        value_text = (row.get("observation_value") or "").strip()
        if tracker.lower() == "note" or category == "note":
            if value_text:
                day.notes.append(value_text)
            else:
                tally.skipped["empty notes"] += 1
            continue
        _add_rating(day, tracker, category, _whole_number(value_text, tracker, line), line, tally)
    if day is not None:
        yield from day.entries(tally)


def _skipped_kind(tracker: str, category: str) -> str | None:
    """What a row of a kind that is never imported counts as (None for the others)."""
    if category.startswith("funcap"):
        return "functional-capacity items"
    if category in SKIPPED_CATEGORIES or tracker.lower() == "stability score":
        return SKIPPED_CATEGORIES.get(category, "measurements")
    return None


def _observed(row: dict[str, str], line: int) -> date:
    try:
        return date.fromisoformat((row.get("observation_date") or "").strip())
    except ValueError:
        if "observation_date" not in row:
            raise InvalidValue(
                "This file has no observation_date column, so it is not a Visible export; "
                "for another app's CSV use --from csv with --date-column and --score-column"
            ) from None
        raise InvalidValue(f"Line {line}: expected a YYYY-MM-DD date, not {quoted(row['observation_date'])}") from None


def _whole_number(text: str, tracker: str, line: int) -> int:
    try:
        return int(text)
    except ValueError:
        raise InvalidValue(f"Line {line}: expected a whole number for {tracker[:40]!r}, not {text[:20]!r}") from None


def _add_rating(day: _Day, tracker: str, category: str, value: int, line: int, tally) -> None:
    """A tracker's rating as the day's fatigue score, an exertion or period fact, or a symptom."""
    name = symptom_name(tracker)
    if tracker.lower() == "fatigue":
        if value not in FATIGUE_SCORES:
            raise InvalidValue(f"Line {line}: Fatigue must be 0 to 3, not {value}")
        day.fatigue.append(Entry(type="fatigue", date=day.when, value=FATIGUE_SCORES[value], source="visible"))
    elif category in EXERTION_CATEGORIES:
        if value:
            day.facts.append(f"{name} {value}/{MAX_VALUE}")
        else:
            tally.skipped["exertion ratings of 0"] += 1
    elif name in DAY_FACTS:
        if value:
            day.facts.append(name)
        else:
            tally.skipped["period ratings of 0"] += 1
    elif value == 0:
        tally.skipped["symptoms rated 0 (not present)"] += 1
    elif 1 <= value <= MAX_VALUE:
        day.symptoms.append(
            Entry(type="symptom", date=day.when, name=name, note=severity_note(value), source="visible")
        )
    else:
        tally.skipped[f"values out of 0-{MAX_VALUE}"] += 1


def _recognise(head: Head) -> bool:
    return head.has("observation_date", "tracker_name", "observation_value")


IMPORTER = Importer(name="visible", read=read, recognise=_recognise)
