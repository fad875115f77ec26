"""The program as a whole: help, version, completion, `--db` and the journal path, a new or damaged journal, the README's tour."""

import json
import pytest

from conftest import ANY, one_sentence

from ocrelog import cli
from ocrelog.cli import app


COMMANDS = [
    "infuse", "feel", "symptom", "log", "report", "demo", "chart", "cycle", "summary", "export",
    "import", "backup", "edit",
    "delete", "undo", "path", "status", "temp", "handled", "checkin", "calendar", "config", "scale",
    "usual",
    "lab", "vaccine",  # issue 38
    "sync",
]


def test_the_first_entry_says_a_journal_was_created(run, journal_file):
    result = run("feel", "5")
    assert result.stderr == f"Created a new journal at {journal_file}.\n"
    assert "Created" not in run("feel", "6").stderr
    assert "Created" not in run("log").stderr


def test_a_failed_first_command_does_not_say_created(run, journal_file):
    result = run("feel", "11", code=2)
    assert "Created" not in result.stderr


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


def test_every_help_uses_the_metavar_style(run):
    for name in ("infuse", "feel", "symptom", "temp", "log", "edit", "import", "export", "summary"):
        text = run(name, "--help").stdout
        assert "TEXT]" not in text.replace("[TEXT]", "")  # no bare Typer default metavar
        assert "Example" in text


@pytest.mark.parametrize(
    ("words", "offered"),
    [("ocrelog sym", "symptom"), ("ocrelog log --type te", "temperature"), ("ocrelog export --format js", "json"),
     ("ocrelog summary --format m", "md"), ("ocrelog symptom so", "sore throat")],
)
def test_shell_completion(run, words, offered):
    from typer.testing import CliRunner

    run("symptom", "sore throat", "--on", "yesterday")
    env = {"_OCRELOG_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
    result = CliRunner().invoke(cli.app, [], env=env, prog_name="ocrelog")
    assert result.stdout.strip() == offered


def test_a_leading_minus_is_typers_unknown_option(run, journal_file):
    result = run("feel", "-1", code=2)
    assert result.exit_code == 2
    assert not journal_file.exists()


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


def test_the_run_helper_fails_the_test_when_a_command_does_not_exit_as_told(run, journal_file):
    """A set-up command that fails must fail its test, not shrink the data it checks."""
    with pytest.raises(pytest.fail.Exception, match=r"ocrelog feel 11 exited 2, expected 0(.|\n)*Error: "):
        run("feel", "11")
    assert not journal_file.exists()
    with pytest.raises(pytest.fail.Exception, match="exited 0, expected 2"):
        run("feel", "5", code=2)
    assert run("feel", "12", code=2).exit_code == run("feel", "13", expect=2).exit_code == 2
    assert run("feel", "nonsense", code=ANY).exit_code == 2


def test_saying_no_to_the_only_question_on_a_new_journal_does_not_say_it_was_created(run, monkeypatch):
    from ocrelog import cli

    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True)
    declined = run("vaccine", "mmr", input="n\n")
    assert "Kept the journal as it was" in declined.stderr and "Created a new journal" not in declined.stderr
    assert "Created a new journal" in run("feel", "5").stderr
