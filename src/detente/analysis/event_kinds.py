"""The data-file rules that sort events into acts, defence groups, drivers and summit-level acts.

Every list of words, event types and CAMEO codes lives in a TSV file under
``analysis/data/`` (each file's header comment says how its rows are read); this module
only loads them and applies them to plain event records (the dicts the store returns).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from ..actors.entries import leaders_by_name
from ..errors import ResourceError

Record = dict[str, Any]

_WORD = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of a packaged TSV file of analysis/data, '#' comment lines skipped."""
    try:
        text = resources.files("detente.analysis").joinpath("data", name).read_text("utf-8")
    except OSError as exc:
        raise ResourceError(f"cannot read packaged table {name}: {exc}; reinstall detente") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in rows]


def split_list(cell: str) -> tuple[str, ...]:
    """A comma-separated cell as a tuple of lower-case items."""
    return tuple(item.strip().lower() for item in cell.split(",") if item.strip())


def words(text: str | None) -> list[str]:
    """The lower-case words of a text, hyphenated words kept whole."""
    return _WORD.findall((text or "").lower())


def has_cue(text_words: list[str], cues: tuple[str, ...], prefix: bool = True) -> bool:
    """Whether a cue begins one of the words (or, for a cue of several words, a run of them);
    with prefix=False the cue must be the whole word(s)."""
    if not cues or not text_words:
        return False
    joined = " " + " ".join(text_words) + " "
    for cue in cues:
        if prefix and " " not in cue:
            if any(w.startswith(cue) for w in text_words):
                return True
        elif (" " + cue + ("" if prefix else " ")) in joined:
            return True
    return False


# --- acts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActRule:
    """One row of acts.tsv."""

    act: str
    group: str
    event_type: str
    mode: str
    cameo: str
    cues: tuple[str, ...]

    def matches(self, record: Record) -> bool:
        if self.event_type and record.get("event_type") != self.event_type:
            return False
        if self.mode and (record.get("mode") or "").lower() != self.mode:
            return False
        if self.cameo and not (record.get("cameo") or "").startswith(self.cameo):
            return False
        return not self.cues or has_cue(words(record.get("trigger")), self.cues)


@dataclass(frozen=True)
class Group:
    """A subsection of the review's Defence cooperation section (groups.tsv)."""

    key: str
    label: str
    always_defence: bool


@cache
def act_rules() -> tuple[ActRule, ...]:
    return tuple(
        ActRule(r["act"], r["group"], r["event_type"], r["mode"].lower(), r["cameo"], split_list(r["cues"]))
        for r in read_table("acts.tsv")
    )


@cache
def groups() -> tuple[Group, ...]:
    """The defence groups in print order."""
    return tuple(Group(r["group"], r["label"], r["always_defence"] == "yes") for r in read_table("groups.tsv"))


def act_of(record: Record) -> ActRule | None:
    """The first acts.tsv row the event matches, or None."""
    return next((rule for rule in act_rules() if rule.matches(record)), None)


def defence_group(record: Record) -> str | None:
    """The Defence cooperation group of an event, or None when it is not defence cooperation."""
    rule = act_of(record)
    if rule is None or not rule.group:
        return None
    group = next((g for g in groups() if g.key == rule.group), None)
    if group is None:
        raise ResourceError(f"acts.tsv names group {rule.group!r} that groups.tsv lacks; reinstall detente")
    return group.key if group.always_defence or is_military(record) else None


# --- drivers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Driver:
    """One row of drivers.tsv."""

    key: str
    label: str
    contexts: frozenset[str]
    sectors: frozenset[str]
    cues: tuple[str, ...]

    def shown_by(self, record: Record, quote_words: list[str]) -> bool:
        if self.contexts & {c.lower() for c in record.get("context") or []}:
            return True
        if self.sectors & set(_sectors(record)):
            return True
        return has_cue(quote_words, self.cues)


OTHER_DRIVER = "other"


@cache
def drivers() -> tuple[Driver, ...]:
    """The drivers in print order."""
    return tuple(
        Driver(
            r["driver"],
            r["label"],
            frozenset(split_list(r["contexts"])),
            frozenset(s.upper() for s in split_list(r["sectors"])),
            split_list(r["cues"]),
        )
        for r in read_table("drivers.tsv")
    )


def driver_labels() -> dict[str, str]:
    """Driver key -> label, 'other' last."""
    return {**{d.key: d.label for d in drivers()}, OTHER_DRIVER: "Other"}


def drivers_of(record: Record) -> list[str]:
    """The drivers an event shows, in drivers.tsv order; ['other'] when it shows none."""
    quote = words((record.get("evidence") or {}).get("text"))
    found = [d.key for d in drivers() if d.shown_by(record, quote)]
    return found or [OTHER_DRIVER]


def is_military(record: Record) -> bool:
    """Whether an event shows the military driver (context, a MIL actor or a cue in the quote)."""
    return "military" in drivers_of(record)


def has_military_context(record: Record) -> bool:
    """Whether the coder gave the event the PLOVER context 'military' (the profile's share)."""
    return "military" in {c.lower() for c in record.get("context") or []}


def _sectors(record: Record) -> list[str]:
    return [(record.get(side) or {}).get("sector") or "" for side in ("source", "target")]


# --- summit level --------------------------------------------------------------------------


@dataclass(frozen=True)
class SummitRules:
    roles: frozenset[str]
    titles: tuple[str, ...]
    not_titles: tuple[str, ...]
    triggers: tuple[str, ...]


@cache
def summit_rules() -> SummitRules:
    rows = read_table("summit.tsv")

    def values(kind: str) -> tuple[str, ...]:
        return tuple(r["value"].lower() for r in rows if r["kind"] == kind)

    return SummitRules(frozenset(values("role")), values("title"), values("not_title"), values("trigger"))


@cache
def _leader_roles() -> dict[str, list[tuple[str, int | None, int | None]]]:
    """Leader name -> (role, first year, last year) for every tenure in the actors' leaders.tsv."""
    table: dict[str, list[tuple[str, int | None, int | None]]] = {}
    for person in leaders_by_name().values():
        table[person.name] = [(t.role, t.start, t.end) for t in person.tenures]
    return table


def _year(record: Record) -> int | None:
    start = (record.get("date") or {}).get("start")
    return date.fromisoformat(start).year if start else None


def is_summit_actor(actor: dict[str, Any] | None, year: int | None) -> bool:
    """Whether an actor is a head of state or government (by its resolved name or its title)."""
    if not actor:
        return False
    rules = summit_rules()
    for role, first, last in _leader_roles().get(actor.get("name") or "", []):
        in_office = year is None or ((first is None or first <= year) and (last is None or year <= last))
        if role in rules.roles and in_office:
            return True
    written = words(actor.get("text"))
    return has_cue(written, rules.titles, prefix=False) and not has_cue(written, rules.not_titles, prefix=False)


def is_summit(record: Record) -> bool:
    """Whether a head of state or government acts on either side, or the trigger says 'state visit'."""
    year = _year(record)
    if has_cue(words(record.get("trigger")), summit_rules().triggers):
        return True
    return any(is_summit_actor(record.get(side), year) for side in ("source", "target"))
