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

# the activation math and the RMS norm live with the products (quants/cpu.py) because the fused
# FFN kernel there runs them too; numba's disk cache tracks a cached function's own file only, so kernels that
# several files' cached functions call stay in the one file that uses them inside a product
from local_engine.quants.cpu import f32_from_bits, fast_exp, glu_row, rms_norm

THREADED_GLU_ROWS = 64  # glu runs its rows on the threads from this many (prompt chunks)


@njit(parallel=True, cache=True, nogil=True, fastmath=True)
def glu(y, gelu, out):
    """out = act(gate) * up for y [n, 2*ff] = [gate | up]; act = gelu_tanh if `gelu` else silu.

    Rows over the threads for prompt chunks (THREADED_GLU_ROWS or more); a decode batch's SiLU takes
    microseconds (0.2 ns per element), less than waking the other thread, so it stays on this
    one. One kernel for both, so the engine's warm-up compiles it whatever its prompt length."""
    if out.shape[0] >= THREADED_GLU_ROWS:
        for i in prange(out.shape[0]):
            glu_row(y[i], gelu, out[i])
    else:
        for i in range(out.shape[0]):
            glu_row(y[i], gelu, out[i])


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


@njit(cache=True, nogil=True, inline="always")
def _f16_value(bits):
    """float16 bits -> float32 value, every class (normal, subnormal, zero, inf, nan) by the same
    straight-line bit moves, so loops over it vectorise: the magnitude bits shifted into a float32
    and scaled by 2^112 (exact for normals and subnormals), inf/nan given the float32 all-ones
    exponent. Measured 7x faster than a branch per element on a 64-wide row."""
    h = np.int32(bits)
    em = (h & np.int32(0x7FFF)) << np.int32(13)
    finite = f32_from_bits(em) * np.float32(5.192296858534828e33)  # 2^112
    v = f32_from_bits(em | np.int32(0x7F800000)) if em >= np.int32(0x7C00 << 13) else finite
    return -v if h & np.int32(0x8000) else v


