"""Concerns: warning signs judged across entries (combinations, the person's usual symptoms, a
said change, imported history, late entries) and folded, as a person sees them in status,
report and handled; the core (ocrelog.concerns) directly, the commands through CliRunner."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from conftest import ANY, TODAY, ago
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ocrelog import concerns
from ocrelog.entries import Entry, parse_temperature, temperature_text
from ocrelog.errors import InvalidValue
from ocrelog.signs import NEXT_CONTACT, NOW, SOON

CONCERN_KEYS = {"id", "category", "urgency", "first", "last", "days", "entries", "latest", "handled", "history"}
DAY = date(2026, 11, 20)


def at(days: float, hour: int = 9) -> str:
    """An ISO date-time ``days`` after DAY, at ``hour``."""
    return (datetime.combine(DAY, datetime.min.time()) + timedelta(days=days, hours=hour)).isoformat(timespec="minutes")


def symptom(name: str, when: str, entry_id: int, **more) -> Entry:
    return Entry(type="symptom", date=when, name=name, id=entry_id, logged=when, **more)


def temperature(celsius: float, when: str, entry_id: int) -> Entry:
    return Entry(type="temperature", date=when, value=celsius, id=entry_id, logged=when)


def judged(entries, today=DAY + timedelta(days=3), **options):
    found = concerns.alerts(entries, [], today, days=None, **options)
    return found, concerns.fold(found)


# -- across entries -------------------------------------------------------------------------


def test_headache_stiff_neck_and_a_fever_logged_apart_are_one_urgent_concern():
    entries = [symptom("headache", at(0), 1), symptom("stiff neck", at(0, 10), 2), temperature(39.2, at(0, 11), 3)]
    _, found = judged(entries)
    assert len(found) == 1
    (concern,) = found
    assert concern.category == "infection" and concern.tier == NOW
    assert concern.entries == (1, 2, 3)
    assert concern.advice.startswith("Seek help now")


def test_confusion_then_a_fever_a_day_later_is_urgent_but_not_after_48_hours():
    soon = judged([symptom("confusion", at(0), 1), temperature(38.9, at(1), 2)])[1]
    assert any(c.tier == NOW and c.category == "infection" for c in soon)
    later = judged([symptom("confusion", at(0), 1), temperature(38.9, at(2, 12), 2)])[1]
    assert all(c.tier != NOW for c in later)


def test_a_fever_alone_stays_a_contact_soon_concern():
    (concern,) = judged([temperature(38.6, at(0), 1)])[1]
    assert concern.tier == SOON


# -- the person's usual, and a said change ----------------------------------------------------


def test_a_usual_symptom_raises_nothing_until_the_text_says_it_changed():
    days = [symptom("left leg weakness", at(n), n + 1) for n in range(11)]
    found, folded = judged(days, usual=["left leg weakness"])
    assert found == ()
    worse = symptom("left leg weakness, much worse, cant walk far", at(11), 20)
    found, folded = judged([*days, worse], today=DAY + timedelta(days=11), usual=["left leg weakness"])
    (alert,) = found
    assert alert.category == "neurological" and alert.entry_id == 20
    assert "much worse" in alert.advice and "cant walk" in alert.advice


def test_a_repeated_sign_not_on_the_list_alerts_again_when_it_is_worse():
    days = [symptom("left leg weakness", at(n), n + 1) for n in range(11)]
    assert len(judged(days)[0]) == 1  # the first day only: the 14-day repeat rule
    worse = symptom("left leg weakness, much worse, cant walk far", at(11), 20)
    found = judged([*days, worse], today=DAY + timedelta(days=11))[0]
    assert any(a.entry_id == 20 and a.category == "neurological" for a in found)


def test_a_sign_that_needs_help_now_is_never_a_repeat_a_usual_symptom_or_a_mere_change():
    fits = [symptom("had a fit", at(0), 1), symptom("had a fit", at(3), 2)]
    assert [(a.entry_id, a.tier) for a in judged(fits)[0]] == [(2, NOW), (1, NOW)]
    on_the_list = judged([symptom("face drooping on one side", at(0), 1)], usual=["face drooping"])[0]
    assert [a.tier for a in on_the_list] == [NOW]
    (new,) = judged([symptom("seizure, new", at(0), 1)])[0]
    assert new.tier == NOW and new.advice.startswith("Seek help now")


def test_one_entry_that_starts_two_concerns_gives_each_its_own_id(run):
    run("symptom", "confusion", "--on", f"{ago(1)} 07:00")
    run("temp", "38.9", "--on", f"{ago(1)} 09:00")
    found = json.loads(run("status", "--json").stdout)["concerns"]
    ids = [c["id"] for c in found]
    assert len(ids) == len(set(ids)) == 2
    urgent = next(c for c in found if c["urgency"] == NOW)
    assert run("handled", urgent["id"]).exit_code == 0
    after = {c["id"]: c["handled"] for c in json.loads(run("status", "--json").stdout)["concerns"]}
    assert after[urgent["id"]] is not None


def test_the_alerts_logged_text_stays_what_each_entry_said_when_a_combination_joins_them(run):
    run("symptom", "headache", "--on", f"{ago(1)} 08:00")
    run("symptom", "stiff neck", "--on", f"{ago(1)} 08:05")
    run("temp", "39.2", "--on", f"{ago(1)} 08:10")
    found = json.loads(run("report", "--json").stdout)
    logged = {(a["entry_id"], a["category"]): a["logged"] for a in found["alerts"]}
    assert logged[(3, "infection")] == "temp 39.2 °C"
    assert logged[(2, "infection")] == "stiff neck"
    assert not any("together with" in text for text in logged.values())
    (concern,) = [c for c in found["concerns"] if c["category"] == "infection"]
    assert concern["urgency"] == NOW and concern["entries"] == [1, 2, 3]


def test_usual_tingling_but_much_worse_and_spreading_is_news():
    note = "my usual tingling but much worse today, spreading up to my waist"
    found = judged([symptom(note, at(0), 1)])[0]
    assert [a.category for a in found] == ["neurological"]


@pytest.mark.parametrize("text", ["no worse today", "nothing new", "same as always"])
def test_no_change_is_not_a_change(text):
    assert concerns.changes_in(text) == []


def test_a_usual_symptom_is_matched_by_its_words_in_any_order_not_by_a_part_of_them():
    usual = ["left leg weakness"]
    assert concerns.is_usual("weakness in my left leg", usual)
    assert not concerns.is_usual("right leg weakness", usual)


# -- folding --------------------------------------------------------------------------------


def test_the_same_category_within_seven_days_folds_and_a_longer_silence_starts_anew():
    gap = concerns.FOLD_DAYS
    entries = [symptom("cough", at(0), 1), symptom("cough", at(gap), 2), symptom("cough", at(2 * gap + 1), 3)]
    found = judged(entries, today=DAY + timedelta(days=30))[1]
    assert sorted(c.entries for c in found) == [(1, 2), (3,)]
    newest = next(c for c in found if c.entries == (1, 2))
    assert newest.days == 2 and newest.first == DAY and newest.last == DAY + timedelta(days=gap)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.sampled_from(["cough", "pee is dark brown", "diarrhoea"])),
                min_size=1, max_size=25))
def test_every_alert_is_in_exactly_one_concern_of_its_category(logged):
    entries = [symptom(text, at(day), n + 1) for n, (day, text) in enumerate(sorted(logged))]
    found, folded = judged(entries, today=DAY + timedelta(days=61))
    assert sorted(i for c in folded for i in c.entries) == sorted({a.entry_id for a in found})
    for concern in folded:
        days = sorted({a.day for a in concern.alerts})
        assert all((b - a).days <= concerns.FOLD_DAYS for a, b in zip(days, days[1:]))
        assert {a.category for a in concern.alerts} == {concern.category}


# -- history and late entries -----------------------------------------------------------------


def test_imported_entries_dated_long_before_their_import_are_history():
    old = Entry(type="symptom", date=at(0), name="short of breath", id=1, source="visible", logged=at(40))
    found, folded = judged([old], today=DAY + timedelta(days=40))
    (concern,) = folded
    assert concern.history and not concern.open


def test_a_sign_typed_in_late_says_so_instead_of_today():
    late = Entry(type="symptom", date=at(0), name="cough", id=1, logged=at(concerns.LATE_DAYS + 2))
    (alert,) = judged([late])[0]
    assert alert.tier == NEXT_CONTACT and f"Logged {concerns.LATE_DAYS + 2} days after" in alert.advice
    # an import of entries dated that long ago was not typed in by hand: a current sign, not "logged late"
    (imported,) = judged([late], imported=[(1, 1)])[0]
    assert imported.tier == SOON and "Logged" not in imported.advice and not imported.history


# -- temperatures -----------------------------------------------------------------------------


def test_fahrenheit_is_rounded_correctly_and_nothing_under_the_line_reads_as_38():
    assert temperature_text(parse_temperature("100.9f")) == "38.3 °C"
    assert temperature_text(parse_temperature("100.35f")) == "37.97 °C"
    assert temperature_text(parse_temperature("100.4f")) == "38.0 °C"


@given(st.decimals(min_value=94, max_value=109, places=2), st.booleans())
@example(Decimal("103.96"), True)  # 39.96 °C
@example(Decimal("103.95"), False)  # 39.97 °C
@example(Decimal("100.35"), False)  # 37.97 °C
def test_no_reading_is_shown_on_a_line_it_is_judged_under(number, in_celsius):
    """Neither the fever line (38.0) nor the seek-help-now line (40.0): 39.96 is shown as 39.96
    and told 'soon', never shown as 40.0 and told to seek help now."""
    from ocrelog.alerts import entry_alerts

    exact = number - 64 if in_celsius else (number - 32) * 5 / 9  # as typed: 30 to 45 °C
    typed = f"{number - 64}" if in_celsius else f"{number}f"
    try:
        celsius = parse_temperature(typed, force=True)
    except InvalidValue:
        return
    shown = Decimal(temperature_text(celsius).split()[0])
    for line in (Decimal(38), Decimal(40)):
        assert (shown >= line) == (exact >= line), (typed, celsius, shown)
    reading = Entry(type="temperature", date="2026-11-21T08:00", value=celsius, id=1)
    now = any(alert.tier == NOW for alert in entry_alerts(reading, []))
    assert now == (exact >= 40), (typed, shown)


def test_an_implausible_reading_needs_force(run):
    result = run("temp", "33", code=2)
    assert result.exit_code == 2 and "--force" in result.stderr
    assert run("temp", "33", "--force").exit_code == 0


# -- the commands ---------------------------------------------------------------------------


def test_the_entry_that_completes_a_combination_prints_seek_help_now(run):
    assert "Seek help now" not in run("symptom", "headache").stderr
    assert run("symptom", "stiff", "neck").exit_code == 0
    done = run("temp", "39.2")
    assert done.exit_code == 0 and "Seek help now" in done.stderr


def test_status_short_quotes_the_newest_entrys_own_words_not_its_combination(run):
    for args in (["symptom", "headache"], ["symptom", "stiff", "neck"], ["temp", "39.2"]):
        run(*args)
    line = run("status", "--short").stdout
    assert "(newest: temp 39.2 °C, today)" in line and "together with" not in line
    # two combinations completed by one reading name the other entries once
    (concern,) = json.loads(run("status", "--json").stdout)["concerns"]
    assert concern["latest"] == "temp 39.2 °C; together with headache + stiff neck"


@pytest.mark.parametrize(
    ("later", "earlier"),
    [(["temp", "38.5"], ["symptom", "stiff", "neck"]), (["feel", "4", "feverish"], ["symptom", "headache"])],
)
def test_an_entry_dated_before_its_partner_prints_the_combinations_advice_too(run, later, earlier):
    """The combination stands on the entry dated last; typed in second but dated first, the
    entry that completes it still prints its seek help now."""
    day = ago(1)  # yesterday: any time of it has passed, whenever the test runs
    assert "Seek help now" not in run(*later, "--on", f"{day} 09:00").stderr
    done = run(*earlier, "--on", f"{day} 08:00")
    assert done.exit_code == 0 and "Seek help now" in done.stderr


def test_status_shows_open_concerns_most_urgent_first_in_two_lines_at_80_columns(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    long = "pee is dark brown " + " ".join(["and it has been like that all week long"] * 4)
    for args in (["symptom", long], ["symptom", "confusion"], ["temp", "38.9"], ["symptom", "cough", "--on", ago(1)]):
        assert run(*args).exit_code == 0
    out = run("status").stdout.splitlines()
    assert all(len(line) <= 80 for line in out), out
    now = out.index(next(line for line in out if line.startswith("Seek help now")))
    soon = out.index("Contact your MS team soon about:")
    assert now < soon
    liver = [n for n, line in enumerate(out) if "liver" in line]
    assert liver and out[liver[0] + 1].startswith("  ") and out[liver[0] + 1].endswith("…")
    after = out[liver[0] + 2]
    assert not after.startswith("  ") or "(C" in after  # two lines at most: then the next concern
    words = set(long.split())  # every word shown is a whole word of what was typed (then the ellipsis)
    assert all(w.rstrip("…") in words for w in out[liver[0] + 1].split()), out[liver[0] + 1]


def test_status_and_report_json_carry_the_concerns(run):
    run("symptom", "cough")
    run("symptom", "cough", "--on", ago(2))
    for command in (["status", "--json"], ["report", "--json"]):
        data = json.loads(run(*command).stdout)
        (concern,) = data["concerns"]
        assert set(concern) >= CONCERN_KEYS
        assert concern["category"] == "infection" and concern["days"] == 2 and len(concern["entries"]) == 2
        assert concern["latest"] == "cough" and concern["handled"] is None and concern["history"] is False
        assert data["alerts"]  # kept as it was


def test_status_short_names_open_warning_signs_first(run):
    run("feel", "3")
    assert run("status", "--short").stdout == ""
    run("symptom", "pee", "dark", "brown")
    assert run("status", "--short").stdout.startswith("ocrelog: 1 warning sign open (newest: pee dark brown, today)")
    run("symptom", "coughing up green stuff all night and my chest rattles when I breathe in deeply")
    line = run("status", "--short").stdout.splitlines()[0]
    assert "(newest: coughing up green stuff all night and…, today)" in line  # a word is never cut
    run("symptom", "fever-and-shivers-and-aches-all-over-since-the-school-run")
    line = run("status", "--short").stdout.splitlines()[0]
    assert "(newest: fever-and-shivers-and-aches-all-over-since-the-school-run, today)" in line


def test_handled_marks_many_at_once_and_undo_takes_them_back_in_one_step(run):
    for args in (["symptom", "cough"], ["symptom", "diarrhoea"], ["symptom", "pee", "dark", "brown"]):
        run(*args)
    concern = json.loads(run("status", "--json").stdout)["concerns"]
    by_category = {c["category"]: c for c in concern}
    done = run("handled", by_category["infection"]["id"], "3", "--note", "GP saw it")
    assert done.exit_code == 0, done.output
    assert "#1" in done.stdout and "#3" in done.stdout
    still = {c["category"] for c in json.loads(run("status", "--json").stdout)["concerns"] if not c["handled"]}
    assert still == {"bowel"}
    assert run("undo", "--force").exit_code == 0
    still = {c["category"] for c in json.loads(run("status", "--json").stdout)["concerns"] if not c["handled"]}
    assert still == {"infection", "bowel", "liver"}
    assert run("handled", "--category", "bowel").exit_code == 0
    assert run("handled", "--all").exit_code == 0
    assert not [c for c in json.loads(run("status", "--json").stdout)["concerns"] if not c["handled"]]


def test_a_mark_of_one_kind_leaves_the_entrys_other_kinds_open(run, tmp_path):
    """ "diarrhoea and dark urine" is bowel and liver: handling the bowel concern (by --category or
    by its C number) leaves the liver one open; the entry's own number marks both."""
    run("symptom", "diarrhoea and dark urine")

    def still_open() -> set[str]:
        return {c["category"] for c in json.loads(run("status", "--json").stdout)["concerns"] if not c["handled"]}

    done = run("handled", "--category", "bowel", "--note", "GP: gastro bug")
    assert "(Diarrhoea)" in done.stdout or "bowel" in done.stdout.lower(), done.stdout
    assert still_open() == {"liver"}
    assert "liver" not in done.stdout.lower()
    logged = json.loads(run("log", "--json").stdout)[0]
    assert logged["handled_on"] is None and logged["handled_signs"] == {"bowel": {"on": TODAY.isoformat(), "note": "GP: gastro bug"}}
    # the mark travels with an export and back
    exported = tmp_path / "out.csv"
    run("export", "-o", str(exported))
    assert run("undo", "--force").exit_code == 0 and still_open() == {"bowel", "liver"}
    concerns = {c["category"]: c["id"] for c in json.loads(run("status", "--json").stdout)["concerns"]}
    run("handled", concerns["liver"])
    assert still_open() == {"bowel"}
    run("undo", "--force")
    run("handled", "1")
    assert still_open() == set()
    other = tmp_path / "other.db"
    assert run("--db", str(other), "import", str(exported)).exit_code == 0
    again = json.loads(run("--db", str(other), "status", "--json").stdout)["concerns"]
    assert {c["category"]: bool(c["handled"]) for c in again} == {"bowel": True, "liver": False}


