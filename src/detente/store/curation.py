"""An analyst's decisions on events: confirm, reject, edit, and undo any of them.

Every decision is appended to the table `curations` (seq, event_id, action, changes, reason,
who, at, undoes) and never changed afterwards: `changes` is a JSON object
{column: [before, after]} of every events column the decision changed, `undoes` the seq of
the decision an undo reverses. The decision is also written into the events row itself (the
effective values, and the `curation` column: 'confirmed', 'rejected' or NULL), so every
query, export and report respects it with no extra join; queries leave rejected events out
(see query.events, include_rejected).

Incidents: a rejected event stays in its incident, but the incidents row counts only its
members not rejected. An edit of what the merge rule reads (type, actors, dates, status)
takes the event out of its incident and assigns it again (see incidents.assign).

Recoding a document stores events under the same ids (a hash of document, sentence and
trigger span): `after_write` applies the live decisions (those not undone) to them again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from ..actors import actor_of_code
from ..errors import CurationConflict, CurationError, UnknownEvent
from ..model import PRECISIONS, STATUSES
from ..ontology import cameo, default_cameo, plover_modes, plover_types
from . import incidents, summary
from .records import pair_key
from .rows import insert_rows
from .transaction import rollback

ACTIONS = ("confirm", "reject", "edit")
EDITABLE = ("event_type", "source", "target", "date_start", "date_end", "date_precision", "status")
STATES = {"confirm": "confirmed", "reject": "rejected"}
# the events columns a decision may change (nothing else is ever written from a decision)
_ACTOR_COLUMNS = ("name", "country", "code", "key")
COLUMNS = (
    "curation", "event_type", "mode", "cameo", "goldstein", "quad_class",
    *(f"{side}_{f}" for side in ("source", "target") for f in _ACTOR_COLUMNS),
    "pair_key", "date_start", "date_end", "date_precision", "status",
)
# the columns the incident rule reads: changing one moves the event to the incident it now fits
MERGE_COLUMNS = {"event_type", "status", "source_key", "target_key", "cameo", "date_start", "date_end",
                 "date_precision"}
_DATES = ("date_start", "date_end")


# --- deciding ------------------------------------------------------------------------------------


def curate(
    con: Any, event_id: str, action: str, reason: str | None = None, who: str | None = None,
    edits: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Confirm, reject or edit an event (edits: field -> new value, fields of EDITABLE); returns the
    audit entry written. Reject and edit need a reason."""
    if action not in ACTIONS:
        raise CurationError("action", f"'{action}' is not one of {', '.join(ACTIONS)} (or undo)")
    reason = (reason or "").strip() or None
    if action != "confirm" and not reason:
        raise CurationError("reason", f"say why you {action} this event")
    row = _event_row(con, event_id)
    if action == "edit":
        changes = edit_changes(row, edits or {})
    else:
        if row["curation"] == STATES[action]:
            raise CurationError("action", f"the event is {STATES[action]} already")
        changes = {"curation": [row["curation"], STATES[action]]}
    return _decide(con, row, action, changes, reason, who, None)


def undo(con: Any, seq: int, reason: str | None = None, who: str | None = None) -> dict[str, Any]:
    """Reverse a decision (by its seq): its `before` values are put back and an undo entry appended."""
    entry = _entry(con, seq)
    if entry["action"] == "undo":
        raise CurationConflict("seq", f"decision {seq} is itself an undo: make the decision again instead")
    if entry["undone_by"] is not None:
        raise CurationConflict("seq", f"decision {seq} was undone already (by {entry['undone_by']})")
    row = _event_row(con, entry["event_id"])
    stale = [c for c, (_, after) in entry["changes"].items() if json_value(row[c]) != after]
    if stale:
        raise CurationConflict(
            "seq", f"a later decision changed {', '.join(stale)}: undo that one first")
    changes = {c: [after, before] for c, (before, after) in entry["changes"].items()}
    return _decide(con, row, "undo", changes, (reason or "").strip() or None, who, seq)


