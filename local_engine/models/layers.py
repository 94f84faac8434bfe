"""Building blocks every architecture file assembles: norms, RoPE, projections, attention, GLU.

Each block is a small callable whose variant (RoPE pairing, biases, QK-norm, activation,
post-norms) is chosen when the model is built, so the per-token path has no config branches.
All activations are float32 [n_tokens, ...]; weights stay quantized (`local_engine.quants`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from local_engine.models import kernels
from local_engine.models.batch import Batch
from local_engine.quants import (
    FLOAT_TYPES,
    NormedProducts,
    QuantTensor,
    block_tail,
    can_fuse,
    dequantize,
    fuse_rows,
    glu_product,
    matmul,
)

Array = np.ndarray
Op = Callable[[Array], Array]


def identity(x: Array) -> Array:
    return x


class RMSNorm:
    """x / sqrt(mean(x^2) + eps) * w over the last axis (gemma's (1+w) is pre-added by the converter)."""

    def __init__(self, weight: QuantTensor, eps: float) -> None:
        self.w = dequantize(weight).reshape(-1).astype(np.float32)
        self.eps = eps
        self._inv_n = 1.0 / self.w.shape[0]

    def __call__(self, x: Array) -> Array:
        # sum of squares in float64 like ggml's rms_norm, one kernel call for all rows
        x = np.ascontiguousarray(x, dtype=np.float32)
        out = np.empty_like(x)
        kernels.rms_norm(x.reshape(-1, self.w.shape[0]), self.w, self.eps, out.reshape(-1, self.w.shape[0]))
        return out


class Rope:
    """Rotary position embedding over the first `n_rot` dims of each head.

    `neox=False` rotates interleaved pairs (2i, 2i+1) — llama GGUFs, whose Q/K the converter
    permuted; `neox=True` rotates halves (i, i + n_rot/2) — qwen2/3, gemma3 (llama.cpp's
    LLAMA_ROPE_TYPE_NEOX). theta_i = pos * freq_scale * base^(-2i/n_rot) / factor_i.
    """

    def __init__(
        self, n_rot: int, base: float, freq_scale: float = 1.0, neox: bool = False, factors: Array | None = None
    ) -> None:
        inv = freq_scale * base ** (-np.arange(0, n_rot, 2, dtype=np.float64) / n_rot)
        self.inv_freq = inv / factors if factors is not None else inv
        self.n_rot, self.half, self.neox = n_rot, n_rot // 2, neox
        # layers with equal RoPE share one cos/sin table per pass
        self.key = ("rope", n_rot, self.inv_freq.tobytes())
        self._rotate = self._rotate_neox if neox else self._rotate_pairs

    def tables(self, batch: Batch) -> tuple[Array, Array]:
        """cos, sin [n, 1, n_rot/2] for the batch's positions (memoised per pass)."""
        key = self.key
        if key not in batch.cache:
            ang = batch.positions[:, None].astype(np.float64) * self.inv_freq[None, :]
            batch.cache[key] = (np.cos(ang).astype(np.float32)[:, None], np.sin(ang).astype(np.float32)[:, None])
        return batch.cache[key]  # type: ignore[return-value]

    def __call__(self, x: Array, batch: Batch) -> Array:
        """x [n, heads, head_dim] -> rotated copy."""
        cos, sin = self.tables(batch)
        out = x.copy()
        self._rotate(x, out, cos, sin)
        return out

    def _rotate_pairs(self, x: Array, out: Array, cos: Array, sin: Array) -> None:
        x0, x1 = x[..., 0 : self.n_rot : 2], x[..., 1 : self.n_rot : 2]
        out[..., 0 : self.n_rot : 2] = x0 * cos - x1 * sin
        out[..., 1 : self.n_rot : 2] = x0 * sin + x1 * cos

    def _rotate_neox(self, x: Array, out: Array, cos: Array, sin: Array) -> None:
        x0, x1 = x[..., : self.half], x[..., self.half : self.n_rot]
        out[..., : self.half] = x0 * cos - x1 * sin
        out[..., self.half : self.n_rot] = x0 * sin + x1 * cos


def _bias(t: QuantTensor | None) -> Array | None:
    return None if t is None else dequantize(t).reshape(-1).astype(np.float32)


class Projections:
    """Several weights applied to the same input: fused into one product when their forms allow."""

    def __init__(self, weights: Sequence[QuantTensor], biases: Sequence[QuantTensor | None] | None = None,
                 sizes: Sequence[int] | None = None) -> None:
        """`sizes` splits the outputs differently from the weights (one fused attn_qkv weight: q, k, v)."""
        self.sizes = [w.rows for w in weights]
        ends = np.cumsum(self.sizes).tolist()
        self.bounds = list(zip([0, *ends[:-1]], ends))
        bs = [_bias(b) for b in (biases or [None] * len(weights))]
        self.bias = None if all(b is None for b in bs) else np.concatenate(
            [b if b is not None else np.zeros(n, np.float32) for b, n in zip(bs, self.sizes)]
        )
        # neighbours of one form share one product (Q4_K q+k, then a Q6_K v: two products, not three)
        runs: list[list[QuantTensor]] = []
        for w in weights:
            if runs and can_fuse([runs[-1][-1], w]):
                runs[-1].append(w)
            else:
                runs.append([w])
        self.weights = [fuse_rows(run) if len(run) > 1 else run[0] for run in runs]
        if sizes is not None:
            if sum(sizes) != sum(self.sizes):
                raise ValueError(f"{weights[0].name}: {sum(self.sizes)} rows cannot split into {list(sizes)}")
            ends = np.cumsum(sizes).tolist()
            self.sizes, self.bounds = list(sizes), list(zip([0, *ends[:-1]], ends))

    def joint(self, x: Array) -> Array:
        """All outputs side by side [n, sum(sizes)] (one product when fused)."""
        return self.join([matmul(w, x) for w in self.weights])

    def join(self, parts: Sequence[Array]) -> Array:
        """joint() from the products of `self.weights` [n, rows of each] (computed elsewhere:
        quants.block_tail runs them for the next layer)."""
        y = parts[0] if len(parts) == 1 else np.concatenate(parts, axis=1)
        return y if self.bias is None else y + self.bias

    def __call__(self, x: Array) -> list[Array]:
        return self.split(self.joint(x))

    def split(self, y: Array) -> list[Array]:
        """joint()'s outputs apart, one per size."""
        return [y[:, a:b] for a, b in self.bounds]


class Linear:
    """One weight (optionally biased)."""

    def __init__(self, weight: QuantTensor, bias: QuantTensor | None = None) -> None:
        self.w, self.rows = weight, weight.rows
        self.bias = b = _bias(bias)
        self._run: Op = (lambda x: matmul(self.w, x) + b) if b is not None else (lambda x: matmul(self.w, x))

    def __call__(self, x: Array) -> Array:
        return self._run(x)


# a lone decoding sequence attends on the threads from this context length on: ~1 us per cached
# position and layer on one thread (1B shape: 8 kv heads of 64) against ~20 us to wake a thread
_PARALLEL_ATTENTION_FROM = 128


# a prompt pass attends in kernels.attend_prompts when it holds several sequences of at most this
# many rows each: its items are (sequence, kv head) pairs, so one long prompt would leave a thread
# idle behind it; a long prompt (or a lone one) runs attend_rows, parallel over its rows
PROMPTS_KERNEL_ROWS = 64


def prompts_kernel_applies(batch: Batch) -> bool:
    """Whether Attention.mix runs a (non-decode) pass through kernels.attend_prompts."""
    return len(batch.segments) > 1 and all(seg.stop - seg.start <= PROMPTS_KERNEL_ROWS for seg in batch.segments)


class Attention:
    """Self-attention of one layer: QKV projection, [QK-norm], RoPE, cached attention, output projection."""

    def __init__(
        self,
        layer: int,
        qkv: Projections,
        wo: Linear,
        rope: Rope,
        n_heads: int,
        n_kv_heads: int,
        head_dim: int,
        head_dim_v: int,
        scale: float,
        window: int = 0,
        q_norm: Op = identity,
        k_norm: Op = identity,
    ) -> None:
        self.layer, self.qkv, self.wo, self.rope = layer, qkv, wo, rope
        self.shape_q, self.shape_k, self.shape_v = (n_heads, head_dim), (n_kv_heads, head_dim), (n_kv_heads, head_dim_v)
        self.scale, self.window = scale, window
        self.q_norm, self.k_norm = q_norm, k_norm
        # the decode kernel takes QK-norm as weights (empty: none); eps is shared by both norms
        self._q_w, self._k_w = (n.w if isinstance(n, RMSNorm) else np.zeros(0, np.float32) for n in (q_norm, k_norm))
        self._eps = next((n.eps for n in (q_norm, k_norm) if isinstance(n, RMSNorm)), 0.0)

    def __call__(self, x: Array | None, batch: Batch, joint: Array | None = None) -> Array:
        return self.wo(self.mix(x, batch, joint))

    def mix(self, x: Array | None, batch: Batch, joint: Array | None = None) -> Array:
        """The attention's output before the output projection `wo`, [n, n_heads * head_dim_v], of
        the normed input x, or of its q|k|v products `joint` (qkv.joint(x), computed by the
        previous block's region; x unused)."""
        if joint is None:
            assert x is not None, "mix needs x or its q|k|v products"
            joint = self.qkv.joint(x)
        qkv = joint
        if batch.single_tokens:
            return self._decode(qkv, batch)
        roles = batch.roles()
        if roles is None:
            return self._prompt_rows(qkv, batch)
        # decode steps sharing a pass with prompts: each role takes its own kernel, so a
        # sequence's tokens do not depend on whether a prompt was prefilled beside it
        (decode, decode_rows), (prompts, prompt_rows) = roles
        out = np.empty((qkv.shape[0], self.shape_q[0] * self.shape_v[1]), np.float32)
        out[decode_rows] = self._decode(qkv[decode_rows], decode)
        out[prompt_rows] = self._prompt_rows(qkv[prompt_rows], prompts)
        return out

    def _prompt_rows(self, qkv: Array, batch: Batch) -> Array:
        """Prompt segments only: attend_prompts for several short ones, else attend_rows per
        segment (the two agree bit for bit)."""
        if prompts_kernel_applies(batch):
            return self._prompts(qkv, batch)
        n = qkv.shape[0]
        q, k, v = self.qkv.split(qkv)
        q = self.rope(self.q_norm(q.reshape(n, *self.shape_q)), batch)
        k = self.rope(self.k_norm(k.reshape(n, *self.shape_k)), batch)
        v = np.ascontiguousarray(v).reshape(n, *self.shape_v)
        out = np.empty((n, self.shape_q[0], self.shape_v[1]), np.float32)
        for seg in batch.segments:
            rows = slice(seg.start, seg.stop)
            seg.kv.write(self.layer, batch.positions[rows], k[rows], v[rows])
            lo = max(0, seg.pos0 - self.window + 1) if self.window > 0 else 0
            kc, vc = seg.kv.read(self.layer, lo, seg.end)
            kernels.attend_rows(np.ascontiguousarray(q[rows]), np.ascontiguousarray(kc.transpose(0, 2, 1)),
                                np.ascontiguousarray(vc), seg.pos0, lo, self.window, self.scale, out[rows])
        return out.reshape(n, -1)

    def _kernel_args(self, batch: Batch) -> tuple[tuple[Array, ...], tuple[Array, Array, float], tuple[int, bool]]:
        """The attention kernels' (layer cache, QK-norm, RoPE kind) arguments."""
        pool, layer = batch.segments[0].kv.pool, self.layer
        cache = (pool.k[layer], pool.v[layer], pool.k_scale[layer], pool.v_scale[layer], pool.qcode_k, pool.qcode_v)
        return cache, (self._q_w, self._k_w, self._eps), (self.rope.n_rot, self.rope.neox)

    def _prompts(self, qkv: Array, batch: Batch) -> Array:
        """Several short prompts (prompts_kernel_applies): one kernel call does QK-norm, RoPE,
        the cache writes and causal attention of every sequence, in parallel over (sequence,
        kv head) items."""
        qkv = np.ascontiguousarray(qkv)
        (n_heads, hd), (n_kv, hdv) = self.shape_q, self.shape_v
        out = np.empty((qkv.shape[0], n_heads * hdv), np.float32)
        cache, norms, rope = self._kernel_args(batch)
        cos, sin = self.rope.tables(batch)
        positions, tables, ring = batch.block_tables(batch.segments[0].kv.pool.is_ring(self.layer))
        kernels.attend_prompts(qkv, n_heads, n_kv, hd, hdv, *norms, cos[:, 0], sin[:, 0], *rope, batch.starts(),
                               positions, *cache, tables, ring, self.window, self.scale, out)
        return out

    def _decode(self, qkv: Array, batch: Batch) -> Array:
        """One token per sequence (qkv: their q|k|v products): one kernel call does QK-norm,
        RoPE, the cache write and attention straight over the paged cache, for every sequence
        of the batch (in parallel when there are several)."""
        qkv = np.ascontiguousarray(qkv)
        (n_heads, hd), (n_kv, hdv) = self.shape_q, self.shape_v
        out = np.empty((qkv.shape[0], n_heads * hdv), np.float32)
        pool, layer = batch.segments[0].kv.pool, self.layer
        cache, norms, rope = self._kernel_args(batch)
        cos, sin = self.rope.tables(batch)  # [n, 1, n_rot/2], once per forward pass and rope
        if len(batch.segments) == 1 and batch.segments[0].pos0 < _PARALLEL_ATTENTION_FROM:
            seg = batch.segments[0]  # short context: no parallel region for a few microseconds of work
            lo = max(0, seg.pos0 - self.window + 1) if self.window > 0 else 0
            table, ring = seg.kv.table_for(layer)
            kernels.attend_token(qkv[0], n_heads, n_kv, hd, hdv, *norms, cos[0, 0], sin[0, 0], *rope, seg.pos0,
                                 *cache, table, ring, lo, self.scale, out[0])
            return out
        positions, tables, ring = batch.block_tables(pool.is_ring(layer))
        kernels.attend_tokens(qkv, n_heads, n_kv, hd, hdv, *norms, cos[:, 0], sin[:, 0], *rope, positions,
                              *cache, tables, ring, self.window, self.scale, out)
        return out


def silu(x: Array) -> Array:
    return x / (np.float32(1.0) + np.exp(-x))


_GELU_C = np.float32(math.sqrt(2.0 / math.pi))


def gelu_tanh(x: Array) -> Array:
    """GELU, tanh approximation (ggml_gelu)."""
    return np.float32(0.5) * x * (np.float32(1.0) + np.tanh(_GELU_C * x * (np.float32(1.0) + np.float32(0.044715) * x * x)))


# rows of a pass from which the GLU runs on the threads (prompt chunks); Engine.warm_up prefills
# this many tokens so its prefill takes the paths a real prompt takes
THREADED_GLU_ROWS = kernels.THREADED_GLU_ROWS


class GatedFFN:
    """down(act(gate(x)) * up(x)): SwiGLU with silu, GeGLU with gelu_tanh."""

    def __init__(self, gate: QuantTensor | None, up: QuantTensor, down: QuantTensor, act: Op) -> None:
        """`gate` None: `up` holds the gate rows then the up rows (phi3's fused ffn_up)."""
        if act not in (silu, gelu_tanh):
            raise ValueError(f"unsupported GLU activation {act!r}")
        self.gate_up = Projections([up] if gate is None else [gate, up])
        self.down, self.act = Linear(down), act
        self.gelu, self._ff = act is gelu_tanh, up.rows // 2 if gate is None else gate.rows
        # gate and up as one weight of one form, no bias: decode rows take quants.glu_product
        self.one = self.gate_up.weights[0] if len(self.gate_up.weights) == 1 and self.gate_up.bias is None else None

    @classmethod
    def fused(cls, gate_up: QuantTensor, down: QuantTensor, act: Op) -> GatedFFN:
        if gate_up.rows % 2:
            raise ValueError(f"{gate_up.name}: a fused gate+up weight needs an even row count, not {gate_up.rows}")
        return cls(None, gate_up, down, act)

    def __call__(self, x: Array) -> Array:
        if self.one is not None and x.shape[0] < THREADED_GLU_ROWS:  # decode: one parallel region
            out = glu_product(self.one, self.down.w, self.gelu, x)
            if out is not None:
                return out
        y = np.ascontiguousarray(self.gate_up.joint(x))
        h = np.empty((y.shape[0], self._ff), np.float32)
        kernels.glu(y, self.gelu, h)  # one pass, not four numpy ones
        return self.down(h)


def expert_slices(w: QuantTensor) -> list[QuantTensor]:
    """A 3-D expert tensor [n_expert, rows, cols] as one zero-copy QuantTensor per expert (rows of
    the mmap'd blocks): an expert's weights are read, and repacked, only when a token picks it."""
    if len(w.shape) != 3 or w.data is None:
        raise ValueError(f"{w.name}: expected a 3-D expert tensor, got shape {w.shape}")
    n, rows, cols = w.shape
    return [QuantTensor(f"{w.name}[{e}]", w.ggml_type, (rows, cols), w.data[e * rows : (e + 1) * rows]) for e in range(n)]


class MoEFFN:
    """Routed experts (llama.cpp `build_moe_ffn`, softmax gating, weights renormalised):
    p = softmax(router . x); the top `n_used` experts e each add p_e / sum(p_top) * glu_e(x).

    Experts are built on first use, so a file's unused experts are never read or repacked; each
    pass runs every chosen expert once over the tokens that chose it."""

    def __init__(self, router: QuantTensor, gate: QuantTensor, up: QuantTensor, down: QuantTensor, n_used: int,
                 act: Op) -> None:
        self.router = dequantize(router).reshape(router.rows, router.cols).astype(np.float32)
        self._gate, self._up, self._down = expert_slices(gate), expert_slices(up), expert_slices(down)
        self.n_expert, self.n_used, self.act = self.router.shape[0], n_used, act
        if not 0 < n_used <= self.n_expert or not len(self._gate) == len(self._up) == len(self._down) == self.n_expert:
            raise ValueError(f"{router.name}: {self.n_expert} experts, {len(self._gate)} expert weights, "
                             f"{n_used} used per token")
        self._experts: dict[int, GatedFFN] = {}

    def expert(self, e: int) -> GatedFFN:
        ffn = self._experts.get(e)
        if ffn is None:
            ffn = self._experts[e] = GatedFFN(self._gate[e], self._up[e], self._down[e], self.act)
        return ffn

    @property
    def loaded_experts(self) -> int:
        return len(self._experts)

    def route(self, x: Array) -> tuple[Array, Array]:
        """(chosen experts [n, n_used], their renormalised weights [n, n_used]) per token."""
        logits = x @ self.router.T
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        top = np.argsort(-p, axis=1, kind="stable")[:, : self.n_used]
        w = np.take_along_axis(p, top, axis=1)
        return top, (w / w.sum(axis=1, keepdims=True)).astype(np.float32)

    def __call__(self, x: Array) -> Array:
        x = np.ascontiguousarray(x, dtype=np.float32)
        top, weights = self.route(x)
        out = np.zeros_like(x)
        for e in np.unique(top):
            tokens, slot = np.nonzero(top == e)
            out[tokens] += weights[tokens, slot, None] * self.expert(int(e))(x[tokens])
        return out


class Block:
    """x += post_attn(attn(attn_norm(x))); x += post_ffn(ffn(ffn_norm(x))) — post norms are identity for llama;
    each branch is multiplied by residual_scale first (granite)."""

    def __init__(
        self, attn_norm: Op, attn: Attention, ffn_norm: Op, ffn: Op, post_attn: Op = identity, post_ffn: Op = identity,
        residual_scale: float = 1.0,
    ) -> None:
        self.attn_norm, self.attn, self.post_attn = attn_norm, attn, post_attn
        self.ffn_norm, self.ffn, self.post_ffn = ffn_norm, ffn, post_ffn
        self.rs = None if residual_scale == 1.0 else np.float32(residual_scale)  # granite's residual multiplier
        # pre-norm blocks (post norms RMS ones of the FFN norm's eps, or none) with a GatedFFN of one
        # gate|up weight: for few rows, the attention output projection, residual, FFN norm, FFN,
        # residual and the next layer's attention norm and q|k|v products are one parallel region
        # (quants.block_tail)
        posts = [p for p in (post_attn, post_ffn) if p is not identity]
        plain = (self.rs is None and attn.wo.bias is None and isinstance(ffn_norm, RMSNorm)
                 and all(isinstance(p, RMSNorm) and p.eps == ffn_norm.eps for p in posts))
        self._tail = plain and isinstance(ffn, GatedFFN) and ffn.one is not None
        self._post_w = [p.w if isinstance(p, RMSNorm) else None for p in (post_attn, post_ffn)]
        # what the previous block's region computes for this one, when its structure fits
        qkv = attn.qkv.weights
        self.attn_input = NormedProducts(attn_norm.w, attn_norm.eps, tuple(qkv)) \
            if isinstance(attn_norm, RMSNorm) and len(qkv) <= 2 and not any(w.ggml_type in FLOAT_TYPES for w in qkv) else None

    def __call__(self, x: Array, batch: Batch) -> Array:
        return self.step(x, batch)[0]

    def step(self, x: Array, batch: Batch, qkv: Sequence[Array] | None = None,
             then: NormedProducts | None = None) -> tuple[Array, list[Array] | None]:
        """(the block's output, `then`'s products of it if this block's region ran them, else None).

        `qkv`: this block's q|k|v products (one per weight of attn.qkv) as the previous block's
        region ran them for `self.attn_input`; None: computed here. `then`: the next layer's
        `attn_input`, or the output norm and head (Transformer)."""
        joint = None if qkv is None else self.attn.qkv.join(qkv)
        if self._tail and x.shape[0] < THREADED_GLU_ROWS:
            return self._one_region_tail(x, batch, joint, then)
        a = self.post_attn(self.attn(self.attn_norm(x) if joint is None else None, batch, joint))
        h = x + (a if self.rs is None else a * self.rs)
        f = self.post_ffn(self.ffn(self.ffn_norm(h)))
        return h + (f if self.rs is None else f * self.rs), None

    def _one_region_tail(self, x: Array, batch: Batch, joint: Array | None,
                         then: NormedProducts | None) -> tuple[Array, list[Array] | None]:
        """The same sums as step's general path (bit for bit), the second half in one parallel region."""
        a = self.attn.mix(self.attn_norm(x) if joint is None else None, batch, joint)
        norm, ffn = self.ffn_norm, self.ffn
        assert isinstance(norm, RMSNorm) and isinstance(ffn, GatedFFN) and ffn.one is not None
        got = block_tail(self.attn.wo.w, a, x, norm.w, norm.eps, ffn.one, ffn.down.w, ffn.gelu, *self._post_w, then=then)
        if got is None:  # small or float weights: separate products
            h = x + self.post_attn(self.attn.wo(a))
            return h + self.post_ffn(ffn(norm(h))), None
        return got
