"""The dyad page: the index chart, the timeline (filtered, a page at a time) and a third party.

Unfiltered (the page a link opens), everything but the timeline's page of rows comes from the
store's summary (store/summary.py): the incident counts, the profile, the phases and the chart;
only the landmarks and the page's rows are read from the events. With a filter on type, context,
status, dates or rejected events, the summary cannot answer, and the dyad's incidents are read
and counted as before. Either way the answer, and each page of rows, is cached per dyad, filters
and state of the data (Database.cached), and the charts are written as SVG directly (report/svg.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from ...analysis import DyadProfile, analyse, choose_by, compare
from ...analysis.dyads import choose_by_tally, compare_tallies, summarise
from ...analysis.landmarks import Landmark, candidate_types, landmarks
from ...analysis.periods import every_period
from ...analysis.profile import dated_periods, dated_periods_of_tally
from ...analysis.tally import Tally, tally_of_rows
from ...errors import BadParameter, NotFound
from ...report import svg as charts
from ...store import query
from ...store.records import expand_code, pair_key
from ..database import Database
from ..params import Filters, Sort, actor_code
from .common import actor_name, dyad_label, dyad_url, event_line, includes_label
from .home import dyads

PAGE_SIZE = 100  # timeline rows per page: a dyad of thousands of incidents stays fast
SORTS = tuple(query.SORTS)  # date, type, status, origin, source, target, confidence
DEFAULT_SORT = Sort("date")
CITABLE_ORIGINS = ("text", "all")  # landmarks are drawn from events coded from text only

Record = dict[str, Any]


def _exists(con: Any, a: str, b: str, strict: bool) -> bool:
    keys = sorted({pair_key(x, y) for x in expand_code(a, strict) for y in expand_code(b, strict)})
    return bool(con.execute("SELECT count(*) FROM (SELECT 1 FROM events WHERE pair_key IN (SELECT unnest(?)) "
                            "LIMIT 1)", [keys]).fetchone()[0])


def dyad_pair(db: Database, a: str, b: str, strict: bool = False) -> tuple[str, str]:
    """The codes of a dyad that has events in the store, in code order; NotFound otherwise."""
    a, b = sorted((actor_code(a), actor_code(b)))
    if a == b:
        raise NotFound("dyad", f"{a}–{b} is not a dyad: give two different actors")

    def exists() -> bool:
        with db.reading() as con:
            return _exists(con, a, b, strict)

    if not db.cached(("exists", a, b, strict), exists):
        raise NotFound("dyad", f"no events between {a} and {b} in this store")
    return a, b


def summarised(f: Filters) -> bool:
    """Whether the summary answers for these filters (none but strict and origin)."""
    return not (f.event_type or f.context or f.status or f.since or f.until or f.rejected)


def records(db: Database, a: str, b: str, f: Filters) -> list[Record]:
    """The dyad's incidents matching the filters, in date order."""
    with db.reading() as con:
        return query.events(con, dyad=(a, b), **f.query())


def counted(rows: list[Record]) -> list[Record]:
    """What the analysis counts: the events not rejected."""
    return [r for r in rows if r.get("curation") != "rejected"]


@dataclass(frozen=True)
class Timeline:
    """What a dyad page shows beside its page of rows: counts and the analysis, and the rows
    themselves when they had to be read (filters the summary cannot answer)."""

    incidents: int
    statuses: dict[str, int]
    rejected: int
    analysis: DyadProfile
    rows: list[Record] | None = None


def _statuses(counts: Counter[str]) -> dict[str, int]:
    """Statuses, most frequent first (ties by name: the same however they were counted)."""
    return dict(sorted(counts.items(), key=lambda item: (-item[1], str(item[0]))))


def tally_of(db: Database, a: str, b: str, strict: bool, origin: str = "text") -> Tally:
    """The dyad's incidents of an origin counted, from the summary."""
    with db.reading() as con:
        return tally_of_rows(query.period_counts(con, a, b, strict, origin))


