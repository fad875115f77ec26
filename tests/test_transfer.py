"""Export, import and backup: the journal moves in and out without losing a character."""

import io
import json
import stat
from datetime import date, datetime, timedelta

import pytest
from conftest import ago, one_sentence
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ocrelog.entries import Entry
from ocrelog.errors import InvalidValue
from ocrelog.journal import Journal
from ocrelog.importers.own import read_stream
from ocrelog.exports import csv_chunks, json_chunks


def read_entries(text: str, now: datetime) -> list:
    """Every entry of an ocrelog CSV or JSON export held in ``text``."""
    return list(read_stream(io.StringIO(text, newline=""), now))


def to_csv(entries):
    return "".join(csv_chunks(entries))


def to_json(entries):
    return "".join(json_chunks(entries))


NOW = datetime(2026, 11, 24, 10, 30)
AWKWARD = [
    'commas, "double quotes", and \'single\'',
    "two\nlines\r\nand a carriage\rreturn",
    "Ünïcödé — ✓ 疲れた 🧠",
    "[bold red]not markup[/bold red]",
    "'; DROP TABLE entries; --",
    "  leading and trailing spaces  ",
    "=SUM(A1:A9)",
    "tab\there",
]


def awkward_journal(journal_file):
    ago = lambda n: (date.today() - timedelta(days=n)).isoformat()  # noqa: E731
    entries = [
        Entry(type="infusion", date=ago(40), value=600,
              premeds=("methylprednisolone 100 mg, IV", "cetirizine; 10 mg", '"quoted"'),
              reactions=("itchy throat",), note=AWKWARD[0]),
        Entry(type="infusion", date=ago(30), value=300),
    ]
    for n in range(1, 46):
        entries.append(Entry(type="fatigue", date=ago(n) + "T08:15", value=(n * 7) % 11,
                             note=AWKWARD[n % len(AWKWARD)]))
    entries.append(Entry(type="symptom", date=ago(39), name="fever", note="38.5 °C"))
    entries.append(Entry(type="fatigue", date=ago(3), value=4))
    entries.append(Entry(type="fatigue", date=ago(3), value=4))  # identical twins are kept
    entries.append(Entry(type="temperature", date=ago(39) + "T21:10", value=38.6, note="°C by mouth"))
    entries.append(Entry(type="planned", date=(date.today() + timedelta(days=150)).isoformat(), value=600))
    entries.append(Entry(type="symptom", date=ago(2), name="brain fog", note="severity: mild", source="visible"))
    with Journal.open(journal_file, write=True) as journal:
        journal.add_many(entries)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_round_trip_keeps_every_field_and_the_report(run, journal_file, tmp_path, fmt):
    awkward_journal(journal_file)
    exported = tmp_path / f"export.{fmt}"
    assert run("export", "--format", fmt, "--output", str(exported)).exit_code == 0
    copy = tmp_path / "copy.db"
    result = run("--db", str(copy), "import", str(exported))
    assert result.exit_code == 0, result.output
    assert "Imported 53 entries; skipped 0" in result.stdout

    def strip_ids(db):
        return [{**e, "id": None} for e in json.loads(run("--db", db, "log", "--all", "--json").stdout)]

    assert strip_ids(str(copy)) == strip_ids(str(journal_file))
    def report(*db: str) -> dict:
        return json.loads(run(*db, "report", "--json").stdout)

    moved, kept = report("--db", str(copy)), report()
    # what was imported is judged as an import: its warning signs dated more than 14 days
    # before the import are history there (concerns.HISTORY_DAYS), the rest as in the original
    assert {**moved, "concerns": None, "infections": None} == {**kept, "concerns": None, "infections": None}
    # the infections of the last 12 months are the same ones, history or not (issue 33)
    assert [(c["category"], c["first"]) for c in moved["infections"]["concerns"]] == [
        (c["category"], c["first"]) for c in kept["infections"]["concerns"]]
    assert [c["category"] for c in moved["concerns"] if not c["history"]] == [
        c["category"] for c in kept["concerns"] if c["last"] >= ago(14)
    ]
    again = tmp_path / f"again.{fmt}"
    run("--db", str(copy), "export", "--format", fmt, "--output", str(again))
    if fmt == "csv":
        assert again.read_bytes() == exported.read_bytes()
    else:
        def without_ids(path):
            return [{**e, "id": None} for e in json.loads(path.read_text())]

        assert without_ids(again) == without_ids(exported)


