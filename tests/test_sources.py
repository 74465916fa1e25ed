"""Tests of the dataset importers (GDELT, ICEWS, POLECAT, SIPRI), their bad lines and bad files, the
all-or-nothing import of a file, and the comparison of a dataset with events coded from text.

The shared samples (../shared/formats) are real exports; the fixtures under tests/fixtures/sources
were written for these tests (invented rows in each dataset's layout)."""

from __future__ import annotations

import gzip
import os
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import pytest

from detente.analysis import text_vs_dataset as comparing
from detente.ingest import import_dataset, ingest_documents
from detente.ontology import cameo
from detente.reading import read_text
from detente.sources import tabular
from detente.sources.formats import original_fields
from detente.store import open_store
from detente.store import schema as store_schema

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
SHARED = Path(__file__).resolve().parents[2] / "shared"
FORMATS = SHARED / "formats"
needs_shared = pytest.mark.skipif(not FORMATS.is_dir(), reason="../shared/formats is not beside the repository")
GDELT2 = FORMATS / "gdelt" / "gdelt2_20191024143000.export.CSV"
GDELT1 = FORMATS / "gdelt" / "gdelt1_20141124_3rows.export.CSV"
MENTIONS = FORMATS / "gdelt" / "gdelt2_20250807220000_14rows.mentions.CSV"
ICEWS = FORMATS / "icews" / "events.2018.sample.tab"
SIPRI_EDGE = FORMATS / "sipri" / "sipri_trade-register_1950-2024_EDGECASE_embedded-newline.csv"
SIPRI_DYADS = FORMATS / "sipri" / "sipri_trade-register_1950-2024_IND-PAK-CHN_from_RUS-SUN-CHN-USA.csv"
SIPRI_FIRST = FORMATS / "sipri" / "sipri_trade-register_1950-2024_first2000lines.csv"
SIPRI_TIV = FORMATS / "sipri" / "sipri_tiv_exports-by-supplier_1950-2024.csv"
MALFORMED = FIXTURES / "gdelt_malformed.export.CSV"


def imported(store, dataset: str, *paths: Path):
    """Import files and return their reports (asserting none failed as a file)."""
    results = import_dataset(store, dataset, [str(p) for p in paths])
    for r in results:
        assert r.error is None, r.error
    return results


def by_origin_id(store, origin_id: str) -> dict:
    found = [r for r in store.events(mentions=True, origin="all") if r.get("origin_id") == origin_id]
    assert len(found) == 1, origin_id
    return found[0]


@pytest.fixture()
def store(tmp_path: Path):
    with open_store(tmp_path / "s.duckdb") as s:
        yield s


# --- the shared samples -------------------------------------------------------------------------


@needs_shared
def test_gdelt2_sample_imports_every_row_and_a_rus_syr_event_gets_plover_and_goldstein(store) -> None:
    (result,) = imported(store, "gdelt", GDELT2)
    assert (result.read, result.imported, result.duplicates, result.rejected) == (2000, 2000, 0, 0)
    assert result.title == "GDELT 2.0 events export 20191024143000"
    protest = by_origin_id(store, "881992391")  # RUSSIA -> SYRIAN, CAMEO 141
    assert (protest["source"]["country"], protest["target"]["country"]) == ("RUS", "SYR")
    assert (protest["event_type"], protest["mode"], protest["cameo"]) == ("PROTEST", "demo", "141")
    assert protest["goldstein"] == cameo("141").goldstein == -6.5
    assert protest["quad_class"] == cameo("141").quad_class == 4
    assert protest["date"] == {"start": "2019-10-24", "end": "2019-10-24", "precision": "day",
                               "text": "20191024", "basis": "dataset"}
    assert protest["url"] == "http://watchingamerica.com/WA/tag/u-s-foreign-policy/"
    assert protest["id"] == tabular.event_id("gdelt", "881992391")
    assert protest["original"]["EventCode"] == "141" and protest["original"]["ActionGeo_CountryCode"] == "RS"
    visit = by_origin_id(store, "881990888")  # RUSGOV VLADIMIR PUTIN -> SYR, CAMEO 040
    assert visit["source"] == {"text": "VLADIMIR PUTIN", "name": "VLADIMIR PUTIN", "country": "RUS",
                               "sector": "GOV", "code": "RUSGOV"}
    assert (visit["event_type"], visit["goldstein"], visit["origin"]) == ("CONSULT", 1.0, "gdelt")
    assert visit["evidence"]["text"] is None and visit["status"] == "occurred"


