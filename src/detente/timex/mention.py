"""A time expression found in a text, with what is needed to resolve it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = ("absolute", "partial", "anaphoric", "relative")
PRECISION_RANK = {p: i for i, p in enumerate(("day", "week", "month", "season", "year", "decade", "century"))}


@dataclass(frozen=True)
class TimeMention:
    """One time expression: its span, its kind, and its parsed value."""

    start: int  # character offsets into the text given to find_times
    end: int
    text: str
    kind: str  # absolute | partial | anaphoric | relative
    precision: str = "unknown"  # the precision of the interval it denotes (a guess for vague ones)
    first: date | None = None  # absolute: the interval itself
    last: date | None = None
    rule: str = ""  # non-absolute: how to resolve ("md", "shift", "later", "weekday", "ago" ...)
    window: tuple[int, ...] = ()  # partial: (month, day, end month, end day); day 0 = month's end
    unit: str = ""  # day | week | month | year | decade for shifts and counts
    n: int = 0  # how many units ("two years later" is 2; "the previous year" is -1)
    n_max: int = 0  # the upper count of a vague number ("a few years later": n=2, n_max=4)
    part: str = ""  # early | mid | late, for parts of a unit
    direction: str = ""  # last | this | next | past, for publication-relative names
    since: bool = False  # introduced by "since" ...: the caller may open the interval's end
    until: bool = False  # introduced by "until", "by" ...: the caller may open the interval's start
    period: tuple[date, date] | None = None  # a named period's own days ("the Korean War"), whatever part is meant


def span_precision(first: date, last: date) -> str:
    """The precision a span of days is told at: a week, a month, a season, else a year."""
    days = (last - first).days
    return "week" if days <= 14 else "month" if days <= 62 else "season" if days <= 120 else "year"


def coarser(a: str, b: str) -> str:
    """Return the coarser of two precisions."""
    return a if PRECISION_RANK.get(a, 99) >= PRECISION_RANK.get(b, 99) else b
