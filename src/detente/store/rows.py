"""Inserting many rows into a table at once, for every writer of the store (documents, sentences,
events, incidents) and for the Dask engine's combining of partitions."""

from __future__ import annotations

from typing import Any


def insert_rows(con: Any, table: str, rows: list[list[Any]], chunk: int = 500) -> None:
    """Insert rows with multi-row statements (DuckDB runs executemany row by row: slow)."""
    for at in range(0, len(rows), chunk):
        part = rows[at : at + chunk]
        marks = "(" + ", ".join("?" * len(part[0])) + ")"
        con.execute(
            f"INSERT INTO {table} VALUES " + ", ".join([marks] * len(part)),
            [value for row in part for value in row],
        )
