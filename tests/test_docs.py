"""The docs cannot silently drift from the commands."""

from pathlib import Path

import pytest
import typer.main

from ocrelog.cli import app

ROOT = Path(__file__).resolve().parent.parent
COMMANDS_DOC = (ROOT / "docs" / "commands.md").read_text()
CLICK_APP = typer.main.get_command(app)
ALL_COMMANDS = {name: CLICK_APP.get_command(None, name) for name in CLICK_APP.list_commands(None)}


@pytest.mark.parametrize("name", sorted(ALL_COMMANDS))
def test_every_command_is_documented_with_its_options(name):
    command = ALL_COMMANDS[name]
    assert f"### `ocrelog {name}" in COMMANDS_DOC
    section = COMMANDS_DOC.split(f"### `ocrelog {name}", 1)[1].split("\n### ", 1)[0]
    for param in command.params:
        for option in param.opts:
            if option.startswith("--") and option != "--help":
                assert f"`{option}" in section, f"{option} of {name} is not in docs/commands.md"


def test_readme_lists_the_two_set_up_commands():
    readme = (ROOT / "README.md").read_text()
    assert "pip install -e '.[test]' && pytest" in readme
    assert "pip install . && ocrelog" in readme
    assert "ocrelog --install-completion" in readme  # completion works; a person should hear of it


RULES_DOC = (ROOT / "docs" / "rules.md").read_text()


def test_rules_doc_states_the_rules_numbers():
    from ocrelog import alerts, rule_defaults as settings, rules, signs

    flat = " ".join(RULES_DOC.split())
    stated = [
        f"the {rules.BASELINE_DAYS} days before the dose (days -{rules.BASELINE_DAYS} to -1)",
        f"at least {rules.MIN_BASELINE_SCORES} days with a score",
        f"baseline plus {settings.DEFAULT_RISE}, never less than {settings.DEFAULT_FLOOR}, and never more than {rules.MAX_THRESHOLD}",
        f"a fatigue day is {settings.DEFAULT_FLOOR + 1} or more",
        f"When your baseline is {rules.VERY_HIGH_BASELINE} or more",
        f"from day 0 to day {rules.WINDOW_DAYS - 1}",
        f"**more than {settings.DEFAULT_DAYS} days**",
        f"scored **{rules.SEVERE_SCORE} or more**",
        f"within {rules.SECOND_HALF_WITHIN_MONTHS} months after a lone 300 mg first half",
        f"due **{rules.SECOND_HALF_DUE_AFTER_DAYS} days** later",
        f"**less than {rules.MIN_MONTHS_BETWEEN_COURSES} months**",
        f"**{['zero', 'one', 'two', 'three', 'four', 'five', 'six'][rules.MONTHS_BETWEEN_COURSES]} calendar months**",
        f"a temperature of {signs.FEVER_C:.1f} °C or more",
        f"in the last {alerts.ALERT_DAYS} days",
        f"from day {rules.CHART_FROM} to day {rules.WINDOW_DAYS - 1}",
        f"A 300 mg dose within {rules.SECOND_HALF_WITHIN_MONTHS} months",
        f"median of days -{rules.EARLIER_BASELINE_DAYS} to -{rules.BASELINE_DAYS + 1}",
        f"when at least {rules.MIN_EARLIER_BASELINE_SCORES} of them have a score",
        f"at least {rules.QUIETER_BY} point lower",
        f"`\"{rules.RECENT_WINDOW}\"` or `\"{rules.EARLIER_WINDOW}\"`",
        f"**more than {rules.LONG_EPISODE_DAYS} fatigue days**",
        f"**{rules.LATE_SECOND_HALF_DAYS // 7} weeks** or more after the first half",
        f"logged in the last **{rules.INFECTION_MONTHS} months**",
        f"comes within {__import__('ocrelog.concerns').concerns.FOLD_DAYS} days of the one before it belongs to the same concern",
        f"at least **{rules.MIN_JUDGED_SCORES} of its days 0-{rules.WINDOW_DAYS - 1}** have a score",
        f"**more than {rules.LATE_COURSE_MONTHS} months** after the dose before it",
        f"at least **{rules.SHAPE_MIN_DAYS} scored days**",
        f"**last {rules.LATE_WEEKS} weeks**",
        f"**weeks {rules.MID_WEEKS[0]}-{rules.MID_WEEKS[1]}**",
        f"rise of **{rules.NOTICEABLE:g} point or more**",
        f"once its due date is **{rules.CURRENT_WITHIN_DAYS // 7} weeks** away or less",
        "one of " + ", ".join(f'`"{b}"`' for b in rules.ONSET_BUCKETS),
    ]
    for text in stated:
        assert text in flat, text
    assert f'"settings": {{"days": {settings.DEFAULT_DAYS}, "rise": {settings.DEFAULT_RISE}, "floor": {settings.DEFAULT_FLOOR}}}' in RULES_DOC


