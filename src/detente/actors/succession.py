"""Which state an actor stands for at the time of the act: the Soviet Union for Russia from 1917
to 1991, the responsible state for a dependent territory (data: actors/data/territories.tsv)."""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources

from ..model import Actor, DateSpan

HISTORIC_RUSSIA_BEFORE = 1992
SOVIET_FROM = 1917  # Russia from the revolution to 1991 is coded SUN; the Russian Empire stays RUS


@cache
def _territories() -> dict[str, str]:
    text = resources.files("detente.actors").joinpath("data", "territories.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    return {a: b.strip() for a, b in rows}


@cache
def _possessions() -> dict[str, list[tuple[str, date | None, date | None]]]:
    """Place -> (state, from, until) for the periods another state held it (sovereignty.tsv)."""
    text = resources.files("detente.actors").joinpath("data", "sovereignty.tsv").read_text("utf-8")
    table: dict[str, list[tuple[str, date | None, date | None]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        place, state, start, until = (line.split("\t") + ["", ""])[:4]
        table.setdefault(place, []).append((state, _day(start), _day(until)))
    return table


def _day(cell: str) -> date | None:
    return date.fromisoformat(cell.strip()) if cell.strip() else None


def _holder(country: str | None, when: DateSpan) -> str | None:
    """The state that held the place for the whole of the act's interval, if another did."""
    if not country or when.start is None or when.end is None:
        return None
    for state, start, until in _possessions().get(country, ()):
        if (start is None or when.start >= start) and (until is None or when.end < until):
            return state
    return None


def state_at(actor: Actor, when: DateSpan) -> Actor:
    """Russia from 1917 to 1991 is the Soviet Union (SUN); a dependent territory is its state, and
    a place another state held at the time is that state (sovereignty.tsv)."""
    state = _territories().get(actor.country or "") or _holder(actor.country, when)
    if state:
        actor = Actor(actor.text, actor.name, state, actor.sector, state + (actor.sector or ""))
    if actor.country == "RUS" and when.end and when.start and \
            when.start.year >= SOVIET_FROM and when.end.year < HISTORIC_RUSSIA_BEFORE:
        code = "SUN" + (actor.sector or "") if actor.code and actor.code.startswith("RUS") else actor.code
        return Actor(actor.text, actor.name, "SUN", actor.sector, code)
    return actor
