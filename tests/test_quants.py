"""Quant kernels against gguf's numpy dequantizers (bit-exact) and a float64 reference (products)."""

from __future__ import annotations

import numpy as np
import pytest
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType
from gguf.quants import dequantize as gguf_dequantize
from hypothesis import given, settings
from hypothesis import strategies as st

from local_engine.gguf_file import GGUFFile
from local_engine.quants import (
    SUPPORTED_TYPES,
    QuantTensor,
    dequantize,
    dequantize_rows,
    fuse_rows,
    matmul,
    matmul_multi,
    matvec,
    matvec_multi,
)
from local_engine.testing.quant_blocks import random_tensor

T = GGMLQuantizationType
TYPES = sorted(SUPPORTED_TYPES, key=lambda t: t.value)
# Products accumulate in float32 (fastmath): error bound relative to sum |w*x| (see quants/__init__).
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


def assert_product_close(got: np.ndarray, x: np.ndarray, w_ref: np.ndarray) -> None:
    """got[j, r] vs x[j] . w_ref[r] in float64, within REL_TOL of sum |w*x|."""
    x64, w64 = x.astype(np.float64), w_ref.astype(np.float64)
    want = x64 @ w64.T
    bound = REL_TOL * (np.abs(x64) @ np.abs(w64).T) + ABS_TOL
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
    assert_product_close(matvec(w, x)[None, :], x[None, :], reference(w))
    for n in (3, 13):  # vectors in blocks of eight and four plus single ones
        xs = rng.standard_normal((n, cols)).astype(np.float32)
        got = matmul(w, xs)
        assert got.shape == (n, rows)
        assert_product_close(got, xs, reference(w))


def test_zero_and_signed_zero_scales_dequantize_exactly() -> None:
    """-0.0 * q and 0 scales: the repacked form must keep gguf's signs bit for bit."""
    w = random_tensor(T.Q4_0, 8, 64, seed=4)
    assert w.data is not None
    data = w.data.copy().reshape(-1, 18)
    data[::2, 0:2] = np.array([-0.0], np.float16).view(np.uint8)
    data[1::4, 0:2] = 0
    w2 = QuantTensor("z", T.Q4_0, (8, 64), data.reshape(8, -1))
    assert_bits_equal(dequantize(w2), reference(w2))


def test_fused_products_equal_separate() -> None:
    """QKV with mixed types (Q4_1 offsets, Q6_K 16-groups, in-place Q8_0) fuse exactly in meaning."""
    ws = [
        random_tensor(T.Q4_1, 24, 512, seed=5, name="q"),
        random_tensor(T.Q6_K, 8, 512, seed=6, name="k"),
        random_tensor(T.Q8_0, 9, 512, seed=7, name="v"),
    ]
    x = np.random.default_rng(8).standard_normal(512).astype(np.float32)
    parts = matvec_multi(ws, x)
    for w, y in zip(ws, parts, strict=True):
        assert_product_close(y[None, :], x[None, :], reference(w))
    fused = fuse_rows(ws, "qkv")
    assert fused.shape == (41, 512)
    assert_bits_equal(dequantize(fused), np.concatenate([reference(w) for w in ws]))
    assert matvec_multi(ws, x)[2].shape == (9,)
    assert len(ws[0].fused_cache) == 1  # fused once, reused
    xs = np.random.default_rng(9).standard_normal((5, 512)).astype(np.float32)
    for w, y in zip(ws, matmul_multi(ws, xs), strict=True):
        assert_product_close(y, xs, reference(w))


@pytest.mark.parametrize(("t", "nibbles", "planes"), [(T.Q4_0, True, False), (T.Q5_0, True, True), (T.Q8_0, False, False)])
def test_fused_values_keep_their_packing(t: GGMLQuantizationType, nibbles: bool, planes: bool) -> None:
    """Fused weights of 4- and 5-bit values stay 4- and 5-bit (two per byte, a plane of 5th bits),
    dequantize bit for bit and multiply like their parts (17 + 20 rows: padded tiles)."""
    ws = [random_tensor(t, 17, 96, seed=10, name="a"), random_tensor(t, 20, 96, seed=11, name="b")]
    fused = fuse_rows(ws, "ab")
    p = fused.packed
    assert (p.nibbles, p.qh.shape[0] > 0) == (nibbles, planes)
    want = np.concatenate([reference(w) for w in ws])
    assert_bits_equal(dequantize(fused), want)
    xs = np.random.default_rng(12).standard_normal((6, 96)).astype(np.float32)
    assert_product_close(matmul(fused, xs), xs, want)


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
    assert_product_close(matmul(w, x), x, ref)
    assert_product_close(matvec(w, x[0])[None, :], x[:1], ref)
    assert_bits_equal(dequantize_rows(w, [rows - 1, 0]), ref[[rows - 1, 0]])


@pytest.mark.realmodel
@pytest.mark.parametrize("model", ["smollm2_path", "gemma3_path"])
def test_real_model_every_tensor_dequantizes_like_gguf(model: str, request: pytest.FixtureRequest) -> None:
    f = GGUFFile.open(request.getfixturevalue(model))
    for w in f.tensors.values():
        assert w.data is not None
        ids = np.unique([0, w.rows // 2, w.rows - 1])
        want = gguf_dequantize(w.data[ids], w.ggml_type).reshape(len(ids), w.cols)
        assert_bits_equal(dequantize_rows(w, ids), want)
