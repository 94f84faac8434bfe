"""Model hyper-parameters, read from GGUF metadata only (never from the file name or tensor guesses).

Keys follow llama.cpp's `{arch}.*` names. Architecture-specific conventions that GGUF does not
store (gemma3's every-6th-layer global attention and its 10000 local RoPE base) live here too,
as llama.cpp hard-codes them in `llama-model.cpp`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from local_engine.api import ModelLoadError

GEMMA3_SWA_PATTERN = 6  # llama.cpp: layer i uses the sliding window unless i % 6 == 5
GEMMA3_SWA_ROPE_BASE = 10000.0  # llama.cpp: rope_freq_base_train_swa for gemma3


@dataclass(frozen=True)
class ModelConfig:
    """Everything the forward pass needs to know about the shapes and constants of a model."""

    arch: str
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
    embed_scale: float  # multiplier of the token embedding (gemma: sqrt(n_embd))

    def layer_is_local(self, layer: int) -> bool:
        """Whether `layer` uses the sliding window (llama.cpp's `set_swa_pattern`)."""
        if self.sliding_window <= 0:
            return False
        if self.swa_layers is not None:
            return self.swa_layers[layer]
        return self.swa_pattern == 0 or layer % self.swa_pattern < self.swa_pattern - 1

    @property
    def kv_bytes_per_token(self) -> int:
        """2 (K and V) x layers x kv_heads x head_dim x 2 bytes (float16 cache, as llama.cpp's default)."""
        return self.n_layers * self.n_kv_heads * (self.head_dim + self.head_dim_v) * 2

    @classmethod
    def from_metadata(cls, md: Mapping[str, Any]) -> ModelConfig:
        """Read `{arch}.*` keys; ModelLoadError names any missing required key."""
        arch = md.get("general.architecture")
        if not isinstance(arch, str):
            raise ModelLoadError("metadata has no general.architecture")
        reader = _Reader(md, arch)
        n_embd = reader.int("embedding_length")
        n_heads = reader.int("attention.head_count")
        head_dim = reader.int("attention.key_length", n_embd // n_heads)
        window = reader.int("attention.sliding_window", 0) if arch == "gemma3" else 0
        n_layers = reader.int("block_count")
        pattern, swa_layers = _swa_pattern(reader, n_layers)
        return cls(
            arch=arch,
            name=str(md.get("general.name", arch)),
            n_layers=n_layers,
            n_embd=n_embd,
            n_heads=n_heads,
            n_kv_heads=reader.int("attention.head_count_kv", n_heads),
            head_dim=head_dim,
            head_dim_v=reader.int("attention.value_length", head_dim),
            n_ff=reader.int("feed_forward_length"),
            n_vocab=_vocab_size(md, reader),
            context_length=reader.int("context_length", 2048),
            norm_eps=reader.float("attention.layer_norm_rms_epsilon", 1e-5),
            rope_base=reader.float("rope.freq_base", 10000.0),
            rope_dims=reader.int("rope.dimension_count", head_dim),
            rope_freq_scale=_rope_freq_scale(reader),
            sliding_window=window,
            swa_pattern=pattern,
            swa_layers=swa_layers,
            rope_base_swa=reader.float("rope.freq_base_swa", GEMMA3_SWA_ROPE_BASE),
            final_logit_softcap=_softcap(arch, window, reader),
            attn_scale=_attn_scale(arch, n_layers, n_embd, n_heads, head_dim),
            embed_scale=math.sqrt(n_embd) if arch == "gemma3" else 1.0,
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


def _swa_pattern(reader: _Reader, n_layers: int) -> tuple[int, tuple[bool, ...] | None]:
    """gemma3's sliding-window layout: `attention.sliding_window_pattern` when the file has it (an
    int period, or per-layer flags as newer converters write), else llama.cpp's hard-coded 6."""
    if reader.arch != "gemma3":
        return 0, None
    value = reader.get("attention.sliding_window_pattern")
    if value is None:
        return GEMMA3_SWA_PATTERN, None
    if hasattr(value, "__len__"):
        flags = tuple(bool(v) for v in value)
        if len(flags) != n_layers:
            raise ModelLoadError(f"gemma3.attention.sliding_window_pattern has {len(flags)} flags for {n_layers} layers")
        return 0, flags
    return int(value), None


def _attn_scale(arch: str, n_layers: int, n_embd: int, n_heads: int, head_dim: int) -> float:
    """1/sqrt(head_dim), except Gemma 3 27B (62 layers), which llama.cpp scales by 1/sqrt(n_embd/n_heads)."""
    if arch == "gemma3" and n_layers == 62:
        return 1.0 / math.sqrt(n_embd / n_heads)
    return 1.0 / math.sqrt(head_dim)


def _softcap(arch: str, window: int, reader: _Reader) -> float:
    """gemma3 soft-caps logits only in its non-sliding-window variant (llama.cpp `llm_build_gemma3<false>`)."""
    if arch != "gemma3" or window > 0:
        return 0.0
    return reader.float("final_logit_softcapping", 0.0)
