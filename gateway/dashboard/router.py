"""Dashboard routes. Every number comes from rollup tables and budget state, never raw ledger rows.

Protected by the admin key (`Authorization: Bearer <key>` or `?key=<key>`); with no admin key
configured the dashboard is closed rather than open.
"""

from __future__ import annotations

import hmac
import inspect
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from gateway.dashboard import charts
from gateway.ledger import rollups
from gateway.ledger.store import GroupTotals, LedgerStore

StoreGetter = Callable[[], LedgerStore | Awaitable[LedgerStore]]
GroupBy = Literal["route", "model", "key"]
DEFAULT_RANGE_S = 7 * 86400
_TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                         autoescape=select_autoescape(["html"]))


_LATEST = 253402300799.0  # 9999-12-31T23:59:59Z: the last instant datetime (and a chart axis) can show


def parse_time(value: str | None, default: float) -> float:
    """Epoch seconds, or ISO 8601 date/datetime (naive means UTC); anything else (nan, inf,
    1e308, before 1970) is a 400, not a 500 from deep inside datetime."""
    if value is None or value == "":
        return default
    try:
        ts = float(value)
    except ValueError:
        try:
            dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise HTTPException(400, f"bad time {value[:40]!r}: use epoch seconds or ISO 8601") from exc
        ts = (dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)).timestamp()
    if not 0 <= ts <= _LATEST:  # False for nan too
        raise HTTPException(400, f"bad time {value[:40]!r}: between 1970 and 9999, please")
    return ts


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat()


async def summary_payload(store: LedgerStore, start: float, end: float, group_by: str) -> dict[str, Any]:
    """The JSON of /dashboard/api/summary (also the numbers behind the HTML page)."""
    groups = await store.summary(start, end, group_by)
    return {
        "from": _iso(start), "to": _iso(end), "group_by": group_by,
        "granularity": "hour",
        "groups": [g.as_json() for g in groups],
        "totals": GroupTotals.total(groups).as_json(),
    }


async def _budgets(store: LedgerStore, now: float) -> list[dict[str, Any]]:
    """Current budget periods with their burn-down: (% of period elapsed, % of limit remaining).

    Percentages put a daily and a monthly budget on one chart; a line under the even-pace
    diagonal is spending faster than the period allows.
    """
    out = []
    for u in await store.current_budgets(now):
        span = u.period_end - u.period_start
        limit = u.limit_usd if u.limit_usd else float(u.limit_tokens or 1)
        pct = lambda t: 100 * min(1.0, max(0.0, (t - u.period_start) / span))  # noqa: E731
        spent, points = 0.0, [(0.0, 100.0)]
        for bucket, usd, tokens in await store.burn(u.key, u.period):
            spent += usd if u.limit_usd else tokens
            points.append((pct(bucket + rollups.HOUR), max(0.0, 100 * (1 - spent / limit))))
        points.append((pct(now), points[-1][1]))
        out.append({"key": u.key, "name": u.name, "period": u.period, "limit_usd": u.limit_usd,
                    "limit_tokens": u.limit_tokens, "spent_usd": u.spent_usd, "reserved_usd": u.reserved_usd,
                    "spent_tokens": u.spent_tokens,
                    "remaining_usd": None if u.limit_usd is None else u.limit_usd - u.spent_usd - u.reserved_usd,
                    "period_end": _iso(u.period_end), "points": points})
    return out


async def _page_context(store: LedgerStore, start: float, end: float) -> dict[str, Any]:
    width = rollups.HOUR if end - start <= 3 * 86400 else rollups.DAY
    summary = await summary_payload(store, start, end, "route")
    series = await store.series(start, end, "route", width)
    cost: dict[str, list[tuple[float, float]]] = {}
    for g in series:
        cost.setdefault(g.group, []).append((float(g.bucket or 0), g.cost_usd))
    totals_by_bucket: dict[int, GroupTotals] = {}
    for g in series:
        totals_by_bucket[g.bucket or 0] = GroupTotals.total([totals_by_bucket.get(g.bucket or 0, GroupTotals("")), g])
    actual, reference, acc_a, acc_r = [], [], 0.0, 0.0
    for bucket in sorted(totals_by_bucket):
        acc_a += totals_by_bucket[bucket].cost_usd
        acc_r += totals_by_bucket[bucket].counterfactual_usd
        actual.append((float(bucket), acc_a))
        reference.append((float(bucket), acc_r))
    groups = summary["groups"]
    names = [g["group"] for g in groups]
    budgets = await _budgets(store, time.time())
    return {
        "summary": summary, "groups": groups, "totals": summary["totals"],
        "bucket": "hour" if width == rollups.HOUR else "day",
        "cost_chart": charts.line_chart(cost, unit="$"),
        "requests_chart": charts.bar_chart(names, {"requests": [g["requests"] for g in groups]}),
        "tokens_chart": charts.bar_chart(names, {"prompt": [g["prompt_tokens"] for g in groups],
                                                 "completion": [g["completion_tokens"] for g in groups]}),
        "latency_chart": charts.bar_chart(names, {"p50 ms": [g["latency_p50_ms"] or 0 for g in groups],
                                                  "p95 ms": [g["latency_p95_ms"] or 0 for g in groups]}),
        "savings_chart": charts.line_chart({"actual (cumulative)": actual, "reference model": reference},
                                           unit="$", dashed=["reference model"]),
        "budgets": budgets,
        "burn_chart": charts.line_chart(
            {"even pace": [(0.0, 100.0), (100.0, 0.0)]} | {b["key"]: b["points"] for b in budgets},
            unit="%", dashed=["even pace"], x_label=lambda x, _span: f"{x:.0f}% of period"),
    }


def build_router(get_store: StoreGetter, admin_key: str | None) -> APIRouter:
    """Routes for /dashboard; `get_store` is called per request so a store opened later is picked up."""

    def require_admin(request: Request, key: str | None = Query(default=None)) -> None:
        if not admin_key:
            raise HTTPException(403, "dashboard disabled: no admin key configured")
        auth = request.headers.get("authorization", "")
        given = auth[7:] if auth.lower().startswith("bearer ") else key
        if not given or not hmac.compare_digest(given.encode(), admin_key.encode()):
            raise HTTPException(401, "admin key required (Authorization: Bearer <key> or ?key=<key>)",
                                headers={"WWW-Authenticate": "Bearer"})

    async def store() -> LedgerStore:
        s = get_store()
        s = await s if inspect.isawaitable(s) else s
        if s is None:
            raise HTTPException(503, "ledger not open yet")
        return s

    router = APIRouter(dependencies=[Depends(require_admin)])

    @router.get("/dashboard/api/summary")
    async def summary(
        from_: str | None = Query(default=None, alias="from"), to: str | None = None,
        group_by: GroupBy = "route",
    ) -> dict[str, Any]:
        end = parse_time(to, time.time())
        return await summary_payload(await store(), parse_time(from_, end - DEFAULT_RANGE_S), end, group_by)

    @router.get("/dashboard", response_class=HTMLResponse)
    async def dashboard(request: Request, from_: str | None = Query(default=None, alias="from"),
                        to: str | None = None) -> HTMLResponse:
        end = parse_time(to, time.time())
        start = parse_time(from_, end - DEFAULT_RANGE_S)
        ctx = await _page_context(await store(), start, end)
        key = request.query_params.get("key")
        html = _TEMPLATES.get_template("dashboard.html").render(
            **ctx, start=_iso(start), end=_iso(end), key_param=f"&key={quote(key)}" if key else "")
        return HTMLResponse(html)

    return router
