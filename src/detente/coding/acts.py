"""What a trigger's surroundings say about its act: told jointly, refused, ended, with a venue."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from ..timex import TimeMention
from .arguments import ActorRef, Arguments, SentenceActors, noun_arguments, subject_of
from .clauses import kept_from, pushed_back, to_infinitive
from .lexicon import HOSTILE_TYPES, in_class, triggers, word_alternation, word_class
from .match import referent


def bond_of_both(token: Any, args: Arguments) -> bool:
    """ "the two governments broke off relations": several states acting on the ties between them,
    with no other party named, act on each other."""
    states = {_state(s) for s in args.sources if _state(s)}
    partnered = any(c.dep_ == "prep" and c.lower_ in word_class("partner_preps")
                    for w in [token, *token.children] for c in w.children)  # "severed relations with Vichy"
    return relational_object(token) and not args.targets and not args.pair and len(states) >= 2 and not partnered


def relational_object(token: Any) -> bool:
    """Whether a verb's object is a relation that has a partner: ties, relations, trade."""
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", "obj") and in_class(c.lemma_, "@PARTNERSHIP") for c in token.children)


def vows_defence(token: Any) -> bool:
    """ "vowed to defend X against Y", "pledging to protect X from Y": a promise that warns Y."""
    return any(c.dep_ == "xcomp" and in_class(c.lemma_, "@DEFENCE")
               and any(p.dep_ == "prep" and p.lower_ in word_class("threat_preps") for p in c.children)
               for c in token.children)


def warns_of_a_fact(token: Any) -> bool:
    """ "warned Moscow of a coming German attack", "warned Roosevelt that Britain could no longer pay... was no
    longer able to pay": a warning that tells what is so, or what a third party may do, passes on news; one that
    tells what will or could befall ("warned that any attack would meet a response") threatens."""
    if token.lemma_.lower() not in word_class("warning_verbs"):
        return False
    told = [c for c in token.children if c.dep_ == "ccomp"]
    if any(w.lower_ in word_class("consequence_words") for c in told for w in c.subtree):
        return False  # "warned that the drills would not go without consequences"
    if told:
        # (what one could no longer do is a fact told: "warned that Britain could no longer pay")
        return not any(a.dep_ == "aux" and a.lower_ in word_class("modal_auxiliaries")
                       and not any(w.dep_ == "neg" or w.lower_ == "longer" for k in c.children
                                   if k.dep_ in ("neg", "advmod") for w in k.subtree)
                       for c in told for a in c.children)
    # (but "warned Seoul of retaliation" threatens)
    about = [p for c in _warned_of(token) for p in c.children if p.dep_ == "pobj"]
    return bool(about) and not any(p.lower_ in word_class("consequence_words") or p.lemma_.lower() in word_class(
        "consequence_words") or _the_warner_s_measures(p) for p in about)


def _the_warner_s_measures(noun: Any) -> bool:
    """ "warned Helsinki of countermeasures", "of sanctions": measures no one else is named as taking ("of coming
    American sanctions", "of reprisals by Kyiv" pass on news)."""
    return noun.lemma_.lower() in word_class("warned_measures") and not any(
        c.dep_ in ("poss", "agent") or (c.dep_ in ("amod", "compound") and c.text[:1].isupper())
        or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


def what_a_warning_tells(token: Any) -> set[int]:
    """The words of what a warning is of or about, and of the clause it tells ("warned the ambassador of a coming
    German attack": Germany is told of, not warned)."""
    told = [c for c in token.children if c.dep_ == "ccomp"]
    return {w.i for c in [*_warned_of(token), *told] for w in c.subtree}


def _warned_of(token: Any) -> list[Any]:
    """The "of" and "about" phrases of a warning, on the verb or (as the parser may hang them) on the one warned:
    "warned the ambassador of a coming attack"."""
    holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
    return [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "about")]


