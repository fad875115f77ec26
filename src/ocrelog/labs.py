"""Blood tests the Ocrevus label names, and vaccines: the tables, as data. Pure: no I/O, no clock.

``ocrelog lab NAME VALUE`` records a result of one of :data:`TESTS`; ``ocrelog vaccine
NAME`` a vaccination, live when it is one of :data:`LIVE_VACCINES` (or ``--live``).
ocrelog keeps no reference ranges: a result is compared only with the range printed on
the person's own lab report (``--range LOW-HIGH``), and the words say where it falls
("below the range given"), never that it is "normal". docs/rules.md prints these tables.

Conversion factors (each exact or as laboratories use them):

- immunoglobulins (IgG, IgM, IgA): 1 g/L = 100 mg/dL (1 dL = 0.1 L);
- bilirubin: 1 mg/dL = 17.1 µmol/L (molar mass 584.66 g/mol: 10 mg/L / 584.66 g/mol);
- ALT, AST, ALP: U/L and IU/L are the same unit; 1 µkat/L = 60 U/L (1 U = 1 µmol/min,
  1 kat = 1 mol/s);
- CD19 B cells: 1 cells/µL = 10^6 cells/L. A percentage of lymphocytes is another
  quantity, never converted to or from a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from typing import TYPE_CHECKING

from ocrelog.errors import InvalidValue

if TYPE_CHECKING:
    from ocrelog.entries import Entry
    from ocrelog.rules import Infusion


@dataclass(frozen=True)
class Unit:
    """A unit a test's result may be given in."""

    symbol: str  # as shown and stored: "g/L"
    ucum: str  # its UCUM code, for FHIR
    to_base: float  # multiply by this to get the test's first unit of the same quantity
    spellings: tuple[str, ...]  # what people type, compared without case
    quantity: str = "concentration"  # units of one quantity convert into each other


@dataclass(frozen=True)
class Test:
    """A blood test: its name, words, units (the first is the default) and plausible limits."""

    key: str  # as typed on the command line: "igg"
    title: str  # "IgG"
    words: str  # "immunoglobulin G (IgG), serum"
    units: tuple[Unit, ...] = ()
    #: The highest value a laboratory reports, per quantity, in that quantity's first unit.
    highest: tuple[tuple[str, float], ...] = ()
    loinc: tuple[tuple[str, str, str], ...] = ()  # (quantity or UCUM unit, code, LOINC long name)

    @property
    def qualitative(self) -> bool:
        return not self.units

    def unit(self, typed: str | None) -> Unit:
        """The unit ``typed`` (any accepted spelling), or the first one when none is given."""
        if typed is None or not typed.strip():
            return self.units[0]
        wanted = _spelling(typed)
        for unit in self.units:
            if wanted in (_spelling(s) for s in (unit.symbol, *unit.spellings)):
                return unit
        accepted = ", ".join(unit.symbol for unit in self.units)
        raise InvalidValue(f"{self.title} is given in {accepted}; {typed.strip()[:20]!r} is none of them.")

    def base(self, quantity: str) -> Unit:
        """The first unit of a quantity: the one every value of it is compared in."""
        return next(unit for unit in self.units if unit.quantity == quantity)


def _spelling(text: str) -> str:
    """A unit as typed, compared: no spaces, lower case, µ (micro sign or Greek mu) as u."""
    return "".join(text.split()).lower().replace("µ", "u").replace("μ", "u")


