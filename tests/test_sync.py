"""`ocrelog sync`: journals on several computers (temporary folders) merged through one synced
folder; every hazard a sync service creates skipped with one line, nothing stored changed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import one_sentence
from ocrelog import sealing, sync
from ocrelog.entries import Entry, handled_signs_text
from ocrelog.errors import EXIT_FILE, EXIT_KEY
from ocrelog.journal import Journal

KEY = sealing.new_key()
DAY = date.today() - timedelta(days=3)


def at(hour: int) -> str:
    return f"{DAY.isoformat()}T{hour:02d}:00"


def exported(path: Path) -> list[str]:
    """The journal's entries as `export --format json` writes them, without the local id (each
    journal numbers its own entries), sorted: what must be the same on every computer."""
    from ocrelog.usecases.move import export

    with Journal.open(path) as journal:
        text = "".join(export(journal, "json", datetime.now()).chunks)
    rows = json.loads(text)
    for row in rows:
        del row["id"]
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def synced(path: Path, folder: Path, key: sealing.Key = KEY) -> sync.Outcome:
    with Journal.open(path, write=True) as journal:
        return sync.sync(journal, folder, key)


def add(path: Path, entry: Entry) -> int:
    with Journal.open(path, write=True) as journal:
        return journal.add(entry).id or 0


def table(path: Path, sql: str) -> list:
    with Journal.open(path) as journal:
        return journal.conn.execute(sql).fetchall()


def everything(path: Path) -> list:
    """What a run must leave as it was when it changes nothing: entries, files noted, state."""
    return [table(path, f"SELECT * FROM {name} ORDER BY 1, 2") for name in ("entries", "sync_files", "usual")] + [
        table(path, "SELECT doc, written, seq FROM sync_state")
    ]


@pytest.fixture
def machines(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """Three journals (three computers) and the folder a sync service shares between them."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder, tmp_path / "a" / "journal.db", tmp_path / "b" / "journal.db", tmp_path / "c" / "journal.db"


# -- through the command line ---------------------------------------------------------------


def test_two_computers_set_up_with_the_printed_line_end_with_the_same_entries(run, machines):
    folder, a, b, _ = machines
    run("--db", str(a), "feel", "6", "--on", at(9))
    run("--db", str(a), "symptom", "rash", "--note", "itchy arm", "--on", at(10))
    made = run("--db", str(a), "sync", str(folder), "--init")
    line = made.stdout.strip()
    assert line.startswith(f"ocrelog sync {folder} --key AGE-SECRET-KEY-1")
    assert "Synced: 0 entries in, 2 out." in made.stderr
    assert oct(os.stat(sealing.key_file(a)).st_mode & 0o777) == "0o600"
    run("--db", str(b), "feel", "3", "--on", at(11))
    joined = run("--db", str(b), "sync", str(folder), "--key", line.split()[-1])
    assert "Synced: 2 entries in, 1 out, from 1 other journal." in joined.stderr
    assert "Synced: 1 entry in, 0 out, from 1 other journal." in run("--db", str(a), "sync", str(folder)).stderr
    assert exported(a) == exported(b) and len(exported(a)) == 3
    # Nothing else in DIR is touched, and every file is encrypted.
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert all(p.parent.parent == folder / "ocrelog-sync" and p.suffix == ".age" for p in files)
    assert all(p.read_bytes().startswith(sealing.AGE_MAGIC) for p in files)
    assert not any(b"rash" in p.read_bytes() for p in files)


def test_blood_tests_vaccinations_and_a_booked_blood_test_sync_like_any_entry(run, machines):
    """Issue 38's entries are rows like the others: their unit, range, result and live columns travel."""
    folder, a, b, _ = machines
    run("--db", str(a), "lab", "igg", "6.2", "--range", "7-16", "--on", at(9))
    run("--db", str(a), "lab", "hbsag", "negative", "--on", at(9))
    run("--db", str(a), "vaccine", "mmr", "--live", "--force", "--on", at(10))
    made = run("--db", str(a), "sync", str(folder), "--init")
    run("--db", str(b), "sync", str(folder), "--key", made.stdout.split()[-1])
    assert exported(a) == exported(b) and len(exported(a)) == 3
    listed = run("--db", str(b), "log", "--json").stdout
    assert '"range": {"low": 7.0, "high": 16.0}' in listed and '"flag": "below"' in listed and '"live": true' in listed


def test_syncing_twice_changes_nothing_and_writes_no_file(run, machines):
    folder, a, b, _ = machines
    run("--db", str(a), "feel", "6")
    key = run("--db", str(a), "sync", str(folder), "--init").stdout.split()[-1]
    run("--db", str(b), "sync", str(folder), "--key", key)
    run("--db", str(a), "sync", str(folder))
    before, files = everything(a), sorted(folder.rglob("*"))
    for path in (a, b, a):
        assert run("--db", str(path), "sync", str(folder)).stderr.strip() == "Synced: nothing new."
    assert everything(a) == before and sorted(folder.rglob("*")) == files


def test_a_usual_symptom_sent_is_said_not_nothing_new(run, machines):
    folder, a, b, _ = machines
    run("--db", str(a), "feel", "6")
    key = run("--db", str(a), "sync", str(folder), "--init").stdout.split()[-1]
    run("--db", str(b), "sync", str(folder), "--key", key)
    run("--db", str(a), "usual", "add", "tingling")
    sent = run("--db", str(a), "sync", str(folder)).stderr.strip()
    assert sent == "Synced: 0 entries in, 0 out; sent 1 setting or usual symptom."
    came = run("--db", str(b), "sync", str(folder)).stderr.strip()
    assert "(1 setting or usual symptom too)" in came


def test_sync_dir_from_config_lets_sync_run_alone(run, machines):
    folder, a, _, _ = machines
    run("--db", str(a), "sync", str(folder), "--init")
    run("--db", str(a), "config", "sync_dir", str(folder))
    run("--db", str(a), "feel", "4")
    assert "1 out" in run("--db", str(a), "sync").stderr


def test_sync_without_a_key_or_a_folder_is_one_sentence(run, machines):
    folder, a, _, _ = machines
    assert "no key for sync yet" in one_sentence(run("--db", str(a), "sync", str(folder), code=EXIT_KEY), EXIT_KEY)
    assert "synced folder" in one_sentence(run("--db", str(a), "sync", code=2), 2)
    assert "does not exist" in one_sentence(run("--db", str(a), "sync", str(folder / "nope"), code=2), 2)
    assert not a.exists()


