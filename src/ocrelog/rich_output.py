"""Rich output for people at a terminal. Imported only by commands that print tables.

Every value from the journal goes into a ``Text`` object, so a note that
contains Rich markup (``[red]``) is shown as typed, never interpreted.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any, cast

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ocrelog.terminal import terminal_text

if TYPE_CHECKING:
    from ocrelog.cycle_shape import Shape


def shown(text: str) -> Text:
    """User text for a table: markup shown as typed, control characters escaped (terminal.py)."""
    return Text(terminal_text(text))


def stdout_console(*, plain: bool = False) -> Console:
    # Rich already honours NO_COLOR, TERM=dumb and a stdout that is not a terminal; a pipe or a
    # file gets the lines without the spaces Rich pads a table's cells with.
    import os
    import sys

    if sys.stdout.isatty():
        # --plain and NO_COLOR drop bold and dim too, as status's own lines do (cli.tier_painter)
        plain = plain or bool(os.environ.get("NO_COLOR"))
        return Console(highlight=False, color_system=None if plain else "auto")
    # A duck-typed stream: Rich calls only its write, flush and isatty.
    return Console(highlight=False, file=cast(IO[str], _WithoutTrailingSpaces(sys.stdout)))


class _WithoutTrailingSpaces:
    """A text stream that drops the spaces at the end of each line written through it."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.pending = ""

    def write(self, text: str) -> int:
        lines = (self.pending + text).split("\n")
        self.pending = lines.pop()
        if lines:
            self.stream.write("".join(line.rstrip(" ") + "\n" for line in lines))
        return len(text)

    def flush(self) -> None:
        if self.pending.strip(" "):
            self.stream.write(self.pending)
            self.pending = ""
        self.stream.flush()

    def isatty(self) -> bool:
        return False


def _bar(mean: float | None) -> Text:
    if mean is None:
        return Text("")
    return Text("█" * int(mean * 2) + ("▌" if mean * 2 % 1 >= 0.5 else ""), style="cyan")


def cycle_table(shape: Shape) -> Table:
    """Mean daily score by week since the dose, with a bar for each week.

    Complete cycles' means and the current cycle's weeks side by side; weeks
    with no score in either are one row ("no scores"), never a column of blanks.
    """
    table = Table(header_style="bold", box=None)
    table.add_column("week", justify="right", min_width=4)  # a heading's longest word is never cut
    columns = []
    if shape.weeks:
        columns.append(("all cycles" if shape.current else "mean", shape.weeks))
    if shape.current:
        columns.append(("this cycle" if shape.weeks else "mean", shape.current))
    for title, _ in columns:
        table.add_column(title, justify="right", min_width=max(map(len, title.split())))
        table.add_column("days", justify="right", style="dim", min_width=4)
        table.add_column("0 to 10")
    count = max(len(weeks) for _, weeks in columns) if columns else 0
    empty_from = None
    for n in range(1, count + 2):
        cells = [weeks[n - 1] if n <= len(weeks) else None for _, weeks in columns]
        if n <= count and all(c is None or c.mean is None for c in cells):
            empty_from = empty_from or n
            continue
        if empty_from is not None:
            span = str(empty_from) if empty_from == n - 1 else f"{empty_from}-{n - 1}"
            gap: list[str | Text] = ["-", "0", Text("no scores", style="dim")]
            table.add_row(span, *(gap + ["", "", ""] * (len(columns) - 1)))
            empty_from = None
        if n > count:
            break
        row: list[str | Text] = [str(n)]
        for cell in cells:
            if cell is None:  # a week still to come
                row += ["", "", ""]
            elif cell.mean is None:
                row += ["-", "0", ""]
            else:
                row += [f"{cell.mean:.1f}", str(cell.days), _bar(cell.mean)]
        table.add_row(*row)
    return table
