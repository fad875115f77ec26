"""`infuse` and bookings through the CLI: the licensed doses, early and repeated doses (asked at a terminal, --force in a script), bookings in the future tense, the next due date."""

import json
import pytest
from datetime import date, datetime, timedelta

from hypothesis import given, settings, strategies as st
from conftest import TODAY, ago, entries, one_sentence

from ocrelog.entries import parse_dose
from ocrelog.errors import InvalidValue
from ocrelog.journal import Journal


WEDNESDAY = datetime(2026, 12, 2, 10, 0)


def _day_text(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def entries(journal_file):
    with Journal.open(journal_file) as journal:
        return journal.entries(limit=None)


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


@settings(max_examples=80, deadline=None)
@given(mg=st.integers(min_value=0, max_value=5000), force=st.booleans())
def test_only_the_five_doses_ever_pass(mg, force):
    allowed = {300, 600, 920} | ({1200, 1800} if force else set())
    try:
        assert parse_dose(f"{mg} mg", force=force) == mg and mg in allowed
    except InvalidValue as error:
        assert mg not in allowed and str(error).endswith(".")


def test_a_920_mg_dose(run, journal_file):
    result = run("infuse", "--dose", "920mg", "--on", "yesterday")
    assert result.exit_code == 0
    assert "dose" in result.stdout and "920 mg" in result.stdout
    report = json.loads(run("report", "--json").stdout)
    assert report["cycles"][0]["dose_mg"] == 920 and report["cycles"][0]["course_start"]


def test_a_second_dose_on_the_same_day_needs_force_in_a_script(run, journal_file):
    run("infuse", "--on", "yesterday")
    message = one_sentence(run("infuse", "--on", "yesterday", code=2), only=False)
    assert "--force" in message
    assert len(entries(journal_file)) == 1
    assert run("infuse", "--on", "yesterday", "--force").exit_code == 0
    assert len(entries(journal_file)) == 2


def test_a_second_dose_asks_at_a_terminal(run, journal_file, terminal):
    run("infuse", "--on", "yesterday")
    result = run("infuse", "--on", "yesterday", input="n\n")
    assert result.exit_code == 0 and "Error" not in result.stderr
    assert len(entries(journal_file)) == 1


def test_a_dose_29_days_after_the_last_needs_force_in_a_script(run, journal_file):
    run("infuse", "--on", ago(30))
    message = one_sentence(run("infuse", "--on", "yesterday", code=2))  # one sentence, exit 2
    assert f"600 mg on {_day_text(TODAY - timedelta(days=30))}" in message
    assert "29 days after" in message and "--force" in message and "5 months" in message
    assert len(entries(journal_file)) == 1
    assert run("infuse", "--on", "yesterday", "--force").exit_code == 0
    assert len(entries(journal_file)) == 2


def test_an_early_dose_asks_at_a_terminal_naming_the_previous_dose(run, journal_file, terminal):
    run("infuse", "--on", ago(30))
    result = run("infuse", "--on", "yesterday", input="n\n")
    assert result.exit_code == 0 and "Error" not in result.stderr
    assert f"Your previous dose was 600 mg on {_day_text(TODAY - timedelta(days=30))}, 29 days before" in result.stderr
    assert "no dose was recorded" in result.stderr
    assert len(entries(journal_file)) == 1
    assert run("infuse", "--on", "yesterday", input="y\n").exit_code == 0
    assert len(entries(journal_file)) == 2


def test_a_second_half_on_time_and_a_dose_after_five_months_do_not_ask(run, journal_file):
    run("infuse", "--on", ago(200), "--dose", "300")
    assert run("infuse", "--on", ago(186), "--dose", "300").exit_code == 0  # 14 days: the second half
    assert run("infuse", "--on", ago(20)).exit_code == 0  # 166 days: more than 5 months
    assert len(entries(journal_file)) == 3


def test_a_second_300_mg_outside_the_second_half_window_asks(run, journal_file):
    run("infuse", "--on", ago(100), "--dose", "300")
    assert "--force" in one_sentence(run("infuse", "--on", ago(95), "--dose", "300", code=2))  # 5 days: too soon
    assert "--force" in one_sentence(run("infuse", "--on", ago(50), "--dose", "300", code=2))  # 50 days: later than 6 weeks
    assert "--force" in one_sentence(run("infuse", "--on", ago(86), code=2))  # 14 days, but 600 mg
    assert len(entries(journal_file)) == 1


def test_a_recorded_dose_in_the_future_is_refused(run, journal_file):
    assert "future" in one_sentence(run("infuse", "--on", "tomorrow", code=2))
    assert "future" in one_sentence(run("infuse", "--on", "tomorrow", "--force", code=2))
    run("infuse", "--on", ago(1))
    assert "future" in one_sentence(run("edit", "1", "--on", "tomorrow", code=2))
    assert [e.date for e in entries(journal_file)] == [ago(1)]


def test_a_planned_dose_shows_as_the_next_date_until_it_is_given(run, journal_file):
    run("infuse", "--on", ago(170))
    booked = (TODAY + timedelta(days=12)).isoformat()
    result = run("infuse", "--planned", booked)
    assert result.exit_code == 0 and "Booked" in result.stdout
    report = json.loads(run("report", "--json").stdout)
    assert report["planned"] == booked and len(report["cycles"]) == 1
    assert json.loads(run("status", "--json").stdout)["planned"] == booked
    assert "has passed" in one_sentence(run("infuse", "--planned", ago(3), code=2), only=False)


def test_infuse_records_dose_premeds_and_reactions(run, journal_file):
    result = run(
        "infuse", "--on", "2026-05-14", "--premed", "methylprednisolone 100 mg",
        "--premed", "cetirizine", "--reaction", "itchy throat", "--note", "slow rate",
    )
    assert result.exit_code == 0, result.output
    assert "#1" in result.stdout and "600 mg on 14 May 2026 (" in result.stdout
    assert "methylprednisolone 100 mg, cetirizine" in result.stdout
    [entry] = entries(journal_file)
    assert (entry.type, entry.value, entry.premeds, entry.reactions, entry.note) == (
        "infusion", 600, ("methylprednisolone 100 mg", "cetirizine"), ("itchy throat",), "slow rate")


@pytest.mark.parametrize("dose", ["0", "-5", "2001", "600kg", "300.5"])
def test_a_bad_dose_is_refused(run, journal_file, dose):
    one_sentence(run("infuse", f"--dose={dose}", code=2), only=False)
    assert not journal_file.exists()


def test_subcutaneous_dose(run, journal_file):
    assert run("infuse", "--dose", "920").exit_code == 0
    assert entries(journal_file)[0].value == 920
