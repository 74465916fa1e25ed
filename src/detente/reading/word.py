"""Word files (.docx) as Documents, through python-docx: the paragraphs in order, and the footnotes and
endnotes attached as references where their reference marks stand in the text.

python-docx reads the body; the notes live in their own parts of the package (footnotes.xml,
endnotes.xml), read here with lxml. Word numbers notes by the order they are cited, footnotes and
endnotes separately: the footnotes keep those numbers and the endnotes follow on after the last
footnote, so that every reference of the Document has its own number. A mark stands in the text
as superscript digits, as in a PDF.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lxml import etree

from ..errors import UnreadableInput
from ..model import Document, FootnoteMarker, Reference
from .dates import latest_full_date
from .raw import check_path

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOTE_PARTS = {"footnote": "footnotes+xml", "endnote": "endnotes+xml"}
_SUPERSCRIPT = str.maketrans("0123456789,", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u02d2")


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


@dataclass
class _Body:
    """The running text, its markers, and the notes in the order they are first cited."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    markers: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, kind, note id
    cited: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, id) -> number

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)


def read_docx(path: Path, published: date | None = None, name: str | None = None) -> Document:
    """A Document from a Word file; raises UnreadableInput when the file is not one."""
    name = name or str(path)
    check_path(path)
    package = _open(path, name)
    notes = {kind: _notes(package, kind) for kind in _NOTE_PARTS}
    body = _body(package.element.body)
    references, numbers = _references(body, notes)
    text = "".join(body.parts).strip("\n")
    markers = [FootnoteMarker(start, end, (numbers[(kind, ident)],)) for start, end, kind, ident in body.markers
               if (kind, ident) in numbers]
    created = package.core_properties.created
    date_, basis = (published, "given") if published else (created.date() if created else None, "metadata")
    document = Document(text=text, title=_title(package), published=date_, published_basis=basis if date_ else None,
                        path=name, references=references)
    document.markers = markers
    if not text.strip():
        raise UnreadableInput("has no text: pass a Word file with paragraphs in it", name)
    return document


def _open(path: Path, name: str) -> Any:
    import docx  # python-docx loads only for Word files
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        raise UnreadableInput("is not a readable Word file (.docx): open it in Word and save it again as "
                              ".docx (an old .doc file must be converted)", name) from None


def _notes(package: Any, kind: str) -> dict[str, str]:
    """The text of each real note (not Word's separators) by its id."""
    for part in package.part.package.iter_parts():
        if part.content_type.endswith(_NOTE_PARTS[kind]):
            root = etree.fromstring(part.blob)
            return {note.get(_w("id")): _plain(note) for note in root.iter(_w(kind))
                    if note.get(_w("type")) in (None, "normal")}
    return {}


def _plain(element: Any) -> str:
    """The text of a note: its paragraphs joined by spaces."""
    paragraphs = ["".join(_run_text(node) for node in p.iter()) for p in element.iter(_w("p"))]
    return " ".join(" ".join(paragraphs).split())


def _run_text(node: Any) -> str:
    if node.tag == _w("t"):
        return node.text or ""
    return " " if node.tag in (_w("tab"), _w("br"), _w("cr")) else ""


def _body(element: Any) -> _Body:
    """The body's paragraphs (tables' too, cell by cell) as text with the note marks placed."""
    body = _Body()
    for paragraph in element.iter(_w("p")):
        start = body.length
        for node in paragraph.iter():
            kind = {_w("footnoteReference"): "footnote", _w("endnoteReference"): "endnote"}.get(node.tag)
            if kind:
                _mark(body, kind, node.get(_w("id")))
            else:
                body.add(_run_text(node))
        if body.length > start:
            body.add("\n\n")
    return body


def _mark(body: _Body, kind: str, ident: str) -> None:
    key = (kind, ident)
    order = body.cited.setdefault(key, len([k for k in body.cited if k[0] == kind]) + 1)
    digits = str(order).translate(_SUPERSCRIPT)
    while body.parts and body.parts[-1].endswith(" "):  # the mark is glued to the word before it
        body.parts[-1] = body.parts[-1][:-1]
        body.length -= 1
    body.markers.append((body.length, body.length + len(digits), kind, ident))
    body.add(digits)


def _references(body: _Body, notes: dict[str, dict[str, str]]) -> tuple[list[Reference], dict[tuple[str, str], int]]:
    """References numbered as Word shows the footnotes, the endnotes after them; and the number of
    each cited note. A mark stands for the order Word gives it, so its text is fixed afterwards."""
    footnotes = sorted((order, key) for key, order in body.cited.items() if key[0] == "footnote")
    endnotes = sorted((order, key) for key, order in body.cited.items() if key[0] == "endnote")
    numbers: dict[tuple[str, str], int] = {}
    references = []
    for number, (_, key) in enumerate(footnotes + endnotes, 1):
        text = notes[key[0]].get(key[1])
        if text is None:
            continue
        numbers[key] = number
        references.append(Reference(number, text, latest_full_date(text)))
    _renumber_endnotes(body, numbers, len(footnotes))
    return references, numbers


def _renumber_endnotes(body: _Body, numbers: dict[tuple[str, str], int], offset: int) -> None:
    """Write endnote marks with their Document numbers (after the footnotes), keeping offsets: only
    marks whose number keeps its length are rewritten, the rest keep Word's own number."""
    if not offset:
        return
    text = "".join(body.parts)
    for start, end, kind, ident in body.markers:
        if kind == "endnote" and (kind, ident) in numbers:
            digits = str(numbers[(kind, ident)]).translate(_SUPERSCRIPT)
            if len(digits) == end - start:
                text = text[:start] + digits + text[end:]
    body.parts = [text]


def _title(package: Any) -> str | None:
    """The document's title property, else its first paragraph when styled as a title or heading."""
    title = " ".join((package.core_properties.title or "").split())
    if title:
        return title
    for paragraph in package.paragraphs:
        if paragraph.text.strip():
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            return paragraph.text.strip() if style.startswith(("Title", "Heading")) else None
    return None