_G_L = Unit("g/L", "g/L", 1.0, ("g/l", "gl"))
_MG_DL = Unit("mg/dL", "mg/dL", 0.01, ("mg/dl", "mgdl"))  # 100 mg/dL = 1 g/L
_U_L = Unit("U/L", "U/L", 1.0, ("u/l", "iu/l", "ui/l", "iu"))
_UKAT_L = Unit("µkat/L", "ukat/L", 60.0, ("ukat/l", "µkat/l", "μkat/l"))  # 1 µkat/L = 60 U/L
_UMOL_L = Unit("µmol/L", "umol/L", 1.0, ("umol/l", "µmol/l", "μmol/l", "micromol/l"))
_BILI_MG_DL = Unit("mg/dL", "mg/dL", 17.1, ("mg/dl", "mgdl"))  # 1 mg/dL = 17.1 µmol/L
_CELLS_UL = Unit(
    "cells/µL", "/uL", 1.0, ("cells/ul", "cells/µl", "cells/μl", "/ul", "/µl", "/μl", "cells/mm3", "/mm3"), "count"
)
_CELLS_L = Unit("10^6/L", "10*6/L", 1.0, ("10^6/l", "x10^6/l", "10*6/l", "10e6/l"), "count")  # = cells/µL
_CELLS_G_L = Unit("10^9/L", "10*9/L", 1000.0, ("10^9/l", "x10^9/l", "10*9/l", "10e9/l"), "count")  # 1 = 1000 cells/µL
_PERCENT = Unit("%", "%", 1.0, ("percent", "%lymphocytes", "% of lymphocytes"), "percent")

#: Results a laboratory gives for hepatitis B screening, and the words people type for each
#: ("reactive" is how many assays report a positive).
QUALITATIVE_RESULTS = ("positive", "negative", "indeterminate")
RESULT_SPELLINGS = {
    "positive": "positive",
    "pos": "positive",
    "+": "positive",
    "reactive": "positive",
    "detected": "positive",
    "negative": "negative",
    "neg": "negative",
    "-": "negative",
    "non-reactive": "negative",
    "nonreactive": "negative",
    "non reactive": "negative",
    "not detected": "negative",
    "indeterminate": "indeterminate",
    "equivocal": "indeterminate",
    "borderline": "indeterminate",
    "ind": "indeterminate",
}

_IMMUNOGLOBULIN = (_G_L, _MG_DL)
_ENZYME = (_U_L, _UKAT_L)
#: The plausible limits: above these no laboratory reports a value (a typo, or another unit).
#: Immunoglobulins up to 200 g/L (a myeloma's IgG reaches about 100); liver enzymes up to
#: 50,000 U/L (acute liver failure reaches about 10,000); bilirubin up to 1,000 µmol/L
#: (about 58 mg/dL); CD19 up to 1,000,000 cells/µL (a leukaemia's count); a percentage to 100.
HIGHEST_IMMUNOGLOBULIN_G_L = 200.0
HIGHEST_ENZYME_U_L = 50_000.0
HIGHEST_BILIRUBIN_UMOL_L = 1_000.0
HIGHEST_CD19_CELLS_UL = 1_000_000.0
HIGHEST_PERCENT = 100.0


def _immunoglobulin(letter: str, code: str) -> Test:
    """IgG, IgM or IgA in serum: one concentration, its LOINC code."""
    title = f"Ig{letter}"
    loinc = ("concentration", code, f"{title} [Mass/volume] in Serum or Plasma")
    highest = ("concentration", HIGHEST_IMMUNOGLOBULIN_G_L)
    return Test(
        title.lower(), title, f"immunoglobulin {letter} ({title}), serum", _IMMUNOGLOBULIN, (highest,), (loinc,)
    )


def _enzyme(title: str, name: str, code: str) -> Test:
    """A liver enzyme in serum or plasma: one activity, its LOINC code."""
    loinc = ("concentration", code, f"{name} [Enzymatic activity/volume] in Serum or Plasma")
    highest = ("concentration", HIGHEST_ENZYME_U_L)
    return Test(title.lower(), title, f"{name.lower()} ({title})", _ENZYME, (highest,), (loinc,))


