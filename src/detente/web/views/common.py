"""What several pages show the same way: actor names, dates, and an event as a line of a list."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from ...analysis import actor_name as analysis_actor_name
from ...report.wording import date_label
from ...store.records import expand_code

Record = dict[str, Any]


@cache
def actor_name(code: str) -> str:
    """'Pakistan' for PAK; the code itself for one the gazetteer does not know."""
    return analysis_actor_name(code)


def dyad_label(a: str, b: str) -> str:
    """'Pakistan–Russia': the two names in the order of their codes, everywhere."""
    a, b = sorted((a, b))
    return f"{actor_name(a)}–{actor_name(b)}"


@cache
def short_names() -> dict[str, str]:
    text = resources.files("detente.web").joinpath("data", "short_names.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {code.strip(): name.strip() for code, name in rows}


def includes_label(*codes: str, strict: bool = False) -> str:
    """What a dyad's counts include besides its two codes: 'Russia incl. USSR', or ''."""
    if strict:
        return ""
    notes = [f"{actor_name(code)} incl. {', '.join(short_names().get(c, actor_name(c)) for c in more)}"
             for code in codes if (more := expand_code(code)[1:])]
    return "; ".join(notes)


def dyad_url(a: str, b: str, origin: str = "text", strict: bool = False) -> str:
    """The link to a dyad page, codes in order, keeping the origin and strict choices."""
    a, b = sorted((a, b))
    params = [p for p in (f"origin={origin}" if origin != "text" else "", "strict=1" if strict else "") if p]
    return f"/dyad/{a}/{b}" + ("?" + "&".join(params) if params else "")


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
