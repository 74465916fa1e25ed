"""A list of names that is a verb's subject, mended where the parser breaks it up.

"In 1993, Chile, Peru, and Bolivia signed a treaty", "Chile, Peru, and Bolivia agreed to consult": with a comma
before the "and", the small English model often reads the last name as the verb's only subject and hangs the others
on the date, on each other as modifiers, or makes the first name the root of the sentence and the verb its conjunct.
Then the coder finds one party, or none. The list is read back as the verb's subject: the first name its subject,
each other name a conjunct of the one before, as the parser reads the list when it gets it right.

A mechanism of the parse: the list is found by its tags (names, with "the" before them, commas and one "and" or
"or") and the verb by its tag."""

from __future__ import annotations

from typing import Any

import numpy as np

from .tokens import FINITE_TAGS

_AUX_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
_LEAST_NAMES = 3  # two names joined by "and" alone the parser reads right


def mend_listed_subjects(doc: Any, words: list[Any]) -> None:
    """Rewire each broken list of three or more names told right before its verb (see the module's note). words: the
    parse's words, made once by the caller (spaCy makes a new object each time a word is asked for)."""
    if not any(w.lower_ in ("and", "or") and 1 < w.i < len(words) - 1 and words[w.i + 1].pos_ in ("PROPN", "DET")
               and words[w.i - 1].pos_ in ("PUNCT", "PROPN") for w in words):
        return  # (most sentences: no name after "and" that closes a list)
    heads: list[int] = []
    deps: list[str] = []
    changed = False
    i = 0
    while i < len(words):
        found, stop = _list_at(words, i) if words[i].pos_ in ("PROPN", "DET") else (None, i + 1)
        if found is None:
            i = max(stop, i + 1)  # (a list starting inside the one scanned would stop where it stopped)
            continue
        items, joiners, verb = found
        if not _parsed_right(words, items, verb) and _introduced(words, items[0][0], verb):
            if not heads:
                heads, deps = [t.head.i for t in words], [t.dep_ for t in words]
            changed = _rewire(words, heads, deps, items, joiners, verb) or changed
        i = items[-1][-1] + 1
    if changed:
        _write(doc, heads, deps)


_Listed = tuple[list[list[int]], list[tuple[int, int]], int]


def _list_at(words: list[Any], start: int) -> tuple[_Listed | None, int]:
    """The names listed from a word on (each name's word indices), the commas and the "and" between them (each with
    the name before it), and the verb right after the list, or None when no such list starts there; and the word
    where the scan stopped. The list starts a sentence or follows a comma ("In 1993, Chile, Peru, and Bolivia ...")."""
    if start > 0 and words[start - 1].text != ",":
        return None, start + 1
    items: list[list[int]] = []
    joiners: list[tuple[int, int]] = []
    i, closed = start, False
    while True:
        item = _name_at(words, i)
        if item is None:
            return None, i
        items.append(item)
        i = item[-1] + 1
        if closed:
            break
        if i < len(words) and words[i].text == ",":
            joiners.append((i, len(items) - 1))
            i += 1
        if i < len(words) and words[i].lower_ in ("and", "or"):
            joiners.append((i, len(items) - 1))
            i, closed = i + 1, True
        elif not joiners or joiners[-1][1] != len(items) - 1:
            return None, i  # (the names end without "and": not a list)
    if len(items) < _LEAST_NAMES:
        return None, i
    verb = _verb_after(words, i)
    return ((items, joiners, verb) if verb is not None else None), i


def _introduced(words: list[Any], start: int, verb: int) -> bool:
    """Whether a list after a comma begins there, not inside a longer list ("envoys from Chile, Peru, Bolivia and
    Ecuador are expected": the names after "Chile" are no list of their own). A name before that comma is only
    the end of a phrase that opens the sentence, if the list's verb is the sentence's own ("At Lima, Boric, Castillo,
    and Arce agreed"; not "At a summit of Brazil, Chile, and Peru held in May, Bolivia protested", nor "Although
    Argentina, Chile, and Peru had signed, ...", a clause's list)."""
    if start < 2 or words[start - 2].pos_ != "PROPN":
        return True
    opening = words[0]
    return opening.dep_ == "prep" and opening.is_ancestor(words[start - 2]) and words[verb].dep_ == "ROOT" \
        and not any(w.text == "," for w in words[:start - 1])


