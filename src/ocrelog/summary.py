"""The clinic summary: a model of the period, built once, and two renderers.

:func:`summary_model` turns what ``usecases.review.clinic_summary`` read and
analysed once (the report's findings from rules.py, their words from
wording.py) into a :class:`Summary` of plain facts in words; :func:`to_html`
and :func:`to_markdown` only lay that model out, through the Jinja2 templates in ``templates/``. So the two formats
can never say different things, and the summary can never say something the
report does not.

Written for the clinician: third person, facts, no instruction to anyone, and
no sentence claiming that something did not happen (the journal only knows
what was logged). The HTML is one self-contained file: inline CSS, an inline
SVG chart, no scripts, no fonts or images from anywhere else. Every piece of
text a person typed is escaped: by Jinja2's autoescape in HTML, and by the
Markdown environment's ``finalize`` in Markdown, both applied to every value
a template prints, so escaping cannot be forgotten in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ocrelog.alerts import Alert
from ocrelog.dates import written
from ocrelog.entries import Entry, dose_words, temperature_shown, temperature_text
from ocrelog.rules import Cycle, Findings
from ocrelog.signs import FEVER_C
from ocrelog.wording import (
    RISE_HEADERS,
    RISE_TITLE,
    TIMING_NOT_CAUSE,
    comparison_text,
    due_text,
    episode_text,
    episodes_heading,
    finding_text,
    infections_period,
    infections_text,
    late_doses_text,
    number_text,
    rise_rows,
    rises_text,
    rule_sentences,
)

if TYPE_CHECKING:
    from ocrelog.concerns import Concern
    from ocrelog.cycle_shape import Comparison
    from ocrelog.labs import LabFacts

#: Notes shown, at most, and each note's length (the page must stay within 2 A4 pages).
MAX_NOTES = 8
MAX_NOTE_CHARS = 160
MAX_SIGNS = 10
MAX_CONCERN_TEXTS = 4  # the different words of one concern shown, at most
#: Every symptom is listed; this only guards the page against a journal of hundreds of names.
MAX_SYMPTOMS = 60
#: Temperatures listed one by one, at most; beyond that, those of LISTED_FROM_C or more.
MAX_TEMPERATURES = 40
LISTED_FROM_C = 37.5
PATIENT_ENTERED = (
    "Patient-entered data: a personal fatigue journal kept with ocrelog. Scores are the "
    "person's own ratings of fatigue from 0 (none) to 10 (worst imaginable)."
)
FOOTER = (
    "This is a journal kept by the patient, not a diagnosis or a medical record. It holds only "
    "what was logged. Flags follow the fixed rule stated above; an unflagged dose is only that."
)
#: In print, temperatures are set four abreast and symptoms two abreast once there are more than this.
ABREAST_FROM = 8
SIGN_HEADERS = ("Dates", "Logged", "Kind", "Days", "Marked handled")
TEMPERATURE_HEADERS = ("Date", "Reading")  # and a third: "≥ 38 °C", from FEVER_C
SYMPTOM_HEADERS = ("Symptom", "Days", "First", "Last", "Warning sign")
HEADERS = ("Dose date", "Dose", "Baseline", "Peak", "Fatigue days", "Finding", "Symptoms after the dose")


@dataclass(frozen=True)
class DoseRow:
    """One dose in the findings table; every cell is text."""

    date: str
    dose: str
    baseline: str
    peak: str
    fatigue_days: str
    finding: str
    flag: str  # none | prolonged | severe
    symptoms: str

    @property
    def cells(self) -> tuple[str, ...]:
        return (self.date, self.dose, self.baseline, self.peak, self.fatigue_days, self.finding, self.symptoms)


@dataclass(frozen=True)
class SymptomRow:
    name: str
    days: int
    first: str
    last: str
    sign: str  # the warning-sign kind it counted as, or ""

    @property
    def cells(self) -> tuple[str, ...]:
        return (self.name, str(self.days), self.first, self.last, self.sign)


@dataclass(frozen=True)
class SignRow:
    """One concern in the warning-signs table: every cell is text but ``days``."""

    when: str  # its first date, and its last when that differs: "6 Nov 2026 to 8 Nov 2026"
    text: str  # what was logged, its different words joined by "; "
    kind: str  # the warning-sign kind: "infection"
    days: int  # the days it was logged on
    handled: str = ""  # "16 Nov 2026: GP: antibiotics", "(1 of 2)" when only some were marked; "" when none

    @property
    def cells(self) -> tuple[str, ...]:
        return (self.when, self.text, self.kind, str(self.days), self.handled)


@dataclass(frozen=True)
class Line:
    """A dated fact: ``when``, then ``text``; ``marked`` lines are shown in bold."""

    when: str
    text: str
    marked: bool = False


@dataclass(frozen=True)
class Summary:
    """Everything the summary says, as facts in words; both renderers lay out only this."""

    name: str | None
    period: str
    generated: str
    scored_days: int
    doses: tuple[DoseRow, ...]
    due: str
    rule: str
    comparison: str
    dose_lines: tuple[Line, ...]
    symptoms: tuple[SymptomRow, ...]
    symptoms_more: int
    temperatures: tuple[Line, ...]
    temperatures_more: str
    signs: tuple[SignRow, ...]
    signs_more: int
    scales: tuple[str, ...]
    notes: tuple[Line, ...]
    notes_more: int
    chart_svg: str = ""
    fever_c: float = FEVER_C
    extra: tuple[str, ...] = field(default=())  # further facts about the period, one sentence each
    history: str = ""  # the imported history's warning signs, counted (under their own heading)
    rises: tuple[tuple[str, ...], ...] = ()  # the rise before the dose: one row per cycle with one
    rise_sentence: str = ""  # the count of rises under that table (the report's, without a suggestion)
    episodes_heading: str = ""
    episodes: tuple[str, ...] = ()  # fatigue between doses, one line each
    infections: str = ""  # the count of infections of the 12 months to the period's end
    rise_title: str = RISE_TITLE
    rise_headers: tuple[str, ...] = RISE_HEADERS
    # Blood tests and vaccinations (labs.py): IgG over time beside the infections of the last 12
    # months, the other tests by kind (hepatitis B with the B cells), the vaccinations in the cycle.
    labs: tuple[str, ...] = ()
    igg: str = ""
    vaccines: tuple[tuple[str, ...], ...] = ()
    vaccines_more: int = 0
    vaccine_headers: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return "Fatigue after Ocrevus doses" + (f": {self.name}" if self.name else "")


def summary_model(
    found: Findings,
    daily: dict[date, int],
    comparison: Comparison | None,
    alerts: tuple[Alert, ...],
    entries: list[Entry],
    dose_days: list[date],
    start: date,
    end: date,
    *,
    chart: bool = True,
    name: str | None = None,
    infections: tuple[Concern, ...] = (),
    labs: LabFacts | None = None,
) -> Summary:
    """The summary of a period as facts in words, from what the use case read and analysed
    once (``usecases.review.clinic_summary``): no journal, no rule applied here.

    ``found``: the findings of the period; ``daily``: its days' scores; ``alerts``: its warning
    signs (rules.period_alerts); ``entries``: what was logged in it, oldest first;
    ``infections``: the infections of the ``INFECTION_MONTHS`` months to its end
    (rules.infection_concerns), counted as the report counts them.
    """
    from ocrelog.charts import svg_chart

    today = found.today
    temperatures, temperatures_more = temperature_lines(entries)
    symptoms = symptom_rows(entries, alerts)
    infections_words = infections_text(infections, None if end == today else end)
    lab = lab_fields(labs, len(infections), infections_period(None if end == today else end))
    notes, notes_more = noted_lines(entries, {a.day for a in alerts}, flagged_days(found.cycles), notes_limit(lab))
    from ocrelog.concerns import fold

    concerns = fold(alerts)
    sign_rows = tuple(concern_row(c) for c in sorted(concerns, key=lambda c: c.last, reverse=True) if not c.history)
    return Summary(
        **lab,
        name=name,
        period=f"{written(start)} to {written(end)}",
        generated=written(today),
        scored_days=len(daily),
        doses=tuple(dose_row(c) for c in found.cycles),
        due=due_text(found, written),
        rule=rule_sentences(found),
        comparison=(
            comparison_text(comparison, clinician=True) + f" {TIMING_NOT_CAUSE}" if comparison is not None else ""
        ),
        dose_lines=tuple(dose_line(e) for e in entries if e.type == "infusion"),
        symptoms=symptoms[:MAX_SYMPTOMS],
        symptoms_more=max(0, len(symptoms) - MAX_SYMPTOMS),
        temperatures=temperatures,
        temperatures_more=temperatures_more,
        signs=sign_rows[:MAX_SIGNS],
        signs_more=max(0, len(sign_rows) - MAX_SIGNS),
        scales=scale_sentences(e for e in entries if e.type == "scale"),
        notes=notes,
        notes_more=notes_more,
        chart_svg=svg_chart(daily, dose_days, start, end) if chart and daily else "",
        extra=tuple(late_doses_text(found)),
        history=history_sentence(concerns) or "",
        rises=tuple(rise_rows(found)),
        rise_sentence=rises_text(found, clinician=True),
        episodes_heading=episodes_heading(found, titled=False) if found.episodes else "",
        episodes=tuple(episode_text(e) for e in found.episodes),
        infections=infections_words,
    )


#: The vaccinations the summary lists, newest kept (older ones: counted).
MAX_VACCINES = 6
#: The notes the summary keeps however long its blood tests' section is.
MIN_NOTES = 2


def notes_limit(lab: dict) -> int:
    """The notes shown beside the blood tests' section: one note (about two printed lines) given
    up for each two lines the section takes, so the page keeps its two pages (MAX_NOTES without it)."""
    if not lab:
        return MAX_NOTES
    lines = 3 + len(lab["labs"]) + (2 if lab["igg"] else 0) + (len(lab["vaccines"]) + 2 if lab["vaccines"] else 0)
    return max(MIN_NOTES, MAX_NOTES - (lines + 1) // 2)


def lab_fields(labs: LabFacts | None, infections: int, when: str) -> dict:
    """The summary's blood tests and vaccinations ({} with none), from ``labs.py``'s facts."""
    if labs is None or not (labs.results or labs.vaccines):
        return {}
    from ocrelog.labs import VACCINE_HEADERS, grouped_lines, igg_with_infections, vaccine_rows

    rows = vaccine_rows(labs)
    return {
        "labs": tuple(grouped_lines(labs.results)),
        "igg": igg_with_infections(labs.results, infections, when),
        "vaccines": tuple(row.cells for row in rows[-MAX_VACCINES:]),
        "vaccines_more": max(0, len(rows) - MAX_VACCINES),
        "vaccine_headers": VACCINE_HEADERS,
    }


# -- the facts, one function each -------------------------------------------------


def dose_row(cycle: Cycle) -> DoseRow:
    return DoseRow(
        written(cycle.infusion_date),
        f"{cycle.dose_mg} mg",
        number_text(cycle.baseline),
        number_text(cycle.peak),
        str(cycle.fatigue_days),
        finding_text(cycle, clinician=True),
        cycle.flag,
        ", ".join(cycle.symptoms) or "-",
    )


def dose_line(dose: Entry) -> Line:
    """A dose with its premedications and reactions, as recorded with it."""
    parts = [dose_words(dose.value)]
    if dose.premeds:
        parts.append("premedication " + ", ".join(dose.premeds))
    if dose.reactions:
        parts.append("reactions " + ", ".join(dose.reactions))
    if not dose.premeds and not dose.reactions:
        parts.append("no premedication or reaction recorded with it")
    return Line(written(dose.date), "; ".join(parts))


def symptom_rows(entries: list[Entry], alerts: Iterable[Alert]) -> tuple[SymptomRow, ...]:
    """Every symptom logged in the period: days logged, first and last date, in order of first logging."""
    by_entry: dict[int | None, list[str]] = {}
    for alert in alerts:
        by_entry.setdefault(getattr(alert, "entry_id", None), []).append(_display(alert))
    days: dict[str, set[date]] = {}
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    categories: dict[str, dict[str, None]] = {}
    for entry in entries:
        if entry.type != "symptom" or not entry.name:
            continue
        days.setdefault(entry.name, set()).add(entry.day)
        first.setdefault(entry.name, entry.date)
        last[entry.name] = entry.date
        for shown in by_entry.get(entry.id, []) if entry.id is not None else []:
            categories.setdefault(entry.name, {})[shown] = None
    return tuple(
        SymptomRow(
            name,
            len(days[name]),
            written(first[name][:10]),
            written(last[name][:10]),
            ", ".join(categories.get(name, {})),
        )
        for name in sorted(days, key=lambda n: (first[n], n))
    )


def _display(alert: Alert) -> str:
    """A warning sign's category as shown: 'infusion reaction'."""
    shown = getattr(alert, "display", None)
    return shown if isinstance(shown, str) else alert.category.replace("_", " ")


