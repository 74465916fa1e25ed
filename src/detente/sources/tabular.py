"""Importing a tab-separated dataset (GDELT, ICEWS, POLECAT) with DuckDB, in SQL, in one statement.

DuckDB reads each line whole (a delimiter that never occurs in the data), so the line itself is kept
as the event's `original` without rebuilding it from its fields; SQL splits it on tabs, checks it,
maps it through the lookup tables and inserts the good rows, leaving out events stored already (an
anti-join on the id, when the store holds events of the dataset at all). No Python runs per row, and
DuckDB streams the file, so memory stays flat.

Bad lines are found in two places, both with a line number and a reason:

- the reader rejects lines that are not UTF-8 (DuckDB's store_rejects tables);
- SQL rejects lines with the wrong number of columns, an empty id or a bad date.

The insert only says how many rows went in. When that is every line of the file (the common case),
nothing more is done; otherwise one more scan counts the rows, blank lines and rejected rows by
reason, and a streaming pass over the file finds the line numbers of the first few rejected rows.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import RepeatedIds
from .files import Prepared
from .lookups import SOVIET_YEARS
from .results import SHOWN, FileImport, Rejection

LINE_DELIMITER = "\x1f"  # the unit separator: never in these datasets, so each line is one field
REJECTS = "_detente_rejects"
SCANS = "_detente_reject_scans"
SEQUENCE = "_detente_seq"
SEQUENCE_BASE = "_detente_seq_base"  # a macro: the largest seq stored before this file
KIND_COLUMNS = "wrong number of columns"
KIND_BLANK = "blank"


@dataclass(frozen=True)
class Check:
    """One check on the fields of a row: SQL true when the row is bad, the kind, and the reason."""

    invalid: str  # SQL condition over the named fields
    kind: str  # e.g. "bad date"
    reason: str  # SQL expression of the reason shown, e.g. 'bad SQLDATE ' || "SQLDATE"


@dataclass(frozen=True)
class Layout:
    """A tab-separated dataset layout and how its rows become events."""

    origin: str  # gdelt, icews, polecat
    title: str  # e.g. "GDELT 2.0 events export"
    names: tuple[str, ...]  # the columns, in order
    header: bool  # whether the first line names the columns
    checks: tuple[Check, ...]
    events: Callable[[str], str]  # SQL SELECT of the events columns from a relation of good rows

    def field(self, name: str) -> str:
        return f'"{name}"'


def id_sql(origin: str, key: str) -> str:
    """SQL of an imported event's id: a hash of the origin and the dataset's own id (the same hash as
    :func:`event_id`)."""
    return f"left(sha256('{origin}:' || {key}), 16)"


def event_id(origin: str, key: str) -> str:
    """The id of an imported event, in Python (see id_sql)."""
    return hashlib.sha256(f"{origin}:{key}".encode()).hexdigest()[:16]


def pair_sql(a: str, b: str) -> str:
    """SQL of the unordered pair of two actor keys, as store.records.pair_key makes it ('PAK|RUS')."""
    return f"(CASE WHEN {a} <= {b} THEN {a} || '|' || {b} ELSE {b} || '|' || {a} END)"


@dataclass(frozen=True)
class ActorSql:
    """SQL expressions (over a row `r` and the joins) of one actor of a dataset row."""

    text: str  # the actor as the dataset writes it ('' when none)
    name: str
    country: str  # a detente state code or NULL (Russia in 1917-1991 is made SUN afterwards)
    org: str  # an organisation code or NULL: the key of an actor without a country
    sector: str  # a CAMEO role code or NULL


@dataclass(frozen=True)
class EventSql:
    """SQL expressions of the rest of an imported event."""

    key: str  # the dataset's own id of the event (origin_id)
    id_key: str  # what the event id hashes (the origin_id, unless that is not unique alone)
    day: str  # a DATE
    date_text: str  # the date as written
    event_type: str
    mode: str
    context: str  # a VARCHAR[]
    cameo: str
    goldstein: str
    quad_class: str
    trigger: str
    url: str = "NULL"


def events_select(
    origin: str, rows: str, joins: str, source: ActorSql, target: ActorSql, event: EventSql, seq: str = ""
) -> str:
    """SELECT of the events columns (store.records.EVENT_COLUMNS, in order) from a relation of good rows
    `r`; parameter: the document id. Computed in three levels so no expression is repeated per row.

    seq: SQL of the event's seq over `r`; by default the next value of a sequence (it costs a lock per
    row: a dataset with increasing numeric ids had better give base + id)."""
    seq = seq or f"nextval('{SEQUENCE}')"
    lo, hi = SOVIET_YEARS
    year = "year(_day)"

    def actor(p: str, a: ActorSql) -> str:
        return (
            f"{a.text} AS {p}_text, {a.name} AS {p}_name, {a.sector} AS {p}_sector, {a.org} AS {p}_org, "
            f"{a.country} AS {p}_raw"
        )

    def state(p: str) -> str:
        return f"CASE WHEN {p}_raw = 'RUS' AND {year} BETWEEN {lo} AND {hi} THEN 'SUN' ELSE {p}_raw END AS {p}_country"

    def code(p: str) -> str:
        return (
            f"CASE WHEN {p}_country IS NOT NULL THEN {p}_country || coalesce({p}_sector, '') ELSE {p}_org END "
            f"AS {p}_code, coalesce({p}_country, {p}_org, '') AS {p}_key"
        )

    inner = (
        f"SELECT r.line, {seq} AS _seq, {id_sql(origin, event.id_key)} AS id, {event.key} AS _key, "
        f"{event.day} AS _day, "
        f"{event.date_text} AS _date_text, {event.event_type} AS _type, {event.mode} AS _mode, "
        f"{event.context} AS _context, {event.cameo} AS _cameo, {event.goldstein} AS _goldstein, "
        f"{event.quad_class} AS _quad, {event.trigger} AS _trigger, {event.url} AS _url, "
        f"{actor('s', source)}, {actor('t', target)} FROM {rows} r {joins}"
    )
    states = f"SELECT *, {state('s')}, {state('t')} FROM ({inner})"
    coded = f"SELECT *, {code('s')}, {code('t')} FROM ({states})"
    return f"""
        SELECT id, _seq, ?, NULL,  -- no incident_id: a dataset row is its own act, keyed by its id
               s_text, s_name, s_country, s_sector, s_code, t_text, t_name, t_country, t_sector, t_code,
               s_key, t_key, {pair_sql('s_key', 't_key')}, false,
               _type, _mode, _context, _cameo, _goldstein, _quad, _trigger,
               _day, _day, 'day', _date_text, 'dataset', 'occurred',
               NULL, NULL, NULL, NULL, '[]', NULL, '[]', '{origin}', _key, _url, line
        FROM ({coded})"""


def quoted(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _reader(path: Path, header: bool, rejects: bool) -> str:
    errors = (
        f"store_rejects=true, rejects_table='{REJECTS}', rejects_scan='{SCANS}'" if rejects else "ignore_errors=true"
    )
    return (
        f"read_csv({quoted(str(path))}, delim='{LINE_DELIMITER}', quote='', escape='', "
        f"header={str(header).lower()}, columns={{'line': 'VARCHAR'}}, auto_detect=false, "
        f"strict_mode=false, {errors})"
    )


def _named(layout: Layout, path: Path, rejects: bool) -> str:
    fields = ", ".join(f"f[{i}] AS {layout.field(n)}" for i, n in enumerate(layout.names, 1))
    return (
        f"SELECT line, len(f) AS _n, {fields} FROM "
        f"(SELECT line, string_split(line, chr(9)) AS f FROM {_reader(path, layout.header, rejects)})"
    )


def _checked(layout: Layout, path: Path, rejects: bool) -> str:
    """Every line of the file with the kind of its fault and the reason (NULL for a good row)."""
    n = len(layout.names)
    tests = [("line IS NULL", KIND_BLANK, "'blank line'"),
             (f"_n <> {n}", KIND_COLUMNS, f"printf('expected {n} tab-separated columns, found %d', _n)")]
    tests += [(c.invalid, c.kind, c.reason) for c in layout.checks]
    kind = " ".join(f"WHEN {t} THEN {quoted(k)}" for t, k, _ in tests)
    reason = " ".join(f"WHEN {t} THEN {r}" for t, _, r in tests)
    return f"SELECT *, CASE {kind} END AS _kind, CASE {reason} END AS _reason FROM ({_named(layout, path, rejects)})"


def insert_sql(layout: Layout, path: Path, columns: list[str], dedupe: bool, stored: bool = True) -> str:
    """The INSERT of a file's good rows into events (parameter: the document id).

    Events stored already are left out by an anti-join, when the store holds events of this dataset
    (stored=True). A dataset id repeated within the file makes the insert fail on the primary key;
    the file is then imported again with dedupe=True, where INSERT OR IGNORE keeps one of the rows
    (slower: it groups every row by id)."""
    good = f"(SELECT * FROM ({_checked(layout, path, rejects=True)}) WHERE _kind IS NULL)"
    target = f"events ({', '.join(columns)})"
    if dedupe:
        return f"INSERT OR IGNORE INTO {target} {layout.events(good)}"
    if not stored:
        return f"INSERT INTO {target} {layout.events(good)}"
    stored_ids = f"(SELECT id FROM events WHERE origin = '{layout.origin}')"
    return f"INSERT INTO {target} SELECT n.* FROM ({layout.events(good)}) n ANTI JOIN {stored_ids} e ON n.id = e.id"


def has_events_of(con: Any, origin: str) -> bool:
    """Whether the store holds any event of a dataset (when not, no anti-join is needed)."""
    found = con.execute("SELECT count(*) FROM (SELECT 1 FROM events WHERE origin = ? LIMIT 1)", [origin])
    return bool(found.fetchone()[0])


def run(
    con: Any, layout: Layout, ready: Prepared, doc_id: str, columns: list[str], result: FileImport, dedupe: bool
) -> None:
    """Import one prepared file into events (inside the caller's transaction), filling result."""
    for table in (REJECTS, SCANS):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    base = con.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
    con.execute(f"CREATE OR REPLACE TEMP SEQUENCE {SEQUENCE} START WITH {int(base) + 1}")
    con.execute(f"CREATE OR REPLACE TEMP MACRO {SEQUENCE_BASE}() AS {int(base)}")
    try:
        sql = insert_sql(layout, ready.path, columns, dedupe, has_events_of(con, layout.origin))
        inserted = con.execute(sql, [doc_id]).fetchone()[0]
    except duckdb.ConstraintException:
        if dedupe:
            raise
        raise RepeatedIds() from None
    reader = _reader_rejections(con)
    lines = ready.lines - int(layout.header)
    result.imported = inserted
    result.reject(reader[0], reader[1])
    if lines == inserted + result.rejected:
        result.read = lines
        return
    seen, blank, kinds, first = _rejected_rows(con, layout, ready)
    result.read = seen - blank + result.rejected  # rows DuckDB read, and the lines its reader rejected
    result.reject(first, kinds)
    result.duplicates = result.read - result.rejected - inserted


READER_ERRORS = {
    "INVALID ENCODING": ("not UTF-8", "bytes that are not UTF-8 (is the file in another encoding?)"),
    "TOO MANY COLUMNS": ("control character", "a control character (0x1F) in the line"),
    "LINE SIZE OVER MAXIMUM": ("line too long", "the line is too long to be a row"),
}


def _reader_rejections(con: Any) -> tuple[list[Rejection], Counter[str]]:
    """The lines DuckDB's reader rejected: the first few, and all counted by kind."""
    per_line = f"SELECT line, min(error_type) AS t, min(error_message) AS m FROM {REJECTS} GROUP BY line"
    kinds: Counter[str] = Counter()
    for error_type, count in con.execute(f"SELECT t, count(*) FROM ({per_line}) GROUP BY t").fetchall():
        kinds[READER_ERRORS.get(error_type, (error_type.lower(), ""))[0]] += count
    first = []
    for line, error_type, message in con.execute(f"{per_line} ORDER BY line LIMIT {SHOWN}").fetchall():
        kind, reason = READER_ERRORS.get(error_type, (error_type.lower(), (message or "").splitlines()[0]))
        first.append(Rejection(int(line), reason, kind))
    return first, kinds


def _rejected_rows(con: Any, layout: Layout, ready: Prepared) -> tuple[int, int, Counter[str], list[Rejection]]:
    """The rows read (without the lines the reader rejected), the blank lines among them, the rows
    rejected by the checks (counted by kind), and the first few of those."""
    checked = _checked(layout, ready.path, rejects=False)
    kinds: Counter[str] = Counter(
        dict(con.execute(f"SELECT coalesce(_kind, ''), count(*) FROM ({checked}) GROUP BY _kind").fetchall())
    )
    seen = sum(kinds.values())
    kinds.pop("", None)
    blank = kinds.pop(KIND_BLANK, 0)
    sample = con.execute(
        f"SELECT line, _reason, _kind FROM ({checked}) WHERE _kind IS NOT NULL AND _kind <> '{KIND_BLANK}' "
        f"LIMIT {SHOWN}"
    ).fetchall()
    where = locate(ready.path, [line for line, _, _ in sample])
    first = [Rejection(where.get(line, 0), reason, kind) for line, reason, kind in sample]
    return seen, blank, kinds, first


def locate(path: Path, lines: list[str]) -> dict[str, int]:
    """The line number of each of a few lines of text, found by reading the file once (stopping early)."""
    wanted = {line.encode("utf-8"): line for line in lines}
    found: dict[str, int] = {}
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            text = wanted.get(raw.rstrip(b"\r\n"))
            if text is not None and text not in found:
                found[text] = number
                if len(found) == len(wanted):
                    break
    return found


def distinct(con: Any, layout: Layout, ready: Prepared, expressions: list[str]) -> list[str]:
    """The distinct non-null values of some SQL expressions over the good rows of a file (a quick scan,
    for resolving names in Python before the import)."""
    rows = f"(SELECT * FROM ({_checked(layout, ready.path, rejects=False)}) WHERE _kind IS NULL)"
    values = ", ".join(expressions)
    found = con.execute(f"SELECT DISTINCT v FROM (SELECT unnest([{values}]) AS v FROM {rows}) WHERE v IS NOT NULL")
    return [r[0] for r in found.fetchall()]


def header_of(ready: Prepared) -> tuple[str, ...]:
    """The column names on the first line of a file with a header."""
    head = ready.head_lines(1)
    return tuple(head[0].decode("utf-8", "replace").split("\t")) if head else ()