def _decide(
    con: Any, row: dict[str, Any], action: str, changes: dict[str, list[Any]], reason: str | None,
    who: str | None, undoes: int | None,
) -> dict[str, Any]:
    """Apply the changes to the events row and append the audit entry, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        _apply(con, row["id"], {c: after for c, (_, after) in changes.items()})
        seq = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM curations").fetchone()[0]
        at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        con.execute(
            "INSERT INTO curations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [seq, row["id"], action, json.dumps(changes, ensure_ascii=False), reason, who, at, undoes],
        )
        _settle(con, {row["id"]: set(changes)})
        now = con.execute("SELECT pair_key FROM events WHERE id = ?", [row["id"]]).fetchone()[0]
        summary.refresh(con, {row["pair_key"], now}, row["origin"])  # the pair it left, and the one it is in
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    return _entry(con, seq)


def _apply(con: Any, event_id: str, values: Mapping[str, Any]) -> None:
    """Write column values (JSON values, as in `changes`) into an events row."""
    columns = [c for c in values if c in COLUMNS]  # never a column name that did not come from here
    if not columns:
        return
    params = [_sql_value(c, values[c]) for c in columns]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    con.execute(f"UPDATE events SET {assignments} WHERE id = ?", [*params, event_id])


def _sql_value(column: str, value: Any) -> Any:
    if column in _DATES and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def json_value(value: Any) -> Any:
    """A column value as it is kept in `changes` (dates as ISO strings)."""
    return value.isoformat() if isinstance(value, date) else value


# --- edits ---------------------------------------------------------------------------------------


def edit_changes(row: Mapping[str, Any], edits: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{column: [before, after]} of an edit, every value checked; a CurationError for a bad one."""
    unknown = sorted(set(edits) - set(EDITABLE))
    if unknown:
        raise CurationError(unknown[0], f"cannot be edited: edit one of {', '.join(EDITABLE)}")
    wanted = {k: v.strip() if isinstance(v, str) else v for k, v in edits.items()}
    wanted = {k: v for k, v in wanted.items() if v not in (None, "")}
    after: dict[str, Any] = {}
    # a form sends every field: a value as it stands changes nothing (not even the derived CAMEO code)
    if "event_type" in wanted and str(wanted["event_type"]).upper() != row["event_type"]:
        after.update(_type_values(row, str(wanted["event_type"])))
    for side in ("source", "target"):
        if side in wanted and str(wanted[side]).upper() not in (row[f"{side}_key"], row[f"{side}_code"]):
            after.update(_actor_values(side, str(wanted[side]), row))
    if {"date_start", "date_end", "date_precision"} & set(wanted):
        after.update(_date_values(row, wanted))
    if "status" in wanted:
        status = str(wanted["status"]).lower()
        if status not in STATUSES:
            raise CurationError("status", f"'{wanted['status']}' is not a status: one of {', '.join(STATUSES)}")
        after["status"] = status
    if "source_key" in after or "target_key" in after:
        after["pair_key"] = pair_key(after.get("source_key", row["source_key"]) or "",
                                     after.get("target_key", row["target_key"]) or "")
    changes = {c: [json_value(row[c]), v] for c, v in after.items() if json_value(row[c]) != v}
    if not changes:
        raise CurationError("edit", "the edit changes nothing: give a new type, actor, date or status")
    return changes


def _type_values(row: Mapping[str, Any], value: str) -> dict[str, Any]:
    """A new PLOVER type with the CAMEO code, Goldstein value and quad class that go with it."""
    event_type = value.upper()
    if event_type not in plover_types():
        raise CurationError("event_type", f"'{value}' is not a PLOVER event type: one of {', '.join(plover_types())}")
    mode = row["mode"] if row["mode"] in plover_modes(event_type) else None
    contexts = list(row["context"] or [])
    code = default_cameo(event_type, mode, contexts[0] if contexts else None)
    entry = cameo(code)
    return {"event_type": event_type, "mode": mode, "cameo": code, "goldstein": entry.goldstein,
            "quad_class": entry.quad_class}


