"""The web application's errors and the one shape every error answer has.

WebError                 answered with its status and {"error": {"code", "message", "param"}}
├── BadParameter   400   a query parameter or form field the application cannot use
├── WrongHost      400   a Host header that does not name this server (DNS rebinding)
├── Unauthorized   401   an edit without the server's token
├── Forbidden      403   edits are off, or a form without its CSRF token
├── NotFound       404   no dyad, event, document or page with this id
├── Conflict       409   an undo a later decision stands in the way of
├── TooLarge       413   a request body over the limit (refused before it is read)
├── TooManyTries   429   wrong tokens in a row: wait Retry-After seconds
├── ServerError    500   the store is damaged, or a bug (logged)
└── Busy           503   another process holds the store (an ingest writing it): try again later

HTML pages answer 401, 403, 404, 429 and 500 with a page; everything else, and every JSON
route, with the JSON shape.
"""

from __future__ import annotations

from typing import Any


class WebError(Exception):
    """An error answer: status, a short code, a message saying what to do, the parameter at fault."""

    status = 500
    code = "error"

    def __init__(self, param: str | None, message: str, headers: dict[str, str] | None = None) -> None:
        self.param = param
        self.message = message
        self.headers = headers or {}  # added to the answer (Retry-After)
        super().__init__(message)

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "param": self.param}}


class BadParameter(WebError):
    status = 400
    code = "bad_parameter"


class Unauthorized(WebError):
    status = 401
    code = "unauthorized"


class Forbidden(WebError):
    status = 403
    code = "forbidden"


class NotFound(WebError):
    status = 404
    code = "not_found"


class Conflict(WebError):
    status = 409
    code = "conflict"


class WrongHost(WebError):
    status = 400
    code = "wrong_host"


class TooLarge(WebError):
    status = 413
    code = "too_large"


class TooManyTries(WebError):
    status = 429
    code = "too_many_tries"


class ServerError(WebError):
    status = 500
    code = "server_error"


class Busy(WebError):
    status = 503
    code = "store_busy"
