"""Score coded events against gold annotations, and run sentence-level gold sets.

:func:`score_events` is the project's metric (GUIDELINES.md): a prediction matches a
gold event when the unordered pair of states agrees ("*" is any actor; SUN, URS and
RUS are one state), its event type is one the gold event accepts and its date
interval overlaps the gold one (an undated gold event takes any date; an undated
prediction never matches a dated gold event). Core gold events are matched one to
one by a maximum matching; a left-over prediction matching an optional gold event
is neutral, one matching only taken core events a duplicate, anything else a false
positive. The numbers equal those of the reference script ``eval/score.py``.

:func:`load_plover_gsr` and :func:`gsr_report` run a coder over the PLOVER
gold-standard sentences (one event type per sentence) and tabulate the result.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from detente.errors import InputError, MalformedLine, UnreadableInput
from detente.ontology import plover_types

Interval = tuple[str, str]

# one state under several codes: the USSR is written SUN, URS or RUS
_SAME_STATE = {"SUN": "RUS", "URS": "RUS"}
ANY_ACTOR = "*"

# labels of the 2016 PLOVER draft used by the GSR file, and their current names
OLD_PLOVER_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                     "FIGHT": "ASSAULT"}
NO_EVENT = "none"


# --- reading files -------------------------------------------------------------------


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read one JSON object per non-blank line; raise InputError naming the bad line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(f"cannot read JSONL file: {exc}", path=str(path)) from exc
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MalformedLine(f"not valid JSON ({exc.msg}); fix or remove the line",
                                path=str(path), line=number) from exc
        if not isinstance(record, dict):
            raise MalformedLine("expected a JSON object on each line", path=str(path), line=number)
        records.append(record)
    return records


# --- the parts of a match ------------------------------------------------------------


def _state(actor: Any) -> str | None:
    """The state code of an actor record or bare code, with the USSR's codes unified."""
    if not actor:
        return None
    code = actor if isinstance(actor, str) else (actor.get("country") or actor.get("code") or "")
    code = (code or "")[:3].upper()
    return _SAME_STATE.get(code, code) or None


def _interval(date: Any) -> Interval | None:
    """A (start, end) pair of ISO dates from a gold list or an event's date record."""
    if not date:
        return None
    if isinstance(date, list):
        return (date[0], date[1])
    start = date.get("start")
    end = date.get("end") or start
    if not start:
        return None
    return (start[:10], end[:10])


def _dyad_matches(dyad: list[str], a: str | None, b: str | None) -> bool:
    """Whether the states a and b, in either order, fill the gold dyad."""
    if not (a and b):
        return False
    g1, g2 = (_SAME_STATE.get(x, x) for x in dyad)

    def fits(gold: str, state: str) -> bool:
        return gold in (ANY_ACTOR, state)

    return (fits(g1, a) and fits(g2, b)) or (fits(g1, b) and fits(g2, a))


def _overlaps(gold: Interval | None, pred: Interval | None) -> bool:
    """Whether a prediction's dates are compatible with the gold interval."""
    if gold is None:
        return True
    if pred is None:
        return False
    return pred[0] <= gold[1] and gold[0] <= pred[1]


def _inside(gold: Interval | None, pred: Interval | None) -> bool:
    """Whether a prediction's interval lies within the gold one (any date fits undated gold)."""
    if gold is None:
        return True
    if pred is None:
        return False
    return gold[0] <= pred[0] and pred[1] <= gold[1]


@dataclass(frozen=True)
class _Pred:
    """The fields of a predicted event the metric reads."""

    a: str | None
    b: str | None
    event_type: Any
    dates: Interval | None
    status: Any  # "occurred" when the record has no status field


def _pred(record: dict[str, Any]) -> _Pred:
    """Extract what the metric needs from one predicted event record."""
    return _Pred(_state(record.get("source")), _state(record.get("target")),
                 record.get("event_type"), _interval(record.get("date")),
                 record.get("status", "occurred"))


def _matches(gold: dict[str, Any], pred: _Pred) -> bool:
    """Whether a prediction matches a gold event: states, type and dates."""
    return (_dyad_matches(gold["dyad"], pred.a, pred.b)
            and pred.event_type in gold["types"]
            and _overlaps(_interval(gold.get("date")), pred.dates))


# --- the matching ----------------------------------------------------------------------


