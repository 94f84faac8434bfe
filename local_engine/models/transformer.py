"""The decoder stack every supported architecture shares: embed -> blocks -> norm -> head.

Architecture files (llama.py, qwen.py, gemma3.py) only declare an `ArchSpec`; `build_block`
turns it into CPU blocks. This module also owns tensor lookup, the output head (tied or
separate) and the pass.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from local_engine.api import ModelLoadError
from local_engine.gguf_file import GGUFFile
from local_engine.models.batch import Batch, PromptScores
from local_engine.models.config import ModelConfig
from local_engine.models.decode import DecodePlan
from local_engine.models.layers import (
    THREADED_GLU_ROWS,
    Attention,
    Block,
    GatedFFN,
    Linear,
    MoEFFN,
    Op,
    Projections,
    RMSNorm,
    Rope,
    gelu_tanh,
    identity,
    silu,
)
from local_engine.quants import (
    FLOAT_TYPES,
    NormedProducts,
    QuantTensor,
    dequantize,
    dequantize_rows,
    matmul,
    normed_products,
)
from local_engine.sampler import token_logprobs

# Logits held at once while scoring prompt rows (echo + logprobs): 16 MB of float32, i.e. 85 rows
# of SmolLM2's 49k vocabulary or 16 of Gemma 3's 262k; the head's weights are read once per block.
SCORE_BLOCK_LOGITS = 1 << 22


class Tensors:
    """Named tensor lookup with the file's error messages; `layer(i)` prefixes `blk.{i}.`."""

    def __init__(self, g: GGUFFile, prefix: str = "") -> None:
        self.g, self.prefix = g, prefix

    def layer(self, i: int) -> Tensors:
        return Tensors(self.g, f"blk.{i}.")

    def __call__(self, name: str) -> QuantTensor:
        return self.g.tensor(f"{self.prefix}{name}.weight")

    def optional(self, name: str, suffix: str = "weight") -> QuantTensor | None:
        return self.g.tensors.get(f"{self.prefix}{name}.{suffix}")

    def bias(self, name: str) -> QuantTensor | None:
        return self.optional(name, "bias")


def layer_rope(g: GGUFFile, cfg: ModelConfig, layer: int) -> Rope:
    """RoPE of `layer` (the same object shape for the CPU block and the GPU layer's frequencies)."""
    base, freq_scale, with_factors = cfg.layer_rope(layer)
    n_rot = cfg.layer_rope_dims(layer)
    factors = g.tensors.get(cfg.rope_factors) if with_factors and n_rot else None
    f = dequantize(factors).reshape(-1).astype(np.float64) if factors is not None else None
    return Rope(n_rot, base, freq_scale, neox=cfg.spec.rope_neox, factors=f)


def build_block(t: Tensors, cfg: ModelConfig, i: int) -> Block:
    """CPU block `i` as the architecture declares it (`cfg.spec`)."""
    spec, names, eps = cfg.spec, cfg.spec.tensors, cfg.norm_eps
    norms = {"q_norm": RMSNorm(t(names.attn_q_norm), eps), "k_norm": RMSNorm(t(names.attn_k_norm), eps)} if spec.qk_norm else {}
    if spec.fused_qkv:
        sizes = [cfg.n_heads * cfg.head_dim, cfg.n_kv_heads * cfg.head_dim, cfg.n_kv_heads * cfg.head_dim_v]
        qkv = Projections([t(names.attn_qkv)], [t.bias(names.attn_qkv)], sizes=sizes)
    else:
        names_qkv = [names.attn_q, names.attn_k, names.attn_v]
        qkv = Projections([t(n) for n in names_qkv], [t.bias(n) for n in names_qkv])
    attn = Attention(
        layer=i,
        qkv=qkv,
        wo=Linear(t(names.attn_output), t.bias(names.attn_output)),
        rope=layer_rope(t.g, cfg, i),
        n_heads=cfg.n_heads,
        n_kv_heads=cfg.n_kv_heads,
        head_dim=cfg.head_dim,
        head_dim_v=cfg.head_dim_v,
        scale=cfg.attn_scale,
        window=cfg.layer_window(i),
        **norms,
    )
    act = gelu_tanh if spec.glu == "gelu" else silu
    ffn: Op
    if spec.moe:
        ffn = MoEFFN(t(names.ffn_gate_inp), t(names.ffn_gate_exps), t(names.ffn_up_exps), t(names.ffn_down_exps),
                     cfg.n_expert_used, act)
    elif spec.fused_gate_up:
        ffn = GatedFFN.fused(t(names.ffn_up), t(names.ffn_down), act)
    else:
        ffn = GatedFFN(t(names.ffn_gate), t(names.ffn_up), t(names.ffn_down), act)
    post = {"post_attn": RMSNorm(t(names.post_attn_norm), eps), "post_ffn": RMSNorm(t(names.post_ffn_norm), eps)} if spec.post_norms else {}
    return Block(RMSNorm(t(names.attn_norm), eps), attn, RMSNorm(t(names.ffn_norm), eps), ffn,
                 residual_scale=cfg.residual_scale, **post)


