"""The tables of a detente store (DuckDB) and the marker that says a file is one.

documents   one row per stored document: doc_id is the content hash (the same text is
            stored once), source_id the id a corpus gave it (ids of corpora repeat)
sentences   the document's sentences with offsets, for evidence in context, and the page each
            starts on (documents with pages: PDF)
doc_references  the document's numbered references
events      one row per coded event (the DESIGN.md record, flattened), with the
            incident it belongs to and `seq`, the order events were stored in; `origin`
            says where it comes from: 'text' (coded by detente) or a dataset ('gdelt',
            'icews', 'polecat', 'sipri') with the dataset's own id (`origin_id`), the
            source URL it gives (`url`) and the row as read (`original`: its fields
            joined by tabs, named by detente.sources.formats)
incidents   one row per real-world act: the events of several documents merged
curations   the append-only audit trail of an analyst's decisions on events (confirm, reject,
            edit, undo; see curation.py); their effect is written into the events row too, whose
            `curation` column says 'confirmed' or 'rejected' (NULL: not curated)
dyad_summary, dyad_periods  counts per actor pair, and per pair and period, kept by every write in
            its own transaction (see summary.py): what the list of dyads and the profiles read
"""

from __future__ import annotations

from typing import Any

from . import summary
from .transaction import rollback

FORMAT_NAME = "detente-store"
SCHEMA_VERSION = "5"

_ACTOR = "{p}_text VARCHAR, {p}_name VARCHAR, {p}_country VARCHAR, {p}_sector VARCHAR, {p}_code VARCHAR"
# An imported row's original line is long and unlike every other (a million GDELT rows: 400 MB): zstd
# stores it in a fifth of the space, and faster than DuckDB's default analysis of which compression to
# use; the other columns keep that default (dictionary, constant, run-length), which zstd would make
# several times larger. Stores created before keep a plain column (see imports.SETTINGS).
ORIGINAL_COMPRESSION = "USING COMPRESSION zstd"

