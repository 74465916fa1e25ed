"""Time expressions: find them in a text and resolve them to date intervals.

``find_times(text)`` returns :class:`TimeMention` objects (leftmost-longest, in order);
``resolve(mention, anchor, published, future)`` turns one into a :class:`~detente.model.DateSpan`.

Choices for vague expressions (one level finer than the unit they divide):

* early / mid / late: of a month, days 1-10 / 11-20 / 21-end (precision "week"); of a year,
  Jan-Jun / Apr-Sep / Jul-Dec ("season"); of a decade, years 0-3 / 4-6 / 7-9 ("year");
  of a century, years 0-33 / 34-66 / 67-99 ("decade"). "the beginning/end of" = early/late.
* centuries run 1800-1899 for "the 19th century" (common usage, not the strict 1801-1900);
  "the 1800s" is a century, "the 1980s" a decade.
* seasons are meteorological (northern): spring Mar-May, summer Jun-Aug, autumn Sep-Nov,
  winter Dec of the named year to Feb of the next; halves and quarters of a year are "season".
* partial dates ("in August") take the anchor's start year; without an anchor, the latest
  occurrence starting on or before publication (the next one not yet over when future=True).
* anaphora: "that year" is the anchor's start year; "N units later" counts from the anchor's
  end, "N units earlier" from its start; "later"/"thereafter"/"subsequently" run from the
  anchor's end to a year after it ("year"); "soon/shortly after" to three months after ("month");
  "at the time", "meanwhile", "these years" are the anchor itself. "a few" is 2-4, "several"
  2-5, and an uncounted plural ("the following months") 1-3. Shifting by a unit finer than
  the anchor ("the next day" after "in 1965") moves the whole anchor and keeps its precision.
  "that month" / "that day" are anaphoric (anchor's month / day), not partial.
* relative: weekdays are the latest on or before publication (the next one with "next", or
  when future=True); "last week" is the previous Monday-Sunday; "N years ago" is that calendar
  year; "a decade ago" the year ten before; "recently" the three months up to publication;
  "the past N years" / "in recent years" run back N (3) years from publication; "so far" and
  "to date" resolve to None (the caller reads them as "up to publication").
* ``resolve`` never returns an interval starting after publication unless future=True.
"""

from __future__ import annotations

from .find import find_times
from .mention import TimeMention
from .resolve import resolve

__all__ = ["TimeMention", "find_times", "resolve"]
