"""The profile of a dyad: per period, what happened and how cooperative it was.

Each row counts incidents (one per real-world act). `events` and the status mix count
every status; the counts by PLOVER type and quad class, the index and the military share
count the events that occurred. Periods follow :mod:`detente.analysis.periods`: dated
rows in order, then a "coarse" row (dated too coarsely for the period) and an "undated"
row when they have events. Everything is counted from a tally of the incidents (tally.py),
built from records or read from the store's summary table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import STATUSES
from ..ontology import QUAD_CLASSES, plover_types
from .index import Index, index_of_tally
from .periods import COARSE, UNDATED, checked_by, period_label, period_of
from .tally import Tally, tally
from .tally import by_period as tally_by_period

Record = dict[str, Any]


@dataclass(frozen=True)
class PeriodRow:
    """The profile of one period (or of the coarse or undated events)."""

    period: str  # '1965', '1960s', 'coarse' or 'undated'
    first_year: int | None
    last_year: int | None
    events: int
    types: dict[str, int]
    quad_classes: dict[int, int]
    index: Index
    military_share: float | None
    statuses: dict[str, int]

    @property
    def occurred(self) -> int:
        return self.statuses.get("occurred", 0)

    def as_dict(self) -> dict[str, Any]:
        """The row as a JSON object (nested counts)."""
        return {
            "period": self.period,
            "first_year": self.first_year,
            "last_year": self.last_year,
            "events": self.events,
            "occurred": self.occurred,
            **{k: v for k, v in self.index.as_dict().items() if k != "n"},
            "military_share": self.military_share,
            "types": self.types,
            "quad_classes": {str(k): v for k, v in self.quad_classes.items()},
            "statuses": self.statuses,
        }

    def as_flat(self) -> dict[str, Any]:
        """The row as one flat CSV row: a column per PLOVER type, quad class and status."""
        row = {k: v for k, v in self.as_dict().items() if k not in ("types", "quad_classes", "statuses")}
        row.update({f"type_{t}": self.types.get(t, 0) for t in plover_types()})
        row.update({f"quad_{q}": self.quad_classes.get(q, 0) for q in QUAD_CLASSES})
        row.update({f"status_{s}": self.statuses.get(s, 0) for s in STATUSES})
        return row


@dataclass(frozen=True)
class Profile:
    """A dyad's rows by period, with the coarse and undated rows apart and the whole span's total."""

    by: str
    rows: list[PeriodRow]
    coarse: PeriodRow | None
    undated: PeriodRow | None
    total: PeriodRow

    def all_rows(self) -> list[PeriodRow]:
        """The period rows, then the coarse and undated rows when there are any."""
        return self.rows + [r for r in (self.coarse, self.undated) if r is not None]

    @property
    def span(self) -> tuple[int, int] | None:
        """The first and last year of the dated periods."""
        if not self.rows:
            return None
        return self.rows[0].first_year or 0, self.rows[-1].last_year or 0


def period_row(period: str, first: int | None, last: int | None, counts: Tally) -> PeriodRow:
    """Count a period's incidents (see the module docstring for what counts where)."""
    types: Counter[str] = Counter()
    quads: Counter[int] = Counter()
    statuses: Counter[str] = Counter()
    happened = military = 0
    for key, n in counts.items():
        statuses[key.status or "occurred"] += n
        if key.status != "occurred":
            continue
        happened += n
        military += n if key.military else 0
        if key.event_type:
            types[key.event_type] += n
        if key.quad_class:
            quads[key.quad_class] += n
    return PeriodRow(
        period=period,
        first_year=first,
        last_year=last,
        events=sum(counts.values()),
        types={t: types[t] for t in plover_types() if types[t]},
        quad_classes={q: quads[q] for q in QUAD_CLASSES if quads[q]},
        index=index_of_tally(counts),
        military_share=round(military / happened, 3) if happened else None,
        statuses={s: statuses[s] for s in STATUSES if statuses[s]},
    )


def by_period(records: Iterable[Record], by: str) -> dict[int | str, list[Record]]:
    """The events of each period (first year, or COARSE / UNDATED), in no particular order."""
    grouped: dict[int | str, list[Record]] = {}
    for r in records:
        grouped.setdefault(period_of(r, by), []).append(r)
    return grouped


def profile(records: Sequence[Record], by: str = "year", periods: Iterable[int] | None = None) -> Profile:
    """The profile of a dyad's events by year or decade.

    periods: the first years of the dated periods to show (empty ones get zero rows); by
    default the periods that have events.
    """
    return profile_of_tally(tally(records), by, periods)


def profile_of_tally(counts: Tally, by: str = "year", periods: Iterable[int] | None = None) -> Profile:
    """The profile of a dyad's tally of incidents (see profile)."""
    by = checked_by(by)
    grouped = tally_by_period(counts, by)
    starts = sorted(periods) if periods is not None else sorted(k for k in grouped if isinstance(k, int))
    width = 9 if by == "decade" else 0
    rows = [period_row(period_label(p, by), p, p + width, grouped.get(p, Counter())) for p in starts]
    coarse = period_row(COARSE, None, None, grouped[COARSE]) if COARSE in grouped else None
    undated = period_row(UNDATED, None, None, grouped[UNDATED]) if UNDATED in grouped else None
    first = rows[0].first_year if rows else None
    last = rows[-1].last_year if rows else None
    return Profile(by, rows, coarse, undated, period_row("total", first, last, counts))


def dated_periods(records: Iterable[Record], by: str) -> set[int]:
    """The first years of the periods that hold at least one of the events."""
    return dated_periods_of_tally(tally(records), by)


def dated_periods_of_tally(counts: Tally, by: str) -> set[int]:
    """The first years of the periods that hold at least one incident of the tally."""
    return {p for p in tally_by_period(counts, by) if isinstance(p, int)}
