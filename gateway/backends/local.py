"""Local backend: the in-process engine behind an async bridge.

The scheduler's `Handle` is a blocking iterator, so one worker thread per request drains it
into an asyncio queue; the event loop never blocks on the model. Closing the async stream
(the client went away, or the pipeline gave up) cancels the sequence so its batch slot and KV
blocks come back at the next step.

Structured output: `response_format` (json_object / json_schema) and the `grammar` extension
field (Lark or GBNF text, as llguidance reads them) become a `Grammar` the engine enforces;
`tools` / `tool_choice` / `parallel_tool_calls` are rendered and constrained by
`local_engine.tools`, and the generated call blocks come back as OpenAI `tool_calls` (whole
calls as `delta.tool_calls` when streamed) with finish_reason "tool_calls". A schema or grammar
the decoder cannot enforce is a 400 naming the field (and the keyword), never free text.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from gateway.backends.base import Backend, BackendCall, Delta, LogprobAlternative, LogprobToken
from gateway.errors import ContextLengthExceeded, InvalidRequest, ServiceUnavailable, UpstreamError
from gateway.policy.schema import OnContextOverflow, RouteSpec
from local_engine import tools as toolfmt
from local_engine.api import (
    ContextOverflowError,
    EngineBusyError,
    EngineError,
    EngineUnavailableError,
    GenerationChunk,
    Grammar,
    GrammarError,
    InvalidRequestError,
    NoChatTemplateError,
    SamplingParams,
    TokenLogprob,
)
from local_engine.chat_template import ChatTemplateError
from local_engine.tokenizer import text_offsets

log = logging.getLogger(__name__)
_END = object()


@dataclass(frozen=True)
class RuntimeKey:
    """Local routes with equal keys share one loaded model: the same file, placed the same way."""

    path: str  # the resolved model file (a built-in name, a path and an hf: reference may all name it)
    n_gpu_layers: int | str
    require_gpu: bool = False
    cache_type_k: str = "f16"
    cache_type_v: str = "f16"


@dataclass(frozen=True)
class RuntimeSettings:
    """Engine settings of a shared model: the most any of its routes asks for (each route's own
    n_ctx is still enforced per request), kept loaded while any route wants it."""

    n_ctx: int
    n_threads: int
    max_batch: int
    max_queue: int
    eager: bool
    keep_alive_s: float | None  # None: never unload

    @classmethod
    def merge(cls, specs: list[Any]) -> RuntimeSettings:
        alive = [s.keep_alive for s in specs]
        return cls(max(s.n_ctx for s in specs), max(s.n_threads for s in specs), max(s.max_batch for s in specs),
                   max(s.max_queue for s in specs), any(s.load == "eager" for s in specs),
                   None if any(a is None for a in alive) else max(alive))


class LocalRuntime:
    """One model file's Engine and Scheduler, shared by the routes that name it; loaded on demand
    (`acquire`) and unloaded by the registry after `keep_alive_s` without users."""

    def __init__(self, key: RuntimeKey, settings: RuntimeSettings, routes: list[str]) -> None:
        self.key, self.settings, self.routes = key, settings, routes
        self.engine: Any = None
        self.scheduler: Any = None
        self.error: str | None = None  # the last load failure (the routes are unavailable until a reload)
        self.loads = self.unloads = 0
        self.last_used = time.monotonic()
        self._users = 0
        self._closed = False
        self._lock = threading.Lock()  # held while loading: concurrent first requests load once

    @property
    def loaded(self) -> bool:
        return self.scheduler is not None

    def acquire(self) -> Any:
        """The scheduler, loading the model first if needed (blocking; call in a worker thread).
        Pair with `release`. Raises the load error (also kept in `error`)."""
        with self._lock:
            if self._closed:
                raise EngineUnavailableError("closed (its routes left the policy)")
            if self.scheduler is None:
                self._load()
            self._users += 1
            return self.scheduler

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            self.last_used = time.monotonic()

    def _load(self) -> None:
        from local_engine.engine import DEFAULT_MAX_SEQUENCES, Engine
        from local_engine.scheduler import Scheduler

        s, t0 = self.settings, time.perf_counter()
        log.info("loading local engine: %s for %s (a first start on this machine compiles its kernels, which "
                 "takes minutes; later starts load them from the cache)", Path(self.key.path).name, ",".join(self.routes))
        try:
            engine = Engine.load(self.key.path, n_ctx=s.n_ctx, n_threads=s.n_threads, n_gpu_layers=self.key.n_gpu_layers,
                                 require_gpu=self.key.require_gpu, max_sequences=max(s.max_batch, DEFAULT_MAX_SEQUENCES),
                                 cache_type_k=self.key.cache_type_k, cache_type_v=self.key.cache_type_v)
            engine.warm_up()  # first-call costs (kernels, thread pools, chat template) before any request
        except Exception as exc:
            self.error = str(exc)
            raise
        self.engine, self.error = engine, None
        self.scheduler = Scheduler(engine, max_batch=s.max_batch, max_queue=s.max_queue)
        self.loads += 1
        log.info("local engine loaded: %s for %s (%s, n_ctx=%d) in %.1f s", Path(self.key.path).name,
                 ",".join(self.routes), engine.info.placement, s.n_ctx, time.perf_counter() - t0)

    def unload_if_idle(self, now: float) -> bool:
        """Unload when nobody uses it and it has been idle `keep_alive_s`; True if it did."""
        with self._lock:
            alive = self.settings.keep_alive_s
            if self.scheduler is None or self._users or alive is None or now - self.last_used < alive:
                return False
            stats = self.scheduler.stats()
            if stats.active_sequences or stats.queue_depth:
                return False
            scheduler, self.scheduler, self.engine = self.scheduler, None, None
            self.unloads += 1
        scheduler.close()
        del scheduler
        gc.collect()  # the weights' arrays go back to the OS now, not at some later collection
        log.info("local engine unloaded: %s (idle %.0f s >= keep_alive)", Path(self.key.path).name, now - self.last_used)
        return True

    def close(self) -> None:
        """For good (a retired runtime): requests still holding it get EngineUnavailableError."""
        with self._lock:
            self._closed = True
            scheduler = self.scheduler
        if scheduler is not None:
            scheduler.close()  # kept: its health then says "closed"

    def status(self) -> dict[str, Any]:
        """For /health: what is loaded for which routes, and the memory it holds."""
        engine = self.engine
        out: dict[str, Any] = {
            "file": Path(self.key.path).name, "path": self.key.path, "routes": list(self.routes),
            "loaded": engine is not None, "load": "eager" if self.settings.eager else "lazy",
            "keep_alive_s": self.settings.keep_alive_s, "idle_s": round(time.monotonic() - self.last_used, 1),
            "n_ctx": self.settings.n_ctx, "loads": self.loads, "unloads": self.unloads, "error": self.error,
        }
        if engine is not None:
            memory = engine.memory()
            out["memory"] = {**memory, "total_bytes": memory["weights_bytes"] + memory["kv_reserved_bytes"]}
        return out


# Structured-output fields the local route enforces with constrained decoding (`_structure`).
_STRUCTURED_FIELDS = frozenset({"tools", "tool_choice", "parallel_tool_calls", "response_format", "grammar"})


def sampling_params(call: BackendCall, route: str = "local") -> SamplingParams:
    """OpenAI request fields (route defaults already applied) -> engine sampling knobs; a field
    the engine cannot honour is a 400 naming it, never silently dropped."""
    for name in call.unknown_fields():
        if name not in _STRUCTURED_FIELDS:
            raise InvalidRequest(f"route {route!r} (local engine) does not support `{name}`", param=name,
                                 code="unsupported_parameter")
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
        prompt_logprobs=call.top_logprobs if call.echo and call.logprobs else None,  # the echoed prompt, scored
    )


@dataclass
class _Structure:
    """What constrains one request's output: the grammar, the functions offered in the prompt,
    and whether generated text is parsed for tool calls."""

    grammar: Grammar | None = None
    functions: list[dict[str, Any]] = field(default_factory=list)
    tool_calls: bool = False


def output_grammar(call: BackendCall) -> Grammar | None:
    """`response_format` / the `grammar` extension field -> the engine's Grammar (400 on bad shapes)."""
    extra = call.extra
    fmt, grammar = extra.get("response_format"), extra.get("grammar")
    if fmt is not None and grammar is not None and (not isinstance(fmt, dict) or fmt.get("type") != "text"):
        raise InvalidRequest("give response_format or grammar, not both", param="grammar")
    if grammar is not None:
        if not isinstance(grammar, str) or not grammar.strip():
            raise InvalidRequest("grammar must be a non-empty Lark or GBNF grammar string", param="grammar")
        return Grammar("gbnf", grammar, param="grammar")  # llguidance reads Lark and GBNF under this kind
    if fmt is None:
        return None
    kind = fmt.get("type") if isinstance(fmt, dict) else None
    if kind == "text":
        return None
    if kind == "json_object":
        return Grammar("json_schema", {"type": "object"})
    if kind == "json_schema":
        spec = fmt.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, dict) else None
        if not isinstance(schema, dict):
            raise InvalidRequest("response_format.json_schema.schema must be a JSON schema object",
                                 param="response_format.json_schema.schema")
        return Grammar("json_schema", schema, param="response_format.json_schema.schema")
    raise InvalidRequest('response_format.type must be "text", "json_object" or "json_schema"',
                         param="response_format.type")


