"""Give each event the date interval the text supports, and say where it came from.

Order of evidence: a time expression attached to the trigger in its sentence
(explicit, or resolved against the narrative time or the publication date); the
date of an earlier mention of the same act; the date of the reference the
sentence cites; the publication date (news); the narrative time (essays).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from ..model import DateSpan, Reference
from ..timex import TimeMention, find_times, resolve
from ..timex.mention import span_precision
from .clauses import MODIFIER_DEPS, compared_clauses, continues_relative, occasion_noun, once_per_parse, to_infinitive
from .lexicon import in_class, word_alternation, word_class
from .lexicon import triggers as lexicon_triggers

Token = Any


def token_spans(doc: Any) -> list[tuple[int, int]]:
    """(start, end) of each token of a parse, found once per parse: a sentence is searched many times."""
    spans: list[tuple[int, int]] = once_per_parse(
        doc, "detente_starts", lambda d: [(t.idx, t.idx + max(len(t.text), 1)) for t in d])
    return spans


def token_of(doc: Any, char: int) -> int:
    """The index of the token covering a character offset of the sentence (else the next token)."""
    starts = token_spans(doc)
    i = bisect_right(starts, (char, float("inf"))) - 1
    if i >= 0 and starts[i][0] <= char < starts[i][1]:
        return i
    return min(i + 1, len(starts) - 1) if starts else 0


def clause_of(token: Token) -> int:
    """The index of the verb heading the token's clause."""
    node = token
    for _ in range(12):
        # "Following the summit, ...": a participle used as a preposition heads no clause
        if (node.pos_ in ("VERB", "AUX") and node.dep_ != "prep") or node.head.i == node.i:
            return node.i
        node = node.head
    return node.i


def told_above(doc: Any, m: TimeMention, trigger: int) -> bool:
    """Whether a time hangs on a verb above the act's clause ("agreed Thursday to restore ties"): it
    dates the telling, so it is read as told, not as the future a plan points to."""
    own = clause_of(doc[token_of(doc, m.start)])
    node = doc[clause_of(doc[trigger])]
    to = doc[trigger]
    while to.dep_ in ("pobj", "pcomp", "prep", "compound", "conj") and not (to.dep_ == "prep" and to.lower_ == "to") \
            and to.head.i != to.i:
        to = to.head  # "agreed on Tuesday to a new round of talks", "committed on Monday to sending tanks"
    if to.dep_ == "prep" and to.lower_ == "to" and to.head.i == own and token_of(doc, m.start) < to.i \
            and to.head.lemma_.lower() in word_class("committing_verbs"):
        return True  # "agreed on Tuesday to further talks": the day of the agreeing
    for _ in range(6):
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            return False  # a clause joined to the time's ("will host it next year, and may send ships")
        node = node.head
        if node.i == own:
            return True
    return False


