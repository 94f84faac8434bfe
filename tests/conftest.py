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
from xdist.scheduler import LoadScopeScheduling  # noqa: E402

from local_engine.model_store import DEFAULT_MODELS, models_dir  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

# `make test` runs two pytest-xdist workers (-n 2 --no-loadscope-reorder). On a cold 2-core CI box
# about half of the serial suite was numba compiling kernels on one core while the other idled.
# The files that run the engine's kernels share one lane, in this order (the real model's kernels
# first: the gateway tests on the other worker then load them from the disk cache), so no kernel
# is compiled twice at once; every other file is its own unit, the signals suite first, taken by
# whichever worker is free. (xdist's own --dist loadgroup renames node ids through an attribute
# pytest 9 no longer reads, so the lanes come from a scheduler of ours, LaneScheduling.)
ENGINE_LANE = (
    "test_engine.py", "test_batch_invariance.py", "test_models_synthetic.py", "test_structured_output.py",
    "test_scheduler.py", "test_scheduler_faults.py", "test_prompt_logprobs.py", "test_kv_cache.py",
    "test_quants.py", "test_llamacpp_synthetic.py", "test_models_llamacpp.py", "test_model_lifecycle.py",
    "test_cli_engine.py", "test_kernel_refcounts.py", "test_grammar.py", "test_sampler.py",
)


def _lane(nodeid: str) -> str:
    """The unit a test is scheduled with: the engine lane, else its file."""
    path = nodeid.split("::", 1)[0]
    return "engine" if path.rsplit("/", 1)[-1] in ENGINE_LANE else path


# Measured on a cold 2-core box (fresh clones, `CI=true bash .ci/run`): this lane took 3,791 s of test time and
# every other file 2,022 s; pytest's wall time 3,819 s, against 4,627 s serially (6c8bfa2). Moving
# test_structured_output (1,010 s) off the lane did worse (7c175dc: the workers had used 108 CPU minutes by the
# 57th minute, against 83 for the whole run before), most likely because its runs then compiled kernels the lane
# was compiling too, and two numba thread pools shared two cores.


def _lane_rank(item: pytest.Item) -> tuple[int, int]:
    name = item.path.name
    if name in ENGINE_LANE:
        return 0, ENGINE_LANE.index(name)
    return (1, 0) if name.startswith("test_signals") else (2, 0)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On an xdist worker: the engine lane first, then the signals files, then the rest (each
    worker collects the same order, which the controller schedules). A serial run keeps the
    plain file order."""
    if hasattr(config, "workerinput"):
        items.sort(key=_lane_rank)  # stable: file and test order within each rank is kept


class LaneScheduling(LoadScopeScheduling):
    """xdist's scope scheduling (a unit runs whole on one worker, units handed out as workers
    free up) with the engine lane as one unit and every other file as one."""

    def _split_scope(self, nodeid: str) -> str:
        return _lane(nodeid)


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> LaneScheduling:
    return LaneScheduling(config, log)


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
