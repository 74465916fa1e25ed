"""The mapping tables importers share: CAMEO and PLOVER codes, country codes and names, organisations,
sectors. Facts live in TSV files under sources/data (and in the ontology and actor data); this module
loads them, resolves names, and copies them into temporary DuckDB tables for the importers' SQL.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

import pycountry

from ..actors import find_actors, lookup
from ..actors.succession import HISTORIC_RUSSIA_BEFORE, SOVIET_FROM, territories
from ..errors import ResourceError
from ..ontology import cameo, cameo_codes

SOVIET_YEARS = (SOVIET_FROM, HISTORIC_RUSSIA_BEFORE - 1)  # Russia is the Soviet Union (SUN), as in coded text


def data_rows(name: str, package: str = "detente.sources") -> list[dict[str, str]]:
    """The rows of a packaged TSV file (a header line, '#' comment lines skipped)."""
    try:
        text = resources.files(package).joinpath("data", name).read_text("utf-8")
    except OSError as exc:
        raise ResourceError(f"cannot read packaged table {name}: {exc}; reinstall detente") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def state_of(code: str | None) -> str | None:
    """The state coded for a country code: a dependent territory's state, else the code itself."""
    return territories().get(code, code) if code else None


@cache
def country_codes() -> dict[str, str | None]:
    """CAMEO country code -> detente state code (None for a region), for every code detente knows."""
    table: dict[str, str | None] = {c.alpha_3: c.alpha_3 for c in pycountry.countries}
    for row in data_rows("countries.tsv", "detente.actors"):
        if row["kind"] == "canonical":
            table[row["code"]] = row["code"]
    for row in data_rows("cameo_countries.tsv"):
        table[row["cameo"]] = row["state"] or None
    return {code: state_of(state) for code, state in table.items()}


@cache
def organisation_codes() -> dict[str, str]:
    """CAMEO organisation / known-group code -> detente organisation code."""
    return {row["cameo"]: row["detente"] for row in data_rows("cameo_groups.tsv")}


@cache
def _name_table() -> dict[str, str | None]:
    return {row["name"].casefold(): row["code"] or None for row in data_rows("country_names.tsv")}


@cache
def country_of_name(name: str) -> str | None:
    """The state a country name stands for (country_names.tsv, then the gazetteer, then ISO names)."""
    name = name.strip()
    if not name:
        return None
    folded = name.casefold()
    if folded in _name_table():
        return _name_table()[folded]
    actor = lookup(name)
    if actor is not None and actor.country:
        return state_of(actor.country)
    try:
        return state_of(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


@cache
def organisation_of_name(name: str) -> str | None:
    """The organisation code of a name such as 'United Nations' (None when it is not one)."""
    actor = lookup(name.strip()) if name.strip() else None
    return actor.code if actor is not None and actor.country is None else None


@cache
def country_in_text(text: str) -> str | None:
    """The first country named in a short text such as 'ANC (South Africa)'."""
    for mention in find_actors(text):
        if mention.actor.country:
            return state_of(mention.actor.country)
    return None


@cache
def _sector_table() -> dict[str, tuple[int, str]]:
    return {row["name"].casefold(): (rank, row["sector"]) for rank, row in enumerate(data_rows("sectors.tsv"))}


@cache
def sector_of(sectors: str) -> str | None:
    """The CAMEO role code of an actor from its sector names ('Military,Government' -> MIL).

    A value that is already a role code (three capital letters) is kept."""
    value = sectors.strip()
    if len(value) == 3 and value.isalpha() and value.isupper():
        return value
    found = [_sector_table().get(part.strip().casefold()) for part in value.split(",")]
    ranked = sorted(f for f in found if f is not None)
    return ranked[0][1] if ranked else None


def soviet(country: str | None, year: int | None) -> str | None:
    """Russia between 1917 and 1991 is the Soviet Union (SUN), as detente codes it in text."""
    if country == "RUS" and year is not None and SOVIET_YEARS[0] <= year <= SOVIET_YEARS[1]:
        return "SUN"
    return country


# --- temporary tables for the importers' SQL ------------------------------------------------------

CAMEO_TABLE = "_detente_cameo"
COUNTRY_TABLE = "_detente_country"
GROUP_TABLE = "_detente_group"


def _fill(con: Any, table: str, columns: list[tuple[str, str]], rows: list[tuple[Any, ...]]) -> None:
    """A temporary table of (name, type) columns holding rows; one list parameter per column."""
    values = ", ".join(f"CAST(unnest(${i}) AS {kind}) AS {name}" for i, (name, kind) in enumerate(columns, 1))
    lists = [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in columns]
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT {values}", lists)


def load_tables(con: Any) -> None:
    """Create (or refresh) the temporary lookup tables on a connection."""
    entries = [cameo(code) for code in cameo_codes()]
    _fill(
        con,
        CAMEO_TABLE,
        [("code", "VARCHAR"), ("label", "VARCHAR"), ("goldstein", "DOUBLE"), ("quad_class", "INTEGER"),
         ("event_type", "VARCHAR"), ("mode", "VARCHAR"), ("context", "VARCHAR[]")],
        [(e.code, e.label, e.goldstein, e.quad_class, e.plover, e.mode, list(e.context)) for e in entries],
    )
    _fill(con, COUNTRY_TABLE, [("code", "VARCHAR"), ("state", "VARCHAR")], list(country_codes().items()))
    _fill(con, GROUP_TABLE, [("code", "VARCHAR"), ("org", "VARCHAR")], list(organisation_codes().items()))


def load_mapping(con: Any, table: str, mapping: dict[str, str | None]) -> None:
    """A temporary two-column table (value, mapped) for the importers' joins."""
    _fill(con, table, [("value", "VARCHAR"), ("mapped", "VARCHAR")], list(mapping.items()))
