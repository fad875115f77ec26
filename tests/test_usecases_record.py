"""The recording use cases, called directly on a real journal file (no command line)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ocrelog.entries import Entry
from ocrelog.errors import InvalidValue
from ocrelog.journal import Journal
from ocrelog.usecases import record

DAY = date(2026, 5, 14)


@pytest.fixture
def journal(tmp_path: Path):
    with Journal.open(tmp_path / "journal.db", write=True) as opened:
        yield opened


def score(value: int, when: str = "2026-05-14T09:00", note: str | None = None) -> Entry:
    return Entry(type="fatigue", date=when, value=value, note=note)


def dose(when: str = "2026-05-14T10:00", mg: int = 600, note: str | None = None) -> Entry:
    return Entry(type="infusion", date=when, value=mg, note=note)


def test_a_plain_score_is_stored_and_says_nothing_more(journal):
    done = record.record_score(journal, score(6))
    assert done.entry.id == 1 and journal.get(1).value == 6
    assert done.notices == ()


def test_a_lower_score_says_the_day_counts_its_highest(journal):
    record.record_score(journal, score(7, "2026-05-14T08:00"))
    done = record.record_score(journal, score(4, "2026-05-14T20:00"))
    assert done.notices == ("14 May 2026 counts as 7, the day's highest score (--replace to change that).",)
    assert record.record_score(journal, score(8, "2026-05-14T21:00")).notices == ()


def test_replace_removes_the_days_other_scores_and_says_how_many(journal):
    record.record_score(journal, score(7, "2026-05-14T08:00"))
    record.record_score(journal, score(8, "2026-05-14T09:00"))
    done = record.record_score(journal, score(3, "2026-05-14T20:00"), replace=True)
    assert [e.value for e in journal.on_day(DAY, "fatigue")] == [3]
    assert done.notices == ("Replaced 2 earlier scores of 14 May 2026; 'ocrelog undo' brings them back.",)


def test_a_score_before_the_days_dose_is_not_part_of_day_0(journal):
    record.record_dose(journal, dose("2026-05-14T10:00"))
    done = record.record_score(journal, score(7, "2026-05-14T08:00"))
    assert done.notices == ("Logged before the dose, so not part of day 0; 14 May 2026 has no score yet.",)


def test_a_warning_sign_in_a_note_comes_back_as_advice(journal):
    done = record.record_score(journal, score(6, note="fever 38.9, shivering all night"))
    assert any(line.startswith("Warning sign (infection)") for line in done.notices)


def test_a_symptom_and_a_temperature_say_their_warning_signs(journal):
    assert record.record_symptom(journal, Entry(type="symptom", date="2026-05-14", name="rash")).notices == ()
    fever = record.record_temperature(journal, Entry(type="temperature", date="2026-05-14T18:00", value=38.9))
    assert fever.entry.value == 38.9
    assert any("Warning sign" in line for line in fever.notices)


def test_a_second_dose_on_one_day_is_a_question_until_confirmed(journal):
    first = record.record_dose(journal, dose("2026-05-14T10:00"))
    asked = record.record_dose(journal, dose("2026-05-14T15:00"))
    assert isinstance(asked, record.Question)
    assert f"#{first.entry.id}" in asked.question and "14 May 2026" in asked.kept
    assert len(journal.on_day(DAY, "infusion")) == 1  # nothing stored while asking
    again = record.record_dose(journal, dose("2026-05-14T15:00"), confirmed=True)
    assert isinstance(again, record.Recorded) and len(journal.on_day(DAY, "infusion")) == 2


def test_a_booking_becomes_the_dose_given_that_day(journal):
    booked = record.book_dose(journal, DAY, 600)
    assert isinstance(booked, record.Recorded) and booked.entry.type == "planned"
    given = record.record_dose(journal, dose())
    assert journal.on_day(DAY, "planned") == []
    assert "That was the dose booked for 14 May 2026; it now counts as given." in given.notices


def test_a_rash_logged_after_the_dose_was_given_reads_as_a_reaction_once_the_dose_is_recorded(journal):
    record.record_symptom(journal, Entry(type="symptom", date="2026-05-14T12:00", name="rash"))
    done = record.record_dose(journal, dose("2026-05-14T10:00"))
    assert "Logged on this dose's day or the next, and now read as a reaction to it (#1):" in done.notices
    assert any("infusion reaction" in line for line in done.notices)


def test_a_booking_is_for_a_day_still_to_come():
    assert record.booking_day(DAY, DAY) == DAY  # today counts
    with pytest.raises(InvalidValue, match="has passed"):
        record.booking_day(date(2026, 5, 13), DAY)


def test_a_second_booking_for_one_day_is_a_question(journal):
    first = record.book_dose(journal, DAY, 600)
    asked = record.book_dose(journal, DAY, 600)
    assert isinstance(asked, record.Question) and f"#{first.entry.id}" in asked.question
    assert len(journal.on_day(DAY, "planned")) == 1
    assert isinstance(record.book_dose(journal, DAY, 600, confirmed=True), record.Recorded)


def test_an_early_booking_is_stored_with_the_earliest_date_the_label_allows(journal):
    record.record_dose(journal, dose("2026-01-10T10:00"))
    done = record.book_dose(journal, date(2026, 4, 1), 600)
    assert done.entry.id is not None and journal.on_day(date(2026, 4, 1), "planned")
    assert done.notices == (
        "Note: 1 Apr 2026 is less than 5 months after your last dose (10 Jan 2026); "
        "the earliest date the label allows is 10 Jun 2026.",
    )
    assert record.book_dose(journal, date(2026, 7, 1), 600).notices == ()


@pytest.mark.parametrize(("mg", "words"), [(600, "infusion"), (300, "infusion"), (920, "dose"), (1200, "dose")])
def test_a_dose_is_called_an_infusion_only_when_it_goes_into_a_vein(mg, words):
    from ocrelog.entries import dose_kind

    assert dose_kind(mg) == words


def test_a_checkin_is_one_change_with_its_advice_and_how_to_undo_it(journal):
    assert record.checkin_note(journal, DAY, DAY) is None
    record.record_score(journal, score(5, "2026-05-14T08:00"))
    assert record.checkin_note(journal, DAY, DAY).startswith("Today already has a fatigue score of 5 (#1)")
    later = record.checkin_note(journal, DAY, date(2026, 5, 15))  # checkin --on a past day names it
    assert later.startswith("14 May 2026 already has a fatigue score of 5 (#1)")
    done = record.store_checkin(journal, "2026-05-14T20:00", 6, ["chills"], 38.9, "after a walk")
    assert [e.type for e in done.stored] == ["fatigue", "symptom", "temperature"]
    assert done.stored[0].note == "after a walk"
    assert any("Warning sign" in line for line in done.notices)
    assert done.notices[-1] == "'ocrelog undo' removes this whole check-in."
    journal.undo(journal.last_action())
    assert [e.id for e in journal.on_day(DAY, "fatigue")] == [1]  # the whole check-in went, the score stayed


def test_a_questionnaire_result_is_stored_as_given(journal):
    from ocrelog.entries import scale_entry

    done = record.record_scale(journal, scale_entry("2026-05-14", "fss", "4.4"))
    assert journal.get(done.entry.id).describe() == done.entry.describe()
    assert done.notices == ()


def test_a_dose_sooner_than_the_label_allows_is_a_question_naming_the_previous_dose(journal):
    record.record_dose(journal, dose("2026-11-02T10:00"))
    asked = record.record_dose(journal, dose("2026-12-01T10:00"))
    assert isinstance(asked, record.Question)
    assert "600 mg on 2 Nov 2026, 29 days before" in asked.question
    assert asked.action.startswith("record a dose 29 days after the previous one (600 mg on 2 Nov 2026")
    assert len(journal.entries(limit=None)) == 1  # nothing stored
    done = record.record_dose(journal, dose("2026-12-01T10:00"), confirmed=True)
    assert isinstance(done, record.Recorded) and len(journal.entries(limit=None)) == 2


def test_too_soon_lets_a_second_half_on_time_through():
    from ocrelog.rules import HALF_DOSE_MG, LATE_SECOND_HALF_DAYS, Infusion
    from ocrelog.schedule import SECOND_HALF_FROM_DAYS, too_soon

    first = Infusion(date(2026, 3, 1), HALF_DOSE_MG)
    for days, mg, asks in [
        (SECOND_HALF_FROM_DAYS - 1, HALF_DOSE_MG, True),
        (SECOND_HALF_FROM_DAYS, HALF_DOSE_MG, False),
        (LATE_SECOND_HALF_DAYS, HALF_DOSE_MG, False),
        (LATE_SECOND_HALF_DAYS + 1, HALF_DOSE_MG, True),
        (14, 600, True),
    ]:
        day = date.fromordinal(first.day.toordinal() + days)
        assert (too_soon([first], day, mg) == first) is asks, (days, mg)
    second = Infusion(date(2026, 3, 15), HALF_DOSE_MG)  # after a whole course, a third 300 mg asks
    assert too_soon([first, second], date(2026, 4, 1), HALF_DOSE_MG) == second
    assert too_soon([first, second], date(2026, 8, 15), 600) is None  # 5 months after the second half
    assert too_soon([], date(2026, 4, 1), 600) is None
