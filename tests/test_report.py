"""Tests of detente.report: the cited review in HTML and Markdown, its footnotes, sources and charts.

The main check parses the HTML written for a store of the demo corpus: every event footnote link
resolves to a note that quotes the event's evidence as stored, and every document cited is listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from typer.testing import CliRunner

from detente.analysis import analyse, compare
from detente.cli import app
from detente.report import build_review, write_review
from detente.report.html import render_html
from detente.report.markdown import escape, render_markdown
from detente.store import open_store

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "demo"
MILESTONES = REPO.parent / "shared" / "corpus" / "milestones.jsonl"
SECTIONS = ["overview", "timeline", "defence", "phases", "drivers", "third-party", "not-yet", "sources"]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in (result.output or ""), result.output
    return result


def ingest_demo(db: Path) -> None:
    """The README's demo ingest."""
    files = [DEMO / "russia_pakistan_review.md", DEMO / "russia_pakistan_review.pdf", *sorted(DEMO.glob("*_news.txt")),
             *sorted(DEMO.glob("*.html")), DEMO / "corpus.jsonl"]
    result = run("ingest", *map(str, files), "--published-from", str(DEMO / "PUBLISHED.tsv"), "--db", str(db))
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("report") / "demo.duckdb"
    ingest_demo(db)
    return db


# --- reading the HTML back ---------------------------------------------------------------------------


def parse(path: Path) -> Any:
    return lxml.html.fromstring(path.read_text("utf-8"))


def notes(page: Any) -> dict[int, Any]:
    return {int(li.get("id")[3:]): li for li in page.xpath("//ol[@class='notes']/li")}


def note_event_id(li: Any) -> str:
    match = re.search(r"\(event ([0-9a-f]+)\)", li.text_content())
    assert match, li.text_content()
    return match.group(1)


def check_citations(page: Any, store_path: Path) -> tuple[int, int]:
    """Every footnote link resolves to a note quoting its event's stored evidence (found in its document),
    every document of a note is listed in Sources, every doc and ref link resolves; returns the counts."""
    ids = set(page.xpath("//@id"))
    links = page.xpath("//a[starts-with(@href, '#fn-')]/@href")
    by_number = notes(page)
    assert links and by_number
    for href in links:
        assert href[1:] in ids, f"footnote link {href} has no note"
        assert int(href[4:]) in by_number
    for href in page.xpath("//a[starts-with(@href, '#doc-') or starts-with(@href, '#ref-')]/@href"):
        assert href[1:] in ids, f"source link {href} resolves to nothing"
    listed = {m.group(1) for li in page.xpath("//ol[@class='documents']/li")
              for m in [re.search(r"doc ([0-9a-f]{16})", li.text_content())] if m}
    with open_store(store_path, read_only=True) as store:
        for n, li in by_number.items():
            quote = "".join(li.xpath("./blockquote[@class='quote']//text()")).strip()
            assert quote, f"note {n} has no quote"
            event = store.show(note_event_id(li))
            assert quote == event["evidence"]["text"].strip()
            sentences = store.con.execute("SELECT string_agg(text, ' ') FROM sentences WHERE doc_id = ?",
                                          [event["doc_id"]]).fetchone()[0]
            assert " ".join(quote.split()) in " ".join(sentences.split())
            assert event["doc_id"] in listed, f"note {n}: document {event['doc_id']} is not in Sources"
            doc_link = li.xpath(".//a[@class='doc-link']/@href")[0]
            assert page.get_element_by_id(doc_link[1:]).text_content().count(event["doc_id"]) == 1
    return len(links), len(by_number)


def assert_self_contained(html: str) -> None:
    assert "<script" not in html.lower() and "<link" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), "an external resource is loaded"
    assert "@import" not in html and not re.search(r"url\((?!#)", html), "a resource outside the page"


# --- the acceptance checks on the demo corpus ---------------------------------------------------------


