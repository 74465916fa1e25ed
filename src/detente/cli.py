"""The command line: parses arguments, calls the library, turns errors into one-line messages."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path

import typer

from . import __version__
from .errors import DetenteError, InputError, OptionError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="detente: dated, sourced records of events between states.")

EXIT_BAD_INPUT = 2
BATCH_DOCUMENTS = 64  # documents coded together: their sentences are parsed in one batch


def _fail(message: str) -> None:
    typer.echo(f"detente: error: {message}", err=True)
    raise typer.Exit(EXIT_BAD_INPUT)


def _warn(message: str) -> None:
    typer.echo(f"detente: warning: {message}", err=True)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise OptionError(option, f"'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2019-01-27") from None


def _published_table(path: Path | None) -> dict[str, date]:
    """File name -> publication date, from a two-column TSV (file, published)."""
    if path is None:
        return {}
    try:
        rows = list(csv.reader(path.read_text("utf-8").splitlines(), delimiter="\t"))
    except OSError as exc:
        raise OptionError("--published-from", f"cannot read {path}: {exc.strerror}") from None
    table = {}
    for n, row in enumerate(rows, 1):
        if not row or row[0].startswith("#") or row[0] == "file":
            continue
        if len(row) < 2:
            raise OptionError("--published-from", f"{path}:{n}: expected 'file<TAB>YYYY-MM-DD'")
        table[Path(row[0]).name] = _parse_date(row[1].strip(), f"--published-from {path}:{n}")
    return table


def _format(fmt: str | None) -> str:
    from .output import FORMATS

    if fmt is None:
        return "table" if sys.stdout.isatty() else "jsonl"
    if fmt not in FORMATS:
        raise OptionError("--format", f"'{fmt}' is not one of {', '.join(FORMATS)}")
    return fmt


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files (.txt .md .html .jsonl) or - for standard input."),
    published: str | None = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
    published_from: Path | None = typer.Option(
        None, "--published-from", help="TSV of file names and publication dates (file, published)."),
    fmt: str | None = typer.Option(None, "--format", "-f", help="jsonl, csv or table (table on a terminal)."),
) -> None:
    """Code documents into dated, sourced events.

    Example:

        detente extract review.md --published 2019-02-01 --format jsonl > events.jsonl
    """
    from .api import read_inputs
    from .coding.pipeline import extract_many
    from .model import Document
    from .output import EventWriter

    try:
        when = _parse_date(published, "--published")
        table = _published_table(published_from)
        writer = EventWriter(sys.stdout, _format(fmt))
    except DetenteError as exc:
        _fail(str(exc))
    coded = failed = 0
    batch: list[Document] = []

    def flush() -> None:
        nonlocal coded
        for doc, events in extract_many(batch):
            coded += 1
            name = doc.path or doc.id
            if doc.published_basis == "inferred":
                _warn(f"{name}: publication date {doc.published} inferred from its references")
            for w in sorted({w for e in events for w in e.warnings}):
                _warn(f"{name}: {w}")
            writer.write(events)
        batch.clear()

    try:
        for item in read_inputs(paths, when):
            if isinstance(item, InputError):
                failed += 1
                typer.echo(f"detente: error: {item}", err=True)
                continue
            doc_date = table.get(Path(item.path).name) if item.path and not when else None
            if doc_date is not None:
                item.published, item.published_basis = doc_date, "given"
            batch.append(item)
            if len(batch) >= BATCH_DOCUMENTS:
                flush()
        flush()
    except DetenteError as exc:
        _fail(str(exc))
    writer.close()
    if coded == 0 and failed:
        raise typer.Exit(EXIT_BAD_INPUT)  # each failure has had its one-line message already
    if coded == 0:
        _fail("no input documents")
    if failed:
        raise typer.Exit(1)


@app.command()
def evaluate(
    predicted: Path | None = typer.Argument(None, help="Events as written by `detente extract --format jsonl`."),
    gold: Path | None = typer.Argument(None, help="Gold events (see GUIDELINES.md)."),
    plover_gsr: Path | None = typer.Option(None, "--plover-gsr", help="PLOVER gold-standard records (JSON)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object."),
) -> None:
    """Score coded events against a gold file, or the coder's event types on PLOVER gold records.

    Example:

        detente evaluate events.jsonl gold.jsonl
        detente evaluate --plover-gsr PLOVER_GSR_CAMEO.json
    """
    from . import evaluate as ev

    try:
        if plover_gsr is not None:
            from .coding.classify import sentence_type

            report = ev.gsr_report(ev.load_plover_gsr(plover_gsr), sentence_type)
            typer.echo(json.dumps(report) if as_json else ev.format_gsr_report(report))
            return
        if predicted is None or gold is None:
            raise OptionError("evaluate", "give PREDICTED and GOLD files, or --plover-gsr FILE")
        result = ev.score_files(predicted, gold)
        typer.echo(json.dumps(result) if as_json else ev.format_score(result))
    except DetenteError as exc:
        _fail(str(exc))


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    """Entry point of the `detente` console script."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("detente: interrupted", err=True)
        sys.exit(130)
