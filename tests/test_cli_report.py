"""`report` and `demo` through the CLI: table, JSON contract, settings, warning signs above the table, narrow terminals."""

import json
import pytest
from datetime import date, datetime, timedelta

from conftest import TODAY, ago, entries

from ocrelog.dates import add_months, written
from ocrelog.entries import Entry
from ocrelog.journal import Journal


TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


@pytest.fixture
def two_cycles(journal_file):
    """The worked example of docs/rules.md, 200 and 20 days ago."""
    entries = []
    for start, after in ((200, [6, 7, 7, 6, 5, 5, 3]), (20, [6, 5, 3, 2, 3, 2, 2])):
        entries.append(Entry(type="infusion", date=ago(start), value=600, premeds=("steroid",)))
        for offset, score in zip(range(-6, 0), [2, 3, 2, 3, 2, 3]):
            entries.append(Entry(type="fatigue", date=ago(start - offset), value=score))
        for offset, score in enumerate(after):
            entries.append(Entry(type="fatigue", date=ago(start - offset) + "T20:00", value=score))
    entries.append(Entry(type="symptom", date=ago(199), name="fever"))
    with Journal.open(journal_file, write=True) as journal:
        journal.add_many(entries)


def add(journal_file, *entries):
    with Journal.open(journal_file, write=True) as journal:
        journal.add_many(list(entries))


def scores(start_ago: int, values) -> list[Entry]:
    """Fatigue entries on consecutive days from ``start_ago`` days ago, at 20:00."""
    return [
        Entry(type="fatigue", date=ago(start_ago - n) + "T20:00", value=v)
        for n, v in enumerate(values)
        if v is not None
    ]


def test_report_json_has_the_contract_shape(run, two_cycles):
    result = run("report", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["generated"] == TODAY.isoformat()
    assert report["settings"] == {"days": 3, "rise": 2, "floor": 4}
    assert report["next_due"] is not None
    keys = ("infusion_date", "dose_mg", "baseline", "peak", "fatigue_days", "flag", "ongoing",
            "symptoms")
    assert [{k: c[k] for k in keys} for c in report["cycles"]] == [
        {"infusion_date": ago(200), "dose_mg": 600, "baseline": 2.5, "peak": 7, "fatigue_days": 6,
         "flag": "severe", "ongoing": False, "symptoms": ["fever"]},
        {"infusion_date": ago(20), "dose_mg": 600, "baseline": 2.5, "peak": 6, "fatigue_days": 2,
         "flag": "none", "ongoing": False, "symptoms": []},
    ]


def test_report_table_says_it_in_words(run, two_cycles):
    result = run("report")
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())
    assert "severe: 6 days, peak 7, fever logged — contact your MS team soon" in out
    assert "not flagged: 2 tired days" in out
    assert "usual" not in out and "normal" not in out and "neurologist" not in out
    assert "Next dose due:" in out
    assert "not medical advice" in out


def test_report_settings_change_the_finding(run, two_cycles):
    report = json.loads(run("report", "--json", "--days", "6").stdout)
    assert report["settings"] == {"days": 6, "rise": 2, "floor": 4}
    assert [c["flag"] for c in report["cycles"]] == ["none", "none"]
    assert "baseline + 3" in run("report", "--rise", "3").stdout


def test_report_since_limits_the_infusions_shown(run, two_cycles):
    report = json.loads(run("report", "--json", "--since", "30 days ago").stdout)
    assert [c["infusion_date"] for c in report["cycles"]] == [ago(20)]
    assert report["cycles"][0]["baseline"] == 2.5  # the baseline still comes from before


def test_report_refuses_bad_settings(run):
    assert run("report", "--floor", "11", code=2).exit_code == 2
    assert run("report", "--days", "-1", code=2).exit_code == 2


def test_report_on_an_empty_journal_says_what_to_run_first(run, journal_file):
    result = run("report")
    assert result.exit_code == 0
    assert "ocrelog infuse" in result.stderr
    assert json.loads(run("report", "--json").stdout) == {
        "generated": TODAY.isoformat(),
        "settings": {"days": 3, "rise": 2, "floor": 4},
        "next_due": None,
        "overdue_days": None,
        "next_due_is_second_half": False,
        "planned": None,
        "alerts": [],
        "concerns": [],
        "cycles": [],
        "episodes": [],
        "infections": {"since": add_months(TODAY, -12).isoformat(), "count": 0, "concerns": []},
        "scales": [],
        "labs": [], "vaccines": [],  # issue 38
    }
    assert not journal_file.exists()


