"""What the parse says about the clause a trigger stands in: is the act asserted, told as
background, a headline, a commitment "in principle"?"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable
from typing import Any

from ..stems import singular
from .lexicon import in_class, with_particle, word_class


def main_clause(parsed: Any, tok: int) -> bool:
    """Whether a token belongs to the sentence's main clause (the root verb or one coordinated with it)."""
    node = parsed[tok]
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ROOT", "conj") and (
                node.dep_ == "ROOT" or node.head.dep_ == "ROOT"):
            return not continues_relative(parsed, node)
        if node.dep_ in ("relcl", "advcl", "ccomp", "acl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def once_per_parse(doc: Any, key: Hashable, compute: Callable[[Any], Any]) -> Any:
    """What compute(doc) gives, found once per parse and kept with it (in doc.user_data): the coder asks again for
    each act of a sentence, and the parse no longer changes once it reads it."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = compute(doc)
    return found


def answered_for_by(noun: Any) -> Any | None:
    """The verb whose "for" phrase names an act ("criticised Peru for its attack", "thanked Lithuania for its
    support"): the phrase hung on the verb or on its object; None when no verb holds it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    holder = noun.head.head
    verb = holder.head if holder.dep_ in ("dobj", "obj") and holder.head.pos_ in ("VERB", "AUX") else holder
    return verb if verb.pos_ in ("VERB", "AUX") else None


def compared_clauses(doc: Any) -> set[int]:
    """The tokens of clauses that only compare ("as the Philippines did in 2013"): a pro-verb with no
    object of its own, whose doer and time are another act's, not the act the sentence tells ("as Lima
    did nothing in 2020" gives a reason)."""
    result: set[int] = once_per_parse(doc, "compared_clauses", _compared)
    return result


def _compared(doc: Any) -> set[int]:
    return {w.i for t in doc if t.dep_ == "advcl" and t.lemma_.lower() in word_class("pro_verbs")
            and not any(c.dep_ in ("dobj", "obj") for c in t.children) and any(
        c.dep_ == "mark" and c.lower_ in word_class("comparison_marks") for c in t.children) for w in t.subtree}


def continues_relative(doc: Any, verb: Any) -> bool:
    """A verb coordinated after a relative clause that it may continue ("led to sanctions and a war,
    which began on January 16, 1991, and ended on February 28, 1991", where the parser hangs "ended"
    on "led"): its time is not the first clause's."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.i < verb.head.i:
        return False
    return any(doc[i].dep_ in ("relcl", "acl") and doc[i].pos_ in ("VERB", "AUX")
               for i in range(verb.head.i + 1, verb.i))


def headline(text: str) -> bool:
    """A title line: no final punctuation."""
    return not text.rstrip().endswith((".", "!", "?", '"', "”"))


BACK_REFERENCE_SPAN = 6  # sentences: "the trip" refers to a trip told just before, not years earlier


def back_reference(token: Any) -> str:
    """An act mentioned as background to another ("After Pakistani troops invaded Kashmir, ...",
    "the trip") refers back to one the text has already told, and shares its date: "clause" for
    a background clause ("reminder" for one that only recalls it: "as promised"), "noun" for a definite noun (which
    only looks a few sentences back), "named" for a definite noun told with both its sides ("the Soviet invasion of
    Czechoslovakia", which looks back as far as a clause)."""
    if token.pos_ in ("NOUN", "PROPN"):
        if not any(c.lower_ in word_class("definite_determiners") for c in token.children):
            return ""
        # "the Soviet invasion of Czechoslovakia", told again paragraphs later: an act named with both its sides is
        # the one told before, however far the story has moved since
        doer = any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() for c in token.children)
        done_to = any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
                      for c in token.children)
        return "named" if doer and done_to else "noun"
    if any(o.dep_ in ("dobj", "obj") and any(c.lower_ in word_class("definite_determiners") for c in o.children)
           for o in token.children):
        return "noun"  # "signed the pact": the pact told of just before
    clause = token
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    background = clause.dep_ in ("advcl", "pcomp") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in word_class("background_markers") for c in clause.children) or (
        clause.dep_ == "pcomp" and clause.head.lower_ in word_class("background_markers"))
    if background and _a_reminder(clause):
        return "reminder"
    return "clause" if background else ""


