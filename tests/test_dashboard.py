"""Dashboard: admin-key protection, summary JSON from rollups, and a real render in headless Chromium."""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from gateway.budgets import BudgetEnforcer, BudgetSpec, ReserveRequest
from gateway.dashboard import build_router, charts
from gateway.dashboard.router import COOKIE, SECURITY_HEADERS
from gateway.ledger.store import LedgerStore, open_store
from test_ledger import random_records

ADMIN = "admin-secret"
AUTH = {"Authorization": f"Bearer {ADMIN}"}


async def seed(store: LedgerStore) -> None:
    await store.write_many(random_records(800, seed=11, span_s=6 * 86400))
    enf = BudgetEnforcer([BudgetSpec(name="monthly", limit_usd=2.0),
                          BudgetSpec(name="per-key", scope="key", match="*", limit_usd=1.0, period="day")], store)
    for r in random_records(40, seed=12, span_s=2 * 3600):
        res = await enf.reserve(ReserveRequest(r.route, client_key_hash=r.client_key_hash, cost_usd=0.01))
        await enf.settle(res, r)


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, LedgerStore]]:
    store = await open_store(f"sqlite:///{tmp_path}/ledger.db")
    await seed(store)
    app = FastAPI()
    app.include_router(build_router(lambda: store, ADMIN))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c, store
    await store.close()


async def test_admin_key_required(client: tuple[httpx.AsyncClient, LedgerStore]) -> None:
    c, _ = client
    login = await c.get("/dashboard")
    assert login.status_code == 303 and login.headers["location"] == "/dashboard/login"
    # The key is never accepted in a URL (it would land in logs, history and Referer headers).
    assert (await c.get("/dashboard/api/summary", params={"key": ADMIN})).status_code == 401
    assert (await c.get("/dashboard", params={"key": ADMIN})).status_code == 303
    assert (await c.get("/dashboard/api/summary", headers={"Authorization": "Bearer wrong"})).status_code == 401
    assert (await c.get("/dashboard/api/summary", headers=AUTH)).status_code == 200
    assert (await c.get("/dashboard", headers=AUTH)).status_code == 200
    # Browser login: a form post sets an HttpOnly, SameSite=Strict cookie scoped to /dashboard.
    assert (await c.post("/dashboard/login", data={"key": "wrong"})).status_code == 401
    ok = await c.post("/dashboard/login", data={"key": ADMIN})
    assert ok.status_code == 303 and ok.headers["location"] == "/dashboard"
    cookie = ok.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/dashboard" in cookie
    assert ADMIN not in ok.headers["set-cookie"]
    page = await c.get("/dashboard")  # the client keeps the cookie
    assert page.status_code == 200 and 'id="total-requests"' in page.text
    for name, value in SECURITY_HEADERS.items():
        assert page.headers[name] == value
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none': no scripts
    assert (await c.post("/dashboard/logout")).status_code == 303
    c.cookies.clear()
    forged = f"{int(time.time()) + 3600}.{'0' * 64}"
    c.cookies.set(COOKIE, forged)
    assert (await c.get("/dashboard")).status_code == 303
    closed = FastAPI()
    closed.include_router(build_router(lambda: None, None))  # type: ignore[arg-type,return-value]
    not_ready = FastAPI()
    not_ready.include_router(build_router(lambda: None, ADMIN))  # type: ignore[arg-type,return-value]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=not_ready), base_url="http://t") as c3:
        assert (await c3.get("/dashboard", headers=AUTH)).status_code == 503
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=closed), base_url="http://t") as c2:
        assert (await c2.get("/dashboard", headers=AUTH)).status_code == 403
        assert (await c2.post("/dashboard/login", data={"key": "anything"})).status_code == 403


