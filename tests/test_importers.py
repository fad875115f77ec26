"""Bringing history in from other apps: the real exports in ../shared/imports (read from
there, never copied here; skipped when the folder is absent) and small fixtures of our own
for what no public sample has."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from conftest import ANY
from hypothesis import given, settings
from hypothesis import strategies as st

from ocrelog.importers import Options, Tally, detect
from ocrelog.importers.anycsv import rescale
from ocrelog.journal import Journal

SHARED = Path(__file__).resolve().parents[2] / "shared" / "imports"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/imports is not beside the repository")


def shared(name: str) -> str:
    return str(SHARED / name)


def journal_rows(journal_file) -> list:
    with Journal.open(journal_file) as journal:
        return journal.entries(limit=None, oldest_first=True)


def kinds(journal_file) -> Counter:
    return Counter(e.type for e in journal_rows(journal_file))


def imported(result) -> int:
    assert result.exit_code == 0, result.output
    return int(result.stdout.split()[1])


# -- Visible --------------------------------------------------------------------------


@needs_shared
def test_visible_real_file(run, journal_file):
    result = run("import", shared("visible-1.csv"))
    assert imported(result) == 15267
    rows = journal_rows(journal_file)
    fatigue = [e for e in rows if e.type == "fatigue"]
    assert len(fatigue) == 986 and {e.value for e in fatigue} == {0, 3, 6, 9}
    assert (rows[0].date, rows[-1].date) == ("2023-05-01", "2026-04-30")
    assert all(e.source == "visible" for e in rows)
    symptom = next(e for e in rows if e.type == "symptom")
    assert symptom.note in ("severity: mild", "severity: moderate", "severity: severe")
    assert "measurements" in result.stdout and "functional-capacity" in result.stdout
    names = {e.name for e in rows}
    assert "physically active" not in names and "period" not in names  # not symptoms
    covid = next(e for e in rows if e.date == "2023-05-05" and e.type == "fatigue")
    assert covid.note.startswith("Got sick. Suspected COVID.; ") and "period" in covid.note
    assert "physically active 2/3" in covid.note  # an exertion tracker, kept in the day's note
    again = run("import", shared("visible-1.csv"))
    assert imported(again) == 0 and "skipped 15267" in again.stdout


def test_visible_header_with_stray_spaces(run, journal_file, tmp_path):
    path = tmp_path / "v.csv"
    path.write_text(
        "observation_date ,tracker_name, tracker_category,observation_value \n"
        "2025-03-01,Fatigue,General,2\n2025-03-01,Brain Fog,Brain,3\n2025-03-01,Headache,Brain,0\n"
        "2025-03-01,HRV,Measurement,50\n2025-03-01,Note,Note,slept badly\n"
    )
    assert imported(run("import", str(path))) == 2
    rows = journal_rows(journal_file)
    assert [(e.type, e.value, e.name, e.note) for e in rows] == [
        ("fatigue", 6, None, "slept badly"), ("symptom", None, "brain fog", "severity: severe")]


# -- Bearable ---------------------------------------------------------------------------


@needs_shared
def test_bearable_real_file(run, journal_file):
    assert imported(run("import", shared("bearable-1.csv"))) == 292  # 150 slot rows folded
    rows = journal_rows(journal_file)
    fatigue = [e for e in rows if e.type == "fatigue"]
    assert len(fatigue) == 99
    assert rows[0].date.startswith("2020-09-22")
    energy_good = next(e for e in rows if e.date == "2021-01-15T05:49")  # Energy 4, Good
    assert energy_good.value == 3
    stress = next(e for e in rows if e.name == "stress")
    assert stress.note == "severity: mild" and len(stress.date) == 10  # a slot gives no time
    days = [(e.date[:10], e.name) for e in rows if e.type == "symptom"]
    assert len(days) == len(set(days))  # one symptom per name per day
    stressed = next(e for e in rows if e.name == "stress" and e.date == "2020-09-23")
    assert stressed.note == "severity: moderate"  # pre and mid mild, pm moderate: the highest
    assert imported(run("import", shared("bearable-1.csv"))) == 0


def test_bearable_newer_header_and_every_mapping(run, journal_file, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(
        "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n"
        '"2025-03-01","1st Mar 2025","Saturday","07:30","Energy","5","Great",""\n'
        '"2025-03-01","1st Mar 2025","Saturday","am","Energy","1","Awful","bad night"\n'
        '"2025-03-02","2nd Mar 2025","Sunday","","Symptom","3","Fatigue (Severe)",""\n'
        '"2025-03-02","2nd Mar 2025","Sunday","pm","Symptom","4","Fatigue (Extreme)",""\n'
        '"2025-03-03","3rd Mar 2025","Monday","all day","Symptom","2","Headache (Moderate)",""\n'
        '"2025-03-03","3rd Mar 2025","Monday","pre","Mood","6","Meh",""\n'
    )
    result = run("import", str(path))
    assert imported(result) == 5
    rows = journal_rows(journal_file)
    assert [(e.date, e.type, e.value, e.name, e.note) for e in rows] == [
        ("2025-03-01", "fatigue", 9, None, "bad night"),
        ("2025-03-01T07:30", "fatigue", 1, None, None),
        ("2025-03-02", "fatigue", 9, None, None),
        ("2025-03-02", "fatigue", 10, None, None),
        ("2025-03-03", "symptom", None, "headache", "severity: moderate"),
    ]
    assert "1 mood row" in result.stdout


# -- Daylio -------------------------------------------------------------------------------

DAYLIO_FILES = ["daylio-daylio-parser-1.csv", "daylio-daylio-parser-2.csv", "daylio-daylio-csv-parser-1.csv",
                "daylio-daylio-csv-parser-2.csv", "daylio-mood-stats-1.csv", "daylio-moody-1.csv",
                "daylio-Estados-1.csv"]


@needs_shared
@pytest.mark.parametrize("name", DAYLIO_FILES)
def test_daylio_variants_are_recognised_and_nothing_is_guessed(run, journal_file, name):
    result = run("import", shared(name), "--dry-run", code=ANY)
    assert result.exit_code in (0, 1), result.output  # 1: nothing mapped, and the sentence says --map
    assert result.exit_code == 0 or "--map LABEL=SCORE" in result.stderr
    assert "(daylio)" in result.stdout
    assert "left unmapped" in result.stdout  # moods are not fatigue
    assert "fatigue" not in result.stdout.split("left unmapped")[0]
    assert not journal_file.exists()  # a dry run changes nothing


@needs_shared
def test_daylio_map_turns_labels_into_scores(run, journal_file):
    result = run("import", shared("daylio-moody-1.csv"), "--map", "tired=6", "--map", "exhausted=8")
    assert imported(result) == 74
    rows = journal_rows(journal_file)
    assert {e.value for e in rows} == {6, 8}
    assert rows[-1].date == "2019-03-11T20:26"  # 12-hour "8:26 PM" read as 20:26
    assert all(e.source == "daylio" for e in rows)
    assert imported(run("import", shared("daylio-moody-1.csv"), "--map", "tired=6", "--map", "exhausted=8")) == 0


@needs_shared
def test_daylio_year_and_english_month(run, journal_file):
    assert imported(run("import", shared("daylio-mood-stats-1.csv"), "--map", "bad=7", "--map", "awful=9")) == 4
    assert {e.date[:7] for e in journal_rows(journal_file)} <= {"2018-04", "2018-05", "2018-06", "2018-03"}


@needs_shared
def test_daylio_in_another_language_stops_at_its_line_and_stores_nothing(run, journal_file):
    result = run("import", shared("daylio-daylio-visualisation-1.csv"), code=2)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: Line 2:") and "września" in result.stderr
    assert not journal_file.exists()


def test_daylio_short_row_names_its_line(run, journal_file, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("\ufeffyear,date,weekday,time,mood,activities,note\n"
                    "2017,7 September,Thursday,12:10,good,\"\",\"\"\n2017,29 August,Tuesday\n")
    result = run("import", str(path), "--map", "good=2", code=2)
    assert result.exit_code == 2 and result.stderr.startswith("Error: Line 3:")
    assert not (journal_file.exists() and journal_rows(journal_file))


def test_daylio_warning_signs_become_symptoms_and_the_rest_is_listed(run, journal_file, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2025-02-03,3 February,Monday,8:15 pm,meh,fever | work | UTI,,hot\n"
        "2025-02-02,2 February,Sunday,7:00 AM,tired,reading,,\n"
    )
    result = run("import", str(path), "--map", "tired=6")
    assert imported(result) == 3
    rows = journal_rows(journal_file)
    assert [(e.date, e.type, e.value, e.name) for e in rows] == [
        ("2025-02-02T07:00", "fatigue", 6, None),
        ("2025-02-03T20:15", "symptom", None, "fever"),
        ("2025-02-03T20:15", "symptom", None, "uti"),
    ]
    assert "meh" in result.stdout and "work" in result.stdout and "reading" in result.stdout


# -- Apple Health --------------------------------------------------------------------------

HEALTH = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [<!ELEMENT HealthData (ExportDate,Me,Record*)>]>
<HealthData locale="en_GB">
 <ExportDate value="2025-04-01 09:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
 <Record type="HKCategoryTypeIdentifierFatigue" sourceName="Health" startDate="2025-03-01 08:10:00 +0000"
  endDate="2025-03-01 08:10:00 +0000" value="HKCategoryValueSeverityModerate">
  <MetadataEntry key="HKWasUserEntered" value="1"/>
 </Record>
 <Record type="HKCategoryTypeIdentifierFatigue" startDate="2025-03-02 21:00:00 +0000" endDate="2025-03-02 21:00:00 +0000" value="HKCategoryValueSeveritySevere"/>
 <Record type="HKCategoryTypeIdentifierFatigue" startDate="2025-03-03 21:00:00 +0000" endDate="2025-03-03 21:00:00 +0000" value="HKCategoryValueSeverityNotPresent"/>
 <Record type="HKCategoryTypeIdentifierFatigue" startDate="2025-03-04 21:00:00 +0000" endDate="2025-03-04 21:00:00 +0000" value="HKCategoryValueSeverityMild"/>
 <Record type="HKCategoryTypeIdentifierFatigue" startDate="2025-03-05 21:00:00 +0000" endDate="2025-03-05 21:00:00 +0000" value="HKCategoryValueSeverityUnspecified"/>
 <Record type="HKQuantityTypeIdentifierBodyTemperature" unit="degC" value="38.4" startDate="2025-03-02 20:00:00 +0000" endDate="2025-03-02 20:00:00 +0000"/>
 <Record type="HKQuantityTypeIdentifierBodyTemperature" unit="degF" value="98.6" startDate="2025-03-03 07:00:00 -0500" endDate="2025-03-03 07:00:00 -0500"/>
 <Record type="HKQuantityTypeIdentifierHeartRate" unit="count/min" value="61" startDate="2025-03-03 07:00:00 +0000" endDate="2025-03-03 07:00:00 +0000"/>
</HealthData>
"""


