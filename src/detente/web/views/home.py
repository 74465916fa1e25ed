"""The home page: the store's dyads of one origin, a page at a time, with their counts and spans, and
what the store holds per origin. Both come from the summary the store keeps (store/summary.py), not
from the events, and each dyad is counted as its own page counts it (RUS with SUN unless strict)."""

from __future__ import annotations

from typing import Any

from ...errors import BadParameter
from ...store import query
from ..database import Database
from ..params import DEFAULT_ORIGIN, ORIGIN_CHOICES, Sort
from .common import dyad_label, dyad_url, includes_label

PAGE_SIZE = 100  # dyads per page: a store of thousands of dyads still answers in milliseconds
SORTS = ("incidents", "events", "documents", "first", "last", "dyad")
DEFAULT_SORT = Sort("incidents", descending=True)


def dyads(db: Database, origin: str = DEFAULT_ORIGIN, strict: bool = False) -> list[dict[str, Any]]:
    """The store's dyads of an origin, largest first, counted as their pages count them (cached until
    the next write)."""
    def compute() -> list[dict[str, Any]]:
        with db.reading() as con:
            return query.dyads_as_queried(con, origin, strict)

    return db.cached(("dyads", origin, strict), compute)


def origins(db: Database) -> dict[str, dict[str, int]]:
    """Per origin: events, incidents between two known actors, pairs (cached until the next write)."""
    def compute() -> dict[str, dict[str, int]]:
        with db.reading() as con:
            counts = query.origin_counts(con)
        counts["all"] = {k: sum(c[k] for c in counts.values()) for k in ("events", "incidents", "pairs")}
        return counts

    return db.cached(("origins",), compute)


def documents_count(db: Database) -> int:
    def compute() -> int:
        with db.reading() as con:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])

    return db.cached(("documents_count",), compute)


def sorted_rows(rows: list[dict[str, Any]], sort: Sort) -> list[dict[str, Any]]:
    """Rows sorted on a column, missing values last either way."""
    if sort == DEFAULT_SORT:
        return rows
    def key(r: dict[str, Any]) -> Any:
        return r["label"] if sort.column == "dyad" else r[sort.column]
    present = [r for r in rows if key(r) is not None]
    return sorted(present, key=key, reverse=sort.descending) + [r for r in rows if key(r) is None]


def labelled(d: dict[str, Any], origin: str, strict: bool) -> dict[str, Any]:
    """A dyad row with its label, the note of what it includes, and its link (keeping origin and strict)."""
    return {**d, "label": dyad_label(d["a"], d["b"]), "includes_label": includes_label(d["a"], d["b"], strict=strict),
            "url": dyad_url(d["a"], d["b"], origin, strict)}


def listed(db: Database, origin: str, strict: bool, sort: Sort) -> list[dict[str, Any]]:
    """Every dyad of an origin labelled and sorted (cached until the next write: thousands of rows)."""
    return db.cached(("home_rows", origin, strict, sort),
                     lambda: sorted_rows([labelled(d, origin, strict) for d in dyads(db, origin, strict)], sort))


def home(db: Database, page: int = 1, origin: str = DEFAULT_ORIGIN, strict: bool = False,
         sort: Sort = DEFAULT_SORT) -> dict[str, Any]:
    """The data of the home page: one page of dyads of an origin, largest first unless sorted otherwise."""
    every = listed(db, origin, strict, sort)
    pages = max(1, -(-len(every) // PAGE_SIZE))
    if page > pages:
        raise BadParameter("page", f"page {page} does not exist: the list of dyads has {pages} page(s)")
    counts = origins(db)
    chosen = counts.get(origin, {"events": 0, "incidents": 0, "pairs": 0})
    return {"origin": origin, "origins": {o: counts.get(o, {"events": 0, "incidents": 0, "pairs": 0})
                                         for o in ORIGIN_CHOICES},
            "strict": strict, "sort": sort.column, "order": "desc" if sort.descending else "asc",
            "counts": {"documents": documents_count(db), "events": chosen["events"],
                       "incidents": sum(d["incidents"] for d in every)},
            "n_dyads": len(every), "page": page, "pages": pages, "page_size": PAGE_SIZE,
            "dyads": every[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]}
