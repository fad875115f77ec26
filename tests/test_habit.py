"""The daily habit (issue 21): doses that stay doses, notes that count, the short status,
the calendar file, the check-in, output that pipes, booking ahead and numeric dates."""

import json
import sys
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocrelog.entries import Entry, parse_dose
from ocrelog.errors import InvalidValue
from ocrelog.journal import Journal

from conftest import TODAY, ago, entries, one_sentence


# -- doses stay doses ---------------------------------------------------------------


@pytest.mark.parametrize(("typed", "mg"), [("300", 300), ("600", 600), ("920mg", 920), ("600 mg", 600)])
def test_a_licensed_dose_is_accepted(typed, mg):
    assert parse_dose(typed) == mg


@pytest.mark.parametrize("typed", ["5", "450", "1000", "2000", "1", "0"])
def test_any_other_dose_is_refused_naming_the_doses(typed):
    with pytest.raises(InvalidValue) as raised:
        parse_dose(typed, force=True)
    message = str(raised.value)
    assert all(str(mg) in message for mg in (300, 600, 920, 1200, 1800))


@pytest.mark.parametrize("mg", [1200, 1800])
def test_a_trial_dose_needs_force(mg):
    with pytest.raises(InvalidValue, match="--force"):
        parse_dose(str(mg))
    assert parse_dose(str(mg), force=True) == mg


def test_infuse_refuses_nonsense_doses_even_with_force(run, journal_file):
    for args in (["--dose", "5"], ["--dose", "5", "--force"], ["--dose", "1200"]):
        message = one_sentence(run("infuse", "--on", "yesterday", *args, code=2), only=False)
        assert "300, 600 or 920" in message or "--force" in message
    assert not journal_file.exists()
    assert run("infuse", "--on", "yesterday", "--dose", "1800", "--force").exit_code == 0
    assert [e.value for e in entries(journal_file)] == [1800]


def test_a_booking_checks_the_dose_too(run, journal_file):
    one_sentence(run("infuse", "--planned", "tomorrow", "--dose", "60", code=2), only=False)
    assert not journal_file.exists()


def test_edit_of_a_dose_value_checks_the_same(run, journal_file):
    run("infuse", "--on", "2026-05-14")
    run("feel", "4", "--on", "2026-05-15")
    message = one_sentence(run("edit", "1", "--value", "5", code=2), only=False)
    assert "300, 600 or 920" in message
    one_sentence(run("edit", "1", "--dose", "1200", code=2), only=False)
    assert entries(journal_file)[-1].value == 600
    assert run("edit", "1", "--dose", "1200", "--force").exit_code == 0
    assert run("edit", "1", "--value", "300").exit_code == 0
    assert run("edit", "2", "--value", "5").exit_code == 0  # a score is still a score
    assert sorted(e.value for e in entries(journal_file)) == [5, 300]


# -- notes that count -----------------------------------------------------------------


def test_words_after_the_score_are_the_note(run, journal_file):
    result = run("feel", "6", "exhausted", "after", "shower")
    assert result.exit_code == 0, result.output
    run("feel", "4", "--note", "exhausted after shower", "--on", "yesterday")
    first, second = entries(journal_file)
    assert first.note == second.note == "exhausted after shower"
    assert (first.value, second.value) == (6, 4)


def test_trailing_words_and_options_mix(run, journal_file):
    assert run("feel", "5", "long", "day", "--on", "yesterday", "--replace").exit_code == 0
    [entry] = entries(journal_file)
    assert (entry.note, entry.date) == ("long day", ago(1))


def test_trailing_words_and_note_together_are_refused(run, journal_file):
    message = one_sentence(run("feel", "6", "tired", "--note", "also tired", code=2), only=False)
    assert "--note" in message
    assert not journal_file.exists()


def test_a_word_where_the_score_goes_still_says_what_a_score_is(run, journal_file):
    assert "0 to 10" in one_sentence(run("feel", "exhausted", "6", code=2), only=False)


def test_a_multi_word_symptom_needs_no_quotes(run, journal_file):
    assert run("symptom", "sore", "Throat", "--note", "since lunch").exit_code == 0
    assert run("symptom", "sore throat", "--on", "yesterday").exit_code == 0
    assert [(e.name, e.note) for e in entries(journal_file)] == [
        ("sore throat", "since lunch"), ("sore throat", None)
    ]


