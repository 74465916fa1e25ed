"""GDELT 2.0 import time: `detente import gdelt` against DuckDB's own copy of the same file into a table.

    .venv/bin/python benchmarks/import_gdelt.py                  # 1,000,000 rows, each side 3 times
    .venv/bin/python benchmarks/import_gdelt.py --rows 200000 --repeat 1 --keep /tmp/gdelt-bench

1. Writes a GDELT 2.0 events export of --rows rows (61 tab-separated columns) by repeating the rows
   of ../shared/formats/gdelt/gdelt2_20191024143000.export.CSV (or --sample) with new, unique
   GLOBALEVENTIDs, so every row is a new event.
2. Imports it into a new store with detente (the whole import: hashing, checking, mapping, storing
   with the original line, the summary tables, committing, closing; not the reordering of a grown
   store by dyad that `detente import` runs afterwards, see store/clustering.py).
3. The floor: DuckDB's own `CREATE TABLE t AS SELECT * FROM read_csv(FILE, delim='\\t', header=false,
   quote='', all_varchar=true)` into a new database file, closed: what any import of the file into
   a DuckDB file costs at least (reading, splitting into 61 columns, storing, committing).
4. With pandas installed, pandas.read_csv(sep='\\t', header=None, dtype=str) of the file, for
   comparison.

The sides take turns, --repeat times each, so a burst of load elsewhere on a shared machine falls on
both; it prints each side's median time and rows/s, and the ratio of the medians, detente / floor,
against the target (at most 1.3). The target is for information: missing it does not make the
script fail. Each run is a child process (this script with --phase), so each reports its own peak
memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from detente.ingest import import_dataset
from detente.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "formats" / "gdelt" / "gdelt2_20191024143000.export.CSV"
TARGET_RATIO = 1.3  # detente's time at most 1.3 times DuckDB's own table copy of the file
LABELS = {"detente": "detente import gdelt", "floor": "DuckDB CREATE TABLE AS read_csv",
          "pandas": "pandas.read_csv"}
FIRST_ID = 2_000_000_000  # far above the sample's ids


def generate(sample: Path, out: Path, rows: int) -> None:
    """Write rows lines: the sample's lines in turn, each with a new GLOBALEVENTID."""
    lines = [line.split(b"\t", 1)[1] for line in sample.read_bytes().splitlines() if line.strip()]
    with out.open("wb") as handle:
        batch = []
        for n in range(rows):
            batch.append(b"%d\t%s\n" % (FIRST_ID + n, lines[n % len(lines)]))
            if len(batch) == 10_000:
                handle.writelines(batch)
                batch = []
        handle.writelines(batch)


def time_detente(path: Path, db: Path) -> tuple[float, int]:
    started = time.perf_counter()
    with open_store(db) as store:
        result = import_dataset(store, "gdelt", [str(path)], cluster=False)[0]
    elapsed = time.perf_counter() - started
    if result.error:
        sys.exit(f"detente import failed: {result.error}")
    return elapsed, result.imported


def time_pandas(path: Path) -> tuple[float, int]:
    import pandas

    started = time.perf_counter()
    frame = pandas.read_csv(path, sep="\t", header=None, dtype=str)
    elapsed = time.perf_counter() - started
    return elapsed, len(frame)


def time_floor(path: Path, db: Path) -> tuple[float, int]:
    """DuckDB's own copy of the file into a table of a new database file, every column as text: what
    any import into a DuckDB file costs at least (reading, splitting, storing, committing, closing)."""
    import duckdb

    started = time.perf_counter()
    con = duckdb.connect(str(db))
    con.execute("SET enable_progress_bar = false")
    con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?, delim = '\t', header = false, quote = '', "
                "all_varchar = true)", [str(path)])
    rows = con.execute("SELECT count(*) FROM t").fetchone()[0]
    con.close()
    return time.perf_counter() - started, rows


PHASES = {"detente": time_detente, "floor": time_floor}


def run_phase(phase: str, path: Path, db: Path) -> None:
    """One side of the comparison, in this (child) process: prints seconds, rows, CPU seconds (of every
    thread, over the same span) and peak memory."""
    cpu = time.process_time()
    seconds, rows = PHASES[phase](path, db) if phase in PHASES else time_pandas(path)
    cpu = time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rows": rows, "cpu": cpu, "peak_mb": peak_mb}))


def phase(name: str, path: Path, db: Path) -> dict:
    """Run a phase in a child process, so that each reports its own peak memory."""
    out = subprocess.run(
        [sys.executable, __file__, "--phase", name, "--file", str(path), "--db", str(db)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sample", type=Path, default=SAMPLE, help="GDELT 2.0 export whose rows are repeated")
    parser.add_argument("--keep", type=Path, help="write the file and store here and keep them")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side, taking turns (the median counts)")
    parser.add_argument("--phase", choices=["detente", "floor", "pandas"], help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        run_phase(args.phase, args.file, args.db)
        return
    if not args.sample.is_file():
        print(f"no sample file at {args.sample}: give one with --sample", file=sys.stderr)
        sys.exit(2)
    try:
        import pandas  # noqa: F401
        sides = ["detente", "floor", "pandas"]
    except ImportError:
        sides = ["detente", "floor"]  # pandas is optional here: the floor is the target
    with tempfile.TemporaryDirectory() as scratch:
        where = args.keep or Path(scratch)
        where.mkdir(parents=True, exist_ok=True)
        path = where / "bench.export.CSV"
        print(f"writing {args.rows:,} rows to {path} ...", flush=True)
        generate(args.sample, path, args.rows)
        print(f"file: {path.stat().st_size / 1e6:,.0f} MB", flush=True)
        runs: dict[str, list[dict]] = {side: [] for side in sides}
        for n in range(max(1, args.repeat)):
            for side in sides if n == 0 else [s for s in sides if s != "pandas"]:  # pandas is for comparison: once
                db = where / f"bench-{side}.duckdb"
                db.unlink(missing_ok=True)
                runs[side].append(phase(side, path, db))
                if not args.keep:
                    db.unlink(missing_ok=True)
        seconds = {side: statistics.median(r["seconds"] for r in rs) for side, rs in runs.items()}
        cpu = {side: statistics.median(r["cpu"] for r in rs) for side, rs in runs.items()}
        for side, rs in runs.items():
            rows, peak = rs[0]["rows"], max(r["peak_mb"] for r in rs)
            each = ", ".join(f"{r['seconds']:.2f}" for r in rs)
            print(f"{LABELS[side]:<34}: {rows:,} rows in {seconds[side]:6.2f} s (median of {each}) = "
                  f"{rows / seconds[side]:10,.0f} rows/s, CPU {cpu[side]:.1f} s, peak memory {peak:,.0f} MB")
        ratio = seconds["detente"] / seconds["floor"]
        verdict = "PASS" if ratio <= TARGET_RATIO else "ABOVE TARGET"
        print(f"detente / DuckDB read_csv (time)  : {ratio:.2f}x (target <= {TARGET_RATIO}x) {verdict}")
        pairs = [d["seconds"] / f["seconds"] for d, f in zip(runs["detente"], runs["floor"], strict=True)]
        print(f"  each turn's ratio                 : {', '.join(f'{p:.2f}' for p in pairs)}; CPU seconds "
              f"(all threads), for a machine shared with other work: {cpu['detente'] / cpu['floor']:.2f}x")
        if "pandas" in seconds:
            print(f"pandas / detente (time)           : {seconds['pandas'] / seconds['detente']:.2f}x")

if __name__ == "__main__":
    main()
