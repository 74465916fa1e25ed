"""Tests of the Dask engine (detente.ingest.dask): partitions, coding on a LocalCluster of 2 worker
processes, failures and reruns, the merge into incidents, and queries on the Parquet store."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.ingest import ingest_documents
from detente.ingest.dask import ingest
from detente.ingest.dask.combine import done_partitions
from detente.ingest.dask.partitions import Partition, expand, parse_partition, plan, read_partition
from detente.store import StoreError, StoreMissing, open_store

MILESTONES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "milestones.jsonl"
needs_corpus = pytest.mark.skipif(not MILESTONES.exists(), reason=f"{MILESTONES} is absent (../shared)")
distributed = pytest.importorskip("distributed", reason="the Dask engine's tests need dask.distributed")


def run_cli(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def events_by_id(path: Path) -> dict[str, dict[str, Any]]:
    with open_store(path, read_only=True) as store:
        return {r["id"]: r for r in store.events(mentions=True, origin=None)}


def corpus_head(path: Path, n: int) -> Path:
    """The first n documents of the milestones corpus, as a JSONL file."""
    lines = MILESTONES.read_text(encoding="utf-8").splitlines()[:n]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def single_process_store(corpus: Path, db: Path) -> Path:
    from detente.reading import read_inputs

    with open_store(db) as store:
        ingest_documents(store, [d for d in read_inputs([str(corpus)]) if not isinstance(d, Exception)], workers=1)
    return db


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=50
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


# --- partitions (no cluster) ------------------------------------------------------------------


@pytest.mark.parametrize("size", [1, 7, 64, 300, 5000])
def test_jsonl_partitions_hold_every_line_once(tmp_path: Path, size: int) -> None:
    lines = [json.dumps({"id": f"d{n}", "text": "x" * (n * 37 % 250 + 1)}) for n in range(40)]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parts = plan(str(corpus), partition_bytes=size)
    assert parts[0].start == 0 and parts[-1].end == corpus.stat().st_size
    read = [line.decode() for p in parts for _, line in read_partition(p).lines]
    assert read == lines


def test_remote_urls_are_read_through_fsspec() -> None:
    import fsspec

    fs = fsspec.filesystem("memory")
    lines = [json.dumps({"id": f"d{n}", "text": f"Russia and Pakistan met in May {2000 + n}."}) for n in range(9)]
    for name in ("a", "b"):
        with fs.open(f"/corpus/{name}.jsonl", "wb") as handle:
            handle.write(("\n".join(lines) + "\n").encode())
    files, errors = expand(["memory://corpus/*.jsonl", "memory://corpus/none.jsonl"])
    assert files == ["memory:///corpus/a.jsonl", "memory:///corpus/b.jsonl"]
    assert errors == ["memory:///corpus/none.jsonl: no such file: check the path"]
    parts = plan(files[0], partition_bytes=100)
    assert len(parts) > 3
    read = [d.id for p in parts for d in parse_partition(p, read_partition(p)).documents]
    assert read == [f"d{n}" for n in range(9)]
    fs.rm("/corpus", recursive=True)


def test_a_bad_line_is_reported_with_its_byte_offset_and_the_others_are_read(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    good = json.dumps({"id": "a", "text": "Russia and Pakistan held talks in May 2015."}).encode()
    corpus.write_bytes(good + b"\n{not json\n" + b'{"text": "caf\xe9"}\n' + good.replace(b'"a"', b'"b"') + b"\n")
    part = plan(str(corpus))[0]
    parsed = parse_partition(part, read_partition(part))
    assert [d.id for d in parsed.documents] == ["a", "b"]
    assert parsed.errors == [
        f"{corpus}: the line at byte {len(good) + 1}: not valid JSON (Expecting property name enclosed in double "
        "quotes): fix or remove the line",
        f"{corpus}: the line at byte {len(good) + 11}: is not UTF-8: fix or remove it",
    ]


def test_a_partition_computed_again_in_the_same_run_counts_as_coded(tmp_path: Path) -> None:
    from detente.ingest.dask.worker import code_partition

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "Russia and Pakistan held a joint exercise in October 2016."}) + "\n")
    part = plan(str(corpus))[0]
    first = code_partition(part, str(tmp_path / "out"), run="run-1")
    again = code_partition(part, str(tmp_path / "out"), run="run-1")  # Dask redoing a task of a dead worker
    later = code_partition(part, str(tmp_path / "out"), run="run-2")
    recoded = code_partition(part, str(tmp_path / "out"), recode=True, run="run-3")
    assert (first.status, again.status, later.status, recoded.status) == ("coded", "coded", "skipped", "coded")
    assert again.events == first.events == 1 and again.documents == 1


def test_a_partition_is_named_by_its_input_and_range() -> None:
    a, b = Partition("/c.jsonl", "jsonl", 0, 10), Partition("/c.jsonl", "jsonl", 10, 20)
    assert a.pid != b.pid and a.pid == Partition("/c.jsonl", "jsonl", 0, 10).pid


# --- options (no cluster) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--engine", "dask"], "--out: --engine dask writes a Parquet store into a folder"),
        (["--out", "X", "--engine", "local"], "--engine local: --out, --scheduler and --local-workers go with"),
        (["--engine", "dask", "--out", "X", "--local-workers", "0"], "--local-workers: 0 is not a number"),
        (
            ["--engine", "dask", "--out", "X", "--scheduler", "tcp://h:1", "--local-workers", "2"],
            "--scheduler: give either --scheduler or --local-workers",
        ),
        (["--engine", "dask", "--out", "X", "--partition-mb", "0"], "--partition-mb: 0.0 is not a size"),
    ],
)
def test_bad_dask_options_give_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "Russia and Pakistan held talks."}) + "\n", encoding="utf-8")
    result = run_cli("ingest", str(corpus), *[a.replace("X", str(tmp_path / "out")) for a in args])
    assert result.exit_code == 2
    assert result.output.startswith("detente: error: " + message)
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_out_must_be_a_new_folder_or_an_archive(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "Russia and Pakistan held talks."}) + "\n", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine", encoding="utf-8")
    result = run_cli("ingest", str(corpus), "--engine", "dask", "--out", str(tmp_path / "other"))
    assert result.exit_code == 2 and "is not empty and not a detente archive" in result.output
    assert [p.name for p in (tmp_path / "other").iterdir()] == ["notes.txt"]


def test_unusable_inputs_are_one_line_each_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    con = duckdb.connect()
    con.execute(f"COPY (SELECT 'x' AS body) TO '{tmp_path / 'notext.parquet'}' (FORMAT parquet)")
    con.close()
    (tmp_path / "notes.txt").write_text("Russia and Pakistan held talks.", encoding="utf-8")
    inputs = [str(tmp_path / n) for n in ("empty.jsonl", "notext.parquet", "notes.txt", "missing.jsonl")]
    result = run_cli("ingest", *inputs, "--engine", "dask", "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"detente: error: {tmp_path / 'notes.txt'}: the Dask engine reads .jsonl and .parquet corpora: convert "
        "it or use --engine local",
        f"detente: error: {tmp_path / 'missing.jsonl'}: no such file: check the path",
        f"detente: error: {tmp_path / 'empty.jsonl'}: is empty: pass a file with one JSON document per line",
        f'detente: error: {tmp_path / "notext.parquet"}: has no "text" column: every row needs the document text '
        'in "text"',
    ]


# --- the Dask path on a LocalCluster of 2 workers ---------------------------------------------


SAMPLE_STEP = 5  # every fifth document: all eras, many partitions; the whole corpus is the benchmark's
HEAD_DOCUMENTS = 41


@pytest.fixture(scope="module")
def milestones_head(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not MILESTONES.exists():
        pytest.skip(f"{MILESTONES} is absent (../shared)")
    path = tmp_path_factory.mktemp("sample") / "sample.jsonl"
    path.write_text("\n".join(MILESTONES.read_text(encoding="utf-8").splitlines()[::SAMPLE_STEP]) + "\n",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def milestones_single(tmp_path_factory: pytest.TempPathFactory, milestones_head: Path) -> Path:
    return single_process_store(milestones_head, tmp_path_factory.mktemp("single") / "single.duckdb")


@pytest.fixture(scope="module")
def milestones_archive(tmp_path_factory: pytest.TempPathFactory, client: Any,
                       milestones_head: Path) -> tuple[Path, Any]:
    out = tmp_path_factory.mktemp("archive") / "store"
    run = ingest([str(milestones_head)], out, client=client, partition_bytes=20 << 10)
    return out, run


@needs_corpus
def test_dask_ingest_gives_the_events_of_the_single_process_ingest(
    milestones_single: Path, milestones_archive: tuple[Path, Any]
) -> None:
    out, run = milestones_archive
    assert run.partitions >= 8 and run.coded == run.partitions and not run.failed
    assert run.documents == HEAD_DOCUMENTS and run.merged.documents == HEAD_DOCUMENTS
    single, archive = events_by_id(milestones_single), events_by_id(out)
    assert len(single) > 300
    assert archive.keys() == single.keys()
    assert [k for k in single if archive[k] != single[k]] == []  # every field, incident ids included
    assert len({r["incident_id"] for r in archive.values()}) < len(archive)  # mentions did merge


@needs_corpus
def test_queries_on_the_parquet_store_equal_those_on_the_duckdb_store(
    milestones_single: Path, milestones_archive: tuple[Path, Any]
) -> None:
    out, _ = milestones_archive
    for command in (
        ["timeline", "SUN", "USA"],
        ["dyads"],
        ["events", "--actor", "FRA"],
        ["docs"],
        ["profile", "GBR", "USA"],
    ):
        on_file = run_cli(*command, "--db", str(milestones_single), "--format", "jsonl")
        on_folder = run_cli(*command, "--db", str(out), "--format", "jsonl")
        assert on_file.exit_code == 0 and on_folder.exit_code == 0, command
        if command == ["docs"]:  # listed in the order of storing, which differs, as does its time

            def listed(output: str) -> list[dict[str, Any]]:
                rows = [json.loads(line) for line in output.splitlines()]
                return sorted(
                    ({k: v for k, v in r.items() if k != "ingested_at"} for r in rows), key=lambda r: r["doc_id"]
                )

            assert listed(on_file.output) == listed(on_folder.output)
        else:
            assert on_file.output == on_folder.output, command
        assert len(on_folder.output.splitlines()) > 3, command
    with open_store(out) as folder, open_store(milestones_single, read_only=True) as file:
        for record in folder.events(dyad=("SUN", "USA"))[:20]:
            shown, expected = folder.show(record["id"]), file.show(record["id"])
            for event in (shown, expected):
                event["document"].pop("ingested_at", None)
            assert shown == expected
            assert shown["in_context"] and shown["document"]["doc_id"] == record["doc_id"]


@needs_corpus
def test_the_parquet_store_holds_the_summary_of_its_events(
    milestones_single: Path, milestones_archive: tuple[Path, Any]
) -> None:
    from detente.store import summary
    from test_summary import assert_summary_true

    out, _ = milestones_archive
    with open_store(out) as folder, open_store(milestones_single, read_only=True) as file:
        assert_summary_true(folder)
        for table in summary.NAMES:
            rows = [sorted(s.con.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for s in (folder, file)]
            assert rows[0] == rows[1] and rows[0], table


@needs_corpus
def test_an_archive_of_an_older_schema_is_merged_again_by_the_next_run(
    milestones_head: Path, milestones_archive: tuple[Path, Any], tmp_path: Path, client: Any
) -> None:
    out = tmp_path / "old"
    shutil.copytree(milestones_archive[0], out)
    mark = out / "store" / "store.json"
    mark.write_text(mark.read_text(encoding="utf-8").replace('"schema_version": "5"', '"schema_version": "4"'),
                    encoding="utf-8")
    with pytest.raises(StoreError, match="merges it anew"):
        open_store(out)
    run = ingest([str(milestones_head)], out, client=client, partition_bytes=20 << 10)
    assert run.coded == 0 and run.merged is not None  # nothing coded again
    with open_store(out) as store, open_store(milestones_archive[0]) as before:
        assert store.dyads() == before.dyads()


@needs_corpus
def test_each_worker_loads_the_language_model_once(milestones_archive: tuple[Path, Any], client: Any) -> None:
    _, run = milestones_archive
    loads = client.run(lambda: __import__("detente.coding.nlp", fromlist=["pipeline"]).pipeline.cache_info().misses)
    assert len(loads) == 2 and run.partitions > 2 * len(loads)
    assert all(n <= 1 for n in loads.values()) and sum(loads.values()) >= 1


@needs_corpus
def test_the_parquet_store_refuses_writes_in_one_line(milestones_archive: tuple[Path, Any], tmp_path: Path) -> None:
    out, _ = milestones_archive
    text = tmp_path / "t.txt"
    text.write_text("Russia and Pakistan held talks in May 2015.", encoding="utf-8")
    result = run_cli("ingest", str(text), "--db", str(out))
    assert result.exit_code == 2
    assert "is a Parquet store written by the Dask engine" in result.output
    with open_store(out) as store, pytest.raises(StoreError):
        store.curate(next(iter(events_by_id(out))), "reject", reason="test")


def _fault_on_title(word: str | None, how: str = "raise") -> None:
    """Run on each worker: make the coder fail on a batch holding a document whose title has word, by
    raising (how="raise") or by ending the worker process at once (how="exit"); word None removes it."""
    import os

    import detente.ingest.dask.worker as module

    original = getattr(module, "_original_code_batch", module.code_batch)
    module._original_code_batch = original
    if word is None:
        module.code_batch = original
        return

    def broken(docs: list[Any]) -> Any:
        if any(word in (d.title or "") for d in docs):
            if how == "exit":
                os._exit(1)
            raise RuntimeError(f"injected failure on {word}")
        return original(docs)

    module.code_batch = broken


@needs_corpus
def test_a_failing_partition_is_reported_and_a_rerun_fills_the_gap(tmp_path: Path, client: Any) -> None:
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    corpus = corpus_head(tmp_path / "head.jsonl", 30)
    titles = [json.loads(line)["title"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    word = titles[17]
    out = tmp_path / "out"
    client.run(_fault_on_title, word)
    try:
        first = ingest([str(corpus)], out, client=client, partition_bytes=24 << 10, retries=1)
    finally:
        client.run(_fault_on_title, None)
    assert first.partitions >= 4
    assert len(first.failed) == 1 and "injected failure" in first.failed[0][1]
    assert first.coded == first.partitions - 1 and first.merged is not None
    with open_store(out) as store:
        partial = store.counts()["documents"]
        assert 0 < partial < 30
        assert word not in {d["title"] for d in store.docs()}

    second = ingest([str(corpus)], out, client=client, partition_bytes=24 << 10)
    assert not second.failed and second.coded == 1 and second.skipped == first.partitions - 1
    assert len(done_partitions(out)) == first.partitions
    assert len(list((out / "parts").iterdir())) == first.partitions  # no scratch, no duplicate
    single = single_process_store(corpus, tmp_path / "single.duckdb")
    assert events_by_id(out) == events_by_id(single)
    with open_store(out) as store:
        assert store.counts()["documents"] == 30


@needs_corpus
def test_a_worker_killed_midway_is_replaced_and_nothing_is_lost(tmp_path: Path, client: Any) -> None:
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    corpus = corpus_head(tmp_path / "head.jsonl", 16)
    word = json.loads(corpus.read_text(encoding="utf-8").splitlines()[9])["title"]
    before = set(client.run(os.getpid).values())
    client.run(_fault_on_title, word, "exit")
    out = tmp_path / "out"
    try:
        run = ingest([str(corpus)], out, client=client, partition_bytes=24 << 10)
    finally:
        client.run(_fault_on_title, None)  # a worker that survived still has the fault
    client.wait_for_workers(2)
    assert set(client.run(os.getpid).values()) != before  # a worker process died and was replaced
    assert not run.failed and run.coded == run.partitions and run.documents == 16
    single = single_process_store(corpus, tmp_path / "single.duckdb")
    assert events_by_id(out) == events_by_id(single)
    assert len(list((out / "parts").iterdir())) == run.partitions


@needs_corpus
def test_parquet_input_and_repeated_documents(tmp_path: Path, client: Any) -> None:
    corpus = corpus_head(tmp_path / "head.jsonl", 12)
    doubled = tmp_path / "doubled.jsonl"  # every document twice: stored once, as by the single-process path
    doubled.write_text(corpus.read_text(encoding="utf-8") * 2, encoding="utf-8")
    con = duckdb.connect()
    con.execute(f"COPY (SELECT * FROM read_json_auto('{doubled}')) TO '{tmp_path / 'c.parquet'}' (FORMAT parquet)")
    con.close()
    out = tmp_path / "out"
    run = ingest([str(tmp_path / "c.parquet")], out, client=client, partition_rows=5)
    assert run.partitions == 5 and run.documents == 24 and run.merged.repeated_documents == 12
    single = single_process_store(doubled, tmp_path / "single.duckdb")
    assert events_by_id(out) == events_by_id(single)


def test_a_folder_with_no_merged_store_says_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "detente-archive.json").write_text('{"format": "detente-archive"}', encoding="utf-8")
    with pytest.raises(StoreMissing, match="no merged store yet"):
        open_store(tmp_path)
    shutil.rmtree(tmp_path)
