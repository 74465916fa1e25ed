"""Essays that name a head of state out of the story's time, states listed on one side of an act, people sent
"from" states and wars named by histories. Every sentence is invented for the test."""

from __future__ import annotations

from datetime import date

import detente
from detente.reading import read_text

PUBLISHED = date(2013, 10, 31)


def coded(text: str) -> list[tuple[str | None, str | None, str, str | None, str | None]]:
    return [(e.source.country, e.target.country, e.event_type,
             e.date.start.isoformat() if e.date and e.date.start else None,
             e.date.end.isoformat() if e.date and e.date.end else None)
            for e in detente.extract(read_text(text), PUBLISHED)]


def test_a_president_acting_after_a_scene_before_his_term_is_dated_by_his_term():
    text = ("In 1960, the two governments opened talks in Warsaw. "
            "The talks ended when President Jimmy Carter visited Poland.")
    assert ("USA", "POL", "CONSULT", "1977-01-01", "1981-12-31") in coded(text)


def test_an_administration_named_for_its_president_acts_in_his_years():
    text = ("In 1920, the Senate voted down the treaty. "
            "Later, the Roosevelt administration supported the new United Nations and joined it.")
    assert ("USA", None, "SUPPORT", "1933-01-01", "1945-12-31") in [c for c in coded(text) if c[2] == "SUPPORT"]


def test_a_vice_president_keeps_the_story_s_time():
    text = ("In 1957, the colony became independent as Ghana. "
            "Vice President Richard Nixon visited Ghana.")
    dates = {c[3] for c in coded(text) if c[:3] == ("USA", "GHA", "CONSULT")}
    assert dates == {"1957-01-01"}


def test_a_president_inside_his_term_keeps_the_story_s_time():
    text = "In December 1977, the two sides met again. President Jimmy Carter visited Poland."
    assert ("USA", "POL", "CONSULT", "1977-12-01", "1977-12-31") in coded(text)


def test_the_pair_a_president_s_act_is_between_is_dated_by_his_term_too():
    # the act is one, whichever way its parties are found: the pair "between" names, and the president's state
    text = ("In 1948, Egypt closed its consulate in Haifa. In 1949, the two sides signed an armistice.\n\n"
            "Soon after his inauguration, however, President Eisenhower moved to restore relations between the "
            "United States and Egypt.")
    restored = [c for c in coded(text) if c[:3] == ("USA", "EGY", "SUPPORT")]
    assert restored == [("USA", "EGY", "SUPPORT", "1953-01-01", "1961-12-31")]


def test_a_pair_an_envoy_s_act_is_between_keeps_the_story_s_time():
    # (only a leader's office dates the act: an ambassador's act stays in the story's year)
    text = ("In 1949, the two sides signed an armistice. "
            "Ambassador Caffery moved to restore relations between the United States and Egypt.")
    assert ("USA", "EGY", "SUPPORT", "1949-01-01", "1949-12-31") in coded(text)


def test_three_states_listed_with_a_comma_before_and_are_each_a_party():
    # the parser may break a list of names with a comma before "and" after an opening phrase, or make its first
    # name the sentence's root
    pairs = {("BOL", "CHL"), ("BOL", "PER"), ("CHL", "PER")}
    for text in ("In 1993, Chile, Peru, and Bolivia signed a treaty on water rights.",
                 "Meanwhile, Chile, Peru, and Bolivia issued a joint statement on March 10, 1993.",
                 "Chile, Peru, and Bolivia signed a treaty on water rights in 1993."):
        assert {tuple(sorted((c[0], c[1]))) for c in coded(text) if c[2] == "SUPPORT"} == pairs, text


def test_states_listed_before_an_auxiliary_are_each_the_subject():
    found = coded("By October 1999, Chile, Peru, and Bolivia had withdrawn from all OAS exercises.")
    assert sorted(c[0] for c in found if c[2] == "SANCTION") == ["BOL", "CHL", "PER"]


def test_names_inside_a_longer_list_are_no_subject_of_their_own():
    # (the officials are the subject, and "from" names whose they are: no state of the list is itself the subject)
    from detente.coding.nlp import parse

    doc = next(parse(["Officials from Chile, Peru, Bolivia and Ecuador are expected to meet in Lima."]))
    assert [t.text for t in doc if t.dep_ in ("nsubj", "nsubjpass")] == ["Officials"]


