"""Text PDFs as Documents: reading order, running heads and page numbers dropped, footnotes found
from the page layout and attached by their markers, and the offset where each page begins.

The work is done in stages, a module each: glyphs (pypdfium2: characters, positions, sizes),
layout (lines, page furniture, columns), notes (the footnotes at the foot of columns and pages),
render (a line's text and markers) and assemble (paragraphs, hyphenation, page offsets).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ...model import Document, Reference
from ..dates import latest_full_date
from ..references import find_markers, split_references
from .assemble import body_text, note_text
from .glyphs import PdfFile, read_pdf_file
from .layout import body_size, page_lines, streams
from .notes import split_footnotes

__all__ = ["read_pdf"]
TITLE_SIZE = 1.15  # a first-page line this much larger than the running text is the title


def read_pdf(path: Path, published: date | None = None, name: str | None = None) -> Document:
    """A Document from a text PDF; raises UnreadableInput for a scanned, encrypted or broken file."""
    name = name or str(path)
    pdf = read_pdf_file(path, name)
    size = body_size(pdf.pages)
    lines = page_lines(pdf.pages)
    notes = split_footnotes([streams(page, size) for page in lines], size)
    body = body_text(notes.body, size)
    references = [_reference(n, note_text(note_lines)) for n, note_lines in sorted(notes.lines.items())]
    text, markers = body.text, body.markers
    if not references:  # no notes at the foot of the pages: perhaps a list of notes at the end
        text, references = split_references(text)
        markers = [m for m in markers if m.end <= len(text)] or find_markers(text, references)
    known = {reference.n for reference in references}
    markers = [m for m in markers if m.numbers and all(n in known for n in m.numbers)]
    date_, basis = (published, "given") if published else (pdf.created, "metadata")
    document = Document(text=text, title=pdf.title or _title(pdf, lines, size), published=date_,
                        published_basis=basis if date_ else None, path=name, references=references)
    document.markers = markers
    document.page_starts = tuple(min(start, len(text)) for start in body.page_starts)
    document.warnings = _warnings(pdf, name)
    return document


def _reference(number: int, text: str) -> Reference:
    return Reference(number, text, latest_full_date(text))


def _title(pdf: PdfFile, lines: list, size: float) -> str | None:
    """The largest line among the first lines of page 1, when it is larger than the running text."""
    first = sorted(lines[0], key=lambda line: line.y)[:5] if lines and lines[0] else []
    big = [line for line in first if line.size >= size * TITLE_SIZE]
    if not big:
        return None
    top = max(big, key=lambda line: line.size)
    return " ".join(line.text for line in big if line.size == top.size).strip() or None


def _warnings(pdf: PdfFile, name: str) -> list[str]:
    empty = [str(page.number) for page in pdf.pages if not page.glyphs]
    if not empty:
        return []
    return [f"{name}: page{'s' if len(empty) > 1 else ''} {', '.join(empty)} {'have' if len(empty) > 1 else 'has'} "
            "no text layer (scanned?): run OCR on the file to read them"]

