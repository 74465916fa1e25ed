"""Find who acts and who is acted upon for a trigger, from the dependency parse.

Works on one parsed sentence (a spaCy Doc) plus the actor mentions found in it.
Each argument is a list of ActorRefs: an actor and the token it hangs on, so
that dates and statuses can later be read near the right words.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Actor
from ..timex.words import calendar_nouns
from .clauses import (
    abandoning_verb,
    answered_for_by,
    called_so,
    holding_verb,
    kept_from,
    occasion_noun,
    once_per_parse,
    own_arm,
    schedule_adjectives,
    sender_of_a_message,
    to_infinitive,
)
from .lexicon import (
    PERSON_KINDS,
    PLACE_KINDS,
    PRIVATE_SECTORS,
    class_forms,
    in_class,
    triggers,
    with_particle,
    word_class,
)

Token = Any  # spaCy Token

# children whose subtrees are not part of a noun phrase's own actors
_CLAUSAL = {"relcl", "acl", "advcl", "ccomp", "xcomp", "prep", "punct", "parataxis", "dep"}


@dataclass(frozen=True)
class ActorRef:
    """An actor found for an argument and the token it was found on."""

    actor: Actor
    token: int
    kind: str  # the gazetteer kind, or "anaphor"
    via: str = "parse"  # parse | discourse
    prep: str | None = None  # the preposition it was found under, if any


def antecedent(clause: Token, actors: SentenceActors) -> list[ActorRef]:
    """The actors a relative clause is told of: its head noun's phrase, without the conjuncts after the clause
    ("Bolivia, which cut ties in October, and Belize": Bolivia alone did that)."""
    after = {w.i for c in clause.head.children if c.dep_ == "conj" and c.i > clause.i for w in c.subtree}
    return [r for r in actors.in_phrase(clause.head) if r.token not in after]


HOSTED = "host"  # the preposition of a state found as the host of a meeting attended (no party of its own choosing)


@dataclass
class Arguments:
    """Sources and targets of one trigger; `pair` holds "between A and B" style pairs."""

    sources: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    pair: list[ActorRef] = field(default_factory=list)


class SentenceActors:
    """Actor mentions of one parsed sentence, looked up by token."""

    def __init__(self, doc: Any, refs_by_token: dict[int, list[ActorRef]]) -> None:
        self.doc = doc
        self.by_token = refs_by_token
        self._found: dict[tuple[Any, ...], Any] = {}  # (see once)

    def once(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """What compute() gives, found once for these actors: the rules ask again for each entry and trigger of a
        sentence (a phrase's actors, whether a word is of an entry's class)."""
        if key not in self._found:
            self._found[key] = compute()
        return self._found[key]

    def in_phrase(self, token: Token) -> list[ActorRef]:
        """Actors inside a noun phrase: the head, its modifiers, conjuncts and 'of' phrases."""
        found: list[ActorRef] = self.once(("in_phrase", token.i), lambda: self._in_phrase(token))
        return list(found)  # (a copy: callers extend what they are given)

    def _in_phrase(self, token: Token) -> list[ActorRef]:
        found: list[ActorRef] = []
        stack = [token]
        while stack:
            t = stack.pop()
            found.extend(self.by_token.get(t.i, ()))
            group = t.lemma_.lower() in word_class("state_group_nouns")  # (once per word, not per child)
            listed = in_class(t.lemma_, "@STATE_RELATION") and t.i not in self.by_token and any(
                c.dep_ in ("conj", "appos") and c.i in self.by_token for c in t.children)
            # "Bolivia's Chilean allies", "Hanoi's Chinese allies": the allies are Chile's, the one whose they are is
            # no party of the phrase
            whose = in_class(t.lemma_, "@STATE_RELATION") and any(
                c.dep_ in ("amod", "compound") and c.i < t.i and c.i in self.by_token for c in t.children)
            for child in t.children:
                if listed and child.i < t.i and child.dep_ in ("amod", "compound", "nmod", "poss"):
                    continue  # "Soviet satellites, Poland and Hungary": the states listed, not their patron
                if whose and child.dep_ == "poss":
                    continue
                if t.dep_ == "appos" and child.dep_ == "prep" and child.lower_ in word_class("speaker_preps") \
                        and in_class(t.lemma_, "@SPEAKER"):
                    # "Rahimi, the spokesman of the defence ministry in Dushanbe": whom he speaks for (but "the
                    # U.S. Minister, resident at Saigon": where a state's official is, not whom he serves)
                    at = [r for w in child.subtree for r in self.by_token.get(w.i, ())]
                    if not (child.lower_ in word_class("stationed_preps") and self._of_a_state(t)
                            and all(r.kind in PLACE_KINDS for r in at)):
                        found.extend(at)
                    continue
                if child.dep_ == "prep" and child.lower_ == "from" and (
                        t.lemma_.lower() in word_class("envoy_nouns") or in_class(t.lemma_, "@TROOPS")) \
                        and not self.by_token.get(t.i) and not self.modifiers(t) \
                        and len({r.actor.country or r.actor.code for w in child.subtree
                                 for r in self.by_token.get(w.i, ())}) <= _envoy_states(child):
                    # "delegations from the two neighbours", "troops from Hungary": whom they come from act (not
                    # "negotiators from Iran and six powers", a meeting of many, not of every pair; nor "American
                    # troops from Germany", whose state is named and who came from a base)
                    stack += [p for p in child.children if p.dep_ == "pobj"]
                    continue
                listing = [] if not group else [child] if child.dep_ == "prep" else [
                    g for g in child.children if g.dep_ == "prep" and g.i > t.i] if child.dep_ == "relcl" else []
                examples = [p for g in listing if _lists_examples(g) for p in g.children if p.dep_ == "pobj"]
                if examples:
                    # "other countries including the Netherlands and Portugal", "states such as Peru" (also when
                    # the parser hangs the list on a relative clause: "countries that backed Israel, including X")
                    stack += examples
                    if child.dep_ == "prep":
                        continue
                if child.dep_ == "amod" and child.i < t.i and _sponsoring(child):
                    continue  # "agreed to a Russian-brokered truce": the one who brokered it is no party to it
                if child.dep_ == "acl" and (child.lemma_.lower() in word_class("leading_verbs") or (
                        child.lemma_.lower() in word_class("authoring_verbs")
                        and t.lemma_.lower() in word_class("said_nouns"))):
                    # "a coalition led by US and British forces": those who lead it act through it; "remarks made
                    # by Israel's minister": whose they are
                    stack += [p for a in child.children if a.dep_ == "agent" for p in a.children]
                    continue
                if child.dep_ == "compound" and t.lemma_.lower() in word_class("occasion_nouns") and all(
                        r.kind in PLACE_KINDS for r in self.by_token.get(child.i, ())):
                    continue  # "the Brussels Summit decided": where it met, not who
                if child.dep_ == "prep" and child.lower_ == "with" and in_class(t.lemma_, "@BORDER") \
                        and not self.by_token.get(t.i) and not any(
                            c.dep_ in ("amod", "compound") and c.i in self.by_token for c in t.children):
                    # "on the border with India": the state on its other side (named: not "with Egyptian approval")
                    stack += [p for p in child.children if p.dep_ == "pobj" and p.i in self.by_token]
                    continue
                if child.dep_ in _CLAUSAL and not (child.dep_ == "prep" and child.lower_ == "of"):
                    continue
                if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                    continue
                if child.dep_ == "conj" and in_class(t.lemma_, "@AGREEMENT") and in_class(child.lemma_, "@AGREEMENT"):
                    continue  # "the Helsinki Accords and an Egyptian-Israeli agreement": each deal has its own parties
                if child.dep_ in ("cc", "prep") and (child.lower_ in word_class("excluding_words") or any(
                        a.dep_ == "advmod" and a.lower_ in word_class("excluding_words") for a in child.children)):
                    continue  # "supported the British rather than (instead of) the Germans": the one set aside
                if child.dep_ == "appos" and t.pos_ == "NOUN" and _bare_act_noun(child) and not _bare_act_noun(t):
                    continue  # "the administration (and the possible intervention of X)": an act, no rename
                if child.dep_ == "appos" and t.i in self.by_token and child.i not in self.by_token \
                        and in_class(child.lemma_, "@STATE_RELATION"):
                    continue  # "Serbia, Russia's ally": the other state only describes the one named
                stack.append(child)
        return sorted(_unique(found), key=lambda r: r.token)

    def _of_a_state(self, token: Token) -> bool:
        """Whether a noun or its own modifiers name a state ("the U.S. Minister", "the Iranian embassy")."""
        own = [token] + [c for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound", "nmod", "poss")]
        return any(r.kind not in PLACE_KINDS for c in own for r in self.by_token.get(c.i, ()))

    def modifiers(self, token: Token) -> list[ActorRef]:
        """Actors among a noun's own pre-modifiers and possessor (not its prepositional phrases)."""
        found = []
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod") and child.i < token.i \
                    and not (child.dep_ == "amod" and _sponsoring(child)):
                found.extend(self.in_phrase(child))
        return _unique(found)

    def _located(self, noun: Token) -> list[ActorRef]:
        """ "in 22 projects in Pakistan", "tariffs on imports from China": the actor of a nested phrase,
        with the nested preposition ("$5 million in financing for Manila": for Manila, not in it)."""
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in word_class("located_preps"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return [replace(r, prep=child.lower_) for r in self.in_phrase(pobj)]
        return []

    def _acts_next(self, at: int) -> bool:
        """Whether the actor at a token is the subject of the verb right after it, which the parser listed with the
        thing a verb before acts on (see _listed_with_a_thing)."""
        doc = self.doc
        return at + 1 < len(doc) and bool(_listed_with_a_thing(doc[at + 1], doc[at], self))

    def prep_objects(self, token: Token, preps: Collection[str]) -> list[tuple[str, ActorRef]]:
        """(preposition, actor) for the actors inside the named prepositional phrases of a token
        (and its "by" phrase, the agent of a passive)."""
        out = []
        # "against Israel and on bases in Saudi Arabia": a preposition joined to another is the token's too
        joined = _joined_prepositions(token.doc)
        children = [c for child in token.children for c in (child, *joined.get(child.i, ()))]
        for child in children:
            phrase = child.dep_ in ("prep", "agent", "dative") or (child.dep_ == "conj" and child.head.dep_ == "prep")
            if phrase and (child.lower_ in preps or child.lower_ == "by"):
                if _in_solidarity(child):
                    continue  # "broke off relations with Ecuador in solidarity with Mexico": whom it stands by
                after = child.right_edge.i + 1
                if after + 1 < len(token.doc) and token.doc[after].lemma_.lower() in word_class("following_verbs") \
                        and token.doc[after + 1].lower_ == "suit":
                    continue  # the parser hung "following suit" beside the phrase: the same, not a party
                for pobj in child.children:
                    if pobj.lemma_.lower() in word_class("proxy_nouns"):
                        continue  # "on behalf of Spain": the one acted for, not a party acted on
                    if child.lower_ == "with" and pobj.lemma_.lower() in word_class("manner_nouns"):
                        continue  # "with American mediation, Chile and Peru signed": how, not with whom
                    if pobj.dep_ == "pcomp" and pobj.lemma_.lower() in word_class("following_verbs"):
                        continue  # "with Britain following suit": Britain does the same, it is not a party
                    if child.lower_ == "with" and _with_absolute(pobj):
                        continue  # "signed the accords, with Carter signing as a witness": no partner of the act
                    # ("of the Big Three": a number that is a name is no date)
                    if pobj.dep_ in ("pobj", "pcomp") and (not _is_time_word(pobj) or pobj.i in self.by_token):
                        found = [replace(r, prep=child.lower_) for r in self.in_phrase(pobj)] or self._located(pobj)
                        listed = [c for c in pobj.conjuncts if c.pos_ in ("NOUN", "PROPN")]
                        if listed:  # "into labour practices in Nicaragua and PRC policies": each item its own
                            found += [r for c in (pobj, *listed) if not (self.by_token.get(c.i) or self.modifiers(c))
                                      for r in self._located(c) if r not in found]
                        if not found and (origin := _origin_of_goods(token, child)) is not None:
                            found = [replace(r, prep=child.lower_) for r in self.in_phrase(origin)]
                        if not found and pobj.lemma_.lower() in word_class("trade_nouns"):
                            # "an embargo on trade with Cuba": the partner of the trade
                            found = [replace(r, prep=child.lower_) for p in pobj.children if p.dep_ == "prep"
                                     and p.lower_ in word_class("trade_partner_preps")
                                     for o in p.children if o.dep_ == "pobj" for r in self.in_phrase(o)]
                        # ("cut supplies to the factories and Ukraine closed its airspace": Ukraine acts next)
                        out.extend((child.lower_, r) for r in found if not self._acts_next(r.token))
            elif child.dep_ == "prep" and child.lower_ == "at" and _hands_of(child):
                out.extend(("by", r) for r in self.in_phrase(_hands_of(child)))
        return out


def _in_solidarity(prep: Token) -> bool:
    """Whether a preposition follows a phrase of solidarity ("in solidarity with Mexico": the one a state stands by
    while it acts, not "expressed solidarity with Mexico", where solidarity is the act's object)."""
    if prep.i < 1:
        return False
    before = prep.doc[prep.i - 1]  # ("in full solidarity with": the noun of a phrase of its own, whatever its words)
    return before.lemma_.lower() in word_class("solidarity_nouns") and before.dep_ == "pobj"


def _sponsoring(word: Token) -> bool:
    """A participle of bringing about before a noun, as its own word or the end of one ("Russian-brokered",
    "U.S.-mediated")."""
    if word.tag_ == "VBN" and word.lemma_.lower() in word_class("sponsoring_participles"):
        return True
    return "-" in word.lower_ and word.lower_.rsplit("-", 1)[1] in class_forms("sponsoring_participles")


def _joined_prepositions(doc: Any) -> dict[int, list[Token]]:
    """Prepositions joined to another ("against X and on Y"), by the index of the first: found once per
    parse, as a sentence's phrases are read many times."""
    found: dict[int, list[Token]] = once_per_parse(doc, "detente_joined_preps", _find_joined_prepositions)
    return found


def _find_joined_prepositions(doc: Any) -> dict[int, list[Token]]:
    found: dict[int, list[Token]] = {}
    for t in doc:
        if t.dep_ == "conj" and t.pos_ == "ADP" and t.head.dep_ == "prep":
            found.setdefault(t.head.i, []).append(t)
    return found


def _bare_act_noun(token: Token) -> bool:
    """A noun that names an act by itself ("intervention", "invasion"), not only with a modifier."""
    return any(not e.obj for e in triggers().get(("N", token.lemma_.lower()), ()))


def _origin_of_goods(token: Token, prep: Token) -> Token | None:
    """ "tariffs on $2 billion worth of imports from Chile", where the parser hangs "from Chile" on the
    verb: the phrase right after goods says whose they are (the object of its "from")."""
    after = prep.right_edge.i + 1
    if prep.right_edge.lemma_.lower() not in word_class("traded_goods") or after >= len(token.doc):
        return None
    origin = token.doc[after]
    if origin.lower_ != "from" or origin.head.i != token.i:
        return None
    return next((c for c in origin.children if c.dep_ == "pobj"), None)


def _more_of_the_same(noun: Token) -> bool:
    """ "additional forces", "more troops": troops no one is named for, added to those just told."""
    return noun.pos_ == "NOUN" and in_class(noun.lemma_, "@TROOPS") and any(
        c.dep_ == "amod" and c.lower_ in word_class("added_words") for c in noun.children)


def _with_absolute(pobj: Token) -> bool:
    """The gerund of a "with" clause that has its own subject and tells one looking on ("with President Carter
    signing as a witness", which the parser reads as a noun "signing" named by "Carter"; not "with Israel
    agreeing to return the Sinai", an act of the other side); nor one present or looking on ("with President
    Carter present", "with the American president looking on")."""
    if pobj.lemma_.lower() in word_class("onlooking_words") and any(
            c.dep_ in ("compound", "nsubj", "nmod", "amod") for c in pobj.children):
        return True
    return pobj.lower_.endswith("ing") and pobj.tag_ in ("VBG", "NN") and any(
        c.dep_ in ("compound", "nsubj", "nmod") and c.pos_ == "PROPN" for c in pobj.children) and any(
        t.lemma_.lower() in word_class("onlooking_words") for t in pobj.subtree)


def _is_time_word(token: Token) -> bool:
    """ "on March 2 and Bolivia on ...": a date, not a place or a party."""
    return token.lower_ in calendar_nouns() or token.like_num


def _hands_of(prep: Token) -> Token | None:
    """The X of "at the hands of X"."""
    for pobj in prep.children:
        if pobj.lower_ == "hands":
            for of in pobj.children:
                if of.lower_ == "of":
                    for x in of.children:
                        if x.dep_ == "pobj":
                            return x
    return None


def _unique(refs: list[ActorRef]) -> list[ActorRef]:
    seen: set[tuple[int, str | None]] = set()
    out = []
    for r in refs:
        key = (r.token, r.actor.code or r.actor.country)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def fronted_objects_run_on(obj: Token) -> list[Token]:
    """The words listed after a comma with the object of a fronted clause whose main verb has no subject of its
    own ("When Peru invaded Ecuador, Brazil and the United States worked together": the parser lists
    the main clause's subject with Kuwait); none for any other object."""
    verb = obj.head
    main = verb.head
    if obj.dep_ not in ("dobj", "obj") or verb.dep_ != "advcl" or main.i <= obj.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in main.children):
        return []
    listed = [c for c in obj.subtree if c.dep_ == "conj" and c.i > obj.i]
    comma = next((t.i for t in obj.doc[obj.i + 1:main.i] if t.text == ","), None)
    if comma is None:
        return []
    after = [c for c in listed if c.i > comma]
    return [t for c in after for t in c.subtree if t.dep_ != "conj" or t.i == c.i] if after else []


