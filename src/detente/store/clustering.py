"""Keeping a large store fast to query: events and incidents clustered by dyad.

A dyad's timeline reads a few thousand rows out of millions. Rows are appended in the
order documents are stored, so one dyad's rows are scattered over the whole table, and
fetching them costs one random read per row group. Rewritten in order of (pair_key,
date_start), a dyad's rows sit together: DuckDB's per-row-group min/max skips every
other group, and a timeline reads a handful of groups (about 80 ms on 10 million events
here, against 650 ms scattered; benchmarks/store.py measures it).

The rewrite runs after an ingest or import when the rows appended since the last one
are both many (MIN_NEW_ROWS) and a large share of the table (GROWTH), so its cost
(about a minute per 10 million events on two cores) is paid a bounded number of times
as a store grows. It is one transaction: a crash leaves the previous table intact.
"""

from __future__ import annotations

from typing import Any

from . import schema
from .transaction import rollback

MIN_NEW_ROWS = 100_000  # below this, scanning the unordered rows costs little
GROWTH = 0.25  # recluster when the unordered rows are this share of the ordered ones
# dyad_periods too: a profile reads one pair's rows of it (summary.py)
ORDER = {"events": "pair_key, date_start, seq", "incidents": "pair_key, date_start, incident_id",
         "dyad_periods": "pair_key, origin, year"}
_META_KEY = "clustered_events"


def clustered_rows(con: Any) -> int:
    """How many events the last clustering left in dyad order (0 when never clustered)."""
    row = con.execute("SELECT value FROM detente_meta WHERE key = ?", [_META_KEY]).fetchall()
    return int(row[0][0]) if row else 0


def needs_clustering(con: Any) -> bool:
    """Whether enough events were appended since the last clustering to rewrite the tables."""
    total = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    done = clustered_rows(con)
    fresh = total - done
    return fresh >= MIN_NEW_ROWS and fresh >= GROWTH * done


def cluster(con: Any) -> int:
    """Rewrite events, incidents and dyad_periods in dyad order, with their indexes, in one transaction.

    Returns the number of events in the rewritten table."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table, order in ORDER.items():
            _rewrite(con, table, order)
        total = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        con.execute("DELETE FROM detente_meta WHERE key = ?", [_META_KEY])
        con.execute("INSERT INTO detente_meta VALUES (?, ?)", [_META_KEY, str(total)])
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    con.execute("CHECKPOINT")
    return int(total)


def maybe_cluster(con: Any) -> bool:
    """Cluster when needs_clustering says so; returns whether it did."""
    if not needs_clustering(con):
        return False
    cluster(con)
    return True


def _rewrite(con: Any, table: str, order: str) -> None:
    new = f"{table}__clustered"
    columns = ", ".join(
        f'"{r[0]}"'
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
    )
    con.execute(schema.table_ddl(table, new))
    con.execute(f"INSERT INTO {new} ({columns}) SELECT {columns} FROM {table} ORDER BY {order}")
    con.execute(f"DROP TABLE {table}")
    con.execute(f"ALTER TABLE {new} RENAME TO {table}")
    for ddl in schema.index_ddl(table):
        con.execute(ddl)
