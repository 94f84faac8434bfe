"""GPU layers (under numba's CUDA simulator) against a float64 numpy reference of the same block.

A tiny synthetic llama GGUF (written with gguf.GGUFWriter, opened with GGUFFile) is split at
every possible n_gpu_layers — including the output head on the GPU — and must produce the
CPU-only greedy tokens. A gemma3-style block (q/k norms, post norms, GeGLU, NEOX RoPE,
sliding window) is checked layer-for-layer, and a qwen2-style one (biases) with two sequences
batched in one call.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from gguf import GGMLQuantizationType, GGUFWriter
from gguf.quants import quantize as gguf_quantize
from test_gpu_kernels import random_blocks, ref_attention, ref_rmsnorm, ref_rope
from test_gpu_sim import fast_thread_switching, require_simulator  # noqa: F401

from local_engine.gguf_file import GGUFFile
from local_engine.gpu import device
from local_engine.gpu.layers import GpuLayerStack, LayerSpec, layer_specs_from_gguf
from local_engine.gpu.offload import GpuOffload
from local_engine.quants import QuantTensor, dequantize

pytestmark = require_simulator
T = GGMLQuantizationType

LLAMA = LayerSpec(n_embd=32, n_heads=2, n_kv_heads=1, head_dim=16, n_ff=64, eps=1e-5, rope_theta=10000.0, rope_neox=False)
N_LAYERS, VOCAB = 2, 80
LAYER_TYPES = (T.Q4_1, T.Q8_0)  # SmolLM2's two types, one per layer


def ref_layer(spec: LayerSpec, w: dict[str, np.ndarray], x: np.ndarray, pos: np.ndarray, kv: dict[str, np.ndarray]) -> np.ndarray:
    """One block in float64 numpy; kv holds the sequence's K/V [n_ctx, KVH, D], updated in place."""
    H, KVH, D, n = spec.n_heads, spec.n_kv_heads, spec.head_dim, x.shape[0]
    xn = ref_rmsnorm(x, w["attn_norm"], spec.eps)
    q, k, v = (xn @ w[name].T + w.get(name + ".bias", 0) for name in ("attn_q", "attn_k", "attn_v"))
    q, k, v = q.reshape(n, H, D), k.reshape(n, KVH, D), v.reshape(n, KVH, D)
    if "attn_q_norm" in w:
        q, k = ref_rmsnorm(q, w["attn_q_norm"], spec.eps), ref_rmsnorm(k, w["attn_k_norm"], spec.eps)
    n_rot = spec.n_rot or D
    q = ref_rope(q, pos, n_rot, spec.rope_theta, spec.rope_freq_scale, spec.rope_neox)
    k = ref_rope(k, pos, n_rot, spec.rope_theta, spec.rope_freq_scale, spec.rope_neox)
    kv["k"][pos], kv["v"][pos] = k, v
    att = np.stack([ref_attention(q[t], kv["k"], kv["v"], int(pos[t]), spec.sliding_window, spec.scale) for t in range(n)])
    o = att.reshape(n, H * D) @ w["attn_output"].T
    if "post_attention_norm" in w:
        o = ref_rmsnorm(o, w["post_attention_norm"], spec.eps)
    x = x + o
    xn = ref_rmsnorm(x, w["ffn_norm"], spec.eps)
    g, u = xn @ w["ffn_gate"].T, xn @ w["ffn_up"].T
    if spec.act == "silu":
        a = g / (1 + np.exp(-g))
    else:
        a = 0.5 * g * (1 + np.tanh(np.sqrt(2 / np.pi) * (g + 0.044715 * g**3)))
    o = (a * u) @ w["ffn_down"].T
    if "post_ffw_norm" in w:
        o = ref_rmsnorm(o, w["post_ffw_norm"], spec.eps)
    return x + o


