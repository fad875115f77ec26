"""ocrelog report and ocrelog demo, as a person runs them."""

import json
from datetime import date, timedelta

import pytest

from ocrelog.entries import Entry
from ocrelog.journal import Journal

TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


@pytest.fixture
def two_cycles(journal_file):
    """The worked example of docs/rules.md, 200 and 20 days ago."""
    entries = []
    for start, after in ((200, [6, 7, 7, 6, 5, 5, 3]), (20, [6, 5, 3])):
        entries.append(Entry(type="infusion", date=ago(start), value=600, premeds=("steroid",)))
        for offset, score in zip(range(-4, 0), [2, 3, 2, 3]):
            entries.append(Entry(type="fatigue", date=ago(start - offset), value=score))
        for offset, score in enumerate(after):
            entries.append(Entry(type="fatigue", date=ago(start - offset) + "T20:00", value=score))
    entries.append(Entry(type="symptom", date=ago(199), name="fever"))
    with Journal.open(journal_file, write=True) as journal:
        journal.add_many(entries)


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
    assert run("report", "--floor", "11").exit_code == 2
    assert run("report", "--days", "-1").exit_code == 2


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
        "cycles": [],
        "scales": [],
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
