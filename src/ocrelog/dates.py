"""WHEN: dates as people type them.

Pure functions: the caller passes ``now`` (a naive local datetime), so the
rules here never read a clock. A parsed WHEN is either a ``date`` (the person
gave no time of day, and none is invented) or a ``datetime`` to the minute.

The rules (docs/dates.md explains them to users):

- ``today``, ``yesterday``, ``day before yesterday``, ``now``, ``N days ago``,
  ``N weeks ago``, ``N months ago``, ``N years ago``, ``N hours ago``,
  ``N minutes ago`` (N a number or a word up to twelve), ``last week``,
  weekday names (``monday``, ``last monday``: the most recent past one, never
  today), ISO dates and date-times (``2026-11-3``, ``2026/11/03`` too), a bare
  time (``14:30``, ``9pm``, ``8.30am``, ``21h``, ``noon``, ``midnight``:
  today), parts of a day (``this morning`` 08:00, ``this afternoon`` 14:00,
  ``this evening`` 19:00, ``tonight`` 21:00, ``last night``, ``yesterday
  morning``...), any day with a time (``yesterday 21:00``), month names
  (``May 14``, ``14 May 2025``) and numeric dates (``03/11/2026``), read in
  the ``date_order`` given (``dmy`` or ``mdy``) when day and month could be
  confused.
- A date without a year is its most recent past occurrence.
- Future dates and dates that do not exist are refused, naming what was typed;
  a time later today says so and suggests yesterday.
- Dates from files (:func:`parse_file_date`) are ISO only, and may lie up to
  ``FILE_TOLERANCE`` ahead of now (a journal kept in a time zone further east).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from ocrelog.errors import InvalidValue, quoted

EARLIEST_YEAR = 1900
#: The last year a record or a booking may fall in: every command (the calendar's day after,
#: a due date months later) can still count from it.
LATEST_YEAR = 2199
#: How far ahead of now an entry from a file (or already in the journal) may be:
#: the largest gap between two time zones' clocks.
FILE_TOLERANCE = timedelta(hours=14)
DATE_ORDERS = ("dmy", "mdy")
DEFAULT_DATE_ORDER = "mdy"
#: Parts of a day, as people say them, and the time each stands for.
PARTS_OF_DAY = {"morning": time(8, 0), "afternoon": time(14, 0), "evening": time(19, 0), "night": time(21, 0)}
NUMBER_WORDS = {
    word: number
    for number, word in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
} | {"a": 1, "an": 1}


# Patterns are compiled on first use (functools.cache), not at import: most runs
# (`ocrelog feel 6`) read no date at all, and compiling them all costs start-up.
def _pattern(text: str) -> Callable[[], re.Pattern[str]]:
    return functools.cache(lambda: re.compile(text))


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ISO_DATE = _pattern(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
_ISO_DATETIME = _pattern(r"^(\d{4}[-/]\d{1,2}[-/]\d{1,2})[ t](\d{1,2}):(\d{2})(?::(\d{2}))?$")
_TIME_24 = r"(?P<h>\d{1,2}):(?P<m>\d{2})(?:\s*(?P<ampm>am|pm))?"
_TIME_12 = r"(?P<h12>\d{1,2})(?:\.(?P<m12>\d{2}))?\s*(?P<ampm12>am|pm)"
_TIME_H = r"(?P<hh>\d{1,2})h(?P<mh>\d{2})?"
_TIME_WORD = r"(?P<word>noon|midnight)"
_TRAILING_TIME = _pattern(rf"(?:^|\s)(?:at\s+)?(?:{_TIME_24}|{_TIME_12}|{_TIME_H}|{_TIME_WORD})$")
_NUMBER = r"\d+|" + "|".join(NUMBER_WORDS)
_AGO = _pattern(rf"^({_NUMBER}) (day|days|week|weeks|month|months|year|years) ago$")
_IN = _pattern(rf"^in ({_NUMBER}) (day|days|week|weeks|month|months|year|years)$")
_CLOCK_AGO = _pattern(rf"^({_NUMBER}) (hour|hours|hr|hrs|minute|minutes|min|mins) ago$")
_SLASHED = _pattern(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d+))?$")
#: A day of the week as typed, full or short ("sat"), and its number (Monday 0).
WEEKDAYS = {
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
_MONTHS = ("January February March April May June July August September October November December").split()
_HINT = "try 'today', 'yesterday 21:00', '3 days ago', 'monday', 'May 14' or '2026-05-14'"


def to_iso(value: date | datetime) -> str:
    """``2026-05-14`` for a date, ``2026-05-14T14:30`` for a date-time."""
    if isinstance(value, datetime):
        return f"{value.date().isoformat()}T{value.hour:02d}:{value.minute:02d}"
    return value.isoformat()


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later (earlier when negative).

    A day the target month does not have becomes its last day: 31 August plus
    six months is 28 February (29 in a leap year), as with dateutil's
    ``relativedelta``, which a test compares it with. Written here because
    importing dateutil costs start-up on every report.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    last = 29 if month == 2 and leap else _DAYS_IN_MONTH[month - 1]
    return date(year, month, min(day.day, last))


def day_of(text: str) -> date:
    """The calendar day of a stored ISO date or date-time."""
    return date.fromisoformat(text[:10])


def written(value: str | date | datetime) -> str:
    """A date as a person writes it: ``15 Nov 2026``, or ``15 Nov 2026, 22:00`` with a time."""
    if isinstance(value, (date, datetime)):
        value = to_iso(value)
    day = date.fromisoformat(value[:10])
    text = f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"
    return f"{text}, {value[11:16]}" if len(value) > 10 else text


def days_written(first: date, last: date) -> str:
    """Two days as people write a span: ``25 to 26 May 2026``, ``30 Nov to 5 Dec 2026``, or one
    day's :func:`written` when they are the same."""
    if first == last:
        return written(first)
    if first.year != last.year:
        return f"{written(first)} to {written(last)}"
    start = f"{first.day}" if first.month == last.month else f"{first.day} {_MONTHS[first.month - 1][:3]}"
    return f"{start} to {written(last)}"


