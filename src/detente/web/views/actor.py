"""The actor page: an actor's dyads, largest first, a map of its partners and its cooperation–conflict
index by year with every partner together. Everything comes from the store's summary
(store/summary.py): the list of dyads and the incidents counted per pair and year, never the events
themselves."""

from __future__ import annotations

from typing import Any

from ...analysis import DyadProfile
from ...analysis.dyads import choose_by_tally, summarise
from ...analysis.periods import every_period
from ...analysis.profile import dated_periods_of_tally
from ...analysis.tally import tally_of_rows
from ...errors import BadParameter, NotFound
from ...report import svg as charts
from ...report import worldmap
from ...store import query
from ...store.records import expand_code
from ..database import Database
from ..params import DEFAULT_ORIGIN, Sort, actor_code
from .common import actor_name, dyad_label, dyad_url, includes_label
from .home import dyads, sorted_rows

PAGE_SIZE = 100  # partners per page
SORTS = ("incidents", "events", "documents", "first", "last", "dyad", "balance")
DEFAULT_SORT = Sort("incidents", descending=True)


def profile(db: Database, code: str, strict: bool, origin: str = DEFAULT_ORIGIN) -> DyadProfile:
    """The actor's incidents with anyone, profiled like a dyad's (no phases: the index is a sum over
    every partner, not one relationship). Cached per state of the data."""
    def compute() -> DyadProfile:
        with db.reading() as con:
            counts = tally_of_rows(query.actor_period_counts(con, code, strict, origin))
        by = choose_by_tally(counts, "auto")
        result = summarise(code, code, counts, [], by, every_period(dated_periods_of_tally(counts, by), by),
                           find_phases=False)
        return DyadProfile(code, "", f"{actor_name(code)} with every partner", result.profile, result.phases, [])

    return db.cached(("actor", code, strict, origin), compute)


def balances(db: Database, code: str, strict: bool, origin: str) -> dict[tuple[str, str], tuple[int, int]]:
    def compute() -> dict[tuple[str, str], tuple[int, int]]:
        with db.reading() as con:
            return query.partner_balances(con, code, strict, origin)

    return db.cached(("balances", code, strict, origin), compute)


def partners(db: Database, code: str, strict: bool, origin: str = DEFAULT_ORIGIN) -> list[dict[str, Any]]:
    """The actor's dyads from the list of dyads, largest first, each with its cooperation and conflict."""
    codes = set(expand_code(code, strict))
    weighed = balances(db, code, strict, origin)
    rows = []
    for d in dyads(db, origin, strict):
        if d["a"] in codes or d["b"] in codes:
            other = d["b"] if d["a"] in codes else d["a"]
            good, bad = weighed.get((d["a"], d["b"]), (0, 0))
            rows.append({**d, "partner": other, "partner_name": actor_name(other), "label": dyad_label(d["a"], d["b"]),
                         "includes_label": includes_label(d["a"], d["b"], strict=strict),
                         "url": dyad_url(d["a"], d["b"], origin, strict), "cooperation": good, "conflict": bad,
                         "balance": round((good - bad) / (good + bad), 3) if good + bad else None})
    return rows


def actor(db: Database, code: str, page: int, strict: bool = False, origin: str = DEFAULT_ORIGIN,
          sort: Sort = DEFAULT_SORT) -> dict[str, Any]:
    """The data of an actor page."""
    code = actor_code(code)
    every = sorted_rows(partners(db, code, strict, origin), sort)
    result = profile(db, code, strict, origin)
    if not every and not result.incidents and not partners(db, code, strict, "all"):
        raise NotFound("actor", f"no events of {code} with another actor in this store")
    pages = max(1, -(-len(every) // PAGE_SIZE))
    if page > pages:
        raise BadParameter("page", f"page {page} does not exist: {code} has {pages} page(s) of dyads")
    total = result.profile.total
    return {
        "code": code, "name": actor_name(code), "strict": strict, "origin": origin,
        "includes": expand_code(code, strict)[1:], "includes_label": includes_label(code, strict=strict),
        "sort": sort.column, "order": "desc" if sort.descending else "asc",
        "incidents": result.incidents, "occurred": total.occurred, "statuses": total.statuses,
        "index_sum": total.index.intensity_sum, "index_mean": total.index.intensity_mean,
        "n_dyads": len(every), "page": page, "pages": pages, "page_size": PAGE_SIZE,
        "dyads": every[(page - 1) * PAGE_SIZE: page * PAGE_SIZE],
        "unmapped": [p.code for p in worldmap.unmapped(map_partners(every))],
        "index": {"by": result.profile.by,
                  "periods": [{"period": r.period, "events": r.events, "occurred": r.occurred,
                               "index_sum": r.index.intensity_sum, "index_mean": r.index.intensity_mean}
                              for r in result.profile.all_rows()]},
    }


def map_partners(rows: list[dict[str, Any]]) -> list[worldmap.Partner]:
    return [worldmap.Partner(r["partner"], r["partner_name"], r["url"], r["incidents"], r["cooperation"],
                             r["conflict"]) for r in sorted(rows, key=lambda r: -r["incidents"])]


def map_svg(db: Database, data: dict[str, Any]) -> str:
    """The map of the actor's partners (every page of them) as inline SVG, cached per state of the data."""
    def compute() -> str:
        rows = partners(db, data["code"], data["strict"], data["origin"])
        return worldmap.partner_map(data["code"], data["name"], map_partners(rows))

    return db.cached(("actor_map", data["code"], data["strict"], data["origin"]), compute)


def index_svg(db: Database, code: str, strict: bool, origin: str = DEFAULT_ORIGIN) -> str | None:
    """The actor's yearly index as inline SVG (cached per state of the data)."""
    return db.cached(("actor_svg", code, strict, origin), lambda: charts.index_chart(profile(db, code, strict, origin)))
