"""Properties of the rule (hypothesis): episodes, peaks, flags and shapes obey their definitions whatever the scores, and the report's reading of a journal is the rule applied to its entries."""

from datetime import date, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rule_cases import TODAY, D, day, one, run

from ocrelog import rules
from ocrelog.rules import Infusion, Settings, analyse

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


shape_scores = st.lists(st.integers(0, 10), min_size=120, max_size=182)


logged_scores = st.lists(
    st.tuples(offsets, st.one_of(st.none(), st.integers(0, 23)), st.integers(0, 10)), max_size=60
)


on_dose_days = st.lists(st.tuples(st.integers(0, 3), st.one_of(st.none(), st.integers(0, 23)), st.integers(0, 10)),
                        max_size=12)  # (which dose, hour, score): scores on the doses' days


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


@settings(max_examples=100)
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


@settings(max_examples=150)
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
    from ocrelog.alerts import ALERT_DAYS
    from ocrelog.entries import Entry
    from ocrelog.signs import USUAL_DAYS

    earliest, again = TODAY - timedelta(days=ALERT_DAYS + USUAL_DAYS - 1), TODAY - timedelta(days=ALERT_DAYS - 1)
    written = [Entry("symptom", d.isoformat(), name="numb left hand", id=n) for n, d in enumerate((earliest, again))]
    _, first_recent = rules.word_days([Infusion(D, 600)], {}, TODAY)
    kept = [e for e in written if e.day >= first_recent]
    assert analyse([Infusion(D, 600)], (), [], TODAY, written=kept, daily={}).alerts == ()
    assert analyse([Infusion(D, 600)], (), [], TODAY, written=written[1:], daily={}).alerts  # not without it


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


@settings(max_examples=100)
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
