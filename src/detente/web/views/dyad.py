"""The dyad page: the index chart, the timeline (filtered, a page at a time) and a third party."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from ...analysis import DyadAnalysis, analyse, choose_by, compare
from ...report import charts
from ...store import query
from ...store.records import expand_code, pair_key
from ..database import Database
from ..errors import BadParameter, NotFound
from ..params import Filters, actor_code
from .common import actor_name, dyad_label, event_line
from .home import dyads

PAGE_SIZE = 200  # timeline rows per page: a dyad of thousands of incidents stays fast

Record = dict[str, Any]
_DRAWING = threading.Lock()  # pyplot keeps global state: one chart at a time


def _draw(figure: Any) -> str:
    with _DRAWING:
        return charts.svg(figure())


def _exists(con: Any, a: str, b: str, strict: bool) -> bool:
    keys = sorted({pair_key(x, y) for x in expand_code(a, strict) for y in expand_code(b, strict)})
    return bool(con.execute("SELECT count(*) FROM (SELECT 1 FROM events WHERE pair_key IN (SELECT unnest(?)) "
                            "LIMIT 1)", [keys]).fetchone()[0])


def dyad_pair(db: Database, a: str, b: str, strict: bool = False) -> tuple[str, str]:
    """The codes of a dyad that has events in the store; NotFound otherwise."""
    a, b = actor_code(a), actor_code(b)
    if a == b:
        raise NotFound("dyad", f"{a}–{b} is not a dyad: give two different actors")
    with db.reading() as con:
        if not _exists(con, a, b, strict):
            raise NotFound("dyad", f"no events between {a} and {b} in this store")
    return a, b


def records(db: Database, a: str, b: str, f: Filters) -> list[Record]:
    """The dyad's incidents matching the filters, in date order."""
    with db.reading() as con:
        return query.events(con, dyad=(a, b), **f.query())


def counted(rows: list[Record]) -> list[Record]:
    """What the analysis counts: the events not rejected."""
    return [r for r in rows if r.get("curation") != "rejected"]


def analysis(db: Database, a: str, b: str, f: Filters, rows: list[Record]) -> DyadAnalysis:
    """Profile, phases and landmarks of the rows (cached per dyad, filters and data)."""
    def compute() -> DyadAnalysis:
        kept = counted(rows)
        return analyse(a, b, kept, choose_by(kept, "auto"))

    return db.cached(("analysis", a, b, f), compute)


def index_svg(db: Database, a: str, b: str, f: Filters, result: DyadAnalysis) -> str | None:
    """The index chart as inline SVG, drawn once per dyad, filters and data; None with no dated index."""
    if not result.phases.series.years:
        return None
    return db.cached(("index_svg", a, b, f), lambda: _draw(lambda: _whole_years(charts.index_chart(result))))


def _whole_years(figure: Any) -> Any:
    """Year ticks on whole years (a span of two or three years would otherwise get 2016.25 ...)."""
    for axes in figure.axes:
        axes.xaxis.get_major_locator().set_params(integer=True)
    return figure


def third_options(db: Database, a: str, b: str) -> list[dict[str, Any]]:
    """The actors that have events with a or b: the choices of the third-party selector."""
    counts: Counter[str] = Counter()
    for d in dyads(db):
        pair = {d["a"], d["b"]}
        for x in (a, b):
            if x in pair and len(pair) == 2:
                (other,) = pair - {x}
                if other not in (a, b):
                    counts[other] += d["incidents"]
    return [{"code": c, "label": actor_name(c), "incidents": n} for c, n in counts.most_common()]


def third_party(db: Database, a: str, b: str, c: str, f: Filters) -> dict[str, Any]:
    """A-B beside A-C and B-C over the same periods: counts, index sums and the comparison chart."""
    if c in (a, b):
        raise BadParameter("third", f"{c} is one of the dyad: choose a third actor")

    def compute() -> dict[str, Any]:
        fetched = [(x, y, counted(records(db, x, y, f))) for x, y in ((a, b), (a, c), (b, c))]
        comparison = compare(fetched, choose_by([r for _, _, rs in fetched for r in rs], "auto"))
        rows = []
        for d in comparison.dyads:
            total = d.profile.total
            rows.append({"a": d.a, "b": d.b, "label": d.label, "url": f"/dyad/{d.a}/{d.b}",
                         "incidents": len(d.records), "occurred": total.occurred,
                         "index_sum": total.index.intensity_sum, "index_mean": total.index.intensity_mean})
        periods = [{"period": r.period, **{d.key: r2.index.intensity_sum for d in comparison.dyads
                                           for r2 in d.profile.rows if r2.period == r.period}}
                   for r in comparison.dyads[0].profile.rows]
        has_data = any(r["incidents"] for r in rows)
        svg = _draw(lambda: charts.comparison_chart(comparison)) if has_data and periods else None
        return {"code": c, "label": actor_name(c), "by": comparison.by, "dyads": rows, "periods": periods,
                "svg": svg}

    return db.cached(("third", a, b, c, f), compute)


def _index(result: DyadAnalysis) -> dict[str, Any]:
    return {
        "by": result.profile.by,
        "periods": [{"period": r.period, "events": r.events, "occurred": r.occurred,
                     "index_sum": r.index.intensity_sum, "index_mean": r.index.intensity_mean}
                    for r in result.profile.all_rows()],
        "phases": [p.as_dict() for p in result.phases.phases],
        "turning_points": result.phases.turning_points,
        "note": result.phases.note,
        "landmarks": [{"label": lm.label, "date": lm.date, "event": lm.record["id"]} for lm in result.landmarks],
    }


def contexts(db: Database) -> list[str]:
    """The PLOVER contexts events of the store have (for the context filter)."""
    def compute() -> list[str]:
        with db.reading() as con:
            rows = con.execute("SELECT DISTINCT unnest(context) AS c FROM events ORDER BY c").fetchall()
        return [r[0] for r in rows if r[0]]

    return db.cached(("contexts",), compute)


def dyad(db: Database, a: str, b: str, f: Filters, page: int, third: str | None = None) -> dict[str, Any]:
    """The data of a dyad page (the chart's SVG is added by the HTML route)."""
    return dyad_with_analysis(db, a, b, f, page, third)[0]


def dyad_with_analysis(
    db: Database, a: str, b: str, f: Filters, page: int, third: str | None = None
) -> tuple[dict[str, Any], DyadAnalysis]:
    """The data of a dyad page and the analysis its chart is drawn from."""
    a, b = dyad_pair(db, a, b, f.strict)
    rows = records(db, a, b, f)
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    if page > pages:
        raise BadParameter("page", f"page {page} does not exist: this timeline has {pages} page(s)")
    shown = rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    with db.reading() as con:
        labels = query.document_labels(con, {r["doc_id"] for r in shown})
    result = analysis(db, a, b, f, rows)
    return {
        "a": a, "b": b, "label": dyad_label(a, b), "names": {a: actor_name(a), b: actor_name(b)},
        "filters": f.as_dict(),
        "incidents": len(rows),
        "statuses": dict(Counter(r["status"] for r in rows).most_common()),
        "rejected": sum(r.get("curation") == "rejected" for r in rows),
        "page": page, "pages": pages, "page_size": PAGE_SIZE,
        "events": [event_line(r, labels) for r in shown],
        "index": _index(result),
        "third": third_party(db, a, b, third, f) if third else None,
        "third_options": third_options(db, a, b),
    }, result
