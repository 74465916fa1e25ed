"""The regexes that find time expressions, each with a builder that parses its match."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from . import lexicon as lx
from .mention import TimeMention
from .spans import clamp_day, md_span, month_end

Builder = Callable[[re.Match[str]], TimeMention | None]

# A year is four digits 1000-2199 not glued to other digits, thousands separators or decimals.
YEAR = r"(?<![\d$£€¥.,/])(?P<{name}>1\d{{3}}|20\d\d|21\d\d)(?![\d%])(?!,\d{{3}})(?!\.\d)"
DAY = r"(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
DASH = r"\s*[-\u2010-\u2015]\s*"
YEAR_DASH = r"\s*[-/\u2010-\u2015]\s*"
DECADE = r"(?<![\d$£€¥.,])(?P<dec>1\d\d0|20\d0)['\u2019]?s\b"
WEEKDAY_PREFIX = r"(?:{WEEKDAY},?\s+)?"


def year(name: str = "y") -> str:
    """Return the year fragment with its group named."""
    return YEAR.format(name=name)


def day(name: str = "d") -> str:
    """Return the day-of-month fragment with its group named."""
    return DAY.format(name=name)


def month(name: str = "mo") -> str:
    """Return the month-name fragment with its group named."""
    return f"(?P<{name}>{{MONTH}})"


def g(m: re.Match[str], name: str) -> str | None:
    """Return a named group's text, or None when it did not take part or the pattern lacks it."""
    return m.groupdict().get(name)


def span_of(m: re.Match[str]) -> tuple[int, int]:
    """Return the span of the match's 'core' group if it has one, else of the whole match."""
    if "core" in m.re.groupindex and m.start("core") >= 0:
        return m.span("core")
    return m.span()


def make(m: re.Match[str], kind: str, **fields: object) -> TimeMention:
    """Return a mention over the match's core span."""
    start, end = span_of(m)
    return TimeMention(start, end, m.string[start:end], kind, **fields)  # type: ignore[arg-type]


def parts_window(unit: str, part: str) -> tuple[int, int]:
    """Return the (first, last) sub-unit indices of early/mid/late of a unit."""
    first, last = lx.data()["part_windows"][unit][lx.lookup("parts", part.rstrip("- "))]
    return int(first), int(last)


def nonyear_follows(m: re.Match[str], group: str = "y") -> bool:
    """Return True when the number is followed by a counted noun ('2105 troops'), so not a year."""
    follow = re.match(r"\s*([A-Za-z%]+)", m.string[m.end(group):m.end(group) + 20])
    return bool(follow) and follow.group(1).lower() in nonyear_nouns()


@cache
def nonyear_nouns() -> frozenset[str]:
    """Return the nouns that mark a preceding number as a count."""
    return frozenset(lx.data()["non_year_nouns"])


# --- builders of absolute and partial dates -------------------------------------------------


def full_date(m: re.Match[str]) -> TimeMention | None:
    """'12 July 2018', 'July 12, 2018', '12-14 July 2018'."""
    y, mo = int(g(m, "y")), lx.month_number(g(m, "mo"))
    d1 = int(g(m, "d"))
    d2 = int(g(m, "d2")) if g(m, "d2") else d1
    try:
        first, last = date(y, mo, d1), date(y, mo, d2)
    except ValueError:
        return None
    if last < first:
        return None
    return make(m, "absolute", precision="day", first=first, last=last)


def iso_date(m: re.Match[str]) -> TimeMention | None:
    """'2018-07-12'."""
    try:
        value = date(int(g(m, "y")), int(g(m, "mon")), int(g(m, "d")))
    except ValueError:
        return None
    return make(m, "absolute", precision="day", first=value, last=value)


def month_year(m: re.Match[str]) -> TimeMention | None:
    """'August 2018', 'Aug. 2018', 'September-October 2017'."""
    y, mo = int(g(m, "y")), lx.month_number(g(m, "mo"))
    mo2 = lx.month_number(g(m, "mo2")) if g(m, "mo2") else mo
    first_year = y if mo2 >= mo else y - 1  # 'December-January 1980' starts in 1979
    return make(m, "absolute", precision="month", first=date(first_year, mo, 1), last=month_end(y, mo2))


