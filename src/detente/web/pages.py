"""The pages (GET): each an HTML route and its JSON twin, built from the same data."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import HTMLResponse, Response

from .database import Database
from .params import Filters, filters, page_number, search_text, third_code
from .render import Renderer, as_json, svg, with_query
from .views import actor as actor_view
from .views import document as document_view
from .views import dyad as dyad_view
from .views import event as event_view
from .views import home as home_view
from .views import search as search_view
from .views.common import dyad_label

PAGES = ["pages (JSON twins of the HTML pages)"]


TYPE_HELP = "A PLOVER event type: AGREE, COOPERATE ..."
STATUS_HELP = "occurred, planned, negotiating, cancelled, speculative, negated"


def dyad_filters(
    event_type: Annotated[str | None, Query(alias="type", description=TYPE_HELP)] = None,
    context: Annotated[str | None, Query(description="A PLOVER context: military, economic ...")] = None,
    status: Annotated[str | None, Query(description=STATUS_HELP)] = None,
    since: Annotated[str | None, Query(description="Incidents that end on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="Incidents that start on or before YYYY-MM-DD")] = None,
    rejected: Annotated[bool, Query(description="Show the events an analyst rejected too")] = False,
    strict: Annotated[bool, Query(description="RUS does not include SUN (the USSR)")] = False,
) -> Filters:
    return filters(event_type, context, status, since, until, rejected, strict)


FiltersParam = Annotated[Filters, Depends(dyad_filters)]
PageParam = Annotated[int | None, Query(ge=1, description="Page of the timeline, from 1")]
ThirdParam = Annotated[str | None, Query(description="A third actor: the dyad beside A-C and B-C")]
QueryParam = Annotated[str | None, Query(description="Words of a sentence, or an actor's code or name")]
SearchPage = Annotated[int | None, Query(ge=1, description="Page of sentences, from 1")]
StrictParam = Annotated[bool, Query(description="RUS does not include SUN (the USSR)")]
DyadsPage = Annotated[int | None, Query(ge=1, description="Page of the list of dyads (largest first), from 1")]


def router(db: Database, renderer: Renderer) -> APIRouter:
    """The GET routes of the application."""
    api = APIRouter()

    # --- home ----------------------------------------------------------------------------------

    @api.get("/index.json", tags=PAGES, summary="The dyads with their counts and date spans, a page at a time")
    @api.get("/.json", include_in_schema=False)
    def home_json(page: DyadsPage = None) -> Response:
        return as_json(home_view.home(db, page_number(page)))

    @api.get("/", include_in_schema=False, response_class=HTMLResponse)
    def home_page(request: Request, page: DyadsPage = None) -> Response:
        return renderer.page(request, "home.html", data=home_view.home(db, page_number(page)),
                             db_name=db.store.path.name, page_url=lambda n: with_query("/", {}, page=n))

    # --- dyad ----------------------------------------------------------------------------------

    def dyad_data(a: str, b: str, f: Filters, page: int | None, third: str | None) -> dict[str, Any]:
        return dyad_view.dyad(db, a, b, f, page_number(page), third_code(third))

    @api.get("/dyad/{a}/{b}.json", tags=PAGES, summary="A dyad: its index, phases and a page of its timeline")
    def dyad_json(a: str, b: str, f: FiltersParam, page: PageParam = None, third: ThirdParam = None) -> Response:
        data = dyad_data(a, b, f, page, third)
        if data["third"]:
            data["third"] = {k: v for k, v in data["third"].items() if k != "svg"}
        return as_json(data)

    @api.get("/dyad/{a}/{b}", include_in_schema=False, response_class=HTMLResponse)
    def dyad_page(request: Request, a: str, b: str, f: FiltersParam, page: PageParam = None,
                  third: ThirdParam = None) -> Response:
        data, result = dyad_view.dyad_with_analysis(db, a, b, f, page_number(page), third_code(third))
        params = f.url_params()
        if data["third"]:
            params["third"] = data["third"]["code"]
        path = f"/dyad/{data['a']}/{data['b']}"
        rows = db.cached(("timeline_rows", data["a"], data["b"], f, data["page"], data["page_size"]),
                         lambda: renderer.fragment("_timeline_rows.html", events=data["events"]), bulky=True)
        return renderer.page(
            request, "dyad.html", data=data, path=path, timeline_rows=rows,
            index_svg=svg(dyad_view.index_svg(db, data["a"], data["b"], f, result)),
            third_svg=svg(data["third"]["svg"]) if data["third"] else None,
            filtered=any(v for k, v in f.as_dict().items() if k not in ("rejected", "strict")),
            choices={"types": event_view.edit_choices()["types"], "statuses": event_view.edit_choices()["statuses"],
                     "contexts": dyad_view.contexts(db)},
            page_url=lambda n: with_query(path, params, page=n),
        )

    # --- actor ---------------------------------------------------------------------------------

    @api.get("/actor/{code}.json", tags=PAGES, summary="An actor: its dyads and its index by year with every partner")
    def actor_json(code: str, page: DyadsPage = None, strict: StrictParam = False) -> Response:
        return as_json(actor_view.actor(db, code, page_number(page), strict))

    @api.get("/actor/{code}", include_in_schema=False, response_class=HTMLResponse)
    def actor_page(request: Request, code: str, page: DyadsPage = None, strict: StrictParam = False) -> Response:
        data = actor_view.actor(db, code, page_number(page), strict)
        params = {"strict": "1"} if strict else {}
        path = f"/actor/{data['code']}"
        return renderer.page(request, "actor.html", data=data, path=path,
                             index_svg=svg(actor_view.index_svg(db, data["code"], strict)),
                             page_url=lambda n: with_query(path, params, page=n))

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

    @api.get("/search.json", tags=PAGES, summary="Sentences containing a phrase, and actors by code or name")
    def search_json(q: QueryParam = None, page: SearchPage = None) -> Response:
        return as_json(search_view.search(db, search_text(q), page_number(page)))

    @api.get("/search", include_in_schema=False, response_class=HTMLResponse)
    def search_page(request: Request, q: QueryParam = None, page: SearchPage = None) -> Response:
        data = search_view.search(db, search_text(q), page_number(page))
        return renderer.page(request, "search.html", data=data, q=data["q"])

    return api


def render_event(
    db: Database, renderer: Renderer, request: Request, event_id: str, status: int = 200,
    error: str | None = None, notice: str | None = None,
) -> Response:
    """The event page (also after a failed edit, with the error above the forms)."""
    record = event_view.event(db, event_id)
    keys = [record["source"].get("country") or record["source"].get("code"),
            record["target"].get("country") or record["target"].get("code")]
    dyad = keys if all(keys) and keys[0] != keys[1] else None
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
