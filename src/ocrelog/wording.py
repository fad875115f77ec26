"""The report's words: the one place where a finding becomes a sentence.

Plain text, no Rich, so the status screen and the clinic summary (which must
start fast, or carry facts only) use the same sentences as the report.
``finding_text`` states facts; ``cycle_advice`` and ``due_advice`` say what to
do, in the tiers of ``signs.TIERS``. Every number comes from the rule's constants.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from ocrelog.dates import add_months, written
from ocrelog.rules import (
    BASELINE_DAYS,
    CHART_FROM,
    EARLIER_WINDOW,
    INFECTION_MONTHS,
    LATE_COURSE_MONTHS,
    LATE_DAYS,
    LATE_SECOND_HALF_DAYS,
    LATE_WEEKS,
    MAX_THRESHOLD,
    MID_WEEKS,
    MIN_BASELINE_SCORES,
    MIN_EARLIER_BASELINE_SCORES,
    MIN_JUDGED_SCORES,
    MIN_MONTHS_BETWEEN_COURSES,
    NOTICEABLE,
    ONSET_BUCKETS,
    QUIETER_BY,
    SEVERE_SCORE,
    SHAPE_MIN_DAYS,
    VERY_HIGH_BASELINE,
    WINDOW_DAYS,
    BeforeNextDose,
    Cycle,
    Episode,
    Findings,
    Settings,
)
from ocrelog.signs import FEVER_C, SOON, TIERS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ocrelog.concerns import Concern
    from ocrelog.cycle_shape import Comparison, Shape

CHART_LEGEND = (
    f"Each chart shows the daily scores from {-CHART_FROM} days before to {WINDOW_DAYS - 1} days "
    "after the dose; │ marks the dose day, a gap a day with no score."
)
NO_DOSE_YET = "No dose recorded yet; record one with: ocrelog infuse --on DATE"
TIMING_NOT_CAUSE = "This describes timing, not a cause."
#: The advice of a second half that came late (the row states the facts).
LATE_HALF_ADVICE = "check with your MS team when your next dose is due"
DISCLAIMER = (
    "ocrelog is a journal, not medical advice: it shows what you logged. "
    "If something worries you, contact your MS team."
)


def days_text(count: int, word: str = "day") -> str:
    """'1 day', '2 days'."""
    return _days(count, word)


def _days(count: int, word: str = "day") -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def number_text(value: float | None) -> str:
    """A baseline, peak or threshold as shown: ``2.5``, ``3``, or ``-`` for none."""
    if value is None:
        return "-"
    return f"{value:g}"


def episode_advice(cycle: Cycle) -> str:
    """What to do about a fatigue episode, by its tier ('' when unflagged)."""
    return TIERS[cycle.tier] if cycle.tier else ""


def cycle_advice(cycle: Cycle) -> list[str]:
    """What to do about one cycle's findings, most urgent first (empty when nothing)."""
    advice = [TIERS[cycle.tier]] if cycle.tier else []
    if cycle.late_second_half:
        advice.append(LATE_HALF_ADVICE)
    return advice


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_word(count: int) -> str:
    """'two' for 2, up to ten; the digits beyond."""
    return _NUMBER_WORDS[count] if 0 <= count < len(_NUMBER_WORDS) else str(count)


def months_text(first: date, last: date) -> str:
    """The time from ``first`` to ``last`` in calendar months: '8 months', '7 months and 12 days'."""
    months = 0
    while add_months(first, months + 1) <= last:
        months += 1
    days = (last - add_months(first, months)).days
    text = _days(months, "month")
    return f"{text} and {_days(days)}" if days else text


def too_few_text(cycle: Cycle) -> str:
    """An unjudged cycle: 'too few scores to judge: 2 of 14 days'."""
    of = f"{cycle.after_days} of {_days(cycle.window_length)}"
    if cycle.window_length < WINDOW_DAYS:
        of += " before the next dose"
    return f"too few scores to judge{' yet' if cycle.window_open else ''}: {of}"


