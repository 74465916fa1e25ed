"""Between the coder's objects, the rows of the store and the plain records queries return.

A record is the event record of DESIGN.md (nested source, target, date, evidence)
with more fields: `incident_id`; `origin` ('text', or the dataset an event was
imported from, which adds `origin_id`, `url` and `original`, the dataset's fields by
name); and for incident queries `n_mentions` (events of the incident) and `n_docs`
(documents reporting it).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import orjson  # 3x the standard parser on the records of a large timeline (benchmarks/store.py)

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
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _json_list(value: str | None) -> list[Any]:
    """A stored JSON list; most are empty, and a timeline converts thousands of rows."""
    return json.loads(value) if value and value != "[]" else []


def record_json_sql(alias: str, extra: dict[str, str] | None = None) -> str:
    """A SQL expression building, as JSON, the finished record of a row (`alias` names it): the
    event record, its origin (and an import's id, URL and stored row), then `extra` (name -> SQL,
    e.g. incident counts, curation). Queries returning thousands of events let DuckDB build the
    records: several times faster than building them here from tuples, and a record coded from text
    needs nothing more here (record_from_json names the fields of an imported row)."""
    def actor(p: str) -> str:
        return "{" + ", ".join(f"'{f}': {alias}.{p}_{f}" for f in ACTOR_FIELDS) + "}"

    record = (
        f"'id': {alias}.id, 'doc_id': {alias}.doc_id, 'source': {actor('source')}, "
        f"'target': {actor('target')}, 'reciprocal': {alias}.reciprocal, 'event_type': {alias}.event_type, "
        f"'mode': {alias}.mode, 'context': coalesce({alias}.context, []), 'cameo': {alias}.cameo, "
        f"'goldstein': {alias}.goldstein, 'quad_class': {alias}.quad_class, 'trigger': {alias}.trigger, "
        f"'date': {{'start': CAST({alias}.date_start AS VARCHAR), 'end': CAST({alias}.date_end AS VARCHAR), "
        f"'precision': {alias}.date_precision, 'text': {alias}.date_text, 'basis': {alias}.date_basis}}, "
        f"'status': {alias}.status, 'evidence': {{'sentence': {alias}.ev_sentence, 'start': {alias}.ev_start, "
        f"'end': {alias}.ev_end, 'text': {alias}.ev_text}}, "
        f"'references': coalesce(json({alias}.refs), '[]'::JSON), "
        f"'confidence': round({alias}.confidence, 3), "
        f"'mentions': coalesce(json({alias}.mentions), '[]'::JSON), 'incident_id': {alias}.incident_id"
    )
    tail = "".join(f", '{name}': {sql}" for name, sql in (extra or {}).items())
    imported = (f"'origin': {alias}.origin, 'origin_id': {alias}.origin_id, 'url': {alias}.url, "
                f"'original': {alias}.original")
    return (f"CASE WHEN coalesce({alias}.origin, '{TEXT_ORIGIN}') = '{TEXT_ORIGIN}' "
            f"THEN to_json({{{record}, 'origin': '{TEXT_ORIGIN}'{tail}}}) "
            f"ELSE to_json({{{record}, {imported}{tail}}}) END")


def record_from_json(text: str) -> dict[str, Any]:
    """The record record_json_sql built; an imported event's stored row named by its dataset's columns."""
    record: dict[str, Any] = orjson.loads(text)
    if record["origin"] != TEXT_ORIGIN:
        record["original"] = original_fields(record["origin"], record["original"])
    return record


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
