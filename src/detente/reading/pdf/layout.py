"""From a page's glyphs to its lines in reading order: line pieces, running heads and page numbers
dropped, columns found and read one after the other.

A page is cut into horizontal bands: a band of lines that cross a column gutter (a title, a
full-width paragraph or footnote) is read as one stream; a band of lines that keep to their
columns is read column by column, each column a stream. Gutters are the vertical strips of the
page that no line of a column band crosses.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .glyphs import Glyph, PdfPage

SAME_LINE = 0.3  # baselines closer than this (times the size) are one line
SUPERSCRIPT_RISE = 0.7  # a smaller glyph raised by up to this (times the size) belongs to the line
SMALLER = 0.9  # a glyph under this share of the line's size is "smaller"
GAP_BREAK = 1.0  # a horizontal gap wider than this (times the size) ends a line piece
GUTTER_MIN = 0.8  # a column gutter is at least this wide (times the body size)
WIDE_SHARE = 0.55  # a line wider than this share of the text block may cross gutters
GUTTER_SUPPORT = 3  # line pieces needed on each side of a gutter
EDGE_ZONE = 0.1  # top and bottom share of the page where running heads and page numbers sit
REPEATED_SHARE = 0.3  # a head or foot on this share of the pages (and on two at least) repeats
_PAGE_NUMBER = re.compile(r"(?:page\s+)?[-\u2013\u2014\s]*(?:\d{1,4}|[ivxlcdm]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?"
                          r"[-\u2013\u2014\s]*", re.IGNORECASE)


@dataclass
class Line:
    """Glyphs on one baseline of one column, left to right."""

    glyphs: list[Glyph]
    page: int
    y: float = 0.0
    size: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    # the glyphs the line shares its baseline with when it was read: the pieces merged into it
    pieces: int = field(default=1, compare=False)

    def __post_init__(self) -> None:
        self.measure()

    def measure(self) -> None:
        """Recompute the line's size (its commonest glyph size), baseline and extent."""
        sizes = Counter(round(g.size * 2) / 2 for g in self.glyphs)
        self.size = max(sizes, key=lambda s: (sizes[s], s))
        main = [g for g in self.glyphs if g.size >= self.size * SMALLER] or self.glyphs
        self.y = max(g.y for g in main)
        self.x0 = min(g.x0 for g in self.glyphs)
        self.x1 = max(g.x1 for g in self.glyphs)

    @property
    def text(self) -> str:
        return "".join((" " if g.space_before and i else "") + g.char for i, g in enumerate(self.glyphs))


Stream = list[Line]  # lines read one after the other: a column of a band, or a full-width band


def body_size(pages: list[PdfPage]) -> float:
    """The commonest glyph size of the document: the size of its running text."""
    sizes = Counter(round(g.size * 2) / 2 for page in pages for g in page.glyphs)
    return max(sizes, key=lambda s: (sizes[s], s)) if sizes else 10.0


def pieces(glyphs: list[Glyph]) -> list[Line]:
    """The page's glyphs cut into line pieces: runs in drawing order on one baseline, no wide gap."""
    found: list[Line] = []
    run: list[Glyph] = []
    for glyph in glyphs:
        if run and not _continues(run, glyph):
            found.append(Line(run, 0))
            run = []
        run.append(glyph)
    if run:
        found.append(Line(run, 0))
    return found


def _continues(run: list[Glyph], glyph: Glyph) -> bool:
    """Whether a glyph drawn after `run` carries on its line."""
    last = run[-1]
    size = max(g.size for g in run)
    if glyph.x0 < last.x0 - 0.5 * size or glyph.x0 - last.x1 > GAP_BREAK * max(size, glyph.size):
        return False
    base = max(g.y for g in run if g.size >= size * SMALLER)
    rise = base - glyph.y
    if abs(rise) <= SAME_LINE * size:
        return True
    if glyph.size < size * SMALLER and 0 < rise <= SUPERSCRIPT_RISE * size:
        return True  # a superscript: a footnote marker
    # the run so far is only a raised marker ("¹Preliminary ..."): the text that follows it is lower
    return glyph.size > size / SMALLER and 0 < -rise <= SUPERSCRIPT_RISE * glyph.size


def page_lines(pages: list[PdfPage]) -> list[list[Line]]:
    """Every page's line pieces, with running heads, feet and page numbers taken out."""
    found = []
    for page in pages:
        lines = pieces(page.glyphs)
        for line in lines:
            line.page = page.number
        found.append(lines)
    furniture = _repeated_edges(pages, found)
    return [[line for line in lines if not _is_furniture(line, page, furniture)]
            for page, lines in zip(pages, found, strict=True)]