def temperature_lines(entries: list[Entry]) -> tuple[tuple[Line, ...], str]:
    """Every temperature, those of 38 °C or more marked; a long list keeps those of 37.5 °C or more."""
    readings = [e for e in entries if e.type == "temperature"]
    shown = readings
    more = ""
    if len(readings) > MAX_TEMPERATURES:
        shown = [e for e in readings if float(e.value or 0) >= LISTED_FROM_C]
        rest = [e for e in readings if float(e.value or 0) < LISTED_FROM_C]
        low, high = min(float(e.value or 0) for e in rest), max(float(e.value or 0) for e in rest)
        more = (
            f"{len(rest)} further readings below {LISTED_FROM_C:g} °C, from {temperature_text(low)} "
            f"to {temperature_text(high)}."
        )
    lines = tuple(Line(*temperature_shown(e)) for e in shown)
    return lines, more


def concern_row(concern: Concern) -> SignRow:
    """A concern: its dates, what was logged (newest words kept), its kind, its days, and how it was handled."""
    said = list(dict.fromkeys(alert.logged for alert in concern.alerts))
    more = len(said) - MAX_CONCERN_TEXTS
    shown = "; ".join(said[:MAX_CONCERN_TEXTS]) + (f"; and {more} more" if more > 0 else "")
    from ocrelog.concerns import newest

    handled = ""
    marks = concern.marks
    mark = newest(marks)
    if mark is not None:
        handled = written(mark.date)
        if mark.note:
            handled += f": {_short(mark.note)}"
        if concern.handled is None:
            handled += f" ({len(marks)} of {len(concern.alerts)})"
    span = written(concern.first.isoformat())
    if concern.last != concern.first:
        span += f" to {written(concern.last.isoformat())}"
    return SignRow(span, shown, concern.display, concern.days, handled)