def pick_time(doc: Any, times: list[TimeMention], near: list[int], trigger: int) -> TimeMention | None:
    """The time expression closest to the event's words, preferring its own clause."""
    if not times:
        return None
    clause = clause_of(doc[trigger])
    governing = {t.i for t in doc[trigger].ancestors} | {trigger}
    own = _own_words(doc[trigger]) if doc[trigger].pos_ in ("NOUN", "PROPN") else set()

    def cost(m: TimeMention) -> tuple[int, int, int, int, int]:
        # a noun's own modifiers first ("a visit planned for early next month"), then its clause;
        # a bare "later" yields to a date ("entered the Baghdad Pact, later renamed CENTO, in 1955"),
        # and so does a shift the date right after it spells out ("six days later, on August 14, 1945")
        tok = token_of(doc, m.start)
        other_clause = clause_of(doc[tok]) != clause
        # (and so does how long what led to it lasted: "On May 3, after ten days of talks, they signed")
        # ("On December 13, 1941, the government, by then allied with Germany, declared war": "then" is the day told)
        bare_later = (m.rule == "later" and m.text.lower() == "later") or _spelled_out(m, times) or (
            m.kind == "anaphoric" and m.text.lower().endswith(" of")) or (
            m.kind == "anaphoric" and m.rule == "same" and any(
                n.kind == "absolute" and outer_token(doc, n).dep_ not in MODIFIER_DEPS for n in times))
        # a date that names a noun's thing ("the revolution of April 1952") yields to one of the act's own
        # (not a text's: "the Declaration of 1950, wherein they pledged" is when the pledge was made)
        named = doc[tok].dep_ == "pobj" and doc[tok].head.lower_ in word_class("naming_preps") and tok not in own \
            and not in_class(doc[tok].head.head.lemma_, "@AGREEMENT")
        # ("In 1982, Israel, victorious in the 1973 war, invaded Lebanon": a year describing the doer yields)
        describing = _describes_the_act(doc, m, doc[trigger], own)
        return (int(tok not in own), int(other_clause), int(bare_later), int(named) + int(describing),
                min(abs(tok - i) for i in near))

    compared = compared_clauses(doc)  # "as the Philippines did in 2013": another act's time
    times = [m for m in times if token_of(doc, m.start) not in compared]
    times = [m for m in times if (token_of(doc, m.start) in own
             or not (_names_a_thing(doc[token_of(doc, m.start)], doc[trigger], clause)
                     or _period_of_a_thing(doc, m, doc[trigger]))) and not names_a_line(doc, m)]
    # "met in Lima, the first such visit since 2015, and agreed ...": an aside's "since" dates no act outside it
    times = [m for m in times if not (m.since and _in_an_aside(doc[token_of(doc, m.start)], doc[trigger]))]
    # "Reagan, a critic of the treaty during the 1980 campaign, agreed ...": a time in an apposition of the
    # subject tells of the person, not of the act
    times = [m for m in times if not _in_the_subjects_aside(doc[token_of(doc, m.start)], doc[trigger])]
    # "duels near the 11th-century temple": a century told as a thing's age dates no act
    times = [m for m in times if not _an_age(doc, m, doc[trigger])]
    # "the first leader to visit since the two countries established relations in 1992": a "since" clause tells
    # an earlier act, which this one follows
    times = [m for m in times if not _in_a_since_clause(doc[token_of(doc, m.start)], doc[trigger])
             and not _of_a_thing_after_since(doc, m, doc[trigger])
             and not _of_a_thing_after_since(doc, m, doc[trigger], inside=True)]
    # "invited three states to join, projecting an accession date in 1999": what a clause forecasts is no date of
    # the act it hangs on
    times = [m for m in times if not _in_a_forecast(doc[token_of(doc, m.start)], doc[trigger])]
    # "called on Pakistan to punish those behind attacks including the 2008 assault on Mumbai": a time written before
    # a noun deep in the act's words names that thing; it dates the act only when the thing is its object, subject
    # or occasion ("signed the 2015 accord", "clashed during the 2017 standoff")
    times = [m for m in times if not _names_a_thing_further_off(doc, m, doc[trigger], own | set(near))]
    # "agreed to revise the 1902 accord": the year of what an infinitive the act governs acts on names that thing
    undoing = [doc[v] for v in _infinitives(doc[trigger])
               if doc[v].lemma_.lower() in word_class("acting_on_earlier_verbs")]
    times = [m for m in times if not any(_names_the_object(doc[token_of(doc, m.start)], v, token_of(doc, m.end - 1))
                                         for v in undoing)]
    usable = [m for m in times if token_of(doc, m.start) in own
              or _reaches(doc, token_of(doc, m.start), clause, governing)
              or _frames_what_follows(doc, m, times, trigger)]
    # "In June 1959 Moscow tore up the 1957 agreement": the year before the object names the thing acted on
    later = [m for m in usable if not _names_the_object(doc[token_of(doc, m.start)], doc[trigger],
                                                          token_of(doc, m.end - 1))]
    # "Moscow renounced its 1945 treaty", "eased the 2019 restrictions": what is acted on was made before
    usable = later if later or doc[trigger].lemma_.lower() in word_class("acting_on_earlier_verbs") else usable
    if not usable:
        # "agreed to disengage their troops in July 2020": with no time of its own, an act takes the
        # time of the infinitive it governs, where the parser tends to hang it
        # (a full date only: "agreed to meet next year" says when the meeting is, not the agreement)
        # ("African Lion 2026 is scheduled to open in late April": an act the subject of a verb of scheduling takes
        # the time of the infinitive that verb governs, of any kind)
        scheduled = _scheduled_by(doc[trigger])
        usable = [m for m in times if (m.kind == "absolute" or scheduled is not None)
                  and clause_of(doc[token_of(doc, m.start)]) in _infinitives(scheduled or doc[trigger])]
    if not usable:
        # "In 2011, A imposed duties; B retaliated": a time opening the sentence scopes over the
        # clauses joined to it by a semicolon (which the parser tends to hang as a complement)
        usable = [m for m in times if _opens_clauses(doc, token_of(doc, m.start), clause)]
    if not usable:
        # "Unable to agree at the talks in 1926, Chile and Peru set up a commission": a year in a clause that opens
        # the sentence before its comma dates the main act that has none
        usable = [m for m in times if m.kind == "absolute" and _in_a_fronted_clause(doc, token_of(doc, m.start),
                                                                                     doc[trigger])]
    if not usable:
        # "Dulles flew to Taipei, where, after three days of talks, he issued a communique on October 23": a
        # trip with no time of its own is about the time of what was done where it went
        usable = [m for m in times if m.kind != "anaphoric"
                  and _in_where_clause_of(doc, token_of(doc, m.start), doc[trigger])]
    return min(usable, key=cost) if usable else None


