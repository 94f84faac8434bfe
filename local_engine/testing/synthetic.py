"""Tiny random models of every supported architecture, written as real GGUF files (tests, benches).

Why: the engine must be checked against the numpy reference for each architecture, including
ones we have no real file of (qwen2, qwen3), and across every weight type. Which tensors a
block has comes from the architecture's `ArchSpec` (its tensor names, QK-norm, biases, post
norms), so a new architecture file is covered without touching this writer. The files carry a
small SentencePiece vocabulary (byte tokens + a few pieces) so `Engine.load` works on them.
Weights are random with controlled magnitudes so activations stay in a realistic range.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType, GGUFWriter
from gguf.quants import quantize

from local_engine.models.arch import arch_spec

T = GGMLQuantizationType
_QUANTIZABLE = frozenset({T.Q4_0, T.Q4_1, T.Q5_0, T.Q5_1, T.Q8_0})
# Random K-quant / IQ4 blocks: the f16 super-block scale d (byte offset, magnitude) that keeps the
# weights near std 0.05 like the other types
_D_SCALES: dict[GGMLQuantizationType, tuple[int, float]] = {
    T.Q4_K: (0, 2.5e-4), T.Q5_K: (0, 1.25e-4), T.Q6_K: (208, 3e-5), T.Q2_K: (80, 4.2e-3), T.Q3_K: (108, 9.5e-4),
    T.IQ4_NL: (0, 6e-4), T.IQ4_XS: (0, 3.3e-5),
}
# Types with a per-group min, w = d*sc*u - dmin*m: (byte offset of dmin, mean of u). Random mins would
# give every group of 16/32 columns a common offset: a low-rank pattern whose products grow layer
# after layer (measured: attention scores spanning ~1000 in a 4-layer model, where one f16 rounding
# reorders the keys). A real quantizer's min is near the group's lowest value, so the groups are
# centred: here m = sc and dmin = d * mean(u), i.e. w = d*sc*(u - mean(u)).
_MINS: dict[GGMLQuantizationType, tuple[int, float]] = {T.Q2_K: (82, 1.5), T.Q4_K: (2, 7.5), T.Q5_K: (2, 15.5)}
ALL_TYPES = (T.Q8_0, T.Q4_0, T.Q4_1, T.Q5_0, T.Q5_1, T.Q4_K, T.Q5_K, T.Q6_K, T.F16, T.BF16, T.F32)
LOW_BIT_TYPES = (T.Q2_K, T.Q3_K, T.IQ4_NL, T.IQ4_XS)  # the 2-, 3- and non-linear 4-bit types
PIECES = [
    "\u2581", "\u2581the", "\u2581Hello", "\u2581world", "he", "ll", "llo", "\u2581a", "\u2581is", "in", "er",
    "\u2581stop", "ST", "OP", "\u00e9", "\u65e5\u672c", "!", ".", ",", "\u2581T",
] + [chr(c) for c in range(ord("a"), ord("z") + 1)]


# BPE only: pieces that merge across the places where pre-tokenizers split differently (digit runs:
# one, three or any; contractions, also upper case; punctuation and newline runs)
BPE_PIECES = ["2024", "12", "'S", "'s", "!!", "\n\n", "...", "  "]


@dataclass(frozen=True)
class TinySpec:
    """Shapes of a tiny model; K-quant weights need 256-multiple columns."""

    arch: str
    n_layers: int = 2
    n_embd: int = 256
    n_ff: int = 512
    n_heads: int = 4
    n_kv_heads: int = 2
    head_dim: int = 64
    sliding_window: int = 0
    rope_base: float = 10000.0
    tied_output: bool = True
    output_std: float = 0.5  # an untied output head's weights (0.5 = the embedding's: logits as decisive as tied)
    weight_types: tuple[GGMLQuantizationType, ...] = ALL_TYPES
    n_expert: int = 4  # MoE architectures: experts per layer (each n_ff wide) and experts per token
    n_expert_used: int = 2
    original_context: int = 128  # LongRoPE architectures: short factors up to this context, long beyond
    bpe_pre: str = ""  # set: a GPT-2 byte-level BPE vocabulary with this tokenizer.ggml.pre (else SentencePiece)


# Granite 3's embedding and residual multipliers (attention.scale is written as 1/head_dim below);
# a logit scale below 1 (Granite 3 ships 8) keeps the tiny model's logits decisive
GRANITE_MULTIPLIERS = {"embedding_scale": 12.0, "residual_scale": 0.22, "logit_scale": 0.25}
LONGROPE_ATTN_FACTOR = 1.1902380714238083  # Phi-3-mini-128k: sqrt(1 + ln(32) / ln(4096))


def vocab(spec: TinySpec | None = None) -> list[str]:
    """<unk>, <s>, </s>, 256 byte tokens, then PIECES (SentencePiece style), then the
    architecture's extra control tokens; or with `spec.bpe_pre` the BPE vocabulary (`bpe_vocab`)."""
    if spec is not None and spec.bpe_pre:
        return bpe_vocab(spec)[0]
    return ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)] + PIECES + list(extra_tokens(spec))


