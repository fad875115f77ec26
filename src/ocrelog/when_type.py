"""WHEN options (``--on``, ``--since``, ``--until``, ``--planned``, ``--before``): read once, at the boundary.

One Click parameter type, as Watson's ``DateParamType``: the command line is
parsed, each WHEN typed becomes a ``date`` or a ``datetime`` in the journal's
date order (dates.py reads it), and a command receives the value, never the
text. The type also carries the date-order hint: when nobody chose the order
(no ``OCRELOG_DATE_ORDER``, no ``date_order`` in config.toml) and a numeric
date could be read both ways (``03/11``), it says once per journal folder how
it was read. Reading writes nothing: that the hint was given is remembered
(config.HINT_MARK, beside the journal) when the run ends, by then in the
folder a first command has made; a reading command on a journal that does
not exist yet makes no folder, so there the hint comes again.

The state of one run (the date order, read once; whether the hint was said)
lives on Click's context (``ctx.meta``), which is new for every run. The type
is given the command line's way of speaking to the person (``say``) by
cli.py, so it never reaches back up into it.

It subclasses the ``ParamType`` of Typer's vendored Click (Typer exposes no
name for it); tests/test_lazy_commands.py guards that name with the others
ocrelog takes from Typer's insides (lazy_commands.USES).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from typer._click.types import ParamType

from ocrelog.dates import ambiguous_numeric, day_month_text, parse_when
from ocrelog.errors import InvalidValue
from ocrelog.terminal import terminal_text

#: Keys of this module's state in ``ctx.meta`` (shared by a run's contexts, new for each run).
ORDER_KEY = "ocrelog.date_order"  # (order, where it was set), config.toml read once
SAID_KEY = "ocrelog.date_order_hint_said"  # said in this run: once is enough

#: How a WHEN may lie in time: a record happened (past); a booking is to come (future);
#: a filter bound is read as a past date first ('monday' is the last one), but a date
#: still to come (``--until 2099-01-01``) is fine too.
PAST, FUTURE, BOUND = "past", "future", "bound"


class When(ParamType):
    """A WHEN a person typed, as a ``date`` (a day) or a ``datetime`` (a moment)."""

    name = "when"

    def __init__(self, reach: str, say: Callable[[str], None]) -> None:
        self.reach = reach
        self.say = say

    def convert(self, value: Any, param: Any, ctx: Any) -> date | datetime:
        if isinstance(value, date):  # a default, or a value already read
            return value
        journal: Path = ctx.obj
        meta: dict[str, Any] = ctx.meta
        if ORDER_KEY not in meta:
            from ocrelog.config import date_order_and_source

            meta[ORDER_KEY] = date_order_and_source(journal)
        order, source = meta[ORDER_KEY]
        read = self._read(str(value), order)
        if source is None and not meta.get(SAID_KEY):
            hint = date_order_hint(str(value), read, order)
            if hint is not None and not _hint_given(journal):
                self.say(hint)
                meta[SAID_KEY] = True
                ctx.find_root().call_on_close(lambda: _mark(journal))  # when the run ends
        return read

    def _read(self, text: str, order: str) -> date | datetime:
        now = datetime.now()
        if self.reach != BOUND:
            return parse_when(text, now, date_order=order, allow_future=self.reach == FUTURE)
        try:
            return parse_when(text, now, date_order=order)
        except InvalidValue as error:
            try:
                return parse_when(text, now, date_order=order, allow_future=True)
            except InvalidValue:
                raise error from None


def date_order_hint(text: str, value: date | datetime, order: str) -> str | None:
    """How a numeric date that could be read both ways was read, and how to read it the other
    way; None when ``text`` holds no such date."""
    typed = ambiguous_numeric(text)
    if typed is None:
        return None
    other, first = ("dmy", "day first") if order == "mdy" else ("mdy", "month first")
    day = value.date() if isinstance(value, datetime) else value
    return (
        f'{terminal_text(typed)} read as {day_month_text(day)}; set date_order = "{other}" in config.toml '
        f"for {first} (ocrelog config date_order {other})."
    )


def _hint_given(journal: Path) -> bool:
    from ocrelog.config import date_order_hint_given

    return date_order_hint_given(journal)


def _mark(journal: Path) -> None:
    """Remember that the hint was given; where the folder does not exist, it comes again."""
    from ocrelog.config import mark_date_order_hint

    mark_date_order_hint(journal)
