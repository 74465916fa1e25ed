"""Tests of the evaluation metric and the PLOVER gold-standard report."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from detente.errors import InputError, MalformedLine, UnreadableInput
from detente.evaluate import (
    format_gsr_report,
    gsr_report,
    load_jsonl,
    load_plover_gsr,
    score_events,
    score_files,
)

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"  # beside the repository
GSR_PATH = SHARED_EVAL / "external" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
needs_shared = pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="shared evaluation data not present")


def pred(a: str | None, b: str | None, event_type: str, start: str | None = None,
         end: str | None = None, status: str = "occurred") -> dict[str, Any]:
    """A minimal predicted event record."""
    return {"source": {"country": a}, "target": {"country": b}, "event_type": event_type,
            "date": {"start": start, "end": end}, "status": status}


def gold(gid: str, dyad: list[str], types: list[str], date: list[str] | None = None,
         core: bool = True, status: str = "occurred") -> dict[str, Any]:
    """A minimal gold event."""
    return {"id": gid, "core": core, "dyad": dyad, "types": types, "date": date, "status": status}


WAR = gold("G1", ["IND", "PAK"], ["ASSAULT", "COERCE"], ["1965-08-01", "1965-09-30"])
TALKS = gold("G2", ["IND", "PAK"], ["CONSULT"], ["1966-01-01", "1966-01-31"])
BANDUNG = gold("G3", ["IND", "*"], ["CONSULT", "SUPPORT"], ["1955-01-01", "1955-12-31"], core=False)


def test_perfect_prediction() -> None:
    result = score_events([pred("PAK", "IND", "ASSAULT", "1965-09-06", "1965-09-06")], [WAR])
    assert result == {"predicted": 1, "core_gold": 1, "tp": 1, "fp": 0, "duplicates": 0, "neutral": 0,
                      "precision": 1.0, "recall": 1.0, "f1": 1.0, "date_within_gold": "1/1",
                      "non_occurred_status_right": "0/0", "missed": []}


def test_duplicate_is_not_a_false_positive() -> None:
    preds = [pred("IND", "PAK", "ASSAULT", "1965-09-01", "1965-09-01"),
             pred("PAK", "IND", "COERCE", "1965-08-15", "1965-08-15")]
    result = score_events(preds, [WAR, TALKS])
    assert (result["tp"], result["fp"], result["duplicates"]) == (1, 0, 1)
    assert (result["precision"], result["recall"], result["f1"]) == (1.0, 0.5, 0.667)
    assert result["missed"] == ["G2"]


def test_neutral_prediction_matches_optional_gold() -> None:
    preds = [pred("IND", "IDN", "CONSULT", "1955-04-18", "1955-04-24"), pred("IND", "CHN", "AID", "1955")]
    result = score_events(preds, [WAR, BANDUNG])
    assert (result["tp"], result["fp"], result["neutral"], result["precision"]) == (0, 1, 1, 0.0)


def test_undated_prediction_never_matches_dated_gold() -> None:
    result = score_events([pred("IND", "PAK", "ASSAULT")], [WAR])
    assert (result["tp"], result["fp"], result["missed"]) == (0, 1, ["G1"])
    undated_gold = gold("G9", ["IND", "PAK"], ["ASSAULT"], None)
    assert score_events([pred("IND", "PAK", "ASSAULT")], [undated_gold])["tp"] == 1


def test_overlapping_but_wider_date_matches_without_being_within() -> None:
    result = score_events([pred("IND", "PAK", "ASSAULT", "1965-01-01", "1965-12-31")], [WAR])
    assert result["tp"] == 1 and result["date_within_gold"] == "0/1"


def test_star_dyad_and_ussr_codes() -> None:
    golds = [gold("U1", ["*", "IND"], ["CONSULT"], ["1948-01-01", "1948-12-31"]),
             gold("S1", ["SUN", "AFG"], ["ASSAULT"], ["1979-12-01", "1979-12-31"]),
             gold("S2", ["RUS", "AFG"], ["AID"], ["1978-01-01", "1978-12-31"])]
    preds = [{"source": {"country": None, "code": "UNO"}, "target": "IND", "event_type": "CONSULT",
              "date": {"start": "1948-07-01", "end": None}},
             pred("RUS", "AFG", "ASSAULT", "1979-12-27", "1979-12-27"),
             pred("AFG", "SUN", "AID", "1978-06-01", "1978-06-30")]
    result = score_events(preds, golds)
    assert (result["tp"], result["fp"], result["missed"]) == (3, 0, [])


def test_star_needs_both_actors() -> None:
    result = score_events([pred(None, "IND", "CONSULT", "1948-07-01", "1948-07-01")],
                          [gold("U1", ["*", "IND"], ["CONSULT"], ["1948-01-01", "1948-12-31"])])
    assert result["tp"] == 0 and result["fp"] == 1


def test_wrong_type_is_false_positive() -> None:
    result = score_events([pred("IND", "PAK", "AID", "1965-09-01", "1965-09-01")], [WAR])
    assert (result["tp"], result["fp"]) == (0, 1)


def test_matching_is_maximum_and_prefers_dates_within() -> None:
    # the first prediction fits both wars; only a one-to-one matching covering both counts two
    wars = [gold("A", ["IND", "PAK"], ["ASSAULT"], ["1965-01-01", "1965-12-31"]),
            gold("B", ["IND", "PAK"], ["ASSAULT"], ["1965-09-01", "1965-09-30"])]
    preds = [pred("IND", "PAK", "ASSAULT", "1965-09-05", "1965-09-05"),
             pred("IND", "PAK", "ASSAULT", "1965-04-01", "1965-04-30")]
    result = score_events(preds, wars)
    assert (result["tp"], result["duplicates"], result["date_within_gold"]) == (2, 0, "2/2")


def test_status_of_non_occurred_gold() -> None:
    golds = [gold("P1", ["PAK", "CHN"], ["CONSULT"], ["2018-11-01", "2018-11-30"], status="planned"),
             gold("C1", ["PAK", "USA"], ["CONSULT"], ["2018-10-01", "2018-10-31"], status="cancelled")]
    preds = [pred("PAK", "CHN", "CONSULT", "2018-11-02", "2018-11-04", status="planned"),
             pred("USA", "PAK", "CONSULT", "2018-10-10", "2018-10-10")]
    assert score_events(preds, golds)["non_occurred_status_right"] == "1/2"


def test_empty_inputs() -> None:
    assert score_events([], [])["f1"] == 0.0
    assert score_events([], [WAR])["missed"] == ["G1"]


def test_load_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text('{"a": 1}\n\n{"a": 2}\n', encoding="utf-8")
    assert load_jsonl(path) == [{"a": 1}, {"a": 2}]
    path.write_text('{"a": 1}\n{"a": \n', encoding="utf-8")
    with pytest.raises(MalformedLine) as info:
        load_jsonl(path)
    assert info.value.line == 2 and f"{path}:2:" in str(info.value)
    path.write_text('[1, 2]\n', encoding="utf-8")
    with pytest.raises(InputError, match=":1: expected a JSON object"):
        load_jsonl(path)
    with pytest.raises(UnreadableInput):
        load_jsonl(tmp_path / "missing.jsonl")


# --- agreement with the reference script ----------------------------------------------


def _as_prediction(g: dict[str, Any]) -> dict[str, Any]:
    """Turn a gold event into the event record a perfect coder would write."""
    a, b = ("UNO" if x == "*" else x for x in g["dyad"])
    start, end = g["date"] if g["date"] else (None, None)
    return {"source": {"country": a}, "target": {"country": b}, "event_type": g["types"][0],
            "date": {"start": start, "end": end}, "status": g.get("status", "occurred")}


def _variants(golds: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Prediction lists derived from a gold file: exact, thinned, retyped, duplicated, noisy."""
    exact = [_as_prediction(g) for g in golds]
    retyped = [dict(p, event_type="PROTEST") if i % 4 == 0 else p for i, p in enumerate(exact)]
    widened = [dict(p, date={"start": p["date"]["start"][:4] + "-01-01" if p["date"]["start"] else None,
                             "end": None}) for p in exact]
    junk = [{"source": {"country": "FRA"}, "target": {"country": "DEU"}, "event_type": "AID",
             "date": {"start": "1999-01-01", "end": "1999-01-01"}},
            {"source": None, "target": "PAK", "event_type": "ASSAULT", "date": None},
            {"source": {"country": "SUN"}, "target": {"code": "AFGGOV"}, "event_type": "ASSAULT"}]
    return {
        "exact": exact,
        "dropped": [p for i, p in enumerate(exact) if i % 3 != 1],
        "retyped": retyped,
        "duplicated": exact + exact[::2] + [dict(p, status="occurred") for p in exact[1::3]],
        "status_lost": [dict(p, status="occurred") for p in exact],
        "no_status": [{k: v for k, v in p.items() if k != "status"} for p in exact],
        "undated": [dict(p, date=None) if i % 2 else p for i, p in enumerate(exact)],
        "widened": widened,
        "noisy": list(reversed(retyped)) + junk + exact[::5],
        "empty": [],
    }


