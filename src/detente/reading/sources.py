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
from .web import Fetcher, document_of, is_url, url_list

STDIN = "-"
STDIN_NAME = "<stdin>"
_MARKDOWN = frozenset({".md", ".markdown"})
_HTML = frozenset({".html", ".htm", ".xhtml"})
_JSONL = frozenset({".jsonl", ".ndjson"})
_WARC = (".warc", ".warc.gz")
_LOOKS_HTML = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def read(path: str | Path, published: date | None = None) -> Document:
    """Read one document (.txt, .md, .html/.htm, .pdf, .docx); raises UnreadableInput with a clear message."""
    path = Path(path)
    if path.suffix.lower() in _JSONL:
        raise UnreadableInput("is a JSONL corpus of many documents: read it with read_inputs", str(path))
    if path.suffix.lower() == ".pdf" or _starts_with(path, b"%PDF"):
        from .pdf import read_pdf  # pypdfium2 loads only for PDFs

        return read_pdf(path, published)
    if path.suffix.lower() == ".docx":
        from .word import read_docx  # python-docx loads only for Word files

        return read_docx(path, published)
    decoded = text_of(read_bytes(path), str(path))
    document = _document(decoded.text, _kind(path), published, str(path))
    document.warnings = decoded.warnings(str(path))
    return document


def read_inputs(
    paths: Sequence[str], published: date | None = None, stdin: TextIO | None = None
) -> Iterator[Document | InputError]:
    """Every document of every input, in order; a bad input (or a bad JSONL line) yields its error.

    "-" reads standard input (text, or JSONL when every non-empty line is a JSON object). A web
    address is fetched (or taken from the page cache); a .urls file, or a .txt file of nothing but
    addresses, is a list of them; a .warc or .warc.gz file is a web archive of pages.
    """
    fetcher = None
    try:
        for name in paths:
            if name == STDIN:
                yield from _read_stdin(stdin if stdin is not None else sys.stdin, published)
                continue
            suffix = Path(name).suffix.lower()
            if suffix in _JSONL:
                yield from read_jsonl(Path(name), published)
            elif name.lower().endswith(_WARC):
                from .warc import read_warc

                yield from read_warc(Path(name), published)
            elif is_url(name) or suffix in (".urls", ".txt"):
                addresses = [name] if is_url(name) else _addresses(Path(name))
                if addresses is None:
                    yield from _read_one(name, published)
                    continue
                fetcher = fetcher or _fetcher()
                yield from _read_addresses(addresses, published, fetcher, name)
            else:
                yield from _read_one(name, published)
    finally:
        if fetcher is not None:
            fetcher.close()


def _read_one(name: str, published: date | None) -> Iterator[Document | InputError]:
    try:
        yield read(name, published)
    except InputError as error:
        yield error


def _fetcher() -> Fetcher:
    return Fetcher()


def _addresses(path: Path) -> list[str] | None:
    """The addresses a .urls file lists (or a .txt file of nothing else); None for other text files."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64_000)
    except OSError:
        return None  # read() will say why
    addresses = url_list(head.decode("utf-8", errors="replace"))
    if addresses is None and path.suffix.lower() == ".urls":
        return []
    return addresses


def _read_addresses(addresses: list[str], published: date | None, fetcher: Fetcher,
                    listed_in: str) -> Iterator[Document | InputError]:
    if not addresses:
        yield UnreadableInput("lists no web addresses: write one http(s) address a line", listed_in)
    for address in addresses:
        try:
            yield document_of(fetcher.page(address), published)
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
        return html_document(text, published, name)
    if kind == "markdown":
        plain = markdown_to_text(text)
        return read_text(plain, title=markdown_title(text, plain), published=published, path=name)
    return text_document(text, published, name)


def html_document(text: str, published: date | None, name: str) -> Document:
    """A Document of an HTML page's article: its title, and its publication date from the page's metadata."""
    page = read_html(text)
    if not page.text.strip():
        raise UnreadableInput("has no article text that detente could find: pass the page as .txt", name)
    date_, basis = (published, "given") if published else (page.published, "metadata")
    return read_text(page.text, title=page.title, published=date_, basis=basis, path=name)


def text_document(text: str, published: date | None, name: str) -> Document:
    """A Document of plain text, its title guessed from a short first line."""
    return read_text(text, title=guess_title(text), published=published, path=name)


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
