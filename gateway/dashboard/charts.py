"""Inline SVG charts for the dashboard: no JavaScript, no CDN, nothing to vendor.

Each function returns a self-contained <svg> that scales to its panel's width (viewBox, width
100%). Axis ticks are "nice" numbers (1, 2, 2.5, 5 x 10^n) printed with as many decimals as
their step needs, so a tick reads `$0.0009`, never `$0.0009005`. Every label is cut to length
first and HTML-escaped after, so a cut never splits an entity. A time series whose every line
has a single point (all traffic in one bucket) is drawn as bars: a one-point line draws nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone

from markupsafe import Markup, escape

PALETTE = ("#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#4b5563")
W, H = 900, 280
LEFT, RIGHT, TOP, BOTTOM = 72, 170, 16, 40
LABEL_CHARS = 22


def color(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def label(text: str, limit: int = LABEL_CHARS) -> Markup:
    """Cut the raw text, then escape it: never half an `&amp;`."""
    text = text or "(none)"
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


def nice_ticks(top: float, count: int = 5) -> tuple[list[float], int]:
    """Tick values 0..>=top on a 1/2/2.5/5 x 10^n step, and the decimals that step needs."""
    if top <= 0 or not math.isfinite(top):
        return [0.0, 1.0], 0
    raw = top / (count - 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    n = max(1, math.ceil(top / step - 1e-9))
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) + (1 if round(step / mag, 6) == 2.5 else 0)
    return [i * step for i in range(n + 1)], decimals


def fmt(v: float, decimals: int = 2) -> str:
    """A tick or value label: thousands as k/M, small values with `decimals` places."""
    if abs(v) >= 1e6:
        return f"{v / 1e6:.{max(0, min(decimals, 2))}f}M".replace(".00M", "M")
    if abs(v) >= 1e4:
        return f"{v / 1e3:.0f}k"
    return f"{v:,.{decimals}f}"


def _with_unit(value: str, unit: str) -> str:
    if unit == "$":
        return f"${value}"
    return f"{value}{escape(unit)}" if unit else value


def _open(height: int = H) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {height}" width="100%" '
            f'preserveAspectRatio="xMinYMin meet" role="img" font-family="sans-serif" font-size="12" '
            f'class="chart">']


def _frame(top: float, unit: str) -> tuple[list[str], float]:
    """Grid lines and y ticks; returns the parts and the axis maximum (the last tick)."""
    ticks, decimals = nice_ticks(top)
    y_max = ticks[-1]
    parts = _open()
    for t in ticks:
        y = TOP + (H - TOP - BOTTOM) * (1 - t / y_max)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{W - RIGHT}" y2="{y:.1f}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#6b7280">'
                     f'{_with_unit(fmt(t, decimals), unit)}</text>')
    return parts, y_max


def _legend(names: Sequence[str]) -> list[str]:
    out = []
    for i, name in enumerate(names[:14]):
        y = TOP + 16 * i + 6
        out.append(f'<rect x="{W - RIGHT + 12}" y="{y - 9}" width="11" height="11" fill="{color(i)}"/>')
        out.append(f'<text x="{W - RIGHT + 28}" y="{y + 1}"><title>{escape(name)}</title>{label(name)}</text>')
    return out


def line_chart(series: Mapping[str, Sequence[tuple[float, float]]], unit: str = "",
               dashed: Sequence[str] = (), x_label: Callable[[float, float], str] | None = None) -> Markup:
    """One line per name; x values are epoch seconds unless `x_label(x, span)` formats them."""
    points = [p for pts in series.values() for p in pts]
    if not points:
        return empty()
    xs = sorted({p[0] for p in points})
    if len(xs) == 1 and x_label is None:  # one time bucket: bars, labelled with that bucket
        when = _when(xs[0], 0)
        names = [n for n, pts in series.items() if pts]
        return bar_chart([when], {n: [series[n][-1][1]] for n in names}, unit=unit)
    x0, x1 = xs[0], xs[-1]
    parts, y_max = _frame(max(p[1] for p in points), unit)
    sx = lambda x: LEFT + (W - LEFT - RIGHT) * ((x - x0) / (x1 - x0) if x1 > x0 else 0.5)  # noqa: E731
    sy = lambda y: TOP + (H - TOP - BOTTOM) * (1 - y / y_max)  # noqa: E731
    for i, (name, pts) in enumerate(series.items()):
        dash = ' stroke-dasharray="6 4"' if name in dashed else ""
        path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in pts)
        parts.append(f'<polyline fill="none" stroke="{color(i)}" stroke-width="2.5"{dash} points="{path}">'
                     f'<title>{escape(name)}</title></polyline>')
        if len(pts) <= 48:  # markers keep sparse series (and lone points) visible
            parts += [f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3.5" fill="{color(i)}"/>' for x, y in pts]
    for x in (x0, (x0 + x1) / 2, x1) if x1 > x0 else (x0,):
        parts.append(f'<text x="{sx(x):.1f}" y="{H - BOTTOM + 18}" text-anchor="middle" fill="#6b7280">'
                     f'{escape((x_label or _when)(x, x1 - x0))}</text>')
    parts += _legend(list(series))
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(groups: Sequence[str], bars: Mapping[str, Sequence[float]], unit: str = "") -> Markup:
    """Grouped bars: for each group, one bar per named measure (e.g. p50, p95)."""
    if not groups:
        return empty()
    parts, y_max = _frame(max([v for vals in bars.values() for v in vals] + [0.0]), unit)
    slot = (W - LEFT - RIGHT) / len(groups)
    bw = min(80.0, slot * 0.8 / max(1, len(bars)))
    pad = (slot - bw * len(bars)) / 2
    for j, (name, vals) in enumerate(bars.items()):
        for i, v in enumerate(vals):
            h = (H - TOP - BOTTOM) * v / y_max
            x = LEFT + slot * i + pad + bw * j
            parts.append(f'<rect x="{x:.1f}" y="{H - BOTTOM - h:.1f}" width="{bw:.1f}" height="{h:.1f}" '
                         f'fill="{color(j)}"><title>{escape(groups[i])} {escape(name)}: {fmt(v, 6)}</title></rect>')
    chars = max(4, int(slot / 7))
    for i, g in enumerate(groups):
        parts.append(f'<text x="{LEFT + slot * (i + 0.5):.1f}" y="{H - BOTTOM + 18}" text-anchor="middle">'
                     f'<title>{escape(g)}</title>{label(g, chars)}</text>')
    parts += _legend(list(bars))
    parts.append("</svg>")
    return Markup("".join(parts))


def empty() -> Markup:
    return Markup("".join(_open(60)) + '<text x="10" y="35" fill="#6b7280">no data in this range</text></svg>')


def _when(ts: float, span: float) -> str:
    dt = datetime.fromtimestamp(ts, timezone.utc)
    return dt.strftime("%m-%d %H:%M" if span <= 3 * 86400 else "%Y-%m-%d")
