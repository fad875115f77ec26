"""The report's rule: fatigue after each dose, against the person's own baseline.

Pure: entries in, findings out. No I/O and no clock (``today`` is passed in),
so every line here can be read, tested and explained on its own.
docs/rules.md explains the same rule in words, with worked examples, and a
test checks that it states the numbers defined here.

- Daily score: the highest fatigue score logged on a calendar day. On a dose
  day, a score whose time is before the dose's time is not part of day 0.
- Baseline: the median daily score on days -14 to -1 before the dose day,
  when at least 3 of those days have a score. A second half dose uses its
  first half's baseline when that one exists.
- Fatigue day: a daily score of at least ``min(10, max(floor, baseline + rise))``,
  or ``floor + 1`` with no baseline.
- Episode: the run of fatigue days starting on day 0 or day 1. One unlogged
  day between two fatigue days is part of it; a logged day under the
  threshold, two unlogged days in a row, or the next dose ends it.
- fatigue_days: first to last day of the episode, inclusive (0 without one).
- peak and symptoms: the highest daily score and the distinct symptom names
  from day 0 to the later of day 13 and the episode's last day (cut short by
  the next dose).
- flag: ``prolonged`` when fatigue_days > days; ``severe`` when prolonged and
  an episode day scored 8 or more, or a sign of infection (an alert of the
  ``infection`` category: words of any entry, or a temperature of 38 °C or
  more) was logged on a day of the episode; else ``none``.
- ongoing: the episode ends on the latest day with any score, and that day is
  today or yesterday.
- Dosing: a dose other than 300 mg starts a course, and so does a 300 mg dose
  that is not within 60 days after a lone 300 mg dose (a first half). The
  next dose is due six calendar months after the latest course start, or 14
  days after a lone 300 mg half dose; ``overdue_days`` counts the days since.
- Alerts: every warning sign (signs.py) logged in the last 30 days, read from
  every entry's words; an episode's signs of infection are its days' alerts
  of the ``infection`` category.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from ocrelog.dates import add_months, to_iso
from ocrelog.settings import DEFAULT_DAYS, DEFAULT_FLOOR, DEFAULT_RISE
from ocrelog import signs
from ocrelog.entries import Entry

BASELINE_DAYS = 14
MIN_BASELINE_SCORES = 3
WINDOW_DAYS = 14  # day 0 to day 13
CHART_FROM = -7  # the daily scores a cycle carries for charts: day -7 to day 13
MAX_THRESHOLD = 10
VERY_HIGH_BASELINE = 8  # a baseline this high is said plainly: little room to see a rise
SEVERE_SCORE = 8
HALF_DOSE_MG = 300
SECOND_HALF_WITHIN_DAYS = 60
SECOND_HALF_DUE_AFTER_DAYS = 14
MONTHS_BETWEEN_COURSES = 6
MIN_MONTHS_BETWEEN_COURSES = 5


@dataclass(frozen=True)
class Settings:
    """The rule's three knobs (``--days``, ``--rise``, ``--floor``)."""

    days: int = DEFAULT_DAYS
    rise: int = DEFAULT_RISE
    floor: int = DEFAULT_FLOOR

    def as_dict(self) -> dict[str, int]:
        return {"days": self.days, "rise": self.rise, "floor": self.floor}


@dataclass(frozen=True)
class Infusion:
    """A dose: its day, mg, and, when known, its time and the reactions recorded with it."""

    day: date
    dose_mg: int
    at: time | None = None
    reactions: tuple[str, ...] = ()


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
    infection_signs: tuple[str, ...] = ()  # signs of infection logged on episode days

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
    alerts: tuple[signs.Alert, ...] = ()
    planned: date | None = None  # the next booked dose, when one is booked

    @property
    def overdue_days(self) -> int | None:
        """Days since ``next_due`` when it has passed, 0 when it has not, None without one."""
        if self.next_due is None:
            return None
        return max(0, (self.today - self.next_due).days)

    def since(self, first: date, last: date | None = None) -> Findings:
        """The same findings with only the doses from ``first`` (to ``last``); baselines unchanged."""
        return replace(
            self,
            cycles=tuple(
                c for c in self.cycles
                if c.infusion_date >= first and (last is None or c.infusion_date <= last)
            ),
        )

    def as_dict(self) -> dict:
        return {
            "generated": self.today.isoformat(),
            "settings": self.settings.as_dict(),
            "next_due": _iso(self.next_due),
            "overdue_days": self.overdue_days,
            "next_due_is_second_half": self.next_due_is_second_half,
            "planned": _iso(self.planned),
            "alerts": [alert.as_dict() for alert in self.alerts],
            "cycles": [cycle.as_dict() for cycle in self.cycles],
        }


Moment = date | datetime


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _day(moment: Moment) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def daily_scores(
    scores: Iterable[tuple[Moment, int]], dose_times: dict[date, time] | None = None
) -> dict[date, int]:
    """The highest score logged on each calendar day.

    ``dose_times``: the time of each dose, by day. A score with a time before
    its day's dose time was logged before the dose, and is not part of day 0.
    """
    daily: dict[date, int] = {}
    for moment, score in scores:
        day = _day(moment)
        if dose_times and isinstance(moment, datetime) and day in dose_times:
            if moment.time() < dose_times[day]:
                continue
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
    ordered = sorted(before)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def threshold(base: float | None, settings: Settings) -> float:
    if base is None:
        return float(min(MAX_THRESHOLD, settings.floor + 1))
    return float(min(MAX_THRESHOLD, max(settings.floor, base + settings.rise)))


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
    """For each dose (oldest first), whether it starts a course.

    A 300 mg dose within 60 days after a lone 300 mg first half is that
    course's second half; every other dose starts a course.
    """
    starts: list[bool] = []
    first_half: date | None = None  # a 300 mg course start still waiting for its second half
    for infusion in infusions:
        second_half = (
            infusion.dose_mg == HALF_DOSE_MG
            and first_half is not None
            and (infusion.day - first_half).days <= SECOND_HALF_WITHIN_DAYS
        )
        starts.append(not second_half)
        first_half = infusion.day if infusion.dose_mg == HALF_DOSE_MG and not second_half else None
    return starts


