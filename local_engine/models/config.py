"""Model hyper-parameters, read from GGUF metadata only (never from the file name or tensor guesses).

Keys follow llama.cpp's `{arch}.*` names. Which keys an architecture reads, and the conventions
GGUF does not store (gemma3's every-6th-layer global attention, its 10000 local RoPE base), come
from the architecture's `ArchSpec` (models/arch.py); this module applies them per layer, once,
for every consumer (CPU blocks, GPU layers, the reference).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from local_engine.api import ModelLoadError
from local_engine.models.arch import ArchSpec, arch_spec


@dataclass(frozen=True)
class ModelConfig:
    """Everything the forward pass needs to know about the shapes and constants of a model."""

    arch: str
    spec: ArchSpec  # the architecture's declaration (structure, tensor names)
    name: str
    n_layers: int
    n_embd: int
    n_heads: int
    n_kv_heads: int
    head_dim: int  # attention.key_length (default n_embd / n_heads)
    head_dim_v: int  # attention.value_length (default head_dim)
    n_ff: int
    n_vocab: int
    context_length: int  # trained context
    norm_eps: float
    rope_base: float
    rope_dims: int  # rotated dimensions per head (rope.dimension_count)
    rope_freq_scale: float  # linear RoPE scaling: positions multiplied by this
    sliding_window: int  # 0: every layer attends to the whole context
    swa_pattern: int  # every `swa_pattern`-th layer (1-based) is global; 0: all layers local when window>0
    swa_layers: tuple[bool, ...] | None  # explicit per-layer sliding flags (metadata array), overrides the pattern
    rope_base_swa: float  # RoPE base of sliding-window layers
    final_logit_softcap: float  # 0: none
    attn_scale: float  # multiplier of q.k
    embed_scale: float  # multiplier of the token embedding (gemma: sqrt(n_embd); granite: embedding_scale)
    residual_scale: float = 1.0  # multiplier of each block's attention and FFN output (granite)
    logit_scale: float = 1.0  # logits are divided by it (granite)
    rope_factors: str = "rope_freqs.weight"  # the per-dimension frequency factor tensor (phi3: short/long)
    n_expert: int = 0  # MoE: experts per layer (0: a dense FFN)
    n_expert_used: int = 0  # MoE: experts each token is routed to
    n_ff_exp: int = 0  # MoE: each expert's hidden size

    def layer_is_local(self, layer: int) -> bool:
        """Whether `layer` uses the sliding window (llama.cpp's `set_swa_pattern`)."""
        if self.sliding_window <= 0:
            return False
        if self.swa_layers is not None:
            return self.swa_layers[layer]
        return self.swa_pattern == 0 or layer % self.swa_pattern < self.swa_pattern - 1

    def layer_window(self, layer: int) -> int:
        """Attention window of `layer` (0: the whole context)."""
        return self.sliding_window if self.layer_is_local(layer) else 0

    def layer_rope_dims(self, layer: int) -> int:
        """Rotated dimensions of `layer`: 0 on the NoPE layers (smollm3: every 4th)."""
        period = self.spec.nope_period
        return 0 if period and (layer + 1) % period == 0 else self.rope_dims

    def layer_rope(self, layer: int) -> tuple[float, float, bool]:
        """(base, freq_scale, uses rope_freqs factors) of `layer`: sliding-window layers use their
        own base, unscaled and without factors (llama.cpp's gemma3); others the global RoPE."""
        if self.layer_is_local(layer):
            return self.rope_base_swa, 1.0, False
        return self.rope_base, self.rope_freq_scale, True

    @classmethod
    def from_metadata(cls, md: Mapping[str, Any], n_ctx: int | None = None) -> ModelConfig:
        """Read `{arch}.*` keys; ModelLoadError names any missing required key or an unknown architecture.

        `n_ctx` (the context the engine will run) picks LongRoPE's long factors when it exceeds
        the original context, as llama.cpp does; None: the short ones."""
        arch = md.get("general.architecture")
        if not isinstance(arch, str):
            raise ModelLoadError("metadata has no general.architecture")
        spec = arch_spec(arch)
        reader = _Reader(md, arch)
        n_embd = reader.int("embedding_length")
        n_heads = reader.int("attention.head_count")
        head_dim = reader.int("attention.key_length", n_embd // n_heads)
        window = reader.int("attention.sliding_window", 0) if spec.sliding_window else 0
        n_layers = reader.int("block_count")
        pattern, swa_layers = _swa_pattern(reader, spec, n_layers)
        softcap = reader.float("final_logit_softcapping", 0.0) if spec.final_softcap and window <= 0 else 0.0
        attn_scale = spec.attn_scale(n_layers, n_embd, n_heads, head_dim)
        embed_scale = math.sqrt(n_embd) if spec.embed_scale_sqrt else 1.0
        extra: dict[str, Any] = {}
        if spec.multipliers:  # granite: a 0 or absent multiplier means "none", as in llama.cpp
            embed_scale = reader.float("embedding_scale", 0.0) or 1.0
            attn_scale = reader.float("attention.scale", 0.0) or attn_scale
            extra["residual_scale"] = reader.float("residual_scale", 0.0) or 1.0
            extra["logit_scale"] = reader.float("logit_scale", 0.0) or 1.0
        if spec.longrope:
            original = reader.int("rope.scaling.original_context_length", reader.int("context_length", 2048))
            extra["rope_factors"] = "rope_factors_long.weight" if n_ctx and n_ctx > original else "rope_factors_short.weight"
            attn_scale *= reader.float("rope.scaling.attn_factor", 1.0) ** 2  # q and k each carry it
        if spec.moe:
            extra.update(n_expert=reader.int("expert_count"), n_expert_used=reader.int("expert_used_count"),
                         n_ff_exp=reader.int("expert_feed_forward_length"))
        return cls(
            arch=arch,
            spec=spec,
            name=str(md.get("general.name", arch)),
            n_layers=n_layers,
            n_embd=n_embd,
            n_heads=n_heads,
            n_kv_heads=reader.int("attention.head_count_kv", n_heads),
            head_dim=head_dim,
            head_dim_v=reader.int("attention.value_length", head_dim),
            n_ff=reader.int("feed_forward_length", 0 if spec.moe else None),
            n_vocab=_vocab_size(md, reader),
            context_length=reader.int("context_length", 2048),
            norm_eps=reader.float("attention.layer_norm_rms_epsilon", 1e-5),
            rope_base=reader.float("rope.freq_base", 10000.0),
            rope_dims=reader.int("rope.dimension_count", head_dim),
            rope_freq_scale=_rope_freq_scale(reader),
            sliding_window=window,
            swa_pattern=pattern,
            swa_layers=swa_layers,
            rope_base_swa=reader.float("rope.freq_base_swa", spec.swa_rope_base),
            final_logit_softcap=softcap,
            attn_scale=attn_scale,
            embed_scale=embed_scale,
            **extra,
        )


class _Reader:
    """Typed access to `{arch}.key` with precise errors."""

    def __init__(self, md: Mapping[str, Any], arch: str) -> None:
        self.md, self.arch = md, arch

    def get(self, key: str, default: Any = None) -> Any:
        return self.md.get(f"{self.arch}.{key}", default)

    def int(self, key: str, default: int | None = None) -> int:
        value = self.get(key, default)
        if value is None:
            raise ModelLoadError(f"metadata lacks required key {self.arch}.{key}")
        if hasattr(value, "__len__"):  # per-layer arrays (e.g. head_count_kv): we need uniform layers
            values = {int(v) for v in value}
            if len(values) != 1:
                raise ModelLoadError(f"{self.arch}.{key} varies per layer ({sorted(values)}): not supported")
            return values.pop()
        return int(value)

    def float(self, key: str, default: float) -> float:
        return float(self.get(key, default))


def _vocab_size(md: Mapping[str, Any], reader: _Reader) -> int:
    tokens = md.get("tokenizer.ggml.tokens")
    if tokens is not None:
        return len(tokens)
    return reader.int("vocab_size")


def _rope_freq_scale(reader: _Reader) -> float:
    """llama.cpp's freq_scale: 1/factor for linear scaling; other scaling types are refused."""
    kind = reader.get("rope.scaling.type", "none")
    factor = float(reader.get("rope.scaling.factor", 1.0) or 1.0)
    if kind in ("none", None) or factor == 1.0:
        return 1.0
    if kind == "linear":
        return 1.0 / factor
    raise ModelLoadError(f"{reader.arch}.rope.scaling.type={kind!r} (factor {factor}) is not supported")


def _swa_pattern(reader: _Reader, spec: ArchSpec, n_layers: int) -> tuple[int, tuple[bool, ...] | None]:
    """The sliding-window layout: `attention.sliding_window_pattern` when the file has it (an int
    period, or per-layer flags as newer converters write), else the architecture's period."""
    if not spec.sliding_window:
        return 0, None
    value = reader.get("attention.sliding_window_pattern")
    if value is None:
        return spec.swa_period, None
    if hasattr(value, "__len__"):
        flags = tuple(bool(v) for v in value)
        if len(flags) != n_layers:
            raise ModelLoadError(f"{spec.name}.attention.sliding_window_pattern has {len(flags)} flags for {n_layers} layers")
        return 0, flags
    return int(value), None
