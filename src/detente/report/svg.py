"""The web pages' charts written as SVG text directly from a profile's numbers: the yearly index
with its phases, and dyads compared per period. A chart costs well under a millisecond where
matplotlib took a second or more, so a page never waits for one. They show what charts.py's
index_chart and comparison_chart show; the review keeps those (it needs PNG files too).

Every text put in a chart is escaped here: the page includes the SVG as it is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ..analysis import Comparison, DyadProfile

WIDTH, HEIGHT = 800, 330
LEFT, RIGHT, TOP, BOTTOM = 58, 14, 34, 42  # margins around the plot
POSITIVE, NEGATIVE, INK, GRID, PHASE = "#2f7d4f", "#b5443b", "#333333", "#dddddd", "#1f5f99"
DYAD_COLOURS = ("#1f5f99", "#d08c2c", "#7a4e9e")
MOST_LABELS = 16  # period labels under the bars, so that they do not overlap


@dataclass(frozen=True)
class Scale:
    """The value axis: from low to high, ticks every step."""

    low: float
    high: float
    step: float

    def y(self, value: float) -> float:
        """The vertical position of a value in the plot."""
        span = self.high - self.low
        return TOP + (self.high - value) / span * (HEIGHT - TOP - BOTTOM)

    def ticks(self) -> list[float]:
        first = math.ceil(self.low / self.step - 1e-9)
        last = math.floor(self.high / self.step + 1e-9)
        return [n * self.step for n in range(first, last + 1)]


def value_scale(values: Sequence[float]) -> Scale:
    """An axis holding 0 and every value, with about five ticks at 1, 2 or 5 times a power of ten."""
    low, high = min(0.0, *values), max(0.0, *values)
    if low == high:
        low, high = -1.0, 1.0
    rough = (high - low) / 5
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    return Scale(math.floor(low / step) * step, math.ceil(high / step) * step, step)


def _number(value: float, step: float) -> str:
    return f"{value:.0f}" if step >= 1 else f"{value:.1f}"


def _frame(title: str, label: str, scale: Scale, axis_title: str) -> list[str]:
    """The opening of a chart: its title, the value axis with grid lines, and the zero line."""
    right = WIDTH - RIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(label)}" font-size="12" font-family="inherit">',
        f"<title>{escape(label)}</title>",
        f'<text x="{LEFT}" y="18" font-size="13" fill="{INK}">{escape(title)}</text>',
    ]
    for tick in scale.ticks():
        y = scale.y(tick)
        parts.append(f'<line x1="{LEFT}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}" stroke-width="0.6"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{INK}">'
                     f"{_number(tick, scale.step)}</text>")
    middle = (TOP + HEIGHT - BOTTOM) / 2
    parts.append(f'<text transform="translate(14 {middle:.0f}) rotate(-90)" text-anchor="middle" fill="{INK}">'
                 f"{escape(axis_title)}</text>")
    return parts


def _closing(scale: Scale) -> list[str]:
    zero = scale.y(0)
    return [f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{zero:.1f}" y2="{zero:.1f}" stroke="{INK}" '
            'stroke-width="0.8"/>', "</svg>"]


def _labels(labels: Sequence[str], x_of: Sequence[float]) -> list[str]:
    """Period labels under the plot, at most MOST_LABELS of them."""
    step = max(1, -(-len(labels) // MOST_LABELS))
    y = HEIGHT - BOTTOM + 16
    return [f'<text x="{x_of[i]:.1f}" y="{y}" text-anchor="middle" fill="{INK}">{escape(labels[i])}</text>'
            for i in range(0, len(labels), step)]


def _hover_column(left: float, band: float, text: str) -> str:
    """An invisible column over a whole period, so that hovering anywhere on it (an empty period too)
    shows its values; drawn under the bars, which show their own."""
    return (f'<rect x="{left:.1f}" y="{TOP}" width="{band:.1f}" height="{HEIGHT - TOP - BOTTOM}" fill="#ffffff" '
            f'fill-opacity="0"><title>{escape(text)}</title></rect>')


def index_chart(dyad: DyadProfile) -> str | None:
    """The yearly index sum as bars, each phase shaded with its level, turning points dashed; None when
    no dated event occurred."""
    series, result = dyad.phases.series, dyad.phases
    if not series.years:
        return None
    scale = value_scale([*series.values, *(p.level for p in result.phases)])
    band = (WIDTH - LEFT - RIGHT) / len(series.years)
    first = series.years[0]

    def x(year: float) -> float:  # the left edge of a year's band
        return LEFT + (year - first) * band

    title = f"{dyad.label}: cooperation–conflict index by year (sum of PLOVER intensity)"
    parts = _frame(title, title, scale, "intensity sum")
    for i, phase in enumerate(result.phases):
        if i % 2:
            width = (phase.last_year - phase.first_year + 1) * band
            parts.append(f'<rect x="{x(phase.first_year):.1f}" y="{TOP}" width="{width:.1f}" '
                         f'height="{HEIGHT - TOP - BOTTOM}" fill="#000000" fill-opacity="0.04"/>')
    zero = scale.y(0)
    for year, value, count in zip(series.years, series.values, series.counts, strict=True):
        occurred = f"{count} incident{'' if count == 1 else 's'} that occurred"
        parts.append(_hover_column(x(year), band, f"{year}: index {value:g} from {occurred}"))
    for year, value in zip(series.years, series.values, strict=True):
        if value:
            top, bottom = sorted((scale.y(value), zero))
            parts.append(f'<rect x="{x(year) + 0.1 * band:.1f}" y="{top:.1f}" width="{0.8 * band:.1f}" '
                         f'height="{bottom - top:.1f}" fill="{POSITIVE if value >= 0 else NEGATIVE}">'
                         f"<title>{year}: {value:g}</title></rect>")
    for phase in result.phases:
        y = scale.y(phase.level)
        parts.append(f'<line x1="{x(phase.first_year):.1f}" x2="{x(phase.last_year + 1):.1f}" y1="{y:.1f}" '
                     f'y2="{y:.1f}" stroke="{PHASE}" stroke-width="1.6"/>')
    for year in result.turning_points:
        parts.append(f'<line x1="{x(year):.1f}" x2="{x(year):.1f}" y1="{TOP}" y2="{HEIGHT - BOTTOM}" '
                     f'stroke="{PHASE}" stroke-dasharray="4 3"/>')
        parts.append(f'<text x="{x(year) + 3:.1f}" y="{TOP + 10}" font-size="10" fill="{PHASE}">{year}</text>')
    if result.phases:
        parts.append(f'<line x1="{LEFT + 8}" x2="{LEFT + 28}" y1="{TOP + 8}" y2="{TOP + 8}" stroke="{PHASE}" '
                     'stroke-width="1.6"/>')
        parts.append(f'<text x="{LEFT + 32}" y="{TOP + 12}" font-size="10" fill="{INK}">'
                     "phase level (mean per year)</text>")
    parts += _labels([str(y) for y in series.years], [x(y) + band / 2 for y in series.years])
    return "".join(parts + _closing(scale))


def comparison_chart(comparison: Comparison) -> str | None:
    """The index sum of each dyad per period, bars side by side; None when there is no period."""
    labels = [r.period for r in comparison.dyads[0].profile.rows] if comparison.dyads else []
    if not labels:
        return None
    series = [[r.index.intensity_sum for r in d.profile.rows] for d in comparison.dyads]
    scale = value_scale([v for values in series for v in values])
    band = (WIDTH - LEFT - RIGHT) / len(labels)
    width = 0.8 * band / len(series)
    title = f"Cooperation–conflict index per {comparison.by}: the dyads compared"
    parts = _frame(title, title, scale, "intensity sum")
    zero = scale.y(0)
    for i, label in enumerate(labels):
        shown = "; ".join(f"{d.label} {v[i]:g}" for d, v in zip(comparison.dyads, series, strict=True))
        parts.append(_hover_column(LEFT + i * band, band, f"{label}: {shown}"))
    for n, (dyad, values) in enumerate(zip(comparison.dyads, series, strict=True)):
        colour = DYAD_COLOURS[n % len(DYAD_COLOURS)]
        for i, value in enumerate(values):
            if value:
                top, bottom = sorted((scale.y(value), zero))
                left = LEFT + i * band + 0.1 * band + n * width
                parts.append(f'<rect x="{left:.1f}" y="{top:.1f}" width="{width:.1f}" height="{bottom - top:.1f}" '
                             f'fill="{colour}"><title>{escape(dyad.label)}, {escape(labels[i])}: {value:g}</title>'
                             "</rect>")
        key_x = LEFT + 8 + n * 220
        parts.append(f'<rect x="{key_x}" y="{TOP + 2}" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text x="{key_x + 14}" y="{TOP + 11}" font-size="10" fill="{INK}">{escape(dyad.label)}</text>')
    parts += _labels(labels, [LEFT + (i + 0.5) * band for i in range(len(labels))])
    return "".join(parts + _closing(scale))
