"""Warning signs: the words the Ocrevus label asks people to act on, and what to do.

Pure data and pure functions, part of the rule layer (no I/O, no clock).
docs/rules.md lists every category with its words, its advice and the label
section it comes from; a test keeps that page and this module in step.

A symptom name matches a category when one of the category's phrases appears
in it as whole words, ignoring case, spacing, punctuation, plurals and any
text around it: "Fever 38.5", "high temp", "Chills", "UTI", "bad chest
infection" all match. ``infusion_reaction`` words (rash, nausea, headache...)
count only on the day of a dose or the day after, as the label says reactions
happen up to 24 hours after it; on other days they stay plain symptoms, as
does every name that matches nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ocrelog.dates import day_of

#: A measured temperature at or above this counts as a fever (``infection``).
FEVER_C = 38.0
FEVER_F = 100.4
#: The report's attention block shows warning signs logged this many days back.
ALERT_DAYS = 30
#: Infusion-reaction words count on the dose day and this many days after it.
REACTION_DAYS_AFTER = 1

NOW = "now"
SOON = "soon"
NEXT_CONTACT = "next contact"

#: Urgency tiers, most urgent first, with the words that open each advice line.
TIERS = {
    NOW: "Seek help now",
    SOON: "Contact your MS team soon",
    NEXT_CONTACT: "Mention it at your next contact with your MS team",
}


@dataclass(frozen=True)
class Category:
    name: str
    label: str  # where the label names it
    tier: str
    advice: str
    phrases: tuple[str, ...]


CATEGORIES: tuple[Category, ...] = (
    Category(
        "infusion_reaction",
        "Warnings and Precautions 5.1, Infusion Reactions",
        NOW,
        "Seek help now if breathing or swallowing is hard or you feel faint; "
        "otherwise contact your MS team or infusion centre today.",
        (
            "rash", "itching", "itchy", "itch", "hives", "urticaria", "flushing", "flushed",
            "red face", "throat irritation", "itchy throat", "scratchy throat",
            "swollen throat", "throat swelling", "dizziness", "dizzy", "lightheaded",
            "light headed", "faint", "nausea", "nauseous", "feeling sick", "headache",
            "breathlessness", "breathless", "short of breath", "shortness of breath",
            "trouble breathing", "wheezing", "wheeze", "fast heartbeat", "palpitations",
            "pruritus", "erythema", "bronchospasm", "dyspnea", "dyspnoea", "anaphylaxis",
            "tachycardia", "low blood pressure", "swollen lips", "swollen tongue", "swollen face",
        ),
    ),
    Category(
        "infection",
        "Warnings and Precautions 5.2, Infections (including herpes)",
        SOON,
        "Contact your MS team soon, today if you have a fever: "
        "infections need checking while on Ocrevus.",
        (
            "fever", "feverish", "high temperature", "high temp", "temperature", "temp",
            "pyrexia", "chills", "shivers", "shivering", "rigors", "infection", "infected",
            "uti", "urine infection", "urinary infection", "bladder infection", "cystitis",
            "burning pee", "burning urine", "painful urination", "chest infection",
            "pneumonia", "bronchitis", "cough", "flu", "influenza", "covid", "coronavirus",
            "=cold", "common cold", "head cold", "chest cold", "a cold", "sore throat", "sinusitis", "ear infection", "cold sore", "herpes",
            "shingles", "genital sore", "sepsis", "stiff neck", "eye pain", "red eye", "eye redness",
            "severe headache", "persistent headache",
        ),
    ),
    Category(
        "bowel",
        "Warnings and Precautions 5.6, Immune-Mediated Colitis",
        SOON,
        "Contact your MS team soon if diarrhoea goes on for days, "
        "or there is blood or bad stomach pain.",
        (
            "diarrhoea", "diarrhea", "diarrhoe", "loose stools", "loose stool",
            "runny poo", "bloody stool", "blood in stool", "blood in poo", "colitis",
            "abdominal pain",
        ),
    ),
    Category(
        "liver",
        "Warnings and Precautions 5.7, Liver Injury",
        SOON,
        "Contact your MS team soon: yellow skin or eyes, or dark urine, need a blood test.",
        (
            "jaundice", "jaundiced", "yellow skin", "yellow eyes", "yellowing",
            "dark urine", "dark pee", "brown urine",
        ),
    ),
    Category(
        "neurological",
        "Warnings and Precautions 5.3, Progressive Multifocal Leukoencephalopathy; "
        "relapses of MS",
        SOON,
        "Contact your MS team soon about new or worsening symptoms that last more than a day.",
        (
            "relapse", "flare", "new symptoms", "worsening symptoms", "double vision",
            "blurred vision", "blurry vision", "vision loss", "loss of vision",
            "optic neuritis", "numbness", "weakness", "clumsiness", "confusion",
            "confused", "trouble speaking", "slurred speech", "memory loss",
            "loss of balance", "seizure", "vision problem", "changes in thinking", "personality change",
        ),
    ),
)

BY_NAME = {category.name: category for category in CATEGORIES}
REACTION = BY_NAME["infusion_reaction"]
INFECTION = BY_NAME["infection"]

_NOT_WORD = r"[^a-z]+"  # compiled (and cached) by `re` on first use


def _stem(word: str) -> str:
    """A word without its plural ending (and a final e, so 'rashes' meets 'rash')."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def words(text: str) -> tuple[str, ...]:
    """The words of a symptom name as the vocabulary compares them."""
    return tuple(_stem(word) for word in re.split(_NOT_WORD, text.lower()) if word)


