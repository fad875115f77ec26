"""Nothing lost, nothing misreported: kills, full disks, read-only places, damaged and
hostile files, huge numbers, long notes, time zones. Each test reproduces a defect first
found against an earlier version (issue "faults, hostile files and big journals")."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import stat
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import one_sentence
from ocrelog import opening
from ocrelog.entries import Entry
from ocrelog.output_files import TEMP_SUFFIX
from ocrelog.journal import Journal


def filled_journal(path: Path, count: int = 3000) -> Path:
    with Journal.open(path, write=True) as journal:
        journal.add_many(
            Entry(type="fatigue", date=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", value=n % 11,
                  note=f"note {n} " * 5)
            for n in range(count)
        )
    return path


# 1. A killed backup or export leaves no partial file at the destination.


def test_a_backup_cut_short_leaves_nothing_at_the_destination(journal_file, tmp_path):
    filled_journal(journal_file)
    destination = tmp_path / "copy.db"
    with Journal.open(journal_file) as journal:
        steps = iter(range(200))
        journal.conn.set_progress_handler(lambda: next(steps, None) is None, 100)  # "killed"
        with pytest.raises(Exception):
            journal.backup(destination)
    assert not destination.exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(TEMP_SUFFIX)] == []


@pytest.mark.parametrize("command", [["backup"], ["export", "--output"]])
def test_a_temporary_file_left_by_a_killed_run_is_removed_next_time(run, journal_file, tmp_path, command):
    run("feel", "5")
    dead_pid = 2**22 + 12345  # above Linux's pid_max: no such process
    leftover = tmp_path / f".copy.out.{dead_pid}{TEMP_SUFFIX}"
    leftover.write_bytes(b"x" * 1000)
    target = tmp_path / "copy.out"
    assert run(*command, str(target)).exit_code == 0
    assert not leftover.exists() and target.exists()
    if command == ["backup"]:
        with Journal.open(target) as copy:
            assert copy.count() == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# 2. A damaged journal is refused for writing and left byte for byte.


def test_a_journal_with_damaged_pages_is_refused_and_untouched(run, journal_file):
    filled_journal(journal_file)
    data = bytearray(journal_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    rng = random.Random(5)
    for number in rng.sample(range(2, pages), 5):
        data[number * page : (number + 1) * page] = rng.randbytes(page)
    journal_file.write_bytes(bytes(data))
    before = journal_file.read_bytes()
    for args in (["feel", "5"], ["infuse"], ["import", "-"], ["edit", "1", "--value", "3"], ["undo", "-f"]):
        message = one_sentence(run(*args, input="type,date,value\nfatigue,2025-05-01,3\n", code=1), 1)
        assert "damaged" in message and "backup" in message
    assert journal_file.read_bytes() == before
    assert not Path(str(journal_file) + "-wal").exists() or Path(str(journal_file) + "-wal").stat().st_size == 0


# 3. Disk full, read-only places, damaged, not a journal: told apart.


def test_a_full_disk_says_so_and_changes_nothing(run, journal_file, tmp_path, monkeypatch):
    filled_journal(journal_file, 10)
    real_connect = opening._connect

    def full_disk(path, **kwargs):
        conn = real_connect(path, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(opening, "_connect", full_disk)
    big = tmp_path / "big.csv"
    big.write_text("type,date,value,note\n" + "".join(
        f"fatigue,2025-01-{1 + n % 28:02d},{n % 11},{'x' * 200}\n" for n in range(2000)))
    message = one_sentence(run("import", str(big), code=1), 1)
    assert message == "Error: No space left on the disk: nothing was changed."
    monkeypatch.setattr(opening, "_connect", real_connect)
    with Journal.open(journal_file) as journal:
        assert journal.count() == 10


def test_a_full_disk_while_writing_an_export(run, monkeypatch, tmp_path):
    import errno

    run("feel", "5")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ocrelog.output_files.os.fsync", no_space)
    target = tmp_path / "e.csv"
    assert "No space left" in one_sentence(run("export", "-o", str(target), code=1), 1)
    assert not target.exists()


def test_a_journal_in_a_read_only_folder_still_reads(run, journal_file, monkeypatch):
    filled_journal(journal_file, 20)
    real = opening._has_write_permission
    monkeypatch.setattr(
        opening, "_has_write_permission", lambda p: False if p == journal_file.parent else real(p)
    )
    for args in (["log"], ["report"], ["export"], ["status"], ["summary", "-o", "-"]):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        assert "damaged" not in result.output
    assert "read-only" in one_sentence(run("feel", "5", code=1), 1)


def test_sqlite_cannot_open_the_wal_index_is_not_called_damaged(run, journal_file):
    filled_journal(journal_file, 20)
    shm = Path(str(journal_file) + "-shm")
    shm.mkdir()  # SQLite cannot create the WAL index beside the journal
    result = run("feel", "5", code=1)
    assert result.exit_code == 1
    assert "damaged" not in result.stderr and "not an ocrelog journal" not in result.stderr


# 4. Deeply nested JSON is one sentence.


@pytest.mark.parametrize("text", ["[" * 100_000, '[{"type": "fatigue", "note": ' + "[" * 100_000 + "]"])
def test_deeply_nested_json_is_one_sentence(run, journal_file, text):
    message = one_sentence(run("import", "-", input=text, code=2), 2)
    assert "Line 1" in message
    assert not journal_file.exists()


# 5. JSON import names the right lines without rescanning (linear): the lines are right.


def test_json_errors_name_the_line_of_the_bad_object(run):
    rows = [{"type": "fatigue", "date": f"2025-01-{1 + n % 28:02d}", "value": 3} for n in range(3000)]
    rows[2500]["value"] = 11
    text = json.dumps(rows, indent=2)
    line = text[: text.index('"value": 11')].count("\n") - 2  # the line of its "{"
    message = one_sentence(run("import", "-", input=text, code=2), 2)
    assert message.startswith(f"Error: Line {line}:")


# 6. log --all streams: every row, in order, without building a table.


def test_log_all_on_a_big_journal(run, journal_file):
    filled_journal(journal_file, 5000)
    result = run("log", "--all")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 5001  # the header and one line each
    with Journal.open(journal_file) as journal:
        newest_first = [str(e.id) for e in journal.entries()]
    assert [line.split()[0] for line in lines[1:]] == newest_first


# 7. What ocrelog writes, ocrelog reads: a long note survives JSON -> CSV -> import.


# 8. User text never drives the terminal.

HOSTILE = "\x1b[2J\x1b]0;pwned\x07"


def test_no_echoed_line_passes_escape_sequences(run, tmp_path):
    outputs = [
        run("infuse", "--on", "yesterday", "--premed", HOSTILE, "--reaction", HOSTILE, "--note", HOSTILE),
        run("symptom", HOSTILE),
        run("symptom", "fever" + HOSTILE),
        run("edit", "1", "--note", HOSTILE + "x"),
        run("edit", "2", "--name", "rash" + HOSTILE),
        run("log"),
        run("report"),
        run("status"),
        run("undo", "--list"),
        run("delete", "2", "--force"),
        run("undo", "--force"),
    ]
    source = tmp_path / "daylio.csv"
    source.write_text(f"full_date,date,weekday,time,mood,activities,note\n2025-01-01,1 Jan,Wed,10:00,ok,{HOSTILE},\n")
    outputs.append(run("import", str(source), "--dry-run", "--map", "ok=3"))
    for result in outputs:
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\x1b" not in result.stderr and "\x07" not in result.output


# 9. Huge numbers (tested with every command that takes one in test_cli_undo.py).


def test_huge_numbers_for_the_report_settings(run):
    run("infuse", "--on", "yesterday")
    for option in ("--days", "--rise"):
        result = run("report", option, "99999999999999999999999")
        assert "Traceback" not in result.output and result.exit_code in (0, 2)


# 10. Spreadsheet formulas.


FORMULAS = ("=HYPERLINK(\"http://x\")", "+cmd", "-1+1", "@SUM(A1)", "\t=1+2", "\r=1", "'=quoted", "''@x", "'plain", "fine")


def test_csv_export_is_safe_for_spreadsheets_by_default_and_raw_keeps_formulas(run, tmp_path):
    for note in FORMULAS:
        run("feel", "4", "--on", "yesterday", "--note", note)
    safe, raw, legacy = tmp_path / "safe.csv", tmp_path / "raw.csv", tmp_path / "legacy.csv"
    assert run("export", "-o", str(safe)).exit_code == 0
    assert run("export", "--raw", "-o", str(raw)).exit_code == 0
    assert run("export", "--safe-for-spreadsheets", "-o", str(legacy)).exit_code == 0
    text = safe.read_text()
    for prefixed in ("'=HYPERLINK", "'+cmd", "'-1+1", "'@SUM", "'\t=1+2", "''=quoted", "'''@x", ",'plain,", ",fine,"):
        assert prefixed in text
    assert legacy.read_text() == text
    assert ',"=HYPERLINK' in raw.read_text() and ",+cmd," in raw.read_text()
    for exported in (safe, raw):  # both read back to the same text
        copy = tmp_path / f"{exported.stem}.db"
        assert run("--db", str(copy), "import", str(exported)).exit_code == 0
        with Journal.open(copy) as journal:
            assert sorted(e.note for e in journal.entries(limit=None)) == sorted(FORMULAS)
    assert one_sentence(run("export", "--format", "json", "--raw", code=2), 2)


def test_a_negative_number_is_not_escaped_as_a_formula():
    from ocrelog.exports import csv_chunks

    text = "".join(csv_chunks([Entry(type="temperature", date="2025-01-01", value=-1.5, note="-cold")]))
    assert ",-1.5,,'-cold," in text


@given(st.text(max_size=12))
def test_any_text_cell_reads_back_from_a_safe_or_raw_export(text):
    from ocrelog.exports import from_cell, raw_cell, spreadsheet_safe

    assert from_cell(spreadsheet_safe(text)) == text and from_cell(raw_cell(text)) == text
    assert not spreadsheet_safe(text).startswith(("=", "+", "-", "@", "\t", "\r"))


# 11. Time zones: entries a little ahead of this machine's clock still round-trip.


def test_an_entry_from_further_east_exports_imports_and_edits(run, journal_file, tmp_path):
    ahead = (datetime.now() + timedelta(hours=10)).strftime("%Y-%m-%dT%H:%M")
    with Journal.open(journal_file, write=True) as journal:
        journal.add(Entry(type="fatigue", date=ahead, value=5))
    exported = tmp_path / "e.csv"
    run("export", "-o", str(exported))
    copy = tmp_path / "copy.db"
    assert run("--db", str(copy), "import", str(exported)).exit_code == 0
    assert run("edit", "1", "--value", "6").exit_code == 0
    too_far = (datetime.now() + timedelta(hours=15)).strftime("%Y-%m-%dT%H:%M")
    exported.write_text(f"type,date,value\nfatigue,{too_far},5\n")
    assert "future" in one_sentence(run("import", str(exported), code=2), 2)


# 12. Folders ocrelog creates are private whatever the umask.


def test_created_folders_are_0700(run, tmp_path):
    old = os.umask(0o002)
    try:
        target = tmp_path / "a" / "b" / "j.db"
        assert run("--db", str(target), "feel", "5").exit_code == 0
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_quick_check_gives_up_on_time(tmp_path, monkeypatch):
    path = filled_journal(tmp_path / "j.db", 200)
    monkeypatch.setattr(opening, "CHECK_SECONDS", -1.0)  # already out of time: the write goes on
    with Journal.open(path, write=True) as journal:
        journal.add(Entry(type="fatigue", date="2025-01-01", value=1))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 201


def test_the_check_is_skipped_only_for_a_file_exactly_as_ocrelog_left_it(tmp_path, monkeypatch):
    path = filled_journal(tmp_path / "j.db", 50)
    checks = []
    real = opening.check_integrity
    monkeypatch.setattr(opening, "check_integrity", lambda conn, p: checks.append(p) or real(conn, p))
    with Journal.open(path, write=True) as journal:
        journal.add(Entry(type="fatigue", date="2025-01-01", value=1))
    assert checks == []  # the file was as ocrelog left it when filled
    with open(path, "r+b") as handle:  # another program touches the file
        handle.seek(0, 2)
        handle.write(b"\0" * 4096)
    with Journal.open(path, write=True) as journal:
        journal.add(Entry(type="fatigue", date="2025-01-02", value=2))
    assert checks == [path]


@pytest.fixture
def checks(journal_file, monkeypatch):
    """A journal of 100 entries as ocrelog left it, and the integrity checks that run from then on."""
    filled_journal(journal_file, 100)
    seen: list[Path] = []
    real = opening.check_integrity
    monkeypatch.setattr(opening, "check_integrity", lambda conn, p: seen.append(p) or real(conn, p))
    return seen


@pytest.mark.parametrize("read", [["status"], ["report"], ["log"], ["log", "--json"], ["chart"], ["export"]])
def test_a_read_leaves_the_journal_recognised_as_checked(run, journal_file, checks, read):
    assert run(*read).exit_code == 0
    assert run("feel", "4").exit_code == 0
    assert run(*read).exit_code == 0  # again, now with the empty WAL the first read left
    assert run("feel", "5").exit_code == 0
    assert checks == []
    assert [e.value for e in Journal.open(journal_file).entries(limit=2)] == [5, 4]


def test_an_empty_wal_left_beside_the_journal_is_not_a_change(journal_file, checks):
    Path(str(journal_file) + "-wal").write_bytes(b"")
    with Journal.open(journal_file, write=True) as journal:
        journal.add(Entry(type="fatigue", date="2025-01-01", value=1))
    assert checks == []


def _another_program_adds(path: Path, rows: int) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO entries (type, date, value, note, logged_at) VALUES ('fatigue', '2025-02-01', 3, ?, 'x')",
        [("from another program " * 20,) for _ in range(rows)],
    )
    conn.commit()
    return conn


def test_a_change_by_another_program_after_a_read_still_makes_the_check_run(run, journal_file, checks):
    assert run("status").exit_code == 0
    _another_program_adds(journal_file, 100).close()  # written through to the file
    assert run("feel", "4").exit_code == 0
    assert checks == [journal_file]


def test_a_change_still_in_another_programs_wal_makes_the_check_run(run, journal_file, checks):
    assert run("status").exit_code == 0
    other = _another_program_adds(journal_file, 1)  # open: its change is in the WAL only
    try:
        assert Path(str(journal_file) + "-wal").stat().st_size > 0
        assert run("feel", "4").exit_code == 0
    finally:
        other.close()
    assert checks == [journal_file]
    with sqlite3.connect(journal_file) as conn:
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 102


# 10. Hostile files: each refused in one sentence, the journal byte for byte as it was.

HEALTH_RECORD = (
    '<Record type="HKCategoryTypeIdentifierFatigue" value="HKCategoryValueSeverityMild"'
    ' startDate="2025-01-01 10:00:00 +0000" endDate="2025-01-01 10:00:00 +0000" sourceName="{}"/>'
)


def health(doctype: str = "", name: str = "Health", records: int = 1) -> str:
    body = "".join(HEALTH_RECORD.format(name) for _ in range(records))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}\n<HealthData locale="en_GB">{body}</HealthData>\n'


@pytest.fixture
def untouched(journal_file):
    """A journal with entries; after the test, still byte for byte the same."""
    filled_journal(journal_file, 20)
    before = journal_file.read_bytes()
    yield journal_file
    assert journal_file.read_bytes() == before
    with Journal.open(journal_file) as journal:
        assert journal.count() == 20


def refused(run, path: Path, *words: str) -> str:
    line = one_sentence(run("import", str(path), code=2), 2)
    for word in words:
        assert word in line, line
    return line


def test_the_health_apps_own_document_type_is_read(run, journal_file, tmp_path):
    doctype = (
        "<!DOCTYPE HealthData [\n<!-- HealthKit Export Version: 14 -->\n"
        "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>\n"
        "<!ATTLIST HealthData\n  locale CDATA #REQUIRED\n>\n]>"
    )
    path = tmp_path / "export.xml"
    path.write_text(health(doctype))
    assert run("import", str(path)).exit_code == 0
    assert Journal.open(journal_file).count() == 1


@pytest.mark.parametrize(
    ("doctype", "name", "says"),
    [
        # The billion laughs: ten entities of ten, a gigabyte from a kilobyte.
        ("<!DOCTYPE HealthData [\n<!ENTITY lol0 \"lol\">\n" + "".join(
            f"<!ENTITY lol{n} \"{('&lol' + str(n - 1) + ';') * 10}\">\n" for n in range(1, 10)) + "]>",
         "&lol9;", "declares an entity"),
        ('<!DOCTYPE HealthData [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>', "&xxe;", "declares an entity"),
        ('<!DOCTYPE HealthData [ <!ENTITY % p SYSTEM "http://example.com/x.dtd"> %p; ]>', "x", "declares an entity"),
        ('<!DOCTYPE HealthData SYSTEM "http://example.com/evil.dtd">', "x", "points to another file"),
        ('<!DOCTYPE HealthData PUBLIC "-//X//DTD X//EN" "evil.dtd">', "x", "points to another file"),
    ],
)
def test_xml_entities_are_refused(run, untouched, tmp_path, doctype, name, says):
    path = tmp_path / "export.xml"
    path.write_text(health(doctype, name))
    refused(run, path, says)


def test_xml_entities_inside_a_zip_are_refused(run, untouched, tmp_path):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("apple_health_export/export.xml", health('<!DOCTYPE HealthData [<!ENTITY a "b">]>', "&a;"))
    refused(run, path, "declares an entity")


def _zip(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name), content, zipfile.ZIP_DEFLATED)
    return path


@pytest.mark.parametrize(
    "name",
    ["../export.xml", "apple_health_export/../../export.xml", "/etc/export.xml", "C:/export.xml", "..\\export.xml"],
)
def test_zip_members_named_outside_the_archive_are_refused(run, untouched, tmp_path, name):
    path = _zip(tmp_path / "export.zip", {"apple_health_export/export.xml": health(), name: health()})
    refused(run, path, "outside the archive")
    assert not (tmp_path.parent / "export.xml").exists()


def test_an_encrypted_zip_is_refused(run, untouched, tmp_path):
    path = _zip(tmp_path / "export.zip", {"apple_health_export/export.xml": health()})
    data = bytearray(path.read_bytes())
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set bit 0: encrypted
        at = data.index(signature)
        data[at + flag_at] |= 0x1
    path.write_bytes(bytes(data))
    refused(run, path, "encrypted")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(run, untouched, tmp_path, monkeypatch):
    from ocrelog import importers

    monkeypatch.setattr(importers, "RATIO_FROM_BYTES", 1024 * 1024)  # the same rule, at a test's size
    filler = "<!-- " + " " * 4 * 1024 * 1024 + " -->"  # packs about a thousand to one
    path = _zip(tmp_path / "export.zip", {"export.xml": health().replace("<HealthData", filler + "<HealthData")})
    refused(run, path, "would unpack to")


def test_a_zip_without_export_xml_and_a_damaged_zip_are_refused(run, untouched, tmp_path):
    refused(run, _zip(tmp_path / "photos.zip", {"a.jpg": b"\xff\xd8"}), "without an export.xml")
    damaged_zip = _zip(tmp_path / "export.zip", {"export.xml": health(records=200)})
    data = damaged_zip.read_bytes()
    damaged_zip.write_bytes(data[:60] + bytes(len(data) - 200) + data[-140:])  # packed data overwritten
    refused(run, damaged_zip)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"type,date,value\nfatigue,2025-01-01,4\nfatigue,2025-01-02,\xff\xfe5\n", "UTF-8"),
        ("type,date,value\nfatigue,2025-01-01,4\n".encode("utf-16"), "UTF-16"),
        ("type,date,value\nfatigue,2025-01-01,4\n".encode("utf-16-le"), "UTF-16"),
        ("[{\"type\": \"fatigue\", \"date\": \"2025-01-01\", \"value\": 4}]".encode("utf-16-be"), "UTF-16"),
        (b"type,date,value\nfatigue,2025-01-01,4\x00\n", "NUL byte"),
        (b"\x00\x00\x00\x18ftypisom" + bytes(100), "NUL byte"),
        (b"type,date,value\n" + b"fatigue,2025-01-01,4\n" * 20_000 + b"fatigue,2025-01-02,\x005\n", "NUL byte (byte 420,036)"),  # past the first 64 KB
        (b"<HealthData>" + b"\x00" * 8 + b"</HealthData>", "NUL byte"),
    ],
)
def test_text_that_is_not_utf8_is_refused(run, untouched, tmp_path, content, says):
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    refused(run, path, says)


@pytest.mark.parametrize(
    "content",
    [
        b"type,date,value\nfatigue,2025-01-01," + b"4" * 10_000_000 + b"\n",  # a 10 MB score
        b"type,date,value\nfatigue,2025-01-01,4," + b"x" * 10_000_000 + b"\n",  # a 10 MB extra cell
        b"type,date,value\n" + b"a" * 10_000_000 + b"\n",  # a 10 MB line of one cell
        b"Date,Mood,Activities\n" + b"b" * 10_000_000 + b"\n",  # no header ocrelog knows
        b'[{"type": "fatigue", "date": "2025-01-01", "value": "' + b"9" * 10_000_000 + b'"}]',
        b'<HealthData locale="en"><Record type="' + b"T" * 10_000_000 + b'"/></Health>',
    ],
)
def test_a_10_mb_line_is_one_sentence(run, untouched, tmp_path, content):
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    line = one_sentence(run("import", str(path), code=2), 2)
    assert len(line) < 400


# 11. A journal written by a newer ocrelog: refused, untouched, naming the version it needs.


def _from_the_future(path: Path, version: str | None) -> bytes:
    filled_journal(path, 10)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('ocrelog', 'm099_future', 'x')"
        )
        if version is not None:
            conn.execute("INSERT INTO ocrelog_versions (step, version) VALUES ('m099_future', ?)", (version,))
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("args", [["feel", "5"], ["log"], ["status"], ["report"], ["undo", "--force"]])
def test_a_journal_from_a_newer_ocrelog_is_refused_naming_the_version(run, journal_file, args):
    before = _from_the_future(journal_file, "0.10.2")
    line = one_sentence(run(*args, code=1), 1)
    assert "written by ocrelog 0.10.2" in line and "upgrade to ocrelog 0.10.2 or later" in line
    assert journal_file.read_bytes() == before


def test_a_newer_journal_without_noted_versions_is_refused_too(run, journal_file):
    before = _from_the_future(journal_file, None)
    line = one_sentence(run("feel", "5", code=1), 1)
    assert "newer ocrelog" in line and "upgrade ocrelog" in line
    assert journal_file.read_bytes() == before


def test_each_step_notes_the_version_that_applied_it(journal_file):
    from ocrelog import __version__
    from ocrelog.migrations import SCHEMA

    filled_journal(journal_file, 1)
    with sqlite3.connect(journal_file) as conn:
        noted = dict(conn.execute("SELECT step, version FROM ocrelog_versions"))
    conn.close()
    assert noted == {step: __version__ for step in SCHEMA}


def test_a_journal_from_another_build_of_this_version_names_its_unknown_steps(run, journal_file):
    from ocrelog import __version__

    before = _from_the_future(journal_file, __version__)
    line = one_sentence(run("feel", "5", code=1), 1)
    assert "m099_future" in line and "newer" not in line
    assert journal_file.read_bytes() == before


# 12. Issue 34 ("Nothing lost, round 3").


def test_a_backups_temporary_copy_is_private_from_the_moment_it_exists(journal_file, tmp_path):
    filled_journal(journal_file)
    destination = tmp_path / "out" / "copy.db"
    destination.parent.mkdir()
    seen: dict[str, int] = {}

    def look() -> int:
        for each in destination.parent.iterdir():
            seen[each.name] = stat.S_IMODE(each.stat().st_mode)
        return 0

    old = os.umask(0o022)
    try:
        with Journal.open(journal_file) as journal:
            journal.conn.set_progress_handler(look, 50)
            journal.backup(destination)
    finally:
        os.umask(old)
    assert any(name.endswith(TEMP_SUFFIX) for name in seen), seen
    assert set(seen.values()) == {0o600}, seen
    assert stat.S_IMODE(destination.stat().st_mode) == 0o600


def test_the_side_files_a_killed_backup_leaves_are_cleaned_by_the_next_run(run, journal_file, tmp_path):
    run("feel", "5")
    dead_pid = 2**22 + 12345
    leftovers = [tmp_path / f".copy.db.{dead_pid}{TEMP_SUFFIX}{end}" for end in ("", "-journal", "-wal", "-shm")]
    for each in leftovers:
        each.write_bytes(b"partial copy of the journal")
    unrelated = tmp_path / f".notes.{dead_pid}.txt"
    unrelated.write_text("mine")
    assert run("backup", str(tmp_path / "next.db")).exit_code == 0
    assert not any(each.exists() for each in leftovers)
    assert unrelated.read_text() == "mine"


def test_damage_written_in_place_with_size_and_times_kept_is_caught_before_a_write(run, journal_file):
    filled_journal(journal_file)
    assert run("feel", "5").exit_code == 0  # the journal as ocrelog left it: the shortcut applies
    info = journal_file.stat()
    with open(journal_file, "r+b") as handle:  # bit rot, or a restore tool: same size, inode, mtime
        page = int.from_bytes(handle.read(100)[16:18], "big")
        rng = random.Random(7)
        for number in rng.sample(range(2, info.st_size // page - 1), 5):
            handle.seek(number * page)
            handle.write(rng.randbytes(page))
    os.utime(journal_file, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert journal_file.stat().st_size == info.st_size and journal_file.stat().st_ino == info.st_ino
    before = journal_file.read_bytes()
    assert "damaged" in one_sentence(run("feel", "6", code=1), 1)
    assert journal_file.read_bytes() == before


def test_the_checked_marker_notes_the_change_counter_and_the_first_and_last_pages(journal_file):
    filled_journal(journal_file, 50)
    state = opening._file_state(journal_file)
    data = bytearray(journal_file.read_bytes())
    data[-1] ^= 0xFF  # the last page
    journal_file.write_bytes(bytes(data))
    assert opening._pages_sum(journal_file) not in state
    data[-1] ^= 0xFF
    data[24] ^= 0x01  # the header's change counter
    journal_file.write_bytes(bytes(data))
    assert opening._pages_sum(journal_file) not in state


def test_a_newer_journal_with_its_changes_still_in_the_wal_keeps_every_byte(run, journal_file, tmp_path):
    import shutil

    filled_journal(journal_file, 10)
    writer = sqlite3.connect(journal_file)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('ocrelog', 'm099_future', 'x')"
    )
    writer.execute("INSERT INTO ocrelog_versions (step, version) VALUES ('m099_future', '9.0')")
    writer.commit()
    copy = tmp_path / "newer.db"  # a copy taken while the newer ocrelog had it open
    for end in ("", "-wal"):
        shutil.copyfile(str(journal_file) + end, str(copy) + end)
    writer.close()
    wal = Path(str(copy) + "-wal")
    assert wal.stat().st_size > 0
    before = (copy.read_bytes(), wal.read_bytes())
    for args in (["feel", "5"], ["undo", "--force"], ["status"], ["import", "-"]):
        line = one_sentence(run("--db", str(copy), *args, input="type,date,value\nfatigue,2025-05-01,3\n", code=1), 1)
        assert "ocrelog 9.0" in line
        assert (copy.read_bytes(), wal.read_bytes()) == before


def test_a_full_disk_is_named_whatever_sqlite_calls_it(run, journal_file, monkeypatch):
    run("feel", "5")

    def io_error(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Journal, "add", io_error)
    monkeypatch.setattr(Journal, "add_new", io_error)
    assert "could not be read or written" in one_sentence(run("feel", "6", code=1), 1)  # the disk has room
    full = os.statvfs_result((4096, 4096, 1000, 0, 0, 100, 0, 0, 0, 255))
    monkeypatch.setattr(opening.os, "statvfs", lambda path: full)
    for args in (["feel", "6"], ["import", "-"]):
        message = one_sentence(run(*args, input="type,date,value\nfatigue,2025-05-01,3\n", code=1), 1)
        assert message == "Error: No space left on the disk: nothing was changed."


def test_no_space_for_a_new_journal_is_named(run, journal_file, monkeypatch):
    import errno

    def no_space(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(opening, "new_private_file", no_space)
    assert "No space left" in one_sentence(run("feel", "6", code=1), 1)


def test_undo_keeps_its_temporary_data_in_memory(run, journal_file):
    run("feel", "5")
    with Journal.open(journal_file, write=True) as journal:
        assert journal.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_an_empty_file_taken_as_a_journal_is_made_private(run, journal_file):
    journal_file.parent.mkdir(parents=True)
    journal_file.write_bytes(b"")
    journal_file.chmod(0o644)
    assert run("feel", "5").exit_code == 0
    assert stat.S_IMODE(journal_file.stat().st_mode) == 0o600


HOSTILE_NOTE = "\x1b[2J\x1b]0;pwned\x07 tired"


def test_the_markdown_summary_escapes_control_characters_in_a_file_and_on_stdout(run, tmp_path):
    run("infuse", "--on", "40 days ago", "--note", HOSTILE_NOTE, "--reaction", HOSTILE_NOTE)
    run("symptom", "fever" + HOSTILE_NOTE, "--on", "yesterday")
    run("feel", "8", "--on", "yesterday", "--note", HOSTILE_NOTE)
    piped = run("summary", "--format", "md", "-o", "-", "--name", "Alex")
    assert piped.exit_code == 0 and "pwned" in piped.stdout
    assert "\x1b" not in piped.stdout and "\x07" not in piped.stdout
    written = tmp_path / "s.md"
    assert run("summary", "-o", str(written), "--name", "Alex").exit_code == 0
    assert "\x1b" not in written.read_text() and "pwned" in written.read_text()


def test_an_export_to_a_terminal_escapes_control_characters_and_to_a_pipe_keeps_them(run, monkeypatch):
    from ocrelog import cli

    run("feel", "8", "--on", "yesterday", "--note", HOSTILE_NOTE)
    assert "\x1b" in run("export").stdout  # a pipe or a file: the data exactly
    monkeypatch.setattr(cli, "stdout_is_terminal", lambda: True)
    for args in (["export"], ["export", "--format", "json"], ["export", "--raw"]):
        shown = run(*args).stdout
        assert "\x1b" not in shown and "\x07" not in shown and "pwned" in shown


def test_a_backup_that_exists_says_force_once(run, tmp_path):
    run("feel", "5")
    target = tmp_path / "b.db"
    assert run("backup", str(target)).exit_code == 0
    message = one_sentence(run("backup", str(target), code=2), 2)
    assert message.count("choose another name") == 1 and "--force" in message


def test_an_export_to_a_full_disk_on_standard_output_says_so(journal_file, tmp_path):
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    filled_journal(journal_file, 10)
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "ocrelog", "--db", str(journal_file), "export"],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr == "Error: No space left on the disk for the output, so it was cut short.\n"


def test_an_error_naming_a_file_never_passes_escape_sequences(run, tmp_path):
    run("feel", "5")
    target = tmp_path / ("out\x1b]0;pwned\x07.csv")
    target.write_text("mine")
    message = one_sentence(run("export", "-o", str(target), code=2), 2)
    assert "\x1b" not in message and "\x07" not in message and "already exists" in message
