"""The report's rule, tested directly: entries in, findings out."""

from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ocrelog import rules
from ocrelog.rules import Infusion, Settings, analyse, daily_scores

D = date(2026, 5, 14)
TODAY = date(2026, 11, 24)


def day(offset: int, start: date = D) -> date:
    return start + timedelta(days=offset)


def run(values_from: int, values, start: date = D):
    """(day, score) pairs for consecutive days; None leaves a day unlogged."""
    return [(day(values_from + i, start), v) for i, v in enumerate(values) if v is not None]


BASELINE = run(-6, [2, 3, 2, 3, 2, 3])  # median 2.5, threshold 4.5


def one(scores, symptoms=(), dose=600, today=TODAY, rule=Settings(), infusions=None):
    findings = analyse(infusions or [Infusion(D, dose)], scores, symptoms, today, rule)
    return findings.cycles[0]


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


@pytest.mark.parametrize(
    ("today", "ongoing"), [(day(4), True), (day(5), True), (day(6), False)]
)
def test_ongoing_means_the_episode_has_not_been_seen_to_end(today, ongoing):
    assert one(BASELINE + run(0, [6, 6, 6, 6, 6]), today=today).ongoing is ongoing


def test_not_ongoing_when_a_later_day_was_logged():
    assert one(BASELINE + run(0, [6, 6, 3]), today=day(2)).ongoing is False


def due(*doses):
    return analyse([Infusion(d, mg) for d, mg in doses], [], [], TODAY)


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


# -- properties ------------------------------------------------------------------

offsets = st.integers(min_value=-30, max_value=120)
journals = st.fixed_dictionaries(
    {
        "infusions": st.lists(st.tuples(st.integers(0, 100), st.sampled_from([300, 600, 920])),
                              min_size=1, max_size=4),
        "scores": st.dictionaries(offsets, st.integers(0, 10), max_size=80),
        "symptoms": st.lists(st.tuples(offsets, st.sampled_from(["fever", "rash", "infection"])),
                             max_size=5),
        "today": st.integers(100, 130),
    }
)


def findings_for(journal, extra=()):
    return analyse(
        [Infusion(day(n), mg) for n, mg in journal["infusions"]],
        [(day(n), s) for n, s in journal["scores"].items()] + list(extra),
        [(day(n), name) for n, name in journal["symptoms"]],
        day(journal["today"]),
    )


def cycles_with_context(journal):
    """Each cycle with the journal's scores by day and the next infusion's day."""
    findings = findings_for(journal)
    scores = {day(n): s for n, s in journal["scores"].items()}
    infusion_days = sorted({day(n) for n, _ in journal["infusions"]})
    for cycle in findings.cycles:
        later = [d for d in infusion_days if d > cycle.infusion_date]
        yield cycle, scores, (later[0] if later else None)


@given(journal=journals)
def test_episodes_obey_the_rule(journal):
    for cycle, scores, next_day in cycles_with_context(journal):
        if cycle.episode_start is None:
            assert cycle.fatigue_days == 0 and cycle.flag == "none"
            continue
        assert cycle.episode_start in (cycle.infusion_date, cycle.infusion_date + timedelta(days=1))
        # never past the next infusion
        assert next_day is None or cycle.episode_end < next_day
        span = [cycle.episode_start + timedelta(days=n) for n in range(cycle.fatigue_days)]
        assert span[-1] == cycle.episode_end
        assert scores[span[0]] >= cycle.threshold and scores[span[-1]] >= cycle.threshold
        for a, b in zip(span, span[1:]):
            assert a in scores or b in scores  # never two unlogged days in a row
        assert all(scores[d] >= cycle.threshold for d in span if d in scores)
        if cycle.flag != "none":
            assert cycle.fatigue_days > Settings().days


@given(journal=journals)
def test_peak_is_the_highest_score_in_the_window(journal):
    for cycle, scores, next_day in cycles_with_context(journal):
        end = max(cycle.infusion_date + timedelta(days=13), cycle.episode_end or cycle.infusion_date)
        if next_day is not None:
            end = min(end, next_day - timedelta(days=1))
        window = [s for d, s in scores.items() if cycle.infusion_date <= d <= end]
        assert cycle.peak == (max(window) if window else None)


