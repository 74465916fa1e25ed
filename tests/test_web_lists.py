"""Tests of the web application's lists on a store holding texts and imported datasets: the origin
selector, counts that agree between pages and twins, sorting, facets, CSV twins, page numbers, the
list of documents, imported events, the document's event chips, chart data and the partners' map."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.ingest import import_dataset, ingest_documents
from detente.reading import read_text
from detente.store import open_store
from detente.web import Settings, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SOURCES = Path(__file__).parent / "fixtures" / "sources"
REVIEW = """Pakistan and the Soviet Union established diplomatic relations on 1 May 1948.

Pakistan and Russia signed a defence cooperation agreement on 20 November 2014. Russia and Pakistan held a joint \
military exercise in October 2016. Russia and Pakistan plan to hold a naval exercise in 2027.

India and Pakistan fought a war in September 1965. Russia condemned Pakistan's nuclear test on 30 May 1998.[1]

Notes

1. Ministry of Foreign Affairs, statement of 30 May 1998."""
ORIGINS = ("text", "sipri", "gdelt", "all")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("lists") / "lists.duckdb"
    with open_store(path) as store:
        ingest_documents(store, [read_text(REVIEW, title="Russia and Pakistan: a review")])
        import_dataset(store, "sipri", [str(SOURCES / "sipri_register.csv")])
        import_dataset(store, "gdelt", [str(SOURCES / "gdelt_more.export.CSV")])
    with TestClient(create_app(Settings(db=path, allowed_hosts=("testserver",))), follow_redirects=False) as c:
        yield c


def get_json(client: TestClient, path: str, **params: str) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


# --- every origin, and counts that agree ----------------------------------------------------------------


@pytest.mark.parametrize("origin", ORIGINS)
def test_home_dyad_pages_and_twins_count_the_same(client: TestClient, origin: str) -> None:
    home = get_json(client, "/index.json", origin=origin)
    assert home["dyads"] and home["origin"] == origin
    assert home["counts"]["incidents"] == sum(d["incidents"] for d in home["dyads"])
    page = client.get("/", params={"origin": origin}).text
    for d in home["dyads"]:
        dyad = get_json(client, f"/dyad/{d['a']}/{d['b']}.json", origin=origin)
        assert dyad["incidents"] == d["incidents"], (d["a"], d["b"], origin)
        assert sum(n for n in dyad["statuses"].values()) == d["incidents"]
        assert (dyad["a"], dyad["b"], dyad["label"]) == (d["a"], d["b"], d["label"])  # one pair order
        reversed_twin = get_json(client, f"/dyad/{d['b']}/{d['a']}.json", origin=origin)
        assert (reversed_twin["a"], reversed_twin["incidents"]) == (d["a"], d["incidents"])
        html = client.get(d["url"]).text
        assert f">{d['incidents']}</strong> incident" in html and f">{d['label']}</a>" in page
    actor = get_json(client, "/actor/PAK.json", origin=origin)
    assert {p["partner"]: p["incidents"] for p in actor["dyads"]} == {
        d["b"] if d["a"] == "PAK" else d["a"]: d["incidents"] for d in home["dyads"] if "PAK" in (d["a"], d["b"])}


def test_the_origin_selector_lists_imported_events(client: TestClient) -> None:
    text = get_json(client, "/index.json")
    sipri = get_json(client, "/index.json", origin="sipri")
    every = get_json(client, "/index.json", origin="all")
    assert ("FRA", "THA") in {(d["a"], d["b"]) for d in sipri["dyads"]} - {(d["a"], d["b"]) for d in text["dyads"]}
    assert every["counts"]["incidents"] == sum(
        get_json(client, "/index.json", origin=o)["counts"]["incidents"] for o in ("text", "sipri", "gdelt"))
    rows = get_json(client, "/dyad/PAK/RUS.json", origin="sipri")["events"]
    assert {r["origin"] for r in rows} == {"sipri"} and rows[0]["trigger"].startswith("order of 4 Mi-35M")
    page = client.get("/dyad/PAK/RUS", params={"origin": "sipri"}).text
    assert 'aria-current="page">sipri' in page and "?origin=sipri" in page  # the choice kept in the links
    assert "Russia incl. USSR" in page
    assert get_json(client, "/search.json", q="russia", origin="sipri")["actors"][0]["code"] == "RUS"
    assert get_json(client, "/actor/THA.json", origin="sipri")["dyads"][0]["partner"] == "FRA"
    assert client.get("/index.json", params={"origin": "acled"}).status_code == 400


def test_an_imported_event_shows_its_dataset_fields_and_source(client: TestClient) -> None:
    sipri = get_json(client, "/dyad/PAK/RUS.json", origin="sipri")["events"][0]
    data = get_json(client, f"/event/{sipri['id']}.json")
    assert data["dataset"]["name"] == "sipri" and data["dataset"]["url"].startswith("https://")
    page = client.get(f"/event/{sipri['id']}").text
    assert "SIPRI Arms Transfers Database" in page and "Weapon designation" in page and "Mi-35M" in page
    gdelt = get_json(client, "/dyad/CHN/USA.json", origin="gdelt")["events"][0]
    page = client.get(f"/event/{gdelt['id']}").text
    assert 'class="source-url" href="https://example.org/news/' in page


# --- sorting, facets, CSV, pages --------------------------------------------------------------------------


def test_a_dyad_sorts_on_the_server_and_its_csv_keeps_the_order(client: TestClient) -> None:
    oldest = get_json(client, "/dyad/PAK/RUS.json", origin="all")["events"]
    newest = get_json(client, "/dyad/PAK/RUS.json", origin="all", sort="date", order="desc")["events"]
    dated = [e["date"]["start"] for e in newest]
    assert dated == sorted(dated, reverse=True) and {e["id"] for e in oldest} == {e["id"] for e in newest}
    response = client.get("/dyad/PAK/RUS.csv", params={"origin": "all", "sort": "date", "order": "desc"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == [e["id"] for e in newest]
    assert {r["origin"] for r in rows} == {"text", "sipri"} and all(r["event_type"] for r in rows)
    page = client.get("/dyad/PAK/RUS", params={"sort": "date", "order": "desc"}).text
    assert 'aria-sort="descending"' in page and 'href="/dyad/PAK/RUS.csv?sort=date&amp;order=desc"' in page
    by_type = [e["event_type"] for e in get_json(client, "/dyad/PAK/RUS.json", sort="type")["events"]]
    assert by_type == sorted(by_type)


def test_facets_count_the_incidents_and_pick_them(client: TestClient) -> None:
    data = get_json(client, "/dyad/PAK/RUS.json", origin="all")
    facets = data["facets"]
    for name in ("type", "status", "decade"):
        assert sum(f["count"] for f in facets[name]) == data["incidents"], name
    assert {f["value"] for f in facets["origin"]} == {"text", "sipri"}
    decades = [f["value"] for f in facets["decade"]]
    assert decades == sorted(decades) and "1940" in decades
    sixties = next(f for f in facets["decade"] if f["value"] == "2010")
    picked = get_json(client, "/dyad/PAK/RUS.json", origin="all", **sixties["params"])
    assert picked["incidents"] == sixties["count"]
    military = next(f for f in facets["context"] if f["value"] == "military")
    assert get_json(client, "/dyad/PAK/RUS.json", origin="all", context="military")["incidents"] == military["count"]


@pytest.mark.parametrize(("path", "params"), [("/", {"sort": "colour"}), ("/dyad/PAK/RUS", {"order": "up"}),
                                             ("/documents", {"sort": "size"}), ("/actor/PAK", {"origin": "x"})])
def test_bad_sorts_and_origins_are_an_error_page_and_json(client: TestClient, path: str, params: dict) -> None:
    page = client.get(path, params=params)
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    twin = client.get(("/index" if path == "/" else path) + ".json", params=params)
    assert twin.status_code == 400 and twin.json()["error"]["param"] in ("sort", "order", "origin")


def test_home_sorts_and_pages_with_numbers(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from detente.web.views import home as home_view

    by_last = get_json(client, "/index.json", origin="all", sort="last", order="desc")["dyads"]
    assert [d["last"] for d in by_last] == sorted((d["last"] for d in by_last), reverse=True)
    rows = list(csv.DictReader(io.StringIO(client.get("/index.csv", params={"origin": "all"}).text)))
    assert len(rows) == get_json(client, "/index.json", origin="all")["n_dyads"]
    monkeypatch.setattr(home_view, "PAGE_SIZE", 1)
    page = client.get("/", params={"origin": "all", "page": 3}).text
    assert '<span aria-current="page" class="current">3</span>' in page
    assert 'href="/?origin=all&amp;page=1"' in page and 'href="/?origin=all&amp;page=5"' in page


def test_documents_lists_every_document_with_its_events(client: TestClient) -> None:
    data = get_json(client, "/documents.json", sort="events", order="desc")
    assert [d["origin"] for d in data["documents"]] == ["sipri", "text", "gdelt"]
    assert [d["n_events"] for d in data["documents"]] == [7, 6, 2] and data["n_documents"] == 3
    assert get_json(client, "/documents.json", origin="text")["n_documents"] == 1
    page = client.get("/documents").text
    assert all(f'href="/document/{d["doc_id"]}"' in page for d in data["documents"])
    rows = list(csv.DictReader(io.StringIO(client.get("/documents.csv").text)))
    assert {r["doc_id"] for r in rows} == {d["doc_id"] for d in data["documents"]}


# --- the document's chips, chart data, the map -----------------------------------------------------------------


def test_document_event_markers_are_chips_linked_both_ways(client: TestClient) -> None:
    doc_id = read_text(REVIEW).id
    page = client.get(f"/document/{doc_id}").text
    chips = re.findall(r'<a href="#e(\d+)" id="m(\d+)" class="ev-chip[^"]*"[^>]*>E(\d+)</a>', page)
    assert chips and all(a == b == c for a, b, c in chips)
    for n, _, _ in chips:
        assert f'<tr id="e{n}"' in page and f'href="#m{n}"' in page
    assert '<li value="1" id="ref1">' in page  # the document's own footnote: a number, not a chip
    assert re.findall(r'<sup class="fn"><a href="#ref(\d+)"', page) == ["1"]  # its own note: a number
    assert not re.search(r"<sup[^>]*>\s*<a[^>]*ev-chip", page)


def test_charts_have_a_data_table_and_every_period(client: TestClient) -> None:
    data = get_json(client, "/dyad/PAK/RUS.json")
    periods = [p["period"] for p in data["index"]["periods"]]
    assert data["index"]["by"] == "decade" and periods[:3] == ["1940s", "1950s", "1960s"]  # empty decades kept
    page = client.get("/dyad/PAK/RUS").text
    table = re.search(r'<details class="chart-data"><summary>data</summary>(.*?)</details>', page, re.S)
    assert table and all(f">{p}</td>" in table.group(1) for p in periods)
    chart = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    assert 'role="img" aria-label="' in chart and "<title>1975: index 0 from 0 incidents that occurred</title>" in chart
    third = get_json(client, "/dyad/PAK/RUS.json", third="IND")["third"]
    assert [p["period"] for p in third["periods"]] == [f"{y}s" for y in range(1940, 2030, 10)]  # 1970s etc. empty


def test_the_actor_map_colours_partners_and_links_their_dyads(client: TestClient) -> None:
    page = client.get("/actor/PAK", params={"origin": "all"}).text
    svg = re.search(r'<div class="map"><svg.*?</svg>', page, re.S).group(0)
    links = dict(re.findall(r'<a href="([^"]+)" data-partner="([A-Z]+)">', svg))
    markers = dict(re.findall(r'<a href="([^"]+)" class="marker" data-partner="([A-Z]+)">', svg))
    assert markers == links
    assert set(links.values()) == {"RUS", "IND", "CHN"} and links["/dyad/PAK/RUS?origin=all"] == "RUS"
    assert "Russia: 6 incidents, 4 cooperative, 1 conflictual (balance +0.60" in svg
    assert 'aria-label="Map of Pakistan' in svg
    assert "Not on the map: " in page and 'href="/actor/UNO"' in page  # an organisation has no outline
    import xml.etree.ElementTree as ET

    ET.fromstring(svg.removeprefix('<div class="map">'))  # well-formed


def test_the_shipped_world_outline_is_small_and_keyed_by_iso3() -> None:
    from importlib import resources

    shipped = resources.files("detente.report").joinpath("data", "world_110m.json")
    data = json.loads(shipped.read_text("utf-8"))
    assert len(shipped.read_bytes()) < 200_000 and "public domain" in data["source"]
    assert {"RUS", "PAK", "IND", "CHN", "USA", "FRA", "BRA"} <= set(data["countries"])
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in data["countries"])
    assert all(re.fullmatch(r"(M-?\d+ -?\d+l[-\d ]+z)+", c["d"]) for c in data["countries"].values())
    x, y = data["countries"]["RUS"]["c"]  # Russia's marker in Siberia, not on an island or off the map
    assert 700 < x < 850 and 30 < y < 100


def test_a_csv_cell_a_spreadsheet_would_run_is_defused() -> None:
    from detente.web.export import csv_response

    text = csv_response([{"quote": "=HYPERLINK(\"x\")", "n": -1.5, "refs": [1, 2]}], ["quote", "n", "refs"], "x").body
    rows = list(csv.reader(io.StringIO(text.decode())))
    assert rows == [["quote", "n", "refs"], ["'=HYPERLINK(\"x\")", "-1.5", "1;2"]]
