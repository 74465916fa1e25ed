"""Tests of the dyad-ordered layout of a large store (detente.store.clustering)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from detente.ingest import import_dataset, ingest_documents
from detente.reading import read_text
from detente.store import clustering, open_store

TEXTS = [
    "Putin visited Beijing on 5 May 2015.",
    "Russia and Pakistan held a joint exercise on 2 October 2016.",
    "The Soviet Union signed a treaty of friendship with India in August 1971.",
    "The United States imposed sanctions on Russia in March 2014.",
    "China and Russia held a naval exercise in October 2016.",
    "India and Pakistan agreed to a ceasefire on 22 September 1965.",
]


def fill(path: Path, texts: list[str]) -> None:
    with open_store(path) as store:
        ingest_documents(store, [read_text(t) for t in texts], cluster=False)


def snapshot(store) -> dict[str, list]:
    """Everything a query can see, in a stable order."""
    return {
        "events": sorted(store.events(mentions=True), key=lambda r: r["id"]),
        "incidents": sorted(store.events(), key=lambda r: r["id"]),
        "timeline": store.timeline("RUS", "PAK"),
        "dyads": store.dyads(),
    }


def physical_pairs(path: Path) -> list[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT pair_key FROM events").fetchall()]
    finally:
        con.close()


def test_clustering_orders_rows_by_dyad_and_changes_no_answer(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    fill(path, TEXTS)
    assert physical_pairs(path) != sorted(physical_pairs(path))  # stored in document order
    with open_store(path) as store:
        before = snapshot(store)
        assert store.cluster() == len(before["events"])
        assert snapshot(store) == before
    assert physical_pairs(path) == sorted(physical_pairs(path))


def test_a_clustered_store_keeps_its_keys_and_indexes(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    fill(path, TEXTS)
    with open_store(path) as store:
        store.cluster()
        con = store.con
        indexes = {r[0] for r in con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
        assert {"events_doc", "events_incident", "incidents_pair"} <= indexes
        some_id = con.execute("SELECT id FROM events LIMIT 1").fetchall()[0][0]
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO events (id, doc_id) VALUES (?, 'x')", [some_id])
        # more documents after clustering are stored and found as before
        ingest_documents(store, [read_text("Russia and India signed an arms deal in March 2019.")], cluster=False)
        assert any(r["trigger"] for r in store.timeline("RUS", "IND") if r["date"]["start"] == "2019-03-01")


def test_clustering_waits_until_enough_rows_are_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clustering, "MIN_NEW_ROWS", 4)
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        ingest_documents(store, [read_text(t) for t in TEXTS[:2]])  # 2 events: too few
        assert clustering.clustered_rows(store.con) == 0
        ingest_documents(store, [read_text(t) for t in TEXTS[2:]])  # now 6 events, none ordered yet
        assert clustering.clustered_rows(store.con) == 6
        assert not store.needs_clustering()
        ingest_documents(store, [read_text("Russia and India signed an arms deal in March 2019.")])
        assert clustering.clustered_rows(store.con) == 6  # 1 new row is under the minimum


def test_a_failed_clustering_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.duckdb"
    fill(path, TEXTS)
    with open_store(path) as store:
        before = snapshot(store)

        def broken(table: str) -> list[str]:
            raise RuntimeError("disk full")

        monkeypatch.setattr(clustering.schema, "index_ddl", broken)
        with pytest.raises(RuntimeError):
            store.cluster()
    monkeypatch.undo()
    with open_store(path, read_only=True) as store:
        assert snapshot(store) == before
        assert clustering.clustered_rows(store.con) == 0


def test_records_built_from_columns_equal_those_built_from_rows(tmp_path: Path) -> None:
    """Queries build event records from the columns of their result (records.records_from_columns);
    they must be exactly what records.event_record builds from the row, field by field and in the
    same order (the order of a record's fields is the order of its JSON line)."""
    from detente.store import query
    from detente.store.records import event_record

    path = tmp_path / "s.duckdb"
    texts = [*TEXTS, "Russia and Pakistan signed a defence agreement in Islamabad.8 It was welcomed.\n\n"
             "References:\n8. News agency report, 20 November 2014, accessed on 27 Jan 2019.\n"]
    fill(path, texts)
    with open_store(path) as store:
        import_dataset(store, "sipri", [str(Path(__file__).parent / "fixtures" / "sources" / "sipri_register.csv")])
        built = {r["id"]: r for r in store.events(mentions=True, origin="all")}
        incidents = {r["id"]: r for r in store.events(origin="all")}
        rows = query._rows(store.con, "SELECT * FROM events", [])
    assert len(built) == len(rows) > len(TEXTS)
    assert any(r["references"] for r in built.values()) and any(r["origin"] == "sipri" for r in built.values())
    for row in rows:
        expected = event_record(row)
        expected["curation"] = None
        got = {k: v for k, v in built[row["id"]].items() if k not in ("n_mentions", "n_docs")}
        assert got == expected and list(got) == list(expected)
        if row["id"] in incidents:
            got = {k: v for k, v in incidents[row["id"]].items() if k not in ("n_mentions", "n_docs", "doc_ids")}
            assert got == expected and list(got) == list(expected)