def _stranded_subjects(verb: Token, actors: SentenceActors) -> list[ActorRef]:
    """ "During the Suez Crisis of 1956, Britain, France and Israel invaded Egypt": the parser hung the
    coordinated subjects on the fronted phrase; for a verb with no subject, the actors coordinated
    just before it are its subject, as is a state it read as dated by an opening year ("In 2019
    Pakistan shot down ...")."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    if verb.dep_ == "conj":
        split = split_subject(verb.head, verb.i, actors)
        if split:
            return split
    node = verb.doc[verb.i - 1]
    if node.dep_ == "pobj" and actors.by_token.get(node.i) and any(
            c.dep_ == "nummod" and c.i < node.i and len(c.text) == 4 and c.text.isdigit() for c in node.children):
        return actors.in_phrase(node)  # "In 2019 Pakistan shot down a jet": the parser read "2019 Pakistan"
    official = _official_before(verb, actors)
    if official:
        return official
    listed = _listed_with_a_thing(verb, node, actors)
    if listed:
        return listed
    if node.dep_ != "conj" or not (actors.by_token.get(node.i) or actors.by_token.get(node.head.i)):
        return []  # "Egypt and other Arab states accused": the last conjunct need not name a state
    while node.dep_ in ("conj", "appos") and actors.by_token.get(node.head.i):
        node = node.head  # "In 1935 Argentina, Brazil and Chile offered": the list, whatever its parse
    run_on = fronted_objects_run_on(node)
    if run_on:
        # "When Peru invaded Ecuador, Brazil and the United States worked together": the subject, which
        # the parser listed with the fronted clause's object
        return [r for c in run_on for r in actors.by_token.get(c.i, ())]
    if verb.dep_ == "conj" and not (node.dep_ == "pobj" and node.head.lower_ in word_class("temporal_preps")):
        # "concerned about it, especially after Egypt and other states accused the US": the parser read
        # the clause as a phrase; a coordinated verb takes the actors only from such a phrase
        return []
    if node.dep_ == "pobj" and node.head.lower_ in word_class("place_preps"):
        # "after ten days of talks in Rome, Chile and Argentina signed": the parser listed the venue with the
        # subjects; the city is where, not who
        return [r for r in actors.in_phrase(node) if not (r.token == node.i and r.kind in PLACE_KINDS)]
    return actors.in_phrase(node)


def _listed_with_a_thing(verb: Token, last: Token, actors: SentenceActors) -> list[ActorRef]:
    """ "Japan lifted the curbs on the chemicals and South Korea withdrew its complaint": a second finite verb with
    no subject but an object of its own, right after a state the parser listed with a thing the first verb acts on
    (not with another state), takes that state as its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or last.dep_ != "conj" \
            or not actors.by_token.get(last.i) or last.head.pos_ not in ("NOUN", "PROPN") or any(
            r.kind not in ("place", "city", "group") and r.actor.sector not in PRIVATE_SECTORS
            for r in actors.by_token.get(last.head.i, ())):
        return []  # (a thing of a company or a people may be listed with it: "sanctions on Iranian banks and Syria")
    before = [t for t in last.head.children if t.dep_ == "cc" and t.head.i < t.i < last.i]
    holder = last.head
    while holder.dep_ in ("pobj", "prep", "conj", "compound", "dobj", "obj", "dative") and holder.i != verb.head.i:
        holder = holder.head
    if not before or holder.i != verb.head.i:
        return []
    if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return []
    return [r for r in actors.in_phrase(last) if r.kind not in ("place", "city")]  # (a capital stands for its state)


def split_subject(first: Token, before: int, actors: SentenceActors) -> list[ActorRef]:
    """ "X sidestepped the proposal, and Khrushchev, after a visit to Beijing, withdrew it": a name the
    parser joined to the first verb, set off by a comma before the second verb (at `before`), is the second
    verb's subject."""
    names = [c for c in first.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and first.i < c.i < before
             and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "," and actors.by_token.get(c.i)]
    return actors.in_phrase(names[-1]) if names else []


