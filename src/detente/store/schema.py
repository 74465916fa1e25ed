"""The tables of a detente store (DuckDB) and the marker that says a file is one.

documents   one row per stored document: doc_id is the content hash (the same text is
            stored once), source_id the id a corpus gave it (ids of corpora repeat)
sentences   the document's sentences with offsets, for evidence in context
doc_references  the document's numbered references
events      one row per coded event (the DESIGN.md record, flattened), with the
            incident it belongs to and `seq`, the order events were stored in
incidents   one row per real-world act: the events of several documents merged
"""

from __future__ import annotations

from typing import Any

FORMAT_NAME = "detente-store"
SCHEMA_VERSION = "1"

_ACTOR = "{p}_text VARCHAR, {p}_name VARCHAR, {p}_country VARCHAR, {p}_sector VARCHAR, {p}_code VARCHAR"

TABLES = [
    "CREATE TABLE IF NOT EXISTS detente_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_id VARCHAR PRIMARY KEY, source_id VARCHAR, title VARCHAR, published DATE,
        published_basis VARCHAR, url VARCHAR, path VARCHAR, n_chars INTEGER, n_sentences INTEGER,
        n_events INTEGER, ingested_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS sentences (
        doc_id VARCHAR, idx INTEGER, "start" INTEGER, "end" INTEGER, paragraph INTEGER, text VARCHAR,
        PRIMARY KEY (doc_id, idx))""",
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
        refs VARCHAR, confidence DOUBLE, mentions VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS incidents (
        incident_id VARCHAR PRIMARY KEY, event_type VARCHAR, status_group VARCHAR, pair_key VARCHAR,
        source_key VARCHAR, target_key VARCHAR, reciprocal BOOLEAN, date_start DATE, date_end DATE,
        n_events INTEGER, n_docs INTEGER)""",
    "CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id)",
    "CREATE INDEX IF NOT EXISTS events_incident ON events (incident_id)",
    "CREATE INDEX IF NOT EXISTS events_pair ON events (pair_key)",
    "CREATE INDEX IF NOT EXISTS incidents_pair ON incidents (pair_key, event_type)",
    "CREATE INDEX IF NOT EXISTS sentences_doc ON sentences (doc_id)",
    "CREATE INDEX IF NOT EXISTS documents_source ON documents (source_id)",
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


def marker(con: Any) -> dict[str, str] | None:
    """The store's format marker, or None when the database is not a detente store."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "detente_meta" not in tables:
        return None
    return dict(con.execute("SELECT key, value FROM detente_meta").fetchall())


def is_empty(con: Any) -> bool:
    """Whether the database holds no tables at all (a fresh file)."""
    return not con.execute("SELECT count(*) FROM information_schema.tables").fetchall()[0][0]