TESTS: dict[str, Test] = {
    test.key: test
    for test in (
        _immunoglobulin("G", "2465-3"),
        _immunoglobulin("M", "2472-9"),
        _immunoglobulin("A", "2458-8"),
        _enzyme("ALT", "Alanine aminotransferase", "1742-6"),
        _enzyme("AST", "Aspartate aminotransferase", "1920-8"),
        _enzyme("ALP", "Alkaline phosphatase", "6768-6"),
        Test(
            "bilirubin",
            "Bilirubin",
            "total bilirubin",
            (_UMOL_L, _BILI_MG_DL),
            (("concentration", HIGHEST_BILIRUBIN_UMOL_L),),
            (
                ("mg/dL", "1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"),
                ("umol/L", "14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma"),
            ),
        ),
        Test(
            "cd19",
            "CD19",
            "CD19 B cells",
            (_CELLS_UL, _CELLS_L, _CELLS_G_L, _PERCENT),
            (("count", HIGHEST_CD19_CELLS_UL), ("percent", HIGHEST_PERCENT)),
        ),
        Test(
            "hbsag",
            "HBsAg",
            "hepatitis B surface antigen (HBsAg)",
            loinc=(("result", "5196-1", "Hepatitis B virus surface Ag [Presence] in Serum or Plasma by Immunoassay"),),
        ),
        Test(
            "anti-hbc",
            "Anti-HBc",
            "hepatitis B core antibody (anti-HBc), total",
            loinc=(("result", "16933-4", "Hepatitis B virus core Ab [Presence] in Serum"),),
        ),
    )
}
#: Other names people type for a test.
TEST_ALIASES = {
    "antihbc": "anti-hbc",
    "anti_hbc": "anti-hbc",
    "hbcab": "anti-hbc",
    "hbsag": "hbsag",
    "hbs-ag": "hbsag",
    "b-cells": "cd19",
    "bcells": "cd19",
    "bili": "bilirubin",
    "sgpt": "alt",
    "sgot": "ast",
    "alkphos": "alp",
}
#: The hepatitis B tests: a result word, no unit.
HEPATITIS_B = tuple(key for key, test in TESTS.items() if test.qualitative)


def test_of(name: object) -> Test:
    """The test a name means (``IgG``, ``anti-HBc``, ``sgpt``), or one sentence naming them."""
    typed = " ".join(str(name).split()).lower()
    key = TEST_ALIASES.get(typed.replace(" ", ""), typed)
    if key not in TESTS:
        raise InvalidValue(f"A lab test is one of {', '.join(TESTS)}; {str(name).strip()[:30]!r} is none of them.")
    return TESTS[key]


_NUMBER = re.compile(r"[0-9]{1,9}(?:[.,][0-9]{1,4})?")


#: "1,050": a thousands comma or a decimal comma? Three digits after a comma could be either.
_AMBIGUOUS_COMMA = re.compile(r"[0-9]{1,3},[0-9]{3}")


def _number(text: str, what: str) -> float:
    raw = text.strip()
    if _AMBIGUOUS_COMMA.fullmatch(raw):
        whole, _, part = raw.partition(",")
        raise InvalidValue(
            f"{what} {raw!r} could be {whole}{part} or {whole}.{part}: write it without the comma "
            f"({whole}{part}) or with a point ({whole}.{part}); nothing was stored."
        )
    if not _NUMBER.fullmatch(raw):
        raise InvalidValue(f"{what} must be a number such as 8.1, not {raw[:30]!r}.")
    return float(raw.replace(",", "."))


def result_of(test: Test, value: object) -> str:
    """A hepatitis B result as one of QUALITATIVE_RESULTS, from the words people type."""
    typed = " ".join(str(value).split()).lower()
    found = RESULT_SPELLINGS.get(typed)
    if found is None:
        raise InvalidValue(
            f"The {test.title} result is {', '.join(QUALITATIVE_RESULTS[:-1])} or {QUALITATIVE_RESULTS[-1]} "
            f"(reactive is positive, non-reactive negative), not {str(value).strip()[:30]!r}."
        )
    return found


