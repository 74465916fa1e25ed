"""Marking spans of a text (the quote, the trigger, a searched phrase) as plain segments.

A segment is {"text": ..., "mark": None | "quote" | "trigger" | "hit"}: the templates wrap
marked segments in <mark> and escape every text, so no markup from a document ever reaches
the page unescaped.
"""

from __future__ import annotations

import re
from typing import Any

Segment = dict[str, Any]
Span = tuple[int, int, str]  # start, end, mark


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """The text cut into segments at the spans (overlapping spans: the first one wins)."""
    out: list[Segment] = []
    at = 0
    for start, end, mark in sorted(spans):
        if start < at or start >= end:
            continue
        if start > at:
            out.append({"text": text[at:start], "mark": None})
        out.append({"text": text[start:end], "mark": mark})
        at = end
    if at < len(text):
        out.append({"text": text[at:], "mark": None})
    return out


def word_spans(text: str, words: str, mark: str = "trigger") -> list[Span]:
    """The first whole-word occurrence of each word of `words` in text (case folded)."""
    spans = []
    for word in dict.fromkeys(re.findall(r"\w+", words.lower())):
        if len(word) < 2:
            continue
        found = re.search(rf"\b{re.escape(word)}\w*", text, flags=re.IGNORECASE)
        if found:
            spans.append((found.start(), found.end(), mark))
    return spans


def phrase_spans(text: str, phrase: str, mark: str = "hit") -> list[Span]:
    """Every occurrence of a phrase in text, case folded."""
    if not phrase:
        return []
    return [(m.start(), m.end(), mark) for m in re.finditer(re.escape(phrase), text, flags=re.IGNORECASE)]
