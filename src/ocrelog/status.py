"""``ocrelog status``: where you are today, from the report's findings. Pure.

The facts come from ``rules.analyse`` (the same findings as the report), plus
today's daily score and the last entry logged, which the command reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ocrelog.dates import day_word
from ocrelog.entries import Entry
from ocrelog.plurals import plural
from ocrelog.rules import Cycle, Findings
from ocrelog.terminal import fit, terminal_text

if TYPE_CHECKING:
    from ocrelog.concerns import Concern

INDENT = "  "
#: The widest line ``status`` writes about a warning sign.
WIDTH = 80


@dataclass(frozen=True)
class Status:
    findings: Findings
    logged_today: int | None  # the score today counts (rules.day_score), None when none yet
    last_entry: Entry | None
    left_out_today: int = 0  # scores logged today before today's dose: not part of day 0

    @property
    def latest(self) -> Cycle | None:
        return self.findings.cycles[-1] if self.findings.cycles else None

    @property
    def cycle_day(self) -> int | None:
        """Day N after the latest dose (day 0 is the dose day)."""
        latest = self.latest
        return (self.findings.today - latest.infusion_date).days if latest else None

    @property
    def episode(self) -> Cycle | None:
        """The latest dose's cycle when its fatigue episode is still going."""
        latest = self.latest
        return latest if latest is not None and latest.ongoing else None

    @property
    def days_to_next_due(self) -> int | None:
        due = self.findings.next_due
        return (due - self.findings.today).days if due else None

    def as_dict(self) -> dict:
        latest, episode = self.latest, self.episode
        return {
            "today": self.findings.today.isoformat(),
            "cycle_day": self.cycle_day,
            "latest_dose": latest.infusion_date.isoformat() if latest else None,
            "logged_today": self.logged_today,
            "episode": {
                "start": episode.episode_start.isoformat() if episode.episode_start else None,
                "days": episode.fatigue_days,
                "peak": episode.episode_peak,
                "flag": episode.flag,
            }
            if episode
            else None,
            "next_due": self.findings.next_due.isoformat() if self.findings.next_due else None,
            "days_to_next_due": self.days_to_next_due,
            "last_entry": self.last_entry.as_dict() if self.last_entry else None,
            "planned": self.findings.planned.isoformat() if self.findings.planned else None,
            "alerts": [alert.as_dict() for alert in self.findings.alerts],
            "concerns": [concern.as_dict() for concern in self.findings.concerns],
        }


def status_lines(status: Status, width: int = 80) -> list[str]:
    """The status screen as plain lines (the command makes user text terminal-safe)."""
    from ocrelog.entries import dose_words
    from ocrelog.wording import NO_DOSE_YET, days_text, due_advice, due_text, episode_advice, number_text, with_advice

    today = status.findings.today
    from ocrelog.dates import written

    lines = [f"Today is {written(today)}."]
    latest = status.latest
    if latest is None:
        lines.append(NO_DOSE_YET)
    else:
        lines.append(
            f"Day {status.cycle_day} after your latest dose ({dose_words(latest.dose_mg)} on "
            f"{written(latest.infusion_date)})."
        )
    if status.logged_today is None and status.left_out_today:
        lines.append(
            "No fatigue score counts for today yet: the one logged before today's dose is not "
            "part of day 0. Log how you feel now: ocrelog feel 0-10"
        )
    elif status.logged_today is None:
        lines.append("No fatigue score logged today yet: ocrelog feel 0-10")
    else:
        lines.append(f"Fatigue today: {status.logged_today}/10 (the day's highest score).")
    episode = status.episode
    if episode is not None and episode.episode_start is not None:  # an ongoing episode has its start
        text = (
            f"Fatigue episode in progress since {written(episode.episode_start)}: "
            f"{days_text(episode.fatigue_days)}, peak {number_text(episode.episode_peak)}"
        )
        flagged = f"{text} ({episode.flag})" if episode.flag != "none" else text
        lines.append(with_advice(flagged, episode_advice(episode)) + ".")
    from ocrelog.alerts import ALERT_DAYS

    lines += concern_lines(status.findings.concerns, today, min(width, WIDTH))
    handled = [c for c in status.findings.concerns if c.handled is not None and not c.history]
    if handled:
        lines.append(
            f"Warning signs marked as handled in the last {ALERT_DAYS} days: {len(handled)} "
            "('ocrelog report' lists them)."
        )
    due = due_text(status.findings, written)
    if due:
        lines.append(due)
    advice = due_advice(status.findings)
    if advice:
        lines.append(advice)
    if status.last_entry is not None:
        e = status.last_entry
        # a long entry in two lines at most, a word wider than the screen shortened (status is a glance)
        lines.append(
            fit(f"Last entry: #{e.id} {e.describe()} on {written(e.date)}.", min(width, WIDTH), lines=2, screen=True)
        )
    return lines


#: What opens each urgency's list of open warning signs in ``status``: one sentence a tier.
TIER_HEADINGS = {
    "now": "Seek help now (call your emergency number if it is severe or sudden):",
    "soon": "Contact your MS team soon about:",
    "next contact": "Mention at your next contact with your MS team:",
}


def concern_text(concern: Concern, today: date) -> str:
    """One open concern in a line: what, since when, how often, the newest words, its id."""
    span = day_word(concern.last, today)
    if concern.first != concern.last:
        span = f"{day_word(concern.first, today)} to {span}"
    days = f", {plural(concern.days, 'day')} logged" if concern.days > 1 else ""
    return f"{concern.display} ({concern.id}), {span}{days}: {concern.latest}"


def concern_lines(concerns: tuple[Concern, ...], today: date, width: int = WIDTH) -> list[str]:
    """The open concerns, most urgent first: one heading sentence a tier, then each concern on
    at most two lines of ``width`` (cut at a space, with an ellipsis, when longer)."""
    shown: list[str] = []
    tier = None
    for concern in concerns:
        if not concern.open:
            continue
        if concern.tier != tier:
            tier = concern.tier
            shown.append(TIER_HEADINGS[tier])
        shown.append(
            fit(terminal_text(concern_text(concern, today)), width - len(INDENT), lines=2, indent=INDENT, screen=True)
        )
    if shown:
        shown.append("When one is dealt with: ocrelog handled ID (an entry number or a C number).")
    return shown
