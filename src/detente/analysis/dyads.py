"""A dyad read back from its events, and dyads compared over the same periods.

`analyse` and `compare` work on plain event records (the dicts the store returns), so
they can be tested without a store; `analyse_store` and `compare_store` fetch the
records from a :class:`detente.store.Store` first. `profile_store` and
`compare_profiles_store` give the same profiles, phases and landmarks without the
records: the counts come from the store's summary table (a tally per dyad, see
tally.py), and only the candidates for landmarks are read from the events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from ..actors import actor_of_code, lookup
from ..errors import OptionError
from .landmarks import Landmark, candidate_types, landmark_rules, landmarks
from .periods import UNDATED, checked_by, every_period
from .phases import PhaseResult, phases_of_tally, yearly_series_of_tally
from .profile import Profile, dated_periods_of_tally, profile_of_tally
from .tally import Tally, period_of_key, tally, tally_of_rows

Record = dict[str, Any]

AUTO_DECADE_SPAN = 30  # 'auto' periods: decades when the dated events span more years than this


@dataclass(frozen=True)
class DyadProfile:
    """A dyad's profile, phases and landmarks: what its pages and `detente profile` show."""

    a: str
    b: str
    label: str  # 'Russia–Pakistan'
    profile: Profile
    phases: PhaseResult
    landmarks: list[Landmark]

    @property
    def key(self) -> str:
        return f"{self.a}-{self.b}"

    @property
    def incidents(self) -> int:
        return self.profile.total.events


@dataclass(frozen=True)
class DyadAnalysis(DyadProfile):
    """Everything the review says about one dyad: its profile and the incidents' records."""

    records: list[Record]


@dataclass(frozen=True)
class Comparison:
    """Several dyads over the same periods, with their landmarks side by side."""

    by: str
    periods: list[int]
    dyads: list[DyadProfile]  # DyadAnalysis (with records) from `compare`
    landmarks: list[tuple[str, list[Landmark | None]]]  # (label, the landmark of each dyad or None)


# --- codes and names -------------------------------------------------------------------------


def checked_code(code: str, option: str = "actor") -> str:
    """An actor code as stored (PAK, SUN, NATO), or an OptionError for anything else."""
    value = (code or "").strip().upper()
    if actor_of_code(value) is None:
        raise OptionError(
            option,
            f"'{code}' is not a country or organisation code: use ISO 3166-1 alpha-3 codes such as "
            "PAK, RUS, USA (SUN for the USSR) or organisation codes such as NATO",
        )
    return value


def actor_name(code: str) -> str:
    """The name detente reports for a code ('Pakistan'), or the code itself."""
    actor = lookup(code)
    return (actor.name if actor and actor.name else None) or code


def dyad_label(a: str, b: str) -> str:
    """'Russia–Pakistan'."""
    return f"{actor_name(a)}–{actor_name(b)}"


def choose_by(records: Sequence[Record], by: str) -> str:
    """The period length: as given, or for 'auto' decades when the events span over 30 years."""
    return choose_by_tally(tally(records) if by == "auto" else Counter(), by)


def choose_by_tally(counts: Tally, by: str) -> str:
    """The period length of a tally's incidents (see choose_by)."""
    if by != "auto":
        return checked_by(by)
    years = [k.year for k in counts if k.year is not None and period_of_key(k, "decade") != UNDATED]
    return "decade" if years and max(years) - min(years) > AUTO_DECADE_SPAN else "year"


# --- analysis of records -------------------------------------------------------------------------


def summarise(
    a: str, b: str, counts: Tally, marks: list[Landmark], by: str = "year", periods: Sequence[int] | None = None,
    find_phases: bool = True,
) -> DyadProfile:
    """Profile and phases of a dyad's tally of incidents, with its landmarks. find_phases=False leaves
    the phases out (the yearly series is kept): for a view that shows none, as finding them is the
    slowest part."""
    found = phases_of_tally(counts, marks) if find_phases else PhaseResult(
        [], [], yearly_series_of_tally(counts), None, "phases not looked for")
    return DyadProfile(a=a, b=b, label=dyad_label(a, b), profile=profile_of_tally(counts, by, periods),
                       phases=found, landmarks=marks)


