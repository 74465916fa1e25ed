"""The one exception hierarchy of detente: every error it raises on purpose derives from DetenteError.

    DetenteError
    ├── InputError              a file, line or value the user gave cannot be used
    │   ├── UnreadableInput     missing, a directory, binary, empty, undecodable, a damaged archive
    │   ├── MalformedLine       one line of a JSONL corpus is not a usable document
    │   └── WrongFormat         a dataset file is readable but not the dataset it was given as
    ├── OptionError             a command-line option has a bad value
    ├── ResourceError           packaged data or the language model cannot be loaded
    ├── StoreError              the database file cannot be used
    │   ├── StoreMissing        no store at the path (queries need one)
    │   ├── StoreCorrupt        not a DuckDB file, a damaged one, or another program's database
    │   ├── StoreReadOnly       the file or its directory cannot be written
    │   ├── StoreLocked         another process holds the database for writing
    │   └── StoreFull           the disk (or the file-size limit) is full: a write failed and was undone
    ├── CurationError           a decision on an event that cannot be made (a bad value, nothing to change)
    │   ├── UnknownEvent        no event, or no decision, has the id given
    │   └── CurationConflict    an undo that a later decision stands in the way of, or one done already
    ├── ImportFailed            the store refused a dataset file's rows; nothing of the file was stored
    ├── RepeatedIds             a dataset id occurs twice in one file (internal: the file is imported
    │                           again with repeats dropped; never reaches a user)
    └── WebError                an answer of the web application: its status and
        │                       {"error": {"code", "message", "param"}}
        ├── BadParameter   400  a query parameter or form field the application cannot use
        ├── WrongHost      400  a Host header that does not name this server (DNS rebinding)
        ├── Unauthorized   401  an edit without the server's token
        ├── Forbidden      403  edits are off, or a form without its CSRF token
        ├── NotFound       404  no dyad, event, document or page with this id
        ├── Conflict       409  an undo a later decision stands in the way of
        ├── TooLarge       413  a request body over the limit (refused before it is read)
        ├── TooManyTries   429  wrong tokens in a row: wait Retry-After seconds
        ├── ServerError    500  the store is damaged, or a bug (logged)
        └── Busy           503  another process holds the store (an ingest writing it): try again later

Every error carries a message that says what went wrong, where, and what to do. The CLI prints
``str(error)`` on one line and exits with code 2. The web application answers HTML pages' 401, 403,
404, 429 and 500 with a page; everything else, and every JSON route, with the JSON shape.
(detente.web.middleware.BodyTooLarge is no project error but Starlette's HTTPException, the one kind
the framework lets through while a body is read; it is answered as TooLarge.)
"""

from __future__ import annotations

from typing import Any


class DetenteError(Exception):
    """Base class of every error detente raises on purpose."""


class InputError(DetenteError):
    """An input the user gave cannot be used."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message  # without the place
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)


class UnreadableInput(InputError):
    """The file is missing, a directory, binary, empty or not text."""


class MalformedLine(InputError):
    """One line of a JSONL corpus is not a usable document."""


class WrongFormat(InputError):
    """The file is not the dataset it was given as (or a version detente does not read)."""


class OptionError(DetenteError):
    """A command-line option has a value detente cannot use."""

    def __init__(self, option: str, message: str) -> None:
        self.option = option
        super().__init__(f"{option}: {message}")


class ResourceError(DetenteError):
    """Packaged data or the language model cannot be loaded."""


class StoreError(DetenteError):
    """The event store cannot be opened or used."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class StoreMissing(StoreError):
    """There is no store at the path."""


class StoreCorrupt(StoreError):
    """The file is not a detente store: damaged, or another program's file."""


class StoreReadOnly(StoreError):
    """The store (or the place it would be created) cannot be written."""


class StoreLocked(StoreError):
    """Another process has the store open for writing."""


class StoreFull(StoreError):
    """A write failed for want of space; its transaction was rolled back."""


class CurationError(DetenteError):
    """A decision that cannot be made: a bad value, nothing to change, or an unknown event."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


class UnknownEvent(CurationError):
    """No event (or no decision) has the id given."""


class CurationConflict(CurationError):
    """An undo that cannot be done: already undone, or a later decision changed the same values."""


class ImportFailed(DetenteError):
    """The store could not take a file's rows; its transaction was rolled back."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class RepeatedIds(DetenteError):
    """A dataset id occurs twice in one file: import the file again with dedupe=True."""


class WebError(DetenteError):
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
