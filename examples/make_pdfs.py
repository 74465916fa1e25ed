"""Write the PDFs detente ships: the demo review as a PDF, and the test fixtures of the PDF reader.

    pip install reportlab            # a dev-only tool: the PDFs are committed, nothing else needs it
    python examples/make_pdfs.py     # rewrites examples/demo/*.pdf and tests/fixtures/pdf/*

The demo PDF is examples/demo/russia_pakistan_review.md set as a report: a running head, page
numbers, and its references as footnotes at the foot of the page that first cites them. The
fixtures are a short review written for the tests (two columns on its second page, footnotes,
running heads, words broken at line ends) with its text twin, a scanned-only PDF (an image, no
text layer) and an encrypted one.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pdfwriter import Document
from reportlab.lib.pagesizes import A5

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from detente.reading import read  # noqa: E402
from detente.reading.references import find_markers  # noqa: E402

DEMO = ROOT / "examples" / "demo" / "russia_pakistan_review.md"
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"

# The fixture review, written for the tests. "[^n]" cites note n.
REVIEW_TITLE = "Chile and New Zealand at Sea"
REVIEW = [
    ("title", REVIEW_TITLE),
    ("heading", "Beginnings"),
    ("para", "Chile and New Zealand opened their first naval staff talks in Wellington in May 1995.[^1] "
             "The talks were modest, but they gave both navies a regular channel for the first time. "
             "Four years later the Chilean government sent a frigate on a goodwill visit to Auckland in "
             "November 1999, and the two navies exchanged liaison officers soon afterwards."),
    ("para", "Neither country saw the other as a priority in the 1990s. Chilean planners looked to their "
             "neighbours and to the United States, while New Zealand was absorbed by the aftermath of its "
             "dispute with Washington over nuclear ship visits and by its commitments in the South Pacific. "
             "What brought the two navies together was geography: both patrol long coastlines and vast "
             "southern search and rescue regions that meet in the middle of the ocean."),
    ("para", "Officials on both sides later recalled how little they knew of each other. Charts were "
             "incompatible, radio procedures differed, and there was no agreed way to hand over a rescue "
             "from one region to the other. Much of the early work was therefore technical and slow."),
    ("para", "In March 2004 Chile and New Zealand signed a memorandum on defence cooperation that covered "
             "training, hydrography and search and rescue.[^2] Its ratification was slow, and officials "
             "in Santiago later described the first years as a period of cautious experimentation with "
             "practical, unglamorous cooperation."),
    ("heading", "Exercises and training"),
    ("para", "The Chilean navy held a joint exercise with the Royal New Zealand Navy off Valparaiso in "
             "October 2008.[^3] A second exercise followed in the Tasman Sea in September 2011, with "
             "aircraft from both air forces taking part."),
    ("para", "The exercises were small by the standards of the large multinational drills in the Pacific. "
             "A frigate, a tanker and a maritime patrol aircraft from each side was a typical order of "
             "battle, and the scenarios stressed boarding, gunnery and replenishment at sea rather than "
             "high-end warfare. Participants nevertheless valued the chance to operate in rough southern "
             "waters with a partner that faced the same conditions."),
    ("para", "Training followed the same pattern of steady, low-key exchanges. Courses for divers, "
             "hydrographers and helicopter crews were organised every second year, and a handful of "
             "officers attended each other's staff colleges. None of this attracted public attention, "
             "which suited both defence ministries."),
    ("para", "New Zealand trained Chilean divers at Devonport in 2013, and Chile hosted New Zealand "
             "officers at its naval war college in 2014.[^4] A proposed exchange of submarine crews was "
             "discussed in 2015 but never agreed."),
    ("para", "Relations cooled briefly in 2016. New Zealand protested against a Chilean fishing patrol "
             "near the Ross Sea in February 2016,[^5] and Chile rejected the protest a week later."),
    ("heading", "Diplomacy and outlook"),
    ("para", "The foreign ministers of Chile and New Zealand met in Santiago in April 2018 and agreed to "
             "widen the dialogue to Antarctic logistics.[^6] In 2019 the two governments signed an "
             "arrangement on shared use of airfields in the Antarctic.[^7]"),
    ("para", "Antarctica has become the centre of the relationship. Both states claim sectors of the "
             "continent, both run stations that depend on long supply lines, and both worry about the "
             "growing presence of distant fishing fleets in the Southern Ocean. Cooperation on logistics "
             "is cheap and visible, and it avoids the sensitive questions of sovereignty that the "
             "Antarctic Treaty has frozen since 1959."),
    ("para", "The limits are equally clear. Neither navy has ships to spare, the distances are enormous, "
             "and the political attention of both capitals lies elsewhere. The relationship is likely to "
             "remain a matter of staff talks, occasional exercises and practical arrangements rather than "
             "a formal alliance."),
    ("para", "A planned visit by the Chilean defence minister to Wellington in March 2020 was cancelled "
             "at the last minute because of the pandemic.[^8] Both capitals still describe the "
             "relationship as a model of quiet, unspectacular cooperation between distant partners."),
]
REVIEW_NOTES = {
    1: "Ministry of Defence, Annual Report 1995, Wellington, 1996, p. 41.",
    2: "Memorandum of Understanding on Defence Cooperation, signed at Santiago, 12 March 2004.",
    3: "Armada de Chile, press release, 21 October 2008.",
    4: "Naval War College, yearbook 2014, pp. 7-9.",
    5: "Ministry of Foreign Affairs and Trade, statement, 3 February 2016.",
    6: "Joint communique of the foreign ministers, Santiago, 17 April 2018.",
    7: "Arrangement on Antarctic Airfields, signed on 5 December 2019.",
    8: "Ministry of Defence, media statement, 13 March 2020, accessed on 2 June 2020.",
}
REVIEW_HEAD = "Pacific Security Notes 12"
REVIEW_DATE = "June 2020"
REVIEW_CREATED = "20200601"


def main() -> None:
    write_demo()
    write_fixtures()


def write_demo() -> None:
    """The demo review as a PDF, its references as footnotes."""
    title, blocks, notes = _markdown_blocks(DEMO)
    Document(blocks, notes, head="Regional Security Review", title=title, date="February 2019",
             created="20190201").write(
        str(DEMO.with_suffix(".pdf")))


def _markdown_blocks(path: Path) -> tuple[str, list[tuple[str, str]], dict[int, str]]:
    """Title, blocks and notes of the demo markdown: its glued markers become "[^n]" citations."""
    doc = read(path)
    notes = {reference.n: reference.text for reference in doc.references}
    blocks: list[tuple[str, str]] = []
    title = ""
    for chunk in path.read_text("utf-8").split("\n\n"):
        chunk = chunk.strip()
        if chunk.lower().startswith("## references"):
            break
        if chunk.startswith("# "):
            title = chunk[2:].strip()
            blocks.append(("title", title))
        elif chunk.startswith("## "):
            blocks.append(("heading", chunk[3:].strip()))
        elif chunk:
            blocks.append(("para", _cite(chunk.strip("*"), doc.references)))
    return title, blocks, notes


def _cite(paragraph: str, references: list) -> str:
    """The paragraph with each footnote marker written as "[^n]" glued to the word before it."""
    out, at = [], 0
    for marker in find_markers(paragraph, references):
        out.append(paragraph[at:marker.start].rstrip(" "))
        out.append("".join(f"[^{n}]" for n in marker.numbers))
        at = marker.end
    out.append(paragraph[at:])
    return re.sub(r"\[\^(\d+)\]\.", r".[^\1]", "".join(out))  # "signed[^9]." reads "signed.[^9]"


def write_fixtures() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    review = Document(REVIEW, REVIEW_NOTES, head=REVIEW_HEAD, columns={2: 2}, title=REVIEW_TITLE,
                      date=REVIEW_DATE, created=REVIEW_CREATED, pagesize=A5)
    review.write(str(FIXTURES / "review.pdf"))
    review.write(str(FIXTURES / "encrypted.pdf"), password="detente")
    (FIXTURES / "review.md").write_text(_twin(), encoding="utf-8")
    _scanned(FIXTURES / "scanned.pdf")


def _twin() -> str:
    """The fixture review as markdown: the same words, its notes as a numbered list."""
    lines = []
    for kind, text in REVIEW:
        prefix = {"title": "# ", "heading": "## "}.get(kind, "")
        lines.append(prefix + re.sub(r"\[\^(\d+)\]", r"[^\1]", text))
    lines.append("## Notes")
    lines.append("\n".join(f"{n}. {text}" for n, text in REVIEW_NOTES.items()))
    return "\n\n".join(lines) + "\n"


def _scanned(path: Path) -> None:
    """A page that is only a picture of text, as a scanner makes it: no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    image = Image.new("L", (620, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "Chile and New Zealand signed a memorandum in March 2004.", fill=0)
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.drawImage(ImageReader(image), 72, 500, width=450, height=145)
    canvas.showPage()
    canvas.save()


if __name__ == "__main__":
    main()
