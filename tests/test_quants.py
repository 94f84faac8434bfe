"""Quant kernels against gguf's numpy dequantizers (bit-exact) and a float64 reference (products)."""

from __future__ import annotations

import math
import platform
import threading
from collections.abc import Iterator

import numpy as np
import pytest
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType
from gguf.quants import dequantize as gguf_dequantize
from hypothesis import example, given, settings
from hypothesis import strategies as st
import numba
from numba import njit

from local_engine import quants
from local_engine.gguf_file import GGUFFile
from local_engine.quants import (
    FORMS,
    PARALLEL_MIN_BYTES,
    SUPPORTED_TYPES,
    QuantTensor,
    can_fuse,
    dequantize,
    dequantize_rows,
    fuse_rows,
    in_passing_thread,
    matmul,
    matmul_multi,
    matvec,
    matvec_multi,
    region_serial,
)
from local_engine.quants import cpu
from local_engine.testing.quant_blocks import random_tensor

T = GGMLQuantizationType
TYPES = sorted(SUPPORTED_TYPES, key=lambda t: t.value)
QUANT_TYPES = sorted(FORMS, key=lambda t: t.value)
# Products accumulate in float32 (fastmath): error bound relative to sum |w*x| (see quants/__init__),
# plus, for quantized weights, the rounding of x to int8 blocks: |x - x^| <= dx / 2 per element.
REL_TOL, ABS_TOL = 2e-5, 1e-6


def reference(w: QuantTensor) -> np.ndarray:
    """gguf's own dequantization of the raw blocks, float32 [rows, cols]."""
    assert w.data is not None
    if w.ggml_type == T.F32:
        return w.data.view(np.float32).reshape(w.rows, w.cols)
    return gguf_dequantize(w.data, w.ggml_type).reshape(w.rows, w.cols)


def assert_bits_equal(got: np.ndarray, want: np.ndarray) -> None:
    assert got.shape == want.shape and got.dtype == np.float32
    np.testing.assert_array_equal(got.view(np.uint32), want.view(np.uint32))


def activation_step(x: np.ndarray, t: GGMLQuantizationType) -> np.ndarray:
    """dx per element of x [n, cols]: max |x| / 127 over its activation block (the weight's group, or
    its super-block where it has sub-scales; 0 for float weights)."""
    if t not in FORMS:
        return np.zeros_like(x, dtype=np.float64)
    g = FORMS[t].act_block
    amax = np.abs(x.astype(np.float64)).reshape(x.shape[0], -1, g).max(axis=2)
    return np.repeat(amax / 127, g, axis=1)


def assert_product_close(got: np.ndarray, x: np.ndarray, w_ref: np.ndarray, t: GGMLQuantizationType) -> None:
    """got[j, r] vs x[j] . w_ref[r] in float64: within int8 rounding of x (sum |w| dx/2) plus
    REL_TOL of sum |w*x|."""
    x64, w64 = x.astype(np.float64), w_ref.astype(np.float64)
    want = x64 @ w64.T
    bound = (activation_step(x, t) / 2 * (1 + 1e-6)) @ np.abs(w64).T + REL_TOL * (np.abs(x64) @ np.abs(w64).T) + ABS_TOL
    err = np.abs(got.astype(np.float64) - want)
    assert np.all(err <= bound), f"max err {err.max()} (bound {bound[err > bound].min()})"


def cols_for(t: GGMLQuantizationType, blocks: int) -> int:
    return GGML_QUANT_SIZES[t][0] * blocks if GGML_QUANT_SIZES[t][0] > 1 else 32 * blocks


@pytest.mark.parametrize("t", TYPES, ids=lambda t: t.name)
def test_dequantize_bit_exact(t: GGMLQuantizationType) -> None:
    w = random_tensor(t, 37, cols_for(t, 3), seed=t.value)
    assert_bits_equal(dequantize(w), reference(w))


@pytest.mark.parametrize("t", TYPES, ids=lambda t: t.name)
def test_dequantize_rows_exact_and_ordered(t: GGMLQuantizationType) -> None:
    w = random_tensor(t, 21, cols_for(t, 2), seed=1)
    ids = [20, 0, 7, 7, 13]
    assert_bits_equal(dequantize_rows(w, ids), reference(w)[ids])
    with pytest.raises(IndexError):
        dequantize_rows(w, [21])


@pytest.mark.parametrize("t", TYPES, ids=lambda t: t.name)
def test_matvec_and_matmul_match_float64(t: GGMLQuantizationType) -> None:
    rows, cols = 45, cols_for(t, 3)  # 45: two full 16-row tiles plus a padded one
    w = random_tensor(t, rows, cols, seed=2)
    rng = np.random.default_rng(3)
    x = rng.standard_normal(cols).astype(np.float32)
    assert_product_close(matvec(w, x)[None, :], x[None, :], reference(w), t)
    for n in (3, 13, 40):  # vectors in blocks of eight and four plus single ones; 40: prefill path
        xs = rng.standard_normal((n, cols)).astype(np.float32)
        got = matmul(w, xs)
        assert got.shape == (n, rows)
        assert_product_close(got, xs, reference(w), t)


