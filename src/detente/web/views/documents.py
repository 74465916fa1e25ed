"""The list of documents: every stored document (a text, or a dataset file) with its events, a page at a time."""

from __future__ import annotations

from typing import Any

from ...errors import BadParameter
from ...store import query
from ..database import Database
from ..params import ALL, Sort

PAGE_SIZE = 100
SORTS = tuple(query.DOCUMENT_SORTS)  # stored, title, published, events, origin
DEFAULT_SORT = Sort("stored", descending=True)  # the newest first


def documents(db: Database, page: int, origin: str = ALL, sort: Sort = DEFAULT_SORT) -> dict[str, Any]:
    """The data of the list of documents (cached per page and state of the data)."""
    def compute() -> tuple[int, list[dict[str, Any]]]:
        with db.reading() as con:
            return query.documents_page(con, sort.column, sort.descending, PAGE_SIZE, (page - 1) * PAGE_SIZE, origin)

    total, rows = db.cached(("documents", page, origin, sort), compute)
    pages = max(1, -(-total // PAGE_SIZE))
    if page > pages:
        raise BadParameter("page", f"page {page} does not exist: the list of documents has {pages} page(s)")
    return {"origin": origin, "sort": sort.column, "order": "desc" if sort.descending else "asc",
            "n_documents": total, "page": page, "pages": pages, "page_size": PAGE_SIZE,
            "documents": [{**r, "url": f"/document/{r['doc_id']}"} for r in rows]}
