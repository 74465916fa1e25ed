"""The coder: a pure function from a Document to its events.

segment -> tag (actors, times, trigger words) -> filter -> parse (batched) ->
code (type, source, target) -> anchor (date) -> judge (status) -> merge.

The stages, each a function that takes and returns explicit values:

- document (here): walks the sentences in order with the Story (discourse, events told so
  far) and narrative time (dating.Narrative), then merges mentions of one act;
- sentence (here): finds the sentence's actors and triggers; returns narrative time after it;
- trigger (trigger.py): the type and status of one act, its parties (dyads.py), its dates
  (dating.py), and its events; acts told again are in repeats.py.
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..actors import ActorMention, actor_of_code, find_actors, names_people
from ..actors.entries import name_words, second_mention_first
from ..model import Actor, DateSpan, Document, Event, Sentence
from . import anchor as anchoring
from . import scene
from .arguments import ActorRef, SentenceActors
from .captions import TableReader, row_events
from .clauses import compared_clauses, placed_in
from .dating import Narrative, later_past_date, scene_time, told_later
from .discourse import Discourse, anaphor_refs, state_of
from .envoys import learn_envoys
from .lexicon import PERSON_KINDS, PLACE_KINDS, word_class
from .match import find_triggers
from .merge import Merger
from .nlp import parse
from .repeats import follow_ups, series_rounds
from .story import DocumentContext, SentenceView, Story, latest_naming
from .tagging import TaggedSentence, document_is_news, is_news, tag_document, tag_windows
from .trigger import code_named_laws, code_trigger

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_THE_CAPITALISED = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b(?! of| for| on)")  # "the Partnership", not "the League of"


# A document longer than this is coded alone, in windows of whole paragraphs of about this size:
# the coder holds one window's tagged sentences at a time, and reports (and stores) each one done.
WINDOW_CHARS = 50_000


class DocumentCoder:
    """One document as the coder reads it, sentence by sentence in order: what the text has told
    so far (the Story: discourse, people, acts told) and narrative time, carried from one sentence,
    and one window, to the next; and the acts told, merged as they come."""

    def __init__(self, doc: Document, news: bool) -> None:
        self.ctx = DocumentContext.of(doc, news)
        self.story = Story()
        self.time = Narrative()
        self.merger = Merger(self.story.headline_ids)
        self._merged_upto = 0
        self.tables = TableReader()

    def code(self, t: TaggedSentence, parsed: Any) -> None:
        """Code the next sentence (parsed: its parse, None when the pre-parse filter left it out)."""
        before = len(self.story.events)
        after = code_sentence(self.ctx, self.story, t, parsed, self.time)
        self.time = self.time if t.row else after  # a table lists dates; it tells no story
        caption = self.tables.caption_of_row(t, self.story)
        if caption is not None and len(self.story.events) == before:  # a row that states no act of its own
            self.story.events.extend(row_events(self.ctx, t, caption))

    def merge_told(self) -> None:
        """Merge the acts told since the last call into the document's events."""
        for e in self.story.events[self._merged_upto:]:
            self.merger.add(e)
        self._merged_upto = len(self.story.events)

    def finish(self) -> list[Event]:
        """The document's events, once every sentence is coded."""
        self.merge_told()
        published = anchoring.publication_date(self.ctx.doc.published)
        for at, e in enumerate(self.merger.merged):
            if e.date.start is None and e.id in self.story.headline_ids and e.status == "occurred" and published:
                # a headline act the body does not restate: dated by publication, like any news act
                self.merger.redate(at, published)
        return self.merger.merged


def _code_tagged(doc: Document, tagged: list[TaggedSentence], parses: Iterator[Any]) -> list[Event]:
    """Code one tagged document, taking the parse of each candidate sentence from the stream in
    order: parses are used as they come and dropped."""
    coder = DocumentCoder(doc, is_news(doc, tagged))
    for t in tagged:
        coder.code(t, next(parses) if t.candidate else None)
    return coder.finish()


@dataclass
class Window:
    """What coding one window of a document found. The last window of a document has no sentences
    and gives the document's events."""

    sentences: list[Sentence]
    done: int  # characters of the document text read so far
    changed: list[tuple[int, Event]]  # (position among the document's events, event): new or joined since
    events: list[Event] | None = None  # the document's events, in the last window


