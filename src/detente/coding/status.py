"""Judge whether an act happened: occurred, planned, negotiating, cancelled, speculative, negated.

The cues (data/status_cues.tsv) are read in the trigger's scope: the trigger, the
words it depends on up to its clause head, and their auxiliaries and modifiers.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

from ..timex.words import month_numbers
from .clauses import (
    abandoning_verb,
    asked_of_own_body,
    feared_object_of,
    has_phrase,
    keeping_verb,
    occasion_noun,
    pushed_back,
    schedule_adjectives,
    to_infinitive,
)
from .lexicon import in_class, with_particle, word_class

Token = Any

_SCOPE_DEPS = {"xcomp", "ccomp", "dobj", "obj", "pobj", "prep", "pcomp", "nsubjpass", "nsubj", "acl",
               "compound", "attr", "conj", "advcl", "oprd", "appos", "amod"}
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_MOD_DEPS = {"aux", "auxpass", "neg", "advmod", "amod", "det", "compound", "npadvmod", "mark", "prep"}
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a verb in a tense of its own
_GOVERNED_TAGS = frozenset({"VB", "VBN", "VBG"})  # a form an auxiliary governs


@cache
def cues() -> dict[tuple[str, str], frozenset[str]]:
    """(kind, status) -> cue words."""
    text = resources.files("detente.coding").joinpath("data", "status_cues.tsv").read_text("utf-8")
    table: dict[tuple[str, str], frozenset[str]] = {}
    for row in csv.reader((ln for ln in text.splitlines() if ln and not ln.startswith("#")), delimiter="\t"):
        status, kind, words = row[0], row[1], row[2]
        table[(kind, status)] = table.get((kind, status), frozenset()) | frozenset(words.split(","))
    return table


def scope(trigger: Token) -> list[Token]:
    """The trigger and the words above it within its sentence, nearest first."""
    chain = [trigger]
    if _reacted_to(trigger):
        return chain  # "did not protest the Chilean blockade", "abstained from a vote condemning the occupation": done
    node = trigger
    while node.dep_ in _SCOPE_DEPS and node.head.i != node.i and len(chain) < 6:
        if node.dep_ in ("conj", "advcl") and node.head.pos_ in ("VERB", "AUX") and not (
                node.dep_ == "conj" and node.head.dep_ in ("xcomp", "ccomp")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)) and not _shares_modal(node) \
                and not _gerund_object(node):
            # a coordinated or adverbial clause has its own status; but "expect Xi to reciprocate and
            # attend" shares the expectation of the verb it is coordinated with
            break
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in word_class("temporal_preps"):
            break  # "pledged more, after delivering radars": the background act stands alone
        if occasion_noun(node) and node.i < node.head.head.i and node.head.head.tag_ == "VBD":
            break  # "At a summit in Bali, Biden and Xi agreed to resume talks": the occasion, told first, was held
        if node.dep_ == "pobj" and node.head.lower_ in word_class("circumstance_preps") and any(
                c.dep_ in ("amod", "poss", "compound", "prep") for c in node.children):
            # "under Soviet mediation, they agreed to withdraw": the mediation is not what was agreed (but
            # "if it came under attack" is the condition's)
            break
        if node.dep_ == "acl" and node.tag_ == "VBN" and any(c.dep_ == "agent" for c in node.children):
            break  # "agreed to restore ties, in a deal brokered by China": the brokering is told as done
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.head.dep_ in ("nsubj", "nsubjpass") and not any(
                d.lower_ in word_class("negating_determiners") for d in node.head.children) and any(
                c.dep_ == "prep" and any(g.shape_ == "dddd" or g.lower_ in month_numbers() for g in c.subtree)
                for c in node.children):
            break  # "a pact signed in December 2022 was never ratified": the signing, dated, was done
        if node.dep_ == "ccomp" and node.i < node.head.i and (any(
                t.text == ";" for t in node.doc[node.i:node.head.i]) or _charge_after_comma(node)):
            # "A accuses B of shelling villages; B denies", "A accused B of shelling, a charge B denied": a
            # clause of its own, not what B denies
            break
        if node.dep_ == "pobj" and node.head.lower_ == "in" and in_class(node.lemma_, "@AGREEMENT") \
                and node.head.head.lemma_.lower() in word_class("undertaking_verbs") \
                and not any(d.lower_ in word_class("unmade_deal_determiners") for d in node.children):
            # "in a deal reached in 2015, Peru agreed to buy frigates": the deal it was agreed in was made (not
            # "this deal", told before, nor "did not agree in any deal")
            break
        if node.dep_ == "pobj" and node.head.lower_ in word_class("topic_preps") \
                and node.head.head.lemma_.lower() in word_class("remarking_words"):
            break  # "declined to comment on the drills", "made no comment on the talks": held, whatever was said
        node = node.head
        chain.append(node)
    return chain


def _reacted_to(noun: Token) -> bool:
    """Whether an act noun told as known (definite or possessed) is what a reaction is to: the object of a verb of
    reacting ("condemned the invasion"), or the "of" phrase of such a noun ("its condemnation of the blockade"); not
    an act a reaction may meet ("may denounce a Chilean attack", "would not welcome a blockade")."""
    if noun.pos_ not in ("NOUN", "PROPN") or not any(
            c.lower_ in word_class("referring_determiners") or c.dep_ == "poss" for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ in ("dobj", "obj"):
        # (not a verb with its particle: "called off a trip")
        return head.lemma_.lower() in word_class("reacting_words") and not any(c.dep_ == "prt" for c in head.children)
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in word_class("reacting_words")


def _gerund_object(node: Token) -> bool:
    """ "ruled out sending troops", "called off sending ships": a bare gerund after a particle verb is what the verb
    is about (the parser may hang it as an adverbial clause)."""
    return node.dep_ == "advcl" and node.tag_ == "VBG" and node.i > node.head.i and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass") for c in node.children) and any(
        c.dep_ == "prt" for c in node.head.children)


def _shares_modal(node: Token) -> bool:
    """ "Congress may weigh new aid or encourage allies to ...": a verb coordinated with one under a modal,
    with no subject or auxiliary of its own, is under the modal too."""
    # (a verb in the base form: "could not save Poland and declared war" tells the war as done; in a list, "may
    # weigh X, fund Y, or encourage Z", each conjunct hangs on the one before: the first's modal counts)
    verbal = node.tag_ == "VB" or (node.tag_ == "NN" and any(c.dep_ == "dobj" for c in node.children))  # (mis-tagged)
    if node.dep_ != "conj" or not verbal or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in node.children):
        return False
    head = node.head
    while head.dep_ == "conj" and not any(c.dep_ == "aux" for c in head.children):
        head = head.head
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _counterfactual(verb: Token) -> bool:
    """ "would have held talks", "could have averted the war": a modal with a perfect tells what did not happen."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and "have" in auxes and any(a in word_class("counterfactual_modals") for a in auxes)