@settings(max_examples=200)
@given(journal=journals, extra_day=offsets)
def test_a_low_score_outside_episodes_and_baselines_never_changes_a_flag(journal, extra_day):
    findings = findings_for(journal)
    extra = day(extra_day)
    for cycle in findings.cycles:
        start = cycle.infusion_date
        # not in a baseline (the quieter earlier one included)
        assume(not (start - timedelta(days=rules.EARLIER_BASELINE_DAYS) <= extra < start))
        if cycle.episode_start is not None:
            assume(not (cycle.episode_start <= extra <= cycle.episode_end))
    low = int(min(c.threshold for c in findings.cycles)) - 1
    assume(low >= 0)
    assume(extra not in {day(n) for n in journal["scores"]} or journal["scores"][extra_day] <= low)
    again = findings_for(journal, extra=[(extra, low)])
    assert [c.flag for c in again.cycles] == [c.flag for c in findings.cycles]
    assert [c.fatigue_days for c in again.cycles] == [c.fatigue_days for c in findings.cycles]


WORDS = ["fever", "chills, no fever", "numb left hand", "rash", "tired", "burning when I pee", "no fever today"]
worded_journals = st.fixed_dictionaries(
    {
        "infusions": st.lists(
            st.tuples(st.integers(0, 100), st.sampled_from([300, 600, 920])), min_size=1, max_size=4
        ),
        "scores": st.dictionaries(offsets, st.integers(0, 10), max_size=80),
        # Words by day from the first dose, or (a negative offset) days back from today, where
        # the alert window and the days before it meet.
        "words": st.lists(
            st.tuples(
                st.one_of(offsets, st.integers(-60, -1)),
                st.sampled_from(["symptom", "fatigue", "temperature"]),
                st.sampled_from(WORDS),
            ),
            max_size=25,
        ),
        "today": st.integers(100, 160),
        "settings": st.builds(Settings, days=st.integers(1, 6), rise=st.integers(0, 4), floor=st.integers(1, 8)),
    }
)


@settings(max_examples=300)
@given(journal=worded_journals)
def test_reading_only_the_days_word_days_names_finds_the_same(journal):
    """The report reads words only on the episodes' days and the alert window (rules.word_days):
    for any journal and settings, what it finds is what every word of the journal gives."""
    from ocrelog.entries import Entry

    infusions = [Infusion(day(n), mg) for n, mg in journal["infusions"]]
    daily = {day(n): s for n, s in journal["scores"].items()}
    today, rule = day(journal["today"]), journal["settings"]
    written = []
    for n, (offset, kind, words) in enumerate(journal["words"]):
        when = (day(offset) if offset >= 0 else today + timedelta(days=offset)).isoformat()
        if kind == "symptom":
            written.append(Entry("symptom", when, name=words, id=n))
        elif kind == "fatigue":
            written.append(Entry("fatigue", when, 5, note=words, id=n))
        else:
            written.append(Entry("temperature", when, 38.0 + len(words) % 3 / 2, id=n))
    written.sort(key=lambda e: e.date)
    symptoms = [(e.day, e.name) for e in written if e.type == "symptom"]

    def findings(entries):
        return analyse(infusions, (), symptoms, today, rule, written=entries, daily=daily)

    spans, first_recent = rules.word_days(infusions, daily, today, rule)
    kept = [e for e in written if e.day >= first_recent or any(a <= e.day <= b for a, b in spans)]
    assert findings(kept) == findings(written)


def test_word_days_reach_back_to_the_sign_that_makes_a_repeat_in_the_window_usual():
    """A numb hand logged on the first day the alert window reads back to, and again 14 days
    later on the window's first day: the second is the person's usual, so no alert, when only
    the days word_days names are read."""
    from ocrelog.entries import Entry
    from ocrelog.alerts import ALERT_DAYS
    from ocrelog.signs import USUAL_DAYS

    earliest, again = TODAY - timedelta(days=ALERT_DAYS + USUAL_DAYS - 1), TODAY - timedelta(days=ALERT_DAYS - 1)
    written = [Entry("symptom", d.isoformat(), name="numb left hand", id=n) for n, d in enumerate((earliest, again))]
    _, first_recent = rules.word_days([Infusion(D, 600)], {}, TODAY)
    kept = [e for e in written if e.day >= first_recent]
    assert analyse([Infusion(D, 600)], (), [], TODAY, written=kept, daily={}).alerts == ()
    assert analyse([Infusion(D, 600)], (), [], TODAY, written=written[1:], daily={}).alerts  # not without it


