"""Files that look a little like journals but are not: shared by the core and CLI tests."""

import sqlite3
from pathlib import Path

from ocrelog.entries import Entry
from ocrelog.journal import Journal


def truncated_journal(path: Path) -> None:
    """A real journal cut short: the header promises pages the file no longer has."""
    full = path.parent / "source" / "full.db"
    with Journal.open(full, write=True) as journal:
        journal.add_many(
            Entry(type="fatigue", date="2026-05-14", value=5, note="x" * 300) for _ in range(300)
        )
    # Checkpointed on close: the whole journal is in the main file.
    path.write_bytes(full.read_bytes()[:12000])


def another_programs_database(path: Path) -> None:
    """A healthy SQLite database with tables ocrelog does not know."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.execute("INSERT INTO moz_places VALUES ('https://example.org')")
    conn.commit()
    conn.close()
