"""What the pre-parse filter lets through, and what of it yields events.

For each corpus (the milestones essays and the documents of an evaluation set), it tags every
document as the coder does, codes it, and prints the sentences, the share the filter passes to the
parser (for triggers, and for a round of a series only), and the share of those passed that state
at least one event (as an event's evidence or as another mention of it). Then, for the sentences
passed that yield nothing, the trigger words that let them through, most frequent first: where a
tighter filter would save parsing.

Usage:  python benchmarks/filter_yield.py [--corpus PATH.jsonl] [--set DIR] [--words 15]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def essays(path: Path) -> list:
    import detente

    return [d for d in detente.read_inputs([str(path)]) if not isinstance(d, detente.InputError)]


def eval_set(folder: Path) -> list:
    import detente

    with (folder / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [detente.read(folder / f"{r['name']}.txt", date.fromisoformat(r["published"])) for r in rows]


def passing_words(raw: str) -> set[str]:
    """The words of a sentence that can be triggers by the filter's lists."""
    from detente.coding.lexicon import filter_forms

    free, needs = filter_forms()
    words = {w.lower() for w in WORD.findall(raw)}
    return (words & free) | {w for w in words if w in needs}


def measure(docs: list) -> dict:
    from detente.coding.pipeline import extract_many
    from detente.coding.tagging import tag_document

    tagged = {d.id: tag_document(d) for d in docs}
    started = time.perf_counter()
    coded = {d.id: events for d, events in extract_many(docs)}
    seconds = time.perf_counter() - started
    counts: Counter[str] = Counter()
    idle_words: Counter[str] = Counter()
    for doc in docs:
        told = {m.sentence for e in coded[doc.id] for m in [e.evidence, *e.mentions]}
        for t in tagged[doc.id]:
            counts["sentences"] += 1
            if not t.candidate:
                continue
            kind = "series" if t.series_only else "triggers"
            counts[kind] += 1
            if t.sentence.index in told:
                counts[f"{kind} yielding"] += 1
            elif kind == "triggers":
                idle_words.update(passing_words(t.raw))
    return {"counts": counts, "idle_words": idle_words, "seconds": seconds}


def show(name: str, result: dict, words: int) -> None:
    c = result["counts"]
    passed = c["triggers"] + c["series"]
    yielding = c["triggers yielding"] + c["series yielding"]
    print(f"{name}: {c['sentences']:,} sentences, {passed:,} passed the filter ({passed / c['sentences']:.1%}: "
          f"{c['triggers']:,} for triggers, {c['series']:,} for a round of a series), "
          f"coded in {result['seconds']:.1f} s")
    print(f"  passed and yielding an event: {yielding:,} = {yielding / max(passed, 1):.1%} of those passed "
          f"(triggers {c['triggers yielding'] / max(c['triggers'], 1):.1%}, "
          f"series {c['series yielding'] / max(c['series'], 1):.1%}); "
          f"{yielding / c['sentences']:.1%} of all sentences")
    common = ", ".join(f"{w} {n}" for w, n in result["idle_words"].most_common(words))
    print(f"  words passing the sentences that yield nothing: {common}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "milestones.jsonl")
    parser.add_argument("--set", type=Path, default=SHARED / "eval" / "dev", dest="set_dir")
    parser.add_argument("--words", type=int, default=15, help="trigger words to list")
    args = parser.parse_args(argv)
    for path in (args.corpus, args.set_dir):
        if not path.exists():
            sys.exit(f"not found: {path}")
    import detente

    detente.extract("France and Germany signed a treaty in 1963.")  # load the model before timing
    show(f"milestones ({args.corpus.name})", measure(essays(args.corpus)), args.words)
    show(f"evaluation set ({args.set_dir.name})", measure(eval_set(args.set_dir)), args.words)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
