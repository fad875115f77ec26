"""Fatigue questionnaires (FSS, MFIS, MFIS-5): recorded, checked, and kept like any entry."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import one_sentence
from ocrelog import scales
from ocrelog.errors import InvalidValue
from ocrelog.journal import Journal


def logged(run) -> list[dict]:
    return json.loads(run("log", "--all", "--json").stdout)


MFIS_ITEMS = [1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1]


def test_fss_as_the_mean_or_the_sum(run):
    assert run("scale", "fss", "4.4", "--on", "2026-09-02").exit_code == 0
    assert run("scale", "fss", "40", "--on", "2026-11-18").exit_code == 0
    values = [e["value"] for e in logged(run)]
    assert values == [4.44, 4.4]


def test_fss_from_its_answers(run):
    result = run("scale", "fss", "--items", "5,5,4,4,4,4,4,5,5", "--on", "2026-11-18")
    assert result.exit_code == 0 and "FSS 4.44" in result.stdout
    (entry,) = logged(run)
    assert entry["type"] == "scale" and entry["name"] == "fss"
    assert entry["items"] == [5, 5, 4, 4, 4, 4, 4, 5, 5] and entry["subscales"] == {}


def test_mfis_answers_give_the_total_and_the_subscales(run):
    assert run("scale", "mfis", "--items", ",".join(map(str, MFIS_ITEMS))).exit_code == 0
    (entry,) = logged(run)
    physical = sum(MFIS_ITEMS[n - 1] for n in (4, 6, 7, 10, 13, 14, 17, 20, 21))
    psychosocial = MFIS_ITEMS[7] + MFIS_ITEMS[8]
    assert entry["value"] == sum(MFIS_ITEMS)
    assert entry["subscales"] == {
        "physical": physical,
        "cognitive": sum(MFIS_ITEMS) - physical - psychosocial,
        "psychosocial": psychosocial,
    }


def test_mfis_with_subscales_and_mfis5(run):
    assert run("scale", "mfis", "42", "--physical", "20", "--cognitive", "18", "--psychosocial", "4").exit_code == 0
    assert run("scale", "mfis5", "--items", "2,3,2,1,3").exit_code == 0
    mfis5, mfis = logged(run)
    assert mfis["subscales"] == {"physical": 20, "cognitive": 18, "psychosocial": 4}
    assert (mfis5["name"], mfis5["value"], mfis5["items"]) == ("mfis5", 11, [2, 3, 2, 1, 3])


@pytest.mark.parametrize(
    "args",
    [
        ("fss", "8"),  # neither a mean (1-7) nor a sum (9-63)
        ("fss", "0.5"),
        ("fss", "64"),
        ("fss", "lots"),
        ("fss", "--items", "5,5,4,4,4,4,4,5"),  # 8 answers
        ("fss", "--items", "5,5,4,4,4,4,4,5,0"),  # 0 is out of range
        ("fss", "4", "--physical", "3"),  # FSS has no subscales
        ("fss", "4.9", "--items", "5,5,4,4,4,4,4,5,5"),  # disagrees with its answers
        ("mfis", "85"),
        ("mfis", "42.5"),
        ("mfis", "42", "--physical", "20", "--cognitive", "18", "--psychosocial", "3"),
        ("mfis", "42", "--physical", "37"),
        ("mfis", "20", "--physical", "15", "--cognitive", "10"),  # more than the total
        ("mfis", "--items", "1,2,3"),
        ("mfis", "--items", ",".join(["5"] * 21)),
        ("mfis5", "21"),
        ("mfis5", "--items", "2,3,2,1,3,1"),
        ("mfis5", "10", "--psychosocial", "2"),
        ("mfis5",),  # no score and no answers
        ("phq9", "10"),
    ],
)
def test_a_bad_result_is_one_sentence_and_stores_nothing(run, args):
    one_sentence(run("scale", *args, code=2))
    assert logged(run) == []


def test_scales_export_and_import_in_both_formats(run, tmp_path, monkeypatch):
    run("scale", "fss", "--items", "5,5,4,4,4,4,4,5,5", "--on", "2026-09-02")
    run("scale", "mfis", "42", "--physical", "20", "--cognitive", "18", "--psychosocial", "4", "--on", "2026-09-03")
    run("scale", "mfis5", "11", "--on", "2026-09-04", "--note", "at the clinic")
    before = [{k: v for k, v in e.items() if k != "id"} for e in logged(run)]
    for form in ("csv", "json"):
        target = tmp_path / f"out.{form}"
        assert run("export", "--format", form, "-o", str(target)).exit_code == 0
        monkeypatch.setenv("OCRELOG_DB", str(tmp_path / f"other-{form}.db"))
        assert run("import", str(target)).exit_code == 0
        after = [{k: v for k, v in e.items() if k != "id"} for e in logged(run)]
        assert after == before
        monkeypatch.setenv("OCRELOG_DB", str(tmp_path / "data" / "journal.db"))


def test_an_imported_scale_is_checked_like_a_typed_one(run, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text('type,date,value,name,items\nscale,2026-09-02,4.9,fss,"5,5,4,4,4,4,4,5,5"\n')
    assert "Line 2" in one_sentence(run("import", str(bad), code=2))
    bad.write_text("type,date,value,name,items\nfatigue,2026-09-02,4,,\"1,2\"\n")
    assert "only scales have items" in one_sentence(run("import", str(bad), code=2))
    assert logged(run) == []


def test_edit_delete_and_undo_a_scale(run):
    run("scale", "mfis", "42", "--physical", "20", "--cognitive", "18", "--psychosocial", "4")
    run("scale", "mfis5", "--items", "2,3,2,1,3")
    mfis5, mfis = logged(run)
    one_sentence(run("edit", str(mfis["id"]), "--value", "41", code=2))  # the subscales add up to 42
    assert run("edit", str(mfis["id"]), "--value", "41", "--psychosocial", "3").exit_code == 0
    assert logged(run)[1]["subscales"]["psychosocial"] == 3
    one_sentence(run("edit", str(mfis5["id"]), "--value", "3", code=2))  # its answers give 11
    assert run("edit", str(mfis5["id"]), "--items", "0,0,1,1,1").exit_code == 0
    assert logged(run)[0]["value"] == 3
    assert run("undo", "--force").exit_code == 0
    assert logged(run)[0]["value"] == 11
    assert run("delete", str(mfis5["id"]), "--force").exit_code == 0
    assert [e["name"] for e in logged(run)] == ["mfis"]
    assert run("undo", "--force").exit_code == 0
    assert [e["id"] for e in logged(run)] == [mfis5["id"], mfis["id"]]
    one_sentence(run("edit", str(mfis["id"]), "--name", "fss", code=2))


def test_log_lists_a_scale_with_its_subscales(run):
    run("scale", "mfis", "42", "--physical", "20", "--cognitive", "18", "--psychosocial", "4")
    out = run("log", "--type", "scale").stdout
    assert "mfis" in out and "42" in out and "physical 20, cognitive 18" in out


def test_the_schema_step_keeps_ids_and_the_id_counter(tmp_path):
    """A journal from just before scales: its entries, ids and id counter survive the step."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ocrelog.entries import scale_entry
    from ocrelog.migrations import MIGRATION_SET, STEPS, m009_scales

    path = tmp_path / "old.db"
    db = Database(path)
    before = Migrations(MIGRATION_SET)
    for step in STEPS[: STEPS.index(m009_scales)]:
        before()(step)
    before.apply(db)
    for day in (10, 11, 12):
        db.execute(
            "INSERT INTO entries (type, date, value, logged_at) VALUES ('fatigue', ?, 5, 'x')",
            [f"2026-05-{day}"],
        )
    db.execute("DELETE FROM entries WHERE id = 3")  # deleted before the upgrade
    indexes_before = {
        row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    }
    assert indexes_before
    db.conn.commit()
    db.conn.close()
    with Journal.open(path, write=True) as journal:
        assert sorted(e.id for e in journal.entries()) == [1, 2]
        added = journal.add(scale_entry("2026-05-20", "fss", "4.4"))
        assert added.id == 4  # an id once used is never given again
        sql = journal.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries'").fetchone()[0]
        assert "'scale'" in sql
        columns = [row[1] for row in journal.conn.execute("PRAGMA table_info(entries)")]
        at = columns.index("items")
        assert columns[at : at + 3] == ["items", "subscales", "time_given"] and "handled_on" in columns  # earlier steps' columns kept
        indexes = {row[0] for row in journal.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert indexes_before <= indexes  # every index of the earlier steps rebuilt


@given(st.lists(st.integers(1, 7), min_size=9, max_size=9))
def test_fss_items_give_their_mean(answers):
    name, value, items, subscales = scales.checked("fss", None, tuple(answers))
    assert value == round(sum(answers) / 9, 2) and items == tuple(answers) and subscales == ()
    # the mean typed back agrees with the answers
    assert scales.checked("fss", f"{value:.1f}", tuple(answers))[1] == value


@given(st.lists(st.integers(0, 4), min_size=21, max_size=21))
def test_mfis_subscales_always_add_up_to_the_total(answers):
    _, value, _, subscales = scales.checked("mfis", None, tuple(answers))
    assert sum(number for _, number in subscales) == value == sum(answers)


@given(st.integers(-5, 100))
def test_mfis5_totals_outside_0_to_20_are_refused(total):
    if 0 <= total <= 20:
        assert scales.checked("mfis5", str(total))[1] == total
    else:
        with pytest.raises(InvalidValue):
            scales.checked("mfis5", str(total))


def test_the_report_shows_the_latest_result_of_each(run):
    run("infuse", "--on", "2026-05-14")
    run("scale", "fss", "5.1", "--on", "2026-05-01")
    run("scale", "fss", "4.4", "--on", "2026-11-18")
    run("scale", "mfis", "42", "--physical", "20", "--cognitive", "18", "--psychosocial", "4", "--on", "2026-11-18")
    text = " ".join(run("report").stdout.split())
    assert "Latest questionnaires: FSS 4.4 on 2026-11-18; MFIS 42 (physical 20, cognitive 18, psychosocial 4)" in text
    assert "5.1" not in text
    data = json.loads(run("report", "--json").stdout)
    assert [(s["name"], s["value"]) for s in data["scales"]] == [("fss", 4.4), ("mfis", 42)]
