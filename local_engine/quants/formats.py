"""GGML block layouts and the kernel-friendly forms every weight is repacked into once.

Why repack: numba/LLVM vectorises float FMAs over int8 values well but not GGML's packed
blocks (see NOTES.md). Each quantized matrix is first unpacked to `BlockInt8`: one int8 per
weight plus a float32 scale (and optional float32 offset) per group of 32 (16 for Q6_K).
Every supported type maps onto it *exactly*: the per-group scale/offset are the very float32
products gguf's numpy dequantizer forms (`d*sc`, `dmin*m`), so `scale*q + offset` (evaluated
without FMA) reproduces its output bit for bit. Products then run on `Tiled`, the same numbers
with 16 rows interleaved per column (one vector register of row dots, no horizontal sums),
4-bit types keeping two weights per byte: decode streams every weight once per token and
memory bandwidth bounds it (0.75 bytes per weight for Q4_1/Q4_K, 1.125 for 8-bit values).
Float tensors (F32/F16/BF16) become a dense float32 matrix instead.

The low-bit types map the same way: Q2_K (groups of 16, 2-bit values with a per-group min) and
Q3_K (groups of 16, values -4..3) ride in the 4-bit tiles; IQ4_NL / IQ4_XS values come from a
16-entry non-linear grid (-127..113), looked up once at repack, so they run the int8 tiles
(1.06 bytes per weight in memory against 0.53-0.56 in the file: decode of an IQ4 model streams
about as many bytes as Q8_0 does).
"""

from __future__ import annotations

import mmap
from dataclasses import dataclass, field
from math import prod

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

from local_engine.quants import cpu

T = GGMLQuantizationType

SUPPORTED_TYPES: frozenset[GGMLQuantizationType] = frozenset(
    {T.F32, T.F16, T.BF16, T.Q4_0, T.Q4_1, T.Q5_0, T.Q5_1, T.Q8_0, T.Q2_K, T.Q3_K, T.Q4_K, T.Q5_K, T.Q6_K,
     T.IQ4_NL, T.IQ4_XS}
)
FLOAT_TYPES: frozenset[GGMLQuantizationType] = frozenset({T.F32, T.F16, T.BF16})

_NO_OFFSET = np.zeros((0, 0), dtype=np.float32)
_ASYMMETRIC = frozenset({T.Q4_1, T.Q5_1, T.Q2_K, T.Q4_K, T.Q5_K})  # types with a per-group offset (min)
_CHUNK_BYTES = 8 << 20  # repack granularity


@dataclass(frozen=True)
class BlockInt8:
    """w[r, g*group + i] = scale[r, g] * q[r, g*stride + off + i] + offset[r, g] (offset absent: 0).

    `q` is C-contiguous int8 [rows, groups*stride]; repacking makes stride == group, the kernels
    also take stride > group (int8 values read in place from larger blocks).
    """

    q: np.ndarray
    off: int
    stride: int
    group: int
    scale: np.ndarray
    offset: np.ndarray  # float32 [rows, groups], or shape (0, 0) for symmetric types

    @property
    def rows(self) -> int:
        return int(self.q.shape[0])

    @property
    def has_offset(self) -> bool:
        return self.offset.shape[0] > 0

    geometry: tuple[np.uint64, np.uint64, np.uint64] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # (off, stride, group) as the unsigned ints the kernels index with; built once, not per call
        object.__setattr__(self, "geometry", (np.uint64(self.off), np.uint64(self.stride), np.uint64(self.group)))

    @property
    def nbytes(self) -> int:
        return int(self.q.nbytes + self.scale.nbytes + self.offset.nbytes)


TILE = 16  # rows per tile (cpu.LANES)
_NO_OFFSET3 = np.zeros((0, 0, 0), dtype=np.float32)
_NO_PLANES = np.zeros((0, 0, 0), dtype=np.uint32)
# 4- and 5-bit types: (bits, the bias that makes their values 0 .. 2^bits - 1); two values per
# byte in tiles, 5-bit ones with a plane of fifth bits (0.69 bytes per weight instead of 1.06)
_SMALL: dict[GGMLQuantizationType, tuple[int, int]] = {
    T.Q4_0: (4, -8), T.Q4_1: (4, 0), T.Q4_K: (4, 0), T.Q5_0: (5, -16), T.Q5_1: (5, 0), T.Q5_K: (5, 0),
    T.Q2_K: (4, 0), T.Q3_K: (4, -8),  # 2-bit 0..3 and 3-bit -4..3 values ride in the 4-bit tiles
}
# types whose scales and mins are float16 in the file (exact in half): tiled with float16 scales
_HALF_SCALES = frozenset({T.Q4_0, T.Q4_1, T.Q5_0, T.Q5_1, T.Q8_0, T.IQ4_NL})


