"""WHEN options through the CLI: everyday phrases, the future refused for what happened, the date-order hint, `config date_order`."""

import json
import pytest
import re
from datetime import date, datetime, timedelta

from hypothesis import given, settings, strategies as st
from conftest import ANY, TODAY, ago, entries, one_sentence

from ocrelog import cli
from ocrelog.errors import InvalidValue
from ocrelog.journal import Journal


WEDNESDAY = datetime(2026, 12, 2, 10, 0)


def _phrases(now: datetime) -> list[tuple[str, str]]:
    """Every phrase of the everyday-dates issue, with what it must store, relative to ``now``."""
    today, yesterday = now.date(), now.date() - timedelta(days=1)

    def at(day: date, hh: int, mm: int = 0) -> str:
        return f"{day.isoformat()}T{hh:02d}:{mm:02d}"

    minute = now.replace(second=0, microsecond=0)
    return [
        ("this morning", at(today, 8)), ("this afternoon", at(today, 14)),
        ("this evening", at(today, 19)), ("tonight", at(today, 21)),
        ("last night", at(yesterday, 21)), ("yesterday morning", at(yesterday, 8)),
        ("yesterday evening", at(yesterday, 19)), ("noon", at(today, 12)), ("midnight", at(today, 0)),
        ("2 hours ago", (minute - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")),
        ("30 minutes ago", (minute - timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M")),
        ("two days ago", (today - timedelta(days=2)).isoformat()),
        ("eleven days ago", (today - timedelta(days=11)).isoformat()),
        ("day before yesterday", (today - timedelta(days=2)).isoformat()),
        ("last week", (today - timedelta(days=7)).isoformat()),
        ("8.30am", at(today, 8, 30)), ("21h", at(today, 21)),
        ("2026/11/03", "2026-11-03"), ("2026-11-3", "2026-11-03"),
    ]


def entries(journal_file):
    with Journal.open(journal_file) as journal:
        return journal.entries(limit=None)


@pytest.mark.parametrize("typed", ["in 2 weeks", "next tuesday", "next week", "this friday"])
def test_words_of_the_future_are_refused_for_what_happened(typed):
    from ocrelog.dates import parse_when

    with pytest.raises(InvalidValue, match="future"):
        parse_when(typed, WEDNESDAY)


def test_a_weekday_still_means_the_last_one_for_what_happened():
    from ocrelog.dates import parse_when

    assert parse_when("friday", WEDNESDAY) == date(2026, 11, 27)
    assert parse_when("last friday", WEDNESDAY, allow_future=True) == date(2026, 11, 27)


@pytest.mark.parametrize(("typed", "found"), [
    ("03/11", "03/11"), ("03.11.2026", "03.11.2026"), ("03/11 21:00", "03/11"), ("03/11 evening", "03/11"),
    ("25/05", None), ("03/03", None), ("2026-03-11", None), ("yesterday", None), ("8.30am", None),
])
def test_which_numeric_dates_are_ambiguous(typed, found):
    from ocrelog.dates import ambiguous_numeric

    assert ambiguous_numeric(typed) == found


def test_an_ambiguous_date_says_how_it_was_read_once(run, journal_file):
    result = run("feel", "4", "--on", "03/11/2025")
    assert result.exit_code == 0
    assert '03/11/2025 read as 11 March; set date_order = "dmy" in config.toml for day first' in result.stderr
    assert entries(journal_file)[0].date == "2025-03-11"
    assert "read as" not in run("feel", "5", "--on", "04/11/2025").stderr  # once
    assert "read as" not in run("feel", "5", "--on", "25/05/2025").stderr


def test_no_hint_when_the_date_order_is_set(run, journal_file, monkeypatch):
    assert run("config", "date_order", "dmy").exit_code == 0
    result = run("feel", "4", "--on", "03/11/2025")
    assert "read as" not in result.stderr
    assert entries(journal_file)[0].date == "2025-11-03"
    monkeypatch.setenv("OCRELOG_DATE_ORDER", "mdy")
    assert "read as" not in run("feel", "4", "--on", "04/11/2025").stderr


def test_the_hint_under_a_day_first_locale_offers_month_first(run, journal_file, monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    result = run("feel", "4", "--on", "03/11/2025")
    assert 'as 3 November; set date_order = "mdy" in config.toml for month first' in result.stderr


def test_config_sets_and_shows_the_date_order(run, journal_file):
    config = journal_file.parent / "config.toml"
    assert 'date_order = "mdy"' in run("config").stdout
    result = run("config", "date_order", "DMY")
    assert result.exit_code == 0 and str(config) in result.stdout
    assert config.read_text() == 'date_order = "dmy"\n'
    assert oct(config.stat().st_mode & 0o777) == "0o600"
    assert run("config", "date_order").stdout == "dmy\n"
    assert str(config) in run("config").stdout
    one_sentence(run("config", "date_order", "ymd", code=2), only=False)
    one_sentence(run("config", "colour", "on", code=2), only=False)
    assert config.read_text() == 'date_order = "dmy"\n'


def test_config_keeps_the_other_lines_of_the_file(run, journal_file):
    config = journal_file.parent / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('# mine\ndate_order = "mdy"\nother = 1\n\n[later]\nx = 2\n')
    assert run("config", "date_order", "dmy").exit_code == 0
    import tomllib

    settings = tomllib.loads(config.read_text())
    assert settings == {"date_order": "dmy", "other": 1, "later": {"x": 2}}
    assert config.read_text().startswith("# mine\n")


def test_config_rewrites_a_file_that_does_not_read_and_keeps_it_aside(run, journal_file):
    # Issue 34 item 6: `ocrelog config` is the way to repair it, so it writes a new file,
    # and the old one is kept (never lost) beside it.
    config = journal_file.parent / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("date_order = \n")
    result = run("config", "date_order", "dmy")
    assert result.exit_code == 0 and "config.toml.unreadable" in result.stderr
    assert config.read_text() == 'date_order = "dmy"\n'
    assert (journal_file.parent / "config.toml.unreadable").read_text() == "date_order = \n"


@settings(max_examples=80, deadline=None)
@given(
    count=st.integers(min_value=1, max_value=12),
    unit=st.sampled_from(["day", "days", "week", "weeks", "month", "months", "year", "years"]),
    today=st.dates(min_value=date(2001, 1, 1), max_value=date(2090, 12, 31)),
    weekday=st.sampled_from(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
)
def test_words_of_the_future_are_always_ahead_and_never_read_as_past(count, unit, today, weekday):
    from ocrelog.dates import parse_when

    now = datetime.combine(today, datetime.min.time()).replace(hour=9)
    ahead = parse_when(f"in {count} {unit}", now, allow_future=True)
    assert ahead > today
    coming = parse_when(weekday, now, allow_future=True)
    assert 1 <= (coming - today).days <= 7 and coming.strftime("%A").lower() == weekday
    assert parse_when(f"next {weekday}", now, allow_future=True) == coming
    for typed in (f"in {count} {unit}", f"next {weekday}"):
        with pytest.raises(InvalidValue):
            parse_when(typed, now)


@settings(max_examples=60, deadline=None)
@given(first=st.integers(min_value=1, max_value=31), second=st.integers(min_value=1, max_value=31))
def test_a_numeric_date_is_ambiguous_exactly_when_both_could_be_the_month(first, second):
    from ocrelog.dates import ambiguous_numeric

    typed = f"{first:02d}/{second:02d}/2025"
    expected = first <= 12 and second <= 12 and first != second
    assert (ambiguous_numeric(typed) is not None) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("yesterday morning", ago(1) + "T08:00"),
        ("yesterday evening", ago(1) + "T19:00"),
        ("last night", ago(1) + "T21:00"),
        ("day before yesterday", ago(2)),
        ("two days ago", ago(2)),
        ("twelve days ago", ago(12)),
        ("last week", ago(7)),
        ("2026/11/03", "2026-11-03"),
        ("2026-11-3", "2026-11-03"),
    ],
)
def test_feel_understands_everyday_dates(run, journal_file, typed, expected):
    result = run("feel", "4", "--on", typed)
    assert result.exit_code == 0, result.output
    assert entries(journal_file)[0].date == expected


def test_a_time_later_today_suggests_yesterday(run, journal_file):
    later = datetime.now() + timedelta(hours=2)
    if later.date() != TODAY:
        pytest.skip("too close to midnight for a time later today")
    typed = f"{later.hour:02d}:{later.minute:02d}"
    message = one_sentence(run("feel", "4", "--on", typed, code=2), only=False)
    assert "later today" in message and f"yesterday {typed}" in message
    assert not journal_file.exists()


def test_date_order_from_the_config_file_and_the_environment(run, journal_file, monkeypatch):
    def newest():
        return max(entries(journal_file), key=lambda e: e.id).date

    journal_file.parent.mkdir(parents=True)
    run("feel", "1", "--on", "03/04/2025")
    assert newest() == "2025-03-04"  # mdy when nothing says otherwise
    (journal_file.parent / "config.toml").write_text('date_order = "dmy"\n')
    run("feel", "2", "--on", "03/05/2025")
    assert newest() == "2025-05-03"
    monkeypatch.setenv("OCRELOG_DATE_ORDER", "mdy")
    run("feel", "3", "--on", "03/06/2025")
    assert newest() == "2025-03-06"
    message = one_sentence(run("feel", "4", "--on", "13/13/2025", code=2), only=False)
    assert "month/day" in message and "mdy" in message


def test_config_toml_is_read_once_a_run_however_many_dates_are_typed(run, journal_file, monkeypatch):
    from ocrelog import config

    journal_file.parent.mkdir(parents=True)
    (journal_file.parent / "config.toml").write_text('date_order = "dmy"\n')
    reads = []
    real = config.date_order_and_source
    monkeypatch.setattr(config, "date_order_and_source", lambda *a, **k: reads.append(1) or real(*a, **k))
    run("feel", "2", "--on", "03/05/2025")
    result = run("log", "--since", "02/05/2025", "--until", "04/05/2025")
    assert "2025-05-03" in result.stdout  # both dates read day first
    assert len(reads) == 2  # one read for each run, not one for each date


def test_a_bad_date_order_setting_is_one_sentence(run, journal_file, monkeypatch):
    monkeypatch.setenv("OCRELOG_DATE_ORDER", "ymd")
    assert "dmy or mdy" in one_sentence(run("feel", "4", "--on", "03/04/2025", code=2), only=False)


@pytest.mark.parametrize("index", range(len(_phrases(datetime.now()))))
def test_every_everyday_phrase_through_the_cli(run, journal_file, index):
    now = datetime.now()
    typed, expected = _phrases(now)[index]
    result = run("feel", "4", "--on", typed, code=ANY)  # pinned below, once the clock is read
    later = expected > (now.strftime("%Y-%m-%dT%H:%M") if "T" in expected else now.date().isoformat())
    if later:
        assert result.exit_code == 2 and "future" in result.stderr  # later today: refused, with a hint
        return
    if datetime.now().minute != now.minute:
        pytest.skip("the minute changed during the test")
    assert result.exit_code == 0, result.output
    assert entries(journal_file)[0].date == expected


def test_feel_logs_now_to_the_minute(run, journal_file):
    before = datetime.now().replace(second=0, microsecond=0)
    result = run("feel", "6")
    assert result.exit_code == 0, result.output
    assert "fatigue 6/10" in result.stdout and "#1" in result.stdout
    [entry] = entries(journal_file)
    logged = datetime.fromisoformat(entry.date)
    assert before <= logged <= datetime.now()
    assert len(entry.date) == len("2026-05-14T14:30")


def test_feel_with_a_date_keeps_no_invented_time(run, journal_file):
    assert run("feel", "4", "--on", "yesterday", "--note", "long day").exit_code == 0
    [entry] = entries(journal_file)
    assert entry.date == (date.today() - timedelta(days=1)).isoformat()
    assert entry.note == "long day"


@pytest.mark.parametrize("when", ["tomorrow", "2026-02-30", "whenever", "31/31/2026"])
def test_a_bad_date_is_refused_by_name(run, journal_file, when):
    message = one_sentence(run("feel", "5", "--on", when, code=2), only=False)
    assert repr(when) in message
    assert not journal_file.exists()


def test_human_output_writes_dates_as_people_do_and_json_keeps_iso(run, journal_file, monkeypatch):
    logged = run("feel", "6", "--on", "2026-05-14 09:30", "--note", "after a walk")
    assert logged.stdout == "Logged fatigue 6/10 on 14 May 2026, 09:30 (#1).\n"
    run("infuse", "--on", "2026-05-14")
    assert run("undo", "--list").stdout.splitlines()[0].endswith("added #2: 600 mg infusion on 14 May 2026")
    piped = run("log").stdout.splitlines()
    assert piped[1].split()[:3] == ["1", "2026-05-14", "09:30"]  # ISO, sortable, for grep and cut
    assert piped[2].split()[:3] == ["2", "2026-05-14", "infusion"]
    monkeypatch.setattr(cli, "stdout_is_terminal", lambda: True)
    shown = run("log").stdout
    assert "14 May 2026, 09:30" in shown and "14 May 2026 " in shown
    monkeypatch.setenv("COLUMNS", "40")  # blocks on a narrow terminal
    assert "#1  14 May 2026, 09:30  fatigue 6/10" in run("log").stdout
    for args in (["log"], ["undo", "--list"], ["delete", "1"], ["edit", "1", "--value", "5"]):
        output = run(*args, input="n\n", code=ANY).output  # refusals too
        assert not re.search(r"\d{4}-\d{2}-\d{2}T\d", output), (args, output)
    assert json.loads(run("log", "--json").stdout)[0]["date"] == "2026-05-14T09:30"
