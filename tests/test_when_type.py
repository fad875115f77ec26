"""WHEN options are read once, while the command line is parsed, by one parameter type."""

from datetime import date, datetime

from ocrelog.cli import OcrelogGroup, app
from ocrelog.when_type import When, date_order_hint


def _options():
    import typer.main

    group = typer.main.get_command(app)
    assert isinstance(group, OcrelogGroup)
    for name in group.list_commands(None):
        for param in group.get_command(None, name).params:
            yield name, param


def test_every_when_option_is_read_by_the_one_type():
    whens = [(name, param) for name, param in _options() if param.metavar == "WHEN"]
    assert len(whens) >= 12  # --on (6 commands), --since, --until, --planned, --before
    assert {option for _, param in whens for option in param.opts} == {
        "--on", "--since", "--until", "--planned", "--before"
    }
    for name, param in whens:
        assert isinstance(param.type, When), f"ocrelog {name} {param.opts[0]} is read as {param.type!r}"


def test_the_hint_names_the_day_read_and_the_other_order():
    assert date_order_hint("03/11/2025 21:00", datetime(2025, 3, 11, 21), "mdy") == (
        '03/11/2025 read as 11 March; set date_order = "dmy" in config.toml for day first '
        "(ocrelog config date_order dmy)."
    )
    assert date_order_hint("03/11", date(2025, 11, 3), "dmy").startswith("03/11 read as 3 November;")
    assert date_order_hint("25/05/2025", date(2025, 5, 25), "dmy") is None


def test_a_bound_may_lie_ahead_but_a_record_may_not(run):
    assert run("log", "--until", "2099-01-01").exit_code == 0
    result = run("feel", "4", "--on", "2099-01-01")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")


def test_the_hint_is_remembered_when_the_run_ends_in_the_folder_it_made(run, tmp_path):
    journal = tmp_path / "new" / "journal.db"
    reading = run("--db", str(journal), "log", "--since", "03/11/2025")
    assert "03/11/2025 read as 11 March" in reading.stderr
    assert not journal.parent.exists()  # reading a date wrote nothing, and a read makes no folder
    writing = run("--db", str(journal), "feel", "4", "--on", "03/11/2025")
    assert writing.exit_code == 0
    assert "03/11/2025 read as 11 March" in writing.stderr  # not remembered by the read: again
    again = run("--db", str(journal), "log", "--since", "04/11/2025", "--until", "05/11/2025")
    assert "read as" not in again.stderr


def test_the_hint_is_said_once_a_run(run):
    result = run("log", "--since", "03/11/2025", "--until", "04/11/2025")
    assert result.exit_code == 0
    assert result.stderr.count("read as") == 1
