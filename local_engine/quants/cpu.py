"""numba CPU kernels: products over `Tiled` weights and exact dequantization (see formats.py).

Products run one 16-row tile per `prange` iteration through the vector intrinsic below
(float32 FMA over int8, 4- or 5-bit values; measured 1.4x the previous 8-row scalar-accumulator
kernel in cache, and 4/5-bit tiles cut the bytes decode streams). Eight or four input vectors
share each weight load, so a batch reads the weights from memory once. Offsets contribute
offset * sum(x over the group), from group sums computed once per call.

Indices are unsigned on purpose: with signed runtime offsets numba emits negative-index
wraparound code that stops LLVM vectorising (measured 4x slower).
Dequantization uses no fastmath so `scale*q + offset` rounds exactly like gguf's numpy code.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from llvmlite import ir
from numba import njit, prange, types
from numba.core import cgutils
from numba.extending import intrinsic

# --- hand-vectorised tile products -----------------------------------------------------------
# With 16 weight rows interleaved per column (formats.Tiled), one 16-lane vector of weights times
# one broadcast activation accumulates 16 row dots at once, with no horizontal reduction per
# group; numba's loop vectoriser cannot be made to keep such lane-wise accumulators in registers
# (tried: named scalars and small arrays both stay scalar, 2-6x slower). An intrinsic emits the
# vector code directly, and numba inlines it into the kernels below. It lives in this file on
# purpose: numba's disk cache is invalidated by changes to the file of the cached function only.

LANES = 16  # rows per tile = float32 lanes of one AVX-512 register (two AVX2 registers)

_I32 = ir.IntType(32)
_I64 = ir.IntType(64)
_F32 = ir.FloatType()
_VF = ir.VectorType(_F32, LANES)
_VI8 = ir.VectorType(ir.IntType(8), LANES)
_VH = ir.VectorType(ir.HalfType(), LANES)
_VI32 = ir.VectorType(_I32, LANES)
# software prefetch distance in the weight stream: the hardware streamer stops at 4 KiB page
# boundaries; measured 6.8 -> 11 GB/s on a 168 MB Q8_0 product with one thread (1-8 KiB tried)
_PREFETCH_BYTES = 4096
_ZERO = ir.Constant(_VF, None)


def _i64(v: int) -> ir.Constant:
    return ir.Constant(_I64, v)


def _splat(builder: ir.IRBuilder, value: ir.Value, vtype: ir.VectorType = _VF) -> ir.Value:
    """A 16-lane vector with every lane = value."""
    one = builder.insert_element(ir.Constant(vtype, ir.Undefined), value, ir.Constant(_I32, 0))
    return builder.shuffle_vector(one, ir.Constant(vtype, ir.Undefined), ir.Constant(ir.VectorType(_I32, LANES), [0] * LANES))


def _load_vf(builder: ir.IRBuilder, base: ir.Value, index: ir.Value, half: bool) -> ir.Value:
    """16 floats at base[index]: float32, or float16 bits (uint16 storage) widened exactly."""
    if not half:
        return builder.load(builder.bitcast(builder.gep(base, [index]), _VF.as_pointer()), align=4)
    raw = builder.load(builder.bitcast(builder.gep(base, [index]), _VH.as_pointer()), align=2)
    return builder.fpext(raw, _VF)


class _TileDot:
    """Emits one tile_dot call (see `tile_dot`): a loop over groups, an inner loop of steps over
    the group's columns, then per group the scale (and offset / bias) terms.

    Columns per inner step: int8 -> 4 (1 vector), 2 (4 vectors) or 1 (8 vectors); nibbles ->
    pairs of columns from one byte vector (plus a bit of the group's plane). That gives enough
    independent accumulators to cover the FMA latency, and more vectors share each unpacked
    weight vector (5-bit unpacking costs ~11 vector ops per pair of columns). Nibbles are
    unpacked in 32-bit lanes (x86 has no 8-bit vector shifts); their bias is applied per group
    as bias * sum(x over the group), not per weight."""

    def __init__(self, nv: int, nibbles: bool, fifth_bit: bool, context: Any, builder: ir.IRBuilder, sig: Any, args: Any):
        self.nv, self.nibbles, self.fifth_bit, self.b = nv, nibbles, fifth_bit, builder
        self.steps = {1: 4, 4: 2, 8: 1}[nv] if not nibbles else (2 if nv == 1 else 1)
        q, qo, x, xo, xstride, s, m, so, xs, xso, xsstride, out, oo, ostride, groups, group, bias, qh = args
        tys = sig.args
        self.half_scales = tys[5].dtype == types.uint16  # scales/offsets stored as float16 bits

        def data(i: int, val: ir.Value) -> ir.Value:
            return context.make_array(tys[i])(context, builder, val).data

        def rows(base: ir.Value, first: ir.Value, stride: ir.Value) -> list[ir.Value]:
            return [builder.gep(base, [builder.add(first, builder.mul(_i64(j), stride))]) for j in range(nv)]

        self.groups, self.group, self.bias = groups, group, bias
        self.qp, self.sp, self.qhp = builder.gep(data(0, q), [qo]), builder.gep(data(5, s), [so]), builder.gep(data(17, qh), [so])
        marr = context.make_array(tys[6])(context, builder, m)
        self.has_m, self.mp = builder.icmp_signed(">", builder.extract_value(marr.shape, 0), _i64(0)), builder.gep(marr.data, [so])
        self.xps, self.xsps, self.ops = rows(data(2, x), xo, xstride), rows(data(8, xs), xso, xsstride), rows(data(11, out), oo, ostride)
        mod = builder.module
        self.fma_fn = cgutils.get_or_insert_function(mod, ir.FunctionType(_VF, [_VF] * 3), "llvm.fma.v16f32")
        self.fshr = cgutils.get_or_insert_function(mod, ir.FunctionType(_VI32, [_VI32] * 3), "llvm.fshr.v16i32")
        self.prefetch = cgutils.get_or_insert_function(
            mod, ir.FunctionType(ir.VoidType(), [ir.IntType(8).as_pointer(), _I32, _I32, _I32]), "llvm.prefetch.p0"
        )

    def fma(self, a: ir.Value, b: ir.Value, c: ir.Value) -> ir.Value:
        return self.b.call(self.fma_fn, [a, b, c])

    def x_splat(self, ptr: ir.Value, index: ir.Value) -> ir.Value:
        return _splat(self.b, self.b.load(self.b.gep(ptr, [index])))

    def emit(self) -> None:
        b, nv = self.b, self.nv
        slots = self.steps * (2 if self.nibbles else 1)  # independent accumulators per vector
        acc = [cgutils.alloca_once_value(b, _ZERO) for _ in range(nv)]
        d = [[cgutils.alloca_once_value(b, _ZERO) for _ in range(nv)] for _ in range(slots)]
        with cgutils.for_range(b, self.groups) as gl:
            g = gl.index
            for cell in (c for row in d for c in row):
                b.store(_ZERO, cell)
            hv = None
            if self.fifth_bit:
                hv = b.load(b.bitcast(b.gep(self.qhp, [b.mul(g, _i64(LANES))]), _VI32.as_pointer()), align=4)
            per_group = b.udiv(self.group, _i64(2)) if self.nibbles else self.group  # elements per group
            with cgutils.for_range(b, b.udiv(per_group, _i64(self.steps))) as il:
                first = b.add(b.mul(g, per_group), b.mul(il.index, _i64(self.steps)))
                ahead = b.gep(self.qp, [b.add(b.mul(first, _i64(LANES)), _i64(_PREFETCH_BYTES))])
                b.call(self.prefetch, [ahead, ir.Constant(_I32, 0), ir.Constant(_I32, 3), ir.Constant(_I32, 1)])
                for slot, (wf, c) in enumerate(self.step_values(g, first, hv)):
                    for j in range(nv):
                        b.store(self.fma(wf, self.x_splat(self.xps[j], c), b.load(d[slot][j])), d[slot][j])
            self.group_end(g, d, acc)
        for j in range(nv):
            b.store(b.load(acc[j]), b.bitcast(self.ops[j], _VF.as_pointer()), align=4)

    def step_values(self, g: ir.Value, first: ir.Value, hv: ir.Value | None) -> list[tuple[ir.Value, ir.Value]]:
        """(16 float weights, their column) for the elements first .. first + steps - 1 of group g."""
        b, values = self.b, []
        for u in range(self.steps):
            e = b.add(first, _i64(u))  # element: column, or byte column of nibbles
            qv = b.load(b.bitcast(b.gep(self.qp, [b.mul(e, _i64(LANES))]), _VI8.as_pointer()), align=1)
            if not self.nibbles:
                values.append((b.sitofp(qv, _VF), e))
                continue
            half = b.udiv(self.group, _i64(2))
            p = b.sub(e, b.mul(g, half))  # column within the group
            q32 = b.zext(qv, _VI32)
            lo, hi = b.and_(q32, ir.Constant(_VI32, [0x0F] * LANES)), b.lshr(q32, ir.Constant(_VI32, [4] * LANES))
            if hv is not None:
                lo, hi = b.or_(lo, self.fifth(hv, p)), b.or_(hi, self.fifth(hv, b.add(p, half)))
            c = b.add(b.mul(g, self.group), p)
            values += [(b.sitofp(lo, _VF), c), (b.sitofp(hi, _VF), b.add(c, half))]
        return values

    def fifth(self, hv: ir.Value, bit: ir.Value) -> ir.Value:
        """<16 x i32> 16 * (bit `bit` of each lane's plane word): rotate it to bit 4, mask."""
        sh = _splat(self.b, self.b.trunc(self.b.sub(bit, _i64(4)), _I32), _VI32)
        return self.b.and_(self.b.call(self.fshr, [hv, hv, sh]), ir.Constant(_VI32, [16] * LANES))

    def group_end(self, g: ir.Value, d: list[list[ir.Value]], acc: list[ir.Value]) -> None:
        """acc += scale * (sum of the slots [+ bias * sum x]) [+ offset * sum x] for group g."""
        b, nv = self.b, self.nv
        for j in range(nv):
            total = b.load(d[0][j])
            for row in d[1:]:
                total = b.fadd(total, b.load(row[j]))
            b.store(total, d[0][j])
        if self.nibbles:
            with b.if_then(b.icmp_signed("!=", self.bias, _i64(0)), likely=False):
                bias_f = _splat(b, b.sitofp(self.bias, _F32))
                for j in range(nv):
                    b.store(self.fma(bias_f, self.x_splat(self.xsps[j], g), b.load(d[0][j])), d[0][j])
        sv = _load_vf(b, self.sp, b.mul(g, _i64(LANES)), self.half_scales)
        for j in range(nv):
            b.store(self.fma(sv, b.load(d[0][j]), b.load(acc[j])), acc[j])
        with b.if_then(self.has_m, likely=True):
            mv = _load_vf(b, self.mp, b.mul(g, _i64(LANES)), self.half_scales)
            for j in range(nv):
                b.store(self.fma(mv, self.x_splat(self.xsps[j], g), b.load(acc[j])), acc[j])


def _tile_dot_codegen(nv: int, nibbles: bool, fifth_bit: bool) -> Any:
    def codegen(context: Any, builder: ir.IRBuilder, sig: Any, args: Any) -> Any:
        _TileDot(nv, nibbles, fifth_bit, context, builder, sig, args).emit()
        return context.get_dummy_value()

    return codegen


def tile_dot(nv: int, nibbles: bool, fifth_bit: bool = False) -> Any:
    """The intrinsic: tile_dot(q, qo, x, xo, xstride, s, m, so, xs, xso, xsstride, out, oo, ostride,
    groups, group, bias, qh) sets, for j < nv and lane k < 16,

        out[oo + j*ostride + k] = sum_g s[so + 16g + k] * sum_{c in g} w(q, c, k) * x[xo + j*xstride + c]
                                  + m[so + 16g + k] * xs[xso + j*xsstride + g]   (m.shape[0] == 0: no term)

    where w is q[qo + 16c + k] (int8) or, for nibbles, the 4-bit value of column c plus `bias`,
    plus 16 * bit (c - first column of g) of qh[so + 16g + k] with `fifth_bit` (uint32 planes);
    s and m are float32, or uint16 arrays holding float16 values. xs (group sums of x) is read
    when m is not empty or, for nibbles, bias != 0."""
    codegen = _tile_dot_codegen(nv, nibbles, fifth_bit)

    @intrinsic
    def _tile_dot(typingctx, q, qo, x, xo, xstride, s, m, so, xs, xso, xsstride, out, oo, ostride, groups, group, bias, qh):  # noqa: ANN001, ARG001
        i = types.intp
        sig = types.void(q, i, x, i, i, s, m, i, xs, i, i, out, i, i, i, i, i, qh)
        return sig, codegen

    return _tile_dot


# --- kernels -----------------------------------------------------------------------------------

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




_DOT1, _DOT4, _DOT8 = tile_dot(1, False), tile_dot(4, False), tile_dot(8, False)
_DOT1_NIBBLES, _DOT4_NIBBLES, _DOT8_NIBBLES = tile_dot(1, True), tile_dot(4, True), tile_dot(8, True)
_DOT1_FIVE, _DOT4_FIVE, _DOT8_FIVE = tile_dot(1, True, True), tile_dot(4, True, True), tile_dot(8, True, True)


@njit(parallel=True, fastmath=True, cache=True, nogil=True)
def tiled_matmul(q, nibbles, bias, scale, offset, qh, x, out):  # noqa: PLR0913
    """out[j, r] = sum_c w[r, c] * x[j, c] for every (padded) row r of a Tiled weight.

    out: float32 [n, tiles*16]. One parallel region: group sums, then one tile per iteration."""
    tiles = q.shape[0]
    n, cols = x.shape
    groups = scale.shape[1]
    group = cols // groups
    xs = group_sums(x, group) if offset.shape[0] > 0 or bias != 0 else np.zeros((n, 0), dtype=np.float32)
    xg, ostride = xs.shape[1], out.shape[1]
    tq, ts = q.shape[1] * LANES, groups * LANES
    five = qh.shape[0] > 0
    for t in prange(tiles):
        j = 0
        while j + 8 <= n:
            if five:
                _DOT8_FIVE(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias, qh)
            elif nibbles:
                _DOT8_NIBBLES(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias, qh)
            else:
                _DOT8(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias, qh)
            j += 8
        while j + 4 <= n:
            if five:
                _DOT4_FIVE(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias, qh)
            elif nibbles:
                _DOT4_NIBBLES(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias, qh)
            else:
                _DOT4(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias, qh)
            j += 4
        while j < n:
            if five:
                _DOT1_FIVE(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias, qh)
            elif nibbles:
                _DOT1_NIBBLES(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias, qh)
            else:
                _DOT1(q, t * tq, x, j * cols, cols, scale, offset, t * ts, xs, j * xg, xg, out, j * ostride + t * LANES, ostride, groups, group, bias, qh)
            j += 1


@njit(parallel=True, cache=True, nogil=True)
def tiled_dequant_rows(q, nibbles, bias, scale, offset, qh, row_ids, out):
    """out[i] = row row_ids[i] of a Tiled weight (float32 scales) exactly like BlockInt8 (no fastmath, no FMA)."""
    five = qh.shape[0] > 0
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
                    v4 = (byte >> 4) & 15 if c >= half else byte & 15
                    if five:
                        v4 += 16 * ((qh[t, g, k] >> c) & 1)
                    v = np.float32(v4 + bias)
                else:
                    v = np.float32(q[t, g * group + c, k])
                if has_offset:
                    oi[g * group + c] = s * v + m
                else:
                    oi[g * group + c] = s * v


# --- repacking (load time) ---------------------------------------------------------------------
@njit(parallel=True, cache=True, nogil=True)
def rows_to_tiles(a, out):
    """out[t, j, k] = a[16t + k, j], zero past the last row: [rows, n] -> [tiles, n, 16] (any dtype)."""
    rows, n = a.shape
    for t in prange(out.shape[0]):
        for k in range(LANES):
            r = t * LANES + k
            if r < rows:
                for j in range(n):
                    out[t, j, k] = a[r, j]
            else:
                for j in range(n):
                    out[t, j, k] = 0


@njit(parallel=True, cache=True, nogil=True)
def nibbles_to_tiles(q, group, bias, out):
    """4-bit tiles (see formats.Tiled): out[t, g*group/2 + i, k] (uint8) = low 4 bits of v(c) - bias, and of
    v(c + group/2) - bias shifted by 4, for c = g*group + i, v = q[16t + k] (int8 [rows, cols]); zero past the last row."""
    rows, cols = q.shape
    half = group // 2
    for t in prange(out.shape[0]):
        for k in range(LANES):
            r = t * LANES + k
            for g in range(cols // group):
                for i in range(half):
                    if r < rows:
                        lo = (q[r, g * group + i] - bias) & 15
                        hi = (q[r, g * group + half + i] - bias) & 15
                        out[t, g * half + i, k] = np.uint8(lo | (hi << 4))
                    else:
                        out[t, g * half + i, k] = 0


@njit(parallel=True, cache=True, nogil=True)
def fifth_bits_to_tiles(q, group, bias, out):
    """Bit planes of 5-bit tiles: bit i of out[t, g, k] (uint32) = bit 4 of q[16t + k, g*group + i] - bias."""
    rows, cols = q.shape
    for t in prange(out.shape[0]):
        for k in range(LANES):
            r = t * LANES + k
            for g in range(cols // group):
                word = np.uint32(0)
                if r < rows:
                    for i in range(group):
                        word |= np.uint32(((q[r, g * group + i] - bias) >> 4) & 1) << np.uint32(i)
                out[t, g, k] = word
