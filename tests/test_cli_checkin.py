"""`checkin`: one change for every answer, re-asking, Ctrl-C and Ctrl-D, earlier days, no terminal."""

import pytest
import sys
from datetime import timedelta

from conftest import TODAY, entries, one_sentence


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


def test_a_checkin_reading_outside_the_range_names_how_to_keep_it_not_an_option_checkin_lacks():
    import pytest

    from ocrelog import checkin
    from ocrelog.errors import InvalidValue

    with pytest.raises(InvalidValue) as refused:
        checkin.temperature("33")
    assert "keep it afterwards with 'ocrelog temp' and its --force and --on" in str(refused.value)
    assert "(add f for Fahrenheit, or --force" not in str(refused.value)
    assert checkin.temperature("37.2") == 37.2
