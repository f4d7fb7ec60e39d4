"""Geometry of the HTML report's charts: a tuition band and cohort starts over time.

Numbers and dates in, plain dicts of SVG coordinates out; the markup is in the template
(templates/report.html.j2), so nothing page-written reaches the SVG except as escaped
labels.
"""

from __future__ import annotations

import bisect
import itertools
from datetime import date, timedelta
from typing import Any

from tracker import describe

#: Chart geometry in SVG user units.
WIDTH, PANEL, LEFT, RIGHT, TOP = 560, 96, 78, 16, 14
#: The width every version gets at least (less only when they could not all fit): versions
#: of one day, from a schedule that runs more than once a day, would otherwise get none,
#: leaving a price label without its band and a cohort as a dot without its line.
SLOT = 44
#: Estimated width of one character of the charts' 11px text, and a text line's height,
#: for keeping labels apart.
CHAR, LINE = 6.2, 12


def chart(timeline: dict[str, Any]) -> dict[str, Any] | None:
    """Geometry for one program's SVG: a tuition band and cohort starts over time.

    x is the day a version was first seen (its run's as_of); each version lasts until the
    next one, and the current one runs a little past the last observation, so it shows.
    Every version has a slot of its own (:func:`_layout`), so versions seen on one day
    each show. The price panel is a min..max band per version, the start panel a line per
    listed cohort start.
    """
    points = [p for p in timeline["points"] if p["as_of"]]
    if not points:
        return None
    days = [_day(p["as_of"]) for p in points]
    last = max([*days, _day(timeline["last_as_of"] or points[-1]["as_of"])])
    tail = timedelta(days=max((last - days[0]).days // 5, 3))
    spans, x = _layout(days, last + tail)
    prices = _price_panel(points, spans)
    starts = _start_panel(points, spans, top=TOP + (PANEL + 34 if prices else 0))
    panels = [p for p in (prices, starts) if p]
    if not panels:
        return None
    at = [(x(d), d) for d in sorted({*days, last})]
    half = CHAR * len(_short(last)) / 2  # labels centred under their tick, kept in the chart
    labelled = [(min(max(tx, half), WIDTH - half), tx, d) for tx, d in at]
    ticks = [{"x": _r(tx), "label_x": _r(lx), "label": _short(d)}
             for lx, tx, d in _thin(labelled, 2 * half + 6)]  # fmt: skip
    return {"width": WIDTH, "height": panels[-1]["bottom"] + 24, "panels": panels,
            "ticks": ticks, "left": LEFT, "right": WIDTH - RIGHT}  # fmt: skip


def _layout(days: list[date], end: date) -> tuple[list[tuple[float, float]], Any]:
    """Each version's (x0, x1), and the x of a day, on a time axis that gives every version
    at least SLOT: the rest of the width is shared out by how long each version lasted.

    A day maps to the start of its first version, or, between versions, into the time
    share of the one before it, so the ticks line up with the versions they name."""
    usable = WIDTH - RIGHT - LEFT
    slot = min(SLOT, usable / len(days))
    share = (usable - slot * len(days)) / (end - days[0]).days
    starts = [float(LEFT)]
    for before, after in itertools.pairwise(days):
        starts.append(starts[-1] + slot + share * (after - before).days)
    spans = list(zip(starts, [*starts[1:], float(WIDTH - RIGHT)], strict=True))

    def x(day: date) -> float:
        i = bisect.bisect_right(days, day) - 1
        if days[i] == day:
            return starts[bisect.bisect_left(days, day)]
        return starts[i] + slot + share * (day - days[i]).days

    return spans, x


def _thin(marks: list[tuple], room: float) -> list[tuple]:
    """Date ticks (label position, ...) at least ``room`` apart, first and last kept: a
    date that would overprint its neighbour is left out (the bands' titles say it too)."""
    kept: list[tuple] = []
    for i, mark in enumerate(marks):
        if kept and abs(mark[0] - kept[-1][0]) < room:
            if i < len(marks) - 1 or len(kept) == 1:
                continue
            kept.pop()  # the last mark wins over its neighbour
        kept.append(mark)
    return kept


def _unclutter(labels: list[dict[str, Any]], top: float, bottom: float) -> list[dict[str, Any]]:
    """The labels, each moved up or down a line when it would overprint one placed before
    it: versions seen close together (several on one day) put their labels side by side."""
    placed: list[dict[str, Any]] = []
    for label in labels:
        for dy in (0, -LINE, LINE, -2 * LINE, 2 * LINE):
            y = label["y"] + dy
            if top + LINE - 3 <= y <= bottom and not any(_overlap(label, y, o) for o in placed):
                break
        else:
            y = label["y"]  # nowhere free: stay where it belongs
        placed.append({**label, "y": _r(y)})
    return placed


def _overlap(label: dict[str, Any], y: float, other: dict[str, Any]) -> bool:
    ends = label["x"] + CHAR * len(label["text"]), other["x"] + CHAR * len(other["text"])
    return abs(y - other["y"]) < LINE and label["x"] < ends[1] and other["x"] < ends[0]


def _price_panel(points: list, spans: list) -> dict[str, Any] | None:
    """Price bands over time on one scale, for the period of the latest price: a price
    stated in another period ("$1,925" in all before "$385/month") is labelled where it
    stood but not drawn, since its band would compare a total with an instalment."""
    priced = [(p, span) for p, span in zip(points, spans, strict=True) if p["price_min"]]
    if not priced:
        return None
    period = _period(priced[-1][0])
    scaled = [p for p, _ in priced if _period(p) == period]
    low = min(p["price_min"] for p in scaled)
    high = max(p["price_max"] or p["price_min"] for p in scaled)
    pad = (high - low) * 0.25 or high * 0.1 or 1.0  # a flat price still gets a visible band
    y = _scale(low - pad, high + pad, TOP + PANEL, TOP)
    bands, labels = [], []
    previous = None
    for p, (x0, x1) in priced:
        now = (p["price_min"], p["price_max"], p["currency"], _period(p))
        if _period(p) != period:
            if now != previous:  # on the panel's bottom row, clear of the bands' labels
                text = f"{_span(p)}, other period"
                labels.append({"x": _r(x0 + 4), "y": _r(TOP + PANEL - 2), "text": text})
            previous = now
            continue
        top, bottom = y(p["price_max"] or p["price_min"]), y(p["price_min"])
        title = f"{describe.day(p.get('as_of'))}, version {p.get('version')}: {_span(p)}"
        bands.append({"x": _r(x0), "y": _r(top), "w": _r(x1 - x0),
                      "h": _r(max(bottom - top, 3)), "title": title})  # fmt: skip
        if now == previous:
            continue  # label a range only where it changed
        previous = now
        text = _money(p, "price_min")
        if p["price_max"] and p["price_max"] != p["price_min"]:
            labels.append({"x": _r(x0 + 4), "y": _r(top - 4), "text": _money(p, "price_max")})
            labels.append({"x": _r(x0 + 4), "y": _r(bottom + 12), "text": text})
        else:
            labels.append({"x": _r(x0 + 4), "y": _r(top - 5), "text": text})
    labels = _unclutter(labels, TOP, TOP + PANEL)
    return _panel("Tuition (lowest to highest, in one period)", TOP, bands=bands, labels=labels)


def _start_panel(points: list, spans: list, top: int) -> dict[str, Any] | None:
    starts = sorted({_day(s) for p in points for s in p["start_dates"]})
    if not starts:
        return None
    height = max(PANEL, LINE * (len(starts) - 1) + 20)  # a line of text for every start
    y = _scale(starts[0], starts[-1], top + height - 10, top + 10)
    steps, dots = [], []
    for p, (x0, x1) in zip(points, spans, strict=True):
        for s in p["start_dates"]:
            cy = _r(y(_day(s)))
            steps.append({"x1": _r(x0), "x2": _r(x1), "y": cy})
            dots.append({"x": _r(x0), "y": cy, "title": describe.day(s)})
    lines = [y(d) for d in starts]
    axis = [{"y": _r(ly), "label_y": _r(at), "label": _short(d)}
            for ly, at, d in zip(lines, _spread(lines, top + 10), starts, strict=True)]  # fmt: skip
    return _panel("Cohort starts listed", top, height, axis=axis, steps=steps, dots=dots)


def _spread(ys: list[float], ceiling: float) -> list[float]:
    """Where to write the labels of lines at ``ys`` (bottom first, going up) so that each
    is a text line from the next, as near its own line as that allows, none above
    ``ceiling``: every cohort start keeps its label, however close the dates."""
    at = list(ys)
    for i in range(1, len(at)):  # push up from the bottom
        at[i] = min(at[i], at[i - 1] - LINE)
    if at and at[-1] < ceiling:  # then down from the top where that went too far
        at[-1] = ceiling
        for i in range(len(at) - 2, -1, -1):
            at[i] = max(at[i], at[i + 1] + LINE)
    return at


def _panel(name: str, top: int, height: int = PANEL, **shapes: list) -> dict[str, Any]:
    empty: dict[str, list] = {"bands": [], "labels": [], "axis": [], "steps": [], "dots": []}
    return {"name": name, "top": top, "bottom": top + height, **empty, **shapes}


def _span(point: dict[str, Any]) -> str:
    """A price or range of the chart: "$300" or "$300-$450/month"."""
    high = point["price_max"] if point["price_max"] != point["price_min"] else None
    return _price(point, point["price_min"], high)


def _period(point: dict[str, Any]) -> str:
    return point.get("price_period") or "one_time"


def _money(point: dict[str, Any], key: str) -> str:
    """A price of the chart, with its period ("$34/month") unless it is a one-time price."""
    return _price(point, point[key])


def _price(point: dict[str, Any], amount: float, amount_max: float | None = None) -> str:
    """Amounts of a chart point said as every other price is (describe.price)."""
    return describe.price({
        "amount": f"{amount:.2f}", "amount_max": f"{amount_max:.2f}" if amount_max else None,
        "currency": point["currency"], "period": _period(point),
    })  # fmt: skip


def _r(value: float) -> float:
    return round(value, 1)


def _scale(lo: Any, hi: Any, out_lo: float, out_hi: float) -> Any:
    """A linear map from [lo, hi] (numbers or dates) onto [out_lo, out_hi]."""
    lo_n, hi_n = _num(lo), _num(hi)
    if hi_n == lo_n:
        return lambda v: (out_lo + out_hi) / 2
    return lambda v: out_lo + (_num(v) - lo_n) / (hi_n - lo_n) * (out_hi - out_lo)


def _num(v: Any) -> float:
    return float(v.toordinal()) if isinstance(v, date) else float(v)


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def _short(d: date) -> str:
    return d.strftime("%b %-d, %Y")