def history_sentence(concerns: Iterable[Concern]) -> str | None:
    """The imported history's warning signs, counted."""
    from ocrelog.concerns import HISTORY_DAYS, history_counts

    counts = history_counts(concerns)
    if not counts:
        return None
    kinds = ", ".join(f"{n} {name}" for name, n in counts.items())
    return f"Warning signs in imported history (dated more than {HISTORY_DAYS} days before their import): {kinds}."


def flagged_days(cycles: Iterable[Cycle]) -> set[date]:
    """The days of every prolonged or severe episode."""
    from datetime import timedelta

    found: set[date] = set()
    for c in cycles:
        if c.flag != "none" and c.episode_start and c.episode_end:
            found |= {c.episode_start + timedelta(days=n) for n in range((c.episode_end - c.episode_start).days + 1)}
    return found


def noted_lines(
    entries: list[Entry], sign_days: set[date], flagged: set[date], limit: int = MAX_NOTES
) -> tuple[tuple[Line, ...], int]:
    """The notes written on days with a warning sign or a flagged fatigue day, oldest first.

    When there are more than ``limit``, those on warning-sign days are kept
    first, the newest first, then the newest of the rest; returns (lines, how
    many were left out).
    """
    noted = [
        e
        for e in sorted(entries, key=lambda e: (e.date, e.id or 0))
        if e.note and (e.day in sign_days or e.day in flagged)
    ]
    ranked = sorted(range(len(noted)), key=lambda i: (noted[i].day not in sign_days, -i))
    kept = sorted(ranked[:limit])
    lines = tuple(Line(written(noted[i].date), f"{noted[i].describe()}: {_short(noted[i].note or '')}") for i in kept)
    return lines, len(noted) - len(kept)


