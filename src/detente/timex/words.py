"""The word lists of data/timex.json, and regex fragments built from them."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ResourceError

# Curly apostrophes are normalised to straight ones before lookup, so keys use "'".
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


@cache
def data() -> dict[str, Any]:
    """Return the parsed data file."""
    try:
        text = resources.files(__package__).joinpath("data", "timex.json").read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"cannot load detente/timex/data/timex.json: {exc}; reinstall detente") from exc
    return json.loads(text)


def alternation(words: list[str] | Any, *, flexible_space: bool = True) -> str:
    """Return a regex alternation of the words, longest first so the longest wins."""
    ordered = sorted(words, key=len, reverse=True)
    parts = []
    for word in ordered:
        part = re.escape(word)
        if flexible_space:
            part = part.replace(r"\ ", r"\s+").replace("'", "['\u2019]")
        parts.append(part)
    return "(?:" + "|".join(parts) + ")"


def lookup(table: str, key: str) -> Any:
    """Return the entry of a data table for the matched text, ignoring case, spacing and quote style."""
    wanted = " ".join(key.translate(APOSTROPHES).split()).lower()
    for name, value in data()[table].items():
        if name.lower() == wanted:
            return value
    raise KeyError(f"{table}: {key!r}")


@cache
def period_names() -> dict[str, tuple[date, date]]:
    """The named periods ("the Korean War") by their name in lower case without the article, with
    their first and last day."""
    table = {}
    named = {**data()["named_periods"], **data()["named_episodes"]}  # "the Korean War"; "Suez" after "after"
    for name, (first, last) in ((k, v) for k, v in named.items() if not k.startswith("_")):
        key = name.lower().removeprefix("the ")
        table[key] = (date.fromisoformat(first), date.fromisoformat(last))
    return table


def period_key(written: str) -> str:
    """A period's name as the table keys it: dashes and apostrophes plain, lower case, no article."""
    plain = re.sub(r"[\u2010-\u2015]", "-", written).replace("\u2019", "'")
    return " ".join(plain.split()).lower().removeprefix("the ")


def period_dates(written: str) -> tuple[date, date]:
    """The first and last day of a named period as written ("the Six–Day War", "World War II")."""
    return period_names()[period_key(written)]


def is_period_name(written: str) -> bool:
    """Whether words name a period of the table ("the Korean War"), not a time told by its years."""
    return period_key(written) in period_names()


def month_number(word: str) -> int:
    """Return the month number of a month name or abbreviation (with or without a period)."""
    return int(lookup("months", word.rstrip(".")))


def number_range(word: str) -> tuple[int, int]:
    """Return (low, high) for a number in digits or words ('four', 'a few')."""
    word = word.strip()
    if word.isdigit():
        return int(word), int(word)
    low, high = lookup("numbers", word)
    return int(low), int(high)


def ordinal(word: str) -> int:
    """Return the value of an ordinal in words or digits ('nineteenth', '19th', 'last' is -1)."""
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    return int(lookup("ordinals", word.replace("-", " ")))


def month_names() -> list[str]:
    """The full names of the months, in calendar order ("January" ... "December")."""
    months = data()["months"]
    return [max((k for k, v in months.items() if v == n), key=len) for n in range(1, 13)]


def month_abbreviations() -> list[str]:
    """The abbreviated month names ("Jan", "Sept" ...), as the data file lists them."""
    full = month_names()
    return [name for name in data()["months"] if name not in full]


@cache
def month_numbers() -> dict[str, int]:
    """Every month name and abbreviation in lower case -> its number ("sept" -> 9); built once, not to be changed."""
    return {name.lower(): number for name, number in data()["months"].items()}


def month_short_names() -> list[str]:
    """The three-letter names of the months in calendar order ("Jan" ... "Dec"), for printing dates."""
    months = data()["months"]
    return [min((k for k, v in months.items() if v == n), key=len) for n in range(1, 13)]


def weekday_names() -> list[str]:
    """The names of the days of the week ("Monday" ... "Sunday")."""
    return list(data()["weekdays"])


@cache
def calendar_nouns() -> frozenset[str]:
    """Lower-case nouns that name a time, not a place or a party: months, weekdays, seasons and
    the units of time in the singular ("march", "friday", "winter", "year")."""
    d = data()
    names = [*month_names(), *weekday_names(), *d["seasons"], *set(d["units"].values())]
    return frozenset(name.lower() for name in names)


@cache
def fragments() -> dict[str, str]:
    """Return the named regex fragments ({MONTH}, {NUM} ...) the patterns are built from."""
    d = data()
    full = month_names()
    short = month_abbreviations()
    # Only abbreviations take a period ('Sept.'); no name may run on into letters ('Janet', 'Marching').
    names = alternation(full, flexible_space=False)
    abbreviations = alternation(short, flexible_space=False)
    month = f"(?-i:{names}|{abbreviations}(?:\\.(?!\\d))?)(?![A-Za-z])"
    return {
        "MONTH": month,
        "WEEKDAY": "(?-i:" + alternation(list(d["weekdays"]), flexible_space=False) + r")(?:['\u2019]s)?\b",
        "NUM": r"(?P<num>\d{1,3}|" + alternation([n for n in d["numbers"]]) + r")\b",
        "UNIT": "(?P<unit>" + alternation(list(d["units"])) + r")\b",
        "SEASON": "(?P<season>" + alternation(list(d["seasons"])) + r")\b",
        "ORD": r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + alternation(list(d["ordinals"])) + ")",
        "PART": "(?P<part>" + alternation(list(d["parts"])) + ")",
        "HOLIDAY": "(?-i:" + alternation(list(d["holidays"])) + ")",
        # a named period, its article optional, its hyphens any dash: "the Six-Day War", "World War II"
        "PERIOD": "(?:the\\s+)?(?-i:" + alternation([n.removeprefix("the ") for n in d["named_periods"]
                                                      if not n.startswith("_")]).replace("\\-", "[-\u2010-\u2015]")
        + r")(?![A-Za-z])",
        "EPISODE": "(?-i:" + alternation([n for n in d["named_episodes"] if not n.startswith("_")]) + r")(?![A-Za-z])",
    }


def fill(pattern: str) -> str:
    """Return the pattern with its {NAME} placeholders replaced by fragments."""
    frags = fragments()
    return re.sub(r"\{([A-Z]+)\}", lambda m: frags[m.group(1)], pattern)
