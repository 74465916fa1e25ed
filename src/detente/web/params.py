"""Query parameters and ids of the web application, checked: a bad one is a BadParameter (400),
an id that cannot name anything a NotFound (404)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from ..errors import BadParameter, NotFound
from ..model import STATUSES
from ..ontology import plover_types
from ..store.query import ORIGINS

_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")  # PAK, SUN, NATO; C01 in generated stores
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.:-]{3,79}$")
_CONTEXT = re.compile(r"^[a-z][a-z_ -]{0,39}$")
MAX_QUERY = 200
MAX_PAGE = 100_000
ALL = "all"
ORIGIN_CHOICES = (*ORIGINS, ALL)  # text, gdelt, icews, polecat, sipri, all
DEFAULT_ORIGIN = "text"  # events coded from text: each has a sentence to quote


def actor_code(value: str) -> str:
    """An actor code of a dyad URL, upper-cased; NotFound when it cannot be one."""
    code = value.strip().upper()
    if not _CODE.match(code):
        raise NotFound("dyad", f"'{value}' is not an actor code (PAK, RUS, NATO ...)")
    return code


def third_code(value: str | None) -> str | None:
    """The third-party parameter: an actor code or nothing; BadParameter otherwise."""
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if not _CODE.match(code):
        raise BadParameter("third", f"'{value}' is not an actor code (PAK, RUS, NATO ...)")
    return code


def record_id(value: str, what: str) -> str:
    """An event or document id (a hash: letters and digits); NotFound for anything else."""
    ident = value.strip()
    if not _ID.match(ident):
        raise NotFound(what, f"'{value}' is not a {what} id")
    return ident


def page_number(value: int | None) -> int:
    page = 1 if value is None else value
    if not 1 <= page <= MAX_PAGE:
        raise BadParameter("page", f"page {value} does not exist: pages start at 1")
    return page


def _date(value: str | None, param: str) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadParameter(param, f"'{value}' is not a date: write it as YYYY-MM-DD") from None


def _choice(value: str | None, param: str, allowed: tuple[str, ...], upper: bool = False) -> str | None:
    if value is None or not value.strip():
        return None
    chosen = value.strip().upper() if upper else value.strip().lower()
    if chosen not in allowed:
        raise BadParameter(param, f"'{value}' is not one of {', '.join(allowed)}")
    return chosen


@dataclass(frozen=True)
class Filters:
    """The filters of a dyad's timeline."""

    event_type: str | None = None
    context: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    rejected: bool = False  # show the events an analyst rejected too
    strict: bool = False  # RUS does not include SUN
    origin: str = DEFAULT_ORIGIN  # text, a dataset, or all

    def query(self) -> dict[str, Any]:
        """The keyword arguments of store.query.events."""
        return {"event_type": self.event_type, "context": self.context, "status": self.status,
                "since": self.since, "until": self.until, "strict_codes": self.strict,
                "include_rejected": self.rejected, "origin": self.origin}

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["since"] = self.since.isoformat() if self.since else None
        out["until"] = self.until.isoformat() if self.until else None
        return out

    def url_params(self) -> dict[str, str]:
        """The filters as query parameters (for links to other pages of the same view)."""
        names = {"event_type": "type"}
        out = {}
        for key, value in self.as_dict().items():
            if value in (None, False) or (key == "origin" and value == DEFAULT_ORIGIN):
                continue
            out[names.get(key, key)] = "1" if value is True else str(value)
        return out


def filters(
    event_type: str | None, context: str | None, status: str | None, since: str | None, until: str | None,
    rejected: bool, strict: bool, origin: str | None = None,
) -> Filters:
    """The checked filters of a dyad page."""
    found = Filters(
        origin=origin_choice(origin),
        event_type=_choice(event_type, "type", plover_types(), upper=True),
        context=_context(context),
        status=_choice(status, "status", STATUSES),
        since=_date(since, "since"),
        until=_date(until, "until"),
        rejected=rejected,
        strict=strict,
    )
    if found.since and found.until and found.since > found.until:
        raise BadParameter("until", f"the period ends ({found.until}) before it starts ({found.since})")
    return found


def origin_choice(value: str | None) -> str:
    """The origin parameter: text (the default), a dataset's name, or all."""
    return _choice(value, "origin", ORIGIN_CHOICES) or DEFAULT_ORIGIN


SORT_ORDERS = ("asc", "desc")


@dataclass(frozen=True)
class Sort:
    """The order of a list: a column and a direction."""

    column: str
    descending: bool = False

    def url_params(self, default: Sort) -> dict[str, str]:
        return {} if self == default else {"sort": self.column, "order": "desc" if self.descending else "asc"}


def sort_choice(sort: str | None, order: str | None, allowed: tuple[str, ...], default: Sort) -> Sort:
    """A list's sort column (one of allowed) and direction (order=asc|desc); the default without either."""
    column = _choice(sort, "sort", allowed) or default.column
    direction = _choice(order, "order", SORT_ORDERS)
    if direction is None:
        return Sort(column, default.descending if column == default.column else False)
    return Sort(column, direction == "desc")


def _context(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    context = value.strip().lower()
    if not _CONTEXT.match(context):
        raise BadParameter("context", f"'{value}' is not a PLOVER context (military, economic ...)")
    return context


def search_text(value: str | None) -> str:
    text = " ".join((value or "").split())
    if len(text) > MAX_QUERY:
        raise BadParameter("q", f"the search is {len(text)} characters long: at most {MAX_QUERY}")
    return text
