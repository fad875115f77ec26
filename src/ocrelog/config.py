"""Settings kept beside the journal: ``config.toml`` in the journal's folder.

``date_order``: how a numeric date such as ``03/11/2026`` is read when day
and month could be confused (``dmy``: 3 November; ``mdy``: March 11).
Strongest first: the ``OCRELOG_DATE_ORDER`` environment variable,
``date_order = "dmy"`` in the config file, the locale (``LC_ALL``, ``LC_TIME``,
``LANG``: US English and a few others write month first), then ``mdy``.

``name``: the person's name, printed in the summary's heading (``summary
--name`` wins over it). When neither is set, ``summary`` says once how to set
one (``NAME_HINT``), and remembers that it did in ``NAME_HINT_MARK`` beside the
journal, as the date-order hint is remembered.
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


def _checked(value: object, where: str, key: str = "date_order", choices: tuple[str, ...] = DATE_ORDERS) -> str:
    """A setting that is one of ``choices`` (any case, spaces around), or one sentence."""
    text = str(value).strip().lower()
    if text not in choices:
        raise InvalidValue(f"{key} in {where} must be {' or '.join(choices)}, not {value!r}.")
    return text


def _settings(path: Path) -> dict:
    if not path.is_file():
        return {}
    import tomllib

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise InvalidValue(f"Could not read {path} ({error.strerror or error}).") from None
    except UnicodeDecodeError:
        raise InvalidValue(f"{path} is not UTF-8 text; {_REPAIR}.") from None
    except tomllib.TOMLDecodeError as error:
        raise InvalidValue(f"{path} is not valid TOML ({error}); {_REPAIR}.") from None


#: How to repair an unreadable config.toml: the command that writes it keeps the old one aside.
_REPAIR = "correct it, or set a value with 'ocrelog config KEY VALUE' (which keeps the old file aside)"


def date_order(journal: Path, environ: Mapping[str, str] = os.environ) -> str:
    return date_order_and_source(journal, environ)[0]


def date_order_and_source(journal: Path, environ: Mapping[str, str] = os.environ) -> tuple[str, str | None]:
    """The date order, and where it was set: ``ENV_DATE_ORDER``, the config file's path, or None
    (the locale or the default: nobody chose it)."""
    if environ.get(ENV_DATE_ORDER):
        return _checked(environ[ENV_DATE_ORDER], ENV_DATE_ORDER), ENV_DATE_ORDER
    path = config_file(journal)
    settings = _settings(path)
    if "date_order" in settings:
        return _checked(settings["date_order"], str(path)), str(path)
    return locale_date_order(environ) or DEFAULT_DATE_ORDER, None


#: A file beside the journal saying the date-order hint was given once (it is not repeated).
HINT_MARK = ".date-order-hint-given"


def date_order_hint_given(journal: Path) -> bool:
    return (journal.parent / HINT_MARK).exists()


def mark_date_order_hint(journal: Path) -> bool:
    """Remember that the hint was given, in the journal's folder; False when that folder does
    not exist (reading commands create nothing) or cannot be written: the hint comes again."""
    try:
        os.close(os.open(journal.parent / HINT_MARK, os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError:
        return False
    return True


def set_date_order(journal: Path, value: str) -> Path:
    """Write ``date_order = "VALUE"`` into config.toml (its other lines kept), atomically; returns the path."""
    return _set(journal, "date_order", _checked(value, "the command line").strip())


def set_name(journal: Path, value: str) -> Path:
    """Write ``name = "VALUE"`` into config.toml (its other lines kept); an empty name removes it."""
    return _set(journal, "name", clean_name(value, "the command line"))


def _set(journal: Path, key: str, value: str | None) -> Path:
    """Write ``key = "value"`` (None: remove the key), keeping the file's other lines, atomically."""
    import json

    from ocrelog.opening import make_private_folder
    from ocrelog.output_files import atomic_path

    path = config_file(journal)
    try:
        _settings(path)
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    except (InvalidValue, OSError, UnicodeDecodeError):
        set_aside(path)  # unreadable: kept beside it, never lost, and a new file is started
        lines = []
    # A JSON string is a TOML basic string (the same quotes and escapes).
    setting = f"{key} = {json.dumps(value, ensure_ascii=False)}" if value is not None else None
    kept = [line for line in lines if line.split("=", 1)[0].strip() != key]
    table = next((i for i, line in enumerate(kept) if line.lstrip().startswith("[")), len(kept))
    if setting is not None:
        kept.insert(table, setting)  # top-level keys go before any [table]
    make_private_folder(path.parent)
    with atomic_path(path, overwrite=True, own_file=True) as temporary:
        temporary.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


#: What an unreadable config.toml is renamed to when ``ocrelog config`` writes a new one.
SET_ASIDE_SUFFIX = ".unreadable"
#: The files set aside by this run (the command says so).
set_aside_files: list[Path] = []


