"""The report's rule: fatigue after each dose, against the person's own baseline.

Pure: entries in, findings out. No I/O and no clock (``today`` is passed in),
so every line here can be read, tested and explained on its own.
docs/rules.md explains the same rule in words, with worked examples, and a
test checks that it states the numbers defined here.

- Daily score: the highest fatigue score logged on a calendar day. On a dose
  day, a score whose time is before the dose's time is not part of day 0.
- Baseline: the median daily score on days -14 to -1 before the dose day,
  when at least 5 of those days have a score. When the median of days -56 to
  -15 (at least 7 scored days) is at least 1 point lower, that quieter one is
  the baseline (fatigue often rises in the weeks before a dose). A second half
  dose uses its first half's baseline when that one exists.
- Fatigue day: a daily score of at least ``min(10, max(floor, baseline + rise))``,
  or ``floor + 1`` with no baseline.
- Coverage: the scored days of the baseline's days -14 to -1, and of days 0-13
  (cut short by the next dose). ``judged``: a flagged cycle, or one with at
  least 7 scored days in days 0-13 (all of them, when the next dose comes
  sooner); an unjudged cycle is never called "not flagged".
- Episode: the run of fatigue days starting on day 0 or day 1. One unlogged
  day between two fatigue days is part of it; a logged day under the
  threshold, two unlogged days in a row, or the next dose ends it.
- fatigue_days: first to last day of the episode, inclusive (0 without one).
- peak and symptoms: the highest daily score and the distinct symptom names
  from day 0 to the later of day 13 and the episode's last day (cut short by
  the next dose).
- flag: ``prolonged`` when fatigue_days > days; ``severe`` when prolonged and
  an episode day scored 8 or more (only against a baseline: the fixed line
  of a dose without one is a guess), or a sign of infection (an alert of the
  ``infection`` category: words of any entry, or a temperature of 38 °C or
  more) was logged on a day of the episode; else ``none``. tier: ``soon`` for severe, and for a
  prolonged episode of more than 14 days; ``next contact`` for other prolonged.
- ongoing: the episode ends on the latest day with any score, and that day is
  today or yesterday.
- Dosing: a dose other than 300 mg starts a course, and so does a 300 mg dose
  that is not within 5 months after a lone 300 mg dose (a first half); a
  second half 6 weeks or more after its first half came late, and so did a
  course started more than 7 months after the previous dose. A dose on the
  same day as the one before it was recorded twice: it gets that one's
  findings. The next dose is due six calendar months after the latest course
  start, or 14 days after a lone 300 mg half dose; ``overdue_days`` counts the
  days since.
- Before the next dose: for each course with at least 20 scored days before
  the next course (the current one too, once within 8 weeks of its due date,
  up to yesterday), the mean of its last 4 weeks against the mean of its weeks
  5-20; a rise of 1 point or more is flagged, with the week the rise began.
  ``Findings.rises`` counts the complete cycles (the current one is shown, not counted).
- Between doses: a run of fatigue days (the cycle's line, bridged and ended as
  an episode is) outside days 0-13 and the cycle's episode, up to the next
  dose, longer than ``days``: an ``Episode``, with the signs of infection and
  the temperatures logged on its days.
- Alerts: every warning sign (signs.py) logged in the last 30 days, read from
  every entry's words; an episode's signs of infection are its days' alerts
  of the ``infection`` category.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from math import fsum
from typing import TYPE_CHECKING, NamedTuple

from ocrelog.dates import add_months, to_iso
from ocrelog.dayscore import Moment, daily_scores, day_score, dose_times, moment_day, reaction_moment  # noqa: F401 - the rule's
from ocrelog.entries import SUBCUTANEOUS_DOSE, Entry, temperature_text
from ocrelog.rule_defaults import DEFAULT_DAYS, DEFAULT_FLOOR, DEFAULT_RISE

if TYPE_CHECKING:  # signs is imported where the rule needs it, so feel's day score starts fast
    from ocrelog.alerts import Alert
    from ocrelog.concerns import Concern

BASELINE_DAYS = 14
MIN_BASELINE_SCORES = 5
EARLIER_BASELINE_DAYS = 56  # the quieter baseline: days -56 to -15
MIN_EARLIER_BASELINE_SCORES = 7
QUIETER_BY = 1  # points lower than days -14 to -1 for the earlier median to be the baseline
RECENT_WINDOW = f"days -{BASELINE_DAYS} to -1"
EARLIER_WINDOW = f"days -{EARLIER_BASELINE_DAYS} to -{BASELINE_DAYS + 1}"
WINDOW_DAYS = 14  # day 0 to day 13
MIN_JUDGED_SCORES = 7  # scored days of days 0-13 a cycle needs to be called not flagged
CHART_FROM = -7  # the daily scores a cycle carries for charts: day -7 to day 13
MAX_THRESHOLD = 10
VERY_HIGH_BASELINE = 8  # a baseline this high is said plainly: little room to see a rise
SEVERE_SCORE = 8
LONG_EPISODE_DAYS = 14  # a flagged episode longer than this: contact your MS team soon
HALF_DOSE_MG = 300
MONTHS_BETWEEN_COURSES = 6
MIN_MONTHS_BETWEEN_COURSES = 5
SECOND_HALF_WITHIN_MONTHS = MIN_MONTHS_BETWEEN_COURSES  # a 300 mg dose this soon after a lone 300 mg
LATE_SECOND_HALF_DAYS = 42  # six weeks: a second half this many days or more after its first came late
LATE_COURSE_MONTHS = 7  # a course started more than this many months after the previous dose came late
SECOND_HALF_DUE_AFTER_DAYS = 14
INFECTION_MONTHS = 12  # the report and the summary count the infections logged over this many months
# Each cycle's shape: the weeks before the next dose against mid-cycle.
SHAPE_MIN_DAYS = 20  # scored days a cycle needs
LATE_DAYS = 28  # the last 4 weeks before the next dose
LATE_WEEKS = LATE_DAYS // 7
MID_WEEKS = (5, 20)  # weeks 5-20 after the course start
NOTICEABLE = 1.0  # points on 0-10: about the smallest change people notice
CURRENT_WITHIN_DAYS = 56  # the current cycle counts once its due date is 8 weeks away or less
#: When the rise began, in the buckets the studies use: weeks before the dose.
ONSET_BUCKETS = ("<1", f"1-{LATE_WEEKS}", f">{LATE_WEEKS}")


class Settings(NamedTuple):
    """The rule's three knobs (``--days``, ``--rise``, ``--floor``)."""

    days: int = DEFAULT_DAYS
    rise: int = DEFAULT_RISE
    floor: int = DEFAULT_FLOOR

    def as_dict(self) -> dict[str, int]:
        return {"days": self.days, "rise": self.rise, "floor": self.floor}


