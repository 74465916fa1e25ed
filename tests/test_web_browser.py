"""End to end in headless Chromium: open a dyad, filter it, open an event, reject it with a reason,
see the timeline change, and undo it. Screenshots of the dyad and event pages go to /tmp/web_*.png.

Needs Playwright for Python and Debian's chromium (.ci/run installs both); skips without them.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.reading import read_text
from detente.store import open_store
from detente.web import Settings, create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = Path("/tmp")

REVIEW = """Pakistan and the Soviet Union established diplomatic relations on 1 May 1948.

Pakistan and Russia signed a defence cooperation agreement on 20 November 2014. Russia and Pakistan held a joint \
military exercise in October 2016. Russia and Pakistan plan to hold a naval exercise in 2027.

Russia and Pakistan held a second joint exercise, Druzhba-II, in September 2017. Russia delivered four Mi-35M \
helicopters to Pakistan in 2018."""

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn serving a small store on a free port of 127.0.0.1, in a thread of this process."""
    import uvicorn

    path = tmp_path_factory.mktemp("browser") / "browser.duckdb"
    with open_store(path) as store:
        store.ingest([read_text(REVIEW, title="Russia and Pakistan: a review")])
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
def page(server: str) -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        yield tab
        browser.close()


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
    page.screenshot(path=str(SHOTS / "web_dyad.png"), full_page=True)
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
    page.screenshot(path=str(SHOTS / "web_event.png"), full_page=True)

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

