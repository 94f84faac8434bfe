"""qwen2 (q/k/v biases) and qwen3 (per-head QK RMSNorm): llama blocks with NEOX RoPE (rotating halves)."""

from __future__ import annotations

from local_engine.models.config import ModelConfig
from local_engine.models.layers import Block
from local_engine.models.llama import build_block as llama_block
from local_engine.models.transformer import Tensors


def build_qwen2_block(t: Tensors, cfg: ModelConfig, i: int) -> Block:
    """Biases are picked up from `blk.i.attn_{q,k,v}.bias` by the llama builder."""
    return llama_block(t, cfg, i, neox=True)


def build_qwen3_block(t: Tensors, cfg: ModelConfig, i: int) -> Block:
    """QK-norm: RMSNorm over each head's dims of q and k, before RoPE."""
    return llama_block(t, cfg, i, neox=True, qk_norm=True)
