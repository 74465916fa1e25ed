"""Load the reading package's word lists from its data directory."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..errors import ResourceError


@cache
def lines(name: str) -> tuple[str, ...]:
    """Return the non-comment, non-blank lines of data file `name`, stripped."""
    try:
        text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"cannot load detente/reading/data/{name}: {exc}; reinstall detente") from exc
    rows = (line.strip() for line in text.splitlines())
    return tuple(row for row in rows if row and not row.startswith("#"))


@cache
def table(name: str) -> dict[str, str]:
    """Return a two-column tab-separated data file as a dict."""
    pairs = (line.split("\t") for line in lines(name))
    return {key.strip(): value.strip() for key, value in pairs}
