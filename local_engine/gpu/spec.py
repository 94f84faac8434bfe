"""Per-layer hyper-parameters of the GPU path, read from the architecture's declaration
(`cfg.spec`, an ArchSpec) and the per-layer rules of `ModelConfig` (`layer_rope`, `layer_window`)
that the CPU builder uses too, so a layer computes the same function wherever it runs.
No CUDA import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from local_engine.api import ModelLoadError
from local_engine.models.arch import LayerTensors
from local_engine.models.config import ModelConfig
from local_engine.models.layers import Rope
from local_engine.models.transformer import layer_rope

GpuAct = Literal["silu", "gelu"]


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
    tensors: LayerTensors = field(default_factory=LayerTensors)  # GGUF names inside blk.{i}.

    @property
    def n_rot(self) -> int:
        return 2 * len(self.inv_freq)

    @property
    def scale(self) -> float:
        return self.attn_scale or self.head_dim**-0.5


def rope_inv_freq(n_rot: int, base: float, freq_scale: float = 1.0, factors: Any = None) -> tuple[float, ...]:
    """The CPU `Rope`'s frequencies (one formula for both paths)."""
    return tuple(float(f) for f in Rope(n_rot, base, freq_scale, factors=factors).inv_freq)


def layer_specs(g: Any, cfg: ModelConfig | None = None) -> list[LayerSpec]:
    """A LayerSpec per layer of an opened GGUFFile (ModelLoadError for shapes the GPU path lacks)."""
    cfg = cfg or ModelConfig.from_metadata(g.metadata)
    if not cfg.spec.gpu:
        raise ModelLoadError(f"GPU offload is not implemented for the {cfg.arch} architecture "
                             "(its layers run on the CPU: use n_gpu_layers 0)")
    if cfg.head_dim_v != cfg.head_dim:
        raise ModelLoadError(f"GPU offload needs equal K/V head dims, {cfg.name} has {cfg.head_dim}/{cfg.head_dim_v}")
    specs = []
    for i in range(cfg.n_layers):
        rope = layer_rope(g, cfg, i)
        specs.append(
            LayerSpec(
                n_embd=cfg.n_embd,
                n_heads=cfg.n_heads,
                n_kv_heads=cfg.n_kv_heads,
                head_dim=cfg.head_dim,
                n_ff=cfg.n_ff,
                eps=cfg.norm_eps,
                inv_freq=tuple(float(f) for f in rope.inv_freq),
                rope_neox=rope.neox,
                act=cfg.spec.glu,
                sliding_window=cfg.layer_window(i),
                attn_scale=cfg.attn_scale,
                tensors=cfg.spec.tensors,
            )
        )
    return specs
