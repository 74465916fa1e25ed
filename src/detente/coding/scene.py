"""Narrative time: which dates move the story on, and which only look back or aside."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..model import DateSpan
from ..timex import TimeMention
from .clauses import MODIFIER_DEPS
from .lexicon import word_alternation, word_class


def narrative(span: DateSpan) -> bool:
    """Whether a date can serve as narrative time: a point in time, not a span of years."""
    if span.start is None or span.end is None:
        return False
    return span.precision not in ("decade", "century", "unknown") and (span.end - span.start).days <= 740


def told_as_past(token: Any) -> bool:
    """Whether the act is told in the simple past ("took", "was held"), or as a noun of a verb that is."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    return verb.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def told_in_present_perfect(token: Any) -> bool:
    """ "India has purchased ... since 2008", "the two have held drills": an act told as running up to
    the time of writing (or a noun of a verb that is)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in word_class("present_perfect_auxiliaries") for c in verb.children)


def since_the_present(token: Any) -> bool:
    """ "ties have grown warmer since Kim travelled to Moscow": an act in a "since" clause of a present perfect,
    which runs from it up to the time of writing (or a noun of such an act)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "since Kim travelled to Russia and met Putin"
    marks = word_class("since_marks")
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children) \
        and told_in_present_perfect(verb.head)


