"""The pieces a review is made of, independent of HTML or Markdown.

Text is plain (renderers escape it); a citation of an event is a :class:`Cited` part
holding the number of the event's note, a link out of the review a :class:`Link`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:  # citations.py builds Links
    from .citations import Citations


@dataclass(frozen=True)
class Cited:
    """Text followed by the note of the event it states."""

    text: str
    note: int


@dataclass(frozen=True)
class Link:
    """Text that links to a page outside the review (an event in the web app)."""

    text: str
    url: str


Part = str | Cited | Link
Parts = list[Part]


@dataclass
class Paragraph:
    block: ClassVar[str] = "paragraph"  # what a renderer switches on
    parts: Parts
    kind: str = ""  # "" for prose, "note" for method notes and warnings


@dataclass
class Table:
    block: ClassVar[str] = "table"
    columns: list[str]
    rows: list[list[Parts]]
    caption: str = ""
    numeric: frozenset[int] = frozenset()  # columns to right-align


@dataclass
class Line:
    """One event in a list: its date, what happened, its status, note and document."""

    date: str
    text: str
    status: str
    note: int
    document: str = ""  # shown where the source matters (Not (yet) happened)


@dataclass
class EventList:
    block: ClassVar[str] = "events"
    heading: str | None
    lines: list[Line]


@dataclass
class Chart:
    """A chart drawn on demand (matplotlib is the slow part of a report)."""

    block: ClassVar[str] = "chart"
    key: str
    caption: str
    draw: Callable[[], Any]  # returns a matplotlib Figure


Block = Paragraph | Table | EventList | Chart


@dataclass
class Section:
    id: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Review:
    """A whole review: its sections in order, and the citations they made."""

    title: str
    subtitle: str
    sections: list[Section]
    citations: Citations

    def charts(self) -> list[Chart]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Chart)]


def text(value: str) -> Parts:
    """A table cell or paragraph of plain text."""
    return [value]