def bpe_vocab(spec: TinySpec) -> tuple[list[str], list[str]]:
    """(tokens, merges) of a GPT-2 style vocabulary: <unk>, <s>, </s>, GPT-2's 256 byte symbols, then
    every prefix of each of PIECES and BPE_PIECES (spaces as bytes) built by one merge with the next
    byte, then the architecture's extra control tokens: the shape of real byte-level BPE files."""
    from local_engine.tokenizer.bpe import _bytes_to_unicode

    b2u = _bytes_to_unicode()
    toks = ["<unk>", "<s>", "</s>"] + [b2u[b] for b in range(256)]
    known, merges = set(toks), []
    for piece in PIECES + BPE_PIECES:
        symbols = [b2u[b] for b in piece.replace("\u2581", " ").encode()]
        cur = symbols[0]
        for sym in symbols[1:]:
            if cur + sym not in known:
                merges.append(f"{cur} {sym}")
                toks.append(cur + sym)
                known.add(cur + sym)
            cur += sym
    return toks + list(extra_tokens(spec)), merges


def extra_tokens(spec: TinySpec | None) -> tuple[str, ...]:
    """Control tokens llama.cpp looks up by text for an architecture: for a model named like Phi-3
    it marks `<|endoftext|>` (llama_vocab's per-name token attributes), so a phi3 file has one; BPE
    vocabularies carry it too (GPT-2's end of text, Qwen's and Granite's EOS)."""
    named = spec is not None and (arch_spec(spec.arch).longrope or bool(spec.bpe_pre))
    return ("<|endoftext|>",) if named else ()


