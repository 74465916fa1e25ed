"""One large document through `detente extract`: time, sentences/s and peak RSS, against the same
text cut into a corpus of small documents, in the same run.

The text repeats a paragraph of three sentences (an exercise, an agreement, a plan) until it
reaches --mb megabytes. Both runs go through the command line in a child process, so each peak
RSS (ru_maxrss of the child) is that run's alone.

Usage:  python benchmarks/big_document.py [--mb 5] [--corpus-docs-kb 100] [--skip-corpus]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = ("Officials in Ankara said the talks had gone well. Turkey and Azerbaijan signed a defence "
             "cooperation agreement in June 2021. Analysts expect further joint drills next year, "
             "although no date has been announced.\n\n")
SENTENCES_PER_PARAGRAPH = 3


def run_extract(path: Path, out: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB of the child, events written) of `detente extract PATH`."""
    started = time.monotonic()
    with out.open("w", encoding="utf-8") as stdout, tempfile.TemporaryFile() as stderr:
        child = subprocess.Popen([sys.executable, "-m", "detente", "extract", str(path), "--published",
                                  "2022-01-01", "--format", "jsonl"], stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(child.pid, 0)  # the child's own rusage: its peak RSS alone
        child.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - started
        if child.returncode != 0:
            stderr.seek(0)
            sys.exit(f"detente extract failed: {stderr.read().decode()[-500:]}")
    with out.open(encoding="utf-8") as handle:
        events = sum(1 for _ in handle)
    return elapsed, usage.ru_maxrss / 1024, events


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the one document (MB)")
    parser.add_argument("--corpus-docs-kb", type=int, default=100, help="size of each corpus document (KB)")
    parser.add_argument("--skip-corpus", action="store_true", help="time only the one large document")
    args = parser.parse_args(argv)
    repeats = int(args.mb * 1024 * 1024 // len(PARAGRAPH)) + 1
    sentences = repeats * SENTENCES_PER_PARAGRAPH
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        big.write_text(PARAGRAPH * repeats, encoding="utf-8")
        seconds, peak, events = run_extract(big, Path(tmp) / "big.jsonl")
        rate = sentences / seconds
        print(f"one document: {big.stat().st_size / 1e6:.1f} MB, {sentences:,} sentences, {events:,} events, "
              f"{seconds:.1f} s, {rate:,.0f} sentences/s, peak RSS {peak:,.0f} MB")
        if args.skip_corpus:
            return 0
        per_doc = max(1, args.corpus_docs_kb * 1024 // len(PARAGRAPH))
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for n in range(0, repeats, per_doc):
                text = PARAGRAPH * min(per_doc, repeats - n) + f"[Part {n}.]\n"
                handle.write(json.dumps({"id": f"part-{n}", "published": "2022-01-01", "text": text}) + "\n")
        c_seconds, c_peak, c_events = run_extract(corpus, Path(tmp) / "corpus.out.jsonl")
        c_rate = sentences / c_seconds
        print(f"same text as {repeats // per_doc + 1} documents: {c_events:,} events, {c_seconds:.1f} s, "
              f"{c_rate:,.0f} sentences/s, peak RSS {c_peak:,.0f} MB")
        print(f"one document / corpus rate: {rate / c_rate:.2f} (target >= 0.80)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
