"""Where the journal lives: one function, with overrides.

Strongest first: the ``--db`` option, the ``OCRELOG_DB`` environment
variable, then ``$XDG_DATA_HOME/ocrelog/journal.db`` (by default
``~/.local/share/ocrelog/journal.db``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "OCRELOG_DB"


def data_dir(environ: Mapping[str, str] = os.environ) -> Path:
    return _xdg_dir("XDG_DATA_HOME", (".local", "share"), environ)


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """Where ocrelog keeps what it can work out again (``short_cache``): ``$XDG_CACHE_HOME/ocrelog``,
    by default ``~/.cache/ocrelog``. Nothing there is needed: emptying it loses nothing."""
    return _xdg_dir("XDG_CACHE_HOME", (".cache",), environ)


def _xdg_dir(variable: str, default: tuple[str, ...], environ: Mapping[str, str]) -> Path:
    """``$variable/ocrelog``, or ``~/default/ocrelog`` when it is unset or relative (the XDG spec
    says a relative path is invalid and is ignored)."""
    base = environ.get(variable, "")
    if not base or not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), *default)
    return Path(base) / "ocrelog"


def journal_path(option: str | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    chosen = option or environ.get(ENV_VAR)
    if chosen:
        return Path(os.path.expanduser(chosen)).absolute()
    return data_dir(environ) / "journal.db"


#: The journal of this run (set by the command line): no output may replace it or its files
#: (``output_files.check_not_journal``). Kept here, where the command line already looks.
_protected: list[Path] = []


def protect(journal: Path | None) -> None:
    """Remember the journal of this run, whose files no output written after this may be."""
    _protected[:] = [Path(journal)] if journal is not None else []


def protected() -> list[Path]:
    return list(_protected)
