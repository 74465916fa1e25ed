"""GDELT 2.0 import throughput: `detente import gdelt` against a plain pandas.read_csv of the same file.

    .venv/bin/python benchmarks/import_gdelt.py                  # 1,000,000 rows
    .venv/bin/python benchmarks/import_gdelt.py --rows 200000 --keep /tmp/gdelt-bench

1. Writes a GDELT 2.0 events export of --rows rows (61 tab-separated columns) by repeating the rows
   of ../shared/formats/gdelt/gdelt2_20191024143000.export.CSV (or --sample) with new, unique
   GLOBALEVENTIDs, so every row is a new event.
2. Imports it into a new store with detente (the whole import: hashing, checking, mapping, storing,
   committing, closing; not the reordering of a grown store by dyad that `detente import` runs
   afterwards, see store/layout.py) and prints rows/s.
3. Reads it with pandas.read_csv(sep='\\t', header=None, dtype=str) and prints rows/s.
4. Prints the ratio detente / pandas against the target (at least 3). The target is for
   information: missing it does not make the script fail. The machine may be shared: timings vary.

Each side runs in its own child process (this script with --phase), so each reports its own peak
memory (ru_maxrss).

pandas is not a dependency of detente: install it with  pip install 'detente[pandas]'.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from detente.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "formats" / "gdelt" / "gdelt2_20191024143000.export.CSV"
TARGET_RATIO = 3.0
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
        result = store.import_files("gdelt", [str(path)], cluster=False)[0]
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


def run_phase(phase: str, path: Path, db: Path) -> None:
    """One side of the comparison, in this (child) process: prints seconds, rows and peak memory."""
    seconds, rows = time_detente(path, db) if phase == "detente" else time_pandas(path)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rows": rows, "peak_mb": peak_mb}))


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
    parser.add_argument("--phase", choices=["detente", "pandas"], help=argparse.SUPPRESS)
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
    except ImportError:
        print("pandas is needed for the comparison: pip install 'detente[pandas]'", file=sys.stderr)
        sys.exit(2)
    with tempfile.TemporaryDirectory() as scratch:
        where = args.keep or Path(scratch)
        where.mkdir(parents=True, exist_ok=True)
        path, db = where / "bench.export.CSV", where / "bench.duckdb"
        db.unlink(missing_ok=True)
        print(f"writing {args.rows:,} rows to {path} ...", flush=True)
        generate(args.sample, path, args.rows)
        print(f"file: {path.stat().st_size / 1e6:,.0f} MB", flush=True)
        ours = phase("detente", path, db)
        theirs = phase("pandas", path, db)
        rate, p_rate = ours["rows"] / ours["seconds"], theirs["rows"] / theirs["seconds"]
        for label, r, per_s in (("detente import gdelt", ours, rate), ("pandas.read_csv", theirs, p_rate)):
            print(f"{label:<21}: {r['rows']:,} rows in {r['seconds']:6.2f} s = {per_s:10,.0f} rows/s, "
                  f"peak memory {r['peak_mb']:,.0f} MB")
        ratio = rate / p_rate
        verdict = "PASS" if ratio >= TARGET_RATIO else "BELOW TARGET"
        print(f"detente / pandas     : {ratio:.2f}x (target >= {TARGET_RATIO:.0f}x) {verdict}")


if __name__ == "__main__":
    main()
