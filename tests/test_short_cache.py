"""`status --short` keeps its open-signs line (short_cache): printed again while nothing it was
worked out from has changed, worked out anew the moment anything has."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import date
from pathlib import Path

import pytest
from conftest import ago

from ocrelog import judged, short_cache
from ocrelog.paths import cache_dir


def fresh(run) -> str:
    """The line as a run with nothing kept works it out."""
    shutil.rmtree(cache_dir(), ignore_errors=True)
    return run("status", "--short").stdout


#: The line for a "pee dark brown" logged yesterday.
YESTERDAYS = "ocrelog: 1 warning sign open (newest: pee dark brown, yesterday)"


@pytest.fixture
def no_matcher(monkeypatch: pytest.MonkeyPatch):
    """From now on, working the signs out fails the test: the kept line must be printed."""

    def refuse():
        def judged_again(*args, **kwargs):
            raise AssertionError("the open signs were worked out again")

        monkeypatch.setattr(judged, "current_alerts", judged_again)

    return refuse


def test_the_kept_line_is_printed_without_the_matcher(run, no_matcher):
    run("symptom", "fever", "--note", "38.6 this evening")
    first = run("status", "--short").stdout
    assert first.startswith("ocrelog: 1 warning sign open (newest: fever; note: 38.6 this evening, today)")
    no_matcher()
    assert run("status", "--short").stdout == first


def test_a_fatigue_score_keeps_the_line(run, no_matcher):
    run("symptom", "pee dark brown")
    assert "no score today" in run("status", "--short").stdout
    no_matcher()
    run("feel", "6")
    assert run("status", "--short").stdout == "ocrelog: 1 warning sign open (newest: pee dark brown, today)\n"


@pytest.mark.parametrize(
    ("change", "after"),
    [
        (("symptom", "stiff neck"), "2 warning signs open (newest: stiff neck, today)"),
        (("handled", "--all"), None),
        (("usual", "add", "pee dark brown"), None),
        (("delete", "2", "--force"), None),
        (("undo", "--force"), None),
        (("edit", "2", "--on", ago(60)), None),
        (("edit", "2", "--name", "cough and a fever"), "1 warning sign open (newest: cough and a fever"),
        (("config", "writer", "carer"), "1 warning sign open (newest: pee dark brown"),
    ],
)
def test_each_change_works_the_line_out_again(run, change, after):
    run("feel", "5", "--on", ago(3))  # the journal is not empty once the sign is gone
    run("symptom", "pee dark brown", "--on", ago(1))
    assert run("status", "--short").stdout.startswith(YESTERDAYS)
    run(*change)
    line = run("status", "--short").stdout
    assert line == fresh(run)
    if after is None:
        assert "warning sign" not in line
    else:
        assert line.startswith(f"ocrelog: {after}")


def test_a_carer_journal_is_read_as_one(run):
    run("symptom", "my husband has a fever of 38.9")
    assert "warning sign" not in run("status", "--short").stdout  # someone else's fever, in a person's own journal
    run("config", "writer", "carer")
    line = run("status", "--short").stdout
    assert line.startswith("ocrelog: 1 warning sign open (newest: my husband has a fever of 38.9, today)")


def test_each_journal_keeps_its_own_line(run, tmp_path):
    other = tmp_path / "other.db"
    run("symptom", "pee dark brown")
    run("--db", str(other), "symptom", "stiff neck")
    assert "pee dark brown" in run("status", "--short").stdout
    assert "stiff neck" in run("--db", str(other), "status", "--short").stdout
    assert "pee dark brown" in run("status", "--short").stdout


def test_a_file_ocrelog_did_not_write_is_left_alone(run, journal_file):
    run("symptom", "pee dark brown")
    theirs = short_cache._file(journal_file)
    theirs.parent.mkdir(parents=True)
    theirs.write_text("my own notes\n")
    assert "pee dark brown" in run("status", "--short").stdout
    assert theirs.read_text() == "my own notes\n"


def test_a_cache_folder_that_cannot_be_written_costs_nothing_but_time(run, tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # the folder cannot be made
    run("symptom", "pee dark brown")
    assert run("status", "--short").stdout.startswith("ocrelog: 1 warning sign open (newest: pee dark brown, today)")
    assert blocked.read_text() == ""


def test_the_kept_file_is_the_persons_alone(run, journal_file):
    run("symptom", "pee dark brown")
    run("status", "--short")
    kept = short_cache._file(journal_file)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700


def test_an_empty_or_missing_journal_keeps_nothing(run, journal_file):
    assert run("status", "--short").stdout == ""
    assert not journal_file.exists()
    assert not cache_dir().exists()


def test_a_line_kept_for_another_day_is_not_used(run, journal_file, monkeypatch):
    run("symptom", "pee dark brown", "--on", ago(1))
    run("status", "--short")
    kept = short_cache._file(journal_file)
    lines = kept.read_text().split("\n")
    lines[2] = ago(1)  # as kept yesterday, when the sign was logged "today"
    lines[5] = "ocrelog: 1 warning sign open (newest: pee dark brown, today)"
    kept.write_text("\n".join(lines))
    assert run("status", "--short").stdout.startswith(YESTERDAYS)


def test_the_fingerprint_covers_what_the_signs_are_judged_with(journal_file):
    from ocrelog.journal import Journal

    today = date.today()
    first = date.fromisoformat(ago(43))
    with Journal.open(journal_file, write=True) as journal:
        journal.add_usual("numb feet", today)
        before = short_cache.fingerprint(journal, today, first)
        assert short_cache.fingerprint(journal, today, first) == before
        journal.remove_usual("numb feet")
        assert short_cache.fingerprint(journal, today, first) != before
    assert os.path.exists(journal_file)


def test_a_newer_ocrelog_works_the_line_out_again(run, journal_file, monkeypatch, no_matcher):
    run("symptom", "pee dark brown")
    run("status", "--short")
    no_matcher()
    monkeypatch.setattr(short_cache, "_code", lambda: [(str(Path("signs.py")), 1, 2)])
    assert "the open signs were worked out again" in run("status", "--short", code=3).stderr


def test_a_kept_line_loads_no_matcher(run):
    import subprocess
    import sys

    run("symptom", "pee dark brown")
    run("feel", "6")
    code = (
        "import sys; from ocrelog.cli import main; sys.argv=['ocrelog','status','--short']\n"
        "try:\n    main()\nexcept SystemExit: pass\n"
        "print('ocrelog.vocabulary' in sys.modules, 'ocrelog.signs' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert first.splitlines() == ["ocrelog: 1 warning sign open (newest: pee dark brown, today)", "True True"]
    assert again.splitlines() == ["ocrelog: 1 warning sign open (newest: pee dark brown, today)", "False False"]


def test_a_sign_written_while_the_line_is_worked_out_is_not_hidden(run, journal_file, monkeypatch):
    """Another terminal (or a sync) writes between the line's working out and its keeping: the kept
    line must not stand for the newer journal."""
    from datetime import datetime

    from ocrelog.entries import Entry
    from ocrelog.journal import Journal
    from ocrelog.usecases import today

    run("symptom", "pee dark brown", "--on", ago(1))
    worked_out = today._worked_out

    def meanwhile(journal, day):
        line = worked_out(journal, day)
        with Journal.open(journal_file, write=True) as other:
            other.add(Entry("symptom", datetime.now().strftime("%Y-%m-%dT%H:%M"), name="stiff neck"))
        return line

    monkeypatch.setattr(today, "_worked_out", meanwhile)
    assert run("status", "--short").stdout.startswith(YESTERDAYS)  # worked out before the write
    monkeypatch.setattr(today, "_worked_out", worked_out)
    line = run("status", "--short").stdout
    assert line.startswith("ocrelog: 2 warning signs open (newest: stiff neck, today)")
    assert line == fresh(run)


def test_a_damaged_kept_file_is_worked_out_again(run, journal_file):
    run("symptom", "pee dark brown")
    run("status", "--short")
    kept = short_cache._file(journal_file)
    lines = kept.read_text().split("\n")
    lines[3] = "2026-13-99"
    kept.write_text("\n".join(lines))
    assert run("status", "--short").stdout.startswith("ocrelog: 1 warning sign open (newest: pee dark brown, today)")
    assert kept.read_text().split("\n")[3] != "2026-13-99"  # kept anew


def test_a_pipe_or_a_link_where_the_file_goes_is_left_alone(run, journal_file, tmp_path):
    run("symptom", "pee dark brown")
    kept = short_cache._file(journal_file)
    kept.parent.mkdir(parents=True)
    os.mkfifo(kept)  # reading it would stop the shell's start-up
    assert "pee dark brown" in run("status", "--short").stdout
    assert stat.S_ISFIFO(os.lstat(kept).st_mode)
    os.unlink(kept)
    theirs = tmp_path / "theirs.txt"
    theirs.write_text("mine\n")
    kept.symlink_to(theirs)
    assert "pee dark brown" in run("status", "--short").stdout
    assert theirs.read_text() == "mine\n" and kept.is_symlink()
    assert [p.name for p in kept.parent.iterdir()] == [kept.name]  # no draft left behind


def test_a_journal_in_a_folder_whose_name_is_not_utf8(run, tmp_path, monkeypatch):
    folder = os.fsdecode(bytes(tmp_path) + b"/d\xff")
    os.mkdir(folder)
    monkeypatch.chdir(folder)  # a relative journal path, made absolute from here
    monkeypatch.setenv("OCRELOG_DB", "journal.db")
    run("symptom", "pee dark brown")
    first = run("status", "--short").stdout
    assert first.startswith("ocrelog: 1 warning sign open (newest: pee dark brown, today)")
    assert run("status", "--short").stdout == first
    assert len(list(cache_dir().iterdir())) == 1