def _official_before(verb: Token, actors: SentenceActors) -> list[ActorRef]:
    """ "at the conference in Bandung Chinese Foreign Minister Zhou announced": for a verb with no
    subject, an official named just before it, whom the parser read as part of the place."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    node = verb.doc[verb.i - 1]
    if node.dep_ == "pobj" and node.pos_ == "PROPN" and any(
            c.dep_ == "compound" and in_class(c.lemma_.lower(), "@SPEAKER") for c in node.children):
        return [r for r in actors.in_phrase(node) if r.kind not in PLACE_KINDS]
    return []


def _object_shared_with_the_next_verb(verb: Token) -> list[Token]:
    """ "bombarded and boarded the Chesapeake": the object of the verb joined right after one that has none of its
    own (nor a subject, particle or phrase between them) is the object of both."""
    if verb.lemma_.lower() not in word_class("object_sharing_verbs") or any(
            c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "prt", "dative") for c in verb.children):
        return []  # (not an act without an object: "Iran retreated and thanked Russia")
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if nxt is None or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in nxt.children):
        return []
    between = verb.doc[verb.i + 1:nxt.i]
    if not all(w.dep_ in ("cc", "advmod", "punct") for w in between) or not any(w.dep_ == "cc" for w in between):
        return []
    return [c for c in nxt.children if c.dep_ in ("dobj", "obj")]


def _passive_going_on(verb: Token) -> bool:
    """Whether a verb is a passive joined to the verb before it, with no subject of its own ("declared independence
    and was recognized by Y")."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


def _own_subject_or_modal(verb: Token) -> bool:
    """Whether a verb has a subject of its own or a modal ("will withdraw"), not only an infinitive's "to"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "aux" and c.tag_ != "TO") for c in verb.children)


def subject_of(verb: Token, actors: SentenceActors) -> list[ActorRef]:
    """The actors of a verb's grammatical subject, climbing to a controller when it has none."""
    sender = sender_of_a_message(verb)
    if sender is not None:
        # "sent a note to Germany protesting the sinking": the parser may make the addressee the participle's subject;
        # the sender protests
        return subject_of(sender, actors)
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ != "VBG" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "X concluded, finding that Y's practices are unfair and proposing tariffs": the parser joins the
        # second participle to the reported clause; it continues the first, whose subject it shares
        participle = next((a for a in verb.head.ancestors if a.tag_ == "VBG" and a.dep_ in ("advcl", "conj")), None)
        if participle is not None:
            return subject_of(participle, actors)
    if verb.tag_ == "VB" and verb.dep_ in ("conj", "ccomp") and not _own_subject_or_modal(verb):
        # "X invaded Y, causing Z to recall its envoy, cancel a visit and ban arms sales": the parser joins the
        # bare verbs to the finite one, or to the verb the infinitive hangs on; they go on from the infinitive
        # before them, whose subject they share
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        anchor = first if first.tag_ != "VB" else first.head
        # (not "Russia will ask Turkey to leave, and then withdraw its troops": the bare verb goes on from a bare
        # verb of its own subject or modal, whose form it shares)
        own = first is not verb and first.tag_ == "VB" and _own_subject_or_modal(first)
        infinitive = None if own else next((t for t in reversed(verb.doc[anchor.i + 1:verb.i]) if t.tag_ == "VB"
                           and t.dep_ in ("xcomp", "ccomp") and anchor in t.ancestors
                           and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)), None)
        if infinitive is not None:
            return subject_of(infinitive, actors)
    said = verb.head.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else None
    if said is not None and said.lemma_.lower() in word_class("reporting_verbs") and verb.tag_ == said.tag_ \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") and actors.in_phrase(c) for c in verb.head.children):
        # "the ministry said the charges were absurd and accused Poland": the parser joins the second verb to the
        # reported clause, whose subject is no actor; it continues the saying
        return subject_of(said, actors)
    stranded = _stranded_subjects(verb, actors) if verb.dep_ in ("ROOT", "conj") else []
    if not stranded and verb.dep_ == "conj" and verb.head.dep_ in ("ROOT", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        stranded = _stranded_subjects(verb.head, actors)  # "... accused the US and broke relations"
    if stranded:
        return stranded
    seen = 0
    node = verb
    adverbial = False  # climbed out of a phrase with no subject of its own ("after supplying arms")
    while node is not None and seen < 6:
        seen += 1
        # "Peru, bound to Bolivia by a pact, offered to mediate, but Chile demanded ...": of two subjects
        # the parser gives one verb, the one just before it
        # (a subject the parser hung on the auxiliary: "In 1956 the United States was committed to ...")
        children = [*node.children, *(g for c in node.children if c.dep_ in ("aux", "auxpass") for g in c.children)]
        nearest = max((c.i for c in children if c.dep_ == "nsubj" and c.i < node.i), default=None)
        for child in children:
            if child.dep_ == "nsubj" and nearest is not None and child.i != nearest:
                continue
            if child.dep_ == "nsubjpass" and adverbial and actors.in_phrase(child):
                # "X was criticised after supplying arms": X supplied them, whatever the voice of the clause
                return actors.in_phrase(child)
            if child.dep_ in ("nsubj", "csubj") and _a_public(child):
                return []  # "American public opinion supported the British", "the majority of Americans opposed"
            if child.dep_ in ("nsubj", "csubj"):
                refs = actors.in_phrase(child)
                if not refs and child.lower_ in word_class("relative_pronouns") and node.dep_ == "relcl":
                    refs = antecedent(node, actors)
                    if node.head.lemma_.lower() in word_class("issued_texts") and node.head.dep_ in ("dobj", "obj") \
                            and node.head.head.lemma_.lower() in word_class("issuing_verbs") \
                            and all(r.kind in PLACE_KINDS for r in refs):
                        # "released the Potsdam Declaration, which threatened Japan": the text says what those who
                        # issued it said (not where it was made)
                        refs = subject_of(node.head.head, actors) or refs
                    if not refs and in_class(node.head.lemma_, "@TROOPS") and node.head.dep_ in ("dobj", "obj") \
                            and node.head.head.lemma_.lower() in word_class("deploying_verbs") \
                            and not any(c.dep_ == "aux" and c.lower_ in word_class("past_perfect_auxiliaries")
                                        for c in node.children):
                        # "Pretoria sent forces that entered Angola": forces of no one named are the sender's
                        # (not what they "had" done before)
                        refs = subject_of(node.head.head, actors)
                if not refs and node.dep_ == "relcl" and any(
                        c.dep_ == "poss" and c.lower_ in word_class("possessive_relative_pronouns")
                        for c in child.children):
                    refs = antecedent(node, actors)  # "Peru, whose envoy protested": Peru's envoy
                if not refs and child.lower_ in word_class("relative_pronouns") and node.dep_ == "relcl" \
                        and node.head.lemma_.lower() in word_class("irregular_forces"):
                    return []  # "backing M23 rebels who captured two towns": the rebels did it, no state named
                if not refs and child.dep_ == "nsubj" and child.pos_ == "NOUN":
                    refs = actors.modifiers(child)
                    if child.lemma_.lower() in word_class("occasion_nouns"):
                        refs = [r for r in refs if r.kind not in PLACE_KINDS]  # "the Geneva conference agreed"
                if refs:
                    return refs
                if node.dep_ == "conj" and _more_of_the_same(child):
                    break  # "U.S. troops landed at X and additional forces at Y": the same side's
                if child.lower_ in word_class("reciprocal_determiners") and node.dep_ == "advcl" and any(
                        o.dep_ in ("dobj", "obj") and o.lower_ in word_class("reciprocal_pronouns")
                        for o in node.children):
                    break  # "Moscow and Beijing exchanged notes, each accusing the other": the subject above
                if child.pos_ != "PRON":
                    return []
        if node.dep_ == "relcl" and node.i != verb.i:
            return antecedent(node, actors)
        parent = node.head
        if parent.i == node.i:
            # "in Bandung Chinese Foreign Minister Zhou announced a desire to negotiate": a root verb
            # whose subject the parser hung on the phrase before it
            return _official_before(node, actors) if node.i != verb.i else []
        infinitive = node.dep_ == "xcomp" or (node.dep_ == "advcl" and any(c.lower_ == "to" for c in node.children))
        if node.dep_ == "xcomp":
            # "Pakistan was reported to be in talks": the raised subject of a passive
            raised = [c for c in parent.children if c.dep_ == "nsubjpass"]
            if raised and actors.in_phrase(raised[0]):
                return actors.in_phrase(raised[0])
        if kept_from(node):  # "kept France from invading Egypt": France would have invaded ("Chile was prevented
            # from attacking": the passive's subject)
            kept = [c for c in parent.head.children if c.dep_ in ("dobj", "obj")] or [
                c for c in parent.head.children if c.dep_ == "nsubjpass"]
            return [r for c in kept for r in actors.in_phrase(c)]
        if infinitive and parent.lemma_ in word_class("object_control_verbs"):
            for child in parent.children:
                if child.dep_ in ("dobj", "obj") and (actors.in_phrase(child) or not own_arm(child)):
                    return actors.in_phrase(child)
                if child.dep_ in ("dobj", "obj"):
                    # "Petro ordered the security forces to suspend intelligence sharing": an arm of the state no one
                    # names acts for the one who gives the order (not a commander, who may give orders to another's
                    # army: "MacArthur ordered the army to disarm")
                    return [r for r in subject_of(parent, actors) if r.actor.sector != "MIL"]
        if node.dep_ in ("pcomp", "pobj") or parent.dep_ == "prep":
            holder = parent.head if parent.dep_ == "prep" else parent
            if holder.pos_ in ("NOUN", "PROPN") and actors.modifiers(holder):
                return actors.modifiers(holder)
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.i == verb.i \
                and node.lemma_.lower() in word_class("charging_verbs"):
            return []  # "a Bolivian diplomat accused of spying": the participle tells what was done to the noun
        if node.dep_ in ("acl", "relcl") and parent.pos_ in ("NOUN", "PROPN"):
            # "the first Russian defence minister to visit Pakistan": the noun acts
            mods = actors.in_phrase(parent) if node.dep_ == "acl" else actors.modifiers(parent)
            # "(the issuance of) the Potsdam Declaration demanding surrender": where a text was made does not speak
            # (a city's name, not a capital's: "a Moscow statement condemning X" is the government's)
            named_for = {c.i for w in parent.subtree if w.lemma_.lower() in word_class("issued_texts")
                         and w.text[:1].isupper() for c in w.children if c.dep_ == "compound"}
            mods = [r for r in mods if not (r.kind in ("city", "place") and r.token in named_for)]
            if mods:
                return mods
            if parent.dep_ == "attr" and parent.head.lemma_ in word_class("copulas"):
                node = parent.head  # "X was the first leader to visit": X visits
                continue
            if parent.dep_ in ("dobj", "obj") and parent.head.pos_ in ("VERB", "AUX"):
                node = parent.head  # "wrote a letter denouncing X": the writer denounces
                continue
        ready = node.dep_ == "acomp" and (node.lemma_.lower() in word_class("intent_adjectives")
                                          or node.lemma_.lower() in word_class("schedule_adjectives")
                                          or node.lemma_.lower() in word_class("commitment_adjectives"))
        if node.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "acl", "ccomp") \
                and parent.dep_ != "prep" and not ready:  # "X was willing to resume talks": X would
            return []
        if node.dep_ == "advcl" and node.tag_ == "VBG" and not any(c.dep_ in ("mark", "prep") and c.i < node.i
                                                                   for c in node.children) \
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in parent.children) \
                and parent.lemma_.lower() in word_class("befalling_verbs"):
            # "a Russian helicopter was shot down, killing two crew members": what the passive did was done by
            # its agent, if it names one, not by the one it befell (but "troops were sent in, attacking X": they did)
            return [r for a in parent.children if a.dep_ == "agent" for p in a.children for r in actors.in_phrase(p)]
        adverbial = node.dep_ in ("advcl", "pcomp", "pobj", "prep") and node.tag_ in ("VBG", "IN")
        node = parent
    return []


def _envoy_states(prep: Token) -> int:
    """How many states "representatives from ..." may name and still be the parties of what they do: two, or three
    when the phrase names governments ("from the Spanish, French, and British governments"), not firms."""
    governments = any(p.dep_ == "pobj" and p.lemma_.lower() in word_class("government_nouns") for p in prep.children)
    return 3 if governments else 2


def _lists_examples(prep: Token) -> bool:
    """ "including", "such as": a preposition that lists members of the noun it hangs on."""
    return prep.lower_ in word_class("example_preps") or (
        prep.lower_ == "as" and any(c.lower_ == "such" for c in [*prep.children, *prep.lefts]))


def _a_public(noun: Token) -> bool:
    """ "American public opinion", "a majority of Germans": a public, no state (but "the public and the
    administration" names one, and "the majority of NATO members" are states)."""
    if any(c.dep_ == "conj" for c in noun.children):
        return False
    if noun.lemma_.lower() in word_class("public_nouns"):
        return True
    if noun.lemma_.lower() not in word_class("share_of_people_nouns"):
        return False
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return bool(of) and all(p.tag_ == "NNPS" or p.lemma_.lower() in word_class("people_nouns") for p in of)


def _the_place_where(verb: Token, actors: SentenceActors) -> list[ActorRef]:
    """ "Korea, where U.S. Marines had invaded in 1871": a state a "where" clause hangs on is what was invaded
    (word class where_object_verbs), when the clause names nothing it was done to."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in word_class("where_object_verbs") \
            or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children) \
            or any(c.dep_ in ("dobj", "obj") for c in verb.children) \
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return []  # (not "Turkey, where the missiles could strike within minutes": a base, no target)
    return [r for r in actors.in_phrase(verb.head) if r.kind == "country"]


def _forces_acted_on(verb: Token, actors: SentenceActors) -> bool:
    """Whether the subject of a passive is forces ("Russian troops were deployed", "the Serbian army was moved")."""
    return any(c.dep_ == "nsubjpass" and (in_class(c.lemma_, "@TROOPS") or any(
        r.actor.sector == "MIL" for r in actors.in_phrase(c))) for c in verb.children)


def _stationed_by(verb: Token, actors: SentenceActors) -> list[ActorRef]:
    """ "massed divisions near Poland", "stationed units along its frontier with Peru": the state forces are put
    to stand by (the verb's phrase; the state a border is shared "with" is the one it faces)."""
    if verb.lemma_.lower() not in word_class("deploying_verbs"):
        return []  # (not "arrested soldiers near the border")
    near, shared_with = word_class("troop_station_preps"), word_class("partner_preps")
    lines = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in near
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in word_class("boundary_nouns")]
    # (prep_objects adds the verb's "by" agent: kept out)
    return [r for p, r in actors.prep_objects(verb, near) if p in near] + [
        r for line in lines for p, r in actors.prep_objects(line, shared_with) if p in shared_with]


