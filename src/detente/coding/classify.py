"""Sentence-level event typing, for evaluation on sentence gold standards.

Returns the type of the sentence's main act: the trigger nearest the root of the
parse, preferring triggers with an actor on either side. Actors are not required,
so this measures the event-type decision alone.
"""

from __future__ import annotations

from ..actors import find_actors
from .arguments import SentenceActors, noun_arguments, verb_arguments
from .match import find_triggers
from .nlp import pipeline
from .pipeline import actor_tokens

_REPORTING = {"say", "tell", "report", "state", "announce", "add", "claim"}


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        if token.lemma_ not in _REPORTING:
            depth += 1
    return depth


def sentence_type(text: str) -> str | None:
    """The PLOVER type of the main act a sentence states, or None."""
    doc = pipeline()(text)
    actors = SentenceActors(doc, actor_tokens(doc, find_actors(text)))
    best = None
    for m in find_triggers(doc, actors):
        token = doc[m.token]
        if m.entry.pos == "V":
            args = verb_arguments(token, actors, "from" in m.entry.flags)
        else:
            args = noun_arguments(token, actors, "ofA" in m.entry.flags, "possT" in m.entry.flags,
                                  "from" in m.entry.flags)
        has_actor = bool(args.sources or args.targets or args.pair)
        key = (not has_actor, m.entry.pos != "V", _depth(token), m.token)
        if best is None or key < best[0]:
            best = (key, m.entry.event_type)
    return best[1] if best else None
