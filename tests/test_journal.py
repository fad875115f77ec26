"""The core, without Typer: opening files safely, storing and changing entries."""

import os
import sqlite3
import stat
import subprocess
import sys
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path

import pytest
from not_journals import another_programs_database, truncated_journal
from sqlite_utils import Database

from ocrelog.entries import Entry
from ocrelog.errors import InvalidValue, JournalError, NotFound
from ocrelog.journal import WITH_WORDS, Journal, words_in_sql
from ocrelog.migrations import SCHEMA, STEPS, migrations
from ocrelog.paths import journal_path


def fatigue(score: int, when: str = "2026-05-14", note: str | None = None) -> Entry:
    return Entry(type="fatigue", date=when, value=score, note=note)


def test_schema_list_matches_the_migrations():
    pending = migrations().pending(Database(memory=True))
    assert tuple(step.name for step in pending) == SCHEMA


def test_migrations_create_the_entries_table():
    db = Database(memory=True)
    migrations().apply(db)
    assert db["entries"].columns_dict == {
        "id": int,
        "type": str,
        "date": str,
        "value": int,
        "name": str,
        "note": str,
        "premeds": str,
        "reactions": str,
        "logged_at": str,
        "source": str,
        "handled_on": str,
        "handled_note": str,
        "items": str,
        "subscales": str,
        "time_given": int,
        "unit": str,
        "range_low": float,
        "range_high": float,
        "result": str,
        "live": int,
        "uid": str,  # sync's stable id (m015_sync)
        "handled_signs": str,  # a mark of one kind of warning sign (m016_handled_signs)
    }
    assert sorted(index.name for index in db["entries"].indexes) == [
        "entries_by_date", "entries_daily_cover", "entries_uid", "entries_with_words"
    ]


def test_the_lab_step_keeps_ids_indexes_and_the_daily_highest_triggers():
    """m014 copies the table to widen its type CHECK: the ids, the id counter, the indexes
    and step 11's triggers (which a copy drops) are all there after it."""
    db = Database(memory=True)
    steps = migrations()
    before_lab = STEPS[: [step.__name__ for step in STEPS].index("m014_labs_vaccines")]
    from sqlite_utils.migrations import Migrations

    early = Migrations("ocrelog")
    for step in before_lab:
        early()(step)
    early.apply(db)
    db.execute(
        "INSERT INTO entries (id, type, date, value, logged_at) VALUES (7, 'fatigue', '2026-05-14', 6, 'x')"
    )
    db.execute("DELETE FROM entries WHERE id = 7")  # the counter stays at 7
    steps.apply(db)
    triggers = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    assert triggers == {"daily_highest_added", "daily_highest_removed", "daily_highest_changed", "entries_uid_given"}
    db.execute("INSERT INTO entries (type, date, value, logged_at) VALUES ('fatigue', '2026-05-15', 4, 'x')")
    assert db.execute("SELECT max(id) FROM entries").fetchone()[0] == 8
    assert db.execute("SELECT day, highest FROM daily_highest").fetchall() == [("2026-05-15", 4)]
    db.execute("INSERT INTO entries (type, date, name, logged_at) VALUES ('vaccine', '2026-05-15', 'MMR', 'x')")
    assert sorted(index.name for index in db["entries"].indexes) == [
        "entries_by_date", "entries_daily_cover", "entries_uid", "entries_with_words"
    ]


def test_a_new_journal_is_private(tmp_path):
    path = tmp_path / "new" / "folder" / "journal.db"
    old_umask = os.umask(0o022)
    try:
        with Journal.open(path, write=True) as journal:
            journal.add(fatigue(5))
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_entries_come_back_newest_first_with_their_fields(tmp_path):
    with Journal.open(tmp_path / "j.db", write=True) as journal:
        journal.add(fatigue(3, "2026-05-13"))
        infusion = journal.add(
            Entry(type="infusion", date="2026-05-14", value=600, premeds=("a", "b, c"),
                  reactions=("itch",), note="chair 4")
        )
        journal.add(fatigue(6, "2026-05-14T14:30", note="after lunch"))
        journal.add(Entry(type="symptom", date="2026-05-15", name="fever"))
        entries = journal.entries()
    assert [e.date for e in entries] == ["2026-05-15", "2026-05-14T14:30", "2026-05-14", "2026-05-13"]
    assert entries[2] == infusion
    assert entries[2].premeds == ("a", "b, c")
    assert entries[1].note == "after lunch"


