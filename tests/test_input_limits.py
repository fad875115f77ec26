"""Every input a person (or a file) can give is one sentence and exit 2, never a crash
(issue 34 item 6): bytes that are not UTF-8 on the command line, lone surrogates in an
import, an unreadable config.toml, dates too far ahead, an empty --db, a note too long."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import entries, one_sentence
from ocrelog.dates import LATEST_YEAR
from ocrelog.entries import MAX_NOTE, Entry
from ocrelog.journal import Journal


@pytest.mark.parametrize(
    "args",
    [["feel", "5", "--note", "caf\udce9"], ["log", "--grep", "\udcff"], ["symptom", "t\udce9te"],
     ["export", "-o", "caf\udce9.csv"]],
)
def test_bytes_that_are_not_utf8_on_the_command_line_are_one_sentence(run, journal_file, args):
    message = one_sentence(run(*args, code=2), 2)
    assert "not UTF-8" in message and ("\\xe9" in message or "\\xff" in message)
    assert not journal_file.exists()


def test_a_journal_path_that_is_not_utf8_in_the_environment_is_one_sentence(run, monkeypatch, tmp_path):
    monkeypatch.setenv("OCRELOG_DB", str(tmp_path) + "/j\udce9.db")
    assert "OCRELOG_DB" in one_sentence(run("feel", "5", code=2), 2)


@pytest.mark.parametrize("field", ["note", "name", "source"])
def test_a_lone_surrogate_in_a_json_import_is_one_sentence(run, journal_file, tmp_path, field):
    row = {"type": "symptom", "date": "2025-01-01", "name": "fever", field: "x\ud800y"}
    source = tmp_path / "in.json"
    source.write_text("[\n" + json.dumps(row) + "\n]\n")  # json.dumps writes "\ud800" as an escape
    message = one_sentence(run("import", str(source), code=2), 2)
    assert "Line 2" in message and "surrogate" in message
    assert not journal_file.exists() or entries(journal_file) == []


def test_a_lone_surrogate_in_premeds_of_an_import_is_one_sentence(run, tmp_path):
    source = tmp_path / "in.json"
    source.write_text(json.dumps([{"type": "infusion", "date": "2025-01-01", "value": 600, "premeds": ["\udc80"]}]))
    assert "surrogate" in one_sentence(run("import", str(source), code=2), 2)


def test_the_journal_refuses_a_lone_surrogate_whatever_path_it_came_by(journal_file):
    from ocrelog.errors import InvalidValue

    with Journal.open(journal_file, write=True) as journal:
        with pytest.raises(InvalidValue, match="surrogate"):
            journal.add(Entry(type="fatigue", date="2025-01-01", value=3, note="\ud800"))
        with pytest.raises(InvalidValue, match="characters"):
            journal.add_many([Entry(type="fatigue", date="2025-01-01", value=3, note="x" * (MAX_NOTE + 1))])
        assert journal.count() == 0


@pytest.mark.parametrize("content", [b"date_order = \"dmy\"\nname = \"caf\xe9\"\n", b"date_order = dmy\n[[[\n"])
def test_an_unreadable_config_is_one_sentence_and_config_can_still_rewrite_it(run, journal_file, content):
    run("feel", "5")
    config = journal_file.parent / "config.toml"
    config.write_bytes(content)
    message = one_sentence(run("feel", "5", "--on", "yesterday", code=2), 2)
    assert "config.toml" in message and "ocrelog config" in message
    assert one_sentence(run("config", code=2), 2)
    result = run("config", "date_order", "dmy")
    assert result.exit_code == 0, result.output
    assert "kept as" in result.stderr
    assert config.read_text() == 'date_order = "dmy"\n'
    assert (journal_file.parent / "config.toml.unreadable").read_bytes() == content
    assert run("feel", "5", "--on", "yesterday").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [["infuse", "--planned", "9999-12-31"], ["infuse", "--planned", f"{LATEST_YEAR + 1}-01-01"]],
)
def test_a_date_beyond_the_last_year_is_refused(run, journal_file, args):
    assert str(LATEST_YEAR) in one_sentence(run(*args, "--force", code=2), 2)
    assert run("calendar").exit_code == 0


def test_an_import_with_a_date_beyond_the_last_year_is_refused(run, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("type,date,value\nplanned,9999-12-31,600\n")
    assert "Line 2" in one_sentence(run("import", str(source), code=2), 2)


def test_the_last_year_is_still_a_booking_and_a_calendar(run):
    assert run("infuse", "--planned", f"{LATEST_YEAR}-12-31", "--force").exit_code == 0
    assert run("calendar", "-o", "-").exit_code == 0


def test_a_filter_to_come_is_not_refused_as_a_record(run):
    run("feel", "5")
    result = run("log", "--until", "2099-01-01")
    assert result.exit_code == 0 and "5" in result.stdout
    assert run("export", "--since", "monday").exit_code == 0


def test_an_empty_db_is_one_sentence(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert "--db" in one_sentence(run("--db", "", "feel", "5", code=2), 2)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [["feel", "5", "--note"], ["symptom", "fever", "--note"], ["infuse", "--on", "yesterday", "--note"],
     ["temp", "37.5", "--note"]],
)
def test_a_note_over_the_limit_is_one_sentence_in_every_command(run, journal_file, args):
    message = one_sentence(run(*args, "x" * (MAX_NOTE + 1), code=2), 2)
    assert f"{MAX_NOTE:,}" in message
    assert run(*args, "x" * MAX_NOTE).exit_code == 0


def test_a_note_over_the_limit_in_edit(run):
    run("feel", "5", "--on", "yesterday")
    assert f"{MAX_NOTE:,}" in one_sentence(run("edit", "1", "--note", "y" * (MAX_NOTE + 1), code=2), 2)


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_a_note_over_the_limit_in_an_import_names_the_line(run, tmp_path, kind):
    note = "z" * (MAX_NOTE + 1)
    source = tmp_path / f"in.{kind}"
    if kind == "csv":
        source.write_text(f"type,date,value,note\nfatigue,2025-01-01,3,ok\nfatigue,2025-01-02,3,{note}\n")
    else:
        source.write_text(json.dumps([{"type": "fatigue", "date": "2025-01-02", "value": 3, "note": note}]))
    message = one_sentence(run("import", str(source), code=2), 2)
    assert "Line" in message and f"{MAX_NOTE:,}" in message


def test_a_note_of_the_limit_survives_the_round_trip(run, tmp_path):
    note = "long " * (MAX_NOTE // 5)
    assert len(note) == MAX_NOTE
    source = tmp_path / "in.json"
    source.write_text(json.dumps([{"type": "fatigue", "date": "2025-01-01", "value": 4, "note": note}]))
    assert run("import", str(source)).exit_code == 0
    exported = tmp_path / "out.csv"
    assert run("export", "-o", str(exported)).exit_code == 0
    copy = tmp_path / "copy.db"
    assert run("--db", str(copy), "import", str(exported)).exit_code == 0
    with Journal.open(copy) as journal:
        assert journal.entries()[0].note == note


def test_the_limits_are_documented_as_the_code_has_them():
    from ocrelog.opening import FULL_BELOW_BYTES

    journal_doc = (Path(__file__).parent.parent / "docs" / "journal.md").read_text()
    commands_doc = (Path(__file__).parent.parent / "docs" / "commands.md").read_text()
    assert f"at most {MAX_NOTE:,} characters" in journal_doc and f"over {MAX_NOTE:,} characters" in commands_doc
    assert f"to {LATEST_YEAR}" in journal_doc and f"after {LATEST_YEAR}" in commands_doc
    assert f"{FULL_BELOW_BYTES // 1024} KiB" in journal_doc


def test_a_booking_beyond_the_last_year_stored_by_an_older_ocrelog_does_not_break_the_calendar(run, journal_file):
    import sqlite3

    run("infuse", "--on", "40 days ago")
    with sqlite3.connect(journal_file) as conn:
        conn.execute("INSERT INTO entries (type, date, value, logged_at) VALUES ('planned', '9999-12-31', 600, 'x')")
    conn.close()
    result = run("calendar", "-o", "-")
    assert result.exit_code == 0 and "9999" not in result.stdout


def test_the_journal_refuses_a_date_beyond_the_last_year_whatever_path(journal_file):
    from ocrelog.errors import InvalidValue

    with Journal.open(journal_file, write=True) as journal:
        with pytest.raises(InvalidValue, match=str(LATEST_YEAR)):
            journal.add(Entry(type="planned", date="9999-12-31", value=600))


@pytest.mark.parametrize(
    ("header", "row", "options"),
    [
        ("full_date,date,weekday,time,mood,activities,note", "2025-03-01,1 March,Saturday,20:00,tired,work,{}",
         ["--map", "tired=6"]),
        ("when,score,notes", "2025-03-01,5,{}",
         ["--from", "csv", "--date-column", "when", "--score-column", "score", "--note-column", "notes"]),
    ],
)
def test_a_note_over_the_limit_from_another_app_is_one_sentence(run, journal_file, tmp_path, header, row, options):
    source = tmp_path / "other.csv"
    source.write_text(header + "\n" + row.format("n" * (MAX_NOTE + 1)) + "\n")
    assert f"{MAX_NOTE:,}" in one_sentence(run("import", str(source), *options, code=2), 2)
    assert not journal_file.exists() or entries(journal_file) == []
