"""Files the commands write: never the journal or one of its files, and one rule for a file
that already exists (issue 34 items 1-2, issue 35 item 5)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from conftest import one_sentence
from ocrelog.output_files import EXISTS

#: Every command that writes a file it is given, as (arguments before the path, after it).
WRITERS = {
    "export": (["export", "-o"], []),
    "export json": (["export", "--format", "json", "-o"], []),
    "summary": (["summary", "--format", "md", "-o"], []),
    "calendar": (["calendar", "-o"], []),
    "backup": (["backup"], []),
}


def _files_of(journal_file: Path) -> dict[str, Path]:
    folder = journal_file.parent
    return {
        "journal": journal_file,
        "wal": folder / (journal_file.name + "-wal"),
        "shm": folder / (journal_file.name + "-shm"),
        "checked": folder / (journal_file.name + ".checked"),
        "config": folder / "config.toml",
    }


@pytest.fixture
def filled(run, journal_file):
    assert run("infuse", "--on", "30 days ago").exit_code == 0
    assert run("feel", "5", "--on", "yesterday").exit_code == 0
    assert run("config", "name", "Alex").exit_code == 0
    return journal_file


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("writer", sorted(WRITERS))
@pytest.mark.parametrize("which", ["journal", "wal", "shm", "checked", "config"])
@pytest.mark.parametrize("force", [False, True])
def test_no_output_can_be_the_journal_or_one_of_its_files(run, filled, writer, which, force):
    target = _files_of(filled)[which]
    if not target.exists():
        target.write_bytes(b"")  # as SQLite leaves them between runs
    before = _snapshot(filled.parent)
    before_mode = {p.name: p.stat().st_mode for p in filled.parent.iterdir()}
    head, tail = WRITERS[writer]
    args = [*head, str(target), *tail] + (["--force"] if force else [])
    message = one_sentence(run(*args, code=2), 2)
    assert "journal" in message and "choose another name" in message
    assert _snapshot(filled.parent) == before
    assert {p.name: p.stat().st_mode for p in filled.parent.iterdir()} == before_mode


@pytest.mark.parametrize("writer", ["export", "backup", "calendar", "summary"])
def test_a_symlink_or_a_hard_link_to_the_journal_is_refused_too(run, filled, tmp_path, writer):
    link, hard = tmp_path / "link.db", tmp_path / "hard.db"
    link.symlink_to(filled)
    os.link(filled, hard)
    before = filled.read_bytes()
    head, tail = WRITERS[writer]
    for target in (link, hard, filled.parent / ".." / filled.parent.name / filled.name):
        assert "journal itself" in one_sentence(run(*head, str(target), *tail, "--force", code=2), 2)
    assert filled.read_bytes() == before and link.is_symlink()


def test_the_journal_named_through_a_symlink_is_still_protected(run, filled, tmp_path):
    link = tmp_path / "via-link.db"
    link.symlink_to(filled)
    assert "journal itself" in one_sentence(run("--db", str(link), "export", "-o", str(filled), "--force", code=2), 2)


@pytest.mark.parametrize("writer", ["export", "summary", "backup"])
def test_an_existing_file_is_replaced_only_with_force_and_the_sentence_is_the_same(run, filled, tmp_path, writer):
    target = tmp_path / "out.md"
    target.write_text("mine")
    head, tail = WRITERS[writer]
    message = one_sentence(run(*head, str(target), *tail, code=2), 2)
    assert message == "Error: " + EXISTS.format(path=target)
    assert target.read_text() == "mine"
    assert run(*head, str(target), *tail, "--force").exit_code == 0
    assert target.read_bytes() != b"mine"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_calendar_never_silently_replaces_another_apps_calendar(run, filled, tmp_path):
    personal = tmp_path / "personal.ics"
    theirs = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Another App//EN\r\nBEGIN:VEVENT\r\nSUMMARY:Birthday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    personal.write_bytes(theirs.encode())
    message = one_sentence(run("calendar", "-o", str(personal), code=2), 2)
    assert message == "Error: " + EXISTS.format(path=personal)
    assert personal.read_bytes() == theirs.encode()
    result = run("calendar", "-o", str(personal), "--force")
    assert result.exit_code == 0 and "Replaced" in result.stdout
    assert "Birthday" not in personal.read_text()


def test_calendar_replaces_its_own_file_and_says_so(run, filled, tmp_path):
    first = run("calendar")
    assert first.exit_code == 0 and "Wrote" in first.stdout
    again = run("calendar")
    assert again.exit_code == 0 and again.stdout.startswith("Replaced ")
    mine = tmp_path / "phone.ics"
    assert run("calendar", "-o", str(mine)).exit_code == 0
    assert run("calendar", "-o", str(mine)).stdout.startswith("Replaced ")


def test_the_summary_default_file_is_a_new_name_never_a_replaced_one(run, filled, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("summary").exit_code == 0
    assert run("summary").exit_code == 0
    assert len(list(tmp_path.glob("ocrelog-summary-*.html"))) == 2


def test_demo_cannot_save_over_the_journals_files(run, filled):
    wal = filled.parent / (filled.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    wal.unlink(missing_ok=True)
    assert "journal" in one_sentence(run("demo", "--save", str(wal), code=2), 2)
    assert not wal.exists()


def test_a_backup_made_through_the_core_cannot_replace_its_own_journal(journal_file):
    from ocrelog.errors import InvalidValue
    from ocrelog.journal import Journal
    from ocrelog.entries import Entry

    with Journal.open(journal_file, write=True) as journal:
        journal.add(Entry(type="fatigue", date="2025-01-01", value=3))
    before = journal_file.read_bytes()
    with Journal.open(journal_file) as journal:
        for target in (journal_file, journal_file.with_name(journal_file.name + "-wal")):
            with pytest.raises(InvalidValue, match="journal"):
                journal.backup(target, overwrite=True)
    assert journal_file.read_bytes() == before


def test_two_backups_in_one_second_get_two_names_ocrelog_chose(run, journal_file, monkeypatch):
    from datetime import datetime

    from ocrelog.output_files import backup_path

    run("feel", "5")
    now = datetime(2026, 12, 7, 18, 27, 31)
    first = backup_path(journal_file, None, now)
    first.write_bytes(b"a backup made a moment ago")
    second = backup_path(journal_file, None, now)
    assert second != first and second.name == "journal-backup-20261207-182731-2.db"
    assert first.read_bytes() == b"a backup made a moment ago"
