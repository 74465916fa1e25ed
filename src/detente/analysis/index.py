"""The cooperation-conflict index of a set of events.

The index is the sum and the mean of the PLOVER intensity of the events that occurred
(``detente.ontology.intensity(type, mode)``: +10 for material aid down to -10 for
assault), with the sum and mean of their Goldstein values beside it. Planned,
negotiated, cancelled, rumoured and negated acts did not happen and do not count; each
incident counts once, however many documents report it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ..ontology import intensity, plover_types
from .tally import Tally, exact_sum, tally

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
    return type_intensity(record.get("event_type"), record.get("mode"))


def type_intensity(event_type: str | None, mode: str | None) -> float | None:
    """The PLOVER intensity of a type and mode, or None for a type that is not PLOVER's."""
    if event_type not in plover_types():
        return None
    return intensity(event_type, mode)


def index_of(records: Iterable[dict[str, Any]]) -> Index:
    """The index of the events that occurred among `records`."""
    return index_of_tally(tally(records))


def index_of_tally(counts: Tally) -> Index:
    """The index of the incidents of a tally that occurred."""
    scores: Counter[float] = Counter()
    goldsteins: Counter[float] = Counter()
    for key, n in counts.items():
        score = type_intensity(key.event_type, key.mode) if key.status == OCCURRED else None
        if score is None:
            continue
        scores[score] += n
        if key.goldstein is not None:
            goldsteins[key.goldstein] += n
    n_scores, n_goldsteins = sum(scores.values()), sum(goldsteins.values())
    score_sum, goldstein_sum = exact_sum(scores), exact_sum(goldsteins)
    return Index(
        n=n_scores,
        intensity_sum=_round(score_sum),
        intensity_mean=_round(score_sum / n_scores) if n_scores else None,
        goldstein_sum=_round(goldstein_sum),
        goldstein_mean=_round(goldstein_sum / n_goldsteins) if n_goldsteins else None,
    )


def _round(value: float | Fraction) -> float:
    """Two decimals: the scales are given to one, and sums of them should not print 12.000000001."""
    return round(float(value), 2)
