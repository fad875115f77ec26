"""The command line: parse, call the core, print. No rules, no SQL, no date arithmetic.

Every error a user can cause is an ``OcrelogError`` (errors.py) and reaches
the person through one place, :class:`OcrelogGroup`: one ``Error:`` sentence
on stderr and the exit code of errors.EXIT_CODES. Each command imports what
only it needs (Rich, sqlite-utils, dateutil) inside its body, so that
``ocrelog feel 6`` starts as fast as Python and Typer allow.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

import typer
from typer.core import TyperGroup

from ocrelog import __version__
from ocrelog.dates import now_to_minute, to_iso, written
from ocrelog.entries import DEFAULT_DOSE, MAX_SCORE, TYPES, Entry
from ocrelog.errors import (
    EXIT_BUG,
    EXIT_FILE,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    InvalidValue,
    JournalError,
    OcrelogError,
    quoted,
)
from ocrelog.journal import Journal
from ocrelog.paths import ENV_VAR, journal_path, protect
from ocrelog.rule_defaults import DEFAULT_DAYS, DEFAULT_FLOOR, DEFAULT_RISE, SUMMARY_MONTHS
from ocrelog.terminal import terminal_text
from ocrelog.when_type import BOUND, FUTURE, PAST, When

DEBUG_ENV = "OCRELOG_DEBUG"


class _Run:
    """What the error handler needs to know about the run in progress."""

    journal: Optional[Path] = None
    debug: bool = False
    plain: bool = False  # --plain: no colour


def say(message: str) -> None:
    """A message for the person (not data): stderr; at a terminal, wrapped at spaces to its
    width, so that no word is cut in two (a pipe or a file gets the line whole)."""
    if len(message) > 72 and sys.stderr.isatty():
        message = wrapped(message, output_width())
    sys.stderr.write(message + "\n")


#: ``handled --category``'s choices: vocabulary.CATEGORIES' names, written out (that module is not
#: loaded at start-up; a test keeps the two the same).
HANDLED_CATEGORIES = (
    "infection",
    "infusion_reaction",
    "injection_reaction",
    "breathing",
    "bowel",
    "liver",
    "neurological",
)


def tell(message: str) -> None:
    """A command's own result for the person, on stdout: at a terminal, wrapped at spaces to its
    width like ``say``'s messages (a pipe or a file gets the line whole)."""
    if len(message) > 38 and stdout_is_terminal():
        message = wrapped(message, output_width())
    print(message)


def _sentence(text: str) -> str:
    text = " ".join(str(text).split())
    return text if text.endswith((".", "?", "!")) else text + "."


def _exit_with(message: str, code: int) -> NoReturn:
    say(f"Error: {terminal_text(_sentence(message))}")  # a path or a value may hold control characters
    sys.exit(code)


#: The commands, registered with ``@commands.command()``; the root group builds each
#: one from here only when it is asked for (Click's lazy-group pattern), so a run
#: builds the one command it runs, not all of them (about 5 ms).
commands = typer.Typer()


class OcrelogGroup(TyperGroup):
    """Typer's group: commands built on demand, and the one place where errors
    become a sentence and an exit code."""

    def _registry(self) -> dict[str, Any]:
        from ocrelog.lazy_commands import registry

        return registry(commands)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self._registry())

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands:
            info = self._registry().get(cmd_name)
            if info is None:
                return None
            from ocrelog.lazy_commands import build

            self.commands[cmd_name] = build(info, cmd_name)
        return self.commands[cmd_name]

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in self._registry():  # a typo: build all, to suggest one
            for name in self.list_commands(ctx):
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)

    def main(self, *args: Any, **kwargs: Any) -> Any:  # noqa: C901 - one flat list of cases
        from ocrelog.lazy_commands import click_exceptions

        click = click_exceptions()
        kwargs["standalone_mode"] = False
        try:
            given = kwargs["args"] if kwargs.get("args") is not None else args[0] if args else None
            _check_utf8(sys.argv[1:] if given is None else given)
            result = super().main(*args, **kwargs)
            sys.stdout.flush()  # a full disk or a closed pipe is met here, not at exit
        except OcrelogError as error:
            _exit_with(str(error), error.exit_code)
        except click.NoArgsIsHelpError as error:
            print(error.ctx.get_help() if error.ctx else "")  # plain `ocrelog`: the help, not an error
            sys.exit(0)
        except click.UsageError as error:
            ctx = error.ctx
            command = f"ocrelog {ctx.info_name} --help" if ctx and ctx.parent else "ocrelog --help"
            message = error.format_message().rstrip(".")
            if ". Did you mean " in message:  # Typer's suggestion, kept in the one sentence
                message = message.replace(". Did you mean ", " (did you mean ").rstrip("?") + "?)"
            _exit_with(f"{message}; see '{command}'", EXIT_USAGE)
        except click.ClickException as error:
            _exit_with(error.format_message(), EXIT_USAGE)
        except typer.Abort:  # Ctrl-C (or the end of input) at a question: the cursor is still after it
            sys.stderr.write("\n")
            _exit_with("Stopped; nothing was changed", EXIT_INTERRUPTED)
        except (KeyboardInterrupt, EOFError):
            _exit_with("Stopped; nothing was changed", EXIT_INTERRUPTED)
        except sqlite3.DatabaseError as error:
            from ocrelog.opening import explain

            problem = explain(error, _Run.journal)
            _exit_with(str(problem), getattr(problem, "exit_code", EXIT_FILE))
        except BrokenPipeError:
            # `ocrelog log | head`: the reader left; that is not an error.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except OSError as error:
            from ocrelog.output_files import file_error

            target = Path(error.filename) if error.filename else None
            problem = file_error(error, target, verb="use")
            _exit_with(str(problem), problem.exit_code)
        except ValueError as error:
            if "null byte" not in str(error):
                _unexpected(error)
            _exit_with("A file name cannot contain a NUL character", EXIT_USAGE)
        except Exception as error:  # the last resort: a bug, said in one sentence
            _unexpected(error)
        if result == EXIT_INTERRUPTED:  # Typer turns Ctrl-C into this exit code
            _exit_with("Stopped; nothing was changed", EXIT_INTERRUPTED)
        if isinstance(result, int) and result:
            sys.exit(result)
        return result


def _check_utf8(arguments: Iterable[str]) -> None:
    """Refuse a command line (or ``OCRELOG_DB``) holding bytes that are not UTF-8: Python hands
    them over as lone surrogates, which no journal, file or terminal can hold."""
    values = [*arguments, os.environ.get(ENV_VAR, "")]
    for number, value in enumerate(values, 1):
        if not isinstance(value, str) or value.isascii():
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            shown = repr(os.fsencode(value)[:40])[1:]
            where = f"{ENV_VAR} ({shown})" if number == len(values) else f"Word {number} of the command line ({shown})"
            raise InvalidValue(
                f"{where} holds bytes that are not UTF-8 text, so nothing was changed; type it again "
                "in UTF-8 (set your terminal to UTF-8)"
            ) from None


def _unexpected(error: Exception) -> NoReturn:
    """The last resort: a bug, said in one sentence (the traceback with --debug)."""
    if _Run.debug or os.environ.get(DEBUG_ENV):
        raise error
    where = f" (journal: {_Run.journal})" if _Run.journal else ""
    _exit_with(
        f"ocrelog met an unexpected problem, {type(error).__name__}: {error}{where}; "
        f"nothing half-done was kept, and --debug (or {DEBUG_ENV}=1) shows the details",
        EXIT_BUG,
    )


