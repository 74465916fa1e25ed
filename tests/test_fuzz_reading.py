"""Fuzzing the readers (.txt, .md, .html, .jsonl), the footnote and reference parser and the time-expression
resolver with Hypothesis. Properties: nothing raises but detente's own errors, each one line; every offset
points into the text; a date interval never ends before it starts. Budgets: see fuzzing.py."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.coding.segment import segment
from detente.errors import DetenteError, InputError
from detente.model import DateSpan, Document
from detente.reading import read, read_inputs
from detente.reading.references import find_markers, split_references
from detente.timex import find_times, resolve
from fuzzing import budget, counted, fuzz_report  # noqa: F401 - fuzz_report: a module fixture

# Pieces of the texts detente reads: actors, acts, dates, footnote markers, reference lists, markup.
PIECES = [
    "Russia", "Pakistan", "the Soviet Union", "India", "signed", "an agreement", "held talks", "in", "on", "since",
    "1954", "October 2016", "5 May 2015", "the 1980s", "early March", "two years later", "last week", "the next day",
    "in the mid-19th century", "that year", "2019-01-27", "Q3 2020", "winter", "9999", "0", "31 February 2001",
    ".8", "[1]", "[3-5]", "[9, 12]", "\u00b9\u00b2", ".10,11", "References", "Notes:", "1. ", "2) ", "[3] ", "12 ",
    "\n", "\n\n", "\r\n", "\t", " ", ". ", "? ", "\u201cquoted\u201d", "\u2013", "\u00e9", "\ufffd", "\x00", "\x1b[2J",
    "# ", "## ", "**bold**", "_it_", "`code`", "[link](http://x)", "[^1]", "> ", "- ", "```", "<!--", "-->", "<b>",
    "&amp;", "&#0;", "<", ">",
]
documents = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=80).map("".join)
published = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="detente-fuzz-") as name:
        yield Path(name)


def _bytes_of(text: str, how: str, junk: bytes) -> bytes:
    """A text as a file's bytes: UTF-8, UTF-8 with junk bytes in it, a legacy encoding, UTF-16."""
    if how == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    if how == "utf-8+junk":
        data = text.encode("utf-8", "surrogatepass")
        middle = len(data) // 2
        return data[:middle] + junk + data[middle:]
    if how == "utf-16":
        return text.encode("utf-16", "surrogatepass")
    return text.encode(how, "replace")


file_bytes = st.one_of(
    st.binary(max_size=600),
    st.builds(_bytes_of, documents, st.sampled_from(["utf-8", "utf-8+junk", "cp1252", "cp1251", "utf-16"]),
              st.binary(min_size=1, max_size=6)),
)


def _check_document(doc: Document) -> None:
    """What every Document read must hold."""
    assert isinstance(doc.text, str) and "\r" not in doc.text
    for marker in doc.markers:
        assert 0 <= marker.start < marker.end <= len(doc.text), marker
        assert all(n >= 0 for n in marker.numbers)
    for sentence in segment(doc):
        assert 0 <= sentence.start <= sentence.end <= len(doc.text), sentence
    for warning in doc.warnings:
        assert "\n" not in warning


def _read_file(folder: Path, name: str, data: bytes, when: date | None) -> None:
    path = folder / name
    path.write_bytes(data)
    try:
        doc = read(path, when)
    except DetenteError as error:
        assert "\n" not in str(error) and str(path) in str(error)
        return
    _check_document(doc)


@budget(40)
@given(data=file_bytes, when=published)
@counted("reader: .txt")
def test_fuzz_txt(folder: Path, data: bytes, when: date | None) -> None:
    _read_file(folder, "fuzz.txt", data, when)


@budget(40)
@given(data=file_bytes, when=published)
@counted("reader: .md")
def test_fuzz_markdown(folder: Path, data: bytes, when: date | None) -> None:
    _read_file(folder, "fuzz.md", data, when)


TAGS = ["div", "p", "span", "article", "main", "nav", "footer", "h1", "li", "ul", "table", "tr", "td", "a", "b",
        "script", "style", "noscript", "form", "section", "time", "meta", "br", "img", "title", "head", "body"]


