"""Date acts and keep narrative time: the date a sentence's time expression gives an act, the date
an act the sentence leaves undated borrows, and how a sentence moves the story on.

Narrative time is a value (Narrative) that the stages take and return: a function here that
moves it returns the new value, it changes nothing behind the caller's back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..model import Actor, DateSpan, Event
from ..stems import singular
from ..timex import TimeMention
from ..timex.resolve import many_years
from ..timex.spans import month_end, shift_date
from ..timex.words import lookup, number_range
from . import acts, scene
from . import anchor as anchoring
from .arguments import ActorRef, Arguments
from .clauses import BACK_REFERENCE_SPAN, MODIFIER_DEPS, main_clause, told_when
from .lexicon import class_forms, word_class
from .match import TriggerMatch
from .story import DocumentContext, SentenceView
from .tagging import TaggedSentence
from .tenure import term_entered

# acts not done (yet): a time told with them looks ahead
NOT_DONE = frozenset({"planned", "cancelled", "negotiating"})
# how far ahead of a report a plan dated by a month or a day with no year may lie, read as the one to come
_PLANNED_AHEAD_DAYS = 183
# how long before a report a day with no year that was called off may lie ("set for May 9 was put off at the last
# minute", told on May 16)
CALLED_OFF_DAYS = 45


@dataclass(frozen=True)
class Narrative:
    """Where the story stands: the date it has reached, and the sentence that last set it."""

    anchor: DateSpan | None = None
    scene_sentence: int = -1
    years_told: bool = False  # whether the text has told a year yet (a date of its own, not of publication)

    def moved_to(self, span: DateSpan, sentence: int) -> Narrative:
        """The story at an act's date; a new date marks the sentence as where the scene was set."""
        return Narrative(span, sentence if span != self.anchor else self.scene_sentence, self.years_told)

    def told(self, times: list[TimeMention]) -> Narrative:
        """The story after a sentence's times are read: whether a year has been told yet."""
        if self.years_told or not any(m.kind == "absolute" for m in times):
            return self
        return replace(self, years_told=True)

    def publication_year_holds(self, news: bool) -> bool:
        """Whether a day with no year is read in the year of publication: in news, and in any text that has
        told neither a time nor a year of its own ("On March 5, ..."); an essay that has told its years but
        no scene yet, or a scene of many years, is not of the year it was published."""
        return news or (self.anchor is not None and not _many_years(self.anchor)) or not self.years_told

    def year(self, published: date | None) -> int | None:
        """The year the story stands in, else the year of publication."""
        if self.anchor and self.anchor.start:
            return self.anchor.start.year
        return published.year if published else None


@dataclass(frozen=True)
class ActDates:
    """The dates of one trigger's act: per target (each target may have a time of its own), the
    warning of the last time resolved, and the date the act moves narrative time to, if any."""

    spans: dict[int, DateSpan | None]
    first: int  # the token of the first target: the date of a target without one of its own
    warning: str | None
    moves_to: DateSpan | None
    picked: TimeMention | None = None  # the time expression that dates the first target's act

    def of(self, target: ActorRef) -> DateSpan | None:
        return self.spans[target.token] if target.token in self.spans else self.spans.get(self.first)


def act_dates(ctx: DocumentContext, sent: SentenceView, match: TriggerMatch, args: Arguments, status: str,
              time: Narrative) -> ActDates:
    """The dates a sentence gives a trigger's act, from the time expression nearest its words."""
    t, parsed = sent.t, sent.parsed
    # an alleged or rumoured act told in the past ("claims that X had shelled posts on Monday") is past
    # ("claims troops have occupied land since May", "allegedly shelled posts on Monday": past too)
    told = parsed[match.token]
    future = status in NOT_DONE or (status == "speculative" and not (
        scene.told_in_past_perfect(told) or scene.told_in_present_perfect(told) or scene.told_as_past(told)))
    warning = None
    spans: dict[int, DateSpan | None] = {}
    moves_to = None
    first_picked = None
    targets = [r.token for r in args.targets] or [match.token]
    # a table's row telling the first visit since 2023: the visit is the row's, at the row's date
    row_since = t.row_time is not None and any(acts.first_since(parsed[match.token], m) for m in t.times)
    for tok in set(targets):
        near = [tok] if len(set(targets)) > 1 else list(match.tokens)
        picked = anchoring.pick_time(parsed, t.times, near, match.token) or t.row_time
        warpair = "warpair" in match.entry.flags
        if warpair:
            picked = _the_deals_own_date(parsed, t.times, parsed[match.token]) or picked
        if picked is None:
            picked = _there_then(parsed, t.times, match.token)
        if picked is None and match.entry.event_type == "AID":
            picked = _the_disasters_time(parsed, t.times)
        if picked is not None and picked.period is not None and warpair:
            picked = _ending_of_war(parsed, t.times, picked, near, match.token)
        if picked is not None:
            picked = anchoring.own_period(parsed, picked, match.token)
        if picked is not None and picked.period is not None and not warpair:
            picked = _a_date_within(parsed, t.times, picked, near, match.token) or picked
        if row_since:
            picked = t.row_time  # ("(the first was in 2011)" tells of another visit)
        elif picked is not None and acts.first_since(parsed[match.token], picked):
            # "the first visit since 2015": this visit has the sentence's other time, if any
            picked = anchoring.pick_time(parsed, [m for m in t.times if m is not picked], near, match.token) \
                or t.row_time
        if picked is not None and _of_an_earlier_one(parsed, picked, match.token):
            # "a leaders' meeting, last held in Lima in November 2024, could take place in June 2026": the time of
            # the participle is the previous meeting's, this one has the sentence's other time (with none, the
            # participle's time is the nearest the sentence gives to an act done: "the talks, last held in May 2024,
            # were suspended"; a plan or a possibility with none has no date of its own)
            other = anchoring.pick_time(parsed, [m for m in t.times if not _of_an_earlier_one(parsed, m, match.token)],
                                        near, match.token)
            picked = other or (picked if status not in ("planned", "speculative") else None)
        if picked is not None and picked.since and anchoring.in_when_clause(parsed, match.token, picked):
            picked = replace(picked, since=False)  # "since 1962, when Kennedy imposed an embargo": in 1962
        new_date = acts.postponed_to(parsed[match.token], t.raw, t.times)
        if new_date is not None:
            picked = new_date  # "postponed the talks until June": June is the new date, not a span
        span = None
        if picked is not None:
            ahead = future and not anchoring.told_above(parsed, picked, match.token)
            span, warning = _told_date(ctx, sent, match, picked, ahead, time)
            if status == "cancelled" and ctx.news:
                span = _nearest_called_off(picked, span, ctx.doc.published, ahead,
                                           _set_before_the_calling_off(sent, picked, match.token))
            if status == "planned" and ctx.news and picked.kind == "partial" and ctx.doc.published \
                    and span is not None and span.end is not None and span.end < ctx.doc.published \
                    and _a_phrase_of_the_noun(parsed, picked, match.token) \
                    and _same_days(span, anchoring.date_from_time(picked, None, ctx.doc.published, False)[0]) \
                    and not any(t.dep_ == "neg" or t.lower_ in word_class("waiting_negators") for t in parsed):
                # a plan a report tells, dated in its noun's own phrase by a month or a day with no year that only
                # the report's year puts before it ("had offered a meeting in February", told in November): the one
                # to come, if it is near (not the day a plan was told: "said on May 2 that it would"; nor a plan of
                # a year the story told, "In 2019, X proposed talks in March"; nor one told as never held)
                ahead_of = anchoring.date_from_time(picked, None, ctx.doc.published, True)[0]
                if ahead_of is not None and ahead_of.start is not None \
                        and (ahead_of.start - ctx.doc.published).days <= _PLANNED_AHEAD_DAYS:
                    span = ahead_of
            span = _before_or_after_by(parsed, match.token, picked, span)
            # (nor does what lasted until a time: "remained opposed until December 1941"; but "did not recognise
            # it until 1979" was done then)
            lasted = _until(parsed, picked) and not any(c.dep_ == "neg" for c in told.children)
            if lasted and told.lemma_.lower() in word_class("suspending_verbs") and status == "occurred":
                span = None  # "chose to suspend the talks until after the elections in 1996": suspended before then
            if span is not None and status == "occurred" and _before(parsed, picked, told):
                span = _up_to(span)
            if span is not None and not picked.since and not lasted and scene.narrative(span) and status == "occurred" \
                    and not _a_year_before_its_noun(parsed, picked, match.token, ctx.news) \
                    and not _in_parentheses(t.raw, picked):
                moves_to = span  # what happened moves the narrative; plans and rumours do not
        spans[tok] = span
        if tok == targets[0]:
            first_picked = picked
    return ActDates(spans, targets[0], warning, moves_to, first_picked)


