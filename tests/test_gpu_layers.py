"""GPU layers (under numba's CUDA simulator, in test_gpu_sim.py's child process) against a
float64 numpy reference of the same block: a gemma3-style block (QK-norm, post norms, GeGLU,
NEOX RoPE, sliding window) over prefill and decode, and a qwen2-style one (q/k/v/o biases)
with two sequences batched in one call. Whole models at every split: test_gpu_engine.py.
"""

from __future__ import annotations

from test_gpu_sim import sim_only

sim_only()

from dataclasses import replace  # noqa: E402

import numpy as np  # noqa: E402
from gguf import GGMLQuantizationType  # noqa: E402
from gguf.quants import quantize as gguf_quantize  # noqa: E402
from test_gpu_kernels import random_blocks, ref_attention, ref_rmsnorm, ref_rope  # noqa: E402

from local_engine.gpu.layers import GpuLayerStack  # noqa: E402
from local_engine.gpu.spec import LayerSpec, rope_inv_freq  # noqa: E402
from local_engine.testing.reference import Weight, product  # noqa: E402
from local_engine.quants import FORMS, QuantTensor, dequantize  # noqa: E402

T = GGMLQuantizationType
LLAMA = LayerSpec(
    n_embd=32, n_heads=2, n_kv_heads=1, head_dim=16, n_ff=64, eps=1e-5, inv_freq=rope_inv_freq(16, 10000.0), rope_neox=False
)


def ref_layer(spec: LayerSpec, w: dict[str, np.ndarray], x: np.ndarray, pos: np.ndarray, kv: dict[str, np.ndarray]) -> np.ndarray:
    """One block in float64 numpy; kv holds the sequence's K/V [n_ctx, KVH, D], updated in place
    with the values rounded to f16, as the KV cache (CPU pool and device) stores them."""
    H, KVH, D, n = spec.n_heads, spec.n_kv_heads, spec.head_dim, x.shape[0]
    xn = ref_rmsnorm(x, w["attn_norm"], spec.eps)
    q, k, v = (product(xn, w[name]) + w.get(name + ".bias", 0) for name in ("attn_q", "attn_k", "attn_v"))
    q, k, v = q.reshape(n, H, D), k.reshape(n, KVH, D), v.reshape(n, KVH, D)
    if "attn_q_norm" in w:
        q, k = ref_rmsnorm(q, w["attn_q_norm"], spec.eps), ref_rmsnorm(k, w["attn_k_norm"], spec.eps)
    q = ref_rope(q, pos, spec.inv_freq, spec.rope_neox).astype(np.float64)
    k = ref_rope(k, pos, spec.inv_freq, spec.rope_neox).astype(np.float64)
    kv["k"][pos], kv["v"][pos] = k.astype(np.float16), v.astype(np.float16)
    att = np.stack([ref_attention(q[t], kv["k"], kv["v"], int(pos[t]), spec.sliding_window, spec.scale) for t in range(n)])
    o = product(att.reshape(n, H * D), w["attn_output"]) + w.get("attn_output.bias", 0)
    if "post_attention_norm" in w:
        o = ref_rmsnorm(o, w["post_attention_norm"], spec.eps)
    x = x + o
    xn = ref_rmsnorm(x, w["ffn_norm"], spec.eps)
    g, u = product(xn, w["ffn_gate"]), product(xn, w["ffn_up"])
    if spec.act == "silu":
        a = g / (1 + np.exp(-g))
    else:
        a = 0.5 * g * (1 + np.tanh(np.sqrt(2 / np.pi) * (g + 0.044715 * g**3)))
    o = product(a * u, w["ffn_down"])
    if "post_ffw_norm" in w:
        o = ref_rmsnorm(o, w["post_ffw_norm"], spec.eps)
    return x + o


def layer_weights(tensors: dict[str, QuantTensor], i: int) -> dict[str, np.ndarray]:
    """blk.i.* dequantized to float64, keyed by the short name (bias keys end in '.bias'); matrices
    carry the activation block their products round inputs to (see reference.product)."""
    out = {}
    for name, t in tensors.items():
        if name.startswith(f"blk.{i}."):
            short = name[len(f"blk.{i}.") :].removesuffix(".weight")
            arr = dequantize(t).astype(np.float64).view(Weight)
            arr.act_block = FORMS[t.ggml_type].act_block if t.ggml_type in FORMS else 0
            out[short] = arr
    return out


GEMMA = LayerSpec(
    n_embd=64, n_heads=2, n_kv_heads=1, head_dim=16, n_ff=64, eps=1e-6, inv_freq=rope_inv_freq(16, 10000.0),
    rope_neox=True, act="gelu", sliding_window=2, attn_scale=0.2,
)


