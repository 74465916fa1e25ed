"""Dask engine scaling: documents/s coding the milestones corpus on 1 and on 2 local workers.

    .venv/bin/python benchmarks/dask_ingest.py                      # 20,000 documents
    .venv/bin/python benchmarks/dask_ingest.py --docs 2000 --workers 1 2 4

1. Writes a JSONL corpus of --docs documents by repeating the lines of
   ../shared/corpus/milestones.jsonl (203 essays), each copy with a new id and a last line
   "[Copy N.]", so that every copy is a text of its own (the engine codes a text repeated within
   a partition once) and is read, parsed and coded on a worker. The coder keeps no cache of
   texts; its memo of lemmas by (word, part of speech) is warm after the first copies, as it is
   after the first thousands of articles of a real archive.
2. For each worker count, runs `detente.ingest.dask.ingest` on a fresh LocalCluster (one thread per
   worker process) into a fresh folder and prints documents/s for the whole run (cluster start,
   coding, writing Parquet, merging) and for coding alone (until the last partition is done).
3. Prints the scaling efficiency: (documents/s with N workers) / (N x documents/s with 1).

The machine may be shared: compare the figures of one run. Cores beyond the machine's make no
sense; the script says so.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "milestones.jsonl"


def replicate(source: Path, out: Path, docs: int) -> int:
    """Write docs lines: the source's documents in turn, each copy with its own id; returns bytes."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as handle:
        for n in range(docs):
            record = dict(records[n % len(records)])
            copy = n // len(records)
            record["id"] = f"{record.get('id', 'doc')}-copy{copy}"
            if copy:  # a text of its own: a repeated text is coded once per partition, rightly
                record["text"] += f"\n\n[Copy {copy}.]"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out.stat().st_size


def leg(corpus: Path, folder: Path, workers: int, partition_mb: float, docs: int) -> dict[str, float]:
    from detente.ingest.dask import ingest
    from detente.ingest.dask.combine import merge

    coded_at: list[float] = []

    def progress(done: int, total: int) -> None:
        if done == total:
            coded_at.append(time.perf_counter())

    started = time.perf_counter()
    run = ingest(
        [str(corpus)], folder, local_workers=workers, partition_bytes=int(partition_mb * (1 << 20)), progress=progress
    )
    total = time.perf_counter() - started
    if run.failed or run.documents != docs:
        raise SystemExit(f"the run with {workers} workers did not code every document: {run.failed}")
    coding = (coded_at[0] if coded_at else time.perf_counter()) - started
    merge_started = time.perf_counter()
    merge(folder)  # again, alone, to show what the merge costs
    merge_seconds = time.perf_counter() - merge_started
    return {
        "workers": workers,
        "partitions": run.partitions,
        "seconds": total,
        "docs_per_s": docs / total,
        "coding_seconds": coding,
        "coding_docs_per_s": docs / coding,
        "merge_seconds": merge_seconds,
        "events": run.events,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-mb", type=float, default=2.0)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus} is absent: give --corpus")
    cores = os.cpu_count() or 1
    if max(args.workers) > cores:
        print(f"note: this machine has {cores} cores; more workers than that cannot scale")
    work = Path(tempfile.mkdtemp(prefix="detente-dask-bench-"))
    try:
        corpus = work / "corpus.jsonl"
        size = replicate(args.corpus, corpus, args.docs)
        print(
            f"corpus: {args.docs} documents, {size / 1e6:.1f} MB, partitions of {args.partition_mb} MB; {cores} cores"
        )
        results = []
        for workers in args.workers:
            result = leg(corpus, work / f"out{workers}", workers, args.partition_mb, args.docs)
            results.append(result)
            print(
                f"{workers} worker(s): {result['partitions']} partitions, {result['seconds']:.0f} s in all, "
                f"{result['docs_per_s']:.2f} documents/s (coding alone {result['coding_docs_per_s']:.2f}/s); "
                f"merge {result['merge_seconds']:.1f} s; {result['events']} events",
                flush=True,
            )
        base = next((r for r in results if r["workers"] == 1), None)
        if base:
            for r in results:
                if r["workers"] > 1:
                    efficiency = r["docs_per_s"] / (r["workers"] * base["docs_per_s"])
                    coding = r["coding_docs_per_s"] / (r["workers"] * base["coding_docs_per_s"])
                    print(
                        f"scaling efficiency with {r['workers']} workers: {efficiency:.2f} (coding alone {coding:.2f})"
                    )
        print(json.dumps(results))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
