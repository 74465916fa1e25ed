"""Tests of the web application through the in-process ASGI client: every page and its JSON twin,
errors, curation from forms and JSON, and security (escaping, CSRF, the edit token)."""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.ingest import ingest_documents
from detente.reading import read_text
from detente.store import StoreCorrupt, open_store
from detente.web import Settings, create_app, is_loopback
from detente.web.views import dyad as dyad_view
from detente.web.views import home as home_view

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2; httpx is what the test extra installs
    from fastapi.testclient import TestClient

REVIEW = """Pakistan and the Soviet Union established diplomatic relations on 1 May 1948.

Pakistan and Russia signed a defence cooperation agreement on 20 November 2014. Russia and Pakistan held a joint \
military exercise in October 2016. Russia and Pakistan plan to hold a naval exercise in 2027.

India and Russia held talks in Moscow on 3 March 2015. India and Pakistan fought a war in September 1965."""
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE = (f"Russia and Pakistan held a joint naval exercise {SCRIPT} in November 2017. "
           f"Pakistan and Russia signed a training agreement {IMG} on 5 August 2018.")
HOSTILE_TITLE = "<script>alert('title')</script> Notes"
VISIT_A = "Putin visited Beijing on 5 May 2015."
VISIT_B = "Russian President Vladimir Putin travelled to China on May 5, 2015."


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    with open_store(path) as store:
        ingest_documents(store, [read_text(REVIEW, title="Russia and Pakistan: a review"),
                      read_text(HOSTILE, title=HOSTILE_TITLE), read_text(VISIT_A), read_text(VISIT_B)])
    return path


def _client(path: Path, **settings: object) -> Iterator[TestClient]:
    settings.setdefault("allowed_hosts", ("testserver",))  # the host name the test client sends
    with TestClient(create_app(Settings(db=path, **settings)), follow_redirects=False) as client:  # type: ignore[arg-type]
        yield client


@pytest.fixture(scope="module")
def reader(filled: Path) -> Iterator[TestClient]:
    """A client of the filled store for tests that only read."""
    yield from _client(filled)


@pytest.fixture()
def fresh(filled: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.duckdb"
    shutil.copy(filled, path)
    return path


@pytest.fixture()
def editor(fresh: Path) -> Iterator[TestClient]:
    """A client of a copy of the store, for tests that change it."""
    yield from _client(fresh)


def event_id(client: TestClient, a: str, b: str, event_type: str, **params: str) -> str:
    data = client.get(f"/dyad/{a}/{b}.json", params={"type": event_type, **params}).json()
    return data["events"][0]["id"]


def csrf(client: TestClient, path: str) -> str:
    """The form token of a page (the client keeps the cookie that goes with it)."""
    found = re.search(r'<meta name="csrf-token" content="([^"]+)">', client.get(path).text)
    assert found, "the page has no form token"
    return found.group(1)


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "param"}
    return body["error"]


# --- pages and their JSON twins ----------------------------------------------------------------------


def test_home_lists_dyads_with_counts_and_spans(reader: TestClient) -> None:
    page, data = reader.get("/"), reader.get("/index.json").json()
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert reader.get("/.json").json() == data
    pairs = {(d["a"], d["b"]): d for d in data["dyads"]}
    # counted as the dyad page counts it: Russia with the USSR, and said so
    assert pairs[("PAK", "RUS")]["incidents"] == 6 and pairs[("PAK", "RUS")]["first"] == "1948-05-01"
    assert pairs[("PAK", "RUS")]["includes"] == ["SUN"] and ("PAK", "SUN") not in pairs
    assert "Russia incl. USSR" in page.text
    exact = {(d["a"], d["b"]): d for d in reader.get("/index.json", params={"strict": "1"}).json()["dyads"]}
    assert exact[("PAK", "RUS")]["incidents"] == 5 and exact[("PAK", "RUS")]["first"] == "2014-11-20"
    assert exact[("PAK", "SUN")]["incidents"] == 1 and exact[("PAK", "RUS")]["includes"] == []
    assert data["counts"]["documents"] == 4
    for d in data["dyads"]:
        assert f'href="{d["url"]}"' in page.text
    assert 'name="q"' in page.text  # the search box


def test_dyad_page_and_twin_show_the_same_incidents(reader: TestClient) -> None:
    page, data = reader.get("/dyad/RUS/PAK"), reader.get("/dyad/RUS/PAK.json").json()
    assert page.status_code == 200
    assert data["label"] == "Pakistan–Russia" and data["incidents"] == len(data["events"]) == 6  # SUN's too
    assert (data["a"], data["b"], data["includes_label"]) == ("PAK", "RUS", "Russia incl. USSR")  # one order
    assert "Russia incl. USSR" in page.text
    assert {e["id"] for e in data["events"]} == set(re.findall(r'href="/event/([0-9a-f]+)"', page.text))
    assert "<svg" in page.text and "cooperation–conflict index" in page.text  # the chart, drawn on the server
    assert data["index"]["periods"] and data["index"]["by"] == "decade"  # 1948 to 2027: decades
    assert [e["date"]["start"] for e in data["events"]] == sorted(e["date"]["start"] for e in data["events"])
    assert reader.get("/dyad/pak/rus.json").json()["incidents"] == 6  # either order, any case