def test_a_wrong_key_is_one_sentence_and_changes_nothing(run, machines):
    folder, a, b, _ = machines
    run("--db", str(a), "feel", "6")
    run("--db", str(a), "sync", str(folder), "--init")
    run("--db", str(b), "feel", "2")
    other = sealing.new_key().secret
    before = sorted(folder.rglob("*"))
    result = run("--db", str(b), "sync", str(folder), "--key", other, code=EXIT_KEY)
    assert "does not open the files" in one_sentence(result, EXIT_KEY, only=False)
    assert sorted(folder.rglob("*")) == before  # no file of b's written
    assert table(b, "SELECT count(*) FROM entries") == [(1,)] and table(b, "SELECT * FROM sync_files") == []
    # The wrong key was not kept, so the right one is taken at once (it used to be refused).
    assert "not kept" in one_sentence(result, EXIT_KEY, only=False)
    assert not sealing.key_file(b).exists()
    right = run("--db", str(a), "sync", str(folder), "--init").stdout.split()[-1]
    joined = run("--db", str(b), "sync", str(folder), "--key", right)
    assert "Kept the key" in joined.stderr and exported(a) != [] and len(exported(b)) == 2
    # A key file is never replaced by another key.
    assert "never replaces a key file" in one_sentence(
        run("--db", str(b), "sync", str(folder), "--key", other, code=EXIT_KEY), EXIT_KEY
    )


def test_a_passphrase_opens_the_key_left_in_the_folder(run, machines, monkeypatch):
    folder, a, b, _ = machines
    monkeypatch.setenv(sealing.ENV_PASSPHRASE, "correct horse battery staple")
    run("--db", str(a), "feel", "6")
    line = run("--db", str(a), "sync", str(folder), "--init", "--passphrase").stdout.strip()
    assert line == f"ocrelog sync {folder} --passphrase"
    assert (folder / "ocrelog-sync" / "key.age").read_bytes().startswith(sealing.AGE_MAGIC)
    monkeypatch.setenv(sealing.ENV_PASSPHRASE, "wrong")
    assert "passphrase does not open" in one_sentence(
        run("--db", str(b), "sync", str(folder), "--passphrase", code=EXIT_KEY), EXIT_KEY
    )
    assert not sealing.key_file(b).exists()
    monkeypatch.setenv(sealing.ENV_PASSPHRASE, "correct horse battery staple")
    run("--db", str(b), "sync", str(folder), "--passphrase")
    assert sealing.read_key(b) == sealing.read_key(a) and exported(a) == exported(b)


# -- what merges ------------------------------------------------------------------------------


def test_edits_deletions_handled_marks_bookings_the_usual_list_and_settings_merge(machines):
    folder, a, b, c = machines
    from ocrelog.config import person_name, set_name, set_writer, writer

    first = add(a, Entry("symptom", at(8), name="fever", note="38.5 and shivering"))
    add(a, Entry("planned", (DAY + timedelta(days=30)).isoformat(), value=600))
    doomed = add(a, Entry("fatigue", at(9), value=7))
    add(a, Entry("symptom", at(10), name="diarrhoea and dark urine"))
    with Journal.open(a, write=True) as journal:
        journal.add_usual("tingling", DAY)
    set_name(a, "Alex Smith")
    set_writer(a, "carer")
    for path in (a, b, c, a):
        synced(path, folder)
    with Journal.open(b, write=True) as journal:
        (fever,) = [e for e in journal.entries() if e.name == "fever"]
        journal.mark_handled(fever.id or 0, DAY, "called my MS team")
        (both,) = [e for e in journal.entries() if e.name == "diarrhoea and dark urine"]
        journal.mark_many_handled([(both.id or 0, "bowel")], DAY, "gastro bug", "marked")  # one kind of two
        journal.remove_usual("tingling")
    with Journal.open(a, write=True) as journal:
        journal.delete(doomed)
        journal.update(first, note="38.5, shivering, better by noon")
    for path in (a, b, c, a, b):
        synced(path, folder)
    assert exported(a) == exported(b) == exported(c)
    rows = [json.loads(row) for row in exported(c)]
    (fever_row,) = [row for row in rows if row["name"] == "fever"]
    assert fever_row["handled_note"] == "called my MS team" and fever_row["note"].endswith("noon")
    (both_row,) = [row for row in rows if row["name"] == "diarrhoea and dark urine"]
    assert both_row["handled_signs"] == {"bowel": {"on": DAY.isoformat(), "note": "gastro bug"}}
    assert sorted(row["type"] for row in rows) == ["planned", "symptom", "symptom"]
    assert table(c, "SELECT text FROM usual") == [] == table(a, "SELECT text FROM usual")
    assert person_name(c) == "Alex Smith" and writer(c) == "carer"


def test_two_edits_of_one_entry_made_apart_end_the_same_everywhere(machines):
    folder, a, b, c = machines
    add(a, Entry("symptom", at(8), name="headache", note="mild"))
    for path in (a, b, c):
        synced(path, folder)

    def edit(path: Path, **changes: object) -> None:
        with Journal.open(path, write=True) as journal:
            (entry,) = journal.entries()
            journal.update(entry.id or 0, **changes)

    edit(a, note="worse at night")  # the same field, apart
    edit(b, note="gone by lunch")
    edit(c, value=None, name="migraine")  # another field: kept with either note
    for path in (a, b, c, a, b):
        synced(path, folder)
    assert exported(a) == exported(b) == exported(c)
    (row,) = [json.loads(r) for r in exported(a)]
    assert row["name"] == "migraine" and row["note"] in ("worse at night", "gone by lunch")


# -- handled marks of one kind: merged a kind at a time ------------------------------------------

BOTH_SIGNS = "diarrhoea and dark urine"  # bowel and liver signs


def marks(path: Path) -> list:
    """The per-kind handled marks as the journal stores them (text: the same bytes everywhere)."""
    return table(path, "SELECT handled_signs FROM entries ORDER BY uid")


def mark_kind(path: Path, kind: str, note: str | None) -> None:
    with Journal.open(path, write=True) as journal:
        (entry,) = [e for e in journal.entries() if e.name == BOTH_SIGNS]
        journal.mark_many_handled([(entry.id or 0, kind)], DAY, note, f"marked {kind}")


def test_two_computers_that_each_mark_another_kind_of_one_entry_keep_both_marks(run, machines):
    """The bowel concern handled on one computer, the liver one on the other before they sync:
    both marks stay on both (the field used to merge as one, keeping one of the two)."""
    folder, a, b, _ = machines
    run("--db", str(a), "symptom", BOTH_SIGNS, "--on", at(9))
    line = run("--db", str(a), "sync", str(folder), "--init").stdout.split()[-1]
    run("--db", str(b), "sync", str(folder), "--key", line)
    today = date.today().isoformat()
    run("--db", str(a), "handled", "--category", "bowel", "--note", "gastro bug")
    run("--db", str(b), "handled", "--category", "liver", "--note", "bloods normal")
    for path in (a, b, a):
        run("--db", str(path), "sync", str(folder))
    both = handled_signs_text((("bowel", today, "gastro bug"), ("liver", today, "bloods normal")))
    assert marks(a) == [(both,)] == marks(b)
    status = json.loads(run("--db", str(b), "status", "--json").stdout)["concerns"]
    assert {c["category"]: bool(c["handled"]) for c in status} == {"bowel": True, "liver": True}


