"""Blood tests and vaccines (issue 38): `ocrelog lab` and `ocrelog vaccine`, their tables (labs.py),
and the entries everywhere else: log, edit, undo, export and import, report, summary, FHIR, calendar."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocrelog import labs
from ocrelog.errors import InvalidValue
from ocrelog.rules import Infusion

from conftest import TODAY, entries

ROOT = Path(__file__).resolve().parent.parent


def one_sentence(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert lines and lines[-1].startswith("Error: ") and "Traceback" not in result.output
    return lines[-1]


# -- the tables ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "unit", "shown", "base"),
    [
        ("igg", "620", "mg/dl", 620.0, 6.2),  # 1 g/L = 100 mg/dL
        ("IgG", "6,2", "g/l", 6.2, 6.2),
        ("bilirubin", "1", "mg/dL", 1.0, 17.1),  # 1 mg/dL = 17.1 µmol/L
        ("bilirubin", "17", "umol/L", 17.0, 17.0),
        ("bilirubin", "17", "μmol/L", 17.0, 17.0),  # Greek mu
        ("alt", "0.5", "µkat/L", 0.5, 30.0),  # 1 µkat/L = 60 U/L
        ("ast", "35", "IU/L", 35.0, 35.0),
        ("cd19", "120", "/uL", 120.0, 120.0),
        ("cd19", "120", "cells/ul", 120.0, 120.0),
    ],
)
def test_units_people_type_are_read_and_converted_to_the_first_unit(name, value, unit, shown, base):
    test = labs.test_of(name)
    chosen = test.unit(unit)
    number = labs.value_of(test, value, chosen)
    assert number == shown
    assert labs.converted(test, number, chosen)[0] == pytest.approx(base)


def test_a_cd19_percentage_is_never_converted_to_a_count():
    test = labs.TESTS["cd19"]
    percent = test.unit("%")
    assert labs.converted(test, 2.0, percent) == (2.0, percent)
    with pytest.raises(InvalidValue, match="more than any laboratory reports"):
        labs.value_of(test, "120", percent)  # 120 % cannot be a share of lymphocytes


@pytest.mark.parametrize(
    ("name", "value", "unit", "says"),
    [
        ("igg", "900", None, "more than any laboratory reports"),
        ("igg", "30000", "mg/dL", "more than any laboratory reports"),  # 300 g/L
        ("alt", "1e5", None, "must be a number"),
        ("igg", "eight", None, "must be a number"),
        ("igg", "8", "mmol/L", "is given in g/L, mg/dL"),
        ("ferritin", "8", None, "one of igg"),
        ("hbsag", "maybe", None, "positive, negative or indeterminate"),
    ],
)
def test_a_value_no_laboratory_reports_is_one_sentence_exit_2(run, journal_file, name, value, unit, says):
    args = ["lab", name, value] + (["--unit", unit] if unit else [])
    assert says in one_sentence(run(*args, code=2))
    assert not journal_file.exists() or entries(journal_file) == []


@pytest.mark.parametrize(
    ("typed", "result"),
    [("pos", "positive"), ("Reactive", "positive"), ("non-reactive", "negative"), ("NEG", "negative"),
     ("not detected", "negative"), ("equivocal", "indeterminate")],
)
def test_hepatitis_b_words_people_type(typed, result):
    assert labs.result_of(labs.TESTS["anti-hbc"], typed) == result


@given(
    low=st.floats(0, 500, allow_nan=False),
    width=st.floats(0.01, 500, allow_nan=False),
    value=st.floats(0, 1500, allow_nan=False),
)
def test_the_flag_says_where_a_value_falls_against_the_range_given(low, width, value):
    high = low + width
    flag = labs.flag_of(value, (low, high))
    assert flag == ("below" if value < low else "above" if value > high else "within")
    assert labs.flag_of(value, None) is None
    assert "normal" not in labs.FLAG_WORDS[flag]


def test_ranges_are_low_high_and_refused_otherwise():
    assert labs.range_of("7-16") == (7.0, 16.0)
    assert labs.range_of("0.3 – 1,2") == (0.3, 1.2)
    for bad in ("16-7", "7", "<40", "a-b"):
        with pytest.raises(InvalidValue):
            labs.range_of(bad)


@pytest.mark.parametrize("name", ["MMR", "yellow fever", "Fluenz Tetra", "nasal flu spray", "Vivotif", "BCG",
                                  "Zostavax", "chickenpox", "varicella booster", "M-M-R II", "ProQuad",
                                  "yellow-fever", "flu vaccine (nasal spray)", "LAIV4", "live attenuated influenza vaccine",
                                  "typhoid (oral)", "zoster vaccine live (ZVL)", "Qdenga", "Shingrix and MMR",
                                  "MMR and flu jab"])
def test_known_live_vaccines(name):
    assert labs.live_vaccine(name) is not None


@pytest.mark.parametrize("name", ["Shingrix", "flu jab", "covid booster", "Typhim Vi", "hepatitis B", "tetanus"])
def test_vaccines_that_are_not_live(name):
    assert labs.live_vaccine(name) is None


def _dose(day: date, mg: int = 600) -> Infusion:
    return Infusion(day, mg)


def test_a_vaccination_is_placed_in_its_cycle_as_a_fact():
    doses = [_dose(date(2026, 5, 16))]
    assert labs.cycle_place(doses, date(2026, 8, 22)) == (
        "day 98 after the dose of 16 May 2026; 86 days before the next one is due"
    )
    assert labs.cycle_place(doses, date(2026, 5, 16)).startswith("on the day of the dose of 16 May 2026")
    assert labs.cycle_place(doses, date(2026, 12, 1)).endswith("15 days after the next one was due")
    assert labs.cycle_place(doses, date(2026, 1, 1)) == (
        "before any dose recorded (135 days before the first, on 16 May 2026)"
    )
    assert labs.cycle_place([], date(2026, 1, 1)) == "before any dose recorded"


# -- the commands --------------------------------------------------------------------------------


def test_lab_says_where_a_result_falls_against_the_range_given(run):
    run("infuse", "--on", "2026-05-16")
    result = run("lab", "igg", "6.2", "--range", "7-16", "--on", "2026-08-22")
    assert "Logged IgG 6.2 g/L on 22 Aug 2026" in result.stdout
    assert result.stdout.strip().endswith(": below the range given, 7-16.")
    assert "Taken day 98 after the dose of 16 May 2026; 86 days before the next one is due." in result.stderr
    inside = run("lab", "igg", "800", "--unit", "mg/dl", "--range", "700-1600", "--on", "2026-08-23")
    assert "800 mg/dL" in inside.stdout and "within the range given, 700-1600" in inside.stdout
    plain = run("lab", "alt", "30", "--on", "2026-08-23")
    assert plain.stdout.strip().endswith("(#4).") and "range" not in plain.stdout
    assert "normal" not in (result.output + inside.output + plain.output).lower()


def test_log_json_keys_of_a_lab_result_and_a_vaccination(run):
    run("lab", "igg", "6.2", "--range", "7-16", "--on", "2026-08-22")
    run("lab", "hbsag", "neg", "--on", "2026-08-22")
    run("vaccine", "flu", "jab", "--on", "2026-08-23")
    rows = {row["name"]: row for row in json.loads(run("log", "--json").stdout)}
    igg = rows["igg"]
    assert igg["type"] == "lab" and igg["value"] == 6.2 and igg["unit"] == "g/L"
    assert igg["range"] == {"low": 7.0, "high": 16.0} and igg["flag"] == "below"
    assert rows["hbsag"]["value"] == "negative" and rows["hbsag"]["flag"] is None
    assert rows["flu jab"]["type"] == "vaccine" and rows["flu jab"]["live"] is False
    text = run("log").stdout
    assert "6.2 g/L" in text and "below the range given, 7-16" in text and "negative" in text


def test_a_live_vaccine_states_the_label_and_needs_force_in_a_script(run, journal_file):
    result = run("vaccine", "MMR", code=2)
    assert labs.LABEL_LIVE_SENTENCE in result.stderr
    assert "--force" in one_sentence(result)
    assert not journal_file.exists() or entries(journal_file) == []
    forced = run("vaccine", "MMR", "--force", "--on", "2026-01-01")
    assert labs.LABEL_LIVE_SENTENCE in forced.stderr
    assert "Logged live vaccine MMR on 1 Jan 2026" in forced.stdout
    assert "before any dose recorded" in forced.stderr
    assert run("vaccine", "some", "new", "vaccine", "--live", code=2).exit_code == 2
    assert run("vaccine", "Shingrix", "--on", "2026-01-02").stderr.count(labs.LABEL_LIVE_SENTENCE) == 0


def test_a_live_vaccine_asks_at_a_terminal(run, journal_file, terminal):
    result = run("vaccine", "yellow", "fever", input="n\n")
    assert "Kept the journal as it was" in result.stderr and len(entries(journal_file)) == 0
    run("vaccine", "yellow", "fever", input="y\n")
    assert [e.type for e in entries(journal_file)] == ["vaccine"] and entries(journal_file)[0].live


def test_a_warning_sign_in_a_results_note_is_said_as_for_any_note(run):
    result = run("lab", "alt", "90", "--note", "eyes look yellow and dark urine")
    assert "Taken before any dose recorded." in result.stderr
    assert len(result.stderr.strip().splitlines()) > 2  # the sign's advice lines come first


def test_edit_delete_and_undo_handle_labs_and_vaccines(run, journal_file):
    run("lab", "igg", "620", "--unit", "mg/dL", "--on", "2026-08-22")
    run("vaccine", "flu", "jab", "--on", "2026-08-23")
    changed = run("edit", "1", "--value", "650")
    assert "IgG 650 mg/dL" in changed.stdout and "was IgG 620 mg/dL" in changed.stdout
    assert "more than any laboratory reports" in one_sentence(run("edit", "1", "--value", "30000", code=2))
    assert "its test cannot change" in one_sentence(run("edit", "1", "--name", "iga", code=2))
    run("edit", "2", "--name", "Fluenz")
    assert entries(journal_file)[0].live is True
    run("undo", "--force")
    assert entries(journal_file)[0].name == "flu jab" and not entries(journal_file)[0].live
    run("delete", "1", "--force")
    run("undo", "--force")
    assert entries(journal_file)[1].value == 650 and entries(journal_file)[1].unit == "mg/dL"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_then_import_into_a_fresh_journal_keeps_every_field(run, tmp_path, fmt):
    run("infuse", "--on", "2026-05-16")
    run("lab", "igg", "6.2", "--range", "7-16", "--on", "2026-08-22", "--note", "=before the dose")
    run("lab", "bilirubin", "1.1", "--unit", "mg/dl", "--on", "2026-08-22")
    run("lab", "anti-hbc", "reactive", "--on", "2025-01-14")
    run("lab", "cd19", "0.5", "--unit", "%", "--on", "2026-08-22")
    run("vaccine", "MMR", "--force", "--on", "2025-01-01")
    run("vaccine", "flu", "jab", "--on", "2026-08-23")
    run("lab", "--planned", (TODAY + timedelta(days=10)).isoformat(), "iga")
    target = tmp_path / f"out.{fmt}"
    run("export", "--format", fmt, "--output", str(target))
    fresh = tmp_path / "fresh.db"
    run("--db", str(fresh), "import", str(target))

    def rows(*db):
        return [{k: v for k, v in row.items() if k not in ("id", "source")}
                for row in json.loads(run(*db, "log", "--all", "--json").stdout)]

    assert rows("--db", str(fresh)) == rows()


def test_import_refuses_a_unit_on_a_fatigue_score_and_an_impossible_lab_value(run, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("type,date,value,name,note,unit\nfatigue,2026-05-02,5,,,g/L\n")
    assert "only lab results have a unit" in one_sentence(run("import", str(bad), code=2))
    bad.write_text("type,date,value,name,note,unit\nlab,2026-05-02,900,igg,,g/L\n")
    assert "more than any laboratory reports" in one_sentence(run("import", str(bad), code=2))


def test_a_booked_blood_test_is_a_calendar_event_with_a_stable_uid(run, tmp_path):
    day = (TODAY + timedelta(days=10)).isoformat()
    booked = run("lab", "--planned", day, "igg")
    assert "Booked #1: blood test booked (IgG)" in booked.stdout
    assert run("lab", "--planned", "2020-01-01", code=2).exit_code == 2  # a booking is to come
    assert "no --on, VALUE" in one_sentence(run("lab", "igg", "6", "--planned", day, code=2))
    import icalendar

    def events(name):
        run("calendar", "--output", str(tmp_path / name))
        calendar = icalendar.Calendar.from_ical((tmp_path / name).read_bytes())
        return {str(e["summary"]): e for e in calendar.walk("VEVENT")}

    first, second = events("a.ics"), events("b.ics")
    event = first["Blood test booked (IgG)"]
    assert event.decoded("dtstart") == TODAY + timedelta(days=10)
    assert str(event["uid"]) == str(second["Blood test booked (IgG)"]["uid"])


# -- the report, the summary, FHIR ------------------------------------------------------------


@pytest.fixture
def lab_journal(run):
    run("infuse", "--on", "2026-05-16")
    run("lab", "igg", "8.1", "--on", "2025-01-14")
    run("lab", "igg", "620", "--unit", "mg/dL", "--range", "700-1600", "--on", "2026-11-03")
    run("lab", "hbsag", "negative", "--on", "2025-01-14")
    run("lab", "cd19", "1", "--on", "2026-08-01")
    run("vaccine", "flu", "jab", "--on", "2026-08-22")
    run("symptom", "fever", "--on", (TODAY - timedelta(days=20)).isoformat(), "--note", "chest infection")


def test_report_shows_each_test_over_time_and_the_vaccinations_in_the_cycle(run, lab_journal):
    text = " ".join(run("report").stdout.split())
    assert "IgG 8.1 g/L on 14 Jan 2025, 6.2 on 3 Nov 2026: below the range given, 7-16." in text
    assert "Hepatitis B: HBsAg negative on 14 Jan 2025." in text
    assert "22 Aug 2026, flu jab: day 98 after the dose of 16 May 2026" in text
    data = json.loads(run("report", "--json").stdout)
    assert [(r["name"], r["flag"]) for r in data["labs"]] == [
        ("igg", None), ("hbsag", None), ("cd19", None), ("igg", "below")]
    assert data["vaccines"][0]["cycle_day"] == 98 and data["vaccines"][0]["live"] is False
    assert "cycles" in data and "scales" in data  # keys added, none renamed


def test_report_json_has_empty_labs_and_vaccines_without_any(run):
    run("feel", "4")
    data = json.loads(run("report", "--json").stdout)
    assert data["labs"] == [] and data["vaccines"] == []


def test_the_summary_puts_the_infections_beside_the_latest_igg(run, lab_journal):
    text = run("summary", "--format", "md", "--output", "-", "--since", "2025-01-01").stdout
    flat = " ".join(text.split())
    assert "## Blood tests and vaccinations" in text
    assert ("IgG 8.1 g/L on 14 Jan 2025, 6.2 on 3 Nov 2026 (below the range given, 7-16); "
            "1 infection logged in the last 12 months.") in flat
    assert "B cells: CD19 1 cells/µL on 1 Aug 2026. Hepatitis B: HBsAg negative on 14 Jan 2025." in flat
    assert "| 22 Aug 2026 | flu jab | | day 98 after the dose of 16 May 2026" in flat
    assert "normal" not in text.split("## Blood tests")[1].split("##")[0].lower()


def test_fhir_lab_results_and_vaccinations_validate(run, lab_journal):
    fhir = pytest.importorskip("fhir.resources")
    assert fhir.__fhir_version__ == "4.0.1"
    from fhir.resources import construct_fhir_element

    run("lab", "--planned", (TODAY + timedelta(days=3)).isoformat())
    data = json.loads(run("export", "--format", "fhir").stdout)
    construct_fhir_element("Bundle", data)
    found = [e["resource"] for e in data["entry"]]
    for resource in found:
        construct_fhir_element(resource["resourceType"], resource)
    observations = [r for r in found if r["resourceType"] == "Observation"
                    and r.get("category", [{"coding": [{}]}])[0]["coding"][0].get("code") == "laboratory"]
    igg = [r for r in observations if r["code"].get("coding", [{}])[0].get("code") == "2465-3"]
    assert len(igg) == 2
    latest = igg[-1]
    assert latest["valueQuantity"] == {"value": 620, "unit": "mg/dL", "system": "http://unitsofmeasure.org",
                                       "code": "mg/dL"}
    assert latest["referenceRange"][0]["low"]["value"] == 700
    hbsag = [r for r in observations if r["code"].get("coding", [{}])[0].get("code") == "5196-1"]
    assert hbsag[0]["valueCodeableConcept"] == {"text": "negative"}
    immunization = [r for r in found if r["resourceType"] == "Immunization"]
    assert immunization[0]["vaccineCode"] == {"text": "flu jab"} and immunization[0]["status"] == "completed"
    assert [r["intent"] for r in found if r["resourceType"] == "ServiceRequest"] == ["plan"]


# -- docs and speed ---------------------------------------------------------------------------


def test_rules_doc_prints_the_tables_and_the_labels_sentence_as_they_are():
    rules = (ROOT / "docs" / "rules.md").read_text()
    assert labs.tables_markdown() in rules
    assert labs.LABEL_LIVE_SENTENCE in rules
    assert all(f"`{name}`" in rules for name in labs.NOT_LIVE)
    weeks = labs.NON_LIVE_WEEKS_BEFORE_FIRST_DOSE
    assert f"non-live vaccines at least {weeks} weeks before the first dose" in " ".join(rules.split())
    flat = " ".join(rules.split())
    assert f"latest {labs.VALUES_SHOWN} values" in flat and f"latest {labs.SUMMARY_VALUES_SHOWN} values" in flat
    from ocrelog.summary import MAX_VACCINES, MIN_NOTES

    commands = " ".join((ROOT / "docs" / "commands.md").read_text().split())
    assert f"the latest {MAX_VACCINES} vaccinations" in commands and f"at least {MIN_NOTES} kept" in commands
    formats = (ROOT / "docs" / "formats.md").read_text()
    for test in labs.TESTS.values():
        for _, code, name in test.loinc:
            assert f"| {code} | {name} |" in formats, code


def test_feel_does_not_load_the_labs_module():
    code = (
        "import sys; from ocrelog.cli import main; sys.argv=['ocrelog','feel','6']\n"
        "try:\n    main()\nexcept SystemExit: pass\n"
        "print('ocrelog.labs' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize("typed", ["1,050", "12,500"])
def test_a_comma_before_three_digits_is_refused_never_guessed(run, journal_file, typed):
    """'1,050' is a thousand and fifty to one person and one point zero five to another: one
    sentence, nothing stored (it was stored as 1.05 and flagged below a 700-1600 range)."""
    said = one_sentence(run("lab", "igg", typed, "--unit", "mg/dL", code=2))
    assert "without the comma" in said and "with a point" in said
    assert not journal_file.exists() or entries(journal_file) == []
    assert labs.range_of("0,5-1,2") == (0.5, 1.2)  # a decimal comma with one or two digits is read


def test_a_range_is_checked_in_the_values_unit(run):
    """A mg/dL range beside a g/L value is refused like a value no laboratory reports, not
    compared ('9.5 g/L: below the range given, 700-1600')."""
    said = one_sentence(run("lab", "igg", "9.5", "--range", "700-1600", code=2))
    assert "more than any laboratory reports" in said
    assert "within the range given, 700-1600" in run("lab", "igg", "950", "--unit", "mg/dL", "--range", "700-1600").stdout


def test_cd19_in_10_9_per_litre_is_cells_per_microlitre_times_a_thousand():
    value, unit = labs.converted(labs.TESTS["cd19"], 0.1, labs.TESTS["cd19"].unit("x10^9/L"))
    assert (value, unit.symbol) == (100, "cells/µL")


def test_renaming_a_vaccination_recomputes_live_and_says_the_label_when_it_becomes_live(run, journal_file):
    run("vaccine", "MMR", "--force", "--on", "2026-08-22")
    run("edit", "1", "--name", "flu jab")
    assert entries(journal_file)[0].live is False
    made_live = run("edit", "1", "--name", "yellow fever")
    assert entries(journal_file)[0].live is True and labs.LABEL_LIVE_SENTENCE in made_live.stderr
    run("vaccine", "new", "travel", "vaccine", "--live", "--force", "--on", "2026-08-23")
    run("edit", "2", "--name", "another travel vaccine")
    assert [e.live for e in entries(journal_file) if e.id == 2] == [True]  # --live given by the person stays


def test_bilirubin_in_micromoles_is_coded_as_a_substance_concentration(run):
    run("lab", "bilirubin", "12", "--on", "2026-08-01")
    run("lab", "bilirubin", "0.7", "--unit", "mg/dL", "--on", "2026-08-02")
    bundle = json.loads(run("export", "--format", "fhir").stdout)
    codes = {
        r["resource"]["valueQuantity"]["unit"]: r["resource"]["code"]["coding"][0]["code"]
        for r in bundle["entry"]
        if r["resource"]["resourceType"] == "Observation" and "valueQuantity" in r["resource"]
    }
    assert codes == {"µmol/L": "14631-6", "mg/dL": "1975-2"}


def test_an_imported_range_that_is_not_finite_is_refused(run, tmp_path):
    path = tmp_path / "in.json"
    path.write_text('[{"type":"lab","date":"2026-08-01","name":"igg","value":6.2,"range":{"low":7,"high":1e400}}]')
    run("import", str(path), code=2)
