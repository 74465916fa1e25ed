"""The running text of a PDF's body lines: paragraphs, words split at line ends made whole, footnote
markers placed, and the offset where each page begins; and the text of each footnote."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import FootnoteMarker
from .layout import Line, Stream
from .render import joiner, render

PARAGRAPH_GAP = 1.5  # baselines further apart than this (times the size) part paragraphs
INDENT = 0.8  # a first line indented by this much (times the size) opens a paragraph
SHORT_END = 3.0  # a line ending this far (times the size) before its column's edge can close one
HEADING = 1.1  # a line this much larger than the running text is a heading
_CLOSING = (".", "!", "?", ":", '"', "\u201d", ")")


@dataclass
class Body:
    text: str = ""
    markers: list[FootnoteMarker] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)


class _Writer:
    """Appends lines to a growing text, joining them as paragraphs and words require."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.markers: list[FootnoteMarker] = []

    def add(self, line: Line, new_paragraph: bool) -> None:
        rendered = render(line)
        text = rendered.text.strip()
        if not text:
            return
        shift = len(rendered.text) - len(rendered.text.lstrip())
        if self.parts:
            separator, cut = ("\n\n", 0) if new_paragraph else joiner(self.parts[-1], text)
            if cut:
                self.parts[-1] = self.parts[-1][:-cut]
                self.length -= cut
            self.parts.append(separator)
            self.length += len(separator)
        for marker in rendered.markers:
            start = self.length + marker.start - shift
            self.markers.append(FootnoteMarker(start, start + marker.end - marker.start, marker.numbers))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def body_text(pages: list[list[Stream]], body_size: float) -> Body:
    """The body streams of every page, in order, as one text."""
    writer = _Writer()
    starts: list[int] = []
    previous: Line | None = None
    previous_stream: Stream = []
    for page in pages:
        starts.append(writer.length + (2 if writer.parts else 0))
        for stream in page:
            left, right = _edges(stream)
            for index, line in enumerate(stream):
                before = stream[index - 1] if index else previous
                edges = (left, right) if index else _edges(previous_stream) if previous_stream else (left, right)
                writer.add(line, before is not None and _opens_paragraph(before, line, index > 0, edges,
                                                                          left, body_size))
                previous = line
            previous_stream = stream
    return Body(writer.text(), writer.markers, starts)


def _edges(stream: Stream) -> tuple[float, float]:
    """A stream's left margin (the commonest start of its lines) and right edge."""
    starts = sorted(round(line.x0) for line in stream)
    return float(max(set(starts), key=starts.count)), max(line.x1 for line in stream)


def _opens_paragraph(before: Line, line: Line, same_stream: bool, before_edges: tuple[float, float],
                     left: float, body_size: float) -> bool:
    """Whether `line` starts a new paragraph after `before`."""
    size = max(before.size, line.size)
    if max(before.size, line.size) > body_size * HEADING and abs(before.size - line.size) > 0.5:
        return True
    if same_stream and line.y - before.y > PARAGRAPH_GAP * size:
        return True
    if line.x0 - left > INDENT * line.size:
        return True
    ended = render(before).text.rstrip().endswith(_CLOSING)
    return ended and before.x1 < before_edges[1] - SHORT_END * before.size


def note_text(lines: list[Line]) -> str:
    """A footnote's text without its number, its lines joined."""
    writer = _Writer()
    for line in lines:
        writer.add(line, False)
    text = writer.text().lstrip()
    digits = text.translate(str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079",
                                          "0123456789"))
    cut = len(digits) - len(digits.lstrip("0123456789"))
    return text[cut:].lstrip(" .)").strip()
