"""Build the probe evaluation sets into a folder that `detente evaluate --set` reads.

The essays of the sets are Office of the Historian Milestones essays: their text is not kept here but taken
from ../shared/corpus/milestones.jsonl (MILESTONES.tsv names each one). The other texts and every gold file
were written for this project.

    python3 examples/probe_sets/build.py /tmp/probes
    .venv/bin/detente evaluate --set /tmp/probes/batch7 --errors
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus" / "milestones.jsonl"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    if not CORPUS.is_file():
        print(f"error: {CORPUS} is missing: the essays' texts come from it", file=sys.stderr)
        return 2
    essays = {}
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            essays[(row["id"], row["period"][:4])] = row
    out = Path(argv[0])
    for batch in sorted(p for p in HERE.iterdir() if p.is_dir()):
        target = out / batch.name
        target.mkdir(parents=True, exist_ok=True)
        for path in batch.iterdir():
            if path.name != "MILESTONES.tsv":
                shutil.copy(path, target / path.name)
        with (batch / "MILESTONES.tsv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                essay = essays[(row["corpus_id"], row["period_start"])]
                text = essay["text"] if row["title_line"] == "no" else f"{essay['title']}\n\n{essay['text']}"
                (target / f"{row['name']}.txt").write_text(text, encoding="utf-8")
        print(f"{target}: {sum(1 for _ in target.glob('*.gold.jsonl'))} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