app = typer.Typer(
    name="ocrelog",
    cls=OcrelogGroup,
    help=(
        "A fatigue journal for people who receive Ocrevus (ocrelizumab).\n\n"
        "Log how tired you feel, record each dose, and see how fatigue after a "
        "dose compares with your own baseline. ocrelog is a journal, not medical advice."
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# -- plumbing -----------------------------------------------------------------


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def now() -> datetime:
    return now_to_minute(datetime.now())


def when_or_now(value: date | datetime | None) -> str:
    """The stored date (ISO, to the minute) of a new entry: the WHEN typed, or now."""
    return to_iso(value or now())


def day_or(value: date | datetime | None, default: date) -> date:
    if value is None:
        return default
    return value.date() if isinstance(value, datetime) else value


@contextmanager
def open_journal(ctx: typer.Context, *, write: bool, create: bool = True) -> Iterator[Journal]:
    """The journal named on the command line; ``create=False``: a missing one reads as empty.

    When this run created the file, says so once the block has written to it.
    """
    with Journal.open(ctx.obj, write=write, create=create) as journal:
        yield journal
    if journal.created and journal.wrote:  # not when the person said no to the only question
        say(terminal_text(f"Created a new journal at {journal.path}."))


def confirm(question: str, action: str, force: bool) -> bool:
    """Yes with --force; asks ``question`` at a terminal; in a script, refuses (exit 2)."""
    if force:
        return True
    if not stdin_is_terminal():
        raise InvalidValue(f"Not at a terminal, so nothing was changed; add --force to {action}")
    if sys.stderr.isatty():  # the question holds the entry's words: wrapped at spaces, never cut
        question = wrapped(question, output_width() - len(" [y/N]: "))
    return typer.confirm(question, default=False, err=True)


def describe(entry: Entry) -> str:
    from ocrelog.usecases.record import entry_text

    return terminal_text(entry_text(entry))


def say_all(lines: Iterable[str]) -> None:
    """A use case's notices, on stderr, in order."""
    for line in lines:
        say(terminal_text(line))


def answered(attempt: Callable[[bool], Any], force: bool) -> Any:
    """Run a use case (``attempt(confirmed)``); when it returns a question, ask it (``confirm``)
    and, on yes, run it again confirmed. None when the answer was no (what was kept is said)."""
    from ocrelog.usecases.record import Question

    result = attempt(force)
    if isinstance(result, Question):
        if not confirm(terminal_text(result.question), terminal_text(result.action), force):
            say(terminal_text(result.kept))
            return None
        result = attempt(True)
    return result


def note_of(words: list[str] | None, note: str | None) -> str | None:
    """The note: the words typed after the score (joined by spaces), or --note; not both."""
    if not words:
        return note
    if note is not None:
        raise InvalidValue("Give the note as words after the score or with --note, not both")
    return " ".join(words)


def tier_painter() -> Callable[[str], str] | None:
    """Colour for status's warning signs at a terminal (none with NO_COLOR or TERM=dumb): seek help
    now in bold red, soon in yellow; a concern's lines take its heading's colour."""
    import os

    if _Run.plain or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return None
    from ocrelog.status import TIER_HEADINGS

    colours = {TIER_HEADINGS["now"]: "\033[1;31m", TIER_HEADINGS["soon"]: "\033[33m"}
    current = ""

    def paint(text: str) -> str:
        nonlocal current
        if text in TIER_HEADINGS.values():
            current = colours.get(text, "")
        elif not text.startswith("  "):
            current = ""
        if not current:
            return text
        return "\n".join(f"{current}{line}\033[0m" for line in text.split("\n"))

    return paint


def output_width() -> int:
    """The terminal's width (``COLUMNS`` when set; 80 when not a terminal)."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


def wrapped(text: str, width: int) -> str:
    """``text`` wrapped at spaces to ``width`` (each of its lines, keeping its indent; a word is never cut)."""
    if all(len(line) <= width for line in text.split("\n")):
        return text
    from ocrelog.terminal import wrap_words

    return "\n".join(
        "\n".join(wrap_words(line, width, subsequent_indent=line[: len(line) - len(line.lstrip())])) or line
        for line in text.split("\n")
    )


def print_json(value: Any) -> None:
    import json

    print(json.dumps(value, ensure_ascii=False, indent=2))


def version_callback(value: bool) -> None:
    if value:
        print(f"ocrelog {__version__}")
        raise typer.Exit()


def complete_symptoms(incomplete: str) -> list[str]:
    """Symptom names already in the journal, for shell completion."""
    try:
        with Journal.open(journal_path()) as journal:
            return [name for name in journal.symptom_names() if name.startswith(incomplete.lower())]
    except (OcrelogError, sqlite3.Error, OSError):
        return []


def _choices(*names: str) -> Callable[[str], list[str]]:
    return lambda incomplete: [n for n in names if n.startswith(incomplete)]


def _choice_argument(metavar: str, help_text: str, *names: str) -> Any:
    """A positional argument that takes one of ``names`` (the shell completes them)."""
    return typer.Argument(metavar=metavar, help=help_text, autocompletion=_choices(*names), show_default=False)


def _choice_option(flag: str, metavar: str, help_text: str, *names: str) -> Any:
    """An option that takes one of ``names`` (the shell completes them)."""
    return typer.Option(flag, metavar=metavar, help=help_text, autocompletion=_choices(*names))


def _value_argument(help_text: str) -> Any:
    """The optional [VALUE] after a name (scale, lab, config)."""
    return typer.Argument(metavar="[VALUE]", help=help_text, show_default=False)


def _column_option(flag: str, help_text: str) -> Any:
    """An import option naming a column of a CSV file."""
    return typer.Option(flag, metavar="NAME", help=help_text)


def check_choice(value: str | None, option: str, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise InvalidValue(f"{option} must be {', '.join(choices[:-1])} or {choices[-1]}, not {quoted(value)}")


# -- options used by several commands -----------------------------------------

#: WHEN options are read while the command line is parsed (when_type.py): a command
#: receives a date (a day) or a datetime (a moment), in the journal's date order.
PAST_WHEN = When(PAST, say)  # a record: something that happened
FUTURE_WHEN = When(FUTURE, say)  # a booking: something to come
BOUND_WHEN = When(BOUND, say)  # a filter: past first, a date to come is fine too

On = Annotated[
    Optional[date],
    typer.Option(
        "--on",
        metavar="WHEN",
        click_type=PAST_WHEN,
        help="When it happened: 'yesterday evening', '2 hours ago', 'monday 21:00', "
        "'May 14', '2026-05-14'. Default: now.",
    ),
]
Note = Annotated[Optional[str], typer.Option("--note", metavar="TEXT", help="A note, kept exactly as typed.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
Since = Annotated[
    Optional[date], typer.Option("--since", metavar="WHEN", click_type=BOUND_WHEN, help="Only from this date on.")
]
Until = Annotated[
    Optional[date], typer.Option("--until", metavar="WHEN", click_type=BOUND_WHEN, help="Only up to this date.")
]
Force = Annotated[bool, typer.Option("--force", "-f", help="Do not ask; needed when not at a terminal.")]


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
    debug: Annotated[
        bool, typer.Option("--debug", help=f"Show the traceback of an unexpected error (or set {DEBUG_ENV}=1).")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version."),
    ] = False,
    plain: Annotated[
        bool, typer.Option("--plain", help="No colour or bold, even at a terminal (as NO_COLOR=1).")
    ] = False,
) -> None:
    _Run.plain = plain
    if db is not None and not db.strip():
        raise InvalidValue("--db needs the path of a journal file; it was empty")
    ctx.obj = _Run.journal = journal_path(db)
    _Run.debug = debug
    protect(ctx.obj)  # no output of this run may replace the journal or one of its files


# -- recording ------------------------------------------------------------------


@commands.command()
def infuse(
    ctx: typer.Context,
    on: On = None,
    dose: Annotated[
        str,
        typer.Option(
            "--dose",
            metavar="MG",
            help="The dose in mg: 600, 300 (a half dose), 920 (subcutaneous); 1200 or 1800 (trials) need --force.",
        ),
    ] = str(DEFAULT_DOSE),
    premed: Annotated[
        Optional[list[str]], typer.Option("--premed", metavar="TEXT", help="A premedication; repeat for each.")
    ] = None,
    reaction: Annotated[
        Optional[list[str]], typer.Option("--reaction", metavar="TEXT", help="A reaction; repeat for each.")
    ] = None,
    note: Note = None,
    planned: Annotated[
        Optional[date],
        typer.Option(
            "--planned",
            metavar="WHEN",
            click_type=FUTURE_WHEN,
            help="Book a dose still to come instead: 'next tuesday', 'friday', 'in 2 weeks', '14 May', a date.",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            "-f",
            help="Do not ask (a dose sooner than the label allows, a second one on a day); allow 1200 or 1800 mg.",
        ),
    ] = False,
) -> None:
    """Record an Ocrevus dose (or, with --planned, book the next one).

    \b
    Examples:
      ocrelog infuse --on 2026-05-14 --premed methylprednisolone --premed cetirizine
      ocrelog infuse --dose 920mg
      ocrelog infuse --planned "next tuesday"
    """
    from ocrelog.entries import clean_list, clean_note, dose_kind, parse_dose
    from ocrelog.usecases import record

    if planned is not None:
        if on is not None:
            raise InvalidValue("Give --on or --planned, not both")
        today = date.today()
        booked = record.booking_day(day_or(planned, today), today)
        mg, text = parse_dose(dose, force=force), clean_note(note)
        with open_journal(ctx, write=True) as journal:
            done = answered(lambda yes: record.book_dose(journal, booked, mg, text, confirmed=yes), force)
            if done is None:
                return
        tell(
            f"Booked #{done.entry.id}: {describe(done.entry)} ({booked:%A}). "
            "Record it with 'ocrelog infuse' on the day."
        )
        say_all(done.notices)
        return
    entry = Entry(
        type="infusion",
        date=to_iso(on or now()),
        # no --on: the moment infuse ran, which may be hours after the dose (reactions, signs.py)
        time_given=False if on is None else (True if isinstance(on, datetime) else None),
        value=parse_dose(dose, force=force),
        note=clean_note(note),
        premeds=clean_list(premed),
        reactions=clean_list(reaction),
    )
    with open_journal(ctx, write=True) as journal:
        done = answered(lambda yes: record.record_dose(journal, entry, confirmed=yes), force)
        if done is None:
            return
        given = done.entry
        details = [f"premedication: {', '.join(given.premeds)}"] if given.premeds else []
        if given.reactions:
            details.append(f"reactions: {', '.join(given.reactions)}")
        extra = f" ({'; '.join(details)})" if details else ""
        what = f"{dose_kind(given.value)} #{given.id}"
        tell(terminal_text(f"Recorded {what}: {given.value} mg on {written(given.date)}{extra}."))
        say_all(done.notices)


@commands.command()
def feel(
    ctx: typer.Context,
    score: Annotated[
        str, typer.Argument(metavar="SCORE", help=f"Fatigue from 0 (none) to {MAX_SCORE} (worst imaginable).")
    ],
    words: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="[NOTE]...",
            help="Words after the score are the note (like --note).",
            show_default=False,
        ),
    ] = None,
    on: On = None,
    note: Note = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace that day's other fatigue scores with this one.")
    ] = False,
) -> None:
    """Log how tired you feel, from 0 to 10.

    \b
    Examples:
      ocrelog feel 6
      ocrelog feel 6 exhausted after shower
      ocrelog feel 4 --on "last night" --note "after a short walk"
      ocrelog feel 3 --replace
    """
    from ocrelog.entries import clean_note, parse_score
    from ocrelog.usecases.record import record_score

    note = note_of(words, note)
    entry = Entry(type="fatigue", date=when_or_now(on), value=parse_score(score), note=clean_note(note))
    with open_journal(ctx, write=True) as journal:
        done = record_score(journal, entry, replace=replace)
        print(f"Logged fatigue {done.entry.value}/10 on {written(done.entry.date)} (#{done.entry.id}).")
        say_all(done.notices)


@commands.command()
def checkin(
    ctx: typer.Context,
    on: Annotated[
        Optional[date],
        typer.Option(
            "--on",
            metavar="WHEN",
            click_type=PAST_WHEN,
            help="Check in for an earlier time: 'yesterday 21:00', 'last night', '2026-05-14'. Default: now.",
        ),
    ] = None,
) -> None:
    """The daily check-in: fatigue, symptoms, temperature, a note.

    Four short questions, in that order. The score is needed; Enter (or none, no,
    nothing, -) skips the other three. Ctrl-C stops and stores nothing (exit 130).
    Everything is stored as one change: one 'ocrelog undo' removes it all.

    \b
    Examples:
      ocrelog checkin
      ocrelog checkin --on "yesterday 21:00"
    """
    from ocrelog import checkin as core
    from ocrelog.entries import parse_score
    from ocrelog.usecases import record

    if not stdin_is_terminal():
        raise InvalidValue(
            "checkin asks its questions at a terminal, and this is not one; in a script use "
            "ocrelog feel SCORE (with symptom and temp for the rest)"
        )
    at = on or now()
    with open_journal(ctx, write=False, create=False) as journal:
        earlier = record.checkin_note(journal, day_or(at, date.today()), date.today())
    if earlier:
        say(earlier)
    past = on is not None
    say(core.header(written(at), past))
    score_q, symptoms_q, temperature_q, note_q = core.questions(past)
    score = ask(score_q.text, parse_score, required=True)  # Ctrl-C: OcrelogGroup.main, exit 130
    symptoms = ask(symptoms_q.text, core.symptom_names)
    celsius = ask(temperature_q.text, core.temperature)
    note = typer.prompt(note_q.text, default="", show_default=False, err=True)
    with open_journal(ctx, write=True) as journal:
        done = record.store_checkin(journal, to_iso(at), score, symptoms, celsius, note)
    for entry in done.stored:
        tell(
            terminal_text(
                f"Logged {entry.describe()} on {written(entry.date)} (#{entry.id})"
                + (f", note: {entry.note}." if entry.note else ".")
            )
        )
    say_all(done.notices)


def ask(question: str, read: Callable[[str], Any], *, required: bool = False) -> Any:
    """Ask until the answer reads (each refusal said in its one sentence); Enter skips unless required."""
    while True:
        answer = typer.prompt(question, default="", show_default=False, err=True)
        if not answer.strip() and required:
            say("A score is needed here; Enter skips only the later questions (Ctrl-C stops without storing anything).")
            continue
        try:
            return read(answer)
        except InvalidValue as error:
            say(_sentence(str(error)))


@commands.command()
def symptom(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME",
            help="What you noticed: fever, chills, rash, sore throat (no quotes needed)...",
            autocompletion=complete_symptoms,
            show_default=False,
        ),
    ],
    on: On = None,
    note: Note = None,
) -> None:
    """Log another symptom, such as chills or a rash.

    \b
    Examples:
      ocrelog symptom chills --note "shivery all evening"
      ocrelog symptom sore throat --on yesterday
    """
    from ocrelog.entries import clean_note, symptom_name
    from ocrelog.usecases.record import record_symptom

    entry = Entry(type="symptom", date=when_or_now(on), name=symptom_name(" ".join(name)), note=clean_note(note))
    with open_journal(ctx, write=True) as journal:
        done = record_symptom(journal, entry)
        tell(terminal_text(f"Logged symptom '{done.entry.name}' on {written(done.entry.date)} (#{done.entry.id})."))
        say_all(done.notices)


@commands.command()
def temp(
    ctx: typer.Context,
    value: Annotated[str, typer.Argument(metavar="TEMP", help="Body temperature: 38.4 (°C), 38.4c or 101.2f.")],
    on: On = None,
    note: Note = None,
    force: Annotated[
        bool, typer.Option("--force", "-f", help="Keep a reading outside 34-43 °C (what the thermometer said).")
    ] = False,
) -> None:
    """Record a measured body temperature.

    \b
    Examples:
      ocrelog temp 38.4
      ocrelog temp 101.2f --on "this morning"
    """
    from ocrelog.entries import clean_note, parse_temperature
    from ocrelog.usecases.record import record_temperature

    entry = Entry(
        type="temperature",
        date=when_or_now(on),
        value=parse_temperature(value, force=force),
        note=clean_note(note),
    )
    with open_journal(ctx, write=True) as journal:
        done = record_temperature(journal, entry)
        tell(f"Logged {done.entry.describe()} on {written(done.entry.date)} (#{done.entry.id}).")
        say_all(done.notices)


def _items_option(help_text: str) -> Any:
    """A questionnaire's answers by item number (scale, edit)."""
    return typer.Option("--items", metavar="A,B,...", help=help_text)


def _subscale_option(name: str, high: int) -> Any:
    return typer.Option(f"--{name}", metavar="N", help=f"MFIS: the {name} subscale (0-{high}).")


Physical = Annotated[Optional[str], _subscale_option("physical", 36)]
Cognitive = Annotated[Optional[str], _subscale_option("cognitive", 40)]
Psychosocial = Annotated[Optional[str], _subscale_option("psychosocial", 8)]


@commands.command()
def scale(
    ctx: typer.Context,
    name: Annotated[str, _choice_argument("SCALE", "fss, mfis or mfis5.", "fss", "mfis", "mfis5")],
    value: Annotated[
        Optional[str],
        _value_argument("The score: FSS as the mean (1-7) or the sum (9-63); MFIS 0-84; MFIS-5 0-20."),
    ] = None,
    items: Annotated[
        Optional[str], _items_option("Every answer by item number, in order (9 for FSS, 21 for MFIS, 5 for MFIS-5).")
    ] = None,
    physical: Physical = None,
    cognitive: Cognitive = None,
    psychosocial: Psychosocial = None,
    on: On = None,
    note: Note = None,
) -> None:
    """Record a fatigue questionnaire's result: FSS, MFIS or MFIS-5.

    \b
    Examples:
      ocrelog scale fss 4.4
      ocrelog scale mfis 42 --physical 20 --cognitive 18 --psychosocial 4
      ocrelog scale mfis5 --items 2,3,2,1,3 --on "18 Nov"
    """
    from ocrelog.entries import clean_note, scale_entry
    from ocrelog.scales import parse_items
    from ocrelog.usecases.record import record_scale

    entry = scale_entry(
        when_or_now(on),
        name,
        value,
        parse_items(items) if items is not None else None,
        {"physical": physical, "cognitive": cognitive, "psychosocial": psychosocial},
        note=clean_note(note),
    )
    with open_journal(ctx, write=True) as journal:
        entry = record_scale(journal, entry).entry
    parts = ", ".join(f"{sub} {number}" for sub, number in entry.subscales)
    extra = f" ({parts})" if parts else ""
    tell(f"Logged {entry.describe()}{extra} on {written(entry.date)} (#{entry.id}).")


# -- blood tests and vaccines (labs.py) -------------------------------------------------


#: The tests `lab` completes (labs.TESTS; not imported here, so that `feel` starts fast).
_LAB_KEYS = ("igg", "igm", "iga", "alt", "ast", "alp", "bilirubin", "cd19", "hbsag", "anti-hbc")


@commands.command()
def lab(
    ctx: typer.Context,
    name: Annotated[
        Optional[str],
        _choice_argument(
            "NAME", "The test: igg, igm, iga, alt, ast, alp, bilirubin, cd19, hbsag or anti-hbc.", *_LAB_KEYS
        ),
    ] = None,
    value: Annotated[
        Optional[str],
        _value_argument("The result: a number (8.1), or for hbsag and anti-hbc positive, negative or indeterminate."),
    ] = None,
    unit: Annotated[
        Optional[str],
        typer.Option("--unit", metavar="U", help="The unit on your report (g/L, mg/dL, µmol/L, U/L, cells/µL, %...)."),
    ] = None,
    range_: Annotated[
        Optional[str],
        typer.Option("--range", metavar="LOW-HIGH", help="The range printed on your own lab report, such as 7-16."),
    ] = None,
    on: On = None,
    note: Note = None,
    planned: Annotated[
        Optional[date],
        typer.Option(
            "--planned",
            metavar="WHEN",
            click_type=FUTURE_WHEN,
            help="Book a blood test still to come instead (NAME optional, no VALUE); shown by 'ocrelog calendar'.",
        ),
    ] = None,
) -> None:
    """Record a blood test's result, or book a test with --planned.

    \b
    Examples:
      ocrelog lab igg 6.2 --range 7-16
      ocrelog lab igg 620 --unit mg/dL --on "3 Nov"
      ocrelog lab hbsag negative
      ocrelog lab --planned "next monday" igg
    """
    from ocrelog import labs
    from ocrelog.entries import clean_note
    from ocrelog.usecases import record

    if planned is not None:
        if on is not None or value is not None or unit is not None or range_ is not None:
            raise InvalidValue(
                "A booked blood test has only a date, a test name and a note (no --on, VALUE, --unit or --range)"
            )
        today = date.today()
        day = record.booking_day(day_or(planned, today), today)
        booked_name, text = labs.booked_test_name(name), clean_note(note)
        with open_journal(ctx, write=True) as journal:
            done = record.book_lab(journal, day, booked_name, text)
        tell(terminal_text(f"Booked #{done.entry.id}: {describe(done.entry)} ({day:%A}); 'ocrelog calendar' shows it."))
        return
    if name is None:
        raise InvalidValue("Give the test and its result, such as: ocrelog lab igg 8.1")
    entry = labs.lab_entry(when_or_now(on), name, value, unit, range_, note=clean_note(note))
    with open_journal(ctx, write=True) as journal:
        done = record.record_lab(journal, entry)
    flag = labs.flag_words(done.entry)
    tell(
        terminal_text(
            f"Logged {done.entry.describe()} on {written(done.entry.date)} (#{done.entry.id})"
            + (f": {flag}." if flag else ".")
        )
    )
    say_all(done.notices)


@commands.command()
def vaccine(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME",
            help="The vaccine: flu jab, covid booster, MMR, Shingrix... (no quotes needed).",
            show_default=False,
        ),
    ],
    live: Annotated[
        bool, typer.Option("--live", help="A live (or live-attenuated) vaccine ocrelog does not know by name.")
    ] = False,
    on: On = None,
    note: Note = None,
    force: Annotated[
        bool,
        typer.Option("--force", "-f", help="Do not ask before storing a live vaccine; needed when not at a terminal."),
    ] = False,
) -> None:
    """Record a vaccination, and where it fell in your cycle.

    A live vaccine (known by name, or --live) prints the label's words on live
    vaccines and asks before it is stored.

    \b
    Examples:
      ocrelog vaccine flu jab
      ocrelog vaccine Shingrix --on "12 Oct"
      ocrelog vaccine yellow fever --force
    """
    from ocrelog import labs
    from ocrelog.entries import clean_note
    from ocrelog.usecases import record

    entry = labs.vaccine_entry(when_or_now(on), " ".join(name), live, note=clean_note(note))
    if entry.live:
        say(labs.LABEL_LIVE_SENTENCE)
    with open_journal(ctx, write=True) as journal:
        done = answered(lambda yes: record.record_vaccine(journal, entry, confirmed=yes), force)
        if done is None:
            return
    tell(terminal_text(f"Logged {done.entry.describe()} on {written(done.entry.date)} (#{done.entry.id})."))
    say_all(done.notices)