def partial_day(m: re.Match[str]) -> TimeMention | None:
    """'September 20', 'on 12 July', '12-14 July'."""
    mo, d1 = lx.month_number(g(m, "mo")), int(g(m, "d"))
    d2 = int(g(m, "d2")) if g(m, "d2") else d1
    if d1 > 31 or d2 < d1 or (mo == 2 and d1 > 29):
        return None
    return make(m, "partial", precision="day", rule="md", window=(mo, d1, mo, d2))


def partial_month(m: re.Match[str]) -> TimeMention | None:
    """'in August', 'that August', 'from September-October'."""
    mo = lx.month_number(g(m, "mo"))
    mo2 = lx.month_number(g(m, "mo2")) if g(m, "mo2") else mo
    return make(m, "partial", precision="month", rule="md", window=(mo, 1, mo2, 0))


def part_of_month(m: re.Match[str]) -> TimeMention | None:
    """'late December 1979', 'the end of December 1979', 'mid-July'."""
    mo = lx.month_number(g(m, "mo"))
    d1, d2 = parts_window("month", g(m, "part"))
    if g(m, "y"):
        y = int(g(m, "y"))
        return make(m, "absolute", precision="week", first=clamp_day(y, mo, d1), last=clamp_day(y, mo, d2))
    return make(m, "partial", precision="week", rule="md", window=(mo, d1, mo, d2 if d2 < 31 else 0))


def part_of_year(m: re.Match[str]) -> TimeMention | None:
    """'early 1965', 'mid-1979', 'the end of 1979'."""
    if nonyear_follows(m):
        return None
    y = int(g(m, "y"))
    m1, m2 = parts_window("year", g(m, "part"))
    return make(m, "absolute", precision="season", first=date(y, m1, 1), last=month_end(y, m2))


def part_of_decade(m: re.Match[str]) -> TimeMention | None:
    """'the late 1990s', 'early 1990s', 'mid-1990s'."""
    base = int(g(m, "dec"))
    if base % 100 == 0:  # 'the early 1800s' is a part of a century
        a, b = parts_window("century", g(m, "part"))
        return make(m, "absolute", precision="decade", first=date(base + a, 1, 1), last=date(base + b, 12, 31))
    a, b = parts_window("decade", g(m, "part"))
    return make(m, "absolute", precision="year", first=date(base + a, 1, 1), last=date(base + b, 12, 31))


def century_first_year(m: re.Match[str]) -> int | None:
    """Return the first year of 'the nineteenth century' (1800: the common, not the strict, reading)."""
    n = lx.ordinal(g(m, "ord"))
    return (n - 1) * 100 if 2 <= n <= 22 else None


def century(m: re.Match[str]) -> TimeMention | None:
    """'the 19th century', 'the nineteenth century', 'the late 19th century'."""
    base = century_first_year(m)
    if base is None:
        return None
    a, b = parts_window("century", g(m, "part")) if g(m, "part") else (0, 99)
    precision = "decade" if g(m, "part") else "century"
    return make(m, "absolute", precision=precision, first=date(base + a, 1, 1), last=date(base + b, 12, 31))


def fraction_of_year(m: re.Match[str]) -> TimeMention | None:
    """'the first half of 2017', 'the second quarter of 2015'."""
    table = lx.data()["fractions"][g(m, "frac").lower()]
    window = table.get(str(lx.ordinal(g(m, "ord"))))
    if window is None:
        return None
    y = int(g(m, "y"))
    return make(m, "absolute", precision="season", first=date(y, window[0], 1), last=month_end(y, window[1]))


def week_of_period(m: re.Match[str]) -> TimeMention | None:
    """'the last week of 2018', 'the first week of July 2018', 'the second week of July'."""
    n = lx.ordinal(g(m, "ord"))
    if not (n == -1 or 1 <= n <= 4):
        return None
    mo = lx.month_number(g(m, "mo")) if g(m, "mo") else None
    first_mo, last_mo = (mo, mo) if mo else (1, 12)
    window = (first_mo, 1 + 7 * (n - 1), first_mo, 7 * n) if n > 0 else (last_mo, -6, last_mo, 0)
    if not g(m, "y"):
        if mo is None:
            return None
        return make(m, "partial", precision="week", rule="md", window=week_window(window))
    first, last = md_span(int(g(m, "y")), week_window(window))
    return make(m, "absolute", precision="week", first=first, last=last)