def scale_sentences(results: Iterable[Entry]) -> tuple[str, ...]:
    """Each questionnaire over time, with its published figures, as facts.

    "FSS 5.1 on 2 Sep 2026, 4.4 on 18 Nov 2026: a fall of 0.7 from the first to the last;
    4 or more indicates fatigue; ...". Subscales are given for the latest result.
    """
    from ocrelog.scales import SCALES, change_text, facts_text, value_text

    by_scale: dict[str, list[Entry]] = {}
    for entry in results:
        by_scale.setdefault(entry.name or "", []).append(entry)
    sentences = []
    for key, scale in SCALES.items():
        taken = by_scale.get(key)
        if not taken:
            continue
        values = ", ".join(  # the subscales of the latest result
            f"{value_text(e.value)}{_subscales(e) if e is taken[-1] else ''} on {written(e.date[:10])}" for e in taken
        )
        text = f"{scale.title} {values}"
        if len(taken) > 1:
            text += f": {change_text(scale, float(taken[0].value or 0), float(taken[-1].value or 0))}"
            text += " from the first to the last"
        facts = facts_text(scale)
        sentences.append(text + (f"; {facts}" if facts else "") + ".")
    return tuple(sentences)


def _subscales(entry: Entry) -> str:
    if not entry.subscales:
        return ""
    return " (" + ", ".join(f"{name} {number}" for name, number in entry.subscales) + ")"


