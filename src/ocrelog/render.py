"""Rich output for people at a terminal. Imported only by commands that print tables.

Every value from the journal goes into a ``Text`` object, so a note that
contains Rich markup (``[red]``) is shown as typed, never interpreted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ocrelog.entries import Entry

if TYPE_CHECKING:
    from ocrelog.shape import Shape


def _control(char: str) -> bool:
    code = ord(char)
    return (code < 32 and char not in "\n\t") or 127 <= code < 160


def shown(text: str) -> Text:
    """User text for a table: markup shown as typed, control characters escaped.

    A note holding an escape sequence must not recolour (or worse) the
    person's terminal, so every control character but newline and tab is shown
    as ``\\xNN``. JSON and CSV output keep the text exactly.
    """
    text = text.replace("\r\n", "\n")
    return Text("".join(f"\\x{ord(c):02x}" if _control(c) else c for c in text))


def stdout_console() -> Console:
    # Rich already honours NO_COLOR, TERM=dumb and a stdout that is not a terminal.
    return Console(highlight=False)


def entry_value(entry: Entry) -> str:
    if entry.type == "infusion":
        return f"{entry.value} mg"
    if entry.type == "fatigue":
        return f"{entry.value}/10"
    return ""


def entry_note(entry: Entry) -> Text:
    parts = []
    if entry.premeds:
        parts.append("premedication: " + ", ".join(entry.premeds))
    if entry.reactions:
        parts.append("reactions: " + ", ".join(entry.reactions))
    if entry.note:
        parts.append(entry.note)
    return shown("\n".join(parts))


def entries_table(entries: Iterable[Entry]) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("id", justify="right", style="dim")
    table.add_column("date", no_wrap=True)
    table.add_column("type")
    table.add_column("value", justify="right")
    table.add_column("name")
    table.add_column("note", overflow="fold")
    for entry in entries:
        table.add_row(
            Text(str(entry.id)),
            Text(entry.date),
            Text(entry.type),
            Text(entry_value(entry)),
            shown(entry.name or ""),
            entry_note(entry),
        )
    return table


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
