"""Find trigger words in a parsed sentence and pick the lexicon entry that fits."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from typing import Any

from ..timex.words import calendar_nouns, month_numbers
from .arguments import SentenceActors, addressee, judged_clause, subject_of, whole_of
from .clauses import (
    called_so,
    deal_as_subject,
    has_phrase,
    hinted,
    holding_verb,
    obliged_other,
    once_per_parse,
    schedule_adjectives,
    sender_of_a_message,
    stated_intent,
    to_infinitive,
)
from .discourse import pair_noun
from .lexicon import (
    CAPITAL_SPEC,
    HOSTILE_TYPES,
    ORG_SPEC,
    PERSON_SPEC,
    PRIVATE_SECTORS,
    STATE_SPEC,
    Trigger,
    in_class,
    triggers,
    with_particle,
    word_class,
)
from .nlp import after_kept_prefix
from .status import judge

Token = Any

OBJECT_DEPS = ("dobj", "obj", "attr", "oprd")


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in a sentence: its head token, the entry, and the tokens that state it."""

    token: int
    entry: Trigger
    tokens: tuple[int, ...]
    within: int = -1  # a meeting told again as the occasion or purpose of a meeting or journey: that one's token


def _pos(token: Token) -> str | None:
    if token.pos_ in ("VERB",) or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
        return "V"
    if token.pos_ in ("NOUN", "PROPN"):
        return "N"
    return None


def _objects(token: Token) -> tuple[Token, ...]:
    """What a verb acts on, as the triggers' constraints read it (found once per token of a parse: each entry of
    a word with many asks again)."""
    found: tuple[Token, ...] = once_per_parse(token.doc, ("detente_objects", token.i),
                                              lambda _: tuple(_found_objects(token)))
    return found


def _found_objects(token: Token) -> list[Token]:
    passive = any(c.dep_ == "auxpass" for c in token.children)
    objs = [c for c in token.children if c.dep_ in OBJECT_DEPS or (passive and c.dep_ == "nsubjpass")]
    if passive and token.dep_ == "xcomp" and not any(c.dep_ == "nsubjpass" for c in token.children):
        # "a contract is expected to be signed": the subject raised to the verb above ("batteries are due to be
        # delivered": the subject of the "be" the adjective completes)
        above = token.head.head if token.head.dep_ == "acomp" and _set_to(token) else token.head
        objs += [c for c in above.children if c.dep_ in ("nsubjpass", "nsubj")]
    # "lifted most of the sanctions", "part of the aid": the whole a quantity is of
    objs += [w for w in map(whole_of, objs) if w not in objs]
    # every item of a list ("artillery, mortar and rocket fire")
    objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
    # "provided India with assistance": what is given is the object of "with" (when the direct
    # object is the recipient)
    if any(o.pos_ == "PROPN" or any(c.pos_ == "PROPN" or c.dep_ == "amod" for c in o.children) for o in objs):
        objs += [p for w in token.children if w.dep_ == "prep" and w.lower_ in word_class("given_with_preps")
                 for p in w.children if p.dep_ == "pobj"]
    # "provided $1 billion in security assistance", "500 million yen of aid": what the sum is of (and what the
    # sum of a sum is of: "millions of tons of wheat")
    for _ in range(2):
        objs += [p for o in objs if o.tag_ == "CD" or o.lemma_.lower() in word_class("sum_nouns")
                 for w in o.children if w.dep_ == "prep" and w.lower_ in word_class("sum_preps") for p in w.children
                 if p.dep_ == "pobj" and p not in objs]
    if any(o.tag_ == "CD" or o.lemma_.lower() in word_class("sum_nouns") for o in objs):
        # (the parser may hang "in ..." on the verb: "provided $40 million in Foreign Military Financing")
        objs += [p for w in token.children if w.dep_ == "prep" and w.lower_ in word_class("sum_preps")
                 for p in w.children if p.dep_ == "pobj" and p.tag_ != "CD"]
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "the arms supplied to X": the noun is the object
        objs.append(token.head)
    deal = deal_as_subject(token)
    if deal is not None:  # "the agreement concluded in 2008 removed ...": a participle read as a past tense
        objs.append(deal)
    # "declared the ambassador persona non grata", "declared X a threat": the small clause's subject
    objs += [c for k in token.children if k.dep_ == "ccomp" for c in k.children if c.dep_ == "nsubj"
             and token.lemma_.lower() in word_class("naming_verbs")]
    # ("declared Ambassador Raquel Serur persona non grata": a small clause the parser heads with its noun)
    objs += [c for k in token.children if k.dep_ == "ccomp" and k.pos_ == "NOUN" for c in k.children
             if c.dep_ in ("dobj", "obj") and token.lemma_.lower() in word_class("naming_verbs")]
    if token.dep_ == "relcl" and not objs and any(c.dep_ == "nsubj" for c in token.children):
        objs.append(token.head)  # "the exercises China is hosting with Pakistan": the noun is the object
    if token.dep_ == "relcl" and any(o.lower_ in word_class("object_relative_pronouns") for o in objs):
        objs.append(_antecedent(token.head))  # "the entente, which the two powers concluded in 1904": the noun
    return objs


def _antecedent(noun: Token) -> Token:
    """The noun a relative clause tells of: the one it hangs on, or, when the parser hangs it on the date that
    closes a clause ("passed a declaration of war on April 25, 1898, which McKinley signed"), that clause's object."""
    if not (noun.lower_ in month_numbers() or noun.like_num) or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    verb = noun.head.head
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < noun.i), noun)


def _invited(token: Token, actors: SentenceActors) -> bool:
    """ "sent troops into Bolivia at the request of its president", "... to help keep order": forces sent to
    a state that asked for them (a request that names another state is no invitation: "at the request of
    Peru, Chile sent troops into Bolivia"), or to help it."""
    into = _sent_into(token, actors)
    # (and "answered Bolivia's request by sending troops ... to help keep order": the verb the means is of)
    holders = [token] + ([token.head.head] if token.dep_ == "pcomp" and token.head.lower_ == "by" else [])
    for c in (c for h in holders for c in h.children):
        if c.dep_ in ("advcl", "xcomp") and to_infinitive(c) and (
                c.lemma_.lower() in word_class("helping_purposes") or any(
                a.dep_ == "aux" and a.lemma_.lower() in word_class("helping_purposes") for a in c.children)):
            return True
        for p in c.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "to") else ():
            asking = {r.actor.country for r in actors.in_phrase(p)}
            if p.dep_ == "pobj" and p.lemma_.lower() in word_class("invitation_nouns") and (
                    not asking or asking & into):
                return True
    return False