@dataclass(frozen=True)
class Tiled:
    """Rows in tiles of 16, interleaved per column, for the product kernels (see cpu.py).

    w[16t + k, c] = scale[t, g, k] * v + offset[t, g, k] (offset absent: 0), g = c // group, where
    v = q[t, c, k] (int8), or with `nibbles` v = bias + the 4-bit value of column c, stored as the
    low nibble of q[t, g*group/2 + i, k] for i = c - g*group < group/2, else the high nibble of
    column c - group/2's byte, plus 16 * bit i of qh[t, g, k] for 5-bit values (qh not empty).
    Rows past `rows` (padding of the last tile) are zero.
    """

    q: np.ndarray  # int8 [tiles, cols or cols/2, 16]
    scale: np.ndarray  # float32 [tiles, groups, 16], or uint16 float16 bits when all are exact in half
    offset: np.ndarray  # like scale, or shape (0, 0, 0)
    rows: int
    group: int
    nibbles: bool
    bias: int
    qh: np.ndarray = field(default_factory=lambda: _NO_PLANES)  # uint32 [tiles, groups, 16] 5th bits, or (0, 0, 0)

    @property
    def has_offset(self) -> bool:
        return self.offset.shape[0] > 0

    @property
    def nbytes(self) -> int:
        return int(self.q.nbytes + self.scale.nbytes + self.offset.nbytes + self.qh.nbytes)

    def scales_f32(self, t0: int = 0, t1: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(scale, offset) of tiles t0..t1 as float32 (widened exactly when stored as float16)."""
        s, m = self.scale[t0:t1], self.offset[t0:t1] if self.has_offset else self.offset
        if s.dtype == np.uint16:
            return s.view(np.float16).astype(np.float32), m.view(np.float16).astype(np.float32)
        return s, m


def _as_half_bits(*arrays: np.ndarray) -> tuple[np.ndarray, ...] | None:
    """The arrays as float16 bits (uint16) when every value converts exactly, else None.

    Legacy types (Q4_0 ... Q8_0) store their scales and mins as float16, so they always do;
    K-quant scales are float32 products. Half the scale bytes that decode streams."""
    halves = tuple(a.astype(np.float16) for a in arrays)
    for a, h in zip(arrays, halves):
        if not np.array_equal(h.astype(np.float32).view(np.uint32), a.view(np.uint32)):
            return None
    return tuple(h.view(np.uint16) for h in halves)


def _by_tiles(a: np.ndarray) -> np.ndarray:
    """[rows, n] -> [tiles, n, 16] (rows zero-padded to whole tiles)."""
    out = np.empty((-(-a.shape[0] // TILE), a.shape[1], TILE), a.dtype)
    cpu.rows_to_tiles(np.ascontiguousarray(a), out)
    return out


def _small_form(q: np.ndarray) -> tuple[int, int] | None:
    """(bits, bias) of the smallest packing holding every value of q (4 or 5 bits), or None."""
    lo, hi = (int(q.min()), int(q.max())) if q.size else (0, 0)
    for bits, bias in ((4, 0), (4, -8), (5, 0), (5, -16)):
        if lo >= bias and hi < bias + (1 << bits):
            return bits, bias
    return None


def _tile_values(q: np.ndarray, group: int, form: tuple[int, int] | None) -> tuple[np.ndarray, np.ndarray]:
    """int8 [rows, cols] -> (tiled q, fifth-bit planes): int8 [tiles, cols, 16], or two 4-bit values
    per byte [tiles, cols/2, 16] plus uint32 [tiles, groups, 16] planes for 5-bit values."""
    if form is None:
        return _by_tiles(q), _NO_PLANES
    bits, bias = form
    q = np.ascontiguousarray(q)
    rows, cols = q.shape
    tiles = -(-rows // TILE)
    out = np.empty((tiles, cols // 2, TILE), np.uint8)
    cpu.nibbles_to_tiles(q, group, bias, out)
    planes = _NO_PLANES
    if bits == 5:
        planes = np.empty((tiles, cols // group, TILE), np.uint32)
        cpu.fifth_bits_to_tiles(q, group, bias, planes)
    return out.view(np.int8), planes


def tile(b: BlockInt8) -> Tiled:
    """BlockInt8 (stride == group) -> Tiled; 4- or 5-bit storage whenever every value fits (exact either way)."""
    q = b.q.reshape(b.rows, -1, b.stride)[:, :, b.off : b.off + b.group].reshape(b.rows, -1)
    form = _small_form(q)
    scale, offset = _by_tiles(b.scale), _by_tiles(b.offset) if b.has_offset else _NO_OFFSET3
    half = _as_half_bits(scale, offset)
    if half is not None:
        scale, offset = half
    tq, planes = _tile_values(q, b.group, form)
    return Tiled(tq, scale, offset, b.rows, b.group, form is not None, form[1] if form else 0, planes)


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
        """Bytes of the kernel forms built so far (this weight's and the fused ones it keys)."""
        own = self._packed.nbytes if self._packed is not None else 0
        return own + sum(f.resident_nbytes for f in self.fused_cache.values())

    def drop_packed(self) -> None:
        """Forget the kernel form (rebuilt from the file on next use), e.g. once fused into another."""
        if self.data is not None:
            self._packed = None

    def unpacked(self, row_ids: np.ndarray | None = None) -> BlockInt8 | Dense:
        """All rows, or rows `row_ids`, as BlockInt8 (or Dense): not cached (fusing, exact lookups)."""
        if self.data is None:
            raise ValueError(f"tensor {self.name!r} exists only in product form")
        data = self.data if row_ids is None else self.data[row_ids]
        return unpack(data, self.ggml_type, self.cols)

    @property
    def packed(self) -> Packed:
        """The product form, built once (the only full pass over the weight)."""
        if self._packed is None:
            assert self.data is not None
            self._packed = repack(self.data, self.ggml_type, self.cols)
        return self._packed


def _f16(raw: np.ndarray, at: int) -> np.ndarray:
    """float32 [n, 1] from a little-endian f16 at byte `at` of each block row."""
    return raw[:, at : at + 2].copy().view(np.float16).astype(np.float32)


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
    return sc.astype(np.float32), mn.astype(np.float32)


def _legacy(raw: np.ndarray, t: GGMLQuantizationType) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Q4_0/Q4_1/Q5_0/Q5_1 blocks [n, size] -> (q int8 [n, 32], scale [n], offset [n] | None)."""
    d = _f16(raw, 0)
    m = _f16(raw, 2) if t in (T.Q4_1, T.Q5_1) else None
    pos = 2 if m is None else 4
    if t in (T.Q5_0, T.Q5_1):
        hi, pos = _bits32(raw[:, pos : pos + 4]) << 4, pos + 4
    else:
        hi = np.uint8(0)
    q = (_nibbles(raw[:, pos : pos + 16]) | hi).astype(np.int8)
    if m is None:
        q -= np.int8(16 if t == T.Q5_0 else 8)
    return q, d[:, 0], None if m is None else m[:, 0]


def _kquant(raw: np.ndarray, t: GGMLQuantizationType) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Q4_K/Q5_K/Q6_K super-blocks [n, size] -> (q [n*subs, group], scale [n*subs], offset | None)."""
    n = raw.shape[0]
    if t == T.Q6_K:
        ql, qh, sc, d = raw[:, :128], raw[:, 128:192], raw[:, 192:208], _f16(raw, 208)
        lo = ((ql.reshape(n, 2, 1, 64) >> np.array([0, 4], np.uint8).reshape(1, 1, 2, 1)) & 0x0F).reshape(n, 8, 32)
        hi = ((qh.reshape(n, 2, 1, 32) >> np.array([0, 2, 4, 6], np.uint8).reshape(1, 1, 4, 1)) & 3).reshape(n, 8, 32)
        q = ((lo | (hi << 4)).astype(np.int8) - np.int8(32)).reshape(n * 16, 16)
        scale = (d * sc.copy().view(np.int8).astype(np.float32)).reshape(-1)
        return q, scale, None
    d, dmin = _f16(raw, 0), _f16(raw, 2)
    sc, mn = _k_scale_min(raw[:, 4:16])
    qs = raw[:, -128:]
    q = ((qs.reshape(n, 4, 1, 32) >> np.array([0, 4], np.uint8).reshape(1, 1, 2, 1)) & 0x0F).reshape(n, 8, 32)
    if t == T.Q5_K:
        qh = raw[:, 16:48]
        q = q | (((qh.reshape(n, 1, 32) >> np.arange(8, dtype=np.uint8).reshape(1, 8, 1)) & 1) << 4)
    return q.astype(np.int8).reshape(n * 8, 32), (d * sc).reshape(-1), (-(dmin * mn)).reshape(-1)


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


def _low_k(raw: np.ndarray, t: GGMLQuantizationType) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Q2_K / Q3_K super-blocks [n, size] -> (q int8 [n*16, 16], scale [n*16], offset [n*16] | None).

    Value order and scale products as gguf's numpy dequantizers form them: Q2_K is
    (d*sc) * q - dmin*m with 2-bit q (0..3), Q3_K (d*(sc-32)) * q with q = 2-bit low - 4*(not high bit)."""
    n = raw.shape[0]
    shifts = np.array([0, 2, 4, 6], np.uint8).reshape(1, 1, 4, 1)
    if t == T.Q2_K:
        sc, qs, d, dmin = raw[:, :16], raw[:, 16:80], _f16(raw, 80), _f16(raw, 82)
        q = ((qs.reshape(n, 2, 1, 32) >> shifts) & 3).astype(np.int8).reshape(n * 16, 16)
        scale = d * (sc & 0x0F).astype(np.float32)
        offset = -(dmin * (sc >> 4).astype(np.float32))
        return q, scale.reshape(-1), offset.reshape(-1)
    hmask, qs, packed, d = raw[:, :32], raw[:, 32:96], raw[:, 96:108], _f16(raw, 108)
    lo = (packed[:, :8].reshape(n, 1, 8) >> np.array([0, 4], np.uint8).reshape(1, 2, 1)).reshape(n, 16) & 0x0F
    hi = (packed[:, 8:].reshape(n, 1, 4) >> np.array([0, 2, 4, 6], np.uint8).reshape(1, 4, 1)).reshape(n, 16) & 3
    sc = (lo | (hi << 4)).astype(np.int8) - np.int8(32)
    ql = ((qs.reshape(n, 2, 1, 32) >> shifts) & 3).reshape(n, 16, 16)
    qh = ((hmask.reshape(n, 1, 32) >> np.arange(8, dtype=np.uint8).reshape(1, 8, 1)) & 1).reshape(n, 16, 16) ^ 1
    q = (ql.astype(np.int8) - (qh << 2).astype(np.int8)).reshape(n * 16, 16)
    return q, (d * sc.astype(np.float32)).reshape(-1), None


IQ4_VALUES = np.array([-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113], np.int8)


def _iq4(raw: np.ndarray, t: GGMLQuantizationType) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """IQ4_NL blocks / IQ4_XS super-blocks -> (q int8 [n*subs, 32] = the non-linear grid's values, scale).

    The 4-bit indices are looked up once here, so the products run the int8 tile kernel."""
    n = raw.shape[0]
    d = _f16(raw, 0)
    if t == T.IQ4_NL:
        return IQ4_VALUES[_nibbles(raw[:, 2:18])], d[:, 0], None
    scales_h = raw[:, 2:4].copy().view(np.uint16)
    lo = (raw[:, 4:8].reshape(n, 4, 1) >> np.array([0, 4], np.uint8).reshape(1, 1, 2)).reshape(n, 8) & 0x0F
    hi = (scales_h.reshape(n, 1) >> np.arange(0, 16, 2, dtype=np.uint16).reshape(1, 8)).astype(np.uint8) & 3
    ls = (lo | (hi << 4)).astype(np.int8) - np.int8(32)
    q = IQ4_VALUES[_nibbles(raw[:, 8:136].reshape(n * 8, 16))]
    return q, (d * ls.astype(np.float32)).reshape(-1), None


def _blocks(raw: np.ndarray, t: GGMLQuantizationType) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Blocks [n, size] of one quant type -> (q int8 [n*subs, group], scale, offset | None)."""
    if t == T.Q8_0:
        return raw[:, 2:].view(np.int8), _f16(raw, 0)[:, 0], None
    if t in (T.Q2_K, T.Q3_K):
        return _low_k(raw, t)
    if t in (T.IQ4_NL, T.IQ4_XS):
        return _iq4(raw, t)
    return (_kquant if GGML_QUANT_SIZES[t][0] == 256 else _legacy)(raw, t)


def _dense(data: np.ndarray, t: GGMLQuantizationType, cols: int) -> Dense:
    rows = data.shape[0]
    if t == T.F32:
        return Dense(data.view(np.float32).reshape(rows, cols))
    wide = data.view(np.float16).astype(np.float32) if t == T.F16 else (
        data.view(np.uint16).astype(np.uint32) << 16
    ).view(np.float32)
    release_pages(data)
    return Dense(wide.reshape(rows, cols))


def _group(t: GGMLQuantizationType) -> int:
    return 16 if t in (T.Q2_K, T.Q3_K, T.Q6_K) else 32


def unpack(data: np.ndarray, t: GGMLQuantizationType, cols: int) -> BlockInt8 | Dense:
    """GGUF rows (uint8 [rows, row_bytes]) -> BlockInt8 (exact: see module docstring), or Dense."""
    if t in FLOAT_TYPES:
        return _dense(data, t, cols)
    q, scale, offset = _blocks(data.reshape(-1, GGML_QUANT_SIZES[t][1]), t)
    rows, group = data.shape[0], _group(t)
    return BlockInt8(
        np.ascontiguousarray(q.reshape(rows, cols)), 0, group, group,
        np.ascontiguousarray(scale.reshape(rows, cols // group)),
        _NO_OFFSET if offset is None else np.ascontiguousarray(offset.reshape(rows, cols // group)),
    )


def repack(data: np.ndarray, t: GGMLQuantizationType, cols: int) -> Packed:
    """GGUF rows (uint8 [rows, row_bytes]) -> the product form (Tiled, or Dense for float types).

    Works in chunks of whole tiles and releases each chunk's file pages as it goes, so peak
    memory stays near the size of the result.
    """
    if t in FLOAT_TYPES:
        return _dense(data, t, cols)
    rows, group = data.shape[0], _group(t)
    form = _SMALL.get(t)
    tiles, groups = -(-rows // TILE), cols // group
    q = np.empty((tiles, cols if form is None else cols // 2, TILE), dtype=np.int8)
    planes = np.empty((tiles, groups, TILE), np.uint32) if form is not None and form[0] == 5 else _NO_PLANES
    scale = np.empty((tiles, groups, TILE), dtype=np.uint16 if t in _HALF_SCALES else np.float32)
    offset = np.empty_like(scale) if t in _ASYMMETRIC else _NO_OFFSET3
    step = max(1, _CHUNK_BYTES // max(1, data.shape[1]) // TILE) * TILE
    for r0 in range(0, rows, step):
        r1 = min(rows, r0 + step)
        b = unpack(data[r0:r1], t, cols)
        assert isinstance(b, BlockInt8)
        t0, t1 = r0 // TILE, -(-r1 // TILE)
        q[t0:t1], chunk_planes = _tile_values(b.q, group, form)
        if planes.shape[0]:
            planes[t0:t1] = chunk_planes
        scale[t0:t1] = _by_tiles(b.scale.astype(np.float16).view(np.uint16) if t in _HALF_SCALES else b.scale)
        if b.has_offset:
            offset[t0:t1] = _by_tiles(b.offset.astype(np.float16).view(np.uint16) if t in _HALF_SCALES else b.offset)
        release_pages(data[r0:r1])
    return Tiled(q, scale, offset, rows, group, form is not None, form[1] if form else 0, planes)


def concat_rows(parts: list[BlockInt8 | Dense]) -> BlockInt8 | Dense:
    """Stack the rows of several kernel forms with equal columns, so one product serves them all.

    Groups of 32 are split into 16s when any part uses 16, and symmetric parts get offset -0.0:
    both exact, so the fused weight dequantizes bit for bit like its parts.
    """
    if all(isinstance(p, Dense) for p in parts):
        return Dense(np.concatenate([p.w for p in parts], axis=0))
    if any(isinstance(p, Dense) for p in parts):
        raise ValueError("cannot fuse float and quantized weights")
    blocks = [p for p in parts if isinstance(p, BlockInt8)]
    group = min(p.group for p in blocks)
    with_offset = any(p.has_offset for p in blocks)
    qs, scales, offsets = [], [], []
    for p in blocks:
        rows, groups = p.scale.shape
        q = p.q.reshape(rows, groups, p.stride)[:, :, p.off : p.off + p.group]
        rep = p.group // group
        qs.append(q.reshape(rows, -1))
        scales.append(np.repeat(p.scale, rep, axis=1))
        # -0.0 is the exact additive identity (+0.0 would turn a -0.0 weight into +0.0)
        off = p.offset if p.has_offset else np.full_like(p.scale, -0.0)
        offsets.append(np.repeat(off, rep, axis=1))
    offset = np.ascontiguousarray(np.concatenate(offsets)) if with_offset else _NO_OFFSET
    q = np.ascontiguousarray(np.concatenate(qs))
    return BlockInt8(q, 0, group, group, np.ascontiguousarray(np.concatenate(scales)), offset)
