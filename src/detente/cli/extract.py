"""The commands that code text without a store: `detente extract` and `detente evaluate` (main.py
registers them first on the app, as they come first in `detente --help`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import typer

from ..errors import DetenteError, InputError, OptionError
from ..terminal import printable
from .common import (
    EXIT_BAD_INPUT,
    FORMAT,
    INPUTS_HELP,
    coding_progress,
    error,
    errors_as_messages,
    fail,
    output_format,
    parse_date,
    published_table,
    warn,
    with_publication_dates,
)


def extract(
    paths: list[str] = typer.Argument(..., help=INPUTS_HELP),
    published: str | None = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
    published_from: Path | None = typer.Option(
        None, "--published-from", help="TSV of file names and publication dates (file, published)."),
    fmt: str | None = FORMAT,
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Show progress on standard error (default: on a terminal only)."),
) -> None:
    """Code documents into dated, sourced events.

    Example:

        detente extract review.md --published 2019-02-01 --format jsonl > events.jsonl
    """
    from ..api import read_inputs
    from ..ingest.local import extract_in_batches
    from ..model import Document
    from ..output import EventWriter

    with errors_as_messages():
        when = parse_date(published, "--published")
        table = published_table(published_from)
        writer = EventWriter(sys.stdout, output_format(fmt))
    coded = failed = 0
    read = [0]  # characters of the documents read so far: what the progress bar fills towards

    def documents() -> Iterator[Document]:
        nonlocal failed
        for item in read_inputs(paths, when):
            if isinstance(item, InputError):
                failed += 1
                error(item)
                continue
            for message in item.warnings:
                warn(message)
            read[0] += len(item.text)
            yield from with_publication_dates([item], {} if when else table)

    with errors_as_messages(), coding_progress(progress, read) as tick:
        for doc, events in extract_in_batches(documents(), tick):
            coded += 1
            name = doc.path or doc.id
            if doc.published_basis == "inferred":
                warn(f"{name}: publication date {doc.published} inferred from its references")
            for w in sorted({w for e in events for w in e.warnings}):
                warn(f"{name}: {w}")
            writer.write(events)
    writer.close()
    if coded == 0 and failed:
        raise typer.Exit(EXIT_BAD_INPUT)  # each failure has had its one-line message already
    if coded == 0:
        fail("no input documents")
    if failed:
        raise typer.Exit(1)


def evaluate(
    predicted: Path | None = typer.Argument(None, help="Events as written by `detente extract --format jsonl`."),
    gold: Path | None = typer.Argument(None, help="Gold events (see GUIDELINES.md)."),
    plover_gsr: Path | None = typer.Option(None, "--plover-gsr", help="PLOVER gold-standard records (JSON)."),
    set_dir: Path | None = typer.Option(
        None, "--set", help="A folder with MANIFEST.tsv, NAME.txt and NAME.gold.jsonl: code and score it all."),
    errors: bool = typer.Option(False, "--errors", help="With --set: list every miss and false positive with "
                                "its sentence and cause, then a count per cause (not for 'check' documents)."),
    only: list[str] = typer.Option([], "--only", help="With --set: score only this document (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object."),
) -> None:
    """Score coded events against a gold file, a whole evaluation set, or the PLOVER gold records.

    Example:

        detente evaluate events.jsonl gold.jsonl
        detente evaluate --set ../shared/eval/dev --errors
        detente evaluate --plover-gsr PLOVER_GSR_CAMEO.json
    """
    from .. import evaluate as ev

    try:
        if plover_gsr is not None:
            from ..coding.classify import sentence_type

            report = ev.gsr_report(ev.load_plover_gsr(plover_gsr), sentence_type)
            typer.echo(json.dumps(report) if as_json else printable(ev.format_gsr_report(report)))
            return
        if set_dir is not None:
            _evaluate_set(set_dir, only, errors, as_json)
            return
        if errors or only:
            raise OptionError("--errors" if errors else "--only", "works only with --set DIR")
        if predicted is None or gold is None:
            raise OptionError("evaluate", "give PREDICTED and GOLD files, --set DIR, or --plover-gsr FILE")
        result = ev.score_files(predicted, gold)
        typer.echo(json.dumps(result) if as_json else printable(ev.format_score(result)))
    except DetenteError as exc:
        fail(str(exc))


def _evaluate_set(folder: Path, only: list[str], errors: bool, as_json: bool) -> None:
    """Print a set's scores (and, with errors, every error of its tune documents and their causes)."""
    from ..diagnose import count_causes, diagnose, format_errors
    from ..evalset import code_set, format_set_score, read_manifest, score_coded

    coded = code_set(read_manifest(folder, only or None))
    summary = score_coded(coded)
    found = []
    if errors:
        for row in coded.rows:
            if not row.hidden:
                found += diagnose(row.name, coded.documents[row.name], coded.predicted.get(row.name, []),
                                  coded.gold[row.name])
    if as_json:
        if errors:
            summary["errors"] = [e.to_dict() for e in found]
            summary["causes"] = count_causes(found)
        typer.echo(json.dumps(summary))
        return
    if errors:
        typer.echo(printable(format_errors(found)))
        typer.echo("")
    typer.echo(printable(format_set_score(summary)))