def week_window(window: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """Return a month-day window with 'the last seven days' (day -6..0) made concrete."""
    m1, d1, m2, d2 = window
    if d1 > 0:
        return window
    last = month_end(2001, m1).day  # a non-leap year; only February differs and it is rare here
    return (m1, last - 6, m2, 0)


def season(m: re.Match[str]) -> TimeMention | None:
    """'the summer of 1973', 'spring 2016', 'the winter of 1978-79', partial 'that summer'."""
    window = tuple(lx.lookup("seasons", g(m, "season")))
    if not g(m, "y"):
        return make(m, "partial", precision="season", rule="md", window=window)
    if nonyear_follows(m):
        return None
    first, last = md_span(int(g(m, "y")), window)
    return make(m, "absolute", precision="season", first=first, last=last)


def holiday(m: re.Match[str]) -> TimeMention | None:
    """'Christmas Eve', 'New Year's Day 1980'."""
    mo, d = lx.lookup("holidays", g(m, "hol"))
    if m.groupdict().get("y"):
        value = date(int(g(m, "y")), mo, d)
        return make(m, "absolute", precision="day", first=value, last=value)
    return make(m, "partial", precision="day", rule="md", window=(mo, d, mo, d))


def year_range(m: re.Match[str]) -> TimeMention | None:
    """'1947-48', '1947–1948', '1947/48'."""
    y1, tail = int(g(m, "y")), g(m, "y2")
    y2 = int(tail) if len(tail) == 4 else y1 - y1 % 100 + int(tail)
    if not 0 < y2 - y1 <= 100 or nonyear_follows(m, "y2"):
        return None
    return make(m, "absolute", precision="year", first=date(y1, 1, 1), last=date(y2, 12, 31))


def plain_year(m: re.Match[str]) -> TimeMention | None:
    """'in 1954', 'the 1980 Moscow Olympics'."""
    if nonyear_follows(m):
        return None
    y = int(g(m, "y"))
    return make(m, "absolute", precision="year", first=date(y, 1, 1), last=date(y, 12, 31))


def decade(m: re.Match[str]) -> TimeMention | None:
    """'the 1980s', '1990s'; 'the 1800s' is a century."""
    base = int(g(m, "dec"))
    if base % 100 == 0:
        return make(m, "absolute", precision="century", first=date(base, 1, 1), last=date(base + 99, 12, 31))
    return make(m, "absolute", precision="decade", first=date(base, 1, 1), last=date(base + 9, 12, 31))


# --- builders of anaphoric and relative phrases ------------------------------------------------


def part_name(word: str | None) -> str:
    """Return early/mid/late for a part word; 'earlier'/'later' stay as they are (they run to the anchor)."""
    if not word:
        return ""
    word = " ".join(word.lower().replace("-", " ").split())
    if word in ("earlier", "later"):
        return word
    return str(lx.lookup("parts", word if word in lx.data()["parts"] else "the " + word))


def phrase_builder(entry: dict) -> Builder:
    """Return the builder of one row of the phrase table."""

    def build(m: re.Match[str]) -> TimeMention | None:
        groups = m.groupdict()
        low, high = lx.number_range(groups["num"]) if groups.get("num") else (1, 1)
        unit = entry.get("unit") or (lx.lookup("units", groups["unit"]) if groups.get("unit") else "")
        if groups.get("unit") and groups["unit"].lower() == "weekend":
            unit = "weekend"
        sign = entry.get("n", 1)
        fields: dict[str, object] = {
            "rule": entry["rule"],
            "unit": unit,
            "n": entry["n"] if "n" in entry and not groups.get("num") else sign * low,
            "n_max": sign * high if groups.get("num") else entry.get("n", 0),
            "part": part_name(groups.get("part")),
            "direction": (groups.get("dir") or "").lower().replace("the ", ""),
            "precision": entry.get("precision") or unit or "unknown",
        }
        if groups.get("season"):
            fields["window"] = tuple(lx.lookup("seasons", groups["season"]))
            fields["precision"] = "season"
        if groups.get("mo"):
            mo = lx.month_number(groups["mo"])
            fields["window"] = (mo, 1, mo, 0)
            fields["precision"] = "month"
        if groups.get("wd"):
            fields["n"] = int(lx.lookup("weekdays", groups["wd"].split("'")[0].split("\u2019")[0]))
            fields["precision"] = "day"
        return make(m, entry["kind"], **fields)

    return build


# --- the pattern table --------------------------------------------------------------------------


def structural_patterns() -> list[tuple[str, Builder]]:
    """Return (regex, builder) for the date shapes built from numbers and month names."""
    cues = lx.alternation(lx.data()["year_cues"])
    month_cues = lx.alternation(lx.data()["month_cues"])
    wd = WEEKDAY_PREFIX
    return [
        (wd + rf"(?:the\s+)?{day()}(?:{DASH}{day('d2')})?\s+(?:of\s+)?{month()},?\s+{year()}", full_date),
        (wd + rf"{month()}\s+{day()}(?:{DASH}{day('d2')})?(?:,\s*|\s+){year()}", full_date),
        (r"(?<![\d-])(?P<y>1\d{3}|20\d\d)-(?P<mon>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", iso_date),
        (rf"{month()}(?:(?:{DASH}|\s+(?:to|and|through|until)\s+){month('mo2')})?,?\s+(?:of\s+)?"
         + year(), month_year),
        (wd + rf"(?:the\s+)?{day()}(?:{DASH}{day('d2')})?\s+(?:of\s+)?{month()}", partial_day),
        (wd + rf"{month()}\s+{day()}(?:{DASH}{day('d2')})?", partial_day),
        (rf"\b{month_cues}\s+(?P<core>{month()}(?:{DASH}{month('mo2')})?)", partial_month),
        (rf"\bthat\s+{month()}", partial_month),
        (rf"(?:the\s+)?{{PART}}[\s-]?{month()}(?:,?\s+(?:of\s+)?{year()})?", part_of_month),
        (rf"(?:the\s+)?{{PART}}[\s-]?(?:the\s+year\s+)?{year()}", part_of_year),
        (rf"(?:the\s+)?{{PART}}[\s-]?(?:the\s+)?{DECADE}", part_of_decade),
        (r"(?:the\s+)?(?:{PART}[\s-]?(?:the\s+)?)?{ORD}[\s-]+century\b", century),
        (rf"the\s+{{ORD}}\s+(?P<frac>half|quarter)\s+of\s+(?:the\s+year\s+)?{year()}", fraction_of_year),
        (rf"the\s+{{ORD}}\s+week\s+of\s+(?:{month()},?\s*)?(?:{year()})?", week_of_period),
        (rf"(?:the\s+)?{{SEASON}}\s+(?:of\s+)?{year()}(?:{DASH}(?P<y2>\d\d(?:\d\d)?)\b)?", season),
        (r"\bthat\s+{SEASON}", season),
        (r"\b(?:in|during|by|until|till|since|through|throughout|over|of)\s+(?P<core>(?:the\s+)?{SEASON})(?!\s+of\b)",
         season),
        (rf"(?P<hol>{{HOLIDAY}}),?\s+{year()}", holiday),
        (r"\b(?:on|at|by|until|till|before|after|over|since|from|during|of|and|around)\s+"
         r"(?P<core>(?P<hol>{HOLIDAY}))", holiday),
        (rf"{year()}{YEAR_DASH}(?P<y2>\d\d(?:\d\d)?)\b(?![-\u2010-\u2015]?\d)", year_range),
        (rf"(?:\b{cues}\s+|[,(]\s*)(?P<core>{year()})\b", plain_year),
        (rf"(?:\bthe\s+)?{DECADE}", decade),
    ]


@cache
def compiled() -> tuple[tuple[re.Pattern[str], Builder], ...]:
    """Return every pattern compiled, structural shapes first, then the phrase table."""
    table: list[tuple[re.Pattern[str], Builder]] = []
    for regex, build in structural_patterns():
        table.append((re.compile(lx.fill(regex), re.IGNORECASE), build))
    for entry in lx.data()["phrases"]:
        regex = entry["re"].replace("{WEEKDAY}", "(?P<wd>{WEEKDAY})").replace("{MONTH}", "(?P<mo>{MONTH})")
        table.append((re.compile(r"\b(?:" + lx.fill(regex) + r")\b", re.IGNORECASE), phrase_builder(entry)))
    return tuple(table)