def day_word(day: date, today: date) -> str:
    """A recent day in a word or two: ``today``, ``yesterday``, ``7 Dec`` (with the year when it
    is not this year's)."""
    if day == today:
        return "today"
    if (today - day).days == 1:
        return "yesterday"
    return f"{day.day} {_MONTHS[day.month - 1][:3]}" + ("" if day.year == today.year else f" {day.year}")


def now_to_minute(now: datetime) -> datetime:
    return now.replace(second=0, microsecond=0)


def parse_when(
    text: str,
    now: datetime,
    *,
    date_order: str = DEFAULT_DATE_ORDER,
    allow_future: bool = False,
) -> date | datetime:
    """Read what a person typed as a date or date-time (in the past, unless ``allow_future``).

    Raises :class:`InvalidValue` with one sentence naming ``text`` when it
    cannot be read, does not exist, or lies in the future.
    """
    cleaned = " ".join(str(text).strip().lower().split())
    if not cleaned:
        raise InvalidValue(f"Give a date or time; {_HINT}.")
    try:
        value = _parse(cleaned, text, now, date_order, allow_future)
    except InvalidValue:
        raise
    except (ValueError, OverflowError):
        raise InvalidValue(f"Could not read {quoted(text)} as a date; {_HINT}.") from None
    if allow_future:
        return _check_year(value, text)
    return _check_range(value, text, now, cleaned)


