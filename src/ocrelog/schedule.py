"""When the next dose may be given: the label's minimum interval, for bookings and the calendar. Pure.

The Ocrevus label keeps at least MIN_MONTHS_BETWEEN_COURSES (5) months between
doses. ocrelog counts them from the **last dose given** (the second half, for a
course given in two halves) and never refuses a date: a booking is what the
infusion centre gave you, so an early one is stored and a one-line note says
the earliest date the label allows. The second half of a course (a 300 mg dose
soon after a lone 300 mg first half, as rules.courses reads it) is not held to
the interval.

Recording a dose (not a booking) is held to it the other way round: a dose
less than the interval after the previous one is asked about first
(:func:`too_soon`), as a likely wrong date, unless it is a course's second half
given on time (a 300 mg dose ``SECOND_HALF_FROM_DAYS`` to
``LATE_SECOND_HALF_DAYS`` days after a lone 300 mg first half).
"""

from __future__ import annotations

from datetime import date

from ocrelog.dates import add_months, written
from ocrelog.rules import (
    HALF_DOSE_MG,
    LATE_SECOND_HALF_DAYS,
    MIN_MONTHS_BETWEEN_COURSES,
    Infusion,
    courses,
    next_dose,
)

#: A second half recorded this many days or more after its first half is taken as given on
#: time without a question: a few days before the label's SECOND_HALF_DUE_AFTER_DAYS, as an
#: infusion centre's calendar allows.
SECOND_HALF_FROM_DAYS = 10


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
        f"Note: {written(booked)} is less than {MIN_MONTHS_BETWEEN_COURSES} months after your last dose "
        f"({written(last)}); the earliest date the label allows is {written(earliest)}."
    )


def too_soon(infusions: list[Infusion], day: date, dose_mg: int) -> Infusion | None:
    """The previous dose, when a dose of ``dose_mg`` on ``day`` comes less than the label's
    interval after it, else None. A dose on the same day as another is not this question
    (``record.record_dose`` asks that one), and neither is a course's second half on time:
    ``HALF_DOSE_MG`` from ``SECOND_HALF_FROM_DAYS`` to ``LATE_SECOND_HALF_DAYS`` days after a
    lone first half of ``HALF_DOSE_MG``."""
    given = sorted((i for i in infusions if i.day < day), key=lambda i: i.day)
    if not given:
        return None
    previous = given[-1]
    if day >= earliest_allowed(previous.day):
        return None
    after = (day - previous.day).days
    lone_first_half = previous.dose_mg == HALF_DOSE_MG and courses(given)[-1]
    if dose_mg == HALF_DOSE_MG and lone_first_half and SECOND_HALF_FROM_DAYS <= after <= LATE_SECOND_HALF_DAYS:
        return None
    return previous
