"""The journal's schema history: the one list of its steps.

One function per step, never edited once released: a change to the schema is
a new step at the end of ``STEPS``. Opening an up-to-date journal only compares
step *names* (``SCHEMA``), so sqlite-utils, which is slow to import, is loaded
by :func:`apply` alone, when a step actually has to run. Each step runs through
sqlite-utils' ``Migrations``, which records it in ``_sqlite_migrations``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

APPLICATION_ID = 0x4F43524C  # "OCRL", shown by `file journal.db`
MIGRATION_SET = "ocrelog"
#: step name -> the ocrelog version that applied it (from step 6 on).
VERSIONS_TABLE = "ocrelog_versions"

_TYPES_V1 = "'infusion', 'fatigue', 'symptom'"
_TYPES_V3 = "'infusion', 'fatigue', 'symptom', 'temperature', 'planned'"
_TYPES_V6 = "'infusion', 'fatigue', 'symptom', 'temperature', 'planned', 'scale'"
_TYPES_V14 = _TYPES_V6 + ", 'lab', 'vaccine', 'planned_lab'"


def _entries_table(name: str, types: str, extra: str = "") -> str:
    return f"""
        CREATE TABLE {name} (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            type TEXT NOT NULL CHECK (type IN ({types})),
            date TEXT NOT NULL,
            value INTEGER,
            name TEXT,
            note TEXT,
            premeds TEXT,
            reactions TEXT,
            logged_at TEXT NOT NULL{extra}
        )
        """


def m001_entries(db: Any) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(_entries_table("entries", _TYPES_V1))


def m002_daily_index(db: Any) -> None:
    # The report reads each day's highest fatigue score; this index lets SQLite
    # read the scores in day order instead of sorting them (23 ms -> 13 ms on
    # ten years at 20 scores a day; docs/performance.md).
    db.execute("CREATE INDEX entries_daily ON entries (type, substr(date, 1, 10), value)")


def m003_temperature_planned_source(db: Any) -> None:
    # Two new entry types (a measured temperature, a booked dose) need a new
    # CHECK, which SQLite can only change by copying the table; ids are kept.
    # `source` names the app an imported entry came from (NULL: typed here).
    db.execute(_entries_table("entries_new", _TYPES_V3, ",\n            source TEXT"))
    db.execute(
        "INSERT INTO entries_new (id, type, date, value, name, note, premeds, reactions,"
        " logged_at) SELECT id, type, date, value, name, note, premeds, reactions, logged_at"
        " FROM entries"
    )
    db.execute("DROP TABLE entries")
    db.execute("ALTER TABLE entries_new RENAME TO entries")
    m002_daily_index(db)


def m004_actions(db: Any) -> None:
    # The change log behind `undo`: one row per change a command made, with
    # what it takes to reverse it (JSON), so undo survives restarts.
    db.execute(
        """
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            summary TEXT NOT NULL,
            payload TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    # A journal from before the change log: its newest entry is the one change
    # that `undo` can still reverse, as it could before.
    last = db.execute("SELECT id, type, date FROM entries ORDER BY id DESC LIMIT 1").fetchone()
    if last is not None:
        entry_id, entry_type, when = last
        db.execute(
            "INSERT INTO actions (at, kind, summary, payload) VALUES (datetime('now'), 'add', ?, ?)",
            [
                f"added #{entry_id}: {entry_type} on {when} (before the change log)",
                f'{{"added": [[{entry_id}, {entry_id}]], "removed": [], "changed": []}}',
            ],
        )


def m005_date_index(db: Any) -> None:
    # `log` shows the newest entries first, and `log`, `export` and ranges
    # read by date: without this index each of them sorts the whole table.
    db.execute("CREATE INDEX entries_by_date ON entries (date, id)")


def m006_handled(db: Any) -> None:
    # `ocrelog handled ID` marks an entry's warning sign as dealt with: the day
    # and an optional note. Columns of the entry itself, so undo, delete and
    # backup carry the mark with it.
    db.execute("ALTER TABLE entries ADD COLUMN handled_on TEXT")
    db.execute("ALTER TABLE entries ADD COLUMN handled_note TEXT")


def m007_step_versions(db: Any) -> None:
    # Which ocrelog applied each step (filled by `apply`), so an older ocrelog
    # that meets a step it does not know can say which version it needs.
    db.execute(f"CREATE TABLE {VERSIONS_TABLE} (step TEXT PRIMARY KEY, version TEXT NOT NULL) WITHOUT ROWID")


