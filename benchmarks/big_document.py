"""One large document through `detente extract`: time, rate (KB/s, sentences/s) and peak RSS, against
the same text as a corpus of small documents, in the same run, and the ratio of the two rates.

--text repeat (default): a paragraph of three sentences (an exercise, an agreement, a plan) repeated
until the text reaches --mb megabytes; the corpus cuts it into documents of --corpus-docs-kb.
--text essays: the essays of ../shared/corpus/milestones.jsonl one after another (again from the
first when they run out) as one document; the corpus is the same essays, one document each.
Both runs go through the command line in a child process, so each peak RSS (ru_maxrss of the child)
is that run's alone.

Usage:  python benchmarks/big_document.py [--mb 5] [--text repeat|essays] [--corpus-docs-kb 100] [--skip-corpus]
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
ESSAYS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "milestones.jsonl"


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


def repeated_text(mb: float, corpus_kb: int) -> tuple[str, list[str]]:
    """The paragraph repeated to mb megabytes, and the same text cut into documents of corpus_kb."""
    repeats = int(mb * 1024 * 1024 // len(PARAGRAPH)) + 1
    per_doc = max(1, corpus_kb * 1024 // len(PARAGRAPH))
    return PARAGRAPH * repeats, [PARAGRAPH * min(per_doc, repeats - n) for n in range(0, repeats, per_doc)]


def essays_text(mb: float) -> tuple[str, list[str]]:
    """The milestones essays one after another to mb megabytes, and the same essays one a document."""
    if not ESSAYS.exists():
        sys.exit(f"no corpus at {ESSAYS}")
    essays = [json.loads(line)["text"].strip() for line in ESSAYS.open(encoding="utf-8") if line.strip()]
    docs, size = [], 0
    while size < mb * 1024 * 1024:
        essay = essays[len(docs) % len(essays)]
        docs.append(essay)
        size += len(essay.encode("utf-8")) + 2
    return "\n\n".join(docs) + "\n", docs


def sentence_count(texts: list[str]) -> int:
    from detente.coding.segment import segment
    from detente.model import Document

    return sum(len(segment(Document(t))) for t in texts)


def report(label: str, size: int, sentences: int, events: int, seconds: float, peak: float) -> float:
    """Print one run's figures; returns its rate in KB/s."""
    rate = size / 1024 / seconds
    print(f"{label}: {size / 1e6:.1f} MB, {sentences:,} sentences, {events:,} events, {seconds:.1f} s, "
          f"{rate:,.1f} KB/s, {sentences / seconds:,.0f} sentences/s, peak RSS {peak:,.0f} MB")
    return rate


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the one document (MB)")
    parser.add_argument("--text", choices=("repeat", "essays"), default="repeat", help="what the text is")
    parser.add_argument("--corpus-docs-kb", type=int, default=100, help="size of each corpus document (KB), repeat")
    parser.add_argument("--skip-corpus", action="store_true", help="time only the one large document")
    args = parser.parse_args(argv)
    if args.text == "essays":
        text, parts = essays_text(args.mb)
    else:
        text, parts = repeated_text(args.mb, args.corpus_docs_kb)
    sentences = sentence_count(parts) if args.text == "essays" else text.count("\n\n") * SENTENCES_PER_PARAGRAPH
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        big.write_text(text, encoding="utf-8")
        seconds, peak, events = run_extract(big, Path(tmp) / "big.jsonl")
        rate = report("one document", big.stat().st_size, sentences, events, seconds, peak)
        if args.skip_corpus:
            return 0
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for n, part in enumerate(parts):
                handle.write(json.dumps({"id": f"part-{n}", "published": "2022-01-01", "text": part}) + "\n")
        c_seconds, c_peak, c_events = run_extract(corpus, Path(tmp) / "corpus.out.jsonl")
        size = sum(len(p.encode("utf-8")) for p in parts)
        c_rate = report(f"same text as {len(parts):,} documents", size, sentences, c_events, c_seconds, c_peak)
        print(f"one document / corpus rate (KB/s): {rate / c_rate:.2f} (target >= 0.80)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
