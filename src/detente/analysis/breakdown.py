"""How a dyad's events divide: defence cooperation groups, drivers over time, acts not (yet) done."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import STATUSES
from .event_kinds import defence_group, driver_labels, drivers_of, groups
from .index import OCCURRED, occurred
from .periods import COARSE, UNDATED, period_label
from .profile import by_period

Record = dict[str, Any]


def defence_cooperation(records: Iterable[Record]) -> list[tuple[str, str, list[Record]]]:
    """(group key, label, events) for each Defence cooperation group with events, every status."""
    found: dict[str, list[Record]] = {}
    for r in records:
        group = defence_group(r)
        if group is not None:
            found.setdefault(group, []).append(r)
    return [(g.key, g.label, found[g.key]) for g in groups() if g.key in found]


@dataclass(frozen=True)
class DriverRow:
    """The drivers of one period's events that occurred (an event may show several)."""

    period: str
    events: int
    counts: dict[str, int]


def driver_mix(records: Sequence[Record], by: str, periods: Sequence[int] | None = None) -> list[DriverRow]:
    """Per period (and for coarse and undated events), how many occurred events show each driver."""
    grouped = by_period(occurred(records), by)
    starts = sorted(periods) if periods is not None else sorted(k for k in grouped if isinstance(k, int))
    keys: list[int | str] = [*starts, *(k for k in (COARSE, UNDATED) if k in grouped)]
    labels = driver_labels()
    rows = []
    for key in keys:
        events = grouped.get(key, [])
        counts = Counter(d for r in events for d in drivers_of(r))
        label = period_label(key, by) if isinstance(key, int) else key
        rows.append(DriverRow(label, len(events), {d: counts[d] for d in labels if counts[d]}))
    return rows


def driver_totals(rows: Sequence[DriverRow]) -> dict[str, int]:
    """Events showing each driver over all periods."""
    total: Counter[str] = Counter()
    for row in rows:
        total.update(row.counts)
    return {d: total[d] for d in driver_labels() if total[d]}


def not_happened(records: Iterable[Record]) -> list[tuple[str, list[Record]]]:
    """(status, events) for every status other than 'occurred' that has events, in STATUSES order."""
    found: dict[str, list[Record]] = {}
    for r in records:
        status = r.get("status") or OCCURRED
        if status != OCCURRED:
            found.setdefault(status, []).append(r)
    return [(s, found[s]) for s in STATUSES if s in found]