def no_baseline_text(cycle: Cycle) -> str:
    """Why a dose has no baseline: 'no baseline: no scores in the 14 days before'."""
    if not cycle.baseline_days:
        return f"no baseline: no scores in the {BASELINE_DAYS} days before"
    return (
        f"no baseline: only {cycle.baseline_days} of the {BASELINE_DAYS} days before have a score "
        f"(it needs {MIN_BASELINE_SCORES})"
    )


def _not_flagged(cycle: Cycle) -> str:
    """What an unflagged cycle found: tired days, or how far the scores got; or, without enough
    scores in days 0-13, that it cannot say."""
    n, peak = cycle.fatigue_days, cycle.peak
    if not cycle.judged:
        return too_few_text(cycle)
    if n:
        return f"not flagged: {_days(n, 'tired day')}"
    if cycle.first_tired_day is not None:
        return (
            f"not flagged: the first tired day was day {cycle.first_tired_day} "
            f"(a run must start on day 0 or 1; peak {peak})"
        )
    if cycle.baseline is not None and peak is not None and peak <= cycle.baseline:
        return "not flagged: no tired days"
    return f"not flagged: no day reached {number_text(cycle.threshold)} (peak {peak})"


def onset_text(shape: BeforeNextDose) -> str:
    """When a rise before the dose began: '1-4 weeks before' ('1-4 weeks ago' in the cycle still going)."""
    began = {
        ONSET_BUCKETS[0]: "less than 1 week",
        ONSET_BUCKETS[1]: f"{ONSET_BUCKETS[1]} weeks",
        ONSET_BUCKETS[2]: f"more than {LATE_WEEKS} weeks",
    }.get(shape.onset_weeks or "")
    if began is None:
        return "-"
    return f"{began} {'ago' if shape.current else 'before'}"


def finding_text(cycle: Cycle, *, clinician: bool = False) -> str:
    """One cycle in words, facts only: 'not flagged: 2 tired days', 'prolonged: 6 days...'.

    ``clinician``: in the third person ("the baseline"), with no instruction to anyone.
    """
    text = _flag_text(cycle, "the" if clinician else "your")
    if cycle.ongoing:
        text += " (still going)"
    return text + "".join(f"; {note}" for note in _baseline_notes(cycle) + _dose_notes(cycle, clinician))


def _flag_text(cycle: Cycle, whose: str) -> str:
    """The cycle's flag and its episode: 'not flagged: ...', 'prolonged: ...', 'severe: ...'."""
    n = cycle.fatigue_days
    if cycle.peak is None:  # scores later in the cycle may exist: the rule reads days 0 to 13 only
        return f"no fatigue scores logged in the {WINDOW_DAYS} days after this dose"
    if cycle.flag == "none":
        return _not_flagged(cycle)
    if cycle.flag == "prolonged":
        if cycle.baseline is not None:
            return f"prolonged: {_days(n)} above {whose} baseline"
        return f"prolonged: {_days(n)} at {number_text(cycle.threshold)} or more"
    parts = [_days(n), f"peak {cycle.episode_peak}"]
    if cycle.infection_signs:
        parts.append(" and ".join(cycle.infection_signs) + " logged")
    return f"severe: {', '.join(parts)}"


def _baseline_notes(cycle: Cycle) -> list[str]:
    """What to know of the cycle's baseline: none, the quieter earlier one, or one very high."""
    notes = []
    if cycle.baseline is None and cycle.peak is not None:
        notes.append(no_baseline_text(cycle))
    if cycle.recent_baseline is not None:
        notes.append(
            f"baseline from {EARLIER_WINDOW}: fatigue rose in the {number_word(BASELINE_DAYS // 7)} "
            f"weeks before this dose ({number_text(cycle.recent_baseline)} against "
            f"{number_text(cycle.baseline)})"
        )
    if cycle.baseline is not None and cycle.baseline >= VERY_HIGH_BASELINE:
        notes.append(
            f"fatigue before this dose was already very high ({number_text(cycle.baseline)}), "
            f"so a rise above it is hard to see (the line is capped at {MAX_THRESHOLD})"
        )
    return notes


