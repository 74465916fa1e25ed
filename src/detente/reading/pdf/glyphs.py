"""The characters of a PDF, with where they sit and how big they are, read with pypdfium2.

A PDF has no text, only glyphs drawn at positions: everything the reader knows about lines,
columns, superscript markers and footnotes it works out from these records. PDFium gives each
character in the order the file draws them, which for the PDFs word processors and typesetters
write is line by line; the layout stage uses that order only to keep a line together.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ...errors import UnreadableInput

ROTATED = 0.05  # a glyph whose text matrix turns it more than this is not on a line
LINE_END_HYPHEN = 2
OCR_ADVICE = "run OCR first (a scanned PDF? e.g. ocrmypdf IN.pdf OUT.pdf) and pass the result"


@dataclass(frozen=True, slots=True)
class Glyph:
    """One drawn character: its baseline (y grows down the page), left and right edges, and size."""

    char: str
    x0: float
    x1: float
    y: float
    size: float
    space_before: bool = False  # the file drew a space (or a gap PDFium filled with one) before it


@dataclass
class PdfPage:
    """The glyphs of one page, in drawing order, and the page's size."""

    number: int  # from 1
    width: float
    height: float
    glyphs: list[Glyph]


@dataclass
class PdfFile:
    """What a PDF gives a Document besides its text."""

    pages: list[PdfPage]
    title: str | None
    created: date | None


def open_pdf(path: Path, name: str) -> Any:
    """The pypdfium2 document, or an UnreadableInput saying why it cannot be read."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnreadableInput("is an encrypted PDF (it needs a password): decrypt it first, e.g. "
                                  "qpdf --decrypt --password=... IN.pdf OUT.pdf", name) from None
        raise UnreadableInput("is not a readable PDF (damaged, cut short or not a PDF at all): check that the "
                              "file is complete", name) from None


def read_pdf_file(path: Path, name: str) -> PdfFile:
    """Every page's glyphs, the title and creation date; refuses a PDF with no text layer."""
    document = open_pdf(path, name)
    try:
        pages = [_page(document, index) for index in range(len(document))]
        metadata = _metadata(document)
    finally:
        document.close()
    if not any(page.glyphs for page in pages):
        raise UnreadableInput(f"no text layer: {OCR_ADVICE}", name)
    return PdfFile(pages, _title(metadata), _pdf_date(metadata.get("CreationDate", "")))


def _page(document: Any, index: int) -> PdfPage:
    page = document[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            glyphs = list(_glyphs(textpage.raw, height))
        finally:
            textpage.close()
    finally:
        page.close()
    return PdfPage(index + 1, width, height, glyphs)


def _glyphs(textpage: Any, height: float) -> Iterator[Glyph]:
    """The page's visible characters; spaces and line breaks become `space_before` of the next one."""
    matrix, box = pdfium_c.FS_MATRIX(), pdfium_c.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    space = False
    for index in range(pdfium_c.FPDFText_CountChars(textpage)):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        # PDFium reports a hyphen that ends a line as code 2
        char = "-" if code == LINE_END_HYPHEN else chr(code) if 0 < code < 0x110000 else ""
        if not char or char.isspace() or (code < 32 and char != "-"):
            space = True
            continue
        pdfium_c.FPDFText_GetCharOrigin(textpage, index, x, y)
        pdfium_c.FPDFText_GetMatrix(textpage, index, matrix)
        if abs(matrix.b) > ROTATED * abs(matrix.a):
            continue  # turned text (a margin label, a rotated table): not part of the running text
        pdfium_c.FPDFText_GetLooseCharBox(textpage, index, box)
        # the font size times the text matrix's vertical scale: files that draw 1-point text scaled
        # up (common) would otherwise all read as one size
        size = pdfium_c.FPDFText_GetFontSize(textpage, index) * (matrix.c**2 + matrix.d**2) ** 0.5
        yield Glyph(char, box.left, max(box.right, box.left), height - y.value, round(size, 2), space)
        space = False


def _metadata(document: Any) -> dict[str, str]:
    try:
        return {key: value for key, value in document.get_metadata_dict().items() if value}
    except pdfium.PdfiumError:
        return {}


def _title(metadata: dict[str, str]) -> str | None:
    title = " ".join(metadata.get("Title", "").split())
    return title or None


def _pdf_date(value: str) -> date | None:
    """A PDF date string ('D:20200806095125Z') as a date, else None."""
    digits = value.removeprefix("D:")[:8]
    if len(digits) < 8 or not digits.isdigit():
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