def m008_daily_covering_index(db: Any) -> None:
    # The same index as step 2 with `date` added, so it covers the daily query
    # (each day's highest score) and the rows of a dose's day: SQLite reads the
    # index alone, never the table (about a quarter faster on ten years;
    # docs/performance.md). Step 2's index is a prefix of this one: dropped.
    db.execute("CREATE INDEX entries_daily_cover ON entries (type, substr(date, 1, 10), value, date)")
    db.execute("DROP INDEX IF EXISTS entries_daily")


def m009_scales(db: Any) -> None:
    # A questionnaire result (FSS, MFIS, MFIS-5) is an entry of type 'scale':
    # its answers by item number and its subscales are JSON text in two new
    # columns. The type CHECK can only change by copying the table. The copy
    # is built from the table's own definition, so a column or an index
    # another step added is kept whatever order the steps run in; ids and the
    # id counter are kept, so `undo` never meets a reused id.
    db.execute("ALTER TABLE entries ADD COLUMN items TEXT")
    db.execute("ALTER TABLE entries ADD COLUMN subscales TEXT")
    _copy_entries(db, _TYPES_V3, _TYPES_V6, "m009_scales")


def _copy_entries(db: Any, old_types: str, new_types: str, step: str) -> None:
    """Copy ``entries`` to widen its type CHECK from ``old_types`` to ``new_types`` (m009, m014).

    The copy is built from the table's own definition, so a column or an index another
    step added is kept whatever order the steps run in; ids and the id counter are kept,
    so `undo` never meets a reused id. Triggers are dropped with the old table: a step
    after m011 creates its triggers again (:func:`_daily_highest_triggers`).
    """
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'entries'").fetchone()
    old_check, new_check = f"CHECK (type IN ({old_types}))", f"CHECK (type IN ({new_types}))"
    if old_check not in sql:
        raise RuntimeError(f"{step}: the entries table's type CHECK is not the one expected")
    indexes = [
        index_sql
        for (index_sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries' AND sql IS NOT NULL"
        ).fetchall()
    ]
    counter = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'entries'").fetchone()
    new_sql = sql.replace(old_check, new_check).replace("CREATE TABLE entries", "CREATE TABLE entries_new", 1)
    new_sql = new_sql.replace('CREATE TABLE "entries"', "CREATE TABLE entries_new", 1)
    db.execute(new_sql)
    db.execute("INSERT INTO entries_new SELECT * FROM entries")
    db.execute("DROP TABLE entries")
    db.execute("ALTER TABLE entries_new RENAME TO entries")
    for index_sql in indexes:
        db.execute(index_sql)
    if counter is not None:
        db.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'entries'", [counter[0]])


def m010_words_index(db: Any) -> None:
    # The warning signs read every entry with words (symptoms, temperatures,
    # doses and every note) over the whole journal: a partial index holds just
    # those, in date order, so the report reads them without visiting each
    # fatigue score (journal.WITH_WORDS is the same condition, word for word,
    # as SQLite needs to use the index).
    db.execute(
        "CREATE INDEX entries_with_words ON entries (date, id)"
        " WHERE (type IN ('symptom', 'temperature', 'infusion') OR note IS NOT NULL)"
    )


#: Each day's highest fatigue score, kept by the journal itself (step 11). The
#: report reads it as it is: thirty years are 11,000 rows, where reducing 22,000
#: scores with GROUP BY took 10 ms. SQLite's triggers keep it exact whoever
#: writes, ocrelog or any other SQLite tool: a new score raises its day's
#: value, and a deleted or changed score has its old and new day counted again
#: from the scores (through ``entries_daily_cover``, so a few index rows).
_DAY = "substr({}.date, 1, 10)"
#: Count the highest score again, of every day or (``{days}``) of the days named.
_COUNT = (
    "INSERT INTO daily_highest (day, highest)"
    " SELECT substr(date, 1, 10), CAST(max(value) AS INTEGER) FROM entries"
    " WHERE type = 'fatigue' AND value IS NOT NULL{only} GROUP BY 1"
)
_COUNT_DAYS = _COUNT.format(only=" AND substr(date, 1, 10) IN ({days})")


