"""Splitting a corpus into partitions, and reading one partition back (on a worker).

A partition is a byte range of a JSONL file or a row range of a Parquet file. It is named by
its input and range (`Partition.pid`), so a rerun over the same inputs finds the partitions it
already wrote; its content hash (`PartitionInput.digest`) tells whether the input changed since.

JSONL ranges follow Dask's convention for text: a partition holds the lines that *begin* inside
its byte range, so ranges can be cut without reading the file, and every line belongs to exactly
one partition. Files are opened through fsspec: local paths, and remote URLs (s3://, gs://,
https://, ...) where the matching filesystem package is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...errors import InputError, UnreadableInput
from ...model import Document
from ...reading.jsonl import parse_line

JSONL = (".jsonl", ".ndjson")
PARQUET = (".parquet", ".pq")
DEFAULT_PARTITION_BYTES = 8 << 20  # 8 MB of JSONL: about 1,500 news articles, minutes of coding
DEFAULT_PARTITION_ROWS = 2_000  # documents per partition of a Parquet file
PARQUET_FIELDS = ("id", "text", "title", "published", "url")  # the JSONL fields, as columns


@dataclass(frozen=True)
class Partition:
    """One unit of work: lines [start, end) of a JSONL file (by byte) or rows of a Parquet file."""

    url: str  # an absolute local path or a remote URL
    kind: str  # "jsonl" or "parquet"
    start: int
    end: int

    @property
    def pid(self) -> str:
        """The partition's name: a hash of its input and range."""
        key = f"{self.kind}\0{self.url}\0{self.start}\0{self.end}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def describe(self) -> str:
        unit = "bytes" if self.kind == "jsonl" else "rows"
        return f"{self.url} ({unit} {self.start}-{self.end})"

    def as_dict(self) -> dict[str, Any]:
        return {"pid": self.pid, "url": self.url, "kind": self.kind, "start": self.start, "end": self.end}


@dataclass
class PartitionInput:
    """A partition as read: its lines (a JSONL line, or a Parquet row as one) and a hash of them."""

    lines: list[tuple[str, bytes]] = field(default_factory=list)  # (where: "the line at byte N", line)
    digest: str = ""


@dataclass
class PartitionDocuments:
    """A partition's documents, and one message per line that is not one."""

    documents: list[Document] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def kind_of(url: str) -> str | None:
    """'jsonl' or 'parquet' by the name's extension, else None."""
    low = url.lower()
    if low.endswith(JSONL):
        return "jsonl"
    if low.endswith(PARQUET):
        return "parquet"
    return None


def expand(inputs: list[str]) -> tuple[list[str], list[str]]:
    """The files named by inputs (paths, globs, URLs), in order, and one error per unusable input."""
    import fsspec
    from fsspec.core import url_to_fs

    files: list[str] = []
    errors: list[str] = []
    for name in inputs:
        try:
            fs, path = url_to_fs(name)
            matches = sorted(fs.glob(path)) if fsspec.core.has_magic(path) else [path]
        except (ImportError, ValueError) as exc:
            errors.append(f"{name}: cannot be opened ({exc}): install the filesystem package for this URL")
            continue
        if not matches:
            errors.append(f"{name}: matches no file: check the pattern")
            continue
        for path in matches:
            url = path if _is_local(fs) else fs.unstrip_protocol(path)
            url = os.path.abspath(url) if _is_local(fs) else url
            if kind_of(url) is None:
                errors.append(
                    f"{url}: the Dask engine reads .jsonl and .parquet corpora: convert it or use --engine local"
                )
            elif not fs.exists(path):
                errors.append(f"{url}: no such file: check the path")
            elif fs.isdir(path):
                errors.append(f"{url}: is a directory: give the files in it (a glob such as DIR/*.jsonl)")
            else:
                files.append(url)
    return files, errors