def layer_weights(tensors: dict[str, QuantTensor], i: int) -> dict[str, np.ndarray]:
    """blk.i.* dequantized to float64, keyed by the short name (bias keys end in '.bias')."""
    out = {}
    for name, t in tensors.items():
        if name.startswith(f"blk.{i}."):
            short = name[len(f"blk.{i}.") :].removesuffix(".weight")
            out[short] = dequantize(t).astype(np.float64)
    return out


def write_tiny_llama(path: Path, rng: np.random.Generator) -> None:
    """A 2-layer llama GGUF with Q4_1 / Q8_0 matrices, F32 norms and a tied Q8_0 embedding."""
    s = LLAMA
    w = GGUFWriter(str(path), "llama")
    w.add_block_count(N_LAYERS)
    w.add_context_length(64)
    w.add_embedding_length(s.n_embd)
    w.add_feed_forward_length(s.n_ff)
    w.add_head_count(s.n_heads)
    w.add_head_count_kv(s.n_kv_heads)
    w.add_layer_norm_rms_eps(s.eps)
    w.add_rope_freq_base(s.rope_theta)

    def mat(name: str, rows: int, cols: int, t: GGMLQuantizationType) -> None:
        data = (rng.standard_normal((rows, cols)) / np.sqrt(cols)).astype(np.float32)
        w.add_tensor(name, gguf_quantize(data, t), raw_dtype=t)

    def norm(name: str) -> None:
        w.add_tensor(name, (1 + 0.1 * rng.standard_normal(s.n_embd)).astype(np.float32))

    mat("token_embd.weight", VOCAB, s.n_embd, T.Q8_0)
    q, kv = s.n_heads * s.head_dim, s.n_kv_heads * s.head_dim
    for i, t in enumerate(LAYER_TYPES):
        norm(f"blk.{i}.attn_norm.weight")
        for name, rows, cols in (("attn_q", q, s.n_embd), ("attn_k", kv, s.n_embd), ("attn_v", kv, s.n_embd),
                                 ("attn_output", s.n_embd, q), ("ffn_gate", s.n_ff, s.n_embd),
                                 ("ffn_up", s.n_ff, s.n_embd), ("ffn_down", s.n_embd, s.n_ff)):
            mat(f"blk.{i}.{name}.weight", rows, cols, t)
        norm(f"blk.{i}.ffn_norm.weight")
    norm("output_norm.weight")
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> GGUFFile:
    path = tmp_path_factory.mktemp("gpu") / "tiny-llama.gguf"
    write_tiny_llama(path, np.random.default_rng(7))
    return GGUFFile.open(path)


@pytest.fixture(autouse=True)
def offload_onto_the_simulator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(device.SIMULATOR_ENV, "1")


class HybridRunner:
    """Greedy decoding: numpy reference layers on the CPU, GpuOffload (planned from the GGUF) for the rest."""

    def __init__(self, g: GGUFFile, n_gpu_layers: int, n_ctx: int = 16, chunk: int = 256):
        self.t = g.tensors
        self.offload = GpuOffload.load(g, n_gpu_layers, n_ctx)
        self.first = self.offload.first_gpu_layer
        assert self.first == N_LAYERS - min(n_gpu_layers, N_LAYERS)
        self.ref_w = [layer_weights(self.t, i) for i in range(self.first)]
        shape = (n_ctx, LLAMA.n_kv_heads, LLAMA.head_dim)
        self.kv = [{"k": np.zeros(shape), "v": np.zeros(shape)} for _ in range(self.first)]
        self.embd = dequantize(self.t["token_embd.weight"]).astype(np.float64)
        if self.offload.stack is not None:
            self.offload.stack.chunk = chunk

    def step(self, tokens: list[int], start: int) -> np.ndarray:
        pos = np.arange(start, start + len(tokens))
        x = self.embd[tokens]
        for i in range(self.first):
            x = ref_layer(LLAMA, self.ref_w[i], x, pos, self.kv[i])
        x = self.offload.run_layers(x.astype(np.float32), pos).astype(np.float64)
        if self.offload.head_on_gpu:
            return self.offload.logits(x[-1:].astype(np.float32))[0]
        xn = ref_rmsnorm(x, dequantize(self.t["output_norm.weight"]), LLAMA.eps)
        return (xn @ self.embd.T)[-1]

    def generate(self, prompt: list[int], n: int) -> tuple[list[int], np.ndarray]:
        logits = self.step(prompt, 0)
        out, all_logits = [], [logits]
        for i in range(n):
            out.append(int(np.argmax(logits)))
            if i + 1 < n:
                logits = self.step([out[-1]], len(prompt) + i)
                all_logits.append(logits)
        return out, np.stack(all_logits)


