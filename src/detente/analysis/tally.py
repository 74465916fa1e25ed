"""What the profile, the index and the phases read of an incident, counted: a tally.

A dyad's profile, its yearly index and its phases depend on a few fields of each incident
(the year its date starts in, the date's precision, status, type, mode, Goldstein value,
quad class, and whether its context is military). A tally counts incidents by those
fields. It is built here from records, or read from the store's summary table
(detente.store.summary keeps the same counts per dyad as events are written), and both
give the same numbers: sums are taken exactly (as fractions) and rounded once, so no order
of addition can change a figure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any, NamedTuple

from .event_kinds import has_military_context
from .periods import COARSE, UNDATED, start_year

Record = dict[str, Any]

# Precisions fine enough for a year; 'decade' is fine enough for a decade only (see periods.py).
_YEARLY = frozenset({"day", "week", "month", "season", "year"})


class Key(NamedTuple):
    """The fields of an incident that the profile counts (the columns of the store's summary)."""

    year: int | None  # the year its date starts in; None when undated
    precision: str  # 'unknown' when none
    status: str | None
    event_type: str | None
    mode: str | None
    goldstein: float | None
    quad_class: int | None
    military: bool


Tally = Counter[Key]


def key_of(record: Record) -> Key:
    """The tally key of an incident's record."""
    d = record.get("date") or {}
    goldstein = record.get("goldstein")
    quad = record.get("quad_class")
    return Key(
        year=start_year(record),
        precision=d.get("precision") or "unknown",
        status=record.get("status"),
        event_type=record.get("event_type"),
        mode=record.get("mode"),
        goldstein=float(goldstein) if goldstein is not None else None,
        quad_class=int(quad) if quad is not None else None,
        military=has_military_context(record),
    )


def tally(records: Iterable[Record]) -> Tally:
    """The incidents of records counted by their keys."""
    return Counter(key_of(r) for r in records)


def tally_of_rows(rows: Iterable[tuple[Any, ...]]) -> Tally:
    """A tally from rows of (the Key's fields ..., count), as the store's summary returns them."""
    counts: Tally = Counter()
    for *fields, n in rows:
        year, precision, status, event_type, mode, goldstein, quad, military = fields
        key = Key(
            int(year) if year is not None else None, precision or "unknown", status, event_type, mode,
            float(goldstein) if goldstein is not None else None, int(quad) if quad is not None else None,
            bool(military),
        )
        counts[key] += int(n)
    return counts


def period_of_key(key: Key, by: str) -> int | str:
    """The first year of the key's period, or UNDATED or COARSE (the rule of periods.period_of)."""
    if key.year is None or key.precision == "unknown":
        return UNDATED
    if key.precision in _YEARLY or (by == "decade" and key.precision == "decade"):
        return key.year - key.year % 10 if by == "decade" else key.year
    return COARSE


def by_period(counts: Tally, by: str) -> dict[int | str, Tally]:
    """The tally of each period (first year, or COARSE / UNDATED)."""
    grouped: dict[int | str, Tally] = {}
    for key, n in counts.items():
        grouped.setdefault(period_of_key(key, by), Counter())[key] += n
    return grouped


def exact_sum(values: Mapping[float, int]) -> Fraction:
    """The exact sum of values given with how often each occurs."""
    return sum((Fraction(v) * n for v, n in values.items()), Fraction(0))


def total(counts: Tally) -> int:
    return sum(counts.values())