# -- reading ------------------------------------------------------------------------


@commands.command("log")
def log_(
    ctx: typer.Context,
    since: Since = None,
    until: Until = None,
    type_: Annotated[
        Optional[str],
        _choice_option("--type", "TYPE", f"Only this kind: {', '.join(TYPES)}.", *TYPES),
    ] = None,
    limit: Annotated[
        Optional[int],
        typer.Option("--limit", metavar="N", min=1, help="How many to show (default 20)."),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Show every entry.")] = False,
    grep: Annotated[
        Optional[str],
        typer.Option(
            "--grep",
            metavar="TEXT",
            help="Only entries whose symptom name or note contains TEXT (any case).",
        ),
    ] = None,
    json_: Json = False,
) -> None:
    """List entries, newest first.

    \b
    Examples:
      ocrelog log
      ocrelog log --type symptom --since "4 weeks ago"
      ocrelog log --grep antibiotics
      ocrelog log --all --json
    """
    import shutil

    check_choice(type_, "--type", TYPES)
    if all_ and limit is not None:
        raise InvalidValue("Give --limit or --all, not both")
    shown = None if all_ else (limit or 20)
    if grep is not None and not grep.strip():
        raise InvalidValue("Give --grep some text to look for, like --grep antibiotics")
    from ocrelog.usecases.review import log

    with open_journal(ctx, write=False) as journal:
        found = log(journal, since=since, until=until, type_=type_, grep=grep, shown=shown)
        rows = found.rows
        if json_:
            from ocrelog.exports import json_chunks

            for chunk in json_chunks(rows):
                sys.stdout.write(chunk)
            return
        from ocrelog.listing import log_lines

        first = next(rows, None)
        if first is None:
            say("No entries found." if found.filtered else "The journal is empty; try: ocrelog feel 5")
            return
        width = shutil.get_terminal_size((100, 24)).columns if stdout_is_terminal() else None
        for count, line in enumerate(log_lines(itertools.chain([first], rows), width)):
            print(line)  # count ends at the number of entries: the header is line 0
        hidden = found.hidden(count)
        if hidden:
            say(f"Showing the newest {count} of {count + hidden} entries; use --all to see every one.")


@commands.command()
def status(
    ctx: typer.Context,
    json_: Json = False,
    short: Annotated[
        bool,
        typer.Option("--short", help="One line for a shell prompt or login message, or nothing when all is done."),
    ] = False,
) -> None:
    """Where you are today: cycle day, score, warnings, next dose.

    The day of the cycle, today's score, any warning sign not yet marked handled,
    and the next dose.

    \b
    Examples:
      ocrelog status
      ocrelog status --json
      ocrelog status --short
    """
    if short:
        if json_:
            raise InvalidValue("Give --short or --json, not both")
        from ocrelog.usecases.today import short_status

        with open_journal(ctx, write=False, create=False) as journal:
            line = short_status(journal, date.today())
        if line is not None:
            print(line)
        return
    from ocrelog.status import status_lines
    from ocrelog.usecases.today import status as today_status

    with open_journal(ctx, write=False) as journal:
        current = today_status(journal, date.today())
    if json_:
        print_json(current.as_dict())
        return
    width = output_width()
    paint = tier_painter() if stdout_is_terminal() else None
    for line in status_lines(current, width):
        text = wrapped(terminal_text(line), width)
        print(paint(text) if paint else text)


Days = Annotated[int, typer.Option("--days", metavar="N", min=0, help="Flag fatigue lasting more than N days.")]
Rise = Annotated[int, typer.Option("--rise", metavar="N", min=0, help="How far above your baseline counts as fatigue.")]
Floor = Annotated[
    int, typer.Option("--floor", metavar="N", min=0, max=MAX_SCORE, help="The lowest score that counts as fatigue.")
]


@commands.command()
def report(
    ctx: typer.Context,
    since: Annotated[
        Optional[date],
        typer.Option("--since", metavar="WHEN", click_type=BOUND_WHEN, help="Only doses from this date on."),
    ] = None,
    days: Days = DEFAULT_DAYS,
    rise: Rise = DEFAULT_RISE,
    floor: Floor = DEFAULT_FLOOR,
    json_: Json = False,
) -> None:
    """Compare fatigue after each dose with your baseline before it.

    \b
    Examples:
      ocrelog report
      ocrelog report --since "1 year ago" --json
    """
    from ocrelog.rules import Settings
    from ocrelog.usecases.review import lab_facts
    from ocrelog.usecases.review import report as review_report

    with open_journal(ctx, write=False) as journal:
        found, scales = review_report(journal, date.today(), Settings(days=days, rise=rise, floor=floor), since)
        labs = lab_facts(journal)
    show_report(found, json_, scales, labs)


def show_report(found: Any, as_json: bool, scales: list[Entry] | None = None, labs: Any = None) -> None:
    if as_json:
        data = found.as_dict()
        data["scales"] = [
            {"name": e.name, "date": e.date, "value": e.value, "subscales": dict(e.subscales)} for e in scales or ()
        ]
        from ocrelog.labs import labs_json, vaccines_json  # issue 38

        data["labs"], data["vaccines"] = (labs_json(labs), vaccines_json(labs)) if labs else ([], [])
        print_json(data)
        return
    if not found.cycles and not found.alerts and not found.concerns and not (labs and (labs.results or labs.vaccines)):
        from ocrelog.wording import no_dose_text

        say(no_dose_text(found))
        return
    from ocrelog.report import print_report
    from ocrelog.rich_output import stdout_console

    print_report(stdout_console(plain=_Run.plain), found, scales or (), labs)


@commands.command()
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
    """Show the report on a made-up journal (yours is not touched).

    \b
    Examples:
      ocrelog demo
      ocrelog demo --save sample.db && ocrelog --db sample.db chart
    """
    import tempfile

    from ocrelog.usecases.review import demo_findings, demo_target

    with tempfile.TemporaryDirectory(prefix="ocrelog-demo-") as folder:
        target = demo_target(save, Path(folder))
        with Journal.open(target, write=True) as journal:
            found = demo_findings(journal, date.today())
    if not json_:
        where = f"saved as {target}" if save else "in a temporary file"
        say(f"A made-up sample journal, {where}; your own journal is not touched.")
    show_report(found, json_)


# -- seeing it -----------------------------------------------------------------------


@commands.command()
def chart(ctx: typer.Context, since: Since = None, until: Until = None) -> None:
    """Draw daily fatigue over time, with doses marked.

    Shows the same period as the summary unless --since and --until say
    otherwise; sized to the terminal.

    \b
    Examples:
      ocrelog chart
      ocrelog chart --since "1 year ago"
    """
    import shutil

    from ocrelog.charts import terminal_chart
    from ocrelog.usecases.review import chart as review_chart

    with open_journal(ctx, write=False) as journal:
        drawn = review_chart(
            journal, date.today(), since, until, environ=os.environ, stdout_is_terminal=sys.stdout.isatty()
        )
    daily, start, end = drawn.daily, drawn.start, drawn.end
    if not drawn.enough:
        from ocrelog.wording import too_few_days_text

        say(too_few_days_text(start, end, len(daily)))
        return
    size = shutil.get_terminal_size((80, 24))
    print(
        terminal_chart(
            daily,
            drawn.dose_days,
            start,
            end,
            width=min(size.columns, 160),
            height=max(12, min(size.lines - 4, 24)),
            plain=drawn.plain,
        )
    )


@commands.command()
def cycle(ctx: typer.Context, json_: Json = False) -> None:
    """Show the shape of a cycle: mean fatigue by week since the dose.

    \b
    Examples:
      ocrelog cycle
      ocrelog cycle --json
    """
    from ocrelog.usecases.review import cycle as review_cycle

    with open_journal(ctx, write=False) as journal:
        found = review_cycle(journal, date.today())
    if json_:
        print_json(found.shape.as_dict())
        return
    if found.no_dose is not None:
        say(found.no_dose)
        return
    from ocrelog.rich_output import cycle_table, stdout_console

    console = stdout_console(plain=_Run.plain)
    console.print(found.heading, style="bold")
    console.print(cycle_table(found.shape))
    if found.closing is not None:
        console.print(found.closing)
    if found.findings is not None:
        from ocrelog.report import print_rises

        print_rises(console, found.findings)


@commands.command()
def summary(
    ctx: typer.Context,
    since: Annotated[
        Optional[date],
        typer.Option(
            "--since",
            metavar="WHEN",
            click_type=BOUND_WHEN,
            help=f"Start of the period (default: your first entry, at most {SUMMARY_MONTHS} months back).",
        ),
    ] = None,
    until: Annotated[
        Optional[date],
        typer.Option("--until", metavar="WHEN", click_type=BOUND_WHEN, help="End of the period (default: today)."),
    ] = None,
    output: Annotated[
        Optional[str],
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Where to write it (default: ocrelog-summary-DATE.html here); - for stdout.",
        ),
    ] = None,
    format_: Annotated[
        Optional[str],
        _choice_option(
            "--format",
            "FORMAT",
            "html (to print) or md (to paste); default: from the file name (.md, .html or .htm), else html.",
            "html",
            "md",
        ),
    ] = None,
    name: Annotated[
        Optional[str],
        typer.Option("--name", metavar="TEXT", help="Your name, for the heading (or set name in config.toml)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", "-f", help="Replace FILE if it already exists.")] = False,
) -> None:
    """Write a one- or two-page summary to bring to your MS team.

    \b
    Examples:
      ocrelog summary
      ocrelog summary --name "Alex Smith" -o visit.md
      ocrelog summary --format md --output -
    """
    from ocrelog.config import clean_name, person_name
    from ocrelog.output_files import check_output, summary_format
    from ocrelog.summary import to_html, to_markdown
    from ocrelog.usecases.review import clinic_summary, save_summary

    check_choice(format_, "--format", ("html", "md"))
    kind = summary_format(output, format_)
    if output and output != "-":
        check_output(Path(output).expanduser(), overwrite=force)  # before the journal is read
    person = clean_name(name) if name is not None else person_name(ctx.obj)
    today = date.today()
    with open_journal(ctx, write=False) as journal:
        result = clinic_summary(journal, today, since, until, chart=kind == "html", name=person)
    if result is None:
        say("Nothing was logged in that period, so there is nothing to summarise.")
        return
    text = to_html(result) if kind == "html" else to_markdown(result)
    if kind == "md":
        text = terminal_text(text)  # Markdown is read as plain text too: no control character in it
    if output == "-":
        sys.stdout.write(terminal_text(text) if stdout_is_terminal() else text)
    else:
        target = save_summary(text, output, today, kind, overwrite=force)
        if kind == "html":
            print(f"Wrote {target}: open it in a browser to read or print it.")
        else:
            print(f"Wrote {target}.")
    if name is None and person is None:  # --name "" chose no name: nothing to suggest
        _say_name_hint(ctx.obj)


