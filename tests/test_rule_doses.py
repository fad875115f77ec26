"""Doses in the rule: the flags and the days setting, the next due date, split first doses, short courses, planned doses, no doses at all."""

from datetime import date

import pytest
from rule_cases import BASELINE, TODAY, D, day, due, one, run

from ocrelog.rules import Infusion, Settings, analyse


@pytest.mark.parametrize(
    ("scores", "symptoms", "flag"),
    [
        ([6, 6, 6, 6], [], "prolonged"),
        ([6, 6, 6, 8], [], "severe"),
        ([6, 6, 6, 6], [(2, "fever")], "severe"),
        ([6, 6, 6, 6], [(1, "infection")], "severe"),
        ([6, 6, 6, 6], [(1, "headache")], "prolonged"),
        ([6, 6, 6, 6, 3], [(4, "fever")], "prolonged"),  # fever after the episode ended
        ([6, None, 6, 6], [(1, "fever")], "severe"),  # a bridged day is part of the episode
        ([9, 9, 9], [(1, "fever")], "none"),  # severe needs prolonged first
    ],
)
def test_flags(scores, symptoms, flag):
    cycle = one(BASELINE + run(0, scores), [(day(n), name) for n, name in symptoms])
    assert cycle.flag == flag


def test_days_setting_moves_the_line():
    scores = BASELINE + run(0, [6, 6, 6, 6, 6])
    assert one(scores).flag == "prolonged"
    assert one(scores, rule=Settings(days=5)).flag == "none"
    assert one(scores, rule=Settings(floor=7)).fatigue_days == 0
    assert one(scores, rule=Settings(rise=4)).threshold == 6.5


def test_next_dose_is_six_calendar_months_after_the_course_start():
    assert due((date(2026, 5, 14), 600)).next_due == date(2026, 11, 14)
    assert due((date(2026, 8, 31), 600)).next_due == date(2027, 2, 28)
    assert due((date(2026, 5, 14), 920)).next_due == date(2026, 11, 14)


def test_a_split_first_dose_counts_from_its_first_half():
    findings = due((date(2026, 5, 1), 300), (date(2026, 5, 15), 300))
    assert findings.next_due == date(2026, 11, 1)
    assert [c.course_start for c in findings.cycles] == [True, False]
    lone = due((date(2026, 11, 10), 300))
    assert (lone.next_due, lone.next_due_is_second_half) == (date(2026, 11, 24), True)


def test_a_course_under_five_months_after_the_last_is_pointed_out():
    findings = due((date(2026, 1, 10), 600), (date(2026, 5, 9), 600), (date(2026, 11, 9), 600))
    assert [c.early for c in findings.cycles] == [False, True, False]
    apart = due((date(2026, 1, 1), 300), (date(2026, 6, 1), 300))  # 5 months: two courses
    assert [c.course_start for c in apart.cycles] == [True, True]
    assert [c.early for c in apart.cycles] == [False, False]
    after_a_pair = due((date(2026, 1, 1), 300), (date(2026, 1, 15), 300), (date(2026, 3, 3), 300))
    assert [c.course_start for c in after_a_pair.cycles] == [True, False, True]
    assert after_a_pair.cycles[2].early  # a third 300 mg is a course of its own, and early


def test_no_infusions():
    findings = analyse([], [(D, 5)], [(D, "fever")], TODAY)
    infections = findings.as_dict().pop("infections")
    assert (infections["since"], infections["count"]) == ("2025-11-24", 1)  # the fever of 14 May
    assert {k: v for k, v in findings.as_dict().items() if k != "infections"} == {
        "generated": "2026-11-24",
        "settings": {"days": 3, "rise": 2, "floor": 4},
        "next_due": None,
        "overdue_days": None,
        "next_due_is_second_half": False,
        "planned": None,
        "alerts": [],
        "concerns": [],
        "cycles": [],
        "episodes": [],
    }


def test_a_planned_dose_is_the_next_date_but_never_a_dose():
    findings = analyse([Infusion(D, 600)], [], [], TODAY, planned=[date(2026, 12, 1), date(2026, 1, 1)])
    assert findings.planned == date(2026, 12, 1)
    assert len(findings.cycles) == 1
