"""Virtual keys and shared rate limits with real gateways: two `hybridgate serve` processes on one
PostgreSQL ledger, an OpenAI-compatible upstream on loopback, the CLI and the admin API."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from test_concurrency_ledger import pg_dsn, pg_url  # noqa: F401 - fixtures
from upstream import ServerThread, build_upstream, free_port

from gateway.keys import KeyCreate, KeyRing, Principal, StaticKey
from gateway.ledger.records import hash_client_key
from gateway.ledger.store import open_store

ROOT = Path(__file__).resolve().parents[1]
ADMIN = "admin-key-for-tests"
STATIC = "static-env-key"
NAMED_SECRET = "static:ml:key"  # a secret may hold ':' in the NAME:TEAM:SECRET form
NAMED = f"ci-bot:ml:{NAMED_SECRET}"  # a static key with a name and a team
POLICY = """
version: 1
default_route: remote
routes:
  remote:
    backend: litellm
    model: openai/model-a
    api_base: {up}/v1
    price: {{input_per_1k_usd: 1, output_per_1k_usd: 1}}
  limited:
    backend: litellm
    model: openai/model-b
    api_base: {up}/v1
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.001}}
budgets:
  - name: team-ml
    scope: team
    match: ml
    period: day
    limit_usd: 1000
rate_limits:
  - name: limited-route
    scope: route
    match: limited
    requests_per_minute: 6
    burst: 8
