"""What the parse says about the clause a trigger stands in: is the act asserted, told as
background, a headline, a commitment "in principle"?"""

from __future__ import annotations

from typing import Any


def main_clause(parsed: Any, tok: int) -> bool:
    """Whether a token belongs to the sentence's main clause (the root verb or one coordinated with it)."""
    node = parsed[tok]
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ROOT", "conj") and (
                node.dep_ == "ROOT" or node.head.dep_ == "ROOT"):
            return True
        if node.dep_ in ("relcl", "advcl", "ccomp", "acl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def headline(text: str) -> bool:
    """A title line: no final punctuation."""
    return not text.rstrip().endswith((".", "!", "?", '"', "”"))


BACK_REFERENCE_SPAN = 6  # sentences: "the trip" refers to a trip told just before, not years earlier
BACK_MARKERS = {"after", "when", "since", "once", "following", "as", "until", "before"}


def back_reference(token: Any) -> str:
    """An act mentioned as background to another ("After Pakistani troops invaded Kashmir, ...",
    "the trip") refers back to one the text has already told, and shares its date: "clause" for
    a background clause, "noun" for a definite noun (which only looks a few sentences back)."""
    if token.pos_ in ("NOUN", "PROPN"):
        return "noun" if any(c.lower_ in ("the", "this", "that") for c in token.children) else ""
    if any(o.dep_ in ("dobj", "obj") and any(c.lower_ in ("the", "this", "that") for c in o.children)
           for o in token.children):
        return "noun"  # "signed the pact": the pact told of just before
    clause = token
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    background = clause.dep_ in ("advcl", "pcomp") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in BACK_MARKERS for c in clause.children) or (
        clause.dep_ == "pcomp" and clause.head.lower_ in BACK_MARKERS)
    return "clause" if background else ""


# verbs through which a speaker says what another must do ("declared that China must drop barriers")
REPORTING_DEMANDS = {"say", "declare", "insist", "state", "tell", "warn", "stress", "add", "reiterate", "remind"}
REQUESTING = {"demand", "ask", "urge", "call", "request", "appeal", "press", "push", "plead", "insist", "order",
              "compel", "force", "pressure", "persuade", "convince", "induce", "coerce"}


def definite_passive(token: Any) -> bool:
    """ "the deal was signed", "an agreement was signed", "relations were resumed": a passive
    with no agent, whose mutual act belongs to the pair under discussion."""
    holder = token
    if token.dep_ == "xcomp" and not any(c.dep_ == "nsubjpass" for c in token.children):
        holder = token.head  # "a contract is expected to be signed next month": the raised subject
    return token.pos_ == "VERB" and any(
        c.dep_ == "nsubjpass" and (c.tag_ == "NNS" or any(
            d.lower_ in ("the", "this", "that", "no", "a", "an") for d in c.children))
        for c in holder.children)


def hypothetical(token: Any) -> bool:
    """Acts the sentence does not assert: "cautioned the IMF against lending to X", "demanded that
    Moscow withdraw its troops" (the demand is the event, the withdrawal is only asked for)."""
    if token.dep_ == "pcomp" and token.head.lower_ in ("against", "of") and token.head.head.pos_ == "VERB":
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "obj") and token.head.dep_ == "pcomp" \
            and token.head.head.lower_ in ("against", "of") and token.head.head.head.pos_ == "VERB":
        return True  # "warned Seoul against holding the drills": the drills are what was warned against
    if _inverted_condition(token):
        return True
    if _wished_for(token):
        return True
    if token.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in token.children) \
            and token.head.lemma_.lower() in REPORTING_DEMANDS:
        return True  # "said Tehran must cooperate": asked of it, not done
    node = token
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "acl", "advcl") or node.head.i == node.i:
            return False
        if node.head.lemma_.lower() in REQUESTING and node.dep_ != "advcl":
            return True
        node = node.head
    return False


# verbs and nouns whose object is only wished for, feared or kept off: "did not want war", "sought an end
# to the conflict", "to prevent an escalation of hostilities", "no interest in talks"
VOLITION = {"want", "wish", "desire", "hope", "fear", "avoid", "prevent", "seek", "risk", "interest", "threaten",
            "deter", "forestall", "avert", "provoke"}
# verbs of wanting: what one wants to do is not done by wanting it
WISHING = {"want", "wish", "desire", "hope", "long"}
# verbs that are acts of their own (refusal is a rejection): what they refuse is not done
REFUSING = {"refuse", "decline"}


def _wished_for(token: Any) -> bool:
    """An act named as the object of a wish, a fear or a refusal: "did not want war", "refused to
    recognize the regime" (the refusal is the event)."""
    if token.pos_ in ("NOUN", "PROPN"):
        node = token
        for _ in range(3):  # "an end to the conflict", "an escalation of hostilities"
            head = node.head
            if node.dep_ in ("dobj", "obj") and head.lemma_.lower() in VOLITION:
                return True
            if node.dep_ == "pobj" and head.lower_ in ("on", "for") and head.head.lemma_.lower() in REQUESTING:
                return True  # "insisted on Iraq's withdrawal", "called for a ceasefire": asked for, not done
            if node.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in VOLITION:
                return True
            if node.dep_ not in ("pobj", "prep") or head.i == node.i:
                return False
            node = head
        return False
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in WISHING:
        return True  # "Clinton wanted to demonstrate his commitment": a wish, not an act
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSING


INVERTED = {"should", "were", "had"}  # "should the insurgency threaten the regime", "had Moscow refused"


def _inverted_condition(token: Any) -> bool:
    """ "... assistance should the insurgency threaten the regime": a condition put by inversion, the
    auxiliary before its subject, in a clause below another (a question would stand alone)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.dep_ not in ("advcl", "ccomp", "relcl", "conj") and verb.head.i != verb.i:
        return False
    if verb.head.i == verb.i:
        return False
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in INVERTED]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.left_edge.i == a.i + 1 for a in aux for s in subjects)  # the subject right after it


def in_principle(token: Any, status: str) -> str:
    """ "agreed in principle to ..." is a commitment to a future act."""
    if status != "occurred":
        return status
    for node in (token, token.head):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "in" and any(c.lower_ == "principle" for c in child.children):
                return "planned"
    return status
