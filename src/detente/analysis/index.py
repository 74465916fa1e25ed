"""The cooperation-conflict index of a set of events.

The index is the sum and the mean of the PLOVER intensity of the events that occurred
(``detente.ontology.intensity(type, mode)``: +10 for material aid down to -10 for
assault), with the sum and mean of their Goldstein values beside it. Planned,
negotiated, cancelled, rumoured and negated acts did not happen and do not count; each
incident counts once, however many documents report it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..ontology import intensity, plover_types

OCCURRED = "occurred"


@dataclass(frozen=True)
class Index:
    """The index of a set of events: n counts the occurred events with a PLOVER type."""

    n: int
    intensity_sum: float
    intensity_mean: float | None
    goldstein_sum: float
    goldstein_mean: float | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "intensity_sum": self.intensity_sum,
            "intensity_mean": self.intensity_mean,
            "goldstein_sum": self.goldstein_sum,
            "goldstein_mean": self.goldstein_mean,
        }


def occurred(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events whose status is 'occurred'."""
    return [r for r in records if r.get("status") == OCCURRED]


def event_intensity(record: dict[str, Any]) -> float | None:
    """The PLOVER intensity of an event's type and mode, or None when it has no PLOVER type."""
    event_type = record.get("event_type")
    if event_type not in plover_types():
        return None
    return intensity(event_type, record.get("mode"))


def index_of(records: Iterable[dict[str, Any]]) -> Index:
    """The index of the events that occurred among `records`."""
    scores: list[float] = []
    goldsteins: list[float] = []
    for r in occurred(records):
        score = event_intensity(r)
        if score is None:
            continue
        scores.append(score)
        if r.get("goldstein") is not None:
            goldsteins.append(float(r["goldstein"]))
    return Index(
        n=len(scores),
        intensity_sum=_round(sum(scores)),
        intensity_mean=_round(sum(scores) / len(scores)) if scores else None,
        goldstein_sum=_round(sum(goldsteins)),
        goldstein_mean=_round(sum(goldsteins) / len(goldsteins)) if goldsteins else None,
    )


def _round(value: float) -> float:
    """Two decimals: the scales are given to one, and sums of them should not print 12.000000001."""
    return round(float(value), 2)
