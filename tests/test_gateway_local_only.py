"""Local-only mode: with a remote upstream up and counting, nothing ever leaves the machine.

Three independent proofs: the upstream sees zero requests; litellm's entry points are booby-trapped
(they raise if called); the remote backend class cannot even be constructed. When the local
engine fails, the request fails: it is never rescued by a remote route.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from upstream import ServerThread, UpstreamControl, build_upstream

from gateway.settings import ServerSettings


pytestmark = pytest.mark.realmodel
KEY = "local-only-key"
POLICY = """\
version: 1
mode: hybrid
default_route: remote
routes:
  local:
    backend: local
    model: {model}
    n_ctx: 512
    max_batch: 1
    max_queue: 1
  remote:
    backend: litellm
    model: openai/fake-model
    api_base: {upstream}/v1
    fallbacks: [local]
rules: []
"""
SAY = [{"role": "user", "content": "Say hello"}]


def _trap(*_: Any, **__: Any) -> Any:
    raise AssertionError("a provider was called in local_only mode")


@pytest.fixture(scope="module")
def upstream_server() -> Iterator[ServerThread]:
    server = ServerThread(build_upstream(UpstreamControl())).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def upstream(upstream_server: ServerThread) -> UpstreamControl:
    return upstream_server.server.config.app.state.control  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def gateway(upstream_server: ServerThread, smollm2_path: Path,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    import litellm

    from gateway.app import create_app
    from gateway.backends import remote

    tmp = tmp_path_factory.mktemp("lo")
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY.format(model=smollm2_path, upstream=upstream_server.url))
    settings = ServerSettings(policy_path=policy, ledger_url=f"sqlite:///{tmp / 'ledger.db'}", api_keys=[KEY],
                              admin_key="local-only-admin",
                              local_only=True)  # what --local-only / HYBRIDGATE_LOCAL_ONLY=1 set
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(litellm, "acompletion", _trap)
        mp.setattr(litellm, "atext_completion", _trap)
        mp.setattr(remote.RemoteBackend, "__init__", _trap)
        app = create_app(settings)
        server = ServerThread(app).start(timeout_s=300)
        server.app = app  # type: ignore[attr-defined]
        yield server
        server.stop()


def test_mixed_workload_never_reaches_the_upstream(gateway: Any, upstream: UpstreamControl) -> None:
    client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=KEY, max_retries=0, timeout=120)
    served, refused = 0, 0
    for model in ("auto", "remote", "local"):
        try:
            raw = client.chat.completions.with_raw_response.create(model=model, messages=SAY, max_tokens=2)
            assert raw.headers["x-hybridgate-backend"] == "local"
            assert raw.headers["x-hybridgate-mode"] == "local_only"
            served += 1
        except openai.PermissionDeniedError as exc:
            assert exc.response.headers["x-hybridgate-mode"] == "local_only"
            refused += 1
    chunks = list(client.chat.completions.create(model="local", messages=SAY, max_tokens=2, stream=True))
    assert chunks and client.completions.create(model="local", prompt="Hi", max_tokens=2).choices[0].text
    explain = httpx.post(gateway.url + "/v1/route/explain", json={"model": "auto", "messages": SAY},
                         headers={"Authorization": f"Bearer {KEY}"})
    assert explain.status_code in (200, 403)
    assert served >= 1 and served + refused == 3
    assert upstream.hits == 0


def test_health_shows_local_only_and_remote_disabled(gateway: Any) -> None:
    health = httpx.get(gateway.url + "/health", headers={"Authorization": "Bearer local-only-admin"}).json()
    assert health["mode"] == "local_only"
    assert health["routes"]["remote"]["available"] is False
    assert "local_only" in health["routes"]["remote"]["reason"]
    assert not gateway.app.state.gateway.registry.has_remote()


NO_EOS = {"0": -100, "2": -100}  # SmolLM2's <|endoftext|> and <|im_end|>: the answer runs to max_tokens


def test_logit_bias_reaches_the_local_sampler(gateway: Any) -> None:
    client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=KEY, max_retries=0, timeout=60)
    out = client.chat.completions.create(model="local", messages=SAY, max_tokens=24, logit_bias=NO_EOS)
    assert out.choices[0].finish_reason == "length" and out.usage.completion_tokens == 24
    with pytest.raises(openai.BadRequestError, match="logit_bias"):
        client.chat.completions.create(model="local", messages=SAY, max_tokens=2, logit_bias={"x": 1})


def test_busy_engine_is_503_with_retry_after(gateway: Any, upstream: UpstreamControl) -> None:
    """max_batch 1 + max_queue 1: one running, one queued, the third is refused (never sent remote).

    The running stream's line iterator stays referenced: a discarded httpx iterator closes the
    response, which the gateway rightly treats as a client disconnect and cancels."""
    sched = gateway.app.state.gateway.registry.get("local").backend.runtime.scheduler
    url, auth = gateway.url + "/v1/chat/completions", {"Authorization": f"Bearer {KEY}"}
    queued: list[int] = []

    def post_queued() -> None:
        with httpx.Client(timeout=120) as http:
            queued.append(http.post(url, headers=auth,
                                    json={"model": "local", "messages": SAY, "max_tokens": 1}).status_code)

    with httpx.Client(timeout=120) as http_running, httpx.Client(timeout=120) as http_busy:
        with http_running.stream("POST", url, headers=auth,
                                 json={"model": "local", "messages": SAY, "max_tokens": 480, "stream": True,
                                       "logit_bias": NO_EOS}) as running:
            lines = running.iter_lines()
            next(lines)
            waiter = threading.Thread(target=post_queued)
            waiter.start()
            deadline = time.monotonic() + 30
            while sched.stats().queue_depth < 1 and time.monotonic() < deadline:
                time.sleep(0.02)
            busy = http_busy.post(url, headers=auth, json={"model": "local", "messages": SAY, "max_tokens": 1})
        waiter.join(120)
    assert busy.status_code == 503 and int(busy.headers["retry-after"]) >= 1
    assert busy.json()["error"]["code"] == "engine_busy"
    assert queued == [200] and upstream.hits == 0


def test_local_failure_fails_the_request_and_never_goes_remote(gateway: Any, upstream: UpstreamControl) -> None:
    """Runs last: closes the engine's scheduler so every local call fails."""
    client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=KEY, max_retries=0, timeout=60)
    gateway.app.state.gateway.registry.get("local").backend.runtime.scheduler.close()
    auth = {"Authorization": f"Bearer {KEY}"}
    health = httpx.get(gateway.url + "/health", headers={"Authorization": "Bearer local-only-admin"}).json()
    assert health["routes"]["local"]["available"] is False
    assert health["routes"]["local"]["reason"] == "local engine: closed"
    cards = {m["id"]: m for m in httpx.get(gateway.url + "/v1/models", headers=auth).json()["data"]}
    assert cards["local"]["available"] is False
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="local", messages=SAY, max_tokens=2)
    assert info.value.status_code >= 500
    assert upstream.hits == 0
