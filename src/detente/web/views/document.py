"""The document page: its text, paragraph by paragraph, every coded event's sentence marked and
linked to the event by a chip ("E12"), and the document's own footnote numbers its events cite
linked to its references."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ...errors import NotFound
from ...report.wording import date_label
from ..database import Database
from ..params import record_id
from .common import actor_label

EVENT_LIMIT = 500  # a dataset file is one document of many thousand events: list the first ones only


def _metadata(con: Any, doc_id: str) -> dict[str, Any]:
    cur = con.execute(
        """SELECT doc_id, source_id, title, published, published_basis, url, path, n_chars, n_sentences,
                  n_events, ingested_at FROM documents WHERE doc_id = ?""",
        [doc_id],
    )
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    if row is None:
        raise NotFound("document", f"no document with id '{doc_id}'")
    out = dict(zip(names, row, strict=True))
    for key, value in out.items():
        if isinstance(value, datetime):
            out[key] = value.isoformat(timespec="seconds")
        elif isinstance(value, date):
            out[key] = value.isoformat()
    return out


def _events(con: Any, doc_id: str) -> list[dict[str, Any]]:
    """The document's events (rejected ones too, marked), in text order."""
    cur = con.execute(
        f"""SELECT id, ev_sentence, event_type, status, curation, trigger, origin, origin_id,
                   source_name, source_text, source_code, target_name, target_text, target_code,
                   date_start, date_end, date_precision, mentions, refs
            FROM events WHERE doc_id = ? ORDER BY ev_sentence NULLS LAST, ev_start, seq LIMIT {EVENT_LIMIT}""",
        [doc_id],
    )
    names = [d[0] for d in cur.description]
    out = []
    for n, row in enumerate(cur.fetchall(), 1):
        r = dict(zip(names, row, strict=True))
        date_record = {"date": {"start": _iso(r["date_start"]), "end": _iso(r["date_end"]),
                                "precision": r["date_precision"]}}
        out.append({
            "n": n, "id": r["id"], "url": f"/event/{r['id']}", "sentence": r["ev_sentence"],
            "event_type": r["event_type"], "status": r["status"], "curation": r["curation"],
            "trigger": r["trigger"], "origin": r["origin"], "origin_id": r["origin_id"],
            "date": date_record["date"], "date_label": date_label(date_record),
            "source_label": actor_label({"name": r["source_name"], "text": r["source_text"], "code": r["source_code"]}),
            "target_label": actor_label({"name": r["target_name"], "text": r["target_text"], "code": r["target_code"]}),
            "mention_sentences": _mention_sentences(r["mentions"]),
            "footnotes": sorted({ref["n"] for ref in json.loads(r["refs"] or "[]") if ref.get("n") is not None}),
        })
    return out


def _mention_sentences(mentions: str | None) -> list[int]:
    return [m["sentence"] for m in json.loads(mentions or "[]") if m.get("sentence") is not None]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _paragraphs(con: Any, doc_id: str, events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Sentences by paragraph, each with the events it states (its own or as a further mention)."""
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for e in events:
        for index in [e["sentence"], *e["mention_sentences"]]:
            if index is not None and e not in by_sentence.setdefault(index, []):
                by_sentence[index].append(e)
    paragraphs: dict[int, list[dict[str, Any]]] = {}
    for idx, para, text in con.execute(
        "SELECT idx, paragraph, text FROM sentences WHERE doc_id = ? ORDER BY idx", [doc_id]
    ).fetchall():
        found = by_sentence.get(idx, [])
        cited = sorted({n for e in found if e["sentence"] == idx for n in e["footnotes"]})
        paragraphs.setdefault(para, []).append({
            "index": idx, "text": text, "footnotes": cited, "events": [{"n": e["n"], "id": e["id"], "url": e["url"],
                                                    "status": e["status"], "curation": e["curation"],
                                                    "event_type": e["event_type"], "own": e["sentence"] == idx}
                                                   for e in found],
        })
    return [paragraphs[k] for k in sorted(paragraphs)]


def document(db: Database, doc_id: str) -> dict[str, Any]:
    """The data of a document page."""
    ident = record_id(doc_id, "document")
    with db.reading() as con:
        meta = _metadata(con, ident)
        events = _events(con, ident)
        paragraphs = _paragraphs(con, ident, events)
        references = [{"n": n, "text": text} for n, text in con.execute(
            "SELECT n, text FROM doc_references WHERE doc_id = ? ORDER BY n", [ident]).fetchall()]
    return {"document": meta, "paragraphs": paragraphs, "events": events, "references": references,
            "events_listed": len(events), "events_limit": EVENT_LIMIT}
