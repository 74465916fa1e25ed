"""Time expressions: find them in a text and resolve them to date intervals."""

from __future__ import annotations

from .find import find_times
from .mention import TimeMention
from .resolve import resolve

__all__ = ["TimeMention", "find_times", "resolve"]