def test_handled_category_takes_the_name_as_status_prints_it(run):
    run("infuse")
    run("symptom", "itchy", "rash")
    assert run("handled", "--category", "Infusion reaction").exit_code == 0
    assert not [c for c in json.loads(run("status", "--json").stdout)["concerns"] if not c["handled"]]


def test_handled_refuses_what_it_cannot_mark_in_one_sentence(run):
    from conftest import one_sentence

    run("feel", "5")
    assert "Say what to mark" in one_sentence(run("handled", code=2), code=2)
    assert "no warning sign" in one_sentence(run("handled", "1", code=1), code=1)
    assert "C99" in one_sentence(run("handled", "C99", code=2), code=2)
    assert "--category" in one_sentence(run("handled", "--category", "elbow", code=2), code=2)


def test_handled_before_a_day_leaves_the_later_ones_open(run):
    run("symptom", "cough", "--on", ago(20))
    run("symptom", "diarrhoea")
    assert run("handled", "--before", ago(10)).exit_code == 0
    open_ = [c["category"] for c in json.loads(run("status", "--json").stdout)["concerns"] if not c["handled"]]
    assert open_ == ["bowel"]


def test_a_dose_recorded_after_a_sign_typed_in_late_reads_it_as_late_too(run):
    """infuse re-reads the signs logged after it as reactions: one typed in weeks after its date
    says so, as status does, not 'contact your MS team today'."""
    run("symptom", "rash", "--on", f"{ago(17)} 10:00")
    said = run("infuse", "--on", f"{ago(17)} 09:00").stderr
    assert "17 days after" in said and "today" not in said