@needs_shared
def test_gdelt2_organisation_actor_is_keyed_by_its_organisation(store) -> None:
    imported(store, "gdelt", GDELT2)
    eu = by_origin_id(store, "881990833")  # Actor2: IGOEUREEC THE EU, country code EUR (a region), group EEC
    assert (eu["target"]["country"], eu["target"]["code"], eu["target"]["sector"]) == (None, "EU", "IGO")
    assert any(r["origin_id"] == "881990833" for r in store.events(actor="EU", mentions=True, origin="all"))


@needs_shared
def test_gdelt1_sample_with_58_columns(store) -> None:
    (result,) = imported(store, "gdelt", GDELT1)
    assert (result.read, result.imported, result.rejected) == (3, 3, 0)
    exxon = by_origin_id(store, "324845987")
    assert exxon["target"]["country"] == "USA" and exxon["target"]["code"] == "USAMNC"
    assert exxon["date"]["start"] == "2004-11-26" and exxon["cameo"] == "051"
    assert exxon["url"].startswith("http://www.jaunted.com/")
    assert exxon["original"]["SOURCEURL"] == exxon["url"] and len(exxon["original"]) == 58


@needs_shared
def test_icews_sample_with_na_values(store) -> None:
    (result,) = imported(store, "icews", ICEWS)
    assert (result.read, result.imported, result.duplicates, result.rejected) == (1999, 1999, 0, 0)
    consult = by_origin_id(store, "32889836")
    assert consult["source"]["country"] == "BGD" and consult["source"]["sector"] == "GOV"
    assert consult["target"]["country"] == "VNM" and consult["target"]["sector"] == "MIL"
    assert (consult["event_type"], consult["cameo"], consult["trigger"]) == ("CONSULT", "040", "Consult")
    japan = by_origin_id(store, "32891065")  # sectors NA on both sides
    assert japan["source"] == {"text": "Japan", "name": "Japan", "country": "JPN", "sector": None, "code": "JPN"}
    assert japan["event_type"] == "AGREE" and japan["goldstein"] == cameo("032").goldstein
    assert japan["original"]["Source Sectors"] == "NA" and japan["original"]["City"] == "NA"
    lavrov = by_origin_id(store, "32897072")
    assert lavrov["source"]["country"] == "RUS"  # "Russian Federation"


@needs_shared
def test_sipri_record_broken_over_two_lines_is_one_order(store) -> None:
    (result,) = imported(store, "sipri", SIPRI_EDGE)
    assert (result.read, result.imported, result.rejected) == (6, 6, 0)
    btr = [r for r in store.events(mentions=True, origin="all") if r["original"]["Weapon designation"] == "BTR-3"][0]
    assert btr["source"]["country"] == "UKR" and btr["target"]["country"] == "THA"
    assert btr["original"]["Comments"].endswith("redesign for other engines")
    assert btr["original"]["SIPRI TIV per unit"] == "0.25" and btr["original"]["Number delivered uncertain"] == "?"
    assert btr["date"] == {"start": "2008-01-01", "end": "2008-12-31", "precision": "year", "text": "2008",
                           "basis": "dataset"}
    un = [r for r in store.events(mentions=True, origin="all") if r["target"]["text"] == "United Nations**"]
    assert len(un) == 3 and {r["target"]["code"] for r in un} == {"UNO"}


@needs_shared
def test_sipri_soviet_union_orders_are_arms_transfers_coded_like_text(store) -> None:
    (result,) = imported(store, "sipri", SIPRI_DYADS)
    assert (result.read, result.imported, result.rejected) == (836, 836, 0)
    records = store.events(mentions=True, origin="all")
    mig = [r for r in records if r["original"]["Weapon designation"] == "MiG-15bis"][0]
    assert mig["source"]["country"] == "SUN" and mig["target"]["country"] == "CHN"
    assert (mig["event_type"], mig["context"], mig["cameo"]) == ("AID", ["military"], "072")
    assert mig["date"]["start"] == "1951-01-01" and mig["date"]["text"] == "1951?"
    assert mig["original"]["Year(s) of delivery"] == "1952; 1953; 1954"
    assert mig["trigger"] == "order of 1500 MiG-15bis (fighter aircraft)"
    assert len(store.events(dyad=("RUS", "PAK"), mentions=True, origin="all")) > len(
        store.events(dyad=("RUS", "PAK"), strict_codes=True, mentions=True, origin="all")
    )  # a query for RUS includes the Soviet Union's orders


