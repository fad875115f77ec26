"""The shape of a cycle: mean daily fatigue by week since the dose, across cycles.

Pure, like rules.py, and built on it: courses and daily scores come from the
rule module, so a cycle here is exactly a course there.

- A complete cycle runs from one course start to the next (a second half dose
  belongs to its course; the latest course is not complete yet).
- Week 1 is days 0-6 after the course start, up to week 26.
- The comparison (shown only when at least two complete cycles each have 20 or
  more scored days) sets the mean of the last 4 weeks before the next dose
  against weeks 5-20 of the same cycles. About 1 point on a 0-10 scale is the
  smallest difference people notice, so a smaller one is "no clear
  difference". It describes timing, never a cause.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from ocrelog.rules import Infusion, courses, daily_scores

WEEKS = 26
MIN_DAYS_FOR_COMPARISON = 20
MIN_CYCLES_FOR_COMPARISON = 2
LATE_DAYS = 28  # the last 4 weeks before the next dose
MID_WEEKS = (5, 20)
NOTICEABLE = 1.0


@dataclass(frozen=True)
class Week:
    week: int
    mean: float | None
    days: int

    def as_dict(self) -> dict:
        return {"week": self.week, "mean": self.mean, "days": self.days}


@dataclass(frozen=True)
class Comparison:
    late_mean: float
    mid_mean: float
    difference: float
    cycles: int

    def as_dict(self) -> dict:
        return {
            "late_mean": self.late_mean,
            "mid_mean": self.mid_mean,
            "difference": self.difference,
            "cycles": self.cycles,
        }


@dataclass(frozen=True)
class Shape:
    weeks: tuple[Week, ...]
    comparison: Comparison | None
    complete_cycles: int

    def as_dict(self) -> dict:
        return {
            "weeks": [week.as_dict() for week in self.weeks],
            "comparison": self.comparison.as_dict() if self.comparison else None,
        }


def complete_cycles(infusions: Iterable[Infusion]) -> list[tuple[date, date]]:
    """(start, next start) of every course that the next course has closed."""
    ordered = sorted(infusions, key=lambda i: i.day)
    starts = sorted({i.day for i, start in zip(ordered, courses(ordered)) if start})
    return list(zip(starts, starts[1:]))


def cycle_shape(infusions: Iterable[Infusion], scores: Iterable[tuple[date, int]]) -> Shape:
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

    weeks = tuple(
        Week(week, round(fmean(values), 1) if values else None, len(values))
        for week, values in by_week.items()
    ) if cycles else ()
    return Shape(weeks, _compare(daily, qualifying), len(cycles))


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
            if start + first_mid <= day <= min(start + last_mid, following - timedelta(days=1)):
                mid.append(score)
    if not late or not mid:
        return None
    late_mean, mid_mean = fmean(late), fmean(mid)
    return Comparison(
        round(late_mean, 1), round(mid_mean, 1), round(late_mean - mid_mean, 1), len(cycles)
    )


def comparison_text(comparison: Comparison, *, clinician: bool = False) -> str:
    """The comparison in words: timing, never cause (``clinician``: in the third person)."""
    whose = "" if clinician else "your "
    lead = f"In the {LATE_DAYS // 7} weeks before a dose {whose}fatigue averaged"
    mid = f"weeks {MID_WEEKS[0]}-{MID_WEEKS[1]}"
    over = f"over {comparison.cycles} cycles"
    size = abs(comparison.difference)
    if size < NOTICEABLE:
        return (
            f"{lead} {comparison.late_mean:.1f}, and {comparison.mid_mean:.1f} mid-cycle "
            f"({mid}), {over}: no clear difference."
        )
    direction = "higher" if comparison.difference > 0 else "lower"
    return f"{lead} {size:.1f} points {direction} than mid-cycle ({mid}), {over}."


def not_enough_text() -> str:
    return (
        "Not enough data to compare the weeks before a dose with mid-cycle: that needs "
        f"{MIN_CYCLES_FOR_COMPARISON} cycles with {MIN_DAYS_FOR_COMPARISON} or more days scored."
    )
