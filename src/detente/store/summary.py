"""Summaries kept with the data, so that the list of dyads, a dyad's profile and the web pages
read a few rows instead of every event.

dyad_summary   one row per actor pair and origin: incidents, events, documents and the span of
               dates of the events not rejected whose two actors are known, counted as
               query.dyads once counted them by scanning the events
dyad_periods   per actor pair and origin, the incidents (each by the event queries show for it:
               REPRESENTATIVE_KEY) counted by the fields the profile and the phases read
               (detente.analysis.tally.Key): start year, date precision, status, type, mode,
               Goldstein value, quad class, military context

Every write keeps them inside its own transaction, so they never disagree with the events:

- a document stored or recoded, a curation decision or its undo: the pairs it touched are
  counted again from their events (`refresh`); events are clustered by pair, so this reads
  little;
- a dataset file imported: its new rows are counted and added (`add_rows`). Each is an
  incident of its own in a new document, so every count simply adds up;
- a store upgraded from an older schema, a Parquet store merged: everything is counted
  (`rebuild`, `totals_sql`, `periods_sql`).

tests/test_summary.py checks after each kind of write that the summary equals a count of the
events from scratch.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

TEXT = "text"
ORIGIN = "coalesce(e.origin, 'text')"
NOT_REJECTED = "e.curation IS DISTINCT FROM 'rejected'"
PRECISION_RANK = (
    "CASE e.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 "
    "WHEN 'season' THEN 3 WHEN 'year' THEN 4 WHEN 'decade' THEN 5 WHEN 'century' THEN 6 ELSE 7 END"
)
# The event that stands for its incident in every query is the one with the least of this key: the
# most precise date, then the most confident, then the first stored (the id settles a tie of seq,
# which only a damaged store has). Queries pick it per incident with arg_min, or as the first of the
# incident's events sorted by it (query.events, which wants the documents in that order too): a window
# over every column of thousands of rows cost several times more.
INCIDENT = "coalesce(e.incident_id, e.id)"
REPRESENTATIVE_FIELDS = {"rank": PRECISION_RANK, "confidence": "coalesce(-e.confidence, 'infinity'::DOUBLE)",
                         "seq": "e.seq", "id": "e.id"}  # the key's parts, in order: for a struct that sorts by it
REPRESENTATIVE_KEY = f"({', '.join(REPRESENTATIVE_FIELDS.values())})"

TABLES = [
    """CREATE TABLE IF NOT EXISTS dyad_summary (
        pair_key VARCHAR, origin VARCHAR, incidents BIGINT, events BIGINT, documents BIGINT,
        first DATE, last DATE)""",
    """CREATE TABLE IF NOT EXISTS dyad_periods (
        pair_key VARCHAR, origin VARCHAR, year INTEGER, precision VARCHAR, status VARCHAR, event_type VARCHAR,
        mode VARCHAR, goldstein DOUBLE, quad_class INTEGER, military BOOLEAN, incidents BIGINT)""",
]
NAMES = ("dyad_summary", "dyad_periods")
KEY_COLUMNS = "year, precision, status, event_type, mode, goldstein, quad_class, military"  # analysis.tally.Key


def totals_sql(source: str, where: str = "TRUE") -> str:
    """SELECT of dyad_summary rows from the events of `source` (a table or a subquery) meeting `where`."""
    return f"""
        SELECT e.pair_key, {ORIGIN} AS origin, count(DISTINCT coalesce(e.incident_id, e.id)) AS incidents,
               count(*) AS events, count(DISTINCT e.doc_id) AS documents,
               min(e.date_start) AS first, max(e.date_end) AS last
        FROM {source} e
        WHERE e.source_key <> '' AND e.target_key <> '' AND {NOT_REJECTED} AND ({where})
        GROUP BY e.pair_key, {ORIGIN}"""


_PERIOD_FIELDS = {  # what dyad_periods counts of each incident's chosen event
    "pair_key": "e.pair_key",
    "origin": ORIGIN,
    "year": "year(e.date_start)",
    "precision": "coalesce(e.date_precision, 'unknown')",
    "status": "e.status",
    "event_type": "e.event_type",
    "mode": "e.mode",
    "goldstein": "e.goldstein",
    "quad_class": "e.quad_class",
    "military": "coalesce(list_contains(list_transform(e.context, lambda c: lower(c)), 'military'), false)",
}


def periods_sql(source: str, where: str = "TRUE", each_alone: bool = False) -> str:
    """SELECT of dyad_periods rows from the events of `source` meeting `where`; each_alone: every
    event is an incident of its own (imported rows), so none has to be chosen for its incident."""
    if each_alone:
        fields = ", ".join(f"{sql} AS {name}" for name, sql in _PERIOD_FIELDS.items())
        chosen = f"SELECT {fields} FROM {source} e WHERE {NOT_REJECTED} AND ({where})"
    else:
        packed = ", ".join(f"{name} := {sql}" for name, sql in _PERIOD_FIELDS.items())
        chosen = (f"SELECT unnest(arg_min(struct_pack({packed}), {REPRESENTATIVE_KEY})) FROM {source} e "
                  f"WHERE {NOT_REJECTED} AND ({where}) GROUP BY {INCIDENT}")
    return f"SELECT pair_key, origin, {KEY_COLUMNS}, count(*) AS incidents FROM ({chosen}) GROUP BY ALL"


def create(con: Any) -> None:
    """The summary tables, empty (inside the caller's transaction)."""
    for ddl in TABLES:
        con.execute(ddl)


def rebuild(con: Any) -> None:
    """Count every event again (inside the caller's transaction)."""
    create(con)
    for table in NAMES:
        con.execute(f"DELETE FROM {table}")
    con.execute(f"INSERT INTO dyad_summary {totals_sql('events')}")
    con.execute(f"INSERT INTO dyad_periods {periods_sql('events')}")


def refresh(con: Any, pairs: Iterable[str | None], origin: str | None = TEXT) -> None:
    """Count the events of some pairs of one origin again (inside the caller's transaction)."""
    keys = sorted({p for p in pairs if p is not None})
    if not keys:
        return
    origin = origin or TEXT
    params = [keys, origin]
    for table in NAMES:
        con.execute(f"DELETE FROM {table} WHERE pair_key IN (SELECT unnest(?)) AND origin = ?", params)
    where = f"e.pair_key IN (SELECT unnest(?)) AND {ORIGIN} = ?"
    con.execute(f"INSERT INTO dyad_summary {totals_sql('events', where)}", params)
    con.execute(f"INSERT INTO dyad_periods {periods_sql('events', where)}", params)


def add_rows(con: Any, doc_id: str, origin: str, from_seq: int) -> None:
    """Add the events a dataset file just imported (document doc_id, numbered from from_seq or later) to
    the counts, inside the import's transaction."""
    new = f"e.doc_id = {_literal(doc_id)} AND e.seq >= {int(from_seq)}"  # seq: only the new row groups are read
    for table, sql in (("dyad_summary", totals_sql("events", new)),
                       ("dyad_periods", periods_sql("events", new, each_alone=True))):
        _merge(con, table, sql, origin)


def _merge(con: Any, table: str, delta_sql: str, origin: str) -> None:
    """Add counted rows to a table's rows of the same pairs: the rows of those pairs are summed again."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _detente_delta AS {delta_sql}")
    if table == "dyad_summary":
        merged = ("SELECT pair_key, origin, sum(incidents), sum(events), sum(documents), min(first), max(last) "
                  "FROM _detente_both GROUP BY pair_key, origin")
    else:
        merged = f"SELECT pair_key, origin, {KEY_COLUMNS}, sum(incidents) FROM _detente_both GROUP BY ALL"
    mine = f"origin = {_literal(origin)} AND pair_key IN (SELECT pair_key FROM _detente_delta)"
    con.execute(f"CREATE OR REPLACE TEMP TABLE _detente_both AS SELECT * FROM {table} WHERE {mine} "
                "UNION ALL SELECT * FROM _detente_delta")
    con.execute(f"DELETE FROM {table} WHERE {mine}")
    con.execute(f"INSERT INTO {table} {merged}")
    con.execute("DROP TABLE _detente_delta")
    con.execute("DROP TABLE _detente_both")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# --- reading -------------------------------------------------------------------------------------


def dyads(con: Any, origin: str | None = TEXT) -> list[tuple[Any, ...]]:
    """(a, b, incidents, events, documents, first, last) of every pair, largest first; of one origin,
    or of all when origin is None."""
    where = "WHERE origin = ?" if origin else ""
    return con.execute(
        f"""SELECT split_part(pair_key, '|', 1) AS a, split_part(pair_key, '|', 2) AS b,
                   sum(incidents)::BIGINT AS incidents, sum(events)::BIGINT AS events,
                   sum(documents)::BIGINT AS documents, min(first) AS first, max(last) AS last
            FROM dyad_summary {where} GROUP BY pair_key
            ORDER BY incidents DESC, events DESC, pair_key""",
        [origin] if origin else [],
    ).fetchall()


def actor_counts(con: Any, codes: list[str], origin: str | None = TEXT) -> list[tuple[Any, ...]]:
    """The incidents of every pair with one of codes on either side, counted as period_counts counts."""
    where = " AND origin = ?" if origin else ""
    return con.execute(
        f"SELECT {KEY_COLUMNS}, sum(incidents)::BIGINT FROM dyad_periods "
        f"WHERE (split_part(pair_key, '|', 1) IN (SELECT unnest($1)) OR split_part(pair_key, '|', 2) IN "
        f"(SELECT unnest($1))){where.replace('?', '$2')} GROUP BY ALL",
        [codes, origin] if origin else [codes],
    ).fetchall()


def period_counts(con: Any, pairs: list[str], origin: str | None = TEXT) -> list[tuple[Any, ...]]:
    """The incidents of some pairs counted by analysis.tally.Key: rows of (its fields ..., count)."""
    where = " AND origin = ?" if origin else ""
    return con.execute(
        f"SELECT {KEY_COLUMNS}, sum(incidents)::BIGINT FROM dyad_periods "
        f"WHERE pair_key IN (SELECT unnest(?)){where} GROUP BY ALL",
        [pairs, origin] if origin else [pairs],
    ).fetchall()
