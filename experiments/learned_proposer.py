"""Would a learned component find the events the rules miss? (issue 12, item 4)

The rules' largest cause of misses is "trigger not found": a sentence names both states of a gold event and the
coder codes nothing from it. This experiment asks whether a model trained on the gold can propose those events.

Candidates are sentences that name exactly two states, yield no coded event, and have a date (their first full
date, else the date of the last event coded before them). A candidate is positive for a type when adding an event of
that type between the two states raises the document's true positives. One logistic regression per PLOVER type on
wordllama sentence embeddings (256 dimensions, numpy only) scores each candidate; the best type is proposed when its
probability clears a threshold. Every group (a genre, or a set) is scored by a model trained on the other groups
only, and the proposed events are added to the coder's and scored with detente's own scorer.

Needs `pip install -e '.[experiments]'` (wordllama, which ships its model: nothing is downloaded). With the probe
sets built (`python3 examples/probe_sets/build.py /tmp/probes`):

    .venv/bin/python experiments/learned_proposer.py --by genre \
        ../shared/eval/dev ../shared/eval/train /tmp/probes/batch{5,6,7,8,9,10,11,12,13,14}

Session 39 (dev tune documents, train, batch5 to batch14: 181 documents, 2,821 core events; 997 candidates, 378 of
them positive for some type): leave-one-genre-out, every threshold from 0.3 to 0.7 lowered pooled F1 (0.734 ->
0.727 at 0.3, 0.733 at 0.7) and no genre gained. At most one proposal in ten was right (20 of 203 at 0.3), well
under the F1/2 an added event needs to pay. Leave-one-set-out did no better (0.734 -> 0.728 to 0.733), nor did
hashed features of the parse between the two states (`--features parse`: 4 of 51 right at 0.3, 0.734 -> 0.731).
The component was not added to the coder.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from typing import Any

import numpy as np

from detente.coding.segment import segment
from detente.diagnose import _states_named
from detente.evalset import code_set, read_manifest
from detente.evaluate import score_events
from detente.timex.find import find_times

TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


Coded = dict[tuple[str, str], tuple[list[dict[str, Any]], list[dict[str, Any]], str]]


def candidates(folders: list[str]) -> tuple[list[dict[str, Any]], Coded]:
    """Every candidate sentence of the sets' documents (check documents left out), with its labels; and each
    document's coded records, gold and genre by (folder, name)."""
    found = []
    by_document: Coded = {}
    for folder in folders:
        rows = [r for r in read_manifest(folder) if not r.hidden]
        coded = code_set(rows)
        for row in rows:
            doc, records, gold = coded.documents[row.name], coded.predicted[row.name], coded.gold[row.name]
            by_document[(folder, row.name)] = (records, gold, row.genre)
            used = {r["evidence"]["sentence"] for r in records} | {m["sentence"] for r in records
                                                                  for m in r.get("mentions", [])}
            base = score_events(records, gold)["tp"]
            for sentence in segment(doc):
                states = sorted(_states_named(sentence))
                if sentence.index in used or len(states) != 2:
                    continue
                span = _date_of(sentence.text, sentence.index, records)
                if span is None:
                    continue
                event = {"source": {"code": states[0]}, "target": {"code": states[1]},
                         "date": {"start": span[0], "end": span[1]}}
                labels = {t for t in TYPES if score_events(records + [{**event, "event_type": t}], gold)["tp"] > base}
                found.append({"set": folder, "doc": row.name, "genre": row.genre, "text": sentence.text,
                              "event": event, "labels": labels})
    return found, by_document


def _date_of(text: str, index: int, records: list[dict[str, Any]]) -> tuple[str, str] | None:
    for m in find_times(text):
        if m.kind == "absolute" and m.first and m.last:
            return m.first.isoformat(), m.last.isoformat()
    before = [r for r in records if r["evidence"]["sentence"] < index and (r.get("date") or {}).get("start")]
    if not before:
        return None
    date = max(before, key=lambda r: r["evidence"]["sentence"])["date"]
    return date["start"], date.get("end") or date["start"]


