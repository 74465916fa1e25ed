"""Web archives (WARC, as crawlers and archives deliver pages): each archived page a Document.

Only the pages a crawl saved whole are read: 'response' records with HTTP status 200 holding HTML,
a PDF or plain text. The publication date comes from the page's own metadata, never from the date
of the crawl. A damaged archive yields one error naming the record where reading stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError, MalformedLine, UnreadableInput
from ..model import Document
from .raw import check_path
from .web import Page, document_of

_READABLE = ("html", "pdf", "text/plain")


def read_warc(path: Path, published: date | None = None) -> Iterator[Document | InputError]:
    """The documents of a WARC file (.warc or .warc.gz); a record that cannot be read yields its error."""
    from warcio.archiveiterator import ArchiveIterator  # loads only for web archives
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        check_path(path)
        handle = path.open("rb")
    except UnreadableInput as error:
        yield error
        return
    except OSError as exc:
        yield UnreadableInput(f"cannot be read ({exc.strerror or exc}): check its permissions", name)
        return
    found = number = 0
    with handle:
        try:
            for number, record in enumerate(ArchiveIterator(handle), 1):
                page = _page(record)
                if page is None:
                    continue
                found += 1
                try:
                    yield document_of(page, published)
                except InputError as error:
                    yield MalformedLine(f"{page.url}: {error.message}", name, number)
        except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
            yield MalformedLine(f"the archive is damaged after this record ({exc}): the records before it "
                                "were read", name, number + 1)
            return
    if not found:
        yield UnreadableInput("holds no archived page (HTML, PDF or text responses with status 200)", name)


def _page(record: Any) -> Page | None:
    """An archived page, or None for requests, metadata, redirects, errors and other media."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not any(kind in content_type for kind in _READABLE):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    return Page(url, url, content_type, record.content_stream().read(),
                record.rec_headers.get_header("WARC-Date") or "")
