"""What the pipeline hands a backend and what it gets back, whatever the backend is.

Backends raise `gateway.errors` exceptions: UpstreamError / UpstreamTimeout / ServiceUnavailable
mean "this route failed, try the next one"; InvalidRequest means the request itself is wrong
and no other route would do better.
"""

from __future__ import annotations

import abc
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from gateway.errors import GatewayError, ServiceUnavailable, UpstreamError, UpstreamRateLimited, UpstreamTimeout
from gateway.protocol import ChatCompletionRequest, CompletionRequest

if TYPE_CHECKING:
    from gateway.policy.schema import RouteSpec

Endpoint = Literal["chat", "completions"]
FALLBACK_ERRORS: tuple[type[GatewayError], ...] = (UpstreamError, UpstreamTimeout, UpstreamRateLimited,
                                                   ServiceUnavailable)

# Request fields mapped to BackendCall attributes; everything else a remote route receives verbatim.
# (top_k / min_p / repeat_penalty stay in `extra` too, spelled as the client spelled them.)
_OWN_FIELDS = frozenset({
    "model", "messages", "prompt", "stream", "stream_options", "n", "stop", "max_tokens",
    "max_completion_tokens", "temperature", "top_p", "seed", "user", "metadata", "presence_penalty",
    "frequency_penalty", "logit_bias", "logprobs", "top_logprobs", "echo",
})
_ENGINE_EXTENSIONS = frozenset({"top_k", "min_p", "repeat_penalty", "repetition_penalty"})


@dataclass
class BackendCall:
    """One request as every backend understands it, with the route's sampling defaults applied
    to the fields the client left out and the route's `max_output_tokens` cap on the output."""

    endpoint: Endpoint
    messages: list[dict[str, Any]] | None = None
    prompt: str | list[int] | None = None
    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    min_p: float | None = None
    repeat_penalty: float | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    logit_bias: dict[str, float] | None = None
    seed: int | None = None
    stop: list[str] = field(default_factory=list)
    user: str | None = None
    n: int = 1
    logprobs: bool = False
    top_logprobs: int = 0
    echo: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # tools, response_format, unknown fields...
    defaulted: tuple[str, ...] = ()  # fields the route's defaults filled in (remote: sent as such)
    # Remote routes send this (plus `shaping()`) and nothing else: the exact body the PII scan saw,
    # after the policy's redactions (gateway/signals/outgoing.py, redaction.py). None for local routes.
    payload: dict[str, Any] | None = None

    @classmethod
    def from_request(cls, req: ChatCompletionRequest | CompletionRequest,
                     route: RouteSpec | None = None) -> BackendCall:
        dumped = req.model_dump(exclude_none=True)
        extra = {k: v for k, v in dumped.items() if k not in _OWN_FIELDS}
        logprobs, top_logprobs = req.logprobs_wanted()
        common: dict[str, Any] = dict(
            max_tokens=req.output_limit(), temperature=req.temperature, top_p=req.top_p,
            top_k=req.top_k, min_p=req.min_p, repeat_penalty=req.repeat_penalty_value(),
            presence_penalty=req.presence_penalty, frequency_penalty=req.frequency_penalty,
            logit_bias=req.logit_bias, seed=req.seed, stop=req.stop_list(), user=req.user, n=req.choices(),
            logprobs=logprobs, top_logprobs=top_logprobs, extra=extra)
        if isinstance(req, ChatCompletionRequest):
            call = cls("chat", messages=dumped["messages"], **common)
            client_set_max = req.output_limit() is not None
        else:
            call = cls("completions", prompt=req.prompt_text(), echo=req.echo, **common)
            client_set_max = "max_tokens" in req.model_fields_set
        if route is not None:
            call._apply_route(route, client_set_max)
        return call

    def _apply_route(self, route: RouteSpec, client_set_max: bool) -> None:
        """Route defaults where the client sent nothing, then the route's output cap."""
        filled: list[str] = []
        for name, value in route.sampling.model_dump(exclude_none=True).items():
            if name == "max_tokens":
                if not client_set_max:
                    self.max_tokens = value
                    filled.append(name)
            elif name == "stop":
                if not self.stop:
                    self.stop = list(value)
                    filled.append(name)
            elif getattr(self, name) is None:
                setattr(self, name, value)
                filled.append(name)
        cap = route.max_output_tokens
        if cap is not None:
            self.max_tokens = cap if self.max_tokens is None else min(self.max_tokens, cap)
        self.defaulted = tuple(filled)

    def shaping(self) -> dict[str, Any]:
        """What the gateway itself sets in a remote body: the output cap or default max_tokens, the
        route's sampling defaults for fields the client left out, n. Numbers from the policy,
        never client text, so they need no scan."""
        out: dict[str, Any] = {name: getattr(self, name) for name in self.defaulted}
        if self.max_tokens is not None:
            out["max_tokens"] = self.max_tokens
        if self.n != 1:
            out["n"] = self.n
        return out

    def unknown_fields(self) -> list[str]:
        """Request fields no attribute of this call models (a remote route forwards them)."""
        return [k for k in self.extra if k not in _ENGINE_EXTENSIONS]