def test_a_mark_of_one_kind_undone_keeps_another_kind_marked_meanwhile(machines):
    """Undo of the bowel mark on one computer, a liver mark on the other: the bowel mark goes,
    the liver one stays, on both (the undo used to take the whole field back)."""
    folder, a, b, _ = machines
    add(a, Entry("symptom", at(9), name=BOTH_SIGNS))
    mark_kind(a, "bowel", "gastro bug")
    synced(a, folder), synced(b, folder)
    assert marks(b) == marks(a) != [(None,)]
    with Journal.open(a, write=True) as journal:
        journal.undo(journal.last_action())  # type: ignore[arg-type]
    mark_kind(b, "liver", "bloods normal")
    for path in (a, b, a):
        synced(path, folder)
    liver = handled_signs_text((("liver", DAY.isoformat(), "bloods normal"),))
    assert marks(a) == [(liver,)] == marks(b)


def test_marks_of_kinds_merged_are_not_sent_again(machines):
    """Once the kinds are merged, every journal stores the same text (a new one too), and syncing
    again writes no file and changes nothing anywhere."""
    folder, a, b, c = machines
    add(a, Entry("symptom", at(9), name=BOTH_SIGNS))
    synced(a, folder), synced(b, folder)
    mark_kind(b, "liver", "prises de sang normales, vu l'hépatologue")
    mark_kind(a, "bowel", None)
    for path in (a, b, a, c):
        synced(path, folder)
    both = handled_signs_text(
        (("bowel", DAY.isoformat(), None), ("liver", DAY.isoformat(), "prises de sang normales, vu l'hépatologue"))
    )
    assert marks(a) == marks(b) == marks(c) == [(both,)]
    before, files = [everything(path) for path in (a, b, c)], sorted(folder.rglob("*"))
    for path in (a, b, c, a):
        assert synced(path, folder).wrote is None
    assert [everything(path) for path in (a, b, c)] == before and sorted(folder.rglob("*")) == files


def test_marks_an_older_ocrelog_wrote_as_one_field_still_read_under_the_kinds(machines):
    """An older ocrelog writes the whole field ("<uid>/handled_signs"); the kinds a newer one
    marked since go on top of it."""
    folder, a, b, c = machines
    add(a, Entry("symptom", at(9), name=BOTH_SIGNS))
    synced(a, folder), synced(b, folder)
    (uid,), (state,) = table(a, "SELECT uid FROM entries")[0], table(a, "SELECT doc FROM sync_state")[0]
    from pycrdt import Doc, Map

    doc = Doc()  # a journal of an older ocrelog, that marked the bowel kind
    doc.apply_update(state)
    written = doc.get_state()
    older = handled_signs_text((("bowel", DAY.isoformat(), "gastro bug"),))
    doc.get("fields", type=Map)[f"{uid}/handled_signs"] = older
    sync._write_file(folder / "ocrelog-sync" / "older", "00000001-abcdef01.age",
                     {"format": sync.FORMAT, "journal": "older", "seq": 1}, doc.get_update(written), KEY)
    mark_kind(b, "liver", "bloods normal")
    synced(b, folder), synced(a, folder), synced(c, folder)
    both = handled_signs_text((("bowel", DAY.isoformat(), "gastro bug"), ("liver", DAY.isoformat(), "bloods normal")))
    assert marks(a) == marks(b) == marks(c) == [(both,)]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("handled_signs", "not JSON"),  # the whole field, as an older ocrelog writes it
        ("handled_signs", '["bowel"]'),  # not an object
        ("handled_signs/bowel", "2026-05-07"),  # not [day, note]
        ("handled_signs/bowel", 5),
        ("handled_signs/bowel", [DAY.isoformat()]),
        ("handled_signs/bowel", ["the 7th", None]),  # not a day
        ("handled_signs/bowel", [DAY.isoformat(), 7]),  # a note that is not text
        ("handled_signs/eyes", [DAY.isoformat(), "seen"]),  # not a kind of warning sign (a newer ocrelog's)
    ],
)
def test_a_handled_mark_this_ocrelog_cannot_read_is_left_out_and_the_rest_arrives(machines, key, value):
    """A document another ocrelog wrote (a newer one, or a damaged file) with a mark this one
    cannot read: sync ends as usual, the mark is left out of the journal as a column it does not
    know would be, the entry's other changes arrive, and a mark made here still syncs (sync used
    to stop with a traceback, or write the mark into the journal as it came)."""
    folder, a, b, _ = machines
    add(a, Entry("symptom", at(9), name=BOTH_SIGNS))
    synced(a, folder), synced(b, folder)
    (uid,), (state,) = table(a, "SELECT uid FROM entries")[0], table(a, "SELECT doc FROM sync_state")[0]
    from pycrdt import Doc, Map

    doc = Doc()
    doc.apply_update(state)
    written = doc.get_state()
    fields = doc.get("fields", type=Map)
    fields[f"{uid}/note"] = "seen by the GP"
    fields[f"{uid}/handled_signs/liver"] = [DAY.isoformat(), "bloods normal"]
    fields[f"{uid}/{key}"] = value
    sync._write_file(folder / "ocrelog-sync" / "other", "00000001-abcdef01.age",
                     {"format": sync.FORMAT, "journal": "other", "seq": 1}, doc.get_update(written), KEY)
    synced(a, folder), synced(b, folder)
    liver = handled_signs_text((("liver", DAY.isoformat(), "bloods normal"),))
    for path in (a, b):
        assert table(path, "SELECT note, handled_signs FROM entries") == [("seen by the GP", liver)]
    mark_kind(b, "bowel", "gastro bug")
    for path in (b, a, b):
        synced(path, folder)
    both = handled_signs_text((("bowel", DAY.isoformat(), "gastro bug"), ("liver", DAY.isoformat(), "bloods normal")))
    assert marks(a) == marks(b) == [(both,)]
    assert synced(a, folder).wrote is None and synced(b, folder).wrote is None


def test_undo_on_one_computer_is_a_change_that_syncs(machines):
    folder, a, b, _ = machines
    add(a, Entry("fatigue", at(9), value=5))
    synced(a, folder), synced(b, folder)
    with Journal.open(b, write=True) as journal:
        (entry,) = journal.entries()
        journal.delete(entry.id or 0)
    synced(b, folder), synced(a, folder)
    assert exported(a) == [] == exported(b)
    with Journal.open(b, write=True) as journal:
        journal.undo(journal.last_action())  # type: ignore[arg-type]
    synced(b, folder), synced(a, folder)
    assert len(exported(a)) == 1 and exported(a) == exported(b)


