"""`chart` and `cycle`: sparklines, the terminal and SVG charts, the comparison between cycles, `demo --save`."""

import json
import re
from datetime import date, timedelta

import pytest
from conftest import EXTERNAL

from ocrelog.charts import runs, sparkline, svg_chart, terminal_chart
from ocrelog.cycle_shape import Comparison, cycle_shape
from ocrelog.rules import Infusion
from ocrelog.wording import comparison_text

D = date(2026, 1, 1)


def scores_for(starts, level_mid, level_late, every=1):
    scores = []
    for start, following in zip(starts, starts[1:]):
        day = start
        while day < following:
            late = day >= following - timedelta(days=28)
            if (day - start).days % every == 0:
                scores.append((day, level_late if late else level_mid))
            day += timedelta(days=1)
    return scores


def test_sparkline_blocks_gaps_and_the_infusion_mark():
    assert sparkline([0, 10, None, 5], infusion_index=2) == "▁█│ ▅"
    assert sparkline([], 0) == ""


def test_runs_break_at_unscored_days():
    daily = {D: 1, D + timedelta(days=1): 2, D + timedelta(days=3): 4}
    assert runs(daily, D, D + timedelta(days=5)) == [
        [(D, 1), (D + timedelta(days=1), 2)], [(D + timedelta(days=3), 4)]]


def test_terminal_chart_in_plain_characters():
    daily = {D + timedelta(days=n): n % 11 for n in range(40) if n % 7}
    text = terminal_chart(daily, [D + timedelta(days=20)], D, D + timedelta(days=40),
                          width=70, height=14, plain=True)
    assert "\x1b" not in text
    assert "*" in text and "Daily fatigue" in text
    assert D.isoformat() in text
    assert max(len(line) for line in text.splitlines()) <= 70


@pytest.mark.parametrize("height", [10, 11, 14, 16, 25, 40])
def test_terminal_chart_labels_the_scores_in_whole_numbers(height):
    daily = {D + timedelta(days=n): n % 11 for n in range(40)}
    text = terminal_chart(daily, [], D, D + timedelta(days=40), width=70, height=height, plain=True)
    labels = [line[:4].strip() for line in text.splitlines() if line[4:5] == "┤"]
    assert labels == ["10", "8", "6", "4", "2", "0"]  # never 7.5 or 10.0


def test_svg_chart_has_no_scripts_or_links():
    daily = {D + timedelta(days=n): n % 11 for n in range(40)}
    svg = svg_chart(daily, [D + timedelta(days=20)], D, D + timedelta(days=40))
    assert svg.lstrip().startswith("<svg")
    assert "<script" not in svg and not EXTERNAL.search(svg)


def test_weeks_and_a_clear_difference_before_the_next_dose():
    starts = [D, D + timedelta(days=182), D + timedelta(days=364), D + timedelta(days=546)]
    shape = cycle_shape([Infusion(d, 600) for d in starts], scores_for(starts, 3, 5))
    assert shape.complete_cycles == 3
    assert [w.week for w in shape.weeks] == list(range(1, 27))
    assert shape.weeks[0].mean == 3.0 and shape.weeks[0].days == 21
    assert shape.comparison == Comparison(late_mean=5.0, mid_mean=3.0, difference=2.0, cycles=3)
    assert comparison_text(shape.comparison) == (
        "In the 4 weeks before a dose your fatigue averaged 2.0 points higher than mid-cycle "
        "(weeks 5-20), over 3 cycles."
    )


def test_a_small_difference_is_no_clear_difference():
    text = comparison_text(Comparison(late_mean=3.4, mid_mean=2.6, difference=0.8, cycles=2))
    assert text.endswith("no clear difference.")
    lower = comparison_text(Comparison(late_mean=2.0, mid_mean=3.5, difference=-1.5, cycles=2))
    assert "1.5 points lower" in lower


def test_comparison_needs_two_cycles_with_twenty_scored_days():
    starts = [D, D + timedelta(days=182), D + timedelta(days=364)]
    sparse = scores_for(starts, 3, 5, every=10)  # about 18 scored days a cycle
    assert cycle_shape([Infusion(d, 600) for d in starts], sparse).comparison is None
    one_cycle = cycle_shape([Infusion(d, 600) for d in starts[:2]], scores_for(starts[:2], 3, 5))
    assert one_cycle.comparison is None and one_cycle.complete_cycles == 1


