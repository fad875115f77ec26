"""The report in words and as a Rich table. The numbers come from rules.py.

``finding_text`` is the one place that puts a cycle into plain language, so
every view of the report (the table, the clinic summary) says the same thing.
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ocrelog.charts import sparkline
from ocrelog.render import shown
from ocrelog.rules import CHART_FROM, SEVERE_SYMPTOMS, Cycle, Findings

FLAG_STYLES = {"none": "green", "prolonged": "yellow", "severe": "bold red"}
CHART_LEGEND = (
    "Each chart shows the daily scores from 7 days before to 13 days after the infusion; "
    "│ marks the infusion day, a gap a day with no score."
)
DISCLAIMER = "ocrelog is a journal, not medical advice: bring questions to your MS team."


def _days(count: int, word: str = "day") -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def number_text(value: float | None) -> str:
    """A baseline, peak or threshold as shown: ``2.5``, ``3``, or ``-`` for none."""
    if value is None:
        return "-"
    return f"{value:g}"


def finding_text(cycle: Cycle) -> str:
    """One cycle in words: 'usual: 2 tired days', 'prolonged: 6 days above your baseline'."""
    n = cycle.fatigue_days
    if cycle.peak is None:
        text = "no fatigue scores logged after this dose"
    elif cycle.flag == "none":
        text = "usual: no tired days" if n == 0 else f"usual: {_days(n, 'tired day')}"
    elif cycle.flag == "prolonged":
        if cycle.baseline is not None:
            text = f"prolonged: {_days(n)} above your baseline"
        else:
            text = f"prolonged: {_days(n)} at {number_text(cycle.threshold)} or more"
    else:
        parts = [_days(n), f"peak {cycle.episode_peak}"]
        severe_symptoms = [s for s in cycle.episode_symptoms if s in SEVERE_SYMPTOMS]
        if severe_symptoms:
            parts.append(" and ".join(severe_symptoms) + " logged")
        text = f"severe: {', '.join(parts)} — talk to your neurologist"
    if cycle.ongoing:
        text += " (still going)"
    if not cycle.course_start:
        text += "; second half of the course"
    if cycle.early:
        text += "; under 5 months after the previous course: check the date"
    return text


def due_text(findings: Findings) -> str:
    if findings.next_due is None:
        return ""
    what = "Second half of the course due" if findings.next_due_is_second_half else "Next dose due"
    days = (findings.next_due - findings.today).days
    if days > 0:
        when = f"in {_days(days)}"
    elif days == 0:
        when = "today"
    else:
        when = f"{_days(-days)} ago"
    return f"{what}: {findings.next_due.isoformat()} ({when})."


def settings_text(findings: Findings) -> str:
    s = findings.settings
    return (
        f"A fatigue day scores at least the higher of {s.floor} and your baseline + {s.rise} "
        f"({s.floor + 1} or more with no baseline); more than {_days(s.days)} in a row "
        "is flagged. Change with --floor, --rise, --days."
    )


def report_table(findings: Findings) -> Table:
    table = Table(
        title="Fatigue after each infusion",
        title_justify="left",
        header_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
    )
    table.add_column("infusion", no_wrap=True)
    table.add_column("dose", no_wrap=True, justify="right")
    table.add_column("baseline", no_wrap=True, justify="right")
    table.add_column("peak", no_wrap=True, justify="right")
    table.add_column("fatigue days", justify="right", max_width=7)
    table.add_column("days -7 to 13, finding", min_width=24)
    for cycle in findings.cycles:
        finding = Text(sparkline(cycle.daily_scores, -CHART_FROM) + "\n", style="cyan")
        finding.append(finding_text(cycle), style=FLAG_STYLES[cycle.flag])
        if cycle.symptoms:
            finding.append(shown("\nsymptoms: " + ", ".join(cycle.symptoms)).plain, style="dim")
        table.add_row(
            cycle.infusion_date.isoformat(),
            f"{cycle.dose_mg} mg",
            number_text(cycle.baseline),
            number_text(cycle.peak),
            str(cycle.fatigue_days),
            finding,
        )
    return table


def print_report(console: Console, findings: Findings) -> None:
    console.print(report_table(findings))
    console.print(Text(CHART_LEGEND, style="dim"))
    console.print()
    due = due_text(findings)
    if due:
        console.print(Text(due, style="bold"))
    console.print(Text(settings_text(findings), style="dim"))
    console.print(Text(DISCLAIMER, style="italic"))
