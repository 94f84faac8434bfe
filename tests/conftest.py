"""Suite-wide settings: offline by construction, and the real models' locations.

Environment variables are set before any test module imports litellm or presidio,
so neither reaches for the network.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("NUMBA_CACHE_DIR", str(Path(__file__).resolve().parents[1] / ".cache" / "numba"))
# Never let a test read a developer's real provider keys.
for _key in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "MISTRAL_API_KEY"):
    os.environ.pop(_key, None)

import pytest  # noqa: E402

from local_engine.model_store import DEFAULT_MODELS, models_dir  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def _real_model(name: str) -> Path:
    path = models_dir() / DEFAULT_MODELS[name].filename
    if not path.is_file():
        pytest.skip(f"{path} missing: run `hybridgate models pull` (make test does)")
    return path


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    """SmolLM2-135M-Instruct Q4_1, installed by `hybridgate models pull`."""
    return _real_model("smollm2-135m-instruct")


@pytest.fixture(scope="session")
def gemma3_path() -> Path:
    """Gemma 3 270M Q4_K_M, installed by `hybridgate models pull`."""
    return _real_model("gemma3-270m")


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests leave things a person looks at (screenshots, bench output)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium, installed by scripts/chromium.sh when missing (`make test` runs it first).

    Never a skip: the render tests are the only proof the console works in a browser."""
    proc = subprocess.run(["bash", str(ARTIFACTS.parent / "scripts" / "chromium.sh")], capture_output=True,
                          text=True, timeout=900)
    if proc.returncode != 0:
        pytest.fail(f"scripts/chromium.sh could not install Chromium: {proc.stderr[-500:]}")
    return proc.stdout.strip().splitlines()[-1]