def test_log_grep_finds_names_and_notes_in_any_case(run, journal_file):
    run("feel", "6", "started", "Antibiotics", "--on", "3 days ago")
    run("symptom", "antibiotic rash", "--on", "2 days ago")
    run("feel", "3", "walked", "--on", "yesterday")
    run("symptom", "Übelkeit", "--note", "after lunch")
    result = run("log", "--grep", "ANTIBIOTIC")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()[1:]
    assert len(lines) == 2 and "antibiotic rash" in lines[0] and "started Antibiotics" in lines[1]
    assert [e["name"] for e in json.loads(run("log", "--grep", "übel", "--json").stdout)] == ["übelkeit"]
    assert [e["id"] for e in json.loads(run("log", "--grep", "antibiotic", "--json").stdout)] == [2, 1]
    assert json.loads(run("log", "--grep", "lunch", "--type", "fatigue", "--json").stdout) == []


def test_log_grep_with_nothing_found_and_with_a_limit(run):
    for day in range(1, 4):
        run("feel", "5", "pain", "--on", f"{day} days ago")
    run("feel", "2", "fine", "--on", "today")
    assert "No entries found" in run("log", "--grep", "shower").stderr
    result = run("log", "--grep", "PAIN", "--limit", "2")
    assert len(result.stdout.splitlines()) == 3
    assert "newest 2 of 3" in result.stderr
    one_sentence(run("log", "--grep", " ", code=2), only=False)


def test_grep_matches_inside_the_journal_without_sql_wildcards(journal_file):
    with Journal.open(journal_file, write=True) as journal:
        journal.add(Entry(type="fatigue", date=ago(1), value=5, note="100% done"))
        journal.add(Entry(type="fatigue", date=ago(2), value=5, note="1000 steps"))
        assert [e.note for e in journal.iter_entries(grep="0%")] == ["100% done"]
        assert journal.count(grep="_") == 0
        assert journal.count(grep="STEPS") == 1


# -- status --short -------------------------------------------------------------------


def test_short_line_core():
    from ocrelog.prompt import short_line

    day = date(2026, 11, 25)
    dose = date(2026, 11, 13)
    assert short_line(day, False, dose, None) == "ocrelog: no score today (day 12 after your dose)"
    assert short_line(day, True, dose, None) is None
    assert short_line(day, False, None, None) == "ocrelog: no score today"
    assert short_line(day, True, dose, day) == "ocrelog: dose booked today (day 12 after your dose)"
    assert short_line(day, True, None, day + timedelta(days=1)) == "ocrelog: dose booked tomorrow"
    assert short_line(day, False, None, date(2026, 11, 27)) == (
        "ocrelog: no score today; dose booked in 2 days, on 2026-11-27"
    )
    assert short_line(day, True, dose, date(2026, 12, 20)) is None


def test_status_short_says_one_line_or_nothing(run, journal_file):
    result = run("status", "--short")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert not journal_file.exists()  # a missing journal is never created by a prompt
    run("infuse", "--on", "12 days ago")
    result = run("status", "--short")
    assert result.stdout == "ocrelog: no score today (day 12 after your dose)\n"
    run("feel", "4", "--on", "yesterday")
    assert run("status", "--short").stdout.count("\n") == 1
    run("feel", "5")
    assert run("status", "--short").stdout == ""
    run("infuse", "--planned", "tomorrow")
    assert run("status", "--short").stdout == "ocrelog: dose booked tomorrow (day 12 after your dose)\n"


def test_status_short_and_json_together_are_refused(run):
    one_sentence(run("status", "--short", "--json", code=2), only=False)


# -- calendar -------------------------------------------------------------------------


def events_by_summary(path):
    import icalendar

    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_calendar_holds_next_due_earliest_and_every_booking(run, journal_file):
    from ocrelog.dates import add_months

    last = TODAY - timedelta(days=100)
    run("infuse", "--on", last.isoformat())
    first_booking = TODAY + timedelta(days=90)
    second_booking = TODAY + timedelta(days=120)
    run("infuse", "--planned", first_booking.isoformat())
    run("infuse", "--planned", second_booking.isoformat(), "--force")
    result = run("calendar")
    assert result.exit_code == 0, result.output
    target = journal_file.parent / "ocrelog.ics"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    events = events_by_summary(target)
    due = events["Ocrevus: next dose due"]
    assert due.decoded("dtstart") == add_months(last, 6)
    assert due.decoded("dtend") == add_months(last, 6) + timedelta(days=1)
    assert not isinstance(due.decoded("dtstart"), datetime)  # all-day
    assert events["Ocrevus: earliest date for the next dose"].decoded("dtstart") == add_months(last, 5)
    import icalendar

    every = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(every) == 4
    booked = sorted(e.decoded("dtstart") for e in every if str(e["summary"]).startswith("Ocrevus dose booked"))
    assert booked == [first_booking, second_booking]
    assert "daily" not in result.stdout
    assert str(target) in result.stdout