def _same_days(a: DateSpan, b: DateSpan | None) -> bool:
    return b is not None and (a.start, a.end) == (b.start, b.end)


def _a_phrase_of_the_noun(parsed: Any, m: TimeMention, trigger: int) -> bool:
    """Whether a time is a phrase of the act's own noun ("talks in February"), or one written after the noun that the
    parser hung on the verb proposing or scheduling it ("suggested talks with Quito in February"; not "suggested in
    February talks with Quito", when the suggestion was made)."""
    outer = anchoring.outer_token(parsed, m)
    noun = parsed[trigger]
    if noun.pos_ != "NOUN" or outer.head.dep_ != "prep":
        return False
    holder = outer.head.head
    return holder.i == trigger or (noun.dep_ in ("dobj", "obj") and noun.head.i == holder.i and outer.i > noun.i
                                   and holder.lemma_.lower()
                                   in word_class("proposing_verbs") | word_class("scheduling_verbs"))


def _of_an_earlier_one(parsed: Any, m: TimeMention, trigger: int) -> bool:
    """Whether a time is told in a participle that says when an act named by a noun was last (or first) done: "the
    meeting, last held in November 2024", not when this one is."""
    noun = parsed[trigger]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    at = anchoring.token_of(parsed, m.start)
    # (a meeting held, a visit made: not a plan's first date, "a state visit, first planned for May 2023, was
    # postponed", nor the act's own, "the treaty, first signed in 1951, was revised in 1960")
    for c in noun.children:
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in word_class("holding_verbs") or not any(
                a.dep_ == "advmod" and a.lower_ in word_class("earlier_instance_adverbs") for a in c.children):
            continue
        # (the parser may hang the participle's later phrases on the noun: "last held in Lima, in November 2024")
        told = {w.i for w in c.subtree} | {w.i for p in noun.children if p.dep_ == "prep" and p.i > c.i
                                           for w in p.subtree}
        if at in told:
            return True
    return False


def _a_date_within(parsed: Any, times: list[TimeMention], war: TimeMention, near: list[int],
                   trigger: int) -> TimeMention | None:
    """ "entered World War I against Germany in April 1917", "entered the war in 1939": a date of the act's own clause
    that meets the named period the act is told with dates it, not the whole period."""
    assert war.period is not None
    clause = anchoring.clause_of(parsed[trigger])
    root = next((t.i for t in parsed if t.dep_ == "ROOT"), 0)
    # ("On December 7, 1941, Japan attacked, and the United States entered the war": a date fronted before the main
    # clause dates the clauses joined to it too)
    joined = clause == root or (parsed[clause].dep_ == "conj" and parsed[clause].head.i == root)

    def told_here(m: TimeMention) -> bool:
        at = anchoring.token_of(parsed, m.start)
        own = anchoring.clause_of(parsed[at])
        return own == clause or (joined and at < root and own == root)

    inside = [m for m in times if m is not war and m.kind == "absolute" and m.period is None and m.first is not None
              and m.first <= war.period[1] and (m.last or m.first) >= war.period[0] and not m.since and told_here(m)]
    return anchoring.pick_time(parsed, inside, near, trigger) if inside else None


def _nearest_called_off(picked: TimeMention, span: DateSpan | None, published: date | None,
                        ahead: bool, looked_back: bool) -> DateSpan | None:
    """ "a meeting set for May 9 was put off at the last minute", told on May 16: a day with no
    year that was called off is the one nearest the report, past or to come; so is a weekday told in the past
    perfect ("called off a trip that had been scheduled for Wednesday")."""
    weekday = picked.rule == "weekday" and looked_back
    if not (picked.kind == "partial" or weekday) or published is None or span is None or span.start is None:
        return span
    other, _ = anchoring.date_from_time(picked, None, published, not ahead)
    if other is None or other.start is None:
        return span
    past, coming = sorted((span, other), key=lambda d: d.start or published)
    # (a day called off weeks ago, "at the last minute", is the past one; "cancelled a visit scheduled for November
    # 4", told in March, is the one to come)
    if past.start is not None and 0 <= (published - past.start).days <= CALLED_OFF_DAYS:
        return past
    return coming


