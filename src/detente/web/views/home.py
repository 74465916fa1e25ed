"""The home page: the store's dyads, a page at a time, with their counts and spans, and what the
store holds. Both come from the summary the store keeps (store/summary.py), not from the events."""

from __future__ import annotations

from typing import Any

from ...store import query
from ..database import Database
from ..errors import BadParameter
from .common import dyad_label

PAGE_SIZE = 100  # dyads per page: a store of thousands of dyads still answers in milliseconds


def dyads(db: Database) -> list[dict[str, Any]]:
    """The store's dyads, largest first (cached until the next write)."""
    def compute() -> list[dict[str, Any]]:
        with db.reading() as con:
            return query.dyads(con)

    return db.cached(("dyads",), compute)


def totals(db: Database) -> dict[str, int]:
    def compute() -> dict[str, int]:
        with db.reading() as con:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("documents", "events", "incidents", "curations")}

    return db.cached(("totals",), compute)


def home(db: Database, page: int = 1) -> dict[str, Any]:
    """The data of the home page: one page of dyads, largest first."""
    every = dyads(db)
    pages = max(1, -(-len(every) // PAGE_SIZE))
    if page > pages:
        raise BadParameter("page", f"page {page} does not exist: the list of dyads has {pages} page(s)")
    shown = every[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    rows = [{**d, "label": dyad_label(d["a"], d["b"]), "url": f"/dyad/{d['a']}/{d['b']}"} for d in shown]
    return {"counts": totals(db), "n_dyads": len(every), "page": page, "pages": pages, "page_size": PAGE_SIZE,
            "dyads": rows}