def test_states_listed_with_a_passive_act_are_one_side_with_the_state_the_text_tells_of():
    text = ("The United States recognized the new states in December 1991. In February 1992, the Secretary of "
            "State toured the region, and diplomatic relations were established with Uzbekistan and Moldova.")
    pairs = {(c[0], c[1]) for c in coded(text) if c[2] == "SUPPORT" and c[3] == "1992-02-01"}
    assert pairs == {("USA", "UZB"), ("USA", "MDA")}


def test_states_listed_with_a_passive_act_are_never_paired_with_each_other():
    text = "In February 1992, diplomatic relations were established with Uzbekistan and Moldova."
    assert not [c for c in coded(text) if {c[0], c[1]} == {"UZB", "MDA"}]


def test_leaders_from_two_states_each_visit():
    text = "In June 1993, leaders from Georgia and Armenia visited Washington."
    assert {(c[0], c[1]) for c in coded(text) if c[2] == "CONSULT"} == {("GEO", "USA"), ("ARM", "USA")}


def test_attending_a_summit_in_another_state_meets_its_host():
    got = detente.extract(read_text("In June 2001, the Kyrgyz president attended the summit in Shanghai."),
                          date(2025, 10, 1))
    assert ("KGZ", "CHN", "CONSULT") in [(e.source.country, e.target.country, e.event_type) for e in got]


def test_a_meeting_a_state_will_host_is_with_that_state():
    text = "The Australian prime minister intends to attend the APEC leaders' meeting that China will host in 2026."
    got = detente.extract(read_text(text), date(2025, 10, 1))
    assert ("AUS", "CHN", "CONSULT", "planned") in [(e.source.country, e.target.country, e.event_type, e.status)
                                                    for e in got]


def test_attending_a_summit_at_home_meets_no_one():
    got = detente.extract(read_text("In 2024, the Russian president attended a summit in Moscow."), date(2025, 10, 1))
    assert not [e for e in got if e.target.country == "RUS"]


def test_the_host_met_at_a_summit_does_not_become_the_pair_the_text_tells_of():
    text = ("In 2025, Indonesia and the United States signed a trade deal. The American president is scheduled to "
            "attend the ASEAN summit in Manila in November 2026. The two governments also agreed to hold a "
            "dialogue in early 2027.")
    got = [(e.source.country, e.target.country) for e in detente.extract(read_text(text), date(2026, 3, 1))
           if e.event_type == "CONSULT" and e.date.start and e.date.start.year == 2027]
    assert got and all({s, t} == {"USA", "IDN"} for s, t in got)


def test_the_kingdom_stands_for_the_monarchy_the_text_tells_of():
    text = ("Jordan and the United States signed a defense pact in May 2025. In November 2025, the kingdom pledged "
            "to buy American wheat. The President said the United States would sell fighter jets to the kingdom.")
    got = [(e.source.country, e.target.country, e.event_type) for e in detente.extract(read_text(text),
                                                                                      date(2026, 3, 1))]
    assert ("JOR", "USA", "AGREE") in got
    assert ("USA", "JOR", "AID") in got


def test_the_kingdom_is_no_republic_the_text_tells_of():
    text = ("Mexico and the United States signed a trade pact in May 2025. In November 2025, the kingdom pledged "
            "to buy American wheat.")
    got = [e for e in detente.extract(read_text(text), date(2026, 3, 1)) if e.event_type == "AGREE"]
    assert not got


def test_a_named_kingdom_keeps_its_name():
    got = detente.extract(read_text("In 1904, the United Kingdom and France signed an agreement."), PUBLISHED)
    assert {frozenset((e.source.country, e.target.country)) for e in got} == {frozenset(("GBR", "FRA"))}


def test_wars_named_by_histories_date_the_acts_told_in_them():
    got = coded("During the Quasi-War, American ships fought French privateers.")
    assert ("USA", "FRA", "ASSAULT", "1798-07-07", "1800-09-30") in got


def test_an_early_haitian_leader_stands_for_haiti():
    got = coded("In 1799, the United States sent aid to Toussaint L'Ouverture.")
    assert ("USA", "HTI", "AID") in [c[:3] for c in got]


def test_a_war_named_with_a_curly_apostrophe_is_the_same_war():
    for text in ("During the Seven Years’ War, Britain fought France.",
                 "During the Seven Years' War, Britain fought France."):
        assert ("GBR", "FRA", "ASSAULT", "1756-05-17", "1763-02-15") in coded(text)


def test_the_following_spring_is_the_spring_after_the_story_s_day():
    text = ("On April 30, 1970, American troops entered Cambodia. "
            "The following spring, American forces attacked North Vietnam.")
    assert ("USA", "VNM", "ASSAULT", "1971-03-01", "1971-05-31") in coded(text)


