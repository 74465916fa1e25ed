"""The review as Markdown (GitHub and pandoc footnotes), its charts as PNG files beside it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from .blocks import EventList, Link, Paragraph, Part, Parts, Review, Table
from .charts import save_png
from .citations import Citations

Step = Callable[[str], None]

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def escape(text: str) -> str:
    """Text with Markdown's special characters backslash-escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _part(p: Part) -> str:
    if isinstance(p, str):  # a piece of a line: the spaces at its ends join it to the next
        return (" " if p[:1].isspace() else "") + escape(p) + (" " if p[-1:].isspace() and p.strip() else "")
    if isinstance(p, Link):
        return f"[{escape(p.text)}](<{p.url}>)"
    return f"{escape(p.text)}[^{p.note}]"


def _parts(parts: Parts) -> str:
    return "".join(_part(p) for p in parts)


def _table(table: Table) -> list[str]:
    out = [f"*{escape(table.caption)}*", ""] if table.caption else []
    out.append("| " + " | ".join(escape(c) for c in table.columns) + " |")
    out.append("|" + "|".join("---:" if i in table.numeric else "---" for i in range(len(table.columns))) + "|")
    out += ["| " + " | ".join(_parts(cell) for cell in row) + " |" for row in table.rows]
    return [*out, ""]


def _events(block: EventList) -> list[str]:
    out = [f"### {escape(block.heading)}", ""] if block.heading else []
    for ln in block.lines:
        status = f" **{ln.status}**" if ln.status != "occurred" else ""
        doc = f" — {escape(ln.document)}" if ln.document else ""
        out.append(f"- {escape(ln.date)}: {escape(ln.text)}{status}{doc}[^{ln.note}]")
    return [*out, ""]


def _sources(cites: Citations, number: int) -> list[str]:
    out = [f"## {number}. Sources", "", "### Documents", ""]
    for d in cites.documents:
        meta = [m for m in (f"id {d.source_id}" if d.source_id and d.source_id != d.name else "",
                            f"published {d.published}" if d.published else "", d.url or "", f"doc {d.doc_id}") if m]
        out.append(f"- **D{d.n}** *{escape(d.name)}* ({escape(', '.join(meta))})")
    out += ["", "### References cited by the documents", ""]
    out += [f"- **R{r.n}** {escape(r.text)} (in D{r.document})" for r in cites.references] or ["None."]
    out += ["", "### Notes", ""]
    for n in cites.notes:
        cite = f"D{n.document} {cites.documents[n.document - 1].name}"
        if n.references:
            cite += "; cites " + "; ".join(f"R{r} {cites.references[r - 1].text}" for r in n.references)
        if n.also_in:
            cite += "; also reported in " + ", ".join(f"D{o}" for o in n.also_in)
        said = f"“{escape(n.quote)}”" if n.quote else f"No quote: imported from {escape(n.imported or '?')}."
        out.append(f"[^{n.n}]: {said} — {escape(cite)} (event {_part(cites.event_ref(n.record['id']))})")
    return [*out, ""]


def render_markdown(review: Review, out: Path, step: Step | None = None) -> tuple[str, list[Path]]:
    """The review as Markdown text, and the chart PNG files written beside `out` (out-stem-key.png)."""
    lines = [f"# {escape(review.title)}", "", f"*{escape(review.subtitle)}*", "", "## Contents", ""]
    lines += [f"{i}. [{escape(s.title)}](#{s.id})" for i, s in enumerate(review.sections, 1)]
    lines += [f"{len(review.sections) + 1}. [Sources](#sources)", ""]
    written: list[Path] = []
    for i, section in enumerate(review.sections, 1):
        lines += [f'<a id="{section.id}"></a>', "", f"## {i}. {escape(section.title)}", ""]
        for block in section.blocks:
            if isinstance(block, Paragraph):
                lines += [("> " if block.kind == "note" else "") + _parts(block.parts), ""]
            elif isinstance(block, Table):
                lines += _table(block)
            elif isinstance(block, EventList):
                lines += _events(block)
            else:
                if step:
                    step(f"chart: {block.key}")
                png = save_png(block.draw(), out.with_name(f"{out.stem}-{block.key}.png"))
                written.append(png)
                lines += [f"![{escape(block.caption)}]({png.name})", "", f"*{escape(block.caption)}*", ""]
    lines += ['<a id="sources"></a>', ""] + _sources(review.citations, len(review.sections) + 1)
    return "\n".join(lines), written