def value_of(test: Test, value: object, unit: Unit) -> float:
    """A measured value, checked against what a laboratory can report, in ``unit``."""
    if isinstance(value, bool):
        raise InvalidValue(f"{test.title} must be a number such as 8.1.")
    number = float(value) if isinstance(value, (int, float)) else _number(str(value), f"{test.title}'s value")
    if number < 0 or number != number:
        raise InvalidValue(f"{test.title} cannot be below 0.")
    highest = dict(test.highest)[unit.quantity]
    if number * unit.to_base > highest:
        base = test.base(unit.quantity)
        raise InvalidValue(
            f"{test.title} of {number:g} {unit.symbol} is more than any laboratory reports (at most "
            f"{highest:g} {base.symbol}); check the number and the unit (--unit); nothing was stored."
        )
    return round(number, 4)


def range_of(text: str | None) -> tuple[float, float] | None:
    """The range printed on the person's own lab report, ``LOW-HIGH`` (``7-16``, ``0.5 - 1.2``)."""
    if text is None or not text.strip():
        return None
    parts = re.fullmatch(r"\s*([0-9.,]+)\s*(?:-|–|to)\s*([0-9.,]+)\s*", text)
    if parts is None:
        raise InvalidValue(f"Give the range as LOW-HIGH, as on your lab report (such as 7-16), not {text[:30]!r}.")
    low, high = _number(parts[1], "The range's low end"), _number(parts[2], "The range's high end")
    if low >= high:
        raise InvalidValue(f"The range's low end must be below its high end: {text.strip()[:30]!r}.")
    return low, high


#: The JSON ``flag`` of a result compared with the range given (None: no range, or no number).
FLAGS = ("below", "within", "above")
FLAG_WORDS = {"below": "below the range given", "within": "within the range given", "above": "above the range given"}


def flag_of(value: float | None, given: tuple[float, float] | None) -> str | None:
    """Where ``value`` falls in the range given: one of FLAGS, or None without a range."""
    if value is None or given is None:
        return None
    low, high = given
    if value < low:
        return "below"
    if value > high:
        return "above"
    return "within"


def number_text(value: float) -> str:
    """A value as a lab report prints it: ``8.1``, ``35``, ``0.45``."""
    return f"{value:g}" if abs(value) < 1e6 else f"{value:.0f}"


def range_text(given: tuple[float, float]) -> str:
    return f"{number_text(given[0])}-{number_text(given[1])}"


def converted(test: Test, value: float, unit: Unit) -> tuple[float, Unit]:
    """``value`` in the first unit of its quantity (IgG in mg/dL as g/L), rounded as shown."""
    base = test.base(unit.quantity)
    if base is unit:
        return value, unit
    return round(value * unit.to_base / base.to_base, 3), base


# -- vaccines --------------------------------------------------------------------------


@dataclass(frozen=True)
class Vaccine:
    """A live (or live-attenuated) vaccine: its name and the names people type for it."""

    name: str
    aliases: tuple[str, ...]


#: Live vaccines (CDC, "General Best Practice Guidelines for Immunization", table of live
#: vaccines; UK Green Book, chapter 6, live vaccines). Shingrix (recombinant) is not live.
LIVE_VACCINES = (
    Vaccine(
        "MMR (measles, mumps, rubella)",
        ("mmr", "m m r", "measles", "mumps", "rubella", "priorix", "mmrvaxpro", "mmr ii", "proquad"),
    ),
    Vaccine("varicella (chickenpox)", ("varicella", "chickenpox", "chicken pox", "varivax", "varilrix", "mmrv")),
    Vaccine("yellow fever", ("yellow fever", "yellowfever", "yf", "stamaril", "yf vax")),
    Vaccine(
        "nasal flu spray (live attenuated influenza vaccine)",
        ("laiv", "laiv4", "flumist", "fluenz", "nasal", "intranasal", "flu spray", "live attenuated influenza"),
    ),
    Vaccine("oral typhoid (Ty21a)", ("oral typhoid", "ty21a", "vivotif", "typhoid oral")),
    Vaccine("BCG (tuberculosis)", ("bcg", "tuberculosis", "tb vaccine")),
    Vaccine(
        "live shingles vaccine (Zostavax)",
        ("zostavax", "live shingles", "live zoster", "zoster live", "zoster vaccine live", "zvl"),
    ),
    Vaccine("dengue (Qdenga, Dengvaxia)", ("qdenga", "dengvaxia", "dengue")),
    Vaccine("chikungunya (Ixchiq)", ("ixchiq",)),
    Vaccine("oral cholera (Vaxchora)", ("vaxchora",)),
)
#: Names that look like a live vaccine's but are not one (said in docs/rules.md).
NOT_LIVE = ("shingrix", "recombinant zoster", "typhim vi", "injected typhoid", "flu jab", "flu shot")
#: The Ocrevus label's words on live vaccines (section 4.4 of the SmPC, "Vaccinations"; US
#: prescribing information 5.5, "Vaccinations"), said before a live vaccine is stored.
LABEL_LIVE_SENTENCE = (
    "The Ocrevus label says that vaccination with live-attenuated or live vaccines is not "
    "recommended during treatment and after discontinuation until B-cell repletion."
)
#: The label's word on non-live vaccines before the first dose.
NON_LIVE_WEEKS_BEFORE_FIRST_DOSE = 2


