"""Moving data in and out: import, export (CSV, JSON, FHIR), backup, the calendar file.

Each function takes parsed values and an open journal (or, for what happens
before a journal is opened, the file the command names) and returns what the
command prints; the clock is passed in. The readers and writers (importers/,
exports.py, fhir.py, ical.py) are imported inside the functions that use them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ocrelog.entries import Entry
    from ocrelog.ical import Event
    from ocrelog.importers import Source
    from ocrelog.journal import Journal

#: A progress bar is shown for an import of at least this many bytes (at a terminal).
PROGRESS_FROM_BYTES = 5_000_000


# -- import -----------------------------------------------------------------------


def shows_progress(total: int | None, stderr_is_terminal: bool) -> bool:
    """Whether a person is likely waiting on this import: a large file, read at a terminal."""
    return total is not None and total >= PROGRESS_FROM_BYTES and stderr_is_terminal


def check_something_mapped(source: Source) -> None:
    """A file read whole whose rows all were skipped or left unmapped: one sentence of what to add, exit 1."""
    tally = source.tally
    if not sum(tally.kinds.values()) and (tally.skipped or tally.unmapped):
        from ocrelog.errors import NothingToImport
        from ocrelog.importers import importer_named
        from ocrelog.terminal import terminal_text

        hint = importer_named(source.format).nothing_mapped(source.description, tally)
        raise NothingToImport(terminal_text(hint))


def dry_run(source: Source, journal: Journal | None = None) -> list[str]:
    """``import --dry-run``: the file read whole and compared with the journal as the import
    compares it (:func:`journal.new_only`), so it counts what the import would add and skip;
    nothing changed. The caller prints the lines, then calls :func:`check_something_mapped`."""
    from ocrelog.importers import Tally
    from ocrelog.journal import new_only

    already = journal.identities() if journal is not None else {}
    new = Tally()
    for entry in new_only(source.entries(), already):
        new.saw(entry)
    read = sum(source.tally.kinds.values())
    count = sum(new.kinds.values())
    skipped = read - count
    noun = "entry" if count == 1 else "entries"
    line = f"Would import {count} {noun} from {source.description}"
    if skipped:
        line += f"; {skipped} already in the journal would be skipped"
    return [line + " (dry run: nothing was changed).", *new.kind_lines(), *source.tally.row_lines()]


def read_import(source: Source, progress: Callable[[int], None] | None = None) -> Iterator[Entry]:
    """The file's entries, streamed; a file with no entry at all is read whole first and,
    when nothing in it could be mapped, refused (exit 1) before any journal is opened."""
    rows = source.entries(progress)
    first = next(rows, None)
    if first is None:
        check_something_mapped(source)
    return itertools.chain([first] if first else [], rows)


class Imported(NamedTuple):
    added: int
    skipped: int  # already in the journal
    signs_found: int  # concerns the entries added raise as current (concerns.fold)
    tally_lines: list[str]  # the entries added, by kind; the file's rows that gave none
    history_signs: int = 0  # concerns in the imported history (never raised as current)
    urgent_signs: int = 0  # of ``signs_found``, those open at "seek help now"


def add_import(journal: Journal, source: Source, rows: Iterator[Entry]) -> Imported:
    """Add the entries read (all of them, or none), skipping those already in the journal."""
    from ocrelog.importers import Tally

    first_id = journal.next_id()
    new = Tally()
    added, skipped = journal.add_new(rows, summary=f"import of {source.description}", added_one=new.saw)
    signs_found = history = urgent = 0
    if added:
        from ocrelog.concerns import fold
        from ocrelog.queries import alerts_from
        from ocrelog.signs import NOW

        folded = fold(alerts_from(journal, first_id))
        history = sum(c.history for c in folded)
        signs_found = len(folded) - history
        urgent = sum(c.open and c.tier == NOW for c in folded)
    # What was imported (not what the file held), then the file's rows that gave no entry.
    # Nothing skipped: every entry read was added, as the file's own tally counts them.
    kinds = (new if skipped else source.tally).kind_lines()
    return Imported(added, skipped, signs_found, kinds + source.tally.row_lines(), history, urgent)


# -- export -----------------------------------------------------------------------


@dataclass(frozen=True)
class Export:
    chunks: Iterator[str]  # the text, in pieces, oldest entry first
    count: Callable[[], int]  # how many entries it holds (a field: a NamedTuple's would hide tuple.count)


def export(
    journal: Journal,
    format_: str,
    now: datetime,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    *,
    safe_for_spreadsheets: bool = True,
) -> Export:
    """The entries as csv, json or fhir (a FHIR R4 Bundle), streamed from the open journal."""
    rows = journal.iter_entries(oldest_first=True, since=since, until=until)
    if format_ == "fhir":
        from ocrelog.fhir import bundle_chunks

        chunks = bundle_chunks(rows, now)
    elif format_ == "csv":
        from ocrelog.exports import csv_chunks

        chunks = csv_chunks(rows, safe_for_spreadsheets=safe_for_spreadsheets)
    else:
        from ocrelog.exports import json_chunks

        chunks = json_chunks(rows)
    return Export(chunks, lambda: journal.count(since=since, until=until))


# -- backup -----------------------------------------------------------------------


def backup_target(journal_file: Path, destination: str | None, now: datetime, *, overwrite: bool = False) -> Path:
    """Where the backup goes, checked before the journal is opened: never one of the journal's
    files, an existing file only with ``overwrite``; a journal that does not exist yet is an error."""
    from ocrelog.errors import JournalError
    from ocrelog.output_files import backup_path, check_output

    if not journal_file.exists():
        raise JournalError(f"There is no journal at {journal_file} yet, so nothing to back up")
    target = backup_path(journal_file, destination, now)
    check_output(target, overwrite=overwrite)
    return target


def backup(journal: Journal, target: Path, *, overwrite: bool = False) -> int:
    """A consistent copy of the journal at ``target``; the number of entries copied."""
    journal.backup(target, overwrite=overwrite)
    return journal.count()


# -- the calendar -----------------------------------------------------------------


def calendar_events(journal: Journal, today: date, at: Any = None) -> list[Event]:
    """The next doses (due, booked, the earliest allowed) and, with ``at``, a daily reminder."""
    from ocrelog.ical import plan
    from ocrelog.queries import doses, findings
    from ocrelog.schedule import earliest_next_dose

    given = doses(journal)
    found = findings(journal, today)
    booked = [(e.id or 0, e.day, int(e.value or 0)) for e in journal.iter_entries(type="planned", since=today)]
    return plan(
        today,
        found.next_due,
        found.next_due_is_second_half,
        earliest_next_dose(given),
        given[-1].day if given else None,
        booked,
        at,
        [(e.id or 0, e.day, e.name) for e in journal.iter_entries(type="planned_lab", since=today)],
    )


def calendar_text(events: list[Event], journal_id: str, now: datetime) -> bytes:
    """The events as an iCalendar file, with UIDs stable for this journal (``Journal.journal_id``)."""
    from ocrelog.ical import to_ical, uid_tag

    return to_ical(events, uid_tag(journal_id), now)


class SavedCalendar(NamedTuple):
    path: Path
    replaced: bool  # an earlier calendar of ocrelog's was replaced


def calendar_target(output: str | None, journal_file: Path, *, force: bool = False) -> tuple[Path, bool]:
    """Where the calendar goes (default: beside the journal) and whether a file is there to be
    replaced, checked before anything is written: a file ocrelog's calendar wrote (its PRODID)
    is replaced; any other only with ``force``."""
    from ocrelog.ical import CALENDAR_NAME, is_own_calendar
    from ocrelog.output_files import check_output

    target = Path(output).expanduser() if output else journal_file.parent / CALENDAR_NAME
    exists = target.exists() and not target.is_dir()
    own = exists and is_own_calendar(target)
    if output is None and not target.parent.exists():
        return target, False  # the journal's folder is made when written
    check_output(target, overwrite=force or own)
    return target, exists


def save_calendar(text: bytes, output: str | None, journal_file: Path, *, force: bool = False) -> SavedCalendar:
    """Write the calendar file atomically (see :func:`calendar_target` for what it may replace)."""
    import os

    from ocrelog.opening import make_private_folder
    from ocrelog.output_files import atomic_path

    target, exists = calendar_target(output, journal_file, force=force)
    if output is None:
        make_private_folder(target.parent)
    with atomic_path(target, overwrite=exists) as temporary:
        with open(temporary, "wb") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    return SavedCalendar(target, exists)
