"""Write a small .docx with footnotes or endnotes, for the tests (python-docx cannot write notes)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/{kind}s.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
 Target="docProps/core.xml"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}s"
 Target="{kind}s.xml"/>
</Relationships>"""
_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title>
<dcterms:created xsi:type="dcterms:W3CDTF">{created}T09:00:00Z</dcterms:created></cp:coreProperties>"""
_CITE = re.compile(r"\[\^(\d+)\]")


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _paragraph(text: str, kind: str) -> str:
    """A paragraph whose "[^n]" citations become note reference runs."""
    runs, at = [], 0
    for match in _CITE.finditer(text):
        runs.append(_run(text[at:match.start()]))
        mark = f'<w:{kind}Reference w:id="{match[1]}"/>'
        runs.append(f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>{mark}</w:r>')
        at = match.end()
    runs.append(_run(text[at:]))
    return f"<w:p>{''.join(runs)}</w:p>"


def write_docx(path: Path, paragraphs: list[str], notes: dict[int, str], *, kind: str = "footnote",
               title: str = "", created: str = "2020-06-01") -> Path:
    """A Word file of these paragraphs, citing `notes` as footnotes (or endnotes) with "[^n]"."""
    body = "".join(_paragraph(p, kind) for p in paragraphs)
    separators = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                  f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                  f'</w:r></w:p></w:{kind}>')
    entries = "".join(f'<w:{kind} w:id="{n}"><w:p>{_run(" " + text)}</w:p></w:{kind}>' for n, text in notes.items())
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", _TYPES.format(kind=kind))
        package.writestr("_rels/.rels", _ROOT_RELS)
        package.writestr("word/_rels/document.xml.rels", _DOC_RELS.format(kind=kind))
        package.writestr("word/document.xml", f"<w:document {_W} {_R}><w:body>{body}</w:body></w:document>")
        package.writestr(f"word/{kind}s.xml", f"<w:{kind}s {_W}>{separators}{entries}</w:{kind}s>")
        package.writestr("docProps/core.xml", _CORE.format(title=escape(title), created=created))
    return path
