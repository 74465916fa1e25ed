"""The regexes that find time expressions, each with a builder that parses its match."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from . import words as lx
from .mention import TimeMention, span_precision
from .spans import clamp_day, md_span, month_end

Builder = Callable[[re.Match[str]], TimeMention | None]

# A year is four digits 1000-2199 not glued to other digits, thousands separators or decimals.
YEAR = r"(?<![\d$£€¥.,/])(?P<{name}>1\d{{3}}|20\d\d|21\d\d)(?![\d%])(?!,\d{{3}})(?!\.\d)"
DAY = r"(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
DASH = r"\s*[-\u2010-\u2015]\s*"
YEAR_DASH = r"\xad?\s*[-/\u2010-\u2015]\s*"  # a soft hyphen sometimes survives extraction
DECADE = r"(?<![\d$£€¥.,])(?P<dec>1\d\d0|20\d0)['\u2019]?s\b"


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


@cache
def before_patterns() -> dict[str, re.Pattern[str]]:
    """Return the regexes, anchored at a match's start, of words a mention may take in from before it.

    Optional leading words ('the', 'Monday,') are looked for here rather than in the patterns:
    a pattern that may begin with them cannot be scanned for quickly.
    """
    cues = lx.alternation(lx.data()["year_cues"])
    plan_cues = lx.alternation(lx.data()["month_plan_cues"])
    regexes = {
        "day": r"(?:\b{WEEKDAY},?\s+(?:the\s+)?|\bthe\s+)$",
        "weekday": r"\b{WEEKDAY},?\s+$",
        "the": r"\bthe\s+$",
        "century": r"(?:\bthe\s+)?(?:{PART}[\s-]?(?:the\s+)?)?$",
        "part": r"(?:\bthe\s+)?{PART}[\s-]?(?:the\s+)?(?:year\s+)?$",
        # A year may also open a line: '1954' alone, or '1947: the Truman Doctrine'.
        # ("planned for 2018", as "scheduled for March"; not "paid for 1500 rifles")
        "year_cue": rf"(?:\b{cues}[\s-]+|\b{plan_cues}\s+for\s+|[,(]\s*|(?m:^)[ \t]*|\w['\u2019]s\s+)$",
    }
    return {name: re.compile(lx.fill(regex), re.IGNORECASE) for name, regex in regexes.items()}


LAST_WORD = re.compile(r"[A-Za-z.]+$")


@cache
def final_words() -> dict[str, frozenset[str]]:
    """Return, per before-pattern, the words it can end with: a cheap test before the regex."""
    d = lx.data()
    weekdays = {w.lower() for w in d["weekdays"]}
    parts = {p.split()[-1] for p in d["parts"]}
    return {
        "day": frozenset(weekdays | {"the"}),
        "weekday": frozenset(weekdays),
        "the": frozenset({"the"}),
        "part": frozenset(parts | {"the", "year"}),
        "year_cue": frozenset(c.split()[-1] for c in d["year_cues"]),
    }


def word_before(text: str, start: int) -> str:
    """Return the word just before start, lower-cased, without the spaces, dashes or commas after it."""
    head = text[max(0, start - 24):start].rstrip(" \t\n,-\u2010\u2011\u2012\u2013\u2014\u2015")
    word = LAST_WORD.search(head)
    return word.group().lower() if word else ""


def preceding(m: re.Match[str], name: str, start: int | None = None) -> re.Match[str] | None:
    """Return the match of before-pattern `name` ending where the mention starts, if any."""
    start = m.start() if start is None else start
    words = final_words().get(name)
    if words is not None and name != "year_cue" and word_before(m.string, start) not in words:
        return None  # most mentions have none of these words before them; skip the regex
    return before_patterns()[name].search(m.string, max(0, start - 40), start)


def make(m: re.Match[str], kind: str, grow: str = "", begin: int | None = None,
         **fields: object) -> TimeMention:
    """Return a mention over the match's core span, grown back over the words `grow` names or to `begin`."""
    start, end = span_of(m)
    if begin is not None:
        start = begin
    elif grow:
        before = preceding(m, grow, start)
        start = before.start() if before else start
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


def day_grow(m: re.Match[str]) -> str:
    """Return what a day-and-month mention takes in from before it: 'the' only before '12th of July'."""
    return "day" if m.start("d") < m.start("mo") else "weekday"


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
    return make(m, grow=day_grow(m), kind="absolute", precision="day", first=first, last=last)


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
    return make(m, grow=day_grow(m), kind="partial", precision="day", rule="md", window=(mo, d1, mo, d2))


