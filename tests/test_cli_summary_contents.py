"""The clinic summary tells the whole period, in both formats, in the third person."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import CHROMIUM, built_once, pdf_pages

from ocrelog.dates import written
from ocrelog.entries import Entry
from ocrelog.journal import Journal

TODAY = date.today()


def ago(days: int, clock: str = "") -> str:
    day = (TODAY - timedelta(days=days)).isoformat()
    return f"{day} {clock}" if clock else day


def on(days: int, clock: str = "") -> str:
    """How the summary writes that day (and time)."""
    return written(ago(days, clock).replace(" ", "T"))


@built_once
def infection_mid_cycle(run):
    """Six weeks; a dose 30 days ago; a urinary infection on days 17-19; symptoms far from the dose."""
    for n in range(44, 0, -1):
        run("feel", str(2 + n % 2), "--on", ago(n))
    run("infuse", "--on", ago(30), "--premed", "methylprednisolone 100 mg")
    for n in (30, 29, 28, 27, 26):
        run("feel", "6", "--on", ago(n))
    run("symptom", "vomiting", "--on", ago(40))
    run("symptom", "black stools", "--on", ago(36))
    run("symptom", "shortness of breath", "--on", ago(8))
    run("symptom", "burning when peeing", "--on", ago(13))
    run("symptom", "burning when peeing", "--on", ago(12))
    run("symptom", "feeling feverish", "--on", ago(13, "21:00"), "--note", "bladder infection again?")
    run("temp", "37.9", "--on", ago(13, "22:00"))
    run("temp", "38.3", "--on", ago(12, "08:00"))
    run("feel", "7", "--on", ago(12, "20:00"), "--note", "started antibiotics (nitrofurantoin)")
    run("scale", "fss", "5.1", "--on", ago(40))
    run("scale", "fss", "--items", "5,5,4,4,4,4,4,5,5", "--on", ago(2))
    run("scale", "mfis", "--items", "1,2,3,4,0,1,2,3,4,0,1,2,3,4,0,1,2,3,4,0,1", "--on", ago(2))
    run("scale", "mfis5", "11", "--on", ago(2))


def both(run, tmp_path, *args) -> tuple[str, str]:
    md, html = tmp_path / "visit.md", tmp_path / "visit.html"
    for target in (md, html):
        if target.exists():
            target.unlink()
        result = run("summary", "-o", str(target), *args)
        assert result.exit_code == 0, result.output
    return md.read_text(), html.read_text()


def plain(html: str) -> str:
    """The text of the page, tags dropped, entities read."""
    import html as html_module

    text = re.sub(r"<svg.*?</svg>", " ", html, flags=re.S)
    text = re.sub(r"<style.*?</style>", " ", text, flags=re.S)
    text = re.sub(r"</?strong>", "", text)
    return " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", text)).split())


class _Tables(HTMLParser):
    """The rows of each table of an HTML page, by the heading (h2) above it; cells as text."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.heading = ""
        self._in_h2 = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "h2":
            self._in_h2, self.heading = True, ""
        elif tag == "tr":
            self.tables.setdefault(self.heading, []).append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_h2 = False
        elif tag in ("td", "th") and self._cell is not None:
            self.tables[self.heading][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._in_h2:
            self.heading += data
        elif self._cell is not None:
            self._cell.append(data)


def html_rows(html: str, heading: str) -> list[list[str]]:
    """The rows (the header row first) of the table under ``heading``."""
    parser = _Tables()
    parser.feed(html)
    return parser.tables[heading]


def md_rows(md: str, heading: str) -> list[list[str]]:
    """The rows (the header row first, no divider) of the pipe table under ``## heading``, each
    cell's Markdown escapes and bold read back; a row is split only at an unescaped "|"."""
    section = md.split(f"## {heading}\n")[1].split("\n## ")[0]
    rows = []
    for line in section.splitlines():
        if not line.startswith("|") or line.startswith("|---"):
            continue
        cells = re.split(r"(?<!\\)\|", line)[1:-1]
        rows.append([re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", cell.strip()).replace("**", "") for cell in cells])
    return rows


def flat_md(text: str) -> str:
    return " ".join(text.replace("\\", "").replace("**", "").replace("_", " ").split())


def test_every_symptom_of_the_period_is_a_row_with_its_days(run, infection_mid_cycle, tmp_path):
    md, html = both(run, tmp_path)
    for rows in (md_rows(md, "Symptoms logged"), html_rows(html, "Symptoms logged")):
        assert rows[0] == ["Symptom", "Days", "First", "Last", "Warning sign"]
        assert ["vomiting", "1", on(40), on(40), ""] in rows
        assert ["black stools", "1", on(36), on(36), "bowel"] in rows
        assert ["shortness of breath", "1", on(8), on(8), "breathing"] in rows
        assert ["burning when peeing", "2", on(13), on(12), "infection"] in rows
        assert [row[0] for row in rows[1:]] == ["vomiting", "black stools", "burning when peeing",
                                                "feeling feverish", "shortness of breath"]


def test_every_temperature_is_a_row_and_38_or_more_is_marked(run, infection_mid_cycle, tmp_path):
    md, html = both(run, tmp_path)
    for rows in (md_rows(md, "Temperatures logged"), html_rows(html, "Temperatures logged")):
        assert rows == [["Date", "Reading", "≥ 38 °C"], [on(13, "22:00"), "37.9 °C", ""],
                        [on(12, "08:00"), "38.3 °C", "yes"]]
    assert f"| {on(12, '08:00')} | **38.3 °C** | **yes** |" in md
    assert "<strong>38.3 °C</strong>" in html and "<strong>37.9" not in html


def test_each_concern_is_a_row_of_the_warning_signs_table(run, infection_mid_cycle, tmp_path):
    md, html = both(run, tmp_path)
    for rows in (md_rows(md, "Warning signs logged"), html_rows(html, "Warning signs logged")):
        assert rows[0] == ["Dates", "Logged", "Kind", "Days", "Marked handled"]
        infection = next(row for row in rows if row[2] == "infection")
        assert infection[0] == f"{on(13)} to {on(12)}" and infection[3] == "2" and infection[4] == ""
        assert "burning when peeing" in infection[1] and "temp 38.3 °C" in infection[1]
        assert all(len(row) == 5 for row in rows)


def test_a_pipe_or_a_control_character_in_a_note_never_breaks_a_markdown_row(run, tmp_path):
    import json

    run("symptom", "chills | shivers", "--on", ago(3))
    symptom = json.loads(run("log", "--all", "--json").stdout)[0]
    note = "GP | antibiotics\x1b[31m\nred\ttab\x07 |"
    assert run("handled", str(symptom["id"]), "--note", note).exit_code == 0
    md = run("summary", "--format", "md", "-o", "-").stdout
    assert "\x1b" not in md and "\x07" not in md
    table = [line for line in md.split("## Warning signs logged\n")[1].split("\n## ")[0].splitlines()
             if line.startswith("|")]
    assert len(table) == 3  # the header, the divider and one row: the note's "|" and newline kept it whole
    assert table[2].count("|") - table[2].count("\\|") == 6
    [row] = md_rows(md, "Warning signs logged")[1:]
    assert row[1] == "chills | shivers" and row[2] == "infection"
    assert row[4].startswith(f"{written(TODAY.isoformat())}: GP | antibiotics") and row[4].endswith("tab\\x07 |")
    [symptom_row] = md_rows(md, "Symptoms logged")[1:]
    assert symptom_row[0] == "chills | shivers" and len(symptom_row) == 5


def test_the_notes_of_warning_sign_days_are_there(run, infection_mid_cycle, tmp_path):
    md, html = both(run, tmp_path)
    for text in (flat_md(md), plain(html)):
        assert "bladder infection again?" in text
        assert "started antibiotics (nitrofurantoin)" in text


def test_doses_scales_and_dates_as_a_person_writes_them(run, infection_mid_cycle, tmp_path):
    md, html = both(run, tmp_path)
    for text in (flat_md(md), plain(html)):
        assert f"{on(30)}: 600 mg infusion; premedication methylprednisolone 100 mg" in text
        assert f"FSS 5.1 on {on(40)}, 4.44 on {on(2)}: a fall of 0.66" in text
        assert "4 or more indicates fatigue" in text and "0.45 or more is meaningful" in text
        assert f"MFIS 41 (physical 17, cognitive 17, psychosocial 7) on {on(2)}" in text
        assert "38 or more indicates fatigue" in text
        assert f"MFIS-5 11 on {on(2)}" in text
        assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text)  # no ISO date-times


def test_the_page_speaks_of_the_person_and_tells_no_one_what_to_do(run, infection_mid_cycle, tmp_path):
    md, html = both(run, tmp_path)
    for text in (flat_md(md).lower(), plain(html).lower()):
        for word in (" your ", " you ", "check the date", "contact", "seek help", "mention it",
                     "open it in a browser", "ocrelog log", "nothing else", "no other"):
            assert word not in f" {text} ", word


def test_a_name_in_the_heading_from_the_option_or_the_config(run, infection_mid_cycle, tmp_path, journal_file):
    md = run("summary", "--format", "md", "-o", "-", "--name", "Alex  <Smith>").stdout
    assert md.startswith("# Fatigue after Ocrevus doses: Alex \\<Smith\\>\n")
    (journal_file.parent / "config.toml").write_text('name = "Sam Jones"\n')
    html = run("summary", "-o", "-").stdout
    assert "<h1>Fatigue after Ocrevus doses: Sam Jones</h1>" in html
    md = run("summary", "--format", "md", "-o", "-", "--name", "Alex").stdout
    assert md.startswith("# Fatigue after Ocrevus doses: Alex\n")
    (journal_file.parent / "config.toml").write_text("name = 5\n")
    bad = run("summary", "-o", "-", code=2)
    assert bad.exit_code == 2 and bad.stderr.count("\n") == 1


def test_the_format_follows_the_file_name(run, infection_mid_cycle, tmp_path):
    md, html = both(run, tmp_path)
    assert md.startswith("# ") and "<html" not in md
    assert html.startswith("<!DOCTYPE html>")
    htm = tmp_path / "visit.HTM"
    run("summary", "-o", str(htm))
    assert htm.read_text().startswith("<!DOCTYPE html>")
    forced = tmp_path / "visit-as-md.html"
    run("summary", "-o", str(forced), "--format", "md")
    assert forced.read_text().startswith("# ")
    result = run("summary", "-o", str(tmp_path / "visit.txt"), code=2)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "--format" in result.stderr
    assert not (tmp_path / "visit.txt").exists()
    assert run("summary", "-o", str(tmp_path / "visit.txt"), "--format", "md").exit_code == 0
    assert run("summary", "-o", "-", "--format", "pdf", code=2).exit_code == 2


def test_notes_on_warning_sign_days_come_first_when_there_are_many(run, tmp_path):
    run("infuse", "--on", ago(40))
    for n in range(54, 41):
        run("feel", "2", "--on", ago(n))
    for n in range(40, 5, -1):  # a long flagged episode, a note every day
        run("feel", "8", "--on", ago(n), "--note", f"tired day {n}")
    run("symptom", "chills", "--on", ago(7), "--note", "shivering at night")
    md = run("summary", "--format", "md", "-o", "-").stdout
    assert "shivering at night" in md and "more notes on such days" in md


def test_a_sign_marked_handled_shows_in_both_formats(run, infection_mid_cycle, tmp_path):
    import json

    symptom = next(e for e in json.loads(run("log", "--all", "--json").stdout) if e["name"] == "feeling feverish")
    assert run("handled", str(symptom["id"]), "--note", "GP: nitrofurantoin").exit_code == 0
    md, html = both(run, tmp_path)
    for rows in (md_rows(md, "Warning signs logged"), html_rows(html, "Warning signs logged")):
        infection = next(row for row in rows if row[2] == "infection")
        # one entry of the concern's several marked: the newest mark, and how many of them
        assert infection[4].startswith(f"{written(TODAY.isoformat())}: GP: nitrofurantoin (1 of ")


def test_a_concern_row_says_when_it_was_handled_and_the_note():
    from ocrelog.alerts import Alert, Handled
    from ocrelog.concerns import fold
    from ocrelog.summary import concern_row

    def alert(when: str, logged: str, handled: Handled | None = None) -> Alert:
        return Alert(when, "infection", logged, "…", entry_id=len(when), handled=handled)

    [concern] = fold([alert("2026-11-15T22:00", "fever", Handled("2026-11-16", "GP: antibiotics")),
                      alert("2026-11-16T08:00", "chills", Handled("2026-11-17", None))])
    row = concern_row(concern)
    assert row.cells == ("15 Nov 2026 to 16 Nov 2026", "fever; chills", "infection", "2", "17 Nov 2026")
    [bare] = fold([alert("2026-11-15", "fever")])
    assert concern_row(bare).cells == ("15 Nov 2026", "fever", "infection", "1", "")


def test_markdown_and_html_say_the_same_facts(run, infection_mid_cycle, tmp_path):
    md, html = both(run, tmp_path)
    html_text = plain(html)
    for line in flat_md(md).split(" - "):
        for fact in re.findall(r"\d+ \w{3} \d{4}(?:, \d\d:\d\d)?", line):
            assert fact in html_text


def busy_year_entries() -> list[Entry]:
    """Twelve months: daily scores with notes, two doses, a temperature and a symptom every 15 days,
    the entries the commands `feel`, `infuse`, `temp`, `symptom` and `scale` would store."""
    made = [Entry("fatigue", ago(n), 2 + n % 4, note="x" * 150 if n % 9 == 0 else None)
            for n in range(365, 0, -1)]
    made += [Entry("infusion", ago(dose), 600, premeds=("methylprednisolone 100 mg", "cetirizine"),
                   reactions=("itchy throat",)) for dose in (350, 170)]
    for n in range(1, 365, 15):
        made.append(Entry("temperature", ago(n), round(36.5 + (n % 20) / 10, 1)))
        made.append(Entry("symptom", ago(n), name=f"symptom {n % 23}", note="y" * 120))
        made.append(Entry("symptom", ago(n + 1), name="chills", note="z" * 180))
    for n in range(1, 365, 60):
        made.append(Entry("scale", ago(n), 4.2, name="fss"))
        made.append(Entry("scale", ago(n), 40, name="mfis",
                          subscales=(("physical", 20), ("cognitive", 16), ("psychosocial", 4))))
    made += _busy_labs()  # issue 38: the page budget holds with blood tests and vaccinations too
    return made


def _busy_labs() -> list[Entry]:
    """A year's blood tests (each of the label's tests, IgG every 90 days) and vaccinations."""
    from ocrelog.labs import lab_entry, vaccine_entry

    made = [lab_entry(ago(n), "igg", 8.0 - n / 100, None, "7-16") for n in range(20, 365, 90)]
    made += [lab_entry(ago(300), name, value) for name, value in
             (("igm", "0.9"), ("iga", "2.1"), ("alt", "30"), ("ast", "25"), ("alp", "80"), ("bilirubin", "9"),
              ("cd19", "1"), ("hbsag", "negative"), ("anti-hbc", "negative"))]
    made += [vaccine_entry(ago(n), name) for n, name in ((320, "covid booster"), (200, "flu jab"),
                                                         (40, "pneumococcal"))]
    return made


@pytest.fixture(scope="module")
def busy_year_file(tmp_path_factory) -> Path:
    """The busy year, written once per module through the journal's API (one transaction)."""
    path = tmp_path_factory.mktemp("busy_year") / "journal.db"
    with Journal.open(path, write=True) as journal:
        journal.add_many(busy_year_entries())
    return path


@pytest.fixture
def busy_year(busy_year_file, journal_file):
    """This test's own copy of the busy year at the journal path."""
    journal_file.parent.mkdir(parents=True, exist_ok=True)
    with Journal.open(busy_year_file) as journal:
        journal.backup(journal_file)


def test_twelve_months_of_a_busy_journal_fit_two_pages(run, busy_year):
    """A rough measure without a browser: the Markdown's lines, wrapped as on the page."""
    import math

    md = run("summary", "--format", "md", "-o", "-").stdout
    # A4 at 9.4 pt, 13 mm margins: about 62 lines of 118 characters a page; a heading
    # takes about 2.5 lines, a table row 1.3, and the HTML's chart (46 mm) 11. The HTML sets
    # the warning signs, temperatures and symptoms smaller (a row: 1 line), the temperatures
    # in 4 columns and the symptoms in 2.
    abreast = {"Temperatures logged": 4, "Symptoms logged": 2}
    small = {"Warning signs logged", "Blood tests and vaccinations", *abreast}  # their tables: 8.2 pt
    lines, heading = 11.0, ""
    for line in filter(None, md.splitlines()):
        size = max(1, math.ceil(len(line) / 118))
        if line.startswith("#"):
            heading = line.lstrip("# ")
            lines += 2.5
        elif line.startswith("|"):
            lines += (1.0 if heading in small else size * 1.3) / abreast.get(heading, 1)
        else:
            lines += size
    assert lines <= 2 * 62, lines


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_twelve_busy_months_print_on_at_most_two_a4_pages(run, busy_year, tmp_path):
    page = tmp_path / "summary.html"
    assert run("summary", "--output", str(page)).exit_code == 0
    assert 1 <= pdf_pages(page, tmp_path) <= 2
    from test_cli_summary import assert_no_orphans

    assert_no_orphans(page, tmp_path)


def test_config_sets_the_name_and_keeps_the_other_settings(run, infection_mid_cycle, journal_file):
    assert run("config", "date_order", "dmy").exit_code == 0
    assert run("config", "name", 'Alex "Al" Smith').exit_code == 0
    assert run("config", "name").stdout == 'Alex "Al" Smith\n'
    assert 'date_order = "dmy"' in (journal_file.parent / "config.toml").read_text()
    md = run("summary", "--format", "md", "-o", "-").stdout
    assert md.startswith('# Fatigue after Ocrevus doses: Alex "Al" Smith\n')
    assert run("config", "name", "").exit_code == 0
    assert run("summary", "--format", "md", "-o", "-").stdout.startswith("# Fatigue after Ocrevus doses\n")
    assert run("config", "date_order").stdout == "dmy\n"
    assert run("config", "name", "x" * 101, code=2).exit_code == 2


def test_long_temperature_and_symptom_tables_are_set_abreast_in_print_short_ones_not(run, busy_year, tmp_path):
    from ocrelog.summary import ABREAST_FROM

    page = run("summary", "-o", "-").stdout
    assert '<div class="columns-4">\n<table class="temperatures">' in page
    assert '<div class="columns-2">\n<table class="symptoms">' in page
    assert len(html_rows(page, "Temperatures logged")) - 1 > ABREAST_FROM
    short = run("summary", "-o", "-", "--since", ago(20)).stdout
    assert len(html_rows(short, "Temperatures logged")) - 1 <= ABREAST_FROM
    assert '<div>\n<table class="temperatures">' in short and "columns-" not in short.split("<body>")[1]
