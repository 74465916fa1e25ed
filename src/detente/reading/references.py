"""Numbered reference lists at the end of a document, and the footnote markers that cite them."""

from __future__ import annotations

import re
from functools import cache

from ..model import FootnoteMarker, Reference
from ._data import lines
from .dates import latest_full_date

# One entry line: "1. text", "1) text", "[1] text" or "1 text".
_ENTRY = re.compile(r"[ \t]*(?:\[(?P<bracket>\d{1,3})\]|(?P<dot>\d{1,3})[.)]|(?P<bare>\d{1,3}))[ \t]+(?P<text>\S.*)")
# Digits glued to a word or to punctuation, then a space or the end: "Islamabad.8 In", "2017.10,11 Later".
_GLUED = re.compile(r"(?<=[a-z\u00df-\u00ff.,;:!?\"'\u2019\u201d)])(\d{1,3}(?:,\d{1,3})*)(?=[\s;:]|,(?!\d)|$)")
_BRACKETED = re.compile(r"\[(\d{1,3}(?:[ \t]*[,\u2013-][ \t]*\d{1,3})*)\]")
_SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_SUPERSCRIPT = re.compile(f"[{_SUPERSCRIPT_DIGITS}]+(?:[,\u02d2][{_SUPERSCRIPT_DIGITS}]+)*")
_TO_ASCII = str.maketrans(_SUPERSCRIPT_DIGITS + "\u02d2", "0123456789,")
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_SENTENCE_END = ".!?\"'\u2019\u201d)"
_MAX_RANGE = 50  # a "[3-5]" citation range wider than this is not a citation


@cache
def _heading() -> re.Pattern[str]:
    """A line that is only a reference-list heading, with optional #'s and colon."""
    names = "|".join(re.escape(name) for name in lines("reference_headings.txt"))
    return re.compile(rf"^[ \t]*(?:#{{1,6}}[ \t]*)?(?:{names})[ \t]*:?[ \t]*#*[ \t]*$", re.IGNORECASE | re.MULTILINE)


def split_references(text: str) -> tuple[str, list[Reference]]:
    """Cut the last numbered reference list off `text`; return the narrative and the references."""
    for heading in reversed(list(_heading().finditer(text))):
        references = _parse_entries(text, heading.end())
        if references:
            return text[: heading.start()].rstrip(), references
    return text, []


def _first_entry_follows(text: str, pos: int) -> bool:
    """Whether the first non-blank line after `pos` is a reference entry (cheap: no full scan)."""
    start = _BLANK_LINES.match(text, pos).end()  # type: ignore[union-attr]  # always matches
    return _ENTRY.match(text, start) is not None


def _parse_entries(text: str, pos: int) -> list[Reference]:
    """Parse the numbered entries that follow a heading ending at `pos`; [] if there are none."""
    if not _first_entry_follows(text, pos):
        return []
    entries: list[tuple[int, list[str]]] = []
    for line in text[pos:].splitlines():
        match = _ENTRY.fullmatch(line)
        number = _entry_number(match) if match else None
        if match and number is not None and _continues(entries, number, match["bare"] is not None):
            entries.append((number, [match["text"].strip()]))
        elif line.strip() and entries:
            # A wrapped entry: the line belongs to the entry above.
            entries[-1][1].append(line.strip())
    return [_reference(number, " ".join(parts)) for number, parts in entries]


def _entry_number(match: re.Match[str]) -> int | None:
    """The number of an entry line."""
    digits = match["bracket"] or match["dot"] or match["bare"]
    return int(digits) if digits else None


def _continues(entries: list[tuple[int, list[str]]], number: int, bare: bool) -> bool:
    """Whether an entry numbered `number` can follow the entries so far."""
    if not entries:
        return True
    last = entries[-1][0]
    # A bare "7 ..." line may be a wrapped line that starts with a number, so demand the next number.
    return number == last + 1 if bare else last < number <= last + 10


def _reference(number: int, text: str) -> Reference:
    """A Reference with the latest full date printed in it."""
    return Reference(number, text, latest_full_date(text))


def find_markers(text: str, references: list[Reference]) -> list[FootnoteMarker]:
    """Footnote markers in `text`, in order; with a reference list, only numbers it has count."""
    known = {reference.n for reference in references}
    markers = _glued(text, known) + _bracketed(text, known) + _superscript(text, known)
    return sorted(markers, key=lambda marker: marker.start)


def _accept(numbers: tuple[int, ...], known: set[int]) -> bool:
    """Whether every number is a known reference (or, with no list, a plausible note number)."""
    if known:
        return all(number in known for number in numbers)
    return all(number > 0 for number in numbers)


def _glued(text: str, known: set[int]) -> list[FootnoteMarker]:
    """Markers glued to the word or punctuation before them."""
    found = []
    for match in _GLUED.finditer(text):
        if not _glued_context_ok(text, match, bool(known)):
            continue
        numbers = tuple(int(part) for part in match[1].split(","))
        if _accept(numbers, known):
            found.append(FootnoteMarker(match.start(), match.end(), numbers))
    return found


def _glued_context_ok(text: str, match: re.Match[str], have_list: bool) -> bool:
    """Reject decimals and thousands ('3.5', '1,000') but keep a year then a note ('2017.10')."""
    before = match.start() - 1
    glue = text[before]
    if not have_list and (glue not in _SENTENCE_END or not _sentence_follows(text, match.end())):
        # Without a list to check against, only take the clearest case: after a sentence end.
        return False
    if glue in ".," and before > 0 and text[before - 1].isdigit():
        digits = before
        while digits > 0 and text[digits - 1].isdigit():
            digits -= 1
        return glue == "." and before - digits == 4 and not text[digits - 1 : digits].isalnum()
    return True


def _sentence_follows(text: str, end: int) -> bool:
    """Whether the text after a marker ends or starts a new sentence."""
    rest = text[end : end + 40].lstrip()
    return not rest or rest[0].isupper() or rest[0] in "\"'\u201c\u2018("


def _bracketed(text: str, known: set[int]) -> list[FootnoteMarker]:
    """Markers in square brackets: '[9]', '[3, 4]', '[3-5]'."""
    found = []
    for match in _BRACKETED.finditer(text):
        numbers = _expand(match[1])
        if numbers and _accept(numbers, known):
            found.append(FootnoteMarker(match.start(), match.end(), numbers))
    return found


def _expand(spec: str) -> tuple[int, ...]:
    """'3, 5-7' -> (3, 5, 6, 7); () when a range runs backwards or is implausibly wide."""
    numbers: list[int] = []
    for part in spec.split(","):
        low, _, high = part.replace("\u2013", "-").partition("-")
        first, last = int(low), int(high or low)
        if last < first or last - first > _MAX_RANGE:
            return ()
        numbers.extend(range(first, last + 1))
    return tuple(numbers)


def _superscript(text: str, known: set[int]) -> list[FootnoteMarker]:
    """Markers in superscript digits: 'agreed.¹²'."""
    found = []
    for match in _SUPERSCRIPT.finditer(text):
        numbers = tuple(int(part) for part in match[0].translate(_TO_ASCII).split(","))
        if _accept(numbers, known):
            found.append(FootnoteMarker(match.start(), match.end(), numbers))
    return found