def test_demo_review_cites_every_event_and_lists_every_source(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "rus_pak.html"
    result = run("report", "RUS", "PAK", "--third", "IND", "--out", str(out), "--db", str(demo_store))
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.stderr
    html = out.read_text("utf-8")
    assert_self_contained(html)
    page = lxml.html.fromstring(html)
    with open_store(demo_store, read_only=True) as store:
        incidents = store.timeline("RUS", "PAK")
    # every incident of the dyad is in the timeline, footnoted
    timeline_links = page.xpath("//section[@id='timeline']//li[contains(@class, 'event')]//a/@href")
    assert len(timeline_links) == len(incidents) >= 25
    links, n_notes = check_citations(page, demo_store)
    assert n_notes >= len(incidents)
    # the sections are there and filled; four charts drawn as inline SVG
    for section in SECTIONS:
        [node] = page.xpath(f"//section[@id='{section}']")
        assert len(node.text_content().split()) > 12, f"section {section} is empty"
    assert {f.get("id") for f in page.xpath("//figure")} == {"chart-types", "chart-index", "chart-drivers",
                                                              "chart-comparison"}
    assert all(f.xpath(".//svg") for f in page.xpath("//figure"))
    # what the review says about the demo dyad
    defence = page.xpath("//section[@id='defence']")[0].text_content()
    for heading in ("Visits", "Agreements", "Exercises and training", "Embargoes"):
        assert heading in defence
    # the demo's texts tell of no delivered arms in their body, only of a sale agreed in 1968: any arms
    # transfer listed is that plan, and the embargo lifted on arms sales is not one
    assert "Arms transfers" in defence
    transfers = defence.split("Arms transfers", 1)[1].split("Exercises and training", 1)[0]
    lines = [line for line in transfers.splitlines() if line.strip()]
    assert lines and all("planned" in line and "embargo" not in line for line in lines), lines
    not_yet = page.xpath("//section[@id='not-yet']")[0].text_content()
    for heading in ("Planned", "Cancelled or postponed", "Rumoured or speculative", "Negated"):
        assert heading in not_yet
    overview = page.xpath("//section[@id='overview']")[0].text_content()
    assert "Embargo lifted" in overview and "First joint exercise or training" in overview
    assert "Russia–India" in page.xpath("//section[@id='third-party']")[0].text_content()
    references = page.xpath("//ol[@class='references']/li")
    assert any("Putin calls off Islamabad trip" in r.text_content() for r in references)


def test_demo_review_in_markdown_has_every_footnote_and_png_charts(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.md"
    result = run("report", "RUS", "PAK", "--out", str(out), "--db", str(demo_store))
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    used = set(re.findall(r"\[\^(\d+)\](?!:)", text))
    defined = set(re.findall(r"^\[\^(\d+)\]: “.+”", text, flags=re.M))
    assert used and used == defined
    images = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", text)
    assert sorted(images) == ["review-drivers.png", "review-index.png", "review-types.png"]
    for name in images:
        assert (tmp_path / name).read_bytes().startswith(PNG_MAGIC)


@pytest.mark.slow
@pytest.mark.skipif(not MILESTONES.exists(), reason="needs ../shared/corpus/milestones.jsonl")
def test_usa_pakistan_review_on_demo_and_milestones(tmp_path: Path) -> None:
    db = tmp_path / "all.duckdb"
    ingest_demo(db)
    # the essays that name Pakistan (the whole corpus adds time, not cases)
    essays = tmp_path / "essays.jsonl"
    essays.write_text("".join(line + "\n" for line in MILESTONES.read_text("utf-8").splitlines()
                              if "Pakistan" in line), encoding="utf-8")
    assert run("ingest", str(essays), "--db", str(db)).exit_code == 0
    out = tmp_path / "r.html"
    result = run("report", "USA", "PAK", "--third", "IND", "--out", str(out), "--db", str(db))
    assert result.exit_code == 0, result.output
    page = parse(out)
    check_citations(page, db)
    assert "too few for phases" in page.xpath("//section[@id='phases']")[0].text_content()
    assert len(page.xpath("//ol[@class='documents']/li")) >= 3


# --- escaping, thin data, options ----------------------------------------------------------------------------


def record(n: int, quote: str, event_type: str = "CONSULT", status: str = "occurred", year: int = 2001,
           doc: str = "0123456789abcdef") -> dict[str, Any]:
    return {
        "id": f"{n:016x}", "doc_id": doc, "reciprocal": True, "event_type": event_type, "mode": None,
        "source": {"text": "Russia", "name": "Russia", "country": "RUS", "sector": None, "code": "RUS"},
        "target": {"text": "Pakistan", "name": "Pakistan", "country": "PAK", "sector": None, "code": "PAK"},
        "context": [], "cameo": "040", "goldstein": 1.0, "quad_class": 1, "trigger": "met <b>",
        "date": {"start": f"{year}-05-01", "end": f"{year}-05-31", "precision": "month", "text": "",
                 "basis": "explicit"},
        "status": status, "evidence": {"sentence": 0, "start": 0, "end": len(quote), "text": quote},
        "references": [{"n": 1, "text": "Ref <i>one</i> & more"}], "confidence": 0.9, "mentions": [],
        "incident_id": None, "doc_ids": [doc],
    }


DOCUMENTS = {"0123456789abcdef": {"title": "A <title> & co", "source_id": None, "published": "2002-01-01",
                                  "url": "javascript:alert(1)", "path": None}}


def test_document_text_is_escaped_everywhere() -> None:
    hostile = 'Russia and Pakistan met.<script>alert("x")</script> <img src=x onerror=alert(1)>'
    records = [record(1, hostile), record(2, "They met again | *twice* [1].", status="planned", year=2002)]
    review = build_review(analyse("RUS", "PAK", records), None, DOCUMENTS)
    html = render_html(review)
    assert "<script" not in html and "<img" not in html and "<title> &" not in html and "<i>one" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert 'href="javascript' not in html
    page = lxml.html.fromstring(html)
    assert page.xpath("//li[@id='fn-1']/blockquote")[0].text_content() == hostile
    assert escape("a <b> | *c* [d]") == r"a \<b\> \| \*c\* \[d\]"


def test_markdown_escapes_document_text(tmp_path: Path) -> None:
    records = [record(1, "Met <script>x</script> | *bold*")]
    review = build_review(analyse("RUS", "PAK", records), None, DOCUMENTS)
    text, files = render_markdown(review, tmp_path / "r.md")
    assert "<script>" not in text and r"\<script\>" in text and r"\| \*bold\*" in text
    assert [f.name for f in files] == ["r-types.png", "r-index.png", "r-drivers.png"]


def test_thin_dyad_review_says_too_few_for_phases() -> None:
    records = [record(i, f"Quote {i}.", year=2000 + i) for i in range(1, 4)]
    html = render_html(build_review(analyse("RUS", "PAK", records), None, DOCUMENTS))
    page = lxml.html.fromstring(html)
    phases = page.xpath("//section[@id='phases']")[0].text_content()
    assert "3 events, 2001-2003: too few for phases" in phases
    assert len(page.xpath("//ol[@class='notes']/li")) == 3
    assert len(page.xpath("//ol[@class='documents']/li")) == 1


def test_comparison_without_events_for_a_third_dyad_still_renders() -> None:
    ab = [record(1, "Quote one.", year=2001)]
    ac = [record(2, "Quote two.", year=2005)]
    cmp = compare([("RUS", "PAK", ab), ("RUS", "IND", ac), ("PAK", "IND", [])], "year")
    page = lxml.html.fromstring(render_html(build_review(analyse("RUS", "PAK", ab), cmp, DOCUMENTS)))
    table = page.xpath("//section[@id='third-party']//table")[0]
    assert [row.xpath("./td[1]")[0].text_content() for row in table.xpath(".//tbody/tr")] == ["2001", "2005"]


def test_empty_dyad_gives_a_review_that_says_so(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.html"
    result = run("report", "FRA", "NZL", "--out", str(out), "--db", str(demo_store))
    assert result.exit_code == 0
    assert "no events between FRA and NZL" in result.stderr
    page = parse(out)
    assert "holds no events between France and New Zealand" in page.xpath("//section[@id='overview']")[0].text_content()
    assert page.xpath("//figure") == [] and page.xpath("//ol[@class='notes']/li") == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["RUS", "PAK", "--out", "{tmp}/r.pdf"], "--out: '{tmp}/r.pdf' must end in .html or .md"),
        (["XXX", "PAK", "--out", "{tmp}/r.html"], "A: 'XXX' is not a country or organisation code"),
        (["RUS", "PAK", "--third", "ZZZ", "--out", "{tmp}/r.html"], "--third: 'ZZZ' is not a country"),
        (["RUS", "PAK", "--out", "{tmp}/file.txt/r.html"], "--out: cannot write {tmp}/file.txt/r.html"),
        (["RUS", "PAK", "--out", "{tmp}"], "must end in .html or .md"),
        (["RUS", "PAK", "--out", "{tmp}/r.html", "--by", "month"], "--by: 'month' is not a period length"),
    ],
)
def test_report_bad_options_are_one_line_errors(demo_store: Path, tmp_path: Path, args: list[str],
                                                 message: str) -> None:
    (tmp_path / "file.txt").write_text("not a directory")
    result = run("report", *(a.format(tmp=tmp_path) for a in args), "--db", str(demo_store))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("detente: error:")
    assert message.format(tmp=tmp_path) in lines[0]
    assert not list(tmp_path.glob("r*"))


