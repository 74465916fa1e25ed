"""The coder on the phenomena of its four genres (essays, news, analysts' briefs, chronicles of
diplomatic relations), each on sentences invented for the test."""

from __future__ import annotations

from datetime import date

import detente
from detente.reading import read_text


def events(text: str, published: date | None = None) -> list:
    return detente.extract(read_text(text), published)


def found(evs) -> set[tuple[str, str, str]]:
    return {(e.source.country or e.source.code, e.target.country or e.target.code, e.event_type) for e in evs}


def one(evs, event_type: str, pair: set[str] | None = None):
    hits = [e for e in evs if e.event_type == event_type
            and (pair is None or {e.source.country, e.target.country} == pair)]
    assert len(hits) == 1, [(e.event_type, e.source.country, e.target.country, e.date.start) for e in evs]
    return hits[0]


# --- time: scenes, spans and explicit dates ------------------------------------------------------


def test_a_since_period_does_not_become_the_scene_of_later_dates():
    text = ("In the spring of 1974, Sofia was quiet. "
            "Bulgaria and Turkey had held talks on the border since the 1950s. "
            "On March 9, Bulgaria protested to Turkey.")
    e = one(events(text, date(2000, 1, 1)), "ACCUSE")
    assert e.date.start == date(1974, 3, 9)


def test_a_time_closing_a_short_lead_in_sets_the_scene():
    text = ("Late in the evening of June 4, 1967, nothing had been decided in the cabinet. "
            "On June 6, Egypt closed its airspace to Jordan.")
    e = one(events(text, date(2000, 1, 1)), "SANCTION")
    assert e.date.start == date(1967, 6, 6)
