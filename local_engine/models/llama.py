"""llama (SmolLM2, Llama 2/3, TinyLlama, Mistral): RMSNorm, RoPE on interleaved pairs, GQA, SwiGLU.

llama.cpp's converter permutes Q/K rows of llama checkpoints so that RoPE rotates adjacent
pairs (LLAMA_ROPE_TYPE_NORM). Llama 3.1-style frequency factors come as `rope_freqs.weight`
(read for every architecture by the builder). Optional o-projection biases are picked up too.
"""

from __future__ import annotations

from local_engine.models.arch import ArchSpec

ARCHS = (ArchSpec("llama", rope_neox=False),)