"""
SAY = [{"role": "user", "content": "Say hello"}]


class Replica:
    def __init__(self, name: str, proc: subprocess.Popen[bytes], url: str, log: Path) -> None:
        self.name, self.proc, self.url, self.log = name, proc, url, log

    def client(self, key: str) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.url + "/v1", api_key=key, max_retries=0, timeout=30)


def _start(name: str, policy: Path, ledger: str, log: Path) -> Replica:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    env.update(HYBRIDGATE_ADMIN_KEY=ADMIN, HYBRIDGATE_API_KEYS=f"{STATIC},{NAMED}", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "gateway.cli", "serve", "--port", str(port), "--policy",
                             str(policy), "--ledger", ledger, "--log-level", "warning"], cwd=ROOT, env=env,
                            stdout=log.open("w"), stderr=subprocess.STDOUT)
    return Replica(name, proc, f"http://127.0.0.1:{port}", log)


def _wait_up(r: Replica, deadline: float) -> None:
    while True:
        assert r.proc.poll() is None, r.log.read_text()[-3000:]
        try:
            if httpx.get(r.url + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "gateway did not start: " + r.log.read_text()[-2000:]
        time.sleep(0.3)


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory, pg_dsn: str) -> Iterator[tuple[Replica, Replica, str]]:  # noqa: F811
    import asyncpg

    tmp = tmp_path_factory.mktemp("keys")
    up = ServerThread(build_upstream()).start()
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY.format(up=up.url))
    schema = f"keys_{os.getpid()}_{int(time.time())}"
    ledger = f"{pg_dsn}?schema={schema}"
    asyncio.run(_migrate(ledger))  # one migrator first, then both replicas open the same schema
    a, b = _start("A", policy, ledger, tmp / "a.log"), _start("B", policy, ledger, tmp / "b.log")
    try:
        deadline = time.monotonic() + 240
        _wait_up(a, deadline)
        _wait_up(b, deadline)
        yield a, b, ledger
    finally:
        for r in (a, b):
            r.proc.terminate()
        for r in (a, b):  # never leave a replica running, even one too starved to stop on time
            try:
                r.proc.wait(30)
            except subprocess.TimeoutExpired:
                r.proc.kill()
                r.proc.wait(30)
        up.stop()

        async def drop() -> None:
            conn = await asyncpg.connect(pg_dsn)
            await conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            await conn.close()
        asyncio.run(drop())


async def _migrate(url: str) -> None:
    store = await open_store(url)
    await store.close()


def _cli(ledger: str, *args: str) -> Any:
    proc = subprocess.run([sys.executable, "-m", "gateway.cli", "keys", "--ledger", ledger, *args], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _rows(ledger: str, sql: str, *params: object) -> list[tuple[Any, ...]]:
    async def run() -> list[tuple[Any, ...]]:
        store = await open_store(ledger)
        try:
            return await store.raw(sql, params)  # type: ignore[attr-defined,no-any-return]
        finally:
            await store.close()
    return asyncio.run(run())


def _status(r: Replica, key: str) -> int:
    return httpx.post(r.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"}, timeout=30,
                      json={"model": "remote", "messages": SAY, "max_tokens": 8}).status_code


def _knows(r: Replica, key: str) -> int:
    """What a replica's key table says of `key`: 200 known, 401 unknown/revoked. GET /v1/models runs
    the same key check as the chat endpoints but no pipeline: no budget reservation, no rate limit,
    no ledger row (a probe through `_status` would spend the key's budget and bill its team)."""
    return httpx.get(r.url + "/v1/models", headers={"Authorization": f"Bearer {key}"}, timeout=30).status_code


def _until(replicas: tuple[Replica, ...], key: str, want: int, what: str, t0: float, limit_s: float) -> float:
    """Seconds from t0 until every replica's `_knows(key)` answers `want` (200 or 401), asserting it
    is under limit_s; any other status fails at once. Each replica is polled until it agrees."""
    pending = {r.name: r for r in replicas}
    last: dict[str, int] = {}
    while True:
        for name, r in list(pending.items()):
            last[name] = status = _knows(r, key)
            assert status in (200, 401), f"{what}: replica {name} answered GET /v1/models with {status}"
            if status == want:
                del pending[name]
        elapsed = time.monotonic() - t0
        if not pending:
            return elapsed
        assert elapsed < limit_s, (f"{what}: after {elapsed:.2f}s replica(s) "
                                   + ", ".join(f"{n} still answers {last[n]}" for n in sorted(pending))
                                   + f" (want {want} from every one)")
        time.sleep(0.02)


def _until_known(replicas: tuple[Replica, ...], key: str, limit_s: float = 1.0) -> float:
    """Wait until every replica the test goes on to use accepts a key another process just
    created or rotated (their next key poll)."""
    return _until(replicas, key, 200, "a new key never reached every replica", time.monotonic(), limit_s)


def _until_refused(replicas: tuple[Replica, ...], key: str, t0: float, limit_s: float) -> float:
    """Seconds from t0 until every replica answers 401 for `key` (asserting it is under limit_s),
    then the chat endpoint of each refuses it too (a 401 is never billed)."""
    took = _until(replicas, key, 401, "a revoked key is still accepted", t0, limit_s)
    for r in replicas:
        status = _status(r, key)
        assert status == 401, f"replica {r.name} refuses the key on /v1/models but chat answered {status}"
    return took


def test_key_lifecycle_cli_and_admin_api_on_two_replicas(replicas: tuple[Replica, Replica, str]) -> None:
    a, b, ledger = replicas
    admin = {"Authorization": f"Bearer {ADMIN}"}
    # create (CLI): the secret is printed once; only its hash is stored
    made = _cli(ledger, "create", "--name", "alice", "--team", "ml", "--budget-usd", "0.016", "--routes", "remote")
    key, key_id = made["key"], made["id"]
    assert key.startswith("sk-hg-") and made["team"] == "ml" and made["routes"] == ["remote"]
    stored = _rows(ledger, "SELECT secret_hash FROM api_keys WHERE id = ?", key_id)[0][0]
    assert key not in stored and len(stored) == 64
    _until_known((a, b), key)  # created by another process: each replica picks it up within a poll
    resp = a.client(key).chat.completions.with_raw_response.create(model="auto", messages=SAY, max_tokens=8)
    row = _rows(ledger, "SELECT client_key_hash, team, cost_usd FROM ledger WHERE id = ?",
                resp.headers["x-request-id"])[0]
    assert row[0] == key_id and row[1] == "ml" and row[2] > 0  # billed to the key and its team
    # the key's own budget: one request's worst case (~6 prompt + 8 max_tokens at $1/1k = $0.014) fits
    # in $0.016; a second does not on top of what the first cost (~$0.005). Nothing else may spend
    # it: the waits above probe with `_knows`, never with a billed request.
    with pytest.raises(openai.RateLimitError) as over:
        b.client(key).chat.completions.create(model="auto", messages=SAY, max_tokens=8)
    assert over.value.body["code"] == "budget_exceeded" and f"key:{key_id}" in over.value.body["message"]  # type: ignore[index]
    # routes outside the key's list are refused
    with pytest.raises(openai.PermissionDeniedError) as denied:
        a.client(key).chat.completions.create(model="limited", messages=SAY, max_tokens=8)
    assert denied.value.body["code"] == "model_not_allowed"  # type: ignore[index]
    # list (admin API): never the secret
    listed = httpx.get(a.url + "/admin/keys", headers=admin).json()["data"]
    mine = next(k for k in listed if k["id"] == key_id)
    assert "key" not in mine and "secret_hash" not in mine and mine["last_used_at"] is not None
    assert httpx.get(a.url + "/admin/keys", headers={"Authorization": f"Bearer {key}"}).status_code == 401
    # rotate (admin API): same id, new secret; the old one stops on both replicas
    rotated = httpx.post(b.url + f"/admin/keys/{key_id}/rotate", headers=admin).json()
    new = rotated["key"]
    assert rotated["id"] == key_id and new != key
    _until_refused((a, b), key, time.monotonic(), 1.0)
    _until_known((a, b), new)  # the same poll swaps the secret; both replicas are used with it below
    assert _status(a, new) == 429  # still the same key: its budget is still spent
    # revoke (CLI) -> 401 on both replicas within a second
    assert _cli(ledger, "revoke", key_id) == {"id": key_id, "revoked": True}  # committed when it exits
    took = _until_refused((a, b), new, time.monotonic(), 1.0)
    print(f"CLI revocation effective on both replicas after {took:.3f}s")
    # a second key through the admin API end to end: create, use, revoke
    created = httpx.post(a.url + "/admin/keys", headers=admin, json={"name": "bob", "team": "ops", "rpm": 600})
    assert created.status_code == 201, created.text
    bob = created.json()
    _until_known((a, b), bob["key"])  # A made it (and reloaded at once); B sees it on its next poll
    assert _status(a, bob["key"]) == 200 and _status(b, bob["key"]) == 200
    t0 = time.monotonic()
    assert httpx.delete(a.url + f"/admin/keys/{bob['id']}", headers=admin).json()["revoked"] is True
    took = _until_refused((a, b), bob["key"], t0, 1.0)
    print(f"admin API revocation effective on both replicas after {took:.3f}s")
    assert httpx.delete(a.url + f"/admin/keys/{bob['id']}", headers=admin).status_code == 404
    bad = httpx.post(a.url + "/admin/keys", headers=admin, json={"name": "x", "routes": ["nope"]})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "routes"
    bad = httpx.post(a.url + "/admin/keys", headers=admin, json={"name": "x", "rpm": -1})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "rpm"
    assert _status(a, STATIC) == 200  # environment keys keep working as static keys


def test_spoofed_team_header_does_not_change_billing(replicas: tuple[Replica, Replica, str]) -> None:
    a, b, ledger = replicas
    admin = {"Authorization": f"Bearer {ADMIN}"}
    carol = httpx.post(a.url + "/admin/keys", headers=admin, json={"name": "carol", "team": "ml"}).json()
    _until_known((b,), carol["key"])  # made on A; only B serves carol below
    client = b.client(carol["key"])
    with pytest.raises(openai.PermissionDeniedError) as spoof:
        client.chat.completions.create(model="remote", messages=SAY, max_tokens=8,
                                       extra_headers={"x-hybridgate-team": "ops"})
    assert spoof.value.body["code"] == "team_not_allowed"  # type: ignore[index]
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(model="remote", messages=SAY, max_tokens=8, metadata={"team": "ops"})
    narrowed = client.chat.completions.with_raw_response.create(
        model="remote", messages=SAY, max_tokens=8, extra_headers={"x-hybridgate-team": "ml/vision"})
    plain = client.chat.completions.with_raw_response.create(model="remote", messages=SAY, max_tokens=8)
    ids = [r.headers["x-request-id"] for r in (narrowed, plain)]
    rows = dict(_rows(ledger, "SELECT id, team FROM ledger WHERE id IN (?, ?)", *ids))
    assert rows == {ids[0]: "ml/vision", ids[1]: "ml"}
    refused = _rows(ledger, "SELECT team, cost_usd FROM ledger WHERE client_key_hash = ? AND status = 'rejected'",
                    carol["id"])
    assert refused and all(t == "ml" and c == 0 for t, c in refused)  # the refusals name the key's team
    # The ml team budget saw both accepted requests (the sub-team counts toward its team)
    spent = _rows(ledger, "SELECT spent_usd FROM budget_state WHERE budget_key = 'team-ml'")[0][0]
    costs = _rows(ledger, "SELECT SUM(cost_usd) FROM ledger WHERE team LIKE 'ml%' AND status = 'ok'")[0][0]
    assert spent == pytest.approx(costs)
    assert not _rows(ledger, "SELECT 1 FROM ledger WHERE client_key_hash = ? AND team = 'ops'", carol["id"])
    # Static keys: a named one bills to its own team exactly like a virtual key; a bare one has
    # no team and cannot claim one by header.
    bot = a.client(NAMED_SECRET)
    with pytest.raises(openai.PermissionDeniedError) as spoof:
        bot.chat.completions.create(model="remote", messages=SAY, max_tokens=8,
                                    extra_headers={"x-hybridgate-team": "ops"})
    assert spoof.value.body["code"] == "team_not_allowed" and "ci-bot" in spoof.value.message  # type: ignore[index]
    billed = bot.chat.completions.with_raw_response.create(model="remote", messages=SAY, max_tokens=8)
    with pytest.raises(openai.PermissionDeniedError) as bare:
        a.client(STATIC).chat.completions.create(model="remote", messages=SAY, max_tokens=8,
                                                 extra_headers={"x-hybridgate-team": "ml"})
    assert bare.value.body["code"] == "team_not_allowed"  # type: ignore[index]
    row = _rows(ledger, "SELECT team, client_key_hash FROM ledger WHERE id = ?", billed.headers["x-request-id"])
    assert row == [("ml", hash_client_key(NAMED_SECRET))]
    html = httpx.get(a.url + "/dashboard", params={"range": "hour", "group_by": "key"},
                     headers={"Authorization": f"Bearer {ADMIN}"}).text
    assert f"ci-bot ({hash_client_key(NAMED_SECRET)[:8]})" in html and "carol (" in html


def test_rate_limit_holds_in_total_across_two_processes(replicas: tuple[Replica, Replica, str]) -> None:
    """`limited` allows a burst of 8 then 6/min; 40 requests spread over both replicas at once."""
    a, b, _ = replicas

    def call(i: int) -> tuple[int, str | None]:
        r = (a, b)[i % 2]
        resp = httpx.post(r.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {STATIC}"},
                          json={"model": "limited", "messages": SAY, "max_tokens": 4}, timeout=60)
        return resp.status_code, resp.headers.get("retry-after")

    t0 = time.monotonic()
    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(call, range(40)))
    elapsed = time.monotonic() - t0
    ok = [i for i, (s, _) in enumerate(results) if s == 200]
    limited = [ra for s, ra in results if s == 429]
    refill = int(elapsed * 6 / 60) + 1
    assert 8 <= len(ok) <= 8 + refill, f"{len(ok)} admitted in {elapsed:.1f}s (in-process limits would admit 16)"
    assert {i % 2 for i in ok} == {0, 1}  # both replicas served some: the limit is shared, not split
    assert len(limited) == 40 - len(ok) and all(ra is not None and int(ra) >= 1 for ra in limited)
    print(f"rate limit across 2 replicas: {len(ok)} of 40 admitted (burst 8, 6/min) in {elapsed:.1f}s")


