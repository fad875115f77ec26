"""Counts in words: ``plural(1, "entry", "entries")`` is "1 entry", never "1 entries".

Every message that counts something goes through :func:`plural` (or, for
the report's words, ``wording.days_text``, which is the same rule); a test
runs each counted message with 1 and 2. Standard library only: ``feel`` may
import it.
"""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """``plural(1, "day")`` is "1 day", ``plural(2, "day")`` "2 days"; ``many`` for an
    irregular plural: ``plural(2, "entry", "entries")`` is "2 entries"."""
    return f"{count} {one if count == 1 else (many if many is not None else one + 's')}"


#: The nouns an importer's reason for skipping rows counts, in the plural (``counted``).
COUNTED_NOUNS = frozenset(
    {"rows", "records", "measurements", "notes", "ratings", "symptoms", "temperatures", "values", "elements", "items"}
)


def counted(count: int, phrase: str) -> str:
    """A count before a phrase whose counted noun agrees with it: ``counted(1, "mood rows")`` is "1
    mood row", ``counted(2, "symptoms rated 0")`` "2 symptoms rated 0" (the importers' reasons for
    skipping rows are written in the plural; the first of COUNTED_NOUNS in it is the one counted)."""
    if count != 1:
        return f"{count} {phrase}"
    words = phrase.split(" ")
    at = next((i for i, word in enumerate(words) if word in COUNTED_NOUNS), None)
    if at is not None:
        words[at] = words[at][:-1]
    return f"{count} {' '.join(words)}"
