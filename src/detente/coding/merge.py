"""Merge mentions of the same act within a document into one event.

Two events are one act when they have the same type, the same actors (either
direction when the act is reciprocal), compatible statuses, and date intervals
that overlap (or one of them is undated); told by verbs in two sentences, only
when one tells the other again in a clause of background (Event.recalled) or
both are of one day. A meeting its sentence tells again as the occasion or the
purpose of a meeting told by a verb ("conferred at a summit", "conferred to plan
the talks", Event.within) is that one, if their dates meet. The first mention
stays the event's evidence; the others are kept in `mentions`; the most precise
date wins.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from ..model import DateSpan, Event
from ..stems import stem as stem_word
from ..timex.words import is_period_name
from .lexicon import word_class

_STEMS_KEPT = 8192  # triggers whose stems merge keeps (a document's acts use a few hundred)
PRECISION_ORDER = ["day", "week", "month", "season", "year", "decade", "century", "unknown"]


def _overlap(a: Event, b: Event) -> bool:
    if not (a.date.start and b.date.start):
        return True
    return a.date.start <= (b.date.end or b.date.start) and b.date.start <= (a.date.end or a.date.start)


def _same_act(a: Event, b: Event, headlines: Collection[str] = ()) -> bool:
    if a.event_type != b.event_type or a.status != b.status:
        return False
    pair_a = tuple(sorted((a.source.country or a.source.code or "", a.target.country or a.target.code or "")))
    pair_b = tuple(sorted((b.source.country or b.source.code or "", b.target.country or b.target.code or "")))
    if pair_a != pair_b:
        return False
    directed_same = (a.source.country, a.target.country) == (b.source.country, b.target.country)
    if not (directed_same or a.reciprocal or b.reciprocal):
        return False
    if _told_within(a, b) or _told_within(b, a):
        # "conferred at a summit in Quito", "conferred to plan the talks": the meeting told again is that one, if their
        # dates meet (not "met at the talks in 1961 and in 1965 at a summit")
        return _overlap(a, b)
    one_time = bool(a.mode) and a.mode == b.mode and a.mode in word_class("one_time_modes")
    # (a visit told again by its noun in its sentence is that visit: "toured Quito in May, the first visit by a Chilean
    # president")
    visit_again = a.mode == b.mode == "visit" and stem(a.trigger) == stem(b.trigger)
    if a.evidence.sentence == b.evidence.sentence and a.trigger != b.trigger and not one_time and not visit_again:
        # two different triggers in one sentence state two acts (but "declared the envoy persona non grata and
        # gave him 72 hours to leave" tells one expulsion twice)
        return False
    if b.additional and a.evidence.sentence != b.evidence.sentence:
        return False  # "Peru also agreed to ...": one more act, not the one told before
    if one_time and a.date.precision == b.date.precision == "day" and a.date.start == b.date.start:
        return True  # "expelled the ambassador ... ordered him to leave": one expulsion, told twice that day
    if a.date.basis == b.date.basis == "explicit" and (stem(a.trigger) != stem(b.trigger)
                                                        or (a.date.start, a.date.end) != (b.date.start, b.date.end)):
        return False  # two acts each dated by the text in its own words are two acts
    undated_headline = any(e.id in headlines and e.date.start is None for e in (a, b))
    # a noun told later restates an act in other words, unless "a" or "an" brings it in as a new one
    restated = a.nominal or (b.nominal and not b.indefinite)
    if not (a.nominal or b.nominal or a.recalled or b.recalled or undated_headline) \
            and a.evidence.sentence != b.evidence.sentence and not a.date.precision == b.date.precision == "day":
        # two verbs in two sentences tell two acts ("they agreed to postpone the decision", later "they agreed to
        # share the territory"): a text tells an act again by a noun ("the agreement"), in a clause of background
        # ("After X invaded Y, ..."), or as done on the same day
        return False
    if stem(a.trigger) != stem(b.trigger) and not (restated or undated_headline):
        # "criticized" and "denounced" in different sentences: two statements; but a headline's act
        # its sentence leaves undated ("warships dock in Karachi") is told again by the body in its own
        # words ("a task group sailed into Karachi on Monday")
        return False
    return _overlap(a, b)


@lru_cache(maxsize=_STEMS_KEPT)
def stem(trigger: str) -> str:
    """The stem of a trigger's first word (asked for again and again as a long document's acts are compared: the
    recent ones are kept, a bounded number, so that a long run over an archive does not grow with its triggers)."""
    return stem_word(trigger.split()[0].lower() if trigger else "")


BASIS_ORDER = ["explicit", "citation", "discourse", "publication"]


def _rank(e: Event) -> tuple[int, int]:
    """Lower is better: a date the text states beats one inferred, then the finer precision."""
    if not e.date.start:
        return (99, 99)
    basis = BASIS_ORDER.index(e.date.basis) if e.date.basis in BASIS_ORDER else 9
    return (basis, PRECISION_ORDER.index(e.date.precision) if e.date.precision in PRECISION_ORDER else 99)


COARSE = {"year", "decade", "century"}
SUMMARY_SPAN_DAYS = 366  # a noun dated by a named period longer than this (a war of years) summarises no act told in it


def _summary_of(a: Event, b: Event) -> bool:
    """ "The 1965 war" (a noun, dated to the year) names the act that "clashed in early 1965" details."""
    if not (a.nominal and a.date.precision in COARSE and a.date.start and b.date.start):
        return False
    if a.date.end and (a.date.end - a.date.start).days > SUMMARY_SPAN_DAYS and is_period_name(a.date.text or ""):
        return False  # "the Philippine-American War" (1899-1902) names no one battle of it: each is an act of its own
    if a.event_type != b.event_type or a.status != b.status or _rank(b)[1] >= _rank(a)[1]:
        return False
    return _bucket(a) == _bucket(b) and _dated_within(b, a)


def _narrows_its_meeting(into: Event, told: Event) -> bool:
    """ "In 1970 X met Y at a summit in March": the occasion a meeting is told at dates it more finely, within its own
    dates."""
    return _told_within(told, into) and _dated_within(told, into) and _rank(told)[1] < _rank(into)[1]


def _told_within(inner: Event, outer: Event) -> bool:
    """Whether a meeting is told again in the sentence of another as its occasion or purpose (Event.within)."""
    return inner.within >= 0 and inner.within == outer.at and inner.evidence.sentence == outer.evidence.sentence


def _dated_within(inner: Event, outer: Event) -> bool:
    """Whether one event's dates lie within another's (both dated)."""
    if not (inner.date.start and outer.date.start):
        return False
    return outer.date.start <= inner.date.start and (inner.date.end or inner.date.start) <= (
        outer.date.end or outer.date.start)


def _bucket(e: Event) -> tuple[str, str, tuple[str, ...]]:
    """Only events of one type and status between one pair can be the same act: compare within buckets."""
    pair = sorted((e.source.country or e.source.code or "", e.target.country or e.target.code or ""))
    return e.event_type, e.status, tuple(pair)


def _told_by_a_verb(e: Event) -> bool:
    """An act told by a verb, dated, not recalled: it is the same act as another only if that one
    is a noun, recalled, undated, told in its own sentence or, for an act of one day, of one day
    too (see _same_act and _summary_of)."""
    return not (e.nominal or e.recalled or e.date.start is None)


_DAYS_INDEXED = 31  # an act of one day spanning more days than this ("May 1-June 15") is compared with every such act


class _Bucket:
    """The positions of the merged events of one bucket, indexed by what a mention told by a verb can
    merge with, so that a long document's thousand agreements are not each compared with every other."""

    def __init__(self) -> None:
        self.members: list[int] = []  # in order of first mention
        self.open: list[int] = []  # nouns, acts recalled, undated: any mention may be one of these
        self.by_day: dict[date, list[int]] = {}  # acts of one day, under each day they cover
        self.of_days: list[int] = []  # acts of one day, all of them
        self.wide: list[int] = []  # acts of one day told over more than _DAYS_INDEXED days
        self.by_sentence: dict[int, list[int]] = {}
        self._opened: set[int] = set()  # positions filed as open
        self._dated: set[tuple[int, date | None, date | None]] = set()  # (position, start, end) filed by its days

    def add(self, at: int, e: Event) -> None:
        self.members.append(at)
        self.by_sentence.setdefault(e.evidence.sentence, []).append(at)
        self.refile(at, e)

    def refile(self, at: int, e: Event) -> None:
        """File a member again after its date or kind changed (a member once filed stays filed)."""
        if not _told_by_a_verb(e) and at not in self._opened:
            self._opened.add(at)
            self.open.append(at)
        if e.date.precision == "day" and (at, e.date.start, e.date.end) not in self._dated:
            self._dated.add((at, e.date.start, e.date.end))  # (a member redated is filed under its new days too)
            self.of_days.append(at)
            days = _days(e.date)
            if days is None:
                self.wide.append(at)
            for day in days or ():
                self.by_day.setdefault(day, []).append(at)

    def candidates(self, told: Event) -> list[int]:
        """The members told may be the same act as, in order of first mention."""
        if not _told_by_a_verb(told):
            return self.members
        found = set(self.open)
        found.update(self.by_sentence.get(told.evidence.sentence, ()))
        if told.date.precision == "day":
            # (of one day too: only those whose days meet its own can be the same act, see _same_act)
            days = _days(told.date)
            if days is None:
                found.update(self.of_days)
            else:
                found.update(self.wide)
                for day in days:
                    found.update(self.by_day.get(day, ()))
        return sorted(found)


