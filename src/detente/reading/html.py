"""The article body, title and publication date of an HTML page."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from ._data import lines
from .dates import loose_date
from .flatten import flatten

# trafilatura logs what it gives up on ("discarding data: None") as warnings, which Python prints on
# standard error when the program configured no logging: a reader's outcome is the Document or its error
logging.getLogger("trafilatura").addHandler(logging.NullHandler())
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# characters an lxml tree cannot hold (it raises when the fallback cleaning moves text about); no page
# means them as text
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_MAX_PREFIX_LINE = 100  # prefix boilerplate ("Copyright ...") only ever fills a short line
# Fallback cleaning: elements that are page furniture by tag, or by a class/id that says so.
_FURNITURE_TAGS = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
    "iframe", "svg", "select", "label", "input", "textarea", "template",
)
_FURNITURE_HINT = re.compile(
    r"comment|share|social|cookie|consent|\bnav|menu|footer|header|sidebar|breadcrumb|newsletter"
    r"|subscribe|related|advert|promo|banner|login|signup|captcha|contact",
    re.IGNORECASE,
)
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt")


@dataclass(frozen=True)
class Page:
    """What an HTML page gives a Document."""

    text: str
    title: str | None
    published: date | None


def read_html(html: str) -> Page:
    """Extract the article body (no menus, comment forms, footers), title and publication date."""
    html = _NOT_XML.sub("", html)
    tree, too_deep = _parse(html)
    if too_deep:  # libxml2 dropped what lies deeper than it goes: unwrap the deepest elements
        html = flatten(html)
        tree, _ = _parse(html)
    body = _trafilatura_body(html) or (_fallback_body(tree) if tree is not None else "")
    title = _title(tree) if tree is not None else None
    published = _published(tree) if tree is not None else None
    return Page(_drop_boilerplate(body), title, published)


def _parse(html: str) -> tuple[Any, bool]:
    """The page parsed with lxml (None when it is not parseable), and whether the parser stopped at
    one of its limits (the depth of nesting) and left part of the page out."""
    parser = lxml.html.HTMLParser()
    try:
        tree = lxml.html.fromstring(_XML_DECLARATION.sub("", html), parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    return tree, any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


def _trafilatura_body(html: str) -> str:
    """The main text by trafilatura, favouring precision; '' when it finds none."""
    try:
        text = trafilatura.extract(
            html, favor_precision=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, deduplicate=False,
        )
    except ImportError:  # a broken optional dependency of trafilatura: our own cleaning takes over
        return ""
    # trafilatura puts one block per line; blank lines keep paragraphs apart for later stages.
    return "\n\n".join(line.strip() for line in (text or "").splitlines() if line.strip())


def _fallback_body(tree: Any) -> str:
    """Main text by dropping furniture elements ourselves (for pages trafilatura finds too small)."""
    for element in list(tree.iter(*_FURNITURE_TAGS)):
        _remove(element)
    for element in list(tree.iter()):
        hint = f"{element.get('class', '')} {element.get('id', '')}" if isinstance(element.tag, str) else ""
        if element.tag not in ("html", "body") and _FURNITURE_HINT.search(hint):
            _remove(element)
    root = _main_element(tree)
    blocks = [_clean_space(block.text_content()) for block in root.iter(*_BLOCK_TAGS)]
    blocks = [block for block in blocks if block] or [_clean_space(root.text_content())]
    return "\n\n".join(block for block in blocks if block)


def _remove(element: Any) -> None:
    """Remove an element (and its children) but keep the text that follows it."""
    if element.getparent() is not None:
        element.drop_tree()


def _main_element(tree: Any) -> Any:
    """The article, main or body element, most specific first."""
    for path in ("//article", "//main", "//*[@role='main']", "//body"):
        found = tree.xpath(path)
        if found:
            return found[0]
    return tree


def _clean_space(text: str) -> str:
    """Collapse runs of spaces, keep line breaks, trim."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines() if line.strip())


@cache
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...]]:
    """Whole-line boilerplate phrases, and prefixes."""
    entries = lines("html_boilerplate.txt")
    whole = frozenset(entry for entry in entries if not entry.endswith(" *"))
    prefixes = tuple(entry[:-1] for entry in entries if entry.endswith(" *"))
    return whole, prefixes


def _drop_boilerplate(text: str) -> str:
    """Drop paragraphs that are page furniture (comment-form labels, share buttons, footers)."""
    whole, prefixes = _boilerplate()
    kept = []
    for paragraph in text.split("\n\n"):
        key = paragraph.strip().lower().rstrip(":* ")
        if key in whole or (len(key) <= _MAX_PREFIX_LINE and key.startswith(prefixes)):
            continue
        kept.append(paragraph)
    return "\n\n".join(kept)


def _title(tree: Any) -> str | None:
    """og:title, else <title>."""
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:title" and meta.get("content"):
            return _clean_space(meta.get("content")) or None
    found = tree.xpath("//title")
    return (_clean_space(found[0].text_content()) or None) if found else None


def _published(tree: Any) -> date | None:
    """The publication date from meta tags, itemprop, JSON-LD or <time datetime>, in that order."""
    candidates = [*_meta_dates(tree), *_itemprop_dates(tree), *_json_ld_dates(tree), *_time_dates(tree)]
    for value in candidates:
        found = loose_date(value)
        if found:
            return found
    return None


def _meta_dates(tree: Any) -> list[str]:
    """Values of the <meta> tags that carry a publication date, best first."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key and meta.get("content"):
            values.setdefault(key, meta.get("content"))
    return [values[name] for name in lines("html_date_meta.txt") if name in values]


def _itemprop_dates(tree: Any) -> list[str]:
    """Values of elements marked itemprop=datePublished."""
    found = tree.xpath("//*[@itemprop='datePublished']")
    return [el.get("datetime") or el.get("content") or el.text_content() for el in found]


def _json_ld_dates(tree: Any) -> list[str]:
    """datePublished values of the page's JSON-LD blocks."""
    values: list[str] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue  # broken JSON-LD is common; the other sources may still have the date
        values.extend(_walk_json(data, "datePublished"))
    return values


def _walk_json(data: Any, key: str) -> Iterator[str]:
    """Every string value of `key` anywhere in a JSON structure."""
    if isinstance(data, dict):
        if isinstance(data.get(key), str):
            yield data[key]
        for value in data.values():
            yield from _walk_json(value, key)
    elif isinstance(data, list):
        for value in data:
            yield from _walk_json(value, key)


def _time_dates(tree: Any) -> list[str]:
    """<time datetime> values, one marked pubdate first."""
    times = tree.xpath("//time[@datetime]")
    marked = [el for el in times if el.get("pubdate") is not None]
    return [el.get("datetime") for el in marked + times]
