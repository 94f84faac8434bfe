"""Hardening: each failure an adversarial pass found, reproduced against the real server.

The gateway runs under the same uvicorn configuration `hybridgate serve` uses (gateway.server),
with a fake remote upstream on 127.0.0.1 and the real SmolLM2 engine on a small-context local
route. Every test names the item of issue 11 it reproduces.
"""

from __future__ import annotations

import json
import re
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from upstream import ServerThread, UpstreamControl, build_upstream

from gateway.app import create_app
from gateway.settings import ServerSettings
from local_engine.scheduler import SchedulerStats

pytestmark = pytest.mark.realmodel

KEY, ADMIN, METRICS_KEY = "hard-key", "hard-admin", "hard-metrics"
AUTH = {"Authorization": f"Bearer {KEY}"}
POLICY = """\
version: 1
mode: hybrid
default_route: remote
routes:
  local:
    backend: local
    model: {model}
    n_ctx: 256
    max_batch: 4
    max_queue: 8
    price: {{input_per_1k_usd: 0.01, output_per_1k_usd: 0.01}}
  remote:
    backend: litellm
    model: openai/fake-model
    api_base: {upstream}/v1
    timeout_s: 5
    max_retries: 0
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.002}}
  metered:
    backend: litellm
    model: openai/metered-model
    api_base: {upstream}/v1
    timeout_s: 10
    max_retries: 0
    n_ctx: 2048
    price: {{input_per_1k_usd: 1, output_per_1k_usd: 1}}
rules: []
budgets:
  - name: metered-daily
    scope: route
    match: metered
    period: day
    limit_usd: 20
    on_exceeded: {{action: reject}}
"""


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[ServerThread, UpstreamControl]]:
    control = UpstreamControl()
    server = ServerThread(build_upstream(control)).start()
    yield server, control
    server.stop()


@pytest.fixture(autouse=True)
def _reset_upstream(upstream: Any) -> None:
    c = upstream[1]
    c.fail_next = c.rate_limit_next = 0
    c.fail_always, c.latency_ms, c.misbehave = False, 0.0, ""


@pytest.fixture(scope="module")
def gateway(upstream: Any, smollm2_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("hard")
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY.format(model=smollm2_path, upstream=upstream[0].url))
    settings = ServerSettings(policy_path=policy, ledger_url=f"sqlite:///{tmp / 'ledger.db'}", api_keys=[KEY],
                              admin_key=ADMIN, metrics_key=METRICS_KEY, max_body_bytes=256 * 1024,
                              timeout_header=0.5, timeout_keep_alive=1.0, reload_interval_s=0.2)
    app = create_app(settings)
    server = ServerThread(app, settings=settings).start(timeout_s=300)
    server.app, server.db, server.policy = app, tmp / "ledger.db", policy  # type: ignore[attr-defined]
    yield server
    server.stop()


def rows(gateway: Any, where: str = "1=1", args: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    with sqlite3.connect(gateway.db) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute(f"SELECT * FROM ledger WHERE {where}", args)]  # noqa: S608


