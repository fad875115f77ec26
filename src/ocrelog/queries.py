"""What the report, the status screen and the summary read from a journal.

Each function turns rows into the plain values the rule module takes
(``rules.analyse``); no rule lives here. Dates become ``date`` objects, or
``datetime`` where a time of day was logged and matters to the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from datetime import date, datetime, time, timedelta

from ocrelog.dates import day_of
from ocrelog.entries import Entry
from ocrelog.journal import Journal, json_list
from ocrelog.rules import Findings, Infusion, Settings, analyse, daily_scores

if TYPE_CHECKING:
    from ocrelog.signs import Alert


@dataclass(frozen=True)
class RuleInputs:
    infusions: list[Infusion]
    scores: list[tuple[date | datetime, int]]
    symptoms: list[tuple[date | datetime, str]]
    temperatures: list[tuple[date | datetime, float]]
    planned: list[date]

    def daily(self, start: date | None = None, end: date | None = None) -> dict[date, int]:
        """The rule's daily scores (each day's highest), between ``start`` and ``end`` when given."""
        daily = daily_scores(self.scores, {i.day: i.at for i in self.infusions if i.at is not None})
        if start is None and end is None:
            return daily
        return {day: score for day, score in daily.items() if (start or day) <= day <= (end or day)}


def _moment(text: str) -> date | datetime:
    return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)


def doses(journal: Journal) -> list[Infusion]:
    """Every dose, oldest first, with its time and reactions (a few rows)."""
    return [
        Infusion(
            day_of(when),
            dose,
            time.fromisoformat(when[11:16]) if len(when) > 10 else None,
            json_list(reactions),
        )
        for when, dose, reactions in journal.conn.execute(
            "SELECT date, value, reactions FROM entries WHERE type = 'infusion' ORDER BY date, id"
        )
    ]


def rule_inputs(
    journal: Journal, since: date | None = None, infusions: list[Infusion] | None = None
) -> RuleInputs:
    """Everything the rule reads; with ``since``, only scores and symptoms from that day on.

    Doses and booked doses are always read whole (the course schedule needs
    them); pass ``infusions`` when they were read already.
    """
    conn = journal.conn
    start = since.isoformat() if since else "0000"
    if infusions is None:
        infusions = doses(journal)
    dose_days = {i.day.isoformat() for i in infusions if i.at is not None}  # a set: one test a row
    # Each day's highest score, reduced in SQL (fewer rows cross into Python),
    # except on days of a timed dose, where a score's time decides whether it
    # counts for day 0: those come row by row.
    scores: list[tuple[date | datetime, int]] = [
        (date.fromisoformat(day), score)
        for day, score in conn.execute(
            "SELECT substr(date, 1, 10) AS day, max(value) FROM entries"
            " WHERE type = 'fatigue' AND substr(date, 1, 10) >= ? GROUP BY day",
            (start,),
        )
        if day not in dose_days
    ]
    if dose_days:
        marks = ", ".join("?" * len(dose_days))
        scores += [
            (_moment(when), score)
            for when, score in conn.execute(
                "SELECT date, value FROM entries WHERE type = 'fatigue'"
                f" AND substr(date, 1, 10) IN ({marks})",
                sorted(dose_days),
            )
        ]
    symptoms = [
        (_moment(when), name)
        for when, name in conn.execute(
            "SELECT date, name FROM entries WHERE type = 'symptom' AND substr(date, 1, 10) >= ?", (start,)
        )
    ]
    temperatures = [
        (_moment(when), float(value))
        for when, value in conn.execute(
            "SELECT date, value FROM entries WHERE type = 'temperature' AND substr(date, 1, 10) >= ?", (start,)
        )
    ]
    planned = [
        day_of(when)
        for (when,) in conn.execute("SELECT date FROM entries WHERE type = 'planned'")
    ]
    return RuleInputs(infusions, scores, symptoms, temperatures, planned)


def findings(journal: Journal, today: date, settings: Settings = Settings()) -> Findings:
    return analyse_inputs(rule_inputs(journal), today, settings)


def current_findings(journal: Journal, today: date) -> Findings:
    """The findings ``status`` needs, read fast: only the latest course's cycles are complete.

    Scores and symptoms are read from the latest course's baseline days (or the
    alert window, if earlier) on, so a journal of ten years reads like a month.
    """
    from ocrelog.rules import BASELINE_DAYS, courses
    from ocrelog.signs import ALERT_DAYS

    given = doses(journal)
    start = today - timedelta(days=ALERT_DAYS)
    if given:
        latest_course = max(d.day for d, first in zip(given, courses(given)) if first)
        start = min(start, latest_course - timedelta(days=BASELINE_DAYS))
    found = analyse_inputs(rule_inputs(journal, since=start, infusions=given), today)
    return found.since(start + timedelta(days=BASELINE_DAYS))


def analyse_inputs(inputs: RuleInputs, today: date, settings: Settings = Settings()) -> Findings:
    return analyse(
        inputs.infusions,
        inputs.scores,
        inputs.symptoms,
        today,
        settings,
        temperatures=inputs.temperatures,
        planned=inputs.planned,
    )


def sign_of_new_symptom(journal: Journal, entry: Entry) -> Alert | None:
    """The warning sign a symptom just logged is, if any (reaction words near a dose count)."""
    from ocrelog.signs import REACTION_DAYS_AFTER, sign_of_symptom

    doses = journal.entries(
        since=entry.day - timedelta(days=REACTION_DAYS_AFTER), until=entry.day, type="infusion"
    )
    return sign_of_symptom(entry.date, entry.name or "", [dose.day for dose in doses])