def _a_reminder(clause: Any) -> bool:
    """ "as promised in his campaign", "as agreed at Yalta": a past participle with no subject, brought in by a
    reminder marker (words.tsv: reminder_markers), recalls an act told before without taking the story back to it."""
    # (the marker right before the participle, but for its adverbs, "as previously agreed"; the tagger may call the
    # participle a past tense, "as agreed with Britain"; "designated him as 'wrongfully detained'" recalls nothing)
    return clause.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and any(c.dep_ == "mark" and c.lower_ in word_class("reminder_markers") and c.i < clause.i and all(
            w.dep_ == "advmod" and w.head.i == clause.i for w in clause.doc[c.i + 1:clause.i])
            for c in clause.children)


def told_when(clause: Any) -> bool:
    """Whether a clause is brought in by "when" (words.tsv: simultaneity_words): "..., when Y presented his
    credentials", "the problems he inherited when he took office in 1961"."""
    return any(c.dep_ == "advmod" and c.lower_ in word_class("simultaneity_words") for c in clause.children)


def placed_in(token: Any) -> Any:
    """What a noun names the place of ("in Warsaw", "at Geneva": the word the phrase hangs on), else None."""
    if token.dep_ != "pobj" or token.head.lower_ not in word_class("place_preps"):
        return None
    return token.head.head


