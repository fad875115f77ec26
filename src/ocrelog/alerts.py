"""The alerts of an entry: the signs its words show (the matcher, signs.py), timed against the doses.

Pure functions (no I/O, no clock). :func:`alerts` turns the signs of a journal's entries into
alerts: one per entry and category, with the urgency of its most urgent sign. Infusion-reaction
signs count from a dose's time to the end of the next day; breathing signs at any time; a
neurological sign logged again within ``USUAL_DAYS`` days is the person's usual, and only its
first appearance alerts. After a dose given under the skin (920 mg, ``subcutaneous``), reaction
signs are injection reactions, and only there do injection-site signs count. concerns.py judges
them across entries and over time.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from ocrelog.dates import day_of
from ocrelog.entries import SUBCUTANEOUS_DOSE, is_fever
from ocrelog.signs import (
    BREATHING,
    BY_NAME,
    CATEGORIES,
    FEVER,
    FEVER_AT_DOSE,
    INFECTION,
    INJECTION,
    NEUROLOGICAL,
    REACTION,
    SOON,
    TIER_RANK,
    TOKENS,
    USUAL_DAYS,
    VERY_HIGH_FEVER,
    VERY_HIGH_FEVER_C,
    Found,
    read,
)
from ocrelog.vocabulary import COMBINATIONS, NO_REACTION, Category, Sign

if TYPE_CHECKING:
    from ocrelog.entries import Entry

#: The report's attention block shows warning signs logged this many days back.
ALERT_DAYS = 30
#: Infusion-reaction signs count from the dose to the end of this many days after its day.
REACTION_DAYS_AFTER = 1
#: ... and from this long before a dose's time, when the person gave the time.
REACTION_GRACE = timedelta(hours=1)
#: The combinations' keys: at one tier, an entry's alert gives a combination's advice.
_COMBINED = frozenset(combination.key for combination in COMBINATIONS)
#: What a dose's reaction is when its words match no sign: still a reaction, as the person says.
REACTION_LOGGED = Sign("reaction logged", REACTION.name, SOON, ())


def window_start(today: date) -> date:
    """The first day whose entries the alerts of ``today`` read: the alert window and the
    ``USUAL_DAYS`` before it (a neurological sign logged then is the person's usual)."""
    return today - timedelta(days=ALERT_DAYS + USUAL_DAYS - 1)


def temperature_logged(celsius: float) -> str:
    from ocrelog.entries import temperature_text

    return f"temp {temperature_text(celsius)}"


# -- signs of an entry, with its timing -------------------------------------------------


def _at(moment: date | datetime) -> datetime:
    return moment if isinstance(moment, datetime) else datetime.combine(moment, time.min)


def near_dose(when: str, doses: Sequence[date | datetime]) -> bool:
    """Logged from a dose's time (its day, when no time was kept) to the end of the next day."""
    day = day_of(when)
    moment = _at(datetime.fromisoformat(when) if len(when) > 10 else day)
    for dose in doses:
        dose_day = dose.date() if isinstance(dose, datetime) else dose
        if not 0 <= (day - dose_day).days <= REACTION_DAYS_AFTER:
            continue
        if len(when) == 10 or day != dose_day or moment >= _at(dose) - REACTION_GRACE:
            return True
    return False


def texts_of(entry: Entry) -> list[tuple[str, str]]:
    """What an entry says in words: (how it is shown, the text)."""
    said: list[tuple[str, str]] = []
    if entry.type == "symptom" and entry.name:
        said.append(("", entry.name))
    said += [("reaction: ", text) for text in entry.reactions]
    said += [("premedication: ", text) for text in entry.premeds]
    if entry.note:
        said.append(("note: ", entry.note))
    return said


def may_alert(entry: Entry, carer: bool = False) -> bool:
    """Whether an entry's words or value show any sign at all, whatever its timing (cheap:
    no doses, no history; ``carer``: as ``signs.read``)."""
    if entry.type == "temperature" and entry.value is not None and is_fever(float(entry.value)):
        return True
    if entry.type == "infusion" and entry.reactions:
        return True
    return any(read(text, carer) for _, text in texts_of(entry))


def signs_of(
    entry: Entry,
    doses: Sequence[date | datetime],
    *,
    subcutaneous: Collection[date | datetime] = (),
    carer: bool = False,
) -> list[tuple[Found, str]]:
    """The signs of one entry, with what showed each, timing applied (usual signs aside).

    ``subcutaneous``: the moments of the doses given under the skin (920 mg). A reaction sign
    logged in such a dose's window is an injection reaction, and injection-site signs count only
    there; away from any such dose they are nothing. ``carer``: a carer keeps the journal (``signs.read``).
    """
    injected = _injected(entry, subcutaneous)
    near = entry.type == "infusion" or injected or near_dose(entry.date, doses)
    reaction = INJECTION if injected else REACTION
    found: list[tuple[Found, str]] = []
    untimed: dict[str, tuple[Found, str]] = {}  # every sign the entry shows, for its combinations
    for shown, text in texts_of(entry):
        for said in _said(shown, text, carer):
            untimed.setdefault(said.sign.key, (said, shown + text))
            found += [(sign, shown + text) for sign in _timed(said, near, injected, reaction)]
    fever = _fever(entry, near, reaction)
    for sign, shown in fever:
        untimed.setdefault(sign.sign.key, (sign, shown))
    return found + fever + _combined_in_entry(untimed)


def _combined_in_entry(said: dict[str, tuple[Found, str]]) -> list[tuple[Found, str]]:
    """The combinations whose parts one entry shows in different places: its name and its note, a
    reading and its note ("temp 38.5, note: stiff neck"); one text alone has its own (``signs.read``)."""
    combined: list[tuple[Found, str]] = []
    for combination in COMBINATIONS:
        first = [said[key] for key in sorted(combination.first) if key in said]
        second = [said[key] for key in sorted(combination.second) if key in said]
        if combination.key in said or not first or not second:
            continue
        sign = Sign(combination.key, combination.category, combination.tier, (), combination.advice)
        words = " and ".join(dict.fromkeys(found.words for found, _ in first + second))
        # shown as each part is ("temp 38.5 °C", "note: stiff neck"): the alert lists each once
        combined += [(Found(sign, words), shown) for shown in dict.fromkeys(shown for _, shown in first + second)]
    return combined


def _injected(entry: Entry, subcutaneous: Collection[date | datetime]) -> bool:
    """A 920 mg dose given under the skin, or an entry logged in the reaction window of one."""
    return (entry.type == "infusion" and entry.value is not None and float(entry.value) == SUBCUTANEOUS_DOSE) or (
        bool(subcutaneous) and near_dose(entry.date, list(subcutaneous))
    )


def _said(shown: str, text: str, carer: bool = False) -> list[Found]:
    """The signs of one text of an entry; a dose's reaction that matches no sign (and does not
    say there was none) is still a reaction, as the person says."""
    said = list(read(text, carer))
    if shown == "reaction: " and not said and not set(re.findall(TOKENS, text.lower())) <= NO_REACTION:
        said = [Found(REACTION_LOGGED, text)]
    return said


def _timed(sign: Found, near: bool, injected: bool, reaction: Category) -> list[Found]:
    """A sign with its timing: a reaction sign only near a dose (an injection-site sign only near
    one given under the skin), as ``reaction``; a breathing sign near a dose is a reaction too."""
    if sign.category in (REACTION.name, INJECTION.name):
        if not near or (sign.category == INJECTION.name and not injected):
            return []
        sign = Found(sign.sign._replace(category=reaction.name), sign.words)
    if near and sign.category == BREATHING.name:
        at_dose = sign.sign._replace(category=reaction.name, advice=sign.sign.advice or BREATHING.advice)
        return [sign, Found(at_dose, sign.words)]
    return [sign]


def _fever(entry: Entry, near: bool, reaction: Category) -> list[tuple[Found, str]]:
    """The signs of a temperature entry: a fever, a very high fever, a fever at the dose."""
    if entry.type != "temperature" or entry.value is None or not is_fever(float(entry.value)):
        return []
    shown = temperature_logged(float(entry.value))
    found = [(Found(FEVER, shown), shown)]
    if float(entry.value) >= VERY_HIGH_FEVER_C:
        found.append((Found(VERY_HIGH_FEVER, shown), shown))
    if near:
        found.append((Found(FEVER_AT_DOSE._replace(category=reaction.name), shown), shown))
    return found


# -- alerts -----------------------------------------------------------------------------


class Handled(NamedTuple):
    date: str  # ISO date
    note: str | None

    def as_dict(self) -> dict:
        return {"date": self.date, "note": self.note}


class Alert(NamedTuple):
    """A warning sign that was logged: when, which category, what, what to do, and by which entry."""

    when: str  # the entry's ISO date or date-time
    category: str
    logged: str  # what the person wrote that showed it
    advice: str
    entry_id: int | None = None
    tier: str = SOON
    words: tuple[str, ...] = ()  # the signs' words, as typed
    handled: Handled | None = None
    related: tuple[int, ...] = ()  # other entries read with this one (a combination across entries)
    related_days: tuple[date, ...] = ()  # the days of those entries
    history: bool = False  # imported history (concerns.HISTORY_DAYS): never open
    late_days: int | None = None  # typed in this many days after its date (concerns.LATE_DAYS)
    written: str = ""  # ``logged`` without what other entries added to it (the JSON's "logged")

    @property
    def day(self) -> date:
        return day_of(self.when)

    @property
    def display(self) -> str:
        return BY_NAME[self.category].display

    def as_dict(self) -> dict:
        """The JSON object of an alert (``report --json``): its entry's date, what it says, its urgency."""
        handled = self.handled.as_dict() if self.handled else None
        logged = self.written or self.logged  # what this entry says, as before concerns
        said = {"date": self.when, "category": self.category, "logged": logged, "advice": self.advice}
        return said | {"urgency": self.tier, "entry_id": self.entry_id, "handled": handled}


def handled_of(entry: Entry, category: str) -> Handled | None:
    """The mark on an entry's warning signs of a ``category``: the entry's own (every sign of
    it), else the mark of that kind alone (``handled --category``, ``handled C3``)."""
    on = getattr(entry, "handled_on", None)
    if on:
        return Handled(on, getattr(entry, "handled_note", None))
    for kind, day, note in getattr(entry, "handled_signs", ()):
        if kind == category:
            return Handled(day, note)
    return None


def entry_alerts(
    entry: Entry,
    doses: Sequence[date | datetime],
    usual: Iterable[str] = (),
    found_in: list[tuple[Found, str]] | None = None,
    *,
    subcutaneous: Collection[date | datetime] = (),
    carer: bool = False,
) -> list[Alert]:
    """One alert per category the entry's words show, at its most urgent sign's tier.

    ``usual``: neurological sign keys logged in the ``USUAL_DAYS`` days before; they do not alert.
    ``found_in``: the entry's :func:`signs_of`, when already read; ``carer``: as ``signs.read``.
    """
    skip = set(usual)
    by_category: dict[str, list[tuple[Found, str]]] = {}
    found_now = signs_of(entry, doses, subcutaneous=subcutaneous, carer=carer) if found_in is None else found_in
    for found, shown in found_now:
        if found.category == NEUROLOGICAL.name and found.sign.key in skip:
            continue
        by_category.setdefault(found.category, []).append((found, shown))
    alerts: list[Alert] = []
    for category in CATEGORIES:
        pairs = by_category.get(category.name)
        if not pairs:
            continue
        # the most urgent sign's advice; at one tier, a combination's, which says what the two make
        first, _ = min(pairs, key=lambda pair: (TIER_RANK[pair[0].sign.tier], pair[0].sign.key not in _COMBINED))
        logged = list(dict.fromkeys(shown for _, shown in pairs))
        alerts.append(
            Alert(
                entry.date,
                category.name,
                "; ".join(logged),
                first.sign.advice or category.advice,
                entry.id,
                first.sign.tier,
                tuple(dict.fromkeys(f.words for f, _ in pairs)),
                handled_of(entry, category.name),
            )
        )
    return alerts


def infection_words(entries: Iterable[Entry], doses: Sequence[date | datetime], carer: bool = False) -> list[str]:
    """The words of the infection signs of some entries (the rule's 'sign of infection')."""
    return [
        found.words
        for entry in entries
        for found, _ in signs_of(entry, doses, carer=carer)
        if found.category == INFECTION.name
    ]


def alerts(
    entries: Iterable[Entry],
    doses: Sequence[date | datetime],
    today: date,
    days: int | None = ALERT_DAYS,
    *,
    subcutaneous: Collection[date | datetime] = (),
    carer: bool = False,
) -> tuple[Alert, ...]:
    """Every warning sign the entries show, logged in the last ``days`` days (None: all), newest first.

    ``entries`` may start up to ``USUAL_DAYS`` before the first day that matters,
    so that a neurological sign already logged then is seen as the person's usual.
    """
    found: list[Alert] = []
    seen: dict[str, date] = {}  # neurological sign -> the last day it was logged
    for entry in sorted(entries, key=lambda e: (e.date, e.id or 0)):
        day = entry.day
        signs = signs_of(entry, doses, subcutaneous=subcutaneous, carer=carer)
        keys = {f.sign.key for f, _ in signs if f.category == NEUROLOGICAL.name}
        usual = {key for key in keys if key in seen and (day - seen[key]).days <= USUAL_DAYS}
        for key in keys:
            seen[key] = day
        if signs and (days is None or (today - day).days < days):
            found += entry_alerts(entry, doses, usual, signs)
    return tuple(sorted(found, key=lambda a: (a.when, a.entry_id or 0), reverse=True))


def sign_lines(found: Iterable[Alert]) -> list[str]:
    """The advice lines printed when an entry is logged: for each kind of sign, the advice of its
    most urgent tier, each once (a back-dated fever that completes a stiff neck's combination says
    "seek help now", not that as well as "contact your MS team soon")."""
    found = list(found)
    tier: dict[str, str] = {}  # each kind's most urgent tier
    for alert in found:
        if alert.display not in tier or TIER_RANK[alert.tier] < TIER_RANK[tier[alert.display]]:
            tier[alert.display] = alert.tier
    # every advice of that tier, once: a seizure's and a drooping face's are two lines
    return list(dict.fromkeys(f"Warning sign ({a.display}): {a.advice}" for a in found if a.tier == tier[a.display]))


def by_entry(found: Iterable[Alert]) -> list[list[Alert]]:
    """Alerts grouped by the entry that showed them (newest first), most urgent first in each."""
    groups: dict[object, list[Alert]] = {}
    for alert in found:
        groups.setdefault(alert.entry_id if alert.entry_id is not None else alert, []).append(alert)
    return [sorted(group, key=lambda a: TIER_RANK[a.tier]) for group in groups.values()]
