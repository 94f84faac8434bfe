"""The `local` PII action keeps personal data on a local route by itself, not only through a rule.

Without a PII rule in the policy, a request carrying a type whose action is `local` used to
follow the ordinary rules (here: the default route, remote) unmasked. Now the action holds on
its own; a compliance rule with a `pii` condition is the one way a policy sends such data
elsewhere; a policy with no local route refuses it (403) and `policy check` warns about it.
The shipped policies/default.yaml has its PII rule and no warning.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from upstream import ServerThread, UpstreamControl, build_upstream

from gateway.app import create_app
from gateway.cli import main
from gateway.policy import load_policy, policy_file_warnings
from gateway.policy.schema import policy_warnings
from gateway.settings import ServerSettings

ROOT = Path(__file__).resolve().parents[1]
KEY = "local-action-key"
REMOTE = """\
  remote:
    backend: litellm
    model: openai/fake-model
    api_base: {upstream}/v1
    timeout_s: 10
    max_retries: 1
  trusted:
    backend: litellm
    model: openai/fake-model
    api_base: {upstream}/v1
    timeout_s: 10
    max_retries: 1
"""
# No rule keeps PII local; one compliance rule sends SSNs to the `trusted` remote route on purpose.
WITH_LOCAL = """\
version: 1
mode: hybrid
default_route: remote
routes:
  local:
    backend: local
    model: {model}
    n_ctx: 512
    max_batch: 2
""" + REMOTE + """\
rules:
  - name: ssn-to-trusted
    compliance: true
    when: {{pii: {{entities: [US_SSN]}}}}
    route: trusted
signals:
  pii:
    actions: {{EMAIL_ADDRESS: pseudonymize}}
"""
NO_LOCAL = """\
version: 1
mode: hybrid
default_route: remote
routes:
""" + REMOTE + """\
signals:
  pii:
    actions: {{EMAIL_ADDRESS: redact}}
"""
NAME = "Please write a short note to Dear Julie Hart about the delay."


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[ServerThread, UpstreamControl]]:
    control = UpstreamControl()
    server = ServerThread(build_upstream(control)).start()
    yield server, control
    server.stop()


def _gateway(tmp: Path, policy_text: str) -> ServerThread:
    policy = tmp / "policy.yaml"
    policy.write_text(policy_text)
    settings = ServerSettings(policy_path=policy, ledger_url=f"sqlite:///{tmp / 'ledger.db'}", api_keys=[KEY],
                              reload_interval_s=60)
    server = ServerThread(create_app(settings)).start(timeout_s=300)
    server.policy = policy  # type: ignore[attr-defined]
    return server


def _chat(server: ServerThread, text: str, model: str = "auto") -> httpx.Response:
    return httpx.post(f"{server.url}/v1/chat/completions", headers={"authorization": f"Bearer {KEY}"}, timeout=60,
                      json={"model": model, "max_tokens": 2, "messages": [{"role": "user", "content": text}]})


@pytest.mark.realmodel
def test_local_action_holds_without_a_pii_rule(upstream: Any, smollm2_path: Path,
                                               tmp_path: Path) -> None:
    control = upstream[1]
    server = _gateway(tmp_path, WITH_LOCAL.format(model=smollm2_path, upstream=upstream[0].url))
    try:
        assert policy_file_warnings(server.policy) == []  # type: ignore[attr-defined]
        for model in ("auto", "remote"):  # the default route, and the client naming the remote route
            control.received.clear()
            resp = _chat(server, NAME, model)
            assert resp.status_code == 200, resp.text
            assert resp.headers["x-hybridgate-route"] == "local"
            assert "pii action local (PERSON): local instead of remote" in resp.headers["x-hybridgate-reason"]
            assert not control.received
        control.received.clear()  # a pseudonymized type needs no local route
        resp = _chat(server, "Forward this to jane.roe.4412@example.org please.")
        assert resp.headers["x-hybridgate-route"] == "remote" and b"jane.roe" not in b"".join(control.received)
        control.received.clear()  # a compliance rule with a pii condition decides where its data goes
        resp = _chat(server, "Check the format of SSN 536-22-8791 for me.")
        assert resp.headers["x-hybridgate-route"] == "trusted" and control.received
        control.received.clear()  # no personal data: the ordinary rules
        assert _chat(server, "List three colors.").headers["x-hybridgate-route"] == "remote"
    finally:
        server.stop()


def test_no_local_route_refuses_and_policy_check_warns(upstream: Any, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    control = upstream[1]
    server = _gateway(tmp_path, NO_LOCAL.format(upstream=upstream[0].url))
    try:
        control.received.clear()
        resp = _chat(server, NAME)
        assert resp.status_code == 403, resp.text
        assert resp.json()["error"]["code"] == "pii_local_unavailable" and "Julie" not in resp.text
        assert "PERSON" in resp.json()["error"]["message"] and not control.received
        resp = _chat(server, "Forward this to jane.roe.4412@example.org please.")  # redacted: may leave
        assert resp.status_code == 200 and resp.headers["x-hybridgate-route"] == "remote"
        assert b"jane.roe" not in b"".join(control.received) and b"<EMAIL_ADDRESS>" in b"".join(control.received)
    finally:
        server.stop()
    capsys.readouterr()
    assert main(["policy", "check", str(tmp_path / "policy.yaml")]) == 0  # valid, served as written
    err = capsys.readouterr().err
    assert "warning:" in err and "signals.pii.default_action" in err and "pii_local_unavailable" in err
    assert "PERSON" in err and "EMAIL_ADDRESS" not in err  # redacted, not kept local


def test_shipped_policies_keep_pii_local_without_warnings() -> None:
    for name in ("default.yaml", "example-multi-provider.yaml"):
        policy = load_policy(ROOT / "policies" / name)
        assert policy_warnings(policy) == []
        rule = next(r for r in policy.rules if r.compliance and r.when.pii is not None)
        assert rule.when.pii.detected and policy.is_local(rule.route)  # type: ignore[arg-type, union-attr]
