"""Local backend: the in-process engine behind an async bridge.

The scheduler's `Handle` is a blocking iterator, so one worker thread per request drains it
into an asyncio queue; the event loop never blocks on the model. Closing the async stream
(the client went away, or the pipeline gave up) cancels the sequence so its batch slot and KV
blocks come back at the next step.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from typing import Any

from gateway.backends.base import Backend, BackendCall, Delta, LogprobAlternative, LogprobToken
from gateway.errors import ContextLengthExceeded, InvalidRequest, ServiceUnavailable, UpstreamError
from gateway.policy.schema import OnContextOverflow, RouteSpec
from local_engine.api import (
    ContextOverflowError,
    EngineBusyError,
    EngineError,
    EngineUnavailableError,
    GenerationChunk,
    InvalidRequestError,
    NoChatTemplateError,
    SamplingParams,
    TokenLogprob,
)
from local_engine.chat_template import ChatTemplateError

log = logging.getLogger(__name__)
_END = object()


@dataclass(frozen=True)
class RuntimeKey:
    """Local routes with equal keys share one loaded engine and scheduler."""

    model: str
    n_ctx: int
    n_threads: int
    n_gpu_layers: int | str
    max_batch: int
    max_queue: int
    require_gpu: bool = False


class LocalRuntime:
    """A loaded Engine and its Scheduler (several routes may point at one)."""

    def __init__(self, key: RuntimeKey) -> None:
        from local_engine.engine import DEFAULT_MAX_SEQUENCES, Engine
        from local_engine.model_store import resolve_model
        from local_engine.scheduler import Scheduler

        self.key = key
        path = resolve_model(key.model)
        self.engine = Engine.load(path, n_ctx=key.n_ctx, n_threads=key.n_threads, n_gpu_layers=key.n_gpu_layers,
                                  require_gpu=key.require_gpu, max_sequences=max(key.max_batch, DEFAULT_MAX_SEQUENCES))
        self.scheduler = Scheduler(self.engine, max_batch=key.max_batch, max_queue=key.max_queue)
        log.info("local engine loaded: %s (%s, n_ctx=%d)", path.name, self.engine.info.placement, key.n_ctx)

    def close(self) -> None:
        self.scheduler.close()


# Fields the local route serves through capability routing (a request that needs tools or a schema
# never reaches it), so their presence alone asks nothing of the engine.
_ROUTED_FIELDS = frozenset({"tools", "tool_choice", "parallel_tool_calls", "response_format"})


def sampling_params(call: BackendCall, route: str = "local") -> SamplingParams:
    """OpenAI request fields (route defaults already applied) -> engine sampling knobs; a field
    the engine cannot honour is a 400 naming it, never silently dropped."""
    for name in call.unknown_fields():
        if name not in _ROUTED_FIELDS:
            raise InvalidRequest(f"route {route!r} (local engine) does not support `{name}`", param=name,
                                 code="unsupported_parameter")
    if call.echo and call.logprobs:
        raise InvalidRequest(f"route {route!r} (local engine) does not return prompt logprobs: "
                             "send echo or logprobs, not both", param="echo", code="unsupported_parameter")
    return SamplingParams(
        max_tokens=call.max_tokens,
        temperature=1.0 if call.temperature is None else call.temperature,
        top_p=1.0 if call.top_p is None else call.top_p,
        top_k=max(0, call.top_k or 0),
        min_p=call.min_p or 0.0,
        repeat_penalty=1.0 if call.repeat_penalty is None else call.repeat_penalty,
        presence_penalty=call.presence_penalty or 0.0,
        frequency_penalty=call.frequency_penalty or 0.0,
        seed=call.seed,
        stop=list(call.stop),
        logit_bias=_logit_bias(call.logit_bias),
        logprobs=call.logprobs,
        top_logprobs=call.top_logprobs,
    )


def _logit_bias(bias: dict[str, float] | None) -> dict[int, float]:
    """OpenAI's logit_bias ({"token id": -100..100}) for the engine's sampler; -100 bans a token."""
    out: dict[int, float] = {}
    for key, value in (bias or {}).items():
        try:
            token = int(key)
        except ValueError:
            raise InvalidRequest(f"logit_bias keys are token ids, got {key!r}", param="logit_bias") from None
        if token < 0 or not -100.0 <= float(value) <= 100.0:
            raise InvalidRequest(f"logit_bias[{key}] must be a token id >= 0 with a bias in [-100, 100]",
                                 param="logit_bias")
        out[token] = float(value)
    return out


def _check_token_ids(ids: Any, n_vocab: int, param: str) -> None:
    """Token ids the client chose must exist in this route's vocabulary (400 otherwise)."""
    bad = [i for i in ids if not 0 <= int(i) < n_vocab]
    if bad:
        raise InvalidRequest(f"token ids out of this model's vocabulary [0, {n_vocab}): {bad[:5]}", param=param,
                             code="invalid_token_id")