TABLES = [
    "CREATE TABLE IF NOT EXISTS detente_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_id VARCHAR PRIMARY KEY, source_id VARCHAR, title VARCHAR, published DATE,
        published_basis VARCHAR, url VARCHAR, path VARCHAR, n_chars INTEGER, n_sentences INTEGER,
        n_events INTEGER, ingested_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS sentences (
        doc_id VARCHAR, idx INTEGER, "start" INTEGER, "end" INTEGER, paragraph INTEGER, text VARCHAR,
        page INTEGER, PRIMARY KEY (doc_id, idx))""",
    """CREATE TABLE IF NOT EXISTS doc_references (
        doc_id VARCHAR, n INTEGER, text VARCHAR, date DATE)""",
    f"""CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY, seq BIGINT, doc_id VARCHAR NOT NULL, incident_id VARCHAR,
        {_ACTOR.format(p="source")}, {_ACTOR.format(p="target")},
        source_key VARCHAR, target_key VARCHAR, pair_key VARCHAR,
        reciprocal BOOLEAN, event_type VARCHAR, mode VARCHAR, context VARCHAR[], cameo VARCHAR,
        goldstein DOUBLE, quad_class INTEGER, trigger VARCHAR,
        date_start DATE, date_end DATE, date_precision VARCHAR, date_text VARCHAR, date_basis VARCHAR,
        status VARCHAR, ev_sentence INTEGER, ev_start INTEGER, ev_end INTEGER, ev_text VARCHAR,
        refs VARCHAR, confidence DOUBLE, mentions VARCHAR,
        origin VARCHAR DEFAULT 'text', origin_id VARCHAR, url VARCHAR, original VARCHAR {ORIGINAL_COMPRESSION},
        curation VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS incidents (
        incident_id VARCHAR PRIMARY KEY, event_type VARCHAR, status_group VARCHAR, pair_key VARCHAR,
        source_key VARCHAR, target_key VARCHAR, reciprocal BOOLEAN, date_start DATE, date_end DATE,
        n_events INTEGER, n_docs INTEGER)""",
    """CREATE TABLE IF NOT EXISTS curations (
        seq BIGINT PRIMARY KEY, event_id VARCHAR NOT NULL, action VARCHAR NOT NULL, changes VARCHAR,
        reason VARCHAR, who VARCHAR, "at" TIMESTAMP, undoes BIGINT)""",
    *summary.TABLES,
    "CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id)",
    "CREATE INDEX IF NOT EXISTS events_incident ON events (incident_id)",
    "CREATE INDEX IF NOT EXISTS incidents_pair ON incidents (pair_key, event_type)",
    "CREATE INDEX IF NOT EXISTS sentences_doc ON sentences (doc_id)",
    "CREATE INDEX IF NOT EXISTS documents_source ON documents (source_id)",
    "CREATE INDEX IF NOT EXISTS curations_event ON curations (event_id)",
]


def create(con: Any) -> None:
    """Create the tables of an empty store and mark the file as a detente store."""
    con.execute("BEGIN TRANSACTION")
    for ddl in TABLES:
        con.execute(ddl)
    con.execute(
        "INSERT INTO detente_meta VALUES ('format', ?), ('schema_version', ?)", [FORMAT_NAME, SCHEMA_VERSION]
    )
    con.execute("COMMIT")


UPGRADABLE = ("1", "2", "3", "4")  # older schema versions opening a store upgrades in place

# Columns added since schema 1, in order: (name, definition). A version-1 store gets them on opening.
ADDED_IN_2 = [
    ("origin", "VARCHAR DEFAULT 'text'"),
    ("origin_id", "VARCHAR"),
    ("url", "VARCHAR"),
    ("original", f"VARCHAR {ORIGINAL_COMPRESSION}"),
]
# Added in schema 3: the curation status of an event (the curations table is created by its DDL).
ADDED_IN_3 = [("curation", "VARCHAR")]
# Added in schema 4: the page a sentence starts on (sentences table).
ADDED_IN_4 = [("page", "INTEGER")]
# Added in schema 5: the summary tables (summary.py), counted once from the events on upgrading.


def upgrade(con: Any, version: str | None) -> bool:
    """Bring a store written by an older detente to this schema in one transaction; returns
    whether the version was one this code can upgrade (see UPGRADABLE). Counting the summaries
    reads every event once (a few seconds per 10 million)."""
    if version not in UPGRADABLE:
        return False
    con.execute("BEGIN TRANSACTION")
    try:
        have = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = 'events'").fetchall()}
        for name, definition in ADDED_IN_2 + ADDED_IN_3:
            if name not in have:
                con.execute(f"ALTER TABLE events ADD COLUMN {name} {definition}")
        have = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = 'sentences'").fetchall()}
        for name, definition in ADDED_IN_4:
            if name not in have:
                con.execute(f"ALTER TABLE sentences ADD COLUMN {name} {definition}")
        con.execute("UPDATE events SET origin = 'text' WHERE origin IS NULL")
        for ddl in TABLES:  # tables and indexes added since (all IF NOT EXISTS)
            con.execute(ddl)
        summary.rebuild(con)
        con.execute("UPDATE detente_meta SET value = ? WHERE key = 'schema_version'", [SCHEMA_VERSION])
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    return True


def marker(con: Any) -> dict[str, str] | None:
    """The store's format marker, or None when the database is not a detente store."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "detente_meta" not in tables:
        return None
    return dict(con.execute("SELECT key, value FROM detente_meta").fetchall())


def is_empty(con: Any) -> bool:
    """Whether the database holds no tables at all (a fresh file)."""
    return not con.execute("SELECT count(*) FROM information_schema.tables").fetchall()[0][0]


def table_ddl(table: str, name: str | None = None) -> str:
    """The CREATE TABLE statement of one of the store's tables, optionally under another name."""
    head = f"CREATE TABLE IF NOT EXISTS {table} ("
    for ddl in TABLES:
        if ddl.startswith(head):
            return ddl.replace(head, f"CREATE TABLE {name or table} (", 1)
    raise KeyError(table)


def index_ddl(table: str) -> list[str]:
    """The CREATE INDEX statements on one of the store's tables."""
    return [ddl for ddl in TABLES if ddl.startswith("CREATE INDEX") and f" ON {table} (" in ddl]