def test_reimport_adds_nothing(run, journal_file, tmp_path):
    awkward_journal(journal_file)
    exported = tmp_path / "e.csv"  # (CliRunner's stdout folds \r\n, so use a file)
    run("export", "--output", str(exported))
    result = run("import", str(exported))
    assert "Imported 0 entries; skipped 53 already in the journal" in result.stdout
    copy = str(tmp_path / "copy.db")
    run("--db", copy, "import", str(exported))
    assert "Imported 0 entries; skipped 53" in run("--db", copy, "import", str(exported)).stdout


def test_an_entry_already_present_is_skipped_once_per_copy(run, tmp_path):
    run("feel", "4", "--on", "2026-05-14")
    hand = tmp_path / "hand.csv"
    hand.write_text("type,date,value,name,note\nfatigue,2026-05-14,4,,\nfatigue,2026-05-14,4,,\n")
    assert "Imported 1 entry; skipped 1" in run("import", str(hand)).stdout


def test_a_hand_written_five_column_file_with_bom_and_crlf(run, tmp_path):
    hand = tmp_path / "spreadsheet.csv"
    hand.write_bytes(
        "\ufefftype,date,value,name,note\r\n"
        "infusion,2026-05-14,600,,first dose\r\n"
        "Fatigue,2026-05-15T21:00,7,,\"tired, very\"\r\n"
        "symptom,2026-05-15,,Fever,\r\n"
        ",,,,\r\n".encode("utf-8")
    )
    result = run("import", str(hand))
    assert result.exit_code == 0, result.output
    rows = json.loads(run("log", "--json").stdout)
    assert [(r["type"], r["date"], r["value"], r["name"], r["note"]) for r in rows] == [
        ("fatigue", "2026-05-15T21:00", 7, None, "tired, very"),
        ("symptom", "2026-05-15", None, "fever", None),
        ("infusion", "2026-05-14", 600, None, "first dose"),
    ]


def test_hand_written_premeds_may_be_separated_by_semicolons():
    [entry] = read_entries("type,date,value,premeds\ninfusion,2026-05-14,600,a; b ;c\n", NOW)
    assert entry.premeds == ("a", "b", "c")


@pytest.mark.parametrize(
    ("bad_row", "says"),
    [
        ("fatigue,2026-05-20,11,,", "0 to 10"),
        ("fatigue,2026-05-20,5.5,,", "0 to 10"),
        ("fatigue,2026-05-20,,,", "0 to 10"),
        ("infusion,2026-05-20,0,,", "dose"),
        ("mood,2026-05-20,5,,", "infusion, fatigue, symptom, temperature, planned, scale, lab, vaccine or planned_lab"),
        ("fatigue,yesterday,5,,", "YYYY-MM-DD"),
        ("fatigue,2026-02-30,5,,", "no such day"),
        ("fatigue,2099-01-01,5,,", "future"),
        ("symptom,2026-05-20,3,fever,", "no value"),
        ("symptom,2026-05-20,,,", "name"),
        ("fatigue,2026-05-20,5,fever,", "only symptoms"),
        ("fatigue,2026-05-20,5,,,extra", "cells"),
    ],
)
def test_one_bad_row_imports_nothing_and_names_its_line(run, journal_file, tmp_path, bad_row, says):
    run("feel", "3", "--on", "2026-05-01")
    good = [f"fatigue,2026-05-{d:02d},{d % 11},,day {d}" for d in range(2, 30)]
    lines = ["type,date,value,name,note", '"fatigue","2026-05-01","2","","two\nlines"'] + good
    lines.insert(20, bad_row)
    upload = tmp_path / "upload.csv"
    upload.write_text("\n".join(lines) + "\n")
    result = run("import", str(upload), code=2)
    assert result.exit_code == 2
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("Error: Line 22:")  # the note on line 2 spans two lines
    assert says.lower() in message.lower()
    assert [e["value"] for e in json.loads(run("log", "--json").stdout)] == [3]


