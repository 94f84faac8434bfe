"""`hybridgate models pull | list | rm` against a fake hub on 127.0.0.1 (HF_ENDPOINT), never the internet.

The CLI runs in a subprocess, as a user runs it: huggingface_hub reads HF_ENDPOINT / HF_TOKEN /
HF_HUB_OFFLINE when it is imported, and the suite itself sets HF_HUB_OFFLINE=1.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from local_engine.testing.synthetic import TinySpec, write_tiny_model
from tests.fakehub import FakeHub, FakeRepo

ROOT = Path(__file__).resolve().parents[1]
REPO = "tiny-org/Tiny-GGUF"
# Generous bounds for a loaded 2-core CI box: each CLI run imports huggingface_hub and numpy, and the
# fake hub answers from a thread of this (low-priority) process. Nothing here waits for one to expire.
HUB_TIMEOUT_S, CLI_TIMEOUT_S = "60", 300


@pytest.fixture(scope="module")
def ggufs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    root = tmp_path_factory.mktemp("hubfiles")
    out = {}
    for i, name in enumerate(("Tiny-Q4_K_M.gguf", "Tiny-Q8_0.gguf")):
        write_tiny_model(root / name, TinySpec("llama"), seed=i)
        out[name] = (root / name).read_bytes()
    return out


def _env(hub: FakeHub, home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGING"))}
    env.update(HF_ENDPOINT=hub.url, HF_HOME=str(home / "hf-home"), HF_HUB_OFFLINE="0", HOME=str(home),
               HYBRIDGATE_MODELS_DIR=str(home / "models"), PYTHONPATH=str(ROOT), HF_HUB_DISABLE_XET="1",
               HF_HUB_ETAG_TIMEOUT=HUB_TIMEOUT_S, HF_HUB_DOWNLOAD_TIMEOUT=HUB_TIMEOUT_S, HF_HUB_DISABLE_TELEMETRY="1")
    env.update(extra)
    return env


def _cli(env: dict[str, str], *args: str, timeout: float = CLI_TIMEOUT_S) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway.cli", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def _manifest(home: Path) -> list[dict]:
    return json.loads((home / "models" / "manifest.json").read_text())["models"]


def test_pull_by_quant_list_and_rm(tmp_path: Path, ggufs: dict[str, bytes]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(f"default_route: a\nroutes:\n  a: {{backend: local, model: 'hf:{REPO}:Q4_K_M'}}\n"
                      f"  b: {{backend: local, model: 'hf:{REPO}/Tiny-Q4_K_M.gguf'}}\n")
    with FakeHub({REPO: FakeRepo(dict(ggufs))}) as hub:
        env = _env(hub, tmp_path)
        r = _cli(env, "models", "pull", f"hf:{REPO}:q4_k_m")
        assert r.returncode == 0, r.stderr
        target = tmp_path / "models" / "hf" / REPO / "Tiny-Q4_K_M.gguf"
        assert target.read_bytes() == ggufs["Tiny-Q4_K_M.gguf"]
        [entry] = _manifest(tmp_path)
        assert entry["sha256"] == hashlib.sha256(ggufs["Tiny-Q4_K_M.gguf"]).hexdigest()
        assert entry["revision"] and entry["repo"] == REPO and entry["size"] == len(ggufs["Tiny-Q4_K_M.gguf"])
        assert len(hub.gets("Tiny-Q4_K_M.gguf")) == 1

        # the bare repo means its Q4_K_M file; already there: verified against the listing, not fetched again
        r = _cli(env, "models", "pull", f"hf:{REPO}")
        assert r.returncode == 0 and "already pulled" in r.stderr, r.stderr
        assert len(hub.gets("Tiny-Q4_K_M.gguf")) == 1

        r = _cli(env, "models", "list", "--json", "--policy", str(policy))
        assert r.returncode == 0, r.stderr
        [row] = [x for x in json.loads(r.stdout) if x["name"].startswith("hf:")]
        assert row["name"] == f"hf:{REPO}/Tiny-Q4_K_M.gguf"
        assert (row["arch"], row["size"], row["path"]) == ("llama", len(ggufs["Tiny-Q4_K_M.gguf"]), str(target))
        assert row["quant"] and row["routes"] == ["a", "b"]
        r = _cli(env, "models", "list", "--policy", str(policy))
        assert "NAME" in r.stdout and "a,b" in r.stdout and "llama" in r.stdout

        # a quant the repo does not offer: the error lists what it does
        r = _cli(env, "models", "pull", f"hf:{REPO}:Q2_K")
        assert r.returncode == 1 and "no Q2_K GGUF" in r.stderr and "Q4_K_M, Q8_0" in r.stderr, r.stderr

        r = _cli(env, "models", "rm", f"hf:{REPO}:Q4_K_M")
        assert r.returncode == 0, r.stderr
        assert not target.exists() and _manifest(tmp_path) == []
        r = _cli(env, "models", "rm", f"hf:{REPO}:Q4_K_M")
        assert r.returncode == 1 and "has not been pulled" in r.stderr


def test_private_repo_needs_hf_token(tmp_path: Path, ggufs: dict[str, bytes]) -> None:
    files = {"Tiny-Q8_0.gguf": ggufs["Tiny-Q8_0.gguf"]}
    with FakeHub({REPO: FakeRepo(files, token="hf_secret")}) as hub:
        r = _cli(_env(hub, tmp_path), "models", "pull", f"hf:{REPO}/Tiny-Q8_0.gguf")
        assert r.returncode == 1 and "HF_TOKEN" in r.stderr, r.stderr
        r = _cli(_env(hub, tmp_path, HF_TOKEN="hf_secret"), "models", "pull", f"hf:{REPO}/Tiny-Q8_0.gguf")
        assert r.returncode == 0, r.stderr
        assert all(e.authorization == "Bearer hf_secret" for e in hub.gets("Tiny-Q8_0.gguf"))
        assert (tmp_path / "models" / "hf" / REPO / "Tiny-Q8_0.gguf").read_bytes() == files["Tiny-Q8_0.gguf"]


def test_interrupted_download_resumes(tmp_path: Path, ggufs: dict[str, bytes]) -> None:
    # bigger than huggingface_hub's 10 MiB write chunk, so an interrupted run has written something
    data = ggufs["Tiny-Q8_0.gguf"] + os.urandom(11 << 20)
    cut = 10_600_000
    with FakeHub({REPO: FakeRepo({"Tiny-Q8_0.gguf": data})}) as hub:
        env = _env(hub, tmp_path, HF_HUB_DOWNLOAD_TIMEOUT="300")  # no read timeout while it hangs
        hub.stall_after = cut  # the first GET sends a third of the file, then hangs: the user presses ^C
        # ^C as a terminal sends it, whatever the suite was started from: a job started in the background
        # (`cmd &` in a script, nohup) inherits SIGINT ignored, and Python then installs no handler for it
        proc = subprocess.Popen([sys.executable, "-m", "gateway.cli", "models", "pull", f"hf:{REPO}:Q8_0"], env=env,
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        assert hub.stalled.wait(CLI_TIMEOUT_S)
        folder = tmp_path / "models" / "hf" / REPO
        deadline = time.monotonic() + CLI_TIMEOUT_S  # the client writes its first whole chunk, then hangs
        while not [p for p in folder.glob("*.partial") if p.stat().st_size >= 10 << 20]:
            assert time.monotonic() < deadline and proc.poll() is None, "the first chunk never reached the disk"
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=CLI_TIMEOUT_S)
        assert proc.returncode == 130 and "pull again to resume" in err, err
        [partial] = folder.glob("*.partial")
        kept = partial.stat().st_size
        assert 0 < kept <= cut

        r = _cli(env, "models", "pull", f"hf:{REPO}:Q8_0")
        assert r.returncode == 0, r.stderr
        assert "resuming" in r.stderr
        assert hub.gets("Tiny-Q8_0.gguf")[-1].range == f"bytes={kept}-"
        assert (folder / "Tiny-Q8_0.gguf").read_bytes() == data
        assert not list(folder.glob("*.partial"))

        # a connection cut mid-body inside one run is resumed by huggingface_hub's own retry
        _cli(env, "models", "rm", f"hf:{REPO}:Q8_0")
        hub.cut_after = cut
        r = _cli(env, "models", "pull", f"hf:{REPO}:Q8_0")
        assert r.returncode == 0, r.stderr
        assert hub.gets("Tiny-Q8_0.gguf")[-1].range == f"bytes={10 << 20}-"  # after its first whole chunk
        assert (folder / "Tiny-Q8_0.gguf").read_bytes() == data


def test_sha_mismatch_is_refused(tmp_path: Path, ggufs: dict[str, bytes]) -> None:
    with FakeHub({REPO: FakeRepo(dict(ggufs), corrupt={"Tiny-Q4_K_M.gguf"})}) as hub:
        r = _cli(_env(hub, tmp_path), "models", "pull", f"hf:{REPO}:Q4_K_M")
    assert r.returncode == 1
    assert "sha256 mismatch for Tiny-Q4_K_M.gguf" in r.stderr
    assert hashlib.sha256(ggufs["Tiny-Q4_K_M.gguf"]).hexdigest() in r.stderr
    assert "nothing was installed" in r.stderr
    folder = tmp_path / "models" / "hf" / REPO
    assert not (folder / "Tiny-Q4_K_M.gguf").exists() and not list(folder.glob("*.partial"))
    assert not (tmp_path / "models" / "manifest.json").exists()


def test_unknown_repo_and_offline(tmp_path: Path) -> None:
    with FakeHub({}) as hub:
        r = _cli(_env(hub, tmp_path), "models", "pull", "hf:nobody/Nothing-GGUF")
        assert r.returncode == 1 and "not found on the hub" in r.stderr, r.stderr
        r = _cli(_env(hub, tmp_path, HF_HUB_OFFLINE="1"), "models", "pull", "hf:nobody/Nothing-GGUF")
        assert r.returncode == 1 and "HF_HUB_OFFLINE" in r.stderr, r.stderr
        r = _cli(_env(hub, tmp_path), "models", "pull", "hf:not a repo")
        assert r.returncode == 1 and "malformed Hugging Face reference" in r.stderr
        assert not [e for e in hub.log if "/resolve/" in e.path]
