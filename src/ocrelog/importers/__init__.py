"""Bringing history in: ocrelog's own files and the exports of other apps.

Each format is one module that declares itself, ``IMPORTER = Importer(...)``
(common.py): its name, how to recognise a file from its first bytes, its
``read(source, options, tally, now)`` that yields entries and counts in
``tally`` what it skipped and which labels it could not map, and its
nothing-mapped sentence. :data:`IMPORTERS` is the one list of them: the
``--from`` choices, the import command's help, detection and the
nothing-mapped sentence all come from it (docs/formats.md, "How to add an
importer"). This package picks the importer (``--from``, or the file's header
or root element, never its name), opens the file as a stream (a zip is read
in place), and reports progress in bytes. Storing the entries, in one
transaction, is the journal's job; the mappings are documented in
docs/formats.md.

Hostile or broken files are refused in one sentence before anything is
stored (docs/formats.md, "Files that are refused"): text that is UTF-16 or
holds NUL bytes, invalid UTF-8; zips that are encrypted, have members named
outside the archive (``../``, ``/etc``), or would unpack far beyond their
size (a zip bomb). XML entities are refused in apple_health.py.
"""

from __future__ import annotations

import csv
import io
import re
import shlex
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from ocrelog.dates import now_to_minute, to_iso, written
from ocrelog.entries import MAX_SCORE, Entry
from ocrelog.errors import InvalidValue
from ocrelog.importers import anycsv, apple_health, bearable, daylio, own, visible
from ocrelog.importers.common import Head, Importer

#: The registry: every format ``import`` reads, in the order ``--from`` lists them.
#: Detection asks them from the last to the first, so the general ones come last:
#: ocrelog's own files (any CSV with a type and a date column) are asked after
#: every app's export, and an importer added at the end is asked first.
IMPORTERS: tuple[Importer, ...] = (
    own.IMPORTER,
    daylio.IMPORTER,
    bearable.IMPORTER,
    visible.IMPORTER,
    apple_health.IMPORTER,
    anycsv.IMPORTER,
)
_HEAD_BYTES = 65536
#: An export.xml inside a zip may unpack to at most this many bytes ...
MAX_UNZIPPED_BYTES = 16 * 1024**3
#: ... and, above ``RATIO_FROM_BYTES``, to at most this many times its packed size.
#: Real Health exports pack about 10 to 30 to 1; a zip bomb packs about 1000 to 1.
MAX_RATIO = 100
RATIO_FROM_BYTES = 64 * 1024**2
#: A refusal that quotes a huge cell (a 10 MB line) quotes its start only.
_LONGEST_MESSAGE = 400
_LONG_QUOTE = re.compile(r"('[^']{40})[^']{20,}'")


def names() -> list[str]:
    """What ``--from`` takes, in the registry's order."""
    return [importer.name for importer in IMPORTERS]


def names_text() -> str:
    """The formats in words, for the import command's help: "ocrelog, daylio, ... or csv"."""
    *most, last = names()
    return f"{', '.join(most)} or {last}" if most else last


def importer_named(name: str) -> Importer:
    """The registered importer called ``name`` (one of :func:`names`)."""
    return next(importer for importer in IMPORTERS if importer.name == name)


@dataclass(frozen=True)
class Options:
    """What the person told the import on the command line."""

    from_: str | None = None
    maps: dict[str, int] = field(default_factory=dict)
    date_column: str | None = None
    score_column: str | None = None
    scale: tuple[float, float] = (0.0, 10.0)
    invert: bool = False
    time_column: str | None = None
    symptom_column: str | None = None
    note_column: str | None = None
    date_order: str = "mdy"  # how numeric dates in a spreadsheet are read (config.date_order)

    @classmethod
    def from_command_line(cls, *, from_: str | None, maps: list[str], scale: str | None, **columns: Any) -> Options:
        if from_ is not None and from_ not in names():
            raise InvalidValue(f"--from must be one of {', '.join(names())}, not {from_!r}")
        mapped: dict[str, int] = {}
        for item in maps:
            label, sep, score = item.rpartition("=")
            if not sep or not label.strip() or not score.strip().isdigit() or int(score) > MAX_SCORE:
                raise InvalidValue(
                    f"--map takes LABEL=SCORE with a score from 0 to {MAX_SCORE}, like tired=6, not {item!r}"
                )
            mapped[label.strip().lower()] = int(score)
        low_high = (0.0, 10.0)
        if scale is not None:
            match = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)\s*", scale)
            if not match or float(match[1]) >= float(match[2]):
                raise InvalidValue(f"--scale takes LOW-HIGH with LOW below HIGH, like 1-5, not {scale!r}")
            low_high = (float(match[1]), float(match[2]))
        return cls(from_=from_, maps=mapped, scale=low_high, **columns)


