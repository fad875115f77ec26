"""`undo`, `edit` and `delete` through the CLI: every kind of change undone in turn, edits checked like new entries, refusals as one sentence, questions at a terminal."""

import pytest
from conftest import ago, entries, one_sentence

from ocrelog import cli
from ocrelog.journal import Journal


def entries(journal_file):
    with Journal.open(journal_file) as journal:
        return journal.entries(limit=None)


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


def test_undo_reverses_each_kind_of_change_in_turn(run, journal_file, tmp_path):
    run("feel", "5", "--on", ago(3))
    run("feel", "6", "--on", ago(2), "--note", "keep me")
    run("edit", "2", "--value", "9", "--note", "changed")
    run("delete", "1", "--force")
    csv = tmp_path / "in.csv"
    csv.write_text(f"type,date,value\nfatigue,{ago(10)},3\nfatigue,{ago(11)},4\n")
    run("import", str(csv))
    assert len(entries(journal_file)) == 3

    assert run("undo", "--force").exit_code == 0  # the import
    assert sorted(e.value for e in entries(journal_file)) == [9]
    run("undo", "--force")  # the delete: #1 comes back, with its id
    assert {(e.id, e.value) for e in entries(journal_file)} == {(1, 5), (2, 9)}
    run("undo", "--force")  # the edit: old values
    assert {(e.id, e.value, e.note) for e in entries(journal_file)} == {(1, 5, None), (2, 6, "keep me")}
    run("undo", "--force")
    run("undo", "--force")
    assert entries(journal_file) == []
    assert "Nothing to undo" in one_sentence(run("undo", "--force", code=1), code=1, only=False)


def test_undo_after_a_wrong_delete_brings_that_entry_back(run, journal_file):
    run("feel", "3", "--on", ago(2))
    run("feel", "4", "--on", ago(1))
    run("delete", "1", "--force")
    run("undo", "--force")
    assert sorted(e.id for e in entries(journal_file)) == [1, 2]  # not #2 deleted instead


def test_undo_survives_a_restart_and_lists_the_last_ten(run, journal_file):
    for n in range(12):
        run("feel", str(n % 11), "--on", ago(20 - n))
    listed = run("undo", "--list").stdout.splitlines()
    assert len(listed) == 10
    assert "added #12" in listed[0]
    run("undo", "--force")
    assert "(undone)" in run("undo", "--list").stdout.splitlines()[0]


def test_undo_asks_at_a_terminal_and_no_keeps_everything(run, journal_file, terminal):
    run("feel", "4")
    result = run("undo", input="n\n")
    assert result.exit_code == 0 and "Error" not in result.stderr
    assert "Kept" in result.stderr
    assert len(entries(journal_file)) == 1


def test_edit_changes_every_field_of_a_dose(run, journal_file):
    run("infuse", "--on", ago(10), "--premed", "paracetamol")
    result = run("edit", "1", "--dose", "300", "--premed", "methylprednisolone", "--premed",
                 "cetirizine", "--reaction", "itchy throat", "--note", "half dose", "--on", ago(9))
    assert result.exit_code == 0, result.output
    [dose] = entries(journal_file)
    assert (dose.value, dose.premeds, dose.reactions, dose.note, dose.date) == (
        300, ("methylprednisolone", "cetirizine"), ("itchy throat",), "half dose", ago(9))
    run("edit", "1", "--premed", "")
    assert entries(journal_file)[0].premeds == ()
    run("undo", "--force")
    assert entries(journal_file)[0].premeds == ("methylprednisolone", "cetirizine")


def test_edit_refuses_fields_an_entry_does_not_have(run, journal_file):
    run("feel", "4", "--on", "yesterday")
    run("symptom", "rash", "--on", "yesterday")
    assert "Only doses" in one_sentence(run("edit", "1", "--dose", "600", code=2), only=False)
    assert "Only doses" in one_sentence(run("edit", "1", "--premed", "x", code=2), only=False)
    assert "no value" in one_sentence(run("edit", "2", "--value", "3", code=2), only=False)
    assert run("edit", "2", "--name", "Hives").exit_code == 0
    assert entries(journal_file)[0].name == "hives"


@pytest.mark.parametrize("big", ["99999999999999999999999", "9223372036854775808"])
def test_huge_ids_and_limits_are_one_sentence(run, big):
    run("feel", "4")
    for args, code in ((["edit", big, "--value", "3"], 2), (["delete", big, "--force"], 2),
                       (["log", "--limit", big], 0)):
        result = run(*args, code=code)
        assert "Traceback" not in result.output and "OverflowError" not in result.output
    assert "There is no entry" in one_sentence(run("delete", big, "--force", code=2), only=False)


