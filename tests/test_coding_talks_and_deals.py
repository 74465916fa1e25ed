"""How talks over a deal are told: a deal still being negotiated is those talks, told again, not a second act.
Every sentence is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from coded_rows import Row, coded_rows

PUBLISHED = date(2023, 9, 1)


def coded(text: str) -> list[Row]:
    return coded_rows(text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "In 1850 Chile and Peru negotiated a treaty.",
    "In May 2019 talks on a peace treaty between Chile and Peru resumed.",
    "In 1850 negotiations over a new accord between Chile and Peru began.",
])
def test_a_deal_under_negotiation_is_the_talks_told_again(text):
    events = coded(text)
    assert len(events) == 1
    assert events[0][:4] == ("CHL", "PER", "CONSULT", "negotiating")


def test_a_deal_negotiated_and_signed_is_an_act_of_its_own():
    events = coded("In 1850 Chile and Peru negotiated and signed a treaty.")
    assert ("CHL", "PER", "SUPPORT", "occurred", "1850-01-01") in events
    assert any(e[2] == "CONSULT" for e in events)


@pytest.mark.parametrize("text", [
    "Chile and Peru held naval drills on Monday. Bolivia declined to comment on the drills.",
    "Chile and Peru held talks in Lima on Monday. Bolivia made no comment on the talks.",
])
def test_an_act_a_state_does_not_comment_on_was_still_held(text):
    events = coded(text)
    assert {e[3] for e in events} == {"occurred"}
    assert len(events) == 1


def test_a_deal_a_state_agreed_in_was_made():
    events = coded("Ecuador has long bought Peruvian arms: in a deal reached three years ago, it agreed to buy six "
                   "Peruvian-built corvettes, two of which are to be assembled in Guayaquil.")
    assert ("ECU", "PER", "SUPPORT", "occurred", "2020-01-01") in events
    assert not any(e[2] == "SUPPORT" and e[3] == "planned" for e in events)


def test_a_deal_no_one_agreed_in_is_left_as_it_was():
    events = coded("In 2019 Peru did not agree in any deal to buy frigates from Chile.")
    assert not any(e[2] == "SUPPORT" and e[3] == "occurred" for e in events)


@pytest.mark.parametrize("text", [
    "In 2010 Chile and Peru concluded an accord on a strategic partnership.",
    "In 2010 Chile and Peru reached a pact on a strategic partnership.",
])
def test_a_partnership_a_deal_settles_is_that_deal(text):
    assert coded(text) == [("CHL", "PER", "SUPPORT", "occurred", "2010-01-01")]


def test_a_deal_on_a_withdrawal_still_tells_the_withdrawal():
    events = coded("In 2010 Chile and Peru signed an agreement on the withdrawal of troops.")
    assert ("CHL", "PER", "SUPPORT", "occurred", "2010-01-01") in events
    assert any(e[2] == "RETREAT" for e in events)


def test_a_deal_on_the_restoration_of_relations_still_tells_the_restoration():
    events = coded("In 2010 Chile and Peru signed an agreement on the restoration of diplomatic relations.")
    assert len([e for e in events if e[2] == "SUPPORT"]) == 2


def test_a_deal_told_with_its_date_is_no_retelling_of_the_talks():
    events = coded("In 2019 Chile and Peru negotiated the March 2019 framework agreement.")
    assert ("CHL", "PER", "CONSULT", "negotiating", "2019-01-01") in events