def addressed_to_no_one(token: Any) -> bool:
    """ "refused to yield", "declined to attend": a refusal told by what the one refusing would not do; "denied press
    reports that ...": an answer to the press; "rejected the budget", "the appeal": a matter of its own people. None
    is addressed to a state the sentence leaves unnamed."""
    unaddressed = word_class("press_reports") | word_class("domestic_matters")
    return token.pos_ in ("VERB", "AUX") and any(
        (c.dep_ == "xcomp" and to_infinitive(c))
        or (c.dep_ in ("dobj", "obj") and c.lemma_.lower() in unaddressed) for c in token.children)


def each_on_its_own(token: Any) -> bool:
    """ "India and Pakistan both held talks with the US", "each", "separately": not together."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = [*token.children, *(t for s in subjects for t in s.subtree)]
    return any(t.lower_ in word_class("distributive_words") for t in words)


def told_apart(token: Any) -> bool:
    """ "hosted Nehru and Nasser on separate visits", "on different days": those received did not meet."""
    return any(t.lower_ in word_class("apart_words") for t in token.sent)


def bilateral(token: Any) -> bool:
    """ "Israeli, Syrian and Jordanian delegates met for bilateral talks": the act is told as one of two sides
    (its word, or the noun it is done with or about, is modified by one of bilateral_words)."""
    nouns = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj")),
             *(p for c in token.children if c.dep_ == "prep" and c.lower_ not in word_class("temporal_preps")
               for p in c.children if p.dep_ == "pobj")]
    # (the noun of a meeting: not "met on bilateral and regional issues", a topic)
    nouns = [n for n in nouns if n is token or in_class(n.lemma_, "@TALKS")]
    return any(c.dep_ == "amod" and c.lower_ in word_class("bilateral_words") for n in nouns for c in n.children)


def a_share(token: Any) -> bool:
    """ "Algeria supplies roughly 8% of French gas imports": a verb whose object is a share of something states a
    standing proportion, not an act."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in word_class("trading_verbs") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in word_class("share_nouns") for c in token.children)


def purpose_of_a_summons(token: Any) -> bool:
    """ "summoned the Dutch envoy to protest", "summoned the ambassador to complain": the protest a summons is made
    for is the summons itself, told once (verbs of summoning: class summoning_verbs)."""
    if token.pos_ not in ("VERB", "AUX") or not to_infinitive(token) \
            or token.lemma_.lower() not in word_class("summons_purposes"):
        return False
    summons = token.head
    if token.dep_ in ("relcl", "acl") and summons.dep_ in ("dobj", "obj"):
        summons = summons.head  # (the parser may hang the purpose on the envoy: "summoned the envoy to protest")
    elif token.dep_ not in ("advcl", "xcomp"):
        return False
    return summons.lemma_.lower() in word_class("summoning_verbs")


