"""Tests of the event store: ingest, idempotency, merging across documents, queries, exports, errors."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from detente.cli.store import app
from detente.errors import DetenteError, OptionError
from detente.ingest import import_dataset, ingest_documents
from detente.reading import read_text
from detente.store import StoreCorrupt, StoreError, StoreLocked, StoreMissing, StoreReadOnly, open_store
from detente.store.check import check_store
from detente.store.incidents import MENTION_COLUMNS, Mention, PairAssigner, mention_of, stems
from faults import block_of, cut_short, gdelt_export, overwrite_block

VISIT_A = "Putin visited Beijing on 5 May 2015."
VISIT_B = "Russian President Vladimir Putin travelled to China on May 5, 2015."
EXERCISE_2 = "Russia and Pakistan held a joint exercise on 2 October 2016."
EXERCISE_20 = "Russia and Pakistan held another joint exercise on 20 October 2016."
EXERCISE_MONTH = "Russia and Pakistan held a joint military exercise in October 2016."
EXERCISE_CHN = "China and Russia held a naval exercise in October 2016."
TREATY = "The Soviet Union signed a treaty of friendship with India in August 1971."
PLANNED = "India and Russia plan to hold a joint naval exercise in 2027."
SANCTIONS = "The United States imposed sanctions on Russia in March 2014."
TEXTS = [VISIT_A, VISIT_B, EXERCISE_2, EXERCISE_20, EXERCISE_MONTH, EXERCISE_CHN, TREATY, PLANNED, SANCTIONS]


def docs(*texts: str) -> list:
    return [read_text(t) for t in texts]


def doc_id(text: str) -> str:
    return read_text(text).id


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding every text above, closed, to be opened read-only by query tests."""
    path = tmp_path_factory.mktemp("store") / "filled.duckdb"
    with open_store(path) as store:
        ingest_documents(store, docs(*TEXTS))
    return path


@pytest.fixture()
def store(filled: Path):
    with open_store(filled, read_only=True) as s:
        yield s


def incident_of(store, text: str, event_type: str | None = None) -> str:
    records = store.events(doc=doc_id(text), mentions=True)
    return next(r["incident_id"] for r in records if event_type in (None, r["event_type"]))


# --- ingest and idempotency ------------------------------------------------------------------