def _set_before_the_calling_off(sent: SentenceView, picked: TimeMention, trigger: int) -> bool:
    """Whether a day called off was told in the past perfect ("a trip that had been scheduled for Wednesday") and
    the calling off has no weekday of its own ("on Wednesday called off talks that had been planned for Monday" are
    next Monday's)."""
    parsed = sent.parsed
    own = anchoring.clause_of(parsed[trigger])
    return _a_look_back(sent, picked) and not any(
        m.rule == "weekday" and m is not picked and anchoring.clause_of(parsed[anchoring.token_of(parsed, m.start)])
        == own for m in sent.t.times)


def _before_or_after_by(parsed: Any, trigger: int, picked: TimeMention | None, span: DateSpan | None
                        ) -> DateSpan | None:
    """An act told in a clause "four days after" (or "a week before") the act of the main clause, dated by the
    main clause's day ("signed the decree on Saturday, four days after jets shot down a bomber"): that day less
    (or plus) the days told, at the precision of a day; months or years told move it at the precision of a month
    or a year ("closed the port on Friday, nearly a month after the ban on its fish": the month before)."""
    if span is None or span.start is None or span.precision not in ("day", "month"):
        return span
    verb = _clause_of_the_act(parsed[anchoring.clause_of(parsed[trigger])])
    node: Any = verb if verb.dep_ == "advcl" else parsed[trigger]
    marker = next((c for c in node.children if c.dep_ == "mark"), None) if verb.dep_ == "advcl" else None
    if marker is None and node.dep_ == "pobj":
        marker, node = node.head, node.head
    if marker is None or marker.lower_ not in word_class("offset_marks"):
        return span
    if picked is not None and parsed[anchoring.token_of(parsed, picked.start)].i in {t.i for t in node.subtree}:
        return span  # the time is the clause's own
    head = node.head if node is marker else node
    # (the parser may hang the amount on the main verb: "took place a month after militants stormed ...")
    main = list(node.head.children) if node.dep_ == "advcl" else []
    amount = next((c for c in [*head.children, *marker.children, *main] if c.dep_ == "npadvmod" and c.i < marker.i
                   and _a_unit_of_time(c.lemma_.lower())), None)
    count = next((c for c in amount.children if c.dep_ in ("nummod", "det")), None) if amount is not None else None
    if amount is None or count is None or amount.i != marker.i - 1:
        return span
    try:
        low, high = number_range(count.lower_)
    except KeyError:
        return span
    if low != high:
        return span
    back = marker.lower_ in word_class("offset_after_marks")  # "four days after" the main clause's day: before it
    unit = str(lookup("units", amount.lemma_.lower()))
    if span.precision == "month" and unit not in ("month", "year"):
        return span  # ("two days after" a month: no month of its own)
    day = shift_date(span.start, unit, -low if back else low)
    if unit == "month":
        return DateSpan(day.replace(day=1), month_end(day.year, day.month), "month", span.text, span.basis)
    if unit == "year":
        return DateSpan(date(day.year, 1, 1), date(day.year, 12, 31), "year", span.text, span.basis)
    return DateSpan(day, day, "day", span.text, span.basis)


def _clause_of_the_act(verb: Any) -> Any:
    """The clause an act's verb belongs to when it is joined to another or is that one's purpose: "a month after
    militants stormed the embassy and took hostages", "two days after police forced their way in to arrest him"."""
    while verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i and (verb.dep_ == "conj" or (
            verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))):
        verb = verb.head
    return verb


def offset_from_the_main_clause(sent: SentenceView, trigger: int, span: DateSpan | None, published: date | None,
                                news: bool = True) -> DateSpan | None:
    """An act with no time of its own, told "two months after" (or "two days after") the act of the main
    clause: the main clause's day moved, or (news) the report's day when the main clause has none ("The trip comes
    two months after the leaders met in Rome"; "envoys left on Sunday, two days after troops entered the
    consulate"); in an essay, the time the story gave the main clause ("The invasion took place a month after
    militants stormed the embassy")."""
    parsed = sent.parsed
    verb = _clause_of_the_act(parsed[anchoring.clause_of(parsed[trigger])])
    if not news and not (verb.dep_ == "advcl" and verb.head.lemma_.lower() in word_class("coming_verbs")):
        # (in an essay, the time the story carries may be the clause's own act's: "In August 1990 Iraq invaded
        # Kuwait. Five months after Iraq invaded Kuwait, ..."; only an act told as coming after it is dated by it)
        return span
    if news and verb.dep_ == "advcl":
        main = [m for m in sent.t.times if m.kind in ("absolute", "partial", "relative")
                and anchoring.clause_of(parsed[anchoring.token_of(parsed, m.start)]) == verb.head.i]
        told = anchoring.resolve(main[0], anchor=None, published=published) if main else None
        span = told if told is not None and told.precision == "day" else span
    return _before_or_after_by(parsed, trigger, None, span)


def _a_unit_of_time(word: str) -> bool:
    """Whether a word is a unit of time an act is told from another by ("days", "week", "months", "year")."""
    try:
        return lookup("units", word) in ("day", "week", "month", "year")
    except KeyError:
        return False


def _in_parentheses(raw: str, m: TimeMention) -> bool:
    """ "a surrender of the posts (already agreed to in 1783)": a date told in a bracketed aside; the story does not
    move to it."""
    before = raw[:m.start]
    if m.kind != "absolute" or before.count("(") <= before.count(")"):
        return False
    # (a date alone in brackets is the act's own: "signed a treaty in Moscow (August 12, 1970)")
    opened, closed = before.rfind("("), raw.find(")", m.end)
    aside = raw[opened + 1:m.start] + raw[m.end:closed if closed >= 0 else len(raw)]
    return len([w for w in aside.split() if w[:1].isalpha()]) >= 2


def _a_year_before_its_noun(parsed: Any, m: TimeMention, trigger: int, news: bool = False) -> bool:
    """ "in connection with the 2024 kidnapping of a dissident, Algeria on April 14 ordered ...": a year
    told before the noun of an act names which act is meant; the story does not move to it. In news, neither
    does a year that names a thing the act is told with ("monitors posted under a 2019 accord"): the report's
    background goes on from where it stood."""
    tok = parsed[anchoring.token_of(parsed, m.start)]
    return m.precision == "year" and (tok.head.i == trigger or news) and tok.i < tok.head.i \
        and tok.head.pos_ == "NOUN" and tok.dep_ in ("nummod", "compound", "amod")