# -- the worked examples of docs/rules.md, as written there --------------------------

BASELINE_2 = run(-5, [2] * 5)


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


# -- the rule on real dosing patterns (docs/rules.md, examples 7 to 12) ----------------


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


def test_severe_recognises_every_sign_of_infection_and_temperatures():
    tired = BASELINE + run(0, [6, 6, 6, 6, 6, 2])
    assert one(tired, [(day(2), "Chills")]).flag == "severe"
    assert one(tired, [(day(2), "UTI")]).flag == "severe"
    assert one(tired, [(day(2), "rash")]).flag == "prolonged"  # a reaction, not an infection
    hot = analyse([Infusion(D, 600)], tired, [], TODAY, temperatures=[(day(3), 38.2)]).cycles[0]
    assert (hot.flag, hot.infection_signs) == ("severe", ("temp 38.2 °C",))
    cool = analyse([Infusion(D, 600)], tired, [], TODAY, temperatures=[(day(3), 37.4)]).cycles[0]
    assert cool.flag == "prolonged"


def test_alerts_cover_the_whole_journal_not_only_episodes():
    findings = analyse(
        [Infusion(D, 600)], BASELINE, [(TODAY - timedelta(days=3), "fever")], TODAY,
        temperatures=[(TODAY - timedelta(days=40), 39.0)],
    )
    assert [(a["category"], a["logged"]) for a in findings.as_dict()["alerts"]] == [("infection", "fever")]


def test_a_planned_dose_is_the_next_date_but_never_a_dose():
    findings = analyse([Infusion(D, 600)], [], [], TODAY, planned=[date(2026, 12, 1), date(2026, 1, 1)])
    assert findings.planned == date(2026, 12, 1)
    assert len(findings.cycles) == 1


def test_charts_and_the_summary_read_the_rules_daily_scores(tmp_path):
    from datetime import datetime

    from ocrelog.entries import Entry
    from ocrelog.journal import Journal
    from ocrelog.queries import rule_inputs

    with Journal.open(tmp_path / "j.db", write=True) as journal:
        journal.add_many([
            Entry("infusion", "2026-05-14T10:00", 600),
            Entry("fatigue", "2026-05-14T08:00", 9),  # before the dose: not day 0's
            Entry("fatigue", "2026-05-14T20:00", 7),
            Entry("fatigue", "2026-05-14T21:00", 5),
            Entry("fatigue", "2026-05-15", 4),
            Entry("fatigue", "2026-05-15T22:00", 6),
            Entry("fatigue", "2026-05-16", 3),
            Entry("infusion", "2026-11-14", 600),  # a dose without a time: the day's highest counts
            Entry("fatigue", "2026-11-14T08:00", 8),
            Entry("fatigue", "2026-11-14T20:00", 2),
        ])
        inputs = rule_inputs(journal)
    # the highest after the dose, not the last
    assert inputs.daily() == {D: 7, day(1): 6, day(2): 3, date(2026, 11, 14): 8}
    assert inputs.daily(day(1), day(1)) == {day(1): 6}
    # the report's findings from those daily scores are the rule's from the scores themselves
    logged = [(datetime(2026, 5, 14, 8), 9), (datetime(2026, 5, 14, 20), 7), (day(1), 6), (day(2), 3),
              (datetime(2026, 11, 14, 20), 8)]
    assert analyse(inputs.infusions, [], [], TODAY, daily=inputs.day_scores) == analyse(
        inputs.infusions, logged, [], TODAY
    )


# -- round 2 (issue 20): docs/rules.md, examples 13 to 20 -----------------------------

from ocrelog.wording import finding_text, finding_with_advice, rise_rows, rises_text  # noqa: E402


def rise_before(after):
    """Example 13: 4 weeks at 4 (days -56 to -29), then 7 every day up to the dose."""
    return run(-56, [4] * 28) + run(-28, [7] * 28) + run(0, after)


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


