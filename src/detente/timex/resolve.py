"""resolve: the interval a time mention denotes, given the narrative time and the publication date."""

from __future__ import annotations

from datetime import date, timedelta

from ..model import DateSpan
from .mention import TimeMention, span_precision
from .patterns import parts_window
from .spans import add_months, clamp_day, md_span, month_end, month_span, shift_date, unit_span, week_of

Interval = tuple[date, date, str]  # first, last, precision


def resolve(m: TimeMention, anchor: DateSpan | None = None, published: date | None = None,
            future: bool = False) -> DateSpan | None:
    """The interval the mention denotes, or None when it cannot be resolved."""
    found = interval(m, anchor, published, future)
    if found is None:
        return None
    (first, last, precision), basis = found
    # A start after publication is a typo or a forecast; only forecasts were asked for. A full date
    # written out (day, month and year) is neither: the text was revised after the date it carries.
    if published is not None and not future and first > published and not (m.kind == "absolute"
                                                                          and precision == "day"):
        return None
    return DateSpan(first, last, precision, m.text, basis)


def interval(m: TimeMention, anchor: DateSpan | None, published: date | None,
             future: bool) -> tuple[Interval, str] | None:
    """Return the interval and its basis, dispatching on the mention's kind."""
    if m.kind == "absolute" and m.first and m.last:
        return (m.first, m.last, m.precision), "explicit"
    if m.kind == "partial":
        return partial(m, anchor, published, future)
    if m.kind == "anaphoric":
        narrative = anchor_bounds(anchor)
        found = anaphoric(m, narrative, anchor.precision if anchor else "unknown") if narrative else None
        return (found, "discourse") if found else None
    if m.kind == "relative" and published is not None:
        found = relative(m, published, future)
        return (found, "publication") if found else None
    return None


def anchor_bounds(anchor: DateSpan | None) -> tuple[date, date] | None:
    """Return the anchor's (start, end), filling a missing end from its start and vice versa."""
    if anchor is None or (anchor.start is None and anchor.end is None):
        return None
    start = anchor.start or anchor.end
    end = anchor.end or anchor.start
    assert start is not None and end is not None
    return start, end


# --- partial: a month, day or season without its year ------------------------------------------


def many_years(first: date, last: date) -> bool:
    """Whether a stretch of time covers three calendar years or more, in which a day told without its year has
    none ("from the late 1950s to the mid-1970s ... On July 5")."""
    return last.year - first.year >= 2


def partial(m: TimeMention, anchor: DateSpan | None, published: date | None,
            future: bool) -> tuple[Interval, str] | None:
    """Give a yearless date the anchor's year (or the next year when that is nearer the story's day
    or month), else the latest (or, for the future, next) one."""
    if m.rule != "md" or len(m.window) != 4:
        return None
    narrative = anchor_bounds(anchor)
    if narrative is not None and m.direction == "next":
        # "signed in September 1951; it entered into force the following April": the first after the story's day
        first, last = md_span(narrative[1].year, m.window)
        if first <= narrative[1]:
            first, last = md_span(narrative[1].year + 1, m.window)
        return (first, last, m.precision), "discourse"
    if narrative is not None and many_years(narrative[0], narrative[1]):
        # "from the late 1950s to the mid-1970s ... On July 5": a story set across many years gives
        # a day no year
        return None
    if narrative is not None:
        first, last = md_span(narrative[0].year, m.window)
        if anchor is not None and anchor.precision in ("day", "week", "month") and last < narrative[0]:
            # "By October 30, 1990 ... On February 24": the February 24 nearest the story's day, the
            # next one (a narrative moves forward); but "on July 26" told in October is the July just
            # past, and "That February" told in September 1932 is February 1933. (The coder passes a
            # year for a look back told in the past perfect: "the dispute had begun in March".)
            after = md_span(narrative[0].year + 1, m.window)
            if (after[0] - narrative[1]) < (narrative[0] - last):
                first, last = after
        return (first, last, m.precision), "discourse"
    if published is None:
        return None
    first, last = (next_occurrence if future else latest_occurrence)(m.window, published)
    return (first, last, m.precision), "publication"


def latest_occurrence(window: tuple[int, ...], published: date) -> tuple[date, date]:
    """Return the latest occurrence of the window that starts on or before the publication date."""
    first, last = md_span(published.year, window)
    return md_span(published.year - 1, window) if first > published else (first, last)


def next_occurrence(window: tuple[int, ...], published: date) -> tuple[date, date]:
    """Return the first occurrence of the window that has not ended by the publication date."""
    first, last = md_span(published.year, window)
    return md_span(published.year + 1, window) if last < published else (first, last)


