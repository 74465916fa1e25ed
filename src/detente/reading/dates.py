"""Find full (day-precision) dates printed in short texts such as reference entries."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from ..timex.words import month_numbers

_ORDINAL = r"(?:st|nd|rd|th)?"
_LEADING_ISO = re.compile(r"\s*(\d{4})-?(\d{2})-?(\d{2})(?!\d)")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """ISO, day-month-year and month-day-year patterns."""
    # Longest names first so 'September' is not read as 'Sep' + 'tember'.
    names = "|".join(sorted(month_numbers(), key=len, reverse=True))
    iso = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
    dmy = re.compile(rf"\b(\d{{1,2}}){_ORDINAL}\s+({names})\b\.?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
    mdy = re.compile(rf"\b({names})\b\.?\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
    return iso, dmy, mdy


def _safe_date(year: str, month: int | str, day: str) -> date | None:
    """Build a date, or None when the numbers are not a calendar day."""
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def full_dates(text: str) -> list[date]:
    """Every day-precision date printed in `text`, in no particular order."""
    iso, dmy, mdy = _patterns()
    months = month_numbers()
    found = [_safe_date(m[1], m[2], m[3]) for m in iso.finditer(text)]
    found += [_safe_date(m[3], months[m[2].lower()], m[1]) for m in dmy.finditer(text)]
    found += [_safe_date(m[3], months[m[1].lower()], m[2]) for m in mdy.finditer(text)]
    return [d for d in found if d is not None]


def latest_full_date(text: str) -> date | None:
    """The latest day-precision date printed in `text`, or None."""
    dates = full_dates(text)
    return max(dates) if dates else None


def parse_iso(value: str) -> date | None:
    """Parse a strict ISO date or datetime ('2019-01-27', '2019-01-27T10:00:00Z'), else None."""
    value = value.strip()
    for parse in (date.fromisoformat, lambda v: datetime.fromisoformat(v).date()):
        try:
            return parse(value)
        except ValueError:
            continue
    return None


def loose_date(value: str) -> date | None:
    """Read a metadata date leniently: a leading ISO date, else any full date printed in it."""
    match = _LEADING_ISO.match(value)
    if match:
        found = _safe_date(match[1], match[2], match[3])
        if found:
            return found
    dates = full_dates(value)
    return dates[0] if dates else None