def partial_month(m: re.Match[str]) -> TimeMention | None:
    """'in August', 'that August', 'from September-October'."""
    mo = lx.month_number(g(m, "mo"))
    mo2 = lx.month_number(g(m, "mo2")) if g(m, "mo2") else mo
    return make(m, "partial", precision="month", rule="md", window=(mo, 1, mo2, 0))


def following_month(m: re.Match[str]) -> TimeMention | None:
    """'the following April', 'the next March': the first such month after the story's day."""
    mo = lx.month_number(g(m, "mo"))
    return make(m, "partial", precision="month", rule="md", window=(mo, 1, mo, 0), direction="next")


def following_season(m: re.Match[str]) -> TimeMention | None:
    """'the following spring', 'the next winter': the first such season after the story's day."""
    window = tuple(lx.lookup("seasons", g(m, "season")))
    return make(m, "partial", precision="season", rule="md", window=window, direction="next")


def part_before(m: re.Match[str]) -> tuple[str, int] | None:
    """Return the part ('early', 'late' ...) named just before the match and where it starts."""
    before = preceding(m, "part")
    return (before["part"], before.start()) if before and before["part"] else None


def part_of_month(m: re.Match[str]) -> TimeMention | None:
    """'late December 1979', 'the end of December 1979', 'mid-July'."""
    found = part_before(m)
    if found is None:
        return None
    part, begin = found
    mo = lx.month_number(g(m, "mo") or "")
    d1, d2 = parts_window("month", part)
    if g(m, "y"):
        y = int(g(m, "y") or 0)
        first, last = clamp_day(y, mo, d1), clamp_day(y, mo, d2)
        return make(m, "absolute", begin=begin, precision="week", first=first, last=last)
    window = (mo, d1, mo, d2 if d2 < 31 else 0)
    return make(m, "partial", begin=begin, precision="week", rule="md", window=window)


def year_mention(m: re.Match[str]) -> TimeMention | None:
    """'early 1965', 'mid-1979', 'the end of 1979'; else 'in 1954', 'the 1980 Moscow Olympics'."""
    if nonyear_follows(m):
        return None
    y = int(g(m, "y") or 0)
    found = part_before(m)
    if found is not None:
        m1, m2 = parts_window("year", found[0])
        first, last = date(y, m1, 1), month_end(y, m2)
        return make(m, "absolute", begin=found[1], precision="season", first=first, last=last)
    # A bare number is a year only after a word that introduces years ('in', 'since', 'the' ...).
    if preceding(m, "year_cue") is None:
        return None
    return make(m, "absolute", precision="year", first=date(y, 1, 1), last=date(y, 12, 31))


def decade(m: re.Match[str]) -> TimeMention | None:
    """'the 1980s', '1990s', 'the late 1990s'; 'the 1800s' is a century."""
    base = int(g(m, "dec") or 0)
    found = part_before(m)
    if found is None:
        if base % 100 == 0:
            first, last, precision = date(base, 1, 1), date(base + 99, 12, 31), "century"
        else:
            first, last, precision = date(base, 1, 1), date(base + 9, 12, 31), "decade"
        return make(m, "absolute", grow="the", precision=precision, first=first, last=last)
    # 'the early 1800s' is a part of a century, 'the early 1990s' of a decade.
    unit, precision, width = ("century", "decade", 99) if base % 100 == 0 else ("decade", "year", 9)
    a, b = parts_window(unit, found[0])
    first, last = date(base + a, 1, 1), date(base + min(b, width), 12, 31)
    return make(m, "absolute", begin=found[1], precision=precision, first=first, last=last)


def century_first_year(m: re.Match[str]) -> int | None:
    """Return the first year of 'the nineteenth century' (1800: the common, not the strict, reading)."""
    n = lx.ordinal(g(m, "ord"))
    return (n - 1) * 100 if 2 <= n <= 22 else None


