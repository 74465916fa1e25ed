"""A leader's time in office dates an act the text tells of them at a time they held no office: after a scene set in
1850, "President Lincoln sent an envoy to Paris" is of his presidency (1861 to 1865), and "the Truman
administration recognized the new state", told after 1935, of Harry Truman's.

The one reader of the leaders' tenures for dating: the gazetteer picks the person and the office by the narrative
year; this module only moves a date that none of that person's years as head of state or government covers, when
the text names them so (a title, "administration"): a bare surname may be another person's."""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache
from typing import Any

from ..actors.entries import Person, leaders_by_name, surname_of
from ..model import DateSpan
from ..timex import TimeMention
from .anchor import token_of
from .lexicon import word_alternation, word_class

# the offices a head-of-state word names ("President Nixon", "the Roosevelt administration")
_TOP_OFFICES = frozenset({"head_of_state", "head_of_government"})


@cache
def _by_surname() -> dict[str | None, tuple[Person, ...]]:
    """Leaders by surname, built once ("President Johnson" is Andrew or Lyndon; "Carter" alone is looked up for
    every sentence that names him)."""
    table: dict[str | None, list[Person]] = {}
    for person in leaders_by_name().values():
        table.setdefault(surname_of(person), []).append(person)
    return {key: tuple(people) for key, people in table.items()}


def _a_namesake_in_office(person: Person, years: range) -> bool:
    """Whether another leader of the same surname and state held the top office in one of the years (the name
    may be the gazetteer's pick of the wrong one)."""
    return any(other.name != person.name and other.country == person.country and any(
        t.role in _TOP_OFFICES and t.covers(y) for t in other.tenures for y in years)
               for other in _by_surname().get(surname_of(person), ()))


def _told_as_head(token: Any) -> bool:
    """Whether the words around a leader's name make them head of state or government: a title before the name
    ("President Richard Nixon") or a word for the government they led after it ("the Roosevelt administration",
    "Lincoln's presidency")."""
    cues = word_class("head_of_state_cues")
    titles = [c for c in token.children if c.i < token.i and c.dep_ in ("compound", "nmod", "amod", "appos")]
    words = {w.lower_ for t in titles for w in t.subtree} | {t.lemma_.lower() for t in titles}
    if token.dep_ in ("compound", "poss"):
        # the word the name is told with, itself only ("the Roosevelt administration"; not whatever that word's
        # phrase names: "Eisenhower's visit to the president of France")
        words |= {token.head.lower_, token.head.lemma_.lower()}
    # (not "Vice President Nixon", "former President Carter": no act of the office's own years)
    return bool(words & cues) and not words & word_class("not_in_office_words")


# the most years between a date told by the story and a term it is moved into, for a leader named by pronoun or
# surname alone (told "President", the person's term is the date however far off)
_NEAR_A_TERM = 2


def in_office(parsed: Any, token: int, name: str | None, when: DateSpan, published: date | None,
              text: str = "", before: int = 0) -> DateSpan | None:
    """The years in office of the leader named at a token, when the date an act was given from the story falls in
    none of them; else None (the date stands). Among several tenures, the nearest to that date; on a tie, the later
    (a story moves forward). text, before: the document's text and where the sentence starts in it; the text before
    must have named the person by a head of state's title for a pronoun or a bare surname to stand for the office
    ("President Richard M. Nixon assumed office in 1969 ... He and Kissinger turned to a new strategy"; not "In 1967
    Nixon toured Asia as a private citizen. He met ...")."""
    person = leaders_by_name().get(name or "")
    titled = _told_as_head(parsed[token])
    if person is None or when.start is None or not (titled or referred_to(parsed[token])):
        return None  # (a bare surname may be another person's: "Perry" the commodore, not the secretary)
    end = when.end or when.start
    years = range(when.start.year, end.year + 1)
    tenures = [t for t in person.tenures if t.start is not None and t.role in _TOP_OFFICES]
    if not tenures or any(t.covers(y) for t in tenures for y in years) or _a_namesake_in_office(person, years):
        return None
    if not titled and (any(t.covers(y) for t in person.tenures for y in years)
                       or min(t.years_from(when.start.year) for t in tenures) > _NEAR_A_TERM
                       or not _titled_in(text, before, person)):
        # ("he" in the years he was vice president: an act of that office; years before a term that far off are of
        # the person's earlier life; the text searched last, only for a date it would move)
        return None
    year = when.start.year
    nearest = min(tenures, key=lambda t: (t.years_from(year), -(t.start or 0)))
    assert nearest.start is not None
    last = nearest.end if nearest.end is not None else (published.year if published else nearest.start)
    return DateSpan(date(nearest.start, 1, 1), date(last, 12, 31), "year", None, "discourse")


