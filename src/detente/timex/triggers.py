"""Where to look: the stretches of text around digits, month names and time words.

Running some forty regexes over a whole book is slow in Python; every pattern's match
contains a token of one trigger class, so each pattern only runs near tokens of its class.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from . import words as lx

# No pattern reaches further than this from its trigger token ('12th - 14th of September, 2018'
# is among the longest); words a mention takes in from before its match are looked for in the
# whole text, so they need no margin.
MARGIN = 48
# 'may', 'march', 'sunday' and 'veterans' only count with a capital.
CAPITALISED = ("month", "weekday", "holiday")
HOLIDAY_FILLER = {"the", "of", "day", "eve", "new", "s"}  # too common to look near
# words of period names too common to look near when the name has a rarer one ("Cuban Missile Crisis": "cuban")
PERIOD_COMMON = {"american", "russian", "spanish", "korean", "japanese", "mexican", "day", "spring", "october",
                 "bay", "invasion", "missile", "iranian", "persian", "gulf", "berlin", "iran", "iraq", "world", "first",
                 "second"}
PERIOD_FILLER = {"the", "of", "war", "wars", "i", "ii", "crisis", "revolution", "civil", "great"}


@cache
def trigger_table() -> dict[str, frozenset[str]]:
    """Return each trigger word (lower case) with the classes of patterns it can start."""
    d = lx.data()
    table: dict[str, set[str]] = defaultdict(set)
    named = (("month", d["months"]), ("weekday", d["weekdays"]),
             ("season", d["seasons"]), ("unit", d["units"]))
    for cls, words in named:
        for word in words:
            table[word.lower()].add(cls)
    for name in d["holidays"]:
        for word in re.findall(r"[a-z]+", name.lower().replace("'s", "")):
            if word not in HOLIDAY_FILLER:
                table[word].add("holiday")
    for name in lx.period_names():  # "the Korean War" is looked for near "korean"
        words = re.findall(r"[a-z]+", name)
        rare = [w for w in words if w not in PERIOD_FILLER and w not in PERIOD_COMMON]
        for word in rare or [w for w in words if w not in PERIOD_FILLER][-1:]:
            table[word].add("period")
    for word in d["trigger_words"]:
        table[word.lower()].add("word")
    for word in ("century", "centuries"):
        table[word].add("century")
    table["week"].add("week")
    table["weekend"].add("unit")
    return {word: frozenset(classes) for word, classes in table.items()}


@cache
def trigger_regex() -> re.Pattern[str]:
    """Return the regex that finds digit runs and trigger words in lower-cased text."""
    return re.compile(r"\d+|\b" + trie_regex(sorted(trigger_table())) + r"\b")


def trie_regex(words: list[str]) -> str:
    """Return a regex matching exactly the words, as a trie: Python's re scans that much faster."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie_branch(trie)


def trie_branch(node: dict[str, dict]) -> str:
    """Return the regex of one trie node."""
    branches = [re.escape(char) + trie_branch(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def lowered(text: str) -> str:
    """Return the text in lower case with the same offsets."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters ('İ') grow when lowered; fall back to ASCII-only lowering.
    return text.translate({c: c + 32 for c in range(65, 91)})


@dataclass
class Hotspots:
    """Per trigger class: where its tokens start, and the merged windows around them."""

    tokens: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    windows: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))


def hotspots(text: str) -> Hotspots:
    """Return the trigger tokens of the text and the windows around them, per class."""
    table = trigger_table()
    found = Hotspots()
    size = len(text)
    for match in trigger_regex().finditer(lowered(text)):
        start, end = match.span()
        token = match.group()
        classes = digit_class(token) if token[0].isdigit() else table[token]
        for cls in classes:
            if cls in CAPITALISED and not text[start].isupper():
                continue
            found.tokens[cls].append(start)
            add_window(found.windows[cls], max(0, start - MARGIN), min(size, end + MARGIN))
    return found


@cache
def period_years() -> frozenset[str]:
    """The years that are the only rare word of a period's name ("the War of 1812")."""
    years = set()
    for name in lx.period_names():
        words = [w for w in re.findall(r"[a-z]+", name) if w not in PERIOD_FILLER]
        if not words:
            years.update(re.findall(r"\d{4}", name))
    return frozenset(years)


def digit_class(token: str) -> tuple[str, ...]:
    """Return the classes a run of digits triggers: four digits a year (and a period named by its
    year), one or two a day of the month."""
    if len(token) == 4:
        return ("year", "period") if token in period_years() else ("year",)
    return ("day",) if len(token) <= 2 else ()


def add_window(windows: list[tuple[int, int]], start: int, end: int) -> None:
    """Append a window, merging it with the last one when they overlap (tokens come in order)."""
    if windows and start <= windows[-1][1]:
        windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
    else:
        windows.append((start, end))