def code_windows(doc: Document, window_chars: int = WINDOW_CHARS) -> Iterator[Window]:
    """Code a document in windows of whole paragraphs, carrying the discourse from one to the next:
    the events are those extract_document gives. Only the window being coded (and the one the
    parser reads ahead into) is held in memory."""
    windows = tag_windows(doc, window_chars)
    head = list(itertools.islice(windows, 2))
    # news or essay is read from the times of the whole document, before its first sentence
    news = is_news(doc, head[0] if head else []) if len(head) < 2 else document_is_news(doc)
    coder = DocumentCoder(doc, news)
    feed = _Feed(itertools.chain(head, windows))
    parses = parse(feed.texts())
    while (window := feed.next_window()) is not None:
        for t in window:
            coder.code(t, next(parses) if t.candidate else None)
        coder.merge_told()
        yield Window([t.sentence for t in window], window[-1].sentence.end, coder.merger.changed())
    events = coder.finish()
    yield Window([], len(doc.text), coder.merger.changed(), events)


class _Feed:
    """The tagged windows of one document, read by the parser (which runs ahead by a batch of
    sentences) and by the coder, each in order: the parser sees the sentences it would see if the
    document were tagged whole, so the parses are the same."""

    def __init__(self, windows: Iterator[list[TaggedSentence]]) -> None:
        self._windows = windows
        self._to_code: deque[list[TaggedSentence]] = deque()
        self._to_parse: deque[list[TaggedSentence]] = deque()

    def _pull(self) -> bool:
        window = next(self._windows, None)
        if window is None:
            return False
        self._to_code.append(window)
        self._to_parse.append(window)
        return True

    def texts(self) -> Iterator[str]:
        """The text of every sentence the pre-parse filter passed, in order."""
        while self._to_parse or self._pull():
            yield from (t.raw for t in self._to_parse.popleft() if t.candidate)

    def next_window(self) -> list[TaggedSentence] | None:
        """The next window to code, None after the last."""
        if not self._to_code and not self._pull():
            return None
        return self._to_code.popleft()


def extract_document(doc: Document) -> list[Event]:
    """Code one document: every event with its actors, date, status and evidence."""
    return next(extract_documents([doc]))


Tick = Callable[[int, int], None]  # (characters, sentences) coded since the last call


def extract_documents(docs: Iterable[Document], batch_sentences: int = 2000,
                      tick: Tick | None = None) -> Iterator[list[Event]]:
    """Code documents in order, parsing the sentences of several documents in one stream (faster);
    a long document is coded alone, in windows (code_windows). tick: told what was coded, after each
    document and each window of a long one."""
    return (events for events, _ in _code_documents(docs, batch_sentences, tick, keep_sentences=False))


def _code_documents(docs: Iterable[Document], batch_sentences: int = 2000, tick: Tick | None = None,
                    keep_sentences: bool = True) -> Iterator[tuple[list[Event], list[Sentence]]]:
    """(events, sentences) of each document in order (see extract_documents); a long document's
    sentences only when keep_sentences (a 50 MB text has 750,000 of them)."""
    pending: list[tuple[Document, list[TaggedSentence]]] = []
    size = 0
    for doc in docs:
        if len(doc.text) > WINDOW_CHARS:
            yield from _flush(pending, tick)
            pending, size = [], 0
            yield _windows_ticked(code_windows(doc, WINDOW_CHARS), tick, keep_sentences)
            continue
        tagged = tag_document(doc)
        pending.append((doc, tagged))
        size += sum(t.candidate for t in tagged)
        if size >= batch_sentences:
            yield from _flush(pending, tick)
            pending, size = [], 0
    yield from _flush(pending, tick)


def _windows_ticked(windows: Iterator[Window], tick: Tick | None,
                    keep_sentences: bool = True) -> tuple[list[Event], list[Sentence]]:
    """The events and sentences (none unless keep_sentences) of a document coded in windows, ticking
    after each window."""
    done = 0
    sentences: list[Sentence] = []
    for window in windows:
        if tick:
            tick(window.done - done, len(window.sentences))
        done = window.done
        if keep_sentences:
            sentences += window.sentences
        if window.events is not None:
            return window.events, sentences
    return [], sentences


