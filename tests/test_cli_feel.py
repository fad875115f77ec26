"""Everyday capture through the CLI: `feel`, `symptom` and `temp`, trailing note words, advice printed at once, the day's highest score."""

from datetime import date, timedelta

import pytest
from conftest import TODAY, ago, entries, one_sentence

from ocrelog import cli
from ocrelog.journal import Journal


def _day_text(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def entries(journal_file):
    with Journal.open(journal_file) as journal:
        return journal.entries(limit=None)


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


@pytest.mark.parametrize(("typed", "stored"), [("38.4", 38.4), ("38.4c", 38.4), ("38,4", 38.4),
                                                ("101.2f", 38.4), ("98.6F", 37.0), ("36", 36.0)])
def test_temp_records_celsius(run, journal_file, typed, stored):
    result = run("temp", typed, "--on", "yesterday 21:00")
    assert result.exit_code == 0, result.output
    [entry] = entries(journal_file)
    assert (entry.type, entry.value, entry.date) == ("temperature", stored, ago(1) + "T21:00")


@pytest.mark.parametrize("typed", ["384", "30", "44", "120f", "hot", "38.4k", ""])
def test_a_temperature_outside_34_to_43_is_refused(run, journal_file, typed):
    message = one_sentence(run("temp", "--", typed, code=2), only=False)
    assert "nothing was stored" in message or "Write the temperature" in message
    assert not journal_file.exists()


def test_a_fever_prints_its_advice_right_away(run):
    result = run("temp", "38.0")
    assert "Warning sign" in result.stderr and "MS team" in result.stderr
    assert "Warning sign" not in run("temp", "37.9").stderr


@pytest.mark.parametrize("name", ["Chills", "high temp", "UTI", "fever 38.5", "dark urine", "double vision"])
def test_a_warning_sign_symptom_prints_advice(run, name):
    result = run("symptom", name)
    assert result.exit_code == 0
    assert "Warning sign" in result.stderr and "MS team" in result.stderr


def test_reaction_words_warn_only_near_a_dose(run):
    assert "Warning sign" not in run("symptom", "rash", "--on", "20 days ago").stderr
    run("infuse", "--on", "yesterday")
    assert "infusion reaction" in run("symptom", "rash").stderr
    assert "Warning sign" not in run("symptom", "tired").stderr


def test_a_lower_score_says_the_day_keeps_its_highest(run, journal_file):
    run("feel", "7", "--on", "yesterday 09:00")
    result = run("feel", "3", "--on", "yesterday 20:00")
    day = _day_text(TODAY - timedelta(days=1))
    assert f"{day} counts as 7, the day's highest score (--replace" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1  # one short line
    assert "counts as" not in run("feel", "8", "--on", "yesterday 21:00").stderr


def test_symptom_names_complete_from_the_journal(run, journal_file, monkeypatch):
    run("symptom", "sore throat")
    run("symptom", "rash")
    run("symptom", "rash")
    assert cli.complete_symptoms("r") == ["rash"]
    assert cli.complete_symptoms("") == ["rash", "sore throat"]


@pytest.mark.parametrize("score", ["11", "abc", "5.5", "-1", "", "1_0", " "])
def test_a_bad_score_names_the_range_and_writes_nothing(run, journal_file, score):
    message = one_sentence(run("feel", "--", score, code=2), only=False)
    assert "0 to 10" in message
    assert not journal_file.exists()


def test_symptom_names_are_lower_case(run, journal_file):
    assert run("symptom", "  Sore   Throat ", "--on", "2 days ago").exit_code == 0
    [entry] = entries(journal_file)
    assert (entry.type, entry.name, entry.value) == ("symptom", "sore throat", None)