def together(token: Any) -> bool:
    """ "the two navies trained together", "they jointly patrolled", "accused each other": the act is
    mutual."""
    if any(c.dep_ == "advmod" and c.lower_ in word_class("mutual_adverbs") for c in token.children):
        return True
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "dative")]
    objects += [p for c in token.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if any(c.dep_ == "nsubj" and c.lower_ in word_class("reciprocal_determiners") for c in token.children) and any(
            o.lower_ in word_class("reciprocal_pronouns") for o in objects):
        return True  # "each accusing the other"
    # "pledged not to use force against each other": what the act commits both to is mutual, so the act is
    return any(_each_other(o) for o in objects) or any(c.dep_ == "xcomp" and together(c) for c in token.children)


def on_one_side(token: Any) -> bool:
    """ "fought a joint war in the Pacific", "the combined offensive", "fought side by side": the ones
    named fought as allies, not each other."""
    nouns = [token] + [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if any(c.dep_ == "amod" and c.lower_ in word_class("allied_adjectives") for n in nouns for c in n.children):
        return True
    sides = word_class("side_by_side_nouns")
    return any(c.dep_ == "npadvmod" and c.lower_ in sides for c in token.children) and any(
        c.dep_ == "prep" and any(p.lower_ in sides for p in c.children) for c in token.children)


def _each_other(word: Any) -> bool:
    """ "each other", "one another": the reciprocal pronoun."""
    return word.lower_ in word_class("reciprocal_pronouns") and any(
        c.lower_ in word_class("reciprocal_determiners") for c in word.children)


# acts that two states named together do with each other when no one else is named: "Lula and Modi
# promised to deepen their partnership", "India and Pakistan pledged restraint"
JOINT_TYPES = {"AGREE", "SUPPORT", "COOPERATE", "CONSULT"}


def joint(event_type: str, args: Arguments, token: Any = None) -> bool:
    named = {_state(s) for s in args.sources if s.via == "parse" and _state(s)}
    if token is not None and any(c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN"
                                 and not in_class(c.lemma_, "@JOINT_BODY") for c in token.children):
        # "Britain and France recognized the Confederacy": a party is named, not a state (but "established the
        # Naval Commission" names a body they set up together)
        return False
    lemma = token.lemma_.lower() if token is not None else ""
    if (lemma in word_class("proposing_verbs") or lemma == "offer") and not _their_own_proposal(token):
        # "Argentina and Chile proposed a settlement": a proposal put to others, not to each other (but "offered
        # each other trade concessions", "proposed a joint survey", "suggested they would reopen the border")
        return False
    return event_type in JOINT_TYPES and not args.targets and not args.pair and len(named) >= 2


def _their_own_proposal(verb: Any) -> bool:
    """Whether what two states propose or offer together is an act of theirs with each other: "offered each other
    trade concessions", "proposed a joint survey", "suggested they would reopen the border" (its object or clause
    only, not its subject or a clause joined to it)."""
    told = [w for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "xcomp", "prep") for w in c.subtree]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(w.lower_ in word_class("between_themselves_words") for w in told) or any(
        s.lower_ in ("they", "we") for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))


COOPERATIVE = {"AGREE", "SUPPORT", "COOPERATE", "CONSULT", "CONCEDE", "RETREAT", "AID"}


def others_hostility(token: Any, actors: SentenceActors, sources: list[ActorRef]) -> list[ActorRef]:
    """The states named as the owners of a hostile act that is the verb's object, when they are not its
    subject's ("halted the South African advance"; not "halted its offensive")."""
    own = {r.actor.country for r in sources}
    owners = [r for o in token.children if o.dep_ in ("dobj", "obj") for r in actors.modifiers(o)
              if r.via == "parse" and r.actor.country]
    # (not "agreed to end the Iran-Iraq war", a hostility of its own)
    return owners if own and owners and not {r.actor.country for r in owners} & own else []