def test_rules_doc_shows_the_warning_sign_vocabulary_as_it_is():
    from ocrelog import vocabulary

    assert vocabulary.with_tables(RULES_DOC) == RULES_DOC, (
        "docs/rules.md's vocabulary tables differ from vocabulary.py: run python -m ocrelog.vocabulary docs/rules.md"
    )
    for category in vocabulary.CATEGORIES:
        assert f"| `{category.name}` | {category.advice} | {category.label} |" in RULES_DOC
    for sign in vocabulary.SIGNS:
        assert f"| {sign.key} | `{sign.category}` |" in RULES_DOC


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("signs_corpus.tsv", "the corpus (`signs_corpus.tsv`)"),
        ("signs_heldout1.tsv", "held-out 1"),
        ("signs_heldout2.tsv", "held-out 2"),
        ("signs_heldout3.tsv", "held-out 3"),
        ("signs_heldout4.tsv", "held-out 4"),
        ("signs_heldout5.tsv", "held-out 5"),
        ("signs_heldout6.tsv", "held-out 6"),
        ("signs_heldout7.tsv", "held-out 7"),
        ("signs_heldout8.tsv", "held-out 8"),
        ("signs_heldout9.tsv", "held-out 9"),
        ("signs_heldout10.tsv", "held-out 10"),
        ("signs_heldout11.tsv", "held-out 11"),
        ("signs_heldout12.tsv", "held-out 12"),
        ("signs_heldout13.tsv", "held-out 13"),
        ("signs_heldout14.tsv", "held-out 14"),
        ("signs_heldout15.tsv", "held-out 15"),
        ("signs_heldout16.tsv", "held-out 16"),
        ("signs_heldout17.tsv", "held-out 17"),
        ("signs_heldout18.tsv", "held-out 18"),
        ("signs_heldout19.tsv", "held-out 19"),
        ("signs_heldout20.tsv", "held-out 20"),
        ("signs_heldout21.tsv", "held-out 21"),
        ("signs_heldout22.tsv", "held-out 22"),
        ("signs_heldout23.tsv", "held-out 23"),
        ("signs_heldout24.tsv", "held-out 24"),
        ("signs_heldout25.tsv", "held-out 25"),
        ("signs_heldout26.tsv", "held-out 26"),
        ("signs_heldout27.tsv", "held-out 27"),
        ("signs_heldout28.tsv", "held-out 28"),
        ("signs_heldout29.tsv", "held-out 29"),
        ("signs_heldout30.tsv", "held-out 30"),
        ("signs_heldout31.tsv", "held-out 31"),
        ("signs_heldout32.tsv", "held-out 32"),
        ("signs_heldout33.tsv", "held-out 33"),
        ("signs_heldout34.tsv", "held-out 34"),
        ("signs_heldout35.tsv", "held-out 35"),
        ("signs_heldout36.tsv", "held-out 36"),
        ("signs_heldout37.tsv", "held-out 37"),
        ("signs_heldout38.tsv", "held-out 38"),
        ("signs_heldout39.tsv", "held-out 39"),
        ("signs_heldout40.tsv", "held-out 40"),
        ("signs_heldout41.tsv", "held-out 41"),
        ("signs_heldout42.tsv", "held-out 42"),
        ("signs_heldout43.tsv", "held-out 43"),
        ("signs_heldout44.tsv", "held-out 44"),
        ("signs_heldout45.tsv", "held-out 45"),
        ("signs_heldout46.tsv", "held-out 46"),
        ("signs_heldout47.tsv", "held-out 47"),
        ("signs_heldout48.tsv", "held-out 48"),
        ("signs_heldout49.tsv", "held-out 49"),
        ("signs_heldout50.tsv", "held-out 50"),
        ("signs_heldout51.tsv", "held-out 51"),
        ("signs_heldout52.tsv", "held-out 52"),
        ("signs_heldout53.tsv", "held-out 53"),
        ("signs_heldout54.tsv", "held-out 54"),
        ("signs_heldout55.tsv", "held-out 55"),
        ("signs_heldout56.tsv", "held-out 56"),
        ("signs_heldout57.tsv", "held-out 57"),
        ("signs_heldout58.tsv", "held-out 58"),
        ("signs_heldout59.tsv", "held-out 59"),
        ("signs_heldout60.tsv", "held-out 60"),
        ("signs_heldout61.tsv", "held-out 61"),
        ("signs_heldout62.tsv", "held-out 62"),
        ("signs_heldout63.tsv", "held-out 63"),
        ("signs_heldout64.tsv", "held-out 64"),
        ("signs_heldout65.tsv", "held-out 65"),
        ("signs_heldout66.tsv", "held-out 66"),
        ("signs_heldout67.tsv", "held-out 67"),
        ("signs_heldout68.tsv", "held-out 68"),
        ("signs_heldout69.tsv", "held-out 69"),
        ("signs_heldout70.tsv", "held-out 70"),
        ("signs_heldout71.tsv", "held-out 71"),
        ("signs_heldout72.tsv", "held-out 72"),
        ("signs_heldout73.tsv", "held-out 73"),
        ("signs_heldout74.tsv", "held-out 74"),
        ("signs_heldout75.tsv", "held-out 75"),
        ("signs_heldout76.tsv", "held-out 76"),
        ("signs_heldout77.tsv", "held-out 77"),
        ("signs_heldout78.tsv", "held-out 78"),
        ("signs_heldout79.tsv", "held-out 79"),
    ],
)
def test_rules_doc_states_the_matchers_figures_as_they_are(name, label):
    from sign_sets import figures, rows

    [line] = [line for line in RULES_DOC.splitlines() if line.startswith(f"| {label} |")]
    assert line.startswith(f"| {label} | {len(rows(name))} |")
    assert line.endswith(f"| {figures(name).row()} |"), figures(name)