def referred_as(token: Any) -> str:
    """The noun a verb's act is named by, its object or passive subject, singular, in lower case, after the
    nouns that modify it ("the armistice agreement was signed": "armistice agreement"); "" if none."""
    nouns = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ == "NOUN"]
    if not nouns:
        return ""
    kinds = [c.lower_ for c in nouns[0].children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return " ".join([*kinds, singular(nouns[0].lemma_)])


def agentless_passive(verb: Any) -> bool:
    """ "were delivered", "Japan was invited", "are due to be delivered": a passive verb with no "by" phrase."""
    return verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


def definite_passive(token: Any) -> bool:
    """ "the deal was signed", "an agreement was signed", "relations were resumed": a passive
    with no agent, whose mutual act belongs to the pair under discussion."""
    holder = token
    if token.dep_ == "xcomp" and not any(c.dep_ == "nsubjpass" for c in token.children):
        holder = token.head  # "a contract is expected to be signed next month": the raised subject
    if token.pos_ == "VERB" and token.dep_ == "acl" and token.tag_ == "VBN" \
            and not any(c.dep_ == "agent" for c in token.children):
        # "an agreement on arms transfers, signed on February 29, 2016, allowed ...": the same, as a participle
        # (of a bond: "the dialogue, held in Delhi" is the dialogue's own act, told once)
        return (in_class(token.head.lemma_, "@AGREEMENT") or in_class(token.head.lemma_, "@CEASEFIRE")) \
            and _pair_noun_phrase(token.head) and not _between_others(token)
    if token.pos_ == "VERB" and token.dep_ == "relcl" and in_class(token.head.lemma_, "@AGREEMENT") and any(
            c.dep_ == "nsubjpass" and c.lower_ in word_class("relative_pronouns") for c in token.children) \
            and not any(c.dep_ == "agent" for c in token.children):
        return True  # "presented the Treaty of Guadalupe-Hidalgo, which was signed in Mexico City on February 2"
    subject = deal_as_subject(token) if token.pos_ == "VERB" else None
    if subject is not None:
        # (a named deal: "a Supply Arrangement"; not "a truce agreed between the government and the guerrillas")
        return (_pair_noun_phrase(subject) or subject.pos_ == "PROPN") and not _between_others(token)
    return token.pos_ == "VERB" and any(c.dep_ == "nsubjpass" and _pair_noun_phrase(c) for c in holder.children)


def deal_as_subject(verb: Any) -> Any:
    """ "The nuclear agreement concluded in 2008 removed a barrier", "builds on an Arrangement signed in 2024": a
    participle of signing the parser read as a past tense with the deal as its subject (a deal signs nothing);
    the deal's noun, else None."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in word_class("signing_verbs") or any(
            c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass", "agent", "advcl")
            or (c.dep_ == "ccomp" and any(d.dep_ in ("nsubj", "nsubjpass", "mark") for d in c.children))
            or (c.dep_ == "prep" and c.lower_ in word_class("verdict_preps")) for c in verb.children):
        # (not "the memorandum concluded that Iran posed no threat", "the declaration concluded with a call for
        # calm"; but "the agreement concluded in 2008 removed a barrier", the deal's own verb read as a clause)
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")):
        named = [subject, *(p for w in subject.children if w.dep_ == "prep" and w.lower_ == "of"
                            for p in w.children if p.dep_ == "pobj")]
        if any(in_class(n.lemma_, spec) or in_class(n.lower_, spec) for n in named for spec in ("@AGREEMENT",
                                                                                                "@CEASEFIRE")):
            return subject
    return None


def _between_others(verb: Any) -> bool:
    """Whether a participle of signing names its own parties ("a truce agreed between the government and the
    guerrillas"), so that it is no deal of the pair under discussion."""
    return any(c.dep_ == "prep" and c.lower_ in word_class("pair_preps") for c in verb.children)


def _pair_noun_phrase(noun: Any) -> bool:
    """A plural, or a noun with a determiner that may name the pair's own act ("the deal", "an agreement")."""
    return noun.tag_ == "NNS" or any(d.lower_ in word_class("passive_subject_determiners") for d in noun.children)


def to_infinitive(verb: Any) -> bool:
    """Whether a verb is told as a "to" infinitive ("an initiative to halt the war", "steps to assist X")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def kept_from(trigger: Any) -> bool:
    """ "kept France from invading Egypt", "barred Japan from building warships": the act after "from" was
    kept from being done (its doer is the object of the verb that kept it)."""
    prep = trigger.head
    return trigger.dep_ == "pcomp" and prep.lower_ in word_class("refraining_preps") and prep.dep_ == "prep" \
        and prep.head.lemma_.lower() in word_class("preventing_verbs")


def keeping_verb(chain: list[Any]) -> Any | None:
    """The verb that kept the act of a trigger (or of the verb its noun belongs to, "deterred Egypt from
    starting a war") from being done; chain: the trigger and the words above it."""
    # (through objects and complements: "kept Palmerston from taking steps to assist X"; not through a phrase
    # the parser hung on the kept verb: "was prevented from attacking Lima by American mediation" tells of
    # mediation done)
    for h in chain:
        if kept_from(h):
            return h.head.head
        if h.dep_ not in ("dobj", "obj", "xcomp", "acl", "relcl") and not (h.dep_ == "advcl" and to_infinitive(h)):
            return None  # (an infinitive of purpose counts: "from taking steps to assist X")
    return None


def _heeded(token: Any) -> bool:
    """ "complies with U.S. and EU sanctions", "to comply with U.S. demands", "obeyed the embargo": the act
    heeded was made before; heeding it tells no act of it."""
    if token.dep_ == "conj":
        token = token.head
    if token.dep_ in ("dobj", "obj"):
        return token.head.lemma_.lower() in word_class("heeding_verbs")
    return token.dep_ == "pobj" and token.head.dep_ == "prep" \
        and token.head.head.lemma_.lower() in word_class("heeding_verbs")


def feared_object_of(noun: Any) -> Any:
    """The verb a noun act is what comes of ("would result in an alliance and an invasion", "would bring war"): its
    object, or the object of one of outcome_preps on it, or a conjunct of either; None for any other noun ("would
    retaliate for the bombing", "after the invasion": a reference point, told as done)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in word_class("outcome_preps") and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _aim_of_talks(verb: Any) -> bool:
    """ "peace talks to end the war", "entered negotiations with Britain to end the war": what talks are held
    for is their aim, not an act done (the act, when it comes, is told of its own)."""
    if not to_infinitive(verb) or verb.lemma_.lower() in word_class("talking_purposes") | word_class("deal_words"):
        return False  # ("talks to buy fighter jets": a deal under negotiation, see status)
    if verb.dep_ == "acl":
        return in_class(verb.head.lemma_, "@TALKS")
    return verb.dep_ == "advcl" and any(c.dep_ in ("dobj", "obj") and in_class(c.lemma_, "@TALKS")
                                        for c in verb.head.children)


def hypothetical(token: Any) -> bool:
    """Acts the sentence does not assert: "cautioned the IMF against lending to X", "demanded that
    Moscow withdraw its troops" (the demand is the event, the withdrawal is only asked for)."""
    if token.dep_ == "pcomp" and token.head.lower_ in word_class("warning_preps") and token.head.head.pos_ == "VERB":
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "obj") and token.head.dep_ == "pcomp" \
            and token.head.head.lower_ in word_class("warning_preps") and token.head.head.head.pos_ == "VERB":
        return True  # "warned Seoul against holding the drills": the drills are what was warned against
    if _inverted_condition(token):
        return True
    if _wished_for(token):
        return True
    # (an act noun as the object of a verb shares that verb's fate: "an initiative to halt the war", "suggested
    # that both send troops to implement the ceasefire")
    verb = token.head if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "obj") else token
    put_forward = word_class("capacity_nouns") | word_class("proposal_nouns")
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in put_forward and to_infinitive(verb):
        # "the right to expropriate foreign assets": an act one may do, not one done; "an initiative to halt
        # the war": one put forward
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ in ("of", "for") \
            and token.head.head.lemma_.lower() in word_class("prospect_nouns") \
            and not any(c.dep_ == "poss" or c.lower_ in word_class("definite_determiners") for c in token.children):
        # "the potential for conflict", "the danger of war": a prospect, not an act (but "the danger of the
        # Soviet invasion" tells of one done)
        return True
    if token.pos_ in ("NOUN", "PROPN") and _heeded(token):
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ in ("on", "upon") \
            and token.head.head.lemma_.lower() in word_class("basing_participles"):
        return True  # "a new agreement based on the 1776 Model Treaty": a model followed, not an act told
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in word_class("anniversary_nouns"):
        return True  # "the 40th anniversary of the establishment of relations": an act long past, remembered
    if _condition_set(token):
        return True
    if _aim_of_talks(verb):
        return True
    asked_about = [verb, *(h for h in verb.ancestors if verb.dep_ == "conj" and h.pos_ in ("VERB", "AUX"))][:3]
    if any(c.dep_ == "mark" and c.lower_ in word_class("open_question_marks") for v in asked_about for c in v.children):
        # "may weigh whether to encourage allies", "debated whether to fund or arm the rebels" (the verbs joined to
        # the first too): undecided
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ in word_class("ban_preps") \
            and in_class(token.head.head.lemma_, "@SANCTION"):
        return True  # "an embargo on arms sales": the sales are what is banned, not done
    if token.lemma_.lower() in word_class("forcing_verbs") and token.dep_ in ("acl", "advcl") and to_infinitive(token) \
            and not attempted(token):
        return True  # "steps to oblige Hanoi to pull back": what the measures are for
    if token.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in word_class("obliging_modals")
                                     for c in token.children) \
            and token.head.lemma_.lower() in word_class("demand_reporting_verbs"):
        return True  # "said Tehran must cooperate": asked of it, not done
    if verb.dep_ in ("xcomp", "advcl", "acl", "relcl") and to_infinitive(verb) and (
            in_class(verb.head.lemma_, "@DEADLINE")
            or any(c.dep_ in ("dobj", "obj") and in_class(c.lemma_, "@DEADLINE") for c in verb.head.children)):
        return True  # "gave the United States six months to withdraw": a deadline set, not a withdrawal
    node = verb
    clause = node.head if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") else node
    holder = feared_object_of(token)
    if holder is not None:
        # "feared that the negotiations might result in an alliance and an invasion": the nouns of the feared clause
        clause = holder
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in word_class("fearing_verbs") and any(
            c.dep_ == "aux" and c.lower_ in word_class("threat_modals") for c in clause.children):
        return True  # "fearing that the West might end the convoys and give up the port": a fear, not an act
    for _ in range(3):
        if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") and node.head.dep_ in ("ccomp", "xcomp", "advcl"):
            node = node.head  # "demanded that Vietnam stop its drilling and withdraw its vessels": both asked
        if node.dep_ not in ("ccomp", "xcomp", "acl", "advcl") or node.head.i == node.i:
            return False
        if node.head.lemma_.lower() in word_class("instructing_verbs") and (
                (node.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") for c in node.head.children))
                or (node.dep_ == "ccomp" and to_infinitive(node) and any(c.dep_ == "nsubj" for c in node.children))):
            # "told the defenders to surrender", "wanted the army to withdraw" (which the parser may read as a
            # clause with its own subject): told to or wished, not done (but "told reporters that ...")
            return True
        # (a present form after "suggested" or "proposing" is the subjunctive; after "images suggest", a fact)
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in word_class("proposing_verbs") \
                and (node.tag_ == "VB" or (node.tag_ == "VBP" and node.head.tag_ not in ("VBP", "VBZ"))) \
                and all(c.lower_ == "should" for c in node.children if c.dep_ == "aux"):
            # "suggested that Peru hold (should hold) talks with Chile": proposed, not done (but "suggested it
            # could strike" is a hint)
            return True
        if asked_of_own_body(node):
            return False  # "asked Congress to provide aid to Turkey": planned by the one asking (status.judge)
        asked = node.dep_ == "advcl" and to_infinitive(node) and any(
            (c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")) or (
                c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(p.dep_ == "pobj" for p in c.children))
            for c in node.head.children if c.i < node.i)  # ("called on Israel and Egypt to stop fighting")
        if node.head.lemma_.lower() in word_class("requesting_verbs") and (node.dep_ != "advcl" or any(
                c.dep_ == "mark" and c.lower_ == "for" for c in node.children) or asked):
            # (also "called for Israel to withdraw" and "pressed Mali's government to free the soldiers", which the
            # parser reads as adverbial clauses)
            return True
        if node.head.lemma_.lower() in word_class("forcing_verbs") and node.dep_ != "advcl" \
                and not _forced_as_done(node.head):
            return True  # "tried to force Iraq to withdraw": forced only if the forcing is told as done
        node = node.head
    return False


def holding_verb(noun: Any) -> Any | None:
    """The verb that holds a noun's act as its object ("held drills near Taiwan", word class holding_verbs): the parser
    may hang the act's own phrases on it."""
    verb = noun.head
    return verb if noun.dep_ in ("dobj", "obj") and verb.lemma_.lower() in word_class("holding_verbs") else None


def has_phrase(heads: Iterable[Any], preps: Collection[str] | None, nouns: Collection[str]) -> bool:
    """Whether one of the heads carries a phrase of one of the prepositions (None: any) whose object is one of the
    nouns ("held in abeyance", "retreated into isolationism", "defeated in the elections")."""
    return any(c.dep_ == "prep" and (preps is None or c.lower_ in preps) and any(
        p.dep_ == "pobj" and p.lemma_.lower() in nouns for p in c.children)
        for h in heads for c in h.children)


def occasion_noun(token: Any) -> bool:
    """ "at a summit", "during the talks": a noun of an occasion, told as where an act was done."""
    return token.dep_ == "pobj" and ((token.head.lower_ in word_class("occasion_preps")
                                      and token.lemma_.lower() in word_class("occasion_nouns"))
                                     or (token.head.lower_ == "in"
                                         and token.lemma_.lower() in word_class("in_occasion_nouns")))


def at_a_told_occasion(token: Any) -> bool:
    """ "During the meeting, Kim invited Putin to Pyongyang", "at the talks X promised ...": an act told at an
    occasion the text has told already (a definite noun of an occasion)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    return any(c.dep_ == "prep" and any(
        occasion_noun(p) and any(d.dep_ == "det" and d.lower_ in word_class("definite_determiners") for d in p.children)
        for p in c.children) for c in verb.children)


def attempted(verb: Any) -> bool:
    """ "Soviet efforts to force Turkey to grant bases", "tried to pressure Iran", "failed to persuade X": an act
    of pressing someone that was tried is one made, whatever came of it."""
    return verb.pos_ == "VERB" and verb.dep_ in ("acl", "xcomp", "advcl") and to_infinitive(verb) and (
        verb.head.lemma_.lower() in word_class("attempt_words") | word_class("trying_verbs")
        | word_class("failure_words"))


MODIFIER_DEPS = ("nummod", "compound", "amod", "nmod")  # a word written before a noun, as its modifier


def own_arm(noun: Any) -> bool:
    """Whether a noun is an arm of a state told with no state of its own ("the army", "the security forces",
    "its troops"), which acts for whoever commands it (not "the invading forces", "the Allied armies")."""
    return (noun.lemma_.lower() in word_class("state_arm_nouns") or in_class(noun.lemma_, "@TROOPS")) and all(
        c.dep_ in ("det", "punct") or (c.dep_ == "poss" and c.pos_ == "PRON")
        or (c.dep_ in ("compound", "amod") and c.lower_ in word_class("own_arm_modifiers"))
        for c in noun.children)


def ordered_of_own_arm(verb: Any) -> bool:
    """ "ordered the security forces to suspend intelligence sharing": an act a state orders its own arm to do."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in word_class("commanding_verbs") and any(
        c.dep_ in ("dobj", "obj") and own_arm(c) for c in verb.head.children)