def test_apple_health_fatigue_and_temperature(run, journal_file, tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(HEALTH)
    result = run("import", str(path))
    assert imported(result) == 6
    rows = journal_rows(journal_file)
    assert [(e.date, e.type, e.value) for e in rows] == [
        ("2025-03-01T08:10", "fatigue", 6),
        ("2025-03-02T20:00", "temperature", 38.4),
        ("2025-03-02T21:00", "fatigue", 9),
        ("2025-03-03T07:00", "temperature", 37.0),
        ("2025-03-03T21:00", "fatigue", 0),
        ("2025-03-04T21:00", "fatigue", 3),
    ]
    assert "unspecified" in result.stdout and "HeartRate" in result.stdout
    assert imported(run("import", str(path))) == 0


def test_apple_health_zip_is_read_in_place(run, journal_file, tmp_path):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("apple_health_export/export.xml", HEALTH)
        archive.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
    assert imported(run("import", str(path))) == 6
    assert all(e.source == "apple-health" for e in journal_rows(journal_file))


@needs_shared
@pytest.mark.parametrize("name", ["applehealth-1.xml", "applehealth-2.xml"])
def test_apple_health_real_files_have_no_fatigue(run, journal_file, name):
    result = run("import", shared(name), "--dry-run", code=1)
    assert result.exit_code == 1 and "Would import 0 entries" in result.stdout
    assert "record" in result.stdout
    assert "HeartRate" in result.stderr.split("the file has")[1]  # the record types found
    result = run("import", shared(name), code=1)
    assert result.exit_code == 1 and "ocrelog reads Fatigue and BodyTemperature records" in result.stderr
    assert not journal_file.exists()


def test_a_broken_health_export_is_one_sentence(run, journal_file, tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(HEALTH[: len(HEALTH) // 2])
    result = run("import", str(path), code=2)
    assert result.exit_code == 2 and "not valid XML" in result.stderr
    assert not (journal_file.exists() and journal_rows(journal_file))


# -- any CSV -----------------------------------------------------------------------------------


def test_any_csv_with_an_energy_scale(run, journal_file, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text("Day,Energy (1-5),At,What\n2025-01-01,5,08:00,\n2025-01-02,1,,headache\n"
                    "2025-01-03,3,21:30,\n2025-01-04,,,\n")
    result = run("import", str(path), "--from", "csv", "--date-column", "Day", "--score-column",
                 "Energy (1-5)", "--scale", "1-5", "--invert", "--time-column", "At",
                 "--symptom-column", "What")
    assert imported(result) == 4
    assert [(e.date, e.type, e.value, e.name) for e in journal_rows(journal_file)] == [
        ("2025-01-01T08:00", "fatigue", 0, None),
        ("2025-01-02", "fatigue", 10, None),
        ("2025-01-02", "symptom", None, "headache"),
        ("2025-01-03T21:30", "fatigue", 5, None),
    ]


def test_any_csv_refuses_a_missing_column_and_values_off_the_scale(run, journal_file, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text("date,tired\n2025-01-01,7\n2025-01-02,12\n")
    base = ["import", str(path), "--from", "csv", "--date-column", "date"]
    assert "no column 'score'" in run(*base, "--score-column", "score", code=2).stderr
    result = run(*base, "--score-column", "tired", code=2)
    assert result.exit_code == 2 and "Line 3" in result.stderr and "outside the scale" in result.stderr
    assert "--date-column" in run("import", str(path), "--from", "csv", code=2).stderr


@given(value=st.floats(1, 5), invert=st.booleans())
def test_rescaling_stays_on_0_to_10_and_keeps_the_ends(value, invert):
    score = rescale(value, 1, 5, invert)
    assert 0 <= score <= 10
    assert rescale(1, 1, 5, invert) == (10 if invert else 0)
    assert rescale(5, 1, 5, invert) == (0 if invert else 10)


# -- recognising formats, dialects, summaries ---------------------------------------------------


@needs_shared
@pytest.mark.parametrize(
    ("name", "expected"),
    [("visible-1.csv", "visible"), ("bearable-1.csv", "bearable"), ("daylio-moody-1.csv", "daylio"),
     ("daylio-Estados-1.csv", "daylio"), ("daylio-mood-stats-1.csv", "daylio"),
     ("applehealth-1.xml", "apple-health"), ("applehealth-2.xml", "apple-health")],
)
def test_formats_are_recognised_from_the_content_not_the_name(tmp_path, name, expected):
    renamed = tmp_path / "export.txt"
    renamed.write_bytes((SHARED / name).read_bytes())
    assert detect(renamed.read_bytes()[:65536], zipped=False) == expected


def test_a_semicolon_csv_says_which_dialect_it_saw(run, journal_file, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("Datum;Müdigkeit\n01.03.2025;5\n")
    result = run("import", str(path), code=2)
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "semicolon" in line and "comma" in line and line.endswith(".")


def test_dry_run_counts_kinds_dates_and_unmapped_and_changes_nothing(run, journal_file, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note\n"
                    "2025-02-03,3 February,Monday,20:15,meh,chills | work,\n"
                    "2025-02-01,1 February,Saturday,09:00,tired,work,\n")
    result = run("import", str(path), "--dry-run", "--map", "tired=5")
    assert result.exit_code == 0
    out = result.stdout
    assert "Would import 2 entries" in out and "1 fatigue" in out and "1 symptom" in out
    assert "2025-02-01 to 2025-02-03" in out and "work (2)" in out and "meh (1)" in out
    assert not journal_file.exists()


def test_an_import_is_one_undoable_change(run, journal_file, tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(HEALTH)
    run("feel", "4")
    run("import", str(path))
    assert kinds(journal_file)["fatigue"] == 5
    run("undo", "--force")
    assert kinds(journal_file) == Counter({"fatigue": 1})


def test_imported_entries_keep_their_source_in_log_and_export(run, journal_file, tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(HEALTH)
    run("import", str(path))
    logged = json.loads(run("log", "--json", "--limit", "1").stdout)[0]
    assert logged["source"] == "apple-health"
    assert "(from apple-health)" in run("log").stdout
    exported = tmp_path / "e.csv"
    run("export", "-o", str(exported))
    assert exported.read_text().splitlines()[1].endswith(",apple-health,,,,,,,,")  # items, subscales, handled, unit, range, live, handled_signs follow
    copy = tmp_path / "copy.db"
    run("--db", str(copy), "import", str(exported))
    with Journal.open(copy) as journal:
        assert {e.source for e in journal.entries(limit=None)} == {"apple-health"}


def test_tally_summary_lines():
    tally = Tally()
    assert tally.summary_lines("x (visible)", dry_run=True) == [
        "Would import 0 entries from x (visible) (dry run: nothing was changed)."]


def test_options_refuse_bad_maps_and_scales():
    from ocrelog.errors import InvalidValue

    for kwargs in ({"maps": ["tired"]}, {"maps": ["tired=11"]}, {"scale": "5-1"}, {"from_": "fitbit"}):
        with pytest.raises(InvalidValue):
            Options.from_command_line(**{"from_": None, "maps": [], "scale": None, **kwargs})


# -- Visible and Bearable rows of any shape never crash the importer -----------------------------

visible_rows = st.lists(
    st.tuples(
        st.dates(min_value=datetime(2020, 1, 1).date(), max_value=datetime(2025, 12, 31).date()),
        st.sampled_from(["Fatigue", "Headache", "HRV", "Note", "Crash", "Nausea"]),
        st.sampled_from(["General", "Brain", "Measurement", "Note", "Experience", "Funcap_walking"]),
        st.sampled_from(["0", "1", "2", "3", "7", "x", ""]),
    ),
    max_size=20,
)


@settings(max_examples=60, deadline=None)
@given(rows=visible_rows)
def test_visible_rows_import_or_fail_with_one_sentence(rows):
    import io

    from ocrelog.errors import InvalidValue
    from ocrelog.importers import visible

    text = "observation_date,tracker_name,tracker_category,observation_value\n" + "".join(
        f"{d.isoformat()},{n},{c},{v}\n" for d, n, c, v in rows)

    class FakeSource:
        def text(self):
            return io.StringIO(text, newline="")

    tally = Tally()
    try:
        entries = list(visible.read(FakeSource(), Options(), tally, datetime(2026, 1, 1)))
    except InvalidValue as error:
        assert str(error).startswith("Line ")
        return
    # Note rows go into the day's fatigue note (one part each), when the day has a score.
    in_notes = sum(len(e.note.split("; ")) for e in entries if e.type == "fatigue" and e.note)
    assert len(entries) + sum(tally.skipped.values()) + in_notes == len(rows)
    assert all(e.type in ("fatigue", "symptom") for e in entries)
    assert all(e.value in (0, 3, 6, 9) for e in entries if e.type == "fatigue")


def test_any_csv_reads_numeric_dates_in_the_journals_date_order(run, journal_file, tmp_path, monkeypatch):
    path = tmp_path / "sheet.csv"
    path.write_text("when,score\n03/04/2025,5\n")
    args = ["import", str(path), "--from", "csv", "--date-column", "when", "--score-column", "score"]
    monkeypatch.setenv("OCRELOG_DATE_ORDER", "dmy")
    assert imported(run(*args)) == 1
    assert journal_rows(journal_file)[0].date == "2025-04-03"
    run("undo", "--force")
    monkeypatch.setenv("OCRELOG_DATE_ORDER", "mdy")
    run(*args)
    assert journal_rows(journal_file)[0].date == "2025-03-04"


def test_a_health_record_in_the_future_or_with_a_bad_date_is_one_sentence(run, journal_file, tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(HEALTH.replace("2025-03-02 21:00:00", "2099-03-02 21:00:00"))
    result = run("import", str(path), code=2)
    assert result.exit_code == 2 and result.stderr.startswith("Error: A Fatigue record: 2099-03-02T21:00 is in the future")
    path.write_text(HEALTH.replace("2025-03-04 21:00:00", "yesterday"))
    assert "A Fatigue record has a date that could not be read" in run("import", str(path), code=2).stderr
    assert not (journal_file.exists() and journal_rows(journal_file))


# -- the registry: one list of importers -------------------------------------------------------


def _fake_importer():
    """An importer of a made-up app, declared as a module of importers/ declares one."""
    from ocrelog.entries import Entry
    from ocrelog.importers.common import Importer, rows, stamp

    def read(source, options, tally, now):
        for line, row in rows(source.text()):
            if row.get("tiredness", "").strip().isdigit():
                day = datetime.strptime(row["fakeapp_day"].strip(), "%Y-%m-%d").date()
                yield Entry(type="fatigue", date=stamp(day, None, now, f"Line {line}"),
                            value=int(row["tiredness"]), source="fakeapp")
            else:
                tally.skipped["rows without tiredness"] += 1

    return Importer(
        name="fakeapp",
        read=read,
        recognise=lambda head: head.has("fakeapp_day", "tiredness"),
        nothing_mapped=lambda what, tally: f"Nothing in {what} maps to an entry; fakeapp's hint",
    )


@pytest.fixture
def fake_registered(monkeypatch, fresh_commands):
    from ocrelog import importers

    monkeypatch.setattr(importers, "IMPORTERS", (*importers.IMPORTERS, _fake_importer()))


def test_import_help_lists_every_format_of_the_registry(run):
    from ocrelog.importers import IMPORTERS, names_text

    result = run("import", "--help")
    assert result.exit_code == 0
    flat = " ".join(result.stdout.split())
    assert f"{names_text()} (default: recognised from the file)" in flat
    assert [i.name for i in IMPORTERS] == ["ocrelog", "daylio", "bearable", "visible", "apple-health", "csv"]
    assert all(name in flat for name in [i.name for i in IMPORTERS])


def test_an_importer_added_to_the_registry_is_everywhere_the_formats_are(run, journal_file, tmp_path, fake_registered):
    # the --from choices and the import command's help
    flat = " ".join(run("import", "--help").stdout.split())
    assert "apple-health, csv or fakeapp (default" in flat
    path = tmp_path / "export.txt"
    path.write_text("foo\n")
    refused = run("import", str(path), "--from", "nope", code=2)
    assert "apple-health, csv, fakeapp, not 'nope'" in refused.stderr
    # detection, from the header (asked before ocrelog's own files, though it has type and date)
    path.write_text("fakeapp_day,tiredness,type,date\n2025-03-01,7,x,y\n")
    assert detect(path.read_bytes(), zipped=False) == "fakeapp"
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    [entry] = journal_rows(journal_file)
    assert (entry.type, entry.date, entry.value, entry.source) == ("fatigue", "2025-03-01", 7, "fakeapp")
    # and its nothing-mapped sentence
    path.write_text("fakeapp_day,tiredness\n2025-03-02,\n")
    nothing = run("import", str(path), "--from", "fakeapp", code=1)
    assert "fakeapp's hint" in nothing.stderr


def test_shell_completion_of_from_offers_the_registry(fake_registered):
    from typer.testing import CliRunner

    from ocrelog import cli

    def offered(words: str) -> list[str]:
        env = {"_OCRELOG_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
        return CliRunner().invoke(cli.app, [], env=env, prog_name="ocrelog").stdout.split()

    assert offered("ocrelog import x.csv --from fa") == ["fakeapp"]
    assert offered("ocrelog import x.csv --from a") == ["apple-health"]


def test_a_file_no_importer_recognises_names_every_format_of_the_registry(run, tmp_path, fake_registered):
    path = tmp_path / "export.csv"
    path.write_text("when,how\n2025-03-01,7\n")
    result = run("import", str(path), code=2)
    assert "(ocrelog, daylio, bearable, visible, apple-health, csv, fakeapp)" in " ".join(result.stderr.split())


@pytest.mark.parametrize(
    ("header", "expected"),
    [  # a header that two importers could claim goes where it went before the registry
        ("observation_date,tracker_name,observation_value,type,date", "visible"),
        ("category,rating/amount,type,date,mood,full_date", "bearable"),
        ("full_date,mood,type,date", "daylio"),
        ("year,mood,category", "daylio"),
        ("type,date,value", "ocrelog"),
        ('[{"type": "fatigue", "date": "2025-03-01", "value": 5}]', "ocrelog"),
        ("2025-03-01,type,date,20:15,meh,work,note", "ocrelog"),  # a header, not a headerless Daylio row
        ("2025-03-01,1 March,Saturday,20:15,meh,work,note", "daylio"),  # a Daylio file without its header
    ],
)
def test_detection_asks_the_importers_in_the_order_it_always_did(header, expected):
    assert detect(f"{header}\n".encode(), zipped=False) == expected
    assert detect(b"PK not read", zipped=True) == "apple-health"


def test_xml_that_is_not_apple_health_is_refused_by_its_importer():
    from ocrelog.errors import InvalidValue

    with pytest.raises(InvalidValue, match="not an Apple Health export"):
        detect(b"<?xml version='1.0'?><Other/>", zipped=False)


def test_apple_health_readings_written_at_full_precision_are_kept(run, journal_file, tmp_path):
    """HealthKit writes a converted reading as 37.77777777777778: a fever is never lost to its digits."""
    path = tmp_path / "export.xml"
    body = HEALTH.replace('unit="degC" value="38.4"', 'unit="degC" value="38.44444444444444"')
    path.write_text(body.replace('unit="degF" value="98.6"', 'unit="degF" value="100.99999999999999"'))
    run("import", str(path))
    readings = [e.value for e in journal_rows(journal_file) if e.type == "temperature"]
    assert readings == [38.4, 38.3]
