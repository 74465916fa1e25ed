"""Coding documents on this machine and writing them to a store: batches, and a pool of processes.

The coder splits each document into sentences once; the store keeps those sentences with the
document's events (Store.write_document), one transaction per document. A long document is coded
and stored window by window (Store.window_writer), each window in its own transaction.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from ..coding import pipeline
from ..coding.pipeline import CodedDocument
from ..errors import StoreError
from ..model import Document, Event, content_hash
from ..processes import die_with_parent
from ..store import Store
from ..store.records import unique_events

BATCH_DOCUMENTS = 64  # documents coded together: their sentences are parsed in one batch
Progress = Callable[[int, int], None]  # (documents done, sentences done) after each document
Todo = list[tuple[Document, str | None]]  # documents to code, each with the id its corpus gave it (else None)


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


def ingest_documents(
    store: Store,
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
    With cluster, a large store is then reordered by dyad when it has grown enough (see store/clustering.py).
    """
    store.check_writable()
    counts = IngestCounts()
    seen: set[str] = set()

    def batches() -> Iterator[Todo]:
        for chunk in _chunks(documents, batch):
            counts.documents += len(chunk)
            todo = _to_code(store, chunk, recode, seen, counts)
            yield from _long_apart(todo)

    with store.errors_translated():
        try:
            for todo, coded in _coded(batches(), workers):
                if coded is None:
                    _write_windows(store, *todo[0], counts, progress)
                else:
                    _write_batch(store, todo, coded, counts, progress)
        except BrokenProcessPool:
            raise StoreError(
                str(store.path),
                "a process coding documents died (out of memory?): run again, "
                "the documents stored so far are kept",
            ) from None
        if cluster:
            store.maybe_cluster()
    return counts


def _write_batch(store: Store, todo: Todo, coded: list[CodedDocument], counts: IngestCounts,
                 progress: Progress | None) -> None:
    given = {doc.id: source for doc, source in todo}
    for c in coded:
        replaced = store.write_document(c.doc, c.sentences, c.events, given[c.doc.id])
        counts.recoded += replaced
        counts.stored += not replaced
        counts.events += len(unique_events(c.events))  # what was stored: a repeated id is stored once
        counts.sentences += len(c.sentences)
        if progress:
            progress(counts.stored + counts.recoded + counts.skipped, counts.sentences)


def _write_windows(store: Store, doc: Document, source_id: str | None, counts: IngestCounts,
                   progress: Progress | None) -> None:
    """Code a long document here, window by window, storing each window as it is coded."""
    writer = store.window_writer(doc, source_id)
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


def _to_code(store: Store, chunk: list[Document], recode: bool, seen: set[str], counts: IngestCounts) -> Todo:
    """The documents of a batch to code, each keyed by its content hash, with the id its corpus
    gave it; the others are counted as skipped."""
    hashed = [(keyed(doc), doc.id) for doc in chunk]
    stored = store.stored_whole([doc.id for doc, _ in hashed])
    todo = []
    for doc, given in hashed:
        if doc.id in seen or (doc.id in stored and not recode):
            counts.skipped += 1
            counts.skipped_ids.append(doc.id)
        else:
            todo.append((doc, given if given != doc.id else None))
        seen.add(doc.id)
    return todo


def extract_in_batches(documents: Iterable[Document], tick: pipeline.Tick | None = None,
                       batch: int = BATCH_DOCUMENTS) -> Iterator[tuple[Document, list[Event]]]:
    """(document, events) for each document, in order, coded BATCH_DOCUMENTS at a time: the documents
    are read as the coder needs them (detente extract streams a corpus through this)."""
    for chunk in _chunks(documents, batch):
        yield from pipeline.extract_many(chunk, tick)


def code_batch(docs: list[Document]) -> list[CodedDocument]:
    """Code a batch of documents (in a worker process, or here)."""
    return list(pipeline.code_many(docs))


def _coded(batches: Iterator[Todo], workers: int) -> Iterator[tuple[Todo, list[CodedDocument] | None]]:
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
        waiting: deque[tuple[Todo, Future[list[CodedDocument]] | None]] = deque()
        for todo in batches:
            waiting.append((todo, None if _long(todo) else pool.submit(code_batch, [doc for doc, _ in todo])))
            if len(waiting) >= 2 * workers:
                done, future = waiting.popleft()
                yield done, future.result() if future else None
        while waiting:
            done, future = waiting.popleft()
            yield done, future.result() if future else None


def _long(todo: Todo) -> bool:
    """A batch of one long document, coded and stored window by window."""
    return len(todo) == 1 and len(todo[0][0].text) > pipeline.WINDOW_CHARS


def _long_apart(todo: Todo) -> Iterator[Todo]:
    """The documents of a batch in order, as batches where each long document is alone."""
    run: Todo = []
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