def _dose_notes(cycle: Cycle, clinician: bool) -> list[str]:
    """What to know of the dose itself: a second half (late), a late or early course, a dose recorded twice."""
    notes = []
    if not cycle.course_start:
        note = "second half of the course"
        if cycle.late_second_half:
            note += (
                f", late: {_days(cycle.after_first_half or 0)} after the first half "
                f"({LATE_SECOND_HALF_DAYS // 7} weeks or more)"
            )
        notes.append(note)
    if cycle.late and cycle.previous_dose is not None:
        notes.append(f"late: {months_text(cycle.previous_dose, cycle.infusion_date)} after the previous dose")
    if cycle.early:
        notes.append(f"under {MIN_MONTHS_BETWEEN_COURSES} months after the previous course")
        if not clinician:
            notes[-1] += ": check the date"
    if cycle.duplicate:
        notes.append("recorded twice on this day")
    return notes


def with_advice(text: str, advice: str | list[str]) -> str:
    """``text``, then what to do after a dash (nothing when there is no advice)."""
    advice = "; ".join(a[:1].lower() + a[1:] for a in ([advice] if isinstance(advice, str) else advice) if a)
    return f"{text} — {advice}" if advice else text


def finding_with_advice(cycle: Cycle) -> str:
    return with_advice(finding_text(cycle), cycle_advice(cycle))


#: The columns of the rise before the dose, one row per cycle that has one (``rise_rows``).
RISE_TITLE = "Fatigue before the next dose"
RISE_HEADERS = ("cycle", "mid-cycle", f"last {LATE_WEEKS} weeks", "rise", "it began")


def rise_rows(findings: Findings, day: Callable[[date], str] = written) -> list[tuple[str, ...]]:
    """One row per cycle with a rise before the dose, named by the dose it leads up to: ('before
    the 16 May 2026 dose', mid-cycle mean, last-4-weeks mean, the rise, when it began)."""
    rows: list[tuple[str, ...]] = []
    for shape in findings.shapes:
        if not shape.flagged or shape.before is None:
            continue
        name = (
            f"before the dose due {day(shape.before)} (so far)"
            if shape.current
            else f"before the {day(shape.before)} dose"
        )
        rows.append(
            (name, f"{shape.mid_cycle:.1f}", f"{shape.last_4_weeks:.1f}", f"+{shape.rise:.1f}", onset_text(shape))
        )
    return rows


def rises_text(findings: Findings, *, clinician: bool = False) -> str:
    """'In 3 of 4 cycles fatigue rose by 1 point or more in the 4 weeks before the dose; ...'
    ('' when no complete cycle has the data). ``clinician``: without the suggestion."""
    rises, cycles = findings.rises
    if not cycles:
        return ""
    text = (
        f"In {rises} of {cycles} cycle{'' if cycles == 1 else 's'} fatigue rose by {NOTICEABLE:g} "
        f"point or more in the {LATE_WEEKS} weeks before the dose"
    )
    if rises and not clinician:
        text += "; worth mentioning at the next visit"
    return (
        f"{text} (the mean of those {LATE_WEEKS} weeks against weeks {MID_WEEKS[0]}-{MID_WEEKS[1]}, "
        f"in complete cycles with {SHAPE_MIN_DAYS} or more days scored). {TIMING_NOT_CAUSE}"
    )


def late_doses_text(findings: Findings, day: Callable[[date], str] = written) -> list[str]:
    """A sentence for each dose that came late: 'The dose of 14 Jan 2027 came 8 months after
    the previous dose.', 'The second half of 18 Jul 2026 came 65 days after its first half.'"""
    sentences = []
    for cycle in findings.cycles:
        if cycle.duplicate:
            continue
        if cycle.late and cycle.previous_dose is not None:
            sentences.append(
                f"The dose of {day(cycle.infusion_date)} came "
                f"{months_text(cycle.previous_dose, cycle.infusion_date)} after the previous dose "
                f"(more than {LATE_COURSE_MONTHS} months)."
            )
        elif cycle.late_second_half:
            sentences.append(
                f"The second half of {day(cycle.infusion_date)} came {_days(cycle.after_first_half or 0)} "
                f"after its first half ({LATE_SECOND_HALF_DAYS // 7} weeks or more)."
            )
    return sentences