@settings(max_examples=200)
@given(
    recent=st.lists(st.integers(0, 10), min_size=rules.MIN_BASELINE_SCORES, max_size=14),
    earlier=st.lists(st.integers(0, 10), max_size=42),
)
def test_the_quieter_baseline_only_ever_lowers_the_line(recent, earlier):
    scores = run(-len(recent), recent) + run(-15 - len(earlier) + 1, earlier)
    cycle = one(scores)
    near = rules._median(recent)
    if cycle.baseline_window == rules.EARLIER_WINDOW:
        assert len(earlier) >= rules.MIN_EARLIER_BASELINE_SCORES
        assert cycle.baseline <= near - rules.QUIETER_BY and cycle.recent_baseline == near
    else:
        assert cycle.baseline == near and cycle.recent_baseline is None
    assert cycle.threshold <= rules.threshold(near, Settings())


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


def course(start, mid, late, weeks=26):
    """Daily scores for one cycle of ``weeks`` weeks: ``mid``, then ``late`` in its last 4 weeks."""
    length = weeks * 7
    return [(start + timedelta(days=n), late if n >= length - 28 else mid) for n in range(length)]


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


shape_scores = st.lists(st.integers(0, 10), min_size=120, max_size=182)


@settings(max_examples=100)
@given(values=shape_scores, gaps=st.sets(st.integers(0, 181), max_size=100))
def test_the_shape_finding_obeys_its_rule(values, gaps):
    scores = [(day(n), v) for n, v in enumerate(values) if n not in gaps]
    findings = analyse([Infusion(D, 600), Infusion(day(182), 600)], scores, [], TODAY + timedelta(days=200))
    shape = findings.cycles[0].before_next_dose
    if len(scores) < rules.SHAPE_MIN_DAYS:
        assert shape is None
    if shape is None:
        return
    assert shape.rise == round(shape.last_4_weeks - shape.mid_cycle, 1)
    assert shape.flagged is (shape.rise >= rules.NOTICEABLE)
    assert (shape.onset_weeks is not None) is shape.flagged
    assert shape.onset_weeks in (None, *rules.ONSET_BUCKETS)
    late = [v for d, v in scores if d >= day(182 - 28)]
    assert shape.last_4_weeks == round(sum(late) / len(late), 1)


def test_docs_example_20_the_days_score_is_one_rule_for_every_command():
    from datetime import datetime, time

    dose = Infusion(D, 600, at=time(0, 30))
    scores = [(datetime(2026, 5, 14, 0, 10), 7)]
    assert rules.day_score(D, scores, [dose]) is None
    assert analyse([dose], scores, [], TODAY).cycles[0].daily_scores[7] is None
    evening = scores + [(datetime(2026, 5, 14, 20, 0), 3)]
    assert rules.day_score(D, evening, [dose]) == 3
    assert rules.day_score(D, evening, []) == 7  # no dose that day: the highest


