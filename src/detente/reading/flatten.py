"""Pages nested too deep for libxml2, made shallow enough to read without losing their text.

libxml2 (under lxml and trafilatura) stops building a tree 256 elements deep and drops
everything below, so a page of deeply nested wrappers read as empty. Python's own HTML
tokenizer has no depth limit: the page is written out again with the elements that would
nest too deep unwrapped (their tags dropped, their text and children kept), so the text
stays and trafilatura and lxml see a tree they can parse whole.

Deep pages are mostly wrappers (div, span, font) around an ordinary article, so wrappers are
unwrapped first, below WRAPPER_DEPTH, and the elements that give a page its structure (the
article, paragraphs, headings, lists, navigation, footers: what trafilatura reads to tell text
from furniture) are kept down to MAX_DEPTH. Only the elements kept count towards the depth.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

MAX_DEPTH = 200  # under libxml2's 256, leaving room for the elements a parser adds itself
WRAPPER_DEPTH = 100  # below this, only structural elements are kept
STRUCTURAL = frozenset({
    "html", "head", "body", "title", "article", "main", "section", "nav", "header", "footer", "aside", "form",
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
    "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "time", "script", "style", "noscript", "template",
    "iframe", "svg", "select", "textarea", "button", "label", "a",
})
# elements that never have an end tag, so never nest
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr"})
RAW_TEXT = frozenset({"script", "style"})  # their text is written back as it is


class _Flattener(HTMLParser):
    def __init__(self, max_depth: int) -> None:
        super().__init__(convert_charrefs=True)
        self.max_depth = max_depth
        self.out: list[str] = []
        self.open: list[tuple[str, bool]] = []  # (tag, whether its tags were written)
        self.depth = 0  # elements open and kept

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            self.out.append(self.get_starttag_text() or "")
            return
        limit = self.max_depth if tag in STRUCTURAL else min(WRAPPER_DEPTH, self.max_depth)
        kept = self.depth < limit
        self.depth += kept
        self.open.append((tag, kept))
        # an unwrapped element still parts words: "<div>a</div><div>b</div>" must not read "ab"
        self.out.append((self.get_starttag_text() or "") if kept else " ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        at = len(self.open) - 1
        while at >= 0 and self.open[at][0] != tag:  # almost always the innermost element: one step
            at -= 1
        if at < 0:
            return  # a stray end tag: HTML parsers ignore it too
        for name, kept in reversed(self.open[at:]):
            self.out.append(f"</{name}>" if kept else " ")
            self.depth -= kept
        del self.open[at:]

    def handle_data(self, data: str) -> None:
        raw = bool(self.open) and self.open[-1][0] in RAW_TEXT
        self.out.append(data if raw else html.escape(data, quote=False))

    def handle_comment(self, data: str) -> None:
        pass  # comments carry no article text

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")


def flatten(page: str, max_depth: int = MAX_DEPTH) -> str:
    """The page with every element deeper than max_depth unwrapped (its text kept)."""
    parser = _Flattener(max_depth)
    parser.feed(page)
    parser.close()
    for name, kept in reversed(parser.open):
        if kept:
            parser.out.append(f"</{name}>")
    return "".join(parser.out)
