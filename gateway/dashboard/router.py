"""Dashboard routes. Every number comes from rollup tables and budget state, never raw ledger rows.

Protected by the admin key: API clients send `Authorization: Bearer <key>`; browsers log in once
through a form that sets an HttpOnly, SameSite=Strict session cookie (an HMAC of its expiry
under the admin key, so every replica sharing the key accepts it and a new key ends every
session). The key never travels in a URL. With no admin key configured the dashboard is closed.
Pages carry a strict CSP (no scripts at all), X-Frame-Options DENY and no-store caching.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from gateway.dashboard import charts
from gateway.ledger import rollups
from gateway.ledger.store import GroupTotals, LedgerStore

StoreGetter = Callable[[], LedgerStore | Awaitable[LedgerStore]]
GroupBy = Literal["route", "model", "key", "team", "rule", "reason", "fallback", "pii"]
GROUP_LABELS = {"route": "route", "model": "model", "key": "key", "team": "team", "rule": "rule",
                "reason": "reason", "fallback": "fallback path", "pii": "PII action"}
RANGES = {"hour": 3600, "day": 86400, "7d": 7 * 86400, "30d": 30 * 86400}
DEFAULT_RANGE = "day"
REFRESH_CHOICES = (0, 10, 30, 60)
COOKIE = "hybridgate_session"
SESSION_TTL_S = 12 * 3600
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
_TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                         autoescape=select_autoescape(["html"]))
_TEMPLATES.filters.update(usd=charts.usd_html, count=charts.count_html)


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


def session_token(admin_key: str, expires: int) -> str:
    mac = hmac.new(admin_key.encode(), f"dashboard-session:{expires}".encode(), hashlib.sha256).hexdigest()
    return f"{expires}.{mac}"


def valid_session(admin_key: str, token: str | None, now: float) -> bool:
    if not token or "." not in token:
        return False
    expires, _, _ = token.partition(".")
    if not expires.isdigit() or int(expires) <= now:
        return False
    return hmac.compare_digest(token, session_token(admin_key, int(expires)))


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
    diagonal is spending faster than the period allows. A token budget burns in tokens.
    """
    out = []
    for u in await store.current_budgets(now):
        span = u.period_end - u.period_start
        in_tokens = u.limit_usd is None
        limit = float(u.limit_tokens or 1) if in_tokens else (u.limit_usd or 1e-12)
        pct = lambda t: 100 * min(1.0, max(0.0, (t - u.period_start) / span))  # noqa: E731
        spent, points = 0.0, [(0.0, 100.0)]
        for bucket, usd, tokens in await store.burn(u.key, u.period):
            spent += tokens if in_tokens else usd
            points.append((pct(bucket + rollups.HOUR), max(0.0, 100 * (1 - spent / limit))))
        points.append((pct(now), points[-1][1]))
        out.append({"key": u.key, "name": u.name, "period": u.period, "in_tokens": in_tokens,
                    "limit_usd": u.limit_usd, "limit_tokens": u.limit_tokens,
                    "spent_usd": u.spent_usd, "reserved_usd": u.reserved_usd,
                    "spent_tokens": u.spent_tokens, "reserved_tokens": u.reserved_tokens,
                    "remaining_usd": None if u.limit_usd is None else u.limit_usd - u.spent_usd - u.reserved_usd,
                    "remaining_tokens": None if u.limit_tokens is None
                    else u.limit_tokens - u.spent_tokens - u.reserved_tokens,
                    "period_end": _iso(u.period_end), "points": points})
    return out