def last_ended(window: tuple[int, ...], published: date) -> tuple[date, date]:
    """Return the latest occurrence of the window that ended before the publication date."""
    for year in (published.year, published.year - 1, published.year - 2):
        first, last = md_span(year, window)
        if last < published:
            return first, last
    return md_span(published.year - 2, window)


def next_started(window: tuple[int, ...], published: date) -> tuple[date, date]:
    """Return the first occurrence of the window that starts after the publication date."""
    for year in (published.year - 1, published.year, published.year + 1):
        first, last = md_span(year, window)
        if first > published:
            return first, last
    return md_span(published.year + 1, window)


# --- anaphoric: against the narrative time ------------------------------------------------------


def anaphoric(m: TimeMention, narrative: tuple[date, date], anchor_precision: str) -> Interval | None:
    """Resolve a mention that needs the narrative time."""
    start, end = narrative
    if m.rule == "same":
        return start, end, anchor_precision
    if m.rule == "later":
        # Vague 'later' / 'thereafter': up to a year after the anchor ends (a choice, see README).
        return end, shift_date(end, "year", 1), "year"
    if m.rule == "soon":
        return end, shift_date(end, "month", 3), "month"
    if m.rule == "shift":
        return shifted(m, narrative, anchor_precision)
    if m.rule == "part":
        return part_of_anchor(m, narrative)
    return None


def coarser_than(anchor_precision: str, unit: str) -> bool:
    """Return True when the anchor is vaguer than the unit a mention counts in."""
    order = ("day", "week", "month", "season", "year", "decade", "century")
    if anchor_precision not in order or unit not in order:
        return False
    return order.index(anchor_precision) > order.index(unit)


def shifted(m: TimeMention, narrative: tuple[date, date], anchor_precision: str) -> Interval | None:
    """'the following year', 'two months later', 'the previous day', 'a few years later'."""
    start, end = narrative
    unit = m.unit or "year"
    low, high = sorted((m.n, m.n_max if m.n_max else m.n))
    try:
        if coarser_than(anchor_precision, unit):
            # 'the next day' after an event dated only to a year: move the whole year, keep its vagueness.
            return shift_date(start, unit, low), shift_date(end, unit, high), anchor_precision
        if unit == "century":
            unit, low, high = "decade", low * 10, high * 10
        base = end if low > 0 else start
        first = unit_span(shift_date(base, unit, low), unit)[0]
        last = unit_span(shift_date(base, unit, high), unit)[1]
    except (OverflowError, ValueError):
        return None  # moved past the calendar's first or last day (year 1 or 9999): no date to give
    return first, last, unit


def part_of_anchor(m: TimeMention, narrative: tuple[date, date]) -> Interval | None:
    """'later that year', 'early that month', 'the end of that year'."""
    start, end = narrative
    unit = m.unit or "year"
    if unit in ("day", "week"):  # 'later that day': no finer precision to give
        return *unit_span(start, unit), unit
    if unit == "century":
        unit = "decade"
    whole_first, whole_last = unit_span(start, unit)
    finer = {"month": "week", "year": "season", "decade": "year"}[unit]
    if m.part in ("later", "earlier") and (start, end) == (whole_first, whole_last):
        return whole_first, whole_last, unit  # "In 1962 ... Later that year": told of no sharper time than the year
    if m.part in ("later", "earlier") and end > whole_last:
        return start, end, span_precision(start, end)  # "In 1962 ... Later that month": no month is told
    if m.part == "later":
        return min(end, whole_last), whole_last, finer
    if m.part == "earlier":
        return whole_first, max(start, whole_first), finer
    if not m.part:
        return whole_first, whole_last, unit
    a, b = parts_window(unit, m.part)
    if unit == "month":
        return clamp_day(start.year, start.month, a), clamp_day(start.year, start.month, b), finer
    if unit == "year":
        return date(start.year, a, 1), month_end(start.year, b), finer
    return date(whole_first.year + a, 1, 1), date(whole_first.year + b, 12, 31), finer


# --- relative: against the publication date -----------------------------------------------------


def relative(m: TimeMention, published: date, future: bool) -> Interval | None:
    """Resolve a mention that needs the publication date."""
    handler = RELATIVE_RULES.get(m.rule)
    return handler(m, published, future) if handler else None


def rel_day(m: TimeMention, p: date, future: bool) -> Interval:
    """'today', 'yesterday', 'tomorrow'."""
    day = p + timedelta(days=m.n)
    return day, day, "day"


def rel_weekday(m: TimeMention, p: date, future: bool) -> Interval:
    """'Monday', 'last Tuesday' (on or before publication), 'next Friday', 'this Sunday'."""
    if m.direction in ("next", "coming") or (future and not m.direction):
        day = p + timedelta(days=(m.n - p.weekday()) % 7 or (7 if m.direction else 0))
    elif m.direction == "this":
        day = week_of(p)[0] + timedelta(days=m.n)
    else:
        # ("last Friday" written on a Friday is a week before; "on Friday" is the day itself)
        day = p - timedelta(days=(p.weekday() - m.n) % 7 or (7 if m.direction in ("last", "past", "previous") else 0))
    return day, day, "day"


