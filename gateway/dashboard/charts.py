"""Inline SVG charts for the dashboard: no JavaScript, no CDN, nothing to vendor.

Each function returns a self-contained <svg> that scales to its panel's width (viewBox, width
100%). A time series whose every line has a single point (all traffic in one bucket) is drawn
as bars: a one-point line draws nothing.

Axis ticks are "nice" numbers (1, 2, 2.5, 5 x 10^n) printed in the unit that keeps each label
short, chosen once per axis from the tick step:

- money: dollars while the step is at least a cent (`$0.20`, `$15k`, `$2M`); cents while it is
  at least a tenth of a cent (`0.5¢`); micro-dollars below (`7.5 µ$`: the unit in which the
  providers' "$ per 1M tokens" prices are per-token prices), the axis captioned with the unit;
- counts (requests, tokens): whole numbers, `k`/`M` from ten thousand;
- durations: `ms`, seconds from 2 s up; percentages: `%`.

So a cost axis reads `7.5 µ$`, never `$0.0000075`. Single values (cards, tables) read like a
bill: `$1,234.57`, and a non-zero amount under a cent as `<$0.01` with the exact amount in a
tooltip. Every label is cut to length first and HTML-escaped after, so a cut never splits an
entity.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Literal

from markupsafe import Markup, escape

PALETTE = ("#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#4b5563")
W, H = 900, 280
LEFT, RIGHT, TOP, BOTTOM = 72, 170, 26, 40
LABEL_CHARS = 22
Unit = Literal["usd", "count", "ms", "percent"]


def color(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def label(text: str, limit: int = LABEL_CHARS) -> Markup:
    """Cut the raw text, then escape it: never half an `&amp;`."""
    text = text or "(none)"
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


# -- numbers -----------------------------------------------------------------------------------

def nice_ticks(top: float, count: int = 5, min_step: float = 0.0, whole: bool = False) -> list[float]:
    """Tick values 0..>=top on a 1/2/2.5/5 x 10^n step (at least `min_step`; a whole number
    when `whole`: no 2.5 requests)."""
    if top <= 0 or not math.isfinite(top):
        return [0.0, max(1.0, min_step)]
    raw = max(top / (count - 1), min_step)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10)
                if m * mag >= raw * (1 - 1e-9) and not (whole and (m * mag) % 1))
    n = max(1, math.ceil(top / step - 1e-9))
    return [i * step for i in range(n + 1)]


def _decimals(step: float, most: int = 3) -> int:
    """The fewest decimals that print `step` (hence every multiple of it) exactly."""
    for d in range(most + 1):
        if abs(round(step, d) - step) <= 1e-9 * max(1.0, abs(step)):
            return d
    return most


@dataclass(frozen=True)
class Scale:
    """How one axis prints its ticks: value / factor with `decimals` places, between prefix and suffix."""

    factor: float = 1.0
    prefix: str = ""
    suffix: str = ""
    decimals: int = 0
    caption: str = ""  # said once above the axis when the unit needs saying

    def __call__(self, v: float) -> str:
        if v == 0:  # the axis origin reads 0 ($0, 0¢), not 0.00k
            return f"{self.prefix}0{'' if self.suffix in ('k', 'M') else self.suffix}"
        return f"{self.prefix}{v / self.factor:,.{self.decimals}f}{self.suffix}"


def axis_scale(unit: Unit, ticks: Sequence[float]) -> Scale:
    """The unit an axis speaks, from its step and its largest tick."""
    step, top = (ticks[1] - ticks[0]) if len(ticks) > 1 else 1.0, ticks[-1]
    if unit == "usd":
        if step >= 0.01:
            if top >= 1e4:
                factor, suffix = (1e6, "M") if top >= 1e6 else (1e3, "k")
                return Scale(factor, "$", suffix, _decimals(step / factor))
            decimals = _decimals(step)  # dollars and cents: $3, $0.20, $0.075
            return Scale(1.0, "$", "", decimals and max(2, decimals))
        if step >= 1e-3:
            return Scale(0.01, "", "¢", _decimals(step / 0.01), "¢ = US cents")
        return Scale(1e-6, "", " µ$", _decimals(step / 1e-6), "µ$ = millionths of a dollar")
    if unit == "ms":
        if top >= 2000:
            return Scale(1000.0, "", " s", _decimals(step / 1000))
        return Scale(1.0, "", " ms", _decimals(step))
    if unit == "percent":
        return Scale(1.0, "", "%", _decimals(step))
    factor, suffix = (1e6, "M") if top >= 1e6 else (1e3, "k") if top >= 1e4 else (1.0, "")
    return Scale(factor, "", suffix, _decimals(step / factor))


def exact_usd(v: float) -> str:
    """Every significant digit a ledger amount has (tooltips), without float noise."""
    text = f"{abs(v):.10f}".rstrip("0")
    text = text + "00" if text.endswith(".") else text + "0" if len(text.split(".")[1]) == 1 else text
    return ("-$" if v < 0 else "$") + text


def usd(v: float) -> str:
    """An amount as a bill prints it: two decimals, thousands separated; a non-zero amount under
    a cent is `<$0.01` (`>-$0.01` below zero), never a row of zeros."""
    if v != 0 and abs(v) < 0.005:
        return ">-$0.01" if v < 0 else "<$0.01"
    return ("-$" if v < 0 else "$") + f"{abs(v):,.2f}"


def compact(n: float) -> str:
    """A count as a card prints it: `9,876`, `12.3k`, `4.56M`."""
    if abs(n) >= 1e6:
        return f"{n / 1e6:.3g}M"
    if abs(n) >= 1e4:
        return f"{n / 1e3:.3g}k"
    return f"{n:,.0f}"


def usd_html(v: float | None) -> Markup:
    """`usd` with the exact amount as a tooltip (jinja filter `usd`)."""
    v = float(v or 0.0)
    return Markup('<span title="{}">{}</span>').format(exact_usd(v), usd(v))


def count_html(n: float | None, unit: str = "") -> Markup:
    """`compact` with the exact count as a tooltip (jinja filter `count`)."""
    n = float(n or 0)
    tail = f" {unit}" if unit else ""
    return Markup('<span title="{:,.0f}{}">{}{}</span>').format(n, tail, compact(n), tail)


# -- charts ------------------------------------------------------------------------------------

def _open(height: int = H) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {height}" width="100%" '
            f'preserveAspectRatio="xMinYMin meet" role="img" font-family="sans-serif" font-size="12" '
            f'class="chart">']


def _frame(top: float, unit: Unit) -> tuple[list[str], float, Scale]:
    """Grid lines, y ticks and the unit caption; returns the parts, the axis maximum (the last
    tick) and the scale (for tooltips)."""
    # Counts, milliseconds and percents step by whole units; money by at least 0.01 µ$ (a finer
    # step would need a row of zeros in any unit).
    ticks = nice_ticks(top, min_step=1e-8 if unit == "usd" else 1.0, whole=unit == "count")
    scale = axis_scale(unit, ticks)
    y_max = ticks[-1]
    parts = _open()
    if scale.caption:
        parts.append(f'<text x="4" y="12" fill="#6b7280" class="axis-caption">{escape(scale.caption)}</text>')
    for t in ticks:
        y = TOP + (H - TOP - BOTTOM) * (1 - t / y_max)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{W - RIGHT}" y2="{y:.1f}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#6b7280" class="tick">'
                     f'{escape(scale(t))}</text>')
    return parts, y_max, scale


def _value(v: float, unit: Unit) -> str:
    """A mark's exact value for its tooltip."""
    if unit == "usd":
        return exact_usd(v)
    if unit == "ms":
        return f"{v:,.0f} ms"
    if unit == "percent":
        return f"{v:.1f}%"
    return f"{v:,.0f}"


