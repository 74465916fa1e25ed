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
   dated only to a decade or century never merge across documents, unless both were
   coded from the same sentence, word for word, with the same dates: the same text
   stored twice (a report as Markdown and as PDF, a wire story run by several papers).
   The sentence must be long enough (QUOTE_WORDS) to be that text's and no stock
   phrase ("The two countries signed an agreement.").
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
from functools import cached_property
from typing import Any

from ..stems import stem
from .rows import insert_rows

COARSE = ("decade", "century", "unknown")
QUOTE_WORDS = 12  # words a sentence needs for two documents holding it to be one text stored twice
STATUS_GROUPS = {
    "occurred": "occurred",
    "planned": "planned",
    "negotiating": "planned",
    "cancelled": "cancelled",
    "speculative": "speculative",
    "negated": "negated",
}
_FUNCTION_WORDS = {
    "to",
    "a",
    "an",
    "the",
    "of",
    "with",
    "on",
    "in",
    "for",
    "and",
    "at",
    "by",
    "up",
    "out",
    "into",
    "joint",
    "held",
    "hold",
    "holds",
    "holding",
}
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
    quote: str = ""  # the sentence the event was coded from

    @property
    def pair(self) -> str:
        return "|".join(sorted((self.source_key, self.target_key)))

    @property
    def mergeable(self) -> bool:
        return bool(self.start and self.end and self.precision not in COARSE)

    @cached_property
    def quoted(self) -> bool:
        """Whether a mention too coarse to merge by its dates may merge by its sentence (rule 4's exception)."""
        return not self.mergeable and len(_WORD.findall(self.quote.lower())) >= QUOTE_WORDS


MENTION_COLUMNS = (
    "id, doc_id, event_type, status, source_key, target_key, reciprocal, cameo, trigger, "
    "date_start, date_end, date_precision, "
    # the sentence, read only where rule 4's exception may need it (an undated or coarse mention)
    "CASE WHEN date_start IS NULL OR date_end IS NULL OR coalesce(date_precision, 'unknown') IN "
    f"({', '.join(repr(p) for p in COARSE)}) THEN ev_text END"
)


def stems(trigger: str) -> set[str]:
    """Content-word stems of a trigger: 'held talks' -> {'talk'}."""
    out = set()
    for word in _WORD.findall(trigger.lower()):
        if word not in _FUNCTION_WORDS:
            out.add(stem(word))
    return out


def similar_triggers(a: Mention, b: Mention) -> bool:
    """Rule 5: the same CAMEO code or a shared trigger stem."""
    return bool(a.cameo and a.cameo == b.cameo) or bool(stems(a.trigger) & stems(b.trigger))


def incident_id(first_event_id: str) -> str:
    """The id of an incident, from the id of its first event."""
    return hashlib.sha256(f"incident:{first_event_id}".encode("ascii")).hexdigest()[:16]


def mention_of(row: tuple[Any, ...]) -> Mention:
    """A Mention from a row of MENTION_COLUMNS."""
    eid, doc_id, event_type, status, src, tgt, reciprocal, cameo, trigger, start, end, precision, quote = row
    return Mention(
        eid,
        doc_id,
        event_type,
        status,
        src,
        tgt,
        bool(reciprocal),
        cameo,
        trigger or "",
        start,
        end,
        precision or "unknown",
        quote or "",
    )


