"""CUDA kernels for the non-matmul parts of a transformer layer (numba's CUDA target).

RMSNorm, RoPE (normal and NEOX pairing), KV-cache store, attention over the device KV cache
(GQA, causal, optional sliding window), GLU activations, bias and residual adds.
All reductions go through shared memory (no warp shuffles) so the exact same code runs under
`NUMBA_ENABLE_CUDASIM=1`, which is how the CPU test suite checks it. Arrays are float32
device arrays laid out [tokens, ...] row-major; positions and sequence slots are int32.
"""

from __future__ import annotations

import math
from typing import Any

from numba import cuda, float32, float64

# Threads per block and the cap on blocks per launch (row-wise kernels grid-stride over rows):
# one warp and one block per row on a GPU; one thread in a single block under the simulator,
# whose cost is per simulated thread, block and barrier.
from local_engine.quants.cuda import MAX_ROW_BLOCKS, THREADS

ELEMENTWISE_THREADS = THREADS if MAX_ROW_BLOCKS == 1 else 128
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
def _kv_store(k, v, kc, vc, pos, slot):  # type: ignore[no-untyped-def]
    """kc[slot[t], pos[t]] = k[t] (and v); a block per token, grid-strided."""
    n_kv = k.shape[1]
    d = k.shape[2]
    for t in range(cuda.blockIdx.x, k.shape[0], cuda.gridDim.x):
        sl = slot[t]
        p = pos[t]
        for i in range(cuda.threadIdx.x, n_kv * d, THREADS):
            hk = i // d
            j = i % d
            kc[sl, p, hk, j] = k[t, hk, j]
            vc[sl, p, hk, j] = v[t, hk, j]


@cuda.jit
def _attention(q, kc, vc, pos, slot, window, scale, scores, out):  # type: ignore[no-untyped-def]
    """Causal softmax(q·K)·V, a block per (token, head) (grid-strided), over its sequence's cached keys.

    Keys 0..pos[t] of slot[t] must already be stored. window > 0 keeps only keys with
    pos - key < window (llama.cpp's standard SWA mask). scores is [tokens, heads, n_ctx] scratch.
    """
    sm = cuda.shared.array(THREADS, float32)
    n_heads = q.shape[1]
    for th in range(cuda.blockIdx.x, q.shape[0] * n_heads, cuda.gridDim.x):
        _attend_one(q, kc, vc, pos, slot, window, scale, scores, out, sm, th // n_heads, th % n_heads)


@cuda.jit(device=True)
def _attend_one(q, kc, vc, pos, slot, window, scale, scores, out, sm, t, h):  # type: ignore[no-untyped-def]
    """Attention output of token t, head h (all threads of the block cooperate)."""
    tid = cuda.threadIdx.x
    hk = h // (q.shape[1] // kc.shape[2])
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
            s += q[t, h, i] * kc[sl, j, hk, i]
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
            acc += scores[t, h, j] * vc[sl, j, hk, i]
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


def kv_store(k: Any, v: Any, kc: Any, vc: Any, pos: Any, slot: Any) -> None:
    """Write this step's k, v [tokens, kv_heads, head_dim] into the [slots, n_ctx, kv_heads, head_dim] cache."""
    _kv_store[_row_blocks(k.shape[0]), THREADS](k, v, kc, vc, pos, slot)


def attention(q: Any, kc: Any, vc: Any, pos: Any, slot: Any, window: int, scale: float, scores: Any, out: Any) -> None:
    """out[tokens, heads, head_dim] = causal (optionally windowed) attention of q over the cache."""
    _attention[_row_blocks(q.shape[0] * q.shape[1]), THREADS](q, kc, vc, pos, slot, window, float32(scale), scores, out)


def glu(gate: Any, up: Any, act: int) -> None:
    """gate = act(gate) * up in place (act: ACT_SILU or ACT_GELU_TANH)."""
    _glu[_grid_1d(gate.size), ELEMENTWISE_THREADS](gate, up, act)


def add(x: Any, y: Any) -> None:
    """x += y in place."""
    _add[_grid_1d(x.size), ELEMENTWISE_THREADS](x, y)


def add_bias(x: Any, b: Any) -> None:
    """x[t] += b for every row t."""
    _add_bias[_grid_1d(x.size), ELEMENTWISE_THREADS](x, b)