def sender_of_a_message(verb: Any) -> Any | None:
    """The verb that sends the message a participle with no subject of its own tells of ("sent Berlin a note
    protesting it": a clause of the message noun), also when the parser hangs the participle in the phrase of whom
    the message goes to ("sent a note to Germany protesting ...", "to the Embassy protesting the flights": that
    phrase's own clause, or a clause of its noun); else None."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in word_class("message_nouns"):
        sending = verb.head.head
    else:
        to = verb.head if verb.dep_ == "pcomp" else verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "pobj" \
            else None
        if to is None or to.lower_ not in word_class("addressee_preps"):
            return None
        sending = to.head
        if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in word_class("message_nouns")
                   for c in sending.children):
            return None
    return sending if sending.pos_ in ("VERB", "AUX") else None


def unnamed_source(verb: Any) -> bool:
    """ "a diplomat, who asked not to be named, said ...", "requested not to be identified": a source of the report
    keeping its name out of it, no request between states."""
    return verb.lemma_.lower() in word_class("requesting_verbs") and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in word_class("naming_in_print_verbs")
        and any(n.dep_ == "neg" for n in c.children) and any(n.dep_ == "auxpass" for n in c.children)
        for c in verb.children)  # (not "asked Ghana not to name the suspects")


def put_to_the_speaker(verb: Any) -> bool:
    """ "Asked about NATO, the minister said ...", "The envoy, pressed on the sanctions, said ...": a participle of
    questioning about something tells a question put to the speaker, no request between states (not "Asked by
    Washington to withdraw, Moscow refused": an act asked for, by whoever asks)."""
    # (the tagger may take the participle after a subject for a past tense: "The envoy, asked about ..., said")
    unasked = ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "obj", "xcomp")
    if verb.lemma_.lower() not in word_class("questioning_verbs") or verb.tag_ not in ("VBN", "VBD") \
            or verb.dep_ not in ("advcl", "acl") or any(c.dep_ in unasked for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in word_class("question_preps") for c in verb.children) or any(
        c.dep_ == "ccomp" and any(m.lower_ in word_class("question_marks") for m in c.children) for c in verb.children)