def embed(texts: list[str]) -> np.ndarray:
    import wordllama
    from wordllama import WordLlama

    model = WordLlama.load(cache_dir=os.path.dirname(wordllama.__file__), disable_download=True)
    vectors = np.asarray(model.embed(texts), dtype=float)
    return 4 * vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def parse_features(texts: list[str], dims: int = 8192) -> np.ndarray:
    """Hashed features of the parse between the sentence's two states: the words and dependency labels on the path
    joining their first mentions, the word where the path meets and its objects and prepositions, and the verbs."""
    from zlib import crc32

    from detente.actors import find_actors
    from detente.coding import nlp

    rows = np.zeros((len(texts), dims))
    for i, (text, doc) in enumerate(zip(texts, nlp.parse(texts), strict=True)):
        firsts: dict[str, int] = {}
        for m in find_actors(text):
            if m.actor.country and m.actor.country not in firsts:
                token = next((t for t in doc if t.idx >= m.start), None)
                if token is not None:
                    firsts[m.actor.country] = token.i
        features = [f"v={t.lemma_.lower()}" for t in doc if t.pos_ == "VERB"]
        heads = list(firsts.values())[:2]
        if len(heads) == 2:
            a, b = doc[heads[0]], doc[heads[1]]
            up_a = [a, *a.ancestors]
            up_b = [b, *b.ancestors]
            meet = next((t for t in up_a if t in up_b), None)
            if meet is not None:
                path = up_a[:up_a.index(meet)] + up_b[:up_b.index(meet)]
                features += [f"meet={meet.lemma_.lower()}", f"meetpos={meet.pos_}",
                             "path=" + "/".join(sorted(t.dep_ for t in path))]
                features += [f"on={t.lemma_.lower()}" for t in path] + [f"dep={t.dep_}" for t in path]
                features += [f"arg={c.dep_}:{c.lemma_.lower()}" for c in meet.children
                             if c.dep_ in ("dobj", "prep", "attr", "xcomp", "prt")]
        for f in features:
            rows[i, crc32(f.encode()) % dims] = 1.0
    return rows


def logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 300) -> tuple[np.ndarray, float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        g = 1 / (1 + np.exp(-(x @ w + b))) - y
        w -= 0.5 * (x.T @ g / len(y) + l2 * w / len(y))
        b -= 0.5 * g.mean()
    return w, b


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", help="evaluation set folders (MANIFEST.tsv, NAME.txt, NAME.gold.jsonl)")
    ap.add_argument("--by", choices=("genre", "set"), default="genre", help="the groups held out in turn")
    ap.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7")
    ap.add_argument("--features", choices=("embedding", "parse"), default="embedding",
                    help="wordllama sentence embeddings, or hashed features of the parse between the two states")
    args = ap.parse_args(argv)
    cands, coded = candidates(args.folders)
    if not cands:
        print("no candidate sentences in these sets", file=sys.stderr)
        return 2
    texts = [c["text"] for c in cands]
    vectors = embed(texts) if args.features == "embedding" else parse_features(texts)
    key = "genre" if args.by == "genre" else "set"
    groups = sorted({c[key] for c in cands})
    scores: list[dict[str, float]] = [{} for _ in cands]
    for group in groups:
        train = [i for i, c in enumerate(cands) if c[key] != group]
        for t in TYPES:
            y = np.array([t in cands[i]["labels"] for i in train], dtype=float)
            if y.sum() < 3:
                continue
            w, b = logistic(vectors[train], y)
            for i, c in enumerate(cands):
                if c[key] == group:
                    scores[i][t] = float(1 / (1 + np.exp(-(vectors[i] @ w + b))))
    print(f"{len(cands)} candidates, {sum(bool(c['labels']) for c in cands)} positive for some type")
    for threshold in (float(x) for x in args.thresholds.split(",")):
        added: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for c, s in zip(cands, scores, strict=True):
            if s:
                best = max(s, key=lambda t: s[t])
                if s[best] >= threshold:
                    added[(c["set"], c["doc"])].append({**c["event"], "event_type": best})
        gained = sum(score_events(p + added.get(k, []), g)["tp"] - score_events(p, g)["tp"]
                     for k, (p, g, _) in coded.items())
        line = [f"threshold {threshold}: {sum(map(len, added.values()))} proposed, {gained} of them right;"]
        for name in ["all", *sorted({g for _, _, g in coded.values()})]:
            before = _pooled([score_events(p, g) for p, g, genre in coded.values() if name in ("all", genre)])
            after = _pooled([score_events(p + added.get(k, []), g) for k, (p, g, genre) in coded.items()
                             if name in ("all", genre)])
            line.append(f"{name} {before:.3f} -> {after:.3f}")
        print(" ".join(line))
    return 0


def _pooled(results: list[dict[str, Any]]) -> float:
    tp, fp, core = (sum(r[k] for r in results) for k in ("tp", "fp", "core_gold"))
    precision, recall = tp / (tp + fp) if tp + fp else 0.0, tp / core if core else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
