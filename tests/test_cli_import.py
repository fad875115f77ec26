"""`import` through the CLI: the summary on stdout, nothing-mapped files, Visible's exertion and notes, Bearable's slots, `--note-column`."""

import json

from conftest import entries, one_sentence


DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note\n"
    "2025-03-01,1 March,Saturday,20:00,tired,work | reading,long day\n"
    "2025-03-02,2 March,Sunday,21:00,good,reading,\n"
)


HEALTH_WITHOUT_FATIGUE = (
    '<?xml version="1.0"?>\n<HealthData locale="en_GB">\n'
    '<Record type="HKQuantityTypeIdentifierHeartRate" startDate="2025-03-01 08:10:00 +0000" value="60"/>\n'
    '<Record type="HKQuantityTypeIdentifierStepCount" startDate="2025-03-01 09:10:00 +0000" value="600"/>\n'
    '<Record type="HKQuantityTypeIdentifierStepCount" startDate="2025-03-02 09:10:00 +0000" value="700"/>\n'
    "</HealthData>\n"
)


VISIBLE = (
    "observation_date,tracker_name,tracker_category,observation_value\n"
    "2025-03-01,Fatigue,General,2\n"
    "2025-03-01,Physically active,Physical,2\n"
    "2025-03-01,Mentally demanding,Cognitive,1\n"
    "2025-03-01,Socially demanding,Social,0\n"
    "2025-03-01,Emotionally stressful,Emotional,3\n"
    "2025-03-01,Period,Experience,1\n"
    "2025-03-01,Headache,Brain,1\n"
    "2025-03-01,Note,Note,Walked to the shop\n"
    "2025-03-02,Physically active,Physical,3\n"
    "2025-03-02,Note,Note,No score today\n"
    "2025-03-02,Crash,Experience,2\n"
)


BEARABLE = (
    "date,weekday,time of day,category,rating/amount,detail,notes\n"
    '"1st Mar 2025","Saturday","pre","Symptom","1","Headache (Mild)",""\n'
    '"1st Mar 2025","Saturday","mid","Symptom","3","Headache (Severe)","behind the eyes"\n'
    '"1st Mar 2025","Saturday","pm","Symptom","2","Headache (Moderate)",""\n'
    '"1st Mar 2025","Saturday","all day","Symptom","1","Nausea (Mild)",""\n'
    '"1st Mar 2025","Saturday","09:15","Symptom","1","Rash (Mild)",""\n'
    '"2nd Mar 2025","Sunday","pre","Symptom","1","Headache (Mild)",""\n'
    '"2nd Mar 2025","Sunday","am","Energy","2","Poor",""\n'
)


def test_import_summary_is_on_stdout_and_hints_on_stderr(run, journal_file, tmp_path):
    path = tmp_path / "ocrelog.csv"
    path.write_text("type,date,value,name\nfatigue,2025-05-01,3,\nsymptom,2025-05-02,,rash\n")
    result = run("import", str(path))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "Imported 2 entries; skipped 0 already in the journal."
    assert "by kind: 1 fatigue, 1 symptom" in result.stdout
    assert "by kind" not in result.stderr and "undo" in result.stderr


def test_daylio_with_nothing_mapped_is_exit_1_naming_the_labels_and_map(run, journal_file, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO)
    result = run("import", str(path), code=1)
    message = one_sentence(result, code=1, only=False)
    assert "tired (1)" in message and "reading (2)" in message and "--map LABEL=SCORE" in message
    assert message.index("tired") < message.index("reading")  # the likely fatigue label first
    assert not journal_file.exists()
    dry = run("import", str(path), "--dry-run", code=1)
    assert dry.exit_code == 1 and "left unmapped" in dry.stdout and "--map" in dry.stderr
    assert run("import", str(path), "--map", "tired=7").exit_code == 0


