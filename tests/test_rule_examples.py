"""The worked examples of docs/rules.md, each as written there: entries in, the finding out."""

from datetime import date, timedelta

import pytest
from rule_cases import BASELINE, TODAY, D, day, one, rise_before, run

from ocrelog import rules
from ocrelog.rules import Infusion, Settings, analyse
from ocrelog.wording import finding_text, finding_with_advice, rise_rows, rises_text

BASELINE_2 = run(-5, [2] * 5)


def course(start, mid, late, weeks=26):
    """Daily scores for one cycle of ``weeks`` weeks: ``mid``, then ``late`` in its last 4 weeks."""
    length = weeks * 7
    return [(start + timedelta(days=n), late if n >= length - 28 else mid) for n in range(length)]


def test_worked_example_prolonged_then_usual():
    later = D + timedelta(days=182)
    findings = analyse(
        [Infusion(D, 600), Infusion(later, 600)],
        BASELINE + run(0, [6, 7, 7, 6, 5, 5, 3]) + run(-6, [2, 3, 2, 3, 2, 3, 6, 5, 3, 2, 3, 2, 2], later),
        [],
        TODAY,
    )
    first, second = findings.cycles
    assert (first.baseline, first.threshold, first.fatigue_days, first.peak, first.flag) == (
        2.5, 4.5, 6, 7, "prolonged")
    assert (second.fatigue_days, second.peak, second.flag) == (2, 6, "none")


def test_docs_example_3_a_missed_day_then_a_fever():
    cycle = one(BASELINE_2 + run(0, [7, None, 9, 6, 5, 2]), [(day(1), "fever")])
    assert (cycle.threshold, cycle.fatigue_days, cycle.peak, cycle.flag) == (4.0, 5, 9, "severe")


def test_docs_example_4_two_missing_days():
    cycle = one(BASELINE_2 + run(0, [6, None, None, 7]))
    assert (cycle.fatigue_days, cycle.peak, cycle.flag) == (1, 7, "none")


def test_docs_example_5_no_baseline():
    cycle = one(run(0, [5, 6, 5, 5, 4]))
    assert (cycle.baseline, cycle.fatigue_days, cycle.flag) == (None, 4, "prolonged")


def test_docs_example_6_starting_late():
    cycle = one(BASELINE_2 + run(0, [3, 3, 7, 7]))
    assert (cycle.fatigue_days, cycle.peak, cycle.flag) == (0, 7, "none")


def test_docs_example_7_a_late_second_half_is_still_the_second_half():
    second = D + timedelta(days=28)  # illness moved it by two weeks
    findings = analyse([Infusion(D, 300), Infusion(second, 300)], [], [], TODAY)
    assert [c.course_start for c in findings.cycles] == [True, False]
    assert [c.early for c in findings.cycles] == [False, False]
    assert findings.next_due == date(2026, 11, 14)  # six months after the first half
    # ...up to 5 months after the first half; from then on it is a course of its own.
    within = analyse([Infusion(D, 300), Infusion(date(2026, 10, 13), 300)], [], [], TODAY)
    assert [c.course_start for c in within.cycles] == [True, False]
    apart = analyse([Infusion(D, 300), Infusion(date(2026, 10, 14), 300)], [], [], TODAY)
    assert [c.course_start for c in apart.cycles] == [True, True]


def test_docs_example_8_a_second_half_keeps_the_first_halfs_baseline():
    second = D + timedelta(days=14)
    scores = BASELINE + run(0, [6, 7, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5]) + run(0, [7, 7, 6, 6, 5, 2], second)
    findings = analyse([Infusion(D, 300), Infusion(second, 300)], scores, [], TODAY)
    first, half = findings.cycles
    assert first.baseline == half.baseline == 2.5  # not the tired days after the first half
    assert (half.threshold, half.fatigue_days, half.flag) == (4.5, 5, "prolonged")