def test_dyad_page_cites_each_landmark_with_its_quote_and_event(reader: TestClient) -> None:
    marks = reader.get("/dyad/RUS/PAK.json").json()["index"]["landmarks"]
    assert {m["label"] for m in marks} >= {"Diplomatic relations established", "First defence agreement"}
    page = reader.get("/dyad/RUS/PAK").text
    for mark in marks:
        event = reader.get(mark["url"] + ".json").json()
        assert mark["url"] == f"/event/{mark['event']}" and event["id"] == mark["event"]
        assert mark["quote"] == event["evidence"]["text"] and mark["date"] == event["date"]["start"]
        assert f'<q>{mark["quote"]}</q> <a href="{mark["url"]}">' in page


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"type": "COOPERATE"}, lambda e: e["event_type"] == "COOPERATE"),
        ({"context": "military"}, lambda e: "military" in e["context"]),
        ({"status": "planned"}, lambda e: e["status"] == "planned"),
        ({"since": "2015-01-01", "until": "2017-12-31"}, lambda e: "2015" <= e["date"]["start"] <= "2017-12-31"),
        ({"strict": "1"}, lambda e: "SUN" not in (e["source"]["country"], e["target"]["country"])),
    ],
)
def test_each_filter_narrows_the_timeline(reader: TestClient, params: dict, check) -> None:
    every = reader.get("/dyad/RUS/PAK.json").json()["events"]
    data = reader.get("/dyad/RUS/PAK.json", params=params).json()
    assert 0 < len(data["events"]) < len(every)
    assert all(check(e) for e in data["events"])
    page = reader.get("/dyad/RUS/PAK", params=params)
    assert page.status_code == 200
    assert {e["id"] for e in data["events"]} == set(re.findall(r'href="/event/([0-9a-f]+)"', page.text))


def test_third_party_sets_the_dyad_beside_the_others(reader: TestClient) -> None:
    data = reader.get("/dyad/RUS/PAK.json", params={"third": "IND"}).json()
    assert [(d["a"], d["b"]) for d in data["third"]["dyads"]] == [("PAK", "RUS"), ("IND", "PAK"), ("IND", "RUS")]
    assert [d["label"] for d in data["third"]["dyads"]] == ["Pakistan–Russia", "India–Pakistan", "India–Russia"]
    assert "svg" not in data["third"]
    assert "IND" in {o["code"] for o in data["third_options"]}
    page = reader.get("/dyad/RUS/PAK", params={"third": "IND"})
    assert "Beside India" in page.text and page.text.count("<svg") == 2


def test_the_timeline_is_paginated(reader: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dyad_view, "PAGE_SIZE", 2)
    first = reader.get("/dyad/RUS/PAK.json").json()
    second = reader.get("/dyad/RUS/PAK.json", params={"page": 2}).json()
    assert (first["pages"], len(first["events"]), len(second["events"])) == (3, 2, 2)
    assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}
    page = reader.get("/dyad/RUS/PAK", params={"status": "planned", "page": 1})
    assert "page=2" not in page.text  # one page of planned acts only
    assert 'rel="next"' in reader.get("/dyad/RUS/PAK").text
    assert error_of(reader.get("/dyad/RUS/PAK.json", params={"page": 9}))["param"] == "page"


