"""Tests of curation: confirm, reject, edit and undo events, the audit trail, and that every query,
export, report and recode respects the decisions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from detente.analysis import analyse_store
from detente.ingest import ingest_documents
from detente.ontology import goldstein, quad_class
from detente.reading import read_text
from detente.store import open_store
from detente.store.curation import CurationConflict, CurationError, UnknownEvent
from detente.store.schema import SCHEMA_VERSION

VISIT_A = "Putin visited Beijing on 5 May 2015."
VISIT_B = "Russian President Vladimir Putin travelled to China on May 5, 2015."
VISIT_C = "On 5 May 2015 Vladimir Putin visited China for talks."
EXERCISE = "Russia and Pakistan held a joint military exercise in October 2016."
AGREEMENT = "Pakistan and Russia signed a defence cooperation agreement on 20 November 2014."
TWO_ACTS = ("Russia and Pakistan held a joint exercise on 2 October 2018. "
            "Pakistan and Russia signed a defence agreement on 20 November 2019.")


def docs(*texts: str) -> list:
    return [read_text(t) for t in texts]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("curation") / "filled.duckdb"
    with open_store(path) as store:
        ingest_documents(store, docs(VISIT_A, VISIT_B, EXERCISE, AGREEMENT, TWO_ACTS))
    return path


@pytest.fixture()
def store(filled: Path, tmp_path: Path):
    """A fresh copy of the filled store, open for writing."""
    path = tmp_path / "s.duckdb"
    shutil.copy(filled, path)
    with open_store(path) as s:
        yield s


def event_of(store, text: str) -> dict:
    (record,) = store.events(doc=read_text(text).id, mentions=True, include_rejected=True)
    return record


# --- decisions and their trail -------------------------------------------------------------------


def test_confirm_is_recorded_with_who_when_and_reason(store) -> None:
    e = event_of(store, EXERCISE)
    entry = store.curate(e["id"], "confirm", "checked against the ministry's statement", "ana")
    assert (entry["seq"], entry["action"], entry["who"], entry["reason"]) == (
        1, "confirm", "ana", "checked against the ministry's statement")
    assert entry["changes"] == {"curation": [None, "confirmed"]}
    assert entry["at"].endswith("Z") and entry["at"][:2] == "20"
    assert event_of(store, EXERCISE)["curation"] == "confirmed"
    assert store.timeline("RUS", "PAK")[0]["curation"] in (None, "confirmed")


def test_reject_leaves_the_event_out_of_queries_exports_and_reports(store, tmp_path: Path) -> None:
    e = event_of(store, EXERCISE)
    before = {r["id"] for r in store.timeline("RUS", "PAK")}
    assert e["id"] in before
    store.curate(e["id"], "reject", "the exercise was in 2018, not 2016", "ana")
    assert e["id"] not in {r["id"] for r in store.timeline("RUS", "PAK")}
    assert e["id"] not in {r["id"] for r in store.events(mentions=True)}
    assert e["id"] in {r["id"] for r in store.events(mentions=True, include_rejected=True)}
    pair = next(d for d in store.dyads() if (d["a"], d["b"]) == ("PAK", "RUS"))
    assert pair["events"] == len(before) - 1
    store.export("jsonl", tmp_path / "out")
    exported = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").open(encoding="utf-8")]
    assert e["id"] not in {r["id"] for r in exported}
    trail = [json.loads(line) for line in (tmp_path / "out" / "curations.jsonl").open(encoding="utf-8")]
    assert [t["action"] for t in trail] == ["reject"]
    written = store.export("parquet", tmp_path / "pq")
    assert "curations.parquet" in {p.name for p in written}
    analysis = analyse_store(store, "RUS", "PAK")
    assert e["id"] not in {r["id"] for r in analysis.records}


def test_a_store_without_decisions_exports_no_trail(store, tmp_path: Path) -> None:
    written = store.export("csv", tmp_path)
    assert {p.name for p in written} == {"events.csv", "incidents.csv", "documents.csv"}


def test_undo_puts_the_values_back_and_is_itself_recorded(store) -> None:
    e = event_of(store, EXERCISE)
    store.curate(e["id"], "reject", "wrong", "ana")
    entry = store.undo(1, "I misread the date", "ben")
    assert (entry["action"], entry["undoes"], entry["who"]) == ("undo", 1, "ben")
    assert entry["changes"] == {"curation": ["rejected", None]}
    assert e["id"] in {r["id"] for r in store.timeline("RUS", "PAK")}
    trail = store.curations(e["id"])
    assert [(t["seq"], t["action"], t["undone_by"]) for t in trail] == [(1, "reject", 2), (2, "undo", None)]
    assert [t["undoable"] for t in trail] == [False, False]
    with pytest.raises(CurationConflict):
        store.undo(1)
    with pytest.raises(CurationConflict):
        store.undo(2)  # an undo is not undone: the decision is made again instead


def test_undo_is_refused_while_a_later_decision_changed_the_same_values(store) -> None:
    e = event_of(store, EXERCISE)
    store.curate(e["id"], "edit", "the source says planned", "ana", status="planned")
    store.curate(e["id"], "edit", "it was cancelled", "ana", status="cancelled")
    with pytest.raises(CurationConflict, match="later decision"):
        store.undo(1)
    store.undo(2)
    store.undo(1)
    assert event_of(store, EXERCISE)["status"] == "occurred"


def test_edit_type_brings_the_cameo_code_goldstein_and_quad_class_along(store) -> None:
    e = event_of(store, AGREEMENT)
    entry = store.curate(e["id"], "edit", "a meeting, not an agreement", "ana", event_type="consult")
    after = event_of(store, AGREEMENT)
    assert after["event_type"] == "CONSULT"
    assert after["cameo"] != e["cameo"] and after["cameo"].startswith("04")
    assert (after["goldstein"], after["quad_class"]) == (goldstein(after["cameo"]), quad_class(after["cameo"]))
    assert entry["changes"]["event_type"] == [e["event_type"], "CONSULT"]
    assert entry["changes"]["cameo"] == [e["cameo"], after["cameo"]]
    store.undo(entry["seq"])
    assert event_of(store, AGREEMENT)["cameo"] == e["cameo"]


def test_edit_actor_and_date_keeps_keys_consistent(store) -> None:
    e = event_of(store, EXERCISE)
    store.curate(e["id"], "edit", "it was India", "ana", target="ind", date_start="2016-10-05",
                 date_end="2016-10-09", date_precision="day")
    after = event_of(store, EXERCISE)
    assert (after["target"]["country"], after["target"]["name"]) == ("IND", "India")
    assert after["date"]["start"] == "2016-10-05" and after["date"]["precision"] == "day"
    assert after["date"]["text"] == e["date"]["text"]  # the words of the text stay what they were
    assert e["id"] not in {r["id"] for r in store.timeline("RUS", "PAK")}
    assert e["id"] in {r["id"] for r in store.timeline("IND", "RUS")}
    row = store.con.execute("SELECT source_key, target_key, pair_key FROM events WHERE id = ?", [e["id"]]).fetchone()
    assert row == ("RUS", "IND", "IND|RUS")


@pytest.mark.parametrize(
    ("action", "reason", "edits", "field"),
    [
        ("edit", "x", {"event_type": "HUG"}, "event_type"),
        ("edit", "x", {"source": "XX1"}, "source"),
        ("edit", "x", {"target": "Atlantis"}, "target"),
        ("edit", "x", {"date_start": "2016-13-01", "date_end": "2016-12-01"}, "date_start"),
        ("edit", "x", {"date_start": "2017-01-01", "date_end": "2016-01-01"}, "date_end"),
        ("edit", "x", {"date_precision": "fortnight"}, "date_precision"),
        ("edit", "x", {"status": "happened"}, "status"),
        ("edit", "x", {"colour": "red"}, "colour"),
        ("edit", "x", {"status": "occurred"}, "edit"),  # changes nothing
        ("edit", "", {"status": "planned"}, "reason"),
        ("reject", "  ", {}, "reason"),
        ("delete", "x", {}, "action"),
    ],
)
def test_bad_decisions_are_refused_naming_the_field(store, action, reason, edits, field) -> None:
    e = event_of(store, EXERCISE)
    with pytest.raises(CurationError) as caught:
        store.curate(e["id"], action, reason, "ana", **edits)
    assert caught.value.field == field
    assert store.curations(e["id"]) == []
    assert event_of(store, EXERCISE) == e


def test_unknown_event_and_decision(store) -> None:
    with pytest.raises(UnknownEvent):
        store.curate("0000000000000000", "confirm")
    with pytest.raises(UnknownEvent):
        store.undo(99)


# --- incidents -----------------------------------------------------------------------------------


def test_a_rejected_mention_no_longer_counts_in_its_incident(store) -> None:
    (visit,) = [r for r in store.timeline("RUS", "CHN") if r["event_type"] == "CONSULT"]
    assert visit["n_mentions"] == 2 and visit["n_docs"] == 2
    first = event_of(store, VISIT_A)
    store.curate(first["id"], "reject", "a duplicate wire copy", "ana")
    (after,) = [r for r in store.timeline("RUS", "CHN") if r["event_type"] == "CONSULT"]
    assert after["id"] == event_of(store, VISIT_B)["id"]  # the other mention represents the incident now
    assert (after["n_mentions"], after["n_docs"]) == (1, 1)
    # a new report of the same visit joins the incident; the rejected mention still does not count
    ingest_documents(store, docs(VISIT_C))
    (joined,) = [r for r in store.timeline("RUS", "CHN") if r["event_type"] == "CONSULT"]
    assert (joined["n_mentions"], joined["n_docs"]) == (2, 2)
    store.undo(1)
    (restored,) = [r for r in store.timeline("RUS", "CHN") if r["event_type"] == "CONSULT"]
    assert (restored["n_mentions"], restored["n_docs"]) == (3, 3)


def test_an_edit_moves_the_event_out_of_its_incident_and_undo_brings_it_back(store) -> None:
    a = event_of(store, VISIT_A)
    store.curate(a["id"], "edit", "a different trip", "ana", date_start="2015-09-03", date_end="2015-09-03")
    visits = sorted((r["date"]["start"], r["n_mentions"]) for r in store.timeline("RUS", "CHN")
                    if r["event_type"] == "CONSULT")
    assert visits == [("2015-05-05", 1), ("2015-09-03", 1)]
    moved = event_of(store, VISIT_A)["incident_id"]
    assert moved != event_of(store, VISIT_B)["incident_id"]
    store.undo(1)
    assert event_of(store, VISIT_A)["incident_id"] == event_of(store, VISIT_B)["incident_id"]
    (visit,) = [r for r in store.timeline("RUS", "CHN") if r["event_type"] == "CONSULT"]
    assert visit["n_mentions"] == 2


# --- recoding keeps decisions --------------------------------------------------------------------


def test_recoding_a_document_keeps_its_decisions(store) -> None:
    doc_id = read_text(TWO_ACTS).id
    exercise, agreement = sorted(store.events(doc=doc_id, mentions=True), key=lambda r: r["evidence"]["start"] or 0)
    store.curate(exercise["id"], "reject", "not in the source", "ana")
    store.curate(agreement["id"], "edit", "signed in December", "ana", date_start="2019-12-20",
                 date_end="2019-12-20")
    store.curate(agreement["id"], "confirm", None, "ben")
    counts = ingest_documents(store, docs(TWO_ACTS), recode=True)
    assert counts.recoded == 1
    after = {r["id"]: r for r in store.events(doc=doc_id, mentions=True, include_rejected=True)}
    assert set(after) == {exercise["id"], agreement["id"]}  # ids are stable across a recode
    assert after[exercise["id"]]["curation"] == "rejected"
    assert after[agreement["id"]]["date"]["start"] == "2019-12-20"
    assert after[agreement["id"]]["curation"] == "confirmed"
    assert exercise["id"] not in {r["id"] for r in store.timeline("RUS", "PAK")}
    assert len(store.curations(agreement["id"])) == 2  # the trail is untouched
    # an undone decision stays undone through a recode
    store.undo(2)
    ingest_documents(store, docs(TWO_ACTS), recode=True)
    again = {r["id"]: r for r in store.events(doc=doc_id, mentions=True, include_rejected=True)}
    assert again[agreement["id"]]["date"]["start"] == "2019-11-20"
    assert again[agreement["id"]]["curation"] == "confirmed"


# --- older stores are upgraded ---------------------------------------------------------------------


def _downgrade(path: Path, version: str) -> None:
    """Make a current store look like one written by schema `version` (1 or 2)."""
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE curations")
    for index in ("events_doc", "events_incident", "events_pair"):
        con.execute(f"DROP INDEX IF EXISTS {index}")  # DuckDB drops no column of an indexed table
    dropped = ["curation"] + (["origin", "origin_id", "url", "original"] if version == "1" else [])
    for column in dropped:
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    con.execute("CREATE INDEX events_doc ON events (doc_id)")
    con.execute("UPDATE detente_meta SET value = ? WHERE key = 'schema_version'", [version])
    con.close()


@pytest.mark.parametrize("version", ["1", "2"])
def test_older_stores_are_upgraded_and_can_be_curated(filled: Path, tmp_path: Path, version: str) -> None:
    path = tmp_path / f"v{version}.duckdb"
    shutil.copy(filled, path)
    _downgrade(path, version)
    with open_store(path, read_only=True) as s:  # reading upgrades it too (through a short writable connection)
        assert s.con.execute("SELECT value FROM detente_meta WHERE key = 'schema_version'").fetchone()[0] \
            == SCHEMA_VERSION
        n = len(s.timeline("RUS", "PAK"))
    with open_store(path) as s:
        e = event_of(s, EXERCISE)
        assert e["curation"] is None and e["origin"] == "text"
        s.curate(e["id"], "reject", "wrong", "ana")
        assert len(s.timeline("RUS", "PAK")) == n - 1
