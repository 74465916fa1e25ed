"""Reading the store: events with filters, dyad timelines, dyads, documents, one event.

Queries count incidents, not mentions: each incident is represented by its event
with the most precise date (then the highest confidence, then the first stored),
with `n_mentions` and `n_docs` of the whole incident. `mentions=True` returns
every stored event instead. A query for RUS matches SUN (the USSR) too, unless
`strict_codes=True`. Events an analyst rejected (see curation.py) are left out of every
query unless `include_rejected=True`; each record says its `curation` ('confirmed',
'rejected' or None).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from ..actors.succession import historic_states
from ..errors import OptionError, StoreError
from ..model import STATUSES
from ..ontology import plover_types
from ..terminal import json_safe
from . import summary
from .records import (
    EVENT_COLUMNS,
    TEXT_ORIGIN,
    collector_paused,
    event_record,
    expand_code,
    pair_key,
    record_select,
    records_from_columns,
)

ORIGINS = (TEXT_ORIGIN, "gdelt", "icews", "polecat", "sipri")  # see detente.sources.DATASETS

_COLUMNS = ", ".join(f"e.{c}" for c in [*EVENT_COLUMNS, "curation"])
NOT_REJECTED = summary.NOT_REJECTED


def _record(row: dict[str, Any]) -> dict[str, Any]:
    """The record of an events row, with its curation status."""
    record = event_record(row)
    record["curation"] = row.get("curation")
    return record


def _built(con: Any, sql: str, params: list[Any], extra: dict[str, str]) -> list[dict[str, Any]]:
    """The records a query selecting records.record_select(..., extra) returns, read column by column."""
    with collector_paused():
        columns = [values.tolist() for values in con.execute(sql, params).fetchnumpy().values()]
        return records_from_columns(columns, list(extra))


def _rows(con: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _extra(alias: str, incident: str, doc_ids: str | None = None) -> dict[str, str]:
    """What a query's records hold after the event's own fields: its incident's counts, the documents
    reporting it, and its curation."""
    fields = {"n_mentions": f"{incident}.n_events", "n_docs": f"{incident}.n_docs"}
    if doc_ids:
        fields["doc_ids"] = doc_ids
    return {**fields, "curation": f"{alias}.curation"}


@contextmanager
def _sequential(con: Any, wanted: bool) -> Iterator[None]:
    """Read a dyad's rows by a sequential scan rather than the pair_key index.

    The store keeps events clustered by dyad (see clustering.py), so a scan skips every row
    group but the few holding the dyad; the index would instead fetch its thousands of
    rows one by one, several times slower on a large store."""
    if not wanted:
        yield
        return
    con.execute("SET index_scan_percentage = 0")
    con.execute("SET index_scan_max_count = 0")
    try:
        yield
    finally:
        con.execute("RESET index_scan_percentage")
        con.execute("RESET index_scan_max_count")


def _codes(value: str, strict: bool) -> list[str]:
    return expand_code(value, strict)


def _filters(
    dyad: tuple[str, str] | None,
    actor: str | None,
    event_type: str | None,
    context: str | None,
    status: str | None,
    since: date | None,
    until: date | None,
    doc: str | None,
    strict_codes: bool,
    include_rejected: bool = False,
    origin: str | None = TEXT_ORIGIN,
) -> tuple[list[str], list[Any]]:
    """SQL conditions on events `e` and their parameters (the dyad's pair keys first, if any)."""
    where: list[str] = [] if include_rejected else [NOT_REJECTED]
    params: list[Any] = []
    if dyad is not None:
        a, b = _codes(dyad[0], strict_codes), _codes(dyad[1], strict_codes)
        where.append("e.pair_key IN (SELECT unnest(?))")  # rows clustered by pair_key: see clustering.py
        params.append(sorted({pair_key(x, y) for x in a for y in b}))
    if origin is not None:
        where.append("coalesce(e.origin, 'text') = ?")
        params.append(checked_origin(origin))
    if actor is not None:
        codes = _codes(actor, strict_codes)
        where.append(
            "(e.source_key IN (SELECT unnest(?)) OR e.target_key IN (SELECT unnest(?)) "
            "OR e.source_code IN (SELECT unnest(?)) OR e.target_code IN (SELECT unnest(?)))"
        )
        params += [codes] * 4
    if event_type is not None:
        where.append("e.event_type = ?")
        params.append(_checked_type(event_type))
    if context is not None:
        where.append("list_contains(e.context, ?)")
        params.append(context.strip().lower())
    if status is not None:
        where.append("e.status = ?")
        params.append(_checked_status(status))
    if since is not None:
        where.append("e.date_end >= ?")
        params.append(since)
    if until is not None:
        where.append("e.date_start <= ?")
        params.append(until)
    if doc is not None:
        where.append(
            "(e.doc_id = ? OR e.doc_id LIKE ? OR e.doc_id IN (SELECT doc_id FROM documents "
            "WHERE source_id = ?))"
        )
        params += [doc, doc + "%" if len(doc) >= 6 else doc, doc]
    return where, params


def checked_origin(value: str | None) -> str | None:
    """An origin filter: 'text' (coded from text), a dataset name, or 'all' (None: no filter)."""
    if value is None or value.strip().lower() == "all":
        return None
    value = value.strip().lower()
    if value not in ORIGINS:
        raise OptionError("--origin", f"'{value}' is not an origin: one of all, {', '.join(ORIGINS)}")
    return value


def _checked_type(value: str) -> str:
    value = value.strip().upper()
    if value not in plover_types():
        raise OptionError(
            "--type", f"'{value}' is not a PLOVER event type: one of {', '.join(plover_types())}"
        )
    return value


def _checked_status(value: str) -> str:
    value = value.strip().lower()
    if value not in STATUSES:
        raise OptionError("--status", f"'{value}' is not a status: one of {', '.join(STATUSES)}")
    return value


def events(
    con: Any,
    dyad: tuple[str, str] | None = None,
    actor: str | None = None,
    event_type: str | None = None,
    context: str | None = None,
    status: str | None = None,
    since: date | None = None,
    until: date | None = None,
    doc: str | None = None,
    strict_codes: bool = False,
    mentions: bool = False,
    limit: int | None = None,
    include_rejected: bool = False,
    origin: str | None = TEXT_ORIGIN,
    offset: int = 0,
    shown: tuple[str, list[Any]] | None = None,
    sort: str = "date",
    descending: bool = False,
) -> list[dict[str, Any]]:
    """Event records matching every filter given, in date order (undated last); rejected events only
    with include_rejected. Events coded from text only, unless `origin` names a dataset or is
    None or 'all': imported dataset events carry no quote, and a record cited by default must.

    limit and offset: a page of the records; shown: a condition on the incidents' records (SQL on
    `m`, and its parameters), applied after each incident's record is chosen; sort: one of SORTS
    (date by default; undated records last either way), descending or not."""
    where, params = _filters(
        dyad, actor, event_type, context, status, since, until, doc, strict_codes, include_rejected,
        checked_origin(origin),
    )
    cond = " AND ".join(where) or "TRUE"
    tail = (f" LIMIT {int(limit)}" if limit else "") + (f" OFFSET {int(offset)}" if offset else "")
    outer, outer_params = shown or ("TRUE", [])
    # the incidents of a dyad's events have the dyad's pair_key: reading only those is cheap
    incidents = "(SELECT * FROM incidents WHERE pair_key IN (SELECT unnest(?)))" if dyad else "incidents"
    join_params = params[:1] if dyad else []
    extra = _extra("e", "i") if mentions else _extra("m", "i", "c.doc_ids")
    if mentions:
        sql = (
            f"SELECT {record_select('e', extra)} FROM events e "
            f"LEFT JOIN {incidents} i USING (incident_id) WHERE {cond} "
            f"ORDER BY {order_by('e', sort, descending)}{tail}"
        )
        params = join_params + params
    else:
        # each incident's events sorted by summary.REPRESENTATIVE_KEY (a flat struct of its parts, then the
        # document): the first is its chosen event, and their documents come best first (sorting each
        # incident's short list costs less than arg_min and an ordered list() over the same key); then the
        # chosen event's row, read again under the same conditions so that the same few row groups are read
        ranked = ", ".join(f"'{name}': {part}" for name, part in summary.REPRESENTATIVE_FIELDS.items())
        sql = f"""
            WITH ranked AS (
                SELECT list_sort(list({{{ranked}, 'doc': e.doc_id}})) AS events
                FROM events e WHERE {cond} GROUP BY {summary.INCIDENT}),
            chosen AS (SELECT events[1].id AS id, list_transform(events, lambda x: x.doc) AS docs FROM ranked),
            named AS (SELECT id, list_filter(docs, lambda d, n: list_position(docs, d) = n) AS doc_ids FROM chosen)
            SELECT {record_select('m', extra)}
            FROM named c JOIN (SELECT * FROM events e WHERE {cond}) m ON m.id = c.id
            LEFT JOIN {incidents} i ON i.incident_id = m.incident_id WHERE ({outer})
            ORDER BY {order_by('m', sort, descending)}{tail}"""
        params = params + params + join_params + outer_params
    with _sequential(con, dyad is not None):
        return _built(con, sql, params, extra)


SORTS = {  # the orders a list of events can be read in: column -> SQL on the events' alias
    "date": "{t}.date_start {d} NULLS LAST, {t}.date_end {d} NULLS LAST, {t}.seq {d}",
    "type": "{t}.event_type {d}",
    "status": "{t}.status {d}",
    "origin": "coalesce({t}.origin, 'text') {d}",
    "source": "coalesce({t}.source_name, {t}.source_text) {d}",
    "target": "coalesce({t}.target_name, {t}.target_text) {d}",
    "confidence": "{t}.confidence {d} NULLS LAST",
}


def order_by(alias: str, sort: str, descending: bool = False) -> str:
    """The ORDER BY of a list of events sorted on one of SORTS, then by date and order of storing."""
    if sort not in SORTS:
        raise OptionError("--sort", f"'{sort}' is not a column to sort on: one of {', '.join(SORTS)}")
    direction = "DESC" if descending else "ASC"
    first = SORTS[sort].format(t=alias, d=direction)
    return first if sort == "date" else f"{first}, {SORTS['date'].format(t=alias, d='ASC')}"


def timeline(
    con: Any, a: str, b: str, strict_codes: bool = False, mentions: bool = False, origin: str | None = TEXT_ORIGIN
) -> list[dict[str, Any]]:
    """The incidents between a and b in date order, each with the documents that report it (doc_ids)."""
    return events(con, dyad=(a, b), strict_codes=strict_codes, mentions=mentions, origin=origin)


def dyads(con: Any, origin: str | None = TEXT_ORIGIN) -> list[dict[str, Any]]:
    """Every pair of actors with events: counts and the span of their dates, largest first
    (events coded from text unless `origin` names a dataset or is None or 'all'). Read from the
    summary the store keeps (summary.py), not from the events."""
    names = ("a", "b", "incidents", "events", "documents", "first", "last")
    rows = [dict(zip(names, row, strict=True)) for row in summary.dyads(con, checked_origin(origin))]
    for r in rows:
        r["first"] = r["first"].isoformat() if r["first"] else None
        r["last"] = r["last"].isoformat() if r["last"] else None
    return rows


def dyad_keys(a: str, b: str, strict_codes: bool = False) -> list[str]:
    """The pair keys of a dyad: RUS-PAK is PAK|RUS and PAK|SUN unless strict_codes."""
    return sorted({pair_key(x, y) for x in _codes(a, strict_codes) for y in _codes(b, strict_codes)})


def period_counts(
    con: Any, a: str, b: str, strict_codes: bool = False, origin: str | None = TEXT_ORIGIN
) -> list[tuple[Any, ...]]:
    """The incidents between a and b counted by analysis.tally.Key, from the summary (summary.py)."""
    return summary.period_counts(con, dyad_keys(a, b, strict_codes), checked_origin(origin))


def actor_period_counts(
    con: Any, code: str, strict_codes: bool = False, origin: str | None = TEXT_ORIGIN
) -> list[tuple[Any, ...]]:
    """The incidents of an actor with anyone, counted by analysis.tally.Key, from the summary."""
    return summary.actor_counts(con, _codes(code, strict_codes), checked_origin(origin))


def landmark_candidates(
    con: Any, a: str, b: str, strict_codes: bool = False, event_types: list[str] | None = None
) -> list[dict[str, Any]]:
    """The incidents between a and b that could be a landmark: occurred and dated, of one of
    event_types when given; in date order, as timeline returns them."""
    cond, params = "m.status = 'occurred' AND m.date_start IS NOT NULL", []
    if event_types is not None:
        cond += " AND m.event_type IN (SELECT unnest(?))"
        params.append(event_types)
    return events(con, dyad=(a, b), strict_codes=strict_codes, shown=(cond, params))


def docs(con: Any) -> list[dict[str, Any]]:
    """The stored documents in the order they were stored."""
    rows = _rows(
        con,
        """SELECT doc_id, source_id, title, published, published_basis, path, url, n_chars,
                  n_sentences, n_events, ingested_at FROM documents ORDER BY ingested_at, doc_id""",
        [],
    )
    for r in rows:
        r["published"] = r["published"].isoformat() if r["published"] else None
        r["ingested_at"] = r["ingested_at"].isoformat(timespec="seconds") if r["ingested_at"] else None
    return rows


def document_labels(con: Any, doc_ids: Iterable[str]) -> dict[str, str]:
    """A short label for each document id: its title, else its corpus id, else its file name."""
    rows = con.execute(
        "SELECT doc_id, coalesce(title, source_id, regexp_extract(path, '[^/]*$'), left(doc_id, 12)) "
        "FROM documents WHERE doc_id IN (SELECT unnest(?))",
        [sorted(doc_ids)],
    ).fetchall()
    return dict(rows)


def show(con: Any, event_id: str) -> dict[str, Any]:
    """An event with the sentences around its evidence, its document, references and incident."""
    select = (f"SELECT {_COLUMNS}, i.n_events AS n_mentions, i.n_docs FROM events e "
              "LEFT JOIN incidents i USING (incident_id) ")
    found = _rows(con, select + "WHERE e.id = ?", [event_id.strip()])  # a whole id: the index finds it at once
    if not found:
        found = _rows(con, select + "WHERE e.id LIKE ? ORDER BY e.id LIMIT 2", [event_id.strip() + "%"])
    if not found:
        raise StoreError(event_id, "no event with this id: list ids with `detente events --format jsonl`")
    if len(found) > 1:
        raise StoreError(event_id, "more than one event id starts with this: give more of it")
    record = _record(found[0])
    record["in_context"] = _context(con, record["doc_id"], record["evidence"]["sentence"])
    record["page"] = record["in_context"].pop("page")  # the page of a paged document (PDF), else None
    doc = _rows(
        con,
        "SELECT doc_id, source_id, title, published, path, url FROM documents WHERE doc_id = ?",
        [record["doc_id"]],
    )
    record["document"] = (
        {k: (v.isoformat() if isinstance(v, date) else v) for k, v in doc[0].items()} if doc else None
    )
    record["other_mentions"] = _other_mentions(con, record)
    return record


def _context(con: Any, doc_id: str, index: int | None) -> dict[str, Any]:
    """The sentences before, at and after the evidence, and the page the evidence starts on."""
    if index is None:  # an event imported from a dataset: it has no sentence
        return {"before": None, "sentence": None, "after": None, "page": None}
    rows = {
        idx: (text, page)
        for idx, text, page in con.execute(
            "SELECT idx, text, page FROM sentences WHERE doc_id = ? AND idx BETWEEN ? AND ?",
            [doc_id, index - 1, index + 1],
        ).fetchall()
    }

    def text(at: int) -> str | None:
        return rows[at][0] if at in rows else None

    page = rows[index][1] if index in rows else None
    return {"before": text(index - 1), "sentence": text(index), "after": text(index + 1), "page": page}


def _other_mentions(con: Any, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The other events of the incident, with the documents that state them."""
    if not record["incident_id"]:
        return []
    rows = _rows(
        con,
        """
        SELECT e.id, e.doc_id, d.title, e.trigger, e.date_start, e.date_end, e.date_precision, e.status,
               e.ev_text AS quote, e.curation
        FROM events e LEFT JOIN documents d USING (doc_id)
        WHERE e.incident_id = ? AND e.id <> ? ORDER BY e.seq""",
        [record["incident_id"], record["id"]],
    )
    for r in rows:
        for k in ("date_start", "date_end"):
            r[k] = r[k].isoformat() if r[k] else None
    return rows


def dumps(record: dict[str, Any]) -> str:
    """One JSON line for a record."""
    return json_safe(json.dumps(record, ensure_ascii=False, default=str))


# --- lists of the web pages: dyads counted as their queries count them, facets, partners, documents ---------




def fold_pair(key: str, strict_codes: bool = False) -> tuple[str, str]:
    """The dyad a pair key is counted in: 'PAK|SUN' in ('PAK', 'RUS') as a query for RUS includes SUN,
    unless strict_codes; the two codes in code order."""
    a, _, b = key.partition("|")
    if not strict_codes:
        historic = historic_states()
        a, b = historic.get(a, a), historic.get(b, b)
    return (a, b) if a <= b else (b, a)


def included_codes(a: str, b: str, strict_codes: bool = False) -> list[str]:
    """The historic codes a query for the dyad a-b includes besides a and b (SUN for RUS)."""
    return [] if strict_codes else [c for code in (a, b) for c in expand_code(code)[1:]]


def dyads_as_queried(con: Any, origin: str | None = TEXT_ORIGIN, strict_codes: bool = False) -> list[dict[str, Any]]:
    """Every dyad counted as a query for it counts: without strict_codes, the pairs of a historic state
    are counted in its successor's (PAK|SUN in PAK-RUS), so that each row equals its dyad's timeline;
    `includes` names the historic codes a row includes. Largest first; pairs that fold into one state
    (RUS|SUN) are left out."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for row in dyads(con, origin):
        a, b = fold_pair(f"{row['a']}|{row['b']}", strict_codes)
        if a == b:
            continue
        g = groups.setdefault((a, b), {"a": a, "b": b, "incidents": 0, "events": 0, "documents": 0,
                                       "first": None, "last": None, "keys": []})
        g["keys"].append(f"{row['a']}|{row['b']}")
        for n in ("incidents", "events", "documents"):
            g[n] += row[n]
        g["first"] = min(filter(None, (g["first"], row["first"])), default=None)
        g["last"] = max(filter(None, (g["last"], row["last"])), default=None)
    for g in groups.values():
        if len(g["keys"]) > 1:  # a document may report both pairs: count documents again
            g["documents"] = _documents_of_pairs(con, g["keys"], origin)
        g["includes"] = included_codes(g["a"], g["b"], strict_codes)
        del g["keys"]
    return sorted(groups.values(), key=lambda g: (-g["incidents"], -g["events"], g["a"], g["b"]))


def _documents_of_pairs(con: Any, keys: list[str], origin: str | None) -> int:
    where = f"{NOT_REJECTED} AND e.source_key <> '' AND e.target_key <> '' AND e.pair_key IN (SELECT unnest(?))"
    params: list[Any] = [keys]
    if checked_origin(origin):
        where += " AND coalesce(e.origin, 'text') = ?"
        params.append(checked_origin(origin))
    return int(con.execute(f"SELECT count(DISTINCT e.doc_id) FROM events e WHERE {where}", params).fetchone()[0])


def origin_counts(con: Any) -> dict[str, dict[str, int]]:
    """Per origin: its events, and the incidents and dyads (pairs of codes) of those with two known actors."""
    out = {o: {"events": 0, "incidents": 0, "pairs": 0} for o in ORIGINS}
    for origin, n in con.execute("SELECT coalesce(origin, 'text'), count(*) FROM events e "
                                 f"WHERE {NOT_REJECTED} GROUP BY ALL").fetchall():
        out.setdefault(origin, {"events": 0, "incidents": 0, "pairs": 0})["events"] = int(n)
    for origin, incidents, pairs in con.execute(
            "SELECT origin, sum(incidents), count(DISTINCT pair_key) FROM dyad_summary GROUP BY origin").fetchall():
        out.setdefault(origin, {"events": 0, "incidents": 0, "pairs": 0}).update(
            incidents=int(incidents), pairs=int(pairs))
    return out


FACETS = ("type", "status", "context", "origin", "decade")
UNDATED_FACET = "undated"


def facets(
    con: Any,
    dyad: tuple[str, str],
    event_type: str | None = None,
    context: str | None = None,
    status: str | None = None,
    since: date | None = None,
    until: date | None = None,
    strict_codes: bool = False,
    include_rejected: bool = False,
    origin: str | None = TEXT_ORIGIN,
) -> dict[str, list[tuple[str, int]]]:
    """The incidents of a dyad matching the filters counted by type, status, context, origin and
    decade ('1960', or 'undated'), each most frequent first. The origin facet counts every origin
    under the other filters."""
    out = _facet_counts(con, dyad, event_type, context, status, since, until, strict_codes, include_rejected,
                        origin, FACETS[:3] + FACETS[4:])
    out |= _facet_counts(con, dyad, event_type, context, status, since, until, strict_codes, include_rejected,
                         None, ("origin",))
    return {name: out.get(name, []) for name in FACETS}


_FACET_SQL = {
    "type": "SELECT 'type', t, count(*) FROM chosen GROUP BY t",
    "status": "SELECT 'status', s, count(*) FROM chosen GROUP BY s",
    "context": "SELECT 'context', x, count(*) FROM (SELECT unnest(c) AS x FROM chosen) GROUP BY x",
    "origin": "SELECT 'origin', o, count(*) FROM chosen GROUP BY o",
    "decade": f"SELECT 'decade', coalesce((y // 10 * 10)::VARCHAR, '{UNDATED_FACET}'), count(*) FROM chosen GROUP BY 2",
}


def _facet_counts(con: Any, dyad: tuple[str, str], event_type: str | None, context: str | None, status: str | None,
                  since: date | None, until: date | None, strict_codes: bool, include_rejected: bool,
                  origin: str | None, names: tuple[str, ...]) -> dict[str, list[tuple[str, int]]]:
    where, params = _filters(dyad, None, event_type, context, status, since, until, None, strict_codes,
                             include_rejected, checked_origin(origin))
    packed = ("t := e.event_type, s := e.status, c := e.context, o := coalesce(e.origin, 'text'), "
              "y := year(e.date_start)")
    sql = (f"WITH chosen AS (SELECT unnest(arg_min(struct_pack({packed}), {summary.REPRESENTATIVE_KEY})) "
           f"FROM events e WHERE {' AND '.join(where)} GROUP BY {summary.INCIDENT}) "
           + " UNION ALL ".join(_FACET_SQL[n] for n in names))
    out: dict[str, list[tuple[str, int]]] = {}
    with _sequential(con, True):
        rows = con.execute(sql, params).fetchall()
    for name, value, n in rows:
        if value is not None:
            out.setdefault(name, []).append((str(value), int(n)))
    for name, values in out.items():
        values.sort(key=lambda v: (v[0] if name == "decade" else "", -v[1], v[0]))
    return out


def partner_balances(
    con: Any, code: str, strict_codes: bool = False, origin: str | None = TEXT_ORIGIN
) -> dict[tuple[str, str], tuple[int, int]]:
    """For each dyad of an actor (counted as dyads_as_queried counts it): the incidents that occurred
    of quad class 1-2 (cooperation) and 3-4 (conflict), from the summary."""
    codes = expand_code(code, strict_codes)
    where = ("(split_part(pair_key, '|', 1) IN (SELECT unnest($1)) "
             "OR split_part(pair_key, '|', 2) IN (SELECT unnest($1)))")
    params: list[Any] = [codes]
    if checked_origin(origin):
        where += " AND origin = $2"
        params.append(checked_origin(origin))
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for key, good, bad in con.execute(
        f"""SELECT pair_key, coalesce(sum(incidents) FILTER (status = 'occurred' AND quad_class IN (1, 2)), 0),
                   coalesce(sum(incidents) FILTER (status = 'occurred' AND quad_class IN (3, 4)), 0)
            FROM dyad_periods WHERE {where} GROUP BY pair_key""", params).fetchall():
        pair = fold_pair(key, strict_codes)
        was = out.get(pair, (0, 0))
        out[pair] = (was[0] + int(good), was[1] + int(bad))
    return out


DOCUMENT_SORTS = {"stored": "d.ingested_at {d}, d.doc_id", "title": "label {d}",
                  "published": "d.published {d} NULLS LAST", "events": "n_events {d}", "origin": "origin {d}"}


def documents_page(
    con: Any, sort: str = "stored", descending: bool = False, limit: int = 100, offset: int = 0,
    origin: str | None = None,
) -> tuple[int, list[dict[str, Any]]]:
    """A page of the stored documents with their events (not rejected) and origin, and how many there are."""
    if sort not in DOCUMENT_SORTS:
        raise OptionError("--sort", f"'{sort}' is not a column to sort on: one of {', '.join(DOCUMENT_SORTS)}")
    chosen = checked_origin(origin)
    where, params = ("WHERE origin = ?", [chosen]) if chosen else ("", [])
    base = f"""
        SELECT d.doc_id, d.source_id, d.title, d.published, d.path, d.url, d.n_sentences, d.ingested_at,
               coalesce(d.title, d.source_id, regexp_extract(d.path, '[^/]*$'), left(d.doc_id, 12)) AS label,
               coalesce(x.origin, 'text') AS origin, coalesce(x.n, 0) AS n_events
        FROM documents d LEFT JOIN (
            SELECT doc_id, any_value(coalesce(origin, 'text')) AS origin, count(*) FILTER ({NOT_REJECTED}) AS n
            FROM events e GROUP BY doc_id) x USING (doc_id)"""
    total = con.execute(f"SELECT count(*) FROM ({base}) {where}", params).fetchone()[0]
    order = DOCUMENT_SORTS[sort].format(d="DESC" if descending else "ASC")
    rows = _rows(con, f"SELECT * FROM ({base}) d {where} ORDER BY {order} LIMIT {int(limit)} OFFSET {int(offset)}",
                 params)
    for r in rows:
        r["published"] = r["published"].isoformat() if r["published"] else None
        r["ingested_at"] = r["ingested_at"].isoformat(timespec="seconds") if r["ingested_at"] else None
    return int(total), rows
