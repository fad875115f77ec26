"""Never lose an entry: concurrency, crashes, old journals, bad files, random use.

These run real ocrelog processes where the property is about processes
(several writers, a SIGKILL), and CliRunner everywhere else.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
import typer.main
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from not_journals import another_programs_database, truncated_journal
from typer.testing import CliRunner

from ocrelog.cli import app
from ocrelog.entries import Entry
from ocrelog.journal import Journal
from ocrelog.migrations import SCHEMA

FIXTURES = Path(__file__).parent / "fixtures"
WRITING = [
    ["feel", "5"],
    ["infuse"],
    ["symptom", "rash"],
    ["edit", "1", "--value", "4"],
    ["delete", "1", "--force"],
    ["undo", "--force"],
]
READING = [["log"], ["log", "--json"], ["report"], ["report", "--json"], ["export"], ["path"]]


def ocrelog_process(*args: str, journal: Path) -> list[str]:
    return [sys.executable, "-m", "ocrelog", "--db", str(journal), *args]


def snapshot(path: Path) -> list:
    with Journal.open(path) as journal:
        return journal.entries(limit=None)


def small_journal(path: Path) -> Path:
    with Journal.open(path, write=True) as journal:
        journal.add_many(
            [
                Entry(type="infusion", date="2026-05-14", value=600, premeds=("steroid",)),
                Entry(type="fatigue", date="2026-05-14T20:00", value=6, note="first day"),
                Entry(type="fatigue", date="2026-05-15", value=7),
                Entry(type="symptom", date="2026-05-15", name="fever"),
            ]
        )
    return path


# -- processes -------------------------------------------------------------------------


def test_three_processes_logging_at_once_lose_nothing(tmp_path):
    journal = tmp_path / "shared.db"  # not created yet: the first runs race as well
    # Each worker is one process that logs ten entries through the command line (in process: a
    # new interpreter per entry cost 7 s of CPU and tested nothing more); the three race from the
    # first entry, which creates the journal.
    worker = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from ocrelog.cli import app\n"
        "runner = CliRunner()\n"
        "for i in range(10):\n"
        "    args = ['--db', sys.argv[1], 'feel', str(i % 11), '--note', f'{sys.argv[2]}-{i}']\n"
        "    if runner.invoke(app, args).exit_code != 0:\n"
        "        sys.exit(f'entry {i} failed')\n"
    )
    workers = [
        subprocess.Popen([sys.executable, "-c", worker, str(journal), name], stderr=subprocess.PIPE)
        for name in ("a", "b", "c")
    ]
    failures = [w.communicate(timeout=300)[1] for w in workers]
    assert [w.returncode for w in workers] == [0, 0, 0], failures
    notes = sorted(entry.note for entry in snapshot(journal))
    assert notes == sorted(f"{name}-{i}" for name in "abc" for i in range(10))


def test_a_killed_import_leaves_all_of_it_or_none(tmp_path):
    journal = small_journal(tmp_path / "journal.db")
    before = snapshot(journal)
    big = tmp_path / "big.csv"
    rows = 60_000
    with big.open("w") as handle:
        handle.write("type,date,value,name,note\n")
        for n in range(rows):
            handle.write(f"fatigue,2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}T08:00,{n % 11},,row {n}\n")
    wal = Path(str(journal) + "-wal")
    process = subprocess.Popen(ocrelog_process("import", str(big), journal=journal),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Wait until the import is writing (its uncommitted pages reach the WAL), then kill it.
    while process.poll() is None and not (wal.exists() and wal.stat().st_size > 512 * 1024):
        try:
            process.wait(timeout=0.002)
        except subprocess.TimeoutExpired:
            pass
    process.send_signal(signal.SIGKILL)
    process.wait()

    with Journal.open(journal) as reopened:
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        after = reopened.entries(limit=None)
    if process.returncode == -signal.SIGKILL:
        assert after == before  # killed inside the transaction: none of it
    else:  # the import won the race and finished: all of it
        assert len(after) == len(before) + rows
    # And the journal still takes new entries.
    result = subprocess.run(ocrelog_process("feel", "3", journal=journal), capture_output=True)
    assert result.returncode == 0


# -- files -----------------------------------------------------------------------------


def test_a_journal_from_the_first_schema_opens_and_keeps_everything(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "journal-schema-v1.db", old)
    runner = CliRunner()
    result = runner.invoke(app, ["--db", str(old), "log", "--all", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 13
    infusion = next(r for r in rows if r["type"] == "infusion")
    assert infusion["premeds"] == ["methylprednisolone 100 mg", "cetirizine"]
    assert infusion["reactions"] == ["itchy throat"]
    fever = next(r for r in rows if r["type"] == "symptom")
    assert fever["note"] == '38.1 C, "quoted", ünïcode'
    applied = sqlite3.connect(old).execute("SELECT name FROM _sqlite_migrations").fetchall()
    assert tuple(name for (name,) in applied) == SCHEMA
    report = json.loads(runner.invoke(app, ["--db", str(old), "report", "--json"]).stdout)
    [cycle] = report["cycles"]
    # four scores before the dose: too few for a baseline (5 are needed since issue 33); the
    # fever during the episode still makes it severe
    assert (cycle["baseline"], cycle["fatigue_days"], cycle["peak"], cycle["flag"]) == (
        None, 6, 7, "severe")
    assert cycle["coverage"] == {"baseline_days": 4, "after_days": 7}


@pytest.fixture
def read_only_journal(tmp_path):
    path = small_journal(tmp_path / "journal.db")
    path.chmod(0o444)
    yield path
    path.chmod(0o600)


@pytest.mark.parametrize("args", READING + [["backup", "BACKUP"]], ids=" ".join)
def test_a_read_only_journal_can_be_read(read_only_journal, tmp_path, args):
    args = [str(tmp_path / "copy.db") if a == "BACKUP" else a for a in args]
    before = read_only_journal.read_bytes()
    result = CliRunner().invoke(app, ["--db", str(read_only_journal), *args])
    assert result.exit_code == 0, result.output
    assert read_only_journal.read_bytes() == before


@pytest.mark.parametrize("args", WRITING + [["import", "-"]], ids=" ".join)
def test_a_read_only_journal_refuses_changes_clearly(read_only_journal, args):
    before = read_only_journal.read_bytes()
    result = CliRunner().invoke(app, ["--db", str(read_only_journal), *args],
                                input="type,date,value\nfatigue,2026-05-01,3\n")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: The journal {read_only_journal} is read-only, so nothing was changed."
    )
    assert read_only_journal.read_bytes() == before


NOT_JOURNALS = {
    "random-bytes": lambda p: p.write_bytes(random.Random(1).randbytes(8192)),
    "truncated-sqlite": truncated_journal,
    "another-programs-database": another_programs_database,
    "directory": lambda p: p.mkdir(),
}


def fingerprint(path: Path):
    if path.is_dir():
        return sorted(os.listdir(path))
    return path.read_bytes(), sorted(os.listdir(path.parent))


@pytest.mark.parametrize("kind", NOT_JOURNALS)
@pytest.mark.parametrize("args", WRITING + READING[:-1] + [["import", "-"], ["backup"]],
                         ids=" ".join)
def test_a_file_that_is_not_a_journal_is_refused_and_unchanged(tmp_path, kind, args):
    path = tmp_path / "journal.db"
    NOT_JOURNALS[kind](path)
    before = fingerprint(path)
    result = CliRunner().invoke(app, ["--db", str(path), *args],
                                input="type,date,value\nfatigue,2026-05-01,3\n")
    assert result.exit_code == 1, result.output
    message = result.stderr.strip()
    assert message.startswith("Error: ") and "\n" not in message
    expected = "damaged" if kind == "truncated-sqlite" else "not an ocrelog journal"
    assert expected in message or "directory" in message
    assert fingerprint(path) == before


# -- text that tries to be something else ------------------------------------------------

NOTES = [
    "'); DROP TABLE entries; --",
    "1 OR 1=1; SELECT * FROM sqlite_master",
    "[bold red]markup[/bold red] [link=http://x]y[/link]",
    "bell\x07 escape\x1b[31mred\x1b[0m backspace\x08 tab\t cr\r del\x7f",
    "line one\nline two\r\nline three",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ❤️ 疲労 مرحبا",
    "x" * 100_000,
]


@pytest.mark.parametrize("note", NOTES, ids=range(len(NOTES)))
def test_notes_come_back_exactly(run, journal_file, note):
    assert run("feel", "5", "--on", "2026-05-14", "--note", note).exit_code == 0
    [row] = json.loads(run("log", "--json").stdout)
    assert row["note"] == note
    table = run("log").stdout
    assert "\x1b" not in table and "\x07" not in table
    if "[bold red]" in note:
        assert "[bold red]markup[/bold red]" in table
    if "\x1b" in note:
        assert "\\x1b[31mred" in table
    exported = run("export", "--format", "json").stdout
    assert json.loads(exported)[0]["note"] == note
    with Journal.open(journal_file) as journal:
        assert journal.count() == 1  # and the table of entries is still there


# -- random command lines ----------------------------------------------------------------

CLICK_APP = typer.main.get_command(app)
ALL_COMMANDS = {name: CLICK_APP.get_command(None, name) for name in CLICK_APP.list_commands(None)}
COMMANDS = sorted(set(ALL_COMMANDS) - {"demo"})  # demo never opens the journal
VALUES = st.one_of(
    st.sampled_from(
        ["0", "5", "10", "11", "-1", "5.5", "abc", "", " ", "600", "0", "2001", "920", "1", "2",
         "99", "today", "yesterday", "tomorrow", "3 days ago", "monday", "May 14",
         "2026-02-30", "2026-05-14", "2026-05-14T14:30", "05/06/2026", "25/05/2026", "14:30",
         "csv", "json", "xml", "fatigue", "symptom", "infusion", "mood", "fever", "-", "--",
         "FILE", "DIR", "[red]x[/red]", "'; DROP TABLE entries; --", "38.4", "101f", "920mg",
         "visible", "daylio", "apple-health", "tired=6", "1-5", "last night", "9pm", "\x00",
         "99999999999999999999999"]
    ),
    st.text(max_size=12),
    st.integers(-3, 3000).map(str),
)


@st.composite
def command_lines(draw):
    name = draw(st.sampled_from(COMMANDS))
    command = ALL_COMMANDS[name]
    args = [name]
    options = [p for p in command.params if p.opts[0].startswith("-") and p.name != "help"]
    for param in draw(st.lists(st.sampled_from(options), max_size=4)) if options else []:
        args.append(draw(st.sampled_from(param.opts)))
        if not param.is_flag:
            args.append(draw(VALUES))
    for param in command.params:
        if not param.opts[0].startswith("-") and draw(st.booleans() | st.just(True)):
            args.append(draw(VALUES))
    return args


@contextmanager
def scratch_folder():
    """A working folder for one example: files a command writes land here."""
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        try:
            yield Path(folder)
        finally:
            os.chdir(here)


# A drawn --passphrase with no terminal asks on stdin, which getpass warns about: expected here.
@pytest.mark.filterwarnings("ignore::getpass.GetPassWarning")
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=command_lines())
def test_random_command_lines_never_crash_and_failures_change_nothing(args, tmp_path):
    with scratch_folder() as folder:
        journal = small_journal(folder / "journal.db")
        (folder / "FILE").write_text("type,date,value\nfatigue,2026-05-01,3\n")
        (folder / "DIR").mkdir()
        before = snapshot(journal)
        result = CliRunner().invoke(app, ["--db", str(journal), *args])
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            args, result.exception)
        assert result.exit_code != 3, (args, result.stderr)  # the last resort: a bug
        assert "Traceback" not in result.output
        if result.exit_code != 0:
            assert result.stderr.strip(), args
            assert snapshot(journal) == before, args


_WORKER = """
import json, sys, time
from typer.testing import CliRunner
from ocrelog.cli import app

