"""Hardening (issue 11) without a model: policy files that would stall the loader, and shutdown
with a request stuck on its upstream."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from timing import scaled
from upstream import ServerThread, UpstreamControl, build_upstream, free_port

from gateway.cli import main
from gateway.policy import PolicyStore
from gateway.policy.loader import MAX_POLICY_BYTES

ROOT = Path(__file__).resolve().parents[1]
GOOD = """\
default_route: cloud
routes:
  cloud: {backend: litellm, model: openai/fake-model, api_base: "http://127.0.0.1:9/v1"}
"""
# 318 bytes: nine levels of nine aliases each, 9^9 (387 million) strings once expanded.
BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{','.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))


def test_alias_bomb_is_refused_in_milliseconds_by_policy_check(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(BOMB)
    t0 = time.perf_counter()
    assert main(["policy", "check", str(bomb)]) == 1
    assert time.perf_counter() - t0 < scaled(0.1)
    assert "alias" in capsys.readouterr().err


@pytest.mark.parametrize("text", [BOMB, "a: &a [*a]\n", "x: " + "[" * 60_000,
                                  "".join(" " * i + "k:\n" for i in range(200)),
                                  "a: &a {x: &b [*a]}\n", "y: 1\n" * (MAX_POLICY_BYTES // 5 + 1)],
                         ids=["alias-bomb", "recursive-alias", "deep-nesting", "deep-block-nesting",
                              "recursive-alias-nested", "oversized"])
def test_hot_reload_refuses_hostile_files_in_milliseconds(tmp_path: Path, text: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(GOOD)
    store = PolicyStore(path)
    path.write_text(text)
    t0 = time.perf_counter()
    assert store.reload() is False
    assert time.perf_counter() - t0 < scaled(0.1)
    assert store.current.default_route == "cloud" and store.rejections == 1 and "refused" in (store.last_error or "")


def test_aliases_within_the_budget_still_work(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("""\
default_route: a
routes:
  a: &remote {backend: litellm, model: openai/fake-model, api_base: "http://127.0.0.1:9/v1"}
  b: {<<: *remote, timeout_s: 5}
  c: *remote
""")
    store = PolicyStore(path)
    assert set(store.current.routes) == {"a", "b", "c"} and store.current.routes["b"].timeout_s == 5


def test_sigterm_with_a_stuck_request_exits_within_the_drain_timeout(tmp_path: Path) -> None:
    """The upstream never answers; SIGTERM: uvicorn waits timeout_graceful_shutdown (2 s), then
    cancels the request, which is recorded `cancelled`; the process is gone within a few seconds."""
    control = UpstreamControl(latency_ms=600_000)
    upstream = ServerThread(build_upstream(control)).start()
    policy = tmp_path / "policy.yaml"
    policy.write_text(f"""\
default_route: cloud
routes:
  cloud: {{backend: litellm, model: openai/fake-model, api_base: "{upstream.url}/v1", timeout_s: 600, max_retries: 0}}
""")
    port, db = free_port(), tmp_path / "ledger.db"
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    env.update(HYBRIDGATE_API_KEYS="k", HYBRIDGATE_LEDGER_URL=f"sqlite:///{db}", PYTHONPATH=str(ROOT),
               HYBRIDGATE_TIMEOUT_GRACEFUL_SHUTDOWN="2")
    log = (tmp_path / "serve.log").open("w+")
    proc = subprocess.Popen([sys.executable, "-m", "gateway.cli", "serve", "--port", str(port), "--policy",
                             str(policy), "--log-level", "warning"], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, Path(log.name).read_text()[-3000:]
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "gateway did not start"
            time.sleep(0.3)
        outcome: list[object] = []

        def stuck() -> None:
            try:
                outcome.append(httpx.post(base + "/v1/chat/completions", headers={"Authorization": "Bearer k"},
                                          json={"model": "cloud", "messages": [{"role": "user", "content": "hi"}]},
                                          timeout=60).status_code)
            except httpx.HTTPError as exc:
                outcome.append(type(exc).__name__)

        client = threading.Thread(target=stuck)
        client.start()
        while control.in_flight == 0:
            time.sleep(0.05)
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
        took = time.monotonic() - t0
        client.join(10)
        assert took < 2 + 4, f"exit took {took:.1f}s"
        with sqlite3.connect(db) as conn:
            statuses = [s for (s,) in conn.execute("SELECT status FROM ledger")]
        assert statuses == ["cancelled"], (statuses, Path(log.name).read_text()[-2000:])
    finally:
        if proc.poll() is None:
            proc.kill()
        upstream.stop()