def _sent_abroad(token: Token, actors: SentenceActors) -> bool:
    """ "sent troops into Cambodia": the "into" phrase names a state other than the sender's own (not "sent soldiers
    into its own northern provinces", nor "ordered two regiments into manoeuvres": forces moved up, no invasion)."""
    own = {r.actor.country for r in subject_of(token, actors) if r.actor.country}
    return bool(_sent_into(token, actors) - own - {None})


def _addressed_by_the_verb(verb: Token, actors: SentenceActors) -> bool:
    """Whether a verb of saying names whom it is addressed to: its object, or the object of an "on" or "to" phrase
    ("called on Chile to ratify", "wrote to Lima"; not "hinted at the advantages of a Chilean alliance")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in word_class("spoken_to_preps")
              for o in p.children if o.dep_ == "pobj"]
    return any(actors.by_token.get(w.i) for h in heads for w in (h, *h.conjuncts))


def _sent_into(token: Token, actors: SentenceActors) -> set[str | None]:
    """The states (None for an actor of none) of the verb's "into" phrase ("sent troops into Bolivia")."""
    return {r.actor.country for c in token.children if c.dep_ == "prep" and c.lower_ == "into"
            for p in c.children for r in actors.in_phrase(p)}


def _carried(word: Token) -> list[Token]:
    """What a thing sent carries: the objects of a participle of loading hung on it ("a ship loaded with relief
    supplies", "planes carrying aid")."""
    loads = [c for c in word.children if c.dep_ == "acl" and c.lemma_.lower() in word_class("cargo_participles")]
    return [p for c in loads for g in c.children
            for p in ([g] if g.dep_ in ("dobj", "obj") else [p for p in g.children if p.dep_ == "pobj"]
                      if g.dep_ == "prep" and g.lower_ in word_class("cargo_preps") else [])]


def _words_of(doc: Any) -> frozenset[str]:
    """The words of a parsed sentence in lower case (found once per parse)."""
    words: frozenset[str] = once_per_parse(doc, "detente_words", lambda d: frozenset(t.lower_ for t in d))
    return words


def _satisfies(word: Token, spec: str, actors: SentenceActors) -> bool:
    """Whether a word is of the class (or kind of actor) an entry asks for (remembered per sentence's actors: each
    entry of a word asks again of the same objects)."""
    found: bool = actors.once(("satisfies", word.i, spec), lambda: _satisfies_once(word, spec, actors))
    return found


def _satisfies_once(word: Token, spec: str, actors: SentenceActors) -> bool:
    if spec in ("@EXERCISE", "@SUPPORTED_EVENT") and any(r.kind == "exercise" for r in actors.by_token.get(word.i, ())):
        return True  # "joined Balikatan": an exercise by its name
    if spec == "@ACTOR":  # a state named, or "both countries", "the two sides" resolved later
        return any(r.kind != "exercise" for r in actors.in_phrase(word)) or pair_noun(word)
    if spec == "@VISITOR":  # "hosted Putin", "hosted the Pakistani prime minister", not "hosting US bases"
        return any(r.kind != "exercise" for r in actors.by_token.get(word.i, ())) or in_class(word.lemma_, "@VISITING")
    if spec == CAPITAL_SPEC:  # "stopped in Lima": a capital by name (not "came to Moscow's defence")
        return any(r.kind == "capital" and actors.doc[r.token].dep_ != "poss" for r in actors.in_phrase(word))
    if spec == ORG_SPEC:  # an organisation by name: "founded NATO"
        return any(r.kind == "org" for r in actors.in_phrase(word))
    if spec == PERSON_SPEC:  # "sent Monroe to join Livingston": a person, not a state or an alliance
        refs = actors.by_token.get(word.i, ())
        return bool(refs) and all(r.kind in ("leader", "official") for r in refs)
    if spec == STATE_SPEC:  # "Washington protested", "the European Union protested", not "Peruvian students"
        return any(r.kind not in ("group", "place", "city") and r.actor.sector not in PRIVATE_SECTORS
                   for r in actors.by_token.get(word.i, ()))
    singular = _singular_name(word)  # "the Boundary Talks": as "talk"
    if in_class(word.lemma_, spec) or in_class(word.lower_, spec) or (singular and in_class(singular, spec)):
        return True
    if referent(word, (spec,)) is not None:
        return True  # "Pakistan hosts an exercise, and China sends ships to it"
    if any(_satisfies(cargo, spec, actors) for cargo in _carried(word)):
        return True  # "sent a ship loaded with relief supplies": what it carries
    if word.lemma_.lower() in word_class("partitive_nouns") and any(
            c.lower_ == "of" and any(p.dep_ == "pobj" and _satisfies(p, spec, actors) for p in c.children)
            for c in word.children):
        return True  # "imposed four rounds of tariffs": what the rounds are of
    # ("Prime Minister Ahmed Ben Bella": a title in the compounds of a name, however deep)
    titles = [c for c in word.children if c.dep_ in ("compound", "amod")]
    if word.pos_ == "PROPN" and spec.lstrip("@").lower() in word_class("title_classes"):
        titles += [g for c in titles if c.pos_ == "PROPN" for g in c.children if g.dep_ == "compound"]
    return any(in_class(c.lemma_, spec) or in_class(c.lower_, spec) for c in titles)


def referent(word: Token, specs: tuple[str | None, ...], skip: Collection[int] = ()) -> Token | None:
    """The thing a referring word ("it", "them", "the next round") stands for: the nearest noun before
    it in the sentence of one of the classes (not a modifier of another noun, not a token in skip)."""
    if word.lower_ not in word_class("referring_words"):
        return None
    nouns = [t for t in word.doc if t.i < word.i and t.pos_ == "NOUN" and t.dep_ != "compound" and t.i not in skip
             and any(spec and spec.startswith("@") and in_class(t.lemma_, spec) for spec in specs)]
    return nouns[-1] if nouns else None


