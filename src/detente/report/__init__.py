"""Reviews of a dyad read back from the record: HTML or Markdown, with charts and a footnote for every event.

`write_review(store, "RUS", "PAK", "review.html", third="IND")` writes one; `build_review`
builds the sections from analysed records without a store.
"""

from __future__ import annotations

from .blocks import Review
from .build import Written, build_review, check_writable, output_format, review_from_store, write_review

__all__ = ["Review", "Written", "build_review", "check_writable", "output_format", "review_from_store", "write_review"]
