"""Looking back: the report, the demo's findings, the chart, the cycle, the log, the clinic summary.

Each function reads the journal once, applies the rule, and returns what the
command prints; every day's score is the rule's (``rules.daily_scores`` through
``queries.RuleInputs.daily``), so the report, the chart, the cycle and the
summary agree on every day. Heavy modules (the rule, Rich, pygal, Jinja2) are
imported inside the functions that need them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ocrelog.cycle_shape import Shape
    from ocrelog.entries import Entry
    from ocrelog.journal import Journal
    from ocrelog.labs import LabFacts
    from ocrelog.rules import Findings, Settings
    from ocrelog.summary import Summary

Moment = date | datetime


def _day(value: Moment | None, default: date) -> date:
    if value is None:
        return default
    return value.date() if isinstance(value, datetime) else value


def default_period(
    first_day: date | None, today: date, since: Moment | None = None, until: Moment | None = None
) -> tuple[date, date]:
    """The period of the chart and the summary: ``since`` to ``until`` when given; by default it
    ends today and starts at the first entry, at most ``SUMMARY_MONTHS`` before its end."""
    from ocrelog.dates import add_months
    from ocrelog.rule_defaults import SUMMARY_MONTHS

    end = _day(until, today)
    if since is not None:
        return _day(since, today), end
    year_ago = add_months(end, -SUMMARY_MONTHS)
    return (max(first_day, year_ago) if first_day else year_ago), end


# -- the report ---------------------------------------------------------------------


class Report(NamedTuple):
    findings: Findings
    scales: list[Entry]  # the latest result of each questionnaire


def report(journal: Journal, today: date, settings: Settings, since: Moment | None = None) -> Report:
    """The report: every dose's cycle and the warning signs; with ``since``, only doses from then on."""
    from ocrelog.queries import findings, latest_scales

    found = findings(journal, today, settings)
    scales = latest_scales(journal)
    if since is not None:
        found = found.since(_day(since, today))
    return Report(found, scales)


def demo_findings(journal: Journal, today: date) -> Findings:
    """``ocrelog demo``: the made-up sample journal written into ``journal`` (a new, empty one), and its report."""
    from ocrelog.demo import sample_entries
    from ocrelog.queries import findings

    journal.add_many(sample_entries(today), summary="the sample journal")
    return findings(journal, today)


def demo_target(save: str | None, folder: Path) -> Path:
    """Where the sample journal goes: the new file ``save`` (never one that exists), else a file in ``folder``."""
    if not save:
        return folder / "demo.db"
    target = Path(save).expanduser().absolute()
    from ocrelog.output_files import check_not_journal

    check_not_journal(target)  # not the journal in use, nor its -wal, -shm or settings
    if target.exists():
        from ocrelog.errors import InvalidValue

        raise InvalidValue(f"{save} already exists; ocrelog never overwrites a file")
    return target


# -- the chart ----------------------------------------------------------------------


def plain_mode(environ: Mapping[str, str], stdout_is_terminal: bool) -> bool:
    """Draw without colour: not at a terminal, NO_COLOR set (to anything), or TERM=dumb."""
    return not stdout_is_terminal or bool(environ.get("NO_COLOR")) or environ.get("TERM") == "dumb"


class Chart(NamedTuple):
    start: date
    end: date
    daily: dict[date, int]  # the rule's day's scores in the period
    dose_days: list[date]
    plain: bool

    @property
    def enough(self) -> bool:
        """Whether there are enough scored days to draw (``charts.MIN_CHART_DAYS``)."""
        from ocrelog.charts import MIN_CHART_DAYS

        return len(self.daily) >= MIN_CHART_DAYS


def chart(
    journal: Journal,
    today: date,
    since: Moment | None,
    until: Moment | None,
    *,
    environ: Mapping[str, str],
    stdout_is_terminal: bool,
) -> Chart:
    """The chart's period and days; --since after --until is an error (exit 2)."""
    from ocrelog.errors import InvalidValue
    from ocrelog.queries import rule_inputs

    inputs = rule_inputs(journal)
    start, end = default_period(journal.first_day(), today, since, until)
    if start > end:
        raise InvalidValue("--since is after --until; nothing to draw")
    return Chart(
        start, end, inputs.daily(start, end), [i.day for i in inputs.infusions], plain_mode(environ, stdout_is_terminal)
    )


# -- the cycle ----------------------------------------------------------------------


class CyclePage(NamedTuple):
    """What `ocrelog cycle` shows: the shape of a cycle and its sentences (the rule's findings
    for one dose are ``rules.Cycle``)."""

    shape: Shape
    heading: str | None  # None: no dose yet (``no_dose`` says so)
    closing: str | None  # the comparison below the table, or why there is none
    no_dose: str | None
    findings: Findings | None = None  # the rule's, for the rise before each dose (no words read)


