"""Acts told as one more of a series the text has named: "A second round took place the
following year", "The series began in 2004", "a third was held in Pakistan in October 2018".

Such a sentence names neither the parties nor the act: it repeats the latest exercise or
talks of the document (see repeats.series_rounds), at the date its own clause gives.
The words are in data/continuations.tsv. Only a clause whose subject is one of these nouns
(or an ordinal standing for one) and whose verb says that it took place counts, and only with
a time expression in the sentence: "the series focuses on counter-terrorism" is no act.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .lexicon import data_rows, word_alternation, word_class

Token = Any
SERIES_TYPES = ("COOPERATE", "CONSULT")  # exercises, drills, training; talks and meetings
WINDOW = 6  # sentences back in which the series must have been named


@cache
def _words() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {"noun": set(), "ordinal": set(), "verb": set(), "plan": set(), "verb+obj": set()}
    for word, role in data_rows("continuations.tsv"):
        table[role].add(word)
    return table


@cache
def _pattern() -> re.Pattern[str]:
    words = _words()["noun"] | _words()["ordinal"]
    return re.compile(r"\b(?:" + "|".join(sorted(words)) + r")\b", re.IGNORECASE)


@cache
def _followed() -> re.Pattern[str]:
    return re.compile(r"\b" + word_alternation("following_verb_forms") + r"\b")


def candidate(raw: str, has_time: bool, has_actor: bool = False) -> bool:
    """Cheap test before parsing: an actor and "followed suit" or "did the same" (with or without a time of its
    own: "France did the same"), or a time expression and a series word."""
    if has_actor and _followed().search(raw) is not None:
        return True
    return has_time and _pattern().search(raw) is not None


def follows(parsed: Any) -> list[tuple[Token, Token, bool]]:
    """(verb, subject, suit) of clauses "X followed in 2011": an intransitive "followed" of a subject,
    the same act again (not "followed the talks", "the following year"); with suit, "X followed
    suit", "with X following suit a week later", "X did the same": the same act, which another may
    repeat."""
    out = []
    for tok in parsed:
        if tok.lemma_.lower() == "do" and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("dobj", "obj") and c.lower_ in word_class("same_act_objects") for c in tok.children):
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                out.append((tok, subject, True))  # "Poland had done the same": as "followed suit"
            continue
        if tok.lemma_.lower() not in word_class("following_verbs"):
            continue
        suit = any(c.dep_ in ("dobj", "pobj") and c.lower_ in word_class("following_objects") for c in tok.children)
        if not suit and (tok.tag_ != "VBD" or (tok.dep_ not in ("ROOT", "conj") and not _joined_after_an_aside(tok))):
            continue
        objects = ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass")
        if any(c.dep_ in objects and c.lower_ not in word_class("following_objects") for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None and suit:
            subject = _absolute_subject(tok)
        if subject is not None:
            out.append((tok, subject, suit))
    return out


def _joined_after_an_aside(verb: Token) -> bool:
    """ "X visited Lima in 2015, the first such visit in a decade, and Y followed in 2020": after an aside the parser
    may hang the clause joined by "and" on the aside's noun, as if it were a relative clause (one with a subject of
    its own right after the "and")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    start = subject.left_edge.i if subject is not None else 0
    return verb.dep_ == "relcl" and start > 0 and verb.doc[start - 1].lower_ == "and"


def _absolute_subject(verb: Token) -> Token | None:
    """ "with Britain following suit": the object of the "with" just before the participle."""
    before = [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i]
    if not before or max(t.i for t in before[-1].subtree) != verb.i - 1:
        return None
    return next((c for c in before[-1].children if c.dep_ == "pobj"), None)


def planned_round(verb: Token) -> bool:
    """Whether a round's verb tells it as planned ("the next round is scheduled for May")."""
    return verb.lemma_.lower() in _words()["plan"]


def _occurs(verb: Token) -> bool:
    words = _words()
    if verb.lemma_.lower() in words["verb"] or verb.lemma_.lower() in words["plan"]:
        return True
    objects = {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "dobj"}
    return bool(objects & words["verb+obj"])


def _of_another_kind(noun: Token) -> bool:
    """ "A new round of fighting began in May", "a new series of strikes": a round its own "of" phrase tells to be
    of hostilities or measures (word class other_rounds) is no round of the talks or exercises the text told."""
    return any(p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in word_class("other_rounds")
                                        for o in p.children)
               for p in noun.children if p.dep_ == "prep")


def continuations(parsed: Any) -> list[tuple[Token, Token]]:
    """(subject, verb) of every clause saying that one more round of a series took place."""
    words = _words()
    found = []
    for tok in parsed:
        if tok.lower_ in words["noun"] and tok.pos_ == "NOUN":
            # "the most recent iteration, held in September 2025, drew ...": a participle tells the round
            # (not a plan's participle, which the main verb may call off: "the round planned for May was scrapped")
            found += [(tok, c) for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      and c.lemma_.lower() in words["verb"]]
        if tok.dep_ not in ("nsubj", "nsubjpass") or not _occurs(tok.head):
            continue
        low = tok.lower_
        noun = low in words["noun"] and tok.pos_ in ("NOUN", "PROPN") and not _of_another_kind(tok)
        # "a third was held": an ordinal with nothing after it stands for "a third round"
        ordinal = low in words["ordinal"] and tok.pos_ == "ADJ" and not list(tok.children)[1:]
        if noun or ordinal:
            found.append((tok, tok.head))
    return found