def parse_file_date(text: str, now: datetime, *, allow_future: bool = False) -> str:
    """A date from a file: ISO only (``2026-05-14``, ``2026-05-14T14:30``), never relative.

    Files must not change meaning with the day they are read, so words like
    'yesterday' are refused here. Up to ``FILE_TOLERANCE`` ahead of ``now`` is
    accepted (the file may come from a time zone further east). Returns the
    date as ocrelog stores it.
    """
    cleaned = text.strip().lower()
    try:
        if _ISO_DATE().match(cleaned):
            value: date | datetime = _iso_date(cleaned, text)
        elif match := _ISO_DATETIME().match(cleaned):
            value = _combine(_iso_date(match[1], text), _clock(int(match[2]), int(match[3]), None, text))
        else:
            raise InvalidValue(f"The date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, not {text[:40]!r}.")
    except OverflowError:
        raise InvalidValue(f"There is no such day as {text[:40]!r}.") from None
    if not allow_future:
        value = _check_range(value, text, now + FILE_TOLERANCE, None)
    return to_iso(_check_year(value, text))


def _check_year(value: date | datetime, text: str) -> date | datetime:
    if value.year < EARLIEST_YEAR:
        raise InvalidValue(f"{text!r} is before {EARLIEST_YEAR}; check the year.")
    if value.year > LATEST_YEAR:
        raise InvalidValue(f"{text!r} is after {LATEST_YEAR}; check the year.")
    return value


def _check_range(value: date | datetime, text: str, now: datetime, cleaned: str | None) -> date | datetime:
    limit = now_to_minute(now) if isinstance(value, datetime) else now.date()
    if value > limit:
        if cleaned is not None and isinstance(value, datetime) and _today_implied(cleaned):
            raise InvalidValue(
                f"{text!r} is later today ({value.hour:02d}:{value.minute:02d}), in the future; "
                f"if you meant yesterday, type '{_yesterday_of(cleaned)}'."
            )
        raise InvalidValue(f"{text!r} is in the future ({written(value)}); ocrelog records what has already happened.")
    return _check_year(value, text)


def _today_implied(cleaned: str) -> bool:
    """Whether a typed time names no day (so it was taken as today)."""
    if cleaned in ("tonight", "noon", "midnight") or cleaned.startswith(("today", "this ", "at ")):
        return True
    match = _TRAILING_TIME().search(cleaned)
    return match is not None and match.start() == 0


def _yesterday_of(cleaned: str) -> str:
    """What a time later today most likely meant: the same on the day before."""
    if cleaned == "tonight":
        return "last night"
    if cleaned.startswith("this "):
        return "yesterday " + cleaned.removeprefix("this ")
    return "yesterday " + cleaned.removeprefix("today ").removeprefix("at ")


def _parse(cleaned: str, text: str, now: datetime, date_order: str, allow_future: bool) -> date | datetime:
    if match := _ISO_DATE().match(cleaned):
        return _iso_date(cleaned, text)
    if match := _ISO_DATETIME().match(cleaned):
        day = _iso_date(match[1], text)
        return _combine(day, _clock(int(match[2]), int(match[3]), None, text))
    if cleaned == "now":
        return now_to_minute(now)
    if match := _CLOCK_AGO().match(cleaned):
        count = _number(match[1])
        unit = timedelta(hours=count) if match[2].startswith("h") else timedelta(minutes=count)
        return now_to_minute(now - unit)
    if cleaned == "tonight":
        return datetime.combine(now.date(), PARTS_OF_DAY["night"])
    if cleaned == "last night":
        return datetime.combine(now.date() - timedelta(days=1), PARTS_OF_DAY["night"])

    day_text, clock = cleaned, None
    words = cleaned.rsplit(" ", 1)
    if len(words) == 2 and words[1] in PARTS_OF_DAY:
        day_text, clock = words[0], PARTS_OF_DAY[words[1]]
        if day_text == "this":
            day_text = "today"
    elif match := _TRAILING_TIME().search(cleaned):
        clock = _time_of(match, text)
        day_text = cleaned[: match.start()].strip()
        if day_text.endswith(" at"):
            day_text = day_text[:-3]

    day = _day(day_text, text, now, date_order, allow_future) if day_text else now.date()
    return _combine(day, clock) if clock is not None else day