def refusal(token: Any, event_type: str, mutual: bool = False) -> bool:
    """A cooperative act someone says they will not do, or did not agree to: a refusal (mutual: an act of both
    sides, which they may fail to do together without either refusing it)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if kept_from(verb):
        return False  # "prevented Peru from recognising X": Peru was kept from it; it refused nothing
    if mutual and verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in word_class("inability_words"):
        return False  # "unable to agree on a border line": no agreement was reached; none was refused
    if _denied(verb):
        return False  # "denied reports that it had agreed to buy X": no agreement made, the speaker says; none refused
    future = any(c.dep_ == "aux" and c.lower_ in word_class("intent_auxiliaries") for c in verb.children)
    if event_type == "RETREAT" and verb.dep_ in ("xcomp", "acl") and to_infinitive(verb) \
            and verb.head.lemma_.lower() in word_class("failure_words"):
        return True  # "the Soviets' failure to withdraw their troops from Iran": a withdrawal withheld
    if event_type not in COOPERATIVE:
        # "said they would not stop the drilling": refusing to stop what the other side objects to
        return future and verb.lemma_.lower() in word_class("ceasing_verbs")
    return future or verb.lemma_.lower() in word_class("consenting_verbs")


_DENIAL_REACH = 3  # steps up from a clause to the verb that denies it ("denied reports that it had agreed")


def _denied(verb: Any) -> bool:
    """A clause a verb of denial (class denying_verbs) governs, through a noun it is told of or not; not a clause
    negated in its own words ("refuted claims that it had never agreed") nor a denial negated ("did not deny")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    node = verb
    for _ in range(_DENIAL_REACH):
        if node.dep_ not in ("ccomp", "acl", "relcl", "dobj", "obj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in word_class("denying_verbs"):
            return not any(c.dep_ == "neg" for c in node.children)
    return False


def force_not_excluded(token: Any) -> bool:
    """ "would not rule out a strike on X", "did not exclude the use of force": keeping force open is a
    threat (the verb: class excluding_verbs; its object force (class force_nouns), "the use of" it,
    "military action", or a hostile act of no one named: "a strike by dock workers" is not the speaker's)."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in word_class("excluding_verbs"):
        return False
    return any(_force(o) for o in token.children if o.dep_ in ("dobj", "obj"))


def _force(noun: Any) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in word_class("force_nouns"):
        return True
    if lemma in word_class("force_use_nouns"):  # "the use of force", "military action"
        military = any(c.lower_ in word_class("military_adjectives") for c in noun.children if c.dep_ == "amod")
        return military or any(p.lemma_.lower() in word_class("force_nouns") for c in noun.children
                               if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)
    hostile = any(e.event_type in HOSTILE_TYPES for e in triggers().get(("N", lemma), ()))
    return hostile and not any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)


def aimed_at_its_own(token: Any) -> bool:
    """ "criticized its own opposition parties": an act whose object is the subject's own people."""
    return any(c.dep_ in ("dobj", "obj") and any(w.lower_ in word_class("own_words") for w in c.subtree)
               for c in token.children)


def home_addressed(token: Any) -> bool:
    """ "a message to Congress", "asked the Senate for funds": an act addressed to a state's own body."""
    bodies = word_class("domestic_bodies")
    return any(c.dep_ in ("dobj", "dative", "iobj") and c.lemma_.lower() in bodies for c in token.children) or any(
        p.lemma_.lower() in bodies for c in token.children if c.dep_ in ("prep", "dative")
        and c.lower_ in word_class("addressing_preps")
        for p in c.children if p.dep_ == "pobj")


def committed_by(token: Any) -> Any:
    """The verb of agreeing or pledging whose complement the act is ("agreed to hold talks", "pledged
    to further talks", "agreed to a new round of talks"), else None."""
    verb = None
    node = token
    while node.dep_ in ("pobj", "prep") and node.head.lower_ != "to" and node.head.pos_ in ("NOUN", "ADP"):
        node = node.head  # "agreed to a new round of talks"
    if node.dep_ == "pobj" and node.head.lower_ == "to":
        verb = node.head.head
    elif token.dep_ == "xcomp":
        verb = token.head
    elif token.dep_ in ("dobj", "obj") and token.head.dep_ == "xcomp":  # "agreed to hold talks" (the noun's trigger)
        verb = token.head.head
    return verb if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in word_class(
        "committing_verbs") else None


def ending(token: Any, event_type: str) -> bool:
    """ "As the old entente between them faded, ...": the end of a bond, not its making; "ending the threat":
    the end of a threat, not one made."""
    if event_type == "THREATEN" and token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj") \
            and token.head.lemma_.lower() in word_class("removing_verbs"):
        return True  # "ending any foreign military threat to the colonies": a threat taken away, none made
    return (event_type in ("SUPPORT", "COOPERATE", "AGREE") and token.pos_ in ("NOUN", "PROPN")
            and token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in word_class("ending_verbs"))


def ordered(token: Any) -> bool:
    """ "ordered the deployment of a task force", "launched an attack": a noun act that is the object
    of a verb of ordering or launching is done as a verb's act is."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "obj") \
        and token.head.lemma_.lower() in word_class("ordering_verbs")


def phase_of_talks(token: Any, event_type: str) -> bool:
    """ "Negotiations in Lima concluded in March", "talks resumed in Geneva", "the drills will begin on
    Wednesday": talks or an exercise that are the subject of a verb of their course, with no party
    named, are those of the pair under discussion."""
    told = event_type == "CONSULT" or (event_type == "COOPERATE" and in_class(token.lemma_, "@SUPPORTED_EVENT"))
    return told and token.pos_ in ("NOUN", "PROPN") and token.dep_ == "nsubj" \
        and token.head.lemma_.lower() in word_class("phase_verbs")


def without_venues(parsed: Any, token: Any, args: Arguments) -> Arguments:
    """Where talks or a summit take place is no party to them: "the Lisbon summit", "a summit in
    South Africa", "talks in Geneva" (a visit's destination is another matter)."""
    def venue(ref: ActorRef) -> bool:
        if ref.prep in word_class("place_preps"):
            return True
        tok = parsed[ref.token]
        if tok.dep_ in ("compound", "amod") and tok.head.i != token.i and tok.head.dep_ == "pobj" \
                and tok.head.lemma_.lower() in word_class("gathering_nouns"):
            return True  # "met Takaichi on the sidelines of the ASEAN summit": the summit's host is no party
        return ref.kind in ("city", "capital") and tok.head.i == token.i and tok.dep_ in ("compound", "amod")
    kept = _without(args, venue)
    doers = {s.actor.country for s in kept.sources}
    if len(doers) == 1 and None not in doers and not (kept.targets or kept.pair) and _unnamed_partner(token):
        # "held talks with the coup leaders in Niamey": a partner no state names, met in a capital: its government
        hosts = [replace(r, kind="institution", prep="with") for r in args.targets if r.kind == "capital"
                 and r.prep in word_class("place_preps") and r.actor.country not in doers]
        return replace(kept, targets=hosts)
    return kept


def _unnamed_partner(token: Any) -> bool:
    """ "held talks with the coup leaders", "met with officials": a "with" phrase of the act (or of the talks a
    verb holds) that names people who speak for a state, not the state (not "rebel commanders", "journalists")."""
    holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
    return any(c.dep_ == "prep" and c.lower_ in word_class("partner_with_preps") and any(
        p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lemma_.lower() in word_class("host_partner_nouns")
        and not any(m.lower_ in word_class("non_state_modifiers") for m in p.children) for p in c.children)
               for h in holders for c in h.children)


def without_namesakes(parsed: Any, args: Arguments) -> Arguments:
    """A place an agreement is named after is no party to it: "signed the Paris Peace Accords", "the
    Geneva conventions" (the parties are those who sign)."""
    def namesake(ref: ActorRef) -> bool:
        if ref.kind not in ("city", "capital"):
            return False
        tok = parsed[ref.token]
        while tok.dep_ in ("compound", "nmod", "amod") and tok.head.i != tok.i:
            tok = tok.head
            if in_class(tok.lemma_, "@AGREEMENT") or in_class(tok.lower_.removesuffix("s"), "@AGREEMENT"):
                return True  # a name's plural keeps its form: "the Paris Peace Accords"
        return False
    return _without(args, namesake)


def without_things_referred_to(parsed: Any, tokens: tuple[int, ...], args: Arguments) -> Arguments:
    """A pronoun the trigger took as the thing acted on is no party: "drafted a treaty, and Italy signed
    it" (see referring_words)."""
    return _without(args, lambda ref: ref.token in tokens and parsed[ref.token].lower_ in word_class("referring_words"))


def holders_referred_to(parsed: Any, tokens: tuple[int, ...], specs: tuple[str | None, ...], actors: SentenceActors,
                        sources: list[ActorRef]) -> list[ActorRef]:
    """ "Pakistan hosts an exercise, and China sends ships to it": an act on a thing a pronoun refers to
    is addressed to the parties of that thing (the nearest noun of the class before it)."""
    owned = {r.actor.country or r.actor.code for r in sources}
    for i in tokens:
        noun = referent(parsed[i], specs, skip=tokens)
        if noun is not None:
            args = noun_arguments(noun, actors, False, False, False)
            return [r for r in args.sources + args.pair + args.targets
                    if r.actor.country and (r.actor.country or r.actor.code) not in owned]
    return []


def parties_of_condition(token: Any, actors: SentenceActors, sources: list[ActorRef]) -> list[ActorRef]:
    """ "offered to reopen the border if the Western powers lifted their embargo", "threatened to act
    unless Peru pulled back": an offer or a threat that names no counterpart is addressed to the one its
    condition asks something of (the named subject of a clause opened by "if", "unless" ...)."""
    owned = {_state(r) for r in sources}
    verbs = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                    c.dep_ == "mark" and c.lower_ in word_class("addressed_condition_marks") for c in clause.children):
                continue
            found = [r for c in clause.children if c.dep_ == "nsubj" for r in actors.in_phrase(c)
                     if r.actor.country and r.via == "parse" and _state(r) not in owned]
            if found:
                return found
    return []


