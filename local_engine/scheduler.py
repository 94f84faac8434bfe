"""The one generation loop: continuous batching of many sequences over every forward pass of one `Engine`.

Why one loop: every caller (the gateway, `Engine.generate` for the CLI and benchmarks, the GPU
path) runs this code, so what is measured is what is served. Why batching: decode reads every
weight once per step whatever the number of rows, so eight sequences decoding together cost
little more than one (llama.cpp's server runs them one at a time).

A worker thread loops: admit queued requests while there is room (batch width, a device slot
and KV blocks each), then run ONE forward pass holding a prompt chunk of each prefilling
sequence (PREFILL_CHUNK prompt tokens in all per pass) and the last token of each decoding
one, and let each `SequenceState` sample, stream and decide its finish. Finished and
cancelled sequences leave between steps and give back their blocks and slot.

The loop never dies of one request: an exception while serving a sequence fails that sequence
with `SequenceFailedError` (a failed batched pass is retried sequence by sequence, so only the
culprit fails). Should the worker thread itself die, `health()` reports it with the reason,
queued requests wait, new ones get `EngineUnavailableError`, and a supervisor thread restarts
the worker. `close()` returns within its timeout even when a forward pass is stuck.
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
from dataclasses import dataclass, field, replace

import numba
import numpy as np

from local_engine.api import (
    EngineBusyError,
    EngineError,
    EngineHealth,
    EngineUnavailableError,
    FinishReason,
    InvalidRequestError,
    GenerationChunk,
    SamplingParams,
    SequenceFailedError,
    Usage,
)
from local_engine.engine import Engine
from local_engine.models import Batch
from local_engine.models.batch import PREFILL_CHUNK
from local_engine.quants import set_num_threads
from local_engine.sampler import check_params
from local_engine.sequence import SequenceState, Timings

log = logging.getLogger(__name__)

_RATE_WINDOW_S = 10.0  # tokens/s in stats() is measured over this window
_RESOURCE_POLL_S = 0.02  # re-check for a slot / KV room another scheduler of the engine holds
_MAX_RESTART_DELAY_S = 30.0


class Handle:
    """One request's stream: iterate for GenerationChunks (blocking), `cancel()` to stop it early.

    The iterator ends after the chunk carrying `finish_reason`; an engine failure is raised
    from the iterator. Safe to iterate from any one thread while others call `cancel()`.
    `timings` is filled in by the time the last chunk arrives."""

    def __init__(self, wake: threading.Condition, prompt_tokens: int, cancel: threading.Event | None = None) -> None:
        self.prompt_tokens = prompt_tokens
        self.timings = Timings()
        self._chunks: queue.SimpleQueue[GenerationChunk | BaseException] = queue.SimpleQueue()
        self._cancelled = cancel if cancel is not None else threading.Event()
        self._wake = wake
        self._done = False  # consumer side: the last item was taken
        self._ended = False  # producer side: the last item was put
        self._lock = threading.Lock()

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

    @property
    def ended(self) -> bool:
        return self._ended

    def _put(self, item: GenerationChunk) -> None:
        """A chunk that does not end the stream (dropped once the stream has ended)."""
        with self._lock:
            if not self._ended:
                self._chunks.put(item)

    def _end(self, item: GenerationChunk | BaseException) -> bool:
        """The stream's last item; only the first call delivers (False for later ones)."""
        with self._lock:
            if self._ended:
                return False
            self._ended = True
            self._chunks.put(item)
            return True


@dataclass
class _Request:
    ids: list[int]
    params: SamplingParams
    handle: Handle
    budget: int  # most tokens it may generate (max_tokens, context room)
    blocks: int  # KV blocks it may need at most (admission accounting)
    submitted: float = field(default_factory=time.perf_counter)
    siblings: list[_Request] = field(default_factory=list)  # choices 1..n-1 of the same prompt

    @property
    def width(self) -> int:
        """Sequences it runs: itself and its sibling choices."""
        return 1 + len(self.siblings)

    def group(self) -> list[_Request]:
        return [self, *self.siblings]


@dataclass
class _Running:
    """An admitted request: the request and the SequenceState serving it."""

    req: _Request
    seq: SequenceState
    forks: list[tuple[_Request, int]] = field(default_factory=list)  # sibling choices (and their slots)
    # waiting for this sequence's prefill: they start on a copy of its KV cache


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
    failed: int  # sequences that ended with an engine error
    kv_blocks_free: int  # free or held only by the prefix cache (evicted on demand)
    kv_blocks_total: int