def _before(parsed: Any, m: TimeMention, told: Any) -> bool:
    """Whether a day or month is the time an act was told to come before ("Before November 11, the movement had
    negotiated with Cuba")."""
    tok = parsed[anchoring.token_of(parsed, m.start)]
    prep = tok.head if tok.dep_ == "pobj" else None
    # (not "two days before May 14", a day counted back from it)
    return prep is not None and prep.lower_ in word_class("before_preps") and prep.head.i == told.i \
        and not any(c.dep_ in ("npadvmod", "advmod") for c in prep.children)


def _up_to(span: DateSpan) -> DateSpan:
    """The days of the year up to the day before a day or month's start (an act before it, at year precision)."""
    if span.start is None or span.precision not in ("day", "week", "month"):
        return span
    end = date.fromordinal(span.start.toordinal() - 1)
    return replace(span, start=date(end.year, 1, 1), end=end, precision="year")


def _until(parsed: Any, m: TimeMention) -> bool:
    """Whether a time ends a span something lasted: "until 1990", "until the attack on Pearl Harbor in December
    1941"."""
    tok = parsed[anchoring.token_of(parsed, m.start)]
    # (not a time reached: "called for his return by October 30, 1993")
    return (m.until and not _a_day_reached(parsed.text, m)) or any(
        a.dep_ == "prep" and a.lower_ in word_class("until_preps") for a in tok.ancestors)


def _the_deals_own_date(parsed: Any, times: list[TimeMention], verb: Any) -> TimeMention | None:
    """ "The Treaty of Paris of 1763 ended the Seven Years' War": the date the deal's name gives is when it ended
    the war."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        words = {w.i for w in subject.subtree}
        for m in times:
            tok = parsed[anchoring.token_of(parsed, m.start)]
            if m.kind == "absolute" and m.period is None and tok.i in words and tok.dep_ == "pobj" \
                    and tok.head.lower_ in word_class("naming_preps"):
                return m
    return None


def _ending_of_war(parsed: Any, times: list[TimeMention], war: TimeMention, near: list[int],
                   trigger: int) -> TimeMention:
    """ "ended the Mexican-American War in February 1848": the war ended is no time of the ending, the sentence's
    other time is; with none outside the war's own words ("ended the Chaco War of 1932-35"), the war's
    last day."""
    assert war.period is not None
    words = [w for c in parsed[trigger].children if c.dep_ in ("dobj", "obj") for w in c.subtree]
    others = [m for m in times if m.period is None and not any(w.idx <= m.start < w.idx + len(w.text) for w in words)]
    end = war.period[1]
    return anchoring.pick_time(parsed, others, near, trigger) or replace(war, first=end, last=end, precision="day",
                                                                         period=None)


def _the_disasters_time(parsed: Any, times: list[TimeMention]) -> TimeMention | None:
    """ "The earthquake that struck Ecuador in April 2016 ..., as Peru sent rescue teams": relief the sentence leaves
    undated was sent when the disaster it tells of struck."""
    for noun in acts.disasters_told(parsed):
        words = acts.struck_words(noun)
        told = [m for m in times if m.kind in ("absolute", "partial") and m.period is None
                and anchoring.token_of(parsed, m.start) in words]
        if told:
            return told[0]
    return None


def _there_then(parsed: Any, times: list[TimeMention], trigger: int) -> TimeMention | None:
    """ "is to attend the summits in Manila in November, and plans to meet Prabowo there": an act told at "there"
    or "then" is at the time told before it in the sentence."""
    token = parsed[trigger]
    holders = [token, *(a for a in token.ancestors if a.pos_ in ("VERB", "AUX"))][:3]
    if not any(c.dep_ == "advmod" and c.lower_ in word_class("there_then_words") for h in holders for c in h.children):
        return None
    before = [m for m in times if m.end <= token.idx and m.kind in ("absolute", "partial")]
    return before[-1] if before else None


def _told_date(ctx: DocumentContext, sent: SentenceView, match: TriggerMatch, picked: TimeMention, future: bool,
               time: Narrative) -> tuple[DateSpan | None, str | None]:
    """A time expression of the act resolved, with the tense of its telling."""
    parsed, published = sent.parsed, ctx.doc.published
    # a day and month with no year, before an essay has told any time ("as of March 31"), is not of the year the
    # essay was published in (a news report's is)
    guess = published if time.publication_year_holds(ctx.news) or picked.kind != "partial" else None
    span, warning = resolve_once(sent, picked, future, _shifted_from(sent, picked, published) or time.anchor, guess)
    if picked.since and published and scene.told_in_present_perfect(parsed[match.token]):
        # "India has purchased arms since 2008": up to the time of writing, not to the story's last date
        span, warning = anchoring.date_from_time(picked, None, published, future)
    if picked.kind == "partial" and ctx.news and published and not future and scene.since_the_present(
            parsed[match.token]):
        # "relations have grown warmer since Kim travelled to Russia in September": the September before the
        # report was written, not one of the year an earlier sentence told
        span, warning = anchoring.date_from_time(picked, None, published, False)
    now = time.anchor
    if span is None and picked.kind == "partial" and now is not None and now.basis == "publication" \
            and now.end is not None and scene.told_as_past(parsed[match.token]):
        # narrative time is "now" (a news report's "on Tuesday"): "took the town in
        # November", told in June, is last November, not the one to come
        span, warning = anchoring.date_from_time(picked, None, now.end, False)
    if span is None and picked.kind == "partial" and guess and scene.told_as_past(parsed[match.token]):
        # a story told up to the time of writing ("Ten months on, relations are at their lowest. Modi
        # congratulated Yunus on August 8"): a day done is the latest before publication, not the one to come
        span, warning = anchoring.date_from_time(picked, None, guess, False)
    if future and picked.kind == "partial" and published and scene.told_as_present(parsed[match.token]):
        # a plan told in the present ("he is still expected in Warsaw on September 1",
        # "will visit on Friday") counts from the day of writing, not from a past scene
        span, warning = anchoring.date_from_time(picked, None, published, True)
    return span, warning


def _shifted_from(sent: SentenceView, picked: TimeMention, published: date | None) -> DateSpan | None:
    """ "NATO turned it down in July 1997, and days later Clinton came": a shift forward counts from the date the
    same sentence gave before it, whether or not an act was dated by that date."""
    if picked.kind != "anaphoric" or picked.rule != "shift" or picked.n <= 0:
        return None
    # (a date the clause tells, not a year naming a thing: "recalled the 1999 dispute, and days later ...")
    before = [m for m in sent.t.times if m.kind == "absolute" and m.end <= picked.start
              and anchoring.outer_token(sent.parsed, m).dep_ not in MODIFIER_DEPS]
    return anchoring.date_from_time(before[-1], None, published, False)[0] if before else None


def resolve_once(sent: SentenceView, picked: TimeMention, future: bool, anchor: DateSpan | None,
                 published: date | None) -> tuple[DateSpan | None, str | None]:
    """A time expression of the sentence resolved against narrative time, once: "The following
    day, Haig announced the breakdown of talks and the suspension of aid" dates both acts to the
    same day, though the first one moved narrative time on."""
    # (the days are part of the key: a named war read as its last day is another time than the war; so is "since":
    # "frozen since 2019, when they held a summit" holds the summit in 2019, the freeze since then)
    key = (picked.start, picked.end, picked.first, picked.last, picked.since, picked.until, future)
    if key not in sent.resolved:
        if picked.kind == "partial":
            anchor = _told_before(sent, picked) or _when_frame(sent, picked) or _opening_year(sent, picked) or anchor
            if anchor is not None and anchor.start is not None and anchor.precision in ("day", "week", "month") \
                    and _a_look_back(sent, picked):
                # "The war had begun in March": a look back keeps the story's year (a yearless date
                # told forward is the one nearest the story's day, which may be next year's)
                year = anchor.start.year
                anchor = DateSpan(date(year, 1, 1), date(year, 12, 31), "year", anchor.text, anchor.basis)
        elif picked.kind == "anaphoric" and set(picked.text.lower().split()[:3]) & word_class("sequel_words"):
            # "won a victory in October 1879 and invaded the province the following month": read from
            # the full date the sentence told just before, whether or not its clause was an act
            anchor = _told_before(sent, picked, any_full_date=True) or (
                # "... signed on January 1. X declared it void the next day": in a report whose story stands at its
                # writing, from the day the sentence before told
                sent.previous_day if anchor is None or anchor.basis == "publication" else None) or anchor
        sent.resolved[key] = anchoring.date_from_time(picked, anchor, published, future)
    return sent.resolved[key]


def _when_frame(sent: SentenceView, picked: TimeMention) -> DateSpan | None:
    """The year a "when" clause hangs on, for a month told inside it: "the war of 1965, when troops crossed
    the line in August" is August 1965, wherever the story stood."""
    token = anchoring.token_of(sent.parsed, picked.start)
    for m in sent.t.times:
        if m.kind == "absolute" and m.end <= picked.start and m.first and m.last and not m.since \
                and anchoring.in_when_clause(sent.parsed, token, m):
            return DateSpan(m.first, m.last, m.precision, m.text, "explicit")
    return None