def test_calendar_uids_are_stable_so_a_new_file_updates_the_old_events(run, journal_file, tmp_path):
    run("infuse", "--on", (TODAY - timedelta(days=30)).isoformat())
    run("calendar", "--output", str(tmp_path / "a.ics"), "--daily", "20:00")
    run("infuse", "--on", "yesterday", "--dose", "600", "--force")  # 29 days on: asked, so --force
    run("calendar", "--output", str(tmp_path / "b.ics"), "--daily", "20:00")
    import icalendar

    def uids(name):
        calendar = icalendar.Calendar.from_ical((tmp_path / name).read_bytes())
        return {str(e["summary"]): str(e["uid"]) for e in calendar.walk("VEVENT")}

    first, second = uids("a.ics"), uids("b.ics")
    assert first == second and len(set(first.values())) == len(first)
    due = events_by_summary(tmp_path / "b.ics")["Ocrevus: next dose due"]
    from ocrelog.dates import add_months

    assert due.decoded("dtstart") == add_months(TODAY - timedelta(days=1), 6)


def test_calendar_uids_follow_the_journal_not_its_path(run, journal_file, tmp_path):
    import shutil

    import icalendar

    def uids(*args):
        result = run(*args, "calendar", "--output", "-", "--daily", "20:00")
        assert result.exit_code == 0, result.output
        return sorted(str(e["uid"]) for e in icalendar.Calendar.from_ical(result.stdout).walk("VEVENT"))

    run("infuse", "--on", ago(30))
    moved = tmp_path / "elsewhere" / "restored.db"
    moved.parent.mkdir()
    shutil.copy(journal_file, moved)
    assert run("backup", str(tmp_path / "backup.db")).exit_code == 0
    here = uids()
    assert uids("--db", str(moved)) == here  # a copied or restored journal: the same events
    assert uids("--db", str(tmp_path / "backup.db")) == here
    other = tmp_path / "other.db"
    run("--db", str(other), "infuse", "--on", ago(30))
    assert not set(uids("--db", str(other))) & set(here)  # another journal never overwrites them
    journal_id = run("path", "--id").stdout.strip()
    assert journal_id == run("--db", str(moved), "path", "--id").stdout.strip()
    assert run("path").stdout.strip() == str(journal_file)


def test_path_id_without_a_journal_is_one_sentence(run, journal_file):
    assert "no journal" in one_sentence(run("path", "--id", code=1), 1)
    assert not journal_file.exists()


def test_calendar_daily_reminder_recurs_with_an_alarm(run, journal_file, tmp_path):
    result = run("calendar", "--daily", "20:30", "--output", str(tmp_path / "r.ics"))
    assert result.exit_code == 0, result.output
    [event] = events_by_summary(tmp_path / "r.ics").values()
    assert event.decoded("dtstart") == datetime.combine(TODAY, datetime.min.time()).replace(hour=20, minute=30)
    assert event["rrule"]["FREQ"] == ["DAILY"]
    [alarm] = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(0)
    assert not journal_file.exists()  # a calendar never creates a journal


def test_calendar_to_stdout_and_its_refusals(run, journal_file, tmp_path):
    import icalendar

    assert run("calendar").stdout == ""  # nothing to put in it: said on stderr, exit 0
    assert "nothing to put in a calendar" in run("calendar").stderr
    run("infuse", "--on", "yesterday")
    result = run("calendar", "--output", "-")
    assert icalendar.Calendar.from_ical(result.stdout).walk("VEVENT")
    for bad in ("25:00", "8pm", "20", "20:5"):
        one_sentence(run("calendar", "--daily", bad, code=2), only=False)
    other = tmp_path / "notes.txt"
    other.write_text("my notes")
    assert "already exists; add --force" in one_sentence(run("calendar", "--output", str(other), code=2), only=False)
    assert other.read_text() == "my notes"
    assert run("calendar", "--output", str(tmp_path / "c.ics")).exit_code == 0
    assert run("calendar", "--output", str(tmp_path / "c.ics")).exit_code == 0  # its own file: replaced


