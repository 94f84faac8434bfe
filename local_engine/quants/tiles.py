"""Hand-vectorised inner loops for `Tiled` weights (see formats.py), as numba intrinsics.

Why LLVM IR: with 16 weight rows interleaved per column, one 16-lane vector of weights times
one broadcast activation accumulates 16 row dots at once, with no horizontal reduction per
group; numba's own loop vectoriser cannot be made to keep such lane-wise accumulators in
registers (tried: named scalars and small arrays both stay scalar, 2-6x slower). An
intrinsic emits the vector code directly, and numba inlines and caches it like any kernel.

`tile_dot(nv, nibbles)` builds the intrinsic for `nv` activation vectors (1 or 4) sharing each
weight load, over int8 tiles or 4-bit tiles (two columns per byte: low nibble = column i of a
group, high nibble = column i + group/2, as GGML stores them). Accumulation is float32 FMA.
"""

from __future__ import annotations

from typing import Any

from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic

LANES = 16  # rows per tile = float32 lanes of one AVX-512 register (two AVX2 registers)

_I32 = ir.IntType(32)
_I64 = ir.IntType(64)
_F32 = ir.FloatType()
_VF = ir.VectorType(_F32, LANES)
_VI8 = ir.VectorType(ir.IntType(8), LANES)
_ZERO = ir.Constant(_VF, None)


def _i64(v: int) -> ir.Constant:
    return ir.Constant(_I64, v)


def _splat(builder: ir.IRBuilder, value: ir.Value, vtype: ir.VectorType = _VF) -> ir.Value:
    """A 16-lane vector with every lane = value."""
    one = builder.insert_element(ir.Constant(vtype, ir.Undefined), value, ir.Constant(_I32, 0))
    return builder.shuffle_vector(one, ir.Constant(vtype, ir.Undefined), ir.Constant(ir.VectorType(_I32, LANES), [0] * LANES))


def _load_vf(builder: ir.IRBuilder, base: ir.Value, index: ir.Value) -> ir.Value:
    return builder.load(builder.bitcast(builder.gep(base, [index]), _VF.as_pointer()), align=4)


