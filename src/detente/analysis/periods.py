"""Which period (year or decade) an event is counted in.

The rule (stated in every report's method note): an event is counted in the period its
date interval starts in, provided its date is at least as precise as the period. A
year-dated event that the text spreads over two years ("1947-48") counts in its first
year; a decade-dated event ("in the 1960s") counts in its decade but in no single year,
and is reported beside the yearly periods as "coarse"; an event without a date is
reported as "undated". Nothing is spread over several periods, so every count is a
whole number of events and the periods add up with the coarse and undated rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from ..errors import OptionError

BY = ("year", "decade")
UNDATED = "undated"
COARSE = "coarse"

# The coarsest precision each period length accepts.
_FINE_ENOUGH = {
    "year": {"day", "week", "month", "season", "year"},
    "decade": {"day", "week", "month", "season", "year", "decade"},
}


def checked_by(by: str) -> str:
    """The period length, or an OptionError naming --by."""
    value = (by or "").strip().lower()
    if value not in BY:
        raise OptionError("--by", f"'{by}' is not a period length: year or decade")
    return value


def start_year(record: dict[str, Any]) -> int | None:
    """The year an event's date interval starts in, or None when it is undated."""
    start = (record.get("date") or {}).get("start")
    return date.fromisoformat(start).year if start else None


def period_start(year: int, by: str) -> int:
    """The first year of the period holding a year."""
    return year - year % 10 if by == "decade" else year


def period_label(first_year: int, by: str) -> str:
    """'1965' for a year, '1960s' for a decade."""
    return f"{first_year}s" if by == "decade" else str(first_year)


def period_of(record: dict[str, Any], by: str) -> int | str:
    """The first year of the event's period, or UNDATED or COARSE (see the module's rule)."""
    d = record.get("date") or {}
    year = start_year(record)
    precision = d.get("precision") or "unknown"
    if year is None or precision == "unknown":
        return UNDATED
    if precision not in _FINE_ENOUGH[by]:
        return COARSE
    return period_start(year, by)


def periods_between(first: int, last: int, by: str) -> list[int]:
    """Every period start from the period of `first` to that of `last`."""
    step = 10 if by == "decade" else 1
    return list(range(period_start(first, by), period_start(last, by) + 1, step))


def every_period(first_years: Iterable[int], by: str) -> list[int]:
    """Every period from the first to the last of some, empty ones included (an axis without gaps)."""
    found = sorted(first_years)
    if not found:
        return []
    step = 10 if by == "decade" else 1
    return list(range(found[0], found[-1] + 1, step))
