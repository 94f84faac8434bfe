"""What the pipeline hands a backend and what it gets back, whatever the backend is.

Backends raise `gateway.errors` exceptions: UpstreamError / UpstreamTimeout / ServiceUnavailable
mean "this route failed, try the next one"; InvalidRequest means the request itself is wrong
and no other route would do better.
"""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal

from gateway.errors import GatewayError, ServiceUnavailable, UpstreamError, UpstreamRateLimited, UpstreamTimeout
from gateway.protocol import ChatCompletionRequest, CompletionRequest

Endpoint = Literal["chat", "completions"]
FALLBACK_ERRORS: tuple[type[GatewayError], ...] = (UpstreamError, UpstreamTimeout, UpstreamRateLimited,
                                                   ServiceUnavailable)

# Request fields the pipeline maps itself; everything else a remote route receives verbatim.
_OWN_FIELDS = frozenset({
    "model", "messages", "prompt", "stream", "stream_options", "n", "stop", "max_tokens",
    "max_completion_tokens", "temperature", "top_p", "seed", "user", "metadata",
})


@dataclass
class BackendCall:
    """One request, as every backend understands it."""

    endpoint: Endpoint
    messages: list[dict[str, Any]] | None = None
    prompt: str | list[int] | None = None
    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    seed: int | None = None
    stop: list[str] = field(default_factory=list)
    user: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # tools, response_format, penalties...

    @classmethod
    def from_request(cls, req: ChatCompletionRequest | CompletionRequest) -> BackendCall:
        dumped = req.model_dump(exclude_none=True)
        extra = {k: v for k, v in dumped.items() if k not in _OWN_FIELDS}
        common = dict(max_tokens=req.output_limit(), temperature=req.temperature, top_p=req.top_p,
                      seed=req.seed, stop=req.stop_list(), user=req.user, extra=extra)
        if isinstance(req, ChatCompletionRequest):
            return cls("chat", messages=dumped["messages"], **common)
        return cls("completions", prompt=req.prompt_text(), **common)


@dataclass
class BackendReply:
    """A whole answer. `message` is the chat assistant message; `text` the completion text."""

    model: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    message: dict[str, Any] = field(default_factory=dict)
    text: str = ""


@dataclass
class Delta:
    """One streamed step: new text (and tool-call deltas from remotes); the last has usage."""

    text: str = ""
    tool_calls: list[dict[str, Any]] | None = None
    finish_reason: str | None = None
    usage: tuple[int, int] | None = None  # (prompt, completion)
    tokens: int | None = None  # tokens this delta carries, when the backend knows (local: exact)


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

    async def complete(self, call: BackendCall) -> BackendReply:
        """Whole answer (default: drain the stream)."""
        parts: list[str] = []
        finish, usage = "stop", (0, 0)
        async for d in self.stream(call):
            parts.append(d.text)
            finish = d.finish_reason or finish
            usage = d.usage or usage
        text = "".join(parts)
        message = {"role": "assistant", "content": text}
        return BackendReply(self.model, finish, usage[0], usage[1], message=message, text=text)

    def health(self) -> dict[str, Any]:
        return {}

    async def close(self) -> None:
        return None