@pytest.mark.parametrize(
    "text", ["left leg weakness no worse than usual", "left leg weakness, not getting worse", "left leg weakness isnt any worse"]
)
def test_a_usual_symptom_said_not_to_have_changed_raises_nothing(run, text):
    run("usual", "add", "left", "leg", "weakness")
    assert "Warning sign" not in run("symptom", text).stderr
    assert "much worse" in run("symptom", "left leg weakness much worse").stderr


def test_an_edit_that_adds_a_warning_sign_prints_its_advice_once(run):
    run("symptom", "headache")
    assert "Seek help now" in run("edit", "1", "--name", "had a seizure").stderr
    assert "Warning sign" not in run("edit", "1", "--note", "at work").stderr  # the same sign: not again
    run("feel", "5")
    assert "Warning sign" not in run("edit", "2", "--value", "6").stderr
    # an entry marked handled that now says more still tells what it says now
    run("symptom", "cough")
    run("handled", "3")
    assert "Seek help now" in run("edit", "3", "--note", "face drooping on one side").stderr


def _open_kinds(run) -> set[str]:
    return {c["category"] for c in json.loads(run("status", "--json").stdout)["concerns"] if not c["handled"]}


def test_an_edit_that_adds_a_kind_to_an_entry_marked_handled_leaves_the_new_kind_open(run):
    run("symptom", "diarrhoea since the weekend")
    run("handled", "1", "--note", "GP: a bug")
    assert _open_kinds(run) == set()
    run("edit", "1", "--note", "and now my lips are swelling")
    assert _open_kinds(run) == {"breathing"}  # the bowel kind stays handled, with its note
    [entry] = json.loads(run("log", "--json").stdout)
    assert entry["handled_signs"] == {"bowel": {"on": TODAY.isoformat(), "note": "GP: a bug"}}
    run("undo", "--force")
    assert _open_kinds(run) == set()
    [entry] = json.loads(run("log", "--json").stdout)
    assert (entry["handled_on"], entry["note"], entry["handled_signs"]) == (TODAY.isoformat(), None, {})


