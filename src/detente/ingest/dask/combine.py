"""Merging coded partitions into one store: documents once each, mentions into incidents.

This runs after coding, on the machine that ran the command, as DuckDB queries over the
partitions' Parquet files plus one pass in Python:

1. Partitions are taken in the order they were first planned (`plan.jsonl`: input order), so
   a document that several partitions hold is kept from the first, as the single-process
   ingest keeps the first copy it stores; its events are numbered (`seq`) in that order.
2. The events are streamed ordered by actor pair, then seq, through the same incident rule the
   single-process store applies (`store.incidents.PairAssigner`): incidents never span two
   pairs, so one pair at a time is held in memory, and the result equals a single-process
   ingest of the same inputs in the same order.
3. The tables are written anew under `store/` (events and incidents ordered by pair and date,
   as store/clustering.py orders a large store, so a timeline reads few row groups), with the summary
   tables counted from the merged events by the SQL a DuckDB store uses (store/summary.py), into a
   scratch folder swapped in at the end: a reader sees the old store or the new one.

Cost: one read of every partition and one write of the store, plus the Python pass over the
events: 10 s for 20,000 documents and 182,000 events here (benchmarks/dask_ingest.py, about a
million events a minute); DuckDB spills to `DIR/.merge-tmp` when
the tables do not fit in memory. It is redone over all partitions after each run that coded
something, which keeps it simple and exact; on a very large archive it is the step to make
incremental (only the pairs of new partitions change).
"""

from __future__ import annotations

import csv
import json
import shutil
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from ...store import incidents, schema, summary
from ...store.clustering import ORDER
from ...store.rows import insert_rows
from .worker import DONE, TABLES, part_dir

STORE = "store"
STORE_MARK = "store.json"
PLAN = "plan.jsonl"
FETCH = 50_000  # mentions fetched from DuckDB at a time


@dataclass
class MergeCounts:
    partitions: int = 0
    documents: int = 0
    repeated_documents: int = 0  # copies of a document already held by an earlier partition
    events: int = 0
    incidents: int = 0


def planned(out: Path) -> list[dict[str, Any]]:
    """Every partition ever planned in this folder, in first-planned order."""
    path = out / PLAN
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def done_partitions(out: Path) -> list[str]:
    """The pids of the written partitions, in plan order."""
    return [p["pid"] for p in planned(out) if (part_dir(out, p["pid"]) / DONE).exists()]


def outdated(out: Path) -> bool:
    """Whether the merged store was written by a detente of another store schema (it is merged again)."""
    try:
        mark = json.loads((out / STORE / STORE_MARK).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(mark.get("schema_version") != schema.SCHEMA_VERSION)


def merged_partitions(out: Path) -> list[str] | None:
    """The pids the current store was merged from, or None when there is no store."""
    try:
        return json.loads((out / STORE / STORE_MARK).read_text(encoding="utf-8"))["pids"]
    except (OSError, ValueError, KeyError):
        return None


def merge(out: Path) -> MergeCounts:
    """Merge the written partitions of `out` into `out/store` (replacing it); returns counts."""
    pids = done_partitions(out)
    counts = MergeCounts(partitions=len(pids))
    scratch = out / f".store.{uuid.uuid4().hex[:8]}"
    spill = out / ".merge-tmp"
    scratch.mkdir()
    con = duckdb.connect(config={"temp_directory": str(spill), "preserve_insertion_order": True})
    try:
        con.execute("SET enable_progress_bar = false")
        con.execute("CREATE TEMP TABLE positions (pid VARCHAR, position INTEGER)")
        if pids:
            insert_rows(con, "positions", [[pid, n] for n, pid in enumerate(pids)])
        for table in TABLES:
            _read(con, out, table, pids)
        con.execute(
            """CREATE TEMP TABLE kept AS SELECT doc_id, position FROM documents_in
               QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY position, row_in_file) = 1"""
        )
        total = con.execute("SELECT count(*) FROM documents_in").fetchall()[0][0]
        counts.documents = con.execute("SELECT count(*) FROM kept").fetchall()[0][0]
        counts.repeated_documents = total - counts.documents
        con.execute(
            """CREATE TEMP TABLE ev AS
               SELECT e.*, row_number() OVER (ORDER BY e.position, e.seq) AS gseq
               FROM events_in e SEMI JOIN kept k ON e.doc_id = k.doc_id AND e.position = k.position"""
        )
        counts.events = con.execute("SELECT count(*) FROM ev").fetchall()[0][0]
        counts.incidents = _assign(con, scratch)
        _write(con, scratch)
        (scratch / STORE_MARK).write_text(
            json.dumps(
                {
                    "format": "detente-archive-store",
                    "schema_version": schema.SCHEMA_VERSION,
                    "pids": pids,
                    "merged_at": datetime.now().isoformat(),
                    **asdict(counts),
                }
            ),
            encoding="utf-8",
        )
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)
    _swap(out, scratch)
    return counts


