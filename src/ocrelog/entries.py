"""What a journal holds, and the rules every value must pass.

The same validators serve the commands, ``edit`` and ``import``, so a value
that one of them refuses cannot reach the journal another way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as _date

from ocrelog.dates import day_of, written
from ocrelog.errors import InvalidValue

TYPES = ("infusion", "fatigue", "symptom", "temperature", "planned", "scale", "lab", "vaccine", "planned_lab")
DEFAULT_DOSE = 600
SUBCUTANEOUS_DOSE = 920  # the form injected under the skin every six months
INTRAVENOUS_DOSES = (300, 600)  # a half dose and a full infusion
#: The doses ocrelog records: the licensed ones, and those only studied in trials (need --force).
LICENSED_DOSES = (*INTRAVENOUS_DOSES, SUBCUTANEOUS_DOSE)
TRIAL_DOSES = (1200, 1800)
MAX_SCORE = 10
#: The longest note (in characters) any command or import stores; docs/journal.md says why.
MAX_NOTE = 100_000
#: Temperatures outside this range (in °C) are refused as a likely typo.
LOWEST_TEMPERATURE_C = 34.0
HIGHEST_TEMPERATURE_C = 43.0
#: With --force, a reading outside the range above is kept when it is within this one.
FORCED_TEMPERATURE_C = (20.0, 46.0)
#: A measured temperature at or above this counts as a fever (signs.py judges by it).
FEVER_C = 38.0
#: ... and at or above this, a very high fever: seek help now (vocabulary.py names it in its advice).
VERY_HIGH_FEVER_C = 40.0
#: The lines a reading is judged by: none is shown rounded onto or over a line it is under.
_LINES_C = (FEVER_C, VERY_HIGH_FEVER_C)
# Pattern text, compiled (and cached) by `re` on first use, not at import.
_DOSE = r"([0-9]{1,6})\s*(?:mg)?"
_TEMPERATURE = r"([0-9]{2,3}(?:[.,][0-9]{1,12})?)\s*°?\s*([cf])?"


@dataclass(frozen=True)
class Entry:
    """One line of the journal.

    ``date`` is ISO text: ``2026-05-14``, or ``2026-05-14T14:30`` when a time
    of day is known. ``value`` is the fatigue score, the dose in mg (for
    ``infusion`` and ``planned``), the temperature in °C or a questionnaire's
    score (``scale``), and ``None`` for symptoms; ``name`` is the symptom's
    name or the scale's (``fss``, ``mfis``, ``mfis5``), ``None`` otherwise.
    A scale may hold its answers by item number (``items``) and its
    subscales, as (name, total) pairs.
    """

    type: str
    date: str
    value: int | float | None = None
    name: str | None = None
    note: str | None = None
    premeds: tuple[str, ...] = field(default=())
    reactions: tuple[str, ...] = field(default=())
    id: int | None = None
    source: str | None = None  # the app an imported entry came from; None: typed here
    handled_on: str | None = None  # the day its warning sign was marked as dealt with (`handled`)
    handled_note: str | None = None
    items: tuple[int, ...] = field(default=())  # a scale's answers, item 1 first
    subscales: tuple[tuple[str, int], ...] = field(default=())  # a scale's (name, total)
    logged: str | None = field(default=None, compare=False)  # when it was written in (UTC, ISO)
    #: A dose's time: given by the person (True), the moment `infuse` ran (False), not known (None).
    time_given: bool | None = field(default=None, compare=False)
    # A lab result (labs.py): its unit as given, the range printed on the person's own report
    # (low, high), and a hepatitis B result's word (``value`` is None then). A vaccine: live or not.
    unit: str | None = None
    range: tuple[float, float] | None = None
    result: str | None = None
    live: bool | None = None
    #: Marks of ``handled --category`` or ``handled C3``: (category, day, note) for one kind of
    #: warning sign, where ``handled_on`` marks every sign of the entry. Sorted by category.
    handled_signs: tuple[tuple[str, str, str | None], ...] = field(default=())

    @property
    def day(self) -> _date:
        """The calendar day of the entry (its date without a time)."""
        return day_of(self.date)

    def describe(self) -> str:
        """A short human description: ``fatigue 6/10``, ``600 mg infusion``."""
        if self.type == "fatigue":
            return f"fatigue {self.value}/10"
        if self.type == "infusion":
            return dose_words(self.value)
        if self.type == "planned":
            return f"planned {dose_words(self.value)}"
        if self.type == "temperature":
            return f"temperature {temperature_text(self.value)}"
        if self.type == "scale":
            from ocrelog.scales import title_of, value_text

            return f"{title_of(self.name)} {value_text(self.value)}"
        if self.type in ("lab", "vaccine", "planned_lab"):
            from ocrelog.labs import describe

            return describe(self)
        return f"symptom {self.name}"

    def as_dict(self) -> dict:
        """The ``log --json`` object: stable keys, ISO date."""
        return {
            "id": self.id,
            "type": self.type,
            "date": self.date,
            "value": self.value,
            "name": self.name,
            "note": self.note,
            "premeds": list(self.premeds),
            "reactions": list(self.reactions),
            "source": self.source,
            "items": list(self.items),
            "subscales": dict(self.subscales),
            "handled_on": self.handled_on,
            "handled_note": self.handled_note,
            "handled_signs": handled_signs_dict(self.handled_signs),
        } | self._lab_keys()

    def _lab_keys(self) -> dict:
        """The keys of a lab result (unit, range, flag; the value is a hepatitis B result's
        word) and of a vaccination (live); none for other entries."""
        if self.type == "lab":
            from ocrelog.labs import flag_of

            number = self.value if isinstance(self.value, (int, float)) else None
            low_high = {"low": self.range[0], "high": self.range[1]} if self.range else None
            value = self.result if self.result is not None else self.value
            return {"value": value, "unit": self.unit, "range": low_high, "flag": flag_of(number, self.range)}
        if self.type == "vaccine":
            return {"live": bool(self.live)}
        return {}


def dose_kind(mg: object) -> str:
    """What a dose of ``mg`` is called: ``infusion`` (300 or 600 mg, into a vein), else ``dose``."""
    return "infusion" if mg in INTRAVENOUS_DOSES else "dose"


def dose_words(mg: object) -> str:
    """``600 mg infusion``, ``920 mg subcutaneous dose``, ``450 mg dose`` (route unknown)."""
    if mg == SUBCUTANEOUS_DOSE:
        return f"{mg} mg subcutaneous dose"
    return f"{mg} mg {dose_kind(mg)}"


def temperature_text(celsius: object) -> str:
    """``38.3 °C``: to one decimal, correctly rounded, except where that would show a reading
    under the fever line as on it or above it (37.97 is shown as 37.97, never 38.0)."""
    if not isinstance(celsius, (int, float)):
        return "-"
    shown = _half_up(celsius)
    if any(shown >= line > celsius for line in _LINES_C):  # one decimal would put it on a line it is under
        return f"{celsius:.2f} °C"
    return f"{shown:.1f} °C"


def _half_up(number: float) -> float:
    """``number`` to one decimal, a half rounded up, as written (38.55 is 38.6 and 38.45 is 38.5,
    whatever their nearest binary fractions are)."""
    from decimal import ROUND_HALF_UP, Decimal  # here: only temperatures round

    return float(Decimal(repr(number)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _stored_celsius(typed: str, fahrenheit: bool) -> float:
    """The reading as stored: worked out exactly from the digits typed, to one decimal with a half
    rounded up (100.9f is 38.3, 101.39f is 38.6); to two where one would put it on or over a line it
    is under (100.35f is 37.97, 39.96 stays 39.96), and cut, not rounded, where even two would
    (37.996 is 37.99)."""
    from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

    exact = (Decimal(typed) - 32) * 5 / 9 if fahrenheit else Decimal(typed)
    lines = [Decimal(repr(line)) for line in _LINES_C]
    for places in (1, 2):
        shown = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if not any(shown >= line > exact for line in lines):
            return float(shown)
    return float(exact.quantize(Decimal("0.01"), rounding=ROUND_DOWN))


def is_fever(celsius: float) -> bool:
    return celsius >= FEVER_C


def temperature_shown(entry: Entry) -> tuple[str, str, bool]:
    """A temperature entry as a page lists it: when (``15 Nov 2026, 22:00``), the reading
    (``temperature_text``), and whether it is a fever."""
    reading = temperature_text(entry.value)
    return written(entry.date), reading, is_fever(float(entry.value or 0))


def _whole_number(text: object, what: str, low: int, high: int, meaning: str) -> int:
    raw = str(text).strip()
    number = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 6 else None
    if number is None or not low <= number <= high or isinstance(text, bool):
        raise InvalidValue(f"{what} must be a whole number from {low} to {high}{meaning}, not {raw[:40]!r}.")
    return number


def parse_score(text: object) -> int:
    """A fatigue score: a whole number 0-10."""
    return _whole_number(text, "The fatigue score", 0, MAX_SCORE, " (0 none, 10 worst imaginable)")


def _mg_list(doses: tuple[int, ...], joiner: str) -> str:
    return ", ".join(str(d) for d in doses[:-1]) + f" {joiner} {doses[-1]}"


def dose_rule_text() -> str:
    """The dose rule in words, as the refusal and the docs state it."""
    return (
        f"a dose is {_mg_list(LICENSED_DOSES, 'or')} mg, and {_mg_list(TRIAL_DOSES, 'or')} mg "
        "(doses studied in trials) need --force"
    )


def parse_dose(text: object, *, force: bool = False) -> int:
    """A dose in mg (``600``, ``920mg``, ``300 mg``): one of LICENSED_DOSES, or of TRIAL_DOSES with ``force``.

    Anything else is refused in one sentence naming the doses: a dose of 5 mg
    is a typo (often a fatigue score typed into the wrong entry), never a dose.
    """
    raw = str(text).strip().lower()
    match = re.fullmatch(_DOSE, raw) if not isinstance(text, bool) else None
    number = int(match[1]) if match else None
    if number in LICENSED_DOSES or (force and number in TRIAL_DOSES):
        return number
    if number in TRIAL_DOSES:
        raise InvalidValue(f"{number} mg is a dose studied in trials, not a licensed one; add --force to record it.")
    rule = dose_rule_text()
    typed = f"{number} mg" if number is not None else repr(str(text).strip()[:40])
    raise InvalidValue(f"{rule[0].upper()}{rule[1:]}; {typed} is none of them.")


def parse_temperature(text: object, *, force: bool = False, keep: str = "--force") -> float:
    """A body temperature, in °C unless it ends in ``f``: ``38.4``, ``38.4c``, ``101.2f``.

    Returned in °C to one decimal, correctly rounded (100.9f is 38.3, 100.4f is 38.0), or to two
    where one would put a reading under the fever line or the 40 °C line on it (100.35f is 37.97,
    103.95f is 39.97); outside 34-43 °C
    is refused as a likely typo unless ``force`` (and then within 20-46 °C); ``keep`` names how to
    keep such a reading where the refusal is read (``checkin`` has no ``--force``).
    """
    raw = str(text).strip()
    match = re.fullmatch(_TEMPERATURE, raw.lower()) if not isinstance(text, bool) else None
    if match is None:
        raise InvalidValue(f"Write the temperature as a number such as 38.4 (°C) or 101.2f (°F), not {raw[:40]!r}.")
    digits = match[1].replace(",", ".")
    number = float(digits)
    celsius = _stored_celsius(digits, match[2] == "f")
    low, high = FORCED_TEMPERATURE_C if force else (LOWEST_TEMPERATURE_C, HIGHEST_TEMPERATURE_C)
    if not low <= celsius <= high:
        typed = f"{raw} ({celsius:g} °C)" if match[2] == "f" else f"{number:g} °C"
        if force:
            raise InvalidValue(f"{typed} cannot be a body temperature; nothing was stored.")
        raise InvalidValue(
            f"{typed} is outside {LOWEST_TEMPERATURE_C:g}-{HIGHEST_TEMPERATURE_C:g} °C, so it is "
            f"probably a typo (add f for Fahrenheit, or {keep} if it is what the thermometer said); "
            "nothing was stored."
        )
    return celsius


def symptom_name(text: str) -> str:
    """Symptom names are free text, stored in lower case with spaces tidied."""
    name = unicode_text(" ".join(str(text).split()).lower(), "The symptom name")
    if not name:
        raise InvalidValue("Give the symptom a name, like 'fever' or 'headache'.")
    return name


def clean_note(text: str | None) -> str | None:
    """Notes are kept verbatim; an empty note means no note; at most ``MAX_NOTE`` characters."""
    if text is None or text == "":
        return None
    if len(text) > MAX_NOTE:
        raise InvalidValue(note_too_long(len(text)))
    return unicode_text(text, "The note")


def note_too_long(length: int) -> str:
    return (
        f"The note is {length:,} characters; at most {MAX_NOTE:,} are kept, so nothing was stored "
        "(keep long text in a file and note where it is)."
    )


def unicode_text(text: str, what: str) -> str:
    """``text``, refused when it holds a lone surrogate: not Unicode text (a JSON ``\\ud800``, a
    name decoded with errors kept), which no file or journal can store."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidValue(
            f"{what} holds {text[error.start]!a}, which is not a Unicode character (half of a "
            "surrogate pair), so nothing was stored."
        ) from None
    return text


