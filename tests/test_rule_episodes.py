"""The rule's episodes: when they start, bridge a day, end and stay ongoing; the peak, the symptoms, the shape of a cycle and fatigue between doses."""

from datetime import timedelta

import pytest
from rule_cases import BASELINE, TODAY, D, day, one, run

from ocrelog.rules import Infusion, analyse
from ocrelog.wording import finding_text


def test_an_episode_may_start_on_day_1_but_not_day_2():
    assert one(BASELINE + run(0, [3, 6, 6])).episode_start == day(1)
    late = one(BASELINE + run(0, [3, 3, 6, 6, 6, 6, 6]))
    assert (late.fatigue_days, late.flag, late.peak) == (0, "none", 6)


def test_one_unlogged_day_is_bridged_two_are_not():
    bridged = one(BASELINE + run(0, [6, None, 6, 6, 6]))
    assert (bridged.fatigue_days, bridged.flag) == (5, "prolonged")
    broken = one(BASELINE + run(0, [6, None, None, 6, 6, 6]))
    assert broken.fatigue_days == 1
    trailing_gap = one(BASELINE + run(0, [6, 6, None]))
    assert trailing_gap.fatigue_days == 2  # a gap is only counted between fatigue days


def test_a_logged_day_under_the_threshold_ends_the_episode():
    cycle = one(BASELINE + run(0, [6, 6, 4, 6, 6, 6]))
    assert cycle.fatigue_days == 2
    assert cycle.peak == 6


def test_the_next_infusion_ends_the_episode_and_the_window():
    second = day(3)  # the second half of a split dose, say
    findings = analyse(
        [Infusion(D, 300), Infusion(second, 300)],
        BASELINE + run(0, [6, 6, 6, 9, 9, 9, 9, 3]),
        [(day(4), "fever")],
        TODAY,
    )
    first, after = findings.cycles
    assert (first.fatigue_days, first.episode_end, first.peak, first.flag) == (3, day(2), 6, "none")
    assert first.symptoms == ()
    assert (after.fatigue_days, after.peak, after.flag, after.symptoms) == (
        4, 9, "severe", ("fever",))


def test_peak_and_symptoms_cover_days_0_to_13():
    cycle = one(
        BASELINE + [(day(13), 9), (day(14), 10)],
        [(day(-1), "rash"), (D, "headache"), (day(13), "nausea"), (day(14), "fever")],
    )
    assert cycle.peak == 9
    assert cycle.symptoms == ("headache", "nausea")


def test_no_scores_after_the_dose_means_no_peak():
    cycle = one(BASELINE)
    assert (cycle.peak, cycle.fatigue_days, cycle.flag) == (None, 0, "none")


@pytest.mark.parametrize(
    ("today", "ongoing"), [(day(4), True), (day(5), True), (day(6), False)]
)
def test_ongoing_means_the_episode_has_not_been_seen_to_end(today, ongoing):
    assert one(BASELINE + run(0, [6, 6, 6, 6, 6]), today=today).ongoing is ongoing


def test_not_ongoing_when_a_later_day_was_logged():
    assert one(BASELINE + run(0, [6, 6, 3]), today=day(2)).ongoing is False


@pytest.mark.parametrize(
    ("late_weeks", "onset"), [(1, "<1"), (2, "1-4"), (4, "1-4"), (5, ">4"), (8, ">4")]
)
def test_onset_is_the_week_the_run_above_mid_cycle_began(late_weeks, onset):
    length = 182
    scores = [(day(n), 7 if n >= length - 7 * late_weeks else 3) for n in range(length)]
    findings = analyse([Infusion(D, 600), Infusion(day(length), 600)], scores, [], TODAY + timedelta(days=200))
    shape = findings.cycles[0].before_next_dose
    assert shape.flagged and shape.onset_weeks == onset


def test_the_shape_needs_20_scored_days_and_both_parts():
    later = day(182)
    every_tenth = [(day(n), 3 if n < 154 else 6) for n in range(0, 182, 10)]  # 19 days
    findings = analyse([Infusion(D, 600), Infusion(later, 600)], every_tenth, [], TODAY + timedelta(days=200))
    assert findings.cycles[0].before_next_dose is None
    only_late = [(day(n), 5) for n in range(150, 182)]  # nothing in weeks 5-20
    findings = analyse([Infusion(D, 600), Infusion(later, 600)], only_late, [], TODAY + timedelta(days=200))
    assert findings.cycles[0].before_next_dose is None


def test_seven_scored_days_of_days_0_to_13_are_enough_to_say_not_flagged():
    six = one(BASELINE + [(day(n), 2) for n in (0, 2, 4, 6, 8, 10)])
    seven = one(BASELINE + [(day(n), 2) for n in (0, 2, 4, 6, 8, 10, 12)])
    assert (six.judged, seven.judged) == (False, True)
    assert finding_text(seven) == "not flagged: no tired days"
    flagged = one(BASELINE + run(0, [6, 6, 6, 6, 2]))  # a flag stands on its own days
    assert flagged.judged and flagged.after_days == 5
    going = one(BASELINE + run(0, [2, 2, 2]), today=day(2))
    assert finding_text(going) == "too few scores to judge yet: 3 of 14 days"
    second = D + timedelta(days=5)  # the next dose cuts days 0-13 short: all 5 days are needed
    first, _ = analyse([Infusion(D, 300), Infusion(second, 300)], BASELINE + run(0, [2] * 4), [], TODAY).cycles
    assert (first.window_length, first.judged) == (5, False)
    assert finding_text(first).startswith("too few scores to judge: 4 of 5 days before the next dose")


def test_an_episode_between_doses_starts_after_days_0_to_13_and_the_doses_own_episode():
    long_after_dose = analyse([Infusion(D, 600)], BASELINE + run(0, [6] * 20 + [2]), [], TODAY)
    assert long_after_dose.cycles[0].fatigue_days == 20 and long_after_dose.episodes == ()
    late_start = analyse([Infusion(D, 600)], BASELINE + run(0, [3] * 10 + [6] * 10 + [2]), [], TODAY)
    (episode,) = late_start.episodes  # days 10-19: the part from day 14 on
    assert (episode.cycle_day, episode.days) == (14, 6)
    later = D + timedelta(days=40)
    cut = analyse([Infusion(D, 600), Infusion(later, 600)], BASELINE + run(0, [3] * 14) + run(30, [6] * 10),
                  [], TODAY)
    (episode,) = cut.episodes  # the next dose ends it
    assert (episode.end, episode.days, episode.to_dose) == (day(39), 10, True)
    assert "up to the next dose" in __import__("ocrelog.wording").wording.episode_text(episode)
    assert cut.since(later).episodes == ()  # an episode belongs to the dose before it
