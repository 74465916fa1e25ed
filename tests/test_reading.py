"""Tests of detente.reading: formats, bad inputs, references, footnote markers, dates."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from detente.errors import MalformedLine, UnreadableInput
from detente.model import Document, FootnoteMarker, content_hash
from detente.reading import read, read_inputs, read_text

ARTICLE = (
    "India and Pakistan resumed talks in Geneva on Monday after a pause of three months, officials said."
)
PAGE = """<!DOCTYPE html>
<html><head><title>Talks resume in Geneva | World Desk</title>
<meta property="article:published_time" content="2019-03-04T10:00:00+00:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept</div>
<article><h1>Talks resume in Geneva</h1>
<p>{article}</p>
<p>The foreign ministers of both countries met for two hours and agreed to meet again in April.</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
</article>
<section id="comments"><h2>Post new comment</h2>
<form><label>Your name</label><input name="name"><label>Comment</label><textarea></textarea>
<p>Solve this simple math problem and enter the result. E.g. for 1+3, enter 4.</p>
<input type="submit" value="Save"></form></section>
<footer><p>Contact Us</p><p>Copyright 2019 World Desk</p></footer>
</body></html>
""".replace("{article}", ARTICLE)
FURNITURE = ("Post new comment", "Solve this simple math", "Your name", "Contact Us", "Home", "cookies",
             "Share on", "Copyright")

MARKED = (
    "Envoys went to Islamabad.8 In 2015 talks resumed in 2017.10,11 Later a pact was signed [9]. "
    "It held.[9] Growth was 3.5 percent in 1954. Resolution 211. It ended.\u00b9\u00b2\n"
)
REFERENCES = (
    "\nReferences:\n"
    "1. Ministry of Foreign Affairs, statement, accessed on 27 Jan 2019.\n"
    "8. Dawn, January 27, 2018.\n"
    "9. Treaty text, 2017-05-02,\n"
    "   printed in the Gazette of 2 March 2017.\n"
    "10. Reuters, 2017.\n"
    "11. AP.\n"
    "12. UN, 12 December 2018.\n"
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    """Write a file into tmp_path and return its path."""
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- formats -------------------------------------------------------------------------------------


def test_txt_with_title_and_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "\ufeffTalks in Geneva\n\n" + ARTICLE + "\n")
    doc = read(path)
    assert doc.text.startswith("Talks in Geneva\n\nIndia")
    assert doc.title == "Talks in Geneva"
    assert doc.id == content_hash(doc.text)
    assert doc.path == str(path)
    assert doc.published is None and doc.published_basis is None


def test_txt_windows_line_breaks(tmp_path: Path) -> None:
    doc = read(write(tmp_path, "a.txt", b"One line.\r\nTwo line.\r\n"))
    assert doc.text == "One line.\nTwo line.\n"


def test_cp1252_text_is_decoded(tmp_path: Path) -> None:
    data = "The \u201cdétente\u201d began \u2013 Brezhnev said.".encode("cp1252")
    doc = read(write(tmp_path, "old.txt", data))
    assert doc.text == "The \u201cdétente\u201d began \u2013 Brezhnev said."


def test_markdown_syntax_dropped(tmp_path: Path) -> None:
    markdown = (
        "# The *Geneva* talks\n\n"
        "India and **Pakistan** met in [Geneva](https://example.org/geneva) on `Monday`.\n\n"
        "## Background\n\n"
        "- The talks had been *suspended* in 2018.\n"
        "> Quoted text.\n"
    )
    doc = read(write(tmp_path, "a.md", markdown))
    assert doc.title == "The Geneva talks"
    assert doc.text == (
        "The Geneva talks\n\nIndia and Pakistan met in Geneva on Monday.\n\n"
        "Background\n\nThe talks had been suspended in 2018.\nQuoted text.\n"
    )


def test_html_body_only_and_metadata_date(tmp_path: Path) -> None:
    doc = read(write(tmp_path, "page.html", PAGE))
    assert ARTICLE in doc.text
    assert "agreed to meet again in April." in doc.text
    for furniture in FURNITURE:
        assert furniture not in doc.text, furniture
    assert doc.published == date(2019, 3, 4)
    assert doc.published_basis == "metadata"
    assert doc.title == "Talks resume in Geneva | World Desk"


def test_html_date_from_json_ld_and_time(tmp_path: Path) -> None:
    json_ld = '<script type="application/ld+json">{"@graph": [{"datePublished": "2020-06-01"}]}</script>'
    page = PAGE.replace('<meta property="article:published_time" content="2019-03-04T10:00:00+00:00">', json_ld)
    assert read(write(tmp_path, "a.htm", page)).published == date(2020, 6, 1)
    page = PAGE.replace('<meta property="article:published_time" content="2019-03-04T10:00:00+00:00">', "")
    page = page.replace("<article>", '<article><time datetime="2021-02-03T08:00">3 Feb</time>')
    assert read(write(tmp_path, "b.html", page)).published == date(2021, 2, 3)


def test_small_html_fallback_drops_furniture(tmp_path: Path) -> None:
    page = ("<html><body><nav>Home | News</nav><p>Cuba and Chile signed a pact.</p>"
            "<form><p>Post new comment</p></form><footer>Contact Us</footer></body></html>")
    doc = read(write(tmp_path, "tiny.html", page))
    assert doc.text == "Cuba and Chile signed a pact."


def test_given_date_wins(tmp_path: Path) -> None:
    doc = read(write(tmp_path, "page.html", PAGE), published=date(2000, 1, 1))
    assert (doc.published, doc.published_basis) == (date(2000, 1, 1), "given")


def test_jsonl_good_and_malformed_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "d1", "title": "T", "text": "Peru thanked Chile.", "published": "2019-01-27",
                    "url": "https://example.org"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Bad date.", "published": "last week"}),
        "",
        json.dumps({"text": "Chile thanked Peru.", "published": "2019-01-27T10:00:00Z"}),
    ]
    path = write(tmp_path, "c.jsonl", "\n".join(lines) + "\n")
    out = list(read_inputs([str(path)]))
    assert [type(item).__name__ for item in out] == [
        "Document", "MalformedLine", "MalformedLine", "MalformedLine", "MalformedLine", "Document"]
    first, last = out[0], out[-1]
    assert isinstance(first, Document) and isinstance(last, Document)
    assert (first.id, first.title, first.url, first.published, first.published_basis) == (
        "d1", "T", "https://example.org", date(2019, 1, 27), "metadata")
    assert last.id == content_hash("Chile thanked Peru.") and last.published == date(2019, 1, 27)
    assert [error.line for error in out[1:5]] == [2, 3, 4, 5]  # type: ignore[union-attr]
    assert all(str(path) in str(error) for error in out[1:5])


def test_shared_corpus_reads_cleanly() -> None:
    corpus = Path("/work/shared/corpus/milestones.jsonl")
    if not corpus.exists():
        pytest.skip("shared corpus not present")
    out = list(read_inputs([str(corpus)]))
    assert out and all(isinstance(item, Document) for item in out)
    assert out[0].id == "foreword" and out[0].title


def test_stdin_text_and_jsonl() -> None:
    out = list(read_inputs(["-"], stdin=io.StringIO("Japan protested to China.\n")))
    assert len(out) == 1 and isinstance(out[0], Document)
    assert out[0].text == "Japan protested to China.\n" and out[0].path == "<stdin>"
    stream = io.StringIO('{"id": "a", "text": "One."}\n\n{"text": "Two."}\n{"id": 3}\n')
    out = list(read_inputs(["-"], stdin=stream))
    assert [getattr(item, "id", None) for item in out[:2]] == ["a", content_hash("Two.")]
    assert isinstance(out[2], MalformedLine) and out[2].line == 4


def test_inputs_go_on_after_a_bad_one(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", "Kenya hosted talks.")
    out = list(read_inputs([str(tmp_path / "missing.txt"), str(good)]))
    assert isinstance(out[0], UnreadableInput) and isinstance(out[1], Document)


# --- bad inputs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", "", "is empty"),
        ("blank.md", "  \n\t\n", "is empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
        ("blob.dat", b"abc\x00\x01\x02" * 50, "binary file"),
        ("doc.pdf", b"%PDF-1.4\n...", "not a readable PDF"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: str | bytes, expected: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(UnreadableInput) as caught:
        read(path)
    message = str(caught.value)
    assert expected in message and str(path) in message and "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="no such file"):
        read(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match=r"is a directory: pass the files in it, e\.g\. .*/\*\.txt"):
        read(tmp_path)


def test_unknown_extension_read_as_text(tmp_path: Path) -> None:
    assert read(write(tmp_path, "notes.log", "Laos thanked Vietnam.")).text == "Laos thanked Vietnam."


def test_jsonl_missing_and_empty(tmp_path: Path) -> None:
    out = list(read_inputs([str(tmp_path / "none.jsonl"), str(write(tmp_path, "e.jsonl", "\n\n"))]))
    assert [type(item) for item in out] == [UnreadableInput, UnreadableInput]
    assert "no such file" in str(out[0]) and "is empty" in str(out[1])


def test_read_refuses_jsonl(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="read_inputs"):
        read(write(tmp_path, "c.jsonl", '{"text": "x"}\n'))


@pytest.mark.slow
def test_twenty_megabyte_text(tmp_path: Path) -> None:
    paragraph = "In 1954 France and Vietnam signed an accord in Geneva.8 Talks went on until 1955.\n\n"
    path = write(tmp_path, "big.txt", paragraph * (20_000_000 // len(paragraph)))
    doc = read(path)  # speed is measured by benchmarks/, not asserted here
    assert len(doc.text) >= 19_000_000


# --- references, markers, dates ------------------------------------------------------------------


def test_reference_list_parsed_and_removed() -> None:
    doc = read_text("Preamble.\n\n" + MARKED + REFERENCES)
    assert doc.text == "Preamble.\n\n" + MARKED.rstrip()
    assert [ref.n for ref in doc.references] == [1, 8, 9, 10, 11, 12]
    first, _, wrapped, year_only, _, _ = doc.references
    assert first.text == "Ministry of Foreign Affairs, statement, accessed on 27 Jan 2019."
    assert first.date == date(2019, 1, 27)
    assert wrapped.text == "Treaty text, 2017-05-02, printed in the Gazette of 2 March 2017."
    assert wrapped.date == date(2017, 5, 2)
    assert year_only.date is None


def test_markers_with_exact_offsets() -> None:
    doc = read_text(MARKED + REFERENCES)
    text = doc.text

    def at(fragment: str, offset: int, length: int) -> tuple[int, int]:
        start = text.index(fragment) + offset
        return start, start + length

    expected = [
        FootnoteMarker(*at("Islamabad.8", 10, 1), (8,)),
        FootnoteMarker(*at("2017.10,11", 5, 5), (10, 11)),
        FootnoteMarker(*at("signed [9]", 7, 3), (9,)),
        FootnoteMarker(*at("held.[9]", 5, 3), (9,)),
        FootnoteMarker(*at("ended.\u00b9\u00b2", 6, 2), (12,)),
    ]
    assert doc.markers == expected
    assert [text[m.start:m.end] for m in doc.markers] == ["8", "10,11", "[9]", "[9]", "\u00b9\u00b2"]


def test_numbers_not_in_reference_list_are_not_markers() -> None:
    text = "The accord of 1954.3 It cost 3.5 million and 1,000 men.8 Resolution 211. Then.\n"
    doc = read_text(text + "\nNotes\n1. A.\n2. B.\n3. C.\n")
    assert [m.numbers for m in doc.markers] == [(3,)]


def test_markers_without_reference_list_are_cautious() -> None:
    doc = read_text("He flew to Islamabad.8 In 2015 it grew 3.5 percent.2 and went on.")
    assert [(doc.text[m.start:m.end], m.numbers) for m in doc.markers] == [("8", (8,))]


def test_bracket_and_bare_reference_styles() -> None:
    doc = read_text("Text.[2]\n\n## Endnotes\n\n[1] First source\n[2] Second source,\n2 March 2016 edition\n")
    assert [(r.n, r.text) for r in doc.references] == [
        (1, "First source"), (2, "Second source, 2 March 2016 edition")]
    doc = read_text("Text.2\n\nSources\n1 First\n2 Second wraps\n1999 edition\n3 Third\n")
    assert [(r.n, r.text) for r in doc.references] == [(1, "First"), (2, "Second wraps 1999 edition"), (3, "Third")]


def test_heading_without_entries_is_kept() -> None:
    text = "Notes\nThese are notes of a meeting in 1954.\n"
    assert read_text(text).text == text


def test_published_inferred_from_references() -> None:
    doc = read_text(MARKED + REFERENCES)
    assert (doc.published, doc.published_basis) == (date(2019, 1, 27), "inferred")
    given = read_text(MARKED + REFERENCES, published=date(2020, 1, 1))
    assert (given.published, given.published_basis) == (date(2020, 1, 1), "given")
    assert read_text("No references here.").published is None


def test_stdin_bytes_decoded_and_html_sniffed() -> None:
    stream = io.TextIOWrapper(io.BytesIO("Caf\u00e9 talks \u2013 Peru said.".encode("cp1252")))
    out = list(read_inputs(["-"], stdin=stream))
    assert isinstance(out[0], Document) and out[0].text == "Caf\u00e9 talks \u2013 Peru said."
    out = list(read_inputs(["-"], stdin=io.StringIO(PAGE)))
    assert isinstance(out[0], Document) and ARTICLE in out[0].text and "Post new comment" not in out[0].text
    assert list(map(type, read_inputs(["-"], stdin=io.StringIO(" \n")))) == [UnreadableInput]


def test_utf16_text(tmp_path: Path) -> None:
    assert read(write(tmp_path, "w.txt", "Oman hosted talks.".encode("utf-16"))).text == "Oman hosted talks."


def test_markdown_footnotes_and_reference_heading(tmp_path: Path) -> None:
    markdown = "# Title\n\nTalks began.[^1] They ended.2\n\n## References\n\n1. *One*, 3 May 2020.\n2. Two.\n"
    doc = read(write(tmp_path, "n.md", markdown))
    assert doc.text == "Title\n\nTalks began.[1] They ended.2"
    assert [(r.n, r.text) for r in doc.references] == [(1, "One, 3 May 2020."), (2, "Two.")]
    assert [(doc.text[m.start:m.end], m.numbers) for m in doc.markers] == [("[1]", (1,)), ("2", (2,))]
    assert (doc.published, doc.published_basis) == (date(2020, 5, 3), "inferred")


# --- hostile and damaged input (issue 15) ------------------------------------------------------------


def test_one_bad_byte_leaves_a_utf8_file_utf8_with_a_warning_naming_the_line(tmp_path: Path) -> None:
    doc = read(write(tmp_path, "x.txt", b"T\xc3\xbcrkiye and Russia signed an agreement in 2018.\n\xff\n"))
    assert doc.text.startswith("T\u00fcrkiye and Russia") and "\ufffd" in doc.text
    assert doc.warnings == [f"{tmp_path / 'x.txt'}:2: 1 byte that is not UTF-8 replaced with U+FFFD "
                            "(the rest is UTF-8): check the line"]
    many = read(write(tmp_path, "y.txt", "\n".join(f"Gen\u00e8ve {n}.\x00" for n in range(9)).encode()
                      .replace(b"\x00", b"\xfe")))
    assert many.warnings == [f"{tmp_path / 'y.txt'}: 9 bytes that are not UTF-8 replaced with U+FFFD on lines "
                             "1, 2, 3 and 6 more (the rest is UTF-8): check them"]


def test_a_legacy_file_is_read_in_the_encoding_it_reads_best_in(tmp_path: Path) -> None:
    western = "Z\u00fcrich, Gen\u00e8ve et K\u00f6ln: la d\u00e9l\u00e9gation arriva \u00e0 Paris \u2013 enfin."
    doc = read(write(tmp_path, "w.txt", western.encode("cp1252")))
    assert doc.text == western  # cp1252, not charset-normalizer's cp1250 guess (which reads "à" as "ŕ")
    assert doc.warnings == [f"{tmp_path / 'w.txt'}: not UTF-8: read as cp1252, the encoding it reads best in"]
    cyrillic = "\u041c\u043e\u0441\u043a\u0432\u0430 \u0438 \u041f\u0435\u043a\u0438\u043d \u043f\u043e\u0434\u043f" \
               "\u0438\u0441\u0430\u043b\u0438 \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435 " \
               "\u043e \u0434\u0440\u0443\u0436\u0431\u0435 \u0438 \u0441\u043e\u0442\u0440\u0443\u0434\u043d" \
               "\u0438\u0447\u0435\u0441\u0442\u0432\u0435."
    assert read(write(tmp_path, "r.txt", cyrillic.encode("cp1251"))).text == cyrillic


def test_jsonl_lines_are_decoded_one_by_one_with_their_line_in_the_warning(tmp_path: Path) -> None:
    lines = [b'{"text": "Peru thanked Chile."}', b'{"text": "T\xc3\xbcrkiye thanked Peru \xff."}']
    out = list(read_inputs([str(write(tmp_path, "c.jsonl", b"\n".join(lines) + b"\n"))]))
    assert [d.warnings for d in out] == [  # type: ignore[union-attr]
        [], [f"{tmp_path / 'c.jsonl'}:2: 1 byte that is not UTF-8 replaced with U+FFFD (the rest is UTF-8): "
             "check the line"]]


def test_a_jsonl_id_that_is_not_a_string_or_an_integer_is_refused_with_its_line(tmp_path: Path) -> None:
    lines = ['{"id": ["list"], "text": "Peru thanked Chile."}', '{"id": {"a": 1}, "text": "Peru thanked Chile."}',
             '{"id": true, "text": "Peru thanked Chile."}', '{"id": 7, "text": "Peru thanked Chile."}',
             '{"id": "a7", "title": ["T"], "text": "Peru thanked Chile."}']
    out = list(read_inputs([str(write(tmp_path, "ids.jsonl", "\n".join(lines)))]))
    path = tmp_path / "ids.jsonl"
    assert [str(e) for e in out if isinstance(e, MalformedLine)] == [
        f'{path}:1: "id" is an array: give a string or an integer',
        f'{path}:2: "id" is an object: give a string or an integer',
        f'{path}:3: "id" is true: give a string or an integer',
        f'{path}:5: "title" is an array, not a string']
    assert [d.id for d in out if isinstance(d, Document)] == ["7"]


def test_a_null_line_is_called_null_not_nonetype(tmp_path: Path) -> None:
    out = list(read_inputs([str(write(tmp_path, "n.jsonl", 'null\n42\n"text"\n'))]))
    assert [e.message for e in out] == [  # type: ignore[union-attr]
        "is null, not a JSON object: write one object per line",
        "is a number, not a JSON object: write one object per line",
        "is a string, not a JSON object: write one object per line"]


@pytest.mark.parametrize("depth", [300, 3000, 30000])
def test_html_nested_deeper_than_libxml2_goes_keeps_its_text(tmp_path: Path, depth: int) -> None:
    page = PAGE.replace("<article>", "<div><span>" * depth + "<article>").replace(
        "</article>", "</article>" + "</span></div>" * depth)
    doc = read(write(tmp_path, "deep.html", page))
    assert ARTICLE in doc.text and doc.title == "Talks resume in Geneva | World Desk"
    assert doc.published == date(2019, 3, 4)


def test_control_characters_in_a_page_do_not_crash_the_reader(tmp_path: Path) -> None:
    # found by tests/test_fuzz_reading.py: lxml refuses them when the fallback cleaning moves text about
    page = PAGE.replace("<article>", '<div class="share"></div>\x1f\x08<article>').replace("Geneva on", "Geneva\x0b on")
    assert ARTICLE in read(write(tmp_path, "c.html", page)).text
    bare = write(tmp_path, "bare.html", "<!DOCTYPE html><html><head><div class='share'></div></head><body>\x1f</body>")
    with pytest.raises(UnreadableInput, match="has no article text"):
        read(bare)
