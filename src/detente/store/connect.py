"""Opening a store file safely: a foreign, damaged, read-only or locked file raises a
StoreError and is left as it was. Also the one place DuckDB's failures become one-line
StoreErrors (:func:`translate`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreCorrupt, StoreError, StoreFull, StoreLocked, StoreMissing, StoreReadOnly
from . import holder, schema

DUCKDB_MAGIC = b"DUCK"  # at byte 8 of every DuckDB database file
_HINT = "choose another --db or remove the file"
# what DuckDB says when the file is damaged: cut short, a block overwritten, metadata unreadable
_DAMAGE = ("not a valid duckdb", "serializ", "corrupt", "checksum", "could not read enough bytes",
           "internal error", "invalidated")
_FULL = ("no space left", "file too large", "disk quota exceeded")


def _check_header(path: Path) -> None:
    """Refuse a file that is not a DuckDB database before DuckDB touches it."""
    if path.is_dir():
        raise StoreCorrupt(str(path), "is a directory, not a database file: give a file name")
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
    except OSError as exc:
        raise StoreError(str(path), f"cannot read: {exc.strerror}") from None
    if len(head) < 12 or head[8:12] != DUCKDB_MAGIC:
        raise StoreCorrupt(
            str(path), f"is not a DuckDB database (empty, damaged or another kind of file): {_HINT}"
        )


def _writable(path: Path) -> bool:
    # the mode bits too: root may write anywhere, but a file or folder marked read-only is meant so
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)


def _check_writable(path: Path) -> None:
    """The file (when it exists) and its directory (for DuckDB's write-ahead log) must be writable."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise StoreError(str(path), f"directory {folder} does not exist: create it or choose another --db")
    if path.exists() and not _writable(path):
        raise StoreReadOnly(
            str(path), "the file is read-only: make it writable, or query it (queries only read)"
        )
    if not _writable(folder):
        raise StoreReadOnly(str(path), f"directory {folder} is read-only: choose a writable place for --db")


def damage_hint(path: str | os.PathLike[str]) -> str:
    """What to do about a damaged store."""
    return f"restore it from a backup; `detente check --db {path}` lists what is wrong"


def translate(path: str | os.PathLike[str], exc: duckdb.Error) -> StoreError:
    """A StoreError with a one-line message for a failure DuckDB reports on a store file."""
    path = Path(path)
    text = " ".join(str(exc).split()) or type(exc).__name__  # DuckDB's messages can run over lines
    low = text.lower()
    if any(sign in low for sign in _FULL):
        return StoreFull(str(path), f"the disk is full ({text}): free some space and run again; "
                                    "what was stored before this write is kept")
    if any(sign in low for sign in _DAMAGE):
        return StoreCorrupt(str(path), f"the store is damaged ({text}): {damage_hint(path)}")
    if "lock" in low:
        return StoreLocked(str(path), holder.locked_message(path, text))
    if "permission denied" in low or "read-only" in low:
        return StoreReadOnly(str(path), f"cannot write here ({text})")
    if "different configuration" in low:
        return StoreLocked(
            str(path), "this process already has the store open in another mode: close it first"
        )
    return StoreError(str(path), text)


def connect(path: str | os.PathLike[str], read_only: bool = False) -> Any:
    """A DuckDB connection to a detente store, created when missing (unless read_only)."""
    p = Path(path)
    exists = p.exists()
    if exists:
        _check_header(p)
    elif read_only:
        raise StoreMissing(str(p), "no store here: run `detente ingest FILE... --db PATH` first")
    if not read_only:
        _check_writable(p)
    try:
        con = duckdb.connect(str(p), read_only=read_only)
    except duckdb.Error as exc:
        raise translate(p, exc) from None
    con.execute("SET enable_progress_bar = false")  # DuckDB's bar would mix with the command's output
    try:
        outdated = _check_store(con, p, exists, read_only)
    except BaseException:
        con.close()
        raise
    if outdated:
        con.close()
        _upgrade(p)
        return connect(p, read_only)
    return con


def _upgrade(path: Path) -> None:
    """Add what a store of an older schema lacks, through a short-lived writable connection
    (a read-only connection cannot alter tables)."""
    if not _writable(path) or not _writable(path.parent if str(path.parent) else Path(".")):
        raise StoreReadOnly(
            str(path), "was written by an older detente and must be upgraded once: make it writable and retry"
        )
    try:
        con = duckdb.connect(str(path))
    except duckdb.Error as exc:
        raise translate(path, exc) from None
    try:
        con.execute("SET enable_progress_bar = false")  # counting the summary of a large store takes seconds
        version = (schema.marker(con) or {}).get("schema_version")
        if version != schema.SCHEMA_VERSION and not schema.upgrade(con, version):
            raise StoreCorrupt(str(path), f"cannot upgrade store schema {version}")
    except duckdb.Error as exc:
        raise translate(path, exc) from None
    finally:
        con.close()


def _check_store(con: Any, path: Path, existed: bool, read_only: bool) -> bool:
    """Create the tables in a new file; refuse a DuckDB file of another program or a newer version.

    Returns True when the store has an older schema this version upgrades (see schema.upgrade)."""
    try:
        mark = schema.marker(con)
        if mark is None and not read_only and (not existed or schema.is_empty(con)):
            schema.create(con)
            return False
    except duckdb.Error as exc:
        raise translate(path, exc) from None
    if mark is None or mark.get("format") != schema.FORMAT_NAME:
        raise StoreCorrupt(str(path), f"is a DuckDB database but not a detente store: {_HINT}")
    if mark.get("schema_version") in schema.UPGRADABLE:
        return True
    if mark.get("schema_version") != schema.SCHEMA_VERSION:
        raise StoreCorrupt(
            str(path),
            f"was written by another version of detente (store schema "
            f"{mark.get('schema_version')}, this one reads {schema.SCHEMA_VERSION})",
        )
    return False
