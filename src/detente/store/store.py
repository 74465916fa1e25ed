"""The Store: one DuckDB file of documents, sentences, references, events and incidents.

Writes go through one connection, one transaction per document: a document and all
its rows are stored together or not at all, so a killed ingest leaves whole documents
only and a rerun stores the rest.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, Self, TypeVar

import duckdb

from ..coding.segment import segment
from ..errors import OptionError, ResourceError, StoreError
from ..model import Document, Event, content_hash, page_of
from ..processes import die_with_parent
from . import curation, holder, incidents, layout, parquet, query, summary
from . import export as exporting
from .check import read_every_block
from .connect import connect, translate
from .records import TEXT_ORIGIN, actor_key, document_row, event_row, mention, pair_key, unique_events
from .transaction import rollback
from .writing import EVENTS_BY_NAME, WindowWriter, delete_document, pairs_of

BATCH_DOCUMENTS = 64  # documents coded together: their sentences are parsed in one batch
Progress = Callable[[int, int], None]  # (documents done, sentences done) after each document
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


@dataclass
class IngestCounts:
    """What an ingest did."""

    documents: int = 0  # documents read
    stored: int = 0  # new documents stored
    recoded: int = 0  # documents stored before, coded again and replaced
    skipped: int = 0  # documents already stored (the same text), left as they were
    events: int = 0  # events stored
    sentences: int = 0  # sentences of the stored documents
    skipped_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if k != "skipped_ids"}


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

    def _check_writable(self) -> None:
        if self.archive:
            raise parquet.refuse_writes(self.path)

    @_store_errors
    def ingest(
        self,
        documents: Iterable[Document],
        recode: bool = False,
        progress: Progress | None = None,
        batch: int = BATCH_DOCUMENTS,
        workers: int = 1,
        cluster: bool = True,
    ) -> IngestCounts:
        """Code and store documents; a document already stored (same text) is skipped unless recode.

        A document is stored under its content hash; an id its corpus gave it is kept as source_id.
        With workers > 1, batches are coded in a pool of processes and written here, in input order.
        With cluster, a large store is then reordered by dyad when it has grown enough (see layout.py).
        """
        self._check_writable()
        counts = IngestCounts()
        seen: set[str] = set()

        def batches() -> Iterator[list[tuple[Document, str | None]]]:
            for chunk in _chunks(documents, batch):
                counts.documents += len(chunk)
                todo = self._to_code(chunk, recode, seen, counts)
                yield from _long_apart(todo)

        try:
            for todo, coded in _coded(batches(), workers):
                if coded is None:
                    self._write_windows(*todo[0], counts, progress)
                else:
                    self._write_batch(todo, coded, counts, progress)
        except BrokenProcessPool:
            raise StoreError(
                str(self.path),
                "a process coding documents died (out of memory?): run again, "
                "the documents stored so far are kept",
            ) from None
        if cluster:
            layout.maybe_cluster(self.con)
        return counts

    @_store_errors
    def needs_clustering(self) -> bool:
        """Whether enough events were added since the store was last ordered by dyad to reorder it."""
        return layout.needs_clustering(self.con)

    @_store_errors
    def cluster(self) -> int:
        """Reorder events and incidents by dyad so that timelines read few blocks; returns the events."""
        self._check_writable()
        return layout.cluster(self.con)

    def _write_batch(
        self,
        todo: list[tuple[Document, str | None]],
        coded: Coded,
        counts: IngestCounts,
        progress: Progress | None,
    ) -> None:
        given = {doc.id: source for doc, source in todo}
        for doc, events in coded:
            replaced, n_sentences = self.write_document(doc, events, given[doc.id])
            counts.recoded += replaced
            counts.stored += not replaced
            counts.events += len(unique_events(events))  # what was stored: a repeated id is stored once
            counts.sentences += n_sentences
            if progress:
                progress(counts.stored + counts.recoded + counts.skipped, counts.sentences)

    def _write_windows(self, doc: Document, source_id: str | None, counts: IngestCounts,
                       progress: Progress | None) -> None:
        """Code a long document here, window by window, storing each window as it is coded."""
        from ..coding import pipeline

        writer = WindowWriter(self.con, doc, source_id)
        done = counts.stored + counts.recoded + counts.skipped
        for window in pipeline.code_windows(doc, pipeline.WINDOW_CHARS):
            writer.write(window)
            if progress:
                progress(done, counts.sentences + writer.sentences)
        counts.recoded += writer.replaced
        counts.stored += not writer.replaced
        counts.events += writer.events
        counts.sentences += writer.sentences
        if progress:
            progress(done + 1, counts.sentences)

    def _to_code(
        self, chunk: list[Document], recode: bool, seen: set[str], counts: IngestCounts
    ) -> list[tuple[Document, str | None]]:
        """The documents of a batch to code, each keyed by its content hash, with the id its corpus
        gave it; the others are counted as skipped."""
        hashed = [(keyed(doc), doc.id) for doc in chunk]
        ids = [doc.id for doc, _ in hashed]
        stored = {
            r[0]
            for r in self.con.execute(
                # a document whose row has no count of events was cut short while stored window by window
                "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?)) AND n_events IS NOT NULL", [ids]
            ).fetchall()
        }
        todo = []
        for doc, given in hashed:
            if doc.id in seen or (doc.id in stored and not recode):
                counts.skipped += 1
                counts.skipped_ids.append(doc.id)
            else:
                todo.append((doc, given if given != doc.id else None))
            seen.add(doc.id)
        return todo

    @_store_errors
    def write_document(
        self, doc: Document, events: list[Event], source_id: str | None = None
    ) -> tuple[bool, int]:
        """Store one coded document and its events in one transaction, replacing a stored
        version; returns (whether one was replaced, number of sentences)."""
        sentences = segment(doc)
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
        return replaced, len(sentences)

    @_store_errors
    def import_files(
        self, dataset: str, paths: Iterable[str], done: Callable[[Any], None] | None = None, cluster: bool = True
    ) -> list[Any]:
        """Import dataset files (gdelt, icews, polecat, sipri), one transaction per file; one
        :class:`detente.sources.FileImport` per file (see detente.ingest.datasets). With cluster, a large
        store is then reordered by dyad when it has grown enough (see layout.py)."""
        self._check_writable()
        from ..ingest.datasets import import_files

        results = import_files(self.con, str(self.path), dataset, list(paths), done)
        if cluster and any(r.imported for r in results):
            layout.maybe_cluster(self.con)
        return results

    # --- the summary -----------------------------------------------------------------

    @_store_errors
    def rebuild_summary(self) -> None:
        """Count the summary tables again from the events (they are kept by every write: this is for
        a store whose events were changed by other means)."""
        self._check_writable()
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
        self._check_writable()
        return curation.curate(self.con, event_id, action, reason, who, edits)

    @_store_errors
    def undo(self, seq: int, reason: str | None = None, who: str | None = None) -> dict[str, Any]:
        """Reverse the decision numbered seq; returns the undo's audit entry."""
        self._check_writable()
        return curation.undo(self.con, seq, reason, who)

    @_store_errors
    def curations(self, event_id: str) -> list[dict[str, Any]]:
        """The audit trail of an event, oldest first."""
        return curation.trail(self.con, event_id)

    # --- reading ---------------------------------------------------------------------

    @_store_errors
    def compare(self, a: str, b: str, dataset: str, days: int | None = None, strict_codes: bool = False) -> Any:
        """The events of a dyad coded from text against those imported from a dataset: a
        :class:`detente.sources.compare.Comparison` (matched, only in the text, only in the dataset)."""
        from ..ingest.datasets import check_dataset
        from ..sources.compare import DEFAULT_DAYS, compare

        dataset = check_dataset(dataset)
        if days is not None and days < 0:
            raise OptionError("--days", f"{days} is not a number of days: give 0 or more")
        records = self.events(dyad=(a, b), strict_codes=strict_codes, origin=None)
        text = [r for r in records if r.get("origin", "text") == "text"]
        imported = [r for r in records if r.get("origin") == dataset]
        return compare(text, imported, dataset, a.upper(), b.upper(), DEFAULT_DAYS if days is None else days)

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


