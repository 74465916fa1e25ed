"""Merging across documents: mentions of one real-world act become one incident.

The coder already merges mentions within a document (detente.coding.merge). Here an
event of one document joins an incident holding events of other documents when all
of these hold:

1. Same PLOVER event type.
2. Same actors: the same unordered pair of actor keys (country, else organisation
   code) when the incident or the event is reciprocal ("A and B held ..."), else the
   same direction (A -> B).
3. Compatible status: both occurred; both planned or negotiating; both cancelled;
   both speculative; or both negated. A reported act never merges with a rumour of it.
4. Overlapping dates: both dated, and the event's interval overlaps the incident's
   interval, which is the intersection of its members' intervals. So "October 2016"
   joins "2 October 2016", but "2 October" and "20 October" stay two incidents, and
   a month-precise mention joins at most one of them. Undated events and events
   dated only to a decade or century never merge across documents.
5. Similar trigger: the same CAMEO code, or a shared trigger word stem ("visited"
   and "visit"). "visited" and "travelled to" share CAMEO 042 and merge.
6. Not the same document: the coder has judged two events of one document to be two
   acts, so they stay two incidents.

When several incidents qualify, the event joins the one with the narrowest interval,
then the oldest. The incident id is a hash of its first event's id, so ingesting the
same documents in the same order gives the same ids.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

COARSE = ("decade", "century", "unknown")
STATUS_GROUPS = {"occurred": "occurred", "planned": "planned", "negotiating": "planned",
                 "cancelled": "cancelled", "speculative": "speculative", "negated": "negated"}
_FUNCTION_WORDS = {"to", "a", "an", "the", "of", "with", "on", "in", "for", "and", "at", "by", "up", "out",
                   "into", "joint", "held", "hold", "holds", "holding"}
_WORD = re.compile(r"[a-z]+")


@dataclass
class Mention:
    """What the rule needs to know of one stored event."""

    id: str
    doc_id: str
    event_type: str
    status: str
    source_key: str
    target_key: str
    reciprocal: bool
    cameo: str | None
    trigger: str
    start: date | None
    end: date | None
    precision: str

    @property
    def pair(self) -> str:
        return "|".join(sorted((self.source_key, self.target_key)))

    @property
    def mergeable(self) -> bool:
        return bool(self.start and self.end and self.precision not in COARSE)


MENTION_COLUMNS = ("id, doc_id, event_type, status, source_key, target_key, reciprocal, cameo, trigger, "
                   "date_start, date_end, date_precision")


def stems(trigger: str) -> set[str]:
    """Content-word stems of a trigger: 'held talks' -> {'talk'}."""
    out = set()
    for word in _WORD.findall(trigger.lower()):
        if word in _FUNCTION_WORDS:
            continue
        for suffix in ("ing", "ed", "es", "s", "e"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                word = word[: -len(suffix)]
                break
        out.add(word)
    return out


def similar_triggers(a: Mention, b: Mention) -> bool:
    """Rule 5: the same CAMEO code or a shared trigger stem."""
    return bool(a.cameo and a.cameo == b.cameo) or bool(stems(a.trigger) & stems(b.trigger))


def incident_id(first_event_id: str) -> str:
    """The id of an incident, from the id of its first event."""
    return hashlib.sha256(f"incident:{first_event_id}".encode("ascii")).hexdigest()[:16]


def _mention(row: tuple[Any, ...]) -> Mention:
    eid, doc_id, event_type, status, src, tgt, reciprocal, cameo, trigger, start, end, precision = row
    return Mention(eid, doc_id, event_type, status, src, tgt, bool(reciprocal), cameo, trigger or "",
                   start, end, precision or "unknown")


def assign(con: Any, event_ids: list[str]) -> None:
    """Put each of the given stored events (in order) into an incident, new or existing."""
    for eid in event_ids:
        row = con.execute(f"SELECT {MENTION_COLUMNS} FROM events WHERE id = ?", [eid]).fetchone()
        m = _mention(row)
        target = _best_incident(con, m) if m.mergeable else None
        if target is None:
            _new_incident(con, m)
        else:
            _join(con, target, m)


def _best_incident(con: Any, m: Mention) -> str | None:
    """The incident the event belongs to under the rule, or None."""
    candidates = con.execute(
        """SELECT incident_id, source_key, target_key, reciprocal, date_start, date_end FROM incidents
           WHERE pair_key = ? AND event_type = ? AND status_group = ? AND date_start <= ? AND date_end >= ?
           ORDER BY date_end - date_start, incident_id""",
        [m.pair, m.event_type, STATUS_GROUPS.get(m.status, m.status), m.end, m.start]).fetchall()
    for inc, src, tgt, reciprocal, _, _ in candidates:
        if not (reciprocal or m.reciprocal) and (src, tgt) != (m.source_key, m.target_key):
            continue
        members = [_mention(r) for r in con.execute(
            f"SELECT {MENTION_COLUMNS} FROM events WHERE incident_id = ?", [inc]).fetchall()]
        if any(o.doc_id == m.doc_id for o in members):
            continue
        if any(similar_triggers(o, m) for o in members):
            return inc
    return None


def _new_incident(con: Any, m: Mention) -> None:
    inc = incident_id(m.id)
    start, end = (m.start, m.end) if m.mergeable else (None, None)
    con.execute("INSERT INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)",
                [inc, m.event_type, STATUS_GROUPS.get(m.status, m.status), m.pair, m.source_key, m.target_key,
                 m.reciprocal, start, end])
    con.execute("UPDATE events SET incident_id = ? WHERE id = ?", [inc, m.id])


def _join(con: Any, inc: str, m: Mention) -> None:
    con.execute("UPDATE events SET incident_id = ? WHERE id = ?", [inc, m.id])
    refresh(con, inc)


def refresh(con: Any, inc: str) -> None:
    """Recompute an incident's interval (intersection of its members') and counts."""
    con.execute(
        """UPDATE incidents SET
             date_start = s.date_start, date_end = s.date_end, n_events = s.n, n_docs = s.d,
             reciprocal = incidents.reciprocal OR s.r
           FROM (SELECT max(date_start) AS date_start, min(date_end) AS date_end, count(*) AS n,
                        count(DISTINCT doc_id) AS d, bool_or(reciprocal) AS r
                 FROM events WHERE incident_id = ?) AS s
           WHERE incidents.incident_id = ?""", [inc, inc])


def release(con: Any, doc_id: str) -> list[str]:
    """Before a document's events are deleted: dissolve the incidents they belong to.

    Returns the ids of the other documents' events that were in those incidents, in
    storage order, to be assigned again once the document is replaced.
    """
    affected = [r[0] for r in con.execute(
        "SELECT DISTINCT incident_id FROM events WHERE doc_id = ? AND incident_id IS NOT NULL",
        [doc_id]).fetchall()]
    if not affected:
        return []
    marks = ", ".join("?" * len(affected))
    orphans = [r[0] for r in con.execute(
        f"SELECT id FROM events WHERE incident_id IN ({marks}) AND doc_id <> ? ORDER BY seq",
        [*affected, doc_id]).fetchall()]
    con.execute(f"UPDATE events SET incident_id = NULL WHERE incident_id IN ({marks})", affected)
    con.execute(f"DELETE FROM incidents WHERE incident_id IN ({marks})", affected)
    return orphans
