"""Importers of the event and arms-trade datasets analysts already use (GDELT, ICEWS, POLECAT, SIPRI):
each reads a file into records of detente's shape (detente.ingest.datasets stores them; the comparison
of a dataset with the events coded from text is detente.analysis.text_vs_dataset).

>>> from detente.analysis.text_vs_dataset import compare_store
>>> from detente.ingest import import_dataset
>>> from detente.store import open_store
>>> with open_store("detente.duckdb") as store:
...     import_dataset(store, "gdelt", ["20191024143000.export.CSV"])
...     compare_store(store, "RUS", "SYR", "gdelt")
"""

from __future__ import annotations

from ..errors import ImportFailed, WrongFormat
from .datasets import DATASETS
from .results import FileImport, Rejection

__all__ = ["DATASETS", "FileImport", "ImportFailed", "Rejection", "WrongFormat"]