@needs_shared
def test_sipri_windows_1252_register(store) -> None:
    (result,) = imported(store, "sipri", SIPRI_FIRST)
    assert (result.read, result.imported, result.duplicates, result.rejected) == (1988, 1988, 0, 0)
    engine = [r for r in store.events(mentions=True, origin="all") if "Wärtsilä" in r["original"]["Comments"]]
    assert len(engine) == 1 and engine[0]["target"]["country"] == "DZA"


@needs_shared
def test_files_of_another_dataset_are_refused_with_what_to_do(store) -> None:
    icews_as_gdelt, mentions, tiv = import_dataset(store, "gdelt", [str(ICEWS), str(MENTIONS)]) + import_dataset(
        store, "sipri", [str(SIPRI_TIV)]
    )
    assert "looks like ICEWS, try `detente import icews`" in icews_as_gdelt.error
    assert "mentions file" in mentions.error
    assert "TIV tables are not trade registers" in tiv.error
    assert store.counts() == {"documents": 0, "events": 0, "incidents": 0}


# --- bad lines ------------------------------------------------------------------------------------


def test_malformed_gdelt_lines_are_counted_with_line_and_reason(store) -> None:
    (result,) = imported(store, "gdelt", MALFORMED)
    assert (result.read, result.imported, result.duplicates, result.rejected) == (8, 4, 0, 4)
    assert [(r.line, r.kind) for r in result.first] == [
        (2, "wrong number of columns"), (3, "bad date"), (4, "not UTF-8"), (8, "wrong number of columns")
    ]
    assert result.first[0].reason == "expected 61 tab-separated columns, found 40"
    assert result.first[1].reason == "bad SQLDATE 2019X301 (expected YYYYMMDD)"
    assert dict(result.kinds) == {"wrong number of columns": 2, "bad date": 1, "not UTF-8": 1}
    stored = {r["origin_id"] for r in store.events(mentions=True, origin="all")}
    assert stored == {"1000001", "1000005", "1000006", "1000008"}


def test_gdelt_actor_codes_become_detente_states_at_the_date(store) -> None:
    imported(store, "gdelt", MALFORMED)
    eu = by_origin_id(store, "1000006")
    assert (eu["source"]["code"], eu["target"]["country"]) == ("EU", "UKR")
    old = by_origin_id(store, "1000008")  # 1987: Russia is the Soviet Union, Hong Kong is coded as China
    assert (old["source"]["country"], old["source"]["code"], old["target"]["country"]) == ("SUN", "SUNGOV", "CHN")
    assert old["original"]["Actor2CountryCode"] == "HKG"


def test_gdelt1_historical_layout_of_57_columns(store, tmp_path: Path) -> None:
    from detente.sources.formats import GDELT_V1_HISTORICAL, GDELT_V2

    v2 = dict(zip(GDELT_V2, MALFORMED.read_text("latin-1").splitlines()[0].split("\t"), strict=True))
    old = tmp_path / "19850101.export.CSV"
    old.write_text("\t".join(v2.get(name, "") for name in GDELT_V1_HISTORICAL) + "\n")
    (result,) = imported(store, "gdelt", old)
    assert (result.read, result.imported, result.title) == (1, 1, "GDELT 1.0 historical events export 19850101")
    (event,) = store.events(origin="all")
    assert event["url"] is None and event["event_type"] == "CONSULT" and len(event["original"]) == 57


def test_import_is_idempotent_and_counts_events_stored_from_another_file(store) -> None:
    first = imported(store, "gdelt", MALFORMED)[0]
    again, overlap = imported(store, "gdelt", MALFORMED, FIXTURES / "gdelt_more.export.CSV")
    assert again.already and again.imported == 0 and again.doc_id == first.doc_id
    assert (overlap.read, overlap.imported, overlap.duplicates) == (2, 1, 1)
    assert store.counts()["documents"] == 2 and store.counts()["events"] == 5