def test_a_clock_wrong_by_days_does_not_decide_which_edit_wins(machines, monkeypatch):
    """The later edit (made after seeing the other) wins, whatever the computer's clock says."""
    folder, a, b, _ = machines
    add(a, Entry("symptom", at(8), name="rash", note="first"))
    synced(a, folder), synced(b, folder)
    with Journal.open(a, write=True) as journal:
        (entry,) = journal.entries()
        journal.update(entry.id or 0, note="second, on a clock that is right")
    synced(a, folder), synced(b, folder)
    monkeypatch.setattr("ocrelog.journal._now_utc", lambda: "2001-01-01T00:00:00+00:00")  # days (years) behind
    with Journal.open(b, write=True) as journal:
        (entry,) = journal.entries()
        journal.update(entry.id or 0, note="third, on a clock years behind")
    synced(b, folder), synced(a, folder)
    assert [json.loads(r)["note"] for r in exported(a)] == ["third, on a clock years behind"]
    assert exported(a) == exported(b)


def test_existing_entries_get_stable_ids_and_every_new_row_gets_one(machines):
    _, a, _, _ = machines
    with Journal.open(a, write=True) as journal:
        journal.add_many([Entry("fatigue", at(h), value=h % 10) for h in range(5)])
        journal.delete(1)
        journal.undo(journal.last_action())  # type: ignore[arg-type]
    uids = [uid for (uid,) in table(a, "SELECT uid FROM entries")]
    assert len(uids) == 5 and len(set(uids)) == 5 and all(len(uid) == 32 for uid in uids)


# -- random interleavings: every journal ends with the same entries -------------------------------

OPS = st.lists(
    st.tuples(
        # sync three times as often as the rest: most changes then meet changes already synced
        st.sampled_from(["feel", "symptom", "edit", "delete", "undo", "handled", "kind", "usual", *["sync"] * 3]),
        st.integers(0, 2),  # which computer
        st.integers(0, 10),  # a score, an hour, which entry
    ),
    min_size=6,
    max_size=30,
)
#: Changes of entries another journal has already (each of these failed once a part of sync was broken).
AFTER_A_SYNC = [
    [("feel", 0, 1), ("sync", 0, 0), ("sync", 1, 0), (op, 0, 3), ("sync", 0, 0), (op, 1, 4)]
    for op in ("edit", "delete", "handled", "undo")
]
#: A deletion undone after the other journal's change of the entry arrived under it.
UNDONE_DELETION = [
    ("feel", 0, 1), ("sync", 0, 0), ("sync", 1, 0), ("delete", 1, 0), ("sync", 1, 0),
    ("edit", 0, 0), ("sync", 0, 0), ("sync", 1, 0), ("undo", 1, 0),
]


def _apply(op: str, path: Path, n: int, folder: Path) -> None:
    if op == "sync":
        synced(path, folder)
        return
    with Journal.open(path, write=True) as journal:
        existing = journal.entries()
        target = existing[n % len(existing)].id if existing else None
        if op == "feel":
            journal.add(Entry("fatigue", at(n), value=n))
        elif op == "symptom":
            journal.add(Entry("symptom", at(n), name="numbness", note=f"left hand {n}"))
        elif op == "usual":
            journal.add_usual(f"pins {n % 3}", DAY) or journal.remove_usual(f"pins {n % 3}")
        elif target is not None and op == "edit":
            journal.update(target, note=f"changed {n}")
        elif target is not None and op == "delete":
            journal.delete(target)
        elif target is not None and op == "handled":
            journal.mark_handled(target, DAY, f"seen {n}")
        elif target is not None and op == "kind":  # one kind of its signs, as 'handled --category' marks
            journal.mark_many_handled([(target, ("bowel", "liver", "infection")[n % 3])], DAY, f"seen {n}", "marked")
        elif op == "undo" and journal.last_action() is not None:
            journal.undo(journal.last_action())  # type: ignore[arg-type]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS, count=st.sampled_from([2, 3]))
@example(ops=AFTER_A_SYNC[0], count=2)
@example(ops=AFTER_A_SYNC[1], count=3)
@example(ops=AFTER_A_SYNC[2], count=2)
@example(ops=AFTER_A_SYNC[3], count=3)
@example(ops=UNDONE_DELETION, count=2)
def test_random_interleavings_end_with_the_same_entries_on_every_journal(ops, count):
    with tempfile.TemporaryDirectory() as where:
        folder = Path(where) / "Sync"
        folder.mkdir()
        paths = [Path(where) / f"m{i}" / "journal.db" for i in range(count)]
        for op, which, n in ops:
            _apply(op, paths[which % count], n, folder)
        for _ in range(2):  # everyone syncs, then everyone again: all files reach all
            for path in paths:
                synced(path, folder)
        first = exported(paths[0])
        assert all(exported(path) == first for path in paths[1:])
        usual = [table(path, "SELECT text FROM usual ORDER BY text") for path in paths]
        assert all(each == usual[0] for each in usual)
        assert all(synced(path, folder).wrote is None for path in paths)  # idempotent


# -- the hazards of synced folders ---------------------------------------------------------------


def _two_synced(folder: Path, a: Path, b: Path) -> Path:
    """a and b synced once; a then adds an entry and syncs: the file b has not read yet."""
    add(a, Entry("fatigue", at(9), value=5))
    synced(a, folder), synced(b, folder)
    add(a, Entry("symptom", at(10), name="cough"))
    wrote = synced(a, folder).wrote
    assert wrote is not None
    return wrote