def verb_arguments(
    verb: Token, actors: SentenceActors, from_flag: bool, subject_acts: bool = False, mediation: bool = False,
    by_proxy: bool = False,
) -> Arguments:
    """Sources and targets of a verbal trigger; with subject_acts, the subject of a passive form is
    the one acting ("he is expected in Warsaw"); with mediation, the agent of a participle is ("a
    ceasefire brokered by Russia")."""
    args = Arguments()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "a ceasefire brokered by Russia", "a telegram sent by Berlin to its envoy": a participle with its agent
        passive = passive or any(c.dep_ == "agent" for c in verb.children)
    # "with the Axis forces defeated": a participle after "with" tells what was done to its subject
    # (not "with Iraq having withdrawn from Kuwait": a perfect tells what its subject did)
    absolute = verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "obj", "aux") for c in verb.children)
    passive = passive or absolute
    # "asked by Washington to withdraw, Moscow refused": a participle of the clause (no subject of its own), with its
    # agent
    fronted = verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    passive = passive or fronted
    acting: list[ActorRef] = []
    if passive and subject_acts:
        passive = False
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                acting += actors.in_phrase(child) or actors.modifiers(child)
    preps = word_class("target_preps") | ({"from"} if from_flag else set())
    # ("is due in Lima": the parser hangs the place on the adjective of the schedule)
    scheduled = [(p, r) for c in (schedule_adjectives(verb) if verb.lemma_.lower() == "be" else [])
                 for p, r in actors.prep_objects(c, preps)]
    # ("pulled its troops back from the border": the parser may hang the phrase on the verb's particle)
    particled = [(p, r) for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in word_class(
        "phrase_particles") for p, r in actors.prep_objects(c, preps)]
    for prep, ref in [*actors.prep_objects(verb, preps), *scheduled, *particled]:
        if prep == "by" and passive:
            args.sources.append(ref)
        elif prep != "by":
            args.targets.append(ref)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and args.sources and not args.targets and not subject_acts \
            and not mediation and verb.head.pos_ == "NOUN" and not any(
                in_class(verb.head.lemma_, spec) for spec in ("@AGREEMENT", "@TROOPS", "@ARMS", "@AID")):
        # "the Peruvian troops attacked by Chile": the noun a participle with its agent tells of is what was done to
        # (not "the Accords, signed by Carter and Sadat": what the signers made; nor "the Indian troops sent by
        # Britain to Iraq", "weapons supplied by Israel": what was sent)
        doers = {state_key(s) for s in args.sources}
        args.targets += [r for r in actors.in_phrase(verb.head) if state_key(r) not in doers
                         and r.kind not in PLACE_KINDS]
        if not args.targets and verb.head.dep_ == "appos":
            # "Poland, a state invaded by Germany in 1939": the noun the apposition describes
            args.targets += [r for r in actors.by_token.get(verb.head.head.i, ()) if state_key(r) not in doers
                             and r.kind not in PLACE_KINDS]
    if fronted and args.sources and not args.targets:
        # (what was done to the subject of the clause the participle hangs on: "urged by Washington, Tokyo agreed")
        doers = {state_key(s) for s in args.sources}
        args.targets += [r for r in subject_of(verb.head, actors) if state_key(r) not in doers]
    if _passive_going_on(verb) and not args.targets:
        # "X declared independence and was recognized by Y": the passive goes on from the verb before it, whose
        # subject is what was done to
        doers = {state_key(s) for s in args.sources}
        args.targets += [r for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                         for r in actors.in_phrase(c) if state_key(r) not in doers]
    if from_flag:  # "pulled out of the Sinai": "out of" is "from" (the parser may take "out" for a preposition)
        # (only the phrase's own actor or place: not "withdrew out of respect for China's wishes")
        args.targets += [replace(ref, prep="from") for c in verb.children if c.dep_ in ("prt", "prep", "advmod")
                         and c.lower_ == "out" for _, ref in actors.prep_objects(c, {"of"})
                         if any(p.i == ref.token for o in c.children if o.lower_ == "of" for p in o.children)]
    if not args.targets and _forces_acted_on(verb, actors):
        args.targets += _stationed_by(verb, actors)  # "Russian troops were deployed near the Ukrainian border"
    subjects = subject_of(verb, actors) if not passive else []
    subject_states = {state_key(r) for r in subjects}
    named_subject_states = {state_key(r) for r in subjects if r.via == "parse"}
    for child in [*verb.children, *_object_shared_with_the_next_verb(verb)]:
        if child.dep_ in ("dobj", "obj") and verb.lemma_.lower() in word_class("transfer_verbs"):
            # "is to sell Australia three submarines": the parser may hang the recipient on the goods
            args.targets += [r for c in child.children if c.dep_ in ("nmod", "compound") and c.i == verb.i + 1
                             for r in actors.by_token.get(c.i, []) if r.kind == "country"]
        owners = [r for r in actors.in_phrase(child) if r.via == "parse"] if child.dep_ in ("dobj", "obj") else []
        moved_to: list[ActorRef] = []
        if owners and in_class(child.lemma_, "@TROOPS"):
            # "moved 800 soldiers of a brigade from Italy to Latvia": where they left from is no owner, where
            # they go is the target (the parser may hang both phrases on the brigade)
            starts = [p for p in child.subtree if p.dep_ == "prep" and p.lower_ == "from"]
            moved_to = [r for p in starts for _, r in actors.prep_objects(p.head, word_class("moving_to_preps"))]
            moved_to += [r for _, r in actors.prep_objects(verb, word_class("moving_to_preps"))] if starts else []
            if moved_to:
                origin = {w.i for p in starts for w in p.subtree}
                owners = [r for r in owners if r.token not in origin]
                args.targets += [r for r in moved_to if r.token not in {t.token for t in args.targets}]
        foreign = subject_states and owners and not ({state_key(r) for r in owners} & subject_states)
        # (arms received "from" a state are goods, not forces: "received its first tanks from Peru")
        goods = from_flag and in_class(child.lemma_, "@WEAPONRY")
        if child.dep_ in ("dobj", "obj") and in_class(child.lemma_, "@TROOPS") and not foreign and not goods:
            # "withdrew their armies", "sent its troops": the owner acts, it is not the target; where
            # they go is ("fired a missile over Japan", "sent troops into Afghanistan"); another
            # state's forces are the target ("attacked the Russian fleet")
            args.targets += [r for _, r in actors.prep_objects(child, word_class("troop_destination_preps"))]
            args.targets += _stationed_by(verb, actors)
            continue
        if child.dep_ in ("dobj", "obj") and verb.lemma_.lower() in word_class("ceding_verbs"):
            continue  # "ceded Cuba to the United States": the land handed over, not a party (the one "to" is)
        if child.dep_ in ("dobj", "obj", "dative", "attr") or (child.dep_ == "nsubjpass" and passive) or (
                child.dep_ == "nsubj" and absolute):
            direct = _author_of_act(verb, child, actors) or actors.in_phrase(child)
            run_on = {t.i for t in fronted_objects_run_on(child)}
            direct = [r for r in direct if r.token not in run_on]  # the main clause's subject, listed with it
            # "ended its protectorate over Kuwait", "Lima increased the Peruvian naval presence": the subject's own
            # possessive or modifier is no target
            own = {r.token for r in actors.modifiers(child)
                   if state_key(r) in named_subject_states and r.kind not in PLACE_KINDS}
            direct = [r for r in direct if not ((state_key(r) in subject_states and _is_possessor(r, child, actors))
                                                or r.token in own)]
            # "began sharing North Korean missile data": what the information is about, not a party
            about = in_class(child.lemma_, "@INFO") or in_class(child.lower_, "@INFO")
            topics = {r.token for r in actors.modifiers(child)} if about else set()
            direct = [r for r in direct if r.token not in topics]
            if not direct and child.lower_ in word_class("object_relative_pronouns") and verb.dep_ == "relcl":
                # "a U.S. scholar, whom Iran detained", "a British liner which Germany sank": the noun
                direct = actors.in_phrase(verb.head) or actors.modifiers(verb.head)
            if not direct:
                direct = aimed_at(child, actors)  # "imposed an embargo aimed at Spain"
            whole = whole_of(child)  # "lifted most of the sanctions on Burma": the sanctions' phrases
            if not direct:
                mods = [r for r in actors.modifiers(whole) if state_key(r) not in subject_states and not about]
                # "its envoy from Kabul", "met counterparts from Japan and Australia": whose they are
                from_ok = from_flag or child.lemma_.lower() in word_class("counterpart_nouns")
                noun_preps = word_class("noun_target_preps") | ({"from"} if from_ok else set())
                direct = mods or [r for _, r in actors.prep_objects(whole, noun_preps)]  # "its envoy from Kabul"
                if not direct:
                    # "extended a loan of ten million livres to the United States": the parser may hang whom it goes
                    # to on the amount
                    direct = [r for c in whole.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                              if p.dep_ == "pobj" for _, r in actors.prep_objects(p, word_class("addressee_preps"))]
                if not direct and verb.lemma_.lower() in word_class("suspending_verbs"):
                    # "suspended military sales as well as exchanges with Chinese officials": whom the list is with
                    direct = [r for c in whole.conjuncts if c.i > whole.i
                              for _, r in actors.prep_objects(c, word_class("counterpart_preps"))]
                if in_class(whole.lemma_, "@DIPLOMAT"):
                    # "recalled its ambassador in Mexico City": the capital of the post, not where the act was
                    direct = [replace(r, prep="to") if r.prep in word_class("place_preps") else r for r in direct]
            args.targets[:0] = direct
    for clause in verb.children:  # "declared the British ambassador persona non grata": a small clause
        if clause.dep_ == "ccomp" and verb.lemma_.lower() in word_class("small_clause_verbs") \
                and not any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children):
            # (the parser may hang the one named inside the phrase it is called: "declared Mexican Ambassador
            # Raquel Serur persona non grata")
            args.targets += [r for c in clause.children
                             if c.dep_ == "nsubj" or (c.dep_ == "compound" and clause.pos_ == "NOUN")
                             for r in actors.in_phrase(c)]
    if not args.targets:
        args.targets += _partners_of_the_bond(verb, actors)
    if not args.targets:
        args.targets += _the_place_where(verb, actors)
    for child in verb.children:  # "mediated between India and Pakistan"
        if child.dep_ == "prep" and child.lower_ == "between":
            between = [r for p in child.children for r in actors.in_phrase(p)]
            bond = any(c.dep_ == "nsubjpass" and (in_class(c.lemma_, "@RELATIONS") or in_class(c.lemma_, "@AGREEMENT"))
                       for c in verb.children)
            if passive and bond and not any(c.dep_ == "agent" for c in verb.children) \
                    and len({state_key(r) for r in between}) >= 2:
                # "ties were established between Chile and Peru": the two are its parties (not "peacekeepers were
                # deployed between Israel and Syria", who stand between them)
                args.pair += between
            else:
                args.targets += between
    for child in verb.children:  # "signing a deal between Russia and Pakistan"
        if child.dep_ in ("dobj", "obj", "nsubjpass"):
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "between":
                    args.pair += [r for p in prep.children for r in actors.in_phrase(p)]
    # by_proxy: a diplomatic act, which an envoy may do for another ("approached Washington on behalf
    # of Spain" is Spain's approach); a war declared "on behalf of" an ally is the declarer's
    principals = _principals(verb, actors) if by_proxy else []
    if principals:
        args.sources = principals  # "France approached Washington on behalf of Spain": Spain's approach
    elif acting:
        args.sources = acting
    elif not passive:
        args.sources = subject_of(verb, actors)
    elif not args.sources:
        args.sources = []
    args.targets = [t for t in _unique(args.targets) if t.token not in {s.token for s in args.sources}]
    # "transfer to Russia all weapons at their disposal": a possessive that recalls those acting is
    # no target
    acting_states = {state_key(s) for s in args.sources}
    args.targets = [t for t in args.targets if not (t.via == "discourse" and actors.doc[t.token].dep_ == "poss"
                                                    and state_key(t) in acting_states)]
    return args


