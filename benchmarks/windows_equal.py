"""Coding in windows gives the events of coding whole, on real texts: every milestones essay and
every document of the evaluation sets, coded whole and in windows forced small.

Prints the documents compared, the window sizes and the documents whose events differ (none
expected); exits with status 1 if any differs.

Usage:  python benchmarks/windows_equal.py [--windows 1 300 2000] [--sets dev train]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import deque
from datetime import date
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def documents(sets: list[str]) -> list:
    import detente

    docs = [d for d in detente.read_inputs([str(SHARED / "corpus" / "milestones.jsonl")])
            if not isinstance(d, detente.InputError)]
    for name in sets:
        folder = SHARED / "eval" / name
        with (folder / "MANIFEST.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                docs.append(detente.read(folder / f"{row['name']}.txt", date.fromisoformat(row["published"])))
    return docs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows", type=int, nargs="+", default=[1, 300, 2000], help="window sizes (characters)")
    parser.add_argument("--sets", nargs="+", default=["dev", "train"], help="evaluation sets under ../shared/eval")
    args = parser.parse_args(argv)
    from detente.coding.pipeline import code_windows, extract_document

    docs = documents(args.sets)
    started = time.monotonic()
    differ = []
    for doc in docs:
        whole = [e.to_dict() for e in extract_document(doc)]
        for size in args.windows:
            last = deque(code_windows(doc, size), maxlen=1)[0]
            if [e.to_dict() for e in last.events or []] != whole:
                differ.append((doc.title or doc.path or doc.id, size))
    print(f"{len(docs)} documents (milestones and {', '.join(args.sets)}), windows of "
          f"{', '.join(map(str, args.windows))} characters: {len(differ)} differ from coding whole "
          f"({time.monotonic() - started:.0f} s)")
    for name, size in differ:
        print(f"  differs: {name} (windows of {size})")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
