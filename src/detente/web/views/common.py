"""What several pages show the same way: actor names, dates, and an event as a line of a list."""

from __future__ import annotations

from functools import cache
from typing import Any

from ...report.wording import date_label

Record = dict[str, Any]


@cache
def actor_name(code: str) -> str:
    """'Pakistan' for PAK; the code itself for one the gazetteer does not know."""
    from ...analysis import actor_name as name

    return name(code)


def dyad_label(a: str, b: str) -> str:
    return f"{actor_name(a)}–{actor_name(b)}"


def actor_label(actor: dict[str, Any] | None) -> str:
    """The name of a record's actor as the record resolved it, else as written."""
    if not actor:
        return "?"
    return actor.get("name") or actor.get("text") or actor.get("code") or "?"


def event_line(record: Record, labels: dict[str, str]) -> Record:
    """A record with what a list of events shows besides it: date and actors in words, document title."""
    return {
        **record,
        "date_label": date_label(record),
        "source_label": actor_label(record.get("source")),
        "target_label": actor_label(record.get("target")),
        "document": labels.get(record["doc_id"], record["doc_id"][:12]),
        "url": f"/event/{record['id']}",
    }
