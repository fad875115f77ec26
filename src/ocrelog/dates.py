"""WHEN: dates as people type them.

Pure functions: the caller passes ``now`` (a naive local datetime), so the
rules here never read a clock. A parsed WHEN is either a ``date`` (the person
gave no time of day, and none is invented) or a ``datetime`` to the minute.

The rules (docs/dates.md explains them to users):

- ``today``, ``yesterday``, ``now``, ``N days ago``, ``N weeks ago``,
  ``N months ago``, ``N years ago``, weekday names (``monday``, ``last monday``: the most
  recent past one, never today), ISO dates and date-times, a bare time
  (``14:30``, ``9pm``: today), any of those with a time (``yesterday 21:00``),
  month names (``May 14``, ``14 May 2025``) and slashed dates where the day
  and month cannot be confused (``25/05/2026``).
- A date without a year is its most recent past occurrence.
- Future dates and dates that do not exist are refused, naming what was typed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from ocrelog.errors import InvalidValue

EARLIEST_YEAR = 1900

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ t](\d{1,2}):(\d{2})(?::(\d{2}))?$")
_TIME_24 = r"(?P<h>\d{1,2}):(?P<m>\d{2})(?:\s*(?P<ampm>am|pm))?"
_TIME_12 = r"(?P<h12>\d{1,2})\s*(?P<ampm12>am|pm)"
_TRAILING_TIME = re.compile(rf"(?:^|\s)(?:at\s+)?(?:{_TIME_24}|{_TIME_12})$")
_AGO = re.compile(r"^(\d+|a|an|one) (day|days|week|weeks|month|months|year|years) ago$")
_SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d+))?$")
_WEEKDAYS = {
    name: index
    for index, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_HINT = "try 'today', 'yesterday 21:00', '3 days ago', 'monday', 'May 14' or '2026-05-14'"


def to_iso(value: date | datetime) -> str:
    """``2026-05-14`` for a date, ``2026-05-14T14:30`` for a date-time."""
    if isinstance(value, datetime):
        return f"{value.date().isoformat()}T{value.hour:02d}:{value.minute:02d}"
    return value.isoformat()


def from_iso(text: str) -> date | datetime:
    """The inverse of :func:`to_iso` (also accepts seconds, which it drops)."""
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text).replace(second=0, microsecond=0)


def day_of(text: str) -> date:
    """The calendar day of a stored ISO date or date-time."""
    return date.fromisoformat(text[:10])


def now_to_minute(now: datetime) -> datetime:
    return now.replace(second=0, microsecond=0)


def parse_when(text: str, now: datetime) -> date | datetime:
    """Read what a person typed as a past date or date-time.

    Raises :class:`InvalidValue` with one sentence naming ``text`` when it
    cannot be read, does not exist, or lies in the future.
    """
    cleaned = " ".join(str(text).strip().lower().split())
    if not cleaned:
        raise InvalidValue(f"Give a date or time; {_HINT}.")
    try:
        value = _parse(cleaned, text, now)
    except InvalidValue:
        raise
    except (ValueError, OverflowError):
        raise InvalidValue(f"Could not read {text!r} as a date; {_HINT}.") from None
    return _check_range(value, text, now)


def parse_iso(text: str, now: datetime) -> str:
    """A date from a file: ISO only (``2026-05-14``, ``2026-05-14T14:30``), never relative.

    Files must not change meaning with the day they are read, so words like
    'yesterday' are refused here. Returns the date as ocrelog stores it.
    """
    cleaned = text.strip().lower()
    if _ISO_DATE.match(cleaned):
        value: date | datetime = _iso_date(cleaned, text)
    elif match := _ISO_DATETIME.match(cleaned):
        value = _combine(_iso_date(match[1], text), _clock(int(match[2]), int(match[3]), None, text))
    else:
        raise InvalidValue(f"The date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, not {text!r}.")
    return to_iso(_check_range(value, text, now))


def _check_range(value: date | datetime, text: str, now: datetime) -> date | datetime:
    limit = now_to_minute(now) if isinstance(value, datetime) else now.date()
    if value > limit:
        raise InvalidValue(
            f"{text!r} is in the future ({to_iso(value)}); "
            "ocrelog records what has already happened."
        )
    if value.year < EARLIEST_YEAR:
        raise InvalidValue(f"{text!r} is before {EARLIEST_YEAR}; check the year.")
    return value


def _parse(cleaned: str, text: str, now: datetime) -> date | datetime:
    if match := _ISO_DATE.match(cleaned):
        return _iso_date(cleaned, text)
    if match := _ISO_DATETIME.match(cleaned):
        day = _iso_date(match[1], text)
        return _combine(day, _clock(int(match[2]), int(match[3]), None, text))
    if cleaned == "now":
        return now_to_minute(now)

    day_text, clock = cleaned, None
    if match := _TRAILING_TIME.search(cleaned):
        hour = match["h"] or match["h12"]
        minute = match["m"] or "0"
        clock = _clock(int(hour), int(minute), match["ampm"] or match["ampm12"], text)
        day_text = cleaned[: match.start()].strip()
        if day_text.endswith(" at"):
            day_text = day_text[:-3]

    day = _day(day_text, text, now) if day_text else now.date()
    return _combine(day, clock) if clock is not None else day


def _combine(day: date, clock: time | None) -> date | datetime:
    return datetime.combine(day, clock) if clock is not None else day


def _clock(hour: int, minute: int, ampm: str | None, text: str) -> time:
    if ampm is not None:
        if not 1 <= hour <= 12:
            raise InvalidValue(f"There is no such time as {text!r}.")
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59:
        raise InvalidValue(f"There is no such time as {text!r}.")
    return time(hour, minute)


def _iso_date(iso: str, text: str) -> date:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        raise InvalidValue(f"There is no such day as {text!r}.") from None


def _day(day_text: str, text: str, now: datetime) -> date:
    today = now.date()
    if day_text == "today":
        return today
    if day_text == "yesterday":
        return today - timedelta(days=1)
    if day_text == "tomorrow":
        raise InvalidValue(
            f"{text!r} is in the future; ocrelog records what has already happened."
        )
    if _ISO_DATE.match(day_text):
        return _iso_date(day_text, text)
    if match := _AGO.match(day_text):
        return _ago(match[1], match[2], today)
    weekday = day_text.removeprefix("last ")
    if weekday in _WEEKDAYS:
        # A weekday name never means today: on a Monday, 'monday' is 7 days ago.
        back = (today.weekday() - _WEEKDAYS[weekday] - 1) % 7 + 1
        return today - timedelta(days=back)
    if match := _SLASHED.match(day_text):
        return _slashed(match, text, now)
    if any(c.isalpha() for c in day_text):
        return _month_name(day_text, text, now)
    raise InvalidValue(f"Could not read {text!r} as a date; {_HINT}.")


def _ago(count_text: str, unit: str, today: date) -> date:
    count = 1 if count_text in ("a", "an", "one") else int(count_text)
    if unit.startswith("day"):
        return today - timedelta(days=count)
    if unit.startswith("week"):
        return today - timedelta(weeks=count)
    from dateutil.relativedelta import relativedelta

    if unit.startswith("month"):
        return today - relativedelta(months=count)
    return today - relativedelta(years=count)


def _slashed(match: re.Match[str], text: str, now: datetime) -> date:
    first, second = int(match[1]), int(match[2])
    year_text = match[3]
    if year_text is not None and len(year_text) != 4:
        raise InvalidValue(f"Write the year of {text!r} in full, or use ISO: YYYY-MM-DD.")
    if first > 12 and second <= 12:
        day, month = first, second
    elif second > 12 and first <= 12:
        day, month = second, first
    elif first == second:
        day = month = first
    elif first <= 12 and second <= 12:
        raise InvalidValue(
            f"{text!r} could be {first} {_month(second)} or {second} {_month(first)}; "
            "write it as YYYY-MM-DD."
        )
    else:
        raise InvalidValue(f"There is no such day as {text!r}.")
    if year_text is None:
        return _most_recent(month, day, text, now)
    try:
        return date(int(year_text), month, day)
    except ValueError:
        raise InvalidValue(f"There is no such day as {text!r}.") from None


def _month(number: int) -> str:
    return _MONTHS[number - 1] if 1 <= number <= 12 else str(number)


def _month_name(day_text: str, text: str, now: datetime) -> date:
    from dateutil import parser

    # Parse twice with different defaults: a field that follows the default
    # was not typed. That tells a missing year (most recent past occurrence)
    # from a typed one, and refuses text that names no day or no month.
    first_default = datetime(2000, 1, 1)
    second_default = datetime(2004, 2, 2, 1, 1)
    try:
        first = parser.parse(day_text, default=first_default)
        second = parser.parse(day_text, default=second_default)
    except ValueError as error:  # ParserError is a ValueError
        if "out of range" in str(error):
            raise InvalidValue(f"There is no such day as {text!r}.") from None
        raise InvalidValue(f"Could not read {text!r} as a date; {_HINT}.") from None
    if first.tzinfo is not None or (first.hour, first.minute) != (0, 0) or (
        second.hour,
        second.minute,
    ) != (1, 1):
        raise InvalidValue(f"Could not read {text!r} as a date; {_HINT}.")
    if first.month != second.month or first.day != second.day:
        raise InvalidValue(f"{text!r} needs both a day and a month, like 'May 14'.")
    if first.year == second.year:
        return first.date()
    return _most_recent(first.month, first.day, text, now)


def _most_recent(month: int, day: int, text: str, now: datetime) -> date:
    """The latest day with this month and day that is not after today.

    The year is chosen by the day alone: 'Nov 24 23:00' typed on the morning
    of 24 November is later today (and refused as future), not last year.
    """
    for year in range(now.year, now.year - 9, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year
        if candidate <= now.date():
            return candidate
    raise InvalidValue(f"There is no such day as {text!r}.")
