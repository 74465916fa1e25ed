"""Tests of `detente evaluate --set`: a folder of documents scored per document, genre and pooled,
and every error given one cause."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.diagnose import best_sentence, count_causes, diagnose
from detente.errors import InputError
from detente.evalset import code_set, pooled, read_manifest, read_set_document, score_coded
from detente.model import Sentence

SHARED_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"

ESSAY = ("In March 1931, Freedonia and Sylvania signed a treaty of friendship. "
         "Two years later Freedonia invaded Sylvania.\n")
NEWS = "Chile and Peru held talks in Lima on Tuesday.\n"


def _gold(gid: str, dyad: list[str], types: list[str], date: list[str] | None, what: str,
          core: bool = True, status: str = "occurred") -> dict[str, Any]:
    return {"id": gid, "core": core, "dyad": dyad, "types": types, "date": date, "status": status, "what": what}


def _write_set(folder: Path, rows: list[tuple[str, str, str, str, str, list[dict[str, Any]]]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["name\tpublished\tgenre\tcore_events\tsplit"]
    for name, published, genre, split, text, gold in rows:
        lines.append(f"{name}\t{published}\t{genre}\t{sum(g['core'] for g in gold)}\t{split}")
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    (folder / "MANIFEST.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture()
def small_set(tmp_path: Path) -> Path:
    """Freedonia and Sylvania are not states the gazetteer knows: their acts are misses by design."""
    return _write_set(tmp_path / "set", [
        ("essay1", "2010-01-01", "essay", "tune", ESSAY, [
            _gold("E1", ["*", "*"], ["SUPPORT", "AGREE"], ["1931-03-01", "1931-03-31"],
                  "March 1931 treaty of friendship between Freedonia and Sylvania"),
        ]),
        ("news1", "2019-05-09", "news", "tune", NEWS, [
            _gold("N1", ["CHL", "PER"], ["CONSULT"], ["2019-05-07", "2019-05-07"], "talks in Lima on Tuesday"),
            _gold("N2", ["CHL", "PER"], ["AGREE"], ["2019-05-07", "2019-05-07"], "Chile and Peru agreed a border deal"),
        ]),
        ("news2", "2019-05-09", "news", "check", NEWS, [
            _gold("K1", ["CHL", "BOL"], ["CONSULT"], ["2019-05-07", "2019-05-07"], "talks with Bolivia"),
        ]),
    ])


def test_manifest_rows_keep_genre_and_split(small_set: Path) -> None:
    rows = read_manifest(small_set)
    assert [(r.name, r.genre, r.split, r.hidden) for r in rows] == [
        ("essay1", "essay", "tune", False), ("news1", "news", "tune", False), ("news2", "news", "check", True)]
    assert [r.name for r in read_manifest(small_set, ["news1"])] == ["news1"]


def test_a_bad_manifest_is_named_with_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="MANIFEST.tsv"):
        read_manifest(tmp_path)
    (tmp_path / "MANIFEST.tsv").write_text("name\tdate\nx\t2010-01-01\n", encoding="utf-8")
    with pytest.raises(InputError, match="has no published, genre column"):
        read_manifest(tmp_path)
    (tmp_path / "MANIFEST.tsv").write_text("name\tpublished\tgenre\nx\t2010-01-01\tnews\n", encoding="utf-8")
    with pytest.raises(InputError, match="lists no document named y"):
        read_manifest(tmp_path, ["y"])


def test_the_document_is_read_as_the_shared_script_gives_it(small_set: Path) -> None:
    doc = read_set_document(read_manifest(small_set)[1])
    assert (doc.id, doc.published.isoformat()) == ("news1", "2019-05-09")


def test_set_scores_pool_documents_by_genre_and_split(small_set: Path) -> None:
    summary = score_coded(code_set(read_manifest(small_set)))
    docs = summary["documents"]
    assert docs["news1"]["tp"] == 1 and docs["news1"]["missed"] == ["N2"]
    assert docs["essay1"]["tp"] == 0 and docs["essay1"]["missed"] == ["E1"]
    assert docs["news2"]["missed"] is None  # a check document's misses are never shown
    news = summary["genres"]["news"]
    assert (news["documents"], news["core_gold"]) == (2, 3)
    assert news["tp"] == docs["news1"]["tp"] + docs["news2"]["tp"]
    assert summary["splits"]["check"]["documents"] == 1
    assert summary["all"]["core_gold"] == 4


def test_pooling_sums_counts_not_scores() -> None:
    a = {"tp": 1, "fp": 0, "core_gold": 1, "date_within_gold": "1/1", "non_occurred_status_right": "0/0"}
    b = {"tp": 0, "fp": 3, "core_gold": 3, "date_within_gold": "0/0", "non_occurred_status_right": "1/2"}
    p = pooled([a, b])
    assert (p["precision"], p["recall"], p["f1"]) == (0.25, 0.25, 0.25)
    assert p["non_occurred_status_right"] == "1/2"


def _record(a: str | None, b: str | None, event_type: str, start: str | None, sentence: int,
            status: str = "occurred") -> dict[str, Any]:
    return {"source": {"country": a}, "target": {"country": b}, "event_type": event_type,
            "date": {"start": start, "end": start}, "status": status, "trigger": "x",
            "evidence": {"sentence": sentence}, "mentions": []}


def _causes(text: str, records: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[str, str]]:
    from detente.reading import read_text

    return [(e.kind, e.cause) for e in diagnose("d", read_text(text), records, gold)]


TEXT = ("Chile and Peru held talks in Lima in May 2019. Peru recalled its ambassador from Santiago in June 2019. "
        "Bolivia protested. Chile and Bolivia signed a trade accord in July 2019.")


def test_one_part_wrong_is_named_for_that_part() -> None:
    talks = _gold("G1", ["CHL", "PER"], ["CONSULT"], ["2019-05-01", "2019-05-31"], "Chile Peru talks Lima May 2019")
    assert _causes(TEXT, [_record("CHL", "PER", "CONSULT", "2018-05-01", 0)], [talks]) == [
        ("miss", "wrong or missing date"), ("false positive", "wrong or missing date")]
    assert _causes(TEXT, [_record("CHL", "PER", "ACCUSE", "2019-05-02", 0)], [talks])[0] == ("miss", "wrong type")
    assert _causes(TEXT, [_record("CHL", None, "CONSULT", "2019-05-02", 0)], [talks])[0] == (
        "miss", "actor not found")
    assert _causes(TEXT, [_record("CHL", "BOL", "CONSULT", "2019-05-02", 0)], [talks])[0] == ("miss", "wrong actor")


def test_a_miss_with_nothing_coded_in_its_sentence() -> None:
    recall = _gold("G2", ["PER", "CHL"], ["REJECT", "SANCTION"], ["2019-06-01", "2019-06-30"],
                   "Peru recalled its ambassador from Santiago, June 2019")
    accord = _gold("G3", ["CHL", "ARG"], ["SUPPORT"], ["2019-07-01", "2019-07-31"], "Chile Argentina trade accord")
    assert _causes(TEXT, [], [recall]) == [("miss", "trigger not found")]  # Peru and Santiago are both named
    assert _causes(TEXT, [], [accord]) == [("miss", "actor not found")]  # Argentina is not


def test_one_record_for_two_gold_acts_is_merged_away_and_statuses_are_checked() -> None:
    first = _gold("G1", ["CHL", "PER"], ["CONSULT"], ["2019-05-01", "2019-05-31"], "talks in Lima",
                  status="cancelled")
    second = _gold("G4", ["CHL", "PER"], ["CONSULT"], ["2019-05-01", "2019-05-31"], "a second round in Lima",
                   status="planned")
    found = _causes(TEXT, [_record("CHL", "PER", "CONSULT", "2019-05-05", 0, "negotiating")], [first, second])
    assert sorted(found) == [("miss", "merged away"), ("status", "wrong status")]


def test_false_positive_with_nothing_near_is_not_an_event() -> None:
    gold = [_gold("G1", ["CHL", "PER"], ["CONSULT"], ["2019-05-01", "2019-05-31"], "talks")]
    records = [_record("CHL", "PER", "CONSULT", "2019-05-02", 0), _record("BOL", "ARG", "ASSAULT", None, 2)]
    assert _causes(TEXT, records, gold) == [("false positive", "not an event")]


def test_count_per_cause_covers_every_cause() -> None:
    from detente.diagnose import CAUSES, CodingError

    counts = count_causes([CodingError("d", "miss", "wrong type", None, None, None)] * 2)
    assert list(counts) == list(CAUSES)
    assert counts["wrong type"] == {"miss": 2, "false positive": 0, "status": 0, "all": 2}


def test_best_sentence_is_the_one_sharing_most_words() -> None:
    sentences = [Sentence(0, 0, 10, "Peru protested."), Sentence(1, 11, 50, "Chile signed a trade accord in 2019.")]
    assert best_sentence("trade accord signed by Chile, 2019", sentences).index == 1
    assert best_sentence("nothing in common", sentences) is None


def test_cli_prints_errors_of_tune_documents_and_the_count_per_cause(small_set: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", "--set", str(small_set), "--errors"])
    assert result.exit_code == 0, result.output
    assert "news1 miss:" in result.output and "N2" in result.output
    assert "news2" not in result.output.split("cause ")[0]  # no errors of the check document
    assert "all 3 documents pooled" in result.output
    assert "trigger not found" in result.output.split("cause ")[1]


def test_cli_json_and_option_errors(small_set: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", "--set", str(small_set), "--json", "--errors"])
    data = json.loads(result.output)
    assert set(data) >= {"documents", "genres", "splits", "all", "errors", "causes"}
    bad = CliRunner().invoke(app, ["evaluate", "--errors"])
    assert bad.exit_code == 2 and "--errors: works only with --set DIR" in bad.output
    missing = CliRunner().invoke(app, ["evaluate", "--set", str(small_set / "nowhere")])
    assert missing.exit_code == 2 and "MANIFEST.tsv" in missing.output


@pytest.mark.skipif(not SHARED_DEV.is_dir(), reason="../shared/eval/dev is not beside the repository")
@pytest.mark.slow
def test_same_numbers_as_the_shared_set_script() -> None:
    detente = Path(sys.executable).parent / "detente"
    script = SHARED_DEV.parent / "score_set.py"
    rows = read_manifest(SHARED_DEV)
    # the shortest document of each genre (the whole set is the same computation, only longer)
    names = [min((r for r in rows if r.genre == g), key=lambda r: r.text_path.stat().st_size).name
             for g in sorted({r.genre for r in rows})]
    theirs = json.loads(subprocess.run([sys.executable, str(script), str(detente), str(SHARED_DEV), "--json",
                                        "--only", *names], capture_output=True, text=True, check=True).stdout)
    ours = score_coded(code_set(read_manifest(SHARED_DEV, names)))
    assert len(ours["documents"]) == len(names) >= 4
    assert ours["all"]["f1"] == theirs["all"]["f1"]
    for genre, pooled_score in theirs["genres"].items():
        assert {k: ours["genres"][genre][k] for k in pooled_score} == pooled_score
    for name, result in theirs["documents"].items():
        mine = {k: v for k, v in ours["documents"][name].items() if k not in ("genre", "split", "missed")}
        assert mine == {k: v for k, v in result.items() if k != "missed"}
