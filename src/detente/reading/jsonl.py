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
from .encoding import Decoded, decode
from .raw import SNIFF_BYTES, check_not_binary, check_path
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
    lines: Iterable[str | Decoded], name: str, published: date | None = None
) -> Iterator[Document | InputError]:
    """Documents (or MalformedLine errors) of JSONL lines, each a string or the Decoded bytes of the
    line (whose decoding warnings the document then carries); an input with no lines is an error."""
    empty = True
    for number, line in enumerate(lines, 1):
        text = line.text if isinstance(line, Decoded) else line
        if not text.strip():
            continue
        empty = False
        item = parse_line(text, name, number, published)
        if isinstance(line, Decoded) and isinstance(item, Document):
            item.warnings = line.warnings(name, number)
        yield item
    if empty:
        yield UnreadableInput("is empty (or only whitespace): pass a file with text in it", name)


def parse_line(line: str, name: str, number: int, published: date | None = None) -> Document | MalformedLine:
    """One JSONL line as a Document, or the MalformedLine that says why it is not one."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return MalformedLine(f"not valid JSON ({getattr(exc, 'msg', exc)}): fix or remove the line", name, number)
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


def json_kind(value: Any) -> str:
    """What a parsed JSON value is, in JSON's words (null, an array ...), for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    kinds = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number"}
    return kinds.get(type(value), type(value).__name__)


def _problem(record: Any) -> str | None:
    """Why a parsed line is not a usable document, or None."""
    if not isinstance(record, dict):
        return f"is {json_kind(record)}, not a JSON object: write one object per line"
    if "text" not in record:
        return 'has no "text" field: every line needs the document text in "text"'
    if not isinstance(record["text"], str):
        return f'"text" is {json_kind(record["text"])}, not a string'
    if not record["text"].strip():
        return '"text" is empty'
    ident = record.get("id")
    # an id is kept as the document's corpus id: an array or object would be stored as its Python repr
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, str | int)):
        return f'"id" is {json_kind(ident)}: give a string or an integer'
    for key in ("title", "url"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return f'"{key}" is {json_kind(record[key])}, not a string'
    return None


def _published(record: dict[str, Any]) -> date | None:
    """The line's "published" date, or None when absent or unreadable."""
    value = record.get("published")
    return parse_iso(value) if isinstance(value, str) else None


def _optional(record: dict[str, Any], key: str) -> str | None:
    """A field as a string, or None when absent, null or empty."""
    value = record.get(key)
    return str(value) if value not in (None, "") else None