def test_an_ongoing_episode_is_marked(run, journal_file):
    run("infuse", "--on", ago(3))
    for n in range(3, -1, -1):
        run("feel", "7", "--on", ago(n))
    out = " ".join(run("report").stdout.split())
    assert "prolonged: 4 days at 5 or more (still going)" in out


def test_demo_shows_every_flag_without_touching_the_journal(run, journal_file):
    result = run("demo")
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())
    for words in ("not flagged:", "prolonged:", "severe:", "second half of the course", "Next dose due"):
        assert words in out
    assert "sample" in result.stderr
    flags = [c["flag"] for c in json.loads(run("demo", "--json").stdout)["cycles"]]
    assert flags.count("severe") == 1 and flags.count("prolonged") == 1
    assert not journal_file.exists()


def test_a_rise_before_the_dose_no_longer_hides_the_fatigue_after_it(run, journal_file):
    dose = 10
    add(journal_file, Entry(type="infusion", date=ago(dose), value=600),
        *scores(dose + 56, [4] * 28 + [7] * 28), *scores(dose, [7] * 7 + [3]))
    cycle = json.loads(run("report", "--json").stdout)["cycles"][0]
    assert (cycle["baseline"], cycle["threshold"], cycle["fatigue_days"], cycle["flag"]) == (
        4.0, 6.0, 7, "prolonged")
    assert cycle["baseline_window"] == "days -56 to -15"
    out = " ".join(run("report").stdout.split())
    assert ("baseline from days -56 to -15: fatigue rose in the two weeks before this dose (7 against 4)"
            in out)
    assert "the line uses" not in out


def test_an_unflagged_row_says_what_was_found(run, journal_file):
    add(journal_file, Entry(type="infusion", date=ago(30), value=600),
        *scores(44, [8] * 14), *scores(30, [9] * 21))
    out = " ".join(run("report").stdout.split())
    assert "not flagged: no day reached 10 (peak 9)" in out
    assert "no tired days" not in out


def test_a_late_second_half_asks_to_check_the_next_due_date(run, journal_file):
    add(journal_file, Entry(type="infusion", date=ago(100), value=300),
        Entry(type="infusion", date=ago(35), value=300))
    report = json.loads(run("report", "--json").stdout)
    assert [c["course_start"] for c in report["cycles"]] == [True, False]
    assert report["cycles"][1]["late_second_half"] is True
    assert report["next_due_is_second_half"] is False and report["overdue_days"] == 0
    out = " ".join(run("report").stdout.split())
    assert "second half of the course, late: 65 days after the first half (6 weeks or more)" in out
    assert "check with your MS team when your next dose is due" in out
    assert "check the date" not in out and "overdue" not in out


def test_a_dose_recorded_twice_gets_the_same_findings(run, journal_file):
    add(journal_file, *scores(24, [2, 3, 2, 3]), *scores(20, [6, 6, 6, 6, 2]))
    assert run("infuse", "--on", ago(20)).exit_code == 0
    assert run("infuse", "--on", ago(20), "--force").exit_code == 0
    first, twice = json.loads(run("report", "--json").stdout)["cycles"]
    assert twice.pop("duplicate") is True and first.pop("duplicate") is False
    assert twice == first
    out = " ".join(run("report").stdout.split())
    assert out.count("recorded twice on this day") == 1 and "check the date" not in out


def test_fatigue_still_going_after_30_days_asks_to_contact_the_ms_team_soon(run, journal_file):
    add(journal_file, Entry(type="infusion", date=ago(30), value=600),
        *scores(36, [2, 3, 2, 3, 2, 3]), *scores(30, [6] * 31))
    out = " ".join(run("report").stdout.split())
    assert "prolonged: 31 days above your baseline (still going) — contact your MS team soon" in out
    status = " ".join(run("status").stdout.split())
    assert "31 days, peak 6 (prolonged) — contact your MS team soon." in status


