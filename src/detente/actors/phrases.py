"""Read the words around a name: sector nouns, titles and personal names.

The matcher finds names with an automaton; these helpers look a few words either
side of a name to build "Pakistan Army", "Russian defence minister" or
"President Putin" without scanning the whole text for common nouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from detente.actors.entries import SectorWord, calendar_names, normalise_phrase, word_class

# Whitespace inside one phrase: spaces, or a single line break (a paragraph break ends it).
_GAP = re.compile(r"[ \t\u00a0]+(?:\n[ \t\u00a0]*)?|\n[ \t\u00a0]*(?!\n)")
_TOKEN = re.compile(r"[^\W\d_][\w\-]*(?:['’]\w+)*\.?")
_POSSESSIVE = ("'s", "’s")


@cache
def _not_names() -> frozenset[str]:
    """Capitalised words that follow a title but are not part of a name: "The", "In", "March"."""
    return word_class("not_names") | calendar_names()


@dataclass(frozen=True)
class Token:
    """One word near a name, with its span (without a possessive or a sentence period)."""

    start: int
    end: int
    word: str
    closes: bool  # a possessive or full stop: the phrase cannot run past this word
    key: str  # the word as a lookup key: lower case, no periods, hyphens as spaces


def _token(text: str, match: re.Match[str]) -> Token:
    """Build a token, splitting off a possessive and telling an abbreviation from a full stop."""
    start, end = match.start(), match.end()
    raw = match.group()
    closes = False
    if raw.endswith("."):
        bare = raw[:-1]
        if bare.lower() in word_class("abbreviations") or len(bare) == 1 or "." in bare:
            closes = False
        else:
            end, closes = end - 1, True
    if text[start:end].endswith(_POSSESSIVE):
        end, closes = end - 2, True
    word = text[start:end]
    return Token(start, end, word, closes, normalise_phrase(word.replace(".", "")))


def tokens_after(text: str, pos: int, limit: int = 10) -> list[Token]:
    """Up to `limit` words that follow pos, each separated by plain whitespace."""
    out: list[Token] = []
    while len(out) < limit:
        gap = _GAP.match(text, pos)
        if not gap:
            break
        match = _TOKEN.match(text, gap.end())
        if not match:
            break
        token = _token(text, match)
        out.append(token)
        if token.closes:
            break
        pos = match.end()
    return out


def tokens_before(text: str, pos: int, limit: int = 6) -> list[Token]:
    """Up to `limit` words that end right before pos (then whitespace), in text order."""
    window_start = max(0, pos - 15 * limit)
    found = [_token(text, m) for m in _TOKEN.finditer(text, window_start, pos)]
    out: list[Token] = []
    edge = pos
    for token in reversed(found):
        gap = text[token.end:edge]
        if token.closes or not gap or _GAP.fullmatch(gap) is None or len(out) >= limit:
            break
        out.append(token)
        edge = token.start
    out.reverse()
    return out


def sector_at(tokens: list[Token], i: int, sectors: dict[str, SectorWord]) -> tuple[int, SectorWord] | None:
    """The longest sector phrase starting at tokens[i]: (index after it, its sector word)."""
    for j in range(min(len(tokens), i + 5), i, -1):
        if any(t.closes for t in tokens[i:j - 1]):
            continue
        word = sectors.get(" ".join(t.key for t in tokens[i:j]))
        if word is not None:
            return j, word
    return _free_title_at(tokens, i)


def _free_title_at(tokens: list[Token], i: int) -> tuple[int, SectorWord] | None:
    """A capitalised title like 'Petroleum Minister' that is not listed word for word."""
    for j in range(min(len(tokens), i + 4), i + 1, -1):
        words = tokens[i:j]
        if any(t.closes for t in words[:-1]) or words[-1].key not in word_class("title_heads"):
            continue
        if all(t.word[0].isupper() or t.key == "and" for t in words):
            return j, SectorWord("GOV", "title")
    return None


def name_after(tokens: list[Token], i: int) -> int:
    """Index after a personal name starting at tokens[i] (i itself when there is none)."""
    j = i
    last_capital = i
    while j < len(tokens) and j - i < 6:
        token = tokens[j]
        if token.word in _not_names():
            break
        particle, _, rest = token.word.partition("-")
        if token.word[0].isupper() or (rest[:1].isupper() and particle.lower() in word_class("name_particles")):
            last_capital = j + 1  # (a name after its particle too: "al-Sisi")
        elif particle.lower() not in word_class("name_particles"):
            break
        j += 1
        if token.closes:
            break
    return last_capital


def sentence_start_before(text: str, pos: int) -> bool:
    """Whether only whitespace, quotes or brackets lie between pos and the previous sentence end."""
    k = pos - 1
    while k >= 0 and (text[k].isspace() or text[k] in "\"“‘'([—–-"):
        if text[k] == "\n" and k > 0 and text[k - 1] == "\n":
            return True
        k -= 1
    return k < 0 or text[k] in ".!?:;\n"