def test_bad_json_names_the_line(tmp_path):
    text = '[\n  {"type": "fatigue", "date": "2026-05-14", "value": 4},\n' \
           '  {"type": "fatigue", "date": "2026-05-15", "value": true}\n]\n'
    with pytest.raises(InvalidValue, match="^Line 3: the fatigue score"):
        read_entries(text, NOW)
    with pytest.raises(InvalidValue, match="^Line 2: this is not valid JSON"):
        read_entries('[\n {"type": "fatigue",, }\n]', NOW)
    with pytest.raises(InvalidValue, match="JSON object"):
        read_entries("[1, 2]", NOW)
    assert read_entries("[]", NOW) == []


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "header"),
        (b"date,value\n2026-05-14,5\n", "'type'"),
        (b"type,date,mood\n", "unknown column 'mood'"),
        (b"type,date\n\xff\xfe,5\n", "UTF-8"),
    ],
)
def test_files_that_are_not_exports(run, tmp_path, content, says):
    upload = tmp_path / "upload.csv"
    upload.write_bytes(content)
    result = run("import", str(upload), code=2)
    assert result.exit_code == 2
    assert says in result.stderr


def test_import_a_missing_file(run):
    result = run("import", "/no/such/file.csv", code=2)
    assert result.exit_code == 2 and "Could not read /no/such/file.csv" in result.stderr


def test_import_from_standard_input(run):
    result = run("import", "-", input="type,date,value,name,note\nfatigue,2026-05-14,6,,\n")
    assert "Imported 1 entry" in result.stdout


def test_export_filters_and_order(run):
    for day in (3, 1, 2):
        run("feel", str(day), "--on", f"2026-05-0{day}")
    lines = run("export", "--since", "2026-05-02").stdout.splitlines()
    assert lines == ["type,date,value,name,note,premeds,reactions,source,items,subscales,handled_on,handled_note"
                     ",unit,range,live,handled_signs",
                     "fatigue,2026-05-02,2,,,,,,,,,,,,,", "fatigue,2026-05-03,3,,,,,,,,,,,,,"]
    assert run("export", "--format", "xml", code=2).exit_code == 2


def test_export_never_overwrites_without_force_and_is_private(run, tmp_path):
    run("feel", "5", "--on", "2026-05-14")
    target = tmp_path / "out.csv"
    target.write_text("precious")
    result = run("export", "--output", str(target), code=2)
    assert result.exit_code == 2 and "--force" in result.stderr
    assert target.read_text() == "precious"
    assert run("export", "--output", str(target), "--force").exit_code == 0
    assert "fatigue,2026-05-14,5" in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_backup_is_a_journal_with_the_same_entries(run, journal_file, tmp_path):
    awkward_journal(journal_file)
    result = run("backup")
    assert result.exit_code == 0
    [copy] = [p for p in journal_file.parent.iterdir() if "-backup-" in p.name]
    assert copy.name.startswith("journal-backup-") and copy.suffix == ".db"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with Journal.open(copy) as backup, Journal.open(journal_file) as original:
        assert backup.entries(limit=None) == original.entries(limit=None)
        assert backup.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_backup_never_overwrites(run, journal_file, tmp_path):
    run("feel", "5")
    target = tmp_path / "b.db"
    assert run("backup", str(target)).exit_code == 0
    before = target.read_bytes()
    run("feel", "6")
    result = run("backup", str(target), code=2)
    assert result.exit_code == 2 and "already exists" in result.stderr
    assert target.read_bytes() == before
    folder = tmp_path / "backups"
    folder.mkdir()
    assert run("backup", str(folder)).exit_code == 0
    assert len(list(folder.iterdir())) == 1


def test_backup_with_no_journal(run, journal_file):
    result = run("backup", code=1)
    assert result.exit_code == 1 and "nothing to back up" in result.stderr
    assert not journal_file.exists()


