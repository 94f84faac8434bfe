"""Each GPU kernel matches the CPU result on tiny shapes, run under numba's CUDA simulator
(in the child process of test_gpu_sim.py).

Quantized products are checked against the CPU kernels (`local_engine.quants.matmul`) and
gguf's numpy dequantizer; the other kernels against the CPU model's own layers or numpy formulas.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_gpu_sim import ON_GPU, sim_only

sim_only()

import numpy as np  # noqa: E402
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType  # noqa: E402
from gguf.quants import dequantize as gguf_dequantize  # noqa: E402
from gguf.quants import quantize as gguf_quantize  # noqa: E402
from test_gpu_sim import cuda  # noqa: E402

from local_engine import quants  # noqa: E402
from local_engine.gpu import kernels as K  # noqa: E402
from local_engine.gpu.device import DeviceKVCache  # noqa: E402
from local_engine.kv_cache import decode as kv_decode  # noqa: E402
from local_engine.kv_cache import encode as kv_encode  # noqa: E402
from local_engine.gpu.spec import rope_inv_freq  # noqa: E402
from local_engine.models.layers import RMSNorm, Rope, gelu_tanh, silu  # noqa: E402
from local_engine.testing.reference import Weight, product  # noqa: E402
from local_engine.quants import QuantTensor  # noqa: E402
from local_engine.quants import cuda as qc  # noqa: E402

T = GGMLQuantizationType


@pytest.fixture(autouse=True, scope="module")
def several_threads_and_blocks() -> Iterator[None]:
    """The simulator's default launch is one thread in one block (fast, no barriers); here every
    kernel runs with 2 threads x 2 blocks, so the shared-memory reductions, barriers and
    grid-strided loops of the GPU configuration are exercised too. On a real GPU the production
    launch shape stays: a compiled kernel freezes these globals (its shared arrays are sized by
    them), so patching them there would break the kernels for every later module."""
    if ON_GPU:
        yield
        return
    with pytest.MonkeyPatch.context() as mp:
        for module in (qc, K):
            mp.setattr(module, "THREADS", 2)
            mp.setattr(module, "MAX_ROW_BLOCKS", 2)
        mp.setattr(K, "ELEMENTWISE_THREADS", 2)
        yield

# Byte offsets of each block's f16 scale fields: random bytes there could be inf/NaN.
_F16_FIELDS = {
    T.Q4_0: (0,), T.Q4_1: (0, 2), T.Q5_0: (0,), T.Q5_1: (0, 2), T.Q8_0: (0,),
    T.Q4_K: (0, 2), T.Q5_K: (0, 2), T.Q6_K: (208,),
}
PACKED = sorted(_F16_FIELDS, key=int)


def random_blocks(t: GGMLQuantizationType, rows: int, cols: int, rng: np.random.Generator) -> np.ndarray:
    """Random but valid GGUF blocks [rows, row_bytes]: every bit pattern of the quants occurs."""
    block, size = GGML_QUANT_SIZES[t]
    raw = rng.integers(0, 256, size=(rows * cols // block, size), dtype=np.uint8)
    for at in _F16_FIELDS[t]:
        d = rng.uniform(-0.05, 0.05, size=(raw.shape[0], 1)).astype(np.float16)
        raw[:, at : at + 2] = d.view(np.uint8)
    return raw.reshape(rows, -1)


def gpu_matmul(w: qc.DeviceWeight, x: np.ndarray) -> np.ndarray:
    y = cuda.device_array((x.shape[0], w.rows), np.float32)
    qc.matmul(w, cuda.to_device(x), y)
    return y.copy_to_host()


@pytest.mark.parametrize("t", PACKED, ids=lambda t: t.name)
def test_packed_matmul_matches_cpu_kernel_and_gguf(t: GGMLQuantizationType) -> None:
    rng = np.random.default_rng(int(t))
    rows, cols = 4, max(64, GGML_QUANT_SIZES[t][0])
    raw = random_blocks(t, rows, cols, rng)
    x = rng.standard_normal((3, cols)).astype(np.float32)
    got = gpu_matmul(qc.upload_weight("w", t, (rows, cols), raw), x)
    cpu = quants.matmul(QuantTensor("w", t, (rows, cols), raw), x)
    w64 = gguf_dequantize(raw, t).reshape(rows, cols).astype(np.float64)
    w64 = w64.view(Weight)
    w64.act_block = quants.FORMS[t].act_block
    ref = product(x, w64)  # x rounded to int8 blocks, as both devices do
    tol = 1e-5 * (np.abs(x) @ np.abs(np.asarray(w64)).T) + 1e-6
    assert np.all(np.abs(got - ref) <= tol)
    assert np.allclose(got, cpu, rtol=1e-5, atol=1e-4)


def test_matmul_tiles_tokens_and_strides_rows() -> None:
    """More tokens than one tile and more rows than threads: every (token, row) is written."""
    rng = np.random.default_rng(1)
    rows, cols, n = 5, 32, qc.TOKEN_TILE + 3
    w = rng.standard_normal((rows, cols)).astype(np.float32)
    raw = gguf_quantize(w, T.Q8_0)
    x = rng.standard_normal((n, cols)).astype(np.float32)
    got = gpu_matmul(qc.upload_weight("w", T.Q8_0, (rows, cols), raw), x)
    w64 = gguf_dequantize(raw, T.Q8_0).astype(np.float64).view(Weight)
    w64.act_block = 32
    assert np.allclose(got, product(x, w64), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("t", [T.F32, T.F16, T.BF16], ids=lambda t: t.name)
def test_float_weight_matmul_matches_cpu_kernel(t: GGMLQuantizationType) -> None:
    rng = np.random.default_rng(2)
    w = rng.standard_normal((3, 40)).astype(np.float32)
    raw = {T.F32: w, T.F16: w.astype(np.float16), T.BF16: gguf_quantize(w, T.BF16)}[t].view(np.uint8).reshape(3, -1)
    x = rng.standard_normal((2, 40)).astype(np.float32)
    got = gpu_matmul(qc.upload_weight("w", t, (3, 40), raw), x)
    assert np.allclose(got, x @ gguf_dequantize(raw, t).reshape(3, 40).T, rtol=1e-5, atol=1e-5)
    assert np.allclose(got, quants.matmul(QuantTensor("w", t, (3, 40), raw), x), rtol=1e-5, atol=1e-5)


def test_f16_scales_decode_exactly_including_subnormal_negative_and_zero() -> None:
    scales = np.array([1.0, -2.5, 6.0e-6, -3.0e-7, 0.0, 65504.0, 0.000123], dtype=np.float16)
    rows, cols = len(scales), 32
    raw = np.zeros((rows, 34), dtype=np.uint8)
    raw[:, :2] = scales.reshape(-1, 1).view(np.uint8)
    raw[:, 2] = 1  # q[0] = 1, other quants 0 -> y = d * x[0]
    x = np.zeros((1, cols), dtype=np.float32)
    x[0, 0] = 1.0
    got = gpu_matmul(qc.upload_weight("w", T.Q8_0, (rows, cols), raw), x)
    assert np.array_equal(got[0], scales.astype(np.float32))


def test_upload_rejects_wrong_sizes_and_unknown_types() -> None:
    with pytest.raises(ValueError, match="expected"):
        qc.upload_weight("w", T.Q8_0, (2, 64), np.zeros(10, np.uint8))
    with pytest.raises(ValueError, match="no GPU kernel"):
        qc.upload_weight("w", T.IQ2_XXS, (1, 256), np.zeros(66, np.uint8))


def ref_rmsnorm(x: np.ndarray, w: np.ndarray, eps: float) -> np.ndarray:
    return x / np.sqrt((x.astype(np.float64) ** 2).mean(-1, keepdims=True) + eps) * w


def test_rmsnorm_matches_numpy_in_place_too() -> None:
    rng = np.random.default_rng(3)
    x = rng.standard_normal((3, 40)).astype(np.float32)
    w = rng.standard_normal(40).astype(np.float32)
    d = cuda.to_device(x)
    K.rmsnorm(d, cuda.to_device(w), 1e-6, d)
    cpu = RMSNorm(QuantTensor("w", T.F32, (40,), w.view(np.uint8)), 1e-6)(x)
    assert np.allclose(d.copy_to_host(), cpu, rtol=1e-5, atol=1e-6)
    assert np.allclose(d.copy_to_host(), ref_rmsnorm(x, w, 1e-6), rtol=1e-5, atol=1e-6)


def ref_rope(x: np.ndarray, pos: np.ndarray, inv_freq: tuple[float, ...], neox: bool) -> np.ndarray:
    """The CPU model's RoPE (local_engine.models.layers.Rope) with the given frequencies."""
    from local_engine.models.batch import Batch

    rope = Rope(2 * len(inv_freq), 10000.0, neox=neox)
    rope.inv_freq = np.asarray(inv_freq, dtype=np.float64)
    batch = Batch(np.zeros(len(pos), np.int64), np.asarray(pos, np.int64), [], np.zeros(0, np.int64))
    return rope(np.asarray(x, np.float32), batch)