class Infusion(NamedTuple):
    """A dose: its day, mg, and, when known, its time and the reactions recorded with it."""

    day: date
    dose_mg: int
    at: time | None = None
    reactions: tuple[str, ...] = ()
    time_given: bool | None = None  # False: the time is when `infuse` ran, not when it was given

    @property
    def moment(self) -> Moment:
        """Its date and time, or its date alone when no time was kept."""
        return datetime.combine(self.day, self.at) if self.at is not None else self.day

    @property
    def reaction_moment(self) -> Moment:
        """What the warning signs time a reaction from (``dayscore.reaction_moment``)."""
        return reaction_moment(self.day, self.at, self.time_given)


class Cycle(NamedTuple):
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
    baseline_window: str | None = None  # RECENT_WINDOW or EARLIER_WINDOW; None without a baseline
    recent_baseline: float | None = None  # days -14 to -1, when the quieter earlier one is used
    first_tired_day: int | None = None  # without an episode: the first day (0-13) at the line
    after_first_half: int | None = None  # a second half: days since its first half
    duplicate: bool = False  # recorded on the same day as the dose before it
    tier: str | None = None  # signs.SOON or signs.NEXT_CONTACT for a flag; None unflagged
    before_next_dose: BeforeNextDose | None = None  # course starts only
    baseline_days: int = 0  # scored days of days -14 to -1 (the first half's, for a second half using its baseline)
    after_days: int = 0  # scored days of days 0-13 (before the next dose)
    window_length: int = WINDOW_DAYS  # days 0-13, cut short by the next dose
    window_open: bool = False  # days 0-13 are not over yet (today is one of them)
    judged: bool = True  # flagged, or enough scores in days 0-13 to say "not flagged"
    previous_dose: date | None = None  # a course start: the dose day before it
    late: bool = False  # a course started more than 7 months after the previous dose

    @property
    def late_second_half(self) -> bool:
        return self.after_first_half is not None and self.after_first_half >= LATE_SECOND_HALF_DAYS

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
            "baseline_window": self.baseline_window,
            "recent_baseline": self.recent_baseline,
            "late_second_half": self.late_second_half,
            "duplicate": self.duplicate,
            "before_next_dose": self.before_next_dose.as_dict() if self.before_next_dose else None,
            "coverage": {"baseline_days": self.baseline_days, "after_days": self.after_days},
            "judged": self.judged,
            "late": self.late,
            "previous_dose": _iso(self.previous_dose),
        }


class BeforeNextDose(NamedTuple):
    """A cycle's shape: the last 4 weeks before the next dose (or before today) against mid-cycle."""

    mid_cycle: float
    last_4_weeks: float
    rise: float
    flagged: bool
    onset_weeks: str | None  # one of ONSET_BUCKETS when flagged
    current: bool = False  # the cycle still going: its last 4 weeks end yesterday
    before: date | None = None  # the dose it leads up to: the next course's first, or the one due

    def as_dict(self) -> dict:
        means = {"mid_cycle": self.mid_cycle, "last_4_weeks": self.last_4_weeks, "rise": self.rise}
        flag = {"flagged": self.flagged, "onset_weeks": self.onset_weeks}
        return means | flag | {"before_dose": _iso(self.before), "current": self.current}