def _has(words: frozenset[str], token: Token) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def judge(trigger: Token, sentence_text: str = "") -> str:
    """The status of the act a trigger states."""
    status = _judge(trigger)
    if status == "planned" and _called_off_after(trigger):
        return "cancelled"
    return status


def _called_off_after(trigger: Token) -> bool:
    """ "agreed to hold the meeting in Lima on December 14, but that summit was cancelled": a plan the sentence
    goes on to call off, naming it again."""
    words = cues()[("head", "cancelled")]
    for verb in [trigger, *trigger.ancestors]:
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > trigger.i and c.pos_ in ("VERB", "AUX")):
            # (or in what the joined clause reports: "but that summit was cancelled, officials said")
            for called in (w for w in conj.subtree if w.pos_ in ("VERB", "AUX") and _has(words, w)):
                if any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "NOUN" and any(
                        d.lower_ in word_class("referring_determiners") for d in s.children) for s in called.children):
                    return True
    return False


def _own_tense(verb: Token) -> bool:
    """Whether a verb joined to another is in a tense the other's auxiliary cannot govern: a past or present after
    "would" or "did" ("would not settle ... and urged"). Not a past after "had" or "has": the past of most verbs is
    also their participle, and the tagger may write either ("had not attacked Peru or threatened Bolivia")."""
    if verb.tag_ not in _TENSED_TAGS or verb.head.tag_ not in _GOVERNED_TAGS:
        return False
    return verb.tag_ != "VBD" or verb.head.tag_ != "VBN"


