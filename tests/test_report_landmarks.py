"""Tests of a review's landmarks and notes as a reader cites them: each landmark shows its quote and
event (a link into the web app with --base-url), an earlier SIPRI order is set beside the texts'
first arms transfer, and notes run in order with links back to where they are cited.

The store holds an invented text whose first dated arms transfer (March 1975) comes after an
undated delivery (which would take the publication-less fallback date of 1948) and whose exercise
and agreement are coded below the confidence threshold, and an invented SIPRI register with a 1968
order.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from typer.testing import CliRunner

from detente.analysis.landmarks import MIN_CONFIDENCE, Landmark, citable, earlier_in_dataset
from detente.cli import app
from detente.store import open_store

TEXT = """Pakistan and the Soviet Union established diplomatic relations on 1 May 1948.

The two countries signed a defence cooperation agreement. Russia delivered four helicopters to Pakistan.

In March 1975 the Soviet Union sold Pakistan twenty tanks. The two armies later held a joint exercise.
"""
REGISTER_HEAD = (Path(__file__).parent / "fixtures" / "sources" / "sipri_register.csv").read_bytes(
    ).splitlines()[:12]  # the preamble and header of a register export (Windows-1252)
ORDERS = ["Pakistan,Soviet Union,1968,,10,,Mi-8,transport helicopter,10,,1969,New,Invented order,1,10,10",
          "Pakistan,Russia,1980,,2,,T-72,tank,2,,1981,New,Invented order,1,2,2"]
BASE = "http://127.0.0.1:8000"


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in (result.output or ""), result.output
    return result


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("landmarks")
    text, register, db = folder / "relations.txt", folder / "register.csv", folder / "r.duckdb"
    text.write_text(TEXT, encoding="utf-8")
    register.write_bytes(b"\n".join([*REGISTER_HEAD, *(o.encode() for o in ORDERS)]) + b"\n")
    assert run("ingest", str(text), "--published", "2020-01-01", "--db", str(db)).exit_code == 0
    assert run("import", "sipri", str(register), "--db", str(db)).exit_code == 0
    return db


def review(store: Path, out: Path, *options: str) -> Any:
    result = run("report", "SUN", "PAK", "--out", str(out), "--db", str(store), *options)
    assert result.exit_code == 0, result.output
    return lxml.html.fromstring(out.read_text("utf-8")) if out.suffix == ".html" else out.read_text("utf-8")


def landmark_rows(page: Any) -> list[dict[str, Any]]:
    [table] = page.xpath("//section[@id='overview']//table[contains(caption, 'Landmarks')]")
    columns = [th.text_content() for th in table.xpath(".//th")]
    return [dict(zip(columns, tr.xpath("./td"), strict=True)) for tr in table.xpath("./tbody/tr")]


def test_each_landmark_of_the_review_is_an_occurred_event_dated_by_its_sentence(store: Path, tmp_path: Path) -> None:
    rows = landmark_rows(review(store, tmp_path / "r.html"))
    with open_store(store, read_only=True) as db:
        shown = {row["Landmark"].text_content(): (row, db.show(row["Event id"].text_content().strip()))
                 for row in rows}
    # the undated delivery (1948 by fallback) is no arms landmark, the weakly coded agreement and exercise none
    assert {label: row["Date"].text_content()[:-1] for label, (row, _) in shown.items()} == {
        "Diplomatic relations established": "1 May 1948", "First arms transfer": "Mar 1975"}
    for label, (row, event) in shown.items():
        assert event["status"] == "occurred" and event["confidence"] >= MIN_CONFIDENCE, label
        assert event["date"]["basis"] == "explicit" and event["date"]["text"] in event["evidence"]["text"], label
        assert citable(event), label
        assert row["Quote"].text_content() == f"“{event['evidence']['text']}”"  # the quote is shown beside it


def test_an_earlier_sipri_order_is_set_beside_the_texts_first_arms_transfer(store: Path, tmp_path: Path) -> None:
    page = review(store, tmp_path / "r.html")
    [said] = [p for p in page.xpath("//section[@id='overview']/p") if "holds an earlier one" in p.text_content()]
    assert "1968" in said.text_content() and "Mar 1975" in said.text_content()
    notes = {li.get("id"): li.text_content() for li in page.xpath("//ol[@class='notes']/li")}
    cited = [notes[href[1:]] for href in said.xpath(".//sup/a/@href")]
    assert len(cited) == 2
    assert "In March 1975 the Soviet Union sold Pakistan twenty tanks." in cited[0]
    assert "imported from SIPRI record Soviet Union:Pakistan:1968:Mi-8:10:" in cited[1]
    assert "SIPRI trade register" in cited[1]  # the dataset, listed in Sources


def test_earlier_in_dataset_only_when_the_dataset_ends_before_the_text_starts() -> None:
    def sipri(year: int, **fields: Any) -> dict[str, Any]:
        return {"event_type": "AID", "cameo": "072", "context": ["military"], "trigger": "order of 2 T-72 (tank)",
                "status": "occurred", "origin": "sipri", "id": str(year),
                "date": {"start": f"{year}-01-01", "end": f"{year}-12-31", "precision": "year"}, **fields}

    mark = Landmark("first_arms_transfer", "First arms transfer",
                    {"date": {"start": "1975-03-01", "end": "1975-03-31"}})
    assert earlier_in_dataset(mark, [sipri(1980), sipri(1968)])["id"] == "1968"
    assert earlier_in_dataset(mark, [sipri(1975), sipri(1980)]) is None  # the same year is not earlier
    assert earlier_in_dataset(mark, [sipri(1960, curation="rejected"), sipri(1961, status="planned")]) is None
    assert earlier_in_dataset(None, [sipri(1980), sipri(1968)])["id"] == "1968"  # the texts hold none
    assert earlier_in_dataset(mark, []) is None


def test_event_ids_link_to_the_web_app_only_with_a_base_url(store: Path, tmp_path: Path) -> None:
    page = review(store, tmp_path / "linked.html", "--base-url", BASE + "/")
    for row in landmark_rows(page):
        [link] = row["Event id"].xpath(".//a")
        assert link.get("href") == f"{BASE}/event/{link.text_content()}"
    for li in page.xpath("//ol[@class='notes']/li"):
        [link] = li.xpath(".//a[@class='event-link']")
        assert link.get("href") == f"{BASE}/event/{link.text_content()}"
    plain = review(store, tmp_path / "plain.html")
    assert not plain.xpath("//a[starts-with(@href, 'http')]")
    assert re.fullmatch(r"[0-9a-f]{16}", landmark_rows(plain)[0]["Event id"].text_content())
    markdown = review(store, tmp_path / "linked.md", "--base-url", BASE)
    assert re.search(r"\| \[([0-9a-f]{16})\]\(<http://127\.0\.0\.1:8000/event/\1>\) \|", markdown)
    assert re.search(r"^\[\^1\]: .*\(event \[([0-9a-f]{16})\]\(<http://127\.0\.0\.1:8000/event/\1>\)\)$", markdown,
                     flags=re.M)


@pytest.mark.parametrize("bad", ["127.0.0.1:8000", "ftp://host", "http://host/?a=1", "http://host/a b"])
def test_a_bad_base_url_is_a_one_line_error(store: Path, tmp_path: Path, bad: str) -> None:
    result = run("report", "SUN", "PAK", "--out", str(tmp_path / "r.html"), "--db", str(store), "--base-url", bad)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--base-url" in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_notes_run_in_order_and_link_back_to_each_citation(store: Path, tmp_path: Path) -> None:
    page = review(store, tmp_path / "r.html")
    cited = [int(href[4:]) for href in page.xpath("//main//sup[@class='fn']/a/@href")]
    first_seen = list(dict.fromkeys(cited))
    assert first_seen == list(range(1, len(first_seen) + 1))  # numbered as a reader meets them
    sups = {sup.get("id"): sup for sup in page.xpath("//sup[@class='fn']")}
    linked_back = set()
    for li in page.xpath("//ol[@class='notes']/li"):
        backs = li.xpath(".//a[@class='backlink']/@href")
        assert backs, f"note {li.get('id')} links back to nothing"
        for href in backs:
            assert sups[href[1:]].xpath("./a/@href") == [f"#{li.get('id')}"]
            linked_back.add(href[1:])
    assert linked_back == set(sups)  # every citation can be reached back from its note