def test_report_from_a_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("report", "RUS", "PAK", "--out", str(tmp_path / "r.html"), "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2 and "no store here" in result.stderr


def test_write_review_reports_progress_to_the_end(demo_store: Path, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    with open_store(demo_store, read_only=True) as store:
        written = write_review(store, "RUS", "PAK", tmp_path / "r.html", third="IND",
                               progress=lambda what, done, total: seen.append((what, done, total)))
    steps = [s for s, _, _ in seen]
    assert steps[:4] == ["reading RUS-PAK", "reading RUS-IND", "reading PAK-IND", "analysing"]
    assert sum(s.startswith("chart:") for s in steps) == 4
    assert [d for _, d, _ in seen] == sorted(d for _, d, _ in seen)
    assert seen[-1][1] == seen[-1][2]
    assert written.files == [tmp_path / "r.html"] and written.events >= 25


@pytest.fixture()
def no_leftover_figures() -> Iterator[None]:
    import matplotlib.pyplot as plt

    yield
    assert plt.get_fignums() == []


def test_charts_are_closed_after_rendering(no_leftover_figures: None, tmp_path: Path) -> None:
    records = [record(i, f"Quote {i}.", year=1990 + i) for i in range(12)]
    review = build_review(analyse("RUS", "PAK", records), None, DOCUMENTS)
    render_html(review)
    render_markdown(review, tmp_path / "r.md")


def test_imported_event_without_a_quote_is_footnoted_to_its_dataset_record() -> None:
    imported = record(1, "")
    imported.update(origin="gdelt", origin_id="1234567", url="https://example.org/story")
    page = lxml.html.fromstring(render_html(build_review(analyse("RUS", "PAK", [imported]), None, DOCUMENTS)))
    [note] = page.xpath("//ol[@class='notes']/li")
    assert note.xpath("./blockquote") == []
    assert "imported from GDELT record 1234567, https://example.org/story" in note.text_content()
