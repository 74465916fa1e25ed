"""How a review words dates, actors, events and numbers (plain text; renderers escape it)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

from ..actors.gazetteer import lookup
from ..analysis import actor_name
from ..timex.words import month_short_names

Record = dict[str, Any]

_MONTHS = month_short_names()  # "Jan" ... "Dec"


def date_label(record: Record) -> str:
    """The event's date as precisely as the record knows it: '20 Nov 2014', 'Apr 1965', '1960s'."""
    d = record.get("date") or {}
    if not d.get("start"):
        return "undated"
    start = date.fromisoformat(d["start"])
    end = date.fromisoformat(d["end"]) if d.get("end") else start
    precision = d.get("precision")
    if precision == "day":
        return f"{start.day} {_MONTHS[start.month - 1]} {start.year}"
    if precision in ("week", "season"):
        return f"{_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]} {start.year}" if start.year == end.year \
            else f"{start.isoformat()} – {end.isoformat()}"
    if precision == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if precision == "decade":
        return f"{start.year}s" if end.year - start.year == 9 else f"{start.year}–{end.year}"
    if precision == "century":
        return f"{start.year}–{end.year}"
    return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"


@cache
def _is_state_name(name: str) -> bool:
    """Whether a resolved name is the name of a state ('Russia'), not of a person or body."""
    actor = lookup(name)
    return actor is not None and actor.sector is None and actor.country is not None and actor.name == name


def actor_label(actor: Mapping[str, Any] | None) -> str:
    """'Ayub Khan (Pakistan)' for a person or body, 'Pakistan' for the state itself; 'Moscow' in 1965
    resolves to the name Russia and the code SUN, and is labelled by its code: 'Soviet Union'."""
    if not actor:
        return "?"
    country = actor.get("country") or actor.get("code")
    state = actor_name(country) if country else None
    name = actor.get("name") or actor.get("text") or state or "?"
    if state and name != state and _is_state_name(name):
        return state
    if state and name != state and state not in name:
        return f"{name} ({state})"
    return name


def event_summary(record: Record) -> str:
    """'Ayub Khan (Pakistan) → Soviet Union: visited (CONSULT, visit)'."""
    arrow = "↔" if record.get("reciprocal") else "→"
    kind = record.get("event_type") or "?"
    if record.get("mode"):
        kind += f", {record['mode']}"
    trigger = record.get("trigger") or ""
    return f"{actor_label(record.get('source'))} {arrow} {actor_label(record.get('target'))}: {trigger} ({kind})"


def number(value: float | None, digits: int = 1) -> str:
    """A figure for prose and tables: '—' for none, no trailing '.0'."""
    if value is None:
        return "—"
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def percent(share: float | None) -> str:
    return "—" if share is None else f"{round(share * 100)}%"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def counts_text(counts: Mapping[str, int], limit: int | None = None) -> str:
    """'CONSULT 7, SUPPORT 6' in the order given (largest first when limit is set)."""
    items = list(counts.items())
    if limit is not None:
        items = sorted(items, key=lambda kv: -kv[1])[:limit]
    return ", ".join(f"{k} {v}" for k, v in items) or "—"


def year_span(first: int | None, last: int | None) -> str:
    if first is None or last is None:
        return "—"
    return str(first) if first == last else f"{first}–{last}"