def _partners_of_the_bond(verb: Token, actors: SentenceActors) -> list[ActorRef]:
    """ "pulled out of the negotiations with Peru", "walked away from its agreement with France": the partner
    of the talks or the bond a phrase of the verb names."""
    leaving = word_class("leaving_preps") | word_class("leaving_particles")  # (not "after its talks with X")
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in leaving]
    preps += [q for c in [*preps, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))] for q in c.children
              if q.dep_ == "prep" and q.lower_ in leaving]  # "pulled out of the talks", "walked away from the deal"
    nouns = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    return [r for n in nouns if in_class(n.lemma_, "@TALKS") or in_class(n.lemma_, "@AGREEMENT")
            for _, r in actors.prep_objects(n, word_class("counterpart_preps"))]


def _principals(verb: Token, actors: SentenceActors) -> list[ActorRef]:
    """The actors of an "on behalf of X" or "at the behest of X" phrase of the verb."""
    proxies = [p for c in verb.children if c.dep_ == "prep" for p in c.children
               if p.lemma_.lower() in word_class("proxy_nouns")]
    # (a state named: "on behalf of many of them" may be people the act is for, not a principal)
    return [r for p in proxies for of in p.children if of.dep_ == "prep" for o in of.children
            for r in actors.in_phrase(o) if r.via == "parse"]


def _author_of_act(verb: Token, obj: Token, actors: SentenceActors) -> list[ActorRef]:
    """ "condemned the Iraqi invasion of Kuwait", "protested the attack on Kuwait by Iraq": a reaction
    to an act is addressed to its author (its "by" agent, else the state named before the noun),
    not to the state it befell. Empty when the object names no author apart from others."""
    if verb.lemma_.lower() not in word_class("reacting_words") or obj.pos_ != "NOUN" \
            or ("N", obj.lemma_.lower()) not in triggers():
        return []  # "praised his counterpart": no act named, the object is the one reacted to
    agents = [r for p, r in actors.prep_objects(obj, ()) if p == "by"]
    if agents:
        return agents
    authors = actors.modifiers(obj)
    others = [r for r in actors.in_phrase(obj) if r.token not in {a.token for a in authors}]
    return authors if authors and others else []


# acts an envoy may do for another state: talks, requests, offers, statements
_BY_PROXY = frozenset({"CONSULT", "REQUEST", "AGREE", "SUPPORT", "REJECT", "ACCUSE", "PROTEST", "THREATEN"})


def arguments_for(token: Token, actors: SentenceActors, entry: Any) -> Arguments:
    """Sources and targets of a trigger token as its lexicon entry (detente.coding.lexicon.Trigger) reads
    them: its part of speech and flags (from, subjacts, ofA, possT) and mode (third-party)."""
    args = _arguments(token, actors, entry)
    if "leftfrom" in entry.flags:
        # "evacuated its staff by ferry to Malta": where they went is no party; the state they left is
        heading = word_class("heading_preps")
        went_to = {w.i for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in heading
                   for w in c.subtree}
        args = replace(args, targets=[r for r in args.targets if r.prep not in heading and r.token not in went_to])
    if "partners" in entry.flags:
        # "set up a joint committee on Germany": what the body is about is no party; one "with" France is
        args = replace(args, targets=[r for r in args.targets
                                      if r.prep is None or r.prep in word_class("counterpart_preps")])
    if "preponly" in entry.flags and entry.prep:
        # "joined the war against the Soviet Union on the side of Germany": only the one it is against
        args = replace(args, targets=[r for r in args.targets if r.prep == entry.prep_word])
    partnered = entry.prep_object is not None and (not entry.prep_object.startswith("@") or entry.prep_object[
        1:].lower() in word_class("partnered_phrase_classes"))
    if entry.pos == "V" and partnered and entry.obj is None:
        # "could not come to agreement with Stalin on Germany", "engaged in talks with Japan", "agreed to a ceasefire
        # with Baku": the partner the noun of the verb's phrase names (not where the verb's object is the party:
        # "excluded X from the talks with Y")
        wanted = entry.prep_object
        nouns = [p for c in token.children if c.dep_ == "prep" and c.lower_ == entry.prep_word
                 for p in c.children if p.dep_ == "pobj" and (
                     in_class(p.lemma_, wanted) if wanted.startswith("@") else p.lemma_.lower() == wanted)]
        partners = [r for n in nouns for _, r in actors.prep_objects(n, {"with"})]
        if partners:
            args = replace(args, targets=partners)
    if "topicobj" in entry.flags:
        # "Kennedy discussed Berlin", "discussed German unification": what is talked about is no party (but the one it
        # is discussed with is, where the parser hangs it on the topic: "discussed trade frictions with Li Keqiang")
        partners = {w.i for c in token.children if c.dep_ in ("dobj", "obj") for p in c.subtree
                    if p.dep_ == "prep" and p.lower_ == "with" for w in p.subtree}
        topic = {w.i for c in token.children if c.dep_ in ("dobj", "obj") for w in c.subtree} - partners
        args = replace(args, targets=[r for r in args.targets if r.token not in topic])
    if "host" in entry.flags and args.sources and not args.pair and not _with_phrase(token) and all(
            not r.actor.country or r.kind in PLACE_KINDS for r in args.targets):
        # "attended the summit in Shanghai", "to attend the summit hosted by Japan": the meeting's
        # host is met too (not the attender's own state: "attended the summit in Moscow", said of Russia; nor when
        # the text says with whom: "held a summit in Reykjavik with the Soviet leader")
        # (nor a host the sentence names as a party of its own: "will attend the summit in Lima and meet Peru's
        # president there" is one meeting with Peru, told by the meeting)
        own = {state_key(r) for r in args.sources}
        hosts = _host_of_occasion(token, actors)
        host_tokens = {h.token for h in hosts}
        named = {state_key(r) for i, refs in actors.by_token.items() if i not in host_tokens
                 for r in refs if r.kind not in PLACE_KINDS}
        args = replace(args, targets=args.targets + [r for r in hosts if state_key(r) not in own | named])
    if entry.event_type == "PROTEST" and entry.pos == "V" and not args.pair and all(
            r.prep in word_class("place_preps") for r in args.targets):
        # (a place marched in is only where: "marched in Belgrade to protest NATO's bombing")
        args = replace(args, targets=_protested(token, actors, args.sources) or args.targets)
    if "from" in entry.flags and any(r.prep == "from" for r in args.targets):
        # "captured Port Arthur from Russia": taken from the one named, not from the state the place lies in
        args = replace(args, targets=[r for r in args.targets if r.prep == "from" or r.kind not in PLACE_KINDS])
    return args


def _protested(verb: Token, actors: SentenceActors, sources: list[ActorRef]) -> list[ActorRef]:
    """ "thousands marched in Lima to protest Chile's claim to the islands": a demonstration is aimed at the state
    whose act the purpose clause objects to, its doer (not the marchers' own, nor "the Russian invasion of Ukraine"'s
    victim)."""
    own = {state_key(r) for r in sources}
    return [r for c in verb.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c)
            and c.lemma_.lower() in word_class("objecting_verbs")
            for o in c.children if o.dep_ in ("dobj", "obj")
            for r in actors.modifiers(o) if r.kind not in PLACE_KINDS and state_key(r) not in own]


def _arguments(token: Token, actors: SentenceActors, entry: Any) -> Arguments:
    flags = entry.flags
    if entry.pos == "V" and "must" in flags:
        return _demand_arguments(token, actors)
    if entry.pos == "V" and "judges" in flags:
        return _judged_arguments(token, actors)
    if entry.pos == "V" and "owner" in flags:
        return mission_arguments(token, actors, entry.obj or entry.subject, as_subject=entry.obj is None)
    if entry.pos == "V":
        # ("Russian troops were deployed near the border": forces moved, with no agent, are moved by their state)
        moved = entry.mode == "troops" and not any(c.dep_ == "agent" for c in token.children) \
            and _forces_acted_on(token, actors)
        args = verb_arguments(token, actors, "from" in flags, "subjacts" in flags or moved,
                              entry.mode == "third-party", entry.event_type in _BY_PROXY)
        if "recipient" in flags and "namedsubj" in flags and not any(
                c.dep_ == "nsubj" and _names_a_place(c, actors) for c in token.children):
            return Arguments()  # ("the task of rebuilding Germany fell to the United States": no place fell)
        if "recipient" in flags:
            # "Turkey took delivery of Russian missiles", "received Chinese-built submarines": the state whose
            # goods they are gives them to the subject
            args.sources, args.targets = args.targets, args.sources
            if not args.sources:
                # "received helicopters through U.S. Foreign Military Financing": the giver's programme
                args.sources = [r for _, r in actors.prep_objects(token, word_class("programme_preps"))
                                if r.kind == "institution" and r.actor.sector in (None, "GOV")]
        if any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in word_class("stance_nouns")
               and any(c.dep_ == "poss" for c in o.children) for o in token.children):
            # "backed Morocco's position on Western Sahara": what a state's stance is about is no party (the parser
            # may hang the "on" phrase on the verb)
            args.targets = [r for r in args.targets if r.prep not in word_class("topic_preps") | {"to"}]
        if "possS" in flags:
            # "presented his credentials": whose credentials they are is who presents them, not a target
            owners = {c.i for o in token.children if o.dep_ in ("dobj", "obj") for c in o.children if c.dep_ == "poss"}
            owned = [r for r in args.targets if r.token in owners]
            args.targets = [r for r in args.targets if r.token not in owners]
            args.sources = args.sources or owned
            accredited = [p for s in token.children if s.dep_ == "nsubj" for c in s.children
                          if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
            if accredited:
                # "the ambassador to the United Nations presented his credentials in New York": to the UN
                args.targets = [r for p in accredited for r in actors.in_phrase(p)]
        return args
    if "listed" in flags:
        # "The original signatories to the treaty were the Soviet Union, Albania and Poland": those listed, each with
        # each (two or more states; a noun with no copula names no one: "as a signatory of the treaty"; nor does a
        # state of things, "India and Pakistan are signatories", nor a denial, "neither X nor Y was a signatory")
        other = _across_the_copula(token)
        if token.head.tag_ != "VBD" or any(c.dep_ == "neg" for c in token.head.children) or any(
                w.lower_ in word_class("negating_determiners") for c in other for w in c.subtree):
            return Arguments()
        listed = [r for c in other for r in actors.in_phrase(c) if r.actor.country]
        return Arguments(sources=listed) if len({state_key(r) for r in listed}) >= 2 else Arguments()
    if "toA" in flags and not any(_names_a_place(p, actors) for c in token.children if c.dep_ == "prep"
                                  and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
        return Arguments()  # ("the fall of Australian exports to China": no place fell)
    # (flag behest: the "of" phrase is the agent only in "at the request of X", not in "a request of X for arms")
    behest = "behest" in flags and token.dep_ == "pobj" and token.head.lower_ in word_class("behest_preps")
    args = noun_arguments(token, actors, "ofA" in flags or behest, "possT" in flags, "from" in flags,
                          entry.mode == "visit", mutual="sym" in flags, to_agent="toA" in flags,
                          forces_move=entry.event_type != "COERCE",
                          helpful=entry.event_type in ("SUPPORT", "AID", "COOPERATE"))
    if entry.pos == "N" and entry.prep_word and "alone" in flags and not (args.sources or args.pair):
        # "the first Chilean consul in Lima": an official's post is his state's
        args.sources = [r for r in actors.by_token.get(token.i, ()) if r.kind == "official"]
    if entry.pos == "N" and entry.prep_word and "alone" in flags and args.sources and not args.targets \
            and not args.pair:
        # "held drills near Taiwan", "near the Azerbaijani border": a one-sided act's target is in its entry's own
        # phrase, on the noun or on the verb that holds it
        holders = [token, *filter(None, [holding_verb(token)])]
        # (not what is listed with the place: "drills off the Peruvian coast and the landing on a Bolivian island")
        # (the parser may take the preposition for a particle: "held drills off the Chilean coast")
        places = [p for h in holders for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ == entry.prep_word
                  for p in c.children if p.dep_ == "pobj"]
        listed = {w.i for p in places for c in p.conjuncts if not actors.by_token.get(c.i)
                  and not in_class(c.lemma_, "@FRONTIER") for w in c.subtree}
        args.targets = [r for p in places for r in actors.in_phrase(p) if r.token not in listed]
    if "place" in flags and args.sources and not args.targets and not args.pair and token.dep_ in ("dobj", "obj"):
        # "carried out drone strikes in Yemen": where the verb puts the act is what it strikes
        args.targets = [replace(r, prep="place") for p, r in actors.prep_objects(token.head, word_class("place_preps"))
                        if p in word_class("place_preps")]
    return args


def _said_to_be(noun: Token, actors: SentenceActors) -> list[Token]:
    """What a person's noun is said to be, or to be made: the other side of a copula ("his first stop was Beijing",
    "Hanoi was the last stop of the president's tour") or the object a verb of making turns into it ("made Tokyo the
    first stop of her tour"); not a state's ("Taiwan is China's next stop" tells no visit)."""
    owners = [c for w in (noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for p in c.children if p.dep_ == "pobj")) for c in w.children if c.dep_ == "poss"]
    if not any(o.lower_ in word_class("he_pronouns") or any(r.kind in PERSON_KINDS for r in actors.in_phrase(o))
               for o in owners):
        return []
    verb = noun.head
    if verb.lemma_.lower() == "be":
        return _across_the_copula(noun)
    if noun.dep_ in ("ccomp", "oprd", "xcomp") and verb.lemma_.lower() in word_class("making_verbs"):
        return [c for c in noun.children if c.dep_ == "nsubj"] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return []


def _across_the_copula(noun: Token) -> list[Token]:
    """The other side of the copula a noun is the subject or the predicate of ("the signatories were X, Y and Z",
    "X and Y were the signatories")."""
    verb = noun.head
    if verb.lemma_.lower() not in word_class("copulas") or noun.dep_ not in ("nsubj", "attr"):
        return []
    return [c for c in verb.children if c.dep_ == ("attr" if noun.dep_ == "nsubj" else "nsubj")]


def _names_a_place(word: Token, actors: SentenceActors) -> bool:
    """Whether a word names a state or a place ("Singapore"), itself or as "the city of Singapore", "much of France"."""
    if actors.by_token.get(word.i):
        return True
    return (word.lemma_.lower() in word_class("place_nouns") or word.lower_ in word_class("partitive_words")) and any(
        actors.by_token.get(p.i) for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj")


def whole_of(token: Any) -> Any:
    """ "most of the sanctions": the whole a quantity is of (else the token itself)."""
    if token.lower_ not in word_class("partitive_words"):
        return token
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), token)


