"""A sentence's parse kept as plain Python objects, read by the coder in place of spaCy's.

spaCy makes a new Token object, and looks up each of its strings, every time a token is reached (``doc[i]``,
``token.head``, ``token.children``): the coder reaches tokens about a thousand times per sentence, and that made a
quarter of its own time. Once the parse is repaired (``nlp.parse``) it no longer changes, so each token is made once
here, with its words, tags, head and children as attributes. The rarely read relations (edges, sentence, conjuncts,
ancestry) are asked of spaCy's parse, kept alongside, so that they read exactly as spaCy reads them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# the Penn tags of a finite verb: a tense of its own, or a modal
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


class ParsedToken:
    """One word of a parse: the attributes of spaCy's Token the coder reads."""

    __slots__ = ("doc", "i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "idx", "whitespace_", "head",
                 "children", "_subtree")

    doc: ParsedDoc
    i: int
    text: str
    lower_: str
    lemma_: str
    pos_: str
    tag_: str
    dep_: str
    idx: int
    whitespace_: str
    head: ParsedToken
    children: tuple[ParsedToken, ...]
    _subtree: tuple[ParsedToken, ...] | None

    def __repr__(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.text)

    # (ordered by where they stand, as spaCy's tokens are)
    def __lt__(self, other: ParsedToken) -> bool:
        return self.idx < other.idx

    def __le__(self, other: ParsedToken) -> bool:
        return self.idx <= other.idx

    def __gt__(self, other: ParsedToken) -> bool:
        return self.idx > other.idx

    def __ge__(self, other: ParsedToken) -> bool:
        return self.idx >= other.idx

    @property
    def lefts(self) -> Iterator[ParsedToken]:
        return (c for c in self.children if c.i < self.i)

    @property
    def rights(self) -> Iterator[ParsedToken]:
        return (c for c in self.children if c.i > self.i)

    @property
    def subtree(self) -> tuple[ParsedToken, ...]:
        """The word and its descendants, in the order spaCy gives them (left children's, the word, right
        children's)."""
        if self._subtree is None:
            self._subtree = (*(w for c in self.lefts for w in c.subtree), self,
                             *(w for c in self.rights for w in c.subtree))
        return self._subtree

    @property
    def ancestors(self) -> Iterator[ParsedToken]:
        node, steps = self, 0
        while node.head is not node and steps < len(self.doc):
            node = node.head
            steps += 1
            yield node

    def is_ancestor(self, descendant: ParsedToken) -> bool:
        return self.doc is descendant.doc and any(a.i == self.i for a in descendant.ancestors)

    @property
    def left_edge(self) -> ParsedToken:
        return self.doc[self.doc.spacy[self.i].left_edge.i]

    @property
    def right_edge(self) -> ParsedToken:
        return self.doc[self.doc.spacy[self.i].right_edge.i]

    @property
    def conjuncts(self) -> tuple[ParsedToken, ...]:
        return tuple(self.doc[w.i] for w in self.doc.spacy[self.i].conjuncts)

    @property
    def sent(self) -> ParsedSpan:
        span = self.doc.spacy[self.i].sent
        return ParsedSpan(self.doc, span.start, span.end, span.root.i)

    @property
    def like_num(self) -> bool:
        return bool(self.doc.spacy[self.i].like_num)

    @property
    def is_punct(self) -> bool:
        return bool(self.doc.spacy[self.i].is_punct)

    @property
    def shape_(self) -> str:
        return str(self.doc.spacy[self.i].shape_)


class ParsedSpan:
    """A run of a parse's words (a sentence as spaCy splits the text): its words and its root."""

    __slots__ = ("doc", "start", "end", "root")

    def __init__(self, doc: ParsedDoc, start: int, end: int, root: int) -> None:
        self.doc, self.start, self.end, self.root = doc, start, end, doc[root]

    def __iter__(self) -> Iterator[ParsedToken]:
        return iter(self.doc.tokens[self.start:self.end])


class ParsedDoc:
    """The parse of one sentence: its words in order (indexed, sliced and iterated as spaCy's Doc is), the spaCy
    parse it was made from, and a place for what the coder works out from it once (user_data)."""

    __slots__ = ("tokens", "spacy", "user_data")

    def __init__(self, doc: Any) -> None:
        self.spacy = doc
        self.user_data: dict[Any, Any] = {}
        tokens = []
        for sp in doc:
            token = ParsedToken()
            token.doc, token.i, token.text, token.lower_ = self, sp.i, sp.text, sp.lower_
            token.lemma_, token.pos_, token.tag_, token.dep_ = sp.lemma_, sp.pos_, sp.tag_, sp.dep_
            token.idx, token.whitespace_, token._subtree = sp.idx, sp.whitespace_, None
            tokens.append(token)
        # (spaCy keeps each head as an offset from its word, unsigned)
        offsets = doc.to_array("HEAD").astype("int64").tolist() if tokens else []
        # (each word's children in the order of the words, as spaCy gives them: left ones, then right ones)
        children: list[list[ParsedToken]] = [[] for _ in tokens]
        for token, offset in zip(tokens, offsets, strict=True):
            token.head = tokens[token.i + offset]
            if token.head is not token:
                children[token.head.i].append(token)
        for token, kids in zip(tokens, children, strict=True):
            token.children = tuple(kids)
        self.tokens = tokens

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[ParsedToken]:
        return iter(self.tokens)

    def __reversed__(self) -> Iterator[ParsedToken]:
        return reversed(self.tokens)

    def __getitem__(self, index: Any) -> Any:
        return self.tokens[index]

    @property
    def text(self) -> str:
        return str(self.spacy.text)
