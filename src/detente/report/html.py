"""The review as one self-contained HTML page (Jinja2, autoescaped; styles and SVG charts inline)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from .. import __version__
from .blocks import Review
from .charts import svg

Step = Callable[[str], None]


@cache
def _environment() -> Any:
    import jinja2  # loaded only for an HTML review

    return jinja2.Environment(
        loader=jinja2.PackageLoader("detente.report", "templates"),
        autoescape=True,  # quotes come from documents and may hold markup: every text is escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


class Backlinks:
    """The places each note is cited, for the note to link back to: the page is rendered top to bottom,
    so every citation has been given its anchor when the notes are written at the end."""

    def __init__(self) -> None:
        self._places: dict[int, list[str]] = {}

    def cite(self, note: int) -> str:
        """The id of a new citation of note (cite-N-K: its Kth)."""
        places = self._places.setdefault(note, [])
        places.append(f"cite-{note}-{len(places) + 1}")
        return places[-1]

    def back(self, note: int) -> list[str]:
        return self._places.get(note, [])


def _css() -> str:
    return resources.files("detente.report").joinpath("templates", "review.css").read_text("utf-8")


def render_html(review: Review, step: Step | None = None) -> str:
    """The review as an HTML document; `step` is told about each chart as it is drawn."""
    from markupsafe import Markup  # loaded only for an HTML review, as jinja2

    svgs = {}
    for chart in review.charts():
        if step:
            step(f"chart: {chart.key}")
        svgs[chart.key] = Markup(svg(chart.draw()))  # matplotlib escapes the text it writes into SVG
    template = _environment().get_template("review.html")
    return template.render(review=review, cites=review.citations, svgs=svgs, css=Markup(_css()),
                           version=__version__, refs=Backlinks())