def _modifiers(noun: Token) -> list[Token]:
    """A noun's adjectives and noun modifiers, and the noun of its "of" phrase ("notes of protest")."""
    return [m for m in noun.children if m.dep_ in ("amod", "compound")] + [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def _prep_ok(token: Token, prep: str, spec: str | None, actors: SentenceActors) -> int | None:
    # (and the particle: "walk away from the deal", where the parser hangs "from" on "away")
    # (not the predicate of a naming: "calling it the basis for a settlement" asks for nothing)
    # (and the adjective of a schedule: "is due in Lima on Monday", where the parser hangs "in" on "due")
    holders = [token] + [o for o in _objects(token) if o.dep_ != "oprd"] + [
        c for c in token.children if c.dep_ in ("advmod", "prt")] + schedule_adjectives(token)
    held_by = holding_verb(token) if spec is not None and token.pos_ == "NOUN" else None
    if held_by is not None:
        holders.append(held_by)  # (and the verb that holds it: "held drills near Taiwan", where the parser hangs
        # "near" on "held")
    for holder in holders:
        for child in holder.children:
            if spec is None and child.dep_ in ("advcl", "xcomp", "ccomp") and holder is token:
                # "called on Monday for Israel to withdraw": the parser makes "for" the mark of the clause
                mark = next((m for m in child.children if m.dep_ == "mark" and m.lower_ == prep and m.i > token.i),
                            None)
                if mark is not None:
                    return mark.i
            if child.dep_ in ("prep", "agent", "prt", "dative") and child.lower_ == prep and child.i > holder.i:
                if spec is None:
                    if any(p.dep_ == "pobj" and p.lower_ in calendar_nouns() for p in child.children):
                        continue  # ("called for a truce on May 1": "on" dates the act; it is not "call on")
                    return child.i
                for pobj in child.children:
                    if pobj.dep_ in ("pobj", "pcomp") and _satisfies(pobj, spec, actors):
                        return pobj.i
                    for p2 in pobj.children:  # "out of", "as a mediator"
                        if p2.dep_ == "pobj" and _satisfies(p2, spec, actors):
                            return p2.i
    return None


def _set_to(verb: Token) -> bool:
    """ "troops are to leave", "are due to leave", "are going to leave", "were about to leave": an infinitive whose
    subject is that of the "be" it completes."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    if head.dep_ == "acomp":
        return head.lemma_.lower() in word_class("schedule_adjectives")
    return head.lower_ in word_class("be_forms") or (
        head.lemma_.lower() in word_class("near_future_heads") and head.tag_ == "VBG")


def _subject_is(token: Token, spec: str, actors: SentenceActors, owned: bool = True) -> bool:
    """Whether the verb's subject (a conjoined verb's: its head's; a participle's with no subject of its own: that of
    the verb it hangs on, or of the one sending the message it tells of, "sent a note protesting") is of the class:
    "troops left" (owned=False: not counting someone's own transport, "the minister's plane")."""
    joined = False
    while True:
        # "the embassy was closed in 1975 and reopened in 1976": a joined verb's subject may be its head's
        # passive one
        subjects = [c for c in token.children if c.dep_ == "nsubj" or (joined and c.dep_ == "nsubjpass")]
        scheduled = token.dep_ == "xcomp" and token.head.lemma_.lower() in word_class("scheduling_verbs")
        if not subjects and _set_to(token):
            token = token.head.head if token.head.dep_ == "acomp" else token.head
            continue
        if subjects or token.dep_ not in ("conj", "xcomp") or (
                token.dep_ == "xcomp" and token.head.lemma_.lower() not in word_class("phase_verbs") and not scheduled):
            break
        # ("planes began arriving": the subject of the verb of phase the gerund or infinitive completes; "the next
        # round is scheduled to convene": the passive subject of the verb that schedules it)
        token, joined = token.head, token.dep_ == "conj" or scheduled
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    sender = sender_of_a_message(token) if not subjects else None
    if sender is None and not subjects and token.tag_ == "VBG" and token.dep_ == "advcl":
        sender = token.head  # "sent a note to Berlin protesting the sinking": the participle's verb's act
    if sender is not None:
        # "sent Berlin a note protesting it": the sender's act
        subjects = [c for c in sender.children if c.dep_ == "nsubj"]
    elif token.dep_ == "acl" and token.tag_ == "VBG" and not subjects:
        subjects = [token.head]  # "an agreement calling for withdrawals": the noun the participle tells of
    if token.dep_ == "relcl":
        # "sent forces that entered Angola": what the relative pronoun stands for
        subjects += [token.head for s in subjects if s.lower_ in word_class("relative_pronouns")]
    if spec == "@TROOPS" and any(r.actor.sector == "MIL" and r.via == "parse" for s in subjects
                                 for r in actors.by_token.get(s.i, ())):
        return True  # "the IDF entered West Beirut": a state's armed forces by name
    return any(_satisfies(s, spec, actors) for s in subjects
               if owned or not (s.lemma_.lower() in word_class("personal_vehicles")
                                and any(c.dep_ == "poss" for c in s.children)))


def _restates_the_clause(verb: Token, obj: Token) -> bool:
    """ "met in Kazan on Wednesday, their first talks in five years": an "object" the parser finds after a comma
    restates the clause; it is not what the verb acts on."""
    return obj.i > verb.i and any(t.text == "," for t in verb.doc[verb.i:obj.i])


def _restates_a_whole_clause(verb: Token, obj: Token) -> bool:
    """ "called on Lima to withdraw, the third such demand": as _restates_the_clause, when the clause is whole before
    the comma (its own complement or object told); not "suspended, without warning, the talks"."""
    return _restates_the_clause(verb, obj) and any(
        c.dep_ in ("xcomp", "ccomp", "dobj", "obj") and c.i < obj.i for c in verb.children if c.i != obj.i)


def _fits(token: Token, entry: Trigger, actors: SentenceActors) -> tuple[int, ...] | None:
    """The tokens stating the act if the entry's constraints hold for this token, else None."""
    used = [token.i]
    if entry.particle:
        # (after the verb: "In 1990 the Council gave Iraq until January 15" has no "give in")
        # (a preposition with its own object is no particle after an object of the verb's: "gave Chile $5 million
        # in grants", but "pulled its troops out of the war" is)
        objected = any(c.dep_ in ("dobj", "obj", "dative") and not _restates_a_whole_clause(token, c)
                       for c in token.children)
        prt = [c for c in token.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == entry.particle
               and c.i > token.i and not (c.dep_ == "prep" and objected and any(p.dep_ == "pobj" for p in c.children))]
        prt += [c for o in _objects(token) for c in o.children if c.dep_ == "advmod" and c.lower_ == entry.particle
                and c.i > o.i]  # (the parser may hang it on the object: "ordered the Marines ashore")
        if not prt:
            return None
        used.append(prt[0].i)
    if entry.obj:
        if entry.pos == "V":
            hit = [o for o in _objects(token) if _satisfies(o, entry.obj, actors)]
        else:
            mods = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
            # (a modifier the parser hung on another: "a joint U.S.-Belgian effort")
            mods += [g for c in mods if c.dep_ in ("amod", "compound") for g in c.children
                     if g.dep_ == "amod" and g.i < c.i]
            hit = [c for c in mods if in_class(c.lemma_, entry.obj)]
            if entry.obj.startswith("@"):  # "the sale of tanks", as "the tank sale"
                hit += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" and in_class(p.lemma_, entry.obj)]
        if not hit:
            return None
        if "bare" in entry.flags and any(c.dep_ in ("det", "poss") for c in hit[0].children):
            return None  # flag bare: "stopped work" is a strike, "stop the work" ends a task
        used.append(hit[0].i)
    if entry.subject and not _subject_is(token, entry.subject, actors):
        return None
    if entry.pos == "V" and any(c.dep_ == "nsubj" and c.lemma_.lower() in word_class("episode_nouns")
                                for c in token.children):
        return None  # "Gorbachev's visit occupied the officials' attention", "the affair forced Washington to ...":
        # what an episode did is no act of the state it is named after
    if any(_subject_is(token, spec, actors, owned=False) for spec in entry.valued("notsubj")):
        return None  # flag notsubj=@CLASS: "planes carrying weapons arrived in Israel" is no visit (but "the
        # minister's plane arrived" is his)
    if "aimed" in entry.flags and not _aimed_at(token, actors):
        return None  # "the Soviet threat": a danger spoken of, not a threat made to a state
    if "halt" in entry.flags and (any(c.dep_ == "prep" and c.lower_ in word_class("halt_preps") and not any(
            p.dep_ == "pobj" and in_class(p.lemma_, "@VISIT") for p in c.children) for c in token.children) or (
            token.dep_ in ("dobj", "obj") and any(c.dep_ == "prep" and c.lower_ in word_class("halt_verb_preps")
                                                  for c in token.head.children))):
        # flag halt: "a stop on arms exports", "ordered a stop to gas deliveries" (the parser may hang its "to" on the
        # verb) halt them; "the first stop on the tour" is a visit's
        return None
    if has_phrase([token], entry.valued("notprep"), word_class("audience_nouns")):
        return None  # flag notprep=WORD: "the two presidents spoke at the ceremony", "spoke to reporters"
    if "notstance" in entry.flags and has_phrase([token], ("into",), word_class("withdrawn_stances")):
        return None  # flag notstance: "retreated into isolationism" took a stance, it left no one's land
    if "notcontest" in entry.flags and has_phrase([token], None, word_class("contest_nouns")):
        return None  # flag notcontest: "was defeated in the 1968 elections" lost a vote, no battle
    if "delegation" in entry.flags and not any(
            c.dep_ == "prep" and c.lower_ in word_class("destination_preps") for c in token.children):
        return None  # "a delegation to Moscow" visits; "seated delegations from both states" do not
    if "determined" in entry.flags and token.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "prep", "acl", "relcl", "ccomp") for c in token.children):
        return None  # flag determined: "U.S. demand" (for goods) is no demand made; "the demand", "demands" are
    if "solo" in entry.flags and _with_a_partner(token, actors):
        return None  # flag solo: "held drills with Russia near Japan", "Seoul and Washington held drills near the
        # North": an act done with a partner is theirs together
    if "manysubj" in entry.flags and not any(
            c.dep_ == "nsubj" and len(_states_named(c, actors) | _own_states(c, actors)) >= 2 for c in token.children):
        return None  # flag manysubj: "Britain, Japan and Italy gathered in London", not "rebels gathered in Honduras"
    if "ownact" in entry.flags and any(
            actors.by_token.get(m.i) for h in [token, *_objects(token)] for c in h.children
            if c.dep_ == "prep" and c.lower_ == entry.prep_word for p in c.children if p.dep_ == "pobj"
            for m in p.children if m.dep_ in ("amod", "compound", "nmod", "poss") and m.pos_ != "PRON"):
        return None  # flag ownact: "expressed regret for its bombing" apologises; "for the American decision" does not
    if "notended" in entry.flags and token.dep_ in ("dobj", "obj") \
            and token.head.lemma_.lower() in word_class("winding_down_verbs"):
        return None  # flag notended: "France ended its military operation in Mali" attacks no one
    if "pair" in entry.flags and len(_states_named(token, actors)) < 2:
        return None  # flag pair: the noun's own phrase names two states ("a session of the Kazakh-Kyrgyz council")
    if "named" in entry.flags and _a_topic(token):
        return None  # "shifted its position on the Israeli-Palestinian conflict": the conflict as a subject of views
    if "named" in entry.flags and not _names_a_party(token, actors) \
            and not ("warfill" in entry.flags and told_breaking_out(token)):
        return None  # "drawn into the conflict", "future conflict": no side named with the noun
    if "notmanner" in entry.flags and token.dep_ == "pobj" and token.head.lower_ == "in" \
            and not any(c.dep_ in ("det", "poss", "amod", "compound", "prep") for c in token.children):
        return None  # flag notmanner: "recalled its envoy in protest" tells how the recall was meant, no act of its own
    if "notframe" in entry.flags and token.dep_ == "pobj" and token.head.lower_ == "in" \
            and token.head.head.lemma_.lower() in word_class("framed_statement_verbs") and not any(
                w.dep_ == "prep" and w.lower_ in word_class("letter_route_preps")
                for w in [*token.subtree, *token.head.head.children]) \
            and not _addressed_by_the_verb(token.head.head, actors):
        return None  # flag notframe: "In a message posted on Tuesday, the president said ...": the letter frames what
        # its writer says and names no one it is sent to or by ("in a letter to the Chilean president" is sent; the
        # parser may hang the "to" on the verb); not "replied in a letter", "thanked X in a letter"
    if "nocontent" in entry.flags and any(k.dep_ in ("acl", "ccomp") and any(
            a.dep_ == "aux" and a.tag_ == "MD" for a in k.children) for o in _objects(token) for k in o.children):
        return None  # flag nocontent: "sent a note to Pakistan that it must withdraw": what the note says is the act
    if "abroad" in entry.flags and not _sent_abroad(token, actors):
        return None  # flag abroad: "sent soldiers into its own provinces", "into the lowlands" moves forces up
    if "uninvited" in entry.flags and _invited(token, actors):
        return None  # flag uninvited: "sent a battalion into Gambia to help restore calm" is no invasion
    if "posted" in entry.flags and not _told_posted(token):
        return None  # flag posted: "the first Chilean consul in Lima took up his post", not "... died in 1845"
    if "notacl" in entry.flags and token.dep_ == "acl":
        return None  # flag notacl: "a claim contested by Vietnam" describes a standing dispute, no act
    if "intrans" in entry.flags and any(c.dep_ in ("dobj", "obj", "ccomp") for c in token.children):
        return None  # flag intrans: "crowds demonstrated" protest; "demonstrated its resolve" does not
    if "noclause" in entry.flags and any(c.dep_ == "ccomp" for c in token.children):
        return None  # flag noclause: "recognized that the war was lost" grants no recognition
    banned = entry.valued("notobj")
    if banned and any(_satisfies(o, spec, actors) for o in _objects(token) for spec in banned):
        return None  # flag notobj=@CLASS: another sense ("committed atrocities" is no commitment)
    banned_mod = entry.valued("notmod")
    if banned_mod and any(in_class(m.lemma_, spec) for o in (_objects(token) if entry.pos == "V" else [token])
                          for m in _modifiers(o) for spec in banned_mod):
        return None  # flag notmod=@CLASS: "offered financial support" is aid, not backing; "a refuelling stop" no visit
    banned_of = entry.valued("notof")
    holders = [token, *(_objects(token) if entry.pos == "V" else [])]  # (or its object's: "testing of beef imports")
    if banned_of and any(p.dep_ == "pobj" and in_class(p.lemma_, spec) for h in holders for c in h.children
                         if c.dep_ == "prep" and c.lower_ == "of" for p in c.children for spec in banned_of):
        return None  # flag notof=@CLASS: "shipments of fentanyl" are no aid
    if "future" in entry.flags and judge(token) not in ("planned", "speculative"):
        return None  # flag future: "said it would retaliate" threatens; "retaliated" tells no act of its own
    if "intent" in entry.flags and not stated_intent(token):
        return None  # "relations improved": no act; "said it wanted to improve relations": an intent
    if "called" in entry.flags and not called_so(token):
        return None  # flag called: only as what "this" is called ('"This is a provocation," he said')
    manner = entry.valued("adv")
    if manner and not any(c.dep_ == "advmod" and c.lower_ in manner for c in token.children):
        return None  # flag adv=WORD: the verb's own adverb ("sailed together", "patrolled jointly")
    wanted = entry.valued("xcomp")
    # (or on its object, or as an adverbial clause: "gave him 72 hours to leave", which the parser may hang either way)
    complements = [*token.children, *(g for c in token.children if c.dep_ in ("dobj", "obj") for g in c.children
                                      if g.dep_ in ("relcl", "acl") and to_infinitive(g))]
    if wanted and not any((c.dep_ in ("xcomp", "ccomp") or c.head.i != token.i
                           or (c.dep_ == "advcl" and to_infinitive(c)))
                          and in_class(c.lemma_, spec) for c in complements for spec in wanted):
        return None  # flag xcomp=@CLASS: "ordered two diplomats to leave" (not "ordered its envoy to protest")
    if "nodest" in entry.flags and any(c.dep_ in ("prep", "dative") and c.lower_ in word_class("heading_preps")
                                       for c in token.children):
        return None  # flag nodest: "troops departed from Kuwait" withdrew; "departed for Iraq" went on
    said = entry.valued("with")
    if said and not _words_of(token.doc) & set(said):
        return None  # flag with=WORD: the sentence must say it ("persona non grata")
    if "must" in entry.flags:
        modal = demanded_clause(token, actors)
        if modal is None:
            return None
        used.append(modal[1].i)
    if "judges" in entry.flags:
        judged = judged_clause(token, actors)
        if judged is None:
            return None  # flag judges: "said the raid was a violation of international law" (what it says is judged)
        used.append(judged[1].i)
    if entry.prep:
        found = _prep_ok(token, entry.prep_word or "", entry.prep_object, actors)
        if found is None:
            return None
        used.append(found)
    return tuple(sorted(used))