def _time_of(match: re.Match[str], text: str) -> time:
    if match["word"]:
        return time(12, 0) if match["word"] == "noon" else time(0, 0)
    if match["hh"]:
        return _clock(int(match["hh"]), int(match["mh"] or 0), None, text)
    hour = match["h"] or match["h12"]
    minute = match["m"] or match["m12"] or "0"
    return _clock(int(hour), int(minute), match["ampm"] or match["ampm12"], text)


def _number(word: str) -> int:
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word)


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


#: A clock time in a file: ``14:58``, ``6:50 pm``, ``5:01 PM``, ``07:15:30`` (seconds dropped).
_FILE_CLOCK = r"^(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm)?$"


def clock_of(text: str) -> time | None:
    """The clock time a file's cell holds, or None when it holds none (the one clock parser
    of the importers; the WHEN grammar's times go through the same ``_clock``)."""
    match = re.match(_FILE_CLOCK, text.strip().lower())
    if not match:
        return None
    try:
        return _clock(int(match[1]), int(match[2]), match[3], text)
    except InvalidValue:
        return None


def month_number(word: str) -> int | None:
    """1-12 for an English month name or its abbreviation (``sep``, ``sept``, ``Sept.``), else None."""
    word = word.strip().rstrip(".").lower()
    if len(word) < 3:
        return None
    return next((n for n, name in enumerate(_MONTHS, 1) if name.lower().startswith(word)), None)


def _iso_date(iso: str, text: str) -> date:
    year, month, day = re.split(r"[-/]", iso)
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise InvalidValue(f"There is no such day as {text!r}.") from None


def _day(day_text: str, text: str, now: datetime, date_order: str, allow_future: bool) -> date:
    today = now.date()
    if day_text == "today":
        return today
    if day_text == "yesterday":
        return today - timedelta(days=1)
    if day_text in ("day before yesterday", "the day before yesterday"):
        return today - timedelta(days=2)
    if day_text == "last week":
        return today - timedelta(days=7)
    if day_text == "tomorrow":
        if allow_future:
            return today + timedelta(days=1)
        raise InvalidValue(f"{text!r} is in the future; ocrelog records what has already happened.")
    if _ISO_DATE().match(day_text):
        return _iso_date(day_text, text)
    if match := _AGO().match(day_text):
        return _ago(_number(match[1]), match[2], today)
    ahead = _ahead(day_text, today)
    if ahead is not None:
        if allow_future:
            return ahead
        raise InvalidValue(f"{text!r} is in the future; ocrelog records what has already happened.")
    weekday = day_text.removeprefix("last ")
    if weekday in WEEKDAYS and (day_text.startswith("last ") or not allow_future):
        # A weekday name never means today: on a Monday, 'monday' is 7 days ago.
        back = (today.weekday() - WEEKDAYS[weekday] - 1) % 7 + 1
        return today - timedelta(days=back)
    if weekday in WEEKDAYS:  # booking ahead: 'friday' is the coming one (on a Friday, in 7 days)
        return today + timedelta(days=(WEEKDAYS[weekday] - today.weekday() - 1) % 7 + 1)
    if match := _SLASHED().match(day_text):
        return _slashed(match, text, now, date_order, allow_future)
    if any(c.isalpha() for c in day_text):
        return _month_name(day_text, text, now, allow_future)
    raise InvalidValue(f"Could not read {quoted(text)} as a date; {_HINT}.")


def ambiguous_numeric(text: str) -> str | None:
    """The numeric date in ``text`` when day and month could swap (``03/11``, ``03.11.2026 21:00``).

    None when there is none, or when only one order makes a date (``25/05``) or
    both orders give the same day (``03/03``).
    """
    cleaned = " ".join(str(text).strip().lower().split())
    words = cleaned.rsplit(" ", 1)
    day_text = cleaned
    if len(words) == 2 and words[1] in PARTS_OF_DAY:
        day_text = words[0]
    elif match := _TRAILING_TIME().search(cleaned):
        day_text = cleaned[: match.start()].strip().removesuffix(" at")
    match = _SLASHED().match(day_text)
    if match is None:
        return None
    first, second = int(match[1]), int(match[2])
    return day_text if 1 <= first <= 12 and 1 <= second <= 12 and first != second else None


