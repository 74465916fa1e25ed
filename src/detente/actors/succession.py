"""The succession of states: which state an actor stands for at the time of the act (the Soviet
Union for Russia from 1917 to 1991, the responsible state for a dependent territory), and which
historic codes a state's queries include (SUN for RUS).

The one reader of actors/data/territories.tsv, sovereignty.tsv and successors.tsv: other parts call
territories(), successors() and historic_states()."""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources

from ..model import Actor, DateSpan

HISTORIC_RUSSIA_BEFORE = 1992
SOVIET_FROM = 1917  # Russia from the revolution to 1991 is coded SUN; the Russian Empire stays RUS


@cache
def territories() -> dict[str, str]:
    """Dependent territory -> the state coded for it (territories.tsv)."""
    text = resources.files("detente.actors").joinpath("data", "territories.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {a.strip(): b.strip() for a, b in rows}


@cache
def successors() -> dict[str, tuple[str, ...]]:
    """State -> the historic codes its queries include: RUS -> (SUN,) (successors.tsv)."""
    text = resources.files("detente.actors").joinpath("data", "successors.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {state.strip(): tuple(c.strip() for c in codes.split(",")) for state, codes in rows}


@cache
def historic_states() -> dict[str, str]:
    """Historic code -> the state whose queries include it: SUN -> RUS (successors.tsv)."""
    return {old: state for state, olds in successors().items() for old in olds}


@cache
def _possessions() -> dict[str, list[tuple[str, date | None, date | None]]]:
    """Place -> (state, from, until) for the periods another state held it (sovereignty.tsv)."""
    text = resources.files("detente.actors").joinpath("data", "sovereignty.tsv").read_text("utf-8")
    table: dict[str, list[tuple[str, date | None, date | None]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        place, state, start, until = (line.split("\t") + ["", ""])[:4]
        table.setdefault(place.strip().lower(), []).append((state, _day(start), _day(until)))
    return table


def _day(cell: str) -> date | None:
    return date.fromisoformat(cell.strip()) if cell.strip() else None


def _holder(actor: Actor, when: DateSpan) -> str | None:
    """The state that held the place for the whole of the act's interval, if another did: the place
    as written ("the West Bank"), else the state it is part of today."""
    if not actor.country or when.start is None or when.end is None:
        return None
    table = _possessions()
    periods = table.get((actor.text or "").lower()) or table.get(actor.country.lower(), [])
    for state, start, until in periods:
        if (start is None or when.start >= start) and (until is None or when.end < until):
            return state
    return None


def held_by_another(actor: Actor, when: DateSpan) -> bool:
    """Whether another state held the place for the whole of the act's interval (sovereignty.tsv)."""
    return _holder(actor, when) is not None


def state_at(actor: Actor, when: DateSpan) -> Actor:
    """Russia from 1917 to 1991 is the Soviet Union (SUN); a dependent territory is its state, and
    a place another state held at the time is that state (sovereignty.tsv)."""
    state = territories().get(actor.country or "") or _holder(actor, when)
    if state:
        actor = Actor(actor.text, actor.name, state, actor.sector, state + (actor.sector or ""))
    if actor.country == "RUS" and when.end and when.start and \
            when.start.year >= SOVIET_FROM and when.end.year < HISTORIC_RUSSIA_BEFORE:
        code = "SUN" + (actor.sector or "") if actor.code and actor.code.startswith("RUS") else actor.code
        return Actor(actor.text, actor.name, "SUN", actor.sector, code)
    return actor
