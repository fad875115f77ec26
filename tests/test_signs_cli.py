"""Warning signs through the command line: every note read, advice at once, handled marks,
doses that re-read their reaction window, imports that count instead of shouting."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ocrelog.entries import Entry

TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def alerts(run) -> list[dict]:
    result = run("report", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["alerts"]


@pytest.mark.parametrize(
    ("args", "category"),
    [
        (("feel", "6", "--note", "fever 38.9, shivering all night"), "infection"),
        (("feel", "5", "--note", "yellow eyes and dark pee"), "liver"),
        (("temp", "37.2", "--note", "burning when I pee"), "infection"),
        (("symptom", "tired", "--note", "can't breathe properly"), "breathing"),
    ],
)
def test_the_note_of_every_entry_is_read_and_advised_at_once(run, args, category):
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert "Warning sign" in result.stderr and "Warning sign" not in result.stdout
    assert category in {a["category"] for a in alerts(run)}
    assert category in run("status", "--json").stdout


def test_a_dose_note_is_read_as_a_reaction_and_as_breathing(run):
    result = run("infuse", "--on", "today 00:01", "--note", "chest tight and itchy throat")
    assert "Warning sign (breathing): Seek help now" in result.stderr
    assert {a["category"] for a in alerts(run)} == {"breathing", "infusion_reaction"}


def test_hives_and_short_of_breath_on_the_dose_day_ask_for_help_now(run):
    run("infuse", "--on", "today 00:01")
    result = run("feel", "8", "--note", "hives all over, short of breath")
    assert "Seek help now" in result.stderr
    assert {a["urgency"] for a in alerts(run)} == {"now"}


@pytest.mark.parametrize("name", ["no fever", "fever gone", "not feverish today", "UTI resolved", "flu jab", "temp 37.1"])
def test_what_cried_wolf_is_silent_everywhere(run, name):
    result = run("symptom", name)
    assert result.exit_code == 0 and "Warning sign" not in result.stderr
    assert alerts(run) == []
    assert "Warning sign" not in run("status").stdout


def test_reaction_none_means_none(run):
    result = run("infuse", "--on", "today 00:01", "--reaction", "none")
    assert "Warning sign" not in result.stderr
    assert alerts(run) == []


def test_a_plain_score_prints_no_advice_and_a_wordless_dose_none(run):
    assert "Warning sign" not in run("feel", "5").stderr  # the first also says the journal was created
    assert run("feel", "6").stderr == ""
    assert "Warning sign" not in run("infuse", "--on", ago(30)).stderr


def test_recording_a_dose_rereads_its_window_but_not_what_came_before_its_time(run):
    run("symptom", "headache", "--on", "yesterday 09:00")  # more than an hour before the dose
    run("symptom", "rash", "--on", "yesterday 10:40")
    assert alerts(run) == []
    result = run("infuse", "--on", "yesterday 10:30")
    assert "now read as a reaction to it (#2)" in result.stderr
    assert "Warning sign (infusion reaction)" in result.stderr
    found = alerts(run)
    assert [(a["category"], a["logged"]) for a in found] == [("infusion_reaction", "rash")]


def test_a_symptom_the_day_after_the_dose_is_a_reaction_and_two_days_after_is_not(run):
    run("infuse", "--on", ago(3))
    run("symptom", "rash", "--on", ago(2))
    run("symptom", "headache", "--on", ago(1))
    assert [a["logged"] for a in alerts(run)] == ["rash"]


def test_a_sign_logged_with_no_dose_at_all_still_counts_when_it_is_breathing(run):
    run("symptom", "throat closing")
    assert [a["category"] for a in alerts(run)] == ["breathing"]


# -- handled ----------------------------------------------------------------------------------------


def test_handled_quietens_status_shows_in_report_and_undo_takes_it_back(run):
    run("symptom", "chills", "--on", ago(1))
    run("feel", "5", "--note", "dark urine")
    status = run("status").stdout
    assert "(C1)" in status and "(C2)" in status

    result = run("handled", "1", "--note", "GP saw it, antibiotics started")
    assert result.exit_code == 0, result.output
    assert "Marked the warning sign of #1 as handled (infection)" in result.stdout
    status = run("status").stdout
    assert "(C1)" not in status and "(C2)" in status
    assert "marked as handled in the last 30 days: 1" in status
    report = run("report").stdout
    assert "handled on" in report and "GP saw it" in report
    handled = {a["entry_id"]: a["handled"] for a in alerts(run)}
    assert handled == {1: {"date": TODAY.isoformat(), "note": "GP saw it, antibiotics started"}, 2: None}
    status_json = json.loads(run("status", "--json").stdout)
    assert {a["entry_id"]: a["handled"] is not None for a in status_json["alerts"]} == {1: True, 2: False}

    assert run("undo", "--force").exit_code == 0
    assert {a["entry_id"]: a["handled"] for a in alerts(run)} == {1: None, 2: None}
    assert "(C1)" in run("status").stdout


def test_handled_without_a_note(run):
    run("symptom", "fever")
    run("handled", "1")
    assert alerts(run)[0]["handled"] == {"date": TODAY.isoformat(), "note": None}


def test_handled_of_an_entry_with_no_warning_sign_is_one_sentence_and_exit_1(run, journal_file):
    run("feel", "4", "--note", "walked the dog")
    result = run("handled", "1", code=1)
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: #1") and "no warning sign" in line and line.endswith(".")
    assert "Traceback" not in result.output


def test_handled_of_a_missing_entry_changes_nothing(run, journal_file):
    result = run("handled", "7", code=2)
    assert result.exit_code == 2 and "no entry #7" in result.stderr
    assert not journal_file.exists()


# -- the rule and the summary read the same signs ----------------------------------------------------


def test_a_severe_finding_never_states_an_absence_from_a_negated_note(run):
    run("infuse", "--on", ago(10))
    for day in range(10, 3, -1):
        run("feel", "6", "--on", ago(day), "--note", "no fever")
    [cycle] = json.loads(run("report", "--json").stdout)["cycles"]
    assert cycle["flag"] == "prolonged"
    assert "fever" not in run("report").stdout.split("Warning signs")[-1]


def test_an_infection_in_a_note_makes_an_episode_severe(run):
    run("infuse", "--on", ago(10))
    for day in range(10, 3, -1):
        run("feel", "6", "--on", ago(day))
    run("feel", "6", "--on", ago(6), "--note", "started antibiotics for a bladder infection")
    [cycle] = json.loads(run("report", "--json").stdout)["cycles"]
    assert cycle["flag"] == "severe"


def test_the_summary_lists_warning_signs_written_in_notes(run, tmp_path):
    run("feel", "6", "--on", ago(3), "--note", "fever 38.9, shivering all night")
    out = tmp_path / "visit.md"
    result = run("summary", "-o", str(out), "--format", "md")
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "fever 38.9, shivering all night" in text and "none logged" not in text


# -- imports count, never shout ------------------------------------------------------------------


def test_an_import_prints_one_count_of_warning_signs(run, tmp_path):
    rows = ["type,date,value,name,note"]
    rows += [f"symptom,{ago(d)},,muscle weakness," for d in range(40, 10, -1)]  # one sign: its first day
    rows += [f"symptom,{ago(5)},,no fever,", f"fatigue,{ago(4)},6,,diarrhoea all day", f"symptom,{ago(3)},,fever,"]
    export = tmp_path / "in.csv"
    export.write_text("\n".join(rows) + "\n")
    result = run("import", str(export))
    assert result.exit_code == 0, result.output
    assert "2 warning signs in the imported entries; see ocrelog report." in result.stderr
    # the muscle weakness first logged 40 days before the import is history, not current
    assert "1 warning sign in the imported history (see ocrelog report); none raised as current." in result.stderr
    assert "Warning sign (" not in result.stderr


def test_an_imports_count_says_how_many_need_help_now(run, tmp_path):
    export = tmp_path / "in.csv"
    rows = ["type,date,value,name,note", f"symptom,{ago(2)},,headache,", f"temperature,{ago(2)}T10:00,38.9,,"]
    rows += [f"symptom,{ago(3)},,diarrhoea,"]
    export.write_text("\n".join(rows) + "\n")
    result = run("import", str(export))
    assert "2 warning signs in the imported entries (1 of them: seek help now); see ocrelog report." in result.stderr


# An import's count reads only the entries with words, from USUAL_DAYS before the earliest new one:
# it must give what the whole journal, read as the report reads it, gives for the new entries.

_WORDS = st.sampled_from([None, "muscle weakness", "fever 38.9", "no fever", "rash", "short of breath",
                          "slept badly", "numb left leg", "itchy throat"])
_LOGGED = st.tuples(
    st.sampled_from(["fatigue", "symptom", "temperature", "infusion", "planned"]),
    st.integers(0, 45),  # days ago
    st.booleans(),  # with a time of day
    _WORDS,
    st.integers(0, 10),
)


def _entry_of(logged: tuple) -> Entry:
    kind, days, timed, words, score = logged
    when = (TODAY - timedelta(days=days)).isoformat() + ("T09:30" if timed else "")
    if kind == "symptom":
        return Entry(type="symptom", date=when, name=words or "tired")
    value = {"fatigue": score, "temperature": 36.5 + score * 0.3, "infusion": 600, "planned": 600}[kind]
    reactions = (words,) if kind == "infusion" and words and score > 5 else ()
    return Entry(type=kind, date=when, value=value, note=words, reactions=reactions)


@settings(max_examples=60, deadline=None)
@given(before=st.lists(_LOGGED, max_size=12), imported=st.lists(_LOGGED, min_size=1, max_size=20))
@example(before=[("symptom", 24, False, "numb left leg", 0)],  # 14 days before: usual, no alert
         imported=[("fatigue", 10, True, "numb left leg", 4), ("fatigue", 3, False, "rash", 2)])
def test_an_imports_warning_signs_are_those_the_whole_journal_shows(before, imported):
    import tempfile
    from pathlib import Path

    from ocrelog.journal import Journal
    from ocrelog.queries import alerts_from, dose_moments
    from ocrelog.concerns import alerts as all_alerts

    with tempfile.TemporaryDirectory() as folder, Journal.open(Path(folder) / "j.db", write=True) as journal:
        journal.add_many([_entry_of(x) for x in before])
        first_id = journal.next_id()
        journal.add_new([_entry_of(x) for x in imported])
        whole = all_alerts(
            journal.entries(oldest_first=True), dose_moments(journal), TODAY, days=None,
            imported=journal.imported_ranges(),
        )
        assert alerts_from(journal, first_id) == [a for a in whole if a.entry_id >= first_id]
