"""Paged KV pool and prefix cache: block accounting, sharing, eviction (no model needed)."""

from __future__ import annotations

import numpy as np
import pytest

from local_engine.api import ContextOverflowError
from local_engine.kv_cache import KVFootprint, KVPool, KVShape, PrefixCache, SequenceKV

SHAPE = KVShape(n_layers=2, n_kv_heads=2, head_dim=4, head_dim_v=4)


def _filled(pool: KVPool, ids: list[int]) -> SequenceKV:
    kv = SequenceKV(pool, n_ctx=256)
    kv.reserve(len(ids))
    pos = np.arange(len(ids))
    k = np.broadcast_to(np.asarray(ids, np.float32)[:, None, None], (len(ids), 2, 4))
    for layer in range(SHAPE.n_layers):
        kv.write(layer, pos, k, k + 0.5)
    kv.length = len(ids)
    return kv


def test_write_read_roundtrip_across_blocks() -> None:
    pool = KVPool(SHAPE, n_blocks=8, block_size=4)
    kv = _filled(pool, list(range(10)))
    k, v = kv.read(1, 3, 9)
    assert k.shape == (2, 6, 4)
    np.testing.assert_array_equal(k[0, :, 0], np.arange(3, 9))
    np.testing.assert_array_equal(v[1, :, 3], np.arange(3, 9) + 0.5)


def test_pool_exhaustion_is_a_clear_error() -> None:
    pool = KVPool(SHAPE, n_blocks=2, block_size=4)
    kv = SequenceKV(pool, n_ctx=64)
    with pytest.raises(ContextOverflowError, match="pool exhausted"):
        kv.reserve(12)


def test_prefix_reuse_shares_blocks_and_leaves_last_token() -> None:
    pool = KVPool(SHAPE, n_blocks=16, block_size=4)
    cache = PrefixCache(pool)
    prompt = list(range(100, 110))  # 2 full blocks + 2 tokens
    first = _filled(pool, prompt)
    cache.publish(first, prompt)
    assert len(cache) == 2
    second = SequenceKV(pool, n_ctx=256)
    assert cache.attach(second, prompt[:9] + [7, 7]) == 8  # both full blocks match
    assert second.blocks == first.blocks[:2]
    k, _ = second.read(0, 0, 8)
    np.testing.assert_array_equal(k[0, :, 0], prompt[:8])
    exact = SequenceKV(pool, n_ctx=256)
    assert cache.attach(exact, prompt[:8]) == 4  # the last token is always computed
    other = SequenceKV(pool, n_ctx=256)
    assert cache.attach(other, [1] + prompt[1:]) == 0  # a different first block shares nothing


def test_eviction_frees_only_blocks_nobody_else_holds() -> None:
    pool = KVPool(SHAPE, n_blocks=4, block_size=4)
    cache = PrefixCache(pool)
    prompt = list(range(8))
    kv = _filled(pool, prompt)
    cache.publish(kv, prompt)
    assert cache.evict(4) == 0  # still held by the sequence
    kv.free()
    assert pool.free_blocks == 2
    fresh = SequenceKV(pool, n_ctx=64)
    fresh.reserve(16)  # needs all 4 blocks: the pool reclaims the cached ones
    assert pool.free_blocks == 0 and len(cache) == 0
    fresh.free()
    assert pool.free_blocks == 4


def test_read_gathers_scattered_blocks_and_rounds_like_float16() -> None:
    pool = KVPool(SHAPE, n_blocks=8, block_size=4)
    kv = SequenceKV(pool, n_ctx=64)
    kv.reserve(4)  # block 0
    SequenceKV(pool, n_ctx=64).reserve(4)  # another sequence takes block 1
    kv.reserve(12)  # blocks 2, 3: not consecutive with block 0
    assert kv.blocks == [0, 2, 3]
    vals = np.arange(12, dtype=np.float32) + np.float32(1e-4)
    k = np.broadcast_to(vals[:, None, None], (12, 2, 4))
    kv.write(0, np.arange(12), k, k)
    got, _ = kv.read(0, 2, 11)
    np.testing.assert_array_equal(got[1, :, 2], vals[2:11].astype(np.float16).astype(np.float32))


def test_decode_kernel_rounds_to_float16_like_numpy() -> None:
    """The decode kernel stores keys/values rounded as `astype(np.float16)` does, bit for bit:
    ties to even, float16 subnormals, overflow to inf, signed zeros, inf and nan."""
    from local_engine.models.kernels import round_f16_array

    rng = np.random.default_rng(0)
    scales = (1e-8, 1e-6, 6e-5, 1e-3, 1.0, 1e2, 3e4, 6.5e4, 7e4)
    edges = [65504, 65519.99, 65520, -65520, 32768, 2**-14, 2**-25, 1.5 * 2**-24, np.inf, -np.inf, np.nan, 0.0, -0.0]
    a = np.concatenate(
        [rng.standard_normal(20000) * s for s in scales]
        + [edges, (np.arange(-2000, 2000) + 0.5) * 2**-10, (np.arange(0, 2000) + 0.5) * 2**-24]
    ).astype(np.float32)
    with np.errstate(over="ignore"):
        want = a.astype(np.float16).astype(np.float32)
    got = a.copy()
    round_f16_array(got)
    same = (got.view(np.uint32) == want.view(np.uint32)) | (np.isnan(got) & np.isnan(want))
    assert same.all(), a[~same][:5]


