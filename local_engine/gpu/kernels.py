"""CUDA kernels for the non-matmul parts of a transformer layer (numba's CUDA target).

RMSNorm, RoPE (normal and NEOX pairing), KV-cache store, attention over the device KV cache
(GQA, causal, optional sliding window), GLU activations, bias and residual adds.
All reductions go through shared memory (no warp shuffles) so the exact same code runs under
`NUMBA_ENABLE_CUDASIM=1`, which is how the CPU test suite checks it. Activations are float32
device arrays laid out [tokens, ...] row-major; positions and sequence slots are int32.

The KV cache holds the CPU pool's element types (llama.cpp's `--cache-type-k/-v`): `f16` as int16
bits, `q8_0` as int8 codes plus an f16-bits scale per 32 values, encoded exactly as
`local_engine.kv_cache.encode` does (round to nearest even), so both devices attend over the same
rounded keys and values. A sliding-window layer may keep only a ring of `cells` positions
(position p in cell p % cells), as the CPU pool's window rings do.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numba import cuda, float32, float64, int32
from numba.core import config

from local_engine.kv_cache import KV_CODES, Q8_BLOCK

# Threads per block and the cap on blocks per launch (row-wise kernels grid-stride over rows):
# one warp and one block per row on a GPU; one thread in a single block under the simulator,
# whose cost is per simulated thread, block and barrier.
from local_engine.quants.cuda import MAX_ROW_BLOCKS, THREADS

ELEMENTWISE_THREADS = THREADS if MAX_ROW_BLOCKS == 1 else 128
KV_F16 = KV_CODES["f16"]  # the KV element-type switch
ACT_SILU = 0  # SwiGLU (llama, qwen)
ACT_GELU_TANH = 1  # GeGLU with the tanh approximation (gemma)
_SQRT_2_OVER_PI = 0.7978845608028654


@cuda.jit(device=True, inline=True)
def block_sync():  # type: ignore[no-untyped-def]
    """Barrier across the block; a one-thread block needs none (THREADS is a compile-time constant).

    Kernels here call only device functions of this module: the simulator swaps the `cuda`
    global per module while a device function runs, which races between threads when a device
    function of another module (quants/cuda.py has its own block_sync) is called."""
    if THREADS > 1:
        cuda.syncthreads()


# Half-float conversions and rounding: the hardware's (libdevice) on a GPU; numpy's, which round
# the same way (to nearest even), under the simulator, which cannot run libdevice.
if config.ENABLE_CUDASIM:

    @cuda.jit(device=True)
    def _half_bits(x):  # type: ignore[no-untyped-def]
        """float32 -> IEEE half bits (int16), rounded to nearest even; overflow to inf, as the hardware does,
        without numpy's warning: the simulator runs a block's threads as Python threads, and a warning's first
        `__warningregistry__` entry in this module's globals raced another thread's walk of them ("dictionary
        changed size during iteration" in numba's swapped_cuda_module)."""
        with np.errstate(over="ignore"):
            return np.float32(x).astype(np.float16).view(np.int16)

    @cuda.jit(device=True)
    def _half_value(h):  # type: ignore[no-untyped-def]
        """IEEE half bits (int16) -> float32."""
        return np.int16(h).view(np.float16).astype(np.float32)

    @cuda.jit(device=True)
    def _rint(x):  # type: ignore[no-untyped-def]
        return np.rint(np.float32(x))

else:
    from numba.cuda import libdevice

    @cuda.jit(device=True, inline=True)
    def _half_bits(x):  # type: ignore[no-untyped-def]
        """float32 -> IEEE half bits (int16), rounded to nearest even."""
        return libdevice.float2half_rn(x)

    @cuda.jit(device=True, inline=True)
    def _half_value(h):  # type: ignore[no-untyped-def]
        """IEEE half bits (int16) -> float32."""
        return libdevice.half2float(h)

    @cuda.jit(device=True, inline=True)
    def _rint(x):  # type: ignore[no-untyped-def]
        return libdevice.rintf(x)


@cuda.jit(device=True, inline=True)
def _kv_value(c, sc, qcode, sl, cell, hk, i):  # type: ignore[no-untyped-def]
    """Element i of kv head hk in cell `cell` of slot sl, as float32 (f16 bits or q8_0 code x scale)."""
    if qcode == KV_F16:
        return _half_value(c[sl, cell, hk, i])
    return float32(c[sl, cell, hk, i]) * _half_value(sc[sl, cell, hk, i // Q8_BLOCK])


@cuda.jit(device=True)
def _kv_encode(x, t, c, sc, qcode, sl, cell):  # type: ignore[no-untyped-def]
    """x[t, kv_head, :] into cell `cell` of slot sl, in the cache's element type (this thread's share).

    q8_0 is llama.cpp's quantize_row_q8_0 as kv_cache.encode computes it: d = amax / 127,
    codes rint(x / d) (x * (1 / d) in float32), d kept as f16."""
    n_kv = x.shape[1]
    d = x.shape[2]
    if qcode == KV_F16:
        for i in range(cuda.threadIdx.x, n_kv * d, THREADS):
            c[sl, cell, i // d, i % d] = _half_bits(x[t, i // d, i % d])
        return
    nb = d // Q8_BLOCK
    for b in range(cuda.threadIdx.x, n_kv * nb, THREADS):
        hk = b // nb
        j0 = (b % nb) * Q8_BLOCK
        amax = float32(0.0)
        for j in range(Q8_BLOCK):
            amax = max(amax, abs(x[t, hk, j0 + j]))
        scale = amax / float32(127.0)
        inv = float32(0.0)
        if scale != float32(0.0):
            inv = float32(1.0) / scale
        for j in range(Q8_BLOCK):
            c[sl, cell, hk, j0 + j] = int32(_rint(x[t, hk, j0 + j] * inv))
        sc[sl, cell, hk, b % nb] = _half_bits(scale)


@cuda.jit(device=True)
def _block_reduce(sm, val, is_max):  # type: ignore[no-untyped-def]
    """Sum (or max) of one value per thread across the block; every thread gets the result."""
    tid = cuda.threadIdx.x
    sm[tid] = val
    block_sync()
    stride = THREADS // 2
    while stride > 0:
        if tid < stride:
            if is_max:
                sm[tid] = max(sm[tid], sm[tid + stride])
            else:
                sm[tid] += sm[tid + stride]
        block_sync()
        stride //= 2
    out = sm[0]
    block_sync()
    return out


@cuda.jit
def _rmsnorm(x, w, eps, out):  # type: ignore[no-untyped-def]
    """out[r] = x[r] / rms(x[r]) * w (a block per row, grid-strided; out may alias x)."""
    tid = cuda.threadIdx.x
    sm = cuda.shared.array(THREADS, float32)
    n = x.shape[1]
    for r in range(cuda.blockIdx.x, x.shape[0], cuda.gridDim.x):
        s = float32(0.0)
        for j in range(tid, n, THREADS):
            s += x[r, j] * x[r, j]
        total = _block_reduce(sm, s, False)
        inv = float32(1.0) / math.sqrt(total / float32(n) + eps)
        for j in range(tid, n, THREADS):
            out[r, j] = x[r, j] * inv * w[j]


@cuda.jit
def _rope(x, pos, inv_freq, neox):  # type: ignore[no-untyped-def]
    """Rotate the first 2*len(inv_freq) dims of x[t, head, :] in place; a block per (token, head), grid-strided."""
    half = inv_freq.shape[0]
    n_heads = x.shape[1]
    for th in range(cuda.blockIdx.x, x.shape[0] * n_heads, cuda.gridDim.x):
        t = th // n_heads
        h = th % n_heads
        for i in range(cuda.threadIdx.x, half, THREADS):
            _rotate_pair(x, t, h, i, float64(pos[t]) * inv_freq[i], half, neox)


@cuda.jit(device=True, inline=True)
def _rotate_pair(x, t, h, i, theta, half, neox):  # type: ignore[no-untyped-def]
    """Rotate pair i of x[t, h] by theta: (i, i+half) for NEOX, (2i, 2i+1) otherwise.

    The angle is float64 like the CPU's RoPE tables, so long positions lose no precision."""
    c = float32(math.cos(theta))
    s = float32(math.sin(theta))
    if neox:
        a, b = i, i + half
    else:
        a, b = 2 * i, 2 * i + 1
    x0 = x[t, h, a]
    x1 = x[t, h, b]
    x[t, h, a] = x0 * c - x1 * s
    x[t, h, b] = x0 * s + x1 * c


@cuda.jit
def _kv_store(k, v, kc, ks, qk, vc, vs, qv, pos, slot):  # type: ignore[no-untyped-def]
    """Cache cell of (slot[t], pos[t]) = k[t] (and v), encoded; a block per token, grid-strided.

    The cache has kc.shape[1] cells per slot: position p lives in cell p % cells (a window ring
    when cells is less than the context, else simply cell p)."""
    cells = kc.shape[1]
    for t in range(cuda.blockIdx.x, k.shape[0], cuda.gridDim.x):
        cell = pos[t] % cells
        _kv_encode(k, t, kc, ks, qk, slot[t], cell)
        _kv_encode(v, t, vc, vs, qv, slot[t], cell)


@cuda.jit
def _attention(q, kc, ks, qk, vc, vs, qv, pos, slot, window, scale, scores, out):  # type: ignore[no-untyped-def]
    """Causal softmax(q·K)·V, a block per (token, head) (grid-strided), over its sequence's cached keys.

    Keys 0..pos[t] of slot[t] must already be stored (a ring keeps the last kc.shape[1] of them,
    which covers the window). window > 0 keeps only keys with pos - key < window (llama.cpp's
    standard SWA mask). scores is [tokens, heads, n_ctx] scratch.
    """
    sm = cuda.shared.array(THREADS, float32)
    n_heads = q.shape[1]
    for th in range(cuda.blockIdx.x, q.shape[0] * n_heads, cuda.gridDim.x):
        _attend_one(q, kc, ks, qk, vc, vs, qv, pos, slot, window, scale, scores, out, sm, th // n_heads, th % n_heads)


@cuda.jit(device=True)
def _attend_one(q, kc, ks, qk, vc, vs, qv, pos, slot, window, scale, scores, out, sm, t, h):  # type: ignore[no-untyped-def]
    """Attention output of token t, head h (all threads of the block cooperate)."""
    tid = cuda.threadIdx.x
    hk = h // (q.shape[1] // kc.shape[2])
    cells = kc.shape[1]
    sl = slot[t]
    p = pos[t]
    lo = 0
    if window > 0 and p - window + 1 > 0:
        lo = p - window + 1
    d = q.shape[2]
    m = float32(-math.inf)
    for j in range(lo + tid, p + 1, THREADS):
        s = float32(0.0)
        for i in range(d):
            s += q[t, h, i] * _kv_value(kc, ks, qk, sl, j % cells, hk, i)
        s *= scale
        scores[t, h, j] = s
        m = max(m, s)
    m = _block_reduce(sm, m, True)
    z = float32(0.0)
    for j in range(lo + tid, p + 1, THREADS):
        e = math.exp(scores[t, h, j] - m)
        scores[t, h, j] = e
        z += e
    z = _block_reduce(sm, z, False)  # ends with a barrier: every score is written
    inv = float32(1.0) / z
    for i in range(tid, d, THREADS):
        acc = float32(0.0)
        for j in range(lo, p + 1):
            acc += scores[t, h, j] * _kv_value(vc, vs, qv, sl, j % cells, hk, i)
        out[t, h, i] = acc * inv


@cuda.jit
def _glu(gate, up, act):  # type: ignore[no-untyped-def]
    """gate = act(gate) * up, elementwise over [tokens, n_ff] (grid-stride)."""
    n = gate.shape[1]
    total = gate.shape[0] * n
    start = cuda.grid(1)
    step = cuda.gridsize(1)
    for idx in range(start, total, step):
        t = idx // n
        i = idx % n
        g = gate[t, i]
        if act == ACT_SILU:
            a = g / (float32(1.0) + math.exp(-g))
        else:
            a = float32(0.5) * g * (float32(1.0) + math.tanh(float32(_SQRT_2_OVER_PI) * (g + float32(0.044715) * g * g * g)))
        gate[t, i] = a * up[t, i]


@cuda.jit
def _add(x, y):  # type: ignore[no-untyped-def]
    """x += y elementwise over [tokens, dim] (residual connection)."""
    n = x.shape[1]
    for idx in range(cuda.grid(1), x.shape[0] * n, cuda.gridsize(1)):
        x[idx // n, idx % n] += y[idx // n, idx % n]


@cuda.jit
def _add_bias(x, b):  # type: ignore[no-untyped-def]
    """x[t] += b for every token (qwen's q/k/v biases)."""
    n = x.shape[1]
    for idx in range(cuda.grid(1), x.shape[0] * n, cuda.gridsize(1)):
        x[idx // n, idx % n] += b[idx % n]


def _grid_1d(total: int) -> int:
    return max(1, min(MAX_ROW_BLOCKS, 4096, (total + ELEMENTWISE_THREADS - 1) // ELEMENTWISE_THREADS))


def _row_blocks(rows: int) -> int:
    return max(1, min(rows, MAX_ROW_BLOCKS))


def rmsnorm(x: Any, w: Any, eps: float, out: Any) -> None:
    """out = RMSNorm(x) * w over the last axis of a 2-D [rows, n] array."""
    _rmsnorm[_row_blocks(x.shape[0]), THREADS](x, w, float32(eps), out)


def rope(x: Any, pos: Any, inv_freq: Any, neox: bool) -> None:
    """In-place RoPE on x[tokens, heads, head_dim]: angle pos * inv_freq[i] (float64 device array);
    neox pairs (i, i + n_rot/2), normal (2i, 2i+1)."""
    _rope[_row_blocks(x.shape[0] * x.shape[1]), THREADS](x, pos, inv_freq, neox)


def kv_store(k: Any, v: Any, kv: Any, pos: Any, slot: Any) -> None:
    """Write this step's k, v [tokens, kv_heads, head_dim] into a DeviceKVCache (gpu/device.py)."""
    _kv_store[_row_blocks(k.shape[0]), THREADS](k, v, kv.k, kv.k_scale, kv.qcode_k, kv.v, kv.v_scale, kv.qcode_v, pos, slot)


def attention(q: Any, kv: Any, pos: Any, slot: Any, window: int, scale: float, scores: Any, out: Any) -> None:
    """out[tokens, heads, head_dim] = causal (optionally windowed) attention of q over a DeviceKVCache."""
    _attention[_row_blocks(q.shape[0] * q.shape[1]), THREADS](
        q, kv.k, kv.k_scale, kv.qcode_k, kv.v, kv.v_scale, kv.qcode_v, pos, slot, window, float32(scale), scores, out
    )


def glu(gate: Any, up: Any, act: int) -> None:
    """gate = act(gate) * up in place (act: ACT_SILU or ACT_GELU_TANH)."""
    _glu[_grid_1d(gate.size), ELEMENTWISE_THREADS](gate, up, act)


def add(x: Any, y: Any) -> None:
    """x += y in place."""
    _add[_grid_1d(x.size), ELEMENTWISE_THREADS](x, y)


def add_bias(x: Any, b: Any) -> None:
    """x[t] += b for every row t."""
    _add_bias[_grid_1d(x.size), ELEMENTWISE_THREADS](x, b)
