"""Coding one partition on a Dask worker, and writing its rows as Parquet files.

The coder is the single-process path's own (`detente.ingest.local.code_batch`); the spaCy
pipeline it loads is cached per process (`detente.coding.nlp.pipeline`), and a Dask worker
process runs many tasks, so each worker loads it once.

A partition's files are written into a scratch folder, with `done.json` last, and the folder
is then renamed to `parts/<pid>`: a partition is either whole or absent, and a worker killed
midway leaves only scratch that the next run removes.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from ... import __version__
from ...coding.pipeline import CodedDocument
from ...model import Document
from ...store import schema
from ...store.records import unique_events
from ...store.store import insert_document
from ..local import BATCH_DOCUMENTS, code_batch, keyed
from .partitions import Partition, parse_partition, read_partition

TABLES = ("documents", "sentences", "doc_references", "events")
DONE = "done.json"
MAX_ERRORS_KEPT = 20  # messages of bad lines kept per partition (all are counted)


@dataclass
class PartitionResult:
    """What happened to one partition."""

    pid: str
    where: str
    status: str  # "coded", "skipped" (written before from the same input) or "empty"
    documents: int = 0
    events: int = 0
    sentences: int = 0
    bad_lines: int = 0
    errors: list[str] = field(default_factory=list)


def part_dir(out: str | os.PathLike[str], pid: str) -> Path:
    return Path(out) / "parts" / pid


def read_done(out: str | os.PathLike[str], pid: str) -> dict[str, Any] | None:
    """The done.json of a partition written before, or None."""
    try:
        return json.loads((part_dir(out, pid) / DONE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def code_partition(
    part: Partition, out: str, recode: bool = False, published: date | None = None, run: str = ""
) -> PartitionResult:
    """Read, code and write one partition; skip it when it was written before from the same input.

    `run` names the ingest: when Dask computes a task again (its worker died after writing it, taking
    the result with it), the partition this run wrote is reported as coded, not as skipped."""
    read = read_partition(part)
    done = read_done(out, part.pid)
    result = PartitionResult(part.pid, part.describe(), "coded")
    ours = bool(run) and done is not None and done.get("run") == run
    if done and done.get("digest") == read.digest and (ours or not recode):
        result.status = done.get("status", "coded") if ours else "skipped"
        for key in ("documents", "events", "sentences", "bad_lines", "errors"):
            setattr(result, key, done.get(key, getattr(result, key)))
        return result
    parsed = parse_partition(part, read, published)
    result.bad_lines = len(parsed.errors)
    result.errors = parsed.errors[:MAX_ERRORS_KEPT]
    coded = _code(parsed.documents)
    scratch = Path(out) / "parts" / f".{part.pid}.{uuid.uuid4().hex[:8]}"
    scratch.mkdir(parents=True)
    try:
        counts = _write_tables(scratch, coded)
        result.documents, result.events, result.sentences = counts
        if not coded:
            result.status = "empty"
        record = {
            **part.as_dict(),
            "digest": read.digest,
            **asdict(result),
            "run": run,
            "written_at": datetime.now().isoformat(),
            "detente": __version__,
        }
        (scratch / DONE).write_text(json.dumps(record), encoding="utf-8")
        final = part_dir(out, part.pid)
        if final.exists():
            shutil.rmtree(final)
        scratch.rename(final)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return result


def _code(documents: list[Document]) -> list[tuple[CodedDocument, str | None]]:
    """Each new document of the partition (keyed by content hash, repeats dropped) with its events."""
    seen: set[str] = set()
    todo: list[tuple[Document, str | None]] = []
    for doc in documents:
        stored = keyed(doc)
        if stored.id not in seen:
            seen.add(stored.id)
            todo.append((stored, doc.id if doc.id != stored.id else None))
    out = []
    for at in range(0, len(todo), BATCH_DOCUMENTS):
        chunk = todo[at : at + BATCH_DOCUMENTS]
        given = {doc.id: source for doc, source in chunk}
        for coded in code_batch([doc for doc, _ in chunk]):
            out.append((coded, given[coded.doc.id]))
    return out


def _write_tables(folder: Path, coded: list[tuple[CodedDocument, str | None]]) -> tuple[int, int, int]:
    """The partition's rows as one Parquet file per table (seq numbers its events in order, from 1)."""
    con = duckdb.connect()
    try:
        for table in TABLES:
            con.execute(schema.table_ddl(table))
        n_events = n_sentences = 0
        for c, source_id in coded:
            unique = unique_events(c.events)
            insert_document(con, c.doc, c.sentences, unique, source_id, n_events)  # seq counts from 1 per partition
            n_events += len(unique)
            n_sentences += len(c.sentences)
        for table in TABLES:
            target = str(folder / f"{table}.parquet").replace("'", "''")
            con.execute(f"COPY {table} TO '{target}' (FORMAT parquet, COMPRESSION zstd)")
        return len(coded), n_events, n_sentences
    finally:
        con.close()
