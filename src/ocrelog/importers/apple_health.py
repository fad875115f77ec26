"""Apple Health: ``export.xml``, or the ``export.zip`` the Health app writes (read in place).

Parsed as a stream (``XMLPullParser`` fed 1 MB at a time); each top-level element
is dropped as soon as it has been read, so memory stays flat whatever the size.

- ``HKCategoryTypeIdentifierFatigue`` with severity NotPresent, Mild, Moderate,
  Severe becomes fatigue 0, 3, 6, 9 (Unspecified is counted and skipped).
- ``HKQuantityTypeIdentifierBodyTemperature`` becomes a temperature (°C or °F from its unit).
- Every other record type is counted and skipped.

Times are kept as the wall-clock time written in the file (its UTC offset dropped).

Entities are refused before the parser sees them: the Health app's own
``<!DOCTYPE HealthData [...]>`` declares elements and attributes only, so a
document type that declares an entity (the "billion laughs" expansion) or
points to an outside file (an external entity) is refused in one sentence.
A small expat parser reads the prolog, up to the root element, for this;
the C parser that reads the records is unchanged (defusedxml would do the
same check but parse every record in Python, several times slower).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from ocrelog.entries import Entry, parse_temperature
from ocrelog.errors import InvalidValue
from ocrelog.importers.common import Head, Importer, stamp

if TYPE_CHECKING:  # the XML parsers are imported when a file is read, not when the registry loads
    from xml.etree.ElementTree import Element, ParseError, XMLPullParser

FATIGUE = "HKCategoryTypeIdentifierFatigue"
TEMPERATURE = "HKQuantityTypeIdentifierBodyTemperature"
SEVERITY_TO_SCORE = {
    "HKCategoryValueSeverityNotPresent": 0,
    "HKCategoryValueSeverityMild": 3,
    "HKCategoryValueSeverityModerate": 6,
    "HKCategoryValueSeveritySevere": 9,
}
UNSPECIFIED = "HKCategoryValueSeverityUnspecified"
CHUNK = 1 << 20


def _when(text: str, kind: str, now: datetime) -> str:
    where = f"A {kind.removeprefix('HKCategoryTypeIdentifier').removeprefix('HKQuantityTypeIdentifier')} record"
    try:
        moment = datetime.strptime(text.strip()[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise InvalidValue(f"{where} has a date that could not be read, {text[:30]!r}") from None
    return stamp(moment.date(), (moment.hour, moment.minute), now, where)


def _record(element, now: datetime, tally) -> Entry | None:
    kind = element.get("type", "")
    if kind == FATIGUE:
        value = element.get("value", "")
        if value == UNSPECIFIED:
            tally.skipped["fatigue records of unspecified severity"] += 1
            return None
        if value not in SEVERITY_TO_SCORE:
            tally.skipped["fatigue records of unknown severity"] += 1
            return None
        when = _when(element.get("startDate", ""), kind, now)
        return Entry(type="fatigue", date=when, value=SEVERITY_TO_SCORE[value], source="apple-health")
    if kind == TEMPERATURE:
        unit = element.get("unit", "degC").lower()
        suffix = "f" if "f" in unit else "c"
        raw = element.get("value", "")
        try:  # HealthKit writes a converted reading at full precision: 37.77777777777778
            raw = f"{float(raw):.4f}".rstrip("0").rstrip(".")
        except ValueError:
            tally.skipped["temperatures that are not a number"] += 1
            return None
        try:
            celsius = parse_temperature(f"{raw}{suffix}")
        except InvalidValue:
            tally.skipped["temperatures outside 34-43 °C"] += 1
            return None
        when = _when(element.get("startDate", ""), kind, now)
        return Entry(type="temperature", date=when, value=celsius, source="apple-health")
    shown = kind.removeprefix("HKQuantityTypeIdentifier").removeprefix("HKCategoryTypeIdentifier") or "other"
    tally.skipped[f"{shown} records"] += 1
    return None


class _Prolog:
    """Reads the XML prolog (up to the root element) and refuses entities and outside files."""

    def __init__(self) -> None:
        from xml.parsers import expat

        self.done = False
        self.parser = expat.ParserCreate()
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._entity
        self.parser.ExternalEntityRefHandler = self._external
        self.parser.StartElementHandler = self._root

    def feed(self, chunk: bytes) -> None:
        if self.done:
            return
        from xml.parsers.expat import ExpatError

        try:
            self.parser.Parse(chunk, not chunk)
        except (ExpatError, _RootReached):
            self.done = True  # past the prolog; the record parser names any error and its line

    def _doctype(self, name, system_id, public_id, has_internal_subset) -> None:
        if system_id or public_id:
            raise InvalidValue(
                "This XML file's document type points to another file, which ocrelog never "
                "reads, so it is not an Apple Health export as the Health app writes it"
            )

    def _entity(self, name, *_: object) -> None:
        raise InvalidValue(
            f"This XML file declares an entity ({name[:40]!r}), which Apple Health exports never do, so it was not read"
        )

    def _external(self, *_: object) -> int:
        raise InvalidValue("This XML file refers to an outside file, which ocrelog never reads")

    def _root(self, *_: object) -> None:
        raise _RootReached


class _RootReached(Exception):
    """The prolog is over: stop reading it."""


def _not_xml(error: ParseError) -> InvalidValue:
    return InvalidValue(f"Line {error.position[0]}: this is not valid XML ({str(error)[:120]})")


def _events(parser: XMLPullParser[Element]) -> Iterator[tuple[str, Element]]:
    """The parser's events; an error it met while fed is raised here, as one sentence."""
    from xml.etree.ElementTree import ParseError

    try:
        yield from parser.read_events()  # type: ignore[misc]  # "start" and "end" events only
    except ParseError as error:
        raise _not_xml(error) from None


