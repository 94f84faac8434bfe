"""llama (SmolLM2, Llama 2/3, TinyLlama, Mistral) and its small variations: RMSNorm, RoPE on
interleaved pairs, GQA, SwiGLU.

llama.cpp's converter permutes Q/K rows of llama checkpoints so that RoPE rotates adjacent
pairs (LLAMA_ROPE_TYPE_NORM). Llama 3.1-style frequency factors come as `rope_freqs.weight`
(read for every architecture by the builder). Optional o-projection biases are picked up too.
  smollm3: llama blocks where every 4th layer has no RoPE (llama.cpp's n_no_rope_layer_step = 4,
           which no GGUF key carries).
  granite: llama blocks with four multipliers from the file: embeddings x embedding_scale, each
           residual branch x residual_scale, attention.scale instead of 1/sqrt(head_dim), logits /
           logit_scale (llama.cpp `llm_build_granite`).
"""

from __future__ import annotations

from local_engine.models.arch import ArchSpec

ARCHS = (
    ArchSpec("llama", rope_neox=False),
    ArchSpec("smollm3", rope_neox=False, nope_period=4, gpu=False),
    ArchSpec("granite", rope_neox=False, multipliers=True, gpu=False),
)
