"""A plain float64 numpy forward pass, used only as a test oracle for the engine's models.

Independent of the engine's code path: tensors come from `gguf.GGUFReader` and
`gguf.quants.dequantize` (not our parser or kernels), and every operation is a plain float64
numpy formula recomputed over the whole prompt without a cache. What is shared is the model's
description: `ModelConfig` (hyper-parameters, per-layer RoPE and window) and its `ArchSpec`
(which norms, GLU, QK-norm, RoPE pairing, tensor names), as the issue's one-description rule wants.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from typing import Any

import numpy as np
from gguf import GGMLQuantizationType, GGUFReader
from gguf.quants import dequantize

from local_engine.models.config import ModelConfig
from local_engine.quants.formats import FORMS

F = np.ndarray


class Weight(np.ndarray):
    """A float64 weight that remembers its activation block: the columns over which a product
    rounds its input to int8 (0 for float weights), see `product`."""

    act_block: int


def act_block(t: GGMLQuantizationType) -> int:
    """Columns per int8 activation block of a weight type (formats.Form.act_block: 256 for the
    K-quants and IQ4_XS, 32 otherwise), or 0 for float weights, which multiply float activations."""
    form = FORMS.get(t)
    return form.act_block if form is not None else 0


def _expert(w: F, e: int) -> F:
    """Expert e of a 3-D expert weight, keeping its activation block."""
    out = np.asarray(w)[e].view(Weight)
    out.act_block = getattr(w, "act_block", 0)
    return out


def read_gguf(path: str | os.PathLike[str], exact: bool = False) -> tuple[dict[str, Any], dict[str, F]]:
    """(metadata, name -> float64 tensor in row-major math shape) of a (small) GGUF file; with
    `exact` every weight multiplies float64 activations (no int8 rounding)."""
    r = GGUFReader(path)
    md = {f.name: f.contents() for f in r.fields.values()}
    tensors = {}
    for t in r.tensors:
        shape = tuple(int(d) for d in reversed(t.shape))
        arr = dequantize(t.data, t.tensor_type).astype(np.float64).reshape(shape).view(Weight)
        arr.act_block = 0 if exact else act_block(t.tensor_type)
        tensors[t.name] = arr
    return md, tensors


def product(x: F, w: F) -> F:
    """x @ w.T with x rounded first, per row and block of `w.act_block` columns, to the nearest
    of 255 steps of max|x| / 127: quantized weights multiply int8 activations in llama.cpp (Q8_0 /
    Q8_K blocks) and in the engine (the same blocks: 256 columns for K-quants, else 32)."""
    block = getattr(w, "act_block", 0)
    x = np.asarray(x, dtype=np.float64)
    if block:
        xb = x.reshape(x.shape[0], -1, block)
        step = np.abs(xb).max(axis=2, keepdims=True) / 127
        x = (np.rint(np.divide(xb, step, out=np.zeros_like(xb), where=step > 0)) * step).reshape(x.shape)
    return x @ np.asarray(w).T


def _rms(x: F, w: F, eps: float) -> F:
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * w


def _rope(x: F, pos: F, n_rot: int, base: float, scale: float, neox: bool, factors: F | None) -> F:
    """x [n, heads, d] rotated; pairs (2i, 2i+1) or (i, i + n_rot/2)."""
    inv = scale * base ** (-np.arange(0, n_rot, 2) / n_rot)
    if factors is not None:
        inv = inv / factors
    ang = pos[:, None, None] * inv[None, None, :]
    cos, sin = np.cos(ang), np.sin(ang)
    out = x.copy()
    if neox:
        a, b = x[..., : n_rot // 2], x[..., n_rot // 2 : n_rot]
        out[..., : n_rot // 2], out[..., n_rot // 2 : n_rot] = a * cos - b * sin, a * sin + b * cos
    else:
        a, b = x[..., 0:n_rot:2], x[..., 1:n_rot:2]
        out[..., 0:n_rot:2], out[..., 1:n_rot:2] = a * cos - b * sin, a * sin + b * cos
    return out


def _attention(q: F, k: F, v: F, scale: float, window: int) -> F:
    """Causal (optionally sliding-window) attention, one query head at a time."""
    n, n_heads, _ = q.shape
    group = n_heads // k.shape[1]
    i, j = np.arange(n)[:, None], np.arange(n)[None, :]
    allowed = (j <= i) & ((i - j < window) if window > 0 else True)
    out = np.empty((n, n_heads, v.shape[2]))
    for h in range(n_heads):
        s = q[:, h] @ k[:, h // group].T * scale
        s = np.where(allowed, s, -np.inf)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        out[:, h] = (p / p.sum(axis=1, keepdims=True)) @ v[:, h // group]
    return out


def _gelu_tanh(x: F) -> F:
    return 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))


def _silu(x: F) -> F:
    return x / (1 + np.exp(-x))


def reference_logits(path: str | os.PathLike[str], tokens: Sequence[int], exact: bool = False,
                     n_ctx: int | None = None) -> F:
    """float64 logits [len(tokens), n_vocab] for a prompt, positions 0..n-1: with the engine's int8
    activation rounding before quantized weights, or with `exact` float64 math throughout (how far
    that rounding, ours or a peer's, moves the logits). `n_ctx` as the engine's (LongRoPE factors)."""
    md, w = read_gguf(path, exact)
    cfg = ModelConfig.from_metadata(md, n_ctx)
    spec, names, eps = cfg.spec, cfg.spec.tensors, cfg.norm_eps
    n = len(tokens)
    pos = np.arange(n, dtype=np.float64)
    x = w["token_embd.weight"][np.asarray(tokens)] * cfg.embed_scale
    act = _gelu_tanh if spec.glu == "gelu" else _silu
    for i in range(cfg.n_layers):
        p = f"blk.{i}."

        def wt(name: str, kind: str = "weight", p: str = p) -> F:
            return w[f"{p}{name}.{kind}"]

        base, scale, with_factors = cfg.layer_rope(i)
        n_rot = cfg.layer_rope_dims(i)
        factors = w.get(cfg.rope_factors) if with_factors else None
        h = _rms(x, wt(names.attn_norm), eps)
        if spec.fused_qkv:
            qkv = product(h, wt(names.attn_qkv)) + w.get(f"{p}{names.attn_qkv}.bias", 0.0)
            nq, nk = cfg.n_heads * cfg.head_dim, cfg.n_kv_heads * cfg.head_dim
            q, k, v = qkv[:, :nq], qkv[:, nq : nq + nk], qkv[:, nq + nk :]
        else:
            q, k, v = (product(h, wt(t)) + w.get(f"{p}{t}.bias", 0.0) for t in (names.attn_q, names.attn_k, names.attn_v))
        q = q.reshape(n, cfg.n_heads, cfg.head_dim)
        k = k.reshape(n, cfg.n_kv_heads, cfg.head_dim)
        v = v.reshape(n, cfg.n_kv_heads, cfg.head_dim_v)
        if spec.qk_norm:
            q, k = _rms(q, wt(names.attn_q_norm), eps), _rms(k, wt(names.attn_k_norm), eps)
        if n_rot:  # smollm3's NoPE layers rotate nothing
            q = _rope(q, pos, n_rot, base, scale, spec.rope_neox, factors)
            k = _rope(k, pos, n_rot, base, scale, spec.rope_neox, factors)
        # keys and values as a float16 KV cache (llama.cpp's default, and the engine's) holds them
        k, v = k.astype(np.float16).astype(np.float64), v.astype(np.float16).astype(np.float64)
        a = _attention(q, k, v, cfg.attn_scale, cfg.layer_window(i))
        a = product(a.reshape(n, -1), wt(names.attn_output)) + w.get(f"{p}{names.attn_output}.bias", 0.0)
        if spec.post_norms:
            a = _rms(a, wt(names.post_attn_norm), eps)
        x = x + a * cfg.residual_scale
        h = _rms(x, wt(names.ffn_norm), eps)
        if spec.moe:
            f = _moe(h, wt(names.ffn_gate_inp), wt(names.ffn_gate_exps), wt(names.ffn_up_exps), wt(names.ffn_down_exps),
                     cfg.n_expert_used, act)
        elif spec.fused_gate_up:
            gu = product(h, wt(names.ffn_up))
            half = gu.shape[1] // 2
            f = product(act(gu[:, :half]) * gu[:, half:], wt(names.ffn_down))
        else:
            f = product(act(product(h, wt(names.ffn_gate))) * product(h, wt(names.ffn_up)), wt(names.ffn_down))
        if spec.post_norms:
            f = _rms(f, wt(names.post_ffn_norm), eps)
        x = x + f * cfg.residual_scale
    x = _rms(x, w["output_norm.weight"], eps)
    logits = product(x, w.get("output.weight", w["token_embd.weight"]))
    if cfg.final_logit_softcap > 0:
        logits = cfg.final_logit_softcap * np.tanh(logits / cfg.final_logit_softcap)
    return logits / cfg.logit_scale


def _moe(h: F, router: F, gate: F, up: F, down: F, n_used: int, act: Any) -> F:
    """Softmax over every expert, the top n_used renormalised, each token summed over its experts."""
    s = h @ router.T
    p = np.exp(s - s.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    out = np.zeros_like(h)
    for t in range(h.shape[0]):
        top = np.argsort(-p[t], kind="stable")[:n_used]
        for e, weight in zip(top, p[t, top] / p[t, top].sum()):
            x = h[t : t + 1]
            out[t] += weight * product(act(product(x, _expert(gate, e))) * product(x, _expert(up, e)), _expert(down, e))[0]
    return out
