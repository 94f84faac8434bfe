"""llama (SmolLM2, Llama 2/3, TinyLlama, Mistral): RMSNorm, RoPE on interleaved pairs, GQA, SwiGLU.

llama.cpp's converter permutes Q/K rows of llama checkpoints so that RoPE rotates adjacent
pairs (LLAMA_ROPE_TYPE_NORM). Llama 3.1-style frequency factors come as `rope_freqs.weight`.
"""

from __future__ import annotations

from local_engine.models.config import ModelConfig
from local_engine.models.layers import Attention, Block, GatedFFN, Linear, Projections, RMSNorm, Rope, silu
from local_engine.models.transformer import Tensors
from local_engine.quants import dequantize


def llama_rope(t: Tensors, cfg: ModelConfig, neox: bool) -> Rope:
    """The (global) RoPE of a llama-family model, with per-dimension factors when the file has them."""
    factors = t.g.tensors.get("rope_freqs.weight")
    f = dequantize(factors).reshape(-1).astype("float64") if factors is not None else None
    return Rope(cfg.rope_dims, cfg.rope_base, cfg.rope_freq_scale, neox=neox, factors=f)


def build_block(t: Tensors, cfg: ModelConfig, i: int, neox: bool = False, qk_norm: bool = False) -> Block:
    """One llama-family block; qwen.py reuses it with NEOX RoPE, q/k/v biases and QK-norm."""
    q_norm = RMSNorm(t("attn_q_norm"), cfg.norm_eps) if qk_norm else None
    k_norm = RMSNorm(t("attn_k_norm"), cfg.norm_eps) if qk_norm else None
    attn = Attention(
        layer=i,
        qkv=Projections([t("attn_q"), t("attn_k"), t("attn_v")], [t.bias("attn_q"), t.bias("attn_k"), t.bias("attn_v")]),
        wo=Linear(t("attn_output"), t.bias("attn_output")),
        rope=llama_rope(Tensors(t.g), cfg, neox),
        n_heads=cfg.n_heads,
        n_kv_heads=cfg.n_kv_heads,
        head_dim=cfg.head_dim,
        head_dim_v=cfg.head_dim_v,
        scale=cfg.attn_scale,
        **({"q_norm": q_norm, "k_norm": k_norm} if qk_norm else {}),
    )
    ffn = GatedFFN(t("ffn_gate"), t("ffn_up"), t("ffn_down"), silu)
    return Block(RMSNorm(t("attn_norm"), cfg.norm_eps), attn, RMSNorm(t("ffn_norm"), cfg.norm_eps), ffn)