def _judge(trigger: Token) -> str:
    table = cues()
    chain = scope(trigger)
    # (not a name: the month in "applied last May" is no "may")
    mods = [c for t in chain for c in t.children if c.dep_ in _MOD_DEPS and c.tag_ not in _NAME_TAGS]
    if trigger.dep_ == "conj" and chain[1:2] == [trigger.head] and any(c.dep_ == "aux" for c in trigger.children) \
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in trigger.head.children):
        # "agreed not to use force and to form a commission": a conjunct joined by "and" with its own auxiliary is not
        # denied by the other's "not" (but "promised not to attack Israel or to arm Hezbollah" denies both)
        mods = [m for m in mods if not (m.head.i == trigger.head.i and m.dep_ == "neg")]
    if trigger.dep_ == "conj" and chain[1:2] == [trigger.head] and _own_tense(trigger) \
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in trigger.head.children):
        # "said talks would not settle the matter and urged Lima to act": a verb in a tense of its own is no
        # form the other's auxiliary governs, nor is it denied by its "not"
        mods = [m for m in mods if not (m.head.i == trigger.head.i and m.dep_ in ("neg", "aux", "auxpass"))]
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB" and chain[1:2] != [trigger.head] and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in trigger.children) and any(
            c.dep_ == "cc" and c.lower_ == "or" for c in trigger.head.children):
        # "did not sign or ratify the treaty": the alternative shares the first verb's "not"
        mods += [c for c in trigger.head.children if c.dep_ == "neg"]
    if trigger.dep_ in ("nsubj", "nsubjpass") and (trigger.head.tag_ in ("VB", "VBZ", "VBP") or any(
            c.dep_ == "aux" for c in trigger.head.children)):
        # "our support can last and will last": the auxiliaries of the verbs the subject shares (not
        # "the invasion began in February and will fail", told as done first)
        mods += [a for c in trigger.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                 and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
                 for a in c.children if a.dep_ == "aux"]
    negators = [m for m in mods if m.dep_ in ("neg", "det", "advmod") and _has(table[("mod", "negated")], m)
                and not _denies_only_the_outcome(chain, m)]
    negated = bool(negators) and not _not_until(negators, mods)
    # "no contract has been signed", "signed no deal"
    negated = negated or any(c.dep_ in ("nsubjpass", "dobj", "nsubj") and any(
        d.dep_ in ("det", "preconj") and d.lower_ in word_class("negating_determiners") for d in c.children)
        for c in trigger.children)
    heads = chain[1:]
    # (not a head whose subject is the act and that has an object of its own: "the invasion put off investors" did
    # not call the invasion off; "the meeting fell through" did)
    cancelling = [h for below, h in zip(chain, heads, strict=False)
                  if (below.dep_ != "nsubj" or not any(c.dep_ in ("dobj", "obj") for c in h.children))
                  and (h.lemma_.lower() not in word_class("postponing_verbs") or below.dep_ in _PUT_OFF_DEPS)]
    if trigger.dep_ == "nsubjpass" and chain[1:2] == [trigger.head]:
        # "the visit was downgraded and then shelved": the passives the act is the subject of, joined (not "the
        # offensive began in February and was suspended in March", begun first)
        cancelling += [c for c in trigger.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                       and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
    # "the visit was pushed back" (not "the attack was pushed back", repelled)
    put_back = not in_class(trigger.lemma_, "@ATTACK") and any(pushed_back(below) for below in chain[:-1])
    if any(_has(table[("head", "cancelled")], h) and with_particle(h) for h in cancelling) or _cancel_word(trigger) \
            or _put_off(chain) or _given_up(trigger) or _offer_withdrawn(chain) or put_back:
        return "cancelled"
    if negated and any(h.lemma_.lower() in word_class("occurring_verbs") or _held(h) for h in chain):
        return "cancelled"
    keeper = keeping_verb(chain)
    if keeper is not None and keeper.dep_ == "xcomp" and keeper.head.lemma_.lower() in word_class("trying_verbs"):
        return "speculative"  # "tried to dissuade Britain from attacking Egypt": the attack is left open
    if keeper is not None and (any(c.dep_ == "neg" for c in keeper.children) or (
            keeper.dep_ == "xcomp" and keeper.head.lemma_.lower() in word_class("failure_verbs"))):
        return "occurred"  # "did not stop Russia from invading", "failed to prevent Iraq from invading": it was done
    negated = negated or _yet_to(trigger) or _short_of(chain) or keeper is not None or (
        trigger.dep_ == "pcomp" and trigger.head.lower_ in word_class("negating_preps")) or (  # "without consulting X"
        trigger.dep_ == "pobj" and trigger.head.lower_ == "of"  # "the absence of a Soviet threat": none was made
        and trigger.head.head.lemma_.lower() in word_class("absence_nouns"))
    if _forgone(trigger) or _in_a_text_blocked(trigger):
        # "remained neutral rather than attack France", "avoided criticising Moscow", "vetoed a resolution condemning
        # Syria": not done
        return "negated"
    if trigger.dep_ == "xcomp" and len(chain) > 1 and _said_to_have(chain[1]):
        return "speculative"  # "was believed to have sent missiles", "is said to have supplied": hearsay
    if any(m.lower_ in word_class("conditional_conjunctions") for m in mods if m.dep_ == "mark"):
        return "speculative"  # "if its submarines refrained from attacking": a condition, whatever its polarity
    if _counterfactual(chain[0]):
        return "speculative"  # "he would have continued the summit": what would have been, not what was
    if negated or any(_has(table.get(("head", "negated"), frozenset()), h) and with_particle(h)
                      for h in _negating_reach(chain)):
        return "negated"
    if any(c.dep_ == "amod" and c.lower_ in word_class("planned_adjectives") for c in trigger.children) \
            or _in_suspense(chain):
        return "planned"  # "discussed Khan's upcoming visit", "held the sale in abeyance": not yet done
    # "the deal is being discussed" is under negotiation; "the meeting discussed X" is not
    talked_over = [h for h in heads if not (h.i == trigger.head.i and trigger.dep_ == "nsubj")]
    if any(_has(table[("head", "negotiating")], h) for h in talked_over) or _under_negotiation(trigger):
        return "negotiating"
    if _would_under(trigger, word_class("belief_verbs")) or _a_prospect_told(trigger):
        # "feared that China would intervene", "the threat that the Soviet Union would retaliate": expected, not
        # told as done
        return "speculative"
    if any(_has(table[("mod", "speculative")], m) for m in mods) or \
            any(_has(table[("head", "speculative")], h) and not _reported_by(h) for h in heads) or \
            any(_there_were(h, table[("head", "speculative")]) for h in heads) or \
            _judged_likely(trigger, table[("head", "speculative")]):
        return "speculative"
    if _is_to(chain) or any(asked_of_own_body(t) for t in chain) or _agreed_in_a_deal(chain):
        # "Armenia is to hand the district back by November 15", "the president is to visit"; "asked Congress to
        # provide aid to Turkey"
        return "planned"
    if _would_under(trigger, word_class("reporting_verbs")) or \
            any(_has(table[("mod", "planned")], m) for m in mods if m.dep_ != "prep") or \
            any(c.dep_ == "acomp" and _has(table[("head", "planned")], c) for c in trigger.children) or \
            any(_has(table[("head", "planned")], h) for h in heads
                if h.i != trigger.i and not _announced(trigger, h) and not _standing(h)):
        return "planned"
    if any(_consequence_of_a_condition(h) for h in chain):
        return "speculative"  # "if Peru built the dam, it would breach the treaty"
    return "occurred"


_PUT_OFF_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj"})  # "deferred the visit" (not "deferred to the plan")


def _in_a_text_blocked(trigger: Token) -> bool:
    """ "Russia vetoed a resolution condemning Syria", "blocked a statement that criticized X": what a text a verb of
    blocking (class blocking_verbs) stops would have said is not said."""
    text = trigger.head
    if trigger.dep_ not in ("acl", "relcl") or not in_class(text.lemma_, "@VOTED_TEXT") \
            or text.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    verb = text.head.lemma_.lower()
    # (a text rejected is stopped only if it was put to a vote: "rejected a draft resolution", not "rejected a
    # statement from France", which France made)
    draft = any(w.lemma_.lower() in word_class("draft_words") for w in (text, *text.children))
    return verb in word_class("blocking_verbs") or (verb in word_class("voting_down_verbs") and draft)


def _a_prospect_told(trigger: Token) -> bool:
    """ "there remained the threat that the Soviet Union would retaliate", "the risk that Peru might attack": a clause
    with a modal that says what a noun of prospect (class prospect_nouns) is (the parser may read its "that" as a
    relative pronoun; what such a clause says would be done is not done either)."""
    return trigger.dep_ in ("relcl", "acl") and trigger.head.lemma_.lower() in word_class("prospect_nouns") \
        and any(c.lower_ == "that" and c.i < trigger.i for c in trigger.children) \
        and any(c.dep_ == "aux" and c.lower_ in word_class("modal_auxiliaries") for c in trigger.children)


def _agreed_in_a_deal(chain: list[Token]) -> bool:
    """ "signed an agreement to withdraw their troops", "a deal to exchange prisoners": the act a deal is made to
    bring about is still to come, like one agreed to with a verb (not "a decision to sign", told when it was done)."""
    return any(t.dep_ == "acl" and to_infinitive(t) and t.head.lemma_.lower() in word_class("agreeing_nouns")
               for t in chain)


def _forgone(trigger: Token) -> bool:
    """An act told as what was done instead of it ("rather than attack", "instead of sending troops") or as the
    gerund a verb of avoiding governs ("avoided criticising Moscow", "resisted ratifying the bid")."""
    start = trigger.left_edge.i
    before = " ".join(t.lower_ for t in trigger.doc[max(0, start - 2):start])
    if before in ("rather than", "instead of"):
        return True
    head = trigger.head
    return trigger.tag_ == "VBG" and trigger.dep_ in ("xcomp", "dobj", "pcomp") and head.lemma_.lower() in word_class(
        "avoiding_verbs")


def _said_to_have(verb: Token) -> bool:
    """ "was believed to have sent", "is said to have supplied", "is reported to be arming": a passive verb of
    hearsay that raises the act's doer."""
    return verb.lemma_.lower() in word_class("hearsay_verbs") and any(c.dep_ == "auxpass" for c in verb.children)


def _denies_only_the_outcome(chain: list[Token], negator: Token) -> bool:
    """ "Britain's invasion of Egypt did not achieve its aims", "the treaty Peru signed did not settle the dispute": the
    act named in the subject was done; what did not happen is what the verb tells of it (but "the summit did not take
    place" did not)."""
    verb = negator.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in word_class("realising_verbs") and any(
        t.dep_ == "nsubj" and t.head.i == verb.i for t in chain)


def _charge_after_comma(clause: Token) -> bool:
    """Whether ", a charge" (an accusation noun after a comma) stands between a clause and the verb the parser
    hung it on: the clause is the charge, told as made."""
    words = list(clause.doc[clause.i:clause.head.i])
    return any(a.text == "," and b.lower_ in word_class("indefinite_determiners")
               and c.lemma_.lower() in word_class("accusation_nouns")
               for a, b, c in zip(words, words[1:], words[2:], strict=False))


def _is_to(chain: list[Token]) -> bool:
    """An act told with "is to" or "are to", "is going to" or "is about to": set to be done; so is a stay told with
    "is due" ("the president is due in Lima on Monday")."""
    if chain[0].lemma_.lower() == "be" and chain[0].tag_ in ("VBZ", "VBP", "VBD") and schedule_adjectives(chain[0]):
        return True
    return any(below.dep_ == "xcomp" and to_infinitive(below) and (head.lemma_.lower() == "be" or _near_future(head))
               for below, head in zip(chain, chain[1:], strict=False))


def _given_up(trigger: Token) -> bool:
    """ "reneged on the proposed sale", "walked away from the scheduled talks": a planned act its doer gives up (not
    "walked away from its alliance", a bond that was made)."""
    return trigger.dep_ == "pobj" and abandoning_verb(trigger.head) is not None and any(
        c.dep_ == "amod" and c.lower_ in word_class("planned_adjectives") for c in trigger.children)


def _near_future(head: Token) -> bool:
    """ "was going to invade", "were about to withdraw": an act told as coming next (not "went on to sign")."""
    return head.lemma_.lower() in word_class("near_future_heads") and (
        head.dep_ == "acomp" or (head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in word_class("be_forms")
                                                             for c in head.children)))