class Transformer:
    """A loaded model: `forward(batch)` -> float32 logits [len(batch.logit_rows), n_vocab].

    `blocks` are the layers run on the CPU; with GPU offload (`gpu`, a `GpuOffload`) the
    remaining trailing layers, and maybe the output head, run on the device after them.
    """

    def __init__(
        self,
        cfg: ModelConfig,
        embed: QuantTensor,
        blocks: list[Block],
        out_norm: RMSNorm,
        head: QuantTensor,
        logit_op: Op = identity,
        gpu: Any = None,
    ) -> None:
        self.cfg, self.embed, self.blocks, self.out_norm, self.head = cfg, embed, blocks, out_norm, head
        scale = np.float32(cfg.embed_scale)
        self._embed_op: Op = identity if cfg.embed_scale == 1.0 else (lambda x: x * scale)
        self.logit_op = logit_op
        self.gpu = gpu
        self._head_on_gpu = bool(gpu is not None and gpu.head_on_gpu)
        # the last block's region may run the output norm and head too (all CPU, integer head)
        self._head_input = NormedProducts(out_norm.w, out_norm.eps, (head,)) \
            if gpu is None and head.ggml_type not in FLOAT_TYPES else None
        # decode steps of a model the decode pass can run: every layer in one parallel region
        self._decode = DecodePlan.build(blocks, out_norm, head) if gpu is None else None

    def hidden(self, batch: Batch) -> np.ndarray:
        """Final hidden states [n_tokens, n_embd] before the output norm."""
        return self._layers(batch, None)[0]

    def _layers(self, batch: Batch, head: NormedProducts | None) -> tuple[np.ndarray, list[np.ndarray] | None]:
        """(final hidden states, `head`'s products of them if the last block's region ran them).

        Each block's region may run the next block's attention norm and q|k|v products
        (Block.step): one parallel region per layer boundary for decode rows, the first layer's
        q|k|v one region of their own (quants.normed_products)."""
        x = self._embed_op(dequantize_rows(self.embed, batch.tokens))
        first = self.blocks[0].attn_input if self.blocks else None
        ys = normed_products(x, first) if first is not None and x.shape[0] < THREADED_GLU_ROWS else None
        last = len(self.blocks) - 1
        for i, block in enumerate(self.blocks):
            x, ys = block.step(x, batch, ys, self.blocks[i + 1].attn_input if i < last else head)
        if self.gpu is not None:
            slots = batch.slots if batch.slots is not None else 0
            x = self.gpu.run_layers(x, batch.positions, slots)
        return x, ys

    def forward(self, batch: Batch) -> np.ndarray:
        """Run the batch, cache its keys/values, and return logits of `batch.logit_rows` (and fill
        in `batch.scores`, the prompt rows a sequence asked to score)."""
        if self._decode is not None and self._decode.applies(batch):
            logits = self.logit_op(self._decode.run(self._embed_op(dequantize_rows(self.embed, batch.tokens)), batch))
            batch.commit()
            return logits
        n = batch.n_tokens
        every_row = not batch.scores and batch.logit_rows.shape[0] == n and bool((batch.logit_rows == np.arange(n)).all())
        h, ys = self._layers(batch, self._head_input if every_row else None)
        logits = self.logit_op(ys[0]) if ys is not None else self.logits(h[batch.logit_rows])
        for score in batch.scores:
            self._score(h, score)
        batch.commit()
        return logits

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Final hidden states [n, n_embd] -> logits [n, n_vocab]: output norm, head, soft-cap."""
        out = self.gpu.logits(x) if self._head_on_gpu else matmul(self.head, self.out_norm(x))
        return self.logit_op(out)

    def _score(self, h: np.ndarray, score: PromptScores) -> None:
        """Logprobs of the tokens that follow `score.rows`: the head runs over a block of rows at a
        time and each block is reduced at once, so a long prompt never holds [n, n_vocab] logits."""
        step = max(1, SCORE_BLOCK_LOGITS // self.cfg.n_vocab)
        parts = [token_logprobs(self.logits(h[score.rows[i : i + step]]), score.targets[i : i + step], score.n_top)
                 for i in range(0, len(score.rows), step)]
        score.logprobs, score.top_ids, score.top_logprobs = (np.concatenate(p) for p in zip(*parts))


def softcap(cap: float) -> Op:
    """cap * tanh(x / cap) (gemma's final logit soft-capping)."""
    c = np.float32(cap)
    return lambda x: np.tanh(x / c) * c


def scale_logits(logit_scale: float) -> Op:
    """x / logit_scale as llama.cpp computes it: ggml_scale(x, 1 / logit_scale) (granite)."""
    inv = np.float32(1.0 / logit_scale)
    return lambda x: x * inv


def build_transformer(g: GGUFFile, cfg: ModelConfig, gpu: Any = None) -> Transformer:
    """Assemble the stack; a separate `output.weight` if present, else the tied token embedding.

    With `gpu` (a GpuOffload) only the layers before `gpu.first_gpu_layer` are built for the CPU."""
    t = Tensors(g)
    embed = t("token_embd")
    if embed.shape != (cfg.n_vocab, cfg.n_embd):
        raise ModelLoadError(
            f"{g.path}: token_embd is {embed.shape}, metadata says vocab {cfg.n_vocab} x embd {cfg.n_embd}"
        )
    head = t.optional("output")
    head = embed if head is None else head
    n_cpu = cfg.n_layers if gpu is None else gpu.first_gpu_layer
    blocks = [build_block(t.layer(i), cfg, i) for i in range(n_cpu)]
    logit_op = softcap(cfg.final_logit_softcap) if cfg.final_logit_softcap > 0 else identity
    if cfg.logit_scale != 1.0:  # granite (no architecture has both a softcap and a logit scale)
        logit_op = scale_logits(cfg.logit_scale)
    return Transformer(cfg, embed, blocks, RMSNorm(t("output_norm"), cfg.norm_eps), head, logit_op, gpu)