def test_the_report_and_the_summary_count_the_cycles_with_a_rise_before_the_dose(run, journal_file, tmp_path):
    entries = []
    starts = [182 * n + 3 for n in range(4, -1, -1)]  # five courses, the latest 3 days ago
    for n, start in enumerate(starts):
        entries.append(Entry(type="infusion", date=ago(start), value=600))
        if n < 4:
            entries += scores(start, [5 if (k >= 182 - 28 and n != 1) else 3 for k in range(182)])
    add(journal_file, *entries)
    report = json.loads(run("report", "--json").stdout)
    shapes = [c["before_next_dose"] for c in report["cycles"]]
    assert [s["flagged"] if s else None for s in shapes] == [True, False, True, True, None]
    assert shapes[0] == {"mid_cycle": 3.0, "last_4_weeks": 5.0, "rise": 2.0, "flagged": True,
                         "onset_weeks": "1-4", "before_dose": ago(starts[1]), "current": False}
    result = run("report")
    out = " ".join(result.stdout.split())
    sentence = "In 3 of 4 cycles fatigue rose by 1 point or more in the 4 weeks before the dose"
    assert sentence + "; worth mentioning at the next visit" in out
    # its own table, one row per cycle with a rise, named by the dose it leads up to
    assert "Fatigue before the next dose" in out
    named = [f"before the {written(ago(s))} dose" for s in starts[1:]]
    assert [line.split("  ")[0].strip() for line in result.stdout.splitlines() if "dose " in line
            and line.strip().startswith("before the")] == [named[0], named[2], named[3]]
    assert "3.0 5.0 +2.0 1-4 weeks before" in out
    assert "points higher" not in out and "before the next dose:" not in out  # not in the dose rows
    md = " ".join(run("summary", "--since", "3 years ago", "--format", "md", "--output", "-").stdout.split())
    assert sentence in md and "worth mentioning" not in md
    assert f"{named[0]} | 3.0 | 5.0 | +2.0 | 1-4 weeks before" in md
    # the summary's comparison counts the same cycles as the sentence above it
    assert "over 4 cycles" in md and "1 of 1 cycle" not in md
    cycle = " ".join(run("cycle").stdout.split())
    assert sentence in cycle and named[0] in cycle and "over 4 cycles" in cycle


def test_report_without_a_dose_says_so_in_one_line_and_shows_no_table(run, journal_file):
    run("feel", "5")
    run("symptom", "fever")
    result = run("report")
    assert result.exit_code == 0
    assert "Warning signs" in result.stdout
    assert "No dose recorded yet; record one with: ocrelog infuse --on DATE" in result.stdout
    assert "dose date" not in result.stdout and "Fatigue after each dose" not in result.stdout
    assert "Each chart shows" not in result.stdout


def test_advice_names_your_ms_team_and_one_day_is_singular(run, journal_file):
    run("infuse", "--on", ago(200))
    out = " ".join(run("report").stdout.split())
    assert "Contact your MS team soon to book the next dose." in out and "infusion centre" not in out
    run("infuse", "--on", "today 00:00", "--force")
    run("feel", "8")
    status = " ".join(run("status").stdout.split())
    assert "1 day, peak 8" in status and "1 days" not in status


def test_status_feel_and_report_agree_on_a_score_before_the_dose(run, journal_file):
    if datetime.now().time() < datetime.strptime("00:31", "%H:%M").time():
        pytest.skip("needs 'today 00:30' to have passed")
    run("infuse", "--on", "today 00:30")
    felt = run("feel", "7", "--on", "today 00:10")
    assert "Logged before the dose, so not part of day 0" in felt.stderr
    assert json.loads(run("status", "--json").stdout)["logged_today"] is None
    assert json.loads(run("report", "--json").stdout)["cycles"][0]["daily_scores"][7] is None
    assert "Fatigue today" not in run("status").stdout
    assert "no score today" in run("status", "--short").stdout
    later = run("feel", "3", "--on", "today 00:40")
    assert later.stderr == ""  # the day counts the 3 just logged: nothing more to say
    assert json.loads(run("status", "--json").stdout)["logged_today"] == 3
    assert "no score today" not in run("status", "--short").stdout
    assert json.loads(run("report", "--json").stdout)["cycles"][0]["daily_scores"][7] == 3


