"""Turn a file's bytes into text, refusing what is missing, a directory, binary or empty."""

from __future__ import annotations

from pathlib import Path

from ..errors import UnreadableInput
from .encoding import UTF16_BOMS, Decoded, decode

SNIFF_BYTES = 1024
_ACCEPTED = "pass a .txt, .md, .html, .pdf, .docx or .jsonl file"
# Magic numbers of the binary files people most often pass by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF: name it FILE.pdf"),
    (b"PK\x03\x04", "a ZIP archive or an Office document (save it as text first)"),
    (b"\x1f\x8b", "a gzip archive (decompress it first)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (save it as text first)"),
    (b"{\\rtf", "an RTF document (save it as plain text first)"),
    (b"\x7fELF", "a program"),
)
_CONTROL_SHARE = 0.1  # more control characters than this in the first KB: not text
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def check_path(path: Path) -> None:
    """Raise UnreadableInput when `path` is missing or a directory."""
    if path.is_dir():
        raise UnreadableInput(f"is a directory: pass the files in it, e.g. {path}/*.txt", str(path))
    if not path.exists():
        raise UnreadableInput("no such file: check the path", str(path))


def read_bytes(path: Path) -> bytes:
    """The file's bytes, after the path checks."""
    check_path(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(f"cannot be read ({exc.strerror or exc}): check its permissions", str(path)) from exc


def check_not_binary(head: bytes, name: str) -> None:
    """Raise UnreadableInput when the first bytes of a file show it is not text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise UnreadableInput(f"is {kind}, not text: {_ACCEPTED}", name)
    if head.startswith(UTF16_BOMS):
        return
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    if b"\x00" in head or (head and controls / len(head) > _CONTROL_SHARE):
        raise UnreadableInput(f"is a binary file, not text: {_ACCEPTED}", name)


def text_of(data: bytes, name: str) -> Decoded:
    """The decoded text of a file's bytes (see encoding.py); refuses binary and empty files."""
    check_not_binary(data[:SNIFF_BYTES], name)
    decoded = decode(data)
    if not decoded.text.strip():
        raise UnreadableInput("is empty (or only whitespace): pass a file with text in it", name)
    return decoded
