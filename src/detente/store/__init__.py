"""The event store: an embedded DuckDB file of documents, events and incidents.

>>> from detente.store import open_store
>>> with open_store("detente.duckdb") as store:
...     store.ingest(documents)
...     store.timeline("RUS", "PAK")
"""

from __future__ import annotations

from ..errors import StoreCorrupt, StoreError, StoreFull, StoreLocked, StoreMissing, StoreReadOnly
from .store import IngestCounts, Store, open_store

__all__ = [
    "IngestCounts",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "StoreMissing",
    "StoreReadOnly",
    "open_store",
]