notes = st.one_of(st.none(), st.text(min_size=1, max_size=60))
entries_strategy = st.lists(
    st.one_of(
        st.builds(lambda v, n: Entry(type="fatigue", date="2026-05-14T08:00", value=v, note=n),
                  st.integers(0, 10), notes),
        st.builds(lambda name, n: Entry(type="symptom", date="2026-05-15", name=name, note=n),
                  st.sampled_from(["fever", "rash", "sore throat"]), notes),
        st.builds(
            lambda p, r, n: Entry(type="infusion", date="2026-05-01", value=600, premeds=p,
                                  reactions=r, note=n),
            st.lists(st.text(min_size=1).filter(str.strip).map(str.strip), max_size=3).map(tuple),
            st.lists(st.text(min_size=1).filter(str.strip).map(str.strip), max_size=2).map(tuple),
            notes,
        ),
    ),
    max_size=8,
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(entries=entries_strategy)
def test_any_text_survives_csv_and_json(entries):
    assert read_entries(to_csv(entries), NOW) == entries
    assert read_entries(to_json(entries), NOW) == entries


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(read_size=st.integers(min_value=1, max_value=300), layout=st.sampled_from(["lines", "indented", "compact"]))
def test_json_is_read_right_whatever_the_pieces_it_arrives_in(monkeypatch, read_size, layout):
    import io

    from ocrelog import exports
    from ocrelog.importers import own

    monkeypatch.setattr(own, "_READ_SIZE", read_size)
    rows = [{"type": "fatigue", "date": f"2026-05-{1 + n:02d}", "value": n % 11, "name": None,
             "note": ["é \\u2603 \"quoted\"", None, "x" * 70][n % 3], "premeds": [], "reactions": []}
            for n in range(25)]
    rows.append({"type": "temperature", "date": "2026-05-30T07:15", "value": 38.25, "note": None})
    text = {"lines": "".join(exports.json_chunks([])).replace("[]", "[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]"),
            "indented": json.dumps(rows, indent=2), "compact": json.dumps(rows, separators=(",", ":"))}[layout]
    entries = list(own.read_stream(io.StringIO(text), NOW))
    assert [(e.date, e.value, e.note) for e in entries] == [
        (r["date"], 38.3 if r["type"] == "temperature" else r["value"], r["note"]) for r in rows]  # a half up


def test_a_semicolon_file_says_so_even_when_named_as_ocrelogs_own(run, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("type;date;value\nfatigue;2026-05-01;3\n")
    for args in (["import", str(path)], ["import", "--from", "ocrelog", str(path)]):
        result = run(*args, code=2)
        assert result.exit_code == 2 and "semicolon-separated" in result.stderr, args


# The fast path for the dates ocrelog writes gives what the long way gives, or the same refusal.

_NOW = datetime(2026, 5, 14, 10, 30)


def _both_ways(text: str, allow_future: bool):
    from ocrelog.dates import parse_file_date
    from ocrelog.errors import InvalidValue
    from ocrelog.importers.own import _file_date, _Limits

    results = []
    for read in (lambda: _file_date(text, _Limits(_NOW), allow_future),
                 lambda: parse_file_date(text, _NOW, allow_future=allow_future)):
        try:
            results.append(read())
        except InvalidValue as error:
            results.append(("refused", str(error)))
    return results


@given(
    st.one_of(
        st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2100, 1, 1)).map(
            lambda moment: moment.strftime("%Y-%m-%dT%H:%M")),
        st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 1, 1)).map(date.isoformat),
        st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?\Z"),
        st.sampled_from(["2026-05-15T00:29", "2026-05-15T00:30", "2026-05-15T00:31", "2026-05-15",
                         "2026-05-16", "1899-12-31", "1900-01-01", "2026-02-29", "2024-02-29T24:00"]),
    ),
    st.booleans(),
)
def test_the_fast_date_path_agrees_with_the_long_way(text, allow_future):
    fast, slow = _both_ways(text, allow_future)
    assert fast == slow


@pytest.mark.parametrize(("value", "score"), [(5, 5), ("5", 5), ("05", 5), (" 7 ", 7), (0, 0), (10, 10)])
def test_scores_read_fast_are_the_scores_read_the_long_way(value, score):
    text = json.dumps([{"type": "fatigue", "date": "2025-01-01", "value": value}])
    assert read_entries(text, _NOW)[0].value == score