def test_home_pages_its_dyads(reader: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(home_view, "PAGE_SIZE", 2)
    first = reader.get("/index.json").json()
    assert first["pages"] == -(-first["n_dyads"] // 2) >= 2 and len(first["dyads"]) == 2
    pages = [reader.get("/index.json", params={"page": n}).json() for n in range(1, first["pages"] + 1)]
    shown = [d for p in pages for d in p["dyads"]]
    from detente.store import query

    every = query.dyads_as_queried(reader.app.state.db.store.con)
    assert [(d["a"], d["b"], d["incidents"]) for d in shown] == [(d["a"], d["b"], d["incidents"]) for d in every]
    page = reader.get("/")
    assert 'rel="next" href="/?page=2"' in page.text and f'{first["n_dyads"]} dyads' in page.text
    assert error_of(reader.get("/index.json", params={"page": first["pages"] + 1}))["param"] == "page"


@pytest.mark.parametrize("params", [{"third": "IND"}, {"strict": "1", "page": "2"}])
def test_the_dyad_page_from_the_summary_equals_the_page_from_the_events(
    reader: TestClient, monkeypatch: pytest.MonkeyPatch, params: dict[str, str]
) -> None:
    """Unfiltered, a dyad page is counted from the summary; read from the events it is the same."""
    monkeypatch.setattr(dyad_view, "PAGE_SIZE", 2)
    fast = reader.get("/dyad/RUS/PAK.json", params=params).json()
    monkeypatch.setattr(dyad_view, "summarised", lambda f: False)
    reader.app.state.db.generation += 1  # nothing cached from the first answer
    slow = reader.get("/dyad/RUS/PAK.json", params=params).json()
    assert fast == slow and fast["incidents"] >= 5 and fast["index"]["periods"]


def test_actor_page_counts_every_partner_from_the_summary(reader: TestClient) -> None:
    from detente.analysis.tally import tally

    data, page = reader.get("/actor/PAK.json").json(), reader.get("/actor/PAK")
    store = reader.app.state.db.store
    expected = tally(store.events(actor="PAK"))
    assert data["incidents"] == sum(expected.values()) > 0
    assert {d["partner"] for d in data["dyads"]} == {"IND", "RUS"}  # the USSR counted with Russia, as the dyad
    exact = reader.get("/actor/PAK.json", params={"strict": "1"}).json()
    assert {d["partner"] for d in exact["dyads"]} == {"IND", "RUS", "SUN"}
    assert page.status_code == 200 and "<svg" in page.text and 'href="/dyad/IND/PAK"' in page.text
    assert 'href="/actor/PAK"' in reader.get("/").text and 'href="/actor/PAK"' in reader.get("/search?q=pakistan").text
    strict = reader.get("/actor/RUS.json", params={"strict": "1"}).json()
    assert strict["incidents"] < reader.get("/actor/RUS.json").json()["incidents"]  # the USSR's left out
    assert reader.get("/actor/XYZ").status_code == 404 and reader.get("/actor/x$y.json").status_code == 404


def test_charts_are_written_as_svg(reader: TestClient) -> None:
    import dataclasses
    import xml.etree.ElementTree as ET

    from detente.analysis import analyse
    from detente.report import svg

    page = reader.get("/dyad/RUS/PAK", params={"third": "IND"}).text
    charts = re.findall(r"<svg.*?</svg>", page, flags=re.S)
    assert len(charts) == 2 and "matplotlib" not in page
    for chart in charts:
        ET.fromstring(chart)  # well-formed
    records = reader.get("/dyad/RUS/PAK.json").json()["events"]
    result = dataclasses.replace(analyse("RUS", "PAK", records), label="A <&> B")
    root = ET.fromstring(svg.index_chart(result) or "")
    bars = [r for r in root.iter("{http://www.w3.org/2000/svg}rect") if r.get("fill") in (svg.POSITIVE, svg.NEGATIVE)]
    assert len(bars) == sum(1 for v in result.phases.series.values if v)
    assert root.find("{http://www.w3.org/2000/svg}title").text.startswith("A <&> B")


def test_event_page_shows_the_quote_in_its_paragraph_and_the_record(reader: TestClient) -> None:
    eid = event_id(reader, "RUS", "PAK", "COOPERATE", status="occurred", until="2016-12-31")
    page, data = reader.get(f"/event/{eid}"), reader.get(f"/event/{eid}.json").json()
    assert page.status_code == 200
    quote = next(s for s in data["paragraph"] if s["quote"])
    assert "".join(seg["text"] for seg in quote["segments"]).startswith("Russia and Pakistan held a joint")
    assert [seg["text"] for seg in quote["segments"] if seg["mark"] == "trigger"] == ["exercise"]
    assert len(data["paragraph"]) == 3  # the paragraph's three sentences
    assert '<mark class="quote"' in page.text and '<mark class="trigger">exercise</mark>' in page.text
    assert data["document"]["title"] == "Russia and Pakistan: a review" and data["document"]["title"] in page.text
    assert data["curations"] == [] and data["dataset_matches"] == []
    assert 'action="/event/' in page.text  # the curation forms


def test_event_page_lists_the_other_mentions_of_its_incident(reader: TestClient) -> None:
    eid = event_id(reader, "RUS", "CHN", "CONSULT")
    data = reader.get(f"/event/{eid}.json").json()
    assert data["n_mentions"] == 2 and len(data["other_mentions"]) == 1
    other = data["other_mentions"][0]
    assert other["id"] != eid and f'href="/event/{other["id"]}"' in reader.get(f"/event/{eid}").text


def test_event_page_shows_dataset_events_of_the_dyad_nearby(fresh: Path) -> None:
    with open_store(fresh) as store:
        eid = store.timeline("RUS", "CHN")[0]["id"]
        row = store.con.execute("SELECT * FROM events WHERE id = ?", [eid]).fetchone()
        names = [d[0] for d in store.con.description]
        imported = dict(zip(names, row, strict=True)) | {"id": "abcdef0123456789", "seq": 999, "origin": "gdelt",
                                                         "origin_id": "1234567", "incident_id": None}
        marks = ", ".join("?" * len(imported))
        store.con.execute(f"INSERT INTO events ({', '.join(imported)}) VALUES ({marks})", list(imported.values()))
    for client in _client(fresh):
        data = client.get(f"/event/{eid}.json").json()
        assert [(m["origin"], m["origin_id"], m["matches"]) for m in data["dataset_matches"]] == [
            ("gdelt", "1234567", True)]  # the same type, dyad and day: detente.analysis.text_vs_dataset matches them
        assert "gdelt 1234567" in client.get(f"/event/{eid}").text
        back = client.get("/event/abcdef0123456789.json").json()["dataset_matches"]  # and from the other side
        assert {(m["origin"], m["matches"]) for m in back} == {("text", True)}


def test_document_page_marks_every_coded_sentence(reader: TestClient) -> None:
    doc_id = read_text(REVIEW).id
    page, data = reader.get(f"/document/{doc_id}"), reader.get(f"/document/{doc_id}.json").json()
    assert page.status_code == 200
    assert len(data["paragraphs"]) == 3 and data["document"]["n_events"] == len(data["events"]) == 6
    coded = [s for para in data["paragraphs"] for s in para if s["events"]]
    assert len(coded) == 6
    for e in data["events"]:
        assert f'href="/event/{e["id"]}"' in page.text
    assert page.text.count('class="sentence coded') == 6


def test_search_finds_sentences_and_actors(reader: TestClient) -> None:
    data = reader.get("/search.json", params={"q": "joint military"}).json()
    assert [s["text"][:36] for s in data["sentences"]] == ["Russia and Pakistan held a joint mil"]
    assert data["sentences"][0]["events"] and data["sentences"][0]["url"].startswith("/document/")
    assert [seg["text"] for seg in data["sentences"][0]["segments"] if seg["mark"] == "hit"] == ["joint military"]
    actors = reader.get("/search.json", params={"q": "pakistan"}).json()["actors"]
    assert actors[0]["code"] == "PAK" and any(d["url"] == "/dyad/PAK/RUS" for d in actors[0]["dyads"])
    page = reader.get("/search", params={"q": "joint military"})
    assert '<mark class="hit">joint military</mark>' in page.text
    assert reader.get("/search.json", params={"q": "100%_"}).json()["sentences"] == []  # wildcards are literal
    assert reader.get("/search").status_code == 200


def test_openapi_describes_the_json_routes(reader: TestClient) -> None:
    spec = reader.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/index.json", "/dyad/{a}/{b}.json", "/event/{event_id}.json", "/document/{doc_id}.json",
            "/search.json", "/event/{event_id}/curate.json", "/event/{event_id}/undo.json"} <= paths
    params = {p["name"] for p in spec["paths"]["/dyad/{a}/{b}.json"]["get"]["parameters"]}
    assert {"type", "context", "status", "since", "until", "third", "page", "rejected"} <= params


def test_pages_load_nothing_from_elsewhere(reader: TestClient) -> None:
    page = reader.get("/dyad/RUS/PAK").text
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert reader.get("/static/detente.css").status_code == 200
    assert reader.get("/static/detente.js").status_code == 200


# --- errors ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/dyad/RUS/XYZ", "/dyad/R$S/PAK", "/dyad/RUS/RUS", "/event/0123456789abcdef", "/event/not<an>id",
     "/document/0123456789abcdef", "/no/such/page"],
)
def test_bad_ids_give_a_404_page_and_json(reader: TestClient, path: str) -> None:
    page = reader.get(path)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Not found" in page.text
    twin = reader.get(path + ".json")
    assert twin.status_code == 404 and error_of(twin)["code"] == "not_found"


