"""The dataset commands: `detente import gdelt|icews|polecat|sipri FILE...` and `detente compare A B
--with DATASET`. A typer sub-application that cli.py registers; the work is done by detente.store
(imports) and detente.sources (formats, comparison)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from ..output import plain_console
from ..terminal import one_line, safe_table, terminal_stream
from .common import DB, EXIT_BAD_INPUT, FORMAT, STRICT, error, errors_as_messages, output_format

app = typer.Typer(add_completion=False, no_args_is_help=True)
import_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Import event and arms-trade datasets (GDELT, ICEWS, POLECAT, SIPRI) into the store.",
)
app.add_typer(import_app, name="import")

FILES = typer.Argument(..., metavar="FILE...", help="Dataset files (plain, .zip or .gz).")
EXAMPLES = {
    "gdelt": "detente import gdelt 20191024143000.export.CSV.zip --db relations.duckdb",
    "icews": "detente import icews events.2018.20200622.tab --db relations.duckdb",
    "polecat": "detente import polecat ngec_coded_all_2023-01-02.txt --db relations.duckdb",
    "sipri": "detente import sipri trade-register.csv --db relations.duckdb",
}
SUMMARIES = {
    "gdelt": "Import GDELT event exports: 1.0 (57 or 58 columns) and 2.0 (61 columns), tab-separated.",
    "icews": "Import ICEWS event files (tab-separated, 20 columns with a header, missing values NA).",
    "polecat": "Import POLECAT weekly event files (tab-separated, 40 columns with a header, PLOVER-coded).",
    "sipri": "Import SIPRI Arms Transfers Database trade registers (CSV): each order becomes an arms transfer.",
}


# --- import ----------------------------------------------------------------------------------


def _number(n: int) -> str:
    return f"{n:,}"


def _file_report(result: Any) -> list[str]:
    """The lines printed for one imported file."""
    if result.error:
        return []
    if result.already:
        return [f"{result.path}: already imported (document {result.doc_id}); nothing to do"]
    lines = [
        f"{result.path}: {result.title}: read {_number(result.read)}, imported {_number(result.imported)}, "
        f"duplicates {_number(result.duplicates)}, rejected {_number(result.rejected)}"
    ]
    lines += [f"  {result.path}:{r.line}: {r.reason}" for r in result.first]
    if result.rejected > len(result.first):
        lines.append(f"  ... and {_number(result.rejected - len(result.first))} more rejected lines")
    if result.rejected:
        ordered = sorted(result.kinds.items(), key=lambda item: (-item[1], item[0]))
        kinds = ", ".join(f"{kind} {_number(n)}" for kind, n in ordered)
        lines.append(f"  rejected by reason: {kinds}")
    return lines


def _total(results: list[Any], db: str) -> str:
    done = [r for r in results if not r.error]
    sums = {k: sum(getattr(r, k) for r in done) for k in ("read", "imported", "duplicates", "rejected")}
    failed = len(results) - len(done)
    files = f"{len(results)} file" + ("s" if len(results) != 1 else "")
    return (
        f"total: {files} ({failed} could not be imported), read {_number(sums['read'])}, "
        f"imported {_number(sums['imported'])}, duplicates {_number(sums['duplicates'])}, "
        f"rejected {_number(sums['rejected'])} -> {db}"
    )


@contextmanager
def _status() -> Iterator[Callable[[str], None]]:
    """A spinner naming the file being imported, on a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        yield lambda _: None
        return
    from rich.console import Console

    with Console(stderr=True).status("importing") as status:
        yield lambda name: status.update(f"importing {name}")


def _run_import(dataset: str, paths: list[str], db: str) -> None:
    from ..ingest.datasets import import_dataset
    from ..store import open_store

    with errors_as_messages(), _status() as show, open_store(db) as store:

        def done(result: Any) -> None:
            if result.error:
                error(result.error)
            for line in _file_report(result):
                typer.echo(one_line(line))
            show(result.path)

        show(paths[0])
        results = import_dataset(store, dataset, paths, done)
    typer.echo(one_line(_total(results, db)))
    status = exit_status(results)
    if status:
        raise typer.Exit(status)


def exit_status(results: list[Any]) -> int:
    """The rule of every command: 0 all good, 1 some inputs (files or lines) rejected, 2 nothing done."""
    if not any(r.error or r.rejected for r in results):
        return 0
    done = any(r.imported or r.already for r in results)
    return 1 if done else EXIT_BAD_INPUT


def _import_command(dataset: str) -> Callable[..., None]:
    def command(paths: Annotated[list[str], FILES], db: str = DB) -> None:
        _run_import(dataset, paths, db)

    command.__doc__ = (
        f"{SUMMARIES[dataset]}\n\n    Each file is imported once (by content) and whole or not at all;"
        f" bad lines are counted and the first few shown.\n\n    Example:\n\n        {EXAMPLES[dataset]}\n"
    )
    return command


