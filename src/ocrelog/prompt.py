"""``ocrelog status --short``: one line for a shell prompt or a login message. Pure.

It runs at every shell start-up, so it must start as fast as ``ocrelog feel``:
this module imports only the standard library, and the command reads three
facts with three small queries (a score today? the latest dose, the next
booking) instead of analysing the journal as ``status`` does. When the next
dose is due is left to ``status`` and ``ocrelog calendar`` (working it out
needs the course rule of rules.py, which is too slow to import here).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ocrelog.journal import Journal

#: How many days ahead the short line starts to mention a booked dose.
SHORT_BOOKED_SOON_DAYS = 2


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


def short_line(today: date, scored_today: bool, latest_dose: date | None, booked: date | None) -> str | None:
    """The line, or None when nothing needs saying (today has a score, no dose booked soon).

    ``booked`` is the next booked dose from today on; the day of the cycle is
    the context, said only alongside something else.
    """
    parts = [] if scored_today else ["no score today"]
    if booked is not None:
        ahead = (booked - today).days
        if ahead == 0:
            parts.append("dose booked today")
        elif ahead == 1:
            parts.append("dose booked tomorrow")
        elif ahead <= SHORT_BOOKED_SOON_DAYS:
            parts.append(f"dose booked in {_days(ahead)}, on {booked.isoformat()}")
    if not parts:
        return None
    context = f" (day {(today - latest_dose).days} after your dose)" if latest_dose is not None else ""
    return f"ocrelog: {'; '.join(parts)}{context}"


def read_short_facts(journal: Journal, today: date) -> tuple[bool, date | None, date | None, bool]:
    """(a score today counts, the latest dose's day, the next booking, anything logged at all).

    "A score today" is the rule's day's score (dayscore.py): a score logged
    before today's dose is not part of day 0, as in ``status`` and the report.
    """
    from ocrelog.dayscore import Dose, day_score, moment, time_of  # the rule's day's score, stdlib only

    day = today.isoformat()
    today_rows = journal.day_rows(day, ("fatigue", "infusion"))
    scores = [(moment(when), int(value)) for kind, when, value in today_rows if kind == "fatigue"]
    doses = [Dose(today, time_of(when)) for kind, when, _ in today_rows if kind == "infusion"]
    scored = True if day_score(today, scores, doses) is not None else None
    latest = journal.last_day_of("infusion")
    booked = journal.first_day_of("planned", day)
    anything = bool(today_rows) or latest is not None or booked is not None or not journal.is_empty()
    return (
        scored is not None,
        date.fromisoformat(latest) if latest else None,
        date.fromisoformat(booked) if booked else None,
        anything,
    )