def test_ctrl_c_at_any_question_puts_the_error_on_a_line_of_its_own(run, journal_file, terminal):
    run("feel", "5")
    result = run("delete", "1", code=130)  # the input ends at the question: as Ctrl-C there
    assert result.exit_code == 130
    assert result.stderr.endswith("[y/N]:\nError: Stopped; nothing was changed.\n")
    assert len(entries(journal_file)) == 1


def test_replace_swaps_the_days_scores_and_undo_brings_them_back(run, journal_file):
    run("feel", "7", "--on", "yesterday 09:00")
    run("feel", "8", "--on", "yesterday 12:00")
    run("feel", "6", "--on", "today")
    assert run("feel", "3", "--on", "yesterday 20:00", "--replace").exit_code == 0
    assert sorted(e.value for e in entries(journal_file)) == [3, 6]
    run("undo", "--force")
    assert sorted(e.value for e in entries(journal_file)) == [6, 7, 8]


def test_recording_a_booked_dose_replaces_the_booking(run, journal_file):
    run("infuse", "--planned", "today")
    run("infuse")
    kinds = [e.type for e in entries(journal_file)]
    assert kinds == ["infusion"]


def test_changing_entries_of_a_journal_that_does_not_exist_creates_nothing(run, journal_file):
    assert "There is no entry #1" in one_sentence(run("edit", "1", "--value", "3", code=2), only=False)
    assert "There is no entry #1" in one_sentence(run("delete", "1", "--force", code=2), only=False)
    assert "empty" in one_sentence(run("undo", "--force", code=1), code=1, only=False)
    assert run("undo", "--list").exit_code == 0
    assert not journal_file.exists()


def test_edit_changes_one_entry_with_the_same_validation(run, journal_file):
    run("feel", "6", "--on", "2026-05-14")
    one_sentence(run("edit", "1", "--value", "12", code=2), only=False)
    one_sentence(run("edit", "1", "--on", "tomorrow", code=2), only=False)
    one_sentence(run("edit", "1", code=2), only=False)
    assert entries(journal_file)[0].value == 6
    result = run("edit", "1", "--value", "5", "--on", "2026-05-13", "--note", "corrected")
    assert result.exit_code == 0
    assert "was fatigue 6/10" in result.stdout
    [entry] = entries(journal_file)
    assert (entry.value, entry.date, entry.note) == (5, "2026-05-13", "corrected")


def test_edit_and_delete_an_unknown_id(run):
    run("feel", "6")
    assert "#99" in one_sentence(run("edit", "99", "--value", "5", code=2), only=False)
    assert "#99" in one_sentence(run("delete", "99", "--force", code=2), only=False)


def test_delete_refuses_without_force_when_not_at_a_terminal(run, journal_file):
    run("feel", "6")
    message = one_sentence(run("delete", "1", code=2), only=False)
    assert "--force" in message
    assert len(entries(journal_file)) == 1
    assert run("delete", "1", "--force").exit_code == 0
    assert entries(journal_file) == []


@pytest.mark.parametrize(("answer", "kept"), [("y\n", 0), ("n\n", 1), ("\n", 1)])
def test_delete_asks_a_person_at_the_terminal(run, journal_file, monkeypatch, answer, kept):
    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True)
    run("feel", "6", "--note", "keep me?")
    result = run("delete", "1", input=answer)
    assert "keep me?" in result.stderr  # the prompt shows what would go
    assert len(entries(journal_file)) == kept
    assert result.exit_code == 0  # answering no is not an error
    assert ("Error" in result.stderr) is False
    if kept:
        assert "Kept #1" in result.stderr


def test_undo_removes_the_entry_added_last(run, journal_file, monkeypatch):
    run("feel", "6", "--on", "2026-05-20")
    run("feel", "2", "--on", "2026-05-01")
    one_sentence(run("undo", code=2), only=False)
    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True)
    result = run("undo", input="y\n")
    assert result.exit_code == 0
    assert "fatigue 2/10 on 1 May 2026" in result.stderr
    assert [e.value for e in entries(journal_file)] == [6]


def test_undo_on_an_empty_journal(run):
    assert "empty" in one_sentence(run("undo", "--force", code=1), code=1, only=False)