for _name in EXAMPLES:
    import_app.command(_name)(_import_command(_name))


# --- compare ---------------------------------------------------------------------------------

COMPARE_COLUMNS = [
    "group", "score", "text_id", "text_date", "text_type", "text_source", "text_target", "text_status",
    "text_quote", "dataset_id", "dataset_origin_id", "dataset_date", "dataset_type", "dataset_source",
    "dataset_target", "dataset_what", "dataset_url", "also_matched",
]


def _date(record: dict[str, Any]) -> str:
    start, end = record["date"]["start"], record["date"]["end"]
    if not start:
        return "undated"
    return start if start == end else f"{start}..{end}"


def _actor(actor: dict[str, Any]) -> str:
    return actor.get("code") or actor.get("country") or actor.get("name") or actor.get("text") or ""


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """One CSV row of a comparison line."""
    out: dict[str, Any] = {"group": row["group"], "score": row["score"] if row["score"] is not None else ""}
    text, data = row["text"], row["dataset"]
    if text:
        out.update(text_id=text["id"], text_date=_date(text), text_type=text["event_type"],
                   text_source=_actor(text["source"]), text_target=_actor(text["target"]),
                   text_status=text["status"], text_quote=text["evidence"]["text"] or "")
    if data:
        out.update(dataset_id=data["id"], dataset_origin_id=data.get("origin_id") or "", dataset_date=_date(data),
                   dataset_type=data["event_type"] or "", dataset_source=_actor(data["source"]),
                   dataset_target=_actor(data["target"]), dataset_what=data["trigger"] or "",
                   dataset_url=data.get("url") or "")
    out["also_matched"] = ";".join(row["also"])
    return out


def _print_comparison(comparison: Any, fmt: str) -> None:
    from ..store.query import dumps

    rows = list(comparison.rows())
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(dumps(row) + "\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(terminal_stream(sys.stdout), COMPARE_COLUMNS)
        writer.writeheader()
        writer.writerows(flat_row(r) for r in rows)
        return
    _print_table(comparison, rows)


def _print_table(comparison: Any, rows: list[dict[str, Any]]) -> None:
    def cell(record: dict[str, Any] | None, quote: bool) -> str:
        if not record:
            return ""
        arrow = "<->" if record.get("reciprocal") else "->"
        what = (record["evidence"]["text"] or record["trigger"] or "") if quote else (record["trigger"] or "")
        what = what if len(what) < 120 else what[:117] + "..."
        head = f"{_date(record)} {_actor(record['source'])} {arrow} {_actor(record['target'])}"
        return f"{head} {record['event_type'] or record.get('cameo') or ''}\n{what}"

    table = safe_table("group", "in the text", f"in {comparison.dataset}", expand=True)
    for row in rows:
        extra = f"\n(+{len(row['also'])} more)" if row["also"] else ""
        table.add_row(row["group"].replace("_", " "), cell(row["text"], True), cell(row["dataset"], False) + extra)
    plain_console(sys.stdout).print(table)
    counts = comparison.counts()
    print(
        f"{comparison.a}-{comparison.b} vs {comparison.dataset} (dates within {comparison.days} days): "
        f"{counts['matched']} text events matched ({counts['dataset_events_matched']} {comparison.dataset} events), "
        f"{counts['text_only']} only in the text, {counts['dataset_only']} only in {comparison.dataset}"
    )
    if comparison.left_out:
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(comparison.left_out.items(), key=lambda kv: -kv[1]))
        print(f"left out of 'only in the text': {counts['left_out']} text events of kinds {comparison.dataset} "
              f"does not record ({kinds})")


@app.command()
def compare(
    a: str = typer.Argument(..., help="An actor code, e.g. RUS."),
    b: str = typer.Argument(..., help="Another actor code, e.g. PAK."),
    dataset: str = typer.Option(..., "--with", help="The dataset to compare with: gdelt, icews, polecat or sipri."),
    db: str = DB,
    fmt: str | None = FORMAT,
    days: int = typer.Option(7, "--days", help="Tolerance: dates this many days apart still match."),
    strict_codes: bool = STRICT,
) -> None:
    """What the events coded from text record for a dyad that a dataset lacks, and the reverse.

    A text event matches a dataset event of a compatible PLOVER type, the same direction (unless
    mutual) and overlapping dates; a SIPRI order matches a text's deal, order or delivery of that
    weapon. Three groups: matched, text only, dataset only.

    Example:

        detente compare RUS PAK --with sipri --format table
    """
    from ..analysis.text_vs_dataset import compare_store

    with errors_as_messages():
        out = output_format(fmt)
        with _open(db) as store:
            comparison = compare_store(store, a, b, dataset, days=days, strict_codes=strict_codes)
    _print_comparison(comparison, out)


def _open(db: str) -> Any:
    from ..store import open_store

    return open_store(db, read_only=True)
