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

from ocrelog.rules import (
    BASELINE_DAYS,
    CHART_FROM,
    LATE_DAYS,
    LATE_SECOND_HALF_DAYS,
    LATE_WEEKS,
    MAX_THRESHOLD,
    MID_WEEKS,
    MIN_BASELINE_SCORES,
    MIN_MONTHS_BETWEEN_COURSES,
    NOTICEABLE,
    ONSET_BUCKETS,
    SEVERE_SCORE,
    SHAPE_MIN_DAYS,
    VERY_HIGH_BASELINE,
    WINDOW_DAYS,
    BeforeNextDose,
    Cycle,
    Findings,
    Settings,
)
from ocrelog.signs import FEVER_C, SOON, TIERS

if TYPE_CHECKING:
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


def _not_flagged(cycle: Cycle) -> str:
    """What an unflagged cycle found: tired days, or how far the scores got."""
    n, peak = cycle.fatigue_days, cycle.peak
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


def shape_text(shape: BeforeNextDose) -> str:
    """A cycle's rise before the next dose, in words ('' without one): timing, never cause."""
    if not shape.flagged:
        return ""
    began = {
        ONSET_BUCKETS[0]: "less than 1 week",
        ONSET_BUCKETS[1]: f"{ONSET_BUCKETS[1]} weeks",
        ONSET_BUCKETS[2]: f"more than {LATE_WEEKS} weeks",
    }.get(shape.onset_weeks or "")
    if shape.current:
        text = f"fatigue {shape.rise:.1f} points higher in the last {LATE_WEEKS} weeks than mid-cycle"
        return text + (f"; it began {began} ago" if began else "")
    text = f"fatigue {shape.rise:.1f} points higher in the {LATE_WEEKS} weeks before the dose than mid-cycle"
    return text + (f"; it began {began} before" if began else "")


def finding_text(cycle: Cycle, *, clinician: bool = False) -> str:
    """One cycle in words, facts only: 'not flagged: 2 tired days', 'prolonged: 6 days...'.

    ``clinician``: in the third person ("the baseline"), with no instruction to anyone.
    """
    whose = "the" if clinician else "your"
    n = cycle.fatigue_days
    if cycle.peak is None:
        text = "no fatigue scores logged after this dose"
    elif cycle.flag == "none":
        text = _not_flagged(cycle)
    elif cycle.flag == "prolonged":
        if cycle.baseline is not None:
            text = f"prolonged: {_days(n)} above {whose} baseline"
        else:
            text = f"prolonged: {_days(n)} at {number_text(cycle.threshold)} or more"
    else:
        parts = [_days(n), f"peak {cycle.episode_peak}"]
        if cycle.infection_signs:
            parts.append(" and ".join(cycle.infection_signs) + " logged")
        text = f"severe: {', '.join(parts)}"
    if cycle.ongoing:
        text += " (still going)"
    if cycle.recent_baseline is not None:
        text += (
            f"; fatigue rose in the {BASELINE_DAYS // 7} weeks before the dose: "
            f"{number_text(cycle.recent_baseline)} against {number_text(cycle.baseline)} earlier; "
            f"the line uses {number_text(cycle.baseline)}"
        )
    if cycle.baseline is not None and cycle.baseline >= VERY_HIGH_BASELINE:
        text += (
            f"; fatigue before this dose was already very high ({number_text(cycle.baseline)}), "
            f"so a rise above it is hard to see (the line is capped at {MAX_THRESHOLD})"
        )
    if not cycle.course_start:
        text += "; second half of the course"
        if cycle.late_second_half:
            text += (
                f", late: {_days(cycle.after_first_half or 0)} after the first half "
                f"(more than {LATE_SECOND_HALF_DAYS // 7} weeks)"
            )
    if cycle.early:
        text += f"; under {MIN_MONTHS_BETWEEN_COURSES} months after the previous course"
        if not clinician:
            text += ": check the date"
    if cycle.duplicate:
        text += "; recorded twice on this day"
    if cycle.before_next_dose is not None and cycle.before_next_dose.flagged:
        text += "; before the next dose: " + shape_text(cycle.before_next_dose)
    return text


def with_advice(text: str, advice: str | list[str]) -> str:
    """``text``, then what to do after a dash (nothing when there is no advice)."""
    advice = "; ".join(a[:1].lower() + a[1:] for a in ([advice] if isinstance(advice, str) else advice) if a)
    return f"{text} — {advice}" if advice else text


def finding_with_advice(cycle: Cycle) -> str:
    return with_advice(finding_text(cycle), cycle_advice(cycle))


def rises_text(findings: Findings) -> str:
    """'A rise before the dose in 3 of 4 cycles (...).' ('' when no cycle has the data)."""
    rises, cycles = findings.rises
    if not cycles:
        return ""
    return (
        f"A rise before the dose in {rises} of {cycles} cycle{'' if cycles == 1 else 's'}: "
        f"a mean {NOTICEABLE:g} point or more higher in the {LATE_WEEKS} weeks before the dose "
        f"than in weeks {MID_WEEKS[0]}-{MID_WEEKS[1]}, in cycles with {SHAPE_MIN_DAYS} or more "
        f"days scored. {TIMING_NOT_CAUSE}"
    )


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
        f"before a dose, given at least {MIN_BASELINE_SCORES} scored days; a fatigue day scores "
        f"{threshold_text(s, 'baseline')}. A run of fatigue days starting on the dose day or the "
        f"day after is flagged prolonged when longer than {s.days} days, and severe when it also "
        f"reached {SEVERE_SCORE} or came with a sign of infection (a temperature of "
        f"{FEVER_C:g} °C or more included); peak and symptoms cover the "
        f"{WINDOW_DAYS} days from the dose, or the whole episode when it runs longer."
    )
