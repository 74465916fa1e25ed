"""Phases of a relationship: turning points in its yearly index.

Method (stated in every report): the series is the yearly sum of PLOVER intensity of
the events that occurred, dated to a year or finer, from the first such year to the
last, empty years counting 0. Turning points are the change points of its mean found
by PELT (``ruptures``, cost "l2", every year a candidate) with a penalty of
3·σ²·ln(n) per turning point (a conservative BIC), σ being the noise scale estimated
from the year-to-year differences (their standard deviation / √2, at least 1 intensity
unit); a phase lasts at least three years. With fewer than 8 such events or 6 years with events, there are too
few for phases and none are invented.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .index import OCCURRED, Index, index_of_tally, type_intensity
from .landmarks import Landmark
from .tally import Tally, exact_sum, period_of_key, tally

Record = dict[str, Any]

MIN_EVENTS = 8
MIN_YEARS = 6
MIN_PHASE_YEARS = 3
# 2 is the textbook BIC; on 30 years of pure noise 3 finds a false turning point in 2% of series, not 8%
PENALTY_FACTOR = 3.0
MIN_NOISE = 1.0
METHOD = (
    "PELT change points in the mean of the yearly index sum (ruptures, cost l2, minimum phase "
    f"{MIN_PHASE_YEARS} years), penalty {PENALTY_FACTOR:g}·σ²·ln(n) with σ from the year-to-year "
    f"differences (at least {MIN_NOISE:g})"
)


@dataclass(frozen=True)
class YearlySeries:
    """The yearly index sum from the first year with an event to the last, empty years 0."""

    years: list[int]
    values: list[float]
    counts: list[int]

    @property
    def n_events(self) -> int:
        return sum(self.counts)

    @property
    def active_years(self) -> int:
        return sum(1 for c in self.counts if c)


@dataclass(frozen=True)
class Phase:
    """A span of years with its level, dominant event types and landmarks."""

    first_year: int
    last_year: int
    index: Index
    level: float  # mean yearly index sum over the phase's years (empty years count 0)
    events: int
    dominant_types: list[tuple[str, int]]
    landmarks: list[Landmark] = field(default_factory=list)

    @property
    def years(self) -> int:
        return self.last_year - self.first_year + 1

    @property
    def tone(self) -> str:
        """cooperative, conflictual or mixed, from the mean intensity per event."""
        mean = self.index.intensity_mean
        if mean is None:
            return "quiet"
        if mean >= 2:
            return "cooperative"
        if mean <= -2:
            return "conflictual"
        return "mixed"

    def as_dict(self) -> dict[str, Any]:
        return {
            "first_year": self.first_year,
            "last_year": self.last_year,
            "level": self.level,
            "tone": self.tone,
            "events": self.events,
            **{k: v for k, v in self.index.as_dict().items() if k != "n"},
            "dominant_types": [t for t, _ in self.dominant_types],
            "landmarks": [{"landmark": lm.key, "date": lm.date, "event": lm.record["id"]} for lm in self.landmarks],
        }


@dataclass(frozen=True)
class PhaseResult:
    """The phases found (none when there are too few events), the turning points and why."""

    phases: list[Phase]
    turning_points: list[int]  # first year of every phase after the first
    series: YearlySeries
    penalty: float | None
    note: str | None  # e.g. '3 events, 2001-2003: too few for phases'
    method: str = METHOD


def yearly_series(records: Sequence[Record]) -> YearlySeries:
    """The yearly index sum of the events that occurred and are dated to a year or finer."""
    return yearly_series_of_tally(tally(records))


def _yearly(counts: Tally) -> Tally:
    """The incidents that occurred, have a PLOVER type and are dated to a year or finer."""
    return Counter({k: n for k, n in counts.items() if k.status == OCCURRED
                    and isinstance(period_of_key(k, "year"), int) and type_intensity(k.event_type, k.mode) is not None})


def yearly_series_of_tally(counts: Tally) -> YearlySeries:
    """The yearly index sum of a tally's incidents that occurred, dated to a year or finer."""
    scores: dict[int, Counter[float]] = {}
    for key, n in _yearly(counts).items():
        score = type_intensity(key.event_type, key.mode)
        assert key.year is not None and score is not None
        scores.setdefault(key.year, Counter())[score] += n
    if not scores:
        return YearlySeries([], [], [])
    years = list(range(min(scores), max(scores) + 1))
    sums = {y: round(float(exact_sum(c)), 2) for y, c in scores.items()}
    counted = [sum(scores.get(y, Counter()).values()) for y in years]
    return YearlySeries(years, [sums.get(y, 0.0) for y in years], counted)