def test_an_id_repeated_within_a_file_is_a_duplicate(store) -> None:
    (result,) = imported(store, "gdelt", FIXTURES / "gdelt_repeated_id.export.CSV")
    assert (result.read, result.imported, result.duplicates, result.rejected) == (3, 2, 1, 0)
    kept = by_origin_id(store, "1000001")  # one of the two rows, whole
    assert kept["url"] in ("https://example.org/news/visit", "https://example.org/news/again")
    assert kept["original"]["SOURCEURL"] == kept["url"]


def test_an_id_repeated_within_a_file_is_a_duplicate_in_a_store_with_events(store) -> None:
    imported(store, "gdelt", FIXTURES / "gdelt_more.export.CSV")  # now the insert runs its anti-join
    (result,) = imported(store, "gdelt", FIXTURES / "gdelt_repeated_id.export.CSV")
    assert (result.read, result.imported, result.duplicates, result.rejected) == (3, 1, 2, 0)
    assert store.counts()["events"] == 3


@pytest.mark.parametrize("packing", ["zip", "gzip"])
def test_compressed_files_import_like_the_plain_one(store, tmp_path: Path, packing: str) -> None:
    if packing == "zip":
        packed = tmp_path / "malformed.export.CSV.zip"
        with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(MALFORMED, "20190301000000.export.CSV")
    else:
        packed = tmp_path / "malformed.export.CSV.gz"
        with MALFORMED.open("rb") as source, gzip.open(packed, "wb") as target:
            shutil.copyfileobj(source, target)
    zipped, plain = imported(store, "gdelt", packed, MALFORMED)
    assert (zipped.read, zipped.imported, zipped.rejected) == (8, 4, 4)
    assert [r.line for r in zipped.first] == [2, 3, 4, 8]
    assert plain.already and plain.doc_id == zipped.doc_id
    if packing == "zip":
        assert zipped.title == "GDELT 2.0 events export 20190301000000"


def test_bad_files_are_reported_and_the_others_imported(store, tmp_path: Path) -> None:
    empty = tmp_path / "empty.CSV"
    empty.write_bytes(b"")
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as archive:
        archive.writestr("a.CSV", "x")
        archive.writestr("b.CSV", "y")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    results = import_dataset(
        store, "gdelt",
        [str(tmp_path / "missing.CSV"), str(tmp_path), str(empty), str(two), str(broken), str(MALFORMED)],
    )
    errors = [r.error for r in results[:-1]]
    assert "no such file" in errors[0] and "is a directory" in errors[1] and "is empty" in errors[2]
    assert "the zip holds 2 files" in errors[3] and "damaged archive" in errors[4]
    assert results[-1].error is None and results[-1].imported == 4


# --- all or nothing -------------------------------------------------------------------------------


def test_a_failure_during_the_insert_leaves_nothing_of_the_file(store, monkeypatch) -> None:
    imported(store, "gdelt", FIXTURES / "gdelt_more.export.CSV")
    before = store.counts()

    def fail(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(tabular, "_reader_rejections", fail)  # runs after the rows are inserted
    with pytest.raises(RuntimeError):
        import_dataset(store, "gdelt", [str(MALFORMED)])
    assert store.counts() == before
    monkeypatch.undo()
    (result,) = imported(store, "gdelt", MALFORMED)
    assert result.imported == 3  # 1000005 came with gdelt_more


def test_a_database_error_is_reported_and_the_batch_goes_on(store, monkeypatch) -> None:
    real = tabular.insert_sql

    def broken(layout, path, *rest):
        return real(layout, path, *rest) if "more" in str(path) else "INSERT INTO events SELECT 1"

    monkeypatch.setattr(tabular, "insert_sql", broken)
    bad, good = import_dataset(store, "gdelt", [str(MALFORMED), str(FIXTURES / "gdelt_more.export.CSV")])
    assert "nothing of this file was stored" in bad.error and bad.imported == 0
    assert good.error is None and good.imported == 2
    assert store.counts() == {"documents": 1, "events": 2, "incidents": 0}


def test_a_failure_in_a_sipri_register_leaves_nothing(store, monkeypatch) -> None:
    from detente.ingest import datasets as imports
    from detente.sources import sipri

    monkeypatch.setattr(imports, "ROWS_PER_INSERT", 1)
    real = sipri.event_row
    calls = []

    def flaky(record, doc_id, seq):
        calls.append(record.line)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(record, doc_id, seq)

    monkeypatch.setattr(sipri, "event_row", flaky)
    with pytest.raises(KeyboardInterrupt):
        import_dataset(store, "sipri", [str(FIXTURES / "sipri_register.csv")])
    assert store.counts() == {"documents": 0, "events": 0, "incidents": 0}


KILLED_IMPORT = """
import sys, time
from detente.sources import sipri
from detente.ingest import datasets as imports
from detente.ingest import import_dataset
from detente.store import open_store

imports.ROWS_PER_INSERT = 1  # every row goes into the open transaction at once
real = sipri.event_row

def slow(record, doc_id, seq):
    print(record.line, flush=True)
    time.sleep(0.05)
    return real(record, doc_id, seq)

sipri.event_row = slow
with open_store(sys.argv[1]) as store:
    import_dataset(store, "gdelt", [sys.argv[2]])
    print("committed", flush=True)
    import_dataset(store, "sipri", [sys.argv[3]])
"""


def test_an_import_killed_midway_leaves_the_files_before_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    register = FIXTURES / "sipri_register.csv"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(path), str(MALFORMED), str(register)],
        stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    while child.stdout.readline().strip() not in ("committed", ""):
        pass
    for _ in range(3):  # three orders of the register are in the transaction
        child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with open_store(path) as s:
        assert s.counts() == {"documents": 1, "events": 4, "incidents": 0}
        (again,) = imported(s, "sipri", register)
        assert (again.already, again.imported) == (False, 7)


