"""Turning page data into answers: HTML through Jinja2 (autoescaped), or JSON."""

from __future__ import annotations

import json
from functools import cache
from typing import Any
from urllib.parse import urlencode

import jinja2
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from .. import __version__
from .security import CSRF_COOKIE, Guard
from .settings import Settings


@cache
def environment() -> jinja2.Environment:
    """The templates: every value is escaped unless it is Markup (the SVG charts report/svg.py wrote)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("detente.web", "templates"),
        autoescape=True,  # documents are untrusted: a <script> in a text shows as text
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def as_json(data: Any, status: int = 200) -> Response:
    """A JSON answer (dates and other values JSON lacks as strings)."""
    return Response(json.dumps(data, ensure_ascii=False, default=str), status_code=status,
                    media_type="application/json")


def json_url(request: Request) -> str:
    """The JSON twin of a page: the same path with .json, the same query."""
    path = request.url.path.rstrip("/") or "/index"
    query = request.url.query
    return f"{path}.json" + (f"?{query}" if query else "")


def csv_url(request: Request) -> str:
    """The CSV twin of a list: the same path with .csv, the same query."""
    path = request.url.path.rstrip("/") or "/index"
    query = request.url.query
    return f"{path}.csv" + (f"?{query}" if query else "")


def wants_json(request: Request) -> bool:
    """Whether an answer (an error, say) should be JSON rather than a page."""
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def svg(markup: str | None) -> Markup | None:
    """Trusted SVG (written by detente.report.svg, which escapes the text it writes) for a template."""
    return Markup(markup) if markup else None


class Renderer:
    """Renders templates with what every page needs: the edit state, the CSRF token, the search box."""

    def __init__(self, settings: Settings, guard: Guard) -> None:
        self.settings = settings
        self.guard = guard

    def edit_state(self, request: Request) -> dict[str, Any]:
        return {"refused": self.settings.edits_refused, "token_required": self.settings.token_required,
                "signed_in": self.guard.signed_in(request), "user": self.settings.who}

    def fragment(self, template: str, **context: Any) -> Markup:
        """A part of a page that depends on the data alone (no user, no form token), rendered for
        a cache: autoescaped like any template."""
        return Markup(environment().get_template(template).render(**context))

    def page(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        nonce = request.cookies.get(CSRF_COOKIE)
        fresh = not nonce
        if not nonce:
            nonce = self.guard.new_nonce()
        html = environment().get_template(template).render(
            path=context.pop("path", request.url.path), json_url=json_url(request), csv_url=csv_url(request),
            q=context.pop("q", ""),
            version=__version__,
            edit=self.edit_state(request), csrf_token=self.guard.csrf_token(nonce), **context,
        )
        response = HTMLResponse(html, status_code=status)
        if fresh:
            response.set_cookie(CSRF_COOKIE, nonce, httponly=True, samesite="strict")
        return response


def with_query(path: str, params: dict[str, str], **more: Any) -> str:
    """A link to path with the query parameters given (empty ones left out)."""
    merged = {**params, **{k: str(v) for k, v in more.items() if v not in (None, "")}}
    return path + ("?" + urlencode(merged) if merged else "")
