"""The few insides of Typer that ocrelog leans on (lazy_commands.py) are still there, as used."""

import importlib
import inspect

import pytest

from ocrelog import lazy_commands


@pytest.mark.parametrize(("module", "name"), lazy_commands.USES)
def test_what_lazy_commands_uses_of_typer_is_still_there(module, name):
    import typer

    found = getattr(importlib.import_module(module), name, None)
    assert found is not None, (
        f"typer {typer.__version__} has no {module}.{name}, which src/ocrelog/lazy_commands.py uses: "
        "pin typer below this release in pyproject.toml, or change lazy_commands.py"
    )


def test_get_command_from_info_still_takes_the_options_passed_to_it():
    import typer
    import typer.main

    parameters = inspect.signature(typer.main.get_command_from_info).parameters
    for option in ("pretty_exceptions_short", "rich_markup_mode"):
        assert option in parameters, (
            f"typer {typer.__version__}: get_command_from_info() no longer takes {option}; "
            "see src/ocrelog/lazy_commands.py"
        )


def test_a_run_builds_only_the_command_it_runs():
    """As a new process does: the group built afresh (the run fixture reuses one group)."""
    from typer.testing import CliRunner

    from ocrelog.cli import app

    lazy_commands.built.clear()
    result = CliRunner().invoke(app, ["feel", "6"])
    assert result.exit_code == 0, result.output
    assert lazy_commands.built == ["feel"]


def test_a_typo_still_gets_a_suggestion(run):
    assert "did you mean 'feel'" in run("fell", "6", code=2).stderr


def test_the_program_tunes_the_collector_and_importing_ocrelog_does_not(tmp_path):
    """python -m ocrelog (and the console script) raises the young-collection threshold and
    freezes what is left at the end; a script that imports ocrelog keeps CPython's collector."""
    import gc
    import subprocess
    import sys

    from ocrelog import program

    code = (
        "import gc, sys\n"
        "default = gc.get_threshold()\n"
        "import ocrelog.cli\n"
        "print(gc.get_threshold() == default)\n"
        "sys.argv = ['ocrelog', '--db', sys.argv[1], 'feel', '6']\n"
        "from ocrelog.program import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "print(gc.get_threshold()[0], gc.get_freeze_count() > 0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "j.db")], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert (out[0], out[-1]) == ("True", f"{program.YOUNG_ALLOCATIONS} True")
    assert gc.get_freeze_count() == 0  # and the tests' own process was not touched