# --- ICEWS, POLECAT and SIPRI fixtures ------------------------------------------------------------


def test_icews_fixture(store) -> None:
    (result,) = imported(store, "icews", FIXTURES / "icews_small.tab")
    assert (result.read, result.imported, result.rejected) == (5, 4, 1)
    assert [(r.line, r.reason) for r in result.first] == [(4, "bad Event Date 2018-06-31 (expected YYYY-MM-DD)")]
    un = [r for r in store.events(mentions=True, origin="all") if r["source"]["name"] == "United Nations"][0]
    assert (un["source"]["country"], un["source"]["code"], un["target"]["country"]) == (None, "UNO", "SYR")
    assert un["event_type"] == "REQUEST" and un["cameo"] == "0233"
    moldova = by_origin_id(store, "90000004")
    assert (moldova["source"]["country"], moldova["target"]["country"]) == ("MDA", "CHN")  # Hong Kong: China
    repeated = [r for r in store.events(mentions=True, origin="all") if r["origin_id"] == "90000001"]
    assert sorted(r["date"]["start"] for r in repeated) == ["2018-06-01", "2018-06-04"]  # id + date is unique


def test_polecat_fixture_keeps_plover_coding(store) -> None:
    (result,) = imported(store, "polecat", FIXTURES / "polecat_weekly.txt")
    assert (result.read, result.imported, result.rejected) == (6, 4, 2)
    assert [(r.line, r.kind) for r in result.first] == [(5, "bad date"), (6, "unknown event type")]
    visit = by_origin_id(store, "20230102-0001-fixture_CONSULT")
    assert (visit["event_type"], visit["mode"], visit["context"], visit["cameo"]) == (
        "CONSULT", "visit", ["diplomatic"], "042"
    )
    assert visit["goldstein"] == cameo("042").goldstein and visit["source"]["code"] == "RUSGOV"
    aid = by_origin_id(store, "20230103-0002-fixture_AID")
    assert (aid["event_type"], aid["context"], aid["cameo"]) == ("AID", ["military", "economic"], "072")
    assert aid["source"]["sector"] == "MIL" and aid["trigger"] == "aid"
    un = by_origin_id(store, "20230104-0003-fixture_REQUEST")
    assert (un["source"]["country"], un["source"]["code"], un["mode"]) == (None, "UNO", "assist")
    assert un["original"]["Actor Country"] == "IGO"


