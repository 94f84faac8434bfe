"""Transformer blocks on the GPU: the trailing layers of a model and, optionally, its output head.

A `GpuLayerStack` owns the device copies of its layers' weights (uploaded once) and their KV
caches; per step only the hidden state crosses the bus: host [n, n_embd] in at the CPU/GPU
boundary layer, host [n, n_embd] out (or logits, when the head is on the GPU too).
One block covers every architecture through `LayerSpec` (gpu/spec.py, read from its ArchSpec)
and optional tensors (q/k norms, q/k/v biases, post-attention / post-FFN norms, RoPE pairing,
sliding window, GLU activation), mirroring llama.cpp's graphs:

    x += [post_attn_norm] Wo · attn(rope([q_norm] Wq·n(x)), rope([k_norm] Wk·n(x)), Wv·n(x))
    x += [post_ffn_norm] Wdown · (act(Wgate·n(x)) * Wup·n(x))
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from local_engine.gpu import device
from local_engine.gpu import kernels as K
from local_engine.gpu.placement import HEAD_ROWS
from local_engine.models.batch import PREFILL_CHUNK
from local_engine.gpu.spec import LayerSpec
from local_engine.kv_cache import KVType, ring_cells_for
from local_engine.models.arch import LayerTensors
from local_engine.quants.cuda import matmul, matmuls

_ACTS = {"silu": K.ACT_SILU, "gelu": K.ACT_GELU_TANH}


@dataclass
class LayerWeights:
    """Device copies of one block's tensors (GGUF names `blk.{i}.*`); optional ones may be None."""

    attn_norm: Any
    wq: Any
    wk: Any
    wv: Any
    wo: Any
    ffn_norm: Any
    w_gate: Any
    w_up: Any
    w_down: Any
    q_norm: Any = None
    k_norm: Any = None
    bq: Any = None
    bk: Any = None
    bv: Any = None
    bo: Any = None
    post_attn_norm: Any = None
    post_ffn_norm: Any = None

    @classmethod
    def upload(cls, tensors: Mapping[str, Any], layer: int, names: LayerTensors) -> LayerWeights:
        """Upload `blk.{layer}.*` from a name -> QuantTensor mapping (GGUFFile.tensors); `names` are
        the architecture's tensor names (its ArchSpec)."""

        def mat(name: str) -> Any:
            return device.upload_matrix(tensors[f"blk.{layer}.{name}.weight"])

        def vec(name: str, kind: str = "weight") -> Any:
            t = tensors.get(f"blk.{layer}.{name}.{kind}")
            return None if t is None else device.upload_vector(t)

        n = names
        return cls(
            vec(n.attn_norm), mat(n.attn_q), mat(n.attn_k), mat(n.attn_v), mat(n.attn_output),
            vec(n.ffn_norm), mat(n.ffn_gate), mat(n.ffn_up), mat(n.ffn_down),
            q_norm=vec(n.attn_q_norm), k_norm=vec(n.attn_k_norm),
            bq=vec(n.attn_q, "bias"), bk=vec(n.attn_k, "bias"), bv=vec(n.attn_v, "bias"),
            bo=vec(n.attn_output, "bias"),
            post_attn_norm=vec(n.post_attn_norm), post_ffn_norm=vec(n.post_ffn_norm),
        )


class _Scratch:
    """Activation buffers for up to `cap` tokens, allocated once per stack, and their [:n] views.

    Per token the stack launches ~20 kernels per layer from Python, so what each launch costs on
    the host is the decode speed: nothing here allocates device memory per step (the int8-rounded
    product input `xr`, positions and slots have buffers too), and the sliced and reshaped views of
    a batch of n tokens are made once per n, not once per layer."""

    def __init__(self, spec: LayerSpec, cap: int, n_ctx: int):
        cuda = device.cuda_module()
        q, kv = spec.n_heads * spec.head_dim, spec.n_kv_heads * spec.head_dim
        self.spec = spec

        def buf(*shape: int) -> Any:
            return cuda.device_array(shape, np.float32)

        self.x, self.xn, self.o = buf(cap, spec.n_embd), buf(cap, spec.n_embd), buf(cap, spec.n_embd)
        self.q, self.att = buf(cap, q), buf(cap, q)
        self.k, self.v = buf(cap, kv), buf(cap, kv)
        self.gate, self.up = buf(cap, spec.n_ff), buf(cap, spec.n_ff)
        self.scores = buf(cap, spec.n_heads, n_ctx)
        self.xr = buf(cap * max(spec.n_embd, q, spec.n_ff))
        self.pos = cuda.device_array(cap, np.int32)
        self.slot = cuda.device_array(cap, np.int32)
        self._views: dict[int, _Views] = {}

    def views(self, n: int) -> _Views:
        v = self._views.get(n)
        if v is None:
            if len(self._views) > 64:  # prefill chunks of many lengths: keep the map small
                self._views.clear()
            v = self._views[n] = _Views(self, n)
        return v


