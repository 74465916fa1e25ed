"""End to end in headless Chromium: open a dyad, filter it, open an event, reject it with a reason,
see the timeline change, and undo it; browse an imported SIPRI event from the home page; sort a dyad
newest first and re-read its CSV; click the actor map through to a dyad; every main page at 390 px;
the document's event chips; a bad parameter's error page. One server and one browser for all of them.
Screenshots go to SHOTS (a folder of the system's temporary directory), one per step.

Needs Playwright for Python and Debian's chromium (.ci/run installs both); skips without them.
"""

from __future__ import annotations

import csv
import io
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.ingest import import_dataset, ingest_documents
from detente.reading import read_text
from detente.store import open_store
from detente.web import Settings, create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = Path(tempfile.gettempdir()) / "detente-web-shots"
SOURCES = Path(__file__).parent / "fixtures" / "sources"
PHONE = 390  # px: the width of a small phone

REVIEW = """Pakistan and the Soviet Union established diplomatic relations on 1 May 1948.

Pakistan and Russia signed a defence cooperation agreement on 20 November 2014. Russia and Pakistan held a joint \
military exercise in October 2016. Russia and Pakistan plan to hold a naval exercise in 2027.

Russia and Pakistan held a second joint exercise, Druzhba-II, in September 2017. Russia delivered four Mi-35M \
helicopters to Pakistan in 2018."""