def read(source, options, tally, now: datetime) -> Iterator[Entry]:
    from xml.etree.ElementTree import ParseError, XMLPullParser

    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    prolog = _Prolog()
    depth = 0
    root = None
    binary = source.binary
    while True:
        chunk = binary.read(CHUNK)
        prolog.feed(chunk)
        try:
            if chunk:
                parser.feed(chunk)
            else:
                parser.close()
        except ParseError as error:
            raise _not_xml(error) from None
        for event, element in _events(parser):
            if event == "start":
                depth += 1
                if depth == 1:
                    root = element
                    if element.tag != "HealthData":
                        raise InvalidValue("This XML file is not an Apple Health export (no <HealthData>)")
                continue
            depth -= 1
            if depth == 1:
                if element.tag == "Record":
                    entry = _record(element, now, tally)
                    if entry is not None:
                        yield entry
                elif element.tag not in ("ExportDate", "Me"):
                    tally.skipped[f"{element.tag} elements"] += 1
                element.clear()
                if root is not None:
                    root.remove(element)
        if not chunk:
            return


def _recognise(head: Head) -> bool:
    """A zip (its export.xml), or XML with a ``<HealthData>`` root; other XML is refused."""
    if head.zipped:
        return True
    if not head.stripped.startswith("<"):
        return False
    if "<HealthData" in head.text:
        return True
    raise InvalidValue("This XML file is not an Apple Health export (it has no <HealthData> element)")


def nothing_mapped(what: str, tally) -> str:
    """The record types the file has, and where fatigue is logged in the Health app."""
    found = [(why.removesuffix(" records"), n) for why, n in tally.skipped.most_common() if why.endswith(" records")]
    shown = ", ".join(f"{kind} ({n})" for kind, n in found[:8]) or "no records at all"
    return (
        f"Nothing in {what} maps to an entry: ocrelog reads Fatigue and BodyTemperature records, and "
        f"the file has {shown}; log fatigue in the Health app (Symptoms, Fatigue) and export again"
    )


IMPORTER = Importer(name="apple-health", read=read, recognise=_recognise, nothing_mapped=nothing_mapped)