def test_a_file_still_being_written_is_skipped_with_one_warning_and_read_next_time(machines):
    folder, a, b, _ = machines
    newest = _two_synced(folder, a, b)
    whole = newest.read_bytes()
    temporary = newest.with_name(f".{newest.name}.4242.ocrelog-tmp")
    newest.rename(temporary)
    for other in (".DS_Store", "desktop.ini", "README.txt"):  # what else a folder may hold: left alone, unsaid
        (newest.parent / other).write_text("not ours")
    before = everything(b)
    outcome = synced(b, folder)
    assert [w for w in outcome.warnings if "still being written" in w] and len(outcome.warnings) == 1
    assert everything(b) == before
    temporary.unlink()
    newest.write_bytes(whole[: len(whole) // 2])  # cut short: age's check fails
    outcome = synced(b, folder)
    assert len(outcome.warnings) == 1 and "incomplete or was changed" in outcome.warnings[0]
    assert everything(b) == before
    newest.write_bytes(whole)  # the service finished copying it
    assert synced(b, folder).entries_in == 1 and exported(a) == exported(b)


@pytest.mark.parametrize(
    "copy_name",
    [
        "{stem} (conflicted copy 2026-12-01).age",  # Dropbox
        "{stem}.sync-conflict-20261201-101010-ABCDEFG.age",  # Syncthing
        "{stem}_conflict-20261201-101010.age",  # Nextcloud
    ],
)
def test_a_conflicted_copy_is_skipped_with_a_warning_and_never_applied(machines, copy_name):
    folder, a, b, c = machines
    newest = _two_synced(folder, a, b)
    synced(b, folder)
    # A copy the service made of a file with another entry in it (a second writer).
    add(c, Entry("symptom", at(11), name="should not arrive"))
    other = synced(c, folder).wrote
    assert other is not None
    copy = newest.with_name(copy_name.format(stem=newest.stem))
    shutil.move(other, copy)
    before = everything(b)
    for _ in range(2):
        outcome = synced(b, folder)
        assert len(outcome.warnings) == 1 and "a copy the sync service made" in outcome.warnings[0]
    assert everything(b) == before


def _rewrite(path: Path, change) -> None:
    plain = sealing.unseal(path.read_bytes(), KEY)
    path.write_bytes(sealing.seal(change(plain), KEY))


def test_a_file_from_a_newer_ocrelog_is_skipped(machines):
    folder, a, b, _ = machines
    newest = _two_synced(folder, a, b)
    _rewrite(newest, lambda plain: plain.replace(b'"format": 1', b'"format": 2', 1))
    before = everything(b)
    outcome = synced(b, folder)
    assert len(outcome.warnings) == 1 and "a newer ocrelog wrote it" in outcome.warnings[0]
    assert everything(b) == before


def test_a_tampered_file_is_skipped_and_nothing_changes(machines):
    folder, a, b, _ = machines
    newest = _two_synced(folder, a, b)
    data = bytearray(newest.read_bytes())
    data[-30] ^= 0x01  # one bit of the ciphertext changed
    newest.write_bytes(bytes(data))
    before = everything(b)
    for _ in range(2):  # tried again each run, never applied
        outcome = synced(b, folder)
        assert len(outcome.warnings) == 1 and "age's check failed" in outcome.warnings[0]
    assert everything(b) == before


def test_a_copied_journal_writing_with_the_same_id_is_one_sentence_and_new_id_cures_it(run, machines):
    folder, a, b, _ = machines
    run("--db", str(a), "feel", "6")
    key = run("--db", str(a), "sync", str(folder), "--init").stdout.split()[-1]
    b.parent.mkdir()
    shutil.copy(a, b)  # the journal file copied to another computer, with its id
    shutil.copy(sealing.key_file(a), sealing.key_file(b))
    run("--db", str(b), "feel", "2")
    run("--db", str(b), "sync", str(folder))
    run("--db", str(a), "feel", "3")
    before = everything(a)
    message = one_sentence(run("--db", str(a), "sync", str(folder), code=EXIT_FILE), EXIT_FILE)
    assert "Another journal with this journal's id" in message
    assert f"run 'ocrelog sync {folder} --new-id' on this computer" in " ".join(message.split())
    assert everything(a) == before
    run("--db", str(a), "sync", str(folder), "--new-id")  # a writes into a folder of its own from now on
    run("--db", str(b), "sync", str(folder))  # b keeps the old id, alone
    run("--db", str(a), "sync", str(folder))
    assert exported(a) == exported(b) and len(exported(a)) == 3
    assert key  # the key line was printed


def test_a_run_killed_before_its_transaction_ends_leaves_the_journal_as_it_was(machines, monkeypatch):
    folder, a, b, _ = machines
    _two_synced(folder, a, b)
    add(b, Entry("fatigue", at(12), value=8))
    before = everything(b)

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # the moment the journal is written, after b's own file

    monkeypatch.setattr(sync, "_agree", killed)
    with pytest.raises(KeyboardInterrupt):
        synced(b, folder)
    after = everything(b)
    assert after[0] == before[0] and after[2:] == before[2:]  # entries, usual list, state: as they were
    monkeypatch.undo()
    outcome = synced(b, folder)  # the next run completes, its file of the killed run known as its own
    assert outcome.entries_in == 1 and not outcome.warnings
    synced(a, folder)
    assert exported(a) == exported(b) and len(exported(a)) == 3


def test_an_entry_this_ocrelog_cannot_store_is_kept_for_later(machines):
    folder, a, b, _ = machines
    add(a, Entry("fatigue", at(9), value=5))
    synced(a, folder)
    with Journal.open(a, write=True) as journal:  # a newer ocrelog's kind of entry, in the document only
        from pycrdt import Doc, Map

        doc = Doc()
        doc.apply_update(journal.conn.execute("SELECT doc FROM sync_state").fetchone()[0])
        written = doc.get_state()
        entries = doc.get("entries", type=Map)
        entries["f" * 32] = json.dumps({"type": "weather", "date": at(10), "logged_at": at(10), "name": "rain"})
        update = doc.get_update(written)
    sync._write_file(folder / "ocrelog-sync" / table(a, "SELECT id FROM journal_id")[0][0], "00000099-abcdef01.age",
                     {"format": sync.FORMAT, "journal": table(a, "SELECT id FROM journal_id")[0][0], "seq": 99},
                     update, KEY)
    outcome = synced(b, folder)
    assert len(outcome.warnings) == 1 and "kind this ocrelog does not know" in outcome.warnings[0]
    assert table(b, "SELECT type FROM entries") == [("fatigue",)]
    assert table(b, "SELECT uid FROM sync_held") == [("f" * 32,)]


def another_ocrelog_writes(folder: Path, path: Path, change, seq: int = 1) -> None:
    """A file of journal "other", made by hand from ``path``'s document with ``change(entries,
    fields)`` made in it: what another ocrelog (a newer one, a damaged one) could write."""
    from pycrdt import Doc, Map

    doc = Doc()
    doc.apply_update(table(path, "SELECT doc FROM sync_state")[0][0])
    written = doc.get_state()
    change(doc.get("entries", type=Map), doc.get("fields", type=Map))
    sync._write_file(folder / "ocrelog-sync" / "other", f"{seq:08d}-abcdef01.age",
                     {"format": sync.FORMAT, "journal": "other", "seq": seq}, doc.get_update(written), KEY)


def tombstone(path: Path, uid: str) -> object:
    from pycrdt import Doc, Map

    doc = Doc()
    doc.apply_update(table(path, "SELECT doc FROM sync_state")[0][0])
    return doc.get("fields", type=Map).get(f"{uid}/deleted")


@pytest.mark.parametrize("first_row", ["{not JSON", '["rash", "itchy arm"]', ["rash"], 5])
def test_an_entry_whose_first_row_cannot_be_read_is_kept_here_never_deleted(machines, first_row):
    """Another journal's document holds an entry's first-written row that is not a JSON object
    (a damaged file, a newer ocrelog): the entry stays here as it is, held and said, and no
    deletion goes out for it (it used to be removed here, or sync stopped with a traceback)."""
    folder, a, b, _ = machines
    add(a, Entry("symptom", at(9), name="rash", note="itchy arm"))
    synced(a, folder), synced(b, folder)
    ((uid,),) = table(a, "SELECT uid FROM entries")

    def damage(entries, fields):
        entries[uid] = first_row

    another_ocrelog_writes(folder, a, damage)
    for path in (a, b):
        outcome = synced(path, folder)
        assert len(outcome.warnings) == 1 and "cannot read" in outcome.warnings[0]
        assert table(path, "SELECT name, note FROM entries") == [("rash", "itchy arm")]
        assert table(path, "SELECT uid FROM sync_held") == [(uid,)]
    for path in (a, b, a):
        assert synced(path, folder).wrote is None  # nothing to send: no deletion
        assert table(path, "SELECT name, note FROM entries") == [("rash", "itchy arm")]
        assert not tombstone(path, uid)


@pytest.mark.parametrize("marker", ["yes", 1, ["deleted"], {"deleted": True}])
def test_a_tombstone_that_is_not_true_deletes_nothing(machines, marker):
    """Another journal's document marks an entry deleted with something other than true (a
    damaged file, a newer ocrelog): the entry stays on every journal."""
    folder, a, b, _ = machines
    add(a, Entry("symptom", at(9), name="rash", note="itchy arm"))
    synced(a, folder), synced(b, folder)
    ((uid,),) = table(a, "SELECT uid FROM entries")

    def mark(entries, fields):
        fields[f"{uid}/deleted"] = marker

    another_ocrelog_writes(folder, a, mark)
    for path in (a, b, a):
        synced(path, folder)
        assert table(path, "SELECT name, note FROM entries") == [("rash", "itchy arm")]


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("note", ["itchy", "arm"]),  # a list
        ("value", {"score": 5}),  # a map
        ("name", 5),  # a number where the schema has text
        ("value", "seven"),  # text where it has a number
        ("range_low", "low"),
    ],
)
def test_a_value_of_the_wrong_type_is_held_and_sync_goes_on(machines, column, value):
    """A value of another type than its column's, in a change or in a new entry's first row:
    sync ends as usual, the file is noted as applied, the entries are held (the one here stays
    as it is) and written once a value this ocrelog can store comes (a list or map used to stop
    every sync for good; a number or text was stored as it came)."""
    folder, a, b, _ = machines
    add(a, Entry("symptom", at(9), name="rash", note="itchy arm"))
    synced(a, folder), synced(b, folder)
    ((uid,),) = table(a, "SELECT uid FROM entries")
    new = "f" * 32

    def wrong(entries, fields):
        fields[f"{uid}/{column}"] = value
        entries[new] = json.dumps({"type": "symptom", "date": at(10), "logged_at": at(10), "name": "cough", column: value})

    another_ocrelog_writes(folder, a, wrong)
    for path in (a, b):
        outcome = synced(path, folder)
        assert len(outcome.warnings) == 1 and "2 entries" in outcome.warnings[0]
        assert table(path, "SELECT uid, name, note, value, range_low FROM entries") == [
            (uid, "rash", "itchy arm", None, None)
        ]
        assert sorted(table(path, "SELECT uid FROM sync_held")) == sorted([(uid,), (new,)])
        assert ("other", "00000001-abcdef01.age") in table(path, "SELECT folder, name FROM sync_files")
        assert synced(path, folder).wrote is None

    def mended(entries, fields):  # each value as it was first written
        fields[f"{uid}/{column}"] = {"name": "rash", "note": "itchy arm"}.get(column)
        fields[f"{new}/{column}"] = {"name": "cough"}.get(column)

    another_ocrelog_writes(folder, a, mended, seq=2)
    for path in (a, b):
        assert not synced(path, folder).warnings
        assert table(path, "SELECT name FROM entries ORDER BY date") == [("rash",), ("cough",)]
        assert table(path, "SELECT uid FROM sync_held") == []


