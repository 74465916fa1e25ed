"""Helpers of the tests that damage stores on purpose: a store big enough to span many blocks, and the
ways a file gets damaged (cut short, a block overwritten)."""

from __future__ import annotations

from pathlib import Path

import duckdb

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
HEADER_BYTES = 3 * 4096  # DuckDB's file header blocks, before the first data block
BLOCK_BYTES = 262144  # DuckDB's block size


def gdelt_export(path: Path, rows: int) -> Path:
    """A GDELT 2.0 export of `rows` events, each its own id and a long source URL (so that the rows of
    a store span many blocks), made from the row of a fixture."""
    template = (FIXTURES / "gdelt_more.export.CSV").read_text(encoding="utf-8").splitlines()[0].split("\t")
    lines = []
    for n in range(rows):
        fields = list(template)
        fields[0] = str(2_000_000 + n)
        fields[-1] = f"https://example.org/news/{n}/" + "x" * 300
        lines.append("\t".join(fields))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def block_of(path: Path, table: str, column: str) -> int:
    """A block holding the data of one column of one table only (no other table or column shares it)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(
            "SELECT t.table_name, s.column_name, s.block_id FROM duckdb_tables() t, "
            "LATERAL pragma_storage_info(t.table_name) s WHERE s.block_id >= 0"
        ).fetchall()
    except duckdb.Error:  # older DuckDB: ask table by table
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        rows = [(t, c, b) for t in tables for c, b in con.execute(
            f"SELECT column_name, block_id FROM pragma_storage_info('{t}') WHERE block_id >= 0").fetchall()]
    finally:
        con.close()
    users: dict[int, set[tuple[str, str]]] = {}
    for t, c, b in rows:
        users.setdefault(b, set()).add((t, c))
    only = sorted(b for b, who in users.items() if who == {(table, column)})
    assert only, f"no block holds {table}.{column} alone"
    return only[len(only) // 2]


def overwrite_block(path: Path, block: int) -> None:
    """Overwrite the middle of a block with junk (as a failing disk or a stray write would)."""
    with path.open("r+b") as handle:
        handle.seek(HEADER_BYTES + block * BLOCK_BYTES + BLOCK_BYTES // 2)
        handle.write(b"\xab" * 4096)


def cut_short(path: Path, keep: float) -> None:
    """Truncate the file to a share of its size (a copy interrupted, a disk full while copying)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(int(size * keep))
