"""A small real OpenAI-compatible upstream on 127.0.0.1 (and an Anthropic Messages one), and a helper
to run any ASGI app in a thread.

Tests and bench/gateway_overhead.py reach it through litellm exactly as they would a provider.
It answers deterministically ("echo: <last user text>"), counts hits, and can be told to fail:
`POST /control {"fail_next": 2, "rate_limit_next": 1, "latency_ms": 5}`; `GET /control` returns
the counters. Run standalone: `python tests/upstream.py --port 9000`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse


@dataclass
class UpstreamControl:
    """Knobs and counters of one fake upstream."""

    hits: int = 0
    chat_hits: int = 0
    completion_hits: int = 0
    fail_next: int = 0  # next N requests answer 500
    rate_limit_next: int = 0  # next N requests answer 429
    latency_ms: float = 0.0  # added before answering (and between stream chunks / 10)
    fail_always: bool = False
    in_flight: int = 0  # requests waiting out latency_ms (a test can see that a request arrived)
    # Answer chat requests broken in one way (streamed or not), for hardening tests and bench/soak.py:
    # "invalid_json" | "no_choices" | "huge" (huge_bytes of content) | "cut" (connection dropped
    # mid-answer) | "stall" (headers, then nothing)
    misbehave: str = ""
    huge_bytes: int = 8 << 20
    last_chat_body: dict[str, Any] | None = None  # what the gateway sent, to check pass-through
    stream_chunk_chars: int = 0  # >0: stream the reply in pieces of this many characters, not words
    # Every byte of every request received (request line, headers, body), for leak checks.
    received: list[bytes] = field(default_factory=list)


def _words(text: str) -> int:
    return max(1, len(text.split()))


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for m in reversed(messages):
        if m.get("role") == "user":
            c = m.get("content")
            return c if isinstance(c, str) else " ".join(p.get("text", "") for p in c or [] if isinstance(p, dict))
    return ""


def build_upstream(control: UpstreamControl | None = None) -> FastAPI:
    ctl = control or UpstreamControl()
    app = FastAPI()
    app.state.control = ctl

    @app.exception_handler(KeyError)
    @app.exception_handler(TypeError)
    @app.exception_handler(AttributeError)
    @app.exception_handler(ValueError)
    async def _malformed(_: Request, exc: Exception) -> Response:
        """A body this fake cannot read gets the 400 a real provider would send (fuzzing sends many)."""
        return JSONResponse({"error": {"message": f"malformed request: {type(exc).__name__}",
                                       "type": "invalid_request_error", "param": None, "code": None}}, status_code=400)

    async def record(request: Request) -> dict[str, Any]:
        return await _record(ctl, request)

    def verdict() -> Response | None:
        """A failure the knobs call for (consuming it), or None to answer normally."""
        if ctl.rate_limit_next > 0:
            ctl.rate_limit_next -= 1
            return JSONResponse({"error": {"message": "slow down", "type": "rate_limit_error", "code": None,
                                           "param": None}}, status_code=429, headers={"retry-after": "0"})
        if ctl.fail_always or ctl.fail_next > 0:
            ctl.fail_next = max(0, ctl.fail_next - 1)
            return JSONResponse({"error": {"message": "upstream exploded", "type": "server_error", "code": None,
                                           "param": None}}, status_code=500)
        return None

    async def gate() -> Response | None:
        """Count the request and settle its fate as it arrives, then wait latency_ms. Deciding
        first means "the next N requests" are the next N to arrive: a request that a previous
        test let stall can never wake up and take a failure armed for the test after it (it did,
        when the knobs were read after the wait: a stalled 1.5 s request from a timeout test took
        the next test's first 429, so that test's own request succeeded on its retry)."""
        ctl.hits += 1
        early = verdict()
        if ctl.latency_ms:
            ctl.in_flight += 1
            try:
                await asyncio.sleep(ctl.latency_ms / 1000)
            finally:
                ctl.in_flight -= 1
        return early

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Response:
        body = await record(request)
        ctl.chat_hits += 1
        ctl.last_chat_body = body
        if (early := await gate()) is not None:
            return early
        if ctl.misbehave:
            return _misbehave(ctl, body)
        prompt = sum(_words(str(m.get("content") or "")) for m in body["messages"])
        reply = "echo: " + _last_user_text(body["messages"])
        if body.get("tools"):
            return _tool_call(body, prompt)
        top = int(body.get("top_logprobs") or 0) if body.get("logprobs") else None
        if body.get("stream"):
            usage = (body.get("stream_options") or {}).get("include_usage", False)
            return StreamingResponse(_chat_stream(body["model"], reply, prompt, usage, ctl.latency_ms / 10, top,
                                                  ctl.stream_chunk_chars),
                                     media_type="text/event-stream")
        words = [w if i == 0 else " " + w for i, w in enumerate(reply.split(" "))]
        logprobs = {"content": [_logprob(w, i, top) for i, w in enumerate(words)]} if top is not None else None
        return JSONResponse({
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion", "created": int(time.time()),
            "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop",
                         "logprobs": logprobs}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": _words(reply),
                      "total_tokens": prompt + _words(reply)},
        })

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        body = await record(request)
        ctl.completion_hits += 1
        if (early := await gate()) is not None:
            return early
        prompt_text = body["prompt"] if isinstance(body["prompt"], str) else str(body["prompt"][0])
        reply = " echo: " + prompt_text
        usage = {"prompt_tokens": _words(prompt_text), "completion_tokens": _words(reply),
                 "total_tokens": _words(prompt_text) + _words(reply)}
        return JSONResponse({"id": f"cmpl-{uuid.uuid4().hex[:12]}", "object": "text_completion",
                             "created": int(time.time()), "model": body["model"],
                             "choices": [{"index": 0, "text": reply, "finish_reason": "stop", "logprobs": None}],
                             "usage": usage})

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": "fake-model", "object": "model", "created": 0, "owned_by": "me"}]}

    @app.get("/control")
    async def read_control() -> dict[str, Any]:
        return {k: v for k, v in asdict(ctl).items() if k != "received"}

    @app.post("/control")
    async def set_control(request: Request) -> dict[str, Any]:
        for k, v in (await request.json()).items():
            setattr(ctl, k, v)
        return {k: v for k, v in asdict(ctl).items() if k != "received"}

    return app


async def _record(ctl: UpstreamControl, request: Request) -> dict[str, Any]:
    """The request's bytes (request line, headers, body) into `received`; its JSON body back."""
    raw = await request.body()
    head = f"{request.method} {request.url.path}?{request.url.query}\n".encode()
    head += b"".join(k + b": " + v + b"\n" for k, v in request.headers.raw)
    ctl.received.append(head + b"\n" + raw)
    return json.loads(raw)  # type: ignore[no-any-return]