def _edge_key(line: Line) -> str:
    """A head or foot line's text with its numbers masked, so 'Page 3' and 'Page 4' compare equal."""
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))


def _at_edge(line: Line, page: PdfPage) -> bool:
    return line.y < page.height * EDGE_ZONE or line.y > page.height * (1 - EDGE_ZONE)


def _repeated_edges(pages: list[PdfPage], lines: list[list[Line]]) -> set[str]:
    """Texts of head and foot lines that come back on other pages."""
    seen: Counter[str] = Counter()
    for page, page_lines_ in zip(pages, lines, strict=True):
        seen.update({_edge_key(line) for line in page_lines_ if _at_edge(line, page)})
    least = max(2, round(len(pages) * REPEATED_SHARE))
    return {key for key, count in seen.items() if count >= least}


def _is_furniture(line: Line, page: PdfPage, repeated: set[str]) -> bool:
    if not _at_edge(line, page):
        return False
    return _edge_key(line) in repeated or _PAGE_NUMBER.fullmatch(line.text) is not None


def streams(lines: list[Line], body: float) -> list[Stream]:
    """One page's lines in reading order: bands top to bottom, a columned band column by column."""
    if not lines:
        return []
    gutters = _gutters(lines, body)
    ordered = sorted(lines, key=lambda line: (line.y, line.x0))
    found: list[Stream] = []
    band: list[Line] = []
    spanning: bool | None = None
    for line in ordered:
        crosses = any(line.x0 < left and line.x1 > right for left, right in gutters)
        if band and crosses != spanning:
            found += _read_band(band, gutters, bool(spanning))
            band = []
        band.append(line)
        spanning = crosses
    found += _read_band(band, gutters, bool(spanning))
    return found


def _read_band(band: list[Line], gutters: list[tuple[float, float]], spanning: bool) -> list[Stream]:
    if spanning or not gutters:
        return [_merge_rows(band)]
    columns: list[list[Line]] = [[] for _ in range(len(gutters) + 1)]
    for line in band:
        middle = (line.x0 + line.x1) / 2
        columns[sum(1 for left, _ in gutters if middle > left)].append(line)
    return [_merge_rows(column) for column in columns if column]


def _merge_rows(lines: list[Line]) -> Stream:
    """Pieces of a stream on one baseline joined into one line, lines top to bottom."""
    rows: list[Line] = []
    for line in sorted(lines, key=lambda item: (item.y, item.x0)):
        last = rows[-1] if rows else None
        if last is not None and abs(last.y - line.y) <= SAME_LINE * max(last.size, line.size):
            first_glyph = line.glyphs[0]
            glued = Glyph(first_glyph.char, first_glyph.x0, first_glyph.x1, first_glyph.y, first_glyph.size, True)
            last.glyphs = sorted(last.glyphs + [glued, *line.glyphs[1:]], key=lambda g: g.x0)
            last.pieces += 1
            last.measure()
        else:
            rows.append(line)
    return rows


def _gutters(lines: list[Line], body: float) -> list[tuple[float, float]]:
    """The vertical strips between columns: crossed by almost none of the lines that are not page-wide
    (a stray short line may cross one), with enough lines on either side."""
    left, right = int(min(line.x0 for line in lines)), int(max(line.x1 for line in lines)) + 1
    narrow = [line for line in lines if line.x1 - line.x0 <= WIDE_SHARE * (right - left)]
    tolerated = max(1, len(narrow) // 30)
    depth = [0] * (right - left + 2)  # a difference array: lines covering each point of the width
    for line in narrow:
        depth[int(line.x0) - left] += 1
        depth[int(line.x1) - left + 1] -= 1
    found, start, covering = [], None, 0
    for offset in range(right - left + 1):
        covering += depth[offset]
        if covering <= tolerated and start is None:
            start = offset
        elif covering > tolerated and start is not None:
            if offset - start >= GUTTER_MIN * body and start > 0:
                found.append((left + start, left + offset))
            start = None
    return [gap for gap in found if _supported(gap, narrow)]


def _supported(gap: tuple[float, float], lines: list[Line]) -> bool:
    before = sum(1 for line in lines if line.x1 <= gap[0] + 1)
    after = sum(1 for line in lines if line.x0 >= gap[1] - 1)
    return before >= GUTTER_SUPPORT and after >= GUTTER_SUPPORT
