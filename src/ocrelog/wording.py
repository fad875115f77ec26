"""The report's words: the one place where a finding becomes a sentence.

Plain text, no Rich, so the status screen and the clinic summary (which must
start fast, or carry facts only) use the same sentences as the report.
``finding_text`` states facts; ``flag_advice`` and ``due_advice`` say what to
do, in the tiers of ``signs.TIERS``. Every number comes from the rule's constants.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ocrelog.rules import (
    CHART_FROM,
    MAX_THRESHOLD,
    MIN_MONTHS_BETWEEN_COURSES,
    VERY_HIGH_BASELINE,
    WINDOW_DAYS,
    Cycle,
    Findings,
    Settings,
)
from ocrelog.signs import NEXT_CONTACT, SOON, TIERS

CHART_LEGEND = (
    f"Each chart shows the daily scores from {-CHART_FROM} days before to {WINDOW_DAYS - 1} days "
    "after the dose; │ marks the dose day, a gap a day with no score."
)
DISCLAIMER = (
    "ocrelog is a journal, not medical advice: it shows what you logged. "
    "If something worries you, contact your MS team."
)


def _days(count: int, word: str = "day") -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def number_text(value: float | None) -> str:
    """A baseline, peak or threshold as shown: ``2.5``, ``3``, or ``-`` for none."""
    if value is None:
        return "-"
    return f"{value:g}"


def flag_advice(flag: str) -> str:
    """What to do about a flag, in one phrase ('' when there is nothing to do)."""
    if flag == "severe":
        return TIERS[SOON]
    if flag == "prolonged":
        return TIERS[NEXT_CONTACT]
    return ""


def finding_text(cycle: Cycle, *, clinician: bool = False) -> str:
    """One cycle in words, facts only: 'not flagged: 2 tired days', 'prolonged: 6 days...'.

    ``clinician``: in the third person ("the baseline"), with no instruction to anyone.
    """
    whose = "the" if clinician else "your"
    n = cycle.fatigue_days
    if cycle.peak is None:
        text = "no fatigue scores logged after this dose"
    elif cycle.flag == "none":
        none = "no tired day logged" if clinician else "no tired days"  # the journal knows only what was logged
        text = f"not flagged: {none}" if n == 0 else f"not flagged: {_days(n, 'tired day')}"
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
    if cycle.baseline is not None and cycle.baseline >= VERY_HIGH_BASELINE:
        text += (
            f"; fatigue before this dose was already very high ({number_text(cycle.baseline)}), "
            f"so a rise above it is hard to see (the line is capped at {MAX_THRESHOLD})"
        )
    if not cycle.course_start:
        text += "; second half of the course"
    if cycle.early:
        text += f"; under {MIN_MONTHS_BETWEEN_COURSES} months after the previous course"
        if not clinician:
            text += ": check the date"
    return text


def with_advice(text: str, flag: str) -> str:
    """``text``, then what to do about ``flag`` after a dash (nothing for an unflagged one)."""
    advice = flag_advice(flag)
    return f"{text} — {advice[:1].lower()}{advice[1:]}" if advice else text


def finding_with_advice(cycle: Cycle) -> str:
    return with_advice(finding_text(cycle), cycle.flag)


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


def due_advice(findings: Findings) -> str:
    """What to do about the next dose, for the person (not the clinician)."""
    if findings.overdue_days and findings.planned is None:
        return "Contact your infusion centre to book the next dose."
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
