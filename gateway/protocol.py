"""OpenAI wire schema (pydantic) for the endpoints the gateway serves.

Requests accept fields we do not model (`extra="allow"`) because OpenAI keeps adding them and
remote routes pass them through; the fields we act on are typed and validated so a bad body
is a 400 naming its `param`. Responses are built here so local and remote answers look alike.
"""

from __future__ import annotations

import json
import math
import time
import uuid
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from gateway.errors import InvalidRequest

# --------------------------------------------------------------------------------------------
# Limits of the protocol boundary: every number a client sends is bounded here, before any of it
# reaches a budget, a sampler or a provider. Route-specific bounds (context, vocabulary) are
# checked once the route is known (pipeline / backends).
# --------------------------------------------------------------------------------------------

MAX_JSON_DEPTH = 64  # deepest legitimate bodies (tool JSON schemas) stay well under this
MAX_OUTPUT_TOKENS = 1 << 20  # no model generates more in one call; the route's context clamps further
SEED_MAX = (1 << 64) - 1  # OpenAI documents `seed` as an integer; we take the uint64 range
RANDOM_SEED = -1  # llama.cpp's "pick a random seed": accepted and treated as no seed
TOKEN_ID_MAX = (1 << 31) - 1  # token ids are int32 in every tokenizer; the route's vocabulary checks further
MAX_TOOLS = 128  # OpenAI's limit
MAX_LOGIT_BIAS = 1024
MAX_METADATA = 16  # OpenAI: 16 pairs, keys <= 64 chars, values <= 512 chars