def test_an_entry_read_back_has_every_field_and_equals_the_one_written(tmp_path):
    # Entries read from the journal are built without the dataclass's __init__ (journal._entry):
    # a field added to Entry and not to the reader must fail here, not in a user's report.
    scale = Entry(type="scale", date="2026-05-16", value=36, name="fss", items=(4,) * 9, note="evening")
    handled = Entry(type="symptom", date="2026-05-15", name="fever", handled_on="2026-05-16", handled_note="GP")
    with Journal.open(tmp_path / "j.db", write=True) as journal:
        written = [journal.add(scale), journal.add(handled)]
        read = sorted(journal.entries(), key=lambda e: e.id)
    assert read == written
    for entry in read:
        assert set(vars(entry)) == {f.name for f in fields(Entry)}
        assert hash(entry) == hash(next(w for w in written if w.id == entry.id))


def test_the_warning_signs_read_entries_with_words_through_their_index(tmp_path):
    with Journal.open(tmp_path / "j.db", write=True) as journal:
        journal.add_many([fatigue(5, f"2026-05-{d:02}") for d in range(1, 29)])
        journal.add_many([fatigue(7, "2026-05-29", note="chills"), Entry(type="symptom", date="2026-05-02", name="rash")])
        assert [e.date for e in journal.with_words_in([("2026-05-01", "2026-06-01")])] == ["2026-05-02", "2026-05-29"]
        plan = str(journal.conn.execute(f"EXPLAIN QUERY PLAN {words_in_sql(3)}", ("0", "9") * 3).fetchall())
    assert "SEARCH entries USING INDEX entries_with_words" in plan and "SCAN entries" not in plan