def analyse(
    a: str, b: str, records: Sequence[Record], by: str = "year", periods: Sequence[int] | None = None
) -> DyadAnalysis:
    """Profile, phases and landmarks of one dyad's events."""
    records = list(records)
    summary = summarise(a, b, tally(records), landmarks(records), by, periods)
    return DyadAnalysis(**{f.name: getattr(summary, f.name) for f in fields(DyadProfile)}, records=records)


def compare(dyads: Sequence[tuple[str, str, Sequence[Record]]], by: str = "year", gapless: bool = False) -> Comparison:
    """Dyads over the same periods: every period in which any of them has events (gapless: every period
    from the first of those to the last, empty ones too, as a chart's axis wants)."""
    by = checked_by(by)
    counts = [tally(recs) for _, _, recs in dyads]
    periods = _common_periods(counts, by, gapless)
    return _compared([analyse(a, b, recs, by, periods) for a, b, recs in dyads], by, periods)


def compare_tallies(
    dyads: Sequence[tuple[str, str, Tally, list[Landmark]]], by: str = "year", find_phases: bool = True,
    gapless: bool = False,
) -> Comparison:
    """Dyads (tallies of incidents and landmarks) over the same periods (see compare)."""
    by = checked_by(by)
    periods = _common_periods([t for _, _, t, _ in dyads], by, gapless)
    return _compared([summarise(a, b, t, marks, by, periods, find_phases) for a, b, t, marks in dyads], by, periods)


def _common_periods(counts: Sequence[Tally], by: str, gapless: bool = False) -> list[int]:
    found = set().union(*(dated_periods_of_tally(t, by) for t in counts)) if counts else set()
    return every_period(found, by) if gapless else sorted(found)


def _compared(analysed: Sequence[DyadProfile], by: str, periods: list[int]) -> Comparison:
    table = []
    for rule in landmark_rules():
        row = [next((lm for lm in d.landmarks if lm.key == rule.key), None) for d in analysed]
        if any(row):
            table.append((rule.label, row))
    return Comparison(by, periods, list(analysed), table)


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


def dyad_tally(store: Any, a: str, b: str, strict_codes: bool = False) -> Tally:
    """The tally of the incidents between a and b, from the store's summary table."""
    return tally_of_rows(store.period_counts(a, b, strict_codes=strict_codes))


def dyad_landmarks(store: Any, a: str, b: str, strict_codes: bool = False) -> list[Landmark]:
    """The landmarks between a and b, from the incidents that could be one."""
    return landmarks(store.landmark_candidates(a, b, strict_codes=strict_codes, event_types=candidate_types()))


def profile_store(store: Any, a: str, b: str, by: str = "year", strict_codes: bool = False) -> DyadProfile:
    """Profile, phases and landmarks of a dyad of a store, its counts read from the summary table
    ('auto' chooses the period length); the numbers of analyse_store, without reading every event."""
    a, b = checked_pair(a, b)
    counts = dyad_tally(store, a, b, strict_codes)
    return summarise(a, b, counts, dyad_landmarks(store, a, b, strict_codes), choose_by_tally(counts, by))


def compare_profiles_store(
    store: Any, a: str, b: str, c: str, by: str = "year", strict_codes: bool = False
) -> Comparison:
    """A-B beside A-C and B-C from the summary table (the numbers of compare_store)."""
    a, b = checked_pair(a, b)
    c = checked_third(a, b, c)
    fetched = [(x, y, dyad_tally(store, x, y, strict_codes), dyad_landmarks(store, x, y, strict_codes))
               for x, y in third_party_dyads(a, b, c)]
    return compare_tallies(fetched, choose_by_tally(sum((t for _, _, t, _ in fetched), Counter()), by))


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