def _say_name_hint(journal: Path) -> None:
    """Once per journal (a mark beside it): how to put a name in the summary's heading."""
    from ocrelog.config import NAME_HINT, mark_name_hint, name_hint_given

    if not name_hint_given(journal):
        say(NAME_HINT + ".")
        mark_name_hint(journal)


# -- moving data in and out ------------------------------------------------------------


#: --encrypt and --passphrase of backup and export (sync's key, or a passphrase; usecases/share.py).
Encrypt = Annotated[
    bool, typer.Option("--encrypt", help="Encrypt with age, to the key of 'sync --init' (or --passphrase).")
]
Passphrase = Annotated[
    bool, typer.Option("--passphrase", help="With a passphrase instead (asked, or OCRELOG_PASSPHRASE).")
]


@commands.command()
def export(
    ctx: typer.Context,
    format_: Annotated[
        str,
        _choice_option("--format", "FORMAT", "csv, json, or fhir (a FHIR R4 Bundle, JSON).", "csv", "json", "fhir"),
    ] = "csv",
    output: Annotated[
        Optional[str], typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.")
    ] = None,
    since: Since = None,
    until: Until = None,
    force: Annotated[bool, typer.Option("--force", "-f", help="Replace FILE if it already exists.")] = False,
    raw: Annotated[
        bool,
        typer.Option(
            "--raw",
            help="CSV only: write cells starting with = + - @ as they are (by default they get a ' "
            "so a spreadsheet shows them as text).",
        ),
    ] = False,
    safe_for_spreadsheets: Annotated[
        bool, typer.Option("--safe-for-spreadsheets", hidden=True, help="The default now; kept for old scripts.")
    ] = False,
    encrypt: Encrypt = False,
    passphrase: Passphrase = False,
) -> None:
    """Write every entry as CSV, JSON or a FHIR R4 Bundle.

    Every entry, oldest first.

    \b
    Examples:
      ocrelog export > journal.csv
      ocrelog export --format json --output journal.json
      ocrelog export --format fhir --since "6 months ago" -o for-the-clinic.json
      ocrelog export --raw --output for-a-script.csv
      ocrelog export --encrypt -o journal.csv.age
    """
    from ocrelog.output_files import check_output, write_chunks
    from ocrelog.usecases.move import export as export_entries

    check_choice(format_, "--format", ("csv", "json", "fhir"))
    if (raw or safe_for_spreadsheets) and format_ != "csv":
        option = "--raw" if raw else "--safe-for-spreadsheets"
        raise InvalidValue(f"{option} is for CSV; JSON is not opened by spreadsheets")
    if raw and safe_for_spreadsheets:
        raise InvalidValue("--raw and --safe-for-spreadsheets say opposite things; give one")
    target = Path(output) if output is not None and output != "-" else None
    if target is not None:
        check_output(target, overwrite=force)  # before the journal is opened
    seal = _sealer(ctx, encrypt, passphrase, target)
    with open_journal(ctx, write=False) as journal:
        written = export_entries(journal, format_, datetime.now(), since, until, safe_for_spreadsheets=not raw)
        if seal is not None and target is not None:
            from ocrelog.usecases.share import write_sealed

            write_sealed(target, "".join(written.chunks).encode("utf-8"), seal, overwrite=force)
        elif target is None:
            at_terminal = stdout_is_terminal()
            for chunk in written.chunks:
                sys.stdout.write(terminal_text(chunk) if at_terminal else chunk)
            return
        else:
            write_chunks(target, written.chunks, overwrite=force)
        count = written.count()
    from ocrelog.plurals import plural

    say(terminal_text(f"Exported {plural(count, 'entry', 'entries')} to {output}{' (encrypted)' if seal else ''}."))