def test_a_second_half_dose_belongs_to_its_cycle():
    infusions = [Infusion(D, 300), Infusion(D + timedelta(days=14), 300),
                 Infusion(D + timedelta(days=182), 600)]
    assert cycle_shape(infusions, []).complete_cycles == 1
    assert cycle_shape(infusions[:2], []).as_dict() == {"weeks": [], "comparison": None, "current": []}


def test_report_rows_carry_a_sparkline(run, demo_journal):
    out = run("report").stdout
    assert "│" in out and "▇" in out
    cycles = json.loads(run("report", "--json").stdout)["cycles"]
    assert all(len(c["daily_scores"]) == 21 for c in cycles)


def test_chart_on_the_demo_and_on_an_empty_journal(run, demo_journal, tmp_path):
    result = run("chart", "--since", "1 year ago")
    assert result.exit_code == 0
    assert "Daily fatigue" in result.stdout and "\x1b" not in result.stdout
    empty = run("--db", str(tmp_path / "empty.db"), "chart")
    assert empty.exit_code == 0 and "ocrelog feel" in empty.stderr
    assert run("chart", "--since", "today", "--until", "yesterday", code=2).exit_code == 2


def test_cycle_on_the_demo_and_on_an_empty_journal(run, demo_journal, tmp_path):
    result = run("cycle")
    assert result.exit_code == 0
    assert "over 3 complete cycles" in result.stdout
    assert "no clear difference" in " ".join(result.stdout.split())
    shape = json.loads(run("cycle", "--json").stdout)
    assert len(shape["weeks"]) == 26
    assert set(shape["weeks"][0]) == {"week", "mean", "days"}
    assert set(shape["comparison"]) == {"late_mean", "mid_mean", "difference", "cycles"}
    empty = run("--db", str(tmp_path / "empty.db"), "cycle")
    assert empty.exit_code == 0 and "ocrelog infuse" in empty.stderr
    assert json.loads(run("--db", str(tmp_path / "e.db"), "cycle", "--json").stdout) == {
        "weeks": [], "comparison": None, "current": []}


def test_demo_can_save_its_journal(run, tmp_path):
    saved = tmp_path / "sample.db"
    assert run("demo", "--save", str(saved)).exit_code == 0
    assert run("--db", str(saved), "cycle").exit_code == 0
    assert run("demo", "--save", str(saved), code=2).exit_code == 2


def test_terminal_chart_marks_doses_leaves_gaps_and_colours_only_at_a_terminal():
    daily = {D + timedelta(days=n): 8 if n < 5 else 2 for n in range(30) if n != 12}
    dose = D + timedelta(days=15)
    plain = terminal_chart(daily, [dose], D, D + timedelta(days=29), width=66, height=16, plain=True)
    lines = plain.splitlines()
    assert len(lines) == 16 and all(len(line) <= 66 for line in lines)
    dose_at = 5 + round(15 * 59 / 29)
    assert all(line[dose_at] in "│*┬┴┼" for line in lines[1:-1])  # a vertical line at the dose
    high = next(line for line in lines if line.startswith("   8") or line.startswith("    │*"))
    assert "*" in high  # the first days' 8s are drawn high
    coloured = terminal_chart(daily, [dose], D, D + timedelta(days=29), width=66, height=16, plain=False)
    assert "\x1b[" in coloured and "*" not in coloured

    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured).replace("•", "*") == plain


def test_cycle_never_cuts_a_headings_word_on_a_narrow_terminal(run, demo_journal, monkeypatch):
    from ocrelog import cli

    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setattr(cli, "stdout_is_terminal", lambda: True)
    out = run("cycle").stdout
    lines = out.splitlines()
    at = next(n for n, line in enumerate(lines) if line.split()[:1] == ["week"])
    heading = " ".join(lines[at - 1 : at + 1])  # a heading may wrap onto the line above at its spaces
    assert "…" not in heading, out
    assert {"week", "days", "all", "cycles"} <= set(heading.split()), heading