def live_vaccine(name: str) -> Vaccine | None:
    """The live vaccine ``name`` is (any alias, any case), or None."""
    typed = " ".join(re.sub(r"[^\w]+", " ", name.lower()).split())
    for vaccine in LIVE_VACCINES:
        if any(re.search(rf"\b{re.escape(a)}\b", typed) for a in vaccine.aliases if not _said_not_live(typed, a)):
            return vaccine  # "Shingrix and MMR": the MMR is live
    return None


def _said_not_live(typed: str, alias: str) -> bool:
    """The alias found only inside a name of NOT_LIVE ("zoster" in "recombinant zoster")."""
    return any(alias in word and word in typed for word in NOT_LIVE)


def vaccine_name(text: str) -> str:
    """A vaccine's name as typed, spaces tidied (``Flu jab 2026``)."""
    name = " ".join(str(text).split())
    if not name:
        raise InvalidValue("Give the vaccine a name, like 'flu jab' or 'covid booster'.")
    if len(name) > 200:
        raise InvalidValue("A vaccine's name is at most 200 characters.")
    return name


# -- entries ----------------------------------------------------------------------------


def value_words(entry: Entry) -> str:
    """A result's value with its unit: ``8.1 g/L``, ``negative``; ``-`` when it has none."""
    if entry.result is not None:
        return entry.result
    if not isinstance(entry.value, (int, float)):
        return "-"
    return f"{number_text(entry.value)} {entry.unit}" if entry.unit else number_text(entry.value)


def title_of(name: str | None) -> str:
    test = TESTS.get(name or "")
    return test.title if test else str(name)


def flag_words(entry: Entry) -> str | None:
    """``below the range given, 7-16``: a result against the range given, or None without one."""
    number = entry.value if isinstance(entry.value, (int, float)) and entry.result is None else None
    flag = flag_of(number, entry.range)
    if flag is None or entry.range is None:
        return None
    return f"{FLAG_WORDS[flag]}, {range_text(entry.range)}"


def describe(entry: Entry) -> str:
    """``IgG 8.1 g/L``, ``HBsAg negative``, ``vaccine flu jab``, ``live vaccine MMR``,
    ``blood test booked (IgG)``."""
    if entry.type == "lab":
        return f"{title_of(entry.name)} {value_words(entry)}"
    if entry.type == "vaccine":
        return f"{'live vaccine' if entry.live else 'vaccine'} {entry.name}"
    return f"blood test booked ({title_of(entry.name)})" if entry.name else "blood test booked"