def test_the_report_reads_the_words_of_the_days_it_names_once_each_in_order(tmp_path):
    """with_words_in: the entries with words in any of the ranges (they may overlap, one may have
    no end, and more of them than one statement holds), each once, oldest first."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    days = [f"2026-{m:02}-{d:02}" for m in (4, 5, 6) for d in range(1, 29)]
    with Journal.open(tmp_path / "j.db", write=True) as journal:
        journal.add_many(
            [Entry(type="symptom", date=d + ("T08:00" if n % 3 else ""), name="rash") for n, d in enumerate(days)]
            + [fatigue(5, d, note="chills" if n % 2 else None) for n, d in enumerate(days)]
        )
        every = [
            e for e in journal.entries(oldest_first=True) if e.type in ("symptom", "temperature", "infusion") or e.note
        ]
        day = st.sampled_from(days)
        span = st.tuples(day, st.one_of(day, st.none()))

        @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(st.one_of(st.lists(span, max_size=6), st.lists(span, min_size=190, max_size=420)))
        def check(spans):
            def inside(entry):
                return any(first <= entry.date and (before is None or entry.date < before) for first, before in spans)

            assert journal.with_words_in(spans) == [e for e in every if inside(e)]

        check()


def test_filters_by_date_type_and_limit(tmp_path):
    with Journal.open(tmp_path / "j.db", write=True) as journal:
        for day in range(1, 11):
            journal.add(fatigue(day % 10, f"2026-05-{day:02d}"))
        journal.add(fatigue(4, "2026-05-05T23:59"))
        journal.add(Entry(type="symptom", date="2026-05-05", name="rash"))
        since_until = journal.entries(since=date(2026, 5, 3), until=date(2026, 5, 5))
        assert {e.date for e in since_until} == {"2026-05-03", "2026-05-04", "2026-05-05", "2026-05-05T23:59"}
        assert len(journal.entries(type="symptom")) == 1
        assert len(journal.entries(limit=3)) == 3
        assert journal.count(type="fatigue") == 11
        assert journal.entries(until=datetime(2026, 5, 5, 12, 0), since=date(2026, 5, 5))[0].type == "symptom"


def test_update_validates_like_logging_and_keeps_the_entry_on_refusal(tmp_path):
    with Journal.open(tmp_path / "j.db", write=True) as journal:
        entry = journal.add(fatigue(6))
        with pytest.raises(InvalidValue):
            journal.update(entry.id, value="11")
        with pytest.raises(InvalidValue):
            journal.update(entry.id, name="fever")
        assert journal.get(entry.id) == entry
        before, after = journal.update(entry.id, value="4", note="", when=date(2026, 5, 1))
        assert before == entry
        assert (after.value, after.note, after.date) == (4, None, "2026-05-01")
        assert journal.get(entry.id) == after


def test_delete_and_last(tmp_path):
    with Journal.open(tmp_path / "j.db", write=True) as journal:
        assert journal.last() is None
        first = journal.add(fatigue(2, "2026-05-20"))
        second = journal.add(fatigue(3, "2026-05-01"))  # older date, added later
        assert journal.last() == second
        assert journal.delete(second.id) == second
        assert journal.entries() == [first]
        with pytest.raises(NotFound):
            journal.delete(second.id)


def test_reading_a_missing_journal_creates_nothing(tmp_path):
    path = tmp_path / "nowhere" / "journal.db"
    with Journal.open(path, write=False) as journal:
        assert journal.entries() == []
    assert not path.parent.exists()


def test_an_empty_file_becomes_a_journal(tmp_path):
    path = tmp_path / "j.db"
    path.touch()
    with Journal.open(path, write=True) as journal:
        journal.add(fatigue(5))
    with Journal.open(path) as journal:
        assert len(journal.entries()) == 1


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_bytes(os.urandom(5000)),
        lambda p: p.write_text("type,date,value\nfatigue,2026-05-14,5\n"),
        lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20),
        truncated_journal,
        another_programs_database,
    ],
    ids=["random-bytes", "csv", "bare-header", "truncated", "another-program"],
)
@pytest.mark.parametrize("write", [True, False])
def test_a_file_that_is_not_a_journal_is_refused_and_left_unchanged(tmp_path, make, write):
    path = tmp_path / "journal.db"
    make(path)
    before = path.read_bytes()
    expected = "damaged" if make is truncated_journal else "not an ocrelog journal"
    with pytest.raises(JournalError, match=expected):
        with Journal.open(path, write=write) as journal:
            journal.add(fatigue(5))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("journal")) == ["journal.db"]


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(JournalError, match="directory"):
        Journal.open(tmp_path, write=True)


def test_a_read_only_journal_reads_but_refuses_writes(tmp_path):
    path = tmp_path / "j.db"
    with Journal.open(path, write=True) as journal:
        journal.add(fatigue(5))
    path.chmod(0o400)
    before = path.read_bytes()
    with Journal.open(path) as journal:
        assert [e.value for e in journal.entries()] == [5]
    with pytest.raises(JournalError, match="read-only"):
        Journal.open(path, write=True)
    assert path.read_bytes() == before


def test_a_journal_another_ocrelog_is_checkpointing_is_not_called_damaged(tmp_path):
    """A checkpoint copies page 1 (with the new page count) before the pages that grow the file."""
    path = tmp_path / "j.db"
    with Journal.open(path, write=True) as journal:
        journal.add(fatigue(5))
    keeper = sqlite3.connect(path)  # another program's connection: no checkpoint on close
    keeper.execute("SELECT count(*) FROM entries").fetchone()
    with Journal.open(path, write=True) as journal:
        journal.add_many(fatigue(6, note="x" * 300) for _ in range(300))
    wal = Path(f"{path}-wal").read_bytes()
    size = int.from_bytes(wal[8:12], "big")
    frames = [wal[start:start + 24 + size] for start in range(32, len(wal), 24 + size)]
    page_one = [frame[24:] for frame in frames if int.from_bytes(frame[:4], "big") == 1][-1]
    with open(path, "r+b") as handle:
        handle.write(page_one)  # the checkpoint's first step, and the file is not grown yet
    assert int.from_bytes(page_one[28:32], "big") * size > path.stat().st_size
    try:
        with Journal.open(path) as journal:
            assert journal.count() == 301
        with Journal.open(path, write=True) as journal:
            journal.add(fatigue(7))
    finally:
        keeper.close()
    with Journal.open(path) as journal:
        assert journal.count() == 302


def test_switching_to_wal_waits_for_a_writer_instead_of_failing(tmp_path, monkeypatch):
    # Two first runs: one still writes in SQLite's first (rollback) mode while the other
    # asks for WAL. SQLite refuses that switch at once, without waiting for the lock; the
    # switch is tried again, here after the writer has finished.
    from ocrelog import opening

    path = tmp_path / "j.db"
    with Journal.open(path, write=True) as journal:
        journal.add(fatigue(5))
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode = DELETE")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE entries SET note = 'the other run' WHERE id = 1")
    waits = []

    def wait(seconds):
        waits.append(seconds)
        if writer.in_transaction:
            writer.execute("COMMIT")

    monkeypatch.setattr(opening.time, "sleep", wait)
    try:
        with Journal.open(path, write=True) as journal:
            journal.add(fatigue(6))
            assert journal.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        writer.close()
    assert waits
    with Journal.open(path) as journal:
        assert [e.note for e in journal.entries(limit=None)].count("the other run") == 1
        assert journal.count() == 2


def test_two_processes_writing_at_once_both_succeed(tmp_path):
    path = tmp_path / "j.db"  # does not exist yet: the first runs race too
    script = (
        "import sys\n"
        "from ocrelog.journal import Journal\n"
        "from ocrelog.entries import Entry\n"
        "for i in range(25):\n"
        "    with Journal.open(sys.argv[1], write=True) as j:\n"
        "        j.add(Entry(type='fatigue', date='2026-05-14', value=i % 11, note=sys.argv[2]))\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(path), str(n)], stderr=subprocess.PIPE)
        for n in range(4)
    ]
    errors = [p.communicate()[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    with Journal.open(path) as journal:
        assert journal.count() == 100
        assert sorted({e.note for e in journal.entries(limit=None)}) == ["0", "1", "2", "3"]


def test_journal_path_overrides():
    env = {"HOME": "/home/ana"}
    assert journal_path(None, {"XDG_DATA_HOME": "/data", **env}) == Path("/data/ocrelog/journal.db")
    assert journal_path(None, {"XDG_DATA_HOME": "relative", **env}).parts[-3:] == (
        "share", "ocrelog", "journal.db")
    assert journal_path(None, {"OCRELOG_DB": "/x/j.db", "XDG_DATA_HOME": "/data"}) == Path("/x/j.db")
    assert journal_path("/y/k.db", {"OCRELOG_DB": "/x/j.db"}) == Path("/y/k.db")


def test_a_relative_path_works(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Journal.open("relative.db", write=True) as journal:
        journal.add(fatigue(5))
    with Journal.open("relative.db") as journal:
        assert journal.count() == 1


def test_odd_characters_in_the_path(tmp_path):
    path = tmp_path / "my journal #1 ?ü%20.db"
    with Journal.open(path, write=True) as journal:
        journal.add(fatigue(5))
    assert path.exists()


_GROUPED = (
    "SELECT substr(date, 1, 10), CAST(max(value) AS INTEGER) FROM entries"
    " WHERE type = 'fatigue' AND value IS NOT NULL GROUP BY 1 ORDER BY 1"
)


def _kept(journal: Journal) -> list[tuple[str, int]]:
    return journal.conn.execute("SELECT day, highest FROM daily_highest ORDER BY day").fetchall()


def test_each_days_highest_score_stays_exact_through_every_kind_of_change(tmp_path):
    """The table the report reads (schema step 11) equals the scores reduced afresh, after
    logging, an import, edits that move a score to another day or change it, deletes, undo,
    and changes made by another SQLite program."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    day = st.integers(1, 4).map(lambda d: f"2026-05-0{d}")
    moment = st.tuples(day, st.sampled_from(["", " 08:00", " 21:30"])).map("".join)
    step = st.one_of(
        st.tuples(st.just("add"), moment, st.integers(0, 10)),
        st.tuples(st.just("import"), st.lists(st.tuples(moment, st.integers(0, 10)), min_size=1, max_size=4)),
        st.tuples(st.just("symptom"), moment),
        st.tuples(st.just("edit"), st.integers(0, 30), moment, st.integers(0, 10)),
        st.tuples(st.just("delete"), st.integers(0, 30)),
        st.tuples(st.just("undo")),
        st.tuples(st.just("other program"), st.integers(0, 30), day, st.sampled_from(["fatigue", "symptom"])),
    )

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(step, max_size=12))
    def check(steps):
        path = tmp_path / "j.db"
        path.unlink(missing_ok=True)
        with Journal.open(path, write=True) as journal:
            for kind, *args in steps:
                ids = [e.id for e in journal.entries()]
                pick = ids[args[0] % len(ids)] if ids and kind in ("edit", "delete", "other program") else None
                if kind == "add":
                    journal.add(fatigue(args[1], args[0]))
                elif kind == "import":
                    journal.add_many([fatigue(score, when) for when, score in args[0]])
                elif kind == "symptom":
                    journal.add(Entry(type="symptom", date=args[0], name="rash"))
                elif kind == "edit" and pick and journal.get(pick).type == "fatigue":
                    journal.update(pick, when=datetime.fromisoformat(args[1]) if " " in args[1] else date.fromisoformat(args[1]), value=args[2])
                elif kind == "delete" and pick:
                    journal.delete(pick)
                elif kind == "undo" and journal.last_action():
                    journal.undo(journal.last_action())
                elif kind == "other program" and pick:
                    with journal.transaction() as conn:
                        conn.execute("UPDATE entries SET date = ?, type = ?, value = 3 WHERE id = ?", (args[1], args[2], pick))
                assert _kept(journal) == journal.conn.execute(_GROUPED).fetchall()

    check()