def test_sipri_fixture_records_over_lines_commas_and_encodings(store) -> None:
    (result,) = imported(store, "sipri", FIXTURES / "sipri_register.csv")
    assert (result.read, result.imported, result.rejected) == (9, 7, 2)
    assert [(r.line, r.kind) for r in result.first] == [(19, "bad year"), (22, "bad encoding")]
    records = {r["original"]["Weapon designation"]: r for r in store.events(mentions=True, origin="all")}
    mig = records["MiG-21"]
    assert mig["original"]["Comments"] == "Fixture order with a comment broken over three lines"
    assert (mig["source"]["country"], mig["target"]["country"], mig["original"]["SIPRI TIV per unit"]) == (
        "SUN", "IND", "2"
    )
    assert records["BTR-80"]["target"] == {"text": "Rebels (Syria)*", "name": "Rebels (Syria)", "country": "SYR",
                                           "sector": "REB", "code": "SYRREB"}
    assert records["Mi-17"]["target"]["code"] == "UNO"
    assert records["Mi-17"]["original"]["Comments"] == "Fixture; a comment, with a comma"
    assert "—" in records["Su-35"]["original"]["Comments"] and "é" in records["Fixture radar"]["original"]["Comments"]
    doc = store.docs()[0]
    assert doc["published"] == "2024-03-02" and doc["title"] == "SIPRI trade register"


# --- the record, the schema, exports --------------------------------------------------------------


def test_text_events_say_they_come_from_text(store) -> None:
    ingest_documents(store, [read_text("Russia and Pakistan held a joint military exercise in October 2016.")])
    (record,) = store.events(origin="all")
    assert record["origin"] == "text" and "origin_id" not in record and "original" not in record