def lab_entry(
    date: str,
    name: object,
    value: object,
    unit: str | None = None,
    given_range: str | tuple[float, float] | None = None,
    **fields: object,
) -> Entry:
    """A lab result as an entry, checked whole: the test, its unit, its value, the range given."""
    from ocrelog.entries import Entry

    test = test_of(name)
    if test.qualitative:
        if unit or given_range:
            raise InvalidValue(f"{test.title} is a result word (positive, negative, indeterminate): no unit or range.")
        return Entry(type="lab", date=date, name=test.key, result=result_of(test, value), **fields)  # type: ignore[arg-type]
    if value is None or value == "":
        raise InvalidValue(f"Give {test.title}'s value, such as: ocrelog lab {test.key} 8.1")
    chosen = test.unit(unit)
    number = value_of(test, value, chosen)
    limits = range_of(given_range) if not isinstance(given_range, tuple) else given_range
    if limits is not None:
        limits = (value_of(test, limits[0], chosen), value_of(test, limits[1], chosen))  # "700-1600" beside g/L
    return Entry(type="lab", date=date, name=test.key, value=number, unit=chosen.symbol, range=limits, **fields)  # type: ignore[arg-type]


def vaccine_entry(date: str, name: str, live: bool = False, **fields: object) -> Entry:
    """A vaccination as an entry: live when ``live`` or when its name is a known live vaccine."""
    from ocrelog.entries import Entry

    named = vaccine_name(name)
    return Entry(type="vaccine", date=date, name=named, live=bool(live or live_vaccine(named)), **fields)  # type: ignore[arg-type]


def booked_test_name(name: object) -> str | None:
    """The test a booking names, or None (a blood test in general)."""
    if name is None or not str(name).strip():
        return None
    return test_of(name).key


def edited_lab(entry: Entry, value: object) -> dict:
    """A lab result's new value, checked in its own unit (a new unit or range: log it again)."""
    test = test_of(entry.name)
    if test.qualitative:
        return {"result": result_of(test, value)}
    return {"value": value_of(test, value, test.unit(entry.unit))}


def cycle_day(doses: list[Infusion], day: _date) -> tuple[Infusion, int] | None:
    """The latest dose on or before ``day`` and how many days after it ``day`` is (0: that day)."""
    before = [dose for dose in doses if dose.day <= day]
    if not before:
        return None
    return before[-1], (day - before[-1].day).days


def cycle_place(doses: list[Infusion], day: _date) -> str:
    """Where ``day`` falls in the cycle, as a fact: ``day 98 after the dose of 16 May 2026;
    84 days before the next one is due`` (the next dose as the rule has it, from the doses up
    to that day); ``before any dose recorded``."""
    from ocrelog.dates import written
    from ocrelog.plurals import plural
    from ocrelog.rules import courses, next_dose

    place = cycle_day(doses, day)
    if place is None:
        later = [dose for dose in doses if dose.day > day]
        if not later:
            return "before any dose recorded"
        ahead = plural((later[0].day - day).days, "day")
        return f"before any dose recorded ({ahead} before the first, on {written(later[0].day)})"
    dose, after = place
    when = f"day {after} after the dose of {written(dose.day)}"
    if after == 0:
        when = f"on the day of the dose of {written(dose.day)}"
    upto = [d for d in doses if d.day <= day]
    due, _ = next_dose(upto, courses(upto))
    if due is None:
        return when
    gap = (due - day).days
    if gap > 0:
        return f"{when}; {plural(gap, 'day')} before the next one is due"
    if gap == 0:
        return f"{when}; the day the next one is due"
    return f"{when}; {plural(-gap, 'day')} after the next one was due"


# -- the report and the summary: facts in words -----------------------------------------

#: The latest results of one test shown in the report and the summary (older ones: counted).
VALUES_SHOWN = 6


@dataclass(frozen=True)
class LabFacts:
    """What the report and the summary say about blood tests and vaccines: the results and the
    vaccinations, oldest first, and the doses (to place each vaccination in its cycle)."""

    results: tuple[Entry, ...] = ()
    vaccines: tuple[Entry, ...] = ()
    doses: tuple[Infusion, ...] = ()


def _day_words(entry: Entry) -> str:
    from ocrelog.dates import written

    return written(entry.date[:10])


