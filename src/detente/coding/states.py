"""Which state an actor stands for at the time of the act: the Soviet Union for Russia from 1917
to 1991, the responsible state for a dependent territory (data: actors/data/territories.tsv)."""

from __future__ import annotations

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


def state_at(actor: Actor, when: DateSpan) -> Actor:
    """Russia from 1917 to 1991 is the Soviet Union (SUN); a dependent territory is its state."""
    state = _territories().get(actor.country or "")
    if state:
        actor = Actor(actor.text, actor.name, state, actor.sector, state + (actor.sector or ""))
    if actor.country == "RUS" and when.end and when.start and \
            when.start.year >= SOVIET_FROM and when.end.year < HISTORIC_RUSSIA_BEFORE:
        code = "SUN" + (actor.sector or "") if actor.code and actor.code.startswith("RUS") else actor.code
        return Actor(actor.text, actor.name, "SUN", actor.sector, code)
    return actor
