"""The report as a Rich table (or blocks of lines on a narrow terminal).

The sentences come from wording.py and the numbers from rules.py; this module
only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ocrelog.charts import sparkline
from ocrelog.entries import Entry, dose_words
from ocrelog.rich_output import shown
from ocrelog.terminal import NARROW
from ocrelog.rules import CHART_FROM, WINDOW_DAYS, Cycle, Findings
from ocrelog.signs import ALERT_DAYS, Alert
from ocrelog.wording import (
    CHART_LEGEND,
    DISCLAIMER,
    due_advice,
    due_text,
    finding_with_advice,
    no_dose_text,
    number_text,
    rises_text,
    settings_text,
)

FLAG_STYLES = {"none": "green", "prolonged": "yellow", "severe": "bold red"}
#: The "fatigue days" header wraps onto two lines of at most this width.
FATIGUE_DAYS_WIDTH = 7


def alert_line(alert: Alert) -> Text:
    line = Text(f"{alert.when} #{alert.entry_id}  ", style="bold")
    line.append(shown(alert.logged).plain)
    line.append(f" ({alert.display}): ", style="dim")
    if alert.handled is None:
        line.append(alert.advice)
    else:
        note = f": {alert.handled.note}" if alert.handled.note else ""
        line.append(shown(f"handled on {alert.handled.date}{note}").plain, style="dim")
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
    """One row per dose. The narrow columns get their widths from their own text, so Rich
    measures only the finding column (a table of 60 doses renders in a third of the time)."""
    table = Table(
        title="Fatigue after each dose",
        title_justify="left",
        header_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
    )
    rows = [
        (
            cycle.infusion_date.isoformat(),
            f"{cycle.dose_mg} mg",
            number_text(cycle.baseline),
            number_text(cycle.peak),
            str(cycle.fatigue_days),
        )
        for cycle in findings.cycles
    ]
    narrow = (("dose date", "left", None), ("dose", "right", None), ("baseline", "right", None),
              ("peak", "right", None), ("fatigue days", "right", FATIGUE_DAYS_WIDTH))
    for index, (header, justify, most) in enumerate(narrow):
        width = max([len(header), *(len(row[index]) for row in rows)])
        table.add_column(
            Text(header), justify=justify, width=min(width, most or width), no_wrap=most is None
        )
    table.add_column(Text(f"days {CHART_FROM} to {WINDOW_DAYS - 1}, finding"), min_width=24)
    for cells, cycle in zip(rows, findings.cycles):
        table.add_row(*(Text(cell) for cell in cells), _finding(cycle))
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


def scales_line(results: Sequence[Entry]) -> Text | None:
    """The latest result of each questionnaire: 'Latest questionnaires: FSS 4.4 on 2026-11-18; ...'."""
    if not results:
        return None
    parts = []
    for entry in results:
        subscales = ", ".join(f"{name} {number}" for name, number in entry.subscales)
        parts.append(f"{entry.describe()}{f' ({subscales})' if subscales else ''} on {entry.date[:10]}")
    return Text("Latest questionnaires: " + "; ".join(parts) + ".")


def print_report(console: Console, findings: Findings, scales: Sequence[Entry] = ()) -> None:
    block = attention_block(findings)
    if block is not None:
        console.print(block)
    if not findings.cycles:  # no dose (in the period): one line, never an empty table
        console.print(Text(no_dose_text(findings), style="bold"))
    else:
        console.print(report_blocks(findings) if console.width < NARROW else report_table(findings))
        console.print(Text(CHART_LEGEND, style="dim"))
        rises = rises_text(findings)
        if rises:
            console.print(Text(rises))
    latest = scales_line(scales)
    if latest is not None:
        console.print(latest)
    console.print()
    due = due_text(findings)
    if due:
        console.print(Text(due, style="bold"))
    advice = due_advice(findings)
    if advice:
        console.print(Text(advice, style="bold"))
    if findings.cycles:
        console.print(Text(settings_text(findings), style="dim"))
    console.print(Text(DISCLAIMER, style="italic"))