def _sealer(ctx: typer.Context, encrypt: bool, passphrase: bool, target: Path | None) -> Any:
    """How --encrypt encrypts (None without it), decided before the journal is opened."""
    if passphrase and not encrypt:
        raise InvalidValue("--passphrase goes with --encrypt")
    if not encrypt:
        return None
    if target is None:
        raise InvalidValue("--encrypt writes a file: add --output FILE (a name ending in .age)")
    from ocrelog.sealing import passphrase as read_passphrase
    from ocrelog.usecases.share import sealer

    return sealer(ctx.obj, passphrase, read_passphrase)


def _import_formats() -> str:
    """The formats ``import --from`` takes, from the importers' registry (read when the command is built)."""
    from ocrelog.importers import names_text

    return names_text()


def _complete_formats(incomplete: str) -> list[str]:
    """The formats of the registry that begin with what was typed, for shell completion of ``--from``."""
    from ocrelog.importers import names

    return [name for name in names() if name.startswith(incomplete)]


@commands.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="An export file; - reads standard input.")],
    from_: Annotated[
        Optional[str],
        typer.Option(
            "--from",
            metavar="APP",
            help=f"{_import_formats()} (default: recognised from the file).",
            autocompletion=_complete_formats,
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be imported; change nothing.")] = False,
    map_: Annotated[
        Optional[list[str]],
        typer.Option("--map", metavar="LABEL=SCORE", help="Daylio: a mood or activity as a fatigue score; repeat."),
    ] = None,
    date_column: Annotated[Optional[str], _column_option("--date-column", "csv: the date column.")] = None,
    score_column: Annotated[Optional[str], _column_option("--score-column", "csv: the score column.")] = None,
    scale: Annotated[
        Optional[str],
        typer.Option("--scale", metavar="LOW-HIGH", help="csv: the score's scale, e.g. 1-5 (default 0-10)."),
    ] = None,
    invert: Annotated[
        bool,
        typer.Option("--invert", help="csv: high numbers mean less tired (an energy scale)."),
    ] = False,
    time_column: Annotated[
        Optional[str], _column_option("--time-column", "csv: a column with the time of day.")
    ] = None,
    symptom_column: Annotated[
        Optional[str], _column_option("--symptom-column", "csv: a column of symptom names.")
    ] = None,
    note_column: Annotated[Optional[str], _column_option("--note-column", "csv: a column of notes.")] = None,
    passphrase: Annotated[
        bool, typer.Option("--passphrase", help="FILE.age was encrypted with a passphrase (asked).")
    ] = False,
) -> None:
    """Add the entries of an export file (all of them, or none).

    From ocrelog's own CSV or JSON, or another app's export.

    \b
    Examples:
      ocrelog import journal.csv
      ocrelog import Visible_export.csv --dry-run
      ocrelog import daylio_export.csv --map tired=6 --map exhausted=8
      ocrelog import export.zip --from apple-health
      ocrelog import journal.csv.age
    """
    from ocrelog.config import date_order
    from ocrelog.importers import Options, open_import
    from ocrelog.usecases.move import add_import, check_something_mapped, read_import
    from ocrelog.usecases.move import dry_run as dry_run_lines

    options = Options.from_command_line(
        from_=from_,
        maps=map_ or [],
        date_column=date_column,
        score_column=score_column,
        scale=scale,
        invert=invert,
        time_column=time_column,
        symptom_column=symptom_column,
        note_column=note_column,
        date_order=date_order(ctx.obj),
    )
    file = _unsealed(ctx, file, passphrase)
    with open_import(file, options, datetime.now()) as source:
        if dry_run:
            with open_journal(ctx, write=False, create=False) as journal:
                lines = dry_run_lines(source, journal)  # the same comparison as the import's
            for line in lines:
                tell(terminal_text(line))
            check_something_mapped(source)
            return
        with progress_bar(source.size, source.description) as bar:
            rows = read_import(source, bar)  # a file that fails at once never opens the journal
            with open_journal(ctx, write=True) as journal:
                done = add_import(journal, source, rows)
    added = done.added
    from ocrelog.plurals import plural

    tell(f"Imported {plural(added, 'entry', 'entries')}; skipped {done.skipped} already in the journal.")
    if added and done.signs_found:
        count = done.signs_found
        urgent = ""
        if done.urgent_signs:
            urgent = " (seek help now)" if count == 1 else f" ({done.urgent_signs} of them: seek help now)"
        say(f"{plural(count, 'warning sign')} in the imported entries{urgent}; see ocrelog report.")
    if added and done.history_signs:
        say(
            f"{plural(done.history_signs, 'warning sign')} in the imported history (see ocrelog report); "
            "none raised as current."
        )
    for line in done.tally_lines:
        tell(terminal_text(line))  # the summary is data: stdout, with the line above
    if added:
        say("'ocrelog undo' removes this import again.")


def _unsealed(ctx: typer.Context, file: str, passphrase: bool) -> str:
    """An encrypted FILE (age) decrypted into a private folder removed when the command ends."""
    import shutil
    import tempfile

    from ocrelog.sealing import passphrase as read_passphrase
    from ocrelog.usecases.share import unsealed

    def private_folder() -> Path:
        folder = Path(tempfile.mkdtemp(prefix="ocrelog-import-"))  # 0700
        ctx.call_on_close(lambda: shutil.rmtree(folder, ignore_errors=True))
        return folder

    return unsealed(file, ctx.obj, passphrase, read_passphrase, private_folder)


@contextmanager
def progress_bar(total: int | None, what: str) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr (bytes read) for a person waiting on a large import."""
    from ocrelog.usecases.move import shows_progress

    if not shows_progress(total, sys.stderr.isatty()):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("Reading"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=total)
        yield lambda done: bar.update(task, completed=done)


@commands.command()
def calendar(
    ctx: typer.Context,
    output: Annotated[
        Optional[str],
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Where to write it (default: ocrelog.ics beside the journal); - for stdout.",
        ),
    ] = None,
    daily: Annotated[
        Optional[str],
        typer.Option("--daily", metavar="HH:MM", help="Add a daily check-in reminder at this time, with an alarm."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", "-f", help="Replace FILE even if it is not a calendar ocrelog wrote.")
    ] = False,
) -> None:
    """Write your next doses (and a reminder) as a calendar file.

    An iCalendar file that a phone or desktop calendar opens; importing a newer
    one updates its events instead of adding copies.

    \b
    Examples:
      ocrelog calendar
      ocrelog calendar --daily 20:00
      ocrelog calendar --output ~/Dropbox/ocrelog.ics
    """
    from ocrelog.ical import parse_daily
    from ocrelog.usecases.move import calendar_events, calendar_target, calendar_text, save_calendar

    at = parse_daily(daily) if daily is not None else None
    if output != "-":
        calendar_target(output, ctx.obj, force=force)  # refused before the journal is read
    with open_journal(ctx, write=False, create=False) as journal:
        events = calendar_events(journal, date.today(), at)
        identity = journal.journal_id() if journal.path else str(ctx.obj)  # no journal yet: its path
    if not events:
        say(
            "The journal has no dose and no booking yet, so there is nothing to put in a calendar; "
            "record a dose with 'ocrelog infuse --on DATE', or add --daily HH:MM for a daily reminder."
        )
        return
    text = calendar_text(events, identity, datetime.now().astimezone())
    if output == "-":
        sys.stdout.write(text.decode("utf-8"))
        return
    saved = save_calendar(text, output, ctx.obj, force=force)
    from ocrelog.plurals import plural

    counted = plural(len(events), "event")
    said = f"Replaced {saved.path} with {counted}:" if saved.replaced else f"Wrote {counted} to {saved.path}:"
    print(terminal_text(said))
    for event in events:
        when = f"{event.day.isoformat()}, daily at {event.at.strftime('%H:%M')}" if event.at else event.day.isoformat()
        tell(terminal_text(f"  {when}  {event.summary}"))
    say("Open the file with your calendar app; importing a newer one updates these events instead of adding copies.")


@commands.command()
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
    force: Annotated[bool, typer.Option("--force", "-f", help="Replace DEST if it already exists.")] = False,
    encrypt: Encrypt = False,
    passphrase: Passphrase = False,
) -> None:
    """Write a consistent copy of the journal to a new file.

    \b
    Examples:
      ocrelog backup
      ocrelog backup ~/Documents/ocrelog-2026-11.db
      ocrelog backup --encrypt ~/Dropbox/
    """
    from ocrelog.usecases.move import backup as backup_journal
    from ocrelog.usecases.move import backup_target

    target = backup_target(ctx.obj, destination, datetime.now(), overwrite=force)
    if encrypt:
        from ocrelog.output_files import check_output
        from ocrelog.usecases.share import sealed_name

        target = sealed_name(target)
        check_output(target, overwrite=force)
    seal = _sealer(ctx, encrypt, passphrase, target)
    with open_journal(ctx, write=False) as journal:
        if seal is not None:
            from ocrelog.usecases.share import backup_sealed

            count = backup_sealed(journal, target, seal, overwrite=force)
        else:
            count = backup_journal(journal, target, overwrite=force)
    from ocrelog.plurals import plural

    print(terminal_text(f"Backed up {plural(count, 'entry', 'entries')} to {target}."))


@commands.command()
def sync(
    ctx: typer.Context,
    directory: Annotated[
        Optional[str],
        typer.Argument(metavar="[DIR]", help="The synced folder (default: 'config sync_dir').", show_default=False),
    ] = None,
    init: Annotated[
        bool, typer.Option("--init", help="Make this journal's key (once, on the first computer).")
    ] = False,
    key: Annotated[
        Optional[str], typer.Option("--key", metavar="KEY", help="The key that --init printed (AGE-SECRET-KEY-1...).")
    ] = None,
    passphrase: Annotated[
        bool,
        typer.Option(
            "--passphrase",
            help="Lock the key with a passphrase (--init), or open it with one; asked, or OCRELOG_PASSPHRASE.",
        ),
    ] = False,
    new_id: Annotated[
        bool, typer.Option("--new-id", help="Give this journal a new id first (a copied journal file).")
    ] = False,
) -> None:
    """Merge this journal with your other computers' journals.

    Each journal writes its own encrypted files into DIR/ocrelog-sync/ and
    merges the others'. See docs/journal.md, "Two computers, one journal".

    \b
    Examples:
      ocrelog sync ~/Sync --init
      ocrelog sync ~/Sync --key AGE-SECRET-KEY-1...
      ocrelog config sync_dir ~/Sync
      ocrelog sync
    """
    from ocrelog.sealing import passphrase as read_passphrase
    from ocrelog.usecases import share

    folder = share.sync_folder(directory, ctx.obj)
    keyed = share.keyed(ctx.obj, folder, init=init, key_text=key, use_passphrase=passphrase, ask=read_passphrase)
    if folder is None and not init:
        raise InvalidValue("Give the synced folder: ocrelog sync DIR (or once: ocrelog config sync_dir DIR)")
    outcome = None
    if folder is not None:
        the_key = share.the_key(keyed)
        with open_journal(ctx, write=True) as journal:
            outcome = share.run_sync(journal, folder, the_key, new_id=new_id, given=keyed.keep is not None)
    # said once the run worked: a key made for folder files it cannot open is neither kept nor shown
    say_all(share.keep_key(keyed, ctx.obj))
    say_all(keyed.notices)
    if keyed.line:
        print(terminal_text(keyed.line))
    if outcome is not None:
        say_all(outcome.warnings)
        say(terminal_text(share.summary(outcome)))


@commands.command()
def config(
    ctx: typer.Context,
    key: Annotated[
        Optional[str],
        typer.Argument(metavar="[KEY]", help="The setting: date_order, name, writer or sync_dir.", show_default=False),
    ] = None,
    value: Annotated[
        Optional[str],
        _value_argument("Its new value: dmy or mdy; a name; self or carer; a folder ('' removes it)."),
    ] = None,
) -> None:
    """Show or change a setting in config.toml beside the journal.

    \b
    Examples:
      ocrelog config
      ocrelog config date_order dmy
      ocrelog config name "Alex Smith"
      ocrelog config writer carer
      ocrelog config sync_dir ~/Sync
    """
    from ocrelog.config import ENV_DATE_ORDER, config_file, date_order_and_source, set_aside_files, set_date_order
    from ocrelog.dates import DATE_ORDERS

    setting = key.strip().lower().replace("-", "_") if key is not None else None
    if setting not in (None, "date_order", "name", "writer", "sync_dir"):
        raise InvalidValue(
            "The settings are date_order (dmy or mdy), name (for the summary), writer (self or carer) "
            f"and sync_dir (for sync), not {key!r}"
        )
    if setting == "sync_dir":
        _config_sync_dir(ctx.obj, value)
        return
    if setting == "writer":
        _config_writer(ctx.obj, value)
        return
    if setting == "name":
        from ocrelog.config import person_name, set_name

        if value is None:
            print(terminal_text(person_name(ctx.obj) or ""))
            return
        target = set_name(ctx.obj, value)
        _say_set_aside(set_aside_files)
        shown = person_name(ctx.obj)
        print(terminal_text(f'Set name = "{shown}" in {target}.' if shown else f"Removed name from {target}."))
        return
    if value is None:
        order, source = date_order_and_source(ctx.obj)
        where = source if source is not None else "your locale, or mdy when it says nothing"
        if key is None:
            from ocrelog.config import person_name

            print(terminal_text(f'date_order = "{order}"  (from {where})'))
            name = person_name(ctx.obj)
            if name:
                print(terminal_text(f'name = "{name}"'))
            from ocrelog.config import writer

            print(f'writer = "{writer(ctx.obj)}"')
        else:
            print(order)
        return
    if value.strip().lower() not in DATE_ORDERS:
        raise InvalidValue(
            f"date_order is dmy (day first: 03/11 is 3 November) or mdy (month first), not {quoted(value)}"
        )
    target = set_date_order(ctx.obj, value)
    _say_set_aside(set_aside_files)
    order = value.strip().lower()
    print(terminal_text(f'Set date_order = "{order}" in {target}.'))
    if os.environ.get(ENV_DATE_ORDER):
        say(f"{ENV_DATE_ORDER} is set in the environment, and it wins over {config_file(ctx.obj).name}.")


def _config_sync_dir(journal: Path, value: str | None) -> None:
    """``config sync_dir [DIR]``: this computer's synced folder, for ``ocrelog sync`` alone."""
    from ocrelog.config import set_aside_files, set_sync_dir, sync_dir

    if value is None:
        print(terminal_text(str(sync_dir(journal) or "")))
        return
    target = set_sync_dir(journal, value)
    _say_set_aside(set_aside_files)
    shown = sync_dir(journal)
    print(terminal_text(f'Set sync_dir = "{shown}" in {target}.' if shown else f"Removed sync_dir from {target}."))


def _config_writer(journal: Path, value: str | None) -> None:
    """``config writer [self|carer]``: who keeps the journal (how the warning signs read "Dad had a fit")."""
    from ocrelog.config import WRITERS, set_aside_files, set_writer, writer

    if value is None:
        print(writer(journal))
        return
    if value.strip().lower() not in WRITERS:
        raise InvalidValue(
            f"writer is self (you keep your own journal) or carer (you keep it for someone), not {quoted(value)}"
        )
    target = set_writer(journal, value)
    _say_set_aside(set_aside_files)
    chosen = writer(journal)
    print(terminal_text(f'Set writer = "{chosen}" in {target}.'))
    if chosen == "carer":
        say("Warning signs now read the people your entries name as the person you keep the journal for.")


def _say_set_aside(files: list[Path]) -> None:
    for kept in files:
        say(terminal_text(f"The old settings could not be read; they were kept as {kept}."))


@commands.command()
def path(
    ctx: typer.Context,
    id_: Annotated[
        bool, typer.Option("--id", help="Print the journal's own id instead (kept by copies and backups).")
    ] = False,
) -> None:
    """Print the journal's path (or, with --id, its id).

    \b
    Examples:
      ocrelog path
      ocrelog path --id
    """
    if not id_:
        print(ctx.obj)
        return
    with open_journal(ctx, write=False, create=False) as journal:
        if journal.path is None:
            raise JournalError(f"There is no journal at {ctx.obj} yet; it gets its id when the first entry is logged")
        print(journal.journal_id())


# -- correcting ----------------------------------------------------------------------

EntryId = Annotated[int, typer.Argument(metavar="ID", help="The entry's id (see ocrelog log).")]


@commands.command()
def edit(
    ctx: typer.Context,
    entry_id: EntryId,
    on: Annotated[
        Optional[date], typer.Option("--on", metavar="WHEN", click_type=PAST_WHEN, help="A new date (and time).")
    ] = None,
    value: Annotated[
        Optional[str],
        typer.Option(
            "--value",
            metavar="N",
            help="A new score (0-10), dose (mg), temperature or scale score.",
        ),
    ] = None,
    dose: Annotated[Optional[str], typer.Option("--dose", metavar="MG", help="A new dose, for doses.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", metavar="NAME", help="A new name, for symptoms.")] = None,
    note: Annotated[
        Optional[str],
        typer.Option("--note", metavar="TEXT", help="A new note; --note '' removes it."),
    ] = None,
    premed: Annotated[
        Optional[list[str]],
        typer.Option(
            "--premed",
            metavar="TEXT",
            help="Doses: the premedications, replacing the old list; --premed '' empties it.",
        ),
    ] = None,
    reaction: Annotated[
        Optional[list[str]],
        typer.Option(
            "--reaction",
            metavar="TEXT",
            help="Doses: the reactions, replacing the old list; --reaction '' empties it.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", "-f", help="Allow a trial dose (1200 or 1800 mg), or a reading outside 34-43 °C.")
    ] = False,
    items: Annotated[
        Optional[str], _items_option("Scales: every answer, giving a new score; --items '' removes them.")
    ] = None,
    physical: Physical = None,
    cognitive: Cognitive = None,
    psychosocial: Psychosocial = None,
) -> None:
    """Change one entry: any of its fields.

    \b
    Examples:
      ocrelog edit 12 --value 5
      ocrelog edit 12 --on yesterday --note "after the school run"
      ocrelog edit 3 --dose 300 --premed methylprednisolone --premed cetirizine
    """
    from ocrelog.usecases.correct import edit_entry, edit_of

    edit = edit_of(
        on_given=on is not None,
        value=value,
        dose=dose,
        name=name,
        note=note,
        premeds=premed,
        reactions=reaction,
        items=items,
        subscales={"physical": physical, "cognitive": cognitive, "psychosocial": psychosocial},
    )
    with open_journal(ctx, write=True, create=False) as journal:
        before, after, notices = edit_entry(journal, entry_id, edit, when=on, force=force)
    tell(f"Changed #{after.id}: {describe(after)} (was {describe(before)}).")
    say_all(notices)
    if after.type == "vaccine" and after.live and not before.live:
        from ocrelog import labs

        say(labs.LABEL_LIVE_SENTENCE)  # renamed to a live vaccine: the label's words, as when logged


@commands.command()
def delete(ctx: typer.Context, entry_id: EntryId, force: Force = False) -> None:
    """Delete one entry (asks first).

    \b
    Examples:
      ocrelog delete 12
      ocrelog delete 12 --force
    """
    from ocrelog.usecases.correct import delete_entry

    with open_journal(ctx, write=True, create=False) as journal:
        entry = answered(lambda yes: delete_entry(journal, entry_id, confirmed=yes), force)
        if entry is None:
            return
    tell(f"Deleted #{entry.id}: {describe(entry)}. 'ocrelog undo' brings it back.")


@commands.command()
def handled(
    ctx: typer.Context,
    targets: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="[ID]...",
            help="Entry numbers (42) or warning signs' C numbers (C3).",
            show_default=False,
        ),
    ] = None,
    note: Annotated[
        Optional[str], typer.Option("--note", metavar="TEXT", help="What was done, e.g. 'seen by my MS nurse'.")
    ] = None,
    category: Annotated[
        Optional[str],
        _choice_option(
            "--category",
            "NAME",
            "Every open warning sign of this kind (infection, liver...); an entry's other kinds stay open.",
            *HANDLED_CATEGORIES,
        ),
    ] = None,
    before: Annotated[
        Optional[date],
        typer.Option(
            "--before", metavar="WHEN", click_type=PAST_WHEN, help="Every open warning sign logged before this day."
        ),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every open warning sign.")] = False,
) -> None:
    """Mark warning signs as dealt with (status stops showing them).

    \b
    Examples:
      ocrelog handled 42
      ocrelog handled C3 --note "GP saw it, antibiotics started"
      ocrelog handled --category breathing --before 2026-11-01
    """
    from ocrelog.entries import clean_note
    from ocrelog.plurals import plural
    from ocrelog.usecases.correct import ids_text, mark_many_handled

    if not targets and category is None and before is None and not all_:
        raise InvalidValue("Say what to mark: an entry number, a C number, --category, --before or --all")
    today = date.today()
    until = day_or(before, today) if before is not None else None
    if category is not None:  # as status names it: "infusion reaction", "Liver"
        category = "_".join(category.strip().lower().replace("-", " ").split())
    with open_journal(ctx, write=True, create=False) as journal:
        marked = mark_many_handled(
            journal,
            today,
            list(targets or ()),
            note=clean_note(note),
            category=category,
            before=until,
            everything=all_,
        )
    names = ", ".join(marked.signs[:-1]) + " and " + marked.signs[-1] if len(marked.signs) > 1 else marked.signs[0]
    count = len(marked.ids)
    what = (
        f"the warning sign of #{marked.ids[0]}"
        if count == 1
        else f"{plural(count, 'entry', 'entries')} ({ids_text(marked.ids)})"
    )
    tell(terminal_text(f"Marked {what} as handled ({names}); 'ocrelog undo' takes the marks away."))