def _structure(call: BackendCall) -> _Structure:
    """The request's constraints (GrammarError for tools or choices that cannot be enforced)."""
    extra = call.extra
    content = output_grammar(call)
    tools = extra.get("tools") if call.endpoint == "chat" else None
    if call.endpoint == "completions" and (extra.get("tools") or extra.get("tool_choice")):
        raise InvalidRequest("tools belong to /v1/chat/completions", param="tools")
    if not tools:
        if extra.get("tool_choice") not in (None, "none", "auto"):
            raise InvalidRequest("tool_choice needs tools", param="tool_choice")
        return _Structure(content)
    fns = toolfmt.functions(tools)
    mode, chosen = toolfmt.chosen_functions(fns, extra.get("tool_choice"))
    grammar = toolfmt.tool_grammar(chosen, mode, bool(extra.get("parallel_tool_calls", True)), content)
    return _Structure(grammar, fns if mode != "none" else [], tool_calls=mode != "none")


def _chat_message(m: dict[str, Any], i: int) -> dict[str, Any]:
    """A message for the template: text content (parts validated), tool fields kept."""
    out = {"role": m["role"], "content": _text_content(m.get("content"), f"messages[{i}]")}
    for key in ("tool_calls", "tool_call_id", "name"):
        if m.get(key) is not None:
            out[key] = m[key]
    return out


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

    def __init__(self, route: str, runtime: LocalRuntime, spec: RouteSpec) -> None:
        super().__init__(route, spec.model)
        self.runtime = runtime
        self.overflow: OnContextOverflow = spec.on_context_overflow
        self.max_batch = spec.max_batch
        self.n_ctx = spec.n_ctx  # this route's context (the shared engine's may be larger)

    # --- the prompt -----------------------------------------------------------------------------
    def _prompt(self, call: BackendCall, fns: list[dict[str, Any]] | None = None) -> _Prompt:
        engine = self.runtime.engine
        if call.endpoint == "completions":
            prompt = call.prompt if call.prompt is not None else ""
            if not isinstance(prompt, str):
                _check_token_ids(prompt, engine.info.n_vocab, "prompt")
            ids = engine.prompt_ids(prompt)
            self._check_fits(ids, call, "prompt")
            text = prompt if isinstance(prompt, str) else engine.detokenize(ids, skip_special=False)
            return _Prompt(ids, text)
        messages = [_chat_message(m, i) for i, m in enumerate(call.messages or [])]
        ids = self._render(messages, fns)
        if self.overflow == "truncate" and len(ids) + self._reserve(call) > self.n_ctx:
            return self._truncated(messages, ids, call, fns)
        self._check_fits(ids, call, "messages")
        return _Prompt(ids, None)

    def _render(self, messages: list[dict[str, Any]], fns: list[dict[str, Any]] | None = None) -> list[int]:
        """Prompt ids; tool definitions, calls and results rendered by the GGUF's template when it
        speaks the <tool_call> format, else by local_engine.tools' generic rendering."""
        engine = self.runtime.engine
        try:
            if toolfmt.template_speaks_tools(engine.chat_template_source):
                tools = [{"type": "function", "function": f} for f in fns or []] or None
                prompt = engine.apply_chat_template(toolfmt.template_messages(messages), tools=tools)
            else:
                prompt = engine.apply_chat_template(toolfmt.render_messages(messages, fns or None))
            return engine.prompt_ids(prompt)
        except NoChatTemplateError as exc:  # a base model: no other route would render it either
            raise InvalidRequest(
                f"model {self.model!r} (route {self.route!r}) has no chat template (it is a base model): "
                "send a plain prompt to /v1/completions instead", param="model", code="no_chat_template") from exc
        except ChatTemplateError as exc:  # the template is broken or refused these messages
            raise InvalidRequest(f"route {self.route!r}: the chat template of model {self.model!r} cannot render "
                                 f"these messages: {exc}", param="messages", code="chat_template_error") from exc

    def _reserve(self, call: BackendCall) -> int:
        """Output room truncation leaves: max_tokens, at most a quarter of the context."""
        quarter = max(1, self.n_ctx // 4)
        return min(call.max_tokens or quarter, quarter)

    def _check_fits(self, ids: list[int], call: BackendCall, param: str) -> None:
        n_ctx = self.n_ctx
        if len(ids) + 1 > n_ctx:
            how = (" (on_context_overflow: truncate drops whole chat messages; a completions prompt has none)"
                   if self.overflow == "truncate" else "")
            raise ContextLengthExceeded(f"route {self.route!r}: prompt of {len(ids)} tokens (+1 to generate) "
                                        f"exceeds its context of {n_ctx} tokens{how}", param=param)

    def _truncated(self, messages: list[dict[str, Any]], full: list[int], call: BackendCall,
                   fns: list[dict[str, Any]] | None) -> _Prompt:
        """Keep the leading system messages and the latest turns; drop the oldest others, whole
        messages, fewest that fit (binary search: each try renders the template once). A kept
        history never starts with an assistant or tool message."""
        n_ctx, reserve = self.n_ctx, self._reserve(call)
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
            ids = self._render(keep_from(mid), fns)
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
    def _submit(self, scheduler: Any, ids: list[int], params: SamplingParams, n: int) -> list[Any]:
        if n > self.max_batch:
            raise InvalidRequest(f"route {self.route!r} decodes at most {self.max_batch} sequences together "
                                 f"(max_batch): n={n} is too many", param="n")
        room = self.n_ctx - len(ids)  # "length" at this route's context, not the shared engine's
        if params.max_tokens is None or params.max_tokens > room:
            params.max_tokens = room
        try:
            if n == 1:
                return [scheduler.submit(ids, params)]
            return scheduler.submit_choices(ids, params, n)
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
        """A model that failed to load, or the scheduler's own health: a crashed (restarting) or
        closed worker makes the route unavailable. Not loaded (lazy, or unloaded) is available."""
        if self.runtime.error:
            return f"local engine failed to load: {self.runtime.error}"
        scheduler = self.runtime.scheduler
        if scheduler is None:
            return None
        health = scheduler.health()
        return None if health.ok else f"local engine: {health.reason}"

    async def _acquire(self) -> Any:
        try:
            return await asyncio.to_thread(self.runtime.acquire)
        except EngineUnavailableError as exc:
            raise ServiceUnavailable(f"local engine: {exc}", 1.0, code="local_engine_unavailable") from exc
        except Exception as exc:  # noqa: BLE001 - a model that cannot load: fall back like any failed backend
            log.error("route %s: local engine failed to load: %s", self.route, exc)
            raise UpstreamError(f"route {self.route!r}: local engine failed to load: {exc}",
                                code="local_engine_error") from exc

    async def stream(self, call: BackendCall) -> AsyncIterator[Delta]:
        params = sampling_params(call, self.route)
        scheduler = await self._acquire()  # loads a lazy (or unloaded) model; holds it loaded meanwhile
        try:
            async for delta in self._generate(scheduler, call, params):
                yield delta
        finally:
            self.runtime.release()

    async def _generate(self, scheduler: Any, call: BackendCall, params: SamplingParams) -> AsyncIterator[Delta]:
        _check_token_ids(params.logit_bias, self.runtime.engine.info.n_vocab, "logit_bias")
        structure = await asyncio.to_thread(self._structure, call, params)
        prompt = await asyncio.to_thread(self._prompt, call, structure.functions)
        handles = self._submit(scheduler, prompt.ids, params, call.n)
        parsers = [toolfmt.ToolCallStream() for _ in handles] if structure.tool_calls else None
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
                if parsers is not None:
                    _tool_delta(delta, parsers[index])
                if index not in started:
                    started.add(index)
                    delta.truncated_tokens = prompt.truncated_tokens
                    if call.echo and prompt.text is not None:
                        delta.text = prompt.text + delta.text
                        if item.prompt_logprobs is not None:
                            scored = await asyncio.to_thread(self._prompt_logprobs, prompt.ids, prompt.text,
                                                             item.prompt_logprobs)
                            delta.logprobs = scored + (delta.logprobs or [])
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

    def _structure(self, call: BackendCall, params: SamplingParams) -> _Structure:
        """Compile the request's grammar into params (a 400 naming the field when it cannot be
        enforced: never unconstrained output)."""
        try:
            structure = _structure(call)
            self.runtime.engine.check_grammar(structure.grammar)
        except GrammarError as exc:
            code = "unsupported_schema_keyword" if exc.keyword else "invalid_grammar"
            raise InvalidRequest(str(exc), param=exc.param, code=code) from exc
        params.grammar = structure.grammar
        return structure

    def _delta(self, chunk: GenerationChunk, index: int) -> Delta:
        finish = "stop" if chunk.finish_reason == "cancelled" else chunk.finish_reason  # OpenAI has no "cancelled"
        return Delta(text=chunk.text, finish_reason=finish, tokens=len(chunk.token_ids), index=index,
                     logprobs=[self._logprob(lp) for lp in chunk.logprobs] if chunk.logprobs is not None else None)

    def _logprob(self, lp: TokenLogprob) -> LogprobToken:
        raw = self.runtime.engine.tokenizer.token_to_piece(lp.token_id)
        return LogprobToken(lp.token, lp.logprob, list(raw), [LogprobAlternative(t, v) for t, v in lp.top])

    def _prompt_logprobs(self, ids: list[int], text: str, scored: list[TokenLogprob | None]) -> list[LogprobToken]:
        """The echoed prompt's tokens, each placed in the echoed text; the first has no logprob."""
        tokenizer = self.runtime.engine.tokenizer
        out = []
        for token_id, offset, lp in zip(ids, text_offsets(tokenizer, ids, text), scored):
            if lp is None:
                raw = tokenizer.token_to_piece(token_id)
                out.append(LogprobToken(raw.decode("utf-8", "replace"), None, list(raw), None, offset))
            else:
                out.append(replace(self._logprob(lp), offset=offset))
        return out

    def health(self) -> dict[str, Any]:
        runtime = self.runtime
        engine, scheduler = runtime.engine, runtime.scheduler
        out: dict[str, Any] = {"file": Path(runtime.key.path).name, "loaded": engine is not None, "n_ctx": self.n_ctx}
        if engine is not None and scheduler is not None:
            out.update({"model": engine.info.name, **engine.placement, "engine_n_ctx": engine.n_ctx,
                        "health": asdict(scheduler.health()), "scheduler": asdict(scheduler.stats())})
        return out


def _tool_delta(delta: Delta, calls: toolfmt.ToolCallStream) -> None:
    """Rewrite one choice's delta of a tools request: text that is not a call streams as content;
    each call block streams as one `delta.tool_calls` entry once it closes."""
    before = len(calls.calls)
    delta.text, new = calls.feed(delta.text)
    if delta.finish_reason is not None:
        delta.text += calls.finish()
        if calls.calls and delta.finish_reason == "stop":
            delta.finish_reason = "tool_calls"
    if new:
        delta.tool_calls = [c.openai(i) for i, c in enumerate(new, start=before)]


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
