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
    """A war by its name key: each side's states (the principal first) with the year each joined it, and the years
    the war was fought."""

    name: str
    sides: tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]
    start: int
    end: int

    def other_side(self, state: str, year: int | None) -> tuple[str, ...]:
        """The states of the side a state was not on in a year (none when it was on neither)."""
        a, b = ([code for code, joined in side if year is None or joined <= year] for side in self.sides)
        return tuple(b) if state in a else tuple(a) if state in b else ()

    def holds(self, one: str, other: str, year: int | None) -> bool:
        """Whether two states fought each other in this war (in that year)."""
        return one in self.other_side(other, year)


def _side(cell: str, start: int) -> tuple[tuple[str, int], ...]:
    """ "GBR,FRA,SUN:1941": each state with the year it joined (the war's first year when none is given)."""
    return tuple((code, int(joined or start)) for code, _, joined in (c.partition(":") for c in cell.split(",")))


@cache
def coalition_wars() -> tuple[CoalitionWar, ...]:
    """The wars of data/war_coalitions.tsv."""
    return tuple(CoalitionWar(name, (_side(a, int(start)), _side(b, int(start))), int(start), int(end))
                 for name, a, b, start, end in data_rows("war_coalitions.tsv"))


@cache
def _by_name() -> dict[str, CoalitionWar]:
    return {w.name: w for w in coalition_wars()}


def enemy_of_the_entrant(war_noun: Any, entrant: str, told_war: tuple[str, ...], year: int | None) -> str | None:
    """The state an entrant into a war fights: the principal of the side it is not on, in the war named ("the First
    World War") or, for "the war", in the war whose sides hold the two states the story told at war (told_war).
    None when the war, or the entrant's side in it, is not known, or the act's year is not the war's."""
    war = _by_name().get(name_key(war_noun))
    if war is None and len(told_war) == 2:
        war = next((w for w in coalition_wars() if w.holds(told_war[0], told_war[1], year)), None)
    if war is None or (year is not None and not war.start <= year <= war.end):
        return None  # (not "entered the Gulf War in 1987": another war of that name)
    other = war.other_side(entrant, year)
    return other[0] if other else None
