"""GGML block layouts and the kernel form (`Tiled`) every quantized weight is repacked into once.

Every supported type is one affine form of small unsigned integers (`Form`):

    w[r, c] = D[r, s] * sc[r, g] * (u[r, c] + bias) + DM[r, s] * mn[r, g]

with g = c // group, s = c // sup (the super-block), D/DM float16 scales straight from the
blocks (DM = -dmin for K-quants, m for Q4_1/Q5_1, absent for symmetric types), sc/mn the 6-bit
(or int8) sub-block scales and mins of K-quants (absent, i.e. 1, for legacy types whose group
is their block), and u in 0 .. 2^bits - 1. `decompose` reads GGUF blocks into that form and
`Tiled` stores it for the integer product kernels (cpu.py): 16 rows interleaved per 32-bit word
so one 512-bit vector serves 16 rows, 4-bit values two per byte, 5th/6th bits as bit masks
(5 or 6 bits per weight, as in the file), 8-bit values as bytes. Float scales stay float16, so
the kernel form streams about the bytes of the file (Q4_K: 4.63 bits per weight vs 4.5).

Dequantizing the form computes D*sc and DM*mn as float32 products in the order gguf's numpy
dequantizers do, then scale*(u+bias) + offset: bit-identical to gguf for every type.
Float tensors (F32/F16/BF16) become a dense float32 matrix instead.

The low-bit types map the same way: Q2_K (groups of 16, 2-bit values with a per-group min) and
Q3_K (groups of 16, values -4..3) ride as nibbles; IQ4_NL / IQ4_XS values come from a 16-entry
non-linear grid (-127..113), looked up once at repack, so they run as bytes (1.03 bytes per
weight in memory against 0.53-0.56 in the file: decode of an IQ4 model streams about as many
bytes as Q8_0 does). A new type needs a `Form` in FORMS and a branch in `decompose`.
"""

from __future__ import annotations

import mmap
from dataclasses import dataclass, field
from functools import cached_property
from math import prod

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

from local_engine.quants import cpu

T = GGMLQuantizationType