@commands.command()
def usual(
    ctx: typer.Context,
    action: Annotated[
        str,
        typer.Argument(
            metavar="[add|remove]",
            help="add or remove; nothing lists them.",
            autocompletion=_choices("add", "remove"),
        ),
    ] = "list",
    words: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="TEXT", help="The symptom, in your words.", show_default=False),
    ] = None,
) -> None:
    """Your usual symptoms: no warning sign unless they change.

    A symptom on the list raises no warning sign, unless you write that it changed
    ("much worse", "spreading", "new").

    \b
    Examples:
      ocrelog usual add left leg weakness
      ocrelog usual remove left leg weakness
      ocrelog usual
    """
    from ocrelog.usecases.correct import change_usual

    check_choice(action, "usual", ("add", "remove", "list"))
    text = " ".join(words or ()).strip()
    if action == "list":
        if text:
            raise InvalidValue("Give add or remove before the symptom: ocrelog usual add TEXT")
        with open_journal(ctx, write=False) as journal:
            listed = journal.usual()
        if not listed:
            say("No usual symptoms yet; add one with: ocrelog usual add TEXT")
        for item in listed:
            tell(terminal_text(item))
        return
    with open_journal(ctx, write=True, create=action == "add") as journal:
        tell(terminal_text(change_usual(journal, action, text, date.today())))


@commands.command()
def undo(
    ctx: typer.Context,
    force: Force = False,
    list_: Annotated[bool, typer.Option("--list", help="Show the last ten changes instead.")] = False,
) -> None:
    """Reverse the last change (an entry, an edit, an import).

    An entry added, changed or deleted, a check-in, an import: one change each.

    \b
    Examples:
      ocrelog undo
      ocrelog undo --list
    """
    from ocrelog.usecases.correct import change_lines, undo_last

    with open_journal(ctx, write=not list_, create=False) as journal:
        if list_:
            lines = change_lines(journal)
            if not lines:
                say("No changes recorded yet.")
            for line in lines:
                tell(terminal_text(line))
            return
        summary = answered(lambda yes: undo_last(journal, confirmed=yes), force)
        if summary is None:
            return
    tell(f"Undone: {terminal_text(summary)}.")


def main() -> None:
    """The ``ocrelog`` entry point."""
    app()
