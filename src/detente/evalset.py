"""Score the coder on a folder of documents with gold: each document, each genre, all pooled.

A set folder holds ``MANIFEST.tsv`` (columns name, published, genre, ..., and optionally
split) and, for each row, ``NAME.txt`` and ``NAME.gold.jsonl``. Each document is read as
the shared ``score_set.py`` reads it (a JSONL line with id = name and published = the
manifest's date), coded in one run, and scored with :func:`detente.evaluate.score_events`,
so the figures equal that script's. Pooled figures sum tp, fp and core gold events.

Documents whose split is ``check`` are scored but their misses are never shown: they tell
whether a change generalises only if nobody tunes against them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .coding.pipeline import extract_many
from .errors import InputError, UnreadableInput
from .evaluate import load_jsonl, score_events
from .model import Document
from .reading.jsonl import parse_line

MANIFEST = "MANIFEST.tsv"
CHECK_SPLIT = "check"  # scores only: never read the misses of these documents
_REQUIRED_COLUMNS = ("name", "published", "genre")


@dataclass(frozen=True)
class SetDocument:
    """One row of a set's manifest."""

    name: str
    published: str
    genre: str
    split: str
    folder: Path

    @property
    def text_path(self) -> Path:
        return self.folder / f"{self.name}.txt"

    @property
    def gold_path(self) -> Path:
        return self.folder / f"{self.name}.gold.jsonl"

    @property
    def hidden(self) -> bool:
        """Whether the misses of this document must not be shown."""
        return self.split == CHECK_SPLIT


def read_manifest(folder: str | Path, only: Iterable[str] | None = None) -> list[SetDocument]:
    """The documents a set folder's MANIFEST.tsv lists (only those named, if names are given)."""
    folder = Path(folder)
    path = folder / MANIFEST
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(f"cannot read the set's manifest ({exc}): give a folder with {MANIFEST}",
                              path=str(path)) from exc
    if not lines:
        raise InputError("is empty: the first line names the columns (name, published, genre, ...)", str(path))
    header = lines[0].split("\t")
    missing = [c for c in _REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(f"has no {', '.join(missing)} column: the first line names the columns", str(path), 1)
    wanted = set(only) if only else None
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        row = dict(zip(header, line.split("\t"), strict=False))
        if not row.get("name"):
            raise InputError("has no name in its first column", str(path), number)
        if wanted is not None and row["name"] not in wanted:
            continue
        rows.append(SetDocument(row["name"], row.get("published", ""), row.get("genre") or "-",
                                row.get("split") or "tune", folder))
    if wanted is not None and len(rows) < len(wanted):
        unknown = sorted(wanted - {r.name for r in rows})
        raise InputError(f"lists no document named {', '.join(unknown)}", str(path))
    return rows


def read_set_document(row: SetDocument) -> Document:
    """The document as score_set.py gives it to the coder: a JSONL line with id and published."""
    try:
        text = row.text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(f"cannot read the document ({exc})", path=str(row.text_path)) from exc
    line = json.dumps({"id": row.name, "published": row.published, "text": text})
    doc = parse_line(line, str(row.folder / MANIFEST), 0)
    if isinstance(doc, InputError):
        raise InputError(f"{row.name}: {doc.message}", str(row.text_path))
    return doc


@dataclass
class CodedSet:
    """A set's documents, their gold events and the events the coder gave them."""

    rows: list[SetDocument]
    documents: dict[str, Document]
    gold: dict[str, list[dict[str, Any]]]
    predicted: dict[str, list[dict[str, Any]]]


def code_set(rows: list[SetDocument]) -> CodedSet:
    """Read every document and its gold, and code all documents in one run of the coder."""
    docs = [read_set_document(r) for r in rows]
    gold = {r.name: load_jsonl(r.gold_path) for r in rows}
    predicted = {doc.id: [e.to_dict() for e in events] for doc, events in extract_many(docs)}
    return CodedSet(rows, {d.id: d for d in docs}, gold, predicted)


def pooled(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall and F1 over the summed counts of several documents' scores."""
    tp = sum(r["tp"] for r in results)
    fp = sum(r["fp"] for r in results)
    core = sum(r["core_gold"] for r in results)
    inside = sum(int(r["date_within_gold"].split("/")[0]) for r in results)
    flagged = [r["non_occurred_status_right"].split("/") for r in results]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / core if core else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"documents": len(results), "core_gold": core, "tp": tp, "fp": fp,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "date_within_gold": f"{inside}/{tp}",
            "non_occurred_status_right": f"{sum(int(a) for a, _ in flagged)}/{sum(int(b) for _, b in flagged)}"}


def score_coded(coded: CodedSet) -> dict[str, Any]:
    """Each document's score, each genre and split pooled, and all pooled."""
    documents: dict[str, dict[str, Any]] = {}
    genres: dict[str, list[dict[str, Any]]] = defaultdict(list)
    splits: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in coded.rows:
        result = score_events(coded.predicted.get(row.name, []), coded.gold[row.name])
        result["genre"], result["split"] = row.genre, row.split
        if row.hidden:
            result["missed"] = None  # a check document's misses are not shown
        documents[row.name] = result
        genres[row.genre].append(result)
        splits[row.split].append(result)
    return {"documents": documents, "genres": {g: pooled(v) for g, v in genres.items()},
            "splits": {s: pooled(v) for s, v in splits.items()}, "all": pooled(list(documents.values()))}


def format_set_score(summary: dict[str, Any]) -> str:
    """The set's scores as text: a line per document, per genre, per split, and all pooled."""
    lines = []
    for name, r in summary["documents"].items():
        missed = " (check: misses not shown)" if r["missed"] is None else f" missed {r['missed']}"
        lines.append(f"  {name}: f1 {r['f1']} (p {r['precision']} r {r['recall']}) dates {r['date_within_gold']}"
                     f" status {r['non_occurred_status_right']}{missed}")
    for genre, s in summary["genres"].items():
        lines.append(f"  [{genre}] {s['documents']} documents pooled: f1 {s['f1']}"
                     f" (p {s['precision']} r {s['recall']})")
    if len(summary["splits"]) > 1:
        for split, s in summary["splits"].items():
            lines.append(f"  <{split}> {s['documents']} documents pooled: f1 {s['f1']}"
                         f" (p {s['precision']} r {s['recall']})")
    s = summary["all"]
    lines.append(f"all {s['documents']} documents pooled: f1 {s['f1']} (p {s['precision']} r {s['recall']}),"
                 f" dates {s['date_within_gold']}, status {s['non_occurred_status_right']},"
                 f" {s['core_gold']} core events")
    return "\n".join(lines)
