"""numba kernels for the work between weight products: RMS norms, GLU activations, and the whole
attention of a decoding token (QK-norm, RoPE, KV-cache write, attention over the cache).

Why: a decode step of a 30-layer model runs ~50 small numpy operations per layer (each a few
microseconds of dispatch on vectors of a few hundred floats), which cost as much as the weight
products themselves. Each kernel here replaces a chain of them with one call and reads the
paged KV cache in place (no gather, no copy). Numerics follow the numpy path of layers.py:
float64 sums of squares in norms, float64 RoPE angles, keys/values stored as float16 bits
(numba has no float16: the conversions are bit operations here) or as q8_0 blocks.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit, prange

_GELU_C = np.float32(math.sqrt(2.0 / math.pi))


@njit(cache=True, nogil=True, fastmath=True)
def rms_norm(x, w, eps, out):
    """out[i] = x[i] / sqrt(mean(x[i]^2) + eps) * w, rows of x [n, d] (sum of squares in float64)."""
    n, d = x.shape
    inv_n = 1.0 / d
    for i in range(n):
        ss = 0.0
        for j in range(d):
            v = np.float64(x[i, j])
            ss += v * v
        inv = np.float32(1.0 / math.sqrt(ss * inv_n + eps))
        for j in range(d):
            out[i, j] = x[i, j] * inv * w[j]


@njit(cache=True, nogil=True, fastmath=True)
def _glu_row(y, gelu, out):
    ff = out.shape[0]
    for j in range(ff):
        g = y[j]
        if gelu:  # 0.5 * (1 + tanh(u)) == 1 / (1 + exp(-2u)): libm's expf is 4x faster than tanhf
            u = _GELU_C * g * (np.float32(1.0) + np.float32(0.044715) * g * g)
            a = g / (np.float32(1.0) + math.exp(np.float32(-2.0) * u))
        else:
            a = g / (np.float32(1.0) + math.exp(-g))
        out[j] = a * y[ff + j]


@njit(cache=True, nogil=True, fastmath=True)
def glu(y, gelu, out):
    """out = act(gate) * up for y [n, 2*ff] = [gate | up]; act = gelu_tanh if `gelu` else silu."""
    for i in range(out.shape[0]):
        _glu_row(y[i], gelu, out[i])


@njit(parallel=True, cache=True, nogil=True, fastmath=True)
def glu_rows(y, gelu, out):
    """glu over the threads, a row each (batched decode, prefill: one exp per element adds up)."""
    for i in prange(out.shape[0]):
        _glu_row(y[i], gelu, out[i])


@njit(cache=True, nogil=True)
def round_f16(x):
    """x rounded to the nearest float16 value (ties to even, overflow to inf), as a float32:
    what `x.astype(np.float16)` keeps (numba has no float16 type)."""
    if x == 0.0 or not math.isfinite(x):
        return np.float32(x)
    a = abs(np.float64(x))
    e = math.frexp(a)[1]
    quantum = max(e - 11, -24)  # 11 significant bits; subnormals have a fixed 2^-24 step
    r = math.ldexp(np.rint(math.ldexp(a, -quantum)), quantum)
    if r > 65504.0:
        r = math.inf
    return np.float32(r if x > 0 else -r)


@njit(cache=True, nogil=True)
def round_f16_array(a):
    """round_f16 of every element of a 1-D float32 array, in place. Values whose float16 is a
    normal number below 2^15 (all but zeros, tiny and huge ones) round on their bits: add half
    an ulp of the 10-bit mantissa (ties to even), drop the 13 low bits; 10x faster."""
    bits = a.view(np.uint32)
    for i in range(a.shape[0]):
        u = bits[i]
        e = (u >> np.uint32(23)) & np.uint32(0xFF)
        if np.uint32(113) <= e <= np.uint32(141):
            bits[i] = (u + np.uint32(0xFFF) + ((u >> np.uint32(13)) & np.uint32(1))) & np.uint32(0xFFFFE000)
        else:
            a[i] = round_f16(a[i])


@njit(cache=True, nogil=True, fastmath=True)
def _norm_rope(v, w, eps, cos, sin, n_rot, neox, out):
    """One head: optional RMS norm (w.size > 0), then RoPE over the first n_rot dims, into out."""
    d = v.shape[0]
    if w.shape[0] > 0:
        ss = 0.0
        for j in range(d):
            ss += np.float64(v[j]) * np.float64(v[j])
        inv = np.float32(1.0 / math.sqrt(ss / d + eps))
        for j in range(d):
            out[j] = v[j] * inv * w[j]
    else:
        for j in range(d):
            out[j] = v[j]
    half = n_rot // 2
    for i in range(half):
        a, b = (i, i + half) if neox else (2 * i, 2 * i + 1)
        x0, x1 = out[a], out[b]
        out[a] = x0 * cos[i] - x1 * sin[i]
        out[b] = x0 * sin[i] + x1 * cos[i]


@njit(cache=True, nogil=True, inline="always")
def _f16_bits(u, x):
    """float16 bits of float32 `x` (bits `u`) already rounded to a float16 value (round_f16)."""
    sign = (u >> np.uint32(16)) & np.uint32(0x8000)
    e = (u >> np.uint32(23)) & np.uint32(0xFF)
    m = u & np.uint32(0x7FFFFF)
    if e >= 113 and e < 255:  # normal float16 (round_f16 sent larger values to inf)
        return np.uint16(sign | ((e - np.uint32(112)) << np.uint32(10)) | (m >> np.uint32(13)))
    if e == 255:
        return np.uint16(sign | np.uint32(0x7C00) | (np.uint32(0x200) if m else np.uint32(0)))
    if e == 0:
        return np.uint16(sign)
    return np.uint16(sign | np.uint32(np.rint(abs(np.float64(x)) * 16777216.0)))  # subnormal: k * 2^-24


@njit(cache=True, nogil=True, inline="always")
def _f16_value(h):
    """float32 value of float16 bits `h` that are zero, subnormal, inf or nan (normals: _load_row)."""
    e = (np.uint32(h) >> np.uint32(10)) & np.uint32(0x1F)
    m = np.uint32(h) & np.uint32(0x3FF)
    if e == 0:
        v = np.float32(m) * np.float32(5.960464477539063e-08)
    else:
        v = np.float32(np.inf) if m == 0 else np.float32(np.nan)
    return -v if np.uint32(h) & np.uint32(0x8000) else v


@njit(cache=True, nogil=True, fastmath=True)
def _store_row(x, qcode, codes, scales):
    """x (float32, one head) into a cache row: float16 bits, or q8_0 codes + f16-bit scales."""
    if qcode == 0:
        round_f16_array(x)
        xb = x.view(np.uint32)
        for j in range(x.shape[0]):
            codes[j] = _f16_bits(xb[j], x[j])
        return
    tmp = np.empty(1, np.float32)
    for b in range(x.shape[0] // 32):
        amax = np.float32(0.0)
        for j in range(32):
            amax = max(amax, abs(x[b * 32 + j]))
        d = amax / np.float32(127.0)
        inv = np.float32(1.0) / d if d != 0 else np.float32(0.0)
        for j in range(32):
            codes[b * 32 + j] = np.int8(np.rint(x[b * 32 + j] * inv))
        tmp[0] = round_f16(d)
        scales[b] = _f16_bits(tmp.view(np.uint32)[0], tmp[0])


@njit(cache=True, nogil=True, fastmath=True)
def _f16_row(codes, out):
    """float16 bits -> float32 values (normal numbers by bit moves, the rest by _f16_value)."""
    ob = out.view(np.uint32)
    for j in range(out.shape[0]):
        h = np.uint32(codes[j])
        e = (h >> np.uint32(10)) & np.uint32(0x1F)
        if e != 0 and e != 31:
            ob[j] = ((h & np.uint32(0x8000)) << np.uint32(16)) | ((e + np.uint32(112)) << np.uint32(23)) | (
                (h & np.uint32(0x3FF)) << np.uint32(13))
        else:
            out[j] = _f16_value(codes[j])


@njit(cache=True, nogil=True, fastmath=True)
def _load_row(codes, scales, qcode, out):
    """A cache row back to float32 (into out)."""
    if qcode == 0:
        _f16_row(codes, out)
        return
    d = np.empty(scales.shape[0], np.float32)
    _f16_row(scales, d)
    for b in range(out.shape[0] // 32):
        for j in range(32):
            out[b * 32 + j] = np.float32(codes[b * 32 + j]) * d[b]


@njit(cache=True, nogil=True, fastmath=True)
def attend_token(  # noqa: PLR0913
    qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, inv_freq, n_rot, neox, pos,
    kc, vc, ks, vs, qk, qv, table, ring, lo, scale, out
):
    """The attention of one token of one sequence, from its fused q|k|v projection to out [n_heads*hdv].

    Normalises (q_w/k_w: QK-norm weights, empty for none) and rotates q and k at `pos`, stores
    k and v into the paged cache kc/vc [kv_heads, blocks, block_size, dim] (element types qk/qv:
    0 float16 bits, 1 q8_0 with scales ks/vs) through the block `table` (position p in block
    table[p // bs], or table[(p // bs) % ring] for a window ring), then attends over cached
    positions lo..pos (grouped KV heads)."""
    bs = kc.shape[2]
    g = n_heads // n_kv
    cos = np.empty(n_rot // 2, np.float32)
    sin = np.empty(n_rot // 2, np.float32)
    for i in range(n_rot // 2):
        ang = np.float64(pos) * inv_freq[i]
        cos[i] = np.float32(math.cos(ang))
        sin[i] = np.float32(math.sin(ang))
    q = np.empty((n_heads, hd), np.float32)
    for h in range(n_heads):
        _norm_rope(qkv[h * hd : (h + 1) * hd], q_w, eps, cos, sin, n_rot, neox, q[h])
    b = pos // bs
    blk, slot = table[b % ring if ring > 0 else b], pos % bs
    kbase, vbase = n_heads * hd, n_heads * hd + n_kv * hd
    k = np.empty(hd, np.float32)
    v = np.empty(hdv, np.float32)
    for h in range(n_kv):
        _norm_rope(qkv[kbase + h * hd : kbase + (h + 1) * hd], k_w, eps, cos, sin, n_rot, neox, k)
        v[:] = qkv[vbase + h * hdv : vbase + (h + 1) * hdv]
        _store_row(k, qk, kc[h, blk, slot], ks[h, blk, slot] if qk else ks[0, 0, 0])
        _store_row(v, qv, vc[h, blk, slot], vs[h, blk, slot] if qv else vs[0, 0, 0])
    n_keys = pos + 1 - lo
    s = np.empty((g, n_keys), np.float32)
    acc = np.empty((g, hdv), np.float32)
    krow = np.empty(hd, np.float32)
    vrow = np.empty(hdv, np.float32)
    for hk in range(n_kv):
        qg = q[hk * g : (hk + 1) * g]
        p = lo  # scores, one cache block at a time (each key row decoded once for the g query heads)
        while p <= pos:
            first, n_in = p % bs, min(bs - p % bs, pos + 1 - p)
            b = p // bs
            tb = table[b % ring if ring > 0 else b]
            for i in range(n_in):
                _load_row(kc[hk, tb, first + i], ks[hk, tb, first + i] if qk else ks[0, 0, 0], qk, krow)
                for u in range(g):
                    dot = np.float32(0.0)
                    for j in range(hd):
                        dot += qg[u, j] * krow[j]
                    s[u, p - lo + i] = dot * scale
            p += n_in
        for u in range(g):
            su = s[u]
            m = su.max()
            total = np.float32(0.0)
            for t in range(n_keys):
                e = np.float32(math.exp(su[t] - m))
                su[t] = e
                total += e
            inv = np.float32(1.0) / total
            for t in range(n_keys):
                su[t] *= inv
        acc[:] = 0.0
        p = lo  # weighted values, block by block
        while p <= pos:
            first, n_in = p % bs, min(bs - p % bs, pos + 1 - p)
            b = p // bs
            tb = table[b % ring if ring > 0 else b]
            for i in range(n_in):
                _load_row(vc[hk, tb, first + i], vs[hk, tb, first + i] if qv else vs[0, 0, 0], qv, vrow)
                for u in range(g):
                    w = s[u, p - lo + i]
                    for j in range(hdv):
                        acc[u, j] += w * vrow[j]
            p += n_in
        for u in range(g):
            h = hk * g + u
            for j in range(hdv):
                out[h * hdv + j] = acc[u, j]


@njit(parallel=True, cache=True, nogil=True, fastmath=True)
def attend_tokens(  # noqa: PLR0913
    qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, inv_freq, n_rot, neox, positions,
    kc, vc, ks, vs, qk, qv, tables, ring, window, scale, out
):
    """attend_token for one token of each of several sequences (a batched decode step), in
    parallel: row i of qkv/out belongs to the sequence at positions[i] with block table tables[i]
    (window > 0: sliding window). Sequences write disjoint blocks (shared prefix blocks are full)."""
    for i in prange(qkv.shape[0]):
        pos = positions[i]
        lo = max(0, pos - window + 1) if window > 0 else 0
        attend_token(qkv[i], n_heads, n_kv, hd, hdv, q_w, k_w, eps, inv_freq, n_rot, neox, pos,
                     kc, vc, ks, vs, qk, qv, tables[i], ring, lo, scale, out[i])
