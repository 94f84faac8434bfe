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

from local_engine.api import ModelLoadError
from local_engine.kv_cache import Q8_BLOCK, KVType, KVTypeCodes, decode, kv_type

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
class DeviceKVCache(KVTypeCodes):
    """K and V of one GPU layer for `n_slots` sequences, [slot, cell, kv_head, head_dim], in the
    CPU pool's element types (`f16` bits as int16, or `q8_0` int8 codes + f16-bits scales
    [slot, cell, kv_head, head_dim / 32]; an f16 cache has a one-element scale stand-in).

    A layer keeps `cells` positions per slot: the whole context, or for a sliding-window layer
    a ring of `kv_cache.ring_cells_for` cells (position p in cell p % cells), as on the CPU.
    Stays on the device for the engine's lifetime; a sequence owns a slot and overwrites
    positions from 0 when it starts, so nothing needs clearing between sequences.
    """

    k: Any
    k_scale: Any
    v: Any
    v_scale: Any
    type_k: KVType = "f16"
    type_v: KVType = "f16"

    @classmethod
    def allocate(
        cls, n_slots: int, cells: int, n_kv_heads: int, head_dim: int, type_k: KVType = "f16", type_v: KVType = "f16"
    ) -> DeviceKVCache:
        cuda = cuda_module()
        shape = (n_slots, cells, n_kv_heads, head_dim)

        def arrays(t: KVType) -> tuple[Any, Any]:
            if t == "f16":
                return cuda.device_array(shape, np.int16), cuda.device_array((1, 1, 1, 1), np.int16)
            if head_dim % Q8_BLOCK:
                raise ModelLoadError(f"q8_0 KV cache needs head dims divisible by {Q8_BLOCK}, not {head_dim}")
            return cuda.device_array(shape, np.int8), cuda.device_array((*shape[:3], head_dim // Q8_BLOCK), np.int16)

        k, ks = arrays(kv_type(type_k))
        v, vs = arrays(kv_type(type_v))
        return cls(k, ks, v, vs, type_k, type_v)

    @property
    def cells(self) -> int:
        """Positions each slot keeps (n_ctx, or the ring of a sliding-window layer)."""
        return int(self.k.shape[1])

    def _arrays(self) -> list[Any]:
        return [self.k, self.v] + [self.k_scale] * (self.type_k == "q8_0") + [self.v_scale] * (self.type_v == "q8_0")

    @property
    def nbytes(self) -> int:
        return sum(int(a.size) * a.dtype.itemsize for a in self._arrays())

    def copy_slot(self, src: int, dst: int, n_tokens: int) -> None:
        """Positions [0, n_tokens) of slot `src` into slot `dst`, device to device (forked choices);
        a ring copies all the cells it has filled."""
        n = min(n_tokens, self.cells)
        if n:
            for a in self._arrays():
                a[dst, :n].copy_to_device(a[src, :n])

    def to_host(self, slot: int, n_tokens: int) -> tuple[np.ndarray, np.ndarray]:
        """float32 K, V of a slot's first n_tokens cells (tests, debugging)."""

        def values(codes: Any, scales: Any, t: KVType) -> np.ndarray:
            c = codes[slot].copy_to_host()[:n_tokens]
            raw = scales[slot].copy_to_host()[:n_tokens].view(np.uint16) if t == "q8_0" else None
            return decode(c.view(np.uint16) if t == "f16" else c, raw, t)

        return values(self.k, self.k_scale, self.type_k), values(self.v, self.v_scale, self.type_v)
