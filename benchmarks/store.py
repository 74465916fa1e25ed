"""The event store: ingest throughput with 1 and 2 workers, and query latency at scale.

    .venv/bin/python benchmarks/store.py --events 10000000

1. Ingests ../shared/corpus/milestones.jsonl (or --corpus) into a new store, once with one
   worker and once with two, and prints documents/s and sentences/s for each.
2. Generates (once, kept in --db) a store of synthetic events spread over 60 actors and 80
   years, with its summary tables, orders it by dyad as an ingest does once a store has grown
   (clustering.py), then prints the median latency of `timeline` (one dyad), `dyads` and a
   dyad's `profile` (read from the summary), against the targets of issue 13 at 10 million
   events: `dyads` and a timeline at most 100 ms each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import detente
from detente.analysis.dyads import choose_by_tally, dyad_landmarks, dyad_tally, summarise
from detente.ingest import ingest_documents
from detente.store import open_store, summary
from detente.store.records import EVENT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]

ACTORS = 60
TARGET_MS = 100  # dyads and a timeline, at 10 million events


def generate(path: Path, n_events: int) -> None:
    """Fill a new store with n_events synthetic events (all in SQL: fast)."""
    with open_store(path) as store:
        con = store.con
        con.execute("BEGIN TRANSACTION")
        con.execute(f"""
            CREATE TEMP TABLE g AS SELECT i,
                'C' || lpad(CAST(hash(i) % {ACTORS} AS VARCHAR), 2, '0') AS s,
                'C' || lpad(CAST(hash(i * 7 + 1) % {ACTORS} AS VARCHAR), 2, '0') AS t,
                DATE '1950-01-01' + CAST(hash(i * 3) % 29000 AS INTEGER) AS d
            FROM range({n_events}) r(i)""")
        con.execute(f"""
            INSERT INTO events ({', '.join(EVENT_COLUMNS)}) SELECT
                printf('%016x', i), i, 'doc' || (i // 20), printf('inc%013x', i // 2),
                s, s, s, 'GOV', s || 'GOV', t, t, t, 'GOV', t || 'GOV', s, t,
                least(s, t) || '|' || greatest(s, t),
                i % 2 = 0, 'COOPERATE', NULL, ['military'], '062', 7.4, 2, 'exercise',
                d, d + 30, 'month', 'in ' || strftime(d, '%B %Y'), 'explicit', 'occurred',
                0, 0, 80, 'A generated sentence.', '[]', 0.8, '[]', 'text', NULL, NULL, NULL
            FROM g""")
        con.execute("""
            INSERT INTO incidents SELECT incident_id, 'COOPERATE', 'occurred', any_value(pair_key),
                any_value(source_key), any_value(target_key), true, max(date_start), min(date_end),
                count(*), count(DISTINCT doc_id) FROM events GROUP BY incident_id""")
        con.execute("""
            INSERT INTO documents SELECT DISTINCT doc_id, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, now()
            FROM events""")
        summary.rebuild(con)  # the rows went in by SQL, not through the store: count them as a write would
        con.execute("COMMIT")
        start = time.perf_counter()
        store.cluster()  # what an ingest does once a store has grown (detente.store.clustering)
        print(f"ordered {n_events:,} events by dyad in {time.perf_counter() - start:.1f} s")


def profile(store, a: str, b: str):  # type: ignore[no-untyped-def]
    """What `detente profile A B` computes (profile_store, without its check of real actor codes)."""
    counts = dyad_tally(store, a, b)
    return summarise(a, b, counts, dyad_landmarks(store, a, b), choose_by_tally(counts, "auto"))


def median_ms(fn, runs: int = 7) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median wall and CPU milliseconds of fn (CPU of every thread of this process: on a machine shared
    with other work, the wall time grows with the load, the CPU time much less)."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(times), statistics.median(cpu)


def ingest_rates(corpus: Path) -> None:
    """Documents/s and sentences/s of a fresh ingest with 1 and 2 worker processes."""
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as folder:
            docs = [d for d in detente.read_inputs([str(corpus)]) if not isinstance(d, Exception)]
            start = time.perf_counter()
            with open_store(Path(folder) / "ingest.duckdb") as store:
                counts = ingest_documents(store, docs, workers=workers)
            seconds = time.perf_counter() - start
            print(f"ingest, {workers} worker(s): {counts.documents} documents, {counts.sentences} sentences, "
                  f"{counts.events} events in {seconds:.1f} s: {counts.documents / seconds:.1f} documents/s, "
                  f"{counts.sentences / seconds:.0f} sentences/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--db", default="bench.duckdb", help="the generated store (kept for later runs)")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "milestones.jsonl")
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()
    if not args.skip_ingest:
        if not args.corpus.is_file():
            print(f"store.py: {args.corpus} not found: pass --corpus FILE.jsonl (or --skip-ingest)", file=sys.stderr)
            sys.exit(2)
        ingest_rates(args.corpus)
    path = Path(args.db)
    if not path.exists():
        start = time.perf_counter()
        generate(path, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - start:.1f} s")
    with open_store(path, read_only=True) as store:
        n = store.counts()
        print(f"store: {n['events']:,} events, {n['incidents']:,} incidents, {n['documents']:,} documents")
        rows = len(store.timeline("C01", "C02"))
        timeline = median_ms(lambda: store.timeline("C01", "C02"))
        dyads = median_ms(store.dyads, 7)
        profiled = median_ms(lambda: profile(store, "C01", "C02"), 5)
        for label, (ms, cpu), target in ((f"timeline C01 C02 ({rows} incidents)", timeline, TARGET_MS),
                                         (f"dyads ({len(store.dyads())} pairs)", dyads, TARGET_MS),
                                         ("profile C01 C02 (counts from the summary)", profiled, None)):
            verdict = "" if target is None else f" (target <= {target} ms: {'PASS' if ms <= target else 'ABOVE'})"
            print(f"{label}: median {ms:.0f} ms, CPU {cpu:.0f} ms{verdict}")
        print("targets are for 10 million events (a shared, noisy machine: compare runs)")

if __name__ == "__main__":
    main()