@pytest.mark.parametrize(
    ("logged", "edit", "kind"),
    [
        (("symptom", "numb legs"), ("--note", "and this evening I had a seizure"), "neurological"),
        (("temp", "38.4"), ("--value", "40.2"), "infection"),
    ],
)
@pytest.mark.parametrize("how", [("1",), ("--all",)])
def test_an_edit_that_makes_a_handled_kind_more_urgent_opens_it(run, logged, edit, kind, how):
    run(*logged)
    run("handled", *how)  # the whole entry, or each kind of it
    run("edit", "1", *edit)
    assert _open_kinds(run) == {kind}


def test_an_edit_that_splits_a_whole_mark_keeps_every_note(run):
    run("symptom", "diarrhoea and dark urine")
    run("handled", "--category", "bowel", "--note", "GP: stool sample")
    run("handled", "--category", "liver", "--note", "bloods")
    run("handled", "1", "--note", "seen by the MS nurse")
    run("edit", "1", "--note", "and now my lips are swelling")
    assert _open_kinds(run) == {"breathing"}
    [entry] = json.loads(run("log", "--json").stdout)
    assert entry["handled_signs"] == {
        "bowel": {"on": TODAY.isoformat(), "note": "GP: stool sample; seen by the MS nurse"},
        "liver": {"on": TODAY.isoformat(), "note": "bloods; seen by the MS nurse"},
    }