@dataclass
class Tally:
    """What an import read: entries by kind, rows skipped by reason, labels left unmapped."""

    kinds: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    unmapped: Counter = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None

    def saw(self, entry: Entry) -> None:
        self.kinds[entry.type] += 1
        day = entry.date[:10]
        self.first = day if self.first is None or day < self.first else self.first
        self.last = day if self.last is None or day > self.last else self.last

    def summary_lines(self, what: str, *, dry_run: bool) -> list[str]:
        total = sum(self.kinds.values())
        verb = "Would import" if dry_run else "Read"
        noun = "entry" if total == 1 else "entries"
        lines = [f"{verb} {total} {noun} from {what}" + (" (dry run: nothing was changed)." if dry_run else ".")]
        return lines + self.kind_lines() + self.row_lines()

    def kind_lines(self) -> list[str]:
        """The entries seen, by kind, and their dates (none when there are none)."""
        if not sum(self.kinds.values()):
            return []
        kinds = ", ".join(f"{n} {kind}" for kind, n in self.kinds.most_common())
        return [f"  by kind: {kinds}; dates {self.first} to {self.last}"]

    def row_lines(self) -> list[str]:
        """The file's rows that gave no entry: skipped, by reason, and labels left unmapped."""
        lines = []
        if self.skipped:
            from ocrelog.plurals import counted

            lines.append("  skipped: " + ", ".join(counted(n, why) for why, n in self.skipped.most_common()))
        if self.unmapped:
            shown = ", ".join(f"{label} ({n})" for label, n in self.unmapped.most_common(15))
            more = len(self.unmapped) - 15
            lines.append(f"  left unmapped: {shown}" + (f" and {more} more" if more > 0 else ""))
        return lines


class _Counting(io.RawIOBase):
    """A binary stream that reports how many bytes have been read (for the progress bar).

    It also refuses a NUL byte wherever it comes: no export ocrelog reads has one.
    """

    def __init__(self, raw: IO[bytes], name: str = "The file"):
        self.raw = raw
        self.name = name
        self.done = 0
        self.report: Callable[[int], None] | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        nul = data.find(b"\0")
        if nul >= 0:
            raise not_text(self.name, f"a NUL byte (byte {self.done + nul + 1:,})")
        buffer[: len(data)] = data
        self.done += len(data)
        if self.report is not None:
            self.report(self.done)
        return len(data)


def not_text(name: str, found: str) -> InvalidValue:
    return InvalidValue(f"{name} has {found}, so it is not a text export; ocrelog reads UTF-8 text files")


def check_text(head: bytes, name: str) -> None:
    """Refuse UTF-16 (or UTF-32) text and binary files from their first bytes."""
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and b"\0" in head:
        # Without a byte-order mark, UTF-16 is ASCII with a NUL beside every character.
        sample = head[:4096]
        utf16 = min(sample[0::2].count(0), sample[1::2].count(0)) == 0 and sample.count(0) >= len(sample) // 3
        if not utf16:
            raise not_text(name, f"a NUL byte (byte {head.index(0) + 1:,})")
    if utf16:
        raise InvalidValue(
            f"{name} is UTF-16 text, but ocrelog reads UTF-8: save it as UTF-8 "
            "(in a spreadsheet: CSV UTF-8) and try again"
        )


@dataclass
class Source:
    format: str
    description: str
    size: int | None
    binary: _Counting
    options: Options
    now: datetime
    tally: Tally = field(default_factory=Tally)

    def text(self) -> io.TextIOWrapper:
        return io.TextIOWrapper(io.BufferedReader(self.binary, 1 << 16), encoding="utf-8-sig", newline="")

    def entries(self, progress: Callable[[int], None] | None = None) -> Iterator[Entry]:
        import zipfile

        self.binary.report = progress
        reader = importer_named(self.format).read
        latest = to_iso(now_to_minute(self.now))  # a dose given is never later than now
        try:
            for entry in reader(self, self.options, self.tally, self.now):
                if entry.type == "infusion" and entry.date > latest:
                    raise InvalidValue(
                        f"{self.description} has a dose given on {written(entry.date)}, later than now; a dose still "
                        "to come is a booking (type planned), so nothing was imported"
                    )
                self.tally.saw(entry)
                yield entry
        except InvalidValue as error:
            if len(str(error)) <= _LONGEST_MESSAGE:
                raise
            raise InvalidValue(_LONG_QUOTE.sub(r"\1...'", str(error))[:_LONGEST_MESSAGE]) from None
        except UnicodeDecodeError as error:
            raise InvalidValue(
                f"{self.description} is not UTF-8 text (byte {error.start + 1} of a block); "
                "save it as UTF-8 and try again"
            ) from None
        except csv.Error as error:
            raise InvalidValue(f"{self.description} is not valid CSV ({error})") from None
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:  # a zip damaged inside
            raise InvalidValue(f"{self.description} is a damaged zip file ({str(error)[:80]})") from None

    def dry_run(self) -> Tally:
        for _ in self.entries():
            pass
        return self.tally