@pytest.mark.parametrize("neox", [False, True], ids=["normal", "neox"])
@pytest.mark.parametrize("n_rot", [8, 4], ids=["full", "partial"])
def test_rope_matches_the_cpu_rope(neox: bool, n_rot: int) -> None:
    rng = np.random.default_rng(4)
    x = rng.standard_normal((3, 2, 8)).astype(np.float32)
    pos = np.array([0, 5, 1017], dtype=np.int32)
    inv_freq = rope_inv_freq(n_rot, 10000.0, 0.5, factors=np.linspace(1.0, 4.0, n_rot // 2))
    d = cuda.to_device(x)
    K.rope(d, cuda.to_device(pos), cuda.to_device(np.asarray(inv_freq)), neox)
    assert np.allclose(d.copy_to_host(), ref_rope(x, pos, inv_freq, neox), rtol=1e-5, atol=1e-5)


def ref_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray, pos: int, window: int, scale: float) -> np.ndarray:
    """One token's heads over keys 0..pos of one sequence: q [H, D], k/v [n_ctx, KVH, D]."""
    H, KVH = q.shape[0], k.shape[1]
    lo = max(0, pos - window + 1) if window else 0
    out = np.empty_like(q, dtype=np.float64)
    for h in range(H):
        kh = h // (H // KVH)
        s = k[lo : pos + 1, kh] @ q[h] * scale
        p = np.exp(s - s.max())
        out[h] = (p / p.sum()) @ v[lo : pos + 1, kh]
    return out


def kv_round(x: np.ndarray, t: str) -> np.ndarray:
    """x as the CPU pool stores it (kv_cache.encode then decode)."""
    return kv_decode(*kv_encode(x, t), t)  # type: ignore[arg-type]


@pytest.mark.parametrize("types", [("f16", "f16"), ("q8_0", "q8_0"), ("q8_0", "f16")], ids="/".join)
@pytest.mark.parametrize("window", [0, 3], ids=["causal", "sliding"])
def test_kv_store_and_gqa_attention_match_numpy(window: int, types: tuple[str, str]) -> None:
    """Keys/values are stored in the CPU pool's element types, bit for bit (f16 bits, q8_0 codes
    and scales), and attention over them matches numpy over the same rounded values."""
    rng = np.random.default_rng(5)
    H, KVH, D, n_ctx, slots = 4, 2, 32, 8, 2
    cache = DeviceKVCache.allocate(slots, n_ctx, KVH, D, *types)
    # a 5-token prefill into slot 1 then one decode token for slot 0 at position 0, batched
    pos = np.array([0, 1, 2, 3, 4, 0], dtype=np.int32)
    slot = np.array([1, 1, 1, 1, 1, 0], dtype=np.int32)
    q = rng.standard_normal((6, H, D)).astype(np.float32)
    k = rng.standard_normal((6, KVH, D)).astype(np.float32)
    v = rng.standard_normal((6, KVH, D)).astype(np.float32)
    k[0, 1] = 0.0  # an all-zero q8_0 block (scale 0)
    d_pos, d_slot = cuda.to_device(pos), cuda.to_device(slot)
    K.kv_store(cuda.to_device(k), cuda.to_device(v), cache, d_pos, d_slot)
    out = cuda.device_array((6, H, D), np.float32)
    scores = cuda.device_array((6, H, n_ctx), np.float32)
    K.attention(cuda.to_device(q), cache, d_pos, d_slot, window, 0.3, scores, out)
    got = out.copy_to_host()
    kr, vr = kv_round(k, types[0]), kv_round(v, types[1])
    for t in range(5):
        assert np.allclose(got[t], ref_attention(q[t], kr[:5], vr[:5], t, window, 0.3), rtol=1e-5, atol=1e-5)
    assert np.allclose(got[5], ref_attention(q[5], kr[5:], vr[5:], 0, window, 0.3), rtol=1e-5, atol=1e-5)
    k_codes, k_scales = kv_encode(k[:5], types[0])  # type: ignore[arg-type]
    assert np.array_equal(cache.k.copy_to_host()[1, :5].view(k_codes.dtype), k_codes)
    if k_scales is not None:
        assert np.array_equal(cache.k_scale.copy_to_host()[1, :5].view(np.uint16), k_scales)
    k_host, v_host = cache.to_host(1, 5)
    assert np.array_equal(k_host, kr[:5]) and np.array_equal(v_host, vr[:5])


@pytest.mark.filterwarnings("ignore:overflow encountered in cast:RuntimeWarning")
def test_f16_kv_rounds_like_numpy_at_the_edges() -> None:
    """Ties to even, subnormals, overflow to inf, signed zero: the device's half conversion is numpy's."""
    edge = np.array([1.0 + 2.0**-11, 1.0 + 3 * 2.0**-11, 65504.0, 65520.0, 1e6, -1e6, 2.0**-24, 2.0**-25,
                     3 * 2.0**-26, 1e-9, -0.0, 0.0, -1.5, 6.1e-5, 0.1], dtype=np.float32)
    x = np.zeros((1, 1, 32), np.float32)
    x[0, 0, : edge.size] = edge
    cache = DeviceKVCache.allocate(1, 1, 1, 32)
    zero = cuda.to_device(np.zeros(1, np.int32))
    K.kv_store(cuda.to_device(x), cuda.to_device(x), cache, zero, zero)
    assert np.array_equal(cache.k.copy_to_host()[0, 0, 0].view(np.uint16), x[0, 0].astype(np.float16).view(np.uint16))


def test_window_ring_keeps_the_last_cells_and_attends_like_the_full_cache() -> None:
    """A sliding-window layer's ring (cells < n_ctx, position p in cell p % cells) gives the
    attention of a full cache, chunk after chunk, as long as cells >= window + chunk - 1."""
    rng = np.random.default_rng(9)
    H, KVH, D, window, cells, n = 2, 1, 32, 2, 4, 7
    ring = DeviceKVCache.allocate(1, cells, KVH, D)
    q = rng.standard_normal((n, H, D)).astype(np.float32)
    k = rng.standard_normal((n, KVH, D)).astype(np.float32)
    v = rng.standard_normal((n, KVH, D)).astype(np.float32)
    kr, vr = kv_round(k, "f16"), kv_round(v, "f16")
    for chunk in (np.arange(0, 3), np.arange(3, 6), np.arange(6, 7)):  # chunks of up to 3 tokens
        m = chunk.size
        d_pos, d_slot = cuda.to_device(chunk.astype(np.int32)), cuda.to_device(np.zeros(m, np.int32))
        K.kv_store(cuda.to_device(k[chunk]), cuda.to_device(v[chunk]), ring, d_pos, d_slot)
        out = cuda.device_array((m, H, D), np.float32)
        K.attention(cuda.to_device(q[chunk]), ring, d_pos, d_slot, window, 0.3, cuda.device_array((m, H, n), np.float32), out)
        for i, p in enumerate(chunk):
            assert np.allclose(out.copy_to_host()[i], ref_attention(q[p], kr, vr, int(p), window, 0.3), rtol=1e-5, atol=1e-5)
    k_host, _ = ring.to_host(0, cells)
    assert np.array_equal(k_host[[4 % cells, 5 % cells, 6 % cells]], kr[[4, 5, 6]])


@pytest.mark.parametrize("act", [K.ACT_SILU, K.ACT_GELU_TANH], ids=["swiglu", "geglu"])
def test_glu_matches_numpy(act: int) -> None:
    rng = np.random.default_rng(6)
    g = rng.standard_normal((2, 24)).astype(np.float32) * 3
    u = rng.standard_normal((2, 24)).astype(np.float32)
    d = cuda.to_device(g)
    K.glu(d, cuda.to_device(u), act)
    ref = (silu(g) if act == K.ACT_SILU else gelu_tanh(g)) * u  # the CPU model's activations
    assert np.allclose(d.copy_to_host(), ref, rtol=1e-5, atol=1e-6)


def test_residual_and_bias_adds() -> None:
    x = np.arange(12, dtype=np.float32).reshape(3, 4)
    y = np.ones((3, 4), np.float32)
    b = np.array([1, 2, 3, 4], np.float32)
    d = cuda.to_device(x)
    K.add(d, cuda.to_device(y))
    K.add_bias(d, cuda.to_device(b))
    assert np.array_equal(d.copy_to_host(), x + y + b)
