"""The report looks the same however it is rendered: plain-text snapshots of what it prints.

``tests/snapshots/report-CASE-WIDTH.txt`` holds the report of each journal below, printed to
a file (no colour) at the widths around the narrow layout and two ordinary ones, and
``report-CASE-100-truecolor.txt`` the same at 100 columns on a colour terminal (the escape
sequences as Rich writes them). A change that alters what a person sees fails here with a
unified diff; a change meant to alter the report regenerates the snapshots, once, with
``OCRELOG_REGENERATE_RENDER=1 pytest tests/test_report_render.py``, and the diff goes in the
commit for review.

The journals are fixed in time (``TODAY``), so the findings and their dates never move. The
snapshots are of the Rich pinned in the ``test`` extra (pyproject.toml); another Rich may draw
differently, which is why it is pinned there.
"""

from __future__ import annotations

import difflib
import io
import os
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from ocrelog import queries
from ocrelog.entries import Entry
from ocrelog.journal import Journal
from ocrelog.report import print_report
from ocrelog.terminal import NARROW
from ocrelog.usecases.review import demo_findings

TODAY = date(2026, 6, 15)
SNAPSHOTS = Path(__file__).parent / "snapshots"
REGENERATE = bool(os.environ.get("OCRELOG_REGENERATE_RENDER"))
#: Plain (a file or a pipe): a phone-sized terminal, both sides of the narrow layout's edge, two ordinary ones.
PLAIN_WIDTHS = (40, NARROW - 1, NARROW, 100, 150)
#: One colour terminal, where the flags and alerts get their styles.
TRUECOLOR = {"force_terminal": True, "color_system": "truecolor"}

def day(offset: int) -> str:
    return (TODAY - timedelta(days=offset)).isoformat()


def dose(offset: int, mg: int = 600, note: str | None = None) -> Entry:
    return Entry(type="infusion", date=day(offset), value=mg, note=note)


def scores(start: int, values: list[int]) -> list[Entry]:
    """Fatigue from ``start`` days ago on, one a day."""
    return [Entry(type="fatigue", date=day(start - n), value=v) for n, v in enumerate(values)]


def usual(start: int, days: int, seed: int = 0) -> list[Entry]:
    return scores(start, [2 + (n * 7 + seed) % 3 for n in range(days)])


def demo(journal: Journal) -> tuple:
    return demo_findings(journal, TODAY), []


def demo_handled_and_scales(journal: Journal) -> tuple:
    found, _ = demo(journal)
    fever = next(a for a in found.alerts if a.entry_id is not None)
    journal.mark_handled(fever.entry_id, TODAY - timedelta(days=3), "GP saw it, [bold]antibiotics[/bold] :thumbs_up:")
    journal.add_many([
        Entry(type="scale", date=day(40), name="fss", value=4.4),
        Entry(type="scale", date=day(10) + "T09:00", name="mfis", value=42,
              subscales=(("physical", 20), ("cognitive", 18), ("psychosocial", 4))),
        Entry(type="scale", date=day(5), name="mfis5", value=11),
    ])
    return queries.findings(journal, TODAY), queries.latest_scales(journal)


def no_dose(journal: Journal) -> tuple:
    """Scores and a warning sign, no dose: one line instead of the table, and the alerts."""
    journal.add_many([*usual(60, 60), Entry(type="symptom", date=day(4), name="fever", note="38.4 C :fire:")])
    return queries.findings(journal, TODAY), queries.latest_scales(journal)


def no_dose_in_period(journal: Journal) -> tuple:
    demo(journal)
    return queries.findings(journal, TODAY).since(TODAY), [Entry(type="scale", date=day(1), name="fss", value=5.1)]


