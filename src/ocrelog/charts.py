"""Pictures of the journal: data in, text out; no journal, no clock.

- :func:`sparkline`: a cycle's daily scores (day -7 to 13) in Unicode blocks,
  for a row of the report.
- :func:`terminal_chart`: daily fatigue over time with infusions marked, drawn
  here in box-drawing characters, for ``ocrelog chart``.
- :func:`svg_chart`: the same as inline SVG, drawn by pygal, for the summary.

Every chart shows the *daily score* of the report's rule (the highest score
of each day); a day with no score is a gap, never a zero.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

BLOCKS = "▁▂▃▄▅▆▇█"
#: With fewer days scored than this, ``ocrelog chart`` says so instead of drawing.
MIN_CHART_DAYS = 7
INFUSION_MARK = "│"


def sparkline(scores: Sequence[int | None], infusion_index: int) -> str:
    """Scores 0-10 as blocks (0 lowest, 10 full); None is a space; │ before the infusion day."""
    chars = []
    for index, score in enumerate(scores):
        if index == infusion_index:
            chars.append(INFUSION_MARK)
        chars.append(" " if score is None else BLOCKS[round(score * (len(BLOCKS) - 1) / 10)])
    return "".join(chars)


def runs(daily: dict[date, int], start: date, end: date) -> list[list[tuple[date, int]]]:
    """Stretches of consecutive scored days between start and end, in order."""
    stretches: list[list[tuple[date, int]]] = []
    current: list[tuple[date, int]] = []
    day = start
    while day <= end:
        if day in daily:
            current.append((day, daily[day]))
        elif current:
            stretches.append(current)
            current = []
        day += timedelta(days=1)
    if current:
        stretches.append(current)
    return stretches


def _ticks(start: date, end: date, count: int) -> list[tuple[int, str]]:
    span = (end - start).days
    if span <= 0:
        return [(0, start.isoformat())]
    steps = max(1, min(count, span))
    offsets = sorted({round(span * n / steps) for n in range(steps + 1)})
    return [(n, (start + timedelta(days=n)).isoformat()) for n in offsets]


_DATA_COLOUR = "\x1b[36m"  # cyan, as the report's sparklines
_DOSE_COLOUR = "\x1b[31m"  # red
_RESET = "\x1b[0m"
_Y_TICKS = (10, 8, 6, 4, 2, 0)  # whole numbers: the scores are whole numbers


def terminal_chart(
    daily: dict[date, int],
    infusions: Sequence[date],
    start: date,
    end: date,
    *,
    width: int,
    height: int,
    plain: bool,
) -> str:
    """A line chart of daily fatigue in a frame, scores 0-10 up, dates along; vertical lines mark doses.

    Drawn here in box-drawing characters (plotext drew it before, but took longer
    to import than the rest of the command). Each run of consecutive scored days
    is a line; a day with no score is a gap. ``plain`` draws with ``*`` and no
    colour codes, for output that is not a terminal (a file, a pipe, a screen
    reader's log); at a terminal the line is cyan, the doses red.
    """
    width, height = max(40, width), max(10, height)
    columns, rows = width - 6, height - 4
    span = max(1, (end - start).days)

    def x_of(day: date) -> int:
        return round((day - start).days * (columns - 1) / span)

    def y_of(score: float) -> int:
        return round(score * (rows - 1) / 10)

    dose_columns = sorted({x_of(day) for day in infusions if start <= day <= end})
    mark = "*" if plain else "•"
    grid = _plotted(daily, start, end, (columns, rows), dose_columns, mark, x_of, y_of)
    ticks = _ticks(start, end, max(1, width // 24))
    tick_columns = {x_of(start + timedelta(days=n)) for n, _ in ticks}
    y_labels = {y_of(value): f"{value:4d}" for value in _Y_TICKS}
    title = f"Daily fatigue, 0-10, {start.isoformat()} to {end.isoformat()} (vertical lines: doses)"
    lines = [title[:width].center(width).rstrip()]
    lines += _framed(grid, dose_columns, tick_columns, y_labels, lambda cell: _painted(cell, mark, plain))
    lines.append(_tick_labels(ticks, x_of, start, width))
    return "\n".join(lines)


def _plotted(
    daily: dict[date, int],
    start: date,
    end: date,
    size: tuple[int, int],
    dose_columns: list[int],
    mark: str,
    x_of: Callable[[date], int],
    y_of: Callable[[float], int],
) -> list[list[str]]:
    """The chart's cells, bottom row first: "D" in a dose's column, ``mark`` along each run of
    scored days (a straight line from day to day), a space elsewhere."""
    columns, rows = size
    grid = [[" "] * columns for _ in range(rows)]
    for x in dose_columns:
        for row in grid:
            row[x] = "D"
    for stretch in runs(daily, start, end):
        points = [(x_of(day), y_of(score)) for day, score in stretch]
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            steps = max(abs(x1 - x0), abs(y1 - y0), 1)
            for n in range(steps + 1):
                grid[round(y0 + (y1 - y0) * n / steps)][round(x0 + (x1 - x0) * n / steps)] = mark
        x, y = points[-1]
        grid[y][x] = mark
    return grid


def _painted(cell: str, mark: str, plain: bool) -> str:
    """A cell as printed: a dose's mark red and the line cyan at a terminal, as they are when plain."""
    if cell == "D":
        return INFUSION_MARK if plain else f"{_DOSE_COLOUR}{INFUSION_MARK}{_RESET}"
    if cell == mark and not plain:
        return f"{_DATA_COLOUR}{mark}{_RESET}"
    return cell


def _framed(
    grid: list[list[str]],
    dose_columns: list[int],
    tick_columns: set[int],
    y_labels: dict[int, str],
    paint: Callable[[str], str],
) -> list[str]:
    """The grid in its frame, top row first: the scores on the left, a dose's column marked on
    the top and bottom edges, the date ticks on the bottom one."""
    columns = len(grid[0])
    top = ["┬" if x in dose_columns else "─" for x in range(columns)]
    lines = ["    ┌" + "".join(top) + "┐"]
    for y in range(len(grid) - 1, -1, -1):
        label = y_labels.get(y)
        left = f"{label}┤" if label else "    │"
        lines.append(left + "".join(paint(cell) for cell in grid[y]) + "│")
    bottom = [
        "┼"
        if x in tick_columns and x in dose_columns
        else "┬"
        if x in tick_columns
        else "┴"
        if x in dose_columns
        else "─"
        for x in range(columns)
    ]
    lines.append("    └" + "".join(bottom) + "┘")
    return lines


def _tick_labels(ticks: list[tuple[int, str]], x_of, start: date, width: int) -> str:
    """Dates under their ticks, centred, kept inside the width and never overlapping."""
    line = [" "] * width
    free_from = 0
    for n, label in ticks:
        centre = 5 + x_of(start + timedelta(days=n))
        at = min(max(centre - len(label) // 2, 0), width - len(label))
        if at < free_from:
            continue
        line[at : at + len(label)] = label
        free_from = at + len(label) + 1
    return "".join(line).rstrip()


def svg_chart(daily: dict[date, int], infusions: Sequence[date], start: date, end: date) -> str:
    """Inline SVG (pygal): daily fatigue as a line with gaps, infusions as red verticals.

    pygal adds a small configuration script and comments naming its website;
    both are removed, so the SVG has no scripts and no links.
    """
    import pygal
    from pygal.style import Style

    style = Style(
        background="white",
        plot_background="white",
        foreground="#222",
        foreground_strong="#222",
        foreground_subtle="#bbb",
        colors=("#1f5fa8", "#c0392b"),
        font_family="Helvetica, Arial, sans-serif",
        label_font_size=11,
        major_label_font_size=11,
        legend_font_size=11,
    )
    chart = pygal.DateLine(
        style=style,
        width=760,
        height=230,
        explicit_size=False,
        js=[],
        disable_xml_declaration=True,
        allow_interruptions=True,
        show_dots=True,
        dots_size=1.6,
        range=(0, 10),
        y_labels=[0, 2, 4, 6, 8, 10],
        legend_at_bottom=True,
        legend_box_size=9,
        x_label_rotation=0,
        x_value_formatter=lambda day: day.strftime("%d %b %Y"),
        x_labels=[start + timedelta(days=n) for n, _ in _ticks(start, end, 5)],
        margin=6,
        margin_right=28,
        truncate_label=-1,
    )
    line: list[tuple[date, int] | None] = []
    for stretch in runs(daily, start, end):
        line.extend(stretch)
        line.append(None)
    chart.add("daily fatigue (0-10)", line or [None])
    marks: list[tuple[date, int] | None] = []
    for day in infusions:
        if start <= day <= end:
            marks += [(day, 0), (day, 10), None]
    chart.add("dose", marks or [None], show_dots=False, stroke_style={"width": 2})
    svg = chart.render(is_unicode=True)
    svg = re.sub(r"<script.*?</script>", "", svg, flags=re.S)
    return re.sub(r"<!--.*?-->", "", svg, flags=re.S)
