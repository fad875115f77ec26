"""Fatigue questionnaires clinics use: FSS, MFIS and MFIS-5, scored and checked.

Pure data and pure functions (no I/O, no clock). Both questionnaires'
wording is copyrighted: ocrelog keeps the answers by item number and the
totals, and never holds or prints an item's text. docs/rules.md cites the
source of every number here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ocrelog.errors import InvalidValue


@dataclass(frozen=True)
class Scale:
    name: str  # as typed: fss, mfis, mfis5
    title: str  # as printed: FSS, MFIS, MFIS-5
    items: int  # how many answers
    item_low: int
    item_high: int
    #: The score is the mean of the answers (FSS) rather than their sum.
    mean: bool = False
    #: Subscale name -> the item numbers (1-based) it adds up.
    subscales: tuple[tuple[str, tuple[int, ...]], ...] = ()
    #: A score at or above this indicates fatigue (None: no published cut-off used).
    cutoff: float | None = None
    #: A change of at least this much is meaningful (None: none published that ocrelog uses).
    meaningful_change: float | None = None
    #: For a short form, the item numbers of the full form its answers are (MFIS-5).
    from_items: tuple[int, ...] = ()

    @property
    def low(self) -> float:
        return self.item_low if self.mean else self.item_low * self.items

    @property
    def high(self) -> float:
        return self.item_high if self.mean else self.item_high * self.items

    def subscale_high(self, name: str) -> int:
        return self.item_high * len(dict(self.subscales)[name])


FSS = Scale("fss", "FSS", items=9, item_low=1, item_high=7, mean=True, cutoff=4, meaningful_change=0.45)
MFIS = Scale(
    "mfis",
    "MFIS",
    items=21,
    item_low=0,
    item_high=4,
    subscales=(
        ("physical", (4, 6, 7, 10, 13, 14, 17, 20, 21)),
        ("cognitive", (1, 2, 3, 5, 11, 12, 15, 16, 18, 19)),
        ("psychosocial", (8, 9)),
    ),
    cutoff=38,
    meaningful_change=4,
)
MFIS5 = Scale("mfis5", "MFIS-5", items=5, item_low=0, item_high=4, from_items=(1, 9, 10, 17, 19))
SCALES: dict[str, Scale] = {scale.name: scale for scale in (FSS, MFIS, MFIS5)}
NAMES = tuple(SCALES)
#: An FSS mean is kept to two decimals (a sum of 40 is 4.44).
FSS_DECIMALS = 2
#: A typed FSS mean agrees with the answers when within this (typed to one decimal).
MEAN_TOLERANCE = 0.05


def scale_named(name: object) -> Scale:
    key = str(name or "").strip().lower().replace("-", "")
    if key not in SCALES:
        raise InvalidValue(f"The scale must be fss, mfis or mfis5, not {str(name)[:40]!r}.")
    return SCALES[key]


def title_of(name: str | None) -> str:
    scale = SCALES.get(name or "")
    return scale.title if scale else str(name)


def value_text(value: object) -> str:
    """A score as printed: ``4.4``, ``42``."""
    return f"{value:g}" if isinstance(value, (int, float)) else "-"


def _number(text: object, what: str) -> float:
    if isinstance(text, bool):
        raise InvalidValue(f"{what} must be a number, not {text!r}.")
    if isinstance(text, (int, float)):
        return float(text)
    raw = str(text).strip().replace(",", ".")
    try:
        number = float(raw)
    except ValueError:
        raise InvalidValue(f"{what} must be a number, not {str(text)[:40]!r}.") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise InvalidValue(f"{what} must be a number, not {str(text)[:40]!r}.")
    return number


def _whole(number: float, what: str) -> int:
    if number != int(number):
        raise InvalidValue(f"{what} must be a whole number, not {value_text(number)}.")
    return int(number)


def parse_items(text: object) -> tuple[int, ...]:
    """``5,6,4,...`` (commas or spaces) as whole numbers; ranges are checked by :func:`checked`."""
    if isinstance(text, (list, tuple)):
        parts = list(text)
    else:
        parts = [part for part in str(text).replace(",", " ").split()]
    return tuple(_whole(_number(part, "Each item's answer"), "Each item's answer") for part in parts)


def score(scale: Scale, items: tuple[int, ...]) -> int | float:
    total = sum(items)
    return round(total / scale.items, FSS_DECIMALS) if scale.mean else total


def subscales_of(scale: Scale, items: tuple[int, ...]) -> tuple[tuple[str, int], ...]:
    return tuple((name, sum(items[n - 1] for n in numbers)) for name, numbers in scale.subscales)


def _check_items(scale: Scale, items: tuple[int, ...]) -> None:
    if len(items) != scale.items:
        raise InvalidValue(
            f"{scale.title} has {scale.items} items, so --items needs {scale.items} answers, "
            f"not {len(items)}; nothing was stored."
        )
    for number, answer in enumerate(items, 1):
        if not scale.item_low <= answer <= scale.item_high:
            raise InvalidValue(
                f"Item {number} of {scale.title} must be from {scale.item_low} to {scale.item_high}, "
                f"not {answer}; nothing was stored."
            )


def _value(scale: Scale, value: object) -> int | float:
    """A typed total: FSS as the mean 1-7 or the sum 9-63; MFIS and MFIS-5 as the whole-number total."""
    number = _number(value, f"The {scale.title} score")
    if scale.mean:
        if scale.low <= number <= scale.high:
            return round(number, FSS_DECIMALS)
        if scale.item_low * scale.items <= number <= scale.item_high * scale.items:
            return round(number / scale.items, FSS_DECIMALS)
        raise InvalidValue(
            f"The {scale.title} score must be the mean, {scale.low:g}-{scale.high:g}, or the sum of its "
            f"{scale.items} answers, {scale.item_low * scale.items}-{scale.item_high * scale.items}, "
            f"not {value_text(number)}; nothing was stored."
        )
    if not scale.low <= number <= scale.high or number != int(number):
        raise InvalidValue(
            f"The {scale.title} score must be a whole number from {scale.low:g} to {scale.high:g}, "
            f"not {value_text(number)}; nothing was stored."
        )
    return int(number)


def _check_subscales(scale: Scale, value: int | float, subscales: dict[str, object]) -> tuple[tuple[str, int], ...]:
    given = {name: sub for name, sub in subscales.items() if sub is not None}
    if given and not scale.subscales:
        raise InvalidValue(
            f"{scale.title} has no subscales (only MFIS has physical, cognitive and psychosocial); nothing was stored."
        )
    known = dict(scale.subscales)
    found: list[tuple[str, int]] = []
    for name in known:
        if name not in given:
            continue
        high = scale.subscale_high(name)
        number = _number(given[name], f"The {name} subscale")
        if not 0 <= number <= high or number != int(number):
            raise InvalidValue(
                f"The {name} subscale of {scale.title} must be a whole number from 0 to {high}, "
                f"not {value_text(number)}; nothing was stored."
            )
        found.append((name, int(number)))
    unknown = set(given) - set(known)
    if unknown:
        raise InvalidValue(f"{scale.title} has no subscale {sorted(unknown)[0]!r}.")
    total = sum(number for _, number in found)
    parts = " + ".join(f"{name} {number}" for name, number in found)
    if found and len(found) == len(known) and total != value:
        raise InvalidValue(
            f"The subscales add up to {total} ({parts}), not the total {value_text(value)}; nothing was stored."
        )
    if total > value:
        raise InvalidValue(
            f"The subscales given add up to {total} ({parts}), more than the total {value_text(value)}; "
            "nothing was stored."
        )
    return tuple(found)


def checked(
    name: object,
    value: object = None,
    items: tuple[int, ...] | None = None,
    subscales: dict[str, object] | None = None,
) -> tuple[str, int | float, tuple[int, ...], tuple[tuple[str, int], ...]]:
    """A scale result, checked whole: (name, score, items, subscales).

    ``items`` (all answers, each in range) give the score and the subscales;
    a ``value`` or subscales given as well must agree with them. Without
    items, ``value`` is the score and subscales are checked against it.
    """
    scale = scale_named(name)
    subscales = dict(subscales or {})
    if items:
        _check_items(scale, items)
        computed = score(scale, items)
        if value is not None and value != "":
            typed = _value(scale, value)
            # An FSS mean typed to one decimal (4.4) agrees with answers giving 4.44.
            if abs(typed - computed) > (MEAN_TOLERANCE if scale.mean else 0):
                raise InvalidValue(
                    f"The answers give {scale.title} {value_text(computed)}, not {value_text(typed)}; "
                    "give the score or the items, or make them agree; nothing was stored."
                )
        from_items = subscales_of(scale, items)
        typed_subs = _check_subscales(scale, computed, subscales)
        for name_, number in typed_subs:
            if dict(from_items)[name_] != number:
                raise InvalidValue(
                    f"The answers give a {name_} subscale of {dict(from_items)[name_]}, not {number}; "
                    "nothing was stored."
                )
        return scale.name, computed, tuple(items), from_items
    if value is None or value == "":
        raise InvalidValue(f"Give the {scale.title} score, or its answers with --items.")
    total = _value(scale, value)
    return scale.name, total, (), _check_subscales(scale, total, subscales)


def change_text(scale: Scale, earlier: float, later: float) -> str:
    """``a fall of 0.7`` / ``a rise of 5`` / ``no change``, with whether it reaches the meaningful change."""
    difference = round(later - earlier, FSS_DECIMALS)
    if difference == 0:
        return "no change"
    word = "rise" if difference > 0 else "fall"
    return f"a {word} of {value_text(abs(difference))}"


def facts_text(scale: Scale) -> str:
    """The published figures as facts: '4 or more indicates fatigue; a change of 0.45 or more is meaningful'."""
    parts = []
    if scale.cutoff is not None:
        parts.append(f"{value_text(scale.cutoff)} or more indicates fatigue")
    if scale.meaningful_change is not None:
        parts.append(f"a change of {value_text(scale.meaningful_change)} or more is meaningful")
    return "; ".join(parts)
