"""What every command of the command line shares: the common options (--db, --format, --strict-codes),
option parsing, progress and the one-line error."""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import typer

from ..errors import DetenteError, OptionError
from ..output import FORMATS
from ..terminal import one_line

EXIT_BAD_INPUT = 2
INPUTS_HELP = ("Files (.txt .md .html .pdf .docx .jsonl .warc), web addresses, lists of addresses (.urls), "
               "or - for standard input.")

# the options of every command that reads a store or prints records
DB = typer.Option(
    "detente.duckdb",
    "--db",
    envvar="DETENTE_DB",
    help="The store file (default: $DETENTE_DB, else ./detente.duckdb).",
)
FORMAT = typer.Option(None, "--format", "-f", help=f"{', '.join(FORMATS[:-1])} or {FORMATS[-1]} (table on a terminal).")
STRICT = typer.Option(False, "--strict-codes", help="A query for RUS does not include SUN (the USSR).")


def say(message: str) -> None:
    """Print a message on standard error, as one line without control characters (messages quote
    file names and file contents, which must not reach the terminal as escape sequences)."""
    typer.echo(one_line(message), err=True)


def error(message: object) -> None:
    """Print one error line on standard error (and go on)."""
    say(f"detente: error: {message}")


def fail(message: str) -> NoReturn:
    """Print one line on standard error and exit with code 2."""
    error(message)
    raise typer.Exit(EXIT_BAD_INPUT)


@contextmanager
def errors_as_messages() -> Iterator[None]:
    """Turn a DetenteError into a one-line message and exit code 2."""
    try:
        yield
    except DetenteError as exc:
        fail(str(exc))


PROGRESS_LINE_SECONDS = 2.0  # with --progress on a pipe or a file: a plain line this often at most


@contextmanager
def terminal_progress(
    columns: tuple[str, ...], show: Callable[[int, int, float], dict[str, Any]], first: str = "",
    force: bool | None = None,
) -> Iterator[Callable[[int, int], None] | None]:
    """On a terminal, a transient rich progress display of one task, and the function (a, b) that
    updates it with what show(a, b, seconds since the start) returns (description, completed, total);
    None when standard error is not a terminal. columns: "spinner", "bar", "count", "elapsed", or the
    template of a text column ("{task.description}"). force: True shows progress anyway (as plain
    lines of the description when standard error is not a terminal), False never."""
    if force is False or (not sys.stderr.isatty() and not force):
        yield None
        return
    started = time.monotonic()
    if not sys.stderr.isatty():
        yield _progress_lines(show, started)
        return
    from rich import progress
    from rich.console import Console

    named: dict[str, Callable[[], Any]] = {
        "spinner": progress.SpinnerColumn, "bar": lambda: progress.BarColumn(bar_width=24),
        "count": progress.MofNCompleteColumn, "elapsed": progress.TimeElapsedColumn}
    with progress.Progress(  # on standard error: standard output carries the records
        *(named[c]() if c in named else progress.TextColumn(c) for c in columns), transient=True,
        console=Console(stderr=True),
    ) as bar:
        task = bar.add_task(first, total=None)

        def update(a: int, b: int) -> None:
            bar.update(task, **show(a, b, max(time.monotonic() - started, 1e-6)))

        yield update


@contextmanager
def coding_progress(force: bool | None = None,
                    read: list[int] | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """Progress of coding (`extract`): the function told (characters, sentences) coded after each
    document and each window of a long one; shows sentences and megabytes done, and a bar filling
    towards read[0], the characters of the documents read so far (the reader fills it in: one long
    document is read whole before it is coded, a corpus a batch ahead)."""
    totals = [0, 0, 0]  # documents (a long one counts when done), sentences, characters

    def show(characters: int, sentences: int, seconds: float) -> dict[str, Any]:
        total = read[0] if read and read[0] >= characters else None
        of = f" of {total / 1e6:,.1f}" if total else ""
        return {"description": f"{sentences:,} sentences, {characters / 1e6:,.1f}{of} MB coded, "
                               f"{characters / 1e3 / seconds:,.0f} KB/s",
                "completed": characters, "total": total}

    columns = ("spinner", "bar", "{task.description}", "elapsed")
    with terminal_progress(columns, show, "coding", force) as update:
        if update is None:
            yield None
            return

        def tick(characters: int, sentences: int) -> None:
            totals[1] += sentences
            totals[2] += characters
            update(totals[2], totals[1])

        yield tick


def _progress_lines(show: Callable[[int, int, float], dict[str, Any]], started: float) -> Callable[[int, int], None]:
    """Progress as a line on standard error, at the first update and then every few seconds (for
    logs: no cursor movement)."""
    last = [started - PROGRESS_LINE_SECONDS]

    def update(a: int, b: int) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_LINE_SECONDS:
            last[0] = now
            say(f"detente: {show(a, b, max(now - started, 1e-6)).get('description', '')}")

    return update


def warn(message: str) -> None:
    say(f"detente: warning: {message}")


def parse_date(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value, or an OptionError naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise OptionError(option, f"'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2019-01-27") from None


def output_format(fmt: str | None) -> str:
    """The --format value: table on a terminal, JSON lines when piped."""
    if fmt is None:
        return "table" if sys.stdout.isatty() else "jsonl"
    if fmt not in FORMATS:
        raise OptionError("--format", f"'{fmt}' is not one of {', '.join(FORMATS)}")
    return fmt


def published_table(path: Path | None) -> dict[str, date]:
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
        when = parse_date(row[1].strip(), f"--published-from {path}:{n}")
        if when is not None:
            table[Path(row[0]).name] = when
    return table


def with_publication_dates(documents, table: dict[str, date]):
    """Give each document read from a file named in the table its publication date."""
    for doc in documents:
        when = table.get(Path(doc.path).name) if getattr(doc, "path", None) else None
        if when is not None and doc.published_basis != "given":
            doc.published, doc.published_basis = when, "given"
        yield doc
