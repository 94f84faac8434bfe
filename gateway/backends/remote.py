"""Remote backend: any provider litellm speaks to, with our own retry policy.

litellm's and the OpenAI client's built-in retries are switched off (`max_retries=0`) so there
is exactly one retry loop — this one — whose attempts are visible in logs and bounded by the
route's `max_retries`; after it the pipeline walks the route's fallbacks.
Importing this module imports litellm (seconds): local-only servers never import it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
# OpenAI-compatible chat goes through litellm's own HTTP handler (its request/response transforms
# and shared pooled httpx client) rather than through the openai SDK, whose request-parameter
# transform and response model construction double litellm's per-call CPU: Python calls per
# non-streaming call 8,400 -> 4,300, per 12-chunk stream 24,100 -> 14,700 (cProfile, fake upstream).
# Set it to "false" in the environment to go back to the SDK path.
os.environ.setdefault("EXPERIMENTAL_OPENAI_BASE_LLM_HTTP_HANDLER", "true")
import httpcore  # noqa: E402
import httpx  # noqa: E402
import litellm  # noqa: E402
import openai  # noqa: E402  (litellm's exceptions derive from the openai SDK's)
from litellm import exceptions as lx  # noqa: E402
from litellm.llms.custom_httpx.http_handler import AsyncHTTPHandler  # noqa: E402

from gateway.backends.base import (  # noqa: E402
    Backend,
    BackendCall,
    BackendReply,
    Delta,
    LogprobAlternative,
    LogprobToken,
    ReplyChoice,
)
from gateway.errors import (  # noqa: E402
    GatewayError,
    InvalidRequest,
    UpstreamError,
    UpstreamRateLimited,
    UpstreamTimeout,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

# litellm.Timeout derives from openai's APITimeoutError (not from litellm.APIConnectionError); raw
# SDK, httpx and asyncio timeouts can surface too, mostly mid-stream. A timeout is not retried:
# the route's time budget is spent, so the request moves on to the next route at once.
_TIMEOUTS = (openai.APITimeoutError, httpx.TimeoutException, TimeoutError)
_RETRYABLE = (lx.RateLimitError, lx.InternalServerError, lx.ServiceUnavailableError, lx.BadGatewayError,
              lx.APIConnectionError)
_PROVIDER_ERRORS = (openai.OpenAIError, httpx.HTTPError, TimeoutError)
_CLIENT_ERRORS = (lx.BadRequestError, lx.UnprocessableEntityError)
_MAX_BACKOFF_S = 2.0
# The most bytes one upstream reply may carry (body or whole stream): far above any model's
# output limit (128k tokens as SSE is ~30 MB), far below what would hurt the process.
MAX_REPLY_BYTES = int(os.environ.get("HYBRIDGATE_MAX_REPLY_BYTES", str(64 << 20)))
_NO_KEY = "sk-no-key-required"
# Idle pooled connections are dropped after this long: under the 5 s keep-alive of uvicorn (vLLM's
# server, and a default of Node and Go servers), so the gateway never sends a request down a
# connection the server is closing at that very moment (the request would fail, unsent or not).
KEEPALIVE_S = 4.0
litellm.suppress_debug_info = True  # no "Give Feedback" banners in the server log
# litellm logs every call at INFO, and litellm and the openai SDK log request bodies at DEBUG:
# prompts must never reach our logs, whatever --log-level says.
for _name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "openai"):
    logging.getLogger(_name).setLevel(logging.WARNING)


class UpstreamProtocolError(httpx.TransportError):
    """The provider's reply is not what OpenAI's protocol promises, or broke off after its headers
    (raised inside the HTTP stream, so litellm reports it like any broken connection).

    Deliberately not an httpx.RemoteProtocolError: litellm's HTTP handler answers that (and
    ConnectError) by sending the whole request again on a transient client, a second provider call
    that no route's `max_retries` counts (every over-cap reply was downloaded twice)."""