class Scheduler:
    """Continuous batching over one Engine: `submit` from any thread, iterate the Handle.

    Several schedulers may share an engine (each `Engine.generate` runs a private one): device
    slots, KV blocks and the prefix cache belong to the engine, forward passes are serialised."""

    def __init__(
        self,
        engine: Engine,
        max_batch: int = 8,
        max_queue: int = 64,
        n_threads: int | None = None,
        restart_delay_s: float = 1.0,
    ) -> None:
        if max_batch < 1 or max_queue < 0:
            raise EngineError(f"max_batch must be >= 1 and max_queue >= 0 (got {max_batch}, {max_queue})")
        self.engine, self.max_batch, self.max_queue = engine, max_batch, max_queue
        self._n_threads = n_threads or engine.n_threads or numba.get_num_threads()
        self._restart_delay_s = restart_delay_s
        self._cv = threading.Condition()
        self._queue: deque[_Request] = deque()
        self._active: list[_Running] = []
        self._closed = False
        self._stop = threading.Event()
        self._health = EngineHealth(ok=True)
        self._rate: deque[tuple[float, int]] = deque()
        self._totals = {"generated": 0, "prompt": 0, "cached": 0, "requests": 0, "rejected": 0, "failed": 0}
        self._avg_request_s = 2.0  # running estimate behind Retry-After
        self._worker: threading.Thread | None = None
        self._supervisor = threading.Thread(target=self._supervise, name="local-engine-supervisor", daemon=True)
        self._supervisor.start()

    # --- public --------------------------------------------------------------------------------
    def submit(
        self, prompt_ids: Sequence[int], params: SamplingParams | None = None, cancel: threading.Event | None = None
    ) -> Handle:
        """Queue a request. Before any work: InvalidRequestError (bad ids or sampling knobs),
        ContextOverflowError (the prompt cannot fit), EngineBusyError (the queue is full),
        EngineUnavailableError (closed, or the worker is down). `cancel`, when given, is the
        handle's cancel flag (setting it cancels like `Handle.cancel`)."""
        return self._enqueue(prompt_ids, params or SamplingParams(), 1, cancel)[0]

    def submit_choices(self, prompt_ids: Sequence[int], params: SamplingParams, n: int) -> list[Handle]:
        """Queue `n` choices of one prompt (OpenAI's `n`): the prompt is prefilled once, then each
        choice continues on a copy of that KV cache with its own sampler (choice i > 0 draws from
        a seed derived from (seed, i), so a fixed seed reproduces every choice). The choices are
        admitted together (n batch places, slots and KV promises); cancelling choice 0 before its
        prefill ends cancels the others too. Errors as `submit`, and InvalidRequestError when n
        exceeds max_batch."""
        if not 1 <= n <= self.max_batch:
            raise InvalidRequestError(f"n={n}: this engine decodes at most {self.max_batch} sequences together",
                                      param="n")
        return self._enqueue(prompt_ids, params, n, None)

    def _enqueue(self, prompt_ids: Sequence[int], params: SamplingParams, n: int,
                 cancel: threading.Event | None) -> list[Handle]:
        ids = self.engine.prompt_ids(list(prompt_ids))
        self.engine.check_prompt(ids)
        check_params(params, self.engine.model.cfg.n_vocab)
        self.engine.check_grammar(params.grammar)
        budget = self.engine.n_ctx - len(ids)
        if params.max_tokens is not None:
            budget = min(budget, params.max_tokens)
        pool = self.engine.kv_pool
        blocks = -(-(len(ids) + budget) // pool.block_size)
        if blocks * n > pool.n_blocks:
            raise EngineError(f"request needs {blocks * n} KV blocks, the pool has {pool.n_blocks}")
        with self._cv:
            if self._closed or not self._health.ok:
                raise EngineUnavailableError(f"local engine unavailable: {self._health.reason or 'closed'}")
            if len(self._queue) >= self.max_queue:
                self._totals["rejected"] += 1
                raise EngineBusyError(
                    f"local engine busy: {len(self._queue)} requests queued, {len(self._active)} running",
                    retry_after_s=self._retry_after(),
                )
            reqs = [_Request(ids, _choice_params(params, i), Handle(self._cv, len(ids), cancel if i == 0 else None),
                             budget, blocks) for i in range(n)]
            reqs[0].siblings = reqs[1:]
            self._queue.append(reqs[0])
            self._totals["requests"] += 1
            self._cv.notify_all()
        return [r.handle for r in reqs]

    def health(self) -> EngineHealth:
        with self._cv:
            return self._health

    def stats(self) -> SchedulerStats:
        with self._cv:
            now = time.perf_counter()
            self._trim_rate(now)
            span = max(1.0, min(_RATE_WINDOW_S, now - self._rate[0][0])) if self._rate else 1.0
            pool, cache = self.engine.kv_pool, self.engine.prefix_cache
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
                failed=self._totals["failed"],
                kv_blocks_free=pool.free_blocks + (cache.idle_blocks() if cache is not None else 0),
                kv_blocks_total=pool.n_blocks,
            )

    def close(self, timeout_s: float = 10.0) -> None:
        """Stop the loop; queued and running requests end with finish_reason "cancelled".

        Returns within about `timeout_s` even if a forward pass is stuck: the streams are then
        ended from here and the stuck worker's later output is dropped."""
        with self._cv:
            self._closed = True
            self._health = EngineHealth(False, "closed", self._health.restarts, self._health.last_error)
            self._cv.notify_all()
        self._stop.set()
        self._supervisor.join(timeout_s)
        if self._supervisor.is_alive():
            log.warning("local engine worker did not stop within %.1f s: ending its streams anyway", timeout_s)
            self._end_all(lambda r: GenerationChunk("", [], "cancelled", self._usage(r)))

    def __enter__(self) -> Scheduler:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- supervision ---------------------------------------------------------------------------
    def _supervise(self) -> None:
        """Run the worker; if it dies while the scheduler is open, report it and restart it."""
        delay = self._restart_delay_s
        while True:
            worker = threading.Thread(target=self._work, name="local-engine-scheduler", daemon=True)
            self._worker = worker
            worker.start()
            worker.join()
            with self._cv:
                if self._closed:
                    return
            if self._stop.wait(delay):
                return
            delay = min(delay * 2, _MAX_RESTART_DELAY_S)
            with self._cv:
                if self._closed:
                    return
                self._health = EngineHealth(True, None, self._health.restarts + 1, self._health.last_error)
            log.warning("local engine worker restarted (restart %d)", self._health.restarts)

    def _work(self) -> None:
        """The worker thread: the loop, and on a crash the report that makes health() unhealthy."""
        set_num_threads(self._n_threads)  # numba's thread count is per calling thread
        try:
            self._loop()
        except BaseException as exc:  # noqa: BLE001 - reported through health(), then restarted
            reason = f"worker crashed: {type(exc).__name__}: {exc}"
            log.exception("local engine %s", reason)
            with self._cv:
                self._health = EngineHealth(False, reason, self._health.restarts, reason)
            error = EngineUnavailableError(f"local engine {reason}")
            for run in list(self._active):
                self._retire(run, error)
            return
        # closed: end every stream still open
        self._end_all(lambda r: GenerationChunk("", [], "cancelled", self._usage(r)))

    # --- the loop ------------------------------------------------------------------------------
    def _loop(self) -> None:
        while self._wait_for_work():
            self._admit()
            self._drop_cancelled()
            if self._active:
                self._step()

    def _wait_for_work(self) -> bool:
        with self._cv:
            while not self._closed and not self._active:
                if self._queue:  # waiting for a slot or KV room another scheduler holds, or a cancel
                    if self._admissible():
                        break
                    self._cv.wait(_RESOURCE_POLL_S)
                    if self._queue and self._queue[0].handle.cancelled:
                        break
                else:
                    self._cv.wait()
            return not self._closed

    def _admissible(self) -> bool:
        """Whether the head of the queue could be admitted now (a slot and KV room are free)."""
        head = self._queue[0]
        return self.engine.free_slots >= head.width and self.engine.kv_pool.can_promise(head.blocks * head.width)

    def _admit(self) -> None:
        """Move queued requests into the batch while width, slots and KV blocks allow (FIFO)."""
        while True:
            with self._cv:
                if not self._queue or len(self._active) + self._queue[0].width > self.max_batch:
                    return
                req = self._queue[0]
                if req.handle.cancelled or (req.budget == 0 and req.params.prompt_logprobs is None):
                    self._queue.popleft()
                    reason: FinishReason = "cancelled" if req.handle.cancelled else "length"
                    for r in req.group():
                        r.handle._end(GenerationChunk("", [], reason, Usage(len(req.ids), 0)))
                    continue
                slots = self._acquire_slots(req.width)
                if slots is None:
                    return
                if not self.engine.kv_pool.promise(req.blocks * req.width):
                    for slot in slots:
                        self.engine.release_slot(slot)
                    return
                self._queue.popleft()
            slot, forks = slots[0], list(zip(req.siblings, slots[1:]))
            try:
                seq = SequenceState(self.engine, req.ids, req.params, req.budget, slot, req.blocks)
            except Exception as exc:  # noqa: BLE001 - one bad request fails alone
                self.engine.kv_pool.unpromise(req.blocks)
                self.engine.release_slot(slot)
                self._fail_request(req, exc)
                self._end_forks(forks, self._as_engine_error(exc))
                continue
            with self._cv:
                self._active.append(_Running(req, seq, forks))
                self._totals["prompt"] += len(req.ids)
                self._totals["cached"] += seq.cached

    def _acquire_slots(self, n: int) -> list[int] | None:
        """n device slots, or None (and none held) when fewer are free."""
        slots: list[int] = []
        while len(slots) < n:
            slot = self.engine.try_acquire_slot()
            if slot is None:
                for held in slots:
                    self.engine.release_slot(held)
                return None
            slots.append(slot)
        return slots

    def _spawn_forks(self, run: _Running, logits: np.ndarray) -> int:
        """The prompt of `run` is in its cache: start its sibling choices on copies of it, each
        sampling its first token from the same logits. Tokens produced."""
        forks, run.forks = run.forks, []
        produced = 0
        for req, slot in forks:
            try:
                seq = SequenceState(self.engine, req.ids, req.params, req.budget, slot, req.blocks, fork_of=run.seq)
            except Exception as exc:  # noqa: BLE001 - this choice fails alone
                self.engine.kv_pool.unpromise(req.blocks)
                self.engine.release_slot(slot)
                self._fail_request(req, exc)
                continue
            sibling = _Running(req, seq)
            with self._cv:
                self._active.append(sibling)
            cancelled = req.handle.cancelled
            if self._serve(sibling, lambda s=sibling, c=cancelled: s.seq.advance(logits, c)):
                produced += 1
        return produced

    def _end_forks(self, forks: list[tuple[_Request, int]], last: GenerationChunk | BaseException) -> None:
        """Sibling choices that never started (their leader ended first): give back what they hold."""
        for req, slot in forks:
            self.engine.kv_pool.unpromise(req.blocks)
            self.engine.release_slot(slot)
            if isinstance(last, GenerationChunk):
                last = GenerationChunk("", [], last.finish_reason, Usage(len(req.ids), 0))
            req.handle._end(last)

    def _drop_cancelled(self) -> None:
        """End cancelled requests, running or still queued (their queue slots free up at once)."""
        with self._cv:
            queued = [r for r in self._queue if r.handle.cancelled]
            for req in queued:
                self._queue.remove(req)
        for req in queued:
            for r in req.group():
                r.handle._end(GenerationChunk("", [], "cancelled", Usage(len(req.ids), 0)))
        for run in [r for r in self._active if r.req.handle.cancelled]:
            self._serve(run, run.seq.cancelled_chunk)

    def _step(self) -> None:
        """One forward pass: a prompt chunk per prefilling sequence (PREFILL_CHUNK tokens in all
        per pass, so decoding streams keep moving), one token per decoding sequence."""
        parts: list[tuple[_Running, list[int]]] = []
        room = PREFILL_CHUNK
        for run in list(self._active):
            tokens = run.seq.next_input(room)
            if not tokens:
                continue
            try:  # KV room first, so a pool shortfall fails this sequence, not the whole batch
                run.seq.kv.reserve(run.seq.kv.length + len(tokens))
            except EngineError as exc:
                self._retire(run, exc)
                continue
            parts.append((run, tokens))
            if run.seq.prefilling:
                room -= len(tokens)
        if not parts:
            return
        try:
            results = [(run, tokens, row) for (run, tokens), row in zip(parts, self._forward(parts))]
        except Exception as exc:  # noqa: BLE001 - isolate the culprit: rerun each sequence alone
            if len(parts) == 1:
                self._fail(parts[0][0], exc)
                return
            log.warning("batched forward pass failed (%s): retrying its %d sequences one by one", exc, len(parts))
            results = []
            for run, tokens in parts:
                try:
                    results.append((run, tokens, self._forward([(run, tokens)])[0]))
                except Exception as one:  # noqa: BLE001
                    self._fail(run, one)
        generated = 0
        for run, tokens, logits in results:
            n_prompt = len(tokens) if run.seq.prefilling else 0
            if not run.seq.consumed(n_prompt):
                continue
            if run.forks and logits is not None:
                generated += self._spawn_forks(run, logits)
            cancelled = run.req.handle.cancelled
            if self._serve(run, lambda run=run, logits=logits, c=cancelled: run.seq.advance(logits, c)):
                generated += 1
        self._count(generated)

    def _forward(self, parts: list[tuple[_Running, list[int]]]) -> list[np.ndarray | None]:
        """Logits per part: a row for parts that complete their prompt or decode, None for a
        prompt chunk with more to come. A sequence that scores its prompt (echo + logprobs) gets
        its chunk's rows scored in the same pass; no other sequence pays for it."""
        batch = Batch.build([(run.seq.kv, tokens) for run, tokens in parts], slots=[run.seq.slot for run, _ in parts],
                            decoding=[not run.seq.prefilling for run, _ in parts])
        wants = [i for i, (run, tokens) in enumerate(parts) if len(tokens) == len(run.seq.todo) or not run.seq.prefilling]
        batch.logit_rows = batch.logit_rows[wants]
        scored = [(run, score) for (run, _), seg in zip(parts, batch.segments)
                  if (score := run.seq.prompt_scores(seg)) is not None]
        batch.scores = [score for _, score in scored]
        logits = self.engine.forward(batch)
        for run, score in scored:  # only once the pass succeeded (a failed one is retried)
            run.seq.scores.append(score)
        out: list[np.ndarray | None] = [None] * len(parts)
        for row, i in enumerate(wants):
            out[i] = logits[row]
        return out

    def _serve(self, run: _Running, produce: object) -> bool:
        """Run one sequence's `produce()` -> chunk and deliver it; any exception fails that
        sequence alone. True when a token was produced."""
        try:
            chunk = produce()  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001 - one sequence's failure is not the loop's
            self._fail(run, exc)
            return False
        if chunk.finish_reason is None:
            run.req.handle._put(chunk)
        else:
            self._retire(run, chunk)
        return bool(chunk.token_ids)

    def _fail(self, run: _Running, exc: BaseException) -> None:
        log.error("local engine: sequence failed: %s: %s", type(exc).__name__, exc, exc_info=exc)
        self._retire(run, self._as_engine_error(exc))

    def _fail_request(self, req: _Request, exc: BaseException) -> None:
        log.error("local engine: request failed at admission: %s: %s", type(exc).__name__, exc)
        with self._cv:
            self._totals["failed"] += 1
        req.handle._end(self._as_engine_error(exc))

    @staticmethod
    def _as_engine_error(exc: BaseException) -> EngineError:
        if isinstance(exc, EngineError):
            return exc
        error = SequenceFailedError(f"generation failed: {type(exc).__name__}: {exc}")
        error.__cause__ = exc
        return error

    def _retire(self, run: _Running, last: GenerationChunk | BaseException) -> None:
        if run.forks:  # it ended before its prompt was in: its sibling choices end with it
            forks, run.forks = run.forks, []
            self._end_forks(forks, last if isinstance(last, BaseException) else
                            GenerationChunk("", [], "cancelled", Usage(len(run.req.ids), 0)))
        run.seq.release()
        run.req.handle.timings = run.seq.timings
        with self._cv:
            if run in self._active:
                self._active.remove(run)
            elapsed = time.perf_counter() - run.req.submitted
            self._avg_request_s = 0.8 * self._avg_request_s + 0.2 * elapsed
            if isinstance(last, BaseException):
                self._totals["failed"] += 1
        run.req.handle._end(last)

    def _usage(self, req: _Request) -> Usage:
        for run in list(self._active):
            if run.req is req:
                return run.seq.usage()
        return Usage(len(req.ids), 0)

    def _end_all(self, last: object) -> None:
        """End every stream still open (close(), or a worker that will not stop)."""
        with self._cv:
            pending, running = list(self._queue), list(self._active)
            self._queue.clear()
        for req in pending:
            for r in req.group():
                r.handle._end(last(r))  # type: ignore[operator]
        for run in running:
            final = last(run.req)  # type: ignore[operator]
            if threading.current_thread() is self._worker:
                self._retire(run, final)
            else:  # a stuck worker still holds the sequence's resources: only end the stream
                run.req.handle._end(final)
                for req, _ in run.forks:
                    req.handle._end(last(req))  # type: ignore[operator]

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


def _choice_params(params: SamplingParams, index: int) -> SamplingParams:
    """Choice `index` of a request: its own random stream when a seed is fixed (choice 0 keeps
    the seed, so n=1 and the first of n agree)."""
    if index == 0 or params.seed is None:
        return params
    derived = int(np.random.SeedSequence([params.seed, index]).generate_state(1, np.uint64)[0])
    return replace(params, seed=derived)