def _frames_what_follows(doc: Any, m: TimeMention, times: list[TimeMention], trigger: int) -> bool:
    """Whether a time is followed at once by "when" and the act is told after it, with no other time between
    ("The low point was the fall of 1983, when A shot down B's airliner, C deployed missiles and D walked out"):
    what the sentence tells from "when" on happened then, however the parser hangs its clauses."""
    after = doc.text[m.end:]
    gap = len(after) - len(after.lstrip(", "))
    if not after[gap:gap + 5].lower().startswith("when") or after[gap + 4:gap + 5].isalpha():
        return False
    start = m.end + gap + 4
    told = doc[trigger].idx
    if not (told > start and not any(start <= n.start < told for n in times) and ";" not in doc.text[start:told]):
        return False
    # the act's clause opens after "when" with a subject of its own (not "Egypt, which had lost Sinai in 1967, when
    # Israel defeated its army, signed a treaty": the main clause resumes after the "when" clause)
    subjects = _clause_subjects(doc[trigger])
    return bool(subjects) and all(t.idx > start for t in subjects)


def _clause_subjects(word: Token) -> list[Token]:
    """The subject of the clause a word is told in (a verb joined to another shares its subject)."""
    verb = word.doc[clause_of(word)]
    for _ in range(6):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj":
            return subjects
        verb = verb.head
    return []


def _in_an_aside(tok: Token, trigger: Token) -> bool:
    """Whether a word is inside an apposition ("the first such visit since 2015", "the first since 2008") that
    does not hold the trigger."""
    for node in tok.ancestors:
        if node.dep_ == "appos":
            return trigger.i not in {w.i for w in node.subtree}
    return False


def _in_the_subjects_aside(tok: Token, trigger: Token) -> bool:
    """Whether a word is inside an apposition to the subject of the trigger's clause."""
    node = next((a for a in tok.ancestors if a.dep_ == "appos"), None)
    return node is not None and node.head.dep_ in ("nsubj", "nsubjpass") and node.head.head.i == trigger.i \
        and trigger.i not in {w.i for w in node.subtree}


def names_an_object(tok: Token) -> bool:
    """A time written before a verb's object, as its modifier ("renounced its 1945 treaty")."""
    return _names_the_object(tok, tok.head.head)


def _names_the_object(tok: Token, trigger: Token, last: int | None = None) -> bool:
    """A time written before the verb's object, as its modifier ("abrogated the 1957 treaty", "walked away
    from a 2016 agreement"); last: the time's last token (the noun is past it: "signed it on 10 January
    1966" is a date of the act)."""
    noun = tok.head
    if not (trigger.pos_ == "VERB" and tok.dep_ in ("nummod", "compound", "amod", "npadvmod", "poss", "nmod")
            and tok.i < noun.i and (last is None or noun.i > last)):
        return False
    if noun.dep_ == "dobj":
        return noun.head.i == trigger.i
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or not (
            prep.lower_ in word_class("leaving_preps") or prep.lower_ in word_class("seeking_preps")):
        return False  # (not "negotiated in the 1795 treaty", "until the 1783 treaty": its occasion, its time)
    # (through a particle: "walked away from", "pulled out of", where the parser may call "out" a preposition)
    holder = prep.head.head if prep.head.dep_ in ("advmod", "prt") or prep.head.lower_ in word_class(
        "leaving_particles") else prep.head
    return holder.i == trigger.i


def _spelled_out(m: TimeMention, times: list[TimeMention]) -> bool:
    """ "six days later, on August 14, 1945": a shift followed at once by the full date it comes to."""
    return m.kind == "anaphoric" and any(
        n.kind == "absolute" and 0 <= n.start - m.end <= 6 for n in times)