def test_ingest_counts_then_skips_everything_stored(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as s:
        first = ingest_documents(s, docs(VISIT_A, EXERCISE_2, TREATY))
        again = ingest_documents(s, docs(VISIT_A, EXERCISE_2, TREATY, VISIT_A))
        assert (first.stored, first.skipped, first.events) == (3, 0, 3)
        assert (again.stored, again.recoded, again.skipped, again.events) == (0, 0, 4, 0)
        assert s.counts() == {"documents": 3, "events": 3, "incidents": 3}


def test_recode_replaces_a_documents_events_and_keeps_incidents(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as s:
        ingest_documents(s, docs(VISIT_A, VISIT_B))
        before = s.events(mentions=True)
        counts = ingest_documents(s, docs(VISIT_A), recode=True)
        after = s.events(mentions=True)
        assert (counts.recoded, counts.stored) == (1, 0)
        assert sorted(r["id"] for r in after) == sorted(r["id"] for r in before)
        assert len({r["incident_id"] for r in after if r["event_type"] == "CONSULT"}) == 1
        assert s.counts()["documents"] == 2


def test_documents_are_stored_by_content_and_keep_their_corpus_id(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as s:
        ingest_documents(s, [read_text(EXERCISE_2, doc_id="foreword"), read_text(TREATY, doc_id="foreword")])
        again = ingest_documents(s, [read_text(EXERCISE_2, doc_id="renamed")])
        assert again.skipped == 1
        assert {d["doc_id"] for d in s.docs()} == {doc_id(EXERCISE_2), doc_id(TREATY)}
        assert {d["source_id"] for d in s.docs()} == {"foreword"}
        assert {r["event_type"] for r in s.events(doc="foreword")} == {"COOPERATE", "SUPPORT"}


# --- merging across documents -----------------------------------------------------------------


def test_same_visit_in_different_words_is_one_incident(store) -> None:
    assert incident_of(store, VISIT_A) == incident_of(store, VISIT_B)
    visits = store.events(dyad=("RUS", "CHN"), event_type="CONSULT")
    assert len(visits) == 1 and visits[0]["n_mentions"] == 2 and visits[0]["n_docs"] == 2


def test_exercises_of_different_dyads_in_one_month_stay_apart(store) -> None:
    assert incident_of(store, EXERCISE_CHN) != incident_of(store, EXERCISE_MONTH)


def test_exercises_on_different_days_stay_apart_and_a_month_mention_joins_one(store) -> None:
    day2, day20 = incident_of(store, EXERCISE_2), incident_of(store, EXERCISE_20)
    assert day2 != day20
    assert incident_of(store, EXERCISE_MONTH) in (day2, day20)
    assert len(store.events(dyad=("RUS", "PAK"), event_type="COOPERATE")) == 2
    assert len(store.events(dyad=("RUS", "PAK"), event_type="COOPERATE", mentions=True)) == 3


def test_two_acts_of_one_document_never_merge(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as s:
        ingest_documents(s, docs(EXERCISE_MONTH + " " + EXERCISE_2))
        assert len({r["incident_id"] for r in s.events(mentions=True)}) == len(s.events(mentions=True))


def test_planned_act_does_not_merge_with_occurred_one(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as s:
        ingest_documents(s, docs("India and Russia held a joint naval exercise in 2027.", PLANNED))
        assert len(s.events()) == 2


BOMBING_1980S = "Throughout the 1980s Soviet aircraft bombed refugee camps and villages inside Pakistan's border areas."


def test_the_same_sentence_stored_twice_is_one_incident_even_when_dated_by_its_decade(tmp_path: Path) -> None:
    # the same text in two documents (a report as Markdown and as PDF, a wire story run twice): one act
    with open_store(tmp_path / "s.duckdb") as s:
        ingest_documents(s, docs(BOMBING_1980S, "Relations were poor. " + BOMBING_1980S))
        bombings = s.events(dyad=("RUS", "PAK"), event_type="ASSAULT")
        assert len(bombings) == 1 and (bombings[0]["n_mentions"], bombings[0]["n_docs"]) == (2, 2)
    assert check_store(tmp_path / "s.duckdb").ok


@pytest.mark.parametrize("texts", [
    # a decade is too coarse to tell that two differently told acts are one
    (BOMBING_1980S, "In the 1980s Soviet jets bombed villages and camps inside Pakistan, again and again."),
    # a stock sentence in two unrelated texts is no text stored twice
    ("Crimea was annexed after a referendum. The two countries signed an agreement.",
     "The war ended at dawn. The two countries signed an agreement."),
])
def test_coarse_acts_told_in_other_words_or_in_a_stock_sentence_stay_apart(tmp_path: Path, texts) -> None:
    with open_store(tmp_path / "s.duckdb") as s:
        ingest_documents(s, docs(*texts))
        incidents = {r["incident_id"] for r in s.events(mentions=True, origin="all")}
        assert len(incidents) == len(s.events(mentions=True, origin="all"))


def _coarse(eid: str, doc: str, quote: str, status: str = "occurred", precision: str = "decade") -> Mention:
    dates = (date(1980, 1, 1), date(1989, 12, 31)) if precision == "decade" else (None, None)
    return Mention(eid, doc, "ASSAULT", status, "SUN", "PAK", False, "195", "bombed", *dates, precision, quote)


def test_the_partitioned_merge_joins_the_same_coarse_sentence_only() -> None:
    assigner = PairAssigner()
    first = assigner.add(_coarse("e1", "d1", BOMBING_1980S))
    assert assigner.add(_coarse("e2", "d2", BOMBING_1980S)) == first
    assert assigner.add(_coarse("e3", "d3", BOMBING_1980S.replace("1980s", "eighties"))) != first
    assert assigner.add(_coarse("e4", "d1", BOMBING_1980S)) != first  # one document's two acts stay two
    assert assigner.add(_coarse("e5", "d5", BOMBING_1980S, status="speculative")) != first
    undated = assigner.add(_coarse("e6", "d6", BOMBING_1980S, precision="unknown"))
    assert undated != first and assigner.add(_coarse("e7", "d7", BOMBING_1980S, precision="unknown")) == undated


def test_the_partitioned_merge_and_the_store_give_the_same_incidents(tmp_path: Path) -> None:
    texts = [BOMBING_1980S, "Relations were poor. " + BOMBING_1980S, "Tension rose. " + BOMBING_1980S, VISIT_A,
             VISIT_B, EXERCISE_2, EXERCISE_MONTH, "In the 1980s Soviet jets bombed villages inside Pakistan, again."]
    with open_store(tmp_path / "s.duckdb") as s:
        ingest_documents(s, docs(*texts))
        rows = s.con.execute(f"SELECT pair_key, incident_id, {MENTION_COLUMNS} FROM events "
                             "ORDER BY pair_key, seq").fetchall()
    assigners: dict[str, PairAssigner] = {}
    assigned = {r[2]: assigners.setdefault(r[0], PairAssigner()).add(mention_of(r[2:])) for r in rows}
    assert assigned == {r[2]: r[1] for r in rows}
    assert len(set(assigned.values())) < len(assigned)  # some did merge


def test_trigger_stems_ignore_function_words() -> None:
    assert stems("held talks") == {"talk"}
    assert stems("visited") & stems("visit")


# --- queries and filters ---------------------------------------------------------------------


def test_dyad_filter_either_direction_and_rus_includes_sun(store) -> None:
    assert [r["source"]["country"] for r in store.events(dyad=("IND", "RUS"), event_type="SUPPORT")] == [
        "SUN"
    ]
    assert store.events(dyad=("IND", "RUS"), event_type="SUPPORT", strict_codes=True) == []
    assert store.events(dyad=("SUN", "IND"))[0]["event_type"] == "SUPPORT"


def test_actor_filter_matches_either_side(store) -> None:
    usa = store.events(actor="USA")
    assert [(r["source"]["country"], r["target"]["country"]) for r in usa] == [("USA", "RUS")]
    assert {r["doc_id"] for r in store.events(actor="RUS", mentions=True)} >= {
        doc_id(TREATY),
        doc_id(SANCTIONS),
    }


def test_type_context_status_filters(store) -> None:
    assert {r["event_type"] for r in store.events(event_type="sanction")} == {"SANCTION"}
    assert all("military" in r["context"] for r in store.events(context="military"))
    assert [r["doc_id"] for r in store.events(status="planned")] == [doc_id(PLANNED)]
    with pytest.raises(OptionError):
        store.events(status="happened")
    with pytest.raises(OptionError):
        store.events(event_type="PARTY")


def test_since_until_filters_use_date_overlap(store) -> None:
    within = store.events(since=date(2016, 10, 15), until=date(2016, 10, 31))
    assert {r["doc_id"] for r in within} >= {doc_id(EXERCISE_20), doc_id(EXERCISE_CHN)}
    assert doc_id(EXERCISE_2) not in {
        r["doc_id"] for r in store.events(since=date(2016, 10, 15), mentions=True)
    }
    assert [r["doc_id"] for r in store.events(until=date(1990, 1, 1))] == [doc_id(TREATY)]


def test_doc_filter_accepts_an_id_prefix(store) -> None:
    assert {r["doc_id"] for r in store.events(doc=doc_id(TREATY)[:8])} == {doc_id(TREATY)}


def test_events_are_in_date_order(store) -> None:
    starts = [r["date"]["start"] for r in store.events() if r["date"]["start"]]
    assert starts == sorted(starts)


def test_timeline_lists_incidents_with_their_documents(store) -> None:
    line = store.timeline("RUS", "PAK")
    assert [r["date"]["start"] for r in line] == ["2016-10-02", "2016-10-20"]
    assert sum(len(r["doc_ids"]) for r in line) == 3
    assert store.timeline("RUS", "IND")[0]["date"]["precision"] == "month"


def test_an_incident_shows_its_most_precise_event_and_its_documents_best_first(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as s:
        ingest_documents(s, docs(EXERCISE_MONTH, EXERCISE_2))  # the month is stored first
        (record,) = s.timeline("RUS", "PAK")
        assert record["doc_id"] == doc_id(EXERCISE_2) and record["date"]["precision"] == "day"
        assert record["doc_ids"] == [doc_id(EXERCISE_2), doc_id(EXERCISE_MONTH)]
        assert (record["n_mentions"], record["n_docs"]) == (2, 2)


def test_dyads_count_incidents_events_and_documents(store) -> None:
    pairs = {(r["a"], r["b"]): r for r in store.dyads()}
    assert pairs[("PAK", "RUS")]["incidents"] == 2 and pairs[("PAK", "RUS")]["events"] == 3
    assert pairs[("PAK", "RUS")]["first"] == "2016-10-01"
    assert ("IND", "SUN") in pairs and ("CHN", "RUS") in pairs


def test_docs_lists_every_stored_document(store) -> None:
    assert {d["doc_id"] for d in store.docs()} == {doc_id(t) for t in TEXTS}


def test_show_gives_context_and_other_mentions(store) -> None:
    event = store.events(dyad=("RUS", "CHN"), event_type="CONSULT")[0]
    shown = store.show(event["id"][:10])
    assert shown["in_context"]["sentence"] == event["evidence"]["text"]
    assert len(shown["other_mentions"]) == 1
    assert shown["other_mentions"][0]["doc_id"] != event["doc_id"]
    with pytest.raises(StoreError):
        store.show("ffffffffffff")


# --- exports -----------------------------------------------------------------------------------


def test_parquet_export_reads_back_equal(store, tmp_path: Path) -> None:
    written = store.export("parquet", tmp_path)
    assert {p.name for p in written} == {"events.parquet", "incidents.parquet", "documents.parquet"}
    con = store.con
    for table, key in (("events", "seq"), ("incidents", "incident_id"), ("documents", "doc_id")):
        back = con.execute(
            f"SELECT * FROM read_parquet('{tmp_path / (table + '.parquet')}') ORDER BY {key}"
        ).fetchall()
        cols = "* EXCLUDE (source_key, target_key, pair_key)" if table == "events" else "*"
        stored = con.execute(f"SELECT {cols} FROM {table} ORDER BY {key}").fetchall()
        assert back == stored


def test_csv_and_jsonl_exports_hold_every_event(store, tmp_path: Path) -> None:
    store.export("csv", tmp_path)
    store.export("jsonl", tmp_path)
    rows = list(csv.DictReader((tmp_path / "events.csv").open(encoding="utf-8")))
    records = [json.loads(line) for line in (tmp_path / "events.jsonl").open(encoding="utf-8")]
    every = store.events(mentions=True)
    assert len(rows) == len(records) == len(every)
    assert {r["id"] for r in records} == {r["id"] for r in every}
    assert records[0]["date"].keys() == {"start", "end", "precision", "text", "basis"}


def test_gdelt_export_has_gdelt_columns(store, tmp_path: Path) -> None:
    (path,) = store.export("gdelt", tmp_path)
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()]
    assert rows and all(len(r) == 61 for r in rows)
    visit = next(r for r in rows if r[26] == "042")
    assert (visit[1], visit[7], visit[17], visit[31]) == ("20150505", "RUS", "CHN", "2")
    assert not any(r[1].startswith("2027") for r in rows)  # planned acts are not exported as events


# --- errors: the file is left untouched --------------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_text_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database\n" * 10)
    with pytest.raises(StoreCorrupt, match="not a DuckDB database"):
        open_store(path)
    assert path.read_text() == "not a database\n" * 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.duckdb"]


def test_another_programs_duckdb_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (n INTEGER)")
    con.close()
    before = digest(path)
    with pytest.raises(StoreCorrupt, match="not a detente store"):
        open_store(path)
    assert digest(path) == before


def test_a_damaged_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as s:
        ingest_documents(s, docs(VISIT_A))
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(StoreError), open_store(path) as s:
        s.events()
    assert digest(path) == before


def test_queries_need_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing):
        open_store(tmp_path / "none.duckdb", read_only=True)
    assert not (tmp_path / "none.duckdb").exists()


def test_a_read_only_location_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "s.duckdb"
    with open_store(path) as s:
        ingest_documents(s, docs(VISIT_A))
    before = digest(path)
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreReadOnly):
            open_store(path)
        with pytest.raises(StoreReadOnly):
            open_store(folder / "new.duckdb")
        with open_store(path, read_only=True) as s:  # queries still work
            assert len(s.events()) == 1
    finally:
        folder.chmod(0o755)
    assert digest(path) == before
    path.chmod(0o444)
    with pytest.raises(StoreReadOnly, match="read-only"):
        open_store(path)


HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(30)
"""


def test_a_store_held_by_another_writer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    before = digest(path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreLocked, match="another process"):
            open_store(path)
        result = CliRunner().invoke(app, ["events", "--db", str(path)])
        assert result.exit_code == 2 and "another process" in result.output
    finally:
        holder.kill()
        holder.wait()
    assert digest(path) == before


KILLED_INGEST = """
import json, sys, time
from detente.ingest import ingest_documents
from detente.reading import read_text
from detente.store import open_store

def progress(done, sentences):
    print(done, flush=True)
    time.sleep(0.02)

with open_store(sys.argv[1]) as store:
    texts = json.loads(open(sys.argv[2], encoding="utf-8").read())
    ingest_documents(store, [read_text(t) for t in texts], batch=4, progress=progress)
"""


def exercise_texts() -> list[str]:
    return [
        f"Russia and Pakistan held a joint exercise on {d} October 2016. "
        f"India and Russia signed an agreement on {d} March 2015."
        for d in range(1, 29)
    ]


def test_an_ingest_killed_midway_reruns_to_a_whole_store(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps(exercise_texts()), encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_INGEST, str(path), str(texts)], stdout=subprocess.PIPE, text=True
    )
    while int(child.stdout.readline() or 28) < 6:
        pass
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with open_store(path) as s:
        partial = s.counts()["documents"]
        assert 6 <= partial < 28
        assert _whole(s)
        counts = ingest_documents(s, docs(*exercise_texts()))
        assert (counts.skipped, counts.stored) == (partial, 28 - partial)
        assert s.counts()["documents"] == 28
        assert _whole(s)


def _whole(s) -> bool:
    """Every stored document has exactly the events and sentences it was stored with, no id twice."""
    con = s.con
    short = con.execute("""SELECT count(*) FROM documents d WHERE n_events <> (SELECT count(*) FROM events e
                           WHERE e.doc_id = d.doc_id) OR n_sentences <> (SELECT count(*) FROM sentences x
                           WHERE x.doc_id = d.doc_id)""").fetchone()[0]
    orphans = con.execute(
        "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents) "
        "OR incident_id IS NULL"
    ).fetchone()[0]
    dupes = con.execute("SELECT count(*) - count(DISTINCT id) FROM events").fetchone()[0]
    return short == orphans == dupes == 0


# --- command line ---------------------------------------------------------------------------------


@pytest.fixture()
def essays(tmp_path: Path) -> list[str]:
    paths = []
    for n, text in enumerate((VISIT_A, VISIT_B, TREATY)):
        p = tmp_path / f"essay{n}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    return paths


def test_cli_ingest_twice_says_nothing_new(tmp_path: Path, essays: list[str]) -> None:
    db = str(tmp_path / "cli.duckdb")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", *essays, "--db", db])
    second = runner.invoke(app, ["ingest", *essays, "--db", db])
    assert first.exit_code == second.exit_code == 0
    assert "stored 3 documents" in first.output
    assert "nothing new" in second.output


def test_cli_queries_print_jsonl_csv_and_tables(tmp_path: Path, essays: list[str], monkeypatch) -> None:
    db = tmp_path / "cli.duckdb"
    monkeypatch.setenv("DETENTE_DB", str(db))
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", *essays]).exit_code == 0
    lines = runner.invoke(app, ["events", "--format", "jsonl"]).output.splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["source"]["country"] == "SUN"
    table = runner.invoke(app, ["timeline", "RUS", "IND", "--format", "table"]).output
    assert "1971-08-01" in table and "Soviet Union" in table
    assert "IND,SUN" in runner.invoke(app, ["dyads", "--format", "csv"]).output.replace('"', "")
    assert len(runner.invoke(app, ["docs", "--format", "jsonl"]).output.splitlines()) == 3
    event_id = json.loads(lines[1])["id"]
    shown = json.loads(runner.invoke(app, ["show", event_id[:8]]).output)
    assert shown["id"] == event_id and len(shown["other_mentions"]) == 1
    out = runner.invoke(app, ["export", "--format", "csv", "--out", str(tmp_path / "x")])
    assert out.exit_code == 0 and (tmp_path / "x" / "events.csv").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["events", "--status", "rumoured"], "--status"),
        (["events", "--since", "last year"], "--since"),
        (["events", "--format", "xml"], "--format"),
        (["show", "abc"], "no event"),
        (["export", "--format", "xls", "--out", "x"], "export format"),
    ],
)
def test_cli_errors_are_one_line_with_exit_2(filled: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, [*args, "--db", str(filled)])
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_cli_refuses_a_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(path)])
    assert result.exit_code == 2 and "not a DuckDB database" in result.output
    assert path.read_text() == "hello"


def test_every_command_has_an_example() -> None:
    for command in ("ingest", "events", "timeline", "dyads", "docs", "show", "export"):
        assert "Example:" in CliRunner().invoke(app, [command, "--help"]).output


def test_store_errors_are_detente_errors() -> None:
    assert issubclass(StoreError, DetenteError)


@pytest.mark.slow
def test_a_process_pool_stores_what_one_process_stores(tmp_path: Path) -> None:
    texts = docs(*TEXTS)
    with open_store(tmp_path / "one.duckdb") as one, open_store(tmp_path / "two.duckdb") as two:
        ingest_documents(one, texts, batch=3)
        counts = ingest_documents(two, docs(*TEXTS), batch=3, workers=2)
        assert counts.stored == len(TEXTS)
        assert [(r["id"], r["incident_id"]) for r in two.events(mentions=True)] == [
            (r["id"], r["incident_id"]) for r in one.events(mentions=True)
        ]


def test_records_become_a_dataframe_with_pandas(store) -> None:
    pytest.importorskip("pandas")
    frame = store.frame(store.events())
    assert len(frame) == len(store.events()) and "source_country" in frame.columns


def test_cli_recode_replaces_instead_of_skipping(tmp_path: Path, essays: list[str]) -> None:
    db = str(tmp_path / "cli.duckdb")
    runner = CliRunner()
    runner.invoke(app, ["ingest", *essays, "--db", db])
    result = runner.invoke(app, ["ingest", essays[0], "--db", db, "--recode"])
    assert result.exit_code == 0 and "recoded 1" in result.output
    assert len(runner.invoke(app, ["docs", "--db", db, "-f", "jsonl"]).output.splitlines()) == 3


# --- storage faults and `detente check` (issue 15) ------------------------------------------------------


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 3,000 imported events (about 3 MB: a dozen blocks), closed."""
    folder = tmp_path_factory.mktemp("damage")
    path = folder / "imported.duckdb"
    with open_store(path) as s:
        import_dataset(s, "gdelt", [str(gdelt_export(folder / "big.export.CSV", 3000))])
    return path


def _copy(path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(path.read_bytes())
    return copy


def one_line(result) -> str:
    """The one line a command printed on standard error (no traceback)."""
    assert "Traceback" not in result.output and (result.exception is None or isinstance(result.exception, SystemExit))
    [line] = result.stderr.splitlines()
    return line


def test_ingest_reports_the_events_it_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from detente.ingest import local

    coded = local.code_batch

    def one_event_twice(batch):  # a coder giving an event twice under one id: the store keeps it once
        return [dataclasses.replace(c, events=c.events + c.events[:1]) for c in coded(batch)]

    monkeypatch.setattr(local, "code_batch", one_event_twice)
    with open_store(tmp_path / "s.duckdb") as s:
        counts = ingest_documents(s, docs(EXERCISE_MONTH, TREATY))
        assert counts.events == s.counts()["events"] == 2


def test_an_ingest_with_no_valid_input_leaves_no_store_file(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "missing.txt"), str(empty), "--db", str(db)])
    assert result.exit_code == 2 and result.stderr.splitlines()[-1] == "detente: no input documents: nothing stored"
    assert not db.exists()


def test_check_finds_a_sound_store_sound_and_names_each_inconsistency(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as s:
        ingest_documents(s, docs(VISIT_A, VISIT_B, TREATY, SANCTIONS))
        visit = s.events(dyad=("RUS", "CHN"))[0]["id"]
        s.curate(visit, "reject", "a duplicate", "ana")
        undone = s.curate(s.events(dyad=("SUN", "IND"))[0]["id"], "edit", "a typo", "ana", status="planned")
        s.undo(undone["seq"], "no typo", "ana")
    sound = CliRunner().invoke(app, ["check", "--db", str(path)])
    assert sound.exit_code == 0 and sound.stderr == ""
    assert sound.stdout == f"{path}: sound: 4 documents, 4 events, 3 incidents, 3 decisions\n"
    con = duckdb.connect(str(path))
    con.execute("UPDATE events SET curation = NULL WHERE id = ?", [visit])  # the trail says rejected
    con.execute("UPDATE documents SET n_sentences = 7 WHERE doc_id = ?", [doc_id(TREATY)])
    con.execute("DELETE FROM incidents WHERE incident_id = (SELECT incident_id FROM events WHERE doc_id = ?)",
                [doc_id(SANCTIONS)])
    con.close()
    damaged = CliRunner().invoke(app, ["check", "--db", str(path)])
    assert damaged.exit_code == 2 and damaged.stdout == ""
    lines = damaged.stderr.splitlines()
    assert [line.split(": ", 3)[-1].split(":")[0] for line in lines] == [
        "documents whose sentence count differs from their sentences",
        # the visit counts again, in the dyads' summary too
        "actor pairs whose dyad_summary differs from their events (count them again with `detente check --recount`)",
        "incidents of events that have no incidents row",
        "incidents whose counts differ from their events",  # the rejected visit counts in its incident again
        "events whose values differ from the last decision in their trail",
        "damaged (5 problems)"]
    assert lines[-1] == f"detente: error: {path}: damaged (5 problems): restore it from a backup"


def test_a_damaged_block_is_named_by_check_and_no_write_proceeds_into_it(imported: Path, tmp_path: Path) -> None:
    path = _copy(imported, tmp_path)
    overwrite_block(path, block_of(path, "events", "original"))
    before = digest(path)
    runner = CliRunner()
    check = runner.invoke(app, ["check", "--db", str(path)])
    assert check.exit_code == 2 and "table events is damaged (Corrupt database file" in check.stderr
    essay = tmp_path / "essay.txt"
    essay.write_text(TREATY)
    ingest = runner.invoke(app, ["ingest", str(essay), "--db", str(path)])
    assert ingest.exit_code == 2
    assert one_line(ingest).startswith(f"detente: error: {path}: table events is damaged (Corrupt database file")
    with pytest.raises(StoreCorrupt, match="restore it from a backup"):
        open_store(path)
    query = runner.invoke(app, ["events", "--origin", "all", "--mentions", "--db", str(path), "-f", "jsonl"])
    assert query.exit_code == 2 and "the store is damaged" in one_line(query)
    assert digest(path) == before


@pytest.mark.parametrize("keep", [0.6, 0.02])
def test_a_store_cut_short_is_one_line_for_every_command(imported: Path, tmp_path: Path, keep: float) -> None:
    path = _copy(imported, tmp_path)
    cut_short(path, keep)
    essay = tmp_path / "essay.txt"
    essay.write_text(TREATY)
    for args in (["events", "--origin", "all", "-f", "jsonl"], ["ingest", str(essay)]):
        result = CliRunner().invoke(app, [*args, "--db", str(path)])
        assert result.exit_code == 2, args
        line = one_line(result)
        assert line.startswith(f"detente: error: {path}: ") and line.endswith(
            f"restore it from a backup; `detente check --db {path}` lists what is wrong"), line
    check = CliRunner().invoke(app, ["check", "--db", str(path)])
    assert check.exit_code == 2 and "Could not read enough bytes" in check.stderr
    assert check.stderr.splitlines()[-1] == f"detente: error: {path}: damaged (1 problem): restore it from a backup"
