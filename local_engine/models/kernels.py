"""numba kernels for the work between weight products: RMS norms, GLU activations, and the whole
attention of a decoding token (QK-norm, RoPE, KV-cache write, attention over the cache) and of a
pass of several short prompts (attend_prompts).

Why: a decode step of a 30-layer model runs ~50 small numpy operations per layer (each a few
microseconds of dispatch on vectors of a few hundred floats), which cost as much as the weight
products themselves. Each kernel here replaces a chain of them with one call and reads the
paged KV cache in place (no gather, no copy). Numerics follow the numpy path of layers.py:
float64 sums of squares in norms, float64 RoPE angles, keys/values stored as float16 bits
(numba has no float16 type: rows convert 16 at a time through LLVM's half vectors, see
_f16x16_to_f32, and element by element through bit operations) or as q8_0 blocks.
"""

from __future__ import annotations

import math

import numpy as np
from llvmlite import ir
from numba import carray, njit, prange, types
from numba.core import cgutils
from numba.extending import intrinsic

# the activation math and the RMS norm live with the products (quants/cpu.py) because the fused
# FFN kernel there runs them too; the decode pass below runs cpu.tiled_ffn's phase steps (the
# disk cache is keyed by both files' sources: quants.keyed_cache_dir)
from local_engine.quants.cpu import (
    LANES,
    X_PAD,
    _claim,
    _fetch_add,
    _finish,
    _product_phase,
    _quantize_row,
    _residual,
    f32_from_bits,
    fast_exp,
    glu_row,
    glu_span,
    mm4x32,
    mm4x32_add,
    rms_norm,
)

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
    if neox:  # one loop per pairing: a branch inside stops LLVM vectorising it
        for i in range(half):
            x0, x1 = out[i], out[i + half]
            out[i] = x0 * cos[i] - x1 * sin[i]
            out[i + half] = x0 * sin[i] + x1 * cos[i]
    else:
        for i in range(half):
            x0, x1 = out[2 * i], out[2 * i + 1]
            out[2 * i] = x0 * cos[i] - x1 * sin[i]
            out[2 * i + 1] = x0 * sin[i] + x1 * cos[i]


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


