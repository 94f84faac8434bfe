"""What an architecture is, declared once: `ArchSpec`. Every consumer reads it, none re-decides it.

Why: a layer's structure (norms, attention variant, RoPE pairing, QK-norm, soft-capping,
sliding window, GLU kind, tensor names) used to be spelled out separately by the CPU builder,
the GPU stack, the float64 reference and the synthetic writer, and drifted. Now one file per
architecture family (llama.py, qwen.py, gemma3.py, phi3.py) declares an `ArchSpec`; `ModelConfig` applies the
per-layer rules (which layers slide, which RoPE base), `transformer.build_block` builds CPU
blocks, `gpu/spec.py` + `gpu/layers.py` the device layers, and `local_engine/testing` the
reference forward pass and the synthetic model files, all from it.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from local_engine.api import ModelLoadError

Glu = Literal["silu", "gelu"]  # SwiGLU (silu) or GeGLU (tanh-approximated gelu)


@dataclass(frozen=True)
class LayerTensors:
    """GGUF tensor names inside `blk.{i}.` (llama.cpp's names; weights `.weight`, biases `.bias`)."""

    attn_norm: str = "attn_norm"
    attn_q: str = "attn_q"
    attn_k: str = "attn_k"
    attn_v: str = "attn_v"
    attn_output: str = "attn_output"
    attn_q_norm: str = "attn_q_norm"
    attn_k_norm: str = "attn_k_norm"
    ffn_norm: str = "ffn_norm"
    ffn_gate: str = "ffn_gate"
    ffn_up: str = "ffn_up"
    ffn_down: str = "ffn_down"
    post_attn_norm: str = "post_attention_norm"
    post_ffn_norm: str = "post_ffw_norm"
    attn_qkv: str = "attn_qkv"  # fused q|k|v rows (phi3)
    ffn_gate_inp: str = "ffn_gate_inp"  # MoE router [n_expert, n_embd]
    ffn_gate_exps: str = "ffn_gate_exps"  # MoE experts, 3-D [n_expert, n_ff_exp, n_embd]
    ffn_up_exps: str = "ffn_up_exps"
    ffn_down_exps: str = "ffn_down_exps"


def default_attn_scale(n_layers: int, n_embd: int, n_heads: int, head_dim: int) -> float:
    """1/sqrt(head_dim)."""
    return 1.0 / math.sqrt(head_dim)


@dataclass(frozen=True)
class ArchSpec:
    """One decoder architecture: pre-norm blocks `x += [post](attn(norm(x)))`, `x += [post](glu(norm(x)))`."""

    name: str  # general.architecture
    rope_neox: bool  # RoPE rotates halves (i, i + n_rot/2) (llama.cpp NEOX), else pairs (2i, 2i+1)
    glu: Glu = "silu"
    qk_norm: bool = False  # RMSNorm over each head of q and k before RoPE
    qkv_bias: bool = False  # q/k/v projections carry biases
    post_norms: bool = False  # RMSNorm after attention and after the FFN, before the residual add
    sliding_window: bool = False  # reads {arch}.attention.sliding_window (and _pattern)
    swa_period: int = 0  # without a pattern in the file: every swa_period-th layer is global
    swa_rope_base: float = 10000.0  # RoPE base of sliding-window layers (unscaled), unless the file says
    embed_scale_sqrt: bool = False  # token embeddings multiplied by sqrt(n_embd)
    final_softcap: bool = False  # reads final_logit_softcapping (applied only without a window, as llama.cpp)
    attn_scale: Callable[[int, int, int, int], float] = default_attn_scale  # (layers, embd, heads, head_dim)
    tensors: LayerTensors = field(default_factory=LayerTensors)
    nope_period: int = 0  # every nope_period-th layer (1-based) has no RoPE (smollm3: llama.cpp hard-codes 4)
    multipliers: bool = False  # reads embedding_scale, residual_scale, attention.scale, logit_scale (granite)
    fused_qkv: bool = False  # one attn_qkv weight, rows q|k|v (phi3)
    fused_gate_up: bool = False  # ffn_up holds gate rows then up rows, no ffn_gate (phi3)
    longrope: bool = False  # rope_factors_short/long by context, rope.scaling.attn_factor on q and k (phi3)
    moe: bool = False  # routed experts (softmax, top expert_used_count, renormalised) instead of one FFN
    gpu: bool = True  # the GPU layers implement it (else offload is refused with a clear error)


# local_engine/models/<module>.py files that declare `ARCHS: tuple[ArchSpec, ...]`
ARCH_MODULES = ("llama", "qwen", "gemma3", "phi3")


@cache
def architectures() -> dict[str, ArchSpec]:
    """Every supported architecture by `general.architecture` name."""
    specs: dict[str, ArchSpec] = {}
    for module in ARCH_MODULES:
        for spec in importlib.import_module(f"local_engine.models.{module}").ARCHS:
            specs[spec.name] = spec
    return specs


def arch_spec(name: str) -> ArchSpec:
    """The declaration of `name`, or ModelLoadError naming the supported set."""
    specs = architectures()
    if name not in specs:
        raise ModelLoadError(f"unsupported architecture {name!r} (supported: {', '.join(sorted(specs))})")
    return specs[name]
