"""The home page: every dyad with its counts and span, and what the store holds."""

from __future__ import annotations

from typing import Any

from ...store import query
from ..database import Database
from .common import dyad_label


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


def home(db: Database) -> dict[str, Any]:
    """The data of the home page."""
    rows = [{**d, "label": dyad_label(d["a"], d["b"]), "url": f"/dyad/{d['a']}/{d['b']}"} for d in dyads(db)]
    return {"counts": totals(db), "dyads": rows}