def build_anthropic_upstream(control: UpstreamControl | None = None) -> FastAPI:
    """A fake Anthropic Messages API (`POST /v1/messages`, JSON or SSE), reached through litellm's
    `anthropic/...` provider: proves the gateway scans what a non-OpenAI protocol carries too.
    It echoes the last user text ("echo: ...") and records every byte it receives."""
    ctl = control or UpstreamControl()
    app = FastAPI()
    app.state.control = ctl

    @app.post("/v1/messages")
    async def messages(request: Request) -> Response:
        body = await _record(ctl, request)
        ctl.hits += 1
        ctl.chat_hits += 1
        ctl.last_chat_body = body
        user = next((m for m in reversed(body["messages"]) if m["role"] == "user"), {"content": ""})
        content = user["content"]
        text = content if isinstance(content, str) else " ".join(
            b.get("text", "") for b in content if isinstance(b, dict) and b.get("type") == "text")
        reply, prompt = "echo: " + text, sum(_words(json.dumps(m["content"])) for m in body["messages"])
        msg_id, model = f"msg_{uuid.uuid4().hex[:12]}", body["model"]
        if body.get("stream"):
            return StreamingResponse(_anthropic_stream(msg_id, model, reply, prompt, ctl.stream_chunk_chars),
                                     media_type="text/event-stream")
        return JSONResponse({"id": msg_id, "type": "message", "role": "assistant", "model": model,
                             "content": [{"type": "text", "text": reply}], "stop_reason": "end_turn",
                             "stop_sequence": None, "usage": {"input_tokens": prompt, "output_tokens": _words(reply)}})

    return app