def _titled_in(text: str, before: int, person: Person) -> bool:
    """Whether a text, up to an offset, names the person with a title of head of state or government before the name
    ("President Richard M. Nixon", "Prime Minister Thatcher")."""
    surname = surname_of(person)
    if not surname or text.find(surname, 0, before) < 0:
        return False
    return _titled_name(surname).search(text, 0, before) is not None


@lru_cache(maxsize=256)
def _titled_name(surname: str) -> re.Pattern[str]:
    titles = word_alternation("head_titles")
    return re.compile(rf"\b(?:{titles})\s+(?:[A-Z][\w.]*\s+){{0,3}}{re.escape(surname)}\b")


def referred_to(token: Any) -> bool:
    """Whether a leader's mention is a pronoun or surname that refers back to the person ("He and Kissinger turned
    to a new strategy", "Nixon expected to end the war"), told with no other post: not "former President Carter",
    "Thomas Jefferson, then Minister to France"."""
    if token.tag_ not in ("PRP", "NNP"):
        return False
    words = {w.lower_ for c in token.children if c.dep_ in ("compound", "nmod", "amod", "appos") for w in c.subtree}
    # (nor one told in another role: "toured Asia as a private citizen")
    role = any(c.dep_ == "prep" and c.lower_ == "as" for c in token.head.children)
    return not words & word_class("not_in_office_words") and not any(c.dep_ == "appos" for c in token.children) \
        and not role


def term_times(raw: str) -> list[TimeMention]:
    """The years in office a sentence tells as its time: "Under President James Monroe, ...", "during the Ford
    administration", "throughout the Carter years" are the years that leader held the top office, as a named period
    is its days. Only a leader the words name alone (a full name, or a surname no other head of state or government
    bore) and a single term (or terms in a row): "the Johnson administration" may be Andrew's or Lyndon's."""
    found = []
    for frame in _term_frames():
        for m in frame.finditer(raw):
            span = _one_term(m.group("name"))
            if span is not None:
                first, last = span
                found.append(TimeMention(m.start("core"), m.end("core"), m.group("core"), "absolute", "year", first,
                                         last, period=(first, last)))
    return found


def term_entered(parsed: Any, raw: str, anchor: DateSpan | None) -> DateSpan | None:
    """The first year of a leader's years in the top office, when a sentence tells of the leader in office ("the
    Clinton administration sought new aims", "President Carter named an envoy") and the story still stands before
    them: it has moved on into those years ("during his 1992 campaign, Clinton promised ... The Clinton administration
    sought ... On June 16 the United Nations voted": June 16 of 1993). Forward only (a story may look back at an
    earlier president), and only for a leader the words name alone, with a single term (tenure.term_times), told in
    the parse as the one acting (_acting_now)."""
    if anchor is None or anchor.start is None:
        return None
    now = (anchor.end or anchor.start).year
    low = raw.lower()
    for frame, words in zip(_office_frames(), (word_class("office_nouns"), word_class("elected_titles")), strict=True):
        if not any(w in low for w in words):
            continue  # (most sentences name no office: the frames, which try every capitalised word, are not run)
        for m in frame.finditer(raw):
            if _out_of_office_before().search(raw[max(0, m.start() - 40):m.start()]):
                continue  # "Vice President Bush", "former President Carter": not (or no longer) in office
            # ("President-elect Carter" is no title frame: the title is followed by its hyphen, not a name)
            span = _one_term(m.group("name"))
            if span is not None and span[0].year > now and _acting_now(parsed[token_of(parsed, m.start("name"))]):
                year = span[0].year
                return DateSpan(date(year, 1, 1), date(year, 12, 31), "year", None, "discourse")
    return None


