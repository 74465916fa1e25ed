"""The records every stage shares: documents, sentences, actors, dates, events.

The field names of :class:`Event` (via :meth:`Event.to_dict`) are the contract in
DESIGN.md: one JSON object per event, stable names.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

STATUSES = ("occurred", "planned", "negotiating", "cancelled", "speculative", "negated")
PRECISIONS = ("day", "week", "month", "season", "year", "decade", "century", "unknown")
DATE_BASES = ("explicit", "discourse", "citation", "publication")


def page_of(doc: Document, offset: int) -> int | None:
    """The page (from 1) a character offset of a paged document falls on, else None."""
    if not doc.page_starts:
        return None
    return max(bisect.bisect_right(doc.page_starts, offset), 1)


def content_hash(text: str) -> str:
    """Return the document id: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Reference:
    """One numbered entry of a document's reference list."""

    n: int
    text: str
    date: date | None = None  # the latest date printed in the entry, if any


@dataclass(frozen=True)
class FootnoteMarker:
    """A footnote marker glued to the text, e.g. the '8' in 'to Islamabad.8 In 2015'."""

    start: int
    end: int
    numbers: tuple[int, ...]


@dataclass
class Document:
    """A text to code, with what is known about it."""

    text: str
    id: str = ""
    title: str | None = None
    published: date | None = None
    published_basis: str | None = None  # "given", "metadata", "inferred"
    url: str | None = None
    path: str | None = None
    references: list[Reference] = field(default_factory=list)
    markers: list[FootnoteMarker] = field(default_factory=list)
    # what reading it found worth telling (bytes that were not UTF-8 ...), each naming the file
    warnings: list[str] = field(default_factory=list)
    # where each page begins in `text` (page n starts at page_starts[n - 1]); () when not paged
    page_starts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_hash(self.text)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document; offsets are into Document.text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    references: tuple[int, ...] = ()


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3, or a historic code (SUN, YUG ...)
    sector: str | None = None  # CAMEO role code: GOV, MIL, ...
    code: str | None = None  # country + sector, or an organisation's code (UNO, NATO ...)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "sector": self.sector, "code": self.code}


@dataclass(frozen=True)
class DateSpan:
    """The interval the text gives an event, at the text's precision."""

    start: date | None
    end: date | None
    precision: str = "unknown"
    text: str | None = None
    basis: str | None = None  # explicit | discourse | citation | publication

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "text": self.text,
            "basis": self.basis,
        }


UNDATED = DateSpan(None, None, "unknown", None, None)


@dataclass(frozen=True)
class Evidence:
    """Where the text says so: the sentence, character offsets and the quote."""

    sentence: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Event:
    """One act between two actors, as the text states it."""

    id: str
    doc_id: str
    source: Actor
    target: Actor
    event_type: str
    trigger: str
    date: DateSpan
    evidence: Evidence
    reciprocal: bool = False
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    status: str = "occurred"
    references: list[Reference] = field(default_factory=list)
    confidence: float = 0.5
    mentions: list[Evidence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    nominal: bool = False  # stated by a noun ("the 1965 war"), not a verb; not part of the record
    indefinite: bool = False  # a noun brought in by "a", "an" ("an invasion"): a new act; not part of the record
    at: int = -1  # the token of its trigger's head word in its sentence; not part of the record
    within: int = -1  # the token of the meeting's trigger this one is told again within, as its occasion or purpose
    # ("conferred at a summit", "conferred to plan the talks"): the same act, when its dates meet; not in the record
    additional: bool = False  # told with "also" ("Peru also agreed to ..."): one more act; not part of the record
    recalled: bool = False  # told again in a clause of background ("After X invaded Y"); not in the record

    def to_dict(self) -> dict[str, Any]:
        """Return the event as the JSON record of DESIGN.md."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "reciprocal": self.reciprocal,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "trigger": self.trigger,
            "date": self.date.to_dict(),
            "status": self.status,
            "evidence": self.evidence.to_dict(),
            "references": [{"n": r.n, "text": r.text} for r in self.references],
            "confidence": round(self.confidence, 3),
            "mentions": [m.to_dict() for m in self.mentions],
        }


def event_id(doc_id: str, sentence: int, trigger_start: int, trigger_end: int, dyad: str = "") -> str:
    """Stable id of an event: a hash of document, sentence, trigger span (and dyad, when one
    trigger states acts between several pairs)."""
    key = f"{doc_id}:{sentence}:{trigger_start}:{trigger_end}:{dyad}"
    return hashlib.sha256(key.encode("ascii")).hexdigest()[:16]