def test_plan_core_second_half_and_past_bookings():
    from ocrelog.ical import plan

    day = date(2026, 11, 25)
    events = plan(day, date(2026, 12, 9), True, None, date(2026, 11, 25),
                  [(4, date(2026, 11, 20), 300), (5, date(2026, 12, 9), 300)], None)
    assert [(e.summary, e.day) for e in events] == [
        ("Ocrevus: second half of the course due", date(2026, 12, 9)),
        ("Ocrevus dose booked (300 mg)", date(2026, 12, 9)),
    ]


def test_earliest_next_dose_is_five_months_after_the_last_dose():
    from ocrelog.rules import Infusion
    from ocrelog.schedule import early_booking_note, earliest_next_dose

    assert earliest_next_dose([]) is None
    assert earliest_next_dose([Infusion(date(2026, 3, 31), 600)]) == date(2026, 8, 31)
    assert earliest_next_dose([Infusion(date(2026, 3, 1), 300)]) is None  # the second half is next
    halves = [Infusion(date(2026, 3, 1), 300), Infusion(date(2026, 3, 15), 300)]
    assert earliest_next_dose(halves) == date(2026, 8, 15)
    assert early_booking_note(halves[:1], date(2026, 3, 15), 300) is None
    note = early_booking_note(halves, date(2026, 6, 1), 600)
    assert note is not None and "15 Aug 2026" in note and "5 months" in note
    assert early_booking_note(halves, date(2026, 8, 15), 600) is None


# -- checkin --------------------------------------------------------------------------


def test_checkin_stores_every_answer_as_one_change(run, journal_file, terminal):
    result = run("checkin", input="6\nchills, Sore  throat\n38.4\nafter the school run\n")
    assert result.exit_code == 0, result.output
    stored = sorted(entries(journal_file), key=lambda e: e.id)
    assert [(e.type, e.value, e.name) for e in stored] == [
        ("fatigue", 6, None), ("symptom", None, "chills"), ("symptom", None, "sore throat"),
        ("temperature", 38.4, None),
    ]
    assert stored[0].note == "after the school run"
    assert len({e.date for e in stored}) == 1
    assert "fatigue 6/10" in result.stdout and "temperature 38.4 °C" in result.stdout
    advice = [line for line in result.stderr.splitlines() if line.startswith("Warning sign")]
    assert advice and all("(infection)" in line for line in advice)
    assert len(advice) == len(set(advice))  # a fever and chills: the same line said once
    assert run("undo", "--force").exit_code == 0
    assert entries(journal_file) == []


def test_checkin_skips_with_enter_and_asks_again_after_a_bad_answer(run, journal_file, terminal):
    result = run("checkin", input="\n11\n4\n\n384\n\n\n")
    assert result.exit_code == 0, result.output
    assert "A score is needed" in result.stderr and "0 to 10" in result.stderr
    assert "probably a typo" in result.stderr
    [entry] = entries(journal_file)
    assert (entry.type, entry.value, entry.note) == ("fatigue", 4, None)
    assert "Warning sign" not in result.stderr


def test_checkin_gives_the_advice_a_note_shows(run, journal_file, terminal):
    result = run("checkin", input="5\n\n\ncannot breathe properly\n")
    assert result.exit_code == 0
    assert "Warning sign (breathing)" in result.stderr


def test_checkin_says_first_when_today_has_a_score(run, journal_file, terminal):
    run("feel", "7")
    result = run("checkin", input="3\n\n\n\n")
    assert result.stderr.index("already has a fatigue score of 7") < result.stderr.index("Fatigue now")
    assert sorted(e.value for e in entries(journal_file)) == [3, 7]


def test_checkin_stopped_stores_nothing(run, journal_file, terminal):
    result = run("checkin", input="6\nchills\n", code=130)  # the input ends: as Ctrl-D at the temperature
    assert result.exit_code == 130
    assert "nothing was changed" in result.stderr
    assert not journal_file.exists()


@pytest.mark.parametrize("nothing", ["none", "No", "nothing", "-", "None."])
def test_checkin_takes_none_as_no_answer(run, journal_file, terminal, nothing):
    result = run("checkin", input=f"5\n{nothing}\n{nothing}\n{nothing}\n")
    assert result.exit_code == 0, result.output
    [entry] = entries(journal_file)  # no symptom called "none", no note "-"
    assert (entry.type, entry.value, entry.note) == ("fatigue", 5, None)


