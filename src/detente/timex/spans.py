"""Calendar arithmetic the resolver needs: month ends, shifts, weeks, year parts."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def month_end(year: int, month: int) -> date:
    """Return the last day of the month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def clamp_day(year: int, month: int, day: int) -> date:
    """Return the date, with day 0 or a too-large day meaning the month's last day."""
    last = calendar.monthrange(year, month)[1]
    return date(year, month, last if day <= 0 or day > last else day)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """Return (year, month) shifted by delta months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_date(day: date, unit: str, n: int) -> date:
    """Return day moved n units (day, week, month, year, decade) forward or back."""
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit] * n
    year, month = add_months(day.year, day.month, months)
    return clamp_day(year, month, day.day)


def week_of(day: date) -> tuple[date, date]:
    """Return the Monday..Sunday calendar week containing day."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def year_span(year: int) -> tuple[date, date]:
    """Return the whole year."""
    return date(year, 1, 1), date(year, 12, 31)


def month_span(year: int, month: int) -> tuple[date, date]:
    """Return the whole month."""
    return date(year, month, 1), month_end(year, month)


def unit_span(day: date, unit: str) -> tuple[date, date]:
    """Return the calendar unit (day, week, month, year, decade) containing day."""
    if unit == "day":
        return day, day
    if unit == "week":
        return week_of(day)
    if unit == "month":
        return month_span(day.year, day.month)
    if unit == "decade":
        first = day.year - day.year % 10
        return date(first, 1, 1), date(first + 9, 12, 31)
    return year_span(day.year)


def md_span(year: int, args: tuple[int, ...]) -> tuple[date, date]:
    """Return the (m1, d1, m2, d2) month-day window in year; m2 < m1 wraps into the next year."""
    m1, d1, m2, d2 = args
    end_year = year + 1 if m2 < m1 else year
    return clamp_day(year, m1, d1), clamp_day(end_year, m2, d2)
