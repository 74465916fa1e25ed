"""The coder: a pure function from a Document to its events.

segment -> tag (actors, times, trigger words) -> filter -> parse (batched) ->
code (type, source, target) -> anchor (date) -> judge (status) -> merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from ..actors import ActorMention, find_actors
from ..model import Actor, DateSpan, Document, Event, Evidence, event_id
from ..ontology import cameo as cameo_entry
from ..timex import TimeMention
from . import acts, continuation, scene
from . import anchor as anchoring
from .arguments import ActorRef, Arguments, SentenceActors, arguments_for
from .clauses import (
    BACK_REFERENCE_SPAN,
    back_reference,
    definite_passive,
    headline,
    hypothetical,
    in_principle,
    main_clause,
)
from .discourse import Discourse, anaphor_refs
from .lexicon import word_class
from .match import TriggerMatch, find_triggers
from .merge import merge_events, stem
from .nlp import parse
from .senses import other_senses
from .states import state_at
from .status import judge
from .tagging import TaggedSentence, is_news, tag_document

# types whose act needs a counterpart: when the sentence names only one side,
# the other comes from the discourse ("India accepted the ceasefire")
NEEDS_COUNTERPART = {"ASSAULT", "RETREAT", "MOBILIZE", "CONCEDE"}


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")

# verbal acts addressed to someone: when the sentence names one other party, it is the addressee
VERBAL_TYPES = {"REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE"}

# acts whose target can be a place (a region or a city that is not a seat of government): one
# invades, occupies or visits a place, but signs a treaty *in* Tashkent, not *with* it
PLACE_TARGETS = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}

# CAMEO sectors of private people and bodies: "U.S. banks lent Germany money", "the American
# public condemned Spain" tell of a country's society, not of an act between states
PRIVATE_SECTORS = {"BUS", "CVL", "EDU", "MED", "HLH", "LAB", "REL"}


HARM = {"COERCE", "ASSAULT"}

# one-sided force: states named together as its subject act together ("Britain and France landed
# troops"), unless an anaphor names the two sides ("both sides attacked")
CO_BELLIGERENT = {"ASSAULT", "MOBILIZE"}


def _code_tagged(doc: Document, tagged: list[TaggedSentence], parses: Iterator[Any]) -> list[Event]:
    """Code one tagged document, taking the parse of each candidate sentence from the stream in
    order: parses are used as they come and dropped, so memory stays bounded on long documents."""
    coder = _Coder(doc, is_news(doc, tagged))
    for t in tagged:
        coder.sentence(t, next(parses) if t.candidate else None)
    events = merge_events(coder.events)
    for e in events:
        if e.date.start is None and e.id in coder.headline_ids and e.status == "occurred":
            # a headline act the body does not restate: dated by publication, like any news act
            e.date = anchoring.publication_date(doc.published) or e.date
    return events


def extract_document(doc: Document) -> list[Event]:
    """Code one document: every event with its actors, date, status and evidence."""
    return next(extract_documents([doc]))


def extract_documents(docs: Iterable[Document], batch_sentences: int = 2000) -> Iterator[list[Event]]:
    """Code documents in order, parsing the sentences of several documents in one stream (faster)."""
    pending: list[tuple[Document, list[TaggedSentence]]] = []
    size = 0
    for doc in docs:
        tagged = tag_document(doc)
        pending.append((doc, tagged))
        size += sum(t.candidate for t in tagged)
        if size >= batch_sentences:
            yield from _flush(pending)
            pending, size = [], 0
    yield from _flush(pending)


def _flush(pending: list[tuple[Document, list[TaggedSentence]]]) -> Iterator[list[Event]]:
    parses = parse(t.raw for _, tagged in pending for t in tagged if t.candidate)
    for doc, tagged in pending:
        yield _code_tagged(doc, tagged, parses)


class _Coder:
    """Walks the sentences in order, keeping the discourse state."""

    def __init__(self, doc: Document, news: bool) -> None:
        self.doc = doc
        self.news = news
        self.state = Discourse()
        self.events: list[Event] = []
        self.refs = {r.n: r for r in doc.references}
        self.headline_ids: set[str] = set()
        self.people: dict[str, Actor] = {}  # surname -> actor, learned from this document
        self.scene_sentence = -1  # the sentence that last set narrative time without an act
        self.other_senses = other_senses(doc.text)  # demonyms this document uses for another people

    def year(self) -> int | None:
        if self.state.anchor and self.state.anchor.start:
            return self.state.anchor.start.year
        return self.doc.published.year if self.doc.published else None

    def sentence(self, t: TaggedSentence, parsed: Any) -> None:
        if not t.row:
            self._sentence(t, parsed)
            return
        anchor, scene = self.state.anchor, self.scene_sentence
        self._sentence(t, parsed)
        self.state.anchor, self.scene_sentence = anchor, scene  # a table lists dates; it tells no story

    def _sentence(self, t: TaggedSentence, parsed: Any) -> None:
        self.state.next_sentence()
        self.resolved: dict[tuple[int, int, bool], tuple[DateSpan | None, str | None]] = {}
        mentions = find_actors(t.raw, self.year()) if t.mentions else []
        if self.other_senses:
            mentions = [m for m in mentions if not (m.kind == "demonym" and m.text in self.other_senses)]
        mentions = self._known_people(t.raw, mentions)
        if parsed is None:
            for i, m in enumerate(mentions):
                self.state.saw(m.actor, m.kind, subject=i == 0)
            self._set_scene(t)
            return
        if t.series_only:
            before = len(self.events)
            self._continue(t, parsed)
            self._follow(t, parsed, actor_tokens(parsed, mentions), set())
            if len(self.events) == before:
                self._set_scene(t)  # as for any sentence not parsed
            return
        base = actor_tokens(parsed, mentions)
        by_token = dict(base)
        actors = SentenceActors(parsed, by_token)
        self.actors = actors
        last_date = None
        self.sentence_args: dict[int, Arguments] = {}
        self.sentence_actors = [r for refs in by_token.values() for r in refs if r.via == "parse"]
        taken: set[int] = set()
        for match in find_triggers(parsed, actors):
            taken.update(match.tokens)
            # anaphors are resolved against the state as of this trigger: an act earlier in the
            # sentence may have set the pair that "both countries" refers to
            by_token.clear()
            by_token.update(base)
            by_token.update(anaphor_refs(parsed, set(base), self.state, base))
            date_used = self._code(t, parsed, actors, match)
            if date_used is not None:
                # "X visited in 2015, and Y came the following year": the next clause reads from here
                if date_used != self.state.anchor:
                    self.scene_sentence = t.sentence.index
                self.state.anchor = date_used
            last_date = date_used or last_date
        self._note_mentions(parsed, mentions, by_token)
        last_date = self._continue(t, parsed, taken) or last_date
        last_date = self._follow(t, parsed, base, taken) or last_date
        if last_date is not None:
            if last_date != self.state.anchor:
                self.scene_sentence = t.sentence.index
            self.state.anchor = last_date
        else:
            self._set_scene(t, parsed)

    def _continue(self, t: TaggedSentence, parsed: Any, taken: set[int] = frozenset()) -> DateSpan | None:
        """ "A second round took place the following year": one more of the series the document
        named last (its latest exercise or talks), at the clause's own date; returns the date of
        the last such act that occurred, the narrative time it sets."""
        moved = None
        for subject, verb in continuation.continuations(parsed):
            if {subject.i, verb.i} & taken:
                continue  # a trigger of this clause stated the act already
            series = self._series(t.sentence.index)
            if series is None:
                return moved
            status = judge(verb)
            future = status in ("planned", "cancelled", "speculative", "negotiating")
            picked = anchoring.pick_time(parsed, t.times, [subject.i, verb.i], verb.i)
            if picked is None:
                continue
            when, warning = anchoring.date_from_time(picked, self.state.anchor, self.doc.published, future)
            if when is None or when.start is None:
                continue
            first, last = sorted((subject, verb), key=lambda tok: tok.i)
            self._repeat(t, series, first, last, f"{subject.text} {verb.text}", when, status, warning)
            if status == "occurred" and scene.narrative(when) and not self.news:
                # an essay tells its series in order; a news report recalls earlier rounds in passing
                moved = when
                self.state.anchor = when
        return moved

    def _follow(self, t: TaggedSentence, parsed: Any, base: dict[int, list[ActorRef]],
                taken: set[int]) -> DateSpan | None:
        """ "Musharraf visited Moscow in 2003. Zardari followed in May 2011": the subject of an
        intransitive "followed" repeated the act just told, from the same side, at its own date."""
        moved = None
        for verb in continuation.follows(parsed):
            if verb.i in taken:
                continue
            refs = [r for c in verb.children if c.dep_ == "nsubj" for r in base.get(c.i, []) if r.actor.country]
            before = self._followed(t.sentence.index)
            if not refs or before is None or refs[0].actor.country != before.source.country:
                continue
            picked = anchoring.pick_time(parsed, t.times, [verb.i], verb.i)
            when = anchoring.date_from_time(picked, self.state.anchor, self.doc.published, False)[0] if picked else None
            if when is None or when.start is None:
                continue
            self._repeat(t, replace(before, source=state_at(refs[0].actor, when)), verb, verb, verb.text, when,
                         "occurred", None)
            if scene.narrative(when) and not self.news:
                moved = when
                self.state.anchor = when
        return moved

    def _repeat(self, t: TaggedSentence, act: Event, first: Any, last: Any, trigger: str, when: DateSpan,
                status: str, warning: str | None) -> None:
        """Store again an act told before (a round of a series, a leader who "followed") as this
        sentence states it: the tokens first..last, its date and status."""
        start = t.sentence.start + first.idx
        end = t.sentence.start + last.idx + len(last.text)
        self.events.append(replace(
            act,
            id=event_id(self.doc.id, t.sentence.index, start, end, f"{act.source.code}>{act.target.code}"),
            trigger=trigger, date=when, status=status,
            evidence=Evidence(t.sentence.index, t.sentence.start, t.sentence.end, t.sentence.text),
            references=[self.refs[n] for n in t.sentence.references if n in self.refs],
            confidence=0.55, mentions=[], warnings=[warning] if warning else [],
        ))

    def _followed(self, index: int) -> Event | None:
        """The act a "followed" repeats: the latest act that occurred, in this sentence or the one before."""
        for e in reversed(self.events):
            if index - e.evidence.sentence > 1:
                return None
            if e.status == "occurred" and e.source.country and e.target.country:
                return e
        return None

    def _series(self, index: int) -> Event | None:
        """The act a round belongs to: the document's latest exercise or talks between two states,
        told within the last few sentences."""
        for e in reversed(self.events):
            if index - e.evidence.sentence > continuation.WINDOW:
                return None
            if e.event_type in continuation.SERIES_TYPES and e.nominal and e.source.country \
                    and e.target.country and e.status == "occurred":
                return e
        return None

    def _known_people(self, raw: str, mentions: list[ActorMention]) -> list[ActorMention]:
        """Learn the surnames of named officials ("Prime Minister Imran Khan") and find them again
        later in the document ("Khan's upcoming visit"), where the gazetteer alone would not."""
        for m in mentions:
            if m.kind in ("official", "leader"):
                last = m.text.split()[-1].rstrip("'’s")
                if last[:1].isupper() and len(last) > 2 and m.actor.country:
                    self.people[last] = m.actor
        if not self.people:
            return mentions
        taken = [(m.start, m.end) for m in mentions]
        extra = []
        for match in _CAPITALISED.finditer(raw):
            name = match.group(0)
            actor = self.people.get(name)
            if actor and not any(s <= match.start() < e for s, e in taken):
                extra.append(ActorMention(match.start(), match.end(), name,
                                          Actor(name, actor.name, actor.country, actor.sector, actor.code), "leader"))
        return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions

    def _set_scene(self, t: TaggedSentence, parsed: Any = None) -> None:
        """A sentence opening with a time adverbial ("By the winter of 1978, ...") moves narrative
        time; so does a time in the main clause of a sentence that states no act of its own."""
        kinds = ("absolute", "partial", "anaphoric")
        # "since the 1960s" reaches up to narrative time: it states how long, not when the scene is
        times = [m for m in t.times if m.kind in kinds and not m.since]
        opening = [m for m in times if scene.opens(t.raw, m)]
        inside = False
        if not opening and parsed is None:
            # not parsed (no act told): "there had been no incidents until 1990, when ...": a later
            # full date brought in by "in", "by" or "until" moves the story on
            opening, inside = scene.later_full_dates(t.raw, times, self.state.anchor)[-1:], True
        if not opening and parsed is not None:
            main = [m for m in times if main_clause(parsed, anchoring.token_of(parsed, m.start))
                    and (m.until or not scene.of_a_noun(parsed[anchoring.token_of(parsed, m.start)]))]
            opening, inside = main[-1:], True  # the latest main-clause time is where the narrative stands
        if not opening:
            return
        span = anchoring.resolve(opening[0], anchor=self.state.anchor, published=self.doc.published)
        now = self.state.anchor
        if inside and span is not None and now is not None and now.start and span.end and span.end < now.start:
            return  # "... the solidarity embodied in the 1947 treaty": a look back within a sentence
        root = parsed[anchoring.token_of(parsed, opening[0].start)].sent.root if parsed is not None else None
        if span is not None and root is not None and scene.flashback(root, span, self.state.anchor):
            return
        if span is not None and (scene.narrative(span) or scene.moves_away(self.state.anchor, span)):
            self.state.anchor = span
            self.scene_sentence = t.sentence.index

    def _note_mentions(self, parsed: Any, mentions: list[ActorMention], by_token: dict[int, list[ActorRef]]) -> None:
        subjects = {i for i, refs in by_token.items() if parsed[i].dep_ in ("nsubj", "nsubjpass")
                    or parsed[i].head.dep_ in ("nsubj", "nsubjpass")}
        for m in mentions:
            refs = [r for rs in by_token.values() for r in rs if r.actor == m.actor]
            self.state.saw(m.actor, m.kind, subject=any(r.token in subjects for r in refs))
            for r in refs:
                head = parsed[r.token].head
                if head.lemma_.lower() in word_class("government_nouns"):
                    self.state.by_noun[head.lemma_.lower()] = m.actor

    def _code(self, t: TaggedSentence, parsed: Any, actors: SentenceActors, match: TriggerMatch) -> DateSpan | None:
        token = parsed[match.token]
        entry = match.entry
        if entry.event_type == "AGREE" and acts.vows_defence(token):
            # "a doctrine vowing to protect the Gulf from Soviet power": a warning to that power
            entry = replace(entry, event_type="THREATEN", mode=None, cameo="130")
            match = replace(match, entry=entry)
        args = arguments_for(token, actors, entry)
        if entry.event_type == "CONSULT" and entry.mode != "visit":
            args = acts.without_venues(parsed, token, args)
        self._entry_type = entry.event_type
        self._mode = entry.mode
        self._flags = entry.flags
        self._complete(token, args)
        self.sentence_args[match.token] = args
        status = judge(token)
        if status == "cancelled" and acts.postponed_to(token, t.raw, t.times) is not None:
            status = "planned"  # "postponed the talks until June": put off to a new date, still planned
        if status == "occurred" and "planned" in entry.flags:
            status = "planned"  # the trigger itself looks ahead: "he is expected in Warsaw"
        status = in_principle(token, status)
        if status == "negated" and acts.refusal(token, entry.event_type):
            # "their country would not normalize relations", "did not agree to end the seizures":
            # a stated refusal is a rejection that took place
            entry = replace(entry, event_type="REJECT", mode=None, cameo="120")
            match = replace(match, entry=entry)
            status = "occurred"
        if status == "planned" and entry.event_type == "THREATEN":
            status = "occurred"  # "said it would take countermeasures": the threat is made by saying so
        if status == "negotiating" and entry.event_type in ("COOPERATE", "AID", "SUPPORT"):
            # "in talks to buy X": what happened is the talks (GUIDELINES: CONSULT, negotiating)
            entry = replace(entry, event_type="CONSULT", mode=None, cameo="046")
            match = replace(match, entry=entry)
        when, warning, anchor_date = self._date(t, parsed, match, args, status)
        if hypothetical(token) or acts.ending(token, entry.event_type):
            return None
        if not (args.sources or args.targets or args.pair) and "sym" in entry.flags and (
                definite_passive(token) or status in ("speculative", "negated", "negotiating", "cancelled")):
            # "the deal was signed in August 2015", "the possibility of signing a deal": a mutual act
            # with no party named is one of the pair under discussion
            args.pair = [ActorRef(a, token.i, "anaphor", "discourse") for a in self.state.current_pair()]
        if "pairfill" in entry.flags and status in ("occurred", "planned") and token.dep_ != "acl":
            # only acts told as done or set: "could consider whether to investigate" fills no pair
            self._fill_from_pair(token, args)
        mutual = "sym" in entry.flags or acts.together(token) or acts.joint(entry.event_type, args)
        before = len(self.events)
        for source, target, reciprocal in self._dyads(args, entry.event_type, mutual, entry.pos == "V"):
            self._emit(t, parsed, match, source, target, reciprocal, status, when(target), warning)
        if entry.pos == "V":
            self._gapped(t, parsed, match, args, status)
        if len(self.events) == before and entry.pos == "N":
            return None  # "based upon agreements in 1945, ...": a thing in the background, not the scene
        if anchor_date is not None and scene.flashback(token, anchor_date, self.state.anchor):
            return None
        if any(a.dep_ == "relcl" for a in [token, *token.ancestors]):
            return None  # "a war, which began on January 16, 1991, and ended ...": told in passing
        return anchor_date

    def _fill_from_pair(self, token: Any, args: Arguments) -> None:
        """A diplomatic act whose text names one side or none ("the Legation in Lima was raised to an
        Embassy", "he presented his credentials"): the other side, or both, are the pair the
        chronicle is about."""
        if args.pair:
            return
        if args.targets and not args.sources:
            other = self.state.other_than(args.targets[0].actor)
            if other is not None:
                args.sources = [ActorRef(other, token.i, "anaphor", "discourse")]
        elif args.sources and not args.targets:
            other = self.state.other_than(args.sources[0].actor)
            if other is not None:
                args.targets = [ActorRef(other, token.i, "anaphor", "discourse")]
        elif not args.sources:
            args.sources, args.targets = [
                [ActorRef(a, token.i, "anaphor", "discourse")] for a in self.state.current_pair()] or ([], [])

    def _gapped(self, t: TaggedSentence, parsed: Any, match: TriggerMatch, args: Arguments, status: str) -> None:
        """ "India accepted the ceasefire on September 21 and Pakistan on September 22": the second
        actor, coordinated with a date, repeats the act at its own date."""
        used = {r.token for r in args.sources + args.targets}
        for i, refs in self.actors.by_token.items():
            tok = parsed[i]
            if i in used or tok.dep_ != "conj" or not any(t0.start <= tok.head.idx < t0.end for t0 in t.times):
                continue
            for ref in refs:
                gap = Arguments(sources=[ref])
                times = [m for m in t.times if m.start > tok.idx]
                picked = times[0] if times else None
                span = anchoring.date_from_time(picked, self.state.anchor, self.doc.published, False)[0] \
                    if picked else None
                for source, target, reciprocal in self._dyads(gap, match.entry.event_type, "sym" in match.entry.flags):
                    self._emit(t, parsed, match, source, target, reciprocal, status, span, None)

    def _complete(self, token: Any, args: Arguments) -> None:
        """Fill a missing target from the trigger this one serves ("travelled to Moscow to sign a
        treaty"), and give anaphoric targets that repeat the source their counterpart."""
        sources = {_key(s) for s in args.sources}
        # "Beijing and Islamabad agreed to expand the corridor to Afghanistan": the two agreed with
        # each other; what they agreed to do does not name their counterpart
        mutual = "sym" in self._flags and len(sources) >= 2
        if args.sources and not args.targets and not args.pair:
            commitment = self._entry_type in ("AGREE", "REQUEST", "SUPPORT", "REJECT", "THREATEN") and not mutual
            args.targets = (self._complement_targets(token) if commitment else []) or \
                self._referenced_act(token, sources)
        if args.sources and not args.targets and not args.pair and not mutual and (
                self._entry_type in VERBAL_TYPES or (len(sources) == 1 and acts.relational_object(token))):
            # "Washington demanded an explanation, which the Soviets ignored": a verbal act's
            # addressee is the one other party the sentence names; so is the partner of ties or
            # trade cut ("India revoked Kashmir's status, prompting Pakistan to downgrade ties")
            others = {_key(r): r for r in self.sentence_actors
                      if _key(r) and _key(r) not in sources and r.kind != "place"}
            if len(others) == 1:
                args.targets = list(others.values())
        if args.sources and not args.targets and not args.pair:
            for head in token.ancestors:
                governing = self.sentence_args.get(head.i)
                if governing and governing.targets and {_key(s) for s in governing.sources} == sources:
                    args.targets = list(governing.targets)
                    break
        fixed = []
        for ref in args.targets:
            if ref.via == "discourse" and _key(ref) in sources and args.sources:
                other = self._counterpart(args.sources[0])
                if other is None:
                    continue
                ref = other
            fixed.append(ref)
        args.targets = fixed

    def _complement_targets(self, token: Any) -> list[ActorRef]:
        """ "agreed to build a refinery in Gwadar": the counterpart is in the complement clause."""
        refs: list[ActorRef] = []
        for comp in token.children:
            if comp.dep_ == "xcomp" and comp.pos_ == "VERB":
                for child in comp.children:
                    if child.dep_ in ("dobj", "prep", "dative"):
                        refs += [r for r in self.actors.in_phrase(child) if r.via == "parse"]
                    if child.dep_ == "dobj":
                        refs += self.actors._located(child)
        return refs

    def _referenced_act(self, token: Any, sources: set) -> list[ActorRef]:
        """ "condemned the declaration", "welcomed the deal": the parties of the act the object
        names, when the text has stated that act before."""
        nouns = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
                 and any(d.lower_ in word_class("referring_determiners") for d in c.children)]
        for noun in nouns:
            lemma = noun.lemma_.lower()
            for e in reversed(self.events):
                words = {w.lower().rstrip("s") for w in e.trigger.split()}
                if lemma.rstrip("s") in words or stem(lemma) in {stem(w) for w in words}:
                    parties = [e.source, e.target] if e.reciprocal else [e.source]
                    return [ActorRef(a, noun.i, "anaphor", "discourse") for a in parties
                            if (a.country or a.code) not in sources]
        return []

    def _counterpart(self, source: ActorRef) -> ActorRef | None:
        """Another actor named in the sentence, else the discourse counterpart of the source."""
        here = [r for r in self.sentence_actors if _key(r) and _key(r) != _key(source) and r.kind != "place"]
        if here:
            return here[-1]
        other = self.state.other_than(source.actor)
        return ActorRef(other, source.token, "anaphor", "discourse") if other else None

    def _dyads(self, args: Arguments, event_type: str, symmetric: bool,
               verbal: bool = True) -> list[tuple[ActorRef, ActorRef, bool]]:
        """(source, target, reciprocal) for every pair of actors the arguments give."""
        out = []
        sources = [s for s in args.sources if _usable(s)]
        if self._mode == "third-party" and sources:
            # "Russia brokered a ceasefire between Armenia and Azerbaijan": the mediator acts
            # towards each party, named or (no party named) the pair under discussion
            parties = args.pair or args.targets or [
                ActorRef(a, sources[0].token, "anaphor", "discourse") for a in self.state.current_pair()]
            return [(s, p, False) for s in sources for p in parties if _key(s) != _key(p)]
        if len(args.pair) >= 2:
            # "between the Western Allies and the Soviet Union": a coalition's members are one side
            sides = [[r for r in args.pair if r.token == tok] for tok in dict.fromkeys(r.token for r in args.pair)]
            if len(sides) >= 2:
                out += [(a, b, True) for a in sides[0] for side in sides[1:] for b in side]
            else:
                out.append((args.pair[0], args.pair[1], True))
        # flag "place": "opened an embassy in Kabul", the place is the host
        places_ok = event_type in PLACE_TARGETS or self._mode == "visit" or "place" in self._flags
        targets = [t for t in args.targets if places_ok or not (
            t.kind == "place" or (t.prep in word_class("place_preps") and t.kind in ("capital", "city")))]
        if any(t.prep in word_class("partner_preps") for t in targets):
            # "fought alongside US forces in Afghanistan": the partner is named, "in" is the place
            targets = [t for t in targets if t.prep not in word_class("inside_place_preps")]
        if any(t.prep is None and t.kind != "place" for t in targets):
            # "attacked the Russian fleet at Port Arthur": the object is the target, the place is where
            targets = [t for t in targets if not (t.prep in word_class("whereabouts_preps")
                                                  and t.kind in ("place", "capital", "city"))]
        several = len({_key(s) for s in sources}) >= 2
        if several and symmetric:
            # "Putin and Sharif met on the sidelines of the SCO summit": a meeting of the two, not
            # with what a prepositional phrase happens to name
            targets = [t for t in targets if t.prep is None or t.prep in word_class("counterpart_preps")]
        if sources and targets:
            out += [(s, t, symmetric) for s in sources for t in targets]
        elif several and (symmetric or event_type in NEEDS_COUNTERPART) and (
            symmetric or not all(s.kind == "demonym" for s in sources)
        ) and (symmetric or event_type not in CO_BELLIGERENT or any(s.via == "discourse" for s in sources)):
            # "both sides gave up their claims": a mutual act between the named sides; but "Soviet
            # and Afghan aircraft bombed villages" names allies acting together, not two sides
            sides = [[r for r in sources if r.token == tok] for tok in dict.fromkeys(r.token for r in sources)]
            if len(sides) >= 3 and symmetric or len(sides) >= 2 and any(len(side) > 1 for side in sides):
                # "Russia, China and Iran held joint drills": each with each;
                # "the Western Allies and the Soviet Union held talks": a coalition is one side
                out += [(a, b, True) for i, side in enumerate(sides) for a in side
                        for other in sides[i + 1:] for b in other]
            else:
                out.append((sources[0], next(s for s in sources if _key(s) != _key(sources[0])), True))
        elif sources and event_type in NEEDS_COUNTERPART and verbal:
            co_sources = {_key(s) for s in sources}
            if several:  # acting together against one counterpart
                common = self.state.other_than_all({s.actor.country for s in sources})
                out += [(s, ActorRef(common, s.token, "anaphor", "discourse"), symmetric)
                        for s in sources if common is not None]
            for s in sources if not several else ():
                other = self.state.other_than(s.actor)
                if other is not None and (other.country or other.code) not in co_sources:
                    out.append((s, ActorRef(other, s.token, "anaphor", "discourse"), symmetric))
        elif sources and (symmetric and verbal or event_type == "CONSULT"):
            # "India signed a contract": a mutual act with one side named; the other is the partner
            # of the relationship under discussion, if there is one
            for s in sources:
                other = self.state.partner(s.actor)
                if other is not None:
                    out.append((s, ActorRef(other, s.token, "anaphor", "discourse"), True))
        return [(s, t, r) for s, t, r in out if _key(s) != _key(t)]

    def _date(self, t: TaggedSentence, parsed: Any, match: TriggerMatch, args: Arguments, status: str):
        """A function from target to date, the warning, and the date to carry as narrative time."""
        # an alleged or rumoured act told in the past ("claims that X had shelled posts on Monday") is past
        future = status in ("planned", "cancelled", "negotiating") or (
            status == "speculative" and not scene.told_in_past_perfect(parsed[match.token]))
        warning = None
        spans: dict[int, DateSpan | None] = {}
        anchor_date = None
        targets = [r.token for r in args.targets] or [match.token]
        for tok in set(targets):
            near = [tok] if len(set(targets)) > 1 else list(match.tokens)
            picked = anchoring.pick_time(parsed, t.times, near, match.token) or t.row_time
            new_date = acts.postponed_to(parsed[match.token], t.raw, t.times)
            if new_date is not None:
                picked = new_date  # "postponed the talks until June": June is the new date, not a span
            span = None
            if picked is not None:
                span, warning = self._resolve_once(picked, future)
                now = self.state.anchor
                if span is None and picked.kind == "partial" and now is not None and now.basis == "publication" \
                        and now.end is not None and scene.told_as_past(parsed[match.token]):
                    # narrative time is "now" (a news report's "on Tuesday"): "took the town in
                    # November", told in June, is last November, not the one to come
                    span, warning = anchoring.date_from_time(picked, None, now.end, False)
                if future and picked.kind == "partial" and self.doc.published \
                        and scene.told_as_present(parsed[match.token]):
                    # a plan told in the present ("he is still expected in Warsaw on September 1",
                    # "will visit on Friday") counts from the day of writing, not from a past scene
                    span, warning = anchoring.date_from_time(picked, None, self.doc.published, True)
                if span is not None and not picked.since and scene.narrative(span) and status == "occurred":
                    anchor_date = span  # what happened moves the narrative; plans and rumours do not
            spans[tok] = span

        def when(target: ActorRef) -> DateSpan | None:
            return spans.get(target.token) if target.token in spans else spans.get(targets[0])

        return when, warning, anchor_date

    def _resolve_once(self, picked: TimeMention, future: bool) -> tuple[DateSpan | None, str | None]:
        """A time expression of the sentence resolved against narrative time, once: "The following
        day, Haig announced the breakdown of talks and the suspension of aid" dates both acts to the
        same day, though the first one moved narrative time on."""
        key = (picked.start, picked.end, future)
        if key not in self.resolved:
            self.resolved[key] = anchoring.date_from_time(picked, self.state.anchor, self.doc.published, future)
        return self.resolved[key]

    def _fallback_date(self, source: Actor, target: Actor, event_type: str, t: TaggedSentence,
                       status: str = "occurred", back_reference: str = "") -> DateSpan | None:
        pair = {source.country or source.code, target.country or target.code}
        span = BACK_REFERENCE_SPAN if back_reference == "noun" else 10 ** 6
        # an act told before the narrative last moved on is not the one referred back to
        floor = self.scene_sentence if back_reference == "noun" else -1
        recent = [e for e in self.events if t.sentence.index - e.evidence.sentence <= span
                  and e.evidence.sentence >= floor]
        for e in reversed(recent if back_reference else []):
            same_pair = {e.source.country or e.source.code, e.target.country or e.target.code} == pair
            # "the trip" of Putin is not the visit Zardari paid Moscow: a visit has a direction
            same_pair = same_pair and (e.mode != "visit" or (e.source.country or e.source.code)
                                       == (source.country or source.code))
            stated = e.date.basis != "publication" or e.date.text is not None  # not a default date
            if same_pair and e.event_type == event_type and e.date.start and stated:
                # a later mention of an act already dated: the narrative returns to its time
                span = DateSpan(e.date.start, e.date.end, e.date.precision, e.date.text, "discourse")
                if scene.narrative(span):
                    self.state.anchor = span
                return span
        cited = [self.refs[n] for n in t.sentence.references if n in self.refs]
        cite = anchoring.citation_date(cited)
        if cite is not None:
            return cite
        if status == "negated":
            return None  # "has still not visited": an act that did not happen has no date
        if self.news:
            # a planned or rumoured act with no date in a news report has no date yet
            if status != "occurred":
                return None
            return anchoring.publication_date(self.doc.published)
        return anchoring.discourse_date(self.state.anchor)

    def _emit(self, t: TaggedSentence, parsed: Any, match: TriggerMatch, source: ActorRef, target: ActorRef,
              reciprocal: bool, status: str, when: DateSpan | None, warning: str | None) -> None:
        entry = match.entry
        src, tgt = source.actor, target.actor
        from_headline = when is None and self.news and t.sentence.index == 0 and headline(t.sentence.text)
        if from_headline:
            when = DateSpan(None, None, "unknown", None, None)  # the body dates the headline's act
        when = when or self._fallback_date(src, tgt, entry.event_type, t, status,
                                           back_reference(parsed[match.token])) or DateSpan(None, None)
        src, tgt = state_at(src, when), state_at(tgt, when)
        row = cameo_entry(entry.cameo)
        context = [c for c in (entry.context or ",".join(row.context)).split(",") if c]
        if "military" not in context and "MIL" in (src.sector, tgt.sector):
            context.append("military")
        first, last = min(match.tokens), max(match.tokens)
        t_start = t.sentence.start + parsed[first].idx
        t_end = t.sentence.start + parsed[last].idx + len(parsed[last].text)
        evidence = Evidence(t.sentence.index, t.sentence.start, t.sentence.end, t.sentence.text)
        via = {source.via, target.via}
        confidence = 0.8 if via == {"parse"} else 0.55
        if when.basis == "explicit":
            confidence += 0.1
        event = Event(
            id=event_id(self.doc.id, t.sentence.index, t_start, t_end, f"{src.code}>{tgt.code}"),
            doc_id=self.doc.id, source=src, target=tgt, event_type=entry.event_type,
            trigger=" ".join(parsed[i].text for i in match.tokens), date=when,
            evidence=evidence, reciprocal=reciprocal, mode=entry.mode or row.mode, context=context,
            cameo=entry.cameo, goldstein=row.goldstein, quad_class=row.quad_class, status=status,
            references=[self.refs[n] for n in t.sentence.references if n in self.refs],
            confidence=min(confidence, 0.95), warnings=[warning] if warning else [],
            nominal=entry.pos == "N",
        )
        if src.country and src.country == tgt.country:
            return
        if src.sector in PRIVATE_SECTORS or (tgt.sector in PRIVATE_SECTORS and entry.event_type not in HARM):
            return  # but a state seizing or attacking another's citizens acts against that state
        if from_headline:
            self.headline_ids.add(event.id)
        self.events.append(event)
        if src.country and tgt.country and "anaphor" not in (source.kind, target.kind):
            # a pair named by "both sides" stays the pair: its own acts do not replace it
            self.state.saw_pair(src, tgt)
        if source.via == "parse":
            self.state.last_subject = src if src.country or src.code else self.state.last_subject


def actor_tokens(parsed: Any, mentions: list[ActorMention]) -> dict[int, list[ActorRef]]:
    """Actor references keyed by the head token of each mention."""
    out: dict[int, list[ActorRef]] = {}
    if not mentions:
        return out
    spans = [(tok.idx, tok.idx + len(tok.text), tok) for tok in parsed]
    for m in mentions:
        toks = [tok for start, end, tok in spans if start < m.end and end > m.start]
        if not toks:
            continue
        inside = {tok.i for tok in toks}
        head = next((tok for tok in toks if tok.head.i not in inside or tok.head.i == tok.i), toks[-1])
        out.setdefault(head.i, []).append(ActorRef(m.actor, head.i, m.kind))
    return out


def _key(ref: ActorRef) -> str | None:
    return ref.actor.country or ref.actor.code


def _usable(ref: ActorRef) -> bool:
    return ref.kind == "place" or bool(ref.actor.country or ref.actor.code)


def extract(doc: Document, published: date | None = None) -> list[Event]:
    """Public entry point used by detente.extract."""
    if published is not None:
        doc = replace(doc, published=published, published_basis="given")  # the caller's document is left as it was
    return extract_document(doc)


def extract_many(docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
    """(document, events) for each document, parsed in batches across documents."""
    docs = list(docs) if not isinstance(docs, list) else docs
    return zip(docs, extract_documents(docs), strict=True)