def gemma_layer_tensors(rng: np.random.Generator) -> dict[str, QuantTensor]:
    """One gemma3-style block on Gemma 3 270M's legacy types (K-quants need 256 columns, which the
    simulator makes slow; test_gpu_kernels covers them)."""
    s = GEMMA
    q, kv = s.n_heads * s.head_dim, s.n_kv_heads * s.head_dim
    mats = {"attn_q": (q, s.n_embd, T.Q5_0), "attn_k": (kv, s.n_embd, T.Q8_0), "attn_v": (kv, s.n_embd, T.Q5_0),
            "attn_output": (s.n_embd, q, T.Q5_0), "ffn_gate": (s.n_ff, s.n_embd, T.Q8_0),
            "ffn_up": (s.n_ff, s.n_embd, T.Q5_0), "ffn_down": (s.n_embd, s.n_ff, T.Q8_0)}
    out = {}
    for name, (rows, cols, t) in mats.items():
        out[f"blk.0.{name}.weight"] = QuantTensor(name, t, (rows, cols), random_blocks(t, rows, cols, rng))
    norms = {"attn_norm": s.n_embd, "ffn_norm": s.n_embd, "post_attention_norm": s.n_embd, "post_ffw_norm": s.n_embd,
             "attn_q_norm": s.head_dim, "attn_k_norm": s.head_dim}
    for name, n in norms.items():
        data = (1 + 0.1 * rng.standard_normal(n)).astype(np.float32).view(np.uint8)
        out[f"blk.0.{name}.weight"] = QuantTensor(name, T.F32, (n,), data)
    return out


def test_gemma3_style_block_matches_numpy_over_prefill_and_decode() -> None:
    rng = np.random.default_rng(11)
    tensors = gemma_layer_tensors(rng)
    stack = GpuLayerStack.upload(tensors, [GEMMA], 0, n_ctx=8)
    w = layer_weights(tensors, 0)
    kv = {"k": np.zeros((8, 1, 16)), "v": np.zeros((8, 1, 16))}
    x = rng.standard_normal((4, GEMMA.n_embd)).astype(np.float32)
    for pos in (np.arange(3), np.array([3])):  # prefill 3 tokens, then one decode step
        got = stack.forward(x[pos], pos)
        ref = ref_layer(GEMMA, w, x[pos].astype(np.float64), pos, kv)
        assert np.allclose(got, ref, rtol=1e-3, atol=1e-3)
    k_dev, _ = stack.kv[0].to_host(0, 4)
    assert np.allclose(k_dev, kv["k"][:4], rtol=1e-3, atol=1e-4)  # f16: a hair apart may round one step apart


def test_qwen2_style_biases_and_batched_slots() -> None:
    """q/k/v/output biases are added, and two sequences batched in one call match separate runs."""
    rng = np.random.default_rng(12)
    spec = replace(LLAMA, rope_neox=True)
    q, kv, e, ff = spec.n_heads * spec.head_dim, spec.n_kv_heads * spec.head_dim, spec.n_embd, spec.n_ff
    tensors: dict[str, QuantTensor] = {}
    for name, rows, cols in (("attn_q", q, e), ("attn_k", kv, e), ("attn_v", kv, e), ("attn_output", e, q),
                             ("ffn_gate", ff, e), ("ffn_up", ff, e), ("ffn_down", e, ff)):
        raw = gguf_quantize((rng.standard_normal((rows, cols)) / 8).astype(np.float32), T.Q8_0)
        tensors[f"blk.0.{name}.weight"] = QuantTensor(name, T.Q8_0, (rows, cols), raw)
    for name, n in (("attn_norm.weight", e), ("ffn_norm.weight", e), ("attn_q.bias", q), ("attn_k.bias", kv), ("attn_v.bias", kv), ("attn_output.bias", e)):
        tensors[f"blk.0.{name}"] = QuantTensor(name, T.F32, (n,), rng.standard_normal(n).astype(np.float32).view(np.uint8))
    w = layer_weights(tensors, 0)
    x = rng.standard_normal((4, e)).astype(np.float32)
    stack = GpuLayerStack.upload(tensors, [spec], 0, n_ctx=4, n_slots=2)
    # slot 0: tokens 0,1 at positions 0,1 ; slot 1: tokens 2,3 at positions 0,1 — interleaved in one batch
    got = stack.forward(x[[0, 2, 1, 3]], np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1]))
    for slot, rows in ((0, [0, 1]), (1, [2, 3])):
        kvr = {"k": np.zeros((4, spec.n_kv_heads, spec.head_dim)), "v": np.zeros((4, spec.n_kv_heads, spec.head_dim))}
        ref = ref_layer(spec, w, x[rows].astype(np.float64), np.arange(2), kvr)
        assert np.allclose(got[[slot, slot + 2]], ref, rtol=1e-3, atol=1e-3)
