"""The coder against the shared evaluation sets: the dev texts and the PLOVER gold records.

These are the project's acceptance figures (issue "The event coder"); they skip when
../shared is not beside the repository, as in a user's fresh clone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import detente
from detente.evaluate import gsr_report, load_jsonl, load_plover_gsr, score_events

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "eval" / "dev"
GSR = SHARED / "eval" / "external" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
DEV_TEXTS = {
    "india_pakistan_war_1965": date(2013, 10, 31),
    "soviet_invasion_afghanistan_1978_1980": date(2013, 10, 31),
    "voa_china_pakistan_cpec_2018": date(2018, 10, 8),
}
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is not beside the repository")


def _coded(name: str) -> list[dict]:
    doc = detente.read(DEV / f"{name}.txt")
    return [e.to_dict() for e in detente.extract(doc, DEV_TEXTS[name])]


@needs_dev
@pytest.mark.slow
def test_dev_texts_meet_the_acceptance_scores():
    tp = fp = core = 0
    for name in DEV_TEXTS:
        result = score_events(_coded(name), load_jsonl(DEV / f"{name}.gold.jsonl"))
        assert result["f1"] >= 0.60, (name, result)
        inside, matched = (int(x) for x in result["date_within_gold"].split("/"))
        assert inside >= 0.8 * matched, (name, result)
        tp, fp, core = tp + result["tp"], fp + result["fp"], core + result["core_gold"]
    precision, recall = tp / (tp + fp), tp / core
    assert 2 * precision * recall / (precision + recall) >= 0.75, (tp, fp, core)


@pytest.mark.skipif(not GSR.is_file(), reason="../shared/eval/external/plover_gsr is not beside the repository")
@pytest.mark.slow
def test_plover_gold_records_event_type_accuracy():
    from detente.coding.classify import sentence_type

    report = gsr_report(load_plover_gsr(GSR), sentence_type)
    assert report["accuracy"] >= 0.75, report["accuracy"]
