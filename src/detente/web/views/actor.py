"""The actor page: an actor's dyads, largest first, and its cooperation–conflict index by year with
every partner together. Everything comes from the store's summary (store/summary.py): the list of
dyads and the incidents counted per pair and year, never the events themselves."""

from __future__ import annotations

from typing import Any

from ...analysis import DyadProfile
from ...analysis.dyads import choose_by_tally, summarise
from ...analysis.tally import tally_of_rows
from ...report import svg as charts
from ...store import query
from ...store.records import expand_code
from ..database import Database
from ..errors import BadParameter, NotFound
from ..params import actor_code
from .common import actor_name, dyad_label
from .home import dyads

PAGE_SIZE = 100  # partners per page


def profile(db: Database, code: str, strict: bool) -> DyadProfile:
    """The actor's incidents with anyone, profiled like a dyad's (no phases: the index is a sum over
    every partner, not one relationship). Cached per state of the data."""
    def compute() -> DyadProfile:
        with db.reading() as con:
            counts = tally_of_rows(query.actor_period_counts(con, code, strict))
        result = summarise(code, code, counts, [], choose_by_tally(counts, "auto"), find_phases=False)
        return DyadProfile(code, "", f"{actor_name(code)} with every partner", result.profile, result.phases, [])

    return db.cached(("actor", code, strict), compute)


def partners(db: Database, code: str, strict: bool) -> list[dict[str, Any]]:
    """The actor's dyads from the list of dyads, largest first."""
    codes = set(expand_code(code, strict))
    rows = []
    for d in dyads(db):
        if d["a"] in codes or d["b"] in codes:
            own, other = (d["a"], d["b"]) if d["a"] in codes else (d["b"], d["a"])
            rows.append({**d, "partner": other, "partner_name": actor_name(other), "label": dyad_label(own, other),
                         "url": f"/dyad/{own}/{other}"})
    return rows


def actor(db: Database, code: str, page: int, strict: bool = False) -> dict[str, Any]:
    """The data of an actor page."""
    code = actor_code(code)
    every = partners(db, code, strict)
    result = profile(db, code, strict)
    if not every and not result.incidents:
        raise NotFound("actor", f"no events of {code} with another actor in this store")
    pages = max(1, -(-len(every) // PAGE_SIZE))
    if page > pages:
        raise BadParameter("page", f"page {page} does not exist: {code} has {pages} page(s) of dyads")
    total = result.profile.total
    return {
        "code": code, "name": actor_name(code), "strict": strict,
        "incidents": result.incidents, "occurred": total.occurred, "statuses": total.statuses,
        "index_sum": total.index.intensity_sum, "index_mean": total.index.intensity_mean,
        "n_dyads": len(every), "page": page, "pages": pages, "page_size": PAGE_SIZE,
        "dyads": every[(page - 1) * PAGE_SIZE: page * PAGE_SIZE],
        "index": {"by": result.profile.by,
                  "periods": [{"period": r.period, "events": r.events, "occurred": r.occurred,
                               "index_sum": r.index.intensity_sum, "index_mean": r.index.intensity_mean}
                              for r in result.profile.all_rows()]},
    }


def index_svg(db: Database, code: str, strict: bool) -> str | None:
    """The actor's yearly index as inline SVG (cached per state of the data)."""
    return db.cached(("actor_svg", code, strict), lambda: charts.index_chart(profile(db, code, strict)))
