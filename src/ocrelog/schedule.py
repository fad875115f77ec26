"""When the next dose may be given: the label's minimum interval, for bookings and the calendar. Pure.

The Ocrevus label keeps at least MIN_MONTHS_BETWEEN_COURSES (5) months between
doses. ocrelog counts them from the **last dose given** (the second half, for a
course given in two halves) and never refuses a date: a booking is what the
infusion centre gave you, so an early one is stored and a one-line note says
the earliest date the label allows. The second half of a course (a 300 mg dose
soon after a lone 300 mg first half, as rules.courses reads it) is not held to
the interval.
"""

from __future__ import annotations

from datetime import date

from ocrelog.dates import add_months
from ocrelog.rules import MIN_MONTHS_BETWEEN_COURSES, Infusion, courses, next_dose


def earliest_allowed(last_dose: date) -> date:
    """The first day the label allows another dose after one on ``last_dose``."""
    return add_months(last_dose, MIN_MONTHS_BETWEEN_COURSES)


def earliest_next_dose(infusions: list[Infusion]) -> date | None:
    """The earliest date the label allows for the next course; None without a dose,
    or when the next dose due is a course's second half."""
    if not infusions:
        return None
    ordered = sorted(infusions, key=lambda i: i.day)
    _, second_half = next_dose(ordered, courses(ordered))
    return None if second_half else earliest_allowed(ordered[-1].day)


def early_booking_note(infusions: list[Infusion], booked: date, dose_mg: int) -> str | None:
    """One line when ``booked`` is less than the label's interval after the last dose, else None."""
    given = sorted((i for i in infusions if i.day <= booked), key=lambda i: i.day)
    if not given:
        return None
    planned = Infusion(booked, dose_mg)
    if not courses([*given, planned])[-1]:
        return None  # the second half of a course
    last = given[-1].day
    earliest = earliest_allowed(last)
    if booked >= earliest:
        return None
    return (
        f"Note: {booked.isoformat()} is less than {MIN_MONTHS_BETWEEN_COURSES} months after your last dose "
        f"({last.isoformat()}); the earliest date the label allows is {earliest.isoformat()}."
    )
