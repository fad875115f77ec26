"""`summary`, the clinic visit: its period, contents and escaping, never overwriting, a chart that fits the data, the name hint said once, and printing with no orphan lines."""

import json
import re
from datetime import date, timedelta

import pytest
from conftest import CHROMIUM, EXTERNAL, built_once, pdf_pages

from ocrelog.journal import Journal

TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def day_text(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).strftime("%d %b %Y").lstrip("0")


@built_once
def six_weeks(run):
    """A new user's journal: six weeks of scores, one dose with premeds and a reaction, a fever."""
    for n in range(42, 0, -1):
        run("feel", str(2 + n % 3), "--on", ago(n))
    run("infuse", "--on", ago(20), "--premed", "methylprednisolone 100 mg", "--premed", "cetirizine",
        "--reaction", "itchy throat")
    for n in range(20, 14, -1):
        run("feel", "7", "--on", ago(n))
    run("temp", "38.6", "--on", ago(18))
    run("temp", "37.2", "--on", ago(17))
    run("symptom", "chills", "--on", ago(18))
    run("symptom", "tired legs", "--on", ago(5))


def summary_md(run, *args):
    result = run("summary", "--format", "md", "--output", "-", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def section(markdown: str, heading: str) -> str:
    """A Markdown section's text, up to the next heading, with the empty cells' spaces closed: "| |"."""
    text = markdown.split(f"## {heading}\n")[1].split("\n## ")[0]
    return text.replace("|  |", "| |")


def written(days_ago: int) -> str:
    from ocrelog.dates import written as write

    return write(ago(days_ago))


HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>&amp;'


def test_the_default_period_starts_at_the_first_entry(run, six_weeks):
    text = summary_md(run)
    assert text.startswith("# Fatigue after Ocrevus doses\n")
    assert f"Period covered: **{day_text(42)} to {day_text(0)}**" in text
    assert "(42 days with a fatigue score)" in text


def test_the_default_period_is_at_most_twelve_months(run):
    run("feel", "3", "--on", ago(800))
    run("feel", "4", "--on", ago(2))
    text = summary_md(run)
    from ocrelog.dates import add_months

    start = add_months(TODAY, -12).strftime("%d %b %Y").lstrip("0")
    assert f"Period covered: **{start} to" in text


def test_since_and_until_still_choose_the_period(run, six_weeks):
    text = summary_md(run, "--since", ago(30), "--until", ago(10))
    assert f"Period covered: **{day_text(30)} to {day_text(10)}**" in text


def test_the_summary_has_what_the_clinician_asks_first(run, six_weeks):
    text = summary_md(run)
    flat = " ".join(text.split())
    assert (f"{written(20)}**: 600 mg infusion; premedication methylprednisolone 100 mg, cetirizine; "
            "reactions itchy throat") in flat
    signs = section(text, "Warning signs logged")
    assert "| Dates | Logged | Kind | Days | Marked handled |" in signs
    assert f"| {written(18)} | temp 38.6 °C; chills | infection | 1 | |" in signs  # one concern: the same day
    assert f"| {written(20)} | reaction: itchy throat | infusion reaction | 1 | |" in signs
    assert "tired legs" not in signs
    temperatures = section(text, "Temperatures logged")
    assert "| Date | Reading | ≥ 38 °C |" in temperatures
    assert f"| {written(18)} | **38.6 °C** | **yes** |" in temperatures
    assert f"| {written(17)} | 37.2 °C | |" in temperatures
    symptoms = section(text, "Symptoms logged")
    assert f"| tired legs | 1 | {written(5)} | {written(5)} | |" in symptoms
    assert "Baseline is the median daily score" in flat and "longer than 3 days" in flat
    assert "docs/" not in text and ".md" not in text.replace("--format md", "")


def test_the_summary_gives_no_advice_to_the_patient(run, six_weeks, tmp_path):
    html_file = tmp_path / "s.html"
    run("summary", "--output", str(html_file))
    for text in (summary_md(run), html_file.read_text()):
        lowered = " ".join(text.lower().split())
        for advice in ("contact your", "seek help", "mention it", "talk to", "your neurologist",
                       "open it in a browser", "infusion centre"):
            assert advice not in lowered, advice


def test_markdown_says_where_it_was_written_and_nothing_about_browsers(run, six_weeks, tmp_path):
    target = tmp_path / "visit.md"
    result = run("summary", "--format", "md", "--output", str(target))
    assert result.stdout == f"Wrote {target}.\n"
    html = run("summary", "--output", str(tmp_path / "visit.html"))
    assert "browser" in html.stdout


def test_every_user_text_is_escaped_in_html(run, tmp_path):
    run("infuse", "--on", ago(10), "--premed", HOSTILE, "--reaction", HOSTILE, "--note", HOSTILE)
    for n in range(10, 4, -1):
        run("feel", "8", "--on", ago(n), "--note", HOSTILE)
    run("symptom", "fever " + HOSTILE, "--on", ago(8), "--note", HOSTILE)
    page = tmp_path / "s.html"
    assert run("summary", "--output", str(page)).exit_code == 0
    html = page.read_text()
    assert "<script" not in html and "<img" not in html and "onerror=alert(2)>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&amp;amp;" in html
    md = summary_md(run)
    assert "<script>" not in md and "\\<script\\>" in md


def test_chart_fits_the_period_to_the_data(run, six_weeks):
    result = run("chart")
    assert result.exit_code == 0
    assert ago(42) in result.stdout  # the first tick is the first entry, not six months back
    assert f"{ago(42)} to {ago(0)}" in result.stdout  # the period, in the title
    assert ago(182) not in result.stdout


def test_chart_with_fewer_than_7_scored_days_says_so(run):
    for n in (3, 2, 1):
        run("feel", "4", "--on", ago(n))
    result = run("chart")
    assert result.exit_code == 0 and result.stdout == ""
    assert "only 3 days" in result.stderr and "7" in result.stderr


def test_the_rule_sentences_state_each_constant_where_it_belongs(monkeypatch):
    from ocrelog import rules, signs, wording
    from ocrelog.rules import Findings, Settings

    def sentences(**settings: int) -> str:
        return " ".join(wording.rule_sentences(Findings(TODAY, Settings(**settings), (), None)).split())

    text = sentences()
    assert f"on the {rules.BASELINE_DAYS} days before a dose" in text
    assert f"at least {rules.MIN_BASELINE_SCORES} scored days" in text
    assert f"never more than {rules.MAX_THRESHOLD}" in text
    assert f"reached {rules.SEVERE_SCORE} or came with a sign of infection" in text
    assert f"{signs.FEVER_C:g} °C or more" in text
    assert f"the {rules.WINDOW_DAYS} days from the dose" in text
    assert "longer than 5 days" in sentences(days=5)
    # The prose is made from the constants, not written beside them: change one, the words follow.
    for name, phrase in (("BASELINE_DAYS", "on the 99 days before"), ("SEVERE_SCORE", "reached 99 or"),
                         ("WINDOW_DAYS", "the 99 days from the dose"), ("MIN_BASELINE_SCORES", "at least 99 scored")):
        monkeypatch.setattr(wording, name, 99)
        assert phrase in sentences(), name


def test_the_html_summary_has_the_rise_before_each_dose_the_fatigue_between_doses_and_the_infections(run, journal_file):
    """Issue 33: the HTML says what the Markdown says, in its own sections."""
    import html

    from ocrelog.dates import written
    from ocrelog.entries import Entry

    entries = []
    starts = [365, 183, 1]  # two complete cycles, the second with a rise in its last 4 weeks
    for n, start in enumerate(starts):
        entries.append(Entry(type="infusion", date=ago(start), value=600))
        if n < 2:
            length = start - starts[n + 1]
            entries += [Entry(type="fatigue", date=ago(start - k), value=5 if (n == 1 and k >= length - 28) else 3)
                        for k in range(length)]
    entries += [Entry(type="fatigue", date=ago(365 - 80 - k), value=9) for k in range(6)]  # week 12
    entries += [Entry(type="symptom", date=ago(365 - 82), name="flu"), Entry(type="symptom", date=ago(90), name="UTI")]
    with Journal.open(journal_file, write=True) as journal:
        journal.add_many(entries)
    page = html.unescape(" ".join(run("summary", "--output", "-").stdout.split()))
    md = " ".join(summary_md(run).split())
    assert "<h2>Fatigue before the next dose</h2>" in page
    assert f"<td>before the {written(ago(1))} dose</td>" in page
    assert "In 1 of 2 cycles fatigue rose by 1 point or more" in page and "worth mentioning" not in page
    assert "<h2>Fatigue between doses</h2>" in page
    episode = (f"{written(ago(285))} to {written(ago(280))}: 6 days, peak 9, week 12, at 5 or more "
               "(no baseline before that dose); flu logged")
    assert episode in page and episode in md
    infections = "2 infections logged in the last 12 months"
    assert infections in page and infections in md


def test_summary_html_structure(run, demo_journal, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("summary", "--since", "2 years ago")
    assert result.exit_code == 0, result.output
    [page] = tmp_path.glob("ocrelog-summary-*.html")
    html = page.read_text()
    report = json.loads(run("report", "--json").stdout)
    from ocrelog.dates import written

    for cycle in report["cycles"]:
        assert f'<tr data-flag="{cycle["flag"]}"><td class="date">{written(cycle["infusion_date"])}' in html
    assert "severe: 7 days, peak 9, fever and 38.1°C and chills logged" in html
    assert "prolonged: 6 days above the baseline" in html and "your" not in html
    assert html.count("<svg") == 1
    assert "<script" not in html and not EXTERNAL.search(html)
    assert html.index("Patient-entered") < html.index("<table>")
    assert "not a diagnosis" in html[html.index("<footer>"):]
    assert "38.1 C in the evening" in html  # a note written on a flagged day


def test_summary_never_overwrites(run, demo_journal, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run("summary")
    run("summary")
    assert len(list(tmp_path.glob("ocrelog-summary-*.html"))) == 2
    mine = tmp_path / "mine.html"
    mine.write_text("keep")
    result = run("summary", "--output", str(mine), code=2)
    assert result.exit_code == 2 and mine.read_text() == "keep"


def test_summary_markdown_escapes_notes(run, journal_file):
    run("infuse", "--on", "10 days ago")
    for n in range(10, 4, -1):
        run("feel", "7", "--on", f"{n} days ago", "--note", "a | pipe and <b>tag</b>")
    result = run("summary", "--format", "md", "--output", "-")
    assert result.exit_code == 0
    assert "| Dose date | Dose |" in result.stdout
    assert r"a \| pipe and \<b\>tag\</b\>" in result.stdout
    assert "<svg" not in result.stdout


def test_summary_of_an_empty_journal(run, journal_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("summary")
    assert result.exit_code == 0 and "nothing to summarise" in result.stderr
    assert list(tmp_path.iterdir()) == []


def printed_pages(pdf) -> list[tuple[list[float], list[float]]]:
    """Each page of a PDF printed by Chromium (a tagged PDF, y growing down the page): where its
    headings' rules are (the border under each h2) and where its lines of text are (baselines)."""
    import zlib

    data = pdf.read_bytes()
    objects = {int(m[1]): m[2] for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}
    tree = next(body for body in objects.values() if re.search(rb"/Type\s*/Pages\b", body))
    kids = re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", tree, re.S)[1])
    pages = []
    for kid in kids:
        rules: list[float] = []
        lines: set[float] = set()
        for listed in re.findall(rb"/Contents\s*\[?\s*((?:\d+ 0 R\s*)+)", objects[int(kid)]):
            for number in re.findall(rb"(\d+) 0 R", listed):
                head, raw = objects[int(number)].split(b"stream", 1)
                raw = raw[: raw.rindex(b"endstream")].strip(b"\r\n")
                text = zlib.decompress(raw) if b"FlateDecode" in head else raw
                for marked in re.findall(rb"/H2\s*<<\s*/MCID \d+\s*>>\s*BDC(.*?)EMC", text, re.S):
                    rules += [float(y) for y in re.findall(rb"[\d.-]+ ([\d.-]+) [\d.-]+ [\d.-]+ re", marked)]
                lines |= {float(y) for y in re.findall(rb"1 0 0 -1 [\d.-]+ ([\d.-]+) Tm", text)}
        pages.append((sorted(rules), sorted(lines)))
    return pages


def assert_no_orphans(page, folder) -> None:
    """At most two A4 pages; no heading at the foot of a page without a line under it, and a
    last page (when it is not the first) holding more than the footer's two lines and a stray one."""
    count = pdf_pages(page, folder)
    assert 1 <= count <= 2
    pages = printed_pages(folder / "printed.pdf")
    assert len(pages) == count and all(lines for _, lines in pages)
    for rules, lines in pages:
        if rules:
            assert lines[-1] > rules[-1], (rules, lines[-3:])  # text under the page's last heading
    if count > 1:
        assert len(pages[-1][1]) >= 5, pages[-1]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_summary_prints_on_at_most_two_a4_pages_with_no_orphan_lines(run, demo_journal, tmp_path):
    page = tmp_path / "summary.html"
    assert run("summary", "--since", "2 years ago", "--output", str(page)).exit_code == 0
    assert_no_orphans(page, tmp_path)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_six_weeks_print_with_no_orphan_lines(run, six_weeks, tmp_path):
    page = tmp_path / "summary.html"
    run("summary", "--output", str(page), "--name", "Alex Smith")
    assert_no_orphans(page, tmp_path)


def test_with_no_name_the_summary_suggests_one_once(run, six_weeks, journal_file):
    from ocrelog.config import NAME_HINT

    first = run("summary", "--format", "md", "-o", "-")
    assert first.stderr == NAME_HINT + ".\n"
    assert "--name NAME" in first.stderr and "ocrelog config name NAME" in first.stderr
    assert first.stdout.startswith("# Fatigue after Ocrevus doses\n")  # the page is unchanged
    assert run("summary", "--format", "md", "-o", "-").stderr == ""  # said once, then not
    assert run("summary", "--format", "md", "-o", "-").stdout == first.stdout


def test_the_name_hint_is_not_said_with_a_name(run, six_weeks, journal_file, tmp_path):
    from ocrelog.config import NAME_HINT_MARK

    named = run("summary", "--format", "md", "-o", "-", "--name", "Alex Smith")
    assert named.stderr == "" and named.stdout.startswith("# Fatigue after Ocrevus doses: Alex Smith\n")
    assert run("summary", "--format", "md", "-o", "-", "--name", "").stderr == ""  # chose none
    run("config", "name", "Sam Jones")
    configured = run("summary", "-o", str(tmp_path / "visit.html"))
    assert configured.stderr == "" and "<h1>Fatigue after Ocrevus doses: Sam Jones</h1>" in (
        tmp_path / "visit.html").read_text()
    assert not (journal_file.parent / NAME_HINT_MARK).exists()  # not said, so still to say
    run("config", "name", "")
    assert "--name NAME" in run("summary", "--format", "md", "-o", "-").stderr


def test_with_nothing_to_summarise_there_is_no_name_hint(run, journal_file):
    result = run("summary", "-o", "-")
    assert "nothing to summarise" in result.stderr and "--name" not in result.stderr