@pytest.mark.parametrize("value", [11, -1, True, 5.0, "5.5", "", None, "11"])
def test_scores_off_the_scale_are_still_refused(value):
    text = json.dumps([{"type": "fatigue", "date": "2025-01-01", "value": value}])
    with pytest.raises(InvalidValue, match="fatigue score"):
        read_entries(text, _NOW)


def test_entries_read_from_a_file_equal_entries_built_the_usual_way():
    from ocrelog.importers.own import _fast_entry, _new_entry, _slow_entry

    fields = ("infusion", "2025-01-01T09:00", 600, None, "first", ("steroid",), ("rash",), "csv")
    assert _fast_entry(*fields) == _slow_entry(*fields) == _new_entry(*fields)
    assert repr(_fast_entry(*fields)) == repr(_slow_entry(*fields))
    assert hash(_fast_entry(*fields)) == hash(_slow_entry(*fields))
    with pytest.raises(AttributeError):  # still frozen
        _fast_entry(*fields).value = 1


# The fast paths for the rows ocrelog writes (own._csv_fast, own._json_fast) give what the long
# way (own._entry) gives, or the same refusal, or leave the row to it; so does the day
# remembered from the row before.

def _either(read):
    try:
        return read()
    except InvalidValue as error:
        return ("refused", str(error))


_ODD = st.sampled_from(["", " ", "05", "11", "-1", "601", "920mg", "38.2", "x", "Fatigue", "[]", '["rash"]',
                        "a;b", "1,2", "{}", " csv ", "\u00a0"])
_DATE = st.one_of(
    st.sampled_from(["2026-05-14", "2026-05-14T08:15", "2026-05-14T08:16", "2026-05-14T24:00", "2026-05-15T00:30",
                     "2026-05-15T00:29", "2026-05-15", "2026-05-16", "2026-02-30", "1899-12-31T10:00",
                     " 2026-05-14", "2026-05-14T8:15", "yesterday", "2026-05-14T08:15:00"]),
    st.datetimes(min_value=datetime(1899, 12, 1), max_value=datetime(2026, 5, 16)).map(
        lambda moment: moment.strftime("%Y-%m-%dT%H:%M")),
)
#: Rows mostly as ocrelog writes them (so that the fast path reads them), some a little off.
_KIND = st.sampled_from(["fatigue", "fatigue", "symptom", "infusion", "planned", "temperature", "scale", "Fatigue", ""])
_NOTE = st.one_of(st.just(""), st.sampled_from(["slept badly", " two\nlines "]), _ODD)
_SOURCE = st.one_of(st.just(""), st.sampled_from(["csv", " daylio ", "  "]), _ODD)


@st.composite
def _csv_row(draw: st.DrawFn) -> list[str]:
    """The ten cells of a row as an export writes it, up to two of them odd."""
    kind = draw(_KIND)
    cells = [kind, draw(_DATE), str(draw(st.sampled_from(_VALUES.get(kind, [38.4, 5, ""])))),
             draw(st.sampled_from([n or "" for n in _NAMES.get(kind, ["", "", "fever"])])),
             draw(_NOTE), "", "", draw(_SOURCE), "", ""]
    if kind == "symptom" and cells[2] == "None":
        cells[2] = ""
    for position in draw(st.lists(st.integers(0, 9), max_size=2)):
        cells[position] = draw(_ODD)
    return cells


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(_csv_row(), min_size=1, max_size=6), wide=st.booleans())
@example(rows=[["fatigue", "2026-05-14T08:15", "5", "", "", "", "", " csv ", "", ""]], wide=True)
@example(rows=[["infusion", "2026-05-14", "601", "", "", "", "", "", "", ""]], wide=False)
def test_the_fast_csv_row_agrees_with_the_long_way(rows, wide):
    from ocrelog.exports import BASE_COLUMNS, CSV_COLUMNS
    from ocrelog.importers.own import _csv_fast, _entry, _Limits

    columns = CSV_COLUMNS if wide else BASE_COLUMNS
    fast_limits, slow_limits = _Limits(_NOW), _Limits(_NOW)
    for row in rows:
        cells = list(row[: len(columns)])
        fast = _either(lambda: _csv_fast(cells, fast_limits))
        slow = _either(lambda: _entry(dict(zip(columns, cells)), slow_limits))
        assert fast is None or fast == slow, cells


