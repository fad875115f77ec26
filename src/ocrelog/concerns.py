"""Concerns: warning signs judged across entries and across the person's history. Pure.

The matcher (signs.py) reads one text at a time; a person's story spans entries. This module
takes the entries of a stretch of the journal and returns

- the **alerts** (one per entry and category, as ``alerts.entry_alerts`` makes them), judged with
  what the other entries say:

  - signs logged in different entries within ``COMBINE_HOURS`` of each other combine as the
    label's combinations do within one entry (a headache or a stiff neck with a fever, a
    confusion with a fever): the entry that completes the combination carries it, at its tier;
  - a sign that matches one of the person's **usual** symptoms (``ocrelog usual``) raises
    nothing, and a neurological sign logged again within ``USUAL_DAYS`` is not news either,
    unless the text says it **changed** (``vocabulary.STILL_NEW``: "much worse", "spreading",
    "can't walk"...): then it is a neurological alert that names the change;
  - an imported entry dated more than ``HISTORY_DAYS`` before its import is **history**; an
    entry typed in more than ``LATE_DAYS`` after its date is **late**: its advice asks to mention
    it if it is still happening, instead of "today";

- the **concerns**: the alerts folded by category, an alert joining the concern of its category
  when it comes within ``FOLD_DAYS`` days of the concern's last one (a longer silence starts a
  new one). History folds apart from what is current.

No I/O and no clock: ``today`` and the import ranges come in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from ocrelog import signs
from ocrelog.alerts import ALERT_DAYS, Alert, Handled, entry_alerts, is_fever, signs_of, texts_of
from ocrelog.dates import day_of
from ocrelog.plurals import plural
from ocrelog.vocabulary import (
    COMBINATIONS,
    NEGATIONS,
    NEXT_CONTACT,
    NOT_NEW,
    NOW,
    SOON,
    STILL_NEW,
    TIER_RANK,
    TIERS,
    USUAL_DAYS,
    USUAL_STOPWORDS,
    Sign,
)

if TYPE_CHECKING:
    from ocrelog.entries import Entry

#: An alert within this many days of the last one of its category joins that concern.
FOLD_DAYS = 7
#: Signs logged in different entries this many hours apart or less are read together.
COMBINE_HOURS = 48
#: An imported entry dated more than this many days before its import is history.
HISTORY_DAYS = 14
#: An entry typed in more than this many days after its date is late.
LATE_DAYS = 7

_HOURS = timedelta(hours=COMBINE_HOURS)
_WORD = re.compile(r"[^\W\d_]+")
_NO_CHANGE = NEGATIONS | {"nothing"}  # "no worse", "nothing new"
#: Between a negation and a change's word, these leave it negated ("not getting worse", "isnt any
#: worse", "no worse than usual": the comparison's "than usual" is negated with it).
_NO_CHANGE_BETWEEN = frozenset({"getting", "any", "got", "gotten", "become", "becoming", "been", "much", "worse"})
_CHANGE_STARTS = frozenset(cue.split()[0] for cue in STILL_NEW)


class Concern(NamedTuple):
    """Alerts of one category that belong together."""

    id: str  # "C" + the id of its first entry (a letter after it when that entry starts several)
    category: str
    tier: str  # the most urgent tier of its open alerts (of all of them, once every one is handled)
    first: date
    last: date
    days: int  # the days on which it was logged
    entries: tuple[int, ...]  # every entry it stands for, oldest first (the combined ones too)
    latest: str  # what the newest alert logged
    advice: str  # the advice of its most urgent open alert
    handled: Handled | None  # the newest mark, once every entry of it is handled
    history: bool  # imported history, never open
    alerts: tuple[Alert, ...] = ()  # its alerts, oldest first

    @property
    def open(self) -> bool:
        return self.handled is None and not self.history

    @property
    def display(self) -> str:
        return signs.BY_NAME[self.category].display

    @property
    def marks(self) -> list[Handled]:
        """The handled marks of its alerts (some may be marked while newer ones are not)."""
        return [alert.handled for alert in self.alerts if alert.handled is not None]

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "category": self.category,
            "urgency": self.tier,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "days": self.days,
            "entries": list(self.entries),
            "latest": self.latest,
            "handled": self.handled.as_dict() if self.handled else None,
            "history": self.history,
        }


# -- what an entry says, across entries -----------------------------------------------------


def _moment(entry: Entry) -> datetime:
    when = entry.date
    return datetime.fromisoformat(when) if len(when) > 10 else datetime.combine(day_of(when), datetime.min.time())


def _keys(entry: Entry, carer: bool = False) -> frozenset[str]:
    """The signs an entry's words and value show, whatever their timing (for combinations)."""
    keys = {found.sign.key for _, text in texts_of(entry) for found in signs.read(text, carer)}
    if entry.type == "temperature" and entry.value is not None and is_fever(float(entry.value)):
        keys.add(signs.FEVER.key)
    return frozenset(keys)


