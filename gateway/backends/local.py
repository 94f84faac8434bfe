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

from gateway.backends.base import Backend, BackendCall, Delta
from gateway.errors import InvalidRequest, ServiceUnavailable, UpstreamError
from local_engine.api import (
    ContextOverflowError,
    EngineBusyError,
    EngineError,
    EngineUnavailableError,
    GenerationChunk,
    InvalidRequestError,
    NoChatTemplateError,
    SamplingParams,
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


def sampling_params(call: BackendCall) -> SamplingParams:
    """OpenAI request fields -> engine sampling knobs (OpenAI's defaults where the client sent none)."""
    extra = call.extra
    params = SamplingParams(
        max_tokens=call.max_tokens,
        temperature=1.0 if call.temperature is None else call.temperature,
        top_p=1.0 if call.top_p is None else call.top_p,
        seed=call.seed,
        stop=list(call.stop),
        presence_penalty=float(extra.get("presence_penalty") or 0.0),
        frequency_penalty=float(extra.get("frequency_penalty") or 0.0),
        logit_bias=_logit_bias(extra.get("logit_bias")),
    )
    return params


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


def _text_content(content: Any) -> str:
    """Chat templates want strings: join the text parts of a multi-part content."""
    if content is None or isinstance(content, str):
        return content or ""
    return "".join(p.get("text", "") for p in content if isinstance(p, dict))


class LocalBackend(Backend):
    kind = "local"

    def __init__(self, route: str, runtime: LocalRuntime) -> None:
        super().__init__(route, runtime.key.model)
        self.runtime = runtime

    def _prompt_ids(self, call: BackendCall) -> list[int]:
        engine = self.runtime.engine
        if call.endpoint == "completions":
            return engine.prompt_ids(call.prompt if call.prompt is not None else "")
        messages = [{"role": m["role"], "content": _text_content(m.get("content"))} for m in call.messages or []]
        try:
            return engine.prompt_ids(engine.apply_chat_template(messages, add_generation_prompt=True))
        except NoChatTemplateError as exc:  # a base model: no other route would render it either
            raise InvalidRequest(
                f"model {self.model!r} (route {self.route!r}) has no chat template (it is a base model): "
                "send a plain prompt to /v1/completions instead", param="model", code="no_chat_template") from exc
        except ChatTemplateError as exc:  # the template is broken or refused these messages
            raise InvalidRequest(f"route {self.route!r}: the chat template of model {self.model!r} cannot render "
                                 f"these messages: {exc}", param="messages", code="chat_template_error") from exc

    def _submit(self, ids: list[int], params: SamplingParams) -> Any:
        try:
            return self.runtime.scheduler.submit(ids, params)
        except EngineBusyError as exc:
            raise ServiceUnavailable(str(exc), exc.retry_after_s, code="engine_busy") from exc
        except EngineUnavailableError as exc:  # worker down (restarting) or closed: fall back if allowed
            raise ServiceUnavailable(str(exc), 1.0, code="local_engine_unavailable") from exc
        except ContextOverflowError as exc:
            raise InvalidRequest(str(exc), param="messages", code="context_length_exceeded") from exc
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
        ids = await asyncio.to_thread(self._prompt_ids, call)
        handle = self._submit(ids, sampling_params(call))
        queue: asyncio.Queue[Any] = asyncio.Queue()
        _pump_in_thread(handle, queue, asyncio.get_running_loop())
        finished = False
        try:
            while True:
                item = await queue.get()
                if item is _END:
                    return
                if isinstance(item, BaseException):
                    raise UpstreamError(f"local engine failed: {item}", code="local_engine_error") from item
                finished = item.finish_reason is not None
                yield _delta(item)
        finally:
            if not finished:
                handle.cancel()

    def health(self) -> dict[str, Any]:
        engine, stats = self.runtime.engine, self.runtime.scheduler.stats()
        return {"model": engine.info.name, "file": engine.path.name, **engine.placement,
                "n_ctx": engine.n_ctx, "health": asdict(self.runtime.scheduler.health()), "scheduler": asdict(stats)}


def _delta(chunk: GenerationChunk) -> Delta:
    usage = (chunk.usage.prompt_tokens, chunk.usage.completion_tokens) if chunk.usage else None
    finish = "stop" if chunk.finish_reason == "cancelled" else chunk.finish_reason  # OpenAI has no "cancelled"
    return Delta(text=chunk.text, finish_reason=finish, usage=usage, tokens=len(chunk.token_ids))


def _pump_in_thread(handle: Any, queue: asyncio.Queue[Any], loop: asyncio.AbstractEventLoop) -> None:
    """Drain the blocking Handle on a worker thread into the loop's queue."""

    def put(item: Any) -> None:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, item)
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