def test_docs_example_9_the_threshold_never_exceeds_10():
    high = run(-5, [9, 9, 8, 9, 9])  # median 9: 9 + 2 would be 11
    cycle = one(high + run(0, [10, 10, 10, 10, 10, 3]))
    assert cycle.threshold == 10
    assert (cycle.fatigue_days, cycle.flag) == (5, "severe")
    assert analyse([Infusion(D, 600)], high, [], TODAY, Settings(floor=10)).cycles[0].threshold == 10


def test_docs_example_10_peak_and_symptoms_follow_a_long_episode():
    scores = BASELINE + run(0, [6] * 16 + [9, 2])  # an episode to day 16, its peak on day 16
    cycle = one(scores, [(day(15), "rash"), (day(20), "nausea")])
    assert (cycle.episode_end, cycle.fatigue_days) == (day(16), 17)
    assert cycle.peak == cycle.episode_peak == 9
    assert cycle.symptoms == ("rash",)


def test_docs_example_11_a_score_before_the_dose_time_is_not_day_0():
    from datetime import datetime, time

    dose = Infusion(D, 600, at=time(10, 0))
    scores = BASELINE + [(datetime(2026, 5, 14, 8, 0), 7)] + run(1, [3, 2])
    cycle = analyse([dose], scores, [], TODAY).cycles[0]
    assert cycle.daily_scores[7] is None  # day 0 has no score after 10:00
    assert cycle.fatigue_days == 0
    later = analyse([dose], scores + [(datetime(2026, 5, 14, 20, 0), 6)], [], TODAY).cycles[0]
    assert later.daily_scores[7] == 6
    untimed = analyse([Infusion(D, 600)], scores, [], TODAY).cycles[0]
    assert untimed.daily_scores[7] == 7  # no time for the dose: the whole day counts


def test_docs_example_12_overdue_and_920_mg():
    findings = analyse([Infusion(D, 920)], [], [], date(2026, 11, 26))
    assert findings.cycles[0].course_start and findings.next_due == date(2026, 11, 14)
    assert findings.overdue_days == 12
    assert findings.as_dict()["overdue_days"] == 12
    assert analyse([Infusion(D, 600)], [], [], date(2026, 11, 1)).overdue_days == 0
    assert analyse([], [], [], TODAY).overdue_days is None


def test_docs_example_13_a_rise_before_the_dose_uses_the_quieter_baseline():
    cycle = one(rise_before([7] * 7 + [3]))
    assert (cycle.baseline, cycle.recent_baseline, cycle.threshold) == (4.0, 7.0, 6.0)
    assert cycle.baseline_window == "days -56 to -15" == rules.EARLIER_WINDOW
    assert (cycle.fatigue_days, cycle.flag) == (7, "prolonged")
    assert finding_text(cycle) == (
        "prolonged: 7 days above your baseline; baseline from days -56 to -15: fatigue rose in the "
        "two weeks before this dose (7 against 4)"
    )
    assert "the line uses" not in finding_text(cycle)
    assert cycle.as_dict()["baseline_window"] == "days -56 to -15"


def test_docs_example_14_say_what_was_found():
    high = one(run(-14, [8] * 14) + run(0, [9] * 21))
    assert finding_text(high).startswith("not flagged: no day reached 10 (peak 9)")
    noisy = one(run(-6, [1, 9, 1, 9, 2, 8]) + run(0, [6, 6, 5, 6, 5, 4, 3]))  # baseline 5, line 7
    assert finding_text(noisy) == "not flagged: no day reached 7 (peak 6)"
    late = one(BASELINE_2 + run(0, [3, 3, 8, 8, 8, 2, 2]))
    assert late.first_tired_day == 2
    assert finding_text(late) == (
        "not flagged: the first tired day was day 2 (a run must start on day 0 or 1; peak 8)")
    quiet = one(BASELINE_2 + run(0, [2, 1, 2, 2, 1, 2, 2]))
    assert finding_text(quiet) == "not flagged: no tired days"
    assert finding_text(one(run(0, [3, 4, 3, 4, 3, 4, 3]))) == (  # no baseline
        "not flagged: no day reached 5 (peak 4); no baseline: no scores in the 14 days before")