def _opening_year(sent: SentenceView, picked: TimeMention) -> DateSpan | None:
    """The year that opens the sentence, for a day or month told after it with no year ("In 1970, Nixon ordered
    an incursion into Cambodia on April 30"), wherever the story stood before the sentence."""
    for m in sent.t.times:
        if m.kind == "absolute" and m.precision == "year" and m.end <= picked.start and m.first and m.last \
                and m.period is None and not m.since and scene.opens(sent.t.raw, m):
            return DateSpan(m.first, m.last, "year", m.text, "explicit")
    return None


def _a_look_back(sent: SentenceView, picked: TimeMention) -> bool:
    """Whether the clause a time expression belongs to is told in the past perfect ("had begun in March")."""
    verb = sent.parsed[anchoring.clause_of(sent.parsed[anchoring.token_of(sent.parsed, picked.start)])]
    return verb.pos_ in ("VERB", "AUX") and scene.told_in_past_perfect(verb)


def _told_before(sent: SentenceView, picked: TimeMention, any_full_date: bool = False) -> DateSpan | None:
    """The month or day written out in full earlier in the sentence, if any: a bare month read after
    it is read from it ("the blockade began in January 1995, and the raids followed in
    September": September 1995, whatever year the story stood in before the sentence). With
    any_full_date, a year or a named period counts too ("in 1879 ... the following year")."""
    before = [m for m in sent.t.times if m.kind == "absolute" and m.end <= picked.start and m.first and m.last
              and not m.since and (any_full_date or (m.precision in ("day", "month") and m.period is None))]
    if not before:
        return None
    m = before[-1]
    assert m.first is not None and m.last is not None
    told = DateSpan(m.first, m.last, m.precision, m.text, "explicit")
    if any_full_date:
        # "protests of August and September 1988 and a junta took power on September 18, ... later that month":
        # a day told after the full date, in its year, is the latest time told
        days = [d for d in sent.t.times if d.kind == "partial" and m.end <= d.start and d.end <= picked.start]
        if days:
            span = anchoring.date_from_time(days[-1], told, None, False)[0]
            if span is not None and span.start is not None:
                return span
    return told


_OCCASION_REACH = 3  # sentences: how far back "during the meeting" looks for the talks it names


def fallback_date(ctx: DocumentContext, told: list[Event], time: Narrative, t: TaggedSentence, source: Actor,
                  target: Actor, event_type: str, status: str = "occurred",
                  back_reference: str = "", named_as: str = "", at_occasion: bool = False,
                  standing: bool = False) -> tuple[DateSpan | None, Narrative]:
    """The date of an act its sentence leaves undated, and narrative time after it: an earlier
    mention of the act (the story returns to its time), the day of the talks it was done at ("during the
    meeting"), the sentence's citation, publication (news), else narrative time (essays). named_as: the noun
    the act is named by, if any ("after the declaration was signed" is not the treaty signed before); standing:
    the act is told in the present perfect ("Warsaw has backed Kyiv"), no act of the scene just told."""
    span = date_told_before(told, t.sentence.index, time, source, target, event_type, back_reference, named_as)
    if span is not None:
        # a later mention of an act already dated: the narrative returns to its time
        return span, (replace(time, anchor=span) if scene.narrative(span) else time)
    pair = {source.country or source.code, target.country or target.code}
    if at_occasion:
        # "During the meeting, Kim invited Putin": at the talks told last (a few sentences back at most)
        met = next((e for e in reversed(told) if e.event_type == "CONSULT" and e.date.start
                    and {e.source.country or e.source.code, e.target.country or e.target.code} == pair
                    and 0 <= t.sentence.index - e.evidence.sentence <= _OCCASION_REACH
                    and (e.date.basis != "publication" or e.date.text is not None)), None)
        if met is not None:
            return DateSpan(met.date.start, met.date.end, met.date.precision, met.date.text, "discourse"), time
    cite = anchoring.citation_date(ctx.cited(t))
    if cite is not None:
        return cite, time
    # (a day or month the sentence before told, "On Sunday, Correa accused ...", is a scene too, resolved against
    # publication or not; "earlier this week" names no scene; what "has" been done is no act of the scene: see below)
    near = 0 <= t.sentence.index - time.scene_sentence <= 1 and status == "occurred"
    recent_scene = near and time.anchor is not None and not standing and (time.anchor.basis == "explicit" or (
        time.anchor.text is not None and time.anchor.precision in ("day", "month")))
    if ctx.news and near and standing and time.anchor is not None and time.anchor.basis == "explicit" \
            and time.anchor.start is not None and ctx.doc.published is not None \
            and time.anchor.start <= ctx.doc.published:
        # "Under a treaty signed in 1951, ... Peru has sent troops to ...": what "has" been done since the time just
        # told, up to the report, when exactly the text does not say (not an act of that time, nor of the report's day)
        return DateSpan(time.anchor.start, ctx.doc.published, "unknown", None, "discourse"), time
    if ctx.news and not recent_scene:
        # a news report's act with no date of its own: told as done, planned, rumoured, put off or
        # denied, as of the report (a plan with no date of its own is dated when it was made known; an
        # act that did not happen, when the text places its not happening)
        return anchoring.publication_date(ctx.doc.published), time
    return anchoring.discourse_date(time.anchor), time


