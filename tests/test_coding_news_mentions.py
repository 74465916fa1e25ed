"""Acts a news report mentions in another's words: an act a state does not protest or condemn, and what a warning is
of (a threat, or news passed on). Every sentence is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from coded_rows import Row, coded_rows

PUBLISHED = date(2021, 6, 16)


def coded(text: str) -> list[Row]:
    return coded_rows(text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "India abstained from a UN vote condemning the Peruvian occupation of Bolivia.",
    "Chile did not protest the Peruvian blockade of Bolivia.",
    "Chile refused to condemn the Peruvian invasion of Bolivia.",
])
def test_an_act_a_state_does_not_react_to_was_still_done(text):
    events = coded(text)
    done = [e for e in events if e[0] == "PER"]
    assert done and all(e[3] == "occurred" for e in done)


@pytest.mark.parametrize(("text", "status"), [
    ("Washington may denounce a Peruvian attack on Bolivia.", "speculative"),
    ("Japan would not welcome a Peruvian blockade of Bolivia.", "negated"),
    ("Chile did not welcome the Peruvian decision to withdraw troops from Bolivia.", "negated"),
])
def test_an_act_a_reaction_may_meet_keeps_its_status(text, status):
    assert [e[3] for e in coded(text) if e[0] == "PER"] == [status]


def test_a_trip_called_off_is_still_called_off():
    events = coded("Chile's foreign minister called off a trip to Lima that had been scheduled for Wednesday.")
    assert [e[3] for e in events if e[2] == "CONSULT"] == ["cancelled"]


@pytest.mark.parametrize("text", [
    "Moscow warned Helsinki of countermeasures if Finland joined NATO.",
    "Beijing warned Manila of sanctions.",
])
def test_a_warning_of_the_warner_s_measures_is_a_threat(text):
    assert [e[2] for e in coded(text)] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "Britain warned Moscow of a coming German attack.",
    "Britain warned Moscow of coming American sanctions.",
    "France warned Russia of reprisals by Ukraine.",
    "Russia warned Japan that Western sanctions were hurting bilateral trade.",
])
def test_a_warning_of_what_others_do_passes_on_news(text):
    assert [e[2] for e in coded(text)] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "The alleged Chilean incursion into Peruvian waters drew a protest from Lima.",
    "Lima condemned the alleged Chilean incursion into its waters.",
])
def test_an_act_told_as_alleged_is_a_claim(text):
    assert [e[3] for e in coded(text) if e[0] == "CHL"] == ["speculative"]
