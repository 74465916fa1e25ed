"""Named word classes kept in a package's data/words.tsv: the words the code decides on.

A row holds a class name, its words (comma separated; ``@other`` adds the words of another
class of the same file) and what the class is for. Code asks for a class by name; a name
the file lacks is an error, never an empty class, so a misspelt name cannot switch a rule off.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from .errors import ResourceError

FILE = "words.tsv"


def _where(package: str) -> str:
    return f"{package.replace('.', '/')}/data/{FILE}"


@cache
def entries(package: str) -> dict[str, tuple[str, ...]]:
    """Class name -> its entries as written (words and @references), for one package's file."""
    try:
        text = resources.files(package).joinpath("data", FILE).read_text("utf-8")
    except OSError as exc:  # pragma: no cover - a broken installation
        raise ResourceError(f"cannot read {_where(package)}: {exc}; reinstall detente") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    table: dict[str, tuple[str, ...]] = {}
    for row in csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE):
        name = row[0].strip()
        if name in table:
            raise ResourceError(f"{_where(package)}: the class {name!r} is listed twice; merge its rows")
        table[name] = tuple(w.strip() for w in (row[1] if len(row) > 1 else "").split(",") if w.strip())
    return table


@cache
def word_class(package: str, name: str) -> frozenset[str]:
    """The words of the named class of a package's data/words.tsv, @references expanded."""
    return frozenset(_expand(package, name, ()))


def _expand(package: str, name: str, within: tuple[str, ...]) -> set[str]:
    table = entries(package)
    if name not in table:
        raise ResourceError(f"no word class {name!r} in {_where(package)}: add a row for it or fix the name")
    if name in within:
        raise ResourceError(f"{_where(package)}: the class {name!r} includes itself ({' > '.join(within)})")
    words: set[str] = set()
    for entry in table[name]:
        words |= _expand(package, entry[1:], (*within, name)) if entry.startswith("@") else {entry}
    return words