def _done_by_someone_unnamed(noun: Any, actors: SentenceActors) -> bool:
    """ "in response to the visit of a pacifist Quaker, George Logan": the act has a doer of its own, a
    name that stands for no state, so it is not the act of the clause's subject."""
    # (an "of" phrase names a doer only as someone: "of a Quaker", "of Logan, a Quaker"; not a place, a period or
    # a law, "the Treaty of Paris", "the agreement of the Cold War")
    doers = [c for c in noun.children if c.dep_ == "poss"] + [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children
        if p.dep_ == "pobj" and (c.lower_ == "by" or any(
            k.lower_ in ("a", "an") or (k.dep_ == "appos" and k.pos_ == "PROPN") for k in p.children))]
    # ("after the terrorist attack in Moscow", "a rebel offensive": irregulars did it, not the clause's subject)
    irregular = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in word_class("irregular_forces")
                    for c in noun.children)
    return irregular or any(d.pos_ == "PROPN" and not actors.in_phrase(d) for d in doers)


def noun_arguments(noun: Token, actors: SentenceActors, of_agent: bool, poss_target: bool,
                   from_flag: bool, visit: bool = False, mutual: bool = False, to_agent: bool = False,
                   forces_move: bool = True, helpful: bool = False) -> Arguments:
    """Sources and targets of a nominal trigger ("the visit of X to Y", "Soviet invasion of Z"); with
    visit, a country named before the noun is where the possessor goes ("Lula's first Chinese visit"); with
    mutual, two states in its "of" phrase are its parties ("the joint drills of Japan and the Philippines"); with
    to_agent, its "to" phrase names who acts ("the fall of Singapore to the Japanese"). A visit whose "to" phrase the
    parser hangs on the verb it is the object of goes there ("postponed his state visit to Denmark"). Without
    forces_move, forces in its "of" phrase are what it is done to ("Britain's seizure of American ships"), not
    the ones who do it ("the withdrawal of Soviet forces"); with helpful (an act of help: support, aid, cooperation),
    what one thanked did with no other side named was done for the one thanking ("thanked Lithuania for its
    support")."""
    args = Arguments()
    # "war broke out between Vietnam and France": the parties hang on the verb the act is the subject of (any verb,
    # below, when nothing else names them: "negotiations took place between Chile and Peru")
    course = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") else None
    told = course if course is not None and noun.dep_ == "nsubj" \
        and course.lemma_.lower() in word_class("outbreak_verbs") else None
    # ("an interruption of relations between Chile and Peru": the bond's own "between")
    bonds = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj" and in_class(p.lemma_, "@RELATIONS")]
    # ("in the wake of war between Britain and China": the parser may hang the "between" on the noun the act is "of")
    # (a noun of its course only, and an act with no phrase of its own: not "the issue of aid to Egypt between A and B")
    framing = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in word_class("course_nouns") \
        and not any(c.dep_ == "prep" for c in noun.children) else None
    framed = [c for c in framing.children if c.i > noun.i] if framing is not None else []
    for child in [*noun.children, *(told.children if told is not None else ()),
                  *(g for b in bonds for g in b.children), *framed]:
        if child.dep_ == "prep" and child.lower_ == "between":
            for pobj in child.children:
                args.pair.extend(actors.in_phrase(pobj))
    # ("the normalization of relations with China": the bond's partner)
    bond_partners = [r for b in bonds for _, r in actors.prep_objects(b, word_class("counterpart_preps"))]
    preps = word_class("noun_target_preps") | {"of", "from"}
    # "a fighter sales package for Morocco": a noun act modifying another noun has that noun's phrases
    # ("Exercise Talisman Sabre, hosted by Australia": an act noun opening a name has the name's phrases)
    opens_name = noun.head.pos_ == "PROPN" and noun.lemma_.lower() in word_class("name_opening_acts")
    holder = noun.head if noun.dep_ == "compound" and (noun.head.pos_ == "NOUN" or opens_name) else None
    own_phrases = actors.prep_objects(noun, preps)
    phrases = own_phrases + (actors.prep_objects(holder, preps) if holder is not None else [])
    for prep, ref in phrases:
        if prep == "by" or (prep == "of" and (of_agent or (forces_move and _forces_of(ref, actors)))) or (
                prep == "from" and not from_flag) or (prep == "to" and to_agent):
            args.sources.append(ref)
        else:
            args.targets.append(ref)
    # ("won support from Chile", "obtained a loan from the Netherlands": the parser may hang who gives it on the verb)
    received = noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in word_class("receiving_verbs")
    givers = [r for p, r in own_phrases if p == "from"] if received else []
    if received and not givers and not from_flag:
        givers = [r for _, r in actors.prep_objects(noun.head, {"from"})]
        args.sources += givers
    # "filed complaints at the WTO against Poland": the parser may hang whom it is aimed at on the forum (which it
    # may hang on the verb)
    forums = [r for r in args.targets if (r.actor.code or "") in word_class("forum_bodies")]
    if noun.dep_ in ("dobj", "obj") and noun.lemma_.lower() in word_class("forum_nouns"):
        forums += [r for _, r in actors.prep_objects(noun.head, word_class("place_preps"))
                   if (r.actor.code or "") in word_class("forum_bodies")]
    aimed = [r for f in forums for _, r in actors.prep_objects(actors.doc[f.token], word_class("aimed_act_preps"))]
    if aimed:
        args.targets = [r for r in args.targets if r not in forums and r not in aimed] + aimed
    if not args.pair:
        args.targets += [r for r in bond_partners if r not in args.targets]
    # ("their bombing campaign": whose undertaking the act names is whose act it is)
    owners = [r for r in actors.modifiers(holder) if _is_possessor(r, holder, actors)] if holder is not None else []
    mods = [r for r in actors.modifiers(noun)] + owners
    if noun.lemma_.lower() in word_class("forum_nouns"):
        # "filed a WTO complaint": the forum, not the one who complains ("the European Union complaint" is the EU's)
        mods = [r for r in mods if (r.actor.code or "") not in word_class("forum_bodies")]
    possessors = [r for r in mods if _is_possessor(r, noun, actors)]
    others = [r for r in mods if r not in possessors]
    if poss_target:
        args.targets[:0] = possessors
    else:
        args.sources[:0] = possessors
    reacting = _reacting_verb(noun) if helpful else None
    if reacting is not None and possessors and not args.targets and not args.pair and not others:
        # "Taiwan thanked Lithuania for its support": the help the one thanked gave with no other side named was
        # given to the one thanking (the possessor is who gave it)
        owners_states = {state_key(r) for r in possessors}
        args.targets = [r for r in subject_of(reacting, actors) if state_key(r) not in owners_states]
    if visit and possessors and others:
        owners = {state_key(r) for r in possessors}
        args.targets += [r for r in others if state_key(r) not in owners]
        others = [r for r in others if state_key(r) in owners]
    if not args.targets and noun.dep_ in ("dobj", "obj") and not in_class(noun.lemma_, "@SUPPORTED_EVENT"):
        # "ordered a US-South Vietnamese incursion into Cambodia": the parser may hang where the act is aimed on the
        # verb the noun is the object of (and where a visit goes: "postponed his state visit to Denmark")
        # ("made a stopover in Hanoi": a visit made is where it stops, not "announced his trip at a meeting in Riga")
        stops = word_class("place_preps") if noun.head.lemma_.lower() in word_class("visit_making_verbs") else set()
        preps = word_class("aimed_act_preps") | (word_class("addressee_preps") | stops if visit else frozenset())
        args.targets = [r for _, r in actors.prep_objects(noun.head, preps)]
    if visit and not args.targets:
        # "his first stop was Beijing", "Hanoi was the last stop of her tour", "made Tokyo the first stop of his tour":
        # where a person's visit goes, told as what the visit is (a place named, not "a triumph of Chinese diplomacy")
        args.targets = [r for w in _said_to_be(noun, actors) for c in (w, *w.conjuncts)
                        for r in actors.by_token.get(c.i, ())]
    if visit and not args.targets and noun.dep_ in ("dobj", "obj") \
            and noun.head.lemma_.lower() in word_class("calling_off_verbs"):
        # "Denmark postponed a visit by the Turkish prime minister": the host that put off a visit to it (not the
        # visitor's own state: "Ankara cancelled its minister's trip")
        visitors = {state_key(r) for r in args.sources}
        args.targets = [r for c in noun.head.children if c.dep_ == "nsubj" for r in actors.in_phrase(c)
                        if state_key(r) not in visitors and r.kind not in PLACE_KINDS]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in word_class("effect_nouns"):
        # "the effect of Russia's invasion of Ukraine on Germany": what the effect falls on, not where the act is aimed
        args.targets = [r for r in args.targets if r.prep != "on"]
    if not args.targets and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        # "passed a declaration of war against Spain": the parser hangs where the act is aimed on the noun it is of,
        # or on the verb that noun is the object of
        of_noun = noun.head.head
        holders = [of_noun, of_noun.head] if of_noun.dep_ in ("dobj", "obj") else [of_noun]
        args.targets = [r for h in holders for _, r in actors.prep_objects(h, word_class("aimed_act_preps"))]
    if len({r.actor.country or r.actor.code for r in others}) >= 2 and not args.targets:
        args.pair.extend(others)
    elif others:
        args.sources.extend(others)
    own = [r for r in actors.by_token.get(noun.i, ()) if r.kind == "exercise"]
    if own and not args.sources and not args.pair:
        # "Cobra Gold began": the states that hold the exercise series the name stands for
        args.pair = own
    if args.pair and all(r.kind == "exercise" for r in args.pair) and not args.sources:
        # "Japanese troops took part in the Balikatan exercise": a state that joins an exercise series of others
        # exercises with them
        joiners = [r for r in _participants(noun, actors) if r.via == "parse" and r.kind not in PLACE_KINDS]
        if joiners and not {state_key(r) for r in joiners} & {state_key(r) for r in args.pair}:
            args.sources, args.targets, args.pair = joiners, args.pair, []
    bodies = [r for r in actors.by_token.get(noun.i, ()) if r.via == "discourse"]
    if len(bodies) == 2 and not (args.sources or args.targets or args.pair):
        # "a bilateral agreement of 1968", "a meeting of the joint commission": the pair the noun stands for
        args.pair = bodies
    if not args.sources and not args.pair and args.targets:
        # "FMF for the Philippines": a programme that names its giver is given by that state
        args.sources = [r for r in actors.by_token.get(noun.i, ()) if r.kind == "institution"]
    if not args.sources and not args.pair and in_class(noun.lemma_, "@SUPPORTED_EVENT"):
        args.sources = _hosts([noun] + ([holder] if holder is not None else []), actors)
    if args.sources and all(r.via == "discourse" for r in args.sources) and not (
            noun.dep_ == "conj" and any(c.dep_ == "poss" for c in noun.head.children)):
        # "US and Philippine forces held their drills": the named subject, not what "their" recalls;
        # "the two countries held their exercise": both of the pair the subject stands for (but "Italy's invasion
        # of Ethiopia and its capture of Addis Ababa": the owner of the act it is joined to)
        subject = governing_subject(noun, actors)
        named = [r for r in subject if r.via == "parse"] or (
            subject if len({state_key(r) for r in subject}) >= 2 else [])
        if named:
            args.sources = named
    if in_class(noun.lemma_, "@SUPPORTED_EVENT") and args.sources and not args.targets and not args.pair:
        # "Russian ships joined Pakistan's exercise", "took part in the Japanese drills": the state
        # named with the noun holds the act, the subject takes part in it with that state
        joiners = _participants(holder if opens_name and holder is not None else noun, actors)
        holders_states = {state_key(r) for r in args.sources}
        # (a state that hosts drills of two others is no party of theirs: "hosted an exercise by Chile and Bolivia")
        hosted_pair = noun.head.lemma_.lower() in word_class("hosting_verbs") and len(holders_states) >= 2
        if joiners and not hosted_pair and not {state_key(r) for r in joiners} & holders_states:
            args.sources, args.targets = joiners, args.sources
    if not args.sources and not args.pair and in_class(noun.lemma_, "@SUPPORTED_EVENT"):
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in word_class("light_verbs")
                       and with_particle(c)):
            # "the joint exercises China is hosting with Pakistan": the clause's subject holds them
            args.sources = subject_of(clause, actors)
            args.targets += [r for _, r in actors.prep_objects(clause, word_class("host_partner_preps"))]
    if occasion_noun(noun) and not args.targets and not args.pair:
        # "at a White House meeting, Biden and Widodo announced ...": those who acted there met each other
        subject = governing_subject(noun, actors)
        states = {state_key(r) for r in subject}
        if len(states) >= 2 and {state_key(r) for r in args.sources} <= states:
            args.sources = subject
    if not (args.sources or args.targets or args.pair) and course is not None:
        # "negotiations took place between Chile and Peru": the pair on the verb of the act's course, only states
        # named as such (not "between the Indian and Pakistani elections", "between Geneva and Vienna")
        between = [r for c in course.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj" for w in (p, *p.conjuncts)
                   for r in actors.by_token.get(w.i, ()) if r.kind not in PLACE_KINDS]
        if len({state_key(r) for r in between}) >= 2:
            args.pair = between
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.lemma_.lower() in word_class(
            "under_verbs") and not args.pair:
        # "if one of them came under attack", "Kuwait came under Iraqi attack": the subject is what it falls on
        doers = {state_key(r) for r in args.sources}
        args.targets = args.targets or [r for r in governing_subject(noun, actors)
                                        if r.kind not in PLACE_KINDS and state_key(r) not in doers]
    elif not args.sources and not args.pair and not _done_by_someone_unnamed(noun, actors):
        args.sources = governing_subject(noun, actors)
        if args.sources and not args.targets and noun.dep_ in ("dobj", "obj"):
            # "join the exercise with China": the partner hangs on the verb; "sent Nixon a message": the
            # one it is sent or given to
            args.targets = [r for _, r in actors.prep_objects(noun.head, word_class("counterpart_preps"))] or [
                r for c in noun.head.children if c.dep_ in ("dative", "iobj") for r in actors.in_phrase(c)]
        elif args.sources and not args.targets and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
                and noun.head.head.lemma_.lower() in word_class("participating_verbs"):
            # "took part in joint drills with Chile": the same, through the verb's "in"
            args.targets = [r for _, r in actors.prep_objects(noun.head.head, word_class("counterpart_preps"))]
        elif args.sources and not args.targets and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
                and noun.head.lower_ in word_class("meeting_place_preps") \
                and noun.lemma_.lower() in word_class("occasion_nouns") and noun.head.head.pos_ in ("VERB", "AUX"):
            # "raised the issue with the Russian president at a summit in Helsinki": whom the subject met there
            args.targets = [r for p, r in actors.prep_objects(noun.head.head, word_class("counterpart_preps"))
                            if p in word_class("partner_with_preps")]
    if args.sources and not args.targets and not args.pair and noun.dep_ in ("dobj", "obj") \
            and any(c.dep_ == "poss" for c in noun.children) \
            and noun.head.lemma_.lower() in word_class("light_verbs") and with_particle(noun.head):
        # "postponed his meeting with the Peruvian president": an act its owner holds, puts off or calls off, whose
        # partner the parser hangs on the verb
        args.targets = [r for _, r in actors.prep_objects(noun.head, word_class("owned_act_partner_preps"))]
    verb = noun.head.lemma_.lower()
    received = received and bool(givers or actors.prep_objects(noun.head, {"from"}))
    if args.sources and not args.targets and not args.pair and noun.dep_ in ("dobj", "obj") \
            and (received or verb in word_class("undergoing_verbs")):
        # "won support from Chile and Argentina", "received aid from Japan": the subject is given it; "Darwin suffered
        # frequent Japanese air raids": the subject is what the act falls on (not a "they" that may stand for a
        # company)
        args.targets = [r for r in subject_of(noun.head, actors) if noun.doc[r.token].pos_ != "PRON"]
    if not args.targets and not args.pair:
        # "sanctions aimed at Iran's oil sector"; "an embargo act aimed at France": the holder's participle
        args.targets = aimed_at(noun, actors) or (aimed_at(holder, actors) if holder is not None else [])
    args.targets = [t for t in _unique(args.targets) if t.token not in {s.token for s in args.sources}]
    parties = [r for prep, r in own_phrases if prep == "of"]
    if mutual and not args.sources and not args.pair and len({state_key(r) for r in parties}) >= 2:
        args.pair = parties
        args.targets = [r for r in args.targets if r.token not in {p.token for p in parties}]
    return args


