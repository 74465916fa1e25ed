"""Sharing a store between `detente serve` and the command line: the server keeps the store open to
read and writes only while a curation writes, so queries run beside it; a write that another
process stands in the way of is refused in one line that names that process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.ingest import ingest_documents
from detente.reading import read_text
from detente.store import StoreLocked, open_store
from detente.store import holder as holders
from detente.web import Settings, create_app
from detente.web import database as web_database

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TEXT = """India and Pakistan signed a ceasefire agreement on 26 November 2003.

Pakistan and India held talks in Islamabad on 4 January 2004. India accused Pakistan of shelling on 3 May 2005."""
TOKEN = "s3cret"
HOLD = """
import sys, time
from detente.store import holder, open_store
holder.set_command(sys.argv[2])
store = open_store(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""
HOLD_RAW = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "read")
print("holding", flush=True)
time.sleep(60)
"""


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in (result.output or ""), result.output
    return result


def one_line_refusal(result: Any) -> str:
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1, result.stderr
    return str(result.stderr)


@pytest.fixture()
def small(tmp_path: Path) -> Path:
    db = tmp_path / "small.duckdb"
    with open_store(db) as store:
        ingest_documents(store, [read_text(TEXT, title="India and Pakistan")])
    return db


@pytest.fixture()
def held(request: pytest.FixtureRequest) -> Iterator[Any]:
    """Start a process from a script and its arguments, wait until it says it holds the store, and stop it."""
    started: list[subprocess.Popen[str]] = []

    def start(script: str, *args: str) -> subprocess.Popen[str]:
        child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True)
        started.append(child)
        assert child.stdout is not None and child.stdout.readline().strip() == "holding"
        return child

    yield start
    for child in started:
        child.kill()
        child.wait()


@pytest.fixture()
def server(small: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`detente serve` on the small store, in its own process, and the address it answers at."""
    child = subprocess.Popen([sys.executable, "-m", "detente", "serve", "--db", str(small), "--port", "0",
                              "--token", TOKEN], stderr=subprocess.PIPE, text=True)
    try:
        assert child.stderr is not None
        line = child.stderr.readline()
        assert "serving" in line, line
        yield child, line.split(" on ")[1].split()[0].rstrip("/")
    finally:
        child.terminate()
        child.wait(timeout=20)


def test_queries_and_curation_work_while_serve_runs(small: Path, server: tuple[subprocess.Popen[str], str]) -> None:
    child, url = server
    assert holders.holder(small) == holders.Holder(child.pid, "detente serve", holders.READING)
    profile = run("profile", "IND", "PAK", "--db", str(small), "--format", "jsonl")
    assert profile.exit_code == 0, profile.output
    assert '"dyad": "IND-PAK"' in profile.stdout
    # a curation through the web app writes, and reads go on after it
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=url, timeout=30) as web:
        [event] = [e for e in web.get("/dyad/IND/PAK.json").json()["events"] if e["event_type"] == "ACCUSE"]
        done = web.post(f"/event/{event['id']}/curate.json", headers=auth,
                        json={"action": "reject", "reason": "shelling by militants, not the state"})
        assert done.status_code == 200, done.text
        assert web.get(f"/event/{event['id']}.json").json()["curation"] == "rejected"
    with open_store(small, read_only=True) as store:
        assert store.show(event["id"])["curation"] == "rejected"  # written to the file, seen by another process
    shown = run("show", event["id"], "--db", str(small))
    assert shown.exit_code == 0 and '"rejected"' in shown.stdout
    assert run("profile", "IND", "PAK", "--db", str(small)).exit_code == 0
    # a write from the command line is refused, naming the server and what to do
    text = small.parent / "more.txt"
    text.write_text("India and Pakistan held talks on 5 June 2006.", encoding="utf-8")
    refused = one_line_refusal(run("ingest", str(text), "--db", str(small)))
    assert f"detente serve, pid {child.pid}" in refused and "stop the server" in refused
    child.terminate()
    child.wait(timeout=20)
    assert not holders.info_path(small).exists()  # the server let go of the store and of its record
    assert run("ingest", str(text), "--db", str(small)).exit_code == 0


def test_a_write_while_another_command_writes_names_it(small: Path, held: Any) -> None:
    writer = held(HOLD, str(small), "detente ingest")
    text = small.parent / "more.txt"
    text.write_text("India and Pakistan held talks on 5 June 2006.", encoding="utf-8")
    refused = one_line_refusal(run("ingest", str(text), "--db", str(small)))
    assert f"detente: error: {small}: the store is being written by detente ingest, pid {writer.pid}: " \
           "wait for it to finish and retry" in refused
    assert f"detente ingest, pid {writer.pid}" in one_line_refusal(run("profile", "IND", "PAK", "--db", str(small)))


def test_a_stale_or_unrelated_holder_record_is_not_named(small: Path, held: Any) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    holders.info_path(small).write_text(f'{{"pid": {dead.pid}, "command": "detente ingest", "mode": "writing"}}')
    assert holders.holder(small) is None  # its process has ended
    other = held(HOLD_RAW, str(small), "write")
    with pytest.raises(StoreLocked) as refused:
        open_store(small)
    assert str(refused.value).endswith(f"another process (pid {other.pid}) is using this store: "
                                       "wait for it to finish and retry")
    holders.info_path(small).write_text(f'{{"pid": {os.getpid()}, "command": "detente serve", "mode": "reading"}}')
    duckdb_says = f'Could not set lock on file "{small}": Conflicting lock is held in python (PID {other.pid})'
    assert holders.holder(small, duckdb_says) is None  # alive, but not the process DuckDB names
    assert holders.holder(small) is not None


def test_a_curation_waits_for_a_reader_then_answers_503_naming_it(
    small: Path, held: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web_database, "OPEN_WAIT", 0.3)
    with TestClient(create_app(Settings(db=small, allowed_hosts=("testserver",))), follow_redirects=False) as web:
        [event] = [e for e in web.get("/dyad/IND/PAK.json").json()["events"] if e["event_type"] == "ACCUSE"]
        reader = held(HOLD_RAW, str(small), "read")  # a query of another process that has the store open
        headers = {"X-CSRF-Token": csrf(web)}
        started = time.monotonic()
        busy = web.post(f"/event/{event['id']}/curate.json", headers=headers, json={"action": "confirm"})
        assert busy.status_code == 503 and busy.headers["retry-after"] == "5"
        assert f"another process (pid {reader.pid})" in busy.json()["error"]["message"]
        assert time.monotonic() - started >= 0.3  # it waited for the reader first
        assert web.get(f"/event/{event['id']}.json").json()["curations"] == []  # reads go on
        reader.kill()
        reader.wait()
        done = web.post(f"/event/{event['id']}/curate.json", headers=headers, json={"action": "confirm"})
        assert done.status_code == 200 and web.get(f"/event/{event['id']}.json").json()["curation"] == "confirmed"


def csrf(client: TestClient) -> str:
    """The form token of the home page (the client keeps the cookie that goes with it)."""
    found = re.search(r'<meta name="csrf-token" content="([^"]+)">', client.get("/").text)
    assert found, "the page has no form token"
    return found.group(1)
