"""The report as a Rich table (or blocks of lines on a narrow terminal).

The sentences come from wording.py and the numbers from rules.py; this module
only lays them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, JustifyMethod, RenderableType
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from ocrelog.alerts import ALERT_DAYS
from ocrelog.charts import sparkline
from ocrelog.concerns import HISTORY_DAYS, Concern, history_counts, newest
from ocrelog.dates import days_written, written
from ocrelog.entries import Entry, dose_words
from ocrelog.plurals import plural
from ocrelog.rich_output import shown
from ocrelog.rules import CHART_FROM, WINDOW_DAYS, Cycle, Findings
from ocrelog.terminal import NARROW, terminal_text
from ocrelog.wording import (
    CHART_LEGEND,
    DISCLAIMER,
    RISE_HEADERS,
    RISE_TITLE,
    due_advice,
    due_text,
    episode_text,
    episodes_heading,
    finding_with_advice,
    infections_text,
    no_dose_text,
    number_text,
    rise_rows,
    rises_text,
    settings_text,
)

if TYPE_CHECKING:
    from ocrelog.labs import LabFacts

FLAG_STYLES = {"none": "green", "prolonged": "yellow", "severe": "bold red"}
#: A warning sign's advice at a terminal, by its tier: seek help now, soon (red when it says today).
TIER_STYLES = {"now": "bold red", "soon": "yellow", "next contact": ""}
TITLE = "Fatigue after each dose"
#: The columns before the finding: the header's lines (bottom-aligned) and how the values line
#: up. Each is as wide as its widest header line or value ("fatigue days" wraps onto two lines).
FACT_COLUMNS: tuple[tuple[tuple[str, ...], JustifyMethod], ...] = (
    (("dose date",), "left"),
    (("dose",), "right"),
    (("baseline",), "right"),
    (("peak",), "right"),
    (("fatigue", "days"), "right"),
)
FINDING_HEADER = f"days {CHART_FROM} to {WINDOW_DAYS - 1}, finding"
#: The finding column is never narrower than this (its text; Rich wraps the finding to fit).
FINDING_MIN_WIDTH = 24
_BOLD = Style(bold=True)  # the table's header
#: Between two columns: box.SIMPLE_HEAD draws its column rule as a blank.
_RULE = " "


def concern_line(concern: Concern) -> Text:
    """One concern: its id, kind and days, the newest words, its advice or its handled mark."""
    span = days_written(concern.first, concern.last)
    days = f", {plural(concern.days, 'day')} logged" if concern.days > 1 else ""
    ids = ", ".join(f"#{i}" for i in concern.entries[:6]) + (" ..." if len(concern.entries) > 6 else "")
    line = Text(f"{concern.id} {span}{days} ({ids})  ", style=f"bold {TIER_STYLES[concern.tier]}".strip())
    line.append(shown(concern.latest).plain)
    line.append(f" ({concern.display}): ", style="dim")
    if concern.handled is None:
        urgent = "red" if concern.tier == "soon" and "today" in concern.advice else TIER_STYLES[concern.tier]
        line.append(concern.advice, style=urgent or None)
        marks = concern.marks
        mark = newest(marks)
        if mark is not None:  # some of it dealt with, something since
            note = f": {mark.note}" if mark.note else ""
            done = f" ({len(marks)} of {len(concern.alerts)} handled on {written(mark.date)}{note})"
            line.append(shown(done).plain, style="dim")
    else:
        note = f": {concern.handled.note}" if concern.handled.note else ""
        line.append(shown(f"handled on {written(concern.handled.date)}{note}").plain, style="dim")
    return line


def attention_lines(findings: Findings) -> list[Text]:
    current = [c for c in findings.concerns if not c.history]
    lines: list[Text] = []
    if current:
        lines.append(Text(f"Warning signs logged in the last {ALERT_DAYS} days, most urgent first:", style="bold red"))
        lines += [concern_line(concern) for concern in current]
    history = history_text(findings.concerns)
    if history:
        lines.append(Text(history, style="dim"))
    return [*lines, Text("")] if lines else []


def history_text(concerns: Iterable[Concern]) -> str | None:
    """The imported history's warning signs, counted (never raised as current)."""
    counts = history_counts(concerns)
    if not counts:
        return None
    kinds = ", ".join(f"{n} {name}" for name, n in counts.items())
    return (
        f"Imported history (dated more than {HISTORY_DAYS} days before it was imported), not raised as "
        f"current: {kinds}."
    )