@dataclass
class LogprobAlternative:
    """One candidate token at a position (OpenAI's `top_logprobs` entry)."""

    token: str
    logprob: float
    bytes: list[int] | None = None


@dataclass
class LogprobToken:
    """The chosen token at one position, with its logprob and the best alternatives.

    An echoed prompt's first token has neither (None: nothing precedes it), and prompt tokens
    carry `offset`, where their text starts in the delta's text (generated tokens end together
    where the delta's text ends)."""

    token: str
    logprob: float | None
    bytes: list[int] | None = None
    top: list[LogprobAlternative] | None = field(default_factory=list)
    offset: int | None = None


@dataclass
class ReplyChoice:
    """One of the `n` answers. `message` is the chat assistant message; `text` the completion text."""

    index: int = 0
    finish_reason: str = "stop"
    message: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    logprobs: list[LogprobToken] | None = None


@dataclass
class BackendReply:
    """A whole answer: every choice, and the usage of the request (all choices together)."""

    model: str
    choices: list[ReplyChoice]
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int | None = None  # prompt tokens served from a cache, when the backend says
    truncated_tokens: int = 0  # prompt tokens dropped to fit the context (on_context_overflow: truncate)


@dataclass
class Delta:
    """One streamed step of choice `index`: new text (and tool-call deltas from remotes).

    `usage` (prompt, completion: the whole request, every choice) comes once, at the end."""

    text: str = ""
    tool_calls: list[dict[str, Any]] | None = None
    finish_reason: str | None = None
    usage: tuple[int, int] | None = None  # (prompt, completion)
    tokens: int | None = None  # tokens this delta carries, when the backend knows (local: exact)
    index: int = 0
    logprobs: list[LogprobToken] | None = None
    cached_tokens: int | None = None  # with usage: prompt tokens served from a cache
    truncated_tokens: int = 0  # first delta: prompt tokens dropped to fit the context


class Backend(abc.ABC):
    """A route's way of answering: our engine or a provider."""

    kind: str = ""

    def __init__(self, route: str, model: str) -> None:
        self.route = route
        self.model = model

    @property
    def available(self) -> bool:
        return self.unavailable_reason is None

    @property
    def unavailable_reason(self) -> str | None:
        return None

    @abc.abstractmethod
    def stream(self, call: BackendCall) -> AsyncIterator[Delta]:
        """Deltas of the answer; errors before the first delta allow a fallback."""

    async def complete(self, call: BackendCall, on_delta: Callable[[Delta], None] | None = None) -> BackendReply:
        """Whole answer (default: drain the stream, choice by choice). `on_delta` sees each step as
        it comes, so a request cancelled half-way is charged for what it produced; cancelling
        closes the stream, which stops a local sequence."""
        parts: dict[int, list[str]] = {i: [] for i in range(call.n)}
        choices = {i: ReplyChoice(index=i, logprobs=[] if call.logprobs else None) for i in range(call.n)}
        calls: dict[int, list[dict[str, Any]]] = {}
        usage, cached, truncated = (0, 0), None, 0
        async with contextlib.aclosing(self.stream(call)) as deltas:  # type: ignore[type-var]
            async for d in deltas:
                if on_delta is not None:
                    on_delta(d)
                truncated = max(truncated, d.truncated_tokens)
                choice = choices.setdefault(d.index, ReplyChoice(index=d.index))
                parts.setdefault(d.index, []).append(d.text)
                if d.tool_calls:  # whole calls per delta (as the local backend streams them)
                    calls.setdefault(d.index, []).extend({k: v for k, v in c.items() if k != "index"}
                                                          for c in d.tool_calls)
                choice.finish_reason = d.finish_reason or choice.finish_reason
                if d.logprobs and choice.logprobs is not None:
                    choice.logprobs.extend(d.logprobs)
                usage, cached = d.usage or usage, d.cached_tokens if d.usage else cached
        for i, choice in choices.items():
            choice.text = "".join(parts[i])
            choice.message = {"role": "assistant", "content": choice.text}
            if calls.get(i):
                choice.message = {"role": "assistant", "content": choice.text or None, "tool_calls": calls[i]}
        return BackendReply(self.model, [choices[i] for i in sorted(choices)], usage[0], usage[1], cached, truncated)

    def health(self) -> dict[str, Any]:
        return {}

    async def close(self) -> None:
        return None