def _text(entry: Entry) -> str:
    return "; ".join(text for _, text in texts_of(entry)) or entry.describe()


def changes_in(text: str) -> list[str]:
    """The words of ``text`` that say a symptom changed ("much worse", "spreading"), as typed."""
    words = _WORD.findall(text.lower().replace("’", "").replace("'", ""))
    if _CHANGE_STARTS.isdisjoint(words):  # most notes: no word of a change at all
        return []
    found: dict[str, int] = {}  # cue -> where it is said first
    for cue in STILL_NEW:
        size = len(cue.split())
        for at in range(len(words) - size + 1):
            if " ".join(words[at : at + size]) == cue and not _negated(words, at):
                found[cue] = at  # not "no worse", "nothing new": no change
                break
    kept = [cue for cue in found if not any(cue != other and cue in other for other in found)]
    return sorted(kept, key=lambda cue: (found[cue], cue))


def _negated(words: list[str], at: int) -> bool:
    """A change's word at ``at`` said not to have happened: a negation just before it, or two
    before it with a word of ``_NO_CHANGE_BETWEEN`` between ("not getting worse")."""
    if at and words[at - 1] in _NO_CHANGE:
        return True
    return at > 1 and words[at - 2] in _NO_CHANGE and words[at - 1] in _NO_CHANGE_BETWEEN


def _content(text: str) -> set[str]:
    words = {w.lower() for w in _WORD.findall(text.lower().replace("'", "").replace("’", ""))}
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in USUAL_STOPWORDS}


def is_usual(text: str, usual: Iterable[str]) -> bool:
    """Whether ``text`` tells of one of the person's usual symptoms: every word of one of them
    (but the small words) is in it ("weakness in my left leg" for "left leg weakness")."""
    said = _content(text)
    return any((words := _content(item)) and words <= said for item in usual)


def usual_keys(text: str, usual: Iterable[str], carer: bool = False) -> set[str]:
    """The signs of the usual symptoms that ``text`` tells of (see :func:`is_usual`), read as the
    journal reads its entries (``carer``: "dad's left leg weakness" is the person's)."""
    said = _content(text)
    return {
        found.sign.key
        for item in usual
        if (words := _content(item)) and words <= said
        for found in signs.read(item, carer)
    }


def _unusual_read(text: str, carer: bool = False) -> tuple[signs.Found, ...]:
    """The signs of a text that says a symptom changed, the words that call it usual aside
    ("my usual tingling but much worse today": the tingling counts)."""
    plain = text
    for cue in sorted(NOT_NEW, key=len, reverse=True):
        plain = re.sub(rf"\b{re.escape(cue)}\b", " ", plain, flags=re.IGNORECASE)
    return signs.read(plain, carer)


# -- alerts ---------------------------------------------------------------------------------