@dataclass
class Incident:
    """An incident as the rule sees it: its key and its members."""

    id: str
    event_type: str
    status_group: str
    pair: str
    source_key: str
    target_key: str
    members: list[Mention]

    @property
    def reciprocal(self) -> bool:
        return any(m.reciprocal for m in self.members)

    @property
    def interval(self) -> tuple[date | None, date | None]:
        """The intersection of the members' intervals (None for an unmergeable singleton)."""
        dated = [m for m in self.members if m.mergeable]
        if not dated:
            return None, None
        return max(m.start for m in dated), min(m.end for m in dated)  # type: ignore[type-var]

    def accepts(self, m: Mention) -> bool:
        """Rules 1-6 for a mention and this incident."""
        start, end = self.interval
        if (self.event_type, self.pair, self.status_group) != (m.event_type, m.pair,
                                                                STATUS_GROUPS.get(m.status, m.status)):
            return False
        if m.mergeable and start and end:
            if not (start <= m.end and m.start <= end):  # type: ignore[operator]
                return False
            return self._same_sides_other_document(m) and any(similar_triggers(o, m) for o in self.members)
        # rule 4's exception: the same sentence, coded with the same dates, in another document
        return m.quoted and self._same_sides_other_document(m) and any(
            (o.quote, o.start, o.end, o.precision) == (m.quote, m.start, m.end, m.precision)
            and similar_triggers(o, m) for o in self.members)

    def _same_sides_other_document(self, m: Mention) -> bool:
        """Rules 2 (the direction, unless the act is mutual) and 6."""
        if not (self.reciprocal or m.reciprocal) and (self.source_key, self.target_key) != (
            m.source_key,
            m.target_key,
        ):
            return False
        return not any(o.doc_id == m.doc_id for o in self.members)

    def row(self) -> list[Any]:
        start, end = self.interval
        return [
            self.id,
            self.event_type,
            self.status_group,
            self.pair,
            self.source_key,
            self.target_key,
            self.reciprocal,
            start,
            end,
            len(self.members),
            len({m.doc_id for m in self.members}),
        ]


def _width(inc: Incident) -> int:
    start, end = inc.interval
    return (end - start).days if start and end else 1 << 30


def assign(con: Any, mentions: list[Mention]) -> tuple[dict[str, str], list[Incident]]:
    """Put each mention (in order) into an incident, existing or new.

    Returns the incident id of every mention, and every incident created or joined (to be written
    back with write_incidents).
    """
    known = _candidates(con, mentions)
    chosen: dict[str, str] = {}
    touched: dict[str, Incident] = {}
    for m in mentions:
        fits = sorted((inc for inc in known if inc.accepts(m)), key=lambda inc: (_width(inc), inc.id))
        if fits:
            inc = fits[0]
            inc.members.append(m)
        else:
            inc = Incident(
                incident_id(m.id),
                m.event_type,
                STATUS_GROUPS.get(m.status, m.status),
                m.pair,
                m.source_key,
                m.target_key,
                [m],
            )
            known.append(inc)
        chosen[m.id] = inc.id
        touched[inc.id] = inc
    return chosen, list(touched.values())


def _candidates(con: Any, mentions: list[Mention]) -> list[Incident]:
    """The stored incidents a document's mentions might join: same pairs, dates in range; and, for mentions undated
    or dated coarsely, the pairs' incidents of such mentions (rule 4's exception: the same sentence stored twice)."""
    dated = [m for m in mentions if m.mergeable]
    ids: list[str] = []
    if dated:
        ids += [r[0] for r in con.execute(
            "SELECT incident_id FROM incidents WHERE pair_key IN (SELECT unnest(?)) AND date_start <= ? "
            "AND date_end >= ?",
            [sorted({m.pair for m in dated}), max(m.end for m in dated if m.end),
             min(m.start for m in dated if m.start)],
        ).fetchall()]
    quoted = [m for m in mentions if m.quoted]
    if quoted:
        ids += [r[0] for r in con.execute(
            "SELECT DISTINCT e.incident_id FROM events e JOIN incidents i USING (incident_id) "
            "WHERE i.date_start IS NULL AND e.pair_key IN (SELECT unnest(?)) AND e.ev_text IN (SELECT unnest(?))",
            [sorted({m.pair for m in quoted}), sorted({m.quote for m in quoted})],
        ).fetchall()]
    if not ids:
        return []
    rows = con.execute(
        "SELECT incident_id, event_type, status_group, pair_key, source_key, target_key FROM incidents "
        "WHERE incident_id IN (SELECT unnest(?))",
        [sorted(set(ids))],
    ).fetchall()
    incidents = {r[0]: Incident(r[0], r[1], r[2], r[3], r[4], r[5], []) for r in rows}
    for row in con.execute(
        f"SELECT incident_id, {MENTION_COLUMNS} FROM events WHERE incident_id IN "
        "(SELECT unnest(?)) ORDER BY seq",
        [list(incidents)],
    ).fetchall():
        incidents[row[0]].members.append(mention_of(row[1:]))
    return list(incidents.values())