def _not_until(negators: list[Token], mods: list[Token]) -> bool:
    """ "did not establish relations until 1979", "it was not until 1979 that they established
    relations": the act was done, at the time "until" gives; the only negation is a "not" beside it."""
    nots = [m for m in mods if m.dep_ == "neg"]
    return bool(nots) and len(nots) == len(negators) and all(any(
            c.dep_ == "prep" and c.lower_ in word_class("until_preps") and not any(
                p.lower_ in word_class("present_time_words") for p in c.children) for c in m.head.children)
        for m in nots)  # "has not signed until now": still not done


def _consequence_of_a_condition(verb: Token) -> bool:
    """A verb told with "would" whose clause has a condition ("if ...") of its own."""
    return any(c.dep_ == "aux" and c.lower_ in word_class("conditional_auxiliaries") for c in verb.children) \
        and any(c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and any(
            m.dep_ == "mark" and m.lower_ in word_class("conditional_conjunctions") for m in c.children)
            for c in verb.children)


def _negating_reach(chain: list[Token]) -> list[Token]:
    """The heads above a trigger whose negation reaches it: a verb negates what it governs as its
    complement ("refused to take part in the talks", "refrained from sending ships"), not a phrase that
    only sets the scene ("in talks with Peru, Chile failed to ..."), and failing at an attempt does not undo
    the attempt ("failed to persuade Peru": Peru was asked)."""
    trigger = chain[0]
    reach = []
    for below, head in zip(chain, chain[1:], strict=False):
        # (a verb joined to another still negates its own complement: "met but failed to reach an agreement")
        if (head.dep_ == "conj" and below.dep_ != "xcomp") or (
                below.dep_ == "prep" and below.lower_ not in word_class("refraining_preps")):
            continue
        if below.dep_ == "nsubj" and not any(c.dep_ == "xcomp" and c.lemma_.lower() in word_class("realising_verbs")
                                             for c in head.children):
            continue  # "Britain's guarantee to Poland failed to deter Hitler": the act that failed was done (not
            # "the summit failed to take place")
        if head.lemma_.lower() in word_class("failure_verbs") and trigger.lemma_.lower() in word_class("attempt_verbs"):
            continue
        reach.append(head)
    return reach


