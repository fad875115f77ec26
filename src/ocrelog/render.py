"""Rich output for people at a terminal. Imported only by commands that print tables.

Every value from the journal goes into a ``Text`` object, so a note that
contains Rich markup (``[red]``) is shown as typed, never interpreted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ocrelog.safe import terminal_text

if TYPE_CHECKING:
    from ocrelog.shape import Shape


def shown(text: str) -> Text:
    """User text for a table: markup shown as typed, control characters escaped (safe.py)."""
    return Text(terminal_text(text))


def stdout_console() -> Console:
    # Rich already honours NO_COLOR, TERM=dumb and a stdout that is not a terminal.
    return Console(highlight=False)


def cycle_table(shape: Shape) -> Table:
    """Mean daily score by week since the dose, with a bar for each week."""
    table = Table(header_style="bold", box=None)
    table.add_column("week", justify="right")
    table.add_column("mean", justify="right")
    table.add_column("days", justify="right", style="dim")
    table.add_column("0 to 10")
    for week in shape.weeks:
        if week.mean is None:
            table.add_row(str(week.week), "-", "0", "")
            continue
        bar = "█" * int(week.mean * 2) + ("▌" if week.mean * 2 % 1 >= 0.5 else "")
        table.add_row(str(week.week), f"{week.mean:.1f}", str(week.days), Text(bar, style="cyan"))
    return table
