"""End-to-end budgets: 200 concurrent requests through the real gateway (uvicorn) to a remote route
on the fake upstream, with a budget worth ~20 requests.

SQLite with one gateway process, and PostgreSQL with two gateway processes (`hybridgate serve`)
sharing one server. Also: streamed requests are costed (usage-less streams and client
disconnects included), and kill -9 of a gateway mid-load loses no completed request's row.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from test_concurrency_ledger import pg_dsn  # noqa: F401  (fixture)
from upstream import ServerThread, UpstreamControl, build_upstream, free_port

from gateway.ledger.store import open_store

pytestmark = pytest.mark.slow  # three gateway start-ups (presidio, litellm) dominate
ROOT = Path(__file__).resolve().parents[1]
KEY, ADMIN = "e2e-key", "e2e-admin"
IN_PER_1K, OUT_PER_1K = 1.0, 2.0
MAX_TOKENS = 8
# What the gateway reserves per request: its prompt-token estimate of "Say hello" in a chat
# (~6) plus max_tokens, at the route's prices. The fake upstream answers "echo: <text>" and
# reports usage in words (2 + 3 tokens = $0.008), so each settle frees most of its reservation.
RESERVE_USD = (6 * IN_PER_1K + MAX_TOKENS * OUT_PER_1K) / 1000
LIMIT_USD = 20 * RESERVE_USD  # a budget worth ~20 requests' reservations
POLICY = """\
version: 1
mode: hybrid
default_route: remote
reference_model: gpt-4o
routes:
  remote:
    backend: litellm
    model: openai/fake-model
    api_base: {upstream}/v1
    timeout_s: 30
    max_retries: 0
    price: {{input_per_1k_usd: {inp}, output_per_1k_usd: {out}}}
  open:
    backend: litellm
    model: openai/fake-model
    api_base: {upstream}/v1
    timeout_s: 30
    max_retries: 0
    price: {{input_per_1k_usd: {inp}, output_per_1k_usd: {out}}}
rules: []
budgets:
  - name: e2e-remote
    scope: route
    match: remote
    period: day
    limit_usd: {limit}
    on_exceeded: {{action: reject}}
