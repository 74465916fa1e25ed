"""Who may change the record: the edit token, and protection of forms against cross-site requests.

CSRF: a per-process secret signs a random nonce kept in a cookie (SameSite=Strict); every form
carries the signature, and a POST must bring both, matching (a signed double-submit cookie).
A POST whose Origin (or else Referer) names another host is refused as well. A request that
authenticates with `Authorization: Bearer TOKEN` needs no form token: a browser never adds that
header to a cross-site request by itself.

Token: when the settings require one, an edit needs it as a bearer header, or the cookie the
login form sets (holding a keyed hash of the token, not the token itself).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

from starlette.requests import Request

from .errors import Forbidden, Unauthorized
from .settings import Settings

CSRF_COOKIE = "detente_csrf"
AUTH_COOKIE = "detente_auth"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


class Guard:
    """Checks POST requests against one process's secret and the settings' token."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
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

    def login_cookie(self, token: str) -> str | None:
        """The cookie value for a correct token, else None."""
        if self.settings.token is None or not hmac.compare_digest(token.encode(), self.settings.token.encode()):
            return None
        return self._sign("auth", self.settings.token)

    def bearer(self, request: Request) -> bool:
        """Whether the request authenticates with the right bearer token."""
        header = request.headers.get("authorization") or ""
        scheme, _, value = header.partition(" ")
        token = self.settings.token
        return bool(token and scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(),
                                                                                 token.encode()))

    def signed_in(self, request: Request) -> bool:
        """Whether edits are allowed for this request as far as the token goes."""
        if not self.settings.token_required:
            return True
        if self.bearer(request):
            return True
        cookie = request.cookies.get(AUTH_COOKIE)
        token = self.settings.token
        return bool(token and cookie and hmac.compare_digest(cookie, self._sign("auth", token)))

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