@pytest.mark.parametrize("dim", [64, 72, 256])
def test_decode_kernel_stores_and_loads_cache_rows_as_numpy_float16(dim: int) -> None:
    """The decode kernel's row store (vector float16 conversion, bit-by-bit for a remainder of
    fewer than 16) and row load give numpy's float16 bits and values exactly, every class."""
    from local_engine.models.kernels import _load_row, _store_row

    rng = np.random.default_rng(dim)
    edges = np.array([65504, 65519.99, 65520, -65520, 2**-14, 2**-25, 1.5 * 2**-24, np.inf, -np.inf, 0.0, -0.0])
    for scale in (1e-7, 1e-4, 1.0, 3e4, 7e4):
        x = (rng.standard_normal(dim) * scale).astype(np.float32)
        x[: len(edges)] = edges
        with np.errstate(over="ignore"):
            want = x.astype(np.float16)
        codes = np.empty((3, dim), np.uint16)
        _store_row(x.copy(), 0, codes[1], np.empty(1, np.uint16))
        np.testing.assert_array_equal(codes[1], want.view(np.uint16))
        back = np.empty(dim, np.float32)
        _load_row(codes, 1, np.empty((1, 1), np.uint16), 0, back)
        np.testing.assert_array_equal(back, want.astype(np.float32))


@pytest.mark.parametrize("kind", ["f16", "q8_0"])
def test_cache_types_store_what_llamacpp_stores(kind: str) -> None:
    """f16: float16 bits (2 bytes a value); q8_0: 32 int8 codes + an f16 scale (34 bytes per 32 values)."""
    shape = KVShape(n_layers=1, n_kv_heads=2, head_dim=64, head_dim_v=64)
    pool = KVPool(shape, n_blocks=4, block_size=4, type_k=kind, type_v=kind)
    kv = SequenceKV(pool, n_ctx=16)
    kv.reserve(6)
    x = np.random.default_rng(0).standard_normal((6, 2, 64)).astype(np.float32)
    kv.write(0, np.arange(6), x, -x)
    k, v = kv.read(0, 0, 6)
    want = x.transpose(1, 0, 2)
    if kind == "f16":
        assert pool.k[0].dtype == np.uint16 and pool.footprint.bytes_per_token == 2 * 2 * 64 * 2
        np.testing.assert_array_equal(k, want.astype(np.float16).astype(np.float32))
    else:
        assert pool.k[0].dtype == np.int8 and pool.footprint.bytes_per_token == 2 * 2 * 2 * 34
        step = np.abs(want.reshape(2, 6, 2, 32)).max(axis=-1, keepdims=True) / 127
        assert (np.abs(k - want).reshape(2, 6, 2, 32) <= step * 0.51 + 1e-3).all()
    np.testing.assert_array_equal(v, -k)


def test_window_layers_keep_only_a_ring_of_cells() -> None:
    """A sliding-window layer keeps ring_cells positions per sequence (p in cell p % ring_cells);
    full layers keep every position."""
    shape = KVShape(n_layers=2, n_kv_heads=1, head_dim=4, head_dim_v=4, window_layers=(True, False))
    pool = KVPool(shape, n_blocks=8, block_size=4, ring_cells=8, n_rings=1)
    assert pool.k[0].shape[1] == 2 and pool.k[1].shape[1] == 8  # ring blocks vs shared blocks
    assert pool.footprint == KVFootprint(bytes_per_token=1 * 8 * 2, window_cells=8, window_bytes=1 * 8 * 2 * 8)
    kv = SequenceKV(pool, n_ctx=32)
    kv.reserve(20)
    pos = np.arange(20)
    vals = np.broadcast_to(pos.astype(np.float32)[:, None, None], (20, 1, 4))
    for layer in (0, 1):
        kv.write(layer, pos, vals, vals)
    ring_k, _ = kv.read(0, 12, 20)  # the last ring_cells positions survive
    np.testing.assert_array_equal(ring_k[0, :, 0], np.arange(12, 20))
    full_k, _ = kv.read(1, 0, 20)
    np.testing.assert_array_equal(full_k[0, :, 0], np.arange(20))
    kv.free()
    with pytest.raises(ContextOverflowError, match="ring"):
        [SequenceKV(pool, n_ctx=32).reserve(1) for _ in range(2)]


def test_fork_copies_rings_and_q8_0_scales() -> None:
    """n > 1 choices fork a prompt's cache: window rings and q8_0 scales come along with the codes."""
    shape = KVShape(n_layers=2, n_kv_heads=1, head_dim=32, head_dim_v=32, window_layers=(True, False))
    pool = KVPool(shape, n_blocks=8, block_size=4, type_k="q8_0", type_v="q8_0", ring_cells=8, n_rings=2)
    src = SequenceKV(pool, n_ctx=32)
    src.reserve(10)
    x = np.random.default_rng(2).standard_normal((10, 1, 32)).astype(np.float32)
    for layer in (0, 1):
        src.write(layer, np.arange(10), x, 2 * x)
    src.length = 10
    dst = SequenceKV(pool, n_ctx=32)
    dst.fork(src)
    assert dst.length == 10 and dst.blocks[:2] == src.blocks[:2] and dst.ring != src.ring
    for layer, start in ((0, 2), (1, 0)):
        for a, b in zip(dst.read(layer, start, 10), src.read(layer, start, 10)):
            np.testing.assert_array_equal(a, b)