def _names_a_thing(tok: Token, trigger: Token, clause: int) -> bool:
    """ "obligations under the Non-Proliferation Treaty of 1968": a year that names another thing deep
    in the act's words is not the date of the act told. It is when the act is told of that thing
    ("the Declaration of 1950, wherein they pledged") or framed by it ("Under the Protocol of May
    1992, they agreed")."""
    head = tok.head
    if not (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN")):
        return False
    thing = head.head
    if thing.lemma_.lower() in word_class("day_part_nouns"):
        return False  # "on the night of September 9": the time itself
    framing = thing.dep_ == "pobj" and thing.head.head.i in (clause, trigger.i)
    after = [t for t in tok.doc[tok.i + 1:tok.i + 3] if not t.is_punct][:1]
    # "the Declaration of 1950, wherein they had pledged": the clause tells of the thing, whatever the parse
    told_of = bool(after) and after[0].lower_ in word_class("relative_adverbs")
    return not framing and not told_of and not _year_of_the_treaty_made(thing, trigger) \
        and thing not in list(trigger.ancestors)


def _year_of_the_treaty_made(thing: Token, trigger: Token) -> bool:
    """ "signed the Treaty of 1858", "concluded the Convention of 1818": the year after a treaty a verb makes (class
    treaty_making_verbs) dates the making, as "signed the 1858 treaty" does (not "violated the Treaty of 1858",
    "protested the bombing of 1999")."""
    return trigger.pos_ == "VERB" and thing.dep_ in ("dobj", "obj") and thing.head.i == trigger.i \
        and in_class(thing.lemma_, "@AGREEMENT") and trigger.lemma_.lower() in word_class("treaty_making_verbs")


def _period_of_a_thing(doc: Any, m: TimeMention, trigger: Token) -> bool:
    """ "debris from the Iran-Iraq War", "veterans of the Korean War": a named period that tells what a
    thing other than the act comes from does not date the act."""
    if m.period is None:
        return False
    inside = doc[token_of(doc, m.start):token_of(doc, m.end - 1) + 1]
    heads = [t for t in inside if not m.start <= t.head.idx < m.end]
    if not heads or heads[0].dep_ != "pobj" or heads[0].head.lower_ not in word_class("source_preps"):
        return False
    thing = heads[0].head.head
    return thing.pos_ in ("NOUN", "PROPN") and thing.i != trigger.i and thing not in list(trigger.ancestors)


def names_a_line(doc: Any, m: TimeMention) -> bool:
    """ "withdraw to the 1949 armistice lines", "to June 4, 1967 borders": a date that names a line on the
    map dates neither the act nor the scene."""
    first = token_of(doc, m.start)
    if first > 0 and doc[first - 1].lower_ in word_class("time_preps"):
        return False  # "In 1979 borders between the two states were closed": the time of the act
    for tok in doc[token_of(doc, m.end - 1) + 1:token_of(doc, m.end - 1) + 4]:
        if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
            continue  # "armistice", "ceasefire"
        return tok.lemma_.lower() in word_class("boundary_nouns")
    return False


def names_the_act(m: TimeMention, trigger: Token) -> bool:
    """Whether the time is a named period whose name is the act's own words ("the Korean War")."""
    return m.period is not None and m.start <= trigger.idx < m.end


def own_period(doc: Any, m: TimeMention, trigger: int) -> TimeMention:
    """ "the Mexican-American War" as the act itself: its own days, even when the text says what
    followed it ("ceded following the Mexican-American War")."""
    if m.period is None or not names_the_act(m, doc[trigger]):
        return m
    first, last = m.period
    return replace(m, first=first, last=last, precision=span_precision(first, last), since=False, until=False)


def in_when_clause(doc: Any, trigger: int, m: TimeMention) -> bool:
    """Whether the act is told in a "when" clause that hangs on the time itself ("since 1962, when
    Kennedy imposed the embargo"): the clause tells what happened at that time."""
    for node in [doc[trigger], *doc[trigger].ancestors]:
        if node.dep_ in ("relcl", "advcl"):
            when = [c for c in node.children if c.dep_ == "advmod" and c.lower_ == "when"]
            # the parser may hang the clause on the main verb: it follows the time all the same
            return bool(when) and 0 <= when[0].idx - m.end <= 2 and not doc.text[m.end:when[0].idx].strip(", ")
    return False


def _in_where_clause_of(doc: Any, tok: int, trigger: Token) -> bool:
    """Whether a time is in a "where" clause on a place the act's own phrase names ("flew to Taipei, where ...")."""
    clause = doc[clause_of(doc[tok])]
    place = clause.head
    return clause.dep_ == "relcl" and any(c.lower_ in word_class("place_relatives") for c in clause.children) \
        and place.dep_ == "pobj" and place.head.head.i == trigger.i


def _opens_clauses(doc: Any, tok: int, clause: int) -> bool:
    """Whether a time that opens the sentence belongs to a clause joined by a semicolon to the
    act's clause."""
    own = clause_of(doc[tok])
    if any(doc[i].pos_ in ("VERB", "AUX") for i in range(0, tok)) or own == clause:
        return False
    first, second = sorted((own, clause))
    joined = doc[own].head.i == clause or doc[clause].head.i == own
    return joined and any(doc[i].text == ";" for i in range(first + 1, second))


def _an_age(doc: Any, m: TimeMention, trigger: Token) -> bool:
    """Whether a century is told as the age of a thing other than the act ("the 11th-century temple")."""
    if m.precision != "century":
        return False
    last = doc[token_of(doc, m.end - 1)]
    thing = last.head
    # (not "in the 16th-century wars with Spain": wars are of their century; "revoked the 19th-century treaties" in
    # 1950 was done in 1950)
    an_act = in_class(thing.lemma_, "@WAR_NOUN") or any(
        e.event_type == "ASSAULT" for e in lexicon_triggers().get(("N", thing.lemma_.lower()), ()))
    return last.dep_ in ("compound", "amod") and thing.pos_ in ("NOUN", "PROPN") and thing.i != trigger.i \
        and thing.i > last.i and not an_act


def _in_a_since_clause(tok: Token, trigger: Token) -> bool:
    """Whether a time is told in a clause opened by "since" that the act's words do not belong to ("since they
    established relations in 1992", "since taking office in May")."""
    for node in [tok, *tok.ancestors]:
        if node.i == trigger.i:
            return False
        if node.pos_ in ("VERB", "AUX") and (any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children)
                                            or (node.dep_ == "pcomp" and node.head.lower_ == "since")):
            return trigger.i not in {t.i for t in node.subtree}
    return False


