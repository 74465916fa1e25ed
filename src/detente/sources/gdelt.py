"""GDELT event exports: 1.0 (57 columns before April 2013, 58 after) and 2.0 (61 columns).

Files end in .CSV but are tab-separated, without a header; codes are strings ('010' is not '10').
Each row becomes an event: CAMEO EventCode -> PLOVER type, mode and context, Goldstein value and quad
class from detente's ontology (GDELT's own values stay in `original`); actors from the CAMEO country
code (Actor1CountryCode, mapped to ISO3), the known group (IGOs) and the first type code (sector);
the day is SQLDATE; the URL is SOURCEURL. The event id is a hash of 'gdelt' and GLOBALEVENTID.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..errors import WrongFormat
from . import formats
from .files import Prepared
from .lookups import CAMEO_TABLE, COUNTRY_TABLE, GROUP_TABLE
from .tabular import SEQUENCE_BASE, ActorSql, Check, EventSql, Layout, events_select

ORIGIN = "gdelt"
_FILE_STAMP = re.compile(r"(\d{14}|\d{8})")


def _actor(n: int) -> ActorSql:
    """SQL of Actor1 or Actor2 (tables c1/c2 and g1/g2 joined on its codes): country from the CAMEO
    country code, organisation from the known group, sector from the first type code."""
    name = f"nullif(r.\"Actor{n}Name\", '')"
    return ActorSql(
        text=f"coalesce({name}, '')",
        name=name,
        country=f"c{n}.state",
        org=f"g{n}.org",
        sector=f"nullif(r.\"Actor{n}Type1Code\", '')",
    )


def events_sql(rows: str, url: bool = True) -> str:
    """SELECT of the events columns (see store.records.EVENT_COLUMNS) from good GDELT rows."""
    event = EventSql(
        key='r."GLOBALEVENTID"',
        id_key='r."GLOBALEVENTID"',
        day="strptime(r.\"SQLDATE\", '%Y%m%d')::DATE",
        date_text='r."SQLDATE"',
        event_type="e.event_type",
        mode="e.mode",
        context="coalesce(e.context, [])",
        cameo='r."EventCode"',
        goldstein="e.goldstein",
        quad_class="e.quad_class",
        trigger='coalesce(e.label, r."EventCode")',
        url="nullif(r.\"SOURCEURL\", '')" if url else "NULL",
    )
    joins = f'LEFT JOIN {CAMEO_TABLE} e ON e.code = r."EventCode" ' + " ".join(
        f"LEFT JOIN {COUNTRY_TABLE} c{n} ON c{n}.code = r.\"Actor{n}CountryCode\" "
        f"LEFT JOIN {GROUP_TABLE} g{n} ON g{n}.code = r.\"Actor{n}KnownGroupCode\""
        for n in (1, 2)
    )
    # GDELT's ids grow in file order: the base plus the id orders a file's events without a sequence
    seq = f'{SEQUENCE_BASE}() + CAST(r."GLOBALEVENTID" AS BIGINT)'
    return events_select(ORIGIN, rows, joins, _actor(1), _actor(2), event, seq)


CHECKS = (
    # the id orders the events (seq = base + id): one too big for a 64-bit integer would fail the whole file
    Check("NOT regexp_full_match(\"GLOBALEVENTID\", '[0-9]{1,15}')", "bad GLOBALEVENTID",
          "'GLOBALEVENTID is not a number of at most 15 digits: ' || \"GLOBALEVENTID\""),
    Check("try_strptime(\"SQLDATE\", '%Y%m%d') IS NULL OR NOT regexp_full_match(\"SQLDATE\", '[0-9]{8}')",
          "bad date", "'bad SQLDATE ' || " + "\"SQLDATE\"" + " || ' (expected YYYYMMDD)'"),
    Check("\"EventCode\" = ''", "no event code", "'empty EventCode'"),
)


def _layout(names: tuple[str, ...], title: str) -> Layout:
    url = "SOURCEURL" in names  # the 57-column layout of 1979-2013 has none

    def events(rows: str) -> str:
        return events_sql(rows, url)

    return Layout(ORIGIN, title, names, False, CHECKS, events)


LAYOUTS = {
    len(formats.GDELT_V2): _layout(formats.GDELT_V2, "GDELT 2.0 events export"),
    len(formats.GDELT_V1): _layout(formats.GDELT_V1, "GDELT 1.0 events export"),
    len(formats.GDELT_V1_HISTORICAL): _layout(formats.GDELT_V1_HISTORICAL, "GDELT 1.0 historical events export"),
}


def layout_of(ready: Prepared) -> Layout:
    """The GDELT layout of a file, from its first lines; WrongFormat when it is not a GDELT events export."""
    head = ready.head_lines(20)
    counts = [line.count(b"\t") + 1 for line in head]
    known = [n for n in counts if n in LAYOUTS]
    if not known or not head[0].split(b"\t", 1)[0].isdigit():
        found = counts[0] if counts else 0
        hint = _hint(head, found)
        raise WrongFormat(
            f"not a GDELT events export: line 1 has {found} tab-separated columns "
            f"(GDELT 1.0 has 57 or 58, 2.0 has 61){hint}",
            ready.given,
        )
    return LAYOUTS[max(set(known), key=known.count)]


def _hint(head: list[bytes], found: int) -> str:
    first = head[0] if head else b""
    if first.startswith(b"Event ID\tEvent Date\tSource Name"):
        return ": it looks like ICEWS, try `detente import icews`"
    if first.startswith(b"Event ID\tEvent Date\tEvent Type"):
        return ": it looks like POLECAT, try `detente import polecat`"
    if b"SIPRI" in first or first.startswith(b"Transfers of major"):
        return ": it looks like SIPRI, try `detente import sipri`"
    if found == 16:
        return ": it looks like a GDELT mentions file; import the events export (*.export.CSV)"
    return ""


def title(layout: Layout, ready: Prepared) -> str:
    """A document title such as 'GDELT 2.0 events export 20191024143000'."""
    stamp = _FILE_STAMP.search(ready.member or ready.given.rsplit("/", 1)[-1])
    return f"{layout.title} {stamp.group(1)}" if stamp else layout.title


def published(ready: Prepared) -> date | None:
    """The day in a GDELT file name (20191024143000 -> 2019-10-24), if any."""
    stamp = _FILE_STAMP.search(ready.member or ready.given.rsplit("/", 1)[-1])
    try:
        return datetime.strptime(stamp.group(1)[:8], "%Y%m%d").date() if stamp else None
    except ValueError:
        return None
