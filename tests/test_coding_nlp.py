"""The trimmed spaCy pipeline: its POS table and its rule lemmas, against the model's own lemmatizer."""

from __future__ import annotations

import pytest

from detente.coding import nlp

SENTENCES = [
    "The ambassadors negotiated lengthy agreements while the armies were retreating from the provinces.",
    "Both governments had been quietly preparing bigger concessions, wiser envoys and fresher proposals.",
    "She flew to the talks, saw the ministers and went home; the crises worsened and the mice fled.",
    "Its warships are anchoring off the islands, and the isles' fisheries were closed by the navies.",
    "Running, ran, runs, better, best, happier, geese, analyses, criteria, U.S.-led, 1990s, war-torn.",
    # singular nouns, infinitives and plain adjectives the rules alone would cut ("readines", "eag", "bre")
    "The envoy stressed their readiness and eager willingness to discuss the status of the former series.",
    "Success will bring access to the news business, and the witness must address the congress.",
]


def _full_model():
    """The installed model with its own attribute ruler and lemmatizer, as spaCy ships it."""
    for name in nlp.MODEL_PACKAGES:
        try:
            return __import__(name).load(exclude=["ner"])
        except ImportError:
            continue
    pytest.skip("no English spaCy model installed")


def test_lemmas_are_those_of_the_full_model():
    ours, full = nlp.pipeline(), _full_model()
    compared = 0
    for mine, theirs in zip(ours.pipe(SENTENCES), full.pipe(SENTENCES), strict=True):
        if [t.text for t in mine] != [t.text for t in theirs]:
            continue  # (the tokenizer keeps "re-" and "co-" words whole; the shipped one splits them)
        for token, reference in zip(mine, theirs, strict=True):
            if token.tag_ != reference.tag_ or token.pos_ in ("AUX", "PRON"):
                continue  # auxiliaries and pronouns take the attribute ruler's own lemmas, which the coder never reads
            if token.lemma_ != reference.lemma_:
                # a word tagged as a base form is still cut when the cut is a word the model knows
                # ("fresher" JJ -> "fresh"; the tagger writes "petitioned" VB at times)
                assert reference.lemma_ == token.lower_ and token.tag_ in nlp.base_form_tags(), token.text
                assert nlp._known_lemma(nlp._RULES[0], token.pos_, token.lower_, token.lemma_), token.text
            compared += 1
    assert compared > 100


def test_parses_with_numpy_products_are_those_of_the_default_backend():
    # the trimmed pipeline multiplies its matrices with NumPy's BLAS, the model as shipped with blis: same parses
    full = _full_model()
    texts = [*SENTENCES, "After weeks of talks in Geneva, the two delegations initialled a draft accord on trade.",
             "The navy, which had shadowed the convoy since March, withdrew when the ceasefire took hold."]
    compared = 0
    for mine, theirs in zip(nlp.parse(texts), full.pipe(texts), strict=True):
        if [t.text for t in mine] != [t.text for t in theirs]:
            continue  # (the tokenizer keeps "re-" and "co-" words whole; the shipped one splits them)
        assert [(t.tag_, t.dep_, t.head.i) for t in mine] == [(t.tag_, t.dep_, t.head.i) for t in theirs]
        compared += 1
    assert compared >= len(texts) - 1