def _of_a_thing_after_since(doc: Any, m: Any, trigger: Token, inside: bool = False) -> bool:
    """Whether a time names a thing after "since" that the act's words do not belong to ("the worst clash since the
    1962 war": the year of the war the clash is measured from; not "since the 1960s", the time itself); with inside,
    whether the act is that thing and the time is outside its phrase ("sworn in in 2016 as the first envoy since the
    closure of the embassy": the closure came before)."""
    first, last = token_of(doc, m.start), token_of(doc, m.end - 1)
    word, other = (trigger, doc[first]) if inside else (doc[first], trigger)
    for node in word.ancestors if not inside else [word, *word.ancestors]:
        if node.i == other.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in word_class("reference_point_preps"):
            # (not "since the 2023 attack, Rabat has kept its ties frozen": the start of the clause's period)
            return not first <= node.i <= last and measured_from(node.head) \
                and other.i not in {t.i for t in node.subtree}
    return False


def measured_from(since: Token) -> bool:
    """Whether a "since" phrase names what a thing is measured from: the phrase of a noun ("the worst clash since
    the war") or of a clause that tells a first or a superlative ("sworn in as the first envoy since the closure",
    "clashed, the worst clash since the war"), not a period's start."""
    head = since.head
    after = {t.i for t in since.subtree}
    return head.pos_ in ("NOUN", "PROPN") or any(
        t.dep_ in ("amod", "compound") and (t.lower_ in word_class("first_words") or t.tag_ == "JJS")
        and t.i not in after for t in head.subtree)


def _in_a_forecast(tok: Token, trigger: Token) -> bool:
    """Whether a time is told in a clause of forecasting ("projecting", "envisaging") the act's words do not belong
    to, for an act told as done (what is to come, "invited them to join", may be what is forecast)."""
    if trigger.tag_ != "VBD":
        return False
    for node in [tok, *tok.ancestors]:
        if node.i == trigger.i:
            return False
        if node.pos_ == "VERB" and node.lemma_.lower() in word_class("forecasting_verbs"):
            return trigger.i not in {t.i for t in node.subtree}
    return False


def outer_token(doc: Any, m: TimeMention) -> Token:
    """The word of a time expression that hangs it on the rest of the sentence."""
    words = range(token_of(doc, m.start), token_of(doc, m.end - 1) + 1)
    return next((doc[i] for i in words if doc[i].head.i not in words), doc[words[0]])


def _names_a_thing_further_off(doc: Any, m: TimeMention, trigger: Token, own: set[int]) -> bool:
    """Whether a time is written before a noun, as its modifier, where the noun hangs on another noun or a word
    that describes one ("those responsible for attacks including the 2008 assault"), not on a verb: it tells which
    thing is meant. (A phrase on a verb tells that verb's time or occasion: "in the aftermath of the July 2021
    protests, X imposed", "refusing to go ahead with the 1956 elections".) So does a time written before the
    object of another verb the act is joined to but does not govern ("lifted the 2019 curbs and Seoul withdrew")."""
    holder = _holder_of_a_named_thing(doc, m, trigger, own)
    if holder is not None and holder.pos_ == "VERB" and holder.i != trigger.i and holder.i not in own \
            and holder.i not in {w.i for w in trigger.subtree} \
            and _names_the_object(doc[token_of(doc, m.start)], holder, token_of(doc, m.end - 1)):
        return True  # "lifted the 2019 restrictions and Seoul withdrew its complaint": the year names what another
        # verb acts on, not when this act was done (but "refused to ratify the 1919 treaty" may well be of 1919)
    return holder is not None and holder.pos_ not in ("VERB", "AUX") and holder.i not in own \
        and holder.i != trigger.i and not _describing(holder, trigger)


def _describes_the_act(doc: Any, m: TimeMention, trigger: Token, own: set[int]) -> bool:
    """Whether a year before a noun hangs on a word describing the act or its doer ("Angry over the 1998 tests, X
    imposed sanctions", "Israel, victorious in the 1967 war, occupied", "Prior to the 1967 war, Egypt expelled"): it
    gives the act's occasion, but yields to a time of the act's own."""
    holder = _holder_of_a_named_thing(doc, m, trigger, own)
    return holder is not None and _describing(holder, trigger)


def _describing(holder: Token, trigger: Token) -> bool:
    return holder.pos_ in ("ADJ", "ADV", "ADP") and (
        holder.head.i == trigger.i or (holder.head.dep_ in ("nsubj", "nsubjpass") and holder.head.head.i == trigger.i))


def _holder_of_a_named_thing(doc: Any, m: TimeMention, trigger: Token, own: set[int]) -> Token | None:
    """The word the phrase of a noun a time is written before hangs on, climbing from noun to noun ("those
    responsible for attacks including the 2008 assault": "responsible"); None when the time is no such modifier."""
    tok = outer_token(doc, m)
    noun = tok.head
    if tok.dep_ not in MODIFIER_DEPS or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.i <= token_of(doc, m.end - 1) or noun.i in own or noun.i == trigger.i \
            or trigger.i in {w.i for w in noun.subtree} or noun.lemma_.lower() in word_class("time_nouns"):
        return None
    top = noun
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in ("NOUN", "PROPN") \
            and top.head.head.i not in own and top.head.head.i != trigger.i:
        top = top.head.head
    return top.head.head if top.dep_ == "pobj" and top.head.dep_ == "prep" else top.head


