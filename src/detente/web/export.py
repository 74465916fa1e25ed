"""The CSV twin of a list: the rows a page lists (a timeline: every row of it, in the page's order)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from starlette.responses import Response

from ..output import CSV_COLUMNS, csv_row
from ..store.records import record_event

EVENT_EXTRA = ["origin", "origin_id", "url", "curation", "n_mentions", "n_docs"]
EVENT_COLUMNS = CSV_COLUMNS + EVENT_EXTRA


def event_rows(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event records as the flat rows of `detente events --format csv`, with their origin and incident."""
    return [{**csv_row(record_event(r)), **{k: r.get(k) if r.get(k) is not None else "" for k in EVENT_EXTRA}}
            for r in records]


def csv_response(rows: Iterable[dict[str, Any]], columns: list[str], name: str) -> Response:
    """A CSV download of rows (only the columns named, in order; lists joined with ';')."""
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}.csv"'})


def _cell(value: Any) -> Any:
    """A cell as written: lists joined with ';', and a text a spreadsheet would run as a formula
    (documents are untrusted) prefixed with an apostrophe."""
    if isinstance(value, list):
        value = ";".join(map(str, value))
    if isinstance(value, str) and value[:1] in ("=", "+", "@"):
        return "'" + value
    return value
