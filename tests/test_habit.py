"""The daily habit (issue 21): doses that stay doses, notes that count, the short status,
the calendar file, the check-in, output that pipes, booking ahead and numeric dates."""

import json
from datetime import date, datetime, timedelta

import pytest

from ocrelog import cli
from ocrelog.entries import Entry, parse_dose
from ocrelog.errors import InvalidValue
from ocrelog.journal import Journal

TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def entries(journal_file):
    with Journal.open(journal_file) as journal:
        return journal.entries(limit=None)


def one_sentence_error(result, code=2):
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: ") and last.endswith(".")
    return last


@pytest.fixture
def terminal(monkeypatch):
    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True)


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
        message = one_sentence_error(run("infuse", "--on", "yesterday", *args))
        assert "300, 600 or 920" in message or "--force" in message
    assert not journal_file.exists()
    assert run("infuse", "--on", "yesterday", "--dose", "1800", "--force").exit_code == 0
    assert [e.value for e in entries(journal_file)] == [1800]


def test_a_booking_checks_the_dose_too(run, journal_file):
    one_sentence_error(run("infuse", "--planned", "tomorrow", "--dose", "60"))
    assert not journal_file.exists()


def test_edit_of_a_dose_value_checks_the_same(run, journal_file):
    run("infuse", "--on", "2026-05-14")
    run("feel", "4", "--on", "2026-05-15")
    message = one_sentence_error(run("edit", "1", "--value", "5"))
    assert "300, 600 or 920" in message
    one_sentence_error(run("edit", "1", "--dose", "1200"))
    assert entries(journal_file)[-1].value == 600
    assert run("edit", "1", "--dose", "1200", "--force").exit_code == 0
    assert run("edit", "1", "--value", "300").exit_code == 0
    assert run("edit", "2", "--value", "5").exit_code == 0  # a score is still a score
    assert sorted(e.value for e in entries(journal_file)) == [5, 300]
