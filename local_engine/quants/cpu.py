"""numba CPU kernels: integer products over `Tiled` weights with int8 activations (see formats.py).

Why integer: decode streams every weight once per token, and 4-bit values must be unpacked
before use. Unpacking to float (the previous kernel) cost ~11 vector ops per pair of columns
and bounded the kernel below memory bandwidth; as bytes they feed `vpdpbusd` (AVX-512 VNNI:
64 unsigned-weight x signed-activation products summed into 16 int32 lanes per instruction)
after two ops. Activations are quantized per call to int8 blocks as llama.cpp does: x ~ dx * xq
with xq = round(x / dx), dx = max|x| / 127, per group of the weight for legacy types (Q8_0) and
per 256-column super-block for the sub-scaled ones (K-quants, IQ4_XS: Q8_K), whose sub-scales
and mins are then applied in integers once per group and the float scales once per super-block
(tile_dot's sub path; measured 8-17% faster at 8-16 rows than per-group float scaling).

Products run one 16-row tile per iteration through the vector intrinsic below; eight, four or
one activation rows share each unpacked weight vector (batched decode, prefill), and prefill
walks four tiles per X chunk so a chunk is read from cache once for 64 weight rows.

tiled_ffn runs a whole gated FFN (gate|up product, GLU, down product), and the attention output
projection and norm before it, in one parallel region for decode rows; the RMS norm and GLU
activations live here for it (see "activations" below).

Indices are unsigned on purpose: with signed runtime offsets numba emits negative-index
wraparound code that stops LLVM vectorising (measured 4x slower).
"""

from __future__ import annotations

import math
import os
from typing import Any, NamedTuple

import numpy as np
from llvmlite import binding as llvm
from llvmlite import ir
from numba import njit, prange, types
from numba.core import cgutils, config
from numba.extending import intrinsic

# --- the tile-dot intrinsic --------------------------------------------------------------------
# One 16-lane vector holds one 32-bit word of each of 16 interleaved rows: 4 weight bytes (or 8
# nibbles) per row, dotted with the same 4 activation bytes broadcast to every lane. numba's loop
# vectoriser cannot keep lane-wise accumulators in registers nor emit dot-product instructions,
# so an intrinsic writes the vector code, and numba inlines it into the kernels below. It lives
# in this file on purpose: numba's disk cache is invalidated by changes to the cached function's
# file only.

LANES = 16  # rows per tile = int32 lanes of one 512-bit register
# int8 activation rows (xq) are allocated X_PAD bytes longer than their columns: at the
# power-of-two strides of real shapes (2048, 8192 columns) the 8-16 rows a tile reads at once
# map to the same L1 cache sets and evict each other (16 rows of 8192 columns ran at half the
# speed of 8); the kernels take the row stride from xq's shape
X_PAD = 64

_I8, _I32, _I64 = ir.IntType(8), ir.IntType(32), ir.IntType(64)
_F32 = ir.FloatType()
_VF = ir.VectorType(_F32, LANES)
_VI32 = ir.VectorType(_I32, LANES)
_VB = ir.VectorType(_I8, 4 * LANES)  # 64 bytes
_VB16 = ir.VectorType(ir.IntType(16), 2 * LANES)
_VMASK = ir.VectorType(ir.IntType(1), 4 * LANES)
_VSC = ir.VectorType(_I8, LANES)
_VH = ir.VectorType(ir.HalfType(), LANES)
_VWIDE = ir.VectorType(_I32, 4 * LANES)
# software prefetch distance in the weight stream: the hardware streamer stops at 4 KiB page
# boundaries (measured 6.8 -> 11 GB/s on a 168 MB Q8_0 product with one thread). 16 KiB, about
# one tile of a 2048-column 4-bit weight ahead: the unrolled groups of tile_dot issue their weight
# loads at once, and 4 KiB left a prefill's tiles, re-read from L2 for every 8 activation rows,
# 5-12% slower than the loop it replaced (16 KiB: -5% to +3%; 16-row decode steps +4-11%)
_PREFETCH_BYTES = 16384


# the kernels' inline assembly (tile_dot's vpdpbusd with a broadcast memory operand) is parsed by
# LLVM when numba emits machine code; numba itself initialises only the printer
llvm.initialize_native_asmparser()


def _cpu_features() -> str:
    """The features numba compiles for: NUMBA_CPU_FEATURES when set, else the host's."""
    return config.CPU_FEATURES or llvm.get_host_cpu_features().flatten()


# vpdpbusd where the target has AVX-512 VNNI; elsewhere (or with HYBRIDGATE_NO_VNNI=1) plain IR
# that LLVM lowers with the instructions the target has (widening multiplies and adds)
HAS_VNNI = "+avx512vnni" in _cpu_features().split(",") and os.environ.get("HYBRIDGATE_NO_VNNI", "") in ("", "0")


def _i64(v: int) -> ir.Constant:
    return ir.Constant(_I64, v)


def _splat(builder: ir.IRBuilder, value: ir.Value, vtype: ir.VectorType) -> ir.Value:
    """A vector with every lane = value."""
    one = builder.insert_element(ir.Constant(vtype, ir.Undefined), value, ir.Constant(_I32, 0))
    mask = ir.Constant(ir.VectorType(_I32, vtype.count), [0] * vtype.count)
    return builder.shuffle_vector(one, ir.Constant(vtype, ir.Undefined), mask)


def _dpbusd_portable(builder: ir.IRBuilder, acc: ir.Value, w: ir.Value, x: ir.Value) -> ir.Value:
    """acc[k] + sum_{j<4} u8(w[4k+j]) * s8(x[4k+j]) in generic IR (the vpdpbusd semantics)."""
    prod = builder.mul(builder.zext(builder.bitcast(w, _VB), _VWIDE), builder.sext(builder.bitcast(x, _VB), _VWIDE))
    undef = ir.Constant(_VWIDE, ir.Undefined)
    for j in range(4):
        lane = builder.shuffle_vector(prod, undef, ir.Constant(ir.VectorType(_I32, LANES), [4 * k + j for k in range(LANES)]))
        acc = builder.add(acc, lane)
    return acc


def _dpwssd_portable(builder: ir.IRBuilder, acc: ir.Value, w: ir.Value, x: ir.Value) -> ir.Value:
    """acc[k] + w16[2k] * x16[2k] + w16[2k+1] * x16[2k+1] in generic IR (the vpdpwssd semantics)."""
    v16 = ir.VectorType(ir.IntType(16), 2 * LANES)
    wide = ir.VectorType(_I32, 2 * LANES)
    prod = builder.mul(builder.sext(builder.bitcast(w, v16), wide), builder.sext(builder.bitcast(x, v16), wide))
    undef = ir.Constant(wide, ir.Undefined)
    for j in range(2):
        mask = ir.Constant(ir.VectorType(_I32, LANES), [2 * k + j for k in range(LANES)])
        acc = builder.add(acc, builder.shuffle_vector(prod, undef, mask))
    return acc


class TileKind(NamedTuple):
    """What a tile_dot body is compiled for: the value packing, the group (columns per scale), the
    groups per activation block (gps > 1: the integer sub-scale path of K-quants and IQ4_XS) and
    the 5th/6th-bit planes. Constants, not arguments: a group's words are unrolled, the activation
    offsets are immediate displacements and no branch tests the planes per word (the loop over a
    runtime group it replaced kept a pointer per row and nibble half, reloaded from the stack)."""

    nibbles: bool
    group: int
    gps: int
    nplanes: int


# every Form of formats.FORMS maps to one of these (formats checks it at import)
TILE_KINDS = (
    TileKind(True, 32, 1, 0),  # Q4_0, Q4_1
    TileKind(True, 32, 1, 1),  # Q5_0, Q5_1
    TileKind(False, 32, 1, 0),  # Q8_0, IQ4_NL
    TileKind(True, 32, 8, 0),  # Q4_K
    TileKind(True, 32, 8, 1),  # Q5_K
    TileKind(True, 16, 16, 2),  # Q6_K
    TileKind(True, 16, 16, 0),  # Q2_K, Q3_K
    TileKind(False, 32, 8, 0),  # IQ4_XS
)
_KIND_TABLE = np.array([[k.nibbles, k.group, k.gps, k.nplanes] for k in TILE_KINDS], np.int64)


@njit(cache=True, nogil=True, inline="always")
def kind_index(nibbles, group, gps, nplanes):
    """The index in TILE_KINDS of a weight's kind, -1 if none."""
    for i in range(_KIND_TABLE.shape[0]):
        if _KIND_TABLE[i, 0] == nibbles and _KIND_TABLE[i, 1] == group and _KIND_TABLE[i, 2] == gps \
                and _KIND_TABLE[i, 3] == nplanes:
            return i
    return -1


