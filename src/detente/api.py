"""The library's front door: read documents, extract their events, open a store of them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .errors import InputError
from .model import Document, Event
from .reading import read as _read
from .reading import read_inputs as _read_inputs
from .reading import read_text

if TYPE_CHECKING:
    from .store import Store


def read(path: str | Path, published: date | None = None) -> Document:
    """Read one document (.txt, .md, .html, .pdf, .docx); raises InputError when it cannot be used."""
    return _read(path, published)


def read_inputs(paths: Sequence[str], published: date | None = None,
                stdin: TextIO | None = None) -> Iterator[Document | InputError]:
    """Every document of every input ("-" is standard input); bad inputs yield their error."""
    return _read_inputs(paths, published, stdin)


def extract(text_or_document: str | Document, published: date | None = None) -> list[Event]:
    """The events a text states, each with actors, type, date, status and evidence."""
    # the coder is loaded on first use: the record side (`import detente.store`, the web application)
    # never loads it
    from .coding.pipeline import extract as _extract

    doc = read_text(text_or_document) if isinstance(text_or_document, str) else text_or_document
    return _extract(doc, published)


def open_store(path: str | Path, read_only: bool = False) -> Store:
    """Open (or create) the event store at path; raises a StoreError when the file cannot be used."""
    # imported here so that `import detente` (and `detente extract`) does not load DuckDB
    from .store import open_store as _open_store

    return _open_store(path, read_only)
