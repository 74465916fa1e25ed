"""A state that enters a war others are fighting ("Spain entered the war in 1779", "the United States entered the
First World War"): whom it fights, from the sides of wars many states fought (data/war_coalitions.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .lexicon import data_rows
from .names import name_key


@dataclass(frozen=True)
class CoalitionWar:
    """A war by its name key: each side's states, the principal first, and the years it was fought."""

    name: str
    sides: tuple[tuple[str, ...], tuple[str, ...]]
    start: int
    end: int


@cache
def coalition_wars() -> tuple[CoalitionWar, ...]:
    """The wars of data/war_coalitions.tsv."""
    return tuple(CoalitionWar(name, (tuple(a.split(",")), tuple(b.split(","))), int(start), int(end))
                 for name, a, b, start, end in data_rows("war_coalitions.tsv"))


def enemy_of_the_entrant(war_noun: Any, entrant: str, told_war: tuple[str, ...], year: int | None) -> str | None:
    """The state an entrant into a war fights: for a war named ("the First World War"), the principal of the side
    the entrant is not on; for "the war" the story told (its two states, told_war), that war's state on the other
    side. None when the war, or the entrant's side in it, is not known."""
    named = {w.name: w for w in coalition_wars()}.get(name_key(war_noun))
    if named is not None:
        other = _other_side(named, entrant)
        return other[0] if other else None
    if len(told_war) != 2:
        return None
    for war in coalition_wars():
        if year is not None and not war.start <= year <= war.end:
            continue
        a, b = war.sides
        if not ((told_war[0] in a and told_war[1] in b) or (told_war[0] in b and told_war[1] in a)):
            continue
        other = _other_side(war, entrant)
        return next((s for s in told_war if other and s in other), None)
    return None


def _other_side(war: CoalitionWar, state: str) -> tuple[str, ...]:
    """The side of a war the state is not on (empty when it is on neither)."""
    a, b = war.sides
    return b if state in a else a if state in b else ()