def write_incidents(con: Any, incidents: list[Incident]) -> None:
    """Store new incidents and the new state of joined ones (inside the caller's transaction)."""
    if not incidents:
        return
    con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT unnest(?))", [[i.id for i in incidents]])
    insert_rows(con, "incidents", [i.row() for i in incidents])


def release(con: Any, doc_id: str) -> list[Mention]:
    """Before a document's events are deleted: dissolve the incidents they belong to.

    Returns the other documents' events that were in those incidents, in storage order,
    to be assigned again with the document's new events.
    """
    affected = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT incident_id FROM events WHERE doc_id = ? AND incident_id IS NOT NULL", [doc_id]
        ).fetchall()
    ]
    return _release_incidents(con, affected, doc_id)


def release_events(con: Any, doc_id: str, ids: list[str]) -> list[Mention]:
    """release() for some events of a document only (a long document stored window by window
    rewrites the events a later window joined): the other events of their incidents."""
    affected = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT incident_id FROM events WHERE doc_id = ? AND id IN (SELECT unnest(?)) "
            "AND incident_id IS NOT NULL", [doc_id, ids]
        ).fetchall()
    ]
    return _release_incidents(con, affected, doc_id)


def _release_incidents(con: Any, affected: list[str], doc_id: str) -> list[Mention]:
    """Delete the incidents and return the mentions other documents had in them, to be assigned again."""
    if not affected:
        return []
    orphans = [
        mention_of(r)
        for r in con.execute(
            f"SELECT {MENTION_COLUMNS} FROM events "
            "WHERE incident_id IN (SELECT unnest(?)) AND doc_id <> ? ORDER BY seq",
            [affected, doc_id],
        ).fetchall()
    ]
    con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT unnest(?))", [affected])
    return orphans


class PairAssigner:
    """The rule of `assign`, held in memory for one actor pair: mentions are given in storage order
    and put into incidents exactly as `assign` would, document by document, on a store.

    Used to merge a corpus coded in partitions (detente.ingest.dask.combine), where no store exists yet.
    Incidents are looked up by (event type, status group, month), so a mention is compared with the
    incidents whose interval overlaps its months, not with every incident of the pair; undated and
    coarse ones by (event type, status group, sentence), for rule 4's exception.
    """

    def __init__(self) -> None:
        self.incidents: list[Incident] = []
        self._by_month: dict[tuple[str, str, int], list[Incident]] = {}
        self._by_quote: dict[tuple[str, str, str], list[Incident]] = {}  # undated or coarse incidents

    def add(self, m: Mention) -> str:
        """Put a mention into an incident; returns the incident id."""
        group = STATUS_GROUPS.get(m.status, m.status)
        seen: dict[str, Incident] = {}
        if m.mergeable:
            for month in _months(m.start, m.end):  # type: ignore[arg-type]
                for inc in self._by_month.get((m.event_type, group, month), ()):
                    seen[inc.id] = inc
        elif m.quoted:
            seen = {inc.id: inc for inc in self._by_quote.get((m.event_type, group, m.quote), ())}
        fits = sorted((inc for inc in seen.values() if inc.accepts(m)), key=lambda inc: (_width(inc), inc.id))
        if fits:
            fits[0].members.append(m)
            return fits[0].id
        inc = Incident(incident_id(m.id), m.event_type, group, m.pair, m.source_key, m.target_key, [m])
        self.incidents.append(inc)
        if m.mergeable:
            for month in _months(m.start, m.end):  # type: ignore[arg-type]
                self._by_month.setdefault((m.event_type, group, month), []).append(inc)
        elif m.quoted:  # an undated or coarse incident takes only the same sentence stored again
            self._by_quote.setdefault((m.event_type, group, m.quote), []).append(inc)
        return inc.id


def _months(a: date, b: date) -> range:
    """The months an interval touches (either way round), as year * 12 + month."""
    lo, hi = sorted((a.year * 12 + a.month, b.year * 12 + b.month))
    return range(lo, hi + 1)