class _Views:
    """The [:n] views of a _Scratch (and their head-shaped reshapes) for a batch of n tokens."""

    def __init__(self, s: _Scratch, n: int):
        H, KVH, D = s.spec.n_heads, s.spec.n_kv_heads, s.spec.head_dim
        self.x, self.xn, self.o = s.x[:n], s.xn[:n], s.o[:n]
        self.q, self.k, self.v, self.att = s.q[:n], s.k[:n], s.v[:n], s.att[:n]
        self.gate, self.up = s.gate[:n], s.up[:n]
        self.scores, self.pos, self.slot, self.xr = s.scores[:n], s.pos[:n], s.slot[:n], s.xr
        self.q3, self.k3, self.v3 = self.q.reshape(n, H, D), self.k.reshape(n, KVH, D), self.v.reshape(n, KVH, D)
        self.att3 = self.att.reshape(n, H, D)
        self.q_heads, self.k_heads = self.q.reshape(n * H, D), self.k.reshape(n * KVH, D)


def _attention_block(spec: LayerSpec, w: LayerWeights, v: _Views, kv: Any, inv_freq: Any) -> None:
    """x += attention(norm(x)) for the n tokens already in v.x."""
    K.rmsnorm(v.x, w.attn_norm, spec.eps, v.xn)
    matmuls([(w.wq, v.q), (w.wk, v.k), (w.wv, v.v)], v.xn, v.xr)
    for out, bias in ((v.q, w.bq), (v.k, w.bk), (v.v, w.bv)):
        if bias is not None:
            K.add_bias(out, bias)
    if w.q_norm is not None:
        K.rmsnorm(v.q_heads, w.q_norm, spec.eps, v.q_heads)
        K.rmsnorm(v.k_heads, w.k_norm, spec.eps, v.k_heads)
    K.rope(v.q3, v.pos, inv_freq, spec.rope_neox)
    K.rope(v.k3, v.pos, inv_freq, spec.rope_neox)
    K.kv_store(v.k3, v.v3, kv, v.pos, v.slot)
    K.attention(v.q3, kv, v.pos, v.slot, spec.sliding_window, spec.scale, v.scores, v.att3)
    _residual(w.wo, v.att, w.post_attn_norm, spec.eps, v, w.bo)


def _residual(w_out: Any, h: Any, post_norm: Any, eps: float, v: _Views, bias: Any = None) -> None:
    """x += [post_norm](W_out · h [+ bias])."""
    matmul(w_out, h, v.o, v.xr)
    if bias is not None:
        K.add_bias(v.o, bias)
    if post_norm is not None:
        K.rmsnorm(v.o, post_norm, eps, v.o)
    K.add(v.x, v.o)


def _ffn_block(spec: LayerSpec, w: LayerWeights, v: _Views) -> None:
    """x += W_down · (act(W_gate · norm(x)) * W_up · norm(x))."""
    K.rmsnorm(v.x, w.ffn_norm, spec.eps, v.xn)
    matmuls([(w.w_gate, v.gate), (w.w_up, v.up)], v.xn, v.xr)
    K.glu(v.gate, v.up, _ACTS[spec.act])
    _residual(w.w_down, v.gate, w.post_ffn_norm, spec.eps, v)