def test_docs_example_15_a_late_second_half():
    second = D + timedelta(days=65)
    findings = analyse([Infusion(D, 300), Infusion(second, 300)], [], [], TODAY)
    first, half = findings.cycles
    assert (half.course_start, half.early, half.after_first_half, half.late_second_half) == (
        False, False, 65, True)
    assert findings.next_due == date(2026, 11, 14) and not findings.next_due_is_second_half
    text = finding_with_advice(half)
    assert "second half of the course, late: 65 days after the first half (6 weeks or more)" in text
    assert text.endswith("— check with your MS team when your next dose is due")
    assert "check the date" not in text
    on_time = analyse([Infusion(D, 300), Infusion(D + timedelta(days=41), 300)], [], [], TODAY)
    assert not on_time.cycles[1].late_second_half
    assert "late" not in finding_with_advice(on_time.cycles[1])
    six_weeks = analyse([Infusion(D, 300), Infusion(D + timedelta(days=42), 300)], [], [], TODAY)
    assert six_weeks.cycles[1].late_second_half  # 42 days: six weeks, late
    assert "late: 42 days after the first half (6 weeks or more)" in finding_text(six_weeks.cycles[1])


def test_docs_example_16_a_dose_recorded_twice():
    findings = analyse([Infusion(D, 600), Infusion(D, 600)], BASELINE + run(0, [6, 6, 6, 6, 2]), [], TODAY)
    first, twice = findings.cycles
    assert twice.duplicate and not first.duplicate
    assert twice._replace(duplicate=False) == first  # the same findings
    assert finding_text(twice) == finding_text(first) + "; recorded twice on this day"
    assert "check the date" not in finding_text(twice)
    halves = analyse([Infusion(D, 300), Infusion(D, 300)], [], [], TODAY)
    assert [c.course_start for c in halves.cycles] == [True, True]
    assert (halves.next_due, halves.next_due_is_second_half) == (day(14), True)
    assert halves.rises == (0, 0)


@pytest.mark.parametrize(
    ("days", "tier", "advice"),
    [(4, "next contact", "mention it at your next contact"), (14, "next contact", "mention it"),
     (15, "soon", "contact your MS team soon"), (30, "soon", "contact your MS team soon")],
)
def test_docs_example_17_a_long_episode_moves_to_soon(days, tier, advice):
    cycle = one(BASELINE + run(0, [6] * days + [2]))
    assert (cycle.fatigue_days, cycle.flag, cycle.tier) == (days, "prolonged", tier)
    assert f"— {advice}" in finding_with_advice(cycle)
    going = one(BASELINE + run(0, [6] * days), today=day(days - 1))  # still going
    assert going.ongoing and going.tier == tier


def test_docs_example_18_a_rise_before_the_dose_in_3_of_4_cycles():
    starts = [D + timedelta(days=182 * n) for n in range(5)]
    scores = []
    for n, start in enumerate(starts[:4]):
        scores += course(start, 3, 3 if n == 1 else 5)
    findings = analyse([Infusion(s, 600) for s in starts], scores, [], starts[4] + timedelta(days=3))
    shapes = [c.before_next_dose for c in findings.cycles]
    assert [s.flagged for s in shapes[:4]] == [True, False, True, True]
    assert shapes[4] is None  # the current cycle: not yet within 8 weeks of its due date
    assert shapes[0].as_dict() == {
        "mid_cycle": 3.0, "last_4_weeks": 5.0, "rise": 2.0, "flagged": True, "onset_weeks": "1-4",
        "before_dose": "2026-11-12", "current": False}
    assert findings.rises == (3, 4)
    assert rises_text(findings).startswith(
        "In 3 of 4 cycles fatigue rose by 1 point or more in the 4 weeks before the dose; "
        "worth mentioning at the next visit")
    assert "worth mentioning" not in rises_text(findings, clinician=True)
    # the rise has its own table, named by the dose it leads up to; it leaves the dose rows
    assert rise_rows(findings) == [
        ("before the 12 Nov 2026 dose", "3.0", "5.0", "+2.0", "1-4 weeks before"),
        ("before the 11 Nov 2027 dose", "3.0", "5.0", "+2.0", "1-4 weeks before"),
        ("before the 11 May 2028 dose", "3.0", "5.0", "+2.0", "1-4 weeks before"),
    ]
    assert all("higher" not in finding_text(c) and "before the next" not in finding_text(c)
               for c in findings.cycles)


