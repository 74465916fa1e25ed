"""Who acts on whom for one trigger: its arguments completed from the sentence and the discourse,
then every (source, target) pair they give."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..actors.gazetteer import find_actors
from ..actors.succession import historic_states
from ..model import Event
from ..stems import stem
from . import acts
from .arguments import ActorRef, Arguments, SentenceActors, side_of, state_key, subject_of
from .clauses import agentless_passive, called_so, placed_in
from .discourse import Discourse, other_side
from .lexicon import PLACE_KINDS, PRIVATE_SECTORS, Trigger, in_class, triggers, word_class
from .story import SentenceView, latest_naming

# types whose act needs a counterpart: when the sentence names only one side,
# the other comes from the discourse ("India accepted the ceasefire")
NEEDS_COUNTERPART = {"ASSAULT", "RETREAT", "MOBILIZE", "CONCEDE"}

# acts told by a verb whose other side, when the sentence names none, is the partner of the relationship under
# discussion ("the administration released the full $1.3 billion": to the partner; not "arms sales", a noun; "the
# ministry rejected that explanation": the partner's)
_PARTNER_ACTS = frozenset({"AID", "ACCUSE", "PROTEST", "REJECT"})
# of those, the ones a single state does on its own: several subjects ("Seoul, Washington and Tokyo condemned the
# launch") speak to a third, not to one another's partner
_SINGLE_DOER_PARTNER_ACTS = frozenset({"ACCUSE", "PROTEST", "REJECT"})
# of those, the answers: a rejection goes to the partner only when it may be addressed to a state (pairs: addressed)
_ANSWERS = frozenset({"REJECT"})

# verbal acts addressed to someone: when the sentence names one other party, it is the addressee
VERBAL_TYPES = {"REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE"}

# acts whose target can be a place (a region or a city that is not a seat of government): one
# invades, occupies or visits a place, but signs a treaty *in* Tashkent, not *with* it
PLACE_TARGETS = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}

# one-sided force: states named together as its subject act together ("Britain and France landed
# troops"), unless an anaphor names the two sides ("both sides attacked")
CO_BELLIGERENT = {"ASSAULT", "MOBILIZE"}

# acts whose missing target may be named in a complement clause ("agreed to build a refinery in Gwadar")
_COMMITMENTS = ("AGREE", "REQUEST", "SUPPORT", "REJECT", "THREATEN")


def complete(token: Any, args: Arguments, entry: Trigger, actors: SentenceActors, sent: SentenceView,
             discourse: Discourse, told: list[Event], home: bool = False) -> Arguments:
    """The arguments with a missing target filled from the trigger this one serves ("travelled to
    Moscow to sign a treaty"), and anaphoric targets that repeat the source given their counterpart;
    home: the act is addressed to the subject's own body ("a message to Congress"), which takes no
    other side from the story."""
    voters = _endorsers(token, actors)
    if voters:
        args = replace(args, sources=voters)
    if token.lemma_.lower() in word_class("topic_verbs") and entry.event_type == "CONSULT":
        # "raised China's drills with the United States": the one talked with, not a state in the topic
        partners = [r for w in (token, *(c for c in token.children if c.dep_ in ("dobj", "obj")))
                    for c in w.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children for r in actors.in_phrase(p)]
        args = replace(args, targets=partners)
    given_to = (entry.prep or "").split("=")[0]
    if "given" in entry.flags and any(t.prep == given_to for t in args.targets):
        # "handed Florida over to Britain", "referred the dispute with Chile to the ICJ": what is given, and
        # whom it concerns, are no parties; the one it is given to is
        args = replace(args, targets=[t for t in args.targets if t.prep == given_to])
    if entry.event_type == "ACCUSE":
        # "challenged the duties at the WTO": the body a complaint is brought to is where, not whom, it accuses
        args = replace(args, targets=[t for t in args.targets if not _forum(sent.parsed[t.token], t)])
    if not args.sources and args.targets and not args.pair and entry.obj == "@ARMS" and agentless_passive(token):
        # "the first fighters were delivered to Morocco in March": by the other state of the pair the story is about
        # (not by a foe: "Russia invaded Ukraine. Missiles were delivered to Ukraine")
        given = {state_key(t) for t in args.targets}
        pair = discourse.current_pair()
        foes = {side_of(a) for a in discourse.war or ()}
        if len(given) == 1 and len(pair) == 2 and any(side_of(a) in given for a in pair) \
                and {side_of(a) for a in pair} != foes:
            args = replace(args, sources=[ActorRef(a, token.i, "anaphor", "discourse") for a in pair
                                          if side_of(a) not in given])
    sources = {state_key(s) for s in args.sources}
    # "Beijing and Islamabad agreed to expand the corridor to Afghanistan": the two agreed with
    # each other; what they agreed to do does not name their counterpart
    mutual = ("sym" in entry.flags or acts.together(token)) and len(sources) >= 2
    targets = args.targets
    if args.sources and not targets and not args.pair and not mutual:
        # (not "Webster and Ashburton negotiated the treaty": the two named are the parties, not those of a treaty
        # told before)
        commitment = entry.event_type in _COMMITMENTS
        targets = (_complement_targets(token, actors) if commitment else []) or _referenced_act(
            token, sources, told, sent.t.sentence.index, discourse) or _as_others_did(
            token, entry.event_type, sources, told, sent.t.sentence.index)
    if args.sources and not args.pair and all(state_key(t) in sources for t in targets) and any(
            c.dep_ in ("dative", "dobj", "iobj") and c.lower_ in word_class("first_person_objects")
            for c in token.children):
        # 'the minister said Lima had "assured us that it would ..."': the one quoted is the speaker
        targets = [r for r in acts.speaker_of(token, actors) if state_key(r) not in sources] or targets
    relative = any(c.dep_ in ("dobj", "obj") and c.lower_ in word_class("relative_pronouns") for c in token.children)
    if args.sources and (not targets or relative) and not args.pair and entry.event_type == "REJECT" \
            and _a_denial(token):
        # "rejected the accusations as baseless ..., an apparent reference to Israel": the accuser, before any
        # state the sentence names in passing; "accused Baku of letting Israel use its land, which Baku denies":
        # the accuser, not a state in what is denied
        targets = _refused_ask(token, sources, told, sent.t.sentence.index) or targets
    if args.sources and not targets and not args.pair and not mutual and (
            entry.event_type in VERBAL_TYPES or (len(sources) == 1 and acts.relational_object(token))):
        # "Paris asked for an apology, which Rome refused": a verbal act's
        # addressee is the one other party the sentence names; so is the partner of ties or
        # trade cut ("India revoked Kashmir's status, prompting Pakistan to downgrade ties")
        # (not a city where something happens: "the first meeting took place in Warsaw")
        others = {state_key(r): r for r in sent.named if state_key(r) and state_key(r) not in sources
                  and r.kind != "place" and not _venue(sent.parsed[r.token], r)
                  and not _in_its_description(sent.parsed[r.token], token)
                  and not (entry.event_type == "ACCUSE" and _forum(sent.parsed[r.token], r))}
        if len(others) == 1:
            targets = list(others.values())
    if args.sources and not targets and not args.pair and entry.event_type == "AID":
        # "an earthquake struck Ecuador, and Peru sent rescue teams": relief goes to the one state the disaster hit
        struck = {i for noun in acts.disasters_told(sent.parsed) for i in acts.struck_words(noun)}
        hit = {state_key(r): r for r in sent.named if r.token in struck and state_key(r)
               and state_key(r) not in sources and r.kind != "org"}
        if len(hit) == 1:
            targets = list(hit.values())
    if args.sources and not targets and not args.pair and entry.event_type in VERBAL_TYPES:
        # "China has criticized the growing security ties": the ties of the pair under discussion
        bonds = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in word_class(
            "pair_tie_nouns") and not actors.in_phrase(c)]
        if bonds:
            targets = [ActorRef(a, bonds[0].i, "anaphor", "discourse") for a in discourse.current_pair()
                       if (a.country or a.code) not in sources]
    if args.sources and not targets and not args.pair and entry.event_type == "REJECT":
        targets = _refused_ask(token, sources, told, sent.t.sentence.index)
    if args.sources and not targets and not args.pair and (
            ("called" in entry.flags and called_so(token)) or "judges" in entry.flags):
        # '"This is an unacceptable provocation," the minister said', "said the raid was illegal": what "this" or the
        # act is, the latest act another did
        done = next((x for x in _lately_told(told, sent.t.sentence.index)
                     if not _among(x.source.country or x.source.code, sources)), None)
        targets = [ActorRef(done.source, token.i, "anaphor", "discourse")] if done is not None else []
    answering = _answering_verb(token)
    response = answering is not None
    if args.sources and not targets and not args.pair and answering is not None and not home:
        # "responded to the Soviet invasion by embargoing grain sales": the one whose act it answers, named there
        # (the doer only: not the state invaded, "responded to Iraq's invasion of Kuwait")
        answered = [p for c in answering.children if c.dep_ == "prep" and c.lower_ in word_class("answered_preps")
                    for p in c.children if p.dep_ == "pobj"]
        doers = [r for p in answered for r in [*actors.by_token.get(p.i, ()), *actors.modifiers(p),
                                                *(r for _, r in actors.prep_objects(p, {"by"}))]]
        targets = [r for r in doers if state_key(r) not in sources]
    if args.sources and not targets and not args.pair and ("future" in entry.flags or response) and not home:
        targets = _answered_act(token, sources, told, sent.t.sentence.index, against_them=not response)
    if args.sources and not targets and not args.pair and not home:
        # (not "refused, and asked Congress for funds": a verbal act addressed to a state's own body)
        for head in token.ancestors:
            governing = sent.coded.get(head.i)
            if governing and governing.targets and {state_key(s) for s in governing.sources} == sources:
                targets = list(governing.targets)
                break
    if args.sources and not targets and not args.pair and not home and entry.event_type in _STEPS_IN_TIES:
        targets = _partner_of_the_ties(token, sources, actors)
    if args.sources and not args.pair and not home and all(
            state_key(t) in sources and (t.kind in PLACE_KINDS or t.actor.sector not in PRIVATE_SECTORS)
            for t in targets):
        # (a programme or a place of the doer's own state is no other side: "restored IMET and resumed military
        # relations", "recalled its ambassador to Washington"; but "cut aid to American farmers" is a measure at home)
        targets = _counterpart_in_the_pair(token, entry, sources, sent, discourse) or targets
    fixed = []
    for ref in targets:
        if ref.via == "discourse" and state_key(ref) in sources and args.sources:
            if sent.parsed[ref.token].lower_ in word_class("compass_words"):
                continue  # "Diem could not halt the infiltration of the South": his own land, no other side
            other = _counterpart(args.sources[0], sent.named, discourse)
            if other is None:
                continue
            ref = other
        fixed.append(ref)
    return replace(args, targets=fixed)


# acts that bind, cut or bring together two parties: done to the counterpart in the pair under discussion when the
# sentence names no other side
_PAIR_ACTS = frozenset({"SUPPORT", "SANCTION", "CONSULT"})


def _counterpart_in_the_pair(token: Any, entry: Trigger, sources: set[str | None], sent: SentenceView,
                             discourse: Discourse) -> list[ActorRef]:
    """ "Nigeria shut the border", "the crossings were closed by Eritrea", "Japan tightened export licensing": a
    verb whose entry names what is acted on (a border, a crossing, a licensing regime) binds or cuts a tie with
    someone, and with no other side in the sentence, it is the other state of the pair the story is about, if the one
    acting is one of them. Not for a verb with no such object ("suspended the reform" is a domestic matter), nor for a
    noun named in passing ("the 1947 Treaty"; but a measure a verb of imposing does is: "implemented sanctions"), nor
    for several who act together; nor for an entry that finds its other side its own way (a mission's host, flag
    place; the pair, flag pairfill)."""
    done = entry.event_type == "SANCTION" and token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj") \
        and token.head.pos_ == "VERB" and token.head.lemma_.lower() in word_class("imposing_verbs")
    if entry.event_type not in _PAIR_ACTS or len(sources) != 1 or entry.flags & {"place", "pairfill"} or not (
            done or (entry.obj is not None and token.pos_ in ("VERB", "AUX"))):
        return []
    # ("implemented economic sanctions": a measure a verb of imposing does is acted on as the verb's object is)
    objects = [token] if done else [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    own_places = {r.token for r in sent.named if r.kind in PLACE_KINDS and state_key(r) in sources}
    # (its own envoy is no measure at home: "Algeria recalled its ambassador" calls them back from the other state)
    if any(c.dep_ == "poss" for o in objects if not in_class(o.lemma_, "@DIPLOMAT") for c in o.children) or any(
            _at_a_place(c, own_places) for w in (token, *objects, *([token.head] if done else [])) for c in w.children):
        return []  # "closed its border to stop the pandemic", "tightened checks at airports": a measure of its own
    pair = discourse.current_pair()
    if len(pair) != 2 or not any(side_of(a) in sources for a in pair):
        return []
    return [ActorRef(a, token.i, "anaphor", "discourse") for a in pair if side_of(a) not in sources]


def _at_a_place(prep: Any, own_places: set[int]) -> bool:
    """A phrase that places an act on the actor's own ground: at places of a kind found inside a state ("at
    airports", "in its ports"), or at a place the text names in the actor's own state ("out of Wuhan", own_places:
    the tokens of such places); not a time ("in March") nor a manner ("in retaliation")."""
    if prep.dep_ != "prep" or prep.lower_ not in word_class("own_ground_preps"):
        return False
    # ("out of Wuhan": the ground is the object of the "of" after "out")
    grounds = [o for p in (prep, *(c for c in prep.children if c.dep_ == "prep")) for o in p.children
               if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in word_class("home_ground_nouns") or o.i in own_places for o in grounds)


def _complement_targets(token: Any, actors: SentenceActors) -> list[ActorRef]:
    """ "agreed to build a refinery in Gwadar": the counterpart is in the complement clause."""
    refs: list[ActorRef] = []
    for comp in token.children:
        if comp.dep_ == "xcomp" and comp.pos_ == "VERB" and comp.lemma_.lower() in word_class("transfer_verbs"):
            # "agreed to sell Alaska to the United States": the one it goes to, not what goes
            recipients = [r for _, r in actors.prep_objects(comp, ("to",)) if r.via == "parse"]
            if recipients:
                refs += recipients
                continue
        if comp.dep_ == "xcomp" and comp.pos_ == "VERB":
            for child in comp.children:
                if child.dep_ in ("dobj", "prep", "dative"):
                    refs += [r for r in actors.in_phrase(child) if r.via == "parse"]
                if child.dep_ == "dobj":
                    refs += actors._located(child)
                    # "threatened to exert its sovereignty over Kuwait": the land claimed
                    refs += [r for p in child.children if p.dep_ == "prep" and p.lower_ in word_class("dominion_preps")
                             for o in p.children if o.dep_ == "pobj" for r in actors.in_phrase(o) if r.via == "parse"]
        if (comp.dep_ == "ccomp" or (comp.dep_ == "acl" and any(m.dep_ == "mark" for m in comp.children))) \
                and comp.pos_ in ("VERB", "AUX"):
            # "demanded that Egypt intervene", "proposed that Japan return the islands", "the proposal
            # that Peru buy back the port": the clause's subject
            refs += [r for child in comp.children if child.dep_ in ("nsubj", "nsubjpass")
                     for r in actors.in_phrase(child) if r.via == "parse"]
    return refs


def _refused_ask(token: Any, sources: set[str | None], told: list[Event], index: int) -> list[ActorRef]:
    """ "X insisted on Iraq's withdrawal, but Iraq refused to withdraw", "Peru rejected the charges": a
    refusal or denial naming no one answers the latest request, offer or accusation made to the
    refuser in this sentence or the one before."""
    denial = _a_denial(token)
    answered = _ASKS + (("ACCUSE",) if denial else ())
    # (a denial answers the charge wherever the report told it: "Poland accused Belarus of ... [four paragraphs]
    # Belarus denies orchestrating the crisis"; not one of something else: "denied reports that a ship had docked")
    other_thing = any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")
                      and c.lemma_.lower() not in word_class("accusation_nouns") for c in token.children)
    for e in _lately_told(told, index, back=_DENIAL_REACH if denial and not other_thing else 1):
        asker, asked = (x.country or x.code for x in (e.source, e.target))
        if (e.event_type in answered and _among(asked, sources) and not _among(asker, sources)
                and (e.event_type == "ACCUSE" or e.evidence.sentence >= index - 1)):
            return [ActorRef(e.source, token.i, "anaphor", "discourse")]
    return []


def _answered_act(token: Any, sources: set[str | None], told: list[Event], index: int,
                  against_them: bool = True) -> list[ActorRef]:
    """ "Warsaw expelled the envoys; Moscow said it would retaliate": a vow to answer names the one
    whose act against the vower was told in this sentence or the one before; a response ("the US
    responded with an embargo") the one whose act it answers, whomever that act befell."""
    for e in _lately_told(told, index):
        doer, done_to = (x.country or x.code for x in (e.source, e.target))
        if (_among(done_to, sources) or not against_them) and not _among(doer, sources):
            return [ActorRef(e.source, token.i, "anaphor", "discourse")]
    return []


def _among(code: str | None, sides: set[str | None]) -> bool:
    """Whether an act's party is one of the sides, a state and its historic code alike (the acts told carry the
    code of their time, SUN for Moscow in 1946; the sides found in the sentence may not yet)."""
    lineage = historic_states()
    return code in sides or lineage.get(code or "", code) in {lineage.get(s or "", s) for s in sides}


def _lately_told(told: list[Event], index: int, back: int = 1) -> Iterator[Event]:
    """The acts told in this sentence (index) or the `back` ones before, latest first (within _ASK_REACH)."""
    for e in reversed(told[-_ASK_REACH:]):
        if e.evidence.sentence < index - back:
            return
        yield e


# the acts that are steps in ties (not "expanded relations with China, imposing tariffs on steel")
_STEPS_IN_TIES = frozenset({"CONSULT", "COOPERATE", "SUPPORT", "AGREE", "AID"})


def _partner_of_the_ties(token: Any, sources: set[str | None], actors: SentenceActors) -> list[ActorRef]:
    """ "continued to develop relations with China, conducting a summit in Beijing": an act told as a step in
    ties a verb above it names with one other state is with that state (a participle's act only, not a noun's:
    "broke off relations with the United States during the Arab-Israeli war")."""
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "conj", "xcomp"):
        return []
    own = {w.i for w in token.subtree}
    for head in token.ancestors:
        verbs = [head, *(c for c in head.children if c.dep_ == "xcomp" and c.i not in own)]
        ties = [w for v in verbs for o in v.children if o.dep_ in ("dobj", "obj") and o.i not in own
                for w in o.subtree if w.lemma_.lower() in word_class("pair_tie_nouns")]
        partners = {state_key(r): r for t in ties for _, r in actors.prep_objects(t, {"with"})
                    if state_key(r) not in sources}
        if partners:
            return list(partners.values()) if len(partners) == 1 else []
    return []


