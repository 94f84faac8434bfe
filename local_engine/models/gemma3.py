"""gemma3: scaled embeddings, QK-norm, pre+post norms around attention and FFN, GeGLU, and
sliding-window layers with their own RoPE base (every 6th layer global), following llama.cpp
(`llm_build_gemma3`, and the constants it hard-codes in `llama-model.cpp`).

The GGUF converter already adds 1 to gemma's norm weights, so norms use w as stored.
"""

from __future__ import annotations

import math

from local_engine.models.arch import ArchSpec


def _attn_scale(n_layers: int, n_embd: int, n_heads: int, head_dim: int) -> float:
    """1/sqrt(head_dim), except Gemma 3 27B (62 layers), which llama.cpp scales by 1/sqrt(n_embd/n_heads)."""
    return 1.0 / math.sqrt(n_embd / n_heads if n_layers == 62 else head_dim)


ARCHS = (
    ArchSpec(
        "gemma3",
        rope_neox=True,
        glu="gelu",
        qk_norm=True,
        post_norms=True,
        sliding_window=True,
        swa_period=6,  # llama.cpp: layer i slides unless i % 6 == 5
        swa_rope_base=10000.0,  # llama.cpp: rope_freq_base_train_swa
        embed_scale_sqrt=True,
        final_softcap=True,
        attn_scale=_attn_scale,
    ),
)
