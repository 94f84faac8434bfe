"""The real gateway (uvicorn on a free port) driven by the official openai SDK.

Remote routes reach a real fake upstream on 127.0.0.1 through litellm; local routes run the
real SmolLM2 engine (a few tokens per request: the CI box has 2 cores); the ledger is a real
SQLite file.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from ledger_rows import ledger_row
from upstream import ServerThread, UpstreamControl, build_upstream

from gateway.app import create_app
from gateway.settings import ServerSettings


pytestmark = pytest.mark.realmodel

KEY, ADMIN = "test-key-1", "admin-key"
POLICY = """\
version: 1
mode: hybrid
default_route: {default}
routes:
  local:
    backend: local
    model: {model}
    n_ctx: 512
    max_batch: 4
    max_queue: 4
    price: {{input_per_1k_usd: 0.0001, output_per_1k_usd: 0.0002}}
    capabilities: [logprobs]   # declared text-only: tools requests skip it
  remote:
    backend: litellm
    model: openai/fake-model
    api_base: {upstream}/v1
    timeout_s: 5
    max_retries: 1
    fallbacks: [local]
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.002}}
  keyless:
    backend: litellm
    model: openai/gpt-4o-mini
    api_key_env: HG_TEST_UNSET_PROVIDER_KEY
    fallbacks: [local]
rules: []
"""
SAY = [{"role": "user", "content": "Say hello"}]


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[ServerThread, UpstreamControl]]:
    control = UpstreamControl()
    server = ServerThread(build_upstream(control)).start()
    yield server, control
    server.stop()


@pytest.fixture(scope="module")
def gateway(upstream: Any, smollm2_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("gw")
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY.format(default="remote", model=smollm2_path, upstream=upstream[0].url))
    settings = ServerSettings(policy_path=policy, ledger_url=f"sqlite:///{tmp / 'ledger.db'}", api_keys=[KEY],
                              admin_key=ADMIN, reload_interval_s=0.2)
    app = create_app(settings)
    server = ServerThread(app).start(timeout_s=300)
    server.app, server.policy, server.db = app, policy, tmp / "ledger.db"  # type: ignore[attr-defined]
    yield server
    server.stop()


@pytest.fixture()
def client(gateway: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=KEY, max_retries=0, timeout=120)


@pytest.fixture(autouse=True)
def _reset_upstream(upstream: Any) -> None:
    control = upstream[1]
    control.fail_next = control.rate_limit_next = 0
    control.fail_always = False


def _chat(client: openai.OpenAI, **kw: Any) -> tuple[Any, httpx.Headers]:
    raw = client.chat.completions.with_raw_response.create(**{"messages": SAY, "max_tokens": 4, **kw})
    return raw.parse(), raw.headers


# --- drop-in chat ---------------------------------------------------------------------------------


def test_remote_chat_non_streaming(client: openai.OpenAI, gateway: Any, upstream: Any) -> None:
    before = upstream[1].chat_hits
    resp, headers = _chat(client, model="remote")
    assert resp.choices[0].message.content == "echo: Say hello"
    assert resp.usage and resp.usage.completion_tokens == 3
    assert headers["x-hybridgate-route"] == "remote" and headers["x-hybridgate-backend"] == "litellm"
    assert headers["x-hybridgate-model"] == "openai/fake-model" and headers["x-hybridgate-mode"] == "hybrid"
    assert headers["x-hybridgate-reason"] and float(headers["x-hybridgate-overhead-ms"]) >= 0
    assert upstream[1].chat_hits == before + 1
    row = ledger_row(gateway.db, headers["x-request-id"])
    assert row["status"] == "ok" and row["route"] == "remote" and row["completion_tokens"] == 3
    assert row["cost_usd"] == pytest.approx((2 * 0.001 + 3 * 0.002) / 1000)


def test_openai_fields_pass_through_to_the_remote(client: openai.OpenAI, upstream: Any) -> None:
    """`user`, `response_format`, `seed`, `stop` reach the provider as the client sent them."""
    fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "object"}}}
    _chat(client, model="remote", user="end-user-7", response_format=fmt, seed=11, stop=["zz"])
    body = upstream[1].last_chat_body
    assert body["user"] == "end-user-7" and body["response_format"] == fmt
    assert body["seed"] == 11 and body["stop"] == ["zz"]


def test_prompts_and_pii_values_never_reach_logs_or_the_ledger(client: openai.OpenAI, gateway: Any,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    """Privacy default: every logger at DEBUG sees no prompt text, PII value or completion text."""
    secret, email = "zebra-quartz-7731", "jane.roe.4412@example.org"
    content = f"Remember the code word {secret} and mail {email} today"
    with caplog.at_level(logging.DEBUG):
        for model in ("remote", "local"):
            _, headers = _chat(client, model=model, messages=[{"role": "user", "content": content}])
            row = ledger_row(gateway.db, headers["x-request-id"])
            assert secret not in str(row) and email not in str(row) and row["prompt_text"] is None
        _chat(client, model="remote", stream=True, messages=[{"role": "user", "content": content}])
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert caplog.records and secret not in logged and email not in logged and "echo:" not in logged


def test_overhead_header_counts_the_ledger_commit(client: openai.OpenAI, gateway: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Committing the row is the gateway's own work, done before the answer: the header counts it."""
    store = gateway.app.state.gateway.store
    commit = store.settle_now

    def slow_commit(*args: Any) -> Any:
        time.sleep(0.05)
        return commit(*args)

    monkeypatch.setattr(store, "settle_now", slow_commit)
    _, headers = _chat(client, model="remote")
    assert float(headers["x-hybridgate-overhead-ms"]) >= 50
    assert ledger_row(gateway.db, headers["x-request-id"])["status"] == "ok"