def m011_daily_highest(db: Any) -> None:
    # A table copy of `entries` (as m009 made) drops these triggers: a later
    # step that copies the table must create them again.
    db.execute("CREATE TABLE daily_highest (day TEXT PRIMARY KEY, highest INTEGER NOT NULL) WITHOUT ROWID")
    db.execute(_COUNT.format(only=""))
    _daily_highest_triggers(db)


def _daily_highest_triggers(db: Any) -> None:
    """The triggers that keep ``daily_highest`` exact (step 11; again after a table copy, step 14)."""
    new, old = _DAY.format("NEW"), _DAY.format("OLD")
    db.execute(
        "CREATE TRIGGER daily_highest_added AFTER INSERT ON entries"
        " WHEN NEW.type = 'fatigue' AND NEW.value IS NOT NULL BEGIN"
        f" INSERT INTO daily_highest (day, highest) VALUES ({new}, CAST(NEW.value AS INTEGER))"
        " ON CONFLICT (day) DO UPDATE SET highest = max(highest, excluded.highest); END"
    )
    db.execute(
        "CREATE TRIGGER daily_highest_removed AFTER DELETE ON entries WHEN OLD.type = 'fatigue' BEGIN"
        f" DELETE FROM daily_highest WHERE day = {old}; {_COUNT_DAYS.format(days=old)}; END"
    )
    db.execute(
        "CREATE TRIGGER daily_highest_changed AFTER UPDATE OF type, date, value ON entries"
        " WHEN OLD.type = 'fatigue' OR NEW.type = 'fatigue' BEGIN"
        f" DELETE FROM daily_highest WHERE day IN ({old}, {new}); {_COUNT_DAYS.format(days=f'{old}, {new}')}; END"
    )


def m012_usual(db: Any) -> None:
    # `ocrelog usual add TEXT`: the person's usual symptoms, which raise no warning sign
    # unless a text says they changed (concerns.py). One row a symptom, as typed.
    db.execute("CREATE TABLE usual (text TEXT PRIMARY KEY COLLATE NOCASE, added TEXT NOT NULL)")
    # A dose's time as the person gave it (1), or the moment `infuse` was run because no time
    # was given (0; the dose was probably earlier that day); NULL before this step.
    db.execute("ALTER TABLE entries ADD COLUMN time_given INTEGER")
    # What the warning-sign matcher read in each text, under its version (signs.matcher_version),
    # so that `status --short` need not read the notes again: a cache, safe to empty.
    db.execute(
        "CREATE TABLE read_cache (text TEXT PRIMARY KEY, matcher TEXT NOT NULL, found TEXT NOT NULL) WITHOUT ROWID"
    )


#: The one-row table that holds the journal's own id (step 13).
JOURNAL_ID_TABLE = "journal_id"


def m013_journal_id(db: Any) -> None:
    # The journal's own id: random, made once, when the journal is created or
    # (an older journal) first opened by this version. It lives in the file, so
    # a copy, a backup (VACUUM INTO) or a restored file keeps it, and an import
    # into another journal does not bring it. The calendar's UIDs are made from
    # it (ical.py), so a journal that moves keeps its events.
    import uuid

    db.execute(f"CREATE TABLE {JOURNAL_ID_TABLE} (one INTEGER PRIMARY KEY CHECK (one = 1), id TEXT NOT NULL)")
    db.execute(f"INSERT INTO {JOURNAL_ID_TABLE} (one, id) VALUES (1, ?)", [str(uuid.uuid4())])


#: The column that gives each entry an id shared by every journal it syncs with (step 15).
UID_COLUMN = "uid"
#: A new stable id: 32 random hex digits, made by SQLite itself (any tool that adds a row gets one).
_NEW_UID = "lower(hex(randomblob(16)))"


def uid_triggers(db: Any) -> None:
    """(Re)create the trigger that gives every new entry its stable id.

    A step that copies the ``entries`` table (as m009 did) drops the table's
    triggers: such a step must call this again (and m011's triggers' step).
    """
    db.execute("DROP TRIGGER IF EXISTS entries_uid_given")
    db.execute(
        "CREATE TRIGGER entries_uid_given AFTER INSERT ON entries WHEN NEW.uid IS NULL BEGIN"
        f" UPDATE entries SET uid = {_NEW_UID} WHERE id = NEW.id; END"
    )


