"""The report's rule: fatigue after each infusion, against the person's own baseline.

Pure: entries in, findings out. No I/O and no clock (``today`` is passed in),
so every line here can be read, tested and explained on its own.
docs/rules.md explains the same rule in words, with worked examples.

- Daily score: the highest fatigue score logged on a calendar day.
- Baseline: the median daily score on days -14 to -1 before the infusion day,
  when at least 3 of those days have a score.
- Fatigue day: a daily score of at least ``max(floor, baseline + rise)``, or
  ``floor + 1`` with no baseline.
- Episode: the run of fatigue days starting on day 0 or day 1. One unlogged
  day between two fatigue days is part of it; a logged day under the
  threshold, two unlogged days in a row, or the next infusion ends it.
- fatigue_days: first to last day of the episode, inclusive (0 without one).
- peak: the highest daily score in the window, day 0 to 13 (cut short by the
  next infusion); symptoms: the distinct symptom names logged in the window.
- flag: ``prolonged`` when fatigue_days > days; ``severe`` when prolonged and
  an episode day scored 8 or more, or fever or infection was logged on a day
  of the episode; else ``none``.
- ongoing: the episode ends on the latest day with any score, and that day is
  today or yesterday.
- Dosing: a dose other than 300 mg starts a course, and so does a 300 mg dose
  that is not within 21 days after another 300 mg dose. The next dose is due
  six calendar months after the latest course start, or 14 days after a lone
  300 mg half dose.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

BASELINE_DAYS = 14
MIN_BASELINE_SCORES = 3
WINDOW_DAYS = 14  # day 0 to day 13
CHART_FROM = -7  # the daily scores a cycle carries for charts: day -7 to day 13
SEVERE_SCORE = 8
SEVERE_SYMPTOMS = frozenset({"fever", "infection"})
HALF_DOSE_MG = 300
SECOND_HALF_WITHIN = timedelta(days=21)
SECOND_HALF_DUE_AFTER = timedelta(days=14)
MONTHS_BETWEEN_COURSES = 6
MIN_MONTHS_BETWEEN_COURSES = 5


@dataclass(frozen=True)
class Settings:
    """The rule's three knobs (``--days``, ``--rise``, ``--floor``)."""

    days: int = 3
    rise: int = 2
    floor: int = 4

    def as_dict(self) -> dict[str, int]:
        return {"days": self.days, "rise": self.rise, "floor": self.floor}


@dataclass(frozen=True)
class Infusion:
    day: date
    dose_mg: int


@dataclass(frozen=True)
class Cycle:
    """What the rule found after one infusion."""

    infusion_date: date
    dose_mg: int
    baseline: float | None
    threshold: float
    peak: int | None
    fatigue_days: int
    flag: str  # none | prolonged | severe
    ongoing: bool
    symptoms: tuple[str, ...]
    episode_start: date | None
    episode_end: date | None
    episode_peak: int | None
    episode_symptoms: tuple[str, ...]
    course_start: bool
    early: bool  # a course started less than 5 months after the previous one
    daily_scores: tuple[int | None, ...] = ()  # day -7 to day 13, None when unlogged

    def as_dict(self) -> dict:
        """The ``report --json`` object: the contract keys first, then extras."""
        return {
            "infusion_date": self.infusion_date.isoformat(),
            "dose_mg": self.dose_mg,
            "baseline": self.baseline,
            "peak": self.peak,
            "fatigue_days": self.fatigue_days,
            "flag": self.flag,
            "ongoing": self.ongoing,
            "symptoms": list(self.symptoms),
            "threshold": self.threshold,
            "episode_start": _iso(self.episode_start),
            "episode_end": _iso(self.episode_end),
            "episode_peak": self.episode_peak,
            "course_start": self.course_start,
            "early": self.early,
            "daily_scores": list(self.daily_scores),
        }


