"""Correcting: edit an entry, delete one, undo the last change, mark a warning sign handled.

Each function takes values already read from the command line and an open
journal and returns what happened; a change that needs a yes first (delete,
undo) returns a ``record.Question`` unless called with ``confirmed=True``.
Nothing here asks, prints or reads the clock (``today`` is passed in).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from ocrelog.entries import Entry
from ocrelog.errors import InvalidValue, JournalError, quoted
from ocrelog.terminal import terminal_text
from ocrelog.usecases.record import Question, entry_text

if TYPE_CHECKING:
    from ocrelog.alerts import Alert
    from ocrelog.journal import Journal

#: The kinds of entry that carry a dose.
_DOSE_TYPES = ("infusion", "planned")


@dataclass(frozen=True)
class Edit:
    """The changes an ``edit`` asks for (None: keep the field as it is), checked by :func:`edit_of`.

    Values stay text: how a value reads (a score, a dose, a temperature) depends on the
    entry's kind, known once the journal is open (``entries.edited`` reads each field).
    """

    value: str | None = None
    dose: str | None = None
    name: str | None = None
    note: str | None = None
    premeds: list[str] | None = None
    reactions: list[str] | None = None
    items: str | None = None  # every answer, "2,3,2,1,3"; "" removes them
    subscales: dict[str, str | None] = field(default_factory=dict)


def edit_of(*, on_given: bool = False, **fields: Any) -> Edit:
    """The changes asked for, checked before the journal is opened: at least one, and a new
    value or a new dose, not both. ``on_given``: a new date is asked for (read by the caller)."""
    edit = Edit(**fields)
    asked = (edit.value, edit.dose, edit.name, edit.note, edit.premeds, edit.reactions, edit.items)
    if not on_given and all(v is None for v in (*asked, *edit.subscales.values())):
        raise InvalidValue(
            "Nothing to change: give --on, --value, --dose, --name, --note, --premed, --reaction, --items or a subscale"
        )
    if edit.value is not None and edit.dose is not None:
        raise InvalidValue("Give --value or --dose, not both")
    return edit


class Edited(NamedTuple):
    before: Entry
    after: Entry
    notices: tuple[str, ...] = ()  # the advice of the warning signs the edited entry now shows


def edit_entry(
    journal: Journal, entry_id: int, edit: Edit, *, when: date | datetime | None = None, force: bool = False
) -> Edited:
    """Change one entry, each field checked as when it was logged (``force``: a trial dose); the
    advice of a warning sign it shows now and did not before is among the notices."""
    from ocrelog.alerts import sign_lines
    from ocrelog.usecases.record import advice_alerts, may_show_signs

    entry = journal.get(entry_id)  # an unknown id: one sentence, before anything else
    kind = entry.type
    if edit.dose is not None and kind not in _DOSE_TYPES:
        raise InvalidValue(f"Only doses have a dose; #{entry_id} is {kind}")
    was = advice_alerts(journal, entry) if may_show_signs(entry) else []
    changes: dict[str, Any] = {
        "value": edit.dose if edit.dose is not None else edit.value,
        "name": edit.name,
        "note": edit.note,
        "premeds": edit.premeds,
        "reactions": edit.reactions,
        "force": force,
    }
    if edit.items is not None:
        from ocrelog.scales import parse_items

        changes["items"] = parse_items(edit.items)
    if any(v is not None for v in edit.subscales.values()):
        changes["subscales"] = edit.subscales
    handled = entry.handled_on is not None or bool(entry.handled_signs)
    marked = _kinds_kept_marked(journal, entry, was, when, changes) if handled else None
    before, after = journal.update(entry_id, when=when, marked_kinds=marked, **changes)
    said = (before.date, before.value, before.name, before.note, before.reactions)
    if said == (after.date, after.value, after.name, after.note, after.reactions):
        return Edited(before, after)
    # what it says now is read as when it was logged ("edit 4 --name 'had a seizure'"): a kind of
    # sign it did not show, or shows more urgently; not one it showed, told again because a date
    # moved ("Logged 17 days after it happened")
    now = advice_alerts(journal, after) if may_show_signs(after) else []
    grown = [alert for alert in now if not any(_as_urgent(shown, alert) for shown in was)]
    return Edited(before, after, tuple(sign_lines(grown)))


def _as_urgent(shown: Alert, alert: Alert) -> bool:
    """``shown`` was told already of the same kind as ``alert``, and at least as urgently."""
    from ocrelog.signs import TIER_RANK

    return shown.display == alert.display and TIER_RANK[shown.tier] <= TIER_RANK[alert.tier]


def _kinds_kept_marked(
    journal: Journal, entry: Entry, shown: list[Alert], when: date | datetime | None, changes: dict[str, Any]
) -> set[str] | None:
    """For an entry with handled marks, the kinds of warning sign whose marks still hold when the
    edit adds a kind or makes one more urgent ("edit 42 --note 'now my lips are swelling'", "...
    and this evening I had a seizure"): what grew must be open in ``status``. None when nothing
    grew (the marks stay as they are). ``shown``: the stored entry's alerts, already read."""
    from ocrelog.dates import to_iso
    from ocrelog.entries import edited
    from ocrelog.queries import alerts_of_new

    def kinds(found: list[Alert]) -> set[tuple[str, str]]:
        return {(a.category, a.tier) for a in found if a.entry_id == entry.id}

    was = kinds(shown)
    preview = edited(entry, date=to_iso(when) if when else None, **changes)
    grown = {category for category, _ in kinds(alerts_of_new(journal, preview, preview=True)) - was}
    return {category for category, _ in was} - grown if grown else None


def delete_entry(journal: Journal, entry_id: int, *, confirmed: bool = False) -> Entry | Question:
    """Delete one entry (``undo`` brings it back); returns what was deleted."""
    entry = journal.get(entry_id)
    if not confirmed:
        return Question(f"Delete #{entry.id}: {entry_text(entry)}?", f"delete #{entry.id}", f"Kept #{entry.id}.")
    journal.delete(entry_id)
    return entry


class Marked(NamedTuple):
    entry: Entry
    signs: list[str]  # the display names of the warning signs marked, each once


def mark_handled(journal: Journal, entry_id: int, today: date, note: str | None = None) -> Marked:
    """Mark the warning sign of an entry as dealt with on ``today`` (status stops repeating it);
    ``note``: what was done, already cleaned (``entries.clean_note``).

    An entry that shows no warning sign is refused (``NothingToMark``): there is nothing to mark.
    """
    from ocrelog.errors import NothingToMark
    from ocrelog.queries import alerts_of_new

    entry = journal.get(entry_id)
    found = alerts_of_new(journal, entry)
    if not found:
        raise NothingToMark(
            f"#{entry_id} ({terminal_text(entry_text(entry))}) shows no warning sign, so there is nothing to mark; "
            "'ocrelog report' lists the warning signs with their entry numbers"
        )
    journal.mark_handled(entry_id, today, note)
    return Marked(entry, list(dict.fromkeys(alert.display for alert in found)))


class MarkedMany(NamedTuple):
    ids: list[int]  # the entries marked, oldest first
    signs: list[str]  # the display names of their warning signs, each once


def mark_many_handled(
    journal: Journal,
    today: date,
    targets: Sequence[str] = (),
    *,
    note: str | None = None,
    category: str | None = None,
    before: date | None = None,
    everything: bool = False,
) -> MarkedMany:
    """``ocrelog handled`` of several things at once, as one change (one ``undo``): entry ids
    ("42" or "#42": every sign of the entry), concern ids ("C3": the signs of that concern's kind,
    in each of its entries), and every open warning sign of a ``category``, dated before ``before``,
    or ``everything`` (each sign of its own kind: an entry's other kinds stay open). Filters given
    together narrow each other; ids add to them. Signs already marked are left as they are, unless
    their entry is named by its own id."""
    from ocrelog.concerns import fold
    from ocrelog.errors import InvalidValue, NothingToMark
    from ocrelog.queries import judged_alerts, with_words_since
    from ocrelog.signs import BY_NAME

    if category is not None and category not in BY_NAME:
        raise InvalidValue(f"--category must be one of {', '.join(BY_NAME)}, not {category!r}")
    found = judged_alerts(journal, with_words_since(journal), today)
    chosen: dict[tuple[int, str | None], str] = {}  # (entry, category; None: all its signs) -> display
    by_entry: dict[int, list[str]] = {}
    for alert in found:
        if alert.entry_id is not None:
            by_entry.setdefault(alert.entry_id, []).append(alert.display)
    concerns = {concern.id.lower(): concern for concern in fold(found)}
    for target in targets:
        text = target.strip().lstrip("#")
        if text[:1] in ("c", "C"):
            concern = concerns.get(text.lower())
            if concern is None:
                raise InvalidValue(
                    f"No warning sign is numbered {target}: 'ocrelog status' and 'ocrelog report' show the C numbers"
                )
            for alert in concern.alerts:
                if alert.entry_id is not None and alert.handled is None:
                    chosen[alert.entry_id, alert.category] = alert.display
            continue
        if not (text.isascii() and text.isdecimal()):
            raise InvalidValue(f"{quoted(target)} is neither an entry number (42) nor a warning sign's C number (C3)")
        entry = journal.get(int(text))
        if entry.id not in by_entry:
            raise NothingToMark(
                f"#{entry.id} ({terminal_text(entry_text(entry))}) shows no warning sign, so there is nothing to mark; "
                "'ocrelog report' lists the warning signs with their entry numbers"
            )
        for name in by_entry[entry.id]:
            chosen[entry.id, None] = name
    if everything or category is not None or before is not None:
        for alert in found:
            if alert.entry_id is None or alert.handled is not None or alert.history and not everything:
                continue
            if category is not None and alert.category != category:
                continue
            if before is not None and alert.day >= before:
                continue
            chosen[alert.entry_id, alert.category] = alert.display
    if not chosen:
        raise NothingToMark("No warning sign open matches that, so nothing was marked")
    ids = sorted({entry_id for entry_id, _ in chosen})
    summary = f"marked {ids_text(ids)} as handled"
    journal.mark_many_handled(chosen, today, note, summary)
    names = [
        name
        for (entry_id, kind), shown in sorted(chosen.items(), key=lambda item: item[0][0])
        for name in (by_entry.get(entry_id, [shown]) if kind is None else [shown])
    ]
    return MarkedMany(ids, list(dict.fromkeys(names)))


def ids_text(ids: list[int], most: int = 8) -> str:
    """``#3, #4, #9``: entry numbers, the first ``most`` of them and how many more."""
    shown = ", ".join(f"#{i}" for i in ids[:most])
    return shown + (f" and {len(ids) - most} more" if len(ids) > most else "")


def change_usual(journal: Journal, action: str, text: str, today: date) -> str:
    """``usual add`` or ``usual remove``: the sentence to print."""
    from ocrelog.entries import symptom_name
    from ocrelog.errors import InvalidValue

    if not text:
        raise InvalidValue(f"Give the symptom to {action}: ocrelog usual {action} TEXT")
    text = symptom_name(text)
    if action == "add":
        if not journal.add_usual(text, today):
            return f"{text!r} is on your usual symptoms already."
        from ocrelog.judged import kept_by_carer
        from ocrelog.signs import NOW, read

        urgent = [found.sign.key for found in read(text, kept_by_carer(journal)) if found.sign.tier == NOW]
        if urgent:  # a usual list never silences these (concerns.alerts)
            return (
                f"Added {text!r} to your usual symptoms, but a sign that needs help now ({urgent[0]}) "
                "still raises a warning every time it is logged; 'ocrelog undo' takes it off."
            )
        return (
            f"Added {text!r} to your usual symptoms: it raises no warning sign unless you write that it changed "
            '("much worse", "spreading", "new"); \'ocrelog undo\' takes it off.'
        )
    removed = journal.remove_usual(text)
    if removed is None:
        listed = journal.usual()
        known = f" (they are: {', '.join(repr(t) for t in listed)})" if listed else " (there are none)"
        raise InvalidValue(f"{quoted(text)} is not one of your usual symptoms{known}")
    return f"Took {removed!r} off your usual symptoms; 'ocrelog undo' puts it back."


def undo_last(journal: Journal, *, confirmed: bool = False) -> str | Question:
    """Reverse the newest change not undone yet; returns its summary (``undo --list``'s line)."""
    action = journal.last_action()
    if action is None:
        if journal.last() is None:
            raise JournalError("Nothing to undo: the journal is empty")
        raise JournalError("Nothing to undo: every change recorded in this journal is undone already")
    summary = in_words(action.summary)
    if not confirmed:
        return Question(f"Undo the last change ({summary})?", f"undo it ({summary})", "Kept the journal as it was.")
    journal.undo(action)
    return summary


def in_words(summary: str) -> str:
    """A change's summary (stored with ISO dates) with its dates as a person writes them:
    ``added #3: fatigue 6/10 on 7 Dec 2026, 00:56``."""
    import re

    from ocrelog.dates import written

    return re.sub(r"\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?\b", lambda found: written(found[0]), summary)


def change_lines(journal: Journal) -> list[str]:
    """``undo --list``: the newest changes, newest first, one line each (the time of the change in
    UTC, as an ISO date and time in a narrow column; undone ones marked)."""
    return [
        f"{change.at[:16].replace('T', ' ')} UTC  {in_words(change.summary)}{' (undone)' if change.undone else ''}"
        for change in journal.actions()
    ]
