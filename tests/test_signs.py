"""The warning-sign vocabulary: every listed word is recognised, however it is typed;
names that are not warning signs never are."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocrelog import signs
from ocrelog.signs import CATEGORIES, alerts, categories_of, classify

ISSUE_EXAMPLES = [
    ("fever", "infection"),
    ("Fever 38.5", "infection"),
    ("high temperature", "infection"),
    ("high temp", "infection"),
    ("Chills", "infection"),
    ("UTI", "infection"),
    ("flu", "infection"),
    ("covid", "infection"),
    ("Covid-19", "infection"),
    ("cold sore", "infection"),
    ("chest infection", "infection"),
    ("shingles", "infection"),
    ("a cold", "infection"),
    ("diarrhoea", "bowel"),
    ("diarrhea", "bowel"),
    ("dark urine", "liver"),
    ("jaundice", "liver"),
    ("yellow skin", "liver"),
    ("double vision", "neurological"),
    ("relapse", "neurological"),
]

PLAIN = [
    "tired", "brain fog", "back ache", "sad", "cold hands", "cold feet", "temperamental",
    "infusion", "headspace", "period", "good day", "", "   ", "!!!",
]


@pytest.mark.parametrize(("name", "category"), ISSUE_EXAMPLES)
def test_the_issues_examples(name, category):
    assert classify(name, near_dose=False).name == category


@pytest.mark.parametrize(
    "category,phrase",
    [(c, p) for c in CATEGORIES for p in c.phrases],
    ids=lambda v: v if isinstance(v, str) else v.name,
)
def test_every_listed_phrase_is_recognised(category, phrase):
    assert category in categories_of(phrase.lstrip("="))


@pytest.mark.parametrize("name", PLAIN)
def test_plain_symptoms_stay_plain(name):
    assert classify(name, near_dose=True) is None


def test_reaction_words_count_only_near_a_dose():
    assert classify("rash", near_dose=True).name == "infusion_reaction"
    assert classify("rash", near_dose=False) is None
    assert classify("Itchy throat", near_dose=True).name == "infusion_reaction"
    # A word of two categories: infection wins away from a dose, the reaction near one.
    assert classify("headache and fever", near_dose=False).name == "infection"


def variants(phrase: str) -> st.SearchStrategy[str]:
    """How people type a phrase: any case, extra spaces, a plural, text before and after."""
    words = phrase.split()
    plural = st.sampled_from(["", "s"]) if not phrase.endswith(("s", "y", "ia", "ea")) else st.just("")
    return st.builds(
        lambda case, gap, plural_s, before, after: (
            before + gap.join(case(w) for w in words) + plural_s + after
        ),
        st.sampled_from([str.lower, str.upper, str.title, str.capitalize]),
        st.sampled_from([" ", "  ", " \t "]),
        plural,
        st.sampled_from(["", "bad ", "really bad ", "  "]),
        st.sampled_from(["", " 38.5", " since monday", "!", " (x2)", "  "]),
    )


all_phrases = st.sampled_from(
    [(c, p) for c in CATEGORIES for p in c.phrases if not p.startswith("=")]
)


@given(data=st.data(), item=all_phrases)
def test_case_spacing_plural_and_trailing_text_do_not_matter(data, item):
    category, phrase = item
    typed = data.draw(variants(phrase))
    assert category in categories_of(typed), typed


plain_words = st.text(alphabet="bghjkmpqvwxz ", min_size=0, max_size=30)


@given(name=plain_words)
def test_made_up_names_never_match(name):
    assert categories_of(name) == []


def test_temperatures_at_or_above_38_are_fevers():
    assert signs.sign_of_temperature("2026-11-20", 37.9) is None
    alert = signs.sign_of_temperature("2026-11-20T21:00", 38.0)
    assert (alert.category, alert.logged) == ("infection", "temp 38.0 °C")


def test_alerts_are_the_last_30_days_newest_first():
    today = date(2026, 11, 25)
    found = alerts(
        symptoms=[("2026-11-20", "chills"), ("2026-10-20", "fever"), ("2026-11-24", "tired"),
                  ("2026-11-02", "rash"), ("2026-11-11", "rash")],
        temperatures=[("2026-11-22T08:00", 38.6), ("2026-11-23", 36.9)],
        reactions=[("2026-11-01", "itchy throat")],
        dose_days=[date(2026, 11, 1)],
        today=today,
    )
    assert [(a.when, a.category, a.logged) for a in found] == [
        ("2026-11-22T08:00", "infection", "temp 38.6 °C"),
        ("2026-11-20", "infection", "chills"),
        ("2026-11-02", "infusion_reaction", "rash"),  # the day after the dose
        ("2026-11-01", "infusion_reaction", "reaction: itchy throat"),
    ]
    assert all(a.advice for a in found)


def test_advice_names_one_care_team_and_no_verdicts():
    for category in CATEGORIES:
        text = category.advice.lower()
        assert "neurologist" not in text and "normal" not in text and "usual" not in text
        assert "ms team" in text
        assert category.tier in signs.TIERS
