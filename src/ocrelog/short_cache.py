"""The open warning signs' line of ``status --short``, kept until what it was worked out from changes.

``status --short`` runs at every shell start-up and must start as fast as ``feel``. Working out
which concerns are open reads every entry with words of the alert window through the matcher and
the concerns: a few milliseconds on a hand-kept journal, tens on a year of imported daily ratings.
So the line is kept in a small file in the cache folder (``paths.cache_dir``), one a journal, with
a fingerprint of everything it was worked out from:

- the day it was worked out for, and the first day the alerts read (``alerts.window_start``);
- every entry with words dated from that day on, as stored (its handled marks included);
- every dose, the usual symptoms, the imports' id ranges and config.toml's bytes (who keeps the
  journal);
- the size and time of every module of ocrelog (a newer ocrelog works the line out again).

A run whose fingerprint is the kept one prints the kept line, without loading the matcher; any
other works it out and keeps it. A fatigue score, a booking or a scale changes none of these, so
the line after ``feel 6`` is the kept one.

The file is ocrelog's own: one there that does not begin with ``MARK`` is never replaced. A cache
folder that cannot be read or written costs the time and nothing else. Standard library only.
"""

from __future__ import annotations

import contextlib
import os
import stat
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ocrelog.journal import Journal

#: The first line of a file this module wrote (its format's version in it).
MARK = "ocrelog status --short: open warning signs, kept (format 1)"


def kept_line(journal: Journal, today: date) -> tuple[bool, str | None]:
    """(whether the kept line holds, the line or None when no sign is open)."""
    if journal.path is None:
        return False, None
    text = _read(_file(journal.path))
    try:
        mark, path, day, first, key, line = (text or "").split("\n")
        since = date.fromisoformat(first)
    except ValueError:  # no file, another file, or one damaged: worked out again
        return False, None
    if mark != MARK or path != str(journal.path) or day != today.isoformat():
        return False, None
    if key != fingerprint(journal, today, since):
        return False, None
    return True, line or None


def keep_line(journal: Journal, today: date, first: date, key: str, line: str | None) -> None:
    """Keep ``line`` (None: no sign open) as worked out for ``today`` from the entries from ``first``
    on, under ``key``: their fingerprint taken *before* the line was worked out, so that a change
    written meanwhile (another terminal, a sync) makes the next run work it out again."""
    if journal.path is None or (line is not None and "\n" in line):
        return
    text = "\n".join((MARK, str(journal.path), today.isoformat(), first.isoformat(), key, line or ""))
    target = _file(journal.path)
    if os.path.lexists(target) and not (_regular(target) and (_read(target) or "").startswith(MARK)):
        return  # not ours (or not a plain file): left as it is
    draft = None
    try:
        import tempfile  # only when the line is kept anew

        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor, draft = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)  # 0600, new
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(text.encode("utf-8", "surrogateescape"))
        os.replace(draft, target)
        draft = None
    except (OSError, UnicodeError):
        return  # a cache folder that cannot be written: the line is worked out again next time
    finally:
        if draft is not None:
            with contextlib.suppress(OSError):
                os.unlink(draft)


def _regular(path: Path) -> bool:
    """A plain file, not a link, a folder or a pipe (reading a pipe would stop the shell's start-up)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _read(path: Path) -> str | None:
    """The text of the plain file at ``path``; None when there is none, or it cannot be read."""
    if not _regular(path):
        return None
    try:
        return path.read_bytes().decode("utf-8", "surrogateescape")
    except OSError:
        return None


def fingerprint(journal: Journal, today: date, first: date) -> str:
    """A checksum of everything the open signs of ``today`` are worked out from (see the module)."""
    import zlib  # checksums are enough here, and cost no hashlib at start-up

    from ocrelog.config import config_file

    assert journal.path is not None
    try:
        settings = config_file(journal.path).read_bytes()
    except OSError:
        settings = b""
    facts = (
        today.isoformat(),
        first.isoformat(),
        journal.stored_with_words(first.isoformat()),
        list(journal.dose_rows()),
        journal.usual(),
        journal.imported_ranges(),
        settings,
        _code(),
    )
    data = repr(facts).encode("utf-8", "backslashreplace")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def _code() -> list[tuple[str, int, int]]:
    """Each module of ocrelog by name, size and time: another ocrelog works the line out anew."""
    here = Path(__file__).parent
    found = []
    for folder in (here, here / "usecases", here / "importers"):
        try:
            with os.scandir(folder) as listing:
                for item in listing:
                    if item.name.endswith(".py"):
                        info = item.stat()
                        found.append((item.path, info.st_size, info.st_mtime_ns))
        except OSError:
            continue
    return sorted(found)


def _file(journal: Path) -> Path:
    """The cache file of the journal at ``journal`` (one a journal, named by a checksum of its path)."""
    import zlib

    from ocrelog.paths import cache_dir

    return cache_dir() / f"short-{zlib.crc32(os.fsencode(journal)):08x}.txt"
