"""gemma3: scaled embeddings, QK-norm, pre+post norms around attention and FFN, GeGLU, and
sliding-window layers with their own RoPE base (every 6th layer global), following llama.cpp.

The GGUF converter already adds 1 to gemma's norm weights, so norms use w as stored.
"""

from __future__ import annotations

from local_engine.models.config import ModelConfig
from local_engine.models.layers import Attention, Block, GatedFFN, Linear, Projections, RMSNorm, Rope, gelu_tanh
from local_engine.models.transformer import Tensors


def build_block(t: Tensors, cfg: ModelConfig, i: int) -> Block:
    local = cfg.layer_is_local(i)
    rope = Rope(
        cfg.rope_dims,
        cfg.rope_base_swa if local else cfg.rope_base,
        1.0 if local else cfg.rope_freq_scale,
        neox=True,
    )
    eps = cfg.norm_eps
    attn = Attention(
        layer=i,
        qkv=Projections([t("attn_q"), t("attn_k"), t("attn_v")]),
        wo=Linear(t("attn_output")),
        rope=rope,
        n_heads=cfg.n_heads,
        n_kv_heads=cfg.n_kv_heads,
        head_dim=cfg.head_dim,
        head_dim_v=cfg.head_dim_v,
        scale=cfg.attn_scale,
        window=cfg.sliding_window if local else 0,
        q_norm=RMSNorm(t("attn_q_norm"), eps),
        k_norm=RMSNorm(t("attn_k_norm"), eps),
    )
    ffn = GatedFFN(t("ffn_gate"), t("ffn_up"), t("ffn_down"), gelu_tanh)
    return Block(
        RMSNorm(t("attn_norm"), eps),
        attn,
        RMSNorm(t("ffn_norm"), eps),
        ffn,
        post_attn=RMSNorm(t("post_attention_norm"), eps),
        post_ffn=RMSNorm(t("post_ffw_norm"), eps),
    )
