"""`hybridgate policy check` and `hybridgate serve` as an operator runs them (what `make run` does)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from upstream import free_port

from gateway.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_POLICY = ROOT / "policies" / "default.yaml"

def test_policy_check_accepts_the_default_policy(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "check", str(DEFAULT_POLICY)]) == 0
    assert "ok" in capsys.readouterr().out


def test_policy_check_names_file_line_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\ndefault_route: local\nroutes:\n  local:\n    backend: lokal\n    model: x\n")
    assert main(["policy", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:5" in err and "backend" in err


@pytest.mark.realmodel
def test_serve_default_policy_without_provider_keys_falls_back_locally(tmp_path: Path, smollm2_path: Path) -> None:
    port = free_port()
    # As `make run` on a fresh clone: no admin key anywhere, a new state directory for the ledger.
    # No client keys either: the server generates one for the run and prints it.
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and not k.startswith("HYBRIDGATE_ADMIN")
           and k != "HYBRIDGATE_API_KEYS"}
    state = tmp_path / ".hybridgate"
    env.update(HYBRIDGATE_LEDGER_URL=f"sqlite:///{state / 'ledger.db'}",
               PYTHONPATH=str(ROOT))
    log = (tmp_path / "serve.log").open("w+")
    proc = subprocess.Popen([sys.executable, "-m", "gateway.cli", "serve", "--port", str(port), "--policy",
                             str(DEFAULT_POLICY), "--log-level", "warning"], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while True:
            assert proc.poll() is None, Path(log.name).read_text()[-3000:]
            try:  # /health detail needs the admin key: the one the first start generated
                admin_file = state / "admin.key"
                admin = admin_file.read_text().strip() if admin_file.exists() else ""
                health = httpx.get(base + "/health", timeout=2, headers={"Authorization": f"Bearer {admin}"}).json()
                if "routes" not in health:
                    raise httpx.ConnectError("not up yet")
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "gateway did not start"
                time.sleep(0.5)
        assert health["mode"] == "hybrid" and health["routes"]["local"]["available"]
        assert health["routes"]["cloud"]["available"] is False
        assert "OPENAI_API_KEY" in health["routes"]["cloud"]["reason"]
        client_key = re.search(r"Bearer (hg-[\w-]+)'", Path(log.name).read_text()).group(1)  # type: ignore[union-attr]
        r = httpx.post(base + "/v1/completions", headers={"Authorization": f"Bearer {client_key}"}, timeout=120,
                       json={"model": "cloud", "prompt": "The sky is", "max_tokens": 2})
        assert r.status_code == 200, r.text
        assert r.headers["x-hybridgate-route"] == "local" and "cloud" in r.headers["x-hybridgate-reason"]
        out = Path(log.name).read_text()
        assert "try: curl" in out
        # The console out of the box: URL and a generated admin key printed once, the key kept 0600.
        line = next(x for x in out.splitlines() if "dashboard:" in x)
        assert f"dashboard: {base}/dashboard  admin key: " in line
        admin = line.split("admin key: ", 1)[1].strip()
        key_file = state / "admin.key"
        assert key_file.read_text().strip() == admin and (key_file.stat().st_mode & 0o777) == 0o600
        with httpx.Client(base_url=base, timeout=30) as browser:
            assert browser.get("/dashboard").headers["location"] == "/dashboard/login"
            assert browser.post("/dashboard/login", data={"key": admin}).status_code == 303
            page = browser.get("/dashboard")
            assert page.status_code == 200 and 'id="total-requests">1<' in page.text
            assert page.text.count("<svg") >= 6 and 'class="badge mode-hybrid"' in page.text
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()


def test_serve_refuses_an_invalid_policy_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\ndefault_route: x\nroutes: {}\n")
    assert main(["serve", "--policy", str(bad)]) == 1
    assert f"{bad}:3: routes" in capsys.readouterr().err


def test_version_and_default_port(capsys: pytest.CaptureFixture[str]) -> None:
    import gateway
    from gateway.settings import DEFAULT_PORT, ServerSettings

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"hybridgate {gateway.__version__}"
    # Off every port a common local LLM server takes (llama.cpp/LocalAI 8080, vLLM 8000, Ollama
    # 11434, LM Studio 1234, text-generation-webui 5000, LiteLLM 4000, Open WebUI 3000, Jupyter 8888).
    assert DEFAULT_PORT not in {8080, 8000, 11434, 1234, 5000, 4000, 3000, 8888}
    assert ServerSettings().port == DEFAULT_PORT
    makefile = (ROOT / "Makefile").read_text()
    assert f"PORT    ?= {DEFAULT_PORT}" in makefile and f"--port\", \"{DEFAULT_PORT}\"" in (
        ROOT / "docker" / "Dockerfile").read_text()


def test_locks_are_hashed_and_split() -> None:
    """Runtime lock has no test tools; every pin in both locks carries a sha256 (pip --require-hashes)."""
    import re

    def pins(name: str) -> dict[str, str]:
        out = {}
        for block in re.split(r"\n(?=[A-Za-z#])", (ROOT / name).read_text()):
            if block.startswith("#") or not block.strip():
                continue
            head = block.splitlines()[0]
            assert "--hash=sha256:" in block, f"{name}: {head} has no hash"
            pkg, _, ver = head.split(" ")[0].partition("==")
            pkg = pkg.split("[")[0]  # httpx[http2]: extras stay on the pin (old pip needs them there)
            assert ver, f"{name}: {head} is not pinned exactly"
            out[pkg.lower()] = ver
        return out

    runtime, test = pins("requirements.lock"), pins("requirements-test.lock")
    assert not {"pytest", "hypothesis", "faker", "pytest-asyncio"} & set(runtime)
    assert {"pytest", "hypothesis", "faker", "pytest-asyncio"} <= set(test)
    assert not set(runtime) & set(test)  # one place per pin
    assert {"fastapi", "uvicorn", "litellm", "numba"} <= set(runtime)


def test_admin_key_file_is_created_once_beside_a_sqlite_ledger(tmp_path: Path) -> None:
    from gateway.settings import ServerSettings
    from gateway.state import GatewayState

    settings = ServerSettings(ledger_url=f"sqlite:///{tmp_path / 'state' / 'ledger.db'}")
    first = GatewayState(settings)
    first._admin_key()
    assert first.generated_admin_key and settings.admin_key == first.generated_admin_key
    path = tmp_path / "state" / "admin.key"
    assert (path.stat().st_mode & 0o777) == 0o600
    again = GatewayState(ServerSettings(ledger_url=settings.ledger_url))
    again._admin_key()
    assert again.generated_admin_key is None and again.settings.admin_key == first.generated_admin_key
    given = GatewayState(ServerSettings(ledger_url=settings.ledger_url, admin_key="from-env"))
    given._admin_key()
    assert given.settings.admin_key == "from-env"
    pg = GatewayState(ServerSettings(ledger_url="postgresql://x@127.0.0.1/db"))
    pg._admin_key()
    assert pg.settings.admin_key is None  # no file beside a PostgreSQL ledger: set HYBRIDGATE_ADMIN_KEY
