"""The analysis commands (profile, report): a typer sub-application that cli.py registers.
Each command parses options, calls detente.analysis or detente.report, and turns a
DetenteError into a one-line message with exit code 2."""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from ..output import plain_console
from ..terminal import printable, safe_table, terminal_stream
from .common import DB, FORMAT, STRICT, errors_as_messages, output_format, warn

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Read a relationship back from the record.")

ActorA = Annotated[str, typer.Argument(help="An actor code, e.g. RUS (includes SUN, the USSR, unless --strict-codes).")]
ActorB = Annotated[str, typer.Argument(help="Another actor code, e.g. PAK.")]
THIRD = typer.Option(None, "--third", help="A third country: set A-B beside A-C and B-C over the same periods.")


def _open(db: str) -> Any:
    from ..store import open_store

    return open_store(db, read_only=True)


# --- profile ---------------------------------------------------------------------------------------


def profile_records(analyses: list[Any]) -> list[dict[str, Any]]:
    """One JSON object per dyad and period (coarse and undated rows last)."""
    return [{"dyad": d.key, **row.as_dict()} for d in analyses for row in d.profile.all_rows()]


def _print_profile(analyses: list[Any], fmt: str) -> None:
    from ..store.query import dumps

    if fmt == "jsonl":
        for record in profile_records(analyses):
            sys.stdout.write(dumps(record) + "\n")
    elif fmt == "csv":
        rows = [{"dyad": d.key, **row.as_flat()} for d in analyses for row in d.profile.all_rows()]
        columns = list(rows[0]) if rows else ["dyad", "period"]
        writer = csv.DictWriter(terminal_stream(sys.stdout), columns)
        writer.writeheader()
        writer.writerows(rows)
    else:
        _profile_tables(analyses)


def _profile_tables(analyses: list[Any]) -> None:
    """A table per dyad, then its phases (or why there are none) and landmarks."""
    from ..report.wording import counts_text, date_label, number, percent, year_span

    console = plain_console(sys.stdout)
    for d in analyses:
        table = safe_table(title=printable(f"{d.label} ({d.key}), by {d.profile.by}"))
        for name in ("period", "events", "occurred", "index sum", "index mean", "Goldstein sum",
                     "Goldstein mean", "military", "quad 1/2/3/4", "types", "statuses"):
            table.add_column(name, justify="right" if name not in ("period", "types", "statuses") else "left")
        for r in d.profile.all_rows():
            table.add_row(r.period, str(r.events), str(r.occurred), number(r.index.intensity_sum),
                          number(r.index.intensity_mean, 2), number(r.index.goldstein_sum),
                          number(r.index.goldstein_mean, 2), percent(r.military_share),
                          "/".join(str(r.quad_classes.get(q, 0)) for q in (1, 2, 3, 4)),
                          counts_text(r.types, 3), counts_text(r.statuses))
        console.print(table)
        if d.phases.note:
            console.print(printable(f"phases: {d.phases.note}"))
        for p in d.phases.phases:
            types = ", ".join(t for t, _ in p.dominant_types)
            console.print(f"phase {year_span(p.first_year, p.last_year)}: {p.tone}, level {number(p.level, 2)} "
                          f"per year, {p.events} events ({types})")
        for lm in d.landmarks:
            console.print(printable(f"landmark: {lm.label}, {date_label(lm.record)} (event {lm.record['id']})"))
        console.print()


@app.command()
def profile(
    a: ActorA,
    b: ActorB,
    by: str = typer.Option("year", "--by", help="year or decade."),
    third: str | None = THIRD,
    db: str = DB,
    fmt: str | None = FORMAT,
    strict_codes: bool = STRICT,
) -> None:
    """Per period: events by type and quad class, the cooperation-conflict index, military share, status mix.

    The index: sum and mean of PLOVER intensity of the events that occurred, Goldstein beside it.

    An event counts in the period its date starts in; decade-dated ones are 'coarse' in the yearly view.
    The counts come from the summary the store keeps per dyad and period, so a large store answers at once.

    Example:

        detente profile RUS PAK --by decade --third IND --format table
    """
    from ..analysis import compare_profiles_store, profile_store

    with errors_as_messages():
        out = output_format(fmt)
        with _open(db) as store:
            if third:
                analyses = compare_profiles_store(store, a, b, third, by, strict_codes).dyads
            else:
                analyses = [profile_store(store, a, b, by, strict_codes)]
    if not analyses[0].incidents:
        warn(f"no events between {analyses[0].a} and {analyses[0].b} in {db}")
    _print_profile(analyses, out)


# --- report ----------------------------------------------------------------------------------------


@contextmanager
def _progress() -> Iterator[Callable[[str, int, int], None] | None]:
    """A rich progress bar on a terminal, shown once building takes more than a moment."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    started = time.monotonic()
    with Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), transient=True,
                  auto_refresh=False) as bar:
        task = bar.add_task("report", total=None)

        def update(what: str, done: int, total: int) -> None:
            bar.update(task, description=what, completed=done, total=total)
            if time.monotonic() - started > 0.5:  # a quick report leaves no trace on the terminal
                bar.refresh()

        yield update


@app.command()
def report(
    a: ActorA,
    b: ActorB,
    out: Annotated[Path, typer.Option("--out", help="review.html (one self-contained page) or review.md.")],
    third: str | None = THIRD,
    by: str = typer.Option("auto", "--by", help="Periods of the tables: year, decade or auto (decades past 30 years)."),
    db: str = DB,
    strict_codes: bool = STRICT,
    base_url: str | None = typer.Option(
        None, "--base-url", help="Where `detente serve` answers (e.g. http://127.0.0.1:8000): event ids link to "
        "their pages there. Without it, plain ids."),
) -> None:
    """Write a cited review of a dyad as one HTML page or Markdown, every event footnoted to its quote.

    Sections: overview, timeline, defence cooperation, phases, drivers, third parties, not (yet) happened.
    Each landmark shows its quote and event id; where SIPRI (imported into the store) holds an earlier arms
    transfer than the texts' first, the overview says so and cites both. Notes link back to where they are cited.

    An empty dyad gives a review that says so, with a warning.

    Example:

        detente report RUS PAK --third IND --out review.html
        detente report USA PAK --out review.md     # charts as PNG files beside it
        detente report RUS PAK --out review.html --base-url http://127.0.0.1:8000
    """
    from ..report import check_writable, output_format, write_review
    from ..report.citations import checked_base_url

    with errors_as_messages():
        output_format(out)
        check_writable(out)
        checked_base_url(base_url)
        with _open(db) as store, _progress() as progress:
            written = write_review(store, a, b, out, third, by, strict_codes, progress, base_url)
    if written.events == 0:
        warn(f"no events between {a.upper()} and {b.upper()} in {db}: the review says so")
    extra = f" and {len(written.files) - 1} chart images" if len(written.files) > 1 else ""
    typer.echo(f"wrote {written.path}{extra}: {written.events} incidents, "
               f"{len(written.review.citations.notes)} notes, {len(written.review.citations.documents)} documents",
               err=True)
