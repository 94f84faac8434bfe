"""Budgets, retries, timeouts, fallback chains and error statuses through the real server.

Remote routes only (no engine to load): two fake upstreams so one can fail or stall while the
other answers.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest
from ledger_rows import ledger_row, ledger_row_now
from upstream import ServerThread, UpstreamControl, build_upstream

from gateway.settings import ServerSettings


KEY, ADMIN = "errors-key", "errors-admin"
THROTTLED, OTHER = "throttled-team-key", "other-team-key"  # static keys that bill to a team
POLICY = """\
version: 1
mode: hybrid
default_route: primary
routes:
  primary:
    backend: litellm
    model: openai/model-a
    api_base: {a}/v1
    timeout_s: 30
    max_retries: 1
    fallbacks: [secondary]
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.001}}
  stalling:
    backend: litellm
    model: openai/model-a
    api_base: {a}/v1
    timeout_s: 0.5
    max_retries: 1
    fallbacks: [secondary]
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.001}}
  secondary:
    backend: litellm
    model: openai/model-b
    api_base: {b}/v1
    max_retries: 0
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.001}}
  capped:
    backend: litellm
    model: openai/model-c
    api_base: {b}/v1
    price: {{input_per_1k_usd: 10, output_per_1k_usd: 10}}
  metered:
    backend: litellm
    model: openai/model-d
    api_base: {a}/v1
    price: {{input_per_1k_usd: 10, output_per_1k_usd: 10}}
  slow:
    backend: litellm
    model: openai/model-e
    api_base: {a}/v1
    timeout_s: 0.5
    max_retries: 1
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.001}}
rules:
  - name: blocked-tenant
    when: {{metadata: {{tenant: blocked}}}}
    action: reject
    message: this tenant is suspended
budgets:
  - name: capped-daily
    scope: route
    match: capped
    period: day
    limit_usd: 0.0001
    on_exceeded: {{action: reject}}
  - name: metered-daily
    scope: route
    match: metered
    period: day
    limit_usd: 0.0001
    on_exceeded: {{action: fallback, route: secondary}}
rate_limits:
  - name: throttled-team
    scope: team
    match: throttled
    requests_per_minute: 60
    burst: 2