def date_told_before(told: list[Event], index: int, time: Narrative, source: Actor, target: Actor, event_type: str,
                     back_reference: str, named_as: str = "") -> DateSpan | None:
    """The date of the act told before that a back reference in sentence `index` mentions again, if it was dated: the
    same type between the same pair (in the same direction, for a visit or an act not done by both)."""
    pair = {source.country or source.code, target.country or target.code}
    for e in _referred_back(told, index, time, back_reference):
        if named_as and not _may_name(named_as, e):
            continue
        same_pair = {e.source.country or e.source.code, e.target.country or e.target.code} == pair
        # "the trip" of Putin is not the visit Zardari paid Moscow: a visit has a direction (and so has any act not
        # done by both: Chile's expulsion of Peru's envoy is not the one Peru made earlier that week)
        directed = e.mode == "visit" or not e.reciprocal
        same_pair = same_pair and (not directed or (e.source.country or e.source.code)
                                   == (source.country or source.code))
        stated = e.date.basis != "publication" or e.date.text is not None  # not a default date
        if same_pair and e.event_type == event_type and e.date.start and stated:
            return DateSpan(e.date.start, e.date.end, e.date.precision, e.date.text, "discourse")
    return None


def _may_name(named_as: str, e: Event) -> bool:
    """Whether a noun (after the nouns that modify it) may name an act told before: the same noun, or a generic one
    ("after the accord was signed"), and the kind its modifiers give told there too ("the armistice agreement" is
    not a border treaty)."""
    *kinds, noun = named_as.split()
    words = {singular(w) for w in e.trigger.split()}
    same = len(words) == 1 or noun in words or noun in word_class("generic_bond_nouns")
    return same and all(kind in e.evidence.text.lower() for kind in kinds)


def after_what_it_answers(sent: SentenceView, match: TriggerMatch, time: Narrative,
                          published: date | None) -> DateSpan | None:
    """The year of the act an undated reaction answers, when the sentence dates that act later than
    narrative time: "Chile protested against the blockade, which began in January 1995" is no earlier
    than January 1995, wherever the story stood. None when the reaction's object carries no such date."""
    trigger = sent.parsed[match.token]
    answered = {tok.i for child in trigger.children if child.dep_ in ("dobj", "obj", "prep") for tok in child.subtree}
    for m, span in _times_among(sent, answered, ("absolute", "relative"), time, published):
        start = span.start
        assert start is not None  # _times_among yields resolved starts only
        if time.anchor is not None and time.anchor.end is not None and time.anchor.end >= start:
            continue
        if m.kind == "relative" and published is not None and start <= published:
            # "accused China of firing on its boat on Saturday" in Monday's news: from Saturday to the
            # day the news was written
            return DateSpan(start, published, "day" if start == published else "week", m.text, "discourse")
        if m.kind == "absolute":
            return DateSpan(start, date(start.year, 12, 31), "year", m.text, "discourse")
    return None


def when_its_subject_was_made(sent: SentenceView, match: TriggerMatch, time: Narrative,
                              published: date | None) -> DateSpan | None:
    """The date of an act done by a thing the sentence dates as it names it: "the resolution, adopted on
    November 22, called for a withdrawal" calls for it on November 22. None when the subject carries no
    participle with a time of its own."""
    trigger = sent.parsed[match.token]
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    states = {r.token for r in sent.named}  # "Peru, bound by an alliance signed in 1873, demanded": no thing made
    made = {tok.i for subject in verb.children if subject.dep_ in ("nsubj", "nsubjpass") and subject.i not in states
            for clause in subject.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
            for tok in clause.subtree}
    return next((span for _, span in _times_among(sent, made, ("absolute", "partial"), time, published)), None)


def up_to_writing(sent: SentenceView, match: TriggerMatch, time: Narrative, published: date | None) -> DateSpan | None:
    """The date of an act told in the present perfect with no time of its own, in a text that is not
    news: from the latest time the sentence told before it ("Under Halvorsen, who took office in June
    2022, the two have expanded exercises") up to the time of writing. None with no such time (a one-off
    act told so, "Norway has protested", is not stretched over the years since the story's last date)."""
    trigger = sent.parsed[match.token]
    verb = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in ("VERB", "AUX")), trigger)
    if published is None or not scene.told_in_present_perfect(verb):
        return None
    before = {t.i for t in sent.parsed if t.i < trigger.i}
    told = [span for _, span in _times_among(sent, before, ("absolute",), time, published)]
    start = told[-1] if told else None
    if start is None or start.start is None or start.start > published:
        return None
    return DateSpan(start.start, published, start.precision, start.text, "discourse")


def _times_among(sent: SentenceView, tokens: set[int], kinds: tuple[str, ...], time: Narrative,
                 published: date | None) -> Iterator[tuple[TimeMention, DateSpan]]:
    """The sentence's times of these kinds (not "since") told within the tokens, resolved against
    narrative time, in text order; those that resolve to no start are left out."""
    if not tokens:
        return
    for m in sent.t.times:
        if m.kind in kinds and not m.since and anchoring.token_of(sent.parsed, m.start) in tokens:
            span = anchoring.resolve(m, anchor=time.anchor, published=published)
            if span is not None and span.start is not None:
                yield m, span


