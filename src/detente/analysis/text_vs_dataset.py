"""What the events coded from text and a dataset's events say about one dyad: the acts both record
(matched), those only the text records, and those only the dataset records.

A text event and a dataset event match when, all together:

1. their types are compatible: the same PLOVER type, or a pair listed for the dataset in
   analysis/data/text_vs_dataset.tsv (a SIPRI order, AID, matches a text's "signed a deal for four Mi-35
   helicopters", SUPPORT, when the text names the weapon), and the text event is of a kind of act
   the row admits (an arms purchase, never a training agreement);
2. their directions agree: the same source and target, unless either is reciprocal or the rule says
   otherwise (a buyer "ordered from" the supplier is the reverse of the supplier's transfer);
3. their date intervals overlap, each widened by a tolerance of some days. A SIPRI order runs from
   the year of order to the last year of delivery, so a text's "delivered in 2017" matches it.

Each text event is paired with its best match (the weapon named, then the same direction, then the
nearest date); the other dataset events it matches are listed with it, and count as matched too.
Only events that occurred can match: a planned or rumoured act stays "only in the text". A text
event the dataset could never hold (a visit, for SIPRI) is left out of "only in the text" and counted
apart, per type.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from ..actors.succession import historic_states
from ..errors import OptionError
from ..sources.datasets import check_dataset
from ..store import Store
from .event_kinds import act_of, read_table

DEFAULT_DAYS = 7
Record = dict[str, Any]
_ALNUM = re.compile(r"[^0-9a-z]+")
_YEARS = re.compile(r"\b(\d{4})\b")


@dataclass(frozen=True)
class Rule:
    """A text event type that matches a dataset event type (see text_vs_dataset.tsv)."""

    text_type: str
    direction: str  # same | reverse | any
    weapon: bool  # the text must name the weapon
    acts: frozenset[str] = frozenset()  # the kinds of act (acts.tsv) the text event must be; empty: any

    def admits(self, text: Record) -> bool:
        """Whether a text event is of this rule's type and, when it names kinds of act, of one of them."""
        if text.get("event_type") != self.text_type:
            return False
        if not self.acts:
            return True
        act = act_of(text)
        return act is not None and act.act in self.acts


@cache
def _rules() -> dict[tuple[str, str], tuple[Rule, ...]]:
    table: dict[tuple[str, str], list[Rule]] = {}
    for row in read_table("text_vs_dataset.tsv"):
        acts = frozenset(a.strip() for a in (row.get("acts") or "").split(",") if a.strip())
        rule = Rule(row["text_type"], row["direction"], row["weapon"] == "yes", acts)
        table.setdefault((row["dataset"], row["dataset_type"]), []).append(rule)
    return {key: tuple(rules) for key, rules in table.items()}


def holds(dataset: str, text: Record) -> bool:
    """Whether a dataset could record a text event: any event for a dataset with no rows in text_vs_dataset.tsv
    (GDELT, ICEWS, POLECAT code every kind of act); for one with rows (SIPRI: arms transfers), only an
    event that one of its rows admits."""
    narrow = [rule for (name, _), rs in _rules().items() if name == dataset for rule in rs]
    return not narrow or any(rule.admits(text) for rule in narrow)


def rules(dataset: str, dataset_type: str | None) -> tuple[Rule, ...]:
    """The rules for a dataset event of a type: the same type and direction, then those of text_vs_dataset.tsv."""
    same = (Rule(dataset_type, "same", False),) if dataset_type else ()
    return same + _rules().get((dataset, dataset_type or ""), ())


def actor_key(actor: dict[str, Any]) -> str:
    """The key an actor is compared under: its country (the state today for a historic one: a dyad
    stays the same across a change of name), else its code."""
    key = actor.get("country") or actor.get("code") or ""
    return historic_states().get(key, key)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def interval(record: Record, days: int) -> tuple[date, date] | None:
    """The dates of an event widened by days on either side (None when undated). A SIPRI order runs
    to the end of its last year of delivery."""
    start, end = _day(record["date"]["start"]), _day(record["date"]["end"])
    if start is None or end is None:
        return None
    if record.get("origin") == "sipri":
        years = [int(y) for y in _YEARS.findall((record.get("original") or {}).get("Year(s) of delivery", ""))]
        if years and max(years) > end.year:
            end = date(max(years), 12, 31)
    pad = timedelta(days=days)
    return start - pad, end + pad


