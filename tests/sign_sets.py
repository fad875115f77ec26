"""The labelled phrasings of tests/data, and how the matcher reads them (for test_signs and test_docs)."""

from __future__ import annotations

import csv
import functools
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from ocrelog.alerts import Alert, entry_alerts
from ocrelog.entries import Entry
from ocrelog.signs import NOW

DATA = Path(__file__).parent / "data"
DOSE = datetime(2026, 11, 1, 10, 0)
#: `dose`: a few hours after a dose; `away`: 20 days after it; `sc`: a few hours after a dose
#: given under the skin (920 mg; the dose at DOSE, passed as ``subcutaneous``).
WHEN = {"dose": DOSE + timedelta(hours=3), "away": DOSE + timedelta(days=20), "sc": DOSE + timedelta(hours=3)}


#: Sets written as carers write (``config writer carer``): read as a carer's journal is read.
CARER_SETS = frozenset({"signs_heldout33.tsv"})


@functools.cache
def read_row(text: str, when: str, as_note: bool, carer: bool = False) -> tuple[Alert, ...]:
    """The alerts of a set's row, logged at its ``when`` (an `sc` row after a 920 mg dose);
    ``carer``: in a journal a carer keeps.

    Kept for the whole run: the sets hold more texts than the matcher's own cache, and several
    tests read every row (the figures, the recall, the urgent rows, the docs' table)."""
    entry = logged(text, WHEN[when], as_note)
    found = entry_alerts(entry, [DOSE], subcutaneous=[DOSE] if when == "sc" else (), carer=carer)
    return tuple(found)


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t"))


def logged(text: str, when: datetime, as_note: bool) -> Entry:
    stamp = when.isoformat(timespec="minutes")
    if as_note:
        return Entry(type="fatigue", date=stamp, value=5, note=text, id=1)
    return Entry(type="symptom", date=stamp, name=text, id=1)


class Figures(NamedTuple):
    recall: float  # percent of rows with a sign caught, names and notes together
    false_alarms: float  # percent of rows without a sign that raised one
    urgent_told: int
    urgent: int

    def row(self) -> str:
        """As docs/rules.md states them: '99.6 % | 0.0 % | 90 of 90'."""
        return f"{self.recall:.1f} % | {self.false_alarms:.1f} % | {self.urgent_told} of {self.urgent}"


def figures(name: str) -> Figures:
    caught = missed = alarms = harmless = told = urgent = 0
    carer = name in CARER_SETS
    for row in rows(name):
        want = set() if row["categories"] == "-" else set(row["categories"].split(","))
        for as_note in (False, True):
            found = read_row(row["text"], row["when"], as_note, carer)
            got = {alert.category for alert in found}
            if want:
                caught += bool(got & want)
                missed += not got & want
            else:
                harmless += 1
                alarms += bool(got)
            if row["urgent"] == "yes":
                urgent += 1
                told += any(alert.tier == NOW for alert in found)
    return Figures(100 * caught / (caught + missed), 100 * alarms / harmless, told, urgent)