def cycle(journal: Journal, today: date) -> CyclePage:
    """The shape of a cycle, and its sentences (wording.py); the comparison is over the cycles
    the rule found a shape for, as the count of rises before the dose is."""
    from ocrelog.cycle_shape import compared_cycles, cycle_shape
    from ocrelog.queries import rule_inputs
    from ocrelog.rules import analyse

    inputs = rule_inputs(journal)
    found = analyse(inputs.infusions, (), (), today, written=(), daily=inputs.day_scores)
    shape = cycle_shape(inputs.infusions, inputs.daily().items(), today, compared_cycles(found.cycles))
    if not shape.complete_cycles and not shape.current:
        from ocrelog.wording import NO_CYCLE_YET

        return CyclePage(shape, None, None, NO_CYCLE_YET)
    from ocrelog.wording import cycle_closing_text, cycle_heading

    return CyclePage(shape, cycle_heading(shape), cycle_closing_text(shape), None, found)


# -- the log ------------------------------------------------------------------------


class Log(NamedTuple):
    """The entries of ``ocrelog log``, newest first, streamed from the open journal."""

    journal: Journal
    rows: Iterator[Entry]
    filters: dict
    shown: int | None  # at most this many; None: all

    @property
    def filtered(self) -> bool:
        return any(self.filters.values())

    def hidden(self, listed: int) -> int:
        """How many matching entries were not listed (0 when all were), after ``listed`` were."""
        if self.shown is None or listed < self.shown:
            return 0
        return max(0, self.journal.count(**self.filters) - listed)


def log(
    journal: Journal,
    *,
    since: Moment | None = None,
    until: Moment | None = None,
    type_: str | None = None,
    grep: str | None = None,
    shown: int | None = 20,
) -> Log:
    """The log: entries newest first, filtered by period, type and ``grep`` (name or note, any case)."""
    filters = dict(since=since, until=until, type=type_, grep=grep)
    rows = journal.iter_entries(limit=shown, since=since, until=until, type=type_, grep=grep)
    return Log(journal, rows, filters, shown)


# -- the clinic summary -------------------------------------------------------------------


def clinic_summary(
    journal: Journal,
    today: date,
    since: Moment | None = None,
    until: Moment | None = None,
    *,
    chart: bool = True,
    name: str | None = None,
) -> Summary | None:
    """The summary's model, read and analysed once here; None when nothing was logged in the period.

    The period is :func:`default_period`'s; the findings, the days' scores and the
    warning signs are the rule's, as in the report and the chart.
    """
    from ocrelog.cycle_shape import compared_cycles, cycle_shape
    from ocrelog.queries import analyse_inputs, rule_inputs, with_words_since
    from ocrelog.rules import infection_concerns, infections_since, period_alerts
    from ocrelog.summary import summary_model

    start, end = default_period(journal.first_day(), today, since, until)
    entries = journal.entries(since=start, until=end, oldest_first=True)
    if not entries:
        return None
    # The words from USUAL_DAYS before the period on: its warning signs, and the episodes of
    # the doses kept (from the start on). The findings' own alerts (the last 30 days, which
    # may begin before that) are not part of the summary.
    # The infections are counted over the 12 months to the period's end, however short it is.
    counted_from = infections_since(end)
    written = with_words_since(journal, min(start, counted_from))
    inputs = rule_inputs(journal)._replace(written=written)
    found = analyse_inputs(inputs, today, infections=False).since(start, end)
    every = period_alerts(
        written,
        inputs.infusions,
        min(start, counted_from),
        end,
        today,
        usual=inputs.usual,
        imported=inputs.imported,
        carer=inputs.carer,
    )
    alerts = tuple(alert for alert in every if alert.day >= start)
    infections = infection_concerns(every, counted_from, end)
    # over the period's cycles with a shape: the cycles the count of rises beside it counts
    comparison = cycle_shape(
        inputs.infusions, inputs.daily().items(), compared=compared_cycles(found.cycles)
    ).comparison
    return summary_model(
        found,
        inputs.daily(start, end),
        comparison,
        alerts,
        entries,
        [i.day for i in inputs.infusions],
        start,
        end,
        chart=chart,
        name=name,
        infections=infections,
        labs=lab_facts(journal, end),
    )


def save_summary(text: str, output: str | None, today: date, kind: str, *, overwrite: bool = False) -> Path:
    """Write the summary to ``output`` (an existing file only with ``overwrite``: --force), or to
    a new ``ocrelog-summary-DATE`` file here; its path."""
    from ocrelog.output_files import summary_path, write_chunks

    target = summary_path(output, today, kind)
    write_chunks(target, [text], overwrite=overwrite)
    return target


def lab_facts(journal: Journal, until: date | None = None) -> LabFacts:
    """The blood test results and vaccinations (up to ``until``), oldest first, with the doses."""
    from ocrelog.labs import LabFacts
    from ocrelog.queries import doses

    results = tuple(reversed(journal.entries(type="lab", until=until)))
    vaccines = tuple(reversed(journal.entries(type="vaccine", until=until)))
    if not results and not vaccines:
        return LabFacts()
    return LabFacts(results, vaccines, tuple(doses(journal)))
