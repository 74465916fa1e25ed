"""Between the coder's objects, the rows of the store and the plain records queries return.

A record is the event record of DESIGN.md (nested source, target, date, evidence)
with more fields: `incident_id`; `origin` ('text', or the dataset an event was
imported from, which adds `origin_id`, `url` and `original`, the dataset's fields by
name); and for incident queries `n_mentions` (events of the incident) and `n_docs`
(documents reporting it).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import orjson  # 3x the standard parser on the stored references of a large timeline (benchmarks/store.py)

from ..actors.succession import successors
from ..model import Actor, DateSpan, Document, Event, Evidence, Reference
from ..sources.formats import original_fields  # the dataset's column names, to name a stored row's fields
from .incidents import Mention

ACTOR_FIELDS = ("text", "name", "country", "sector", "code")
EVENT_COLUMNS = [
    "id",
    "seq",
    "doc_id",
    "incident_id",
    *(f"source_{f}" for f in ACTOR_FIELDS),
    *(f"target_{f}" for f in ACTOR_FIELDS),
    "source_key",
    "target_key",
    "pair_key",
    "reciprocal",
    "event_type",
    "mode",
    "context",
    "cameo",
    "goldstein",
    "quad_class",
    "trigger",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "date_basis",
    "status",
    "ev_sentence",
    "ev_start",
    "ev_end",
    "ev_text",
    "refs",
    "confidence",
    "mentions",
    "origin",
    "origin_id",
    "url",
    "original",
]
TEXT_ORIGIN = "text"  # the origin of events coded from text; imports name their dataset


def actor_key(actor: Actor) -> str:
    """The code an actor is counted under: its country, else its own code (NATO, UNO ...)."""
    return actor.country or actor.code or ""


def pair_key(a: str, b: str) -> str:
    """The unordered pair of two actor keys, e.g. 'PAK|RUS'."""
    return "|".join(sorted((a, b)))


def document_row(doc: Document, source_id: str | None, n_sentences: int | None, n_events: int | None) -> list[Any]:
    """The documents row of a coded document, stamped with the time of storing (the counts are None
    while a document stored window by window is not finished)."""
    return [
        doc.id,
        source_id,
        doc.title,
        doc.published,
        doc.published_basis,
        doc.url,
        doc.path,
        len(doc.text),
        n_sentences,
        n_events,
        datetime.now(),
    ]


def unique_events(events: list[Event]) -> list[Event]:
    """A document's events with any repeated id dropped (the first is kept), in order."""
    return list({e.id: e for e in reversed(events)}.values())[::-1]


def event_row(e: Event, seq: int, incident: str | None) -> list[Any]:
    """The events row of an event."""
    src, tgt = actor_key(e.source), actor_key(e.target)
    return [
        e.id,
        seq,
        e.doc_id,
        incident,
        *(getattr(e.source, f) for f in ACTOR_FIELDS),
        *(getattr(e.target, f) for f in ACTOR_FIELDS),
        src,
        tgt,
        pair_key(src, tgt),
        e.reciprocal,
        e.event_type,
        e.mode,
        list(e.context),
        e.cameo,
        e.goldstein,
        e.quad_class,
        e.trigger,
        e.date.start,
        e.date.end,
        e.date.precision,
        e.date.text,
        e.date.basis,
        e.status,
        e.evidence.sentence,
        e.evidence.start,
        e.evidence.end,
        e.evidence.text,
        json.dumps([{"n": r.n, "text": r.text} for r in e.references], ensure_ascii=False),
        e.confidence,
        json.dumps([m.to_dict() for m in e.mentions], ensure_ascii=False),
        TEXT_ORIGIN,
        None,
        None,
        None,
    ]