@pytest.mark.parametrize(
    ("path", "params", "param"),
    [
        ("/dyad/RUS/PAK", {"type": "HUG"}, "type"),
        ("/dyad/RUS/PAK.json", {"status": "rumoured"}, "status"),
        ("/dyad/RUS/PAK", {"since": "2016-02-30"}, "since"),
        ("/dyad/RUS/PAK.json", {"since": "2017-01-01", "until": "2016-01-01"}, "until"),
        ("/dyad/RUS/PAK.json", {"context": "<b>"}, "context"),
        ("/dyad/RUS/PAK.json", {"page": "0"}, "page"),
        ("/dyad/RUS/PAK", {"page": "two"}, "page"),
        ("/dyad/RUS/PAK.json", {"third": "RUS"}, "third"),
        ("/dyad/RUS/PAK.json", {"third": "x y"}, "third"),
        ("/dyad/RUS/PAK.json", {"rejected": "maybe"}, "rejected"),
        ("/search.json", {"q": "x" * 201}, "q"),
        ("/search", {"q": "pakistan", "page": "-1"}, "page"),
    ],
)
def test_bad_parameters_give_400_with_one_error_shape(reader: TestClient, path: str, params: dict, param: str) -> None:
    """A page answers with an error page naming the parameter; its JSON twin with the JSON shape."""
    twin_path = path if path.endswith(".json") else path + ".json"
    response = reader.get(twin_path, params=params)
    assert response.status_code == 400 and response.headers["content-type"] == "application/json"
    error = error_of(response)
    assert (error["code"], error["param"]) == ("bad_parameter", param)
    assert error["message"]
    page = reader.get(twin_path.removesuffix(".json"), params=params)
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert "<!doctype html>" in page.text and f"<code>{param}</code>" in page.text and '"error"' not in page.text


