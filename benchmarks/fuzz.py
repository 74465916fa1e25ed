"""A long run of the fuzz tests (tests/test_fuzz_*.py): every target with SCALE times its test-command budget.

    .venv/bin/python benchmarks/fuzz.py                 # 20 times the budget of the test command
    .venv/bin/python benchmarks/fuzz.py --scale 200 --seed 1

Prints, per target, the examples tried, those that failed (a crash: any exception but detente's own errors,
an offset outside the text, an interval ending before it starts, an importer line neither stored nor
rejected with its line) and the seconds spent in the properties. Pytest's own output, with the failing
example of any target, goes to the file named by --log. Exit status: pytest's (0 when nothing failed).
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

REPO = Path(__file__).resolve().parents[1]
MODULES = ["tests/test_fuzz_reading.py", "tests/test_fuzz_sources.py"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=20, help="times the test command's budget (default 20)")
    parser.add_argument("--seed", type=int, default=None, help="Hypothesis seed (default: random)")
    parser.add_argument("--log", default="/tmp/detente-fuzz.log", help="where pytest's output goes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="detente-fuzz-report-") as report:
        env = {**os.environ, "DETENTE_FUZZ_SCALE": str(args.scale), "DETENTE_FUZZ_REPORT": report}
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *MODULES]
        if args.seed is not None:
            command.append(f"--hypothesis-seed={args.seed}")
        started = time.monotonic()
        with open(args.log, "w") as log:
            status = subprocess.run(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT).returncode
        seconds = time.monotonic() - started
        found: dict[str, dict[str, float]] = {}
        for path in sorted(Path(report).glob("*.json")):
            found.update(json.loads(path.read_text()))
    print(f"{'target':28} {'examples':>9} {'failed':>7} {'seconds':>8}")
    for target, row in found.items():
        print(f"{target:28} {row['examples']:>9,} {row['failed']:>7} {row['seconds']:>8.1f}")
    total = sum(int(r["examples"]) for r in found.values())
    failed = sum(int(r["failed"]) for r in found.values())
    print(f"{'all':28} {total:>9,} {failed:>7}   ({seconds:.0f} s wall, scale {args.scale:g}; pytest exit {status},"
          f" log {args.log})")
    return status


if __name__ == "__main__":
    sys.exit(main())