def test_an_older_journal_gains_each_days_highest_score_when_opened(tmp_path):
    path = tmp_path / "j.db"
    with Journal.open(path, write=True) as journal:
        journal.add_many([fatigue(4, "2026-05-01 08:00"), fatigue(6, "2026-05-01 20:00"), fatigue(2, "2026-05-03")])
        for trigger in ("added", "removed", "changed"):  # as a journal from before step 11
            journal.conn.execute(f"DROP TRIGGER daily_highest_{trigger}")
        journal.conn.execute("DROP TABLE daily_highest")
        journal.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm011_daily_highest'")
        journal.conn.commit()
    with Journal.open(path, write=False) as journal:
        assert _kept(journal) == [("2026-05-01", 6), ("2026-05-03", 2)]


# -- the journal's own id (step 13) -------------------------------------------------


def test_each_journal_gets_its_own_id_and_copies_and_backups_keep_it(tmp_path):
    import shutil
    import uuid

    first, second = tmp_path / "a.db", tmp_path / "b.db"
    with Journal.open(first, write=True) as journal:
        journal.add(fatigue(4))
        made = journal.journal_id()
        journal.backup(tmp_path / "backup.db")
    assert str(uuid.UUID(made)) == made  # random, a UUID
    with Journal.open(second, write=True) as journal:
        assert journal.journal_id() != made
    shutil.copy(first, tmp_path / "copy.db")
    for kept in ("a.db", "backup.db", "copy.db"):
        with Journal.open(tmp_path / kept) as journal:
            assert journal.journal_id() == made, kept


