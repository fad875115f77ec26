"""The report in words and as a Rich table. The numbers come from rules.py.

``finding_text`` is the one place that puts a cycle into plain language (facts
only, so the clinician's summary can use it too); ``flag_advice`` is the one
place that says what to do about a flag, in the tiers of ``signs.TIERS``.
Text that states a number of the rule is built from the rule's constants.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ocrelog.charts import sparkline
from ocrelog.entries import dose_words
from ocrelog.render import shown
from ocrelog.rules import (
    CHART_FROM,
    MAX_THRESHOLD,
    MIN_MONTHS_BETWEEN_COURSES,
    VERY_HIGH_BASELINE,
    WINDOW_DAYS,
    Cycle,
    Findings,
)
from ocrelog.signs import ALERT_DAYS, NEXT_CONTACT, SOON, TIERS, Alert

FLAG_STYLES = {"none": "green", "prolonged": "yellow", "severe": "bold red"}
CHART_LEGEND = (
    f"Each chart shows the daily scores from {-CHART_FROM} days before to {WINDOW_DAYS - 1} days "
    "after the dose; │ marks the dose day, a gap a day with no score."
)
DISCLAIMER = (
    "ocrelog is a journal, not medical advice: it shows what you logged. "
    "If something worries you, contact your MS team."
)
#: Below this many columns the report is a list of blocks instead of a table.
NARROW = 72


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


def finding_text(cycle: Cycle) -> str:
    """One cycle in words, facts only: 'not flagged: 2 tired days', 'prolonged: 6 days...'."""
    n = cycle.fatigue_days
    if cycle.peak is None:
        text = "no fatigue scores logged after this dose"
    elif cycle.flag == "none":
        text = "not flagged: no tired days" if n == 0 else f"not flagged: {_days(n, 'tired day')}"
    elif cycle.flag == "prolonged":
        if cycle.baseline is not None:
            text = f"prolonged: {_days(n)} above your baseline"
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
        text += f"; under {MIN_MONTHS_BETWEEN_COURSES} months after the previous course: check the date"
    return text


def finding_with_advice(cycle: Cycle) -> str:
    advice = flag_advice(cycle.flag)
    return f"{finding_text(cycle)} — {advice.lower()}" if advice else finding_text(cycle)


def due_text(findings: Findings) -> str:
    """When the next dose is due, as facts: date, and how far away or overdue."""
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
    text = f"{what}: {findings.next_due.isoformat()} ({when})."
    if findings.planned is not None:
        ahead = (findings.planned - findings.today).days
        text += f" Booked: {findings.planned.isoformat()} ({'today' if ahead == 0 else 'in ' + _days(ahead)})."
    return text


def due_advice(findings: Findings) -> str:
    """What to do about the next dose, for the person (not the clinician)."""
    if findings.overdue_days and findings.planned is None:
        return "Contact your infusion centre to book the next dose."
    return ""


def settings_text(findings: Findings) -> str:
    s = findings.settings
    return (
        f"A fatigue day scores at least the higher of {s.floor} and your baseline + {s.rise} "
        f"(never more than {MAX_THRESHOLD}; {s.floor + 1} or more with no baseline); "
        f"more than {_days(s.days)} in a row is flagged. Change with --floor, --rise, --days."
    )


def alert_line(alert: Alert) -> Text:
    line = Text(f"{alert.when}  ", style="bold")
    line.append(shown(alert.logged).plain)
    line.append(f" ({alert.category.replace('_', ' ')}): ", style="dim")
    line.append(alert.advice)
    return line


def attention_block(findings: Findings) -> Group | None:
    if not findings.alerts:
        return None
    lines = [Text(f"Warning signs logged in the last {ALERT_DAYS} days, newest first:", style="bold red")]
    lines += [alert_line(alert) for alert in findings.alerts]
    return Group(*lines, Text(""))


def _finding(cycle: Cycle) -> Text:
    finding = Text(sparkline(cycle.daily_scores, -CHART_FROM) + "\n", style="cyan")
    finding.append(finding_with_advice(cycle), style=FLAG_STYLES[cycle.flag])
    if cycle.symptoms:
        finding.append(shown("\nsymptoms: " + ", ".join(cycle.symptoms)).plain, style="dim")
    return finding


def report_table(findings: Findings) -> Table:
    table = Table(
        title="Fatigue after each dose",
        title_justify="left",
        header_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
    )
    table.add_column("dose date", no_wrap=True)
    table.add_column("dose", no_wrap=True, justify="right")
    table.add_column("baseline", no_wrap=True, justify="right")
    table.add_column("peak", no_wrap=True, justify="right")
    table.add_column("fatigue days", justify="right", max_width=7)
    table.add_column(f"days {CHART_FROM} to {WINDOW_DAYS - 1}, finding", min_width=24)
    for cycle in findings.cycles:
        table.add_row(
            cycle.infusion_date.isoformat(),
            f"{cycle.dose_mg} mg",
            number_text(cycle.baseline),
            number_text(cycle.peak),
            str(cycle.fatigue_days),
            _finding(cycle),
        )
    return table


def report_blocks(findings: Findings) -> Group:
    """The report for a narrow terminal: one block of wrapped lines per dose."""
    parts: list[Text] = [Text("Fatigue after each dose", style="bold")]
    for cycle in findings.cycles:
        head = Text(f"{cycle.infusion_date.isoformat()}  {dose_words(cycle.dose_mg)}", style="bold")
        facts = Text(
            f"baseline {number_text(cycle.baseline)}, peak {number_text(cycle.peak)}, "
            f"fatigue days {cycle.fatigue_days}"
        )
        parts += [Text(""), head, facts, _finding(cycle)]
    return Group(*parts)


def print_report(console: Console, findings: Findings) -> None:
    block = attention_block(findings)
    if block is not None:
        console.print(block)
    console.print(report_blocks(findings) if console.width < NARROW else report_table(findings))
    console.print(Text(CHART_LEGEND, style="dim"))
    console.print()
    due = due_text(findings)
    if due:
        console.print(Text(due, style="bold"))
    advice = due_advice(findings)
    if advice:
        console.print(Text(advice, style="bold"))
    console.print(Text(settings_text(findings), style="dim"))
    console.print(Text(DISCLAIMER, style="italic"))