async def _page_context(store: LedgerStore, start: float, end: float, group_by: str,
                        key_names: dict[str, str]) -> dict[str, Any]:
    width = rollups.HOUR if end - start <= 3 * 86400 else rollups.DAY
    summary = await summary_payload(store, start, end, group_by)
    series = await store.series(start, end, group_by, width)
    labels = await _group_labels(store, group_by, key_names)
    for g in summary["groups"]:
        g["label"] = labels.get(g["group"], g["group"] or "(none)")
    cost: dict[str, list[tuple[float, float]]] = {}
    requests: dict[str, list[tuple[float, float]]] = {}
    for g in series:
        name = labels.get(g.group, g.group or "(none)")
        cost.setdefault(name, []).append((float(g.bucket or 0), g.cost_usd))
        requests.setdefault(name, []).append((float(g.bucket or 0), float(g.requests)))
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
    names = [g["label"] for g in groups]
    budgets = await _budgets(store, time.time())
    return {
        "summary": summary, "groups": groups, "totals": summary["totals"],
        "bucket": "hour" if width == rollups.HOUR else "day",
        "cost_chart": charts.line_chart(cost, unit="usd"),
        "requests_time_chart": charts.line_chart(requests),
        "requests_chart": charts.bar_chart(names, {"requests": [g["requests"] for g in groups]}),
        "tokens_chart": charts.bar_chart(names, {"prompt": [g["prompt_tokens"] for g in groups],
                                                 "completion": [g["completion_tokens"] for g in groups]}),
        "latency_chart": charts.bar_chart(names, {"p50": [g["latency_p50_ms"] or 0 for g in groups],
                                                  "p95": [g["latency_p95_ms"] or 0 for g in groups]}, unit="ms"),
        "savings_chart": charts.line_chart({"actual (cumulative)": actual, "reference model": reference},
                                           unit="usd", dashed=["reference model"]),
        "budgets": budgets,
        "burn_chart": charts.line_chart(
            {"even pace": [(0.0, 100.0), (100.0, 0.0)]} | {b["key"]: b["points"] for b in budgets},
            unit="percent", dashed=["even pace"], x_label=lambda x, _span: f"{x:.0f}% of period"),
    }


async def _group_labels(store: LedgerStore, group_by: str, key_names: dict[str, str]) -> dict[str, str]:
    """Keys by name ("alice (3f2a...)"): virtual keys from the ledger, named static keys from
    `key_names` (client_key_hash -> name); unnamed static keys stay their sha256 prefix."""
    if group_by != "key":
        return {}
    names = key_names | {k.id: k.name for k in await store.list_keys()}
    return {key_id: f"{name} ({key_id[:8]})" for key_id, name in names.items()}


def _secure(resp: Response) -> Response:
    resp.headers.update(SECURITY_HEADERS)
    return resp


