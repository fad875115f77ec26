"""What the report, the status screen and the summary read from a journal.

Each function turns rows into the plain values the rule module takes
(``rules.analyse``); no rule lives here. Dates become ``date`` objects, or
``datetime`` where a time of day was logged and matters to the rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from ocrelog.journal import Journal
from ocrelog.rules import Findings, Infusion, Settings, analyse


@dataclass(frozen=True)
class RuleInputs:
    infusions: list[Infusion]
    scores: list[tuple[date | datetime, int]]
    symptoms: list[tuple[date | datetime, str]]
    temperatures: list[tuple[date | datetime, float]]
    planned: list[date]

    def daily(self) -> list[tuple[date, int]]:
        """(day, score) pairs for charts: the time of day dropped."""
        return [(m.date() if isinstance(m, datetime) else m, score) for m, score in self.scores]


def _moment(text: str) -> date | datetime:
    return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)


def rule_inputs(journal: Journal) -> RuleInputs:
    conn = journal.conn
    infusions = [
        Infusion(
            date.fromisoformat(when[:10]),
            dose,
            time.fromisoformat(when[11:16]) if len(when) > 10 else None,
            tuple(json.loads(reactions)) if reactions else (),
        )
        for when, dose, reactions in conn.execute(
            "SELECT date, value, reactions FROM entries WHERE type = 'infusion' ORDER BY date, id"
        )
    ]
    dose_days = sorted({i.day.isoformat() for i in infusions if i.at is not None})
    # Each day's highest score, reduced in SQL (fewer rows cross into Python),
    # except on days of a timed dose, where a score's time decides whether it
    # counts for day 0: those come row by row.
    scores: list[tuple[date | datetime, int]] = [
        (date.fromisoformat(day), score)
        for day, score in conn.execute(
            "SELECT substr(date, 1, 10) AS day, max(value) FROM entries"
            " WHERE type = 'fatigue' GROUP BY day"
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
                dose_days,
            )
        ]
    symptoms = [
        (_moment(when), name)
        for when, name in conn.execute("SELECT date, name FROM entries WHERE type = 'symptom'")
    ]
    temperatures = [
        (_moment(when), float(value))
        for when, value in conn.execute("SELECT date, value FROM entries WHERE type = 'temperature'")
    ]
    planned = [
        date.fromisoformat(when[:10])
        for (when,) in conn.execute("SELECT date FROM entries WHERE type = 'planned'")
    ]
    return RuleInputs(infusions, scores, symptoms, temperatures, planned)


def findings(journal: Journal, today: date, settings: Settings = Settings()) -> Findings:
    return analyse_inputs(rule_inputs(journal), today, settings)


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
