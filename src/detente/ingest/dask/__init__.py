"""Archive scale: coding a corpus on a Dask cluster into a Parquet store (see engine.py).

>>> from detente.ingest.dask import ingest
>>> run = ingest(["corpus/*.jsonl"], "out/", local_workers=2)
>>> from detente.store import open_store
>>> open_store("out/").timeline("RUS", "PAK")
"""

from __future__ import annotations

from .engine import ArchiveRun, ingest

__all__ = ["ArchiveRun", "ingest"]