@given(
    minutes=st.lists(st.tuples(st.integers(0, 1439), st.integers(0, 10)), max_size=8),
    dose_minute=st.none() | st.integers(0, 1439),
)
def test_day_score_agrees_with_the_report_on_the_dose_day(minutes, dose_minute):
    from datetime import datetime, time

    at = None if dose_minute is None else time(dose_minute // 60, dose_minute % 60)
    dose = Infusion(D, 600, at=at)
    scores = [(datetime(2026, 5, 14, m // 60, m % 60), v) for m, v in minutes]
    report_day_0 = analyse([dose], scores, [], TODAY).cycles[0].daily_scores[7]
    assert rules.day_score(D, scores, [dose]) == report_day_0


@settings(max_examples=100)
@given(journal=journals, which=st.integers(0, 3))
def test_a_dose_recorded_twice_changes_no_other_finding(journal, which):
    once = findings_for(journal)
    doses = journal["infusions"]
    twice_journal = dict(journal, infusions=doses + [doses[which % len(doses)]])
    twice = findings_for(twice_journal)
    kept = [c._replace(dose_mg=0) for c in twice.cycles if not c.duplicate]
    assert kept == [c._replace(dose_mg=0) for c in once.cycles if not c.duplicate]
    assert (twice.next_due, twice.next_due_is_second_half, twice.rises) == (
        once.next_due, once.next_due_is_second_half, once.rises)
    for previous, cycle in zip(twice.cycles, twice.cycles[1:]):
        if cycle.duplicate:
            assert cycle._replace(duplicate=previous.duplicate, dose_mg=previous.dose_mg) == previous


# -- the report's reading of a journal (queries.py) is the rule's -------------------------

logged_scores = st.lists(
    st.tuples(offsets, st.one_of(st.none(), st.integers(0, 23)), st.integers(0, 10)), max_size=60
)


on_dose_days = st.lists(st.tuples(st.integers(0, 3), st.one_of(st.none(), st.integers(0, 23)), st.integers(0, 10)),
                        max_size=12)  # (which dose, hour, score): scores on the doses' days


@settings(max_examples=60, deadline=None)
@given(journal=journals, scores=logged_scores, timed=st.lists(st.integers(0, 23), min_size=4, max_size=4),
       same_day=on_dose_days)
def test_findings_read_from_a_journal_are_the_rule_applied_to_its_entries(journal, scores, timed, same_day):
    """The report reads each day's highest score reduced in SQL, and a timed dose's day row by
    row (queries.rule_inputs): for any scores, with or without times, and doses with or without
    one, that gives the findings of analyse() over the raw entries."""
    import tempfile
    from datetime import datetime, time
    from pathlib import Path

    from ocrelog.entries import Entry
    from ocrelog.journal import Journal
    from ocrelog.queries import findings

    def moment(n, hour):
        return day(n) if hour is None else datetime.combine(day(n), time(hour))

    doses = [
        Infusion(day(n), mg, time(hour) if hour % 2 else None)
        for (n, mg), hour in zip(journal["infusions"], timed)
    ]
    raw = [(moment(n, hour), score) for n, hour, score in scores]
    raw += [(moment(journal["infusions"][k][0], hour), score) for k, hour, score in same_day
            if k < len(journal["infusions"])]
    entries = [Entry("infusion", datetime.combine(d.day, d.at).isoformat(timespec="minutes") if d.at else
                     d.day.isoformat(), d.dose_mg) for d in doses]
    entries += [Entry("fatigue", m.isoformat(timespec="minutes") if isinstance(m, datetime) else m.isoformat(), s)
                for m, s in raw]
    with tempfile.TemporaryDirectory() as folder:
        with Journal.open(Path(folder) / "j.db", write=True) as opened:
            opened.add_many(entries)
            read = findings(opened, day(journal["today"]))
    assert read == analyse(doses, raw, [], day(journal["today"]))


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


def test_a_urinary_infection_on_day_17_is_tied_to_that_weeks_fatigue():
    from ocrelog.entries import Entry

    written = [Entry("fatigue", day(17).isoformat(), 8, note="UTI again, burning when peeing")]
    findings = analyse([Infusion(D, 600)], BASELINE + run(0, [3] * 14) + run(14, [3, 7, 8, 8, 7, 3]), [], TODAY,
                       written=written)
    (episode,) = findings.episodes
    assert episode.start == day(15) and "uti" in episode.signs


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


def test_the_infection_count_folds_as_concerns_do():
    from ocrelog.concerns import FOLD_DAYS

    from ocrelog.alerts import Alert

    def alert(when):
        return Alert(when, "infection", "flu", "advice", entry_id=int(when[-2:]))

    apart = [alert("2026-03-01"), alert(f"2026-03-{1 + FOLD_DAYS:02d}"), alert(f"2026-03-{2 + 2 * FOLD_DAYS:02d}")]
    assert len(rules.infection_concerns(apart, date(2026, 1, 1), date(2026, 12, 31))) == 2
    other = [alert("2026-03-01"), Alert("2026-03-02", "liver", "dark urine", "advice", entry_id=9)]
    assert len(rules.infection_concerns(other, date(2026, 1, 1), date(2026, 12, 31))) == 1
    assert rules.infection_concerns(apart, date(2026, 4, 1), date(2026, 12, 31)) == ()


def test_an_episode_between_doses_after_a_dose_without_a_baseline_says_its_line_is_the_fixed_one():
    from ocrelog.wording import episode_text

    (episode,) = analyse([Infusion(D, 600)], run(0, [3] * 14) + run(30, [7] * 5 + [2]), [], TODAY).episodes
    assert (episode.guessed, episode.threshold, episode.days) == (True, 5.0, 5)
    assert episode_text(episode).endswith("week 5, at 5 or more (no baseline before that dose)")
