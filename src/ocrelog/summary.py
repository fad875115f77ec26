"""The clinic summary: one page or two for a neurologist, as HTML or Markdown.

Written for the clinician: facts, no advice addressed to the patient. Built
from the report's findings (rules.py) and its words (report.py), so the
summary can never say something the report does not. The HTML is one
self-contained file: inline CSS, an inline SVG chart, no scripts, no fonts or
images from anywhere else. Every piece of text a person typed is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from ocrelog import signs
from ocrelog.dates import day_of
from ocrelog.entries import Entry, temperature_text
from ocrelog.wording import comparison_text, due_text, finding_text, number_text, rises_text, threshold_text
from ocrelog.rules import (
    BASELINE_DAYS,
    MIN_BASELINE_SCORES,
    SEVERE_SCORE,
    WINDOW_DAYS,
    Cycle,
    Findings,
)
from ocrelog.settings import SUMMARY_MONTHS
from ocrelog.shape import Comparison

if TYPE_CHECKING:
    from ocrelog.journal import Journal

MAX_NOTES = 14
MAX_NOTE_CHARS = 280
MAX_SIGNS = 20
PATIENT_ENTERED = (
    "Patient-entered data: a personal fatigue journal kept with ocrelog. Scores are the "
    "person's own ratings of fatigue from 0 (none) to 10 (worst imaginable)."
)
FOOTER = (
    "This is a journal kept by the patient, not a diagnosis or a medical record. "
    "Flags follow the fixed rule stated above; an unflagged dose is only that."
)


@dataclass(frozen=True)
class Summary:
    generated: date
    start: date
    end: date
    findings: Findings  # cycles already limited to the period
    comparison: Comparison | None
    notes: tuple[Entry, ...]  # notes written on days of flagged episodes
    scored_days: int
    chart_svg: str = ""
    doses: tuple[Entry, ...] = ()  # the doses in the period, with premeds and reactions
    signs: tuple[signs.Alert, ...] = ()  # warning signs logged in the period, newest first
    fevers: tuple[Entry, ...] = ()  # temperatures of 38 °C or more in the period


def default_start(first_entry: date | None, today: date) -> date:
    """The summary's and the chart's default start: the first entry, or 12 months back if later."""
    from ocrelog.dates import add_months

    year_ago = add_months(today, -SUMMARY_MONTHS)
    return max(first_entry, year_ago) if first_entry else year_ago


def rule_sentences(findings: Findings) -> str:
    """The rule in two plain sentences, with its settings, for the clinician."""
    s = findings.settings
    return (
        f"Baseline is the median daily score (each day's highest) on the {BASELINE_DAYS} days "
        f"before a dose, given at least {MIN_BASELINE_SCORES} scored days; a fatigue day scores "
        f"{threshold_text(s, 'baseline')}. A run of fatigue days starting on the dose day or the "
        f"day after is flagged prolonged when longer than {s.days} days, and severe when it also "
        f"reached {SEVERE_SCORE} or came with a sign of infection (a temperature of "
        f"{signs.FEVER_C:g} °C or more included); peak and symptoms cover the "
        f"{WINDOW_DAYS} days from the dose, or the whole episode when it runs longer."
    )


def build_summary(
    journal: Journal, start: date | None, end: date, today: date, *, chart: bool = True
) -> Summary | None:
    """Everything the summary shows, from an open journal; None when the period is empty.

    ``start`` None: from the first entry, or 12 months back if that is later.
    """
    from ocrelog.charts import svg_chart
    from ocrelog.queries import analyse_inputs, dose_moments, rule_inputs
    from ocrelog.shape import cycle_shape

    inputs = rule_inputs(journal)
    if start is None:
        start = default_start(journal.first_day(), today)
    entries = journal.entries(since=start, until=end, oldest_first=True)
    if not entries:
        return None
    in_period = analyse_inputs(inputs, today).since(start, end)
    daily = inputs.daily(start, end)
    lookback = start - timedelta(days=signs.USUAL_DAYS)
    period_signs = tuple(
        alert
        for alert in signs.alerts(
            [e for e in inputs.written if e.day >= lookback], dose_moments(inputs.infusions), today, days=None
        )
        if start <= alert.day and (end is None or alert.day <= end)
    )
    return Summary(
        generated=today,
        start=start,
        end=end,
        findings=in_period,
        comparison=cycle_shape(inputs.infusions, inputs.daily().items()).comparison,
        notes=flagged_notes(in_period.cycles, entries),
        scored_days=len(daily),
        doses=tuple(e for e in entries if e.type == "infusion"),
        signs=period_signs,
        fevers=tuple(
            e for e in entries if e.type == "temperature" and signs.is_fever(float(e.value or 0))
        ),
        chart_svg=svg_chart(daily, [i.day for i in inputs.infusions], start, end)
        if chart and daily
        else "",
    )


def flagged_notes(cycles: tuple[Cycle, ...], entries: list[Entry]) -> tuple[Entry, ...]:
    """Entries with a note, on a day of a prolonged or severe episode."""
    spans = [
        (c.episode_start, c.episode_end)
        for c in cycles
        if c.flag != "none" and c.episode_start and c.episode_end
    ]
    noted = [
        e
        for e in entries
        if e.note and any(first <= day_of(e.date) <= last for first, last in spans)
    ]
    return tuple(sorted(noted, key=lambda e: (e.date, e.id or 0)))


def _short(note: str) -> str:
    text = " ".join(note.split())
    return text if len(text) <= MAX_NOTE_CHARS else text[: MAX_NOTE_CHARS - 1] + "…"


def _day(value: date) -> str:
    return value.strftime("%d %b %Y").lstrip("0")


def _period(summary: Summary) -> str:
    return f"{_day(summary.start)} to {_day(summary.end)}"


def _rows(summary: Summary) -> list[list[str]]:
    return [
        [
            c.infusion_date.isoformat(),
            f"{c.dose_mg} mg",
            number_text(c.baseline),
            number_text(c.peak),
            str(c.fatigue_days),
            finding_text(c),
            ", ".join(c.symptoms) or "-",
        ]
        for c in summary.findings.cycles
    ]


HEADERS = ["Dose date", "Dose", "Baseline", "Peak", "Fatigue days", "Finding", "Symptoms after the dose"]

CSS = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
body { font: 10pt/1.38 Helvetica, Arial, sans-serif; color: #111; margin: 0 auto; max-width: 190mm; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 11.5pt; margin: 5mm 0 1.5mm; border-bottom: 1px solid #999; padding-bottom: 0.5mm; }
p { margin: 1.2mm 0; }
.source { background: #f3f3f3; border-left: 3px solid #666; padding: 1.5mm 3mm; }
table { border-collapse: collapse; width: 100%; font-size: 9.3pt; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.6mm; border-bottom: 1px solid #ccc; }
th { border-bottom: 1.5px solid #555; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.date { white-space: nowrap; }
.flag-prolonged { color: #8a4b00; font-weight: bold; }
.flag-severe { color: #a00000; font-weight: bold; }
figure { margin: 1mm 0; break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
section { break-inside: avoid; }
ul.notes { margin: 1mm 0; padding-left: 5mm; }
ul.notes li { margin: 0.8mm 0; }
.muted { color: #555; font-size: 9pt; }
footer { margin-top: 6mm; border-top: 1px solid #999; padding-top: 1.5mm; font-size: 9pt; color: #333; }
"""