def century(m: re.Match[str]) -> TimeMention | None:
    """'the 19th century', 'the nineteenth century', 'the late 19th century'."""
    base = century_first_year(m)
    if base is None:
        return None
    before = preceding(m, "century")
    part = before["part"] if before else None
    a, b = parts_window("century", part) if part else (0, 99)
    precision = "decade" if part else "century"
    start = before.start() if before else m.start()
    first, last = date(base + a, 1, 1), date(base + b, 12, 31)
    return TimeMention(start, m.end(), m.string[start:m.end()], "absolute", precision, first, last)


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
    n = lx.ordinal(g(m, "ord") or "")
    month_name, year_text = g(m, "mo"), g(m, "y")
    if not (n == -1 or 1 <= n <= 4) or not (month_name or year_text):
        return None
    mo = lx.month_number(month_name) if month_name else (12 if n == -1 else 1)
    if year_text is None:
        # Without a year the last week is taken as days 22 to the month's end (February aside).
        last_week_start = 22 if mo == 2 else month_end(2001, mo).day - 6
        window = (mo, 7 * n - 6, mo, 7 * n) if n > 0 else (mo, last_week_start, mo, 0)
        return make(m, "partial", precision="week", rule="md", window=window)
    y = int(year_text)
    if n > 0:
        first = date(y, mo, 7 * n - 6)
        return make(m, "absolute", precision="week", first=first, last=first + timedelta(days=6))
    last = month_end(y, mo)
    return make(m, "absolute", precision="week", first=last - timedelta(days=6), last=last)


def season(m: re.Match[str]) -> TimeMention | None:
    """'the summer of 1973', 'spring 2016', 'the winter of 1978-79', partial 'that summer'."""
    window = tuple(lx.lookup("seasons", g(m, "season")))
    if not g(m, "y"):
        return make(m, grow="the", kind="partial", precision="season", rule="md", window=window)
    if nonyear_follows(m):
        return None
    first, last = md_span(int(g(m, "y")), window)
    return make(m, grow="the", kind="absolute", precision="season", first=first, last=last)


def holiday(m: re.Match[str]) -> TimeMention | None:
    """'Christmas Eve', 'New Year's Day 1980'."""
    mo, d = lx.lookup("holidays", g(m, "hol"))
    if m.groupdict().get("y"):
        value = date(int(g(m, "y")), mo, d)
        return make(m, "absolute", precision="day", first=value, last=value)
    return make(m, "partial", precision="day", rule="md", window=(mo, d, mo, d))


def named_period(m: re.Match[str]) -> TimeMention | None:
    """'the Korean War', 'the end of World War II', 'after the Suez Crisis', 'post-World War I': the
    period's days (data: named_periods), the last or first months of it for its end or outbreak, the
    year after or before it."""
    first, last = period = lx.period_dates(g(m, "per") or "")
    edge, side = (g(m, "edge") or "").lower(), (g(m, "side") or "").lower()
    if edge in ("end", "close", "conclusion"):
        first = max(first, last - timedelta(days=90))
    elif edge:
        last = min(last, first + timedelta(days=90))
    if side in ("after", "following", "post"):
        first, last = last, last + timedelta(days=365)
    elif side:
        first, last = first - timedelta(days=365), first
    return make(m, "absolute", precision=span_precision(first, last), first=first, last=last, period=period)


def year_range(m: re.Match[str]) -> TimeMention | None:
    """'1947-48', '1947–1948', '1947/48'."""
    y1, tail = int(g(m, "y")), g(m, "y2")
    y2 = int(tail) if len(tail) == 4 else y1 - y1 % 100 + int(tail)
    if not 0 < y2 - y1 <= 300 or nonyear_follows(m, "y2"):
        return None
    return make(m, "absolute", precision="year", first=date(y1, 1, 1), last=date(y2, 12, 31))


def fiscal_year(m: re.Match[str]) -> TimeMention | None:
    """'FY2024', 'fiscal year 2024', 'FY2023-FY2025': the U.S. federal fiscal year, October 1 of the year before
    to September 30 (the analysts' briefs that write "FY" mostly count U.S. budgets; "2024-25", a fiscal
    year of another state's calendar, is read as the two calendar years)."""
    y1 = int(g(m, "y") or 0)
    y2 = int(g(m, "y2") or y1)
    if not 0 <= y2 - y1 <= 30:
        return None
    return make(m, "absolute", precision="year", first=date(y1 - 1, 10, 1), last=date(y2, 9, 30))


# --- builders of anaphoric and relative phrases ------------------------------------------------


def part_name(word: str | None) -> str:
    """Return early/mid/late for a part word; 'earlier'/'later' stay as they are (they run to the anchor)."""
    if not word:
        return ""
    word = " ".join(word.lower().replace("-", " ").split())
    if word in ("earlier", "later"):
        return word
    return str(lx.lookup("parts", word if word in lx.data()["parts"] else "the " + word))


