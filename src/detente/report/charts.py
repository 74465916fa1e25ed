"""The review's charts (matplotlib, Agg backend): the index with its phases, event types per
period, the drivers over time and the dyads compared. Each function returns a Figure;
`svg` and `save_png` turn one into what the HTML or the Markdown review needs."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..analysis import Comparison, DyadAnalysis, PhaseResult, profile
from ..analysis.breakdown import DriverRow
from ..analysis.event_kinds import driver_labels
from ..analysis.periods import periods_between
from ..ontology import plover_types

WIDTH, HEIGHT = 8.0, 3.4
POSITIVE, NEGATIVE, INK, GRID = "#2f7d4f", "#b5443b", "#333333", "#dddddd"
DYAD_COLOURS = ("#1f5f99", "#d08c2c", "#7a4e9e")
DRIVER_COLOURS = {"military": "#6b3d2e", "economic": "#d0a12c", "diplomatic": "#3f7fb5",
                  "counterterrorism": "#8e3b8e", "other": "#b9b9b9"}


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({
        "svg.fonttype": "none",  # text stays text: smaller files, selectable, the page's fonts
        "svg.hashsalt": "detente",  # the same data gives the same SVG ids
        "font.size": 9,
        "axes.edgecolor": INK,
        "axes.spines.top": False,
        "axes.spines.right": False,
    })
    return plt


def _figure(title: str) -> tuple[Any, Any]:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(WIDTH, HEIGHT), layout="constrained")
    ax.set_title(title, loc="left", fontsize=10, color=INK)
    ax.grid(axis="y", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    return fig, ax


def index_chart(analysis: DyadAnalysis) -> Any:
    """Yearly index sum as bars, each phase shaded with its level, turning points dashed."""
    result: PhaseResult = analysis.phases
    series = result.series
    fig, ax = _figure(f"{analysis.label}: cooperation–conflict index by year (sum of PLOVER intensity)")
    colours = [POSITIVE if v >= 0 else NEGATIVE for v in series.values]
    ax.bar(series.years, series.values, color=colours, width=0.8, linewidth=0)
    ax.axhline(0, color=INK, linewidth=0.6)
    for i, phase in enumerate(result.phases):
        ax.axvspan(phase.first_year - 0.5, phase.last_year + 0.5, color="#000000", alpha=0.04 if i % 2 else 0.0)
        ax.hlines(phase.level, phase.first_year - 0.5, phase.last_year + 0.5, colors="#1f5f99", linewidth=1.6,
                  label="phase level (mean per year)" if i == 0 else None)
    for year in result.turning_points:
        ax.axvline(year - 0.5, color="#1f5f99", linestyle="--", linewidth=1)
        ax.annotate(str(year), (year - 0.5, 1), xycoords=("data", "axes fraction"), xytext=(3, -10),
                    textcoords="offset points", color="#1f5f99", fontsize=8)
    ax.set_ylabel("intensity sum")
    if result.phases:
        ax.legend(loc="upper left", frameon=False, fontsize=8)
    return fig


def types_chart(analysis: DyadAnalysis) -> Any:
    """Events that occurred per period, stacked by PLOVER type (cooperation green to conflict red)."""
    plt = _pyplot()
    by, span = analysis.profile.by, analysis.profile.span
    rows = profile(analysis.records, by, periods_between(*span, by)).rows if span else []  # empty periods too
    fig, ax = _figure(f"{analysis.label}: events that occurred per {analysis.profile.by}, by PLOVER type")
    labels = [r.period for r in rows]
    types = [t for t in plover_types() if any(r.types.get(t) for r in rows)]
    cmap = plt.get_cmap("RdYlGn")
    order = list(plover_types())
    bottom = [0] * len(rows)
    for t in types:
        values = [r.types.get(t, 0) for r in rows]
        colour = cmap(0.95 - 0.9 * order.index(t) / (len(order) - 1))
        ax.bar(range(len(labels)), values, bottom=bottom, label=t, color=colour, edgecolor="white", linewidth=0.4)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_ylabel("events")
    _period_ticks(ax, labels)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=7)
    return fig


def drivers_chart(rows: Sequence[DriverRow], title: str) -> Any:
    """Per period, events that occurred by driver (an event may count under several)."""
    fig, ax = _figure(title)
    labels = [r.period for r in rows]
    bottom = [0] * len(rows)
    for key, label in driver_labels().items():
        values = [r.counts.get(key, 0) for r in rows]
        if not any(values):
            continue
        ax.bar(range(len(labels)), values, bottom=bottom, label=label, color=DRIVER_COLOURS.get(key, "#888888"),
               edgecolor="white", linewidth=0.4)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_ylabel("events")
    _period_ticks(ax, labels)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    return fig


def comparison_chart(comparison: Comparison) -> Any:
    """The index sum of each dyad per period, bars side by side."""
    fig, ax = _figure(f"Cooperation–conflict index per {comparison.by}: the dyads compared")
    labels = [r.period for r in comparison.dyads[0].profile.rows]
    n = len(comparison.dyads)
    width = 0.8 / n
    for i, dyad in enumerate(comparison.dyads):
        xs = [x + (i - (n - 1) / 2) * width for x in range(len(labels))]
        ax.bar(xs, [r.index.intensity_sum for r in dyad.profile.rows], width=width, label=dyad.label,
               color=DYAD_COLOURS[i % len(DYAD_COLOURS)], linewidth=0)
    ax.axhline(0, color=INK, linewidth=0.6)
    _period_ticks(ax, labels)
    ax.set_ylabel("intensity sum")
    ax.legend(loc="best", frameon=False, fontsize=8)
    return fig


def _period_ticks(ax: Any, labels: Sequence[str], most: int = 16) -> None:
    """Period labels under the bars, at most `most` of them so that they do not overlap."""
    step = max(1, -(-len(labels) // most))
    positions = list(range(0, len(labels), step))
    ax.set_xticks(positions, [labels[i] for i in positions])
    ax.yaxis.get_major_locator().set_params(integer=True)


def svg(fig: Any) -> str:
    """The figure as an inline <svg> element that scales to the page width."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg")
    _close(fig)
    text = buffer.getvalue()
    text = text[text.index("<svg"):]
    # matplotlib fixes the size in points; let the viewBox and the page's CSS size it instead
    return re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1 role="img"', text, count=1)


def save_png(fig: Any, path: Path) -> Path:
    """Write the figure as a PNG file."""
    fig.savefig(path, format="png", dpi=150)
    _close(fig)
    return path


def _close(fig: Any) -> None:
    import matplotlib.pyplot as plt

    plt.close(fig)
