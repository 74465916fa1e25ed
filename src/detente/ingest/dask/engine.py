"""Coding a corpus on Dask: partitions coded on workers, written as Parquet, merged at the end.

    from detente.ingest.dask import ingest
    run = ingest(["news/*.jsonl"], "out/", local_workers=2)      # a LocalCluster here
    run = ingest(["s3://bucket/news/*.jsonl"], "/shared/out", scheduler="tcp://head:8786")

The folder (`out`) holds:

    detente-archive.json   marks the folder as a detente archive
    plan.jsonl             every partition ever planned, in input order
    parts/<pid>/           one coded partition: documents, sentences, doc_references, events
                           (.parquet) and done.json (its input range, content hash and counts)
    store/                 the merged store that queries read (`--db out`), see combine.py

Workers write their partitions into the folder themselves, so with a remote cluster it must be
a path every worker and this machine see the same (a shared filesystem). Two runs must not
write to one folder at once: a run holds `out/.lock` while it works.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ...errors import OptionError, ResourceError, StoreError
from ...store.parquet import ARCHIVE_FORMAT, ARCHIVE_MARK
from . import combine as merging
from .partitions import DEFAULT_PARTITION_BYTES, DEFAULT_PARTITION_ROWS, Partition, expand, plan
from .worker import PartitionResult, code_partition

RETRIES = 2  # a failing partition is tried this many more times (on any worker) before it is reported
Progress = Callable[[int, int], None]  # (partitions finished, partitions in all)


@dataclass
class ArchiveRun:
    """What a Dask ingest did."""

    out: str
    partitions: int = 0
    coded: int = 0
    skipped: int = 0  # written before from the same input
    documents: int = 0  # documents coded in this run
    events: int = 0
    sentences: int = 0
    bad_lines: int = 0
    line_errors: list[str] = field(default_factory=list)  # the first messages of bad lines
    input_errors: list[str] = field(default_factory=list)  # inputs that could not be used at all
    failed: list[tuple[str, str]] = field(default_factory=list)  # (partition, error) after the retries
    merged: merging.MergeCounts | None = None  # None when nothing changed and the store was kept
    dashboard: str | None = None


def ingest(
    inputs: list[str],
    out: str | Path,
    *,
    scheduler: str | None = None,
    local_workers: int | None = None,
    client: Any = None,
    recode: bool = False,
    published: date | None = None,
    partition_bytes: int = DEFAULT_PARTITION_BYTES,
    partition_rows: int = DEFAULT_PARTITION_ROWS,
    retries: int = RETRIES,
    progress: Progress | None = None,
    on_dashboard: Callable[[str], None] | None = None,
) -> ArchiveRun:
    """Code the inputs (JSONL or Parquet files, globs, URLs) on Dask into the folder `out`.

    The cluster is `client` (a distributed.Client), else the scheduler at `scheduler`, else a
    LocalCluster of `local_workers` processes (default: one per core). Partitions written before
    from the same input are skipped unless recode; a partition failing after `retries` retries is
    reported in `failed` while the others complete, and a later run codes it.
    """
    _require_dask(client is None)
    if scheduler and local_workers:
        raise OptionError("--scheduler", "give either --scheduler or --local-workers, not both")
    if local_workers is not None and local_workers < 1:
        raise OptionError("--local-workers", f"{local_workers} is not a number of workers: give 1 or more")
    if partition_bytes < 1 or partition_rows < 1:
        raise OptionError("--partition-mb", "give a partition size above 0")
    folder = Path(out).resolve()
    run = ArchiveRun(str(folder))
    files, run.input_errors = expand(inputs)
    if not files:
        return run
    _prepare(folder)
    with _locked(folder):
        parts: list[Partition] = []
        for url in files:
            try:
                parts.extend(plan(url, partition_bytes, partition_rows))
            except Exception as exc:  # noqa: BLE001 - a file the planner cannot read is one input error
                message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                run.input_errors.append(message if url in message else f"{url}: cannot be read ({message})")
        _record_plan(folder, parts)
        _clean_scratch(folder)
        run.partitions = len(parts)
        if parts:
            with _client(client, scheduler, local_workers) as dask_client:
                run.dashboard = _dashboard(dask_client) if client or scheduler or _has_bokeh() else None
                if run.dashboard and on_dashboard:
                    on_dashboard(run.dashboard)
                _code_all(dask_client, parts, folder, recode, published, retries, run, progress)
        done = merging.done_partitions(folder)
        if done and (run.coded or merging.merged_partitions(folder) != done or merging.outdated(folder)):
            run.merged = merging.merge(folder)
    return run


def _code_all(
    client: Any,
    parts: list[Partition],
    folder: Path,
    recode: bool,
    published: date | None,
    retries: int,
    run: ArchiveRun,
    progress: Progress | None,
) -> None:
    from distributed import as_completed

    run_id = uuid.uuid4().hex
    futures = {
        client.submit(code_partition, part, str(folder), recode, published, run_id, retries=retries, pure=False): part
        for part in parts
    }
    for finished, future in enumerate(as_completed(futures), 1):
        part = futures[future]
        if future.status == "finished":
            _count(run, future.result())
        else:
            error = future.exception()
            message = str(error).splitlines()[0] if str(error) else ""
            run.failed.append((part.describe(), f"{type(error).__name__}: {message}".rstrip(": ")))
        future.release()
        if progress:
            progress(finished, len(parts))


def _count(run: ArchiveRun, result: PartitionResult) -> None:
    if result.status == "skipped":
        run.skipped += 1
        return
    run.coded += 1
    run.documents += result.documents
    run.events += result.events
    run.sentences += result.sentences
    run.bad_lines += result.bad_lines
    run.line_errors.extend(result.errors)


def _prepare(folder: Path) -> None:
    """Create the folder and its marker; refuse a folder that holds something else."""
    mark = folder / ARCHIVE_MARK
    if folder.exists() and not folder.is_dir():
        raise OptionError("--out", f"{folder} is a file: give a folder for the Parquet store")
    if folder.exists() and any(folder.iterdir()) and not mark.exists():
        raise OptionError("--out", f"{folder} is not empty and not a detente archive: give a new or empty folder")
    (folder / "parts").mkdir(parents=True, exist_ok=True)
    if not mark.exists():
        mark.write_text(json.dumps({"format": ARCHIVE_FORMAT}), encoding="utf-8")


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    with (folder / ".lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StoreError(str(folder), "another ingest is writing to this folder: wait for it to finish") from None
        yield


def _record_plan(folder: Path, parts: list[Partition]) -> None:
    """Append the partitions not planned before to plan.jsonl (their order is the store's order)."""
    known = {p["pid"] for p in merging.planned(folder)}
    new = [p.as_dict() for p in parts if p.pid not in known]
    if new:
        with (folder / merging.PLAN).open("a", encoding="utf-8") as handle:
            handle.writelines(json.dumps(p) + "\n" for p in new)


def _clean_scratch(folder: Path) -> None:
    """Remove what killed workers or merges left (folders whose names begin with a dot)."""
    for path in [*(folder / "parts").glob(".*"), *folder.glob(".store*"), folder / ".merge-tmp"]:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


def _require_dask(cluster: bool) -> None:
    """A ResourceError naming what to install when the dask extra is missing (fsspec reads the inputs,
    dask.distributed runs the cluster unless the caller brings a client)."""
    missing = []
    for module in ("fsspec", *(("distributed",) if cluster else ())):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        verb = "is" if len(missing) == 1 else "are"
        raise ResourceError(f"--engine dask needs the dask extra ({' and '.join(missing)} {verb} missing): "
                            "pip install 'detente[dask]'")


@contextmanager
def _client(client: Any, scheduler: str | None, local_workers: int | None) -> Iterator[Any]:
    """The given client, a client of the scheduler, or one of a LocalCluster made here."""
    if client is not None:
        yield client
        return
    try:
        import distributed
    except ImportError:
        raise ResourceError("the Dask engine needs dask.distributed: pip install 'detente[dask]'") from None
    if scheduler:
        try:
            with distributed.Client(scheduler, timeout="30s") as remote:
                yield remote
        except OSError as exc:
            raise OptionError("--scheduler", f"cannot reach {scheduler} ({exc}): check the address") from None
        return
    workers = local_workers or os.cpu_count() or 1
    with (
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,  # the coder is CPU-bound Python: one task per process
            processes=True,
            dashboard_address=":0",  # any free port (its pages need bokeh, see _dashboard)
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as local,
    ):
        yield local


def _has_bokeh() -> bool:
    """Whether the dashboard of a local cluster can draw its pages."""
    try:
        import bokeh  # noqa: F401
    except ImportError:
        return False
    return True


def _dashboard(client: Any) -> str | None:
    """The dashboard address, when the scheduler serves one."""
    try:
        if "dashboard" in client.scheduler_info().get("services", {}):
            return str(client.dashboard_link)
    except Exception:  # noqa: BLE001 - an address is a nicety; never fail a run for it
        return None
    return None
