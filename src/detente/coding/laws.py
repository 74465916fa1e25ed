"""Laws a state made against or for another, told by their names (data/named_laws.tsv): "Congress passed the
Scott Act in 1888", "the Geary Act of May 1892 extended the ban ...", "after the passage of the Torricelli Act" tell an
act of the law's maker towards each state it is aimed at, in the year it became law. A law only referred to
("sanctions under the Iran Sanctions Act", "the Act expired"), made by another state ("Canada passed its own Magnitsky
Act") or not yet made when the text was written tells no act."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ..actors import actor_of_code
from ..model import DateSpan
from ..timex.words import period_key
from .lexicon import Trigger, data_rows, word_class
from .names import names_pattern, written_name


@dataclass(frozen=True)
class NamedLaw:
    """One row of the table: who made the law, whom it is aimed at, the act it is, and its year."""

    maker: str
    targets: tuple[str, ...]
    event_type: str
    cameo: str
    year: int


@cache
def _table() -> dict[str, NamedLaw]:
    return {row[0]: NamedLaw(row[1], tuple(row[2].split()), row[3], row[4], int(row[5]))
            for row in data_rows("named_laws.tsv")}


@cache
def mention_pattern() -> re.Pattern[str]:
    """The names of the table as they may be written, for the filter before parsing ("the Helms-Burton Act")."""
    return names_pattern(_table())


def named_law(noun: Any) -> NamedLaw | None:
    """The law of the table a noun heads: its name as written ("the U.S. Scott Act of 1888"), or its words without
    the maker's name before them ("Scott Act"); a name is written with capitals ("an embargo act" is no name)."""
    if noun.lemma_.lower() not in word_class("law_nouns") or not noun.text[:1].isupper() or any(
            c.dep_ == "det" and c.lower_ in word_class("indefinite_determiners") for c in noun.children):
        return None  # ("passed a Magnitsky Act of its own": a law of that kind, not the one the table knows)
    written = written_name(noun)
    # (a plural names the laws of the name: "the Geary Acts")
    words = [*written.split(" of ")[0].split()[:-1], noun.lemma_.lower()]
    # (without the maker's name or a word of scope before it: "the U.S. Comprehensive Anti-Apartheid Act", but not
    # "the Global Magnitsky Act" as the Magnitsky Act)
    dropped = next((i for i, w in enumerate(words) if w.lower() not in word_class("law_name_openers")), 0)
    for candidate in (written, *(" ".join(words[i:]) for i in range(dropped + 1))):
        law = _table().get(period_key(candidate))
        if law is not None:
            return law
    return None


def told_as_made(noun: Any) -> tuple[int, ...] | None:
    """The words that tell the law being made (or acting, in the past: "the Geary Act of 1892 extended the ban"), with
    the noun first; None when the sentence only names it."""
    making = word_class("law_making_verbs")
    law, head = noun, noun.head
    while law.dep_ == "conj":  # "passed the Scott Act, and later the Geary Act"
        law, head = head, head.head
    if law.dep_ in ("dobj", "obj", "nsubjpass") and head.lemma_.lower() in making:
        return noun.i, head.i
    if law.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in word_class("law_making_nouns") \
            and head.head.dep_ == "pobj" and head.head.head.lower_ in word_class("law_passage_preps"):
        return noun.i, head.head.i  # "after the passage of the Geary Act" (not "warned against its passage")
    replacing = [w for w in (head.head, head.head.head) if w.lemma_.lower() in word_class("law_replacing_verbs")]
    if law.dep_ == "pobj" and head.lower_ in word_class("law_replacing_preps") and replacing:
        return noun.i, replacing[0].i  # "replaced the first measure with the Scott Act" (the parser may hang "with"
        # on the object)
    if law.dep_ == "nsubj" and head.tag_ == "VBD" and head.lemma_.lower() in word_class("law_acting_verbs"):
        return noun.i, head.i  # "the Geary Act of 1892 extended the ban"
    clause = next((c for c in law.children if c.dep_ in ("acl", "relcl")
                   and (c.lemma_.lower() in making or _taking_effect(c))), None)
    return (noun.i, clause.i) if clause is not None else None  # "the Act, which became law on May 5"


def _taking_effect(verb: Any) -> bool:
    """ "became law", "took effect", "entered into force"."""
    phrase = {f"{verb.lemma_.lower()} {w.lower_}" for c in verb.children for w in (c, *c.children)}
    return bool(phrase & word_class("law_taking_effect"))


def law_year(law: NamedLaw, told: list[DateSpan | None]) -> DateSpan:
    """The date of the law's making: the first time the sentence tells that lies in the law's year ("in May 1892"),
    else the year."""
    for span in told:
        if span is not None and span.start and span.start.year == (span.end or span.start).year == law.year:
            return span
    return DateSpan(date(law.year, 1, 1), date(law.year, 12, 31), "year", None, "discourse")


def law_entry(noun: Any, law: NamedLaw) -> Trigger:
    """The lexicon entry a named law stands as."""
    return Trigger("N", noun.lemma_.lower(), None, None, None, law.event_type, None, None, law.cameo,
                   frozenset({"law"}))


def parties(law: NamedLaw) -> list[tuple[Any, Any]]:
    """The law's maker and each state it is aimed at, as actors."""
    maker = actor_of_code(law.maker)
    return [(maker, target) for target in (actor_of_code(c) for c in law.targets)
            if maker is not None and target is not None]


def law_naming(token: Any) -> NamedLaw | None:
    """The law of the table whose name a word is part of ("Syria" in "the Syria Accountability Act")."""
    word = token
    while word.dep_ in ("compound", "amod") and word.head.i > word.i:
        word = word.head
        law = named_law(word)
        if law is not None:
            return law
    return None
