"""Names histories give things (a war, a treaty), as written around the noun that heads them, and the key the tables
of named things keep them under (timex.words.period_key: lower case, plain dashes, no article)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..timex.words import period_key

_HYPHENS = re.compile(r"\s*([-\u2010-\u2015])\s*")


def written_name(noun: Any) -> str:
    """A name as written around its noun: the capitalised words before it and an "of" phrase after it whose words
    are all capitalised or numbers ("the Anglo-American Convention of 1818", "the Treaty of Ghent", "the War of
    1812", "Pinckney's Treaty")."""
    before = [w for w in noun.subtree if w.i < noun.i and (w.text[:1].isupper() or w.text == "-")]
    after = [f"of {' '.join(w.text for w in o.subtree)}" for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for o in c.children if o.dep_ == "pobj" and all(w.text[:1].isupper() or w.like_num or w.lower_ == "and"
                                                            for w in o.subtree)]
    # (the tokenizer splits a hyphen off: "Rush - Bagot Agreement")
    return _HYPHENS.sub(r"\1", " ".join([*(w.text for w in before), noun.text, *after[:1]]))


def name_key(noun: Any) -> str:
    """The key of the name a noun heads, as the tables of named things keep it."""
    return period_key(written_name(noun))


def names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Names of a table (as name_key keys them) as they may be written, for the filter before parsing: any case, any
    dash, a possessive between words ("Pinckney's Treaty", "the Rush–Bagot Agreement"); the longest first."""
    def written(name: str) -> str:
        words = [re.escape(w).replace(r"\-", r"\s*[-\u2010-\u2015]\s*").replace("'", "['\u2019]")
                 for w in name.split()]
        return r"(?:['\u2019]s)?\s+".join(words)
    return re.compile(r"\b(?:" + "|".join(written(n) for n in sorted(names, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)