def _there_were(head: Token, nouns: frozenset[str]) -> bool:
    """ "There were unconfirmed reports Thursday that X was moving troops": the parser hangs the clause on "were";
    what the reports say is hearsay."""
    return head.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in head.children) and any(
        c.dep_ == "attr" and _has(nouns, c) for c in head.children)


def _judged_likely(trigger: Token, words: frozenset[str]) -> bool:
    """ "An attack on Peru seemed unlikely", "war was likely": an act that is the subject of a verb whose complement
    judges its chance is not told as done (in "made an attack unlikely" the parser hangs the act on the adjective,
    a head the status cues read)."""
    # (a bare judgement of a linking verb: not the chance of an outcome, "was unlikely to succeed", "likely to last",
    # nor a condition, "was possible only because ...")
    verb = trigger.head
    return trigger.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in word_class("linking_verbs") \
        and not any(c.dep_ == "advcl" and any(m.lower_ in word_class("reason_conjunctions") for m in c.children)
                    for c in verb.children) \
        and any(c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ" and _has(words, c) and not any(
            g.dep_ in ("xcomp", "advcl", "prep", "ccomp") for g in c.children) for c in verb.children)


def _reported_by(head: Token) -> bool:
    """ "the ministry reported that ...": a report its author makes is a statement, not a rumour
    ("it was reported that ..." and "reports that ..." stay hearsay)."""
    return head.lemma_.lower() in word_class("report_verbs") and head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" for c in head.children)


