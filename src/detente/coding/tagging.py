"""Tag a document before parsing: its sentences, their actors and times, and which sentences go on
to the parser (the cheap filter that keeps the coder fast)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from ..actors import ActorMention, find_actors, names_people
from ..model import Document, Sentence
from ..timex import TimeMention, find_times
from . import continuation, laws, treaties
from .lexicon import (
    CAPITAL_SPEC,
    FORCES_SPEC,
    ORG_SPEC,
    alternation,
    class_forms,
    filter_forms,
    war_fill_forms,
    word_alternation,
    word_class,
    word_classes,
)
from .nlp import after_kept_prefix
from .segment import blank_markers, iter_paragraphs
from .tables import Row as TableRow
from .tables import table_row
from .tenure import term_times

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass
class TaggedSentence:
    sentence: Sentence
    raw: str  # the sentence as parsed: offsets match the document text from sentence.start
    mentions: list[ActorMention]
    times: list[TimeMention]
    candidate: bool = False  # passes the pre-parse filter
    series_only: bool = False  # parsed only for a round of a series (continuation.py), not for triggers
    row_time: TimeMention | None = None  # a table row's date (its first cell), for acts its last cell leaves undated
    row: bool = False
    lead: list[ActorMention] = field(default_factory=list)  # a table row's first cell: the actors it is about
    opens_paragraph: bool = False


@cache
def _passive() -> re.Pattern[str]:
    """A passive: a form of "be", perhaps an adverb, and a participle ("were resumed", "is to be signed")."""
    return re.compile(r"\b" + word_alternation("passive_be_forms") + r"\s+(?:\w+\s+)?(?:re-)?\w+(?:ed|en)\b")


@cache
def _compass_state() -> re.Pattern[str]:
    """ "the North and South signed a declaration": a state named by its compass word alone (not "the North
    Atlantic Treaty")."""
    words = "|".join(w.capitalize() for w in sorted(word_class("compass_words")))
    return re.compile(r"\bthe (?:" + words + r")\b(?! [A-Z])")


@cache
def _bond_signed() -> re.Pattern[str]:
    """A deal named and a participle of signing after it, no party named ("the Memorandum of Agreement, signed in
    August 2016", "a Security of Supply Arrangement signed in 2024")."""
    nouns, forms = alternation(word_classes()["AGREEMENT"]), alternation(class_forms("signing_verbs"))
    return re.compile(r"\b" + nouns + r"s?\b[^.;]{0,60}?\b" + forms + r"\b", re.IGNORECASE)


@cache
def _named_exercise() -> re.Pattern[str]:
    """An exercise or drill called by its name, no party named ("the next Cobra Gold exercise is scheduled for
    May", "the Freedom Edge trilateral exercise took place"): the pair under discussion's, if the story has one."""
    determiners = alternation(w.capitalize() for w in word_class("exercise_name_stopwords"))
    return re.compile(r"\b(?!" + determiners + r"\b)[A-Z][\w-]+(?: [A-Z0-9][\w-]*)* (?:[a-z]+ )?"
                      + alternation(word_classes()["EXERCISE"]) + r"s?\b")


@cache
def _event_nouns() -> frozenset[str]:
    """The nouns of acts that have a course ("talks", "drills"), singular and plural."""
    return frozenset(f for w in word_classes()["SUPPORTED_EVENT"] for f in (w, w + "s"))


@cache
def _breaking_out_forms() -> frozenset[str]:
    """The forms of the verbs fighting with no side named is told with ("broke out", "killed": flag warfill)."""
    return class_forms("outbreak_verbs") | class_forms("toll_verbs")


def candidate(raw: str, mentions: list[ActorMention]) -> bool:
    """Cheap filter before parsing: a trigger word that can fit (with the object or preposition its
    entries ask for, if they all ask for one) and an actor or an anaphor in the sentence (a leader whom the year
    of the story names counts: "President Carter rejected the demand")."""
    words = {w.lower() for w in _WORD.findall(raw)}
    # ("re-established" is read as reestablished, "co-chaired" as cochaired; "co-signed" may be signed, together)
    prefixed = {w: rest for w in words if (rest := after_kept_prefix(w)) is not None}
    words |= {w[:2] + rest for w, rest in prefixed.items()} | set(prefixed.values())
    if laws.mention_pattern().search(raw):
        return True  # a named law (laws.py) is an act of its own when told being made
    if not (mentions or words & word_class("anaphor_filter_words") or names_people(raw)
            or words & word_class("mission_filter_words")
            or (words & word_class("pair_bond_words") and _passive().search(raw)) or _bond_signed().search(raw)
            or _compass_state().search(raw)
            or _named_exercise().search(raw) or treaties.mention_pattern().search(raw)
            or (words & (class_forms("phase_verbs") | class_forms("meeting_setting_verbs")) and words & _event_nouns())
            or (words & war_fill_forms() and words & _breaking_out_forms())):
        return False  # "the drills will begin on Wednesday": talks or an exercise of the pair told before
    if mentions and words & class_forms("appointing_verbs") and words & class_forms("envoy_nouns"):
        return True  # "Pierce appointed James Gadsden minister to Mexico": an envoy to learn (envoys.py)
    free, needs = filter_forms()
    if words & free or any(m.kind == "exercise" for m in mentions):
        return True  # (the name of an exercise series is an act of its own: "Balikatan 2025 ended")
    if any(m.kind == "org" for m in mentions):
        words.add(ORG_SPEC)
    if any(m.actor.sector == "MIL" for m in mentions):
        words.add(FORCES_SPEC)
    if any(m.kind == "capital" for m in mentions):
        words.add(CAPITAL_SPEC)
    return any(words & needs[w] for w in words if w in needs)


def is_news(doc: Document, tagged: list[TaggedSentence]) -> bool:
    """News dates undated acts by publication; essays by their narrative time."""
    return news_by_times(doc, (t.times for t in tagged))


def news_by_times(doc: Document, times: Iterable[list[TimeMention]]) -> bool:
    """is_news from the time expressions of every sentence, in order."""
    if doc.published is None:
        return False
    kinds = [t for sentence in times for t in sentence]
    if not kinds:
        return True
    if any(t.rule == "weekday" for t in kinds):
        return True  # "on Tuesday": a day told by its weekday alone is a report's week
    relative = sum(t.kind == "relative" for t in kinds)
    years = sorted(t.first.year for t in kinds if t.kind == "absolute" and t.first)
    recent = bool(years) and years[len(years) // 2] >= doc.published.year - 2
    return relative / len(kinds) >= 0.25 or recent


def tag_document(doc: Document) -> list[TaggedSentence]:
    """Segment a document and find actors and times in every sentence."""
    return [t for window in tag_windows(doc) for t in window]


def tag_windows(doc: Document, window_chars: int | None = None) -> Iterator[list[TaggedSentence]]:
    """The tagged sentences of a document in windows of whole paragraphs of about window_chars
    characters each (None: one window), tagged as they are read."""
    blanked = blank_markers(doc)
    text = blanked.replace("\n", " ")
    window: list[TaggedSentence] = []
    start = 0
    for paragraph in iter_paragraphs(doc, blanked):
        tagged = [tag_sentence(s, text[s.start:s.end]) for s in paragraph]
        if tagged:
            tagged[0].opens_paragraph = True
        window += tagged
        if window_chars is not None and window and window[-1].sentence.end - start >= window_chars:
            yield window
            start, window = window[-1].sentence.end, []
    if window:
        yield window


def document_is_news(doc: Document) -> bool:
    """is_news of a document read once for its times alone (a long document coded in windows must
    know it before its first window is coded)."""
    if doc.published is None:
        return False
    blanked = blank_markers(doc)
    text = blanked.replace("\n", " ")
    return news_by_times(doc, (_times(text[s.start:s.end], table_row(text[s.start:s.end]))
                               for paragraph in iter_paragraphs(doc, blanked) for s in paragraph))


def _times(raw: str, row: TableRow | None) -> list[TimeMention]:
    # a row's "since 2019" looks back to another act, not the row's own, unless it is the "first ...
    # since" that also tells the earlier act ("First Peru-Chile summit since 2017")
    found = find_times(row.text if row else raw)
    terms = [m for m in term_times(row.text if row else raw)
             if not any(f.start < m.end and m.start < f.end for f in found)]
    if terms:
        found = sorted([*found, *terms], key=lambda m: m.start)  # "Under President Jefferson, ...": his years
    if row is None:
        return found
    text = row.text.lower()
    return [m for m in found if not m.since
            or any(w in word_class("first_words") for w in _WORD.findall(text[:m.start]))]


_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b")


def sentence_cased(raw: str, names: list[tuple[int, int]]) -> str:
    """A headline in title case ("Armenia Accuses Azerbaijan of Shelling Villages; Baku Denies") with the
    words that tell acts, and the small words, in lower case, as the parser reads them best; names and
    the first word keep their capitals, as do the spans in names (its actors and times: "May").
    Other sentences are returned as they are (same length always)."""
    text = raw.rstrip()
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    if not text or text.endswith((".", "!", "?", '"', "”", ":")) or len(words) < 3 \
            or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return raw
    free, needs = filter_forms()
    small = word_class("headline_small_words")
    opening = len(raw) - len(raw.lstrip())
    out = list(raw)
    for match in _TITLE_WORD.finditer(raw):
        low = match.group(0).lower()
        if match.start() == opening:
            continue  # the headline's first word
        if any(s <= match.start() < e for s, e in names) or not (low in free or low in needs or low in small):
            continue
        out[match.start()] = low[0]
    return "".join(out)


def tag_sentence(s: Sentence, raw: str) -> TaggedSentence:
    """A sentence's actors and times, and whether the pre-parse filter passes it (raw: its text
    from the document with markers blanked and line breaks as spaces)."""
    row = table_row(raw)
    if row is not None:
        raw = row.text
    mentions = find_actors(raw)
    times = _times(raw, row)
    if row is None and s.index == 0:  # a news report's headline (a section heading tells no act)
        raw = sentence_cased(raw, [(m.start, m.end) for m in mentions] + [(m.start, m.end) for m in times])
    coded = candidate(raw, mentions)
    series = not coded and continuation.candidate(raw, bool(times), bool(mentions))
    return TaggedSentence(s, raw, mentions, times, coded or series, series, row.time if row else None, row is not None,
                          find_actors(row.lead) if row else [])
