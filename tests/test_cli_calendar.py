"""`calendar`: next due dates, bookings and the daily reminder, parsed back with the icalendar reader; `path --id`."""

from datetime import datetime, timedelta

from conftest import TODAY, ago, one_sentence


def events_by_summary(path):
    import icalendar

    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_calendar_holds_next_due_earliest_and_every_booking(run, journal_file):
    from ocrelog.dates import add_months

    last = TODAY - timedelta(days=100)
    run("infuse", "--on", last.isoformat())
    first_booking = TODAY + timedelta(days=90)
    second_booking = TODAY + timedelta(days=120)
    run("infuse", "--planned", first_booking.isoformat())
    run("infuse", "--planned", second_booking.isoformat(), "--force")
    result = run("calendar")
    assert result.exit_code == 0, result.output
    target = journal_file.parent / "ocrelog.ics"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    events = events_by_summary(target)
    due = events["Ocrevus: next dose due"]
    assert due.decoded("dtstart") == add_months(last, 6)
    assert due.decoded("dtend") == add_months(last, 6) + timedelta(days=1)
    assert not isinstance(due.decoded("dtstart"), datetime)  # all-day
    assert events["Ocrevus: earliest date for the next dose"].decoded("dtstart") == add_months(last, 5)
    import icalendar

    every = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(every) == 4
    booked = sorted(e.decoded("dtstart") for e in every if str(e["summary"]).startswith("Ocrevus dose booked"))
    assert booked == [first_booking, second_booking]
    assert "daily" not in result.stdout
    assert str(target) in result.stdout


def test_calendar_uids_are_stable_so_a_new_file_updates_the_old_events(run, journal_file, tmp_path):
    run("infuse", "--on", (TODAY - timedelta(days=30)).isoformat())
    run("calendar", "--output", str(tmp_path / "a.ics"), "--daily", "20:00")
    run("infuse", "--on", "yesterday", "--dose", "600", "--force")  # 29 days on: asked, so --force
    run("calendar", "--output", str(tmp_path / "b.ics"), "--daily", "20:00")
    import icalendar

    def uids(name):
        calendar = icalendar.Calendar.from_ical((tmp_path / name).read_bytes())
        return {str(e["summary"]): str(e["uid"]) for e in calendar.walk("VEVENT")}

    first, second = uids("a.ics"), uids("b.ics")
    assert first == second and len(set(first.values())) == len(first)
    due = events_by_summary(tmp_path / "b.ics")["Ocrevus: next dose due"]
    from ocrelog.dates import add_months

    assert due.decoded("dtstart") == add_months(TODAY - timedelta(days=1), 6)


def test_calendar_uids_follow_the_journal_not_its_path(run, journal_file, tmp_path):
    import shutil

    import icalendar

    def uids(*args):
        result = run(*args, "calendar", "--output", "-", "--daily", "20:00")
        assert result.exit_code == 0, result.output
        return sorted(str(e["uid"]) for e in icalendar.Calendar.from_ical(result.stdout).walk("VEVENT"))

    run("infuse", "--on", ago(30))
    moved = tmp_path / "elsewhere" / "restored.db"
    moved.parent.mkdir()
    shutil.copy(journal_file, moved)
    assert run("backup", str(tmp_path / "backup.db")).exit_code == 0
    here = uids()
    assert uids("--db", str(moved)) == here  # a copied or restored journal: the same events
    assert uids("--db", str(tmp_path / "backup.db")) == here
    other = tmp_path / "other.db"
    run("--db", str(other), "infuse", "--on", ago(30))
    assert not set(uids("--db", str(other))) & set(here)  # another journal never overwrites them
    journal_id = run("path", "--id").stdout.strip()
    assert journal_id == run("--db", str(moved), "path", "--id").stdout.strip()
    assert run("path").stdout.strip() == str(journal_file)


def test_path_id_without_a_journal_is_one_sentence(run, journal_file):
    assert "no journal" in one_sentence(run("path", "--id", code=1), 1)
    assert not journal_file.exists()


def test_calendar_daily_reminder_recurs_with_an_alarm(run, journal_file, tmp_path):
    result = run("calendar", "--daily", "20:30", "--output", str(tmp_path / "r.ics"))
    assert result.exit_code == 0, result.output
    [event] = events_by_summary(tmp_path / "r.ics").values()
    assert event.decoded("dtstart") == datetime.combine(TODAY, datetime.min.time()).replace(hour=20, minute=30)
    assert event["rrule"]["FREQ"] == ["DAILY"]
    [alarm] = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(0)
    assert not journal_file.exists()  # a calendar never creates a journal


def test_calendar_to_stdout_and_its_refusals(run, journal_file, tmp_path):
    import icalendar

    assert run("calendar").stdout == ""  # nothing to put in it: said on stderr, exit 0
    assert "nothing to put in a calendar" in run("calendar").stderr
    run("infuse", "--on", "yesterday")
    result = run("calendar", "--output", "-")
    assert icalendar.Calendar.from_ical(result.stdout).walk("VEVENT")
    for bad in ("25:00", "8pm", "20", "20:5"):
        one_sentence(run("calendar", "--daily", bad, code=2), only=False)
    other = tmp_path / "notes.txt"
    other.write_text("my notes")
    assert "already exists; add --force" in one_sentence(run("calendar", "--output", str(other), code=2), only=False)
    assert other.read_text() == "my notes"
    assert run("calendar", "--output", str(tmp_path / "c.ics")).exit_code == 0
    assert run("calendar", "--output", str(tmp_path / "c.ics")).exit_code == 0  # its own file: replaced
