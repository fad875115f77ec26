"""Small pieces the importers share: what an importer declares (:class:`Importer`), what
detection sees of a file (:class:`Head`), rows of a CSV with their line numbers, dates, severities."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TextIO

from ocrelog.dates import FILE_TOLERANCE, clock_of, to_iso
from ocrelog.errors import InvalidValue

if TYPE_CHECKING:
    from ocrelog.entries import Entry

SEVERITY_WORDS = {1: "mild", 2: "moderate", 3: "severe"}


def numbered(stream: Iterable[str], *, strict: bool = False, first_line: int = 1) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of every row of a CSV stream, blank rows included: the one CSV
    reader with line numbers (a quoted cell may span lines; a row is numbered by its first).

    ``first_line``: the number of the stream's first line, when lines were read before it.
    """
    reader = csv.reader(stream, strict=strict)
    start = first_line
    for cells in reader:
        yield start, cells
        start = first_line + reader.line_num


def header_names(cells: list[str]) -> list[str]:
    """Header cells as compared: lower case, without stray spaces or a byte-order mark."""
    return [cell.strip().lower().lstrip("\ufeff") for cell in cells]


def header_cells(text: str) -> list[str]:
    """The cells of a file's first line, as :func:`header_names` compares them ([] when it has none)."""
    first_line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    try:
        return header_names(next(csv.reader([first_line])))
    except (csv.Error, StopIteration):
        return []


def rows(stream: TextIO) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by header name) for each non-empty row after the header.

    Header names are compared in lower case without stray spaces (Visible's have them).
    """
    lines = numbered(stream)
    _, header = next(lines, (1, []))
    columns = header_names(header)
    for line, cells in lines:
        if any(c.strip() for c in cells):
            yield line, dict(zip(columns, cells))


def clock(text: str) -> tuple[int, int] | None:
    """(hour, minute) of '6:50 pm', '5:01 PM', '14:58'; None when it is not a clock time."""
    found = clock_of(text)
    return (found.hour, found.minute) if found else None


def stamp(day: date, time_of_day: tuple[int, int] | None, now: datetime, where: str) -> str:
    """The stored date text, refusing the future (beyond the time-zone tolerance).

    ``where`` starts the sentence of a refusal: ``Line 12`` for a row of a CSV file.
    """
    value: date | datetime = datetime(day.year, day.month, day.day, *time_of_day) if time_of_day else day
    limit = now + FILE_TOLERANCE
    if (value > limit) if isinstance(value, datetime) else (value > limit.date()):
        raise InvalidValue(f"{where}: {to_iso(value)} is in the future")
    return to_iso(value)


def severity_note(level: int) -> str:
    return f"severity: {SEVERITY_WORDS.get(level, str(level))}"


def nothing_mapped(what: str, tally: Any, hint: str = "docs/formats.md says what each app's export maps to") -> str:
    """The one sentence for a file read whole with nothing in it that maps to an entry: what
    was found (the rows skipped, by reason), and ``hint``, what to do. An importer's own
    ``nothing_mapped`` may say more (daylio.py and apple_health.py do)."""
    skipped = ", ".join(f"{n} {why}" for why, n in tally.skipped.most_common(4)) or "no rows"
    return f"Nothing in {what} maps to an entry (it has {skipped}); {hint}"


@dataclass(frozen=True)
class Head:
    """What detection sees of a file: its first bytes as text (never its name).

    ``cells`` are the header row's cells as :func:`header_names` compares them; an XML
    or JSON file (its first character ``<`` or ``[``) has none, so only an importer that
    looks at ``stripped`` recognises it.
    """

    text: str  # the first bytes, decoded (a broken character replaced)
    stripped: str  # the same without a byte-order mark and blank space in front
    zipped: bool  # the file is a zip (the text is then that of the export.xml inside)
    cells: tuple[str, ...]

    @classmethod
    def of(cls, head: bytes, zipped: bool) -> Head:
        text = head.decode("utf-8-sig", errors="replace")
        stripped = text.lstrip("\ufeff \t\r\n")
        cells = () if stripped.startswith(("<", "[")) else tuple(header_cells(stripped))
        return cls(text, stripped, zipped, cells)

    @property
    def names(self) -> set[str]:
        return set(self.cells)

    def has(self, *columns: str) -> bool:
        """Whether the header row names every one of ``columns``."""
        return set(columns) <= self.names


def _never(head: Head) -> bool:
    return False


def _anything(options: Any) -> None:
    return None


@dataclass(frozen=True)
class Importer:
    """One format ``import`` reads, as its module declares it (``IMPORTER = Importer(...)``).

    The registry, ``IMPORTERS`` in importers/__init__.py, lists them; the ``--from``
    choices, the import command's help, detection and the nothing-mapped sentence all
    come from it (docs/formats.md, "How to add an importer").
    """

    #: What ``--from`` takes, and what the import's lines call the format.
    name: str
    #: ``read(source, options, tally, now)``: the entries, one by one, from ``source.text()``
    #: (or ``source.binary``); rows that give none counted in ``tally``. A bad row raises
    #: :class:`InvalidValue` naming its line.
    read: Callable[[Any, Any, Any, datetime], Iterator[Entry]]
    #: Whether a file is this format, from its :class:`Head` (a header row, a root element).
    #: It may raise :class:`InvalidValue` for a file that is clearly meant as this format
    #: but cannot be (an XML file without Apple Health's root element).
    recognise: Callable[[Head], bool] = _never
    #: Asked only when no importer recognised the file: a file without its header row.
    recognise_headerless: Callable[[Head], bool] = _never
    #: ``nothing_mapped(what, tally)``: the sentence for a file with nothing that maps.
    nothing_mapped: Callable[[str, Any], str] = nothing_mapped
    #: ``check(options)``: refuse, before reading, options this format cannot go without.
    check: Callable[[Any], None] = _anything
