"""Reading a relationship back from its events: profiles, the index, phases, landmarks, comparisons.

Everything here works on plain event records (the dicts :mod:`detente.store` queries
return), one per incident; the ``*_store`` functions fetch them from a store first.
``profile_store`` and ``compare_profiles_store`` read the same counts from the store's
summary table instead (a tally of incidents, see tally.py).
"""

from __future__ import annotations

from .dyads import (
    Comparison,
    DyadAnalysis,
    DyadProfile,
    actor_name,
    analyse,
    analyse_store,
    checked_code,
    choose_by,
    compare,
    compare_profiles_store,
    compare_store,
    dyad_records,
    profile_store,
    third_party_dyads,
)
from .event_kinds import act_of, defence_group, drivers_of, is_military, is_summit
from .index import Index, event_intensity, index_of, occurred
from .landmarks import Landmark, landmarks
from .periods import COARSE, UNDATED, period_of
from .phases import Phase, PhaseResult, find_breaks, phases, yearly_series
from .profile import PeriodRow, Profile, profile

__all__ = [
    "COARSE",
    "UNDATED",
    "Comparison",
    "DyadAnalysis",
    "DyadProfile",
    "Index",
    "Landmark",
    "PeriodRow",
    "Phase",
    "PhaseResult",
    "Profile",
    "act_of",
    "actor_name",
    "analyse",
    "analyse_store",
    "checked_code",
    "choose_by",
    "compare",
    "compare_profiles_store",
    "compare_store",
    "defence_group",
    "drivers_of",
    "dyad_records",
    "event_intensity",
    "find_breaks",
    "index_of",
    "is_military",
    "is_summit",
    "landmarks",
    "occurred",
    "period_of",
    "phases",
    "profile",
    "profile_store",
    "third_party_dyads",
    "yearly_series",
]