def test_an_older_journal_gains_an_id_once(tmp_path):
    path = tmp_path / "old.db"
    with Journal.open(path, write=True) as journal:  # as a journal from before step 13
        journal.add(fatigue(4))
        journal.conn.execute("DROP TABLE journal_id")
        journal.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm013_journal_id'")
        journal.conn.commit()
    with Journal.open(path) as journal:
        given = journal.journal_id()
        assert journal.count() == 1
    with Journal.open(path) as journal:
        assert journal.journal_id() == given


def test_a_journal_that_took_the_sync_step_before_the_lab_step_keeps_its_uid_trigger():
    """A journal made by a development build took step 15 (sync's uid) before step 14 (a copy of
    the table, which drops every trigger): step 14 makes the uid trigger again, so a new entry
    still gets its stable id."""
    from sqlite_utils.migrations import Migrations

    db = Database(memory=True)
    early = Migrations("ocrelog")
    for step in STEPS:
        if step.__name__ != "m014_labs_vaccines":
            early()(step)
    early.apply(db)
    migrations().apply(db)
    db.execute("INSERT INTO entries (type, date, value, logged_at) VALUES ('fatigue', '2026-05-15', 4, 'x')")
    assert db.execute("SELECT uid FROM entries").fetchone()[0]


def test_undo_of_a_per_kind_mark_keeps_a_kind_marked_since_on_another_computer(tmp_path):
    """Undo takes back the kinds its change marked; a kind synced in since stays marked."""
    import json

    from ocrelog.entries import handled_signs_of

    with Journal.open(tmp_path / "j.db", write=True) as journal:
        entry = journal.add(Entry(type="symptom", date="2026-05-10", name="diarrhoea and dark urine"))
        journal.mark_many_handled([(entry.id, "bowel")], date(2026, 5, 11), "gastro bug", "marked #1")
        both = {"bowel": ["2026-05-11", "gastro bug"], "liver": ["2026-05-12", "bloods done"]}
        with journal.transaction():  # as sync writes a mark that came in: no action of this journal
            journal.conn.execute("UPDATE entries SET handled_signs = ? WHERE id = ?", (json.dumps(both), entry.id))
        journal.undo(journal.last_action())  # type: ignore[arg-type]
        assert journal.get(entry.id).handled_signs == handled_signs_of(json.dumps({"liver": both["liver"]}))


def test_the_entry_types_that_may_show_a_sign_are_one_list_in_the_code_and_the_query():
    """record.SIGN_TYPES decides when feel reads words at all; journal.WITH_WORDS which entries status
    --short reads: if one changed without the other, a sign would go unread in one of them."""
    import re

    from ocrelog.journal import WITH_WORDS
    from ocrelog.usecases.record import SIGN_TYPES

    assert tuple(re.findall(r"'(\w+)'", WITH_WORDS)) == SIGN_TYPES