# -- feel stays as fast as it was -------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "import sys; from ocrelog.cli import main; sys.argv=['ocrelog','feel','6']\n"
        "try:\n    main()\nexcept SystemExit: pass\n",
        "import sys\nimport ocrelog.cli\n",
    ],
    ids=["feel", "import"],
)
def test_feel_imports_nothing_of_sync(code, tmp_path):
    probe = code + "print(sorted(m for m in ('pycrdt', 'pyrage', 'ocrelog.sync', 'ocrelog.sealing', " \
        "'ocrelog.usecases.share') if m in sys.modules))"
    env = {**os.environ, "OCRELOG_DB": str(tmp_path / "j.db")}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_a_file_that_arrives_before_the_one_it_builds_on_is_kept_until_that_one_comes(machines):
    """Sync services deliver files in any order: b's edit of a's entry, read before a's file."""
    folder, a, b, c = machines
    add(a, Entry("symptom", at(8), name="rash", note="small"))
    first = synced(a, folder).wrote
    synced(b, folder)
    with Journal.open(b, write=True) as journal:
        (entry,) = journal.entries()
        journal.update(entry.id or 0, note="spreading")
    synced(b, folder)
    assert first is not None
    hidden = first.rename(first.with_name(".hidden"))  # a's file has not reached c yet
    synced(c, folder)
    assert exported(c) == []
    hidden.rename(first)
    synced(c, folder)
    assert [json.loads(r)["note"] for r in exported(c)] == ["spreading"]


# -- encrypted backups and exports ---------------------------------------------------------------


@pytest.fixture
def keyed_pair(run, machines):
    """Journal a with two entries and a key; journal b empty, with the same key."""
    folder, a, b, _ = machines
    run("--db", str(a), "feel", "6", "--on", at(9))
    run("--db", str(a), "symptom", "rash", "--note", "itchy", "--on", at(10))
    run("--db", str(a), "sync", str(folder), "--init")
    b.parent.mkdir()
    shutil.copy(sealing.key_file(a), sealing.key_file(b))
    return folder.parent, a, b


def test_an_encrypted_export_is_age_and_import_reads_it_with_the_key(run, keyed_pair):
    where, a, b = keyed_pair
    target = where / "journal.csv.age"
    said = run("--db", str(a), "export", "--encrypt", "-o", str(target))
    assert "Exported 2 entries" in said.stderr and "(encrypted)" in said.stderr
    data = target.read_bytes()
    assert data.startswith(sealing.AGE_MAGIC) and b"rash" not in data
    assert oct(os.stat(target).st_mode & 0o777) == "0o600"
    assert "Imported 2 entries" in run("--db", str(b), "import", str(target)).stdout
    assert exported(a) == exported(b)
    run("--db", str(a), "export", "--encrypt", "-o", str(target), code=2)  # never over a file without --force
    assert target.read_bytes() == data


