"""Narrative time is a value the coder's stages take and return (detente.coding.dating)."""

from __future__ import annotations

from datetime import date

import detente
from detente.coding.dating import Narrative
from detente.model import DateSpan
from detente.reading import read_text

MAY_1965 = DateSpan(date(1965, 5, 1), date(1965, 5, 31), "month", "May 1965", "explicit")
JUNE_1965 = DateSpan(date(1965, 6, 1), date(1965, 6, 30), "month", "June 1965", "explicit")


def test_a_new_date_marks_the_sentence_that_set_the_scene() -> None:
    time = Narrative().moved_to(MAY_1965, 3)
    assert time == Narrative(MAY_1965, 3)
    assert time.moved_to(JUNE_1965, 5) == Narrative(JUNE_1965, 5)


def test_the_same_date_again_keeps_the_scene_where_it_was_set() -> None:
    assert Narrative(MAY_1965, 3).moved_to(MAY_1965, 7) == Narrative(MAY_1965, 3)


def test_moving_returns_a_new_value() -> None:
    time = Narrative(MAY_1965, 3)
    time.moved_to(JUNE_1965, 5)
    assert time == Narrative(MAY_1965, 3)


def test_the_year_is_narrative_time_else_publication() -> None:
    assert Narrative(MAY_1965, 3).year(date(2020, 1, 1)) == 1965
    assert Narrative().year(date(2020, 1, 1)) == 2020
    assert Narrative().year(None) is None


def test_a_time_opening_the_sentence_dates_the_main_clause_past_an_after_clause():
    import detente
    text = ("In September 1949, after a show trial in Lima had cast the Chilean envoy as a spy, "
            "Peru renounced its 1935 treaty of friendship with Chile.")
    evs = detente.extract(text, published=date(2013, 10, 31))
    assert [(e.event_type, e.date.start, e.date.end) for e in evs] == [
        ("REJECT", date(1949, 9, 1), date(1949, 9, 30))]


def test_a_chronicles_section_heading_sets_the_year_of_the_section():
    import detente
    text = ("Albania\n\nIn 1955 the United States opposed Albania's admission to the UN.\n\n"
            "Re-establishment of Diplomatic Relations, 1991.\n\n"
            "Secretary of State James A. Baker III visited Tirana on June 22.")
    visits = [e for e in detente.extract(text, published=date(2009, 5, 31)) if e.event_type == "CONSULT"]
    assert [e.date.start for e in visits] == [date(1991, 6, 22)]


def test_a_heading_of_a_few_title_words_and_a_year_sets_the_year_but_a_citation_does_not():
    import detente
    text = ("Suspension of Aid, 1962.\n\nChile suspended its aid to Peru in June.\n\n"
            "Flood Relief, 1970.\n\nChile sent relief supplies to Peru.\n\n"
            "Eden, Full Circle, 1976.\n\nChile sent more supplies to Peru.")
    aid = [e for e in detente.extract(text, published=date(2009, 5, 31)) if e.event_type == "AID"]
    assert [e.date.start.year for e in aid] == [1970, 1970]
    # small words in lower case still make a heading
    text = ("In 1965 Chile recalled its envoy from Peru.\n\nFall of Lima, 1970.\n\n"
            "Chile sent relief supplies to Peru in December.")
    aid = [e for e in detente.extract(text, published=date(2009, 5, 31)) if e.event_type == "AID"]
    assert [e.date.start for e in aid] == [date(1970, 12, 1)]
    # a caption that places a person is no heading
    text = ("In 1965 Chile recalled its envoy from Peru.\n\nPresident Frei in Santiago, 1970.\n\n"
            "Chile sent relief supplies to Peru in December.")
    aid = [e for e in detente.extract(text, published=date(2009, 5, 31)) if e.event_type == "AID"]
    assert [e.date.start for e in aid] == [date(1965, 12, 1)]


def test_a_month_in_a_since_clause_of_a_present_perfect_is_the_last_one_before_the_report():
    # (not the September of the year an earlier sentence told)
    text = ("HANOI, Nov 14 (VOA) - Chinese ships entered Vietnamese waters on Monday, officials said on Tuesday. The "
            "United States last imposed new sanctions on Laos in December 2016, when it cut aid to the country. Ties "
            "between Vietnam and Laos have grown closer since Prime Minister Pham Minh Chinh travelled to Laos in "
            "September and met Prime Minister Sonexay Siphandone.")
    evs = [e for e in detente.extract(text, date(2024, 11, 14))
           if {e.source.country, e.target.country} == {"VNM", "LAO"}]
    assert evs and all(e.date.start == date(2024, 9, 1) for e in evs)


