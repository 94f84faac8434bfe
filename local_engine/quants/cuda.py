"""GPU matrix products computed directly on GGUF quant blocks (numba's CUDA target).

Weights stay in their GGUF block layout on the device (uploaded once, same bytes as the file),
so VRAM use equals file size and the placement planner can size layers from tensor sizes.
Every quant type is read as 32-weight *chunks*: a legacy block (Q4_0/Q4_1/Q5_0/Q5_1/Q8_0) is one
chunk, a K-quant super-block (Q4_K/Q5_K/Q6_K) is eight. One kernel serves mat-vec (decode, n=1) and
mat-mul (prefill, batched decode): a CUDA block owns one output row and a tile of up to
`TOKEN_TILE` tokens, each thread dequantizes a chunk once into registers and reuses it for
every token of the tile; partial sums meet in a shared-memory tree reduction (no warp shuffles,
so the same code runs under `NUMBA_ENABLE_CUDASIM=1` for the CPU tests). Inputs of packed weights
are first rounded to int8 blocks (`_round_int8_blocks`; 256 columns for K-quants, 32 otherwise), as
the CPU kernels and llama.cpp quantize activations, so both devices compute the same products.

Block layouts: gguf-py `quants.py` / llama.cpp `ggml-common.h`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType
from numba import cuda, float32, int32
from numba.core import config

from local_engine.quants.formats import FORMS

# Threads per output row: one warp on a GPU. Under the simulator, whose cost is per thread and per
# barrier (each syncthreads waits for an OS thread switch), one thread; the kernel tests run
# the multi-thread reductions by setting THREADS (here and in gpu/kernels.py) to 2.
THREADS = 1 if config.ENABLE_CUDASIM else 32
TOKEN_TILE = 8  # tokens that share one dequantized chunk
CHUNK = 32  # weights per chunk
# Rows per launch are grid-strided over at most this many blocks: one per row on a GPU; one block
# under the simulator, whose cost is per block and per thread, not per row.
MAX_ROW_BLOCKS = 1 if config.ENABLE_CUDASIM else 1 << 16

Q4_0 = int(GGMLQuantizationType.Q4_0)
Q4_1 = int(GGMLQuantizationType.Q4_1)
Q5_0 = int(GGMLQuantizationType.Q5_0)
Q5_1 = int(GGMLQuantizationType.Q5_1)
Q8_0 = int(GGMLQuantizationType.Q8_0)
Q4_K = int(GGMLQuantizationType.Q4_K)
Q5_K = int(GGMLQuantizationType.Q5_K)
Q6_K = int(GGMLQuantizationType.Q6_K)
F32 = int(GGMLQuantizationType.F32)
F16 = int(GGMLQuantizationType.F16)
BF16 = int(GGMLQuantizationType.BF16)

#: Types kept as packed blocks on the device; float types are widened to float32 at upload.
PACKED_TYPES = frozenset({Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, Q4_K, Q5_K, Q6_K})
FLOAT_TYPES = frozenset({F32, F16, BF16})
SUPPORTED_TYPES = PACKED_TYPES | FLOAT_TYPES


@cuda.jit(device=True, inline=True)
def _f16(lo, hi):  # type: ignore[no-untyped-def]
    """IEEE half from two little-endian bytes (device code cannot reinterpret a uint8 array)."""
    h = int32(lo) | (int32(hi) << 8)
    e = (h >> 10) & 0x1F
    m = h & 0x3FF
    if e == 0:
        v = float32(m) * float32(5.960464477539063e-08)
    elif e == 31:
        v = float32(math.inf)
    else:
        v = float32(m + 1024) * float32(2.0) ** float32(e - 25)
    if h & 0x8000:
        v = -v
    return v


@cuda.jit(device=True, inline=True)
def _deq_q4_0(w, base, ch, out):  # type: ignore[no-untyped-def]
    """Q4_0 block (18 B): d f16, 16 B nibbles; q - 8."""
    o = base + ch * 18
    d = _f16(w[o], w[o + 1])
    for j in range(16):
        b = int32(w[o + 2 + j])
        out[j] = d * float32((b & 0xF) - 8)
        out[j + 16] = d * float32((b >> 4) - 8)


@cuda.jit(device=True, inline=True)
def _deq_q4_1(w, base, ch, out):  # type: ignore[no-untyped-def]
    """Q4_1 block (20 B): d f16, m f16, 16 B nibbles; low nibbles are weights 0..15."""
    o = base + ch * 20
    d = _f16(w[o], w[o + 1])
    m = _f16(w[o + 2], w[o + 3])
    for j in range(16):
        b = w[o + 4 + j]
        out[j] = d * float32(b & 0xF) + m
        out[j + 16] = d * float32(b >> 4) + m


@cuda.jit(device=True, inline=True)
def _deq_q5_0(w, base, ch, out):  # type: ignore[no-untyped-def]
    """Q5_0 block (22 B): d f16, qh u32 (5th bits), 16 B nibbles; q - 16."""
    o = base + ch * 22
    d = _f16(w[o], w[o + 1])
    qh = int32(w[o + 2]) | (int32(w[o + 3]) << 8) | (int32(w[o + 4]) << 16) | (int32(w[o + 5]) << 24)
    for j in range(16):
        b = int32(w[o + 6 + j])
        lo = (b & 0xF) | (((qh >> j) & 1) << 4)
        hi = (b >> 4) | (((qh >> (j + 16)) & 1) << 4)
        out[j] = d * float32(lo - 16)
        out[j + 16] = d * float32(hi - 16)


@cuda.jit(device=True, inline=True)
def _deq_q5_1(w, base, ch, out):  # type: ignore[no-untyped-def]
    """Q5_1 block (24 B): d f16, m f16, qh u32, 16 B nibbles; d*q + m."""
    o = base + ch * 24
    d = _f16(w[o], w[o + 1])
    m = _f16(w[o + 2], w[o + 3])
    qh = int32(w[o + 4]) | (int32(w[o + 5]) << 8) | (int32(w[o + 6]) << 16) | (int32(w[o + 7]) << 24)
    for j in range(16):
        b = int32(w[o + 8 + j])
        lo = (b & 0xF) | (((qh >> j) & 1) << 4)
        hi = (b >> 4) | (((qh >> (j + 16)) & 1) << 4)
        out[j] = d * float32(lo) + m
        out[j + 16] = d * float32(hi) + m


@cuda.jit(device=True, inline=True)
def _deq_q8_0(w, base, ch, out):  # type: ignore[no-untyped-def]
    """Q8_0 block (34 B): d f16, 32 int8."""
    o = base + ch * 34
    d = _f16(w[o], w[o + 1])
    for j in range(32):
        q = int32(w[o + 2 + j])
        if q > 127:
            q -= 256
        out[j] = d * float32(q)


@cuda.jit(device=True, inline=True)
def _deq_k_scaled(w, o, s, q_o, qh_o, out):  # type: ignore[no-untyped-def]
    """Sub-block s of a Q4_K/Q5_K super-block at o: 6-bit scale/min pairs, 4 (+1 high) bit quants."""
    d = _f16(w[o], w[o + 1])
    dmin = _f16(w[o + 2], w[o + 3])
    sc_o = o + 4
    if s < 4:
        sc = int32(w[sc_o + s]) & 63
        mn = int32(w[sc_o + s + 4]) & 63
    else:
        sc = (int32(w[sc_o + s + 4]) & 0xF) | ((int32(w[sc_o + s - 4]) >> 6) << 4)
        mn = (int32(w[sc_o + s + 4]) >> 4) | ((int32(w[sc_o + s]) >> 6) << 4)
    scale = d * float32(sc)
    minv = dmin * float32(mn)
    q_o += (s // 2) * 32
    shift = 4 * (s % 2)
    for i in range(32):
        q = (int32(w[q_o + i]) >> shift) & 0xF
        if qh_o >= 0:
            q |= ((int32(w[qh_o + i]) >> s) & 1) << 4
        out[i] = scale * float32(q) - minv


@cuda.jit(device=True, inline=True)
def _deq_q4_k(w, base, ch, out):  # type: ignore[no-untyped-def]
    """Q4_K super-block (144 B = d, dmin, 12 B of 6-bit scales/mins, 128 B nibbles), sub-block ch%8."""
    o = base + (ch // 8) * 144
    _deq_k_scaled(w, o, ch % 8, o + 16, -1, out)


@cuda.jit(device=True, inline=True)
def _deq_q5_k(w, base, ch, out):  # type: ignore[no-untyped-def]
    """Q5_K super-block (176 B = Q4_K's header, 32 B of 5th bits, 128 B nibbles), sub-block ch%8."""
    o = base + (ch // 8) * 176
    _deq_k_scaled(w, o, ch % 8, o + 48, o + 16, out)


@cuda.jit(device=True, inline=True)
def _deq_q6_k(w, base, ch, out):  # type: ignore[no-untyped-def]
    """Q6_K super-block (210 B = 128 B low nibbles, 64 B high 2-bits, 16 int8 scales, d), chunk ch%8."""
    o = base + (ch // 8) * 210
    c = ch % 8
    half = c // 4
    quarter = c % 4
    d = _f16(w[o + 208], w[o + 209])
    for i in range(32):
        r = quarter * 32 + i
        ql = (int32(w[o + half * 64 + (r % 64)]) >> (4 * (r // 64))) & 0xF
        qh = (int32(w[o + 128 + half * 32 + i]) >> (2 * quarter)) & 3
        sc = int32(w[o + 192 + c * 2 + i // 16])
        if sc > 127:
            sc -= 256
        out[i] = d * float32(sc) * float32((ql | (qh << 4)) - 32)


@cuda.jit(device=True, inline=True)
def _deq_chunk(qtype, w, base, ch, out):  # type: ignore[no-untyped-def]
    """Dispatch on the launch-uniform quant type (no divergence within a launch)."""
    if qtype == Q4_0:
        _deq_q4_0(w, base, ch, out)
    elif qtype == Q4_1:
        _deq_q4_1(w, base, ch, out)
    elif qtype == Q5_0:
        _deq_q5_0(w, base, ch, out)
    elif qtype == Q5_1:
        _deq_q5_1(w, base, ch, out)
    elif qtype == Q8_0:
        _deq_q8_0(w, base, ch, out)
    elif qtype == Q4_K:
        _deq_q4_k(w, base, ch, out)
    elif qtype == Q5_K:
        _deq_q5_k(w, base, ch, out)
    else:
        _deq_q6_k(w, base, ch, out)


@cuda.jit(device=True, inline=True)
def block_sync():  # type: ignore[no-untyped-def]
    """Barrier across the block; a one-thread block needs none (THREADS is a compile-time constant)."""
    if THREADS > 1:
        cuda.syncthreads()


@cuda.jit(device=True)
def _reduce_tile_store(sm, acc, n_tok, t0, row, y):  # type: ignore[no-untyped-def]
    """Sum each token's per-thread partials across the block and store y[t0+t, row]."""
    tid = cuda.threadIdx.x
    for t in range(TOKEN_TILE):
        sm[t, tid] = acc[t]
    block_sync()
    stride = THREADS // 2
    while stride > 0:
        if tid < stride:
            for t in range(TOKEN_TILE):
                sm[t, tid] += sm[t, tid + stride]
        block_sync()
        stride //= 2
    for t in range(tid, n_tok, THREADS):
        y[t0 + t, row] = sm[t, 0]
    block_sync()  # sm is reused by the block's next row


@cuda.jit
def _matmul_packed(qtype, w, row_bytes, n_chunks, x, y):  # type: ignore[no-untyped-def]
    """y[n, rows] = x[n, cols] @ W.T with W as packed GGUF blocks (grid: row blocks × token tiles)."""
    t0 = cuda.blockIdx.y * TOKEN_TILE
    tid = cuda.threadIdx.x
    n_tok = min(TOKEN_TILE, x.shape[0] - t0)
    buf = cuda.local.array(CHUNK, float32)
    acc = cuda.local.array(TOKEN_TILE, float32)
    sm = cuda.shared.array((TOKEN_TILE, THREADS), float32)
    for row in range(cuda.blockIdx.x, y.shape[1], cuda.gridDim.x):
        for t in range(TOKEN_TILE):
            acc[t] = float32(0.0)
        base = row * row_bytes
        for ch in range(tid, n_chunks, THREADS):
            _deq_chunk(qtype, w, base, ch, buf)
            col = ch * CHUNK
            for t in range(n_tok):
                s = float32(0.0)
                for i in range(CHUNK):
                    s += buf[i] * x[t0 + t, col + i]
                acc[t] += s
        _reduce_tile_store(sm, acc, n_tok, t0, row, y)


@cuda.jit
def _matmul_f32(w, x, y):  # type: ignore[no-untyped-def]
    """y[n, rows] = x[n, cols] @ W.T for a float32 weight matrix (same grid as the packed kernel)."""
    t0 = cuda.blockIdx.y * TOKEN_TILE
    tid = cuda.threadIdx.x
    n_tok = min(TOKEN_TILE, x.shape[0] - t0)
    acc = cuda.local.array(TOKEN_TILE, float32)
    sm = cuda.shared.array((TOKEN_TILE, THREADS), float32)
    for row in range(cuda.blockIdx.x, y.shape[1], cuda.gridDim.x):
        for t in range(TOKEN_TILE):
            acc[t] = float32(0.0)
        for c in range(tid, w.shape[1], THREADS):
            wv = w[row, c]
            for t in range(n_tok):
                acc[t] += wv * x[t0 + t, c]
        _reduce_tile_store(sm, acc, n_tok, t0, row, y)


@cuda.jit
def _round_int8_blocks(x, group, out):  # type: ignore[no-untyped-def]
    """out = x rounded per row and block of `group` columns to the nearest of 255 steps of
    max|x| / 127 (the CPU kernels' activation quantization, cpu._quantize_row).

    One thread block (a warp) per activation block, grid-strided: its threads stride the block's
    columns and reduce max|x| in shared memory. (One thread per activation block, as before, left a
    decode step's product input to 8-32 threads walking 256 columns each: measured on an H200 that
    kernel took about half of a 2048x8192 Q4_K product's 162 us.) The max is reduced here rather than by
    gpu/kernels._block_reduce: kernels call device functions of their own module only (see its block_sync)."""
    tid = cuda.threadIdx.x
    sm = cuda.shared.array(THREADS, float32)
    blocks = x.shape[1] // group
    for i in range(cuda.blockIdx.x, x.shape[0] * blocks, cuda.gridDim.x):  # uniform per block
        r, c0 = i // blocks, (i % blocks) * group
        amax = float32(0.0)
        for c in range(c0 + tid, c0 + group, THREADS):
            amax = max(amax, abs(x[r, c]))
        sm[tid] = amax
        block_sync()
        stride = THREADS // 2
        while stride > 0:
            if tid < stride:
                sm[tid] = max(sm[tid], sm[tid + stride])
            block_sync()
            stride //= 2
        amax = sm[0]
        block_sync()  # sm is reused by the next activation block
        step = amax / float32(127.0)
        inv = float32(127.0) / amax if amax > 0 else float32(0.0)
        for c in range(c0 + tid, c0 + group, THREADS):
            out[r, c] = float32(round(x[r, c] * inv)) * step


@dataclass
class DeviceWeight:
    """A 2-D weight resident on the GPU: packed GGUF blocks (uint8) or a float32 matrix."""

    name: str
    ggml_type: int
    rows: int
    cols: int
    data: Any  # numba DeviceNDArray

    @property
    def nbytes(self) -> int:
        return int(self.data.nbytes)


def upload_weight(name: str, ggml_type: int, shape: tuple[int, int], data: np.ndarray) -> DeviceWeight:
    """Copy one GGUF tensor to the device once; float types become float32 rows×cols."""
    ggml_type = int(ggml_type)
    rows, cols = int(shape[0]), int(shape[1])
    if ggml_type not in SUPPORTED_TYPES:
        raise ValueError(f"{name}: no GPU kernel for {GGMLQuantizationType(ggml_type).name}")
    if ggml_type in FLOAT_TYPES:
        from gguf.quants import dequantize

        host = dequantize(np.asarray(data), GGMLQuantizationType(ggml_type)).reshape(rows, cols)
        host = np.ascontiguousarray(host, dtype=np.float32)
    else:
        if cols % CHUNK:
            raise ValueError(f"{name}: {cols} columns is not a multiple of {CHUNK}")
        host = np.ascontiguousarray(np.asarray(data).view(np.uint8).reshape(-1))
        block, type_size = GGML_QUANT_SIZES[GGMLQuantizationType(ggml_type)]
        expected = rows * (cols // block) * type_size
        if host.size != expected:
            raise ValueError(f"{name}: {host.size} bytes of blocks, expected {expected}")
    return DeviceWeight(name, ggml_type, rows, cols, cuda.to_device(host))


def matmul(w: DeviceWeight, x: Any, y: Any, scratch: Any = None) -> None:
    """y[n, w.rows] = x[n, w.cols] @ W.T on the device (x, y: float32 device arrays).

    `scratch`: a flat float32 device buffer of at least n * w.cols for the int8-rounded input
    (allocated here when None: a cudaMalloc per call, which a per-token loop should not pay)."""
    matmuls([(w, y)], x, scratch)


def matmuls(products: Sequence[tuple[DeviceWeight, Any]], x: Any, scratch: Any = None) -> None:
    """y = x @ W.T for every (W, y) that shares the input x (q/k/v, gate/up): x is rounded to int8
    blocks once per distinct activation block size, not once per product, into `scratch`
    (a flat float32 device buffer of at least x.size; reused in stream order)."""
    n = x.shape[0]
    grid_tiles = (n + TOKEN_TILE - 1) // TOKEN_TILE
    by_block: dict[int, list[tuple[DeviceWeight, Any]]] = {}
    for w, y in products:
        if w.ggml_type in FLOAT_TYPES:
            _matmul_f32[(min(w.rows, MAX_ROW_BLOCKS), grid_tiles), THREADS](w.data, x, y)
        else:
            by_block.setdefault(FORMS[w.ggml_type].act_block, []).append((w, y))
    if not by_block:
        return
    if scratch is None:
        scratch = cuda.device_array(x.size, np.float32)
    xr = scratch[: x.size].reshape(x.shape)
    for block, group in by_block.items():  # the CPU kernels' activation blocks
        _round_int8_blocks[min(n * (x.shape[1] // block), MAX_ROW_BLOCKS), THREADS](x, block, xr)
        for w, y in group:
            _matmul_packed[(min(w.rows, MAX_ROW_BLOCKS), grid_tiles), THREADS](
                w.ggml_type, w.data, w.nbytes // w.rows, w.cols // CHUNK, xr, y
            )
