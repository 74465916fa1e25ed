"""What every request passes before the application sees it (plain ASGI middleware, outermost first):

SecurityHeaders   every answer carries the CSP, X-Frame-Options and the rest
HostCheck         a Host header that does not name this server is refused (DNS rebinding)
HeadAsGet         HEAD is answered as GET without the body
BodyLimit         a body over MAX_BODY is refused: by its Content-Length before a byte is read,
                  else as soon as the bytes read pass the limit
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import TooLarge, WebError, WrongHost
from .settings import Settings, host_name

MAX_BODY = 256 * 1024  # bytes: a curation form or JSON decision is well under 10 KB
SECURITY_HEADERS = [
    # scripts and styles come from this site only (the charts' SVG carries no style attribute)
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; "
                                 b"img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
    (b"x-frame-options", b"DENY"),  # frame-ancestors for browsers that predate it
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]


async def send_error(send: Send, error: WebError) -> None:
    """Answer with an error in the one JSON shape (for refusals made before the application runs)."""
    body = json.dumps(error.body(), ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close")]  # the unread body, if any, is not waited for
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, sending)


class HostCheck:
    """Refuses a request whose Host header names a host this server does not serve (Settings.serves)."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = _header(scope, b"host")
            if not self.settings.serves(host):
                name = host_name(host or "")
                await send_error(send, WrongHost("host", (
                    f"this server does not answer to the host name '{name}': open it by the address it "
                    f"listens on, or start it with --allowed-host {name or 'NAME'} if that name is yours")
                    if name else "the request names no host: send a Host header"))
                return
        await self.app(scope, receive, send)


class HeadAsGet:
    """Answers HEAD as the GET of the same path would be answered, headers only (FastAPI routes only GET)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class BodyTooLarge(HTTPException):
    """Raised while a body is read, once it passes the limit (FastAPI passes HTTPExceptions through)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large(limit).message)


def _too_large(limit: int) -> TooLarge:
    return TooLarge("body", f"the request body is over {limit // 1024} KB: a decision is a few hundred bytes")


class BodyLimit:
    """Refuses bodies over `limit` bytes, by their Content-Length before reading, else while reading."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = _header(scope, b"content-length")
        if length is not None and (not length.strip().isdigit() or int(length) > self.limit):
            await send_error(send, _too_large(self.limit))
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, counted, send)
