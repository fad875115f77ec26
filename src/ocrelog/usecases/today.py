"""Where the person is today: ``ocrelog status`` and ``status --short``.

Both count today's score by the rule's day's score (``dayscore.day_score``:
the day's highest, a score logged before today's dose left out of day 0), the
same function the report, the chart, the cycle, the summary and feel's
confirmation use. ``short_status`` imports only the standard library and
``prompt``: it runs at every shell start-up and must start as fast as ``feel``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ocrelog.journal import Journal
    from ocrelog.status import Status


def todays_score(journal: Journal, today: date) -> tuple[int | None, int]:
    """Today's score by the rule's day's score (None when none counts yet), from today's
    scores and doses only, and how many scores were left out (logged before today's dose).

    A plain pair, not a class: ``status --short`` loads this module and defines nothing it does not use.
    """
    from ocrelog.queries import one_day
    from ocrelog.rules import day_score

    scores, given = one_day(journal, today)
    counted = day_score(today, scores, given)
    return counted, len(scores) if counted is None else 0


def status(journal: Journal, today: date) -> Status:
    """The status screen's facts: the report's current findings, today's score, the last entry."""
    from ocrelog.queries import current_findings
    from ocrelog.status import Status

    found = current_findings(journal, today)
    counted, left_out = todays_score(journal, today)
    return Status(found, counted, journal.last(), left_out)


def short_status(journal: Journal, today: date) -> str | None:
    """``status --short``: one line, or None when there is nothing to say (an empty journal included)."""
    from ocrelog.prompt import read_short_facts, short_line

    scored, latest, booked, anything = read_short_facts(journal, today)
    return short_line(today, scored, latest, booked) if anything else None
