"""The CUDA device: detection, free memory, one-time weight upload, and the device KV cache.

`numba.cuda` is imported lazily, on the first question about the GPU, because importing it fixes
for the whole process whether it is the real target or the CPU simulator
(`NUMBA_ENABLE_CUDASIM=1`): CPU-only engine runs never import it. The simulator counts as a
GPU for placement only when `HYBRIDGATE_GPU_SIMULATOR=1` as well (so a test suite that enables
it for kernel tests does not silently move every engine onto a very slow "GPU"); it reports
no memory limit.
On GPU hosts install `numba-cuda[cu12]==0.30.4` (the optional extra `gpu`: NVIDIA's maintained
CUDA target, which replaces the deprecated `numba.cuda` built into numba 0.68 under the same
import name; checked to load and pass the simulator tests alongside numba 0.68.1).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from local_engine.gpu.placement import KV_ELEMENT_BYTES

if TYPE_CHECKING:
    from local_engine.quants import QuantTensor
    from local_engine.quants.cuda import DeviceWeight


def cuda_module() -> Any:
    """numba.cuda, imported on first use (real target or simulator: fixed for the process)."""
    from numba import cuda

    return cuda


def simulator_enabled() -> bool:
    """True when numba.cuda runs kernels on the CPU simulator (tests)."""
    from numba.core import config

    return bool(config.ENABLE_CUDASIM)


@cache
def _probe() -> tuple[bool, str]:
    """(usable, why not) — probed once per process; a driver-less host answers quickly."""
    try:
        cuda = cuda_module()
        if cuda.is_available():
            return True, ""
        return False, "numba found no CUDA driver or device"
    except Exception as exc:  # a broken toolkit install must not take the CPU engine down
        return False, f"{type(exc).__name__}: {exc}"


SIMULATOR_ENV = "HYBRIDGATE_GPU_SIMULATOR"


def _simulator_refused() -> bool:
    return simulator_enabled() and os.environ.get(SIMULATOR_ENV) != "1"


def gpu_available() -> bool:
    """Whether the engine may offload: a real CUDA GPU, or the simulator when explicitly allowed."""
    return _probe()[0] and not _simulator_refused()


def unavailable_reason() -> str:
    if _probe()[0] and _simulator_refused():
        return f"only numba's CUDA simulator is enabled (set {SIMULATOR_ENV}=1 to offload onto it)"
    return _probe()[1] or "available"


def device_name() -> str:
    if not gpu_available():
        return "none"
    if simulator_enabled():
        return "numba CUDA simulator"
    name = cuda_module().get_current_device().name
    return name.decode() if isinstance(name, bytes) else str(name)


def free_vram_bytes() -> int | None:
    """Free device memory now, or None when unknown/unlimited (the simulator)."""
    free, _total = cuda_module().current_context().get_memory_info()
    return None if math.isinf(free) else int(free)


def upload_matrix(t: QuantTensor) -> DeviceWeight:
    """A 2-D GGUF weight to the device, once (packed blocks stay packed)."""
    from local_engine.quants.cuda import upload_weight

    if t.data is None:
        raise ValueError(f"{t.name}: only tensors backed by GGUF blocks can be uploaded")
    return upload_weight(t.name, int(t.ggml_type), (t.rows, t.cols), t.data)


def upload_vector(t: QuantTensor) -> Any:
    """A 1-D tensor (norm weight, bias) to the device as float32."""
    from local_engine.quants import dequantize

    return cuda_module().to_device(np.ascontiguousarray(dequantize(t).reshape(-1), dtype=np.float32))


@dataclass
class DeviceKVCache:
    """K and V of one GPU layer for `n_slots` sequences: float32 [slot, position, kv_head, head_dim].

    Stays on the device for the engine's lifetime; a sequence owns a slot and overwrites
    positions from 0 when it starts, so nothing needs clearing between sequences.
    """

    k: Any
    v: Any

    @classmethod
    def allocate(cls, n_slots: int, n_ctx: int, n_kv_heads: int, head_dim: int) -> DeviceKVCache:
        cuda = cuda_module()
        shape = (n_slots, n_ctx, n_kv_heads, head_dim)
        return cls(cuda.device_array(shape, np.float32), cuda.device_array(shape, np.float32))

    @property
    def nbytes(self) -> int:
        return int(self.k.size + self.v.size) * KV_ELEMENT_BYTES

    def copy_slot(self, src: int, dst: int, n_tokens: int) -> None:
        """Positions [0, n_tokens) of slot `src` into slot `dst`, device to device (forked choices)."""
        if n_tokens:
            self.k[dst, :n_tokens].copy_to_device(self.k[src, :n_tokens])
            self.v[dst, :n_tokens].copy_to_device(self.v[src, :n_tokens])

    def to_host(self, slot: int, n_tokens: int) -> tuple[np.ndarray, np.ndarray]:
        """K, V of a slot's first n_tokens positions (tests, debugging)."""
        return self.k[slot].copy_to_host()[:n_tokens], self.v[slot].copy_to_host()[:n_tokens]
