"""Visible (the pacing app): ``observation_date,tracker_name,tracker_category,observation_value``.

- ``Fatigue`` 0-3 becomes a fatigue score 0, 3, 6, 9.
- Any other symptom tracker with a value of 1-3 becomes a symptom entry named
  after the tracker, its severity in the note; 0 means not present (skipped).
- Measurements (HRV, resting heart rate, stability), sleep, functional-capacity
  (``Funcap_*``) items and notes are counted and skipped. Every other tracker
  rated 0-3 is a symptom tracker here, exertion ones included ("Physically
  active"), as the mapping's contract says.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ocrelog.entries import Entry, symptom_name
from ocrelog.errors import InvalidValue
from ocrelog.importers.common import rows, severity_note, stamp

FATIGUE_SCORES = {0: 0, 1: 3, 2: 6, 3: 9}
SKIPPED_CATEGORIES = {
    "measurement": "measurements",
    "sleep": "sleep ratings",
    "note": "notes",
}


def read(source, options, tally, now: datetime) -> Iterator[Entry]:
    for line, row in rows(source.text()):
        tracker = (row.get("tracker_name") or "").strip()
        category = (row.get("tracker_category") or "").strip().lower()
        value_text = (row.get("observation_value") or "").strip()
        if tracker.lower() == "note" or category == "note":
            tally.skipped["notes"] += 1
            continue
        if category.startswith("funcap"):
            tally.skipped["functional-capacity items"] += 1
            continue
        if category in SKIPPED_CATEGORIES or tracker.lower() == "stability score":
            tally.skipped[SKIPPED_CATEGORIES.get(category, "measurements")] += 1
            continue
        try:
            day = date.fromisoformat((row.get("observation_date") or "").strip())
            value = int(value_text)
        except ValueError:
            raise InvalidValue(
                f"Line {line}: expected a YYYY-MM-DD date and a whole number, not "
                f"{row.get('observation_date')!r} and {value_text[:20]!r}"
            ) from None
        when = stamp(day, None, now, f"Line {line}")
        if tracker.lower() == "fatigue":
            if value not in FATIGUE_SCORES:
                raise InvalidValue(f"Line {line}: Fatigue must be 0 to 3, not {value}")
            yield Entry(type="fatigue", date=when, value=FATIGUE_SCORES[value], source="visible")
        elif value == 0:
            tally.skipped["symptoms rated 0 (not present)"] += 1
        elif 1 <= value <= 3:
            yield Entry(type="symptom", date=when, name=symptom_name(tracker), note=severity_note(value), source="visible")
        else:
            tally.skipped["values out of 0-3"] += 1