"""


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[ServerThread, UpstreamControl]]:
    control = UpstreamControl(latency_ms=30)
    server = ServerThread(build_upstream(control)).start()
    yield server, control
    server.stop()


def _policy(tmp: Path, upstream_url: str) -> Path:
    path = tmp / "policy.yaml"
    path.write_text(POLICY.format(upstream=upstream_url, inp=IN_PER_1K, out=OUT_PER_1K, limit=LIMIT_USD))
    return path


class Gateway:
    """`hybridgate serve` as its own OS process (so it can be killed -9)."""

    def __init__(self, policy: Path, ledger_url: str, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "HYBRIDGATE_API_KEYS": KEY, "HYBRIDGATE_ADMIN_KEY": ADMIN,
               "LITELLM_LOCAL_MODEL_COST_MAP": "True", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
        self.log = log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gateway.cli", "serve", "--policy", str(policy), "--port", str(self.port),
             "--ledger", ledger_url, "--log-level", "warning"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout_s: float = 180) -> Gateway:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gateway exited: {Path(self.log.name).read_text()[-3000:]}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"gateway not ready: {Path(self.log.name).read_text()[-3000:]}")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.log.close()


async def _burst(urls: list[str], n: int = 200, stream_every: int = 0) -> list[dict[str, Any]]:
    """n concurrent chat requests spread over the gateways; one outcome dict per request."""
    clients = [openai.AsyncOpenAI(base_url=u + "/v1", api_key=KEY, max_retries=0, timeout=120) for u in urls]

    async def one(i: int) -> dict[str, Any]:
        client = clients[i % len(clients)]
        stream = bool(stream_every) and i % stream_every == 0
        try:
            if stream:
                raw = await client.chat.completions.with_raw_response.create(
                    model="remote", messages=[{"role": "user", "content": "Say hello"}], max_tokens=MAX_TOKENS,
                    stream=True, stream_options={"include_usage": True})
                usage = None
                async for chunk in raw.parse():
                    usage = chunk.usage or usage
            else:
                raw = await client.chat.completions.with_raw_response.create(
                    model="remote", messages=[{"role": "user", "content": "Say hello"}], max_tokens=MAX_TOKENS)
                usage = raw.parse().usage
            return {"status": 200, "id": raw.headers["x-request-id"], "stream": stream,
                    "cost": (usage.prompt_tokens * IN_PER_1K + usage.completion_tokens * OUT_PER_1K) / 1000}
        except openai.APIStatusError as exc:
            return {"status": exc.status_code, "body": exc.body, "id": exc.response.headers.get("x-request-id")}

    try:
        return await asyncio.gather(*(one(i) for i in range(n)))
    finally:
        for c in clients:
            await c.close()


async def _wait_rows(url: str, n: int, timeout_s: float = 30) -> None:
    """All n rows of route `remote` (committed before each answer; a short wait covers other replicas)."""
    store = await open_store(url)
    try:
        deadline = time.monotonic() + timeout_s
        while (await store.raw("SELECT COUNT(*) FROM ledger WHERE route = 'remote'"))[0][0] < n:
            assert time.monotonic() < deadline, "ledger rows missing"
            await asyncio.sleep(0.1)
    finally:
        await store.close()


async def _check_budget_outcome(url: str, outcomes: list[dict[str, Any]]) -> None:
    ok = [o for o in outcomes if o["status"] == 200]
    refused = [o for o in outcomes if o["status"] != 200]
    assert all(o["status"] == 429 for o in refused), [o for o in refused if o["status"] != 429][:3]
    for o in refused:  # every refusal says why
        err = o["body"] if "code" in (o["body"] or {}) else (o["body"] or {}).get("error", o["body"])
        assert err["code"] == "budget_exceeded" and "e2e-remote" in err["message"], o
    reserved = [float(m.group(1)) for o in refused
                if (m := re.search(r"reserving \$([0-9.]+)", (o["body"] or {}).get("message", "")))]
    assert reserved and len(ok) >= 15 and len(refused) >= 100
    await _wait_rows(url, len(outcomes))
    store = await open_store(url)
    rows = {r.id: r for r in await store.fetch_records(limit=10_000) if r.route == "remote"}
    spent = sum(r.cost_usd for r in rows.values() if r.status == "ok")
    assert spent <= LIMIT_USD + max(reserved)  # never more than one reservation over the limit
    assert spent == pytest.approx(sum(o["cost"] for o in ok))  # ledger total == per-request costs
    for o in ok:
        assert rows[o["id"]].cost_usd == pytest.approx(o["cost"]) and rows[o["id"]].status == "ok"
    assert {r.error_type for r in rows.values() if r.status == "rejected"} == {"budget_exceeded"}
    (state,) = [u for u in await store.current_budgets(time.time()) if u.name == "e2e-remote"]
    assert state.spent_usd == pytest.approx(spent) and state.reserved_usd == 0
    await store.close()


@pytest.fixture(scope="module")
def gateways(upstream: Any, tmp_path_factory: pytest.TempPathFactory,
             request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    """One gateway on SQLite and two on one PostgreSQL, started in parallel (start-up dominates)."""
    tmp = tmp_path_factory.mktemp("e2e")
    policy = _policy(tmp, upstream[0].url)
    sqlite_url = f"sqlite:///{tmp}/ledger.db"
    pg: str | None = None
    try:
        dsn = request.getfixturevalue("pg_dsn")
        pg = f"{dsn}?schema=e2e_{uuid.uuid4().hex[:10]}"
        asyncio.run(_migrate(pg))  # once, before two processes open it
    except pytest.skip.Exception as exc:
        skip_reason = str(exc)
    out: dict[str, Any] = {"sqlite_url": sqlite_url, "sqlite": Gateway(policy, sqlite_url, tmp / "sqlite.log"),
                           "pg_url": pg, "pg": [], "pg_skip": None if pg else skip_reason}
    if pg:
        out["pg"] = [Gateway(policy, pg, tmp / f"pg{i}.log") for i in range(2)]
    try:
        for gw in [out["sqlite"], *out["pg"]]:
            gw.wait_ready()
        yield out
    finally:
        for gw in [out["sqlite"], *out["pg"]]:
            gw.stop()
        if pg:
            asyncio.run(_drop_schema(pg))


async def _migrate(url: str) -> None:
    await (await open_store(url)).close()


async def _drop_schema(url: str) -> None:
    import asyncpg

    dsn, _, schema = url.partition("?schema=")
    conn = await asyncpg.connect(dsn)
    await conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    await conn.close()


async def test_sqlite_one_gateway_200_concurrent(gateways: dict[str, Any]) -> None:
    gw = gateways["sqlite"]
    outcomes = await _burst([gw.url], stream_every=4)
    await _check_budget_outcome(gateways["sqlite_url"], outcomes)
    async with httpx.AsyncClient(base_url=gw.url, timeout=30) as c:  # the gateway's own dashboard and /metrics
        summary = (await c.get("/dashboard/api/summary", headers={"Authorization": f"Bearer {ADMIN}"})).json()
        (remote,) = [g for g in summary["groups"] if g["group"] == "remote"]
        assert remote["requests"] == 200 and remote["rejected"] == sum(o["status"] == 429 for o in outcomes)
        assert remote["cost_usd"] == pytest.approx(sum(o["cost"] for o in outcomes if o["status"] == 200), abs=1e-6)
        metrics_text = (await c.get("/metrics")).text
        assert 'hybridgate_budget_remaining_usd{budget="e2e-remote"}' in metrics_text


async def test_postgres_two_gateways_200_concurrent(gateways: dict[str, Any]) -> None:
    if not gateways["pg"]:
        pytest.skip(gateways["pg_skip"])
    outcomes = await _burst([gw.url for gw in gateways["pg"]], stream_every=4)
    await _check_budget_outcome(gateways["pg_url"], outcomes)


async def test_streams_are_costed_even_without_usage_or_when_cut(gateways: dict[str, Any], upstream: Any) -> None:
    gw, url = gateways["sqlite"], gateways["sqlite_url"]
    long_text = " ".join(f"word{i}" for i in range(300))
    headers = {"Authorization": f"Bearer {KEY}"}
    try:
        async with httpx.AsyncClient(base_url=gw.url, headers=headers, timeout=60) as c:
            # 1. a stream without include_usage: the provider sends no usage
            r = await c.post("/v1/chat/completions", json={"model": "open", "stream": True, "max_tokens": 50,
                                                           "messages": [{"role": "user", "content": "Say hello"}]})
            assert r.status_code == 200 and "[DONE]" in r.text
            no_usage_id = r.headers["x-request-id"]
            # 2. a long stream the client walks away from after a few chunks
            upstream[1].latency_ms = 100  # 10 ms between words: ~3 s for the whole answer
            async with c.stream("POST", "/v1/chat/completions", json={
                    "model": "open", "stream": True, "max_tokens": 400,
                    "messages": [{"role": "user", "content": long_text}]}) as s:
                cut_id = s.headers["x-request-id"]
                seen = 0
                async for _line in s.aiter_lines():
                    seen += 1
                    if seen >= 20:
                        break
    finally:
        upstream[1].latency_ms = 30
    store = await open_store(url)
    deadline = time.monotonic() + 30
    while len(rows := {r.id: r for r in await store.fetch_records([no_usage_id, cut_id])}) < 2:
        assert time.monotonic() < deadline, "stream rows missing"
        await asyncio.sleep(0.1)
    await store.close()
    assert rows[no_usage_id].status == "ok" and rows[no_usage_id].stream
    assert rows[no_usage_id].completion_tokens > 0 and rows[no_usage_id].cost_usd > 0
    cut = rows[cut_id]
    assert cut.status == "cancelled" and cut.stream
    assert cut.prompt_tokens > 0 and 0 < cut.completion_tokens < 300 and cut.cost_usd > 0


async def test_kill9_gateway_mid_load_loses_no_completed_row(gateways: dict[str, Any]) -> None:
    """Every request whose full answer reached the client has its row after kill -9 (runs last: kills it)."""
    gw, url = gateways["sqlite"], gateways["sqlite_url"]
    completed: list[str] = []
    client = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=KEY, max_retries=0, timeout=30)

    async def worker() -> None:
        while True:
            try:
                raw = await client.chat.completions.with_raw_response.create(
                    model="open", messages=[{"role": "user", "content": "Say hello"}], max_tokens=MAX_TOKENS)
                raw.parse()
                completed.append(raw.headers["x-request-id"])
            except (openai.APIConnectionError, openai.APIStatusError):
                return

    tasks = [asyncio.create_task(worker()) for _ in range(8)]
    deadline = time.monotonic() + 60
    while len(completed) < 60 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    os.kill(gw.proc.pid, signal.SIGKILL)
    done = list(completed)
    await asyncio.gather(*tasks, return_exceptions=True)
    await client.close()
    assert len(done) >= 60
    store = await open_store(url)
    found = {r.id for r in await store.fetch_records(done)}
    await store.close()
    missing = set(done) - found
    assert not missing, f"{len(missing)} of {len(done)} completed requests have no ledger row"
