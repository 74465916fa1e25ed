"""A store held as Parquet files (what `detente ingest --engine dask --out DIR` writes), queried in place.

`open_store(DIR)` gives a read-only Store whose tables are DuckDB views over `DIR/store/*.parquet`,
so every query (events, timeline, dyads, show, export, profile, report, the web pages) runs the
same SQL as on a DuckDB file and gives the same results. Writing (ingest, import, curation) is
refused with a message saying how to add to such a store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreCorrupt, StoreError, StoreMissing
from . import schema

ARCHIVE_MARK = "detente-archive.json"  # the marker of a folder the Dask engine writes
ARCHIVE_FORMAT = "detente-archive"
VIEWS = ("documents", "sentences", "doc_references", "events", "incidents", "dyad_summary", "dyad_periods")


def is_archive(path: str | os.PathLike[str]) -> bool:
    """Whether path is a folder written by the Dask engine."""
    return (Path(path) / ARCHIVE_MARK).is_file()


def connect_archive(path: str | os.PathLike[str]) -> Any:
    """An in-memory DuckDB connection whose store tables are views over the folder's merged store."""
    folder = Path(path)
    try:
        mark = json.loads((folder / ARCHIVE_MARK).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreCorrupt(str(folder), f"has a damaged {ARCHIVE_MARK} ({exc}): run the Dask ingest again") from None
    if mark.get("format") != ARCHIVE_FORMAT:
        raise StoreCorrupt(str(folder), f"{ARCHIVE_MARK} does not describe a detente archive")
    store = folder / "store"
    try:
        merged = json.loads((store / "store.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise StoreMissing(
            str(folder),
            "holds coded partitions but no merged store yet: run the same `detente ingest "
            "--engine dask --out` command again to finish it",
        ) from None
    if merged.get("schema_version") != schema.SCHEMA_VERSION:
        raise StoreCorrupt(
            str(folder),
            f"was written by another version of detente (store schema {merged.get('schema_version')}, "
            f"this one reads {schema.SCHEMA_VERSION}): run the same `detente ingest --engine dask --out` "
            "command again, which merges it anew without coding again",
        )
    con = duckdb.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        for table in VIEWS:
            file = str(store / f"{table}.parquet").replace("'", "''")
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{file}')")
        for ddl in schema.TABLES:  # the tables the files do not hold (detente_meta, curations): empty
            name = ddl.split("EXISTS ")[1].split()[0] if ddl.startswith("CREATE TABLE") else None
            if name and name not in VIEWS:
                con.execute(ddl)
        con.execute(
            "INSERT INTO detente_meta VALUES ('format', ?), ('schema_version', ?), ('clustered_events', ?)",
            [schema.FORMAT_NAME, schema.SCHEMA_VERSION, str(merged.get("events", 0))],
        )
    except duckdb.Error as exc:
        con.close()
        raise StoreCorrupt(str(folder), f"its Parquet files cannot be read ({str(exc).splitlines()[0]})") from None
    return con


def refuse_writes(path: Path) -> StoreError:
    """The error for writing to an archive folder."""
    return StoreError(
        str(path),
        "is a Parquet store written by the Dask engine, which queries read but nothing writes to: add "
        "documents with `detente ingest --engine dask --out DIR`, or ingest into a DuckDB file (--db FILE)",
    )
