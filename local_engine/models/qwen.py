"""qwen2 (q/k/v biases), qwen3 (per-head QK RMSNorm) and qwen3moe (qwen3 attention, routed
experts): llama blocks with NEOX RoPE (rotating halves).

qwen3moe's FFN is a mixture of experts as llama.cpp builds it (`build_moe_ffn` with softmax
gating, top `expert_used_count`, weights renormalised to sum 1): `ffn_gate_inp` scores the
experts, and only the chosen experts' weights are read (each expert is repacked on first use).
"""

from __future__ import annotations

from local_engine.models.arch import ArchSpec

ARCHS = (
    ArchSpec("qwen2", rope_neox=True, qkv_bias=True),
    ArchSpec("qwen3", rope_neox=True, qk_norm=True),
    ArchSpec("qwen3moe", rope_neox=True, qk_norm=True, moe=True, gpu=False),
)