def analyse(
    infusions: Iterable[Infusion],
    scores: Iterable[tuple[Moment, int]],
    symptoms: Iterable[tuple[Moment, str]],
    today: date,
    settings: Settings = Settings(),
    *,
    temperatures: Iterable[tuple[Moment, float]] = (),
    planned: Iterable[date] = (),
    written: Iterable[Entry] = (),
) -> Findings:
    """Apply the rule to a journal's entries. One cycle per dose, oldest first.

    ``written``: the entries whose words the warning signs read (signs.alerts):
    symptoms, temperatures, doses and every entry with a note; without it,
    the ``symptoms`` and ``temperatures`` given.
    """
    ordered = sorted(infusions, key=lambda i: (i.day, i.at or time.min))
    dose_times = {i.day: i.at for i in ordered if i.at is not None}
    daily = daily_scores(scores, dose_times)
    symptoms, temperatures = list(symptoms), list(temperatures)
    symptom_days: dict[date, set[str]] = {}
    for moment, name in symptoms:
        symptom_days.setdefault(_day(moment), set()).add(name)
    if not written:  # the words of the symptoms and temperatures given
        written = [Entry("symptom", to_iso(moment), name=name) for moment, name in symptoms] + [
            Entry("temperature", to_iso(moment), celsius) for moment, celsius in temperatures
        ]
    doses = [_dose_moment(i) for i in ordered]
    written_on: dict[date, list[Entry]] = {}
    for entry in written:
        written_on.setdefault(entry.day, []).append(entry)
    latest_score_day = max(daily, default=None)
    starts = courses(ordered)

    cycles: list[Cycle] = []
    previous_course: date | None = None
    course_baseline: float | None = None
    for index, infusion in enumerate(ordered):
        day = infusion.day
        next_infusion = next((i.day for i in ordered[index + 1 :] if i.day > day), None)
        last_allowed = next_infusion - timedelta(days=1) if next_infusion else None

        base = baseline(daily, day)
        if not starts[index] and course_baseline is not None:
            base = course_baseline  # a second half: the days before it follow the first half
        if starts[index]:
            course_baseline = base
        limit = threshold(base, settings)
        found = episode(daily, day, limit, next_infusion)

        window_end = day + timedelta(days=WINDOW_DAYS - 1)
        if found is not None:
            window_end = max(window_end, found[1])
        if last_allowed is not None:
            window_end = min(window_end, last_allowed)
        window = _days(day, window_end)
        peak = max((daily[d] for d in window if d in daily), default=None)
        window_symptoms = sorted({name for d in window for name in symptom_days.get(d, ())})

        fatigue_days = 0
        episode_peak = None
        episode_symptoms: list[str] = []
        infection_signs: list[str] = []
        ongoing = False
        flag = "none"
        if found is not None:
            first, last = found
            span = _days(first, last)
            fatigue_days = len(span)
            episode_peak = max(daily[d] for d in span if d in daily)
            episode_symptoms = sorted({name for d in span for name in symptom_days.get(d, ())})
            infection_signs = list(
                dict.fromkeys(w for d in span for w in signs.infection_words(written_on.get(d, ()), doses))
            )
            ongoing = last == latest_score_day and last >= today - timedelta(days=1)
            if fatigue_days > settings.days:
                severe = episode_peak >= SEVERE_SCORE or bool(infection_signs)
                flag = "severe" if severe else "prolonged"

        early = False
        if starts[index]:
            if previous_course is not None:
                early = day < add_months(previous_course, MIN_MONTHS_BETWEEN_COURSES)
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
                    daily.get(day + timedelta(days=n)) for n in range(CHART_FROM, WINDOW_DAYS)
                ),
                infection_signs=tuple(infection_signs),
            )
        )

    next_due, second_half = next_dose(ordered, starts)
    lookback = signs.ALERT_DAYS + signs.USUAL_DAYS
    recent = [e for day, entries in written_on.items() if (today - day).days < lookback for e in entries]
    alerts = signs.alerts(recent, doses, today)
    booked = min((d for d in planned if d >= today), default=None)
    return Findings(today, settings, tuple(cycles), next_due, second_half, alerts, booked)


def _dose_moment(infusion: Infusion) -> Moment:
    return datetime.combine(infusion.day, infusion.at) if infusion.at is not None else infusion.day


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def next_dose(ordered: list[Infusion], starts: list[bool]) -> tuple[date | None, bool]:
    """When the next dose is due, and whether it is a course's second half."""
    if not ordered:
        return None, False
    last_start = max(i for i, start in enumerate(starts) if start)
    course = ordered[last_start]
    lone_half = course.dose_mg == HALF_DOSE_MG and last_start == len(ordered) - 1
    if lone_half:
        return course.day + timedelta(days=SECOND_HALF_DUE_AFTER_DAYS), True
    return add_months(course.day, MONTHS_BETWEEN_COURSES), False
