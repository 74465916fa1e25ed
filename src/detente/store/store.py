"""The Store: one DuckDB file of documents, sentences, references, events and incidents.

Writes go through one connection, one transaction per document: a document and all
its rows are stored together or not at all, so a killed ingest leaves whole documents
only and a rerun stores the rest.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, ParamSpec, Self, TypeVar

import duckdb

from ..errors import ResourceError, StoreError
from ..model import Document, Event, Sentence, page_of
from . import clustering, curation, holder, incidents, parquet, query, summary
from . import export as exporting
from .check import read_every_block
from .connect import connect, translate
from .records import TEXT_ORIGIN, actor_key, document_row, event_row, mention, pair_key, unique_events
from .rows import insert_rows
from .transaction import rollback
from .writing import EVENTS_BY_NAME, WindowWriter, delete_document, pairs_of

P = ParamSpec("P")
R = TypeVar("R")


def _store_errors(method: Callable[P, R]) -> Callable[P, R]:
    """A Store method whose DuckDB failures (a damaged block, a full disk) come out as one-line
    StoreErrors naming the file and what to do."""

    @functools.wraps(method)
    def translated(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except duckdb.Error as exc:
            raise translate(args[0].path, exc) from None  # type: ignore[attr-defined]

    return translated


class Store:
    """An event store; open one with :func:`open_store`."""

    def __init__(
        self, path: str | os.PathLike[str], read_only: bool = False, verify: bool = True, announce: bool = False
    ) -> None:
        """verify: read every block before writing (False when the caller has just done so); announce:
        record this process in the holder file while it reads too (a long-lived reader: detente serve)."""
        self.path = Path(path)
        self.archive = parquet.is_archive(self.path)  # a Parquet store of the Dask engine: read-only
        self.read_only = read_only or self.archive
        self.con = parquet.connect_archive(self.path) if self.archive else connect(self.path, read_only)
        if not self.read_only and verify:
            # a write must never build on a damaged block that no query has read yet
            try:
                read_every_block(self.con, self.path)
            except StoreError:
                self.con.close()
                raise
        self._announced = not self.archive and (announce or not self.read_only)
        if self._announced:
            holder.claim(self.path, holder.READING if self.read_only else holder.WRITING)

    def close(self) -> None:
        """Close the database (checkpointing it)."""
        try:
            self.con.close()
        except duckdb.Error as exc:
            raise translate(self.path, exc) from None
        finally:
            if self._announced:
                holder.release(self.path)
                self._announced = False

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        try:
            self.close()
        except StoreError:
            if exc_type is None:
                raise  # else the error that ended the block is the one to report

    # --- writing -------------------------------------------------------------------

    def check_writable(self) -> None:
        """Raise a StoreError when the store cannot be written (a Parquet store of the Dask engine)."""
        if self.archive:
            raise parquet.refuse_writes(self.path)

    @contextlib.contextmanager
    def errors_translated(self) -> Iterator[None]:
        """DuckDB failures inside the block (a damaged block, a full disk) come out as one-line
        StoreErrors naming the file and what to do (for writers outside this class: detente.ingest)."""
        try:
            yield
        except duckdb.Error as exc:
            raise translate(self.path, exc) from None

    @_store_errors
    def maybe_cluster(self) -> bool:
        """Reorder the store by dyad when it has grown enough since it was last ordered (see clustering.py)."""
        return clustering.maybe_cluster(self.con)

    @_store_errors
    def needs_clustering(self) -> bool:
        """Whether enough events were added since the store was last ordered by dyad to reorder it."""
        return clustering.needs_clustering(self.con)

    @_store_errors
    def cluster(self) -> int:
        """Reorder events and incidents by dyad so that timelines read few blocks; returns the events."""
        self.check_writable()
        return clustering.cluster(self.con)

    @_store_errors
    def stored_whole(self, doc_ids: list[str]) -> set[str]:
        """The ids, of those given, of documents stored whole (a document stored window by window and
        cut short has no count of events yet)."""
        return {
            r[0]
            for r in self.con.execute(
                "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?)) AND n_events IS NOT NULL", [doc_ids]
            ).fetchall()
        }

    def window_writer(self, doc: Document, source_id: str | None = None) -> WindowWriter:
        """A writer of one long document, window by window as the coder gives them (see writing.py)."""
        self.check_writable()
        return WindowWriter(self.con, doc, source_id)

    @_store_errors
    def write_document(
        self, doc: Document, sentences: list[Sentence], events: list[Event], source_id: str | None = None
    ) -> bool:
        """Store one coded document, its sentences (as the coder split them) and its events in one
        transaction, replacing a stored version; returns whether one was replaced."""
        self.check_writable()
        unique = unique_events(events)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            before = pairs_of(con, doc.id)
            replaced, orphans = delete_document(con, doc.id)
            chosen, touched = incidents.assign(con, orphans + [mention(e) for e in unique])
            seq = con.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
            insert_document(con, doc, sentences, unique, source_id, seq, chosen)
            for m in orphans:
                con.execute("UPDATE events SET incident_id = ? WHERE id = ?", [chosen[m.id], m.id])
            incidents.write_incidents(con, touched)
            curation.after_write(con, doc.id, [i.id for i in touched])  # an analyst's decisions survive a recode
            # the pairs the document had, has as coded, and has after the decisions on its events
            coded = {pair_key(actor_key(e.source), actor_key(e.target)) for e in unique}
            summary.refresh(con, before | coded | pairs_of(con, doc.id), TEXT_ORIGIN)
            con.execute("COMMIT")
        except BaseException:
            rollback(con)
            raise
        return replaced

    # --- the summary -----------------------------------------------------------------

    @_store_errors
    def rebuild_summary(self) -> None:
        """Count the summary tables again from the events (they are kept by every write: this is for
        a store whose events were changed by other means)."""
        self.check_writable()
        self.con.execute("BEGIN TRANSACTION")
        try:
            summary.rebuild(self.con)
            self.con.execute("COMMIT")
        except BaseException:
            rollback(self.con)
            raise

    # --- curation --------------------------------------------------------------------

    @_store_errors
    def curate(
        self, event_id: str, action: str, reason: str | None = None, who: str | None = None, **edits: Any
    ) -> dict[str, Any]:
        """Confirm, reject or edit (event_type, source, target, date_start, date_end, date_precision,
        status) an event, with a reason; returns the audit entry (see curation.py)."""
        self.check_writable()
        return curation.curate(self.con, event_id, action, reason, who, edits)

    @_store_errors
    def undo(self, seq: int, reason: str | None = None, who: str | None = None) -> dict[str, Any]:
        """Reverse the decision numbered seq; returns the undo's audit entry."""
        self.check_writable()
        return curation.undo(self.con, seq, reason, who)

    @_store_errors
    def curations(self, event_id: str) -> list[dict[str, Any]]:
        """The audit trail of an event, oldest first."""
        return curation.trail(self.con, event_id)

    # --- reading ---------------------------------------------------------------------

    @_store_errors
    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events matching the filters, one per incident unless mentions=True (see query.events)."""
        return query.events(self.con, **filters)

    @_store_errors
    def timeline(
        self, a: str, b: str, strict_codes: bool = False, mentions: bool = False, origin: str | None = "text"
    ) -> list[dict[str, Any]]:
        """The incidents between two actors in date order (undated last); coded from text unless
        `origin` names a dataset or is None/'all'."""
        return query.timeline(self.con, a, b, strict_codes, mentions, origin)

    @_store_errors
    def dyads(self, origin: str | None = "text") -> list[dict[str, Any]]:
        """Actor pairs with counts of incidents, events and documents and their date span."""
        return query.dyads(self.con, origin)

    @_store_errors
    def period_counts(
        self, a: str, b: str, strict_codes: bool = False, origin: str | None = "text"
    ) -> list[tuple[Any, ...]]:
        """The incidents between two actors counted by what a profile reads (detente.analysis.tally.Key),
        from the summary table: rows of (the key's fields ..., count)."""
        return query.period_counts(self.con, a, b, strict_codes, origin)

    @_store_errors
    def landmark_candidates(
        self, a: str, b: str, strict_codes: bool = False, event_types: list[str] | None = None
    ) -> list[dict[str, Any]]:
        """The incidents between two actors that occurred and are dated (of event_types, when given)."""
        return query.landmark_candidates(self.con, a, b, strict_codes, event_types)

    @_store_errors
    def docs(self) -> list[dict[str, Any]]:
        """The stored documents."""
        return query.docs(self.con)

    @_store_errors
    def document_labels(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """A short label (title, else corpus id, else file name) for each stored document id given."""
        return query.document_labels(self.con, doc_ids)

    @_store_errors
    def show(self, event_id: str) -> dict[str, Any]:
        """One event (a unique id prefix will do) with its context, references and incident."""
        return query.show(self.con, event_id)

    @_store_errors
    def export(self, fmt: str, out_dir: str | os.PathLike[str]) -> list[Path]:
        """Write events, incidents and documents as parquet, csv or jsonl, or a GDELT-style TSV."""
        return exporting.export(self.con, fmt, Path(out_dir))

    @_store_errors
    def counts(self) -> dict[str, int]:
        """How many documents, events and incidents the store holds."""
        return {
            t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "events", "incidents")
        }

    def frame(self, records: list[dict[str, Any]]) -> Any:
        """Records of any query as a pandas DataFrame, nested fields flattened (source_country ...).

        Needs pandas (the `pandas` extra)."""
        try:
            import pandas
        except ImportError:
            raise ResourceError("pandas is not installed: pip install 'detente[pandas]'") from None
        return pandas.json_normalize(records, sep="_")


def insert_document(
    con: Any,
    doc: Document,
    sentences: list[Sentence],
    events: list[Event],
    source_id: str | None,
    seq: int,
    incident_of: dict[str, str] | None = None,
) -> None:
    """The rows of one coded document: documents, sentences, doc_references and events (numbered from
    seq + 1, with the incident `incident_of` gives each, else none). Used by the store and by the Dask
    workers, which write the same tables to Parquet."""
    insert_rows(con, "documents", [document_row(doc, source_id, len(sentences), len(events))])
    insert_rows(
        con, "sentences", [[doc.id, s.index, s.start, s.end, s.paragraph, s.text, page_of(doc, s.start)]
                           for s in sentences]
    )
    insert_rows(con, "doc_references", [[doc.id, r.n, r.text, r.date] for r in doc.references])
    insert_rows(
        con,
        EVENTS_BY_NAME,
        [event_row(e, seq + n, (incident_of or {}).get(e.id)) for n, e in enumerate(events, 1)],
    )


def open_store(path: str | os.PathLike[str], read_only: bool = False) -> Store:
    """Open (or create) the store at path; raises a StoreError when the file cannot be used (one held by
    another process: a StoreLocked naming it when it is a detente command)."""
    return Store(path, read_only)
