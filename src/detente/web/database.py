"""The store as the web application holds it: open to read, and to write only while a curation writes.

DuckDB lets many processes read a database file, or one process write it. So the application
keeps the store open read-only, and `detente profile`, `timeline` or `report` can read the same
file while it runs; a curation closes the store, opens it for writing, writes, closes it and
opens it to read again. Reads share the store (each worker thread through its own cursor:
connections are not safe to share between threads, cursors of one database are); a write waits
for the reads under way and holds new ones until the store is open again. While the store is open
to write nothing else can open it, so a write waits a moment for a command that is reading it,
then gives up with a StoreLocked naming that command. Each write bumps `generation`, which keys
every cached answer, and so does each reopening (a writer may have come in between), so a cached
chart or dyad list never outlives the data it was drawn from.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from ..store import Store, StoreLocked, StoreMissing
from ..store.check import read_every_block
from .settings import Settings

T = TypeVar("T")
CACHE_ENTRIES = 256
BULKY_ENTRIES = 32  # pages of records (a few hundred KB each): the most recently asked for
OPEN_WAIT = 5.0  # seconds a write waits for other processes reading the store to let go of it


class SharedLock:
    """Many readers or one writer; a waiting writer holds back new readers (so writes are not starved)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._waiting)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            self._cond.wait_for(lambda: not self._writing and not self._readers)
            self._waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


def open_waiting(path: Path, read_only: bool, wait: float | None = None, **options: Any) -> Store:
    """The store opened, retried while another process holds it, for up to `wait` seconds (OPEN_WAIT)."""
    deadline = time.monotonic() + (OPEN_WAIT if wait is None else wait)
    pause = 0.02
    while True:
        try:
            return Store(path, read_only=read_only, **options)
        except StoreLocked:
            if time.monotonic() >= deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.25)


class Database:
    """A store opened for the application (see the module docstring)."""

    def __init__(self, settings: Settings) -> None:
        if not settings.db.exists():
            raise StoreMissing(str(settings.db), "no store here: run `detente ingest FILE... --db PATH` first")
        self.path = settings.db
        self.generation = 0
        self._store: Store | None = Store(self.path, read_only=True, announce=True)
        if settings.edits_refused is None:
            # what opening it for writing checked before: a write must never build on a damaged block
            try:
                read_every_block(self._store.con, self.path)
            except BaseException:
                self._store.close()
                raise
        self._epoch = 0  # which opening of the store the threads' cursors belong to
        self._local = threading.local()
        self._cursors: list[Any] = []
        self._lock = threading.Lock()  # guards the store, the list of cursors and the cache
        self._access = SharedLock()
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._bulky: OrderedDict[tuple[Any, ...], Any] = OrderedDict()

    @property
    def store(self) -> Store:
        """The store as open to read now (opened again if a write could not reopen it)."""
        with self._lock:
            if self._store is None:
                self._store = open_waiting(self.path, read_only=True, wait=0.5, announce=True)
                self._epoch += 1
                self.generation += 1  # another process may have written while it was closed
            return self._store

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """This thread's cursor, to read with (a write waits until the block ends)."""
        with self._access.shared():
            store = self.store
            cursor = getattr(self._local, "cursor", None)
            if cursor is None or getattr(self._local, "epoch", None) != self._epoch:
                cursor = store.con.cursor()
                self._local.cursor, self._local.epoch = cursor, self._epoch
                with self._lock:
                    self._cursors.append(cursor)
            yield cursor

    def write(self, change: Callable[[Store], T]) -> T:
        """Run a change on the store, opened for writing for it alone; cached answers are stale afterwards.
        A StoreLocked when another process keeps the store for longer than OPEN_WAIT."""
        with self._access.exclusive():
            self._close_store()
            try:
                writer = open_waiting(self.path, read_only=False, verify=False)
                try:
                    return change(writer)
                finally:
                    writer.close()
            finally:
                self.generation += 1
                # open to read again now, not at the next request; when another process came in between,
                # the next read opens it again or says who has it
                with contextlib.suppress(StoreLocked):
                    self.store  # noqa: B018

    def cached(self, key: tuple[Any, ...], compute: Callable[[], T], bulky: bool = False) -> T:
        """compute() once per key and generation of the data (a small LRU cache; bulky values, such as
        a page of records, in a smaller one)."""
        cache, limit = (self._bulky, BULKY_ENTRIES) if bulky else (self._cache, CACHE_ENTRIES)
        full = (self.generation, *key)
        with self._lock:
            if full in cache:
                cache.move_to_end(full)
                return cache[full]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            cache[full] = value
            while len(cache) > limit:
                cache.popitem(last=False)
        return value

    def _close_store(self) -> None:
        with self._lock:
            for cursor in self._cursors:
                cursor.close()
            self._cursors.clear()
            store, self._store = self._store, None
            self._epoch += 1
        if store is not None:
            store.close()

    def close(self) -> None:
        self._close_store()
