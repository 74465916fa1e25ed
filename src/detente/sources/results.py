"""What an import reports: per file, the rows read, imported, already stored (duplicates) and
rejected, with the reason of every rejected line counted and the first few shown with their line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

SHOWN = 5  # rejected lines shown with their line number and reason; all are counted


@dataclass(frozen=True, order=True)
class Rejection:
    """One rejected line: where it is (None when unknown) and why."""

    line: int
    reason: str
    kind: str = field(default="", compare=False)  # the reason without detail, for counting


@dataclass
class FileImport:
    """The outcome of importing one file."""

    path: str
    dataset: str
    doc_id: str | None = None
    title: str | None = None
    read: int = 0  # data lines read (blank lines and headers not counted)
    imported: int = 0  # events stored
    duplicates: int = 0  # events already stored (from another file) or repeated in this one
    rejected: int = 0  # lines that could not be imported
    kinds: Counter[str] = field(default_factory=Counter)  # rejected lines by kind of reason
    first: list[Rejection] = field(default_factory=list)  # the first SHOWN rejected lines
    already: bool = False  # the same file was imported before: nothing done
    error: str | None = None  # the file could not be imported at all: why and what to do

    def reject(self, rejections: list[Rejection], kinds: Counter[str]) -> None:
        """Add rejected lines: all counted by kind, the first SHOWN kept (by line number)."""
        self.rejected += sum(kinds.values())
        self.kinds.update(kinds)
        self.first = sorted(self.first + rejections)[:SHOWN]

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "dataset": self.dataset,
            "doc_id": self.doc_id,
            "title": self.title,
            "read": self.read,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "reasons": dict(self.kinds),
            "first_rejected": [{"line": r.line, "reason": r.reason} for r in self.first],
            "already_imported": self.already,
            "error": self.error,
        }
