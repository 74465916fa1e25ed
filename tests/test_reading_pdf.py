"""Tests of the PDF reader: reading order, page furniture, hyphenation, footnotes found from the
layout, pages, and the one-line refusals of scanned, encrypted and broken files."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import detente
from detente.cli import app
from detente.errors import UnreadableInput
from detente.model import page_of
from detente.reading import read

PDFS = Path(__file__).parent / "fixtures" / "pdf"
REVIEW, TWIN = PDFS / "review.pdf", PDFS / "review.md"
FEDERAL_REGISTER = PDFS / "federal_register_2020-17221_p1-4.pdf"
PUBLISHED = date(2020, 6, 1)
_SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u02d2"


def words(text: str) -> str:
    """Text without footnote markers ('¹', '[1]') and with one space between words."""
    text = re.sub(rf"[{_SUPERSCRIPTS}]+|\[\d+\]", "", text)
    return " ".join(text.split())


@pytest.fixture(scope="module")
def review():
    return read(REVIEW, PUBLISHED)


def test_text_is_the_twin_text_in_reading_order(review) -> None:
    twin = read(TWIN, PUBLISHED)
    # the two columns of page 2 are read one after the other, words broken at line ends are whole
    assert words(review.text) == words(twin.text)
    assert review.title == twin.title == "Chile and New Zealand at Sea"


def test_running_heads_page_numbers_and_hyphens_are_gone(review) -> None:
    assert "Pacific Security Notes" not in review.text and "June 2020" not in review.text
    assert not re.search(r"^\s*\d+\s*$", review.text, re.MULTILINE)
    assert not re.search(r"[a-z]- [a-z]|[a-z]-\n", review.text)
    assert "cooperation" in review.text and "government" in review.text


def test_every_footnote_marker_is_found_and_none_invented(review) -> None:
    cited = [n for marker in review.markers for n in marker.numbers]
    assert sorted(cited) == list(range(1, 9))
    assert [reference.n for reference in review.references] == list(range(1, 9))
    for marker in review.markers:
        assert set(review.text[marker.start:marker.end]) <= set(_SUPERSCRIPTS)
    assert review.references[1].text == ("Memorandum of Understanding on Defence Cooperation, signed at "
                                         "Santiago, 12 March 2004.")
    assert review.references[1].date == date(2004, 3, 12)


def test_same_events_and_references_as_the_text_twin(review) -> None:
    def key(event):
        return (event.event_type, event.source.code, event.target.code, event.date.start, event.date.end,
                event.status, tuple(reference.n for reference in event.references))

    from_pdf = sorted(map(key, detente.extract(review)))
    from_text = sorted(map(key, detente.extract(read(TWIN, PUBLISHED))))
    assert from_pdf == from_text
    assert len(from_pdf) >= 10 and sum(1 for k in from_pdf if k[-1]) >= 8


def test_page_numbers_of_offsets(review) -> None:
    assert len(review.page_starts) >= 3 and list(review.page_starts) == sorted(review.page_starts)
    assert page_of(review, review.text.index("opened their first naval staff talks")) == 1
    assert page_of(review, review.text.index("unspectacular cooperation")) == len(review.page_starts)
    assert page_of(read(TWIN), 10) is None


def test_publication_date_from_the_pdf_metadata() -> None:
    doc = read(REVIEW)
    assert (doc.published, doc.published_basis) == (date(2020, 6, 1), "metadata")


def test_a_real_report_three_columns_and_footnotes() -> None:
    doc = read(FEDERAL_REGISTER, date(2020, 8, 6))
    assert [reference.n for reference in doc.references] == list(range(1, 16))
    assert sorted(n for marker in doc.markers for n in marker.numbers) == list(range(1, 16))
    assert "Federal Register / Vol. 85" not in doc.text  # the running head
    # the first column's last line runs on at the top of the second one, around the footnotes
    assert "indicated that a single erroneously high angle of attack (AOA) sensor\u2074 input" in doc.text
    assert doc.references[0].text.startswith("Preliminary KNKT.18.10.35.04 Aircraft Accident Investigation")


@pytest.mark.parametrize(
    ("name", "message"),
    [("scanned.pdf", "no text layer"), ("encrypted.pdf", "encrypted PDF"), ("review.pdf", None)],
)
def test_refusals_are_one_line(name: str, message: str | None) -> None:
    if message is None:
        assert read(PDFS / name).text
        return
    with pytest.raises(UnreadableInput) as caught:
        read(PDFS / name)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert str(caught.value).startswith(str(PDFS / name))


def test_broken_pdf(tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(REVIEW.read_bytes()[:300])
    with pytest.raises(UnreadableInput, match="not a readable PDF"):
        read(cut)


def test_cli_batch_goes_on_after_a_scanned_pdf() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(PDFS / "scanned.pdf"), str(REVIEW), "--published",
                                 "2020-06-01", "--format", "jsonl"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "run OCR first" in errors[0]
    assert result.stdout.count("\n") >= 10
    alone = runner.invoke(app, ["extract", str(PDFS / "encrypted.pdf")])
    assert alone.exit_code == 2 and "encrypted PDF" in alone.stderr and "Traceback" not in alone.output


def test_ingest_and_show_give_the_page(tmp_path: Path) -> None:
    import json

    from detente.store import open_store

    runner = CliRunner()
    db = str(tmp_path / "s.duckdb")
    assert runner.invoke(app, ["ingest", str(REVIEW), "--db", db, "--published", "2020-06-01",
                               "--workers", "1"]).exit_code == 0
    with open_store(db, read_only=True) as store:
        pages = dict(store.con.execute("SELECT idx, page FROM sentences").fetchall())
        event = store.con.execute("SELECT id, ev_sentence FROM events WHERE date_start = '2020-03-01'").fetchone()
    assert min(pages.values()) == 1 and max(pages.values()) >= 3
    shown = json.loads(runner.invoke(app, ["show", event[0], "--db", db]).stdout)
    assert shown["page"] == pages[event[1]] >= 3