def phrase_unit(entry: dict, groups: dict[str, str | None]) -> str:
    """Return the unit a phrase counts in: the table's, else the one the text names."""
    word = (groups.get("unit") or "").lower()
    if entry.get("unit") or not word:
        return str(entry.get("unit", ""))
    return "weekend" if word == "weekend" else str(lx.lookup("units", word))


def phrase_count(entry: dict, groups: dict[str, str | None]) -> tuple[int, int]:
    """Return (n, n_max): the table's fixed count, or the text's number times the table's sign (less
    the table's "slack" for n)."""
    sign = int(entry.get("n", 1))
    if groups.get("num"):
        low, high = lx.number_range(groups["num"] or "")
        # "slack": a duration told in round numbers ("it took ten years") may end a unit early
        return sign * low - int(entry.get("slack", 0)), sign * high
    plural = (groups.get("unit") or "").lower().endswith("s")
    if plural and entry["rule"] in ("shift", "past") and sign:
        return sign, sign * 3  # 'the following months', 'over the past years': one to three of them
    return sign, sign


def phrase_fields(entry: dict, groups: dict[str, str | None]) -> dict[str, object]:
    """Return the mention fields a phrase-table match gives."""
    unit = phrase_unit(entry, groups)
    n, n_max = phrase_count(entry, groups)
    fields: dict[str, object] = {
        "rule": entry["rule"], "unit": unit, "n": n, "n_max": n_max,
        "part": part_name(groups.get("part")),
        "direction": (groups.get("dir") or "").lower().replace("the ", ""),
        "precision": entry.get("precision") or unit or "unknown",
    }
    if groups.get("season"):
        fields.update(window=tuple(lx.lookup("seasons", groups["season"] or "")), precision="season")
    if groups.get("mo"):
        mo = lx.month_number(groups["mo"] or "")
        fields.update(window=(mo, 1, mo, 0), precision="month")
    if groups.get("wd"):
        name = re.sub(r"['\u2019]s$", "", groups["wd"] or "")
        fields.update(n=int(lx.lookup("weekdays", name)), precision="day")
    return fields


def phrase_builder(entry: dict) -> Builder:
    """Return the builder of one row of the phrase table."""

    def build(m: re.Match[str]) -> TimeMention | None:
        return make(m, entry["kind"], **phrase_fields(entry, m.groupdict()))

    return build


# --- the pattern table --------------------------------------------------------------------------


# How a pattern is run: AT each token of its trigger class (its match starts there) or NEAR them.
AT, NEAR = True, False