def test_checkin_header_names_what_enter_skips_and_that_the_score_is_needed(run, journal_file, terminal):
    result = run("checkin", input="\n4\n\n\n\n")
    header = next(line for line in result.stderr.splitlines() if line.startswith("Check-in for"))
    assert "The score is needed" in header
    assert "skips the symptoms, the temperature and the note" in header
    assert "T" not in header.split(".")[0].removeprefix("Check-in for")  # "7 Dec 2026, 00:56"
    assert [e.value for e in entries(journal_file)] == [4]  # Enter on the score asked again


def test_checkin_stopped_puts_the_error_on_a_line_of_its_own(run, journal_file, terminal):
    result = run("checkin", input="6\n", code=130)  # the input ends at the symptoms: as Ctrl-C there
    assert result.exit_code == 130
    assert any(line.startswith("Error: Stopped") for line in result.stderr.splitlines())
    assert not journal_file.exists()


def test_checkin_ctrl_c_starts_a_new_line_and_exits_130(run, journal_file, terminal, monkeypatch):
    import typer

    answers = iter(["6"])

    def prompt(text, **kwargs):
        sys.stderr.write(f"{text}: ")
        try:
            return next(answers)
        except StopIteration:
            raise typer.Abort() from None  # what click's prompt raises on Ctrl-C

    monkeypatch.setattr(typer, "prompt", prompt)
    result = run("checkin", code=130)
    assert result.exit_code == 130
    assert result.stderr.endswith("(Enter for none): \nError: Stopped; nothing was changed.\n")
    assert not journal_file.exists()


def test_checkin_on_an_earlier_day_stores_then_and_names_its_score(run, journal_file, terminal):
    run("feel", "7", "--on", "yesterday 08:00")
    result = run("checkin", "--on", "yesterday 21:00", input="3\nchills\n\n\n")
    assert result.exit_code == 0, result.output
    yesterday = TODAY - timedelta(days=1)
    assert f"{yesterday.day} {yesterday:%b %Y} already has a fatigue score of 7" in result.stderr
    assert "Fatigue then" in result.stderr
    stored = [e for e in entries(journal_file) if e.value != 7]
    assert {e.date for e in stored} == {f"{yesterday.isoformat()}T21:00"}
    assert f"on {yesterday.day} {yesterday:%b %Y}, 21:00" in result.stdout


def test_checkin_on_a_day_without_a_time_stores_the_day_alone(run, journal_file, terminal):
    result = run("checkin", "--on", "yesterday", input="4\n\n\n\n")
    assert result.exit_code == 0, result.output
    yesterday = TODAY - timedelta(days=1)
    assert f"Check-in for {yesterday.day} {yesterday:%b %Y}. The score is needed" in result.stderr
    assert [e.date for e in entries(journal_file)] == [yesterday.isoformat()]  # no invented time


def test_checkin_on_the_future_is_refused_before_any_question(run, journal_file, terminal):
    message = one_sentence(run("checkin", "--on", "tomorrow", input="5\n\n\n\n", code=2))
    assert "future" in message
    assert not journal_file.exists()


def test_checkin_without_a_terminal_names_feel(run, journal_file):
    message = one_sentence(run("checkin", input="6\n\n\n\n", code=2), only=False)
    assert "ocrelog feel" in message
    assert not journal_file.exists()


def test_checkin_core():
    from ocrelog import checkin

    assert checkin.symptom_names(" chills, Sore  Throat,,chills ") == ["chills", "sore throat"]
    assert checkin.symptom_names("") == []
    assert checkin.symptom_names("none") == [] and checkin.symptom_names(" Nothing. ") == []
    assert checkin.symptom_names("chills, none") == ["chills"]
    assert checkin.symptom_names("no sleep") == ["no sleep"]  # only the whole answer says nothing
    assert checkin.temperature("-") is None and checkin.note_text("no") == ""
    assert checkin.note_text("no energy at all") == "no energy at all"
    assert checkin.temperature("") is None and checkin.temperature("101.2f") == 38.4
    found = checkin.entries("2026-11-25T08:00", 5, ["rash"], None, "  ")
    assert [(e.type, e.note) for e in found] == [("fatigue", None), ("symptom", None)]


# -- output that pipes ----------------------------------------------------------------