def _answering_verb(token: Any) -> Any | None:
    """The verb that tells an act as the answer to another: "responded with a grain embargo", "retaliated by
    embargoing grain sales and banning technology exports"; None if it is told as no answer."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if not ((token.dep_ == "pobj" and token.head.lower_ == "with")
            or (token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ == "by")):
        return None
    verb = token.head.head
    return verb if verb.lemma_.lower() in word_class("responding_verbs") else None


def _a_denial(token: Any) -> bool:
    """ "denied", "rejected the charges": a refusal that answers an accusation."""
    return token.lemma_.lower() in word_class("denying_verbs") or any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in word_class("accusation_nouns") for c in token.children)


def _as_others_did(token: Any, event_type: str, sources: set[str | None], told: list[Event],
                   index: int) -> list[ActorRef]:
    """ "Poland banned Ukrainian grain. Hungary imposed similar restrictions": an act told as like one just
    told, by another, is aimed where that one was."""
    words = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
    if not any(m.dep_ == "amod" and m.lower_ in word_class("likeness_words") for w in words for m in w.children):
        return []
    like = next((e for e in _lately_told(told, index, back=2) if e.event_type == event_type
                 and not _among(e.source.country or e.source.code, sources)
                 and not _among(e.target.country or e.target.code, sources)), None)
    return [ActorRef(like.target, token.i, "anaphor", "discourse")] if like is not None else []


def _referenced_act(token: Any, sources: set[str | None], told: list[Event], index: int,
                    discourse: Discourse | None = None) -> list[ActorRef]:
    """ "condemned the declaration", "welcomed the deal": the parties of the act the object
    names, when the text has stated that act before (a reaction to "the actions" or "the agreement"
    just told: the one who did them, the parties to it); else, for a reaction, the one who did an act with no
    other side the noun names ("North Korea launched a missile. Japan condemned the launch")."""
    # (a named one too: "terminate the Visiting Forces Agreement" signed before)
    # (and what is left: "withdrew from the deal")
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")] + [
        p for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    nouns = [c for c in objects if (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and in_class(c.lemma_, "@AGREEMENT")))
             and any(d.lower_ in word_class("referring_determiners") for d in c.children)]
    reaction = token.lemma_.lower() in word_class("reacting_words")
    for noun in nouns:
        lemma = noun.lemma_.lower()
        e = latest_naming(told, lemma)
        if noun.pos_ == "PROPN" and e is not None:
            # a named one is the one told under the same name: "the Treaty of Tlatelolco" is not the NPT
            name = " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "det")
            e = e if name in e.evidence.text else None
        named_types = {t.event_type for t in triggers().get(("N", lemma), ())} & _NAMED_ACTS
        if named_types:
            # "condemning the invasion" after "X invaded Y": the noun of the act told as a verb (a
            # reaction names a recent act: the look back is bounded)
            nominal = next((x for x in reversed(told[-_NOMINAL_REACH:]) if x.event_type in named_types
                            and not x.nominal), None)
            if nominal is not None and (e is None or nominal.evidence.sentence > e.evidence.sentence):
                e = nominal
        if e is None and reaction and lemma in word_class("act_nouns") and told:
            # "condemned the actions", "welcomed the move": the latest act told in this sentence or
            # the one before that another did
            e = next((x for x in _lately_told(told, index) if not _among(x.source.country or x.source.code, sources)),
                     None)
        if e is None and reaction and not any(c.dep_ in ("acl", "relcl", "prep", "compound", "amod", "nmod", "poss")
                                              for c in noun.children):
            # "conducted a combined exercise ... North Korea condemned the drills": the act just told in
            # another word of the same class (not "the drills held by Russia", which names its own)
            e = _told_in_a_synonym(lemma, told, index)
        if e is None and reaction and in_class(lemma, "@AGREEMENT") \
                and not any(c.dep_ in ("compound", "amod", "nmod") for c in noun.children):
            # "X and Y agreed to restore ties. Z welcomed the agreement": the mutual commitment just told
            e = next((x for x in reversed(told[-_ASK_REACH:]) if x.event_type in _AGREEMENTS and x.reciprocal), None)
        if e is not None:
            # every party that did it: "Britain and France invaded" is told as two events
            same = [x for x in told[-_NOMINAL_REACH:] if x.evidence.sentence == e.evidence.sentence
                    and x.trigger == e.trigger] or [e]
            # (one's own act taken back is towards its target: "lifted the embargo" it imposed on Vietnam)
            parties = [p for x in same for p in ([x.source, x.target] if x.reciprocal else [x.target]
                                                 if _among(x.source.country or x.source.code, sources) else [x.source])]
            unique = list({(a.country or a.code): a for a in parties}.values())
            named = [ActorRef(a, noun.i, "anaphor", "discourse") for a in unique
                     if not _among(a.country or a.code, sources)]
            if named:
                return named
            break
    if reaction and discourse is not None:
        for noun in (n for n in nouns if n.pos_ == "NOUN"):
            doer = discourse.deed_named(stem(noun.lemma_.lower()), index, sources)
            if doer is not None:
                return [ActorRef(doer, noun.i, "anaphor", "discourse")]
        acted = [n for n in nouns if n.lemma_.lower() in word_class("act_nouns")]
        doer = discourse.last_subject
        others = [a for a in discourse.states_before if (a.country or a.code) not in sources]
        if acted and len(others) == 1 and doer is not None and doer.country == others[0].country:
            # "A Chinese destroyer used its sonar near Australian divers. Canberra protested the conduct": what
            # the one other state of the sentence before did, told in words no trigger knows, if it was the one
            # acting there (not "Rebels ambushed a convoy in northern Mali")
            return [ActorRef(others[0], acted[0].i, "anaphor", "discourse")]
    return []


def _told_in_a_synonym(lemma: str, told: list[Event], index: int) -> Event | None:
    """The latest act of this sentence or the two before whose trigger has a word of the noun's class
    (word class synonym_act_classes: "the drills" for "an exercise")."""
    specs = ["@" + c for c in word_class("synonym_act_classes") if in_class(lemma, "@" + c)]
    if not specs:
        return None
    for x in _lately_told(told, index, back=2):
        words = [w.lower() for w in x.trigger.split()]
        if any(in_class(w, spec) or (w.endswith("s") and in_class(w[:-1], spec)) for w in words for spec in specs):
            return x
    return None


_NAMED_ACTS = {"ASSAULT", "COERCE", "SANCTION"}  # acts a reaction names by their noun ("the invasion")
_NOMINAL_REACH = 200  # acts told: how far back a reaction's "the invasion" looks
_ASK_REACH = 20  # acts told: how far back a refusal or a reaction looks for what it answers
_ASKS = ("REQUEST", "AGREE")  # requests and offers, which a refusal answers
_DENIAL_REACH = 8  # sentences: how far back a denial looks for the charge it answers
_AGREEMENTS = ("AGREE", "SUPPORT")  # mutual commitments, which "the agreement" may name


def _endorsers(token: Any, actors: SentenceActors) -> list[ActorRef]:
    """ "Brazil voted for a U.N. resolution that condemned the raid": the act of a
    resolution is also that of the states that voted for it or sponsored it."""
    noun = token.head
    if token.dep_ != "acl" or not in_class(noun.lemma_, "@VOTED_TEXT"):
        return []
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "obj") else None
    if verb is None or verb.lemma_.lower() not in word_class("endorsing_verbs"):
        return []
    return subject_of(verb, actors)


def _counterpart(source: ActorRef, named: list[ActorRef], discourse: Discourse) -> ActorRef | None:
    """Another actor named in the sentence, else the discourse counterpart of the source."""
    here = [r for r in named if state_key(r) and state_key(r) != state_key(source) and r.kind != "place"]
    if here:
        return here[-1]
    other = discourse.other_than(source.actor)
    return ActorRef(other, source.token, "anaphor", "discourse") if other else None


def fill_from_pair(token: Any, args: Arguments, discourse: Discourse, mission: bool = False,
                   partner_only: bool = False) -> Arguments:
    """A diplomatic act whose text names one side or none ("the Legation in Lima was raised to an
    Embassy", "he presented his credentials"): the other side, or both, are the pair the
    chronicle is about; mission: an act of a legation or an envoy, whose sides are those of the last
    mission the text placed ("the Legation reopened", after "Italy annexed the country": the host is
    still where the Legation is)."""
    if args.pair:
        return args
    placed = discourse.mission if mission else None
    if args.targets and not args.sources:
        other = other_side(placed, args.targets[0].actor) or discourse.other_than(args.targets[0].actor)
        if other is not None:
            return replace(args, sources=[ActorRef(other, token.i, "anaphor", "discourse")])
    elif args.sources and not args.targets:
        # (partner_only: the source's partner in the pair under discussion, not the latest other state named)
        source = args.sources[0].actor
        other = other_side(placed, source) or (discourse.partner(source) if partner_only
                                               else discourse.other_than(source))
        if other is not None:
            return replace(args, targets=[ActorRef(other, token.i, "anaphor", "discourse")])
    elif not args.sources:
        sides = placed or discourse.current_pair()
        sources, targets = [[ActorRef(a, token.i, "anaphor", "discourse")] for a in sides] or ([], [])
        return replace(args, sources=sources, targets=targets)
    return args


# acts that a list of peers ("between Germany, Italy, and Japan") does each with each
_PLENARY = frozenset({"CONSULT", "COOPERATE", "SUPPORT", "AGREE"})

# talks and joint operations several states hold with a third together ("held consultations with X");
# restoring relations with a third is each state's own act
_TOGETHER_WITH_A_THIRD = frozenset({"CONSULT", "COOPERATE"})


def pairs(args: Arguments, event_type: str, symmetric: bool, discourse: Discourse, *, mode: str | None,
          flags: frozenset[str], verbal: bool = True, apart: bool = False,
          home: bool = False, peers: bool = False, bilateral: bool = False,
          done: bool = True, addressed: bool = True,
          followers: frozenset[str | None] = frozenset()) -> list[tuple[ActorRef, ActorRef, bool]]:
    """(source, target, reciprocal) for every pair of actors the arguments give; mode and flags are
    those of the trigger's lexicon entry; apart: the subjects act each on its own ("both", "each");
    home: addressed to the subject's own body, the act takes no counterpart from the discourse; peers: the "between"
    phrase lists its parties as peers, each with each; bilateral: told as an act of two sides, so that three or more
    subjects act as the first with each of the others; done: the act is told as done (aid with no recipient named
    goes to the partner only then); addressed: a rejection may be addressed to another state (not "refused to yield",
    a refusal told by what was not done, nor a denial of press reports or "rejected the budget"), so that with none
    named it goes to the partner; followers: the states the sentence tells doing the same ("with Britain following
    suit"), which are no counterpart the discourse may give (unless the two are the sides of the war told: "Chile
    launched air strikes, with Peru following suit")."""
    sources = [s for s in args.sources if _usable(s)]
    if mode == "third-party" and sources:
        # "Russia brokered a ceasefire between Armenia and Azerbaijan": the mediator acts
        # towards each party, named or (no party named) the pair under discussion
        parties = args.pair or args.targets or [
            ActorRef(a, sources[0].token, "anaphor", "discourse") for a in discourse.current_pair()]
        return [(s, p, False) for s in sources for p in parties if state_key(s) != state_key(p)]
    if sources and args.pair and not args.targets and not symmetric:
        # "Britain banned trade between France and Spain", "criticized the deal between Russia and
        # Pakistan": the one acting acts on each side of the dealings its object names
        return [(s, p, False) for s in sources for p in args.pair if state_key(s) != state_key(p)]
    # (peers meet, work and sign together; a war "between Chile, Peru and Bolivia" is fought, and ended, by the
    # first against the others, not among allies)
    out = _between(args.pair, peers and event_type in _PLENARY)
    targets = _targets(args.targets, sources, event_type, symmetric, mode, flags)
    several = len({state_key(s) for s in sources}) >= 2
    if sources and targets:
        out += [(s, t, symmetric) for s in sources for t in targets]
        if "guests" in flags and not apart:
            # "Turkey hosted the Kenyan and Somali ministers": those received met each other as well
            hosts = {state_key(s) for s in sources}
            guests = [t for t in targets if t.kind not in PLACE_KINDS and state_key(t) not in hosts]
            if len({state_key(t) for t in guests}) >= 2:
                out += _with_each_other(guests, True)
        named = [s for s in sources if s.kind != "place"]
        if symmetric and event_type in _TOGETHER_WITH_A_THIRD and len({s.token for s in named}) >= 2 \
                and len({state_key(s) for s in named}) >= 2 and all(t.prep == "with" for t in targets) \
                and not apart:
            # "the Japanese and Australian navies held a joint patrol with the Philippines": the two
            # named acted together, with each other too (not the members of one coalition named)
            out += _with_each_other(named, symmetric)
    elif several and (symmetric or event_type in NEEDS_COUNTERPART) and (
        symmetric or not _allies(sources, discourse)
    ) and (symmetric or event_type not in CO_BELLIGERENT or any(s.via == "discourse" for s in sources)) and (
        symmetric or verbal or not _one_word_for_all(sources)
    ):
        # "both sides gave up their claims": a mutual act between the named sides; but "Soviet
        # and Afghan aircraft bombed villages" names allies acting together, not two sides
        sides = _sides(sources)
        if bilateral and symmetric and len(sides) >= 3:
            # "Israeli, Syrian and Jordanian delegates met for bilateral talks": the first with each of the others
            out += _first_with_the_others(sides)
        else:
            out += _with_each_other(sources, symmetric, met=event_type == "CONSULT")
    elif home:
        pass  # addressed to the subject's own body ("a message to Congress"): no counterpart from the discourse
    elif sources and event_type in NEEDS_COUNTERPART and verbal and mode != "resign" and "alone" not in flags:
        # a leader who resigns ("the president resigned from office") concedes to no state unless
        # the sentence names one: the discourse's other side is not the one he yields to (nor is it the one a
        # missile launched with no target is aimed at: flag alone)
        out += [(s, t, r) for s, t, r in _against_counterpart(sources, symmetric, several, discourse,
                                                              event_type not in _FOUGHT_WITH_A_PARTNER)
                if state_key(t) not in followers or _at_war(discourse, s, t)]
    elif sources and (symmetric and verbal or event_type == "CONSULT"
                      or (event_type in _PARTNER_ACTS and verbal and done
                          and (addressed or event_type not in _ANSWERS))) and not (
            event_type == "CONSULT" and all(s.actor.sector == "LEG" for s in sources)):
        # (not "Congress met in special session": a legislature that meets meets no other state)
        # "India signed a contract": a mutual act with one side named; the other is the partner
        # of the relationship under discussion, if there is one
        if event_type in _SINGLE_DOER_PARTNER_ACTS and len({state_key(s) for s in sources}) > 1:
            sources = []
        for s in sources:
            other = discourse.partner(s.actor)
            if other is not None:
                out.append((s, ActorRef(other, s.token, "anaphor", "discourse"),
                            event_type not in _SINGLE_DOER_PARTNER_ACTS))
    return [(s, t, r) for s, t, r in out if state_key(s) != state_key(t)]


def _between(pair: list[ActorRef], peers: bool = False) -> list[tuple[ActorRef, ActorRef, bool]]:
    """ "between the Entente powers and Germany": each side with the other, a coalition's
    members being one side; "between Israel and Egypt, Lebanon and Syria": the first with each other; peers
    ("a meeting between Roosevelt, Churchill and Stalin"): each with each."""
    if len(pair) < 2:
        return []
    sides = _sides(pair)
    if len(sides) >= 2 and peers:
        return _each_with_each(sides)
    if len(sides) >= 2:
        return _first_with_the_others(sides)
    if all(r.kind == "exercise" for r in pair) or all(r.kind == "coalition" for r in pair):
        # "Freedom Edge": the states that hold an exercise series, each with each; "a meeting of the Big Three": the
        # members of one coalition
        return _each_with_each([[r] for r in pair])
    return [(pair[0], pair[1], True)]


def _sides(refs: list[ActorRef]) -> list[list[ActorRef]]:
    """Actors grouped by the token they were found on: a coalition's members are one side (but the states an
    anaphor stands for, "the three countries", "they", are each a side of its own)."""
    tokens = dict.fromkeys(r.token for r in refs)
    sides = [[r for r in refs if r.token == tok and r.kind != "anaphor"] for tok in tokens]
    return [side for side in sides if side] + [[r] for r in refs if r.kind == "anaphor"]


def _in_its_description(token: Any, trigger: Any) -> bool:
    """A word inside what the act calls its object ("condemned the launch as a violation of Security Council
    resolutions"): the council is in the charge, it is not addressed."""
    for node in token.ancestors:
        if node.dep_ == "prep" and node.lower_ in word_class("describing_preps") and (node.head.i == trigger.i or (
                node.head.dep_ in ("dobj", "obj") and node.head.head.i == trigger.i)):
            return True
        if node.i == trigger.i:
            return False
    return False


def _forum(token: Any, ref: ActorRef) -> bool:
    """ "at the WTO", "before the ICJ", "took Peru to the ICJ": a body where a complaint is brought (not "took the
    matter to the Security Council", an appeal to it)."""
    return (ref.actor.code or "") in word_class("forum_bodies") and token.dep_ == "pobj" \
        and (token.head.lower_ in word_class("forum_preps") or (
            token.head.lower_ == "to" and token.head.head.lemma_.lower() in word_class("court_taking_verbs")
            and not any(c.dep_ == "dobj" and in_class(c.lemma_, "@DISPUTE_MATTER") for c in token.head.head.children)))


def _venue(token: Any, ref: ActorRef) -> bool:
    """A capital or city named as where something is ("in Warsaw", "at Geneva"), or a country as where a
    thing is ("distracted by troubles in South Africa")."""
    where = placed_in(token)
    return where is not None and (ref.kind in ("capital", "city") or (ref.kind == "country" and where.pos_ == "NOUN"))


def _targets(targets: list[ActorRef], sources: list[ActorRef], event_type: str, symmetric: bool,
             mode: str | None, flags: frozenset[str]) -> list[ActorRef]:
    """The targets that are parties, not places where the act happened."""
    # flag "place": "opened an embassy in Kabul", the place is the host
    places_ok = event_type in PLACE_TARGETS or mode == "visit" or "place" in flags
    targets = [t for t in targets if places_ok or not (
        t.kind == "place" or (t.prep in word_class("place_preps") and t.kind in ("capital", "city")))]
    if any(t.prep in word_class("partner_preps") for t in targets):
        # "fought alongside US forces in Afghanistan": the partner is named, "in" is the place
        targets = [t for t in targets if t.prep not in word_class("inside_place_preps")]
    if any(t.prep is None and t.kind != "place" for t in targets):
        # "shelled the Chinese garrison at Weihaiwei": the object is the target, the place is where
        targets = [t for t in targets if not (t.prep in word_class("whereabouts_preps")
                                              and t.kind in PLACE_KINDS)]
    if len({state_key(s) for s in sources}) >= 2 and symmetric:
        # "Putin and Sharif met on the sidelines of the SCO summit": a meeting of the two, not
        # with what a prepositional phrase happens to name
        targets = [t for t in targets if t.prep is None or t.prep in word_class("counterpart_preps")]
    return targets


def _with_each_other(sources: list[ActorRef], symmetric: bool,
                     met: bool = False) -> list[tuple[ActorRef, ActorRef, bool]]:
    """Several subjects acting with each other (met: the act is a meeting)."""
    sides = _sides(sources)
    if len(sides) >= 3 and symmetric or len(sides) >= 2 and any(len(side) > 1 for side in sides):
        # "Russia, China and Iran held joint drills": each with each;
        # "the Entente powers and Japan held talks": a coalition is one side
        return _each_with_each(sides)
    if len(sides) == 1 and symmetric and met and len({state_key(s) for s in sources}) >= 3:
        # "the Big Three met at Yalta": the members of one group named that meet, each with each (not "the Western
        # powers concluded treaties with China", whose partner the parser may not give)
        return _each_with_each([[s] for s in sources])
    return [(sources[0], next(s for s in sources if state_key(s) != state_key(sources[0])), True)]


def _each_with_each(sides: list[list[ActorRef]]) -> list[tuple[ActorRef, ActorRef, bool]]:
    """Every member of each side with every member of each later side, reciprocally."""
    return [(a, b, True) for i, side in enumerate(sides) for a in side for other in sides[i + 1:] for b in other]


def _first_with_the_others(sides: list[list[ActorRef]]) -> list[tuple[ActorRef, ActorRef, bool]]:
    """The members of the first side with those of each other side, reciprocally."""
    return [(a, b, True) for a in sides[0] for other in sides[1:] for b in other]


# acts of force and yielding whose unnamed counterpart, for one state acting alone, is the foe in the war told last or
# the partner in the pair under discussion, never merely the latest other state named ("Japan's army advanced": not
# against the state an aside named last); several states acting together still take the latest other state (the
# partner test cost more true acts than it removed false ones)
_FOUGHT_WITH_A_PARTNER = frozenset({"ASSAULT", "COERCE", "CONCEDE"})


def _one_word_for_all(sources: list[ActorRef]) -> bool:
    """Whether several doers are all what one word of the discourse stands for ("their intervention in the Pacific":
    they intervened together, not on each other)."""
    return len({s.token for s in sources}) == 1 and all(s.via == "discourse" for s in sources)


def _at_war(discourse: Discourse, a: ActorRef, b: ActorRef) -> bool:
    """Whether two sides are those of the war the story told ("with Peru following suit" may be the enemy's reply)."""
    war = discourse.war
    return war is not None and {state_key(a), state_key(b)} == {w.country or w.code for w in war}


def _against_counterpart(sources: list[ActorRef], symmetric: bool, several: bool,
                         discourse: Discourse, latest: bool = True) -> list[tuple[ActorRef, ActorRef, bool]]:
    """An act that needs a counterpart the sentence does not name: the discourse gives it (latest: the latest other
    state named will do when the pair under discussion does not hold the source)."""
    out = []
    if several:  # acting together against one counterpart
        common = discourse.other_than_all({s.actor.country for s in sources})
        return [(s, ActorRef(common, s.token, "anaphor", "discourse"), symmetric)
                for s in sources if common is not None]
    co_sources = {state_key(s) for s in sources}
    for s in sources:
        other = discourse.other_than(s.actor, latest)
        if other is not None and (other.country or other.code) not in co_sources:
            out.append((s, ActorRef(other, s.token, "anaphor", "discourse"), symmetric))
    return out


def _allies(sources: list[ActorRef], discourse: Discourse) -> bool:
    """Several states named by adjectives, acting together: adjectives alone ("Soviet and Afghan aircraft"), and
    adjectives before one noun ("Chilean and Argentine troops") unless the pair the story's acts are between is among
    them ("Indian and Pakistani troops withdrew", each from the other). Not two nouns ("the Indian government and the
    Pakistani government" are two sides), which the gazetteer gives as two institutions and no bare adjective."""
    if all(s.kind == "demonym" for s in sources):
        return True
    pair = {a.country for a in discourse.pair or ()}
    return any(s.kind == "demonym" for s in sources) and all(_adjectival(s) for s in sources) \
        and not (pair and pair <= {state_key(s) for s in sources})


def _adjectival(ref: ActorRef) -> bool:
    """A state named by its adjective, alone ("Soviet") or before a noun ("Afghan troops", "North Korean troops")."""
    words = ref.actor.text.split()
    return ref.kind == "demonym" or (ref.kind == "institution" and any(
        _a_demonym(" ".join(words[:n])) for n in range(1, len(words))))


@lru_cache(maxsize=4096)  # (bounded: a long run over an archive meets ever new institutions)
def _a_demonym(words: str) -> bool:
    """Whether the words are a state's adjective and nothing more ("North Korean")."""
    return any(m.kind == "demonym" and (m.start, m.end) == (0, len(words)) for m in find_actors(words))


def _usable(ref: ActorRef) -> bool:
    return ref.kind == "place" or bool(ref.actor.country or ref.actor.code)
