"""Where the person is today: ``ocrelog status`` and ``status --short``.

Both count today's score by the rule's day's score (``dayscore.day_score``:
the day's highest, a score logged before today's dose left out of day 0), the
same function the report, the chart, the cycle, the summary and feel's
confirmation use. ``short_status`` imports only the standard library, ``prompt``
and ``short_cache`` (its kept line) while that line holds: it runs at every shell
start-up and must start as fast as ``feel``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ocrelog.journal import Journal
    from ocrelog.status import Status


def todays_score(journal: Journal, today: date) -> tuple[int | None, int]:
    """Today's score by the rule's day's score (None when none counts yet), from today's
    scores and doses only, and how many scores were left out (logged before today's dose).

    A plain pair, not a class: ``status --short`` loads this module and defines nothing it does not use.
    """
    from ocrelog.queries import one_day
    from ocrelog.rules import day_score

    scores, given = one_day(journal, today)
    counted = day_score(today, scores, given)
    return counted, len(scores) if counted is None else 0


def status(journal: Journal, today: date) -> Status:
    """The status screen's facts: the report's current findings, today's score, the last entry."""
    from ocrelog.queries import current_findings
    from ocrelog.status import Status

    found = current_findings(journal, today)
    counted, left_out = todays_score(journal, today)
    return Status(found, counted, journal.last(), left_out)


def short_status(journal: Journal, today: date) -> str | None:
    """``status --short``: one line, or None when there is nothing to say (an empty journal included)."""
    from ocrelog.prompt import read_short_facts, short_line

    scored, latest, booked, anything = read_short_facts(journal, today)
    line = short_line(today, scored, latest, booked) if anything else None
    opened = open_signs_line(journal, today) if anything else None
    if opened is None:
        return line
    return f"{opened}; {line.removeprefix('ocrelog: ')}" if line else opened


def open_signs_line(journal: Journal, today: date) -> str | None:
    """ "ocrelog: 2 warning signs open (newest: pee dark brown, today)", or None when none is open.

    The line worked out last is kept (``short_cache``) with a fingerprint of what it was worked
    out from: while that holds, it is printed again without loading the matcher. Otherwise the
    matcher is loaded only when the alert window holds an entry with words not yet marked as
    handled: most days, nothing more than one indexed query.
    """
    from ocrelog.short_cache import fingerprint, keep_line, kept_line

    holds, kept = kept_line(journal, today)
    if holds:
        return kept
    from ocrelog.alerts import window_start

    first = window_start(today)
    key = fingerprint(journal, today, first) if journal.path is not None else ""  # before, not after
    line = _worked_out(journal, today)
    keep_line(journal, today, first, key, line)
    return line


def _worked_out(journal: Journal, today: date) -> str | None:
    """The open signs' line of ``open_signs_line``, worked out from the journal."""
    from ocrelog.alerts import ALERT_DAYS

    first = today - timedelta(days=ALERT_DAYS - 1)
    if not journal.has_unhandled_words(first.isoformat()):
        return None
    from ocrelog.concerns import fold, open_concerns
    from ocrelog.judged import current_alerts

    found = open_concerns(fold(current_alerts(journal, today)))
    if not found:
        return None
    from ocrelog.dates import day_word

    # the concern logged last: by its newest alert's date and time, not the entry numbers
    newest = max(
        found, key=lambda c: (c.last, c.alerts[-1].when if c.alerts else "", c.entries[-1] if c.entries else 0)
    )
    count = f"{len(found)} warning sign{'' if len(found) == 1 else 's'} open"
    from ocrelog.terminal import fit, terminal_text

    # the newest entry's own words (not what other entries added to it), cut at a space
    words = newest.alerts[-1].written or newest.latest  # a concern has one alert at least
    newest_words = fit(terminal_text(words), SHORT_WORDS, lines=1)  # it reaches the shell at start-up
    return f"ocrelog: {count} (newest: {newest_words}, {day_word(newest.last, today)})"


#: The newest words ``status --short`` quotes, at most: the line runs at every shell start-up.
SHORT_WORDS = 40
