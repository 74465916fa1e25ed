"""Bytes to text: UTF-8 unless the text as a whole reads better in a legacy encoding.

A UTF-8 file with a few bad bytes (a stray byte pasted from an old file, a truncated
character) stays UTF-8: each bad byte becomes U+FFFD and is reported with its line. Reading
such a file as Windows-1252 instead would garble every correct non-ASCII character in it
("Türkiye" becomes "TÃ¼rkiye") and lose the events that name it.

The choice is the reading that garbles fewer characters: each valid multi-byte UTF-8
sequence is one character a legacy reading would garble, each byte that is not UTF-8 one
character the UTF-8 reading loses. UTF-8 wins a tie. Which legacy encoding is then
charset-normalizer's call, except that Windows-1252 (the usual legacy encoding of English
and Western European text) is taken whenever it reads as cleanly as charset-normalizer's
first choice: on short Western texts charset-normalizer cannot tell cp1252 from cp1250 and
would turn "à" into "ŕ".
"""

from __future__ import annotations

import codecs
import threading
from dataclasses import dataclass

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
LEGACY_DEFAULT = "cp1252"
_CHAOS_MARGIN = 0.02  # cp1252 is preferred when its chaos is within this of the best guess
_SHOWN_LINES = 3  # lines named in a warning about bad bytes; the rest are counted
_ASCII = bytes(range(128))
_ERROR_HANDLER = "detente.note-bad-bytes"
_bad = threading.local()  # byte offsets of the bad bytes of the decode running in this thread


def _note_bad_bytes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _bad.offsets.append(error.start)
    return "\ufffd", error.end


codecs.register_error(_ERROR_HANDLER, _note_bad_bytes)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and where bytes could not be decoded."""

    text: str
    encoding: str  # "utf-8", "utf-16" or the legacy encoding chosen
    bad_lines: tuple[int, ...] = ()  # line number (from 1) of each byte replaced with U+FFFD

    def warnings(self, name: str, line: int | None = None) -> list[str]:
        """What a user should hear about this decoding, each naming the file and line; `line`: the
        line of the file the decoded text begins on (one line of a JSONL corpus), None for a whole file."""
        if self.encoding not in ("utf-8", "utf-16"):
            where = f"{name}:{line}" if line is not None else name
            return [f"{where}: not UTF-8: read as {self.encoding}, the encoding it reads best in"]
        if not self.bad_lines:
            return []
        lines = sorted({(line or 1) + n - 1 for n in self.bad_lines})
        count = len(self.bad_lines)
        what = f"{count} byte{'s' if count > 1 else ''} that {'are' if count > 1 else 'is'} not UTF-8"
        if len(lines) == 1:
            return [f"{name}:{lines[0]}: {what} replaced with U+FFFD (the rest is UTF-8): check the line"]
        shown = ", ".join(str(n) for n in lines[:_SHOWN_LINES])
        more = f" and {len(lines) - _SHOWN_LINES} more" if len(lines) > _SHOWN_LINES else ""
        return [f"{name}: {what} replaced with U+FFFD on lines {shown}{more} (the rest is UTF-8): check them"]


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes (see the module docstring for how the encoding is chosen)."""
    if data.startswith(UTF16_BOMS):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text, offsets = _utf8_replacing(data)
    non_ascii_chars = len(text) - (len(data) - _non_ascii_bytes(data))
    valid_sequences = non_ascii_chars - len(offsets)  # each bad byte became one U+FFFD
    if valid_sequences >= len(offsets):
        return Decoded(text, "utf-8", _line_numbers(data, offsets))
    encoding = legacy_encoding(data)
    return Decoded(data.decode(encoding, errors="replace"), encoding)


def _utf8_replacing(data: bytes) -> tuple[str, list[int]]:
    """The UTF-8 reading with every bad byte replaced, and the offsets of those bytes."""
    _bad.offsets = []
    try:
        return data.decode("utf-8", errors=_ERROR_HANDLER), _bad.offsets
    finally:
        del _bad.offsets


def _non_ascii_bytes(data: bytes) -> int:
    return len(data.translate(None, _ASCII))


def _line_numbers(data: bytes, offsets: list[int]) -> tuple[int, ...]:
    """The line number of each byte offset (offsets in increasing order, as the decoder finds them)."""
    numbers, line, done = [], 1, 0
    for at in offsets:
        line += data.count(b"\n", done, at)  # counted in C, each stretch once
        done = at
        numbers.append(line)
    return tuple(numbers)


def legacy_encoding(data: bytes) -> str:
    """The single-byte or legacy encoding the bytes read best in (cp1252 when it reads as well)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # a broken install: the usual legacy encoding is still the best guess
        return LEGACY_DEFAULT
    matches = list(from_bytes(data))
    if not matches:
        return LEGACY_DEFAULT
    best = matches[0]
    for match in matches:
        if match.encoding == LEGACY_DEFAULT and match.chaos <= best.chaos + _CHAOS_MARGIN:
            return LEGACY_DEFAULT
    if best.encoding.replace("_", "").startswith("utf"):
        return LEGACY_DEFAULT  # charset-normalizer tolerates a few bad bytes; the rule above did not
    return str(best.encoding)
