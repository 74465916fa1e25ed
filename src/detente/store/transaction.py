"""Ending a transaction that failed."""

from __future__ import annotations

import contextlib
from typing import Any

import duckdb


def rollback(con: Any) -> None:
    """Undo the transaction in progress; quietly when a failed COMMIT (a full disk) has ended it
    already, so that the error the caller goes on to raise is the one that matters, not DuckDB's
    "cannot rollback - no transaction is active"."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")
