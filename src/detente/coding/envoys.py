"""People a state sends or appoints: "Polk dispatched John Slidell to Mexico", "the United States sent Commodore
Robert Shufeldt to Asia". A name the gazetteer does not know, told as the one a state sent, is that state's
envoy, and the document's later mentions of the surname ("Shufeldt negotiated a treaty with Korea") are its acts."""

from __future__ import annotations

from typing import Any

from ..model import Actor
from .arguments import ActorRef
from .lexicon import in_class, word_class

Token = Any


def learn_envoys(parsed: Any, by_token: dict[int, list[ActorRef]], people: dict[str, Actor]) -> None:
    """Add to people the surnames of the unknown persons a state (or its leader or official) sends or appoints in
    this sentence, as officials of that state (a surname the text gives another state's person keeps that one)."""
    for verb in parsed:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_class("envoy_sending_verbs"):
            continue
        senders = {r.actor.country for s in verb.children if s.dep_ == "nsubj"
                   for r in by_token.get(s.i, ()) if r.actor.country}
        if len(senders) != 1:
            continue
        country = senders.pop()
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        objects += [c for o in objects for c in o.conjuncts]
        for person in objects:
            name = _unknown_name(person, by_token)
            if name is not None and name[-1] not in people:
                people[name[-1]] = Actor(" ".join(name), " ".join(name), country, "GOV", f"{country}GOV")


def _unknown_name(token: Token, by_token: dict[int, list[ActorRef]]) -> list[str] | None:
    """The words of a personal name ending at token ("Commodore Robert Shufeldt": Robert Shufeldt), when no word of
    its phrase names an actor; None for anything else."""
    post = token.pos_ == "NOUN" and (token.lemma_.lower() in word_class("envoy_nouns")
                                     or in_class(token.lemma_, "@DIPLOMAT"))
    if post and any(by_token.get(c.i) for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")):
        return None  # ("sent the Mexican ambassador": known already)
    named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    words = _name_words(token)
    if post and named:
        token = named[0]  # "dispatched its envoy Li Hui"
        words = _name_words(token)
    elif post and len(words) >= 2:
        # "named Anatoly Dobrynin ambassador": the parser may make the post the object, the name its modifiers
        token, words = words[-1], words[:-1]
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or len(token.text) < 2 \
            or any(by_token.get(w.i) for w in [token, *words]):
        return None  # ("sent Marshall": known already)
    names = [w.text for w in words if w.text not in word_class("not_first_names")] + [token.text]
    return names if len(names) >= 2 else None  # (a first name and a surname: not "sent Congress", "named Asia")


def _name_words(token: Token) -> list[Token]:
    """The proper nouns compounded before a word, in text order, also when the parser chains them ("appointed James
    Gadsden minister": James hangs on Gadsden, Gadsden on minister)."""
    found: list[Token] = []
    for c in token.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i:
            found += _name_words(c) + [c]
    return sorted(found, key=lambda w: w.i)