def test_zero_and_signed_zero_scales_dequantize_exactly() -> None:
    """-0.0 * q and 0 scales: the repacked form must keep gguf's signs bit for bit."""
    w = random_tensor(T.Q4_0, 8, 64, seed=4)
    assert w.data is not None
    data = w.data.copy().reshape(-1, 18)
    data[::2, 0:2] = np.array([-0.0], np.float16).view(np.uint8)
    data[1::4, 0:2] = 0
    w2 = QuantTensor("z", T.Q4_0, (8, 64), data.reshape(8, -1))
    assert_bits_equal(dequantize(w2), reference(w2))


def test_mixed_forms_run_separately_and_one_form_fuses() -> None:
    """QKV of mixed types (Q4_1 offsets, Q6_K 16-groups, Q8_0 bytes) cannot share one integer
    product: matvec_multi runs one each; weights of one form fuse into one exact weight."""
    ws = [
        random_tensor(T.Q4_1, 24, 512, seed=5, name="q"),
        random_tensor(T.Q6_K, 8, 512, seed=6, name="k"),
        random_tensor(T.Q8_0, 9, 512, seed=7, name="v"),
    ]
    x = np.random.default_rng(8).standard_normal(512).astype(np.float32)
    assert not can_fuse(ws)
    for w, y in zip(ws, matvec_multi(ws, x), strict=True):
        assert_product_close(y[None, :], x[None, :], reference(w), w.ggml_type)
    with pytest.raises(ValueError, match="forms"):
        fuse_rows(ws)
    same = [random_tensor(T.Q4_K, 24, 512, seed=5, name="q"), random_tensor(T.Q4_K, 9, 512, seed=6, name="k")]
    assert can_fuse(same)
    fused = fuse_rows(same, "qk")
    assert fused.shape == (33, 512)
    assert_bits_equal(dequantize(fused), np.concatenate([reference(w) for w in same]))
    parts = matvec_multi(same, x)
    assert [p.shape for p in parts] == [(24,), (9,)]
    assert len(same[0].fused_cache) == 1  # fused once, reused
    xs = np.random.default_rng(9).standard_normal((5, 512)).astype(np.float32)
    for w, y in zip(same, matmul_multi(same, xs), strict=True):
        assert_product_close(y, xs, reference(w), w.ggml_type)


