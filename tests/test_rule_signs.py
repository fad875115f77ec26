"""Warning signs in the rule: the severe finding, alerts across the whole journal, infections tied to fatigue and counted over 12 months."""

from datetime import date, timedelta

from rule_cases import BASELINE, TODAY, D, day, one, run

from ocrelog import rules
from ocrelog.rules import Infusion, analyse


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


def test_a_urinary_infection_on_day_17_is_tied_to_that_weeks_fatigue():
    from ocrelog.entries import Entry

    written = [Entry("fatigue", day(17).isoformat(), 8, note="UTI again, burning when peeing")]
    findings = analyse([Infusion(D, 600)], BASELINE + run(0, [3] * 14) + run(14, [3, 7, 8, 8, 7, 3]), [], TODAY,
                       written=written)
    (episode,) = findings.episodes
    assert episode.start == day(15) and "uti" in episode.signs


def test_the_infection_count_folds_as_concerns_do():
    from ocrelog.alerts import Alert
    from ocrelog.concerns import FOLD_DAYS

    def alert(when):
        return Alert(when, "infection", "flu", "advice", entry_id=int(when[-2:]))

    apart = [alert("2026-03-01"), alert(f"2026-03-{1 + FOLD_DAYS:02d}"), alert(f"2026-03-{2 + 2 * FOLD_DAYS:02d}")]
    assert len(rules.infection_concerns(apart, date(2026, 1, 1), date(2026, 12, 31))) == 2
    other = [alert("2026-03-01"), Alert("2026-03-02", "liver", "dark urine", "advice", entry_id=9)]
    assert len(rules.infection_concerns(other, date(2026, 1, 1), date(2026, 12, 31))) == 1
    assert rules.infection_concerns(apart, date(2026, 4, 1), date(2026, 12, 31)) == ()
