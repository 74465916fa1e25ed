"""Treaties histories name, and the states that are their parties (data/treaty_parties.tsv): an act on a named
treaty that leaves a party unnamed ("diplomats signed the Treaty of Ghent", "Nixon signed the ABM Treaty in Moscow",
"the Jay Treaty was ratified") is between its parties."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from ..actors import actor_of_code
from ..actors.succession import historic_states
from ..model import Actor, DateSpan
from .arguments import ActorRef, Arguments, state_key
from .lexicon import PLACE_KINDS, data_rows, in_class, word_class
from .names import name_key, names_pattern

Sides = tuple[tuple[str, ...], tuple[str, ...]]  # the treaty's two sides, each one state or more


@cache
def _table() -> dict[str, tuple[Sides, int | None]]:
    """Named treaties -> their two sides and the year they were signed (data/treaty_parties.tsv)."""
    return {row[0]: ((tuple(row[1].split()), tuple(row[2].split())),
                     int(row[3]) if len(row) > 3 and row[3].isdigit() else None)
            for row in data_rows("treaty_parties.tsv")}


@cache
def _parties() -> dict[str, Sides]:
    """Named treaties -> their two sides."""
    return {name: sides for name, (sides, _) in _table().items()}


def year_signed(token: Any, parties: tuple[Actor, Actor], told: DateSpan | None) -> DateSpan | None:
    """ "the decades that followed the signing of the ANZUS Treaty": the making of a named treaty by its own parties
    was done in the year the treaty was signed, whatever time the story tells it at (not its ratification, nor talks on
    it, which may come later: word class treaty_making_words; nor another state's signing it later); None when the
    time told already lies in that year ("on Christmas Eve")."""
    if token.lemma_.lower() not in word_class("treaty_making_words"):
        return None
    found = named_treaty(token)
    if found is None:
        return None
    (side_a, side_b), year = _table()[name_key(found[0])]
    members = {_state(c) for c in (*side_a, *side_b)}
    if year is None or not all(_state(a.country or "") in members for a in parties):
        return None
    if told is not None and told.start and told.start.year == year and (told.end or told.start).year == year:
        return None
    return DateSpan(date(year, 1, 1), date(year, 12, 31), "year", None, "discourse")


@cache
def mention_pattern() -> re.Pattern[str]:
    """The names of the table as they may be written, for the filter before parsing ("Pinckney's Treaty", "the
    Rush–Bagot Agreement")."""
    return names_pattern(_parties())


def named_treaty(token: Any) -> tuple[Any, Sides] | None:
    """The named treaty an act is done on, with its two sides: the object or subject of its verb ("signed the Jay
    Treaty", "the ABM Treaty was ratified", "entered into force"), or what its noun is of ("the signing of the Treaty
    of Ghent"). A treaty only mentioned ("disillusionment with the Treaty of Versailles") is no act on it."""
    for noun in _named_treaties(token):
        sides = _parties().get(name_key(noun))
        if sides is not None:
            return noun, sides
    return None


def _named_treaties(token: Any) -> list[Any]:
    """The nouns of treaties told by their names that an act is done on (see named_treaty)."""
    if token.pos_ in ("VERB", "AUX"):
        # (a joined verb with no subject of its own shares its head's: "was ratified and entered into force")
        holders = [token, token.head] if token.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children) else [token]
        # (a subject is acted on only when the verb has no object: "the ABM Treaty entered into force", not "the
        # Convention of 1800 terminated the treaty of alliance")
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
        nouns = [*objects, *(c for h in holders for c in h.children
                             if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and not objects))]
    else:
        nouns = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
    # (and the name a common noun is given in apposition: "that pact, the Harris Treaty, was ratified")
    nouns += [a for n in nouns for a in n.children if a.dep_ == "appos"]
    return [noun for noun in nouns if in_class(noun.lemma_, "@AGREEMENT") and (noun.text[:1].isupper() or any(
        w.text[:1].isupper() for w in noun.children if w.dep_ in ("compound", "amod")))]


def an_unlisted_treaty(token: Any, doers: frozenset[str] | set[str] = frozenset()) -> bool:
    """ "the Senate ratified the Neutrality Treaty": a treaty verb done on a treaty told by a name the table does not
    know, or one the doers are no party of ("Sudan signed the Abraham Accords", joining it later), whose partner is
    then the other of the pair the text is about."""
    if token.lemma_.lower() not in word_class("treaty_verbs"):
        return False
    nouns = _named_treaties(token)
    sides = [_parties().get(name_key(noun)) for noun in nouns]
    joiners = {_state(d) for d in doers}
    return bool(nouns) and all(s is None or (joiners and not joiners & {_state(c) for side in s for c in side})
                               for s in sides)


# a treaty rejected by one of its parties is rejected towards the others ("the Senate rejected the Treaty of
# Versailles"); with no party named, no one is known to have rejected it
_UNMAKING = frozenset({"REJECT"})


def _state(code: str) -> str:
    """A state as its treaties are compared: the Soviet Union's are Russia's (actors/data/successors.tsv)."""
    return historic_states().get(code, code)


def with_the_treaty_s_parties(token: Any, event_type: str, args: Arguments) -> Arguments:
    """The arguments of an act on a named treaty, with the parties the sentence leaves unnamed filled in from the
    treaty's: one party named, the other side; none named, both. A sentence that names a state outside the treaty
    (a mediator, a host) is left as it is."""
    # (only the acts a treaty is made or unmade with: "defended the Treaty of Versailles", "discussed the ABM
    # Treaty with his cabinet" are no acts between its parties)
    found = named_treaty(token) if token.lemma_.lower() in word_class("treaty_verbs") else None
    if found is None:
        return args
    noun, (side_a, side_b) = found
    in_a, in_b = {_state(c) for c in side_a}, {_state(c) for c in side_b}
    # (not the states the name itself gives, "the Anglo-American Convention", nor where it was done, "in Moscow")
    name = {w.i for w in noun.subtree if w.i <= noun.i or w.text[:1].isupper()}
    told = replace(args, sources=[r for r in args.sources if r.token not in name],
                   targets=[r for r in args.targets if r.token not in name],
                   pair=[r for r in args.pair if r.token not in name])
    # (a capital that signs is its government: "Khartoum signed the accords"; one where it is done is no party)
    named = [r for r in (*told.sources, *told.targets, *told.pair)
             if r.kind != "anaphor" and (r.kind not in PLACE_KINDS or (r in told.sources and r.kind == "capital"))]
    states = {_state(k) for k in (state_key(r) for r in named) if k}
    if not states <= in_a | in_b or (states & in_a and states & in_b):
        return args

    def refs(codes: tuple[str, ...]) -> list[ActorRef]:
        actors = [actor_of_code(c) for c in codes]
        return [ActorRef(a, noun.i, "anaphor", "discourse") for a in actors if a is not None]

    if not states:
        if event_type in _UNMAKING:
            return args
        return replace(args, sources=refs(side_a), targets=refs(side_b), pair=[])
    other = refs(side_b if states & in_a else side_a)
    if told.sources:  # (a doer named or told by a pronoun keeps its place)
        return replace(args, sources=told.sources, targets=other, pair=[])
    return replace(args, sources=other, targets=named, pair=[])