def _dates_of(text: str, published: date, event_type: str) -> list[DateSpan]:
    """The dates of the events of one type the coder finds in a text."""
    return [e.date for e in detente.extract(text, published) if e.event_type == event_type]


def test_an_act_told_during_the_meeting_just_told_takes_its_date():
    text = ("HANOI, Nov 14 (VOA) - Chinese ships entered Vietnamese waters on Monday, officials said on Tuesday. "
            "Ties between Vietnam and Japan have grown closer since Prime Minister Pham Minh Chinh met Prime Minister "
            "Fumio Kishida in Tokyo in September. During the meeting, Pham Minh Chinh invited Fumio "
            "Kishida to visit Hanoi.")
    invited = _dates_of(text, date(2024, 11, 14), "AGREE")
    assert invited and all(d.start == date(2024, 9, 1) for d in invited)


def test_the_first_since_in_an_aside_dates_no_act_outside_it():
    text = ("In April 2026, the defense ministers of Chile and Peru met in Lima, the first such bilateral visit since "
            "2015, and agreed to begin regular exchanges between their staff colleges.")
    agreed = _dates_of(text, date(2026, 5, 20), "AGREE")
    assert agreed and all(d.start == date(2026, 4, 1) and d.end == date(2026, 4, 30) for d in agreed)


def test_an_acts_own_date_comes_before_the_date_of_the_event_it_followed():
    text = ("Following the revolution of April 1952, the United States recognized the government of President "
            "Hernán Siles of Bolivia on June 2, 1952.")
    recognized = _dates_of(text, date(2013, 10, 31), "SUPPORT")
    assert recognized and all(d.start == date(1952, 6, 2) for d in recognized)


def test_the_time_of_what_the_object_was_doing_dates_the_act():
    text = ("Although the two leaders made progress during talks in 1959, relations became tense after the Soviet "
            "Union shot down an American spy plane photographing Soviet bases in 1960.")
    shot = _dates_of(text, date(2013, 10, 31), "ASSAULT")
    assert shot and all(d.start == date(1960, 1, 1) for d in shot)


def test_an_act_told_before_a_day_took_place_in_the_days_up_to_it():
    evs = detente.extract("Before March 3, 1991, Peru had negotiated with Chile for a loan. Peru signed a treaty "
                          "with Chile before the war of 1879.", date(2000, 1, 1))
    assert [(e.date.start, e.date.end) for e in evs if e.event_type == "CONSULT"] == [
        (date(1991, 1, 1), date(1991, 3, 2))]


def test_a_day_in_a_story_set_across_many_years_takes_the_year_of_the_first_full_date_told():
    text = ("The end of empire in West Africa from the early 1950s to the late 1970s brought many quarrels between "
            "France and Britain. The first came in Ghana, which became independent on March 6, 1957. On May 2, Ghana "
            "demanded the withdrawal of British troops.")
    demanded = _dates_of(text, date(2013, 10, 31), "REQUEST")
    assert demanded and all(d.start == date(1957, 5, 2) for d in demanded)


def test_a_day_with_no_year_in_a_story_set_across_many_years_is_not_given_the_first_of_them():
    text = ("The end of empire in West Africa from the early 1950s to the late 1970s brought many quarrels between "
            "France and Britain. On May 2, Ghana demanded the withdrawal of British troops.")
    demanded = _dates_of(text, date(2013, 10, 31), "REQUEST")
    assert demanded and all(d.precision != "day" for d in demanded)


def test_a_year_told_before_the_noun_of_an_act_does_not_move_the_story_to_it():
    text = ("In March 2023, talks between Chile and Peru broke down. After Peruvian prosecutors charged a Chilean "
            "consular official in connection with the 2021 kidnapping of a Chilean dissident near Lima, Chile on May "
            "9 ordered 12 Peruvian embassy staff to leave within 48 hours.")
    expelled = _dates_of(text, date(2023, 12, 1), "SANCTION")
    assert expelled and all(d.start == date(2023, 5, 9) for d in expelled)


