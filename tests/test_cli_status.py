"""`status` and `status --short` through the CLI."""

import json
from datetime import date, timedelta

from conftest import TODAY, ago, one_sentence

from ocrelog.journal import Journal


def test_short_line_core():
    from ocrelog.prompt import short_line

    day = date(2026, 11, 25)
    dose = date(2026, 11, 13)
    assert short_line(day, False, dose, None) == "ocrelog: no score today (day 12 after your dose)"
    assert short_line(day, True, dose, None) is None
    assert short_line(day, False, None, None) == "ocrelog: no score today"
    assert short_line(day, True, dose, day) == "ocrelog: dose booked today (day 12 after your dose)"
    assert short_line(day, True, None, day + timedelta(days=1)) == "ocrelog: dose booked tomorrow"
    assert short_line(day, False, None, date(2026, 11, 27)) == (
        "ocrelog: no score today; dose booked in 2 days, on 2026-11-27"
    )
    assert short_line(day, True, dose, date(2026, 12, 20)) is None


def test_status_short_says_one_line_or_nothing(run, journal_file):
    result = run("status", "--short")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert not journal_file.exists()  # a missing journal is never created by a prompt
    run("infuse", "--on", "12 days ago")
    result = run("status", "--short")
    assert result.stdout == "ocrelog: no score today (day 12 after your dose)\n"
    run("feel", "4", "--on", "yesterday")
    assert run("status", "--short").stdout.count("\n") == 1
    run("feel", "5")
    assert run("status", "--short").stdout == ""
    run("infuse", "--planned", "tomorrow")
    assert run("status", "--short").stdout == "ocrelog: dose booked tomorrow (day 12 after your dose)\n"


def test_status_short_and_json_together_are_refused(run):
    one_sentence(run("status", "--short", "--json", code=2), only=False)


def test_status_on_an_empty_journal(run, journal_file):
    result = run("status")
    assert result.exit_code == 0
    assert "No dose recorded yet" in result.stdout
    data = json.loads(run("status", "--json").stdout)
    assert set(data) >= {"today", "cycle_day", "latest_dose", "logged_today", "episode", "next_due",
                         "days_to_next_due", "last_entry"}
    assert data["cycle_day"] is None and data["last_entry"] is None
    assert not journal_file.exists()


def test_status_in_the_middle_of_an_episode(run):
    for n, score in enumerate([2, 3, 2, 3], start=5):
        run("feel", str(score), "--on", ago(n))
    run("infuse", "--on", ago(2))
    for n, score in ((2, 6), (1, 7)):
        run("feel", str(score), "--on", ago(n))
    run("feel", "6")
    run("temp", "38.3", "--on", "yesterday")
    data = json.loads(run("status", "--json").stdout)
    assert data["today"] == TODAY.isoformat()
    assert (data["cycle_day"], data["latest_dose"], data["logged_today"]) == (2, ago(2), 6)
    assert data["episode"]["start"] == ago(2) and data["episode"]["days"] == 3
    assert data["days_to_next_due"] > 170
    assert data["last_entry"]["type"] == "temperature"
    text = run("status").stdout
    assert "Day 2 after your latest dose" in text and "temp 38.3" in text


def test_status_before_any_score_today(run):
    run("feel", "3", "--on", "yesterday")
    assert "No fatigue score logged today yet" in run("status").stdout


def test_status_reads_only_recent_days_but_agrees_with_the_whole_report(tmp_path):
    from ocrelog.demo import sample_entries
    from ocrelog.queries import current_findings, findings
    from ocrelog.status import Status

    for days_since_start in (0, 3, 25, 200):
        today = TODAY + timedelta(days=days_since_start)
        path = tmp_path / f"demo-{days_since_start}.db"
        with Journal.open(path, write=True) as journal:
            journal.add_many(sample_entries(TODAY))
            whole, quick = findings(journal, today), current_findings(journal, today)
        assert Status(quick, None, None).as_dict() == Status(whole, None, None).as_dict()