def _ranked_candidates(pred: _Pred, core: list[dict[str, Any]]) -> list[str]:
    """Ids of the core gold events a prediction matches, the most fitting first."""

    def rank(gold: dict[str, Any]) -> tuple[bool, bool, bool]:
        # dated gold containing the prediction first, then same status; undated gold last
        dates = _interval(gold.get("date"))
        same_status = pred.status == gold.get("status", "occurred")
        return (dates is None, not _inside(dates, pred.dates), not same_status)

    return [g["id"] for g in sorted((g for g in core if _matches(g, pred)), key=rank)]


def _maximum_matching(candidates: list[list[str]]) -> dict[str, int]:
    """Match predictions to gold ids one to one, as many as possible (augmenting paths)."""
    owner: dict[str, int] = {}

    def augment(i: int, seen: set[str]) -> bool:
        for gold_id in candidates[i]:
            if gold_id in seen:
                continue
            seen.add(gold_id)
            if gold_id not in owner or augment(owner[gold_id], seen):
                owner[gold_id] = i
                return True
        return False

    for i in range(len(candidates)):
        augment(i, set())
    return owner


def _prefer_inside(owner: dict[str, int], gold_by_id: dict[str, dict[str, Any]],
                   preds: list[_Pred]) -> None:
    """Swap pairs of matches while that puts more predictions inside their gold interval."""

    def inside(gold_id: str, i: int) -> bool:
        return _inside(_interval(gold_by_id[gold_id].get("date")), preds[i].dates)

    improved = True
    while improved:
        improved = False
        for x, y in combinations(list(owner), 2):
            px, py = owner[x], owner[y]
            if not (_matches(gold_by_id[x], preds[py]) and _matches(gold_by_id[y], preds[px])):
                continue
            if inside(x, py) + inside(y, px) > inside(x, px) + inside(y, py):
                owner[x], owner[y] = py, px
                improved = True


# --- the metric ------------------------------------------------------------------------


def _ratio(part: int, whole: int) -> float:
    """part / whole, or 0.0 when whole is 0."""
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Matching:
    """How predictions were matched to core gold events: owner maps a gold id to a prediction."""

    preds: list[_Pred]
    core: list[dict[str, Any]]
    optional: list[dict[str, Any]]
    candidates: list[list[str]]  # per prediction, the core gold ids it matches, the most fitting first
    owner: dict[str, int]

    def unmatched_kind(self, i: int) -> str:
        """What an unmatched prediction counts as: 'neutral', 'duplicate' or 'fp'."""
        if any(_matches(g, self.preds[i]) for g in self.optional):
            return "neutral"
        return "duplicate" if self.candidates[i] else "fp"