def build_router(get_store: StoreGetter, get_admin_key: Callable[[], str | None] | str | None,
                 get_info: Callable[[], dict[str, Any]] | None = None) -> APIRouter:
    """Routes for /dashboard; `get_store` and `get_admin_key` are called per request (both may
    be set up after the app is built); `get_info` gives the mode and policy version shown."""

    def admin_key() -> str | None:
        return get_admin_key() if callable(get_admin_key) else get_admin_key

    def authorized(request: Request) -> bool:
        """Raises 403 when no admin key is configured; else whether the caller is the admin."""
        key = admin_key()
        if not key:
            raise HTTPException(403, "dashboard disabled: no admin key configured (HYBRIDGATE_ADMIN_KEY)",
                                headers=SECURITY_HEADERS)
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return hmac.compare_digest(hashlib.sha256(auth[7:].strip().encode()).digest(),
                                       hashlib.sha256(key.encode()).digest())
        return valid_session(key, request.cookies.get(COOKIE), time.time())

    async def store() -> LedgerStore:
        s = get_store()
        s = await s if inspect.isawaitable(s) else s
        if s is None:
            raise HTTPException(503, "ledger not open yet", headers=SECURITY_HEADERS)
        return s

    def login_page(error: str | None = None, status: int = 200) -> Response:
        html = _TEMPLATES.get_template("login.html").render(error=error)
        return _secure(HTMLResponse(html, status_code=status))

    router = APIRouter(include_in_schema=False)

    @router.get("/dashboard/login", response_model=None)
    async def login_form(request: Request) -> Response:
        if authorized(request):
            return _secure(RedirectResponse("/dashboard", status_code=303))
        return login_page()

    @router.post("/dashboard/login", response_model=None)
    async def login(request: Request) -> Response:
        key = admin_key()
        authorized(request)  # 403 when the dashboard is closed
        body = await request.body()
        if len(body) > 4096:
            return login_page("request too large", 413)
        given = (parse_qs(body.decode("utf-8", "replace")).get("key") or [""])[0].strip()
        assert key is not None
        if not given or not hmac.compare_digest(hashlib.sha256(given.encode()).digest(),
                                                hashlib.sha256(key.encode()).digest()):
            return login_page("that is not the admin key", 401)
        resp = RedirectResponse("/dashboard", status_code=303)
        expires = int(time.time()) + SESSION_TTL_S
        resp.set_cookie(COOKIE, session_token(key, expires), max_age=SESSION_TTL_S, path="/dashboard",
                        httponly=True, samesite="strict", secure=request.url.scheme == "https")
        return _secure(resp)

    @router.post("/dashboard/logout", response_model=None)
    async def logout() -> Response:
        resp = RedirectResponse("/dashboard/login", status_code=303)
        resp.delete_cookie(COOKIE, path="/dashboard")
        return _secure(resp)

    @router.get("/dashboard/api/summary", response_model=None)
    async def summary(
        request: Request, from_: str | None = Query(default=None, alias="from"), to: str | None = None,
        group_by: GroupBy = "route",
    ) -> Response:
        if not authorized(request):
            raise HTTPException(401, "admin key required (Authorization: Bearer <key>, or log in at /dashboard/login)",
                                headers={"WWW-Authenticate": "Bearer", **SECURITY_HEADERS})
        end = parse_time(to, time.time())
        payload = await summary_payload(await store(), parse_time(from_, end - RANGES["7d"]), end, group_by)
        return _secure(JSONResponse(payload))

    @router.get("/dashboard", response_model=None)
    async def dashboard(request: Request, range_: str | None = Query(default=None, alias="range"),
                        from_: str | None = Query(default=None, alias="from"), to: str | None = None,
                        group_by: GroupBy = "route", refresh: int = 0) -> Response:
        if not authorized(request):
            return _secure(RedirectResponse("/dashboard/login", status_code=303))
        if range_ is None:  # from/to alone mean a custom range (and are validated as such)
            range_ = "custom" if from_ or to else DEFAULT_RANGE
        if range_ not in (*RANGES, "custom"):
            raise HTTPException(400, f"range is one of {[*RANGES, 'custom']}", headers=SECURITY_HEADERS)
        if refresh not in REFRESH_CHOICES:
            raise HTTPException(400, f"refresh is one of {list(REFRESH_CHOICES)} (seconds; 0 = off)",
                                headers=SECURITY_HEADERS)
        now = time.time()
        if range_ == "custom":
            end = parse_time(to, now)
            start = parse_time(from_, end - RANGES[DEFAULT_RANGE])
        else:
            end, start = now, now - RANGES[range_]
        if start >= end:
            raise HTTPException(400, "from must be before to", headers=SECURITY_HEADERS)
        info = get_info() if get_info else {}
        ctx = await _page_context(await store(), start, end, group_by, info.get("key_names") or {})
        query = {"range": range_, "group_by": group_by, "refresh": refresh}
        if range_ == "custom":
            query |= {"from": _iso(start), "to": _iso(end)}
        html = _TEMPLATES.get_template("dashboard.html").render(
            **ctx, start=_iso(start), end=_iso(end), range=range_, ranges=[*RANGES, "custom"],
            group_by=group_by, group_label=GROUP_LABELS[group_by], group_labels=GROUP_LABELS,
            refresh=refresh, refresh_choices=REFRESH_CHOICES, info=info,
            link=lambda **kw: "/dashboard?" + urlencode(query | kw),
            json_link="/dashboard/api/summary?" + urlencode({"from": _iso(start), "to": _iso(end),
                                                               "group_by": group_by}),
            custom_from=_iso(start)[:16], custom_to=_iso(end)[:16])
        return _secure(HTMLResponse(html))

    return router
