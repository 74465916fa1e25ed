"""The edit routes (POST): confirm, reject, edit and undo, from the event page's forms or as JSON;
and signing in with the server's token. Every one goes through the Guard first: what needs no body
before FastAPI reads the body (GuardedRoute), the form's CSRF token once the form is read."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from enum import Enum
from typing import Any, Literal
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from ..errors import BadParameter, Conflict, NotFound, WebError
from ..store.curation import EDITABLE, CurationConflict, CurationError, UnknownEvent, trail
from .database import Database
from .pages import render_event
from .params import record_id
from .render import Renderer, as_json
from .security import AUTH_COOKIE, CSRF_FIELD, Guard
from .settings import Settings
from .views import event as event_view

CURATION: list[str | Enum] = ["curation"]  # FastAPI's type for tags


class Decision(BaseModel):
    """A decision on an event. Reject and edit need a reason; an edit gives the fields it changes."""

    action: Literal["confirm", "reject", "edit"]
    reason: str | None = Field(None, max_length=2000)
    event_type: str | None = Field(None, description="A PLOVER type")
    source: str | None = Field(None, description="ISO 3166-1 alpha-3 or organisation code")
    target: str | None = Field(None, description="ISO 3166-1 alpha-3 or organisation code")
    date_start: str | None = Field(None, description="YYYY-MM-DD")
    date_end: str | None = Field(None, description="YYYY-MM-DD")
    date_precision: str | None = Field(None, description="day, week, month, season, year, decade, century, unknown")
    status: str | None = Field(None, description="occurred, planned, negotiating, cancelled, speculative, negated")


class Undo(BaseModel):
    """Reverse the decision numbered seq (its `before` values come back)."""

    seq: int = Field(ge=1)
    reason: str | None = Field(None, max_length=2000)


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _safe_next(value: str | None) -> str:
    """A place on this site to go back to (never another site)."""
    if not value or not value.startswith("/") or value.startswith("//") or urlsplit(value).netloc:
        return "/"
    return value


NOT_EDITS = ("/login", "/logout")  # POST routes that change no record


def guarded_route(guard: Guard) -> type[APIRoute]:
    """A route class whose POSTs pass Guard.before_body before their body is read or parsed (FastAPI
    parses a JSON body before any dependency runs, so the check cannot be a dependency)."""

    class GuardedRoute(APIRoute):
        def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
            handle = super().get_route_handler()
            edit = self.path not in NOT_EDITS

            async def guarded(request: Request) -> Response:
                if request.method == "POST":
                    guard.before_body(request, edit)
                return await handle(request)

            return guarded

    return GuardedRoute


def router(db: Database, renderer: Renderer, guard: Guard, settings: Settings) -> APIRouter:
    """The POST routes of the application."""
    api = APIRouter(route_class=guarded_route(guard))

    def curate(event_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        ident = record_id(event_id, "event")
        edits = {k: fields[k] for k in EDITABLE if fields.get(k) is not None}
        action = str(fields.get("action") or "")
        return _translated(lambda: db.write(lambda s: s.curate(ident, action, fields.get("reason"), settings.who,
                                                               **edits)))

    def undo(event_id: str, seq: Any, reason: str | None) -> dict[str, Any]:
        ident = record_id(event_id, "event")
        try:
            number = int(seq)
        except (TypeError, ValueError):
            raise BadParameter("seq", f"'{seq}' is not a decision number") from None
        with db.reading() as con:
            mine = {e["seq"] for e in _translated(lambda: trail(con, ident))}
        if number not in mine:
            raise BadParameter("seq", f"event {ident} has no decision number {number}")
        return _translated(lambda: db.write(lambda s: s.undo(number, reason, settings.who)))

    @api.post("/event/{event_id}/curate.json", tags=CURATION, summary="Confirm, reject or edit an event")
    async def curate_json(request: Request, event_id: str, decision: Decision) -> Response:
        guard.check_edit(request, None)
        entry = await run_in_threadpool(curate, event_id, decision.model_dump())
        record = await run_in_threadpool(event_view.event, db, event_id)
        return as_json({"decision": entry, "event": record})

    @api.post("/event/{event_id}/undo.json", tags=CURATION, summary="Undo a decision on an event")
    async def undo_json(request: Request, event_id: str, body: Undo) -> Response:
        guard.check_edit(request, None)
        entry = await run_in_threadpool(undo, event_id, body.seq, body.reason)
        record = await run_in_threadpool(event_view.event, db, event_id)
        return as_json({"decision": entry, "event": record})

    async def from_form(request: Request, event_id: str, work: Any, done: str) -> Response:
        """Run a form's decision; back to the event page, with the error when there is one."""
        try:
            await run_in_threadpool(work)
        except (BadParameter, Conflict) as exc:
            return await run_in_threadpool(render_event, db, renderer, request, event_id, exc.status, exc.message)
        return RedirectResponse(f"/event/{record_id(event_id, 'event')}?done={done}#decisions", status_code=303)

    @api.post("/event/{event_id}/curate", include_in_schema=False)
    async def curate_form(request: Request, event_id: str) -> Response:
        fields = await _form(request)
        guard.check_edit(request, fields.get(CSRF_FIELD))
        action = fields.get("action", "")
        return await from_form(request, event_id, lambda: curate(event_id, fields), action)

    @api.post("/event/{event_id}/undo", include_in_schema=False)
    async def undo_form(request: Request, event_id: str) -> Response:
        fields = await _form(request)
        guard.check_edit(request, fields.get(CSRF_FIELD))
        return await from_form(request, event_id, lambda: undo(event_id, fields.get("seq"), fields.get("reason")),
                               "undo")

    @api.get("/login", include_in_schema=False)
    def login_page(request: Request, next: str | None = None) -> Response:  # noqa: A002 - the URL's name
        return renderer.page(request, "login.html", next=_safe_next(next), error=None)

    @api.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        fields = await _form(request)
        guard.check_origin(request)
        guard.check_csrf(request, fields.get(CSRF_FIELD))
        back = _safe_next(fields.get("next"))
        cookie = guard.login_cookie(request, fields.get("token", ""))
        if cookie is None:
            return renderer.page(request, "login.html", status=401, next=back,
                                 error="That is not the server's token.")
        response = RedirectResponse(back, status_code=303)
        response.set_cookie(AUTH_COOKIE, cookie, httponly=True, samesite="strict")
        return response

    @api.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        fields = await _form(request)
        guard.check_origin(request)
        guard.check_csrf(request, fields.get(CSRF_FIELD))
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(AUTH_COOKIE)
        return response

    return api


def _translated(work: Any) -> Any:
    """Run work, turning the store's curation errors into web errors (404, 409, 400)."""
    try:
        return work()
    except UnknownEvent as exc:
        raise NotFound(exc.field, str(exc)) from None
    except CurationConflict as exc:
        raise Conflict(exc.field, str(exc)) from None
    except CurationError as exc:
        raise BadParameter(exc.field, str(exc)) from None
    except WebError:
        raise
