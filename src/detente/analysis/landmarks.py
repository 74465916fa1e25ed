"""Landmark events: the first defence agreement, the first joint exercise, an embargo lifted ...

Which acts are landmarks is data (``data/landmarks.tsv``); a landmark is the earliest
event that can be cited for it and matches its row. An event can be cited when it was coded
from a text, occurred, was not rejected by an analyst, has a confidence of at least
MIN_CONFIDENCE, and is dated by its own sentence: a full date ("in August 2015", basis
"explicit"), or a time expression of the quoted sentence resolved against the narrative or the
day of writing ("that June", "on Tuesday"). A fallback date (the narrative time of a sentence
with no time of its own, the publication day, a cited source's date) never makes a landmark.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from .event_kinds import act_of, act_rules, is_military, is_summit, read_table
from .index import OCCURRED

Record = dict[str, Any]

# the coder gives 0.9 when both actors are read from the sentence and its date is explicit, 0.65 when an
# actor comes from the discourse ("the two sides") with an explicit date, 0.55 with neither
MIN_CONFIDENCE = 0.6


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


def citable(record: Record) -> bool:
    """Whether an event may stand as a landmark: see the module's docstring."""
    return (record.get("status") == OCCURRED and record.get("origin", "text") == "text"
            and record.get("curation") != "rejected"
            and (record.get("confidence") or 0.0) >= MIN_CONFIDENCE and dated_by_its_sentence(record))


def dated_by_its_sentence(record: Record) -> bool:
    """Whether the event's date is stated in its own sentence, not a fallback."""
    date = record.get("date") or {}
    if date.get("start") is None:
        return False
    if date.get("basis") == "explicit":
        return True
    written = date.get("text") or ""
    quote = (record.get("evidence") or {}).get("text") or ""
    return date.get("basis") in ("discourse", "publication") and bool(written) and written in quote


def landmarks(records: Iterable[Record]) -> list[Landmark]:
    """The landmarks found among the events that can be cited, in date order (each at most once)."""
    dated = sorted((r for r in records if citable(r)), key=_date_key)
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


def earlier_in_dataset(mark: Landmark | None, dataset_records: Iterable[Record], act: str = "arms") -> Record | None:
    """The earliest dataset event of an act (an arms transfer of SIPRI) that ends before the landmark
    from the texts starts; with no landmark, the earliest such event at all. None when the texts come
    first (a dataset record of the same year as a text dated to the month is not earlier)."""
    dated = sorted((r for r in dataset_records if (r.get("date") or {}).get("start") and r.get("status") == OCCURRED
                    and r.get("curation") != "rejected" and (rule := act_of(r)) is not None and rule.act == act),
                   key=_date_key)
    if not dated:
        return None
    first = dated[0]
    if mark is None:
        return first
    return first if _date_key(first)[1] < mark.date else None