#: The finding's style; each of its parts adds its own (FLAG_STYLES, dim for the symptoms).
FINDING_STYLE = "cyan"


def _finding_parts(cycle: Cycle) -> list[tuple[str, str | None]]:
    """The finding's lines, each with the style its part adds: the sparkline, the sentence,
    the symptoms."""
    parts = [(sparkline(cycle.daily_scores, -CHART_FROM), None), (finding_with_advice(cycle), FLAG_STYLES[cycle.flag])]
    if cycle.symptoms:
        parts.append((shown("symptoms: " + ", ".join(cycle.symptoms)).plain, "dim"))
    return [(line, style) for text, style in parts for line in text.split("\n")]


def _finding(cycle: Cycle) -> Text:
    return _as_text(_finding_parts(cycle))


def _as_text(lines: Sequence[tuple[str, str | None]]) -> Text:
    """A finding's lines as one Text: in the finding's style, each line adding its own."""
    finding = Text(style=FINDING_STYLE)
    for number, (line, style) in enumerate(lines):
        finding.append(f"\n{line}" if number else line, style=style)
    return finding


class _Laid:
    """Lines of segments already laid out, which Rich shows as they are (no wrapping, no measuring)."""

    __slots__ = ("lines",)

    def __init__(self, lines: list[list[Segment]]) -> None:
        self.lines = lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        new_line = Segment.line()
        for number, line in enumerate(self.lines):
            if number:
                yield new_line
            yield from line


def _facts(values: Sequence[str], widths: Sequence[int]) -> str:
    """A row's facts as five columns show them: each value with a space either side (Rich's
    cell padding), the columns separated by the (blank) column rule."""
    cells = (
        f" {value:<{width}} " if justify == "left" else f" {value:>{width}} "
        for value, width, (_, justify) in zip(values, widths, FACT_COLUMNS)
    )
    return _RULE.join(cells)


def _facts_header(widths: Sequence[int]) -> _Laid:
    """The five columns' header as Rich draws it: bold cells (a blank line above a one-line
    header is one bold segment), the column rule between them not bold."""
    height = max(len(lines) for lines, _ in FACT_COLUMNS)
    rows: list[list[Segment]] = []
    for number in range(height):
        row: list[Segment] = []
        for index, ((lines, justify), width) in enumerate(zip(FACT_COLUMNS, widths)):
            if index:
                row.append(Segment(_RULE))
            at = number - (height - len(lines))
            if at < 0:
                row.append(Segment(" " * (width + 2), _BOLD))
            else:
                text = lines[at].ljust(width) if justify == "left" else lines[at].rjust(width)
                row += [Segment(" ", _BOLD), Segment(text, _BOLD), Segment(" ", _BOLD)]
        rows.append(row)
    return _Laid(rows)


def _finding_width(texts: Sequence[str], facts_width: int, width: int) -> int:
    """The finding column's width (its padding included) as Rich's Table would make it for a
    ``width``-column terminal: the widest line of its cells, at least FINDING_MIN_WIDTH; if that
    does not fit beside the facts, what they leave, but still at least FINDING_MIN_WIDTH (the
    table then runs past the edge and the terminal's width crops it, as it did before)."""
    room = width - len(_RULE)  # the table's width less the column rule between the two columns
    least = FINDING_MIN_WIDTH + 2
    widest = max(cell_len(line) for text in texts for line in text.splitlines())
    natural = max(least, min(room, widest + 2))
    return natural if facts_width + natural <= room else max(room - facts_width, least)