def _folded(text: str) -> str:
    return _ALNUM.sub("", text.lower())


_MODEL = re.compile(r"[a-z]+[- ]?\d+[a-z0-9-]*", re.IGNORECASE)  # Mi-35, Su-30MKI, F-16, T-72B


def _variant(a: str, b: str) -> bool:
    """Whether two folded model names are one model: equal, or one is the other plus a version
    letter or two (Mi35 and Mi35m, F16 and F16a)."""
    short, long = sorted((a, b), key=len)
    return short == long or (long.startswith(short) and long[len(short):].isalpha() and len(long) - len(short) <= 3)


def weapon_named(text: Record, dataset: Record) -> int:
    """2 when the text names the dataset event's weapon designation (Mi-35 for Mi-35M), 1 when it names
    what it is (helicopter for combat helicopter), 0 otherwise. Only SIPRI events have weapons."""
    original = dataset.get("original") or {}
    words = f"{text['evidence'].get('text') or ''} {text.get('trigger') or ''}"
    models = {_folded(m) for m in _MODEL.findall(words)}
    designations = [_folded(d) for d in re.split(r"[/;]", original.get("Weapon designation", ""))]
    if any(_variant(m, d) for m in models for d in designations if len(d) >= 3):
        return 2
    description = original.get("Weapon description", "").split()
    noun = description[-1].lower().rstrip("s") if description else ""
    if len(noun) >= 3 and re.search(rf"\b{re.escape(noun)}(?:e?s)?\b", words.lower()):
        return 1
    return 0


def _direction(text: Record, dataset: Record) -> str | None:
    """'same' or 'reverse' when the two events are of one dyad, else None."""
    ts, tt = actor_key(text["source"]), actor_key(text["target"])
    ds, dt = actor_key(dataset["source"]), actor_key(dataset["target"])
    if (ts, tt) == (ds, dt):
        return "same"
    if (ts, tt) == (dt, ds):
        return "reverse"
    return None


def _direction_fits(wanted: str, found: str, reciprocal: bool) -> bool:
    """A mutual act ("A and B signed") fits either direction, but not a rule that needs the reverse
    one (a buyer ordering from a supplier is one-way)."""
    if wanted == "any":
        return True
    if wanted == "reverse":
        return found == "reverse" and not reciprocal
    return found == "same" or reciprocal


def score(text: Record, dataset: Record, dataset_name: str) -> float | None:
    """How well a text event matches a dataset event of the same dyad and overlapping dates (None: no match)."""
    if text.get("status") != "occurred":
        return None
    direction = _direction(text, dataset)
    if direction is None:
        return None
    reciprocal = bool(text.get("reciprocal") or dataset.get("reciprocal"))
    named = weapon_named(text, dataset) if dataset_name == "sipri" else 0
    for rule in rules(dataset_name, dataset.get("event_type")):
        if not rule.admits(text) or (rule.weapon and not named):
            continue
        if _direction_fits(rule.direction, direction, reciprocal):
            return 2.0 * named + (1.0 if direction == "same" else 0.0)
    return None


@dataclass
class Match:
    """A text event and the dataset event that records the same act best; also: the other dataset
    events that match it."""

    text: Record
    dataset: Record
    score: float
    also: list[str] = field(default_factory=list)


