"""Building a Typer command only when it is run: the one place that leans on Typer's insides.

Typer builds every command of an app before it runs one; ocrelog's root group
instead builds the command it is asked for (Click's lazy-group pattern), which
saves about 12 ms on every run (docs/performance.md). That needs two things
Typer does not promise to keep: ``typer.main.get_command_from_info`` (which
turns one registered command into a Click command) and the exception classes
of its vendored Click (``typer._click``). Both are used from here alone, and
``tests/test_lazy_commands.py`` fails with a plain message if an allowed Typer
release removes or changes them.
"""

from __future__ import annotations

from typing import Any

#: What this module uses of Typer's insides, for the test that guards it.
USES = (
    ("typer.main", "get_command_from_info"),
    ("typer.main", "get_command_name"),
    ("typer._click.exceptions", "NoArgsIsHelpError"),
    ("typer._click.exceptions", "UsageError"),
    ("typer._click.exceptions", "ClickException"),
    ("typer._click.types", "ParamType"),  # when_type.When: the WHEN options
)

#: The names of the commands built in this process, in order (for tests and curiosity).
built: list[str] = []


def registry(app: Any) -> dict[str, Any]:
    """The commands registered on a ``typer.Typer``, by the name a person types."""
    import typer.main

    return {info.name or typer.main.get_command_name(info.callback.__name__): info for info in app.registered_commands}


def build(info: Any, name: str) -> Any:
    """One registered command, built as Typer would build it inside its app."""
    import typer.main

    built.append(name)
    return typer.main.get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)


def click_exceptions() -> Any:
    """The module of Typer's vendored Click that holds the exceptions the error path catches."""
    from typer._click import exceptions

    return exceptions