def _reacting_verb(noun: Token) -> Token | None:
    """The verb of thanks whose "for" phrase names the act ("thanked Lithuania for its support")."""
    verb = answered_for_by(noun)
    return verb if verb is not None and verb.lemma_.lower() in word_class("thanking_verbs") else None


def aimed_at(noun: Token, actors: SentenceActors) -> list[ActorRef]:
    """ "an embargo aimed at Spain", "measures directed against Peru", "tariffs targeting China": the
    state a participle modifying the noun says the thing is aimed at."""
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in word_class("aiming_participles"):
            continue
        found = [r for c in clause.children if c.dep_ in ("dobj", "obj") for r in actors.in_phrase(c)]
        found += [r for _, r in actors.prep_objects(clause, word_class("aiming_preps"))]
        if found:
            return found
    return []


def _hosts(nouns: list[Token], actors: SentenceActors) -> list[ActorRef]:
    """ "the exercise hosted by Australia": the agent of a participle of holding that modifies the act's
    noun (not "talks sponsored by the UN", whose sponsor is no party)."""
    held = [c for n in nouns for c in n.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in word_class("holding_verbs")]
    return [r for c in held for a in c.children if a.dep_ == "agent" for p in a.children for r in actors.in_phrase(p)]


def _with_phrase(verb: Token) -> bool:
    """Whether a verb, or anywhere in its object, has a "with" phrase ("held a summit in Reykjavik with X")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in [*verb.children, *(
        w for o in verb.children if o.dep_ in ("dobj", "obj") for w in o.subtree)])


def _host_of_occasion(verb: Token, actors: SentenceActors) -> list[ActorRef]:
    """The state that hosts a meeting a verb attends: the agent of "hosted by", the subject of "that X will host",
    else the state of the place it is held in ("the summit in Lima", "attended the forum in Doha")."""
    occasions = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
    if verb.dep_ == "relcl" or (verb.dep_ == "xcomp" and verb.head.dep_ == "relcl"):
        # "the meeting, which X agreed to attend"
        occasions.append(verb.head if verb.dep_ == "relcl" else verb.head.head)
    hosts = _hosts(occasions, actors)
    hosts += [r for o in occasions for c in o.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in
              word_class("holding_verbs") for s in c.children if s.dep_ == "nsubj" for r in actors.in_phrase(s)]
    if hosts:
        return [replace(r, prep=HOSTED) for r in hosts]
    if not any(o.lemma_.lower() in word_class("hosted_meeting_nouns") for o in occasions):
        return []  # ("attended the nuclear talks in Geneva": talks held somewhere are not with its state)
    # ("attended summits in Beijing and Moscow": each place's)
    places = [w for h in (verb, *occasions) for c in h.children if c.dep_ == "prep"
              and c.lower_ in word_class("place_preps") for p in c.children if p.dep_ == "pobj"
              for w in (p, *p.conjuncts)]
    places += [c for o in occasions for c in o.children if c.dep_ == "compound"]  # "the Los Angeles Olympics"
    # (the state a city lies in, as a state: the city itself is where, not whom)
    return [ActorRef(Actor(r.actor.text, None, r.actor.country, None, r.actor.country), r.token, "country", r.via,
                     HOSTED) for p in places for r in actors.by_token.get(p.i, ()) if r.kind in PLACE_KINDS
            and r.actor.country and r.actor.text.lower().removeprefix("the ") not in word_class("international_venues")]


def _participants(noun: Token, actors: SentenceActors) -> list[ActorRef]:
    """The subject of a verb of taking part ("joined", "attended", "participated in", "took part in", "hosted")
    whose object is the noun."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head.head if verb.head.lower_ == "part" else verb.head
    elif noun.dep_ not in ("dobj", "obj"):
        return []
    if verb.lemma_.lower() not in word_class("participating_verbs") or verb.pos_ not in ("VERB", "AUX"):
        return []
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "part" for c in verb.children):
        return []  # "took the exercise seriously"
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in word_class("onlooker_nouns") for c in verb.children):
        return []  # "Japanese observers attended the exercise": they watched, they did not take part
    return [r for r in subject_of(verb, actors) if r.actor.country]


def _forces_of(ref: ActorRef, actors: SentenceActors) -> bool:
    """ "the deployment of American troops", "the withdrawal of Soviet forces": the state whose forces
    the act moves carries it out."""
    tok = actors.doc[ref.token]
    return in_class(tok.lemma_, "@TROOPS") or (in_class(tok.head.lemma_, "@TROOPS") and tok.head.dep_ == "pobj")