def _own_words(noun: Token) -> set[int]:
    """A noun's words and its modifiers', but not those of nouns coordinated with it nor of a relative
    clause: in "an embargo, sanctions and a war, which began on January 16, 1991", the date is the war's."""
    words = {noun.i}
    first = any(c.dep_ == "amod" and c.lower_ in word_class("first_words") for c in noun.children)
    # "their first talks since the 2019 crisis": what follows "since" dates an earlier act; "an agreement based on
    # the 1776 treaty": what it is modelled on was made before
    stack = [c for c in noun.children if c.dep_ not in ("conj", "relcl", "cc")
             and not (first and c.dep_ == "prep" and c.lower_ == "since")
             and not (c.dep_ == "acl" and c.lemma_.lower() in word_class("basing_participles"))]
    while stack:
        t = stack.pop()
        words.add(t.i)
        stack.extend(c for c in t.children if c.dep_ != "relcl")
    # "a meeting of the ministers that had been planned for October 26": a clause that schedules it dates it,
    # wherever the parser hung it in the noun's phrase
    for t in [noun, *(w for w in noun.subtree if w.i in words)]:
        for c in t.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in word_class("scheduling_verbs") and _schedules_it(c):
                words |= {w.i for w in c.subtree}
    # "ending a suspension it had ordered in May", "the demands Lima handed to Quito in June": a clause that tells the
    # act being done dates it (not one that undoes it, "the sanctions, which Washington lifted in 2016", nor one whose
    # verb codes the act itself, "the accord, which was signed in May", whose own date it has)
    for c in noun.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in word_class("act_doing_verbs") and _does_it(c) \
                and not _codes_it_itself(c, noun):
            words |= {w.i for w in c.subtree}
    return words


def _codes_it_itself(verb: Token, noun: Token) -> bool:
    """Whether a verb has a trigger entry of its own that takes this noun as its object ("signed" an accord)."""
    return any(e.obj is not None and not e.obj.startswith("@ACTOR") and in_class(noun.lemma_, e.obj)
               for e in lexicon_triggers().get(("V", verb.lemma_.lower()), ()))


def _does_it(clause: Token) -> bool:
    """Whether a relative clause's verb acts on its noun: the relative pronoun, or a word left out, is its object,
    or the subject of its passive."""
    # (no object: the relative word left out, after a subject of the clause's own, not "a war which began in 1991")
    return _relative_word_acted_on(clause) or (
        not any(c.dep_ in ("auxpass", "dobj", "obj") for c in clause.children)
        and any(c.dep_ == "nsubj" and c.lower_ not in word_class("relative_pronouns") for c in clause.children))


def _schedules_it(clause: Token) -> bool:
    """Whether a relative clause sets its noun for a time: the relative pronoun is what is set (its object, or the
    subject of a passive) and the time comes with "for" ("that had been planned for October 26", "that mediators had
    set for May 9"; not "which Chile had planned at a summit in February 1931", when the planning was done, nor
    "which set the stage for the summit")."""
    return _relative_word_acted_on(clause) and any(c.dep_ == "prep" and c.lower_ == "for" for c in clause.children)


def _relative_word_acted_on(clause: Token) -> bool:
    """Whether a relative clause's relative pronoun is what its verb acts on: its object, or the subject of its
    passive."""
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    return any(c.lower_ in word_class("relative_pronouns") and (c.dep_ in ("dobj", "obj") or (
        passive and c.dep_ == "nsubjpass")) for c in clause.children)


def _scheduled_by(noun: Token) -> Token | None:
    """The verb of scheduling a noun's act is the subject of ("the exercise is scheduled to open ..."), if any."""
    verb = noun.head
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass") \
            and verb.lemma_.lower() in word_class("scheduling_verbs"):
        return verb
    return None


def _infinitives(verb: Token) -> set[int]:
    """The verbs of the infinitive clauses a verb governs ("agreed to disengage"), and those of a verb
    joined to it that shares its subject ("were indicted ... as well as attempting to ship arms in May")."""
    sharing = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
               and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
    return {c.i for v in [verb, *sharing] for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)}