def weight_blocks(t: GGMLQuantizationType, rows: int, cols: int, rng: np.random.Generator, std: float = 0.05) -> np.ndarray:
    """Random weights of type `t` and about `std` as GGUF stores them (float arrays for F32/F16/BF16,
    else uint8 blocks)."""
    w = (rng.standard_normal((rows, cols)) * std).astype(np.float32)
    if t == T.F32:
        return w
    if t == T.F16:
        return w.astype(np.float16)
    if t == T.BF16 or t in _QUANTIZABLE:
        return quantize(w, t)
    block, size = GGML_QUANT_SIZES[t]
    raw = rng.integers(0, 256, (rows * cols // block, size), dtype=np.uint8)
    at, scale = _D_SCALES[t]
    scale *= std / 0.05
    d = (np.abs(rng.standard_normal(raw.shape[0])) * scale + scale / 4).astype(np.float16)
    raw[:, at : at + 2] = d.view(np.uint8).reshape(-1, 2)
    if t in _MINS:
        at_min, mean = _MINS[t]
        raw[:, at_min : at_min + 2] = (d.astype(np.float32) * mean).astype(np.float16).view(np.uint8).reshape(-1, 2)
        if t == T.Q2_K:  # 4-bit scale | 4-bit min << 4
            raw[:, :16] = (raw[:, :16] & 0x0F) * np.uint8(0x11)
        else:  # 12 bytes of 6-bit scales and mins: bytes 4..7 mirror 0..3, nibbles of 8..11 pair up
            q = raw[:, 4:16]
            q[:, 4:8] = q[:, 0:4]
            q[:, 8:12] = (q[:, 8:12] & 0x0F) * np.uint8(0x11)
    return raw.reshape(rows, -1)


class _Weights:
    """Adds tensors to a writer, cycling through the spec's weight types for matrices."""

    def __init__(self, w: GGUFWriter, spec: TinySpec, rng: np.random.Generator) -> None:
        self.w, self.spec, self.rng, self.i = w, spec, rng, 0

    def matrix(self, name: str, rows: int, cols: int, experts: int = 0, std: float = 0.05) -> None:
        """A [rows, cols] weight, or with `experts` a 3-D [experts, rows, cols] expert tensor."""
        t = self.spec.weight_types[self.i % len(self.spec.weight_types)]
        self.i += 1
        data = weight_blocks(t, rows * max(1, experts), cols, self.rng, std)
        if experts:
            data = data.reshape(experts, rows, -1)
        raw_dtype = None if t in (T.F32, T.F16) else t
        self.w.add_tensor(name, data, raw_dtype=raw_dtype)

    def vector(self, name: str, n: int, mean: float = 1.0, std: float = 0.1) -> None:
        self.w.add_tensor(name, (mean + std * self.rng.standard_normal(n)).astype(np.float32))


def write_tiny_model(path: str | os.PathLike[str], spec: TinySpec, seed: int = 0) -> None:
    """Write a random model of `spec` (architecture metadata as llama.cpp's converter writes it)."""
    rng = np.random.default_rng(seed)
    w = GGUFWriter(str(path), spec.arch)
    _metadata(w, spec)
    ws = _Weights(w, spec, rng)
    n_vocab, e = len(vocab(spec)), spec.n_embd
    q_rows, kv_rows = spec.n_heads * spec.head_dim, spec.n_kv_heads * spec.head_dim
    ws.w.add_tensor("token_embd.weight", quantize((rng.standard_normal((n_vocab, e)) * 0.5).astype(np.float32), T.Q8_0), raw_dtype=T.Q8_0)
    ws.vector("output_norm.weight", e)
    if not spec.tied_output:
        ws.matrix("output.weight", n_vocab, e, std=spec.output_std)
    arch, names = arch_spec(spec.arch), arch_spec(spec.arch).tensors
    if arch.longrope:  # LongRoPE factors, one per rotated pair (as the converter writes them)
        half = spec.head_dim // 2
        ws.w.add_tensor("rope_factors_short.weight", (1.0 + rng.random(half)).astype(np.float32))
        ws.w.add_tensor("rope_factors_long.weight", (1.0 + 8.0 * rng.random(half)).astype(np.float32))
    for i in range(spec.n_layers):
        p = f"blk.{i}."
        ws.vector(p + names.attn_norm + ".weight", e)
        if arch.fused_qkv:
            ws.matrix(p + names.attn_qkv + ".weight", q_rows + 2 * kv_rows, e)
        else:
            for name, rows in ((names.attn_q, q_rows), (names.attn_k, kv_rows), (names.attn_v, kv_rows)):
                ws.matrix(p + name + ".weight", rows, e)
                if arch.qkv_bias:
                    ws.vector(p + name + ".bias", rows, 0.0, 0.2)
        if arch.qk_norm:
            ws.vector(p + names.attn_q_norm + ".weight", spec.head_dim)
            ws.vector(p + names.attn_k_norm + ".weight", spec.head_dim)
        ws.matrix(p + names.attn_output + ".weight", e, q_rows)
        ws.vector(p + names.ffn_norm + ".weight", e)
        if arch.moe:
            ws.w.add_tensor(p + names.ffn_gate_inp + ".weight", rng.standard_normal((spec.n_expert, e)).astype(np.float32))
            ws.matrix(p + names.ffn_gate_exps + ".weight", spec.n_ff, e, experts=spec.n_expert)
            ws.matrix(p + names.ffn_up_exps + ".weight", spec.n_ff, e, experts=spec.n_expert)
            ws.matrix(p + names.ffn_down_exps + ".weight", e, spec.n_ff, experts=spec.n_expert)
        elif arch.fused_gate_up:
            ws.matrix(p + names.ffn_up + ".weight", 2 * spec.n_ff, e)
            ws.matrix(p + names.ffn_down + ".weight", e, spec.n_ff)
        else:
            ws.matrix(p + names.ffn_gate + ".weight", spec.n_ff, e)
            ws.matrix(p + names.ffn_up + ".weight", spec.n_ff, e)
            ws.matrix(p + names.ffn_down + ".weight", e, spec.n_ff)
        if arch.post_norms:
            ws.vector(p + names.post_attn_norm + ".weight", e)
            ws.vector(p + names.post_ffn_norm + ".weight", e)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def _metadata(w: GGUFWriter, spec: TinySpec) -> None:
    w.add_name(f"tiny-{spec.arch}")
    w.add_block_count(spec.n_layers)
    w.add_context_length(256)
    w.add_embedding_length(spec.n_embd)
    w.add_feed_forward_length(spec.n_ff)
    w.add_head_count(spec.n_heads)
    w.add_head_count_kv(spec.n_kv_heads)
    w.add_key_length(spec.head_dim)
    w.add_value_length(spec.head_dim)
    w.add_rope_dimension_count(spec.head_dim)
    w.add_rope_freq_base(spec.rope_base)
    w.add_layer_norm_rms_eps(1e-6)
    if spec.sliding_window:
        w.add_sliding_window(spec.sliding_window)
    arch = arch_spec(spec.arch)
    if arch.multipliers:
        w.add_embedding_scale(GRANITE_MULTIPLIERS["embedding_scale"])
        w.add_residual_scale(GRANITE_MULTIPLIERS["residual_scale"])
        w.add_logit_scale(GRANITE_MULTIPLIERS["logit_scale"])
        w.add_attention_scale(1.0 / spec.head_dim)
    if arch.longrope:
        w.add_rope_scaling_attn_factors(LONGROPE_ATTN_FACTOR)
        w.add_rope_scaling_orig_ctx_len(spec.original_context)
    if arch.moe:
        w.add_expert_count(spec.n_expert)
        w.add_expert_used_count(spec.n_expert_used)
        w.add_expert_feed_forward_length(spec.n_ff)
    extra = extra_tokens(spec)
    if spec.bpe_pre:  # as the converter writes a GPT-2 style tokenizer: no scores, merges, the pre name
        toks, merges = bpe_vocab(spec)
        w.add_tokenizer_model("gpt2")
        w.add_tokenizer_pre(spec.bpe_pre)
        w.add_token_list(toks)
        w.add_token_types([3, 3, 3] + [1] * (len(toks) - 3 - len(extra)) + [3] * len(extra))
        w.add_token_merges(merges)
    else:
        toks = vocab(spec)
        w.add_tokenizer_model("llama")
        w.add_token_list(toks)
        scores = [0.0, 0.0, 0.0] + [0.0] * 256 + [float(len(p)) for p in PIECES] + [0.0] * len(extra)
        w.add_token_scores(scores)
        w.add_token_types([2, 3, 3] + [6] * 256 + [1] * len(PIECES) + [3] * len(extra))
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    w.add_add_bos_token(True)
