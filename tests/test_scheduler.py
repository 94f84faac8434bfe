"""Scheduler on the real SmolLM2: batched greedy output equals Engine.generate per sequence,
prefix reuse, back-pressure, cancellation and shutdown."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from local_engine.api import ContextOverflowError, EngineBusyError, GenerationChunk, SamplingParams
from local_engine.engine import Engine
from local_engine.models.batch import Batch
from local_engine.scheduler import Scheduler

PROMPTS = ["The capital of France is", "def fibonacci(n):", "Once upon a time", "List three colors:"]
GREEDY = SamplingParams(temperature=0, max_tokens=12)


@pytest.fixture(scope="module")
def engine(smollm2_path: Path) -> Engine:
    return Engine.load(smollm2_path, n_ctx=512, n_threads=2, max_sequences=4)


@pytest.fixture(scope="module")
def reference(engine: Engine) -> list[list[int]]:
    return [_tokens(engine.generate(p, GREEDY)) for p in PROMPTS]


def _tokens(chunks: object) -> list[int]:
    return [t for c in chunks for t in c.token_ids]  # type: ignore[attr-defined]


@pytest.mark.parametrize("n_streams", [1, 4])
def test_greedy_batched_equals_generate(engine: Engine, reference: list[list[int]], n_streams: int) -> None:
    with Scheduler(engine, max_batch=8) as sched:
        handles = [sched.submit(engine.prompt_ids(p), GREEDY) for p in PROMPTS[:n_streams]]
        results: list[list[GenerationChunk]] = [[] for _ in handles]
        threads = [threading.Thread(target=lambda i=i: results[i].extend(handles[i])) for i in range(n_streams)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    for i, chunks in enumerate(results):
        assert _tokens(chunks) == reference[i], PROMPTS[i]
        last = chunks[-1]
        assert last.finish_reason == "length" and last.usage is not None
        assert last.usage.completion_tokens == GREEDY.max_tokens


def test_greedy_output_does_not_depend_on_prompts_prefilled_beside_it(
    engine: Engine, reference: list[list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pass that decodes the first stream also prefills the others (a mixed pass, as when
    requests arrive while one is decoding): every stream still equals its request alone."""
    mixed = []
    roles = Batch.roles
    monkeypatch.setattr(Batch, "roles", lambda self: mixed.append(r := roles(self)) or r)
    with Scheduler(engine, max_batch=8) as sched:
        first = sched.submit(engine.prompt_ids(PROMPTS[0]), GREEDY)
        chunks = [next(first)]  # the first stream is decoding before the others arrive
        rest = [sched.submit(engine.prompt_ids(p), GREEDY) for p in PROMPTS[1:]]
        results = [chunks + list(first)] + [list(h) for h in rest]
    assert any(r is not None for r in mixed), "no pass mixed a decode step with prompts"
    for i, got in enumerate(results):
        assert _tokens(got) == reference[i], PROMPTS[i]


def test_shared_prefix_is_reused(engine: Engine) -> None:
    system = "You are a careful assistant. " * 11  # 69 tokens with the question: one full KV block
    prompt_a, prompt_b = engine.prompt_ids(system + "Say hi."), engine.prompt_ids(system + "Say bye.")
    params = SamplingParams(temperature=0, max_tokens=2)
    with Scheduler(engine) as sched:
        list(sched.submit(prompt_a, params))
        chunks = list(sched.submit(prompt_b, params))
        assert sched.stats().cached_prompt_tokens >= 64
    usage = chunks[-1].usage
    assert usage is not None and usage.cached_prompt_tokens >= 64
    assert _tokens(chunks) == _tokens(engine.generate(prompt_b, params))


def test_full_queue_raises_busy_with_retry_after(engine: Engine) -> None:
    params = SamplingParams(temperature=0, max_tokens=40)
    with Scheduler(engine, max_batch=1, max_queue=1) as sched:
        handles = []
        with pytest.raises(EngineBusyError) as err:
            for _ in range(4):
                handles.append(sched.submit(engine.prompt_ids("Hello"), params))
        assert err.value.retry_after_s >= 1
        assert sched.stats().rejected == 1
        for h in handles:
            h.cancel()
        assert all(list(h)[-1].finish_reason == "cancelled" for h in handles)


def test_cancel_mid_stream_and_close_ends_streams(engine: Engine) -> None:
    sched = Scheduler(engine, max_batch=2)
    params = SamplingParams(temperature=0, max_tokens=200)
    running = sched.submit(engine.prompt_ids("Count to one hundred:"), params)
    first = next(running)
    assert first.finish_reason is None
    running.cancel()
    rest = list(running)
    assert rest[-1].finish_reason == "cancelled" and rest[-1].usage is not None
    assert rest[-1].usage.completion_tokens < 200
    waiting = sched.submit(engine.prompt_ids("Tell a story"), params)
    sched.close()
    assert list(waiting)[-1].finish_reason == "cancelled"
    assert sched.stats().kv_blocks_free == sched.stats().kv_blocks_total


def test_prompt_too_long_fails_at_submit(engine: Engine) -> None:
    with Scheduler(engine) as sched, pytest.raises(ContextOverflowError):
        sched.submit([1] * 600, SamplingParams(max_tokens=1))


def test_cancelled_queued_request_frees_its_slot(engine: Engine) -> None:
    params = SamplingParams(temperature=0, max_tokens=30)
    with Scheduler(engine, max_batch=1, max_queue=1) as sched:
        running = sched.submit(engine.prompt_ids("Hello"), params)
        next(running)  # admitted: the queue is empty again
        queued = sched.submit(engine.prompt_ids("Hi"), params)
        queued.cancel()
        assert list(queued)[-1].finish_reason == "cancelled"  # without waiting for `running`
        later = sched.submit(engine.prompt_ids("Hey"), SamplingParams(temperature=0, max_tokens=1))
        running.cancel()
        assert list(later)[-1].finish_reason == "length"
        list(running)


def test_n_choices_prefill_the_prompt_once(engine: Engine) -> None:
    """submit_choices: one prefill, then each choice on a copy of its KV (full blocks shared, the
    partial one copied): greedy choices equal n=1, sampled ones differ and reproduce by seed."""
    prompt = engine.prompt_ids("Once upon a time, " * 30)  # > one 64-token block plus a partial one
    fed: list[int] = []
    forward = engine.forward
    engine.forward = lambda batch, f=forward: fed.append(len(batch.tokens)) or f(batch)  # type: ignore[method-assign]
    try:
        with Scheduler(engine, max_batch=4) as sched:
            single = _tokens(sched.submit(prompt, GREEDY))
            engine.prefix_cache.clear()
            fed.clear()
            greedy = [_tokens(h) for h in sched.submit_choices(prompt, GREEDY, 3)]
            assert sum(fed) == len(prompt) + 3 * (GREEDY.max_tokens - 1)  # the prompt went through once
            engine.prefix_cache.clear()
            hot = SamplingParams(temperature=1.2, seed=11, max_tokens=12, ignore_eos=True)
            sampled = [_tokens(h) for h in sched.submit_choices(prompt, hot, 3)]
            engine.prefix_cache.clear()  # same cache state: a cached prefix computes the prompt in other chunks
            again = [_tokens(h) for h in sched.submit_choices(prompt, hot, 3)]
            assert engine.kv_pool.free_blocks + engine.prefix_cache.idle_blocks() == engine.kv_pool.n_blocks
    finally:
        engine.forward = forward  # type: ignore[method-assign]
    assert greedy == [single] * 3
    assert len({tuple(t) for t in sampled}) == 3 and sampled == again