def _element(tag: str, attribute: str, children: list[str]) -> str:
    return f"<{tag} {attribute}>{''.join(children)}</{tag}>"


html_text = documents.map(lambda t: t.replace("<", " "))
attributes = st.sampled_from(['class="content"', 'class="share"', 'id="comments"', 'property="og:title" content="T"',
                              'datetime="2019-03-04"', 'itemprop="datePublished" content="2019-13-45"', 'x=">"', ""])
fragments = st.recursive(html_text, lambda inner: st.builds(_element, st.sampled_from(TAGS), attributes,
                                                            st.lists(inner, max_size=4)), max_leaves=25)
deep = st.builds(lambda n, tag, text: f"<{tag}>" * n + f"<p>{text}</p>" + f"</{tag}>" * n,
                 st.integers(200, 1200), st.sampled_from(["div", "span", "article", "p", "li"]), html_text)
pages = st.builds(lambda head, body: f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>",
                  fragments, st.one_of(fragments, deep))


@budget(20)
@given(page=st.one_of(pages, fragments), how=st.sampled_from(["utf-8", "utf-8+junk", "cp1252"]), when=published)
@counted("reader: .html")
def test_fuzz_html(folder: Path, page: str, how: str, when: date | None) -> None:
    _read_file(folder, "fuzz.html", _bytes_of(page, how, b"\xff"), when)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {}, optional={"id": json_values, "text": st.one_of(documents, json_values), "title": json_values,
                  "url": json_values, "published": st.one_of(st.dates().map(str), json_values)})
jsonl_lines = st.one_of(records.map(json.dumps), json_values.map(json.dumps), st.text(max_size=40),
                        documents.map(lambda t: json.dumps({"text": t})))


@budget(40)
@given(lines=st.lists(jsonl_lines, max_size=8), junk=st.binary(max_size=3), when=published)
@counted("reader: .jsonl")
def test_fuzz_jsonl(folder: Path, lines: list[str], junk: bytes, when: date | None) -> None:
    path = folder / "fuzz.jsonl"
    body = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines).encode("utf-8", "surrogatepass")
    path.write_bytes(body + junk)
    n_lines = (body + junk).count(b"\n") + 1  # the junk may hold a line break of its own
    for item in read_inputs([str(path)], when):
        if isinstance(item, InputError):
            assert "\n" not in str(item)
            assert item.line is None or 1 <= item.line <= n_lines, item
        else:
            assert isinstance(item, Document) and item.text.strip()
            assert isinstance(item.id, str) and item.id
            _check_document(item)


@budget(100)
@given(text=documents)
@counted("footnotes and references")
def test_fuzz_references_and_footnote_markers(text: str) -> None:
    body, references = split_references(text)
    assert text.startswith(body)
    assert all(reference.n >= 0 and isinstance(reference.text, str) for reference in references)
    markers = find_markers(body, references)
    assert [m.start for m in markers] == sorted(m.start for m in markers)
    for marker in markers:
        assert 0 <= marker.start < marker.end <= len(body)
        if references:
            assert set(marker.numbers) <= {r.n for r in references}


anchors = st.one_of(
    st.none(),
    st.builds(lambda a, days, precision: DateSpan(a, date.fromordinal(min(a.toordinal() + days, date.max.toordinal())),
                                                  precision, None, "explicit"),
              st.dates(min_value=date(1, 1, 1)), st.integers(0, 4000),
              st.sampled_from(["day", "week", "month", "season", "year", "decade", "century"])),
)


@budget(100)
@given(text=documents, anchor=anchors, when=published, future=st.booleans())
@counted("time expressions")
def test_fuzz_time_expressions(text: str, anchor: DateSpan | None, when: date | None, future: bool) -> None:
    for mention in find_times(text):
        assert 0 <= mention.start < mention.end <= len(text), mention
        span = resolve(mention, anchor, when, future)
        if span is not None and span.start is not None and span.end is not None:
            assert span.start <= span.end, (mention, span)
