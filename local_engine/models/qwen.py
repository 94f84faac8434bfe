"""qwen2 (q/k/v biases) and qwen3 (per-head QK RMSNorm): llama blocks with NEOX RoPE (rotating halves)."""

from __future__ import annotations

from local_engine.models.arch import ArchSpec

ARCHS = (
    ArchSpec("qwen2", rope_neox=True, qkv_bias=True),
    ArchSpec("qwen3", rope_neox=True, qk_norm=True),
)
