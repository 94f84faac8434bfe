"""numba CPU kernels over `BlockInt8` (see formats.py): products and exact row dequantization.

Products take 8 weight rows per `prange` iteration with float32 accumulators: LLVM turns the
int8->float convert + FMA into vector code (measured ~5 Gweights/s per core; an int8-activation
variant with int32 accumulation measured slower, 3.6). Each group's dot is scaled once; offsets
contribute offset * sum(x over the group), a second short loop. For several input vectors the
8-row tile (a few KB) stays in L1 while every vector uses it, so weights come from memory once.

Indices are unsigned on purpose: with signed runtime offsets numba emits negative-index
wraparound code that stops LLVM vectorising (measured 4x slower).
Dequantization uses no fastmath so `scale*q + offset` rounds exactly like gguf's numpy code.
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

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


@njit(cache=True, nogil=True, fastmath=True)
def _row_dot(qr, sr, mr, has_offset, off, stride, group, xj, xsj):
    """One row times one vector (tail rows that do not fill a tile)."""
    acc = np.float32(0.0)
    for g in range(sr.shape[0]):
        gu = _U(g)
        b = gu * stride + off
        xb = gu * group
        d = np.float32(0.0)
        for i in range(group):
            d += np.float32(qr[b + i]) * xj[xb + i]
        acc += sr[g] * d
        if has_offset:
            acc += mr[g] * xsj[g]
    return acc


@njit(parallel=True, fastmath=True, cache=True, nogil=True)
def block_matmul(q, off, stride, group, scale, offset, x, out):
    """out[j, r] = sum_c w[r, c] * x[j, c] for every row r, 8 rows per parallel iteration.

    q: int8 [rows, groups*stride] (values of group g at g*stride+off ...); off/stride/group: uint64;
    scale/offset: float32 [rows, groups] (offset (0, 0) when absent).
    Best for one vector (decode); `block_matmul_batch` wins from 2-3 vectors on.
    Written out by hand (8 named accumulators) because LLVM vectorises scalar accumulators
    along the group but not small accumulator arrays (measured 3-4x slower).
    """
    rows = q.shape[0]
    groups = scale.shape[1]
    n = x.shape[0]
    has_offset = offset.shape[0] > 0
    xs = group_sums(x, group) if has_offset else np.zeros((0, 0), dtype=np.float32)
    tiles = rows // 8
    for t in prange(tiles):
        r = t * 8
        q0, q1, q2, q3, q4, q5, q6, q7 = q[r + 0], q[r + 1], q[r + 2], q[r + 3], q[r + 4], q[r + 5], q[r + 6], q[r + 7]
        s0, s1, s2, s3, s4, s5, s6, s7 = scale[r + 0], scale[r + 1], scale[r + 2], scale[r + 3], scale[r + 4], scale[r + 5], scale[r + 6], scale[r + 7]
        for j in range(n):
            xj = x[j]
            a0, a1, a2, a3, a4, a5, a6, a7 = np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0)
            for g in range(groups):
                gu = _U(g)
                b = gu * stride + off
                xb = gu * group
                d0, d1, d2, d3, d4, d5, d6, d7 = np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0)
                for i in range(group):
                    xv = xj[xb + i]
                    d0 += np.float32(q0[b + i]) * xv
                    d1 += np.float32(q1[b + i]) * xv
                    d2 += np.float32(q2[b + i]) * xv
                    d3 += np.float32(q3[b + i]) * xv
                    d4 += np.float32(q4[b + i]) * xv
                    d5 += np.float32(q5[b + i]) * xv
                    d6 += np.float32(q6[b + i]) * xv
                    d7 += np.float32(q7[b + i]) * xv
                a0 += s0[g] * d0
                a1 += s1[g] * d1
                a2 += s2[g] * d2
                a3 += s3[g] * d3
                a4 += s4[g] * d4
                a5 += s5[g] * d5
                a6 += s6[g] * d6
                a7 += s7[g] * d7
            if has_offset:
                xsj = xs[j]
                for g in range(groups):
                    xg = xsj[g]
                    a0 += offset[r + 0, g] * xg
                    a1 += offset[r + 1, g] * xg
                    a2 += offset[r + 2, g] * xg
                    a3 += offset[r + 3, g] * xg
                    a4 += offset[r + 4, g] * xg
                    a5 += offset[r + 5, g] * xg
                    a6 += offset[r + 6, g] * xg
                    a7 += offset[r + 7, g] * xg
            out[j, r + 0] = a0
            out[j, r + 1] = a1
            out[j, r + 2] = a2
            out[j, r + 3] = a3
            out[j, r + 4] = a4
            out[j, r + 5] = a5
            out[j, r + 6] = a6
            out[j, r + 7] = a7
    for r in range(tiles * 8, rows):
        mr = offset[r] if has_offset else scale[r]
        for j in range(n):
            xsj = xs[j] if has_offset else x[j]
            out[j, r] = _row_dot(q[r], scale[r], mr, has_offset, off, stride, group, x[j], xsj)


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


@njit(cache=True, nogil=True, fastmath=True, inline="always")
def _dequant_row_into(qr, sr, mr, has_offset, off, stride, group, dst):
    """Row of a BlockInt8 -> float32 dst (fastmath: FMA allowed, for products only)."""
    for g in range(sr.shape[0]):
        gu = _U(g)
        b = gu * stride + off
        xb = gu * group
        s = sr[g]
        m = mr[g] if has_offset else np.float32(0.0)
        for i in range(group):
            dst[xb + i] = s * np.float32(qr[b + i]) + m


@njit(parallel=True, fastmath=True, cache=True, nogil=True)
def block_matmul_batch(q, off, stride, group, scale, offset, x, out):  # noqa: PLR0913
    """out[j, r] = sum_c w[r, c] * x[j, c] for a small batch (2..~32 vectors: batched decode).

    Each 4-row tile is dequantized once into an L1-sized float buffer, then every pair of
    vectors runs a 4x2 register-blocked dot over whole rows: one convert per weight per call
    (not per vector) and one horizontal reduction per row, not per group.
    """
    rows, cols = q.shape[0], x.shape[1]
    n = x.shape[0]
    has_offset = offset.shape[0] > 0
    tiles = (rows + 3) // 4
    for t in prange(tiles):
        r = t * 4
        w = np.zeros((4, cols), dtype=np.float32)
        for k in range(min(4, rows - r)):
            mr = offset[r + k] if has_offset else scale[r + k]
            _dequant_row_into(q[r + k], scale[r + k], mr, has_offset, off, stride, group, w[k])
        w0, w1, w2, w3 = w[0], w[1], w[2], w[3]
        for jp in range(n // 2):
            xa, xb = x[2 * jp], x[2 * jp + 1]
            a0 = a1 = a2 = a3 = b0 = b1 = b2 = b3 = np.float32(0.0)
            for c in range(cols):
                u, v = xa[c], xb[c]
                a0 += w0[c] * u
                a1 += w1[c] * u
                a2 += w2[c] * u
                a3 += w3[c] * u
                b0 += w0[c] * v
                b1 += w1[c] * v
                b2 += w2[c] * v
                b3 += w3[c] * v
            _store4(out, 2 * jp, r, rows, a0, a1, a2, a3)
            _store4(out, 2 * jp + 1, r, rows, b0, b1, b2, b3)
        if n % 2:
            xa = x[n - 1]
            a0 = a1 = a2 = a3 = np.float32(0.0)
            for c in range(cols):
                u = xa[c]
                a0 += w0[c] * u
                a1 += w1[c] * u
                a2 += w2[c] * u
                a3 += w3[c] * u
            _store4(out, n - 1, r, rows, a0, a1, a2, a3)


@njit(cache=True, nogil=True, inline="always")
def _store4(out, j, r, rows, a0, a1, a2, a3):
    """out[j, r:r+4] = a0..a3, clipped at the last row."""
    out[j, r] = a0
    if r + 1 < rows:
        out[j, r + 1] = a1
    if r + 2 < rows:
        out[j, r + 2] = a2
    if r + 3 < rows:
        out[j, r + 3] = a3
