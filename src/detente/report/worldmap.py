"""A world map of an actor's partners, written as SVG text: each partner coloured by the balance of
cooperation and conflict in their incidents, its counts on hover, a link to the dyad (the legend,
legend(), goes in the page beside it).

The outline is Natural Earth 1:110m (public domain), converted once by scripts/build_world_map.py into
data/world_110m.json and shipped with the package: nothing is downloaded. A historic state is drawn
with the outline of the state data/map_stand_ins.tsv names (the USSR with Russia's); actors without
an outline (organisations) are returned apart, for a list beside the map.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources
from typing import Any

LAND, HOME, EDGE, INK = "#e4e7eb", "#59636e", "#ffffff", "#333333"
# balance from -1 (all conflict) to +1 (all cooperation), in five steps: red, light red, grey, light green, green
STEPS = ((-0.6, "#b5443b", "mostly conflict"), (-0.2, "#e3a49d", "more conflict"), (0.2, "#c9ccd1", "mixed"),
         (0.6, "#9ccdaf", "more cooperation"), (1.01, "#2f7d4f", "mostly cooperation"))


@dataclass(frozen=True)
class Partner:
    """An actor's partner as the map shows it."""

    code: str
    label: str
    url: str
    incidents: int
    cooperation: int  # incidents of quad class 1 or 2 that occurred
    conflict: int  # of quad class 3 or 4

    @property
    def balance(self) -> float | None:
        """(cooperation - conflict) / both, or None when neither occurred."""
        both = self.cooperation + self.conflict
        return (self.cooperation - self.conflict) / both if both else None


@cache
def outline() -> dict[str, Any]:
    """The shipped world outline: width, height, and per ISO3 code an SVG path and a marker's point."""
    return json.loads(resources.files("detente.report").joinpath("data", "world_110m.json").read_text("utf-8"))


@cache
def stand_ins() -> dict[str, str]:
    text = resources.files("detente.report").joinpath("data", "map_stand_ins.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {old.strip(): new.strip() for old, new in rows}


def shape_code(code: str) -> str | None:
    """The outline a code is drawn with, or None when the map has none (an organisation)."""
    code = stand_ins().get(code, code)
    return code if code in outline()["countries"] else None


def colour(balance: float | None) -> tuple[str, str]:
    """The fill and the words of a balance."""
    if balance is None:
        return STEPS[2][1], "nothing that occurred to weigh"
    return next((fill, words) for limit, fill, words in STEPS if balance < limit)


def unmapped(partners: Sequence[Partner]) -> list[Partner]:
    """The partners the map cannot draw."""
    return [p for p in partners if shape_code(p.code) is None]


def _hover(p: Partner) -> str:
    balance = "—" if p.balance is None else f"{p.balance:+.2f}"
    return (f"{p.label}: {p.incidents} incident{'' if p.incidents == 1 else 's'}, {p.cooperation} cooperative, "
            f"{p.conflict} conflictual (balance {balance}, {colour(p.balance)[1]})")


def partner_map(home: str, home_label: str, partners: Sequence[Partner]) -> str:
    """The map as SVG: the home actor dark, each drawable partner coloured and linked to its dyad."""
    world = outline()
    width, height = world["width"], world["height"]
    label = f"Map of {home_label}'s partners, coloured by the balance of cooperation and conflict"
    by_shape: dict[str, Partner] = {}
    for p in partners:
        shape = shape_code(p.code)
        if shape and shape not in by_shape:  # partners come largest first: the largest keeps the shape
            by_shape[shape] = p
    home_shape = shape_code(home)
    largest = max((p.incidents for p in by_shape.values()), default=1)
    markers: list[str] = []
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(label)}" class="map"><title>{escape(label)}</title>']
    for code, country in world["countries"].items():
        if code in by_shape:
            p = by_shape[code]
            parts.append(f'<a href="{escape(p.url)}" data-partner="{escape(p.code)}"><path d="{country["d"]}" '
                         f'fill="{colour(p.balance)[0]}" stroke="{INK}" stroke-width="0.4">'
                         f"<title>{escape(_hover(p))}</title></path></a>")
            markers.append(_marker(p, country["c"], largest))
        else:
            fill = HOME if code == home_shape else LAND
            title = f"<title>{escape(home_label)}</title>" if code == home_shape else ""
            parts.append(f'<path d="{country["d"]}" fill="{fill}" stroke="{EDGE}" stroke-width="0.4">{title}</path>')
    parts += markers  # over every outline, so that a small country can be pointed at too
    return "".join(parts + ["</svg>"])


def _marker(p: Partner, at: list[int], largest: int) -> str:
    """A circle on the partner, its area growing with its incidents, linked like the country."""
    radius = 4 + 8 * (p.incidents / largest) ** 0.5
    return (f'<a href="{escape(p.url)}" class="marker" data-partner="{escape(p.code)}">'
            f'<circle cx="{at[0]}" cy="{at[1]}" r="{radius:.1f}" fill="{colour(p.balance)[0]}" stroke="#ffffff" '
            f'stroke-width="1.5"><title>{escape(_hover(p))}</title></circle></a>')


def legend() -> list[dict[str, str]]:
    """The colours of the map and what they mean, for a legend beside it (in the page, so that it stays
    readable on a phone)."""
    return [{"fill": fill, "words": words} for _, fill, words in STEPS]