journal, role, rounds, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
commands = {
    "feel": lambda i: ["feel", str(i % 11), "--note", f"feel-{i}"],
    "import": lambda i: ["import", sys.argv[5 + i % 2]],
    "edit": lambda i: ["edit", "2", "--value", str(i % 11)],
    "undo": lambda i: ["undo", "--force"],
}[role]
runner = CliRunner()
deadline = time.monotonic() + seconds
for i in range(rounds):  # bounded in rounds and in time; never sleeps
    if time.monotonic() > deadline:
        break
    result = runner.invoke(app, ["--db", journal, *commands(i)])
    print(json.dumps([result.exit_code, result.stdout, result.stderr]), flush=True)
"""


# 3 s in every run; OCRELOG_STRESS_SECONDS=30 runs the four workers for as long as the issue asks.
STRESS_SECONDS = float(os.environ.get("OCRELOG_STRESS_SECONDS", "3"))
STRESS_ROUNDS = 25 if STRESS_SECONDS <= 3 else 1_000_000


def test_feel_import_edit_and_undo_at_once_lose_and_duplicate_nothing(tmp_path):
    journal = small_journal(tmp_path / "shared.db")
    files = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.csv"
        path.write_text("type,date,value,name,note\n" + "".join(
            f"fatigue,2025-03-{n % 28 + 1:02d}T08:{n % 60:02d},{n % 11},,import-{name}-{n}\n" for n in range(40)))
        files.append(str(path))
    workers = {
        role: subprocess.Popen([sys.executable, "-c", _WORKER, str(journal), role,
                                str(STRESS_ROUNDS), str(STRESS_SECONDS), *files],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for role in ("feel", "import", "edit", "undo")
    }
    results = {}
    for role, worker in workers.items():
        out, err = worker.communicate(timeout=120 + STRESS_SECONDS)
        assert worker.returncode == 0, err
        results[role] = [json.loads(line) for line in out.splitlines()]
    everything = " ".join(text for runs in results.values() for _, *texts in runs for text in texts)
    for word in ("locked", "busy", "damaged", "Traceback", "unexpected problem"):
        assert word not in everything
    failed = [run for run in results["feel"] + results["import"] if run[0] != 0]
    assert not failed, failed
    for code, _, err in results["edit"]:
        assert code == 0 or "There is no entry #2" in err
    for code, _, err in results["undo"]:
        assert code == 0 or "Nothing to undo" in err

    conn = sqlite3.connect(journal)
    try:
        ids = {entry_id for (entry_id,) in conn.execute("SELECT id FROM entries")}
        notes = [note for (note,) in conn.execute("SELECT note FROM entries WHERE note IS NOT NULL")]
        live, undone, imports = set(), set(), 0
        for action, kind, payload, was_undone in conn.execute("SELECT id, kind, payload, undone FROM actions"):
            for first, last in json.loads(payload)["added"]:
                (undone if was_undone else live).update(range(first, last + 1))
                imports += (last - first + 1) if kind == "import" and action > 1 else 0  # 1: the seed
        kinds = dict(conn.execute("SELECT kind, count(*) FROM actions GROUP BY kind"))
        undos = conn.execute("SELECT count(*) FROM actions WHERE undone = 1").fetchone()[0]
    finally:
        conn.close()
    assert len(notes) == len(set(notes))  # nothing written twice
    assert ids == live  # every change not undone is there, and nothing else
    for code, out, _ in results["feel"]:  # every entry logged is there, or was undone
        logged = int(out.rsplit("(#", 1)[1].split(")")[0])
        assert logged in ids or logged in undone
    assert undos == sum(code == 0 for code, _, _ in results["undo"])
    assert kinds.get("edit", 0) == sum(code == 0 for code, _, _ in results["edit"])
    assert imports == sum(int(out.split()[1]) for _, out, _ in results["import"])  # "Imported N entries"
