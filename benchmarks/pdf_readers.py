"""Which PDF library detente reads with: pages per second and footnote recall, pypdfium2 against
pdfplumber (pdfminer.six), both feeding the same layout code.

    pip install pdfplumber            # only for this comparison; detente itself uses pypdfium2
    python benchmarks/pdf_readers.py [FILE.pdf ...]

Without arguments it reads the PDF fixtures (the test review written for detente, and four pages of a
Federal Register document with three columns and fifteen footnotes). Recall: the footnotes whose
text was found and whose marker in the text was found, over the notes the file has (known for the
fixtures; for other files the count found by either library).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from unittest import mock

from detente.reading.pdf import glyphs, read_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pdf"
KNOWN_NOTES = {"review.pdf": 8, "federal_register_2020-17221_p1-4.pdf": 15}
REPEAT = 3


def plumber_file(path: Path, name: str) -> glyphs.PdfFile:
    """The glyphs of a PDF as pdfplumber (pdfminer.six) gives them, in detente's records."""
    import pdfplumber

    pages = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            found, previous = [], None
            for char in page.chars:
                if not char["upright"]:
                    continue
                text = char["text"]
                if not text.strip():
                    previous = None
                    continue
                size = char["size"]
                baseline = page.height - char["matrix"][5]
                spaced = previous is None or char["x0"] - previous["x1"] > 0.15 * size
                found.append(glyphs.Glyph(text, char["x0"], char["x1"], baseline, round(size, 2), spaced))
                previous = char
            pages.append(glyphs.PdfPage(number, page.width, page.height, found))
    return glyphs.PdfFile(pages, None, None)


def measure(path: Path, backend: str) -> tuple[float, int, int, int]:
    """Pages per second, pages, notes read, notes whose marker was found."""
    runs = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        if backend == "pypdfium2":
            doc = read_pdf(path)
        else:
            with mock.patch("detente.reading.pdf.read_pdf_file", plumber_file):
                doc = read_pdf(path)
        runs.append(time.perf_counter() - started)
    pages = len(doc.page_starts)
    cited = {n for marker in doc.markers for n in marker.numbers}
    return pages / min(runs), pages, len(doc.references), len(cited & {r.n for r in doc.references})


def _backends() -> tuple[str, ...]:
    """pypdfium2 (detente's reader), and pdfplumber when installed (it is not a dependency)."""
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        print("pdfplumber is not installed (pip install pdfplumber): measuring pypdfium2 alone")
        return ("pypdfium2",)
    return ("pypdfium2", "pdfplumber")


def main(paths: list[Path]) -> None:
    backends = _backends()
    print(f"{'file':40} {'library':10} {'pages':>5} {'pages/s':>8} {'notes':>6} {'marked':>7} {'recall':>7}")
    for path in paths:
        results = {backend: measure(path, backend) for backend in backends}
        known = KNOWN_NOTES.get(path.name) or max(r[2] for r in results.values()) or 1
        for backend, (speed, pages, notes, marked) in results.items():
            print(f"{path.name[:40]:40} {backend:10} {pages:5} {speed:8.1f} {notes:6} {marked:7} "
                  f"{min(notes, marked) / known:7.0%}")


if __name__ == "__main__":
    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print(__doc__)
        sys.exit(0)
    missing = [a for a in sys.argv[1:] if not Path(a).is_file()]
    if missing:
        print(f"error: no PDF file at {missing[0]}: give the paths of PDF files (or none for the fixtures)",
              file=sys.stderr)
        sys.exit(2)
    main([Path(p) for p in sys.argv[1:]] or [FIXTURES / name for name in KNOWN_NOTES])