def _flush(pending: list[tuple[Document, list[TaggedSentence]]],
           tick: Tick | None = None) -> Iterator[tuple[list[Event], list[Sentence]]]:
    parses = parse(t.raw for _, tagged in pending for t in tagged if t.candidate)
    for doc, tagged in pending:
        events = _code_tagged(doc, tagged, parses)
        if tick:
            tick(len(doc.text), len(tagged))
        yield events, [t.sentence for t in tagged]


def code_sentence(ctx: DocumentContext, story: Story, t: TaggedSentence, parsed: Any,
                  time: Narrative) -> Narrative:
    """Code one sentence (parsed is None when the pre-parse filter found nothing to parse in it): its
    events go to the story, its actors to the discourse. Returns narrative time after the sentence."""
    story.discourse.next_sentence(t.sentence.paragraph)
    time = time.told(t.times)
    mentions = _mentions(ctx, story, t, time)
    if parsed is None:
        for i, m in enumerate(mentions):
            story.discourse.saw(m.actor, m.kind, subject=i == 0)
        return scene_time(t, None, time, _scene_publication(ctx, time), ctx.news)
    if t.series_only:
        before = len(story.events)
        _, time = series_rounds(ctx, story, t, parsed, time)
        _, time = follow_ups(ctx, story, t, parsed, actor_tokens(parsed, mentions), set(), time)
        if len(story.events) == before:
            time = scene_time(t, None, time, _scene_publication(ctx, time), ctx.news)  # as for any sentence not parsed
        return time
    return _code_acts(ctx, story, t, parsed, mentions, time)


def _day_told_before(story: Story, t: TaggedSentence) -> DateSpan | None:
    """The last day one of the two sentences just before dated an act by, told in its own words."""
    # (the events are in the order told: only the last few are read, not the whole story for every sentence)
    recent = itertools.takewhile(lambda e: e.evidence.sentence >= t.sentence.index - 2, reversed(story.events))
    return next((e.date for e in recent if e.evidence.sentence < t.sentence.index
                 and e.date.text is not None and e.date.precision == "day"), None)


def _planned_talks(story: Story, word: str) -> bool:
    """Whether the latest talks the story told by this word were a plan ("planned talks in 1958"): suspending
    "the talks" calls those off."""
    told = latest_naming(story.events, word)
    return told is not None and told.status == "planned"


def _code_acts(ctx: DocumentContext, story: Story, t: TaggedSentence, parsed: Any, mentions: list[ActorMention],
               time: Narrative) -> Narrative:
    """Code the triggers of a parsed sentence in order, then the rounds and follow-ups it tells."""
    base = actor_tokens(parsed, mentions)
    compared = compared_clauses(parsed)
    sent = SentenceView(t, parsed, [r for refs in base.values() for r in refs if r.via == "parse"
                                    and r.token not in compared], previous_day=_day_told_before(story, t))
    by_token = base
    last_date = None
    taken: set[int] = set()
    for match in find_triggers(parsed, SentenceActors(parsed, dict(base)), lambda word: _planned_talks(story, word)):
        taken.update(match.tokens)
        # anaphors are resolved against the discourse as of this trigger: an act earlier in the
        # sentence may have set the pair that "both countries" refers to
        by_token = {**base, **anaphor_refs(parsed, set(base), story.discourse, base)}
        date_used, time = code_trigger(ctx, story, sent, SentenceActors(parsed, by_token), match, time)
        if date_used is not None:
            # "X visited in 2015, and Y came the following year": the next clause reads from here
            time = time.moved_to(date_used, t.sentence.index)
        last_date = date_used or last_date
    code_named_laws(ctx, story, sent, time)
    _note_mentions(parsed, mentions, by_token, story.discourse)
    learn_envoys(parsed, base, story.people)
    moved, time = series_rounds(ctx, story, t, parsed, time, taken)
    last_date = moved or last_date
    moved, time = follow_ups(ctx, story, t, parsed, base, taken, time)
    last_date = moved or last_date
    if last_date is not None:
        last_date = told_later(sent, story.events, last_date, ctx.doc.published) or last_date
        # "the prince was killed in May 1961, and the army overthrew his heir in September 1963": a later day
        # the main clause tells as past, though no act between states was dated by it, moves the story on
        later = later_past_date(parsed, t.times, last_date)
        moved = anchoring.resolve(later, anchor=last_date, published=ctx.doc.published) if later else None
        return time.moved_to(moved if moved is not None and scene.narrative(moved) else last_date, t.sentence.index)
    return scene_time(t, parsed, time, _scene_publication(ctx, time), ctx.news)


