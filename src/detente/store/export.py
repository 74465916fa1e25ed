"""Exports of a store: events, incidents and documents as Parquet, CSV or JSON lines, and a
GDELT-style event file.

Parquet and CSV are written by DuckDB's built-in COPY (no pandas needed); Parquet keeps the
column types (context stays a list), CSV joins lists with ';'. JSON lines hold the event
records of DESIGN.md. The GDELT file (events.gdelt.tsv) has the 61 tab-separated columns
of a GDELT 2.0 event export, no header, one row per incident that occurred and is dated:
GLOBALEVENTID is a row number, NumMentions/NumSources/NumArticles count the incident's
events and documents, AvgTone and the geography are left empty (0 and blanks).

Events an analyst rejected are left out of every export; a store with curation decisions also
writes their audit trail (curations.parquet, .csv or .jsonl), so the decisions travel with the data.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ..errors import OptionError, StoreError
from . import query

FORMATS = ("parquet", "csv", "jsonl", "gdelt")
TABLES = {
    "events": "SELECT * EXCLUDE (source_key, target_key, pair_key) FROM events "
    "WHERE curation IS DISTINCT FROM 'rejected' ORDER BY seq",
    "incidents": "SELECT * FROM incidents ORDER BY date_start NULLS LAST, incident_id",
    "documents": "SELECT * FROM documents ORDER BY ingested_at, doc_id",
    "curations": "SELECT * FROM curations ORDER BY seq",
}


def _tables(con: Any) -> dict[str, str]:
    """The tables to export: the audit trail only when there is one."""
    if con.execute("SELECT count(*) FROM curations").fetchone()[0]:
        return TABLES
    return {name: sql for name, sql in TABLES.items() if name != "curations"}


def export(con: Any, fmt: str, out_dir: Path) -> list[Path]:
    """Write the store's tables to out_dir in fmt; returns the files written."""
    if fmt not in FORMATS:
        raise OptionError("--format", f"'{fmt}' is not an export format: one of {', '.join(FORMATS)}")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(str(out_dir), f"cannot create the output directory: {exc.strerror}") from None
    if fmt == "gdelt":
        return [_gdelt(con, out_dir / "events.gdelt.tsv")]
    if fmt == "jsonl":
        return _jsonl(con, out_dir)
    written = []
    for name, sql in _tables(con).items():
        path = out_dir / f"{name}.{fmt}"
        if fmt == "csv":
            sql = (
                f"SELECT * REPLACE (array_to_string(context, ';') AS context) FROM ({sql})"
                if name == "events"
                else sql
            )
            options = "FORMAT CSV, HEADER"
        else:
            options = "FORMAT PARQUET"
        con.execute(f"COPY ({sql}) TO '{_quoted(path)}' ({options})")
        written.append(path)
    return written


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _jsonl(con: Any, out_dir: Path) -> list[Path]:
    path = out_dir / "events.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for record in query.events(con, mentions=True, origin=None):
            record.pop("n_mentions", None)
            record.pop("n_docs", None)
            out.write(query.dumps(record) + "\n")
    written = [path]
    for name in [n for n in _tables(con) if n != "events"]:
        path = out_dir / f"{name}.jsonl"
        cur = con.execute(TABLES[name])
        names = [d[0] for d in cur.description]
        with path.open("w", encoding="utf-8") as out:
            for row in cur.fetchall():
                out.write(
                    json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False, default=str) + "\n"
                )
        written.append(path)
    return written


def _actor(code: str | None, name: str | None, country: str | None, sector: str | None) -> list[str]:
    """The ten GDELT actor columns: code, name, country, known group, ethnic, 2 religions, 3 types."""
    return [code or "", (name or "").upper(), country or "", "", "", "", "", sector or "", "", ""]


def gdelt_rows(con: Any) -> list[list[Any]]:
    """The GDELT 2.0 event rows of the store (see the module docstring)."""
    records = query.events(con, status="occurred", origin=None)
    added = dict(
        con.execute("SELECT doc_id, strftime(ingested_at, '%Y%m%d%H%M%S') FROM documents").fetchall()
    )
    where = dict(con.execute("SELECT doc_id, coalesce(url, path, doc_id) FROM documents").fetchall())
    rows = []
    for n, r in enumerate((r for r in records if r["date"]["start"]), 1):
        day = r["date"]["start"]
        year, month = int(day[:4]), int(day[5:7])
        fraction = round(year + (int(day[5:7]) - 1) / 12 + (int(day[8:10]) - 1) / 365, 4)
        s, t = r["source"], r["target"]
        cameo = r["cameo"] or ""
        rows.append(
            [
                n,
                day.replace("-", ""),
                f"{year}{month:02d}",
                year,
                fraction,
                *_actor(s["code"], s["name"] or s["text"], s["country"], s["sector"]),
                *_actor(t["code"], t["name"] or t["text"], t["country"], t["sector"]),
                1,
                cameo,
                cameo[:3],
                cameo[:2],
                r["quad_class"] or "",
                r["goldstein"] if r["goldstein"] is not None else "",
                r["n_mentions"] or 1,
                r["n_docs"] or 1,
                r["n_docs"] or 1,
                0,
                *([0] + [""] * 7) * 3,
                added.get(r["doc_id"], ""),
                where.get(r["doc_id"], ""),
            ]
        )
    return rows


def _gdelt(con: Any, path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter="\t", lineterminator="\n").writerows(gdelt_rows(con))
    return path
