"""Pictures of the journal: data in, text out; no journal, no clock.

- :func:`sparkline`: a cycle's daily scores (day -7 to 13) in Unicode blocks,
  for a row of the report.
- :func:`terminal_chart`: daily fatigue over time with infusions marked, drawn
  by plotext (imported only here), for ``ocrelog chart``.
- :func:`svg_chart`: the same as inline SVG, drawn by pygal, for the summary.

Every chart shows the *daily score* of the report's rule (the highest score
of each day); a day with no score is a gap, never a zero.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
    """A line chart of daily fatigue; vertical lines mark infusions.

    ``plain`` draws with ``*`` and no colour codes, for output that is not a
    terminal (a file, a pipe, a screen reader's log).
    """
    import plotext

    figure = plotext.figure
    figure.clear()
    figure.plot_size(max(40, width), max(10, height))
    figure.theme("colorless" if plain else "simple")
    for stretch in runs(daily, start, end):
        xs = [(day - start).days for day, _ in stretch]
        ys = [score for _, score in stretch]
        signal = figure.signal(xs, ys, marker="*") if plain else figure.signal(xs, ys)
        figure.draw(signal.lines())
    for day in infusions:
        if start <= day <= end:
            figure.line((day - start).days, orientation="vertical")
    positions, labels = zip(*_ticks(start, end, max(1, width // 24)))
    figure.ruler("x").ticks(list(positions), list(labels))
    figure.ruler("x").lim(0, max(1, (end - start).days))
    figure.ruler("y").lim(0, 10)
    figure.title(f"Daily fatigue, 0-10, {start.isoformat()} to {end.isoformat()} (vertical lines: doses)")
    built = figure.build()
    return plotext.uncolorize(built) if plain else str(built)


def svg_chart(
    daily: dict[date, int], infusions: Sequence[date], start: date, end: date
) -> str:
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
