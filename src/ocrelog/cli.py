"""The command line: parse, call the core, print. No rules live here.

Each command imports what only it needs (Rich, sqlite-utils, dateutil) inside
its body, so that ``ocrelog feel 6`` starts as fast as Python and Typer allow.
"""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ocrelog import __version__
from ocrelog.dates import now_to_minute, parse_when, to_iso
from ocrelog.entries import (
    DEFAULT_DOSE,
    TYPES,
    Entry,
    clean_list,
    clean_note,
    parse_dose,
    parse_score,
    symptom_name,
)
from ocrelog.errors import InvalidValue, OcrelogError
from ocrelog.journal import Journal
from ocrelog.paths import ENV_VAR, journal_path

app = typer.Typer(
    name="ocrelog",
    help=(
        "A fatigue journal for people who receive Ocrevus (ocrelizumab) infusions.\n\n"
        "Log how tired you feel, record each dose, and see how fatigue after an "
        "infusion compares with your own baseline. ocrelog is a journal, not medical advice."
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# -- plumbing -----------------------------------------------------------------


def fail(message: str, code: int = 1) -> None:
    """One sentence on stderr, then exit non-zero."""
    sys.stderr.write(f"Error: {message}\n")
    raise typer.Exit(code)


def say(message: str) -> None:
    """A message for the person (not data): stderr."""
    sys.stderr.write(message + "\n")


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def command(*args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``app.command`` that turns ocrelog's errors into one sentence and an exit code."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def run(*call_args: Any, **call_kwargs: Any) -> Any:
            try:
                return func(*call_args, **call_kwargs)
            except OcrelogError as error:
                fail(str(error), error.exit_code)
            except sqlite3.DatabaseError as error:
                fail(f"The journal could not be read or written ({error}).", 1)
            except OSError as error:  # a file ocrelog was asked to read or write
                where = f" ({error.filename})" if error.filename else ""
                fail(f"{error.strerror or error}{where}.", 1)

        app.command(*args, **kwargs)(run)
        return func

    return register


def now() -> datetime:
    return now_to_minute(datetime.now())


def when_or_now(text: str | None) -> date | datetime:
    return parse_when(text, datetime.now()) if text is not None else now()


def optional_when(text: str | None) -> date | datetime | None:
    return parse_when(text, datetime.now()) if text is not None else None


def open_journal(ctx: typer.Context, *, write: bool) -> Journal:
    return Journal.open(ctx.obj, write=write)


def version_callback(value: bool) -> None:
    if value:
        print(f"ocrelog {__version__}")
        raise typer.Exit()


# -- options used by several commands -----------------------------------------

On = Annotated[
    Optional[str],
    typer.Option(
        "--on",
        metavar="WHEN",
        help="When it happened: 'yesterday', '3 days ago', 'monday 21:00', 'May 14', "
        "'2026-05-14'. Default: now.",
    ),
]
Note = Annotated[Optional[str], typer.Option("--note", help="A note, kept exactly as typed.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Since = Annotated[
    Optional[str], typer.Option("--since", metavar="WHEN", help="Only from this date on.")
]
Until = Annotated[
    Optional[str], typer.Option("--until", metavar="WHEN", help="Only up to this date.")
]
Force = Annotated[
    bool, typer.Option("--force", "-f", help="Do not ask; needed when not at a terminal.")
]


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Optional[str],
        typer.Option(
            "--db",
            metavar="PATH",
            envvar=ENV_VAR,
            help="The journal file to use (default: ~/.local/share/ocrelog/journal.db).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    ctx.obj = journal_path(db)


# -- recording ------------------------------------------------------------------


@command()
def infuse(
    ctx: typer.Context,
    on: On = None,
    dose: Annotated[
        str, typer.Option("--dose", metavar="MG", help="The dose in mg (920 subcutaneous).")
    ] = str(DEFAULT_DOSE),
    premed: Annotated[
        Optional[list[str]],
        typer.Option("--premed", metavar="TEXT", help="A premedication; repeat for each."),
    ] = None,
    reaction: Annotated[
        Optional[list[str]],
        typer.Option("--reaction", metavar="TEXT", help="An infusion reaction; repeat for each."),
    ] = None,
    note: Note = None,
) -> None:
    """Record an Ocrevus dose.

    \b
    Example:
      ocrelog infuse --on 2026-05-14 --premed methylprednisolone --premed cetirizine
    """
    entry = Entry(
        type="infusion",
        date=to_iso(when_or_now(on)),
        value=parse_dose(dose),
        note=clean_note(note),
        premeds=clean_list(premed),
        reactions=clean_list(reaction),
    )
    with open_journal(ctx, write=True) as journal:
        entry = journal.add(entry)
    details = [f"premedication: {', '.join(entry.premeds)}"] if entry.premeds else []
    if entry.reactions:
        details.append(f"reactions: {', '.join(entry.reactions)}")
    extra = f" ({'; '.join(details)})" if details else ""
    print(f"Recorded infusion #{entry.id}: {entry.value} mg on {entry.date}{extra}.")


@command()
def feel(
    ctx: typer.Context,
    score: Annotated[
        str,
        typer.Argument(metavar="SCORE", help="Fatigue from 0 (none) to 10 (worst imaginable)."),
    ],
    on: On = None,
    note: Note = None,
) -> None:
    """Log how tired you feel, from 0 to 10.

    \b
    Examples:
      ocrelog feel 6
      ocrelog feel 4 --on "yesterday 21:00" --note "after a short walk"
    """
    entry = Entry(
        type="fatigue", date=to_iso(when_or_now(on)), value=parse_score(score), note=clean_note(note)
    )
    with open_journal(ctx, write=True) as journal:
        entry = journal.add(entry)
    print(f"Logged fatigue {entry.value}/10 on {entry.date} (#{entry.id}).")


@command()
def symptom(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="What you noticed: fever, chills, rash, headache, infection...")
    ],
    on: On = None,
    note: Note = None,
) -> None:
    """Log another symptom, such as a fever.

    \b
    Examples:
      ocrelog symptom fever --note "38.2 C"
      ocrelog symptom "sore throat" --on yesterday
    """
    entry = Entry(
        type="symptom", date=to_iso(when_or_now(on)), name=symptom_name(name), note=clean_note(note)
    )
    with open_journal(ctx, write=True) as journal:
        entry = journal.add(entry)
    print(f"Logged symptom '{entry.name}' on {entry.date} (#{entry.id}).")


# -- reading ------------------------------------------------------------------------


@command("log")
def log_(
    ctx: typer.Context,
    since: Since = None,
    until: Until = None,
    type_: Annotated[
        Optional[str],
        typer.Option("--type", metavar="infusion|fatigue|symptom", help="Only this kind."),
    ] = None,
    limit: Annotated[
        Optional[int], typer.Option("--limit", min=1, help="How many to show (default 20).")
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Show every entry.")] = False,
    json_: Json = False,
) -> None:
    """List entries, newest first.

    \b
    Examples:
      ocrelog log
      ocrelog log --type symptom --since "4 weeks ago"
      ocrelog log --all --json
    """
    if type_ is not None and type_ not in TYPES:
        raise InvalidValue(f"--type must be infusion, fatigue or symptom, not {type_!r}.")
    if all_ and limit is not None:
        raise InvalidValue("Give --limit or --all, not both.")
    shown = None if all_ else (limit or 20)
    filters = dict(since=optional_when(since), until=optional_when(until), type=type_)
    with open_journal(ctx, write=False) as journal:
        entries = journal.entries(limit=shown, **filters)
        total = journal.count(**filters) if shown is not None and len(entries) == shown else None
    if json_:
        import json

        print(json.dumps([entry.as_dict() for entry in entries], ensure_ascii=False, indent=2))
        return
    if not entries:
        say("No entries found." if any(filters.values()) else "The journal is empty; try: ocrelog feel 5")
        return
    from ocrelog.render import entries_table, stdout_console

    stdout_console().print(entries_table(entries))
    if total is not None and total > len(entries):
        say(f"Showing the newest {len(entries)} of {total} entries; use --all to see every one.")


Days = Annotated[
    int, typer.Option("--days", min=0, help="Flag fatigue lasting more than this many days.")
]
Rise = Annotated[
    int, typer.Option("--rise", min=0, help="How far above your baseline counts as fatigue.")
]
Floor = Annotated[
    int, typer.Option("--floor", min=0, max=10, help="The lowest score that counts as fatigue.")
]


@command()
def report(
    ctx: typer.Context,
    since: Annotated[
        Optional[str],
        typer.Option("--since", metavar="WHEN", help="Only infusions from this date on."),
    ] = None,
    days: Days = 3,
    rise: Rise = 2,
    floor: Floor = 4,
    json_: Json = False,
) -> None:
    """Compare fatigue after each infusion with your baseline before it.

    \b
    Examples:
      ocrelog report
      ocrelog report --since "1 year ago" --json
    """
    from ocrelog.rules import Settings

    since_day = optional_when(since)
    with open_journal(ctx, write=False) as journal:
        show_report(journal, Settings(days=days, rise=rise, floor=floor), since_day, json_)


@command()
def demo(
    json_: Json = False,
    save: Annotated[
        Optional[str],
        typer.Option(
            "--save",
            metavar="PATH",
            help="Keep the sample journal in a new file, to try other commands on it.",
        ),
    ] = None,
) -> None:
    """Show the report on a made-up sample journal (yours is not touched).

    \b
    Examples:
      ocrelog demo
      ocrelog demo --save sample.db && ocrelog --db sample.db chart
    """
    import tempfile

    from ocrelog.demo import sample_entries
    from ocrelog.rules import Settings

    with tempfile.TemporaryDirectory(prefix="ocrelog-demo-") as folder:
        target = Path(save).expanduser().absolute() if save else Path(folder) / "demo.db"
        if save and target.exists():
            raise InvalidValue(f"{save} already exists; ocrelog never overwrites a file.")
        with Journal.open(target, write=True) as journal:
            journal.add_many(sample_entries(date.today()))
            if not json_:
                where = f"saved as {target}" if save else "in a temporary file"
                say(f"A made-up sample journal, {where}; your own journal is not touched.")
            show_report(journal, Settings(), None, json_)


def show_report(
    journal: Journal, settings: Any, since: date | datetime | None, as_json: bool
) -> None:
    from ocrelog.rules import analyse

    infusions, scores, symptoms = report_inputs(journal)
    findings = analyse(infusions, scores, symptoms, today=date.today(), settings=settings)
    if since is not None:
        findings = from_day(findings, as_day(since, date.today()))
    if as_json:
        import json

        print(json.dumps(findings.as_dict(), ensure_ascii=False, indent=2))
        return
    if not findings.cycles:
        if findings.next_due is None:
            say("No infusions logged yet; record one first, e.g.: ocrelog infuse --on 2026-05-14")
        else:
            say("No infusions logged in that period; try without --since.")
        return
    from ocrelog.render import stdout_console
    from ocrelog.report import print_report

    print_report(stdout_console(), findings)


# -- seeing it -----------------------------------------------------------------------


def report_inputs(journal: Journal) -> tuple[list[Any], list[tuple[date, int]], list[tuple[date, str]]]:
    from ocrelog.rules import Infusion

    infusions = [Infusion(day, dose) for day, dose in journal.infusions()]
    return infusions, journal.daily_fatigue(), journal.symptom_days()


def from_day(findings: Any, first: date) -> Any:
    """The findings with only the infusions on or after ``first`` (baselines unchanged)."""
    from dataclasses import replace

    return replace(findings, cycles=tuple(c for c in findings.cycles if c.infusion_date >= first))


def as_day(value: date | datetime | None, default: date) -> date:
    if value is None:
        return default
    return value.date() if isinstance(value, datetime) else value


@command()
def chart(ctx: typer.Context, since: Since = None, until: Until = None) -> None:
    """Draw daily fatigue over time, with infusions marked.

    Shows the last 6 months unless --since says otherwise; sized to the terminal.

    \b
    Examples:
      ocrelog chart
      ocrelog chart --since "1 year ago"
    """
    import os
    import shutil

    end = as_day(optional_when(until), date.today())
    start = as_day(optional_when(since), end - timedelta(days=182))
    if start > end:
        raise InvalidValue("--since is after --until; nothing to draw.")
    with open_journal(ctx, write=False) as journal:
        infusions, scores, _ = report_inputs(journal)
    daily = {day: score for day, score in scores if start <= day <= end}
    if not daily:
        say(f"No fatigue scores from {start} to {end}; log one with: ocrelog feel 5")
        return
    from ocrelog.charts import terminal_chart

    size = shutil.get_terminal_size((80, 24))
    plain = not sys.stdout.isatty() or bool(os.environ.get("NO_COLOR")) or (
        os.environ.get("TERM") == "dumb"
    )
    print(
        terminal_chart(
            daily,
            [i.day for i in infusions],
            start,
            end,
            width=min(size.columns, 160),
            height=max(12, min(size.lines - 4, 24)),
            plain=plain,
        )
    )


@command()
def cycle(ctx: typer.Context, json_: Json = False) -> None:
    """Show the shape of a cycle: mean fatigue by week since the dose.

    \b
    Examples:
      ocrelog cycle
      ocrelog cycle --json
    """
    from ocrelog.shape import cycle_shape

    with open_journal(ctx, write=False) as journal:
        infusions, scores, _ = report_inputs(journal)
    shape = cycle_shape(infusions, scores)
    if json_:
        import json

        print(json.dumps(shape.as_dict(), indent=2))
        return
    if not shape.complete_cycles:
        say(
            "A cycle runs from one course to the next, and the journal has none complete yet; "
            "log both doses with: ocrelog infuse --on DATE"
        )
        return
    from ocrelog.render import cycle_table, stdout_console
    from ocrelog.shape import comparison_text

    console = stdout_console()
    plural = "" if shape.complete_cycles == 1 else "s"
    console.print(
        f"Mean daily fatigue by week since the dose, over {shape.complete_cycles} complete "
        f"cycle{plural} (week 1 is days 0-6):",
        style="bold",
    )
    console.print(cycle_table(shape))
    if shape.comparison is not None:
        console.print(comparison_text(shape.comparison) + " This describes timing, not a cause.")
    else:
        console.print(
            "Not enough data to compare the weeks before a dose with mid-cycle: that needs two "
            "cycles with 20 or more days scored."
        )


@command()
def summary(
    ctx: typer.Context,
    since: Annotated[
        Optional[str],
        typer.Option("--since", metavar="WHEN", help="Start of the period (default: 12 months ago)."),
    ] = None,
    output: Annotated[
        Optional[str],
        typer.Option(
            "--output", "-o", metavar="FILE",
            help="Where to write it (default: ocrelog-summary-DATE.html here); - for stdout.",
        ),
    ] = None,
    format_: Annotated[
        str, typer.Option("--format", metavar="html|md", help="HTML to print, or Markdown to paste.")
    ] = "html",
) -> None:
    """Write a one- or two-page summary to bring to your neurologist.

    \b
    Examples:
      ocrelog summary
      ocrelog summary --format md --output -
    """
    from dateutil.relativedelta import relativedelta

    from ocrelog.rules import Settings, analyse
    from ocrelog.shape import cycle_shape
    from ocrelog.summary import Summary, flagged_notes, to_html, to_markdown

    if format_ not in ("html", "md"):
        raise InvalidValue(f"--format must be html or md, not {format_!r}.")
    today = date.today()
    start = as_day(optional_when(since), today - relativedelta(months=12))
    with open_journal(ctx, write=False) as journal:
        infusions, scores, symptoms = report_inputs(journal)
        entries = journal.entries(since=start, limit=None, oldest_first=True)
    if not entries:
        say(f"Nothing was logged from {start} to today, so there is nothing to summarise.")
        return
    findings = from_day(analyse(infusions, scores, symptoms, today=today, settings=Settings()), start)
    daily = {day: score for day, score in scores if start <= day <= today}
    chart_svg = ""
    if daily and format_ == "html":
        from ocrelog.charts import svg_chart

        chart_svg = svg_chart(daily, [i.day for i in infusions], start, today)
    result = Summary(
        generated=today,
        start=start,
        end=today,
        findings=findings,
        comparison=cycle_shape(infusions, scores).comparison,
        notes=flagged_notes(findings.cycles, entries),
        scored_days=len(daily),
        chart_svg=chart_svg,
    )
    text = to_html(result) if format_ == "html" else to_markdown(result)
    if output == "-":
        sys.stdout.write(text)
        return
    from ocrelog.transfer import write_file

    if output is None:
        target = free_name(Path(f"ocrelog-summary-{today.isoformat()}.{format_}"))
    else:
        target = Path(output).expanduser()
    write_file(target, text, hint="leave out --output to get a new name")
    print(f"Wrote {target}: open it in a browser to read or print it.")


def free_name(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``...: the first that does not exist yet."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


# -- moving data in and out ------------------------------------------------------------


@command()
def export(
    ctx: typer.Context,
    format_: Annotated[
        str, typer.Option("--format", metavar="csv|json", help="The file format.")
    ] = "csv",
    output: Annotated[
        Optional[str],
        typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout."),
    ] = None,
    since: Since = None,
    until: Until = None,
    force: Annotated[
        bool, typer.Option("--force", "-f", help="Replace FILE if it already exists.")
    ] = False,
) -> None:
    """Write every entry as CSV or JSON, oldest first.

    \b
    Examples:
      ocrelog export > journal.csv
      ocrelog export --format json --output journal.json
    """
    from ocrelog.transfer import to_csv, to_json

    if format_ not in ("csv", "json"):
        raise InvalidValue(f"--format must be csv or json, not {format_!r}.")
    filters = dict(since=optional_when(since), until=optional_when(until))
    with open_journal(ctx, write=False) as journal:
        entries = journal.entries(oldest_first=True, **filters)
    text = to_csv(entries) if format_ == "csv" else to_json(entries)
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    from ocrelog.transfer import write_file

    write_file(Path(output), text, overwrite=force)
    say(f"Exported {len(entries)} entries to {output}.")


@command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="A CSV or JSON export; - reads standard input.")
    ],
) -> None:
    """Add the entries of a CSV or JSON file (all of them, or none).

    \b
    Examples:
      ocrelog import journal.csv
      ocrelog export --db old.db | ocrelog import -
    """
    from ocrelog.transfer import decode, read_entries

    source = "standard input" if file == "-" else file
    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as error:
        raise InvalidValue(f"Could not read {file}: {error.strerror}.") from None
    entries = read_entries(decode(data, source), datetime.now())
    with open_journal(ctx, write=True) as journal:
        with import_progress(len(entries)) as progress:
            added, skipped = journal.add_new(entries, progress)
    print(
        f"Imported {added} {'entry' if added == 1 else 'entries'}; "
        f"skipped {skipped} already in the journal."
    )


@contextmanager
def import_progress(total: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for a person waiting on a large import."""
    if total < 5000 or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Importing", total=total)
        yield lambda done: bar.update(task, completed=done)


@command()
def backup(
    ctx: typer.Context,
    destination: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[DEST]",
            help="The new file, or a folder for it (default: beside the journal).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Write a consistent copy of the journal to a new file.

    \b
    Examples:
      ocrelog backup
      ocrelog backup ~/Documents/ocrelog-2026-11.db
    """
    journal_file: Path = ctx.obj
    if not journal_file.exists():
        fail(f"There is no journal at {journal_file} yet, so nothing to back up.")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    default_name = f"{journal_file.stem}-backup-{stamp}{journal_file.suffix}"
    target = Path(destination).expanduser() if destination else journal_file.parent
    if target.is_dir():
        target = target / default_name
    with open_journal(ctx, write=False) as journal:
        journal.backup(target)
        count = journal.count()
    print(f"Backed up {count} entries to {target}.")


@command()
def path(ctx: typer.Context) -> None:
    """Print the path of the journal file in use.

    \b
    Example:
      ocrelog path
    """
    print(ctx.obj)


# -- correcting ----------------------------------------------------------------------


@command()
def edit(
    ctx: typer.Context,
    entry_id: Annotated[int, typer.Argument(metavar="ID", help="The entry's id (see ocrelog log).")],
    on: Annotated[
        Optional[str], typer.Option("--on", metavar="WHEN", help="A new date (and time).")
    ] = None,
    value: Annotated[
        Optional[str],
        typer.Option("--value", metavar="N", help="A new score (0-10) or dose (mg)."),
    ] = None,
    name: Annotated[
        Optional[str], typer.Option("--name", help="A new name (symptoms only).")
    ] = None,
    note: Annotated[
        Optional[str], typer.Option("--note", help="A new note; --note '' removes it.")
    ] = None,
) -> None:
    """Change one entry.

    \b
    Examples:
      ocrelog edit 12 --value 5
      ocrelog edit 12 --on yesterday --note "after the school run"
    """
    if on is None and value is None and name is None and note is None:
        raise InvalidValue("Nothing to change: give --on, --value, --name or --note.")
    changes: dict[str, Any] = {}
    if on is not None:
        changes["when"] = parse_when(on, datetime.now())
    if value is not None:
        changes["value"] = value
    if name is not None:
        changes["name"] = name
    if note is not None:
        changes["note"] = note
    with open_journal(ctx, write=True) as journal:
        before, after = journal.update(entry_id, **changes)
    print(f"Changed #{after.id}: {describe(after)} (was {describe(before)}).")


@command()
def delete(
    ctx: typer.Context,
    entry_id: Annotated[int, typer.Argument(metavar="ID", help="The entry's id (see ocrelog log).")],
    force: Force = False,
) -> None:
    """Delete one entry (asks first).

    \b
    Examples:
      ocrelog delete 12
      ocrelog delete 12 --force
    """
    with open_journal(ctx, write=True) as journal:
        entry = journal.get(entry_id)
        confirm_removal(entry, force)
        journal.delete(entry_id)
    print(f"Deleted #{entry.id}: {describe(entry)}.")


@command()
def undo(ctx: typer.Context, force: Force = False) -> None:
    """Remove the entry added last, after showing it.

    \b
    Example:
      ocrelog undo
    """
    with open_journal(ctx, write=True) as journal:
        entry = journal.last()
        if entry is None:
            fail("Nothing to undo: the journal is empty.")
            return
        say(f"The last entry added is #{entry.id}: {describe(entry)}.")
        confirm_removal(entry, force)
        journal.delete(entry.id)  # type: ignore[arg-type]
    print(f"Removed #{entry.id}: {describe(entry)}.")


def confirm_removal(entry: Entry, force: bool) -> None:
    if force:
        return
    if not stdin_is_terminal():
        fail(f"Not at a terminal, so #{entry.id} was kept; add --force to remove it.", 2)
    if not typer.confirm(f"Remove #{entry.id}: {describe(entry)}?", default=False, err=True):
        fail("Nothing was removed.", 1)


def describe(entry: Entry) -> str:
    text = f"{entry.describe()} on {entry.date}"
    return f"{text}, note: {entry.note}" if entry.note else text


# -- entry point ------------------------------------------------------------------------


def named_command(args: list[str]) -> str | None:
    """The command a command line names, after the global options; None when unclear."""
    position = 0
    while position < len(args):
        arg = args[position]
        if arg == "--db":
            position += 2
        elif arg.startswith("--db="):
            position += 1
        elif arg.startswith("-"):
            return None  # --help, --version, a typo: build the whole app
        else:
            return arg
    return None


def only_the_named_command(args: list[str]) -> None:
    """Register just the command being run, when the command line names one.

    Typer builds every command's options from its signature on each run
    (about 0.6 ms a command); a run needs only one. Help for the whole app,
    --version and unknown names still see every command.
    """
    import typer.main

    name = named_command(args)
    for info in app.registered_commands:
        if (info.name or typer.main.get_command_name(info.callback.__name__)) == name:
            app.registered_commands = [info]
            return


def main() -> None:
    only_the_named_command(sys.argv[1:])
    try:
        app()
    except BrokenPipeError:
        # `ocrelog log | head`: the reader left; that is not an error.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