def _facts_layout(findings: Findings) -> tuple[list[tuple[str, str, str, str, str]], list[int], int]:
    """Each dose's five facts as shown, each fact column's width, and the width of the five."""
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
    widths = [
        max([*(len(line) for line in lines), *(len(row[index]) for row in rows)])
        for index, (lines, _) in enumerate(FACT_COLUMNS)
    ]
    facts_width = sum(widths) + 2 * len(widths) + len(_RULE) * (len(widths) - 1)
    return rows, widths, facts_width


def table_fits(findings: Findings, width: int) -> bool:
    """Whether the table, its finding column at least FINDING_MIN_WIDTH and as wide as the longest
    word of a finding, fits a ``width``-column terminal; when it does not, the report is laid out
    in blocks (``report_blocks``), never cut at the terminal's edge nor in a word."""
    words = (word for cycle in findings.cycles for line, _ in _finding_parts(cycle) for word in line.split())
    longest = max(map(cell_len, words), default=0)
    return _facts_layout(findings)[2] + len(_RULE) + max(FINDING_MIN_WIDTH, longest) + 2 <= width


def report_table(findings: Findings, console: Console) -> Table:
    """A block of lines per dose: the five facts, then the finding (sparkline, sentence,
    symptoms), laid out for ``console``'s width.

    The facts are laid out here as Rich lays out five columns (the same spaces, the same bold
    header segments) in one column of one pre-made line per dose, and the finding column's width
    is worked out here as Rich works it out, and each finding laid out to it before the table is
    made (by Rich where a line needs wrapping, see ``_wrapped``); the doses' lines go one under
    the other in one row of two cells. So the table neither measures any cell nor lays out
    five of them a dose (a long report's table drew in a third of the time, then in a sixth,
    byte for byte the same: tests/test_report_render.py). Where the box
    has visible column rules (an ASCII-only or legacy Windows terminal), each fact is its own
    column as before and Rich measures the cells, so the rules show between them.
    """
    rows, widths, facts_width = _facts_layout(findings)
    parts = [_finding_parts(cycle) for cycle in findings.cycles]
    # Blank column rules (not the ASCII box of a legacy encoding), room for the facts: one column.
    laid = (
        box.SIMPLE_HEAD.substitute(console.options, safe=console.safe_box) is box.SIMPLE_HEAD
        and facts_width + 2 <= console.width
    )
    table = Table(
        title=Text(TITLE, style="table.title"),
        title_justify="left",
        header_style=None if laid else "bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        padding=0 if laid else (0, 1),
    )
    if not laid:
        for (header, justify), width in zip(FACT_COLUMNS, widths):
            table.add_column(Text(" ".join(header)), justify=justify, width=width, no_wrap=len(header) == 1)
        table.add_column(Text(FINDING_HEADER), min_width=FINDING_MIN_WIDTH)
        for values, cycle in zip(rows, findings.cycles):
            table.add_row(*(Text(value) for value in values), _finding(cycle))
        return table
    texts = ["\n".join(line for line, _ in lines) for lines in parts]
    finding_width = _finding_width([FINDING_HEADER, *texts], facts_width, console.width)
    # The widths are final: the table's own, so that Rich does not shrink a column to fit.
    table.width = facts_width + len(_RULE) + finding_width
    table.add_column(_facts_header(widths), width=facts_width)
    # The table has no padding: the finding has a space either side, as each cell had.
    table.add_column(Padding(Text(FINDING_HEADER), (0, 1)), header_style="bold", width=finding_width)
    # As the table would render each finding: wrapped to the column less its padding, left-justified.
    options = console.options.update(
        width=finding_width - 2, justify="left", overflow="ellipsis", no_wrap=False, height=None
    )
    space = Segment(" ")
    facts: list[list[Segment]] = []
    findings_lines: list[list[Segment]] = []
    for values, lines in zip(rows, parts):
        finding = [[space, *line, space] for line in _wrapped(console, lines, options)]
        facts.append([Segment(_facts(values, widths))])
        facts += [[] for _ in finding[1:]]  # the facts stay on the finding's first line
        findings_lines += finding
    # One row of two cells, the doses' lines one under the other, as the rows of a box with no
    # lines between them would be: Rich lays out two cells, not two for every dose.
    table.add_row(_Laid(facts), _Laid(findings_lines))
    return table