def noise_scale(values: Sequence[float]) -> float:
    """The noise standard deviation estimated from first differences (a level shift moves one
    difference only), at least MIN_NOISE so that a noiseless series still gets a penalty."""
    if len(values) < 3:
        return MIN_NOISE
    diffs = [b - a for a, b in zip(values, values[1:], strict=False)]
    mean = sum(diffs) / len(diffs)
    sd = math.sqrt(sum((d - mean) ** 2 for d in diffs) / (len(diffs) - 1))
    return max(sd / math.sqrt(2), MIN_NOISE)


def penalty(values: Sequence[float]) -> float:
    """The PELT penalty per turning point: PENALTY_FACTOR·σ²·ln(n)."""
    return PENALTY_FACTOR * noise_scale(values) ** 2 * math.log(max(len(values), 2))


def find_breaks(values: Sequence[float], min_size: int = MIN_PHASE_YEARS, pen: float | None = None) -> list[int]:
    """Indices where a new segment of different mean starts (0 and len(values) excluded)."""
    if len(values) < 2 * min_size:
        return []
    # numpy and ruptures load only when phases are found: `import detente.analysis` stays quick
    import numpy as np
    import ruptures

    signal = np.asarray(values, dtype=float).reshape(-1, 1)
    algo = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(signal)
    ends = algo.predict(pen=penalty(values) if pen is None else pen)
    return [e for e in ends if 0 < e < len(values)]


def too_few_note(series: YearlySeries) -> str | None:
    """Why there are no phases, when there are too few events; None when there are enough."""
    n, years = series.n_events, series.active_years
    if n >= MIN_EVENTS and years >= MIN_YEARS:
        return None
    span = f"{series.years[0]}-{series.years[-1]}" if series.years else "no dated years"
    if series.years and series.years[0] == series.years[-1]:
        span = str(series.years[0])
    noun = "event" if n == 1 else "events"
    in_years = f"{years} year{'' if years == 1 else 's'} with events"
    return (
        f"{n} {noun}, {span}: too few for phases ({in_years}; phases need at least {MIN_EVENTS} events "
        f"that occurred in {MIN_YEARS} different years)"
    )


def describe_phase(first: int, last: int, counts: Tally, marks: Sequence[Landmark]) -> Phase:
    """A phase's index, level, dominant types and landmarks from the incidents of its years."""
    inside: Tally = Counter({k: n for k, n in counts.items() if k.status == OCCURRED
                             and isinstance(period_of_key(k, "year"), int) and first <= (k.year or 0) <= last})
    index = index_of_tally(inside)
    types: Counter[str] = Counter()
    for key, n in inside.items():
        if key.event_type:
            types[key.event_type] += n
    return Phase(
        first_year=first,
        last_year=last,
        index=index,
        level=round(index.intensity_sum / (last - first + 1), 2),
        events=sum(inside.values()),
        dominant_types=_most_common(types, 3),
        landmarks=[lm for lm in marks if first <= int(lm.date[:4]) <= last],
    )


def _most_common(counts: Counter[str], n: int) -> list[tuple[str, int]]:
    """The n largest counts, ties by name: the same whatever order the incidents were counted in."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def phases(records: Sequence[Record], marks: Sequence[Landmark] = ()) -> PhaseResult:
    """The phases of a dyad's relationship (see the module docstring for the method)."""
    return phases_of_tally(tally(records), marks)


def phases_of_tally(counts: Tally, marks: Sequence[Landmark] = ()) -> PhaseResult:
    """The phases of a dyad's tally of incidents (see phases)."""
    series = yearly_series_of_tally(counts)
    note = too_few_note(series)
    if note is not None:
        return PhaseResult([], [], series, None, note)
    pen = penalty(series.values)
    starts = [0, *find_breaks(series.values, pen=pen)]
    ends = [*starts[1:], len(series.years)]
    spans = [(series.years[s], series.years[e - 1]) for s, e in zip(starts, ends, strict=True)]
    found = [describe_phase(a, b, counts, marks) for a, b in spans]
    return PhaseResult(found, [a for a, _ in spans[1:]], series, round(pen, 2), None)