def test_docs_example_19_the_current_cycle_once_within_8_weeks_of_its_due_date():
    scores = course(D, 3, 5, weeks=24)[:-1] + [(day(24 * 7 - 1), 9)]  # 24 weeks so far
    due = date(2026, 11, 14)
    today = day(24 * 7)  # 2026-10-29: the due date is 16 days away
    shape = analyse([Infusion(D, 600)], scores, [], today).cycles[0].before_next_dose
    assert shape.current and shape.flagged and shape.onset_weeks == "1-4"
    assert shape.last_4_weeks == round((27 * 5 + 9) / 28, 1)  # up to yesterday, not today
    findings = analyse([Infusion(D, 600)], scores, [], today)
    assert rise_rows(findings) == [
        ("before the dose due 14 Nov 2026 (so far)", "3.0", "5.1", "+2.1", "1-4 weeks ago")]
    assert findings.rises == (0, 0)  # the cycle still going is shown, not counted
    assert rises_text(findings) == ""
    early = due - timedelta(days=rules.CURRENT_WITHIN_DAYS + 1)
    assert analyse([Infusion(D, 600)], scores, [], early).cycles[0].before_next_dose is None


def test_docs_example_20_the_days_score_is_one_rule_for_every_command():
    from datetime import datetime, time

    dose = Infusion(D, 600, at=time(0, 30))
    scores = [(datetime(2026, 5, 14, 0, 10), 7)]
    assert rules.day_score(D, scores, [dose]) is None
    assert analyse([dose], scores, [], TODAY).cycles[0].daily_scores[7] is None
    evening = scores + [(datetime(2026, 5, 14, 20, 0), 3)]
    assert rules.day_score(D, evening, [dose]) == 3
    assert rules.day_score(D, evening, []) == 7  # no dose that day: the highest


def test_docs_example_21_no_baseline_is_never_severe_by_score_and_too_few_scores_are_not_judged():
    always_high = [8, 9, 10, 9, 8, 9, 8, 8, 7, 8, 9, 8, 8, 9, 3]
    cycle = one(run(0, always_high))
    assert (cycle.baseline, cycle.fatigue_days, cycle.peak, cycle.flag, cycle.tier) == (
        None, 14, 10, "prolonged", "next contact")
    assert finding_with_advice(cycle) == (
        "prolonged: 14 days at 5 or more; no baseline: no scores in the 14 days before — "
        "mention it at your next contact with your MS team")
    assert one(run(0, always_high), [(day(3), "fever")]).flag == "severe"  # a sign of infection still is
    assert cycle.as_dict()["coverage"] == {"baseline_days": 0, "after_days": 14}
    sparse = one(BASELINE + [(D, 3), (day(9), 2)])
    assert (sparse.flag, sparse.judged) == ("none", False)
    assert finding_text(sparse) == "too few scores to judge: 2 of 14 days"
    data = sparse.as_dict()
    assert (data["coverage"], data["judged"], data["flag"]) == (
        {"baseline_days": 6, "after_days": 2}, False, "none")
    thin = one(run(-3, [2, 2, 2]) + run(0, [3] * 14))  # a baseline needs 5 scored days
    assert thin.baseline is None
    assert "no baseline: only 3 of the 14 days before have a score (it needs 5)" in finding_text(thin)


def test_docs_example_22_a_dose_more_than_7_months_after_the_previous_one_is_late():
    def second(on):
        return analyse([Infusion(D, 600), Infusion(on, 600)], [], [], on + timedelta(days=30)).cycles[1]

    late = second(date(2027, 1, 14))
    assert (late.late, late.previous_dose) == (True, D)
    assert "late: 8 months after the previous dose" in finding_text(late)
    assert (late.as_dict()["late"], late.as_dict()["previous_dose"]) == (True, "2026-05-14")
    assert not second(date(2026, 12, 14)).late  # 7 months to the day
    assert "late: 8 months and 6 days after the previous dose" in finding_text(second(date(2027, 1, 20)))
    assert not analyse([Infusion(D, 600)], [], [], TODAY).cycles[0].late