def row(gateway: Any, request_id: str, timeout_s: float = 10.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = rows(gateway, "id = ?", (request_id,))
        if found:
            return found[0]
        time.sleep(0.05)
    raise AssertionError(f"no ledger row {request_id}")


def reservations(gateway: Any) -> int:
    with sqlite3.connect(gateway.db) as db:
        return int(db.execute("SELECT COUNT(*) FROM budget_reservations").fetchone()[0])


def scheduler_stats(gateway: Any) -> SchedulerStats:
    return gateway.app.state.gateway.registry.get("local").backend.runtime.scheduler.stats()


def engine_idle(gateway: Any) -> bool:
    stats = scheduler_stats(gateway)
    return stats.active_sequences == 0 and stats.queue_depth == 0


def post(gateway: Any, path: str, body: Any, raw: bytes | None = None, **kw: Any) -> httpx.Response:
    content = raw if raw is not None else json.dumps(body).encode()
    return httpx.post(gateway.url + path, content=content, timeout=kw.pop("timeout", 60),
                      headers={**AUTH, "content-type": "application/json", **kw.pop("headers", {})}, **kw)


def assert_openai_error(r: httpx.Response, status: int, param: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"} and isinstance(err["message"], str)
    if param is not None:
        assert err["param"] == param, err
    return err  # type: ignore[no-any-return]


# --- item 2: crash inputs -> 400 with param, one row, no reservation ---------------------------------

CHAT = {"model": "remote", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 4}
NESTED: Any = "x"
for _ in range(300):
    NESTED = [{"type": "text", "text": NESTED}]


@pytest.mark.parametrize(("path", "raw", "param"), [
    ("/v1/chat/completions", b'{"model":"remote","messages":[{"role":"user","content":"x\\ud800y"}]}',
     "messages.0.content"),
    ("/v1/chat/completions", json.dumps({**CHAT, "messages": [{"role": "user", "content": [
        {"type": "text", "text": ["a list"]}]}]}).encode(), "messages.0.content.0"),
    ("/v1/chat/completions", json.dumps({**CHAT, "messages": [{"role": "user", "content": [
        {"type": "text", "text": 7}]}]}).encode(), "messages.0.content.0"),
    ("/v1/chat/completions", json.dumps({**CHAT, "messages": [{"role": "user", "content": NESTED}]}).encode(),
     None),
    ("/v1/chat/completions", b'{"model":"remote","messages":' + b"[" * 1000 + b"]" * 1000 + b"}", None),
    ("/v1/chat/completions", b'{"model":"remote","messages":[{"role":"user","content":"hi"}],"temperature":NaN}',
     None),
    ("/v1/chat/completions", json.dumps({**CHAT, "temperature": 1e400}).encode().replace(b"Infinity", b"1e400"),
     None),
    ("/v1/chat/completions", json.dumps({**CHAT, "max_tokens": 10**30}).encode(), "max_tokens"),
    ("/v1/chat/completions", json.dumps({**CHAT, "max_tokens": 1e30}).encode(), "max_tokens"),
    ("/v1/chat/completions", json.dumps({**CHAT, "seed": -2}).encode(), "seed"),
    ("/v1/chat/completions", json.dumps({**CHAT, "seed": 2**64}).encode(), "seed"),
    ("/v1/chat/completions", json.dumps({**CHAT, "logit_bias": {"-5": 1}}).encode(), "logit_bias"),
    ("/v1/chat/completions", json.dumps({**CHAT, "stop": 5}).encode(), "stop"),
    ("/v1/completions", json.dumps({"model": "local", "prompt": [-1]}).encode(), "prompt"),
    ("/v1/completions", json.dumps({"model": "local", "prompt": [10**9]}).encode(), "prompt"),
    ("/v1/completions", json.dumps({"model": "local", "prompt": [1, 2.5]}).encode(), "prompt"),
    ("/v1/completions", b"[1, 2]", None),
    ("/v1/completions", b"\xff\xfe not utf-8", None),
])
def test_crash_inputs_are_400_with_one_row(gateway: Any, path: str, raw: bytes, param: str | None) -> None:
    r = post(gateway, path, None, raw=raw)
    assert_openai_error(r, 400, param)
    got = row(gateway, r.headers["x-request-id"])
    assert got["status"] in ("rejected", "error") and got["route"] in ("unknown", "remote", "local")
    assert reservations(gateway) == 0


def test_token_ids_are_checked_against_the_routes_vocabulary(gateway: Any) -> None:
    n_vocab = gateway.app.state.gateway.registry.get("local").backend.runtime.engine.info.n_vocab
    r = post(gateway, "/v1/completions", {"model": "local", "prompt": [1, n_vocab], "max_tokens": 1})
    assert_openai_error(r, 400, "prompt")
    r = post(gateway, "/v1/completions", {"model": "local", "prompt": "Hi", "max_tokens": 1,
                                          "logit_bias": {str(n_vocab + 5): 1}})
    assert_openai_error(r, 400, "logit_bias")
    assert row(gateway, r.headers["x-request-id"])["status"] == "error"
    assert post(gateway, "/v1/completions", {"model": "local", "prompt": [1, 2, 3], "max_tokens": 1}).status_code == 200


# --- item 1: seed -1 -------------------------------------------------------------------------------


def test_seed_minus_one_means_random_and_the_engine_keeps_serving(gateway: Any) -> None:
    body = {"model": "local", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2}
    r = post(gateway, "/v1/chat/completions", {**body, "seed": -1}, timeout=60)
    assert r.status_code == 200, r.text
    r = post(gateway, "/v1/chat/completions", {**body, "seed": 2**64 - 1}, timeout=60)
    assert r.status_code == 200, r.text
    r = post(gateway, "/v1/chat/completions", body, timeout=60)
    assert r.status_code == 200, r.text
    assert httpx.get(gateway.url + "/health").json() == {"status": "ok"}


# --- one recording path: a bug still ends as one row, a released reservation, a 500 with the id --------


def test_unexpected_exception_is_500_with_request_id_row_and_no_reservation(
        gateway: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from gateway.backends.remote import RemoteBackend

    async def boom(self: Any, call: Any, on_delta: Any = None) -> Any:
        raise RuntimeError(f"a bug quoting the request: {call.messages[0]['content']}")

    monkeypatch.setattr(RemoteBackend, "complete", boom)
    r = post(gateway, "/v1/chat/completions", {**CHAT, "model": "metered",
                                                "messages": [{"role": "user", "content": "secret prompt"}]})
    err = assert_openai_error(r, 500)
    rid = r.headers["x-request-id"]
    assert err["code"] == "internal_error" and rid in err["message"]
    got = row(gateway, rid)
    assert got["status"] == "error" and got["error_type"] == "internal_error" and got["route"] == "metered"
    assert reservations(gateway) == 0
    assert "RuntimeError" in caplog.text and rid in caplog.text and "secret prompt" not in caplog.text

    classifier = gateway.app.state.gateway.classifier
    monkeypatch.setattr(classifier, "classify", lambda texts: 1 / 0)
    r = post(gateway, "/v1/chat/completions", CHAT)
    assert_openai_error(r, 500)
    assert row(gateway, r.headers["x-request-id"])["status"] == "error"


# --- item 3: budget lock-out ------------------------------------------------------------------------


def test_budget_lock_out_is_impossible(gateway: Any, upstream: Any) -> None:
    """Reservations use the route's real worst case: 8 concurrent max_tokens=1e6 requests on a
    $20/day route reserve 8 x (prompt + 2048) tokens at $1/1k, not 8 x $1000."""
    r = post(gateway, "/v1/chat/completions", {**CHAT, "model": "metered", "max_tokens": 9 * 10**7})
    assert_openai_error(r, 400, "max_tokens")
    upstream[1].latency_ms = 1500  # hold the reservations while a legitimate request arrives
    results: list[int] = []

    def hog() -> None:
        results.append(post(gateway, "/v1/chat/completions",
                            {**CHAT, "model": "metered", "max_tokens": 10**6}).status_code)

    threads = [threading.Thread(target=hog) for _ in range(8)]
    for t in threads:
        t.start()
    time.sleep(0.6)
    state = httpx.post(gateway.url + "/v1/route/explain", headers=AUTH,
                       json={**CHAT, "model": "metered"}).json()["budget"][0]
    assert state["reserved_usd"] <= 8 * 2.1 and state["remaining_usd"] > 2
    upstream[1].latency_ms = 0
    r = post(gateway, "/v1/chat/completions", {**CHAT, "model": "metered", "max_tokens": 8})
    assert r.status_code == 200, r.text
    for t in threads:
        t.join()
    assert results == [200] * 8
    assert reservations(gateway) == 0


# --- item 4: client-chosen names never become labels or dashboard rows ----------------------------------


def _series(gateway: Any) -> int:
    text = httpx.get(gateway.url + "/metrics", headers={"Authorization": f"Bearer {METRICS_KEY}"}).text
    return sum(1 for line in text.splitlines() if line and not line.startswith("#"))


def test_2000_model_names_do_not_grow_metrics_or_rollups(gateway: Any) -> None:
    with httpx.Client(base_url=gateway.url, headers=AUTH) as c:
        c.post("/v1/chat/completions", json={**CHAT, "model": "no-such-route-0"})
        before = _series(gateway)
        for i in range(2000):
            r = c.post("/v1/chat/completions", json={**CHAT, "model": f"no-such-route-{i}"})
            assert r.status_code == 404
    assert _series(gateway) == before
    with sqlite3.connect(gateway.db) as db:
        names = {n for (n,) in db.execute("SELECT DISTINCT route FROM rollup_hourly")}
        models = {m for (m,) in db.execute("SELECT DISTINCT model FROM rollup_hourly")}
    assert names <= {"local", "remote", "metered", "unknown", "auto"}
    assert not any(m.startswith("no-such") for m in models)


# --- item 6: body size while reading; item 9: connection limits and small things -----------------------


def test_chunked_400mb_body_is_413_with_bounded_memory(gateway: Any) -> None:
    import resource

    sent = 0
    piece = b"x" * (1 << 20)

    def body() -> Iterator[bytes]:
        nonlocal sent
        yield b'{"model":"remote","messages":[{"role":"user","content":"'
        while sent < 400 << 20:
            sent += len(piece)
            yield piece

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB, server and client are this process
    r = httpx.post(gateway.url + "/v1/chat/completions", content=body(), headers=AUTH, timeout=120)
    assert_openai_error(r, 413)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    assert grown_mb < 64, f"peak RSS grew {grown_mb:.0f} MB"
    assert row(gateway, r.headers["x-request-id"])["error_type"] == "request_too_large"


def test_slow_headers_are_cut_off(gateway: Any) -> None:
    """A slowloris (one header line at a time, never finishing) is closed after timeout_header.
    Lines the client writes after the server closed arrive at a dead socket, so the close may be
    seen as an orderly EOF or as a reset (RST): both mean the server cut the connection."""
    with socket.create_connection(("127.0.0.1", gateway.port)) as s:
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n")
        s.settimeout(5)
        t0 = time.monotonic()
        closed = False
        for _ in range(20):
            try:
                s.sendall(b"X-Slow: 1\r\n")
            except OSError:
                closed = True
                break
            time.sleep(0.1)
            if _readable(s):
                break
        if not closed:
            try:
                closed = _readable(s, 3) and s.recv(100) == b""
            except ConnectionResetError:
                closed = True
        assert closed and time.monotonic() - t0 < 3  # closed by the server after timeout_header


def test_idle_keep_alive_connections_are_closed_after_the_timeout(gateway: Any) -> None:
    """A kept-alive connection serves another request while it is younger than timeout_keep_alive
    (1 s here), and the server closes it once it has been idle that long."""
    request = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
    with socket.create_connection(("127.0.0.1", gateway.port)) as s:
        for _ in range(2):
            s.sendall(request)
            assert _read_response(s).startswith(b"HTTP/1.1 200")
            time.sleep(0.5)  # idle, but under the timeout: the next request reuses the connection
        idle_since = time.monotonic() - 0.5
        assert _readable(s, 5), "an idle keep-alive connection was never closed"
        assert s.recv(100) == b""  # closed by the server, not an answer
        idle = time.monotonic() - idle_since
        assert 0.9 < idle < 3, f"closed after {idle:.2f} s idle (timeout_keep_alive 1 s)"


def _read_response(s: socket.socket) -> bytes:
    """One whole HTTP/1.1 response with a Content-Length body."""
    data = b""
    while b"\r\n\r\n" not in data:
        assert _readable(s, 5)
        data += s.recv(4096)
    head, body = data.split(b"\r\n\r\n", 1)
    length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
    while len(body) < length:
        assert _readable(s, 5)
        body += s.recv(4096)
    return head + b"\r\n\r\n" + body


def _readable(s: socket.socket, timeout: float = 0.0) -> bool:
    import select

    return bool(select.select([s], [], [], timeout)[0])


def test_docs_off_health_public_part_metrics_key_405_and_dashboard_times(gateway: Any) -> None:
    for path in ("/docs", "/openapi.json", "/redoc"):
        assert httpx.get(gateway.url + path).status_code == 404
    assert httpx.get(gateway.url + "/health").json() == {"status": "ok"}
    detail = httpx.get(gateway.url + "/health", headers={"Authorization": f"Bearer {ADMIN}"}).json()
    assert detail["routes"]["local"]["available"] and "policy" in detail
    assert_openai_error(httpx.get(gateway.url + "/metrics"), 401)
    assert httpx.get(gateway.url + "/metrics", headers={"Authorization": f"Bearer {METRICS_KEY}"}).status_code == 200
    err = assert_openai_error(httpx.get(gateway.url + "/v1/chat/completions", headers=AUTH), 405)
    assert err["type"] == "invalid_request_error" and err["code"] == "method_not_allowed"
    admin = {"Authorization": f"Bearer {ADMIN}"}
    for bad in ("nan", "1e308", "-inf", "-5", "99999-01-01"):
        for path in ("/dashboard", "/dashboard/api/summary"):
            r = httpx.get(gateway.url + path, params={"from": bad}, headers=admin)
            assert r.status_code == 400, (path, bad, r.text)
    assert httpx.get(gateway.url + "/dashboard/api/summary", params={"from": "0"}, headers=admin).status_code == 200


# --- item 7: non-streamed requests stop when the client leaves ---------------------------------------


NO_EOS = {"0": -100, "2": -100}  # SmolLM2's <|endoftext|> and <|im_end|>: generation runs to the limit


def test_disconnected_non_streamed_request_is_cancelled_and_costed(gateway: Any) -> None:
    """The client sends a non-streamed request on a raw socket and closes it once the engine has
    generated its first token (not after a fixed delay: on a slow, loaded box the prefill alone can
    outlast one). The engine stops soon after, well short of max_tokens, and the row is costed."""
    body = json.dumps({"model": "local", "messages": [{"role": "user", "content": "Tell me a long story"}],
                       "max_tokens": 200, "logit_bias": NO_EOS, "temperature": 0}).encode()
    head = (f"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH['Authorization']}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    generated = scheduler_stats(gateway).generated_tokens
    with socket.create_connection(("127.0.0.1", gateway.port)) as s:
        s.sendall(head + body)
        deadline = time.monotonic() + 60
        while scheduler_stats(gateway).generated_tokens == generated:
            assert time.monotonic() < deadline, "the engine never started"
            time.sleep(0.005)
    left = time.monotonic()
    while not engine_idle(gateway):
        assert time.monotonic() - left < 1.0, "the engine kept generating for a client that left"
        time.sleep(0.02)
    deadline = time.monotonic() + 5
    while not (found := rows(gateway, "status = 'cancelled' AND route = 'local' AND stream = 0")):
        assert time.monotonic() < deadline, "no cancelled row"
        time.sleep(0.05)
    assert 0 < found[-1]["completion_tokens"] < 200 and found[-1]["cost_usd"] > 0


# --- item 5: upstream stream validation and reply size ---------------------------------------------


@pytest.mark.parametrize("mode", ["invalid_json", "no_choices", "cut"])
@pytest.mark.parametrize("stream", [True, False], ids=["stream", "whole"])
def test_broken_upstream_replies_are_errors_with_error_rows(gateway: Any, upstream: Any, mode: str,
                                                            stream: bool) -> None:
    upstream[1].misbehave, hits = mode, upstream[1].chat_hits
    with httpx.stream("POST", gateway.url + "/v1/chat/completions", headers=AUTH, timeout=30,
                      json={**CHAT, "stream": stream}) as r:
        text = r.read().decode()
    rid = r.headers["x-request-id"]
    if r.status_code == 200:  # the stream had started: an error event, never a silent "stop"
        assert stream
        events = [json.loads(e) for e in re.findall(r"^data: (\{.*\})$", text, re.M)]
        assert "error" in events[-1] and "[DONE]" not in text
    else:
        assert_openai_error(r, 502)
    assert upstream[1].chat_hits - hits == 1  # sent once: never again behind the route's max_retries: 0
    got = row(gateway, rid)
    assert got["status"] == "error" and got["error_type"] == "bad_gateway"
    assert reservations(gateway) == 0


@pytest.mark.parametrize("stream", [True, False], ids=["stream", "whole"])
def test_oversized_upstream_reply_is_refused(gateway: Any, upstream: Any, monkeypatch: pytest.MonkeyPatch,
                                            stream: bool) -> None:
    from gateway.backends import remote

    monkeypatch.setattr(remote, "MAX_REPLY_BYTES", 1 << 20)
    upstream[1].misbehave, upstream[1].huge_bytes = "huge", 8 << 20
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=AUTH, timeout=30, json={**CHAT, "stream": stream})
    if stream and r.status_code == 200:
        assert '"error"' in r.text.splitlines()[-2] and "[DONE]" not in r.text
    else:
        assert_openai_error(r, 502)
    assert row(gateway, r.headers["x-request-id"])["status"] == "error"


def test_concurrent_oversized_replies_are_all_refused_promptly(gateway: Any, upstream: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight replies over the cap at once: each a prompt 502 naming the cap, each fetched once, and
    the route serves normally afterwards. (litellm's default aiohttp pool left such requests hanging
    40 s+; then litellm's re-send of a request whose reply broke, on a transient client it closed
    afterwards, closed the shared pool under the others: ReadError <- ClosedResourceError.)"""
    from gateway.backends import remote

    monkeypatch.setattr(remote, "MAX_REPLY_BYTES", 1 << 20)
    upstream[1].misbehave, upstream[1].huge_bytes = "huge", 2 << 20
    answers: list[httpx.Response] = []
    hits = upstream[1].chat_hits

    def call() -> None:
        answers.append(httpx.post(gateway.url + "/v1/chat/completions", headers=AUTH, timeout=30, json=CHAT))

    t0 = time.monotonic()
    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(answers) == 8 and time.monotonic() - t0 < 20
    messages = [assert_openai_error(r, 502)["message"] for r in answers]
    assert all("over 1048576 bytes" in m for m in messages), messages
    assert upstream[1].chat_hits - hits == 8
    upstream[1].misbehave = ""
    assert post(gateway, "/v1/chat/completions", CHAT).status_code == 200


def test_closing_a_client_on_a_route_pool_leaves_its_requests_reading(upstream: Any) -> None:
    """litellm builds transient clients on the route's transport and closes them: that must not
    close the pool under a reply still being read (it did: ReadError <- ClosedResourceError)."""
    import asyncio

    from gateway.backends import remote

    upstream[1].latency_ms = 300.0  # 30 ms between stream chunks

    async def read() -> bytes:
        pool = remote._transport()
        async with httpx.AsyncClient(transport=pool) as owner, owner.stream(
                "POST", upstream[0].url + "/v1/chat/completions",
                json={"model": "m", "stream": True, "messages": [{"role": "user", "content": "a b c d e f"}]}) as r:
            chunks = r.aiter_raw()
            body = [await anext(chunks)]
            await httpx.AsyncClient(transport=pool).aclose()
            body += [chunk async for chunk in chunks]
        await pool.shutdown()
        return b"".join(body)

    assert asyncio.run(read()).rstrip().endswith(b"data: [DONE]")


def test_the_route_pool_never_closes_or_shares_a_connection_a_request_holds() -> None:
    """encode/httpcore#1110, as bench/soak.py met it: a connection handed to a waiting request was
    closed by the next pass (its keep-alive just expired) after the request had started on it, so
    the read failed with ReadError <- ClosedResourceError. Driven through the pass itself: the
    race needs a scheduling coincidence."""
    import asyncio

    import httpcore
    from httpcore._async.connection_pool import AsyncPoolRequest

    from gateway.backends import remote

    class Idle:  # an idle keep-alive connection to the upstream
        def __init__(self, expired: bool) -> None:
            self.expired = expired

        def is_closed(self) -> bool:
            return False

        def has_expired(self) -> bool:
            return self.expired

        def is_idle(self) -> bool:
            return True

        def is_available(self) -> bool:
            return True

        def can_handle_request(self, origin: Any) -> bool:
            return True

    async def passes() -> None:  # (a pool request's event needs a running loop)
        pool = remote._transport().inner._pool  # type: ignore[attr-defined]
        held, spare = Idle(expired=True), Idle(expired=True)
        waiting, queued = (AsyncPoolRequest(httpcore.Request("POST", "http://127.0.0.1:9/v1/chat/completions"))
                           for _ in range(2))
        waiting.assign_to_connection(held)  # handed over; its task has not started the request yet
        pool._connections, pool._requests = [held, spare], [waiting, queued]
        assert pool._assign_requests_to_connections() == [spare]
        assert held in pool._connections and queued.connection not in (None, held, spare)

        fresh = Idle(expired=False)  # the same in one pass: never handed to a second request
        waiting.assign_to_connection(fresh)
        queued.clear_connection()
        pool._connections = [fresh]
        assert pool._assign_requests_to_connections() == [] and queued.connection is not fresh

    asyncio.run(passes())


def test_an_upstream_stalling_mid_stream_is_a_timeout(gateway: Any, upstream: Any) -> None:
    """Headers, then nothing: 504 gateway_timeout after the route's 5 s (litellm reports it as a
    500 MidStreamFallbackError; the gateway reads the cause), with an error row."""
    upstream[1].misbehave = "stall"
    t0 = time.monotonic()
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=AUTH, timeout=30, json={**CHAT, "stream": True})
    assert assert_openai_error(r, 504)["code"] == "gateway_timeout" and time.monotonic() - t0 < 15
    got = row(gateway, r.headers["x-request-id"])
    assert got["status"] == "error" and got["error_type"] == "gateway_timeout"


def test_a_request_whose_pooled_connection_was_closed_goes_again_unsent_only() -> None:
    """A write that failed with EPIPE (the server closed the idle connection being reused) never
    reached the provider: sent again once. Any other transport failure is the caller's to handle."""
    import asyncio

    from gateway.backends.remote import _GuardedTransport

    class Flaky(httpx.AsyncBaseTransport):
        def __init__(self, first: Exception) -> None:
            self.first: Exception | None = first
            self.calls = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            self.calls += 1
            if self.first is not None:
                exc, self.first = self.first, None
                raise exc
            return httpx.Response(200, json={"ok": True})

    def broken(cause: BaseException) -> httpx.ReadError:
        try:
            raise httpx.ReadError("connection broken") from cause
        except httpx.ReadError as exc:
            return exc

    async def send(inner: Flaky) -> int:
        request = httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions", json={"model": "m"})
        return (await _GuardedTransport(inner).handle_async_request(request)).status_code

    unsent = Flaky(broken(BrokenPipeError(32, "Broken pipe")))
    assert asyncio.run(send(unsent)) == 200 and unsent.calls == 2
    maybe_seen = Flaky(broken(ConnectionResetError(104, "Connection reset by peer")))
    with pytest.raises(httpx.ReadError):
        asyncio.run(send(maybe_seen))
    assert maybe_seen.calls == 1


def test_legacy_completions_replies_are_size_capped_too(gateway: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """/v1/completions goes through litellm's openai SDK path: the same guarded transport."""
    from gateway.backends import remote

    body = {"model": "remote", "prompt": "Say hello", "max_tokens": 4}
    assert post(gateway, "/v1/completions", body).status_code == 200
    monkeypatch.setattr(remote, "MAX_REPLY_BYTES", 64)  # smaller than any reply
    r = post(gateway, "/v1/completions", body)
    assert_openai_error(r, 502)
    assert row(gateway, r.headers["x-request-id"])["status"] == "error"