def _without(args: Arguments, drop: Callable[[ActorRef], bool]) -> Arguments:
    """The arguments less the actors `drop` picks, in every role."""
    return Arguments([r for r in args.sources if not drop(r)], [r for r in args.targets if not drop(r)],
                     [r for r in args.pair if not drop(r)])


def _state(ref: ActorRef) -> str | None:
    return ref.actor.country or ref.actor.code


def postponed(token: Any) -> bool:
    """ "postponed the talks until June", "the visit was delayed to May", "was pushed back to May": put off, not
    called off."""
    head = token.head
    return (token.dep_ in ("dobj", "obj", "nsubjpass") and head.lemma_.lower() in word_class("postponing_verbs")) \
        or pushed_back(token)


def postponed_to(token: Any, raw: str, times: list[TimeMention]) -> TimeMention | None:
    """The new date of a postponed act: the time brought in by "until", "to" or "till"."""
    if not postponed(token):
        return None
    for m in times:
        if m.until or _new_date_lead().search(raw[max(0, m.start - 7):m.start]):
            return replace(m, until=False, since=False)
    return None


@cache
def _new_date_lead() -> re.Pattern[str]:
    """The words right before the time a postponed act is moved to (class new_date_preps)."""
    return re.compile(r"\b" + word_alternation("new_date_preps") + r"\s+$")