def _yet_to(trigger: Token) -> bool:
    """ "Turkey and Hungary have yet to approve Sweden's bid": not done so far."""
    head = trigger.head
    return trigger.dep_ == "xcomp" and head.lemma_.lower() in word_class("yet_to_verbs") and any(
        c.lower_ in word_class("still_to_adverbs") for c in head.children)


def _held(verb: Token) -> bool:
    """ "was held", "will be convened": an act held, in the passive."""
    return verb.lemma_.lower() in word_class("held_act_verbs") and any(c.dep_ == "auxpass" for c in verb.children)


def _offer_withdrawn(chain: list[Token]) -> bool:
    """ "withdrew its invitation for the president to visit Moscow": the act an invitation or offer was for, called
    off by the one who made it."""
    def withdrawn(offer: Token) -> bool:
        return offer.lemma_.lower() in word_class("withdrawn_offer_nouns") and offer.dep_ in (
            "dobj", "obj", "nsubjpass") and offer.head.lemma_.lower() in word_class("withdrawing_verbs")
    act = chain[0]
    while act.dep_ == "xcomp" and not to_infinitive(act) and act.head.i != act.i:
        act = act.head  # ("its offer to help finance the dam": the infinitive the act is under)
    # (the parser may hang the act on the verb rather than on the invitation: "withdrew its invitation for X to visit")
    verbs = [act.head] if act.dep_ in ("advcl", "xcomp") and to_infinitive(act) else []
    return any(withdrawn(h) for h in chain[1:]) or any(withdrawn(c) for v in verbs for c in v.children if c is not act)


