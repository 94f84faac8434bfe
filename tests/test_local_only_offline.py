"""Local-only is provable: a local_only gateway serving traffic never imports litellm, prices its
counterfactual from the price snapshot, and works inside a network namespace with no network.

Each check runs the real gateway (uvicorn, on a Unix socket so it needs no network interface)
in a fresh subprocess, serves chat (streamed and not), completions, a PII prompt and an explain,
then reports what it saw: statuses, whether `litellm` is in sys.modules, the ledger rows.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.realmodel
ROOT = Path(__file__).resolve().parents[1]

POLICY = """\
version: 1
mode: local_only
default_route: local
reference_model: openai/gpt-4o-mini
routes:
  local:
    backend: local
    model: {model}
    n_ctx: 512
    max_batch: 2
  cloud:
    backend: litellm
    model: openai/gpt-4o-mini
    api_base: http://203.0.113.1/v1
    fallbacks: [local]
rules:
  - name: pii-stays-local
    compliance: true
    when: {{pii: {{detected: true}}}}
    route: local
"""

SERVE = r"""
import json, sqlite3, sys, threading, time
import httpx, uvicorn
from gateway.app import create_app
from gateway.settings import ServerSettings

tmp, sock = sys.argv[1], sys.argv[1] + "/gw.sock"
settings = ServerSettings(policy_path=tmp + "/policy.yaml", ledger_url=f"sqlite:///{tmp}/ledger.db",
                          api_keys=["k"], reload_interval_s=60)
server = uvicorn.Server(uvicorn.Config(create_app(settings), uds=sock, log_level="warning", lifespan="on"))
thread = threading.Thread(target=server.run, daemon=True)
thread.start()
deadline = time.monotonic() + 300
while not server.started:
    assert thread.is_alive() and time.monotonic() < deadline, "gateway did not start"
    time.sleep(0.05)
statuses = []
with httpx.Client(transport=httpx.HTTPTransport(uds=sock), base_url="http://gateway",
                  headers={"authorization": "Bearer k"}, timeout=120) as client:
    say = [{"role": "user", "content": "Say hi"}]
    statuses.append(client.post("/v1/chat/completions", json={"model": "auto", "messages": say, "max_tokens": 3}).status_code)
    with client.stream("POST", "/v1/chat/completions",
                       json={"model": "auto", "messages": say, "max_tokens": 3, "stream": True}) as resp:
        resp.read()
        statuses.append(resp.status_code)
    statuses.append(client.post("/v1/completions", json={"model": "auto", "prompt": "Hello", "max_tokens": 2}).status_code)
    pii = [{"role": "user", "content": "Email jane.roe@example.org about it"}]
    statuses.append(client.post("/v1/chat/completions", json={"model": "auto", "messages": pii, "max_tokens": 2}).status_code)
    statuses.append(client.post("/v1/route/explain", json={"model": "auto", "messages": say}).status_code)
    statuses.append(client.post("/v1/chat/completions", json={"model": "cloud", "messages": say}).status_code)
    remote_calls = [line for line in client.get("/metrics").text.splitlines()
                    if line.startswith("hybridgate_remote_calls_total")]
server.should_exit = True
thread.join(30)
with sqlite3.connect(tmp + "/ledger.db") as db:
    rows = db.execute("SELECT route, status, mode, left_machine, counterfactual_cost_usd, policy_hash FROM ledger").fetchall()
print(json.dumps({"statuses": statuses, "remote_calls": remote_calls, "litellm": sorted(m for m in sys.modules if m.split(".")[0] == "litellm")[:5],
                  "rows": rows}))
"""


def _serve(tmp: Path, model: Path, prefix: list[str]) -> dict:
    (tmp / "policy.yaml").write_text(POLICY.format(model=model))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.run([*prefix, sys.executable, "-c", SERVE, str(tmp)], capture_output=True, text=True,
                          timeout=600, cwd=ROOT, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _check(out: dict) -> None:
    assert out["statuses"] == [200, 200, 200, 200, 200, 403], out  # explain writes no row; the last names a remote route: refused
    assert out["litellm"] == [], f"local_only imported {out['litellm']}"
    assert out["remote_calls"] == ['hybridgate_remote_calls_total{mode="local_only",route="cloud"} 0.0'], out
    rows = out["rows"]
    assert len(rows) == 5 and all(mode == "local_only" and left == 0 for _, _, mode, left, _, _ in rows), rows
    served = [r for r in rows if r[1] == "ok"]
    assert served and all(r[0] == "local" and r[4] > 0 for r in served), rows  # counterfactual from the snapshot
    assert len({r[5] for r in rows}) == 1 and rows[0][5]  # one policy fingerprint on every row


def test_local_only_serves_without_importing_litellm(tmp_path: Path, smollm2_path: Path) -> None:
    _check(_serve(tmp_path, smollm2_path, []))


def _unshare_prefix() -> list[str]:
    """`unshare -n` (root) or `unshare -rn` (user namespaces), whichever this machine permits."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare(1) is not installed: cannot run the gateway in a network namespace")
    for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    pytest.skip("unshare -n / -rn not permitted here (no CAP_SYS_ADMIN, user namespaces disabled)")


def test_local_only_serves_inside_a_network_namespace_with_no_network(tmp_path: Path, smollm2_path: Path) -> None:
    """No interface is up (not even loopback): serving traffic still works, so nothing needed one."""
    prefix = _unshare_prefix()
    probe = subprocess.run([*prefix, sys.executable, "-c",
                            "import socket; s = socket.socket(); s.settimeout(1); s.connect(('203.0.113.1', 80))"],
                           capture_output=True, text=True)
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower(), probe.stderr  # really no network
    _check(_serve(tmp_path, smollm2_path, prefix))
