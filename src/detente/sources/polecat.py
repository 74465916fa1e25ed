"""POLECAT weekly event files (Harvard Dataverse doi:10.7910/DVN/AJGVIT): tab-separated, 40 columns with
a header ("Event ID", "Event Date", "Event Type", "Event Mode", ... "Version").

POLECAT is coded in PLOVER already: the type (upper-cased), mode and contexts are kept as they are,
and the CAMEO code (with its Goldstein value and quad class) is detente's default for that type, mode
and first context (ontology.default_cameo). Actor countries are ISO3 codes ("IGO" for organisations,
then named by "Actor Name"); sectors are role codes or names (sources/data/sectors.tsv).
"""

from __future__ import annotations

from typing import Any

from ..errors import WrongFormat
from ..ontology import default_cameo, plover_types
from . import formats
from .files import Prepared
from .lookups import CAMEO_TABLE, COUNTRY_TABLE, load_mapping, organisation_of_name, sector_of
from .tabular import ActorSql, Check, EventSql, Layout, distinct, events_select, header_of, quoted

ORIGIN = "polecat"
TITLE = "POLECAT events"
ROLES = ("Actor", "Recipient")
ORGS_TABLE = "_detente_polecat_organisations"
SECTORS_TABLE = "_detente_polecat_sectors"
CODES_TABLE = "_detente_polecat_cameo"



def _type(p: str = "r.") -> str:
    return f"upper(trim({p}\"Event Type\"))"


def _mode(p: str = "r.") -> str:
    return f"nullif(lower(trim({p}\"Event Mode\")), '')"


def _contexts(p: str = "r.") -> str:
    """The contexts as a list: POLECAT separates them with ';' (',' accepted too)."""
    split = f"regexp_split_to_array(lower({p}\"Contexts\"), '[;,]')"
    return f"list_filter(list_transform({split}, lambda c: trim(c)), lambda c: c <> '')"


def _actor(role: str) -> ActorSql:
    """SQL of the Actor or Recipient (tables c_, o_, s_ + role joined)."""
    name = f"nullif(r.\"{role} Name\", '')"
    return ActorSql(f"coalesce({name}, '')", name, f"c_{role}.state", f"o_{role}.mapped", f"s_{role}.mapped")


def events_sql(rows: str) -> str:
    """SELECT of the events columns from good POLECAT rows."""
    event = EventSql(
        key='r."Event ID"',
        id_key='r."Event ID"',
        day='CAST(r."Event Date" AS DATE)',
        date_text='r."Event Date"',
        event_type=_type(),
        mode=_mode(),
        context=_contexts(),
        cameo="k.mapped",
        goldstein="e.goldstein",
        quad_class="e.quad_class",
        trigger=f"lower({_type()}) || coalesce(' (' || {_mode()} || ')', '')",
    )
    joins = f"LEFT JOIN {CODES_TABLE} k ON k.value = {_code_key()} LEFT JOIN {CAMEO_TABLE} e ON e.code = k.mapped " + (
        " ".join(
            f"LEFT JOIN {COUNTRY_TABLE} c_{role} ON c_{role}.code = nullif(r.\"{role} Country\", '') "
            f"LEFT JOIN {ORGS_TABLE} o_{role} ON o_{role}.value = r.\"{role} Name\" AND c_{role}.state IS NULL "
            f"LEFT JOIN {SECTORS_TABLE} s_{role} ON s_{role}.value = r.\"Primary {role} Sector\""
            for role in ("Actor", "Recipient")
        )
    )
    return events_select(ORIGIN, rows, joins, _actor("Actor"), _actor("Recipient"), event)


def _code_key(p: str = "r.") -> str:
    """The key of a row's (type, mode, first context) in the CAMEO defaults table."""
    return f"{_type(p)} || '|' || coalesce({_mode(p)}, '') || '|' || coalesce({_contexts(p)}[1], '')"


def _known_types() -> str:
    return ", ".join(quoted(t) for t in plover_types())


CHECKS = (
    Check("trim(\"Event ID\") = ''", "no Event ID", "'empty Event ID'"),
    Check("try_strptime(\"Event Date\", '%Y-%m-%d') IS NULL "
          "OR NOT regexp_full_match(\"Event Date\", '[0-9]{4}-[0-9]{2}-[0-9]{2}')",
          "bad date", "'bad Event Date ' || \"Event Date\" || ' (expected YYYY-MM-DD)'"),
    Check(f"upper(trim(\"Event Type\")) NOT IN ({_known_types()})", "unknown event type",
          "'Event Type ' || \"Event Type\" || ' is not a PLOVER type'"),
)

LAYOUT = Layout(ORIGIN, TITLE, formats.POLECAT, True, CHECKS, events_sql)


def layout_of(ready: Prepared) -> Layout:
    """The POLECAT layout, after checking the header; WrongFormat otherwise."""
    header = header_of(ready)
    if header != formats.POLECAT:
        got = "<TAB>".join(header[:3])[:80] if header else "nothing"
        raise WrongFormat(
            "not a POLECAT events file: line 1 should be the header 'Event ID<TAB>Event Date<TAB>Event Type...' "
            f"(40 columns), found '{got}...' ({len(header)} columns)",
            ready.given,
        )
    return LAYOUT


def _default_cameo(key: str) -> str:
    parts = key.split("|")
    if len(parts) != 3:  # a "|" inside a field: no PLOVER type, mode or context has one
        return default_cameo(parts[0], None, None)
    event_type, mode, context = parts
    return default_cameo(event_type, mode or None, context or None)


def prepare(con: Any, ready: Prepared) -> None:
    """Resolve organisation names, sectors and the CAMEO codes of a file into temporary tables."""
    sectors = distinct(con, LAYOUT, ready, ["\"Primary Actor Sector\"", "\"Primary Recipient Sector\""])
    load_mapping(con, SECTORS_TABLE, {value: sector_of(value) for value in sectors})
    stateless = [f"CASE WHEN \"{role} Country\" IN ('', 'IGO') THEN \"{role} Name\" END" for role in ROLES]
    names = distinct(con, LAYOUT, ready, stateless)
    load_mapping(con, ORGS_TABLE, {name: organisation_of_name(name) for name in names})
    keys = distinct(con, LAYOUT, ready, [_code_key("")])
    load_mapping(con, CODES_TABLE, {key: _default_cameo(key) for key in keys})