def _scene_publication(ctx: DocumentContext, time: Narrative) -> date | None:
    """The date a time with no year of its own is read from when it sets the scene: publication for news, and
    for an essay only once it has told a time ("On March 31, ..." opening an essay is no date of its
    publication year)."""
    return ctx.doc.published if time.publication_year_holds(ctx.news) else None


def _mentions(ctx: DocumentContext, story: Story, t: TaggedSentence, time: Narrative) -> list[ActorMention]:
    """The actors a sentence names, in the sense this document gives them, with the people it named before."""
    year = _year_of(t, time, ctx.doc.published)
    named = bool(t.mentions) or names_people(t.raw)  # (a leader only a year tells apart: "President Carter")
    mentions = find_actors(t.raw, year) if named else []
    own = _own_year(t, time, ctx.doc.published) if named else None
    if own is not None and own != year:
        # "Carter met Brezhnev in June 1979", told first or out of the story's order: a leader the sentence's own
        # year names, where the story's year names no one
        mentions = sorted([*mentions, *(m for m in find_actors(t.raw, own) if m.kind == "leader" and not any(
            n.start < m.end and m.start < n.end for n in mentions))], key=lambda m: m.start)
    if ctx.other_senses:
        mentions = [m for m in mentions if not (m.kind == "demonym" and m.text in ctx.other_senses)]
    if ctx.seats:
        # not as a name's modifier: "the Brussels Summit" is named after the place
        seated = [_as_seat(m, ctx.seats[m.text]) if m.kind == "capital" and m.text in ctx.seats
                  and not _NAME_FOLLOWS.match(t.raw, m.end) else m for m in mentions]
        mentions = [m for m in seated if m is not None]
    if ctx.home_bodies:
        mentions = _with_home_bodies(t.raw, mentions, ctx.home_bodies)
    if ctx.short_names:
        mentions = [m for m in (_as_named_in_full(m, ctx.short_names) for m in mentions) if m is not None]
    known = _known_bodies(t.raw, _known_people(t.raw, mentions, story.people), story.bodies)
    return _known_acronyms(t.raw, known, story.acronyms)


_NAME_FOLLOWS = re.compile(r"\s+[A-Z]")


_PLACED_AFTER = re.compile(r"\s+in\s+")


