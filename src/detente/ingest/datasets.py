"""Importing dataset files (GDELT, ICEWS, POLECAT, SIPRI) into a store.

Each file becomes one document (its id the content hash of the file: the same file is imported once)
and its rows become events with origin set to the dataset. A file is imported in one transaction:
all its good rows are stored, or none (a failure or an interrupt rolls it back), so a killed import
leaves whole files only. Bad files and bad lines never stop a batch: a file that cannot be imported
is reported with what to do, a bad line is counted with its reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from ..errors import ImportFailed, InputError, RepeatedIds, StoreCorrupt, StoreFull
from ..sources import datasets, lookups
from ..sources.datasets import check_dataset
from ..sources.files import Prepared, prepared
from ..sources.results import FileImport
from ..store import Store, summary
from ..store.connect import translate
from ..store.records import EVENT_COLUMNS
from ..store.transaction import rollback

ROWS_PER_INSERT = 500  # rows built in Python go in by statements of this size
# Settings of the connection while a file is imported, reset afterwards:
# - DuckDB guesses a handful of rows for a CSV file, so its optimiser would build the join hash tables
#   on the file (all of it, in memory) instead of the small lookup tables: keep the sides as written;
# - a file's rows wait in memory until the commit: above this limit DuckDB writes them out (a million
#   GDELT rows then peak at about 0.5 GB of memory, against about 1.1 GB unbounded, for 10% more time).
SETTINGS = {"disabled_optimizers": "build_side_probe_side", "memory_limit": "1GB"}
# A store created before the events' original line was declared zstd (schema.ORIGINAL_COMPRESSION):
# dataset rows are large strings, and DuckDB's default choice of a string compression costs more than
# reading the file, so zstd is forced on every column while a file is imported (a store three times
# larger than with the declared column, the other columns compressed worse).
OLD_STORE_SETTINGS = {"force_compression": "zstd"}

Progress = Callable[[FileImport], None]


def import_files(con: Any, path: str, dataset: str, files: list[str], done: Progress | None = None) -> list[FileImport]:
    """Import files of one dataset into the store open on con; one FileImport per file, in order."""
    dataset = check_dataset(dataset)
    lookups.load_tables(con)
    results = []
    for given in files:
        result = import_file(con, path, dataset, given)
        results.append(result)
        if done:
            done(result)
    return results


def import_file(con: Any, store_path: str, dataset: str, given: str) -> FileImport:
    """Import one file (see the module docstring); errors of the file end up in result.error."""
    result = FileImport(given, dataset)
    try:
        with prepared(given) as ready:
            plan = datasets.plan(dataset, ready)
            result.doc_id, result.title = ready.digest, plan.title
            if _stored(con, ready.digest):
                result.already = True
                return result
            if plan.prepare:
                plan.prepare(con)
            _write(con, store_path, plan, ready, result)
    except InputError as exc:
        result.error = str(exc)
    except ImportFailed as exc:
        result.error = str(exc)
    return result


def _stored(con: Any, doc_id: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM documents WHERE doc_id = ?", [doc_id]).fetchone()[0])


def _write(
    con: Any, store_path: str, plan: datasets.Plan, ready: Prepared, result: FileImport, dedupe: bool = False
) -> None:
    """The file's document and events in one transaction (again with dedupe when the file repeats ids)."""
    try:
        _transaction(con, store_path, plan, ready, result, dedupe)
    except RepeatedIds:
        _transaction(con, store_path, plan, ready, result, dedupe=True)


def _transaction(
    con: Any, store_path: str, plan: datasets.Plan, ready: Prepared, result: FileImport, dedupe: bool
) -> None:
    settings = settings_for(con)
    for name, value in settings.items():
        con.execute(f"SET {name} = '{value}'")
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 0, 0, ?)",
            [ready.digest, Path(ready.member or ready.given).name, plan.title, plan.published,
             "metadata" if plan.published else None, str(Path(ready.given).resolve()), ready.size, datetime.now()],
        )
        base = con.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
        if plan.run_sql is not None:
            plan.run_sql(con, ready.digest, EVENT_COLUMNS, result, dedupe)
        elif plan.rows is not None:
            result.imported = insert_ignoring(con, plan.rows(ready.digest, base + 1, result))
            result.duplicates = result.read - result.rejected - result.imported
        con.execute("UPDATE documents SET n_events = ? WHERE doc_id = ?", [result.imported, ready.digest])
        if result.imported:
            summary.add_rows(con, ready.digest, plan.dataset, base)  # the new events numbered from base on
        con.execute("COMMIT")
    except BaseException as exc:
        rollback(con)
        _reset(result)
        if isinstance(exc, duckdb.Error):
            error = translate(store_path, exc)
            if isinstance(error, StoreFull | StoreCorrupt):  # the store, not the file: no use trying the next
                raise error from None
            raise ImportFailed(store_path, f"{ready.given}: the store refused the rows ({_first_line(exc)}); "
                                           "nothing of this file was stored") from None
        raise
    finally:
        for name in settings:
            con.execute(f"RESET {name}")


def settings_for(con: Any) -> dict[str, str]:
    """The settings of an import into the store open on con (SETTINGS, and OLD_STORE_SETTINGS for a
    store whose events table does not declare the original line's compression)."""
    ddl = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'events' AND schema_name = 'main' "
                      "AND database_name = current_database()").fetchone()
    declared = bool(ddl) and "USING COMPRESSION" in ddl[0].upper()
    return SETTINGS if declared else {**OLD_STORE_SETTINGS, **SETTINGS}


def _reset(result: FileImport) -> None:
    """Nothing of a rolled-back file was imported."""
    result.read = result.imported = result.duplicates = result.rejected = 0
    result.kinds.clear()
    result.first.clear()


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]


def insert_ignoring(con: Any, rows: Iterator[list[Any]]) -> int:
    """Insert events rows, skipping any whose id is stored already; returns how many went in."""
    inserted = 0
    batch: list[list[Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= ROWS_PER_INSERT:
            inserted += _insert_batch(con, batch)
            batch = []
    if batch:
        inserted += _insert_batch(con, batch)
    return inserted


def _insert_batch(con: Any, rows: list[list[Any]]) -> int:
    """One statement per batch, a list parameter per column: DuckDB binds a few long lists much faster
    than thousands of single values."""
    values = ", ".join(f"unnest(${i})" for i in range(1, len(EVENT_COLUMNS) + 1))
    sql = f"INSERT OR IGNORE INTO events ({', '.join(EVENT_COLUMNS)}) SELECT {values}"
    return int(con.execute(sql, [list(column) for column in zip(*rows, strict=True)]).fetchone()[0])


def import_dataset(
    store: Store, dataset: str, paths: Iterable[str], done: Progress | None = None, cluster: bool = True
) -> list[FileImport]:
    """Import dataset files (gdelt, icews, polecat, sipri) into a store, one transaction per file; one
    FileImport per file. With cluster, a large store is then reordered by dyad when it has grown enough
    (see store/clustering.py)."""
    store.check_writable()
    with store.errors_translated():
        results = import_files(store.con, str(store.path), dataset, list(paths), done)
        if cluster and any(r.imported for r in results):
            store.maybe_cluster()
    return results
