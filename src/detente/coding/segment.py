"""Split a document into paragraphs and sentences, keeping offsets into its text.

Footnote markers are blanked (replaced by spaces of the same length) before
splitting, so every offset still points into Document.text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from ..model import Document, FootnoteMarker, Sentence
from ..timex.words import month_abbreviations
from .lexicon import word_class

_PARAGRAPH = re.compile(r"\n[ \t]*\n+")
# A sentence ends at . ! or ? (possibly followed by closing quotes or brackets) before whitespace, or right before a
# capitalised word when a word of three small letters or more ends there: text that lost its space ("the
# platform.Carter then ...") is two sentences (not "U.S.Army", "Gen.Smith", "www.state.gov").
_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|(?<=[a-z]{3})[.!?](?=[A-Z][a-z])")
_HEADING_END = re.compile(r"[.!?:;,\"'”’)\]]\s*$")


# a news dateline opening a paragraph: "NEW DELHI (Reuters) - ", "BAKU — ", "WASHINGTON, Oct 8 (AP) -"
_DATELINE = re.compile(r"(?m)^[A-Z][A-Z .'-]{1,40}(?:,[^()\n-]{1,30})?(?:\s*\([^)\n]{1,40}\))?\s*[-—–]+\s+")


def blank_markers(doc: Document) -> str:
    """The document text with footnote markers and news datelines replaced by spaces (offsets kept)."""
    # spans to blank, joined from slices: a list of characters would cost 8 bytes a character
    spans = sorted([(m.start, m.end) for m in doc.markers]
                   + [(m.start(), m.end()) for m in _DATELINE.finditer(doc.text)])
    if not spans:
        return doc.text
    pieces, pos = [], 0
    for start, end in spans:
        start = max(start, pos)
        if end <= start:
            continue
        pieces += [doc.text[pos:start], " " * (end - start)]
        pos = end
    pieces.append(doc.text[pos:])
    return "".join(pieces)


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty paragraph."""
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        yield from _trimmed(text, pos, m.start())
        pos = m.end()
    yield from _trimmed(text, pos, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if "." in word and len(word.replace(".", "")) <= 3:
        # "U.S." ends a sentence only when the next word is clearly a new sentence
        nxt = text[dot + 1:dot + 12].split()
        return not (nxt and nxt[0] in word_class("sentence_openers"))
    return word.lower() in abbreviations()


def _lost_space(text: str, dot: int) -> bool:
    """A full stop with no space after it ends a sentence after a word in small letters ("the platform.Carter") or
    before a word that opens sentences ("Uganda.When"), not in "Wash.Post" or "Mass.Governor"."""
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    after = re.match(r"[A-Za-z]+", text[dot + 1:dot + 20])
    return text[j:j + 1].islower() or (after is not None and after.group(0) in word_class("lost_space_openers"))


@cache
def abbreviations() -> frozenset[str]:
    """Lower-case words whose period does not end a sentence: titles, references, month abbreviations."""
    return word_class("abbreviations") | {m.lower() for m in month_abbreviations()}


def _line_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a paragraph at line breaks that end a heading-like line (no final punctuation)."""
    pos = start
    for m in re.finditer(r"\n", text[start:end]):
        cut = start + m.start()
        if not _HEADING_END.search(text[pos:cut]) and cut - pos < 120:
            yield from _trimmed(text, pos, cut)
            pos = cut + 1
    yield from _trimmed(text, pos, end)


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end]."""
    for p_start, p_end in _line_pieces(text, start, end):
        pos = p_start
        for m in _END.finditer(text, p_start, p_end):
            if _is_abbreviation(text, m.start()) or (m.end() < p_end and not text[m.end()].isspace()
                                                     and not _lost_space(text, m.start())):
                continue
            nxt = text[m.end():m.end() + 3].lstrip()
            if nxt and (nxt[0].islower() or nxt[0] in ",;"):
                continue
            yield from _trimmed(text, pos, m.end())
            pos = m.end()
        yield from _trimmed(text, pos, p_end)


def segment(doc: Document) -> list[Sentence]:
    """The sentences of a document, with paragraph numbers and footnote references."""
    return [s for paragraph in iter_paragraphs(doc, blank_markers(doc)) for s in paragraph]


def iter_paragraphs(doc: Document, text: str) -> Iterator[list[Sentence]]:
    """The sentences of a document paragraph by paragraph, as they are read (text: blank_markers(doc)):
    a long document is never held as one list."""
    markers = _MarkerIndex(doc.markers)
    index = 0
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        sentences = []
        for s_start, s_end in sentence_spans(text, p_start, p_end):
            clean = " ".join(text[s_start:s_end].split())
            sentences.append(Sentence(index, s_start, s_end, clean, p_index, markers.numbers(s_start, s_end + 1)))
            index += 1
        yield sentences


class _MarkerIndex:
    """The footnote numbers of the markers in a stretch of text, found by bisection (a long document
    has thousands of markers and sentences: comparing each with each grows with the square)."""

    def __init__(self, markers: list[FootnoteMarker]) -> None:
        self.order = sorted(range(len(markers)), key=lambda i: markers[i].start)
        self.starts = [markers[i].start for i in self.order]
        self.markers = markers

    def numbers(self, start: int, end: int) -> tuple[int, ...]:
        """The numbers of the markers starting in [start, end], in the document's order of markers."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
        return tuple(n for i in sorted(self.order[lo:hi]) for n in self.markers[i].numbers)
