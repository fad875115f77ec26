from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocrelog import dates
from ocrelog.dates import EARLIEST_YEAR, parse_when, to_iso
from ocrelog.errors import InvalidValue

NOW = datetime(2026, 11, 24, 10, 30)  # a Tuesday morning
TODAY = NOW.date()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("today", TODAY),
        ("Today", TODAY),
        ("yesterday", date(2026, 11, 23)),
        ("3 days ago", date(2026, 11, 21)),
        ("1 day ago", date(2026, 11, 23)),
        ("0 days ago", TODAY),
        ("2 weeks ago", date(2026, 11, 10)),
        ("a week ago", date(2026, 11, 17)),
        ("2 months ago", date(2026, 9, 24)),
        ("1 year ago", date(2025, 11, 24)),
        ("monday", date(2026, 11, 23)),
        ("last monday", date(2026, 11, 23)),
        ("wednesday", date(2026, 11, 18)),
        ("fri", date(2026, 11, 20)),
        # A weekday name never means today: on a Tuesday, 'tuesday' is 7 days ago.
        ("tuesday", date(2026, 11, 17)),
        ("2026-05-14", date(2026, 5, 14)),
        ("2026-05-14 14:30", datetime(2026, 5, 14, 14, 30)),
        ("2026-05-14T14:30", datetime(2026, 5, 14, 14, 30)),
        ("2026-05-14T14:30:59", datetime(2026, 5, 14, 14, 30)),
        ("2026-05-14 at 9pm", datetime(2026, 5, 14, 21, 0)),
        ("09:15", datetime(2026, 11, 24, 9, 15)),
        ("10:30", datetime(2026, 11, 24, 10, 30)),
        ("9am", datetime(2026, 11, 24, 9, 0)),
        ("yesterday 21:00", datetime(2026, 11, 23, 21, 0)),
        ("yesterday at 9:45pm", datetime(2026, 11, 23, 21, 45)),
        ("monday 12am", datetime(2026, 11, 23, 0, 0)),
        ("3 days ago 08:00", datetime(2026, 11, 21, 8, 0)),
        ("May 14", date(2026, 5, 14)),
        ("14 May", date(2026, 5, 14)),
        ("14th May 2025", date(2025, 5, 14)),
        ("May 14, 2024", date(2024, 5, 14)),
        ("May 14 18:00", datetime(2026, 5, 14, 18, 0)),
        # No year means the most recent past occurrence, never a future one.
        ("Dec 25", date(2025, 12, 25)),
        ("25 December", date(2025, 12, 25)),
        ("Nov 24", TODAY),
        ("Feb 29", date(2024, 2, 29)),
        ("25/05/2026", date(2026, 5, 25)),
        ("05/25/2026", date(2026, 5, 25)),
        ("07/07/2026", date(2026, 7, 7)),
        ("25.05.2026", date(2026, 5, 25)),
        ("30/12", date(2025, 12, 30)),
    ],
)
def test_reads_dates_as_people_type_them(typed, expected):
    result = parse_when(typed, NOW)
    assert result == expected
    assert type(result) is type(expected)  # no invented time of day


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("tomorrow", "future"),
        ("2026-12-01", "future"),
        ("2027-01-01 10:00", "future"),
        ("14:30", "future"),  # later today
        ("9pm", "future"),
        ("Nov 24 23:00", "future"),
        ("2026-02-30", "no such day"),
        ("2026-13-01", "no such day"),
        ("Feb 30", "no such day"),
        ("31/02/2026", "no such day"),
        ("25:00", "no such time"),
        ("13pm", "no such time"),
        ("13/13/2026", "no such day"),
        ("05/06/26", "year"),
        ("May", "day and a month"),
        ("2026", "Could not read"),
        ("banana", "Could not read"),
        ("next week", "future"),  # words of the future, read when booking (--planned)
        ("", "Give a date"),
        ("1850-01-01", "before 1900"),
    ],
)
def test_refuses_with_a_sentence_that_names_what_was_typed(typed, says):
    with pytest.raises(InvalidValue) as caught:
        parse_when(typed, NOW)
    message = str(caught.value)
    assert says.lower() in message.lower()
    if typed:
        assert repr(typed) in message
    assert message.endswith(".") and "\n" not in message


