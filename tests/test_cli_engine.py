"""`python -m local_engine run | tokenize | info` as an operator runs them (real subprocesses)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from local_engine.testing.synthetic import TinySpec, write_tiny_model

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "local_engine", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def tiny_gemma(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "gemma3.gguf"
    write_tiny_model(path, TinySpec("gemma3", n_layers=6, n_heads=2, n_kv_heads=1, head_dim=128, sliding_window=4))
    return path


def test_run_json(tiny_gemma: Path) -> None:
    out = json.loads(cli("run", str(tiny_gemma), "--prompt", "Hello world", "--max-tokens", "5", "--json").stdout)
    assert set(out) == {"prompt_tokens", "tokens", "text", "finish_reason", "timings"}
    assert out["prompt_tokens"][0] == 1  # BOS from metadata
    assert len(out["tokens"]) <= 5 and out["finish_reason"] in ("stop", "length")
    assert set(out["timings"]) == {"prefill_tok_s", "decode_tok_s", "load_s"}
    assert out["timings"]["prefill_tok_s"] > 0


def test_run_seeded_sampling_is_reproducible(tiny_gemma: Path) -> None:
    args = ("run", str(tiny_gemma), "--prompt", "Hello", "--max-tokens", "6", "--temperature", "1.2", "--seed", "7", "--json")
    assert json.loads(cli(*args).stdout)["tokens"] == json.loads(cli(*args).stdout)["tokens"]


def test_tokenize(tiny_gemma: Path) -> None:
    out = json.loads(cli("tokenize", str(tiny_gemma), "--text", "Hello world", "--json").stdout)
    assert out["tokens"][0] == 1 and "".join(out["pieces"][1:]).strip() == "Hello world"
    plain = cli("tokenize", str(tiny_gemma), "--text", "Hello world").stdout.split()
    assert [int(t) for t in plain] == out["tokens"]


def test_info(tiny_gemma: Path) -> None:
    info = json.loads(cli("info", str(tiny_gemma), "--ctx-size", "100", "--json").stdout)
    assert info["architecture"] == "gemma3" and info["n_layers"] == 6 and info["sliding_window"] == 4
    assert info["kv_bytes_per_token"] == 2 * 6 * 1 * 128 * 2
    assert info["total_bytes_estimate"] == info["weights_bytes"] + 100 * info["kv_bytes_per_token"]
    assert "Q4_K" in info["quant_types"]
    text = cli("info", str(tiny_gemma), "--plan-gpu", "8").stdout
    assert "n_gpu_layers: 6/6" in text and "kv_bytes_per_token" in text


def test_errors_are_one_line(tiny_gemma: Path, tmp_path: Path) -> None:
    proc = cli("run", str(tmp_path / "nope.gguf"), "--prompt", "x", check=False)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    proc = cli("run", str(tiny_gemma), "--prompt", "Hello " * 40, "--ctx-size", "16", check=False)
    assert proc.returncode == 2 and "exceeds the context" in proc.stderr and "Traceback" not in proc.stderr
    proc = cli("run", str(tiny_gemma), "--prompt", "x", "--chat", check=False)
    assert proc.returncode == 2 and "chat_template" in proc.stderr


def test_run_real_model_by_name(smollm2_path: Path) -> None:
    out = json.loads(cli("run", "smollm2-135m-instruct", "--prompt", "The capital of France is", "--max-tokens", "3", "--json").stdout)
    assert out["text"].startswith(" Paris") and len(out["tokens"]) == 3


@pytest.mark.realmodel
@pytest.mark.parametrize("model", ["smollm2", "gemma3"])
@pytest.mark.parametrize("cache_type", ["f16", "q8_0"])
def test_info_kv_memory_matches_llamacpp(model: str, cache_type: str, request: pytest.FixtureRequest) -> None:
    """KV bytes as llama.cpp reports them at n_ctx 4096 (tests/fixtures/llamacpp/kv_cache.json, from its
    load log): full-attention layers per context token; Gemma 3's sliding-window layers keep 1024 cells."""
    fixture = json.loads((ROOT / "tests" / "fixtures" / "llamacpp" / "kv_cache.json").read_text())
    path = request.getfixturevalue(f"{model}_path")
    info = json.loads(cli("info", str(path), "--ctx-size", str(fixture["n_ctx"]), "-ctk", cache_type,
                          "-ctv", cache_type, "--json").stdout)
    full, *window = fixture["caches"][f"{model}/{cache_type}"]
    mib = 1 << 20
    assert info["kv_bytes_per_token"] * full["cells"] / mib == pytest.approx(full["mib"], abs=0.005)
    if window:
        assert info["kv_window_cells"] == window[0]["cells"]
        assert info["kv_window_bytes"] / mib == pytest.approx(window[0]["mib"], abs=0.005)
    else:
        assert info["kv_window_cells"] == 0 and info["kv_window_bytes"] == 0
    assert info["kv_bytes"] / mib == pytest.approx(sum(c["mib"] for c in fixture["caches"][f"{model}/{cache_type}"]), abs=0.01)
    text = cli("info", str(path)).stdout
    assert "kv_bytes_per_token" in text and "kv_window_bytes" in text
