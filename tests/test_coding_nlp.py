"""The trimmed spaCy pipeline: its POS table and its rule lemmas, against the model's own lemmatizer."""

from __future__ import annotations

from detente.coding import nlp

SENTENCES = [
    "The ambassadors negotiated lengthy agreements while the armies were retreating from the provinces.",
    "Both governments had been quietly preparing bigger concessions, wiser envoys and fresher proposals.",
    "She flew to the talks, saw the ministers and went home; the crises worsened and the mice fled.",
    "Its warships are anchoring off the islands, and the isles' fisheries were closed by the navies.",
    "Running, ran, runs, better, best, happier, geese, analyses, criteria, U.S.-led, 1990s, co-operated.",
]


def test_rule_lemmas_are_the_models_own():
    pipeline = nlp.pipeline()
    spacy_rules = pipeline.get_pipe("lemmatizer")
    assert getattr(spacy_rules, "mode", "") == "rule"
    compared = 0
    for doc in pipeline.pipe(SENTENCES):
        for token in doc:
            expected = spacy_rules.rule_lemmatize(token)[0]
            assert token.lemma_ == expected, (token.text, token.pos_)
            compared += 1
    assert compared > 80


def test_the_index_is_held_as_sets_for_speed():
    nlp.pipeline()
    index = nlp._RULES[0].lookups.get_table("lemma_index").get("noun")
    assert isinstance(index, frozenset) and "treaty" in index


def test_parses_come_back_in_the_order_given_across_chunks():
    texts = [("Chile protested. " if i % 3 else "Peru and Bolivia signed a long treaty on the border in La Paz. ")
             + str(i) for i in range(45)]
    docs = list(nlp.parse(iter(texts), batch_size=4))  # chunks of 16, each parsed shortest first
    assert [d.text for d in docs] == texts
