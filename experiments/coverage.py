"""How much of a battery of plain invented sentences the coder codes right: one act per sentence, by type or status.

A battery is a text file of one sentence per line, written for the project by someone who had not read the coder:

    TYPE|A|B|sentence               an act battery: the act's PLOVER type and its two states (ISO codes)
    STATUS|TYPE|A|B|sentence        a status battery: the act's status as well

An act counts as right when the coder codes an event between the two states (either way round) of that type; a
status as right when such an event (of the type if there is one, else of any type) has that status. Lines the
coder gets wrong are sorted into: nothing coded, other states, another type, another status.

    .venv/bin/python experiments/coverage.py experiments/batteries/*.txt
    .venv/bin/python experiments/coverage.py --misses experiments/batteries/acts_a.txt
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import detente

PUBLISHED = date(2026, 6, 1)  # after every date the batteries tell
SOVIET = {"SUN": "RUS"}


def _country(actor) -> str | None:
    code = actor.country if actor else None
    return SOVIET.get(code, code) if code else None


def judge(fields: list[str]) -> tuple[str, str, list[tuple]]:
    """(the line's key: type or status, verdict, what the coder coded) for one battery line."""
    status = fields[0] if len(fields) == 5 else None
    event_type, a, b, sentence = fields[-4:]
    coded = [(_country(e.source), _country(e.target), e.event_type, e.status)
             for e in detente.extract(sentence, PUBLISHED)]
    pair = [c for c in coded if {c[0], c[1]} == {SOVIET.get(a, a), SOVIET.get(b, b)}]
    typed = [c for c in pair if c[2] == event_type]
    if status is None:
        verdict = "right" if typed else "another type" if pair else "other states" if coded else "nothing coded"
        return event_type, verdict, coded
    chosen = typed or pair
    verdict = ("right" if any(c[3] == status for c in chosen) else "another status") if chosen else (
        "other states" if coded else "nothing coded")
    return status, verdict, coded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batteries", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every line the coder gets wrong")
    args = parser.parse_args(argv)
    for path in args.batteries:
        try:
            lines = [ln.split("|") for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        except OSError as exc:
            print(f"{path}: cannot read: {exc.strerror}", file=sys.stderr)
            return 2
        bad = [i for i, f in enumerate(lines, 1) if len(f) not in (4, 5)]
        if bad:
            print(f"{path}:{bad[0]}: not TYPE|A|B|sentence nor STATUS|TYPE|A|B|sentence", file=sys.stderr)
            return 2
        by_key: dict[str, Counter] = defaultdict(Counter)
        for fields in lines:
            key, verdict, coded = judge(fields)
            by_key[key][verdict] += 1
            if args.misses and verdict != "right":
                print(f"  {verdict:14} {key:11} {fields[-1][:110]} | {coded}")
        total = Counter()
        for counts in by_key.values():
            total.update(counts)
        print(f"{path.name}: {total['right']}/{sum(total.values())} right "
              f"({', '.join(f'{k} {v}' for k, v in total.most_common() if k != 'right')})")
        for key in sorted(by_key):
            counts = by_key[key]
            print(f"  {key:11} {counts['right']:3}/{sum(counts.values()):<3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