@functools.cache
def _by_first_word() -> dict[str, list[tuple[Category, tuple[str, ...], bool]]]:
    """Every phrase as words, indexed by its first word (built on first use, not at import).

    A phrase written "=cold" matches only a name that is exactly that word
    ("cold", "a cold", "Colds"), not "cold hands".
    """
    index: dict[str, list[tuple[Category, tuple[str, ...], bool]]] = {}
    for category in CATEGORIES:
        for phrase in category.phrases:
            said = words(phrase)
            index.setdefault(said[0], []).append((category, said, phrase.startswith("=")))
    return index


def categories_of(name: str) -> list[Category]:
    """Every category whose words appear in ``name``, in the order of ``CATEGORIES``."""
    said = words(name)
    found: set[str] = set()
    index = _by_first_word()
    for start, word in enumerate(said):
        for category, phrase, exact in index.get(word, ()):
            if exact:
                matched = said == phrase
            else:
                matched = said[start : start + len(phrase)] == phrase
            if matched:
                found.add(category.name)
    return [category for category in CATEGORIES if category.name in found]


def classify(name: str, *, near_dose: bool) -> Category | None:
    """The warning-sign category of a symptom name, or None for a plain symptom.

    ``near_dose``: logged on a dose day or the day after, when reaction words count.
    """
    for category in categories_of(name):
        if category is not REACTION or near_dose:
            return category
    return None


def is_fever(celsius: float) -> bool:
    return celsius >= FEVER_C


@dataclass(frozen=True)
class Alert:
    """A warning sign that was logged: when, which category, what, and what to do."""

    when: str  # the entry's ISO date or date-time
    category: str
    logged: str
    advice: str

    @property
    def day(self) -> date:
        return day_of(self.when)

    def as_dict(self) -> dict:
        return {"date": self.when, "category": self.category, "logged": self.logged, "advice": self.advice}


def temperature_logged(celsius: float) -> str:
    return f"temp {celsius:.1f} °C"


def sign_of_symptom(when: str, name: str, dose_days: Iterable[date]) -> Alert | None:
    """The alert for a symptom logged at ``when``, or None when it is not a warning sign."""
    day = day_of(when)
    near = any(0 <= (day - dose).days <= REACTION_DAYS_AFTER for dose in dose_days)
    category = classify(name, near_dose=near)
    return Alert(when, category.name, name, category.advice) if category else None


def sign_of_temperature(when: str, celsius: float) -> Alert | None:
    if not is_fever(celsius):
        return None
    return Alert(when, INFECTION.name, temperature_logged(celsius), INFECTION.advice)


def alerts(
    symptoms: Iterable[tuple[str, str]],
    temperatures: Iterable[tuple[str, float]],
    reactions: Iterable[tuple[str, str]],
    dose_days: Iterable[date],
    today: date,
    days: int | None = ALERT_DAYS,
) -> tuple[Alert, ...]:
    """Every warning sign logged in the last ``days`` days (None: all), newest first.

    ``symptoms`` and ``temperatures`` are (ISO date, name or °C); ``reactions``
    are the reactions recorded with a dose, (ISO date of the dose, text).
    """
    def recent(when: str) -> bool:
        return days is None or (today - day_of(when)).days < days

    doses = list(dose_days)
    found: list[Alert] = []
    for when, name in symptoms:
        if recent(when) and (alert := sign_of_symptom(when, name, doses)):
            found.append(alert)
    for when, celsius in temperatures:
        if recent(when) and (alert := sign_of_temperature(when, celsius)):
            found.append(alert)
    for when, text in reactions:
        if recent(when):
            found.append(Alert(when, REACTION.name, f"reaction: {text}", REACTION.advice))
    return tuple(sorted(found, key=lambda a: a.when, reverse=True))