def after_its_cause(when: DateSpan) -> DateSpan:
    """The date of an act another brought about, borrowed from the day the story stands on: that day
    to the end of its month, since it came after ("the raid on May 1 led to the cancellation of the
    talks" is told as of May, not of May 1)."""
    if when.basis != "discourse" or when.precision != "day" or when.start is None:
        return when
    return replace(when, end=month_end(when.start.year, when.start.month), precision="month")


def after_the_scene(when: DateSpan) -> DateSpan:
    """The date of an act told as coming after the days the story stands on ("In the aftermath, ..."): from their
    last day to the end of that month."""
    if when.basis != "discourse" or when.precision != "day" or when.end is None:
        return when
    return replace(when, start=when.end, end=month_end(when.end.year, when.end.month), precision="month")


def _referred_back(told: list[Event], index: int, time: Narrative, back_reference: str) -> Iterator[Event]:
    """The acts told before that a back reference may mean, latest first. Acts are told in text
    order, so the walk back stops at the first one out of reach: the cost is what it reads, not
    the length of the document."""
    if not back_reference:
        return
    reach = BACK_REFERENCE_SPAN if back_reference == "noun" else 10 ** 6
    # an act told before the narrative last moved on is not the one referred back to
    floor = time.scene_sentence if back_reference == "noun" else -1
    for e in reversed(told):
        if index - e.evidence.sentence > reach or e.evidence.sentence < floor:
            return
        yield e


def scene_time(t: TaggedSentence, parsed: Any, time: Narrative, published: date | None, news: bool = False
               ) -> Narrative:
    """Narrative time after a sentence that moved it by no act: a time adverbial opening it ("By the
    winter of 1978, ..."), or a time in the main clause of a sentence that states no act of its own."""
    # (and in news, a time told from the day of writing: "The quarrel began last Friday, when ...")
    days_ago = news and published is not None
    # "since the 1960s" reaches up to narrative time: it states how long, not when the scene is; a named period
    # of years is no scene either, unless it opens a paragraph, or tells the time after it ("After the end of World
    # War II, ..."), and takes the story forward ("In 1937, ... <new paragraph> During World War II, ...": what follows
    # is of the war's years, not of 1937)
    times = [m for m in t.times if (m.kind in ("absolute", "partial", "anaphoric") or (
             days_ago and m.kind == "relative")) and not m.since and not (
             _long_period(m) and not ((t.opens_paragraph or _after_it(m)) and scene.opens(t.raw, m)
                                      and _later_than(m, time.anchor)))
             and not _in_parentheses(t.raw, m)]
    heading = scene.section_heading(t)
    if heading is not None:
        span = anchoring.resolve(heading, anchor=time.anchor, published=published)
        return replace(time, anchor=span, scene_sentence=t.sentence.index) if span is not None else time
    # ("The 1981 imposition of martial law drove it underground": a year written before a noun opens no scene; it
    # is read as any other time of the sentence, a look back if it is earlier; but "The 1973 war began in October"
    # gives the month its year)
    yearless = any(m.kind == "partial" for m in times)
    opening = [m for m in times if scene.opens(t.raw, m) and not (
        parsed is not None and not yearless and scene.before_its_noun(parsed[anchoring.token_of(parsed, m.start)]))]
    inside = False
    if not opening and parsed is None:
        # not parsed (no act told): "there had been no incidents until 1990, when ...": a later
        # full date brought in by "in", "by" or "until" moves the story on
        opening, inside = scene.later_full_dates(t.raw, times, time.anchor)[-1:], True
        if not opening and days_ago:
            # "The quarrel began last Friday, when ...": in news, the day told from the writing
            opening = [m for m in times if m.kind == "relative"][:1]
        if not opening and _many_years(time.anchor):
            # "... from the late 1950s to the mid-1970s. The first crisis came in the Congo, which gained its
            # independence on June 30, 1960.": the first day or month told with its year within a story set
            # across many years is where it stands
            opening = _first_day_within(times, time.anchor)
    if parsed is not None:
        times = [m for m in times if not anchoring.names_a_line(parsed, m)]
    if not opening and parsed is not None:
        main = [m for m in times if main_clause(parsed, anchoring.token_of(parsed, m.start))
                and (m.until or not scene.of_a_noun(parsed[anchoring.token_of(parsed, m.start)]))
                and not scene.marks_a_thing(anchoring.outer_token(parsed, m))
                and not scene.a_look_ahead(t.raw, m, time.anchor)]
        # the latest main-clause time is where the narrative stands; with none, a later full date in a "when"
        # clause ("the problems Kennedy inherited when he took office in January 1961", not "a war, which
        # began on January 16, 1991, and ended ...", told in passing)
        framed = main or [m for m in scene.later_full_dates(t.raw, times, time.anchor)
                          if _in_when_clause(parsed[anchoring.token_of(parsed, m.start)])]
        if not framed and _many_years(time.anchor):
            framed = _first_day_within(times, time.anchor)
        if not framed and time.anchor is None:
            # "The doctrine arose from a speech delivered on March 12, 1947": with no time told yet, the first day
            # or month told with its year anywhere in the sentence sets the scene (not a bare year, which may
            # look ahead: "the treaties, which were ratified in 1978"; nor a look back: "X, who had met Y on ...")
            framed = [m for m in times if m.kind == "absolute" and m.first is not None and m.period is None
                      and m.precision in ("day", "month") and not any(
                          a.dep_ == "relcl" and scene.told_in_past_perfect(a)
                          for a in parsed[anchoring.token_of(parsed, m.start)].ancestors)][:1]
        opening, inside = framed[-1:], True
    if not opening:
        return _into_a_term(t, parsed, time, news)
    if not news and _of_the_scholarship(t, parsed):
        return time
    span = anchoring.resolve(opening[0], anchor=time.anchor, published=published)
    now = time.anchor
    if inside and span is not None and parsed is not None and t.opens_paragraph and _a_day_or_month(opening[0], span) \
            and scene.told_in_past_perfect(parsed[anchoring.token_of(parsed, opening[0].start)].sent.root):
        # "Carter had entered office in January 1977 intending to ...": an essay that opened on its climax goes
        # back, in a paragraph of its own, to tell what led up to it, and the months it tells next are of that
        # year (inside a paragraph, "They had last met in January 1983" is background)
        return replace(time, anchor=span, scene_sentence=t.sentence.index)
    if inside and span is not None and now is not None and now.start and span.end and span.end < now.start \
            and scene.narrative(now) and opening[0].kind != "relative":
        # "... the friendship set down in the 1921 treaty": a look back within a sentence (but a scene that is
        # a long period, "in the first half of the 20th century", gives way to a day told after it; and a news
        # report's day told from its writing may go back: "The quarrel began last Friday, when ...")
        return time
    root = parsed[anchoring.token_of(parsed, opening[0].start)].sent.root if parsed is not None else None
    if span is not None and root is not None and scene.flashback(root, span, time.anchor):
        return time
    if span is not None and (scene.narrative(span) or scene.moves_away(time.anchor, span)):
        return replace(time, anchor=span, scene_sentence=t.sentence.index)
    return _into_a_term(t, parsed, time, news)


