"""``ocrelog checkin``: the answers of one check-in as entries. Pure.

The command asks (fatigue, other symptoms, a temperature, a note) and this
module turns the answers into the entries to store, each checked by the same
validators as ``feel``, ``symptom`` and ``temp``. The note goes with the
fatigue score, as ``feel --note`` would keep it.
"""

from __future__ import annotations

from ocrelog.entries import Entry, clean_note, parse_temperature, symptom_name

#: The questions, in the order they are asked (no questionnaire text: ocrelog's own words).
QUESTIONS = (
    "Fatigue now, from 0 (none) to 10 (worst imaginable)",
    "Other symptoms, comma-separated (Enter for none)",
    "Temperature, e.g. 37.2 or 99.1f (Enter to skip)",
    "A note (Enter to skip)",
)


def symptom_names(answer: str) -> list[str]:
    """``chills, Sore  throat,, chills`` -> ``['chills', 'sore throat']``: tidied, each once."""
    names: list[str] = []
    for part in answer.split(","):
        if part.strip():
            name = symptom_name(part)
            if name not in names:
                names.append(name)
    return names


def temperature(answer: str) -> float | None:
    return parse_temperature(answer) if answer.strip() else None


def entries(at: str, score: int, symptoms: list[str], celsius: float | None, note: str) -> list[Entry]:
    """The entries of one check-in at ``at`` (ISO): fatigue first, then symptoms, then the temperature."""
    found = [Entry(type="fatigue", date=at, value=score, note=clean_note(note.strip()))]
    found += [Entry(type="symptom", date=at, name=name) for name in symptoms]
    if celsius is not None:
        found.append(Entry(type="temperature", date=at, value=celsius))
    return found


def summary(day: str, stored: list[Entry]) -> str:
    """The change log's line for ``undo --list``."""
    return f"check-in on {day}: " + ", ".join(entry.describe() for entry in stored)