def timeline(db: Database, a: str, b: str, f: Filters) -> Timeline:
    """Counts and analysis of the dyad's incidents matching the filters (cached per data and filters)."""
    def from_summary() -> Timeline:
        counts = tally_of(db, a, b, f.strict, f.origin)
        marks = []
        if f.origin in CITABLE_ORIGINS:
            with db.reading() as con:
                marks = landmarks(query.landmark_candidates(con, a, b, f.strict, candidate_types()))
        statuses: Counter[str] = Counter()
        for key, n in counts.items():
            statuses[key.status] += n  # type: ignore[index]  # every stored event has a status
        by = choose_by_tally(counts, "auto")
        result = summarise(a, b, counts, marks, by, every_period(dated_periods_of_tally(counts, by), by))
        return Timeline(sum(counts.values()), _statuses(statuses), 0, result)

    def from_records() -> Timeline:
        rows = records(db, a, b, f)
        kept = counted(rows)
        by = choose_by(kept, "auto")
        result = analyse(a, b, kept, by, every_period(dated_periods(kept, by), by))
        if f.origin not in CITABLE_ORIGINS:
            result = replace(result, landmarks=[])
        rejected = sum(r.get("curation") == "rejected" for r in rows)
        return Timeline(len(rows), _statuses(Counter(r["status"] for r in rows)), rejected, result, rows)

    return db.cached(("timeline", a, b, f), from_summary if summarised(f) else from_records)


def page_rows(db: Database, a: str, b: str, f: Filters, view: Timeline, page: int,
              sort: Sort = DEFAULT_SORT, every: int | None = None) -> list[Record]:
    """One page of the timeline as its lines, sorted (read alone from the store unless the rows were read
    whole in date order; cached per page and state of the data, like everything else on the page); every:
    the first lines up to that many instead of a page (an export)."""
    size = every or PAGE_SIZE
    start = 0 if every else (page - 1) * size

    def compute() -> list[Record]:
        with db.reading() as con:
            if view.rows is not None and sort == DEFAULT_SORT:
                shown = view.rows[start: start + size]
            else:
                shown = query.events(con, dyad=(a, b), **f.query(), limit=size, offset=start,
                                     sort=sort.column, descending=sort.descending)
            labels = query.document_labels(con, {r["doc_id"] for r in shown})
        return [event_line(r, labels) for r in shown]

    return db.cached(("page", a, b, f, page, size, sort), compute, bulky=True)


def facets(db: Database, a: str, b: str, f: Filters) -> dict[str, list[dict[str, Any]]]:
    """The incidents matching the filters counted by type, status, context, origin and decade, each
    value with the filter that picks it (cached per filters and state of the data)."""
    def compute() -> dict[str, list[dict[str, Any]]]:
        with db.reading() as con:
            found = query.facets(con, (a, b), **f.query())
        return {name: [{"value": v, "count": n, "params": _facet_params(name, v)} for v, n in values]
                for name, values in found.items()}

    return db.cached(("facets", a, b, f), compute)


def _facet_params(name: str, value: str) -> dict[str, str]:
    """The query parameters that pick a facet's value."""
    if name == "decade":
        if value == query.UNDATED_FACET:
            return {}
        return {"since": f"{value}-01-01", "until": f"{int(value) + 9}-12-31"}
    return {name: value}


def index_svg(db: Database, a: str, b: str, f: Filters, result: DyadProfile) -> str | None:
    """The index chart as inline SVG (cached per dyad, filters and data); None with no dated index."""
    return db.cached(("index_svg", a, b, f), lambda: charts.index_chart(result))


def third_options(db: Database, a: str, b: str, origin: str = "text", strict: bool = False) -> list[dict[str, Any]]:
    """The actors that have events with a or b: the choices of the third-party selector."""
    def compute() -> list[dict[str, Any]]:
        counts: Counter[str] = Counter()
        for d in dyads(db, origin, strict):
            pair = {d["a"], d["b"]}
            for x in (a, b):
                if x in pair and len(pair) == 2:
                    (other,) = pair - {x}
                    if other not in (a, b):
                        counts[other] += d["incidents"]
        return [{"code": c, "label": actor_name(c), "incidents": n} for c, n in counts.most_common()]

    return db.cached(("third_options", a, b, origin, strict), compute)


