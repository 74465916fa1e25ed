"""How news tells visits and meetings that were due, put off or asked for, the letters that only frame what their
writer says, and allies who withdraw together. Every sentence is invented for the test."""

from __future__ import annotations

from datetime import date

import detente
from detente.reading import read_text

PUBLISHED = date(2023, 9, 1)


def coded(text: str) -> list[tuple[str | None, str | None, str, str, str | None]]:
    return [(e.source.country, e.target.country, e.event_type, e.status,
             e.date.start.isoformat() if e.date else None)
            for e in detente.extract(read_text(text), PUBLISHED)]


def test_allies_named_by_their_adjectives_withdraw_together_not_from_each_other():
    events = coded("Paraguay and Bolivia fought over the Chaco in 1933. Chilean and Argentine troops entered Bolivia "
                   "in 1933. In 1934 Chilean and Argentine troops withdrew.")
    retreats = {(e[0], e[1]) for e in events if e[2] == "RETREAT"}
    assert retreats == {("CHL", "BOL"), ("ARG", "BOL")}
    assert [e for e in coded("In 1988 Angolan and Cuban troops withdrew.") if e[2] == "RETREAT"] == []
