"""``ocrelog calendar``: the doses to come, and a daily check-in reminder, as an iCalendar file.

:func:`plan` is pure (facts in, events out); :func:`to_ical` writes them with
the ``icalendar`` library (RFC 5545: escaping, line folding, VALARM), which is
imported here only, so no other command pays for it.

Each event's UID is fixed by what it is, plus a short tag of the journal's
own id (kept by copies, backups and restores), so importing a new file again *updates* the events a calendar already
has instead of adding copies: the next dose due moves when a dose is logged,
and a second journal (a trial one) never overwrites the first one's events.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from ocrelog.dates import LATEST_YEAR
from ocrelog.rules import MIN_MONTHS_BETWEEN_COURSES

#: The default file, beside the journal.
CALENDAR_NAME = "ocrelog.ics"
#: How long the daily check-in event lasts in a calendar.
CHECK_IN_MINUTES = 5
PRODID = "-//ocrelog//ocrelog calendar//EN"


@dataclass(frozen=True)
class Event:
    key: str  # what the event is: the stable part of its UID
    summary: str
    description: str
    day: date  # all-day events: the day; the daily reminder: its first day
    at: time | None = None  # the daily reminder's time of day (floating: the phone's local time)


def plan(
    today: date,
    next_due: date | None,
    second_half: bool,
    earliest: date | None,
    last_dose: date | None,
    booked: list[tuple[int, date, int]],
    daily: time | None,
    booked_tests: list[tuple[int, date, str | None]] | None = None,
) -> list[Event]:
    """The events: next dose due, the earliest date the label allows, each booked dose (id, day, mg)
    and each booked blood test (id, day, test or None) from today on, and with ``daily`` a daily
    check-in reminder starting today."""
    events = []
    if next_due is not None:
        what = "second half of the course" if second_half else "next dose"
        events.append(
            Event(
                "next-dose-due",
                f"Ocrevus: {what} due",
                f"By the schedule in your ocrelog journal, the {what} of Ocrevus is due on {next_due.isoformat()}"
                + (f" (last dose {last_dose.isoformat()})." if last_dose else "."),
                next_due,
            )
        )
    if earliest is not None and last_dose is not None:
        events.append(
            Event(
                "earliest-next-dose",
                "Ocrevus: earliest date for the next dose",
                f"The label keeps at least {MIN_MONTHS_BETWEEN_COURSES} months between doses: "
                f"{earliest.isoformat()} is the earliest "
                f"date after your last dose on {last_dose.isoformat()}.",
                earliest,
            )
        )
    for entry_id, day, mg in sorted(booked, key=lambda b: (b[1], b[0])):
        if today <= day and day.year <= LATEST_YEAR:  # a booking stored before the limit: left out
            events.append(
                Event(
                    f"booked-{entry_id}",
                    f"Ocrevus dose booked ({mg} mg)",
                    f"Booked in ocrelog (#{entry_id}); record it on the day with: ocrelog infuse",
                    day,
                )
            )
    for entry_id, day, test in sorted(booked_tests or (), key=lambda b: (b[1], b[0])):
        if today <= day and day.year <= LATEST_YEAR:
            named = f" ({booked_title(test)})" if test else ""
            record = f"ocrelog lab {test} VALUE" if test else "ocrelog lab NAME VALUE"
            events.append(
                Event(
                    f"blood-test-{entry_id}",
                    f"Blood test booked{named}",
                    f"Booked in ocrelog (#{entry_id}); record the result with: {record}",
                    day,
                )
            )
    events.sort(key=lambda event: event.day)
    if daily is not None:
        events.append(
            Event(
                "daily-check-in",
                "ocrelog: how tired are you today?",
                "Log today's fatigue score: ocrelog checkin (or ocrelog feel 0-10).",
                today,
                daily,
            )
        )
    return events


def booked_title(key: str) -> str:
    """A booked test's name as the calendar shows it (``IgG``)."""
    from ocrelog.labs import title_of

    return title_of(key)


def uid_tag(journal_id: str) -> str:
    """A short tag of the journal's own id (``Journal.journal_id``), the same for the journal
    wherever it is copied, backed up or restored to."""
    return hashlib.sha256(journal_id.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def to_ical(events: list[Event], tag: str, now: datetime) -> bytes:
    """The events as an RFC 5545 calendar (``now``: the DTSTAMP, in UTC)."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "ocrelog")
    stamp = now.astimezone(timezone.utc).replace(microsecond=0)
    for spec in events:
        event = icalendar.Event()
        event.add("uid", f"{spec.key}-{tag}@ocrelog")
        event.add("dtstamp", stamp)
        event.add("summary", spec.summary)
        event.add("description", spec.description)
        if spec.at is None:
            event.add("dtstart", spec.day)
            event.add("dtend", spec.day + timedelta(days=1))
            event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        else:
            start = datetime.combine(spec.day, spec.at)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=CHECK_IN_MINUTES))
            event.add("rrule", {"freq": "daily"})
            event.add("transp", "TRANSPARENT")
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", spec.summary)
            alarm.add("trigger", timedelta(0))
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def parse_daily(text: str) -> time:
    """``--daily HH:MM`` (24-hour clock)."""
    from ocrelog.errors import InvalidValue

    raw = text.strip()
    hours, _, minutes = raw.partition(":")
    if (
        hours.isascii()
        and hours.isdigit()
        and minutes.isascii()
        and minutes.isdigit()
        and len(hours) <= 2
        and len(minutes) == 2
        and int(hours) <= 23
        and int(minutes) <= 59
    ):
        return time(int(hours), int(minutes))
    raise InvalidValue(f"--daily takes a time as HH:MM on a 24-hour clock, like 20:00, not {text[:20]!r}.")


def is_own_calendar(path: Path) -> bool:
    """Whether ``path`` is a calendar file ocrelog wrote (its PRODID): the only kind
    ``calendar`` replaces without --force; another app's calendar is never replaced silently."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(4096)
    except OSError:
        return False
    lines = start.lstrip(b"\xef\xbb\xbf \r\n\t").splitlines()
    if not lines or lines[0].strip().upper() != b"BEGIN:VCALENDAR":
        return False
    return any(line.strip() == b"PRODID:" + PRODID.encode() for line in lines[1:20])