def test_a_version_1_store_is_upgraded_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with open_store(path) as s:
        ingest_documents(s, [read_text("Russia and Pakistan held a joint military exercise in October 2016.")])
    con = duckdb.connect(str(path))  # back to schema 1: DuckDB drops a column only without indexes
    indexes = con.execute("SELECT index_name, sql FROM duckdb_indexes() WHERE table_name = 'events'").fetchall()
    for name, _ in indexes:
        con.execute(f"DROP INDEX {name}")
    for name, _ in store_schema.ADDED_IN_2:
        con.execute(f"ALTER TABLE events DROP COLUMN {name}")
    for _, sql in indexes:
        con.execute(sql)
    con.execute("UPDATE detente_meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with open_store(path, read_only=True) as s:
        (record,) = s.events(origin="all")
        assert record["origin"] == "text"
        version = s.con.execute("SELECT value FROM detente_meta WHERE key = 'schema_version'").fetchone()[0]
        assert version == store_schema.SCHEMA_VERSION


@needs_shared
def test_the_original_line_alone_is_stored_with_zstd(store) -> None:
    # zstd on every column made a million GDELT rows a store of 290 MB, on the line alone 138 MB
    imported(store, "gdelt", GDELT2)
    store.con.execute("CHECKPOINT")
    kinds = dict(store.con.execute(
        "SELECT column_name, list(DISTINCT compression) FROM pragma_storage_info('events') GROUP BY ALL").fetchall())
    assert "ZSTD" in kinds["original"]
    assert not {"ZSTD", "Uncompressed"} & set(kinds["event_type"] + kinds["source_code"] + kinds["id"])


def test_an_import_into_a_store_of_before_the_declared_compression_forces_zstd(store, tmp_path: Path) -> None:
    from detente.ingest import datasets as imports

    assert "force_compression" not in imports.settings_for(store.con)
    old = duckdb.connect(str(tmp_path / "old.duckdb"))
    old.execute("CREATE TABLE events (id VARCHAR PRIMARY KEY, original VARCHAR)")
    assert imports.settings_for(old)["force_compression"] == "zstd"
    old.close()


def test_exports_include_imported_events(store, tmp_path: Path) -> None:
    imported(store, "gdelt", MALFORMED)
    for fmt in ("csv", "jsonl", "parquet", "gdelt"):
        assert store.export(fmt, tmp_path / fmt)
    lines = (tmp_path / "jsonl" / "events.jsonl").read_text().splitlines()
    assert len(lines) == 4 and '"origin": "gdelt"' in lines[0]


def test_original_fields_names_each_layout() -> None:
    assert original_fields("gdelt", "\t".join(["x"] * 58))["SOURCEURL"] == "x"
    assert original_fields("gdelt", "a\tb") == {"row": "a\tb"}
    assert original_fields("icews", None) is None


# --- compare ---------------------------------------------------------------------------------------


def text_event(event_type: str, source: str, target: str, start: str, end: str, quote: str,
               reciprocal: bool = False, status: str = "occurred", trigger: str = "", cameo: str = "") -> dict:
    return {
        "id": f"t-{event_type}-{start}", "origin": "text", "event_type": event_type, "reciprocal": reciprocal,
        "cameo": cameo, "mode": None,
        "source": {"country": source, "code": source}, "target": {"country": target, "code": target},
        "date": {"start": start, "end": end}, "status": status, "trigger": trigger,
        "evidence": {"text": quote},
    }


def sipri_order(supplier: str, recipient: str, year: int, designation: str, description: str,
                deliveries: str = "") -> dict:
    return {
        "id": f"s-{designation}-{year}", "origin": "sipri", "event_type": "AID", "reciprocal": False,
        "source": {"country": supplier, "code": supplier}, "target": {"country": recipient, "code": recipient},
        "date": {"start": f"{year}-01-01", "end": f"{year}-12-31"}, "status": "occurred",
        "trigger": f"order of {designation}", "evidence": {"text": None},
        "original": {"Weapon designation": designation, "Weapon description": description,
                     "Year(s) of delivery": deliveries},
    }


DEAL = text_event("SUPPORT", "RUS", "PAK", "2015-01-01", "2015-12-31",
                  "Russia signed a deal for four Mi-35 helicopters with Pakistan in 2015.", reciprocal=True,
                  trigger="signed deal", cameo="057")
MI35 = sipri_order("RUS", "PAK", 2015, "Mi-35M", "combat helicopter", "2017; 2018")
TANKS = sipri_order("SUN", "PAK", 1968, "T-55", "tank", "1968; 1969")


def test_compare_matches_a_deal_in_the_text_with_the_sipri_order() -> None:
    exercise = text_event("COOPERATE", "RUS", "PAK", "2016-10-01", "2016-10-31",
                          "Russia and Pakistan held a joint military exercise in October 2016.", reciprocal=True,
                          trigger="exercise")
    result = comparing.compare([DEAL, exercise], [MI35, TANKS], "sipri", "RUS", "PAK")
    assert [(m.text["id"], m.dataset["id"]) for m in result.matched] == [(DEAL["id"], MI35["id"])]
    assert result.text_only == [] and result.left_out == {"COOPERATE": 1}  # SIPRI records no exercises
    assert [r["id"] for r in result.dataset_only] == [TANKS["id"]]


def test_compare_never_matches_an_arms_order_with_training_and_lists_only_what_sipri_could_hold() -> None:
    kornet = sipri_order("RUS", "PAK", 2019, "Kornet", "anti-tank missile")
    training = text_event("COOPERATE", "RUS", "PAK", "2019-01-01", "2019-12-31",
                          "In 2019 Russia agreed to train Pakistani crews on Kornet missiles.", trigger="train")
    visit = text_event("CONSULT", "PAK", "RUS", "2019-04-01", "2019-04-30", "The army chief visited Moscow.")
    bought = text_event("COOPERATE", "PAK", "RUS", "2021-01-01", "2021-12-31",
                        "Pakistan bought more helicopters from Russia in 2021.", trigger="bought")
    result = comparing.compare([training, visit, bought], [kornet], "sipri", "RUS", "PAK")
    assert result.matched == [] and result.text_only == [bought]
    assert result.left_out == {"COOPERATE": 1, "CONSULT": 1} and result.counts()["left_out"] == 2
    assert comparing.compare([visit], [], "gdelt").text_only == [visit]  # GDELT codes visits


def test_compare_a_deal_that_names_no_weapon_of_the_order_does_not_match() -> None:
    other = text_event("SUPPORT", "RUS", "PAK", "2015-01-01", "2015-12-31",
                       "Russia and Pakistan signed a deal on energy in 2015.", reciprocal=True)
    assert comparing.compare([other], [MI35], "sipri").matched == []


def test_compare_deliveries_and_orders_in_either_coding_direction() -> None:
    delivered = text_event("AID", "RUS", "PAK", "2018-01-01", "2018-12-31", "Russia delivered helicopters in 2018.",
                           trigger="delivered")
    ordered = text_event("COOPERATE", "PAK", "RUS", "2015-01-01", "2015-12-31", "Pakistan ordered arms from Russia.",
                         trigger="ordered")
    backwards = text_event("AID", "PAK", "RUS", "2015-01-01", "2015-12-31", "Pakistan supplied Russia.",
                           trigger="supplied")
    result = comparing.compare([delivered, ordered, backwards], [MI35], "sipri")
    assert {m.text["id"] for m in result.matched} == {delivered["id"], ordered["id"]}
    assert result.text_only == [backwards]


def test_compare_events_of_the_same_type_by_direction_and_dates_with_tolerance() -> None:
    visit = text_event("CONSULT", "RUS", "SYR", "2019-10-20", "2019-10-20", "Lavrov visited Damascus.")
    near = {**visit, "id": "g1", "origin": "gdelt", "date": {"start": "2019-10-24", "end": "2019-10-24"},
            "evidence": {"text": None}}
    reverse = {**near, "id": "g2", "source": visit["target"], "target": visit["source"]}
    planned = {**visit, "id": "t-planned", "status": "planned"}
    result = comparing.compare([visit, planned], [near, reverse], "gdelt", days=7)
    assert [(m.text["id"], m.dataset["id"]) for m in result.matched] == [(visit["id"], "g1")]
    assert [r["id"] for r in result.dataset_only] == ["g2"] and result.text_only == [planned]
    assert comparing.compare([visit], [near], "gdelt", days=2).matched == []


def test_store_compare_on_imported_sipri_and_coded_text(store) -> None:
    ingest_documents(store, [read_text("In 2015 Russia and Pakistan signed a deal for four Mi-35 helicopters.")])
    imported(store, "sipri", FIXTURES / "sipri_register.csv")
    result = comparing.compare_store(store, "RUS", "PAK", "sipri")
    assert [m.dataset["original"]["Weapon designation"] for m in result.matched] == ["Mi-35M"]
    assert result.counts() == {"matched": 1, "dataset_events_matched": 1, "text_only": 0, "dataset_only": 0,
                               "left_out": 0}


def test_queries_show_text_events_unless_asked_for_a_dataset(tmp_path: Path) -> None:
    from detente.errors import OptionError

    with open_store(tmp_path / "s.duckdb") as store:
        ingest_documents(store, [read_text("Russia and Pakistan held a joint exercise in October 2016.")])
        imported(store, "sipri", FIXTURES / "sipri_register.csv")
        text = store.events(mentions=True)
        sipri = store.events(mentions=True, origin="sipri")
        both = store.events(mentions=True, origin="all")
        assert {r["origin"] for r in text} == {"text"} and len(text) == 1
        assert sipri and {r["origin"] for r in sipri} == {"sipri"}
        assert len(both) == len(text) + len(sipri)
        assert sum(d["events"] for d in store.dyads()) == 1
        assert sum(d["events"] for d in store.dyads("all")) == len(both)
        assert all(d["incidents"] == d["events"] for d in store.dyads("sipri"))  # one incident per order
        with pytest.raises(OptionError, match="--origin"):
            store.events(origin="acled")


@pytest.mark.parametrize(("dataset", "fixture", "header"), [("gdelt", "gdelt_more.export.CSV", 0),
                                                            ("icews", "icews_small.tab", 1)])
def test_an_id_too_big_for_an_integer_is_one_rejected_line(store, tmp_path: Path, dataset: str, fixture: str,
                                                           header: int) -> None:
    # found by tests/test_fuzz_sources.py: the id orders the events, and its cast failed the whole file
    lines = (FIXTURES / fixture).read_text(encoding="utf-8").splitlines()[: header + 2]
    fields = lines[-1].split("\t")
    fields[0] = "9" * 23
    path = tmp_path / f"big-id-{dataset}.txt"
    path.write_text("\n".join([*lines, "\t".join(fields)]) + "\n", encoding="utf-8")
    [result] = import_dataset(store, dataset, [str(path)])
    assert result.error is None and (result.imported, result.rejected) == (2, 1)
    kind = "bad GLOBALEVENTID" if dataset == "gdelt" else "bad Event ID"
    assert [(r.line, r.kind) for r in result.first] == [(header + 3, kind)]


def test_polecat_mode_or_context_holding_a_bar_is_imported(store, tmp_path) -> None:
    lines = (FIXTURES / "polecat_weekly.txt").read_text("utf-8").splitlines()
    fields = lines[1].split("\t")
    fields[3], fields[6] = "visit|", "diplo|matic"  # found by the fuzz test: the mode and context carry a "|"
    path = tmp_path / "bar.txt"
    path.write_text("\n".join([lines[0], "\t".join(fields)]) + "\n", "utf-8")
    (result,) = imported(store, "polecat", path)
    assert (result.read, result.imported, result.rejected) == (1, 1, 0)
    assert by_origin_id(store, fields[0])["event_type"] == "CONSULT"