def _wrapped(console: Console, lines: Sequence[tuple[str, str | None]], options: ConsoleOptions) -> list[list[Segment]]:
    """A finding's lines (``_finding_parts``) as ``console.render_lines(_as_text(lines), options)``
    lays them out (left-justified), line by line. Rich pads a line that fits and leaves it as it
    is: here it is the same segments, made at once (the line in the style of its part, the
    padding in the finding's); only the others go through Rich's wrapping, which is most of the
    time of a long report's table. A line with a tab, or ending in white space (which Rich may
    trim when the line has more characters than cells), is Rich's to lay out too."""
    width = options.max_width
    base = console.get_style(FINDING_STYLE)
    laid: list[list[Segment]] = []
    for line, style in lines:
        size = cell_len(line)
        if size > width or "\t" in line or line[-1:].isspace():
            laid += console.render_lines(_as_text([(line, style)]), options)
            continue
        padding = " " * (width - size)
        if style is None:
            laid.append([Segment(line + padding, base)])
        else:
            segments = [Segment(line, base + console.get_style(style))] if line else []
            laid.append([*segments, Segment(padding, base)] if padding else segments)
    return laid


def report_blocks(findings: Findings) -> Text:
    """The report for a narrow terminal: one block of wrapped lines per dose (one Text, which
    Rich wraps line by line as it would each line on its own)."""
    blocks = Text()
    blocks.append(TITLE, style="bold")
    for cycle in findings.cycles:
        blocks.append("\n\n")
        blocks.append(f"{cycle.infusion_date.isoformat()}  {dose_words(cycle.dose_mg)}", style="bold")
        blocks.append(
            f"\nbaseline {number_text(cycle.baseline)}, peak {number_text(cycle.peak)}, "
            f"fatigue days {cycle.fatigue_days}\n"
        )
        blocks.append_text(_finding(cycle))
    return blocks


def rise_table(findings: Findings, width: int) -> RenderableType | None:
    """The rise before the dose, one row per cycle that has one (None without any): a table,
    or on a narrow terminal one line per cycle."""
    rows = rise_rows(findings)
    if not rows:
        return None
    if width < NARROW:
        lines = [Text(RISE_TITLE, style="bold")]
        lines += [
            Text(f"{name}: {mid} mid-cycle, {late} in the {RISE_HEADERS[2]} ({rise}); it began {began}")
            for name, mid, late, rise, began in rows
        ]
        return _lines(lines)
    table = Table(
        title=Text(RISE_TITLE, style="table.title"),
        title_justify="left",
        header_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
    )
    for number, header in enumerate(RISE_HEADERS):
        table.add_column(header, justify="right" if number in (1, 2, 3) else "left")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    return table


def rises_lines(findings: Findings) -> list[Text]:
    """The sentence under the rise table ('In 3 of 4 cycles ...'), when a complete cycle has the data."""
    rises = rises_text(findings)
    return [Text(rises)] if rises else []


def episode_lines(findings: Findings) -> list[Text]:
    """Fatigue between doses: a heading, then one line per episode (none without any)."""
    if not findings.episodes:
        return []
    lines = [Text(episodes_heading(findings), style="bold")]
    lines += [Text(episode_text(episode), style="yellow") for episode in findings.episodes]
    return lines


def print_rises(console: Console, findings: Findings) -> None:
    """The rise before the dose as ``ocrelog cycle`` shows it: the table, then its sentence."""
    table = rise_table(findings, console.width)
    parts: list[RenderableType] = [table] if table is not None else []
    lines = rises_lines(findings)
    if lines:
        parts.append(_lines(lines))
    if parts:
        console.print(Group(Text(""), *parts))


