"""Helpers of the tests that cause faults on purpose: a store big enough to span many blocks and the ways
a file gets damaged (cut short, a block overwritten); a command run with a file-size limit (a full disk);
the processes a command leaves behind when it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from hashlib import sha256
from pathlib import Path

import duckdb

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
FAULT_ROW = "fault_row"  # the user property under which a fault-matrix case records its row (conftest.py)
HEADER_BYTES = 3 * 4096  # DuckDB's file header blocks, before the first data block
BLOCK_BYTES = 262144  # DuckDB's block size


def gdelt_export(path: Path, rows: int) -> Path:
    """A GDELT 2.0 export of `rows` events, each its own id and a long source URL that compresses
    little (so that the rows of a store span many blocks, the original lines some of their own), made
    from the row of a fixture."""
    template = (FIXTURES / "gdelt_more.export.CSV").read_text(encoding="utf-8").splitlines()[0].split("\t")
    lines = []
    for n in range(rows):
        fields = list(template)
        fields[0] = str(2_000_000 + n)
        fields[-1] = f"https://example.org/news/{n}/" + "".join(sha256(b"%d-%d" % (n, k)).hexdigest() for k in range(5))
        lines.append("\t".join(fields))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def block_of(path: Path, table: str, column: str) -> int:
    """A block holding the data of one column of one table only (no other table or column shares it)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(
            "SELECT t.table_name, s.column_name, s.block_id FROM duckdb_tables() t, "
            "LATERAL pragma_storage_info(t.table_name) s WHERE s.block_id >= 0"
        ).fetchall()
    except duckdb.Error:  # older DuckDB: ask table by table
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        rows = [(t, c, b) for t in tables for c, b in con.execute(
            f"SELECT column_name, block_id FROM pragma_storage_info('{t}') WHERE block_id >= 0").fetchall()]
    finally:
        con.close()
    users: dict[int, set[tuple[str, str]]] = {}
    for t, c, b in rows:
        users.setdefault(b, set()).add((t, c))
    only = sorted(b for b, who in users.items() if who == {(table, column)})
    assert only, f"no block holds {table}.{column} alone"
    return only[len(only) // 2]


def overwrite_block(path: Path, block: int) -> None:
    """Overwrite the middle of a block with junk (as a failing disk or a stray write would)."""
    with path.open("r+b") as handle:
        handle.seek(HEADER_BYTES + block * BLOCK_BYTES + BLOCK_BYTES // 2)
        handle.write(b"\xab" * 4096)


def cut_short(path: Path, keep: float) -> None:
    """Truncate the file to a share of its size (a copy interrupted, a disk full while copying)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(int(size * keep))


# --- a full disk ----------------------------------------------------------------------------------------

LIMITED = """
import resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # a write past this fails with EFBIG: a full disk
sys.argv = ["detente", *sys.argv[2:]]
from detente.cli import main
main()
"""


def run_with_file_limit(limit: int, args: list[str], stdout: Path | None = None, cwd: Path | None = None):
    """`detente ARGS` in a child process that may write no file beyond `limit` bytes."""
    with (stdout or Path(os.devnull)).open("wb") as out:
        return subprocess.run([sys.executable, "-c", LIMITED, str(limit), *args], stdout=out,
                              stderr=subprocess.PIPE, text=True, cwd=cwd, timeout=120)


# --- processes left behind --------------------------------------------------------------------------------


def children(pid: int) -> list[int]:
    """The processes whose parent is pid (Linux: read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name (in parentheses) may hold spaces: the parent pid is the second field after it
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def alive(pids: list[int]) -> list[int]:
    """The pids among these still running (zombies count as gone)."""
    running = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            running.append(pid)
    return running


def kill_while_coding(args: list[str], workers: int, timeout: float = 60) -> tuple[list[int], list[int]]:
    """Start `detente ARGS`, SIGKILL it once `workers` coding processes run, and return (the processes it
    had started, those of them still alive a few seconds later). Survivors are killed afterwards."""
    child = subprocess.Popen([sys.executable, "-m", "detente", *args], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    started: list[int] = []
    try:
        while len(started) < workers + 1 and time.monotonic() < deadline and child.poll() is None:
            started = children(child.pid)  # the workers and multiprocessing's resource tracker
            time.sleep(0.05)
        assert len(started) >= workers, f"the command started {len(started)} processes, not {workers} workers"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    left = alive(started)
    grace = time.monotonic() + 5
    while left and time.monotonic() < grace:
        time.sleep(0.1)
        left = alive(left)
    for pid in left:
        os.kill(pid, signal.SIGKILL)  # never leave them behind, even when the test fails
    return started, left
