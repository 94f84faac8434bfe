"""GPU test harness: numba's CUDA simulator, switched on before anything imports numba.cuda.

The simulator runs the very kernel code on the CPU (slowly: keep shapes tiny). Other GPU test
modules import `cuda` and `require_simulator` from here so the switch happens exactly once.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

os.environ["NUMBA_ENABLE_CUDASIM"] = "1"
from numba.core import config  # noqa: E402

config.reload_config()  # numba itself may have been imported (CPU kernels) before this module
from numba import cuda  # noqa: E402

SIMULATED = "simulator" in cuda.to_device.__module__  # built-in numba.cuda and numba-cuda alike
require_simulator = pytest.mark.skipif(
    not SIMULATED, reason="numba.cuda was imported for a real GPU before the simulator could be enabled"
)


@pytest.fixture(autouse=True, scope="module")
def fast_thread_switching() -> Iterator[None]:
    """The simulator busy-polls its threads; a short GIL switch interval makes it ~3x faster."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)
    yield
    sys.setswitchinterval(old)


@require_simulator
def test_simulator_counts_as_a_gpu_only_when_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    from local_engine.gpu import device

    monkeypatch.delenv(device.SIMULATOR_ENV, raising=False)
    assert not device.gpu_available()
    assert "simulator" in device.unavailable_reason()
    monkeypatch.setenv(device.SIMULATOR_ENV, "1")
    assert device.gpu_available()
    assert device.simulator_enabled()
    assert device.device_name() == "numba CUDA simulator"
    assert device.free_vram_bytes() is None