def test_an_encrypted_backup_brings_every_entry_back_into_an_empty_journal(run, keyed_pair):
    where, a, b = keyed_pair
    said = run("--db", str(a), "backup", "--encrypt", str(where))
    (backup,) = where.glob("journal-backup-*.db.age")
    assert str(backup) in said.stdout and backup.read_bytes().startswith(sealing.AGE_MAGIC)
    assert not [p for p in where.iterdir() if p.name.startswith(".ocrelog-backup-")]  # no plain copy left
    run("--db", str(b), "import", str(backup))
    assert exported(a) == exported(b)


@pytest.fixture
def quick_passphrase(monkeypatch):
    """age's scrypt is slow on purpose (about 1.5 s of CPU a use): the key-file test above runs it
    for real, and tests of what the commands do around it run this stand-in, which keeps age's
    header (so the file reads as passphrase-sealed) and opens only with the same passphrase."""
    import hashlib

    def seal(data: bytes, passphrase: str) -> bytes:
        return sealing.AGE_MAGIC + b"-> scrypt test\n" + hashlib.sha256(passphrase.encode()).digest() + data

    def unseal(data: bytes, passphrase: str, what: str) -> bytes:
        head = sealing.AGE_MAGIC + b"-> scrypt test\n" + hashlib.sha256(passphrase.encode()).digest()
        if not data.startswith(head):
            raise sealing.WrongKey(f"The passphrase does not open {what} (or the file is damaged)")
        return data[len(head) :]

    monkeypatch.setattr(sealing, "seal_with_passphrase", seal)
    monkeypatch.setattr(sealing, "unseal_with_passphrase", unseal)


def test_a_passphrase_export_is_read_back_with_the_passphrase_only(run, keyed_pair, monkeypatch, quick_passphrase):
    where, a, b = keyed_pair
    target = where / "for-the-clinic.json.age"
    monkeypatch.setenv(sealing.ENV_PASSPHRASE, "a long passphrase")
    run("--db", str(a), "export", "--format", "json", "--encrypt", "--passphrase", "-o", str(target))
    monkeypatch.setenv(sealing.ENV_PASSPHRASE, "another")
    assert "passphrase does not open" in one_sentence(run("--db", str(b), "import", str(target), code=EXIT_KEY), EXIT_KEY)
    monkeypatch.setenv(sealing.ENV_PASSPHRASE, "a long passphrase")
    run("--db", str(b), "import", str(target))
    assert exported(a) == exported(b)


def test_encrypting_without_a_key_or_a_file_is_one_sentence(run, machines):
    folder, a, _, _ = machines
    run("--db", str(a), "feel", "6")
    target = folder / "x.csv.age"
    assert "no key to encrypt" in one_sentence(
        run("--db", str(a), "export", "--encrypt", "-o", str(target), code=EXIT_KEY), EXIT_KEY
    )
    assert "add --output" in one_sentence(run("--db", str(a), "export", "--encrypt", code=2), 2)
    assert "goes with --encrypt" in one_sentence(run("--db", str(a), "backup", "--passphrase", code=2), 2)
    assert not target.exists()


def test_a_changed_encrypted_file_is_not_imported(run, keyed_pair):
    where, a, b = keyed_pair
    target = where / "journal.csv.age"
    run("--db", str(a), "export", "--encrypt", "-o", str(target))
    data = bytearray(target.read_bytes())
    data[-20] ^= 0x01
    target.write_bytes(bytes(data))
    assert "age's check failed" in one_sentence(run("--db", str(b), "import", str(target), code=2), 2)
    assert not b.exists() or exported(b) == []


def test_after_a_lost_key_a_new_key_and_new_ids_bring_everything_to_a_new_computer(run, machines):
    """docs/journal.md, "If a key is lost": the folder emptied, a new key, --new-id everywhere."""
    folder, a, b, c = machines
    run("--db", str(a), "feel", "6", "--on", at(9))
    key = run("--db", str(a), "sync", str(folder), "--init").stdout.split()[-1]
    run("--db", str(b), "symptom", "cough", "--on", at(10))
    run("--db", str(b), "sync", str(folder), "--key", key)
    run("--db", str(a), "sync", str(folder))
    shutil.rmtree(folder / "ocrelog-sync")
    for path in (a, b):
        sealing.key_file(path).unlink()
    new = run("--db", str(a), "sync", str(folder), "--init", "--new-id").stdout.split()[-1]
    run("--db", str(b), "sync", str(folder), "--key", new, "--new-id")
    run("--db", str(c), "sync", str(folder), "--key", new)
    assert exported(c) == exported(a) == exported(b) and len(exported(c)) == 2


def test_a_journal_with_nothing_to_give_writes_no_file(machines):
    folder, a, b, _ = machines
    add(a, Entry("fatigue", at(9), value=5))
    synced(a, folder)
    with Journal.open(b, write=True):
        pass  # an empty journal
    assert synced(b, folder).wrote is None and synced(b, folder).wrote is None
    assert [p.parent.name for p in folder.rglob("*.age")] == [table(a, "SELECT id FROM journal_id")[0][0]]


def test_a_change_made_while_sync_runs_is_carried_by_the_next_run(machines, monkeypatch):
    folder, a, b, _ = machines
    first = add(a, Entry("symptom", at(8), name="rash", note="small"))
    synced(a, folder), synced(b, folder)
    with Journal.open(a, write=True) as journal:
        journal.update(first, note="bigger")
    real = sync._write_file

    def meanwhile(*args: object, **kwargs: object) -> Path:
        with Journal.open(a, write=True) as other:  # another ocrelog command, while sync writes its file
            other.update(first, note="bigger still")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sync, "_write_file", meanwhile)
    synced(a, folder)
    monkeypatch.undo()
    synced(a, folder), synced(b, folder)
    assert [json.loads(r)["note"] for r in exported(b)] == ["bigger still"]


# -- from a review: what a person setting it up gets wrong -------------------------------------


def test_a_journal_inside_the_synced_folder_is_refused(run, tmp_path):
    """The journal and its key beside it would be uploaded with the files the key protects."""
    inside = tmp_path / "Dropbox"
    inside.mkdir()
    said = one_sentence(run("--db", str(inside / "journal.db"), "sync", str(inside), "--init", code=2), 2)
    assert "inside the synced folder" in said
    assert not (inside / "journal.db.key").exists() and not (inside / "ocrelog-sync").exists()


def test_an_encrypted_backup_never_writes_a_plain_copy_into_the_target_folder(run, machines, monkeypatch):
    folder, a, _, _ = machines
    run("--db", str(a), "feel", "6")
    run("--db", str(a), "sync", str(folder), "--init")
    copies = []
    real = Journal.backup

    def watched(self, destination, **kwargs):
        copies.append(Path(destination))
        return real(self, destination, **kwargs)

    monkeypatch.setattr(Journal, "backup", watched)
    run("--db", str(a), "backup", "--encrypt", str(folder / "backup.db.age"))
    assert copies and all(not copy.is_relative_to(folder) for copy in copies)
    assert sorted(p.name for p in folder.iterdir()) == ["backup.db.age", "ocrelog-sync"]