def _text_content(content: Any, where: str) -> str:
    """Chat templates want strings: join the text parts of a multi-part content (images never get
    here: capability routing sends them to a vision route); other kinds are refused."""
    if content is None or isinstance(content, str):
        return content or ""
    out = []
    for j, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind not in ("text", "input_text"):
            raise InvalidRequest(f"the local engine reads text only; content part of type {kind!r} is not supported",
                                 param=f"{where}.content[{j}]", code="unsupported_content")
        out.append(str(part.get("text", "")))
    return "".join(out)


@dataclass
class _Prompt:
    ids: list[int]
    text: str | None  # what `echo` returns
    truncated_tokens: int = 0


class LocalBackend(Backend):
    kind = "local"

    def __init__(self, route: str, runtime: LocalRuntime, spec: RouteSpec | None = None) -> None:
        super().__init__(route, runtime.key.model)
        self.runtime = runtime
        self.overflow: OnContextOverflow = spec.on_context_overflow if spec is not None else "reject"
        self.max_batch = spec.max_batch if spec is not None else runtime.key.max_batch

    # --- the prompt -----------------------------------------------------------------------------
    def _prompt(self, call: BackendCall) -> _Prompt:
        engine = self.runtime.engine
        if call.endpoint == "completions":
            prompt = call.prompt if call.prompt is not None else ""
            if not isinstance(prompt, str):
                _check_token_ids(prompt, engine.info.n_vocab, "prompt")
            ids = engine.prompt_ids(prompt)
            self._check_fits(ids, call, "prompt")
            text = prompt if isinstance(prompt, str) else engine.detokenize(ids, skip_special=False)
            return _Prompt(ids, text)
        messages = [{"role": m["role"], "content": _text_content(m.get("content"), f"messages[{i}]")}
                    for i, m in enumerate(call.messages or [])]
        ids = self._render(messages)
        if self.overflow == "truncate" and len(ids) + self._reserve(call) > engine.n_ctx:
            return self._truncated(messages, ids, call)
        self._check_fits(ids, call, "messages")
        return _Prompt(ids, None)

    def _render(self, messages: list[dict[str, Any]]) -> list[int]:
        engine = self.runtime.engine
        try:
            return engine.prompt_ids(engine.apply_chat_template(messages, add_generation_prompt=True))
        except NoChatTemplateError as exc:  # a base model: no other route would render it either
            raise InvalidRequest(
                f"model {self.model!r} (route {self.route!r}) has no chat template (it is a base model): "
                "send a plain prompt to /v1/completions instead", param="model", code="no_chat_template") from exc
        except ChatTemplateError as exc:  # the template is broken or refused these messages
            raise InvalidRequest(f"route {self.route!r}: the chat template of model {self.model!r} cannot render "
                                 f"these messages: {exc}", param="messages", code="chat_template_error") from exc

    def _reserve(self, call: BackendCall) -> int:
        """Output room truncation leaves: max_tokens, at most a quarter of the context."""
        quarter = max(1, self.runtime.engine.n_ctx // 4)
        return min(call.max_tokens or quarter, quarter)

    def _check_fits(self, ids: list[int], call: BackendCall, param: str) -> None:
        n_ctx = self.runtime.engine.n_ctx
        if len(ids) + 1 > n_ctx:
            how = (" (on_context_overflow: truncate drops whole chat messages; a completions prompt has none)"
                   if self.overflow == "truncate" else "")
            raise ContextLengthExceeded(f"route {self.route!r}: prompt of {len(ids)} tokens (+1 to generate) "
                                        f"exceeds its context of {n_ctx} tokens{how}", param=param)

    def _truncated(self, messages: list[dict[str, Any]], full: list[int], call: BackendCall) -> _Prompt:
        """Keep the leading system messages and the latest turns; drop the oldest others, whole
        messages, fewest that fit (binary search: each try renders the template once). A kept
        history never starts with an assistant or tool message."""
        n_ctx, reserve = self.runtime.engine.n_ctx, self._reserve(call)
        head = 0
        while head < len(messages) - 1 and messages[head]["role"] in ("system", "developer"):
            head += 1
        system, rest = messages[:head], messages[head:]

        def keep_from(k: int) -> list[dict[str, Any]]:
            while k < len(rest) - 1 and rest[k]["role"] not in ("user",):
                k += 1
            return system + rest[k:]

        lo, hi, best = 1, len(rest) - 1, None  # drop rest[:k]; the last message always stays
        while lo <= hi:
            mid = (lo + hi) // 2
            ids = self._render(keep_from(mid))
            if len(ids) + reserve <= n_ctx:
                best, hi = ids, mid - 1
            else:
                lo = mid + 1
        if best is None:
            raise ContextLengthExceeded(
                f"route {self.route!r}: the system prompt and the latest message alone exceed its context of "
                f"{n_ctx} tokens (with {reserve} left for the answer); nothing left to truncate", param="messages")
        return _Prompt(best, None, len(full) - len(best))

    # --- generation -----------------------------------------------------------------------------
    def _submit(self, ids: list[int], params: SamplingParams, n: int) -> list[Any]:
        if n > self.max_batch:
            raise InvalidRequest(f"route {self.route!r} decodes at most {self.max_batch} sequences together "
                                 f"(max_batch): n={n} is too many", param="n")
        try:
            if n == 1:
                return [self.runtime.scheduler.submit(ids, params)]
            return self.runtime.scheduler.submit_choices(ids, params, n)
        except EngineBusyError as exc:
            raise ServiceUnavailable(str(exc), exc.retry_after_s, code="engine_busy") from exc
        except EngineUnavailableError as exc:  # worker down (restarting) or closed: fall back if allowed
            raise ServiceUnavailable(str(exc), 1.0, code="local_engine_unavailable") from exc
        except ContextOverflowError as exc:
            raise ContextLengthExceeded(str(exc), param="messages") from exc
        except InvalidRequestError as exc:
            raise InvalidRequest(f"local engine: {exc}", param=exc.param) from exc
        except EngineError as exc:
            raise UpstreamError(f"local engine: {exc}", code="local_engine_error") from exc

    @property
    def unavailable_reason(self) -> str | None:
        """The scheduler's own health: a crashed (restarting) or closed worker makes the route unavailable."""
        health = self.runtime.scheduler.health()
        return None if health.ok else f"local engine: {health.reason}"

    async def stream(self, call: BackendCall) -> AsyncIterator[Delta]:
        params = sampling_params(call, self.route)
        _check_token_ids(params.logit_bias, self.runtime.engine.info.n_vocab, "logit_bias")
        prompt = await asyncio.to_thread(self._prompt, call)
        handles = self._submit(prompt.ids, params, call.n)
        queue: asyncio.Queue[Any] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        for index, handle in enumerate(handles):
            _pump_in_thread(handle, index, queue, loop)
        running, started = set(range(len(handles))), set()
        completion, cached = 0, 0
        try:
            while running:
                index, item = await queue.get()
                if item is _END:
                    running.discard(index)
                    continue
                if isinstance(item, BaseException):
                    raise UpstreamError(f"local engine failed: {item}", code="local_engine_error") from item
                delta = self._delta(item, index)
                if index not in started:
                    started.add(index)
                    delta.truncated_tokens = prompt.truncated_tokens
                    if call.echo and prompt.text is not None:
                        delta.text = prompt.text + delta.text
                if item.finish_reason is not None:
                    running.discard(index)
                    if item.usage is not None:
                        completion += item.usage.completion_tokens
                        cached = max(cached, item.usage.cached_prompt_tokens)
                    if not running:  # the request's usage: the prompt once, every choice's output
                        delta.usage, delta.cached_tokens = (len(prompt.ids), completion), cached
                yield delta
        finally:
            for handle in handles:
                handle.cancel()  # no-op for finished ones

    def _delta(self, chunk: GenerationChunk, index: int) -> Delta:
        finish = "stop" if chunk.finish_reason == "cancelled" else chunk.finish_reason  # OpenAI has no "cancelled"
        return Delta(text=chunk.text, finish_reason=finish, tokens=len(chunk.token_ids), index=index,
                     logprobs=[self._logprob(lp) for lp in chunk.logprobs] if chunk.logprobs is not None else None)

    def _logprob(self, lp: TokenLogprob) -> LogprobToken:
        raw = self.runtime.engine.tokenizer.token_to_piece(lp.token_id)
        return LogprobToken(lp.token, lp.logprob, list(raw), [LogprobAlternative(t, v) for t, v in lp.top])

    def health(self) -> dict[str, Any]:
        engine, stats = self.runtime.engine, self.runtime.scheduler.stats()
        return {"model": engine.info.name, "file": engine.path.name, **engine.placement,
                "n_ctx": engine.n_ctx, "health": asdict(self.runtime.scheduler.health()), "scheduler": asdict(stats)}


def _pump_in_thread(handle: Any, index: int, queue: asyncio.Queue[Any], loop: asyncio.AbstractEventLoop) -> None:
    """Drain the blocking Handle of choice `index` on a worker thread into the loop's queue."""

    def put(item: Any) -> None:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, (index, item))
        except RuntimeError:  # loop closed (server shutting down): the handle is cancelled anyway
            handle.cancel()

    def pump() -> None:
        try:
            for chunk in handle:
                put(chunk)
        except BaseException as exc:  # noqa: BLE001 - forwarded to the awaiting coroutine
            put(exc)
        finally:
            put(_END)

    threading.Thread(target=pump, name="local-backend-pump", daemon=True).start()
