"""The journal as a FHIR R4 Bundle (type ``collection``, JSON), written as a stream.

Plain dictionaries and the json module: the export needs no FHIR library (the
tests validate every resource against the R4 definitions with one). One
resource per entry:

- fatigue score: Observation, category ``survey``, ``valueInteger`` 0-10;
- temperature: Observation, category ``vital-signs``, LOINC 8310-5, ``valueQuantity`` in UCUM ``Cel``;
- symptom: Observation with the symptom's name as ``code.text``;
- scale: Observation, category ``survey``, the score as value, each answer and
  subscale as a ``component`` (by item number: never an item's wording);
- dose given: MedicationAdministration of ocrelizumab in mg, premedications and
  reactions in ``note``;
- booked dose: MedicationRequest (intent ``plan``) of ocrelizumab in mg;
- lab result: Observation, category ``laboratory``, coded with LOINC where a code was checked
  (labs.TESTS), ``valueQuantity`` in UCUM, the range given as ``referenceRange``; a hepatitis B
  result as ``valueCodeableConcept`` (its word as text);
- vaccination: Immunization (status ``completed``, the vaccine's name as ``vaccineCode.text``);
- booked blood test: ServiceRequest (intent ``plan``).

A note typed with an entry becomes the resource's ``note``; so does the mark of
``ocrelog handled`` (its day as the annotation's ``time``, its note as the text). Times are local
wall-clock times, written with the computer's UTC offset on that date, as
FHIR wants a time zone on every time; a day without a time stays a date.
docs/formats.md shows an example.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime

from ocrelog.entries import INTRAVENOUS_DOSES, SUBCUTANEOUS_DOSE, Entry

CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
BODY_TEMPERATURE = ("8310-5", "Body temperature")
MEDICATION = {"text": "ocrelizumab (Ocrevus)"}
#: Who every resource is about: the journal has no patient record to point to.
SUBJECT = {"display": "The person who kept this ocrelog journal"}
FATIGUE_CODE = {"text": "Fatigue, self-rated from 0 (none) to 10 (worst imaginable)"}
SCALE_NAMES = {
    "fss": "Fatigue Severity Scale (FSS), mean of 9 items",
    "mfis": "Modified Fatigue Impact Scale (MFIS), total",
    "mfis5": "Modified Fatigue Impact Scale, 5-item version (MFIS-5), total",
}


def fhir_datetime(value: str) -> str:
    """A stored date as a FHIR dateTime: a day as it is, a time with seconds and the local offset."""
    if len(value) == 10:
        return value
    return datetime.fromisoformat(value).astimezone().isoformat(timespec="seconds")


def _category(code: str, display: str) -> list[dict]:
    return [{"coding": [{"system": CATEGORY_SYSTEM, "code": code, "display": display}]}]


def _notes(*texts: str | None) -> dict:
    kept = [{"text": text} for text in texts if text]
    return {"note": kept} if kept else {}


def _observation(entry: Entry, code: dict, value: dict, category: list[dict] | None = None) -> dict:
    resource: dict = {"resourceType": "Observation", "status": "final"}
    if category:
        resource["category"] = category
    resource.update(code=code, subject=SUBJECT, effectiveDateTime=fhir_datetime(entry.date), **value)
    resource.update(_notes(entry.note))
    return _with_handled(resource, entry)


def _with_handled(resource: dict, entry: Entry) -> dict:
    """The mark ``ocrelog handled`` put on the entry's warning sign, as one more ``note`` (an
    Annotation with its day as ``time``), so an export carries what the person did about it."""
    if entry.handled_on:
        text = "Warning sign marked as dealt with" + (f": {entry.handled_note}" if entry.handled_note else ".")
        resource.setdefault("note", []).append({"time": entry.handled_on, "text": text})
    for category, on, note in entry.handled_signs:  # one kind of its warning signs
        text = f"Warning sign ({category.replace('_', ' ')}) marked as dealt with" + (f": {note}" if note else ".")
        resource.setdefault("note", []).append({"time": on, "text": text})
    return resource


def _mg(value: object) -> dict:
    return {"value": value, "unit": "mg", "system": UCUM, "code": "mg"}


def _scale_components(entry: Entry) -> list[dict]:
    from ocrelog.scales import SCALES

    scale = SCALES[entry.name or ""]
    parts = []
    for number, answer in enumerate(entry.items, 1):
        label = f"{scale.title} item {number}"
        if scale.from_items:
            label += f" (MFIS item {scale.from_items[number - 1]})"
        parts.append({"code": {"text": label}, "valueInteger": answer})
    for name, total in entry.subscales:
        parts.append({"code": {"text": f"{scale.title} {name} subscale"}, "valueInteger": total})
    return parts


def resource(entry: Entry) -> dict:
    """The FHIR resource for one entry."""
    if entry.type == "fatigue":
        return _observation(entry, FATIGUE_CODE, {"valueInteger": entry.value}, _category("survey", "Survey"))
    if entry.type == "temperature":
        code = {
            "coding": [{"system": LOINC, "code": BODY_TEMPERATURE[0], "display": BODY_TEMPERATURE[1]}],
            "text": BODY_TEMPERATURE[1],
        }
        value: dict = {"valueQuantity": {"value": entry.value, "unit": "°C", "system": UCUM, "code": "Cel"}}
        return _observation(entry, code, value, _category("vital-signs", "Vital Signs"))
    if entry.type == "symptom":
        return _observation(entry, {"text": entry.name}, {})
    if entry.type == "scale":
        from ocrelog.scales import SCALES

        if SCALES[entry.name or ""].mean:  # FSS: a mean, such as 4.44
            value = {"valueQuantity": {"value": entry.value, "unit": "score", "system": UCUM, "code": "{score}"}}
        else:
            value = {"valueInteger": int(entry.value or 0)}
        components = _scale_components(entry)
        if components:
            value["component"] = components
        return _observation(
            entry, {"text": SCALE_NAMES.get(entry.name or "", str(entry.name))}, value, _category("survey", "Survey")
        )
    if entry.type in ("lab", "vaccine", "planned_lab"):
        return _lab_resource(entry)
    if entry.type == "infusion":
        dosage: dict = {"dose": _mg(entry.value)}
        route = _route(entry.value)
        if route:
            dosage = {"route": {"text": route}, **dosage}
        administration = {
            "resourceType": "MedicationAdministration",
            "status": "completed",
            "medicationCodeableConcept": MEDICATION,
            "subject": SUBJECT,
            "effectiveDateTime": fhir_datetime(entry.date),
            **_notes(
                "Premedication: " + "; ".join(entry.premeds) if entry.premeds else None,
                "Reactions: " + "; ".join(entry.reactions) if entry.reactions else None,
                entry.note,
            ),
            "dosage": dosage,
        }
        return _with_handled(administration, entry)
    # planned: a booked dose, not yet given
    return {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "plan",
        "medicationCodeableConcept": MEDICATION,
        "subject": SUBJECT,
        **_notes(entry.note),
        "dosageInstruction": [
            {"timing": {"event": [fhir_datetime(entry.date)]}, "doseAndRate": [{"doseQuantity": _mg(entry.value)}]}
        ],
    }


def _lab_resource(entry: Entry) -> dict:
    """A lab result (Observation), a vaccination (Immunization) or a booked blood test (ServiceRequest)."""
    from ocrelog import labs

    if entry.type == "vaccine":
        immunization = {
            "resourceType": "Immunization",
            "status": "completed",
            "vaccineCode": {"text": entry.name},
            "patient": SUBJECT,
            "occurrenceDateTime": fhir_datetime(entry.date),
            **_notes("A live vaccine." if entry.live else None, entry.note),
        }
        return _with_handled(immunization, entry)
    test = labs.TESTS.get(entry.name or "")
    if entry.type == "planned_lab":
        what = f"Blood test: {test.words}" if test else "Blood test"
        return {
            "resourceType": "ServiceRequest",
            "status": "active",
            "intent": "plan",
            "category": _category("laboratory", "Laboratory"),
            "code": {"text": what},
            "subject": SUBJECT,
            "occurrenceDateTime": fhir_datetime(entry.date),
            **_notes(entry.note),
        }
    assert test is not None  # a lab result's name is one of labs.TESTS (checked when stored)
    if entry.result is not None:
        quantity = "result"
        value: dict = {"valueCodeableConcept": {"text": entry.result}}
    else:
        unit = test.unit(entry.unit)
        quantity = unit.quantity
        value = {"valueQuantity": {"value": entry.value, "unit": unit.symbol, "system": UCUM, "code": unit.ucum}}
        if entry.range is not None:
            low, high = ({"value": v, "unit": unit.symbol, "system": UCUM, "code": unit.ucum} for v in entry.range)
            value["referenceRange"] = [
                {"low": low, "high": high, "text": "The range given on the person's own lab report"}
            ]
    code: dict = {"text": test.words}
    keys = {quantity} if entry.result is not None else {quantity, test.unit(entry.unit).ucum}
    coded = [(c, name) for q, c, name in test.loinc if q in keys]
    if coded:
        code = {"coding": [{"system": LOINC, "code": c, "display": name} for c, name in coded], "text": test.words}
    return _observation(entry, code, value, _category("laboratory", "Laboratory"))


def _route(mg: object) -> str | None:
    if mg in INTRAVENOUS_DOSES:
        return "intravenous infusion"
    if mg == SUBCUTANEOUS_DOSE:
        return "subcutaneous injection"
    return None


def bundle_chunks(entries: Iterable[Entry], now: datetime) -> Iterator[str]:
    """The Bundle as JSON text in pieces, one entry a line (an empty journal: no ``entry``)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    head = {"resourceType": "Bundle", "type": "collection", "timestamp": now.astimezone().isoformat(timespec="seconds")}
    yield encode(head)[:-1]
    separator = ',\n"entry": [\n'
    for entry in entries:
        item = {"fullUrl": f"urn:uuid:{uuid.uuid4()}", "resource": resource(entry)}
        yield separator + encode(item)
        separator = ",\n"
    yield "\n]}\n" if separator == ",\n" else "}\n"
