"""`log` through the CLI: the table, JSON, filters, `--grep`, piped output and narrow terminals."""

import json
import pytest
from datetime import date

from conftest import ago, one_sentence

from ocrelog import cli
from ocrelog.entries import Entry
from ocrelog.journal import Journal


def test_log_grep_finds_names_and_notes_in_any_case(run, journal_file):
    run("feel", "6", "started", "Antibiotics", "--on", "3 days ago")
    run("symptom", "antibiotic rash", "--on", "2 days ago")
    run("feel", "3", "walked", "--on", "yesterday")
    run("symptom", "Übelkeit", "--note", "after lunch")
    result = run("log", "--grep", "ANTIBIOTIC")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()[1:]
    assert len(lines) == 2 and "antibiotic rash" in lines[0] and "started Antibiotics" in lines[1]
    assert [e["name"] for e in json.loads(run("log", "--grep", "übel", "--json").stdout)] == ["übelkeit"]
    assert [e["id"] for e in json.loads(run("log", "--grep", "antibiotic", "--json").stdout)] == [2, 1]
    assert json.loads(run("log", "--grep", "lunch", "--type", "fatigue", "--json").stdout) == []


def test_log_grep_with_nothing_found_and_with_a_limit(run):
    for day in range(1, 4):
        run("feel", "5", "pain", "--on", f"{day} days ago")
    run("feel", "2", "fine", "--on", "today")
    assert "No entries found" in run("log", "--grep", "shower").stderr
    result = run("log", "--grep", "PAIN", "--limit", "2")
    assert len(result.stdout.splitlines()) == 3
    assert "newest 2 of 3" in result.stderr
    one_sentence(run("log", "--grep", " ", code=2), only=False)


def test_grep_matches_inside_the_journal_without_sql_wildcards(journal_file):
    with Journal.open(journal_file, write=True) as journal:
        journal.add(Entry(type="fatigue", date=ago(1), value=5, note="100% done"))
        journal.add(Entry(type="fatigue", date=ago(2), value=5, note="1000 steps"))
        assert [e.note for e in journal.iter_entries(grep="0%")] == ["100% done"]
        assert journal.count(grep="_") == 0
        assert journal.count(grep="STEPS") == 1


def test_piped_log_is_one_line_per_entry_never_wrapped(run, journal_file, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    long_note = "a long note about a very tiring afternoon " * 4
    run("feel", "7", "--on", "yesterday", "--note", long_note + "\nand a second line")
    run("infuse", "--on", "3 days ago", "--premed", "cetirizine", "--note", "chair 4")
    run("symptom", "sore throat")
    lines = run("log").stdout.splitlines()
    assert len(lines) == 4  # the header and one line per entry
    assert lines[2].split()[:3] == ["1", ago(1), "fatigue"]
    assert lines[2].endswith(long_note + "\\nand a second line")
    assert lines[3].split()[:2] == ["2", ago(3)] and lines[3].endswith("premedication: cetirizine; chair 4")
    assert "sore throat" in lines[1]


@pytest.mark.parametrize("columns", ["40", "60"])
def test_log_and_status_stay_readable_on_narrow_terminals(run, monkeypatch, columns):
    run("infuse", "--on", "3 days ago", "--premed", "methylprednisolone 100 mg", "--premed", "cetirizine")
    run("feel", "7", "--on", "yesterday", "--note", "a long note about a very tiring afternoon " * 3)
    run("symptom", "sore throat and a runny nose", "--on", "yesterday")
    monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setattr(cli, "stdout_is_terminal", lambda: True)  # a pipe never wraps
    result = run("log")
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= int(columns)
    flat = " ".join(result.stdout.split())
    assert "methylprednisolone 100 mg" in flat and "sore throat and a runny nose" in flat
    assert flat.count("tiring afternoon") == 3


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