def test_specs_from_the_gguf_metadata_match_the_reference_spec(tiny_llama: GGUFFile) -> None:
    specs = layer_specs_from_gguf(tiny_llama)
    assert specs == [replace(LLAMA, n_rot=16, eps=specs[0].eps)] * N_LAYERS
    assert abs(specs[0].eps - LLAMA.eps) < 1e-9


@pytest.mark.slow
def test_every_n_gpu_layers_split_gives_the_cpu_greedy_tokens(tiny_llama: GGUFFile) -> None:
    prompt = [3, 17, 42]
    cpu_tokens, cpu_logits = HybridRunner(tiny_llama, 0).generate(prompt, 2)
    for n_gpu in range(1, N_LAYERS + 2):  # N_LAYERS + 1: the output head on the GPU too
        tokens, logits = HybridRunner(tiny_llama, n_gpu).generate(prompt, 2)
        assert tokens == cpu_tokens, f"n_gpu_layers={n_gpu}"
        assert np.allclose(logits, cpu_logits, rtol=1e-3, atol=1e-3), f"n_gpu_layers={n_gpu}"


def test_long_prompt_is_chunked_through_the_device_buffers(tiny_llama: GGUFFile) -> None:
    """A prompt longer than the device chunk runs in pieces; the KV cache carries across them."""
    prompt = [5, 6, 7]
    whole = HybridRunner(tiny_llama, 1).step(prompt, 0)
    chunked = HybridRunner(tiny_llama, 1, chunk=2).step(prompt, 0)
    assert np.allclose(whole, chunked, rtol=1e-5, atol=1e-5)


GEMMA = LayerSpec(
    n_embd=64, n_heads=2, n_kv_heads=1, head_dim=16, n_ff=64, eps=1e-6, rope_theta=10000.0, rope_neox=True,
    act="gelu", sliding_window=2, attn_scale=0.2,
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
    assert np.allclose(k_dev, kv["k"][:4], rtol=1e-4, atol=1e-4)


def test_qwen2_style_biases_and_batched_slots() -> None:
    """q/k/v biases are added, and two sequences batched in one call match separate runs."""
    rng = np.random.default_rng(12)
    spec = replace(LLAMA, rope_neox=True)
    q, kv, e, ff = spec.n_heads * spec.head_dim, spec.n_kv_heads * spec.head_dim, spec.n_embd, spec.n_ff
    tensors: dict[str, QuantTensor] = {}
    for name, rows, cols in (("attn_q", q, e), ("attn_k", kv, e), ("attn_v", kv, e), ("attn_output", e, q),
                             ("ffn_gate", ff, e), ("ffn_up", ff, e), ("ffn_down", e, ff)):
        raw = gguf_quantize((rng.standard_normal((rows, cols)) / 8).astype(np.float32), T.Q8_0)
        tensors[f"blk.0.{name}.weight"] = QuantTensor(name, T.Q8_0, (rows, cols), raw)
    for name, n in (("attn_norm.weight", e), ("ffn_norm.weight", e), ("attn_q.bias", q), ("attn_k.bias", kv), ("attn_v.bias", kv)):
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
