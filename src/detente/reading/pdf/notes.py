"""Footnotes found by layout: the run of smaller lines at the foot of a column or page, each note
starting with its number; a note the page cuts off goes on at the foot of the next column or page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import SMALLER, Line, Stream
from .render import render

_NOTE_START = re.compile(r"(\d{1,3})(?:[.)]\s*|\s+|(?=[^\d\s.,]))")
MAX_SKIP = 3  # a note number may skip this many numbers (a note the reader lost), no more


@dataclass
class Footnotes:
    """The lines of each note, by number, and the streams with the notes taken out."""

    lines: dict[int, list[Line]] = field(default_factory=dict)
    body: list[list[Stream]] = field(default_factory=list)  # per page

    @property
    def last(self) -> int:
        return max(self.lines, default=0)


def split_footnotes(pages: list[list[Stream]], body_size: float) -> Footnotes:
    """Take the footnotes out of the pages' streams (in reading order)."""
    notes = Footnotes()
    for page in pages:
        kept: list[Stream] = []
        for stream in page:
            cut = _foot_start(stream, body_size, notes)
            if cut is not None:
                _collect(stream[cut:], notes)
                stream = stream[:cut]
            if stream:
                kept.append(stream)
        notes.body.append(kept)
    return notes


def note_number(line: Line, after: int) -> int | None:
    """The number a line opens a note with (the next after `after`, give or take a lost one), else None."""
    text = render(line).text.translate(str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079",
                                                     "0123456789"))
    match = _NOTE_START.match(text)
    if not match or len(text) <= match.end():
        return None
    number = int(match[1])
    return number if after < number <= after + 1 + MAX_SKIP else None


def _foot_start(stream: Stream, body_size: float, notes: Footnotes) -> int | None:
    """Where the footnotes at the end of a stream begin: the trailing run of smaller lines, when it
    opens with a note (or carries on the last one) and holds only notes."""
    start = len(stream)
    while start > 0 and stream[start - 1].size < body_size * SMALLER:
        start -= 1
    if start == len(stream):
        return None
    first_note = next((i for i in range(start, len(stream)) if note_number(stream[i], notes.last)), None)
    if first_note is None:
        return start if notes.lines and start == 0 else None  # a whole stream carrying a note on
    if first_note > start and not notes.lines:
        return first_note  # small lines above the first note are something else (a caption)
    return start


def _collect(lines: Stream, notes: Footnotes) -> None:
    for line in lines:
        number = note_number(line, notes.last)
        if number is not None:
            notes.lines[number] = [line]
        elif notes.lines:
            notes.lines[notes.last].append(line)