@dataclass
class Comparison:
    """The three groups of a comparison, each in date order."""

    a: str
    b: str
    dataset: str
    days: int
    matched: list[Match] = field(default_factory=list)
    text_only: list[Record] = field(default_factory=list)
    dataset_only: list[Record] = field(default_factory=list)
    left_out: dict[str, int] = field(default_factory=dict)  # text events the dataset cannot hold, per type

    def counts(self) -> dict[str, int]:
        covered = {m.dataset["id"] for m in self.matched} | {i for m in self.matched for i in m.also}
        return {
            "matched": len(self.matched),
            "dataset_events_matched": len(covered),
            "text_only": len(self.text_only),
            "dataset_only": len(self.dataset_only),
            "left_out": sum(self.left_out.values()),
        }

    def rows(self) -> Iterator[dict[str, Any]]:
        """One dict per line of output: group, text, dataset, score, also."""
        for m in self.matched:
            yield {"group": "matched", "text": m.text, "dataset": m.dataset, "score": m.score, "also": m.also}
        for r in self.text_only:
            yield {"group": "text_only", "text": r, "dataset": None, "score": None, "also": []}
        for r in self.dataset_only:
            yield {"group": "dataset_only", "text": None, "dataset": r, "score": None, "also": []}


def compare(text_events: list[Record], dataset_events: list[Record], dataset: str, a: str = "", b: str = "",
            days: int = DEFAULT_DAYS) -> Comparison:
    """Compare the text-coded events of a dyad with a dataset's events of the same dyad."""
    result = Comparison(a, b, dataset, days)
    spans = sorted(
        ((span, r) for r in dataset_events if (span := interval(r, 0)) is not None), key=lambda item: item[0][0]
    )
    starts = [span[0] for span, _ in spans]
    longest = max(((e - s) for (s, e), _ in spans), default=timedelta(0))
    covered: set[str] = set()
    for text in text_events:
        found = _candidates(text, spans, starts, longest, dataset, days)
        if not found and not holds(dataset, text):
            kind = text.get("event_type") or "untyped"
            result.left_out[kind] = result.left_out.get(kind, 0) + 1
            continue
        if not found:
            result.text_only.append(text)
            continue
        found.sort(key=lambda item: (-item[0], _distance(text, item[1]), item[1]["id"]))
        best, others = found[0], found[1:]
        result.matched.append(Match(text, best[1], best[0], [r["id"] for _, r in others]))
        covered.update(r["id"] for _, r in found)
    result.dataset_only = [r for r in dataset_events if r["id"] not in covered]
    return result


def _candidates(
    text: Record,
    spans: list[tuple[tuple[date, date], Record]],
    starts: list[date],
    longest: timedelta,
    dataset: str,
    days: int,
) -> list[tuple[float, Record]]:
    """The dataset events a text event matches, keeping only those naming the weapon when some do."""
    window = interval(text, days)
    if window is None:
        return []
    lo = bisect.bisect_left(starts, window[0] - longest)
    hi = bisect.bisect_right(starts, window[1])
    found = []
    for (start, end), record in spans[lo:hi]:
        if start <= window[1] and end >= window[0]:
            s = score(text, record, dataset)
            if s is not None:
                found.append((s, record))
    named = max((s // 2 for s, _ in found), default=0)
    return [(s, r) for s, r in found if s // 2 == named] if named else found


def _distance(text: Record, dataset: Record) -> int:
    """Days between the starts of two events (for ranking matches)."""
    a, b = _day(text["date"]["start"]), _day(dataset["date"]["start"])
    return abs((a - b).days) if a and b else 1 << 30


def compare_store(store: Store, a: str, b: str, dataset: str, days: int | None = None,
                  strict_codes: bool = False) -> Comparison:
    """The events of a dyad coded from text against those imported from a dataset into the store."""
    dataset = check_dataset(dataset)
    if days is not None and days < 0:
        raise OptionError("--days", f"{days} is not a number of days: give 0 or more")
    records = store.events(dyad=(a, b), strict_codes=strict_codes, origin=None)
    text = [r for r in records if r.get("origin", "text") == "text"]
    imported = [r for r in records if r.get("origin") == dataset]
    return compare(text, imported, dataset, a.upper(), b.upper(), DEFAULT_DAYS if days is None else days)