def m014_labs_vaccines(db: Any) -> None:
    # Blood test results (`ocrelog lab`), vaccinations (`ocrelog vaccine`) and booked blood
    # tests (`lab --planned`) are entries of three new types: the type CHECK can only change
    # by copying the table (as m009 did), which drops step 11's triggers, so they are made
    # again. A result's unit (as given), the range printed on the person's lab report, a
    # hepatitis B result's word, and whether a vaccine is live are four new columns.
    db.execute("ALTER TABLE entries ADD COLUMN unit TEXT")
    db.execute("ALTER TABLE entries ADD COLUMN range_low REAL")
    db.execute("ALTER TABLE entries ADD COLUMN range_high REAL")
    db.execute("ALTER TABLE entries ADD COLUMN result TEXT")
    db.execute("ALTER TABLE entries ADD COLUMN live INTEGER")
    _copy_entries(db, _TYPES_V6, _TYPES_V14, "m014_labs_vaccines")
    _daily_highest_triggers(db)
    # A journal that took step 15 first (made by a development build) keeps its uid trigger.
    if UID_COLUMN in {row[1] for row in db.execute("PRAGMA table_info(entries)")}:
        uid_triggers(db)


def m015_sync(db: Any) -> None:
    # `ocrelog sync`: every entry gets a stable id (uid) shared by the journals it syncs
    # with; the local integer id stays what `log`, `edit` and `undo` show. Added by
    # ALTER TABLE (no copy of the table), filled for the entries already there, and
    # given to each new row by a trigger (uid_triggers), whoever writes it.
    db.execute(f"ALTER TABLE entries ADD COLUMN {UID_COLUMN} TEXT")
    db.execute(f"UPDATE entries SET {UID_COLUMN} = {_NEW_UID}")
    db.execute(f"CREATE UNIQUE INDEX entries_uid ON entries ({UID_COLUMN})")
    uid_triggers(db)
    # What sync keeps (sync.py): the merged document's state and what this journal wrote
    # (one row); the files written (each name noted before its file is written) or applied;
    # each entry, usual symptom and setting as last agreed with the document (how a local
    # change is found); entries the document holds that this journal's schema refused
    # (tried again each run).
    db.execute(
        "CREATE TABLE sync_state (one INTEGER PRIMARY KEY CHECK (one = 1), doc BLOB NOT NULL,"
        " written BLOB NOT NULL, seq INTEGER NOT NULL)"
    )
    db.execute("CREATE TABLE sync_files (folder TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (folder, name))")
    db.execute(
        "CREATE TABLE sync_seen (kind TEXT NOT NULL, key TEXT NOT NULL, row TEXT NOT NULL,"
        " PRIMARY KEY (kind, key)) WITHOUT ROWID"
    )
    db.execute("CREATE TABLE sync_held (uid TEXT PRIMARY KEY) WITHOUT ROWID")


def m016_handled_signs(db: Any) -> None:
    # `handled --category` and `handled C3` mark one kind of warning sign of an entry, not
    # all of them: a JSON object of category -> [day, note] (entries.handled_signs_text).
    # `handled_on` still marks every sign of an entry (`handled 42`).
    db.execute("ALTER TABLE entries ADD COLUMN handled_signs TEXT")
    # What sync last agreed for each entry gains the column, empty as it is everywhere: else the
    # first sync after the upgrade would take every entry for a changed one.
    db.execute("UPDATE sync_seen SET row = json_set(row, '$.handled_signs', NULL) WHERE kind = 'entry'")


STEPS: tuple[Callable[[Any], None], ...] = (
    m001_entries,
    m002_daily_index,
    m003_temperature_planned_source,
    m004_actions,
    m005_date_index,
    m006_handled,
    m007_step_versions,
    m008_daily_covering_index,
    m009_scales,
    m010_words_index,
    m011_daily_highest,
    m012_usual,
    m013_journal_id,
    m014_labs_vaccines,
    m015_sync,
    m016_handled_signs,
)
SCHEMA: tuple[str, ...] = tuple(step.__name__ for step in STEPS)


def migrations() -> Any:
    """The steps as a sqlite-utils ``Migrations`` set (imports sqlite-utils)."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations(MIGRATION_SET)
    for step in STEPS:
        steps()(step)
    return steps


def apply(db: Any) -> None:
    """Run the pending steps, and note this ocrelog's version beside each step it applied."""
    from ocrelog import __version__

    migrations().apply(db)
    db.execute(
        f"INSERT OR IGNORE INTO {VERSIONS_TABLE} (step, version)"
        " SELECT name, ? FROM _sqlite_migrations WHERE migration_set = ?",
        [__version__, MIGRATION_SET],
    )