def plan(
    url: str, partition_bytes: int = DEFAULT_PARTITION_BYTES, partition_rows: int = DEFAULT_PARTITION_ROWS
) -> list[Partition]:
    """The partitions of one file, in order."""
    from fsspec.core import url_to_fs

    fs, path = url_to_fs(url)
    if kind_of(url) == "jsonl":
        size = fs.size(path)
        if not size:
            raise UnreadableInput("is empty: pass a file with one JSON document per line", url)
        return [Partition(url, "jsonl", at, min(at + partition_bytes, size)) for at in range(0, size, partition_bytes)]
    rows = _parquet_rows(url)
    return [Partition(url, "parquet", at, min(at + partition_rows, rows)) for at in range(0, rows, partition_rows)]


def read_partition(part: Partition) -> PartitionInput:
    """The lines of a partition (on a worker), with their content hash."""
    out = PartitionInput()
    digest = hashlib.sha256()
    for where, line in _jsonl_lines(part) if part.kind == "jsonl" else _parquet_lines(part):
        digest.update(line + b"\n")
        out.lines.append((where, line))
    out.digest = digest.hexdigest()[:32]
    return out


def parse_partition(part: Partition, read: PartitionInput, published: date | None = None) -> PartitionDocuments:
    """The documents of a partition's lines; a bad line is reported, the others are read."""
    out = PartitionDocuments()
    for where, raw in read.lines:
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            out.errors.append(f"{part.url}: {where}: is not UTF-8: fix or remove it")
            continue
        item = parse_line(line, part.url, 0, published)
        if isinstance(item, InputError):
            out.errors.append(f"{part.url}: {where}: {item.message}")
        else:
            out.documents.append(item)
    return out


def _jsonl_lines(part: Partition) -> Iterator[tuple[str, bytes]]:
    import fsspec

    with fsspec.open(part.url, "rb") as handle:
        if part.start > 0:
            handle.seek(part.start - 1)
            handle.readline()  # the end of a line that began before this range (or the newline before it)
        while handle.tell() < part.end:
            at = handle.tell()
            raw = handle.readline()
            if not raw:
                break
            yield f"the line at byte {at}", raw.rstrip(b"\r\n")


def _parquet_lines(part: Partition) -> Iterator[tuple[str, bytes]]:
    """Each row of the range as a JSONL line of the fields present."""
    con = _duckdb_for(part.url)
    try:
        fields = _fields(con, part.url)
        columns = ", ".join(f'"{f}"' for f in fields)
        rows = con.execute(
            f"SELECT file_row_number, {columns} FROM read_parquet(?, file_row_number = true) "
            "WHERE file_row_number >= ? AND file_row_number < ? ORDER BY file_row_number",
            [part.url, part.start, part.end],
        ).fetchall()
    finally:
        con.close()
    for number, *values in rows:
        record = {f: v for f, v in zip(fields, values, strict=True) if v is not None}
        yield f"row {number + 1}", json.dumps(record, default=str, ensure_ascii=False).encode("utf-8")


def _parquet_rows(url: str) -> int:
    """How many rows a Parquet file of documents holds (an UnreadableInput when it holds none)."""
    con = _duckdb_for(url)
    try:
        rows = int(con.execute("SELECT sum(num_rows) FROM parquet_file_metadata(?)", [url]).fetchall()[0][0] or 0)
        _fields(con, url)
    except UnreadableInput:
        raise
    except Exception as exc:  # noqa: BLE001 - DuckDB's errors for a bad file vary; the message says which
        raise UnreadableInput(f"is not a readable Parquet file ({str(exc).splitlines()[0]})", url) from None
    finally:
        con.close()
    if not rows:
        raise UnreadableInput("has no rows", url)
    return rows


def _fields(con: Any, url: str) -> list[str]:
    """The JSONL fields a Parquet file has as columns; an UnreadableInput when it has no "text"."""
    have = {r[0] for r in con.execute("SELECT name FROM parquet_schema(?)", [url]).fetchall()}
    if "text" not in have:
        raise UnreadableInput('has no "text" column: every row needs the document text in "text"', url)
    return [f for f in PARQUET_FIELDS if f in have]


def _duckdb_for(url: str) -> Any:
    """A DuckDB connection that can read url (remote files through fsspec)."""
    import duckdb
    from fsspec.core import url_to_fs

    con = duckdb.connect()
    fs, _ = url_to_fs(url)
    if not _is_local(fs):
        con.register_filesystem(fs)
    return con


def _is_local(fs: Any) -> bool:
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    return protocol in ("file", "local")
