"""Tests of building query records from the columns of a result (detente.store.records)."""

from __future__ import annotations

import gc
import json
from typing import Any

import duckdb
import pytest

from detente.store.records import RECORD_COLUMNS, collector_paused, record_select, records_from_columns

TEXT_ROW = {
    "id": "e1", "doc_id": "d1", "source_text": "Moscow", "source_name": "Russia", "source_country": "RUS",
    "source_sector": "GOV", "source_code": "RUSGOV", "target_text": "Pakistan", "target_name": "Pakistan",
    "target_country": "PAK", "target_sector": None, "target_code": "PAK", "reciprocal": True,
    "event_type": "COOPERATE", "mode": None, "context": ["military", "diplomatic"], "cameo": "062",
    "goldstein": 6.4, "quad_class": 2, "trigger": "held", "date_start": "2016-10-02",
    "date_end": "2016-10-02", "date_precision": "day", "date_text": "2 October 2016", "date_basis": "explicit",
    "status": "occurred", "ev_sentence": 0, "ev_start": 0, "ev_end": 58, "ev_text": "They held \"Friendship\".",
    "refs": '[{"n": 8, "text": "News agency report"}]', "confidence": 0.845,
    "mentions": '[{"sentence": 2, "start": 3, "end": 9, "text": "again"}]', "incident_id": "i1",
    "origin": "text", "origin_id": None, "url": None, "original": None, "curation": "confirmed",
}
IMPORTED_ROW = {**TEXT_ROW, "id": "e2", "context": [], "refs": None, "mentions": "[]", "incident_id": None,
                "origin": "sipri", "origin_id": "S1", "url": "https://example.org", "original": "a\tb",
                "curation": None}


def built(rows: list[dict[str, Any]], extra: dict[str, str]) -> list[dict[str, Any]]:
    """The records record_select and records_from_columns make of rows of an events table (alias e)."""
    con = duckdb.connect()
    con.execute("CREATE TABLE e (id VARCHAR, doc_id VARCHAR, source_text VARCHAR, source_name VARCHAR, "
                "source_country VARCHAR, source_sector VARCHAR, source_code VARCHAR, target_text VARCHAR, "
                "target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_code VARCHAR, "
                "reciprocal BOOLEAN, event_type VARCHAR, mode VARCHAR, context VARCHAR[], cameo VARCHAR, "
                "goldstein DOUBLE, quad_class INTEGER, trigger VARCHAR, date_start DATE, date_end DATE, "
                "date_precision VARCHAR, date_text VARCHAR, date_basis VARCHAR, status VARCHAR, ev_sentence INTEGER, "
                "ev_start INTEGER, ev_end INTEGER, ev_text VARCHAR, refs VARCHAR, confidence DOUBLE, "
                "mentions VARCHAR, incident_id VARCHAR, origin VARCHAR, origin_id VARCHAR, url VARCHAR, "
                "original VARCHAR, curation VARCHAR, docs VARCHAR[])")
    for row in rows:
        con.execute(f"INSERT INTO e VALUES ({', '.join('?' * 40)})", [*(row[k] for k in TEXT_ROW), row.get("docs")])
    result = con.execute(f"SELECT {record_select('e', extra)} FROM e ORDER BY id")
    assert [d[0] for d in result.description] == [*RECORD_COLUMNS, *extra]
    return records_from_columns([values.tolist() for values in result.fetchnumpy().values()], list(extra))


def test_a_record_has_the_fields_of_the_event_record_in_order() -> None:
    (record,) = built([TEXT_ROW], {"curation": "e.curation"})
    assert json.dumps(record) == json.dumps({
        "id": "e1", "doc_id": "d1",
        "source": {"text": "Moscow", "name": "Russia", "country": "RUS", "sector": "GOV", "code": "RUSGOV"},
        "target": {"text": "Pakistan", "name": "Pakistan", "country": "PAK", "sector": None, "code": "PAK"},
        "reciprocal": True, "event_type": "COOPERATE", "mode": None, "context": ["military", "diplomatic"],
        "cameo": "062", "goldstein": 6.4, "quad_class": 2, "trigger": "held",
        "date": {"start": "2016-10-02", "end": "2016-10-02", "precision": "day", "text": "2 October 2016",
                 "basis": "explicit"},
        "status": "occurred",
        "evidence": {"sentence": 0, "start": 0, "end": 58, "text": "They held \"Friendship\"."},
        "references": [{"n": 8, "text": "News agency report"}], "confidence": 0.845,
        "mentions": [{"sentence": 2, "start": 3, "end": 9, "text": "again"}], "incident_id": "i1",
        "origin": "text", "curation": "confirmed",
    })


def test_an_imported_record_names_its_row_before_the_fields_a_query_adds() -> None:
    extra = {"n_docs": "2", "doc_ids": "e.docs", "curation": "e.curation"}
    text, imported = built([TEXT_ROW, {**IMPORTED_ROW, "docs": ["d2", "d1"]}], extra)
    assert list(imported)[-7:] == ["origin", "origin_id", "url", "original", "n_docs", "doc_ids", "curation"]
    assert (imported["context"], imported["references"], imported["mentions"]) == ([], [], [])
    assert imported["original"] == {"row": "a\tb"}  # no SIPRI layout has two fields
    assert imported["doc_ids"] == ["d2", "d1"] and text["doc_ids"] is None
    assert "origin_id" not in text


def test_no_rows_make_no_records() -> None:
    assert built([], {"curation": "e.curation"}) == []


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was_found(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
        with pytest.raises(ValueError), collector_paused():
            raise ValueError
        assert gc.isenabled() == enabled
    finally:
        (gc.enable if was else gc.disable)()
