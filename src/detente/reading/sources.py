"""Read documents from files and standard input, whatever their format."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from ..errors import InputError, UnreadableInput
from ..model import Document
from .encoding import decode
from .html import read_html
from .jsonl import read_jsonl, read_jsonl_lines
from .markup import guess_title, markdown_title, markdown_to_text
from .raw import read_bytes, text_of
from .text import read_text

STDIN = "-"
STDIN_NAME = "<stdin>"
_MARKDOWN = frozenset({".md", ".markdown"})
_HTML = frozenset({".html", ".htm", ".xhtml"})
_JSONL = frozenset({".jsonl", ".ndjson"})
_LOOKS_HTML = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def read(path: str | Path, published: date | None = None) -> Document:
    """Read one document (.txt, .md, .html/.htm, .pdf, .docx); raises UnreadableInput with a clear message."""
    path = Path(path)
    if path.suffix.lower() in _JSONL:
        raise UnreadableInput("is a JSONL corpus of many documents: read it with read_inputs", str(path))
    if path.suffix.lower() == ".pdf" or _starts_with(path, b"%PDF"):
        from .pdf import read_pdf  # pypdfium2 loads only for PDFs

        return read_pdf(path, published)
    decoded = text_of(read_bytes(path), str(path))
    document = _document(decoded.text, _kind(path), published, str(path))
    document.warnings = decoded.warnings(str(path))
    return document


def read_inputs(
    paths: Sequence[str], published: date | None = None, stdin: TextIO | None = None
) -> Iterator[Document | InputError]:
    """Every document of every input, in order; a bad input (or a bad JSONL line) yields its error.

    "-" reads standard input (text, or JSONL when every non-empty line is a JSON object).
    """
    for name in paths:
        if name == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, published)
        elif Path(name).suffix.lower() in _JSONL:
            yield from read_jsonl(Path(name), published)
        else:
            try:
                yield read(name, published)
            except InputError as error:
                yield error


def _starts_with(path: Path, magic: bytes) -> bool:
    """Whether a file begins with these bytes (False when it cannot be opened: read() says why)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False


def _kind(path: Path) -> str:
    """'markdown', 'html' or 'text' by file extension; unknown extensions are read as text."""
    suffix = path.suffix.lower()
    if suffix in _MARKDOWN:
        return "markdown"
    return "html" if suffix in _HTML else "text"


def _document(text: str, kind: str, published: date | None, name: str) -> Document:
    """A Document from decoded text of the given kind."""
    if kind == "html":
        page = read_html(text)
        if not page.text.strip():
            raise UnreadableInput("has no article text that detente could find: pass the page as .txt", name)
        date_, basis = (published, "given") if published else (page.published, "metadata")
        return read_text(page.text, title=page.title, published=date_, basis=basis, path=name)
    if kind == "markdown":
        plain = markdown_to_text(text)
        title, text = markdown_title(text, plain), plain
    else:
        title = guess_title(text)
    return read_text(text, title=title, published=published, path=name)


def _read_stdin(stream: TextIO, published: date | None) -> Iterator[Document | InputError]:
    """Documents of standard input: JSONL when every non-empty line is an object, else one text."""
    try:
        text, warnings = _stdin_text(stream)
    except (OSError, UnicodeDecodeError) as exc:
        yield UnreadableInput(f"cannot be read ({exc}): pipe UTF-8 text or JSONL", STDIN_NAME)
        return
    lines = text.splitlines()
    content = [line.strip() for line in lines if line.strip()]
    if not content:
        yield UnreadableInput("is empty (or only whitespace): pipe some text in", STDIN_NAME)
    elif all(line.startswith("{") for line in content):
        yield from read_jsonl_lines(lines, STDIN_NAME, published)
    else:
        kind = "html" if _LOOKS_HTML.match(text) else "text"
        try:
            document = _document(text, kind, published, STDIN_NAME)
        except InputError as error:
            yield error
            return
        document.warnings = warnings
        yield document


def _stdin_text(stream: TextIO) -> tuple[str, list[str]]:
    """All of standard input as text, decoded like a file when the raw bytes are at hand, and the
    warnings of its decoding."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        return stream.read(), []
    data = buffer.read()
    decoded = text_of(data, STDIN_NAME) if data.strip() else decode(data)
    return decoded.text, decoded.warnings(STDIN_NAME)
