"""What the coder holds while it reads a document: the document's own facts, what the text has
told so far, and the sentence it is coding.

Narrative time is not kept here: it is a value (dating.Narrative) that each stage takes and
returns, so nothing moves the story on behind the caller's back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from re import Pattern
from typing import Any

from ..model import Actor, DateSpan, Document, Event, Reference
from ..stems import singular
from . import scene
from .arguments import ActorRef, Arguments
from .discourse import Discourse
from .merge import stem
from .senses import home_bodies, other_senses, seats, short_names
from .tagging import TaggedSentence


@dataclass(frozen=True)
class DocumentContext:
    """What the coder knows of a document before reading it."""

    doc: Document
    news: bool  # news dates undated acts by publication; essays by their narrative time
    refs: dict[int, Reference]
    other_senses: frozenset[str]  # demonyms this document uses for another people
    seats: dict[str, str]  # capitals this document uses for an organisation seated there -> its code
    short_names: dict[str, tuple[str, str]]  # shared short names -> (gazetteer's state, this document's)
    home_bodies: list[tuple[Pattern[str], str, str, str]]  # bodies named without their state: (names, state,
    # sector, name)

    @classmethod
    def of(cls, doc: Document, news: bool) -> DocumentContext:
        return cls(doc, news, {r.n: r for r in doc.references}, other_senses(doc.text), seats(doc.text),
                   short_names(doc.text), home_bodies(doc.text))

    def cited(self, t: TaggedSentence) -> list[Reference]:
        """The references a sentence cites."""
        return [self.refs[n] for n in t.sentence.references if n in self.refs]


class ToldActs(list[Event]):
    """The acts told so far, in text order (a list, appended to), with an index of the words of
    their triggers: "welcomed the deal" looks for the latest act told with "deal", and a long
    document has told thousands."""

    def __init__(self) -> None:
        super().__init__()
        self._indexed = 0
        self._by_word: dict[str, int] = {}  # trigger word, "s" stripped -> latest position
        self._by_stem: dict[str, int] = {}  # stem of such a word -> latest position

    def drop_latest(self, sentence: int, doomed: Callable[[Event], bool]) -> None:
        """Remove acts of the sentence being coded (told last) that `doomed` picks; the word index, which
        may know their positions, is rebuilt when next asked."""
        since = len(self)
        while since > 0 and self[since - 1].evidence.sentence == sentence:
            since -= 1
        kept = [e for e in self[since:] if not doomed(e)]
        if len(kept) == len(self) - since:
            return
        del self[since:]
        self.extend(kept)
        if self._indexed > since:
            self._indexed, self._by_word, self._by_stem = 0, {}, {}

    def latest_naming(self, lemma: str) -> Event | None:
        """The latest act whose trigger has the word (or its stem): see dyads._referenced_act."""
        for n in range(self._indexed, len(self)):
            words = {form.rstrip("s") for w in self[n].trigger.split() for form in (w.lower(), singular(w))}
            self._by_word.update(dict.fromkeys(words, n))
            self._by_stem.update(dict.fromkeys((stem(w) for w in words), n))
        self._indexed = len(self)
        at = max(self._by_word.get(lemma.rstrip("s"), -1), self._by_stem.get(stem(lemma), -1))
        return self[at] if at >= 0 else None


def latest_naming(told: list[Event], lemma: str) -> Event | None:
    """The latest act told whose trigger has the word lemma (or its stem)."""
    if isinstance(told, ToldActs):
        return told.latest_naming(lemma)
    index = ToldActs()
    index.extend(told)
    return index.latest_naming(lemma)


@dataclass
class Story:
    """What the text has told so far, carried from sentence to sentence."""

    discourse: Discourse = field(default_factory=Discourse)
    events: ToldActs = field(default_factory=ToldActs)  # every act told so far, in text order
    people: dict[str, Actor] = field(default_factory=dict)  # surname -> actor, learned from this document
    bodies: dict[str, Actor] = field(default_factory=dict)  # "Partnership" -> the Partnership for Peace, likewise
    acronyms: dict[str, tuple[Actor, str]] = field(default_factory=dict)  # "CCG" -> the China Coast Guard, its kind
    headline_ids: set[str] = field(default_factory=set)  # acts of a headline its sentence leaves undated


@dataclass(frozen=True)
class SentenceView:
    """One parsed sentence as its triggers are coded, in order."""

    t: TaggedSentence
    parsed: Any
    named: list[ActorRef]  # the actors the sentence names (not the anaphors)
    coded: dict[int, Arguments] = field(default_factory=dict)  # the arguments of the triggers coded so far
    # each time expression resolved once against narrative time: (start, end, first, last, since, until, future) ->
    # (date, warning)
    resolved: dict[tuple[int, int, date | None, date | None, bool, bool, bool],
                   tuple[DateSpan | None, str | None]] = field(default_factory=dict)
    # the day one of the two sentences before dated an act by, in its own words: "the next day" in a report whose
    # story stands at its writing counts from there
    previous_day: DateSpan | None = None

    @cached_property
    def heading(self) -> bool:
        """Whether the sentence is a section's heading ("Recognition of the Revolutionary Government, 1959."),
        found once for all its triggers."""
        return scene.section_heading(self.t) is not None