def test_feel_says_the_days_score_only_when_it_is_not_the_one_just_logged(run, journal_file):
    run("infuse", "--on", "yesterday 10:00")
    assert run("feel", "8", "--on", "yesterday 08:00").stderr.startswith("Logged before the dose")
    assert run("feel", "3", "--on", "yesterday 20:00").stderr == ""  # the 8 was before the dose
    lower = run("feel", "2", "--on", "yesterday 21:00")
    yesterday = date.today() - timedelta(days=1)
    assert lower.stderr.strip() == f"{yesterday.day} {yesterday:%b %Y} counts as 3, the day's highest score (--replace to change that)."
    assert run("feel", "4").stderr == "" and run("feel", "6").stderr == ""


def test_cycle_shows_the_current_cycle_and_no_empty_weeks(run, journal_file):
    add(journal_file, Entry(type="infusion", date=ago(41), value=600), *scores(41, [4, 5, 4] * 14))
    result = run("cycle")
    assert result.exit_code == 0
    out = result.stdout
    assert "this cycle" in out and "no cycle is complete" in " ".join(out.split())
    rows = [line.split() for line in out.splitlines() if line.strip()[:1].isdigit()]
    assert [row[0] for row in rows] == [str(n) for n in range(1, 7)]  # weeks 1-6, not 26
    current = json.loads(run("cycle", "--json").stdout)["current"]
    assert [w["week"] for w in current] == [1, 2, 3, 4, 5, 6]
    assert current[0] == {"week": 1, "mean": 4.3, "days": 7}


def test_cycle_sets_the_current_cycle_beside_the_complete_ones(run, journal_file):
    add(journal_file, Entry(type="infusion", date=ago(230), value=600),
        Entry(type="infusion", date=ago(48), value=600),
        *scores(56, [5] * 8), *scores(41, [4] * 42))
    out = run("cycle").stdout
    flat = " ".join(out.split())
    assert "over 1 complete cycle, beside this cycle" in flat
    assert "no scores" in flat  # weeks 8-25 of the complete cycle: one row, not eighteen
    assert len([line for line in out.splitlines() if line.strip()[:1].isdigit()]) < 12


def test_too_few_scores_and_no_baseline_are_said_not_read_as_reassurance(run, journal_file):
    add(journal_file, Entry(type="infusion", date=ago(200), value=600),
        *scores(200, [8, 9, 10, 9, 8, 9, 8, 8, 7, 8, 9, 8, 8, 9, 3]),  # no scores before it
        Entry(type="infusion", date=ago(30), value=600),
        *scores(36, [2, 3, 2, 3, 2, 3]), *scores(30, [3]), *scores(21, [2]))  # 2 of 14 days
    first, second = json.loads(run("report", "--json").stdout)["cycles"]
    assert (first["flag"], first["judged"], first["coverage"]) == (
        "prolonged", True, {"baseline_days": 0, "after_days": 14})
    assert (second["flag"], second["judged"], second["coverage"]) == (
        "none", False, {"baseline_days": 6, "after_days": 2})
    out = " ".join(run("report").stdout.split())
    assert "prolonged: 14 days at 5 or more; no baseline: no scores in the 14 days before" in out
    assert "severe" not in out
    assert "too few scores to judge: 2 of 14 days" in out and "not flagged" not in out
    md = " ".join(run("summary", "--since", "1 year ago", "--format", "md", "--output", "-").stdout.split())
    assert "too few scores to judge: 2 of 14 days" in md


def test_fatigue_between_doses_is_a_finding_with_its_signs(run, journal_file):
    add(journal_file, Entry(type="infusion", date=ago(120), value=600),
        *scores(126, [2, 3, 2, 3, 2, 3]), *scores(120, [3] * 14),
        *scores(40, [7, 8, 9, 9, 8, 8, 7, 6, 2]),  # day 80: week 12
        Entry(type="symptom", date=ago(38), name="flu"),
        Entry(type="temperature", date=ago(38) + "T20:00", value=38.4))
    (episode,) = json.loads(run("report", "--json").stdout)["episodes"]
    assert episode == {"start": ago(40), "end": ago(33), "days": 8, "peak": 9, "cycle_day": 80,
                       "signs": ["flu", "38.4 °C"], "threshold": 4.5}
    line = f"{written(ago(40))} to {written(ago(33))}: 8 days, peak 9, week 12; flu, 38.4 °C logged"
    out = " ".join(run("report").stdout.split())
    assert "Fatigue between doses: more than 3 days in a row" in out and line in out
    md = " ".join(run("summary", "--format", "md", "--output", "-").stdout.split())
    assert "## Fatigue between doses" in md and line in md


