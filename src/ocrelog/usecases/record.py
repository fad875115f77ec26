"""Recording: a fatigue score, a symptom, a temperature, a questionnaire, a dose, a booking, a check-in.

Each function takes values already read from the command line (an ``Entry``,
``today``: no clock here) and an open journal, applies the rules, stores, and
returns what the person is to be told: the stored entry and the notices for
stderr, in the order they are said. A function that would need a yes first
(a second dose on one day, a second booking) returns a :class:`Question`
unless called with ``confirmed=True``; it never asks itself.

``ocrelog feel 6`` runs :func:`record_score` and imports nothing more than
this module: the warning-sign matcher, the journal queries and the schedule
are imported inside the functions that need them, and only when they do.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ocrelog.dates import written
from ocrelog.entries import Entry

if TYPE_CHECKING:
    from ocrelog.alerts import Alert
    from ocrelog.journal import Journal

#: The entry types whose warning signs are looked for without a note.
SIGN_TYPES = ("symptom", "temperature", "infusion")


class _Result:
    """A small result: named fields, no methods. A plain class with slots, not a NamedTuple or a
    dataclass, because ``feel`` builds these classes at every start (a NamedTuple costs 0.2 ms)."""

    __slots__: tuple[str, ...] = ()

    def __init__(self, *values: object) -> None:
        for name, value in zip(self.__slots__, values, strict=True):
            setattr(self, name, value)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Question(_Result):
    """What to ask before going on; nothing was changed yet."""

    __slots__ = ("question", "action", "kept")
    question: str  # asked at a terminal
    action: str  # finishes "add --force to ..." when not at a terminal
    kept: str  # said when the answer is no

    def __init__(self, question: str, action: str, kept: str) -> None:
        super().__init__(question, action, kept)


class Recorded(_Result):
    """An entry stored, and the lines for stderr that go with it, in order."""

    __slots__ = ("entry", "notices")
    entry: Entry
    notices: tuple[str, ...]

    def __init__(self, entry: Entry, notices: tuple[str, ...] = ()) -> None:
        super().__init__(entry, notices)


class CheckedIn(_Result):
    """The entries of one check-in, as stored, and the lines for stderr after them."""

    __slots__ = ("stored", "notices")
    stored: list[Entry]
    notices: tuple[str, ...]

    def __init__(self, stored: list[Entry], notices: tuple[str, ...] = ()) -> None:
        super().__init__(stored, notices)


def entry_text(entry: Entry) -> str:
    """One entry in a sentence: ``fatigue 6/10 on 14 May 2026, 09:30, note: after a walk``."""
    text = f"{entry.describe()} on {written(entry.date)}"
    return f"{text}, note: {entry.note}" if entry.note else text


def advice(journal: Journal, entry: Entry) -> list[str]:
    """The advice lines of every warning sign an entry just stored shows.

    An entry without words (a plain score) imports nothing: the matcher costs
    ``ocrelog feel 6`` no start-up.
    """
    if not may_show_signs(entry):
        return []
    from ocrelog.alerts import sign_lines

    return sign_lines(advice_alerts(journal, entry))


def may_show_signs(entry: Entry) -> bool:
    """An entry with words, or of a type whose value or name can be a sign (not a plain score)."""
    return entry.note is not None or entry.type in SIGN_TYPES


def advice_alerts(journal: Journal, entry: Entry) -> list[Alert]:
    """The warning signs an entry just stored shows (``advice``'s, before they are words)."""
    from ocrelog.alerts import may_alert
    from ocrelog.judged import keep_window_readings, kept_by_carer

    if not may_alert(entry, kept_by_carer(journal)):  # most notes: no sign at all, so no doses or history to read
        keep_window_readings(journal, entry.day)  # so that status --short need not read them again
        return []
    from ocrelog.queries import alerts_of_new

    found = alerts_of_new(journal, entry)
    keep_window_readings(journal, entry.day)
    return found


def record_score(journal: Journal, entry: Entry, *, replace: bool = False) -> Recorded:
    """A fatigue score (``replace``: instead of the day's other scores).

    Notices: the advice of any warning sign in its note; with ``replace``, how
    many scores it replaced; and the score the day counts when that is not this
    one (a higher score that day, or a score logged before the day's dose).
    """
    day = entry.day
    others = journal.on_day(day, "fatigue")
    entry = journal.add(entry, replacing=others if replace else ())
    notices = advice(journal, entry)
    if replace and others:
        from ocrelog.plurals import plural

        replaced = plural(len(others), "earlier score")
        them = "it" if len(others) == 1 else "them"
        notices.append(f"Replaced {replaced} of {written(day)}; 'ocrelog undo' brings {them} back.")
    dosed = journal.on_day(day, "infusion")
    higher = not replace and any((e.value or 0) > (entry.value or 0) for e in others)
    if higher or dosed:  # only then can the day count another score (dayscore.day_score says which)
        from ocrelog.dayscore import Dose, day_score, day_score_text, moment, time_of

        scores = [(moment(e.date), int(e.value or 0)) for e in journal.on_day(day, "fatigue")]
        given = [Dose(day, time_of(e.date)) for e in dosed]
        this = [(moment(entry.date), int(entry.value or 0))]
        line = day_score_text(day, int(entry.value or 0), day_score(day, scores, given), day_score(day, this, given))
        if line:
            notices.append(line)
    return Recorded(entry, tuple(notices))


def record_symptom(journal: Journal, entry: Entry) -> Recorded:
    """A symptom; notices: the advice of any warning sign it shows."""
    entry = journal.add(entry)
    return Recorded(entry, tuple(advice(journal, entry)))


def record_temperature(journal: Journal, entry: Entry) -> Recorded:
    """A measured temperature; notices: the advice of any warning sign it shows (a fever)."""
    entry = journal.add(entry)
    return Recorded(entry, tuple(advice(journal, entry)))


def record_scale(journal: Journal, entry: Entry) -> Recorded:
    """A questionnaire's result (FSS, MFIS, MFIS-5), already checked by ``entries.scale_entry``."""
    return Recorded(journal.add(entry))


def record_dose(journal: Journal, entry: Entry, *, confirmed: bool = False) -> Recorded | Question:
    """A dose given. A second dose on one day needs ``confirmed``, and so does a dose less than the
    label's interval after the previous one (:func:`early_dose_question`); a booking for that day
    becomes the dose.

    Notices: the advice of its warning signs, that the booking now counts as
    given, and the signs logged since the dose that now read as a reaction to it.
    """
    day = entry.day
    twice = None if confirmed else _twice_on_day(journal, day, "infusion")
    if twice is not None:
        return twice
    if not confirmed:
        early = early_dose_question(journal, entry)
        if early is not None:
            return early
    booked = journal.on_day(day, "planned")
    entry = journal.add(entry, replacing=booked)
    notices = advice(journal, entry)
    from ocrelog.alerts import sign_lines
    from ocrelog.queries import reactions_after_dose

    earlier = reactions_after_dose(journal, entry)
    if booked:
        notices.append(f"That was the dose booked for {written(day)}; it now counts as given.")
    if earlier:
        ids = ", ".join(f"#{alert.entry_id}" for alert in earlier)
        notices.append(f"Logged on this dose's day or the next, and now read as a reaction to it ({ids}):")
        notices.extend(dict.fromkeys(sign_lines(earlier)))
    return Recorded(entry, tuple(notices))


#: The question when a dose or a booking is already there that day: (ask, action, kept), each
#: with {day} and {first} (the entry already there).
_TWICE: dict[str, tuple[str, str, str]] = {
    "infusion": (
        "A dose is already recorded on {day} (#{first}); record another?",
        "record a second dose on {day} (#{first} is there already)",
        "Kept the journal as it was: #{first} is still the only dose on {day}.",
    ),
    "planned": (
        "{day} is already booked (#{first}); book it again?",
        "book {day} again (#{first} is booked for it already)",
        "Kept the journal as it was: #{first} is still the booking for {day}.",
    ),
}


def _twice_on_day(journal: Journal, day: date, kind: str) -> Question | None:
    """The question when an entry of ``kind`` (a dose, a booking) is already there on ``day``."""
    same_day = journal.on_day(day, kind)
    if not same_day:
        return None
    ask, action, kept = (text.format(day=written(day), first=same_day[0].id) for text in _TWICE[kind])
    return Question(ask, action, kept)


def early_dose_question(journal: Journal, entry: Entry) -> Question | None:
    """The question for a dose less than the label's interval after the previous dose (not a
    course's second half on time: ``schedule.too_soon``), naming that dose; None otherwise."""
    from ocrelog.plurals import plural
    from ocrelog.queries import doses
    from ocrelog.rules import MIN_MONTHS_BETWEEN_COURSES
    from ocrelog.schedule import too_soon

    previous = too_soon(doses(journal), entry.day, int(entry.value or 0))
    if previous is None:
        return None
    named = f"{previous.dose_mg} mg on {written(previous.day)}"
    after = plural((entry.day - previous.day).days, "day")
    label = f"the label keeps at least {MIN_MONTHS_BETWEEN_COURSES} months between doses"
    return Question(
        f"Your previous dose was {named}, {after} before this one; {label}. Record this dose anyway?",
        f"record a dose {after} after the previous one ({named}; {label})",
        "Kept the journal as it was: no dose was recorded.",
    )


def booking_day(day: date, today: date) -> date:
    """The day of a booking, checked before anything is opened: a day still to come (today counts)."""
    if day < today:
        from ocrelog.errors import InvalidValue

        raise InvalidValue(f"--planned is for a dose still to come; {written(day)} has passed (use --on)")
    return day


def book_dose(
    journal: Journal, day: date, mg: int, note: str | None = None, *, confirmed: bool = False
) -> Recorded | Question:
    """A dose of ``mg`` booked for ``day`` (see :func:`booking_day`); a second booking for
    one day needs ``confirmed``. The booking becomes the dose when one is recorded that day.

    Notices: the earliest date the label allows, when the booking comes sooner.
    """
    twice = None if confirmed else _twice_on_day(journal, day, "planned")
    if twice is not None:
        return twice
    from ocrelog.queries import doses
    from ocrelog.schedule import early_booking_note

    entry = journal.add(Entry(type="planned", date=day.isoformat(), value=mg, note=note))
    early = early_booking_note(doses(journal), day, int(entry.value or 0))
    return Recorded(entry, (early,) if early else ())


def checkin_note(journal: Journal, day: date, today: date) -> str | None:
    """Said before a check-in's questions when its ``day`` has a fatigue score already, else None."""
    earlier = journal.on_day(day, "fatigue")
    if not earlier:
        return None
    highest = max(earlier, key=lambda e: e.value or 0)
    named = "Today" if day == today else written(day)
    return (
        f"{named} already has a fatigue score of {highest.value} (#{highest.id}); this check-in adds "
        "another, and the day counts its highest."
    )


def store_checkin(
    journal: Journal, at: str, score: int, symptoms: list[str], celsius: float | None, note: str
) -> CheckedIn:
    """The answers of one check-in at ``at`` (ISO), stored as one change (one ``undo``).

    Notices: the advice of the warning signs of its entries, each once, and how to undo it.
    """
    from ocrelog import checkin

    found = checkin.entries(at, score, symptoms, celsius, note)
    stored = journal.add_together(found, summary=checkin.summary(at[:10], found))
    lines: list[str] = []
    if stored:
        from ocrelog.alerts import sign_lines
        from ocrelog.queries import alerts_from

        lines = list(sign_lines(alerts_from(journal, stored[0].id or 0)))
    return CheckedIn(stored, (*lines, "'ocrelog undo' removes this whole check-in."))


def record_lab(journal: Journal, entry: Entry) -> Recorded:
    """A blood test's result, already checked by ``labs.lab_entry``; notices: the advice of any
    warning sign in its note, and where it falls in the cycle (``labs.cycle_place``)."""
    from ocrelog.labs import cycle_place
    from ocrelog.queries import doses

    entry = journal.add(entry)
    return Recorded(entry, (*advice(journal, entry), f"Taken {cycle_place(doses(journal), entry.day)}."))


def record_vaccine(journal: Journal, entry: Entry, *, confirmed: bool = False) -> Recorded | Question:
    """A vaccination (``labs.vaccine_entry``). A live one needs ``confirmed`` (the label's
    sentence is said by the caller first, ``labs.LABEL_LIVE_SENTENCE``). Notices: the advice of
    any warning sign in its note, and where it fell in the cycle, as a fact."""
    if entry.live and not confirmed:
        return Question(
            f"{entry.name} is a live vaccine; record it?",
            f"record the live vaccine {entry.name}",
            "Kept the journal as it was: no vaccination was recorded.",
        )
    from ocrelog.labs import cycle_place
    from ocrelog.queries import doses

    entry = journal.add(entry)
    return Recorded(entry, (*advice(journal, entry), f"Given {cycle_place(doses(journal), entry.day)}."))


def book_lab(journal: Journal, day: date, name: str | None, note: str | None = None) -> Recorded:
    """A blood test booked for ``day`` (see :func:`booking_day`), shown by ``ocrelog calendar``."""
    entry = journal.add(Entry(type="planned_lab", date=day.isoformat(), name=name, note=note))
    return Recorded(entry)