def test_a_year_before_what_a_call_asks_for_names_that_thing_not_the_call():
    text = ("In June 2024 the Bolivian senate narrowly adopted a resolution calling for the 1904 treaty with Chile "
            "to be revised.")
    called = _dates_of(text, date(2024, 12, 1), "REQUEST")
    assert called and all(d.start == date(2024, 6, 1) for d in called)


def test_a_date_in_brackets_does_not_move_the_story():
    text = ("In 1842 Webster went to London. The only gain Webster obtained was a return of the border forts "
            "(already promised in 1818) and a trade treaty with Great Britain. Webster even conceded that the "
            "British could search American ships.")
    conceded = _dates_of(text, date(2013, 10, 31), "CONCEDE")
    assert conceded and all(d.start == date(1842, 1, 1) for d in conceded)


def test_a_time_in_an_apposition_to_the_subject_does_not_date_the_act():
    text = ("In 1979 Carter and Brezhnev signed the SALT II Treaty. In 1981, Reagan, a critic of SALT II during the "
            "1980 presidential campaign, agreed to abide by the treaty.")
    agreed = _dates_of(text, date(2013, 10, 31), "AGREE")
    assert agreed and all(d.start == date(1981, 1, 1) for d in agreed)


def test_an_act_of_no_one_named_dated_from_another_clause_does_not_move_the_story():
    text = ("In March of 1762, King Louis XV issued a call to Britain for peace talks. In addition, King George II had "
            "died in 1760, and his successor was more amenable to ending the war. France and Britain agreed to an "
            "exchange of ambassadors in September.")
    agreed = _dates_of(text, date(2013, 10, 31), "AGREE")
    assert agreed and all(d.start == date(1762, 9, 1) for d in agreed)


def test_a_treaty_that_ended_a_war_is_dated_by_the_year_its_name_gives():
    text = "The Treaty of Madrid of 1670 ended the long war between England and Spain."
    ended = _dates_of(text, date(2013, 10, 31), "SUPPORT")
    assert ended and all(d.start == date(1670, 1, 1) for d in ended)


def test_a_time_in_a_since_clause_dates_the_earlier_act_not_the_one_that_follows_it():
    text = ("HANOI - Chilean President Sebastian Pinera, who arrived on Monday, is the first Chilean leader to visit "
            "Vietnam since the two countries opened embassies in 1971.")
    visits = _dates_of(text, date(2019, 3, 6), "CONSULT")
    assert visits and all(d.start is not None and d.start.year == 2019 for d in visits)
    # (also a "since" phrase with no subject of its own: "since taking office in May")
    text = ("LIMA - Chilean President Gabriel Boric arrived in Peru on Tuesday. The two presidents held talks at the "
            "palace on the second day of the visit, his first trip abroad since taking office in March.")
    talks = _dates_of(text, date(2022, 9, 8), "CONSULT")
    assert talks and all(d.start == date(2022, 9, 6) for d in talks)


def test_an_act_told_days_after_or_before_another_is_dated_from_its_day():
    text = ("WARSAW - Poland on Friday recalled its ambassador from Minsk, three days after Belarusian troops fired "
            "on a border patrol. Lithuania closed its border crossing on Thursday, a week before Belarus expelled "
            "its consul.")
    fired = _dates_of(text, date(2021, 9, 10), "ASSAULT")
    assert [d.start for d in fired] == [date(2021, 9, 7)]
    expelled = _dates_of(text, date(2021, 9, 10), "SANCTION")
    assert date(2021, 9, 16) in [d.start for d in expelled]
    # (and so is the purpose of the act the clause tells: "forced their way in to arrest him")
    text = ("WARSAW - Polish diplomats left Minsk on Friday, three days after Belarusian police forced their way "
            "into the Polish embassy to detain a Polish activist.")
    detained = _dates_of(text, date(2021, 9, 12), "COERCE")
    assert detained and all(d.start == date(2021, 9, 7) for d in detained)


def test_a_weekday_called_off_in_the_past_perfect_is_the_one_before_the_report():
    text = ("MADRID - The Moroccan foreign minister called off a trip to Madrid that had been scheduled for "
            "Tuesday, officials said on Friday.")
    called = _dates_of(text, date(2022, 3, 18), "CONSULT")
    assert [d.start for d in called] == [date(2022, 3, 15)]


