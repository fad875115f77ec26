"""A made-up journal for ``ocrelog demo``: four courses, months of scores.

Dates are relative to ``today`` so the demo always looks current; the scores
come from a fixed seed, so the same day always gives the same demo.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ocrelog.entries import Entry

PREMEDS = ("methylprednisolone 100 mg", "cetirizine 10 mg", "paracetamol 1 g")

# Scores on day 0, 1, 2, ... after each dose, before the usual days resume.
USUAL = (5, 6, 3)
PROLONGED = (6, 7, 7, 6, 5, 5, 3)
SEVERE = (7, 9, 8, 7, 6, 6, 5, 3)


def sample_entries(today: date) -> list[Entry]:
    """Entries for a sample journal ending yesterday."""
    latest = today - timedelta(days=21)
    third = latest - relativedelta(months=6)
    second = third - relativedelta(months=6)
    first = second - relativedelta(months=6)
    first_second_half = first + timedelta(days=14)

    doses = [
        (first, 300, (), "first dose, given as two halves"),
        (first_second_half, 300, (), None),
        (second, 600, (), None),
        (third, 600, (), "long day in the chair"),
        (latest, 600, ("itchy throat",), "rate slowed for 30 minutes"),
    ]
    after = {first: (5, 4, 3), second: USUAL, third: PROLONGED, latest: SEVERE}
    symptoms = [
        (second + timedelta(days=1), "nausea", None),
        (third, "headache", "after the steroid"),
        (latest + timedelta(days=1), "fever", "38.1 C in the evening"),
        (latest + timedelta(days=2), "chills", None),
    ]

    entries = [
        Entry(type="infusion", date=day.isoformat(), value=mg, premeds=PREMEDS, reactions=reactions, note=note)
        for day, mg, reactions, note in doses
    ]
    entries += [Entry(type="symptom", date=day.isoformat(), name=name, note=note) for day, name, note in symptoms]

    override: dict[date, int] = {}
    for dose_day, pattern in after.items():
        for offset, score in enumerate(pattern):
            override[dose_day + timedelta(days=offset)] = score

    rng = random.Random(2017)  # Ocrevus was approved in 2017
    day = first - timedelta(days=30)
    while day < today:
        if day in override:
            entries.append(Entry(type="fatigue", date=day.isoformat(), value=override[day]))
        elif rng.random() < 0.85:
            morning = rng.choice((1, 2, 2, 3))
            entries.append(Entry(type="fatigue", date=f"{day.isoformat()}T08:30", value=morning))
            if rng.random() < 0.4:
                evening = min(10, morning + rng.choice((0, 1, 1, 2)))
                note = "busy day" if evening - morning == 2 else None
                entries.append(Entry(type="fatigue", date=f"{day.isoformat()}T21:00", value=evening, note=note))
        day += timedelta(days=1)
    return entries