def _put_off(chain: list[Token]) -> bool:
    """ "the planned visit was put on hold": called off for now, as a postponed act is."""
    putting = [h for h in chain[1:] if h.lemma_.lower() in word_class("putting_verbs")]
    return has_phrase(putting, ("on",), word_class("put_off_nouns"))


def _in_suspense(chain: list[Token]) -> bool:
    """ "holding the arms package in abeyance", "the sale remains in limbo": kept waiting, not done."""
    return has_phrase(chain, ("in",), word_class("suspense_nouns"))


def _short_of(chain: list[Token]) -> bool:
    """ "stopped short of expelling the envoy", "fell short of a deal": not done."""
    return any(h.lower_ == "short" and h.head.lemma_.lower() in word_class("short_of_verbs") for h in chain[1:])


def _standing(head: Token) -> bool:
    """ "was committed to defending X": a commitment held as a state, the act done under it (but
    "committed to defending X" is a pledge)."""
    return head.lemma_.lower() in word_class("standing_commitment_verbs") and any(
        c.dep_ == "auxpass" for c in head.children)


def _told_ahead(clause: Token) -> bool:
    """Whether a clause carries a time of its own ("was sending troops next year", "in six months"): then its
    progressive tells a plan, not what was being done."""
    return any(t.dep_ == "npadvmod" or t.lower_ in word_class("ahead_words")
               or (t.dep_ == "pobj" and t.head.lower_ in ("in", "within", "by") and any(
                   c.pos_ == "NUM" or c.lower_ in word_class("ahead_words") for c in t.children))
               for t in clause.subtree)