def test_a_named_war_opening_a_sentence_takes_the_story_forward_into_its_years_but_not_back():
    text = ("In 1936, Spain's generals rose against the republic.\n\nDuring World War II, trade between Argentina and "
            "Britain grew. Britain seized Argentine ships in the Atlantic.")
    seized = _dates_of(text, date(2013, 10, 31), "COERCE") + _dates_of(text, date(2013, 10, 31), "ASSAULT")
    assert seized and all(d.start == date(1939, 9, 1) and d.end == date(1945, 9, 2) for d in seized)
    back = ("In 1949, the Soviet Union tested its first atomic bomb.\n\nDuring World War II, the two had been allies. "
            "The Soviet Union then blockaded Berlin.")
    within = ("In 1938, Germany annexed Austria in March. During the Second World War, Austria was part of the Reich. "
              "In September, Germany annexed the Sudetenland.")
    annexed = _dates_of(within, date(2013, 10, 31), "COERCE")
    assert annexed and annexed[-1].start == date(1938, 9, 1)
    blockaded = [d for kind in ("COERCE", "SANCTION", "ASSAULT") for d in _dates_of(back, date(2013, 10, 31), kind)]
    assert blockaded and all(d.start == date(1949, 1, 1) for d in blockaded)


def test_a_year_before_a_noun_deep_in_the_acts_words_names_that_thing_not_the_act():
    text = ("NAIROBI, May 4 (VOA) - Kenya and Uganda signed a trade pact on Thursday. The two leaders also urged "
            "Somalia to punish those behind raids including the 2019 attack on a hotel in Nairobi.")
    urged = _dates_of(text, date(2023, 5, 4), "REQUEST")
    assert urged and all(d.start == date(2023, 5, 4) for d in urged)
    # (a phrase hung on the act's verb is its occasion, and dates it)
    after = ("In the aftermath of the 2019 protests in Minsk, Lithuania imposed sanctions on Belarus.")
    imposed = _dates_of(after, date(2023, 5, 4), "SANCTION")
    assert imposed and all(d.start == date(2019, 1, 1) for d in imposed)


def test_a_year_before_the_thing_a_clause_acts_on_does_not_move_the_story():
    text = ("In 1951, delegates of Chile and Argentina met in Santiago. They agreed to revise the 1902 boundary "
            "accord, which had set the line in the Andes. Argentina then recalled its ambassador from Chile.")
    recalled = _dates_of(text, date(2013, 10, 31), "SANCTION") + _dates_of(text, date(2013, 10, 31), "REJECT")
    assert recalled and all(d.start == date(1951, 1, 1) for d in recalled)


def test_then_in_a_sentence_with_a_full_date_is_that_date():
    text = ("In 1916, Romania joined the Allies.\n\nOn June 22, 1941, the Romanian Government, by then allied with "
            "Germany, declared war on the Soviet Union.")
    declared = _dates_of(text, date(2019, 11, 15), "ASSAULT")
    assert declared and all(d.start == date(1941, 6, 22) for d in declared)


def test_the_date_of_the_sentences_subject_sets_the_scene():
    text = ("Chile and Cuba established diplomatic relations in 1970. However, the Chilean army's violent repression "
            "of the protests in the capital on September 11, 1973, cooled relations considerably.\n\nThe protests "
            "began on May 2, when Cuba recalled its ambassador from Chile.")
    recalled = [d for kind in ("SANCTION", "REJECT") for d in _dates_of(text, date(2013, 10, 31), kind)]
    assert recalled and all(d.start == date(1973, 5, 2) for d in recalled)


def test_what_an_agreement_is_based_on_neither_dates_it_nor_is_an_act():
    evs = detente.extract("In 1800, Chile and Peru negotiated a new agreement based on the 1776 model treaty.",
                          date(2013, 10, 31))
    assert evs and all(e.date.start == date(1800, 1, 1) for e in evs)


def test_an_act_told_in_the_aftermath_comes_after_the_days_the_story_stands_on():
    text = ("In 1980, strikes spread across Poland. On May 20, the unions marched.\n\nOn the night of December 12 "
            "and 13, the Polish army took control of the cities.\n\nIn the aftermath, the United States suspended "
            "trade credits to Poland.")
    suspended = _dates_of(text, date(2013, 10, 31), "SANCTION")
    assert suspended and all((d.start, d.end) == (date(1980, 12, 13), date(1980, 12, 31)) for d in suspended)


