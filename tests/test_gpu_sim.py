"""GPU tests under numba's CUDA simulator, run in a child process.

`NUMBA_ENABLE_CUDASIM` must be set before numba is imported and fixes numba.cuda for the whole
process, so the GPU test modules (test_gpu_kernels/layers/engine.py) run in a child pytest
with it set; in the main suite they skip themselves and `test_gpu_modules_pass_under_the_cuda_simulator`
drives the child. The rest of the suite keeps the real CPU JIT and an unset environment.

On a host with an NVIDIA GPU the same modules run against the real CUDA target instead:
`HYBRIDGATE_GPU_TESTS=cuda pytest tests/test_gpu_kernels.py tests/test_gpu_layers.py
tests/test_gpu_engine.py` (or `make test-gpu`). There `cuda` is numba-cuda's real target, every
kernel keeps its production launch shape, and a simulator-only check skips itself.

In the simulator child this module is the harness: `cuda` (the simulator), a tiny GIL switch interval
(the simulator's block manager busy-polls its threads, so every syncthreads costs one switch
interval: 5 µs instead of the default 5 ms makes the kernels ~10x faster to simulate), and a
lock around the simulator's shared-array allocation: its check-then-insert is unlocked, so with
switching this fast two threads of a block could each get their own "shared" array (a race
found by reading numba 0.68.1's and numba-cuda 0.30.4's kernelapi.py; the lock removes it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import traceback
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
IN_SIM = os.environ.get("NUMBA_ENABLE_CUDASIM") == "1"
ON_GPU = os.environ.get("HYBRIDGATE_GPU_TESTS") == "cuda" and not IN_SIM
SIM_MODULES = ("test_gpu_kernels.py", "test_gpu_layers.py", "test_gpu_engine.py")
CHILD_TIMEOUT_S = 600


def sim_only() -> None:
    """Top of every GPU test module: skip in the main process (the simulator child runs it), unless
    the run targets a real GPU (`HYBRIDGATE_GPU_TESTS=cuda`)."""
    if not (IN_SIM or ON_GPU):
        pytest.skip("runs in the CUDA-simulator child process of test_gpu_sim.py", allow_module_level=True)


def simulator_only(reason: str) -> pytest.MarkDecorator:
    """Marks a test that checks the simulator itself (skipped on a real GPU)."""
    return pytest.mark.skipif(ON_GPU, reason=f"simulator-only: {reason}")


def _lock_shared_array_allocation() -> None:
    """FakeCUDAShared.array with its lookup-or-allocate under a lock (same per-callsite keying)."""
    import numpy as np
    from numba.core import types
    from numba.cuda.simulator import kernelapi
    from numba.np import numpy_support

    original = kernelapi.FakeCUDAShared.array
    lock = threading.Lock()

    def array(self: Any, shape: Any, dtype: Any) -> Any:
        if shape == 0:  # dynamic shared memory: one preallocated buffer, no race
            return original(self, shape, dtype)
        if isinstance(dtype, types.Type):
            dtype = numpy_support.as_dtype(dtype)
        caller = traceback.extract_stack(sys._getframe(1), limit=1)[0]
        key = (caller.filename, caller.lineno)
        with lock:
            res = self._allocations.get(key)
            if res is None:
                res = self._allocations[key] = np.empty(shape, dtype)
        return res

    kernelapi.FakeCUDAShared.array = array


cuda: Any = None
if IN_SIM:
    from numba import cuda  # noqa: F811

    assert "simulator" in cuda.to_device.__module__, "NUMBA_ENABLE_CUDASIM=1 but numba.cuda is not the simulator"
    _lock_shared_array_allocation()
    sys.setswitchinterval(5e-6)
elif ON_GPU:
    from numba import cuda  # noqa: F811

    assert cuda.is_available(), "HYBRIDGATE_GPU_TESTS=cuda but numba finds no CUDA GPU"


@pytest.mark.slow
@pytest.mark.skipif(IN_SIM or ON_GPU, reason="already the simulator child, or on a real GPU")
def test_gpu_modules_pass_under_the_cuda_simulator() -> None:
    env = {k: v for k, v in os.environ.items() if k != "HYBRIDGATE_GPU_SIMULATOR"}
    env["NUMBA_ENABLE_CUDASIM"] = "1"
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--durations=5",
           *(str(ROOT / "tests" / m) for m in SIM_MODULES)]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    tail = (proc.stdout + proc.stderr)[-6000:]
    print(tail)
    assert proc.returncode == 0, f"CUDA-simulator tests failed (rc={proc.returncode}):\n{tail}"
    assert " skipped" not in tail.splitlines()[-1], f"simulator tests were skipped:\n{tail}"


@pytest.mark.skipif(IN_SIM or ON_GPU, reason="checks the main process of a CPU run")
def test_main_process_keeps_the_real_cuda_target_unimported() -> None:
    """The suite itself never switched numba.cuda to the simulator (nor leaked the env var)."""
    assert os.environ.get("NUMBA_ENABLE_CUDASIM") != "1"
