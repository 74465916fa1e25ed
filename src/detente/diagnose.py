"""Why the coder missed a gold event or produced a false one: one cause per error.

Each missed core gold event and each false positive gets the first cause that fits, in
this order, so that the count per cause says which kind of work gains most:

- ``merged away``: a record that matches the gold event, and was coded from its sentence
  (or merged with a mention there), stands for another gold event (two acts told as one);
- ``wrong or missing date``: a record has the pair and the type, but not the date;
- ``wrong type``: a record has the pair and the date, but another type;
- ``actor not found`` / ``wrong actor``: a record has the type and date and one of the
  two states, and no other state or the wrong one;
- for a miss with no such record, its sentence decides (the sentence of the document
  closest in words to the gold description): a record coded there with other states is
  ``wrong actor``; no record there while both states are named in it is ``trigger not
  found``; otherwise ``actor not found``;
- a false positive with no gold event near it is ``not an event``.

A matched event whose gold status is not "occurred" and whose coded status differs is
listed as ``wrong status``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .actors import find_actors
from .coding.segment import segment
from .evaluate import (
    ANY_ACTOR,
    Matching,
    _dyad_matches,
    _interval,
    _matches,
    _overlaps,
    _Pred,
    _state,
    match_events,
)
from .model import Document, Sentence

CAUSES = ("actor not found", "wrong actor", "trigger not found", "wrong type", "wrong or missing date",
          "wrong status", "merged away", "not an event")
# near misses, the closest first: one part wrong (the date, the type, one actor)
_NEAR_ORDER = ("wrong or missing date", "wrong type", "actor not found", "wrong actor")
_WORD = re.compile(r"[A-Za-z]{3,}|\d{4}")
# words of gold descriptions that say nothing about which sentence is meant
_PLAIN = frozenset("the and for with that this from was were its his her their into over after before "
                   "which who had has have not but also than then when they them".split())


@dataclass(frozen=True)
class CodingError:
    """One miss, false positive or wrong status, with its cause and where the text states it."""

    document: str
    kind: str  # "miss", "false positive" or "status"
    cause: str
    gold: dict[str, Any] | None
    coded: dict[str, Any] | None
    sentence: Sentence | None

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "kind": self.kind, "cause": self.cause, "gold": self.gold,
                "coded": self.coded,
                "sentence": None if self.sentence is None else
                {"index": self.sentence.index, "text": self.sentence.text}}


def _shares_one_state(dyad: list[str], pred: _Pred) -> tuple[bool, bool]:
    """(whether the prediction has one of the gold states, whether its other side is empty)."""
    states = {_state(x) for x in dyad}
    for mine, other in ((pred.a, pred.b), (pred.b, pred.a)):
        if mine and (mine in states or ANY_ACTOR in states):
            return True, other is None
    return False, False


def _near_cause(gold: dict[str, Any], pred: _Pred) -> str | None:
    """The cause that separates a prediction from a gold event when it misses by one part."""
    dyad_ok = _dyad_matches(gold["dyad"], pred.a, pred.b)
    type_ok = pred.event_type in gold["types"]
    date_ok = _overlaps(_interval(gold.get("date")), pred.dates)
    if dyad_ok and type_ok and not date_ok:
        return "wrong or missing date"
    if dyad_ok and date_ok and not type_ok:
        return "wrong type"
    if type_ok and date_ok and not dyad_ok:
        shared, empty = _shares_one_state(gold["dyad"], pred)
        if shared:
            return "actor not found" if empty else "wrong actor"
    return None


def _first_cause(gold: dict[str, Any], preds: list[_Pred]) -> tuple[str, int] | None:
    """The most specific near-miss cause over all predictions, with the prediction it came from."""
    found: dict[str, int] = {}
    for i, p in enumerate(preds):
        cause = _near_cause(gold, p)
        if cause is not None:
            found.setdefault(cause, i)
    for cause in _NEAR_ORDER:
        if cause in found:
            return cause, found[cause]
    return None


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _PLAIN


def best_sentence(what: str, sentences: list[Sentence]) -> Sentence | None:
    """The sentence sharing most words with a gold description (None when none shares any)."""
    wanted = _words(what)
    best, best_score = None, 0
    for s in sentences:
        score = len(wanted & _words(s.text))
        if score > best_score:
            best, best_score = s, score
    return best


def _sentences_of(record: dict[str, Any]) -> set[int]:
    """The sentences a coded record was read from (its evidence and merged mentions)."""
    ids = {record["evidence"]["sentence"]}
    ids.update(m["sentence"] for m in record.get("mentions", []))
    return ids


def _states_named(sentence: Sentence) -> set[str]:
    return {_state(m.actor.country) or "" for m in find_actors(sentence.text)} - {""}


def _miss_cause(gold: dict[str, Any], m: Matching, records: list[dict[str, Any]],
                sentence: Sentence | None) -> tuple[str, dict[str, Any] | None]:
    """Why a core gold event has no match, and the coded record that shows it (if any).

    Records coded from the gold event's sentence are asked first: a record of the same pair and
    type elsewhere in the document, with another date, is usually another act."""
    for i, pred in enumerate(m.preds):
        # a record that matches is held by another gold event; it stands for this one too when the
        # coder merged this one's sentence into it
        if _matches(gold, pred) and (sentence is None or sentence.index in _sentences_of(records[i])):
            return "merged away", records[i]
    if sentence is None:
        near = _first_cause(gold, m.preds)
        return (near[0], records[near[1]]) if near else ("trigger not found", None)
    there = [i for i, r in enumerate(records) if sentence.index in _sentences_of(r)]
    near = _first_cause(gold, [m.preds[i] for i in there])
    if near is not None:
        return near[0], records[there[near[1]]]
    for i in there:
        if _dyad_matches(gold["dyad"], m.preds[i].a, m.preds[i].b):
            return "wrong type", records[i]  # and the date is wrong too
    if there:
        return "wrong actor", records[there[0]]
    named = _states_named(sentence)
    wanted = {_state(x) for x in gold["dyad"]} - {ANY_ACTOR}
    return ("trigger not found" if wanted <= named else "actor not found"), None


def diagnose(name: str, doc: Document, records: list[dict[str, Any]],
             gold: list[dict[str, Any]]) -> list[CodingError]:
    """Every miss, false positive and wrong status of one document, each with its cause."""
    m = match_events(records, gold)
    sentences = list(segment(doc))
    by_index = {s.index: s for s in sentences}
    errors = []
    for g in m.core:
        coded: dict[str, Any] | None
        if g["id"] in m.owner:
            coded = records[m.owner[g["id"]]]
            if g.get("status", "occurred") != "occurred" and coded.get("status") != g["status"]:
                errors.append(CodingError(name, "status", "wrong status", g, coded,
                                          by_index.get(coded["evidence"]["sentence"])))
            continue
        sentence = best_sentence(g.get("what", ""), sentences)
        cause, coded = _miss_cause(g, m, records, sentence)
        errors.append(CodingError(name, "miss", cause, g, coded, sentence))
    taken = set(m.owner.values())
    for i, record in enumerate(records):
        if i in taken or m.unmatched_kind(i) != "fp":
            continue
        causes = [c for c in (_near_cause(g, m.preds[i]) for g in m.core) if c]
        cause = min(causes, key=_NEAR_ORDER.index) if causes else "not an event"
        errors.append(CodingError(name, "false positive", cause, None, record,
                                  by_index.get(record["evidence"]["sentence"])))
    return errors


def count_causes(errors: list[CodingError]) -> dict[str, dict[str, int]]:
    """How many misses, false positives and wrong statuses each cause explains."""
    table: dict[str, Counter[str]] = {c: Counter() for c in CAUSES}
    for e in errors:
        table[e.cause][e.kind] += 1
    return {c: {"miss": t["miss"], "false positive": t["false positive"], "status": t["status"],
                "all": sum(t.values())} for c, t in table.items()}


def _describe_record(r: dict[str, Any]) -> str:
    date = r.get("date") or {}
    when = date.get("start") or "undated"
    if date.get("end") and date.get("end") != date.get("start"):
        when += f"..{date['end']}"
    return (f"{(r['source'] or {}).get('country')}->{(r['target'] or {}).get('country')} {r['event_type']}"
            f" {when} {r.get('status')} trigger '{r.get('trigger')}'")


def _describe_gold(g: dict[str, Any]) -> str:
    when = "undated" if not g.get("date") else "..".join(dict.fromkeys(g["date"]))
    return f"{g['id']} {'-'.join(g['dyad'])} {'/'.join(g['types'])} {when} {g.get('status')}: {g.get('what', '')}"


def format_errors(errors: list[CodingError]) -> str:
    """Each error on three or four lines, then the count per cause."""
    lines = []
    for e in errors:
        lines.append(f"{e.document} {e.kind}: {e.cause}")
        if e.gold is not None:
            lines.append(f"    gold:     {_describe_gold(e.gold)}")
        if e.coded is not None:
            lines.append(f"    coded:    {_describe_record(e.coded)}")
        if e.sentence is not None:
            lines.append(f"    sentence: [{e.sentence.index}] {e.sentence.text}")
    lines.append("")
    lines.append(f"{'cause':<24}{'misses':>8}{'false +':>9}{'status':>8}{'all':>6}")
    for cause, n in count_causes(errors).items():
        lines.append(f"{cause:<24}{n['miss']:>8}{n['false positive']:>9}{n['status']:>8}{n['all']:>6}")
    return "\n".join(lines)