def ongoing_and_odd_text(journal: Journal) -> tuple:
    """An episode still going, a symptom with markup, wide characters and a control character."""
    entries = [dose(400, 300), *usual(430, 25), *scores(400, [6, 7, 7, 6, 5, 5, 3]), *usual(393, 180, 1)]
    entries += [dose(386, 300), *scores(386, [5, 6, 3]), *usual(383, 200, 2)]
    entries += [dose(6, note="chair [red]4[/red]"), *scores(6, [7, 8, 9, 8, 7, 7])]
    entries += [
        Entry(type="symptom", date=day(5), name="[red]rash[/red] :smile:"),
        Entry(type="symptom", date=day(4), name="頭痛 and 🤒 headache"),
        Entry(type="symptom", date=day(3), name="tingling\x1b[2J in the feet, a very long symptom name indeed"),
        Entry(type="temperature", date=day(2) + "T19:00", value=38.6, note="felt\x07 hot"),
    ]
    journal.add_many(entries)
    return queries.findings(journal, TODAY), queries.latest_scales(journal)


def overdue_years(journal: Journal) -> tuple:
    """Six years of doses, the last one long ago: the next dose overdue, no alerts."""
    entries: list[Entry] = []
    for n in range(12):
        start = 3000 - n * 182
        entries.append(dose(start, (600, 920, 1200)[n % 3]))
        entries += usual(start + 28, 28, n) if n % 2 else scores(start + 14, [2, 3] * 7)
        pattern = [[5, 6, 3], [6, 7, 7, 6, 5, 5, 3], [7, 9, 8, 7, 6, 6, 5, 3], [4, 3, 2]][n % 4]
        entries += scores(start, pattern)
        entries += usual(start - len(pattern), 40, n)
        if n % 3 == 1:
            entries.append(Entry(type="symptom", date=day(start - 1), name="fever"))
    journal.add_many(entries)
    return queries.findings(journal, TODAY), queries.latest_scales(journal)


def booked_no_scores(journal: Journal) -> tuple:
    """A dose with no scores at all, and the next one booked."""
    journal.add_many([dose(100), Entry(type="planned", date=day(-80), value=600)])
    return queries.findings(journal, TODAY), queries.latest_scales(journal)


CASES: dict[str, Callable[[Journal], tuple]] = {
    "demo": demo,
    "demo_handled_and_scales": demo_handled_and_scales,
    "no_dose": no_dose,
    "no_dose_in_period": no_dose_in_period,
    "ongoing_and_odd_text": ongoing_and_odd_text,
    "overdue_years": overdue_years,
    "booked_no_scores": booked_no_scores,
}


def rendered(found, scales, width: int, encoding: str = "utf-8", **console_options) -> str:
    file = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="backslashreplace")
    console = Console(file=file, width=width, highlight=False, **console_options)
    print_report(console, found, scales)
    file.flush()
    return file.buffer.getvalue().decode(encoding)


@pytest.fixture(autouse=True)
def written_on_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every entry is written into the journal at noon on ``TODAY``, so a sign "logged N days
    after it happened" counts from that day, not from the day the suite runs."""
    monkeypatch.setattr("ocrelog.journal._now_utc", lambda: f"{TODAY.isoformat()}T12:00:00+00:00")


