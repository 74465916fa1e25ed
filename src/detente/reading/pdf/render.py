"""The text of a line of glyphs, its footnote markers, and the joining of lines into running text."""

from __future__ import annotations

from dataclasses import dataclass

from .glyphs import Glyph
from .layout import SMALLER, Line

RAISED = 0.15  # a smaller glyph whose baseline is this far above the line's (times its size) is raised
SPACE_GAP = 0.15  # a gap wider than this (times the size) between two glyphs is a space
_SUPERSCRIPT = str.maketrans("0123456789,", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u02d2")
_HYPHENS = ("-", "\u00ad", "\u2010", "\u2011")
_MARKER_GLYPHS = frozenset("0123456789,")


@dataclass(frozen=True)
class LineMarker:
    """A raised run of digits in a line's text: where it is and the note numbers it cites."""

    start: int
    end: int
    numbers: tuple[int, ...]


@dataclass(frozen=True)
class RenderedLine:
    text: str
    markers: tuple[LineMarker, ...]


def is_raised(glyph: Glyph, line: Line) -> bool:
    """Whether a glyph is set smaller and above the line's baseline: a superscript."""
    return glyph.size < line.size * SMALLER and line.y - glyph.y > RAISED * line.size


def render(line: Line) -> RenderedLine:
    """The line's text; raised digit runs become superscript digits glued to the word before them."""
    out: list[str] = []
    markers: list[LineMarker] = []
    glyphs = line.glyphs
    index = 0
    while index < len(glyphs):
        glyph = glyphs[index]
        if glyph.char.isdigit() and is_raised(glyph, line):
            end = index
            while end < len(glyphs) and glyphs[end].char in _MARKER_GLYPHS and is_raised(glyphs[end], line):
                end += 1
            digits = "".join(g.char for g in glyphs[index:end]).strip(",")
            numbers = tuple(int(part) for part in digits.split(",") if part)
            start = len("".join(out))
            out.append(digits.translate(_SUPERSCRIPT))
            markers.append(LineMarker(start, start + len(digits), numbers))
            index = end
            continue
        if out and _spaced(glyphs[index - 1], glyph):
            out.append(" ")
        out.append(glyph.char)
        index += 1
    return RenderedLine("".join(out), tuple(markers))


def _spaced(before: Glyph, glyph: Glyph) -> bool:
    return glyph.space_before or glyph.x0 - before.x1 > SPACE_GAP * max(before.size, glyph.size)


def joiner(before: str, after: str) -> tuple[str, int]:
    """How two lines of one paragraph join: the separator, and how many characters to take off the
    end of the first (1 for a line-end hyphen that only split a word: 'rela-' + 'tions')."""
    if before.endswith(_HYPHENS) and len(before) > 1 and before[-2].isalpha() and after[:1].islower():
        return "", 1
    if before.endswith(_HYPHENS[1:]):  # a soft or non-breaking hyphen at a line end never stays
        return "", 1
    return " ", 0