def detect(head: bytes, zipped: bool) -> str:
    """The format of a file, from its first bytes (header row or root element), never its name.

    Every importer is asked whether it recognises the file, from the last registered to
    the first; then, if none did, whether it is one of theirs without its header row.
    """
    seen = Head.of(head, zipped)
    asked = IMPORTERS[::-1]
    for importer in asked:
        if importer.recognise(seen):
            return importer.name
    for importer in asked:
        if importer.recognise_headerless(seen):
            return importer.name
    stripped = seen.stripped
    if not stripped.strip():
        raise InvalidValue("The file is empty: it has no header row naming the columns")
    own.check_dialect(stripped.splitlines()[0] if stripped else "")
    raise InvalidValue(
        f"Could not tell which app wrote this file from its header {stripped.splitlines()[0][:60]!r}: "
        "ocrelog's own files have a 'type' and a 'date' column, and other apps' exports can be "
        f"named with --from ({', '.join(names())})"
    )


@contextmanager
def open_import(file: str, options: Options, now: datetime) -> Iterator[Source]:
    """The file as a :class:`Source`, its format recognised; closed afterwards."""
    import sys
    import zipfile

    if file == "-":
        raw: IO[bytes] = sys.stdin.buffer
        size = None
        description = "standard input"
    else:
        path = Path(file)
        try:
            raw = open(path, "rb")
            size = path.stat().st_size
        except OSError as error:
            raise InvalidValue(f"Could not read {file}: {error.strerror}") from None
        description = path.name
    try:
        zipped = False
        if file != "-" and zipfile.is_zipfile(raw):
            raw.close()
            raw, size = _export_xml_in_zip(Path(file))
            zipped = True
        elif file != "-":
            raw.seek(0)
        buffered = io.BufferedReader(raw, 1 << 16) if not isinstance(raw, io.BufferedReader) else raw  # type: ignore[type-var]
        try:
            head = buffered.peek(_HEAD_BYTES)[:_HEAD_BYTES]
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            raise InvalidValue(f"{description} is a damaged zip file ({str(error)[:80]})") from None
        if head.startswith(b"SQLite format 3\0"):  # a journal or a plain backup, not an export
            raise InvalidValue(
                f"{description} is a journal file (an ocrelog journal or a plain backup), not an export: read it "
                f"with 'ocrelog --db {shlex.quote(file)} log', or export it with 'ocrelog --db {shlex.quote(file)} "
                "export' and import that"
            )
        check_text(head, "export.xml in " + description if zipped else description)
        chosen = options.from_ or detect(head, zipped)
        importer_named(chosen).check(options)
        yield Source(chosen, f"{description} ({chosen})", size, _Counting(buffered, description), options, now)
    finally:
        raw.close()


def _export_xml_in_zip(path: Path) -> tuple[IO[bytes], int]:
    """The export.xml of an Apple Health zip, opened in place; hostile zips refused first."""
    import zipfile

    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
        raise InvalidValue(f"{name} is a damaged zip file ({error})") from None
    try:
        members = archive.infolist()
        for info in members:
            if _outside(info.filename):
                raise InvalidValue(
                    f"{name} has a member named outside the archive ({info.filename[:60]!r}), "
                    "so it is not an Apple Health export; nothing was read from it"
                )
            if info.flag_bits & 0x1:
                raise InvalidValue(
                    f"{name} is encrypted (password-protected); export it again from the Health app without a password"
                )
        names = [info for info in members if info.filename.endswith("export.xml") and not info.is_dir()]
        if not names:
            raise InvalidValue(
                f"{name} is a zip file without an export.xml, so it is not the Apple Health export "
                "(the Health app names it export.zip)"
            )
        member = min(names, key=lambda info: info.filename.count("/"))
        packed = max(1, member.compress_size)
        if member.file_size > MAX_UNZIPPED_BYTES or (
            member.file_size > RATIO_FROM_BYTES and member.file_size > MAX_RATIO * packed
        ):
            raise InvalidValue(
                f"{name} would unpack to {member.file_size / 1024**3:,.1f} GB from "
                f"{packed / 1024**2:,.1f} MB, far beyond any Apple Health export, so it was not read"
            )
        return archive.open(member), member.file_size
    except NotImplementedError:
        archive.close()
        raise InvalidValue(f"{name} is packed with a method ocrelog cannot unpack; zip it again") from None
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        archive.close()
        raise InvalidValue(f"{name} is a damaged zip file ({error})") from None
    except BaseException:
        archive.close()
        raise


def _outside(member: str) -> bool:
    """A member name that points outside the archive: absolute, a drive, or with a ``..`` part."""
    name = member.replace("\\", "/")
    return name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in name.split("/")
