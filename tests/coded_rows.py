"""A text coded into short rows (source state, target state, type, status, first day), for the coder's tests."""

from __future__ import annotations

from datetime import date

import detente
from detente.reading import read_text

Row = tuple[str | None, str | None, str, str, str | None]


def coded_rows(text: str, published: date) -> list[Row]:
    """The events of a text published on a day, as short rows in the order the coder gives them."""
    return [(e.source.country, e.target.country, e.event_type, e.status,
             e.date.start.isoformat() if e.date else None)
            for e in detente.extract(read_text(text), published)]
