"""`ocrelog export --format fhir`: a FHIR R4 Bundle that validates, one resource per entry."""

from __future__ import annotations

import json
import re

import pytest

# fhir.resources 6.2-6.4 model FHIR R4 (4.0.1) itself; later releases model R4B and R5.
fhir = pytest.importorskip("fhir.resources")
assert fhir.__fhir_version__ == "4.0.1", "the FHIR tests need an R4 (4.0.1) release of fhir.resources"
from fhir.resources import construct_fhir_element  # noqa: E402

#: FHIR R4's dateTime, from its definition (a time needs seconds and a time zone).
DATETIME = re.compile(
    r"([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])"
    r"(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?"
)


@pytest.fixture
def journal(run):
    run("feel", "6", "--on", "2026-11-14 21:30", "--note", "long day")
    run("temp", "38.4", "--on", "2026-11-15 22:00")
    run("temp", "37.9", "--on", "2026-11-16")
    run("symptom", "burning when peeing", "--on", "2026-11-16", "--note", "bladder infection again?")
    run("infuse", "--on", "2026-11-04 10:00", "--premed", "methylprednisolone 100 mg", "--premed", "cetirizine",
        "--reaction", "itchy throat", "--note", "chair 4")
    run("infuse", "--on", "2026-05-04", "--dose", "920")
    run("infuse", "--on", "2026-01-04", "--dose", "1200", "--force")  # a trial dose: route unknown
    run("infuse", "--planned", "2099-05-04")
    run("scale", "fss", "--items", "5,5,4,4,4,4,4,5,5", "--on", "2026-11-18")
    run("scale", "mfis", "42", "--physical", "20", "--cognitive", "18", "--psychosocial", "4", "--on", "2026-11-18")
    run("scale", "mfis5", "--items", "2,3,2,1,3", "--on", "2026-11-18")


def bundle(run, *args) -> dict:
    result = run("export", "--format", "fhir", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def resources(data: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in data.get("entry", []) if e["resource"]["resourceType"] == kind]


def test_the_bundle_and_every_resource_validate_against_r4(run, journal):
    data = bundle(run)
    construct_fhir_element("Bundle", data)  # the whole bundle, every resource inside it
    for item in data["entry"]:
        construct_fhir_element(item["resource"]["resourceType"], item["resource"])
        assert item["fullUrl"].startswith("urn:uuid:")
    assert data["type"] == "collection" and DATETIME.fullmatch(data["timestamp"])


def test_one_resource_per_entry_and_every_time_has_a_zone(run, journal):
    data = bundle(run)
    entries = json.loads(run("log", "--all", "--json").stdout)
    assert len(data["entry"]) == len(entries)
    text = json.dumps(data)
    for value in re.findall(r'"(?:effectiveDateTime|timestamp)": "([^"]+)"', text):
        assert DATETIME.fullmatch(value), value
    assert "T21:30:00" in text


def test_fatigue_temperature_and_symptoms(run, journal):
    data = bundle(run)
    observations = resources(data, "Observation")
    fatigue = [o for o in observations if "Fatigue, self-rated" in o["code"].get("text", "")]
    assert [o["valueInteger"] for o in fatigue] == [6]
    assert fatigue[0]["category"][0]["coding"][0]["code"] == "survey" and fatigue[0]["note"] == [{"text": "long day"}]
    temperatures = [o for o in observations if o["code"].get("coding", [{}])[0].get("code") == "8310-5"]
    assert [o["valueQuantity"]["value"] for o in temperatures] == [38.4, 37.9]
    for o in temperatures:
        assert o["valueQuantity"]["system"] == "http://unitsofmeasure.org" and o["valueQuantity"]["code"] == "Cel"
        assert o["category"][0]["coding"][0]["code"] == "vital-signs"
        assert o["code"]["coding"][0]["system"] == "http://loinc.org"
    (symptom,) = [o for o in observations if o["code"].get("text") == "burning when peeing"]
    assert symptom["note"] == [{"text": "bladder infection again?"}]


def test_scales_carry_their_items_and_subscales_as_components(run, journal):
    scales = [o for o in resources(bundle(run), "Observation") if "Scale" in o["code"].get("text", "")]
    fss, mfis, mfis5 = scales
    assert fss["valueQuantity"]["value"] == 4.44
    assert [c["valueInteger"] for c in fss["component"]] == [5, 5, 4, 4, 4, 4, 4, 5, 5]
    assert fss["component"][0]["code"]["text"] == "FSS item 1"
    assert mfis["valueInteger"] == 42
    assert {c["code"]["text"]: c["valueInteger"] for c in mfis["component"]} == {
        "MFIS physical subscale": 20, "MFIS cognitive subscale": 18, "MFIS psychosocial subscale": 4}
    assert mfis5["valueInteger"] == 11
    assert mfis5["component"][1]["code"]["text"] == "MFIS-5 item 2 (MFIS item 9)"


def test_doses_are_medication_administrations_of_ocrelizumab_in_mg(run, journal):
    data = bundle(run)
    given = resources(data, "MedicationAdministration")
    assert [g["dosage"]["dose"]["value"] for g in given] == [1200, 920, 600]
    for g in given:
        assert "ocrelizumab" in g["medicationCodeableConcept"]["text"]
        assert g["dosage"]["dose"]["code"] == "mg" and g["status"] == "completed"
    assert given[-1]["note"] == [
        {"text": "Premedication: methylprednisolone 100 mg; cetirizine"},
        {"text": "Reactions: itchy throat"},
        {"text": "chair 4"},
    ]
    assert given[1]["dosage"]["route"]["text"] == "subcutaneous injection" and "route" not in given[0]["dosage"]
    (booked,) = resources(data, "MedicationRequest")
    assert booked["intent"] == "plan" and booked["dosageInstruction"][0]["timing"]["event"] == ["2099-05-04"]


def test_since_limits_the_bundle_and_an_empty_one_still_validates(run, journal, tmp_path):
    data = bundle(run, "--since", "2026-11-15")
    assert {e["resource"]["resourceType"] for e in data["entry"]} == {"Observation", "MedicationRequest"}
    empty = json.loads(run("--db", str(tmp_path / "none.db"), "export", "--format", "fhir").stdout)
    assert "entry" not in empty  # FHIR allows no empty arrays
    construct_fhir_element("Bundle", empty)
    target = tmp_path / "bundle.json"
    assert run("export", "--format", "fhir", "-o", str(target)).exit_code == 0
    construct_fhir_element("Bundle", json.loads(target.read_text()))
    assert run("export", "--format", "fhir", "--safe-for-spreadsheets", code=2).exit_code == 2


def test_a_validator_that_would_catch_a_broken_resource():
    """The validator refuses what R4 refuses, so the tests above can fail."""
    with pytest.raises(Exception):
        construct_fhir_element("MedicationAdministration", {"resourceType": "MedicationAdministration",
                                                            "status": "completed"})
    with pytest.raises(Exception):
        construct_fhir_element("Observation", {"resourceType": "Observation", "status": "final",
                                               "code": {"text": "x"}, "valueDecimal": 4.4})