def mention(e: Event) -> Mention:
    """What the incident rule needs of a coded event."""
    return Mention(
        e.id,
        e.doc_id,
        e.event_type,
        e.status,
        actor_key(e.source),
        actor_key(e.target),
        e.reciprocal,
        e.cameo,
        e.trigger,
        e.date.start,
        e.date.end,
        e.date.precision,
        e.evidence.text,
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _json_list(value: str | None) -> list[Any]:
    """A stored JSON list; most are empty, and a timeline converts thousands of rows."""
    return orjson.loads(value) if value and value != "[]" else []


# The columns of an events row a record is built from, by name (the SQL reads them from the row's alias).
# Lists come as JSON text: DuckDB's fetchnumpy makes a numpy array of each row's list, about ten times
# what a text column costs.
RECORD_COLUMNS = {
    "id": "{a}.id", "doc_id": "{a}.doc_id",
    **{f"source_{f}": f"{{a}}.source_{f}" for f in ACTOR_FIELDS},
    **{f"target_{f}": f"{{a}}.target_{f}" for f in ACTOR_FIELDS},
    "reciprocal": "{a}.reciprocal", "event_type": "{a}.event_type", "mode": "{a}.mode",
    "context": "CAST(to_json(coalesce({a}.context, [])) AS VARCHAR)", "cameo": "{a}.cameo",
    "goldstein": "{a}.goldstein", "quad_class": "{a}.quad_class", "trigger": "{a}.trigger",
    "date_start": "CAST({a}.date_start AS VARCHAR)", "date_end": "CAST({a}.date_end AS VARCHAR)",
    "date_precision": "{a}.date_precision", "date_text": "{a}.date_text", "date_basis": "{a}.date_basis",
    "status": "{a}.status", "ev_sentence": "{a}.ev_sentence", "ev_start": "{a}.ev_start", "ev_end": "{a}.ev_end",
    "ev_text": "{a}.ev_text", "refs": "{a}.refs", "confidence": "round({a}.confidence, 3)",
    "mentions": "{a}.mentions", "incident_id": "{a}.incident_id",
    "origin": f"coalesce({{a}}.origin, '{TEXT_ORIGIN}')", "origin_id": "{a}.origin_id", "url": "{a}.url",
    "original": "{a}.original",
}


LIST_EXTRAS = ("doc_ids",)  # the fields a query adds that are lists (selected as JSON text, as context is)


def record_select(alias: str, extra: dict[str, str] | None = None) -> str:
    """The SELECT list records_from_columns builds records from: the columns of the events row `alias`
    (RECORD_COLUMNS), then `extra` (name -> SQL: the fields a query adds, e.g. incident counts, curation)."""
    added = {name: f"CAST(to_json({sql}) AS VARCHAR)" if name in LIST_EXTRAS else sql
             for name, sql in (extra or {}).items()}
    columns = {name: sql.format(a=alias) for name, sql in RECORD_COLUMNS.items()} | added
    return ", ".join(f'{sql} AS "{name}"' for name, sql in columns.items())


def records_from_columns(columns: list[list[Any]], extra: list[str]) -> list[dict[str, Any]]:
    """The records of a query's result read column by column (SELECT record_select(...), one list of
    values per column), each field as event_record makes it, then the fields named in `extra`.

    A timeline returns thousands of records: building them from columns (DuckDB's fetchnumpy) costs
    less than DuckDB writing them as JSON and a parser reading it back, and than converting rows."""
    own = len(RECORD_COLUMNS)
    records = [
        {"id": id_, "doc_id": doc_id,
         "source": {"text": s_text, "name": s_name, "country": s_country, "sector": s_sector, "code": s_code},
         "target": {"text": t_text, "name": t_name, "country": t_country, "sector": t_sector, "code": t_code},
         "reciprocal": reciprocal, "event_type": event_type, "mode": mode, "context": orjson.loads(context),
         "cameo": cameo, "goldstein": goldstein, "quad_class": quad_class, "trigger": trigger,
         "date": {"start": start, "end": end, "precision": precision, "text": date_text, "basis": basis},
         "status": status, "evidence": {"sentence": sentence, "start": ev_start, "end": ev_end, "text": quote},
         "references": _json_list(refs), "confidence": confidence, "mentions": _json_list(mentions),
         "incident_id": incident_id, "origin": origin}
        for (id_, doc_id, s_text, s_name, s_country, s_sector, s_code, t_text, t_name, t_country, t_sector, t_code,
             reciprocal, event_type, mode, context, cameo, goldstein, quad_class, trigger,
             start, end, precision, date_text, basis, status, sentence, ev_start, ev_end, quote,
             refs, confidence, mentions, incident_id, origin, _, _, _) in zip(*columns[:own], strict=True)
    ]
    for record, origin_id, url, original in zip(records, *columns[own - 3:own], strict=True):
        if record["origin"] != TEXT_ORIGIN:
            record.update(origin_id=origin_id, url=url, original=original_fields(record["origin"], original))
    for name, values in zip(extra, columns[own:], strict=True):
        if name in LIST_EXTRAS:
            values = [orjson.loads(value) if value is not None else None for value in values]
        for record, value in zip(records, values, strict=True):
            record[name] = value
    return records


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while thousands of records are built. They hold no
    cycles, but their allocations set off collections that visit them again and again as the list
    grows, now and then a full one over every object of the process: 39 ms of a 5,370-record timeline
    (benchmarks/store.py), against about 7 ms for the one collection that visits them after the pause.
    The collector is left as it was found, paused or not."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _finish(record: dict[str, Any], row: dict[str, Any]) -> None:
    """The fields after the row's own: origin (and an import's id, URL and fields), incident counts."""
    record["origin"] = row.get("origin") or TEXT_ORIGIN
    if record["origin"] != TEXT_ORIGIN:
        record["origin_id"] = row.get("origin_id")
        record["url"] = row.get("url")
        record["original"] = original_fields(record["origin"], row.get("original"))
    for extra in ("n_mentions", "n_docs", "doc_ids"):
        if extra in row:
            record[extra] = row[extra]


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """The DESIGN.md record of a stored event, plus its incident fields."""
    record = {
        "id": row["id"],
        "doc_id": row["doc_id"],
        "source": {f: row[f"source_{f}"] for f in ACTOR_FIELDS},
        "target": {f: row[f"target_{f}"] for f in ACTOR_FIELDS},
        "reciprocal": row["reciprocal"],
        "event_type": row["event_type"],
        "mode": row["mode"],
        "context": list(row["context"] or []),
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "trigger": row["trigger"],
        "date": {
            "start": _iso(row["date_start"]),
            "end": _iso(row["date_end"]),
            "precision": row["date_precision"],
            "text": row["date_text"],
            "basis": row["date_basis"],
        },
        "status": row["status"],
        "evidence": {
            "sentence": row["ev_sentence"],
            "start": row["ev_start"],
            "end": row["ev_end"],
            "text": row["ev_text"],
        },
        "references": _json_list(row["refs"]),
        "confidence": round(row["confidence"], 3) if row["confidence"] is not None else None,
        "mentions": _json_list(row["mentions"]),
        "incident_id": row["incident_id"],
    }
    _finish(record, row)
    return record


def record_event(record: dict[str, Any]) -> Event:
    """An Event object from a record, for the writers of detente.output."""
    d = record["date"]
    ev = record["evidence"]
    quote = ev["text"] or ""
    if not quote and record.get("origin", TEXT_ORIGIN) != TEXT_ORIGIN:
        quote = f"{record['origin']} {record.get('origin_id') or ''}".strip()  # what a table can show instead
    return Event(
        id=record["id"],
        doc_id=record["doc_id"],
        source=Actor(**record["source"]),
        target=Actor(**record["target"]),
        event_type=record["event_type"],
        trigger=record["trigger"],
        date=DateSpan(
            date.fromisoformat(d["start"]) if d["start"] else None,
            date.fromisoformat(d["end"]) if d["end"] else None,
            d["precision"],
            d["text"],
            d["basis"],
        ),
        evidence=Evidence(ev["sentence"], ev["start"], ev["end"], quote),
        reciprocal=bool(record["reciprocal"]),
        mode=record["mode"],
        context=list(record["context"]),
        cameo=record["cameo"],
        goldstein=record["goldstein"],
        quad_class=record["quad_class"],
        status=record["status"],
        references=[Reference(r["n"], r["text"]) for r in record["references"]],
        confidence=record["confidence"] or 0.0,
        mentions=[Evidence(m["sentence"], m["start"], m["end"], m["text"]) for m in record["mentions"]],
    )


def expand_code(code: str, strict: bool = False) -> list[str]:
    """The codes a query for `code` matches: RUS also matches SUN (the USSR) unless strict."""
    code = code.strip().upper()
    return [code] if strict else [code, *successors().get(code, ())]
