"""A dyad read back from its events, and dyads compared over the same periods.

`analyse` and `compare` work on plain event records (the dicts the store returns), so
they can be tested without a store; `analyse_store` and `compare_store` fetch the
records from a :class:`detente.store.Store` first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import OptionError
from .landmarks import Landmark, landmark_rules, landmarks
from .periods import checked_by, period_of, start_year
from .phases import PhaseResult, phases
from .profile import Profile, dated_periods, profile

Record = dict[str, Any]

AUTO_DECADE_SPAN = 30  # 'auto' periods: decades when the dated events span more years than this


@dataclass(frozen=True)
class DyadAnalysis:
    """Everything the review says about one dyad."""

    a: str
    b: str
    label: str  # 'Russia–Pakistan'
    records: list[Record]
    profile: Profile
    phases: PhaseResult
    landmarks: list[Landmark]

    @property
    def key(self) -> str:
        return f"{self.a}-{self.b}"


@dataclass(frozen=True)
class Comparison:
    """Several dyads over the same periods, with their landmarks side by side."""

    by: str
    periods: list[int]
    dyads: list[DyadAnalysis]
    landmarks: list[tuple[str, list[Landmark | None]]]  # (label, the landmark of each dyad or None)


# --- codes and names -------------------------------------------------------------------------


def checked_code(code: str, option: str = "actor") -> str:
    """An actor code as stored (PAK, SUN, NATO), or an OptionError for anything else."""
    from ..actors.gazetteer import lookup

    value = (code or "").strip().upper()
    actor = lookup(value) if value.isalpha() and 2 <= len(value) <= 8 else None
    if actor is None or value not in (actor.country, actor.code):
        raise OptionError(
            option,
            f"'{code}' is not a country or organisation code: use ISO 3166-1 alpha-3 codes such as "
            "PAK, RUS, USA (SUN for the USSR) or organisation codes such as NATO",
        )
    return value


def actor_name(code: str) -> str:
    """The name detente reports for a code ('Pakistan'), or the code itself."""
    from ..actors.gazetteer import lookup

    actor = lookup(code)
    return (actor.name if actor and actor.name else None) or code


def dyad_label(a: str, b: str) -> str:
    """'Russia–Pakistan'."""
    return f"{actor_name(a)}–{actor_name(b)}"


def choose_by(records: Sequence[Record], by: str) -> str:
    """The period length: as given, or for 'auto' decades when the events span over 30 years."""
    if by != "auto":
        return checked_by(by)
    years = [y for r in records if (y := start_year(r)) is not None and period_of(r, "decade") != "undated"]
    return "decade" if years and max(years) - min(years) > AUTO_DECADE_SPAN else "year"


# --- analysis of records -------------------------------------------------------------------------


def analyse(
    a: str, b: str, records: Sequence[Record], by: str = "year", periods: Sequence[int] | None = None
) -> DyadAnalysis:
    """Profile, phases and landmarks of one dyad's events."""
    records = list(records)
    marks = landmarks(records)
    return DyadAnalysis(
        a=a,
        b=b,
        label=dyad_label(a, b),
        records=records,
        profile=profile(records, by, periods),
        phases=phases(records, marks),
        landmarks=marks,
    )


def compare(dyads: Sequence[tuple[str, str, Sequence[Record]]], by: str = "year") -> Comparison:
    """Dyads over the same periods: every period in which any of them has events."""
    by = checked_by(by)
    periods = sorted(set().union(*(dated_periods(recs, by) for _, _, recs in dyads))) if dyads else []
    analysed = [analyse(a, b, recs, by, periods) for a, b, recs in dyads]
    table = []
    for rule in landmark_rules():
        row = [next((lm for lm in d.landmarks if lm.key == rule.key), None) for d in analysed]
        if any(row):
            table.append((rule.label, row))
    return Comparison(by, periods, analysed, table)


def third_party_dyads(a: str, b: str, c: str) -> list[tuple[str, str]]:
    """A-B beside A-C and B-C."""
    return [(a, b), (a, c), (b, c)]


# --- from a store ----------------------------------------------------------------------------------


def dyad_records(store: Any, a: str, b: str, strict_codes: bool = False) -> list[Record]:
    """The incidents between a and b (a query for RUS includes SUN unless strict_codes)."""
    return store.timeline(a, b, strict_codes=strict_codes)


def analyse_store(store: Any, a: str, b: str, by: str = "year", strict_codes: bool = False) -> DyadAnalysis:
    """Profile, phases and landmarks of a dyad of a store ('auto' chooses the period length)."""
    a, b = checked_pair(a, b)
    records = dyad_records(store, a, b, strict_codes)
    return analyse(a, b, records, choose_by(records, by))


def compare_store(
    store: Any, a: str, b: str, c: str, by: str = "year", strict_codes: bool = False
) -> Comparison:
    """A-B beside A-C and B-C over the same periods ('auto' chooses the period length for all three)."""
    a, b = checked_pair(a, b)
    c = checked_third(a, b, c)
    fetched = [(x, y, dyad_records(store, x, y, strict_codes)) for x, y in third_party_dyads(a, b, c)]
    return compare(fetched, choose_by([r for _, _, records in fetched for r in records], by))


def checked_pair(a: str, b: str) -> tuple[str, str]:
    """The codes of a dyad (options A and B), or an OptionError."""
    a, b = checked_code(a, "A"), checked_code(b, "B")
    if a == b:
        raise OptionError("B", f"{b} is A as well: give two different actors")
    return a, b


def checked_third(a: str, b: str, c: str) -> str:
    """The code of a third country (option --third), or an OptionError."""
    c = checked_code(c, "--third")
    if c in (a, b):
        raise OptionError("--third", f"{c} is one of the dyad: give a third country")
    return c