def test_an_edit_that_adds_no_kind_keeps_the_whole_entry_mark(run):
    run("symptom", "diarrhoea")
    run("handled", "1")
    run("edit", "1", "--note", "worse after lunch, still runny")
    [entry] = json.loads(run("log", "--json").stdout)
    assert (entry["handled_on"], entry["handled_signs"]) == (TODAY.isoformat(), {})
    assert _open_kinds(run) == set()


def _concerns(run) -> list[dict]:
    return json.loads(run("status", "--json").stdout)["concerns"]


def test_a_combination_completed_by_a_headache_names_the_headache(run):
    run("temp", "38.7", "--on", f"{ago(1)} 09:00")
    run("symptom", "bad headache", "--on", f"{ago(1)} 15:00")
    [concern] = _concerns(run)
    assert concern["urgency"] == NOW
    assert concern["latest"].startswith("bad headache; together with temperature 38.7")


def test_a_combination_concern_starts_on_its_earliest_entry(run):
    run("symptom", "confusion", "--on", f"{ago(2)} 08:00")
    run("temp", "38.9", "--on", f"{ago(1)} 20:00")
    infection = next(c for c in _concerns(run) if c["category"] == "infection")
    assert (infection["first"], infection["last"], infection["days"], infection["entries"]) == (ago(2), ago(1), 2, [1, 2])
    assert set(infection) == {"id", "category", "urgency", "first", "last", "days", "entries", "latest", "handled", "history"}


def test_usual_add_of_a_sign_that_needs_help_now_says_it_still_warns(run):
    said = run("usual", "add", "seizures").stdout
    assert "still raises a warning" in " ".join(said.split())
    assert "Seek help now" in run("symptom", "seizures").stderr


