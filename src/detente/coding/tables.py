"""Rows of tables set in running text: "May 4, 2031 | Lisbon, Portugal | First meeting of the two leaders".

A brief's table of summits or deals puts the date in its first cell, a place in another, and
what happened in the last. The row is coded from its last cell alone (the place is where the
act happened, not a party to it) and dated by its first cell, unless the last cell dates it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..timex import TimeMention, find_times

SEPARATOR = " | "
MIN_CELLS = 3


@dataclass(frozen=True)
class Row:
    """A table row: the text to code (other cells blanked, offsets kept), the time of the first cell
    that has one (before the last), and the first cell's text (what the row is about)."""

    text: str
    time: TimeMention | None
    lead: str = ""


def table_row(raw: str) -> Row | None:
    """The row a sentence is, if it is one (three cells or more separated by ' | ')."""
    if raw.count(SEPARATOR) < MIN_CELLS - 1:
        return None
    last = raw.rindex(SEPARATOR) + len(SEPARATOR)
    first_end = raw.index(SEPARATOR)
    # "Oct. 30, 2025 | Busan | ...", "Brazil—Various | July 2025 | Ongoing.": the date a cell gives
    dated = [m for m in find_times(raw[:last]) if m.kind in ("absolute", "partial")]
    return Row(" " * last + raw[last:], dated[0] if dated else None, raw[:first_end])
