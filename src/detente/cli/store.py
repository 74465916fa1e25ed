"""The store commands (ingest, events, timeline, dyads, docs, show, export, check): a typer
sub-application that cli/main.py registers. Each command parses options, calls
detente.store, and turns a DetenteError into a one-line message with exit code 2."""

from __future__ import annotations

import csv
import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import InputError
from ..output import plain_console
from ..terminal import json_safe, printable, safe_table, terminal_stream
from .common import (
    DB,
    EXIT_BAD_INPUT,
    FORMAT,
    INPUTS_HELP,
    STRICT,
    error,
    errors_as_messages,
    fail,
    output_format,
    parse_date,
    published_table,
    say,
    terminal_progress,
    warn,
    with_publication_dates,
)

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Store coded events and query them.")

EXTRA_COLUMNS = ["incident_id", "n_mentions", "n_docs"]

MENTIONS = typer.Option(False, "--mentions", help="Every stored event, not one per incident.")
ORIGIN = typer.Option(
    "text", "--origin", help="text (coded from text, the default), gdelt, icews, polecat, sipri, or all."
)








def _open(db: str, read_only: bool = True) -> Any:
    from ..store import open_store

    return open_store(db, read_only=read_only)


# --- printing records ----------------------------------------------------------------------


def print_events(records: list[dict[str, Any]], fmt: str, labels: dict[str, str] | None = None) -> None:
    """Event records as JSON lines, CSV (the extract columns plus incident columns) or a table;
    with `labels` (doc_id -> title), the table names each event's document and how many report it."""
    from ..output import CSV_COLUMNS, csv_row, print_table
    from ..store.query import dumps
    from ..store.records import record_event

    out = sys.stdout
    if fmt == "jsonl":
        for r in records:
            out.write(dumps(r) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(terminal_stream(out), CSV_COLUMNS + EXTRA_COLUMNS + ["doc_ids"], extrasaction="ignore")
        writer.writeheader()
        for r in records:
            writer.writerow(
                {
                    **csv_row(record_event(r)),
                    **{k: r.get(k, "") for k in EXTRA_COLUMNS},
                    "doc_ids": ";".join(r.get("doc_ids", [])),
                }
            )
    else:
        documents = None
        if labels is not None:
            documents = [_document_cell(r, labels) for r in records]
        print_table([record_event(r) for r in records], out, documents)


def _document_cell(record: dict[str, Any], labels: dict[str, str]) -> str:
    label = labels.get(record["doc_id"], record["doc_id"][:12])
    label = label if len(label) <= 40 else label[:39] + "…"
    others = len(record.get("doc_ids") or [record["doc_id"]]) - 1
    return label + (f"\n(+{others} more)" if others > 0 else "")


def print_records(records: list[dict[str, Any]], fmt: str, title: str) -> None:
    """Flat records (dyads, documents) as JSON lines, CSV or a table."""
    from ..store.query import dumps

    if fmt == "jsonl":
        for r in records:
            sys.stdout.write(dumps(r) + "\n")
        return
    columns = list(records[0]) if records else []
    if fmt == "csv":
        writer = csv.DictWriter(terminal_stream(sys.stdout), columns)
        writer.writeheader()
        writer.writerows(records)
        return
    table = safe_table(*columns, title=title)
    for r in records:
        table.add_row(*("" if r[c] is None else str(r[c]) for c in columns))
    plain_console(sys.stdout).print(table)
    print(f"{len(records)} {title}")


# --- commands ------------------------------------------------------------------------------


def _progress(force: bool | None = None) -> Any:
    """A rich progress line (documents and sentences stored, and their rates) on a terminal, or with
    --progress; nothing otherwise. A long document moves it on after each window."""
    return terminal_progress(
        ("spinner", "{task.description}", "elapsed"),
        lambda docs, sentences, seconds: {
            "description": f"{docs:,} documents, {sentences:,} sentences stored "
                           f"({docs / seconds:.1f} documents/s, {sentences / seconds:,.0f} sentences/s)"
        },
        first="coding",
        force=force,
    )


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help=INPUTS_HELP)
    ],
    db: str = DB,
    recode: bool = typer.Option(
        False, "--recode", help="Code documents already stored again and replace them."
    ),
    published: str | None = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
    published_from: Path | None = typer.Option(
        None, "--published-from", help="TSV of file names and publication dates (file, published)."),
    workers: int = typer.Option(
        0,
        "--workers",
        help="Processes that code documents; default 0: one per core (one process writes).",
    ),
    engine: str = typer.Option(
        "local", "--engine", help="local (this machine, into --db) or dask (a Dask cluster, into --out)."
    ),
    out: str | None = typer.Option(
        None, "--out", help="With --engine dask: the folder of the Parquet store (then query it with --db DIR)."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="With --engine dask: a running scheduler, tcp://HOST:PORT."
    ),
    local_workers: int | None = typer.Option(
        None, "--local-workers", help="With --engine dask: a local cluster of N processes (default: one per core)."
    ),
    partition_mb: float = typer.Option(
        8.0, "--partition-mb", help="With --engine dask: megabytes of JSONL per partition."
    ),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Show progress on standard error (default: on a terminal only)."),
) -> None:
    """Code documents and store them with their events; documents already stored are skipped.

    Example:

        detente ingest essays/*.md corpus.jsonl --db relations.duckdb

    On a Dask cluster, into a Parquet store (query it with --db news-store/):

        detente ingest 'news/*.jsonl' --engine dask --local-workers 8 --out news-store/

        detente ingest 's3://bucket/news/*.jsonl' --engine dask --scheduler tcp://head:8786 --out /shared/news-store
    """
    if engine == "dask" or out or scheduler or local_workers:
        from .dask import run_dask_ingest

        run_dask_ingest(paths, engine, out, scheduler, local_workers, partition_mb, recode, published, published_from)
        return
    from ..api import read_inputs
    from ..ingest.local import ingest_documents

    failed = 0

    def documents() -> Iterator[Any]:
        nonlocal failed
        for item in read_inputs(paths, when):
            if isinstance(item, InputError):
                failed += 1
                error(item)
            else:
                for message in item.warnings:
                    warn(message)
                yield item

    with errors_as_messages():
        when = parse_date(published, "--published")
        table = published_table(published_from) if when is None else {}
        readable = with_publication_dates(documents(), table)
        first = next(readable, None)
        if first is None:  # nothing to store: --db is left as it was (no empty store file)
            say("detente: no input documents: nothing stored")
            raise typer.Exit(EXIT_BAD_INPUT)
        with _open(db, read_only=False) as store, _progress(progress) as shown:
            counts = ingest_documents(
                store,
                itertools.chain([first], readable),
                recode=recode,
                progress=shown,
                workers=workers if workers > 0 else default_workers(),
                cluster=False,
            )
            if store.needs_clustering():
                say("ordering the store by dyad for fast timelines (once in a while)...")
                store.cluster()
    _report(counts, db)
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT if counts.documents == 0 else 1)


