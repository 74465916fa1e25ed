"""A long document coded in windows of paragraphs gives the events it gives coded whole: narrative
time, the pair "the two sides" stands for and the acts told so far are carried across windows."""

from __future__ import annotations

from datetime import date

import pytest

from detente.coding.pipeline import code_windows, extract_document
from detente.coding.segment import segment
from detente.reading import read_text

TEXT = """Relations between India and the Soviet Union deepened in the 1950s.

In 1955, Nehru visited Moscow. The following year, the two sides signed a trade agreement.

Later that year, the Soviet Union agreed to supply steel mills to India.

Pakistani troops invaded Kashmir in August 1965. India asked the United Nations for help.

After Pakistani troops invaded Kashmir, India protested. The two countries held talks in Tashkent.

Russia and Pakistan signed a defence agreement in Islamabad.8 It was welcomed.

References:
8. News agency report, 20 November 2014, accessed on 27 Jan 2019.
"""


def records(events) -> list[dict]:
    return [e.to_dict() for e in events]


@pytest.mark.parametrize("window_chars", [1, 120, 10**6])
def test_windows_give_the_events_of_the_whole_document(window_chars):
    doc = read_text(TEXT)
    windows = list(code_windows(doc, window_chars))
    assert windows[-1].sentences == [] and windows[-1].done == len(doc.text)
    assert records(windows[-1].events) == records(extract_document(doc))
    # the windows together hold every sentence once, in order
    assert [s for w in windows for s in w.sentences] == segment(doc)
    if window_chars == 1:
        assert len(windows) == 1 + len({s.paragraph for s in segment(doc)}) == 7  # a window per paragraph, and the last


def test_the_state_carried_across_windows_is_what_dates_and_pairs_later_paragraphs():
    doc = read_text(TEXT)
    evs = next(w for w in reversed(list(code_windows(doc, 1))) if w.events).events
    talks = next(e for e in evs if e.trigger == "held talks")
    # "the two countries" is the pair of the invasion two windows back, dated by its narrative time
    assert {talks.source.country, talks.target.country} == {"PAK", "IND"}
    assert talks.date.start == date(1965, 8, 1) and talks.date.basis == "discourse"
    invasion = next(e for e in evs if e.event_type == "ASSAULT")
    assert [m.sentence for m in invasion.mentions] == [6]  # told again a window later: one act
    signed = next(e for e in evs if e.trigger == "signed agreement" and e.date.start.year == 1956)
    assert {signed.source.country, signed.target.country} == {"IND", "SUN"}
    # the paragraph coded alone knows neither the pair's time nor the invasion told before
    alone = extract_document(read_text(TEXT.split("\n\n")[4]))
    assert all(e.date.start is None for e in alone)


def test_the_changes_of_each_window_add_up_to_the_document_events():
    doc = read_text(TEXT)
    latest: dict[int, dict] = {}
    final = None
    for w in code_windows(doc, 1):
        latest.update({i: e.to_dict() for i, e in w.changed})
        final = w.events
    assert [latest[i] for i in sorted(latest)] == records(final)
    assert sorted(latest) == list(range(len(final)))


def test_a_long_document_is_coded_in_windows_by_extract(monkeypatch):
    from detente.coding import pipeline

    doc = read_text(TEXT)
    whole = records(extract_document(doc))
    seen = []
    original = pipeline.code_windows
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", 100)
    monkeypatch.setattr(pipeline, "code_windows", lambda d, n=100: seen.append(d.id) or original(d, n))
    assert records(extract_document(doc)) == whole and seen == [doc.id]


def test_extract_keeps_no_list_of_a_long_documents_sentences_and_code_many_does(monkeypatch):
    from detente.coding import pipeline

    doc = read_text(TEXT)
    whole = records(extract_document(doc))  # coded whole, before the windows are made small
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", 100)
    kept = []
    original = pipeline._windows_ticked

    def ticked(*args):
        events, sentences = original(*args)
        kept.append(sentences)
        return events, sentences

    monkeypatch.setattr(pipeline, "_windows_ticked", ticked)
    events = pipeline.extract_documents([doc])
    assert records(next(events)) == whole and kept[0] == []
    coded = next(pipeline.code_many([doc]))
    assert coded.sentences == segment(doc)  # the store keeps them


def test_the_latest_act_naming_a_word_is_found_as_a_scan_back_would_find_it():
    from detente.coding.merge import stem
    from detente.coding.story import ToldActs, latest_naming
    from detente.model import Actor, DateSpan, Event, Evidence

    def act(n: int, trigger: str) -> Event:
        return Event(str(n), "d", Actor("A"), Actor("B"), "AGREE", trigger, DateSpan(None, None),
                     Evidence(n, 0, 1, "x"))

    def scanned(told, lemma):
        for e in reversed(told):
            words = {w.lower().rstrip("s") for w in e.trigger.split()}
            if lemma.rstrip("s") in words or stem(lemma) in {stem(w) for w in words}:
                return e
        return None

    told = ToldActs()
    triggers = ["signed deal", "visited", "agreements", "signed the Deal", "visit", "held talks", "invaded"]
    for n, trigger in enumerate(triggers):
        told.append(act(n, trigger))
        for lemma in ("deal", "agreement", "visit", "talk", "invasion", "treaty", "sign"):
            assert told.latest_naming(lemma) is scanned(told, lemma), (lemma, n)
    assert told.latest_naming("deal").trigger == "signed the Deal"
    assert latest_naming(list(told), "visits").trigger == "visit"
    # acts dropped from the sentence being coded are forgotten by the index, which still finds the others
    told.append(act(6, "agreed"))
    told.append(act(6, "held a summit"))
    assert told.latest_naming("summit").trigger == "held a summit"
    told.drop_latest(6, lambda e: e.trigger == "agreed")
    assert [e.trigger for e in told[-2:]] == ["invaded", "held a summit"]
    for lemma in ("deal", "agreement", "visit", "talk", "invasion", "summit", "agree"):
        assert told.latest_naming(lemma) is scanned(told, lemma), lemma