def test_rulers_and_ministers_of_the_eighteenth_century_stand_for_their_states():
    assert ("LBY", "USA", "ASSAULT") in [c[:3] for c in coded(
        "In May 1801, Pasha Yusuf Karamanli declared war on the United States.")]
    assert ("FRA", "ESP", "SUPPORT") in [c[:3] for c in coded("In 1761, Choiseul signed a pact with Spain.")]


def test_a_visit_the_sentence_tells_the_subject_was_on_is_the_subject_s():
    got = coded("In 2014, on his trip to New Delhi, the Japanese prime minister signed a nuclear deal.")
    assert ("JPN", "IND", "CONSULT") in [c[:3] for c in got]
    got = coded("On May 3, 2016, during a state visit to Peru, the Chilean president opened a trade fair.")
    assert ("CHL", "PER", "CONSULT") in [c[:3] for c in got]


def test_a_visit_of_someone_else_is_not_the_subject_s():
    got = coded("In 2015, during the American president's visit to Kenya, the Kenyan president signed a law.")
    assert not [c for c in got if c[:2] == ("KEN", "KEN") or (c[0] == "KEN" and c[2] == "CONSULT")]


def test_a_summit_where_the_subject_took_a_matter_up_with_another_leader_is_a_meeting_with_that_leader():
    got = coded("The American president addressed that issue with the Soviet premier in a July 1955 summit conducted "
                "in Geneva.")
    assert ("USA", "SUN", "CONSULT") in [c[:3] for c in got]


def test_a_date_a_clause_forecasts_does_not_date_the_act_it_hangs_on():
    got = coded("Germany invited Bulgaria and Romania to join the Union in 2004, projecting an accession date in 2007.")
    assert ("DEU", "BGR", "AGREE", "2004-01-01", "2004-12-31") in got


def test_states_by_their_older_names():
    assert ("USA", "SAU", "SUPPORT") in [c[:3] for c in coded(
        "The United States recognized the Kingdom of the Hejaz and Nejd in May 1931.")]
    assert ("FRA", "VNM", "ASSAULT") in [c[:3] for c in coded("In 1883, French troops invaded Tonkin.")]


def test_an_agency_that_notifies_an_arms_sale_is_its_state_s():
    got = coded("In February 2026, the Defense Security Cooperation Agency notified Congress of a possible sale of "
                "Patriot interceptors to Qatar.")
    assert ("USA", "QAT", "AID") in [c[:3] for c in got]


def test_the_qing_court_stands_for_china():
    assert ("CHN", "USA", "SUPPORT") in [c[:3] for c in coded(
        "In 1880, Qing officials signed a treaty with the United States.")]


def test_a_battle_told_after_a_named_war_of_years_keeps_its_own_day():
    text = ("There were two phases to the Philippine-American War. On March 23, 1901, American soldiers captured "
            "Aguinaldo. Filipino fighters attacked American soldiers on April 4, 1901.")
    got = coded(text)
    assert ("PHL", "USA", "ASSAULT", "1899-02-04", "1902-07-04") in got  # the war keeps its years
    assert ("PHL", "USA", "ASSAULT", "1901-04-04", "1901-04-04") in got  # the attack is an act of its own


def test_the_office_of_the_one_acted_on_or_of_someone_in_the_phrase_does_not_date_the_act():
    got = coded("In 1938, the two governments talked. The American ambassador visited Prime Minister Winston "
                "Churchill.")
    assert ("USA", "GBR", "CONSULT", "1938-01-01", "1938-12-31") in got
    got = coded("In 1950, the general met the French prime minister. General Eisenhower's visit to the president of "
                "France was warm.")
    assert ("USA", "FRA", "CONSULT", "1950-01-01", "1950-12-31") in got


def test_talks_held_in_a_city_are_not_with_its_state_nor_a_summit_in_a_city_of_international_bodies():
    got = detente.extract(read_text("In 2014, the Iranian foreign minister attended the nuclear talks in Geneva. "
                                    "In 2015, the Chinese premier attended a summit in Brussels."), date(2025, 1, 1))
    assert not [e for e in got if e.target.country in ("CHE", "BEL")]


def test_the_kingdom_is_neither_when_both_states_of_the_pair_are_kingdoms():
    got = coded("Jordan and Saudi Arabia signed a defense pact in May 2025. The President said the United States "
                "would sell fighter jets to the kingdom.")
    assert not [c for c in got if c[2] == "AID"]


