"""The event page: the quote in its paragraph, the document, references, the other mentions of
its incident, matching events of imported datasets, and the analyst's decisions."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ...analysis.text_vs_dataset import compare
from ...errors import NotFound
from ...model import PRECISIONS, STATUSES
from ...ontology import plover_types
from ...report.wording import date_label
from ...sources.datasets import dataset_page
from ...store import StoreError, curation, query
from ...store.records import TEXT_ORIGIN
from ..database import Database
from ..params import record_id
from .common import actor_label
from .text import segments, word_spans

MATCH_DAYS = 30  # imported events this many days either side of the event's dates are shown
MATCH_LIMIT = 50


def paragraph(con: Any, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The sentences of the event's paragraph as segments: the quote marked, its trigger words within."""
    index = record["evidence"]["sentence"]
    if index is None:
        return []
    rows = con.execute(
        """SELECT idx, text FROM sentences WHERE doc_id = ? AND paragraph =
               (SELECT paragraph FROM sentences WHERE doc_id = ? AND idx = ?) ORDER BY idx""",
        [record["doc_id"], record["doc_id"], index],
    ).fetchall()
    out = []
    for idx, text in rows:
        if idx == index:
            inner = segments(text, word_spans(text, record.get("trigger") or ""))
            out.append({"index": idx, "quote": True, "segments": inner})
        else:
            out.append({"index": idx, "quote": False, "segments": [{"text": text, "mark": None}]})
    return out


def _window(record: dict[str, Any]) -> tuple[date, date] | None:
    d = record["date"]
    if not d["start"] or not d["end"]:
        return None
    pad = timedelta(days=MATCH_DAYS)
    return date.fromisoformat(d["start"]) - pad, date.fromisoformat(d["end"]) + pad


def nearby_events(con: Any, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Events of another origin (text, or another dataset) in the same dyad within a month of the event."""
    window = _window(record)
    src = record["source"].get("country") or record["source"].get("code")
    tgt = record["target"].get("country") or record["target"].get("code")
    if window is None or not src or not tgt or src == tgt:
        return []
    origin = record.get("origin") or TEXT_ORIGIN
    found = query.events(con, dyad=(src, tgt), since=window[0], until=window[1], mentions=True, origin=None)
    return [r for r in found if (r.get("origin") or TEXT_ORIGIN) != origin][:MATCH_LIMIT]


def _matching(record: dict[str, Any], nearby: list[dict[str, Any]]) -> dict[str, float]:
    """Which nearby events record the same act, by the rules of detente.analysis.text_vs_dataset: id -> score."""
    scores: dict[str, float] = {}
    origin = record.get("origin") or TEXT_ORIGIN
    if origin == TEXT_ORIGIN:
        by_dataset: dict[str, list[dict[str, Any]]] = {}
        for r in nearby:
            by_dataset.setdefault(r["origin"], []).append(r)
        for dataset, events in by_dataset.items():
            for m in compare([record], events, dataset).matched:
                scores[m.dataset["id"]] = m.score
                scores.update({other: m.score for other in m.also if other not in scores})
    else:
        texts = [r for r in nearby if (r.get("origin") or TEXT_ORIGIN) == TEXT_ORIGIN]
        scores = {m.text["id"]: m.score for m in compare(texts, [record], origin).matched}
    return scores


def dataset_matches(con: Any, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The events of other origins near the event, those that record the same act first."""
    nearby = nearby_events(con, record)
    scores = _matching(record, nearby)
    rows = []
    for r in nearby:
        rows.append({
            "id": r["id"], "url": f"/event/{r['id']}", "origin": r.get("origin") or TEXT_ORIGIN,
            "origin_id": r.get("origin_id"), "url_source": r.get("url"), "event_type": r["event_type"],
            "cameo": r["cameo"], "status": r["status"], "date": r["date"], "date_label": date_label(r),
            "source_label": actor_label(r["source"]), "target_label": actor_label(r["target"]),
            "matches": r["id"] in scores, "score": scores.get(r["id"]),
        })
    rows.sort(key=lambda m: (not m["matches"], -(m["score"] or 0)))
    return rows


def event(db: Database, event_id: str) -> dict[str, Any]:
    """The data of an event page."""
    ident = record_id(event_id, "event")
    with db.reading() as con:
        try:
            record = query.show(con, ident)
        except StoreError:
            raise NotFound("event", f"no event with id '{event_id}'") from None
        record["paragraph"] = paragraph(con, record)
        record["dataset_matches"] = dataset_matches(con, record)
        record["curations"] = curation.trail(con, record["id"])
    record["date_label"] = date_label(record)
    record["dataset"] = dataset_of(record)
    record["source_url"] = web_link(record.get("url"))
    record["source_label"] = actor_label(record["source"])
    record["target_label"] = actor_label(record["target"])
    for m in record["other_mentions"]:
        m["url"] = f"/event/{m['id']}"
        m["document_url"] = f"/document/{m['doc_id']}"
    return record


def dataset_of(record: dict[str, Any]) -> dict[str, str] | None:
    """The dataset an imported event comes from: name, title and home page; None for a text's event."""
    origin = record.get("origin") or TEXT_ORIGIN
    if origin == TEXT_ORIGIN:
        return None
    page = dataset_page(origin)
    return {"name": origin, "title": page.title if page else origin, "url": page.url if page else ""}


def web_link(url: str | None) -> str | None:
    """A URL a page may link to: http or https only (a record's URL is data, not trusted markup)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def edit_choices() -> dict[str, Any]:
    """The values the edit form offers."""
    return {"types": plover_types(), "statuses": STATUSES, "precisions": PRECISIONS}
