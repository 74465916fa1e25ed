"""`detente ingest --engine dask`: the command-line side of detente.ingest.dask (options, progress,
the one-line report and exit codes); called by the ingest command (cli/store.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from .common import EXIT_BAD_INPUT, error, errors_as_messages, fail, parse_date, say, terminal_progress

SHOWN_LINE_ERRORS = 5  # bad lines printed; all are counted


def run_dask_ingest(
    paths: list[str],
    engine: str,
    out: str | None,
    scheduler: str | None,
    local_workers: int | None,
    partition_mb: float,
    recode: bool,
    published: str | None,
    published_from: Path | None,
) -> None:
    if engine != "dask":
        fail(f"--engine {engine}: --out, --scheduler and --local-workers go with --engine dask")
    if not out:
        fail("--out: --engine dask writes a Parquet store into a folder: give --out DIR")
    if published_from is not None:
        fail('--published-from: not read by --engine dask: give a "published" field in the corpus or --published')
    if partition_mb <= 0:
        fail(f"--partition-mb: {partition_mb} is not a size: give a number of megabytes above 0")
    from ..ingest.dask import ingest

    with errors_as_messages():
        when = parse_date(published, "--published")
        with _progress() as progress:
            run = ingest(
                paths,
                out,
                scheduler=scheduler,
                local_workers=local_workers,
                recode=recode,
                published=when,
                partition_bytes=max(1, int(partition_mb * (1 << 20))),
                progress=progress,
                on_dashboard=lambda link: say(f"Dask dashboard: {link}"),
            )
    _report(run)


def _report(run: Any) -> None:
    for message in run.input_errors:
        error(message)
    for message in run.line_errors[:SHOWN_LINE_ERRORS]:
        error(message)
    if run.bad_lines > SHOWN_LINE_ERRORS:
        say(f"detente: {run.bad_lines} bad lines in all (each skipped; the other lines were coded)")
    for where, problem in run.failed:
        error(f"partition {where} failed after its retries: {problem}")
    parts = [f"{_n(run.partitions, 'partition')}: coded {run.coded}"]
    if run.skipped:
        parts.append(f"skipped {run.skipped} written before")
    if run.failed:
        parts.append(f"{len(run.failed)} failed (run the same command again to code them)")
    summary = ", ".join(parts) + f"; {run.documents} documents, {run.events} events, {run.sentences} sentences coded"
    if run.partitions:
        say(summary)
    if run.merged:
        m = run.merged
        say(f"merged {_n(m.partitions, 'partition')}: {m.documents} documents, {m.events} events, "
            f"{m.incidents} incidents -> {run.out} (query it with --db {run.out})")
    elif run.partitions:
        say(f"nothing new: the store in {run.out} is up to date (use --recode to code it again)")
    if run.failed or run.input_errors or run.bad_lines:
        stored = run.coded + run.skipped > 0
        raise typer.Exit(1 if stored else EXIT_BAD_INPUT)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _progress() -> Any:
    """A bar of partitions done on a terminal; nothing otherwise."""
    return terminal_progress(
        ("partitions", "bar", "count", "elapsed", "{task.description}"),
        lambda done, total, seconds: {
            "completed": done, "total": total, "description": f"{done / seconds * 60:.1f}/min"
        },
    )