def test_usual_add_list_remove_and_undo(run):
    assert run("usual", "add", "left", "leg", "weakness").exit_code == 0
    assert run("usual").stdout == "left leg weakness\n"
    assert "Warning sign" not in run("symptom", "weakness in my left leg").stderr
    worse = run("symptom", "left leg weakness much worse, cant walk far")
    assert "changed (much worse, cant walk)" in worse.stderr
    assert run("usual", "remove", "left", "leg", "weakness").exit_code == 0
    assert run("usual").stdout == ""
    assert run("undo", "--force").exit_code == 0
    assert run("usual").stdout == "left leg weakness\n"
    assert run("usual", "remove", "elbow", code=2).exit_code == 2
    assert run("usual", "shout", "x", code=2).exit_code == 2


def test_an_import_of_old_entries_is_history_not_open(run, tmp_path):
    csv = tmp_path / "old.csv"
    rows = ["type,date,value,name,note"] + [f"symptom,{ago(100 + n)},,short of breath," for n in range(30)]
    csv.write_text("\n".join(rows) + "\n")
    done = run("import", str(csv))
    assert done.exit_code == 0, done.output
    assert "in the imported history (see ocrelog report); none raised as current" in done.stderr
    status = json.loads(run("status", "--json").stdout)
    assert not [c for c in status["concerns"] if not c["handled"] and not c["history"]]
    assert "Seek help now" not in run("status").stdout
    report = run("report").stdout
    assert "Imported history" in report and "breathing" in report
    summary = run("summary", "-o", "-", "--format", "md").stdout
    section = summary.split("## Warning signs logged", 1)[1].split("\n## ", 1)[0]
    assert "### Imported history" in section and "breathing" in section.split("### Imported history")[1]
    assert "None logged in this period" not in section  # history was logged: none raised as current


def test_a_sign_typed_in_late_asks_to_mention_it_if_still_happening(run):
    done = run("symptom", "cough", "--on", ago(concerns.LATE_DAYS + 3))
    assert "if it is still happening" in done.stderr and "today" not in done.stderr.lower().split("warning")[-1]
    assert TODAY  # the journal's dates are relative to today


def test_a_seizure_typed_in_late_still_asks_to_contact_the_ms_team_soon(run):
    done = run("symptom", "had a seizure", "--on", ago(concerns.LATE_DAYS + 2))
    assert "contact your MS team soon about it" in " ".join(done.stderr.split())
    [concern] = json.loads(run("status", "--json").stdout)["concerns"]
    assert concern["urgency"] == SOON


def test_the_rules_page_states_the_numbers_of_concerns():
    from pathlib import Path

    from ocrelog.alerts import ALERT_DAYS
    from ocrelog.status import WIDTH

    page = Path(__file__).parents[1].joinpath("docs", "rules.md").read_text(encoding="utf-8")
    section = page.split("## Concerns", 1)[1].split("\n## ", 1)[0]
    for stated in (
        f"within {concerns.COMBINE_HOURS} hours",
        f"more than {concerns.HISTORY_DAYS} days before the import",
        f"more than {concerns.LATE_DAYS} days after its date",
        f"within {concerns.FOLD_DAYS} days of the one before",
        f"last {ALERT_DAYS} days",
        f"two lines at {WIDTH} columns",
    ):
        assert stated in section, stated


# -- a dose recorded late (issue 32, item 9) ----------------------------------------------------


def _alert_kinds(run) -> list[str]:
    return [a["category"] for a in json.loads(run("report", "--json").stdout)["alerts"]]


def test_a_dose_recorded_without_a_time_reads_that_days_earlier_reactions(run):
    run("symptom", "itchy throat", "--on", f"{ago(1)} 09:00")
    done = run("infuse", "--on", ago(1))  # a day without a time: the whole day, as before
    assert "read as a reaction" in done.stderr
    run("undo", "--force")
    assert _alert_kinds(run) == []


def test_a_dose_recorded_now_counts_the_reactions_logged_earlier_today(run, monkeypatch):
    from ocrelog import cli

    first = datetime.combine(TODAY, datetime.min.time())
    run("symptom", "itchy throat", "--on", f"{TODAY.isoformat()} 00:00")
    monkeypatch.setattr(cli, "now", lambda: first + timedelta(hours=20))  # typed in at home, that evening
    done = run("infuse")
    assert done.exit_code == 0, done.output
    assert "read as a reaction" in done.stderr
    assert _alert_kinds(run) == ["infusion_reaction"]


