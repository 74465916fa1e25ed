"""Errors of the event store, all children of detente's DetenteError.

DetenteError
└── StoreError          the database file cannot be used
    ├── StoreMissing    no store at the path (queries need one)
    ├── StoreCorrupt    not a DuckDB file, a damaged one, or another program's database
    ├── StoreReadOnly   the file or its directory cannot be written
    ├── StoreLocked     another process holds the database for writing
    └── StoreFull       the disk (or the file-size limit) is full: a write failed and was undone
"""

from __future__ import annotations

from ..errors import DetenteError


class StoreError(DetenteError):
    """The event store cannot be opened or used."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class StoreMissing(StoreError):
    """There is no store at the path."""


class StoreCorrupt(StoreError):
    """The file is not a detente store: damaged, or another program's file."""


class StoreReadOnly(StoreError):
    """The store (or the place it would be created) cannot be written."""


class StoreLocked(StoreError):
    """Another process has the store open for writing."""


class StoreFull(StoreError):
    """A write failed for want of space; its transaction was rolled back."""