def test_a_time_followed_by_when_dates_every_act_told_after_it():
    # the parser hangs the copula's clause under the last verb here; the acts after "when" are of that spring all
    # the same
    text = ("Relations between the two neighbours cooled in December 1959. The worst moment of the decade was the "
            "spring of 1961, when Cuba seized the refinery of an American firm over the objections of Washington, the "
            "United States deployed warships off Havana, and Cuba expelled American diplomats.")
    dates = [d for kind in ("COERCE", "MOBILIZE", "SANCTION") for d in _dates_of(text, date(2013, 10, 31), kind)]
    assert len(dates) == 3 and all((d.start, d.end) == (date(1961, 3, 1), date(1961, 5, 31)) for d in dates)


def test_a_main_clause_resuming_after_a_when_clause_is_not_dated_by_its_time():
    text = ("By 1929 Chile and Peru were ready to settle their dispute. Peru, which had lost Arica in 1880, when Chile "
            "defeated its army, signed a treaty with Chile at Lima.")
    signed = _dates_of(text, date(2013, 10, 31), "SUPPORT")
    assert signed and all(d.start.year == 1929 for d in signed)


def test_a_year_of_the_thing_after_since_dates_no_act_measured_from_it():
    text = "In June 2020, troops clashed on the border, the worst clash between India and China since the 1962 war."
    clashes = _dates_of(text, date(2020, 7, 1), "ASSAULT")
    assert clashes and all(d.start is None or d.start.year == 2020 for d in clashes)


def test_a_year_after_a_clauses_since_still_starts_its_period():
    text = ("Since the October 2023 attack on Israel, Rabat has repeatedly condemned Israeli military operations in "
            "Gaza.")
    condemned = _dates_of(text, date(2025, 6, 1), "ACCUSE")
    assert condemned and all(d.start == date(2023, 10, 1) for d in condemned), condemned


def test_a_year_after_since_beside_a_superlative_dates_no_act_measured_from_it():
    text = "In June 2020, Indian and Chinese troops clashed in the valley, the worst clash since the 1962 war."
    clashes = _dates_of(text, date(2020, 7, 1), "ASSAULT")
    assert clashes and all(d.start is not None and d.start.year == 2020 for d in clashes), clashes


def test_a_shift_forward_counts_from_the_date_its_own_sentence_gave_before_it():
    text = ("Romania applied to join in 1993. The alliance left it out of its enlargement in July 1997, and days later "
            "the Italian president came to Bucharest.")
    e = next(e for e in detente.extract(read_text(text), date(2020, 1, 1)) if e.event_type == "CONSULT")
    assert (e.source.country, e.target.country) == ("ITA", "ROU")
    assert date(1997, 7, 2) <= e.date.start <= date(1997, 7, 31), e.date
    # (a year naming a thing is no date the shift counts from)
    text = "In March 2020, Italy recalled the 1999 dispute, and days later the Italian president came to Bucharest."
    e = next(e for e in detente.extract(read_text(text), date(2021, 1, 1)) if e.event_type == "CONSULT")
    assert e.date.start.year == 2020, e.date


def test_a_year_naming_what_another_verb_acts_on_dates_no_act_joined_to_it():
    text = ("In May 2021 the talks ended. Ghana scrapped the 2016 quotas on Nigerian cement and Nigeria "
            "withdrew its complaint.")
    withdrawn = [e for e in detente.extract(read_text(text), date(2022, 1, 1))
                 if e.event_type == "RETREAT" and e.source.country == "NGA"]
    assert withdrawn and all(e.date.start is None or e.date.start.year == 2021 for e in withdrawn), withdrawn
    # (but a verb the act governs acts on a thing of that year: "refused to ratify the 1903 treaty" may be of 1903)
    refused = [e for e in detente.extract(read_text("Colombia refused to ratify the 1903 treaty with the United "
                                                    "States."), date(1990, 1, 1)) if e.event_type == "REJECT"]
    assert refused and refused[0].date.start == date(1903, 1, 1), refused
    # (the year of the act's own object still dates it)
    text = "Egypt signed the 1979 treaty with Israel."
    signed = [e for e in detente.extract(read_text(text), date(2020, 1, 1)) if e.event_type == "SUPPORT"]
    assert signed and signed[0].date.start == date(1979, 1, 1)