def asked_by_a_fronted_participle(verb: Any) -> bool:
    """ "(Pressed by Washington) to cut oil imports, (India agreed ...)": the act a participle of asking with its
    agent asks for, which is not told as done."""
    asking = verb.head
    return verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb) and asking.tag_ == "VBN" \
        and asking.dep_ in ("advcl", "acl") \
        and asking.lemma_.lower() in word_class("requesting_verbs") and any(c.dep_ == "agent" for c in asking.children)


def asked_of_own_body(verb: Any) -> bool:
    """ "asked Congress to provide aid to Turkey", "requested that Parliament approve the loan": an act a
    government asks its own legislature for is the government's plan, not a request to another state; so is one it
    orders its own arm to do (ordered_of_own_arm)."""
    if ordered_of_own_arm(verb):
        return True
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.lemma_.lower() not in word_class("requesting_verbs"):
        return False
    bodies = word_class("domestic_bodies")
    addressed = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")] if verb.dep_ == "xcomp" else [
        c for c in verb.children if c.dep_ == "nsubj"]
    # (a bare body is the asker's own; "asked the US Congress" may be another state's)
    return any(c.lemma_.lower() in bodies and not any(m.dep_ in ("compound", "amod", "nmod", "poss")
                                                       and m.pos_ != "PRON" for m in c.children)
               for c in addressed)