def _told_posted(noun: Token) -> bool:
    """Whether an envoy's noun is told being appointed or taking up the post: what a verb of posting makes the person
    ("was named the first consul"), its object, or the person it describes ("X, the first consul at Y, took up his
    post")."""
    person = noun.head if noun.dep_ == "appos" else noun
    verb = person.head
    return person.dep_ in ("attr", "oprd", "dobj", "obj", "nsubj", "nsubjpass", "appos") \
        and verb.lemma_.lower() in word_class("posting_verbs")


def _aimed_at(noun: Token, actors: SentenceActors) -> bool:
    """Whether a noun names whom it is aimed at ("threats to Kuwait", "a threat against Israel") or
    what is threatened ("its threat to withdraw from the treaty")."""
    return any((c.dep_ == "prep" and c.lower_ in word_class("aim_preps") and _names_a_party(c, actors))
               or (c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB") for c in noun.children)


def _phrase_words(heads: list[Token]) -> Iterator[Token]:
    """The words under some tokens, not entering a clause (a verb) inside them."""
    stack = list(heads)
    while stack:
        word = stack.pop()
        if word.pos_ in ("VERB", "AUX"):
            continue
        yield word
        stack += word.children


def _with_a_partner(noun: Token, actors: SentenceActors) -> bool:
    """Whether a noun's act is done with another party: a "with" phrase naming one, on the noun or on the verb that
    holds it, or two states or more as that verb's subject."""
    holders = [noun, *([noun.head] if noun.dep_ in ("dobj", "obj") else [])]
    if any(actors.in_phrase(p) for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
           for p in c.children if p.dep_ == "pobj"):
        return True
    subjects = [c for h in holders[1:] for c in h.children if c.dep_ == "nsubj"]
    return any(len(_states_named(s, actors) | _own_states(s, actors)) >= 2 for s in subjects)


def _states_named(noun: Token, actors: SentenceActors) -> set[str]:
    """The states a noun's own phrase names (not in a clause inside it)."""
    return {r.actor.country for w in _phrase_words(list(noun.children)) for r in actors.by_token.get(w.i, ())
            if r.actor.country}


def _own_states(noun: Token, actors: SentenceActors) -> set[str]:
    """The states a word itself stands for ("the powers": those of the last meeting)."""
    return {r.actor.country for r in actors.by_token.get(noun.i, ()) if r.actor.country}


def _a_topic(noun: Token) -> bool:
    """Whether a noun is what a stance is about ("its position on the conflict", "views about the war")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in word_class("topic_preps") \
        and prep.head.lemma_.lower() in word_class("stance_nouns")


def told_breaking_out(noun: Token) -> bool:
    """ "the shooting broke out early Wednesday", "fighting along the frontier killed 50 people": fighting told as
    what broke out or what killed, in the past (flag warfill: between the sides of the war the story told)."""
    verb = noun.head
    # (told among soldiers, a border or a front: "a shooting at a school killed five" is no clash of states)
    military = noun.lemma_.lower() not in word_class("fire_words_needing_a_front") or any(
        t.lemma_.lower() in word_class("front_words") for t in noun.sent)
    return military and noun.dep_ == "nsubj" and verb.tag_ == "VBD" and (
        verb.lemma_.lower() in word_class("outbreak_verbs") | word_class("toll_verbs"))


def _names_a_party(noun: Token, actors: SentenceActors) -> bool:
    """Whether a noun's own phrase names an actor: "a conflict with Iran", "the conflict between China
    and India", "the Sino-Indian conflict", not one in a clause inside it (but "fighting escalated between Israel
    and the PLO": the "between" of the verb it broke out with)."""
    heads = list(noun.children)
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in word_class("outbreak_verbs"):
        heads += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"]
    return any(actors.by_token.get(w.i) for w in _phrase_words(heads))


def demanded_clause(verb: Token, actors: SentenceActors) -> tuple[Token, Token] | None:
    """ "Paris said Tehran must cooperate fully": (the clause whose subject is told what it must do,
    its modal), when that subject is an actor."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        modal = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in word_class("obliging_modals")),
                     None)
        if modal is None and obliges_another(clause, actors):
            modal = clause  # "would have to withdraw": "have" carries the obligation
        if modal is None and clause.lemma_.lower() in word_class("owing_verbs") and any(
                c.dep_ in ("dobj", "obj") and in_class(c.lemma_, "@EXPLANATION") for c in clause.children):
            modal = clause  # "said Ankara owed the Netherlands an apology": what it owes, it must give
        if modal is None and clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children) \
                and verb.lemma_.lower() in word_class("mandative_verbs"):
            modal = clause  # "insisted that Seoul withdraw its ships": the subjunctive tells what it must do
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if modal is not None and subject is not None and (actors.by_token.get(subject.i) or (
                subject.lower_ in word_class("it_pronouns") and addressee(verb, actors))):
            # the subject is a state or its people, not "X's commitment to Y"; or the one told, as "it"
            # ("told Sudan that it must withdraw")
            return clause, modal
    return None


def obliges_another(clause: Token, actors: SentenceActors) -> bool:
    """Whether a clause is a reported "would have to" (clauses.obliged_other) whose subject is another
    state than the speaker's ("Peru replied that Chile would have to withdraw"; not "the Peruvian envoy
    replied that Peru would")."""
    if not obliged_other(clause):
        return False

    def states(token: Token | None) -> set[str]:
        return {r.actor.country for r in actors.in_phrase(token) if r.actor.country} if token is not None else set()

    def subject(verb: Token) -> Token | None:
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    told, speaker = states(subject(clause)), states(subject(clause.head))
    return bool(told) and not told & speaker


def _hyphenated(token: Token, pos: str) -> list[Trigger] | None:
    """The entries of a hyphenated trigger the tokenizer split: "test-fired" is "test", "-", "fired"."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_:
        return None
    return triggers().get((pos, f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"))


def _unprefixed(token: Token, pos: str) -> list[Trigger] | None:
    """The entries of the word a kept prefix is joined to, when the lexicon has none for the whole ("co-signed" is
    signed, together; "co-founded" founded): nlp.KEPT_PREFIXES, whose lemma is the prefix and the word's."""
    lemma = token.lemma_.lower()
    if after_kept_prefix(token.lower_) is None or lemma[:2] != token.lower_[:2]:
        return None
    return triggers().get((pos, lemma[2:]))


def _singular_name(token: Token) -> str | None:
    """ "the India-China Boundary Talks", "the Lima Accords": the parser leaves a name's plural
    head as it is; its singular ("talk") names the act, as "the Treaty" does."""
    return token.lower_[:-1] if token.tag_ == "NNPS" and token.lower_.endswith("s") else None


def _plural_name(token: Token, pos: str) -> list[Trigger] | None:
    singular = _singular_name(token) if pos == "N" else None
    return triggers().get((pos, singular)) if singular else None


def match_token(token: Token, actors: SentenceActors) -> TriggerMatch | None:
    """The most specific lexicon entry that fits this token, if any."""
    pos = _pos(token)
    if pos is None:
        return None
    if pos == "N" and _names_an_exercise(token, actors):
        # "Balikatan 2025 was held in April": the name of an exercise series is the exercise
        # (the plain entry: not the one-sided drills by another state's border)
        return TriggerMatch(token.i, next(e for e in triggers()[("N", "exercise")] if not e.prep), (token.i,))
    entries = _hyphenated(token, pos) or triggers().get((pos, token.lemma_.lower())) or triggers().get(
        (pos, token.lower_)) or _plural_name(token, pos) or _unprefixed(token, pos)
    if entries and token.lemma_.lower() in word_class("reaction_verbs") and (token.tag_ == "VBN" and not any(
            c.dep_ == "nsubj" for c in token.children)):
        return None  # "a decision met by worldwide condemnation", "was met with alarm"
    if entries and token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in word_class(
            "standing_participles"):
        return None  # "two destroyers stationed in the Gulf": where forces stand, not a move
    if entries and pos == "N" and token.dep_ in ("compound", "amod") and token.head.pos_ in ("NOUN", "PROPN") \
            and token.head.lemma_.lower() not in word_class("undertaking_nouns") and not _names_the_act(token):
        return None  # a modifier, not an act: "attack helicopters", "the trade deal talks" ("a mediation
        # initiative", "a relief effort" name the act undertaken)
    if entries and pos == "N" and any(c.dep_ in ("amod", "compound") and in_class(c.lemma_, "@NOT_INTERSTATE")
                                      for c in token.children):
        return None  # "civil war", "the Cold War"
    if entries and pos == "N" and any(c.dep_ in ("amod", "compound") and in_class(c.lemma_, "@NOT_A_FIGHT")
                                      for c in token.children):
        # "trade war", "a war of words": no fighting (but "trade talks" and "a trade deal" are acts of their own)
        entries = [e for e in entries if e.event_type not in ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN")]
    if entries and pos == "V" and _another_verb(token):
        entries = [e for e in entries if e.particle]  # "pressed ahead with the mission": no entry of "press" alone
    for entry in entries or ():
        used = _fits(token, entry, actors)
        if used is not None:
            # (an "object" the parser finds after a comma restates the clause: "met in Kazan on Wednesday,
            # their first talks in five years" is a meeting)
            nominal = [o for o in _objects(token) if in_class(o.lemma_, "@SUPPORTED_EVENT")
                       and not _restates_the_clause(token, o)]
            if pos == "V" and nominal and not (entry.obj and any(_satisfies(o, entry.obj, actors) for o in nominal)) \
                    and token.lemma_.lower() not in word_class("reacting_words") | word_class("topic_verbs") \
                    | word_class("requesting_verbs") | word_class("stance_verbs"):
                return None  # "hosted joint exercises", "held talks": the noun states the act (but
                # "condemned the summit" is a reaction of its own, "demanded a meeting" a request and "backed talks"
                # a stance)
            return TriggerMatch(token.i, entry, used)
    return None


def _another_verb(token: Token) -> bool:
    """ "pressed ahead with the mission": a particle that makes another verb (class particle_senses)."""
    # (a particle the parser takes for a preposition has a phrase of its own: "backed out of the deal")
    return any(f"{token.lemma_.lower()} {c.lower_}" in word_class("particle_senses")
               for c in token.children if c.i > token.i and (c.dep_ in ("prt", "advmod") or (
                   c.dep_ == "prep" and any(g.dep_ == "prep" for g in c.children))))


def _names_an_exercise(token: Token, actors: SentenceActors) -> bool:
    """The last word of an exercise's name ("Cobra Gold"), not a modifier of the exercise noun that names
    the act itself ("the Cobra Gold drills")."""
    named = {r.actor.text for r in actors.by_token.get(token.i, ()) if r.kind == "exercise"}
    if not named or (token.dep_ in ("compound", "amod", "nmod") and (
            in_class(token.head.lemma_, "@SUPPORTED_EVENT") or named & {
                r.actor.text for r in actors.by_token.get(token.head.i, ())})):
        return False
    # "Exercise Talisman Sabre": the act noun that opens the name is the trigger; "Balikatan 2026, conducted in
    # April": the verb that holds it
    return not any(_names_the_act(c) or (c.dep_ == "acl" and c.tag_ == "VBN" and any(
        e.obj == "@EXERCISE" for e in triggers().get(("V", c.lemma_.lower()), ())))
                   for c in token.children)


def _names_the_act(token: Token) -> bool:
    """ "Exercise Talisman Sabre", "Operation Desert Storm": a capitalised act noun that opens a name."""
    return token.text[:1].isupper() and token.lemma_.lower() in word_class("name_opening_acts") \
        and token.head.pos_ == "PROPN" and token.i < token.head.i


def find_triggers(doc: Any, actors: SentenceActors,
                  planned_talks: Callable[[str], bool] | None = None) -> list[TriggerMatch]:
    """Every trigger of a sentence, minus nouns that only restate a verb trigger's object (planned_talks: whether the
    latest talks the story told by a word were planned: "the talks" suspended are those, called off; asked only of a
    sentence that suspends talks)."""
    found = [m for m in (match_token(t, actors) for t in doc) if m is not None]
    found = [m for m in found if not (m.entry.pos == "V" and _at_risk(doc[m.token], actors))]
    found = _cancelled_acts(doc, found, planned_talks)
    # ("conducted drills near Finland": drills held alone by another state are the act, not the verb's exercise)
    alone = {m.token for m in found if m.entry.pos == "N" and "solo" in m.entry.flags}
    found = [m for m in found if not (m.entry.pos == "V" and alone & set(m.tokens[1:]))]
    # ("ordered a stop to arms deliveries": the deliveries a stop is put to are that act's too, no act of their own)
    stopping = {i for m in found if m.entry.pos == "N" and m.entry.mode == "discontinue" and m.entry.prep
                for i in m.tokens[1:]}
    claimed = {i for m in found if m.entry.pos == "V" for i in m.tokens[1:]} | stopping
    # "suspended its aid": the object a verb's own entry names is that act's, even under a cancelling verb
    # (a meeting is another matter: "suspended the talks" tells talks called off)
    meetings = _meeting_nouns(found)
    owned = {i for m in found if m.entry.pos == "V" and m.entry.obj is not None for i in m.tokens[1:]}
    owned = (owned | stopping | {c.i for i in owned for c in doc[i].children if c.dep_ == "conj"}) - meetings
    verbs = {m.token for m in found}
    hostile = {m.token for m in found if m.entry.event_type in HOSTILE_TYPES}
    meetings_told = {m.token: m for m in found if m.entry.event_type == "CONSULT"}
    meeting_verbs = {i: m for i, m in meetings_told.items() if m.entry.pos == "V"}
    kept = []
    for m in found:
        tok = doc[m.token]
        if m.entry.pos == "V" and tok.lemma_.lower() in word_class("vowing_verbs") and any(
                c.dep_ == "xcomp" and c.i in hostile for c in tok.children) and not any(
                c.dep_ in ("dobj", "obj", "dative") for c in tok.children):
            continue  # "vowed to retaliate": a threat (the act vowed); "promised Poland to fight" is a promise
        if m.entry.pos == "V" and m.entry.event_type not in HOSTILE_TYPES and any(
                c.dep_ == "ccomp" and c.i in hostile and hinted(c) for c in tok.children):
            continue  # "suggested it could strike X": no proposal, a threat (the act hinted at)
        if m.entry.pos == "N" and (m.token in claimed or _object_of_trigger(tok, verbs)) \
                and (m.token in owned or not _under_cancel(tok)) and not forced_retreat(tok, m.entry):
            continue
        if m.entry.pos == "N" and "sym" in m.entry.flags and _joined_existing(tok):
            continue
        if m.entry.pos == "N" and _content_of_a_deal(tok, m.entry, found):
            continue
        host = _meeting_it_is_told_within(tok, meeting_verbs) if m.entry.event_type == "CONSULT" \
            else _talks_it_is_the_object_of(tok, meetings_told) if m.entry.pos == "N" else None
        if host is not None:
            m = replace(m, within=host.token)
        kept.append(m)
    return kept


def _meeting_it_is_told_within(word: Token, meeting_verbs: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """ "conferred at a summit in Quito", "conferred in Quito to plan the talks", "flew to Quito to confer with X": the
    meeting or journey told by a verb whose occasion or purpose the word tells, if any (the same meeting, told
    again)."""
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.lower_ in word_class("occasion_preps"):
        return meeting_verbs.get(word.head.head.i)
    if word.dep_ in ("xcomp", "advcl") and to_infinitive(word):
        return meeting_verbs.get(word.head.i)
    return None


def _its_own_words(noun: Token) -> list[Token]:
    """The words that modify a noun directly, and those of its "of" phrase ("the Treaty of 1903"), not those of a
    clause that describes it ("an agreement based on the 1776 treaty")."""
    words = [w for c in noun.children if c.dep_ in ("nummod", "compound", "amod", "npadvmod", "nmod")
             for w in c.subtree]
    return words + [w for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for w in c.subtree]


def _content_of_a_deal(word: Token, entry: Trigger, found: list[TriggerMatch]) -> bool:
    """ "concluded an accord on a strategic partnership": a bond of the very kind (type and CAMEO code) the deal it is
    the topic of makes is that deal's content, no act of its own (but "an agreement on the withdrawal of troops" tells
    a withdrawal too, and "on the restoration of relations" a restoration)."""
    if word.dep_ != "pobj" or word.head.dep_ != "prep" or word.head.lower_ not in word_class("deal_topic_preps") \
            or in_class(word.lemma_, "@AGREEMENT"):
        return False  # (a deal on deals is one more: "reached agreement on three treaties")
    deal = word.head.head
    return in_class(deal.lemma_, "@AGREEMENT") and any(
        deal.i in m.tokens and (m.entry.event_type, m.entry.cameo) == (entry.event_type, entry.cameo)
        for m in found if m.token != word.i)


def _talks_it_is_the_object_of(word: Token, meetings: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """ "Chile and Peru negotiated a treaty", "talks on a peace treaty": the talks a deal is the object or the topic
    of, if any (the deal not yet made is those talks, told again; a deal made is an act of its own, of another
    type or status, and stays one)."""
    if not in_class(word.lemma_, "@AGREEMENT") or any(t.shape_ == "dddd" or t.lower_ in month_numbers()
                                                       for t in _its_own_words(word)):
        return None  # (a deal told with its date was made then: "negotiated the March 2019 framework agreement")
    if word.dep_ in ("dobj", "obj"):
        return meetings.get(word.head.i)
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.lower_ in word_class("talks_topic_preps"):
        return meetings.get(word.head.head.i)
    return None


def forced_retreat(noun: Token, entry: Trigger) -> bool:
    """ "forced the surrender of the garrison", "compelled the withdrawal of Peruvian forces": the
    retreat forced is an act of its own (of those who retreat), besides the coercion."""
    verb = noun.head
    # "to try to force concessions": an infinitive forces nothing yet
    infinitive = verb.dep_ == "xcomp" or to_infinitive(verb)
    return entry.event_type in ("RETREAT", "CONCEDE") and noun.dep_ in ("dobj", "obj") \
        and verb.lemma_.lower() in word_class("forcing_verbs") and not infinitive


def _cancelled_acts(doc: Any, found: list[TriggerMatch],
                    planned_talks: Callable[[str], bool] | None = None) -> list[TriggerMatch]:
    """ "the visit was cancelled": the act is the visit (status cancelled), not a rejection."""
    nouns = {m.token for m in found if m.entry.pos == "N"}
    deals = {m.token for m in found if m.entry.pos == "N" and (_a_deal_undone(doc[m.token])
                                                                or _talks_paused(doc[m.token], planned_talks))}
    # "suspended the shelling for a week": pausing hostilities is the act (a retreat), not a shelling called off
    meetings = _meeting_nouns(found)
    paused = {c.i for m in found if m.entry.pos == "V" and m.entry.obj == "@HOSTILITY"
              for c in _objects(doc[m.token])}
    out = []
    for m in found:
        tok = doc[m.token]
        if m.token in deals or m.token in paused:
            continue  # "cancelled a contract for French submarines": the cancelling is the act
        # "suspended relations and aid", "suspended its aid": a sanction (but "suspended the talks": called off)
        own_object = m.entry.obj is not None and not set(m.tokens[1:]) & meetings
        if m.entry.pos == "V" and tok.lemma_.lower() in word_class("calling_off_verbs") and with_particle(tok) \
                and not own_object and any(c.i in nouns - deals - paused and not _restates_a_whole_clause(tok, c)
                                           for c in _objects(tok)):
            continue
        out.append(m)
    return out


def _meeting_nouns(found: list[TriggerMatch]) -> set[int]:
    """The tokens of the meetings a sentence's nouns tell ("the talks"), which a verb calls off."""
    return {m.token for m in found if m.entry.pos == "N" and m.entry.event_type == "CONSULT"}


def _a_deal_undone(noun: Token) -> bool:
    """A contract, deal or project someone cancels, scraps or ends: a rejection of the partner, where a
    cancelled visit or talks are acts that did not take place."""
    return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in word_class("deal_undoing_verbs") and in_class(
        noun.lemma_, "@UNDONE_DEAL")


def _talks_paused(noun: Token, planned_talks: Callable[[str], bool] | None = None) -> bool:
    """ "suspended the talks", "froze its dialogue with Tokyo": talks under way paused by one side, a
    sanction of the other (not a meeting called off: "suspended the planned talks", "postponed the talks", "planned
    talks in 1958 ... suspended the talks")."""
    lemma = noun.lemma_.lower()
    return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in word_class("pausing_verbs") \
        and lemma in word_class("ongoing_talks_nouns") \
        and not any(c.lower_ in word_class("planned_adjectives") for c in noun.children) \
        and not (planned_talks is not None and planned_talks(lemma))


def _at_risk(verb: Token, actors: SentenceActors) -> bool:
    """ "Soviet arms sales threatened to erode Israel's lead", "the revolution threatened to spread":
    a thing, not a state or its people, as the subject of "threaten to" says what is at risk."""
    if verb.lemma_.lower() not in word_class("risking_verbs") or not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or actors.by_token.get(subject.i):
        return False
    lemma = subject.lemma_.lower()
    agents = word_class("government_nouns") | word_class("pair_nouns") | word_class("agent_nouns")
    return lemma not in agents and not in_class(lemma, "@TROOPS") and not in_class(lemma, "@SPEAKER")


def _joined_existing(noun: Token) -> bool:
    """ "Poland and Hungary joined the alliance": a body that exists already, not a pact between
    those who join it ("joined an alliance with France", "joined the war against Spain" name the other
    side and stay; "joined the Japanese drills" takes part in an act, see arguments._participants)."""
    return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in word_class("joining_verbs") \
        and not in_class(noun.lemma_, "@SUPPORTED_EVENT") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "against") for c in noun.children)


def _under_cancel(noun: Token) -> bool:
    return noun.head.lemma_.lower() in word_class("calling_off_verbs") and noun.dep_ in ("dobj", "obj", "nsubjpass")


def _object_of_trigger(noun: Token, trigger_tokens: set[int]) -> bool:
    """True for "signed a deal", "the lifting of the embargo", "accepted the ceasefire"; not for the
    topic of talks ("discussed the upcoming visit"), which is an act of its own."""
    head = noun.head
    verb = head.head if noun.dep_ == "conj" else head
    if verb.lemma_.lower() in word_class("discussing_verbs"):
        return False
    reacting = word_class("reacting_words")
    if head.lemma_.lower() in reacting or (noun.dep_ == "pobj" and head.lower_ == "of"
                                           and head.head.lemma_.lower() in reacting):
        return False  # "condemned the invasion", "its condemnation of the intervention": an act of its own
    if noun.dep_ == "conj" and head.dep_ in ("dobj", "obj") and head.head.i in trigger_tokens:
        return True
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and head.i in trigger_tokens:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i in trigger_tokens:
        return True
    return noun.dep_ == "compound" and head.i in trigger_tokens
