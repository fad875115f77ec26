"""``ocrelog checkin``: the answers of one check-in as entries. Pure.

The command asks (fatigue, other symptoms, a temperature, a note) and this
module turns the answers into the entries to store, each checked by the same
validators as ``feel``, ``symptom`` and ``temp``. The note goes with the
fatigue score, as ``feel --note`` would keep it.

Wherever a list or a text is asked (the symptoms, the temperature, the note),
Enter or one of :data:`NO_ANSWER` means "nothing to say": no symptom called
"none" is ever stored.
"""

from __future__ import annotations

from typing import NamedTuple

from ocrelog.entries import Entry, clean_note, parse_temperature, symptom_name

#: Answers that mean "nothing to say" to a question Enter may skip (any case, a full stop allowed).
NO_ANSWER = ("none", "no", "nothing", "-")


class Question(NamedTuple):
    topic: str  # how the header names it: "the symptoms"
    text: str  # the prompt (no questionnaire text: ocrelog's own words)
    required: bool = False  # Enter does not skip it


def questions(past: bool = False) -> tuple[Question, ...]:
    """The questions, in the order they are asked; ``past``: a check-in for an earlier time (``--on``)."""
    fatigue = "Fatigue then" if past else "Fatigue now"
    return (
        Question("the score", f"{fatigue}, from 0 (none) to 10 (worst imaginable)", required=True),
        Question("the symptoms", "Other symptoms, comma-separated (Enter for none)"),
        Question("the temperature", "Temperature, e.g. 37.2 or 99.1f (Enter to skip)"),
        Question("the note", "A note (Enter to skip)"),
    )


#: The questions of a check-in now (``checkin`` without ``--on``).
QUESTIONS = tuple(question.text for question in questions())


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def header(when: str, past: bool = False) -> str:
    """The line before the questions: the time, which questions Enter skips, and Ctrl-C."""
    asked = questions(past)
    needed = [q.topic for q in asked if q.required]
    skipped = [q.topic for q in asked if not q.required]
    need = f"{_and(needed)} {'is' if len(needed) == 1 else 'are'} needed; " if needed else ""
    need = need[:1].upper() + need[1:]
    return f"Check-in for {when}. {need}Enter (or 'none') skips {_and(skipped)}; Ctrl-C stops and stores nothing."


def no_answer(answer: str) -> bool:
    """Whether an answer says "nothing": empty, or one of :data:`NO_ANSWER`."""
    said = " ".join(answer.lower().split())
    return not said or (said if said == "-" else said.rstrip(".!")) in NO_ANSWER


def symptom_names(answer: str) -> list[str]:
    """``chills, Sore  throat,, chills`` -> ``['chills', 'sore throat']``: tidied, each once;
    ``none`` (or an item that says nothing) -> no symptom."""
    names: list[str] = []
    for part in answer.split(","):
        if not no_answer(part):
            name = symptom_name(part)
            if name not in names:
                names.append(name)
    return names


def temperature(answer: str) -> float | None:
    """The temperature answered; one outside 34-43 °C is refused, and kept only by ``ocrelog temp``."""
    keep = "answer - here and keep it afterwards with 'ocrelog temp' and its --force and --on"
    return None if no_answer(answer) else parse_temperature(answer, keep=keep)


def note_text(answer: str) -> str:
    """The note as typed, or "" when the answer says nothing."""
    return "" if no_answer(answer) else answer


def entries(at: str, score: int, symptoms: list[str], celsius: float | None, note: str) -> list[Entry]:
    """The entries of one check-in at ``at`` (ISO): fatigue first, then symptoms, then the temperature."""
    found = [Entry(type="fatigue", date=at, value=score, note=clean_note(note_text(note).strip()))]
    found += [Entry(type="symptom", date=at, name=name) for name in symptoms]
    if celsius is not None:
        found.append(Entry(type="temperature", date=at, value=celsius))
    return found


def summary(day: str, stored: list[Entry]) -> str:
    """The change log's line for ``undo --list``."""
    return f"check-in on {day}: " + ", ".join(entry.describe() for entry in stored)
