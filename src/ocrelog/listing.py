"""``ocrelog log`` as plain text lines, streamed: no Rich, no table held in memory.

A journal of 300,000 entries lists as fast as the terminal takes the lines:
each entry is formatted on its own, with fixed columns, and a long note wraps
under the note column to the terminal's width. User text is made safe for
the terminal (terminal.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ocrelog.dates import written
from ocrelog.entries import Entry, temperature_text
from ocrelog.terminal import NARROW, terminal_text, wrap_words

HEADER = ("id", "date", "type", "value", "name", "note")
_WIDTHS = (6, 18, 11, 9, 16)  # the date: "14 May 2026, 09:30"


def date_cell(text: str) -> str:
    """A stored date at a terminal, as a person writes it: ``14 May 2026, 09:30``."""
    return written(text)


def piped_date(text: str) -> str:
    """A stored date in piped output: ISO, sortable, one field's width, with a space for the T."""
    return text.replace("T", " ")


def entry_value(entry: Entry) -> str:
    if entry.type in ("infusion", "planned"):
        return f"{entry.value} mg"
    if entry.type == "fatigue":
        return f"{entry.value}/10"
    if entry.type == "temperature":
        return temperature_text(entry.value)
    if entry.type == "scale":
        from ocrelog.scales import value_text

        return value_text(entry.value)
    if entry.type == "lab":
        from ocrelog.labs import value_words

        return value_words(entry)
    if entry.type == "vaccine":
        return "live" if entry.live else ""
    return ""


def entry_details(entry: Entry) -> str:
    return "\n".join(_details(entry))


def _details(entry: Entry) -> list[str]:
    parts = []
    if entry.range is not None:
        from ocrelog.labs import flag_words

        parts.append(flag_words(entry) or "")
    if entry.premeds:
        parts.append("premedication: " + ", ".join(entry.premeds))
    if entry.reactions:
        parts.append("reactions: " + ", ".join(entry.reactions))
    if entry.subscales:
        parts.append(", ".join(f"{name} {number}" for name, number in entry.subscales))
    if entry.items:
        parts.append("items: " + ",".join(map(str, entry.items)))
    if entry.note:
        parts.append(entry.note)
    if entry.source:
        parts.append(f"(from {entry.source})")
    return [terminal_text(part) for part in parts]


def _row(cells: tuple[str, ...], note: str, width: int) -> str:
    left = "  ".join(cell.rjust(w) if i == 0 else cell.ljust(w) for i, (cell, w) in enumerate(zip(cells, _WIDTHS)))
    indent = len(left) + 2
    room = max(20, width - indent)
    if indent + 20 > width:  # a narrow terminal: the note goes on lines of its own
        lines = [left.rstrip()] + [
            "    " + part for raw in note.splitlines() for part in wrap_words(raw, max(20, width - 4)) or [""]
        ]
        return "\n".join(lines)
    wrapped = [part for raw in note.splitlines() for part in (wrap_words(raw, room) or [""])] or [""]
    first = f"{left}  {wrapped[0]}".rstrip()
    return "\n".join([first] + [" " * indent + part for part in wrapped[1:]])


def _block(entry: Entry, width: int) -> str:
    """An entry for a narrow terminal: its id, date and value, then its name and note, wrapped."""
    head = f"#{entry.id}  {date_cell(entry.date)}  {entry.type} {entry_value(entry)}".rstrip()
    lines = wrap_words(head, width, subsequent_indent="    ") or [head]
    body = "\n".join(filter(None, [terminal_text(entry.name or ""), entry_details(entry)]))
    for raw in body.splitlines():
        lines += wrap_words(raw, max(10, width - 4), initial_indent="    ", subsequent_indent="    ") or [""]
    return "\n".join(lines)


def _flat(text: str) -> str:
    """Text on one line: each line break shown as ``\\n`` (as control characters show as ``\\xNN``)."""
    return text.replace("\n", "\\n")


def log_lines(entries: Iterable[Entry], width: int | None) -> Iterator[str]:
    """A header, then one line (or a few, for a long note) per entry; blocks when narrow.

    ``width=None`` (not a terminal: a pipe, a file): exactly one line per entry,
    never wrapped, so ``grep`` and ``cut`` see each entry's id and date with it.
    """
    if width is None:
        yield _row(HEADER[:5], HEADER[5], 10**9)
        for entry in entries:
            name = _flat(terminal_text(entry.name or ""))
            cells = (str(entry.id), piped_date(entry.date), entry.type, entry_value(entry), name)
            yield _row(cells, "; ".join(_flat(part) for part in _details(entry)), 10**9)
        return
    if width < NARROW:
        yield "Entries, newest first:"
        for entry in entries:
            yield _block(entry, width)
        return
    yield _row(HEADER[:5], HEADER[5], width)
    for entry in entries:
        cells = (
            str(entry.id),
            date_cell(entry.date),
            entry.type,
            entry_value(entry),
            terminal_text(entry.name or ""),
        )
        if sum(max(len(cell), room) + 2 for cell, room in zip(cells, _WIDTHS)) > width:
            yield _block(entry, width)  # a name too long for the line: its own lines, wrapped
            continue
        yield _row(cells, entry_details(entry), width)
