"""A decode step of every layer as one parallel region (kernels.decode_pass), and when it applies.

Why: with a region per layer boundary (Block.step through quants.block_tail) the worker thread
slept between layers while the calling thread ran the attention and ~100 us of Python and numba
dispatch (a 78-argument kernel call per layer), and a woken worker starts slow. One region per
step wakes it once; the attention's (sequence, kv head) items run on both threads; the Python
per step is one call. The plan holds what the kernel reads of the model as tables built once:
the Tiled weights by address (the model keeps the arrays alive), norms stacked per layer, the
attention's parameters, and per KV pool the caches' addresses.
"""

from __future__ import annotations

import numba
import numpy as np

from local_engine.kv_cache import KVPool
from local_engine.models import kernels
from local_engine.models.batch import Batch
from local_engine.models.layers import THREADED_GLU_ROWS, Block, GatedFFN, RMSNorm, Rope
from local_engine.quants import FLOAT_TYPES, QuantTensor, Tiled, cpu, matmul, region_serial

I64, F32 = np.int64, np.float32


def _address(a: np.ndarray) -> int:
    return int(a.__array_interface__["data"][0])


def _weight_row(w: QuantTensor | None) -> tuple[list[int], list[int]] | None:
    """(addresses, WMETA shape/form entries) of a Tiled weight (None: an absent slot, zeros)."""
    if w is None:
        return [0] * 6, [0] * kernels.WMETA
    p = w.packed
    if not isinstance(p, Tiled) or not all(a.flags.c_contiguous for a in (p.q, p.planes, p.d, p.dm, p.sc, p.mn)):
        return None
    f = p.form
    meta = [*p.q.shape[:2], *p.planes.shape[:3], *p.d.shape[:2], *p.dm.shape[:2], *p.sc.shape[:2], *p.mn.shape[:2],
            f.nplanes, f.group, f.bias]
    return [_address(a) for a in (p.q, p.planes, p.d, p.dm, p.sc, p.mn)], meta