def test_piped_log_is_one_line_per_entry_never_wrapped(run, journal_file, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    long_note = "a long note about a very tiring afternoon " * 4
    run("feel", "7", "--on", "yesterday", "--note", long_note + "\nand a second line")
    run("infuse", "--on", "3 days ago", "--premed", "cetirizine", "--note", "chair 4")
    run("symptom", "sore throat")
    lines = run("log").stdout.splitlines()
    assert len(lines) == 4  # the header and one line per entry
    assert lines[2].split()[:3] == ["1", ago(1), "fatigue"]
    assert lines[2].endswith(long_note + "\\nand a second line")
    assert lines[3].split()[:2] == ["2", ago(3)] and lines[3].endswith("premedication: cetirizine; chair 4")
    assert "sore throat" in lines[1]


def test_import_summary_is_on_stdout_and_hints_on_stderr(run, journal_file, tmp_path):
    path = tmp_path / "ocrelog.csv"
    path.write_text("type,date,value,name\nfatigue,2025-05-01,3,\nsymptom,2025-05-02,,rash\n")
    result = run("import", str(path))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "Imported 2 entries; skipped 0 already in the journal."
    assert "by kind: 1 fatigue, 1 symptom" in result.stdout
    assert "by kind" not in result.stderr and "undo" in result.stderr


def test_the_first_entry_says_a_journal_was_created(run, journal_file):
    result = run("feel", "5")
    assert result.stderr == f"Created a new journal at {journal_file}.\n"
    assert "Created" not in run("feel", "6").stderr
    assert "Created" not in run("log").stderr


def test_a_failed_first_command_does_not_say_created(run, journal_file):
    result = run("feel", "11", code=2)
    assert "Created" not in result.stderr


# -- booking in the future tense ---------------------------------------------------------

WEDNESDAY = datetime(2026, 12, 2, 10, 0)


@pytest.mark.parametrize(("typed", "day"), [
    ("next tuesday", date(2026, 12, 8)), ("tuesday", date(2026, 12, 8)), ("friday", date(2026, 12, 4)),
    ("this friday", date(2026, 12, 4)), ("fri", date(2026, 12, 4)), ("wednesday", date(2026, 12, 9)),
    ("in 2 weeks", date(2026, 12, 16)), ("in three days", date(2026, 12, 5)),
    ("in 6 months", date(2027, 6, 2)), ("next week", date(2026, 12, 9)), ("next month", date(2027, 1, 2)),
    ("14 May", date(2027, 5, 14)), ("May 14", date(2027, 5, 14)), ("2 December", date(2026, 12, 2)),
    ("1 December", date(2027, 12, 1)), ("tomorrow", date(2026, 12, 3)), ("today", date(2026, 12, 2)),
])
def test_booking_reads_the_future_tense(typed, day):
    from ocrelog.dates import parse_when

    assert parse_when(typed, WEDNESDAY, allow_future=True) == day


@pytest.mark.parametrize("typed", ["in 2 weeks", "next tuesday", "next week", "this friday"])
def test_words_of_the_future_are_refused_for_what_happened(typed):
    from ocrelog.dates import parse_when

    with pytest.raises(InvalidValue, match="future"):
        parse_when(typed, WEDNESDAY)


def test_a_weekday_still_means_the_last_one_for_what_happened():
    from ocrelog.dates import parse_when

    assert parse_when("friday", WEDNESDAY) == date(2026, 11, 27)
    assert parse_when("last friday", WEDNESDAY, allow_future=True) == date(2026, 11, 27)


def test_booking_the_same_date_twice_asks_or_needs_force(run, journal_file, terminal):
    assert run("infuse", "--planned", "in 2 weeks").exit_code == 0
    result = run("infuse", "--planned", "in 2 weeks", input="n\n")
    assert result.exit_code == 0 and "already booked" in result.stderr and "Kept" in result.stderr
    assert len(entries(journal_file)) == 1
    assert run("infuse", "--planned", "in 2 weeks", input="y\n").exit_code == 0
    assert len(entries(journal_file)) == 2


def test_booking_the_same_date_twice_in_a_script_needs_force(run, journal_file):
    run("infuse", "--planned", "friday")
    assert "--force" in one_sentence(run("infuse", "--planned", "friday", code=2), only=False)
    assert run("infuse", "--planned", "friday", "--force").exit_code == 0
    assert [e.type for e in entries(journal_file)] == ["planned", "planned"]


def test_an_early_booking_is_stored_with_a_note_of_the_earliest_date(run, journal_file):
    from ocrelog.dates import add_months, written

    last = TODAY - timedelta(days=30)
    run("infuse", "--on", last.isoformat())
    result = run("infuse", "--planned", "tomorrow")
    assert result.exit_code == 0
    assert [e.type for e in entries(journal_file)] == ["planned", "infusion"]
    [note] = [line for line in result.stderr.splitlines() if line.startswith("Note:")]
    assert written(add_months(last, 5)) in note
    late = add_months(last, 5)
    assert "Note:" not in run("infuse", "--planned", late.isoformat()).stderr


def test_a_second_half_booking_gets_no_note(run, journal_file):
    run("infuse", "--on", "3 days ago", "--dose", "300")
    result = run("infuse", "--planned", "in 11 days", "--dose", "300")
    assert result.exit_code == 0 and "Note:" not in result.stderr


# -- ambiguous numeric dates -----------------------------------------------------------


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


# -- imports, round 2 ---------------------------------------------------------------------

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note\n"
    "2025-03-01,1 March,Saturday,20:00,tired,work | reading,long day\n"
    "2025-03-02,2 March,Sunday,21:00,good,reading,\n"
)
HEALTH_WITHOUT_FATIGUE = (
    '<?xml version="1.0"?>\n<HealthData locale="en_GB">\n'
    '<Record type="HKQuantityTypeIdentifierHeartRate" startDate="2025-03-01 08:10:00 +0000" value="60"/>\n'
    '<Record type="HKQuantityTypeIdentifierStepCount" startDate="2025-03-01 09:10:00 +0000" value="600"/>\n'
    '<Record type="HKQuantityTypeIdentifierStepCount" startDate="2025-03-02 09:10:00 +0000" value="700"/>\n'
    "</HealthData>\n"
)