class _GuardedStream(httpx.AsyncByteStream):
    """An upstream response body, checked while it is read: never more than MAX_REPLY_BYTES, and
    for an event stream every `data:` event is a JSON object and at least one carries a choice.
    litellm skips events it cannot parse and ends a stream with a synthetic `stop`, so without
    this an upstream sending garbage looked like an empty, successful answer."""

    def __init__(self, inner: httpx.AsyncByteStream, sse: bool) -> None:
        self.inner, self.sse = inner, sse

    async def __aiter__(self) -> AsyncIterator[bytes]:
        limit, size, pending, saw_choice = MAX_REPLY_BYTES, 0, b"", False
        chunks = aiter(self.inner)
        try:
            async for chunk in self._read(chunks):
                size += len(chunk)
                if size > limit:
                    raise UpstreamProtocolError(f"upstream reply over {limit} bytes")
                if self.sse:
                    lines = (pending + chunk).split(b"\n")
                    pending = lines.pop()
                    if len(pending) > limit:
                        raise UpstreamProtocolError("upstream event without a line end")
                    saw_choice = _check_events(lines, saw_choice)
                yield chunk
            if self.sse:
                _check_events([pending, b"data: [DONE]"], saw_choice)
        except BaseException:
            # Refused or abandoned mid-body: drop the connection now. Left to the garbage
            # collector, it stays checked out with the rest of the reply unread.
            await self.aclose()
            raise
        finally:
            await chunks.aclose()  # type: ignore[attr-defined]

    async def _read(self, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        """The inner body; a connection the provider closed mid-body becomes UpstreamProtocolError.
        The request was seen (its reply had begun), so it must never be sent again (see the class);
        an event stream keeps httpx's error, which litellm reads as the end of a stream whose
        finish_reason has already arrived."""
        try:
            async for chunk in chunks:
                yield chunk
        except httpx.RemoteProtocolError as exc:
            if self.sse:
                raise
            raise UpstreamProtocolError("upstream closed the connection mid-reply") from exc

    async def aclose(self) -> None:
        await self.inner.aclose()


def _check_events(lines: list[bytes], saw: bool) -> bool:
    """Whether a choice was seen, these SSE lines included; UpstreamProtocolError for an event that
    is not a JSON object, or a stream ending (`[DONE]`, or its last byte) before any choice."""
    for line in lines:
        if not line.startswith(b"data:"):
            continue
        data = line[5:].strip()
        if data == b"[DONE]":
            if not saw:
                raise UpstreamProtocolError("upstream stream ended without any choice")
            continue
        if not data:
            continue
        try:
            event = json.loads(data)
        except ValueError:
            raise UpstreamProtocolError("upstream sent an event that is not JSON") from None
        if not isinstance(event, dict):
            raise UpstreamProtocolError("upstream sent an event that is not a JSON object")
        if "error" in event and not event.get("choices"):
            raise UpstreamProtocolError("upstream sent an error event mid-stream")
        saw = saw or bool(event.get("choices"))
    return saw


class _GuardedTransport(httpx.AsyncBaseTransport):
    """Wraps the provider transport so every reply body goes through _GuardedStream.

    Shared by every client of one route, and closed only by its owner (`shutdown`): litellm builds
    transient clients on it (its re-send after a ConnectError) and closes them afterwards, which,
    passed through, closed the pool's connections under every request in flight on the route
    (their body reads failed with ReadError <- ClosedResourceError)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                # A pooled connection the server closed while idle fails the request's write
                # (EPIPE): the request never reached the provider, so it goes again, once, on a
                # connection the pool opens or checks anew. Not a retry of a provider call (that
                # loop is _with_retries): a request the provider may have seen is never sent twice.
                replayable = isinstance(request.stream, httpx.ByteStream)
                if not replayable or not any(isinstance(e, BrokenPipeError) for e in _causes(exc)):
                    raise
                log.info("upstream %s closed a pooled connection as it was reused; sending on another",
                         request.url.host)
                response = await self.inner.handle_async_request(request)
        except httpx.RemoteProtocolError as exc:
            # Closed after the request was written: the provider may have seen it, so litellm must
            # not send it again (see UpstreamProtocolError); _with_retries decides.
            raise UpstreamProtocolError("upstream closed the connection before replying") from exc
        sse = response.headers.get("content-type", "").startswith("text/event-stream")
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        return httpx.Response(response.status_code, headers=response.headers, stream=_GuardedStream(stream, sse),
                              extensions=response.extensions, request=request)

    async def aclose(self) -> None:
        """Nothing: a client closing does not close the shared pool (see the class)."""

    async def shutdown(self) -> None:
        """Close the pool and its connections: the route's backend is done."""
        await self.inner.aclose()


class _ConnectionPool(httpcore.AsyncConnectionPool):
    """httpcore's pool without its race encode/httpcore#1110 (open in 1.0.9): a pass hands an idle
    connection to a waiting request, and before that request starts on it another pass (a reply
    closing) finds it still idle and closes it: as expired keep-alive, or because the server's
    FIN arrived. Closing several at once awaits between them, so the request can start first and
    its read then fails: ReadError <- ClosedResourceError (seen in bench/soak.py under load).
    Here a connection any request holds is out of every pass (neither closed nor handed to a
    second request) until that request is done. Only for an unlimited pool (max_connections=None):
    held connections are not counted against the limit."""

    def _assign_requests_to_connections(self) -> list[httpcore.AsyncConnectionInterface]:
        held = {id(r.connection) for r in self._requests if r.connection is not None}
        spoken = [c for c in self._connections if id(c) in held]
        self._connections = [c for c in self._connections if id(c) not in held]
        try:
            return super()._assign_requests_to_connections()
        finally:
            self._connections = spoken + self._connections


def _transport() -> _GuardedTransport:
    """httpx's connection pool, guarded. Not litellm's default aiohttp transport: with 16 requests
    at once whose replies were cut at the size cap, aiohttp's pool left requests idle past the
    route's timeout (40 s and more, no connection open) and then failed others with
    ServerDisconnectedError; httpx's pool answered every one at once (502, over the cap). No cap on
    connections: the gateway's admission bounds concurrency, and a pool wait would read as a
    provider timeout."""
    inner = httpx.AsyncHTTPTransport(
        limits=httpx.Limits(max_connections=None, max_keepalive_connections=100, keepalive_expiry=KEEPALIVE_S))
    assert type(inner._pool) is httpcore.AsyncConnectionPool  # no proxy: httpx built a plain pool
    inner._pool.__class__ = _ConnectionPool  # the same pool, its assignment pass fixed
    return _GuardedTransport(inner)


def _causes(exc: BaseException) -> list[BaseException]:
    """`exc` and what it wraps, outermost first: litellm keeps the provider's exception in
    `original_exception` (a mid-stream failure becomes MidStreamFallbackError with status 500,
    whatever happened), Python in __cause__ / __context__."""
    chain: list[BaseException] = []
    link: BaseException | None = exc
    while link is not None and len(chain) < 10 and all(link is not seen for seen in chain):
        chain.append(link)
        link = getattr(link, "original_exception", None) or link.__cause__ or link.__context__
    return chain


def _as_gateway_error(route: str, exc: Exception) -> GatewayError:
    """Provider exception -> the error the pipeline acts on (InvalidRequest is never retried elsewhere).
    Judged by the whole chain, not litellm's outer class: a stall mid-stream is a timeout, a reply
    our guard stopped says why, and the message names every class in the chain (never its text,
    which can quote the request)."""
    chain = _causes(exc)
    if any(isinstance(e, _TIMEOUTS) for e in chain):
        return UpstreamTimeout(f"route {route!r}: upstream timed out")
    if isinstance(exc, lx.RateLimitError):
        return UpstreamRateLimited(f"route {route!r}: upstream rate limit (429) after retries")
    if isinstance(exc, _CLIENT_ERRORS):
        return InvalidRequest(f"route {route!r}: upstream rejected the request: {getattr(exc, 'message', exc)}")
    guard = next((e for e in chain if isinstance(e, UpstreamProtocolError)), None)
    if guard is not None:
        return UpstreamError(f"route {route!r}: {guard}")
    status = getattr(exc, "status_code", None)
    return UpstreamError(f"route {route!r}: upstream error{f' {status}' if status else ''}: "
                         f"{' <- '.join(type(e).__name__ for e in chain)}")


class RemoteBackend(Backend):
    kind = "litellm"

    def __init__(self, route: str, spec: Any) -> None:
        super().__init__(route, spec.model)
        self.spec = spec
        self.api_key = os.environ.get(spec.api_key_env) if spec.api_key_env else None
        self._pool: _GuardedTransport | None = None  # this route's connections, shared by both clients
        self._http: AsyncHTTPHandler | None = None  # made on first use, inside the serving loop
        self._sdk: openai.AsyncOpenAI | None = None  # legacy completions (litellm's openai SDK path)

    @property
    def unavailable_reason(self) -> str | None:
        if self.spec.api_key_env and not self.api_key:
            return f"provider key not set (env {self.spec.api_key_env})"
        return None

    def _kwargs(self, call: BackendCall, stream: bool) -> dict[str, Any]:
        """litellm arguments that send `call.payload` and nothing else the client wrote.

        The route's shaping (output cap, sampling defaults, n: numbers from the policy) goes as
        litellm arguments, which litellm renames per provider. The client's own fields, as
        scanned: OpenAI-compatible upstreams get them through `extra_body`, which litellm merges
        into the body unchanged (given as arguments it would drop `user` and rename fields);
        other providers get them as arguments for litellm to translate, which moves and renames
        them, but every string it can send is one the scan saw.
        """
        if call.payload is None:
            raise AssertionError("a remote call needs the scanned payload (gateway/signals/outgoing.py)")
        body = dict(call.payload)
        kw: dict[str, Any] = {"model": self.spec.model, "timeout": self.spec.timeout_s, "max_retries": 0}
        if self.spec.api_base:
            kw["api_base"] = self.spec.api_base
        # Keyless OpenAI-compatible servers (vLLM, llama.cpp) still need *a* key for the client.
        kw["api_key"] = self.api_key or _NO_KEY
        shaped = call.shaping()
        if "max_tokens" in shaped:
            body.pop("max_completion_tokens", None)
        for name in shaped:
            body.pop(name, None)
        kw.update(shaped)
        conversation = "messages" if call.endpoint == "chat" else "prompt"
        kw[conversation] = body.pop(conversation, None)
        if _speaks_openai(self.spec.model):
            if body:
                kw["extra_body"] = body
        else:
            kw.update(body)
        if call.endpoint == "chat":
            kw["client"] = self._client()
            # litellm routes any request with tools through its MCP bridge, which imports the
            # optional `mcp` package; we pass tools to the provider verbatim, so skip the bridge.
            kw["_skip_mcp_handler"] = True
        elif _speaks_openai(self.spec.model):  # litellm sends legacy completions through the openai SDK client
            kw["client"] = self._sdk_client()
        if stream:
            kw["stream"] = True
            kw["stream_options"] = {"include_usage": True}  # the ledger needs usage even if the client didn't ask
        return kw

    def _transport(self) -> _GuardedTransport:
        if self._pool is None:
            self._pool = _transport()
        return self._pool

    def _client(self) -> AsyncHTTPHandler:
        """This route's pooled HTTP client, its replies size-capped and stream-checked."""
        if self._http is None:
            self._http = AsyncHTTPHandler(timeout=self.spec.timeout_s, transport=self._transport())
        return self._http

    def _sdk_client(self) -> openai.AsyncOpenAI:
        """The same guard for /v1/completions, which litellm sends through the openai SDK."""
        if self._sdk is None:
            self._sdk = openai.AsyncOpenAI(
                api_key=self.api_key or _NO_KEY, base_url=self.spec.api_base, max_retries=0,
                timeout=self.spec.timeout_s, http_client=httpx.AsyncClient(transport=self._transport()))
        return self._sdk

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None
        if self._sdk is not None:
            await self._sdk.close()
            self._sdk = None
        if self._pool is not None:
            await self._pool.shutdown()
            self._pool = None

    async def _call(self, call: BackendCall, stream: bool) -> Any:
        fn = litellm.acompletion if call.endpoint == "chat" else litellm.atext_completion
        kw = self._kwargs(call, stream)
        return await self._with_retries(lambda: fn(**kw))

    async def _with_retries(self, attempt: Callable[[], Awaitable[T]]) -> T:
        """Retry 429/5xx/connection failures with jittered exponential backoff, then give up."""
        tries = self.spec.max_retries + 1
        for i in range(tries):
            try:
                return await attempt()
            except _TIMEOUTS as exc:
                raise _as_gateway_error(self.route, exc) from exc
            except _RETRYABLE as exc:
                if i + 1 >= tries:
                    raise _as_gateway_error(self.route, exc) from exc
                delay = min(_MAX_BACKOFF_S, 0.05 * 2**i) * (0.5 + random.random())
                log.info("route %s: %s, retry %d/%d in %.2fs", self.route, type(exc).__name__, i + 1,
                         tries - 1, delay)
                await asyncio.sleep(delay)
            except _PROVIDER_ERRORS as exc:
                raise _as_gateway_error(self.route, exc) from exc
        raise AssertionError("unreachable")

    async def complete(self, call: BackendCall, on_delta: Callable[[Delta], None] | None = None) -> BackendReply:
        """One whole answer (`on_delta` is not called: a provider's reply arrives at once)."""
        resp = (await self._call(call, stream=False)).model_dump()
        if not resp.get("choices"):
            raise UpstreamError(f"route {self.route!r}: upstream reply has no choices")
        usage = resp.get("usage") or {}
        choices = []
        for i, c in enumerate(resp.get("choices") or []):
            choice = ReplyChoice(index=int(c.get("index") or i), finish_reason=c.get("finish_reason") or "stop",
                                 logprobs=_logprobs(c.get("logprobs")) if call.logprobs else None)
            if call.endpoint == "chat":
                choice.message = {k: v for k, v in (c.get("message") or {}).items()
                                  if v is not None and k != "provider_specific_fields"}
                choice.text = choice.message.get("content") or ""
            else:
                choice.text = c.get("text") or ""
            choices.append(choice)
        return BackendReply(model=resp.get("model") or self.model, choices=choices,
                            prompt_tokens=int(usage.get("prompt_tokens") or 0),
                            completion_tokens=int(usage.get("completion_tokens") or 0),
                            cached_tokens=_cached(usage))

    async def stream(self, call: BackendCall) -> AsyncIterator[Delta]:
        response = await self._call(call, stream=True)
        try:
            async for chunk in response:
                for delta in _deltas(chunk.model_dump(), call.endpoint, call.logprobs):
                    yield delta
        except _PROVIDER_ERRORS as exc:
            raise _as_gateway_error(self.route, exc) from exc

    def health(self) -> dict[str, Any]:
        return {"api_base": self.spec.api_base, "api_key_env": self.spec.api_key_env}


def _deltas(chunk: dict[str, Any], endpoint: str, logprobs: bool) -> list[Delta]:
    """One provider chunk -> a Delta per choice it carries (and one for a usage-only chunk)."""
    usage = chunk.get("usage")
    totals = (int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)) if usage else None
    out: list[Delta] = []
    for i, c in enumerate(chunk.get("choices") or []):
        d = Delta(index=int(c.get("index") or i), finish_reason=c.get("finish_reason"),
                  logprobs=_logprobs(c.get("logprobs")) if logprobs else None)
        if endpoint == "chat":
            delta = c.get("delta") or {}
            d.text = delta.get("content") or ""
            d.tool_calls = delta.get("tool_calls") or None
        else:
            d.text = c.get("text") or ""
        out.append(d)
    if totals is not None:
        if not out:
            out.append(Delta())
        out[-1].usage, out[-1].cached_tokens = totals, _cached(usage)
    return out