class GpuLayerStack:
    """Layers first..first+len(specs)-1 of a model on the GPU, with their device KV caches.

    `n_slots` sequences can be in flight at once (one KV slot each; the scheduler's batch).
    The KV caches use the CPU pool's element types (`type_k`, `type_v`) and, like it, keep only
    a window ring in sliding-window layers (`kv_cache.ring_cells_for`).
    """

    def __init__(
        self,
        first_layer: int,
        specs: Sequence[LayerSpec],
        weights: Sequence[LayerWeights],
        n_ctx: int,
        n_slots: int = 1,
        chunk: int = PREFILL_CHUNK,
        type_k: KVType = "f16",
        type_v: KVType = "f16",
    ):
        if len(specs) != len(weights) or not specs:
            raise ValueError("a GPU layer stack needs one spec and one weight set per layer")
        self.first_layer, self.specs, self.weights = first_layer, list(specs), list(weights)
        self.n_ctx, self.n_slots, self.chunk = n_ctx, n_slots, chunk
        self.kv = [
            device.DeviceKVCache.allocate(
                n_slots, ring_cells_for(s.sliding_window, chunk, n_ctx) or n_ctx, s.n_kv_heads, s.head_dim, type_k, type_v
            )
            for s in specs
        ]
        cuda = device.cuda_module()
        self._inv_freq = [cuda.to_device(np.asarray(s.inv_freq, dtype=np.float64)) for s in specs]
        heads = {(s.n_heads, s.n_kv_heads, s.head_dim) for s in specs}
        if len(heads) != 1:
            raise ValueError(f"GPU layers need one head layout across the stack, got {sorted(heads)}")
        widest = max(specs, key=lambda s: (s.n_heads * s.head_dim, s.n_ff))
        self._scratch = _Scratch(widest, chunk, n_ctx)

    @classmethod
    def upload(
        cls,
        tensors: Mapping[str, Any],
        specs: Sequence[LayerSpec],
        first_layer: int,
        n_ctx: int,
        n_slots: int = 1,
        type_k: KVType = "f16",
        type_v: KVType = "f16",
    ) -> GpuLayerStack:
        """Upload layers first_layer..len(specs)-1 (specs indexed by layer, for the whole model)."""
        layers = range(first_layer, len(specs))
        weights = [LayerWeights.upload(tensors, i, specs[i].tensors) for i in layers]
        return cls(first_layer, [specs[i] for i in layers], weights, n_ctx, n_slots, type_k=type_k, type_v=type_v)

    @property
    def n_layers(self) -> int:
        return len(self.specs)

    def forward_device(self, hidden: np.ndarray, positions: Any, slots: Any = 0) -> Any:
        """Run every GPU layer on hidden [n, n_embd]; returns the device buffer [n, n_embd].

        n must not exceed `chunk`; `forward` splits longer prompts."""
        n = hidden.shape[0]
        if n > self.chunk:
            raise ValueError(f"{n} tokens exceed the device chunk of {self.chunk}")
        pos = np.ascontiguousarray(positions, dtype=np.int32).reshape(n)
        if pos.size and (pos.min() < 0 or pos.max() >= self.n_ctx):
            raise ValueError(f"positions must lie in [0, {self.n_ctx})")
        slot = np.broadcast_to(np.asarray(slots, dtype=np.int32), (n,)).copy()
        if slot.size and (slot.min() < 0 or slot.max() >= self.n_slots):
            raise ValueError(f"sequence slots must lie in [0, {self.n_slots})")
        v = self._scratch.views(n)
        v.x.copy_to_device(np.ascontiguousarray(hidden, dtype=np.float32))
        v.pos.copy_to_device(pos)
        v.slot.copy_to_device(slot)
        for spec, w, kv, inv_freq in zip(self.specs, self.weights, self.kv, self._inv_freq):
            _attention_block(spec, w, v, kv, inv_freq)
            _ffn_block(spec, w, v)
        return v.x

    def forward(self, hidden: np.ndarray, positions: Any, slots: Any = 0) -> np.ndarray:
        """Hidden state after the last layer, host float32 [n, n_embd] (chunked for long prompts)."""
        pos = np.asarray(positions, dtype=np.int32).reshape(-1)
        slot = np.broadcast_to(np.asarray(slots, dtype=np.int32), pos.shape)
        out = np.empty((pos.size, hidden.shape[1]), dtype=np.float32)
        for a in range(0, pos.size, self.chunk):
            b = min(a + self.chunk, pos.size)
            out[a:b] = self.forward_device(hidden[a:b], pos[a:b], slot[a:b]).copy_to_host()
        return out


class GpuOutputHead:
    """Final RMSNorm + output projection on the GPU: hidden in, logits [n, vocab] out.

    Logits are produced `chunk` rows at a time (a vocabulary of 262k makes each row 1 MiB)."""

    def __init__(self, norm: Any, weight: Any, eps: float, chunk: int = HEAD_ROWS):
        cuda = device.cuda_module()
        self.norm, self.weight, self.eps = norm, weight, eps
        self._xn = cuda.device_array((chunk, weight.cols), np.float32)
        self._logits = cuda.device_array((chunk, weight.rows), np.float32)
        self._xr = cuda.device_array(chunk * weight.cols, np.float32)  # the product's rounded input

    @classmethod
    def upload(cls, tensors: Mapping[str, Any], eps: float) -> GpuOutputHead:
        """`output.weight`, or the tied `token_embd.weight` when the file has no separate head."""
        head = tensors.get("output.weight")
        if head is None:
            head = tensors["token_embd.weight"]
        return cls(device.upload_vector(tensors["output_norm.weight"]), device.upload_matrix(head), eps)

    def logits_device(self, x: Any) -> Any:
        """Logits for a device hidden-state buffer [n, n_embd] (n <= chunk)."""
        n = x.shape[0]
        xn, out = self._xn[:n], self._logits[:n]
        K.rmsnorm(x, self.norm, self.eps, xn)
        matmul(self.weight, xn, out, self._xr)
        return out

    def logits(self, hidden: np.ndarray) -> np.ndarray:
        """Logits [n, vocab] for host hidden states (chunked)."""
        cuda = device.cuda_module()
        chunk = self._xn.shape[0]
        out = np.empty((hidden.shape[0], self.weight.rows), dtype=np.float32)
        for a in range(0, hidden.shape[0], chunk):
            x = cuda.to_device(np.ascontiguousarray(hidden[a : a + chunk], dtype=np.float32))
            out[a : a + x.shape[0]] = self.logits_device(x).copy_to_host()
        return out