def set_aside(path: Path) -> Path:
    """Rename an unreadable config file to ``config.toml.unreadable`` (or ``-2``...), keeping it."""
    from ocrelog.output_files import free_name

    kept = free_name(path.with_name(path.name + SET_ASIDE_SUFFIX))
    os.rename(path, kept)
    try:
        os.chmod(kept, 0o600)  # settings (a name) kept as private as the journal
    except OSError:
        pass
    set_aside_files.append(kept)
    return kept


#: A name longer than this is refused (it is a heading, not a note).
MAX_NAME = 100


def clean_name(value: object, where: str = "--name") -> str | None:
    """A person's name for the summary heading: spaces tidied; empty means none."""
    if not isinstance(value, str):
        raise InvalidValue(f'name in {where} must be text, like name = "Alex Smith".')
    text = " ".join(value.split())
    if len(text) > MAX_NAME:
        raise InvalidValue(f"The name in {where} is {len(text)} characters; at most {MAX_NAME} fit the heading.")
    return text or None


#: Said once (on stderr) by a summary made with no name: how to put one in its heading.
NAME_HINT = "The summary's heading has no name: add one with --name NAME, or set it once with: ocrelog config name NAME"
#: A file beside the journal saying the name hint was given once (it is not repeated).
NAME_HINT_MARK = ".name-hint-given"


def name_hint_given(journal: Path) -> bool:
    return (journal.parent / NAME_HINT_MARK).exists()


def mark_name_hint(journal: Path) -> bool:
    """Remember that the name hint was given; False when the journal's folder cannot be written
    (the hint then comes again)."""
    try:
        os.close(os.open(journal.parent / NAME_HINT_MARK, os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError:
        return False
    return True


def person_name(journal: Path) -> str | None:
    """``name`` from config.toml beside the journal (the summary's heading), or None."""
    path = config_file(journal)
    settings = _settings(path)
    return clean_name(settings["name"], str(path)) if "name" in settings else None


#: ``sync_dir``: the synced folder ``ocrelog sync`` uses when none is given (this computer's own).
SYNC_DIR = "sync_dir"


def sync_dir(journal: Path) -> Path | None:
    path = config_file(journal)
    value = _settings(path).get(SYNC_DIR)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(f'sync_dir in {path} must be a folder, like sync_dir = "~/Sync".')
    return Path(os.path.expanduser(value))


def set_sync_dir(journal: Path, value: str) -> Path:
    """Write ``sync_dir = "FOLDER"`` (absolute; an empty value removes it)."""
    text = value.strip()
    return _set(journal, SYNC_DIR, str(Path(os.path.expanduser(text)).absolute()) if text else None)


#: ``writer``: who keeps the journal. ``self`` (the default): the person with MS writes, and another
#: person's illness ("my son has a cold") is theirs. ``carer``: someone writes for the person, so
#: the people they name ("Dad had a fit", "my wife is 39.4") are the person (signs.read's ``carer``).
WRITER = "writer"
WRITERS = ("self", "carer")


def writer(journal: Path) -> str:
    """``writer`` from config.toml beside the journal: ``self`` or ``carer``.

    ``status --short`` asks at every shell start-up: a file that never says "writer", or says it
    on a top-level line as ``config writer`` writes it, is answered without the TOML parser
    (about 25 ms to import); any other file is parsed."""
    path = config_file(journal)
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    if WRITER.encode() not in data:
        return WRITERS[0]
    plain = _plain_value(data.decode("utf-8", "replace"), WRITER)
    if plain in WRITERS:
        return plain
    settings = _settings(path)
    return _checked(settings[WRITER], str(path), WRITER, WRITERS) if WRITER in settings else WRITERS[0]


def _plain_value(text: str, key: str) -> str | None:
    """The value of a top-level ``key = "value"`` line (before any [table]), or None."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            return None
        name, equals, value = stripped.partition("=")
        value = value.strip()
        if equals and name.strip() == key and len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
            return value[1:-1]
        if equals and name.strip() == key and value.isalpha():
            return value.lower()  # "writer = carer", the quotes forgotten: read as meant
    return None


def set_writer(journal: Path, value: str) -> Path:
    """Write ``writer = "carer"`` (or ``"self"``) into config.toml, its other lines kept."""
    return _set(journal, WRITER, _checked(value, "the command line", WRITER, WRITERS))


def person_settings(journal: Path, keys: tuple[str, ...]) -> dict[str, str | None]:
    """The person's settings as config.toml holds them (None: not set), for sync."""
    settings = _settings(config_file(journal))
    return {key: (str(settings[key]) if key in settings else None) for key in keys}


def set_person_setting(journal: Path, key: str, value: object) -> None:
    """Write a setting that came from another journal, checked as if typed here (None removes it)."""
    if value is None:
        if key in _settings(config_file(journal)):
            _set(journal, key, None)
        return
    if key == "date_order":
        _set(journal, key, _checked(value, "another journal"))
    elif key == "name":
        _set(journal, key, clean_name(value, "another journal"))
    elif key == WRITER:
        _set(journal, key, _checked(value, "another journal", WRITER, WRITERS))
