"""The store as the web application holds it: one connection, reads in parallel, writes one at a time.

DuckDB lets one process hold a database file for writing. The application opens the store
once (read-write, so that curation can write) and gives each worker thread its own cursor
(a DuckDB connection to the same database: connections are not safe to share between
threads, cursors of one database are). Writes go through the store's own connection, one at
a time under a lock, and bump `generation`, which keys every cached answer, so a cached chart
or dyad list never outlives the data it was drawn from. Nothing else writes to the file while
the application holds it (DuckDB locks it), so the generation is the state of the data.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from ..store import Store, StoreMissing, open_store
from .settings import Settings

T = TypeVar("T")
CACHE_ENTRIES = 256
BULKY_ENTRIES = 32  # pages of records (a few hundred KB each): the most recently asked for


class Database:
    """A store opened for the application (see the module docstring)."""

    def __init__(self, settings: Settings) -> None:
        if not settings.db.exists():
            raise StoreMissing(str(settings.db), "no store here: run `detente ingest FILE... --db PATH` first")
        self.store: Store = open_store(settings.db, read_only=settings.read_only)
        self.generation = 0
        self._local = threading.local()
        self._cursors: list[Any] = []
        self._lock = threading.Lock()  # guards the list of cursors and the cache
        self._write_lock = threading.Lock()
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._bulky: OrderedDict[tuple[Any, ...], Any] = OrderedDict()

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """This thread's cursor, to read with."""
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            cursor = self.store.con.cursor()
            self._local.cursor = cursor
            with self._lock:
                self._cursors.append(cursor)
        yield cursor

    def write(self, change: Callable[[Store], T]) -> T:
        """Run a change on the store, alone; cached answers are stale afterwards."""
        with self._write_lock:
            try:
                return change(self.store)
            finally:
                self.generation += 1

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

    def close(self) -> None:
        with self._lock:
            for cursor in self._cursors:
                cursor.close()
            self._cursors.clear()
        self.store.close()