def test_a_dose_more_than_7_months_after_the_previous_one_is_called_late(run, journal_file):
    add(journal_file, Entry(type="infusion", date="2025-01-10", value=600),
        Entry(type="infusion", date="2025-09-10", value=600))
    cycles = json.loads(run("report", "--json").stdout)["cycles"]
    assert [(c["late"], c["previous_dose"]) for c in cycles] == [(False, None), (True, "2025-01-10")]
    out = " ".join(run("report").stdout.split())
    assert "late: 8 months after the previous dose" in out
    md = " ".join(run("summary", "--since", "2024-12-01", "--format", "md", "--output", "-").stdout.split())
    assert "The dose of 10 Sep 2025 came 8 months after the previous dose (more than 7 months)." in md


def test_infections_are_counted_over_the_last_12_months_in_the_report_and_the_summary(run, journal_file):
    add(journal_file, Entry(type="infusion", date=ago(100), value=600),
        *[Entry(type="symptom", date=ago(n), name=name)
          for n, name in [(400, "flu"), (320, "UTI"), (316, "burning when I pee"), (240, "flu"),
                          (120, "chest infection"), (30, "cold")]],
        Entry(type="fatigue", date=ago(5), value=4))
    months = ", ".join(written(ago(n)).split()[1] for n in (320, 240, 120, 30))
    report = json.loads(run("report", "--json").stdout)["infections"]
    assert report["count"] == 4 and [c["first"] for c in report["concerns"]] == [ago(n) for n in (320, 240, 120, 30)]
    sentence = f"4 infections logged in the last 12 months: {months}."
    assert sentence in " ".join(run("report").stdout.split())
    md = " ".join(run("summary", "--format", "md", "--output", "-").stdout.split())
    assert sentence in md
    # a short period still counts the 12 months to its end
    short = " ".join(run("summary", "--since", ago(10), "--format", "md", "--output", "-").stdout.split())
    assert sentence in short
    earlier = " ".join(run("summary", "--since", ago(400), "--until", ago(200), "--format", "md",
                           "--output", "-").stdout.split())
    assert f"logged in the 12 months to {written(ago(200))}" in earlier


def test_report_shows_warning_signs_of_the_last_30_days_above_the_table(run):
    run("infuse", "--on", ago(60))
    run("symptom", "chills", "--on", ago(20))  # day 40 of the cycle: outside any episode
    run("temp", "38.6", "--on", ago(5))
    run("symptom", "fever", "--on", ago(45))  # too old for the block
    report = json.loads(run("report", "--json").stdout)
    assert [(a["date"], a["category"], a["logged"]) for a in report["alerts"]] == [
        (ago(5), "infection", "temp 38.6 °C"),
        (ago(20), "infection", "chills"),
    ]
    assert all(a["advice"] for a in report["alerts"])
    text = run("report").stdout
    assert text.index("Warning signs") < text.index("Fatigue after each dose")
    assert text.index("temp 38.6") < text.index("chills")


def test_the_report_says_when_the_next_dose_is_overdue(run):
    run("infuse", "--on", ago(200))
    report = json.loads(run("report", "--json").stdout)
    due = date.fromisoformat(report["next_due"])
    assert report["overdue_days"] == (TODAY - due).days > 0
    out = " ".join(run("report").stdout.split())
    assert "overdue" in out and "Contact your MS team soon to book the next dose." in out
    assert "infusion centre" not in out


@pytest.mark.parametrize("columns", ["40", "60"])
def test_the_report_stays_readable_on_narrow_terminals(run, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    result = run("demo")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= int(columns)
    flat = " ".join(result.stdout.split())
    assert "contact your MS team soon" in flat and "mention it at your next contact" in flat


def test_a_cycle_scored_only_after_its_first_two_weeks_is_not_said_to_have_no_scores(run):
    """Scores on days 20 and 21 only: the rule reads days 0 to 13, and the words say so."""
    run("infuse", "--on", "21 days ago")
    run("feel", "4", "--on", "yesterday")
    run("feel", "6")
    for command in (["report"], ["summary", "-o", "-", "--format", "md"]):
        text = " ".join(run(*command).stdout.split())
        assert "no fatigue scores logged in the 14 days after this dose" in text, command
        assert "no fatigue scores logged after this dose" not in text, command