def _legend(names: Sequence[str]) -> list[str]:
    out = []
    for i, name in enumerate(names[:14]):
        y = TOP + 16 * i + 6
        out.append(f'<rect x="{W - RIGHT + 12}" y="{y - 9}" width="11" height="11" fill="{color(i)}"/>')
        out.append(f'<text x="{W - RIGHT + 28}" y="{y + 1}"><title>{escape(name)}</title>{label(name)}</text>')
    return out


def line_chart(series: Mapping[str, Sequence[tuple[float, float]]], unit: Unit = "count",
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
    parts, y_max, _ = _frame(max(p[1] for p in points), unit)
    sx = lambda x: LEFT + (W - LEFT - RIGHT) * ((x - x0) / (x1 - x0) if x1 > x0 else 0.5)  # noqa: E731
    sy = lambda y: TOP + (H - TOP - BOTTOM) * (1 - y / y_max)  # noqa: E731
    for i, (name, pts) in enumerate(series.items()):
        dash = ' stroke-dasharray="6 4"' if name in dashed else ""
        path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in pts)
        parts.append(f'<polyline fill="none" stroke="{color(i)}" stroke-width="2.5"{dash} points="{path}">'
                     f'<title>{escape(name)}</title></polyline>')
        if len(pts) <= 48:  # markers keep sparse series (and lone points) visible
            parts += [f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3.5" fill="{color(i)}">'
                      f'<title>{escape(name)}: {escape(_value(y, unit))}</title></circle>' for x, y in pts]
    for x in (x0, (x0 + x1) / 2, x1) if x1 > x0 else (x0,):
        parts.append(f'<text x="{sx(x):.1f}" y="{H - BOTTOM + 18}" text-anchor="middle" fill="#6b7280">'
                     f'{escape((x_label or _when)(x, x1 - x0))}</text>')
    parts += _legend(list(series))
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(groups: Sequence[str], bars: Mapping[str, Sequence[float]], unit: Unit = "count") -> Markup:
    """Grouped bars: for each group, one bar per named measure (e.g. p50, p95)."""
    if not groups:
        return empty()
    parts, y_max, _ = _frame(max([v for vals in bars.values() for v in vals] + [0.0]), unit)
    slot = (W - LEFT - RIGHT) / len(groups)
    bw = min(80.0, slot * 0.8 / max(1, len(bars)))
    pad = (slot - bw * len(bars)) / 2
    for j, (name, vals) in enumerate(bars.items()):
        for i, v in enumerate(vals):
            h = (H - TOP - BOTTOM) * v / y_max
            x = LEFT + slot * i + pad + bw * j
            parts.append(f'<rect x="{x:.1f}" y="{H - BOTTOM - h:.1f}" width="{bw:.1f}" height="{h:.1f}" '
                         f'fill="{color(j)}"><title>{escape(groups[i])} {escape(name)}: '
                         f'{escape(_value(v, unit))}</title></rect>')
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
