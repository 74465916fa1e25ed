"""Acts a sentence tells again: one more round of a series the document named ("A second round
took place the following year") and a leader who "followed" another's act. Each is stored as the
act it repeats, at the sentence's own date (the words are in continuation.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..actors.succession import state_at
from ..model import DateSpan, Event, Evidence, event_id
from ..timex import TimeMention
from . import anchor as anchoring
from . import continuation, scene
from .arguments import ActorRef
from .dating import NOT_DONE, Narrative
from .lexicon import word_class
from .status import judge
from .story import DocumentContext, Story
from .tagging import TaggedSentence


def series_rounds(ctx: DocumentContext, story: Story, t: TaggedSentence, parsed: Any, time: Narrative,
                  taken: set[int] | frozenset[int] = frozenset()) -> tuple[DateSpan | None, Narrative]:
    """ "A second round took place the following year": one more of the series the document
    named last (its latest exercise or talks), at the clause's own date. Returns the date of the
    last such act that occurred (the narrative time it sets) and narrative time after them."""
    moved = None
    for subject, verb in continuation.continuations(parsed):
        if {subject.i, verb.i} & taken:
            continue  # a trigger of this clause stated the act already
        series = _series(story.events, t.sentence.index)
        if series is None:
            return moved, time
        status = judge(verb)
        planned = continuation.planned_round(verb)
        status = "planned" if planned and status == "occurred" else status
        future = status in NOT_DONE or status == "speculative"
        # (a plan's date is its own phrase's: "the 2026 iteration is planned for August")
        picked = anchoring.pick_time(parsed, t.times, [verb.i] if planned else [subject.i, verb.i], verb.i)
        if picked is None:
            continue
        # (a plan told in the present counts from the day of writing: "the next round is set for June")
        now = future and picked.kind == "partial" and ctx.doc.published is not None and scene.told_as_present(verb)
        when, warning = anchoring.date_from_time(picked, None if now else time.anchor, ctx.doc.published, future)
        if when is None or when.start is None:
            continue
        first, last = sorted((subject, verb), key=lambda tok: tok.i)
        story.events.append(_again(ctx, t, series, first, last, f"{subject.text} {verb.text}", when, status,
                                   warning))
        if status == "occurred" and scene.narrative(when) and not ctx.news:
            # an essay tells its series in order; a news report recalls earlier rounds in passing
            moved = when
            time = replace(time, anchor=when)
    return moved, time


def follow_ups(ctx: DocumentContext, story: Story, t: TaggedSentence, parsed: Any, base: dict[int, list[ActorRef]],
               taken: set[int], time: Narrative) -> tuple[DateSpan | None, Narrative]:
    """ "Musharraf visited Moscow in 2003. Zardari followed in May 2011": the subject of an
    intransitive "followed" repeated the act just told, from the same side, at its own date; "India
    followed suit in 1950" repeats it towards the same counterpart.
    Returns the date it moves narrative time to, if any, and narrative time after them."""
    moved = None
    for verb, subject, suit in continuation.follows(parsed):
        if verb.i in taken:
            continue
        subjects = [subject] + [c for c in subject.subtree if c.dep_ == "conj"]  # "Poland, Hungary and Romania"
        # (and whose the subject is: "Yemen's government and the Maldives followed suit")
        subjects += [c for s in subjects for c in s.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        refs = [r for s in subjects for r in base.get(s.i, []) if r.actor.country]
        before = _followed(story.events, t.sentence.index)
        # ("X launched an operation, with Britain following suit": the same as the act its own clause tells, none
        # told before it when that clause's trigger coded none; but "The move drew criticism, with Bolivia following
        # suit" tells no act of its own and repeats the one before)
        with_phrase = subject.head if subject.dep_ == "pobj" else verb.head if verb.dep_ == "pcomp" else None
        own_act = with_phrase is not None and with_phrase.lower_ == "with" and with_phrase.head.i in taken
        if before is None or (own_act and before.evidence.sentence != t.sentence.index):
            continue
        if not refs and not suit and _a_person_unplaced(subject, base):
            # "Secretary Jane Roe followed in 2020": a person the text places in no state repeats her own side's act
            refs = [ActorRef(before.source, subject.i, "anaphor", "discourse")]
        if not refs:
            continue
        # "Zardari followed" repeats his own side's act; "India followed suit" may repeat another's,
        # towards the same counterpart
        side = refs[0].actor.country
        if side != before.source.country and (not suit or side == before.target.country):
            continue
        picked = anchoring.pick_time(parsed, t.times, [verb.i], verb.i)
        if picked is not None and anchoring.names_an_object(parsed[anchoring.token_of(parsed, picked.start)]):
            picked = None  # "renounced its 1945 treaty, and Poland did the same": the treaty's year
        when = anchoring.date_from_time(picked, time.anchor, ctx.doc.published, False)[0] if picked else None
        if (when is None or when.start is None) and suit and before.evidence.sentence >= t.sentence.index - 1:
            # "X renounced the treaty, and within days Y had done the same", "In 1956 Britain attacked Egypt.
            # France did the same.": about then
            when = before.date
        if when is None or when.start is None:
            continue
        status = judge(verb) if suit else "occurred"
        words = " ".join(w.text for w in [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj", "pobj"))])
        for ref in {r.actor.country: r for r in refs}.values():
            if ref.actor.country == before.target.country:
                continue  # no state repeats an act towards itself
            story.events.append(_again(ctx, t, replace(before, source=state_at(ref.actor, when)), verb, verb,
                                       words, when, status, None))
        if status == "occurred" and scene.narrative(when) and not ctx.news:
            moved = when
            time = replace(time, anchor=when)
    return moved, time


def previous_rounds(ctx: DocumentContext, story: Story, t: TaggedSentence, token: Any, told: list[Event],
                    since: Any) -> None:
    """ "his first visit to Pakistan since 2015": the acts just told were last done in 2015; each
    is stored once more, at that time, as having occurred."""
    when, _ = anchoring.date_from_time(replace(since, since=False), None, ctx.doc.published, False)
    if when is None or when.start is None:
        return
    for act in told:
        story.events.append(_again(ctx, t, act, token, token, f"{token.text} since {since.text}", when,
                                   "occurred", None))


def ordinal_rounds(ctx: DocumentContext, story: Story, t: TaggedSentence, token: Any, told: list[Event],
                   time: Narrative) -> None:
    """ "her third trip to Lima (the first was in 2009)": a clause whose subject is an ordinal standing
    for the act ("the first", "the last") tells another round of it, at the clause's own time."""
    nouns = [token, token.head] if token.dep_ == "conj" else [token]
    for clause in [c for n in nouns for c in n.children if c.dep_ in ("parataxis", "relcl", "appos")]:
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if clause.lemma_.lower() not in word_class("round_verbs"):
            continue  # "(the first was in 2011)", "(the last took place in 2019)"; not "the first expired"
        if subject is None or subject.lower_ not in word_class("round_ordinals") or any(
                c.pos_ in ("NOUN", "PROPN") for c in subject.children):
            continue
        words = list(clause.subtree)
        picked = next((m for m in t.times if any(w.idx <= m.start < w.idx + len(w.text) for w in words)), None)
        if picked is None:
            continue
        status = judge(clause)
        when, warning = anchoring.date_from_time(picked, time.anchor, ctx.doc.published,
                                                 status in NOT_DONE or status == "speculative")
        if when is None or when.start is None:
            continue
        for act in told:
            story.events.append(_again(ctx, t, act, subject, words[-1], f"{subject.text} {clause.text}", when,
                                       status, warning))


