"""Build src/detente/report/data/world_110m.json, the world outline the actor page's map is drawn from.

Run once, by hand, when the outline should change; nothing downloads it at run time:

    cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_map.py package/countries-110m.json src/detente/report/data/world_110m.json

The input is Natural Earth's 1:110m admin-0 countries (public domain, naturalearthdata.com) as
TopoJSON in the npm package world-atlas (ISC licence, Mike Bostock). The output is one SVG path per
country and the point its marker goes at ("c"), keyed by ISO 3166-1 alpha-3 (from the numeric ids,
via pycountry), in an equirectangular projection of 1000 x 400 units from 180°W to 180°E and
84°N to 60°S (Antarctica left out), in whole units with relative moves: about 60 KB.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pycountry

WIDTH, NORTH, SOUTH = 1000, 84.0, -60.0
HEIGHT = round(WIDTH * (NORTH - SOUTH) / 360)
NO_ID = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}  # features without a numeric id
LEFT_OUT = {"ATA"}  # Antarctica: no state to colour, a third of the height


def arcs_of(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The arcs as longitude/latitude points (TopoJSON quantizes and delta-encodes them)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A closed ring from its arcs (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrapped(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring with continuous longitudes (a ring across the antimeridian jumps by about 360°), and its
    copy shifted by 360° when it reaches past ±180°, so that both ends show (the SVG clips the rest)."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for lon, lat in points:
        if out and abs(lon + shift - out[-1][0]) > 180:
            shift += 360 if lon + shift < out[-1][0] else -360
        out.append((lon + shift, lat))
    lons = [lon for lon, _ in out]
    if max(lons) > 180:
        return [out, [(lon - 360, lat) for lon, lat in out]]
    if min(lons) < -180:
        return [out, [(lon + 360, lat) for lon, lat in out]]
    return [out]


def project(lon: float, lat: float) -> tuple[int, int]:
    lat = max(SOUTH, min(NORTH, lat))
    return round((lon + 180) / 360 * WIDTH), round((NORTH - lat) / (NORTH - SOUTH) * HEIGHT)


def label_point(rings: list[list[tuple[float, float]]]) -> list[int]:
    """The centroid of the largest ring whose centroid is on the map, projected: where the country's marker goes."""
    best, best_area = [0, 0], 0.0
    for points in rings:
        xy = [project(lon, lat) for lon, lat in points]
        terms = [(x0 * y1 - x1 * y0, x0 + x1, y0 + y1) for (x0, y0), (x1, y1) in zip(xy, xy[1:] + xy[:1], strict=True)]
        area = sum(t for t, _, _ in terms) / 2
        if not area:
            continue
        x = round(sum(t * sx for t, sx, _ in terms) / (6 * area))
        y = round(sum(t * sy for t, _, sy in terms) / (6 * area))
        if abs(area) > best_area and 0 <= x <= WIDTH:
            best, best_area = [x, y], abs(area)
    return best


def path(rings: list[list[tuple[float, float]]]) -> str:
    """An SVG path of rings: an absolute move, then relative lines, each ring closed."""
    parts = []
    for points in rings:
        xy = []
        for lon, lat in points:
            p = project(lon, lat)
            if not xy or p != xy[-1]:
                xy.append(p)
        if len(xy) < 3:
            continue  # an island smaller than a unit
        steps = [f"{x - px} {y - py}" for (px, py), (x, y) in zip(xy, xy[1:], strict=False)]
        parts.append(f"M{xy[0][0]} {xy[0][1]}l" + " ".join(steps) + "z")
    return "".join(parts)


def iso3(feature: dict[str, Any]) -> str | None:
    name = feature.get("properties", {}).get("name", "")
    if "id" not in feature:
        return NO_ID.get(name)
    country = pycountry.countries.get(numeric=str(feature["id"]).zfill(3))
    return country.alpha_3 if country else NO_ID.get(name)


def build(topology: dict[str, Any]) -> dict[str, Any]:
    arcs = arcs_of(topology)
    countries: dict[str, dict[str, str]] = {}
    for feature in topology["objects"]["countries"]["geometries"]:
        code = iso3(feature)
        if code is None or code in LEFT_OUT:
            continue
        polygons = feature["arcs"] if feature["type"] == "MultiPolygon" else [feature["arcs"]]
        rings = [part for polygon in polygons for r in polygon for part in unwrapped(ring(r, arcs))]
        d = path(rings)
        if code in countries:  # a territory without an id drawn with its state
            countries[code]["d"] += d
        elif d:
            countries[code] = {"name": feature["properties"]["name"], "c": label_point(rings), "d": d}
    return {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), from the npm package world-atlas 2.0.2 "
                  "(ISC licence, Mike Bostock); converted by scripts/build_world_map.py",
        "projection": f"equirectangular, 180W-180E, {NORTH:g}N-{-SOUTH:g}S",
        "width": WIDTH, "height": HEIGHT,
        "countries": dict(sorted(countries.items())),
    }


def main(source: str, target: str) -> None:
    data = build(json.loads(Path(source).read_text("utf-8")))
    Path(target).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"{target}: {len(data['countries'])} countries, {Path(target).stat().st_size:,} bytes")


if __name__ == "__main__":
    main(*sys.argv[1:3])