def to_html(summary: Summary) -> str:
    """One self-contained HTML page (two A4 pages at most when printed)."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>Fatigue journal summary, {escape(_period(summary))}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>Fatigue after Ocrevus doses, {escape(_period(summary))}</h1>",
        f'<p class="source">{escape(PATIENT_ENTERED)}</p>',
        f"<p>Period covered: <strong>{escape(_period(summary))}</strong> "
        f"({summary.scored_days} days with a fatigue score). "
        f"Made on {escape(_day(summary.generated))}.</p>",
        "</header>",
        "<section>",
        "<h2>Each dose, compared with the days before it</h2>",
    ]
    if summary.findings.cycles:
        out.append("<table>")
        out.append(
            "<thead><tr>"
            + "".join(
                f'<th class="num">{h}</th>' if i in (2, 3, 4) else f"<th>{h}</th>"
                for i, h in enumerate(HEADERS)
            )
            + "</tr></thead><tbody>"
        )
        for cycle, row in zip(summary.findings.cycles, _rows(summary)):
            cells = [f'<td class="date">{escape(row[0])}</td>', f'<td class="date">{escape(row[1])}</td>']
            cells += [f'<td class="num">{escape(v)}</td>' for v in row[2:5]]
            cells.append(f'<td class="flag-{cycle.flag}">{escape(row[5])}</td>')
            cells.append(f"<td>{escape(row[6])}</td>")
            out.append(f'<tr data-flag="{cycle.flag}">' + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
    else:
        out.append("<p>No infusions were logged in this period.</p>")
    due = due_text(summary.findings)
    if due:
        out.append(f"<p><strong>{escape(due)}</strong></p>")
    if rises_text(summary.findings):
        out.append(f"<p>{escape(rises_text(summary.findings))}</p>")
    out.append(f'<p class="muted">{escape(rule_sentences(summary.findings))}</p>')
    out.append("</section>")

    out.append("<section>")
    out.append("<h2>Daily fatigue</h2>")
    if summary.chart_svg:
        out.append(f"<figure>{summary.chart_svg}</figure>")
    else:
        out.append("<p>No fatigue scores in this period.</p>")
    out.append("</section>")

    if summary.comparison is not None:
        out += [
            "<section>",
            "<h2>Before the next dose</h2>",
            f"<p>{escape(comparison_text(summary.comparison))} This describes timing only, "
            "not a cause.</p>",
            "</section>",
        ]

    out += _html_doses_and_signs(summary)

    out.append("<section>")
    out.append("<h2>Notes written on flagged days</h2>")
    if summary.notes:
        out.append('<ul class="notes">')
        for entry in summary.notes[:MAX_NOTES]:
            out.append(
                f"<li><strong>{escape(entry.date)}</strong>, {escape(entry.describe())}: "
                f"{escape(_short(entry.note or ''))}</li>"
            )
        out.append("</ul>")
        if len(summary.notes) > MAX_NOTES:
            more = len(summary.notes) - MAX_NOTES
            out.append(f'<p class="muted">And {more} more; ocrelog log lists them all.</p>')
    else:
        out.append("<p>No notes were written on flagged days.</p>")
    out.append("</section>")
    out.append(f"<footer>{escape(FOOTER)}</footer>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def dose_lines(summary: Summary) -> list[str]:
    """One line per dose: date, dose, premedications, reactions (as logged)."""
    lines = []
    for dose in summary.doses:
        premeds = ", ".join(dose.premeds) or "none logged"
        reactions = ", ".join(dose.reactions) or "none logged"
        lines.append(f"{dose.date}, {dose.describe()}: premedication {premeds}; reactions {reactions}")
    return lines


def sign_lines(summary: Summary) -> list[str]:
    """Warning signs logged in the period, newest first (at most MAX_SIGNS), then fevers."""
    lines = [
        f"{a.when}: {a.logged} ({a.display})"
        + (f"; handled {a.handled.date}" + (f": {a.handled.note}" if a.handled.note else "") if a.handled else "")
        for a in summary.signs[:MAX_SIGNS]
    ]
    if len(summary.signs) > MAX_SIGNS:
        lines.append(f"and {len(summary.signs) - MAX_SIGNS} more")
    return lines


def fever_line(summary: Summary) -> str:
    if not summary.fevers:
        return f"No temperature of {signs.FEVER_C:g} °C or more was logged."
    temps = ", ".join(f"{e.date} {temperature_text(e.value)}" for e in summary.fevers)
    return f"Temperatures of {signs.FEVER_C:g} °C or more: {temps}."


def _html_doses_and_signs(summary: Summary) -> list[str]:
    out = ["<section>", "<h2>Premedications and reactions, by dose</h2>"]
    doses = dose_lines(summary)
    out.append(
        '<ul class="notes">' + "".join(f"<li>{escape(line)}</li>" for line in doses) + "</ul>"
        if doses else "<p>No doses in this period.</p>"
    )
    out += ["</section>", "<section>", "<h2>Warning signs logged</h2>"]
    lines = sign_lines(summary)
    out.append(
        '<ul class="notes">' + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"
        if lines else "<p>None logged in this period.</p>"
    )
    out.append(f"<p>{escape(fever_line(summary))}</p>")
    out.append("</section>")
    return out


def _md(text: str) -> str:
    """Text safe in a Markdown table cell or list item."""
    text = " ".join(text.split())
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return text


def to_markdown(summary: Summary) -> str:
    """The same content as the HTML, as Markdown: tables and text, no chart."""
    out = [
        f"# Fatigue after Ocrevus doses, {_period(summary)}",
        "",
        f"_{_md(PATIENT_ENTERED)}_",
        "",
        f"Period covered: **{_period(summary)}** ({summary.scored_days} days with a fatigue "
        f"score). Made on {_day(summary.generated)}.",
        "",
        "## Each dose, compared with the days before it",
        "",
    ]
    if summary.findings.cycles:
        out.append("| " + " | ".join(HEADERS) + " |")
        out.append("|" + "|".join("---:" if i in (2, 3, 4) else "---" for i in range(len(HEADERS))) + "|")
        for row in _rows(summary):
            out.append("| " + " | ".join(_md(cell) for cell in row) + " |")
    else:
        out.append("No infusions were logged in this period.")
    due = due_text(summary.findings)
    if due:
        out += ["", f"**{due}**"]
    if rises_text(summary.findings):
        out += ["", _md(rises_text(summary.findings))]
    if summary.comparison is not None:
        out += [
            "",
            "## Before the next dose",
            "",
            f"{comparison_text(summary.comparison)} This describes timing only, not a cause.",
        ]
    out += ["", _md(rule_sentences(summary.findings))]
    out += ["", "## Premedications and reactions, by dose", ""]
    out += [f"- {_md(line)}" for line in dose_lines(summary)] or ["No doses in this period."]
    out += ["", "## Warning signs logged", ""]
    out += [f"- {_md(line)}" for line in sign_lines(summary)] or ["None logged in this period."]
    out += ["", _md(fever_line(summary))]
    out += ["", "## Notes written on flagged days", ""]
    if summary.notes:
        for entry in summary.notes[:MAX_NOTES]:
            out.append(f"- **{entry.date}**, {_md(entry.describe())}: {_md(_short(entry.note or ''))}")
        if len(summary.notes) > MAX_NOTES:
            out.append(f"- And {len(summary.notes) - MAX_NOTES} more; `ocrelog log` lists them all.")
    else:
        out.append("No notes were written on flagged days.")
    out += ["", "---", "", f"_{_md(FOOTER)}_", ""]
    return "\n".join(out)