def direction_delta(direction: str) -> int:
    """Return -1 for last/past/previous, +1 for next/coming, 0 for this."""
    return {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(direction, 0)


def rel_calendar(m: TimeMention, p: date, future: bool) -> Interval | None:
    """'last week' (the previous Monday-Sunday), 'this month', 'next year', 'last weekend'."""
    delta = direction_delta(m.direction)
    if m.unit in ("week", "weekend"):
        monday, sunday = week_of(p + timedelta(weeks=delta))
        if m.unit == "weekend":
            return sunday - timedelta(days=1), sunday, "day"
        return monday, sunday, "week"
    if m.unit == "month":
        year, month = add_months(p.year, p.month, delta)
        return *month_span(year, month), "month"
    if m.unit == "year":
        return date(p.year + delta, 1, 1), date(p.year + delta, 12, 31), "year"
    if m.unit == "decade":
        first = p.year - p.year % 10 + 10 * delta
        return date(first, 1, 1), date(first + 9, 12, 31), "decade"
    return None


def rel_weekend(m: TimeMention, p: date, future: bool) -> Interval:
    """'over the weekend' in a report: the Saturday and Sunday just past (the report's own when it is written on
    one), or the coming ones when the act is still to come."""
    this_week = p.weekday() >= 5 or future
    _, sunday = week_of(p if this_week else p - timedelta(weeks=1))
    return sunday - timedelta(days=1), sunday, "day"


def rel_calpart(m: TimeMention, p: date, future: bool) -> Interval | None:
    """'late last year' (the previous year's second half), 'early next month'."""
    whole = rel_calendar(m, p, future)
    if whole is None or m.unit == "week" or not m.part or m.part in ("earlier", "later"):
        return whole
    first, _, _ = whole
    if m.unit == "month":
        a, b = parts_window("month", m.part)
        return clamp_day(first.year, first.month, a), clamp_day(first.year, first.month, b), "week"
    a, b = parts_window("year", m.part)
    return date(first.year, a, 1), month_end(first.year, b), "season"


def rel_rest(m: TimeMention, p: date, future: bool) -> Interval:
    """'later this month': from publication to the end of the unit."""
    return p, unit_span(p, m.unit or "year")[1], m.unit or "year"


def rel_so_far(m: TimeMention, p: date, future: bool) -> Interval:
    """'earlier this year': from the unit's start to publication."""
    return unit_span(p, m.unit or "year")[0], p, m.unit or "year"


def rel_ago(m: TimeMention, p: date, future: bool) -> Interval:
    """'four years ago' is the calendar year four before publication; 'a decade ago' a year."""
    unit = "year" if m.unit in ("decade", "century") else m.unit or "year"
    scale = {"decade": 10, "century": 100}.get(m.unit, 1)
    low, high = sorted((m.n * scale, (m.n_max or m.n) * scale))
    first = unit_span(shift_date(p, unit, -high), unit)[0]
    last = unit_span(shift_date(p, unit, -low), unit)[1]
    return first, last, unit


def rel_past(m: TimeMention, p: date, future: bool) -> Interval:
    """'in the past five years', 'over the last decade', 'recently': back from publication."""
    unit = m.unit or "year"
    precision = "year" if unit in ("decade", "century") else unit
    return shift_date(p, unit, -(m.n_max or m.n or 1)), p, precision


def rel_season(m: TimeMention, p: date, future: bool) -> Interval | None:
    """'last summer', 'this spring', 'next winter', 'last August'."""
    if len(m.window) != 4:
        return None
    delta = direction_delta(m.direction)
    if delta < 0:
        first, last = last_ended(m.window, p)
    elif delta > 0:
        first, last = next_started(m.window, p)
    else:
        first, last = md_span(p.year - (1 if m.window[2] < m.window[0] and p.month <= m.window[2] else 0),
                              m.window)
    return first, last, m.precision


def rel_none(m: TimeMention, p: date, future: bool) -> None:
    """'so far', 'to date': the caller treats these as 'up to publication'."""


RELATIVE_RULES = {
    "day": rel_day,
    "weekday": rel_weekday,
    "calendar": rel_calendar,
    "weekend": rel_weekend,
    "calpart": rel_calpart,
    "rest": rel_rest,
    "sofar": rel_so_far,
    "ago": rel_ago,
    "recent": rel_past,
    "past": rel_past,
    "season": rel_season,
    "month": rel_season,
    "none": rel_none,
}
