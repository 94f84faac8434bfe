"""Inline SVG charts for the dashboard: no JavaScript, no CDN, nothing to vendor.

Each function returns a self-contained <svg> string; every label is HTML-escaped (route and
model names come from operators' policy files).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone

from markupsafe import Markup, escape

PALETTE = ("#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#4b5563")
W, H = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 64, 150, 16, 36


def color(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def _fmt(v: float) -> str:
    if v == 0:
        return "0"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    if abs(v) >= 1:
        return f"{v:.2f}".rstrip("0").rstrip(".")
    return f"{v:.4g}"


def _frame(y_max: float, unit: str) -> list[str]:
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
             f'role="img" font-family="sans-serif" font-size="11">']
    for i in range(5):
        y = TOP + (H - TOP - BOTTOM) * i / 4
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{W - RIGHT}" y2="{y:.1f}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#6b7280">'
                     f'{_with_unit(_fmt(y_max * (4 - i) / 4), unit)}</text>')
    return parts


def _with_unit(value: str, unit: str) -> str:
    return f"{value}{escape(unit)}" if unit == "%" else f"{escape(unit)}{value}"


def _legend(names: Sequence[str]) -> list[str]:
    out = []
    for i, name in enumerate(names[:12]):
        y = TOP + 14 * i + 6
        out.append(f'<rect x="{W - RIGHT + 10}" y="{y - 8}" width="10" height="10" fill="{color(i)}"/>')
        out.append(f'<text x="{W - RIGHT + 24}" y="{y + 1}">{escape(name)[:22]}</text>')
    return out


def line_chart(series: Mapping[str, Sequence[tuple[float, float]]], unit: str = "",
               dashed: Sequence[str] = (), x_label: Callable[[float, float], str] | None = None) -> Markup:
    """One line per name; x values are epoch seconds unless `x_label(x, span)` formats them."""
    points = [p for pts in series.values() for p in pts]
    if not points:
        return empty()
    x0, x1 = min(p[0] for p in points), max(p[0] for p in points)
    y_max = max(max(p[1] for p in points), 1e-12) * 1.05
    sx = lambda x: LEFT + (W - LEFT - RIGHT) * ((x - x0) / (x1 - x0) if x1 > x0 else 0.5)  # noqa: E731
    sy = lambda y: TOP + (H - TOP - BOTTOM) * (1 - y / y_max)  # noqa: E731
    parts = _frame(y_max, unit)
    for i, (name, pts) in enumerate(series.items()):
        path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in pts)
        dash = ' stroke-dasharray="6 4"' if name in dashed else ""
        parts.append(f'<polyline fill="none" stroke="{color(i)}" stroke-width="2"{dash} points="{path}">'
                     f'<title>{escape(name)}</title></polyline>')
    for x in (x0, (x0 + x1) / 2, x1):
        parts.append(f'<text x="{sx(x):.1f}" y="{H - BOTTOM + 16}" text-anchor="middle" fill="#6b7280">'
                     f'{escape((x_label or _when)(x, x1 - x0))}</text>')
    parts += _legend(list(series))
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(groups: Sequence[str], bars: Mapping[str, Sequence[float]], unit: str = "") -> Markup:
    """Grouped bars: for each group (route), one bar per named measure (e.g. p50, p95)."""
    if not groups:
        return empty()
    y_max = max([v for vals in bars.values() for v in vals] + [1e-12]) * 1.1
    slot = (W - LEFT - RIGHT) / len(groups)
    bw = slot * 0.8 / max(1, len(bars))
    parts = _frame(y_max, unit)
    for j, (name, vals) in enumerate(bars.items()):
        for i, v in enumerate(vals):
            h = (H - TOP - BOTTOM) * v / y_max
            x = LEFT + slot * i + slot * 0.1 + bw * j
            parts.append(f'<rect x="{x:.1f}" y="{H - BOTTOM - h:.1f}" width="{bw:.1f}" height="{h:.1f}" '
                         f'fill="{color(j)}"><title>{escape(groups[i])} {escape(name)}: {_fmt(v)}</title></rect>')
    for i, g in enumerate(groups):
        parts.append(f'<text x="{LEFT + slot * (i + 0.5):.1f}" y="{H - BOTTOM + 16}" text-anchor="middle">'
                     f'{escape(g)[:18]}</text>')
    parts += _legend(list(bars))
    parts.append("</svg>")
    return Markup("".join(parts))


def empty() -> Markup:
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} 60" width="{W}" height="60">'
                  '<text x="10" y="35" fill="#6b7280" font-family="sans-serif">no data in this range</text></svg>')


def _when(ts: float, span: float) -> str:
    dt = datetime.fromtimestamp(ts, timezone.utc)
    return dt.strftime("%m-%d %H:%M" if span <= 3 * 86400 else "%Y-%m-%d")
