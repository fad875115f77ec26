"""The terminal: user text made safe for it (the one function every echoed line uses), and
the width below which output is laid out in blocks.

A note, a symptom name or a premedication may hold control characters (typed,
pasted, or brought in by ``import``): ``ESC [2J`` clears the screen, ``ESC ]0;``
retitles the window. Shown on a terminal, each control character but newline
and tab becomes ``\\xNN``. JSON and CSV output keep the text exactly.
"""

from __future__ import annotations

#: Below this many columns the report and the log are blocks of lines instead of tables.
NARROW = 72


def _control(char: str) -> bool:
    code = ord(char)
    return (code < 32 and char not in "\n\t") or 127 <= code < 160


def terminal_text(text: str) -> str:
    text = text.replace("\r\n", "\n")
    if not any(_control(c) for c in text):
        return text
    return "".join(f"\\x{ord(c):02x}" if _control(c) else c for c in text)


def wrap_words(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    """``text`` as lines of at most ``width``, broken at spaces only: a word longer than a line is
    left whole, never cut in two (every command's way of wrapping what a person reads)."""
    import textwrap  # here, not at import: feel never wraps

    return textwrap.wrap(
        text,
        width,
        initial_indent=initial_indent,
        subsequent_indent=subsequent_indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def fit(text: str, width: int, *, lines: int, indent: str = "", screen: bool = False) -> str:
    """``text`` in at most ``lines`` lines of ``width``, broken at spaces; what does not fit is
    cut at a space and ends in an ellipsis. ``screen``: ``width`` is the terminal's, so a single word
    longer than a line (a web address) is shortened too, rather than cut by the terminal at its edge.
    Lines after the first are indented like the first."""
    wrapped = wrap_words(text, width)
    if len(wrapped) > lines:
        last = " ".join(wrapped[lines - 1 :])
        keep = wrap_words(last, width - 1)[0]
        wrapped = [*wrapped[: lines - 1], keep + "…"]
    if screen:  # the width is the screen's: a "word" longer than a line (a web address) is shortened
        wrapped = [line if len(line) <= width else line[: width - 1] + "…" for line in wrapped]
    return "\n".join(indent + line for line in wrapped)