def test_a_story_that_tells_of_a_leader_in_office_has_moved_into_his_years():
    text = ("In his 1976 campaign, Jimmy Carter criticised the arms trade. The Carter administration sought closer "
            "ties with Latin America. On May 3 Venezuela and the United States signed a trade agreement.")
    signed = [e for e in detente.extract(read_text(text), date(2013, 10, 31)) if e.event_type == "SUPPORT"]
    assert [e.date.start for e in signed] == [date(1977, 5, 3)]
    # (an administration still to come is not yet in office; nor does a story go back to an earlier president)
    for text in ("In December 1976, aides of the incoming administration of President Jimmy Carter drafted new aims. "
                 "On December 20 Venezuela and the United States signed a trade agreement.",
                 "In December 1976, the Nixon administration's old aims were dropped. "
                 "On December 20 Venezuela and the United States signed a trade agreement.",
                 "In 1976, the talks stalled before the Carter administration took office. "
                 "On December 20 Venezuela and the United States signed a trade agreement."):
        signed = [e for e in detente.extract(read_text(text), date(2013, 10, 31)) if e.event_type == "SUPPORT"]
        assert [e.date.start for e in signed] == [date(1976, 12, 20)], text

    # (nor a leader told as one to come, or hoped for, or out of office: the story has not reached his years)
    for text in ("In 1977 the policy was set. It was a policy President Reagan would later reverse. "
                 "On May 3 South Korea and Japan signed a trade agreement.",
                 "In 1977, Seoul hoped the Reagan administration would be kinder to it. "
                 "On May 3 South Korea and Japan signed a trade agreement."):
        signed = [e for e in detente.extract(read_text(text), date(2013, 10, 31)) if e.event_type == "SUPPORT"]
        assert [e.date.start for e in signed] == [date(1977, 5, 3)], text
    # (a monarch's regnal name is many people's: "King George III" is not of Lloyd George's years)
    text = ("In 1760, King George III came to the throne. "
            "On May 3 Britain and Prussia signed a treaty of alliance.")
    signed = [e for e in detente.extract(read_text(text), date(2013, 10, 31)) if e.event_type == "SUPPORT"]
    assert [e.date.start for e in signed] == [date(1760, 5, 3)]


def test_a_year_in_a_clause_that_opens_the_sentence_dates_the_main_act_with_none():
    text = ("At the end of the war, the victors demanded payment. Unable to agree upon the sum that the loser should "
            "pay at the conference in 1919, Britain and France established a joint commission to settle it.")
    found = detente.extract(read_text(text), published=date(2013, 10, 31))
    dates = [(e.date.start, e.date.end) for e in found if e.trigger.startswith("established")]
    assert dates == [(date(1919, 1, 1), date(1919, 12, 31))], dates


def test_an_act_of_a_leader_named_by_pronoun_or_surname_falls_in_the_years_of_his_term():
    def dated(text: str) -> list:
        return [(e.date.start, e.date.end) for e in detente.extract(read_text(text), date(2013, 10, 31))
                if e.event_type == "SANCTION"]
    # a story that looked back to a year before the term: the leader's act is of his years as president
    opening = ("President Gerald Ford took office in August 1974. In October 1972, as a congressman, he had spoken "
               "in Ohio. ")
    for act in ("Ford imposed sanctions on Chile.", "He imposed sanctions on Chile."):
        assert dated(opening + act) == [(date(1974, 1, 1), date(1977, 12, 31))], act
    # not in the years of another office he held, nor in his life long before the term, nor as a former president
    assert dated("Gerald Ford led his party in the House in 1972. In 1972 Ford imposed sanctions on Chile.") == [
        (date(1972, 1, 1), date(1972, 12, 31))]
    assert dated("President Gerald Ford took office in August 1974. In 1966 he had spoken in Ohio. He imposed "
                 "sanctions on Chile.")[0][0].year == 1966
    assert dated("President Jimmy Carter took office in January 1977. In 1983 the former president campaigned in "
                 "Ohio. Former President Carter imposed sanctions on Chile.")[0][0].year == 1983
    # (nor one the text never named as president: his years before it are his own)
    assert dated("In October 1972 Gerald Ford spoke in Ohio. He imposed sanctions on Chile.")[0][0].year == 1972


