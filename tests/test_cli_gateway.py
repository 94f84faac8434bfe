"""`hybridgate policy check` and `hybridgate serve` as an operator runs them (what `make run` does)."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
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


def fresh_clone() -> Path:
    """The files a fresh clone of this tree has (tracked or not ignored: no .venv, no state in
    .hybridgate/, no models, no build output), copied with their mtimes to a fixed place under
    the ignored .cache/ so numba's on-disk cache (keyed by source path and mtime) stays warm from
    one run to the next."""
    dest = ROOT / ".cache" / "fresh-clone"
    shutil.rmtree(dest, ignore_errors=True)
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():  # a tracked file deleted in the work tree is not in the clone
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    return dest


def share_compiled_kernels(clone: Path, model: Path) -> int:
    """Give the clone's sources the numba kernels this tree's warm-up compiles, as a developer's
    second start finds them: on a cold 2-core CI box compiling every kernel variant the warm-up
    takes costs over ten minutes, which is the first start's price, not what this test checks.
    The model's warm-up runs here first (compiling, or loading from the cache, whatever it needs,
    whichever tests ran before this one), outside the clone's start-up deadline. numba files its
    cache by the source directory's path (under the directory local_engine.quants keys by the
    kernel files' bytes, the same in the clone) and checks each file's stamp (mtime, size), which
    `fresh_clone` keeps. Returns how many cache files were shared."""
    from numba.core import config
    from numba.core.caching import UserProvidedCacheLocator as Locator

    import local_engine.quants  # noqa: F401 - sets config.CACHE_DIR, as the clone's gateway will
    from local_engine.engine import Engine

    Engine.load(model).warm_up()

    shared = 0
    for source_dir in {p.parent for p in (ROOT / "local_engine").rglob("*.py")}:
        ours = Path(config.CACHE_DIR) / Locator.get_suitable_cache_subpath(str(source_dir / "x.py"))
        theirs = Path(config.CACHE_DIR) / Locator.get_suitable_cache_subpath(
            str(clone / source_dir.relative_to(ROOT) / "x.py"))
        if ours.is_dir():
            shutil.copytree(ours, theirs, dirs_exist_ok=True)
            shared += sum(1 for _ in ours.iterdir())
    return shared


@pytest.mark.realmodel
def test_make_run_from_a_fresh_clone(smollm2_path: Path, chromium: str, artifacts_dir: Path) -> None:
    """`make run` as typed in a fresh clone, with no HYBRIDGATE_* settings and no provider keys:
    it prints a client key, the dashboard URL and a generated admin key (kept 0600); the default
    policy falls back to the local model; headless Chromium logs in with the printed key and the
    dashboard renders non-blank charts. Only the venv step is skipped (`-o`): it would install
    from the network; the test's own venv, which `make test` built from the same locks, stands in."""
    from browser import Browser, coloured_fraction, decode_png, page_ink, whole_page

    clone, port, venv = fresh_clone(), free_port(), Path(sys.prefix)
    share_compiled_kernels(clone, smollm2_path)
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and not k.startswith("HYBRIDGATE_")}
    env["PYTHONPATH"] = str(clone)  # what the clone's own editable install (make install) would do
    log = (artifacts_dir / "make-run.log").open("w+")
    proc = subprocess.Popen(["make", "run", f"VENV={venv}", "-o", f"{venv}/bin/.installed", f"PORT={port}"],
                            cwd=clone, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    out = ""
    try:
        deadline = time.monotonic() + 900  # kernels the suite has not compiled yet are compiled here, cold
        while "startup complete" not in (out := Path(log.name).read_text()):
            assert proc.poll() is None, out[-3000:]
            assert time.monotonic() < deadline, "make run did not start: " + out[-3000:]
            time.sleep(0.5)
        # The console out of the box: URL and a generated admin key printed once, the key kept 0600.
        line = next(x for x in out.splitlines() if "dashboard:" in x)
        assert f"dashboard: {base}/dashboard  admin key: hga-" in line
        admin = line.split("admin key: ", 1)[1].strip()
        key_file = clone / ".hybridgate" / "admin.key"
        assert key_file.read_text().strip() == admin and (key_file.stat().st_mode & 0o777) == 0o600
        health = httpx.get(base + "/health", timeout=10, headers={"Authorization": f"Bearer {admin}"}).json()
        assert health["mode"] == "hybrid" and health["routes"]["local"]["available"]
        assert health["routes"]["cloud"]["available"] is False
        assert "OPENAI_API_KEY" in health["routes"]["cloud"]["reason"]
        assert "try: curl" in out
        client_key = re.search(r"Bearer (hg-[\w-]+)'", out).group(1)  # type: ignore[union-attr]
        r = httpx.post(base + "/v1/completions", headers={"Authorization": f"Bearer {client_key}"}, timeout=120,
                       json={"model": "cloud", "prompt": "The sky is", "max_tokens": 2})
        assert r.status_code == 200, r.text
        assert r.headers["x-hybridgate-route"] == "local" and "cloud" in r.headers["x-hybridgate-reason"]
        shots = artifacts_dir / "make-run"
        shots.mkdir(exist_ok=True)

        async def drive() -> None:
            async with Browser(chromium, clone / ".cache" / "chromium") as b:
                await b.goto(f"{base}/dashboard")
                assert await b.js("location.pathname") == "/dashboard/login"
                await b.js("document.getElementById('key').focus()")
                await b.send("Input.insertText", text=admin)
                b._events.clear()
                await b.js("document.getElementById('login').requestSubmit()")
                await b.wait_event("Page.loadEventFired")
                assert await b.js("location.pathname") == "/dashboard"
                assert await b.js("document.getElementById('total-requests').textContent") == "1"
                assert await b.js("document.getElementById('mode').textContent") == "hybrid"
                spread, ink = page_ink(await whole_page(b, shots / "dashboard-small.png"))
                assert spread > 5 and ink > 0.002, f"the dashboard screenshot is blank ({spread:.1f}, {ink:.4f})"
                await b.screenshot(shots / "dashboard.png")
                for chart in ("chart-requests-time", "chart-requests", "chart-tokens", "chart-latency"):
                    box = await b.js(f"(() => {{ const r = document.querySelector('#{chart} svg')"
                                     ".getBoundingClientRect(); return {x: r.x + scrollX, y: r.y + scrollY, "
                                     "width: r.width, height: r.height}; })()")
                    png = await b.screenshot(shots / f"{chart}.png", clip=box, scale=0.4)
                    assert coloured_fraction(decode_png(png)) > 0.004, f"{chart} is blank"

        asyncio.run(drive())
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # make and the server it started: one process group
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
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
