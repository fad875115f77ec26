"""Settings kept beside the journal: ``config.toml`` in the journal's folder.

``date_order``: how a numeric date such as ``03/11/2026`` is read when day
and month could be confused (``dmy``: 3 November; ``mdy``: March 11).
Strongest first: the ``OCRELOG_DATE_ORDER`` environment variable,
``date_order = "dmy"`` in the config file, the locale (``LC_ALL``, ``LC_TIME``,
``LANG``: US English and a few others write month first), then ``mdy``.

``name``: the person's name, printed in the summary's heading (``summary
--name`` wins over it).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from ocrelog.dates import DATE_ORDERS, DEFAULT_DATE_ORDER
from ocrelog.errors import InvalidValue

CONFIG_NAME = "config.toml"
ENV_DATE_ORDER = "OCRELOG_DATE_ORDER"
#: Locales whose people write the month first (03/11 is March 11).
MONTH_FIRST_LOCALES = ("en_US", "en_PH", "en_AS", "en_GU", "en_MP", "en_UM", "en_VI", "es_US")


def config_file(journal: Path) -> Path:
    return journal.parent / CONFIG_NAME


def locale_date_order(environ: Mapping[str, str]) -> str | None:
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = environ.get(variable, "")
        if value:
            name = value.split(".")[0].split("@")[0]
            if name in ("C", "POSIX"):
                return None
            return "mdy" if name in MONTH_FIRST_LOCALES else "dmy"
    return None


def _checked(value: object, where: str) -> str:
    text = str(value).strip().lower()
    if text not in DATE_ORDERS:
        raise InvalidValue(f"date_order in {where} must be dmy or mdy, not {value!r}.")
    return text


def date_order(journal: Path, environ: Mapping[str, str] = os.environ) -> str:
    if environ.get(ENV_DATE_ORDER):
        return _checked(environ[ENV_DATE_ORDER], ENV_DATE_ORDER)
    path = config_file(journal)
    if path.is_file():
        import tomllib

        try:
            with open(path, "rb") as handle:
                settings = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise InvalidValue(f"Could not read {path} ({error}).") from None
        if "date_order" in settings:
            return _checked(settings["date_order"], str(path))
    return locale_date_order(environ) or DEFAULT_DATE_ORDER


#: A name longer than this is refused (it is a heading, not a note).
MAX_NAME = 100


def clean_name(value: object, where: str = "--name") -> str | None:
    """A person's name for the summary heading: spaces tidied; empty means none."""
    if not isinstance(value, str):
        raise InvalidValue(f"name in {where} must be text, like name = \"Alex Smith\".")
    text = " ".join(value.split())
    if len(text) > MAX_NAME:
        raise InvalidValue(f"The name in {where} is {len(text)} characters; at most {MAX_NAME} fit the heading.")
    return text or None


def person_name(journal: Path) -> str | None:
    """``name`` from config.toml beside the journal, or None."""
    path = config_file(journal)
    if not path.is_file():
        return None
    import tomllib

    try:
        with open(path, "rb") as handle:
            settings = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise InvalidValue(f"Could not read {path} ({error}).") from None
    return clean_name(settings["name"], str(path)) if "name" in settings else None