@dataclass(frozen=True)
class Findings:
    today: date
    settings: Settings
    cycles: tuple[Cycle, ...]
    next_due: date | None
    next_due_is_second_half: bool = False

    def as_dict(self) -> dict:
        return {
            "generated": self.today.isoformat(),
            "settings": self.settings.as_dict(),
            "next_due": _iso(self.next_due),
            "next_due_is_second_half": self.next_due_is_second_half,
            "cycles": [cycle.as_dict() for cycle in self.cycles],
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def daily_scores(scores: Iterable[tuple[date, int]]) -> dict[date, int]:
    """The highest score logged on each calendar day."""
    daily: dict[date, int] = {}
    for day, score in scores:
        if score > daily.get(day, -1):
            daily[day] = score
    return daily


def baseline(daily: dict[date, int], infusion_day: date) -> float | None:
    """Median daily score on days -14 to -1, given at least 3 scored days."""
    before = [
        daily[day]
        for offset in range(1, BASELINE_DAYS + 1)
        if (day := infusion_day - timedelta(days=offset)) in daily
    ]
    if len(before) < MIN_BASELINE_SCORES:
        return None
    return float(median(before))


def threshold(base: float | None, settings: Settings) -> float:
    if base is None:
        return float(settings.floor + 1)
    return float(max(settings.floor, base + settings.rise))


def episode(
    daily: dict[date, int], infusion_day: date, limit: float, next_infusion: date | None
) -> tuple[date, date] | None:
    """First and last day of the run of fatigue days starting on day 0 or 1."""

    def before_next(day: date) -> bool:
        return next_infusion is None or day < next_infusion

    def fatigue_day(day: date) -> bool:
        return before_next(day) and daily.get(day, -1) >= limit

    start = next(
        (d for d in (infusion_day, infusion_day + timedelta(days=1)) if fatigue_day(d)), None
    )
    if start is None:
        return None
    last = start
    while True:
        following = last + timedelta(days=1)
        if fatigue_day(following):
            last = following
        elif following not in daily and fatigue_day(following + timedelta(days=1)):
            last = following + timedelta(days=1)  # one unlogged day does not break it
        else:
            return start, last


def courses(infusions: list[Infusion]) -> list[bool]:
    """For each infusion (oldest first), whether it starts a course."""
    starts: list[bool] = []
    last_half: date | None = None
    for infusion in infusions:
        second_half = (
            infusion.dose_mg == HALF_DOSE_MG
            and last_half is not None
            and infusion.day - last_half <= SECOND_HALF_WITHIN
        )
        starts.append(not second_half)
        if infusion.dose_mg == HALF_DOSE_MG:
            last_half = infusion.day
    return starts


def analyse(
    infusions: Iterable[Infusion],
    scores: Iterable[tuple[date, int]],
    symptoms: Iterable[tuple[date, str]],
    today: date,
    settings: Settings = Settings(),
) -> Findings:
    """Apply the rule to a journal's entries. One cycle per infusion, oldest first."""
    from dateutil.relativedelta import relativedelta

    ordered = sorted(infusions, key=lambda i: i.day)
    daily = daily_scores(scores)
    symptom_days: dict[date, set[str]] = {}
    for day, name in symptoms:
        symptom_days.setdefault(day, set()).add(name)
    latest_score_day = max(daily, default=None)
    starts = courses(ordered)

    cycles = []
    previous_course: date | None = None
    for index, infusion in enumerate(ordered):
        day = infusion.day
        next_infusion = next((i.day for i in ordered[index + 1 :] if i.day > day), None)
        window_end = day + timedelta(days=WINDOW_DAYS - 1)
        if next_infusion is not None:
            window_end = min(window_end, next_infusion - timedelta(days=1))
        window = [day + timedelta(days=n) for n in range((window_end - day).days + 1)]

        base = baseline(daily, day)
        limit = threshold(base, settings)
        found = episode(daily, day, limit, next_infusion)
        peak = max((daily[d] for d in window if d in daily), default=None)
        window_symptoms = sorted({name for d in window for name in symptom_days.get(d, ())})

        fatigue_days = 0
        episode_peak = None
        episode_symptoms: list[str] = []
        ongoing = False
        flag = "none"
        if found is not None:
            first, last = found
            fatigue_days = (last - first).days + 1
            span = [first + timedelta(days=n) for n in range(fatigue_days)]
            episode_peak = max(daily[d] for d in span if d in daily)
            episode_symptoms = sorted({name for d in span for name in symptom_days.get(d, ())})
            ongoing = last == latest_score_day and last >= today - timedelta(days=1)
            if fatigue_days > settings.days:
                severe = episode_peak >= SEVERE_SCORE or bool(
                    SEVERE_SYMPTOMS.intersection(episode_symptoms)
                )
                flag = "severe" if severe else "prolonged"

        early = False
        if starts[index]:
            if previous_course is not None:
                early = day < previous_course + relativedelta(months=MIN_MONTHS_BETWEEN_COURSES)
            previous_course = day

        cycles.append(
            Cycle(
                infusion_date=day,
                dose_mg=infusion.dose_mg,
                baseline=base,
                threshold=limit,
                peak=peak,
                fatigue_days=fatigue_days,
                flag=flag,
                ongoing=ongoing,
                symptoms=tuple(window_symptoms),
                episode_start=found[0] if found else None,
                episode_end=found[1] if found else None,
                episode_peak=episode_peak,
                episode_symptoms=tuple(episode_symptoms),
                course_start=starts[index],
                early=early,
                daily_scores=tuple(
                    daily.get(day + timedelta(days=n))
                    for n in range(CHART_FROM, WINDOW_DAYS)
                ),
            )
        )

    next_due, second_half = _next_due(ordered, starts, relativedelta)
    return Findings(today, settings, tuple(cycles), next_due, second_half)


def _next_due(
    ordered: list[Infusion], starts: list[bool], relativedelta: type
) -> tuple[date | None, bool]:
    if not ordered:
        return None, False
    last_start = max(i for i, start in enumerate(starts) if start)
    course = ordered[last_start]
    lone_half = course.dose_mg == HALF_DOSE_MG and last_start == len(ordered) - 1
    if lone_half:
        return course.day + SECOND_HALF_DUE_AFTER, True
    return course.day + relativedelta(months=MONTHS_BETWEEN_COURSES), False