def _tile_dot_codegen(nv: int, nibbles: bool) -> Any:
    # columns handled per inner step: int8 -> 4 columns (1 vector) or 1 column (4 vectors);
    # nibbles -> pairs of columns from one byte vector
    steps = (4 if nv == 1 else 1) if not nibbles else (2 if nv == 1 else 1)
    slots = steps * (2 if nibbles else 1)  # independent accumulators per vector

    def codegen(context: Any, builder: ir.IRBuilder, sig: Any, args: Any) -> Any:
        q, qo, x, xo, xstride, s, m, so, xs, xso, xsstride, out, oo, ostride, groups, group, bias = args
        tys = sig.args

        def data(i: int, val: ir.Value) -> ir.Value:
            return context.make_array(tys[i])(context, builder, val).data

        fma_fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(_VF, [_VF] * 3), "llvm.fma.v16f32")

        def fma(a: ir.Value, b: ir.Value, c: ir.Value) -> ir.Value:
            return builder.call(fma_fn, [a, b, c])

        qp = builder.gep(data(0, q), [qo])
        xps = [builder.gep(data(2, x), [builder.add(xo, builder.mul(_i64(j), xstride))]) for j in range(nv)]
        sp = builder.gep(data(5, s), [so])
        marr = context.make_array(tys[6])(context, builder, m)
        has_m = builder.icmp_signed(">", builder.extract_value(marr.shape, 0), _i64(0))
        mp = builder.gep(marr.data, [so])
        xsps = [builder.gep(data(8, xs), [builder.add(xso, builder.mul(_i64(j), xsstride))]) for j in range(nv)]
        ops = [builder.gep(data(11, out), [builder.add(oo, builder.mul(_i64(j), ostride))]) for j in range(nv)]
        bias_v = _splat(builder, builder.trunc(bias, ir.IntType(8)), _VI8) if nibbles else None
        low = ir.Constant(_VI8, [0x0F] * LANES)
        four = ir.Constant(_VI8, [4] * LANES)

        acc = [cgutils.alloca_once_value(builder, _ZERO) for _ in range(nv)]
        d = [[cgutils.alloca_once_value(builder, _ZERO) for _ in range(nv)] for _ in range(slots)]
        half = builder.udiv(group, _i64(2))
        with cgutils.for_range(builder, groups) as gl:
            g = gl.index
            for row in d:
                for cell in row:
                    builder.store(_ZERO, cell)
            col0 = builder.mul(g, group)
            # values of one step: (float weights, column) pairs
            with cgutils.for_range(builder, builder.udiv(half if nibbles else group, _i64(steps))) as il:
                first = builder.add(builder.mul(g, half if nibbles else group), builder.mul(il.index, _i64(steps)))
                values: list[tuple[ir.Value, ir.Value]] = []
                for u in range(steps):
                    e = builder.add(first, _i64(u))  # element (column or byte column) index
                    qv = builder.load(builder.bitcast(builder.gep(qp, [builder.mul(e, _i64(LANES))]), _VI8.as_pointer()), align=1)
                    if nibbles:
                        c = builder.add(col0, builder.sub(e, builder.mul(g, half)))
                        lo = builder.add(builder.and_(qv, low), bias_v)
                        hi = builder.add(builder.lshr(qv, four), bias_v)
                        values.append((builder.sitofp(lo, _VF), c))
                        values.append((builder.sitofp(hi, _VF), builder.add(c, half)))
                    else:
                        values.append((builder.sitofp(qv, _VF), e))
                for slot, (wf, c) in enumerate(values):
                    for j in range(nv):
                        xv = _splat(builder, builder.load(builder.gep(xps[j], [c])))
                        builder.store(fma(wf, xv, builder.load(d[slot][j])), d[slot][j])
            sv = _load_vf(builder, sp, builder.mul(g, _i64(LANES)))
            for j in range(nv):
                total = builder.load(d[0][j])
                for slot in range(1, slots):
                    total = builder.fadd(total, builder.load(d[slot][j]))
                builder.store(fma(sv, total, builder.load(acc[j])), acc[j])
            with builder.if_then(has_m, likely=True):
                mv = _load_vf(builder, mp, builder.mul(g, _i64(LANES)))
                for j in range(nv):
                    xg = _splat(builder, builder.load(builder.gep(xsps[j], [g])))
                    builder.store(fma(mv, xg, builder.load(acc[j])), acc[j])
        for j in range(nv):
            builder.store(builder.load(acc[j]), builder.bitcast(ops[j], _VF.as_pointer()), align=4)
        return context.get_dummy_value()

    return codegen


def tile_dot(nv: int, nibbles: bool) -> Any:
    """The intrinsic: tile_dot(q, qo, x, xo, xstride, s, m, so, xs, xso, xsstride, out, oo, ostride,
    groups, group, bias) sets, for j < nv and lane k < 16,

        out[oo + j*ostride + k] = sum_g s[so + 16g + k] * sum_{c in g} w(q, c, k) * x[xo + j*xstride + c]
                                  + m[so + 16g + k] * xs[xso + j*xsstride + g]   (m.shape[0] == 0: no term)

    where w is q[qo + 16c + k] (int8) or, for nibbles, the 4-bit value of column c plus `bias`."""
    codegen = _tile_dot_codegen(nv, nibbles)

    @intrinsic
    def _tile_dot(typingctx, q, qo, x, xo, xstride, s, m, so, xs, xso, xsstride, out, oo, ostride, groups, group, bias):  # noqa: ANN001, ARG001
        i = types.intp
        sig = types.void(q, i, x, i, i, s, m, i, xs, i, i, out, i, i, i, i, i)
        return sig, codegen

    return _tile_dot