def alerts(
    entries: Iterable[Entry],
    doses: Sequence[date | datetime],
    today: date,
    days: int | None = ALERT_DAYS,
    *,
    usual: Collection[str] = (),
    imported: Sequence[tuple[int, int]] = (),
    subcutaneous: Collection[date | datetime] = (),
    carer: bool = False,
) -> tuple[Alert, ...]:
    """Every warning sign the entries show, judged across entries (see the module's text),
    logged in the last ``days`` days (None: all), newest first. ``carer``: a carer keeps the
    journal, so the people its entries name are the person (``signs.read``).

    ``entries`` may start up to ``USUAL_DAYS`` before the first day that matters, so that a
    neurological sign already logged then is seen as the person's usual. ``imported``: the id
    ranges (first, last) that imports added; ``subcutaneous``: the moments of the 920 mg doses
    (reactions after them are injection reactions).
    """
    found: list[Alert] = []
    seen: dict[str, date] = {}  # neurological sign -> the last day it was logged
    recent: list[tuple[datetime, Entry, frozenset[str]]] = []  # the last COMBINE_HOURS' entries with signs
    for entry in sorted(entries, key=lambda e: (e.date, e.id or 0)):
        day = entry.day
        text = _text(entry)
        changed = changes_in(text) if texts_of(entry) else []
        timed = _timed(entry, doses, subcutaneous, changed, carer)
        repeated = _repeated(timed, seen, day)
        if usual and not changed:
            quiet = usual_keys(text, usual, carer)  # the usual symptom's own signs; another sign still counts
            # never a sign that needs help now: a usual list cannot silence a seizure or a drooping face
            timed = [(f, s) for f, s in timed if f.sign.key not in quiet or f.sign.tier == signs.NOW]
        at, own = _moment(entry), _keys(entry, carer)
        recent = [r for r in recent if at - r[0] <= _HOURS]
        combined, related, related_days = _combined(own, recent)
        if own:
            recent.append((at, entry, own))
        if not timed and not combined:
            continue
        if days is not None and (today - day).days >= days:
            continue
        if changed:
            repeated = set()
            timed = _with_change(timed, changed)
        weighed = entry_alerts(entry, doses, repeated, timed + combined, subcutaneous=subcutaneous)
        joined = frozenset(f.category for f, _ in combined)
        found += _weighed(entry, weighed, (related, related_days), imported, timed, joined)
    return tuple(sorted(found, key=lambda a: (a.when, a.entry_id or 0), reverse=True))


def _timed(
    entry: Entry,
    doses: Sequence[date | datetime],
    subcutaneous: Collection[date | datetime],
    changed: list[str],
    carer: bool = False,
) -> list[tuple[signs.Found, str]]:
    """The entry's signs, timed (``alerts.signs_of``); when it says a sign changed, the
    neurological signs that its "usual" words hid count too."""
    timed = signs_of(entry, doses, subcutaneous=subcutaneous, carer=carer)
    if changed:
        have = {f.sign.key for f, _ in timed}
        for shown, said in texts_of(entry):
            timed += [
                (f, shown + said)
                for f in _unusual_read(said, carer)
                if f.sign.key not in have and f.category == signs.NEUROLOGICAL.name
            ]
    return timed


def _repeated(timed: list[tuple[signs.Found, str]], seen: dict[str, date], day: date) -> set[str]:
    """The entry's neurological signs logged within ``USUAL_DAYS`` before ``day`` (``seen``: the
    last day each was logged, brought up to ``day``)."""
    # a sign that needs help now (a second fit, a face drooping again) is never a repeat
    keys = {f.sign.key for f, _ in timed if f.category == signs.NEUROLOGICAL.name and f.sign.tier != signs.NOW}
    repeated = {key for key in keys if key in seen and (day - seen[key]).days <= USUAL_DAYS}
    for key in keys:
        seen[key] = day
    return repeated


def _with_change(timed: list[tuple[signs.Found, str]], changed: list[str]) -> list[tuple[signs.Found, str]]:
    """The signs of an entry that says a sign changed: its neurological ones with the advice
    for a change (``_changed_advice``), after the others; one that needs help now keeps its own."""

    def as_change(f: signs.Found) -> bool:
        return f.category == signs.NEUROLOGICAL.name and f.sign.tier != signs.NOW

    return [(f, s) for f, s in timed if not as_change(f)] + [
        (f._replace(sign=f.sign._replace(advice=_changed_advice(changed))), s) for f, s in timed if as_change(f)
    ]


