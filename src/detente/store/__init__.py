"""The event store: an embedded DuckDB file of documents, events and incidents.

>>> from detente.store import open_store
>>> with open_store("detente.duckdb") as store:
...     store.timeline("RUS", "PAK")

The store never codes: detente.ingest codes documents and writes them here (Store.write_document).
"""

from __future__ import annotations

from ..errors import StoreCorrupt, StoreError, StoreFull, StoreLocked, StoreMissing, StoreReadOnly
from .store import Store, open_store

__all__ = [
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "StoreMissing",
    "StoreReadOnly",
    "open_store",
]
