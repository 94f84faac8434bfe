"""numba kernels for the work between weight products: RMS norms, GLU activations, and the whole
attention of a decoding token (QK-norm, RoPE, KV-cache write, attention over the cache).

Why: a decode step of a 30-layer model runs ~50 small numpy operations per layer (each a few
microseconds of dispatch on vectors of a few hundred floats), which cost as much as the weight
products themselves. Each kernel here replaces a chain of them with one call and reads the
paged KV cache in place (no gather, no copy). Numerics follow the numpy path of layers.py:
float64 sums of squares in norms, float64 RoPE angles, keys/values rounded to float16.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

_GELU_C = np.float32(math.sqrt(2.0 / math.pi))


@njit(cache=True, nogil=True)
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
def glu(y, gelu, out):
    """out = act(gate) * up for y [n, 2*ff] = [gate | up]; act = gelu_tanh if `gelu` else silu."""
    n, ff = out.shape
    for i in range(n):
        for j in range(ff):
            g = y[i, j]
            if gelu:
                a = np.float32(0.5) * g * (np.float32(1.0) + math.tanh(_GELU_C * g * (np.float32(1.0) + np.float32(0.044715) * g * g)))
            else:
                a = g / (np.float32(1.0) + math.exp(-g))
            out[i, j] = a * y[i, ff + j]


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


@njit(cache=True, nogil=True, fastmath=True)
def attend_token(  # noqa: PLR0913
    qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, inv_freq, n_rot, neox, pos, kc, vc, table, lo, scale, out
):
    """The attention of one token of one sequence, from its fused q|k|v projection to out [n_heads*hdv].

    Normalises (q_w/k_w: QK-norm weights, empty for none) and rotates q and k at `pos`, stores
    k and v (float16-rounded) into the paged cache kc/vc [kv_heads, blocks, block_size, dim]
    through the block `table`, then attends over cached positions lo..pos (grouped KV heads)."""
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
    blk, slot = table[pos // bs], pos % bs
    kbase, vbase = n_heads * hd, n_heads * hd + n_kv * hd
    k = np.empty(hd, np.float32)
    for h in range(n_kv):
        _norm_rope(qkv[kbase + h * hd : kbase + (h + 1) * hd], k_w, eps, cos, sin, n_rot, neox, k)
        for j in range(hd):
            kc[h, blk, slot, j] = round_f16(k[j])
        for j in range(hdv):
            vc[h, blk, slot, j] = round_f16(qkv[vbase + h * hdv + j])
    n_keys = pos + 1 - lo
    s = np.empty((g, n_keys), np.float32)
    acc = np.empty(hdv, np.float32)
    for hk in range(n_kv):
        for t in range(n_keys):
            p = lo + t
            kt = kc[hk, table[p // bs], p % bs]
            for u in range(g):
                qh = q[hk * g + u]
                dot = np.float32(0.0)
                for j in range(hd):
                    dot += qh[j] * kt[j]
                s[u, t] = dot * scale
        for u in range(g):
            su = s[u]
            m = su.max()
            total = np.float32(0.0)
            for t in range(n_keys):
                e = np.float32(math.exp(su[t] - m))
                su[t] = e
                total += e
            acc[:] = 0.0
            for t in range(n_keys):
                p = lo + t
                vt = vc[hk, table[p // bs], p % bs]
                w = su[t]
                for j in range(hdv):
                    acc[j] += w * vt[j]
            h = hk * g + u
            inv = np.float32(1.0) / total
            for j in range(hdv):
                out[h * hdv + j] = acc[j] * inv