def test_daylio_with_nothing_mapped_is_exit_1_naming_the_labels_and_map(run, journal_file, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO)
    result = run("import", str(path), code=1)
    message = one_sentence(result, code=1, only=False)
    assert "tired (1)" in message and "reading (2)" in message and "--map LABEL=SCORE" in message
    assert message.index("tired") < message.index("reading")  # the likely fatigue label first
    assert not journal_file.exists()
    dry = run("import", str(path), "--dry-run", code=1)
    assert dry.exit_code == 1 and "left unmapped" in dry.stdout and "--map" in dry.stderr
    assert run("import", str(path), "--map", "tired=7").exit_code == 0


def test_apple_health_with_nothing_mapped_names_the_record_types(run, journal_file, tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(HEALTH_WITHOUT_FATIGUE)
    message = one_sentence(run("import", str(path), code=1), code=1, only=False)
    assert "StepCount (2)" in message and "HeartRate (1)" in message and "Fatigue" in message
    assert not journal_file.exists()


def test_a_file_of_only_a_header_still_imports_nothing_with_exit_0(run, journal_file, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("type,date,value\n")
    result = run("import", str(path))
    assert result.exit_code == 0 and "Imported 0 entries" in result.stdout


VISIBLE = (
    "observation_date,tracker_name,tracker_category,observation_value\n"
    "2025-03-01,Fatigue,General,2\n"
    "2025-03-01,Physically active,Physical,2\n"
    "2025-03-01,Mentally demanding,Cognitive,1\n"
    "2025-03-01,Socially demanding,Social,0\n"
    "2025-03-01,Emotionally stressful,Emotional,3\n"
    "2025-03-01,Period,Experience,1\n"
    "2025-03-01,Headache,Brain,1\n"
    "2025-03-01,Note,Note,Walked to the shop\n"
    "2025-03-02,Physically active,Physical,3\n"
    "2025-03-02,Note,Note,No score today\n"
    "2025-03-02,Crash,Experience,2\n"
)


def test_visible_exertion_and_period_are_not_symptoms_and_notes_are_kept(run, journal_file, tmp_path):
    path = tmp_path / "visible.csv"
    path.write_text(VISIBLE)
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    rows = sorted(entries(journal_file), key=lambda e: e.id)
    assert [(e.date, e.type, e.name) for e in rows] == [
        ("2025-03-01", "fatigue", None), ("2025-03-01", "symptom", "headache"), ("2025-03-02", "symptom", "crash"),
    ]
    assert rows[0].note == (
        "Walked to the shop; physically active 2/3; mentally demanding 1/3; emotionally stressful 3/3; period"
    )
    assert "1 notes on days without a fatigue score" in result.stdout
    assert "1 exertion and period ratings on days without a fatigue score" in result.stdout
    assert json.loads(run("log", "--grep", "walked", "--json").stdout)[0]["type"] == "fatigue"


BEARABLE = (
    "date,weekday,time of day,category,rating/amount,detail,notes\n"
    '"1st Mar 2025","Saturday","pre","Symptom","1","Headache (Mild)",""\n'
    '"1st Mar 2025","Saturday","mid","Symptom","3","Headache (Severe)","behind the eyes"\n'
    '"1st Mar 2025","Saturday","pm","Symptom","2","Headache (Moderate)",""\n'
    '"1st Mar 2025","Saturday","all day","Symptom","1","Nausea (Mild)",""\n'
    '"1st Mar 2025","Saturday","09:15","Symptom","1","Rash (Mild)",""\n'
    '"2nd Mar 2025","Sunday","pre","Symptom","1","Headache (Mild)",""\n'
    '"2nd Mar 2025","Sunday","am","Energy","2","Poor",""\n'
)


def test_bearable_slots_fold_into_one_symptom_a_day_with_the_highest_severity(run, journal_file, tmp_path):
    path = tmp_path / "bearable.csv"
    path.write_text(BEARABLE)
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    rows = sorted(entries(journal_file), key=lambda e: (e.date, e.type, e.name or ""))
    assert [(e.date, e.type, e.name, e.note) for e in rows] == [
        ("2025-03-01", "symptom", "headache", "severity: severe; behind the eyes"),
        ("2025-03-01", "symptom", "nausea", "severity: mild"),
        ("2025-03-01T09:15", "symptom", "rash", "severity: mild"),
        ("2025-03-02", "fatigue", None, None),
        ("2025-03-02", "symptom", "headache", "severity: mild"),
    ]
    assert "2 symptom rows folded into one a day" in result.stdout


def test_any_csv_note_column(run, journal_file, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text(
        "Day,Tired,Symptom,Comment\n"
        "2025-03-01,4,,after physio\n"
        "2025-03-02,,rash,itchy  arms\n"
        "2025-03-03,7,chills,both\n"
        "2025-03-04,2,,\n"
    )
    args = ("import", str(path), "--from", "csv", "--date-column", "day", "--score-column", "tired",
            "--symptom-column", "symptom", "--note-column", " COMMENT ")
    assert run(*args).exit_code == 0
    rows = sorted(entries(journal_file), key=lambda e: e.id)
    assert [(e.date, e.type, e.note) for e in rows] == [
        ("2025-03-01", "fatigue", "after physio"), ("2025-03-02", "symptom", "itchy  arms"),
        ("2025-03-03", "fatigue", "both"), ("2025-03-03", "symptom", None), ("2025-03-04", "fatigue", None),
    ]
    bad = list(args)
    bad[-1] = "remarks"
    assert "no column 'remarks'" in one_sentence(run(*bad, code=2), only=False)


# -- the README tour ------------------------------------------------------------------------


def test_the_readme_tour_runs_on_a_trial_journal_whatever_the_day(run, journal_file, tmp_path, monkeypatch, terminal):
    import shlex
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    tour = readme.split("## A short tour", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert 'export OCRELOG_DB="$PWD/try.db"' in tour  # the tour never writes into your journal
    monkeypatch.chdir(tmp_path)
    commands = [shlex.split(line, comments=True) for line in tour.splitlines() if line.startswith("ocrelog ")]
    assert len(commands) >= 15
    for words in commands:
        words = words[1:]
        if ">" in words:  # `export > journal.csv`: the shell's redirection
            words = words[: words.index(">")]
        answers = {"checkin": "5\n\n\n\n", "undo": "y\n"}
        result = run(*words, input=answers.get(words[0]))
        assert result.exit_code == 0, (words, result.output)
        if words[0] == "edit":
            assert "fatigue 5/10" in result.stdout  # the tour's edit hits a score, never the dose


# -- properties ---------------------------------------------------------------------------

@settings(max_examples=80, deadline=None)
@given(mg=st.integers(min_value=0, max_value=5000), force=st.booleans())
def test_only_the_five_doses_ever_pass(mg, force):
    allowed = {300, 600, 920} | ({1200, 1800} if force else set())
    try:
        assert parse_dose(f"{mg} mg", force=force) == mg and mg in allowed
    except InvalidValue as error:
        assert mg not in allowed and str(error).endswith(".")


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