def test_rockets_sent_into_a_state_are_no_aid_and_a_person_named_qing_is_no_state():
    assert not [c for c in coded("In 2006, Hezbollah sent rockets into northern Israel.") if c[2] == "AID"]
    assert not coded("In 2020, Li Qing, a businessman, met the Japanese ambassador.")


def test_a_president_named_by_a_surname_two_presidents_shared_is_the_one_of_the_story_s_time():
    text = ("In November 1963, the American president was killed. President Johnson vowed that the United States "
            "would keep its commitments to South Vietnam.")
    assert [c[3] for c in coded(text) if c[:3] == ("USA", "VNM", "AGREE")] == ["1963-11-01"]


def test_a_tour_of_service_is_no_visit():
    text = ("Cuba and the United States broke relations in 1961. By sending young Americans on two-year tours in "
            "poor countries, the Peace Corps promoted development.")
    assert not [c for c in coded(text) if c[2] == "CONSULT"]


def test_named_episodes_date_the_acts_told_in_them():
    got = coded("During Operation Desert Storm, Iraq fired missiles at Israel.")
    assert ("IRQ", "ISR", "ASSAULT", "1991-01-17", "1991-02-28") in got


def test_a_president_s_years_told_as_the_time_date_what_follows():
    text = ("In 1793, France and Britain went to war. "
            "Under President James Monroe, the United States bought Florida from Spain.")
    assert ("USA", "ESP", "COOPERATE", "1817-01-01", "1825-12-31") in coded(text)


def test_an_administration_named_as_a_time_dates_the_acts_told_in_it():
    text = ("In 1950, the war in Korea began. "
            "During the Ford administration, the United States and Cuba opened secret talks.")
    assert ("USA", "CUB", "CONSULT", "1974-01-01", "1977-12-31") in coded(text)


def test_a_surname_two_presidents_bore_names_no_time():
    text = ("In 1950, the war in Korea began. "
            "During the Johnson administration, the United States and Cuba opened secret talks.")
    assert ("USA", "CUB", "CONSULT", "1950-01-01", "1950-12-31") in coded(text)


def test_relations_continued_with_a_new_government_back_it_and_volunteers_who_arrive_are_aid():
    text = "On June 4, 1976, the State Department announced that the United States would continue relations with Chile."
    assert [c[:3] for c in coded(text)] == [("USA", "CHL", "SUPPORT")]
    text = "The first Peace Corps volunteers arrived in Chile in 1963."
    assert [c[:3] for c in coded(text)] == [("USA", "CHL", "AID")]
    # (envoys who arrive still visit)
    assert [c[:3] for c in coded("The American envoy arrived in Chile in 1963.")] == [("USA", "CHL", "CONSULT")]


def test_what_a_signed_deal_became_names_no_party_of_it():
    # the parser may read the description after the comma as a second object of "signed"
    text = ("Chile, Peru, Bolivia and Ecuador signed a pact on river trade in 1996, the charter of what later became "
            "the Andean Community.")
    found = [c for c in coded(text) if c[2] == "SUPPORT"]
    assert {tuple(sorted(c[:2])) for c in found} == {
        ("BOL", "CHL"), ("CHL", "ECU"), ("CHL", "PER"), ("BOL", "ECU"), ("BOL", "PER"), ("ECU", "PER")}


def test_a_second_deal_joined_by_and_after_a_comma_keeps_its_own_partner():
    text = ("In January 2024, the United States approved the sale of 40 jets to Chile and, at the same time, a sale of "
            "20 jets to Peru.")
    assert {c[1] for c in coded(text) if c[2] == "SUPPORT"} == {"CHL", "PER"}


def test_a_list_inside_a_clause_that_opens_the_sentence_is_left_as_parsed():
    text = "Although Argentina, Chile, Peru, and Bolivia had signed the accord in 1993, Brazil refused."
    assert ("ARG", "CHL") in {tuple(sorted(c[:2])) for c in coded(text) if c[2] == "SUPPORT"}


def test_names_listed_inside_the_subject_stay_there():
    text = "Sanctions on North Korea (DPRK), Iran, Syria, and Cuba were lifted by the United States in 2010."
    assert {c[1] for c in coded(text) if c[2] == "RETREAT"} == {"PRK", "IRN", "SYR", "CUB"}


def test_objects_listed_with_their_years_are_each_an_object():
    text = "Chile recognized Peru in 1990, the Soviet Union in 1991, and Ukraine in 1992."
    assert {c[1] for c in coded(text) if c[2] == "SUPPORT"} == {"PER", "SUN", "UKR"}