# --- curation ----------------------------------------------------------------------------------------


def test_reject_from_the_form_then_undo(editor: TestClient) -> None:
    eid = event_id(editor, "RUS", "PAK", "SUPPORT")
    token = csrf(editor, f"/event/{eid}")
    done = editor.post(f"/event/{eid}/curate", data={"csrf_token": token, "action": "reject",
                                                     "reason": "the agreement was only initialled"})
    assert done.status_code == 303 and done.headers["location"].startswith(f"/event/{eid}")
    page = editor.get(done.headers["location"]).text
    assert "cur-rejected" in page and "the agreement was only initialled" in page and "Undo" in page
    timeline = editor.get("/dyad/RUS/PAK.json").json()
    assert eid not in {e["id"] for e in timeline["events"]} and timeline["incidents"] == 5
    shown = editor.get("/dyad/RUS/PAK.json", params={"rejected": "1"}).json()
    assert eid in {e["id"] for e in shown["events"]} and shown["rejected"] == 1
    home = editor.get("/index.json").json()  # the event was the only one of Pakistan and the USSR
    assert ("PAK", "SUN") not in {(d["a"], d["b"]) for d in home["dyads"]}
    trail = editor.get(f"/event/{eid}.json").json()["curations"]
    assert [(t["action"], t["who"], t["changes"]) for t in trail] == [
        ("reject", Settings(db=Path("x")).who, {"curation": [None, "rejected"]})]
    undone = editor.post(f"/event/{eid}/undo", data={"csrf_token": token, "seq": str(trail[0]["seq"])})
    assert undone.status_code == 303
    assert eid in {e["id"] for e in editor.get("/dyad/RUS/PAK.json").json()["events"]}
    trail = editor.get(f"/event/{eid}.json").json()["curations"]
    assert [t["action"] for t in trail] == ["reject", "undo"] and trail[0]["undone_by"] == trail[1]["seq"]


def test_confirm_and_edit_through_the_json_api(editor: TestClient) -> None:
    eid = event_id(editor, "RUS", "PAK", "COOPERATE", status="planned")
    headers = {"X-CSRF-Token": csrf(editor, f"/event/{eid}")}
    answer = editor.post(f"/event/{eid}/curate.json", headers=headers, json={"action": "confirm"})
    assert answer.status_code == 200 and answer.json()["event"]["curation"] == "confirmed"
    answer = editor.post(f"/event/{eid}/curate.json", headers=headers, json={
        "action": "edit", "reason": "the plan was dropped", "status": "cancelled", "date_start": "2027-03-01",
        "date_end": "2027-03-31", "date_precision": "month"})
    assert answer.status_code == 200
    decision, event = answer.json()["decision"], answer.json()["event"]
    assert decision["changes"]["status"] == ["planned", "cancelled"]
    assert (event["status"], event["date"]["start"], event["curation"]) == ("cancelled", "2027-03-01", "confirmed")
    undo = editor.post(f"/event/{eid}/undo.json", headers=headers, json={"seq": decision["seq"]})
    assert undo.status_code == 200 and undo.json()["event"]["status"] == "planned"
    again = editor.post(f"/event/{eid}/undo.json", headers=headers, json={"seq": decision["seq"]})
    assert again.status_code == 409 and error_of(again)["code"] == "conflict"


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"action": "edit", "reason": "x", "event_type": "HUG"}, "event_type"),
        ({"action": "edit", "reason": "x", "source": "ZZZ"}, "source"),
        ({"action": "edit", "reason": "x", "date_start": "2016-02-30", "date_end": "2016-03-01"}, "date_start"),
        ({"action": "edit", "reason": "x", "status": "rumoured"}, "status"),
        ({"action": "reject"}, "reason"),
        ({"action": "destroy", "reason": "x"}, "action"),
    ],
)
def test_bad_decisions_give_400(editor: TestClient, body: dict, param: str) -> None:
    eid = event_id(editor, "RUS", "PAK", "SUPPORT")
    response = editor.post(f"/event/{eid}/curate.json", headers={"X-CSRF-Token": csrf(editor, f"/event/{eid}")},
                           json=body)
    assert response.status_code == 400 and error_of(response)["param"] == param
    assert editor.get(f"/event/{eid}.json").json()["curations"] == []


