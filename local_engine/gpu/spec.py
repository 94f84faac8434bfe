"""Per-layer hyper-parameters of the GPU path, derived from the same `ModelConfig` and `Rope`
the CPU blocks use, so a layer computes the same function wherever it runs (no CUDA import).

The CPU builders (models/llama.py, qwen.py, gemma3.py) decide per layer: RoPE pairing and
frequencies (incl. llama 3.1 `rope_freqs` factors and gemma3's local base), sliding window,
attention scale and activation. `layer_specs` mirrors exactly those decisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from local_engine.api import ModelLoadError
from local_engine.models.config import ModelConfig
from local_engine.models.layers import Rope

GpuAct = Literal["silu", "gelu"]
_GELU_ARCHS = frozenset({"gemma3"})  # GeGLU (tanh GELU); the others use SwiGLU


@dataclass(frozen=True)
class LayerSpec:
    """One block's shapes and constants as the device kernels need them."""

    n_embd: int
    n_heads: int
    n_kv_heads: int
    head_dim: int
    n_ff: int
    eps: float
    inv_freq: tuple[float, ...]  # RoPE angle per position of each rotated pair (n_rot / 2 values)
    rope_neox: bool  # pairs (i, i + n_rot/2) (qwen, gemma) instead of (2i, 2i+1) (llama GGUFs)
    act: GpuAct = "silu"
    sliding_window: int = 0  # 0: full causal attention
    attn_scale: float = 0.0  # 0 means 1/sqrt(head_dim)

    @property
    def n_rot(self) -> int:
        return 2 * len(self.inv_freq)

    @property
    def scale(self) -> float:
        return self.attn_scale or self.head_dim**-0.5


def rope_inv_freq(n_rot: int, base: float, freq_scale: float = 1.0, factors: Any = None) -> tuple[float, ...]:
    """The CPU `Rope`'s frequencies (one formula for both paths)."""
    return tuple(float(f) for f in Rope(n_rot, base, freq_scale, factors=factors).inv_freq)


def _layer_rope(g: Any, cfg: ModelConfig, layer: int) -> tuple[tuple[float, ...], bool]:
    """(inv_freq, neox) of one layer, as the architecture's CPU builder chooses them."""
    if cfg.arch == "gemma3":  # gemma3.build_block: local layers use rope_base_swa without scaling
        local = cfg.layer_is_local(layer)
        base = cfg.rope_base_swa if local else cfg.rope_base
        return rope_inv_freq(cfg.rope_dims, base, 1.0 if local else cfg.rope_freq_scale), True
    from local_engine.models.llama import llama_rope
    from local_engine.models.transformer import Tensors

    rope = llama_rope(Tensors(g), cfg, neox=cfg.arch != "llama")
    return tuple(float(f) for f in rope.inv_freq), cfg.arch != "llama"


def layer_specs(g: Any, cfg: ModelConfig | None = None) -> list[LayerSpec]:
    """A LayerSpec per layer of an opened GGUFFile (ModelLoadError for shapes the GPU path lacks)."""
    cfg = cfg or ModelConfig.from_metadata(g.metadata)
    if cfg.head_dim_v != cfg.head_dim:
        raise ModelLoadError(f"GPU offload needs equal K/V head dims, {cfg.name} has {cfg.head_dim}/{cfg.head_dim_v}")
    specs = []
    for i in range(cfg.n_layers):
        inv_freq, neox = _layer_rope(g, cfg, i)
        specs.append(
            LayerSpec(
                n_embd=cfg.n_embd,
                n_heads=cfg.n_heads,
                n_kv_heads=cfg.n_kv_heads,
                head_dim=cfg.head_dim,
                n_ff=cfg.n_ff,
                eps=cfg.norm_eps,
                inv_freq=inv_freq,
                rope_neox=neox,
                act="gelu" if cfg.arch in _GELU_ARCHS else "silu",
                sliding_window=cfg.sliding_window if cfg.layer_is_local(i) else 0,
                attn_scale=cfg.attn_scale,
            )
        )
    return specs