class DecodePlan:
    """What kernels.decode_pass reads of a model; `build` returns None for models it cannot run."""

    def __init__(self, blocks: list[Block], out_norm: RMSNorm, head: QuantTensor, wp: np.ndarray, wm: np.ndarray,
                 ropes: list[Rope]) -> None:
        self.blocks, self.head, self.wp, self.wm, self.ropes = blocks, head, wp, wm, ropes
        first, layers = blocks[0], len(blocks)
        attn, ffn = first.attn, first.ffn
        assert isinstance(ffn, GatedFFN) and ffn.one is not None
        (n_heads, hd), (n_kv, hdv) = attn.shape_q, attn.shape_v
        self.heads = np.array([n_heads, n_kv, hd, hdv], I64)
        self.d, self.ff, self.gelu = first.attn_norm.w.shape[0], ffn.down.w.cols, ffn.gelu
        self.post = first.post_attn is not None and isinstance(first.post_attn, RMSNorm)
        self.norms = np.zeros((layers + 1, 4, self.d), F32)
        self.eps = np.zeros((layers + 1, 2))
        for i, b in enumerate(blocks):
            assert isinstance(b.attn_norm, RMSNorm) and isinstance(b.ffn_norm, RMSNorm)
            self.norms[i, 0], self.norms[i, 1] = b.attn_norm.w, b.ffn_norm.w
            for k, w in ((2, b._post_w[0]), (3, b._post_w[1])):
                if w is not None:
                    self.norms[i, k] = w
            self.eps[i] = b.attn_norm.eps, b.ffn_norm.eps
        self.norms[layers, 0], self.eps[layers, 0] = out_norm.w, out_norm.eps
        self.qkv_rows = n_heads * hd + n_kv * hd + n_kv * hdv
        biases = [b.attn.qkv.bias for b in blocks]
        self.qkv_bias = np.stack(biases).astype(F32) if biases[0] is not None else np.zeros((layers, 0), F32)
        has_qk = first.attn._q_w.shape[0] > 0
        self.qk_w = np.zeros((layers, 2, hd if has_qk else 0), F32)
        self.attn_i = np.zeros((layers, 5), I64)
        self.attn_f = np.zeros((layers, 2))
        keys = [r.key for r in ropes]
        for i, b in enumerate(blocks):
            a = b.attn
            if has_qk:
                self.qk_w[i, 0], self.qk_w[i, 1] = a._q_w, a._k_w
            self.attn_i[i] = b.attn_input.weights[0].rows, a.rope.n_rot, a.rope.neox, a.window, keys.index(a.rope.key)
            self.attn_f[i] = a._eps, a.scale
        self.half = max(r.half for r in ropes)
        self.out_norm = out_norm
        # the layers run on the threads where the per-layer regions did (a down product of
        # quants.PARALLEL_MIN_BYTES or more per step); else on the calling thread, and the head, the
        # largest product of a small model, as a threaded product of its own: wm_apart has no head
        self.down_bytes = ffn.down.w.packed.nbytes
        self.wm_apart = wm.copy()
        self.wm_apart[layers, 3, 0] = 0
        self._widths = {threaded: self._scratch_widths(self.wm if threaded else self.wm_apart)
                        for threaded in (True, False)}
        self._kv: dict[int, tuple[KVPool, np.ndarray, np.ndarray]] = {}
        # the phase probe (bench/decode_profile.py --phases): int64 [threads, 3 + 9 * layers] the
        # pass fills with time-stamp counter readings; [0, 0] (the default) records nothing
        self.stamps = np.zeros((0, 0), I64)

    def _scratch_widths(self, wm: np.ndarray) -> tuple[int, ...]:
        """Per-row widths of decode_pass's scratch buffers for a weight table (fixed at load):
        attention output, products of slots 0-2, the largest of slots 3 and 4, the head, int8
        activations and their int8 block count, and whether any layer has a separate v weight."""
        layers, d, ff = len(self.blocks), self.d, self.ff
        a = int(self.heads[0] * self.heads[3])
        tiles = wm[:, :, 0] * cpu.LANES
        n_groups = int((np.array([a, d, ff, d, d]) // np.maximum(wm[:, :, 14], 1)).max())  # int8 blocks of any input
        return (a, int(tiles[0, 0]), int(tiles[0, 1]), int(tiles[0, 2]), int(tiles[:layers, 3].max()),
                int(tiles[:layers, 4].max()), int(tiles[layers, 3]), max(a, d, ff) + cpu.X_PAD, n_groups,
                int(bool(wm[:layers, 4, 0].any())))

    @classmethod
    def build(cls, blocks: list[Block], out_norm: RMSNorm, head: QuantTensor) -> DecodePlan | None:
        """The plan, or None where a block, the head or their shapes fall outside what the pass runs:
        pre-norm blocks whose second half is one region (Block's tail), q|k|v as one or two integer
        weights, post norms on all layers or none, the same shapes in every layer, an integer head."""
        if not blocks or head.ggml_type in FLOAT_TYPES:
            return None
        first = blocks[0]
        d = first.attn_norm.w.shape[0] if isinstance(first.attn_norm, RMSNorm) else -1
        rows = []
        for b in blocks:
            ffn, a = b.ffn, b.attn
            if not (b._tail and b.attn_input is not None and b.attn_input.fits(d) and isinstance(ffn, GatedFFN)
                    and ffn.one is not None and a.qkv.weights and sum(w.rows for w in b.attn_input.weights) == sum(a.qkv.sizes)
                    and (b._post_w[0] is None) == (b._post_w[1] is None) == (first._post_w[0] is None)
                    and a.shape_q == first.attn.shape_q and a.shape_v == first.attn.shape_v
                    and a.wo.w.rows == d and a.wo.w.cols == a.shape_q[0] * a.shape_v[1]
                    and ffn.one.rows == 2 * ffn.down.w.cols == 2 * first.ffn.down.w.cols and ffn.one.cols == d
                    and ffn.down.w.rows == d and (a.qkv.bias is None) == (first.attn.qkv.bias is None)
                    and (a._q_w.shape[0] > 0) == (first.attn._q_w.shape[0] > 0)):
                return None
            ws = list(b.attn_input.weights) + [None]
            rows.append([_weight_row(w) for w in (a.wo.w, ffn.one, ffn.down.w, ws[0], ws[1])])
        rows.append([_weight_row(None)] * 3 + [_weight_row(head), _weight_row(None)])
        if head.cols != d or any(r is None for row in rows for r in row):
            return None
        wp = np.array([[r[0] for r in row] for row in rows], I64)  # type: ignore[index]
        wm = np.array([[r[1] for r in row] for row in rows], I64)  # type: ignore[index]
        ropes: list[Rope] = []
        for b in blocks:
            if all(r.key != b.attn.rope.key for r in ropes):
                ropes.append(b.attn.rope)
        return cls(blocks, out_norm, head, wp, wm, ropes)

    @staticmethod
    def applies(batch: Batch) -> bool:
        """Decode rows (one token per sequence) of a step small enough for the product kernels'
        decode path, with no prompt rows to score."""
        return batch.single_tokens and batch.n_tokens < THREADED_GLU_ROWS and not batch.scores

    def _kv_tables(self, pool: KVPool) -> tuple[np.ndarray, np.ndarray]:
        """(addresses [layers, 4], shapes [layers, 11]) of a pool's caches, built once per pool."""
        got = self._kv.get(id(pool))
        if got is None or got[0] is not pool:
            kvp, kvm = np.zeros((len(self.blocks), 4), I64), np.zeros((len(self.blocks), 11), I64)
            for i in range(len(self.blocks)):
                arrays = (pool.k[i], pool.v[i], pool.k_scale[i], pool.v_scale[i])
                kvp[i] = [_address(a) for a in arrays]
                shapes = [(a.shape[0] * a.shape[1] * a.shape[2], a.shape[3]) for a in arrays]
                kvm[i] = [arrays[0].shape[1], arrays[0].shape[2], *(v for s in shapes for v in s), pool.is_ring(i)]
            got = self._kv[id(pool)] = (pool, kvp, kvm)
        return got[1], got[2]

    def run(self, x: np.ndarray, batch: Batch) -> np.ndarray:
        """Logits [n, head rows] of the embedded decode tokens x [n, d] (x is overwritten); caches the
        tokens' keys and values."""
        n, d, ff = x.shape[0], self.d, self.ff
        pool = batch.segments[0].kv.pool
        kvp, kvm = self._kv_tables(pool)
        positions, tables, _ = batch.block_tables(False)
        ring_tables, ring_blocks = (batch.block_tables(True)[1:]) if pool.ring_cells else (tables, 0)
        cos, sin = np.zeros((len(self.ropes), n, self.half), F32), np.zeros((len(self.ropes), n, self.half), F32)
        for r, rope in enumerate(self.ropes):
            c, s = rope.tables(batch)
            cos[r, :, : rope.half], sin[r, :, : rope.half] = c[:, 0], s[:, 0]
        threaded = numba.get_num_threads() > 1 and not region_serial(n * self.down_bytes)
        wm = self.wm if threaded else self.wm_apart
        a, t0, t1, t2, t3, t4, t_head, cols_a, n_groups, with_b = self._widths[threaded]
        f32 = np.float32
        logits = np.empty((n, t_head), f32)
        x = np.ascontiguousarray(x, dtype=f32)
        kernels.decode_pass(
            self.wp, wm, self.norms, self.eps, self.post, self.gelu, x, self.qkv_bias,
            self.heads, self.qk_w, self.attn_i, self.attn_f, cos, sin, positions, tables, ring_tables, int(ring_blocks),
            kvp, kvm, pool.k[0], pool.v[0], pool.k_scale[0], pool.v_scale[0], pool.qcode_k, pool.qcode_v,
            np.empty((n, self.qkv_rows), f32), np.empty((n, a), f32), np.empty((n, t0), f32),
            np.empty((n, d), f32), np.empty((n, t1), f32), np.empty((n, ff), f32),
            np.empty((n, t2), f32), np.empty(n * t3, f32), np.empty(n * t4, f32), logits,
            np.empty(n * cols_a, np.int8), np.empty(n * n_groups, f32), np.empty(n * n_groups, f32),
            np.empty(n * (d + cpu.X_PAD) if with_b else 0, np.int8), np.empty(n * n_groups if with_b else 0, f32),
            np.empty(n * n_groups if with_b else 0, f32), self.stamps, numba.get_num_threads() if threaded else 1,
        )
        if not threaded:  # x: the final hidden states
            return matmul(self.head, self.out_norm(x))
        return logits if logits.shape[1] == self.head.rows else logits[:, : self.head.rows]
