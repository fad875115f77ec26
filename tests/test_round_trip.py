"""Everything a person can set survives export and import (issue 35 item 3): handled marks,
scale items and subscales, bookings, premedications and reactions, sources, notes of any kind;
an import's dry run counts what the import will do, and its summary describes what it did."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ocrelog.entries import Entry
from ocrelog.journal import Journal

EVERYTHING = [
    Entry("infusion", "2026-05-04T10:00", 600, premeds=("methylprednisolone 100 mg", "cetirizine"),
          reactions=("itchy throat", "=flush"), note="chair 4, by the window"),
    Entry("planned", "2027-05-04", 600, note="booked with the nurse"),
    Entry("fatigue", "2026-05-05", 7, note='tired, "very"\nslept after lunch'),
    Entry("fatigue", "2026-05-05T21:30", 6, source="visible"),
    Entry("temperature", "2026-05-06T22:00", 38.4, note="-ish, felt hot"),
    Entry("symptom", "2026-05-06", name="burning when peeing", note="@GP tomorrow"),
    Entry("scale", "2026-05-07", 4.44, name="fss", items=(5, 5, 4, 4, 4, 4, 4, 5, 5)),
    Entry("scale", "2026-05-07", 42, name="mfis", subscales=(("physical", 20), ("cognitive", 18), ("psychosocial", 4))),
    Entry("symptom", "2026-05-08", name="café au lait", note="\t=tab first 😴"),
    Entry("symptom", "2026-05-09", name="diarrhoea and dark urine"),  # bowel and liver: one of them marked
]


def _without_ids(path: Path) -> bytes:
    import re

    return re.sub(rb'^\{"id": [0-9]+, ', b"{", path.read_bytes(), flags=re.M)


@pytest.fixture
def kept(journal_file: Path) -> Path:
    with Journal.open(journal_file, write=True) as journal:
        added = journal.add_together(EVERYTHING, summary="test")
        journal.mark_handled(added[5].id, date(2026, 5, 7), "=seen by my MS nurse, antibiotics")
        journal.mark_handled(added[4].id, date(2026, 5, 7), None)
        journal.mark_many_handled([(added[-1].id, "bowel")], date(2026, 5, 9), "=GP: a bug, café", "one kind")
    return journal_file


@pytest.mark.parametrize(("format_", "raw"), [("csv", False), ("csv", True), ("json", False)])
def test_export_import_export_is_byte_for_byte(run, kept, tmp_path, format_, raw):
    flags = ["--raw"] if raw else []
    first, second = tmp_path / f"first.{format_}", tmp_path / f"second.{format_}"
    assert run("export", "--format", format_, *flags, "-o", str(first)).exit_code == 0
    copy = tmp_path / "copy.db"
    result = run("--db", str(copy), "import", str(first))
    assert result.exit_code == 0, result.output
    assert run("--db", str(copy), "export", "--format", format_, *flags, "-o", str(second)).exit_code == 0
    if format_ == "csv":
        assert second.read_bytes() == first.read_bytes()
    else:  # the same bytes but for "id", the journal's own numbering (the copy numbers by date)
        assert _without_ids(second) == _without_ids(first)
        again, third = tmp_path / "again.db", tmp_path / "third.json"
        assert run("--db", str(again), "import", str(second)).exit_code == 0
        assert run("--db", str(again), "export", "--format", "json", "-o", str(third)).exit_code == 0
        assert third.read_bytes() == second.read_bytes()
    with Journal.open(copy) as journal:
        handled = {(e.name, e.handled_on, e.handled_note) for e in journal.entries(limit=None) if e.handled_on}
    assert handled == {("burning when peeing", "2026-05-07", "=seen by my MS nurse, antibiotics"),
                       (None, "2026-05-07", None)}
    with Journal.open(copy) as journal:
        one_kind = [e.handled_signs for e in journal.entries(limit=None) if e.handled_signs]
    assert one_kind == [(("bowel", "2026-05-09", "=GP: a bug, café"),)]


def test_the_json_export_and_log_json_carry_the_handled_mark(run, kept):
    rows = json.loads(run("export", "--format", "json").stdout)
    marked = [row for row in rows if row["handled_on"]]
    assert sorted((r["type"], r["handled_note"] or "") for r in marked) == [
        ("symptom", "=seen by my MS nurse, antibiotics"), ("temperature", "")]
    logged = json.loads(run("log", "--all", "--json").stdout)
    assert {"handled_on", "handled_note"} <= set(logged[0])


def test_a_handled_note_without_its_day_is_one_sentence(run, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("type,date,value,name,note,handled_note\nsymptom,2026-05-06,,fever,,called the nurse\n")
    result = run("import", str(source), code=2)
    assert result.exit_code == 2 and "Line 2" in result.stderr and "handled_on" in result.stderr


def test_fhir_carries_the_handled_mark_as_a_note_on_the_observation(run, kept):
    fhir = pytest.importorskip("fhir.resources")
    from fhir.resources import construct_fhir_element

    data = json.loads(run("export", "--format", "fhir").stdout)
    construct_fhir_element("Bundle", data)
    notes = [
        note for item in data["entry"] if item["resource"]["resourceType"] == "Observation"
        for note in item["resource"].get("note", []) if note.get("time")
    ]
    assert {"time": "2026-05-07", "text": "Warning sign marked as dealt with: =seen by my MS nurse, antibiotics"} in notes
    assert {"time": "2026-05-07", "text": "Warning sign marked as dealt with."} in notes
    assert {"time": "2026-05-09", "text": "Warning sign (bowel) marked as dealt with: =GP: a bug, café"} in notes


def test_the_dry_run_counts_what_the_import_will_add_and_skip(run, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("type,date,value,name\n" + "".join(f"fatigue,2026-05-{day:02d},{day % 11},\n" for day in range(1, 11)))
    assert run("import", str(source)).exit_code == 0
    source.write_text(source.read_text() + "symptom,2026-05-11,,fever\n")
    dry = run("import", str(source), "--dry-run")
    assert dry.exit_code == 0
    assert dry.stdout.splitlines()[0].startswith("Would import 1 entry from ")
    assert "10 already in the journal would be skipped" in dry.stdout
    assert "by kind: 1 symptom; dates 2026-05-11 to 2026-05-11" in dry.stdout
    done = run("import", str(source))
    assert done.stdout.splitlines()[0] == "Imported 1 entry; skipped 10 already in the journal."
    assert "by kind: 1 symptom; dates 2026-05-11 to 2026-05-11" in done.stdout and "fatigue" not in done.stdout


def test_an_import_that_adds_nothing_describes_nothing_as_imported(run, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("type,date,value\nfatigue,2026-05-01,3\nfatigue,2026-05-02,4\n")
    run("import", str(source))
    again = run("import", str(source))
    assert again.stdout.splitlines() == ["Imported 0 entries; skipped 2 already in the journal."]
    dry = run("import", str(source), "--dry-run")
    assert dry.stdout.splitlines()[0].startswith("Would import 0 entries") and "by kind" not in dry.stdout


@pytest.mark.parametrize(
    ("cell", "said"),
    [('"{""elbow"": {""on"": ""2026-05-07""}}"', "not a kind of warning sign"), ("[1]", "JSON object"),
     ('"{""bowel"": {""note"": ""GP""}}"', "handled_on")],
)
def test_a_wrong_handled_signs_cell_is_one_sentence_and_nothing_is_added(run, tmp_path, cell, said):
    source = tmp_path / "in.csv"
    source.write_text(f"type,date,value,name,note,handled_signs\nsymptom,2026-05-06,,diarrhoea,,{cell}\n")
    result = run("import", str(source), code=2)
    assert "Line 2" in result.stderr and said in result.stderr and "Traceback" not in result.stderr
    assert run("log", "--json").stdout.strip() == "[]"