def test_the_models_multiply_with_numpys_blas_and_blas_threads_are_restored_after_parsing():
    import threading

    from thinc.api import Model

    models = [c.model for _, c in nlp.pipeline().pipeline if isinstance(getattr(c, "model", None), Model)]
    assert models and all(type(node.ops) is nlp.NumpyProductOps for m in models for node in m.walk())
    before = [i["num_threads"] for i in nlp._blas().info()]
    workers = [threading.Thread(target=lambda: list(nlp.parse(["Chile protested to Peru in 1990."] * 3)))
               for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert [i["num_threads"] for i in nlp._blas().info()] == before


def test_the_index_is_held_as_sets_for_speed():
    nlp.pipeline()
    index = nlp._RULES[0].lookups.get_table("lemma_index").get("noun")
    assert isinstance(index, frozenset) and "treaty" in index


def test_parses_come_back_in_the_order_given_across_chunks():
    texts = [("Chile protested. " if i % 3 else "Peru and Bolivia signed a long treaty on the border in La Paz. ")
             + str(i) for i in range(45)]
    docs = list(nlp.parse(iter(texts), batch_size=4))  # chunks of 16, each parsed shortest first
    assert [d.text for d in docs] == texts


def test_an_undoubled_stem_before_ed_ends_in_e():
    from detente.coding.nlp import parse
    words = ["hoped", "stared", "rated", "hopped", "starred", "visited", "fixed", "planned"]
    lemmas = [doc[1].lemma_ for doc in parse([f"He {w} it." for w in words])]
    assert lemmas == ["hope", "stare", "rate", "hop", "star", "visit", "fix", "plan"]


def test_es_after_a_sound_that_is_no_hiss_belongs_to_a_stem_in_e():
    from detente.coding.nlp import parse
    words = ["hopes", "rates", "stares", "hops", "fixes", "goes", "wishes", "visits"]
    lemmas = [doc[1].lemma_ for doc in parse([f"He {w} it." for w in words])]
    assert lemmas == ["hope", "rate", "stare", "hop", "fix", "go", "wish", "visit"]


def test_a_parse_reads_as_spacys_own_parse_of_it():
    # the coder reads the repaired parse as plain objects made once (coding.tokens); every relation it reads is the
    # one spaCy gives for the same parse, including a text the parser splits into two sentences
    texts = [*SENTENCES,
             "Peru and Chile, which had quarrelled since 1879, signed the treaty; Bolivia did not. It waited.",
             "On May 3 Lima, Santiago and La Paz agreed to talks, and the ministers met in Quito (Ecuador) in June."]
    compared = 0
    for doc in nlp.parse(texts):
        spacy_doc = doc.spacy
        assert len(doc) == len(spacy_doc) and doc.text == spacy_doc.text
        for mine, theirs in zip(doc, spacy_doc, strict=True):
            assert (mine.i, mine.text, mine.lower_, mine.lemma_, mine.pos_, mine.tag_, mine.dep_, mine.idx) == (
                theirs.i, theirs.text, theirs.lower_, theirs.lemma_, theirs.pos_, theirs.tag_, theirs.dep_, theirs.idx)
            for relation in ("children", "lefts", "rights", "subtree", "ancestors", "conjuncts"):
                assert [t.i for t in getattr(mine, relation)] == [t.i for t in getattr(theirs, relation)], relation
            assert (mine.head.i, mine.left_edge.i, mine.right_edge.i) == (
                theirs.head.i, theirs.left_edge.i, theirs.right_edge.i)
            assert (mine.sent.start, mine.sent.end, mine.sent.root.i) == (
                theirs.sent.start, theirs.sent.end, theirs.sent.root.i)
            assert [mine.is_ancestor(t) for t in doc] == [theirs.is_ancestor(t) for t in spacy_doc]
            assert doc[mine.i] is mine and mine.head is doc[mine.head.i]  # made once: the same object each time
            compared += 1
    assert compared > 150


def test_a_sentence_with_no_finite_verb_has_its_participle_as_its_verb():
    # the tagger may read a past tense after a noun as a participle that modifies the noun
    doc = next(nlp.parse(["In January 1996, the Greek navy faced off with the Turkish navy near the islets."]))
    verb = next(t for t in doc if t.lower_ == "faced")
    assert (verb.dep_, verb.pos_) == ("ROOT", "VERB")
    assert [c.lower_ for c in verb.children if c.dep_ == "nsubj"] == ["navy"]
    assert {c.lower_ for c in verb.children if c.dep_ == "prep"} >= {"in", "with", "near"}
    # a heading, a passive with its agent, and a sentence with another verb are left as they are
    for text, word in (("Legation Raised to Embassy, 1935.", "raised"),
                       ("Troops deployed by Russia near the border.", "deployed"),
                       ("German forces defeated at Stalingrad in 1943.", "defeated"),
                       ("Peace talks between the two states, broken off in 2000.", "broken")):
        participle = next(t for t in next(nlp.parse([text])) if t.lower_ == word)
        assert participle.dep_ != "ROOT", text


def test_a_past_tense_hung_on_the_noun_after_it_is_the_sentence_s_verb():
    # "all" between the subjects and the verb: the parser may read "signed" as an adjective of "treaties"
    doc = next(nlp.parse(["Chile, Peru and the United States all signed treaties with Japan in 1908."]))
    verb = next(t for t in doc if t.lower_ == "signed")
    assert (verb.dep_, verb.pos_) == ("ROOT", "VERB")
    assert {(c.dep_, c.lower_) for c in verb.children} >= {("nsubj", "chile"), ("dobj", "treaties")}