def scales_line(results: Sequence[Entry]) -> Text | None:
    """The latest result of each questionnaire: 'Latest questionnaires: FSS 4.4 on 2026-11-18; ...'."""
    if not results:
        return None
    parts = []
    for entry in results:
        subscales = ", ".join(f"{name} {number}" for name, number in entry.subscales)
        parts.append(f"{entry.describe()}{f' ({subscales})' if subscales else ''} on {entry.date[:10]}")
    return Text("Latest questionnaires: " + "; ".join(parts) + ".")


def _lines(texts: list[Text]) -> Text:
    """Lines one under the other, as one Text: Rich wraps each line as it would on its own, and
    lays out one renderable instead of many."""
    return Text("\n").join(texts)


def at_spaces(text: Text, width: int) -> Text:
    """``text`` broken into lines of at most ``width`` cells at spaces only, its styles kept: a
    word longer than a line stays whole on a line of its own (Rich would fold it in two)."""
    plain = text.plain
    breaks: list[int] = []
    start = 0  # where the line being filled starts
    for word in re.finditer(r"[^ \n]+|\n", plain):
        if word.group() == "\n":
            start = word.end()
            continue
        if plain[start : word.start()].strip() and cell_len(plain[start : word.end()]) > width:
            breaks.append(word.start())
            start = word.start()
    if not breaks and max((cell_len(line) for line in plain.split("\n")), default=0) <= width:
        return text  # Rich lays it out the same
    # laid out here; a line that is one word too long for the terminal stays whole
    laid = Text("\n").join(_space_within(line, width) for line in text.divide(breaks))
    laid.no_wrap, laid.overflow = True, "ignore"
    return laid


def _space_within(line: Text, width: int) -> Text:
    """As Rich lays out a line: the spaces it was broken after stay, but for those past the edge."""
    plain = line.plain
    past = cell_len(plain.rsplit("\n", 1)[-1]) - width
    spaces = len(plain) - len(plain.rstrip(" "))
    return line[: len(plain) - min(past, spaces)] if past > 0 and spaces else line


def print_report(
    console: Console, findings: Findings, scales: Sequence[Entry] = (), labs: LabFacts | None = None
) -> None:
    """The whole report, in one ``console.print`` (each would flush and lay out on its own)."""
    parts: list[RenderableType] = []
    lines = attention_lines(findings)
    if not findings.cycles:  # no dose (in the period): one line, never an empty table
        lines.append(Text(no_dose_text(findings), style="bold"))
    else:
        if lines:
            parts.append(_lines(lines))
        blocks = console.width < NARROW or not table_fits(findings, console.width)
        parts.append(report_blocks(findings) if blocks else report_table(findings, console))
        lines = [Text(CHART_LEGEND, style="dim")]
        rises = rise_table(findings, console.width)
        if rises is not None:
            parts.append(_lines([*lines, Text("")]))
            parts.append(rises)
            lines = []
        lines += rises_lines(findings)
        episodes = episode_lines(findings)
        if episodes:
            lines += [Text(""), *episodes]
    infections = infections_text(findings.infections)  # with or without a dose
    if infections:
        lines += [Text(""), Text(infections)]
    latest = scales_line(scales)
    if latest is not None:
        lines.append(latest)
    if labs is not None:
        from ocrelog.labs import report_lines

        lab_lines = report_lines(labs)
        if lab_lines:
            lines += [Text(""), *(Text(terminal_text(line)) for line in lab_lines)]
    lines.append(Text(""))
    due = due_text(findings)
    if due:
        lines.append(Text(due, style="bold"))
    advice = due_advice(findings)
    if advice:
        lines.append(Text(advice, style="bold"))
    if findings.cycles:
        lines.append(Text(settings_text(findings), style="dim"))
    lines.append(Text(DISCLAIMER, style="italic"))
    parts.append(_lines(lines))
    # broken at spaces only: a word longer than the terminal is wide runs past its edge whole
    width = console.width
    console.print(Group(*(at_spaces(part, width) if isinstance(part, Text) else part for part in parts)), crop=False)