def _actor_values(side: str, value: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A new actor by its code (ISO 3166-1 alpha-3, SUN, NATO ...): name, country, code and key."""
    actor = actor_of_code(value)
    if actor is None:
        raise CurationError(side, f"'{value}' is not a country or organisation code (PAK, RUS, SUN, NATO ...)")
    sector = row[f"{side}_sector"]
    combined = f"{actor.country}{sector or ''}" if actor.country else actor.code
    return {f"{side}_name": actor.name, f"{side}_country": actor.country, f"{side}_code": combined,
            f"{side}_key": actor.country or actor.code}


def _date_values(row: Mapping[str, Any], wanted: Mapping[str, Any]) -> dict[str, Any]:
    """A new date interval and precision, checked: start <= end, and no dates with 'unknown'."""
    values: dict[str, Any] = {}
    for column in _DATES:
        given = wanted.get(column)
        if given is None:
            values[column] = row[column]
            continue
        try:
            values[column] = date.fromisoformat(str(given))
        except ValueError:
            raise CurationError(column, f"'{given}' is not a date: write it as YYYY-MM-DD") from None
    precision = str(wanted.get("date_precision") or row["date_precision"] or "unknown").lower()
    if precision not in PRECISIONS:
        raise CurationError("date_precision", f"'{precision}' is not a precision: one of {', '.join(PRECISIONS)}")
    start, end = values["date_start"], values["date_end"]
    if (start is None) != (end is None):
        raise CurationError("date_end" if end is None else "date_start", "give both the start and the end date")
    if start and end and start > end:
        raise CurationError("date_end", f"the end {end} is before the start {start}")
    if start and precision == "unknown":
        raise CurationError("date_precision", "a dated event needs a precision (day, month, year ...)")
    return {"date_start": json_value(start), "date_end": json_value(end), "date_precision": precision}


# --- incidents -----------------------------------------------------------------------------------


def _settle(con: Any, changed: Mapping[str, set[str]]) -> None:
    """Bring incidents in line after decisions on events (event id -> the columns changed)."""
    touched: set[str] = set()
    for event_id, columns in changed.items():
        old = _incident_of(con, event_id)
        if old:
            touched.add(old)
        if columns & MERGE_COLUMNS:
            touched.add(_reassign(con, event_id, old))
    refresh_incidents(con, touched)


def _incident_of(con: Any, event_id: str) -> str | None:
    row = con.execute("SELECT incident_id FROM events WHERE id = ?", [event_id]).fetchone()
    return row[0] if row else None


def _reassign(con: Any, event_id: str, old: str | None) -> str:
    """Take an event out of its incident and put it in the one the merge rule now chooses."""
    con.execute("UPDATE events SET incident_id = NULL WHERE id = ?", [event_id])
    if old:
        refresh_incidents(con, [old])  # the candidates must see the old incident without this event
    row = con.execute(f"SELECT {incidents.MENTION_COLUMNS} FROM events WHERE id = ?", [event_id]).fetchone()
    mention = incidents.mention_of(row)
    chosen, touched = incidents.assign(con, [mention])
    new = chosen[event_id]
    taken = con.execute("SELECT count(*) FROM events WHERE incident_id = ?", [new]).fetchone()[0]
    if len(touched[0].members) == 1 and taken:
        # the old incident was named after this event and lives on with its other members
        new = incidents.incident_id(f"curated:{event_id}")
    con.execute("UPDATE events SET incident_id = ? WHERE id = ?", [new, event_id])
    return new


def refresh_incidents(con: Any, incident_ids: Iterable[str]) -> None:
    """Rewrite incidents rows from their members not rejected (no row when every member is)."""
    for iid in sorted(set(incident_ids)):
        rows = con.execute(
            f"SELECT {incidents.MENTION_COLUMNS} FROM events WHERE incident_id = ? "
            "AND curation IS DISTINCT FROM 'rejected' ORDER BY seq",
            [iid],
        ).fetchall()
        con.execute("DELETE FROM incidents WHERE incident_id = ?", [iid])
        if not rows:
            continue
        members = [incidents.mention_of(r) for r in rows]
        first = members[0]
        incident = incidents.Incident(iid, first.event_type, incidents.STATUS_GROUPS.get(first.status, first.status),
                                      first.pair, first.source_key, first.target_key, members)
        insert_rows(con, "incidents", [incident.row()])


def after_write(con: Any, doc_id: str, touched: list[str]) -> None:
    """After a document is (re)stored, inside its transaction: apply its events' live decisions again
    and recount the incidents it touched that hold rejected events."""
    if not con.execute("SELECT count(*) FROM (SELECT 1 FROM curations LIMIT 1)").fetchone()[0]:
        return  # no decisions at all: nothing to do (the common case, kept cheap for ingest)
    changed: dict[str, set[str]] = {}
    for entry in _live_entries(con, doc_id):
        values = {c: after for c, (_, after) in entry["changes"].items()}
        _apply(con, entry["event_id"], values)
        changed.setdefault(entry["event_id"], set()).update(values)
    _settle(con, changed)
    rejected = con.execute(
        "SELECT DISTINCT incident_id FROM events WHERE incident_id IN (SELECT unnest(?)) AND curation = 'rejected'",
        [touched],
    ).fetchall()
    refresh_incidents(con, [r[0] for r in rejected])


def _live_entries(con: Any, doc_id: str) -> list[dict[str, Any]]:
    """The decisions not undone on the events a document holds now, oldest first."""
    rows = con.execute(
        """SELECT c.seq, c.event_id, c.changes FROM curations c
           WHERE c.event_id IN (SELECT id FROM events WHERE doc_id = ?) AND c.action <> 'undo'
             AND c.seq NOT IN (SELECT undoes FROM curations WHERE undoes IS NOT NULL)
           ORDER BY c.seq""",
        [doc_id],
    ).fetchall()
    return [{"seq": s, "event_id": e, "changes": json.loads(c or "{}")} for s, e, c in rows]


# --- reading -------------------------------------------------------------------------------------

_ENTRY_COLUMNS = 'seq, event_id, action, changes, reason, who, "at", undoes'


def _event_row(con: Any, event_id: str) -> dict[str, Any]:
    cur = con.execute(
        f"SELECT id, {', '.join(COLUMNS)}, context, source_sector, target_sector, origin FROM events WHERE id = ?",
        [event_id],
    )
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    if row is None:
        raise UnknownEvent("event", f"no event with id '{event_id}'")
    return dict(zip(names, row, strict=True))


def _entry_dict(row: tuple[Any, ...], undone_by: int | None) -> dict[str, Any]:
    seq, event_id, action, changes, reason, who, at, undoes = row
    return {"seq": seq, "event_id": event_id, "action": action, "changes": json.loads(changes or "{}"),
            "reason": reason, "who": who, "at": at.isoformat(timespec="seconds") + "Z" if at else None,
            "undoes": undoes, "undone_by": undone_by}


def _entry(con: Any, seq: int) -> dict[str, Any]:
    row = con.execute(f"SELECT {_ENTRY_COLUMNS} FROM curations WHERE seq = ?", [seq]).fetchone()
    if row is None:
        raise UnknownEvent("seq", f"no decision number {seq}")
    by = con.execute("SELECT min(seq) FROM curations WHERE undoes = ?", [seq]).fetchone()[0]
    return _entry_dict(row, by)


def trail(con: Any, event_id: str) -> list[dict[str, Any]]:
    """The decisions on an event, oldest first; each says whether it was undone and can be undone."""
    rows = con.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM curations WHERE event_id = ? ORDER BY seq", [event_id]
    ).fetchall()
    undone = {r[7]: r[0] for r in rows if r[7] is not None}
    entries = [_entry_dict(r, undone.get(r[0])) for r in rows]
    try:
        current = _event_row(con, event_id) if entries else {}
    except UnknownEvent:  # a recode no longer finds this event: its decisions wait for it
        current = {}
    for e in entries:
        e["undoable"] = (
            e["action"] != "undo" and e["undone_by"] is None
            and all(json_value(current.get(c)) == after for c, (_, after) in e["changes"].items())
        )
    return entries