def check_stored_text(entry: Entry) -> Entry:
    """Every text of an entry as the journal can store it: Unicode only, the note not over
    ``MAX_NOTE``. The journal runs it on every row it writes, whichever way the entry came."""
    note = entry.note
    if note is not None and len(note) > MAX_NOTE:
        raise InvalidValue(note_too_long(len(note)))
    for what, text in (
        ("The note", note),
        ("The name", entry.name),
        ("The source", entry.source),
        ("The handled note", entry.handled_note),
        *(("The handled note", note) for _, _, note in entry.handled_signs),
    ):
        if text is not None and not text.isascii():
            unicode_text(text, what)
    for what, items in (("A premedication", entry.premeds), ("A reaction", entry.reactions)):
        for item in items:
            if not item.isascii():
                unicode_text(item, what)
    return entry


def handled_signs_dict(marks: tuple[tuple[str, str, str | None], ...]) -> dict:
    """Per-kind handled marks as ``log --json`` and the CSV export show them: {kind: {"on", "note"}}."""
    return {category: {"on": on, "note": note} for category, on, note in marks}


def handled_signs_text(marks: tuple[tuple[str, str, str | None], ...]) -> str | None:
    """The stored JSON of an entry's per-kind handled marks (``Entry.handled_signs``); None without any."""
    if not marks:
        return None
    import json

    return json.dumps({category: [on, note] for category, on, note in sorted(marks)}, ensure_ascii=False)


