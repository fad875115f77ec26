"""Warning signs judged with everything the journal knows: the one way the use cases call
``concerns.alerts`` (the doses, the 920 mg ones apart; the usual symptoms; the imports' id
ranges; the readings the journal kept).

Light on purpose: ``status --short`` runs at every shell start-up, so this module imports
neither the report's rule (rules.py) nor queries.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ocrelog.alerts import Alert
    from ocrelog.entries import Entry
    from ocrelog.journal import Journal


def dose_moments(journal: Journal) -> tuple[list[date | datetime], list[date | datetime]]:
    """What the warning signs time a reaction from (``dayscore.reaction_moment``), for every dose
    and for the 920 mg ones, oldest first."""
    from ocrelog.dates import day_of
    from ocrelog.dayscore import reaction_moment, time_of
    from ocrelog.entries import SUBCUTANEOUS_DOSE

    every: list[date | datetime] = []
    injected: list[date | datetime] = []
    for when, mg, _, given in journal.dose_rows():
        moment = reaction_moment(day_of(when), time_of(when), None if given is None else bool(given))
        every.append(moment)
        if mg == SUBCUTANEOUS_DOSE:
            injected.append(moment)
    return every, injected


def judging(journal: Journal) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...], bool]:
    """What the warning signs are judged with besides the words: the usual symptoms, the
    imports' id ranges, and whether a carer keeps the journal (``kept_by_carer``)."""
    return tuple(journal.usual()), tuple(journal.imported_ranges()), kept_by_carer(journal)


def judged_alerts(journal: Journal, entries: list[Entry], today: date, days: int | None = None) -> tuple[Alert, ...]:
    """The warning signs of ``entries`` (concerns.alerts), judged with what the journal knows.

    The matcher's readings the journal kept are taken back first; a journal open for writing
    keeps the new ones (signs.remember, Journal.keep_readings)."""
    from ocrelog import signs
    from ocrelog.concerns import alerts

    usual, imported, carer = judging(journal)
    texts, kept = _kept_readings(journal, entries, usual, carer)
    signs.remember(kept, carer)
    every, injected = dose_moments(journal)
    found = alerts(entries, every, today, days, usual=usual, imported=imported, subcutaneous=injected, carer=carer)
    if journal.writable:
        _keep_the_rest(journal, texts, kept, carer)
    return found


def kept_by_carer(journal: Journal) -> bool:
    """Whether a carer keeps the journal for the person (``writer = "carer"`` in config.toml); an
    unreadable setting reads as the person's own journal here, so that an entry already stored
    is never followed by an error (``ocrelog config`` names what is wrong)."""
    from ocrelog.config import writer
    from ocrelog.errors import InvalidValue

    try:
        return journal.path is not None and writer(journal.path) == "carer"
    except InvalidValue:
        return False


def _kept_readings(
    journal: Journal, entries: list[Entry], usual: Iterable[str], carer: bool = False
) -> tuple[list[str], dict[str, str]]:
    """The texts of ``entries`` and the usual symptoms, and the readings of them the journal kept."""
    from ocrelog.alerts import texts_of
    from ocrelog.signs import matcher_version

    texts = [text for entry in entries for _, text in texts_of(entry)] + list(usual)
    return texts, journal.kept_readings(texts, matcher_version(carer))


def _keep_the_rest(journal: Journal, texts: list[str], kept: dict[str, str], carer: bool = False) -> None:
    """Keep the readings of the ``texts`` the journal had not kept yet."""
    from ocrelog.signs import matcher_version, readings

    journal.keep_readings(readings((t for t in dict.fromkeys(texts) if t not in kept), carer), matcher_version(carer))


def keep_window_readings(journal: Journal, today: date) -> None:
    """Keep the matcher's reading of every text of the alert window the journal has not kept yet
    (after an upgrade of the matcher, the whole window): a writing command that reads words
    anyway does it, so that ``status --short`` finds them kept."""
    from ocrelog.alerts import window_start

    entries = journal.with_words_in([(window_start(today).isoformat(), None)])
    carer = kept_by_carer(journal)
    _keep_the_rest(journal, *_kept_readings(journal, entries, journal.usual(), carer), carer)


def current_alerts(journal: Journal, today: date) -> tuple[Alert, ...]:
    """The warning signs of the alert window (``status --short``), judged as the report judges them."""
    from ocrelog.alerts import ALERT_DAYS, window_start

    entries = journal.with_words_in([(window_start(today).isoformat(), None)])
    return judged_alerts(journal, entries, today, ALERT_DAYS)