@dataclass(frozen=True)
class Form:
    """The affine integer form of one GGML type (see module docstring)."""

    bits: int  # 4, 5 or 6: nibbles (+ bit planes); 8: bytes
    group: int  # columns per sub-scale (and per activation block)
    sup: int  # columns per float16 super-scale D (== group for legacy types)
    bias: int  # added to u before scaling
    has_min: bool  # DM * mn term present

    @property
    def nibbles(self) -> bool:
        return self.bits < 8

    @property
    def nplanes(self) -> int:
        return self.bits - 4 if self.bits < 8 else 0

    @property
    def has_sub(self) -> bool:
        return self.sup > self.group

    @property
    def tile_kind(self) -> cpu.TileKind:
        """What the product kernels compile for this form (cpu.TILE_KINDS)."""
        return cpu.TileKind(self.nibbles, self.group, self.sup // self.group, self.nplanes)

    @property
    def act_block(self) -> int:
        """Columns per int8 activation block of the products: the super-block where sub-scales
        exist (llama.cpp's Q8_K for K-quants), else the group (Q8_0)."""
        return self.sup if self.has_sub else self.group


FORMS: dict[GGMLQuantizationType, Form] = {
    T.Q4_0: Form(4, 32, 32, -8, False),
    T.Q4_1: Form(4, 32, 32, 0, True),
    T.Q5_0: Form(5, 32, 32, -16, False),
    T.Q5_1: Form(5, 32, 32, 0, True),
    T.Q8_0: Form(8, 32, 32, -128, False),
    T.Q4_K: Form(4, 32, 256, 0, True),
    T.Q5_K: Form(5, 32, 256, 0, True),
    T.Q6_K: Form(6, 16, 256, -32, False),
    T.Q2_K: Form(4, 16, 256, 0, True),  # 2-bit values 0..3
    T.Q3_K: Form(4, 16, 256, -4, False),  # 3-bit values -4..3
    T.IQ4_NL: Form(8, 32, 32, -128, False),  # grid values -127..113
    T.IQ4_XS: Form(8, 32, 256, -128, False),
}
# the kernels have one compiled body per kind: a form without one would trap in every product
_NO_KERNEL = [t.name for t, f in FORMS.items() if f.tile_kind not in cpu.TILE_KINDS]
if _NO_KERNEL:
    raise RuntimeError(f"no tile kernel kind (quants/cpu.py TILE_KINDS) for {', '.join(_NO_KERNEL)}")
FLOAT_TYPES: frozenset[GGMLQuantizationType] = frozenset({T.F32, T.F16, T.BF16})
SUPPORTED_TYPES: frozenset[GGMLQuantizationType] = frozenset(FORMS) | FLOAT_TYPES

TILE = cpu.LANES  # rows per tile
_CHUNK_BYTES = 8 << 20  # repack granularity
_EMPTY_U16 = np.zeros((0, 0), np.uint16)
_EMPTY_I8 = np.zeros((0, 0), np.int8)


@dataclass(frozen=True)
class Decomposed:
    """Rows of one form, untiled: u uint8 [rows, cols]; d/dm float16 bits [rows, supers]; sc/mn
    int8 [rows, groups]; absent parts have shape (0, 0)."""

    form: Form
    u: np.ndarray
    d: np.ndarray
    dm: np.ndarray = field(default_factory=lambda: _EMPTY_U16)
    sc: np.ndarray = field(default_factory=lambda: _EMPTY_I8)
    mn: np.ndarray = field(default_factory=lambda: _EMPTY_I8)

    def dequantize(self) -> np.ndarray:
        """float32 [rows, cols], bit-identical to gguf (float32 products, no FMA: numpy)."""
        f, (rows, cols) = self.form, self.u.shape
        groups, gps = cols // f.group, f.sup // f.group
        s = np.repeat(self.d.view(np.float16).astype(np.float32), gps, axis=1)
        if self.sc.shape[0]:
            s = s * self.sc.astype(np.float32)
        v = (self.u.astype(np.int16) + f.bias).astype(np.float32).reshape(rows, groups, f.group)
        out = s[:, :, None] * v
        if f.has_min:
            m = np.repeat(self.dm.view(np.float16).astype(np.float32), gps, axis=1)
            if self.mn.shape[0]:
                m = m * self.mn.astype(np.float32)
            out = out + m[:, :, None]
        return out.reshape(rows, cols)


def _f16_bits(raw: np.ndarray, at: int) -> np.ndarray:
    """uint16 [n] float16 bits at byte `at` of each block row."""
    return raw[:, at : at + 2].copy().view(np.uint16)[:, 0]


def _nibbles(qs: np.ndarray) -> np.ndarray:
    """[n, 16] packed bytes -> [n, 32] values: low nibbles first, then high (Q4_0/Q4_1/Q5_x order)."""
    return np.concatenate([qs & 0x0F, qs >> 4], axis=-1)


def _bits32(qh: np.ndarray) -> np.ndarray:
    """[n, 4] bytes (little-endian u32) -> [n, 32] single bits, bit j for value j."""
    return np.unpackbits(qh, axis=-1, bitorder="little")


def _k_scale_min(scales: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The 6-bit sub-block scales and mins of Q4_K/Q5_K (12 bytes -> 8 + 8)."""
    n = scales.shape[0]
    s = scales.reshape(n, 3, 4)
    d, m, md = s[:, 0], s[:, 1], s[:, 2]
    sc = np.concatenate([d & 0x3F, (md & 0x0F) | ((d >> 2) & 0x30)], axis=-1)
    mn = np.concatenate([m & 0x3F, (md >> 4) | ((m >> 2) & 0x30)], axis=-1)
    return sc.view(np.int8), mn.view(np.int8)


def _legacy(raw: np.ndarray, t: GGMLQuantizationType) -> tuple[np.ndarray, ...]:
    """Q4_0/Q4_1/Q5_0/Q5_1/Q8_0 blocks [n, size] -> (u [n, 32], d [n], dm [n] or None)."""
    d = _f16_bits(raw, 0)
    if t == T.Q8_0:
        return raw[:, 2:] ^ np.uint8(0x80), d, None  # int8 q + 128
    dm = _f16_bits(raw, 2) if t in (T.Q4_1, T.Q5_1) else None
    pos = 2 if dm is None else 4
    if t in (T.Q5_0, T.Q5_1):
        hi, pos = _bits32(raw[:, pos : pos + 4]) << 4, pos + 4
    else:
        hi = np.uint8(0)
    return _nibbles(raw[:, pos : pos + 16]) | hi, d, dm


def _kquant(raw: np.ndarray, t: GGMLQuantizationType) -> tuple[np.ndarray, ...]:
    """Q4_K/Q5_K/Q6_K super-blocks [n, size] -> (u [n, 256], d [n], dm [n] | None, sc [n, subs], mn | None)."""
    n = raw.shape[0]
    if t == T.Q6_K:
        ql, qh, sc = raw[:, :128], raw[:, 128:192], raw[:, 192:208]
        lo = ((ql.reshape(n, 2, 1, 64) >> np.array([0, 4], np.uint8).reshape(1, 1, 2, 1)) & 0x0F).reshape(n, 8, 32)
        hi = ((qh.reshape(n, 2, 1, 32) >> np.array([0, 2, 4, 6], np.uint8).reshape(1, 1, 4, 1)) & 3).reshape(n, 8, 32)
        return (lo | (hi << 4)).reshape(n, 256), _f16_bits(raw, 208), None, sc.view(np.int8), None
    sc, mn = _k_scale_min(raw[:, 4:16])
    qs = raw[:, -128:]
    u = ((qs.reshape(n, 4, 1, 32) >> np.array([0, 4], np.uint8).reshape(1, 1, 2, 1)) & 0x0F).reshape(n, 8, 32)
    if t == T.Q5_K:
        qh = raw[:, 16:48]
        u = u | (((qh.reshape(n, 1, 32) >> np.arange(8, dtype=np.uint8).reshape(1, 8, 1)) & 1) << 4)
    dm = _f16_bits(raw, 2) ^ np.uint16(0x8000)  # DM = -dmin: w = d*sc*u - dmin*m
    return u.reshape(n, 256), _f16_bits(raw, 0), dm, sc, mn


def _low_k(raw: np.ndarray, t: GGMLQuantizationType) -> tuple[np.ndarray, ...]:
    """Q2_K / Q3_K super-blocks [n, size] -> (u [n, 256], d [n], dm [n] | None, sc [n, 16], mn | None).

    As gguf's numpy dequantizers form them: Q2_K is (d*sc) * q - dmin*m with 2-bit q (0..3),
    Q3_K (d*(sc-32)) * q with q = 2-bit low - 4*(not high bit), stored as u = q + 4."""
    n = raw.shape[0]
    shifts = np.array([0, 2, 4, 6], np.uint8).reshape(1, 1, 4, 1)
    if t == T.Q2_K:
        sc, qs = raw[:, :16], raw[:, 16:80]
        u = ((qs.reshape(n, 2, 1, 32) >> shifts) & 3).reshape(n, 256)
        dm = _f16_bits(raw, 82) ^ np.uint16(0x8000)  # DM = -dmin
        return u, _f16_bits(raw, 80), dm, (sc & 0x0F).view(np.int8), (sc >> 4).view(np.int8)
    hmask, qs, packed = raw[:, :32], raw[:, 32:96], raw[:, 96:108]
    lo = (packed[:, :8].reshape(n, 1, 8) >> np.array([0, 4], np.uint8).reshape(1, 2, 1)).reshape(n, 16) & 0x0F
    hi = (packed[:, 8:].reshape(n, 1, 4) >> np.array([0, 2, 4, 6], np.uint8).reshape(1, 4, 1)).reshape(n, 16) & 3
    sc = (lo | (hi << 4)).view(np.int8) - np.int8(32)
    ql = ((qs.reshape(n, 2, 1, 32) >> shifts) & 3).reshape(n, 16, 16)
    qh = ((hmask.reshape(n, 1, 32) >> np.arange(8, dtype=np.uint8).reshape(1, 8, 1)) & 1).reshape(n, 16, 16)
    return (ql | (qh << 2)).reshape(n, 256), _f16_bits(raw, 108), None, sc, None  # q + 4 = ql + 4*hbit


IQ4_VALUES = np.array([-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113], np.int8)


def _iq4(raw: np.ndarray, t: GGMLQuantizationType) -> tuple[np.ndarray, ...]:
    """IQ4_NL blocks / IQ4_XS super-blocks -> (u = grid value + 128 [n, block], d [n], None, sc | None, None).

    The 4-bit indices are looked up once here, so the products run the byte kernel."""
    n = raw.shape[0]
    d = _f16_bits(raw, 0)
    grid = (IQ4_VALUES.astype(np.int16) + 128).astype(np.uint8)
    if t == T.IQ4_NL:
        return grid[_nibbles(raw[:, 2:18])], d, None, None, None
    scales_h = raw[:, 2:4].copy().view(np.uint16)
    lo = (raw[:, 4:8].reshape(n, 4, 1) >> np.array([0, 4], np.uint8).reshape(1, 1, 2)).reshape(n, 8) & 0x0F
    hi = (scales_h.reshape(n, 1) >> np.arange(0, 16, 2, dtype=np.uint16).reshape(1, 8)).astype(np.uint8) & 3
    ls = (lo | (hi << 4)).view(np.int8) - np.int8(32)
    u = grid[_nibbles(raw[:, 8:136].reshape(n * 8, 16))].reshape(n, 256)
    return u, d, None, ls, None


def decompose(data: np.ndarray, t: GGMLQuantizationType, cols: int) -> Decomposed:
    """GGUF rows (uint8 [rows, row_bytes]) of a quantized type -> its Form's parts (exact)."""
    form, rows = FORMS[t], data.shape[0]
    raw = data.reshape(-1, GGML_QUANT_SIZES[t][1])
    if t in (T.Q2_K, T.Q3_K):
        u, d, dm, sc, mn = _low_k(raw, t)
    elif t in (T.IQ4_NL, T.IQ4_XS):
        u, d, dm, sc, mn = _iq4(raw, t)
    elif GGML_QUANT_SIZES[t][0] == 256:
        u, d, dm, sc, mn = _kquant(raw, t)
    else:
        (u, d, dm), sc, mn = _legacy(raw, t), None, None
    supers, groups = cols // form.sup, cols // form.group

    def shaped(a: np.ndarray | None, n: int, empty: np.ndarray) -> np.ndarray:
        return empty if a is None else np.ascontiguousarray(a.reshape(rows, n))

    return Decomposed(
        form, np.ascontiguousarray(u.reshape(rows, cols)), shaped(d, supers, _EMPTY_U16),
        shaped(dm, supers, _EMPTY_U16), shaped(sc, groups, _EMPTY_I8), shaped(mn, groups, _EMPTY_I8),
    )


_NO_PLANES = np.zeros((0, 0, 0, 0), np.uint64)
_NO_U16 = np.zeros((0, 0, 0), np.uint16)
_NO_I8 = np.zeros((0, 0, 0), np.int8)


@dataclass(frozen=True)
class Tiled:
    """A Form's parts with rows in tiles of 16 (rows past `rows`, padding the last tile, are zero).

    q uint8 [tiles, words, 64]: word i of tile t holds, in bytes 4k..4k+3, row 16t+k's values of
      - bytes (bits 8): columns 4i .. 4i+3;
      - nibbles: low nibbles = columns g*group + 4*(i % (group/8)) + 0..3, high nibbles = the same
        plus group/2, with g = i // (group/8) (the two halves of a group, as GGML blocks split them)
    planes uint64 [tiles, words, bits-4, 2]: bit 4k+j of planes[t, i, p, 0 / 1] = bit 4+p of the
      value in the low / high nibble of byte 4k+j (empty for 4- and 8-bit forms)
    d, dm uint16 [tiles, supers, 16] float16 bits; sc, mn int8 [tiles, groups, 16] (absent: empty).
    """

    form: Form
    rows: int
    q: np.ndarray
    planes: np.ndarray
    d: np.ndarray
    dm: np.ndarray
    sc: np.ndarray
    mn: np.ndarray

    @cached_property  # read by every product (quants.region_serial)
    def nbytes(self) -> int:
        return int(sum(a.nbytes for a in (self.q, self.planes, self.d, self.dm, self.sc, self.mn)))

    @property
    def kernel_args(self) -> tuple[np.ndarray | int, ...]:
        """(q, planes, nplanes, d, dm, sc, mn, group, bias) as the cpu kernels take them."""
        f = self.form
        return self.q, self.planes, f.nplanes, self.d, self.dm, self.sc, self.mn, f.group, f.bias


def _by_tiles(a: np.ndarray, empty: np.ndarray) -> np.ndarray:
    """[rows, n] -> [tiles, n, 16] (rows zero-padded to whole tiles); empty stays empty."""
    if a.shape[0] == 0:
        return empty
    out = np.empty((-(-a.shape[0] // TILE), a.shape[1], TILE), a.dtype)
    cpu.rows_to_tiles(np.ascontiguousarray(a), out)
    return out


def _alloc(form: Form, rows: int, cols: int) -> Tiled:
    tiles, supers, groups = -(-rows // TILE), cols // form.sup, cols // form.group
    words = cols // 8 if form.nibbles else cols // 4
    planes = np.empty((tiles, words, form.nplanes, 2), np.uint64) if form.nplanes else _NO_PLANES
    d = np.empty((tiles, supers, TILE), np.uint16)
    dm = np.empty_like(d) if form.has_min else _NO_U16
    sc = np.empty((tiles, groups, TILE), np.int8) if form.has_sub else _NO_I8
    mn = np.empty_like(sc) if form.has_sub and form.has_min else _NO_I8
    return Tiled(form, rows, np.empty((tiles, words, 4 * TILE), np.uint8), planes, d, dm, sc, mn)


def _fill(out: Tiled, t0: int, part: Decomposed) -> None:
    """Tile `part` (rows starting at tile t0: a multiple of 16 rows except maybe the last part)."""
    t1 = t0 + -(-part.u.shape[0] // TILE)
    if part.form.nibbles:
        cpu.nibbles_to_tiles(part.u, part.form.group, out.q[t0:t1], out.planes[t0:t1] if out.planes.shape[0] else
                             np.zeros((t1 - t0, out.q.shape[1], 0, 2), np.uint64))
    else:
        cpu.bytes_to_tiles(part.u, out.q[t0:t1])
    for name in ("d", "dm", "sc", "mn"):
        dst = getattr(out, name)
        if dst.shape[0]:
            dst[t0:t1] = _by_tiles(getattr(part, name), dst)


def tile(part: Decomposed) -> Tiled:
    """Decomposed rows -> Tiled."""
    out = _alloc(part.form, part.u.shape[0], part.u.shape[1])
    _fill(out, 0, part)
    return out


def repack(data: np.ndarray, t: GGMLQuantizationType, cols: int) -> Tiled:
    """GGUF rows (uint8 [rows, row_bytes]) -> Tiled, in chunks of whole tiles, releasing each
    chunk's file pages as it goes so peak memory stays near the size of the result."""
    rows = data.shape[0]
    out = _alloc(FORMS[t], rows, cols)
    step = max(1, _CHUNK_BYTES // max(1, data.shape[1]) // TILE) * TILE
    for r0 in range(0, rows, step):
        r1 = min(rows, r0 + step)
        _fill(out, r0 // TILE, decompose(data[r0:r1], t, cols))
        release_pages(data[r0:r1])
    return out


@dataclass(frozen=True)
class Dense:
    """A float32 [rows, cols] matrix (zero-copy for F32)."""

    w: np.ndarray

    @property
    def rows(self) -> int:
        return int(self.w.shape[0])

    @property
    def nbytes(self) -> int:
        return int(self.w.nbytes)


Packed = Tiled | Dense


@dataclass(eq=False)
class QuantTensor:
    """One weight tensor as stored in GGUF: raw blocks (a zero-copy mmap view) plus its math shape.

    `shape` is row-major (GGUF ne reversed): a matrix is (rows=ne[1], cols=ne[0]). The
    kernel form is built on first use and cached, so loading a model touches no weights.
    """

    name: str
    ggml_type: GGMLQuantizationType
    shape: tuple[int, ...]
    data: np.ndarray | None  # uint8 [rows, bytes_per_row]; None for tensors built from packed form
    _packed: Packed | None = field(default=None, repr=False)
    # fused forms keyed by the tuple of weights fused (see quants.matvec_multi)
    fused_cache: dict[tuple[QuantTensor, ...], QuantTensor] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.ggml_type not in SUPPORTED_TYPES:
            raise ValueError(f"tensor {self.name!r}: unsupported type {self.ggml_type.name}")
        block, _ = GGML_QUANT_SIZES[self.ggml_type]
        if self.cols % block:
            raise ValueError(f"tensor {self.name!r}: {self.cols} columns is not a multiple of {block}")
        if self.data is not None:
            self.data = np.ascontiguousarray(self.data).view(np.uint8).reshape(self.rows, self.row_bytes)

    @classmethod
    def from_packed(cls, name: str, ggml_type: GGMLQuantizationType, cols: int, packed: Packed) -> QuantTensor:
        """A tensor that exists only in kernel form (e.g. rows of several weights fused)."""
        return cls(name, ggml_type, (packed.rows, cols), None, packed)

    @property
    def rows(self) -> int:
        return prod(self.shape[:-1])

    @property
    def cols(self) -> int:
        return self.shape[-1]

    @property
    def row_bytes(self) -> int:
        block, size = GGML_QUANT_SIZES[self.ggml_type]
        return self.cols // block * size

    @property
    def nbytes(self) -> int:
        """Bytes of the GGUF blocks (what decode must stream per token)."""
        return self.rows * self.row_bytes

    @property
    def resident_nbytes(self) -> int:
        """Bytes of the kernel forms built so far (this weight's and the fused ones it keys): what a
        loaded model holds in memory (/health)."""
        own = self._packed.nbytes if self._packed is not None else 0
        return own + sum(f.resident_nbytes for f in self.fused_cache.values())

    def drop_packed(self) -> None:
        """Forget the kernel form (rebuilt from the file on next use), e.g. once fused into another."""
        if self.data is not None:
            self._packed = None

    def unpacked(self, row_ids: np.ndarray | None = None) -> Decomposed | Dense:
        """All rows, or rows `row_ids`, as Decomposed (or Dense): not cached (fusing, exact lookups)."""
        if self.data is None:
            raise ValueError(f"tensor {self.name!r} exists only in product form")
        data = self.data if row_ids is None else self.data[row_ids]
        if self.ggml_type in FLOAT_TYPES:
            return _dense(data, self.ggml_type, self.cols)
        return decompose(data, self.ggml_type, self.cols)

    @property
    def packed(self) -> Packed:
        """The product form, built once (the only full pass over the weight)."""
        if self._packed is None:
            assert self.data is not None
            if self.ggml_type in FLOAT_TYPES:
                self._packed = _dense(self.data, self.ggml_type, self.cols)
            else:
                self._packed = repack(self.data, self.ggml_type, self.cols)
        return self._packed


def release_pages(data: np.ndarray) -> None:
    """Tell the kernel we are done with the mmap'd file pages under `data` (after repacking).

    They stay in the page cache but leave this process's RSS, so a loaded model costs its
    kernel form, not kernel form + file. Touching `data` again simply faults them back in.
    A no-op for arrays that are not views of an mmap.
    """
    base: object = data
    while isinstance(base, np.ndarray):
        base = base.base
    if isinstance(base, memoryview):
        base = base.obj
    if not isinstance(base, mmap.mmap) or data.size == 0:
        return
    begin = data.ctypes.data - np.frombuffer(base, np.uint8, 1).ctypes.data
    start = -(-begin // mmap.PAGESIZE) * mmap.PAGESIZE
    stop = (begin + data.nbytes) // mmap.PAGESIZE * mmap.PAGESIZE
    if stop > start:
        base.madvise(mmap.MADV_DONTNEED, start, stop - start)


def _dense(data: np.ndarray, t: GGMLQuantizationType, cols: int) -> Dense:
    rows = data.shape[0]
    if t == T.F32:
        return Dense(data.view(np.float32).reshape(rows, cols))
    wide = data.view(np.float16).astype(np.float32) if t == T.F16 else (
        data.view(np.uint16).astype(np.uint32) << 16
    ).view(np.float32)
    release_pages(data)
    return Dense(wide.reshape(rows, cols))


def concat_rows(parts: list[Decomposed | Dense]) -> Tiled | Dense:
    """One kernel form holding the rows of several weights with equal columns (QKV, gate+up), so
    one product serves them all: dense parts, or quantized parts of one Form (exact)."""
    if all(isinstance(p, Dense) for p in parts):
        return Dense(np.concatenate([p.w for p in parts], axis=0))
    blocks = [p for p in parts if isinstance(p, Decomposed)]
    if len(blocks) != len(parts) or len({p.form for p in blocks}) != 1:
        raise ValueError("cannot fuse weights of different forms")
    def cat(name: str) -> np.ndarray:
        arrays = [getattr(p, name) for p in blocks]
        return arrays[0] if arrays[0].shape[0] == 0 else np.concatenate(arrays)
    return tile(Decomposed(blocks[0].form, cat("u"), cat("d"), cat("dm"), cat("sc"), cat("mn")))