def _announced(trigger: Token, head: Token) -> bool:
    """ "announced the suspension of aid": an act named as the object of an announcement is done by
    announcing it (a plan would say so: "announced plans to", "announced it will")."""
    if head.lemma_.lower() not in word_class("announcing_verbs"):
        return False
    clause = trigger
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.tag_ == clause.head.tag_:
        clause = clause.head  # "announced that he was expelling the ambassador and sending troops": both
    if clause.dep_ == "ccomp" and clause.head.i == head.i:
        # "announced that it had lifted the ban": a clause told as past is a report of what was done; so is one told
        # as going on ("announced that it was expelling the ambassador": done by announcing it)
        return clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ in word_class("perfect_auxiliaries") for c in clause.children)) or (
            clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in clause.children)
            and not _told_ahead(clause))
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    node = trigger.head if trigger.dep_ == "compound" else trigger  # "announced an arms sales package"
    while node.dep_ in ("conj", "appos") and node.head.i != head.i:  # a list of what was announced
        node = node.head
    return node.dep_ in ("dobj", "obj") and node.head.i == head.i


def _in_talks(verb: Token) -> bool:
    """ "X are in talks (to buy ...)": the verb carries an "in talks" phrase."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.lemma_.lower() in word_class("negotiation_words") for p in c.children) for c in verb.children)


def _under_negotiation(trigger: Token) -> bool:
    """ "are negotiating a deal", "talks on the purchase of", "in talks to buy": an act not yet done."""
    head = trigger.head
    deals = word_class("deal_words")
    if trigger.lemma_.lower() in deals and trigger.dep_ in ("advcl", "xcomp") and _in_talks(head):
        return True  # "are in talks to purchase fighters"
    if trigger.lemma_.lower() not in word_class("negotiation_words"):
        return False
    if trigger.dep_ == "pobj" and head.lower_ == "in" and any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in deals for c in head.head.children):
        return True
    for child in trigger.children:
        words = [child] + [g for c in child.children for g in [c] + list(c.children)]
        if _brought_about(child):
            continue  # "negotiations, which produced a treaty": talks that ended in a deal
        if child.dep_ in ("dobj", "prep", "acl", "xcomp", "relcl") and any(
                w.lemma_.lower() in deals for w in words):
            return True
    return False


def _brought_about(clause: Token) -> bool:
    """ "(talks) which produced a treaty", "that led to the accord": a clause telling, in the past, what
    the talks brought about."""
    return clause.dep_ in ("relcl", "acl") and clause.tag_ in ("VBD", "VBN") \
        and clause.lemma_.lower() in word_class("resulting_verbs")


def _would_under(trigger: Token, verbs: frozenset[str]) -> bool:
    """An act told with "would" in the clause of a verb of the class: "Washington said it would send
    troops" (reporting_verbs: announced), "knowing that Israel would reject the draft" (belief_verbs:
    expected). The "would" may stand on a semi-modal the act hangs from: "replied that it would have to
    withdraw"."""
    clause = trigger
    if trigger.dep_ in ("nsubj", "nsubjpass") and (
            trigger.head.lemma_.lower() in word_class("occurring_verbs") or _held(trigger.head)):
        clause = trigger.head  # "confirmed that a summit would take place in November", "would be held"
    holder = feared_object_of(trigger)
    if holder is not None:
        clause = holder  # "feared that the talks would result in an alliance and an invasion"
    while clause.dep_ == "xcomp" and clause.head.lemma_.lower() in word_class("semi_modal_verbs"):
        clause = clause.head
    # (or the question a report leaves open, which the parser may hang as an adverbial clause: "neither said
    # when its troops would withdraw")
    asked = clause.dep_ == "advcl" and any(
        c.dep_ == "advmod" and c.i < clause.i and c.lower_ in word_class("question_adverbs") for c in clause.children)
    return (clause.dep_ == "ccomp" or asked) and clause.head.lemma_.lower() in verbs and any(
        c.dep_ == "aux" and c.lower_ in word_class("conditional_auxiliaries") for c in clause.children)


def _cancel_word(trigger: Token) -> bool:
    """A noun trigger under "was cancelled" / "called off" as subject."""
    head = trigger.head
    return trigger.dep_ in ("nsubjpass", "nsubj") and head.lemma_.lower() in word_class("cancel_verbs")
