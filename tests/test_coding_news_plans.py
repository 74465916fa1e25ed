"""How news tells visits and meetings that were due, put off or asked for, the letters that only frame what their
writer says, and allies who withdraw together. Every sentence is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from coded_rows import Row, coded_rows

PUBLISHED = date(2023, 9, 1)


def coded(text: str) -> list[Row]:
    return coded_rows(text, PUBLISHED)


@pytest.mark.parametrize(("text", "pair"), [
    ("The Peruvian president said on Monday he would put off his meeting with the Chilean president.", ("PER", "CHL")),
    ("The Chilean president said on Monday he would postpone his meeting with the Peruvian president.", ("CHL", "PER")),
    ("The Chilean president said he would cancel his meeting with the Peruvian president.", ("CHL", "PER")),
])
def test_a_meeting_put_off_by_its_owner_is_with_the_partner_the_verb_names(text, pair):
    # the parser hangs "with the ... president" on the verb, not on "meeting"
    assert [c[:4] for c in coded(text)] == [(*pair, "CONSULT", "cancelled")]


def test_talks_put_off_until_a_month_keep_that_month():
    assert coded("Chile put off talks with Peru until October.") == [
        ("CHL", "PER", "CONSULT", "cancelled", "2023-10-01")]


def test_a_leader_who_was_due_in_a_capital_was_to_visit_it_there_and_then():
    events = coded("President Biden had been due in Lima on September 12 at the invitation of the Peruvian president.")
    assert ("USA", "PER", "CONSULT", "planned", "2023-09-12") in events
    assert not any(e[2] == "CONSULT" and e[3] == "occurred" for e in events)


def test_at_the_invitation_of_a_state_that_state_invites():
    events = coded("The Chilean foreign minister arrived in Lima on Monday at the invitation of the Peruvian "
                   "president.")
    assert ("PER", "CHL", "AGREE") in [e[:3] for e in events]
    assert ("CHL", "PER", "AGREE") not in [e[:3] for e in events]


@pytest.mark.parametrize("text", [
    "Bolivia and Chile signed a water-sharing accord on Monday. In a message posted on Wednesday, the Bolivian "
    "president said the accord would last.",
    "Bolivia and Chile signed a water-sharing accord on Monday. In his letter, the Bolivian president hinted that the "
    "accord would last.",
])
def test_a_letter_that_frames_what_its_writer_says_is_sent_to_no_one(text):
    assert [e[:3] for e in coded(text)] == [("BOL", "CHL", "SUPPORT")]


@pytest.mark.parametrize("text", [
    "Chile wrote to Peru demanding talks. Peru replied in a letter on Tuesday.",
    "Chile sent aid to Peru on Monday. In a letter, the Peruvian president thanked the Chilean president.",
])
def test_a_letter_a_reply_or_thanks_is_sent_in_is_still_sent(text):
    assert ("PER", "CHL", "CONSULT") in [e[:3] for e in coded(text)]


def test_a_letter_whose_verb_calls_on_a_state_is_still_sent():
    events = coded("Bolivia and Chile signed an accord on Monday. In a letter, the Bolivian president called on Chile "
                   "to ratify the accord.")
    assert ("BOL", "CHL", "CONSULT") in [e[:3] for e in events]


def test_a_letter_to_a_state_is_still_sent():
    events = coded("In a letter to the Chilean president on Tuesday, the Peruvian president asked for talks.")
    assert ("PER", "CHL", "CONSULT") in [e[:3] for e in events]


def test_allies_named_by_their_adjectives_withdraw_together_not_from_each_other():
    events = coded("Paraguay and Bolivia fought over the Chaco in 1933. Chilean and Argentine troops entered Bolivia "
                   "in 1933. In 1934 Chilean and Argentine troops withdrew.")
    retreats = {(e[0], e[1]) for e in events if e[2] == "RETREAT"}
    assert retreats == {("CHL", "BOL"), ("ARG", "BOL")}
    assert [e for e in coded("In 1988 Angolan and Cuban troops withdrew.") if e[2] == "RETREAT"] == []


def test_allies_named_by_adjectives_of_two_words_withdraw_together():
    events = coded("The United States and China fought in Korea in 1951. In 1953 Chinese and North Korean troops "
                   "withdrew.")
    assert not any({e[0], e[1]} == {"CHN", "PRK"} for e in events if e[2] == "RETREAT")


@pytest.mark.parametrize("text", [
    "India and Pakistan fought a war in 1965. In 1966 Indian and Pakistani troops withdrew.",  # the pair of the story
    "India and Pakistan fought a war in 1965. In 1966 Indian, Pakistani and Chinese troops withdrew.",  # among three
    "The Indian government and the Pakistani government made concessions in 1966.",  # two nouns, two sides
])
def test_two_sides_named_by_their_adjectives_still_act_on_each_other(text):
    assert {frozenset(e[:2]) for e in coded(text) if e[2] in ("RETREAT", "CONCEDE")} == {frozenset({"IND", "PAK"})}


def test_a_possessed_act_takes_only_a_partner_with_or_to_from_its_verb():
    events = coded("The United States conducted its air strikes alongside Britain.")
    assert ("USA", "GBR", "ASSAULT") not in [e[:3] for e in events]


@pytest.mark.parametrize("text", [
    "Peru denied reports that it had agreed to buy Chinese tanks.",
    "Peru denied on Monday that it had agreed to a Chilean plan.",
])
def test_an_agreement_a_state_denies_having_made_is_no_refusal(text):
    # the denial is one act; the agreement it denies is told as not made, not as refused
    assert [e[2:4] for e in coded(text) if e[2] in ("AGREE", "REJECT")] == [
        ("REJECT", "occurred"), ("AGREE", "negated")]


def test_the_month_of_may_is_no_may_of_doubt():
    assert coded("Peru applied for membership of the OECD last May.") == [
        ("PER", None, "REQUEST", "occurred", "2023-05-01")]



@pytest.mark.parametrize("text", [
    "A Peruvian attack on Bolivia seemed unlikely.",  # the act the subject of a verb with "unlikely"
    "An agreement between Chile and Peru looked increasingly improbable.",
    "Bolivian forces were engaged elsewhere, making a Bolivian invasion of Peru unlikely.",  # "made ... unlikely"
    "Peru is unlikely to attack Bolivia.",  # the doer the subject of "unlikely to"
])
def test_an_act_judged_unlikely_is_no_act_done(text):
    rows = coded(text)
    assert rows and all(r[3] == "speculative" for r in rows)


@pytest.mark.parametrize("text", [
    "Peru's invasion of Bolivia in 2019 was unlikely to succeed.",  # the chance of an outcome, not of the act
    "Peru's blockade of Bolivia in 2019 was likely to continue.",
    "Peru's invasion of Bolivia in May 2019 was possible only because Chile stayed neutral.",  # a reason
    "The unlikely alliance between Chile and Peru lasted until 2021.",  # an attribute, no doubt cast
    "The improbable talks between Chile and Peru in Lima on May 3, 2019 ended without a deal.",
])
def test_an_act_whose_outcome_or_partners_are_judged_unlikely_was_done(text):
    rows = coded(text)
    assert rows and all(r[3] == "occurred" for r in rows)
