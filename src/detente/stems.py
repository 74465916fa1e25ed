"""The one stemmer of trigger words: one inflection stripped ("talks" -> "talk", "signed" -> "sign"); and
the singular of a noun, where two nouns are compared as words ("treaties" -> "treaty").

Two mentions are one act only if their triggers share a stem: within a document (the coder's merge,
coding/merge.py) and across documents (the store's incidents, store/incidents.py). One function
keeps the two rules from drifting apart.
"""

from __future__ import annotations

SUFFIXES = ("ing", "ed", "es", "s", "e")


def stem(word: str) -> str:
    """A lower-case word without its first matching suffix, if at least three letters are left."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


def singular(word: str) -> str:
    """A noun's singular in lower case, by its ending: "treaties" treaty, "accords" accord, "talks" talk."""
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low