_JSON_ODD = st.one_of(_ODD, st.none(), st.integers(-2, 1900), st.booleans(), st.floats(0, 700),
                     st.sampled_from([[], ["rash"], [" "], {}, [1, 2], {"a": 1}]))
#: What each kind holds as an export writes it, with its near misses.
_VALUES = {"fatigue": [5, 0, 10, 11, -1, True, "5"], "symptom": [None, None, "", 1],
           "infusion": [600, 300, 920, 1200, 1800, 601, 6], "planned": [600, 1800, 601]}
_NAMES = {"symptom": ["fever", " Sore  Throat ", "  ", "", None]}


@st.composite
def _json_rows(draw: st.DrawFn) -> dict:
    """An object as an export writes it, with up to two keys taken away or given odd values."""
    kind = draw(_KIND)
    row = {"id": draw(st.integers(1, 9)), "type": kind, "date": draw(_DATE),
           "value": draw(st.sampled_from(_VALUES.get(kind, [38.4, 5, None]))),
           "name": draw(st.sampled_from(_NAMES.get(kind, [None, None, "", "fever"]))),
           "note": draw(st.sampled_from([None, "", "slept badly"])), "premeds": [], "reactions": [],
           "source": draw(st.sampled_from([None, "", "csv", " daylio ", "  "])), "items": [], "subscales": {}}
    for key in draw(st.lists(st.sampled_from(sorted(row)), max_size=2)):
        odd = draw(st.one_of(st.just("(absent)"), _JSON_ODD))
        if odd == "(absent)":
            row.pop(key, None)
        else:
            row[key] = odd
    return row


_JSON_ROW = _json_rows()


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(_JSON_ROW, min_size=1, max_size=6))
@example(rows=[{"type": "infusion", "date": "2026-05-14", "value": 601}])
@example(rows=[{"type": "fatigue", "date": "2026-05-14", "value": 5, "source": ""}])
def test_the_fast_json_object_agrees_with_the_long_way(rows):
    from ocrelog.importers.own import _entry, _json_fast, _Limits

    fast_limits, slow_limits = _Limits(_NOW), _Limits(_NOW)
    for row in rows:
        fast = _either(lambda: _json_fast(row, fast_limits))
        slow = _either(lambda: _entry(row, slow_limits))
        assert fast is None or fast == slow, row


@given(st.lists(st.tuples(_DATE, st.booleans()), min_size=2, max_size=8))
def test_a_day_remembered_from_the_row_before_gives_what_the_long_way_gives(dates):
    from ocrelog.dates import parse_file_date
    from ocrelog.importers.own import _file_date, _Limits

    limits = _Limits(_NOW)  # shared, as along a file: the row before leaves its day behind
    for text, allow_future in dates:
        assert _either(lambda: _file_date(text, limits, allow_future)) == _either(
            lambda: parse_file_date(text, _NOW, allow_future=allow_future)), text


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_imported_dose_later_than_now_is_refused(run, journal_file, tmp_path, fmt):
    from ocrelog.dates import to_iso, written

    later = to_iso((datetime.now() + timedelta(hours=3)).replace(second=0, microsecond=0))  # within the time-zone leeway
    file = tmp_path / f"doses.{fmt}"
    if fmt == "csv":
        file.write_text(f"type,date,value\nfatigue,{ago(2)},4\ninfusion,{later},600\n")
    else:
        file.write_text(json.dumps([{"type": "fatigue", "date": ago(2), "value": 4},
                                    {"type": "infusion", "date": later, "value": 600}]))
    for args in (["import", str(file)], ["import", "--dry-run", str(file)]):
        message = one_sentence(run(*args, code=2), only=False)
        assert f"a dose given on {written(later)}, later than now" in message and "planned" in message
    assert not journal_file.exists() or run("log", "--json").stdout.strip() == "[]"
    file.write_text(file.read_text().replace("infusion", "planned"))  # a booking may lie ahead
    assert run("import", str(file)).exit_code == 0