def _short(note: str) -> str:
    text = " ".join(note.split())
    return text if len(text) <= MAX_NOTE_CHARS else text[: MAX_NOTE_CHARS - 1] + "…"


# -- the renderers ---------------------------------------------------------------------


def _markdown_text(value: Any) -> Any:
    """Every value a Markdown template prints: one line, Markdown's special characters escaped."""
    if value is None or isinstance(value, (int, float)):
        return "" if value is None else value
    text = " ".join(str(value).split())
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return text


def _environment(markdown: bool) -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    if markdown:
        return Environment(
            loader=PackageLoader("ocrelog", "templates"),
            autoescape=False,
            finalize=_markdown_text,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
        )
    return Environment(
        loader=PackageLoader("ocrelog", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _render(template: str, summary: Summary, markdown: bool) -> str:
    from markupsafe import Markup

    env = _environment(markdown)
    return env.get_template(template).render(
        s=summary,
        headers=HEADERS,
        sign_headers=SIGN_HEADERS,
        temperature_headers=(*TEMPERATURE_HEADERS, f"≥ {summary.fever_c:g} °C"),
        symptom_headers=SYMPTOM_HEADERS,
        abreast_from=ABREAST_FROM,
        patient_entered=PATIENT_ENTERED,
        footer=FOOTER,
        chart=Markup(summary.chart_svg),  # made by ocrelog (charts.svg_chart), never user text
    )


def to_html(summary: Summary) -> str:
    """One self-contained HTML page (two A4 pages at most when printed)."""
    return _render("summary.html.j2", summary, markdown=False)


def to_markdown(summary: Summary) -> str:
    """The same content as the HTML, as Markdown: tables and text, no chart."""
    return _render("summary.md.j2", summary, markdown=True)
