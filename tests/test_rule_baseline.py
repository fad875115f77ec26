"""The rule's baseline: the daily score, the days it is taken from, how many it needs, the threshold it sets, the quieter baseline before a dose."""

from datetime import timedelta

from rule_cases import BASELINE, TODAY, D, day, one, rise_before, run

from ocrelog.rules import Infusion, analyse, daily_scores


def test_daily_score_is_the_highest_of_the_day():
    assert daily_scores([(D, 3), (D, 7), (D, 5), (day(1), 0)]) == {D: 7, day(1): 0}
    cycle = one(BASELINE + [(D, 2), (D, 6), (D, 1)])
    assert (cycle.fatigue_days, cycle.peak) == (1, 6)


def test_baseline_needs_five_scored_days():
    cycle = one(run(-4, [2, 2, 2, 2]) + run(0, [5, 5]))
    assert (cycle.baseline, cycle.threshold, cycle.fatigue_days, cycle.baseline_days) == (None, 5.0, 2, 4)
    assert one(run(-4, [2, 2, 2, 2]) + run(0, [4])).fatigue_days == 0  # 4 < floor + 1
    assert one(run(-5, [2] * 5) + run(0, [5, 5])).baseline == 2.0


def test_baseline_uses_days_minus_14_to_minus_1_only():
    cycle = one(run(-20, [9] * 6) + run(-14, [1] * 5) + [(D, 4)])
    assert cycle.baseline == 1.0  # the 9s are before day -14; day 0 is not baseline
    assert cycle.threshold == 4.0  # max(floor 4, 1 + 2)


def test_a_high_baseline_raises_the_threshold():
    cycle = one(run(-5, [5] * 5) + run(0, [6, 6, 6]))
    assert cycle.threshold == 7.0
    assert (cycle.fatigue_days, cycle.episode_start, cycle.peak) == (0, None, 6)
    assert one(run(-5, [5] * 5) + run(0, [6, 7, 6])).fatigue_days == 1


def test_the_quieter_baseline_needs_7_scored_days_and_1_point():
    recent = run(-14, [3] * 14)
    assert one(recent + run(-56, [1] * 6)).baseline_window == "days -14 to -1"  # 6 days: too few
    assert one(recent + run(-56, [1] * 7)).baseline == 1.0  # 7 days, 2 points lower
    assert one(recent + run(-56, [2] * 7)).baseline == 2.0  # exactly 1 point lower: used
    kept = one(recent + run(-56, [2.5, 2.5, 2, 3, 2.5, 2.5, 3]))
    assert (kept.baseline, kept.baseline_window, kept.recent_baseline) == (3.0, "days -14 to -1", None)
    none = one(run(-56, [1] * 30))  # no days -14 to -1: no baseline at all, as before
    assert (none.baseline, none.baseline_window) == (None, None)
    assert none.as_dict()["baseline_window"] is None


def test_a_second_half_keeps_its_first_halfs_quieter_baseline():
    second = D + timedelta(days=14)
    scores = rise_before([7] * 14) + run(0, [7] * 7 + [2], second)
    first, half = analyse([Infusion(D, 300), Infusion(second, 300)], scores, [], TODAY).cycles
    assert (first.baseline, first.baseline_window) == (half.baseline, half.baseline_window) == (
        4.0, "days -56 to -15")
    assert half.recent_baseline is None  # its row does not repeat the first half's sentence


def test_an_episode_between_doses_after_a_dose_without_a_baseline_says_its_line_is_the_fixed_one():
    from ocrelog.wording import episode_text

    (episode,) = analyse([Infusion(D, 600)], run(0, [3] * 14) + run(30, [7] * 5 + [2]), [], TODAY).episodes
    assert (episode.guessed, episode.threshold, episode.days) == (True, 5.0, 5)
    assert episode_text(episode).endswith("week 5, at 5 or more (no baseline before that dose)")
