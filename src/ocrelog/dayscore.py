"""The day's score: which fatigue score a calendar day counts. Pure, part of the rule.

Its own small module so that ``ocrelog feel`` can say which score a day counts
without building the whole rule (rules.py re-exports these functions: they are
the rule's, and every command that shows a day's score goes through them).

- A day counts the highest fatigue score logged on it.
- On the day of a dose with a time, a score logged before that time was about
  the day before the dose: it is not part of day 0 (and counts nowhere).

``day_score_text`` is feel's one sentence about it; it lives here, not in
wording.py, because wording.py imports the whole rule and feel must start fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import NamedTuple, Protocol

Moment = date | datetime


class Timed(Protocol):
    """What the day's score reads of a dose: a :class:`Dose` or a ``rules.Infusion``."""

    @property
    def day(self) -> date: ...

    @property
    def at(self) -> time | None: ...


class Dose(NamedTuple):
    """What the day's score needs of a dose (``rules.Infusion`` has the same two fields)."""

    day: date
    at: time | None = None


def moment(text: str) -> Moment:
    """An entry's stored date as the rule reads it: a date, or a date-time when it has a time."""
    return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)


def time_of(text: str) -> time | None:
    """The time of day of an entry's stored date (to the minute), None for a date alone."""
    return time.fromisoformat(text[11:16]) if len(text) > 10 else None


def reaction_moment(day: date, at: time | None, time_given: bool | None) -> Moment:
    """What the warning signs time a reaction to a dose from: its date and time, or its day
    alone when no time was kept or the time is only when ``infuse`` ran (``time_given`` False:
    the dose was probably earlier that day)."""
    return day if at is None or time_given is False else datetime.combine(day, at)


def moment_day(value: Moment) -> date:
    """The calendar day of a moment."""
    return value.date() if isinstance(value, datetime) else value


def dose_times(doses: Iterable[Timed]) -> dict[date, time]:
    """The time of each timed dose, by day (the later one when a day has two)."""
    ordered = sorted(doses, key=lambda d: (d.day, d.at or time.min))
    return {d.day: d.at for d in ordered if d.at is not None}


def daily_scores(scores: Iterable[tuple[Moment, int]], dose_times: dict[date, time] | None = None) -> dict[date, int]:
    """The day's score, for every day: the highest score logged on it.

    ``dose_times``: the time of each dose, by day. A score with a time before
    its day's dose time was logged before the dose, and is not part of day 0.
    Every command that shows a day's score (report, status, chart, cycle, the
    summary, feel's confirmation) goes through this function.
    """
    daily: dict[date, int] = {}
    highest = daily.get
    for when, score in scores:  # a loop over every score of the journal: kept lean
        if isinstance(when, datetime):
            day = when.date()
            if dose_times and day in dose_times and when.time() < dose_times[day]:
                continue
        else:
            day = when
        if score > highest(day, -1):
            daily[day] = score
    return daily


def day_score(day: date, scores: Iterable[tuple[Moment, int]], doses: Iterable[Timed] = ()) -> int | None:
    """The score ``day`` counts (None when no score counts), from its scores and doses."""
    times = dose_times(d for d in doses if d.day == day)
    return daily_scores(((m, v) for m, v in scores if moment_day(m) == day), times).get(day)


def day_score_text(day: date, logged: int, counted: int | None, own: int | None) -> str:
    """feel's confirmation: the score ``day`` counts, when it is not the one just logged ('' when it is).

    ``counted``: the day's score now (rules.day_score); ``own``: what this score
    alone would count (None when it was logged before the day's dose).
    """
    from ocrelog.dates import written  # already loaded by the command line: no start-up cost

    if own is None:
        now = f"{written(day)} counts as {counted}" if counted is not None else f"{written(day)} has no score yet"
        return f"Logged before the dose, so not part of day 0; {now}."
    if counted is None or counted == logged:
        return ""
    return f"{written(day)} counts as {counted}, the day's highest score (--replace to change that)."
