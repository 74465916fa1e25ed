"""JSONL corpora: one document per line, a bad line yields its error and the rest go on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError, MalformedLine, UnreadableInput
from ..model import Document
from .dates import parse_iso
from .raw import SNIFF_BYTES, check_not_binary, check_path, decode
from .text import read_text


def read_jsonl(path: Path, published: date | None = None) -> Iterator[Document | InputError]:
    """Every document of a JSONL file, streamed line by line; errors are yielded, not raised."""
    name = str(path)
    try:
        check_path(path)
        with path.open("rb") as handle:
            check_not_binary(handle.read(SNIFF_BYTES), name)
            handle.seek(0)
            yield from read_jsonl_lines((decode(raw) for raw in handle), name, published)
    except UnreadableInput as error:
        yield error
    except OSError as exc:
        yield UnreadableInput(f"cannot be read ({exc.strerror or exc}): check its permissions", name)


def read_jsonl_lines(
    lines: Iterable[str], name: str, published: date | None = None
) -> Iterator[Document | InputError]:
    """Documents (or MalformedLine errors) of JSONL lines; an input with no lines is an error."""
    empty = True
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        empty = False
        yield parse_line(line, name, number, published)
    if empty:
        yield UnreadableInput("is empty (or only whitespace): pass a file with text in it", name)


def parse_line(line: str, name: str, number: int, published: date | None = None) -> Document | MalformedLine:
    """One JSONL line as a Document, or the MalformedLine that says why it is not one."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return MalformedLine(f"not valid JSON ({exc.msg}): fix or remove the line", name, number)
    problem = _problem(record)
    if problem:
        return MalformedLine(problem, name, number)
    given = _published(record)
    if record.get("published") not in (None, "") and given is None:
        return MalformedLine(
            f'"published" is not an ISO date: {record["published"]!r} (use e.g. "2019-01-27")', name, number
        )
    date_, basis = (published, "given") if published else (given, "metadata")
    return read_text(
        record["text"], title=_optional(record, "title"), published=date_, basis=basis,
        url=_optional(record, "url"), path=name, doc_id=_optional(record, "id"),
    )


def _problem(record: Any) -> str | None:
    """Why a parsed line is not a usable document, or None."""
    if not isinstance(record, dict):
        return f"is a JSON {type(record).__name__}, not an object: write one object per line"
    if "text" not in record:
        return 'has no "text" field: every line needs the document text in "text"'
    if not isinstance(record["text"], str):
        return '"text" is not a string'
    if not record["text"].strip():
        return '"text" is empty'
    return None


def _published(record: dict[str, Any]) -> date | None:
    """The line's "published" date, or None when absent or unreadable."""
    value = record.get("published")
    return parse_iso(value) if isinstance(value, str) else None


def _optional(record: dict[str, Any], key: str) -> str | None:
    """A field as a string, or None when absent, null or empty."""
    value = record.get(key)
    return str(value) if value not in (None, "") else None