def _cached(usage: dict[str, Any] | None) -> int | None:
    details = (usage or {}).get("prompt_tokens_details") or {}
    cached = details.get("cached_tokens") if isinstance(details, dict) else None
    return int(cached) if cached is not None else None


def _logprobs(raw: Any) -> list[LogprobToken] | None:
    """A provider's logprobs, chat shape ({content: [...]}) or legacy completions shape
    ({tokens, token_logprobs, top_logprobs}), as our one internal form."""
    if not isinstance(raw, dict):
        return None
    if raw.get("content") is not None or "tokens" not in raw:
        out = []
        for e in raw.get("content") or []:
            top = [LogprobAlternative(t.get("token", ""), float(t.get("logprob", 0.0)), t.get("bytes"))
                   for t in e.get("top_logprobs") or []]
            out.append(LogprobToken(e.get("token", ""), float(e.get("logprob", 0.0)), e.get("bytes"), top))
        return out
    tops = raw.get("top_logprobs") or []
    out = []
    for i, (token, lp) in enumerate(zip(raw.get("tokens") or [], raw.get("token_logprobs") or [])):
        alts = tops[i] if i < len(tops) else {}
        # null entries (an echoed prompt's first token) stay null, never a logprob of 0 (certainty)
        out.append(LogprobToken(token, float(lp) if lp is not None else None, None,
                                [LogprobAlternative(t, float(v)) for t, v in alts.items()]
                                if isinstance(alts, dict) else None))
    return out


async def warm() -> None:
    """Pay litellm's lazy imports (~0.5 s) at start-up, not on the first request (no network)."""
    await litellm.acompletion(model="openai/warmup", messages=[{"role": "user", "content": "hi"}],
                              mock_response="ok", api_key="unused")


def _speaks_openai(model: str) -> bool:
    """Models litellm sends over OpenAI's wire format: `openai/...` or a bare OpenAI model name."""
    return model.startswith("openai/") or "/" not in model