def day_month_text(day: date) -> str:
    """``11 March``: a day and its month in words, the way the date-order hint names them."""
    return f"{day.day} {_MONTHS[day.month - 1]}"


def _ahead(day_text: str, today: date) -> date | None:
    """The words that only name a day to come: ``in 2 weeks``, ``next week``, ``next month``,
    ``next friday``, ``this friday`` (the coming one, as ``friday`` is when booking)."""
    if match := _IN().match(day_text):
        return _ago(-_number(match[1]), match[2], today)
    if day_text == "next week":
        return today + timedelta(days=7)
    if day_text == "next month":
        return add_months(today, 1)
    if day_text == "next year":
        return add_months(today, 12)
    for prefix in ("next ", "this ", "coming ", "this coming "):
        weekday = day_text.removeprefix(prefix)
        if day_text.startswith(prefix) and weekday in WEEKDAYS:
            return today + timedelta(days=(WEEKDAYS[weekday] - today.weekday() - 1) % 7 + 1)
    return None


def _ago(count: int, unit: str, today: date) -> date:
    if unit.startswith("day"):
        return today - timedelta(days=count)
    if unit.startswith("week"):
        return today - timedelta(weeks=count)
    if unit.startswith("month"):
        return add_months(today, -count)
    return add_months(today, -12 * count)


def _slashed(match: re.Match[str], text: str, now: datetime, date_order: str, allow_future: bool) -> date:
    """A numeric date: read in ``date_order`` unless only the other order makes a date."""
    first, second = int(match[1]), int(match[2])
    year_text = match[3]
    if year_text is not None and len(year_text) != 4:
        raise InvalidValue(f"Write the year of {text!r} in full, or use ISO: YYYY-MM-DD.")
    day, month = (first, second) if date_order == "dmy" else (second, first)
    if month > 12 and day <= 12:
        day, month = month, day  # 25/05 read as month/day cannot be a date; the other order can
    order = "day/month" if date_order == "dmy" else "month/day"
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise InvalidValue(f"There is no such day as {text!r} (read as {order}, the date_order setting {date_order}).")
    if year_text is None:
        return _most_recent(month, day, text, now, allow_future)
    try:
        return date(int(year_text), month, day)
    except ValueError:
        raise InvalidValue(
            f"There is no such day as {text!r} (read as {order}, the date_order setting {date_order})."
        ) from None


def _month_name(day_text: str, text: str, now: datetime, allow_future: bool = False) -> date:
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
        raise InvalidValue(f"Could not read {quoted(text)} as a date; {_HINT}.") from None
    if (
        first.tzinfo is not None
        or (first.hour, first.minute) != (0, 0)
        or (
            second.hour,
            second.minute,
        )
        != (1, 1)
    ):
        raise InvalidValue(f"Could not read {quoted(text)} as a date; {_HINT}.")
    if first.month != second.month or first.day != second.day:
        raise InvalidValue(f"{text!r} needs both a day and a month, like 'May 14'.")
    if first.year == second.year:
        return first.date()
    return _most_recent(first.month, first.day, text, now, allow_future)


def _most_recent(month: int, day: int, text: str, now: datetime, allow_future: bool = False) -> date:
    """The latest day with this month and day that is not after today.

    The year is chosen by the day alone: 'Nov 24 23:00' typed on the morning
    of 24 November is later today (and refused as future), not last year.
    With ``allow_future`` (a booked dose), the next such day from today instead.
    """
    if allow_future:
        for year in range(now.year, now.year + 9):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate >= now.date():
                return candidate
    for year in range(now.year, now.year - 9, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year
        if candidate <= now.date():
            return candidate
    raise InvalidValue(f"There is no such day as {text!r}.")
