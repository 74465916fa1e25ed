"""Landmark events: the first defence agreement, the first joint exercise, an embargo lifted ...

Which acts are landmarks is data (``data/landmarks.tsv``); a landmark is the earliest
dated event that occurred and matches its row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from .index import occurred
from .rules import act_of, act_rules, is_military, is_summit, read_table

Record = dict[str, Any]


@dataclass(frozen=True)
class LandmarkRule:
    key: str
    label: str
    act: str
    requires: str  # '', 'defence' or 'summit'

    def matches(self, record: Record) -> bool:
        rule = act_of(record)
        if rule is None or rule.act != self.act:
            return False
        return self.matches_act(record)

    def matches_act(self, record: Record) -> bool:
        """Whether an event of this rule's act meets what the rule requires besides."""
        if self.requires == "defence":
            return is_military(record)
        if self.requires == "summit":
            return is_summit(record)
        return True


@dataclass(frozen=True)
class Landmark:
    """A landmark and the event that is it."""

    key: str
    label: str
    record: Record

    @property
    def date(self) -> str:
        return self.record["date"]["start"]


@cache
def landmark_rules() -> tuple[LandmarkRule, ...]:
    """The rows of landmarks.tsv, in print order."""
    return tuple(LandmarkRule(r["landmark"], r["label"], r["act"], r["requires"]) for r in read_table("landmarks.tsv"))


def candidate_types() -> list[str] | None:
    """The event types a landmark can have (those of the acts.tsv rows of landmark acts), or None
    when a row of such an act names no type: what a store reads to find landmarks."""
    acts = {rule.act for rule in landmark_rules()}
    types = {rule.event_type for rule in act_rules() if rule.act in acts}
    return None if "" in types else sorted(types)


def _date_key(record: Record) -> tuple[str, str]:
    d = record["date"]
    return d["start"], d.get("end") or d["start"]


def landmarks(records: Iterable[Record]) -> list[Landmark]:
    """The landmarks found among the events, in date order (each at most once)."""
    dated = sorted((r for r in occurred(records) if (r.get("date") or {}).get("start")), key=_date_key)
    waiting = list(landmark_rules())
    found: dict[str, Landmark] = {}
    for r in dated:  # each event's act is found once, and the search stops when every landmark is
        rule_act = act_of(r)
        if rule_act is None:
            continue
        for rule in [w for w in waiting if w.act == rule_act.act and w.matches_act(r)]:
            found[rule.key] = Landmark(rule.key, rule.label, r)
            waiting.remove(rule)
        if not waiting:
            break
    ordered = [found[rule.key] for rule in landmark_rules() if rule.key in found]
    return sorted(ordered, key=lambda lm: _date_key(lm.record))