async def _anthropic_stream(msg_id: str, model: str, reply: str, prompt: int, chunk_chars: int
                            ) -> AsyncIterator[bytes]:
    """The Messages API's SSE events: message_start, one text block in deltas, message_delta, stop."""
    def event(name: str, data: dict[str, Any]) -> bytes:
        return f"event: {name}\ndata: {json.dumps({'type': name, **data})}\n\n".encode()

    yield event("message_start", {"message": {
        "id": msg_id, "type": "message", "role": "assistant", "model": model, "content": [], "stop_reason": None,
        "stop_sequence": None, "usage": {"input_tokens": prompt, "output_tokens": 1}}})
    yield event("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}})
    step = chunk_chars or 8
    for i in range(0, len(reply), step):
        yield event("content_block_delta", {"index": 0, "delta": {"type": "text_delta", "text": reply[i:i + step]}})
    yield event("content_block_stop", {"index": 0})
    yield event("message_delta", {"delta": {"stop_reason": "end_turn", "stop_sequence": None},
                                  "usage": {"output_tokens": _words(reply)}})
    yield event("message_stop", {})


def _misbehave(ctl: UpstreamControl, body: dict[str, Any]) -> Response:
    """A reply broken the way `ctl.misbehave` says, as a provider (or a proxy in front of it) might."""
    mode, stream = ctl.misbehave, bool(body.get("stream"))
    head = {"id": "chatcmpl-bad", "object": "chat.completion.chunk" if stream else "chat.completion",
            "created": int(time.time()), "model": body["model"]}

    async def chunks() -> AsyncIterator[bytes]:
        if mode == "invalid_json":
            yield b"data: {this is not json\n\n"
            yield b"data: [DONE]\n\n"
        elif mode == "no_choices":
            for _ in range(3):
                yield f"data: {json.dumps({**head, 'choices': []})}\n\n".encode()
            yield b"data: [DONE]\n\n"
        elif mode == "huge":
            piece = json.dumps({**head, "choices": [{"index": 0, "delta": {"content": "x" * 65536},
                                                     "finish_reason": None}]})
            for _ in range(ctl.huge_bytes // 65536 + 1):
                yield f"data: {piece}\n\n".encode()
            yield b"data: [DONE]\n\n"
        elif mode == "cut":
            piece = json.dumps({**head, "choices": [{"index": 0, "delta": {"content": "partial"},
                                                     "finish_reason": None}]})
            yield f"data: {piece}\n\n".encode()
            raise RuntimeError("upstream dropped the connection")  # uvicorn aborts the response
        elif mode == "stall":
            await asyncio.sleep(3600)
            yield b""

    if stream:
        return StreamingResponse(chunks(), media_type="text/event-stream")
    if mode == "invalid_json":
        return Response(b"{this is not json", media_type="application/json")
    if mode == "no_choices":
        return JSONResponse({**head, "choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 0,
                                                             "total_tokens": 1}})
    if mode == "huge":
        return JSONResponse({**head, "choices": [{"index": 0, "message": {"role": "assistant",
                                                                          "content": "x" * ctl.huge_bytes},
                                                  "finish_reason": "stop"}]})
    return StreamingResponse(chunks(), media_type="application/json")  # cut / stall mid-body


def _tool_call(body: dict[str, Any], prompt: int) -> Response:
    """Answer a tools request with a call of the first tool (proves tools pass through)."""
    name = body["tools"][0]["function"]["name"]
    call = {"id": "call_1", "type": "function", "function": {"name": name, "arguments": "{\"x\": 1}"}}
    return JSONResponse({
        "id": "chatcmpl-tools", "object": "chat.completion", "created": int(time.time()), "model": body["model"],
        "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [call]},
                     "finish_reason": "tool_calls"}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": 5, "total_tokens": prompt + 5},
    })


