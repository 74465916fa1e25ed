"""Tests of detente.timex: finding time expressions and resolving them to intervals."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from detente.model import DateSpan
from detente.timex import TimeMention, find_times, resolve
from detente.timex.find import candidates, candidates_everywhere, select

PUBLISHED = date(2018, 10, 8)  # a Monday
ANCHOR = DateSpan(date(1965, 9, 22), date(1965, 9, 22), "day", "22 September 1965", "explicit")
CORPUS = Path("/work/shared/corpus/milestones.jsonl")
D = date.fromisoformat


def only(text: str) -> TimeMention:
    """Return the single mention found in text."""
    found = find_times(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def check(span: DateSpan | None, first: str, last: str, precision: str) -> None:
    """Assert the resolved interval."""
    assert span is not None
    assert (span.start, span.end, span.precision) == (D(first), D(last), precision)


# --- absolute ------------------------------------------------------------------------------------

ABSOLUTE = [
    ("12 July 2018", "12 July 2018", "2018-07-12", "2018-07-12", "day"),
    ("July 12, 2018", "July 12, 2018", "2018-07-12", "2018-07-12", "day"),
    ("We met on Monday, July 12, 2018.", "Monday, July 12, 2018", "2018-07-12", "2018-07-12", "day"),
    ("12–14 July 2018", "12–14 July 2018", "2018-07-12", "2018-07-14", "day"),
    ("2018-07-12", "2018-07-12", "2018-07-12", "2018-07-12", "day"),
    ("Aug 2018", "Aug 2018", "2018-08-01", "2018-08-31", "month"),
    ("August 2018", "August 2018", "2018-08-01", "2018-08-31", "month"),
    ("in September-October 2017", "September-October 2017", "2017-09-01", "2017-10-31", "month"),
    ("1954", "1954", "1954-01-01", "1954-12-31", "year"),
    ("in 1954", "1954", "1954-01-01", "1954-12-31", "year"),
    ("1947–48", "1947–48", "1947-01-01", "1948-12-31", "year"),
    ("1947-1948", "1947-1948", "1947-01-01", "1948-12-31", "year"),
    ("between 1954 and 1962", "between 1954 and 1962", "1954-01-01", "1962-12-31", "year"),
    ("from 1954 to 1962", "from 1954 to 1962", "1954-01-01", "1962-12-31", "year"),
    ("the 1980s", "the 1980s", "1980-01-01", "1989-12-31", "decade"),
    ("1990s", "1990s", "1990-01-01", "1999-12-31", "decade"),
    ("the 1960s and 1970s", "the 1960s and 1970s", "1960-01-01", "1979-12-31", "decade"),
    ("throughout the 1960s and 1970s", "the 1960s and 1970s", "1960-01-01", "1979-12-31", "decade"),
    ("late 1990s", "late 1990s", "1997-01-01", "1999-12-31", "year"),
    ("the early 1990s", "the early 1990s", "1990-01-01", "1993-12-31", "year"),
    ("mid-1990s", "mid-1990s", "1994-01-01", "1996-12-31", "year"),
    ("early 1965", "early 1965", "1965-01-01", "1965-06-30", "season"),
    ("late 1965", "late 1965", "1965-07-01", "1965-12-31", "season"),
    ("mid-1979", "mid-1979", "1979-04-01", "1979-09-30", "season"),
    ("by the end of 1979", "the end of 1979", "1979-07-01", "1979-12-31", "season"),
    ("the summer of 1973", "the summer of 1973", "1973-06-01", "1973-08-31", "season"),
    ("the winter of 1978", "the winter of 1978", "1978-12-01", "1979-02-28", "season"),
    ("spring 2016", "spring 2016", "2016-03-01", "2016-05-31", "season"),
    ("autumn 2016", "autumn 2016", "2016-09-01", "2016-11-30", "season"),
    ("fall 2016", "fall 2016", "2016-09-01", "2016-11-30", "season"),
    ("the end of December 1979", "the end of December 1979", "1979-12-21", "1979-12-31", "week"),
    ("late December 1979", "late December 1979", "1979-12-21", "1979-12-31", "week"),
    ("early July 2018", "early July 2018", "2018-07-01", "2018-07-10", "week"),
    ("the last week of 2018", "the last week of 2018", "2018-12-25", "2018-12-31", "week"),
    ("the first week of July 2018", "the first week of July 2018", "2018-07-01", "2018-07-07", "week"),
    ("the first half of 2017", "the first half of 2017", "2017-01-01", "2017-06-30", "season"),
    ("the second quarter of 2015", "the second quarter of 2015", "2015-04-01", "2015-06-30", "season"),
    ("the 19th century", "the 19th century", "1800-01-01", "1899-12-31", "century"),
    ("the nineteenth century", "the nineteenth century", "1800-01-01", "1899-12-31", "century"),
    ("the late 19th century", "the late 19th century", "1867-01-01", "1899-12-31", "decade"),
    ("in the 1800s", "the 1800s", "1800-01-01", "1899-12-31", "century"),
    ("the 1980 Moscow Olympics", "1980", "1980-01-01", "1980-12-31", "year"),
    ("on New Year's Day 1980", "New Year's Day 1980", "1980-01-01", "1980-01-01", "day"),
    ("Christmas 1941", "Christmas 1941", "1941-12-25", "1941-12-25", "day"),
    # a place standing for its episode, after "after", "following", "before" or "since"
    ("relations cooled after Suez", "after Suez", "1956-11-07", "1957-11-07", "year"),
    ("before Pearl Harbor", "before Pearl Harbor", "1940-12-07", "1941-12-07", "year"),
    # days joined by a word, with their year
    ("on January 4 and 5, 1974", "January 4 and 5, 1974", "1974-01-04", "1974-01-05", "day"),
    ("from March 3 to 9, 1980", "March 3 to 9, 1980", "1980-03-03", "1980-03-09", "day"),
    # the U.S. fiscal year; a year with a two-digit tail stays two calendar years
    ("grants of $9 million in FY2017", "FY2017", "2016-10-01", "2017-09-30", "year"),
    ("the fiscal year 2019 budget", "fiscal year 2019", "2018-10-01", "2019-09-30", "year"),
    ("over FY2016-FY2018", "FY2016-FY2018", "2015-10-01", "2018-09-30", "year"),
    ("the budget for 2015-16", "2015-16", "2015-01-01", "2016-12-31", "year"),
]


@pytest.mark.parametrize(("text", "said", "first", "last", "precision"), ABSOLUTE)
def test_absolute(text: str, said: str, first: str, last: str, precision: str) -> None:
    mention = only(text)
    assert (mention.text, mention.kind) == (said, "absolute")
    assert text[mention.start:mention.end] == said
    span = resolve(mention, published=date(2020, 1, 1))
    check(span, first, last, precision)
    assert span is not None and span.basis == "explicit" and span.text == said


def test_a_place_stands_for_its_episode_only_after_a_word_of_sequence() -> None:
    assert find_times("The Suez Canal reopened. He flew to Munich.") == []
    assert find_times("Order returned after Tiananmen Square was cleared.") == []  # a place named in full
    since = only("ties froze since Tiananmen")
    assert (since.text, since.since) == ("since Tiananmen", True)


def test_days_joined_by_a_word_need_their_year() -> None:
    # "May 3 and 4 ships" is a day and a count, not two days
    assert [(m.text, m.kind) for m in find_times("On May 3 and 4 ships sailed home.")] == [("May 3", "partial")]
    # a number before the day is no day of the range: "Resolutions 3 and 4 May 1980" are of May 4
    assert [m.text for m in find_times("Resolutions 3 and 4 May 1980 were adopted.")] == ["4 May 1980"]


def test_absolute_needs_no_anchor_or_publication() -> None:
    check(resolve(only("in 1954")), "1954-01-01", "1954-12-31", "year")


# --- partial ------------------------------------------------------------------------------------

PARTIAL = [
    ("on 12 July", "12 July", "1965-07-12", "1965-07-12", "day"),
    ("September 20", "September 20", "1965-09-20", "1965-09-20", "day"),
    ("on September 21", "September 21", "1965-09-21", "1965-09-21", "day"),
    ("that August", "that August", "1965-08-01", "1965-08-31", "month"),
    ("In August", "August", "1965-08-01", "1965-08-31", "month"),
    ("in October", "October", "1965-10-01", "1965-10-31", "month"),
    ("on Christmas Eve", "Christmas Eve", "1965-12-24", "1965-12-24", "day"),
    ("that summer", "that summer", "1965-06-01", "1965-08-31", "season"),
    ("in the summer", "the summer", "1965-06-01", "1965-08-31", "season"),
    ("in mid-July", "mid-July", "1965-07-11", "1965-07-20", "week"),
]


@pytest.mark.parametrize(("text", "said", "first", "last", "precision"), PARTIAL)
def test_partial_takes_the_anchor_year(text: str, said: str, first: str, last: str, precision: str) -> None:
    mention = only(text)
    assert (mention.text, mention.kind) == (said, "partial")
    span = resolve(mention, anchor=ANCHOR, published=PUBLISHED)
    check(span, first, last, precision)
    assert span is not None and span.basis == "discourse"


def test_partial_without_anchor_is_the_latest_before_publication() -> None:
    span = resolve(only("in August"), published=PUBLISHED)
    check(span, "2018-08-01", "2018-08-31", "month")
    assert span is not None and span.basis == "publication"
    check(resolve(only("on Christmas Eve"), published=PUBLISHED), "2017-12-24", "2017-12-24", "day")
    check(resolve(only("September 20"), published=PUBLISHED), "2018-09-20", "2018-09-20", "day")


def test_partial_in_the_future_is_the_next_one() -> None:
    check(resolve(only("in August"), published=PUBLISHED, future=True), "2019-08-01", "2019-08-31", "month")
    check(resolve(only("in October"), published=PUBLISHED, future=True), "2018-10-01", "2018-10-31", "month")


def test_partial_without_anchor_or_publication_is_unresolved() -> None:
    assert resolve(only("in August")) is None


def test_that_month_is_the_anchor_month() -> None:
    mention = only("that month")
    assert mention.kind == "anaphoric"
    check(resolve(mention, anchor=ANCHOR), "1965-09-01", "1965-09-30", "month")


def test_a_yearless_day_is_the_one_nearest_the_story_s_day() -> None:
    # a story at a day or month moves on into the next year ("By October 30, 1990 ... On February 24"),
    # unless the day lies closer behind it ("On December 7 ... on November 26")
    october = DateSpan(date(1990, 10, 30), date(1990, 10, 30), "day", "October 30, 1990", "explicit")
    check(resolve(only("On February 24"), anchor=october), "1991-02-24", "1991-02-24", "day")
    check(resolve(only("on New Year's Day"), anchor=october), "1991-01-01", "1991-01-01", "day")
    check(resolve(only("on July 26"), anchor=october), "1990-07-26", "1990-07-26", "day")
    check(resolve(only("In December"), anchor=october), "1990-12-01", "1990-12-31", "month")
    check(resolve(only("in March"), anchor=october), "1991-03-01", "1991-03-31", "month")
    # a story that stands in a whole year keeps it
    year = DateSpan(date(1990, 1, 1), date(1990, 12, 31), "year", "1990", "explicit")
    check(resolve(only("On February 24"), anchor=year), "1990-02-24", "1990-02-24", "day")


def test_that_month_is_the_one_nearest_the_story_s_month() -> None:
    september = DateSpan(date(1932, 9, 1), date(1932, 9, 30), "month", "September 1932", "explicit")
    check(resolve(only("That February"), anchor=september), "1933-02-01", "1933-02-28", "month")
    check(resolve(only("that November"), anchor=september), "1932-11-01", "1932-11-30", "month")
    check(resolve(only("that August"), anchor=september), "1932-08-01", "1932-08-31", "month")  # the nearest
    # a year told alone: its own February
    year = DateSpan(date(1932, 1, 1), date(1932, 12, 31), "year", "1932", "explicit")
    check(resolve(only("That February"), anchor=year), "1932-02-01", "1932-02-29", "month")


# --- anaphoric ----------------------------------------------------------------------------------

ANAPHORIC = [
    ("in that year", "that year", "1965-01-01", "1965-12-31", "year"),
    ("that year", "that year", "1965-01-01", "1965-12-31", "year"),
    ("the same year", "the same year", "1965-01-01", "1965-12-31", "year"),
    ("the following year", "the following year", "1966-01-01", "1966-12-31", "year"),
    ("the next year", "the next year", "1966-01-01", "1966-12-31", "year"),
    ("a year later", "a year later", "1966-01-01", "1966-12-31", "year"),
    ("two years later", "two years later", "1967-01-01", "1967-12-31", "year"),
    ("2 years later", "2 years later", "1967-01-01", "1967-12-31", "year"),
    ("three months later", "three months later", "1965-12-01", "1965-12-31", "month"),
    ("the previous year", "the previous year", "1964-01-01", "1964-12-31", "year"),
    ("the year before, he", "the year before", "1964-01-01", "1964-12-31", "year"),
    ("the next day", "the next day", "1965-09-23", "1965-09-23", "day"),
    ("a few years later", "a few years later", "1967-01-01", "1969-12-31", "year"),
    ("thereafter", "thereafter", "1965-09-22", "1966-09-22", "year"),
    ("later", "later", "1965-09-22", "1966-09-22", "year"),
    ("subsequently", "subsequently", "1965-09-22", "1966-09-22", "year"),
    ("shortly after", "shortly after", "1965-09-22", "1965-12-22", "month"),
    ("soon after", "soon after", "1965-09-22", "1965-12-22", "month"),
    ("at the time", "at the time", "1965-09-22", "1965-09-22", "day"),
    ("by that point", "by that point", "1965-09-22", "1965-09-22", "day"),
    ("at this juncture", "at this juncture", "1965-09-22", "1965-09-22", "day"),
    ("these years", "these years", "1965-09-22", "1965-09-22", "day"),
    ("in these years", "these years", "1965-09-22", "1965-09-22", "day"),
    ("later that year", "later that year", "1965-09-22", "1965-12-31", "season"),
    ("earlier that year", "earlier that year", "1965-01-01", "1965-09-22", "season"),
]


@pytest.mark.parametrize(("text", "said", "first", "last", "precision"), ANAPHORIC)
def test_anaphoric(text: str, said: str, first: str, last: str, precision: str) -> None:
    mention = only(text)
    assert (mention.text, mention.kind) == (said, "anaphoric")
    span = resolve(mention, anchor=ANCHOR, published=PUBLISHED)
    check(span, first, last, precision)
    assert span is not None and span.basis == "discourse"


def test_anaphoric_without_anchor_is_unresolved() -> None:
    assert resolve(only("two years later"), published=PUBLISHED) is None


def test_following_year_counts_from_the_end_of_a_range_anchor() -> None:
    anchor = DateSpan(date(1954, 1, 1), date(1962, 12, 31), "year")
    check(resolve(only("the following year"), anchor=anchor), "1963-01-01", "1963-12-31", "year")
    check(resolve(only("these years"), anchor=anchor), "1954-01-01", "1962-12-31", "year")


def test_later_or_earlier_in_a_year_told_whole_is_that_year() -> None:
    # "In 1965 ... Later that year ...": no sharper than the year (not its last day)
    anchor = DateSpan(date(1965, 1, 1), date(1965, 12, 31), "year")
    check(resolve(only("later that year"), anchor=anchor), "1965-01-01", "1965-12-31", "year")
    check(resolve(only("earlier that year"), anchor=anchor), "1965-01-01", "1965-12-31", "year")
    month = DateSpan(date(1965, 6, 1), date(1965, 6, 30), "month")
    check(resolve(only("later that month"), anchor=month), "1965-06-01", "1965-06-30", "month")
    # a month told after a whole year: no month can be given (not January)
    check(resolve(only("later that month"), anchor=anchor), "1965-01-01", "1965-12-31", "year")


def test_a_finer_shift_of_a_vague_anchor_keeps_its_vagueness() -> None:
    anchor = DateSpan(date(1965, 1, 1), date(1965, 12, 31), "year")
    check(resolve(only("the next day"), anchor=anchor), "1965-01-02", "1966-01-01", "year")


# --- relative to publication --------------------------------------------------------------------

RELATIVE = [
    ("today", "today", "2018-10-08", "2018-10-08", "day"),
    ("yesterday", "yesterday", "2018-10-07", "2018-10-07", "day"),
    ("on Monday", "Monday", "2018-10-08", "2018-10-08", "day"),
    ("Monday", "Monday", "2018-10-08", "2018-10-08", "day"),
    ("last Tuesday", "last Tuesday", "2018-10-02", "2018-10-02", "day"),
    ("on Sunday", "Sunday", "2018-10-07", "2018-10-07", "day"),
    ("last week", "last week", "2018-10-01", "2018-10-07", "week"),
    ("this week", "this week", "2018-10-08", "2018-10-14", "week"),
    ("last month", "last month", "2018-09-01", "2018-09-30", "month"),
    ("this month", "this month", "2018-10-01", "2018-10-31", "month"),
    ("last year", "last year", "2017-01-01", "2017-12-31", "year"),
    ("this year", "this year", "2018-01-01", "2018-12-31", "year"),
    ("late last year", "late last year", "2017-07-01", "2017-12-31", "season"),
    ("earlier this year", "earlier this year", "2018-01-01", "2018-10-08", "year"),
    ("four years ago", "four years ago", "2014-01-01", "2014-12-31", "year"),
    ("4 years ago", "4 years ago", "2014-01-01", "2014-12-31", "year"),
    ("two months ago", "two months ago", "2018-08-01", "2018-08-31", "month"),
    ("a decade ago", "a decade ago", "2008-01-01", "2008-12-31", "year"),
    ("recently", "recently", "2018-07-08", "2018-10-08", "month"),
    ("in the past five years", "the past five years", "2013-10-08", "2018-10-08", "year"),
    ("over the last decade", "the last decade", "2008-10-08", "2018-10-08", "year"),
    ("last summer", "last summer", "2018-06-01", "2018-08-31", "season"),
]


@pytest.mark.parametrize(("text", "said", "first", "last", "precision"), RELATIVE)
def test_relative(text: str, said: str, first: str, last: str, precision: str) -> None:
    mention = only(text)
    assert (mention.text, mention.kind) == (said, "relative")
    span = resolve(mention, anchor=ANCHOR, published=PUBLISHED)
    check(span, first, last, precision)
    assert span is not None and span.basis == "publication"


FUTURE = [
    ("later this month", "2018-10-08", "2018-10-31", "month"),
    ("next month", "2018-11-01", "2018-11-30", "month"),
    ("next year", "2019-01-01", "2019-12-31", "year"),
    ("next week", "2018-10-15", "2018-10-21", "week"),
    ("next Friday", "2018-10-12", "2018-10-12", "day"),
]


@pytest.mark.parametrize(("text", "first", "last", "precision"), FUTURE)
def test_future(text: str, first: str, last: str, precision: str) -> None:
    mention = only(text)
    assert mention.kind == "relative"
    check(resolve(mention, published=PUBLISHED, future=True), first, last, precision)


@pytest.mark.parametrize("text", ["next month", "next year", "next week"])
def test_future_is_refused_unless_asked_for(text: str) -> None:
    assert resolve(only(text), published=PUBLISHED) is None


@pytest.mark.parametrize("text", ["so far", "to date"])
def test_up_to_publication_is_left_to_the_caller(text: str) -> None:
    mention = only(text)
    assert mention.kind == "relative"
    assert resolve(mention, published=PUBLISHED) is None


def test_relative_without_publication_is_unresolved() -> None:
    assert resolve(only("last week")) is None


# --- false positives, flags, offsets ------------------------------------------------------------

NOT_DATES = [
    "$19 billion", "22 projects", "70,000 jobs", "Resolution 211", "12 to 15 years", "2 percent",
    "5,000 troops", "nine of the 22", "It cost $1954.", "some 1,954 men", "2105 troops",
    "He said 1500 troops",
    "the 2105 troops", "a 2 percent rise in 2105 units", "the later agreements", "They may agree.",
    "the fall of Saigon",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_false_positives(text: str) -> None:
    assert [m.text for m in find_times(text)] == []


def test_since_and_until_flags() -> None:
    since, until, by, plain = find_times("since 1955, until 1960, by 1970, in 1980")
    assert (since.since, since.until) == (True, False)
    assert (until.since, until.until) == (False, True)
    assert by.until and not by.since
    assert not plain.since and not plain.until
    assert only("ever since the 1960s").since
    assert only("since then").since


def test_a_start_after_publication_is_refused() -> None:
    mention = only("since 2105")
    assert mention.since
    assert resolve(mention, published=date(2019, 5, 1)) is None
    assert resolve(mention, published=date(2019, 5, 1), future=True) is not None


def test_offsets_and_order_in_running_text() -> None:
    text = "In 1954, the treaty was signed; two years later it lapsed, and on 12 July 1962 talks resumed."
    found = find_times(text)
    assert [m.text for m in found] == ["1954", "two years later", "12 July 1962"]
    assert [m.kind for m in found] == ["absolute", "anaphoric", "absolute"]
    assert all(text[m.start:m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_leftmost_longest() -> None:
    assert [m.text for m in find_times("on 12 July 2018 and in July 2019")] == ["12 July 2018", "July 2019"]


def test_dashes_and_quotes() -> None:
    assert only("1947\u201448").text == "1947\u201448"
    assert only("\u201cIn 1954\u201d").text == "1954"


EXAMPLES = [row[0] for row in ABSOLUTE + PARTIAL + ANAPHORIC + RELATIVE + FUTURE] + NOT_DATES
ALL_EXAMPLES = ". ".join(EXAMPLES)


def test_looking_near_triggers_finds_what_scanning_everything_finds() -> None:
    assert select(candidates(ALL_EXAMPLES)) == select(candidates_everywhere(ALL_EXAMPLES))


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")
def test_corpus_agreement() -> None:
    # speed is measured by benchmarks/throughput.py, not asserted in a test (the machines are shared)
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    found = [find_times(text) for text in texts]
    assert sum(map(len, found)) > 1000
    for text in texts[:25]:
        assert select(candidates(text)) == select(candidates_everywhere(text))


# --- running text from histories ------------------------------------------------------------------

MORE_ABSOLUTE = [
    ("following Japan\u2019s 1945 surrender", "1945", "1945-01-01", "1945-12-31", "year"),
    ("Sea Power upon History, 1660\u20131783, a", "1660\u20131783", "1660-01-01", "1783-12-31", "year"),
    ("in 1899\xad\u20131900, and", "1899\xad\u20131900", "1899-01-01", "1900-12-31", "year"),
    ("the 1870s-early 1900s", "the 1870s-early 1900s", "1870-01-01", "1933-12-31", "decade"),
    ("the winter of 1978\u201379", "the winter of 1978\u201379", "1978-12-01", "1979-02-28", "season"),
    ("the last week of February 2016", "the last week of February 2016", "2016-02-23", "2016-02-29", "week"),
    ("in Sept. 1954", "Sept. 1954", "1954-09-01", "1954-09-30", "month"),
    ("(1954)", "1954", "1954-01-01", "1954-12-31", "year"),
]


@pytest.mark.parametrize(("text", "said", "first", "last", "precision"), MORE_ABSOLUTE)
def test_more_absolute(text: str, said: str, first: str, last: str, precision: str) -> None:
    mention = only(text)
    assert (mention.text, mention.kind) == (said, "absolute")
    check(resolve(mention), first, last, precision)


def test_two_years_joined_by_and_stay_two() -> None:
    assert [m.text for m in find_times("in 1954 and 1962")] == ["1954", "1962"]


def test_a_month_a_plan_is_set_for_is_a_time() -> None:
    assert only("The summit is scheduled for March.").text == "March"
    assert only("the talks, planned for August,").text == "August"


def test_a_bare_plural_unit_later_is_a_shift_of_a_few() -> None:
    m = only("Weeks later, the envoy returned.")
    assert (m.text, m.rule, m.unit, m.n, m.n_max) == ("Weeks later", "shift", "week", 1, 3)
    assert only("and days later the talks resumed.").unit == "day"
    # (a number before it is the count: the longer mention)
    assert only("Two days later, the envoy returned.").text == "Two days later"


def test_hours_or_minutes_later_is_the_day_told_not_a_year_after_it() -> None:
    for text in ("Hours later, the envoy returned.", "and reversed that decision a few hours later after a call",
                 "Minutes afterwards, the talks resumed."):
        m = only(text)
        assert m.rule == "same" and m.text.lower().split()[-2] in ("hours", "minutes"), text
    anchor = DateSpan(date(2020, 11, 26), date(2020, 11, 26), "day")
    span = resolve(only("Hours later, the envoy returned."), anchor=anchor, published=date(2020, 11, 28))
    assert span is not None and (span.start, span.end) == (date(2020, 11, 26), date(2020, 11, 26))


def test_month_names_end_cleanly() -> None:
    assert only("agreed in September.").text == "September"
    assert only("the April 10th deadline").text == "April 10th"


MORE_ANAPHORIC = [
    ("By the end of the day,", "the end of the day", "1965-09-22", "1965-09-22", "day"),
    ("later that month", "later that month", "1965-09-22", "1965-09-30", "week"),
    ("over the following months", "the following months", "1965-10-01", "1965-12-31", "month"),
    ("several weeks later", "several weeks later", "1965-10-04", "1965-10-31", "week"),
    ("the end of the decade", "the end of the decade", "1967-01-01", "1969-12-31", "year"),
]


@pytest.mark.parametrize(("text", "said", "first", "last", "precision"), MORE_ANAPHORIC)
def test_more_anaphoric(text: str, said: str, first: str, last: str, precision: str) -> None:
    mention = only(text)
    assert (mention.text, mention.kind) == (said, "anaphoric")
    check(resolve(mention, anchor=ANCHOR), first, last, precision)


def test_more_relative() -> None:
    check(resolve(only("last August"), published=PUBLISHED), "2018-08-01", "2018-08-31", "month")
    check(resolve(only("this summer"), published=PUBLISHED), "2018-06-01", "2018-08-31", "season")
    check(resolve(only("on Friday"), published=PUBLISHED), "2018-10-05", "2018-10-05", "day")
    check(resolve(only("on Friday"), published=PUBLISHED, future=True), "2018-10-12", "2018-10-12", "day")
    check(resolve(only("in recent years"), published=PUBLISHED), "2015-10-08", "2018-10-08", "year")


@pytest.mark.parametrize(
    ("text", "said", "first", "last"),
    [
        ("It took eight years of bitter fighting before Lisbon gave up.", "took eight years", "1972-01-01",
         "1973-12-31"),
        ("After two years of talks, they signed the treaty.", "After two years of", "1966-01-01", "1967-12-31"),
    ],
)
def test_a_duration_before_an_act_counts_from_the_scene_give_or_take_a_unit(
    text: str, said: str, first: str, last: str
) -> None:
    m = only(text)
    assert m.text == said
    span = resolve(m, anchor=ANCHOR, published=PUBLISHED)
    assert (span.start, span.end, span.precision) == (D(first), D(last), "year")


def test_after_years_of_needs_a_noun_and_took_needs_before_or_until() -> None:
    assert find_times("He took ten years off.") == []
    assert [m.text for m in find_times("Ten years later, Moscow withdrew.")] == ["Ten years later"]


@pytest.mark.parametrize("text, said, first, last", [
    ("They fought side by side during the Korean War.", "the Korean War", "1950-06-25", "1953-07-27"),
    ("At the end of World War II, troops stayed.", "the end of World War II", "1945-06-04", "1945-09-02"),
    ("the outbreak of the Six–Day War", "the outbreak of the Six–Day War", "1967-06-05", "1967-06-10"),
    ("Trade grew after the Suez Crisis.", "after the Suez Crisis", "1956-11-07", "1957-11-07"),
    ("its post-World War I isolation", "post-World War I", "1918-11-11", "1919-11-11"),
    ("Both built fleets during the War of 1812.", "the War of 1812", "1812-06-18", "1815-02-17"),
])
def test_named_periods_have_their_days(text: str, said: str, first: str, last: str) -> None:
    m = only(text)
    assert (m.text, m.first, m.last) == (said, D(first), D(last))


def test_a_name_standing_for_several_periods_is_no_time() -> None:
    assert find_times("Both sides remembered the Civil War and the Sino-Japanese War.") == []


def test_the_following_month_named_is_the_first_after_the_story_day() -> None:
    check(resolve(only("it came into force the following April"), anchor=ANCHOR, published=PUBLISHED),
          "1966-04-01", "1966-04-30", "month")
    check(resolve(only("they met again the next November"), anchor=ANCHOR, published=PUBLISHED),
          "1965-11-01", "1965-11-30", "month")


def test_the_later_part_of_a_decade_is_its_late_part() -> None:
    m = only("opposition grew in the later 1960s")
    assert (m.first, m.last) == (D("1967-01-01"), D("1969-12-31"))


def test_two_days_joined_by_and_before_a_comma_are_one_span():
    found = find_times("On the night of June 3 and 4, the army moved in.")
    assert [m.text for m in found] == ["June 3 and 4"]
    assert [m.text for m in find_times("On May 3 and 4 ships arrived.")] == ["May 3"]


def test_a_shift_past_the_calendar_s_last_day_gives_no_date():
    anchor = DateSpan(date(9999, 12, 31), date(9999, 12, 31), "day", None, "explicit")
    for text in ("the next day", "two years later"):
        mention = find_times(text)[0]
        assert resolve(mention, anchor, None, False) is None, text


@pytest.mark.parametrize("published, future, first, last", [
    (date(2017, 3, 13), False, "2017-03-11", "2017-03-12"),  # a Monday's report: the weekend just past
    (date(2017, 3, 17), False, "2017-03-11", "2017-03-12"),  # a Friday's: still the last one
    (date(2017, 3, 12), False, "2017-03-11", "2017-03-12"),  # a Sunday's: its own
    (date(2017, 3, 13), True, "2017-03-18", "2017-03-19"),  # what is still to come: the next one
])
def test_over_the_weekend_is_the_saturday_and_sunday_nearest_the_report(published, future, first, last) -> None:
    m = only("The envoy was summoned over the weekend.")
    assert m.text == "over the weekend"
    check(resolve(m, published=published, future=future), first, last, "day")


def test_the_weekend_of_a_date_is_that_date_not_a_weekend_near_the_report() -> None:
    assert [m.text for m in find_times("Over the weekend of October 27, 1962, Moscow sent a letter.")] \
        == ["October 27, 1962"]
