"""Tests of the Word reader: paragraphs in order, footnotes and endnotes attached as references."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import detente
from detente.errors import UnreadableInput
from detente.reading import read
from wordfile import write_docx

TWIN = Path(__file__).parent / "fixtures" / "pdf" / "review.md"
PUBLISHED = date(2020, 6, 1)


def twin_parts() -> tuple[list[str], dict[int, str]]:
    """The paragraphs (with "[^n]" citations) and notes of the markdown twin."""
    text, _, notes = TWIN.read_text("utf-8").partition("## Notes")
    paragraphs = [re.sub(r"^#+ ", "", chunk.strip()) for chunk in text.split("\n\n") if chunk.strip()]
    numbered = dict(re.findall(r"^(\d+)\. (.+)$", notes, re.MULTILINE))
    return paragraphs, {int(n): note for n, note in numbered.items()}


def key(event):
    return (event.event_type, event.source.code, event.target.code, event.date.start, event.date.end,
            event.status, tuple((reference.n, reference.text) for reference in event.references))


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_same_events_and_references_as_the_text_twin(tmp_path: Path, kind: str) -> None:
    paragraphs, notes = twin_parts()
    path = write_docx(tmp_path / "review.docx", paragraphs, notes, kind=kind, title="Chile and New Zealand at Sea")
    doc = read(path, PUBLISHED)
    twin = read(TWIN, PUBLISHED)
    assert [(r.n, r.text) for r in doc.references] == [(r.n, r.text) for r in twin.references]
    assert sorted(n for m in doc.markers for n in m.numbers) == list(range(1, 9))
    assert doc.title == "Chile and New Zealand at Sea"
    assert sorted(map(key, detente.extract(doc))) == sorted(map(key, detente.extract(twin)))


def test_marks_are_glued_superscripts_and_date_from_properties(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "a.docx", ["Chile and Peru signed a treaty in 1929 [^1]. It held."],
                      {1: "Treaty of Lima, 3 June 1929."})
    doc = read(path)
    assert doc.text == "Chile and Peru signed a treaty in 1929\u00b9. It held."
    assert (doc.published, doc.published_basis) == (date(2020, 6, 1), "metadata")
    assert doc.references[0].date == date(1929, 6, 3)


def test_not_a_word_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableInput, match="not a readable Word file"):
        read(bad)