def _with_home_bodies(raw: str, mentions: list[ActorMention],
                      bodies: list[tuple[re.Pattern[str], str, str, str]]) -> list[ActorMention]:
    """ "the Senate ratified the treaty" in a history of American foreign relations: the bare name of a body
    whose state the document leaves to its reader, where no other name covers it."""
    added = []
    for names, country, sector, name in bodies:
        for match in names.finditer(raw):
            placed = _PLACED_AFTER.match(raw, match.end())
            if placed and any(m.start == placed.end() for m in mentions):
                continue  # "the Administration in Baghdad": the body of the place named
            if not any(m.start < match.end() and match.start() < m.end for m in mentions):
                actor = Actor(match.group(), name, country, sector, country + sector)
                added.append(ActorMention(match.start(), match.end(), match.group(), actor, "institution"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _as_named_in_full(mention: ActorMention, short: dict[str, tuple[str, str]]) -> ActorMention | None:
    """ "Congo" (and "the Congolese army") in a report that names the Democratic Republic in full; None for
    a name this document gives no state ("Foreign Office Consultations" in a report on India)."""
    states = next((v for k, v in short.items() if mention.text == k or mention.text.startswith(k + " ")), None)
    if states is None or mention.actor.country != states[0]:
        return mention
    country = states[1]
    if country == "-":
        return None
    code = country + (mention.actor.code or "")[len(states[0]):]
    actor = actor_of_code(country)
    name = actor.name if actor is not None else mention.actor.name
    return replace(mention, actor=replace(mention.actor, country=country, code=code, name=name))


def _as_seat(mention: ActorMention, code: str) -> ActorMention | None:
    """A capital read as the organisation seated there ("Brussels" in a report on the EU); None where the
    document names two organisations seated there (code "")."""
    actor = actor_of_code(code) if code else None
    return replace(mention, actor=replace(actor, text=mention.text), kind="org") if actor is not None else None


def _year_of(t: TaggedSentence, time: Narrative, published: date | None) -> int | None:
    """The year a sentence's names are read in: the time that opens it ("In 1916, Wilson ..."), else
    where the story stands (who "Wilson" is depends on the year)."""
    for m in t.times:
        if m.kind == "absolute" and scene.opens(t.raw, m):
            span = anchoring.resolve(m, anchor=time.anchor, published=published)
            if span is not None and span.start is not None:
                return span.start.year
    return time.year(published)


def _own_year(t: TaggedSentence, time: Narrative, published: date | None) -> int | None:
    """The one year every date the sentence gives in full falls in, if it gives any."""
    years = set()
    for m in t.times:
        if m.kind == "absolute":
            span = anchoring.resolve(m, anchor=time.anchor, published=published)
            if span is not None and span.start is not None and span.end is not None:
                years |= {span.start.year, span.end.year}
    return years.pop() if len(years) == 1 else None


_PERSON = r"[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+){1,2}"
# "the U.S. Minister to Mexico, James Gadsden", "U.S. Minister to Mexico James Gadsden"
_HOLDER_AFTER = re.compile(r"(?:\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?,?\s+(" + _PERSON
                           + r")\b")
# "James Gadsden, the American minister to Mexico", "appointed James Gadsden as U.S. Minister"
_HOLDER_BEFORE = re.compile(r"\b(" + _PERSON + r"),?\s+(?:the\s+|an\s+|a\s+|as\s+)?$")


def _post_holders(raw: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The people a post the text names stands beside ("the U.S. Minister to Mexico, James Gadsden", "James
    Gadsden, the American minister"), as officials of the post's state: the gazetteer finds the post, not them."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for m in mentions:
        if m.kind != "official" or not m.actor.country or all(w[:1].isupper() for w in name_words(m.actor.name or "")):
            continue  # (a post with its holder's name: "Secretary of State Daniel Webster")
        after = _HOLDER_AFTER.match(raw, m.end)
        before = _HOLDER_BEFORE.search(raw, max(0, m.start - 60), m.start)
        for hit, start in ((after, after.start(1) if after else 0), (before, before.start(1) if before else 0)):
            if hit is None:
                continue
            name = hit.group(1)
            end = start + len(name)
            if any(s < end and start < e for s, e in taken) or name.split()[0] in word_class("not_first_names"):
                continue
            found.append(ActorMention(start, end, name, replace(m.actor, text=name, name=name), "official"))
            taken.append((start, end))
    return sorted(mentions + found, key=lambda x: x.start) if found else mentions


def _known_people(raw: str, mentions: list[ActorMention], people: dict[str, Actor]) -> list[ActorMention]:
    """Learn the surnames of named officials ("Prime Minister Imran Khan") into people, and find them
    again later in the document ("Khan's upcoming visit"), where the gazetteer alone would not."""
    mentions = _post_holders(raw, mentions)
    for m in mentions:
        words = name_words(m.text)  # "Ferdinand Marcos Jr.": Marcos
        if m.kind in ("official", "leader") and words and m.actor.country:
            # "Khan's": Khan; "Marcos" keeps its s; "North Korean leader Kim Jong Un" (named Kim Jong-un): Kim
            # (a person's name: not "China foreign ministry spokesperson", a post the text names no one for)
            named = name_words(m.actor.name or "")
            person = bool(named) and all(w[:1].isupper() for w in named)
            # (where the custom is the first word, the last may still be the one used: "Syngman Rhee": Rhee)
            later = (named[:1] if person else []) if second_mention_first(m.actor.country) else []
            for word in [*later, *words[-1:]]:
                last = re.sub(r"['’]s?$", "", word)
                if last[:1].isupper() and len(last) > 2:
                    known = people.get(last)
                    # (a name two states' people share in this text is no one's alone: "Kim" of the two Koreas)
                    people[last] = m.actor if known is None or known.country == m.actor.country else _NO_ONE
    if not people:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    for match in _CAPITALISED.finditer(raw):
        name = match.group(0)
        actor = people.get(name)
        if actor and actor is not _NO_ONE and not any(s <= match.start() < e for s, e in taken):
            extra.append(ActorMention(match.start(), match.end(), name,
                                      Actor(name, actor.name, actor.country, actor.sector, actor.code), "leader"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


_NO_ONE = Actor("", None, None)  # a second-mention name shared by people of two states


def _known_bodies(raw: str, mentions: list[ActorMention], bodies: dict[str, Actor]) -> list[ActorMention]:
    """Learn the head word of organisations named in full ("the Partnership for Peace", "the League of
    Nations") into bodies, and find them again later in the document by it ("Russia joined the
    Partnership in June 1994"), where the gazetteer alone would not."""
    for m in mentions:
        words = m.text.split()
        if m.kind == "org" and len(words) >= 2:
            cut = next((i for i, w in enumerate(words) if w in word_class("name_linking_words")), len(words))
            head = words[cut - 1] if cut > 0 else ""
            if head[:1].isupper() and head[1:].islower() and len(head) > 3:
                bodies[head] = m.actor
    if not bodies:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = [ActorMention(match.start(1), match.end(1), match.group(1), bodies[match.group(1)], "org")
             for match in _THE_CAPITALISED.finditer(raw) if match.group(1) in bodies
             and not any(s <= match.start(1) < e for s, e in taken)]
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


_ACRONYM_AFTER = re.compile(r"\s*\((?:the\s+)?([A-Z]{2,6})\)")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _initials(name: str) -> str:
    """The capital initials of a name's words ("China Coast Guard": CCG, "Inter-American Peace Force": IAPF)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _known_acronyms(raw: str, mentions: list[ActorMention],
                    acronyms: dict[str, tuple[Actor, str]]) -> list[ActorMention]:
    """Learn the acronym a text gives a body it names in full ("the China Coast Guard (CCG)") and find the body
    again by it ("the CCG fired water cannon"), where the gazetteer alone would not."""
    for m in mentions:
        after = _ACRONYM_AFTER.match(raw, m.end)
        if after is not None and m.actor.code and m.kind not in ("leader", "official") \
                and after.group(1) == _initials(m.text):
            acronyms[after.group(1)] = (m.actor, m.kind)
    if not acronyms:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = [ActorMention(match.start(), match.end(), match.group(0), replace(acronyms[match.group(0)][0],
                                                                           text=match.group(0)),
                          acronyms[match.group(0)][1])
             for match in _ACRONYM.finditer(raw) if match.group(0) in acronyms
             and not any(s <= match.start() < e for s, e in taken) and raw[match.start() - 1:match.start()] != "("]
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _note_mentions(parsed: Any, mentions: list[ActorMention], by_token: dict[int, list[ActorRef]],
                   discourse: Discourse) -> None:
    """Tell the discourse whom the sentence named, and which of them as subjects."""
    subjects = {i for i, refs in by_token.items() if parsed[i].dep_ in ("nsubj", "nsubjpass")
                or parsed[i].head.dep_ in ("nsubj", "nsubjpass")}
    # (the subjects of the main verb, joined: not the subject of what someone said, nor the owner of a subject)
    main = [parsed[i] for i in by_token if parsed[i].dep_ in ("nsubj", "nsubjpass") and parsed[i].head.dep_ == "ROOT"]
    main += [c for s in main for c in s.conjuncts]
    discourse.subject_people_now = [r.actor for w in main for r in by_token.get(w.i, ()) if r.kind in PERSON_KINDS]
    for i, refs in by_token.items():
        # two states named together, and only two: "Great Britain and Spain"
        joined = [c for c in parsed[i].children if c.dep_ == "conj"]
        if parsed[i].dep_ != "conj" and len(joined) == 1 and not any(c.dep_ == "conj" for c in joined[0].children):
            first = [r.actor for r in refs if r.actor.country]
            second = [r.actor for r in by_token.get(joined[0].i, ()) if r.actor.country]
            if len(first) == 1 and len(second) == 1 and first[0].country != second[0].country:
                discourse.joined_now = (state_of(first[0]), state_of(second[0]))
    for m in mentions:
        refs = [r for rs in by_token.values() for r in rs if r.actor == m.actor]
        # a city named as where something happens ("on the sidelines of a summit in Kuala Lumpur") is
        # a place, not a state the story is about
        venue = m.kind in ("capital", "city") and bool(refs) and all(
            _where_something_happens(parsed[r.token]) for r in refs)
        discourse.saw(m.actor, "place" if venue else m.kind, subject=any(r.token in subjects for r in refs))
        for r in refs:
            head = parsed[r.token].head
            if head.lemma_.lower() in word_class("government_nouns"):
                discourse.by_noun[head.lemma_.lower()] = m.actor


def _where_something_happens(token: Any) -> bool:
    """ "met in Manila", "a summit in Kuala Lumpur": a place where something happens (not "officials in
    Tokyo", who are its people)."""
    where = placed_in(token)
    return where is not None and (
        where.pos_ in ("VERB", "AUX") or where.lemma_.lower() in word_class("gathering_nouns"))


def _a_meeting_by_its_venue(parsed: Any, toks: list[Any], kind: str) -> bool:
    """ "Following Madrid, the delegations met again", "After Munich, ...": a city alone after a preposition of
    time names the meeting held there, not a state."""
    first, last = toks[0].i, toks[-1].i
    return kind in PLACE_KINDS and first > 0 and parsed[first - 1].lower_ in word_class("temporal_preps") \
        and (last + 1 >= len(parsed) or parsed[last + 1].is_punct)


_ATTACHED_DEPS = frozenset({"amod", "compound", "conj", "appos", "nmod", "cc", "punct", "det"})


def actor_tokens(parsed: Any, mentions: list[ActorMention]) -> dict[int, list[ActorRef]]:
    """Actor references keyed by the head token of each mention."""
    out: dict[int, list[ActorRef]] = {}
    if not mentions:
        return out
    spans = anchoring.token_spans(parsed)
    for m in mentions:
        toks = [parsed[i] for i, (start, end) in enumerate(spans) if start < m.end and end > m.start]
        if not toks:
            continue
        inside = {tok.i for tok in toks}
        exits = [tok for tok in toks if tok.head.i not in inside or tok.head.i == tok.i]
        # (of several words of a person's title and name that hang outside it, one that is not a modifier: the
        # parser may hang the first on a word before it, "hosted Egyptian President Sisi and Somali President
        # Mohamud": "Somali" on "Sisi"; but "Spanish and U.S. negotiators" hang on each other)
        kept = [tok for tok in exits if tok.dep_ not in _ATTACHED_DEPS] if m.kind in PERSON_KINDS else []
        head = (kept or exits or toks[-1:])[0]
        if _a_meeting_by_its_venue(parsed, toks, m.kind):
            continue
        out.setdefault(head.i, []).append(ActorRef(m.actor, head.i, m.kind))
    return out


def extract(doc: Document, published: date | None = None) -> list[Event]:
    """Public entry point used by detente.extract."""
    if published is not None:
        doc = replace(doc, published=published, published_basis="given")  # the caller's document is left as it was
    return extract_document(doc)


def extract_many(docs: Iterable[Document], tick: Tick | None = None) -> Iterator[tuple[Document, list[Event]]]:
    """(document, events) for each document, parsed in batches across documents (tick: see
    extract_documents)."""
    docs = list(docs) if not isinstance(docs, list) else docs
    return zip(docs, extract_documents(docs, tick=tick), strict=True)


@dataclass
class CodedDocument:
    """A document with its events and its sentences, split once by the coder (the store keeps them)."""

    doc: Document
    events: list[Event]
    sentences: list[Sentence]


def code_many(docs: Iterable[Document], tick: Tick | None = None) -> Iterator[CodedDocument]:
    """Each document coded, with its sentences, parsed in batches across documents (tick: see
    extract_documents)."""
    docs = list(docs) if not isinstance(docs, list) else docs
    for doc, (events, sentences) in zip(docs, _code_documents(docs, tick=tick), strict=True):
        yield CodedDocument(doc, events, sentences)