def test_the_year_a_historian_wrote_in_is_no_time_of_the_story():
    text = ("In March 1921 Chile and Peru quarrelled over Tacna. In 1965, historian John Smith published a book which "
            "argued that the quarrel was staged. Chile recalled its ambassador from Peru.")
    recalled = [e for e in detente.extract(read_text(text), date(2013, 10, 31)) if e.event_type == "SANCTION"]
    assert [e.date.start.year for e in recalled] == [1921]
    # (scholars who act in the story are no scholarship)
    text = ("In March 1921 Chile and Peru quarrelled over Tacna. In 1925, scholars fled Peru. Chile recalled its "
            "ambassador from Peru.")
    recalled = [e for e in detente.extract(read_text(text), date(2013, 10, 31)) if e.event_type == "SANCTION"]
    assert [e.date.start.year for e in recalled] == [1925]
    # (a story that moves on with a year of its own still moves)
    text = ("In March 1921 Chile and Peru quarrelled over Tacna. In 1925, the Chilean foreign minister published a "
            "note which accused Peru. Chile recalled its ambassador from Peru.")
    recalled = [e for e in detente.extract(read_text(text), date(2013, 10, 31)) if e.event_type == "SANCTION"]
    assert [e.date.start.year for e in recalled] == [1925]


def test_an_act_told_a_month_before_the_main_clause_of_an_essay_is_dated_from_it():
    text = ("Peru closed its border with Bolivia in June 1932. The closure came a month after Chilean troops "
            "attacked Bolivia and seized a fort.")
    hostile = [e for e in detente.extract(read_text(text), date(2013, 10, 31)) if e.source.country == "CHL"]
    assert hostile and all((e.date.start, e.date.end) == (date(1932, 5, 1), date(1932, 5, 31)) for e in hostile)
    # (nor an act the main clause does not tell as coming after it: the time the story carries may be its own)
    text = "In August 1990 Iraq invaded Kuwait. Five months after Iraq invaded Kuwait, the United States attacked Iraq."
    invaded = [e for e in detente.extract(read_text(text), date(2013, 10, 31)) if e.source.country == "IRQ"]
    assert invaded and all(e.date.start == date(1990, 8, 1) for e in invaded)
    # (days are no offset from a month)
    text = ("Peru closed its border with Bolivia in June 1932. The closure came four days after Chilean troops "
            "attacked Bolivia.")
    hostile = [e for e in detente.extract(read_text(text), date(2013, 10, 31)) if e.source.country == "CHL"]
    assert hostile and all(e.date.start.month == 6 for e in hostile)


def test_an_act_recalled_as_promised_leaves_the_story_at_its_time():
    text = ("In 1956 Morocco promised to recognize Tunisia. In 1958 Morocco signed a treaty with Spain. As promised, "
            "Morocco recognized Tunisia. On June 16 Morocco protested to France.")
    evs = detente.extract(read_text(text), date(2013, 10, 31))
    assert [e.date.start.year for e in evs if e.event_type == "AGREE"] == [1956]  # (the promise keeps its year)
    assert {e.date.start for e in evs if e.source.country == "MAR" and e.target.country in ("FRA", "TUN")
            and e.status == "occurred" and e.event_type != "AGREE"} == {date(1958, 1, 1), date(1958, 6, 16)}
    # (a sentence with a time of its own does not make the promise recalled a new one)
    text = ("In 1956 Morocco promised to recognize Tunisia. In 1958, as promised, Morocco recognized Tunisia. On "
            "June 16 Morocco protested to France.")
    evs = detente.extract(read_text(text), date(2013, 10, 31))
    assert [e.date.start.year for e in evs if e.event_type == "AGREE"] == [1956]
    assert [e.date.start for e in evs if e.event_type == "ACCUSE"] == [date(1958, 6, 16)]
    # (nor is a promise the text never told an act: only the visit is)
    evs = detente.extract(read_text("As promised in his campaign, Nixon visited China in 1972."), date(2013, 10, 31))
    assert [e.event_type for e in evs] == ["CONSULT"]


def _dated(text: str, published: date) -> set[tuple[str | None, str | None, str, str | None]]:
    return {(e.source.country, e.target.country, e.event_type, e.date.start.isoformat() if e.date.start else None)
            for e in detente.extract(read_text(text), published)}


def test_a_relative_clause_that_tells_a_noun_s_act_being_done_dates_it() -> None:
    got = _dated("In August, Peru resumed imports of Bolivian beef, ending a suspension it had ordered in May.",
                 date(2023, 12, 15))
    assert ("PER", "BOL", "SANCTION", "2023-05-01") in got and ("PER", "BOL", "SANCTION", "2023-08-01") not in got



