"""The Store: one DuckDB file of documents, sentences, references, events and incidents.

Writes go through one connection, one transaction per document: a document and all
its rows are stored together or not at all, so a killed ingest leaves whole documents
only and a rerun stores the rest.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..coding.segment import segment
from ..model import Document, Event, content_hash
from . import export as exporting
from . import incidents, query
from .connect import connect
from .records import document_row, event_row

BATCH_DOCUMENTS = 64  # documents coded together: their sentences are parsed in one batch
Progress = Callable[[int, int], None]  # (documents done, sentences done) after each document


@dataclass
class IngestCounts:
    """What an ingest did."""

    documents: int = 0  # documents read
    stored: int = 0  # new documents stored
    recoded: int = 0  # documents stored before, coded again and replaced
    skipped: int = 0  # documents already stored (same id or same content), left as they were
    events: int = 0  # events stored
    sentences: int = 0  # sentences of the stored documents
    skipped_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if k != "skipped_ids"}


class Store:
    """An event store; open one with :func:`open_store`."""

    def __init__(self, path: str | os.PathLike[str], read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.con = connect(self.path, read_only)

    def close(self) -> None:
        """Close the database (checkpointing it)."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------

    def ingest(self, documents: Iterable[Document], recode: bool = False,
               progress: Progress | None = None, batch: int = BATCH_DOCUMENTS) -> IngestCounts:
        """Code and store documents; a document already stored is skipped unless recode."""
        from ..coding.pipeline import extract_many

        counts = IngestCounts()
        seen: set[str] = set()
        for chunk in _chunks(documents, batch):
            counts.documents += len(chunk)
            todo = self._to_code(chunk, recode, seen, counts)
            for doc, events in extract_many(todo):
                replaced, n_sentences = self.write_document(doc, events)
                counts.recoded += replaced
                counts.stored += not replaced
                counts.events += len(events)
                counts.sentences += n_sentences
                if progress:
                    progress(counts.stored + counts.recoded + counts.skipped, counts.sentences)
        return counts

    def _to_code(self, chunk: list[Document], recode: bool, seen: set[str], counts: IngestCounts) -> list[Document]:
        """The documents of a batch that need coding; the others are counted as skipped."""
        hashes = [content_hash(d.text) for d in chunk]
        stored = self._stored_keys([d.id for d in chunk], hashes)
        todo = []
        for doc, digest in zip(chunk, hashes):
            key = f"{doc.id}:{digest}"
            duplicate = key in seen or digest in seen
            same = (doc.id, digest) in stored["pairs"] or (digest in stored["hashes"] and doc.id not in stored["ids"])
            seen.update((key, digest))
            if duplicate or (same and not recode):
                counts.skipped += 1
                counts.skipped_ids.append(doc.id)
                continue
            todo.append(doc)
        return todo

    def _stored_keys(self, ids: list[str], hashes: list[str]) -> dict[str, set[Any]]:
        rows = self.con.execute(
            "SELECT doc_id, content_hash FROM documents WHERE doc_id IN (SELECT unnest(?)) "
            "OR content_hash IN (SELECT unnest(?))", [ids, hashes]).fetchall()
        return {"pairs": set(rows), "ids": {r[0] for r in rows}, "hashes": {r[1] for r in rows}}

    def write_document(self, doc: Document, events: list[Event]) -> tuple[bool, int]:
        """Store one coded document and its events in one transaction, replacing a stored
        version; returns (whether one was replaced, number of sentences)."""
        sentences = segment(doc)
        unique = list({e.id: e for e in reversed(events)}.values())[::-1]  # first of any repeated id
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            replaced, orphans = self._delete_document(doc.id)
            seq = con.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
            con.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
                        document_row(doc, len(sentences), len(unique)))
            if sentences:
                con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)",
                                [[doc.id, s.index, s.start, s.end, s.paragraph, s.text] for s in sentences])
            if doc.references:
                con.executemany("INSERT INTO doc_references VALUES (?, ?, ?, ?)",
                                [[doc.id, r.n, r.text, r.date] for r in doc.references])
            if unique:
                con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * len(event_row(unique[0], 0)))})",
                                [event_row(e, seq + n) for n, e in enumerate(unique, 1)])
            incidents.assign(con, orphans + [e.id for e in unique])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return replaced, len(sentences)

    def _delete_document(self, doc_id: str) -> tuple[bool, list[str]]:
        """Delete a stored document's rows (inside the caller's transaction)."""
        con = self.con
        if not con.execute("SELECT count(*) FROM documents WHERE doc_id = ?", [doc_id]).fetchone()[0]:
            return False, []
        orphans = incidents.release(con, doc_id)
        for table in ("events", "sentences", "doc_references", "documents"):
            con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        return True, orphans

    # --- reading ---------------------------------------------------------------------

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events matching the filters, one per incident unless mentions=True (see query.events)."""
        return query.events(self.con, **filters)

    def timeline(self, a: str, b: str, strict_codes: bool = False, mentions: bool = False) -> list[dict[str, Any]]:
        """The incidents between two actors in date order (undated last)."""
        return query.timeline(self.con, a, b, strict_codes, mentions)

    def dyads(self) -> list[dict[str, Any]]:
        """Actor pairs with counts of incidents, events and documents and their date span."""
        return query.dyads(self.con)

    def docs(self) -> list[dict[str, Any]]:
        """The stored documents."""
        return query.docs(self.con)

    def show(self, event_id: str) -> dict[str, Any]:
        """One event (a unique id prefix will do) with its context, references and incident."""
        return query.show(self.con, event_id)

    def export(self, fmt: str, out_dir: str | os.PathLike[str]) -> list[Path]:
        """Write events, incidents and documents as parquet, csv or jsonl, or a GDELT-style TSV."""
        return exporting.export(self.con, fmt, Path(out_dir))

    def counts(self) -> dict[str, int]:
        """How many documents, events and incidents the store holds."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "incidents")}

    def dataframe(self, sql: str, params: list[Any] | None = None) -> Any:
        """The result of a SQL query as a pandas DataFrame (needs the `pandas` extra)."""
        return self.con.execute(sql, params or []).df()


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def open_store(path: str | os.PathLike[str], read_only: bool = False) -> Store:
    """Open (or create) the store at path; raises a StoreError when the file cannot be used."""
    return Store(path, read_only)
