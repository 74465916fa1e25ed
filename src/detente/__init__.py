"""detente: dated, sourced records of events between states."""

from __future__ import annotations

from .api import extract, open_store, read, read_inputs
from .errors import (
    DetenteError,
    InputError,
    MalformedLine,
    OptionError,
    ResourceError,
    StoreError,
    UnreadableInput,
)
from .model import Actor, DateSpan, Document, Event, Evidence, Reference, Sentence

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "DateSpan",
    "DetenteError",
    "Document",
    "Event",
    "Evidence",
    "InputError",
    "MalformedLine",
    "OptionError",
    "Reference",
    "ResourceError",
    "Sentence",
    "StoreError",
    "UnreadableInput",
    "__version__",
    "extract",
    "open_store",
    "read",
    "read_inputs",
]
