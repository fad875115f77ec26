"""Warning signs: one matcher for everything a person writes.

Pure functions over the tables of vocabulary.py (no I/O, no clock). Every
text goes through :func:`read`: symptom names, the note of every entry, a
dose's reactions and premedications, and what an import brings. It finds
each sign of the vocabulary however it is typed (case, spacing, plurals, one
slipped letter, words in between), reads temperatures written in the text,
and leaves out a sign that is negated ("no fever"), has passed ("rash
cleared"), or is a vaccination or a test ("flu jab"). A clause ends at a
comma, a semicolon, a full stop or "but", so "chills, no fever" keeps the chills. Each
sign is also judged in its context, a cue and the part of the clause it reaches, as ConText
does: a worry or a plan ("what if"), history ("as a baby"), an answer ("fever - no"), a
harmless cause ("from sleeping funny"), improvement, someone else's illness.

The signs' timing and the alerts of an entry are alerts.py's; the signs judged across
entries and over time, concerns.py's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ocrelog import entries
from ocrelog.dates import WEEKDAYS
from ocrelog.vocabulary import (
    AFFIRMED,
    AFTERMATH_EVENTS,
    AFTERMATH_EXCUSES,
    AFTERMATH_HEARD,
    AFTERMATH_MARKS,
    ANIMALS_WOUNDS,
    ANOTHER_TIME,
    ANSWERED_NO,
    ANSWERED_NO_IN_CLAUSE,
    ANSWERS,
    APPOSITION_OPENERS,
    APPOSITION_WORDS,
    ARTICLES,
    ASKED_OF_IT,
    BECAME,
    BENIGN_CAUSES,
    BESIDE_MEASURES,
    BETTER,
    BETTER_AFTER,
    BODY_ONLY,
    BODY_PARTS,
    BODY_TEMPERATURE,
    BORDERLINE_SYSTOLIC,
    BP_RANGE,
    BP_USUAL,
    BP_WORDS,
    BREATH_COUNT_WORDS,
    BREATHING_MAX,
    BREATHS_EXCUSED,
    BUT_ME,
    CAME_AND_WENT,
    CAME_BACK,
    CARED_FOR,
    CARER_HEADER_WORDS,
    CARER_KINDS,
    CARER_MARKS,
    CARER_OPENERS,
    CARER_OPENERS_FOR_SOMEONE,
    CARER_ROLES,
    CARER_TOLD_OF,
    CARERS,
    CATEGORIES,
    CAUSE_ASKS,
    CAUSE_BEFORE,
    CAUSE_LINKS,
    CAUSES_INSIDE,
    CELSIUS_RANGE,
    CHECKED,
    CHECKED_NO,
    CHILD_PLACES,
    CLAUSE_BREAKS,
    COMBINATIONS,
    COMPARED,
    COMPARED_WITH_PAST,
    COMPOUNDS,
    CONDITIONS_NAMED,
    CONTEXT_REACH,
    CONTRACTIONS,
    CORRECTED,
    CORRECTED_AFTER,
    CORRECTED_REACH,
    CURE_LINKS,
    DEEDS,
    DOCUMENT_STOPS,
    DOCUMENTS,
    DOSE_HALTERS,
    DOSE_HALTS,
    DOSE_LINKS,
    DOSE_OWNERS,
    DOSE_TO_COME,
    EARLIER_MESSAGE,
    ENDED,
    ENDED_FOR,
    EXPLAIN_NOTHING_OF,
    FAHRENHEIT_RANGE,
    FAMILIAR,
    FAST_BREATHING,
    FAST_PULSE,
    FIELD_WORDS,
    FIELDS,
    FILLER,
    FORM_CONTEXT,
    FROM_PLACE,
    FROM_WHERE,
    GAP_WORDS,
    GAVE,
    GAVE_EXPLAINS,
    GOES_ON,
    GOES_ON_NOT_AFTER,
    GOES_ON_SAYS,
    GOES_ON_STOPS,
    GOES_ON_WORDS,
    GROUP_WORDS,
    GROUPS,
    HEADER_MARKS,
    HEDGE_VOIDS,
    HEDGED,
    HEDGES,
    HERE_NOW,
    HOPE_REACH,
    HOPES,
    HOW_LONG,
    HYPOTHETICAL,
    IDIOM_UNDONE_REACH,
    IDIOMS,
    IDIOMS_UNDONE_AFTER,
    IDIOMS_UNDONE_BEFORE,
    IN_LAW,
    INTENDED,
    INTRODUCED_BY,
    JOINED_SELF,
    JUDGED,
    KEEPING_AWAY,
    LABEL_WORDS,
    LANDED,
    LAUGHTER,
    LIKENESS,
    LIST_ASKED,
    LIST_CUES,
    LIST_GUESSES,
    LIST_ITEM_WORDS,
    LIST_STOPS,
    LOGGED_WORDS,
    LONG_AGO,
    LOOKALIKES,
    LOW_DIASTOLIC,
    LOW_SATS,
    LOW_SYSTOLIC,
    ME_TOO,
    MEASURE_REACH,
    MISHEARD,
    MONTHS,
    NEAR_MISS,
    NEAR_WORDS,
    NEGATION_REACH,
    NEGATIONS,
    NEW_SUBJECT_LINKS,
    NEW_TURNS,
    NEWS_AFTER,
    NEXT_CONTACT,
    NO_CAUSE_AFTER,
    NOBODY,
    NONE_SINCE,
    NOT_A_SIGN,
    NOT_ANSWERS,
    NOT_HYPOTHETICAL,
    NOT_NEGATIONS,
    NOT_NEW,
    NOT_YET,
    NOW,
    NOW_WORDS,
    NUMB_WORDS,
    NUMBED,
    NUMBED_LINKS,
    NUMBER_WORDS,
    NUMBING_LASTED,
    OFF_ILL,
    ONE_SIDE,
    ONSET_VERBS,
    OR_I_ONSET,
    OTHER_CONDITIONS,
    OTHER_MEASURES,
    OTHER_PEOPLE,
    OTHER_SENSE_WORDS,
    OTHER_SENSES,
    OTHER_UNITS,
    OWNERS,
    PART_OF,
    PAST,
    PER_MINUTE,
    PERFECT,
    PERSON_PRONOUNS,
    PLACE_LINKS,
    POSITIVE,
    PRESSED_BY,
    PULSE_MAX,
    PULSE_WORDS,
    QUESTION_ASKS,
    QUESTION_OPENERS,
    RATE_LINKS,
    REFERS,
    RELATIVE_OPENERS,
    RELATIVES,
    REPORTED,
    RESOLUTION_JOINS,
    RESOLUTION_REACH,
    RESOLUTIONS,
    RETRACTED,
    RETRACTED_ABOUT,
    RETRACTED_HERE,
    RETRACTED_OPENING,
    SATS_MIN,
    SATS_WORDS,
    SEIZURE_NAMES,
    SELF,
    SENSE_IN_CLAUSE,
    SHORTHAND,
    SIDE_LETTERS,
    SIDED,
    SIGNS,
    SINCE_COMPARED,
    SIZE_OF,
    SIZE_OF_OWNERS,
    SOON,
    SPOKEN_YEAR_AFTER,
    STILL,
    STILL_NEW,
    STOPPED,
    STOPPERS,
    SUDDEN,
    SUDDEN_HERE_ONLY,
    TELLERS,
    TEMPERATURE_WORDS,
    THEIR,
    THEIRS_TOLD,
    THING_TEMPERATURES,
    THINGS,
    TIER_RANK,
    TIERS,
    TIME_LINKS,
    TODAY_TIMES,
    TOPIC_ENDS,
    TOPIC_REACH,
    TOPICS,
    TYPO_MIN_LETTERS,
    UNTIL_NOW,
    UP_TO_NOW,
    USUAL_DAYS,
    VACCINATIONS,
    VERY_HIGH_FEVER_C,
    VERY_HIGH_FEVER_F,
    WAKING,
    WHAT_ENDED,
    WHEN_PASSED,
    WHEN_PASSED_WORDS,
    WITH_ALL_THE_SAME,
    WITNESSED,
    WRITER_HAS,
    WRITER_SEES,
    WRITER_TO_PERSON,
    WRITERS_NOTES,
    WRITERS_OWN,
    WRITTEN_BY,
    YEAR_LINKS,
    YEARS,
    YES_NO_OPENERS,
    Category,
    Sign,
)

if TYPE_CHECKING:
    pass

__all__ = ["NOW", "SOON", "NEXT_CONTACT", "TIERS", "CATEGORIES", "USUAL_DAYS", "read", "Found"]

#: A measured temperature at or above this counts as a fever (``infection``).
FEVER_C = entries.FEVER_C
FEVER_F = 100.4
BY_NAME: dict[str, Category] = {category.name: category for category in CATEGORIES}
REACTION = BY_NAME["infusion_reaction"]
#: After a 920 mg dose under the skin, a reaction is an injection reaction.
INJECTION = BY_NAME["injection_reaction"]
INFECTION = BY_NAME["infection"]
BREATHING = BY_NAME["breathing"]
NEUROLOGICAL = BY_NAME["neurological"]
_SIGN = {sign.key: sign for sign in SIGNS}
FEVER = _SIGN["fever"]
FEVER_AT_DOSE = _SIGN["fever at the dose"]
FAST_HEARTBEAT = _SIGN["fast heartbeat"]
TROUBLE_BREATHING = _SIGN["trouble breathing"]
LOW_BLOOD_PRESSURE = _SIGN["low blood pressure"]
_VERY_HIGH_ADVICE = _SIGN["very high fever"].advice or ""  # its words name the line: {celsius}, {fahrenheit}
VERY_HIGH_FEVER = _SIGN["very high fever"]._replace(
    advice=_VERY_HIGH_ADVICE.format(celsius=f"{VERY_HIGH_FEVER_C:g}", fahrenheit=f"{VERY_HIGH_FEVER_F:g}")
)
SEIZURE = _SIGN["seizure"]
FACE_DROOPING = _SIGN["face drooping"]
WEAKNESS = _SIGN["weakness"]
SUDDEN_WEAKNESS = _SIGN["sudden weakness of one side"]
TIRED_BY_THE_DOSE = _SIGN["tiredness at the dose"]
CHANGES_IN_THINKING = _SIGN["changes in thinking"]
RELAPSE = _SIGN["relapse"]


class Found(NamedTuple):
    """A sign found in a text: the sign, and the words that said it (as typed, in lower case)."""

    sign: Sign
    words: str

    @property
    def category(self) -> str:
        return self.sign.category


# -- reading a text ---------------------------------------------------------------------


def _expand(word: str) -> tuple[str, ...]:
    if word.startswith("{") and word.endswith("}"):
        return GROUPS[word[1:-1]]
    return tuple(word.split("|"))


#: A compiled phrase, a plain tuple (a thousand of them are built on first use):
#: (its sign, None for an idiom; its slots, each a set of words or None for up to
#: GAP_WORDS other words; whether it must be the whole clause; whether its words may come in
#: any order, each within NEAR_WORDS of the first).
_Phrase = tuple
SIGN, SLOTS, WHOLE, ANY_ORDER = 0, 1, 2, 3


@functools.cache
def _phrases() -> tuple[dict[str, list[_Phrase]], frozenset[str], frozenset[str], set[str]]:
    """The phrases indexed by their first words, every word they use (as written and in the
    singular), every word known, and the words a slip may be of.

    Built on first use, not at import: ``ocrelog feel 6`` without a note never pays for it.
    """
    texts: list[tuple[Sign | None, str, list[str]]] = [
        (sign, text, text.lstrip("=").split()) for sign in SIGNS for text in sign.phrases
    ]
    texts += [(None, text, text.split()) for text in IDIOMS]  # an idiom: no sign
    used = {token for _, _, tokens in texts for token in tokens}
    used -= {"...", "&"}
    expanded = {token: _expand(token) for token in used}
    raw = set().union(*expanded.values())
    single = {word: _singular(word, raw) for word in raw}
    slot_of: dict[str, frozenset[str] | None] = {
        t: frozenset(map(single.__getitem__, ws)) for t, ws in expanded.items()
    }
    slot_of["..."] = None  # up to GAP_WORDS other words
    index: dict[str, list[_Phrase]] = {}
    for sign, text, tokens in texts:
        slots = tuple(slot_of[token] for token in tokens if token != "&")
        phrase = (sign, slots, text[0] == "=", "&" in tokens)
        for word in slots[0] or ():
            index.setdefault(word, []).append(phrase)
    known = {word for slot in slot_of.values() for word in slot or ()}
    spelled = raw | known
    known.update(_cue_words())
    return index, frozenset(raw), frozenset(known | LOOKALIKES | FILLER), spelled


def _cue_words() -> set[str]:
    """Every word of the vocabulary's cues (negations, resolutions, people, numbers...): words
    known as typed, never read as a slip of another."""
    cues = set(NEGATIONS) | RESOLUTIONS | NOT_A_SIGN | NOT_NEGATIONS | CLAUSE_BREAKS | TEMPERATURE_WORDS
    cues |= OTHER_PEOPLE | SELF | PAST | NOT_NEW | STILL_NEW | HYPOTHETICAL | NOT_HYPOTHETICAL | HERE_NOW
    cues |= ANSWERS | CURE_LINKS | CAUSE_LINKS | BENIGN_CAUSES | OTHER_CONDITIONS | NEAR_MISS | SUDDEN | POSITIVE
    cues |= set(NUMBER_WORDS) | THINGS | CARERS | CARER_MARKS | CARER_OPENERS | CAUSE_BEFORE | NOT_YET
    cues |= QUESTION_OPENERS | QUESTION_ASKS | CARED_FOR | WAKING | ONE_SIDE | ONSET_VERBS | COMPARED | PERFECT
    cues |= NEW_SUBJECT_LINKS | PRESSED_BY | PULSE_WORDS | UP_TO_NOW | YEAR_LINKS | REFERS | WHEN_PASSED
    cues |= YES_NO_OPENERS | CAUSE_ASKS | NEW_TURNS | STILL | RELATIVES | TIME_LINKS | CARER_ROLES
    cues |= THING_TEMPERATURES | BODY_TEMPERATURE | WITH_ALL_THE_SAME
    cues |= {word for senses in OTHER_SENSES.values() for word in senses}
    return {word for cue in cues for word in cue.split()}


@functools.cache
def _slips() -> tuple[dict[tuple[str, int], list[str]], frozenset[str]]:
    """The typo index: (first letter, length) -> the words of the phrases a slip may be of; and
    the words that are a sign on their own. Built only when a word is not known as typed."""
    index, _, _, spelled = _phrases()
    typos: dict[tuple[str, int], list[str]] = {}
    for word in sorted(spelled):
        if len(word) >= TYPO_MIN_LETTERS:
            typos.setdefault((word[0], len(word)), []).append(word)
    alone = frozenset(
        w for ps in index.values() for p in ps if p[SIGN] and len(p[SLOTS]) == 1 for w in p[SLOTS][0] or ()
    )
    return typos, alone


def _singular(word: str, known: set[str] | frozenset[str]) -> str:
    """A plural's singular when the vocabulary has it ("sores" -> "sore"), else the word (never a
    negation: "notes" is not "not")."""
    if len(word) > 3 and word[-1] == "s":  # each ending below ends in s
        for ending, instead in (("ies", "y"), ("s", ""), ("es", "")):
            stem = word[: -len(ending)] + instead
            if word.endswith(ending) and stem in known and stem not in NEGATIONS:
                return stem
    return word


@functools.lru_cache(maxsize=4096)
def _canonical(token: str) -> str:
    """The vocabulary word a token stands for: itself, its singular, or the word it slips from."""
    _, raw, known, _ = _phrases()
    if token[0].isdecimal():
        return token
    single = _singular(token, raw)
    if single in known:
        return single
    if token.endswith("ier") and token[:-3] + "y" in raw:
        return token[:-3] + "y"  # a comparative: "clumsier", "unsteadier", "wobblier"
    if len(token) < TYPO_MIN_LETTERS - 1:  # "fevr" is a slip of the five letters of "fever"
        return token
    typos, alone = _slips()
    candidates = [w for size in (-1, 0, 1) for w in typos.get((token[0], len(token) + size), ())]
    # Of two words one slip away: a sign on its own ("wheezing", not the "weeping" of
    # "weeping wound"), then one of the same length (a changed letter), then the longer.
    near = sorted(
        (c for c in candidates if _one_slip(token, c)),
        key=lambda c: (c not in alone, len(c) != len(token), -len(c), c),
    )
    return _singular(near[0], raw) if near else token


def _one_slip(typed: str, word: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped."""
    if abs(len(typed) - len(word)) > 1 or typed == word:
        return typed == word
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == word[diff[1]]
            and typed[diff[1]] == word[diff[0]]
        )
    short, long_ = sorted((typed, word), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


_CLAUSES = r"[,;!?\n()\[\]]|(?<!\d)\.|\.(?!\d)|\s[-–—]+(?=\s|$)"
TOKENS = r"\d+(?:\.\d+)?|°|[^\W\d_]+"
#: The marks that end a sentence (the others of _CLAUSES only end a clause).
_SENTENCE_ENDS = re.compile(r"[.!?\n]")


#: A list's marks: a cross says no, a tick yes, each opening its item when the list opens with one
#: (after a label and a colon at most: "❌ rash ✅ face drooping", "Symptoms today: ❌ fever ❌
#: chills"), else each ending it ("itch ✗ rash ✓ headache ✗ | fatigue 6/10").
_CROSSES, _TICKS = "✗✘❌✖", "✓✔✅☑"
_MARK_FIRST = re.compile(r"\s*(?:[^:\n✗✘❌✖✓✔✅☑]{0,40}:\s*)?[✗✘❌✖✓✔✅☑]")
_MARKED_AFTER = str.maketrans({**dict.fromkeys(_CROSSES, " no, "), **dict.fromkeys(_TICKS, " yes, ")})
_MARKED_BEFORE = str.maketrans({**dict.fromkeys(_CROSSES, ", no "), **dict.fromkeys(_TICKS, ", yes ")})

_CONTRACTED = re.compile(r"\b(?:" + "|".join(c.replace(" ", r"\s+") for c in CONTRACTIONS) + r")\b")


def clauses(text: str) -> list[list[str]]:
    """The clauses of a text, each as its words in lower case (numbers kept whole)."""
    return [list(clause) for clause in _clauses(text)[0]]


@functools.lru_cache(maxsize=4096)
def _clauses(text: str) -> tuple[list[list[str]], tuple[bool, ...]]:
    """The clauses of a text, and for each whether it starts a sentence (after a full stop, a
    question or exclamation mark, a new line, or at the start) rather than going on with the
    one before (after a comma, a semicolon, a dash, "but"...)."""
    text = _plain(text).replace("&", " and ")
    text = text.translate(_MARKED_BEFORE if _MARK_FIRST.match(text) else _MARKED_AFTER)
    text = re.sub(r"(\d),(\d)", r"\1.\2", text)  # 38,5: a decimal comma
    text = _checklist(text)
    text = re.sub(r"\bno\.\s*(?=\d)", "number ", text)  # "seizure no. 2": a number, not an answer
    text = _CONTRACTED.sub(lambda m: CONTRACTIONS[" ".join(m[0].split())], text)  # "could not": "couldnt"
    found: list[list[str]] = []
    starts: list[bool] = []
    pieces = re.split(f"({_CLAUSES})", text)  # the parts, with the mark that ended each between them
    for n in range(0, len(pieces), 2):
        sentence = n == 0 or bool(_SENTENCE_ENDS.search(pieces[n - 1]))
        clause: list[str] = []
        tokens = _numbers(_heard(_unsized(_sided([SHORTHAND.get(t, t) for t in re.findall(TOKENS, pieces[n])]))))
        if _labelled(found, starts, pieces, n) and not _answered(tokens) and not NEGATIONS & set(tokens[:1]):
            found[-1] += tokens  # "neck - stiff, can't bend chin down": a label, then what it is
            continue
        if found and " ".join(tokens) in ME_TOO:
            found[-1] += tokens  # "husband has flu, me too", "... flu. Me too": one clause, the writer's too
            continue
        joined = not (SELF | CLAUSE_BREAKS) & set(tokens)  # not "rang my sister, who is fine but I ..."
        if found and tokens[:1] and tokens[0] in RELATIVE_OPENERS and not sentence and joined:
            found[-1] += tokens  # "sent a card to my brother, who has pneumonia": his, in one clause
            continue
        for k, token in enumerate(tokens):
            if token in CLAUSE_BREAKS and not (clause and " ".join(tokens[k:]) in BUT_ME):
                # ("whole house has the flu except me": the writer left out of this clause)
                if clause:
                    found.append(clause)
                    starts.append(sentence)
                    sentence = False
                clause = []
            else:
                clause.append(token)
        if clause:
            found.append(clause)
            starts.append(sentence)
    return found, tuple(starts)


_FIELD_LABEL = re.compile(r"\s*([^\W\d_][^:/]{0,24}):\s*\S")  # "chest: tight"
_NO_ANSWER = re.compile(r"[\W_]*\b(?:" + "|".join(sorted(CHECKED_NO)) + r")[\W_]*$")


def _checklist(text: str) -> str:
    """A checklist answered item by item between slashes ("nausea: no / rash: yes / dizzy: no"),
    or a form of labelled fields ("chest: tight / wheeze: yes / rate: stopped"): each item its own
    clause. Slashes between items with no answer or label stay one clause ("gums / white patches /
    sore tongue")."""
    if " / " not in text:
        return text  # (most notes: nothing more to do)
    items = text.split(" / ")
    ends = [re.findall(TOKENS, item)[-1:] for item in items]
    answered = all(end and end[0] in CHECKED for end in ends)
    labels = [_FIELD_LABEL.match(item) for item in items]
    # (not a form whose fields tell of one thing: "who: my daughter / what: fever", "when: last month")
    form = all(labels) and not any(label and _told_of_one(label[1]) for label in labels)
    if not (answered or form):
        return text
    # an item answered no is said as not had, in its own clause ("weakness one side: no": no weakness
    # one side; "seizure at 6am, ambulance: no": seizure at 6am, no ambulance)
    return " ; ".join(_answered_no_item(item) for item in items)


def _told_of_one(label: str) -> bool:
    """A form's label that says whose or when its fields are ("who", "when", "son", "me")."""
    return label.strip() in FORM_CONTEXT or any(
        w in OTHER_PEOPLE or _cared_for(w) or w in SELF or w.rstrip("s") in OTHER_PEOPLE for w in label.split()
    )


def _answered_no_item(item: str) -> str:
    """A checklist's item answered no with its answer said before its last clause, when that clause
    names a sign ("weakness one side: no"; not "lips still swelling, gone down: no")."""
    if not _NO_ANSWER.search(item):
        return item
    pieces = re.split(f"({_CLAUSES})", _NO_ANSWER.sub("", item))
    named = _matched([_canonical(token) for token in re.findall(TOKENS, pieces[-1])])
    return "".join(pieces[:-1]) + " no " + pieces[-1] if any(p[SIGN] for p, _ in named) else item


def _labelled(found: list[list[str]], starts: list[bool], pieces: list[str], n: int) -> bool:
    """The clause before a dash is a label of at most LABEL_WORDS words opening a sentence ("face -
    right side drooping", "cold - hands freezing in the garden"): what follows the dash is one
    clause with it, as after a colon (unless it only answers: "any chills - nope")."""
    label = found[-1] if found and starts[-1] else []
    if label and len(label) <= FIELD_WORDS and n and pieces[n - 1] == ",":
        # a field and its value, as a form is filled ("urine, dark brown, 2 days", "left eye, grey
        # smudge", "right arm and leg, suddenly weak", "dog, diarrhoea, vet tomorrow")
        return all(word in FIELDS for word in label) and label[-1] != "and"
    if not (label and len(label) <= LABEL_WORDS and n and re.fullmatch(r"\s[-–—]+", pieces[n - 1])):
        return False
    # a sign's word or a part of the body ("neck", "breath"; not "Update - he fitted", "14:05 - weak",
    # "Not good - face drooping"), not a seizure named ("fit - lasted about 2 min, bit my tongue")
    named = any(word in _phrases()[0] or word in BODY_PARTS for word in label)
    return named and not (SEIZURE_NAMES | NEGATIONS) & set(label)


def _sided(tokens: list[str]) -> list[str]:
    """A side written as a letter read as the word, where a part of the body follows ("L arm",
    "under R ribs"; SIDE_LETTERS, SIDED)."""
    return [
        SIDE_LETTERS[t] if t in SIDE_LETTERS and i + 1 < len(tokens) and tokens[i + 1] in SIDED else t
        for i, t in enumerate(tokens)
    ]


def _unsized(tokens: list[str]) -> list[str]:
    """The tokens without a size said by likeness ("red patch the size of a saucer round the jab":
    "red patch round the jab"): SIZE_OF, then one of SIZE_OF_OWNERS and a word, or a number and a
    one-letter unit; never opening the clause, nor of what has no owner ("the size of the rash")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        two, three = " ".join(tokens[i : i + 2]), " ".join(tokens[i : i + 3])
        said = 2 if two in SIZE_OF else 3 if three in SIZE_OF else 0
        if not said:
            out.append(tokens[i])
            i += 1
            continue
        j = i + said
        owned = j < len(tokens) and (tokens[j] in SIZE_OF_OWNERS or tokens[j][0].isdecimal())
        if not (out and owned):  # "the size of the rash has doubled": the rash itself
            out.append(tokens[i])
            i += 1
            continue
        j += tokens[j] in SIZE_OF_OWNERS
        if j < len(tokens):
            # the likeness's word, or a number and its one-letter unit ("the size of a 50p")
            j += 1 + (tokens[j][0].isdecimal() and j + 1 < len(tokens) and len(tokens[j + 1]) == 1)
        if out and out[-1] == "the":
            out.pop()
        i = j
    return out


def _plain(text: str) -> str:
    """A text in lower case without apostrophes, as the matcher reads it ("Dad's" is "dads")."""
    return text.lower().replace("’", "").replace("'", "")


def _heard(tokens: list[str]) -> list[str]:
    """The words voice typing heard for others read as meant, where the word before says so
    (MISHEARD: "stiff next" is a stiff neck; "stiff next day" stays the day after)."""
    out = list(tokens)
    for i, token in enumerate(tokens):
        misheard = MISHEARD.get(token)
        if misheard is None or not i:
            continue
        before = {tokens[i - 1], " ".join(tokens[max(0, i - 2) : i])}
        if before & misheard.after and not (i + 1 < len(tokens) and tokens[i + 1] in misheard.unless):
            out[i] = misheard.meant
    return out


_TENS = {word for word, n in NUMBER_WORDS.items() if n >= 20}
_A_HALF = ["and", "a", "half"]


def _numbers(tokens: list[str]) -> list[str]:
    """Numbers written in words as digits: "thirty eight point six" is 38.6, "a hundred and two"
    is 102, "forty" is 40, "38 and a half" is 38.5. A lone small number stays a word ("two
    lines", "one side")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        year = _year(tokens, i)
        if year:  # "back in twenty nineteen": a year, as the digits would say it
            out.append(str(year[0]))
            i = year[1]
            continue
        spoken = _spoken(tokens, i)
        number = str(spoken[0]) if spoken else (tokens[i] if tokens[i].isdecimal() else None)
        end = spoken[1] if spoken else i + 1
        if number is not None and end + 1 < len(tokens) and tokens[end] == "point":
            digits, k = _decimals(tokens, end + 1)
            if digits:
                out.append(f"{number}.{digits}")
                i = k
                continue
        if number is not None and tokens[end : end + 3] == _A_HALF:  # "38 and a half": 38.5
            out.append(f"{number}.5")
            i = end + 3
            continue
        out.append(str(spoken[0]) if spoken else tokens[i])
        i = end
    return out


def _spoken(tokens: list[str], i: int) -> tuple[int, int] | None:
    """The whole number spoken in words from ``tokens[i]`` ("a hundred and two", "thirty
    eight"), and the index after it; None when none is (a lone small number is a word)."""
    value, j = _hundred(tokens, i)
    spoken = value > 0
    if j < len(tokens) and tokens[j] in _TENS:
        value, spoken, j = value + NUMBER_WORDS[tokens[j]], True, j + 1
        if j < len(tokens) and tokens[j] in NUMBER_WORDS and NUMBER_WORDS[tokens[j]] < 10:
            value, j = value + NUMBER_WORDS[tokens[j]], j + 1
    elif spoken and j < len(tokens) and tokens[j] in NUMBER_WORDS and NUMBER_WORDS[tokens[j]] < 20:
        value, j = value + NUMBER_WORDS[tokens[j]], j + 1
    return (value, j) if spoken else None


def _year(tokens: list[str], i: int) -> tuple[int, int] | None:
    """A year said in words from ``tokens[i]``: "two thousand and nineteen" anywhere; "nineteen
    ninety eight", "twenty nineteen" only just after one of SPOKEN_YEAR_AFTER ("in twenty
    nineteen"; not "since twenty fifteen", a clock's 20:15) (and the index after it)."""
    if tokens[i] in ("nineteen", "twenty") and i + 1 < len(tokens) and i and tokens[i - 1] in SPOKEN_YEAR_AFTER:
        rest = _spoken(tokens, i + 1) or _teen(tokens, i + 1)
        if rest and 10 <= rest[0] <= 99:
            return (1900 if tokens[i] == "nineteen" else 2000) + rest[0], rest[1]
    if tokens[i : i + 2] == ["two", "thousand"]:
        j = i + 3 if tokens[i + 2 : i + 3] == ["and"] else i + 2
        rest = _spoken(tokens, j) or _teen(tokens, j) if j < len(tokens) else None
        if rest is None and j < len(tokens) and NUMBER_WORDS.get(tokens[j], 10) < 10:
            rest = NUMBER_WORDS[tokens[j]], j + 1
        if rest and rest[0] < 100:
            return 2000 + rest[0], rest[1]
    return None


def _teen(tokens: list[str], i: int) -> tuple[int, int] | None:
    """A number word from ten to nineteen at ``tokens[i]`` (which ``_spoken`` leaves a word)."""
    value = NUMBER_WORDS.get(tokens[i])
    return (value, i + 1) if value is not None and 10 <= value < 20 else None


def _hundred(tokens: list[str], i: int) -> tuple[int, int]:
    """ "a hundred", "one hundred" or "hundred" from ``tokens[i]`` (and an "and" before a number
    word after it): 100 and the index after it; else 0 and ``i``."""
    j = i + 1 if tokens[i] in ("a", "one") and i + 1 < len(tokens) and tokens[i + 1] == "hundred" else i
    if j < len(tokens) and tokens[j] == "hundred":
        j += 1
        if j + 1 < len(tokens) and tokens[j] == "and" and tokens[j + 1] in NUMBER_WORDS:
            j += 1
        return 100, j
    return 0, i


def _decimals(tokens: list[str], k: int) -> tuple[str, int]:
    """The digits after "point" from ``tokens[k]`` (digits or digit words), and the index after them."""
    digits = ""
    while k < len(tokens) and (tokens[k].isdecimal() or NUMBER_WORDS.get(tokens[k], 10) < 10):
        digits += tokens[k] if tokens[k].isdecimal() else str(NUMBER_WORDS[tokens[k]])
        k += 1
    return digits, k


def _matches(phrase: _Phrase, words: list[str], start: int) -> list[int] | None:
    """The positions of ``phrase``'s words when it starts at ``start``, or None."""
    if phrase[ANY_ORDER]:
        return _near(phrase[SLOTS], words, start)
    positions: list[int] = []
    position = start
    gap = False
    for slot in phrase[SLOTS]:
        if slot is None:
            gap = True
            continue
        reach = GAP_WORDS + 1 if gap else 1
        for step in range(reach):
            if position + step < len(words) and words[position + step] in slot:
                positions.append(position + step)
                position += step + 1
                break
        else:
            return None
        gap = False
    return positions


def _near(slots: tuple[frozenset[str], ...], words: list[str], start: int) -> list[int] | None:
    """The positions, in order, of a word of each of ``slots`` after the first, the nearest to
    ``start`` within NEAR_WORDS on either side ("my right eye looks washed out" and "washed out in
    my right eye" alike), or None."""
    window = range(max(0, start - NEAR_WORDS), min(len(words), start + NEAR_WORDS + 1))
    near = sorted(window, key=lambda i: abs(i - start))
    positions = [start]
    for slot in slots[1:]:
        found = next((i for i in near if i not in positions and words[i] in slot), None)
        if found is None:
            return None
        positions.append(found)
    return sorted(positions)


def _cue_before(words: list[str], start: int, cues: frozenset[str], reach: int) -> bool:
    """A cue before the sign, within ``reach`` words, whose reach a new subject does not end
    ("neck wont bend and im burning up": the burning is not negated)."""
    for i in range(max(0, start - reach), start):
        if words[i] in WITH_ALL_THE_SAME and set(GROUPS["cant"]) & set(words[:i]):
            continue  # "cant climb the stairs without panting": the panting comes
        ended = words[i] in ENDED and set(words[max(0, i - 1) : i] + words[i + 1 : min(i + 3, start)]) & WHAT_ENDED
        if ended and not ENDED_FOR & set(words[i + 1 : start]):
            continue  # "infusion finished at 3 itchy all over": the dose ended, not the itch
        pair = " ".join(words[i : i + 2])
        if pair in cues or (words[i] in cues and (i + 1 >= len(words) or words[i + 1] not in NOT_NEGATIONS)):
            return not _new_clause_subject(words, i + 1, start)
    return False


def _turned(words: list[str], after: int, start: int) -> bool:
    """Between ``after`` and ``start``: "and" (or "so") then the writer or a turn ("and now my lips"):
    what follows is news, not the cure of what passed."""
    return any(
        words[j] in NEW_SUBJECT_LINKS and (words[j + 1] in SELF or words[j + 1] in NEW_TURNS)
        for j in range(after, start - 1)
    )


def _new_clause_subject(words: list[str], after: int, start: int) -> bool:
    """Between ``after`` and ``start``: "and" (or "so") then the writer, a subject of its own."""
    return any(words[j] in NEW_SUBJECT_LINKS and words[j + 1] in SELF for j in range(after, start - 1))


def _cue_after(words: list[str], end: int, cues: frozenset[str], reach: int) -> bool:
    """A cue after the sign, within ``reach`` words, not itself negated ("not gone", "no better")."""
    for i in range(end, min(len(words), end + reach)):
        if (words[i] in cues or " ".join(words[i : i + 2]) in cues) and not (i > end and words[i - 1] in NEGATIONS):
            return True
    return False


def _passed(words: list[str], end: int, urgent: bool = False) -> bool:
    """The sign has passed: a resolution within RESOLUTION_REACH words after it, or a resolution's word
    after one of PERFECT anywhere after it in its clause ("the rash I had at the clinic has cleared";
    not "has not gone"); but not another sign's, when the sign is said to be here before that one
    ("rash still spreading and the itch has gone")."""
    at = _resolution_at(words, end, urgent)
    if at is None or _other_subject(words, end, at):
        return False
    between = words[end:at]
    if LIKENESS & set(between):
        return False  # "hangs down like a broken curtain rail": a likeness, not the sign passing
    return not (_has(between, _STILL_HERE) and _names(between))


_STILL_HERE = STILL | STILL_NEW
#: Before who a writer is to the person ("her son", "from her husband").
WRITERS_OWNERS = frozenset({"my", "our", "his", "her", "their", "the", "from", "its", "this"})
#: A word that ends another person's reach back from a sign: what follows is the writer's again.
TURNS = frozenset({"then"})
#: The words of a flare, which another condition may have (an eczema flare): not "electric shocks down my back".
_FLARE = frozenset({"flare", "flared", "flaring", "flair", "relapse", "relapsed", "relapsing"})


def _other_subject(words: list[str], end: int, at: int) -> bool:
    """Between a sign and a resolution's word, the resolution's own subject: "and" then the
    writer or another part ("throat swollen and my voice has gone croaky"), or a time clause
    ("lips swelling an hour after they finished")."""
    return (
        any(
            words[j] in NEW_SUBJECT_LINKS and (words[j + 1] in SELF or words[j + 1] == "my") for j in range(end, at - 1)
        )
        or bool(TIME_LINKS & set(words[end:at]) and words[at - 1] not in PERFECT)
        or words[at - 1] in GROUPS["dose"]
    )


def _said_no_matter(words: list[str], end: int, i: int) -> bool:
    """A resolution of three or four words at ``i``, just after the sign ("nausea wasnt an issue this
    time", "cough which isnt a problem"): not after another subject ("seizure and work isnt a problem")
    nor before a word that makes the sign new ("wasnt an issue until tonight")."""
    n = next((n for n in (3, 4) if " ".join(words[i : i + n]) in RESOLUTIONS), None)
    if n is None or i - end > 1 or (i > end and words[i - 1] not in RESOLUTION_JOINS):
        return False
    later = words[i + n : i + n + 2]
    return not (later and (later[0] in UNTIL_NOW or " ".join(later) in UNTIL_NOW))


def _resolution_at(words: list[str], end: int, urgent: bool = False) -> int | None:
    for i in range(end, min(len(words), end + RESOLUTION_REACH)):
        said = any(" ".join(words[i : i + n]) in RESOLUTIONS for n in (1, 2))
        # a sign that needs help now is never one that "wasnt an issue" ("wheezing isnt a problem at rest")
        if (
            (said or (not urgent and _said_no_matter(words, end, i)))
            and not (
                (i > end and (words[i - 1] in NEGATIONS or words[i - 1] in COMPARED))
                or (i > end and words[i - 1] in STOPPERS and words[i] in STOPPED)  # "so they stopped it": the drip
                or (i + 1 < len(words) and words[i + 1] in BECAME)  # "voice gone hoarse": became, not passed
                # "so bad I ended up on the floor": not passed (but "ended up going away" is)
                or (" ".join(words[i : i + 2]) in LANDED and " ".join(words[i + 2 : i + 4]) not in RESOLUTIONS)
                or (i - 2 >= end and " ".join(words[i - 2 : i]) in ASKED_OF_IT and words[i] in JUDGED)  # asked
                # "had a fit and stopped breathing", "... and broke her wrist": a new deed, not its end
                or (
                    i > end
                    and words[i - 1] == "and"
                    and words[i] in DEEDS
                    and i + 1 < len(words)
                    and words[i + 1] not in WHEN_PASSED_WORDS
                )
            )
        ):
            return i
    return next((i for i in range(end + 1, len(words)) if words[i] in RESOLUTIONS and words[i - 1] in PERFECT), None)


def _someone_elses(words: list[str], start: int, carer: bool = False) -> bool:
    """The sign follows another person or a thing in its clause, and the writer does not speak of
    themself in between ("grandson has a cold", "the car is wheezing"; not "partner says I had a
    fit", "my eyes"). In a carer's text (``carer``) another person is the one the journal is for."""

    def someone(word: str) -> bool:
        if carer and (_cared_for(word) or word in ("they", "someone")):
            return False  # the person the carer writes for ("my wife's urine")
        people = OTHER_PEOPLE if carer else OTHER_PEOPLE | CARER_ROLES  # "carer's off with a tummy bug"
        return word in THINGS or word in people or word.rstrip("s") in people

    if _spans(words[start:], ME_TOO):
        return False  # "the kids have colds, me too"
    # "everyone at work has covid apart from me"; "carer here, I have a cold, wearing a mask around him"
    if _left_out(words, start) or _off_ill(words, start) or (carer and _writers_own(words, start)):
        return True
    for i in range(start - 1, -1, -1):
        if words[i] in TURNS:
            return False  # "picked the kids up then a headache set in": the writer's again
        if i == start - 1 and (words[start] in ANIMALS_WOUNDS or f"{words[i]} {words[start]}" in COMPOUNDS):
            continue  # "cat bite on my hand", "dog tired": one word with the sign, not whose it is
        if carer and i + 1 < len(words) and (words[i + 1] in CARER_MARKS or _cared_for(words[i + 1])):
            continue  # "flatmate writing: hes got a cough", "flatmate: shes burning up": the writer
        if words[i] in SELF and _told_of(words, i, someone) and words[i - 1] not in NEW_SUBJECT_LINKS:
            continue  # "my daughter who drove me has a cold": the writer is only in what she did
        if i and (words[i - 1] == "per" or words[max(0, i - 2) : i] == ["per", "my"]):
            continue  # "confused per my partner and pyrexial 38.9": who told, not whose
        if _reports_a_seizure(words, i):
            return False  # "my husband say it was epilepsy fit": he tells what happened to the writer
        if words[i] in SELF or (words[i] == "my" and i + 1 < len(words) and not someone(words[i + 1])):
            return False
        if i and (words[i - 1] in PLACE_LINKS or (i > 1 and words[i - 2] in PLACE_LINKS and words[i - 1] in OWNERS)):
            continue  # "at my daughters in adelaide, the runs since the flight": a place, not whose
        named = someone(words[i]) or " ".join(words[i - 1 : i + 1]) in OTHER_PEOPLE  # "wee ones"
        named = named or (carer and _theirs(words, i, start))
        # in a carer's text, a carer after other words is another one ("the agency carer has flu"),
        # where the first word may be the writer's role ("carer: pat is burning up")
        named = named or (carer and i > 0 and (words[i] in CARER_ROLES or words[i].rstrip("s") in CARER_ROLES))
        if named and "like" not in words[max(0, i - 2) : i]:  # "feel like cotton wool": a likeness
            # "me and the wife both have the runs": the writer's too, as the clause's subject (not
            # "mum came with me and she was the one feeling sick")
            return not any(
                words[j] in JOINED_SELF and words[j + 1] == "and" and (j == 0 or words[j - 1] == "both")
                for j in range(max(0, i - 4), i - 1)
            )
    return False


def _theirs(words: list[str], i: int, start: int) -> bool:
    """In a carer's text, the person's own relative told of as ill ("her mum is in hospital with
    pneumonia", "his brother's got covid"): another person (not the writer: "written by her
    husband: Lynn's got a cough", "I'm his mum: temp 38.4"; nor a witness of the person: "his wife
    has found him jerking on the floor")."""
    return (
        0 < i < len(words) - 1
        and words[i - 1] in THEIR
        and _cared_for(words[i])
        and words[i].rstrip("s") not in PERSON_PRONOUNS
        and words[i + 1] in THEIRS_TOLD
        and not PERSON_PRONOUNS & set(words[i + 2 : start])
    )


def _off_ill(words: list[str], start: int) -> bool:
    """ "Lily off nursery with a cold": a child's (not "took him off school, had a seizure")."""
    off = range(max(0, min(start - 1, len(words) - 2)))
    return any(words[i] == "off" and words[i + 1] in CHILD_PLACES and words[i + 2] in OFF_ILL for i in off)


def _writers_own(words: list[str], start: int) -> bool:
    """In a carer's text, the writer has the sign: the writer, one of WRITER_HAS, nobody the journal
    may be kept for before the sign, and the person or "myself" after it ("I have a cold so wearing a
    mask around him"; not "I have to say he seems confused")."""
    if words[max(0, start - 2) : start] == ["my", "own"] and not any(map(_cared_for, words[:start])):
        return True  # "son writing, my own cough is back" (not "he's caught my own cold")
    i = next((k for k in range(start - 1, -1, -1) if words[k] in SELF), None)
    if i is None or i + 1 >= len(words) or words[i + 1] not in WRITER_HAS.get(words[i], ()):
        return False
    if set(words[i + 1 : start]) & WRITER_SEES:
        return False  # "I have noticed face drooping on his left side": what the writer saw
    after = words[start:]
    person_after = "myself" in after or any(map(_cared_for, after)) or bool(_spans(after, KEEPING_AWAY))
    return person_after and not any(map(_cared_for, words[i + 2 : start]))


def _left_out(words: list[str], start: int) -> bool:
    """The clause ends by leaving the writer out of a group named before the sign, of whom the
    writer says nothing else ("whole house has the flu except me"; not "i had a seizure and everyone
    panicked except me", "nobody has covid apart from me", "... apart from me feeling sick")."""
    ends = [b for a, b in _spans(words[start:], BUT_ME) if start + b == len(words)]
    before = set(words[:start])
    return (
        bool(ends) and bool(GROUP_WORDS & before) and not (SELF | {"my"}) & before and not _spans(words[:start], NOBODY)
    )


def _reports_a_seizure(words: list[str], i: int) -> bool:
    """``words[i]`` is a word of saying after a relative, then "it was" and a seizure named as one:
    the relative saw it and tells it ("my husband say it was epilepsy fit"; not "he said it was a
    fit", of a dog at the vet, nor "dad said it was covid")."""
    return (
        words[i] in GROUPS["say"]
        and i > 0
        and words[i - 1] in TELLERS
        and _opens(words[i + 1 : i + 3], REPORTED)
        and bool(SEIZURE_NAMES & set(words[i + 3 :]))
    )


def _cared_for(word: str) -> bool:
    """One a journal may be kept for, or "he", "she" ("mums", "hes": the plural's "s" or a lost
    apostrophe's)."""
    return word in CARED_FOR or word.rstrip("s") in CARED_FOR


def _told_of(words: list[str], i: int, someone: Callable[[str], bool]) -> bool:
    """``words[i]`` (the writer) stands in a clause that tells of another person ("who drove me"):
    a RELATIVES word just after that person, at most GAP_WORDS words before it."""
    return any(words[j] in RELATIVES and j and someone(words[j - 1]) for j in range(max(0, i - GAP_WORDS), i))


def _negation_reach(words: list[str], start: int) -> int:
    """How far back a negation reaches a sign: NEGATION_REACH words, and further when the sign is
    the second of two joined by "or" ("not had a single shiver or sweat")."""
    return NEGATION_REACH + (GAP_WORDS if {"or", "nor"} & set(words[max(0, start - 2) : start]) else 0)


def _has(words: list[str], cues: frozenset[str]) -> bool:
    """Any cue (of one to five words) in the clause; a year after 'in' counts as 'in 2015'."""
    if cues is PAST:
        return _past(words)
    return bool(_spans(words, cues))


def _compared(words: list[str], a: int, start: int | None) -> bool:
    """The past at ``words[a]`` is compared with, not told of: just after one of COMPARED_WITH_PAST;
    or, for a sign at ``start`` before it, within three words of one ("headache worse than after
    the last infusion"; not "headache like the last time I had covid", where covid is the past's)."""
    if a and words[a - 1] in COMPARED_WITH_PAST:
        return True
    return start is not None and any(words[c] in COMPARED_WITH_PAST and start < c for c in range(max(0, a - 3), a))


def _dated(words: list[str]) -> list[int]:
    """Where one of YEAR_LINKS stands just before a year ("in 2015", "was 2019")."""
    return [
        k
        for k, (link, year) in enumerate(zip(words, words[1:]))
        if (link in YEAR_LINKS or link in MONTHS) and year.isdecimal() and YEARS[0] <= float(year) <= YEARS[1]
    ]


def _past(words: list[str], start: int | None = None) -> bool:
    """A cue of the past ("last month", not "over the last month"), or a year after one of
    YEAR_LINKS ("in 2015", "was 2019") or a month ("March 2019 had optic neuritis")."""
    for k in _dated(words):
        if (words[k] == "since" and SINCE_COMPARED & set(words[:k])) or "like" in words[max(0, k - 2) : k]:
            continue  # "first seizure since 2015", "fever like back in 2019": now, compared with then
        if words[k] in MONTHS and (k and (words[k - 1] in ("since", "from") or words[k - 1].isdecimal())):
            continue  # "numbness since January 2026": going on; "12 March 2026: ...": an entry's date
        if words[k] in MONTHS and (NOW_WORDS - {"since", "back", "new", "worse"}) & set(words):
            continue  # "March 2026 - seizure this morning" (not "was March 2021, nothing since")
        return True
    return any(
        " ".join(words[max(0, a - 2) : a]) not in UP_TO_NOW and not _compared(words, a, start)
        for a, _ in _spans(words, PAST)
    )


def _spans(words: list[str], cues: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Where the cues (of one to five words) stand in a clause: (first, after last)."""
    return _spans_in(tuple(words), cues)


def _opens(words: list[str], cues: frozenset[str]) -> bool:
    """Whether ``words`` begin with one of ``cues``."""
    return any(a == 0 for a, _ in _spans(words, cues))


@functools.lru_cache(maxsize=16384)
def _spans_in(words: tuple[str, ...], cues: frozenset[str]) -> tuple[tuple[int, int], ...]:
    cues = _as_read(cues)
    longest = _longest(cues)
    return tuple(
        (i, i + n)
        for i in range(len(words))
        for n in range(1, min(longest, len(words) - i) + 1)
        if (words[i] if n == 1 else " ".join(words[i : i + n])) in cues
    )


@functools.cache
def _as_read(cues: frozenset[str]) -> frozenset[str]:
    """A table of cues as the clause's words are read (``_canonical``): a cue written in the plural
    also as its singular ("months ago" is read "month ago" once "month" is a word of a phrase)."""
    return cues | {" ".join(map(_canonical, cue.split())) for cue in cues}


@functools.cache
def _longest(cues: frozenset[str]) -> int:
    return max((cue.count(" ") + 1 for cue in cues), default=0)


def _unsaid(words: list[str], start: int, end: int, cues: frozenset[str]) -> bool:
    """A cue in the clause outside the sign's own words, not itself negated ("no worse")."""
    return any((b <= start or a >= end) and not (a and words[a - 1] in NEGATIONS) for a, b in _spans(words, cues))


def _same_said(words: list[str], start: int, end: int) -> bool:
    """A cue that nothing changed (NOT_NEW) outside the sign's words, not negated, and not a
    comparison ("worse than usual" says a change)."""
    return any(
        (b <= start or a >= end)
        and not (a and (words[a - 1] in NEGATIONS or words[a - 1] in COMPARED or words[a - 1] in FAMILIAR))
        for a, b in _spans(words, NOT_NEW)
    )


def _change_said(words: list[str], start: int, end: int) -> bool:
    """A cue of change (STILL_NEW) in the clause outside the sign's words, not negated and not
    part of a cue that says nothing changed ("balance as bad as ever nothing new": not "new")."""
    same = _spans(words, NOT_NEW)
    return any(
        (b <= start or a >= end)
        and not (a and words[a - 1] in NEGATIONS)
        and not any(x <= a and b <= y for x, y in same)
        for a, b in _spans(words, STILL_NEW)
    )


def _absent(words: list[str], start: int, end: int, sign: Sign, carer: bool = False) -> bool:
    """Negated, passed, someone else's, or a vaccination or test.

    The injection site is the writer's own ("where they injected": they gave the dose)."""
    # the sign's own words say a witness saw the writer ("son found me jerking on the sofa"): the writer's
    seen = any(words[k] in SELF and words[k - 1] in WITNESSED for k in range(start + 1, end))
    if sign.category != INJECTION.name and not seen and _someone_elses(words, start, carer):
        return True
    if end - start == 1 and end < len(words) and words[end] in THINGS:
        return True  # "the itchy jumper": the thing's
    if start and words[start - 1] in BETTER and words[max(0, start - 3) : start - 1] != ["more", "or"]:
        # "less wobbly on the stairs": better (not "more or less numb", nor "less itchy than last
        # infusion": a reaction milder than the last dose's is still here)
        return not (sign.category in (REACTION.name, INJECTION.name) and _than_a_dose(words, end))
    # not a reaction, a sign that needs help now, nor confusion ("confused less than yesterday but 39.2")
    kept = sign.category in (REACTION.name, INJECTION.name) or sign.tier == NOW or sign.key == CHANGES_IN_THINKING.key
    if not kept and _opens(words[end:], BETTER_AFTER):
        return True  # "fingers tingle less than they did in March": better
    if any(b <= start <= b + TOPIC_REACH and not TOPIC_ENDS & set(words[b:start]) for _, b in _spans(words, TOPICS)):
        return True  # "watched a film about the 1918 flu": what it is about
    if _cue_after(words, end, NEWS_AFTER, 1):
        return True  # "flu cases are up"
    if end - start == 1 and end < len(words) and start and words[start - 1] in ARTICLES and words[end] in OTHER_PEOPLE:
        return True  # "looked after a septic pt": the patient's
    if _cue_before(words, start, NEGATIONS, _negation_reach(words, start)) or _passed(words, end, sign.tier == NOW):
        return True
    if _answered_no(words, start, end) and not (sign.tier == NOW and words[-1].isdigit()):
        return True  # not "cant breathe no 2": a number after "no" may not be a list's
    if _has(words, POSITIVE):
        return False
    # a jab never explains a sign that needs help now ("throat tight after jab": a reaction to it)
    cues = NOT_A_SIGN - VACCINATIONS if sign.tier == NOW else NOT_A_SIGN
    return _cue_before(words, start, cues, CONTEXT_REACH) or _cue_after(words, end, cues, CONTEXT_REACH)


def _than_a_dose(words: list[str], end: int) -> bool:
    """Just after a sign, "than" and an earlier dose ("than last infusion", "than the first injection")."""
    return words[end : end + 1] == ["than"] and bool(set(words[end + 1 : end + 4]) & set(GROUPS["dose"]))


def _answered_no(words: list[str], start: int, end: int) -> bool:
    """A check-in's answer: the sign named first in its clause (after a list's number at most),
    then "no" and nothing else ("fever no", "itch: no", "numbness - no new", "1) fever no 2) ...")."""
    if not all(word.isdigit() for word in words[:start]):
        return False
    return _only_no(words[end:])


def _only_no(words: list[str], answers: frozenset[str] = ANSWERED_NO) -> bool:
    """Words that say only "no" (one of ``answers``), perhaps before the next item's number ("no 2"
    of "fever - no 2) rash")."""
    if len(words) > 1 and words[-1].isdigit():
        words = words[:-1]
    return any(a == 0 and b == len(words) for a, b in _spans(words, answers))


def _hypothetical(words: list[str], start: int, urgent: bool = False) -> bool:
    """A worry, a question or a plan cue before ``start`` ("what if"), not one that tells of
    something felt now ("feel like i might faint"); a paper named alone (DOCUMENTS) never makes a
    sign that needs help now (``urgent``) one ("got the handout out and face drooping")."""
    if _question(words) and not _new_subject(words, 0, start):
        return True
    return any(
        # "checked the leaflet because my lips are swelling": the writer's own reason
        not (" ".join(words[a:b]) in DOCUMENTS and (urgent or DOCUMENT_STOPS & set(words[b:start])))
        for a, b in _reaching(words, start, HYPOTHETICAL)
    )


def _reaching(words: list[str], start: int, cues: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The spans of the cues before ``start`` whose reach gets to it: not inside words that are no
    worry ("not sure if", "even if": NOT_HYPOTHETICAL), and the writer not speaking again between
    (``_new_subject``)."""
    inside = _spans(words, NOT_HYPOTHETICAL) + _hedges(words)
    for a, b in _spans(words[:start], cues):
        if not any(x <= a and b <= y for x, y in inside) and not _new_subject(words, b, start):
            yield a, b


def _hedges(words: list[str]) -> tuple[tuple[int, int], ...]:
    """The hedges of a report in a clause (HEDGED: "might be a bit"), none where it tells what was
    said or what will come (HEDGE_VOIDS)."""
    return () if HEDGE_VOIDS & set(words) else _spans(words, HEDGED)


def _question(words: list[str]) -> bool:
    """A clause that asks about its signs: it opens with a question word and asks with a verb
    before its subject ("what temp should i ring them at", "how do you tell ...")."""
    if words and words[0] in YES_NO_OPENERS and any(a <= 4 for a, _ in _spans(words, CAUSE_ASKS)):
        return True  # "does ocrevus cause diarrhoea"
    return bool(_spans(words[:2], QUESTION_OPENERS)) and any(a <= 4 for a, _ in _spans(words, QUESTION_ASKS))


def _new_subject(words: list[str], after: int, start: int) -> bool:
    """The writer speaks again between a worry's cue and the sign, past the cue's own subject,
    or points at the sign ("this rash"): the cue's reach has ended ("if I stand up I go dizzy",
    "should I worry about this rash"; not "if I get a rash")."""
    return any(words[i] in SELF and not _or_onset(words, i) for i in range(after + 1, start)) or bool(
        HERE_NOW & set(words[max(after, start - 2) : start])
    )


def _or_onset(words: list[str], i: int) -> bool:
    """The writer after "or", then a verb of onset: the same condition goes on ("ring if temp goes
    over 38 or i get the shakes"; not "if i lie flat or i climb the stairs short of breath")."""
    return words[i - 1] == "or" and i + 1 < len(words) and words[i + 1] in OR_I_ONSET


def _not_asserted(words: list[str], start: int, end: int, sign: Sign) -> bool:
    """ConText's other properties, each a cue and a scope in the clause: told of the past,
    a worry or a plan (a cue before the sign), the cure of a sign that passed ("cleared with
    antibiotics"), or a harmless cause after it ("stiff neck from sleeping funny"; never for a
    sign that needs help now)."""
    # the writer speaking again inside the sign's own words ends a worry's reach ("leaflet mentions
    # swollen lips and mine are swelling"; not "check for any burning when i wee")
    spoken = any(words[k] in SELF and words[k - 1] in NEW_SUBJECT_LINKS for k in range(start + 1, end))
    if _past(words, start) or _hypothetical(words, start, sign.tier == NOW) and not spoken:
        return True
    if (
        sign in (FEVER, FEVER_AT_DOSE)
        and TEMPERATURE_WORDS & set(words[start:end])
        and not BODY_ONLY & set(words[start:end])  # "feverish in her own kitchen": a body's
        and _has(words[max(0, start - MEASURE_REACH) : end + MEASURE_REACH], THING_TEMPERATURES)
        and not (SELF | {"my"}) & set(words)
    ):
        return True  # "temperature in the living room 19C": a room's
    if any(
        (words[i] in RESOLUTIONS and words[i + 1] in CURE_LINKS and not _turned(words, i + 2, start))
        or (" ".join(words[i : i + 2]) in RESOLUTIONS and i + 2 < start and words[i + 2] in CURE_LINKS)
        for i in range(start - 1)
    ):
        return True
    if sign.tier == NOW:
        return False
    # "drank litres of water so peeing all day": a harmless cause, then "so", before the sign
    causes = _spans(words[:start], BENIGN_CAUSES)
    if causes and any(_cause_before(words, causes, a, b, sign) for a, b in _spans(words[:start], CAUSE_BEFORE)):
        return True
    # what follows "even" or "like" explains nothing ("dark brown even after 2 litres of water")
    stop = next((i for i in range(end, len(words)) if words[i] in NO_CAUSE_AFTER), len(words))
    # ... or a plain cause said between the sign's own words ("blurry eyes from reading in dim light")
    inside = [link for link in range(start + 1, end) if words[link] in CAUSES_INSIDE]
    return any(
        _caused(words, link, sign.category == NEUROLOGICAL.name, sign.category, sign.key)
        for link in [*inside, *range(end, stop)]
    )


def _cause_before(words: list[str], causes: Sequence[tuple[int, int]], a: int, b: int, sign: Sign) -> bool:
    """A harmless cause, then a cue at ``words[a:b]`` before the sign ("drank litres of water so
    peeing a lot"); "gave me" only just after the cause, and only of what food does to the bowel
    (GAVE_EXPLAINS: "curry gave me the runs"; not "swimming gave me an ear infection", "yoga gave me
    sudden weakness", "swimming and they gave me diarrhoea")."""
    if " ".join(words[a:b]) not in GAVE:
        return causes[0][1] <= a
    return sign.category in GAVE_EXPLAINS and any(0 <= a - end <= 1 for _, end in causes)


def _caused(words: list[str], link: int, pressed: bool = True, kind: str = "", key: str = "") -> bool:
    """``words[link]`` links the sign to a harmless cause just after it ("from sleeping funny",
    "from the chair"); not an "in" that says when ("kicked in on the drive home")."""
    if words[link] not in CAUSE_LINKS or (words[link] == "in" and link and words[link - 1] in ONSET_VERBS):
        return False
    if link + 1 < len(words) and words[link + 1] in WEEKDAYS:
        return False  # "double vision since sat": a day says when, not why (not the "sat" of sitting)
    journey = words[link - 2 : link] if link > 1 and words[link - 1] in FROM_WHERE else words[link - 1 : link]
    if words[link] == "from" and journey and journey[0] in FROM_PLACE:
        return False  # "got lost driving home from the gym": where from, not why
    # pressure ("numb from the chair") is a harmless cause of numbness only, not of a faint
    causes = BENIGN_CAUSES | PRESSED_BY if words[link] == "from" and pressed else BENIGN_CAUSES
    # water never darkens the pee; gardening never makes a fever (by category, or by the sign's key)
    causes = causes - EXPLAIN_NOTHING_OF.get(kind, frozenset()) - EXPLAIN_NOTHING_OF.get(key, frozenset())
    after = words[link + 1 :]
    # not a cause said not to be one ("slurry since sat and I havent been drinking")
    return any(
        a < CONTEXT_REACH + 2 and not NEGATIONS & set(after[max(0, a - 2) : a]) for a, _ in _spans(after, causes)
    )


def _asks_of_it(words: list[str]) -> bool:
    """A clause that asks whether the sign before it is all right ("is that normal", "is this ok")."""
    return " ".join(words[:2]) in ASKED_OF_IT and bool(JUDGED & set(words[2:]))


def _answered(words: list[str]) -> bool:
    """A clause that only answers or closes the one before it: "- no", "all normal", "much
    better now", "nothing new"."""
    keep = [i for i, w in enumerate(words) if w not in FILLER or w in ANSWERS]
    said = [words[i] for i in keep]
    if words and words[0] in HEDGES:
        return False  # "bit shivery, probably nothing": a hedge, not an answer
    if any(a == 0 and words[b : b + 1] in (["was"], ["were"]) for a, b in _spans(words, ANOTHER_TIME)):
        return False  # "breathless today, yesterday was fine": another time's, not an answer
    if _asks_of_it(words):
        return False  # "pee dark brown, is that normal?": asked, not answered
    if _spans(words, NOT_ANSWERS):
        return False  # "..., not normal": something is wrong
    if len(words) > 1 and words[-1] in ANSWERED_NO and _spans(words[:-1], RESOLUTIONS):
        return False  # "lips still swelling, gone down: no": not gone
    # an answer read without its small words, or as written ("not that i can see")
    covered = {keep[i] for a, b in _spans(said, _CLOSING) for i in range(a, b)}
    covered |= {i for a, b in _spans(words, _CLOSING) for i in range(a, b)}
    # "breathless - not now, only on the stairs": "not now" answers only in the sign's own clause
    only_no = _only_no(words, ANSWERED_NO - ANSWERED_NO_IN_CLAUSE)
    return bool(said) and covered.issuperset(keep) or _passed_clause(said, words) or only_no


def _unchanged(words: list[str]) -> bool:
    """A clause that opens by saying the one before is the person's usual ("same as they've been
    for years", "as always"), and says no change."""
    return _opens(words, NOT_NEW) and not _unsaid(words, 0, 0, STILL_NEW)


def _passing(said: dict[str, Found], after: list[str]) -> dict[str, Found]:
    """What a clause saying the signs before it passed leaves of them: a face that drooped, a side
    that went weak or a fit that has passed still needs help now (a stroke's warning can pass in
    minutes: "my face drooped, went away after ten minutes"); an answer of "no" leaves nothing."""
    told = [w for w in after if w not in FILLER or w in ANSWERS]
    rest = _past_refers(told)
    went = any(" ".join(rest[:n]) in CAME_AND_WENT for n in (1, 2)) and _passed_clause(told, after)
    if not went and not (len(rest) == 1 and rest[0] in JUDGED and "now" in after):  # "fine now"
        return {}
    return {k: f for k, f in said.items() if f.sign.tier == NOW and f.category == NEUROLOGICAL.name}


def _past_refers(said: list[str]) -> list[str]:
    """``said`` from its first word that is not one of REFERS ("it", "thats", "was"...)."""
    return said[next((i for i, w in enumerate(said) if w not in REFERS), len(said)) :]


def _passed_clause(said: list[str], words: list[str]) -> bool:
    """A clause that says only that the sign before it passed, and when ("but its gone now",
    "but faded by lunch"): see REFERS and WHEN_PASSED."""
    rest = _past_refers(said)
    # "it went away after a bit"; not "never happened before", which is new
    size = next((n for n in (2, 1) if " ".join(rest[:n]) in RESOLUTIONS), 0) if rest[:1] != ["never"] else 0
    if not size or (len(rest) > size and rest[size] not in WHEN_PASSED):
        return False
    return not _names(words)


_CLOSING = ANSWERS | RESOLUTIONS | NOT_NEW


class _Reading(NamedTuple):
    shown: str  # as typed, with its unit
    fever: bool
    very_high: bool


def _reading(typed: list[str], words: list[str], carer: bool = False) -> _Reading | None:
    """The highest body temperature written in a clause, as typed, and how high it is: not
    one told of the past, of a thing ("the bath at 38 degrees"), or of another person
    ("son's temp was 38.9"; in a carer's text, the person's)."""
    if _has(words, PAST):
        return None
    said_temperature = bool(TEMPERATURE_WORDS & set(words))
    body = _has(words, BODY_TEMPERATURE)
    best: tuple[float, _Reading] | None = None
    for i, token in enumerate(typed):
        if not token[0].isdecimal():
            continue
        near = words[max(0, i - MEASURE_REACH) : i + MEASURE_REACH + 1]  # "the bath at 38", "40.1 ... dose"
        if _has(near, THING_TEMPERATURES) and not body:
            continue
        beside = words[max(0, i - 2) : i + 2]
        other = bool((OTHER_MEASURES - BESIDE_MEASURES) & set(near) or BESIDE_MEASURES & set(beside))
        reading = _temperature(typed, words, i, said_temperature or ("." in token and not other))
        if reading is not None and (best is None or reading[0] > best[0]) and not _someone_elses(words, i, carer):
            best = reading
    return best[1] if best else None


def _temperature(typed: list[str], words: list[str], i: int, likely: bool) -> tuple[float, _Reading] | None:
    """The number ``typed[i]`` as a body temperature (in °C, and as read), or None: another
    unit, out of a body's range, not marked as a temperature in a clause that says none
    (``likely``: the clause names a temperature, or the number has decimals and no other
    measure is named), negated or hypothetical."""
    token = typed[i]
    unit = _unit(typed, i)
    if unit in OTHER_UNITS:
        return None
    value = float(token)
    in_f = FAHRENHEIT_RANGE[0] <= value <= FAHRENHEIT_RANGE[1]
    fahrenheit = unit in ("f", "fahrenheit") or (unit not in ("c", "celsius") and in_f)
    if not (in_f if fahrenheit else CELSIUS_RANGE[0] <= value <= CELSIUS_RANGE[1]):
        return None
    marked = unit in ("c", "f", "°", "celsius", "fahrenheit", "degrees", "deg")
    alone = len(typed) == 1 or (len(typed) == 2 and marked)
    if not (marked or likely or alone):
        return None
    if _cue_before(words, i, NEGATIONS, NEGATION_REACH) or _hypothetical(words, i):
        return None
    fever = value >= (FEVER_F if fahrenheit else FEVER_C)
    very_high = value >= (VERY_HIGH_FEVER_F if fahrenheit else VERY_HIGH_FEVER_C)
    celsius = (value - 32) * 5 / 9 if fahrenheit else value
    return celsius, _Reading(f"{token}{'°F' if fahrenheit else '°C'}", fever, very_high)


def _unit(typed: list[str], i: int) -> str:
    """The word after the number ``typed[i]``: its unit, when it has one ("°" and "c" as one)."""
    unit = typed[i + 1] if i + 1 < len(typed) else ""
    if unit == "°":
        unit = typed[i + 2] if i + 2 < len(typed) and typed[i + 2] in ("c", "f") else "°"
    return unit


def _clause_signs(typed: list[str], words: list[str], changed: bool = False, carer: bool = False) -> dict[str, Found]:
    """The signs asserted in one clause (``changed``: the entry says a sign changed, "but worse";
    ``carer``: a carer writes, and another person's signs are the person's): the phrases that
    match (``_matched``), each kept when the clause asserts it (``_asserted``), the temperature
    written in it (``_reading``), and a pulse, an oxygen saturation or a blood pressure measured
    (``_measured``, ``_low_pressure``)."""
    found: dict[str, Found] = {}
    matched = _matched(words)
    idioms = {
        i
        for phrase, positions in matched
        if phrase[SIGN] is None and not _idiom_undone(words, positions[0], positions[-1] + 1)
        for i in range(positions[0], positions[-1] + 1)
    }
    reading = _reading(typed, words, carer)
    for phrase, positions in matched:
        sign = phrase[SIGN]
        if sign is None or sign.key in found or idioms & set(positions):
            continue
        if reading is not None and sign in (FEVER, FEVER_AT_DOSE):
            continue  # a temperature in the clause decides whether it is a fever
        asserted = _asserted(phrase, positions, words, changed, carer)
        if asserted is not None:
            found.setdefault(asserted.key, Found(asserted, " ".join(typed[positions[0] : positions[-1] + 1])))
    if reading is not None and reading.fever:
        for sign in (FEVER, FEVER_AT_DOSE) + ((VERY_HIGH_FEVER,) if reading.very_high else ()):
            found.setdefault(sign.key, Found(sign, reading.shown))
    # a pulse above FAST_PULSE ("pulse 128", "heart rate was 130"); an oxygen saturation at or
    # below LOW_SATS ("sats 91%"), named as typed: "sats" is not read as the singular "sat"
    pulse = _measured(
        typed, words, _spans(words, PULSE_WORDS), lambda n: FAST_PULSE < n <= PULSE_MAX, FAST_HEARTBEAT, carer
    )
    sats = [(i, i + 1) for i, token in enumerate(typed) if token in SATS_WORDS]
    low = _measured(typed, words, sats, lambda n: SATS_MIN <= n <= LOW_SATS, TROUBLE_BREATHING, carer)
    for one in (pulse, low, _low_pressure(typed, words, carer), _breaths_counted(typed, words, carer)):
        if one is not None:
            found.setdefault(one.sign.key, one)
    return found


def _measured(
    typed: list[str],
    words: list[str],
    named: Iterable[tuple[int, int]],
    telling: Callable[[float], bool],
    sign: Sign,
    carer: bool,
) -> Found | None:
    """A measure written in a clause: where a word of it stands (``named``), then a number
    within CONTEXT_REACH words that ``telling`` accepts: ``sign``; not negated, told of the past
    or a worry, nor someone else's ("dad's pulse 130")."""
    named = list(named)
    if not named or _has(words, PAST):
        return None
    for a, b in named:
        for i in range(b, min(b + CONTEXT_REACH, len(typed))):
            if typed[i][0].isdecimal() and telling(float(typed[i])) and _measure_said(words, a):
                # whose: the one just before it ("dad's pulse 130"; not "partner checked sats 87",
                # "husband's oximeter says sats 88": who measured, or whose clip)
                if not (a > 0 and _someone_elses(words[a - 1 : a + 1], 1, carer)):
                    return Found(sign, " ".join(typed[a : i + 1]))
    return None


def _breaths_counted(typed: list[str], words: list[str], carer: bool) -> Found | None:
    """Breaths counted a minute at or above FAST_BREATHING ("counted my breaths lying down: 30 a
    minute", "30 breaths per minute"): trouble breathing; not negated before the rate, told of the
    past or another time, a worry or a question, exercise or a guide's figure, nor someone else's.
    The words are looked for as typed: "breaths" is not read as the singular "breath"."""
    if _has(words, PAST) or _has(words, BREATHS_EXCUSED) or _has(words, ANOTHER_TIME) or _question(words):
        return None
    if _hypothetical(words, len(words)) or (NOT_YET | {"was", "were"}) & set(words):
        return None
    for i, token in enumerate(typed):
        counted = token[0].isdecimal() and FAST_BREATHING <= float(token) <= BREATHING_MAX
        if not counted or typed[i - 1 : i] == ["for"]:
            continue  # (not "slow breaths for 25 mins": a length of time)
        at = i + 2 if typed[i + 1 : i + 2] == ["breaths"] else i + 1  # "30 breaths per minute"
        if typed[at : at + 1] in (["min"], ["pm"]):
            stop = at + 1  # "28/min"
        elif typed[at : at + 1] and typed[at] in RATE_LINKS and typed[at + 1 : at + 2] and typed[at + 1] in PER_MINUTE:
            stop = at + 2  # "32 a minute", "26 per min"
        else:
            continue
        named = [a for a, _ in _spans(typed[max(0, i - MEASURE_REACH) : i], BREATH_COUNT_WORDS)]
        if not (at == i + 2 or named) or NEGATIONS & set(words[: i + 1]):
            continue  # a number with no breaths named, or "resp rate no longer 28/min"
        a = max(0, i - MEASURE_REACH) + named[0] if named else i
        if not _someone_elses(words, a, carer):
            return Found(TROUBLE_BREATHING, " ".join(typed[a:stop]))
    return None


def _measure_said(words: list[str], a: int) -> bool:
    """The measure named at ``words[a]`` is not negated before it, nor a worry."""
    return not (_cue_before(words, a, NEGATIONS, NEGATION_REACH) or _hypothetical(words, a))


def _low_pressure(typed: list[str], words: list[str], carer: bool) -> Found | None:
    """A blood pressure written as two numbers within MEASURE_REACH words after one of BP_WORDS
    ("BP 92/58"): low blood pressure when the first is below LOW_SYSTOLIC, or the second below
    LOW_DIASTOLIC with the first below BORDERLINE_SYSTOLIC; not negated, told of the past or a
    worry, not someone else's, and not said to be the person's own (NOT_NEW, BP_USUAL)."""
    if _has(words, PAST) or _has(words, NOT_NEW | BP_USUAL):
        return None  # "BP 87/57, always runs low"
    low, high = BP_RANGE
    for a, b in _spans(words, BP_WORDS):
        pairs = range(b, min(b + MEASURE_REACH, len(typed) - 1))
        at = next((i for i in pairs if typed[i][0].isdecimal() and typed[i + 1][0].isdecimal()), None)
        if at is None:
            continue  # "BP at 3pm 84/52": the pair, not the clock's number
        top, bottom = float(typed[at]), float(typed[at + 1])
        if (
            low <= bottom < top <= high
            and (top < LOW_SYSTOLIC or (bottom < LOW_DIASTOLIC and top < BORDERLINE_SYSTOLIC))
            and _measure_said(words, a)
            and not _someone_elses(words, a, carer)  # "wife's BP 84/52 in the waiting room"
        ):
            return Found(LOW_BLOOD_PRESSURE, " ".join(typed[a : at + 2]))
    return None


def _matched(words: list[str]) -> list[tuple[_Phrase, list[int]]]:
    """Every phrase of the vocabulary (signs and idioms) that matches the clause, with the
    positions of its words, in the order of the words."""
    index = _phrases()[0]
    matched: list[tuple[_Phrase, list[int]]] = []
    for start, word in enumerate(words):
        for phrase in index.get(word, ()):
            positions = _matches(phrase, words, start)
            if positions is not None:
                matched.append((phrase, positions))
    return matched


def _numbed(words: list[str]) -> bool:
    """A clause that puts a face's droop down to numbing just before (NUMBED after one of
    NUMBED_LINKS) and says it is numb (NUMB_WORDS), and does not say it lasted (NUMBING_LASTED),
    changed (STILL_NEW), came suddenly or came with weakness."""
    if _has(words, NUMBING_LASTED) or _has(words, STILL_NEW) or any(word in WEEKDAYS for word in words):
        return False
    if _names(words, WEAKNESS.key) or _has(words, SUDDEN) or not _has(words, NUMB_WORDS):
        return False  # "face drooping after the dentist and arm weak", "suddenly ...": not the numbing's
    return any(NUMBED_LINKS & set(words[max(0, a - 2) : a]) for a, _ in _spans(words, NUMBED))


def _idiom_undone(words: list[str], start: int, end: int) -> bool:
    """An idiom (``words[start:end]``) after words that give its first word the sign's sense
    (IDIOMS_UNDONE_AFTER: "high temp at work" is a temperature, not a job), or just before a word
    that does (IDIOMS_UNDONE_BEFORE: "a temp for 2 days")."""
    before = IDIOMS_UNDONE_AFTER.get(words[start], frozenset())
    if any(" ".join(words[max(0, start - n) : start]) in before for n in (1, 2)):
        return True
    after = IDIOMS_UNDONE_BEFORE.get(" ".join(words[start:end]), frozenset())
    return bool(after & set(words[end : end + IDIOM_UNDONE_REACH]))


def _asserted(phrase: _Phrase, positions: list[int], words: list[str], changed: bool, carer: bool) -> Sign | None:
    """The sign a matched phrase says, when the clause asserts it (sudden weakness for weakness
    said to be sudden), or None: ruled out (``_ruled_out``), a neurological sign said to be the
    usual one (and no change said), another condition's flare, a near miss."""
    sign = phrase[SIGN]
    assert sign is not None
    start, end = positions[0], positions[-1] + 1
    if _ruled_out(phrase, positions, words, carer):
        return None
    if sign is FACE_DROOPING and not changed and _numbed(words):
        return None  # "mouth numb and wonky after the dentist injection"
    if (
        sign.category == NEUROLOGICAL.name
        and not (sign.tier == NOW and _seizure_kept(words, start, end))
        and _same_said(words, start, end)
        and not (changed or _change_said(words, start, end))
    ):
        return None
    if sign is RELAPSE and _FLARE & set(words[start:end]) and "ms" not in words and _other_condition(words):
        return None  # an eczema flare is eczema's
    if sign is SEIZURE and _cue_before(words, start, NEAR_MISS, NEGATION_REACH):
        return None  # nearly passed out: a faint, not a seizure
    return SUDDEN_WEAKNESS if sign is WEAKNESS and _sudden(words) else sign


def _other_condition(words: list[str]) -> bool:
    """A condition other than MS named in the clause (OTHER_CONDITIONS), or one of CONDITIONS_NAMED
    with a lost apostrophe's "s" ("eczema's flared")."""
    return _has(words, OTHER_CONDITIONS) or any(w[-1:] == "s" and w[:-1] in CONDITIONS_NAMED for w in words)


def _told(words: list[str]) -> list[str]:
    """The words of a clause that say what happened: not FILLER, nor how many times or at what
    time ("runs x4", "fit at 7 am": a whole-clause phrase is still the whole clause)."""

    def counted(i: int) -> bool:
        word, before = words[i], words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if word.isdigit():  # a count or a clock time, not a bare number ("fit at 50": an age)
            return before == "x" or after in ("x", "times", "am", "pm", "oclock")
        if word == "x":
            return after.isdigit() or before.isdigit()
        return word in ("am", "pm", "oclock", "times") and before.isdigit()

    return [word for i, word in enumerate(words) if word not in FILLER and not counted(i)]


def _sudden(words: list[str]) -> bool:
    """Weakness said to be sudden, or of one side and found on waking ("woke up and cant lift my left arm")."""
    return _has(words, SUDDEN) or (_has(words, WAKING) and _has(words, ONE_SIDE))


def _ruled_out(phrase: _Phrase, positions: list[int], words: list[str], carer: bool) -> bool:
    """Whether the clause rules out the sign a matched phrase says: a phrase that must be the whole
    clause and is not, a negation or "not yet" between its words, a sign absent
    (``_absent``) or not asserted (``_not_asserted``)."""
    sign = phrase[SIGN]
    assert sign is not None
    start, end = positions[0], positions[-1] + 1
    if phrase[WHOLE] and _told(words) != _told(words[start:end]):
        return True
    between = set(words[i] for i in range(start, end) if i not in positions)
    if NEGATIONS & between or (NOT_YET & between and not _hedged_inside(words, start, end)):
        return True  # "no rash", "the site will go red" (not "throat might be a bit tight": a hedge)
    return _absent(words, start, end, sign, carer) or _not_asserted(words, start, end, sign)


def _hedged_inside(words: list[str], start: int, end: int) -> bool:
    """A hedge (``_hedges``) or words of no worry (NOT_HYPOTHETICAL) inside a sign's words."""
    return any(start <= a and b <= end for a, b in _hedges(words)) or bool(_spans(words[start:end], NOT_HYPOTHETICAL))


def _carer(typed_clauses: list[list[str]], read_clauses: list[list[str]], changed: bool) -> bool:
    """A text written by someone for the person the journal is kept for, and so about that person:
    the writer says so (``_carer_says_so``), or it opens with a relative it tells of as the
    person (``_relative_is_the_person``)."""
    if not read_clauses:
        return False
    first = read_clauses[0]
    lead = first[1:] if first[0] in ("my", "our", "its", "this", "his", "her", "their") else first
    return _carer_says_so(typed_clauses, read_clauses, lead) or _relative_is_the_person(
        typed_clauses, read_clauses, lead, changed
    )


def _carer_says_so(typed_clauses: list[list[str]], read_clauses: list[list[str]], lead: list[str]) -> bool:
    """The writer names themself ("husband here", "carer note", "writing for mum"), opens with a
    carer's role, or speaks of the person only as he or she."""
    if any(_writer_named(typed, words) for typed, words in zip(typed_clauses, read_clauses)):
        return True  # "husband here", "carer note", "... His son writing."
    if _pronoun_first(read_clauses):
        return True  # "she had a fit this morning": nobody else is named, so she is the person
    if len(lead) > 1 and (
        lead[0] in CARER_ROLES and lead[1] not in CARER_TOLD_OF or lead[0] in CARERS and lead[1] in CARED_FOR
    ):
        return True  # "carer: he doesnt know what day it is", "carer: Pat is burning up"
    first = read_clauses[0]
    if first[:1] == ["for"] and len(first) > 3 and first[1] in WRITERS_OWN:
        # "For my wife: she's wheezing" (not "for my wife's birthday", "for my wife we ...")
        if first[2] in CARED_FOR and first[2] not in PERSON_PRONOUNS and first[3] in PERSON_PRONOUNS:
            return True
    if _written_by_for(read_clauses):
        return True  # "typed by my son: mum's wheezing"
    # "writing for mum", in any clause: "mum stared blankly, writing for mum"
    if any(a < 3 and _names_a_carer(words, b) for words in read_clauses for a, b in _spans(words, CARER_OPENERS)):
        return True
    # "I log for my wife", "I type it for him"; not "I log for work"
    return any(
        a < 3 and _for_someone(words, b) for words in read_clauses for a, b in _spans(words, CARER_OPENERS_FOR_SOMEONE)
    )


def _for_someone(words: list[str], b: int) -> bool:
    """One a journal may be kept for just after ``b`` (after "my" or "our" at most), not "he" or "she"."""
    i = b + 1 if b < len(words) and words[b] in WRITERS_OWN else b
    return i < len(words) and words[i] not in ("he", "she") and _cared_for(words[i])


def _written_by_for(read_clauses: list[list[str]]) -> bool:
    """The text opens by saying who typed it ("written by my son", WRITTEN_BY), then speaks of
    another relative, the one it is for ("written by my son: mum's wheezing"; not "typed by my son,
    he had a seizure at school", which is the son's)."""
    first = read_clauses[0]
    opener = next((b for a, b in _spans(first[:3], WRITTEN_BY) if a == 0), 0)
    if not opener or len(first) <= opener:
        return False
    at = opener + 1 if first[opener] in ("my", "our", "her", "his") else opener
    if at >= len(first) or first[at] not in WRITER_TO_PERSON:
        return False
    writer, rest = first[at], first[at + 1 :] or (read_clauses[1] if len(read_clauses) > 1 else [])
    lead = rest[1:] if rest[:1] and rest[0] in WRITERS_OWN else rest
    person = bool(lead) and (lead[0] in WRITER_TO_PERSON[writer] or lead[0][:-1] in WRITER_TO_PERSON[writer])
    # "mum's sister has flu": the sister's
    return person and not (len(lead) > 1 and (lead[1] in OTHER_PEOPLE or lead[1].rstrip("s") in OTHER_PEOPLE))


def _relative_is_the_person(
    typed_clauses: list[list[str]], read_clauses: list[list[str]], lead: list[str], changed: bool
) -> bool:
    """The text opens with a relative (not one by marriage) who had the dose ("my wife is very
    itchy after the infusion") or whose thinking has changed ("dad is muddled ...", "grandad
    burning hot, mumbling rubbish and doesnt know me": a change in thinking is the sign most often
    written down by someone else)."""
    if not lead or not _cared_for(lead[0]):
        return False
    if tuple(word.removesuffix("s") for word in lead[1:3]) == IN_LAW:  # "father-in-law's"
        return False  # "mother in law confused again": a relative by marriage, not the person
    if any(_after_the_dose(words) and "me" not in words for words in read_clauses):
        return True  # the one who had the dose is the person (not "... drove me home after the infusion")
    thinking = CHANGES_IN_THINKING.key
    if thinking in _clause_signs(typed_clauses[0], read_clauses[0], changed, carer=True) and (
        thinking not in _clause_signs(typed_clauses[0], read_clauses[0], changed)
    ):
        return True
    # ... or told in a later clause with no subject of its own ("..., mumbling rubbish")
    return any(
        words[0] not in SELF and thinking in _clause_signs(typed, words, changed)
        for typed, words in zip(typed_clauses[1:], read_clauses[1:])
        if words
    )


def _pronoun_first(read_clauses: list[list[str]]) -> bool:
    """The first person the text speaks of is "he" or "she" (``PERSON_PRONOUNS``), and nobody else
    is named anywhere in it: a carer writing of the person, as a clinical note's "she" is the
    patient ("his face went droopy", "shes got a temp"; not "my son is off school, he has a cold",
    nor "she had a fit at school today, the teacher rang me", a daughter's)."""
    words = [word for clause in read_clauses for word in clause]
    first = next((w for w in words if w in PERSON_PRONOUNS or _person_named(w) or w in THINGS), None)
    # "... my daughter", "the teacher": someone else the pronoun may mean ("wife rang 999" may not)
    return first in PERSON_PRONOUNS and not any(
        _person_named(w) and k and words[k - 1] in INTRODUCED_BY for k, w in enumerate(words)
    )


def _person_named(word: str) -> bool:
    """Someone other than "he" or "she": a person, a relative, a carer, a pet."""
    if word in PERSON_PRONOUNS:
        return False
    return word in OTHER_PEOPLE or word.rstrip("s") in OTHER_PEOPLE or word in CARERS


def _after_the_dose(words: list[str]) -> bool:
    """A clause that ties what it tells to the dose: a link of time (DOSE_LINKS) or a halt said by
    the staff (DOSE_HALTERS, DOSE_HALTS), then nothing or one of DOSE_OWNERS, then a word of the
    dose ("after the infusion", "post infusion", "they've stopped the infusion", "since his
    infusion"); or "of his" or "of her" and the dose ("on the evening of her infusion"): said of the
    relative the text opens with."""
    dose = GROUPS["dose"]
    return any(
        (words[i] in DOSE_LINKS or (words[i] in DOSE_HALTS and i and words[i - 1] in DOSE_HALTERS))
        and (words[i + 1] in dose or (words[i + 1] in DOSE_OWNERS and words[i + 2 : i + 3] and words[i + 2] in dose))
        or words[i] == "of"
        and words[i + 1] in PERSON_PRONOUNS
        and words[i + 2 : i + 3]
        and words[i + 2] in dose
        for i in range(len(words) - 1)
    )


def _writer_named(typed: list[str], words: list[str]) -> bool:
    """A clause in which the writer names themself: who they are, then a mark ("husband here",
    "his son writing", "gareths wife writing", "carer note"); who they are and nothing else, a
    signature ("her son", "from her husband", "(daughter)"); or who they are to the person, then
    the person ("her husband: she keeps gasping", "daughter: mums neck is stiff"; not "my husband
    he has a cold", which is the writer's husband, nor "friend's mum had a seizure", as typed)."""
    # the clause as it is, or after a name ("gareths wife writing"), not after "my" ("my husband he")
    for lead in (words,) if words and words[0] in WRITERS_OWNERS else (words, words[1:]):
        owner = lead[0] if lead and lead[0] in WRITERS_OWNERS else None
        rest = lead[1:] if owner else lead
        possessive = rest[:1] and rest[0].endswith("s") and rest[0][:-1] in OTHER_PEOPLE
        if possessive and rest[1:2] and rest[1] in WRITERS_NOTES:
            return True  # "partner's note: his eyes have gone yellow"
        if not rest or not (rest[0] in OTHER_PEOPLE or rest[0] in CARERS):
            continue
        after = rest[1:]
        whose = typed[len(words) - len(rest)] == rest[0] + "s"  # "friend's mum": a possessive
        named = after and _cared_for(after[0]) and not whose  # "hes", "mums"
        if not after or after[0] in CARER_MARKS or (owner != "my" and named):
            return True
    return False


def _names_a_carer(words: list[str], b: int) -> bool:
    """An opener ending at ``b`` names the writer as one who cares: "writing for"; "i am her"
    only with who she is to them after it ("i am her daughter", not "im his weakness")."""
    if words[b - 1] not in ("his", "her", "the"):
        return True
    return b < len(words) and (words[b] in OTHER_PEOPLE or words[b] in CARERS)


#: Readings kept in the journal (table ``read_cache``), given back without reading again.
_KNOWN: dict[str, tuple[Found, ...]] = {}
_KNOWN_FOR_CARER: dict[str, tuple[Found, ...]] = {}  # the same, for a journal a carer keeps


def read(text: str, carer: bool = False) -> tuple[Found, ...]:
    """Every sign in ``text``, in the order of the vocabulary, whatever the timing.

    Timing is ``alerts.signs_of``'s: infusion-reaction signs are here even far from a dose.
    A text whose reading the journal kept (:func:`remember`) is not read again. ``carer``: the
    journal is kept by someone for the person (``config.writer``), so the people its texts name
    are the person ("Dad had a fit"), as in a text that says a carer wrote it.
    """
    known = (_KNOWN_FOR_CARER if carer else _KNOWN).get(text)
    return known if known is not None else _read(text, carer)


@functools.lru_cache(maxsize=8192)
def _read(text: str, for_carer: bool = False) -> tuple[Found, ...]:
    """``read`` without the kept readings: a carer's header taken off (``_without_header``), each
    clause's signs (``_clause_signs``, or ``_gone_on`` for a clause that goes on about the one
    before; a clause answered by the next one says nothing), then the whole text's: a sign part
    of another or meant in another sense left out (``_in_the_whole``), combinations added
    (``_with_combinations``)."""
    text, for_carer = _without_header(text, for_carer)  # "Paid carer: urine smells strong"
    found: dict[str, Found] = {}
    typed_clauses = clauses(text)
    read_clauses = [[_canonical(token) for token in typed] for typed in typed_clauses]
    # "my usual tingling, but much worse": a change said anywhere in the entry
    changed = any(not _same_said(words, 0, 0) and _unsaid(words, 0, 0, STILL_NEW) for words in read_clauses)
    carer = for_carer or _carer(typed_clauses, read_clauses, changed)
    listed = _list_items(read_clauses, _clauses(text)[1])
    corrected = _corrected(typed_clauses, read_clauses, changed, carer)
    taken_back = _taken_back(read_clauses)
    for n, (typed, words) in enumerate(zip(typed_clauses, read_clauses)):
        after = read_clauses[n + 1] if n + 1 < len(read_clauses) else []
        if n in corrected and n not in taken_back:  # "rash: no, wait, yes": read without its "no"
            typed, words = corrected[n]  # (a clause also taken back is not corrected: its cut is its own)
        start, urgent_kept = taken_back.get(n, (0, False))
        held: dict[str, Found] = {}
        if start:  # "wrote fever by mistake", the clause before "scratch that": what follows is read
            if urgent_kept:  # ... and what needs help now is never taken back, nor what makes it so
                held = _urgent_part(_clause_signs(typed[:start], words[:start], changed, carer))
            typed, words = typed[start:], words[start:]
        if n in listed:
            # an item of a list of signs to watch for: a sign that needs help now is never left out
            said = {k: f for k, f in _clause_signs(typed, words, changed, carer).items() if f.sign.tier == NOW}
            if not said:
                continue
        else:
            # "toilet 9 times since 6am, all watery": a clause of no sign, read after the ones before
            said = _clause_signs(typed, words, changed, carer) or _gone_on(
                typed_clauses, read_clauses, n, changed, carer
            )
        said = {**held, **said}
        seizure_named = bool(SEIZURE_NAMES & set(words))  # never the usual: "another seizure, same as always"
        # "rash, its gone but came back worse": back again after the answer (not "..., rash came back")
        later = read_clauses[n + 2] if n + 2 < len(read_clauses) else []
        back = bool(_spans(later, CAME_BACK)) and not _names(later)
        if after and _answered(after) and not back and corrected.get(n + 1) != ([], []):
            # "fever? - no", "cough, much better now"; but not a seizure named as one, nor a sign
            # that needs help now before a number ("cant breathe, no 2")
            kept = (_unchanged(after) and seizure_named) or after[-1].isdigit()
            # "had a seizure at 6am, none since": none more, not none at all (not "had one seizure in
            # college, none since": no time of this day)
            kept = kept or (_opens(after, NONE_SINCE) and bool(TODAY_TIMES & set(words)))
            said = {k: f for k, f in said.items() if f.sign.tier == NOW} if kept else _passing(said, after)
        if after and _long_ago(after) and not NOW_WORDS & set(words):
            # "back home I had pneumonia, in 2008"; not "seizure today, in 2019"; a year alone
            # never silences a sign that needs help now (it can be this year's)
            said = {k: f for k, f in said.items() if f.sign.tier == NOW and not _spans(after, LONG_AGO)}
        # "my first relapse was 2012, optic neuritis", "... was 2015, the eye one, optic neuritis": the same past
        past = any(_apposition(read_clauses[k], words) for k in _told_before(read_clauses, n))
        for key, sign in said.items():
            if past and sign.sign.tier != NOW and sign.category == NEUROLOGICAL.name:
                continue
            kept = sign.sign.tier == NOW and seizure_named
            usual = sign.category == NEUROLOGICAL.name and not kept and _unchanged(after)
            if not (usual and not changed):
                found.setdefault(key, sign)  # not "numb toes, same as they've been for years"
    # "home from infusion, wiped out": tiredness in one clause, the dose in another
    found.update(_tired_by_the_dose(found, typed_clauses, read_clauses, changed, carer))
    if SEIZURE.key not in found:
        left = _aftermath(typed_clauses, read_clauses, carer)
        if left:  # "came round on the sofa with a sore tongue": what a seizure leaves behind
            found[SEIZURE.key] = Found(SEIZURE, left)
    if WEAKNESS.key in found and (
        any(_has(words, SUDDEN - SUDDEN_HERE_ONLY) for words in read_clauses)
        # "..., all at once": a clause that only says so, just after the weakness
        or any(
            _only_sudden(read_clauses[n]) and _names(read_clauses[n - 1], WEAKNESS.key)
            for n in range(1, len(read_clauses))
        )
    ):
        # "all of a sudden she couldnt stand, left arm and leg just gave way": sudden in another clause
        found[SUDDEN_WEAKNESS.key] = Found(SUDDEN_WEAKNESS, found.pop(WEAKNESS.key).words)
    found = _with_combinations(_in_the_whole(found, read_clauses))
    order = {sign.key: n for n, sign in enumerate(SIGNS)}
    return tuple(sorted(found.values(), key=lambda f: order.get(f.sign.key, len(order))))


_THE_DOSE = ("after", "the", "infusion")  # what a clause tied to the dose is read with


def _tired_by_the_dose(
    found: dict[str, Found], typed_clauses: list[list[str]], read_clauses: list[list[str]], changed: bool, carer: bool
) -> dict[str, Found]:
    """Tiredness in a clause of its own, read as if it said the dose another clause ties the text
    to ("home from infusion, wiped out"); not a thing done ("wiped the kitchen down", "shattered my
    phone screen"), nor a clause that calls it the person's usual. Empty when ``found`` has it."""
    if TIRED_BY_THE_DOSE.key in found or not _tied_to_the_dose(read_clauses):
        return {}
    for typed, words in zip(typed_clauses, read_clauses):
        tied = _clause_signs([*typed, *_THE_DOSE], [*words, *_THE_DOSE], changed, carer).get(TIRED_BY_THE_DOSE.key)
        told = tied.words.removesuffix(" " + " ".join(_THE_DOSE)) if tied else ""
        mine = not (carer and SELF & set(words))  # (not a carer's "I'm shattered")
        if told and mine and not (OWNERS | CAUSE_LINKS) & set(told.split()) and not _after_the_dose(words):
            return {TIRED_BY_THE_DOSE.key: Found(TIRED_BY_THE_DOSE, told)}
    return {}


def _tied_to_the_dose(read_clauses: list[list[str]]) -> bool:
    """A clause ties the text to the dose and says nothing else of it ("home from infusion"; not
    "nothing new after the infusion"), and no clause calls anything the person's usual."""
    return any(
        _after_the_dose(words) and not (NEGATIONS | DOSE_TO_COME) & set(words) for words in read_clauses
    ) and not any(_same_said(words, 0, 0) for words in read_clauses)


_HEADER = re.compile(r"\s*[(\[]?([^:()\[\]\n]{1,40}?)\s*[:)\]]")


def _without_header(text: str, carer: bool) -> tuple[str, bool]:
    """A text headed by a carer (``_carer_header``) without its header, and read as a carer's."""
    header, dictated = _carer_header(text)
    if dictated:
        return text[header:], False  # "Mum dictating: I can't swallow": she is the writer
    return (text[header:], True) if header else (text, carer)


def _carer_header(text: str) -> tuple[int, bool]:
    """Where a carer's header ends (0: the text has none), and whether the person dictates it: a
    few words (CARER_HEADER_WORDS at
    most) that end in one of CARER_ROLES after a kind of carer or whose (CARER_KINDS, "dads"), or
    one the journal may be kept for then one of HEADER_MARKS, or for (my or our) and that one when
    the text names no my or our, then a colon or a bracket ("Paid carer: ...", "Dad's carer: ...",
    "(night carer)", "Mum dictating: ...", "for Dad: ..."; not "My carer: off sick with flu", "Rang
    the carer: she has covid", "for Mum: my sister has flu")."""
    header = _HEADER.match(text)
    if header is None:
        return 0, False
    words = re.findall(TOKENS, _plain(header[1]))
    if not 0 < len(words) <= CARER_HEADER_WORDS:
        return 0, False
    whose = all(word in CARER_KINDS or _cared_for(word) for word in words[:-1])
    role = words[-1].removesuffix("s") in CARER_ROLES and whose
    told = len(words) == 2 and words[-1] in HEADER_MARKS and _cared_for(words[0])
    body = set(re.findall(TOKENS, _plain(text[header.end() :])))
    # "for Dad: after the drip he came out in hives" (not "for Mum: my sister has flu")
    kept_for = words[0] == "for" and words[-1] not in PERSON_PRONOUNS and _cared_for(words[-1])
    kept_for = kept_for and not body & WRITERS_OWN and (len(words) == 2 or words[1] in WRITERS_OWN)
    return (header.end(), told) if role or told or kept_for else (0, False)


def _goes_on(words: list[str]) -> bool:
    """A short clause that only goes on about what the clause before named ("all watery", "stings
    every time", "hot and swollen"): GOES_ON's words or numbers, one of GOES_ON_SAYS among them."""
    return (
        len(words) <= GOES_ON_WORDS
        and all(word in GOES_ON or word[0].isdecimal() for word in words)
        and any(word in GOES_ON_SAYS for word in words)
    )


def _gone_on(
    typed_clauses: list[list[str]], read_clauses: list[list[str]], n: int, changed: bool, carer: bool
) -> dict[str, Found]:
    """The signs of clause ``n``, one that goes on about what the clauses before it named
    (``_goes_on``: "toilet 9 times since 6am, all watery"), read after them, or after them and one
    of their words again ("... toilet all watery"): those that no phrase of the clauses before
    names, said or not ("no fever, just hot" is not a fever), no infection after the dose's
    site (GOES_ON_NOT_AFTER: "red patch where it went in, hot to touch"), none that needs help now
    (a lip bitten, "now swollen", is no swelling of the throat: such a sign is said, not implied)."""
    if not (n and _goes_on(read_clauses[n])):
        return {}
    first = n - 1
    while first and _goes_on(read_clauses[first]):
        first -= 1
    before_typed = [t for k in range(first, n) for t in typed_clauses[k]]
    before = [w for k in range(first, n) for w in read_clauses[k]]
    named = {phrase[SIGN].key for phrase, _ in _matched(before) if phrase[SIGN] is not None}
    typed, words = typed_clauses[n], read_clauses[n]
    said = _clause_signs(before_typed + typed, before + words, changed, carer)
    opens = _phrases()[0]  # only a word that opens a phrase can make a new one with the clause
    for i, word in enumerate(before):
        if word not in opens:
            continue
        # the word again just before the clause: all that the clauses before say still reaches it
        # ("in 2019 I was on the toilet 10 times a day, all watery" stays the past)
        again = _clause_signs([*before_typed, before_typed[i], *typed], [*before, word, *words], changed, carer)
        for key, one in again.items():
            said.setdefault(key, one)
    # "red patch where it went in, hot to touch": the site of the dose, not an infected wound
    site = bool(_spans(before, GOES_ON_NOT_AFTER))
    return {
        key: one
        for key, one in said.items()
        if key not in named and one.sign.tier != NOW and not (site and one.category == INFECTION.name)
    }


def _corrected(
    typed_clauses: list[list[str]], read_clauses: list[list[str]], changed: bool, carer: bool
) -> dict[int, tuple[list[str], list[str]]]:
    """The clauses whose "no" a later clause takes back ("..., actually I am", "wait, yes"), each
    as read without its negations: the nearest of CORRECTED_REACH clauses before the correction
    whose negation hid a sign."""
    found: dict[int, tuple[list[str], list[str]]] = {}
    for m, words in enumerate(read_clauses):
        opener = next((b for a, b in _spans(words, CORRECTED) if a == 0), None)
        if opener == len(words) and m + 1 < len(read_clauses):  # "..., wait, yes"
            words, opener = words + read_clauses[m + 1], len(words)
        affirmed = next((b for a, b in _spans(words, AFFIRMED) if a == opener), None)
        rest = [w for w in words[affirmed or 0 :] if w not in FILLER and not w.isdigit()]
        if not opener or not affirmed or _names(words) or len(rest) > CORRECTED_AFTER:
            continue  # not "no rash, actually it is fine", "actually im doing really well"
        for n in range(m - 1, max(-1, m - 1 - CORRECTED_REACH), -1):
            if n and _only_no(read_clauses[n]):  # "rash: no, wait, yes": the clause the "no" answered
                found[n - 1] = (typed_clauses[n - 1], read_clauses[n - 1])
                found[n] = ([], [])
                break
            keep = [i for i, w in enumerate(read_clauses[n]) if w not in NEGATIONS and w not in ANSWERED_NO]
            typed = [typed_clauses[n][i] for i in keep]
            plain = [read_clauses[n][i] for i in keep]
            unsaid = _clause_signs(typed, plain, changed, carer)
            hidden = unsaid.keys() - _clause_signs(typed_clauses[n], read_clauses[n], changed, carer).keys()
            if hidden:
                if len({unsaid[key].words for key in hidden}) == 1:
                    found[n] = (typed, plain)  # one sign ("not short of breath"), not "no wheeze or rash"
                break
    return found


def _urgent_part(said: dict[str, Found]) -> dict[str, Found]:
    """The signs of ``said`` that need help now, alone or together ("stiff neck and fever 39.
    ignore that": the two make a combination that does): all of them when they make one."""
    if any(f.sign.tier == NOW for f in _with_combinations(dict(said)).values()):
        return said
    return {}


def _taken_back(read_clauses: list[list[str]]) -> dict[int, tuple[int, bool]]:
    """The clauses that words of taking back reach, each with where what it still says starts, and
    whether its signs that need help now stay all the same: in its own clause, what follows "wrote
    fever by mistake" (RETRACTED, after a word of writing it down; urgent signs stay) or "scratch
    that" (RETRACTED_HERE; nothing when "about" follows: it names what it takes back); the clause
    before one of these or of RETRACTED_OPENING that opens its clause ("..., I meant I went for two
    runs"), but for its urgent signs."""
    back: dict[int, tuple[int, bool]] = {}
    for m, words in enumerate(read_clauses):
        for a, b in _spans(words, RETRACTED):
            if _has(words[:a], LOGGED_WORDS):  # "wrote fever by mistake"; not "used his inhaler by mistake"
                back[m] = (b, True)  # what needs help now is kept
        opening = [(a, b) for a, b in _spans(words, RETRACTED_HERE | RETRACTED_OPENING) if a == 0]
        if not opening:
            continue
        b = opening[0][1]
        if " ".join(words[:b]) in RETRACTED_HERE:
            # "scratch that about the double vision", "ignore that last message about the fever": it
            # names what it takes back, in its own clause, and not the clause before
            named = bool(RETRACTED_ABOUT & set(words[b:]))
            back[m] = (len(words) if named else b, False)
            if named or (b < len(words) and words[b] in EARLIER_MESSAGE):
                continue
        elif b < len(words) and words[b] in INTENDED:
            continue  # "i meant to ring 111 earlier": an intention
        if m:
            back[m - 1] = (len(read_clauses[m - 1]), True)  # only what needs help now stays
    return back


def _aftermath(typed_clauses: list[list[str]], read_clauses: list[list[str]], carer: bool) -> str | None:
    """The words of one event and one mark on the body that a seizure leaves behind, or of both
    marks (``AFTERMATH_EVENTS``, ``AFTERMATH_MARKS``), each the writer's, not negated, not told of
    the past or as a worry, and not given a cause in its clause ("sore tongue from the hot tea");
    None without them."""
    said: dict[str, str] = {}
    for typed, words in zip(typed_clauses, read_clauses):
        if _has(words, AFTERMATH_EXCUSES) or _has(words, PAST) or _hypothetical(words, len(words)):
            continue
        for table in (AFTERMATH_EVENTS, AFTERMATH_MARKS):
            for kind, cues in table.items():
                for a, b in _spans(words, cues):
                    negated = _cue_before(words, a, NEGATIONS, NEGATION_REACH)
                    theirs = kind not in AFTERMATH_HEARD and _someone_elses(words, a, carer)
                    # a cause after it ("from the hot tea"), not where it came from ("from my tongue")
                    caused = any(
                        words[k] in CAUSES_INSIDE and "tongue" not in words[k + 1 : k + 3] for k in range(b, len(words))
                    )
                    if kind not in said and not (negated or theirs or caused):
                        said[kind] = " ".join(typed[a:b])
    events = [said[kind] for kind in AFTERMATH_EVENTS if kind in said]
    marks = [said[kind] for kind in AFTERMATH_MARKS if kind in said]
    return " + ".join(events + marks) if marks and (events or len(marks) == len(AFTERMATH_MARKS)) else None


def _has_a_subject(words: list[str]) -> bool:
    """A clause that names who it tells of, or says now: not one that only goes on with the
    clause before ("..., shivering and moaning"; not "..., I'm shivering", "..., now coughing")."""
    return any(word in GOES_ON_STOPS or word in OTHER_PEOPLE or _cared_for(word) for word in words)


def _seizure_kept(words: list[str], start: int, end: int) -> bool:
    """A sign that needs help now that no cue of the usual silences: a seizure named as one
    ("another seizure, same as always"), or one whose only such cue says how long it went on
    ("went stiff then jerked for ages"); not "legs went stiff as usual" (spasms)."""
    if SEIZURE_NAMES & set(words):
        return True
    spans = [(a, b) for a, b in _spans(words, NOT_NEW) if b <= start or a >= end]
    return bool(spans) and all(a == end and " ".join(words[a:b]) in HOW_LONG for a, b in spans)


def _only_sudden(words: list[str]) -> bool:
    """A clause that only says how the one before came on ("..., all at once")."""
    return _only(words, _spans(words, SUDDEN))


def _only(words: list[str], spans: Iterable[tuple[int, int]]) -> bool:
    """A clause whose words, besides FILLER, are all inside one of ``spans`` (a cue's)."""
    said = {i for i, w in enumerate(words) if w not in FILLER}
    return bool(said) and any(said <= set(range(a, b)) for a, b in spans)


def _aside(words: list[str]) -> bool:
    """A clause of a few words (APPOSITION_WORDS besides FILLER) that says nothing of now."""
    return len([w for w in words if w not in FILLER]) <= APPOSITION_WORDS and not NOW_WORDS & set(words)


def _told_before(read_clauses: list[list[str]], n: int) -> list[int]:
    """The clause just before clause ``n``, and the one before that when the one between only names
    something in a few words and no sign ("my first relapse was 2015, the eye one, ...")."""
    if not n:
        return []
    between = read_clauses[n - 1]
    naming = _aside(between) and between[0] in APPOSITION_OPENERS  # "the eye one"; not "ugh" or "touch wood"
    if n > 1 and naming and not _names(between):
        return [n - 1, n - 2]
    return [n - 1]


def _long_ago(words: list[str]) -> bool:
    """A clause of a few words that only dates the one before it long past ("..., in 2008", "...,
    as a child"), naming no sign and nothing of now."""
    if not _aside(words) or _names(words):
        return False
    return _only(words, [*_spans(words, LONG_AGO), *((k, k + 2) for k in _dated(words))])


def _apposition(before: list[str], words: list[str]) -> bool:
    """A clause of a few words that only names what the clause before, told of the past with a
    neurological sign in it, was ("my first relapse was 2012, optic neuritis"). Only neurological
    signs are dropped, and never one that needs help now ("had flu last year. fever 39", "had a
    bad reaction last time. throat swelling" are now)."""
    if not _aside(words) or not _past(before):
        return False
    return any(
        phrase[SIGN] is not None and phrase[SIGN].category == NEUROLOGICAL.name for phrase, _ in _matched(before)
    )


def _in_the_whole(found: dict[str, Found], read_clauses: list[list[str]]) -> dict[str, Found]:
    """The signs of a text without those that are part of another sign found (a seizure's
    shaking), or meant in another sense that the text names (chills from a film)."""
    for whole, parts in PART_OF.items():
        if whole in found:
            for part in parts:
                found.pop(part, None)  # blacked out and shaking: the seizure's shaking
    # a word just after "like" is a likeness, and after a negation ruled out, not the other sense
    # ("red like a menopausal tomato", "eyes look yellow, not the lighting")
    said = {
        word
        for words in read_clauses
        for i, word in enumerate(words)
        if not any(w == "like" or w in NEGATIONS for w in words[max(0, i - 2) : i])
    }
    for key, senses in OTHER_SENSES.items():
        if not (senses & said and key in found):
            continue
        if found[key].sign.tier != NOW:
            if not _hoped(read_clauses, senses):  # "yellow, hope it's just the lighting": no cause said
                found.pop(key)  # chills from a film
        elif key in SENSE_IN_CLAUSE and not any(senses & set(words) and _names(words, key) for words in read_clauses):
            continue  # "had a seizure in the street, police called an ambulance": another clause's police
        elif len(found[key].words.split()) <= OTHER_SENSE_WORDS or LAUGHTER & said:
            found.pop(key)  # "cant breathe lol"; not "out of breath sitting on the sofa lol"
    return found


def _names(words: list[str], key: str | None = None) -> bool:
    """Whether a clause names a sign (the sign of ``key``, when given)."""
    return any(phrase[SIGN] is not None and key in (None, phrase[SIGN].key) for phrase, _ in _matched(words))


def _hoped(read_clauses: list[list[str]], senses: frozenset[str]) -> bool:
    """A word of another sense just after a hope ("hope it's just the lighting"): a doubt, not a cause."""
    return any(
        word in senses and HOPES & set(words[max(0, i - HOPE_REACH) : i])
        for words in read_clauses
        for i, word in enumerate(words)
    )


def _with_combinations(found: dict[str, Found]) -> dict[str, Found]:
    """The signs of a text with the combinations they make (each with the words of its parts)."""
    keys = set(found)
    for combination in COMBINATIONS:
        if keys & combination.first and keys & combination.second:
            sign = Sign(combination.key, combination.category, combination.tier, (), combination.advice)
            words = " and ".join(found[k].words for k in sorted(keys & (combination.first | combination.second)))
            found[combination.key] = Found(sign, words)
    return found


# -- readings kept in the journal ---------------------------------------------------------
#
# ``status --short`` runs at every shell start-up and must start as fast as ``feel``: reading the
# notes of the alert window through the matcher costs more than the command. So each command that
# writes and reads texts keeps what it read (text -> the signs' keys and words) in the journal, under
# the matcher's version (a hash of this file and vocabulary.py), and later readers take it back.


@functools.cache
def matcher_version(carer: bool = False) -> str:
    """A short hash of the matcher's code and vocabulary: a kept reading of another version is not
    used (nor one read for a carer's journal, ``carer``, in the person's own, or the other way)."""
    import zlib  # a checksum is enough here, and costs no hashlib at start-up
    from pathlib import Path

    here = Path(__file__)
    code = "-".join(f"{zlib.crc32(here.with_name(name).read_bytes()):08x}" for name in ("signs.py", "vocabulary.py"))
    return code + "-carer" if carer else code


@functools.cache
def _signs_by_key() -> dict[str, Sign]:
    known = {sign.key: sign for sign in SIGNS}
    for combination in COMBINATIONS:
        known[combination.key] = Sign(combination.key, combination.category, combination.tier, (), combination.advice)
    return known


def kept_form(found: tuple[Found, ...]) -> str | None:
    """A reading as the journal keeps it (a key and its words a line), None when it cannot be kept."""
    signs_known = _signs_by_key()
    if any(signs_known.get(f.sign.key) != f.sign or "\t" in f.words or "\n" in f.words for f in found):
        return None
    return "\n".join(f"{f.sign.key}\t{f.words}" for f in found)


def remember(kept: dict[str, str], carer: bool = False) -> None:
    """Take back readings the journal kept (text -> :func:`kept_form`), read for a carer's journal or not."""
    signs_known = _signs_by_key()
    known = _KNOWN_FOR_CARER if carer else _KNOWN
    for text, form in kept.items():
        pairs = [line.split("\t", 1) for line in form.split("\n")] if form else []
        if all(key in signs_known for key, _ in pairs):
            known[text] = tuple(Found(signs_known[key], words) for key, words in pairs)


def readings(texts: Iterable[str], carer: bool = False) -> dict[str, str]:
    """The readings of ``texts`` to keep (those that can be kept)."""
    kept: dict[str, str] = {}
    for text in texts:
        form = kept_form(read(text, carer))
        if form is not None:
            kept[text] = form
    return kept


def classify(name: str, *, near_dose: bool) -> Category | None:
    """The most urgent category of a text, or None (``near_dose``: reaction signs count)."""
    kept = [f for f in read(name) if f.category != INJECTION.name and (near_dose or f.category != REACTION.name)]
    if not kept:
        return None
    best = min(kept, key=lambda f: (TIER_RANK[f.sign.tier], [c.name for c in CATEGORIES].index(f.category)))
    return BY_NAME[best.category]


def _list_opener(words: list[str]) -> tuple[str, ...] | None:
    """A clause that opens a list of signs to watch for: a condition or instruction cue, then
    signs that end the clause ("ring the unit if I get a rash"); the keys of the signs it names.
    Not a worry or a question ("worried about a relapse", "should I ring about the rash")."""
    if not _spans(words, LIST_CUES):
        return None  # most clauses: no cue, so nothing to match
    named = [(p, pos) for p, pos in _matched(words) if p[SIGN] is not None]
    if not named or _question(words):
        return None
    if max(pos[-1] for _, pos in named) + 1 != len(words):
        return None
    first = min(pos[0] for _, pos in named)
    if any(
        not (a and words[a - 1] == "what")
        and words[b : b + 1] != ["anything"]  # "if anything": a hedge
        and words[b : b + 1] != ["of"]  # "stayed home in case of covid, fever, cough": a reason, not a list
        and not LIST_GUESSES & set(words[b:first])  # "in case its flu": a guess at a cause
        and not LIST_ASKED & set(words[:a])  # "nurse asked if i had ...": a check-in
        for a, b in _reaching(words, first, LIST_CUES)
    ):
        return tuple(p[SIGN].key for p, _ in named)
    return None


def _list_items(read_clauses: list[list[str]], starts: tuple[bool, ...]) -> set[int]:
    """The clauses that are items of a list of signs to watch for ("ring if I get a rash, itching,
    a temperature"): short clauses after its opener, each naming signs not named before, with no
    subject, time or event of their own, in the opener's sentence."""
    items: set[int] = set()
    n = 0
    while n < len(read_clauses):
        keys = _list_opener(read_clauses[n])
        if keys is None:
            n += 1
            continue
        seen, m = set(keys), n + 1
        while m < len(read_clauses):
            words = read_clauses[m]
            named = {p[SIGN].key for p, _ in _matched(words) if p[SIGN] is not None}
            if (
                starts[m]
                or _has_a_subject(words)
                or len(words) > LIST_ITEM_WORDS
                or not named
                or named & seen
                or LIST_STOPS & set(words)
                or any(w[0].isdigit() for w in words)
            ):
                break
            seen |= named
            items.add(m)
            m += 1
        n = m
    return items
