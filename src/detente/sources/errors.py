"""Errors of the importers, children of detente's InputError (see detente.errors).

InputError
├── UnreadableInput     (detente.errors) missing, a directory, empty, a damaged archive
└── WrongFormat         the file is readable but not the dataset it was given as
ImportFailed            (a StoreError) the database refused the import; nothing of the file was stored
"""

from __future__ import annotations

from ..errors import InputError
from ..store.errors import StoreError


class WrongFormat(InputError):
    """The file is not the dataset it was given as (or a version detente does not read)."""


class ImportFailed(StoreError):
    """The store could not take a file's rows; its transaction was rolled back."""
