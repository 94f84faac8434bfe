"""OpenAI response bodies and SSE events from backend replies, the same for every backend."""

from __future__ import annotations

import time
from typing import Any

from gateway.backends import BackendReply, Delta
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


class ResponseBuilder:
    """One request's response id/model/timestamp, shared by all of its chunks."""

    def __init__(self, info: Any, model: str) -> None:
        self.chat = info.endpoint == "chat"
        self.id = new_id("chatcmpl" if self.chat else "cmpl")
        self.created = int(time.time())
        self.model = model

    def whole(self, reply: BackendReply) -> dict[str, Any]:
        usage = Usage.of(reply.prompt_tokens, reply.completion_tokens)
        if self.chat:
            message = reply.message or {"role": "assistant", "content": reply.text}
            body: Any = ChatCompletion(id=self.id, created=self.created, model=self.model, usage=usage,
                                       choices=[ChatChoice(message=message, finish_reason=reply.finish_reason)])
        else:
            body = Completion(id=self.id, created=self.created, model=self.model, usage=usage,
                              choices=[CompletionChoice(text=reply.text, finish_reason=reply.finish_reason)])
        return body.model_dump()

    def _chunk(self, delta: dict[str, Any] | None, finish: str | None = None, usage: Usage | None = None,
               text: str = "") -> bytes:
        if self.chat:
            choices = [] if delta is None else [ChunkChoice(delta=delta, finish_reason=finish)]
            return sse(ChatCompletionChunk(id=self.id, created=self.created, model=self.model, choices=choices,
                                           usage=usage))
        body: dict[str, Any] = {"id": self.id, "object": "text_completion", "created": self.created,
                                "model": self.model,
                                "choices": [] if delta is None else [{"index": 0, "text": text, "logprobs": None,
                                                                      "finish_reason": finish}]}
        if usage is not None:
            body["usage"] = usage.model_dump()
        return sse(body)

    def role_chunk(self) -> bytes | None:
        """OpenAI opens a chat stream with an empty assistant delta."""
        return self._chunk({"role": "assistant", "content": ""}) if self.chat else None

    def delta_chunk(self, d: Delta) -> bytes:
        delta: dict[str, Any] = {}
        if d.text:
            delta["content"] = d.text
        if d.tool_calls:
            delta["tool_calls"] = d.tool_calls
        return self._chunk(delta, d.finish_reason, text=d.text)

    def usage_chunk(self, prompt_tokens: int, completion_tokens: int) -> bytes:
        return self._chunk(None, usage=Usage.of(prompt_tokens, completion_tokens))

    @staticmethod
    def done() -> bytes:
        return SSE_DONE

    @staticmethod
    def error_event(exc: GatewayError) -> bytes:
        return sse(exc.body())