def infections_text(infections: Sequence[Concern], until: date | None = None) -> str:
    """'4 infections logged in the last 12 months: Jan, Apr, Aug, Nov.' ('' with none): a count,
    as a fact, each infection by the month it began (with its year when a month name comes twice
    from two years; 'Mar (2)' for two in one month). ``until``: the months end then, not today."""
    if not infections:
        return ""
    starts = [c.first for c in infections]
    with_year = len({(d.month, d.year) for d in starts}) > len({d.month for d in starts})
    names: dict[str, int] = {}
    for day in starts:
        name = written(day).split(" ", 1)[1] if with_year else written(day).split(" ")[1]
        names[name] = names.get(name, 0) + 1
    months = ", ".join(name if n == 1 else f"{name} ({n})" for name, n in names.items())
    count = len(infections)
    return f"{count} infection{'' if count == 1 else 's'} logged in {infections_period(until)}: {months}."


def infections_period(until: date | None = None) -> str:
    """'the last 12 months', or 'the 12 months to 3 Nov 2026' (``until``: not today)."""
    return f"the {INFECTION_MONTHS} months to {written(until)}" if until else f"the last {INFECTION_MONTHS} months"


EPISODES_TITLE = "Fatigue between doses"


def episodes_heading(findings: Findings, *, titled: bool = True) -> str:
    """The line above the episodes between doses: what they are (``titled``: after their title)."""
    what = (
        f"more than {_days(findings.settings.days)} in a row at the line of the dose before, after "
        f"its days 0-{WINDOW_DAYS - 1} (week 1 is days 0-6 after that dose):"
    )
    return f"{EPISODES_TITLE}: {what}" if titled else what[:1].upper() + what[1:]


def episode_text(episode: Episode, day: Callable[[date], str] = written) -> str:
    """'12 Aug 2026 to 19 Aug 2026: 8 days, peak 9, week 12; flu, 38.4 °C logged'."""
    text = (
        f"{day(episode.start)} to {day(episode.end)}: {_days(episode.days)}, peak {episode.peak}, "
        f"week {episode.week}{', up to the next dose' if episode.to_dose else ''}"
    )
    if episode.guessed:
        text += f", at {number_text(episode.threshold)} or more (no baseline before that dose)"
    return text + (f"; {', '.join(episode.signs)} logged" if episode.signs else "")


def comparison_text(comparison: Comparison, *, clinician: bool = False) -> str:
    """The comparison over complete cycles (``ocrelog cycle``) in words: timing, never cause.

    ``clinician``: in the third person ("fatigue averaged"), for the summary.
    """
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


def cycle_heading(shape: Shape) -> str:
    """The line above ``ocrelog cycle``'s table: which cycles its columns are."""
    week_one = "week 1 is days 0-6"
    since = f"this cycle, from {shape.current_start.isoformat()}" if shape.current_start else ""
    if not shape.complete_cycles:
        return (
            f"Mean daily fatigue by week in {since} so far ({week_one}); no cycle is complete "
            "yet, so there is nothing to set beside it:"
        )
    cycles = f"{shape.complete_cycles} complete cycle{'' if shape.complete_cycles == 1 else 's'}"
    beside = f", beside {since} so far" if since else ""
    return f"Mean daily fatigue by week since the dose, over {cycles}{beside} ({week_one}):"


def not_enough_text() -> str:
    from ocrelog.cycle_shape import MIN_CYCLES_FOR_COMPARISON

    return (
        "Not enough data to compare the weeks before a dose with mid-cycle: that needs "
        f"{MIN_CYCLES_FOR_COMPARISON} cycles with {SHAPE_MIN_DAYS} or more days scored."
    )