def _name_at(words: list[Any], i: int) -> list[int] | None:
    """The words of one name from i on: an optional "the", then proper nouns."""
    first = i
    if i < len(words) and words[i].lower_ == "the":
        i += 1
    names = []
    while i < len(words) and words[i].pos_ == "PROPN":
        names.append(i)
        i += 1
    return list(range(first, names[-1] + 1)) if names else None


def _verb_after(words: list[Any], i: int) -> int | None:
    """The finite verb that follows a list, past its auxiliaries ("had withdrawn", "would enforce")."""
    if i >= len(words) or words[i].tag_ not in FINITE_TAGS:
        return None
    verb = words[i]
    while verb.dep_ in _AUX_DEPS and verb.head.i > verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb.i if verb.pos_ in ("VERB", "AUX") else None


def _parsed_right(words: list[Any], items: list[list[int]], verb: int) -> bool:
    """Whether the parser already reads the list as the verb's subject, each name a conjunct of the first; or reads
    none of its names as the verb's subject nor the verb as hanging on one ("Sanctions on Iran, Syria, and Cuba
    were lifted": the list is in the subject, which the parser got right)."""
    names = {item[-1] for item in items}
    if not any((words[n].head.i == verb and words[n].dep_ in ("nsubj", "nsubjpass")) for n in names) \
            and not any(a.i in names for a in words[verb].ancestors):
        return True
    first = words[items[0][-1]]
    if first.head.i != verb or first.dep_ not in ("nsubj", "nsubjpass"):
        return False
    conjuncts = {t.i for t in first.conjuncts}
    return all(item[-1] in conjuncts for item in items[1:])


def _rewire(words: list[Any], heads: list[int], deps: list[str], items: list[list[int]],
            joiners: list[tuple[int, int]], verb: int) -> bool:
    """Rewire one list in the heads and labels given; False (nothing changed) when the verb hangs below a name of
    the list that is not the root (no tree to mend by rewiring the list alone)."""
    span = range(items[0][0], items[-1][-1] + 1)
    node, seen = verb, {verb}
    while heads[node] != node and heads[node] not in seen:
        node = heads[node]
        seen.add(node)
    above = [n for n in seen if n in span]  # (the verb's ancestors in the list, if the parser hung it there)
    if above and not any(heads[n] == n for n in above):
        return False
    # what hung on a word of the list from outside it hangs on the verb (the full stop of a sentence whose root the
    # parser made the first name); the verb itself becomes the root if it hung on a name
    if above:
        heads[verb], deps[verb] = verb, "ROOT"
    for t in words:
        if t.i not in span and t.i != verb and heads[t.i] in span:
            heads[t.i] = verb
    passive = any(t.dep_ == "auxpass" and heads[t.i] == verb for t in words)
    previous = None
    for item in items:
        name = item[-1]
        for w in item[:-1]:
            heads[w], deps[w] = name, ("det" if words[w].lower_ == "the" else "compound")
        if previous is None:
            heads[name], deps[name] = verb, ("nsubjpass" if passive else "nsubj")
        else:
            heads[name], deps[name] = previous, "conj"
        previous = name
    for joiner, before in joiners:
        heads[joiner] = items[before][-1]
        deps[joiner] = "punct" if words[joiner].text == "," else "cc"
    return True


def _write(doc: Any, heads: list[int], deps: list[str]) -> None:
    """Set the mended heads and labels on the parse (spaCy keeps a head as the offset from its word)."""
    from spacy.attrs import DEP, HEAD

    strings = doc.vocab.strings
    offsets = np.array([h - i for i, h in enumerate(heads)], dtype="int64").astype("uint64")
    labels = np.array([strings.add(d) for d in deps], dtype="uint64")
    doc.from_array([HEAD, DEP], np.stack([offsets, labels], axis=1))
