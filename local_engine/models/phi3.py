"""phi3 (Phi-3, Phi-3.5, Phi-4-mini): fused `attn_qkv` (q|k|v rows) and fused `ffn_up` (gate rows
then up rows, SwiGLU), NEOX RoPE, and LongRoPE as llama.cpp applies it: per-dimension frequency
factors `rope_factors_short` (or `rope_factors_long` when the context exceeds
`rope.scaling.original_context_length`), and `rope.scaling.attn_factor` multiplying q and k
(ggml_rope_ext's mscale). llama.cpp disables Phi-3's sliding window (full attention), as we do.
"""

from __future__ import annotations

from local_engine.models.arch import ArchSpec

ARCHS = (ArchSpec("phi3", rope_neox=True, fused_qkv=True, fused_gate_up=True, longrope=True, gpu=False),)
