"""The fault matrix: bad input, kill -9, a full disk and a damaged store, each case run the way a user
would meet it, with what must hold: the exit status of the one rule (0 all good, 1 some inputs rejected,
2 nothing done), every message one line without control characters and no traceback, and the store
sound afterwards (`detente check`). The table is printed at the end of every run that includes it
(see conftest.py).

Most cases run in this process (CliRunner); kill -9 and the full disk (a file-size limit set with
resource.setrlimit) need a child process of their own.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.ingest import import_dataset
from detente.store import open_store
from faults import (
    FAULT_ROW,
    FIXTURES,
    block_of,
    cut_short,
    gdelt_export,
    kill_while_coding,
    overwrite_block,
    run_with_file_limit,
)

EXERCISE = "Russia and Pakistan held a joint military exercise in October 2016.\n"
TURKIYE = b"T\xc3\xbcrkiye and Russia signed an agreement in 2018.\n\xff\n"
CONTROL = set("\x1b\x07\x9b\x00")


@dataclass
class Seen:
    """What a case produced: its exit status, its standard error, and a short account for the table."""

    exit: int
    stderr: str
    note: str = ""


def cli(*args: str) -> Seen:
    """`detente ARGS` in this process; a traceback or an exception that escaped fails the case."""
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return Seen(result.exit_code, result.stderr)


def first_error(seen: Seen) -> str:
    lines = [line for line in seen.stderr.splitlines() if line.startswith("detente: error:")]
    return lines[0] if lines else ""


def sound(db: Path) -> str:
    """'store sound' when `detente check` passes (or there is no store), else an assertion error."""
    from detente.store.check import check_store

    if not db.exists():
        return "no store file"
    report = check_store(db)
    assert report.ok, report.problems
    return "store sound"


# --- the cases -----------------------------------------------------------------------------------------


def one_bad_byte(tmp: Path) -> Seen:
    path = tmp / "x.txt"
    path.write_bytes(TURKIYE)
    result = CliRunner().invoke(app, ["extract", str(path), "--published", "2019-01-01", "-f", "jsonl"])
    [event] = [json.loads(line) for line in result.stdout.splitlines()]
    assert event["source"]["text"] == "T\u00fcrkiye" and f"{path}:2: 1 byte that is not UTF-8" in result.stderr
    return Seen(result.exit_code, result.stderr, "event kept, warning names line 2")


def binary_file(tmp: Path) -> Seen:
    path = tmp / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    seen = cli("extract", str(path), "-f", "jsonl")
    return Seen(seen.exit, seen.stderr, first_error(seen).split(": ", 3)[-1])


def deep_html(tmp: Path) -> Seen:
    path = tmp / "deep.html"
    path.write_text("<html><body>" + "<div>" * 3000 + f"<p>{EXERCISE}</p>" + "</div>" * 3000 + "</body></html>")
    result = CliRunner().invoke(app, ["extract", str(path), "--published", "2019-01-01", "-f", "jsonl"])
    assert len(result.stdout.splitlines()) == 1
    return Seen(result.exit_code, result.stderr, "3,000 levels: the event is coded")


def jsonl_bad_lines(tmp: Path) -> Seen:
    path = tmp / "c.jsonl"
    path.write_text("\n".join([json.dumps({"id": ["list"], "text": EXERCISE}), "null", json.dumps({"text": EXERCISE})]))
    db = tmp / "s.duckdb"
    seen = cli("ingest", str(path), "--db", str(db))
    errors = [line for line in seen.stderr.splitlines() if "error" in line]
    assert errors == [f'detente: error: {path}:1: "id" is an array: give a string or an integer',
                      f"detente: error: {path}:2: is null, not a JSON object: write one object per line"]
    assert "1 events" in seen.stderr
    return Seen(seen.exit, seen.stderr, f"lines 1 and 2 named, line 3 stored; {sound(db)}")


def nothing_valid(tmp: Path) -> Seen:
    db = tmp / "new.duckdb"
    (tmp / "empty.txt").write_text("\n")
    seen = cli("ingest", str(tmp / "missing.txt"), str(tmp / "empty.txt"), "--db", str(db))
    assert not db.exists()
    return Seen(seen.exit, seen.stderr, "two one-line errors; no store file created")


def escape_sequences(tmp: Path) -> Seen:
    header = tmp / "hostile.tab"
    header.write_bytes(b"\x1b]0;owned\x07Event ID\x1b[2J\tEvent Date\x9b31m\n1\t2018-06-01\n")
    seen = cli("import", "icews", str(header), "--db", str(tmp / "s.duckdb"))
    assert "]0;ownedEvent ID[2J" in seen.stderr
    return Seen(seen.exit, seen.stderr, "the header quoted without its escape sequences")


def rejected_lines(tmp: Path) -> Seen:
    db = tmp / "s.duckdb"
    seen = cli("import", "gdelt", str(FIXTURES / "gdelt_malformed.export.CSV"), "--db", str(db))
    return Seen(seen.exit, seen.stderr, f"4 imported, 4 rejected with their lines; {sound(db)}")


def dask_missing(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Seen:
    corpus = tmp / "c.jsonl"
    corpus.write_text(json.dumps({"text": EXERCISE}) + "\n")
    for module in ("fsspec", "distributed"):
        monkeypatch.setitem(sys.modules, module, None)
    seen = cli("ingest", str(corpus), "--engine", "dask", "--out", str(tmp / "out"))
    assert "pip install 'detente[dask]'" in seen.stderr
    return Seen(seen.exit, seen.stderr, "says: pip install 'detente[dask]'")


def killed_ingest(tmp: Path) -> Seen:
    if not sys.platform.startswith("linux"):
        pytest.skip("reads the process table from /proc")
    corpus = tmp / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": f"Note {n}. {EXERCISE}"}) + "\n" for n in range(200)))
    db = tmp / "s.duckdb"
    started, left = kill_while_coding(["ingest", str(corpus), "--db", str(db), "--workers", "2"], workers=2)
    assert left == [], f"{len(left)} of {len(started)} processes outlived the killed ingest"
    return Seen(-9, "", f"0 of {len(started)} worker processes left; {sound(db)}")


def full_disk_import(tmp: Path) -> Seen:
    db = tmp / "s.duckdb"
    export = gdelt_export(tmp / "big.export.CSV", 3000)
    done = run_with_file_limit(1_500_000, ["import", "gdelt", str(export), "--db", str(db)])
    assert "the disk is full" in done.stderr
    return Seen(done.returncode, done.stderr, f"one line: the disk is full; {sound(db)}")


def full_disk_ingest(tmp: Path) -> Seen:
    corpus = tmp / "corpus.jsonl"
    # minutes that state no act: the language model is never loaded, so the case takes a second, not ten
    corpus.write_text("".join(json.dumps({"text": f"Minutes of meeting {n}. {'x' * 3000}"}) + "\n"
                              for n in range(60)))
    db = tmp / "s.duckdb"
    done = run_with_file_limit(150_000, ["ingest", str(corpus), "--db", str(db), "--workers", "1"])
    assert "the disk is full" in done.stderr
    with open_store(db, read_only=True) as store:
        kept = store.counts()["documents"]
    return Seen(done.returncode, done.stderr, f"one line; {kept} documents kept; {sound(db)}")


def full_disk_output(tmp: Path, imported: Path) -> Seen:
    done = run_with_file_limit(100_000, ["events", "--origin", "all", "-f", "jsonl", "--db", str(imported)],
                               stdout=tmp / "events.jsonl")
    assert "the disk is full" in done.stderr
    return Seen(done.returncode, done.stderr, "events > file: one line, not a cut-short file and exit 0")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("matrix")
    path = folder / "imported.duckdb"
    with open_store(path) as store:
        import_dataset(store, "gdelt", [str(gdelt_export(folder / "big.export.CSV", 3000))])
    return path


def _copy(path: Path, tmp: Path) -> Path:
    copy = tmp / "copy.duckdb"
    copy.write_bytes(path.read_bytes())
    return copy


def overwritten_block(tmp: Path, imported: Path) -> Seen:
    db = _copy(imported, tmp)
    overwrite_block(db, block_of(db, "events", "original"))
    before = db.read_bytes()
    check = cli("check", "--db", str(db))
    assert check.exit == 2 and "table events is damaged" in check.stderr
    (tmp / "essay.txt").write_text(EXERCISE)
    ingest = cli("ingest", str(tmp / "essay.txt"), "--db", str(db))
    assert db.read_bytes() == before
    return Seen(ingest.exit, check.stderr + ingest.stderr, "check names the table; ingest refused, file unchanged")


def cut_short_store(tmp: Path, imported: Path) -> Seen:
    db = _copy(imported, tmp)
    cut_short(db, 0.6)
    seen = cli("events", "--origin", "all", "-f", "jsonl", "--db", str(db))
    assert "restore it from a backup" in seen.stderr
    return Seen(seen.exit, seen.stderr, "one line: damaged, restore a backup, run detente check")


def not_a_store(tmp: Path) -> Seen:
    db = tmp / "notes.duckdb"
    db.write_text("shopping list")
    (tmp / "essay.txt").write_text(EXERCISE)
    seen = cli("ingest", str(tmp / "essay.txt"), "--db", str(db))
    assert db.read_text() == "shopping list"
    return Seen(seen.exit, seen.stderr, "one line: not a DuckDB database; file unchanged")


@dataclass(frozen=True)
class Case:
    fault: str
    case: str
    run: Callable[..., Seen]
    exit: int


CASES = [
    Case("bad input", "UTF-8 file with one bad byte", one_bad_byte, 0),
    Case("bad input", "a PNG named .txt", binary_file, 2),
    Case("bad input", "HTML nested 3,000 deep", deep_html, 0),
    Case("bad input", "JSONL: id an array, a null line", jsonl_bad_lines, 1),
    Case("bad input", "no valid input to ingest", nothing_valid, 2),
    Case("bad input", "escape sequences in a header", escape_sequences, 2),
    Case("bad input", "GDELT file with bad lines", rejected_lines, 1),
    Case("bad input", "--engine dask, extra missing", dask_missing, 2),
    Case("kill -9", "ingest with 2 coding workers", killed_ingest, -9),
    Case("disk full", "import gdelt (3,000 rows)", full_disk_import, 2),
    Case("disk full", "ingest (60 documents)", full_disk_ingest, 2),
    Case("disk full", "events > file (3,000 events)", full_disk_output, 2),
    Case("damaged store", "a block overwritten", overwritten_block, 2),
    Case("damaged store", "cut to 60%", cut_short_store, 2),
    Case("damaged store", "not a DuckDB file", not_a_store, 2),
]


@pytest.mark.parametrize("n", range(len(CASES)), ids=[f"{c.fault}: {c.case}" for c in CASES])
def test_fault(n: int, tmp_path: Path, request: pytest.FixtureRequest, record_property: Any,
               monkeypatch: pytest.MonkeyPatch) -> None:
    case = CASES[n]
    row = {"n": n, "fault": case.fault, "case": case.case, "exit": "", "seen": "", "result": "FAIL"}
    try:
        wanted = {name: request.getfixturevalue(name) for name in ("imported",)
                  if name in case.run.__code__.co_varnames[: case.run.__code__.co_argcount]}
        if "monkeypatch" in case.run.__code__.co_varnames[: case.run.__code__.co_argcount]:
            wanted["monkeypatch"] = monkeypatch
        seen = case.run(tmp_path, **wanted)
        row["exit"], row["seen"] = seen.exit, seen.note
        assert seen.exit == case.exit, seen.stderr
        assert "Traceback" not in seen.stderr and not CONTROL & set(seen.stderr), seen.stderr
        # one line per message: no indented or boxed lines of a traceback (rich draws them in boxes)
        lines = seen.stderr.splitlines()
        assert not any(line[:1] in (" ", "\u2502", "\u256d", "\u2570") for line in lines), seen.stderr
        row["result"] = "ok"
    finally:
        record_property(FAULT_ROW, row)