class _TileDot:
    """Emits one tile_dot body for one TileKind: a loop over the groups of the columns; per group,
    unrolled over its 64-byte weight words, integer dots of each activation row with the 16 rows'
    values over the word's 4-column slices; then the scales (group_end, or emit_super's integer
    sub-scales).

    Nibble words hold 8 columns (low nibbles: 4 from the group's first half, high nibbles: the
    same 4 of its second half), 5th and 6th bits come from per-word bit masks (one bit per byte
    of the 64-byte vector); byte words hold 4 columns. Each row keeps two integer accumulators
    (low / high nibbles, even / odd byte words): independent chains of vpdpbusd (here 4 cycles
    each, 2 issued per cycle: a loop with 8 chains reached 92% of one with 16); 8 rows of nibble
    words keep one (self.chains).

    Measured against the loop over a runtime group it replaced, one thread, paired rounds on the
    shared VM: whole products, 16-row decode steps +4-11%, single rows -4% (Q8_0) to +20% (Q4_0),
    prefill blocks -8% to +3% (the 16 KiB prefetch: prompt blocks now run a body without it,
    see _TILE8_RESIDENT); one L1-resident tile (bench/kernels.py --tile --against) 3-21%
    faster at 4 and 8 rows with a 4 KiB prefetch, 2-7% slower with 16 KiB (it prefetches past
    the one tile there; in products that is the next tile)."""

    def __init__(self, nv: int, kind: TileKind, vnni: bool, context: Any, builder: ir.IRBuilder, sig: Any,
                 args: Any, prefetch: bool = True):
        self.nv, self.kind, self.vnni, self.b, self.with_prefetch = nv, kind, vnni, builder, prefetch
        self.nibbles, self.sub = kind.nibbles, kind.gps > 1
        self.words = kind.group // (8 if kind.nibbles else 4)  # 64-byte weight words per group
        # integer accumulators per activation row: vpdpbusd chains (4 cycles each, 2 issued per cycle)
        # need 8 in flight. 8 rows of nibble words take one each (a second per row costs an add per
        # row and group to merge: Q6_K's groups of 16 columns +7-11% at 8 rows without it, other
        # nibble kinds +-1%); byte words keep two (Q8_0 measured 3% slower with one)
        self.chains = 1 if nv >= 8 and kind.nibbles else 2
        (_, q, qo, pl, plo, d, dm, so, sc, mn, go, xq, xo, xstride, dx, xs, xgo, out, oo, ostride, groups, bias) = args
        tys = sig.args

        def arr(i: int, val: ir.Value) -> Any:
            return context.make_array(tys[i])(context, builder, val)

        def data(i: int, val: ir.Value) -> ir.Value:
            return arr(i, val).data

        def nonempty(i: int, val: ir.Value) -> ir.Value:
            return builder.icmp_signed(">", builder.extract_value(arr(i, val).shape, 0), _i64(0))

        def rows(base: ir.Value, first: ir.Value, stride: ir.Value) -> list[ir.Value]:
            return [builder.gep(base, [builder.add(first, builder.mul(_i64(j), stride))]) for j in range(nv)]

        self.qp, self.plp = builder.gep(data(1, q), [qo]), builder.gep(data(3, pl), [plo])
        self.dp, self.dmp, self.has_min = builder.gep(data(5, d), [so]), builder.gep(data(6, dm), [so]), nonempty(6, dm)
        self.scp, self.mnp, self.has_sub = builder.gep(data(8, sc), [go]), builder.gep(data(9, mn), [go]), nonempty(8, sc)
        self.has_mn = nonempty(9, mn)
        self.xps, self.xstride = rows(data(11, xq), xo, xstride), xstride
        self.dxps, self.xsps = rows(data(14, dx), xgo, groups), rows(data(15, xs), xgo, groups)
        self.ops = rows(data(17, out), oo, ostride)
        self.groups, self.bias = groups, bias
        mod = builder.module
        self.fma_fn = cgutils.get_or_insert_function(mod, ir.FunctionType(_VF, [_VF] * 3), "llvm.fma.v16f32")
        self.prefetch = cgutils.get_or_insert_function(
            mod, ir.FunctionType(ir.VoidType(), [ir.IntType(8).as_pointer(), _I32, _I32, _I32]), "llvm.prefetch.p0"
        )

    # x86 addressing of activation row j of a tile's 8: (base, scale of the row stride) with three
    # bases (rows 0, 3 and 6): every broadcast operand is base + stride * scale + a constant
    _ROW_ADDR = ((0, 0), (0, 1), (0, 2), (1, 0), (0, 4), (1, 2), (2, 0), (1, 4))

    def row_bases(self, rows: list[ir.Value], at: ir.Value) -> list[ir.Value]:
        """The base pointers of _ROW_ADDR (i8*) at element `at` of `rows` (as many as the rows need)."""
        b = self.b
        return [b.bitcast(b.gep(rows[j], [at]), _I8.as_pointer()) for j in (0, 3, 6) if j < self.nv]

    def dot_x(self, acc: ir.Value, w: ir.Value, bases: list[ir.Value], j: int, col: int) -> ir.Value:
        """dot(acc, w, the 4 activation bytes of row j at column `col` of the group whose row_bases
        are `bases`, broadcast to 16 lanes)."""
        return self.dot_bcast("vpdpbusd", acc, w, bases, self.xstride, j, col)

    def dot_bcast(self, op: str, acc: ir.Value, w: ir.Value, bases: list[ir.Value], stride: ir.Value, j: int,
                  at: int) -> ir.Value:
        """acc + op(w, the 4 bytes at byte `at` of row j, broadcast): vpdpbusd (u8 x s8 quads) or
        vpdpwssd (s16 pairs) of 16 int32 lanes; `stride` the rows' stride in bytes.

        With VNNI one instruction whose broadcast operand is read from memory at an address
        written here (inline asm): as IR (a load, a splat, the intrinsic) LLVM's scheduler
        hoisted the broadcasts of an unrolled group into registers and spilled them (2x slower
        than a loop), and choosing the addresses itself it rebuilt the 8 row pointers every word
        through a serial chain of ~40 `lea`s per group (longer than the group's dots)."""
        b = self.b
        base, scale = self._ROW_ADDR[j]
        if not self.vnni:
            ptr = b.gep(bases[base], [b.add(b.mul(stride, _i64(scale)), _i64(at))])
            x = _splat(b, b.load(b.bitcast(ptr, _I32.as_pointer()), align=1), _VI32)
            return _dpbusd_portable(b, acc, w, x) if op == "vpdpbusd" else _dpwssd_portable(b, acc, w, x)
        w = b.bitcast(w, _VI32)
        if scale:
            fty = ir.FunctionType(_VI32, [_VI32, _VI32, bases[0].type, _I64])
            asm = ir.InlineAsm(fty, f"{op} {at}($3,$4,{scale}){{1to16}}, $2, $0", "=v,0,v,r,r", side_effect=False)
            return b.call(asm, [acc, w, bases[base], stride])
        fty = ir.FunctionType(_VI32, [_VI32, _VI32, bases[0].type])
        asm = ir.InlineAsm(fty, f"{op} {at}($3){{1to16}}, $2, $0", "=v,0,v,r", side_effect=False)
        return b.call(asm, [acc, w, bases[base]])

    def splat_f32(self, ptr: ir.Value) -> ir.Value:
        """The float32 at `ptr` in 16 lanes; with VNNI (AVX-512) a vbroadcastss written here, so
        LLVM cannot hoist a block's broadcasts into registers it then spills (as dot_bcast)."""
        b = self.b
        if not self.vnni:
            return _splat(b, b.load(ptr), _VF)
        fty = ir.FunctionType(_VF, [ptr.type])
        asm = ir.InlineAsm(fty, "vbroadcastss $1, $0", "=v,*m", side_effect=False)
        return b.call(asm, [ptr], arg_attrs={0: ("elementtype",)})

    def prefetch_line(self, ptr: ir.Value) -> None:
        """Prefetch the cache line at `ptr` for reading (llvm.prefetch: read, high locality, data)."""
        self.b.call(self.prefetch, [self.b.bitcast(ptr, _I8.as_pointer()), ir.Constant(_I32, 0), ir.Constant(_I32, 3),
                                    ir.Constant(_I32, 1)])

    def load_f16(self, base: ir.Value, index: ir.Value) -> ir.Value:
        raw = self.b.load(self.b.bitcast(self.b.gep(base, [index]), _VH.as_pointer()), align=2)
        return self.b.fpext(raw, _VF)

    def load_i8(self, base: ir.Value, index: ir.Value) -> ir.Value:
        raw = self.b.load(self.b.bitcast(self.b.gep(base, [index]), _VSC.as_pointer()), align=1)
        return self.b.sitofp(raw, _VF)

    def emit(self) -> None:
        if self.sub:
            self.emit_super()
            return
        b, nv = self.b, self.nv
        acc = [cgutils.alloca_once_value(b, ir.Constant(_VF, None)) for _ in range(nv)]
        with cgutils.for_range(b, self.groups) as gl:
            g = gl.index
            self.group_end(g, g, self.group_dots(g), acc)
        for j in range(nv):
            b.store(b.load(acc[j]), b.bitcast(self.ops[j], _VF.as_pointer()), align=4)

    def group_dots(self, g: ir.Value) -> list[ir.Value]:
        """Per activation row, its integer dot with the 16 rows over group g (int32 x 16)."""
        b, k = self.b, self.kind
        zero = ir.Constant(_VI32, None)
        qg = b.gep(self.qp, [b.mul(g, _i64(4 * LANES * self.words))])
        xg = self.row_bases(self.xps, b.mul(g, _i64(k.group)))
        plg = b.gep(self.plp, [b.mul(g, _i64(self.words * k.nplanes * 2))]) if k.nplanes else None
        idot = [[zero, zero] for _ in range(self.nv)]
        for i in range(self.words):
            self.word_dots(qg, xg, plg, i, idot)
        if self.chains == 1:
            return [a for a, _ in idot]
        return [b.add(a, c) for a, c in idot]

    def word_dots(self, qg: ir.Value, xg: list[ir.Value], plg: ir.Value | None, i: int, idot: list[list[ir.Value]]) -> None:
        """idot += the dots of weight word i after qg (activations at row bases xg, planes after plg)."""
        b, k = self.b, self.kind
        at = 4 * LANES * i
        if self.with_prefetch:
            self.prefetch_line(b.gep(qg, [_i64(at + _PREFETCH_BYTES)]))
            if self.kind.nplanes and i % max(1, 4 // self.kind.nplanes) == 0:
                # the bit planes as far ahead (in words) as the weights: a line every 64 bytes of them
                # (16 per plane a word). Without it these 25-50% of the weight bytes (Q5: one plane,
                # Q6_K: two) were left to the hardware prefetcher: 16-row products from memory (two
                # threads, paired) Q6_K 0.73-0.76x, Q5_0 / Q5_K 0.92x the time, 8 rows Q6_K
                # 0.66-0.70x, one row Q6_K 0.75-0.97x.
                self.prefetch_line(b.gep(plg, [_i64((_PREFETCH_BYTES // (4 * LANES) + i) * self.kind.nplanes * 2)]))
        v = b.load(b.bitcast(b.gep(qg, [_i64(at)]), _VB.as_pointer()), align=1)
        if not self.nibbles:
            for j in range(self.nv):
                c = i % self.chains
                idot[j][c] = self.dot_x(idot[j][c], v, xg, j, 4 * i)
            return
        low = ir.Constant(_VB, [0x0F] * (4 * LANES))
        lo = b.and_(v, low)
        hi = b.and_(b.bitcast(b.lshr(b.bitcast(v, _VB16), ir.Constant(_VB16, [4] * (2 * LANES))), _VB), low)
        for p in range(k.nplanes):
            bit, none = ir.Constant(_VB, [16 << p] * (4 * LANES)), ir.Constant(_VB, None)
            at_p = (i * k.nplanes + p) * 2
            m_lo = b.bitcast(b.load(b.gep(plg, [_i64(at_p)]), align=8), _VMASK)
            m_hi = b.bitcast(b.load(b.gep(plg, [_i64(at_p + 1)]), align=8), _VMASK)
            lo, hi = b.or_(lo, b.select(m_lo, bit, none)), b.or_(hi, b.select(m_hi, bit, none))
        for j in range(self.nv):
            idot[j][0] = self.dot_x(idot[j][0], lo, xg, j, 4 * i)
            c = 1 % self.chains
            idot[j][c] = self.dot_x(idot[j][c], hi, xg, j, 4 * i + k.group // 2)

    def group_end(self, g: ir.Value, s: ir.Value, idot: list[ir.Value], acc: list[ir.Value]) -> None:
        """acc += D*sc * dx*idot + (D*sc*bias + DM*mn) * xs for group g of super-block s (xs = dx * sum xq).

        Per row two products into the accumulator, the row's block scale and offset sum read
        as broadcast operands; what depends on the weight only (D*sc, the offset) is formed
        once per group for every row (per-row scalar work here cost as much as the dots)."""
        b, nv = self.b, self.nv
        s_at, g_at = b.mul(s, _i64(LANES)), b.mul(g, _i64(LANES))
        dsc = self.load_f16(self.dp, s_at)
        dsc_slot = cgutils.alloca_once_value(b, dsc)
        with b.if_then(self.has_sub, likely=True):
            b.store(b.fmul(dsc, self.load_i8(self.scp, g_at)), dsc_slot)
        dsc = b.load(dsc_slot)
        off_slot = cgutils.alloca_once_value(b, ir.Constant(_VF, None))
        with b.if_then(self.has_min, likely=True):
            dmm = self.load_f16(self.dmp, s_at)
            dmm_slot = cgutils.alloca_once_value(b, dmm)
            with b.if_then(self.has_mn, likely=True):
                b.store(b.fmul(dmm, self.load_i8(self.mnp, g_at)), dmm_slot)
            b.store(b.load(dmm_slot), off_slot)
        bias = _splat(b, b.sitofp(self.bias, _F32), _VF)
        off = self.fma(dsc, bias, b.load(off_slot))
        for j in range(nv):
            scale = b.fmul(dsc, _splat(b, b.load(b.gep(self.dxps[j], [g])), _VF))
            a = self.fma(scale, b.sitofp(idot[j], _VF), b.load(acc[j]))
            b.store(self.fma(off, _splat(b, b.load(b.gep(self.xsps[j], [g])), _VF), a), acc[j])

    def emit_super(self) -> None:
        """The sub-scaled forms (K-quants, IQ4_XS): per super-block s, in integers,
        isum = sum_g sc_g * idot_g and ioff = sum_g m_g * bsum_g (m_g = mn_g, or sc_g * bias
        without a min; bsum_g = sum of the group's xq), then in float once per super-block
        acc += D*dx_s * isum + E*dx_s * ioff (E = DM, or D without a min). llama.cpp's Q8_K
        scheme: the float work of the per-group path (convert, scale, two FMAs per row and
        group) cost as many vector ops as the dots themselves."""
        b, nv, gps = self.b, self.nv, self.kind.gps
        acc = [cgutils.alloca_once_value(b, ir.Constant(_VF, None)) for _ in range(nv)]
        isum = [cgutils.alloca_once_value(b, ir.Constant(_VI32, None)) for _ in range(nv)]
        with cgutils.for_range(b, b.udiv(self.groups, _i64(gps))) as sl:
            g0 = b.mul(sl.index, _i64(gps))
            for j in range(nv):
                b.store(ir.Constant(_VI32, None), isum[j])
            with cgutils.for_range(b, _i64(gps)) as gl:
                g = b.add(g0, gl.index)
                idot = self.group_dots(g)
                if self.with_prefetch and self.nv >= 8:
                    # batched decode rows: the sub-scales and mins as many groups ahead as the weights (a
                    # line holds 4 groups'); from memory, paired (bench/kernels.py --products --from-memory),
                    # 8 and 16 rows Q6_K 0.89-0.93x, Q4_K 0.83-0.99x the time (one row measured 1.08-1.13x: not taken)
                    ahead = b.mul(b.add(g, _i64(_PREFETCH_BYTES // (4 * LANES * self.words))), _i64(LANES))
                    sc_ahead = b.gep(self.scp, [ahead])
                    self.prefetch_line(sc_ahead)
                    self.prefetch_line(b.select(self.has_mn, b.gep(self.mnp, [ahead]), sc_ahead))  # no mins: no stray address
                raw = b.load(b.bitcast(b.gep(self.scp, [b.mul(g, _i64(LANES))]), _VSC.as_pointer()), align=1)
                scv = b.sext(raw, _VI32)
                for j in range(nv):
                    b.store(b.add(b.load(isum[j]), b.mul(scv, idot[j])), isum[j])
            ioff = [ir.Constant(_VI32, None)] * nv
            xs_at = self.row_bases(self.xsps, g0)
            xs_stride = b.mul(self.groups, _i64(4))
            for p in range(gps // 2):
                m = self.offset_pair(b.add(g0, _i64(2 * p)))
                for j in range(nv):
                    ioff[j] = self.dot_bcast("vpdpwssd", ioff[j], m, xs_at, xs_stride, j, 8 * p)
            s_at = b.mul(sl.index, _i64(LANES))
            dd = self.load_f16(self.dp, s_at)
            ee_slot = cgutils.alloca_once_value(b, dd)
            with b.if_then(self.has_min, likely=True):
                b.store(self.load_f16(self.dmp, s_at), ee_slot)
            ee = b.load(ee_slot)
            for j in range(nv):
                dxs = self.splat_f32(b.gep(self.dxps[j], [g0]))
                a = self.fma(b.fmul(dd, dxs), b.sitofp(b.load(isum[j]), _VF), b.load(acc[j]))
                b.store(self.fma(b.fmul(ee, dxs), b.sitofp(ioff[j], _VF), a), acc[j])
        for j in range(nv):
            b.store(b.load(acc[j]), b.bitcast(self.ops[j], _VF.as_pointer()), align=4)

    def offset_pair(self, g: ir.Value) -> ir.Value:
        """int16 pairs (m_g[k], m_g+1[k]) in lane k for groups g, g+1: m = mn, or sc * bias
        without a min (both in -128..127; |sc * bias| <= 4096)."""
        b = self.b
        v32 = ir.VectorType(_I8, 2 * LANES)
        v16 = ir.VectorType(ir.IntType(16), 2 * LANES)
        at = b.mul(g, _i64(LANES))
        src = b.select(self.has_mn, self.mnp, self.scp)
        raw = b.load(b.bitcast(b.gep(src, [at]), v32.as_pointer()), align=1)
        m = b.sext(raw, v16)
        with_bias = b.mul(m, _splat(b, b.trunc(self.bias, ir.IntType(16)), v16))
        m = b.select(self.has_mn, m, with_bias)
        order = [LANES * (i % 2) + i // 2 for i in range(2 * LANES)]  # lane k: (group g, group g+1)
        m = b.shuffle_vector(m, ir.Constant(v16, ir.Undefined), ir.Constant(ir.VectorType(_I32, 2 * LANES), order))
        return b.bitcast(m, _VI32)

    def fma(self, a: ir.Value, x: ir.Value, c: ir.Value) -> ir.Value:
        return self.b.call(self.fma_fn, [a, x, c])


def tile_dot(nv: int, vnni: bool = HAS_VNNI, prefetch: bool = True) -> Any:
    """The intrinsic: tile_dot(kind, q, qo, pl, plo, d, dm, so, sc, mn, go, xq, xo, xstride, dx, xs, xgo,
    out, oo, ostride, groups, bias) sets, for j < nv and lane k < 16,

        out[oo + j*ostride + k] = sum_g D_g[k] * sc_g[k] * dx_j[g] * sum_{c in g} u(c, k) * xq_j[c]
                                  + (D_g[k] * sc_g[k] * bias + DM_g[k] * mn_g[k]) * xs_j[g]

    for a weight of TILE_KINDS[kind] (group, gps, packing, planes), with xq_j = xq[xo + j*xstride
    ...], dx_j[g] = dx[xgo + j*groups + g], xs_j[g] = dx_j[g] * sum_{c in g} xq_j[c] = xs[xgo +
    j*groups + g]; D_g = d[so + 16*(g // gps) + k] (float16 bits), DM_g likewise from dm (dm
    empty: no term), sc_g/mn_g = sc/mn[go + 16g + k] (int8; empty: 1); u(c, k) the tile's value
    of column c in row k (see formats.Tiled: bytes, or nibbles plus bit planes). One body per
    kind behind a switch on `kind`; an index outside TILE_KINDS traps."""

    def codegen(context: Any, builder: ir.IRBuilder, sig: Any, args: Any) -> Any:
        end = builder.append_basic_block("tile.end")
        bad = builder.append_basic_block("tile.bad")
        switch = builder.switch(args[0], bad)
        for i, kind in enumerate(TILE_KINDS):
            block = builder.append_basic_block(f"tile.kind{i}")
            switch.add_case(ir.Constant(_I64, i), block)
            builder.position_at_end(block)
            _TileDot(nv, kind, vnni, context, builder, sig, args, prefetch).emit()
            builder.branch(end)
        builder.position_at_end(bad)
        trap = cgutils.get_or_insert_function(builder.module, ir.FunctionType(ir.VoidType(), []), "llvm.trap")
        builder.call(trap, [])
        builder.unreachable()
        builder.position_at_end(end)
        return context.get_dummy_value()

    @intrinsic
    def _tile_dot(typingctx, kind, q, qo, pl, plo, d, dm, so, sc, mn, go, xq, xo, xstride, dx, xs, xgo,  # noqa: ANN001, ARG001
                  out, oo, ostride, groups, bias):
        i = types.intp
        sig = types.void(i, q, i, pl, i, d, dm, i, sc, mn, i, xq, i, i, dx, xs, i, out, i, i, i, i)
        return sig, codegen

    return _tile_dot


# --- float micro-kernel (prompt attention) ------------------------------------------------------
# Here for the same reason as the activations below: the attention kernels (models/kernels.py) that
# inline it import their float helpers from this file.
_MM_ROWS, _MM_VECS = 4, 2  # rows of A per call; 16-lane vectors of B's columns per call (32 columns)
_MM_AHEAD = 8  # B rows prefetched ahead of the one being read (its rows are far apart: no streamer)
_VM16 = ir.VectorType(ir.IntType(1), LANES)
_VI64 = ir.VectorType(_I64, LANES)


def _splat_i64(builder: ir.IRBuilder, value: ir.Value) -> ir.Value:
    return _splat(builder, value, _VI64)


def _mm_codegen(context: Any, builder: ir.IRBuilder, sig: Any, args: Any, accumulate: bool = False) -> Any:
    a, ao, astride, nrows, b, bo, bstride, k, c, co, cstride, ncols = args
    ap, bp, cp = (context.make_array(sig.args[i])(context, builder, v).data for i, v in ((0, a), (4, b), (8, c)))
    mod = builder.module
    vptr, bptr = _VF.as_pointer(), _I8.as_pointer()
    fma = cgutils.get_or_insert_function(mod, ir.FunctionType(_VF, [_VF] * 3), "llvm.fma.v16f32")
    mload = cgutils.get_or_insert_function(mod, ir.FunctionType(_VF, [vptr, _I32, _VM16, _VF]), "llvm.masked.load.v16f32.p0")
    mstore = cgutils.get_or_insert_function(mod, ir.FunctionType(ir.VoidType(), [_VF, vptr, _I32, _VM16]),
                                            "llvm.masked.store.v16f32.p0")
    prefetch = cgutils.get_or_insert_function(mod, ir.FunctionType(ir.VoidType(), [bptr, _I32, _I32, _I32]), "llvm.prefetch.p0")
    lanes = ir.Constant(_VI64, list(range(LANES)))
    masks = [builder.icmp_signed("<", lanes, _splat_i64(builder, builder.sub(ncols, _i64(LANES * v)))) for v in range(_MM_VECS)]
    # rows past nrows repeat the last one: the same sums stored to the same place again
    last = builder.sub(nrows, _i64(1))
    rows = [builder.select(builder.icmp_signed("<", _i64(r), nrows), _i64(r), last) for r in range(_MM_ROWS)]
    arows = [builder.gep(ap, [builder.add(ao, builder.mul(r, astride))]) for r in rows]
    zero = ir.Constant(_VF, None)
    crows = [builder.gep(cp, [builder.add(co, builder.mul(r, cstride))]) for r in rows]
    accs = [[cgutils.alloca_once_value(builder, zero) for _ in range(_MM_VECS)] for _ in range(_MM_ROWS)]
    if accumulate:  # the sums start from c's values
        for r in range(_MM_ROWS):
            for v in range(_MM_VECS):
                builder.store(builder.call(mload, [builder.bitcast(builder.gep(crows[r], [_i64(LANES * v)]), vptr),
                                                   ir.Constant(_I32, 4), masks[v], zero]), accs[r][v])
    with cgutils.for_range(builder, k) as loop:
        kk = loop.index
        brow = builder.gep(bp, [builder.add(bo, builder.mul(kk, bstride))])
        ahead = builder.gep(brow, [builder.mul(_i64(_MM_AHEAD), bstride)])
        builder.call(prefetch, [builder.bitcast(ahead, bptr), ir.Constant(_I32, 0), ir.Constant(_I32, 3), ir.Constant(_I32, 1)])
        bv = [builder.call(mload, [builder.bitcast(builder.gep(brow, [_i64(LANES * v)]), vptr), ir.Constant(_I32, 4),
                                   masks[v], zero]) for v in range(_MM_VECS)]
        for r in range(_MM_ROWS):
            x = _splat(builder, builder.load(builder.gep(arows[r], [kk])), _VF)
            for v in range(_MM_VECS):
                builder.store(builder.call(fma, [x, bv[v], builder.load(accs[r][v])]), accs[r][v])
    for r in range(_MM_ROWS):
        for v in range(_MM_VECS):
            builder.call(mstore, [builder.load(accs[r][v]), builder.bitcast(builder.gep(crows[r], [_i64(LANES * v)]), vptr),
                                  ir.Constant(_I32, 4), masks[v]])
    return context.get_dummy_value()


@intrinsic
def mm4x32(typingctx, a, ao, astride, nrows, b, bo, bstride, k, c, co, cstride, ncols):  # noqa: ANN001, ANN201, ARG001
    """c[co + r*cstride + j] = sum_{i<k} a[ao + r*astride + i] * b[bo + i*bstride + j] for r < nrows
    (at most 4) and j < ncols (at most 32), on flat float32 arrays: one fused multiply-add chain
    over i per output, in order, so an output does not depend on which other rows share the call.

    Why: the prompt attention's score and value products (q . K over a head's keys, softmax
    weights . V) as numba loops stored a running sum per 4 key dimensions to memory and back
    (load-bound at ~6 multiply-adds per cycle, half of them from L2); here 8 vector accumulators
    stay in registers over the whole sum, each B row read once for 4 rows of A (3.7x faster
    Gemma 3 prompt attention, 4 heads of 256 over 512 keys). Masked loads and stores cover the
    last columns; B's rows are prefetched _MM_AHEAD ahead."""
    i = types.intp
    return types.void(a, i, i, i, b, i, i, i, c, i, i, i), _mm_codegen


@intrinsic
def mm4x32_add(typingctx, a, ao, astride, nrows, b, bo, bstride, k, c, co, cstride, ncols):  # noqa: ANN001, ANN201, ARG001
    """mm4x32 adding to c: c[co + r*cstride + j] += sum_{i<k} a[..] * b[..], the chain starting from c's
    value (a decode step's weighted values, one cache block after another into the same sums)."""
    i = types.intp

    def codegen(context: Any, builder: ir.IRBuilder, sig: Any, args: Any) -> Any:
        return _mm_codegen(context, builder, sig, args, accumulate=True)

    return types.void(a, i, i, i, b, i, i, i, c, i, i, i), codegen


# --- activations ------------------------------------------------------------------------------
# Here, not in models/kernels.py, because tiled_ffn below runs the GLU between its two products
# (numba's disk cache follows a cached function's own file only: what a cached kernel inlines
# must live in its file).
_GELU_C = np.float32(math.sqrt(2.0 / math.pi))


@intrinsic
def f32_from_bits(typingctx, bits):  # noqa: ANN001, ANN202, ARG001
    """The float32 whose bits are the int32 `bits` (a register bitcast: loops stay vectorisable)."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        return builder.bitcast(args[0], ir.FloatType())

    return types.float32(types.int32), codegen


@intrinsic
def bits_of_f32(typingctx, x):  # noqa: ANN001, ANN202, ARG001
    """The int32 bits of the float32 `x` (a register bitcast)."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        return builder.bitcast(args[0], ir.IntType(32))

    return types.int32(types.float32), codegen


@intrinsic
def _f64_from_bits(typingctx, bits):  # noqa: ANN001, ANN202, ARG001
    """The float64 whose bits are the uint64 `bits` (a register bitcast)."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        return builder.bitcast(args[0], ir.DoubleType())

    return types.float64(types.uint64), codegen


@intrinsic
def _bits_of_f64(typingctx, x):  # noqa: ANN001, ANN202, ARG001
    """The uint64 bits of the float64 `x` (a register bitcast)."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        return builder.bitcast(args[0], ir.IntType(64))

    return types.uint64(types.float64), codegen


@intrinsic
def _fma64(typingctx, a, b, c):  # noqa: ANN001, ANN202, ARG001
    """a * b + c rounded once (llvm.fma.f64)."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(ir.DoubleType(), [ir.DoubleType()] * 3),
                                            "llvm.fma.f64")
        return builder.call(fn, args)

    return types.float64(types.float64, types.float64, types.float64), codegen


def _expf_table(n: int) -> np.ndarray:
    """glibc's __exp2f_data.tab: the bits of 2^(i/n) rounded to float64, less i << (52 - log2 n)."""
    from decimal import Decimal, localcontext

    with localcontext() as ctx:
        ctx.prec = 60
        bits = [int(np.float64(float(Decimal(2) ** (Decimal(i) / n))).view(np.uint64)) for i in range(n)]
    shift = 52 - (n.bit_length() - 1)
    return np.array([(b - (i << shift)) % (1 << 64) for i, b in enumerate(bits)], np.uint64)


_EXPF_N = 32
_EXPF_TAB = _expf_table(_EXPF_N)
_EXPF_INV_LN2_N = float.fromhex("0x1.71547652b82fep+0") * _EXPF_N
_EXPF_SHIFT = float.fromhex("0x1.8p+52")
_EXPF_C0 = float.fromhex("0x1.c6af84b912394p-5") / _EXPF_N**3
_EXPF_C1 = float.fromhex("0x1.ebfce50fac4f3p-3") / _EXPF_N**2
_EXPF_C2 = float.fromhex("0x1.62e42ff0c52d6p-1") / _EXPF_N
_EXPF_OVER, _EXPF_UNDER = np.float32(float.fromhex("0x1.62e42ep6")), np.float32(-float.fromhex("0x1.9fe368p6"))


# plain float64 operations: fastmath would fold (z + SHIFT) - SHIFT away
@njit(cache=True, nogil=True, fastmath=False, error_model="numpy")
def libm_expf(x):
    """expf(x) bit for bit as glibc computes it (2.28 onwards, e_expf.c as its x86-64 FMA build
    contracts it): x/ln2 = k/32 + r, 2^(k/32) from a 32-entry table, a cubic in r, in float64.

    Why: GELU's exp stays on libm's results (fast_exp's last-bit differences flipped a Gemma 3
    greedy step, see glu_span), but a libm call per element kept the loop scalar (~3 ns per
    element, ~10% of a Gemma 3 prefill); this is straight-line arithmetic and a table lookup
    that LLVM vectorises. Checked equal to this machine's expf for every float32 in
    [-103.97, 88.72] (the rest: 0, inf, NaN as libm)."""
    xd = np.float64(x)
    kd = _fma64(_EXPF_INV_LN2_N, xd, _EXPF_SHIFT)
    ki = _bits_of_f64(kd)
    kd -= _EXPF_SHIFT
    r = _fma64(_EXPF_INV_LN2_N, xd, -kd)
    s = _f64_from_bits(_EXPF_TAB[ki % np.uint64(_EXPF_N)] + (ki << np.uint64(52 - 5)))
    z = _fma64(_EXPF_C0, r, _EXPF_C1)
    y = _fma64(z, r * r, _fma64(_EXPF_C2, r, 1.0))
    out = np.float32(y * s)
    if x > _EXPF_OVER:
        out = np.float32(np.inf)
    if x < _EXPF_UNDER:
        out = np.float32(0.0)
    if x != x:
        out = x + x
    return out


# Cody-Waite reduction and polynomial: no `reassoc` (it would fold the reduction away)
@njit(cache=True, nogil=True, fastmath={"nsz", "contract", "arcp"})
def fast_exp(x):
    """exp(x) in float32, ggml_v_expf's algorithm (what llama.cpp's softmax and SiLU use):
    within 2e-7 relative of exp, inputs clamped to [-87.3, 88.3] (below: ~1e-38, not 0).

    Why: libm's expf is a call per element that stops loops vectorising; this is straight-line
    arithmetic LLVM vectorises: measured 0.12 ns per element against 1.9 ns for math.exp (and
    0.4 ns for numpy's np.exp) on this machine's AVX-512, one thread."""
    xc = min(max(x, np.float32(-87.3)), np.float32(88.3))
    n = np.rint(xc * np.float32(1.4426950216293335))  # x / ln 2
    b = xc - n * np.float32(0.693145751953125) - n * np.float32(1.428606765330187e-06)
    u = b * b
    j = ((np.float32(0.008247390389442444) * b + np.float32(0.04189976677298546)) * u
         + (np.float32(0.16668395698070526) * b + np.float32(0.4999912679195404))) * u + np.float32(0.9999994039535522) * b
    k = f32_from_bits((np.int32(n) + np.int32(127)) << np.int32(23))  # 2^n
    return j * k + k




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


@intrinsic
def _fma32(typingctx, a, b, c):  # noqa: ANN001, ANN202, ARG001
    """a * b + c rounded once (llvm.fma.f32)."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(_F32, [_F32] * 3), "llvm.fma.f32")
        return builder.call(fn, args)

    return types.float32(types.float32, types.float32, types.float32), codegen


_GELU_2C = np.float32(-2.0) * _GELU_C


@njit(cache=True, nogil=True, fastmath=False, error_model="numpy")
def _gelu_span(gate, up, out):
    """out = gelu_tanh(gate) * up as g * up / (1 + expf(-2u)), u = C g (1 + 0.044715 g^2)
    (0.5 * (1 + tanh(u)) == 1 / (1 + exp(-2u)): libm's expf is 4x faster than tanhf).

    The operations the fastmath loop it replaced compiled to (re-read from its assembly):
    t = -2C g, then fma(0.044715 g^2, t, t) capped at 88 (below float32 overflow: g / inf gave
    nan), libm's expf (libm_expf, not fast_exp: its last-bit differences flipped a Gemma 3
    greedy step of margin 0.58 against llama.cpp's fixture), then (g * up) / (e + 1). That loop
    divided exactly in its scalar tail but through vrcp14ps and a Newton step in its vector
    body (1 ulp apart in ~0.7% of elements): here, without fastmath, every element divides
    exactly, so its bits do not depend on where in a span it falls. Vectorised: 0.8-1.1 ns per
    element against 2.2-4.1 for the loop calling libm per element (one thread, load ~3)."""
    for j in range(out.shape[0]):
        g = gate[j]
        t = g * _GELU_2C
        a = _fma32((g * g) * np.float32(0.044715), t, t)
        a = np.float32(88.0) if np.float32(88.0) < a else a
        out[j] = (g * up[j]) / (libm_expf(a) + np.float32(1.0))


# error_model="numpy": a division by zero gives inf instead of raising, so no check per element
# keeps the loops vectorised (measured 2.2 -> 0.2 ns per SiLU element)
@njit(cache=True, nogil=True, fastmath=True, error_model="numpy")
def glu_span(gate, up, gelu, out):
    """out = act(gate) * up over equal-length spans; act = gelu_tanh if `gelu` else silu."""
    if gelu:
        _gelu_span(gate, up, out)
    else:  # one loop per activation: a branch inside would stop the SiLU loop vectorising
        for j in range(out.shape[0]):
            g = gate[j]
            out[j] = g / (np.float32(1.0) + fast_exp(-g)) * up[j]


@njit(cache=True, nogil=True, fastmath=True, error_model="numpy")
def glu_row(y, gelu, out):
    """out = act(gate) * up for one row y = [gate | up] (2 * len(out) values)."""
    ff = out.shape[0]
    glu_span(y[:ff], y[ff:], gelu, out)  # views: y[ff + j] would be checked for a negative index each time


# --- kernels -----------------------------------------------------------------------------------
@intrinsic
def _fetch_add(typingctx, counter, i, inc):  # noqa: ANN001, ANN202, ARG001
    """counter[i] += inc atomically (sequentially consistent); returns the value before."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        ptr = builder.gep(context.make_array(sig.args[0])(context, builder, args[0]).data, [args[1]])
        return builder.atomic_rmw("add", ptr, context.cast(builder, args[2], sig.args[2], types.int64), "seq_cst")

    return types.int64(counter, types.intp, inc), codegen


@intrinsic
def _spin_pause(typingctx):  # noqa: ANN001, ANN202, ARG001
    """One spin-wait hint (x86 `pause`)."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(ir.VoidType(), []), "llvm.x86.sse2.pause")
        builder.call(fn, [])
        return context.get_dummy_value()

    return types.void(), codegen


@intrinsic
def _yield_cpu(typingctx):  # noqa: ANN001, ANN202, ARG001
    """sched_yield(): the core to whatever else is runnable (libc, resolved by the JIT)."""
    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202, ARG001
        fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(ir.IntType(32), []), "sched_yield")
        builder.call(fn, [])
        return context.get_dummy_value()

    return types.void(), codegen


# `pause`s a thread spins at a phase barrier before it yields its core instead (~10 us here). Why:
# waits inside a region are a few microseconds when both threads run, but on a busy machine the
# thread waited for may be off its core for a whole time slice, and a spinning waiter then holds
# a core it could have handed over (measured: the 1B shape's one-region decode step used 30% more
# CPU than the per-layer regions at load ~4.5, and ran slower)
_SPINS = 200


@njit(cache=True, nogil=True, inline="always")
def _claim(sync, phase, units):
    """The next unit of `phase` for this thread, or -1 when all are claimed."""
    u = _fetch_add(sync, 2 * phase, 1)
    return u if u < units else -1


@njit(cache=True, nogil=True, inline="always")
def _finish(sync, phase, units):
    """Wait until every unit of `phase` is done. Never waits on work nobody runs: units are claimed
    by running threads only, so with fewer threads than loop iterations the first one claims
    them all and the others find them done."""
    spins = 0
    while _fetch_add(sync, 2 * phase + 1, 0) < units:
        if spins < _SPINS:
            _spin_pause()
            spins += 1
        else:
            _yield_cpu()


# the smallest unit of a product phase, in weight bytes (_span)
SPAN_BYTES = 1 << 16


@njit(cache=True, nogil=True, inline="always")
def _span(left, k, smallest):
    """Tiles of a product phase's next unit when `left` remain unclaimed: a k-th of them, at least
    `smallest` (guided self-scheduling). Why: equal units of an eighth of the weight left the
    thread that finished first waiting half a unit on average at every product's end (27 us per
    gate|up of the 1B shape, ~1 ms of a 17 ms decode step, 2026-12-03, 2 threads); units that
    shrink toward the end leave microseconds (measured: 0.94 -> 0.25 ms of waits per step).
    The first units stay an eighth (k = 4 per thread): on a busy machine a thread may lose its
    core holding one, and the other then waits for at most that much (a quarter measured slower
    there)."""
    return min(left, max(smallest, left // k))


@njit(cache=True, nogil=True, inline="always")
def _span_count(total, k, smallest):
    """How many _span units cover `total` tiles."""
    units, done = 0, 0
    while done < total:
        done += _span(total - done, k, smallest)
        units += 1
    return units


@njit(cache=True, nogil=True)
def _product_phase(sync, phase, threads, wait, qa, pla, npa, da, dma, sca, mna, ga, ba, xqa, dxa, xsa, outa, tiles_a,  # noqa: PLR0913
                   qb, plb, npb, db, dmb, scb, mnb, gb, bb, xqb, dxb, xsb, outb, tiles_b):
    """Phase `phase` of a one-region kernel (tiled_ffn, models/kernels.decode_pass): outa = Wa @ xa
    over the first `tiles_a` tiles, then outb = Wb @ xb over `tiles_b` (0: none), as one run of
    tiles in _span units the threads claim; with `wait`, returns when every unit is done."""
    tiles, k = tiles_a + tiles_b, 4 * threads if threads > 1 else 1  # one thread: one unit
    smallest = max(1, SPAN_BYTES // max(1, qa.shape[1] * 4 * LANES))
    units = _span_count(tiles, k, smallest)
    at, t0 = 0, 0  # unit `at` starts at tile t0: each thread walks the schedule forward
    u = _claim(sync, phase, units)
    while u >= 0:
        while at < u:
            t0 += _span(tiles - t0, k, smallest)
            at += 1
        t1 = t0 + _span(tiles - t0, k, smallest)
        if t0 < tiles_a:
            _matmul_tiles(t0, min(t1, tiles_a), qa, pla, npa, da, dma, sca, mna, ga, ba, xqa, dxa, xsa, outa)
        if t1 > tiles_a:
            _matmul_tiles(max(t0, tiles_a) - tiles_a, t1 - tiles_a, qb, plb, npb, db, dmb, scb, mnb, gb, bb, xqb, dxb, xsb,
                          outb)
        _fetch_add(sync, 2 * phase + 1, 1)
        u = _claim(sync, phase, units)
    if wait:
        _finish(sync, phase, units)


@njit(cache=True, nogil=True, fastmath=True)
def _quantize_row(x, group, gps, xq, dx, xs):
    """Row x -> int8 xq in blocks of gps groups: dx = max|x| / 127 per block, at the slot of its
    first group (llama.cpp's activation blocks: Q8_0 for one group, Q8_K for a K-quant's 256
    columns). gps == 1: xs[g] = dx * sum(xq) over group g (it carries the weight's bias and min
    terms, see tile_dot); gps > 1: the float32 slot of each even group g holds the bits of the
    two int16 group sums (sum over g, sum over g + 1) that tile_dot's sub-scaled path reads.
    Unsigned indices and no views (a view costs two atomic reference-count updates): the loops
    vectorise."""
    block = np.uint64(group * gps)
    ug = np.uint64(group)
    for s in range(x.shape[0] // (group * gps)):
        c0 = np.uint64(s) * block
        top = np.int32(0)  # max |x| as bits: an integer max reduction vectorises, float max() does not
        for i in range(block):
            top = max(top, bits_of_f32(x[c0 + i]) & np.int32(0x7FFFFFFF))
        amax = f32_from_bits(top)
        d = amax / np.float32(127.0)
        inv = np.float32(127.0) / amax if amax > 0 else np.float32(0.0)
        for i in range(block):
            xq[c0 + i] = np.int8(np.rint(x[c0 + i] * inv))
        dx[s * gps] = d
        if gps == 1:
            xs[s] = d * np.float32(_sum_i8(xq, c0, ug))
        else:
            for p in range(gps // 2):
                lo = _sum_i8(xq, c0 + np.uint64(2 * p) * ug, ug)
                hi = _sum_i8(xq, c0 + np.uint64(2 * p + 1) * ug, ug)
                xs[s * gps + 2 * p] = f32_from_bits(np.int32((lo & 0xFFFF) | (hi << 16)))
                xs[s * gps + 2 * p + 1] = 0.0  # unused slots zeroed: the scratch is deterministic
            for g in range(1, gps):
                dx[s * gps + g] = 0.0


@njit(cache=True, nogil=True, inline="always")
def _sum_i8(v, at, n):
    """sum of v[at : at + n] (int8; int32 accumulation, vectorised)."""
    t = np.int32(0)
    for i in range(n):
        t += np.int32(v[at + i])
    return t


_TILE1, _TILE4, _TILE8 = tile_dot(1), tile_dot(4), tile_dot(8)
# Loops call these intrinsics directly, never through an inlined njit wrapper: numba's inlining
# makes the wrapper's array parameters new variables, each taking a reference (an atomic
# NRT_incref/NRT_decref pair per array, 10 arrays here) on every call. Through such a wrapper a
# tile cost a fixed ~0.08 us (~370 cycles) whatever its size: Q4_K at 8 rows and 3,072 columns
# 1.006 -> 0.928 us a tile (68% -> 76% of the int8 peak), 1 row and 2,048 columns 0.202 -> 0.144 us
# (2026-12-05, one thread, the intrinsic timed in a compiled loop). tests/test_kernel_refcounts.py keeps it so.
# prompt blocks (_matmul_tiles' rows > 32) re-read a few cache-resident tiles for every 8 rows: no
# weight prefetch there. The 16 KiB-ahead prefetch of every word pulled in lines the block did not
# read next, evicting the ones it did, and took a load slot per word of a load-bound loop: without
# it one-thread 512-row products ran 1.22-1.61x faster (Q5_0 4096x640 1.61x, Q4_K 640x1024 1.42x,
# Q6_K 640x2048 1.26x, Q8_0 256x640 1.30x; 334 rows of the 1B shape: gate|up 1.17x, down 1.10x),
# paired against the kernel with it, load ~3.5. Decode rows stream from memory and keep it (the
# second 8 rows of a 16-row step without it: -7% to +6%, not taken)
_TILE8_RESIDENT = tile_dot(8, prefetch=False)


@njit(fastmath=True, cache=True, nogil=True)
def _matmul_tiles(t0, t1, q, pl, nplanes, d, dm, sc, mn, group, bias, xq, dx, xs, out):  # noqa: PLR0913
    """Tiles t0..t1-1 of tiled_matmul's product, activation rows 8, then 4, then 1 at a time.

    Up to 32 rows (decode batches) each tile takes all of them before the next tile, so the
    weights stream from memory once (a 16-row batch walked the range twice, 8 rows per pass,
    and a block-tail unit's range is larger than L2); more rows (prefill) walk the range per
    row block instead, so a block of X is read once for every tile of the range. (16 rows per
    unpacked weight vector instead of 8 measured no faster: the accumulators spill.)
    Sub-scaled forms (gps > 1: K-quants, IQ4_XS) take tile_dot's integer sub-scale path, their
    activations quantized per super-block (_quantize_row with the same gps)."""
    n, xstride = xq.shape
    groups = dx.shape[1]
    cols = groups * group
    gps = (cols // d.shape[1]) // group
    kind = kind_index(q.shape[1] * 8 == cols, group, gps, nplanes)
    tq, tp, ts, tg = q.shape[1] * 4 * LANES, pl.shape[1] * pl.shape[2] * 2, d.shape[1] * LANES, groups * LANES
    ostride = out.shape[1]
    step = 1 if n <= 32 else t1 - t0
    for s in range(t0, t1, step):
        e = min(s + step, t1)
        j = 0
        while j + 8 <= n:
            for t in range(s, e):
                if step > 1:
                    _TILE8_RESIDENT(kind, q, t * tq, pl, t * tp, d, dm, t * ts, sc, mn, t * tg, xq, j * xstride, xstride,
                                    dx, xs, j * groups, out, j * ostride + t * LANES, ostride, groups, bias)
                else:
                    _TILE8(kind, q, t * tq, pl, t * tp, d, dm, t * ts, sc, mn, t * tg, xq, j * xstride, xstride,
                           dx, xs, j * groups, out, j * ostride + t * LANES, ostride, groups, bias)
            j += 8
        while j + 4 <= n:
            for t in range(s, e):
                _TILE4(kind, q, t * tq, pl, t * tp, d, dm, t * ts, sc, mn, t * tg, xq, j * xstride, xstride,
                       dx, xs, j * groups, out, j * ostride + t * LANES, ostride, groups, bias)
            j += 4
        while j < n:
            for t in range(s, e):
                _TILE1(kind, q, t * tq, pl, t * tp, d, dm, t * ts, sc, mn, t * tg, xq, j * xstride, xstride,
                       dx, xs, j * groups, out, j * ostride + t * LANES, ostride, groups, bias)
            j += 1


@njit(cache=True, nogil=True, inline="always")
def _gps(d, group, cols):
    """Groups per super-block of a Tiled weight of `cols` columns (1: legacy types): its
    activations are quantized in blocks of that many groups (_quantize_row)."""
    return (cols // d.shape[1]) // group


@njit(parallel=True, fastmath=True, cache=True, nogil=True)
def tiled_matmul(q, pl, nplanes, d, dm, sc, mn, group, bias, x, xq, dx, xs, out, serial):  # noqa: PLR0913
    """out[j, r] = sum_c w[r, c] * x[j, c] for every (padded) row r of a Tiled weight, with x
    quantized first into xq/dx/xs (scratch [n, cols + X_PAD] int8, [n, groups] float32 x2).

    out: float32 [n, tiles*16]. Decode (few rows) is one parallel region; with many rows
    (prefill) the quantization runs in parallel too and each iteration takes 4 tiles and walks
    the activation rows 8 at a time, so each X chunk is read once from cache for 64 weight rows.
    `serial`: no parallel region at all, the calling thread does it all (work too small to pay
    for waking the other threads: quants.region_serial decides). The same loops either way, so
    both paths are compiled with the kernel's one signature."""
    n = x.shape[0]
    gps = _gps(d, group, x.shape[1])
    if n >= 16 and not serial:
        for j in prange(n):
            _quantize_row(x[j], group, gps, xq[j], dx[j], xs[j])
    else:
        for j in range(n):
            _quantize_row(x[j], group, gps, xq[j], dx[j], xs[j])
    tiles = q.shape[0]
    # a call of _matmul_tiles costs ~0.4 us (its arrays' reference counts are atomics): decode rows
    # take tiles in runs of up to 16 (still >= 64 iterations for the threads to share)
    per = 4 if n >= 32 else max(1, min(16, tiles // 64))
    blocks = (tiles + per - 1) // per
    if serial:
        for blk in range(blocks):
            _matmul_tiles(blk * per, min(tiles, (blk + 1) * per), q, pl, nplanes, d, dm, sc, mn, group, bias, xq, dx, xs, out)
    else:
        for blk in prange(blocks):
            _matmul_tiles(blk * per, min(tiles, (blk + 1) * per), q, pl, nplanes, d, dm, sc, mn, group, bias, xq, dx, xs, out)


@njit(parallel=True, fastmath=True, cache=True, nogil=True, error_model="numpy")
def tiled_ffn(q0, pl0, np0, d0, dm0, sc0, mn0, group0, bias0, q1, pl1, np1, d1, dm1, sc1, mn1, group1, bias1,  # noqa: PLR0913
              q2, pl2, np2, d2, dm2, sc2, mn2, group2, bias2, norm_w, eps, gelu, attn, aq, adx, axs, ao, x, z,
              xq, dx, xs, y, h, hq, hdx, hxs, out, post_attn_w, post_ffn_w,
              q3, pl3, np3, d3, dm3, sc3, mn3, group3, bias3, q4, pl4, np4, d4, dm4, sc4, mn4, group4, bias4,
              next_w, next_eps, z3, xq3, dx3, xs3, y3, xq4, dx4, xs4, y4, threads):
    """A gated FFN for a few rows, in ONE parallel region; optionally the attention output
    projection and the residual + RMS norm before it, and the residual and the next layer's
    normed input products (its q|k|v, or the output head) after it.

    Weights: 0 the attention output (wo), 1 gate and up fused ([gate | up] rows, 2 * ff), 2 down
    (ff columns), 3 and 4 the products of the next input (4 absent: y4 [n, 0]). attn [n, a] with
    a > 0: x += post_attn(wo @ attn) (ao [n, tiles0*16] scratch), then z = rms_norm(x) * norm_w
    is the FFN's input; attn [n, 0]: x itself is (weight 0, norm_w and z unused).
    post_attn_w / post_ffn_w: RMS norms (eps) of the attention / FFN output before their
    residual add (gemma3's sandwich norms; empty: none). y [n, tiles1*16], h [n, ff] and the
    int8 blocks (aq/adx/axs, xq/dx/xs, hq/hdx/hxs, xq3/dx3/xs3, xq4/dx4/xs4) are scratch;
    out [n, tiles2*16] the FFN's output. z3 [n, d] (a residual region): x += post_ffn(out) too,
    and with y3 [n, tiles3*16] (not [n, 0]) z3 = rms_norm(x) * next_w (next_eps) feeds
    y3 = W3 @ z3 and y4 = W4 @ z3; z3 [0, 0]: x holds the residual, out the FFN's output.
    h [n, 0]: no FFN either (weights 1 and 2 unused): only the next input's norm and products of
    x (the first layer's q|k|v after the embedding).

    Phases, each in units the threads claim as they get to them (a thread that runs out spins
    until the phase is done): wo tiles; residual + norm + int8 blocks per row; gate|up tiles;
    GLU + int8 blocks of column spans of h; down tiles; residual + next norm + int8 blocks per
    row; tiles of weights 3 and 4 together.

    Why: a parallel region's worker sleeps between regions (GOMP_SPINCOUNT=0, quants/__init__.py)
    and a woken one is slow for its first tens of microseconds (a 2 x 45 us region took 93 us
    here, 45 us with spinning workers); one region per layer wakes it once, not three to five
    times (q|k|v products of 150 us ran at 54% of the streaming limit on their own), and the
    norms and GLU run on both threads."""
    n = x.shape[0]
    ff, d = h.shape[1], x.shape[1]
    with_attn, with_ffn = attn.shape[1] > 0, ff > 0
    gps0, gps1, gps2 = _gps(d0, group0, attn.shape[1]), _gps(d1, group1, d), _gps(d2, group2, ff)
    gps3, gps4 = _gps(d3, group3, d), _gps(d4, group4, d)
    if with_attn:
        for j in range(n):
            _quantize_row(attn[j], group0, gps0, aq[j], adx[j], axs[j])
    elif with_ffn:
        for j in range(n):
            _quantize_row(x[j], group1, gps1, xq[j], dx[j], xs[j])
    tiles0, tiles1, tiles2 = q0.shape[0], q1.shape[0], q2.shape[0]
    blocks2 = ff // (group2 * gps2) if with_ffn else 0  # h's activation blocks: units of the GLU phase
    with_next, with_4 = y3.shape[1] > 0, y4.shape[1] > 0
    tiles3, tiles4 = q3.shape[0] if with_next else 0, q4.shape[0] if with_4 else 0
    units = 4 * threads  # GLU column spans
    units1 = n if with_attn else 0
    units2 = units if with_ffn else 0
    units5 = n if z3.shape[0] > 0 else 0
    sync = np.zeros(14, np.int64)  # (claimed, done) of each phase
    # tiles of each product phase (0: the phase is skipped); down waits only when something follows
    run0, run1, run2 = tiles0 if with_attn else 0, tiles1 if with_ffn else 0, tiles2 if with_ffn else 0
    run3, run4, wait4 = (tiles3, tiles4, True) if units5 > 0 else (0, 0, False)
    for _ in prange(threads):
        _product_phase(sync, 0, threads, True, q0, pl0, np0, d0, dm0, sc0, mn0, group0, bias0, aq, adx, axs, ao,
                       run0, q0, pl0, np0, d0, dm0, sc0, mn0, group0, bias0, aq, adx, axs, ao, 0)
        u = _claim(sync, 1, units1)
        while u >= 0:
            _residual(x[u : u + 1], ao[u : u + 1, :d], post_attn_w, eps, z[u : u + 1])
            rms_norm(x[u : u + 1], norm_w, eps, z[u : u + 1])
            _quantize_row(z[u], group1, gps1, xq[u], dx[u], xs[u])
            _fetch_add(sync, 3, 1)
            u = _claim(sync, 1, units1)
        _finish(sync, 1, units1)
        _product_phase(sync, 2, threads, True, q1, pl1, np1, d1, dm1, sc1, mn1, group1, bias1, xq, dx, xs, y,
                       run1, q1, pl1, np1, d1, dm1, sc1, mn1, group1, bias1, xq, dx, xs, y, 0)
        u = _claim(sync, 3, units2)
        while u >= 0:
            g0, g1 = blocks2 * u // units * gps2, blocks2 * (u + 1) // units * gps2
            c0, c1 = g0 * group2, g1 * group2
            for j in range(n):
                glu_span(y[j, c0:c1], y[j, ff + c0 : ff + c1], gelu, h[j, c0:c1])
                _quantize_row(h[j, c0:c1], group2, gps2, hq[j, c0:c1], hdx[j, g0:g1], hxs[j, g0:g1])
            _fetch_add(sync, 7, 1)
            u = _claim(sync, 3, units2)
        _finish(sync, 3, units2)
        _product_phase(sync, 4, threads, wait4, q2, pl2, np2, d2, dm2, sc2, mn2, group2, bias2, hq, hdx, hxs, out,
                       run2, q2, pl2, np2, d2, dm2, sc2, mn2, group2, bias2, hq, hdx, hxs, out, 0)
        u = _claim(sync, 5, units5)
        while u >= 0:
            if with_ffn:
                _residual(x[u : u + 1], out[u : u + 1, :d], post_ffn_w, eps, z3[u : u + 1])
            if with_next:
                rms_norm(x[u : u + 1], next_w, next_eps, z3[u : u + 1])
                _quantize_row(z3[u], group3, gps3, xq3[u], dx3[u], xs3[u])
                if with_4:
                    _quantize_row(z3[u], group4, gps4, xq4[u], dx4[u], xs4[u])
            _fetch_add(sync, 11, 1)
            u = _claim(sync, 5, units5)
        _finish(sync, 5, units5)
        _product_phase(sync, 6, threads, False, q3, pl3, np3, d3, dm3, sc3, mn3, group3, bias3, xq3, dx3, xs3, y3,  # weight 3's tiles then 4's
                       run3, q4, pl4, np4, d4, dm4, sc4, mn4, group4, bias4, xq4, dx4, xs4, y4,
                       run4)


@njit(cache=True, nogil=True, fastmath=True)
def _residual(x, a, norm_w, eps, scratch):
    """x += rms_norm(a) * norm_w (norm_w empty: x += a) over rows x, a [rows, d]; scratch like x."""
    n, d = x.shape
    if norm_w.shape[0] > 0:
        rms_norm(a, norm_w, eps, scratch)
        for i in range(n):
            for c in range(d):
                x[i, c] += scratch[i, c]
    else:
        for i in range(n):
            for c in range(d):
                x[i, c] += a[i, c]


# --- exact dequantization ------------------------------------------------------------------------
@njit(parallel=True, cache=True, nogil=True)
def tiled_dequant_rows(q, pl, nplanes, d, dm, sc, mn, group, bias, row_ids, out):
    """out[i] = row row_ids[i] of a Tiled weight, bit-identical to gguf's dequantizer: the per-group
    scale D*sc and offset DM*mn are the float32 products gguf forms, then scale*(u+bias) + offset
    (no fastmath, no FMA)."""
    cols = out.shape[1]
    groups = cols // group
    gps = (cols // d.shape[1]) // group
    nibbles = q.shape[1] * 8 == cols
    has_min, has_sub, has_mn = dm.shape[0] > 0, sc.shape[0] > 0, mn.shape[0] > 0
    half = group // 2
    for i in prange(row_ids.shape[0]):
        t, k = row_ids[i] // LANES, row_ids[i] % LANES
        oi = out[i]
        for g in range(groups):
            s = np.float32(_half(d[t, g // gps, k]))
            if has_sub:
                s = s * np.float32(sc[t, g, k])
            m = np.float32(0.0)
            if has_min:
                m = np.float32(_half(dm[t, g // gps, k]))
                if has_mn:
                    m = m * np.float32(mn[t, g, k])
            for c in range(group):
                u = _value(q, pl, nplanes, nibbles, t, k, g, c, group, half)
                v = np.float32(u + bias)
                oi[g * group + c] = s * v + m if has_min else s * v


@njit(cache=True, nogil=True)
def _half(bits):
    """float16 bits (uint16) -> float64, exactly."""
    b = np.int64(bits)
    sign = -1.0 if b & 0x8000 else 1.0
    e, f = (b >> 10) & 0x1F, b & 0x3FF
    if e == 0:
        return sign * f * 2.0**-24
    if e == 31:
        return sign * np.inf if f == 0 else np.nan
    return sign * (1024 + f) * 2.0 ** (e - 25)


@njit(cache=True, nogil=True)
def _value(q, pl, nplanes, nibbles, t, k, g, c, group, half):
    """u of column g*group + c in row k of tile t (see formats.Tiled)."""
    if not nibbles:
        col = g * group + c
        return np.int64(q[t, col // 4, 4 * k + col % 4])
    second = c >= half
    within = c - half if second else c
    word = g * (group // 8) + within // 4
    byte = 4 * k + within % 4
    raw = np.int64(q[t, word, byte])
    u = (raw >> 4) & 15 if second else raw & 15
    for p in range(nplanes):
        u |= np.int64((pl[t, word, p, 1 if second else 0] >> np.uint64(byte)) & np.uint64(1)) << (4 + p)
    return u


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
def bytes_to_tiles(u, out):
    """out[t, i, 4k + j] = u[16t + k, 4i + j] (uint8 values, zero past the last row)."""
    rows, cols = u.shape
    for t in prange(out.shape[0]):  # the row test and index arithmetic out of the inner loop: 2-3x faster
        for k in range(LANES):
            r = t * LANES + k
            if r < rows:
                for i in range(cols // 4):
                    for j in range(4):
                        out[t, i, 4 * k + j] = u[r, 4 * i + j]
            else:
                for i in range(cols // 4):
                    for j in range(4):
                        out[t, i, 4 * k + j] = 0


@njit(parallel=True, cache=True, nogil=True)
def nibbles_to_tiles(u, group, out, planes):
    """Nibble words (see formats.Tiled): out[t, w, 4k + j] = low 4 bits of u[r, c_lo] | those of
    u[r, c_lo + group/2] << 4, c_lo = g*group + 4*(w % (group/8)) + j, g = w // (group/8),
    r = 16t + k; bit 4k + j of planes[t, w, p, 0 / 1] = bit 4 + p of the low / high value."""
    rows, cols = u.shape
    half, per_group = group // 2, group // 8
    nplanes = planes.shape[2]
    for t in prange(out.shape[0]):
        for w in range(cols // 8):
            base = (w // per_group) * group + 4 * (w % per_group)
            for p in range(nplanes):
                planes[t, w, p, 0] = 0
                planes[t, w, p, 1] = 0
            for k in range(LANES):
                r = t * LANES + k
                for j in range(4):
                    lo = np.uint8(u[r, base + j]) if r < rows else np.uint8(0)
                    hi = np.uint8(u[r, base + half + j]) if r < rows else np.uint8(0)
                    out[t, w, 4 * k + j] = (lo & np.uint8(15)) | ((hi & np.uint8(15)) << np.uint8(4))
                    bit = np.uint64(4 * k + j)
                    for p in range(nplanes):
                        planes[t, w, p, 0] |= np.uint64((lo >> np.uint8(4 + p)) & np.uint8(1)) << bit
                        planes[t, w, p, 1] |= np.uint64((hi >> np.uint8(4 + p)) & np.uint8(1)) << bit