def test_docs_example_23_fatigue_between_doses():
    from ocrelog.entries import Entry
    from ocrelog.wording import episode_text

    week_12 = day(80)  # day 80: week 12 of the cycle
    scores = BASELINE + run(0, [3] * 14) + run(14, [2] * 66) + run(80, [7, 8, 9, 9, 8, None, 7, 6]) + run(88, [2] * 10)
    written = [
        Entry("symptom", day(82).isoformat(), name="flu"),
        Entry("temperature", day(82).isoformat() + "T20:00", 38.4),
        Entry("fatigue", day(83).isoformat(), 9, note="aching all over"),
    ]
    findings = analyse([Infusion(D, 600)], scores, [(day(82), "flu")], TODAY,
                       temperatures=[(day(82), 38.4)], written=written)
    (episode,) = findings.episodes
    assert (episode.start, episode.end, episode.days, episode.peak, episode.cycle_day, episode.week) == (
        week_12, day(87), 8, 9, 80, 12)  # day 85 unlogged: bridged
    assert episode.signs == ("flu", "38.4 °C")
    assert episode_text(episode) == "2 Aug 2026 to 9 Aug 2026: 8 days, peak 9, week 12; flu, 38.4 °C logged"
    assert findings.as_dict()["episodes"] == [{
        "start": "2026-08-02", "end": "2026-08-09", "days": 8, "peak": 9, "cycle_day": 80,
        "signs": ["flu", "38.4 °C"], "threshold": 4.5}]
    assert findings.cycles[0].flag == "none"  # the dose's own row is unchanged
    # three days are not an episode (--days 3: more than 3); the line is the cycle's own (4.5)
    short = analyse([Infusion(D, 600)], BASELINE + run(0, [3] * 14) + run(30, [6, 6, 6, 2]), [], TODAY)
    assert short.episodes == ()
    low = analyse([Infusion(D, 600)], BASELINE + run(0, [3] * 14) + run(30, [4] * 10), [], TODAY)
    assert low.episodes == ()
    assert analyse([Infusion(D, 600)], BASELINE + run(0, [3] * 14) + run(30, [4] * 10), [], TODAY,
                   Settings(rise=1)).episodes != ()  # --rise 1: the line is 4


def test_docs_example_24_infections_counted_over_12_months():
    from ocrelog.entries import Entry
    from ocrelog.wording import infections_text

    logged = [("2025-11-20", "flu"),  # more than 12 months before 24 Nov 2026: not counted
              ("2026-01-12", "UTI"), ("2026-01-19", "burning when I pee"),  # 7 days apart: one infection
              ("2026-04-03", "chest infection"), ("2026-04-11", "cough"),  # 8 days apart: two
              ("2026-08-21", "flu"), ("2026-11-02", "cold")]
    written = [Entry("symptom", when, name=name, id=n) for n, (when, name) in enumerate(logged)]
    findings = analyse([Infusion(D, 600)], (), [], TODAY, written=written, daily={})
    assert findings.infections_since == date(2025, 11, 24)
    assert [(c.first, c.last, c.days) for c in findings.infections] == [
        (date(2026, 1, 12), date(2026, 1, 19), 2), (date(2026, 4, 3), date(2026, 4, 3), 1),
        (date(2026, 4, 11), date(2026, 4, 11), 1), (date(2026, 8, 21), date(2026, 8, 21), 1),
        (date(2026, 11, 2), date(2026, 11, 2), 1)]
    assert infections_text(findings.infections) == (
        "5 infections logged in the last 12 months: Jan, Apr (2), Aug, Nov.")
    data = findings.as_dict()["infections"]
    assert (data["since"], data["count"]) == ("2025-11-24", 5)
    assert data["concerns"][0]["first"] == "2026-01-12" and data["concerns"][0]["entries"] == [1, 2]
    assert analyse([Infusion(D, 600)], (), [], TODAY, written=written, daily={}, infections=False).as_dict()[
        "infections"] is None
    assert infections_text(()) == ""
