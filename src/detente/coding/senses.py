"""Demonyms a document uses for another people than a state's (data/other_senses.tsv): in a
history of Native American nations, "the Indians" are not India."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import data_rows


@cache
def _rules() -> list[tuple[frozenset[str], re.Pattern[str]]]:
    rules = []
    for demonyms, _country, cues in data_rows("other_senses.tsv"):
        words = "|".join(re.escape(c) for c in cues.split(","))
        rules.append((frozenset(demonyms.split(",")), re.compile(rf"\b(?:{words})\b")))
    return rules


def other_senses(text: str) -> frozenset[str]:
    """The demonyms this document uses for another people than a state's."""
    found: set[str] = set()
    for demonyms, cues in _rules():
        if cues.search(text):
            found |= demonyms
    return frozenset(found)
