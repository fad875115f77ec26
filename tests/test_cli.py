"""The everyday commands, run as a person would (through CliRunner)."""

import json
import re
from datetime import date, datetime, timedelta

import pytest

from conftest import ANY, one_sentence
from ocrelog import cli
from ocrelog.cli import app
from ocrelog.journal import Journal

COMMANDS = [
    "infuse", "feel", "symptom", "log", "report", "demo", "chart", "cycle", "summary", "export",
    "import", "backup", "edit",
    "delete", "undo", "path", "status", "temp", "handled", "checkin", "calendar", "config", "scale",
    "usual",
]


def entries(journal_file):
    with Journal.open(journal_file) as journal:
        return journal.entries(limit=None)


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


@pytest.mark.parametrize("score", ["11", "abc", "5.5", "-1", "", "1_0", " "])
def test_a_bad_score_names_the_range_and_writes_nothing(run, journal_file, score):
    message = one_sentence(run("feel", "--", score, code=2), only=False)
    assert "0 to 10" in message
    assert not journal_file.exists()


def test_a_leading_minus_is_typers_unknown_option(run, journal_file):
    result = run("feel", "-1", code=2)
    assert result.exit_code == 2
    assert not journal_file.exists()


@pytest.mark.parametrize("when", ["tomorrow", "2026-02-30", "whenever", "31/31/2026"])
def test_a_bad_date_is_refused_by_name(run, journal_file, when):
    message = one_sentence(run("feel", "5", "--on", when, code=2), only=False)
    assert repr(when) in message
    assert not journal_file.exists()


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


def test_symptom_names_are_lower_case(run, journal_file):
    assert run("symptom", "  Sore   Throat ", "--on", "2 days ago").exit_code == 0
    [entry] = entries(journal_file)
    assert (entry.type, entry.name, entry.value) == ("symptom", "sore throat", None)


def test_log_table_lists_newest_first(run):
    run("feel", "3", "--on", "2026-05-13")
    run("infuse", "--on", "2026-05-14")
    run("symptom", "fever", "--on", "2026-05-15", "--note", "38.4 [bold]C[/bold]")
    result = run("log")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "date", "type", "value", "name", "note"]
    assert [line.split()[1] for line in lines[1:]] == ["2026-05-15", "2026-05-14", "2026-05-13"]
    assert "38.4 [bold]C[/bold]" in result.stdout  # markup shown, not interpreted


def test_log_json_has_the_contract_keys(run):
    run("feel", "3", "--on", "2026-05-13T08:05", "--note", "héllo, \"world\"")
    run("infuse", "--on", "2026-05-14", "--dose", "300")
    run("symptom", "Fever", "--on", "2026-05-15")
    result = run("log", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [{k: r[k] for k in ("id", "type", "date", "value", "name", "note")} for r in rows] == [
        {"id": 3, "type": "symptom", "date": "2026-05-15", "value": None, "name": "fever", "note": None},
        {"id": 2, "type": "infusion", "date": "2026-05-14", "value": 300, "name": None, "note": None},
        {"id": 1, "type": "fatigue", "date": "2026-05-13T08:05", "value": 3, "name": None,
         "note": "héllo, \"world\""},
    ]


def test_log_shows_twenty_by_default_and_all_on_request(run, journal_file):
    with Journal.open(journal_file, write=True) as journal:
        from ocrelog.entries import Entry

        for day in range(1, 26):
            journal.add(Entry(type="fatigue", date=f"2026-05-{day:02d}", value=day % 11))
    default = json.loads(run("log", "--json").stdout)
    assert len(default) == 20 and default[0]["date"] == "2026-05-25"
    assert len(json.loads(run("log", "--all", "--json").stdout)) == 25
    assert len(json.loads(run("log", "--limit", "3", "--json").stdout)) == 3
    table = run("log")
    assert "newest 20 of 25" in table.stderr


def test_log_filters(run):
    run("feel", "3", "--on", "2026-05-01")
    run("feel", "4", "--on", "2026-05-10")
    run("symptom", "rash", "--on", "2026-05-10")
    run("feel", "5", "--on", "2026-05-20")
    rows = json.loads(run("log", "--json", "--since", "2026-05-05", "--until", "May 15 2026",
                          "--type", "fatigue").stdout)
    assert [r["value"] for r in rows] == [4]
    one_sentence(run("log", "--type", "mood", code=2), only=False)
    one_sentence(run("log", "--all", "--limit", "5", code=2), only=False)


def test_log_on_an_empty_journal_says_what_to_do(run, journal_file):
    result = run("log")
    assert result.exit_code == 0
    assert "ocrelog feel" in result.stderr
    assert json.loads(run("log", "--json").stdout) == []
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


def test_global_db_option_beats_the_environment(run, tmp_path, journal_file):
    other = tmp_path / "other.db"
    assert run("--db", str(other), "feel", "6").exit_code == 0
    assert other.exists() and not journal_file.exists()
    assert run("--db", str(other), "path").stdout.strip() == str(other)
    assert run("path").stdout.strip() == str(journal_file)


def test_path_falls_back_to_xdg(run, monkeypatch, tmp_path):
    monkeypatch.delenv("OCRELOG_DB")
    assert run("path").stdout.strip() == str(tmp_path / "xdg" / "ocrelog" / "journal.db")


def test_a_damaged_journal_is_one_sentence_and_untouched(run, journal_file):
    journal_file.parent.mkdir()
    journal_file.write_bytes(b"not a database at all" * 100)
    before = journal_file.read_bytes()
    for args in (["feel", "5"], ["log"], ["undo", "--force"]):
        message = one_sentence(run(*args, code=1), code=1, only=False)
        assert "not an ocrelog journal" in message
    assert journal_file.read_bytes() == before


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("ocrelog ")


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(run, name):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_commands_list_is_complete():
    import typer.main

    assert sorted(typer.main.get_command(app).list_commands(None)) == sorted(COMMANDS)


def test_a_journal_in_a_folder_that_cannot_be_created(run, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("--db", str(blocker / "journal.db"), "feel", "5", code=1)
    assert result.exit_code == 1
    assert result.stderr == f"Error: Could not create the journal {blocker / 'journal.db'}: Not a directory.\n"


def test_help_at_80_columns_shows_every_command_summary_whole(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    result = run("--help")
    assert result.exit_code == 0
    listed = result.stdout.split("Commands:")[1].strip().splitlines()
    assert sorted(line.split()[0] for line in listed) == sorted(COMMANDS)  # one line each
    for line in listed:
        assert not line.endswith("...") and line.endswith("."), line
        assert len(line) <= 80, line


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