def test_a_bad_edit_from_the_form_shows_the_page_with_the_error(editor: TestClient) -> None:
    eid = event_id(editor, "RUS", "PAK", "SUPPORT")
    response = editor.post(f"/event/{eid}/curate", data={"csrf_token": csrf(editor, f"/event/{eid}"),
                                                         "action": "edit", "reason": "x", "target": "Atlantis"})
    assert response.status_code == 400 and "not a country or organisation code" in response.text
    assert 'role="alert"' in response.text


def test_curating_an_unknown_event_is_404(editor: TestClient) -> None:
    headers = {"X-CSRF-Token": csrf(editor, "/")}
    response = editor.post("/event/0123456789abcdef/curate.json", headers=headers, json={"action": "confirm"})
    assert response.status_code == 404


# --- security ----------------------------------------------------------------------------------------


def test_document_text_is_escaped_everywhere(reader: TestClient) -> None:
    doc_id = read_text(HOSTILE).id
    eid = next(e["id"] for e in reader.get(f"/document/{doc_id}.json").json()["events"])
    pages = [reader.get(f"/document/{doc_id}"), reader.get(f"/event/{eid}"),
             reader.get("/search", params={"q": "naval exercise"}), reader.get("/search", params={"q": "<script>"}),
             reader.get("/dyad/RUS/PAK")]
    for page in pages:
        assert page.status_code == 200
        assert SCRIPT not in page.text and IMG not in page.text and "<script>alert" not in page.text
        assert "onerror=alert" not in page.text.replace("onerror=alert(1)&gt;", "")
    document = pages[0].text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document and "&lt;img src=x onerror=alert(1)&gt;" in document
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Notes" in document
    assert '<mark class="hit">&lt;script&gt;</mark>alert(1)&lt;/script&gt;' in pages[3].text
    # the only scripts a page runs are the site's own file
    assert re.findall(r"<script[^>]*>", document) == ['<script src="/static/detente.js" defer>']
    assert "script-src 'self'" in pages[0].headers["content-security-policy"]


def test_a_form_without_its_csrf_token_is_refused(editor: TestClient) -> None:
    eid = event_id(editor, "RUS", "PAK", "SUPPORT")
    token = csrf(editor, f"/event/{eid}")
    for data in ({"action": "confirm"}, {"action": "confirm", "csrf_token": "forged"}):
        response = editor.post(f"/event/{eid}/curate", data=data)
        assert response.status_code == 403
    cross_site = editor.post(f"/event/{eid}/curate", data={"action": "confirm", "csrf_token": token},
                             headers={"Origin": "http://evil.example"})
    assert cross_site.status_code == 403
    assert editor.post(f"/event/{eid}/curate.json", json={"action": "confirm"}).status_code == 403
    assert editor.get(f"/event/{eid}.json").json()["curations"] == []
    ok = editor.post(f"/event/{eid}/curate", data={"action": "confirm", "csrf_token": token},
                     headers={"Origin": "http://testserver"})
    assert ok.status_code == 303


