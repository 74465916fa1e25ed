"""Search: sentences that contain a phrase, and actors whose code or name does."""

from __future__ import annotations

from typing import Any

from ...store.query import checked_origin
from ..database import Database
from ..params import DEFAULT_ORIGIN
from .common import actor_name, dyad_label, dyad_url
from .home import dyads
from .text import phrase_spans, segments

SENTENCES_PER_PAGE = 50
ACTORS_SHOWN = 20


def _like(text: str) -> str:
    """An ILIKE pattern that matches the text literally anywhere."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _sentences(con: Any, q: str, page: int) -> tuple[list[dict[str, Any]], bool]:
    rows = con.execute(
        f"""SELECT s.doc_id, s.idx, s.text, coalesce(d.title, d.source_id, left(s.doc_id, 12)) AS title
            FROM sentences s JOIN documents d USING (doc_id)
            WHERE s.text ILIKE ? ESCAPE '\\' ORDER BY d.ingested_at, s.doc_id, s.idx
            LIMIT {SENTENCES_PER_PAGE + 1} OFFSET {(page - 1) * SENTENCES_PER_PAGE}""",
        [_like(q)],
    ).fetchall()
    more = len(rows) > SENTENCES_PER_PAGE
    rows = rows[:SENTENCES_PER_PAGE]
    events: dict[tuple[str, int], list[dict[str, Any]]] = {}
    if rows:
        for eid, doc_id, idx, event_type, status, curation in con.execute(
            """SELECT id, doc_id, ev_sentence, event_type, status, curation FROM events
               WHERE doc_id IN (SELECT unnest(?)) ORDER BY seq""",
            [sorted({r[0] for r in rows})],
        ).fetchall():
            events.setdefault((doc_id, idx), []).append(
                {"id": eid, "url": f"/event/{eid}", "event_type": event_type, "status": status,
                 "curation": curation})
    found = [{"doc_id": doc_id, "index": idx, "title": title, "text": text,
              "segments": segments(text, phrase_spans(text, q)),
              "url": f"/document/{doc_id}#s{idx}", "events": events.get((doc_id, idx), [])}
             for doc_id, idx, text, title in rows]
    return found, more


def _actors(con: Any, db: Database, q: str, origin: str) -> list[dict[str, Any]]:
    """Actor keys whose code, resolved name or written form contains the phrase in events of the origin,
    most events first."""
    chosen = checked_origin(origin)
    where = "WHERE coalesce(origin, 'text') = ?" if chosen else ""
    rows = con.execute(
        f"""SELECT key, count(*) AS n FROM (
                SELECT source_key AS key, source_name AS name, source_text AS text FROM events {where}
                UNION ALL SELECT target_key, target_name, target_text FROM events {where})
            WHERE key <> '' AND (key ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')
            GROUP BY key ORDER BY n DESC, key LIMIT {ACTORS_SHOWN}""",
        ([chosen] * 2 if chosen else []) + [_like(q)] * 3,
    ).fetchall()
    pairs = dyads(db, origin)
    out = []
    for key, n in rows:
        mine = [d for d in pairs if key in (d["a"], d["b"])][:12]
        out.append({"code": key, "name": actor_name(key), "events": n,
                    "dyads": [{"label": dyad_label(d["a"], d["b"]), "url": dyad_url(d["a"], d["b"], origin),
                               "incidents": d["incidents"]} for d in mine]})
    return out


def search(db: Database, q: str, page: int, origin: str = DEFAULT_ORIGIN) -> dict[str, Any]:
    """The data of the search page (nothing searched for an empty phrase): sentences of the documents
    coded from text, and actors of events of the origin with their dyads."""
    if not q:
        return {"q": q, "origin": origin, "page": page, "sentences": [], "more": False, "actors": []}
    with db.reading() as con:
        sentences, more = _sentences(con, q, page)
        actors = _actors(con, db, q, origin) if page == 1 else []
    return {"q": q, "origin": origin, "page": page, "sentences": sentences, "more": more, "actors": actors}