def too_few_days_text(start: date, end: date, scored: int) -> str:
    """``ocrelog chart``'s line instead of a near-empty plot: how many days of the period are scored."""
    from ocrelog.charts import MIN_CHART_DAYS

    said = "no days" if not scored else f"only {scored} day{'s' if scored > 1 else ''}"
    return (
        f"From {start} to {end} the journal has fatigue scores on {said}, and a chart needs "
        f"{MIN_CHART_DAYS}; log how you feel each day with: ocrelog feel 5"
    )


NO_CYCLE_YET = "A cycle starts with a dose, and the journal has none yet; record one with: ocrelog infuse --on DATE"


def cycle_closing_text(shape: Shape) -> str | None:
    """The line below ``ocrelog cycle``'s table: the comparison over complete cycles, or why
    there is none; None while no cycle is complete (the table says so already)."""
    if not shape.complete_cycles:
        return None
    if shape.comparison is not None:
        return f"{comparison_text(shape.comparison)} {TIMING_NOT_CAUSE}"
    return not_enough_text()


def due_text(findings: Findings, day: Callable[[date], str] = date.isoformat) -> str:
    """When the next dose is due, as facts: date (written by ``day``), and how far away or overdue."""
    if findings.next_due is None:
        return ""
    what = "Second half of the course due" if findings.next_due_is_second_half else "Next dose due"
    days = (findings.next_due - findings.today).days
    if days > 0:
        when = f"in {_days(days)}"
    elif days == 0:
        when = "today"
    else:
        when = f"{_days(-days)} overdue"
    text = f"{what}: {day(findings.next_due)} ({when})."
    if findings.planned is not None:
        ahead = (findings.planned - findings.today).days
        text += f" Booked: {day(findings.planned)} ({'today' if ahead == 0 else 'in ' + _days(ahead)})."
    return text


def no_dose_text(findings: Findings) -> str:
    """The report's one line when it has no dose to show, and how to record one."""
    if findings.next_due is None:
        return NO_DOSE_YET
    return "No doses recorded in that period; try without --since."


def due_advice(findings: Findings) -> str:
    """What to do about the next dose, for the person (not the clinician)."""
    if findings.overdue_days and findings.planned is None:
        return f"{TIERS[SOON]} to book the next dose."
    return ""


def threshold_text(settings: Settings, baseline: str = "your baseline") -> str:
    """The fatigue-day line in words, for the report and the summary alike."""
    return (
        f"at least the higher of {settings.floor} and {baseline} + {settings.rise} "
        f"(never more than {MAX_THRESHOLD}; {settings.floor + 1} or more with no baseline)"
    )


def settings_text(findings: Findings) -> str:
    s = findings.settings
    return (
        f"A fatigue day scores {threshold_text(s)}; "
        f"more than {_days(s.days)} in a row is flagged. Change with --floor, --rise, --days."
    )


def rule_sentences(findings: Findings) -> str:
    """The rule in two plain sentences, with its settings, for the clinician."""
    s = findings.settings
    return (
        f"Baseline is the median daily score (each day's highest) on the {BASELINE_DAYS} days "
        f"before a dose, given at least {MIN_BASELINE_SCORES} scored days, or on days "
        f"{EARLIER_WINDOW.removeprefix('days ')} when that median (of at least "
        f"{MIN_EARLIER_BASELINE_SCORES} scored days) is {QUIETER_BY:g} point or more lower; a "
        f"fatigue day scores {threshold_text(s, 'baseline')}. A run of fatigue days starting on "
        f"the dose day or the day after is flagged prolonged when longer than {s.days} days, and "
        f"severe when it also reached {SEVERE_SCORE} or came with a sign of infection (a "
        f"temperature of {FEVER_C:g} °C or more included; without a baseline, only a sign of "
        f"infection); peak and symptoms cover "
        f"the {WINDOW_DAYS} days from the dose, or the whole episode when it runs longer. A dose "
        f"with fewer than {MIN_JUDGED_SCORES} scored days in those {WINDOW_DAYS} days and no flag "
        f"is not judged."
    )
