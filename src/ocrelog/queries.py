"""What the report, the status screen and the summary read from a journal.

Each function turns rows into the plain values the rule module takes
(``rules.analyse``); no rule lives here. Dates become ``date`` objects, or
``datetime`` where a time of day was logged and matters to the rule.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from ocrelog.dates import day_of
from ocrelog.dayscore import moment, time_of
from ocrelog.entries import Entry
from ocrelog.journal import Journal, json_list
from ocrelog.judged import judged_alerts, judging
from ocrelog.rules import Findings, Infusion, Settings, analyse, daily_scores, dose_times, word_days

if TYPE_CHECKING:
    from ocrelog.alerts import Alert


class RuleInputs(NamedTuple):
    infusions: list[Infusion]
    day_scores: dict[date, int]  # each day's score, as rules.daily_scores counts it
    symptoms: list[tuple[date | datetime, str]]
    temperatures: list[tuple[date | datetime, float]]
    planned: list[date]
    written: list[Entry] | None = None  # what the warning signs read; None: not read (rules.analyse)
    usual: tuple[str, ...] = ()  # the person's usual symptoms (ocrelog usual)
    imported: tuple[tuple[int, int], ...] = ()  # the id ranges imports added
    carer: bool = False  # a carer keeps the journal (config writer = "carer"; signs.read)

    def daily(self, start: date | None = None, end: date | None = None) -> dict[date, int]:
        """The rule's daily scores (each day's highest), between ``start`` and ``end`` when given."""
        if start is None and end is None:
            return dict(self.day_scores)
        return {day: score for day, score in self.day_scores.items() if (start or day) <= day <= (end or day)}


_moment = moment


def _infusion(when: str, dose: int, reactions: tuple[str, ...] = (), time_given: int | None = None) -> Infusion:
    return Infusion(day_of(when), dose, time_of(when), reactions, None if time_given is None else bool(time_given))


def doses(journal: Journal) -> list[Infusion]:
    """Every dose, oldest first, with its time and reactions (a few rows)."""
    return [_infusion(when, dose, json_list(reactions), given) for when, dose, reactions, given in journal.dose_rows()]


def one_day(journal: Journal, day: date) -> tuple[list[tuple[date | datetime, int]], list[Infusion]]:
    """The fatigue scores and the doses of one day, as ``rules.day_score`` takes them."""
    scores = [(_moment(e.date), int(e.value or 0)) for e in journal.on_day(day, "fatigue")]
    given = [_infusion(e.date, int(e.value or 0)) for e in journal.on_day(day, "infusion")]
    return scores, given


def rule_inputs(journal: Journal, since: date | None = None, infusions: list[Infusion] | None = None) -> RuleInputs:
    """Everything the rule reads but the words; with ``since``, only scores and symptoms from
    that day on. The words come with :func:`with_rule_words` (the report, status) or
    :func:`with_words_since` (the summary); the chart and the cycle read none.

    Doses and booked doses are always read whole (the course schedule needs
    them); pass ``infusions`` when they were read already.
    """
    start = since.isoformat() if since else "0000"
    if infusions is None:
        infusions = doses(journal)
    dose_days = {i.day.isoformat() for i in infusions if i.at is not None}  # a set: one test a day
    # Each day's highest score is reduced in SQL, except on days of a timed dose,
    # where a score's time decides whether it counts for day 0: those scores come
    # row by row, through the rule's daily_scores. Thousands of days in a long
    # journal are converted in C (map, zip, dict), not one by one in Python.
    days, highest = journal.daily_highest(start)
    if dose_days:
        kept = [n for n, day in enumerate(days) if day not in dose_days]
        days, highest = [days[n] for n in kept], [highest[n] for n in kept]
    day_scores = dict(zip(map(date.fromisoformat, days), highest))
    if dose_days:
        on_dose_days = [(_moment(when), score) for when, score in journal.scores_on(dose_days)]
        day_scores.update(daily_scores(on_dose_days, dose_times(infusions)))
    symptoms = [(_moment(when), name) for when, name in journal.dated("symptom", "name", start)]
    temperatures = [(_moment(when), float(value)) for when, value in journal.dated("temperature", "value", start)]
    planned = [day_of(when) for when, _ in journal.dated("planned", "value", "0000")]
    return RuleInputs(infusions, day_scores, symptoms, temperatures, planned, None, *judging(journal))


def with_rule_words(
    journal: Journal, inputs: RuleInputs, today: date, settings: Settings = Settings(), *, infections: bool = True
) -> RuleInputs:
    """``inputs`` with the words the rule reads: those of each episode's days and of the alert
    window (``rules.word_days``), and with ``infections`` those of the months the infections
    are counted over; not every note of thirty years."""
    spans, first_recent = word_days(inputs.infusions, inputs.day_scores, today, settings, infections=infections)
    ranges = [(first.isoformat(), (last + timedelta(days=1)).isoformat()) for first, last in spans]
    return inputs._replace(written=journal.with_words_in([*ranges, (first_recent.isoformat(), None)]))


def with_words_since(journal: Journal, since: date | None = None, until: date | None = None) -> list[Entry]:
    """The entries whose words the warning signs read, oldest first: symptoms,
    temperatures, doses and every entry with a note; from ``USUAL_DAYS`` before
    ``since``, so that a neurological sign logged just before is known as usual."""
    from ocrelog.vocabulary import USUAL_DAYS

    start = (since - timedelta(days=USUAL_DAYS)).isoformat() if since else "0000"
    end = (until + timedelta(days=1)).isoformat() if until else None
    return journal.with_words_in([(start, end)])


def dose_moments(journal: Journal) -> list[date | datetime]:
    """What the warning signs time a reaction from, for each dose, oldest first (judged.dose_moments)."""
    from ocrelog.judged import dose_moments as moments

    return moments(journal)[0]


def findings(journal: Journal, today: date, settings: Settings = Settings()) -> Findings:
    """The report's findings; its concerns include every imported history's, whenever it was dated."""
    inputs = with_rule_words(journal, rule_inputs(journal), today, settings)
    found = analyse_inputs(inputs, today, settings)
    if not inputs.imported:
        return found
    from ocrelog.concerns import fold

    judged = judged_alerts(journal, journal.with_words_among(inputs.imported), today)
    history = fold(alert for alert in judged if alert.history)
    return found._replace(concerns=tuple(c for c in found.concerns if not c.history) + history)


def current_findings(journal: Journal, today: date) -> Findings:
    """The findings ``status`` needs, read fast: only the latest course's cycles are complete.

    Scores and symptoms are read from the latest course's baseline days (the
    earlier, quieter window included; or the alert window, if earlier) on, so a
    journal of ten years reads like a few months.
    """
    from ocrelog.alerts import ALERT_DAYS
    from ocrelog.rules import EARLIER_BASELINE_DAYS, courses

    given = doses(journal)
    start = today - timedelta(days=ALERT_DAYS)
    if given:
        latest_course = max(d.day for d, first in zip(given, courses(given)) if first)
        start = min(start, latest_course - timedelta(days=EARLIER_BASELINE_DAYS))
    inputs = rule_inputs(journal, since=start, infusions=given)
    # status shows no count of infections: the words of the alert window are enough
    found = analyse_inputs(with_rule_words(journal, inputs, today, infections=False), today, infections=False)
    return found.since(start + timedelta(days=EARLIER_BASELINE_DAYS))


def analyse_inputs(
    inputs: RuleInputs, today: date, settings: Settings = Settings(), *, infections: bool = True
) -> Findings:
    """The rule over inputs read from a journal, its words included (``with_rule_words`` or
    ``written``): without them the warning signs would read the symptoms' names alone."""
    assert inputs.written is not None, "read the words first: with_rule_words() or with_words_since()"
    return analyse(
        inputs.infusions,
        (),
        inputs.symptoms,
        today,
        settings,
        temperatures=inputs.temperatures,
        planned=inputs.planned,
        written=inputs.written,
        daily=inputs.day_scores,
        usual=inputs.usual,
        imported=inputs.imported,
        carer=inputs.carer,
        infections=infections,
    )