def told_as_present(token: Any) -> bool:
    """Whether the act is told in the present or with "will" ("is expected", "will visit", "plans to
    visit"), or as a noun of a verb that is."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    for _ in range(3):  # "plans to visit": the governing verb carries the tense
        if verb.tag_ in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBZ", "VBP") or c.lower_ in word_class("future_auxiliaries"))
            for c in verb.children
        ):
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


# what may come before a time that opens a sentence: "Late in the evening of March 9, 1916, ..."
_LEAD_IN = re.compile(r"^[A-Z]?[a-z]*(?:\s+[a-z]+){0,5}\s*$")


def opens(raw: str, m: TimeMention) -> bool:
    """Whether a time opens its sentence: at its start, or after a few lower-case words of a
    leading adverbial that the time closes with a comma."""
    if m.start <= 12:
        return True
    return m.start <= 40 and bool(_LEAD_IN.match(raw[:m.start])) and raw[m.end:m.end + 1] == ","


def flashback(token: Any, span: DateSpan, anchor: DateSpan | None) -> bool:
    """ "In 1957, Eisenhower had promised that ...": an earlier time told in the past perfect is
    background; so is one told by a participle describing a thing ("bound by an alliance signed in
    1873"). The narrative stays where it was."""
    if anchor is None or anchor.start is None or span.end is None or span.end >= anchor.start:
        return False
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    return any(c.dep_ == "aux" and c.lower_ in word_class("past_perfect_auxiliaries")
               for c in verb.children) and verb.tag_ == "VBN"


def of_a_noun(token: Any) -> bool:
    """ "Relying on the accords with Austria in 1867, ...": a time in a phrase that modifies a
    noun dates that thing (the agreements), not the scene."""
    # (but "the suppression of the protests on June 4, 1989, cooled relations": the main clause's subject is what
    # the sentence tells, and its time where the story stands)
    # (nor "on the night of June 3": the time itself)
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("NOUN", "PROPN") \
        and not _subject_of_the_sentence(token.head.head) \
        and token.head.head.lemma_.lower() not in word_class("day_part_nouns")


def _subject_of_the_sentence(noun: Any) -> bool:
    """Whether a noun, or the noun whose "of" phrase holds it, is the subject of the sentence's root."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"


def before_its_noun(token: Any) -> bool:
    """Whether a time is written before a noun as its modifier ("the 1981 imposition of martial law")."""
    return token.dep_ in MODIFIER_DEPS and token.i < token.head.i and token.head.pos_ in ("NOUN", "PROPN")


def marks_a_thing(token: Any) -> bool:
    """ "agreed to revise the 1936 convention": a time written before a noun other than the subject, as its
    modifier, tells which thing is meant (when it was made), not where the story stands."""
    noun = token.head
    # (not "responded with the 1962 blockade", "hosted the 1978 talks": the act told; only what an act works on, or what
    # it is done under: "agreed to revise the 1936 convention", "sent troops under the 1936 treaty")
    return before_its_noun(token) and noun.lemma_.lower() not in word_class("time_nouns") \
        and ((noun.dep_ == "dobj" and noun.head.lemma_.lower() in word_class("acting_on_earlier_verbs"))
             or (noun.dep_ == "pobj" and noun.head.lower_ in word_class("framing_preps")))


def moves_away(anchor: DateSpan | None, period: DateSpan) -> bool:
    """Whether a period set as the scene ("in the mid-19th century") leaves narrative time behind:
    a precise time inside the period still holds, one outside it ("in 1639", two paragraphs
    back) no longer dates what follows, and the coarse period does so more truthfully."""
    if period.start is None or period.end is None:
        return False
    if anchor is None or anchor.start is None or anchor.end is None:
        return True
    return anchor.end < period.start or anchor.start > period.end


_SECTION_HEADING = re.compile(r"[^.;:!?]+, (\d{4}(?:\s*[–-]\s*\d{4})?)\.?")


def section_heading(t: Any) -> TimeMention | None:
    """section_year of a tagged sentence: its first two sentences are the document's title and subtitle."""
    return section_year(t.raw, t.times, t.sentence.index <= 1)


def section_year(raw: str, times: list[TimeMention], title: bool = False) -> TimeMention | None:
    """The year that ends a chronicle's section heading ("Relations Resumed, 1913."), or the years that end
    an essay's ("The Johnson Administration and the Conflict, 1963–1967"): the time of the section,
    whatever the story's time before it (title: the document's first lines, title and subtitle, whose years span
    the whole text and set no scene)."""
    words = raw.split()
    heading = _SECTION_HEADING.fullmatch(raw.strip()) if 2 <= len(words) <= 14 else None
    if heading is None:
        return None
    long_words = [w for w in words[:-1] if len(w) > 3]
    if not long_words or sum(w[0].isupper() for w in long_words) * 2 < len(long_words):
        return None  # a title in title case, not a sentence
    lowered = [w.strip(",().").lower() for w in words]
    span = any(c in heading.group(1) for c in "–-")
    if span and (title or raw.strip().endswith(".")):
        return None  # (a heading of years has no full stop: "Eden, Full Circle, 1939–1968." is a citation)
    # ("Cyclone Nargis, 2008.", "Fall of Saigon, 1975.": a few words, capitalised but for small words, and no comma
    # before the year's, where a citation names an author first, "Eden, Full Circle, 1960.", and a caption places a
    # person, "Frei in Santiago")
    before = raw.strip()[:heading.start(1)].rstrip(", ")
    small = word_class("heading_small_words")
    titled = "," not in before and 2 <= len(before.split()) <= 6 and before[:1].isupper() \
        and all(w[:1].isupper() or w in small for w in before.split())
    if not (span or titled or any(w in word_class("section_heading_words") for w in lowered)) \
            or any(w in word_class("citation_words") for w in lowered):
        # a heading of relations ("Legation Raised to Embassy, 1922."), not a citation ("Eden, Full Circle,
        # 1960.", "Quoted in Diaz, The Border War, 2008.")
        return None
    return next((m for m in times if m.text == heading.group(1)), None)


def later_full_dates(raw: str, times: list[TimeMention], anchor: DateSpan | None) -> list[TimeMention]:
    """Full dates after narrative time brought in by "in", "by" or "until", in a sentence that tells
    no act: "there had been no incidents until 1990, when ..." moves the story on; so does the date of an occasion
    ("set out at the August 1941 Atlantic Conference")."""
    if anchor is None or anchor.end is None:
        return []
    return [m for m in times if m.kind == "absolute" and m.first and m.first > anchor.end
            and _scene_setting().search(raw[max(0, m.start - 12):m.start]) and not a_look_ahead(raw, m, anchor)]


def a_look_ahead(raw: str, m: TimeMention, anchor: DateSpan | None) -> bool:
    """ "The border was not settled, however, until the Locarno Conference of 1925", told of 1921: a time of a later
    year brought in by "until" after a "not", with no "when" clause after it, tells how long the story's matter
    waited, and the story stays where it was (not "there had been no incidents until 1990, when ...", which goes on
    from 1990; nor "the quarrels delayed the talks until October"; nor "the withdrawal did not begin until August
    21", told of July: the story goes on from there)."""
    return bool(_until().search(raw[max(0, m.start - 7):m.start])) and not _followed_by_when().match(raw, m.end) \
        and bool(_negator().search(raw[:m.start])) and anchor is not None and anchor.end is not None \
        and m.first is not None and m.first.year > anchor.end.year


@cache
def _negator() -> re.Pattern[str]:
    """A word that denies the act the "until" time is told of (class waiting_negators)."""
    return re.compile(r"\b" + word_alternation("waiting_negators") + r"\b", re.IGNORECASE)


@cache
def _until() -> re.Pattern[str]:
    """The words that bring in the end of a wait (class until_preps)."""
    return re.compile(r"\b" + word_alternation("until_preps") + r"\s+$")


@cache
def _followed_by_when() -> re.Pattern[str]:
    """A clause that goes on from the time just told (class going_on_words)."""
    return re.compile(r"\s*,?\s*" + word_alternation("going_on_words") + r"\b")


@cache
def _scene_setting() -> re.Pattern[str]:
    """The words that bring in a date that moves the story on (class scene_setting_preps)."""
    return re.compile(r"\b" + word_alternation("scene_setting_preps") + r"\s+$")


def told_in_past_perfect(token: Any) -> bool:
    """ "had shelled", "had been signed": an act told as before another past one."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    return any(c.dep_ == "aux" and c.lower_ in word_class("past_perfect_auxiliaries") for c in verb.children)