def test_init_by_mistake_on_a_second_computer_keeps_no_key(run, machines):
    """'--init' where another journal's files are already: its new key opens none of them; it is
    not kept, so the right line works next."""
    folder, a, b, _ = machines
    run("--db", str(a), "feel", "6")
    right = run("--db", str(a), "sync", str(folder), "--init").stdout.split()[-1]
    run("--db", str(b), "sync", str(folder), "--init", code=EXIT_KEY)
    assert not sealing.key_file(b).exists()
    run("--db", str(b), "sync", str(folder), "--key", right)
    assert exported(a) == exported(b)


def test_a_journal_folder_written_with_another_key_is_skipped_and_the_rest_sync(machines, tmp_path):
    """A third computer ran 'sync --init' elsewhere, and its folder came into the shared one: the
    two journals that share a key go on syncing, each told once which folder it skips."""
    folder, a, b, c = machines
    add(a, Entry("fatigue", at(9), value=5))
    synced(a, folder)
    add(b, Entry("fatigue", at(10), value=3))
    synced(b, folder)
    synced(a, folder)
    elsewhere = tmp_path / "Elsewhere"
    elsewhere.mkdir()
    add(c, Entry("fatigue", at(11), value=7))
    synced(c, elsewhere, sealing.new_key())  # a key of its own, made by a mistaken --init
    shutil.copytree(sync.folder_of(elsewhere), sync.folder_of(folder), dirs_exist_ok=True)
    add(a, Entry("fatigue", at(12), value=4))
    outcome = synced(a, folder)
    assert any("a key of its own" in warning for warning in outcome.warnings)
    synced(b, folder)
    assert exported(a) == exported(b) and len(exported(a)) == 3


def test_a_journal_whose_files_went_to_another_folder_writes_everything_again(machines, tmp_path):
    """A typo in DIR, a folder emptied or replaced: the journal's earlier files are not in the
    folder it syncs into now, so it writes all it holds there, and the others get every entry."""
    folder, a, b, _ = machines
    wrong = tmp_path / "Wrong"
    wrong.mkdir()
    add(a, Entry("fatigue", at(9), value=5))
    synced(a, wrong)
    add(a, Entry("fatigue", at(10), value=6))
    outcome = synced(a, folder)
    assert any("wrote everything it holds there again" in warning for warning in outcome.warnings)
    synced(b, folder)
    assert exported(a) == exported(b) and len(exported(b)) == 2


def test_undo_puts_back_only_what_its_own_change_changed(run, machines):
    """An edit here, a handled mark there, then undo here: the edit is undone and the mark made
    on the other computer stays, on both (undo used to write every column back)."""
    folder, a, b, _ = machines
    run("--db", str(a), "temp", "38.6", "--on", at(9))
    line = run("--db", str(a), "sync", str(folder), "--init").stdout.split()[-1]
    run("--db", str(b), "sync", str(folder), "--key", line)
    run("--db", str(a), "edit", "1", "--note", "after a hot bath")
    run("--db", str(a), "sync", str(folder))
    run("--db", str(b), "sync", str(folder))
    run("--db", str(b), "handled", "1")
    run("--db", str(b), "sync", str(folder))
    run("--db", str(a), "sync", str(folder))
    run("--db", str(a), "undo", "--force")
    run("--db", str(a), "sync", str(folder))
    run("--db", str(b), "sync", str(folder))
    for path in (a, b):
        assert table(path, "SELECT note, handled_on IS NOT NULL FROM entries") == [(None, 1)]


def test_a_deletion_undone_brings_back_the_same_entry_everywhere(run, machines):
    folder, a, b, _ = machines
    run("--db", str(a), "symptom", "rash", "--on", at(9))
    line = run("--db", str(a), "sync", str(folder), "--init").stdout.split()[-1]
    run("--db", str(b), "sync", str(folder), "--key", line)
    uid = table(a, "SELECT uid FROM entries")
    run("--db", str(a), "delete", "1", "--force")
    run("--db", str(a), "sync", str(folder))
    run("--db", str(b), "sync", str(folder))
    run("--db", str(a), "undo", "--force")
    run("--db", str(a), "sync", str(folder))
    run("--db", str(b), "sync", str(folder))
    assert table(a, "SELECT uid FROM entries") == uid == table(b, "SELECT uid FROM entries")


def test_a_deletion_undone_keeps_what_another_computer_changed_meanwhile(run, machines):
    """b deletes the rash; a, not knowing, adds a note; b syncs (the note arrives under the
    deletion), then undoes: the rash comes back as b had it, with a's note, on both (b used
    to bring it back without the note, a kept it: the two journals differed for good)."""
    folder, a, b, _ = machines
    run("--db", str(a), "symptom", "rash", "--on", at(9))
    line = run("--db", str(a), "sync", str(folder), "--init").stdout.split()[-1]
    run("--db", str(b), "sync", str(folder), "--key", line)
    run("--db", str(b), "delete", "1", "--force")
    run("--db", str(b), "sync", str(folder))
    run("--db", str(a), "edit", "1", "--note", "spreading")
    run("--db", str(a), "sync", str(folder))
    run("--db", str(b), "sync", str(folder))
    run("--db", str(b), "undo", "--force")
    for path in (b, a, b):
        run("--db", str(path), "sync", str(folder))
    for path in (a, b):
        assert table(path, "SELECT name, note FROM entries") == [("rash", "spreading")]


def test_the_schema_step_of_per_kind_marks_leaves_nothing_to_send_again(tmp_path):
    """After the upgrade that adds handled_signs, what sync last agreed for each entry gains the
    empty column too: the first sync does not take every entry for a changed one."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ocrelog.migrations import MIGRATION_SET, STEPS, m016_handled_signs
    from ocrelog.sync import _entry_changes, _row_json, _synced_columns

    db = Database(tmp_path / "old.db")
    before = Migrations(MIGRATION_SET)
    for step in STEPS[: STEPS.index(m016_handled_signs)]:
        before()(step)
    before.apply(db)
    db.execute("INSERT INTO entries (type, date, value, logged_at) VALUES ('fatigue', '2026-05-10', 5, 'x')")
    columns = _synced_columns(db.conn)
    db.execute(
        f"INSERT INTO sync_seen (kind, key, row) SELECT 'entry', uid, {_row_json(columns)} FROM entries"
    )
    assert _entry_changes(db.conn, columns) == ([], [])
    db.conn.commit()
    after = Migrations(MIGRATION_SET)
    for step in STEPS:
        after()(step)
    after.apply(db)
    assert _entry_changes(db.conn, _synced_columns(db.conn)) == ([], [])
