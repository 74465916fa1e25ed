"""Write events as JSON lines, CSV or a terminal table."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from .model import Event
from .terminal import json_safe, safe_table, terminal_stream

FORMATS = ("jsonl", "csv", "table")
CSV_COLUMNS = [
    "id", "doc_id", "date_start", "date_end", "date_precision", "date_basis", "source_country", "source_code",
    "source_text", "event_type", "mode", "target_country", "target_code", "target_text", "reciprocal", "status",
    "cameo", "goldstein", "quad_class", "context", "trigger", "confidence", "references", "quote",
]


def csv_row(e: Event) -> dict[str, Any]:
    """One flat CSV row for an event."""
    return {
        "id": e.id, "doc_id": e.doc_id,
        "date_start": e.date.start.isoformat() if e.date.start else "",
        "date_end": e.date.end.isoformat() if e.date.end else "",
        "date_precision": e.date.precision, "date_basis": e.date.basis or "",
        "source_country": e.source.country or "", "source_code": e.source.code or "", "source_text": e.source.text,
        "event_type": e.event_type, "mode": e.mode or "",
        "target_country": e.target.country or "", "target_code": e.target.code or "", "target_text": e.target.text,
        "reciprocal": str(e.reciprocal).lower(), "status": e.status, "cameo": e.cameo or "",
        "goldstein": "" if e.goldstein is None else e.goldstein, "quad_class": e.quad_class or "",
        "context": ";".join(e.context), "trigger": e.trigger, "confidence": round(e.confidence, 3),
        "references": ";".join(str(r.n) for r in e.references), "quote": e.evidence.text,
    }


class EventWriter:
    """Streams events to a text stream in one of FORMATS."""

    def __init__(self, stream: TextIO, fmt: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self.rows: list[Event] = []
        self._csv = csv.DictWriter(terminal_stream(stream), CSV_COLUMNS) if fmt == "csv" else None
        if self._csv:
            self._csv.writeheader()

    def write(self, events: Iterable[Event]) -> None:
        for e in events:
            if self.fmt == "jsonl":
                self.stream.write(json_safe(json.dumps(e.to_dict(), ensure_ascii=False)) + "\n")
            elif self._csv:
                self._csv.writerow(csv_row(e))
            else:
                self.rows.append(e)
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "table":
            print_table(self.rows, self.stream)


def _date_cell(e: Event) -> str:
    if not e.date.start:
        return "undated"
    start, end = e.date.start.isoformat(), (e.date.end or e.date.start).isoformat()
    return start if start == end else f"{start} .. {end}"


def plain_console(stream: TextIO) -> Any:
    """A rich console that prints text as it is: quotes may hold "[...]" (not markup) and
    ":name:" (not an emoji code); wide enough for a table when not on a terminal."""
    from rich.console import Console  # rich is loaded only by the commands that draw tables

    return Console(file=stream, width=160 if not stream.isatty() else None, markup=False, emoji=False,
                   highlight=False)


def print_table(events: list[Event], stream: TextIO, documents: list[str] | None = None) -> None:
    """A readable table: date, who, what, to whom, status, quote, and the document of each
    event when `documents` (one label per event) is given."""
    table = safe_table(show_lines=False, expand=True)
    for name, kw in (("date", {"no_wrap": True}), ("source", {}), ("event", {}), ("target", {}),
                     ("status", {}), ("evidence", {"ratio": 3})):
        table.add_column(name, **kw)
    if documents is not None:
        table.add_column("document", ratio=1)
    for i, e in enumerate(events):
        arrow = "<->" if e.reciprocal else "->"
        quote = e.evidence.text if len(e.evidence.text) < 160 else e.evidence.text[:157] + "..."
        cells = [f"{_date_cell(e)}\n({e.date.precision}, {e.date.basis})", e.source.name or e.source.text,
                 f"{e.event_type} {arrow}\n{e.cameo} {e.trigger}", e.target.name or e.target.text,
                 e.status, quote]
        table.add_row(*cells, *([documents[i]] if documents is not None else []))
    plain_console(stream).print(table)
    print(f"{len(events)} events", file=stream)


class _WholeWrites(io.RawIOBase):
    """Standard output whose every write writes all it is given or raises. At a full disk (or a file-size
    limit) the system writes part of a buffer and Python's buffered layers drop the rest without a word,
    so `detente extract > events.jsonl` would end cut short with exit status 0; here the next write
    raises the system's error instead, which the command line reports."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        done = 0
        while done < len(view):
            done += os.write(self._fd, view[done:])
        return done


def checked_stdout() -> None:
    """Make sys.stdout one whose writes all reach the file or raise (see _WholeWrites)."""
    stream = sys.stdout
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test runner's capture): nothing to check
    stream.flush()
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(_WholeWrites(fd)), encoding=stream.encoding,
                                  errors=stream.errors, line_buffering=bool(stream.line_buffering))