def match_events(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> Matching:
    """Match predicted event records to core gold events one to one (the metric's matching)."""
    core = [g for g in gold if g.get("core")]
    optional = [g for g in gold if not g.get("core")]
    preds = [_pred(p) for p in predicted]
    candidates = [_ranked_candidates(p, core) for p in preds]
    owner = _maximum_matching(candidates)
    _prefer_inside(owner, {g["id"]: g for g in core}, preds)
    return Matching(preds, core, optional, candidates, owner)


def score_events(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """Score predicted event records against gold events (the metric of GUIDELINES.md)."""
    m = match_events(predicted, gold)
    gold_by_id = {g["id"]: g for g in m.core}
    taken = set(m.owner.values())
    kinds = Counter(m.unmatched_kind(i) for i in range(len(m.preds)) if i not in taken)
    fp, duplicates, neutral = kinds["fp"], kinds["duplicate"], kinds["neutral"]

    tp = len(m.owner)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, len(m.core))
    f1 = _f1(precision, recall)
    dated_inside = sum(_inside(_interval(gold_by_id[g].get("date")), m.preds[i].dates)
                       for g, i in m.owner.items())
    flagged = [g for g in m.owner if gold_by_id[g].get("status", "occurred") != "occurred"]
    status_right = sum(m.preds[m.owner[g]].status == gold_by_id[g]["status"] for g in flagged)
    return {
        "predicted": len(m.preds),
        "core_gold": len(m.core),
        "tp": tp,
        "fp": fp,
        "duplicates": duplicates,
        "neutral": neutral,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "date_within_gold": f"{dated_inside}/{tp}",
        "non_occurred_status_right": f"{status_right}/{len(flagged)}",
        "missed": sorted(set(gold_by_id) - set(m.owner)),
    }


def score_files(predicted: str | Path, gold: str | Path) -> dict[str, Any]:
    """Score a JSONL file of predicted events against a JSONL gold file."""
    return score_events(load_jsonl(predicted), load_jsonl(gold))


def format_score(result: dict[str, Any]) -> str:
    """Print a score as 'key: value' lines, like the reference script."""
    return "\n".join(f"{key}: {value}" for key, value in result.items())


# --- the PLOVER gold-standard sentences ----------------------------------------------


@dataclass(frozen=True)
class GsrRecord:
    """One PLOVER gold-standard sentence and the event coded in it."""

    id: str
    text: str
    event_type: str
    mode: str | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    label: str  # the label as printed in the file, before mapping old names


def _actor_codes(actors: Any) -> tuple[str, ...]:
    """The codes of a GSR source or target list ('' or null: none)."""
    if not isinstance(actors, list):
        return ()
    return tuple(a["code"] for a in actors if isinstance(a, dict) and a.get("code"))


def _gsr_record(raw: dict[str, Any]) -> GsrRecord:
    """Turn one GSR JSON object into a record with current PLOVER labels."""
    label = raw["event"]
    return GsrRecord(id=raw["id"], text=raw["text"], event_type=OLD_PLOVER_LABELS.get(label, label),
                     mode=raw.get("mode") or None, source=_actor_codes(raw.get("source")),
                     target=_actor_codes(raw.get("target")), label=label)


def load_plover_gsr(path: str | Path) -> list[GsrRecord]:
    """Read PLOVER_GSR_CAMEO.json, skipping its DOCUMENT record and mapping old labels."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableInput(f"cannot read the PLOVER GSR file: {exc}", path=str(path)) from exc
    if not isinstance(data, list):
        raise InputError("expected a JSON list of coded sentences", path=str(path))
    try:
        return [_gsr_record(raw) for raw in data if raw.get("event") != "DOCUMENT"]
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"a record lacks a field the GSR format requires: {exc}", path=str(path)) from exc


def _type_scores(gold: Counter[str], predicted: Counter[str], correct: Counter[str],
                 types: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Precision, recall and F1 per event type."""
    scores = {}
    for t in types:
        precision, recall = _ratio(correct[t], predicted[t]), _ratio(correct[t], gold[t])
        f1 = _f1(precision, recall)
        scores[t] = {"gold": gold[t], "predicted": predicted[t], "correct": correct[t],
                     "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
    return scores


def _ordered(labels: Iterable[str]) -> list[str]:
    """PLOVER types in their canonical order, other labels after them alphabetically."""
    canon = plover_types()
    present = set(labels)
    return [t for t in canon if t in present] + sorted(present - set(canon))


def gsr_report(records: list[GsrRecord], predict: Callable[[str], str | None]) -> dict[str, Any]:
    """Run a sentence coder over GSR records: accuracy, per-type scores, confusion matrix."""
    pairs = [(r.event_type, predict(r.text) or NO_EVENT) for r in records]
    gold = Counter(g for g, _ in pairs)
    predicted = Counter(p for _, p in pairs if p != NO_EVENT)
    correct = Counter(g for g, p in pairs if g == p)
    types = _ordered(list(gold) + list(predicted))
    confusion = {g: {p: 0 for p in [*types, NO_EVENT]} for g in _ordered(gold)}
    for g, p in pairs:
        confusion[g][p] += 1
    return {
        "records": len(records),
        "correct": sum(correct.values()),
        "accuracy": round(_ratio(sum(correct.values()), len(records)), 3),
        "no_event": sum(1 for _, p in pairs if p == NO_EVENT),
        "per_type": _type_scores(gold, predicted, correct, types),
        "confusion": confusion,
    }


def format_gsr_report(report: dict[str, Any]) -> str:
    """Print a GSR report as text tables: summary, per-type scores, confusion matrix."""
    summary = (f"records: {report['records']}  correct: {report['correct']}  "
               f"accuracy: {report['accuracy']:.3f}  no event: {report['no_event']}")
    lines = [summary, ""]
    lines.append(f"{'type':<10} {'gold':>5} {'pred':>5} {'right':>5} {'prec':>6} {'recall':>6} {'f1':>6}")
    for t, s in report["per_type"].items():
        lines.append(f"{t:<10} {s['gold']:>5} {s['predicted']:>5} {s['correct']:>5} "
                     f"{s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}")
    confusion = report["confusion"]
    if confusion:
        columns = list(next(iter(confusion.values())))
        lines += ["", "confusion (rows: gold, columns: predicted; names cut to 4 letters)"]
        lines.append(f"{'':<10}" + "".join(f"{c[:4]:>5}" for c in columns))
        for g, row in confusion.items():
            lines.append(f"{g:<10}" + "".join(f"{row[c] or '.':>5}" for c in columns))
    return "\n".join(lines)