def _prose(path: Path) -> str:
    """A page without the vocabulary tables (lists of words the matcher reads, not results)."""
    text = path.read_text()
    if "<!-- vocabulary:start -->" in text:
        head, rest = text.split("<!-- vocabulary:start -->", 1)
        text = head + rest.split("<!-- vocabulary:end -->", 1)[1]
    return text


def test_the_disclaimer_is_said_once_and_no_result_is_called_normal():
    from ocrelog.wording import DISCLAIMER

    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for path in pages:
        text = _prose(path).lower()
        assert "normal" not in text.replace("abnormal", ""), path
        assert "usual:" not in text, path
        assert "neurologist" not in text or path.name in ("commands.md",), path
    readme = (ROOT / "README.md").read_text()
    assert readme.count("is a journal, not a doctor") == 1
    assert DISCLAIMER.count("journal, not medical advice") == 1


def test_no_advice_line_calls_a_result_normal_or_usual():
    from ocrelog import vocabulary

    advice = [c.advice for c in vocabulary.CATEGORIES] + [s.advice or "" for s in vocabulary.SIGNS]
    advice += [c.advice for c in vocabulary.COMBINATIONS]
    for line in advice:
        assert "normal" not in line.lower() and "usual" not in line.lower(), line
        assert "your MS team" in line or line.startswith("Seek help now") or not line, line


def test_the_option_tables_of_commands_md_are_the_commands_own_help():
    """docs/commands.md's option tables are written by cog from each command's help."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", "--check-fail-msg", "run: cog -r docs/commands.md",
         "docs/commands.md"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_command_with_options_has_a_generated_option_table():
    for name, command in ALL_COMMANDS.items():
        visible = [param for param in command.params if param.param_type_name == "option" and not param.hidden]
        section = COMMANDS_DOC.split(f"### `ocrelog {name}", 1)[1].split("\n### ", 1)[0]
        assert (f'[[[cog options("{name}")]]]' in section) == bool(visible), name


def test_every_worked_example_has_a_title_of_its_own():
    titles = [line for line in RULES_DOC.splitlines() if line.startswith("### ")]
    examples = [title.split(". ", 1)[1] for title in titles if title[4:].split(".")[0].isdigit()]
    assert len(examples) >= 24
    worked = [title for title in titles if title.startswith("### Worked example")]
    for title in examples + worked:
        assert (examples + worked).count(title) == 1, f"two worked examples of docs/rules.md are called {title!r}"