def _series(results: tuple[Entry, ...]) -> dict[tuple[str, str], list[Entry]]:
    """The numeric results by (test, quantity), in the order of TESTS, each oldest first."""
    found: dict[tuple[str, str], list[Entry]] = {}
    for key, test in TESTS.items():
        if test.qualitative:
            continue
        for entry in results:
            if entry.name == key and isinstance(entry.value, (int, float)) and entry.result is None:
                found.setdefault((key, test.unit(entry.unit).quantity), []).append(entry)
    return found


def _series_text(key: str, taken: list[Entry], shown: int, joiner: str) -> str:
    """One test over time in its first unit (a value given in another unit converted), the
    latest against the range given after ``joiner`` (": " or " ("), the earlier ones counted."""
    test = TESTS[key]
    kept = taken[-shown:]
    parts = []
    for index, entry in enumerate(kept):
        value, unit = converted(test, float(entry.value or 0), test.unit(entry.unit))
        parts.append(f"{number_text(value)}{f' {unit.symbol}' if index == 0 else ''} on {_day_words(entry)}")
    text = f"{test.title} {', '.join(parts)}"
    latest = kept[-1]
    flag = flag_of(float(latest.value or 0), latest.range)
    notes = []
    if flag is not None and latest.range is not None:
        unit = test.unit(latest.unit)
        low, _ = converted(test, latest.range[0], unit)
        high, _ = converted(test, latest.range[1], unit)
        notes.append(f"{FLAG_WORDS[flag]}, {range_text((low, high))}")
    earlier = len(taken) - len(kept)
    if earlier:
        notes.append(f"{earlier} earlier")
    if not notes:
        return text
    return f"{text}: {'; '.join(notes)}" if joiner == ": " else f"{text} ({'; '.join(notes)})"


def test_lines(results: tuple[Entry, ...]) -> list[str]:
    """Each test over time, one line each (the report): ``IgG 8.1 g/L on 14 Jan 2025, 6.2 on
    3 Nov 2026: below the range given, 7-16.``"""
    return [f"{_series_text(key, taken, VALUES_SHOWN, ': ')}." for (key, _), taken in _series(results).items()]


#: The summary's lines: the tests by kind, one line each, so the page keeps its budget (IgG
#: has a line of its own, beside the infections: :func:`igg_with_infections`).
GROUPS = (
    ("Other immunoglobulins", ("igm", "iga")),
    ("Liver tests", ("alt", "ast", "alp", "bilirubin")),
    ("B cells", ("cd19",)),
)
#: The latest results of one test the summary shows (older ones: counted).
SUMMARY_VALUES_SHOWN = 3


def grouped_lines(results: tuple[Entry, ...]) -> list[str]:
    """The tests but IgG by kind (the summary), hepatitis B on the B cells' line: ``Liver tests:
    ALT 30 U/L on 10 Feb 2026; AST 25 U/L on 10 Feb 2026 (above the range given, 0-20).``"""
    series = _series(results)
    lines = []
    for title, keys in GROUPS:
        texts = [
            _series_text(found, taken, SUMMARY_VALUES_SHOWN, " (")
            for (found, _), taken in series.items()
            if found in keys
        ]
        if texts:
            lines.append(f"{title}: {'; '.join(texts)}.")
    hepatitis = hepatitis_line(results)
    if hepatitis and lines and lines[-1].startswith("B cells"):
        lines[-1] = f"{lines[-1][:-1]}. {hepatitis}"  # one line: the page's budget
    elif hepatitis:
        lines.append(hepatitis)
    return lines


def hepatitis_line(results: tuple[Entry, ...]) -> str:
    """``Hepatitis B: HBsAg negative on 14 Jan 2025; anti-HBc negative on 14 Jan 2025.`` ('' with none)."""
    parts = [
        f"{TESTS[key].title} {entry.result} on {_day_words(entry)}"
        for key in HEPATITIS_B
        for entry in results
        if entry.name == key and entry.result is not None
    ]
    return f"Hepatitis B: {'; '.join(parts)}." if parts else ""