def _weighed(
    entry: Entry,
    found: list[Alert],
    related: tuple[tuple[int, ...], tuple[date, ...]],
    imported: Sequence[tuple[int, int]],
    own: Sequence[tuple[signs.Found, str]] = (),
    joined: frozenset[str] = frozenset(),
) -> list[Alert]:
    """An entry's alerts weighed by their story: an infection completed with other entries
    names them, and keeps what this entry said (``own``: its own signs) as what it logged where
    a combination joined others (``joined``: those categories); imported history is never open;
    an entry typed in late waits for the next contact."""
    late = _late_days(entry)
    history = late is not None and late > HISTORY_DAYS and _imported(entry, imported)
    weighed = []
    ids, days = related
    for alert in found:
        if alert.category == signs.INFECTION.name and ids:
            alert = alert._replace(related=ids, related_days=days)
        if alert.category in joined:
            said = dict.fromkeys(shown for f, shown in own if f.category == alert.category)
            if not said:  # "bad headache" completes a fever logged before: its own words first
                alert = alert._replace(logged=f"{_text(entry)}; {alert.logged}")
            alert = alert._replace(written="; ".join(said) or _text(entry))
        if history:
            alert = alert._replace(history=True)
        elif late is not None and late > LATE_DAYS and not _imported(entry, imported):  # typed in by hand
            # a sign that needed help now, told days later, still wants telling soon (a seizure)
            tier = SOON if alert.tier == NOW else NEXT_CONTACT
            alert = alert._replace(tier=tier, advice=late_advice(late, tier), late_days=late)
        weighed.append(alert)
    return weighed


def _combined(
    own: frozenset[str], recent: list[tuple[datetime, Entry, frozenset[str]]]
) -> tuple[list[tuple[signs.Found, str]], tuple[int, ...], tuple[date, ...]]:
    """The combinations this entry completes with the entries logged in the hours before it,
    as found signs, and the ids and the days of the entries that took part."""
    if not own or not recent:
        return [], (), ()
    found: list[signs.Found] = []
    related: list[int] = []
    days: list[date] = []
    texts: list[str] = []  # the other entries' words, each once, whichever combinations they took part in
    for combination in COMBINATIONS:
        wanted = combination.first | combination.second
        if not own & wanted or (own & combination.first and own & combination.second):
            continue  # nothing of it here, or complete in this entry alone (the matcher has it)
        parts = [(e, keys & wanted) for _, e, keys in recent if keys & wanted]
        keys = set(own) | {k for _, ks in parts for k in ks}
        if not (keys & combination.first and keys & combination.second):
            continue
        sign = Sign(combination.key, combination.category, combination.tier, (), combination.advice)
        words = [_text(e) for e, _ in parts]
        found.append(signs.Found(sign, " + ".join(dict.fromkeys(words))))
        texts += words
        related += [e.id for e, _ in parts if e.id is not None]
        days += [e.day for e, _ in parts]
    # one "together with" for all: "temp 39.2 °C; together with headache + stiff neck"
    shown = f"{_TOGETHER}{' + '.join(dict.fromkeys(texts))}"
    return [(f, shown) for f in found], tuple(dict.fromkeys(related)), tuple(sorted(set(days)))


def _late_days(entry: Entry) -> int | None:
    """How many days after its date an entry was written into the journal (None: not known)."""
    if not entry.logged:
        return None
    return (date.fromisoformat(entry.logged[:10]) - entry.day).days


def _imported(entry: Entry, imported: Sequence[tuple[int, int]]) -> bool:
    return entry.source is not None or (entry.id is not None and any(a <= entry.id <= b for a, b in imported))


