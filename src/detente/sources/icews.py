"""ICEWS coded event data (Harvard Dataverse doi:10.7910/DVN/28075): tab-separated, 20 columns with a
header, missing values written "NA".

Countries are names ("Russian Federation"), resolved with detente's gazetteer (and
sources/data/country_names.tsv); sectors are lists of names ("Military,Government") reduced to one
CAMEO role code (sources/data/sectors.tsv); an actor without a country that names an organisation
("United Nations") is keyed by the organisation. The names and sectors of a file are read in one quick
scan and resolved in Python before the import, so the import itself stays one SQL statement.

"Event ID" alone is not unique in ICEWS (with "Event Date" it is): the event id is a hash of
'icews', Event ID and Event Date, while `origin_id` keeps the Event ID as ICEWS prints it.
"""

from __future__ import annotations

from typing import Any

from ..errors import WrongFormat
from . import formats
from .files import Prepared
from .lookups import CAMEO_TABLE, country_of_name, load_mapping, organisation_of_name, sector_of
from .tabular import SEQUENCE_BASE, ActorSql, Check, EventSql, Layout, distinct, events_select, header_of

ORIGIN = "icews"
TITLE = "ICEWS events"
ROLES = ("Source", "Target")
NAMES_TABLE = "_detente_icews_countries"
ORGS_TABLE = "_detente_icews_organisations"
SECTORS_TABLE = "_detente_icews_sectors"


def _value(column: str) -> str:
    return f"nullif(r.\"{column}\", 'NA')"


def _actor(role: str) -> ActorSql:
    """SQL of the Source or Target (tables n_, o_, s_ + role joined on its names)."""
    name = _value(f"{role} Name")
    return ActorSql(f"coalesce({name}, '')", name, f"n_{role}.mapped", f"o_{role}.mapped", f"s_{role}.mapped")


def events_sql(rows: str) -> str:
    """SELECT of the events columns from good ICEWS rows."""
    event = EventSql(
        key='r."Event ID"',
        id_key='r."Event ID" || \':\' || r."Event Date"',
        day='CAST(r."Event Date" AS DATE)',
        date_text='r."Event Date"',
        event_type="e.event_type",
        mode="e.mode",
        context="coalesce(e.context, [])",
        cameo='r."CAMEO Code"',
        goldstein="e.goldstein",
        quad_class="e.quad_class",
        trigger=f'coalesce({_value("Event Text")}, e.label, r."CAMEO Code")',
    )
    joins = f'LEFT JOIN {CAMEO_TABLE} e ON e.code = r."CAMEO Code" ' + " ".join(
        f"LEFT JOIN {NAMES_TABLE} n_{role} ON n_{role}.value = {_value(f'{role} Country')} "
        f"LEFT JOIN {ORGS_TABLE} o_{role} ON o_{role}.value = {_value(f'{role} Name')} "
        f"AND {_value(f'{role} Country')} IS NULL "
        f"LEFT JOIN {SECTORS_TABLE} s_{role} ON s_{role}.value = {_value(f'{role} Sectors')}"
        for role in ("Source", "Target")
    )
    # ICEWS ids grow with time: the base plus the id orders the events without a sequence
    seq = f'{SEQUENCE_BASE}() + CAST(r."Event ID" AS BIGINT)'
    return events_select(ORIGIN, rows, joins, _actor("Source"), _actor("Target"), event, seq)


CHECKS = (
    # the id orders the events (seq = base + id): one too big for a 64-bit integer would fail the whole file
    Check("NOT regexp_full_match(\"Event ID\", '[0-9]{1,15}')", "bad Event ID",
          "'Event ID is not a number of at most 15 digits: ' || \"Event ID\""),
    Check("try_strptime(\"Event Date\", '%Y-%m-%d') IS NULL "
          "OR NOT regexp_full_match(\"Event Date\", '[0-9]{4}-[0-9]{2}-[0-9]{2}')",
          "bad date", "'bad Event Date ' || \"Event Date\" || ' (expected YYYY-MM-DD)'"),
    Check("\"CAMEO Code\" IN ('', 'NA')", "no event code", "'empty CAMEO Code'"),
)

LAYOUT = Layout(ORIGIN, TITLE, formats.ICEWS, True, CHECKS, events_sql)


def layout_of(ready: Prepared) -> Layout:
    """The ICEWS layout, after checking the header; WrongFormat otherwise."""
    header = header_of(ready)
    if header != formats.ICEWS:
        got = "<TAB>".join(header[:3])[:80] if header else "nothing"
        raise WrongFormat(
            f"not an ICEWS events file: line 1 should be the header 'Event ID<TAB>Event Date<TAB>Source Name...' "
            f"(20 columns), found '{got}...' ({len(header)} columns)",
            ready.given,
        )
    return LAYOUT


def prepare(con: Any, ready: Prepared) -> None:
    """Resolve the country names, sectors and organisation names of a file into temporary tables."""
    countries = distinct(con, LAYOUT, ready, ["nullif(\"Source Country\", 'NA')", "nullif(\"Target Country\", 'NA')"])
    load_mapping(con, NAMES_TABLE, {name: country_of_name(name) for name in countries})
    sectors = distinct(con, LAYOUT, ready, ["nullif(\"Source Sectors\", 'NA')", "nullif(\"Target Sectors\", 'NA')"])
    load_mapping(con, SECTORS_TABLE, {value: sector_of(value) for value in sectors})
    stateless = distinct(
        con,
        LAYOUT,
        ready,
        [f"CASE WHEN \"{role} Country\" = 'NA' THEN nullif(\"{role} Name\", 'NA') END" for role in ROLES],
    )
    load_mapping(con, ORGS_TABLE, {name: organisation_of_name(name) for name in stateless})
