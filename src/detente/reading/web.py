"""Web addresses as Documents: the page fetched with httpx (robots.txt honoured, one request to a host
at a time and no faster than its Crawl-delay or one a second), kept in a cache so that reading the
same address again is offline and gives the same document, and read like a saved page.

Fetching what the user names is the one thing detente downloads. The cache is a folder of files,
one pair per address (the body and a JSON note of what came with it), under $DETENTE_CACHE or
~/.cache/detente/pages.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import UnreadableInput
from ..model import Document

if TYPE_CHECKING:
    import httpx

USER_AGENT = "detente (reads the pages a user names; honours robots.txt)"
DEFAULT_DELAY = 1.0  # seconds between two requests to one host, unless its robots.txt asks for more
TIMEOUT = 30.0
MAX_BYTES = 50_000_000
_URL = re.compile(r"https?://\S+", re.IGNORECASE)


def is_url(name: str) -> bool:
    """Whether an input name is a web address."""
    return _URL.fullmatch(name.strip()) is not None


def cache_dir() -> Path:
    """Where fetched pages are kept: $DETENTE_CACHE, else ~/.cache/detente/pages."""
    given = os.environ.get("DETENTE_CACHE")
    return Path(given) if given else Path.home() / ".cache" / "detente" / "pages"


@dataclass(frozen=True)
class Page:
    """A fetched address: what came back, and when."""

    url: str
    final_url: str
    content_type: str
    body: bytes
    fetched: str  # ISO timestamp of the request

    @property
    def kind(self) -> str:
        if "pdf" in self.content_type or self.body[:4] == b"%PDF":
            return "pdf"
        return "html" if "html" in self.content_type or b"<html" in self.body[:2048].lower() else "text"


class PageCache:
    """Fetched pages on disk, by address."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or cache_dir()

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
        return self.folder / f"{key}.body", self.folder / f"{key}.json"

    def get(self, url: str) -> Page | None:
        body, note = self._paths(url)
        try:
            meta = json.loads(note.read_text("utf-8"))
            return Page(url, meta["final_url"], meta["content_type"], body.read_bytes(), meta["fetched"])
        except (OSError, ValueError, KeyError):
            return None

    def put(self, page: Page) -> None:
        body, note = self._paths(page.url)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            body.write_bytes(page.body)
            note.write_text(json.dumps({"url": page.url, "final_url": page.final_url,
                                        "content_type": page.content_type, "fetched": page.fetched}), "utf-8")
        except OSError:
            pass  # a cache that cannot be written only costs a fetch next time


class Fetcher:
    """Fetches pages politely: robots.txt first, then no faster than the host allows."""

    def __init__(self, cache: PageCache | None = None, delay: float = DEFAULT_DELAY,
                 client: httpx.Client | None = None) -> None:
        self.cache = cache or PageCache()
        self.delay = delay
        self._client = client
        self._robots: dict[str, RobotFileParser | None] = {}
        self._last_page: dict[str, float] = {}  # host -> when a page was last requested from it
        self.requests = 0  # requests made (tests count them)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            import httpx  # loads only when an address is fetched

            self._client = httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT, follow_redirects=True)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def page(self, url: str) -> Page:
        """The page at `url`, from the cache when it was fetched before; else fetched (and cached)."""
        cached = self.cache.get(url)
        if cached is not None:
            return cached
        host = _host(url)
        robots = self._robots_of(url, host)
        if robots is not None and not robots.can_fetch(USER_AGENT, url):
            raise UnreadableInput("the site's robots.txt does not allow fetching it: detente honours robots.txt; "
                                  "save the page in a browser and pass the file", url)
        self._wait(host, robots)
        response = self._get(url)
        page = Page(url, str(response.url), response.headers.get("content-type", "").lower(), response.content,
                    datetime.now(UTC).isoformat(timespec="seconds"))
        self.cache.put(page)
        return page

    def _get(self, url: str) -> httpx.Response:
        import httpx

        self.requests += 1
        try:
            response = self.client.get(url)
        except httpx.HTTPError as exc:
            raise UnreadableInput(f"cannot be fetched ({type(exc).__name__}: {exc}): check the address and "
                                  "the connection", url) from None
        if response.status_code >= 400:
            raise UnreadableInput(f"the server answered HTTP {response.status_code}: check the address", url)
        if len(response.content) > MAX_BYTES:
            raise UnreadableInput(f"is larger than {MAX_BYTES // 1_000_000} MB: save it and pass the file", url)
        return response

    def _robots_of(self, url: str, host: str) -> RobotFileParser | None:
        """The host's robots.txt rules (None: it has none), fetched once per run."""
        if host not in self._robots:
            import httpx

            parts = urlsplit(url)
            address = f"{parts.scheme}://{parts.netloc}/robots.txt"
            self.requests += 1
            try:
                response = self.client.get(address)
            except httpx.HTTPError:
                response = None
            if response is not None and response.status_code >= 500:
                raise UnreadableInput(f"the site's robots.txt cannot be read (HTTP {response.status_code}): "
                                      "try again later", url)
            rules = None
            if response is not None and response.status_code < 400:
                rules = RobotFileParser(address)
                rules.parse(response.text.splitlines())
            self._robots[host] = rules
        return self._robots[host]

    def _wait(self, host: str, robots: RobotFileParser | None) -> None:
        """Sleep until the host may be asked for another page."""
        crawl_delay = robots.crawl_delay(USER_AGENT) if robots is not None else None
        delay = max(self.delay, float(crawl_delay or 0))
        last = self._last_page.get(host)
        if last is not None:
            time.sleep(max(0.0, last + delay - time.monotonic()))
        self._last_page[host] = time.monotonic()


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def document_of(page: Page, published: date | None = None) -> Document:
    """A Document from a fetched page: an HTML page read like a saved one, a PDF like a PDF file."""
    # reading.sources imports this module (for addresses), so its readers are imported here; the PDF
    # reader loads pypdfium2, only for PDF pages
    from .sources import html_document, text_document

    if page.kind == "pdf":
        from .pdf import read_pdf

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "page.pdf"
            path.write_bytes(page.body)
            document = read_pdf(path, published, name=page.url)
    elif page.kind == "html":
        document = html_document(_decoded(page), published, page.url)
    else:
        document = text_document(_decoded(page), published, page.url)
    document.url = page.url
    document.path = page.url
    return document


def _decoded(page: Page) -> str:
    """The page's text in the charset its server named, else UTF-8 (bytes that are not become U+FFFD)."""
    match = re.search(r"charset=([\w-]+)", page.content_type)
    try:
        return page.body.decode(match[1] if match else "utf-8", errors="replace")
    except LookupError:
        return page.body.decode("utf-8", errors="replace")


def url_list(text: str) -> list[str] | None:
    """The addresses of a list of URLs (one a line, '#' comments), or None when it is not such a list."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return lines if lines and all(is_url(line) for line in lines) else None
