"""One error path: every mistake a user can make ends in one sentence and a documented code."""

import re
import sqlite3
from pathlib import Path

import pytest

from conftest import one_sentence
from ocrelog.errors import EXIT_BUG, EXIT_CODES, EXIT_FILE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE

ROOT = Path(__file__).resolve().parent.parent


def documented_codes() -> dict[int, str]:
    text = (ROOT / "docs" / "commands.md").read_text().split("## Exit codes and errors", 1)[1]
    return {int(code): meaning for code, meaning in re.findall(r"^\| (\d+) \| (.+) \|$", text, re.M)}


def test_the_exit_code_table_in_the_docs_is_the_one_in_the_code():
    assert sorted(documented_codes()) == sorted(EXIT_CODES)


def test_code_0_nothing_to_show_is_not_an_error(run):
    result = run("log")
    assert result.exit_code == EXIT_OK and "empty" in result.stderr


def test_plain_ocrelog_shows_the_help(run):
    result = run()
    assert result.exit_code == EXIT_OK and "Commands" in result.stdout and "Error" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["feel", "11"], ["feel", "-1"], ["feel"], ["report", "--floor", "11"], ["log", "--type", "bogus"],
        ["log", "--limit", "0"], ["export", "--format", "xml"], ["summary", "--format", "pdf"],
        ["bogus"], ["edit", "abc", "--value", "3"], ["delete", "7", "--force"], ["feel", "4", "--on", "tomorrow"],
        ["import", "--from", "myapp", "x.csv"], ["temp", "50"], ["backup", "bad\x00name"],
    ],
    ids=lambda a: " ".join(a).replace("\x00", "NUL"),
)
def test_code_2_bad_command_lines_are_one_sentence(run, args):
    run("feel", "5")
    one_sentence(run(*args, code=2), EXIT_USAGE)


def test_choices_are_checked_the_same_way_everywhere(run):
    for args in (["log", "--type", "x"], ["export", "--format", "x"], ["summary", "--format", "x"]):
        message = one_sentence(run(*args, code=2), EXIT_USAGE)
        assert "must be" in message and "'x'" in message


def test_a_missing_output_folder_is_the_same_code_for_every_command(run, tmp_path):
    run("feel", "5")
    missing = tmp_path / "no" / "such" / "folder"
    for args in (["export", "-o", str(missing / "e.csv")], ["summary", "-o", str(missing / "s.html")],
                 ["backup", str(missing / "b.db")]):
        assert "does not exist" in one_sentence(run(*args, code=2), EXIT_USAGE)


def test_code_1_a_journal_that_cannot_be_used(run, journal_file):
    journal_file.parent.mkdir(parents=True)
    journal_file.write_text("not a journal")
    assert "not an ocrelog journal" in one_sentence(run("feel", "5", code=1), EXIT_FILE)


def test_code_3_an_unexpected_fault_is_one_sentence_with_the_journal(run, monkeypatch, journal_file):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the rule")

    monkeypatch.setattr("ocrelog.queries.analyse", broken)
    message = one_sentence(run("report", code=3), EXIT_BUG)
    assert "RuntimeError: a bug in the rule" in message
    assert str(journal_file) in message and "--debug" in message


def test_debug_shows_the_traceback(run, monkeypatch):
    monkeypatch.setattr("ocrelog.queries.analyse", lambda *a, **k: 1 / 0)
    result = run("--debug", "report", code=1)
    assert isinstance(result.exception, ZeroDivisionError)
    monkeypatch.setenv("OCRELOG_DEBUG", "1")
    assert isinstance(run("report", code=1).exception, ZeroDivisionError)


def test_code_130_ctrl_c(run, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("ocrelog.queries.analyse", interrupted)
    assert "Stopped" in one_sentence(run("report", code=130), EXIT_INTERRUPTED)


def test_sqlite_errors_are_told_apart(run, monkeypatch):
    for text, says, code in [
        ("database or disk is full", "No space left", EXIT_FILE),
        ("attempt to write a readonly database", "cannot be written", EXIT_FILE),
        ("database disk image is malformed", "damaged", EXIT_FILE),
        ("file is not a database", "not an ocrelog journal", EXIT_FILE),
    ]:
        def fail(*args, text=text, **kwargs):
            raise sqlite3.DatabaseError(text)

        monkeypatch.setattr("ocrelog.queries.analyse", fail)
        assert says in one_sentence(run("report", code=code), code)


def _error_classes() -> list[type]:
    from ocrelog import errors

    found, todo = [], [errors.OcrelogError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return found


@pytest.mark.parametrize("error", _error_classes(), ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("command", [("feel", "5"), ("symptom", "rash"), ("report",), ("status",), ("log",)])
def test_every_kind_of_error_from_any_command_takes_the_one_error_path(run, monkeypatch, error, command):
    """Whatever raises it, wherever: one sentence, the class's own exit code, nothing else."""

    def fail(*args, **kwargs):
        raise error("Something the person can fix went wrong here")

    monkeypatch.setattr("ocrelog.journal.Journal.open", fail)
    line = one_sentence(run(*command, code=error.exit_code), error.exit_code)
    assert line == "Error: Something the person can fix went wrong here."


def test_an_operating_system_error_is_one_sentence_naming_the_file(run, monkeypatch):
    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied", "/somewhere/journal.db")

    monkeypatch.setattr("ocrelog.journal.Journal.open", refused)
    message = one_sentence(run("feel", "5", code=1), EXIT_FILE)
    assert message == "Error: Could not use /somewhere/journal.db: Permission denied."


def test_an_error_quotes_back_at_most_a_little_of_a_long_value(run):
    result = run("feel", "3", "--on", "x" * 100_000, code=2)
    assert len(result.stderr) < 300 and "xxx…'" in result.stderr


def test_a_journal_file_given_to_import_is_named_as_one(run, journal_file, tmp_path):
    run("feel", "5")
    backup = tmp_path / "plain.db"
    run("backup", str(backup))
    message = run("import", str(backup), code=2).stderr
    assert "is a journal file" in message and f"ocrelog --db {backup} export" in message


def test_a_file_without_visibles_columns_given_as_visible_says_so(run, tmp_path):
    hand = tmp_path / "hand.csv"
    hand.write_text("date,score\n2026-11-01,5\n")
    message = run("import", str(hand), "--from", "visible", code=2).stderr
    assert "not a Visible export" in message and "None" not in message


@pytest.mark.parametrize(
    "args",
    [["handled", "x" * 300], ["usual", "remove", "x" * 300], ["config", "date_order", "x" * 300]],
)
def test_every_error_quotes_back_at_most_a_little_of_what_was_typed(run, args):
    if args[0] == "usual":
        run("usual", "add", "tingling")
    if args[0] == "handled":
        run("symptom", "cough")
    result = run(*args, code=2)
    assert len(result.stderr) < 300 and "…'" in result.stderr, result.stderr