def alerts_of_new(journal: Journal, entry: Entry, *, preview: bool = False) -> list[Alert]:
    """The warning signs an entry just logged shows, with the doses and the days before it; and
    a combination it completes with an entry dated after it ("stiff neck" logged with a time before
    a fever already logged: the combination stands on the fever, and its advice is printed now).
    ``preview``: the entry is an edit of a stored one, read before it is stored."""
    from ocrelog.concerns import COMBINE_HOURS
    from ocrelog.vocabulary import USUAL_DAYS

    combine_days = -(-COMBINE_HOURS // 24)
    reach = max(USUAL_DAYS, combine_days)
    around = with_words_since(journal, entry.day - timedelta(days=reach), entry.day + timedelta(days=combine_days))
    if preview:  # an edit read before it is stored: its words, not those stored
        around = [e for e in around if e.id != entry.id] + [entry]
    found = judged_alerts(journal, around, entry.day)
    return [alert for alert in found if alert.entry_id == entry.id or entry.id in alert.related]


def alerts_from(journal: Journal, first_id: int) -> list[Alert]:
    """The warning signs of the entries with ids from ``first_id`` on (an import just made),
    a neurological sign repeated day after day counted once, as the report counts it."""
    # Only the entries with words can show a sign (``with_words_since``), so only they are read, from
    # USUAL_DAYS before the earliest new one on; the new entries themselves are not read whole.
    earliest = journal.earliest_from(first_id)
    if earliest is None:
        return []
    since = day_of(earliest)
    found = judged_alerts(journal, with_words_since(journal, since), since)
    return [alert for alert in found if alert.entry_id is not None and alert.entry_id >= first_id]


def reactions_after_dose(journal: Journal, dose: Entry) -> list[Alert]:
    """Infusion-reaction signs already logged between a dose just recorded and the end of the
    next day: they count now that the dose is known, judged as status judges them (a sign typed in
    late says so, imported history is history)."""
    from ocrelog.alerts import REACTION_DAYS_AFTER
    from ocrelog.signs import INJECTION, REACTION

    entries = with_words_since(journal, dose.day, dose.day + timedelta(days=REACTION_DAYS_AFTER))
    found = judged_alerts(journal, entries, dose.day)
    reaction = (REACTION.name, INJECTION.name)
    return [a for a in found if a.category in reaction and a.entry_id != dose.id and a.day >= dose.day]


def latest_scales(journal: Journal) -> list[Entry]:
    """The latest result of each questionnaire (FSS, MFIS, MFIS-5), in that order."""
    answered = journal.iter_entries(type="scale")  # newest first
    newest = next(answered, None)
    if newest is None:  # no questionnaire yet: the scales' tables are not loaded
        return []
    from itertools import chain

    from ocrelog.scales import NAMES

    latest: dict[str, Entry] = {}
    for entry in chain((newest,), answered):
        latest.setdefault(entry.name or "", entry)
        if len(latest) == len(NAMES):
            break
    return [latest[name] for name in NAMES if name in latest]