def _convert16(to_half: bool):  # noqa: ANN202
    """The intrinsic convert(src, si, dst, di): dst[di : di+16] = src[si : si+16] converted between
    float32 and float16 bit patterns (flat element indices into C-contiguous arrays, unchecked), in
    one vector conversion: LLVM's `fpext` / `fptrunc` of `<16 x half>` (vcvtph2ps / vcvtps2ph on
    x86). Exact for every class one way; the other rounds to nearest even with overflow to inf,
    what round_f16 + _f16_bits compute and numpy's astype(float16) does.

    Why: a 64-wide cached row took 9.3 ns to decode with _f16_value's bit moves, 2.3 ns this way
    (2026-12-03, one thread), and ~0.4 us to encode bit by bit; a decoding token decodes every
    cached key and value and encodes its own twice per kv head."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        s = context.make_array(sig.args[0])(context, builder, args[0])
        d = context.make_array(sig.args[2])(context, builder, args[2])
        vh, vf = ir.VectorType(ir.HalfType(), 16), ir.VectorType(ir.FloatType(), 16)
        (src_t, src_align), (dst_t, dst_align) = ((vf, 4), (vh, 2)) if to_half else ((vh, 2), (vf, 4))
        v = builder.load(builder.bitcast(builder.gep(s.data, [args[1]]), src_t.as_pointer()), align=src_align)
        v = builder.fptrunc(v, vh) if to_half else builder.fpext(v, vf)
        builder.store(v, builder.bitcast(builder.gep(d.data, [args[3]]), dst_t.as_pointer()), align=dst_align)
        return context.get_dummy_value()

    @intrinsic
    def convert(typingctx, src, si, dst, di):  # noqa: ANN001, ANN202, ARG001
        return types.void(src, types.intp, dst, types.intp), codegen

    return convert


_f16x16_to_f32, _f32x16_to_f16 = _convert16(to_half=False), _convert16(to_half=True)


@njit(cache=True, nogil=True, fastmath=True)
def _store_row(x, qcode, codes, scales):
    """x (float32, one head) into a cache row: float16 bits, or q8_0 codes + f16-bit scales."""
    if qcode == 0:
        c = 0
        while c + 16 <= x.shape[0]:
            _f32x16_to_f16(x, c, codes, c)
            c += 16
        if c < x.shape[0]:
            rest = x[c:]
            round_f16_array(rest)
            xb = rest.view(np.uint32)
            for j in range(rest.shape[0]):
                codes[c + j] = _f16_bits(xb[j], rest[j])
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
def _load_row(codes, r, scales, qcode, out):
    """Cached row r (of the layer's cache flattened to [kv_heads * blocks * block_size, dim])
    back to float32, into out [dim]: float16 bits, or q8_0 codes with float16-bit scales [.., dim/32].

    A row number, not a view of the row: a view per cached key and value (with its reference
    counting, an atomic on the cache's shared count) cost more than decoding the row."""
    dim = out.shape[0]
    if qcode == 0:
        base = r * codes.shape[1]
        c = 0
        while c + 16 <= dim:
            _f16x16_to_f32(codes, base + c, out, c)
            c += 16
        while c < dim:
            out[c] = _f16_value(codes[r, c])
            c += 1
        return
    for b in range(dim // 32):
        d = _f16_value(scales[r, b])
        for j in range(32):
            out[b * 32 + j] = np.float32(codes[r, b * 32 + j]) * d


@njit(cache=True, nogil=True, fastmath=True)
def _attend_group(  # noqa: PLR0913
    qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, cos, sin, n_rot, neox, hk, pos, lo,
    kc, vc, ks, vs, qk, qv, n_blocks, bs, table, ring, scale, out, qg, s, acc, krows, vrows,
):
    """All that kv head hk does for one decoding token at `pos`: QK-norm and RoPE of its g query
    heads (from the token's fused q|k|v row `qkv`) and of its key, the cache write of its key
    and value, then attention of the g heads over the cached positions lo..pos, into out[h*hdv:]
    for h = hk*g .. hk*g+g-1. It touches no other kv head's cache rows or output, so kv heads
    (and sequences) run on any thread.

    kc/vc (ks/vs) are the layer's caches flattened to rows, [kv_heads * n_blocks * bs, dim];
    position p lives in block table[p // bs] (table[(p // bs) % ring] for a window ring).
    cos/sin: the token's RoPE tables [n_rot/2]. Scratch (the caller's, so a decode step allocates
    nothing per item): qg [g, hd], s [g, >= pos+1-lo], acc [g, hdv], krows [bs, hd], vrows [bs, hdv].

    A cache block's rows are decoded once into krows / vrows for the g heads, then each head takes four
    keys per pass: four dot products over the head dims at once (independent sums, not one
    reduction after another). Measured at 46 cached positions (1B shape, one thread): 4.1 -> 2.7
    us per kv head; at 301: ~20 -> ~9 us. The weighted values go through cpu.mm4x32_add, four
    heads per pass over a block's value rows with the sums in registers (each row read once for
    four heads; the per-head loop loaded and stored its sums for every four rows): a 16-row step's
    attention (bench/kernels.py --attention, one thread, paired) 0.89x / 0.82x / 0.87x the time at
    45 / 200 / 1,000 cached positions, outputs bit for bit the same there."""
    qkv, q_w, k_w, cos, sin, kc, vc, ks, vs, table, out = (_unref(qkv), _unref(q_w), _unref(k_w), _unref(cos), _unref(sin),
                                                           _unref(kc), _unref(vc), _unref(ks), _unref(vs), _unref(table),
                                                           _unref(out))
    qg, s, acc, krows, vrows = _unref(qg), _unref(s), _unref(acc), _unref(krows), _unref(vrows)
    g = n_heads // n_kv
    n_keys = pos + 1 - lo
    for u in range(g):
        h = hk * g + u
        _norm_rope(qkv[h * hd : (h + 1) * hd], q_w, eps, cos, sin, n_rot, neox, qg[u])
        for j in range(hd):
            qg[u, j] *= scale
    kr, vr = krows[0], vrows[0]
    kbase, vbase = n_heads * hd + hk * hd, n_heads * hd + n_kv * hd + hk * hdv
    r = (hk * n_blocks + table[(pos // bs) % ring if ring > 0 else pos // bs]) * bs + pos % bs
    _norm_rope(qkv[kbase : kbase + hd], k_w, eps, cos, sin, n_rot, neox, kr)
    _store_row(kr, qk, kc[r], ks[r] if qk else ks[0])
    vr[:] = qkv[vbase : vbase + hdv]
    _store_row(vr, qv, vc[r], vs[r] if qv else vs[0])
    p = lo  # scores, one cache block at a time
    while p <= pos:
        first, n_in = p % bs, min(bs - p % bs, pos + 1 - p)
        b = p // bs
        r0 = (hk * n_blocks + table[b % ring if ring > 0 else b]) * bs + first
        for i in range(n_in):
            _load_row(kc, r0 + i, ks, qk, krows[i])
        t0 = p - lo
        for u in range(g):
            i = 0
            while i + 4 <= n_in:
                a0, a1, a2, a3 = np.float32(0.0), np.float32(0.0), np.float32(0.0), np.float32(0.0)
                for j in range(hd):
                    qj = qg[u, j]
                    a0 += qj * krows[i, j]
                    a1 += qj * krows[i + 1, j]
                    a2 += qj * krows[i + 2, j]
                    a3 += qj * krows[i + 3, j]
                s[u, t0 + i], s[u, t0 + i + 1], s[u, t0 + i + 2], s[u, t0 + i + 3] = a0, a1, a2, a3
                i += 4
            while i < n_in:
                a0 = np.float32(0.0)
                for j in range(hd):
                    a0 += qg[u, j] * krows[i, j]
                s[u, t0 + i] = a0
                i += 1
        p += n_in
    for u in range(g):
        m = s[u, 0]
        for t in range(n_keys):
            m = max(m, s[u, t])
        total = np.float32(0.0)
        for t in range(n_keys):
            e = fast_exp(s[u, t] - m)
            s[u, t] = e
            total += e
        inv = np.float32(1.0) / total
        for t in range(n_keys):
            s[u, t] *= inv
        for j in range(hdv):
            acc[u, j] = np.float32(0.0)
    # weighted values, block by block: cpu.mm4x32_add, 4 heads per pass over a block's rows in register sums
    sn, sf, vf, af = s.shape[1], s.reshape(-1), vrows.reshape(-1), acc.reshape(-1)
    p = lo
    while p <= pos:
        first, n_in = p % bs, min(bs - p % bs, pos + 1 - p)
        b = p // bs
        r0 = (hk * n_blocks + table[b % ring if ring > 0 else b]) * bs + first
        for i in range(n_in):
            _load_row(vc, r0 + i, vs, qv, vrows[i])
        t0 = p - lo
        for c0 in range(0, hdv, 32):
            for u in range(0, g, 4):
                mm4x32_add(sf, u * sn + t0, sn, min(4, g - u), vf, c0, hdv, n_in, af, u * hdv + c0, hdv, min(32, hdv - c0))
        p += n_in
    for u in range(g):
        h = hk * g + u
        for j in range(hdv):
            out[h * hdv + j] = acc[u, j]


@njit(cache=True, nogil=True)
def _group_scratch(g, hd, hdv, n_keys, bs):
    """_attend_group's scratch (qg, s, acc, krows, vrows) for g heads over up to n_keys cached positions."""
    return (np.empty((g, hd), np.float32), np.empty((g, max(n_keys, 1)), np.float32), np.empty((g, hdv), np.float32),
            np.empty((bs, hd), np.float32), np.empty((bs, hdv), np.float32))


@njit(cache=True, nogil=True)
def _rows(a):
    """A cache [kv_heads, blocks, block_size, dim] (or its scales) as rows [kv_heads*blocks*block_size, dim]."""
    return a.reshape(a.shape[0] * a.shape[1] * a.shape[2], a.shape[3])


@njit(cache=True, nogil=True, fastmath=True)
def attend_token(  # noqa: PLR0913
    qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, cos, sin, n_rot, neox, pos,
    kc, vc, ks, vs, qk, qv, table, ring, lo, scale, out
):
    """The attention of one token of one sequence, from its fused q|k|v projection to out [n_heads*hdv].

    Normalises (q_w/k_w: QK-norm weights, empty for none) and rotates q and k at `pos` (cos/sin
    [n_rot/2]: the RoPE tables of pos, Rope.tables, computed once per forward pass), stores
    k and v into the paged cache kc/vc [kv_heads, blocks, block_size, dim] (element types qk/qv:
    0 float16 bits, 1 q8_0 with scales ks/vs) through the block `table` (position p in block
    table[p // bs], or table[(p // bs) % ring] for a window ring), then attends over cached
    positions lo..pos (grouped KV heads). On the calling thread: for short contexts, where
    waking the other thread costs more than the work."""
    kr, vr, ksr, vsr = _rows(kc), _rows(vc), _rows(ks), _rows(vs)
    qg, s, acc, krows, vrows = _group_scratch(n_heads // n_kv, hd, hdv, pos + 1 - lo, kc.shape[2])
    for hk in range(n_kv):
        _attend_group(qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, cos, sin, n_rot, neox, hk, pos, lo,
                      kr, vr, ksr, vsr, qk, qv, kc.shape[1], kc.shape[2], table, ring, scale, out, qg, s, acc, krows, vrows)


@njit(parallel=True, cache=True, nogil=True, fastmath=True)
def attend_tokens(  # noqa: PLR0913
    qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, cos, sin, n_rot, neox, positions,
    kc, vc, ks, vs, qk, qv, tables, ring, window, scale, out
):
    """attend_token for one token of each of several sequences (a batched decode step, or one
    sequence at a longer context), in parallel over (sequence, kv head) pairs: row i of qkv/out
    belongs to the sequence at positions[i] with block table tables[i] and RoPE tables cos[i]/sin[i]
    (window > 0: sliding window). Sequences write disjoint blocks (shared prefix blocks are full).

    Why pairs, each doing its own RoPE and cache write: a lone sequence splits over the threads
    too (one thread: 0.95 ms per layer of the 1B shape, 8 kv heads of 64, at a 1,000-token
    context), a batch whose sequences differ in length balances better, and nothing runs on
    one thread before the region (16 sequences' RoPE and cache writes took ~100 us there; the
    RoPE tables come once per forward pass, not once per layer)."""
    n = qkv.shape[0]
    kr, vr, ksr, vsr = _rows(kc), _rows(vc), _rows(ks), _rows(vs)
    n_blocks, bs = kc.shape[1], kc.shape[2]
    for item in prange(n * n_kv):
        i, hk = item // n_kv, item % n_kv
        pos = positions[i]
        lo = max(0, pos - window + 1) if window > 0 else 0
        qg, s, acc, krows, vrows = _group_scratch(n_heads // n_kv, hd, hdv, pos + 1 - lo, bs)
        _attend_group(qkv[i], n_heads, n_kv, hd, hdv, q_w, k_w, eps, cos[i], sin[i], n_rot, neox, hk, pos, lo,
                      kr, vr, ksr, vsr, qk, qv, n_blocks, bs, tables[i], ring, scale, out[i], qg, s, acc, krows, vrows)


@njit(cache=True, nogil=True, inline="always")
def _key_stride(n_keys):
    """The row stride (floats) of a head's transposed keys [d, stride]: n_keys, or 16 more where the
    rows would be an even number of 64-byte lines apart. Why: a score product reads 32 keys of
    every dim row in turn, and rows 2 KiB apart (512 keys) fall in 2 of the L1 cache's 64 sets
    and evict each other: scores over 512 keys ran at 75 (head dim 256) and 63 (64) G
    multiply-adds/s, at a stride of 528 at 92 and 99 (one thread)."""
    return n_keys + 16 if n_keys % 32 == 0 else n_keys


@njit(cache=True, nogil=True, fastmath=True, inline="always")
def _attend_heads(q, qo, g, d, kt, ko, kstride, v, vo, vstride, dv, nt, scale, qs, s, sn, out, oo):  # noqa: PLR0913
    """The g query heads q[qo + u*d : ...] (u < g) of one row, sharing one kv head, over nt keys
    kt[ko + j*kstride + t] (transposed: dim j, key t) and values v[vo + t*vstride + c], into
    out[oo + u*dv + c]; flat float32 arrays. qs [g*d] and s [g*sn] (sn >= nt) are scratch.

    Scores and weighted values are cpu.mm4x32 products (4 heads at a time, register
    accumulators: each key and value row read once for 4 heads), one multiply-add chain per
    output, so a head's result does not depend on the other heads or rows of the call; the
    softmax uses fast_exp."""
    sc = np.float32(scale)
    for i in range(g * d):
        qs[i] = q[qo + i] * sc
    for c0 in range(0, nt, 32):
        for u in range(0, g, 4):
            mm4x32(qs, u * d, d, min(4, g - u), kt, ko + c0, kstride, d, s, u * sn + c0, sn, min(32, nt - c0))
    for u in range(g):
        b = np.uint64(u * sn)
        m = s[b]
        for t in range(np.uint64(nt)):
            m = max(m, s[b + t])
        total = np.float32(0.0)
        for t in range(np.uint64(nt)):
            e = fast_exp(s[b + t] - m)
            s[b + t] = e
            total += e
        inv = np.float32(1.0) / total
        for t in range(np.uint64(nt)):
            s[b + t] *= inv
    for c0 in range(0, dv, 32):
        for u in range(0, g, 4):
            mm4x32(s, u * sn, sn, min(4, g - u), v, vo + c0, vstride, nt, out, oo + u * dv + c0, dv, min(32, dv - c0))


@njit(parallel=True, cache=True, nogil=True, fastmath=True)
def attend_rows(q, kt, v, pos0, lo, window, scale, out):  # noqa: PLR0913
    """Causal attention of n consecutive tokens of one sequence (a prompt chunk) over its cache.

    q [n, H, d] (normed, rotated) at positions pos0 .. pos0+n-1; kt [Hkv, d, T] the keys of
    positions lo .. lo+T-1 transposed, v [Hkv, T, dv] their values; window > 0: a token at p
    sees keys p-window+1 .. p; out [n, H, dv]. Grouped heads: query head h uses kv head h // g.

    Why: the numpy path (BLAS matmuls over the whole [n, T] score square, -inf mask, numpy
    softmax) ran on one thread (BLAS is pinned to one: its spinning workers fought numba's) and
    computed the masked half too: 0.75 s of a 3.8 s 512-token prefill of the 1B shape. Here
    (kv head, row) items split over the threads, each row scores only the keys it sees, its g
    query heads together (_attend_heads). Items pair short and long rows (0, n-1, 1, n-2, ...):
    the threads take equal runs of items, and in row order the one with the later rows had
    three times the work."""
    n, n_heads, d = q.shape
    n_kv, _, n_keys = kt.shape
    dv = v.shape[2]
    g = n_heads // n_kv
    stride = _key_stride(n_keys)
    if stride != n_keys:  # a copy at a stride that spreads the key rows over the cache sets
        padded = np.empty((n_kv, d, stride), np.float32)
        for h in prange(n_kv * d):
            for t in range(n_keys):
                padded[h // d, h % d, t] = kt[h // d, h % d, t]
        ktf = padded.reshape(-1)
    else:
        ktf = kt.reshape(-1)
    qf, vf, of = q.reshape(-1), v.reshape(-1), out.reshape(-1)
    for item in prange(n_kv * n):
        hk, k = item // n, item % n
        i = k // 2 if k % 2 == 0 else n - 1 - k // 2
        pos = pos0 + i
        first = max(lo, pos - window + 1) if window > 0 else lo
        t0, nt = first - lo, pos + 1 - first
        sn = (nt + 15) // 16 * 16
        s, qs = np.empty(g * sn, np.float32), np.empty(g * d, np.float32)
        at = i * n_heads + hk * g
        _attend_heads(qf, at * d, g, d, ktf, hk * d * stride + t0, stride, vf, (hk * n_keys + t0) * dv, dv, dv, nt,
                      scale, qs, s, sn, of, at * dv)


@njit(cache=True, nogil=True, fastmath=False)
def _rope_exact(x, cos, sin, n_rot, neox, out):
    """layers.Rope of one head, bit for bit: x rotated over its first n_rot dims into out (the rest
    copied). fastmath=False said explicitly: numba compiles a callee with its caller's fastmath
    unless the callee sets it, and fused multiply-adds differ from numpy's in the last bit."""
    for j in range(x.shape[0]):
        out[j] = x[j]
    half = n_rot // 2
    if neox:  # one loop per pairing (as _norm_rope): vectorised, the same operations per element
        for i in range(half):
            x0, x1 = x[i], x[i + half]
            out[i] = x0 * cos[i] - x1 * sin[i]
            out[i + half] = x0 * sin[i] + x1 * cos[i]
    else:
        for i in range(half):
            x0, x1 = x[2 * i], x[2 * i + 1]
            out[2 * i] = x0 * cos[i] - x1 * sin[i]
            out[2 * i + 1] = x0 * sin[i] + x1 * cos[i]


@njit(cache=True, nogil=True, fastmath=False)
def _norm_rope_exact(src, w, eps, cos, sin, n_rot, neox, buf, normed, out):
    """One head as Attention.mix's numpy path computes it, bit for bit: RMSNorm (rms_norm, the
    function RMSNorm calls, on a C-contiguous [1, d] buffer like its rows) when w.size > 0, then
    _rope_exact. buf, normed: [1, d] scratch."""
    for j in range(src.shape[0]):
        buf[0, j] = src[j]
    if w.shape[0] > 0:
        rms_norm(buf, w, eps, normed)
        _rope_exact(normed[0], cos, sin, n_rot, neox, out)
    else:
        _rope_exact(buf[0], cos, sin, n_rot, neox, out)


@njit(parallel=True, cache=True, nogil=True, fastmath=True)
def attend_prompts(  # noqa: PLR0913
    qkv, n_heads, n_kv, hd, hdv, q_w, k_w, eps, cos, sin, n_rot, neox, starts, positions,
    kc, vc, ks, vs, qk, qv, tables, ring, window, scale, out
):
    """The attention of a pass of several short prompts (or prompt chunks), from their fused
    q|k|v rows to out [n, n_heads * hdv], in parallel over (sequence, kv head) items: sequence s
    owns rows starts[s] .. starts[s+1]-1 at positions positions[s] ... with block table tables[s]
    (ring > 0: window ring blocks; window > 0: sliding window); cos/sin [n, n_rot/2] per row.

    Each item normalises and rotates its rows' keys and stores them and the values (_store_row,
    the cache's f16 / q8_0 types), decodes its cached keys (transposed) and values once
    (_load_row), then runs attend_rows' per-row body (_attend_heads) for its query heads. QK-norm
    and RoPE are _norm_rope_exact, bit for bit the numpy path's: a sequence's outputs do not
    depend on whether it shares the pass (greedy batched output equals each request alone).

    Why: Attention.mix's per-segment path ran each sequence's numpy RoPE, cache encode/gather
    and an attend_rows call in turn on the calling thread; with 16 prompts of ~20 tokens (the
    1B shape) that was ~0.14 s per prompt pass while the other thread slept."""
    n_seg = positions.shape[0]
    kr, vr, ksr, vsr = _rows(kc), _rows(vc), _rows(ks), _rows(vs)
    n_blocks, bs = kc.shape[1], kc.shape[2]
    g = n_heads // n_kv
    for item in prange(n_seg * n_kv):
        sq, hk = item // n_kv, item % n_kv
        a, b = starts[sq], starts[sq + 1]
        pos0, table = positions[sq], tables[sq]
        lo = max(0, pos0 - window + 1) if window > 0 else 0
        row = np.empty(max(hd, hdv), np.float32)
        krow, vrow = row[:hd], row[:hdv]
        buf, normed = np.empty((1, hd), np.float32), np.empty((1, hd), np.float32)
        kbase, vbase = n_heads * hd + hk * hd, n_heads * hd + n_kv * hd + hk * hdv
        for i in range(a, b):
            pos = pos0 + i - a
            blk = pos // bs
            r = (hk * n_blocks + table[blk % ring if ring > 0 else blk]) * bs + pos % bs
            _norm_rope_exact(qkv[i, kbase : kbase + hd], k_w, eps, cos[i], sin[i], n_rot, neox, buf, normed, krow)
            _store_row(krow, qk, kr[r], ksr[r] if qk else ksr[0])
            vrow[:] = qkv[i, vbase : vbase + hdv]
            _store_row(vrow, qv, vr[r], vsr[r] if qv else vsr[0])
        n_keys = pos0 + b - a - lo
        kstride = _key_stride(n_keys)
        kt = np.empty((1, hd, kstride), np.float32)
        vv = np.empty((1, n_keys, hdv), np.float32)
        for t in range(n_keys):
            p = lo + t
            blk = p // bs
            r = (hk * n_blocks + table[blk % ring if ring > 0 else blk]) * bs + p % bs
            _load_row(kr, r, ksr, qk, krow)
            for j in range(hd):
                kt[0, j, t] = krow[j]
            _load_row(vr, r, vsr, qv, vrow)
            for j in range(hdv):
                vv[0, t, j] = vrow[j]
        qg = np.empty((g, hd), np.float32)
        sn = (n_keys + 15) // 16 * 16
        s, qs = np.empty(g * sn, np.float32), np.empty(g * hd, np.float32)
        qf, ktf, vf, of = qg.reshape(-1), kt.reshape(-1), vv.reshape(-1), out.reshape(-1)
        for i in range(a, b):
            pos = pos0 + i - a
            first = max(lo, pos - window + 1) if window > 0 else lo
            t0, nt = first - lo, pos + 1 - first
            for u in range(g):
                h = hk * g + u
                _norm_rope_exact(qkv[i, h * hd : (h + 1) * hd], q_w, eps, cos[i], sin[i], n_rot, neox, buf, normed, qg[u])
            _attend_heads(qf, 0, g, hd, ktf, t0, kstride, vf, t0 * hdv, hdv, hdv, nt, scale, qs, s, sn, of,
                          (i * n_heads + hk * g) * hdv)


# --- the decode pass: every layer of a decode step in one parallel region -------------------------
def _pointer_to(dtype: types.Type):  # noqa: ANN202
    """An intrinsic ptr(addr) -> `dtype`* (LLVM inttoptr): a weight's or cache's data from its address."""
    @intrinsic
    def ptr(typingctx, addr):  # noqa: ANN001, ANN202, ARG001
        def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
            return builder.inttoptr(args[0], context.get_value_type(sig.return_type))

        return types.CPointer(dtype)(types.int64), codegen

    return ptr


_U8, _U16, _U64, _I8 = (_pointer_to(t) for t in (types.uint8, types.uint16, types.uint64, types.int8))


@intrinsic
def _pointer_like(typingctx, addr, like):  # noqa: ANN001, ANN202, ARG001
    """addr as a pointer to `like`'s element type (KV caches: float16 bits or q8_0 codes)."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        return builder.inttoptr(args[0], context.get_value_type(sig.return_type))

    return types.CPointer(like.dtype)(types.int64, like), codegen


@intrinsic
def _unref(typingctx, a):  # noqa: ANN001, ANN202, ARG001
    """The same array (data, shape, strides) without its reference-counted owner, so that views of
    it and calls taking it count no references. numba takes an atomic reference on an array for
    every view, slice and call that takes it (inlined helpers included), which in a decode
    step's attention (a few hundred per (sequence, kv head) item) cost more than the work at
    short contexts. Only for arrays something else keeps alive while the result is used: a
    function's own arguments, which its caller holds."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202
        src = context.make_array(sig.args[0])(context, builder, args[0])
        dst = context.make_array(sig.return_type)(context, builder)
        for name in ("nitems", "itemsize", "data", "shape", "strides"):
            setattr(dst, name, getattr(src, name))
        dst.meminfo = ir.Constant(dst.meminfo.type, None)
        dst.parent = ir.Constant(dst.parent.type, None)
        return dst._getvalue()

    return a(a), codegen


@intrinsic
def cycles(typingctx):  # noqa: ANN001, ANN202, ARG001
    """The CPU's time-stamp counter (llvm.readcyclecounter: rdtsc on x86): decode_pass's phase
    probe reads it where a thread leaves each phase (bench/decode_profile.py --phases)."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(ir.IntType(64), []), "llvm.readcyclecounter")
        return builder.call(fn, [])

    return types.int64(), codegen


# layout of DecodePlan's weight table (see models/decode.py): per layer and slot, the addresses of
# a Tiled weight's six arrays and, in WMETA, their shapes and the form's nplanes, group and bias
WSLOTS = 5  # 0 attention output, 1 gate|up, 2 down, 3 and 4: the layer's own q|k|v (one or two weights)
WMETA = 16


@njit(cache=True, nogil=True, inline="always")
def _weight(wp, wm, l, s):
    """cpu._matmul_tiles' weight arguments (q, planes, nplanes, d, dm, sc, mn, group, bias) of slot s
    of layer l, as views of the arrays at the table's addresses (no reference counting)."""
    a, m = wp[l, s], wm[l, s]
    return (carray(_U8(a[0]), (m[0], m[1], 4 * LANES)), carray(_U64(a[1]), (m[2], m[3], m[4], 2)), m[13],
            carray(_U16(a[2]), (m[5], m[6], LANES)), carray(_U16(a[3]), (m[7], m[8], LANES)),
            carray(_I8(a[4]), (m[9], m[10], LANES)), carray(_I8(a[5]), (m[11], m[12], LANES)), m[14], m[15])


@njit(cache=True, nogil=True, inline="always")
def _gps_of(wm, l, s, cols):
    """Groups per activation block of slot s of layer l, whose input has `cols` columns (cpu._gps)."""
    return (cols // wm[l, s, 6]) // wm[l, s, 14]


@njit(cache=True, nogil=True, inline="always")
def _rows_of(buf, n, cols):
    """The first n*cols elements of a flat scratch buffer as a C-contiguous [n, cols] array."""
    return buf[: n * cols].reshape(n, cols)


@njit(cache=True, nogil=True, inline="always")
def _tiles_phase(sync, phase, threads, wp, wm, l, s, xq, dx, xs, out):
    """Phase: the tiles of slot s of layer l over the threads (cpu._product_phase), out = W @ x."""
    q, pl, npl, d, dm, sc, mn, group, bias = _weight(wp, wm, l, s)
    _product_phase(sync, phase, threads, True, q, pl, npl, d, dm, sc, mn, group, bias, xq, dx, xs, out, q.shape[0],
                   q, pl, npl, d, dm, sc, mn, group, bias, xq, dx, xs, out, 0)


@njit(cache=True, nogil=True, inline="always")
def _pair_phase(sync, phase, threads, wp, wm, l, qa, dxa, xsa, ya, qb, dxb, xsb, yb):
    """Phase: slots 3 and 4 of layer l (the q|k|v, or the head at l = layers) as one run of tiles."""
    q3, pl3, np3, d3, dm3, sc3, mn3, g3, b3 = _weight(wp, wm, l, 3)
    q4, pl4, np4, d4, dm4, sc4, mn4, g4, b4 = _weight(wp, wm, l, 4)
    _product_phase(sync, phase, threads, True, q3, pl3, np3, d3, dm3, sc3, mn3, g3, b3, qa, dxa, xsa, ya, q3.shape[0],
                   q4, pl4, np4, d4, dm4, sc4, mn4, g4, b4, qb, dxb, xsb, yb, q4.shape[0])


@njit(cache=True, nogil=True, fastmath=True, inline="always")
def _gather(joint, ya, yb, ra, bias, i, c0, c1):
    """joint[i, c0:c1] = the q|k|v row's columns from the two products' outputs (+ bias)."""
    for c in range(c0, c1):
        v = ya[i, c] if c < ra else yb[i, c - ra]
        joint[i, c] = v + bias[c] if bias.shape[0] > 0 else v


@njit(parallel=True, fastmath=True, cache=True, nogil=True, error_model="numpy")
def decode_pass(  # noqa: PLR0913
    wp, wm, norms, eps, post, gelu, x, qkv_bias, heads, qk_w, attn_i, attn_f, cos, sin, positions, tables, ring_tables,
    ring_blocks, kvp, kvm, k_like, v_like, ks_like, vs_like, qk, qv, joint, att, ao, z, y, h, out, ybuf_a, ybuf_b,
    logits, qbuf_a, dxbuf_a, xsbuf_a, qbuf_b, dxbuf_b, xsbuf_b, stamps, threads,
):
    """One decode step of every layer, x [n, d] (the embedded tokens, one per sequence) -> logits
    [n, head tiles * 16], in ONE parallel region: per layer, phases of units the threads claim
    (a thread that runs out spins until the phase is done, cpu.tiled_ffn's scheme)

        attention of each (sequence, kv head) item (q|k|v gathered + bias, QK-norm, RoPE, cache
        write, attention over the cache: _attend_group) -> int8 blocks of its output per row ->
        wo tiles -> residual + FFN norm + int8 blocks per row -> gate|up tiles -> GLU + int8
        blocks per column span -> down tiles -> residual + the next layer's attention norm (the
        output norm after the last) + int8 blocks per row -> the next q|k|v (the head) tiles

    after the first layer's norm and q|k|v. The same functions on the same numbers as the
    separate steps (Block.step with quants.block_tail and the attention kernels): bit-identical.

    Why: per-layer regions put the worker to sleep between layers (the calling thread ran
    attention and ~100 us of Python and numba dispatch there; GOMP_SPINCOUNT=0) and a woken worker
    starts slow; here it wakes once per step and the attention runs on both threads.

    Weights by address (wp int64 [layers+1, WSLOTS, 6], wm [.., WMETA]: DecodePlan); norms float32
    [layers+1, 4, d]: attention norm (row `layers`: the output norm), FFN norm, post-attention and
    post-FFN norms (used when `post`); eps float64 [layers+1, 2] (attention norm, FFN norms);
    qkv_bias float32 [layers, q|k|v rows] or [layers, 0]; heads (n_heads, n_kv, head_dim,
    head_dim_v); qk_w float32 [layers, 2, head_dim or 0] QK-norm weights; attn_i int64 [layers, 5]
    (rows of slot 3's output, n_rot, neox, window, RoPE table index), attn_f float64
    [layers, 2] (QK-norm eps, scale); cos/sin [ropes, n, n_rot/2]; positions [n]; tables /
    ring_tables [n, width] block tables (Batch.block_tables), ring_blocks; kvp int64 [layers, 4]
    addresses of the layer's k, v, k-scale, v-scale rows, kvm int64 [layers, 11] (blocks, block
    size, rows and width of each, ring layer), *_like: arrays of their element types; qk/qv KV codes.
    x is updated in place (the residual stream); the rest is scratch (flat buffers sized for the
    largest use: DecodePlan._scratch_widths). stamps int64 [threads, phases + 1] or [0, 0]: the
    phase probe, each thread's time-stamp counter (cycles) at the start and where it leaves each
    phase (2 + 9 per layer: the first norm and q|k|v, then the nine above)."""
    layers = wm.shape[0] - 1
    sync = np.zeros(2 * (2 + 9 * layers), np.int64)  # (claimed, done) of each phase
    args = (wp, wm, norms, eps, post, gelu, x, qkv_bias, heads, qk_w, attn_i, attn_f, cos, sin, positions, tables,
            ring_tables, ring_blocks, kvp, kvm, k_like, v_like, ks_like, vs_like, qk, qv, joint, att, ao, z, y, h, out,
            ybuf_a, ybuf_b, logits, qbuf_a, dxbuf_a, xsbuf_a, qbuf_b, dxbuf_b, xsbuf_b, stamps)
    if threads == 1:  # too little work to pay for waking a thread (DecodePlan.run): no region
        _decode_steps(sync, 1, 0, *args)
    else:
        for me in prange(threads):
            _decode_steps(sync, threads, me, *args)


@njit(fastmath=True, cache=True, nogil=True, error_model="numpy")
def _decode_steps(  # noqa: PLR0913
    sync, threads, me, wp, wm, norms, eps, post, gelu, x, qkv_bias, heads, qk_w, attn_i, attn_f, cos, sin, positions, tables,
    ring_tables, ring_blocks, kvp, kvm, k_like, v_like, ks_like, vs_like, qk, qv, joint, att, ao, z, y, h, out, ybuf_a,
    ybuf_b, logits, qbuf_a, dxbuf_a, xsbuf_a, qbuf_b, dxbuf_b, xsbuf_b, stamps,
):
    """One thread's part of decode_pass (thread `me`): every phase in order, claiming units of each.
    Its arrays are taken without their owners (_unref; decode_pass's caller holds them): both
    threads' per-item and per-row views of the same arrays then move no reference count's cache
    line between the cores."""
    (sync, wp, wm, norms, eps, x, qkv_bias, heads, qk_w, attn_i, attn_f, cos, sin, positions, tables, ring_tables, kvp,
     kvm, joint, att, ao, z, y, h, out, ybuf_a, ybuf_b, logits, qbuf_a, dxbuf_a, xsbuf_a, qbuf_b, dxbuf_b, xsbuf_b,
     stamps) = (_unref(sync), _unref(wp), _unref(wm), _unref(norms), _unref(eps), _unref(x), _unref(qkv_bias),
                _unref(heads), _unref(qk_w), _unref(attn_i), _unref(attn_f), _unref(cos), _unref(sin), _unref(positions),
                _unref(tables), _unref(ring_tables), _unref(kvp), _unref(kvm), _unref(joint), _unref(att), _unref(ao),
                _unref(z), _unref(y), _unref(h), _unref(out), _unref(ybuf_a), _unref(ybuf_b), _unref(logits),
                _unref(qbuf_a), _unref(dxbuf_a), _unref(xsbuf_a), _unref(qbuf_b), _unref(dxbuf_b), _unref(xsbuf_b),
                _unref(stamps))
    layers = wm.shape[0] - 1
    n, d = x.shape
    n_heads, n_kv, hd, hdv = heads[0], heads[1], heads[2], heads[3]
    ff = h.shape[1]
    pd = d if post else 0
    g = n_heads // n_kv
    units = 4 * threads  # GLU column spans
    # attention scratch of this thread for the step: keys up to the longest sequence's position
    qg, sc, acc, krows, vrows = _group_scratch(g, hd, hdv, positions.max() + 1, kvm[0, 1])
    probe = stamps.shape[0] > 0
    if probe:
        stamps[me, 0] = cycles()
    phase = 0
    for l in range(-1, layers):
        if l >= 0:
            ra = attn_i[l, 0]
            cols_a, cols_b = wm[l, 3, 0] * LANES, wm[l, 4, 0] * LANES
            ya, yb = _rows_of(ybuf_a, n, cols_a), _rows_of(ybuf_b, n, cols_b)
            bias = qkv_bias[l]
            m = kvm[l]
            kr = carray(_pointer_like(kvp[l, 0], k_like), (m[2], m[3]))
            vr = carray(_pointer_like(kvp[l, 1], v_like), (m[4], m[5]))
            ksr = carray(_pointer_like(kvp[l, 2], ks_like), (m[6], m[7]))
            vsr = carray(_pointer_like(kvp[l, 3], vs_like), (m[8], m[9]))
            n_rot, neox, window, ri, ring = attn_i[l, 1], attn_i[l, 2] != 0, attn_i[l, 3], attn_i[l, 4], m[10]
            q_w, k_w = qk_w[l, 0], qk_w[l, 1]
            u = _claim(sync, phase, n * n_kv)
            while u >= 0:  # attention items
                i, hk = u // n_kv, u % n_kv
                kb, vb = n_heads * hd + hk * hd, n_heads * hd + n_kv * hd + hk * hdv
                _gather(joint, ya, yb, ra, bias, i, hk * g * hd, (hk + 1) * g * hd)
                _gather(joint, ya, yb, ra, bias, i, kb, kb + hd)
                _gather(joint, ya, yb, ra, bias, i, vb, vb + hdv)
                pos = positions[i]
                lo = max(0, pos - window + 1) if window > 0 else 0
                table = ring_tables[i] if ring else tables[i]
                n_ring = ring_blocks if ring else 0  # (a call of over 30 arguments takes no inline branch in numba)
                _attend_group(joint[i], n_heads, n_kv, hd, hdv, q_w, k_w, attn_f[l, 0], cos[ri, i], sin[ri, i],
                              n_rot, neox, hk, pos, lo, kr, vr, ksr, vsr, qk, qv, m[0], m[1], table,
                              n_ring, attn_f[l, 1], att[i], qg, sc, acc, krows, vrows)
                _fetch_add(sync, 2 * phase + 1, 1)
                u = _claim(sync, phase, n * n_kv)
            _finish(sync, phase, n * n_kv)
            phase += 1
            if probe:
                stamps[me, phase] = cycles()
            a = att.shape[1]
            g0 = wm[l, 0, 14]
            aq, adx, axs = _rows_of(qbuf_a, n, a + X_PAD), _rows_of(dxbuf_a, n, a // g0), _rows_of(xsbuf_a, n, a // g0)
            u = _claim(sync, phase, n)
            gps0 = _gps_of(wm, l, 0, a)
            while u >= 0:  # int8 blocks of the attention output
                _quantize_row(att[u], g0, gps0, aq[u], adx[u], axs[u])
                _fetch_add(sync, 2 * phase + 1, 1)
                u = _claim(sync, phase, n)
            _finish(sync, phase, n)
            phase += 1
            if probe:
                stamps[me, phase] = cycles()
            _tiles_phase(sync, phase, threads, wp, wm, l, 0, aq, adx, axs, ao)
            phase += 1
            if probe:
                stamps[me, phase] = cycles()
            g1 = wm[l, 1, 14]
            xq, xdx, xxs = _rows_of(qbuf_a, n, d + X_PAD), _rows_of(dxbuf_a, n, d // g1), _rows_of(xsbuf_a, n, d // g1)
            gps1 = _gps_of(wm, l, 1, d)
            u = _claim(sync, phase, n)
            while u >= 0:  # residual, FFN norm, int8 blocks
                _residual(x[u : u + 1], ao[u : u + 1, :d], norms[l, 2, :pd], eps[l, 1], z[u : u + 1])
                rms_norm(x[u : u + 1], norms[l, 1], eps[l, 1], z[u : u + 1])
                _quantize_row(z[u], g1, gps1, xq[u], xdx[u], xxs[u])
                _fetch_add(sync, 2 * phase + 1, 1)
                u = _claim(sync, phase, n)
            _finish(sync, phase, n)
            phase += 1
            if probe:
                stamps[me, phase] = cycles()
            _tiles_phase(sync, phase, threads, wp, wm, l, 1, xq, xdx, xxs, y)
            phase += 1
            if probe:
                stamps[me, phase] = cycles()
            g2 = wm[l, 2, 14]
            groups2, gps2 = ff // g2, _gps_of(wm, l, 2, ff)
            blocks2 = groups2 // gps2  # h's activation blocks
            hq, hdx, hxs = _rows_of(qbuf_a, n, ff + X_PAD), _rows_of(dxbuf_a, n, groups2), _rows_of(xsbuf_a, n, groups2)
            u = _claim(sync, phase, units)
            while u >= 0:  # GLU and int8 blocks, column spans
                s0, s1 = blocks2 * u // units * gps2, blocks2 * (u + 1) // units * gps2
                c0, c1 = s0 * g2, s1 * g2
                for j in range(n):
                    glu_span(y[j, c0:c1], y[j, ff + c0 : ff + c1], gelu, h[j, c0:c1])
                    _quantize_row(h[j, c0:c1], g2, gps2, hq[j, c0:c1], hdx[j, s0:s1], hxs[j, s0:s1])
                _fetch_add(sync, 2 * phase + 1, 1)
                u = _claim(sync, phase, units)
            _finish(sync, phase, units)
            phase += 1
            if probe:
                stamps[me, phase] = cycles()
            _tiles_phase(sync, phase, threads, wp, wm, l, 2, hq, hdx, hxs, out)
            phase += 1
            if probe:
                stamps[me, phase] = cycles()
        nl = l + 1  # the next layer's attention input (the head's after the last)
        ga, gb = wm[nl, 3, 14], wm[nl, 4, 14]
        with_b = wm[nl, 4, 0] > 0
        qa, dxa, xsa = _rows_of(qbuf_a, n, d + X_PAD), _rows_of(dxbuf_a, n, d // ga), _rows_of(xsbuf_a, n, d // ga)
        qb, dxb, xsb = _rows_of(qbuf_b, n, d + X_PAD if with_b else 0), _rows_of(dxbuf_b, n, d // gb if with_b else 0), \
            _rows_of(xsbuf_b, n, d // gb if with_b else 0)
        gpsa, gpsb = _gps_of(wm, nl, 3, d), _gps_of(wm, nl, 4, d) if with_b else 1
        u = _claim(sync, phase, n)
        while u >= 0:  # residual, the next norm, int8 blocks
            if l >= 0:
                _residual(x[u : u + 1], out[u : u + 1, :d], norms[l, 3, :pd], eps[l, 1], z[u : u + 1])
            rms_norm(x[u : u + 1], norms[nl, 0], eps[nl, 0], z[u : u + 1])
            _quantize_row(z[u], ga, gpsa, qa[u], dxa[u], xsa[u])
            if with_b:
                _quantize_row(z[u], gb, gpsb, qb[u], dxb[u], xsb[u])
            _fetch_add(sync, 2 * phase + 1, 1)
            u = _claim(sync, phase, n)
        _finish(sync, phase, n)
        phase += 1
        if probe:
            stamps[me, phase] = cycles()
        if nl < layers:
            ya, yb = _rows_of(ybuf_a, n, wm[nl, 3, 0] * LANES), _rows_of(ybuf_b, n, wm[nl, 4, 0] * LANES)
        else:
            ya, yb = logits, _rows_of(ybuf_b, n, 0)
        _pair_phase(sync, phase, threads, wp, wm, nl, qa, dxa, xsa, ya, qb, dxb, xsb, yb)
        phase += 1
        if probe:
            stamps[me, phase] = cycles()
