"""Warning signs judged with everything the journal knows: the one way the use cases call
``concerns.alerts`` (the doses, the 920 mg ones apart; the usual symptoms; the imports' id
ranges; the readings the journal kept).

Light on purpose: ``status --short`` runs at every shell start-up, so this module imports
neither the report's rule (rules.py) nor queries.py.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ocrelog.alerts import Alert
    from ocrelog.entries import Entry
    from ocrelog.journal import Journal


def dose_moments(journal: Journal) -> tuple[list[date | datetime], list[date | datetime]]:
    """What the warning signs time a reaction from, for every dose and for the 920 mg ones: a
    dose's date and time, or its date alone when no time was kept or the time is only when
    ``infuse`` was run (the dose was probably earlier that day)."""
    from ocrelog.dates import day_of
    from ocrelog.dayscore import time_of
    from ocrelog.entries import SUBCUTANEOUS_DOSE

    every: list[date | datetime] = []
    injected: list[date | datetime] = []
    for when, mg, _, given in journal.dose_rows():
        at = time_of(when)
        moment = datetime.combine(day_of(when), at) if at is not None and given != 0 else day_of(when)
        every.append(moment)
        if mg == SUBCUTANEOUS_DOSE:
            injected.append(moment)
    return every, injected


def judged_alerts(journal: Journal, entries: list[Entry], today: date, days: int | None = None) -> tuple[Alert, ...]:
    """The warning signs of ``entries`` (concerns.alerts), judged with what the journal knows.

    The matcher's readings the journal kept are taken back first; a journal open for writing
    keeps the new ones (signs.remember, Journal.keep_readings)."""
    from ocrelog import signs
    from ocrelog.alerts import texts_of
    from ocrelog.concerns import alerts

    usual, imported = tuple(journal.usual()), tuple(journal.imported_ranges())
    texts = [text for entry in entries for _, text in texts_of(entry)] + list(usual)
    version = signs.matcher_version()
    kept = journal.kept_readings(texts, version)
    signs.remember(kept)
    every, injected = dose_moments(journal)
    found = alerts(entries, every, today, days, usual=usual, imported=imported, subcutaneous=injected)
    if journal.writable:
        journal.keep_readings(signs.readings(t for t in dict.fromkeys(texts) if t not in kept), version)
    return found


def keep_window_readings(journal: Journal, today: date) -> None:
    """Keep the matcher's reading of every text of the alert window the journal has not kept yet
    (after an upgrade of the matcher, the whole window): a writing command that reads words
    anyway does it, so that ``status --short`` finds them kept."""
    from ocrelog import signs
    from ocrelog.alerts import texts_of, window_start

    entries = journal.with_words_in([(window_start(today).isoformat(), None)])
    texts = [text for entry in entries for _, text in texts_of(entry)] + journal.usual()
    version = signs.matcher_version()
    kept = journal.kept_readings(texts, version)
    journal.keep_readings(signs.readings(t for t in dict.fromkeys(texts) if t not in kept), version)


def current_alerts(journal: Journal, today: date) -> tuple[Alert, ...]:
    """The warning signs of the alert window (``status --short``), judged as the report judges them."""
    from ocrelog.alerts import ALERT_DAYS, window_start

    entries = journal.with_words_in([(window_start(today).isoformat(), None)])
    return judged_alerts(journal, entries, today, ALERT_DAYS)
