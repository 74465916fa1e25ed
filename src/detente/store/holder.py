"""Who holds a store: a small file beside it (relations.duckdb.holder) naming the process.

DuckDB lets many processes read a file, or one write it, and says only the pid of a process in
the way. A process that writes (an ingest, an import, a curation of `detente serve`), and `detente
serve` while it keeps the store open to read, record themselves here when they open the store
and remove the file when they close it, so that a refused command can say "detente serve, pid N"
and what to do. The file is a hint, never a lock: one left by a process that died, or naming
another process than the one DuckDB names, is ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".holder"
READING, WRITING = "reading", "writing"
_PID_IN_ERROR = re.compile(r"\(PID (\d+)\)")
_command: str | None = None


@dataclass(frozen=True)
class Holder:
    """A process that has a store open."""

    pid: int
    command: str  # "detente serve"
    mode: str  # READING or WRITING

    def __str__(self) -> str:
        return f"{self.command}, pid {self.pid}"


def set_command(name: str) -> None:
    """What this process is called in the holder file ("detente ingest"): the command line sets it."""
    global _command
    _command = name


def command() -> str:
    return _command or f"detente ({Path(sys.argv[0]).name or 'python'})"


def info_path(store: str | os.PathLike[str]) -> Path:
    p = Path(store)
    return p.with_name(p.name + SUFFIX)


def claim(store: str | os.PathLike[str], mode: str) -> None:
    """Record this process as the store's holder (best effort: a folder that cannot be written gets none)."""
    path = info_path(store)
    record = {"pid": os.getpid(), "command": command(), "mode": mode, "since": time.strftime("%Y-%m-%dT%H:%M:%S")}
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        temporary.write_text(json.dumps(record) + "\n", encoding="utf-8")
        os.replace(temporary, path)  # a reader sees the old record or the new one, never half of one


def release(store: str | os.PathLike[str]) -> None:
    """Remove the record if it is this process's."""
    found = _read(info_path(store))
    if found is not None and found.pid == os.getpid():
        with contextlib.suppress(OSError):
            info_path(store).unlink()


def holder(store: str | os.PathLike[str], duckdb_message: str = "") -> Holder | None:
    """The recorded holder of a store, if it is alive and (when DuckDB's refusal names a pid) the one named."""
    found = _read(info_path(store))
    if found is None or not _alive(found.pid):
        return None
    named = pid_in(duckdb_message)
    return found if named is None or named == found.pid else None


def pid_in(duckdb_message: str) -> int | None:
    """The pid DuckDB names in a lock refusal ("Conflicting lock is held in ... (PID 123)")."""
    match = _PID_IN_ERROR.search(duckdb_message)
    return int(match.group(1)) if match else None


def locked_message(store: str | os.PathLike[str], duckdb_message: str) -> str:
    """What to say when the store is refused because another process holds it: who, and what to do."""
    found = holder(store, duckdb_message)
    if found is not None and found.command == "detente serve" and found.mode == READING:
        return (f"the store is open in {found}: stop the server (Ctrl-C where it runs) and retry; "
                "queries work while it runs, and curation in the web app")
    if found is not None:
        return f"the store is being written by {found}: wait for it to finish and retry"
    pid = pid_in(duckdb_message)
    who = f"another process (pid {pid})" if pid is not None else "another process"
    return f"{who} is using this store: wait for it to finish and retry"


def _read(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(int(data["pid"]), str(data["command"]), str(data["mode"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True
