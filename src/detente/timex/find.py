"""find_times: every time expression of a text, leftmost-longest, non-overlapping."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import cache

from . import words as lx
from .mention import TimeMention, coarser
from .patterns import compiled
from .spans import md_span
from .triggers import hotspots

# What may stand between the two ends of a range: '1954 to 1962', 'September–October'.
RANGE_GAP = re.compile(r"\s*(?:[-\u2010-\u2015]|to|until|till|through|and)\s*$", re.IGNORECASE)
RANGE_OPENER = re.compile(r"\b(from|between)\s+$", re.IGNORECASE)


def find_times(text: str) -> list[TimeMention]:
    """Every time expression in the text, leftmost-longest, non-overlapping, in order."""
    chosen = select(candidates(text))
    return [flag(text, m) for m in merge_ranges(text, chosen)]


def candidates(text: str) -> list[TimeMention]:
    """Return every mention any pattern finds at or near a token of its trigger class."""
    spots = hotspots(text)
    found = []
    for pattern, build, cls, at_token in compiled():
        if at_token:
            positions = spots.tokens.get(cls)
            if not positions:
                continue  # (most sentences have no word of most classes)
            matches: Iterator[re.Match[str] | None] = (pattern.match(text, pos) for pos in positions)
        else:
            windows = spots.windows.get(cls)
            if not windows:
                continue
            matches = (m for start, end in windows for m in pattern.finditer(text, start, end))
        for match in matches:
            mention = build(match) if match else None
            if mention is not None and mention.end > mention.start:
                found.append(mention)
    return found


def candidates_everywhere(text: str) -> list[TimeMention]:
    """Return what candidates() returns, scanning the whole text (slow; tests check they agree)."""
    found = []
    for pattern, build, _, _ in compiled():
        for match in pattern.finditer(text):
            mention = build(match)
            if mention is not None and mention.end > mention.start:
                found.append(mention)
    return found


def select(found: list[TimeMention]) -> list[TimeMention]:
    """Keep the leftmost, then longest, of overlapping mentions."""
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[TimeMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def merge_ranges(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Join 'from 1954 to 1962', 'between 1954 and 1962', 'the 1960s and 1970s' into one mention."""
    out: list[TimeMention] = []
    for mention in mentions:
        joined = join(text, out[-1], mention) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(mention)
    return out


def join(text: str, a: TimeMention, b: TimeMention) -> TimeMention | None:
    """Return a and b as one range when the text between them makes them one, else None."""
    gap = text[a.end:b.start]
    if len(gap) > 12 or not RANGE_GAP.match(gap) or b.kind != "absolute" or b.first is None:
        return None
    opener = RANGE_OPENER.search(text, max(0, a.start - 10), a.start)
    connector = gap.strip().lower()
    # 'in 1954 and 1962' is two years; 'between 1954 and 1962' and 'the 1960s and 1970s' are spans.
    between = opener is not None and opener.group(1).lower() == "between"
    if connector == "and" and not between and not a.precision == b.precision == "decade":
        return None
    first = range_start(a, b)
    if first is None or b.last is None or b.last < first:
        return None
    start = opener.start() if opener else a.start
    precision = coarser(a.precision, b.precision)
    return replace(b, start=start, text=text[start:b.end], first=first, precision=precision)


def range_start(a: TimeMention, b: TimeMention) -> date | None:
    """Return the start of a range whose first end is a, taking a's year from b when a lacks one."""
    if a.kind == "absolute":
        return a.first
    if a.kind == "partial" and a.rule == "md" and b.first is not None:
        year = b.first.year
        first, _ = md_span(year, a.window)
        return md_span(year - 1, a.window)[0] if first > b.first else first
    return None


@cache
def cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the regexes of words before a mention that open it ('since') or close it ('until')."""
    d = lx.data()
    since = re.compile(r"\b" + lx.alternation(d["since_cues"]) + r"\s+$", re.IGNORECASE)
    until = re.compile(r"\b" + lx.alternation(d["until_cues"]) + r"\s+$", re.IGNORECASE)
    return since, until


def flag(text: str, m: TimeMention) -> TimeMention:
    """Set since/until from the words just before the mention or at its start ('since then')."""
    since_re, until_re = cue_patterns()
    before = text[max(0, m.start - 20):m.start]
    head = m.text.lower()
    since = bool(since_re.search(before)) or head.startswith("since ")
    until = bool(until_re.search(before)) or head.startswith(("until ", "till ", "up to ", "by "))
    if since or until:
        return replace(m, since=since, until=until)
    return m
