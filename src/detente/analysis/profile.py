"""The profile of a dyad: per period, what happened and how cooperative it was.

Each row counts incidents (one per real-world act). `events` and the status mix count
every status; the counts by PLOVER type and quad class, the index and the military share
count the events that occurred. Periods follow :mod:`detente.analysis.periods`: dated
rows in order, then a "coarse" row (dated too coarsely for the period) and an "undated"
row when they have events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import STATUSES
from ..ontology import QUAD_CLASSES, plover_types
from .index import Index, index_of, occurred
from .periods import COARSE, UNDATED, checked_by, period_label, period_of
from .rules import has_military_context

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


def period_row(period: str, first: int | None, last: int | None, records: Sequence[Record]) -> PeriodRow:
    """Count a period's events (see the module docstring for what counts where)."""
    happened = occurred(records)
    types = Counter(r["event_type"] for r in happened if r.get("event_type"))
    quads = Counter(int(r["quad_class"]) for r in happened if r.get("quad_class"))
    statuses = Counter(r.get("status") or "occurred" for r in records)
    military = sum(1 for r in happened if has_military_context(r))
    return PeriodRow(
        period=period,
        first_year=first,
        last_year=last,
        events=len(records),
        types={t: types[t] for t in plover_types() if types[t]},
        quad_classes={q: quads[q] for q in QUAD_CLASSES if quads[q]},
        index=index_of(records),
        military_share=round(military / len(happened), 3) if happened else None,
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
    by = checked_by(by)
    grouped = by_period(records, by)
    starts = sorted(periods) if periods is not None else sorted(k for k in grouped if isinstance(k, int))
    width = 9 if by == "decade" else 0
    rows = [period_row(period_label(p, by), p, p + width, grouped.get(p, [])) for p in starts]
    coarse = period_row(COARSE, None, None, grouped[COARSE]) if COARSE in grouped else None
    undated = period_row(UNDATED, None, None, grouped[UNDATED]) if UNDATED in grouped else None
    first = rows[0].first_year if rows else None
    last = rows[-1].last_year if rows else None
    return Profile(by, rows, coarse, undated, period_row("total", first, last, list(records)))


def dated_periods(records: Iterable[Record], by: str) -> set[int]:
    """The first years of the periods that hold at least one of the events."""
    return {p for p in by_period(records, by) if isinstance(p, int)}