def test_ambiguous_slashes_follow_the_date_order():
    assert parse_when("05/06/2026", NOW) == date(2026, 5, 6)  # mdy when nothing is set
    assert parse_when("05/06/2026", NOW, date_order="mdy") == date(2026, 5, 6)
    assert parse_when("05/06/2026", NOW, date_order="dmy") == date(2026, 6, 5)
    assert parse_when("03/11/2026", NOW, date_order="dmy") == date(2026, 11, 3)
    # Only one reading is a date: it is taken whatever the order.
    assert parse_when("25/05/2026", NOW, date_order="mdy") == date(2026, 5, 25)


@pytest.mark.parametrize("order", ["dmy", "mdy"])
def test_an_impossible_numeric_date_names_the_order_assumed(order):
    with pytest.raises(InvalidValue, match=f"date_order setting {order}"):
        parse_when("31/31/2026", NOW, date_order=order)


nows = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1))


@given(text=st.text(max_size=40), now=nows)
def test_never_crashes_and_never_returns_the_future(text, now):
    try:
        result = parse_when(text, now)
    except InvalidValue as error:
        assert str(error)
        return
    if isinstance(result, datetime):
        assert result <= now
        assert result.second == 0 and result.microsecond == 0
    else:
        assert result <= now.date()


words = st.sampled_from(
    ["today", "yesterday", "monday", "last friday", "may", "14", "2026", "ago", "days",
     "3", "/", "-", ":", "pm", "at", "05", "12", "feb", "29", " ", "weeks", "t"]
)


@given(parts=st.lists(words, max_size=6), now=nows)
def test_word_salad_is_read_or_refused_cleanly(parts, now):
    test_never_crashes_and_never_returns_the_future.hypothesis.inner_test(" ".join(parts), now)


@given(
    day=st.dates(min_value=date(EARLIEST_YEAR, 1, 1), max_value=date(2100, 1, 1)),
    now=nows,
)
def test_a_past_date_round_trips_through_iso_text(day, now):
    if day > now.date():
        day = now.date() - timedelta(days=1)
    assert parse_when(to_iso(day), now) == day


@given(
    moment=st.datetimes(min_value=datetime(EARLIEST_YEAR, 1, 1), max_value=datetime(2100, 1, 1)),
    now=nows,
)
def test_a_past_date_time_round_trips_through_iso_text(moment, now):
    moment = min(moment, now).replace(second=0, microsecond=0)
    parsed = parse_when(to_iso(moment), now)
    assert parsed == moment
    assert to_iso(parsed) == to_iso(moment)


# -- everyday phrases (issue: "say it the way you would") -------------------------------

NOON = datetime(2026, 11, 24, 12, 0)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("this morning", datetime(2026, 11, 24, 8, 0)),
        ("yesterday morning", datetime(2026, 11, 23, 8, 0)),
        ("yesterday afternoon", datetime(2026, 11, 23, 14, 0)),
        ("yesterday evening", datetime(2026, 11, 23, 19, 0)),
        ("last night", datetime(2026, 11, 23, 21, 0)),
        ("noon", datetime(2026, 11, 24, 12, 0)),
        ("midnight", datetime(2026, 11, 24, 0, 0)),
        ("yesterday noon", datetime(2026, 11, 23, 12, 0)),
        ("2 hours ago", datetime(2026, 11, 24, 10, 0)),
        ("30 minutes ago", datetime(2026, 11, 24, 11, 30)),
        ("an hour ago", datetime(2026, 11, 24, 11, 0)),
        ("two days ago", date(2026, 11, 22)),
        ("twelve days ago", date(2026, 11, 12)),
        ("three weeks ago", date(2026, 11, 3)),
        ("day before yesterday", date(2026, 11, 22)),
        ("last week", date(2026, 11, 17)),
        ("8.30am", datetime(2026, 11, 24, 8, 30)),
        ("yesterday 21h", datetime(2026, 11, 23, 21, 0)),
        ("yesterday 21h30", datetime(2026, 11, 23, 21, 30)),
        ("2026/11/03", date(2026, 11, 3)),
        ("2026-11-3", date(2026, 11, 3)),
        ("2026/11/3 9pm", datetime(2026, 11, 3, 21, 0)),
    ],
)
def test_everyday_phrases(typed, expected):
    assert parse_when(typed, NOON) == expected


