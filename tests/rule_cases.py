"""The journals the rule's tests are built from (test_rule_*.py): a first dose on D, days
counted from it, runs of daily scores, a quiet baseline, and the rule applied to them."""

from datetime import date, timedelta

from ocrelog.rules import Infusion, Settings, analyse

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


def due(*doses):
    return analyse([Infusion(d, mg) for d, mg in doses], [], [], TODAY)


def rise_before(after):
    """Example 13: 4 weeks at 4 (days -56 to -29), then 7 every day up to the dose."""
    return run(-56, [4] * 28) + run(-28, [7] * 28) + run(0, after)
