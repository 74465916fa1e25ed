"""A long document stored as it is coded, window by window (detente.coding.pipeline.code_windows).

Each window is one transaction: its sentences, the events first told in it, and the events told
before that a mention in it changed (rewritten), each in its incident, with the summary tables of
their pairs. A killed ingest leaves whole windows: the store reads back consistent (its summary
counts its events), and the document's row says it is not finished (n_events is NULL until its
last window), so the next ingest codes it again from the start.
"""

from __future__ import annotations

from typing import Any

from ..model import Document, page_of
from . import curation, incidents, summary
from .records import EVENT_COLUMNS, TEXT_ORIGIN, actor_key, document_row, event_row, mention, pair_key
from .rows import insert_rows
from .transaction import rollback

EVENTS_BY_NAME = f"events ({', '.join(EVENT_COLUMNS)})"  # columns after these (curation) keep their default


def pairs_of(con: Any, doc_id: str) -> set[str]:
    """The actor pairs of a stored document's events."""
    return {r[0] for r in con.execute("SELECT DISTINCT pair_key FROM events WHERE doc_id = ?", [doc_id]).fetchall()}


def delete_document(con: Any, doc_id: str) -> tuple[bool, list[incidents.Mention]]:
    """Delete a stored document's rows (inside the caller's transaction); whether there was one, and
    the other documents' events whose incidents it dissolved (to be assigned again)."""
    if not con.execute("SELECT count(*) FROM documents WHERE doc_id = ?", [doc_id]).fetchone()[0]:
        return False, []
    orphans = incidents.release(con, doc_id)
    for table in ("events", "sentences", "doc_references", "documents"):
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
    return True, orphans


class WindowWriter:
    """Stores one document window by window; write() each Window of code_windows in order."""

    def __init__(self, con: Any, doc: Document, source_id: str | None) -> None:
        self.con, self.doc, self.source_id = con, doc, source_id
        self.replaced = False  # a stored version of the document was replaced
        self.sentences = 0
        self.events = 0  # events stored (a repeated id once)
        self._seq: int | None = None  # the store's last event number before this document
        self._number: dict[int, int] = {}  # position among the document's events -> its number (from 1)
        self._position: dict[str, int] = {}  # event id -> the position stored under it

    def write(self, window: Any) -> None:
        """Store one window (a detente.coding.pipeline.Window) in a transaction of its own."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            pairs, orphans = self._begin() if self._seq is None else (set(), [])
            insert_rows(con, "sentences", [[self.doc.id, s.index, s.start, s.end, s.paragraph, s.text,
                                                      page_of(self.doc, s.start)] for s in window.sentences])
            self.sentences += len(window.sentences)
            # an id told twice is stored once, under its first position (as write_document does)
            changed = [(i, e) for i, e in window.changed if self._position.setdefault(e.id, i) == i]
            pairs |= {pair_key(actor_key(e.source), actor_key(e.target)) for _, e in changed}
            self._store_events(changed, orphans)
            summary.refresh(con, pairs, TEXT_ORIGIN)
            if window.events is not None:
                con.execute("UPDATE documents SET n_sentences = ?, n_events = ? WHERE doc_id = ?",
                            [self.sentences, self.events, self.doc.id])
            con.execute("COMMIT")
        except BaseException:
            rollback(con)
            raise

    def _begin(self) -> tuple[set[str], list[incidents.Mention]]:
        """First window: replace a stored version, and store the document's row, not yet finished."""
        con = self.con
        before = pairs_of(con, self.doc.id)
        self.replaced, orphans = delete_document(con, self.doc.id)
        self._seq = con.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
        insert_rows(con, "documents", [document_row(self.doc, self.source_id, None, None)])
        insert_rows(con, "doc_references", [[self.doc.id, r.n, r.text, r.date] for r in self.doc.references])
        return before, orphans

    def _store_events(self, changed: list[tuple[int, Any]], orphans: list[incidents.Mention]) -> None:
        """Store new and changed events, each in its incident (a changed one leaves its old one)."""
        con = self.con
        again = [e.id for i, e in changed if i in self._number]
        if again:
            orphans = orphans + incidents.release_events(con, self.doc.id, again)
            con.execute("DELETE FROM events WHERE doc_id = ? AND id IN (SELECT unnest(?))", [self.doc.id, again])
        chosen, touched = incidents.assign(con, orphans + [mention(e) for _, e in changed])
        rows = []
        for i, e in changed:
            if i not in self._number:
                self._number[i] = len(self._number) + 1
            rows.append(event_row(e, self._seq + self._number[i], chosen.get(e.id)))  # type: ignore[operator]
        self.events = len(self._number)
        insert_rows(con, EVENTS_BY_NAME, rows)
        for m in orphans:
            con.execute("UPDATE events SET incident_id = ? WHERE id = ?", [chosen[m.id], m.id])
        incidents.write_incidents(con, touched)
        curation.after_write(con, self.doc.id, [i.id for i in touched])  # an analyst's decisions survive a recode
