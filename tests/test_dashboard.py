"""Dashboard: admin-key protection, summary JSON from rollups, and a real render in headless Chromium."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from gateway.budgets import BudgetEnforcer, BudgetSpec, ReserveRequest
from gateway.dashboard import build_router
from gateway.ledger.store import LedgerStore, open_store
from test_ledger import random_records

ROOT = Path(__file__).resolve().parents[1]
ADMIN = "admin-secret"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


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
    assert (await c.get("/dashboard")).status_code == 401
    assert (await c.get("/dashboard/api/summary", params={"key": "wrong"})).status_code == 401
    assert (await c.get("/dashboard/api/summary", headers={"Authorization": "Bearer wrong"})).status_code == 401
    assert (await c.get("/dashboard/api/summary", headers={"Authorization": f"Bearer {ADMIN}"})).status_code == 200
    assert (await c.get("/dashboard", params={"key": ADMIN})).status_code == 200
    closed = FastAPI()
    closed.include_router(build_router(lambda: None, None))  # type: ignore[arg-type,return-value]
    not_ready = FastAPI()
    not_ready.include_router(build_router(lambda: None, ADMIN))  # type: ignore[arg-type,return-value]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=not_ready), base_url="http://t") as c3:
        assert (await c3.get("/dashboard", params={"key": ADMIN})).status_code == 503
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=closed), base_url="http://t") as c2:
        assert (await c2.get("/dashboard", params={"key": "anything"})).status_code == 403


async def test_summary_json_matches_raw_rows(client: tuple[httpx.AsyncClient, LedgerStore]) -> None:
    c, store = client
    start, end = time.time() - 3 * 86400 - 1800, time.time() + 3600
    for group_by, col in (("route", "route"), ("model", "model"), ("key", "COALESCE(client_key_hash, '')")):
        r = await c.get("/dashboard/api/summary", params={"from": str(start), "to": str(end),
                                                          "group_by": group_by, "key": ADMIN})
        assert r.status_code == 200
        body = r.json()
        lo, hi = int(start) - int(start) % 3600, -(-int(end) // 3600) * 3600  # hour granularity
        raw = await store.raw(f"SELECT {col}, COUNT(*), SUM(cost_usd), SUM(completion_tokens) FROM ledger "
                              f"WHERE ts >= ? AND ts < ? GROUP BY 1", (lo, hi))
        got = {g["group"]: (g["requests"], g["cost_usd"], g["completion_tokens"]) for g in body["groups"]}
        assert got == {k: (n, pytest.approx(cost, abs=1e-7), tok) for k, n, cost, tok in raw}
        assert body["totals"]["requests"] == sum(n for _, n, _, _ in raw)
        assert all(g["latency_p50_ms"] <= g["latency_p95_ms"] for g in body["groups"])
    iso = await c.get("/dashboard/api/summary", params={"from": "2020-01-01", "to": "2020-01-02T00:00:00Z",
                                                         "key": ADMIN})
    assert iso.json()["groups"] == [] and iso.json()["totals"]["requests"] == 0
    assert (await c.get("/dashboard/api/summary", params={"from": "yesterday", "key": ADMIN})).status_code == 400
    assert (await c.get("/dashboard/api/summary", params={"group_by": "nope", "key": ADMIN})).status_code == 422


async def test_page_escapes_names(client: tuple[httpx.AsyncClient, LedgerStore]) -> None:
    c, store = client
    from gateway.ledger.records import LedgerRecord
    await store.write(LedgerRecord(route="<script>alert(1)</script>", backend="local", model="m", cost_usd=0.1))
    html = (await c.get("/dashboard", params={"key": ADMIN})).text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    for title in ("Cost per route over time", "Requests per route", "Tokens per route", "Latency p50 / p95",
                  "Savings vs reference", "Budget burn-down"):
        assert title in html
    assert html.count("<svg") >= 6 and "monthly" in html and "per-key:" in html


# ---------------------------------------------------------------------------------------------
# headless Chromium against a real uvicorn server
# ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium, installed by scripts/chromium.sh when missing (`make test` runs it first).

    Never a skip: the render test is the only proof the dashboard works in a browser."""
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "chromium.sh")], capture_output=True, text=True,
                          timeout=900)
    if proc.returncode != 0:
        pytest.fail(f"scripts/chromium.sh could not install Chromium: {proc.stderr[-500:]}")
    return proc.stdout.strip().splitlines()[-1]


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


def test_dashboard_renders_in_headless_chromium(chromium: str, tmp_path: Path, artifacts_dir: Path) -> None:
    db = f"sqlite:///{tmp_path}/ledger.db"

    async def prepare() -> None:
        store = await open_store(db)
        await seed(store)
        await store.close()
    asyncio.run(prepare())

    holder: dict[str, LedgerStore] = {}

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        holder["store"] = await open_store(db)  # opened on the server's own event loop
        yield
        await holder["store"].close()

    app = FastAPI(lifespan=lifespan)
    app.include_router(build_router(lambda: holder["store"], ADMIN))
    shot = artifacts_dir / "dashboard.png"
    shot.unlink(missing_ok=True)
    with serve(app) as base:
        url = f"{base}/dashboard?key={ADMIN}"
        common = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium'}"]
        dom = subprocess.run([*common, "--dump-dom", url], capture_output=True, text=True, timeout=120)
        png = subprocess.run([*common, f"--screenshot={shot}", "--window-size=1600,1500", "--hide-scrollbars", url],
                             capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert 'id="total-requests">840<' in dom.stdout  # 800 seeded + 40 settled, rendered by the browser
    assert dom.stdout.count("<svg") >= 6 and "Budget burn-down" in dom.stdout
    assert png.returncode == 0, png.stderr[-2000:]
    assert shot.stat().st_size > 20_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