@dataclass(frozen=True)
class VaccineRow:
    when: str
    name: str
    live: str  # "live" or ""
    place: str  # where it fell in the cycle, as a fact
    cycle_day: int | None  # days after the dose before it; None before any dose

    @property
    def cells(self) -> tuple[str, str, str, str]:
        return (self.when, self.name, self.live, self.place)


VACCINE_HEADERS = ("Date", "Vaccine", "Live", "In the cycle")


def vaccine_rows(facts: LabFacts) -> list[VaccineRow]:
    """Each vaccination with where it fell in the cycle, oldest first."""
    doses = list(facts.doses)
    rows = []
    for entry in facts.vaccines:
        place = cycle_day(doses, entry.day)
        rows.append(
            VaccineRow(
                _day_words(entry),
                entry.name or "",
                "live" if entry.live else "",
                cycle_place(doses, entry.day),
                None if place is None else place[1],
            )
        )
    return rows


def igg_with_infections(results: tuple[Entry, ...], infections: int, when: str) -> str:
    """IgG over time beside the infections of the 12 months ``when`` names (the summary: facts
    only): ``IgG 8.1 g/L on 14 Jan 2025, 6.2 on 3 Nov 2026 (below the range given, 7-16); 2
    infections logged in the last 12 months.``"""
    taken = _series(results).get(("igg", "concentration"))
    if not taken:
        return ""
    from ocrelog.plurals import plural

    counted = plural(infections, "infection") if infections else "no infection"
    return f"{_series_text('igg', taken, SUMMARY_VALUES_SHOWN, ' (')}; {counted} logged in {when}."


def labs_json(facts: LabFacts) -> list[dict]:
    """``report --json`` ``labs``: every result, oldest first, with the keys of ``log --json``."""
    keys = ("id", "date", "name", "value", "unit", "range", "flag", "note")
    return [{key: entry.as_dict()[key] for key in keys} for entry in facts.results]


def vaccines_json(facts: LabFacts) -> list[dict]:
    """``report --json`` ``vaccines``: every vaccination, oldest first, placed in its cycle."""
    return [
        {
            "id": entry.id,
            "date": entry.date,
            "name": entry.name,
            "live": bool(entry.live),
            "cycle_day": row.cycle_day,
            "in_cycle": row.place,
        }
        for entry, row in zip(facts.vaccines, vaccine_rows(facts), strict=True)
    ]


def report_lines(facts: LabFacts) -> list[str]:
    """The report's lines on blood tests and vaccinations ([] with none)."""
    lines = test_lines(facts.results)
    hepatitis = hepatitis_line(facts.results)
    if hepatitis:
        lines.append(hepatitis)
    if lines:
        lines.insert(0, "Blood tests (ranges: as given from your own lab reports):")
    rows = vaccine_rows(facts)
    if rows:
        lines.append("Vaccinations:")
        lines += [f"  {row.when}, {row.name}{' (live)' if row.live else ''}: {row.place}." for row in rows]
    return lines


def tables_markdown() -> str:
    """The tests and the live vaccines as docs/rules.md prints them (tests/test_docs.py checks
    that the docs hold exactly this text)."""
    lines = [
        "| test | NAME | units (the first is the default) | more than any laboratory reports | LOINC |",
        "| --- | --- | --- | --- | --- |",
    ]
    for test in TESTS.values():
        if test.qualitative:
            units, limit = "none: " + ", ".join(QUALITATIVE_RESULTS), "-"
        else:
            units = ", ".join(unit.symbol for unit in test.units)
            limit = "above " + "; ".join(f"{number_text(high)} {test.base(q).symbol}" for q, high in test.highest)
        codes = ", ".join(code for _, code, _ in test.loinc) or "none (not checked)"
        lines.append(f"| {test.words} | `{test.key}` | {units} | {limit} | {codes} |")
    lines += ["", "| live vaccine | names ocrelog knows it by |", "| --- | --- |"]
    lines += [f"| {v.name} | {', '.join(v.aliases)} |" for v in LIVE_VACCINES]
    return "\n".join(lines)
