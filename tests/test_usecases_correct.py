"""The correcting use cases (edit, delete, undo, handled), called directly on a real journal file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ocrelog.entries import Entry
from ocrelog.errors import InvalidValue, JournalError, NothingToMark
from ocrelog.journal import Journal
from ocrelog.usecases import correct
from ocrelog.usecases.record import Question, record_score

TODAY = date(2026, 5, 20)


@pytest.fixture
def journal(tmp_path: Path):
    with Journal.open(tmp_path / "journal.db", write=True) as opened:
        yield opened


def logged(journal, value=6, note=None) -> Entry:
    return record_score(journal, Entry(type="fatigue", date="2026-05-14T09:00", value=value, note=note)).entry


def test_an_edit_must_change_something_and_not_both_value_and_dose():
    with pytest.raises(InvalidValue, match="Nothing to change"):
        correct.edit_of()
    with pytest.raises(InvalidValue, match="--value or --dose"):
        correct.edit_of(value="5", dose="600")
    assert correct.edit_of(on_given=True) == correct.Edit()


def test_an_edit_changes_the_entry_and_says_what_it_was(journal):
    entry = logged(journal)
    before, after, notices = correct.edit_entry(journal, entry.id, correct.edit_of(value="4", note="after the school run"))
    assert (before.value, after.value, after.note, notices) == (6, 4, "after the school run", ())
    assert journal.get(entry.id).value == 4


def test_only_a_dose_has_a_dose(journal):
    entry = logged(journal)
    with pytest.raises(InvalidValue, match=f"Only doses have a dose; #{entry.id} is fatigue"):
        correct.edit_entry(journal, entry.id, correct.edit_of(dose="600"))


def test_delete_asks_first_and_undo_brings_it_back(journal):
    entry = logged(journal, note="after a walk")
    asked = correct.delete_entry(journal, entry.id)
    assert isinstance(asked, Question)
    assert asked.question == f"Delete #{entry.id}: fatigue 6/10 on 14 May 2026, 09:00, note: after a walk?"
    assert journal.get(entry.id).value == 6  # still there while asking
    assert correct.delete_entry(journal, entry.id, confirmed=True) == entry
    assert journal.last() is None
    summary = correct.undo_last(journal, confirmed=True)
    assert summary.startswith(f"deleted #{entry.id}")
    assert journal.get(entry.id).value == 6


def test_undo_asks_first_and_says_why_there_is_nothing_to_undo(journal):
    with pytest.raises(JournalError, match="the journal is empty"):
        correct.undo_last(journal)
    logged(journal)
    asked = correct.undo_last(journal)
    assert isinstance(asked, Question) and "added #1" in asked.question
    assert journal.last() is not None
    assert correct.undo_last(journal, confirmed=True) == "added #1: fatigue 6/10 on 14 May 2026, 09:00"
    with pytest.raises(JournalError, match="the journal is empty"):
        correct.undo_last(journal)


def test_the_change_list_is_newest_first_with_undone_marked(journal):
    assert correct.change_lines(journal) == []
    logged(journal, 6)
    logged(journal, 7)
    correct.undo_last(journal, confirmed=True)
    lines = correct.change_lines(journal)
    assert len(lines) == 2
    assert lines[0].endswith("added #2: fatigue 7/10 on 14 May 2026, 09:00 (undone)")
    assert lines[1].endswith("added #1: fatigue 6/10 on 14 May 2026, 09:00")
    assert " UTC  " in lines[0] and lines[0][4] == "-" and lines[0][13] == ":"


def test_handled_marks_a_warning_sign_and_refuses_an_entry_without_one(journal):
    plain = logged(journal, 5)
    with pytest.raises(NothingToMark, match=f"#{plain.id} .* shows no warning sign"):
        correct.mark_handled(journal, plain.id, TODAY)
    sign = logged(journal, 6, note="fever 38.9, shivering all night")
    marked = correct.mark_handled(journal, sign.id, TODAY, "GP saw it")
    assert marked.signs == ["infection"]
    stored = journal.get(sign.id)
    assert (stored.handled_on, stored.handled_note) == ("2026-05-20", "GP saw it")
