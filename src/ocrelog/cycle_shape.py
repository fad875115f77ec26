"""The shape of a cycle: mean daily fatigue by week since the dose, across cycles.

Pure, like rules.py, and built on it: courses and daily scores come from the
rule module, so a cycle here is exactly a course there.

- A complete cycle runs from one course start to the next (a second half dose
  belongs to its course; the latest course is not complete yet).
- Week 1 is days 0-6 after the course start, up to week 26.
- The current cycle runs from the latest course start to today, week by week
  so far (an empty week is a week with no score, never a zero).
- The comparison (shown only when at least two complete cycles each have 20 or
  more scored days) sets the mean of the last 4 weeks before the next dose
  against weeks 5-20 of the same cycles (weeks 5-20 stop where the last 4 weeks
  begin, as in the rule). The report, ``ocrelog cycle`` and the summary pass the
  cycles the rule found a shape for (``compared``), so the comparison is over the
  same cycles as the count of rises beside it. About 1 point on a 0-10 scale is the
  smallest difference people notice, so a smaller one is "no clear
  difference". It describes timing, never a cause. Its numbers are the rule's
  (rules.py), which also finds the same shape in each cycle on its own.
- The words are in wording.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from statistics import fmean

from ocrelog.rules import (
    LATE_DAYS,
    MID_WEEKS,
    Cycle,
    Infusion,
    courses,
    daily_scores,
)
from ocrelog.rules import (
    SHAPE_MIN_DAYS as MIN_DAYS_FOR_COMPARISON,
)

WEEKS = 26
MIN_CYCLES_FOR_COMPARISON = 2


@dataclass(frozen=True)
class Week:
    week: int
    mean: float | None
    days: int

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Comparison:
    late_mean: float
    mid_mean: float
    difference: float
    cycles: int

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Shape:
    weeks: tuple[Week, ...]
    comparison: Comparison | None
    complete_cycles: int
    current: tuple[Week, ...] = ()  # the latest course so far, week 1 to this week
    current_start: date | None = None

    def as_dict(self) -> dict:
        return {
            "weeks": [week.as_dict() for week in self.weeks],
            "comparison": self.comparison.as_dict() if self.comparison else None,
            "current": [week.as_dict() for week in self.current],
        }


def complete_cycles(infusions: Iterable[Infusion]) -> list[tuple[date, date]]:
    """(start, next start) of every course that the next course has closed."""
    ordered = sorted(infusions, key=lambda i: i.day)
    starts = sorted({i.day for i, start in zip(ordered, courses(ordered)) if start})
    return list(zip(starts, starts[1:]))


def _week(week: int, values: list[int]) -> Week:
    return Week(week, round(fmean(values), 1) if values else None, len(values))


def current_weeks(
    infusions: Iterable[Infusion], daily: dict[date, int], today: date
) -> tuple[date | None, tuple[Week, ...]]:
    """The latest course's start and its weeks so far (week 1: days 0-6), up to today's week."""
    ordered = sorted(infusions, key=lambda i: i.day)
    starts = [i.day for i, start in zip(ordered, courses(ordered)) if start]
    if not starts or starts[-1] > today:
        return None, ()
    start = starts[-1]
    by_week: dict[int, list[int]] = {week: [] for week in range(1, (today - start).days // 7 + 2)}
    for day, score in daily.items():
        if start <= day <= today:
            by_week[(day - start).days // 7 + 1].append(score)
    return start, tuple(_week(week, values) for week, values in by_week.items())


def cycle_shape(
    infusions: Iterable[Infusion],
    scores: Iterable[tuple[date, int]],
    today: date | None = None,
    compared: list[tuple[date, date]] | None = None,
) -> Shape:
    """The complete cycles' weeks and comparison; with ``today``, the current cycle too.

    ``compared``: the (start, next start) of the cycles to compare, when the caller has them
    from the rule (``compared_cycles``); else every complete cycle with 20 or more scored days."""
    infusions = list(infusions)
    daily = daily_scores(scores)
    cycles = complete_cycles(infusions)
    by_week: dict[int, list[int]] = {week: [] for week in range(1, WEEKS + 1)}
    qualifying = []
    for start, following in cycles:
        logged = [day for day in daily if start <= day < following]
        for day in logged:
            week = (day - start).days // 7 + 1
            if week <= WEEKS:
                by_week[week].append(daily[day])
        if len(logged) >= MIN_DAYS_FOR_COMPARISON:
            qualifying.append((start, following))

    weeks = tuple(_week(week, values) for week, values in by_week.items()) if cycles else ()
    current_start, current = current_weeks(infusions, daily, today) if today else (None, ())
    if compared is not None:
        qualifying = compared
    return Shape(weeks, _compare(daily, qualifying), len(cycles), current, current_start)


def compared_cycles(cycles: Iterable[Cycle]) -> list[tuple[date, date]]:
    """The complete cycles the rule found a shape for (``Findings.rises`` counts them): each
    (course start, next course start)."""
    return [
        (c.infusion_date, c.before_next_dose.before)
        for c in cycles
        if c.before_next_dose is not None
        and not c.before_next_dose.current
        and not c.duplicate
        and c.before_next_dose.before is not None
    ]


def _compare(daily: dict[date, int], cycles: list[tuple[date, date]]) -> Comparison | None:
    if len(cycles) < MIN_CYCLES_FOR_COMPARISON:
        return None
    first_mid = timedelta(days=(MID_WEEKS[0] - 1) * 7)
    last_mid = timedelta(days=MID_WEEKS[1] * 7 - 1)
    late: list[int] = []
    mid: list[int] = []
    for start, following in cycles:
        for day, score in daily.items():
            if following - timedelta(days=LATE_DAYS) <= day < following:
                late.append(score)
            if start + first_mid <= day <= min(start + last_mid, following - timedelta(days=LATE_DAYS + 1)):
                mid.append(score)
    if not late or not mid:
        return None
    late_mean, mid_mean = fmean(late), fmean(mid)
    return Comparison(round(late_mean, 1), round(mid_mean, 1), round(late_mean - mid_mean, 1), len(cycles))