def state_key(ref: ActorRef) -> str | None:
    """The state (or organisation) an actor stands for, as pairs and sides are compared."""
    return side_of(ref.actor)


def side_of(actor: Actor) -> str | None:
    """The side an actor is on: its state, or an organisation; an armed group is a side of its own ("the Contras
    attacked the Sandinista army" is no act of Nicaragua on itself)."""
    if actor.sector in ARMED_GROUP_SECTORS and actor.code and actor.code != actor.country:
        return actor.code
    return actor.country or actor.code


ARMED_GROUP_SECTORS = frozenset({"REB", "INS"})  # rebels and insurgents: sides of their own against their state


def _is_possessor(ref: ActorRef, noun: Token, actors: SentenceActors) -> bool:
    tok = actors.doc[ref.token]
    return tok.dep_ == "poss" or any(c.dep_ == "case" for c in tok.children) or tok.head.dep_ == "poss"


def governing_subject(noun: Token, actors: SentenceActors) -> list[ActorRef]:
    """For a nominal trigger with no actor of its own: the subject of the verb it depends on."""
    node = noun
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return []
        if node.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
            # "held an exercise": the holder exercises; "called the visit a provocation": no
            light = head.lemma_ in word_class("light_verbs") and with_particle(head)
            return subject_of(head, actors) if light else []
        if node is noun and node.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" \
                and f"{head.head.lemma_.lower()} {head.lower_}" in word_class("light_phrases"):
            return subject_of(head.head, actors)  # "entered into an alliance with Japan": the one entering allies
        if node.dep_ == "pobj" and head.dep_ == "prep" and (giving_up := abandoning_verb(head)) is not None:
            return subject_of(giving_up, actors)  # "reneged on the proposed sale": the planned act was its own
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in word_class("adverbial_preps") \
                and head.head.pos_ in ("VERB", "AUX"):
            # "after the clash with X, Y turned to ...": Y clashed (not "during", which only sets the time);
            # "..., and Khrushchev, after a visit to Beijing, withdrew it": the name the phrase follows
            return split_subject(head.head, head.i + 1, actors) or subject_of(head.head, actors)
        if node is noun and node.dep_ == "pobj" and head.lower_ in word_class("visit_frame_preps") \
                and in_class(noun.lemma_, "@VISIT") and head.head.pos_ in ("VERB", "AUX") and not any(
                    c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children) and any(
                    c.dep_ == "prep" and any(actors.by_token.get(w.i) for w in c.subtree) for c in noun.children):
            # (a visit to a place the text names: not "young Americans sent on 2-year tours")
            # "during a state visit to Kazakhstan, the Chinese president announced ...", "on his trip to Delhi, X
            # signed ...": the one who acted there made the visit (not "during Obama's visit, Xi said")
            return subject_of(head.head, actors)
        if node is noun and occasion_noun(noun) and head.head.tag_ == "VBD" and not any(
                c.dep_ in ("aux", "auxpass") for c in head.head.children) and any(
                c.dep_ == "prep" and c.lower_ == "with" and actors.in_phrase(c) for c in noun.children) and not any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
            # "announced the decision during a meeting with X", "at talks in Rome with X": the one who acted there
            # met X (a meeting told with no partner only sets the time; "will raise it during a meeting with X" is
            # no meeting held; "a summit of Yoon with Kishida" is theirs)
            return subject_of(head.head, actors)
        if node.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX") and (
                noun.lemma_.lower() in word_class("proposal_nouns")
                or head.head.lemma_.lower() in word_class("responding_verbs")):
            # "came forward with a proposal that ...", "responded with an embargo": the subject's act
            return subject_of(head.head, actors)
        if node.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB" \
                and in_class(noun.lemma_, "@TALKS") and head.head.lemma_.lower() in word_class("committing_verbs"):
            # "agreed to further talks": the ones agreeing will meet (but "agreed to a treaty" is no plan of
            # theirs to sign it, nor "agreed to a structure for the occupation" an occupation)
            return subject_of(head.head, actors)
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in word_class("of_adverbials") \
                and head.head.head.pos_ in ("VERB", "AUX"):
            return subject_of(head.head.head, actors)
        if node.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in word_class("binding_verbs"):
            # "the two are bound by the 1951 treaty", "linked by a pact": the ones bound are its parties
            return [r for c in head.head.children if c.dep_ == "nsubjpass" for r in actors.in_phrase(c)]
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in word_class("notifying_verbs"):
            # "the Pentagon notified Congress of a sale of tanks to Poland": the notifier's act
            return subject_of(head.head, actors)
        if node.dep_ in ("conj", "appos", "pobj", "prep", "compound"):
            node = head
            continue
        return []
    return []


def mission_arguments(verb: Token, actors: SentenceActors, mission_class: str | None,
                      as_subject: bool = False) -> Arguments:
    """ "The Danish Legation was set up in Lima", "the Department raised the American Mission at
    New Delhi to an Embassy": a state's mission (its owner: the noun's national modifier, else the
    verb's subject) acts towards the state where it sits (the place the noun or the verb names);
    with as_subject, the mission is the subject ("the American legation in Kabul closed")."""
    args = verb_arguments(verb, actors, False)
    # a mission told as the one acted on, or as the subject of an intransitive verb, is done by no
    # subject but its owner
    ownerless = as_subject or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    mission_dep = "nsubj" if as_subject else "nsubjpass"
    def is_mission(word: Token) -> bool:  # "the Legation", "the Liaison Office", "an Interests Section"
        return in_class(word.lemma_, mission_class) or any(
            d.dep_ in ("compound", "amod") and (in_class(d.lemma_, mission_class) or in_class(d.lower_, mission_class))
            for d in word.children)

    nouns = [c for c in verb.children
             if (c.dep_ in ("dobj", "obj") or (ownerless and c.dep_ == mission_dep)) and is_mission(c)]
    if not nouns:
        return args
    noun = nouns[0]
    # the owner named before the noun, or in one name with it ("the Iranian consulate")
    owners = [r for r in actors.modifiers(noun) if r.kind != "place"] or [
        r for r in actors.in_phrase(noun) if r.token == noun.i and r.kind != "place"]
    hosts = [r for _, r in actors.prep_objects(noun, word_class("mission_host_preps"))] or \
        [r for p, r in actors.prep_objects(verb, word_class("place_preps")) if p in word_class("place_preps")]
    if not hosts and any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children):
        # "relations with Persia were recommended, and a U.S. legation was established there": the state told last
        # before it in the sentence
        owner_states = {state_key(r) for r in owners}
        told = [r for i in sorted(actors.by_token) if i < verb.i for r in actors.by_token[i]
                if state_key(r) not in owner_states]
        # (only when the sentence named one state before it: "visited Beijing after talks in Pakistan, and an
        # office was established there" does not say which)
        hosts = told[-1:] if len({state_key(r) for r in told}) == 1 and told[-1].kind == "country" else []
    # "the Iranian Embassy was closed by (order of) the U.S. Government": the agent acts on the owner
    agents = [r for a in verb.children if a.dep_ == "agent" for p in a.children for r in actors.in_phrase(p)
              if state_key(r) not in {state_key(o) for o in owners}]
    if owners and agents:
        return Arguments(sources=agents, targets=owners)
    sources = owners or ([] if ownerless else subject_of(verb, actors))
    owned = {r.token for r in sources}
    return Arguments(sources=sources, targets=[replace(r, prep="place") for r in hosts if r.token not in owned])


def addressee(verb: Token, actors: SentenceActors) -> list[ActorRef]:
    """The actors a verb of telling is addressed to: "told Sudan that ..."."""
    return [r for c in verb.children if c.dep_ in ("dobj", "dative", "iobj") for r in actors.in_phrase(c)]


def _judged_arguments(verb: Token, actors: SentenceActors) -> Arguments:
    """ "Brazil said the Ecuadorian action was a violation": the speaker accuses the party its clause's
    subject names (none: an act referred to, whose doer the discourse knows)."""
    sources = subject_of(verb, actors)
    owned = {state_key(r) for r in sources}
    judged = judged_clause(verb, actors)
    named = actors.in_phrase(judged[0]) if judged is not None else []  # (the clause's subject)
    return Arguments(sources, [r for r in named if state_key(r) not in owned])


def judged_clause(verb: Token, actors: SentenceActors) -> tuple[Token, Token] | None:
    """ "Brazil said the Ecuadorian action was a clear violation", "wrote that the minister was reckless":
    (the reported clause's subject, its predicate) when the clause calls a party or an act by a word of judgement
    (@JUDGEMENT), the predicate is not said of "this" (coded by its noun: "this is a provocation"), and
    its subject is a party named or an act referred to ("the move", "the Turkish decision")."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be" or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in clause.children):
            continue  # (not "was not illegal", "would be a mistake")
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            continue  # ("said it was unacceptable": what "it" stands for is not read here)
        if any(c.dep_ in ("acl", "ccomp", "relcl") for c in subject.children) \
                or in_class(subject.lemma_, "@ATTRACTION"):
            continue  # ("said the claim that it spied was baseless": a denial; "the idea of ..." is no act)
        named = actors.in_phrase(subject)
        if not named and not (subject.pos_ == "NOUN" and any(
                c.dep_ in ("det", "poss") and c.lower_ != "a" for c in subject.children)):
            continue  # ("said sanctions were counterproductive": no party, no act referred to)
        for pred in (c for c in clause.children if c.dep_ in ("attr", "acomp")):
            if any(c.dep_ == "det" and c.lower_ == "no" for c in pred.children):
                continue  # ("said China was no threat")
            # (the predicate, its modifiers, and what it is an act of: "an act of piracy")
            words = [pred, *(m for m in pred.children if m.dep_ in ("amod", "compound") and m.i < pred.i),
                     *(p for c in pred.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj" and pred.lemma_.lower() in word_class("act_nouns"))]
            if any(in_class(w.lemma_, "@JUDGEMENT") or in_class(w.lower_, "@JUDGEMENT") for w in words) \
                    and not called_so(pred):
                return subject, pred
        blamed = _blamed_act(clause)
        if blamed is not None and named:
            return subject, blamed
    return None


def _blamed_act(clause: Token) -> Token | None:
    """ "said Russia was behind the sabotage", "was the mastermind behind the operation", "was responsible for the
    blasts": the hostile act a clause lays at its subject's door (word classes culprit_words, culprit_preps,
    @CULPABLE_ACT; on the copula itself only "behind": "was for the attack" supports it)."""
    holders = [(clause, word_class("blame_preps")), *((c, word_class("culprit_preps")) for c in clause.children
                                                       if c.dep_ in ("attr", "acomp")
                                                       and c.lemma_.lower() in word_class("culprit_words"))]
    # (an operation or a campaign is a hostile act only with a word of guilt: "the mastermind behind the operation",
    # not "responsible for the rescue operation", "behind the operation to evacuate its citizens")
    guilty = {"@CULPABLE_ACT", *(["@PLOTTED_ACT"] if any(h.lemma_.lower() in word_class("guilt_words")
                                                           for h, _ in holders[1:]) else [])}
    return next((p for holder, preps in holders for c in holder.children if c.dep_ == "prep" and c.lower_ in preps
                 for p in c.children if p.dep_ == "pobj" and any(in_class(p.lemma_, k) for k in guilty)), None)


def _demand_arguments(verb: Token, actors: SentenceActors) -> Arguments:
    """ "Paris said Tehran must cooperate": the speaker asks it of the clause's subject."""
    sources = subject_of(verb, actors)
    for clause in verb.children:
        if clause.dep_ == "ccomp":
            for child in clause.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    owned = {state_key(r) for r in sources}
                    told = actors.by_token.get(child.i, ())
                    if not told and child.lower_ in word_class("it_pronouns"):
                        told = addressee(verb, actors)  # "told Sudan that it must withdraw": the one told
                    return Arguments(sources, [r for r in told if state_key(r) not in owned])
    return Arguments(sources)