def structural_patterns() -> list[tuple[str, Builder, str, bool]]:
    """Return (regex, builder, trigger class, starts at the trigger) for the date shapes."""
    month_cues = lx.alternation(lx.data()["month_cues"])
    plan_cues = lx.alternation(lx.data()["month_plan_cues"])
    season_cues = lx.alternation(lx.data()["season_cues"])
    holiday_cues = lx.alternation(lx.data()["holiday_cues"])
    day_range, month_range = f"{day()}(?:{DASH}{day('d2')})?", f"(?:{DASH}|\\s+(?:to|and|through|until)\\s+)"
    # days joined by a word only after their month and before their year: "January 4 and 5, 1974" ("on May 3
    # and 4 ships ..." is no range, nor "Resolutions 3 and 4 May 1980")
    days = f"{day()}(?:{month_range}{day('d2')})?"
    return [
        (rf"{day_range}\s+(?:of\s+)?{month()},?\s+{year()}", full_date, "day", AT),
        (rf"{month()}\s+{days}(?:,\s*|\s+){year()}", full_date, "month", AT),
        (r"(?<![\d-])(?P<y>1\d{3}|20\d\d)-(?P<mon>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", iso_date, "year", AT),
        (rf"{month()}(?:{month_range}{month('mo2')})?,?\s+(?:of\s+)?{year()}", month_year, "month", AT),
        (rf"{day_range}\s+(?:of\s+)?{month()}", partial_day, "day", AT),
        # ("On the night of June 3 and 4, the army ...": two days joined by "and" where a comma closes them)
        (rf"{month()}\s+{day()}\s+and\s+{day('d2')}(?=\s*[,;.])", partial_day, "month", AT),
        (rf"{month()}\s+{day_range}", partial_day, "month", AT),
        (rf"\b{month_cues}\s+(?P<core>{month()}(?:{DASH}{month('mo2')})?)", partial_month, "month", NEAR),
        # ("scheduled for March", not "support for May": a month a plan is set for)
        (rf"\b{plan_cues}\s+for\s+(?P<core>{month()}(?:{DASH}{month('mo2')})?)", partial_month, "month", NEAR),
        (rf"\bthat\s+{month()}", partial_month, "month", NEAR),
        (rf"\bthe\s+(?:following|next|subsequent)\s+{month()}", following_month, "month", NEAR),
        (rf"{month()}(?:,?\s+(?:of\s+)?{year()})?", part_of_month, "month", AT),
        (r"{ORD}[\s-]+centur(?:y|ies)\b", century, "century", NEAR),
        (rf"the\s+{{ORD}}\s+(?P<frac>half|quarter)\s+of\s+(?:the\s+year\s+)?{year()}",
         fraction_of_year, "year", NEAR),
        (rf"\bthe\s+{{ORD}}\s+week\s+of\s+(?:{month()},?\s*)?(?:{year()})?", week_of_period, "week", NEAR),
        (rf"{{SEASON}}\s+(?:of\s+)?{year()}(?:{DASH}(?P<y2>\d\d(?:\d\d)?)\b)?", season, "season", AT),
        (r"\bthat\s+{SEASON}", season, "season", NEAR),
        (r"\bthe\s+(?:following|next|subsequent)\s+{SEASON}", following_season, "season", NEAR),
        (rf"\b{season_cues}\s+(?P<core>(?:the\s+)?{{SEASON}})(?!\s+of\b)", season, "season", NEAR),
        (rf"(?P<hol>{{HOLIDAY}}),?\s+{year()}", holiday, "holiday", NEAR),
        (rf"\b{holiday_cues}\s+(?P<core>(?P<hol>{{HOLIDAY}}))", holiday, "holiday", NEAR),
        (r"(?:\b(?P<side>after|following|before|post|pre)(?:\s+|-))?(?:\b(?:the\s+)?(?P<edge>end|close|conclusion|outbreak|"
         r"beginning|start|onset)\s+of\s+)?(?P<per>{PERIOD})", named_period, "period", NEAR),
        (r"\b(?:(?P<side>after|following|before)|since)\s+(?P<per>{EPISODE})(?!\s+[A-Z])", named_period, "period",
         NEAR),
        (rf"\b(?:FY\s?|fiscal\s+year\s+){year()}(?:{DASH}(?:FY\s?)?(?P<y2>\d{{4}})\b)?(?![-\u2010-\u2015]?\d)",
         fiscal_year, "year", NEAR),
        (rf"{year()}{YEAR_DASH}(?P<y2>\d\d(?:\d\d)?)\b(?![-\u2010-\u2015]?\d)", year_range, "year", AT),
        (rf"{year()}\b", year_mention, "year", AT),
        (DECADE, decade, "year", AT),
    ]


def trigger_class(entry: dict) -> str:
    """Return the trigger class a phrase needs: its own 'class', else what its placeholders imply."""
    regex = entry["re"]
    for placeholder, cls in (("{WEEKDAY}", "weekday"), ("{MONTH}", "month"), ("{SEASON}", "season"),
                             ("{UNIT}", "unit"), ("(?P<unit>", "unit")):
        if placeholder in regex:
            return str(entry.get("class", cls))
    return str(entry.get("class", "word"))


@cache
def compiled() -> tuple[tuple[re.Pattern[str], Builder, str, bool], ...]:
    """Return every pattern compiled, with its builder, trigger class and whether it starts at the trigger."""
    table: list[tuple[re.Pattern[str], Builder, str, bool]] = []
    for regex, build, cls, at in structural_patterns():
        table.append((re.compile(lx.fill(regex), re.IGNORECASE), build, cls, at))
    for entry in lx.data()["phrases"]:
        regex = entry["re"].replace("{WEEKDAY}", "(?P<wd>{WEEKDAY})").replace("{MONTH}", "(?P<mo>{MONTH})")
        pattern = re.compile(r"\b(?:" + lx.fill(regex) + r")\b", re.IGNORECASE)
        table.append((pattern, phrase_builder(entry), trigger_class(entry), NEAR))
    return tuple(table)
