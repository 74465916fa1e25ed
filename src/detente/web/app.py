"""The web application: build it with create_app(Settings(db=...)) and serve it with uvicorn.

Pages are rendered on the server (Jinja2, autoescaped; charts as inline SVG), every page has a
JSON twin at the same path with .json, and /openapi.json describes the JSON routes. See
settings.py for who may edit, security.py for how edits are protected, database.py for how
the store is shared between requests.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..analysis.phases import find_breaks
from ..errors import BadParameter, Busy, DetenteError, NotFound, ServerError, WebError
from ..store import StoreError, StoreLocked
from ..store.connect import translate
from ..terminal import one_line
from . import edits, pages
from .database import Database
from .middleware import BodyLimit, HeadAsGet, HostCheck, SecurityHeaders
from .render import Renderer, as_json, wants_json
from .security import Guard
from .settings import Settings
from .throttle import Throttle
from .views.common import actor_name

HTML_ERRORS = (400, 401, 403, 404, 429, 500, 503)  # a person following a link or a form sees a page; the rest is JSON
TITLES = {400: "A parameter this page cannot use", 401: "Sign in to edit", 403: "Not allowed", 404: "Not found",
          429: "Too many tries", 500: "Something went wrong", 503: "The store is busy"}
log = logging.getLogger("detente.web")


def warm_up() -> None:
    """Load what the first dyad page needs (the gazetteer, ruptures: seconds) before the
    first request rather than during it."""
    actor_name("USA")
    find_breaks([0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0])


def create_app(settings: Settings, database: Database | None = None, throttle: Throttle | None = None) -> FastAPI:
    """The application for a store; raises a StoreError when the store cannot be opened. `throttle`
    counts wrong tokens (a test gives one with its own clock)."""
    db = database or Database(settings)
    guard = Guard(settings, throttle)
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
    answer = _install_error_handlers(app, renderer)
    # added innermost first: a request meets SecurityHeaders, HostCheck, HeadAsGet, BodyLimit, ErrorPages
    app.add_middleware(ErrorPages, answer=answer, store=str(settings.db))
    app.add_middleware(BodyLimit)
    app.add_middleware(HeadAsGet)
    app.add_middleware(HostCheck, settings=settings)
    app.add_middleware(SecurityHeaders)
    return app


Answer = Callable[[Request, WebError], Response]


def server_error(exc: BaseException, store: str) -> ServerError:
    """The 500 for a failure no route expected, logged: one line for a damaged store, the traceback of a bug."""
    if isinstance(exc, duckdb.Error):
        exc = translate(store, exc)
    if isinstance(exc, StoreError):
        log.error("detente serve: %s", one_line(exc))
        return ServerError(None, str(exc))
    log.error("detente serve: unexpected %s (a bug in detente)", type(exc).__name__, exc_info=exc)
    return ServerError(None, f"the server failed ({type(exc).__name__}): this is a bug in detente; "
                             "the server's log has the details")


class ErrorPages:
    """The last resort: an exception a route raised becomes a 500 page (or its JSON twin) and a log line,
    not the bare "Internal Server Error" of the framework."""

    def __init__(self, app: ASGIApp, answer: Answer, store: str) -> None:
        self.app = app
        self.answer = answer
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            if started:
                raise  # too late for an error page: the server logs it and closes the connection
            response = await run_in_threadpool(self.answer, Request(scope), server_error(exc, self.store))
            await response(scope, receive, send)


def _install_error_handlers(app: FastAPI, renderer: Renderer) -> Answer:
    """Install the handlers of expected errors; returns the function that answers with an error."""

    def answer(request: Request, error: WebError) -> Response:
        if error.status in HTML_ERRORS and not wants_json(request):
            response: Response = renderer.page(request, "error.html", status=error.status, code=error.status,
                                               title=TITLES[error.status], message=error.message,
                                               param=error.param, back=request.url.path)
        else:
            response = as_json(error.body(), error.status)
        response.headers.update(error.headers)
        return response

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        if isinstance(exc, StoreLocked):  # another process has the store: nothing is wrong with it
            return await run_in_threadpool(answer, request, Busy(None, str(exc), {"Retry-After": "5"}))
        return await run_in_threadpool(answer, request, server_error(exc, str(app.state.settings.db)))

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
        error = WebError(None, str(exc.detail), dict(exc.headers or {}))
        error.status, error.code = exc.status_code, "too_large" if exc.status_code == 413 else "http_error"
        return answer(request, error)

    return answer
