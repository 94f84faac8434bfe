"""Continuous batching: many sequences share every forward pass of one `Engine`.

Why: decode reads every weight once per step whatever the number of rows, so eight sequences
decoding together cost little more than one (llama.cpp's server runs them one at a time).
One background thread loops: admit queued requests while there is room (batch slots and KV
blocks), then run ONE forward pass holding a prompt chunk of each newly admitted sequence
and the last token of each decoding one, sample each sequence's next token with its own
sampler, and stream it to that request's `Handle`. Finished and cancelled sequences leave
between steps and free their KV blocks; a request sharing a prompt prefix with an earlier one
(a system prompt) starts on that prefix's cached blocks (`kv_cache.PrefixCache`).

Per-sequence semantics (sampling, stop strings, finish reasons, usage, logprobs) follow
`Engine.generate` exactly, so greedy output through the scheduler is the same text.
Back-pressure: `submit` raises EngineBusyError (with a Retry-After estimate) when the bounded
queue is full, which the gateway turns into 503.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numba
import numpy as np

from local_engine.api import (
    EngineBusyError,
    EngineError,
    FinishReason,
    GenerationChunk,
    SamplingParams,
    TokenLogprob,
    Usage,
)
from local_engine.engine import PREFILL_CHUNK, Engine, TextStream
from local_engine.kv_cache import PrefixCache, SequenceKV
from local_engine.models import Batch
from local_engine.quants import set_num_threads
from local_engine.sampler import Sampler

log = logging.getLogger(__name__)

_RATE_WINDOW_S = 10.0  # tokens/s in stats() is measured over this window


class Handle:
    """One request's stream: iterate for GenerationChunks (blocking), `cancel()` to stop it early.

    The iterator ends after the chunk carrying `finish_reason`; an engine failure is raised
    from the iterator. Safe to iterate from any one thread while others call `cancel()`."""

    def __init__(self, wake: threading.Condition, prompt_tokens: int) -> None:
        self.prompt_tokens = prompt_tokens
        self._chunks: queue.SimpleQueue[GenerationChunk | BaseException] = queue.SimpleQueue()
        self._cancelled = threading.Event()
        self._wake = wake
        self._done = False

    def __iter__(self) -> Iterator[GenerationChunk]:
        return self

    def __next__(self) -> GenerationChunk:
        if self._done:
            raise StopIteration
        item = self._chunks.get()
        if isinstance(item, BaseException):
            self._done = True
            raise item
        self._done = item.finish_reason is not None
        return item

    def cancel(self) -> None:
        """Stop generating; the stream then ends with finish_reason "cancelled"."""
        self._cancelled.set()
        with self._wake:
            self._wake.notify()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _put(self, item: GenerationChunk | BaseException) -> None:
        self._chunks.put(item)


@dataclass
class _Request:
    ids: list[int]
    params: SamplingParams
    handle: Handle
    budget: int  # most tokens it may generate (max_tokens, context room)
    blocks: int  # KV blocks it may need at most (admission accounting)
    submitted: float = field(default_factory=time.perf_counter)


class _Sequence:
    """An admitted request: its KV sequence, sampler and text stream (Engine._run's state)."""

    def __init__(self, req: _Request, kv: SequenceKV, cached: int, sampler: Sampler, stream: TextStream) -> None:
        self.req, self.kv, self.cached, self.sampler, self.stream = req, kv, cached, sampler, stream
        self.todo = req.ids[cached:]  # prompt tokens not yet in the cache
        self.last = -1  # last sampled token (the next step's input)
        self.n_out = 0
        self.started = time.perf_counter()

    def usage(self) -> Usage:
        return Usage(len(self.req.ids), self.n_out, self.cached)


@dataclass(frozen=True)
class SchedulerStats:
    """A snapshot for /metrics and /health."""

    queue_depth: int
    active_sequences: int
    max_batch: int
    max_queue: int
    tokens_per_s: float  # generated tokens per second over the last few seconds
    generated_tokens: int  # totals since start
    prompt_tokens: int
    cached_prompt_tokens: int
    requests: int
    rejected: int
    kv_blocks_free: int
    kv_blocks_total: int


class Scheduler:
    """Continuous batching over one Engine: `submit` from any thread, iterate the Handle."""

    def __init__(self, engine: Engine, max_batch: int = 8, max_queue: int = 64, n_threads: int | None = None) -> None:
        if max_batch < 1 or max_queue < 0:
            raise ValueError(f"max_batch must be >= 1 and max_queue >= 0 (got {max_batch}, {max_queue})")
        self.engine, self.max_batch, self.max_queue = engine, max_batch, max_queue
        self._n_threads = n_threads or getattr(engine, "n_threads", None) or numba.get_num_threads()
        self.prefix_cache = PrefixCache(engine.kv_pool)
        self._cv = threading.Condition()
        self._queue: deque[_Request] = deque()
        self._active: list[_Sequence] = []
        self._reserved_blocks = 0
        self._closed = False
        self._rate: deque[tuple[float, int]] = deque()
        self._totals = {"generated": 0, "prompt": 0, "cached": 0, "requests": 0, "rejected": 0}
        self._avg_request_s = 2.0  # running estimate behind Retry-After
        self._thread = threading.Thread(target=self._loop, name="local-engine-scheduler", daemon=True)
        self._thread.start()

    # --- public --------------------------------------------------------------------------------
    def submit(self, prompt_ids: Sequence[int], params: SamplingParams | None = None) -> Handle:
        """Queue a request; EngineBusyError when the queue is full, ContextOverflowError when the
        prompt cannot fit (both before any work)."""
        params = params or SamplingParams()
        ids = self.engine.prompt_ids(list(prompt_ids))
        self.engine.check_prompt(ids)
        budget = self.engine.n_ctx - len(ids)
        if params.max_tokens is not None:
            budget = min(budget, max(0, params.max_tokens))
        pool = self.engine.kv_pool
        blocks = -(-(len(ids) + budget) // pool.block_size)
        if blocks > pool.n_blocks:
            raise EngineError(f"request needs {blocks} KV blocks, the pool has {pool.n_blocks}")
        with self._cv:
            if self._closed:
                raise EngineError("scheduler is closed")
            if len(self._queue) >= self.max_queue:
                self._totals["rejected"] += 1
                raise EngineBusyError(
                    f"local engine busy: {len(self._queue)} requests queued, {len(self._active)} running",
                    retry_after_s=self._retry_after(),
                )
            handle = Handle(self._cv, len(ids))
            self._queue.append(_Request(ids, params, handle, budget, blocks))
            self._totals["requests"] += 1
            self._cv.notify()
        return handle

    def stats(self) -> SchedulerStats:
        with self._cv:
            now = time.perf_counter()
            self._trim_rate(now)
            span = max(1.0, min(_RATE_WINDOW_S, now - self._rate[0][0])) if self._rate else 1.0
            pool = self.engine.kv_pool
            return SchedulerStats(
                queue_depth=len(self._queue),
                active_sequences=len(self._active),
                max_batch=self.max_batch,
                max_queue=self.max_queue,
                tokens_per_s=sum(n for _, n in self._rate) / span,
                generated_tokens=self._totals["generated"],
                prompt_tokens=self._totals["prompt"],
                cached_prompt_tokens=self._totals["cached"],
                requests=self._totals["requests"],
                rejected=self._totals["rejected"],
                kv_blocks_free=pool.free_blocks,
                kv_blocks_total=pool.n_blocks,
            )

    def close(self, timeout_s: float = 30.0) -> None:
        """Stop the loop; queued and running requests end with finish_reason "cancelled"."""
        with self._cv:
            self._closed = True
            self._cv.notify()
        self._thread.join(timeout_s)

    def __enter__(self) -> Scheduler:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the loop ------------------------------------------------------------------------------
    def _loop(self) -> None:
        set_num_threads(self._n_threads)  # numba's thread count is per calling thread
        try:
            while self._wait_for_work():
                self._admit()
                self._drop_cancelled()
                if self._active:
                    self._step()
        finally:
            self._shutdown()

    def _wait_for_work(self) -> bool:
        with self._cv:
            while not self._closed and not self._queue and not self._active:
                self._cv.wait()
            return not self._closed

    def _admit(self) -> None:
        """Move queued requests into the batch while slots and KV blocks allow (FIFO)."""
        n_blocks = self.engine.kv_pool.n_blocks
        while True:
            with self._cv:
                if not self._queue or len(self._active) >= self.max_batch:
                    return
                req = self._queue[0]
                if self._active and self._reserved_blocks + req.blocks > n_blocks:
                    return
                self._queue.popleft()
                self._reserved_blocks += req.blocks
            if req.handle.cancelled or req.budget == 0:
                reason: FinishReason = "cancelled" if req.handle.cancelled else "length"
                self._finish_request(req, GenerationChunk("", [], reason, Usage(len(req.ids), 0)))
                continue
            kv = self.engine.new_sequence()
            cached = self.prefix_cache.attach(kv, req.ids)
            stream = TextStream(self.engine.tokenizer, req.params.stop)
            seq = _Sequence(req, kv, cached, self.engine.sampler_for(req.params, req.ids), stream)
            with self._cv:
                self._active.append(seq)
                self._totals["prompt"] += len(req.ids)
                self._totals["cached"] += cached

    def _drop_cancelled(self) -> None:
        """End cancelled requests, running or still queued (their queue slots free up at once)."""
        with self._cv:
            queued = [r for r in self._queue if r.handle.cancelled]
            for req in queued:
                self._queue.remove(req)
        for req in queued:
            self._finish_request(req, GenerationChunk("", [], "cancelled", Usage(len(req.ids), 0)), admitted=False)
        for seq in [s for s in self._active if s.req.handle.cancelled]:
            self._retire(seq, GenerationChunk(seq.stream.flush(), [], "cancelled", seq.usage()))

    def _step(self) -> None:
        """One forward pass: a prompt chunk per prefilling sequence (PREFILL_CHUNK tokens in all
        per step, so decoding streams keep moving), one token per decoding sequence."""
        parts: list[tuple[SequenceKV, list[int]]] = []
        owners: list[tuple[_Sequence, int]] = []  # (sequence, prompt tokens consumed)
        room = PREFILL_CHUNK
        for seq in list(self._active):
            n = min(room, len(seq.todo))
            if seq.todo and n == 0:
                continue
            tokens = seq.todo[:n] if n else [seq.last]
            try:  # KV room first, so a pool shortfall fails this sequence, not the whole batch
                seq.kv.reserve(seq.kv.length + len(tokens))
            except EngineError as exc:
                self._retire(seq, exc)
                continue
            parts.append((seq.kv, tokens))
            owners.append((seq, n))
            room -= n
        if not parts:
            return
        try:
            batch = Batch.build(parts)
            wants = [i for i, (seq, n) in enumerate(owners) if n == len(seq.todo)]
            batch.logit_rows = batch.logit_rows[wants]
            logits = self.engine.forward(batch)
        except Exception as exc:  # noqa: BLE001 - a failed pass fails its sequences, not the loop
            log.exception("forward pass failed for %d sequences", len(owners))
            for seq, _ in owners:
                self._retire(seq, exc if isinstance(exc, EngineError) else EngineError(f"forward pass failed: {exc}"))
            return
        generated = 0
        for row, i in enumerate(wants):
            seq, n = owners[i]
            if n:
                seq.todo = []
                self.prefix_cache.publish(seq.kv, seq.req.ids)
            self._advance(seq, logits[row])
            generated += 1
        for seq, n in owners:
            if n and seq.todo:
                seq.todo = seq.todo[n:]
        self._count(generated)

    def _advance(self, seq: _Sequence, logits: np.ndarray) -> None:
        """Sample, stream and maybe finish one sequence (the body of Engine._run's loop)."""
        params = seq.req.params
        token = seq.sampler.sample(logits)
        seq.sampler.accept(token)
        seq.n_out += 1
        text, stopped = seq.stream.push(token)
        lp: list[TokenLogprob] | None = (
            [self.engine.token_logprob(logits, token, params.top_logprobs)] if params.logprobs else None
        )
        finish: FinishReason | None = None
        if stopped or (not params.ignore_eos and self.engine.tokenizer.is_eog(token)):
            finish = "stop"
        elif seq.n_out >= seq.req.budget:
            finish = "length"
        elif seq.req.handle.cancelled:
            finish = "cancelled"
        if finish is None:
            seq.last = token
            seq.req.handle._put(GenerationChunk(text, [token], logprobs=lp))
            return
        text += "" if stopped else seq.stream.flush()
        self._retire(seq, GenerationChunk(text, [token], finish, seq.usage(), lp))

    def _retire(self, seq: _Sequence, last: GenerationChunk | BaseException) -> None:
        seq.kv.free()
        with self._cv:
            self._active.remove(seq)
            elapsed = time.perf_counter() - seq.req.submitted
            self._avg_request_s = 0.8 * self._avg_request_s + 0.2 * elapsed
        self._finish_request(seq.req, last)

    def _finish_request(self, req: _Request, last: GenerationChunk | BaseException, admitted: bool = True) -> None:
        """Deliver the last item; an admitted request also gives back its KV block reservation."""
        if admitted:
            with self._cv:
                self._reserved_blocks -= req.blocks
        req.handle._put(last)

    def _shutdown(self) -> None:
        """End every stream still open (close() or a crashed loop)."""
        with self._cv:
            self._closed = True
            pending = list(self._queue)
            self._queue.clear()
        for req in pending:
            self._finish_request(req, GenerationChunk("", [], "cancelled", Usage(len(req.ids), 0)), admitted=False)
        for seq in list(self._active):
            self._retire(seq, GenerationChunk("", [], "cancelled", seq.usage()))
        self.prefix_cache.clear()

    # --- accounting ----------------------------------------------------------------------------
    def _count(self, generated: int) -> None:
        now = time.perf_counter()
        with self._cv:
            self._totals["generated"] += generated
            self._rate.append((now, generated))
            self._trim_rate(now)

    def _trim_rate(self, now: float) -> None:
        while self._rate and now - self._rate[0][0] > _RATE_WINDOW_S:
            self._rate.popleft()

    def _retry_after(self) -> float:
        """Seconds until a queue slot likely frees: queued work / batch width x request time."""
        waves = (len(self._queue) + len(self._active)) / self.max_batch
        return float(max(1, math.ceil(waves * self._avg_request_s)))
