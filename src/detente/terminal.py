"""What detente prints carries no control characters from the data it read.

Files, dataset headers and documents are untrusted: an ICEWS header holding
``ESC]0;...BEL`` echoed raw in an error message retitles the user's terminal, and other
escape sequences can move the cursor, hide text or rewrite what was printed before.
Every message, table cell and line of text printed goes through :func:`printable` (or
:func:`one_line` for a message); JSON lines are escaped instead, which loses nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, TextIO

# C0 controls but tab and newline, DEL, the C1 controls (U+009B is a CSI on many terminals), and the
# bidirectional overrides and isolates, which reorder what is shown
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # json.dumps escapes the C0 controls itself
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x85\u2028\u2029]")


def printable(text: Any) -> str:
    """The text without control characters (tabs and line breaks kept)."""
    return CONTROL.sub("", str(text))


def one_line(text: Any) -> str:
    """The text as one printable line: line breaks become spaces, control characters go."""
    return printable(_LINE_BREAKS.sub(" ", str(text)))


def json_safe(line: str) -> str:
    """A JSON text with the control characters json.dumps leaves raw escaped (the same JSON value)."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def safe_table(*columns: Any, **kwargs: Any) -> Any:
    """A rich Table whose text cells are made printable (rich itself keeps ESC and most controls)."""
    return _safe_table_class()(*columns, **kwargs)


@cache
def _safe_table_class() -> type:
    from rich.table import Table  # rich is loaded only by the commands that draw tables

    class SafeTable(Table):
        def add_row(self, *renderables: Any, **kwargs: Any) -> None:
            super().add_row(*(printable(r) if isinstance(r, str) else r for r in renderables), **kwargs)

    return SafeTable


class _PrintableStream:
    """A text stream that drops control characters from what is written to it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def terminal_stream(stream: TextIO) -> TextIO:
    """The stream as it is when it is a file or a pipe (the data must stay exact); on a terminal,
    one that drops control characters (for CSV and plain text, which have no way to escape them)."""
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return _PrintableStream(stream) if tty else stream  # type: ignore[return-value]