def obliged_other(clause: Any) -> bool:
    """ "Peru replied that Chile would have to withdraw": a clause of "would have to" / "will need to"
    reported by a speaker, with a subject named (not a pronoun for the speaker). Whether the subject is
    another state than the speaker's is for the caller, who knows the actors."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return clause.dep_ == "ccomp" and clause.lemma_.lower() in word_class("semi_modal_verbs") \
        and clause.head.lemma_.lower() in word_class("demand_reporting_verbs") \
        and any(c.dep_ == "aux" and c.lower_ in word_class("conditional_auxiliaries") | word_class(
            "future_auxiliaries") for c in clause.children) \
        and any(c.dep_ == "xcomp" for c in clause.children) \
        and subject is not None and subject.pos_ in ("PROPN", "NOUN")


def _forced_as_done(verb: Any) -> bool:
    """ "forced Siam to give up its claims": a forcing told in the simple past, not negated; not
    "steps to oblige Hanoi to pull back", "should not force Israel to withdraw"."""
    return verb.tag_ == "VBD" and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in
                                                                word_class("modal_auxiliaries")) for c in verb.children)


def aim(token: Any) -> bool:
    """ "U.S. policy has sought to isolate the government": a verb of aiming with an infinitive
    states a goal, not a request."""
    return token.lemma_.lower() in word_class("aiming_verbs") and any(c.dep_ == "xcomp" for c in token.children)


def _condition_set(token: Any) -> bool:
    """An act named as the condition of an offer, a demand or a future act: "offered to lift the
    blockade if the Allies withdrew", "no talks could begin until Argentine forces withdrew"."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in word_class("condition_marks")
                                        for c in token.children):
        return False
    head = token.head
    if any(c.dep_ == "aux" and c.lower_ in word_class("modal_auxiliaries") for c in head.children):
        return True
    return any(n.lemma_.lower() in word_class("condition_setting_verbs") for n in [head, *list(head.ancestors)[:2]])