@pytest.fixture(autouse=True)
def no_colour_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich reads these from the environment; the modes above say everything instead."""
    for variable in ("NO_COLOR", "FORCE_COLOR", "TERM", "COLORTERM", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(variable, raising=False)


def snapshots(case: str, tmp_path: Path) -> dict[str, str]:
    """The report of ``case`` as printed at each checked width and mode, by snapshot file name."""
    with Journal.open(tmp_path / f"{case}.db", write=True) as journal:
        found, scales = CASES[case](journal)
    shots = {f"report-{case}-{width}.txt": rendered(found, scales, width) for width in PLAIN_WIDTHS}
    shots[f"report-{case}-100-truecolor.txt"] = rendered(found, scales, 100, **TRUECOLOR)
    return shots


def visible(text: str) -> str:
    """Escape sequences and other control characters written out, so a diff shows them."""
    return "".join(c if c.isprintable() or c == "\n" else repr(c)[1:-1] for c in text)


@pytest.mark.parametrize("case", CASES)
def test_the_report_prints_as_its_snapshots(case: str, tmp_path: Path) -> None:
    for name, got in snapshots(case, tmp_path).items():
        path = SNAPSHOTS / name
        if REGENERATE:
            SNAPSHOTS.mkdir(exist_ok=True)
            path.write_text(got, encoding="utf-8", newline="")
            continue
        assert path.exists(), f"no snapshot {path.name}: run with OCRELOG_REGENERATE_RENDER=1 and review it"
        with path.open(encoding="utf-8", newline="") as file:
            want = file.read()
        if got != want:
            diff = difflib.unified_diff(visible(want).splitlines(keepends=True),
                                        visible(got).splitlines(keepends=True),
                                        f"tests/snapshots/{name}", "printed now")
            pytest.fail(f"the report changed ({name}):\n{''.join(diff)}", pytrace=False)


def test_every_snapshot_belongs_to_a_case(tmp_path: Path) -> None:
    """No snapshot is left behind by a case that was renamed or removed."""
    names = {f"report-{case}-{width}.txt" for case in CASES for width in PLAIN_WIDTHS}
    names |= {f"report-{case}-100-truecolor.txt" for case in CASES}
    assert {p.name for p in SNAPSHOTS.glob("report-*.txt")} == names


def test_the_cases_show_what_they_are_for(tmp_path: Path) -> None:
    """The journals above hold what the check is meant to cover (alerts, flags, scales, ...)."""
    seen = {}
    for case in CASES:
        with Journal.open(tmp_path / f"{case}.db", write=True) as journal:
            found, scales = CASES[case](journal)
        seen[case] = rendered(found, scales, 100)
    out = " ".join(" ".join(seen.values()).split())
    for words in ("Warning signs logged", "handled on", "severe:", "prolonged:", "not flagged:",
                  "(still going)", "symptoms:", "Latest questionnaires:", "No dose recorded yet",
                  "No doses recorded in that period", "overdue", "Booked:", "no fatigue scores logged",
                  "second half of the course", "[red]rash[/red] :smile:", "頭痛", "\\x1b[2J"):
        assert words in out, words
    assert "Warning signs" not in seen["overdue_years"]
    with Journal.open(tmp_path / "narrow.db", write=True) as journal:
        narrow = rendered(*demo(journal), 60)
    assert "Fatigue after each dose" in narrow and "dose date" not in narrow  # blocks, not a table


def test_a_finding_laid_out_line_by_line_prints_as_rich_lays_it_out() -> None:
    """report._wrapped makes the segments of the lines that fit itself: for any lines (wide,
    zero-width and combining characters, tabs, spaces at the end, lines too long), at any width
    and colour mode, the table's cell prints them as it prints Rich's own layout of the finding
    (a space either side, padded to the column)."""
    from hypothesis import example, given, reject, settings
    from hypothesis import strategies as st
    from rich.segment import Segment

    from ocrelog.report import FLAG_STYLES, _as_text, _wrapped

    letters = st.sampled_from(
        ["a", "e", "fever", " ", "  ", "\u0301", "\u0301" * 6, "\u200d", "\u00a0", "\u2028", "頭痛", "\t", "x" * 30, "-"]
    )
    line = st.lists(letters, max_size=12).map("".join)
    style = st.sampled_from([None, "dim", *FLAG_STYLES.values()])

    class Cell:  # as the table lays out a cell of pre-laid lines: cropped and padded to its width
        def __init__(self, lines: list[list[Segment]], width: int) -> None:
            self.lines, self.width = lines, width

        def __rich_console__(self, console, options):  # type: ignore[no-untyped-def]
            space = Segment(" ")
            segments = [s for line in self.lines for s in (space, *line, space, Segment.line())]
            for cropped in Segment.split_and_crop_lines(segments, self.width + 2, pad=True):
                yield from cropped
                yield Segment.line()

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.tuples(line, style), min_size=1, max_size=4), st.integers(1, 60), st.sampled_from([None, "truecolor"]))
    # More characters than cells, and white space at the end: Rich trims it, then pads.
    @example([("cafe\u0301 ", "dim")], 5, "truecolor")
    @example([("symptoms: cafe\u0301\u00a0", "dim")], 15, None)
    def check(lines: list[tuple[str, str | None]], width: int, colours: str | None) -> None:
        def printed(laid: list[list[Segment]]) -> str:
            console = Console(file=io.StringIO(), width=100, force_terminal=colours is not None, color_system=colours)
            console.print(Cell(laid, width))
            return console.file.getvalue()  # type: ignore[attr-defined]

        console = Console(file=io.StringIO(), width=100, force_terminal=colours is not None, color_system=colours)
        options = console.options.update(width=width, justify="left", overflow="ellipsis", no_wrap=False, height=None)
        try:
            expected = printed(console.render_lines(_as_text(lines), options))
        except IndexError:  # Rich's own layout fails ("\u200d\u200d頭痛" at width 2): nothing to compare with
            reject()
        assert printed(_wrapped(console, lines, options)) == expected

    check()


@pytest.mark.parametrize("case", CASES)
def test_every_word_of_every_finding_is_printed_whole_whatever_the_width(case: str, tmp_path: Path) -> None:
    """A terminal crops what runs past its edge: words of a finding were lost ("abo", "menti")
    where the table did not fit beside its finding column. Such a terminal gets the blocks."""
    from ocrelog.wording import finding_with_advice

    with Journal.open(tmp_path / f"{case}.db", write=True) as journal:
        found, scales = CASES[case](journal)
    for width in range(NARROW - 2, 112, 3):
        printed = rendered(found, scales, width).split()
        for cycle in found.cycles:
            missing = [word for word in finding_with_advice(cycle).split() if word not in printed]
            assert not missing, (width, cycle.infusion_date, missing)


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_a_word_longer_than_the_terminal_is_printed_whole_never_cut(tmp_path: Path, width: int) -> None:
    """'no word is ever cut, in any command': a link in a note, longer than the terminal is wide,
    runs past the edge whole on a line of its own (Rich would fold it in two), in the warning signs
    and in a finding's symptoms; the lines that fit are as Rich lays them out."""
    link = "https://www.example.org/a/very/long/path/to/a/photo-of-my-rash-taken-this-morning.jpg"
    with Journal.open(tmp_path / "j.db", write=True) as journal:
        journal.add(Entry("infusion", (TODAY - timedelta(days=3)).isoformat(), 600))
        journal.add(Entry("fatigue", (TODAY - timedelta(days=1)).isoformat(), 3, note=f"rash, see {link} and swollen lips"))
        journal.add(Entry("symptom", (TODAY - timedelta(days=1)).isoformat(), name=f"itch near {link[:70]}"))
        found = queries.findings(journal, TODAY)
    out = rendered(found, [], width)
    assert link in out and link[:70] in out
    long_lines = [line for line in out.splitlines() if len(line) > width]
    assert all(link in line or link[:70] in line for line in long_lines), long_lines


def test_a_line_that_is_one_word_too_long_is_left_whole() -> None:
    from rich.console import Group
    from rich.text import Text

    from ocrelog.report import at_spaces

    word = "x" * 34
    console = Console(file=io.StringIO(), width=20, highlight=False)
    console.print(Group(at_spaces(Text(f"{word}\nshort line"), 20)), crop=False)  # as print_report does
    assert console.file.getvalue().splitlines() == [word, "short line"]  # type: ignore[attr-defined]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("plain", "environ", "styled"),
    [(False, {}, True), (True, {}, False), (False, {"NO_COLOR": "1"}, False)],
)
def test_plain_or_no_color_at_a_terminal_prints_no_escape_codes_at_all(
    monkeypatch: pytest.MonkeyPatch, plain: bool, environ: dict[str, str], styled: bool
) -> None:
    from ocrelog.rich_output import stdout_console

    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    stdout_console(plain=plain).print("[bold]Flagged[/bold] [dim]3 tired days[/dim]")
    assert ("\033[" in terminal.getvalue()) is styled
    assert re.sub("\033\\[[0-9;]*m", "", terminal.getvalue()) == "Flagged 3 tired days\n"