def _report(last: str) -> str:
    return ("Ghana Recalls Envoy From Togo\n\nACCRA — Ghana on Monday recalled its ambassador to Togo over a fishing "
            "dispute.\n\nOn October 30, Togolese patrol boats seized two Ghanaian trawlers.\n\n" + last)


def test_a_meeting_a_report_tells_as_planned_for_a_month_is_the_one_to_come() -> None:
    def meetings(last: str) -> list[date | None]:
        return [e.date.start for e in detente.extract(read_text(_report(last)), date(2023, 11, 20))
                if e.event_type == "CONSULT" and e.status == "planned"]

    assert meetings("Ghana's foreign minister told parliament he had offered Togo a meeting of the two foreign "
                    "ministers in February.") == [date(2024, 2, 1)]
    # (not a month many months ahead, nor the time a proposal was made, written before the meeting it proposes)
    assert meetings("Ghana's foreign minister told parliament he had offered Togo a meeting of the two foreign "
                    "ministers in October.") == [date(2023, 10, 1)]
    assert meetings("Ghana proposed in June a summit with Togo.") == [date(2023, 6, 1)]
    # (nor a month of a year the text told, nor a plan told as never carried out)
    assert meetings("In 2019, Ghana proposed talks with Togo in March.") == [date(2019, 3, 1)]
    assert meetings("Ghana had proposed talks with Togo in February, but they never took place.") == [date(2023, 2, 1)]


def test_a_month_an_act_is_told_again_at_is_of_the_year_the_first_time_gave() -> None:
    got = _dated("In 1970, Ecuador and Peru met in March and again in May.", date(2015, 6, 1))
    assert got == {("ECU", "PER", "CONSULT", "1970-03-01"), ("ECU", "PER", "CONSULT", "1970-05-01")}


def test_an_act_told_by_an_infinitive_has_the_time_of_the_clause_that_opens_the_sentence() -> None:
    # "When X in 1953, Y sent a minister to negotiate": the negotiation too follows the opening clause's year, not the
    # year the story told before
    told = "In 1950, Chile and Peru signed a boundary treaty. "
    text = told + "When the border war ended in 1953, Peru sent a minister to negotiate a trade pact with Ecuador."
    assert ("PER", "ECU", "CONSULT", "1953-01-01") in _dated(text, date(2015, 6, 1))
    # (not when the verb is told later than that clause, nor through a clause someone reports)
    text = told + "Because Bolivia had attacked Peru in 1953, Chile later sent envoys to negotiate with Argentina."
    later = {d for a, b, kind, d in _dated(text, date(2015, 6, 1)) if (a, b, kind) == ("CHL", "ARG", "CONSULT")}
    assert later and all(d is not None and d > "1953-01-01" for d in later)
    text = told + "After the war ended in 1953, Chile said that Argentina had negotiated an alliance with Bolivia."
    assert ("ARG", "BOL", "CONSULT", "1953-01-01") not in _dated(text, date(2015, 6, 1))


def test_what_a_report_says_has_been_done_runs_from_the_time_just_told_up_to_the_report():
    # news: "has sent" is no act of 1951 (the year of the sentence before), nor of the report's day
    text = ("Peru said on Tuesday it would expand the base. Under a treaty signed in 1951, Chile operates a naval "
            "station in Callao. Peru has sent troops to train alongside Chilean forces in Bolivia.")
    spans = {(e.event_type, e.date.start.isoformat(), e.date.end.isoformat(), e.date.precision)
             for e in detente.extract(read_text(text), date(2019, 8, 21)) if e.event_type in ("MOBILIZE", "COOPERATE")}
    assert spans == {("MOBILIZE", "1951-01-01", "2019-08-21", "unknown"),
                     ("COOPERATE", "1951-01-01", "2019-08-21", "unknown")}
    # (not what "has not" been done: it is not done as of the report)
    denied = detente.extract(read_text(text.replace("Peru has sent troops to train alongside Chilean forces in Bolivia",
                                                    "Chile has not sent troops to Peru")), date(2019, 8, 21))
    assert [(e.status, e.date.start.isoformat(), e.date.end.isoformat()) for e in denied] == [
        ("negated", "2019-08-21", "2019-08-21")]