def test_evening_phrases_late_in_the_day():
    evening = datetime(2026, 11, 24, 22, 15)
    assert parse_when("this afternoon", evening) == datetime(2026, 11, 24, 14, 0)
    assert parse_when("this evening", evening) == datetime(2026, 11, 24, 19, 0)
    assert parse_when("tonight", evening) == datetime(2026, 11, 24, 21, 0)
    assert parse_when("21h", evening) == datetime(2026, 11, 24, 21, 0)


@pytest.mark.parametrize(
    ("typed", "hint"),
    [("9pm", "yesterday 9pm"), ("this evening", "yesterday evening"), ("tonight", "last night"),
     ("21h", "yesterday 21h"), ("today 18:00", "yesterday 18:00"), ("this afternoon", "yesterday afternoon")],
)
def test_times_later_today_are_refused_with_a_hint(typed, hint):
    with pytest.raises(InvalidValue) as caught:
        parse_when(typed, NOON)
    message = str(caught.value)
    assert "later today" in message and f"'{hint}'" in message and message.endswith(".")


def test_a_planned_date_may_be_in_the_future():
    assert parse_when("tomorrow", NOW, allow_future=True) == date(2026, 11, 25)
    assert parse_when("Dec 3", NOW, allow_future=True) == date(2026, 12, 3)
    assert parse_when("2027-05-14", NOW, allow_future=True) == date(2027, 5, 14)


def test_file_dates_allow_a_time_zone_ahead_but_no_more():
    from ocrelog.dates import parse_file_date

    assert parse_file_date("2026-11-24T23:30", NOW) == "2026-11-24T23:30"  # 13 h ahead
    assert parse_file_date("2026-11-25", NOW) == "2026-11-25"  # already tomorrow further east
    with pytest.raises(InvalidValue, match="future"):
        parse_file_date("2026-11-25T01:00", NOW)  # 14 h 30 ahead
    with pytest.raises(InvalidValue):
        parse_file_date("yesterday", NOW)


@pytest.mark.parametrize(
    ("environ", "order"),
    [({"LANG": "en_US.UTF-8"}, "mdy"), ({"LANG": "en_GB.UTF-8"}, "dmy"), ({"LC_TIME": "de_DE"}, "dmy"),
     ({"LANG": "C.UTF-8"}, None), ({}, None), ({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_US"}, "dmy")],
)
def test_the_date_order_follows_the_locale(environ, order):
    from ocrelog.config import locale_date_order

    assert locale_date_order(environ) == order


number_words = st.sampled_from(["one", "two", "three", "four", "five", "six", "seven", "eight",
                                "nine", "ten", "eleven", "twelve"])


@given(word=number_words, unit=st.sampled_from(["days", "weeks"]))
def test_number_words_mean_their_numbers(word, unit):
    from ocrelog.dates import NUMBER_WORDS

    assert parse_when(f"{word} {unit} ago", NOW) == parse_when(f"{NUMBER_WORDS[word]} {unit} ago", NOW)


@given(text=st.text(alphabet="0123456789 :.hapmnoigtlsweykrdbfu/-", max_size=25), now=nows)
def test_the_grammar_never_crashes_or_returns_the_future(text, now):
    try:
        result = parse_when(text, now, date_order="dmy")
    except InvalidValue:
        return
    limit = now.replace(second=0, microsecond=0) if isinstance(result, datetime) else now.date()
    assert result <= limit


@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
       months=st.integers(min_value=-240, max_value=240))
def test_add_months_agrees_with_dateutil(day, months):
    from dateutil.relativedelta import relativedelta

    from ocrelog.dates import add_months

    assert add_months(day, months) == day + relativedelta(months=months)


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (date(2026, 5, 25), date(2026, 5, 26), "25 to 26 May 2026"),
        (date(2026, 11, 30), date(2026, 12, 5), "30 Nov to 5 Dec 2026"),
        (date(2025, 12, 30), date(2026, 1, 2), "30 Dec 2025 to 2 Jan 2026"),
        (date(2026, 1, 2), date(2026, 1, 2), "2 Jan 2026"),
    ],
)
def test_a_span_of_days_is_written_as_people_write_it(first: date, last: date, text: str) -> None:
    assert dates.days_written(first, last) == text


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 800))
def test_a_span_of_days_names_both_ends_and_ends_with_the_last_day(first: date, length: int) -> None:
    last = first + timedelta(days=length)
    text = dates.days_written(first, last)
    assert text.endswith(dates.written(last))
    assert text.startswith(f"{first.day} ") and "-" not in text