Coded = list[tuple[Document, list[Event]]]


def insert_document(
    con: Any,
    doc: Document,
    sentences: list[Any],
    events: list[Event],
    source_id: str | None,
    seq: int,
    incident_of: dict[str, str] | None = None,
) -> None:
    """The rows of one coded document: documents, sentences, doc_references and events (numbered from
    seq + 1, with the incident `incident_of` gives each, else none). Used by the store and by the Dask
    workers, which write the same tables to Parquet."""
    incidents.insert_rows(con, "documents", [document_row(doc, source_id, len(sentences), len(events))])
    incidents.insert_rows(
        con, "sentences", [[doc.id, s.index, s.start, s.end, s.paragraph, s.text, page_of(doc, s.start)]
                           for s in sentences]
    )
    incidents.insert_rows(con, "doc_references", [[doc.id, r.n, r.text, r.date] for r in doc.references])
    incidents.insert_rows(
        con,
        EVENTS_BY_NAME,
        [event_row(e, seq + n, (incident_of or {}).get(e.id)) for n, e in enumerate(events, 1)],
    )


def code_batch(docs: list[Document]) -> Coded:
    """Code a batch of documents (in a worker process, or here)."""
    from ..coding.pipeline import extract_many

    return list(extract_many(docs))


def _coded(
    batches: Iterator[list[tuple[Document, str | None]]], workers: int
) -> Iterator[tuple[list[tuple[Document, str | None]], Coded | None]]:
    """(batch, its coded documents) for each batch, in order; coded by a process pool when workers > 1
    and there is more than one batch (starting workers costs more than coding one batch here). A long
    document comes alone, not coded (None): it is coded and stored window by window, here."""
    head = list(itertools.islice(batches, 2))
    batches = itertools.chain(head, batches)
    if workers <= 1 or len(head) < 2:
        for todo in batches:
            yield todo, None if _long(todo) else code_batch([doc for doc, _ in todo])
        return
    # spawn, not fork: the parent holds a DuckDB connection and its threads. The workers die with this
    # process, even when it is killed with SIGKILL (see detente.processes).
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        waiting: deque[tuple[list[tuple[Document, str | None]], Future[Coded] | None]] = deque()
        for todo in batches:
            waiting.append((todo, None if _long(todo) else pool.submit(code_batch, [doc for doc, _ in todo])))
            if len(waiting) >= 2 * workers:
                done, future = waiting.popleft()
                yield done, future.result() if future else None
        while waiting:
            done, future = waiting.popleft()
            yield done, future.result() if future else None


def _long(todo: list[tuple[Document, str | None]]) -> bool:
    """A batch of one long document, coded and stored window by window."""
    from ..coding import pipeline

    return len(todo) == 1 and len(todo[0][0].text) > pipeline.WINDOW_CHARS


def _long_apart(todo: list[tuple[Document, str | None]]) -> Iterator[list[tuple[Document, str | None]]]:
    """The documents of a batch in order, as batches where each long document is alone."""
    from ..coding import pipeline

    run: list[tuple[Document, str | None]] = []
    for item in todo:
        if len(item[0].text) > pipeline.WINDOW_CHARS:
            if run:
                yield run
            yield [item]
            run = []
        else:
            run.append(item)
    if run:
        yield run


def keyed(doc: Document) -> Document:
    """The document under its content hash (a copy when its corpus gave it another id)."""
    digest = content_hash(doc.text)
    return doc if doc.id == digest else dataclasses.replace(doc, id=digest)


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
    """Open (or create) the store at path; raises a StoreError when the file cannot be used (one held by
    another process: a StoreLocked naming it when it is a detente command)."""
    return Store(path, read_only)