def _wished_for(token: Any) -> bool:
    """An act named as the object of a wish, a fear or a refusal: "did not want war", "refused to
    recognize the regime" (the refusal is the event)."""
    if token.pos_ in ("NOUN", "PROPN"):
        node = token
        for _ in range(3):  # "an end to the conflict", "an escalation of hostilities"
            head = node.head
            if node.dep_ in ("dobj", "obj") and head.lemma_.lower() in word_class("volition_words"):
                return True
            if node.dep_ == "pobj" and head.lower_ in word_class("request_preps") \
                    and head.head.lemma_.lower() in word_class("requesting_verbs"):
                return True  # "insisted on Iraq's withdrawal", "called for a ceasefire": asked for, not done
            if node.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in word_class("volition_words"):
                return True
            if node.dep_ not in ("pobj", "prep") or head.i == node.i:
                return False
            node = head
        return False
    while token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and token.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        token = token.head  # "declined to recognize or trade with": the second verb shares the first's fate
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in word_class("wishing_verbs"):
        return True  # "Clinton wanted to demonstrate his commitment": a wish, not an act
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in word_class("intent_adjectives"):
        return True  # "was ready to fight": ready for it, not yet doing it
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in word_class("aiming_verbs"):
        return True  # "sought to isolate the government": an aim, not an act
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in word_class("threatening_verbs"):
        return True  # "threatened to sever relations": the threat is the event
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in word_class("refusing_verbs")


def stated_intent(token: Any) -> bool:
    """An act named only as what a party wants or is ready to do: "said it wanted to resume talks",
    "was willing to negotiate", "announced its readiness to sign a deal", "a desire for talks". The
    act is not done; stating the wish is (an intent to cooperate). A wish denied is no intent."""
    node = token
    while node.dep_ == "conj" and node.head.pos_ == node.pos_ \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head  # "ready to meet and sign a deal": the second act shares the first's fate
    head = node.head
    if node.pos_ in ("NOUN", "PROPN"):
        if node.dep_ == "pobj" and head.dep_ == "prep":
            holder = head.head  # "interest in talks", "a desire for closer ties"
            return in_class(holder.lemma_, "@WILLINGNESS") and not _denied(holder)
        return node.dep_ in ("dobj", "obj") and head.lemma_.lower() in word_class("wishing_verbs") \
            and not _denied(head)  # "wanted talks with Beijing"
    if node.dep_ == "xcomp" and head.lemma_.lower() in word_class("wishing_verbs"):
        return not _denied(head)
    if node.dep_ == "xcomp" and head.lemma_.lower() in word_class("intent_adjectives"):
        return not _denied(head.head if head.dep_ == "acomp" else head)
    return node.dep_ == "acl" and in_class(head.lemma_, "@WILLINGNESS") and not _denied(head)


