"""The use cases of looking back and moving data (usecases/today.py, review.py, move.py),
called directly with a real journal on a temporary path: no command line."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ocrelog.entries import Entry
from ocrelog.errors import InvalidValue, JournalError, NothingToImport
from ocrelog.importers import Options, open_import
from ocrelog.journal import Journal
from ocrelog.rules import CHART_FROM, Settings
from ocrelog.usecases import move, review, today as today_

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 9, 0)
DAY0 = -CHART_FROM  # day 0's place in a cycle's daily scores


def iso(day: date, clock: str | None = None) -> str:
    return f"{day.isoformat()}T{clock}" if clock else day.isoformat()


@pytest.fixture
def journal(tmp_path: Path):
    with Journal.open(tmp_path / "j.db", write=True) as opened:
        yield opened


def scores(journal: Journal, first: date, values: list[int]) -> None:
    journal.add_many(
        [Entry("fatigue", iso(first + timedelta(days=n)), value) for n, value in enumerate(values)], summary="scores"
    )


# -- today's score: status, --short and the report agree -----------------------------------


def test_a_score_logged_before_todays_dose_counts_nowhere_in_status_or_report(journal: Journal) -> None:
    journal.add(Entry("infusion", iso(TODAY, "00:30"), 600))
    journal.add(Entry("fatigue", iso(TODAY, "00:10"), 7))

    shown = today_.status(journal, TODAY)
    found = review.report(journal, TODAY, Settings()).findings

    assert shown.logged_today is None and shown.left_out_today == 1
    assert found.cycles[-1].daily_scores[DAY0] is None
    assert today_.short_status(journal, TODAY) == "ocrelog: no score today (day 0 after your dose)"


def test_after_the_dose_status_and_report_count_the_days_highest_score(journal: Journal) -> None:
    journal.add(Entry("infusion", iso(TODAY, "00:30"), 600))
    for clock, value in (("00:10", 9), ("08:00", 4), ("12:00", 6)):
        journal.add(Entry("fatigue", iso(TODAY, clock), value))

    shown = today_.status(journal, TODAY)
    found = review.report(journal, TODAY, Settings()).findings

    assert shown.logged_today == 6 == found.cycles[-1].daily_scores[DAY0]
    assert today_.short_status(journal, TODAY) is None  # today has a score, nothing booked: nothing to say


def test_short_status_of_an_empty_journal_says_nothing(journal: Journal) -> None:
    assert today_.short_status(journal, TODAY) is None


def test_short_status_names_a_booking_tomorrow(journal: Journal) -> None:
    journal.add(Entry("fatigue", iso(TODAY), 3))
    journal.add(Entry("planned", iso(TODAY + timedelta(days=1)), 600))
    assert today_.short_status(journal, TODAY) == "ocrelog: dose booked tomorrow"


# -- the report ---------------------------------------------------------------------------


def test_report_since_leaves_out_earlier_doses_and_keeps_the_latest_scales(journal: Journal) -> None:
    journal.add(Entry("infusion", "2025-11-01", 600))
    journal.add(Entry("infusion", "2026-05-01", 600))
    journal.add(Entry("scale", "2026-06-01", 40, name="fss"))
    journal.add(Entry("scale", "2026-09-01", 45, name="fss"))

    everything = review.report(journal, TODAY, Settings())
    recent = review.report(journal, TODAY, Settings(), since=date(2026, 1, 1))

    assert [c.infusion_date for c in everything.findings.cycles] == [date(2025, 11, 1), date(2026, 5, 1)]
    assert [c.infusion_date for c in recent.findings.cycles] == [date(2026, 5, 1)]
    assert [(e.name, e.value) for e in recent.scales] == [("fss", 45)]


def test_demo_fills_the_new_journal_and_reports_its_doses(journal: Journal) -> None:
    found = review.demo_findings(journal, TODAY)
    assert journal.count() > 0
    assert found.cycles and all(c.infusion_date <= TODAY for c in found.cycles)


# -- the chart ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "terminal", "plain"),
    [
        ({}, True, False),
        ({}, False, True),
        ({"NO_COLOR": "1"}, True, True),
        ({"NO_COLOR": ""}, True, False),
        ({"TERM": "dumb"}, True, True),
        ({"TERM": "xterm-256color"}, True, False),
    ],
)
def test_the_chart_is_plain_off_a_terminal_with_no_color_or_a_dumb_terminal(
    environ: dict[str, str], terminal: bool, plain: bool
) -> None:
    assert review.plain_mode(environ, terminal) is plain


def test_the_default_period_starts_at_the_first_entry_or_a_year_before_its_end() -> None:
    assert review.default_period(date(2026, 9, 1), TODAY) == (date(2026, 9, 1), TODAY)
    assert review.default_period(date(2020, 1, 1), TODAY) == (date(2025, 11, 20), TODAY)
    assert review.default_period(None, TODAY) == (date(2025, 11, 20), TODAY)
    assert review.default_period(date(2020, 1, 1), TODAY, until=date(2024, 3, 31)) == (
        date(2023, 3, 31),
        date(2024, 3, 31),
    )
    assert review.default_period(date(2020, 1, 1), TODAY, since=datetime(2026, 10, 1, 8, 0)) == (
        date(2026, 10, 1),
        TODAY,
    )


def test_the_chart_and_the_summary_cover_the_same_default_period(journal: Journal) -> None:
    scores(journal, date(2024, 1, 1), [3] * 1100)
    drawn = review.chart(journal, TODAY, None, None, environ={}, stdout_is_terminal=True)
    summary = review.clinic_summary(journal, TODAY, chart=False)
    assert (drawn.start, drawn.end) == (date(2025, 11, 20), TODAY)
    assert summary is not None and summary.period == "20 Nov 2025 to 20 Nov 2026"
    assert summary.scored_days == len(drawn.daily)


def test_the_chart_draws_the_days_highest_score_and_the_doses(journal: Journal) -> None:
    first = TODAY - timedelta(days=20)
    scores(journal, first, [2] * 21)
    journal.add(Entry("fatigue", iso(TODAY, "18:00"), 8))
    journal.add(Entry("infusion", iso(first + timedelta(days=5)), 600))

    drawn = review.chart(journal, TODAY, None, None, environ={}, stdout_is_terminal=False)

    assert drawn.enough and drawn.plain
    assert drawn.daily[TODAY] == 8 and drawn.daily[first] == 2
    assert drawn.dose_days == [first + timedelta(days=5)]


def test_a_chart_of_too_few_days_is_not_enough_and_since_after_until_is_refused(journal: Journal) -> None:
    scores(journal, TODAY - timedelta(days=1), [4, 5])
    assert not review.chart(journal, TODAY, None, None, environ={}, stdout_is_terminal=True).enough
    with pytest.raises(InvalidValue, match="--since is after --until"):
        review.chart(journal, TODAY, date(2026, 11, 10), date(2026, 11, 1), environ={}, stdout_is_terminal=True)


# -- the cycle ----------------------------------------------------------------------------


def test_the_cycle_without_a_dose_says_how_to_record_one(journal: Journal) -> None:
    scores(journal, TODAY - timedelta(days=3), [4, 4, 4])
    found = review.cycle(journal, TODAY)
    assert found.heading is None and found.closing is None
    assert found.no_dose is not None and "ocrelog infuse --on DATE" in found.no_dose


def test_a_first_cycle_has_a_heading_and_nothing_to_compare_yet(journal: Journal) -> None:
    journal.add(Entry("infusion", iso(TODAY - timedelta(days=14)), 600))
    scores(journal, TODAY - timedelta(days=14), [5] * 15)
    found = review.cycle(journal, TODAY)
    assert found.no_dose is None
    assert found.heading is not None and "no cycle is complete yet" in found.heading
    assert found.closing is None


# -- the log ------------------------------------------------------------------------------


def test_log_grep_finds_a_note_or_a_symptom_name_in_any_case(journal: Journal) -> None:
    journal.add(Entry("fatigue", "2026-11-01", 5, note="Started ANTIBIOTICS"))
    journal.add(Entry("symptom", "2026-11-02", name="antibiotic rash"))
    journal.add(Entry("fatigue", "2026-11-03", 6, note="a good walk"))

    found = review.log(journal, grep="antibiotic")

    assert [e.date for e in found.rows] == ["2026-11-02", "2026-11-01"]
    assert found.filtered


def test_log_says_how_many_newer_entries_it_left_out(journal: Journal) -> None:
    scores(journal, date(2026, 11, 1), [3] * 25)

    limited = review.log(journal, shown=20)
    listed = len(list(limited.rows))
    everything = review.log(journal, shown=None)

    assert listed == 20 and limited.hidden(listed) == 5
    assert len(list(everything.rows)) == 25 and everything.hidden(25) == 0
    assert not everything.filtered


# -- the clinic summary -------------------------------------------------------------------


def test_a_period_with_nothing_logged_has_no_summary(journal: Journal) -> None:
    journal.add(Entry("fatigue", "2024-01-05", 5))
    assert review.clinic_summary(journal, TODAY, since=date(2026, 1, 1)) is None


def test_the_summary_lists_the_periods_warning_signs_and_only_those(journal: Journal) -> None:
    journal.add(Entry("temperature", iso(date(2026, 10, 1), "20:00"), 38.6))
    journal.add(Entry("temperature", iso(date(2026, 11, 10), "20:00"), 38.9))
    scores(journal, date(2026, 10, 1), [4] * 40)

    summary = review.clinic_summary(journal, TODAY, since=date(2026, 11, 1), chart=False)

    assert summary is not None
    assert len(summary.signs) == 1 and "38.9" in summary.signs[0].text
    assert summary.scored_days == 9  # 1 to 9 November, the last of the 40 days


def test_the_summary_and_the_report_agree_on_a_day_0_score_logged_before_the_dose(journal: Journal) -> None:
    dose_day = TODAY - timedelta(days=30)
    journal.add(Entry("infusion", iso(dose_day, "10:00"), 600))
    journal.add(Entry("fatigue", iso(dose_day, "07:00"), 9))
    journal.add(Entry("fatigue", iso(dose_day + timedelta(days=1)), 3))

    summary = review.clinic_summary(journal, TODAY, since=dose_day, chart=False)
    found = review.report(journal, TODAY, Settings()).findings

    assert summary is not None and summary.scored_days == 1  # the day after only
    assert found.cycles[-1].daily_scores[DAY0] is None


# -- import, export, backup, calendar ------------------------------------------------------


def imported(journal: Journal, file: Path) -> move.Imported:
    with open_import(str(file), Options(), NOW) as source:
        rows = move.read_import(source)
        return move.add_import(journal, source, rows)


def test_an_export_imported_again_adds_nothing_twice_and_counts_its_warning_signs(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add(Entry("fatigue", "2026-11-01", 5))
    journal.add(Entry("symptom", "2026-11-02", name="fever", note="shivering"))
    exported = move.export(journal, "csv", NOW)
    file = tmp_path / "out.csv"
    file.write_text("".join(exported.chunks), encoding="utf-8")
    assert exported.count() == 2

    with Journal.open(tmp_path / "other.db", write=True) as other:
        first = imported(other, file)
        again = imported(other, file)

    # dated more than 14 days before it was imported: history, not a warning sign raised now
    assert (first.added, first.skipped, first.signs_found, first.history_signs) == (2, 0, 0, 1)
    assert (again.added, again.skipped, again.signs_found) == (0, 2, 0)


def test_a_file_with_nothing_mapped_is_refused_before_anything_is_added(journal: Journal, tmp_path: Path) -> None:
    file = tmp_path / "daylio.csv"
    file.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-11-01,November 1,Sunday,20:00,meh,,,\n",
        encoding="utf-8",
    )
    with open_import(str(file), Options(), NOW) as source:
        with pytest.raises(NothingToImport):
            move.read_import(source)
    assert journal.count() == 0


def test_export_as_fhir_and_json_holds_the_period_only(journal: Journal) -> None:
    scores(journal, date(2026, 11, 1), [1, 2, 3, 4])
    fhir = move.export(journal, "fhir", NOW, since=date(2026, 11, 3))
    text = "".join(fhir.chunks)
    assert '"resourceType": "Bundle"' in text or '"resourceType":"Bundle"' in text
    assert fhir.count() == 2
    as_json = move.export(journal, "json", NOW, until=date(2026, 11, 1))
    assert '"2026-11-01"' in "".join(as_json.chunks) and as_json.count() == 1


def test_export_quotes_a_formula_unless_raw(journal: Journal) -> None:
    journal.add(Entry("fatigue", "2026-11-01", 5, note="=SUM(A1)"))
    safe = "".join(move.export(journal, "csv", NOW).chunks)
    raw = "".join(move.export(journal, "csv", NOW, safe_for_spreadsheets=False).chunks)
    assert "'=SUM(A1)" in safe and "'=SUM(A1)" not in raw


def test_a_backup_copies_every_entry_and_a_missing_journal_has_none(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    with pytest.raises(JournalError, match="nothing to back up"):
        move.backup_target(path, None, NOW)
    with Journal.open(path, write=True) as journal:
        scores(journal, date(2026, 11, 1), [3, 4, 5])
    target = move.backup_target(path, None, NOW)
    with Journal.open(path) as journal:
        assert move.backup(journal, target) == 3
    with Journal.open(target) as copy:
        assert copy.count() == 3


def test_the_calendar_has_the_next_dose_and_replaces_only_a_calendar_file(journal: Journal, tmp_path: Path) -> None:
    journal.add(Entry("infusion", "2026-06-01", 600))
    events = move.calendar_events(journal, TODAY)
    assert events and all(e.day >= TODAY - timedelta(days=31) for e in events)
    text = move.calendar_text(events, journal.journal_id(), NOW.astimezone())
    saved = move.save_calendar(text, None, journal.path)
    assert saved == (journal.path.parent / "ocrelog.ics", False) and saved.path.read_bytes() == text
    assert move.save_calendar(text, None, journal.path).replaced  # ocrelog's own calendar is replaced
    other = tmp_path / "notes.txt"
    other.write_text("my notes", encoding="utf-8")
    with pytest.raises(InvalidValue, match="already exists; add --force"):
        move.save_calendar(text, str(other), journal.path)
    assert other.read_text(encoding="utf-8") == "my notes"
    assert move.save_calendar(text, str(other), journal.path, force=True).replaced


def test_only_a_large_import_at_a_terminal_shows_progress() -> None:
    assert move.shows_progress(move.PROGRESS_FROM_BYTES, True)
    assert not move.shows_progress(move.PROGRESS_FROM_BYTES, False)
    assert not move.shows_progress(move.PROGRESS_FROM_BYTES - 1, True)
    assert not move.shows_progress(None, True)


def test_demo_never_saves_over_an_existing_file(tmp_path: Path) -> None:
    taken = tmp_path / "sample.db"
    taken.write_bytes(b"mine")
    with pytest.raises(InvalidValue, match="never overwrites"):
        review.demo_target(str(taken), tmp_path / "scratch")
    assert taken.read_bytes() == b"mine"
    assert review.demo_target(None, tmp_path / "scratch") == tmp_path / "scratch" / "demo.db"


def test_a_second_summary_of_the_day_gets_a_new_name(journal: Journal, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    scores(journal, date(2026, 11, 1), [3] * 10)
    summary = review.clinic_summary(journal, TODAY, chart=False)
    assert summary is not None
    from ocrelog.summary import to_markdown

    text = to_markdown(summary)
    first = review.save_summary(text, None, TODAY, "html")
    second = review.save_summary(text, None, TODAY, "html")
    assert first.name == "ocrelog-summary-2026-11-20.html" and second.name == "ocrelog-summary-2026-11-20-2.html"
    assert first.read_text(encoding="utf-8") == text == second.read_text(encoding="utf-8")


@pytest.mark.parametrize(("scored", "said"), [(0, "on no days"), (1, "on only 1 day,"), (3, "on only 3 days,")])
def test_a_chart_of_too_few_days_says_how_many_are_scored_and_how_many_it_needs(scored: int, said: str) -> None:
    from ocrelog.charts import MIN_CHART_DAYS
    from ocrelog.wording import too_few_days_text

    text = too_few_days_text(date(2026, 11, 1), TODAY, scored)
    assert text.startswith("From 2026-11-01 to 2026-11-20 ")
    assert said in text and f"a chart needs {MIN_CHART_DAYS};" in text and "ocrelog feel 5" in text