def _reference_score(pred_path: Path, gold_path: Path) -> dict[str, Any]:
    """Run the shared score.py on two files and parse its JSON output."""
    out = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), str(pred_path), str(gold_path),
                          "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@needs_shared
@pytest.mark.parametrize("gold_path", sorted((SHARED_EVAL / "dev").glob("*.gold.jsonl")),
                         ids=lambda p: p.name.split(".")[0])
def test_same_numbers_as_reference_script(gold_path: Path, tmp_path: Path) -> None:
    golds = load_jsonl(gold_path)
    for name, preds in _variants(golds).items():
        pred_path = tmp_path / f"{name}.jsonl"
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
        assert score_files(pred_path, gold_path) == _reference_score(pred_path, gold_path), name


# --- PLOVER gold-standard sentences ---------------------------------------------------


@pytest.fixture(scope="module")
def gsr() -> list:
    if not GSR_PATH.is_file():
        pytest.skip("PLOVER GSR file not present in the shared evaluation data")
    return load_plover_gsr(GSR_PATH)


def test_load_plover_gsr(gsr: list) -> None:
    assert len(gsr) == 322
    counts = Counter(r.event_type for r in gsr)
    assert not {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT"} & set(counts)
    assert counts["REQUEST"] == 34 and counts["ACCUSE"] == 25 and counts["ASSAULT"] == 32
    first = gsr[0]
    assert first.id == "PLOVER-GSR01-AGREE-0001" and first.source == ("HUN", "ROU") and first.target == ()
    assert any(r.label == "FIGHT" and r.event_type == "ASSAULT" for r in gsr)


def test_gsr_report_with_trivial_predictors(gsr: list) -> None:
    report = gsr_report(gsr, lambda text: "AGREE")
    assert report["records"] == 322 and report["correct"] == 40
    assert report["accuracy"] == round(40 / 322, 3)
    assert report["per_type"]["AGREE"]["recall"] == 1.0
    assert report["per_type"]["AGREE"]["precision"] == round(40 / 322, 3)
    assert report["confusion"]["ASSAULT"]["AGREE"] == 32
    assert sum(sum(row.values()) for row in report["confusion"].values()) == 322

    silent = gsr_report(gsr, lambda text: None)
    assert silent["accuracy"] == 0.0 and silent["no_event"] == 322
    assert silent["confusion"]["AGREE"]["none"] == 40

    text = format_gsr_report(report)
    assert "accuracy: 0.124" in text and "AGREE" in text and "none" in text


def test_gsr_report_on_hand_records() -> None:
    from detente.evaluate import GsrRecord

    records = [GsrRecord("1", "India attacked Pakistan.", "ASSAULT", None, ("IND",), ("PAK",), "FIGHT"),
               GsrRecord("2", "India met Pakistan.", "CONSULT", None, ("IND",), ("PAK",), "CONSULT")]
    report = gsr_report(records, lambda s: "ASSAULT" if "attack" in s else "AID")
    assert report["accuracy"] == 0.5
    assert report["per_type"]["AID"] == {"gold": 0, "predicted": 1, "correct": 0, "precision": 0.0,
                                         "recall": 0.0, "f1": 0.0}
    assert report["confusion"]["CONSULT"]["AID"] == 1