def _read(con: Any, out: Path, table: str, pids: list[str]) -> None:
    """`{table}_in`: the rows of every partition with the partition's position and the row's place."""
    files = [str(part_dir(out, pid) / f"{table}.parquet") for pid in pids]
    con.execute(f"CREATE TEMP TABLE {table}_files (filename VARCHAR, position INTEGER)")
    if files:
        insert_rows(con, f"{table}_files", [[f, n] for n, f in enumerate(files)])
        con.execute(
            f"""CREATE TEMP VIEW {table}_in AS
                SELECT t.* EXCLUDE (filename, file_row_number), f.position, t.file_row_number AS row_in_file
                FROM read_parquet({_literal(files)}, filename = true, file_row_number = true) t
                JOIN {table}_files f USING (filename)"""
        )
    else:  # an empty store: the table's own columns, no rows
        con.execute(schema.table_ddl(table, f"{table}_empty").replace("CREATE TABLE", "CREATE TEMP TABLE"))
        con.execute(
            f"CREATE TEMP VIEW {table}_in AS SELECT *, 0 AS position, 0::BIGINT AS row_in_file FROM {table}_empty"
        )


def _literal(files: list[str]) -> str:
    """A SQL list of file names (a view cannot take parameters)."""
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"


def _assign(con: Any, scratch: Path) -> int:
    """Incidents for every event, pair by pair in storage order; returns how many."""
    mapping_path, incidents_path = scratch / "mapping.tsv", scratch / "incidents.tsv"
    n_incidents = 0
    cursor = con.execute(f"SELECT pair_key, {incidents.MENTION_COLUMNS} FROM ev ORDER BY pair_key, gseq")
    with (
        mapping_path.open("w", newline="", encoding="utf-8") as mf,
        incidents_path.open("w", newline="", encoding="utf-8") as inf,
    ):
        mapping, rows = csv.writer(mf, delimiter="\t"), csv.writer(inf, delimiter="\t")
        pair, assigner = None, incidents.PairAssigner()
        while batch := cursor.fetchmany(FETCH):
            for row in batch:
                if row[0] != pair:
                    n_incidents += _flush(assigner, rows)
                    pair, assigner = row[0], incidents.PairAssigner()
                m = incidents.mention_of(row[1:])
                mapping.writerow([m.id, assigner.add(m)])
        n_incidents += _flush(assigner, rows)
    con.execute("CREATE TEMP TABLE mapping (id VARCHAR, incident_id VARCHAR)")
    if n_incidents:
        con.execute(
            "INSERT INTO mapping SELECT * FROM read_csv(?, delim = '\t', header = false, quote = '', "
            "columns = {'id': 'VARCHAR', 'incident_id': 'VARCHAR'})",
            [str(mapping_path)],
        )
    con.execute(schema.table_ddl("incidents", "incidents_new").replace("CREATE TABLE", "CREATE TEMP TABLE"))
    if n_incidents:
        con.execute(
            "INSERT INTO incidents_new SELECT * FROM read_csv(?, delim = '\t', header = false, quote = '', "
            "nullstr = '', all_varchar = true)",
            [str(incidents_path)],
        )
    mapping_path.unlink()
    incidents_path.unlink()
    return n_incidents


def _flush(assigner: incidents.PairAssigner, rows: Any) -> int:
    for inc in assigner.incidents:
        rows.writerow(["" if v is None else v for v in inc.row()])
    return len(assigner.incidents)


def _columns(con: Any, table: str) -> list[str]:
    con.execute(schema.table_ddl(table, f"{table}_shape").replace("CREATE TABLE", "CREATE TEMP TABLE"))
    names = [r[0] for r in con.execute(f"SELECT name FROM pragma_table_info('{table}_shape')").fetchall()]
    return [f'"{n}"' for n in names]


def _write(con: Any, scratch: Path) -> None:
    """The merged tables as Parquet files in the store's column order."""

    def copy(sql: str, table: str) -> None:
        target = str(scratch / f"{table}.parquet").replace("'", "''")
        con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet, COMPRESSION zstd)")

    events = ", ".join(
        {'"seq"': "gseq AS seq", '"incident_id"': "m.incident_id"}.get(c, f"ev.{c}") for c in _columns(con, "events")
    )
    copy(
        f"SELECT {events} FROM ev JOIN mapping m USING (id) ORDER BY {ORDER['events'].replace('seq', 'gseq')}", "events"
    )
    copy(f"SELECT * FROM incidents_new ORDER BY {ORDER['incidents']}", "incidents")
    merged = "(SELECT ev.* REPLACE (m.incident_id AS incident_id, ev.gseq AS seq) FROM ev JOIN mapping m USING (id))"
    copy(f"{summary.totals_sql(merged)} ORDER BY pair_key, origin", "dyad_summary")
    copy(f"{summary.periods_sql(merged)} ORDER BY ALL", "dyad_periods")
    for table in ("documents", "sentences", "doc_references"):
        columns = ", ".join(f"t.{c}" for c in _columns(con, table))
        order = "k.position, t.row_in_file"
        copy(
            f"SELECT {columns} FROM {table}_in t JOIN kept k ON t.doc_id = k.doc_id AND t.position = k.position "
            f"ORDER BY {order}",
            table,
        )


def _swap(out: Path, scratch: Path) -> None:
    """Put the new store in place of the old one."""
    store = out / STORE
    old = out / f".store-old.{uuid.uuid4().hex[:8]}"
    if store.exists():
        store.rename(old)
    scratch.rename(store)
    shutil.rmtree(old, ignore_errors=True)
