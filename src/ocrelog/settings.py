"""The rule's settings and their defaults: numbers the command line shows in its help.

A module of its own, with nothing to import, so that the command layer can
state the defaults (``--days 3``) without loading the rule at start-up.
rules.py uses these; docs/rules.md states them, and a test checks it does.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_DAYS = 3  # flag fatigue lasting more than this many days
DEFAULT_RISE = 2  # points above the baseline that count as fatigue
DEFAULT_FLOOR = 4  # the lowest score that counts as fatigue
SUMMARY_MONTHS = 12  # the summary and the chart go back at most this far by default


@dataclass(frozen=True)
class Settings:
    """The rule's three knobs (``--days``, ``--rise``, ``--floor``)."""

    days: int = DEFAULT_DAYS
    rise: int = DEFAULT_RISE
    floor: int = DEFAULT_FLOOR

    def as_dict(self) -> dict[str, int]:
        return {"days": self.days, "rise": self.rise, "floor": self.floor}
