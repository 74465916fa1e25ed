"""Getting a dataset file ready to import: checked, decompressed, hashed and its lines counted, in one
streaming pass with bounded memory.

A zip (GDELT's downloads) or gzip file is decompressed to a temporary file, which DuckDB then reads;
the content hash is of the decompressed bytes, so the same export zipped or not is one document.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

import numpy as np

from ..errors import UnreadableInput

CHUNK = 1 << 22  # 4 MiB per read: large enough to be fast, small enough to keep memory flat
HEAD_BYTES = 1 << 16  # how much of the start is kept for recognising the format
ZIP_MAGIC = b"PK\x03\x04"
GZIP_MAGIC = b"\x1f\x8b"
NEWLINE = ord("\n")


class Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


@dataclass
class Prepared:
    """A plain file ready to read, with what the importers need to know about it."""

    given: str  # the path as the user gave it
    path: Path  # the plain (decompressed) file to read
    digest: str  # first 16 hex digits of the SHA-256 of the plain bytes: the document id
    size: int  # bytes of the plain file
    lines: int  # lines, counting a last line without a newline
    head: bytes  # the first bytes, for recognising the format
    member: str | None = None  # the file inside a zip

    def head_lines(self, n: int = 20, blank: bool = False) -> list[bytes]:
        """The first n lines (without their line ends), blank lines left out unless blank=True."""
        lines = self.head.split(b"\n")
        if self.size > len(self.head) or self.head.endswith(b"\n"):
            lines = lines[:-1]  # cut short by the end of the head, or the empty piece after the last newline
        return [line.rstrip(b"\r") for line in lines if blank or line.strip()][:n]


def _check(path: Path, given: str) -> None:
    if path.is_dir():
        raise UnreadableInput("is a directory: give the files inside it (e.g. DIR/*.CSV)", given)
    if not path.exists():
        raise UnreadableInput("no such file: check the path", given)
    if not os.access(path, os.R_OK):
        raise UnreadableInput("cannot be read (permission denied)", given)


def _newlines(chunk: bytes) -> int:
    # numpy compares the bytes about twice as fast as bytes.count(b"\n")
    return int(np.count_nonzero(np.frombuffer(chunk, dtype=np.uint8) == NEWLINE))


def _copy_counting(source: Readable, target: IO[bytes] | None) -> tuple[str, int, int, bytes]:
    """Stream source (to target, when given) hashing and counting lines; returns
    (digest, size, lines, head).

    A chunk is hashed in a second thread (hashlib lets go of the GIL) while this one counts its lines
    and reads the next, so on two cores the hash costs little more than reading the file."""
    sha = hashlib.sha256()
    size = lines = 0
    head = b""
    last = b"\n"
    with ThreadPoolExecutor(1) as hasher:
        hashing: Future[None] | None = None
        while chunk := source.read(CHUNK):
            if hashing is not None:
                hashing.result()  # in order: one chunk at a time
            hashing = hasher.submit(sha.update, chunk)
            size += len(chunk)
            lines += _newlines(chunk)
            if len(head) < HEAD_BYTES:
                head += chunk[: HEAD_BYTES - len(head)]
            last = chunk[-1:]
            if target is not None:
                target.write(chunk)
        if hashing is not None:
            hashing.result()
    if size and last != b"\n":
        lines += 1
    return sha.hexdigest()[:16], size, lines, head


@contextmanager
def prepared(given: str) -> Iterator[Prepared]:
    """A dataset file ready to read; a temporary decompressed copy is removed afterwards."""
    path = Path(given)
    _check(path, given)
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise UnreadableInput(f"cannot be read ({exc.strerror})", given) from None
    if magic.startswith(ZIP_MAGIC) or magic.startswith(GZIP_MAGIC):
        with _decompressed(path, given, zipped=magic.startswith(ZIP_MAGIC)) as ready:
            yield ready
        return
    try:
        with path.open("rb") as handle:
            digest, size, lines, head = _copy_counting(handle, None)
    except OSError as exc:
        raise UnreadableInput(f"cannot be read ({exc.strerror})", given) from None
    if size == 0:
        raise UnreadableInput("is empty", given)
    yield Prepared(given, path, digest, size, lines, head)


@contextmanager
def _decompressed(path: Path, given: str, zipped: bool) -> Iterator[Prepared]:
    """Decompress a zip (of exactly one file) or a gzip file to a temporary file."""
    fd, name = tempfile.mkstemp(prefix="detente-import-", suffix=".tsv")
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as target:
            member, (digest, size, lines, head) = _inflate(path, given, zipped, target)
        if size == 0:
            raise UnreadableInput("holds an empty file", given)
        yield Prepared(given, temp, digest, size, lines, head, member)
    finally:
        temp.unlink(missing_ok=True)


def _inflate(
    path: Path, given: str, zipped: bool, target: IO[bytes]
) -> tuple[str | None, tuple[str, int, int, bytes]]:
    try:
        if not zipped:
            with gzip.open(path, "rb") as source:
                return None, _copy_counting(source, target)
        with zipfile.ZipFile(path) as archive:
            files = [m for m in archive.infolist() if not m.is_dir()]
            if len(files) != 1:
                raise UnreadableInput(
                    f"the zip holds {len(files)} files: unzip it and import the files one by one", given
                )
            with archive.open(files[0]) as source:
                return files[0].filename, _copy_counting(source, target)
    except (zipfile.BadZipFile, gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise UnreadableInput(f"is a damaged archive ({exc}): download it again", given) from None
    except OSError as exc:
        raise UnreadableInput(f"cannot be decompressed ({exc})", given) from None