def test_remote_chat_streaming_with_usage(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(model="remote", messages=SAY, stream=True,
                                            stream_options={"include_usage": True})
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "echo: Say hello"
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 5
    assert any(c.choices and c.choices[0].finish_reason == "stop" for c in chunks)


def test_local_chat_non_streaming(client: openai.OpenAI, gateway: Any) -> None:
    resp, headers = _chat(client, model="local", temperature=0)
    assert headers["x-hybridgate-backend"] == "local" and headers["x-hybridgate-route"] == "local"
    assert resp.choices[0].message.content and resp.choices[0].finish_reason == "length"
    assert resp.usage and resp.usage.completion_tokens == 4 and resp.usage.prompt_tokens > 5
    assert ledger_row(gateway.db, headers["x-request-id"])["backend"] == "local"


def test_local_chat_streaming_reassembles(client: openai.OpenAI) -> None:
    whole, _ = _chat(client, model="local", temperature=0)
    chunks = list(client.chat.completions.create(model="local", messages=SAY, max_tokens=4, temperature=0,
                                                 stream=True, stream_options={"include_usage": True}))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 4


def test_completions_local_and_remote(client: openai.OpenAI) -> None:
    remote = client.completions.create(model="remote", prompt="knock knock", max_tokens=4)
    assert remote.choices[0].text == " echo: knock knock"
    local = client.completions.create(model="local", prompt="The capital of France is", max_tokens=3,
                                      temperature=0)
    assert local.choices[0].text and local.usage and local.usage.completion_tokens == 3


def test_models_list_names_routes(client: openai.OpenAI) -> None:
    ids = {m.id: m for m in client.models.list().data}
    assert {"auto", "local", "remote", "keyless"} <= set(ids)
    assert ids["keyless"].model_extra["available"] is False  # type: ignore[index]


# --- errors as openai exceptions ------------------------------------------------------------------


def test_unknown_route_is_404(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        _chat(client, model="no-such-route")
    assert info.value.body["param"] == "model"  # type: ignore[index]


def test_bad_bodies_are_400_with_param(client: openai.OpenAI, gateway: Any) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        _chat(client, model="remote", n=0)
    assert info.value.body["param"] == "n"  # type: ignore[index]
    r = httpx.post(gateway.url + "/v1/chat/completions", content=b"{not json",
                   headers={"Authorization": f"Bearer {KEY}"})
    assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request_error"


def test_missing_or_wrong_key_is_401(gateway: Any) -> None:
    bad = openai.OpenAI(base_url=gateway.url + "/v1", api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.chat.completions.create(model="remote", messages=SAY)


def test_tools_skip_a_route_without_the_capability(client: openai.OpenAI, upstream: Any) -> None:
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
    resp, headers = _chat(client, model="remote", tools=tools)
    assert resp.choices[0].message.tool_calls[0].function.name == "lookup"  # type: ignore[index]
    # This policy's local route declares no `tools`: asking for it with tools is served by a route that does.
    resp, headers = _chat(client, model="local", tools=tools)
    assert headers["x-hybridgate-route"] == "remote" and "local" in headers["x-hybridgate-reason"]
    assert resp.choices[0].finish_reason == "tool_calls"


# --- fallback -------------------------------------------------------------------------------------


def test_retry_then_success_on_one_500(client: openai.OpenAI, upstream: Any) -> None:
    control = upstream[1]
    control.fail_next, before = 1, control.chat_hits
    _, headers = _chat(client, model="remote")
    assert headers["x-hybridgate-route"] == "remote" and control.chat_hits == before + 2


def test_upstream_500_falls_back_to_local(client: openai.OpenAI, gateway: Any, upstream: Any) -> None:
    upstream[1].fail_always = True
    resp, headers = _chat(client, model="remote", temperature=0)
    assert headers["x-hybridgate-route"] == "local" and headers["x-hybridgate-backend"] == "local"
    assert "fallback from remote" in headers["x-hybridgate-reason"]
    assert resp.choices[0].message.content
    row = ledger_row(gateway.db, headers["x-request-id"])
    assert row["status"] == "ok" and row["route"] == "local" and "remote" in row["fallback_path"]


def test_upstream_500_streaming_falls_back_before_first_byte(client: openai.OpenAI, upstream: Any) -> None:
    upstream[1].fail_always = True
    with client.chat.completions.with_streaming_response.create(model="remote", messages=SAY, max_tokens=3,
                                                               stream=True) as resp:
        assert resp.headers["x-hybridgate-route"] == "local"
        text = "".join(c.choices[0].delta.content or "" for c in resp.parse() if c.choices)
    assert text


def test_missing_provider_key_falls_back_visibly(client: openai.OpenAI, gateway: Any) -> None:
    _, headers = _chat(client, model="keyless")
    assert headers["x-hybridgate-route"] == "local"
    assert "keyless" in headers["x-hybridgate-reason"]
    health = httpx.get(gateway.url + "/health", headers={"Authorization": f"Bearer {ADMIN}"}).json()
    assert health["routes"]["keyless"]["available"] is False
    assert "HG_TEST_UNSET_PROVIDER_KEY" in health["routes"]["keyless"]["reason"]
    assert health["mode"] == "hybrid" and health["local"][0]["placement"] == "cpu"


# --- explain ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("filler", [0, 12], ids=["short-prompt-on-the-loop", "long-prompt-in-the-thread"])
def test_explain_never_calls_a_backend(gateway: Any, upstream: Any, monkeypatch: pytest.MonkeyPatch,
                                       filler: int) -> None:
    state = gateway.app.state.gateway
    sched = state.registry.get("local").backend.runtime.scheduler
    hits, local_requests = upstream[1].hits, sched.stats().requests
    submitted = []
    submit = state.classify_pool.submit
    monkeypatch.setattr(state.classify_pool, "submit", lambda *a: submitted.append(1) or submit(*a))
    content = "Email jane.doe@example.com the plan." + " It covers the quarterly review schedule." * filler
    body = {"model": "auto", "messages": [{"role": "user", "content": content}]}
    r = httpx.post(gateway.url + "/v1/route/explain", json=body, headers={"Authorization": f"Bearer {KEY}"})
    assert len(submitted) == (1 if filler else 0)  # prompts over INLINE_CLASSIFY_CHARS leave the loop
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["route"] in {"remote", "local"} and out["backend"] in {"litellm", "local"}
    assert {"rule", "model", "fallbacks", "budget"} <= set(out)
    assert out["pii"]["detected"] and "EMAIL_ADDRESS" in out["pii"]["entity_types"]
    assert "jane.doe" not in r.text  # types, never values
    assert 0 <= out["complexity"]["score"] <= 1 and out["complexity"]["tier"] in {"low", "medium", "high"}
    assert upstream[1].hits == hits and sched.stats().requests == local_requests


# --- cancellation -----------------------------------------------------------------------------------


def test_client_disconnect_cancels_local_generation(gateway: Any) -> None:
    sched = gateway.app.state.gateway.registry.get("local").backend.runtime.scheduler
    body = {"model": "local", "messages": SAY, "max_tokens": 400, "stream": True}
    with httpx.Client(timeout=120) as http:
        with http.stream("POST", gateway.url + "/v1/chat/completions", json=body,
                         headers={"Authorization": f"Bearer {KEY}"}) as resp:
            request_id = resp.headers["x-request-id"]
            lines = resp.iter_lines()
            assert next(lines).startswith("data:")
            assert sched.stats().active_sequences == 1
    deadline = time.monotonic() + 30
    while sched.stats().active_sequences and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sched.stats().active_sequences == 0
    row = ledger_row(gateway.db, request_id)
    assert row["status"] == "cancelled" and 1 <= row["completion_tokens"] < 400


# --- policy hot reload ------------------------------------------------------------------------------


def test_policy_hot_reload_under_traffic(client: openai.OpenAI, gateway: Any, upstream: Any) -> None:
    policy: Path = gateway.policy
    original = policy.read_text()
    try:
        _, headers = _chat(client, model="auto")
        assert headers["x-hybridgate-route"] == "remote"
        policy.write_text(original.replace("default_route: remote", "default_route: keyless"))
        deadline, routed = time.monotonic() + 2.0, "remote"
        while routed == "remote" and time.monotonic() < deadline:
            routed = client.completions.with_raw_response.create(model="auto", prompt="x", max_tokens=1) \
                .headers["x-hybridgate-route"]
        assert routed == "local"  # keyless is the new default, unavailable -> its fallback
        policy.write_text(original.replace("routes:", "routes: [broken"))  # invalid YAML
        time.sleep(0.6)
        for _ in range(3):
            assert client.completions.with_raw_response.create(
                model="auto", prompt="x", max_tokens=1).headers["x-hybridgate-route"] == "local"
    finally:
        policy.write_text(original)
        time.sleep(0.6)
