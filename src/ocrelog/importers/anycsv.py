"""Any CSV kept by hand (``--from csv``): the person names the columns.

``--date-column`` (ISO dates, numeric dates with a four-digit year in the
journal's date order, or dates with month names and a year), ``--score-column``
rescaled linearly from ``--scale LOW-HIGH`` to 0-10 and rounded (``--invert``
for energy-style scales), ``--time-column``, ``--symptom-column`` and
``--note-column`` (the row's note goes with its score, or with its symptom when
the row has no score).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from ocrelog.entries import Entry, clean_note, symptom_name
from ocrelog.errors import InvalidValue, quoted
from ocrelog.importers.common import Importer, clock, rows, stamp
from ocrelog.importers.common import nothing_mapped as plain_nothing_mapped


def rescale(value: float, low: float, high: float, invert: bool) -> int:
    """A value on LOW-HIGH as a 0-10 score, rounded half up; inverted for energy scales."""
    score = (value - low) / (high - low) * 10
    if invert:
        score = 10 - score
    return int(score + 0.5)


#: A date written in numbers only, day and month in either order: 03/11/2026, 3.11.2026, 03-11-2026.
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
#: ... or year first, then always the month: 2026/11/03, 2026.11.3.
_YEAR_FIRST = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b")


def _day(text: str, line: int, date_order: str) -> date:
    text = text.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    year_first = _YEAR_FIRST.match(text)
    if year_first:  # nobody writes year, day, month
        try:
            return date(*(int(part) for part in year_first.groups()))
        except ValueError:
            raise InvalidValue(f"Line {line}: {quoted(text)} is not a date (year, month, day)") from None
    numeric = _NUMERIC_DATE.match(text)
    if numeric:  # read in the one order, never guessed row by row (03/11 and 25/11 in one file)
        first, second, year = (int(part) for part in numeric.groups())
        day, month = (first, second) if date_order == "dmy" else (second, first)
        try:
            return date(year, month, day)
        except ValueError:
            other = "dmy" if date_order == "mdy" else "mdy"
            raise InvalidValue(
                f"Line {line}: {quoted(text)} is not a date with the {'day' if date_order == 'dmy' else 'month'} "
                f"first, as this journal reads dates ({date_order}); if the file writes the "
                f"{'month' if date_order == 'dmy' else 'day'} first, run 'ocrelog config date_order {other}' "
                "and import it again (nothing was imported)"
            ) from None
    if re.search(r"\d{4}", text):
        from dateutil import parser

        try:
            return parser.parse(text, dayfirst=date_order == "dmy").date()
        except (ValueError, OverflowError):
            pass
    raise InvalidValue(f"Line {line}: could not read the date {quoted(text)} (give the year in full)")


def read(source, options, tally, now: datetime) -> Iterator[Entry]:
    low, high = options.scale
    wanted = [
        c
        for c in (
            options.date_column,
            options.score_column,
            options.time_column,
            options.symptom_column,
            options.note_column,
        )
        if c
    ]
    checked = False
    for line, row in rows(source.text()):
        if not checked:
            missing = [c for c in wanted if c.strip().lower() not in row]
            if missing:
                raise InvalidValue(f"Line 1: there is no column {missing[0]!r}; the columns are {', '.join(row)}")
            checked = True
        day = _day(row.get(options.date_column.lower(), ""), line, options.date_order)
        at = clock(row.get(options.time_column.lower(), "")) if options.time_column else None
        when = stamp(day, at, now, f"Line {line}")
        made = False
        raw_note = row.get(options.note_column.strip().lower(), "") if options.note_column else ""
        note = clean_note(raw_note) if raw_note.strip() else None  # kept as written
        if options.score_column:
            text = row.get(options.score_column.lower(), "").strip().replace(",", ".")
            if text:
                try:
                    value = float(text)
                except ValueError:
                    raise InvalidValue(f"Line {line}: the score {text[:20]!r} is not a number") from None
                if not low <= value <= high:
                    raise InvalidValue(f"Line {line}: the score {text} is outside the scale {low:g}-{high:g}")
                yield Entry(
                    type="fatigue", date=when, value=rescale(value, low, high, options.invert), note=note, source="csv"
                )
                made = True
        if options.symptom_column:
            name = row.get(options.symptom_column.lower(), "").strip()
            if name:
                yield Entry(
                    type="symptom", date=when, name=symptom_name(name), note=None if made else note, source="csv"
                )
                made = True
        if not made:
            tally.skipped["rows without a score or symptom"] += 1


def _check(options) -> None:
    """A CSV kept by hand is read only through the columns the person names."""
    if not options.date_column:
        raise InvalidValue("--from csv needs --date-column (and --score-column or --symptom-column)")


def nothing_mapped(what: str, tally) -> str:
    return plain_nothing_mapped(
        what, tally, "name a column that holds scores or symptom names with --score-column or --symptom-column"
    )


#: Never recognised from a file: any CSV could be one, so it is read only with ``--from csv``.
IMPORTER = Importer(name="csv", read=read, nothing_mapped=nothing_mapped, check=_check)