"""
SAY = [{"role": "user", "content": "Say hello"}]


@pytest.fixture(scope="module")
def ups() -> Iterator[tuple[ServerThread, ServerThread]]:
    a, b = ServerThread(build_upstream()).start(), ServerThread(build_upstream()).start()
    yield a, b
    a.stop()
    b.stop()


def _ctl(server: ServerThread) -> UpstreamControl:
    return server.server.config.app.state.control  # type: ignore[no-any-return]


@pytest.fixture(autouse=True)
def _reset(ups: tuple[ServerThread, ServerThread]) -> None:
    """Knobs off. A request a previous test let stall settled its fate when it arrived
    (tests/upstream.py), so it cannot take a failure this test arms."""
    for s in ups:
        c = _ctl(s)
        c.fail_next = c.rate_limit_next = 0
        c.fail_always, c.latency_ms = False, 0.0


@pytest.fixture(scope="module")
def gateway(ups: tuple[ServerThread, ServerThread], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from gateway.app import create_app

    tmp = tmp_path_factory.mktemp("errors")
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY.format(a=ups[0].url, b=ups[1].url))
    settings = ServerSettings(policy_path=policy, ledger_url=f"sqlite:///{tmp / 'ledger.db'}", api_keys=[KEY, f"bot:throttled:{THROTTLED}", f"bot2:other:{OTHER}"],
                              admin_key=ADMIN, max_body_bytes=64 * 1024)
    server = ServerThread(create_app(settings)).start(timeout_s=120)
    server.db = tmp / "ledger.db"  # type: ignore[attr-defined]
    yield server
    server.stop()


@pytest.fixture()
def client(gateway: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=KEY, max_retries=0, timeout=30)


def _chat(client: openai.OpenAI, **kw: Any) -> tuple[Any, httpx.Headers]:
    raw = client.chat.completions.with_raw_response.create(**{"messages": SAY, "max_tokens": 8, **kw})
    return raw.parse(), raw.headers


def test_budget_reject_is_429_budget_exceeded(client: openai.OpenAI, ups: Any) -> None:
    hits = _ctl(ups[1]).hits
    with pytest.raises(openai.RateLimitError) as info:
        _chat(client, model="capped")
    assert info.value.body["code"] == "budget_exceeded"  # type: ignore[index]
    assert "capped-daily" in info.value.message and _ctl(ups[1]).hits == hits


def test_budget_fallback_reroutes(client: openai.OpenAI, ups: Any) -> None:
    resp, headers = _chat(client, model="metered")
    assert headers["x-hybridgate-route"] == "secondary"
    assert "fallback from metered" in headers["x-hybridgate-reason"]
    assert resp.choices[0].message.content == "echo: Say hello"


def test_upstream_429_is_retried(client: openai.OpenAI, ups: Any) -> None:
    a = _ctl(ups[0])
    a.rate_limit_next, hits = 1, a.hits
    _, headers = _chat(client, model="primary")
    assert headers["x-hybridgate-route"] == "primary" and a.hits == hits + 2


def test_upstream_429_through_every_retry_is_429(client: openai.OpenAI, ups: Any) -> None:
    _ctl(ups[1]).rate_limit_next = 1  # secondary: no retries, no fallbacks
    with pytest.raises(openai.RateLimitError) as info:
        _chat(client, model="secondary")
    assert info.value.body["code"] == "upstream_rate_limited"  # type: ignore[index]
    assert int(info.value.response.headers["retry-after"]) >= 1


def test_timeout_falls_back_along_the_chain(client: openai.OpenAI, gateway: Any, ups: Any) -> None:
    _ctl(ups[0]).latency_ms = 1500  # stalling's timeout_s is 0.5
    resp, headers = _chat(client, model="stalling")
    assert headers["x-hybridgate-route"] == "secondary"
    assert "gateway_timeout" in headers["x-hybridgate-reason"]
    row = ledger_row(gateway.db, headers["x-request-id"])
    assert row["route"] == "secondary" and "stalling" in row["fallback_path"] and row["status"] == "ok"


def test_streaming_timeout_falls_back(client: openai.OpenAI, ups: Any) -> None:
    _ctl(ups[0]).latency_ms = 1500  # stalls before the first byte; stalling's timeout_s is 0.5
    with client.chat.completions.with_streaming_response.create(model="stalling", messages=SAY, stream=True) as resp:
        assert resp.headers["x-hybridgate-route"] == "secondary"
        assert "gateway_timeout" in resp.headers["x-hybridgate-reason"]
        text = "".join(c.choices[0].delta.content or "" for c in resp.parse() if c.choices)
    assert text == "echo: Say hello"


def test_timeout_with_no_fallback_left_is_504(client: openai.OpenAI, gateway: Any, ups: Any) -> None:
    a = _ctl(ups[0])
    a.latency_ms, hits = 1500, a.hits
    t0 = time.monotonic()
    with pytest.raises(openai.APIStatusError) as info:
        _chat(client, model="slow")
    assert info.value.status_code == 504 and info.value.body["code"] == "gateway_timeout"  # type: ignore[index]
    assert a.hits == hits + 1 and time.monotonic() - t0 < 1.4  # a timeout is not retried: the budget is spent
    row = ledger_row(gateway.db, info.value.response.headers["x-request-id"])
    assert row["status"] == "error" and row["error_type"] == "gateway_timeout"


def test_5xx_is_retried_with_backoff_then_falls_back(client: openai.OpenAI, ups: Any) -> None:
    a = _ctl(ups[0])
    a.fail_next, hits = 2, a.hits  # primary: max_retries 1 -> both attempts fail
    _, headers = _chat(client, model="primary")
    assert a.hits == hits + 2 and headers["x-hybridgate-route"] == "secondary"
    assert "fallback from primary (bad_gateway)" in headers["x-hybridgate-reason"]


def test_429_through_every_retry_falls_back(client: openai.OpenAI, ups: Any) -> None:
    a = _ctl(ups[0])
    a.rate_limit_next, hits = 2, a.hits
    resp, headers = _chat(client, model="primary")
    assert a.hits == hits + 2 and headers["x-hybridgate-route"] == "secondary"
    assert "upstream_rate_limited" in headers["x-hybridgate-reason"]
    assert resp.choices[0].message.content == "echo: Say hello"


def test_a_stalled_request_cannot_take_the_next_tests_failure(client: openai.OpenAI, ups: Any) -> None:
    """The interleaving that made the test above order-dependent, forced: a request a timeout
    test let stall wakes up after the next test armed its 429s."""
    a = _ctl(ups[0])
    a.latency_ms = 1200
    _chat(client, model="stalling")  # gives up after 0.5 s; upstream a sleeps on until 1.2 s
    a.latency_ms = 0
    a.rate_limit_next, hits = 2, a.hits
    deadline = time.monotonic() + 5
    while a.in_flight and time.monotonic() < deadline:  # the stalled request wakes up now
        time.sleep(0.02)
    assert a.in_flight == 0 and a.rate_limit_next == 2, "a stalled request took a failure armed after it arrived"
    resp, headers = _chat(client, model="primary")
    assert a.hits == hits + 2 and headers["x-hybridgate-route"] == "secondary"


def test_row_is_committed_before_the_body_is_sent(client: openai.OpenAI, gateway: Any) -> None:
    for _ in range(5):
        _, headers = _chat(client, model="secondary")
        row = ledger_row_now(gateway.db, headers["x-request-id"])
        assert row is not None and row["status"] == "ok" and row["cost_usd"] > 0


def test_stream_row_is_committed_before_done(gateway: Any) -> None:
    body = {"model": "secondary", "messages": SAY, "stream": True}
    for _ in range(5):
        row = None
        with httpx.stream("POST", gateway.url + "/v1/chat/completions", json=body, timeout=30,
                          headers={"Authorization": f"Bearer {KEY}"}) as r:
            for line in r.iter_lines():
                if line == "data: [DONE]":
                    row = ledger_row_now(gateway.db, r.headers["x-request-id"])
                    break
        assert row is not None and row["status"] == "ok" and row["stream"] and row["cost_usd"] > 0


def test_per_team_rate_limit_is_429_with_retry_after(gateway: Any, ups: Any) -> None:
    team_client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=THROTTLED, max_retries=0, timeout=30)
    for _ in range(2):  # the burst
        _chat(team_client, model="secondary")
    hits = _ctl(ups[1]).hits
    with pytest.raises(openai.RateLimitError) as info:
        _chat(team_client, model="secondary")
    err = info.value.body
    assert err["code"] == "rate_limit_exceeded" and err["type"] == "rate_limit_error"  # type: ignore[index]
    assert "throttled-team" in info.value.message and _ctl(ups[1]).hits == hits  # refused before any backend
    assert int(info.value.response.headers["retry-after"]) >= 1
    row = ledger_row(gateway.db, info.value.response.headers["x-request-id"])
    assert row["status"] == "rejected" and row["error_type"] == "rate_limit_exceeded" and row["team"] == "throttled"
    other = openai.OpenAI(base_url=gateway.url + "/v1", api_key=OTHER, max_retries=0, timeout=30)
    _, headers = _chat(other, model="secondary")  # its own team, its own bucket
    assert headers["x-hybridgate-route"] == "secondary"
    with pytest.raises(openai.PermissionDeniedError):  # a header cannot move a key to another team's bucket
        _chat(other, model="secondary", extra_headers={"x-hybridgate-team": "throttled"})


def test_explain_accepts_a_completions_body(gateway: Any, ups: Any) -> None:
    hits = [_ctl(s).hits for s in ups]
    auth = {"Authorization": f"Bearer {KEY}"}
    r = httpx.post(gateway.url + "/v1/route/explain", headers=auth,
                   json={"model": "auto", "prompt": "Prove that there are infinitely many primes."})
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["route"] == "primary" and out["fallbacks"] == ["secondary"]
    assert out["complexity"]["tier"] == "high" and out["prompt_tokens_estimate"] > 0
    bad = httpx.post(gateway.url + "/v1/route/explain", headers=auth, json={"model": "auto"})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "messages"
    assert [_ctl(s).hits for s in ups] == hits


def test_streaming_falls_back_on_500(client: openai.OpenAI, ups: Any) -> None:
    _ctl(ups[0]).fail_always = True
    with client.chat.completions.with_streaming_response.create(model="primary", messages=SAY, stream=True,
                                                               stream_options={"include_usage": True}) as resp:
        assert resp.headers["x-hybridgate-route"] == "secondary"
        chunks = list(resp.parse())
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "echo: Say hello"
    assert chunks[-1].usage is not None


def test_every_route_failing_is_502_and_recorded(client: openai.OpenAI, gateway: Any, ups: Any) -> None:
    for s in ups:
        _ctl(s).fail_always = True
    with pytest.raises(openai.InternalServerError) as info:
        _chat(client, model="primary")
    assert info.value.status_code == 502 and info.value.body["type"] == "upstream_error"  # type: ignore[index]
    with sqlite3.connect(gateway.db) as db:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            n = db.execute("SELECT count(*) FROM ledger WHERE status = 'error'").fetchone()[0]
            if n:
                break
            time.sleep(0.05)
    assert n >= 1


def test_reject_rule_on_request_metadata_is_403(client: openai.OpenAI) -> None:
    with pytest.raises(openai.PermissionDeniedError) as info:
        client.chat.completions.create(model="auto", messages=SAY, extra_headers={"x-hybridgate-tenant": "blocked"})
    assert info.value.body["code"] == "policy_rejected"  # type: ignore[index]
    assert "suspended" in info.value.message
    _, headers = _chat(client, model="auto", metadata={"tenant": "fine"})
    assert headers["x-hybridgate-route"] == "primary"


def test_oversized_body_is_413(gateway: Any) -> None:
    body = {"model": "auto", "messages": [{"role": "user", "content": "x" * 100_000}]}
    r = httpx.post(gateway.url + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {KEY}"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"


def test_metrics_dashboard_and_admin_reload(gateway: Any, client: openai.OpenAI) -> None:
    _chat(client, model="secondary")
    metrics = httpx.get(gateway.url + "/metrics").text
    assert "hybridgate_requests_total" in metrics
    assert httpx.get(gateway.url + "/dashboard").status_code == 303  # to the login form
    assert httpx.get(gateway.url + "/dashboard", headers={"Authorization": f"Bearer {ADMIN}"}).status_code == 200
    assert httpx.post(gateway.url + "/admin/policy/reload", headers={"Authorization": f"Bearer {KEY}"}) \
        .status_code == 401
    r = httpx.post(gateway.url + "/admin/policy/reload", headers={"Authorization": f"Bearer {ADMIN}"})
    assert r.status_code == 200 and r.json()["reloaded"] is False


def test_every_timeout_shape_maps_to_504() -> None:
    """litellm wraps most timeouts in litellm.Timeout, but raw SDK/httpx/asyncio ones must not read as 502."""
    import asyncio

    import litellm
    from gateway.backends.remote import _as_gateway_error
    from gateway.errors import UpstreamError, UpstreamTimeout

    request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
    for exc in (litellm.Timeout("t", model="m", llm_provider="openai"), openai.APITimeoutError(request),
                httpx.ReadTimeout("read", request=request), asyncio.TimeoutError()):
        err = _as_gateway_error("primary", exc)
        assert isinstance(err, UpstreamTimeout) and err.status == 504 and "primary" in err.message, exc
    assert type(_as_gateway_error("primary", httpx.ConnectError("refused", request=request))) is UpstreamError
