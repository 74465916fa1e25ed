"""The summary tables (store/summary.py) give exactly the numbers of a scan of the events: after an
ingest, a recode, an import, every curation decision and its undo, and an upgrade from schema 3."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.analysis import analyse_store, compare_profiles_store, compare_store, profile_store
from detente.analysis.tally import tally, tally_of_rows
from detente.ingest import import_dataset, ingest_documents
from detente.reading import read_text
from detente.store import open_store, summary
from detente.store.query import ORIGINS
from detente.store.records import pair_key

FIXTURES = Path(__file__).parent / "fixtures" / "sources"

VISIT_A = "Putin visited Beijing on 5 May 2015."
VISIT_B = "Russian President Vladimir Putin travelled to China on May 5, 2015."
EXERCISE = "Russia and Pakistan held a joint military exercise in October 2016."
AGREEMENT = "Pakistan and Russia signed a defence cooperation agreement on 20 November 2014."
TWO_ACTS = ("Russia and Pakistan held a joint exercise on 2 October 2018. "
            "Pakistan and Russia signed a defence agreement on 20 November 2019.")
TREATY = "The Soviet Union and India signed a treaty of friendship in August 1971."
DECADE = "In the 1960s Pakistan and China held talks on their border. Pakistan protested to India."
PLANNED = "India will sell missiles to Vietnam in 2026, officials said on 3 March 2025."
TEXTS = (VISIT_A, VISIT_B, EXERCISE, AGREEMENT, TWO_ACTS, TREATY, DECADE, PLANNED)

# What `dyads` counted before the summary: a scan of every event (the reference the summary must equal).
SCAN_DYADS = """
    SELECT split_part(pair_key, '|', 1) AS a, split_part(pair_key, '|', 2) AS b,
           count(DISTINCT coalesce(incident_id, id)) AS incidents, count(*) AS events,
           count(DISTINCT doc_id) AS documents, min(date_start) AS first, max(date_end) AS last
    FROM events e WHERE source_key <> '' AND target_key <> '' AND e.curation IS DISTINCT FROM 'rejected'
    {origin} GROUP BY pair_key ORDER BY incidents DESC, events DESC, pair_key"""


def scanned_dyads(con: Any, origin: str | None) -> list[dict[str, Any]]:
    cur = con.execute(SCAN_DYADS.format(origin="AND coalesce(e.origin, 'text') = ?" if origin else ""),
                      [origin] if origin else [])
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    for r in rows:
        r["first"] = r["first"].isoformat() if r["first"] else None
        r["last"] = r["last"].isoformat() if r["last"] else None
    return rows


def _sorted(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return sorted(rows, key=lambda r: tuple((x is None, str(x)) for x in r))


def assert_summary_true(store: Any) -> None:
    """The summary equals a count from scratch and every scan it replaces, for every pair and origin."""
    con = store.con
    assert _sorted(con.execute("SELECT * FROM dyad_summary").fetchall()) == _sorted(
        con.execute(summary.totals_sql("events")).fetchall())
    assert _sorted(con.execute("SELECT * FROM dyad_periods").fetchall()) == _sorted(
        con.execute(summary.periods_sql("events")).fetchall())
    for origin in (*ORIGINS, None):
        assert store.dyads(origin or "all") == scanned_dyads(con, origin), origin
    for origin in ORIGINS:  # each pair's incidents, as the timelines find them, counted by the tally's key
        by_pair: dict[str, list[dict[str, Any]]] = {}
        for r in store.events(origin=origin):
            by_pair.setdefault(pair_key(actor_key(r["source"]), actor_key(r["target"])), []).append(r)
        stored = con.execute(f"SELECT pair_key, {summary.KEY_COLUMNS}, incidents FROM dyad_periods WHERE origin = ?",
                             [origin]).fetchall()
        counted: dict[str, list[tuple[Any, ...]]] = {}
        for key, *row in stored:
            counted.setdefault(key, []).append(tuple(row))
        assert {k: tally_of_rows(rows) for k, rows in counted.items()} == {
            k: tally(records) for k, records in by_pair.items()}, origin


def actor_key(actor: dict[str, Any]) -> str:
    return actor.get("country") or actor.get("code") or ""


def assert_profiles_equal(store: Any, a: str, b: str, third: str | None = None) -> None:
    """The profile read from the summary is the profile of the records, for 'year', 'decade' and 'auto'."""
    for by in ("year", "decade", "auto"):
        fast, slow = profile_store(store, a, b, by), analyse_store(store, a, b, by)
        assert (fast.profile, fast.phases, fast.landmarks, fast.incidents) == (
            slow.profile, slow.phases, slow.landmarks, len(slow.records))
        if third:
            quick, full = compare_profiles_store(store, a, b, third, by), compare_store(store, a, b, third, by)
            assert (quick.by, quick.periods, quick.landmarks) == (full.by, full.periods, full.landmarks)
            assert [(d.profile, d.phases) for d in quick.dyads] == [(d.profile, d.phases) for d in full.dyads]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("summary") / "filled.duckdb"
    with open_store(path) as store:
        ingest_documents(store, [read_text(t) for t in TEXTS])
    return path


@pytest.fixture()
def store(filled: Path, tmp_path: Path):
    path = tmp_path / "s.duckdb"
    shutil.copy(filled, path)
    with open_store(path) as s:
        yield s


def event_of(store: Any, text: str, n: int = 0) -> dict[str, Any]:
    return store.events(doc=read_text(text).id, mentions=True, include_rejected=True)[n]


def test_ingest_and_recode_keep_the_summary(store) -> None:
    assert len(store.dyads()) >= 5
    assert_summary_true(store)
    assert_profiles_equal(store, "RUS", "PAK", third="CHN")
    assert_profiles_equal(store, "RUS", "IND")
    counts = ingest_documents(store, [read_text(t) for t in (EXERCISE, TREATY)], recode=True)
    assert counts.recoded == 2
    assert_summary_true(store)
    joining = "Russia and Pakistan held joint naval drills in October 2016."  # joins an incident
    ingest_documents(store, [read_text(joining)])
    assert_summary_true(store)
    assert_profiles_equal(store, "RUS", "PAK")


def test_every_decision_and_its_undo_keep_the_summary(store) -> None:
    exercise, agreement = event_of(store, EXERCISE), event_of(store, AGREEMENT)
    steps = [
        (exercise["id"], "confirm", {}),
        (exercise["id"], "reject", {}),
        (agreement["id"], "edit", {"event_type": "CONSULT"}),
        (agreement["id"], "edit", {"target": "IND"}),
        (agreement["id"], "edit", {"date_start": "1998-05-01", "date_end": "1998-05-31", "date_precision": "month"}),
        (event_of(store, TWO_ACTS)["id"], "edit", {"status": "planned"}),
    ]
    done = []
    for event_id, action, edits in steps:
        done.append(store.curate(event_id, action, "checked", "ana", **edits)["seq"])
        assert_summary_true(store)
    assert_profiles_equal(store, "RUS", "PAK", third="IND")
    for seq in reversed(done):
        store.undo(seq, "on second thoughts", "ana")
        assert_summary_true(store)
    assert_profiles_equal(store, "RUS", "PAK")


def test_a_recode_reapplies_decisions_and_keeps_the_summary(store) -> None:
    store.curate(event_of(store, EXERCISE)["id"], "edit", "wrong pair", "ana", target="CHN")
    store.curate(event_of(store, TREATY)["id"], "reject", "a treaty of friendship, not an alliance", "ana")
    ingest_documents(store, [read_text(t) for t in (EXERCISE, TREATY)], recode=True)
    assert_summary_true(store)


def test_imports_add_to_the_summary(store) -> None:
    for dataset, name in (("gdelt", "gdelt_repeated_id.export.CSV"), ("gdelt", "gdelt_malformed.export.CSV"),
                          ("icews", "icews_small.tab"), ("polecat", "polecat_weekly.txt"),
                          ("sipri", "sipri_register.csv"), ("gdelt", "gdelt_more.export.CSV")):
        (result,) = import_dataset(store, dataset, [str(FIXTURES / name)])
        assert result.error is None and result.imported, name
        assert_summary_true(store)
    assert {d for d in ORIGINS} <= {r[0] for r in store.con.execute("SELECT origin FROM dyad_summary").fetchall()}
    gdelt = store.events(origin="gdelt", mentions=True)
    store.curate(gdelt[0]["id"], "reject", "a duplicate report", "ana")  # a decision on an imported event
    assert_summary_true(store)


def test_an_older_store_gets_its_summary_once_on_opening(filled: Path, tmp_path: Path) -> None:
    path = tmp_path / "v3.duckdb"
    shutil.copy(filled, path)
    con = duckdb.connect(str(path))
    for table in summary.NAMES:
        con.execute(f"DROP TABLE {table}")
    con.execute("UPDATE detente_meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    with open_store(path, read_only=True) as s:  # a read upgrades it, through a short writable connection
        assert s.con.execute("SELECT count(*) FROM dyad_periods").fetchone()[0] > 0
        assert_summary_true(s)


def test_a_summary_out_of_step_is_found_by_check_and_counted_again(filled: Path, tmp_path: Path) -> None:
    """A summary changed behind the store's back: `dyads` answers from it, `detente check` names the
    pairs that differ from their events, and `check --recount` counts them again."""
    from typer.testing import CliRunner

    from detente.cli import app

    path = tmp_path / "s.duckdb"
    shutil.copy(filled, path)
    with open_store(path) as store:
        before = store.dyads()
        store.con.execute("UPDATE dyad_summary SET events = events + 1 WHERE pair_key = 'PAK|RUS'")
        store.con.execute("DELETE FROM dyad_periods WHERE pair_key = 'CHN|PAK'")
        assert store.dyads() != before
    found = CliRunner().invoke(app, ["check", "--db", str(path)])
    assert found.exit_code == 2 and "--recount" in found.output
    assert "dyad_summary differs from their events (count them again with `detente check --recount`): PAK|RUS" \
        in " ".join(found.output.split()) and "CHN|PAK" in found.output
    fixed = CliRunner().invoke(app, ["check", "--db", str(path), "--recount"])
    assert fixed.exit_code == 0, fixed.output
    with open_store(path, read_only=True) as store:
        assert store.dyads() == before
        assert_summary_true(store)
