"""The web application: build it with create_app(Settings(db=...)) and serve it with uvicorn.

Pages are rendered on the server (Jinja2, autoescaped; charts as inline SVG), every page has a
JSON twin at the same path with .json, and /openapi.json describes the JSON routes. See
settings.py for who may edit, security.py for how edits are protected, database.py for how
the store is shared between requests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import DetenteError
from . import edits, pages
from .database import Database
from .errors import BadParameter, NotFound, WebError
from .render import Renderer, as_json, wants_json
from .security import Guard
from .settings import Settings

HTML_ERRORS = (401, 403, 404)  # a person following a link or a form sees a page; everything else is JSON
TITLES = {401: "Sign in to edit", 403: "Not allowed", 404: "Not found"}
SECURITY_HEADERS = [
    # matplotlib's SVG carries style attributes; scripts come from this site only
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                 b"img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every answer (a plain ASGI middleware: no cost per request to speak of)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, sending)


def warm_up() -> None:
    """Load what the first dyad page needs (the gazetteer, matplotlib, ruptures: seconds) before the
    first request rather than during it."""
    from ..analysis.phases import find_breaks
    from ..report.charts import _pyplot
    from .views.common import actor_name

    actor_name("USA")
    _pyplot()
    find_breaks([0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0])


def create_app(settings: Settings, database: Database | None = None) -> FastAPI:
    """The application for a store; raises a StoreError when the store cannot be opened."""
    db = database or Database(settings)
    guard = Guard(settings)
    renderer = Renderer(settings, guard)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(warm_up)
        yield
        db.close()

    app = FastAPI(
        title="detente",
        version=__version__,
        description="The record of events between states: dyads, timelines, events, documents, search "
                    "and the analyst's decisions. Every HTML page has a JSON twin at the same path with .json.",
        docs_url=None,  # the interactive docs load scripts from a CDN: this application works offline
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.settings = settings
    app.include_router(pages.router(db, renderer))
    app.include_router(edits.router(db, renderer, guard, settings))
    app.mount("/static", StaticFiles(packages=[("detente.web", "static")]), name="static")
    _install_error_handlers(app, renderer)
    app.add_middleware(SecurityHeaders)
    return app


def _install_error_handlers(app: FastAPI, renderer: Renderer) -> None:
    def answer(request: Request, error: WebError) -> Response:
        if error.status in HTML_ERRORS and not wants_json(request):
            return renderer.page(request, "error.html", status=error.status, code=error.status,
                                 title=TITLES[error.status],
                                 message=error.message, back=request.url.path)
        return as_json(error.body(), error.status)

    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        return answer(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first: dict[str, Any] = exc.errors()[0] if exc.errors() else {}
        loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "body", "path")]
        param = ".".join(loc) or None
        return answer(request, BadParameter(param, f"{param or 'request'}: {first.get('msg', 'invalid value')}"))

    @app.exception_handler(DetenteError)
    async def detente_error(request: Request, exc: DetenteError) -> Response:
        return answer(request, BadParameter(getattr(exc, "option", None), str(exc)))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 404:
            return answer(request, NotFound("path", f"nothing at {request.url.path}: start from the list of dyads"))
        error = WebError(None, str(exc.detail))
        error.status, error.code = exc.status_code, "http_error"
        return answer(request, error)