class Episode(NamedTuple):
    """A run of fatigue days between doses: outside days 0-13 and the dose's own episode."""

    start: date
    end: date
    days: int  # first to last day, a bridged day included
    peak: int
    cycle_day: int  # the day of the cycle it began on (day 0: the dose before it)
    signs: tuple[str, ...]  # the signs of infection and the temperatures logged on its days
    dose: date  # the dose before it
    to_dose: bool = False  # it ran up to the day before the next dose
    threshold: float = 0.0  # the line its days reached: the dose's
    guessed: bool = False  # the dose had no baseline: the line is the fixed one

    @property
    def week(self) -> int:
        """The week of the cycle it began in (week 1: days 0-6)."""
        return self.cycle_day // 7 + 1

    def as_dict(self) -> dict:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
            "peak": self.peak,
            "cycle_day": self.cycle_day,
            "signs": list(self.signs),
            "threshold": self.threshold,
        }


class Findings(NamedTuple):
    today: date
    settings: Settings
    cycles: tuple[Cycle, ...]
    next_due: date | None
    next_due_is_second_half: bool = False
    alerts: tuple[Alert, ...] = ()
    planned: date | None = None  # the next booked dose, when one is booked
    concerns: tuple[Concern, ...] = ()  # the alerts folded (concerns.fold), most urgent open first
    episodes: tuple[Episode, ...] = ()  # fatigue between doses, oldest first
    infections: tuple[Concern, ...] = ()  # the infection concerns since ``infections_since``, oldest first
    infections_since: date | None = None  # None: not counted (``analyse(..., infections=False)``)

    @property
    def shapes(self) -> list[BeforeNextDose]:
        """Each course's shape (the current one's too), oldest first, a dose recorded twice once."""
        return [c.before_next_dose for c in self.cycles if c.before_next_dose and not c.duplicate]

    @property
    def rises(self) -> tuple[int, int]:
        """(complete cycles with a rise before the dose, complete cycles with enough data to tell)."""
        shapes = [s for s in self.shapes if not s.current]
        return sum(s.flagged for s in shapes), len(shapes)

    @property
    def overdue_days(self) -> int | None:
        """Days since ``next_due`` when it has passed, 0 when it has not, None without one."""
        if self.next_due is None:
            return None
        return max(0, (self.today - self.next_due).days)

    def since(self, first: date, last: date | None = None) -> Findings:
        """The same findings with only the doses from ``first`` (to ``last``), and the episodes
        between doses that follow them; baselines unchanged."""
        return self._replace(
            cycles=tuple(
                c for c in self.cycles if c.infusion_date >= first and (last is None or c.infusion_date <= last)
            ),
            episodes=tuple(e for e in self.episodes if e.dose >= first and (last is None or e.dose <= last)),
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
            "concerns": [concern.as_dict() for concern in self.concerns],
            "cycles": [cycle.as_dict() for cycle in self.cycles],
            "episodes": [episode.as_dict() for episode in self.episodes],
            "infections": None
            if self.infections_since is None
            else {
                "since": self.infections_since.isoformat(),
                "count": len(self.infections),
                "concerns": [concern.as_dict() for concern in self.infections],
            },
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _mean(values: list[int]) -> float:
    return fsum(values) / len(values)


def _median(values: list[int]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


#: timedelta(days=n) for the n the rule counts with, made once: building one costs more
#: than the dictionary lookup it serves, and a 30-year report looks up thousands of days.
_DAYS = tuple(timedelta(days=n) for n in range(EARLIER_BASELINE_DAYS + 1))
_ONE_DAY = _DAYS[1]


def _scores_between(daily: dict[date, int], infusion_day: date, first: int, last: int) -> list[int]:
    """The daily scores on days -first to -last before ``infusion_day``."""
    get = daily.get
    return [score for back in _DAYS[last : first + 1] if (score := get(infusion_day - back)) is not None]


def baseline(daily: dict[date, int], infusion_day: date) -> float | None:
    """Median daily score on days -14 to -1, given at least 5 scored days."""
    before = _scores_between(daily, infusion_day, BASELINE_DAYS, 1)
    return _median(before) if len(before) >= MIN_BASELINE_SCORES else None


def earlier_baseline(daily: dict[date, int], infusion_day: date) -> float | None:
    """Median daily score on days -56 to -15, given at least 7 scored days."""
    before = _scores_between(daily, infusion_day, EARLIER_BASELINE_DAYS, BASELINE_DAYS + 1)
    return _median(before) if len(before) >= MIN_EARLIER_BASELINE_SCORES else None


def chosen_baseline(daily: dict[date, int], infusion_day: date) -> tuple[float | None, str | None, float | None]:
    """(baseline, its window, the days -14 to -1 median when the quieter earlier one is used).

    The earlier median wins when it is at least 1 point lower: fatigue that
    rose in the weeks before the dose would otherwise lift the line over the
    fatigue after it.
    """
    recent = baseline(daily, infusion_day)
    if recent is None:
        return None, None, None
    earlier = earlier_baseline(daily, infusion_day)
    if earlier is not None and earlier <= recent - QUIETER_BY:
        return earlier, EARLIER_WINDOW, recent
    return recent, RECENT_WINDOW, None


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

    start = next((d for d in (infusion_day, infusion_day + _ONE_DAY) if fatigue_day(d)), None)
    if start is None:
        return None
    last = start
    while True:
        following = last + _ONE_DAY
        if fatigue_day(following):
            last = following
        elif following not in daily and fatigue_day(following + _ONE_DAY):
            last = following + _ONE_DAY  # one unlogged day does not break it
        else:
            return start, last


def courses(infusions: list[Infusion]) -> list[bool]:
    """For each dose (oldest first), whether it starts a course.

    A 300 mg dose within 5 months after a lone 300 mg first half is that
    course's second half; every other dose starts a course. A dose on the
    same day as the one before it was recorded twice, and takes its answer.
    """
    starts: list[bool] = []
    first_half: date | None = None  # a 300 mg course start still waiting for its second half
    previous: Infusion | None = None
    for infusion in infusions:
        if previous is not None and infusion.day == previous.day:
            starts.append(starts[-1])
            continue
        second_half = (
            infusion.dose_mg == HALF_DOSE_MG
            and first_half is not None
            and infusion.day < add_months(first_half, SECOND_HALF_WITHIN_MONTHS)
        )
        starts.append(not second_half)
        first_half = infusion.day if infusion.dose_mg == HALF_DOSE_MG and not second_half else None
        previous = infusion
    return starts


def _onset(week_means: list[float | None], line: float) -> str | None:
    """The bucket of the week (counted back from the dose) that began the run at the line."""
    latest = next((k for k, m in enumerate(week_means[:LATE_WEEKS], 1) if m is not None and m >= line), None)
    if latest is None:
        return None
    first = latest
    while first < len(week_means) and (m := week_means[first]) is not None and m >= line:
        first += 1
    if first <= 1:
        return ONSET_BUCKETS[0]
    return ONSET_BUCKETS[1] if first <= LATE_WEEKS else ONSET_BUCKETS[2]


def before_next_dose(
    daily: dict[date, int],
    start: date,
    stop: date,
    *,
    current: bool = False,
    days: list[date] | None = None,
    before: date | None = None,
) -> BeforeNextDose | None:
    """The cycle from ``start`` to the day before ``stop``: its last 4 weeks against weeks 5-20.

    ``stop`` is the next course's first dose, or today for the current cycle.
    None with fewer than 20 scored days, or no score in either part. Weeks 5-20
    stop where the last 4 weeks begin, so no day is in both. ``days``: the
    scored days in order, when the caller has them (a long journal is read once). ``before``:
    the dose it leads up to, when that is not ``stop`` (the current cycle's due date).
    """
    days = sorted(daily) if days is None else days
    first, end = bisect_left(days, start), bisect_left(days, stop)  # the cycle's scored days
    if end - first < SHAPE_MIN_DAYS:
        return None
    length = (stop - start).days
    mid_back = (length - (MID_WEEKS[1] * 7 - 1), length - (MID_WEEKS[0] - 1) * 7)  # days before stop
    mid_first = max(mid_back[0], LATE_DAYS + 1)

    def scores_back(most: int, least: int) -> list[int]:
        """The cycle's scores from ``most`` to ``least`` days before stop (by bisection: a long
        journal has thousands of days, a cycle some 180)."""
        low = max(first, bisect_left(days, stop - timedelta(days=most)))
        high = min(end, bisect_left(days, stop - timedelta(days=least - 1)))
        return [daily[d] for d in days[low:high]]

    late = scores_back(LATE_DAYS, 1)
    mid = scores_back(mid_back[1], mid_first)
    if not late or not mid:
        return None
    mid_mean, late_mean = round(_mean(mid), 1), round(_mean(late), 1)
    rise = round(late_mean - mid_mean, 1)
    flagged = rise >= NOTICEABLE
    onset = None
    if flagged:
        by_week: dict[int, list[int]] = {}  # week 1 is the 7 days before stop, week 2 the 7 before...
        for d in days[first:end]:
            by_week.setdefault(((stop - d).days - 1) // 7 + 1, []).append(daily[d])
        weeks = (stop - start).days // 7
        # rounded as the last 4 weeks' mean is, so that a flagged rise always has a week at the line
        week_means = [round(_mean(by_week[k]), 1) if k in by_week else None for k in range(1, weeks + 1)]
        onset = _onset(week_means, mid_mean + NOTICEABLE - 1e-9)
    return BeforeNextDose(mid_mean, late_mean, rise, flagged, onset, current, before or stop)


class _DoseLine(NamedTuple):
    """One dose's baseline, line and episode: what the rest of its cycle is read against."""

    base: float | None
    window: str | None
    recent: float | None  # the days -14 to -1 median, when the quieter earlier one is used
    after_first_half: int | None  # a second half: days since its course began
    limit: float
    found: tuple[date, date] | None  # the episode's first and last day
    next_infusion: date | None
    course_before: date | None  # the latest course start before this dose (a second half's own)
    baseline_days: int = 0  # the scored days of the baseline's days -14 to -1


def _lines(
    ordered: list[Infusion], starts: list[bool], daily: dict[date, int], settings: Settings
) -> Iterator[_DoseLine | None]:
    """For each dose (oldest first) its line, or None for a dose recorded twice (same day as the one before)."""
    previous_course: date | None = None
    course_baseline: tuple[float | None, str | None] = (None, None)
    course_days = 0  # the scored days of the course's own days -14 to -1
    for index, infusion in enumerate(ordered):
        day = infusion.day
        if index and ordered[index - 1].day == day:
            yield None
            continue
        next_infusion = next((i.day for i in ordered[index + 1 :] if i.day > day), None)
        base, window, recent = chosen_baseline(daily, day)
        scored = len(_scores_between(daily, day, BASELINE_DAYS, 1))
        course_before = previous_course
        after_first_half = None
        if not starts[index]:
            after_first_half = (day - previous_course).days if previous_course else None
            if course_baseline[0] is not None:
                # a second half: the days before it follow the first half
                (base, window), recent, scored = course_baseline, None, course_days
        else:
            course_baseline = (base, window)
            course_days = scored
            previous_course = day
        limit = threshold(base, settings)
        found = episode(daily, day, limit, next_infusion)
        yield _DoseLine(base, window, recent, after_first_half, limit, found, next_infusion, course_before, scored)


def _fatigue_runs(daily: dict[date, int], first: date, last: date, limit: float) -> Iterator[tuple[date, date]]:
    """The runs of fatigue days (at ``limit`` or more) from ``first`` to ``last``, each (first
    day, last day), bridged and ended as an episode is: one unlogged day between two fatigue
    days is part of it; a logged day under the line, or two unlogged days, end it."""
    start: date | None = None
    end = first
    day = first
    get = daily.get
    while day <= last:
        if get(day, -1) >= limit:
            if start is None:
                start = day
            end = day
        elif start is not None:
            following = day + _ONE_DAY
            if not (day not in daily and following <= last and get(following, -1) >= limit):
                yield start, end
                start = None
        day += _ONE_DAY
    if start is not None:
        yield start, end


def _between(
    ordered: list[Infusion], lines: list[_DoseLine | None], daily: dict[date, int], settings: Settings
) -> Iterator[tuple[int, date, date]]:
    """The fatigue episodes between doses: (the index of the dose before it, first day, last
    day) of each run of more than ``settings.days`` fatigue days, at that dose's line, from
    day 14 (or the day after the dose's own episode) to the day before the next dose."""
    latest = max(daily, default=None)
    if latest is None:
        return
    for index, line in enumerate(lines):
        if line is None:
            continue
        day = ordered[index].day
        first = day + _DAYS[WINDOW_DAYS]
        if line.found is not None:
            first = max(first, line.found[1] + _ONE_DAY)
        last = latest if line.next_infusion is None else min(latest, line.next_infusion - _ONE_DAY)
        for start, end in _fatigue_runs(daily, first, last, line.limit):
            if (end - start).days + 1 > settings.days:
                yield index, start, end


def _in_order(infusions: Iterable[Infusion]) -> list[Infusion]:
    return sorted(infusions, key=lambda i: (i.day, i.at or time.min))


def word_days(
    infusions: Iterable[Infusion],
    daily: dict[date, int],
    today: date,
    settings: Settings = Settings(),
    *,
    infections: bool = True,
) -> tuple[list[tuple[date, date]], date]:
    """The days whose words ``analyse`` reads: each episode's days (first, last), those
    between doses included, oldest first, for their signs of infection; and the first day of
    the alert window (the ``USUAL_DAYS`` before it included), from which every entry is read.
    A caller that reads only these days' words (queries.py, from a long journal) gets the
    findings of all of them. ``infections``: the words of the ``INFECTION_MONTHS`` months the
    infections are counted over too (as ``analyse`` takes it)."""
    ordered = _in_order(infusions)
    lines = list(_lines(ordered, courses(ordered), daily, settings))
    spans = [line.found for line in lines if line and line.found]
    spans += [(first, last) for _, first, last in _between(ordered, lines, daily, settings)]
    first = _first_recent(today)
    return sorted(spans), min(first, infections_since(today)) if infections else first


def infections_since(today: date) -> date:
    """The first day of the count of infections: ``INFECTION_MONTHS`` calendar months before ``today``."""
    return add_months(today, -INFECTION_MONTHS)


def infection_concerns(alerts: Iterable[Alert], first: date, last: date) -> tuple[Concern, ...]:
    """The infections logged from ``first`` to ``last``, oldest first: the alerts of the
    ``infection`` category on those days, folded into concerns as ``concerns.fold`` folds them
    (one within ``concerns.FOLD_DAYS`` days of the one before it belongs to the same infection)."""
    from ocrelog import concerns, signs

    folded = concerns.fold(a for a in alerts if a.category == signs.INFECTION.name and first <= a.day <= last)
    return tuple(sorted(folded, key=lambda c: (c.first, c.id)))


def _first_recent(today: date) -> date:
    """The first day whose entries the alerts read (alerts.window_start)."""
    from ocrelog.alerts import window_start

    return window_start(today)


def analyse(
    infusions: Iterable[Infusion],
    scores: Iterable[tuple[Moment, int]],
    symptoms: Iterable[tuple[Moment, str]],
    today: date,
    settings: Settings = Settings(),
    *,
    temperatures: Iterable[tuple[Moment, float]] = (),
    planned: Iterable[date] = (),
    written: Iterable[Entry] | None = None,
    daily: dict[date, int] | None = None,
    usual: Collection[str] = (),
    imported: Sequence[tuple[int, int]] = (),
    carer: bool = False,
    infections: bool = True,
) -> Findings:
    """Apply the rule to a journal's entries. One cycle per dose, oldest first.

    ``written``: the entries whose words the warning signs read (alerts.alerts):
    symptoms, temperatures, doses and every entry with a note, at least on the
    days ``word_days`` names (the others are not read); without it, the
    ``symptoms`` and ``temperatures`` given. ``daily``: each day's score
    (``daily_scores`` of the scores and the doses), when the caller has counted
    it already (queries.py, from a long journal); ``scores`` is then not read. ``usual``: the
    person's usual symptoms; ``imported``: the id ranges imports added; ``carer``: a carer keeps
    the journal, so the people its words name are the person (concerns.alerts).
    ``infections``: count the infections of the last ``INFECTION_MONTHS`` months (from every
    entry's words since then: ``word_days`` names them); False for a caller that does not show
    them (status).

    The steps: the journal as the rule reads it (``_prepare``), each dose's line (``_lines``),
    each dose's cycle (``_cycles``), the episodes between doses (``_episodes``), the warning
    signs (``_alerts``) and the infections counted (``_infections``).
    """
    from ocrelog import concerns

    given = _prepare(infusions, scores, symptoms, temperatures, written, daily, today, settings, carer)
    lines = list(_lines(given.ordered, given.starts, given.daily, settings))
    next_due, second_half_due = next_dose(given.ordered, given.starts)
    alerts = _alerts(given, usual, imported)
    since = infections_since(today) if infections else None
    return Findings(
        today,
        settings,
        cycles=_cycles(given, lines, next_due),
        next_due=next_due,
        next_due_is_second_half=second_half_due,
        alerts=alerts,
        planned=min((d for d in planned if d >= today), default=None),
        concerns=concerns.fold(alerts),
        episodes=_episodes(given, lines),
        infections=() if since is None else _infections(given, since, usual, imported),
        infections_since=since,
    )


class _Prepared(NamedTuple):
    """The journal as the rule reads it: the doses in order, each day's score, the symptoms and
    the entries whose words it reads by day, and what the steps of ``analyse`` share."""

    today: date
    settings: Settings
    ordered: list[Infusion]
    starts: list[bool]  # for each dose, whether it starts a course
    daily: dict[date, int]
    scored_days: list[date]
    symptom_days: dict[date, set[str]]
    written_on: dict[str, list[Entry]]  # by ISO day: thousands of entries, none parsed
    doses: list[Moment]  # each dose's moment as the warning signs time a reaction from it
    injected: list[Moment]  # the subcutaneous doses' moments
    carer: bool  # a carer keeps the journal (signs.read)


def _prepare(
    infusions: Iterable[Infusion],
    scores: Iterable[tuple[Moment, int]],
    symptoms: Iterable[tuple[Moment, str]],
    temperatures: Iterable[tuple[Moment, float]],
    written: Iterable[Entry] | None,
    daily: dict[date, int] | None,
    today: date,
    settings: Settings,
    carer: bool = False,
) -> _Prepared:
    """The first step of ``analyse``: its inputs gathered as the other steps read them."""
    ordered = _in_order(infusions)
    if daily is None:
        daily = daily_scores(scores, dose_times(ordered))
    symptoms, temperatures = list(symptoms), list(temperatures)
    symptom_days: dict[date, set[str]] = {}
    for when, name in symptoms:
        symptom_days.setdefault(moment_day(when), set()).add(name)
    if written is None:  # the words of the symptoms and temperatures given
        written = [Entry("symptom", to_iso(when), name=name) for when, name in symptoms] + [
            Entry("temperature", to_iso(when), celsius) for when, celsius in temperatures
        ]
    written_on: dict[str, list[Entry]] = {}
    for entry in written:
        written_on.setdefault(entry.date[:10], []).append(entry)
    return _Prepared(
        today,
        settings,
        ordered,
        courses(ordered),
        daily,
        sorted(daily),
        symptom_days,
        written_on,
        *_reaction_moments(ordered),
        carer,
    )


def _reaction_moments(ordered: list[Infusion]) -> tuple[list[Moment], list[Moment]]:
    """What the warning signs time reactions from: every dose's moment, and the 920 mg doses'."""
    every = [i.reaction_moment for i in ordered]
    return every, [m for m, i in zip(every, ordered) if i.dose_mg == SUBCUTANEOUS_DOSE]


def _cycles(given: _Prepared, lines: list[_DoseLine | None], next_due: date | None) -> tuple[Cycle, ...]:
    """Each dose's cycle, oldest first; a dose recorded twice gets the findings of the one before it."""
    course_days = sorted({i.day for i, start in zip(given.ordered, given.starts) if start})
    latest_score_day = max(given.daily, default=None)
    cycles: list[Cycle] = []
    for index, (infusion, line) in enumerate(zip(given.ordered, lines)):
        if line is None:  # recorded twice: the same findings
            cycles.append(cycles[-1]._replace(dose_mg=infusion.dose_mg, duplicate=True))
            continue
        cycle = _window(given, infusion, line)
        if line.found is not None:
            cycle = _flagged(given, cycle, line, latest_score_day)
        if given.starts[index]:
            cycle = _course(given, cycle, line, given.ordered[index - 1].day if index else None, course_days, next_due)
        cycles.append(cycle)
    return tuple(cycles)


def _window(given: _Prepared, infusion: Infusion, line: _DoseLine) -> Cycle:
    """A dose's cycle without its flag and course: days 0-13 (to the episode's end, before the
    next dose), their peak, symptoms and coverage, and whether they are enough to judge."""
    day, daily = infusion.day, given.daily
    found = line.found
    first_days, window_days = _window_days(day, line)
    after_days = sum(d in daily for d in first_days)
    first_tired = next(((d - day).days for d in window_days if daily.get(d, -1) >= line.limit), None)
    return Cycle(
        infusion_date=day,
        dose_mg=infusion.dose_mg,
        baseline=line.base,
        threshold=line.limit,
        peak=max((daily[d] for d in window_days if d in daily), default=None),
        fatigue_days=0,
        flag="none",
        ongoing=False,
        symptoms=tuple(sorted({name for d in window_days for name in given.symptom_days.get(d, ())})),
        episode_start=found[0] if found else None,
        episode_end=found[1] if found else None,
        episode_peak=None,
        episode_symptoms=(),
        course_start=False,
        early=False,
        daily_scores=tuple(map(daily.get, _days(day - _DAYS[-CHART_FROM], day + _DAYS[WINDOW_DAYS - 1]))),
        baseline_window=line.window,
        recent_baseline=line.recent,
        first_tired_day=first_tired if found is None else None,
        after_first_half=line.after_first_half,
        baseline_days=line.baseline_days,
        after_days=after_days,
        window_length=len(first_days),
        window_open=given.today <= day + _DAYS[WINDOW_DAYS - 1] and len(first_days) == WINDOW_DAYS,
        judged=after_days >= min(MIN_JUDGED_SCORES, len(first_days)),
    )


def _window_days(day: date, line: _DoseLine) -> tuple[list[date], list[date]]:
    """Days 0-13 of the dose on ``day``, and the days its peak and symptoms are read from: to the
    later of day 13 and the episode's last day; both cut short by the next dose."""
    last_allowed = line.next_infusion - timedelta(days=1) if line.next_infusion else None
    window_end = day + timedelta(days=WINDOW_DAYS - 1)
    first_days = _days(day, window_end if last_allowed is None else min(window_end, last_allowed))
    if line.found is not None:
        window_end = max(window_end, line.found[1])
    if last_allowed is not None:
        window_end = min(window_end, last_allowed)
    return first_days, _days(day, window_end)


def _flagged(given: _Prepared, cycle: Cycle, line: _DoseLine, latest_score_day: date | None) -> Cycle:
    """The cycle of a dose with an episode: its days, peak, symptoms and signs of infection,
    whether it goes on, and its flag and advice tier when it lasted more than ``days``."""
    from ocrelog import signs

    assert line.found is not None
    first, last = line.found
    span = _days(first, last)
    episode_peak = max(given.daily[d] for d in span if d in given.daily)
    infection_signs = _infection_signs(given, span)
    flag, tier = "none", None
    if len(span) > given.settings.days:
        # without a baseline the line is a guess: only a sign of infection makes it severe
        severe = (line.base is not None and episode_peak >= SEVERE_SCORE) or bool(infection_signs)
        flag = "severe" if severe else "prolonged"
        tier = signs.SOON if severe or len(span) > LONG_EPISODE_DAYS else signs.NEXT_CONTACT
    return cycle._replace(
        fatigue_days=len(span),
        episode_peak=episode_peak,
        episode_symptoms=tuple(sorted({name for d in span for name in given.symptom_days.get(d, ())})),
        infection_signs=tuple(infection_signs),
        ongoing=last == latest_score_day and last >= given.today - timedelta(days=1),
        flag=flag,
        tier=tier,
        judged=flag != "none" or cycle.judged,
    )


def _infection_signs(given: _Prepared, span: list[date]) -> list[str]:
    """The words of the signs of infection logged on ``span``'s days, each once."""
    from ocrelog.alerts import infection_words

    written_on, doses = given.written_on, given.doses
    words = (w for d in span for w in infection_words(written_on.get(d.isoformat(), ()), doses, given.carer))
    return list(dict.fromkeys(words))


def _course(
    given: _Prepared,
    cycle: Cycle,
    line: _DoseLine,
    previous: date | None,
    course_days: list[date],
    next_due: date | None,
) -> Cycle:
    """The cycle of a course's start: early or late against the doses before it, and its shape
    before the next course (the current one's once that is due within ``CURRENT_WITHIN_DAYS``)."""
    day = cycle.infusion_date
    early = line.course_before is not None and day < add_months(line.course_before, MIN_MONTHS_BETWEEN_COURSES)
    following = next((d for d in course_days if d > day), None)
    shape = None
    if following is not None:
        shape = before_next_dose(given.daily, day, following, days=given.scored_days)
    elif next_due is not None and given.today >= next_due - timedelta(days=CURRENT_WITHIN_DAYS):
        shape = before_next_dose(given.daily, day, given.today, current=True, days=given.scored_days, before=next_due)
    return cycle._replace(
        course_start=True,
        early=early,
        late=previous is not None and day > add_months(previous, LATE_COURSE_MONTHS),
        before_next_dose=shape,
        previous_dose=previous,
    )


def _episodes(given: _Prepared, lines: list[_DoseLine | None]) -> tuple[Episode, ...]:
    """The fatigue episodes between doses, with the signs of infection and temperatures of their days."""
    from ocrelog.alerts import infection_words

    episodes = []
    for index, first, last in _between(given.ordered, lines, given.daily, given.settings):
        span = _days(first, last)
        logged: list[str] = []
        for d in span:
            for entry in given.written_on.get(d.isoformat(), ()):
                if entry.type == "temperature" and isinstance(entry.value, (int, float)):
                    logged.append(temperature_text(entry.value))
                else:
                    logged += infection_words([entry], given.doses, given.carer)
        dose_day, line = given.ordered[index].day, lines[index]
        assert line is not None  # _between names only doses with a line
        episodes.append(
            Episode(
                first,
                last,
                len(span),
                max(given.daily[d] for d in span if d in given.daily),
                (first - dose_day).days,
                tuple(dict.fromkeys(logged)),
                dose_day,
                line.next_infusion == last + _ONE_DAY,
                line.limit,
                line.base is None,
            )
        )
    return tuple(episodes)


def _alerts(given: _Prepared, usual: Collection[str], imported: Sequence[tuple[int, int]]) -> tuple[Alert, ...]:
    """The warning signs of the alert window (every entry's words since ``_first_recent``)."""
    from ocrelog import concerns

    first_recent = _first_recent(given.today).isoformat()
    recent = [e for day, entries in given.written_on.items() if day >= first_recent for e in entries]
    return concerns.alerts(
        recent, given.doses, given.today, usual=usual, imported=imported, subcutaneous=given.injected, carer=given.carer
    )


def _infections(
    given: _Prepared, since: date, usual: Collection[str], imported: Sequence[tuple[int, int]]
) -> tuple[Concern, ...]:
    """The infections logged from ``since`` to today (``infection_concerns``)."""
    from ocrelog import concerns
    from ocrelog.alerts import may_alert

    first_counted = since.isoformat()
    # only entries that show a sign can be (or complete) an infection: the rest are not judged
    year = [
        e
        for day, entries in given.written_on.items()
        if day >= first_counted
        for e in entries
        if may_alert(e, given.carer)
    ]
    return infection_concerns(
        concerns.alerts(
            year,
            given.doses,
            given.today,
            days=None,
            usual=usual,
            imported=imported,
            subcutaneous=given.injected,
            carer=given.carer,
        ),
        since,
        given.today,
    )


def period_alerts(
    written: Iterable[Entry],
    infusions: Iterable[Infusion],
    start: date,
    end: date,
    today: date,
    *,
    usual: Collection[str] = (),
    imported: Sequence[tuple[int, int]] = (),
    carer: bool = False,
) -> tuple[Alert, ...]:
    """The warning signs logged from ``start`` to ``end``, newest first (every note, name and
    reaction), the doses' moments taken as ``analyse`` takes them.

    The entries are read from ``USUAL_DAYS`` before the start, so a neurological
    sign already usual for the person then does not count as new.
    """
    from ocrelog import concerns, signs

    doses, injected = _reaction_moments(_in_order(infusions))
    lookback = start - timedelta(days=signs.USUAL_DAYS)
    found = concerns.alerts(
        [e for e in written if e.day >= lookback],
        doses,
        today,
        days=None,
        usual=usual,
        imported=imported,
        subcutaneous=injected,
        carer=carer,
    )
    return tuple(alert for alert in found if start <= alert.day <= end)


def _days(first: date, last: date) -> list[date]:
    """Every day from ``first`` to ``last``, both included."""
    days: list[date] = []
    day = first
    while day <= last:
        days.append(day)
        day += _ONE_DAY
    return days


def next_dose(ordered: list[Infusion], starts: list[bool]) -> tuple[date | None, bool]:
    """When the next dose is due, and whether it is a course's second half.

    A day's first dose is the one that counts: a dose recorded twice changes nothing.
    """
    if not ordered:
        return None, False
    firsts = [n for n, i in enumerate(ordered) if n == 0 or ordered[n - 1].day != i.day]
    last_start = max(n for n in firsts if starts[n])
    course = ordered[last_start]
    lone_half = course.dose_mg == HALF_DOSE_MG and ordered[-1].day == course.day
    if lone_half:
        return course.day + timedelta(days=SECOND_HALF_DUE_AFTER_DAYS), True
    return add_months(course.day, MONTHS_BETWEEN_COURSES), False