NOTES = """India and the Soviet Union signed a treaty of peace, friendship and cooperation in August 1971.[1] \
Russia delivered the first S-400 air defence systems to India in December 2021.[2]

India and Russia held a summit in Moscow on 8 July 2024.[2]

Notes

1. Treaty text, Ministry of External Affairs archive.
2. Press releases of the two foreign ministries."""

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn serving a small store on a free port of 127.0.0.1, in a thread of this process."""
    import uvicorn

    path = tmp_path_factory.mktemp("browser") / "browser.duckdb"
    with open_store(path) as store:
        ingest_documents(store, [read_text(REVIEW, title="Russia and Pakistan: a review"),
                      read_text(NOTES, title="India and Russia: notes")])
        import_dataset(store, "sipri", [str(SOURCES / "sipri_register.csv")])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    app = create_app(Settings(db=path, user="browser-test"))
    runner = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=runner.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not runner.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    runner.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[object]:
    SHOTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def page(browser) -> object:  # type: ignore[no-untyped-def]
    return browser.new_page(viewport={"width": 1280, "height": 900})


@pytest.fixture(scope="module")
def phone(browser) -> object:  # type: ignore[no-untyped-def]
    return browser.new_page(viewport={"width": PHONE, "height": 844}, is_mobile=True, has_touch=True)


def shot(tab, name: str) -> Path:  # type: ignore[no-untyped-def]
    path = SHOTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    return path


def timeline_ids(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.get_attribute("href").rsplit("/", 1)[1] for a in page.locator("table.timeline a.act").all()]


def test_filter_reject_and_undo_in_a_browser(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.get_by_role("link", name="Pakistan–Russia").click()  # the home page lists pairs in code order
    assert page.locator("h1").inner_text().startswith("Pakistan–Russia")
    assert page.locator(".chart svg").count() == 1  # the index chart, drawn on the server
    every = timeline_ids(page)

    # filter with the keyboard: focus the type filter, pick COOPERATE, submit with Enter
    page.keyboard.press("f")
    assert page.evaluate("document.activeElement.name") == "type"
    page.select_option("select[name=type]", "COOPERATE")
    page.locator("input[name=since]").press("Enter")
    page.wait_for_url("**type=COOPERATE**")
    filtered = timeline_ids(page)
    assert 0 < len(filtered) < len(every)
    assert all(t == "COOPERATE" for t in page.locator("table.timeline td .type").all_inner_texts())
    shot(page, "web_dyad")
    dyad_url = page.url

    # open the first event and reject it with a reason
    page.locator("table.timeline a.act").first.click()
    rejected = page.url.rsplit("/", 1)[1]
    assert rejected == filtered[0]
    assert page.locator("mark.quote").count() == 1 and page.locator("mark.trigger").count() >= 1
    page.get_by_label("reason for rejecting").fill("The source dates this exercise to 2018")
    page.get_by_role("button", name="Reject").click()
    assert page.get_by_role("status").inner_text().startswith("Rejected")
    assert "The source dates this exercise to 2018" in page.locator("table.trail").inner_text()
    shot(page, "web_event")

    # the timeline no longer shows it
    page.goto(dyad_url)
    assert rejected not in timeline_ids(page)
    assert len(timeline_ids(page)) == len(filtered) - 1

    # undo it from the event page: it is back
    page.goto(f"{server}/event/{rejected}")
    page.get_by_role("button", name="Undo").click()
    assert page.get_by_role("status").inner_text().startswith("Undone")
    page.goto(dyad_url)
    assert timeline_ids(page) == filtered

    # '/' jumps to the search box
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"



def test_an_imported_sipri_event_browsed_from_the_home_page(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.locator("nav.origins").get_by_role("link", name="sipri").click()
    page.wait_for_url("**origin=sipri**")
    assert page.locator("nav.origins [aria-current=page]").inner_text().startswith("sipri")
    page.get_by_role("link", name="Pakistan–Russia").click()
    assert "Russia incl. USSR" in page.locator(".lead").inner_text()
    page.locator("table.timeline a.act").first.click()
    assert "SIPRI Arms Transfers Database" in page.locator("p.note").inner_text()
    fields = page.locator("dl.original").inner_text()
    assert "Weapon designation" in fields and "Mi-35M" in fields
    assert page.locator("dl.imported a[rel~=external]").count() >= 1  # the dataset's page
    shot(page, "web_sipri_event")


def test_a_dyad_sorted_newest_first_then_exported_as_csv(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/dyad/PAK/RUS?origin=all")
    page.locator("table.timeline th a.sort", has_text="Date").click()  # sorted oldest first: now newest first
    page.wait_for_url("**order=desc**")
    assert page.locator("th[aria-sort=descending]").inner_text().startswith("Date")
    shown = timeline_ids(page)
    starts = [page.locator(f'a.act[href="/event/{i}"]').first.get_attribute("href") for i in shown]
    assert len(starts) == len(shown) > 3
    href = page.get_by_role("link", name="CSV").first.get_attribute("href")
    answer = page.request.get(server + href)
    assert answer.ok and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text())))
    assert [r["id"] for r in rows] == shown
    dated = [r["date_start"] for r in rows if r["date_start"]]
    assert dated == sorted(dated, reverse=True) and {r["origin"] for r in rows} == {"text", "sipri"}
    shot(page, "web_dyad_newest_first")


def test_the_actor_map_clicks_through_to_a_dyad(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/actor/PAK?origin=all")
    partner = page.locator(".map svg a.marker[data-partner=RUS] circle")
    assert partner.count() == 1 and "Russia:" in partner.locator("title").text_content()
    assert page.locator(".map svg a[data-partner=RUS] path").count() == 1  # the country coloured too
    assert page.locator(".map svg").get_attribute("aria-label").startswith("Map of Pakistan")
    shot(page, "web_actor_map")
    partner.click()
    page.wait_for_url("**/dyad/PAK/RUS?origin=all")
    assert page.locator("h1").inner_text().startswith("Pakistan–Russia")


def test_the_document_page_marks_events_with_chips_not_footnote_numbers(server: str, page) -> None:  # type: ignore[no-untyped-def]
    doc_id = read_text(NOTES).id
    page.goto(f"{server}/document/{doc_id}")
    chips = page.locator(".text a.ev-chip")
    assert chips.count() >= 3 and all(t.startswith("E") for t in chips.all_inner_texts())
    assert page.locator("ol.refs li").count() == 2  # the document's own footnotes, numbered 1 and 2
    notes = page.locator(".text sup.fn a")
    assert notes.all_inner_texts() == ["1", "2", "2"] and page.locator(".text sup a.ev-chip").count() == 0
    style = chips.first.evaluate("e => [getComputedStyle(e).borderRadius, getComputedStyle(e).verticalAlign]")
    assert style[0] != "0px" and style[1] != "super"
    chips.first.click()
    assert page.evaluate("location.hash") == "#e1" and page.locator("tr#e1").is_visible()
    page.locator("tr#e1 a.ev-chip").click()
    assert page.evaluate("location.hash") == "#m1"
    shot(page, "web_document_chips")


def test_a_bad_parameter_is_an_html_error_page(server: str, page) -> None:  # type: ignore[no-untyped-def]
    answer = page.goto(server + "/dyad/PAK/RUS?since=2016-02-30")
    assert answer.status == 400 and answer.headers["content-type"].startswith("text/html")
    assert page.locator("h1").inner_text() == "A parameter this page cannot use"
    assert "since" in page.locator("main").inner_text() and "{" not in page.locator("main").inner_text()
    shot(page, "web_bad_parameter")


def test_every_main_page_fits_a_phone(server: str, phone) -> None:  # type: ignore[no-untyped-def]
    phone.goto(server + "/dyad/PAK/RUS?origin=sipri")
    sipri_event = phone.locator("table.timeline a.act").first.get_attribute("href")
    phone.goto(server + "/dyad/PAK/RUS")
    text_event = phone.locator("table.timeline a.act").first.get_attribute("href")
    pages = {"home": "/", "home_sipri": "/?origin=sipri", "dyad": "/dyad/PAK/RUS?origin=all&third=IND",
             "actor": "/actor/PAK?origin=all", "event": text_event, "sipri_event": sipri_event,
             "document": f"/document/{read_text(NOTES).id}", "documents": "/documents",
             "search": "/search?q=Pakistan", "error": "/dyad/PAK/RUS?since=2016-02-30"}
    widths = {}
    for name, path in pages.items():
        phone.goto(server + path)
        widths[name] = phone.evaluate("document.documentElement.scrollWidth")
        if name in ("home", "dyad", "actor", "document"):
            shot(phone, f"web_phone_{name}")
    print("scrollWidth at 390 px:", widths)
    assert all(w <= PHONE for w in widths.values()), widths
    phone.goto(server + "/dyad/PAK/RUS")
    assert phone.locator("table.timeline thead").evaluate("e => e.getBoundingClientRect().height") <= 1  # cards
