"""Ingest: the one part of detente that wires the coder and the store together.

>>> from detente import open_store, read
>>> from detente.ingest import import_dataset, ingest_documents
>>> with open_store("detente.duckdb") as store:
...     ingest_documents(store, [read("review.md")])
...     import_dataset(store, "sipri", ["trade-register.csv"])

- local.py: code documents on this machine (batches, a process pool) and write them to a store;
- datasets.py: import dataset files (GDELT, ICEWS, POLECAT, SIPRI) into a store;
- dask/: the same coder on a Dask cluster, writing a Parquet store.
"""

from __future__ import annotations

from .datasets import import_dataset
from .local import BATCH_DOCUMENTS, IngestCounts, ingest_documents

__all__ = ["BATCH_DOCUMENTS", "IngestCounts", "import_dataset", "ingest_documents"]