@pytest.mark.parametrize(("t", "bits", "planes"), [(T.Q4_0, 4, 0), (T.Q5_0, 5, 1), (T.Q6_K, 6, 2), (T.Q8_0, 8, 0)])
def test_fused_values_keep_their_packing(t: GGMLQuantizationType, bits: int, planes: int) -> None:
    """Fused weights keep their bits per weight (two 4-bit values per byte, 5th/6th bits as
    planes), dequantize bit for bit and multiply like their parts (17 + 20 rows: padded tiles)."""
    cols = 256 if t == T.Q6_K else 96
    ws = [random_tensor(t, 17, cols, seed=10, name="a"), random_tensor(t, 20, cols, seed=11, name="b")]
    fused = fuse_rows(ws, "ab")
    p = fused.packed
    assert (p.form.bits, p.planes.shape[2] if p.planes.shape[0] else 0) == (bits, planes)
    assert p.q.shape[1] == (cols // 8 if bits < 8 else cols // 4)
    want = np.concatenate([reference(w) for w in ws])
    assert_bits_equal(dequantize(fused), want)
    xs = np.random.default_rng(12).standard_normal((6, cols)).astype(np.float32)
    assert_product_close(matmul(fused, xs), xs, want, t)


def test_fuse_rejects_mismatched_columns() -> None:
    with pytest.raises(ValueError, match="column"):
        fuse_rows([random_tensor(T.Q8_0, 4, 64), random_tensor(T.Q8_0, 4, 96)])


def test_matmul_rejects_wrong_width() -> None:
    w = random_tensor(T.Q8_0, 4, 64)
    with pytest.raises(ValueError, match="expected"):
        matmul(w, np.zeros((2, 32), np.float32))


def test_quant_tensor_validates_type_and_width() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        QuantTensor("x", T.IQ2_XXS, (1, 256), np.zeros((1, 66), np.uint8))
    with pytest.raises(ValueError, match="multiple"):
        QuantTensor("x", T.Q4_0, (1, 48), np.zeros((1, 27), np.uint8))


@settings(max_examples=30, deadline=None)
@given(
    t=st.sampled_from(TYPES),
    rows=st.integers(1, 40),
    blocks=st.integers(1, 4),
    n=st.integers(1, 6),
    seed=st.integers(0, 2**16),
)
def test_products_property(t: GGMLQuantizationType, rows: int, blocks: int, n: int, seed: int) -> None:
    w = random_tensor(t, rows, cols_for(t, blocks), seed=seed)
    x = np.random.default_rng(seed).standard_normal((n, w.cols)).astype(np.float32)
    ref = reference(w)
    assert_product_close(matmul(w, x), x, ref, t)
    assert_product_close(matvec(w, x[0])[None, :], x[:1], ref, t)
    assert_bits_equal(dequantize_rows(w, [rows - 1, 0]), ref[[rows - 1, 0]])


def _kernel_run(w: QuantTensor, x: np.ndarray, serial: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(out, xq, dx, xs) of one tiled_matmul call: the kernel's own quantized activations (its int8
    rows at the padded stride the engine allocates, returned without the padding)."""
    p = w.packed
    n, cols = x.shape
    groups = cols // p.form.group
    xq, dx, xs = np.empty((n, cols + cpu.X_PAD), np.int8), np.empty((n, groups), np.float32), np.empty((n, groups), np.float32)
    out = np.empty((n, p.q.shape[0] * 16), np.float32)
    cpu.tiled_matmul(*p.kernel_args, x, xq, dx, xs, out, serial)
    return out[:, : w.rows], np.ascontiguousarray(xq[:, :cols]), dx, xs


@settings(max_examples=25, deadline=None)
@given(
    t=st.sampled_from(QUANT_TYPES),
    rows=st.integers(1, 40),
    blocks=st.integers(1, 3),
    n=st.sampled_from([1, 2, 5, 8, 13, 16, 20, 33]),
    seed=st.integers(0, 2**16),
    spread=st.sampled_from([1e-3, 1.0, 300.0]),
)
@example(t=GGMLQuantizationType.Q4_0, rows=1, blocks=1, n=16, seed=264, spread=1.0)  # a rounding tie
def test_integer_kernel_is_exact_on_its_quantized_activations(
    t: GGMLQuantizationType, rows: int, blocks: int, n: int, seed: int, spread: float
) -> None:
    """The integer dots are exact: against float64 sum_c w[r, c] * dx * xq[c] (gguf's dequantized
    weights, the kernel's own int8 activations) only float32 accumulation error remains; and
    xq/dx are the nearest int8 blocks (|xq| <= 127, |x - dx*xq| <= dx/2, sums right)."""
    w = random_tensor(t, rows, cols_for(t, blocks), seed=seed)
    rng = np.random.default_rng(seed)
    x = (rng.standard_normal((n, w.cols)) * spread).astype(np.float32)
    x[:, : FORMS[t].act_block] *= np.float32(rng.integers(0, 2))  # sometimes an all-zero block
    out, xq, dx, xs = _kernel_run(w, x)
    f = FORMS[t]
    gps, block = f.act_block // f.group, f.act_block
    d = dx[:, ::gps].astype(np.float64)  # one step per block, at the slot of its first group
    step = np.repeat(d, block, axis=1)
    xh = xq.astype(np.float64) * step
    # x * (127 / amax) rounds in float32 (as llama.cpp's x * id): a value within an ulp of |x| of
    # a half step may go to the other neighbour (seed 264: 66.5 - 1e-7 steps rounded to 66.5)
    assert np.all(np.abs(x - xh) <= step / 2 * (1 + 1e-5) + np.abs(x) * 2.0**-22 + 1e-30)
    sums = xq.astype(np.int64).reshape(n, -1, f.group).sum(axis=2)
    if gps == 1:
        np.testing.assert_array_equal(xs, dx * sums.astype(np.float32))
    else:  # int16 pairs (group 2i, 2i + 1) in the bits of slot 2i
        pairs = xs[:, ::2].copy().view(np.int16).reshape(n, -1, 2)
        np.testing.assert_array_equal(pairs.reshape(n, -1), sums)
    ref = reference(w).astype(np.float64)
    want = xh @ ref.T
    bound = REL_TOL * (np.abs(xh) @ np.abs(ref).T) + ABS_TOL * max(spread, 1.0)
    assert np.all(np.abs(out - want) <= bound)


@pytest.mark.parametrize("n", [1, 5, 16, 40])
@pytest.mark.parametrize("t", QUANT_TYPES, ids=lambda t: t.name)
def test_batched_products_match_gguf_reference(t: GGMLQuantizationType, n: int) -> None:
    """Every kernel path (rows 8, 4 and 1 at a time; decode batches and the prefill walk; the
    per-group and the integer sub-scale forms) against gguf's dequantized weights in float64,
    within the int8 rounding of the activation blocks (16 rows are a 16-stream decode step), and
    every row bit for bit what it gives alone."""
    w = random_tensor(t, 37, cols_for(t, 2), seed=n)
    x = np.random.default_rng(n).standard_normal((n, w.cols)).astype(np.float32)
    x[:, 5] *= 40  # an outlier column, as real activations have
    got = matmul(w, x)
    assert_product_close(got, x, reference(w), t)
    for j in (0, n // 2, n - 1):  # each row as if alone: a stream's tokens do not depend on the others'
        np.testing.assert_array_equal(got[j], matvec(w, x[j]))


@pytest.mark.parametrize("n", [1, 5, 20, 40])
def test_serial_product_is_the_threaded_one_bit_for_bit(n: int) -> None:
    """A product too small for the threads (quants.region_serial) takes the same loops on the
    calling thread alone: the same bits for decode rows, batches and prompt chunks."""
    w = random_tensor(GGMLQuantizationType.Q4_K, 70, 512, seed=n)
    x = np.random.default_rng(n).standard_normal((n, w.cols)).astype(np.float32)
    threaded, serial = _kernel_run(w, x, serial=False), _kernel_run(w, x, serial=True)
    for a, b in zip(threaded, serial, strict=True):
        np.testing.assert_array_equal(a, b)


def test_region_serial_threshold() -> None:
    assert region_serial(PARALLEL_MIN_BYTES - 1) and not region_serial(PARALLEL_MIN_BYTES)


def test_in_passing_thread_returns_or_reraises_from_a_thread_that_ends() -> None:
    seen: list[threading.Thread] = []

    def work() -> int:
        seen.append(threading.current_thread())
        return 7

    assert in_passing_thread(work) == 7
    assert seen[0] is not threading.current_thread() and not seen[0].is_alive()

    def fail() -> int:
        raise KeyError("boom")

    with pytest.raises(KeyError, match="boom"):
        in_passing_thread(fail)


# the same intrinsic in portable IR (what a CPU without AVX-512 VNNI runs), one row at a time: per-group
# scales (legacy types) and integer sub-scales (K-quants, IQ4_XS)
_PORTABLE = cpu.tile_dot(1, vnni=False)


@njit
def _portable_matmul(q, pl, nplanes, d, dm, sc, mn, group, bias, xq, dx, xs, out):  # noqa: ANN001
    n, cols = xq.shape
    groups = cols // group
    gps = (cols // d.shape[1]) // group
    kind = cpu.kind_index(q.shape[1] * 8 == cols, group, gps, nplanes)
    tq, tp, ts, tg = q.shape[1] * 64, pl.shape[1] * pl.shape[2] * 2, d.shape[1] * 16, groups * 16
    for t in range(q.shape[0]):
        for j in range(n):
            _PORTABLE(kind, q, t * tq, pl, t * tp, d, dm, t * ts, sc, mn, t * tg, xq, j * cols, cols, dx, xs, j * groups,
                      out, j * out.shape[1] + t * 16, out.shape[1], groups, bias)


def test_every_form_has_a_tile_kernel() -> None:
    """One compiled tile_dot body per kind: every supported type's form is one of them."""
    assert {FORMS[t].tile_kind for t in FORMS} == set(cpu.TILE_KINDS)


@pytest.mark.parametrize("t", QUANT_TYPES, ids=lambda t: t.name)
def test_portable_dot_equals_the_vector_instruction(t: GGMLQuantizationType) -> None:
    """The fallback for CPUs without VNNI computes the same integer dots (results equal to float
    rounding of the same operations: bit for bit here)."""
    w = random_tensor(t, 35, cols_for(t, 2), seed=t.value)
    x = np.random.default_rng(1).standard_normal((3, w.cols)).astype(np.float32)
    out, xq, dx, xs = _kernel_run(w, x)
    p = w.packed
    got = np.empty((3, p.q.shape[0] * 16), np.float32)
    _portable_matmul(*p.kernel_args, xq, dx, xs, got)
    np.testing.assert_allclose(got[:, : w.rows], out, rtol=1e-6, atol=1e-6)


@njit
def _mm(a, b, c, rows_per_call):  # noqa: ANN001
    """c[:, :m] = a @ b through cpu.mm4x32, `rows_per_call` (1-4) rows of a per call, 32 columns at a time."""
    n, k = a.shape
    m, cs = b.shape[1], c.shape[1]
    for r in range(0, n, rows_per_call):
        for c0 in range(0, m, 32):
            cpu.mm4x32(a.reshape(-1), r * k, k, min(rows_per_call, n - r), b.reshape(-1), c0, m, k, c.reshape(-1),
                       r * cs + c0, cs, min(32, m - c0))


@pytest.mark.parametrize(("n", "k", "m"), [(1, 1, 1), (4, 64, 32), (7, 13, 45), (9, 256, 70)])
def test_float_micro_kernel_is_a_product_independent_of_its_neighbours(n: int, k: int, m: int) -> None:
    """mm4x32 (the prompt attention's score and value products): a @ b within float32 rounding of
    a k-term sum, columns past the last untouched, and each output bit-identical whichever rows
    share its call (one multiply-add chain per output: attention rows do not depend on their batch)."""
    rng = np.random.default_rng(n * 1000 + k + m)
    a = rng.standard_normal((n, k)).astype(np.float32)
    b = rng.standard_normal((k, m)).astype(np.float32)
    outs = []
    for rows_per_call in (4, 3, 1):
        c = np.full((n, m + 5), np.nan, np.float32)  # masked stores leave the 5 columns past m alone
        _mm(a, b, c, rows_per_call)
        assert np.isnan(c[:, m:]).all()
        outs.append(c[:, :m])
    ref = a.astype(np.float64) @ b.astype(np.float64)
    bound = 1e-6 * k * (np.abs(a).astype(np.float64) @ np.abs(b).astype(np.float64)) + 1e-7
    assert (np.abs(outs[0] - ref) <= bound).all()
    for other in outs[1:]:
        np.testing.assert_array_equal(other, outs[0])


@njit
def _mm_add_blocks(a, b, c, block):  # noqa: ANN001
    """c[:, :m] += a @ b through cpu.mm4x32_add, the k terms `block` at a time (a decode step's
    cache blocks), 4 rows of a and 32 columns per call."""
    n, k = a.shape
    m, cs = b.shape[1], c.shape[1]
    for k0 in range(0, k, block):
        kb = min(block, k - k0)
        for r in range(0, n, 4):
            for c0 in range(0, m, 32):
                cpu.mm4x32_add(a.reshape(-1), r * k + k0, k, min(4, n - r), b.reshape(-1), k0 * m + c0, m, kb,
                               c.reshape(-1), r * cs + c0, cs, min(32, m - c0))


@pytest.mark.parametrize(("n", "k", "m", "block"), [(1, 1, 1, 1), (4, 64, 64, 64), (4, 70, 64, 64), (7, 130, 45, 64), (2, 9, 33, 4)])
def test_float_micro_kernel_adds_to_what_is_there(n: int, k: int, m: int, block: int) -> None:
    """mm4x32_add (a decode step's weighted values, block by block): c0 + a @ b within float32
    rounding, the chain continuing from c's value (split into blocks it equals one call over all k
    terms bit for bit: the same multiply-adds in the same order), columns past m untouched."""
    rng = np.random.default_rng(n * 1000 + k + m)
    a = rng.standard_normal((n, k)).astype(np.float32)
    b = rng.standard_normal((k, m)).astype(np.float32)
    c0 = rng.standard_normal((n, m)).astype(np.float32)
    outs = []
    for blk in (block, k):
        c = np.full((n, m + 5), np.nan, np.float32)
        c[:, :m] = c0
        _mm_add_blocks(a, b, c, blk)
        assert np.isnan(c[:, m:]).all()
        outs.append(c[:, :m])
    ref = c0.astype(np.float64) + a.astype(np.float64) @ b.astype(np.float64)
    bound = 1e-6 * (k + 1) * (np.abs(c0) + np.abs(a).astype(np.float64) @ np.abs(b).astype(np.float64)) + 1e-7
    assert (np.abs(outs[0] - ref) <= bound).all()
    np.testing.assert_array_equal(outs[1], outs[0])


@njit
def _libm_and_ours(x, libm, ours):  # noqa: ANN001
    for i in range(x.shape[0]):
        libm[i] = math.exp(x[i])
        ours[i] = cpu.libm_expf(x[i])


def test_libm_expf_is_this_machines_expf() -> None:
    """cpu.libm_expf (GELU's vectorisable exp) returns libm's expf bit for bit: a million float32
    inputs over and past its range, with +-0, +-inf, NaN, the overflow and underflow edges."""
    rng = np.random.default_rng(7)
    x = np.concatenate([rng.uniform(-110.0, 95.0, 600_000), rng.uniform(-2.0, 2.0, 300_000),
                        rng.standard_normal(100_000) * 1e-3]).astype(np.float32)
    edges = [0.0, -0.0, np.inf, -np.inf, np.nan, 88.0, 88.72283, 88.722839, -103.97207, -103.972084, -87.33654, 1e-45]
    x = np.concatenate([x, np.array(edges, np.float32)])
    libm, ours = np.empty_like(x), np.empty_like(x)
    _libm_and_ours(x, libm, ours)
    same = (libm.view(np.uint32) == ours.view(np.uint32)) | (np.isnan(libm) & np.isnan(ours))
    if _libm_is_glibc_fma_expf():
        assert same.all(), x[~same][:5]
    else:  # another libm, or glibc's non-FMA build: both are within an ulp of exp
        ulps = np.abs(libm.view(np.int32).astype(np.int64) - ours.view(np.int32).astype(np.int64))
        assert (same | (ulps <= 1)).all(), x[~(same | (ulps <= 1))][:5]


def _libm_is_glibc_fma_expf() -> bool:
    """Whether math.exp on float32 lands in the expf libm_expf copies: glibc >= 2.28 picks its FMA
    build (ifunc) on CPUs with FMA and AVX2; other libcs and older CPUs round their own way."""
    name, version = platform.libc_ver()
    features = cpu._cpu_features().split(",")
    return (name == "glibc" and tuple(int(p) for p in version.split(".")[:2]) >= (2, 28)
            and "+fma" in features and "+avx2" in features)


def test_gelu_bits_do_not_depend_on_the_span() -> None:
    """glu_span's GELU gives each element the same bits whether it falls in a vectorised body or a
    scalar tail (tiled_ffn runs column spans, kernels.glu whole rows)."""
    rng = np.random.default_rng(3)
    gate = (rng.standard_normal(1000) * 4).astype(np.float32)
    up = rng.standard_normal(1000).astype(np.float32)
    whole = np.empty_like(gate)
    cpu.glu_span(gate, up, True, whole)
    parts = np.empty_like(gate)
    for a, b in ((0, 7), (7, 300), (300, 301), (301, 1000)):
        cpu.glu_span(gate[a:b], up[a:b], True, parts[a:b])
    np.testing.assert_array_equal(parts, whole)
    # and it is gelu_tanh(gate) * up
    g = gate.astype(np.float64)
    ref = 0.5 * g * (1 + np.tanh(np.sqrt(2 / np.pi) * g * (1 + 0.044715 * g * g))) * up
    np.testing.assert_allclose(whole, ref, rtol=1e-5, atol=1e-6)


@pytest.mark.realmodel
@pytest.mark.parametrize("model", ["smollm2_path", "gemma3_path"])
def test_real_model_every_tensor_dequantizes_like_gguf(model: str, request: pytest.FixtureRequest) -> None:
    f = GGUFFile.open(request.getfixturevalue(model))
    for w in f.tensors.values():
        assert w.data is not None
        ids = np.unique([0, w.rows // 2, w.rows - 1])
        want = gguf_dequantize(w.data[ids], w.ggml_type).reshape(len(ids), w.cols)
        assert_bits_equal(dequantize_rows(w, ids), want)


@pytest.fixture
def two_threads() -> Iterator[None]:
    """numba at 2 threads for the test (other tests' engines may have set 1), restored after."""
    if numba.config.NUMBA_NUM_THREADS < 2:
        pytest.skip("needs 2 numba threads (NUMBA_NUM_THREADS < 2 on this machine)")
    previous = numba.get_num_threads()
    numba.set_num_threads(2)
    yield
    numba.set_num_threads(previous)


@pytest.mark.parametrize(("gate_up_type", "down_type"), [("Q4_K", "Q6_K"), ("Q8_0", "Q4_0"), ("Q4_1", "Q5_1")])
@pytest.mark.parametrize("n", [1, 3, 8])
def test_glu_product_is_the_separate_products_bit_for_bit(monkeypatch: pytest.MonkeyPatch, two_threads: None,
                                                          gate_up_type: str, down_type: str, n: int) -> None:
    """The one-region FFN (cpu.tiled_ffn) runs the same tile loops, GLU and int8 blocks as gate|up
    product -> glu -> down product: the same bits, for SiLU and GELU, whatever threads join
    (one, two, or more loop iterations than threads: claimed units never wait on a thread that
    has not started)."""
    from local_engine.models import kernels

    monkeypatch.setattr(quants, "PARALLEL_MIN_BYTES", 0)  # small weights take the parallel path too
    t1, t2 = GGMLQuantizationType[gate_up_type], GGMLQuantizationType[down_type]
    ff, cols = cols_for(t2, 3), cols_for(t1, 2)  # 3 blocks: spans of h that are not whole blocks per unit
    gu = fuse_rows([random_tensor(t1, ff, cols, seed=1), random_tensor(t1, ff, cols, seed=2)])
    dn = random_tensor(t2, 40, ff, seed=3)  # 40 rows: the last tile part padding
    x = np.random.default_rng(n).standard_normal((n, gu.cols)).astype(np.float32)
    for gelu in (False, True):
        y = np.ascontiguousarray(matmul(gu, x))
        h = np.empty((n, dn.cols), np.float32)
        kernels.glu(y, gelu, h)
        want = matmul(dn, h)
        previous = numba.get_num_threads()
        try:
            for threads in (2, 1):
                numba.set_num_threads(threads)
                got = quants.glu_product(gu, dn, gelu, x)
                if threads == 1:
                    assert got is None  # one thread: separate products, no region
                    continue
                assert got is not None
                np.testing.assert_array_equal(got, want)
        finally:
            numba.set_num_threads(previous)
        # more loop iterations than threads: the first claims what the others never start
        got, _ = quants._ffn_region(dn.packed.kernel_args, np.empty(0, np.float32), 0.0, np.empty((n, 0), np.float32),
                                 x, gu, dn, gelu, threads=5)
        np.testing.assert_array_equal(got, want)


def _separate_tail(wo: QuantTensor, a: np.ndarray, x: np.ndarray, norm_w: np.ndarray, gu: QuantTensor, dn: QuantTensor,
                   post: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """x + post_attn(wo @ a), then + post_ffn(FFN(rms_norm(.))), step by step as the models run it."""
    from local_engine.models import kernels

    def norm(v: np.ndarray, w: np.ndarray) -> np.ndarray:
        out = np.empty_like(v)
        kernels.rms_norm(np.ascontiguousarray(v), w, 1e-5, out)
        return out

    o = matmul(wo, a)
    h = x + (o if post is None else norm(o, post[0]))
    y = np.ascontiguousarray(matmul(gu, norm(h, norm_w)))
    g = np.empty((x.shape[0], dn.cols), np.float32)
    kernels.glu(y, False, g)
    f = matmul(dn, g)
    return h + (f if post is None else norm(f, post[1]))


@pytest.mark.parametrize("n", [1, 4])
def test_block_tail_is_the_separate_steps_bit_for_bit(monkeypatch: pytest.MonkeyPatch, two_threads: None, n: int) -> None:
    """quants.block_tail (attention output product, residual, RMS norm, FFN, residual in one
    region) gives the bits of x + wo @ a, then rms_norm, gate|up product, GLU, down product and
    the residual add one after another."""
    monkeypatch.setattr(quants, "PARALLEL_MIN_BYTES", 0)
    d, heads, ff = 256, 512, 768
    wo = random_tensor(T.Q4_K, d, heads, seed=1)
    gu = fuse_rows([random_tensor(T.Q4_K, ff, d, seed=2), random_tensor(T.Q4_K, ff, d, seed=3)])
    dn = random_tensor(T.Q6_K, d, ff, seed=4)
    rng = np.random.default_rng(n)
    a, x = rng.standard_normal((n, heads)).astype(np.float32), rng.standard_normal((n, d)).astype(np.float32)
    norm_w = rng.standard_normal(d).astype(np.float32)
    want = _separate_tail(wo, a, x, norm_w, gu, dn)
    x_before = x.copy()
    got = quants.block_tail(wo, a, x, norm_w, 1e-5, gu, dn, False)
    assert got is not None
    np.testing.assert_array_equal(got[0], want)
    assert got[1] is None
    np.testing.assert_array_equal(x, x_before)  # the residual input is not written
    for threads in (2, 5):  # 5: more loop iterations than threads
        h = x.copy()
        quants._ffn_region(wo.packed.kernel_args, norm_w, 1e-5, a, h, gu, dn, False, threads=threads, residual=True)
        np.testing.assert_array_equal(h, want)


# the next layer's q|k|v as the models fuse them: one weight (q|k|v of one type, phi3's attn_qkv),
# or two (Q4_K_M: q|k Q4_K and v Q6_K; legacy mixes), and the output head (one weight, many rows)
NEXT_MIXES = {
    "qkv-q4k": [(T.Q4_K, 96)],
    "qk-q4k+v-q6k": [(T.Q4_K, 64), (T.Q6_K, 32)],
    "qk-q4_0+v-q8_0": [(T.Q4_0, 64), (T.Q8_0, 32)],
    "qk-q3k+v-q5k": [(T.Q3_K, 64), (T.Q5_K, 32)],
    "head-q6k": [(T.Q6_K, 520)],
}


@pytest.mark.parametrize("mix", sorted(NEXT_MIXES))
@pytest.mark.parametrize("n", [1, 3, 8])
def test_block_tail_then_next_products_is_the_separate_steps_bit_for_bit(monkeypatch: pytest.MonkeyPatch,
                                                                         two_threads: None, mix: str, n: int) -> None:
    """block_tail with `then` (the next layer's attention norm and q|k|v products, or the output
    norm and head, in the same region) gives the bits of the block's output, rms_norm and the
    separate products, for every weight mix, with and without gemma3's sandwich norms, whatever
    threads join."""
    from local_engine.models import kernels

    monkeypatch.setattr(quants, "PARALLEL_MIN_BYTES", 0)
    d, heads, ff = 256, 512, 768
    wo = random_tensor(T.Q4_K, d, heads, seed=1)
    gu = fuse_rows([random_tensor(T.Q4_K, ff, d, seed=2), random_tensor(T.Q4_K, ff, d, seed=3)])
    dn = random_tensor(T.Q6_K, d, ff, seed=4)
    nxt = tuple(random_tensor(t, rows, d, seed=10 + i) for i, (t, rows) in enumerate(NEXT_MIXES[mix]))
    rng = np.random.default_rng(n)
    a, x = rng.standard_normal((n, heads)).astype(np.float32), rng.standard_normal((n, d)).astype(np.float32)
    norm_w, next_w = rng.standard_normal(d).astype(np.float32), rng.standard_normal(d).astype(np.float32)
    then = quants.NormedProducts(next_w, 1e-5, nxt)
    for post in (None, (rng.standard_normal(d).astype(np.float32), rng.standard_normal(d).astype(np.float32))):
        want = _separate_tail(wo, a, x, norm_w, gu, dn, post)
        z = np.empty_like(want)
        kernels.rms_norm(want, next_w, 1e-5, z)
        want_ys = [matmul(w, z) for w in nxt]
        got = quants.block_tail(wo, a, x, norm_w, 1e-5, gu, dn, False, *(post or (None, None)), then=then)
        assert got is not None
        np.testing.assert_array_equal(got[0], want)
        assert len(got[1]) == len(want_ys)
        for y, y_want in zip(got[1], want_ys):
            np.testing.assert_array_equal(y, y_want)
        for threads in (1, 5):  # one loop iteration; more iterations than threads
            h = x.copy()
            _, ys = quants._ffn_region(wo.packed.kernel_args, norm_w, 1e-5, a, h, gu, dn, False, threads=threads,
                                       post=post or (quants._NONE, quants._NONE), then=then, residual=True)
            np.testing.assert_array_equal(h, want)
            for y, y_want in zip(ys, want_ys):
                np.testing.assert_array_equal(y, y_want)


@pytest.mark.parametrize("mix", sorted(NEXT_MIXES))
@pytest.mark.parametrize("n", [1, 5])
def test_normed_products_are_the_separate_steps_bit_for_bit(monkeypatch: pytest.MonkeyPatch, two_threads: None,
                                                            mix: str, n: int) -> None:
    """quants.normed_products (the first layer's attention norm and q|k|v products in one region)
    gives the bits of rms_norm and the separate products, and leaves x alone."""
    from local_engine.models import kernels

    monkeypatch.setattr(quants, "PARALLEL_MIN_BYTES", 0)
    d = 256
    ws = tuple(random_tensor(t, rows, d, seed=10 + i) for i, (t, rows) in enumerate(NEXT_MIXES[mix]))
    rng = np.random.default_rng(n)
    x, w = rng.standard_normal((n, d)).astype(np.float32), rng.standard_normal(d).astype(np.float32)
    z = np.empty_like(x)
    kernels.rms_norm(x, w, 1e-5, z)
    x_before = x.copy()
    got = quants.normed_products(x, quants.NormedProducts(w, 1e-5, ws))
    assert got is not None and len(got) == len(ws)
    for y, wt in zip(got, ws):
        np.testing.assert_array_equal(y, matmul(wt, z))
    np.testing.assert_array_equal(x, x_before)
    monkeypatch.setattr(quants, "PARALLEL_MIN_BYTES", 1 << 30)  # too little work for the threads
    assert quants.normed_products(x, quants.NormedProducts(w, 1e-5, ws)) is None


def test_block_tail_then_falls_back_where_the_region_cannot_run_it(monkeypatch: pytest.MonkeyPatch,
                                                                   two_threads: None) -> None:
    """Three weights, or a float weight, in `then`: the region runs without them (ys None: the
    caller runs the separate products)."""
    monkeypatch.setattr(quants, "PARALLEL_MIN_BYTES", 0)
    d, ff = 256, 512
    wo = random_tensor(T.Q4_K, d, d, seed=1)
    gu = fuse_rows([random_tensor(T.Q4_K, ff, d, seed=2), random_tensor(T.Q4_K, ff, d, seed=3)])
    dn = random_tensor(T.Q6_K, d, ff, seed=4)
    x = np.ones((1, d), np.float32)
    w = np.ones(d, np.float32)
    for weights in ([random_tensor(t, 32, d, seed=5) for t in (T.Q4_K, T.Q6_K, T.Q8_0)], [random_tensor(T.F16, 32, d)]):
        then = quants.NormedProducts(w, 1e-5, tuple(weights))
        got = quants.block_tail(wo, x, x, w, 1e-5, gu, dn, False, then=then)
        want = quants.block_tail(wo, x, x, w, 1e-5, gu, dn, False)
        assert got is not None and got[1] is None and want is not None
        np.testing.assert_array_equal(got[0], want[0])


def test_kernel_cache_is_keyed_by_every_kernel_source() -> None:
    """numba's disk cache tracks a cached kernel's own file only; quants keys the cache directory by
    the bytes of every file that has cached kernels, so an edit to a callee in another file never
    leaves stale machine code in use. KERNEL_SOURCES must list them all."""
    import re
    from pathlib import Path

    root = Path(quants.__file__).parents[1]
    cached = {p for p in root.rglob("*.py") if re.search(r"@njit\([^)]*cache=True", p.read_text())}
    assert cached == set(quants.KERNEL_SOURCES)
    assert numba.config.CACHE_DIR == quants.keyed_cache_dir(str(Path(numba.config.CACHE_DIR).parent))
    assert Path(cpu.rms_norm._cache._cache_path).is_relative_to(numba.config.CACHE_DIR)
