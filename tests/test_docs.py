"""The docs cannot silently drift from the commands."""

from pathlib import Path

import pytest
import typer.main

from ocrelog.cli import app

ROOT = Path(__file__).resolve().parent.parent
COMMANDS_DOC = (ROOT / "docs" / "commands.md").read_text()
CLICK_APP = typer.main.get_command(app)


@pytest.mark.parametrize("name", sorted(CLICK_APP.commands))
def test_every_command_is_documented_with_its_options(name):
    command = CLICK_APP.commands[name]
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
