"""Checking that a store is sound: every block readable, the schema as this version writes it,
the summary counts true, incidents in line with their events, curation in line with its trail.

DuckDB keeps a checksum per block and verifies it when it reads the block, but a query reads
only the blocks it needs: a damaged block can lie unnoticed under a store that answers most
queries, and a write would go on building on it. :func:`read_every_block` reads every value of
every table (a second or two per million events), and a store is opened for writing only
after it passes. :func:`check_store` (``detente check``) then checks what the rows say of each
other, and names every problem it finds.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

import duckdb

from ..errors import StoreCorrupt, StoreError
from . import schema, summary
from .connect import connect, damage_hint, translate
from .curation import COLUMNS, json_value

SHOWN = 5  # rows named per kind of problem; the rest are counted
RESTORE = "restore it from a backup"


def read_every_block(con: Any, path: str | os.PathLike[str]) -> None:
    """Read every value of every table, so that DuckDB verifies the checksum of each block; a
    StoreCorrupt naming the table when one cannot be read."""
    for table in _tables(con):
        try:
            con.execute(f'SELECT bit_xor(hash(COLUMNS(*))) FROM "{table}"').fetchall()
        except duckdb.Error as exc:
            error = translate(path, exc)
            if isinstance(error, StoreCorrupt):
                error = StoreCorrupt(str(path), f"table {table} is damaged ({_first(exc)}): {damage_hint(path)}")
            raise error from None


def _tables(con: Any) -> list[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"
    ).fetchall()
    return [r[0] for r in rows]


def _first(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


@dataclass
class CheckReport:
    """What `detente check` found: the counts of a sound store, or its problems."""

    path: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: str) -> None:
        # the hint of a store error sends the user here: within the check, restoring is what is left
        self.problems.append(problem.removeprefix(f"{self.path}: ").replace(damage_hint(self.path), RESTORE))


def check_store(path: str | os.PathLike[str]) -> CheckReport:
    """Check the store at path (opened read-only: nothing is changed); every problem is one line."""
    report = CheckReport(str(path))
    try:
        con = connect(path, read_only=True)
    except StoreError as exc:
        report.add(str(exc))
        return report
    try:
        if _schema_problems(con, report):
            return report  # rows of a store of another shape would only give false alarms
        try:
            read_every_block(con, path)
        except StoreError as exc:
            report.add(str(exc))
            return report
        for rule in (_summary_problems, _dyad_summary_problems, _incident_problems, _curation_problems):
            try:
                rule(con, report)
            except duckdb.Error as exc:
                report.add(f"cannot be checked ({_first(exc)})")
        if report.ok:
            report.counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                             for t in ("documents", "events", "incidents", "curations")}
    finally:
        con.close()
    return report


# --- the schema ------------------------------------------------------------------------------------


def expected_columns() -> dict[str, list[tuple[str, str]]]:
    """Table -> (column, type) as this version creates them, read off an empty in-memory store."""
    con = duckdb.connect()
    try:
        schema.create(con)
        return _columns(con)
    finally:
        con.close()


def _columns(con: Any) -> dict[str, list[tuple[str, str]]]:
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
    ).fetchall()
    found: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        found.setdefault(table, []).append((column, kind))
    return found


def _schema_problems(con: Any, report: CheckReport) -> bool:
    """Missing tables and columns, or columns of another type; returns whether there were any."""
    have = _columns(con)
    before = len(report.problems)
    for table, columns in expected_columns().items():
        if table not in have:
            report.add(f"table {table} is missing: {RESTORE}")
            continue
        present = dict(have[table])
        for column, kind in columns:
            if column not in present:
                report.add(f"table {table} has no column {column}: {RESTORE}")
            elif present[column] != kind:
                report.add(f"column {table}.{column} is {present[column]}, not {kind}: {RESTORE}")
    return len(report.problems) > before


# --- what the rows say of each other ----------------------------------------------------------------


def _listed(con: Any, report: CheckReport, sql: str, what: str) -> None:
    """One problem line for the rows a query finds (their first column names them)."""
    rows = con.execute(sql).fetchall()
    if rows:
        names = ", ".join(str(r[0]) for r in rows[:SHOWN]) + (f" and {len(rows) - SHOWN} more" if len(rows) > SHOWN
                                                              else "")
        report.add(f"{what}: {names}")


def _summary_problems(con: Any, report: CheckReport) -> None:
    _listed(con, report, """
        SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id) e
        USING (doc_id) WHERE d.n_events <> coalesce(e.n, 0) ORDER BY d.doc_id""",
            "documents whose event count differs from their events")
    _listed(con, report, """
        SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, count(*) AS n FROM sentences GROUP BY doc_id) s
        USING (doc_id) WHERE d.n_sentences <> coalesce(s.n, 0) ORDER BY d.doc_id""",
            "documents whose sentence count differs from their sentences")
    _listed(con, report, "SELECT id FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents) ORDER BY id",
            "events of no stored document")


RECOUNT_HINT = "count them again with `detente check --recount`"


def _dyad_summary_problems(con: Any, report: CheckReport) -> None:
    """The summary tables (summary.py) against a count of the events from scratch."""
    for table, sql in (("dyad_summary", summary.totals_sql("events")), ("dyad_periods", summary.periods_sql("events"))):
        _listed(con, report, f"""
            SELECT DISTINCT pair_key FROM ((SELECT * FROM {table} EXCEPT ALL ({sql}))
                                           UNION ALL (({sql}) EXCEPT ALL SELECT * FROM {table})) ORDER BY 1""",
                f"actor pairs whose {table} differs from their events ({RECOUNT_HINT})")


def _incident_problems(con: Any, report: CheckReport) -> None:
    live = "(SELECT * FROM events WHERE origin = 'text' AND curation IS DISTINCT FROM 'rejected')"
    _listed(con, report, "SELECT id FROM events WHERE origin = 'text' AND incident_id IS NULL ORDER BY id",
            "events coded from text in no incident")
    _listed(con, report, f"""
        SELECT DISTINCT e.incident_id FROM {live} e LEFT JOIN incidents i USING (incident_id)
        WHERE i.incident_id IS NULL ORDER BY 1""", "incidents of events that have no incidents row")
    _listed(con, report, f"""
        SELECT i.incident_id FROM incidents i LEFT JOIN
          (SELECT incident_id, count(*) AS n, count(DISTINCT doc_id) AS docs FROM {live} GROUP BY incident_id) e
        USING (incident_id) WHERE coalesce(e.n, 0) <> i.n_events OR coalesce(e.docs, 0) <> i.n_docs
        ORDER BY 1""", "incidents whose counts differ from their events")


def _curation_problems(con: Any, report: CheckReport) -> None:
    """Each curated event holds the values the last decision touching each column left there."""
    _listed(con, report, """SELECT seq FROM curations WHERE action NOT IN ('confirm', 'reject', 'edit', 'undo')
                            OR (undoes IS NOT NULL AND undoes NOT IN (SELECT seq FROM curations)) ORDER BY seq""",
            "decisions of an unknown kind or undoing no decision")
    _listed(con, report, """SELECT id FROM events WHERE curation IS NOT NULL
                            AND id NOT IN (SELECT event_id FROM curations) ORDER BY id""",
            "events marked confirmed or rejected with no decision in the trail")
    last: dict[tuple[str, str], Any] = {}
    for event_id, changes in con.execute("SELECT event_id, changes FROM curations ORDER BY seq").fetchall():
        for column, (_, after) in json.loads(changes or "{}").items():
            last[(event_id, column)] = after
    columns = [c for c in COLUMNS if c in {column for _, column in last}]
    if not columns:
        return
    ids = sorted({event_id for event_id, _ in last})
    cursor = con.execute(f"SELECT id, {', '.join(columns)} FROM events WHERE id IN (SELECT unnest(?))", [ids])
    differ = []
    for row in cursor.fetchall():
        values = dict(zip(columns, row[1:], strict=True))
        if any((row[0], c) in last and json_value(values[c]) != last[(row[0], c)] for c in columns):
            differ.append(row[0])
    if differ:
        report.add("events whose values differ from the last decision in their trail: "
                   + ", ".join(differ[:SHOWN]) + (f" and {len(differ) - SHOWN} more" if len(differ) > SHOWN else ""))


def describe(report: CheckReport) -> str:
    """The last line `detente check` prints."""
    if report.ok:
        c = report.counts
        return (f"{report.path}: sound: {c['documents']} documents, {c['events']} events, {c['incidents']} incidents, "
                f"{c['curations']} decisions")
    n = len(report.problems)
    return f"{report.path}: damaged ({n} problem{'s' if n > 1 else ''}): {RESTORE}"