@pytest.mark.parametrize(("minutes_before", "reaction"), [(50, True), (70, False)])
def test_with_a_time_given_signs_more_than_an_hour_before_do_not_count(run, minutes_before, reaction):
    dose = datetime.combine(TODAY - timedelta(days=1), datetime.min.time()) + timedelta(hours=14)
    sign = dose - timedelta(minutes=minutes_before)
    run("symptom", "itchy throat", "--on", sign.isoformat(timespec="minutes"))
    run("infuse", "--on", dose.isoformat(timespec="minutes"))
    assert (_alert_kinds(run) == ["infusion_reaction"]) is reaction


def test_a_usual_symptom_quietens_only_its_own_sign():
    found = judged([symptom("left leg weakness and a fever", at(0), 1)], usual=["left leg weakness"])[0]
    assert [a.category for a in found] == ["infection"]


@pytest.mark.parametrize("typed", ["¹", "fever ⁴⁰", "temp ³⁸·⁵", "٣٨.٥"])
def test_digits_that_are_not_decimal_are_read_without_a_crash(run, typed):
    assert run("symptom", typed).exit_code == 0


def test_handled_of_a_superscript_number_is_one_sentence(run):
    from conftest import one_sentence

    run("symptom", "cough")
    assert "entry number" in one_sentence(run("handled", "¹", code=2), code=2)


def test_piped_report_and_cycle_have_no_trailing_spaces(run):
    run("infuse", "--on", ago(20))
    for n in range(20, 0, -1):
        run("feel", str(3 + n % 4), "--on", ago(n))
    run("symptom", "cough")
    for command in ("report", "cycle", "status", "log"):
        out = run(command).stdout
        assert out and not [line for line in out.splitlines() if line.endswith(" ")], command


def test_the_sample_journal_was_not_typed_in_late(run):
    out = run("demo").stdout
    assert "Warning signs logged" in out and "Logged " not in out


@pytest.mark.parametrize(("options", "env", "coloured"), [((), {}, True), (("--plain",), {}, False), ((), {"NO_COLOR": "1"}, False)])
def test_status_colours_warning_signs_by_tier_only_at_a_terminal(run, monkeypatch, options, env, coloured):
    from ocrelog import cli

    run("temp", "40.5")  # seek help now
    run("symptom", "pee", "dark", "brown")  # contact your MS team soon
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(cli, "stdout_is_terminal", lambda: True)
    out = run(*options, "status").stdout
    assert ("\x1b[1;31mSeek help now" in out and "\x1b[33mContact your MS team soon" in out) is coloured
    assert ("\x1b[" in out) is coloured
    monkeypatch.setattr(cli, "stdout_is_terminal", lambda: False)
    assert "\x1b[" not in run("status").stdout  # a pipe: never


def test_a_commands_result_wraps_at_spaces_at_a_terminal_and_stays_whole_in_a_pipe(monkeypatch, capsys):
    import sys

    from ocrelog import cli

    message = (
        "Added 'left leg weakness' to your usual symptoms: it raises no warning sign unless you write "
        "that it changed; 'ocrelog undo' takes it off."
    )
    monkeypatch.setenv("COLUMNS", "40")
    cli.tell(message)
    assert capsys.readouterr().out == message + "\n"  # a pipe gets the line whole
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    cli.tell(message)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 1 and all(len(line) <= 40 for line in lines)
    assert " ".join(lines) == message  # broken at spaces only: no word cut


def test_handled_takes_every_category_the_matcher_has(run):
    from ocrelog import cli, vocabulary

    assert set(cli.HANDLED_CATEGORIES) == {category.name for category in vocabulary.CATEGORIES}
    result = run("handled", "--category", "injection_reaction", code=ANY)
    assert "No warning sign open matches that" in result.stderr


# -- one entry's name, note and reading together (acceptance check 3) -------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("temp", "38.5", "--note", "stiff neck"),
        ("temp", "38.5", "--note", "bad headache"),
        ("temp", "38.5", "--note", "very confused"),
        ("symptom", "headache", "--note", "fever 38.5"),
        ("symptom", "stiff neck", "--note", "high temp"),
        ("symptom", "fever", "--note", "stiff neck"),
    ],
)
def test_a_combination_split_between_an_entrys_name_note_or_reading_is_seek_help_now(run, args):
    done = run(*args)
    assert "Seek help now" in done.stderr
    first = json.loads(run("status", "--json").stdout)["concerns"][0]
    assert first["category"] == "infection" and first["urgency"] == "now"
    assert len(first["latest"].split("; ")) == len(set(first["latest"].split("; ")))  # each part once


def test_a_reading_and_its_note_combine_in_the_core_as_one_text_would():
    from ocrelog.alerts import entry_alerts

    reading = Entry(type="temperature", date=at(0), value=38.5, note="stiff neck", id=1)
    (infection,) = [a for a in entry_alerts(reading, []) if a.category == "infection"]
    assert infection.tier == NOW and set(infection.logged.split("; ")) == {"temp 38.5 °C", "note: stiff neck"}
    plain = Entry(type="temperature", date=at(0), value=38.5, note="walked the dog", id=2)
    assert [a.tier for a in entry_alerts(plain, [])] == [SOON]