def _reaches(doc: Any, tok: int, clause: int, governing: set[int]) -> bool:
    """A time expression applies to an act in its own clause, in a clause above it, or in an
    adverbial clause below it ("When X visited last month, both agreed"), not in a relative or
    complement clause below it."""
    own = clause_of(doc[tok])
    if own == clause or own in governing or doc[tok].head.i in governing or _after_the_comma(doc, tok, own, governing) \
            or _opening_phrase(doc, tok, own, governing) or _frames_the_conjuncts(doc, own, clause):
        return True
    node = doc[own]
    for _ in range(12):
        if node.i == clause:
            return True
        if continues_relative(doc, node):
            return False
        if node.dep_ in ("relcl", "acl") and _occasion_of(node.head, governing):
            return True  # "At a summit held in Vienna in June 1961, they agreed": the occasion's time
        if node.dep_ == "relcl" and node.tag_ in ("VBZ", "VBP") and node.head.head.i in governing \
                and doc[tok].dep_ == "pobj" and doc[tok].head.head.i == node.i:
            # "signed the treaty that gives the alliance its name in San Francisco on September 1, 1951": a
            # clause in the present tells no past day; the parser hung the signing's phrase on it
            return True
        if node.dep_ == "acl" and node.lemma_.lower() in word_class("dating_participles") \
                and _means_of(node.head, governing):
            return True  # "agreed in an exchange of notes dated 3 March": the document's date
        if node.dep_ == "acl" and node.lemma_.lower() in word_class("coinciding_verbs") \
                and clause_of(node.head) in governing and _dates_the_occasion(doc[tok], node):
            return True  # "placed controls on chemicals coinciding with the May 2026 visit": the act's time
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ in ("dobj", "obj") \
                and node.head.head.i in governing:
            return True  # "shot down a spy plane canvassing Soviet territory in 1960": what it was doing then
        if node.dep_ == "ccomp" and any(c.lower_ in word_class("free_relative_pronouns") and c.dep_ in ("dobj", "nsubj")
                                        for c in node.children):
            node = node.head  # "struck what New Delhi described as a camp on Tuesday": the object, not a claim
            continue
        if node.dep_ == "advcl" and node.head.i in governing and _frames_forward(node) \
                and _hangs_by_infinitives(doc[clause], node.head):
            return True  # "When the war ended in 1953, Peru sent a minister to negotiate": the infinitive's act too
        if node.dep_ in ("relcl", "ccomp", "acl", "xcomp", "csubj") or node.head.i == node.i:
            return False
        node = node.head
    return False


_INFINITIVE_STEPS = 6  # how many infinitives a chain may hold ("decided to send troops to help" holds two)


def _frames_forward(clause: Token) -> bool:
    """Whether an adverbial clause gives the time its verb's act starts from: not a condition ("if Peru attacks in
    2020"), nor a time the act came before ("before the war broke out in 1953")."""
    return not any(c.dep_ == "mark" and c.lower_ in word_class("not_framing_marks") for c in clause.children)


def _hangs_by_infinitives(verb: Token, above: Token) -> bool:
    """Whether a verb hangs from a verb above it through "to" infinitives in the base form only ("sent envoys to
    negotiate", "decided to send troops to help"; not "to have negotiated"), none of which tells a time of its own
    ("later sent envoys to negotiate": after the clause's time), not through a clause told or reported ("said
    that it had invaded")."""
    node = verb
    for _ in range(_INFINITIVE_STEPS):
        if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in word_class("sequence_adverbs") for c in node.children):
            return False
        if node.i == above.i:
            return True
        if node.dep_ not in ("xcomp", "advcl") or node.tag_ != "VB" or not to_infinitive(node):
            return False
        node = node.head
    return False


def _dates_the_occasion(tok: Token, verb: Token) -> bool:
    """Whether a time is the occasion's own: the object of the verb's "with" or a word before it ("coinciding
    with the May 2026 visit"), not a thing deeper in it ("the anniversary of the March 1999 accord")."""
    occasions = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(tok.i == o.i or (tok.head.i == o.i and tok.i < o.i) or (tok.head.head.i == o.i and tok.i < o.i)
               for o in occasions)


def _after_the_comma(doc: Any, tok: int, own: int, governing: set[int]) -> bool:
    """ "Before the talks failed, at a conference in April 1955 Zhou announced ...": a phrase after the
    comma that closes an opening adverbial clause belongs to the main clause, though the parser hangs
    it on the adverbial clause's verb."""
    verb = doc[own]
    if verb.dep_ != "advcl" or verb.head.i not in governing or verb.i > verb.head.i:
        return False
    phrase = doc[tok]
    while phrase.head.i != own and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase.dep_ == "prep" and phrase.i > own and doc[phrase.i - 1].text == "," \
        and phrase.i < verb.head.i and max(t.i for t in phrase.subtree) < verb.head.i


def _frames_the_conjuncts(doc: Any, own: int, clause: int) -> bool:
    """ "Speaking in Paris on Monday, Macron praised the envoy and called the coup dangerous": a participle's
    clause that opens the sentence before the first verb dates the verbs joined to it too (not a state told so:
    "hard hit by the war, France sought allies")."""
    verb = doc[clause]
    if verb.dep_ != "conj":
        return False
    for _ in range(6):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    frame = doc[own]
    return frame.dep_ == "advcl" and frame.tag_ == "VBG" and frame.head.i == verb.i and frame.i < verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in frame.children)


