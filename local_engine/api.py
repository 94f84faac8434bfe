"""Public types of the local engine: what callers (the gateway, the CLI, benchmarks) pass in and get back.

Kept free of numpy/numba imports so the gateway can type against the engine cheaply.
The engine (`local_engine.engine.Engine`) and the scheduler (`local_engine.scheduler.Scheduler`)
consume and produce only these types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FinishReason = Literal["stop", "length", "cancelled"]


class EngineError(Exception):
    """Base class for every error the engine raises on purpose."""


class ModelLoadError(EngineError):
    """The GGUF file is missing, truncated, corrupt, or uses an unsupported architecture/type."""


class ContextOverflowError(EngineError):
    """The prompt (plus reserved output) does not fit the sequence's context window."""


class NoChatTemplateError(EngineError):
    """A chat request reached a model whose GGUF has no `tokenizer.chat_template`."""


class InvalidRequestError(EngineError, ValueError):
    """A request the engine refuses before any work: bad token ids, an empty prompt, or a sampling
    parameter out of range. `param` names the offending field (OpenAI's error `param`)."""

    def __init__(self, message: str, param: str | None = None):
        super().__init__(message)
        self.param = param


class SequenceFailedError(EngineError):
    """Serving one sequence failed (sampling, detokenizing, a kernel); the engine serves the others."""


class GrammarError(InvalidRequestError):
    """A grammar or JSON schema the constrained decoder cannot enforce. Raised before any work, so
    a request is refused (400 naming `param` and, for schemas, the unsupported `keyword`), never
    served unconstrained."""

    def __init__(self, message: str, param: str | None = None, keyword: str | None = None):
        super().__init__(message, param)
        self.keyword = keyword


class EngineUnavailableError(EngineError):
    """The engine cannot take requests now: its worker crashed (a supervisor restarts it) or it is closed."""


class EngineBusyError(EngineError):
    """The scheduler's bounded queue is full; callers should retry later (HTTP 503 + Retry-After)."""

    def __init__(self, message: str, retry_after_s: float = 1.0):
        super().__init__(message)
        self.retry_after_s = retry_after_s


GrammarKind = Literal["json_schema", "lark", "gbnf", "regex"]


@dataclass(frozen=True)
class Grammar:
    """A constraint on the generated text, enforced token by token (`local_engine.grammar`).

    `json_schema`: `source` is the schema (a dict; `{"type": "object"}` for OpenAI's json_object);
    `lark` / `gbnf`: grammar text in llguidance's Lark dialect or llama.cpp's GBNF; `regex`: a
    regular expression the whole output must match. `param` names the request field it came
    from, for error messages."""

    kind: GrammarKind
    source: str | dict[str, Any]
    param: str = "response_format"


@dataclass
class SamplingParams:
    """OpenAI/llama.cpp sampling knobs. Defaults reproduce plain greedy decoding when temperature=0."""

    max_tokens: int | None = None  # None: until EOS or the context is full
    temperature: float = 1.0  # 0 => greedy
    top_k: int = 0  # 0 => disabled
    top_p: float = 1.0
    min_p: float = 0.0
    repeat_penalty: float = 1.0  # llama.cpp-style multiplicative penalty
    repeat_last_n: int = 64
    presence_penalty: float = 0.0  # OpenAI-style additive penalties
    frequency_penalty: float = 0.0
    seed: int | None = None
    logit_bias: dict[int, float] = field(default_factory=dict)
    stop: list[str] = field(default_factory=list)
    ignore_eos: bool = False
    logprobs: bool = False
    top_logprobs: int = 0
    grammar: Grammar | None = None  # constrained decoding: only text the grammar accepts
    # Score the prompt too (vLLM's `prompt_logprobs`; OpenAI's echo + logprobs): the logprob of
    # every prompt token after the first, with this many alternatives per position. None: off.
    # With max_tokens=0 the prompt is prefilled and scored and nothing is generated.
    prompt_logprobs: int | None = None


@dataclass
class Usage:
    prompt_tokens: int
    completion_tokens: int
    cached_prompt_tokens: int = 0  # tokens served from a reused prompt prefix

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class TokenLogprob:
    token: str
    token_id: int
    logprob: float
    top: list[tuple[str, float]] = field(default_factory=list)


@dataclass
class GenerationChunk:
    """One streamed step. `text` is always valid UTF-8 (incomplete multi-byte sequences are held back).

    The final chunk has `finish_reason` and `usage` set (its `text` may be empty). A sequence's
    first chunk carries `prompt_logprobs` when they were asked for: one entry per prompt token,
    None for the first (nothing precedes it).
    """

    text: str
    token_ids: list[int] = field(default_factory=list)
    finish_reason: FinishReason | None = None
    usage: Usage | None = None
    logprobs: list[TokenLogprob] | None = None
    prompt_logprobs: list[TokenLogprob | None] | None = None


@dataclass(frozen=True)
class EngineHealth:
    """Whether a scheduler serves requests, and why not (the gateway's /health and /v1/models)."""

    ok: bool
    reason: str | None = None  # why not ok ("worker crashed: ...", "closed")
    restarts: int = 0  # worker restarts since start
    last_error: str | None = None  # the last crash, kept after a restart


@dataclass
class ModelInfo:
    """What `python -m local_engine info` and the gateway's /health show about a loaded model."""

    path: str
    architecture: str
    name: str
    n_layers: int
    n_embd: int
    n_heads: int
    n_kv_heads: int
    head_dim: int
    n_vocab: int
    context_length: int  # trained context length from metadata
    n_ctx: int  # configured context per sequence
    quant_types: dict[str, int]  # type name -> tensor count
    weights_bytes: int
    kv_bytes_per_token: int  # K+V bytes per context token of the full-attention layers (llama.cpp's non-SWA cache)
    has_chat_template: bool
    n_gpu_layers: int = 0
    placement: str = "cpu"
    kv_window_bytes: int = 0  # fixed KV bytes per sequence of sliding-window layers that keep only their window
    kv_cache_type: str = "f16/f16"  # K/V element types (llama.cpp's --cache-type-k/-v)
