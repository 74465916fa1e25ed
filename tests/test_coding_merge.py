"""Merging mentions of one act: the index a long document's merge compares through gives the
events of comparing each mention with every event of its bucket, and compares far fewer."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from detente.coding import merge
from detente.model import Actor, DateSpan, Event, Evidence

STATES = ["USA", "CHN", "IND", "PAK"]
TRIGGERS = ["signed", "agreed", "visited", "the agreement", "talks"]


def act(n: int, rng: random.Random) -> Event:
    """A random mention: type, pair, status, kind (noun, recalled, additional) and date all vary."""
    source, target = rng.sample(STATES, 2)
    precision = rng.choice(["day", "month", "year", "unknown"])
    start = date(1990, 1, 1) + timedelta(days=rng.randrange(0, 3 * 365, 7)) if precision != "unknown" else None
    # (an act of one day may be told over a few days, "17-20 February", or more than a month)
    day_span = rng.choice([0, 0, 0, 2, 40])
    end = None if start is None else start + timedelta(days={"day": day_span, "month": 30, "year": 364}[precision])
    sentence = rng.randrange(0, max(1, n // 2))
    return Event(
        id=f"e{n}", doc_id="d", source=Actor(source, country=source), target=Actor(target, country=target),
        event_type=rng.choice(["AGREE", "CONSULT"]), trigger=rng.choice(TRIGGERS),
        date=DateSpan(start, end, precision, None, rng.choice(["explicit", "discourse"]) if start else None),
        evidence=Evidence(sentence, 0, 1, "x"), reciprocal=rng.random() < 0.3,
        status=rng.choice(["occurred", "occurred", "planned"]), nominal=rng.random() < 0.2,
        indefinite=rng.random() < 0.1, additional=rng.random() < 0.1, recalled=rng.random() < 0.1,
        mode=rng.choice([None, None, "expel"]))


def mentions(count: int, rng: random.Random) -> list[Event]:
    """Random mentions, a third of them told again: the same act, in its own sentence or another,
    as a verb or a noun, at its own precision or a finer one."""
    told: list[Event] = []
    for n in range(count):
        if told and rng.random() < 0.35:
            before = rng.choice(told)
            day = before.date.start + timedelta(days=rng.randint(0, ((before.date.end or before.date.start)
                                                                     - before.date.start).days)) \
                if before.date.start else None
            precise = DateSpan(day, day, "day", None, "explicit") if day and rng.random() < 0.4 else before.date
            told.append(replace(before, id=f"e{n}", date=precise, nominal=rng.random() < 0.3,
                                evidence=Evidence(rng.choice([before.evidence.sentence, n]), 0, 1, "x"),
                                mentions=[], recalled=rng.random() < 0.1, additional=False))
        else:
            told.append(act(n, rng))
    return told


def merged(told: list[Event], headlines: set[str]) -> list[dict]:
    merger = merge.Merger(headlines)
    for e in told:
        merger.add(e)
    return [e.to_dict() | {"mentions": [m.to_dict() for m in e.mentions]} for e in merger.merged]


@pytest.mark.parametrize("seed", range(6))
def test_the_index_gives_the_events_of_comparing_with_every_event(seed, monkeypatch):
    rng = random.Random(seed)
    told = mentions(400, rng)
    headlines = {e.id for e in told[:40] if rng.random() < 0.5}
    indexed = merged(told, headlines)
    monkeypatch.setattr(merge._Bucket, "candidates", lambda self, told: self.members)
    assert indexed == merged(told, headlines)
    assert len(indexed) < len(told)  # some mentions did merge: the comparison is not vacuous


def test_a_thousand_acts_told_by_verbs_are_not_each_compared_with_all(monkeypatch):
    calls = []
    same_act = merge._same_act
    monkeypatch.setattr(merge, "_same_act", lambda a, b, headlines=(): calls.append(1) or same_act(a, b, headlines))
    told = [Event(id=f"e{n}", doc_id="d", source=Actor("Turkey", country="TUR"),
                  target=Actor("Azerbaijan", country="AZE"), event_type="AGREE", trigger="signed",
                  date=DateSpan(date(2021, 6, 1), date(2021, 6, 30), "month", "June 2021", "explicit"),
                  evidence=Evidence(n, 0, 1, "x"), reciprocal=True) for n in range(1000)]
    merger = merge.Merger()
    for e in told:
        merger.add(e)
    assert len(merger.merged) == 1000  # two verbs in two sentences are two acts
    assert len(calls) < 2000


@pytest.mark.parametrize("seed", range(3))
def test_the_mentions_given_are_never_changed_and_an_act_told_once_is_not_copied(seed):
    rng = random.Random(seed)
    told = mentions(300, rng)
    before = [e.to_dict() | {"mentions": [m.to_dict() for m in e.mentions]} for e in told]
    merger = merge.Merger({e.id for e in told[:30]})
    for e in told:
        merger.add(e)
    for at, e in enumerate(merger.merged):
        if e.date.start is None:
            merger.redate(at, DateSpan(date(2000, 1, 1), date(2000, 1, 1), "day", None, "publication"))
    assert [e.to_dict() | {"mentions": [m.to_dict() for m in e.mentions]} for e in told] == before
    given = {id(e) for e in told}
    kept_as_told = [e for e in merger.merged if id(e) in given]
    assert kept_as_told and all(not e.mentions and e.date.start for e in kept_as_told)
    assert all(e.mentions or e.date.start.year == 2000 for e in merger.merged if id(e) not in given)


def test_acts_each_of_its_own_day_are_compared_only_with_acts_of_days_they_meet(monkeypatch):
    calls = []
    same_act = merge._same_act
    monkeypatch.setattr(merge, "_same_act", lambda a, b, headlines=(): calls.append(1) or same_act(a, b, headlines))
    merger = merge.Merger()
    for n in range(1000):
        day = date(2020, 1, 1) + timedelta(days=n)
        merger.add(Event(id=f"e{n}", doc_id="d", source=Actor("Peru", country="PER"),
                         target=Actor("Chile", country="CHL"),
                         event_type="CONSULT", trigger="met", date=DateSpan(day, day, "day", "that day", "explicit"),
                         evidence=Evidence(n, 0, 1, "x"), reciprocal=True))
    assert len(merger.merged) == 1000 and len(calls) < 2000
