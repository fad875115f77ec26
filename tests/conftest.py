from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import traceback
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
import typer
import typer.main
import typer.testing
from typer.testing import CliRunner, Result

from ocrelog import cli
from ocrelog.cli import app
from ocrelog.demo import sample_entries
from ocrelog.journal import Journal

TODAY = date.today()


def ago(days: int) -> str:
    """The ISO date ``days`` days before today."""
    return (TODAY - timedelta(days=days)).isoformat()


def entries(journal_file: Path) -> list:
    """Every entry of the journal at ``journal_file``, newest first."""
    with Journal.open(journal_file) as journal:
        return journal.entries(limit=None)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands see a person at the terminal (so they may ask)."""
    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True)


@pytest.fixture(autouse=True)
def journal_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own journal path; nobody's real journal is touched."""
    path = tmp_path / "data" / "journal.db"
    monkeypatch.setenv("OCRELOG_DB", str(path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # status --short keeps its line there
    monkeypatch.setenv("COLUMNS", "120")
    for variable in ("LC_ALL", "LC_TIME", "LANG", "OCRELOG_DATE_ORDER", "OCRELOG_DEBUG"):
        monkeypatch.delenv(variable, raising=False)  # the same date order everywhere
    return path


#: ``run(..., code=ANY)``: a command whose exit code the test does not pin (random command lines).
ANY = object()


_COMMANDS: dict[int, object] = {}


def _command_once(app: typer.Typer) -> object:
    """The Click command Typer builds from ``app``, built once a session and reused, as one
    running program builds it once (the group keeps each subcommand it has built). Rebuilding
    it for each of the suite's ~2,500 runs read every command's signature again: about a fifth
    of the CPU of a test through the CLI."""
    if id(app) not in _COMMANDS:
        _COMMANDS[id(app)] = typer.main.get_command(app)
    return _COMMANDS[id(app)]


@pytest.fixture
def fresh_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """For a test that changes what a command is built from (an importer added to the
    registry, say): ``run`` builds the Click group anew in this test, and forgets it after."""
    monkeypatch.setitem(globals(), "_COMMANDS", {})


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run ocrelog as a user would: ``run("feel", "6")``.

    The command must succeed (exit 0, no exception) unless the test names the exit code it
    expects: ``run("feel", "11", code=2)`` (``expect=2`` is the same); ``code=ANY`` pins none.
    A set-up command that fails therefore fails the test where it ran, with its output."""
    monkeypatch.setattr(typer.testing, "_get_command", _command_once)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, code: object = 0,
               expect: object = None) -> Result:
        __tracebackhide__ = True
        result = runner.invoke(app, list(args), input=input)
        wanted = code if expect is None else expect
        if wanted is ANY:
            return result
        if result.exit_code != wanted or (wanted == 0 and result.exception is not None):
            trace = ""
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                trace = "".join(traceback.format_exception(result.exception))
            pytest.fail(
                f"ocrelog {shlex.join(args)} exited {result.exit_code}, expected {wanted}\n"
                f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}\n{trace}")
        return result

    return invoke


@pytest.fixture(scope="session")
def _built_journals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The folders of the journals ``built_once`` fixtures made, by fixture."""
    return {}


def built_once(build: Callable[..., None]) -> Callable[..., None]:
    """Make ``build(run)`` (a journal written through the commands) a fixture that runs the
    commands once a session, in the first test that needs it, and gives every later test a copy
    of that journal's folder (the journal and its config.toml). The commands still run as a
    person would run them, and each test still changes only its own copy."""

    @pytest.fixture(name=build.__name__)
    def fixture(run: Callable[..., Result], journal_file: Path, _built_journals: dict[str, Path],
                tmp_path_factory: pytest.TempPathFactory) -> None:
        key = f"{build.__module__}.{build.__qualname__}"
        if key in _built_journals:
            shutil.copytree(_built_journals[key], journal_file.parent, dirs_exist_ok=True)
            return
        build(run)
        kept = tmp_path_factory.mktemp(build.__name__) / "data"
        shutil.copytree(journal_file.parent, kept)
        _built_journals[key] = kept

    fixture.__doc__ = build.__doc__
    return fixture


#: Headless Chromium, when installed, prints a page to PDF to count its pages.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def pdf_pages(page: Path, folder: Path) -> int:
    """How many A4 pages ``page`` (an HTML file) prints on, in headless Chromium."""
    assert CHROMIUM is not None
    pdf = folder / "printed.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={folder / 'profile'}", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def one_sentence(result: Result, code: int = 2, *, only: bool = True) -> str:
    """The error a user caused, as ocrelog promises it: exit ``code``, no traceback, and one
    ``Error:`` sentence as the last line of stderr (with ``only``, the only line). Returns it."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    if only:
        assert len(lines) == 1, lines
    assert not any(line.startswith("Error:") for line in lines[:-1]), lines
    assert lines[-1].startswith("Error: ") and lines[-1].endswith("."), lines[-1]
    return lines[-1]


#: A reference that would make a page fetch something from the network (a page must need none).
EXTERNAL = re.compile(r"(?:src|href)\s*=\s*[\"']?(?:https?:|//)|url\(\s*[\"']?(?:https?:|//)|@import")


@pytest.fixture
def demo_journal(journal_file: Path) -> Path:
    """The journal holds ocrelog's made-up sample (``ocrelog demo``'s), dated up to today."""
    with Journal.open(journal_file, write=True) as journal:
        journal.add_many(sample_entries(date.today()))
    return journal_file
