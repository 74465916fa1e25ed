"""Who may change the record: the edit token, and protection of forms against cross-site requests.

CSRF: a per-process secret signs a random nonce kept in a cookie (SameSite=Strict); every form
carries the signature, and a POST must bring both, matching (a signed double-submit cookie).
A POST whose Origin (or else Referer) names another host is refused as well. A request that
authenticates with `Authorization: Bearer TOKEN` needs no form token: a browser never adds that
header to a cross-site request by itself.

Token: when the settings require one, an edit needs it as a bearer header, or the cookie the
login form sets (holding a keyed hash of the token, not the token itself). Wrong tokens are
throttled per client address (throttle.py): 429 with Retry-After.

Order: everything that needs no body is checked before the body is read (:meth:`Guard.before_body`,
run by the edit routes before FastAPI parses them): the origin, whether edits are on, the token
and, for the JSON API, the CSRF header. A form's CSRF token is in the form, so it is compared
once the form (at most MAX_BODY bytes, see middleware.py) is parsed; its cookie must be there
before.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

from starlette.requests import Request

from ..errors import Forbidden, TooManyTries, Unauthorized
from .settings import Settings
from .throttle import Throttle

CSRF_COOKIE = "detente_csrf"
AUTH_COOKIE = "detente_auth"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


class Guard:
    """Checks POST requests against one process's secret and the settings' token."""

    def __init__(self, settings: Settings, throttle: Throttle | None = None) -> None:
        self.settings = settings
        self.throttle = throttle or Throttle()
        self._secret = secrets.token_bytes(32)

    def _sign(self, purpose: str, value: str) -> str:
        return hmac.new(self._secret, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    # --- CSRF ------------------------------------------------------------------------------

    @staticmethod
    def new_nonce() -> str:
        return secrets.token_urlsafe(24)

    def csrf_token(self, nonce: str) -> str:
        """The form token that goes with a cookie nonce."""
        return self._sign("csrf", nonce)

    def check_csrf(self, request: Request, submitted: str | None) -> None:
        """A Forbidden unless the request carries a form token matching its cookie."""
        nonce = request.cookies.get(CSRF_COOKIE)
        token = submitted or request.headers.get(CSRF_HEADER)
        if not nonce or not token or not hmac.compare_digest(self.csrf_token(nonce), token):
            raise Forbidden("csrf", "the form has expired or did not come from this site: reload the page and retry")

    @staticmethod
    def check_origin(request: Request) -> None:
        """A Forbidden when the request says it comes from a page of another host."""
        source = request.headers.get("origin") or request.headers.get("referer")
        if not source or source == "null":
            return
        if urlsplit(source).netloc.lower() != (request.headers.get("host") or "").lower():
            raise Forbidden("origin", "the request came from a page of another site")

    # --- the edit token --------------------------------------------------------------------------

    def login_cookie(self, request: Request, token: str) -> str | None:
        """The cookie value for a correct token, else None (a wrong one counts against the client)."""
        self.check_throttle(request)
        if self.settings.token is None or not hmac.compare_digest(token.encode(), self.settings.token.encode()):
            self.throttle.failed(_client(request))
            return None
        self.throttle.succeeded(_client(request))
        return self._sign("auth", self.settings.token)

    def check_throttle(self, request: Request) -> None:
        """A TooManyTries while the client must wait after wrong tokens."""
        wait = self.throttle.wait(_client(request))
        if wait:
            raise TooManyTries("token", f"too many wrong tokens: wait {wait} s before trying again",
                               {"Retry-After": str(wait)})

    def _bearer_value(self, request: Request) -> str | None:
        scheme, _, value = (request.headers.get("authorization") or "").partition(" ")
        return value.strip() if scheme.lower() == "bearer" else None

    def bearer(self, request: Request) -> bool:
        """Whether the request authenticates with the right bearer token."""
        value = self._bearer_value(request)
        token = self.settings.token
        return bool(token and value is not None and hmac.compare_digest(value.encode(), token.encode()))

    def signed_in(self, request: Request) -> bool:
        """Whether edits are allowed for this request as far as the token goes."""
        if not self.settings.token_required:
            return True
        if self.bearer(request):
            return True
        cookie = request.cookies.get(AUTH_COOKIE)
        token = self.settings.token
        return bool(token and cookie and hmac.compare_digest(cookie, self._sign("auth", token)))

    def before_body(self, request: Request, edit: bool) -> None:
        """What a POST must pass before its body is read: the origin; for an edit, edits on and the
        token (a bearer token is counted right or wrong, and refused while the client must wait);
        the CSRF header of the JSON API, or the cookie a form's token must match."""
        self.check_origin(request)
        if request.url.path == "/login":
            self.check_throttle(request)  # a login form holds a token too
        if not edit:
            return
        refused = self.settings.edits_refused
        if refused:
            raise Forbidden("edit", f"edits are off: {refused}")
        if self.settings.token is not None and self._bearer_value(request) is not None:
            self.check_throttle(request)
            if not self.bearer(request):
                self.throttle.failed(_client(request))
                raise Unauthorized("token", "that is not the server's token: send 'Authorization: Bearer TOKEN'")
            self.throttle.succeeded(_client(request))
            return
        if not self.signed_in(request):
            raise Unauthorized("token", "edits need the server's token: sign in, or send 'Authorization: Bearer TOKEN'")
        if request.url.path.endswith(".json") or request.headers.get(CSRF_HEADER):
            self.check_csrf(request, None)
        elif not request.cookies.get(CSRF_COOKIE):
            raise Forbidden("csrf", "the form has expired or did not come from this site: reload the page and retry")

    def check_edit(self, request: Request, submitted_csrf: str | None) -> None:
        """Everything an edit needs: a same-site origin, edits allowed, the token, the form token."""
        self.check_origin(request)
        refused = self.settings.edits_refused
        if refused:
            raise Forbidden("edit", f"edits are off: {refused}")
        if not self.signed_in(request):
            raise Unauthorized("token", "edits need the server's token: sign in, or send 'Authorization: Bearer TOKEN'")
        if not self.bearer(request):
            self.check_csrf(request, submitted_csrf)


def _client(request: Request) -> str:
    """The address a request comes from (what wrong tokens are counted by)."""
    return request.client.host if request.client else "unknown"
