"""The pages (GET): each an HTML route and its JSON twin, built from the same data."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import HTMLResponse, Response

from ..report import worldmap
from .database import Database
from .export import EVENT_COLUMNS, csv_response, event_rows
from .params import ALL, Filters, Sort, filters, origin_choice, page_number, search_text, sort_choice, third_code
from .render import Renderer, as_json, svg, with_query
from .views import actor as actor_view
from .views import document as document_view
from .views import documents as documents_view
from .views import dyad as dyad_view
from .views import event as event_view
from .views import home as home_view
from .views import search as search_view
from .views.common import dyad_label

PAGES: list[str | Enum] = ["pages (JSON twins of the HTML pages)"]  # FastAPI's type for tags


TYPE_HELP = "A PLOVER event type: AGREE, COOPERATE ..."
STATUS_HELP = "occurred, planned, negotiating, cancelled, speculative, negated"
ORIGIN_HELP = "text (coded from text, the default), gdelt, icews, polecat, sipri, or all"


def dyad_filters(
    event_type: Annotated[str | None, Query(alias="type", description=TYPE_HELP)] = None,
    context: Annotated[str | None, Query(description="A PLOVER context: military, economic ...")] = None,
    status: Annotated[str | None, Query(description=STATUS_HELP)] = None,
    since: Annotated[str | None, Query(description="Incidents that end on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="Incidents that start on or before YYYY-MM-DD")] = None,
    rejected: Annotated[bool, Query(description="Show the events an analyst rejected too")] = False,
    strict: Annotated[bool, Query(description="RUS does not include SUN (the USSR)")] = False,
    origin: Annotated[str | None, Query(description=ORIGIN_HELP)] = None,
) -> Filters:
    return filters(event_type, context, status, since, until, rejected, strict, origin)


FiltersParam = Annotated[Filters, Depends(dyad_filters)]
PageParam = Annotated[int | None, Query(ge=1, description="Page of the timeline, from 1")]
ThirdParam = Annotated[str | None, Query(description="A third actor: the dyad beside A-C and B-C")]
QueryParam = Annotated[str | None, Query(description="Words of a sentence, or an actor's code or name")]
SearchPage = Annotated[int | None, Query(ge=1, description="Page of sentences, from 1")]
StrictParam = Annotated[bool, Query(description="RUS does not include SUN (the USSR)")]
DyadsPage = Annotated[int | None, Query(ge=1, description="Page of the list of dyads (largest first), from 1")]
OriginParam = Annotated[str | None, Query(description=ORIGIN_HELP)]
SortParam = Annotated[str | None, Query(description="The column to sort on")]
OrderParam = Annotated[str | None, Query(description="asc or desc")]
DocumentsPage = Annotated[int | None, Query(ge=1, description="Page of the list of documents, from 1")]
EXPORT_LIMIT = 100_000  # rows of a timeline's CSV


def router(db: Database, renderer: Renderer) -> APIRouter:
    """The GET routes of the application."""
    api = APIRouter()

    # --- home ----------------------------------------------------------------------------------

    def home_data(page: int | None, origin: str | None, strict: bool, sort: str | None,
                  order: str | None) -> dict[str, Any]:
        chosen = sort_choice(sort, order, home_view.SORTS, home_view.DEFAULT_SORT)
        return home_view.home(db, page_number(page), origin_choice(origin), strict, chosen)

    def list_params(data: dict[str, Any], default: Sort) -> dict[str, str]:
        """The query parameters that keep a list's origin, strict codes and order on its other pages."""
        params = {"origin": data["origin"]} if data["origin"] != "text" else {}
        if data.get("strict"):
            params["strict"] = "1"
        return params | Sort(data["sort"], data["order"] == "desc").url_params(default)

    @api.get("/index.json", tags=PAGES, summary="The dyads with their counts and date spans, a page at a time")
    @api.get("/.json", include_in_schema=False)
    def home_json(page: DyadsPage = None, origin: OriginParam = None, strict: StrictParam = False,
                  sort: SortParam = None, order: OrderParam = None) -> Response:
        return as_json(home_data(page, origin, strict, sort, order))

    @api.get("/index.csv", include_in_schema=False)
    def home_csv(origin: OriginParam = None, strict: StrictParam = False, sort: SortParam = None,
                 order: OrderParam = None) -> Response:
        data = home_data(None, origin, strict, sort, order)
        every = home_view.listed(db, data["origin"], strict, Sort(data["sort"], data["order"] == "desc"))
        return csv_response(every, ["a", "b", "label", "includes_label", "incidents", "events", "documents",
                                    "first", "last"], f"dyads-{data['origin']}")

    @api.get("/", include_in_schema=False, response_class=HTMLResponse)
    def home_page(request: Request, page: DyadsPage = None, origin: OriginParam = None, strict: StrictParam = False,
                  sort: SortParam = None, order: OrderParam = None) -> Response:
        data = home_data(page, origin, strict, sort, order)
        params = list_params(data, home_view.DEFAULT_SORT)
        return renderer.page(request, "home.html", data=data, db_name=db.path.name,
                             page_url=lambda n: with_query("/", params, page=n),
                             strict_url=with_query("/", {k: v for k, v in params.items() if k != "strict"},
                                                   strict=None if strict else "1"),
                             sort_url=sorter("/", params, data, home_view.DEFAULT_SORT),
                             origin_url=lambda o: with_query("/", {k: v for k, v in params.items() if k != "origin"},
                                                             origin=o if o != "text" else None))

    # --- dyad ----------------------------------------------------------------------------------

    def dyad_sort(sort: str | None, order: str | None) -> Sort:
        return sort_choice(sort, order, dyad_view.SORTS, dyad_view.DEFAULT_SORT)

    def dyad_data(a: str, b: str, f: Filters, page: int | None, third: str | None, sort: Sort) -> dict[str, Any]:
        return dyad_view.dyad(db, a, b, f, page_number(page), third_code(third), sort)

    @api.get("/dyad/{a}/{b}.json", tags=PAGES, summary="A dyad: its index, phases, facets and a page of its timeline")
    def dyad_json(a: str, b: str, f: FiltersParam, page: PageParam = None, third: ThirdParam = None,
                  sort: SortParam = None, order: OrderParam = None) -> Response:
        data = dyad_data(a, b, f, page, third, dyad_sort(sort, order))
        if data["third"]:
            data["third"] = {k: v for k, v in data["third"].items() if k != "svg"}
        return as_json(data)

    @api.get("/dyad/{a}/{b}.csv", tags=PAGES, summary="A dyad's whole timeline under the filters, as CSV")
    def dyad_csv(a: str, b: str, f: FiltersParam, sort: SortParam = None, order: OrderParam = None) -> Response:
        x, y = dyad_view.dyad_pair(db, a, b, f.strict)
        view = dyad_view.timeline(db, x, y, f)
        rows = dyad_view.page_rows(db, x, y, f, view, 1, dyad_sort(sort, order), every=EXPORT_LIMIT)
        return csv_response(event_rows(rows), EVENT_COLUMNS, f"{x}-{y}-{f.origin}")

    @api.get("/dyad/{a}/{b}", include_in_schema=False, response_class=HTMLResponse)
    def dyad_page(request: Request, a: str, b: str, f: FiltersParam, page: PageParam = None,
                  third: ThirdParam = None, sort: SortParam = None, order: OrderParam = None) -> Response:
        chosen = dyad_sort(sort, order)
        data, result = dyad_view.dyad_with_analysis(db, a, b, f, page_number(page), third_code(third), chosen)
        params = f.url_params()
        if data["third"]:
            params["third"] = data["third"]["code"]
        ordered = params | chosen.url_params(dyad_view.DEFAULT_SORT)
        path = f"/dyad/{data['a']}/{data['b']}"
        rows = db.cached(("timeline_rows", data["a"], data["b"], f, data["page"], data["page_size"], chosen),
                         lambda: renderer.fragment("_timeline_rows.html", events=data["events"]), bulky=True)
        return renderer.page(
            request, "dyad.html", data=data, path=path, timeline_rows=rows,
            index_svg=svg(dyad_view.index_svg(db, data["a"], data["b"], f, result)),
            third_svg=svg(data["third"]["svg"]) if data["third"] else None,
            filtered=any(v for k, v in f.as_dict().items() if k not in ("rejected", "strict", "origin")),
            choices={"types": event_view.edit_choices()["types"], "statuses": event_view.edit_choices()["statuses"],
                     "contexts": dyad_view.contexts(db)},
            page_url=lambda n: with_query(path, ordered, page=n),
            sort_url=sorter(path, params, data, dyad_view.DEFAULT_SORT),
            facet_url=lambda extra: with_query(path, {k: v for k, v in ordered.items() if k not in extra
                                                      and not (k in ("since", "until") and "since" in extra)}, **extra),
            origin_url=lambda o: with_query(path, {k: v for k, v in ordered.items() if k != "origin"},
                                            origin=o if o != "text" else None),
        )

    # --- actor ---------------------------------------------------------------------------------

    def actor_data(code: str, page: int | None, strict: bool, origin: str | None, sort: str | None,
                   order: str | None) -> dict[str, Any]:
        chosen = sort_choice(sort, order, actor_view.SORTS, actor_view.DEFAULT_SORT)
        return actor_view.actor(db, code, page_number(page), strict, origin_choice(origin), chosen)

    @api.get("/actor/{code}.json", tags=PAGES, summary="An actor: its dyads and its index by year with every partner")
    def actor_json(code: str, page: DyadsPage = None, strict: StrictParam = False, origin: OriginParam = None,
                   sort: SortParam = None, order: OrderParam = None) -> Response:
        return as_json(actor_data(code, page, strict, origin, sort, order))

    @api.get("/actor/{code}.csv", include_in_schema=False)
    def actor_csv(code: str, strict: StrictParam = False, origin: OriginParam = None, sort: SortParam = None,
                  order: OrderParam = None) -> Response:
        data = actor_data(code, None, strict, origin, sort, order)
        every = home_view.sorted_rows(actor_view.partners(db, data["code"], strict, data["origin"]),
                                      Sort(data["sort"], data["order"] == "desc"))
        return csv_response(every, ["partner", "partner_name", "label", "includes_label", "incidents", "events",
                                    "documents", "cooperation", "conflict", "balance", "first", "last"],
                            f"{data['code']}-partners-{data['origin']}")

    @api.get("/actor/{code}", include_in_schema=False, response_class=HTMLResponse)
    def actor_page(request: Request, code: str, page: DyadsPage = None, strict: StrictParam = False,
                   origin: OriginParam = None, sort: SortParam = None, order: OrderParam = None) -> Response:
        data = actor_data(code, page, strict, origin, sort, order)
        params = list_params(data, actor_view.DEFAULT_SORT)
        path = f"/actor/{data['code']}"
        return renderer.page(request, "actor.html", data=data, path=path,
                             index_svg=svg(actor_view.index_svg(db, data["code"], strict, data["origin"])),
                             map_svg=svg(actor_view.map_svg(db, data)), map_legend=worldmap.legend(),
                             strict_url=with_query(path, {k: v for k, v in params.items() if k != "strict"},
                                                   strict=None if strict else "1"),
                             page_url=lambda n: with_query(path, params, page=n),
                             sort_url=sorter(path, params, data, actor_view.DEFAULT_SORT),
                             origin_url=lambda o: with_query(path, {k: v for k, v in params.items() if k != "origin"},
                                                             origin=o if o != "text" else None))

    # --- documents -------------------------------------------------------------------------------

    def documents_data(page: int | None, origin: str | None, sort: str | None, order: str | None) -> dict[str, Any]:
        chosen = sort_choice(sort, order, documents_view.SORTS, documents_view.DEFAULT_SORT)
        return documents_view.documents(db, page_number(page), origin_choice(origin or ALL), chosen)

    @api.get("/documents.json", tags=PAGES, summary="The stored documents with their events, a page at a time")
    def documents_json(page: DocumentsPage = None, origin: OriginParam = None, sort: SortParam = None,
                       order: OrderParam = None) -> Response:
        return as_json(documents_data(page, origin, sort, order))

    @api.get("/documents.csv", include_in_schema=False)
    def documents_csv(page: DocumentsPage = None, origin: OriginParam = None, sort: SortParam = None,
                      order: OrderParam = None) -> Response:
        data = documents_data(page, origin, sort, order)
        return csv_response(data["documents"], ["doc_id", "label", "origin", "n_events", "published", "ingested_at",
                                                "source_id", "path", "url"], f"documents-page-{data['page']}")

    @api.get("/documents", include_in_schema=False, response_class=HTMLResponse)
    def documents_page(request: Request, page: DocumentsPage = None, origin: OriginParam = None,
                       sort: SortParam = None, order: OrderParam = None) -> Response:
        data = documents_data(page, origin, sort, order)
        params = (({"origin": data["origin"]} if data["origin"] != ALL else {})
                  | Sort(data["sort"], data["order"] == "desc").url_params(documents_view.DEFAULT_SORT))
        return renderer.page(request, "documents.html", data=data,
                             page_url=lambda n: with_query("/documents", params, page=n),
                             sort_url=sorter("/documents", params, data, documents_view.DEFAULT_SORT),
                             origin_url=lambda o: with_query("/documents", {k: v for k, v in params.items()
                                                                            if k != "origin"},
                                                             origin=o if o != ALL else None))

    # --- event ---------------------------------------------------------------------------------

    @api.get("/event/{event_id}.json", tags=PAGES,
             summary="An event: its quote in context, document, references, incident, dataset matches, decisions")
    def event_json(event_id: str) -> Response:
        return as_json(event_view.event(db, event_id))

    @api.get("/event/{event_id}", include_in_schema=False, response_class=HTMLResponse)
    def event_page(request: Request, event_id: str, done: str | None = None) -> Response:
        return render_event(db, renderer, request, event_id, notice=DONE.get(done or ""))

    # --- document --------------------------------------------------------------------------------

    @api.get("/document/{doc_id}.json", tags=PAGES, summary="A document: its text by paragraph and its events")
    def document_json(doc_id: str) -> Response:
        return as_json(document_view.document(db, doc_id))

    @api.get("/document/{doc_id}", include_in_schema=False, response_class=HTMLResponse)
    def document_page(request: Request, doc_id: str) -> Response:
        data = document_view.document(db, doc_id)
        return renderer.page(request, "document.html", data=data, d=data["document"])

    # --- search --------------------------------------------------------------------------------

    def search_data(q: str | None, page: int | None, origin: str | None) -> dict[str, Any]:
        return search_view.search(db, search_text(q), page_number(page), origin_choice(origin))

    @api.get("/search.json", tags=PAGES, summary="Sentences containing a phrase, and actors by code or name")
    def search_json(q: QueryParam = None, page: SearchPage = None, origin: OriginParam = None) -> Response:
        return as_json(search_data(q, page, origin))

    @api.get("/search.csv", include_in_schema=False)
    def search_csv(q: QueryParam = None, page: SearchPage = None, origin: OriginParam = None) -> Response:
        data = search_data(q, page, origin)
        rows = [{**s, "events": [e["id"] for e in s["events"]]} for s in data["sentences"]]
        return csv_response(rows, ["doc_id", "index", "title", "text", "events", "url"], "sentences")

    @api.get("/search", include_in_schema=False, response_class=HTMLResponse)
    def search_page(request: Request, q: QueryParam = None, page: SearchPage = None,
                    origin: OriginParam = None) -> Response:
        data = search_data(q, page, origin)
        params = {"q": data["q"]} | ({"origin": data["origin"]} if data["origin"] != "text" else {})
        return renderer.page(request, "search.html", data=data, q=data["q"],
                             page_url=lambda n: with_query("/search", params, page=n),
                             origin_url=lambda o: with_query("/search", {"q": data["q"]},
                                                             origin=o if o != "text" else None))

    return api


