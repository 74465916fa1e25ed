"""Tests of the `detente` command line: good runs, bad input, and the messages a user sees."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.output import CSV_COLUMNS

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"  # checked out beside the repository
SCORE_PY = SHARED / "eval" / "score.py"
DEMO = REPO / "examples" / "demo"
GOLD = REPO / "tests" / "fixtures" / "gold"

EXERCISE = "Russia and Pakistan held a joint military exercise in October 2016.\n"
AGREEMENT = "France and Germany signed a defence agreement in March 2019.\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"

RECORD_FIELDS = {"id", "doc_id", "source", "target", "reciprocal", "event_type", "mode", "context", "cameo",
                 "goldstein", "quad_class", "trigger", "date", "status", "evidence", "references",
                 "confidence"}
ACTOR_FIELDS = {"text", "name", "country", "sector", "code"}
DATE_FIELDS = {"start", "end", "precision", "text", "basis"}
EVIDENCE_FIELDS = {"sentence", "start", "end", "text"}


def run(*args: str, stdin: str | None = None) -> Any:
    """Run `detente ARGS` in-process; fail the test if anything leaked a traceback."""
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def error_lines(result: Any) -> list[str]:
    """The lines of standard error, each of which must be one complete message."""
    lines = result.stderr.splitlines()
    assert all(line.startswith("detente: ") for line in lines), result.stderr
    return lines


def records(result: Any) -> list[dict[str, Any]]:
    """The JSON records printed on standard output."""
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def dyad_type_date(record: dict[str, Any]) -> tuple[frozenset[str], str, str | None, str | None]:
    """What a test checks of an event: unordered country pair, type and date interval."""
    pair = frozenset({record["source"]["country"], record["target"]["country"]})
    return pair, record["event_type"], record["date"]["start"], record["date"]["end"]


RUS_PAK_EXERCISE = (frozenset({"RUS", "PAK"}), "COOPERATE", "2016-10-01", "2016-10-31")
FRA_DEU_AGREEMENT = (frozenset({"FRA", "DEU"}), "SUPPORT", "2019-03-01", "2019-03-31")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ---- bad input: one line on stderr, exit 2, nothing on stdout


def test_missing_file(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "nowhere.txt"), "--format", "jsonl")
    assert result.exit_code == 2
    assert error_lines(result) == [f"detente: error: {tmp_path / 'nowhere.txt'}: no such file: check the path"]
    assert result.stdout == ""


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    result = run("extract", str(folder), "--format", "jsonl")
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert line.startswith(f"detente: error: {folder}: is a directory")


def test_empty_file(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "")
    result = run("extract", str(empty), "--format", "jsonl")
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert line.startswith(f"detente: error: {empty}: is empty")


def test_binary_file(tmp_path: Path) -> None:
    image = tmp_path / "chart.txt"  # the name lies: the bytes are a PNG image
    image.write_bytes(PNG_BYTES)
    result = run("extract", str(image), "--format", "jsonl")
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert line.startswith(f"detente: error: {image}: is a PNG image, not text")


# ---- input that must be coded


def test_cp1252_text_is_coded(tmp_path: Path) -> None:
    text = "The minister\u2019s \u201cfirm\u201d words aside, " + AGREEMENT
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(text.encode("cp1252"))
    result = run("extract", str(legacy), "--published", "2020-01-01", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    [event] = records(result)
    assert dyad_type_date(event) == FRA_DEU_AGREEMENT
    assert "\u2019" in event["evidence"]["text"] or "\u201c" in text  # decoded, not mojibake
    assert "\ufffd" not in event["evidence"]["text"]


def test_stdin(tmp_path: Path) -> None:
    result = run("extract", "-", "--published", "2019-02-01", "--format", "jsonl", stdin=EXERCISE)
    assert result.exit_code == 0, result.stderr
    [event] = records(result)
    assert dyad_type_date(event) == RUS_PAK_EXERCISE
    assert event["status"] == "occurred"
    assert event["reciprocal"] is True


# ---- batches and corpora: bad items reported, good ones still coded


def test_malformed_jsonl_lines(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus.jsonl", "\n".join([
        json.dumps({"id": "one", "published": "2019-02-01", "text": EXERCISE}),
        "{this is not json",
        json.dumps({"id": "two", "title": "no text here"}),
        json.dumps({"id": "three", "published": "2020-01-01", "text": AGREEMENT}),
    ]) + "\n")
    result = run("extract", str(corpus), "--format", "jsonl")
    assert result.exit_code == 1
    coded = {e["doc_id"]: dyad_type_date(e) for e in records(result)}
    assert coded == {"one": RUS_PAK_EXERCISE, "three": FRA_DEU_AGREEMENT}
    lines = error_lines(result)
    assert len(lines) == 2
    assert lines[0].startswith(f"detente: error: {corpus}:2: not valid JSON")
    assert lines[1].startswith(f"detente: error: {corpus}:3: ")
    assert '"text"' in lines[1]


def test_batch_with_one_bad_file(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", EXERCISE)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(PNG_BYTES)
    result = run("extract", str(bad), str(good), "--published", "2019-02-01", "--format", "jsonl")
    assert result.exit_code == 1
    assert [dyad_type_date(e) for e in records(result)] == [RUS_PAK_EXERCISE]
    [line] = error_lines(result)
    assert line.startswith(f"detente: error: {bad}: ")


# ---- options


@pytest.mark.parametrize("value", ["2019-13-01", "yesterday", "01/02/2019"])
def test_bad_published_date(tmp_path: Path, value: str) -> None:
    good = write(tmp_path / "good.txt", EXERCISE)
    result = run("extract", str(good), "--published", value, "--format", "jsonl")
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert line.startswith("detente: error: --published: ")
    assert value in line
    assert result.stdout == ""


def test_bad_format(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", EXERCISE)
    result = run("extract", str(good), "--format", "bad")
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert line.startswith("detente: error: --format: 'bad'")
    assert result.stdout == ""


def test_csv_header_and_row(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", EXERCISE)
    result = run("extract", str(good), "--published", "2019-02-01", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.stdout.splitlines()[0].split(",") == CSV_COLUMNS
    assert CSV_COLUMNS[:4] == ["id", "doc_id", "date_start", "date_end"]
    [row] = rows
    assert {row["source_country"], row["target_country"]} == {"RUS", "PAK"}
    assert (row["event_type"], row["date_start"], row["date_end"], row["date_precision"]) == (
        "COOPERATE", "2016-10-01", "2016-10-31", "month")


def test_jsonl_record_has_every_design_field(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", EXERCISE)
    result = run("extract", str(good), "--published", "2019-02-01", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    [event] = records(result)
    assert set(event) >= RECORD_FIELDS
    assert set(event["source"]) >= ACTOR_FIELDS and set(event["target"]) >= ACTOR_FIELDS
    assert set(event["date"]) >= DATE_FIELDS
    assert set(event["evidence"]) >= EVIDENCE_FIELDS
    assert isinstance(event["context"], list) and isinstance(event["references"], list)
    assert isinstance(event["cameo"], str) and isinstance(event["goldstein"], float)
    assert event["quad_class"] in (1, 2, 3, 4) and 0 <= event["confidence"] <= 1
    assert event["date"]["precision"] == "month" and event["date"]["basis"] == "explicit"
    quote = event["evidence"]
    assert EXERCISE[quote["start"]:quote["end"]] == quote["text"]


def test_python_dash_m_help() -> None:
    done = subprocess.run([sys.executable, "-m", "detente", "--help"], capture_output=True, text=True, check=False,
                          timeout=120)
    assert done.returncode == 0
    assert "extract" in done.stdout and "evaluate" in done.stdout
    assert done.stderr == ""


def test_extract_help_has_an_example() -> None:
    result = run("extract", "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


# ---- evaluate agrees with the shared scorer


@pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"shared scorer not found at {SCORE_PY}")
def test_evaluate_matches_shared_scorer(tmp_path: Path) -> None:
    predicted = tmp_path / "predicted.jsonl"
    extracted = run("extract", str(DEMO / "russia_pakistan_review.md"), "--published", "2019-02-01",
                    "--format", "jsonl")
    assert extracted.exit_code == 0, extracted.stderr
    predicted.write_text(extracted.stdout, encoding="utf-8")
    gold = GOLD / "russia_pakistan_review.gold.jsonl"

    ours = run("evaluate", str(predicted), str(gold), "--json")
    assert ours.exit_code == 0, ours.stderr
    theirs = subprocess.run([sys.executable, str(SCORE_PY), str(predicted), str(gold), "--json"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert theirs.returncode == 0, theirs.stderr
    assert json.loads(ours.stdout) == json.loads(theirs.stdout)
    assert json.loads(ours.stdout)["tp"] > 0


# ---- hostile input and the exit-status rule (issue 15)


def test_control_characters_from_files_never_reach_the_terminal(tmp_path: Path) -> None:
    hostile = write(tmp_path / "esc\x1b]0;owned\x07.txt", "\x1b[2J\x1b]0;owned\x07Russia and Pakistan held a joint "
                    "military exercise in October 2016.\x9b31m\n")
    table = run("extract", str(hostile), "--published", "2019-02-01", "--format", "table")
    assert table.exit_code == 0 and "October 2016" in table.stdout
    jsonl = run("extract", str(hostile), "--published", "2019-02-01", "--format", "jsonl")
    assert "\\u009b31m" in jsonl.stdout  # escaped in JSON: the same value, nothing for a terminal to act on
    missing = run("extract", str(tmp_path / "gone\x1b[31m.txt"), "--format", "jsonl")
    assert missing.exit_code == 2 and "gone[31m.txt" in error_lines(missing)[0]
    for result in (table, jsonl, missing):
        assert not any(ch in result.stdout + result.stderr for ch in "\x1b\x07\x9b")


def test_the_dask_engine_without_its_extra_says_what_to_install(tmp_path: Path, monkeypatch) -> None:
    corpus = write(tmp_path / "c.jsonl", json.dumps({"text": EXERCISE}) + "\n")
    for module in ("fsspec", "distributed"):
        monkeypatch.setitem(sys.modules, module, None)  # as if not installed: importing it fails
    result = run("ingest", str(corpus), "--engine", "dask", "--out", str(tmp_path / "store"))
    assert result.exit_code == 2
    assert error_lines(result) == ["detente: error: --engine dask needs the dask extra (fsspec and distributed "
                                   "are missing): pip install 'detente[dask]'"]


def test_extract_shows_progress_on_standard_error_only_when_asked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EXERCISE + "\n" + AGREEMENT, encoding="utf-8")
    quiet = run("extract", str(tmp_path / "a.txt"), "--format", "jsonl")
    shown = run("extract", str(tmp_path / "a.txt"), "--format", "jsonl", "--progress")
    assert quiet.stderr == ""  # not a terminal: no progress
    assert shown.stdout == quiet.stdout and len(records(shown)) == 2
    assert error_lines(shown) == [line for line in shown.stderr.splitlines()
                                  if "2 sentences, 0.0 of 0.0 MB coded" in line]
    assert len(error_lines(shown)) == 1


def test_progress_of_one_long_document_counts_towards_its_length(tmp_path: Path) -> None:
    paragraph = EXERCISE + " " + AGREEMENT + "\n\n"
    text = paragraph * (120_000 // len(paragraph))  # coded in windows of about 50,000 characters
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    shown = run("extract", str(tmp_path / "long.txt"), "--format", "jsonl", "--progress")
    first = error_lines(shown)[0]
    assert f" of {len(text) / 1e6:,.1f} MB coded" in first, first
    assert not first.startswith(f"detente: {text.count('.'):,} sentences")  # told before the end
