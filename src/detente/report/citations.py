"""Footnotes and sources of a review: every event cited gets a note with its quote, and every
document and reference a note cites gets a number in Sources.

Numbers are given in the order things are first cited, so building the sections in
print order numbers the notes as a reader meets them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from ..errors import OptionError
from .blocks import Link, Part

Record = dict[str, Any]


def checked_base_url(value: str | None) -> str | None:
    """The address of the web app (`detente serve`) event ids link to, without a trailing slash; None
    for none; an OptionError for anything but an http(s) address."""
    if value is None or not value.strip():
        return None
    url = value.strip().rstrip("/")
    parts = urlsplit(url)
    if (parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment
            or any(c in url for c in ' <>"\'`')):
        raise OptionError("--base-url", f"'{value}' is not a web address such as http://127.0.0.1:8000 "
                                        "(where detente serve answers)")
    return url


@dataclass
class Document:
    """A document cited, as listed in Sources."""

    n: int
    doc_id: str
    title: str | None
    source_id: str | None
    published: str | None
    url: str | None
    path: str | None

    @property
    def name(self) -> str:
        """A title to print: the title, else the id its corpus gave it, else the file, else the hash."""
        return self.title or self.source_id or self.path or self.doc_id


@dataclass
class Reference:
    """A reference (footnote of a document) cited, as listed in Sources."""

    n: int
    text: str
    document: int  # the number of the document that lists it


@dataclass
class Note:
    """The footnote of one event: its quote, its document and the references the sentence cites."""

    n: int
    record: Record
    document: int
    references: list[int] = field(default_factory=list)
    also_in: list[int] = field(default_factory=list)  # other documents reporting the same incident

    @property
    def quote(self) -> str:
        return (self.record.get("evidence") or {}).get("text") or ""

    @property
    def imported(self) -> str | None:
        """For an event imported from a dataset (no quote): 'GDELT record 123, https://...'."""
        origin = self.record.get("origin")
        if not origin or origin == "text":
            return None
        parts = [f"{origin.upper()} record {self.record.get('origin_id') or '?'}", self.record.get("url") or ""]
        return ", ".join(p for p in parts if p)


class Citations:
    """Numbers notes, documents and references as they are first cited."""

    def __init__(self, documents: dict[str, dict[str, Any]], base_url: str | None = None) -> None:
        self._known = documents  # doc_id -> documents row of the store (title, source_id ...)
        self.base_url = checked_base_url(base_url)
        self.notes: list[Note] = []
        self.documents: list[Document] = []
        self.references: list[Reference] = []
        self._note_of: dict[str, Note] = {}
        self._doc_of: dict[str, Document] = {}
        self._ref_of: dict[str, Reference] = {}

    def note(self, record: Record) -> int:
        """The note number of an event, numbering it (and what it cites) on first use."""
        found = self._note_of.get(record["id"])
        if found is not None:
            return found.n
        doc = self.document(record["doc_id"])
        note = Note(len(self.notes) + 1, record, doc.n)
        note.references = [self._reference(ref.get("text") or "", doc.n).n for ref in record.get("references") or []
                           if (ref.get("text") or "").strip()]
        note.also_in = [self.document(d).n for d in record.get("doc_ids") or [] if d != record["doc_id"]]
        self.notes.append(note)
        self._note_of[record["id"]] = note
        return note.n

    def document(self, doc_id: str) -> Document:
        """The Sources entry of a document, numbering it on first use."""
        found = self._doc_of.get(doc_id)
        if found is None:
            row = self._known.get(doc_id) or {}
            found = Document(
                len(self.documents) + 1,
                doc_id,
                row.get("title"),
                row.get("source_id"),
                row.get("published"),
                row.get("url"),
                row.get("path"),
            )
            self.documents.append(found)
            self._doc_of[doc_id] = found
        return found

    def _reference(self, text: str, document: int) -> Reference:
        key = " ".join(text.split())
        found = self._ref_of.get(key)
        if found is None:
            found = Reference(len(self.references) + 1, key, document)
            self.references.append(found)
            self._ref_of[key] = found
        return found

    def event_url(self, event_id: str) -> str | None:
        """The event's page in the web app, or None without a base URL."""
        return f"{self.base_url}/event/{quote(event_id)}" if self.base_url else None

    def event_ref(self, event_id: str) -> Part:
        """The event id as printed: a link to its page in the web app when there is a base URL."""
        url = self.event_url(event_id)
        return Link(event_id, url) if url else event_id

    def note_by_number(self, n: int) -> Note:
        return self.notes[n - 1]
