"""Build a Document from a string: references, footnote markers and publication date."""

from __future__ import annotations

from datetime import date

from ..model import Document, Reference
from .references import find_markers, split_references


def normalise(text: str) -> str:
    """Drop a byte-order mark and make every line break a '\\n'."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def read_text(
    text: str,
    *,
    title: str | None = None,
    published: date | None = None,
    url: str | None = None,
    path: str | None = None,
    doc_id: str | None = None,
    basis: str = "given",
) -> Document:
    """Build a Document from a string: references and footnote markers found, publication date inferred.

    `published` is recorded with `basis` ("given" by default; readers pass "metadata").
    """
    body, references = split_references(normalise(text))
    if published is None:
        published, basis = _inferred(references), "inferred"
    document = Document(
        text=body,
        id=doc_id or "",
        title=title,
        published=published,
        published_basis=basis if published else None,
        url=url,
        path=path,
        references=references,
    )
    document.markers = find_markers(body, references)
    return document


def _inferred(references: list[Reference]) -> date | None:
    """The latest full date in the reference list (e.g. an 'accessed on' date), or None."""
    dates = [reference.date for reference in references if reference.date]
    return max(dates) if dates else None