def followed_by(ctx: DocumentContext, story: Story, t: TaggedSentence, token: Any, told: list[Event],
                time: Narrative) -> None:
    """ "agreed to sell Jordan tanks, followed by aircraft in 1966": the acts just told (of the trigger
    token) were done again at each time of the "followed by" phrase hung on it."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    for follow in [c for w in [token, *objects] for c in w.children]:
        if follow.lemma_.lower() not in word_class("following_verbs") or follow.tag_ != "VBN" \
                or not any(c.dep_ == "agent" for c in follow.children):
            continue
        words = list(follow.subtree)
        for m in t.times:
            if not any(w.idx <= m.start < w.idx + len(w.text) for w in words):
                continue
            when, warning = anchoring.date_from_time(m, time.anchor, ctx.doc.published, False)
            if when is None or when.start is None:
                continue
            for act in told:
                story.events.append(_again(ctx, t, act, follow, words[-1], f"{follow.text} by", when,
                                           act.status, warning))


def following_suit(ctx: DocumentContext, story: Story, t: TaggedSentence, token: Any,
                   by_token: dict[int, list[ActorRef]], told: list[Event]) -> None:
    """ "Canada imposed sanctions on Iran, with Britain following suit a week later": Britain did the
    same to the same party, at the time its phrase gives (counted from the act's date), else the same."""
    for prep in token.children:
        for follow in prep.children:
            if prep.dep_ != "prep" or follow.dep_ != "pcomp" \
                    or follow.lemma_.lower() not in word_class("following_verbs"):
                continue
            refs = [r for c in follow.children if c.dep_ == "nsubj" for w in c.subtree
                    for r in by_token.get(w.i, []) if r.actor.country]
            words = list(follow.subtree)
            times = [m for m in t.times if any(w.idx <= m.start < w.idx + len(w.text) for w in words)]
            for act in told:
                when = act.date
                coarse = act.date.precision in ("year", "decade", "century")
                if times and not (coarse and times[0].unit in ("day", "week")):
                    # "a week later" than a year stays in that year
                    when = anchoring.date_from_time(times[0], act.date, ctx.doc.published, False)[0] or act.date
                for ref in refs:
                    if (ref.actor.country or ref.actor.code) in {act.target.country, act.source.country}:
                        continue
                    again = replace(act, source=state_at(ref.actor, when))
                    story.events.append(_again(ctx, t, again, follow, words[-1], f"{follow.text} suit", when,
                                               act.status, None))


def at_each_time(ctx: DocumentContext, story: Story, t: TaggedSentence, token: Any, told: list[Event],
                 picked: TimeMention | None, time: Narrative) -> None:
    """ "signed contracts in 2017 and 2018", "met on March 3, May 5 and July 9": the acts just told,
    dated by the first of coordinated times, were done again at each of the others. An act that lasts
    ("investigated in 2019 and 2020") runs from the first time to the last; a span ("between 1995 and
    1997", "throughout 1992 and 1993") is one act already."""
    if picked is None or picked.kind not in ("absolute", "partial") or not told:
        return
    # "struck Syria in 2013 and Lebanon in 2014": a time that dates one of the acts is that act's own; the others are
    # times of the acts the first time dated ("sanctioned Syria in 2012 and 2013, and Iran in 2015")
    own_times = {(e.date.start, e.date.end) for e in told}
    first_time = (told[0].date.start, told[0].date.end)
    all_told, told = told, [e for e in told if (e.date.start, e.date.end) == first_time]
    parsed = token.doc
    first = parsed[anchoring.token_of(parsed, picked.start)]
    if first.head.lower_ in word_class("span_preps"):
        return
    lasting = token.lemma_.lower() in word_class("lasting_acts")
    ends = []
    one_pair = len({(e.source.code, e.target.code) for e in told}) == 1
    for m in t.times:
        if m is picked or m.kind not in ("absolute", "partial") or m.start < picked.end:
            continue
        tok = parsed[anchoring.token_of(parsed, m.start)]
        if not (_coordinated_with(tok, first) or (one_pair and _listed_alike(tok, first))):
            continue  # (items dated in brackets that are the act's parties have their dates already)
        # (a month with no year is of the year the first time gave: "in 1970 ... in March and again in May")
        anchor = told[0].date if m.kind == "partial" and told[0].date.start else time.anchor
        when, warning = anchoring.date_from_time(m, anchor, ctx.doc.published, False)
        if when is None or when.start is None or (when.start, when.end) in own_times:
            continue
        if lasting:
            ends.append(when.end)
            continue
        for act in told:
            if (act.date.start, act.date.end) != (when.start, when.end):
                story.events.append(_again(ctx, t, act, tok, tok, f"{act.trigger}, {m.text}", when, act.status,
                                           warning))
    last = max((e for e in ends if e is not None), default=None)
    if last is not None:  # a lasting act adds no event: the acts just told are the story's last
        for at in range(len(story.events) - len(all_told), len(story.events)):
            act = story.events[at]
            if (act.date.start, act.date.end) == first_time and act.date.start and act.date.end and act.date.end < last:
                story.events[at] = replace(act, date=replace(act.date, end=last))


def _coordinated_with(tok: Any, first: Any) -> bool:
    """Whether a time token is coordinated with the first one ("2017 and 2018": a conj of it, directly
    or through the list), or told again in a phrase of its own ("in 2019 and again in 2023")."""
    prep = tok.head
    # (the parser may hang "again" on the first phrase: "attacked Peru in 1879 and again in 1880")
    again = any(w.lower_ in word_class("again_adverbs") for w in tok.doc[first.i:prep.i])
    if (prep.dep_ == "prep" or (prep.dep_ == "conj" and prep.pos_ == "ADP")) and prep.i > first.i \
            and prep.head in list(first.ancestors) and (
            again or any(c.lower_ in word_class("again_adverbs") for c in prep.children)):
        return True
    node = tok
    for _ in range(6):
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
        if node.i == first.i or (first.dep_ == "nummod" and node.i == first.head.i):
            return True
    return False


def _listed_alike(tok: Any, first: Any) -> bool:
    """ "signed four agreements: LEMOA (2016), COMCASA (2018) ...": years in brackets after the items
    of one list, each the date of its item."""
    return _in_brackets(tok) and _in_brackets(first) and _list_of(tok.head) == _list_of(first.head)


def _in_brackets(tok: Any) -> bool:
    """A year told in brackets after a name ("LEMOA (2016)")."""
    doc = tok.doc
    return tok.i > 0 and doc[tok.i - 1].text == "(" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")"


def _list_of(item: Any) -> int:
    """The noun a listed item belongs to: up through the list and the item's own phrase."""
    node = item
    for _ in range(8):
        # up the list; and up a name's own phrase ("the General Security of Military Information Agreement")
        in_name = node.dep_ in ("pobj", "prep", "compound") and node.pos_ in ("PROPN", "ADP") \
            and node.head.pos_ in ("PROPN", "ADP")
        if not (node.dep_ in ("conj", "appos") or in_name) or node.head.i == node.i:
            break
        node = node.head
    return node.i


def _again(ctx: DocumentContext, t: TaggedSentence, act: Event, first: Any, last: Any, trigger: str,
           when: DateSpan, status: str, warning: str | None) -> Event:
    """An act told before (a round of a series, a leader who "followed") as this sentence states
    it again: the tokens first..last, its date and status."""
    start = t.sentence.start + first.idx
    end = t.sentence.start + last.idx + len(last.text)
    return replace(
        act,
        id=event_id(ctx.doc.id, t.sentence.index, start, end, f"{act.source.code}>{act.target.code}"),
        trigger=trigger, date=when, status=status,
        evidence=Evidence(t.sentence.index, t.sentence.start, t.sentence.end, t.sentence.text),
        references=ctx.cited(t), confidence=0.55, mentions=[], warnings=[warning] if warning else [],
        at=-1, within=-1,  # (told again at another time: no longer the occasion of the meeting it was told within)
    )


def _a_person_unplaced(subject: Any, base: dict[int, list[ActorRef]]) -> bool:
    """Whether a subject is a titled person's name that no actor of the sentence stands for ("Secretary Jane Roe";
    not "the Treaty of Ancon", "Hurricane Maria", "Operation Condor")."""
    words = list(subject.subtree)
    return subject.tag_ == "NNP" and not any(base.get(w.i) for w in words) \
        and all(w.tag_ in ("NNP", "NNPS", "IN", "HYPH", ",") for w in words) \
        and any(w.lower_ in word_class("office_titles") for w in words)


def _followed(told: list[Event], index: int) -> Event | None:
    """The act a "followed" repeats: the latest act that occurred, in this sentence or the one before."""
    for e in reversed(told):
        if index - e.evidence.sentence > 1:
            return None
        if e.status == "occurred" and e.source.country and e.target.country:
            return e
    return None


def _series(told: list[Event], index: int) -> Event | None:
    """The act a round belongs to: the document's latest exercise or talks between two states,
    told within the last few sentences."""
    for e in reversed(told):
        if index - e.evidence.sentence > continuation.WINDOW:
            return None
        if e.event_type in continuation.SERIES_TYPES and e.nominal and e.source.country \
                and e.target.country and e.status == "occurred":
            return e
    return None