def _acting_now(name: Any) -> bool:
    """Whether a leader's name (or the office it names: "the Carter administration") is the subject of the sentence's
    main verb, told as done in the past ("the Carter administration sought", "President Carter named"; not "would later
    reverse", "Park hoped the Reagan administration would be kinder", "was then in prison")."""
    word = name.head if name.dep_ in ("compound", "poss") else name
    while word.dep_ in ("compound", "flat", "appos") and word.head.i != word.i:
        word = word.head
    verb = word.head
    later = word_class("afterwards_adverbs") | {"later"}
    return word.dep_ == "nsubj" and verb.dep_ == "ROOT" and verb.pos_ == "VERB" and verb.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") or (c.dep_ == "advmod" and c.lower_ in later) for c in verb.children)


@cache
def _out_of_office_before() -> re.Pattern[str]:
    """ "Vice President ", "former ", "the incoming administration of ", "before the": the words before a title that
    keep the leader out of the office's years."""
    return re.compile(r"(?i:\b(?:(?:" + word_alternation("not_in_office_words") + r")[\s-]+(?:(?:"
                      + word_alternation("term_nouns") + r")\s+of\s+)?|(?:" + word_alternation("before_office_words")
                      + r")(?:\s+to)?\s+(?:the\s+)?))$")


@cache
def _office_frames() -> tuple[re.Pattern[str], ...]:
    """ "the Clinton administration", "Carter's presidency", "President Carter" (word classes office_nouns,
    elected_titles; not "Stalin's government", "the Clinton years", which name people out of the office too)."""
    # (not "The" opening a sentence; nor a regnal name: "George II")
    name = r"(?P<name>(?!The\b)[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]+)){0,3})(?!\s+[IVX]+\b)"
    title = r"\b(?i:" + word_alternation("elected_titles") + r")\s+"
    return (re.compile(r"\b" + name + r"(?:['’]s)?\s+(?i:" + word_alternation("office_nouns") + r")\b"),
            re.compile(title + name + r"\b"))


@cache
def _term_frames() -> tuple[re.Pattern[str], ...]:
    """ "during the X administration", "under X's presidency"; "Under President X, ...", "relations soured under
    President X, who ..." (word classes term_preps, term_nouns, head_of_state_titles)."""
    name = r"(?P<name>[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]+)){0,3})"
    prep = r"\b(?i:" + word_alternation("term_preps") + r")\s+"
    title = r"(?i:" + word_alternation("head_of_state_titles") + r")\s+"
    return (re.compile(prep + r"(?P<core>(?:the\s+)?(?:" + title + ")?" + name + r"(?:['’]s)?\s+(?i:"
                       + word_alternation("term_nouns") + r"))\b"),
            re.compile(prep + r"(?P<core>" + title + name + r")(?=\s*,)"))


@lru_cache(maxsize=4096)
def _one_term(written: str) -> tuple[date, date] | None:
    """The first and last day of the one span of years in the top office of the leader named so, if the name
    singles out one leader."""
    name = re.sub(r"\s+[A-Z]\.(?=\s)", "", written)
    people = [p for p in leaders_by_name().values() if name == p.name or name in p.aliases]
    if not people and " " not in name:
        people = [p for p in _by_surname().get(name, ()) if any(t.role in _TOP_OFFICES for t in p.tenures)]
    if len(people) != 1:
        return None
    spans = sorted((t.start, t.end) for t in people[0].tenures if t.role in _TOP_OFFICES and t.start is not None)
    if not spans:
        return None
    first, last = spans[0]
    for start, end in spans[1:]:
        if last is None or start > last + 1:
            return None  # (terms apart: which one is meant is not told)
        last = end if end is None or last < end else last
    if last is None:
        return None
    return date(first, 1, 1), date(last, 12, 31)