@njit(cache=True, nogil=True, fastmath=True, inline="always")
def _load_cell(codes, r, scales, qcode, out):
    """Row r of one cache block (codes [block_size, dim]: float16 bits, or q8_0 codes with their
    float16-bit scales [block_size, dim/32]) back to float32, into out.

    Takes the block and a row number, not the row: a view per cached key and value (with its
    reference counting) cost more than decoding the row (1B shape: attention over 64 positions
    took 80 us per layer)."""
    if qcode == 0:
        for j in range(out.shape[0]):
            out[j] = _f16_value(codes[r, j])
        return
    for b in range(out.shape[0] // 32):
        d = _f16_value(scales[r, b])
        for j in range(32):
            out[b * 32 + j] = np.float32(codes[r, b * 32 + j]) * d


@njit(cache=True, nogil=True, fastmath=True)
def _prepare_token(qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, inv_freq, n_rot, neox, pos,  # noqa: PLR0913
                   kc, vc, ks, vs, qk, qv, table, ring, q):
    """QK-norm and RoPE of one token's q (into q [n_heads, hd]) and k, and the k/v cache write."""
    bs = kc.shape[2]
    cos = np.empty(n_rot // 2, np.float32)
    sin = np.empty(n_rot // 2, np.float32)
    for i in range(n_rot // 2):
        ang = np.float64(pos) * inv_freq[i]
        cos[i] = np.float32(math.cos(ang))
        sin[i] = np.float32(math.sin(ang))
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


@njit(cache=True, nogil=True, fastmath=True)
def _attend_head(q, hk, g, pos, kc, vc, ks, vs, qk, qv, table, ring, lo, scale, out):  # noqa: PLR0913
    """Query heads hk*g .. hk*g+g-1 of one token (q [n_heads, hd]) over kv head hk's cached
    positions lo..pos, into out [n_heads*hdv]: each key and value row is decoded once for the g heads."""
    bs, hd, hdv = kc.shape[2], kc.shape[3], vc.shape[3]
    n_keys = pos + 1 - lo
    s = np.empty((g, n_keys), np.float32)
    acc = np.empty((g, hdv), np.float32)
    krow = np.empty(hd, np.float32)
    vrow = np.empty(hdv, np.float32)
    qg = q[hk * g : (hk + 1) * g]
    p = lo  # scores, one cache block at a time
    while p <= pos:
        first, n_in = p % bs, min(bs - p % bs, pos + 1 - p)
        b = p // bs
        tb = table[b % ring if ring > 0 else b]
        kb, ksb = kc[hk, tb], ks[hk, tb] if qk else ks[0, 0]
        for i in range(n_in):
            _load_cell(kb, first + i, ksb, qk, krow)
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
            e = fast_exp(su[t] - m)
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
        vb, vsb = vc[hk, tb], vs[hk, tb] if qv else vs[0, 0]
        for i in range(n_in):
            _load_cell(vb, first + i, vsb, qv, vrow)
            for u in range(g):
                w = s[u, p - lo + i]
                for j in range(hdv):
                    acc[u, j] += w * vrow[j]
        p += n_in
    for u in range(g):
        h = hk * g + u
        for j in range(hdv):
            out[h * hdv + j] = acc[u, j]


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
    positions lo..pos (grouped KV heads). On the calling thread: for short contexts, where
    waking the other thread costs more than the work."""
    q = np.empty((n_heads, hd), np.float32)
    _prepare_token(qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, inv_freq, n_rot, neox, pos,
                   kc, vc, ks, vs, qk, qv, table, ring, q)
    for hk in range(n_kv):
        _attend_head(q, hk, n_heads // n_kv, pos, kc, vc, ks, vs, qk, qv, table, ring, lo, scale, out)


@njit(parallel=True, cache=True, nogil=True, fastmath=True)
def attend_tokens(  # noqa: PLR0913
    qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, inv_freq, n_rot, neox, positions,
    kc, vc, ks, vs, qk, qv, tables, ring, window, scale, out
):
    """attend_token for one token of each of several sequences (a batched decode step, or one
    sequence at a longer context), in parallel over (sequence, kv head) pairs: row i of qkv/out
    belongs to the sequence at positions[i] with block table tables[i] (window > 0: sliding
    window). Sequences write disjoint blocks (shared prefix blocks are full).

    Why pairs: a lone sequence splits over the threads too (one thread: 0.95 ms per layer of the
    1B shape, 8 kv heads of 64, at a 1,000-token context; 0.2 ms at 200; a parallel region
    costs ~20 us), and a batch whose sequences differ in length balances better."""
    n = qkv.shape[0]
    g = n_heads // n_kv
    q = np.empty((n, n_heads, hd), np.float32)
    for i in range(n):  # rope + cache writes: microseconds per token
        _prepare_token(qkv[i], n_heads, n_kv, hd, hdv, q_w, k_w, eps, inv_freq, n_rot, neox, positions[i],
                       kc, vc, ks, vs, qk, qv, tables[i], ring, q[i])
    for item in prange(n * n_kv):
        _attend_item(q, item, n_kv, g, positions, kc, vc, ks, vs, qk, qv, tables, ring, window, scale, out)


@njit(cache=True, nogil=True, fastmath=True)
def _attend_item(q, item, n_kv, g, positions, kc, vc, ks, vs, qk, qv, tables, ring, window, scale, out):  # noqa: PLR0913
    """Item (sequence i, kv head hk) = divmod(item, n_kv) of attend_tokens."""
    i, hk = item // n_kv, item % n_kv
    pos = positions[i]
    lo = max(0, pos - window + 1) if window > 0 else 0
    _attend_head(q[i], hk, g, pos, kc, vc, ks, vs, qk, qv, tables[i], ring, lo, scale, out[i])


@njit(parallel=True, cache=True, nogil=True, fastmath=True)
def attend_rows(q, kt, v, pos0, lo, window, scale, out):  # noqa: PLR0913
    """Causal attention of n consecutive tokens of one sequence (a prompt chunk) over its cache.

    q [n, H, d] (normed, rotated) at positions pos0 .. pos0+n-1; kt [Hkv, d, T] the keys of
    positions lo .. lo+T-1 transposed, v [Hkv, T, dv] their values; window > 0: a token at p
    sees keys p-window+1 .. p; out [n, H, dv]. Grouped heads: query head h uses kv head h // g.

    Why: the numpy path (BLAS matmuls over the whole [n, T] score square, -inf mask, numpy
    softmax) ran on one thread (BLAS is pinned to one: its spinning workers fought numba's) and
    computed the masked half too: 0.75 s of a 3.8 s 512-token prefill of the 1B shape. Here
    the kv heads split over the threads, each token scores only the keys it sees (keys in the
    vectorised inner loop: no horizontal sums), and the softmax uses fast_exp."""
    n, n_heads, d = q.shape
    n_kv, _, t_all = kt.shape
    dv = v.shape[2]
    g = n_heads // n_kv
    for item in prange(n_kv * n):
        hk, i = item // n, item % n
        pos = pos0 + i
        first = max(lo, pos - window + 1) if window > 0 else lo
        t0, nt = np.uint64(first - lo), np.uint64(pos + 1 - first)
        # unsigned indices, no views inside the loops: numba checks signed indices for negative
        # values and counts references of every view, either of which stops the loops vectorising
        s = np.empty(nt, np.float32)
        for u in range(g):
            h = hk * g + u
            for t in range(nt):
                s[t] = np.float32(0.0)
            j = 0
            while j + 4 <= d:  # four key dims per pass over s: a quarter of the loads and stores of s
                qa, qb, qc, qd = q[i, h, j] * scale, q[i, h, j + 1] * scale, q[i, h, j + 2] * scale, q[i, h, j + 3] * scale
                for t in range(nt):
                    s[t] += (qa * kt[hk, j, t0 + t] + qb * kt[hk, j + 1, t0 + t]
                             + qc * kt[hk, j + 2, t0 + t] + qd * kt[hk, j + 3, t0 + t])
                j += 4
            while j < d:
                qa = q[i, h, j] * scale
                for t in range(nt):
                    s[t] += qa * kt[hk, j, t0 + t]
                j += 1
            m = s[0]
            for t in range(nt):
                m = max(m, s[t])
            total = np.float32(0.0)
            for t in range(nt):
                e = fast_exp(s[t] - m)
                s[t] = e
                total += e
            inv = np.float32(1.0) / total
            for c in range(dv):
                out[i, h, c] = np.float32(0.0)
            t = np.uint64(0)
            while t + np.uint64(4) <= nt:  # four keys per pass over the output row
                wa, wb, wc, wd = s[t] * inv, s[t + np.uint64(1)] * inv, s[t + np.uint64(2)] * inv, s[t + np.uint64(3)] * inv
                ta = t0 + t
                for c in range(dv):
                    out[i, h, c] += (wa * v[hk, ta, c] + wb * v[hk, ta + np.uint64(1), c]
                                     + wc * v[hk, ta + np.uint64(2), c] + wd * v[hk, ta + np.uint64(3), c])
                t += np.uint64(4)
            while t < nt:
                w = s[t] * inv
                for c in range(dv):
                    out[i, h, c] += w * v[hk, t0 + t, c]
                t += np.uint64(1)