async def test_keyring_expiry_and_team_narrowing(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path}/ledger.db")
    ring = KeyRing(store=store, enabled=True)
    await ring.refresh()
    row, secret = await ring.create(KeyCreate(name="temp", team="ml", expires_in_s=10), now=1000.0)
    who = ring.check(f"Bearer {secret}", now=1005.0)
    assert isinstance(who, Principal) and who.virtual and who.key_id == row.id and who.team == "ml"
    assert who.team_for(None) == "ml" and who.team_for("ml/a") == "ml/a"
    from gateway.errors import AuthenticationFailed, PermissionDenied

    with pytest.raises(PermissionDenied):
        who.team_for("mlx")
    with pytest.raises(AuthenticationFailed, match="expired"):
        ring.check(f"Bearer {secret}", now=1011.0)
    await store.close()


def test_static_key_entries() -> None:
    """HYBRIDGATE_API_KEYS: `SECRET` or `NAME:TEAM:SECRET`; a malformed entry is refused at start
    and the message never quotes the secret."""
    assert StaticKey.parse("plain-secret") == StaticKey("plain-secret")
    assert StaticKey.parse("ci:ml/vision:s3cr:et") == StaticKey("s3cr:et", "ci", "ml/vision")
    assert StaticKey.parse("ci::secret") == StaticKey("secret", "ci", None)
    for bad in ("half:secret-value", ":ml:secret-value", "bad name:ml:secret-value", "ci:ml:"):
        with pytest.raises(ValueError, match="NAME:TEAM:SECRET") as info:
            StaticKey.parse(bad)
        assert "secret" not in str(info.value).split("(")[0] and "half" not in str(info.value)
    ring = KeyRing(["bare", "ci:ml:named"])
    bare, named = ring.check("Bearer bare"), ring.check("Bearer named")
    assert bare.team is None and bare.team_for(None) is None and named.team_for("ml/x") == "ml/x"
    assert named.name == "ci" and ring.static_names() == {hash_client_key("named"): "ci"}
    from gateway.errors import PermissionDenied

    for who, header in ((bare, "ml"), (named, "ops")):
        with pytest.raises(PermissionDenied):
            who.team_for(header)
    assert KeyRing(enabled=False).check(None).team_for("anyone") == "anyone"  # auth off: nobody vouches
    with pytest.raises(ValueError, match="entry 2 "):
        KeyRing(["ok", "one:colon"])