def default_workers() -> int:
    """Coding processes by default: one per core. The writer mostly waits on them; on two cores,
    two coders store the milestones corpus about 1.4 times as fast as one (benchmarks/store.py)."""
    return os.cpu_count() or 1


def _report(counts: Any, db: str) -> None:
    if counts.documents == 0:
        say("detente: no input documents")
        return
    done = counts.stored + counts.recoded
    if done == 0:
        say(f"nothing new: all {counts.skipped} documents are already in {db} (use --recode to code them again)")
        return
    parts = [f"stored {counts.stored} documents"]
    if counts.recoded:
        parts.append(f"recoded {counts.recoded}")
    if counts.skipped:
        parts.append(f"skipped {counts.skipped} already stored")
    say(f"{', '.join(parts)}; {counts.events} events, {counts.sentences} sentences -> {db}")


@app.command()
def events(
    db: str = DB,
    fmt: str | None = FORMAT,
    dyad: tuple[str, str] | None = typer.Option(None, "--dyad", help="Two actor codes, either direction."),
    actor: str | None = typer.Option(None, "--actor", help="An actor code on either side (RUS, NATO)."),
    event_type: str | None = typer.Option(None, "--type", help="A PLOVER event type (AGREE, COOPERATE ...)."),
    context: str | None = typer.Option(None, "--context", help="A PLOVER context (military ...)."),
    status: str | None = typer.Option(None, "--status", help="occurred, planned, cancelled ..."),
    since: str | None = typer.Option(None, "--since", help="Events that end on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, "--until", help="Events that start on or before YYYY-MM-DD."),
    doc: str | None = typer.Option(
        None, "--doc", help="A document id (or its first 6+ characters), or the id its corpus gave it."
    ),
    strict_codes: bool = STRICT,
    mentions: bool = MENTIONS,
    origin: str = ORIGIN,
) -> None:
    """List stored events, one per incident, in date order.

    Example:

        detente events --dyad RUS PAK --type COOPERATE --since 2014-01-01 --format csv
    """
    with errors_as_messages():
        out = output_format(fmt)
        filters = {
            "dyad": tuple(dyad) if dyad and all(dyad) else None,
            "actor": actor,
            "event_type": event_type,
            "context": context,
            "status": status,
            "since": parse_date(since, "--since"),
            "until": parse_date(until, "--until"),
            "doc": doc,
            "strict_codes": strict_codes,
            "mentions": mentions,
            "origin": origin,
        }
        with _open(db) as store:
            records = store.events(**filters)
    print_events(records, out)


@app.command()
def timeline(
    a: str = typer.Argument(..., help="An actor code, e.g. RUS."),
    b: str = typer.Argument(..., help="Another actor code, e.g. PAK."),
    db: str = DB,
    fmt: str | None = FORMAT,
    strict_codes: bool = STRICT,
    mentions: bool = MENTIONS,
    origin: str = ORIGIN,
) -> None:
    """The incidents between two actors in date order, with precision, status, source and quote.

    Example:

        detente timeline RUS IND --format table
    """
    with errors_as_messages():
        out = output_format(fmt)
        with _open(db) as store:
            records = store.timeline(a, b, strict_codes=strict_codes, mentions=mentions, origin=origin)
            labels = store.document_labels({r["doc_id"] for r in records}) if out == "table" else None
    print_events(records, out, labels)


@app.command()
def dyads(db: str = DB, fmt: str | None = FORMAT, origin: str = ORIGIN) -> None:
    """Pairs of actors with counts of incidents, events and documents and their date span.

    Example:

        detente dyads --format table
    """
    with errors_as_messages():
        out = output_format(fmt)
        with _open(db) as store:
            records = store.dyads(origin)
    print_records(records, out, "dyads")


@app.command()
def docs(db: str = DB, fmt: str | None = FORMAT) -> None:
    """The stored documents.

    Example:

        detente docs --format csv > documents.csv
    """
    with errors_as_messages():
        out = output_format(fmt)
        with _open(db) as store:
            records = store.docs()
    print_records(records, out, "documents")


@app.command()
def show(
    event_id: str = typer.Argument(..., help="An event id, or its first characters."),
    db: str = DB,
) -> None:
    """One event as JSON: its evidence in context, its references and the other mentions of its incident.

    Example:

        detente show 2857709b
    """
    import json

    with errors_as_messages(), _open(db) as store:
        record = store.show(event_id)
    typer.echo(json_safe(json.dumps(record, ensure_ascii=False, indent=2, default=str)))


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", help="Directory to write to (created if missing).")],
    fmt: str = typer.Option("parquet", "--format", "-f", help="parquet, csv, jsonl or gdelt."),
    db: str = DB,
) -> None:
    """Write events, incidents and documents as Parquet, CSV or JSON lines, or a GDELT-style TSV.

    Example:

        detente export --format parquet --out exports/
        detente export --format gdelt --out exports/
    """
    with errors_as_messages(), _open(db) as store:
        written = store.export(fmt, out)
    for path in written:
        typer.echo(printable(path))


@app.command()
def check(
    db: str = DB,
    recount: bool = typer.Option(False, "--recount", help="Count the summary tables (dyads, periods) again "
                                 "from the events first: the one change check makes."),
) -> None:
    """Check a store: every block readable, the schema, the counts against their summaries, incidents
    against their events, and curation against its audit trail. Exit 0 when sound, 2 when damaged.

    Nothing is changed, unless --recount. A damaged store is refused for writing (ingest, import,
    edits): restore it from a backup.

    Example:

        detente check --db relations.duckdb
    """
    from ..store.check import check_store, describe
    from ..store.parquet import is_archive

    if is_archive(Path(db)):
        fail(f"{db}: a Parquet store of the Dask engine: check reads DuckDB store files (run a query to read it)")
    if recount and Path(db).exists():
        with errors_as_messages():
            from ..store import open_store

            with open_store(db) as store:
                store.rebuild_summary()
    report = check_store(db)
    for problem in report.problems:
        error(f"{db}: {problem}")
    if not report.ok:
        error(describe(report))
        raise typer.Exit(EXIT_BAD_INPUT)
    typer.echo(printable(describe(report)))