def sorter(path: str, params: dict[str, str], data: dict[str, Any], default: Sort) -> Any:
    """The link a column's header sorts by: on a new column ascending, on the sorted one the other way."""
    def url(column: str) -> str:
        if column == data["sort"]:
            chosen = Sort(column, data["order"] != "desc")
        else:
            chosen = Sort(column, column == default.column and default.descending)
        return with_query(path, {k: v for k, v in params.items() if k not in ("sort", "order", "page")},
                          **chosen.url_params(default))

    return url


def render_event(
    db: Database, renderer: Renderer, request: Request, event_id: str, status: int = 200,
    error: str | None = None, notice: str | None = None,
) -> Response:
    """The event page (also after a failed edit, with the error above the forms)."""
    record = event_view.event(db, event_id)
    keys = [record["source"].get("country") or record["source"].get("code"),
            record["target"].get("country") or record["target"].get("code")]
    dyad = sorted(keys) if all(keys) and keys[0] != keys[1] else None  # code order, as every page names pairs
    return renderer.page(
        request, "event.html", status=status, e=record, dyad=dyad or ("", ""),
        dyad_label=dyad_label(*dyad) if dyad else "All dyads", choices=event_view.edit_choices(),
        error=error, notice=notice,
    )


DONE = {
    "confirm": "Confirmed. The decision is in the trail below; Undo reverses it.",
    "reject": "Rejected: the event is left out of timelines, counts, exports and reviews. Undo reverses it.",
    "edit": "Edited. The decision is in the trail below; Undo reverses it.",
    "undo": "Undone: the values before the decision are back.",
}