def parse_body(raw: bytes) -> dict[str, Any]:
    """Request bytes -> a JSON object, or InvalidRequest (400 with `param`).

    Refuses what json.loads would let through and something later would choke on: NaN and
    Infinity literals (not JSON), nesting deeper than MAX_JSON_DEPTH (RecursionError in any
    recursive walk), and strings with lone surrogates (`"\\ud800"` parses, but cannot be encoded
    as UTF-8 for a tokenizer, a provider or the ledger)."""
    try:
        body = json.loads(raw, parse_constant=_no_constant)
    except RecursionError:
        raise InvalidRequest(f"body nests deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, int too long
        raise InvalidRequest(f"body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise InvalidRequest("body must be a JSON object")
    _check_tree(body)
    return body


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def _check_tree(body: dict[str, Any]) -> None:
    """Depth and UTF-8 validity of every key and string, iteratively (no recursion to exhaust)."""
    stack: list[tuple[Any, int, str]] = [(body, 1, "")]
    while stack:
        value, depth, path = stack.pop()
        if isinstance(value, str):
            if not value.isascii() and not _utf8(value):
                raise InvalidRequest(f"{path or 'body'}: string contains a lone UTF-16 surrogate",
                                     param=path or None)
            continue
        if isinstance(value, float) and not math.isfinite(value):  # 1e999 parses as inf
            raise InvalidRequest(f"{path}: number out of range", param=path or None)
        if not isinstance(value, (dict, list)):
            continue
        if depth > MAX_JSON_DEPTH:
            raise InvalidRequest(f"{path}: nests deeper than {MAX_JSON_DEPTH} levels", param=path or None)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            sub = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and not key.isascii() and not _utf8(key):
                raise InvalidRequest(f"{sub}: key contains a lone UTF-16 surrogate", param=path or None)
            stack.append((item, depth + 1, sub))


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# --------------------------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------------------------


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", allow_inf_nan=False)


def _content_part(part: dict[str, Any]) -> dict[str, Any]:
    """One part of a multi-part content: a `type`, and for text parts a string `text` (a list or a
    number there used to crash the chat template). Kept a dict: other kinds pass to routes as is."""
    kind = part.get("type")
    if not isinstance(kind, str) or not kind:
        raise ValueError("a content part needs a string `type`")
    if kind in ("text", "input_text") and not isinstance(part.get("text"), str):
        raise ValueError(f"a {kind} content part needs a string `text`")
    return part


ContentPart = Annotated[dict[str, Any], AfterValidator(_content_part)]


class ChatMessage(_Open):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None
    name: str | None = None
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None


class StreamOptions(_Open):
    include_usage: bool = False


MAX_CHOICES = 128  # OpenAI's bound on `n`


class _SamplingRequest(_Open):
    """Fields chat and completions share."""

    model: str = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    n: int | None = Field(default=1, ge=1, le=MAX_CHOICES)
    stop: str | list[str] | None = None
    max_tokens: int | None = Field(default=None, ge=1, le=MAX_OUTPUT_TOKENS)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    seed: int | None = Field(default=None, ge=RANDOM_SEED, le=SEED_MAX)
    user: str | None = None
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    logit_bias: dict[str, float] | None = Field(default=None, max_length=MAX_LOGIT_BIAS)
    metadata: dict[str, str] | None = Field(default=None, max_length=MAX_METADATA)
    # Extensions of the vLLM / llama.cpp servers (repetition_penalty is vLLM's spelling).
    top_k: int | None = Field(default=None, ge=-1, le=TOKEN_ID_MAX)  # 0 or -1: off
    min_p: float | None = Field(default=None, ge=0, le=1)
    repeat_penalty: float | None = Field(default=None, gt=0, le=10)
    repetition_penalty: float | None = Field(default=None, gt=0, le=10)

    @model_validator(mode="after")
    def _one_repeat_penalty(self) -> _SamplingRequest:
        if None not in (self.repeat_penalty, self.repetition_penalty) and self.repeat_penalty != self.repetition_penalty:
            raise ValueError("give repeat_penalty or repetition_penalty, not two different values")
        return self

    def repeat_penalty_value(self) -> float | None:
        return self.repeat_penalty if self.repeat_penalty is not None else self.repetition_penalty

    def choices(self) -> int:
        return self.n or 1

    @field_validator("seed")
    @classmethod
    def _random_seed(cls, v: int | None) -> int | None:
        """-1 is llama.cpp's "random seed": the same as sending none (documented in README)."""
        return None if v == RANDOM_SEED else v

    @field_validator("logit_bias")
    @classmethod
    def _bias(cls, v: dict[str, float] | None) -> dict[str, float] | None:
        for key, bias in (v or {}).items():
            if not key.isdigit() or int(key) > TOKEN_ID_MAX:
                raise ValueError(f"logit_bias keys are token ids (0..{TOKEN_ID_MAX}), got {key[:32]!r}")
            if not -100 <= bias <= 100:
                raise ValueError(f"logit_bias[{key}] must be in [-100, 100]")
        return v

    @field_validator("metadata")
    @classmethod
    def _metadata(cls, v: dict[str, str] | None) -> dict[str, str] | None:
        for key, value in (v or {}).items():
            if len(key) > 64 or len(value) > 512:
                raise ValueError("metadata keys are at most 64 characters, values at most 512")
        return v

    @field_validator("stop")
    @classmethod
    def _stop_list(cls, v: str | list[str] | None) -> str | list[str] | None:
        if isinstance(v, list) and len(v) > 4:
            raise ValueError("at most 4 stop sequences")
        return v

    def stop_list(self) -> list[str]:
        if self.stop is None:
            return []
        return [self.stop] if isinstance(self.stop, str) else list(self.stop)

    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


class ChatCompletionRequest(_SamplingRequest):
    messages: list[ChatMessage] = Field(min_length=1)
    max_completion_tokens: int | None = Field(default=None, ge=1, le=MAX_OUTPUT_TOKENS)
    tools: list[dict[str, Any]] | None = Field(default=None, max_length=MAX_TOOLS)
    tool_choice: str | dict[str, Any] | None = None
    response_format: dict[str, Any] | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = Field(default=None, ge=0, le=20)

    @model_validator(mode="after")
    def _token_limit(self) -> ChatCompletionRequest:
        if self.max_tokens is not None and self.max_completion_tokens is not None:
            if self.max_tokens != self.max_completion_tokens:
                raise ValueError("give max_tokens or max_completion_tokens, not two different values")
        if self.top_logprobs and not self.logprobs:
            raise ValueError("top_logprobs needs logprobs: true")
        return self

    def logprobs_wanted(self) -> tuple[bool, int]:
        """(token logprobs wanted, how many alternatives per token)."""
        return bool(self.logprobs), (self.top_logprobs or 0) if self.logprobs else 0

    def output_limit(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens

    def wants_tools(self) -> bool:
        return bool(self.tools) and self.tool_choice != "none"


class CompletionRequest(_SamplingRequest):
    prompt: str | list[str] | list[int] = Field(...)
    # OpenAI's legacy default; 0 only with echo: the prompt back, scored (echo + logprobs)
    max_tokens: int | None = Field(default=16, ge=0, le=MAX_OUTPUT_TOKENS)
    echo: bool = False
    suffix: str | None = None
    logprobs: int | None = Field(default=None, ge=0, le=20)  # legacy API: alternatives per token

    @model_validator(mode="after")
    def _nothing_to_do(self) -> CompletionRequest:
        if self.max_tokens == 0 and not self.echo:  # raised as is (not a ValueError): the 400 names the field
            raise InvalidRequest("max_tokens: 0 generates nothing; it is valid only with echo (the prompt back, "
                                 "with logprobs: its tokens scored)", param="max_tokens")
        return self

    def logprobs_wanted(self) -> tuple[bool, int]:
        return self.logprobs is not None, self.logprobs or 0

    @field_validator("prompt", mode="before")
    @classmethod
    def _single_prompt(cls, v: Any) -> str | list[str] | list[int]:
        """One prompt: a string, a one-string list, or token ids (checked against the vocabulary later)."""
        if isinstance(v, str):
            if not v:
                raise ValueError("prompt must not be empty")
            return v
        if not isinstance(v, list) or not v:
            raise ValueError("prompt is a non-empty string or a non-empty list of token ids")
        if all(isinstance(x, str) for x in v):
            if len(v) != 1:
                raise ValueError("only one prompt per request is supported")
            return v
        if all(isinstance(x, int) and not isinstance(x, bool) for x in v):
            if not all(0 <= x <= TOKEN_ID_MAX for x in v):
                raise ValueError(f"token ids are integers in 0..{TOKEN_ID_MAX}")
            return v
        raise ValueError("prompt is a non-empty string or a non-empty list of token ids")

    def prompt_text(self) -> str | list[int]:
        if isinstance(self.prompt, list) and self.prompt and isinstance(self.prompt[0], str):
            return str(self.prompt[0])
        return self.prompt  # type: ignore[return-value]

    def output_limit(self) -> int | None:
        return self.max_tokens


# --------------------------------------------------------------------------------------------
# Responses
# --------------------------------------------------------------------------------------------


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


class PromptTokensDetails(BaseModel):
    cached_tokens: int = 0


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: PromptTokensDetails | None = None

    @classmethod
    def of(cls, prompt_tokens: int, completion_tokens: int, cached_tokens: int | None = None) -> Usage:
        details = PromptTokensDetails(cached_tokens=cached_tokens) if cached_tokens is not None else None
        return cls(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                   total_tokens=prompt_tokens + completion_tokens, prompt_tokens_details=details)


class ChatChoice(BaseModel):
    index: int = 0
    message: dict[str, Any]
    finish_reason: str | None
    logprobs: Any = None


class ChatCompletion(BaseModel):
    id: str = Field(default_factory=lambda: new_id("chatcmpl"))
    object: Literal["chat.completion"] = "chat.completion"
    created: int = Field(default_factory=lambda: int(time.time()))
    model: str
    choices: list[ChatChoice]
    usage: Usage | None = None
    system_fingerprint: str | None = None


class ChunkChoice(BaseModel):
    index: int = 0
    delta: dict[str, Any]
    finish_reason: str | None = None
    logprobs: Any = None


class ChatCompletionChunk(BaseModel):
    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChunkChoice]
    usage: Usage | None = None


class CompletionChoice(BaseModel):
    index: int = 0
    text: str
    finish_reason: str | None
    logprobs: Any = None


class Completion(BaseModel):
    id: str = Field(default_factory=lambda: new_id("cmpl"))
    object: Literal["text_completion"] = "text_completion"
    created: int = Field(default_factory=lambda: int(time.time()))
    model: str
    choices: list[CompletionChoice]
    usage: Usage | None = None


class ModelCard(BaseModel):
    """One entry of GET /v1/models: a route name clients may pass as `model` (or "auto")."""

    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "hybridgate"
    backend: str | None = None
    upstream_model: str | None = None
    available: bool = True
    capabilities: list[str] = Field(default_factory=list)  # vision, tools, json_schema, logprobs


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


def sse(payload: BaseModel | dict[str, Any] | str) -> bytes:
    """One server-sent event line as OpenAI streams it."""
    if isinstance(payload, BaseModel):
        data = payload.model_dump_json(exclude_none=False)
    elif isinstance(payload, dict):
        data = json.dumps(payload, separators=(",", ":"))
    else:
        data = payload
    return f"data: {data}\n\n".encode()


SSE_DONE = b"data: [DONE]\n\n"
