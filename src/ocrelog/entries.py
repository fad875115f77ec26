"""What a journal holds, and the rules every value must pass.

The same validators serve the commands, ``edit`` and ``import``, so a value
that one of them refuses cannot reach the journal another way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ocrelog.errors import InvalidValue

TYPES = ("infusion", "fatigue", "symptom")
DEFAULT_DOSE = 600
MAX_DOSE = 2000
MAX_SCORE = 10
_DIGITS = re.compile(r"[0-9]{1,6}")


@dataclass(frozen=True)
class Entry:
    """One line of the journal.

    ``date`` is ISO text: ``2026-05-14``, or ``2026-05-14T14:30`` when a time
    of day is known. ``value`` is the fatigue score or the dose in mg, and
    ``None`` for symptoms; ``name`` is the symptom's name, ``None`` otherwise.
    """

    type: str
    date: str
    value: int | None = None
    name: str | None = None
    note: str | None = None
    premeds: tuple[str, ...] = field(default=())
    reactions: tuple[str, ...] = field(default=())
    id: int | None = None

    def describe(self) -> str:
        """A short human description: ``fatigue 6/10``, ``600 mg infusion``."""
        if self.type == "fatigue":
            return f"fatigue {self.value}/10"
        if self.type == "infusion":
            return f"{self.value} mg infusion"
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
        }


def _whole_number(text: object, what: str, low: int, high: int, meaning: str) -> int:
    raw = str(text).strip()
    number = int(raw) if _DIGITS.fullmatch(raw) else None
    if number is None or not low <= number <= high or isinstance(text, bool):
        raise InvalidValue(f"{what} must be a whole number from {low} to {high}{meaning}, not {raw!r}.")
    return number


def parse_score(text: object) -> int:
    """A fatigue score: a whole number 0-10."""
    return _whole_number(
        text, "The fatigue score", 0, MAX_SCORE, " (0 none, 10 worst imaginable)"
    )


def parse_dose(text: object) -> int:
    """A dose in mg: a positive whole number up to 2000."""
    return _whole_number(text, "The dose", 1, MAX_DOSE, " mg")


def symptom_name(text: str) -> str:
    """Symptom names are free text, stored in lower case with spaces tidied."""
    name = " ".join(str(text).split()).lower()
    if not name:
        raise InvalidValue("Give the symptom a name, like 'fever' or 'headache'.")
    return name


def clean_note(text: str | None) -> str | None:
    """Notes are kept verbatim; an empty note means no note."""
    if text is None or text == "":
        return None
    return text


def clean_list(items: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Premedications and reactions: blank items dropped, order kept."""
    return tuple(item.strip() for item in items or () if item.strip())


def check_value(entry_type: str, value: object) -> int | None:
    """The value an entry of this type may hold, validated."""
    if entry_type == "fatigue":
        return parse_score(value)
    if entry_type == "infusion":
        return parse_dose(value)
    if value is None or value == "":
        return None
    raise InvalidValue("A symptom has no value; only fatigue scores and doses do.")