def _logprob(word: str, i: int, top: int | None) -> dict[str, Any]:
    """Made-up but recognisable logprobs: word i gets -0.1 * (i + 1); alternatives are lower."""
    lp = -0.1 * (i + 1)
    alts = [{"token": word, "logprob": lp, "bytes": list(word.encode())}]
    alts += [{"token": f"alt{k}", "logprob": lp - k, "bytes": list(f"alt{k}".encode())} for k in range(1, top or 0)]
    return {"token": word, "logprob": lp, "bytes": list(word.encode()), "top_logprobs": alts[: top or 0]}


async def _chat_stream(model: str, reply: str, prompt: int, usage: bool, gap_ms: float,
                       top: int | None = None, chunk_chars: int = 0) -> AsyncIterator[bytes]:
    cid, created = f"chatcmpl-{uuid.uuid4().hex[:12]}", int(time.time())

    def chunk(delta: dict[str, Any], finish: str | None = None, use: dict[str, int] | None = None,
              choices: bool = True, logprobs: dict[str, Any] | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": logprobs}
        body: dict[str, Any] = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                                "choices": [choice] if choices else []}
        if use is not None:
            body["usage"] = use
        return f"data: {json.dumps(body)}\n\n".encode()

    yield chunk({"role": "assistant", "content": ""})
    words = reply.split(" ")
    pieces = ([reply[i:i + chunk_chars] for i in range(0, len(reply), chunk_chars)] if chunk_chars
              else [w if i == 0 else " " + w for i, w in enumerate(words)])
    for i, text in enumerate(pieces):
        if gap_ms:
            await asyncio.sleep(gap_ms / 1000)
        yield chunk({"content": text}, logprobs={"content": [_logprob(text, i, top)]} if top is not None else None)
    yield chunk({}, "stop")
    if usage:
        yield chunk({}, use={"prompt_tokens": prompt, "completion_tokens": len(words),
                             "total_tokens": prompt + len(words)}, choices=False)
    yield b"data: [DONE]\n\n"


# --------------------------------------------------------------------------------------------
# Running servers in-process
# --------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerThread:
    """A real uvicorn server on a free loopback port, in a daemon thread; `stop()` shuts it down."""

    def __init__(self, app: Any, port: int | None = None, log_level: str = "warning", settings: Any = None) -> None:
        """`settings`: a gateway ServerSettings, to run with the connection limits `hybridgate serve` uses."""
        self.port = port or free_port()
        if settings is not None:
            from gateway.server import uvicorn_config

            config = uvicorn_config(app, settings, host="127.0.0.1", port=self.port, log_level=log_level,
                                    access_log=False)
        else:
            config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level=log_level, access_log=False,
                                    lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name=f"uvicorn-{self.port}", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 120.0) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + timeout_s
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("server thread exited during start-up (see the log above)")
            if time.monotonic() > deadline:
                raise TimeoutError(f"server on port {self.port} did not start in {timeout_s}s")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)


def main() -> None:
    parser = argparse.ArgumentParser(description="fake OpenAI-compatible upstream")
    parser.add_argument("--port", type=int, default=9000)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    args = parser.parse_args()
    uvicorn.run(build_upstream(UpstreamControl(latency_ms=args.latency_ms)), host="127.0.0.1", port=args.port,
                log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
