"""Fuzzing each importer's line parser (GDELT, ICEWS, POLECAT, SIPRI) with Hypothesis: a file of good rows of
a fixture, then one to five rows with fields replaced by junk (dates that do not exist, numbers too big,
control characters, NA, missing or extra columns, bytes that are not UTF-8). Properties: the file is
imported, never refused as a whole for its bad lines; every line read is stored (or found stored already)
or rejected with its line number; the good rows are never rejected. Budgets: see fuzzing.py (an import
takes a DuckDB transaction, about 0.1 s, so each example holds several rows)."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.ingest import import_dataset
from detente.sources.formats import ICEWS, POLECAT
from detente.store import open_store
from fuzzing import budget, counted, fuzz_report  # noqa: F401 - fuzz_report: a module fixture

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
GOOD_ROWS = 3  # good rows before the fuzzed one: they, not the fuzzed row, set a GDELT file's layout
_serial = itertools.count(1)


@pytest.fixture(scope="module")
def store() -> Iterator[object]:
    with tempfile.TemporaryDirectory(prefix="detente-fuzz-") as name, open_store(Path(name) / "fuzz.duckdb") as s:
        s.folder = Path(name)  # type: ignore[attr-defined]
        yield s


def _fixture_line(name: str, index: int) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8").splitlines()[index]


JUNK = ["", " ", "NA", "0", "-1", "?", ";", "99999999999999999999999", "1e309", "nan", "2018-02-30", "20191301",
        "0000-00-00", "9999-12-31", "18000101", "Russian Federation", "Soviet Union", "United Nations**", "Kosovo*",
        "\x00", "\x1b[2J", "\u202e", "\ufeff", "\u00e9", "'; DROP TABLE events; --", "\\", '"', "NULL"]
fields = st.one_of(st.sampled_from(JUNK), st.integers().map(str),
                   st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\t\r\n\x1f"), max_size=12))


@st.composite
def fuzzed(draw: st.DrawFn, template: list[str], separator: str) -> bytes:
    """The template row with some fields replaced, maybe a column more or fewer, maybe a bad byte."""
    row = [draw(fields) if draw(st.integers(0, 3)) == 0 else value for value in template]
    change = draw(st.sampled_from([0, 0, 0, -1, 1]))
    if change < 0:
        row.pop(draw(st.integers(0, len(row) - 1)))
    elif change > 0:
        row.insert(draw(st.integers(0, len(row))), draw(fields))
    line = separator.join(value.replace(separator, " ") for value in row).encode("utf-8")
    if draw(st.integers(0, 9)) == 0:
        at = draw(st.integers(0, len(line)))
        line = line[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\x81", b"\xe2\x82"])) + line[at:]
    return line


def _import(store, dataset: str, head: list[str], good: list[str], rows: list[bytes]) -> None:
    """Import head + good rows + the fuzzed rows, and check the properties of the module docstring."""
    path = store.folder / f"{dataset}-{next(_serial)}.txt"
    text = "\n".join(head + good).encode("utf-8") + b"\n" + b"\n".join(rows) + b"\n"
    path.write_bytes(text)
    [result] = import_dataset(store, dataset, [str(path)])
    assert result.error is None, result.error
    if result.already:
        return
    first_fuzzed = len(head) + len(good) + 1
    fuzzed_lines = set(range(first_fuzzed, first_fuzzed + len(rows)))
    rejected = {r.line for r in result.first}
    assert result.rejected == len(result.first) <= len(rows) and rejected <= fuzzed_lines, result.as_dict()
    assert result.imported + result.duplicates + result.rejected == result.read, result.as_dict()
    if dataset != "sipri":  # a SIPRI row cut short is joined with the next (a line break in a field)
        assert result.read == len(good) + sum(1 for row in rows if row.strip()), result.as_dict()


def _serial_ids(lines: list[str], column: int, separator: str = "\t") -> list[str]:
    """The lines with fresh ids, so that every example's good rows are new to the store."""
    out = []
    for line in lines:
        values = line.split(separator)
        values[column] = str(next(_serial) + 90_000_000)
        out.append(separator.join(values))
    return out


GDELT_ROW = _fixture_line("gdelt_more.export.CSV", 0).split("\t")
ICEWS_ROW = _fixture_line("icews_small.tab", 1).split("\t")
POLECAT_ROW = _fixture_line("polecat_weekly.txt", 1).split("\t")
SIPRI_LINES = (FIXTURES / "sipri_register.csv").read_text(encoding="cp1252", errors="replace").splitlines()
SIPRI_HEAD = SIPRI_LINES[: SIPRI_LINES.index(next(line for line in SIPRI_LINES if line.startswith("Recipient,")))
                         + 1]
SIPRI_ROW = SIPRI_LINES[len(SIPRI_HEAD)].split(",")


@budget(10)
@given(rows=st.lists(fuzzed(GDELT_ROW, "\t"), min_size=1, max_size=5))
@counted("importer: gdelt")
def test_fuzz_gdelt_lines(store, rows: list[bytes]) -> None:
    _import(store, "gdelt", [], _serial_ids(["\t".join(GDELT_ROW)] * GOOD_ROWS, 0), rows)


@budget(10)
@given(rows=st.lists(fuzzed(ICEWS_ROW, "\t"), min_size=1, max_size=5))
@counted("importer: icews")
def test_fuzz_icews_lines(store, rows: list[bytes]) -> None:
    _import(store, "icews", ["\t".join(ICEWS)], _serial_ids(["\t".join(ICEWS_ROW)] * GOOD_ROWS, 0), rows)


@budget(10)
@given(rows=st.lists(fuzzed(POLECAT_ROW, "\t"), min_size=1, max_size=5))
@counted("importer: polecat")
def test_fuzz_polecat_lines(store, rows: list[bytes]) -> None:
    good = [line.replace("20230102-0001", f"20230102-{next(_serial):07d}") for line in ["\t".join(POLECAT_ROW)] *
            GOOD_ROWS]
    _import(store, "polecat", ["\t".join(POLECAT)], good, rows)


@budget(10)
@given(rows=st.lists(fuzzed(SIPRI_ROW, ","), min_size=1, max_size=5))
@counted("importer: sipri")
def test_fuzz_sipri_lines(store, rows: list[bytes]) -> None:
    # SIPRI orders have no id of their own: a fresh comment makes each good row a new order
    good = [",".join(SIPRI_ROW[:12] + [f"order {next(_serial)}"] + SIPRI_ROW[13:]) for _ in range(GOOD_ROWS)]
    _import(store, "sipri", SIPRI_HEAD, good, rows)