def late_advice(days: int, tier: str = NEXT_CONTACT) -> str:
    """The advice of a sign typed in late: to mention it, or, for one that needed help now, to tell
    the MS team soon (and to seek help now if it comes again)."""
    logged = f"Logged {plural(days, 'day')} after it happened: "
    if tier == SOON:
        return logged + "contact your MS team soon about it, and seek help now if it happens again."
    return logged + "if it is still happening, mention it to your MS team (sooner if it is getting worse)."


def _changed_advice(changed: list[str]) -> str:
    return f"{TIERS[signs.SOON]} about a symptom that has changed ({', '.join(changed)})."


# -- concerns -------------------------------------------------------------------------------


def fold(found: Iterable[Alert]) -> tuple[Concern, ...]:
    """The alerts folded into concerns, most urgent open ones first, then newest first."""
    by_category: dict[tuple[str, bool], list[list[Alert]]] = {}
    for alert in sorted(found, key=lambda a: (a.when, a.entry_id or 0)):
        runs = by_category.setdefault((alert.category, alert.history), [])
        if runs and (alert.day - runs[-1][-1].day).days <= FOLD_DAYS:
            runs[-1].append(alert)
        else:
            runs.append([alert])
    concerns = _numbered([_concern(run) for runs in by_category.values() for run in runs])
    return tuple(sorted(concerns, key=order))


_LETTERS = "bcdefghijklmnopqrstuvwxyz"  # the second concern an entry starts is "b"
_TOGETHER = "together with "  # what a combination across entries adds to an alert's words


def _numbered(concerns: list[Concern]) -> list[Concern]:
    """Each concern with an id of its own. One entry may start several concerns (a fever that
    completes a confusion logged before, "diarrhoea and dark urine"): the first of them in the
    order of the categories keeps "C" + the entry's id, the others add a letter (C1b, C1c)."""
    categories = [category.name for category in signs.CATEGORIES]
    by_id: dict[str, list[Concern]] = {}
    for concern in concerns:
        by_id.setdefault(concern.id, []).append(concern)
    numbered = []
    for same in by_id.values():
        same.sort(key=lambda c: (c.history, categories.index(c.category)))
        numbered += [c._replace(id=c.id + (_LETTERS[n - 1] if n else "")) for n, c in enumerate(same)]
    return numbered


def order(concern: Concern) -> tuple:
    """Open before handled before history; most urgent first; newest first."""
    state = 0 if concern.open else 2 if concern.history else 1
    return (state, TIER_RANK[concern.tier], -concern.last.toordinal(), concern.id)


def _concern(run: list[Alert]) -> Concern:
    still = [a for a in run if a.handled is None]
    weighed = still or run
    urgent = min(weighed, key=lambda a: (TIER_RANK[a.tier], -day_of(a.when).toordinal()))
    ids: list[int] = []
    for alert in run:
        ids += [*alert.related, *([alert.entry_id] if alert.entry_id is not None else [])]
    ids = sorted(set(ids))
    handled = None if still else newest([a.handled for a in run if a.handled is not None])
    # the days of its entries: the alerts', and those of entries a combination joined to them
    days = sorted({a.day for a in run} | {day for a in run for day in a.related_days})
    return Concern(
        id=f"C{ids[0]}" if ids else "C?",
        category=run[0].category,
        tier=urgent.tier,
        first=days[0],
        last=days[-1],
        days=len(days),
        entries=tuple(ids),
        latest=run[-1].logged,
        advice=urgent.advice,
        handled=handled,
        history=run[0].history,
        alerts=tuple(run),
    )


def newest(marks: list[Handled]) -> Handled | None:
    """The newest of some handled marks (by the day they were made), None without any."""
    return max(marks, key=lambda mark: mark.date) if marks else None


def open_concerns(concerns: Iterable[Concern]) -> list[Concern]:
    return [c for c in concerns if c.open]


def history_counts(concerns: Iterable[Concern]) -> dict[str, int]:
    """How many history concerns of each category (for the report's and the summary's heading)."""
    counts: dict[str, int] = {}
    for concern in concerns:
        if concern.history:
            counts[concern.display] = counts.get(concern.display, 0) + 1
    return counts