def test_the_csrf_token_is_bound_to_its_cookie(filled: Path, editor: TestClient) -> None:
    eid = event_id(editor, "RUS", "PAK", "SUPPORT")
    token = csrf(editor, f"/event/{eid}")
    editor.cookies.clear()
    csrf(editor, "/")  # another visitor's cookie
    assert editor.post(f"/event/{eid}/curate", data={"action": "confirm", "csrf_token": token}).status_code == 403


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.3.2.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
     ("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("example.org", False)],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_beyond_loopback_without_a_token_edits_are_refused_and_reads_open(fresh: Path) -> None:
    for client in _client(fresh, host="0.0.0.0"):
        eid = event_id(client, "RUS", "PAK", "SUPPORT")
        page = client.get(f"/event/{eid}")
        assert page.status_code == 200 and "Edits are off" in page.text and 'action="/event/' not in page.text
        token = csrf(client, "/")
        refused = client.post(f"/event/{eid}/curate", data={"action": "confirm", "csrf_token": token})
        assert refused.status_code == 403
        assert client.post(f"/event/{eid}/curate.json", headers={"X-CSRF-Token": token},
                           json={"action": "confirm"}).status_code == 403
        assert client.get(f"/event/{eid}.json").json()["curations"] == []


def test_beyond_loopback_edits_need_the_token(fresh: Path) -> None:
    for client in _client(fresh, host="0.0.0.0", token="s3cret"):
        eid = event_id(client, "RUS", "PAK", "SUPPORT")
        token = csrf(client, f"/event/{eid}")
        assert "sign in" in client.get(f"/event/{eid}").text.lower()
        without = client.post(f"/event/{eid}/curate.json", headers={"X-CSRF-Token": token}, json={"action": "confirm"})
        assert without.status_code == 401 and error_of(without)["param"] == "token"
        wrong = client.post(f"/event/{eid}/curate.json", headers={"Authorization": "Bearer guess"},
                            json={"action": "confirm"})
        assert wrong.status_code == 401
        bearer = client.post(f"/event/{eid}/curate.json", headers={"Authorization": "Bearer s3cret"},
                             json={"action": "confirm"})
        assert bearer.status_code == 200
        form = client.post(f"/event/{eid}/curate", data={"action": "reject", "reason": "x", "csrf_token": token})
        assert form.status_code == 401 and "Sign in" in form.text
        bad_login = client.post("/login", data={"token": "guess", "csrf_token": token, "next": f"/event/{eid}"})
        assert bad_login.status_code == 401
        login = client.post("/login", data={"token": "s3cret", "csrf_token": token, "next": f"/event/{eid}"})
        assert login.status_code == 303 and login.headers["location"] == f"/event/{eid}"
        signed = client.post(f"/event/{eid}/curate", data={"action": "reject", "reason": "x", "csrf_token": token})
        assert signed.status_code == 303
        assert [t["action"] for t in client.get(f"/event/{eid}.json").json()["curations"]] == ["confirm", "reject"]
        assert client.post("/login", data={"token": "s3cret", "csrf_token": token,
                                           "next": "//evil.example/"}).headers["location"] == "/"
        assert "sign out" in client.get("/").text
        assert client.post("/logout", data={"csrf_token": token}).status_code == 303
        assert client.post(f"/event/{eid}/curate", data={"action": "confirm", "csrf_token": token}).status_code == 401


def test_a_read_only_server_refuses_edits(fresh: Path) -> None:
    for client in _client(fresh, read_only=True):
        eid = event_id(client, "RUS", "PAK", "SUPPORT")
        response = client.post(f"/event/{eid}/curate.json", headers={"X-CSRF-Token": csrf(client, "/")},
                               json={"action": "confirm"})
        assert response.status_code == 403


def test_serve_refuses_a_missing_or_foreign_store_and_a_busy_port(tmp_path: Path, filled: Path) -> None:
    import socket

    from typer.testing import CliRunner

    from detente.cli import app

    runner = CliRunner()
    missing = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no store here" in missing.output
    assert not (tmp_path / "none.duckdb").exists()
    (tmp_path / "notes.duckdb").write_text("not a database")
    foreign = runner.invoke(app, ["serve", "--db", str(tmp_path / "notes.duckdb")])
    assert foreign.exit_code == 2 and "not a DuckDB database" in foreign.output
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        copy = tmp_path / "copy.duckdb"
        shutil.copy(filled, copy)
        taken = runner.invoke(app, ["serve", "--db", str(copy), "--port", str(port)])
    assert taken.exit_code == 2 and "in use" in taken.output
    assert len(taken.output.strip().splitlines()) == 1


# --- hardening (issue 15) -------------------------------------------------------------------------------


def test_a_host_name_the_server_does_not_serve_is_refused_dns_rebinding(fresh: Path) -> None:
    with TestClient(create_app(Settings(db=fresh)), base_url="http://127.0.0.1:8000",
                    follow_redirects=False) as client:
        eid = event_id(client, "RUS", "PAK", "SUPPORT")
        token = csrf(client, f"/event/{eid}")
        rebound = {"Host": "attacker.example:8000", "Origin": "http://attacker.example:8000"}
        page = client.get(f"/event/{eid}", headers=rebound)
        assert page.status_code == 400 and error_of(page)["code"] == "wrong_host"
        assert "--allowed-host attacker.example" in error_of(page)["message"]
        edit = client.post(f"/event/{eid}/curate", data={"action": "reject", "reason": "x", "csrf_token": token},
                           headers=rebound)
        assert edit.status_code == 400 and error_of(edit)["code"] == "wrong_host"
        assert client.get(f"/event/{eid}.json").json()["curations"] == []
        for host in ("localhost:8000", "[::1]:8000", "127.0.0.1"):
            assert client.get("/index.json", headers={"Host": host}).status_code == 200, host
    named = Settings(db=fresh, host="0.0.0.0", allowed_hosts=("Analysts.example.org",))
    assert named.serves("analysts.example.org:8080") and named.serves("192.168.1.20:8080")
    assert not named.serves("attacker.example") and not named.serves(None)


def test_a_large_body_is_refused_before_it_is_read_and_the_token_before_the_body(fresh: Path) -> None:
    app = create_app(Settings(db=fresh, host="0.0.0.0", token="s3cret"))
    with TestClient(app, base_url="http://127.0.0.1:8000", follow_redirects=False) as client:
        eid = event_id(client, "RUS", "PAK", "SUPPORT")
        huge = client.post(f"/event/{eid}/curate.json", content=b"{" + b" " * 400_000,
                           headers={"Content-Type": "application/json"})
        assert huge.status_code == 413 and error_of(huge)["code"] == "too_large"

        def chunks():  # no Content-Length: refused once the bytes read pass the limit
            for _ in range(100):
                yield b" " * 10_000

        chunked = client.post(f"/event/{eid}/curate", content=chunks(), headers={
            "Content-Type": "application/x-www-form-urlencoded", "Authorization": "Bearer s3cret"})
        assert chunked.status_code == 413
        unauthenticated = client.post(f"/event/{eid}/curate.json", content=b"{not json",
                                      headers={"Content-Type": "application/json"})
        assert unauthenticated.status_code == 401  # the token is checked before the body is parsed


async def _refused_unread(limit_app, headers: list[tuple[bytes, bytes]]) -> int:
    """The status a BodyLimit answers with, failing if it reads any of the body."""
    sent: list[dict] = []

    async def receive() -> dict:
        raise AssertionError("the body was read")

    async def send(message: dict) -> None:
        sent.append(message)

    await limit_app({"type": "http", "method": "POST", "path": "/", "headers": headers}, receive, send)
    return sent[0]["status"]


def test_the_body_limit_answers_from_the_content_length_without_reading() -> None:
    import asyncio

    from detente.web.middleware import MAX_BODY, BodyLimit

    async def never(scope, receive, send) -> None:
        raise AssertionError("the application ran")

    status = asyncio.run(_refused_unread(BodyLimit(never), [(b"content-length", str(200 << 20).encode())]))
    assert status == 413 and MAX_BODY <= 512 * 1024


def test_wrong_tokens_back_off_with_429_and_retry_after(fresh: Path) -> None:
    from detente.web.throttle import FREE_TRIES, Throttle

    now = [1000.0]
    throttle = Throttle(clock=lambda: now[0])
    app = create_app(Settings(db=fresh, host="0.0.0.0", token="s3cret", allowed_hosts=("testserver",)),
                     throttle=throttle)
    with TestClient(app, follow_redirects=False) as client:
        eid = event_id(client, "RUS", "PAK", "SUPPORT")

        def attempt(token: str):
            return client.post(f"/event/{eid}/curate.json", headers={"Authorization": f"Bearer {token}"},
                               json={"action": "confirm"})

        statuses = [attempt(f"guess{n}").status_code for n in range(30)]
        assert statuses[:FREE_TRIES] == [401] * FREE_TRIES and set(statuses[FREE_TRIES + 1:]) == {429}
        locked = attempt("s3cret")  # the right token waits too: guessing gets nothing from sending more
        assert locked.status_code == 429 and int(locked.headers["retry-after"]) >= 1
        assert error_of(locked)["code"] == "too_many_tries"
        token = csrf(client, "/login")
        login = client.post("/login", data={"token": "s3cret", "csrf_token": token, "next": "/"})
        assert login.status_code == 429 and "Too many tries" in login.text and login.headers["retry-after"]
        now[0] += int(locked.headers["retry-after"])
        assert attempt("s3cret").status_code == 200
        assert attempt("guess").status_code == 401  # a right token cleared the count


def test_head_x_frame_options_and_a_500_page_with_its_twin(reader: TestClient, monkeypatch, caplog) -> None:
    head = reader.head("/")
    get = reader.get("/")
    assert head.status_code == 200 and head.content == b"" and head.headers["content-type"] == get.headers[
        "content-type"]
    assert reader.head("/index.json").status_code == 200
    assert get.headers["x-frame-options"] == "DENY" and "frame-ancestors 'none'" in get.headers[
        "content-security-policy"]

    from detente.web.views import home

    def broken(db, *args):
        raise KeyError("a bug")

    monkeypatch.setattr(home, "home", broken)
    page = reader.get("/")
    assert page.status_code == 500 and "Something went wrong" in page.text and "x-frame-options" in page.headers
    twin = reader.get("/index.json")
    assert twin.status_code == 500 and error_of(twin)["code"] == "server_error"
    assert "bug in detente" in error_of(twin)["message"]
    assert any("unexpected KeyError" in r.getMessage() for r in caplog.records if r.name == "detente.web")


def test_a_damaged_store_gives_a_500_page_naming_the_damage(tmp_path: Path) -> None:
    import duckdb

    from faults import block_of, overwrite_block

    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        ingest_documents(store, [read_text(REVIEW)])
    con = duckdb.connect(str(path))  # many long sentences, so that they fill blocks of their own
    con.execute("INSERT INTO sentences SELECT 'padding', i, 0, 10, 0, 'A treaty was discussed at length. ' || "
                "repeat('x', 400) || i, NULL FROM range(1, 6000) t(i)")
    con.close()
    overwrite_block(path, block_of(path, "sentences", "text"))
    with pytest.raises(StoreCorrupt, match="restore it from a backup"):
        create_app(Settings(db=path))  # no write into a damaged store: not even a server that could edit
    for client in _client(path, read_only=True):
        page = client.get("/search", params={"q": "treaty"})
        assert page.status_code == 500 and "the store is damaged" in page.text
        twin = client.get("/search.json", params={"q": "treaty"})
        assert twin.status_code == 500 and "restore it from a backup" in error_of(twin)["message"]
