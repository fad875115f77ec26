"""``config writer carer``: a journal kept by someone for the person with MS. The people its
entries name ("Dad", "my wife") are the person, so their warning signs are the person's."""

from __future__ import annotations

import json

from conftest import one_sentence
from ocrelog.signs import NOW, read

FEVER = "Mum's temp is 40.6, the GP is sending someone out"
FIT = "my son had a seizure at work and they called the ambos"


def _open(run) -> dict[str, str]:  # category -> urgency of the open concerns
    return {c["category"]: c["urgency"] for c in json.loads(run("status", "--json").stdout)["concerns"] if not c["handled"]}


def test_by_default_another_persons_sign_is_theirs_and_a_carers_journal_makes_it_the_persons(run):
    first = run("symptom", FEVER)
    assert "Warning sign" not in first.stderr and _open(run) == {}
    set_ = run("config", "writer", "carer")
    assert set_.exit_code == 0 and 'writer = "carer"' in set_.stdout
    assert run("config", "writer").stdout == "carer\n"
    assert 'writer = "carer"' in run("config").stdout
    # the reading kept in the person's own journal is not reused: the same entry now tells
    assert _open(run) == {"infection": NOW}
    second = run("symptom", FIT)
    assert "Seek help now" in second.stderr
    assert _open(run) == {"infection": NOW, "neurological": NOW}
    assert "Seek help now" in run("report").stdout
    run("config", "writer", "self")
    assert _open(run) == {}


def test_a_carers_own_illness_is_still_not_the_persons(run):
    run("config", "writer", "carer")
    run("symptom", "no change today, a good day")
    assert _open(run) == {}
    for text in ("her regular carer has a chest infection so a new one came", "the carers were off sick with flu"):
        assert {f.category for f in read(text, carer=True)} == set(), text
    assert "infection" in {f.category for f in read("carer: she is burning up and shivering", carer=True)}


def test_a_writer_that_is_neither_is_one_sentence_and_changes_nothing(run, journal_file):
    assert "self (you keep your own journal) or carer" in one_sentence(run("config", "writer", "sometimes", code=2), code=2)
    assert run("config", "writer").stdout == "self\n"
    run("feel", "5")
    (journal_file.parent / "config.toml").write_text('writer = "nurse"\n')
    # an entry is stored and said to be, never followed by an error; config names what is wrong
    assert "Logged symptom" in run("symptom", FEVER).stdout
    assert run("status", "--short").exit_code == 0
    assert "writer" in one_sentence(run("config", "writer", code=2), code=2)


def test_a_writer_without_its_quotes_is_read_as_meant(run, journal_file):
    run("feel", "5")
    (journal_file.parent / "config.toml").write_text("writer = carer\n")
    assert "Seek help now" in run("symptom", FIT).stderr


def test_a_carers_usual_symptom_is_quiet_as_the_person_s(run):
    run("config", "writer", "carer")
    run("usual", "add", "dad's left leg weakness")
    assert "Warning sign" not in run("symptom", "dad's left leg weakness").stderr
    assert "Warning sign" in run("symptom", "dad's left leg weakness, much worse").stderr


def test_the_matcher_reads_a_carers_text_as_the_persons():
    assert not read(FIT) and {f.sign.tier for f in read(FIT, carer=True)} == {NOW}


def test_the_writer_read_without_the_toml_parser_agrees_with_it(tmp_path):
    """``status --short`` reads the setting from a plain line; any other file goes through TOML."""
    from ocrelog.config import writer

    journal = tmp_path / "journal.db"
    config = tmp_path / "config.toml"
    assert writer(journal) == "self"  # no file
    for text, expected in [
        ('name = "Sam"\n', "self"),
        ('writer = "carer"\n', "carer"),
        ("writer='carer'\n", "carer"),
        ('date_order = "dmy"\nwriter = "self"\n', "self"),
        ('[sync]\nwriter = "carer"\n', "self"),  # a table's key, not the setting
        ('writer = "carer" # kept for Dad\n', "carer"),  # a comment: read by TOML
        ('name = "the writer of this"\n', "self"),
    ]:
        config.write_text(text)
        assert writer(journal) == expected, text