def first_since(token: Any, since: Any) -> bool:
    """ "his first visit to Pakistan since 2015": the time after "since" dates the previous such act,
    not this one (since: a TimeMention of the sentence)."""
    if not since.since:
        return False
    # "held their first meeting since 2019": a verb's object says it; "visited Beijing in 2023, the first
    # such visit since 2016": so does a noun set beside its object (the parse's description of the act)
    nouns = [token] if token.pos_ in ("NOUN", "PROPN") else [
        c for c in token.children if c.dep_ in ("dobj", "obj", "npadvmod") and c.pos_ in ("NOUN", "PROPN")]
    nouns += [a for n in nouns for a in n.children if a.dep_ == "appos"]
    # "First meeting since 2019" opening a table's cell: the parser may read "First" as a name
    firsts = [n for n in nouns if any(c.dep_ in ("amod", "compound") and c.lower_ in word_class("first_words")
                                      for c in n.children)]
    return any(_since_within(noun, since) for noun in firsts)


def _since_within(noun: Any, since: Any) -> bool:
    """Whether the "since" time belongs to the noun's phrase."""
    # "his first visit since 2023", where the parser may hang "since 2023" on the verb of the noun
    words = list(noun.subtree) + ([t for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i
                                   for t in c.subtree] if noun.dep_ in ("dobj", "obj", "attr") else [])
    return any(t.idx <= since.start < t.idx + len(t.text) for t in words)


def talks_with_others(token: Any, actors: SentenceActors) -> bool:
    """ "was not allowed to talk about the case with reporters", "met with journalists": talks whose
    partner the sentence names, and it is no state nor anyone who stands for one (an official, a
    delegation, a counterpart)."""
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "obj")]
    partners = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
    if not partners or any(actors.by_token.get(w.i) for c in token.doc if c.dep_ == "prep" and c.lower_ == "with"
                           for w in c.subtree):
        return False  # "with oil producers ..., and with Egypt and Israel": states are among them
    for partner in partners:
        lemma = partner.lemma_.lower()
        if partner.pos_ != "NOUN":
            return False
        if lemma in word_class("government_nouns") | word_class("pair_nouns") or in_class(lemma, "@SPEAKER") \
                or in_class(lemma, "@VISITING"):
            return False
    return True


