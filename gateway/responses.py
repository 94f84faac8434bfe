"""OpenAI response bodies and SSE events from backend replies, the same for every backend.

Logprobs arrive in one internal form (`LogprobToken`) and leave in the shape of the endpoint:
chat `{content: [{token, logprob, bytes, top_logprobs}]}`, legacy completions
`{tokens, token_logprobs, top_logprobs, text_offset}`.
"""

from __future__ import annotations

import time
from typing import Any

from gateway.backends import BackendReply, Delta, LogprobToken
from gateway.errors import GatewayError
from gateway.protocol import (
    SSE_DONE,
    ChatChoice,
    ChatCompletion,
    ChatCompletionChunk,
    ChunkChoice,
    Completion,
    CompletionChoice,
    Usage,
    new_id,
    sse,
)


def chat_logprobs(tokens: list[LogprobToken]) -> dict[str, Any]:
    def entry(token: str, logprob: float, raw: list[int] | None) -> dict[str, Any]:
        return {"token": token, "logprob": logprob, "bytes": raw if raw is not None else list(token.encode())}

    return {"content": [{**entry(t.token, t.logprob, t.bytes),
                         "top_logprobs": [entry(a.token, a.logprob, a.bytes) for a in t.top or []]} for t in tokens],
            "refusal": None}


def completion_logprobs(tokens: list[LogprobToken], start: int, text: str) -> dict[str, Any]:
    """Legacy shape for the tokens of `text`, which starts at `start` in the choice's text: an
    echoed prompt's tokens where their `offset` says, the generated ones ending where `text` ends.
    The prompt's first token has null `token_logprobs` and `top_logprobs` entries, as OpenAI's."""
    offset = start + len(text) - sum(len(t.token) for t in tokens if t.offset is None)
    offsets = []
    for t in tokens:
        if t.offset is not None:
            offsets.append(start + t.offset)
        else:
            offsets.append(offset)
            offset += len(t.token)
    return {"tokens": [t.token for t in tokens], "token_logprobs": [t.logprob for t in tokens],
            "top_logprobs": [None if t.top is None else {a.token: a.logprob for a in t.top} for t in tokens],
            "text_offset": offsets}


class ResponseBuilder:
    """One request's response id/model/timestamp, shared by all of its chunks."""

    def __init__(self, info: Any, model: str) -> None:
        self.chat = info.endpoint == "chat"
        self.id = new_id("chatcmpl" if self.chat else "cmpl")
        self.created = int(time.time())
        self.model = model
        self._offsets: dict[int, int] = {}  # completions: text emitted so far per choice (text_offset)

    def whole(self, reply: BackendReply) -> dict[str, Any]:
        usage = Usage.of(reply.prompt_tokens, reply.completion_tokens, reply.cached_tokens)
        body: Any
        if self.chat:
            choices = [ChatChoice(index=c.index, message=c.message or {"role": "assistant", "content": c.text},
                                  finish_reason=c.finish_reason,
                                  logprobs=chat_logprobs(c.logprobs) if c.logprobs is not None else None)
                       for c in reply.choices]
            body = ChatCompletion(id=self.id, created=self.created, model=self.model, usage=usage, choices=choices)
        else:
            choices = [CompletionChoice(index=c.index, text=c.text, finish_reason=c.finish_reason,
                                        logprobs=(completion_logprobs(c.logprobs, 0, c.text)
                                                  if c.logprobs is not None else None))
                       for c in reply.choices]
            body = Completion(id=self.id, created=self.created, model=self.model, usage=usage, choices=choices)
        return _dump(body)

    def _chunk(self, index: int | None, delta: dict[str, Any], finish: str | None = None, usage: Usage | None = None,
               text: str = "", logprobs: list[LogprobToken] | None = None) -> bytes:
        if self.chat:
            choices = [] if index is None else [ChunkChoice(
                index=index, delta=delta, finish_reason=finish,
                logprobs=chat_logprobs(logprobs) if logprobs is not None else None)]
            return sse(ChatCompletionChunk(id=self.id, created=self.created, model=self.model, choices=choices,
                                           usage=usage))
        choices_out: list[dict[str, Any]] = []
        if index is not None:
            start = self._offsets.get(index, 0)
            self._offsets[index] = start + len(text)
            lp = completion_logprobs(logprobs, start, text) if logprobs is not None else None
            choices_out.append({"index": index, "text": text, "logprobs": lp, "finish_reason": finish})
        body: dict[str, Any] = {"id": self.id, "object": "text_completion", "created": self.created,
                                "model": self.model, "choices": choices_out}
        if usage is not None:
            body["usage"] = _dump(usage)
        return sse(body)

    def role_chunks(self, n: int) -> list[bytes]:
        """OpenAI opens a chat stream with an empty assistant delta per choice."""
        return [self._chunk(i, {"role": "assistant", "content": ""}) for i in range(n)] if self.chat else []

    def delta_chunk(self, d: Delta) -> bytes:
        delta: dict[str, Any] = {}
        if d.text:
            delta["content"] = d.text
        if d.tool_calls:
            delta["tool_calls"] = d.tool_calls
        return self._chunk(d.index, delta, d.finish_reason, text=d.text, logprobs=d.logprobs)

    def usage_chunk(self, prompt_tokens: int, completion_tokens: int, cached_tokens: int | None = None) -> bytes:
        return self._chunk(None, {}, usage=Usage.of(prompt_tokens, completion_tokens, cached_tokens))

    @staticmethod
    def done() -> bytes:
        return SSE_DONE

    @staticmethod
    def error_event(exc: GatewayError) -> bytes:
        return sse(exc.body())


def _dump(model: Any) -> dict[str, Any]:
    """Bodies as OpenAI sends them: `usage.prompt_tokens_details` only when a backend reported it."""
    body = model.model_dump()
    usage = body.get("usage") if "usage" in body else None
    target = usage if usage is not None else (body if "prompt_tokens" in body else None)
    if target is not None and target.get("prompt_tokens_details") is None:
        target.pop("prompt_tokens_details", None)
    return body
