"""The datasets detente imports and, for a given file, the plan of its import: what the document is
called, and how its rows become events (one SQL statement, or rows built in Python)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from ..errors import OptionError
from . import gdelt, icews, polecat, sipri, tabular
from .files import Prepared
from .results import FileImport

DATASETS = ("gdelt", "icews", "polecat", "sipri")

Prepare = Callable[[Any], None]  # resolve names into temporary tables on the connection
RunSql = Callable[[Any, str, list[str], FileImport, bool], None]  # (con, doc_id, columns, result, dedupe)
Rows = Callable[[str, int, FileImport], Iterator[list[Any]]]  # (doc_id, first seq, result) -> events rows


def check_dataset(dataset: str) -> str:
    """The dataset name, or an OptionError listing the ones detente imports."""
    name = dataset.strip().lower()
    if name not in DATASETS:
        raise OptionError("dataset", f"'{dataset}' is not one of {', '.join(DATASETS)}")
    return name


@dataclass(frozen=True)
class Plan:
    """How one file is imported."""

    dataset: str
    title: str
    published: date | None
    prepare: Prepare | None = None  # before the transaction
    run_sql: RunSql | None = None  # the import as SQL (tab-separated datasets)
    rows: Rows | None = None  # or the events rows, built in Python (SIPRI)


def plan(dataset: str, ready: Prepared) -> Plan:
    """The plan of importing a file as a dataset; WrongFormat when the file is not that dataset."""
    if dataset == "gdelt":
        layout = gdelt.layout_of(ready)
        return Plan(dataset, gdelt.title(layout, ready), gdelt.published(ready), None, _sql(layout, ready))
    if dataset == "icews":
        layout = icews.layout_of(ready)
        return Plan(dataset, icews.TITLE, None, lambda con: icews.prepare(con, ready), _sql(layout, ready))
    if dataset == "polecat":
        layout = polecat.layout_of(ready)
        return Plan(dataset, polecat.TITLE, None, lambda con: polecat.prepare(con, ready), _sql(layout, ready))
    if dataset == "sipri":
        sipri.header_line(ready)

        def rows(doc_id: str, seq: int, result: FileImport) -> Iterator[list[Any]]:
            return sipri.rows(ready, doc_id, seq, result)

        return Plan(dataset, sipri.TITLE, sipri.published(ready), rows=rows)
    raise ValueError(f"unknown dataset {dataset!r}")


def _sql(layout: tabular.Layout, ready: Prepared) -> RunSql:
    def run(con: Any, doc_id: str, columns: list[str], result: FileImport, dedupe: bool) -> None:
        tabular.run(con, layout, ready, doc_id, columns, result, dedupe)

    return run


@dataclass(frozen=True)
class DatasetPage:
    """What a page says of a dataset an event was imported from: its title and where it is published."""

    name: str
    title: str
    url: str


def dataset_page(name: str) -> DatasetPage | None:
    """The title and home page of a dataset (data/dataset_pages.tsv), or None for an unknown name."""
    text = resources.files("detente.sources").joinpath("data", "dataset_pages.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, title, url = (x.strip() for x in line.split("\t"))
            if key == name:
                return DatasetPage(key, title, url)
    return None