def test_apple_health_with_nothing_mapped_names_the_record_types(run, journal_file, tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(HEALTH_WITHOUT_FATIGUE)
    message = one_sentence(run("import", str(path), code=1), code=1, only=False)
    assert "StepCount (2)" in message and "HeartRate (1)" in message and "Fatigue" in message
    assert not journal_file.exists()


def test_a_file_of_only_a_header_still_imports_nothing_with_exit_0(run, journal_file, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("type,date,value\n")
    result = run("import", str(path))
    assert result.exit_code == 0 and "Imported 0 entries" in result.stdout


def test_visible_exertion_and_period_are_not_symptoms_and_notes_are_kept(run, journal_file, tmp_path):
    path = tmp_path / "visible.csv"
    path.write_text(VISIBLE)
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    rows = sorted(entries(journal_file), key=lambda e: e.id)
    assert [(e.date, e.type, e.name) for e in rows] == [
        ("2025-03-01", "fatigue", None), ("2025-03-01", "symptom", "headache"), ("2025-03-02", "symptom", "crash"),
    ]
    assert rows[0].note == (
        "Walked to the shop; physically active 2/3; mentally demanding 1/3; emotionally stressful 3/3; period"
    )
    assert "1 note on days without a fatigue score" in result.stdout
    assert "1 exertion and period rating on days without a fatigue score" in result.stdout
    assert json.loads(run("log", "--grep", "walked", "--json").stdout)[0]["type"] == "fatigue"


def test_bearable_slots_fold_into_one_symptom_a_day_with_the_highest_severity(run, journal_file, tmp_path):
    path = tmp_path / "bearable.csv"
    path.write_text(BEARABLE)
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    rows = sorted(entries(journal_file), key=lambda e: (e.date, e.type, e.name or ""))
    assert [(e.date, e.type, e.name, e.note) for e in rows] == [
        ("2025-03-01", "symptom", "headache", "severity: severe; behind the eyes"),
        ("2025-03-01", "symptom", "nausea", "severity: mild"),
        ("2025-03-01T09:15", "symptom", "rash", "severity: mild"),
        ("2025-03-02", "fatigue", None, None),
        ("2025-03-02", "symptom", "headache", "severity: mild"),
    ]
    assert "2 symptom rows folded into one a day" in result.stdout


def test_any_csv_note_column(run, journal_file, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text(
        "Day,Tired,Symptom,Comment\n"
        "2025-03-01,4,,after physio\n"
        "2025-03-02,,rash,itchy  arms\n"
        "2025-03-03,7,chills,both\n"
        "2025-03-04,2,,\n"
    )
    args = ("import", str(path), "--from", "csv", "--date-column", "day", "--score-column", "tired",
            "--symptom-column", "symptom", "--note-column", " COMMENT ")
    assert run(*args).exit_code == 0
    rows = sorted(entries(journal_file), key=lambda e: e.id)
    assert [(e.date, e.type, e.note) for e in rows] == [
        ("2025-03-01", "fatigue", "after physio"), ("2025-03-02", "symptom", "itchy  arms"),
        ("2025-03-03", "fatigue", "both"), ("2025-03-03", "symptom", None), ("2025-03-04", "fatigue", None),
    ]
    bad = list(args)
    bad[-1] = "remarks"
    assert "no column 'remarks'" in one_sentence(run(*bad, code=2), only=False)


def test_an_import_that_stops_on_a_bad_row_keeps_nothing_of_the_file(run, journal_file, tmp_path):
    """'Nothing is written when a command fails': no entry of the file, no 'Created' line. (The
    empty journal a first import opened is left: removing it could race another ocrelog's write.)"""
    bad = tmp_path / "bad.csv"
    rows = [f"fatigue,2026-10-{day:02d},5,," for day in range(1, 21)] + ["fatigue,2026-11-01,12,,"]
    bad.write_text("type,date,value,name,note\n" + "\n".join(rows) + "\n")
    failed = run("import", str(bad), code=2)
    assert "Line 22" in failed.stderr and "Created a new journal" not in failed.stderr
    assert json.loads(run("log", "--json").stdout) == []
    run("feel", "5")  # a journal that exists is kept, byte for byte, when an import fails
    before = journal_file.read_bytes()
    run("import", str(bad), code=2)
    assert journal_file.read_bytes() == before


def test_a_spreadsheets_numeric_dates_are_read_in_one_order_never_guessed_row_by_row(run, journal_file, tmp_path, monkeypatch):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("day,energy\n03/11/2026,3\n04/11/2026,2\n25/11/2026,4\n")
    options = ["--from", "csv", "--date-column", "day", "--score-column", "energy", "--scale", "1-5"]
    monkeypatch.setenv("OCRELOG_DATE_ORDER", "mdy")
    refused = run("import", str(sheet), *options, code=2)
    assert "Line 4" in refused.stderr and "ocrelog config date_order dmy" in refused.stderr
    assert json.loads(run("log", "--json").stdout) == []  # nothing imported, not even the three it could read
    monkeypatch.setenv("OCRELOG_DATE_ORDER", "dmy")
    run("import", str(sheet), *options)
    assert [e["date"] for e in json.loads(run("log", "--json").stdout)] == ["2026-11-25", "2026-11-04", "2026-11-03"]


def test_a_spreadsheets_year_first_dates_are_read_year_month_day_whatever_the_date_order(run, tmp_path, monkeypatch):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("day,energy\n2026/11/03,3\n2026/11/13,4\n")
    monkeypatch.setenv("OCRELOG_DATE_ORDER", "dmy")
    run("import", str(sheet), "--from", "csv", "--date-column", "day", "--score-column", "energy", "--scale", "1-5")
    assert [e["date"] for e in json.loads(run("log", "--json").stdout)] == ["2026-11-13", "2026-11-03"]
