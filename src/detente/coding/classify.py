"""Sentence-level event typing, for evaluation on sentence gold standards.

Returns the type of the sentence's main act: the trigger nearest the root of the
parse, preferring triggers with an actor on either side or that govern a trigger with
one ("threatened to close the border with Syria"). Actors are not required,
so this measures the event-type decision alone.

detente's record codes an announced future act as the act itself with status
"planned" ("will visit" is CONSULT, planned). PLOVER's gold records code such
announcements as the statement of intent: AGREE for a cooperative act, THREATEN for
a hostile one (a boycott or a march announced is a threat too; an attempt is the act
tried), an act a party must or should do as REQUEST, a cooperative act that failed or
was refused as REJECT, and one called off or suspended as SANCTION (relations
reduced). Sentence typing applies those conventions, so the figure compares like with
like.
"""

from __future__ import annotations

from ..actors import find_actors
from ..ontology import cameo
from .arguments import SentenceActors, arguments_for
from .lexicon import word_class
from .match import find_triggers
from .nlp import pipeline
from .pipeline import actor_tokens
from .status import judge

# a protest (a boycott, a strike, a march) is an act: announced, it is a threat like any hostile act
_STATEMENTS = {"AGREE", "THREATEN", "REQUEST", "ACCUSE", "REJECT"}


def _intended(token) -> bool:
    """An announced future act: "will visit", "said it would withdraw", "is ready to lift"; not an
    attempt ("an attempt to kill the minister"), which PLOVER codes as the act tried."""
    if token.head.lemma_.lower() in word_class("attempt_words"):
        return False
    heads = [token, token.head]
    if any(c.dep_ == "aux" and c.lower_ in word_class("intent_auxiliaries") for h in heads for c in h.children):
        return True
    return bool(token.head.lemma_.lower() in word_class("readiness_adjectives") or judge(token) == "planned")


def _plover_convention(event_type: str, cameo_code: str, token) -> str:
    if any(c.dep_ == "aux" and c.lower_ in word_class("obliging_modals") for c in token.children):
        return "REQUEST"  # "a note to Pakistan that it must withdraw": what a party must do is asked of it
    status, friendly = judge(token), cameo(cameo_code).quad_class in (1, 2)
    if status == "negated" and friendly:
        return "REJECT"  # "failed to conclude an accord", "would not accept the proposal"
    if status == "cancelled" and friendly:
        return "SANCTION"  # "called off the minister's trip", "suspended its food aid": relations reduced
    if event_type in _STATEMENTS or not _intended(token):
        return event_type
    return "AGREE" if cameo(cameo_code).quad_class in (1, 2) else "THREATEN"


def _place(token):
    """Where an act stands in the sentence: a noun act that is the object of its verb stands in the
    verb's place ("staged a sit-in to demand ...", "renewed its call for ...")."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "obj"):
        return token.head
    return token


def _depth(token) -> int:
    """How far the act is from the root, reporting verbs not counted."""
    token = _place(token)
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        if token.lemma_ not in word_class("reporting_verbs"):
            depth += 1
    return depth


def _stated_with_actors(doc, found: list, actors: SentenceActors) -> list[bool]:
    """Per trigger: whether it names an actor, or governs an act that does ("threatened to expel the
    Iranian envoy", "urged that Israel lift the closure"): the governing verb states the act, the
    one below it says what is threatened or demanded."""
    own = [bool(a.sources or a.targets or a.pair)
           for a in (arguments_for(doc[m.token], actors, m.entry) for m in found)]
    inside = [{t.i for t in _place(doc[m.token]).subtree} for m in found]
    return [own[k] or any(own[j] and found[j].token in inside[k] for j in range(len(found)))
            for k in range(len(found))]


def sentence_type(text: str) -> str | None:
    """The PLOVER type of the main act a sentence states, or None."""
    doc = pipeline()(text)
    actors = SentenceActors(doc, actor_tokens(doc, find_actors(text)))
    found = find_triggers(doc, actors)
    best = None
    for m, has_actor in zip(found, _stated_with_actors(doc, found, actors), strict=True):
        token = doc[m.token]
        # the act nearest the root, verb or noun: "delivered an ultimatum to X to pull its troops back"
        key = (not has_actor, _depth(token), m.entry.pos != "V", m.token)
        if best is None or key < best[0]:
            best = (key, _plover_convention(m.entry.event_type, m.entry.cameo, token))
    return best[1] if best else None