def test_a_back_dated_reading_that_completes_a_combination_prints_one_line_for_the_infection(run):
    run("symptom", "stiff", "neck")
    done = run("temp", "38.9", "--on", ago(1) + " 20:00")
    lines = [line for line in done.stderr.splitlines() if line.startswith("Warning sign (infection)")]
    assert len(lines) == 1 and "Seek help now" in lines[0], done.stderr


def test_status_short_names_the_concern_logged_last_by_its_time_not_its_entry_number(run):
    run("symptom", "cough", "--on", ago(2))
    run("symptom", "pee", "dark", "brown", "--on", ago(1) + " 17:00")
    run("symptom", "cough", "--on", ago(1) + " 06:00")  # a higher entry number, an earlier time
    assert "(newest: pee dark brown, yesterday)" in run("status", "--short").stdout


def test_status_shortens_a_word_wider_than_the_screen_and_keeps_two_lines(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    run("symptom", "cough, photo at https://example.org/" + "a" * 90)
    out = run("status").stdout.splitlines()
    assert all(len(line) <= 80 for line in out), out
    (head,) = [n for n, line in enumerate(out) if "infection (C1)" in line]
    assert out[head + 1].endswith("…") and not out[head + 2].startswith("    ")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("101.39f", "38.6 °C"),  # 38.55 exactly: a half goes up
        ("38.55", "38.6 °C"),
        ("38.45", "38.5 °C"),
        ("38.65", "38.7 °C"),
        ("38.449", "38.4 °C"),  # rounded once, from what was typed
        ("37.995", "37.99 °C"),  # never up onto the fever line
        ("39.999", "39.99 °C"),  # nor onto the 40 °C line
        ("100.4f", "38.0 °C"),
    ],
)
def test_a_reading_is_rounded_a_half_up_from_the_digits_typed_never_onto_a_line(typed, shown):
    assert temperature_text(parse_temperature(typed)) == shown


def test_edit_force_keeps_a_reading_outside_the_range_as_the_refusal_says(run):
    run("temp", "37")
    refused = run("edit", "1", "--value", "33", code=2)
    assert "--force" in refused.stderr
    run("edit", "1", "--value", "33", "--force")
    assert json.loads(run("log", "--json").stdout)[0]["value"] == 33.0


def test_a_line_of_a_command_that_holds_the_persons_words_wraps_at_spaces_at_a_terminal(run, monkeypatch):
    from ocrelog import cli

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(cli, "stdout_is_terminal", lambda: True)
    long = "pee is dark brown and my eyes look a bit yellow this morning according to my partner who noticed it"
    for args in (["symptom", long], ["edit", "1", "--note", long], ["log"], ["undo", "--list"], ["delete", "1", "--force"], ["undo", "--force"]):
        out = run(*args).stdout
        assert all(len(line) <= 80 for line in out.splitlines()), (args, out)
        assert long in " ".join(out.split()), args  # every word whole


def test_moving_an_entrys_date_does_not_tell_its_sign_again_but_a_more_urgent_one_is_told(run):
    first = run("symptom", "numb legs", "--on", ago(1) + " 10:00")
    assert "Warning sign (neurological)" in first.stderr
    moved = run("edit", "1", "--on", ago(17) + " 10:00")  # now 'logged 17 days after it happened'
    assert "Warning sign" not in moved.stderr
    run("temp", "38.4")
    assert "Seek help now" in run("edit", "2", "--value", "40.2").stderr


def test_usual_remove_before_the_journal_exists_says_it_is_not_on_the_list(run, journal_file):
    result = run("usual", "remove", "tingling", code=2)
    assert "'tingling' is not one of your usual symptoms" in result.stderr and not journal_file.exists()


def test_status_short_escapes_the_persons_words_it_prints_at_every_shell_start_up(run):
    run("symptom", "cough \x1b]0;pwned\x07 all night")
    line = run("status", "--short").stdout
    assert "\x1b" not in line and "\\x1b" in line


def test_a_combination_completed_by_a_severe_headache_prints_the_combinations_own_advice(run):
    run("temp", "38.3", "--on", ago(0) + " 00:01")
    done = run("feel", "7", "--note", "awful headache and stiff neck")
    assert "a headache with a stiff neck or a fever can be a serious infection" in done.stderr, done.stderr
    assert "needs checking today" not in done.stderr  # no seek-help-now line speaks of "today"


def test_a_measured_fever_is_told_as_one_and_a_long_reading_is_read(run):
    done = run("temp", "38.40001")
    assert "today: a fever needs checking" in done.stderr and "if you have a fever" not in done.stderr


def test_handled_lists_several_kinds_as_a_person_writes_them(run):
    run("symptom", "diarrhoea and dark urine and a cough")
    said = run("handled", "1").stdout
    assert "as handled (infection, bowel and liver);" in said, said
