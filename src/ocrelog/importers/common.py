"""Small pieces the importers share: rows of a CSV with their line numbers, dates, severities."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import TextIO

from ocrelog.dates import FILE_TOLERANCE, clock_of, to_iso
from ocrelog.errors import InvalidValue

SEVERITY_WORDS = {1: "mild", 2: "moderate", 3: "severe"}
#: Words that make a Daylio label a likely one to map, for the example in the nothing-mapped sentence.
FATIGUE_WORDS = ("tired", "exhaust", "fatigue", "sleepy", "drained", "weary", "worn out")


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


def nothing_mapped(format_: str, what: str, tally) -> str:  # type: ignore[no-untyped-def]
    """The one sentence for a file read whole with nothing in it that maps to an entry:
    what was found, and what to add."""
    if format_ == "daylio" and tally.unmapped:
        tiring = [label for label in tally.unmapped if any(w in label for w in FATIGUE_WORDS) and "=" not in label]
        ordered = sorted(tally.unmapped.items(), key=lambda item: (item[0] not in tiring, -item[1]))
        shown = ", ".join(f"{label} ({n})" for label, n in ordered[:8])  # the likely ones first
        more = len(ordered) - 8
        example = f"--map {tiring[0]}=6" if tiring else "--map tired=6"
        if tiring and " " in tiring[0]:
            example = f"--map '{tiring[0]}=6'"
        return (
            f"Nothing in {what} maps to an entry: Daylio's moods and activities become fatigue scores only "
            f"when you map them, and the file has {shown}" + (f" and {more} more" if more > 0 else "")
            + f"; add --map LABEL=SCORE for each that means fatigue, like {example}"
        )
    if format_ == "apple-health":
        found = [(why.removesuffix(" records"), n) for why, n in tally.skipped.most_common() if why.endswith(" records")]
        shown = ", ".join(f"{kind} ({n})" for kind, n in found[:8]) or "no records at all"
        return (
            f"Nothing in {what} maps to an entry: ocrelog reads Fatigue and BodyTemperature records, and "
            f"the file has {shown}; log fatigue in the Health app (Symptoms, Fatigue) and export again"
        )
    skipped = ", ".join(f"{n} {why}" for why, n in tally.skipped.most_common(4)) or "no rows"
    hint = (
        "name a column that holds scores or symptom names with --score-column or --symptom-column"
        if format_ == "csv"
        else "docs/formats.md says what each app's export maps to"
    )
    return f"Nothing in {what} maps to an entry (it has {skipped}); {hint}"