def _days(span: DateSpan) -> list[date] | None:
    """The days a span covers, None when it is undated or longer than _DAYS_INDEXED days."""
    if span.start is None:
        return None
    count = ((span.end or span.start) - span.start).days + 1
    if count > _DAYS_INDEXED or count < 1:
        return None
    return [span.start + timedelta(days=n) for n in range(count)]


def merge_events(events: list[Event]) -> list[Event]:
    """One event per act, in order of first mention, every mention kept."""
    merger = Merger()
    for e in events:
        merger.add(e)
    return merger.merged


class Merger:
    """merge_events one mention at a time, as a document is read: the events merged so far, and
    which of them changed since last asked (new, or joined by a mention). The events given are
    never changed: the coder still reads them as told. An act told once is kept as told (a long
    document's acts are not held twice); it is copied when a mention joins it or its date is set."""

    def __init__(self, headlines: Collection[str] = ()) -> None:
        self.headlines = headlines  # ids of headline acts their sentence leaves undated (the Story's, as it grows)
        self.merged: list[Event] = []
        self._buckets: dict[tuple[str, str, tuple[str, ...]], _Bucket] = {}
        self._changed: set[int] = set()  # positions in merged of the events changed since last asked
        self._own: set[int] = set()  # positions in merged of the copies this merger may change

    def add(self, told: Event) -> None:
        """Merge one more mention, told after every mention added before."""
        bucket = self._buckets.setdefault(_bucket(told), _Bucket())
        at = next((i for i in bucket.candidates(told)
                   if _same_act(m := self.merged[i], told, self.headlines) or _summary_of(m, told)
                   or _summary_of(told, m)), None)
        if at is None:
            at = len(self.merged)
            self._changed.add(at)
            self.merged.append(told)
            bucket.add(at, told)
            return
        into = self._owned(at)
        into.mentions.append(told.evidence)
        into.reciprocal = into.reciprocal or told.reciprocal
        into.references += [r for r in told.references if r not in into.references]
        into.warnings += [w for w in told.warnings if w not in into.warnings]
        if _rank(told) < _rank(into) or _summary_of(into, told) or _narrows_its_meeting(into, told):
            into.date = told.date
            into.nominal = into.nominal and told.nominal
        into.confidence = min(0.99, max(into.confidence, told.confidence) + 0.05)
        bucket.refile(at, into)
        self._changed.add(at)

    def redate(self, at: int, when: DateSpan) -> None:
        """Give the merged event at position `at` another date (a headline act dated by publication)."""
        into = self._owned(at)
        into.date = when
        self._buckets[_bucket(into)].refile(at, into)
        self._changed.add(at)

    def _owned(self, at: int) -> Event:
        """The merged event at a position, as a copy of its own, made the first time it is to change."""
        if at not in self._own:
            self.merged[at] = _copy(self.merged[at])
            self._own.add(at)
        return self.merged[at]

    def changed(self) -> list[tuple[int, Event]]:
        """(position, event) of the merged events new or changed since the last call, in order."""
        out = [(i, self.merged[i]) for i in sorted(self._changed)]
        self._changed = set()
        return out


def _copy(e: Event) -> Event:
    return replace(e, context=list(e.context), references=list(e.references), mentions=list(e.mentions),
                   warnings=list(e.warnings))