def _denied(word: Any) -> bool:
    """ "did not want", "was not ready", "no desire": the word or its verb is negated."""
    return any(c.dep_ == "neg" or c.lower_ in word_class("negating_determiners") for c in word.children)


def _inverted_condition(token: Any) -> bool:
    """ "... assistance should the insurgency threaten the regime": a condition put by inversion, the
    auxiliary before its subject, in a clause below another (a question would stand alone)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.dep_ not in ("advcl", "ccomp", "relcl", "conj") and verb.head.i != verb.i:
        return False
    if verb.head.i == verb.i:
        return False
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in word_class("inverting_auxiliaries")]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.left_edge.i == a.i + 1 for a in aux for s in subjects)  # the subject right after it


def in_principle(token: Any, status: str) -> str:
    """ "agreed in principle to ..." is a commitment to a future act (class commitment_hedges)."""
    if status != "occurred":
        return status
    hedges = {tuple(phrase.split(" ", 1)) for phrase in word_class("commitment_hedges")}
    for node in (token, token.head):
        for child in node.children:
            if child.dep_ == "prep" and any((child.lower_, c.lower_) in hedges for c in child.children):
                return "planned"
    return status


def hinted(token: Any) -> bool:
    """ "Moscow hinted that it might attack X", "suggested it could strike": a hostile act the speaker says
    it may do, in a clause of its own with a modal and "it" or "they" for the speaker (not "analysts
    suggested Russia might attack": another's guess)."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in word_class("hinting_verbs"):
        return False
    auxiliaries = [c.lower_ for c in token.children if c.dep_ == "aux"]
    # (not "hinted that it may have attacked": a past act guessed at)
    modal = bool(set(auxiliaries) & word_class("threat_modals")) and not set(auxiliaries) & word_class(
        "perfect_auxiliaries")
    subject = [c for c in token.children if c.dep_ == "nsubj"]
    return modal and bool(subject) and subject[0].lower_ in word_class("it_pronouns")


def called_so(token: Any) -> bool:
    """ "This is a provocation": a noun said of "this" or "that" (the act just told)."""
    return token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in word_class("demonstrative_pronouns")
                                        for c in token.head.children)


def abandoning_verb(prep: Any) -> Any | None:
    """ "backed away from", "pulled out of", "reneged on": the verb whose phrase (with its particle) gives up the act
    the phrase names, if the preposition is of one (the parser may hang it on the particle, or take the particle for
    a preposition of its own)."""
    verb, particles = prep.head, [""]
    if (verb.dep_ in ("prt", "advmod") or (verb.dep_ == "prep" and prep.dep_ == "prep")) and verb.head.pos_ == "VERB":
        verb, particles = verb.head, [verb.lower_, ""]
    particles += [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
    if verb.pos_ == "VERB" and any(" ".join(w for w in (verb.lemma_.lower(), p, prep.lower_) if w)
                                   in word_class("abandoning_phrases") for p in particles):
        return verb
    return None


def schedule_adjectives(verb: Any) -> list[Any]:
    """The adjectives of a schedule a verb is completed by ("is due in Lima", "was set to leave"), on which the parser
    hangs what belongs to the verb (class schedule_adjectives)."""
    return [c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in word_class("schedule_adjectives")]


def pushed_back(act: Any) -> bool:
    """ "the visit was pushed back": an act put off, as the passive subject of a verb that puts off only with its
    particle (class passive_postponing_verbs; "India pushed back a Chinese attack" repelled it)."""
    head = act.head
    return act.dep_ == "nsubjpass" and head.lemma_.lower() in word_class("passive_postponing_verbs") \
        and with_particle(head)