def _opening_phrase(doc: Any, tok: int, own: int, governing: set[int]) -> bool:
    """ "In September 1949, after the trial had cast Tito as a traitor, Moscow renounced ...": a phrase that
    opens the sentence before a comma dates the main clause, though the parser hangs it on the clause that
    follows it."""
    verb = doc[own]
    if verb.dep_ not in ("advcl", "ccomp") or verb.head.i not in governing or verb.i > verb.head.i:
        return False
    phrase = doc[tok]
    while phrase.head.i != own and phrase.head.i != phrase.i:
        phrase = phrase.head
    end = max(t.i for t in phrase.subtree)
    return phrase.dep_ == "prep" and phrase.i == 0 and end + 1 < len(doc) and doc[end + 1].text == ","


def _in_a_fronted_clause(doc: Any, tok: int, trigger: Token) -> bool:
    """Whether a word lies in an adverbial clause that opens the sentence and ends at a comma before the subject of
    the trigger's verb ("Unable to agree ... in 1926, Chile and Peru set up")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for clause in verb.children:
        if clause.dep_ != "advcl" or subject is None or clause.i > subject.i or clause.left_edge.i != 0:
            continue
        end = clause.right_edge.i
        if not (clause.left_edge.i <= tok <= end and end + 1 < subject.left_edge.i and doc[end + 1].text == ","):
            continue
        # (not the time of a thing the clause names: "Unwilling to return to the arrangements made after Suez, X
        # sought ...", "Weakened by the war that ended in 1945, Britain withdrew ...")
        word = doc[tok]
        while word.i != clause.i and word.dep_ not in ("acl", "relcl") and word.head.i != word.i:
            word = word.head
        return word.i == clause.i
    return False


def _occasion_of(noun: Token, governing: set[int]) -> bool:
    """Whether a noun is the occasion an act was done at ("at a meeting", "during the summit")."""
    return occasion_noun(noun) and noun.head.head.i in governing


def _means_of(noun: Token, governing: set[int]) -> bool:
    """Whether a noun is the document an act was done by ("in a letter", "by an exchange of notes")."""
    documents, exchanges = word_class("document_nouns"), word_class("document_exchanges")
    if noun.lemma_.lower() in exchanges:  # "an exchange of notes dated ...", the date hung on "exchange"
        if not any(c.lower_ == "of" and any(p.lemma_.lower() in documents for p in c.children)
                   for c in noun.children):
            return False
    elif noun.lemma_.lower() not in documents:
        return False
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in exchanges:
        noun = noun.head.head  # "an exchange of notes"
    prep = noun.head
    # the parser may hang the phrase on the act's object ("agreed to the date in an exchange of letters")
    return noun.dep_ == "pobj" and prep.lower_ in word_class("means_preps") and clause_of(prep.head) in governing


def date_from_time(m: TimeMention, anchor: DateSpan | None, published: date | None,
                   future: bool) -> tuple[DateSpan | None, str | None]:
    """Resolve a mention; returns (date, warning)."""
    span = resolve(m, anchor=anchor, published=published, future=future)
    if span is None:
        if m.kind == "absolute" and published and m.first and m.first > published:
            return None, f"date '{m.text}' is after the publication date {published}: not used"
        return None, None
    if m.since and span.start:
        end = _since_end(anchor, published)
        if end and end >= span.start:
            span = replace(span, end=end, precision=span.precision)
    if m.until and span.end and anchor and anchor.start and anchor.start < span.end:
        span = replace(span, start=max(anchor.start, span.start or anchor.start))
    return span, None


def _since_end(anchor: DateSpan | None, published: date | None) -> date | None:
    """Where "since X" ends: the narrative time in an essay, else publication."""
    if anchor is not None and anchor.end and (published is None or anchor.end < published - timedelta(days=730)):
        return anchor.end
    return published


def reference_date(text: str) -> date | None:
    """The date a cited source was published: the latest dated day or month printed in the entry
    that is not an access date ("accessed on 27 Jan 2019")."""
    found = []
    for m in find_times(text):
        if m.kind != "absolute" or m.first is None or m.precision not in ("day", "month"):
            continue
        if _access().search(text[max(0, m.start - 30):m.start]):
            continue
        found.append(m.first)
    return max(found) if found else None


@cache
def _access() -> re.Pattern[str]:
    """ "accessed on 27 Jan 2019": the words before a date that is not the source's (class access_verbs)."""
    return re.compile(word_alternation("access_verbs") + r"\W+(on\W+)?$", re.IGNORECASE)


def citation_date(refs: list[Reference]) -> DateSpan | None:
    """The month of the latest dated source the sentence cites: the act is reported by then."""
    dated = [d for d in (reference_date(r.text) for r in refs) if d]
    if not dated:
        return None
    d = max(dated)
    return DateSpan(d.replace(day=1), d, "month", None, "citation")


def publication_date(published: date | None) -> DateSpan | None:
    if published is None:
        return None
    return DateSpan(published, published, "day", None, "publication")


def discourse_date(anchor: DateSpan | None) -> DateSpan | None:
    if anchor is None:
        return None
    return replace(anchor, basis="discourse", text=anchor.text)