def third_party(db: Database, a: str, b: str, c: str, f: Filters) -> dict[str, Any]:
    """A-B beside A-C and B-C over the same periods: counts, index sums and the comparison chart."""
    if c in (a, b):
        raise BadParameter("third", f"{c} is one of the dyad: choose a third actor")
    pairs = [(x, y) if x < y else (y, x) for x, y in ((a, b), (a, c), (b, c))]  # each in code order

    def compute() -> dict[str, Any]:
        if summarised(f):  # the section shows no landmarks or phases: none are looked for
            fetched: list[tuple[str, str, Tally, list[Any]]] = [
                (x, y, tally_of(db, x, y, f.strict, f.origin), []) for x, y in pairs]
            by = choose_by_tally(sum((t for *_, t, _ in fetched), Counter()), "auto")
            comparison = compare_tallies(fetched, by, find_phases=False, gapless=True)
        else:
            rows = [(x, y, counted(records(db, x, y, f))) for x, y in pairs]
            comparison = compare(rows, choose_by([r for _, _, rs in rows for r in rs], "auto"), gapless=True)
        table = []
        for d in comparison.dyads:
            total = d.profile.total
            table.append({"a": d.a, "b": d.b, "label": dyad_label(d.a, d.b),
                          "url": dyad_url(d.a, d.b, f.origin, f.strict),
                          "incidents": d.incidents, "occurred": total.occurred,
                          "index_sum": total.index.intensity_sum, "index_mean": total.index.intensity_mean})
        periods = [{"period": r.period, **{d.key: r2.index.intensity_sum for d in comparison.dyads
                                           for r2 in d.profile.rows if r2.period == r.period}}
                   for r in comparison.dyads[0].profile.rows]
        has_data = any(r["incidents"] for r in table)
        chart = charts.comparison_chart(comparison) if has_data and periods else None
        return {"code": c, "label": actor_name(c), "by": comparison.by, "dyads": table, "periods": periods,
                "svg": chart}

    return db.cached(("third", a, b, c, f), compute)


def _index(result: DyadProfile) -> dict[str, Any]:
    return {
        "by": result.profile.by,
        "periods": [{"period": r.period, "events": r.events, "occurred": r.occurred,
                     "index_sum": r.index.intensity_sum, "index_mean": r.index.intensity_mean}
                    for r in result.profile.all_rows()],
        "phases": [p.as_dict() for p in result.phases.phases],
        "turning_points": result.phases.turning_points,
        "note": result.phases.note,
        "landmarks": [_landmark(lm) for lm in result.landmarks],
    }


def _landmark(lm: Landmark) -> dict[str, Any]:
    """A landmark as the page cites it: its event, dated as the text dates it, with its quote."""
    date = lm.record.get("date") or {}
    return {"key": lm.key, "label": lm.label, "date": lm.date, "precision": date.get("precision"),
            "date_text": date.get("text"), "event": lm.record["id"], "url": f"/event/{lm.record['id']}",
            "quote": (lm.record.get("evidence") or {}).get("text"), "confidence": lm.record.get("confidence")}


def contexts(db: Database) -> list[str]:
    """The PLOVER contexts events of the store have (for the context filter)."""
    def compute() -> list[str]:
        with db.reading() as con:
            rows = con.execute("SELECT DISTINCT unnest(context) AS c FROM events ORDER BY c").fetchall()
        return [r[0] for r in rows if r[0]]

    return db.cached(("contexts",), compute)


def dyad(db: Database, a: str, b: str, f: Filters, page: int, third: str | None = None,
         sort: Sort = DEFAULT_SORT) -> dict[str, Any]:
    """The data of a dyad page (the chart's SVG is added by the HTML route)."""
    return dyad_with_analysis(db, a, b, f, page, third, sort)[0]


def dyad_with_analysis(
    db: Database, a: str, b: str, f: Filters, page: int, third: str | None = None, sort: Sort = DEFAULT_SORT
) -> tuple[dict[str, Any], DyadProfile]:
    """The data of a dyad page and the analysis its chart is drawn from."""
    a, b = dyad_pair(db, a, b, f.strict)
    view = timeline(db, a, b, f)
    pages = max(1, -(-view.incidents // PAGE_SIZE))
    if page > pages:
        raise BadParameter("page", f"page {page} does not exist: this timeline has {pages} page(s)")
    return {
        "a": a, "b": b, "label": dyad_label(a, b), "names": {a: actor_name(a), b: actor_name(b)},
        "includes": query.included_codes(a, b, f.strict), "includes_label": includes_label(a, b, strict=f.strict),
        "origin": f.origin, "filters": f.as_dict(),
        "sort": sort.column, "order": "desc" if sort.descending else "asc",
        "incidents": view.incidents,
        "statuses": view.statuses,
        "rejected": view.rejected,
        "page": page, "pages": pages, "page_size": PAGE_SIZE,
        "events": page_rows(db, a, b, f, view, page, sort),
        "facets": facets(db, a, b, f),
        "index": _index(view.analysis),
        "third": third_party(db, a, b, third, f) if third else None,
        "third_options": third_options(db, a, b, f.origin, f.strict),
    }, view.analysis
