"""Tests of `detente import DATASET FILE...` and `detente compare A B --with DATASET`: what a user
reads, the exit codes, and that one bad file never stops the others."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from detente.cli import app
from detente.cli.datasets import COMPARE_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
MALFORMED = FIXTURES / "gdelt_malformed.export.CSV"
SIPRI = FIXTURES / "sipri_register.csv"
DEAL = "In 2015 Russia and Pakistan signed a deal for four Mi-35 helicopters.\n"


def run(*args: str) -> Any:
    """Run `detente ARGS` in-process; fail the test if anything leaked a traceback."""
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def error_lines(result: Any) -> list[str]:
    lines = result.stderr.splitlines()
    assert all(line.startswith("detente: error: ") for line in lines), result.stderr
    return lines


def test_import_reports_counts_and_the_first_rejected_lines(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    result = run("import", "gdelt", str(MALFORMED), "--db", db)
    assert result.exit_code == 1 and result.stderr == ""  # some lines rejected
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{MALFORMED}: GDELT 2.0 events export: read 8, imported 4, duplicates 0, rejected 4"
    )
    assert lines[1] == f"  {MALFORMED}:2: expected 61 tab-separated columns, found 40"
    assert lines[3] == f"  {MALFORMED}:4: bytes that are not UTF-8 (is the file in another encoding?)"
    assert lines[5] == "  rejected by reason: wrong number of columns 2, bad date 1, not UTF-8 1"
    assert lines[-1] == f"total: 1 file (0 could not be imported), read 8, imported 4, duplicates 0, rejected 4 -> {db}"
    again = run("import", "gdelt", str(MALFORMED), "--db", db)
    assert again.exit_code == 0 and "already imported" in again.stdout
    assert "imported 0" in again.stdout.splitlines()[-1]


def test_bad_files_get_one_line_each_exit_1_and_the_good_file_is_imported(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    missing = str(tmp_path / "missing.CSV")
    icews = str(FIXTURES / "icews_small.tab")
    result = run("import", "gdelt", missing, icews, str(tmp_path), str(MALFORMED), "--db", db)
    assert result.exit_code == 1  # some inputs rejected, some imported
    errors = error_lines(result)
    assert errors == [
        f"detente: error: {missing}: no such file: check the path",
        f"detente: error: {icews}: not a GDELT events export: line 1 has 20 tab-separated columns "
        "(GDELT 1.0 has 57 or 58, 2.0 has 61): it looks like ICEWS, try `detente import icews`",
        f"detente: error: {tmp_path}: is a directory: give the files inside it (e.g. DIR/*.CSV)",
    ]
    assert "total: 4 files (3 could not be imported), read 8, imported 4" in result.stdout
    events = run("events", "--db", db, "--mentions", "--origin", "gdelt", "--format", "jsonl")
    assert len(events.stdout.splitlines()) == 4


def test_unknown_dataset_is_a_usage_error() -> None:
    result = run("import", "acled", "x.csv")
    assert result.exit_code == 2 and "No such command 'acled'" in result.stderr


def test_import_help_has_an_example() -> None:
    for dataset in ("gdelt", "icews", "polecat", "sipri"):
        assert "Example:" in run("import", dataset, "--help").stdout


def _store_with_text_and_sipri(tmp_path: Path) -> str:
    db = str(tmp_path / "s.duckdb")
    essay = tmp_path / "essay.txt"
    essay.write_text(DEAL + "Russia and Pakistan held a joint military exercise in October 2016.\n"
                     "In 1999 Russia sold tanks to Pakistan.\n")
    assert run("ingest", str(essay), "--db", db).exit_code == 0
    assert run("import", "sipri", str(SIPRI), "--db", db).exit_code == 1  # the register has two bad lines
    return db


def test_compare_prints_the_three_groups(tmp_path: Path) -> None:
    db = _store_with_text_and_sipri(tmp_path)
    result = run("compare", "RUS", "PAK", "--with", "sipri", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["group"] for row in rows] == ["matched", "text_only"]
    assert rows[0]["dataset"]["original"]["Weapon designation"] == "Mi-35M"
    assert rows[0]["text"]["event_type"] == "SUPPORT" and rows[1]["text"]["event_type"] == "AID"
    table = run("compare", "RUS", "PAK", "--with", "sipri", "--db", db, "--format", "table").stdout
    assert "order of 4 Mi-35M (combat helicopter)" in table
    assert "1 text events matched (1 sipri events), 1 only in the text, 0 only in sipri" in table
    assert "left out of 'only in the text': 1 text events of kinds sipri does not record (COOPERATE 1)" in table
    flat = list(csv.DictReader(io.StringIO(run("compare", "PAK", "RUS", "--with", "sipri", "--db", db,
                                               "--format", "csv").stdout)))
    assert list(flat[0]) == COMPARE_COLUMNS
    assert flat[0]["dataset_what"] == "order of 4 Mi-35M (combat helicopter)" and flat[0]["dataset_source"] == "RUS"


def test_compare_bad_options_are_one_line_errors(tmp_path: Path) -> None:
    db = _store_with_text_and_sipri(tmp_path)
    unknown = run("compare", "RUS", "PAK", "--with", "acled", "--db", db)
    assert unknown.exit_code == 2
    assert error_lines(unknown) == ["detente: error: dataset: 'acled' is not one of gdelt, icews, polecat, sipri"]
    negative = run("compare", "RUS", "PAK", "--with", "sipri", "--days", "-1", "--db", db)
    assert negative.exit_code == 2 and "--days" in error_lines(negative)[0]
    missing = run("compare", "RUS", "PAK", "--with", "sipri", "--db", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == 2 and "no store here" in error_lines(missing)[0]


def test_show_prints_an_imported_event_with_its_original_fields(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    run("import", "sipri", str(SIPRI), "--db", db)
    listed = run("events", "--origin", "sipri", "--db", db, "--format", "jsonl")
    first = json.loads(listed.stdout.splitlines()[0])
    shown = run("show", first["id"][:10], "--db", db)
    assert shown.exit_code == 0
    record = json.loads(shown.stdout)
    assert record["id"] == first["id"] and record["origin"] == "sipri"
    assert record["in_context"] == {"before": None, "sentence": None, "after": None}  # no sentence to show
    assert record["original"] and record["origin_id"] == first["origin_id"]


# --- the exit-status rule and hostile files (issue 15) ------------------------------------------------


def test_exit_status_0_all_good_1_some_rejected_2_nothing_done(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    good = tmp_path / "good.tab"
    lines = (FIXTURES / "icews_small.tab").read_text(encoding="utf-8").splitlines()
    good.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")  # the header and one good row
    assert run("import", "icews", str(good), "--db", db).exit_code == 0
    assert run("import", "gdelt", str(MALFORMED), "--db", db).exit_code == 1  # 4 lines imported, 4 rejected
    nothing = run("import", "gdelt", str(tmp_path / "missing.CSV"), str(good), "--db", db)
    assert nothing.exit_code == 2 and "imported 0" in nothing.stdout.splitlines()[-1]


def test_control_characters_of_a_hostile_header_never_reach_the_terminal(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.tab"
    hostile.write_bytes(b"\x1b]0;owned\x07Event ID\x1b[2J\tEvent Date\x9b31m\n1\t2018-06-01\n")
    result = run("import", "icews", str(hostile), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert "]0;ownedEvent ID[2J" in line  # what it says is kept, the control characters are not
    assert not any(ch in result.stderr + result.stdout for ch in "\x1b\x07\x9b")