def _of_the_scholarship(t: TaggedSentence, parsed: Any) -> bool:
    """Whether a sentence tells of what historians wrote, not of the story: "In 1965, historian Gar Alperovitz
    published a book which argued ...", "Other scholars in the 1990s argued ..." (its time is of the writing, and
    the story stays where it stood; not "In 1950, scholars fled China", an act of the story)."""
    words, writing = word_class("scholar_nouns"), word_class("scholarly_verbs")
    if parsed is None:
        raw = [w.lower().strip(",.;:") for w in t.raw.split()]
        return any(w in words for w in raw[:8]) and not class_forms("scholarly_verbs").isdisjoint(raw)
    root = parsed[anchoring.token_of(parsed, 0)].sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return root.lemma_.lower() in writing and any(w.lemma_.lower() in words for s in subjects for w in (
        s, *(c for c in s.children if c.dep_ in ("compound", "appos", "amod"))))


def _into_a_term(t: TaggedSentence, parsed: Any, time: Narrative, news: bool) -> Narrative:
    """The story moved on into the years of a leader the sentence tells of in office, if it stood before them (not in
    news: "the Trump administration" told in December 2016 is the one to come; only in a sentence parsed)."""
    if news or parsed is None:
        return time
    span = term_entered(parsed, t.raw, time.anchor)
    return replace(time, anchor=span, scene_sentence=t.sentence.index) if span is not None else time


def _after_it(m: TimeMention) -> bool:
    """Whether a time is the time right after a named period ("after the end of World War II")."""
    return m.period is not None and m.first is not None and m.first >= m.period[1]


def _later_than(m: TimeMention, anchor: DateSpan | None) -> bool:
    """Whether a time begins after narrative time does (or the story has no time yet)."""
    return anchor is None or anchor.start is None or (m.first is not None and m.first > anchor.start)


def _many_years(span: DateSpan | None) -> bool:
    """Whether narrative time is a stretch of three years or more, in which a day has no year."""
    return span is not None and span.start is not None and span.end is not None and many_years(span.start, span.end)


def _first_day_within(times: list[TimeMention], span: DateSpan | None) -> list[TimeMention]:
    """The first day or month told with its year inside a stretch of narrative time."""
    if span is None or span.start is None or span.end is None:
        return []
    start, end = span.start, span.end
    return [m for m in times if m.kind == "absolute" and m.first is not None and m.period is None
            and m.precision in ("day", "month") and start <= m.first <= end][:1]


def _a_day_or_month(m: TimeMention, span: DateSpan) -> bool:
    """A full date to the month or the day, not a named period ("in January 1977", not "the Korean War")."""
    return m.kind == "absolute" and m.period is None and span.precision in ("day", "month")


def _in_when_clause(tok: Any) -> bool:
    """Whether a token is in an adverbial clause brought in by "when"."""
    clause = next((node for node in [tok, *tok.ancestors] if node.dep_ == "advcl"), None)
    return clause is not None and told_when(clause)


def later_past_date(parsed: Any, times: list[TimeMention], after: DateSpan | None) -> TimeMention | None:
    """The last full date of the times after a given date, told in the sentence's main clause as done."""
    if after is None or after.end is None:
        return None
    later = [m for m in times if m.kind == "absolute" and m.first and m.first > after.end and not m.since
             and not anchoring.names_a_line(parsed, m)
             and (not m.until or _a_day_reached(parsed.text, m)) and _told_done_in_main_clause(parsed, m)]
    return later[-1] if later else None


def _a_day_reached(text: str, m: TimeMention) -> bool:
    """ "by 1794 its forces had lost" (a time reached), "until June 28, 2004, when it handed over" (what
    happened then): not how long an act lasted ("stayed until February 1989")."""
    before = [w.lower() for w in text[:m.start].split()[-1:]]
    after = [w.lower() for w in text[m.end:].lstrip(" ,").split()[:1]]
    return bool(set(before) & word_class("reached_time_preps") or set(after) & word_class("simultaneity_words"))


def _told_done_in_main_clause(parsed: Any, m: TimeMention) -> bool:
    """A time of the main clause told in the past, not a thing's date ("the revolution of January 2011")."""
    tok = parsed[anchoring.token_of(parsed, m.start)]
    return main_clause(parsed, tok.i) and not scene.of_a_noun(tok) \
        and scene.told_as_past(parsed[anchoring.clause_of(tok)])


def told_later(sent: SentenceView, told: list[Event], last: DateSpan, published: date | None) -> DateSpan | None:
    """A later day the main clause reaches with a time no act was dated by: "closed the border on March 9
    and addressed congress the following day" ends on March 10, though the address is no act between
    states, so that "that same day" in the next sentence is March 10."""
    told_at = [m.end for m in sent.t.times if m.text == last.text]
    for m in reversed(sent.t.times):
        if m.kind != "anaphoric" or not told_at or m.start < told_at[0]:
            continue  # "stopped three months later, when both signed on August 14": read from before
        dated = any(e.evidence.sentence == sent.t.sentence.index and e.date.text == m.text for e in told[-20:])
        if dated or not main_clause(sent.parsed, anchoring.token_of(sent.parsed, m.start)):
            return None  # the last such time dated an act, or is told in passing
        span = anchoring.resolve(m, anchor=last, published=published)
        if span is not None and span.start and last.end and span.start > last.end:
            return span
        return None
    return None


def _long_period(m: TimeMention) -> bool:
    """A named period of years ("the Vietnam War", "during World War II") or the time next to one ("the
    post-World War II era"): it dates the acts it is told with, but it is no scene against which later
    days and months are read."""
    if m.period is None or m.first is None or m.last is None:
        return False
    beside = m.first < m.period[0] or m.last > m.period[1]
    return beside or (m.last - m.first).days > 740
