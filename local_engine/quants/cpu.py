"""numba CPU kernels: products over `Tiled` weights and exact dequantization (see formats.py).

Products run one 16-row tile per `prange` iteration through the vector intrinsics of tiles.py
(float32 FMA over int8 or 4-bit values; measured 1.4x the previous 8-row scalar-accumulator
kernel in cache, and 4-bit tiles halve the bytes decode streams). Four input vectors share each
weight load, so a batch reads the weights from memory once. Offsets contribute
offset * sum(x over the group), from group sums computed once per call.

Indices are unsigned on purpose: with signed runtime offsets numba emits negative-index
wraparound code that stops LLVM vectorising (measured 4x slower).
Dequantization uses no fastmath so `scale*q + offset` rounds exactly like gguf's numpy code.
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from local_engine.quants.tiles import LANES, tile_dot

_U = np.uint64


@njit(cache=True, nogil=True, fastmath=True)
def group_sums(x: np.ndarray, group: int) -> np.ndarray:
    """float32 [n, groups]: sum of each row of x over each group of columns."""
    n, cols = x.shape
    groups = cols // group
    out = np.empty((n, groups), dtype=np.float32)
    for j in range(n):
        for g in range(groups):
            s = np.float32(0.0)
            for i in range(group):
                s += x[j, g * group + i]
            out[j, g] = s
    return out


@njit(parallel=True, cache=True, nogil=True)
def block_dequant_rows(q, off, stride, group, scale, offset, row_ids, out):
    """out[k] = row row_ids[k] as float32, bit-identical to gguf's dequantizer (no fastmath, no FMA)."""
    groups = scale.shape[1]
    has_offset = offset.shape[0] > 0
    for k in prange(row_ids.shape[0]):
        r = row_ids[k]
        qr = q[r]
        ok = out[k]
        for g in range(groups):
            s = scale[r, g]
            gu = _U(g)
            b = gu * stride + off
            xb = gu * group
            if has_offset:
                m = offset[r, g]
                for i in range(group):
                    ok[xb + i] = s * np.float32(qr[b + i]) + m
            else:
                for i in range(group):
                    ok[xb + i] = s * np.float32(qr[b + i])




_DOT1, _DOT4 = tile_dot(1, False), tile_dot(4, False)
_DOT1_NIBBLES, _DOT4_NIBBLES = tile_dot(1, True), tile_dot(4, True)


@njit(parallel=True, fastmath=True, cache=True, nogil=True)
def tiled_matmul(q, nibbles, bias, scale, offset, x, out):  # noqa: PLR0913
    """out[j, r] = sum_c w[r, c] * x[j, c] for every (padded) row r of a Tiled weight.

    out: float32 [n, tiles*16]. One parallel region: group sums, then one tile per iteration."""
    tiles = q.shape[0]
    n, cols = x.shape
    groups = scale.shape[1]
    group = cols // groups
    xs = group_sums(x, group) if offset.shape[0] > 0 else np.zeros((n, 0), dtype=np.float32)
    xg, ostride = xs.shape[1], out.shape[1]
    tq, ts = q.shape[1] * LANES, groups * LANES
    for t in prange(tiles):
        j = 0
        while j + 4 <= n:
            if nibbles:
                _DOT4_NIBBLES(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias)
            else:
                _DOT4(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias)
            j += 4
        while j < n:
            if nibbles:
                _DOT1_NIBBLES(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias)
            else:
                _DOT1(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias)
            j += 1


@njit(parallel=True, cache=True, nogil=True)
def tiled_dequant_rows(q, nibbles, bias, scale, offset, row_ids, out):
    """out[i] = row row_ids[i] of a Tiled weight as float32, exactly like BlockInt8 (no fastmath, no FMA)."""
    cols = out.shape[1]
    groups = scale.shape[1]
    group = cols // groups
    half = group // 2
    has_offset = offset.shape[0] > 0
    for i in prange(row_ids.shape[0]):
        t, k = row_ids[i] // LANES, row_ids[i] % LANES
        oi = out[i]
        for g in range(groups):
            s = scale[t, g, k]
            m = offset[t, g, k] if has_offset else np.float32(0.0)
            for c in range(group):
                if nibbles:
                    byte = q[t, g * half + c % half, k]
                    v = np.float32(((byte >> 4) & 15 if c >= half else byte & 15) + bias)
                else:
                    v = np.float32(q[t, g * group + c, k])
                if has_offset:
                    oi[g * group + c] = s * v + m
                else:
                    oi[g * group + c] = s * v
