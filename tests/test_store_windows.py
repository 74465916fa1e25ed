"""A long document is stored window by window as it is coded: the store ends as if the document
were stored whole, and a run cut short between windows leaves a consistent store that the next
ingest completes."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.coding import pipeline
from detente.ingest import ingest_documents
from detente.reading import read_text
from detente.store import open_store
from detente.store.check import check_store
from detente.store.writing import WindowWriter
from test_coding_windows import TEXT

EVENT_FIELDS = "id, seq, doc_id, incident_id, event_type, date_start, date_end, date_basis, status, mentions"


def contents(path: Path) -> dict[str, list]:
    """What a store holds, but the time of storing."""
    with open_store(path, read_only=True) as s:
        q = s.con.execute
        return {
            "events": q(f"SELECT {EVENT_FIELDS} FROM events ORDER BY seq").fetchall(),
            "incidents": q("SELECT * FROM incidents ORDER BY incident_id").fetchall(),
            "sentences": q("SELECT * FROM sentences ORDER BY ALL").fetchall(),
            "documents": q("SELECT doc_id, n_chars, n_sentences, n_events FROM documents").fetchall(),
            "summary": q("SELECT * FROM dyad_summary ORDER BY ALL").fetchall(),
            "periods": q("SELECT * FROM dyad_periods ORDER BY ALL").fetchall(),
        }


OTHER = "Pakistan and India held talks in Tashkent in August 1965. India protested against Pakistan."


def ingest(path: Path, texts: list[str], **options) -> object:
    with open_store(path) as s:
        return ingest_documents(s, [read_text(t) for t in texts], **options)


@pytest.fixture
def small_windows(monkeypatch):
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", 100)


@pytest.fixture(scope="module")
def whole(tmp_path_factory) -> dict[str, list]:
    path = tmp_path_factory.mktemp("whole") / "s.duckdb"
    ingest(path, [OTHER, TEXT])
    return contents(path)


def test_a_document_stored_window_by_window_is_stored_as_whole(tmp_path, small_windows, whole):
    ticks = []
    counts = ingest(tmp_path / "s.duckdb", [OTHER, TEXT], progress=lambda d, n: ticks.append((d, n)))
    assert contents(tmp_path / "s.duckdb") == whole
    assert (counts.stored, counts.events) == (2, len(whole["events"]))
    # progress after every window of the long document, not only once it is done
    assert len(ticks) > 5 and ticks == sorted(ticks) and ticks[-1] == (2, len(whole["sentences"]))


def test_a_run_cut_short_between_windows_leaves_a_consistent_store_and_a_rerun_completes_it(
        tmp_path, small_windows, whole, monkeypatch):
    path = tmp_path / "s.duckdb"
    write = WindowWriter.write
    calls = []

    def failing(self, window):
        calls.append(window)
        if len(calls) == 4:
            raise KeyboardInterrupt  # the user stops the ingest while the fourth window is written
        write(self, window)

    monkeypatch.setattr(WindowWriter, "write", failing)
    with pytest.raises(KeyboardInterrupt):
        ingest(path, [OTHER, TEXT])
    report = check_store(path)
    assert report.ok, report.problems
    with open_store(path, read_only=True) as s:
        rows = s.con.execute("SELECT doc_id, n_events FROM documents ORDER BY n_chars").fetchall()
        stored = s.con.execute("SELECT count(*) FROM sentences WHERE doc_id = ?", [rows[1][0]]).fetchone()[0]
    assert rows[1][1] is None  # the long document is marked unfinished
    assert stored == sum(len(w.sentences) for w in calls[:3])  # three whole windows, not the fourth
    monkeypatch.setattr(WindowWriter, "write", write)
    counts = ingest(path, [OTHER, TEXT])
    assert (counts.skipped, counts.recoded) == (1, 1)  # the unfinished document is coded again
    assert contents(path) == whole


def test_cli_ingest_shows_progress_only_when_asked(tmp_path):
    from typer.testing import CliRunner

    from detente.cli.store import app

    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")
    quiet = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "q.duckdb")])
    shown = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.duckdb"),
                                     "--progress"])
    assert quiet.exit_code == shown.exit_code == 0
    assert "sentences stored" not in quiet.stderr
    assert "detente: 1 documents, 2 sentences stored" in shown.stderr