def claimed_by(token: Any, actors: SentenceActors, doers: list[ActorRef]) -> list[ActorRef]:
    """The states that say another did the act ("Kenya said Somali forces had violated the truce"):
    its speaker (speaker_of), when none of them is one of the doers."""
    claimants = speaker_of(token, actors)
    doing = {_state(r) for r in doers}
    return [] if doing & {_state(r) for r in claimants} else claimants


def told_as_consequence(token: Any) -> bool:
    """ "the raid led to the cancellation of the talks", "resulted in a break in relations": the
    act is what another brought about (the object of a verb of consequence above it)."""
    node = token
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep", "dobj", "obj", "compound") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.lower() in word_class("consequence_verbs")
    return False


def ceased(token: Any) -> bool:
    """ "Russia stopped attacking Ukraine", "China ceased shelling the islands": a hostile act a verb of ceasing
    governs as a gerund is stopped, not done."""
    return token.dep_ == "xcomp" and token.tag_ == "VBG" and token.head.lemma_.lower() in word_class("halting_verbs")


def told_as_aftermath(token: Any) -> bool:
    """ "In the aftermath, Bush suspended military sales", "Afterwards, Moscow recalled its envoy": the act came
    after what the story just told (its clause, or one above it, opens so)."""
    for verb in [token, *token.ancestors]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in word_class("afterwards_adverbs"):
                return True
            if c.dep_ == "prep" and c.lower_ == "in" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in word_class("aftermath_nouns")
                    and not any(g.dep_ == "prep" for g in p.children) for p in c.children):
                return True  # (not "in the aftermath of the 1991 war": a time of its own)
    return False


def speaker_of(token: Any, actors: SentenceActors) -> list[ActorRef]:
    """The states whose speaker says the words a token is part of ("'the brutal regime of X must go,'
    the minister said"): the subject of the verb of saying whose clause holds the token."""
    saying = saying_verb(token)
    return [r for r in subject_of(saying, actors) if _state(r)] if saying is not None else []


def saying_verb(token: Any) -> Any:
    """The verb of saying (claim_verbs) whose reported clause holds the token, or None."""
    node = token
    while node.head.i != node.i:
        clause, node = node, node.head
        if clause.dep_ in ("ccomp", "parataxis") and node.lemma_.lower() in word_class("claim_verbs"):
            return node
    return None


def offers_mediation(token: Any) -> bool:
    """ "Argentina, Brazil and Chile offered to mediate": an offer of a third party's act (mediation,
    good offices) is made to the parties it would stand between, not among those who offer."""
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and any(
        e.mode == "third-party" for e in triggers().get(("V", c.lemma_.lower()), ())) for c in token.children)


def disasters_told(parsed: Any) -> list[Any]:
    """The nouns of the earthquakes, floods and storms a sentence tells of as its own scene (word class
    disaster_nouns), not one a relative clause recalls ("Greece, which Turkey had helped after the 1999 earthquake,
    sent aid")."""
    return [t for t in parsed if t.lemma_.lower() in word_class("disaster_nouns")
            and not any(a.dep_ == "relcl" for a in t.ancestors)]


def struck_words(noun: Any) -> set[int]:
    """The words that tell what a disaster struck: its own phrase ("the floods that swept Bolivia") and, as the
    subject of a verb, that verb's objects and phrases ("an earthquake struck Ecuador"), not a clause joined to it."""
    words = {w.i for w in noun.subtree}
    if noun.dep_ in ("nsubj", "nsubjpass"):
        words |= {w.i for c in noun.head.children if c.dep_ in ("dobj", "obj", "prep", "attr") for w in c.subtree}
    return words
