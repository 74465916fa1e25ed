"""Tests of web addresses and web archives: fetched from a local server (never the network), robots.txt
honoured, pages cached so that a rerun makes no request, WARC records read as documents."""

from __future__ import annotations

import io
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import InputError
from detente.reading import read_inputs
from detente.reading.web import Fetcher, PageCache

ARTICLE = """<!DOCTYPE html><html><head><title>Talks in Ankara | Desk</title>
<meta property="article:published_time" content="2021-03-09T08:00:00+00:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Talks in Ankara</h1>
<p>Turkey and Azerbaijan signed a defence agreement in Ankara on Monday, officials said.</p>
<p>The two defence ministers also agreed to hold a joint exercise in the summer.</p>
</article><footer>Contact us</footer></body></html>"""


class Site(BaseHTTPRequestHandler):
    """A small site: an article, a page robots.txt forbids, and a counter of requests."""

    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        Site.requests.append(self.path)
        pages = {
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/news/talks.html": ("text/html; charset=utf-8", ARTICLE),
            "/private/memo.html": ("text/html", ARTICLE),
        }
        if self.path not in pages:
            self.send_response(404)
            self.end_headers()
            return
        kind, body = pages[self.path]
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def site():
    Site.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetched_coded_cached_and_the_rerun_makes_no_request(site: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DETENTE_CACHE", str(tmp_path / "cache"))
    runner = CliRunner()
    url = f"{site}/news/talks.html"
    first = runner.invoke(app, ["extract", url, "--format", "jsonl"])
    assert first.exit_code == 0, first.output
    assert '"AGREE"' in first.stdout and Site.requests == ["/robots.txt", "/news/talks.html"]
    Site.requests.clear()
    again = runner.invoke(app, ["extract", url, "--format", "jsonl"])
    assert again.stdout == first.stdout and Site.requests == []


def test_publication_date_and_address_from_the_page(site: str, tmp_path: Path) -> None:
    fetcher = Fetcher(PageCache(tmp_path), delay=0)
    from detente.reading.web import document_of

    doc = document_of(fetcher.page(f"{site}/news/talks.html"))
    assert (doc.published, doc.published_basis) == (date(2021, 3, 9), "metadata")
    assert doc.url == f"{site}/news/talks.html" and doc.title == "Talks in Ankara | Desk"
    assert "Contact us" not in doc.text and "Turkey and Azerbaijan signed" in doc.text


def test_robots_txt_is_honoured_and_errors_are_one_line(site: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DETENTE_CACHE", str(tmp_path / "cache"))
    listed = tmp_path / "reading.urls"
    listed.write_text(f"# to read\n{site}/private/memo.html\n{site}/missing.html\n{site}/news/talks.html\n")
    items = list(read_inputs([str(listed)]))
    errors = [str(item) for item in items if isinstance(item, InputError)]
    assert len(items) == 3 and len(errors) == 2
    assert "robots.txt does not allow" in errors[0] and "HTTP 404" in errors[1]
    assert "/private/memo.html" not in Site.requests  # never asked for
    result = CliRunner().invoke(app, ["extract", str(listed), "--format", "jsonl"])
    assert result.exit_code == 1 and result.stderr.count("detente: error:") == 2


def test_ingest_of_a_list_of_addresses_is_idempotent(site: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DETENTE_CACHE", str(tmp_path / "cache"))
    listed = tmp_path / "news.txt"  # a .txt file of nothing but addresses is a list of them
    listed.write_text(f"{site}/news/talks.html\n")
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(listed), "--db", db, "--workers", "1"]).exit_code == 0
    Site.requests.clear()
    rerun = runner.invoke(app, ["ingest", str(listed), "--db", db, "--workers", "1"])
    assert rerun.exit_code == 0 and Site.requests == []
    from detente.store import open_store

    with open_store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*), min(url) FROM documents").fetchone() == (
            1, f"{site}/news/talks.html")


def test_a_warc_file_is_a_corpus(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, status, kind, body in [
            ("https://example.org/a.html", "200 OK", "text/html", ARTICLE),
            ("https://example.org/logo.png", "200 OK", "image/png", "PNG"),
            ("https://example.org/gone.html", "404 Not Found", "text/html", "gone"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers))
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and items[0].url == "https://example.org/a.html"
    assert items[0].published == date(2021, 3, 9)
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(path.read_bytes()[:150] + b"not a gzip member")
    assert any(isinstance(item, InputError) for item in read_inputs([str(damaged)]))