async def test_summary_json_matches_raw_rows(client: tuple[httpx.AsyncClient, LedgerStore]) -> None:
    c, store = client
    start, end = time.time() - 3 * 86400 - 1800, time.time() + 3600
    for group_by, col in (("route", "route"), ("model", "model"), ("key", "COALESCE(client_key_hash, '')")):
        r = await c.get("/dashboard/api/summary", params={"from": str(start), "to": str(end),
                                                          "group_by": group_by}, headers=AUTH)
        assert r.status_code == 200
        body = r.json()
        lo, hi = int(start) - int(start) % 3600, -(-int(end) // 3600) * 3600  # hour granularity
        raw = await store.raw(f"SELECT {col}, COUNT(*), SUM(cost_usd), SUM(completion_tokens) FROM ledger "
                              f"WHERE ts >= ? AND ts < ? GROUP BY 1", (lo, hi))
        got = {g["group"]: (g["requests"], g["cost_usd"], g["completion_tokens"]) for g in body["groups"]}
        assert got == {k: (n, pytest.approx(cost, abs=1e-7), tok) for k, n, cost, tok in raw}
        assert body["totals"]["requests"] == sum(n for _, n, _, _ in raw)
        assert all(g["latency_p50_ms"] <= g["latency_p95_ms"] for g in body["groups"])
    iso = await c.get("/dashboard/api/summary", params={"from": "2020-01-01", "to": "2020-01-02T00:00:00Z"},
                      headers=AUTH)
    assert iso.json()["groups"] == [] and iso.json()["totals"]["requests"] == 0
    assert (await c.get("/dashboard/api/summary", params={"from": "yesterday"}, headers=AUTH)).status_code == 400
    assert (await c.get("/dashboard/api/summary", params={"group_by": "nope"}, headers=AUTH)).status_code == 422


async def test_page_escapes_names(client: tuple[httpx.AsyncClient, LedgerStore]) -> None:
    c, store = client
    from gateway.ledger.records import LedgerRecord
    await store.write(LedgerRecord(route="<script>alert(1)</script>", backend="local", model="m", cost_usd=0.1))
    await store.write(LedgerRecord(route="a&b" * 10, backend="local", model="m", cost_usd=0.1))
    html = (await c.get("/dashboard", params={"range": "7d"}, headers=AUTH)).text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    # Labels are cut before escaping: no entity is ever split ("&am…").
    assert re.search(r"&(?!(amp|lt|gt|quot|#39|#34);)", html.replace("&amp;", "").replace("&lt;", "")
                     .replace("&gt;", "").replace("&#39;", "").replace("&#34;", "").replace("&quot;", "")) is None
    for title in ("Cost per route over time", "Requests per route", "Tokens per route", "Latency p50 / p95",
                  "Savings vs reference", "Budget burn-down"):
        assert title in html
    assert html.count("<svg") >= 6 and "monthly" in html and "per-key:" in html
    assert 'width="100%"' in html and 'width="720"' not in html  # charts fill their panels


READABLE_TICK_CHARS = 9


def unreadable(text: str) -> str | None:
    """Why a tick or card label is hard to read, or None: too long, a run of zeros after the
    point ($0.0000075), or exponent notation."""
    if len(text) > READABLE_TICK_CHARS:
        return f"{text!r} is longer than {READABLE_TICK_CHARS} characters"
    if re.search(r"\.00+[1-9]", text) or re.search(r"\de[-+]?\d", text):
        return f"{text!r} has a run of zeros or an exponent"
    return None


@pytest.mark.parametrize("unit", ["usd", "count", "ms", "percent"])
def test_axis_ticks_are_nice_and_readable(unit: charts.Unit) -> None:
    """Every magnitude an axis can meet, from a nano-dollar to millions: at most 6 nice ticks
    covering the data, distinct, short labels in one unit."""
    exps = {"percent": range(-3, 3), "ms": range(-3, 6)}.get(unit, range(-9, 9))  # latencies up to 15 min
    for exp in exps:
        for mantissa in (1, 1.3, 2.2, 2.5, 3.7, 5, 7.5, 9.005):
            top = mantissa * 10.0 ** exp
            svg = charts.bar_chart(["g"], {"v": [top]}, unit=unit)
            labels = re.findall(r'class="tick">([^<]*)<', svg)
            assert 2 <= len(labels) <= 6 and len(set(labels)) == len(labels), (top, labels)
            assert all(unreadable(t) is None for t in labels), (top, labels, [unreadable(t) for t in labels])
    assert re.findall(r'class="tick">([^<]*)<', charts.bar_chart(["g"], {"v": [0.0000075]}, unit="usd")) == \
        ["0 µ$", "2 µ$", "4 µ$", "6 µ$", "8 µ$"]
    counts = re.findall(r'class="tick">([^<]*)<', charts.bar_chart(["g"], {"v": [9]}))
    assert counts == ["0", "5", "10"]  # whole requests: no 2.5 ticks
    assert charts.usd(0.0000075) == "<$0.01" and charts.exact_usd(0.0000075) == "$0.0000075"
    assert charts.usd(-0.000003) == ">-$0.01" and charts.usd(1234.567) == "$1,234.57" and charts.usd(0) == "$0.00"
    assert charts.compact(12345) == "12.3k" and charts.compact(4567890) == "4.57M" and charts.compact(987) == "987"


# ---------------------------------------------------------------------------------------------
# headless Chromium against a real uvicorn server
# ---------------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """A real uvicorn server on loopback in a thread, stopped on exit."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _single_bucket_records(now: float) -> list[Any]:
    """Traffic that all falls into one hour: every group-by dimension has a few values."""
    from gateway.ledger.records import LedgerRecord

    out = []
    for i in range(24):
        out.append(LedgerRecord(
            route=["local", "remote", "claude"][i % 3], backend="local" if i % 3 == 0 else "litellm",
            model=["smollm2", "gpt-4o-mini", "claude-3"][i % 3], ts=now - 60 + i, client_key_hash=f"{i % 4:016x}",
            team=["ml", "ops", None][i % 3], rule=["pii-local", None, "complex-remote"][i % 3],
            reason=["rule pii-local", "default", "rule complex-remote"][i % 3],
            fallback_path=["remote"] if i % 5 == 0 else [], pii_entities=["EMAIL_ADDRESS"] if i % 2 else [],
            pii_action=["none", "local", "redact"][i % 3],
            # Costs as tiny as a cheap model's short replies: the cost axis must still read well.
            prompt_tokens=100 + i, completion_tokens=20 + i, cost_usd=0.0000025 * (i % 3),
            counterfactual_cost_usd=0.002, latency_ms=50.0 + 10 * i, status="ok" if i % 7 else "error"))
    return out


GROUP_VIEWS = ("route", "model", "key", "team", "rule", "reason", "fallback", "pii")
CHARTS = ("chart-requests-time", "chart-cost", "chart-savings", "chart-requests", "chart-tokens", "chart-latency")


def test_console_in_headless_chromium(chromium: str, tmp_path: Path, artifacts_dir: Path) -> None:
    """Login form -> dashboard; every group-by view renders non-blank charts from one hour of traffic."""
    from browser import Browser, coloured_fraction, decode_png, page_ink, whole_page

    db = f"sqlite:///{tmp_path}/ledger.db"
    now = time.time()

    async def prepare() -> None:
        store = await open_store(db)
        await store.write_many(_single_bucket_records(now))
        enf = BudgetEnforcer([BudgetSpec(name="tokens-daily", limit_tokens=100_000, period="day")], store)
        for r in _single_bucket_records(now)[:3]:
            await enf.settle(await enf.reserve(ReserveRequest(r.route, tokens=10)), r)
        await store.close()
    asyncio.run(prepare())

    holder: dict[str, LedgerStore] = {}

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        holder["store"] = await open_store(db)  # opened on the server's own event loop
        yield
        await holder["store"].close()

    app = FastAPI(lifespan=lifespan)
    app.include_router(build_router(lambda: holder["store"], ADMIN,
                                    lambda: {"mode": "local_only", "policy_version": "0123456789abcdef"}))
    out = artifacts_dir / "console"
    out.mkdir(exist_ok=True)

    async def drive(base: str) -> None:
        async with Browser(chromium, tmp_path / "chromium") as b:
            await b.goto(f"{base}/dashboard")
            assert await b.js("location.pathname") == "/dashboard/login"  # not logged in: the form
            await b.screenshot(out / "login.png")
            assert page_ink(await whole_page(b, out / "login-small.png"))[0] > 5, "the login page is blank"
            await b.js("document.getElementById('key').focus()")
            await b.send("Input.insertText", text=ADMIN)
            b._events.clear()
            await b.js("document.getElementById('login').requestSubmit()")
            await b.wait_event("Page.loadEventFired")
            assert await b.js("location.pathname") == "/dashboard" and ADMIN not in await b.js("location.href")
            assert await b.js("document.cookie") == ""  # the session cookie is HttpOnly
            assert await b.js("document.getElementById('mode').textContent") == "local-only"
            assert "0123456789ab" in await b.js("document.getElementById('policy-version').textContent")
            assert "tokens" in await b.js("document.getElementById('budgets').textContent")
            for view in GROUP_VIEWS:
                await b.goto(f"{base}/dashboard?range=hour&group_by={view}")
                assert await b.js("document.getElementById('total-requests').textContent") == "27"
                assert await b.js(f"document.querySelector('#view-{view}').className") == "on"
                await b.screenshot(out / f"dashboard-{view}.png")
                spread, ink = page_ink(await whole_page(b, out / f"dashboard-{view}-small.png"))
                assert spread > 5 and ink > 0.002, f"{view}: the page screenshot is blank ({spread:.1f}, {ink:.4f})"
                ticks = await b.js("Array.from(document.querySelectorAll('svg.chart text.tick'), t => t.textContent)")
                values = await b.js("Array.from(document.querySelectorAll('.card .v, #groups td:not(:first-child), "
                                    "#budgets td:nth-child(n+3):nth-child(-n+6)'), "
                                    "t => t.textContent.trim())")
                assert len(ticks) >= 4 * len(CHARTS), f"{view}: {len(ticks)} ticks"
                bad = [why for t in ticks + [v for v in values if re.match(r"[<>-]?\$|\d", v)]
                       if (why := unreadable(t.replace(" tokens", "").replace(" ms", ""))) is not None]
                assert not bad, f"{view}: unreadable labels: {bad}"
                cost_ticks = await b.js("Array.from(document.querySelectorAll('#chart-cost text.tick'), "
                                        "t => t.textContent)")
                assert cost_ticks[-1].endswith(" µ$"), cost_ticks  # $0.0000075-sized costs read in µ$
                spend = await b.js("(e => [e.textContent, e.firstElementChild.title])"
                                   "(document.getElementById('total-spend'))")
                assert spend[0] == "<$0.01" and re.fullmatch(r"\$0\.0000\d+", spend[1]), spend  # exact on hover
                rows = await b.js("document.querySelectorAll('#groups tr').length")
                assert rows >= 3, f"{view}: the table has {rows - 1} groups"
                for chart in CHARTS:
                    box = await b.js(f"(() => {{ const r = document.querySelector('#{chart} svg')"
                                     ".getBoundingClientRect(); return {x: r.x + scrollX, y: r.y + scrollY, "
                                     "width: r.width, height: r.height}; })()")
                    panel = await b.js(f"document.getElementById('{chart}').clientWidth")
                    assert box["width"] >= panel - 30, f"{view}/{chart}: {box['width']} px in a {panel} px panel"
                    png = await b.screenshot(out / f"{view}-{chart}.png", clip=box, scale=0.4)
                    ink = coloured_fraction(decode_png(png))
                    assert ink > 0.004, f"{view}/{chart}: chart area is blank ({ink:.4f} coloured)"

    with serve(app) as base:
        asyncio.run(drive(base))


async def test_key_view_names_virtual_keys(client: tuple[httpx.AsyncClient, LedgerStore]) -> None:
    from gateway.keys import KeyCreate, KeyRing
    from gateway.ledger.records import LedgerRecord

    c, store = client
    ring = KeyRing(store=store)
    await ring.refresh()
    row, _ = await ring.create(KeyCreate(name="alice", team="ml"))
    await store.write(LedgerRecord(route="local", backend="local", model="m", client_key_hash=row.id, team="ml"))
    html = (await c.get("/dashboard", params={"range": "hour", "group_by": "key"}, headers=AUTH)).text
    assert f"alice ({row.id[:8]})" in html
    team = (await c.get("/dashboard/api/summary", params={"group_by": "team"}, headers=AUTH)).json()
    assert any(g["group"] == "ml" and g["requests"] >= 1 for g in team["groups"])


async def test_range_picker_and_auto_refresh(client: tuple[httpx.AsyncClient, LedgerStore]) -> None:
    c, _ = client
    page = (await c.get("/dashboard", params={"range": "30d", "refresh": "30", "group_by": "rule"}, headers=AUTH)).text
    assert '<meta http-equiv="refresh" content="30">' in page and "Requests per rule" in page
    assert 'class="on" href="/dashboard?range=30d&amp;group_by=rule&amp;refresh=30" id="range-30d"' in page
    custom = await c.get("/dashboard", params={"range": "custom", "from": "2026-01-01T00:00", "to": "2026-01-02"},
                         headers=AUTH)
    assert custom.status_code == 200 and "2026-01-01T00:00:00+00:00 → 2026-01-02T00:00:00+00:00" in custom.text
    for bad in ({"range": "week"}, {"refresh": "5"}, {"range": "custom", "from": "2026-01-02", "to": "2026-01-01"}):
        assert (await c.get("/dashboard", params=bad, headers=AUTH)).status_code == 400