def handled_signs_of(text: str | None) -> tuple[tuple[str, str, str | None], ...]:
    """``Entry.handled_signs`` of its stored JSON (:func:`handled_signs_text`)."""
    if not text:
        return ()
    import json

    return tuple(sorted((category, on, note) for category, (on, note) in json.loads(text).items()))


def clean_list(items: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Premedications and reactions: blank items dropped, order kept."""
    return tuple(item.strip() for item in items or () if item.strip())


def check_value(entry_type: str, value: object, *, force: bool = False) -> int | float | None:
    """The value an entry of this type may hold, validated (``force``: a trial dose, or a reading outside
    34-43 °C, too; scales: ``scale_entry``)."""
    if entry_type == "fatigue":
        return parse_score(value)
    if entry_type in ("infusion", "planned"):
        return parse_dose(value, force=force)
    if entry_type == "temperature":
        return parse_temperature(value, force=force)
    if value is None or value == "":
        return None
    raise InvalidValue("A symptom has no value; only fatigue scores and doses do.")


def scale_entry(
    date: str,
    name: object,
    value: object = None,
    items: tuple[int, ...] | None = None,
    subscales: dict[str, object] | None = None,
    **fields: object,
) -> Entry:
    """A scale result as an entry, checked whole (scales.checked)."""
    from ocrelog.scales import checked

    scale, score, answers, subs = checked(name, value, items, subscales)
    return Entry(type="scale", date=date, value=score, name=scale, items=answers, subscales=subs, **fields)  # type: ignore[arg-type]


def edited(
    entry: Entry,
    *,
    date: str | None = None,
    value: object = None,
    name: str | None = None,
    note: str | None = None,
    premeds: list[str] | None = None,
    reactions: list[str] | None = None,
    force: bool = False,
    items: tuple[int, ...] | None = None,
    subscales: dict[str, object] | None = None,
) -> Entry:
    """``entry`` with the given fields changed, each checked as when it was logged.

    ``force`` allows a trial dose, as ``infuse --force`` does.

    ``None`` leaves a field as it is; ``note=""`` removes the note, and a
    list holding only ``""`` empties premeds or reactions. For a scale,
    ``items=()`` removes the answers; new answers give a new score.
    """
    from dataclasses import replace

    changes: dict = {}
    if date is not None:
        changes["date"] = date
    if entry.type == "scale":
        if name is not None:
            raise InvalidValue(f"#{entry.id} is a scale; a scale's name cannot change (delete it and log it again).")
        changes.update(_edited_scale(entry, value, items, subscales))
        value = None
    elif entry.type in ("lab", "vaccine", "planned_lab"):
        changes.update(_edited_lab(entry, value, name, premeds, reactions))
        value = name = premeds = reactions = None
    elif items is not None or subscales:
        raise InvalidValue(f"Only scales have items and subscales; #{entry.id} is {entry.type}.")
    if value is not None:
        if entry.type == "symptom":
            raise InvalidValue("A symptom has no value; change its name with --name.")
        changes["value"] = check_value(entry.type, value, force=force)
    if name is not None:
        if entry.type != "symptom":
            raise InvalidValue(f"Only symptoms have a name; #{entry.id} is {entry.type}.")
        changes["name"] = symptom_name(name)
    if note is not None:
        changes["note"] = clean_note(note)
    for field_name, listed in (("premeds", premeds), ("reactions", reactions)):
        if listed is not None:
            if entry.type != "infusion":
                raise InvalidValue(f"Only doses have {field_name}; #{entry.id} is {entry.type}.")
            changes[field_name] = clean_list(listed)
    return replace(entry, **changes)


def _edited_lab(
    entry: Entry, value: object, name: str | None, premeds: list[str] | None, reactions: list[str] | None
) -> dict:
    """A lab result's new value (in its own unit), a vaccine's new name (live when the new name
    is a known live vaccine, or the vaccine was marked live), a booked test's new name."""
    from ocrelog import labs

    if premeds is not None or reactions is not None:
        raise InvalidValue(f"Only doses have premeds and reactions; #{entry.id} is {entry.type}.")
    changes: dict = {}
    if entry.type == "lab":
        if name is not None:
            raise InvalidValue(f"#{entry.id} is a lab result; its test cannot change (delete it and log it again).")
        if value is not None:
            changes.update(labs.edited_lab(entry, value))
        return changes
    if value is not None:
        raise InvalidValue(f"#{entry.id} is {entry.type}, which has no value.")
    if name is not None and entry.type == "vaccine":
        named = labs.vaccine_name(name)
        # live from the old name is the old name's; --live given for a name not known stays
        by_name = entry.live and entry.name is not None and labs.live_vaccine(entry.name) is not None
        changes.update(name=named, live=bool(labs.live_vaccine(named) or (entry.live and not by_name)))
    elif name is not None:
        changes["name"] = labs.booked_test_name(name)
    return changes


def _edited_scale(
    entry: Entry, value: object, items: tuple[int, ...] | None, subscales: dict[str, object] | None
) -> dict:
    """A scale's new score, items and subscales, checked together as when it was logged."""
    from ocrelog.scales import checked

    if value is None and items is None and not subscales:
        return {}
    new_items = entry.items if items is None else items
    if items is None and value is not None and entry.items:
        raise InvalidValue(
            f"#{entry.id} holds its answers, which give its score; give new --items "
            "(or --items '' to keep only the score)."
        )
    keep = dict(entry.subscales) if items is None else {}
    typed = {**keep, **{k: v for k, v in (subscales or {}).items() if v is not None}}
    new_value = entry.value if value is None and not new_items else value
    _, score, answers, subs = checked(entry.name, new_value, new_items or None, typed)
    return {"value": score, "items": answers, "subscales": subs}
