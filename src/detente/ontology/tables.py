"""CAMEO and PLOVER tables shipped with detente, and lookups over them.

Three data files under ``ontology/data/``:

- ``cameo.tsv``: every CAMEO event code with its label, Goldstein value, quad class
  and PLOVER type, mode and contexts (from CAMEO2PLOVER-2021).
- ``plover.tsv``: the 16 PLOVER types and their modes with intensity scores.
- ``defaults.tsv``: the CAMEO code to use for a PLOVER type/mode/context when the
  trigger that stated the event gives none.

Goldstein values are the GDELT table's (``CAMEO.goldsteinscale.txt``). GDELT, ICEWS
and Phoenix publish slightly different values (ICEWS differs on 016, 022, 164 and
165); detente uses GDELT's throughout, and a code missing from it takes its
parent's value. PLOVER_scores.tsv prints ACCUSE's type score as +3; every ACCUSE
mode is negative, so the table uses -3.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from detente.errors import ResourceError

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation",
                3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class CameoEntry:
    """One CAMEO event code and what it means in the other scales."""

    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True)
class PloverMode:
    """A PLOVER type or one of its modes (mode None: the type itself)."""

    event_type: str
    mode: str | None
    intensity: float | None
    definition: str


def _rows(name: str) -> list[dict[str, str]]:
    """Read a packaged TSV file, skipping '#' comment lines."""
    try:
        text = resources.files("detente.ontology").joinpath("data", name).read_text("utf-8")
    except OSError as exc:
        raise ResourceError(f"cannot read packaged table {name}: {exc}; reinstall detente") from exc
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def _cameo_table() -> dict[str, CameoEntry]:
    """Load cameo.tsv once, keyed by code."""
    table = {}
    for row in _rows("cameo.tsv"):
        table[row["code"]] = CameoEntry(
            code=row["code"],
            label=row["label"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=row["plover"] or None,
            mode=row["mode"] or None,
            context=tuple(c for c in row["context"].split(",") if c),
        )
    return table


@cache
def _plover_table() -> dict[tuple[str, str | None], PloverMode]:
    """Load plover.tsv once, keyed by (type, mode)."""
    table = {}
    for row in _rows("plover.tsv"):
        mode = row["mode"] or None
        intensity = float(row["intensity"]) if row["intensity"] else None
        table[(row["type"], mode)] = PloverMode(row["type"], mode, intensity, row["definition"])
    return table


@cache
def _defaults() -> dict[tuple[str, str, str], str]:
    """Load defaults.tsv once, keyed by (type, mode, context) with '' for not given."""
    return {(r["event_type"], r["mode"], r["context"]): r["cameo"] for r in _rows("defaults.tsv")}


def cameo_codes() -> tuple[str, ...]:
    """Every CAMEO code in the table, in code order."""
    return tuple(_cameo_table())


def cameo(code: str) -> CameoEntry:
    """Return the table entry of a CAMEO code such as "042" or "0312"."""
    try:
        return _cameo_table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO event code {code!r} (codes are strings such as '042')") from None


def quad_class(code: str) -> int:
    """Return the quad class (1..4) of a CAMEO code."""
    return cameo(code).quad_class


def goldstein(code: str) -> float:
    """Return the Goldstein value (GDELT table) of a CAMEO code."""
    return cameo(code).goldstein


def plover_types() -> tuple[str, ...]:
    """The 16 PLOVER event types, from cooperation to conflict."""
    return tuple(t for t, mode in _plover_table() if mode is None)


def plover_modes(event_type: str) -> tuple[str, ...]:
    """The modes of a PLOVER type."""
    _check_type(event_type)
    return tuple(m for t, m in _plover_table() if t == event_type and m is not None)


def definition(event_type: str) -> str:
    """A one-line definition of a PLOVER type."""
    _check_type(event_type)
    return _plover_table()[(event_type, None)].definition


def intensity(event_type: str, mode: str | None = None) -> float:
    """Return the PLOVER intensity of a type, or of its mode when that has its own score."""
    _check_type(event_type)
    table = _plover_table()
    entry = table.get((event_type, mode.lower())) if mode else None
    if entry is not None and entry.intensity is not None:
        return entry.intensity
    # an unscored or unknown mode keeps the type's score rather than failing a whole record
    score = table[(event_type, None)].intensity
    assert score is not None  # every type row carries a score (checked by the tests)
    return score


def default_cameo(event_type: str, mode: str | None = None, context: str | None = None) -> str:
    """Return a sensible CAMEO code for a PLOVER type, mode and context."""
    _check_type(event_type)
    defaults = _defaults()
    m, c = (mode or "").lower(), (context or "").lower()
    for key in ((event_type, m, c), (event_type, m, ""), (event_type, "", c), (event_type, "", "")):
        if key in defaults:
            return defaults[key]
    raise ResourceError(f"defaults.tsv has no row for {event_type}; reinstall detente")


def _check_type(event_type: str) -> None:
    """Raise KeyError for a name that is not a PLOVER type."""
    if (event_type, None) not in _plover_table():
        raise KeyError(f"unknown PLOVER event type {event_type!r}; expected one of {', '.join(plover_types())}")
