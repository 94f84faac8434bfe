"""The loop never dies of one request: a failing sequence fails alone while the others stream;
a crashed worker is reported (health, and the gateway's /health and /v1/models) and restarted;
close() is bounded even with a stuck forward pass. Tiny synthetic model: seconds, not minutes."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from gateway.backends.local import LocalBackend, LocalRuntime, RuntimeKey, RuntimeSettings
from gateway.policy.schema import RouteSpec
from local_engine.api import (
    EngineUnavailableError,
    GenerationChunk,
    SamplingParams,
    SequenceFailedError,
)
from local_engine.engine import Engine
from local_engine.testing.synthetic import TinySpec, write_tiny_model
from local_engine.sampler import Sampler
from local_engine.scheduler import Handle, Scheduler

PROMPTS = [[1, 270, 262], [1, 275, 280, 290], [1, 263, 264], [1, 300, 301, 302, 303]]
PARAMS = SamplingParams(temperature=0, max_tokens=12, ignore_eos=True)
POISON_SEED = 666  # the sequence whose sampler the tests break


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("faults") / "llama.gguf"
    write_tiny_model(path, TinySpec("llama"), seed=11)
    return path


@pytest.fixture(scope="module")
def engine(model_path: Path) -> Engine:
    return Engine.load(model_path, n_ctx=64, max_sequences=4)


@pytest.fixture(scope="module")
def alone(engine: Engine) -> list[list[int]]:
    return [_tokens(list(engine.generate(p, PARAMS))) for p in PROMPTS]


def _tokens(chunks: list[GenerationChunk]) -> list[int]:
    return [t for c in chunks for t in c.token_ids]


def _drain(handles: list[Handle]) -> list[list[GenerationChunk] | BaseException]:
    """Each handle drained on its own thread (as the gateway's pumps do)."""
    out: list[Any] = [None] * len(handles)

    def run(i: int) -> None:
        chunks: list[GenerationChunk] = []
        try:
            for c in handles[i]:
                chunks.append(c)
            out[i] = chunks
        except BaseException as exc:  # noqa: BLE001 - what the test inspects
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(handles))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return out


def test_sampler_error_fails_one_sequence_while_three_stream(
    engine: Engine, alone: list[list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = Sampler.sample

    def flaky(self: Sampler, logits: Any) -> int:
        if self.p.seed == POISON_SEED and len(self.window) >= len(PROMPTS[1]) + 3:
            raise RuntimeError("injected sampler failure")
        return sample(self, logits)

    monkeypatch.setattr(Sampler, "sample", flaky)
    with Scheduler(engine, max_batch=4) as sched:
        params = [PARAMS, SamplingParams(**{**PARAMS.__dict__, "seed": POISON_SEED}), PARAMS, PARAMS]
        handles = [sched.submit(p, sp) for p, sp in zip(PROMPTS, params)]
        results = _drain(handles)
        assert isinstance(results[1], SequenceFailedError) and "injected sampler failure" in str(results[1])
        for i in (0, 2, 3):
            chunks = results[i]
            assert isinstance(chunks, list) and chunks[-1].finish_reason == "length"
            assert _tokens(chunks) == alone[i]
        assert sched.stats().failed == 1 and sched.health().ok
        after = list(sched.submit(PROMPTS[1], PARAMS))  # the next request succeeds
        assert _tokens(after) == alone[1]
        assert sched.stats().active_sequences == 0
    assert engine.free_slots == 4 and engine.kv_pool.can_promise(engine.kv_pool.n_blocks)


def test_kernel_error_in_a_batched_pass_fails_only_its_sequence(
    engine: Engine, alone: list[list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pass holding the poisoned token fails; the scheduler reruns its sequences one by one."""
    poison = 301
    forward = engine.model.forward

    def broken(batch: Any) -> Any:
        if poison in batch.tokens:
            raise FloatingPointError("injected kernel error")
        return forward(batch)

    monkeypatch.setattr(engine.model, "forward", broken)
    with Scheduler(engine, max_batch=4) as sched:
        results = _drain([sched.submit(p, PARAMS) for p in PROMPTS])
    assert isinstance(results[3], SequenceFailedError) and "injected kernel error" in str(results[3])
    for i in (0, 1, 2):
        assert _tokens(results[i]) == alone[i]  # type: ignore[arg-type]


def test_crashed_worker_is_reported_and_restarted(engine: Engine, alone: list[list[int]]) -> None:
    sched = Scheduler(engine, max_batch=2, restart_delay_s=0.3)
    try:
        step = sched._step
        crashed = threading.Event()

        def crash_once() -> None:
            if not crashed.is_set():
                crashed.set()
                raise RuntimeError("injected worker bug")
            step()

        sched._step = crash_once  # type: ignore[method-assign]
        victim = sched.submit(PROMPTS[0], PARAMS)
        with pytest.raises(EngineUnavailableError, match="injected worker bug"):
            list(victim)
        health = sched.health()
        assert not health.ok and "worker crashed: RuntimeError: injected worker bug" in (health.reason or "")
        with pytest.raises(EngineUnavailableError):
            sched.submit(PROMPTS[0], PARAMS)
        deadline = time.monotonic() + 10
        while not sched.health().ok and time.monotonic() < deadline:
            time.sleep(0.02)
        health = sched.health()
        assert health.ok and health.restarts == 1 and "injected worker bug" in (health.last_error or "")
        assert _tokens(list(sched.submit(PROMPTS[0], PARAMS))) == alone[0]
    finally:
        sched.close()
    assert engine.free_slots == 4


def test_close_is_bounded_with_a_stuck_forward_pass(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    release, entered = threading.Event(), threading.Event()
    forward = engine.model.forward

    def stuck(batch: Any) -> Any:
        entered.set()
        release.wait(30)
        return forward(batch)

    monkeypatch.setattr(engine.model, "forward", stuck)
    sched = Scheduler(engine, max_batch=2)
    running = sched.submit(PROMPTS[0], PARAMS)
    queued = sched.submit(PROMPTS[1], PARAMS)
    assert entered.wait(10)
    t0 = time.monotonic()
    sched.close(timeout_s=0.5)
    assert time.monotonic() - t0 < 2
    assert list(running)[-1].finish_reason == "cancelled"
    assert list(queued)[-1].finish_reason == "cancelled"
    assert not sched.health().ok and sched.health().reason == "closed"
    release.set()  # the stuck pass ends; the worker then gives back what the sequence held
    deadline = time.monotonic() + 10
    while engine.free_slots < 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert engine.free_slots == 4


def test_gateway_route_shows_the_engine_unavailable_with_the_reason(model_path: Path) -> None:
    """LocalBackend.available / unavailable_reason are what /health and /v1/models report per route."""
    settings = RuntimeSettings(n_ctx=64, n_threads=1, max_batch=2, max_queue=4, eager=True, keep_alive_s=None)
    runtime = LocalRuntime(RuntimeKey(str(model_path), n_gpu_layers=0), settings, ["local"])
    backend = LocalBackend("local", runtime, RouteSpec(backend="local", model=str(model_path), max_batch=2))
    runtime.acquire()
    runtime.release()
    try:
        assert backend.available and backend.health()["health"]["ok"]
        runtime.scheduler._step = lambda: (_ for _ in ()).throw(RuntimeError("boom"))  # type: ignore[method-assign]
        with pytest.raises(EngineUnavailableError):
            list(runtime.scheduler.submit(PROMPTS[0], PARAMS))
        assert not backend.available
        assert backend.unavailable_reason == "local engine: worker crashed: RuntimeError: boom"
        assert backend.health()["health"]["reason"] == "worker crashed: RuntimeError: boom"
    finally:
        runtime.close()
    assert backend.unavailable_reason == "local engine: closed"


WARM_UP_PROBE = """
import sys, threading
from numba.core.dispatcher import Dispatcher
from local_engine.api import SamplingParams
from local_engine.engine import Engine
from local_engine.scheduler import Scheduler

def signatures():
    mods = [m for n, m in list(sys.modules.items()) if n.startswith("local_engine") and m is not None]
    return {f"{m.__name__}.{k}": len(v.signatures) for m in mods for k, v in vars(m).items() if isinstance(v, Dispatcher)}

engine = Engine.load(sys.argv[1], n_ctx=256, max_sequences=4)
engine.warm_up()
before = signatures()
with Scheduler(engine, max_batch=4) as sched:
    params = [SamplingParams(temperature=t, max_tokens=m, ignore_eos=True, logprobs=lp, top_logprobs=2, seed=1)
              for t, m, lp in ((0, 5, True), (0.8, 9, False), (0, 1, False), (1.2, 7, True))]
    prompts = [[1, 270, 262], [1] + list(range(200, 270)), [1, 5], [1, 280, 281, 282, 283]]
    for h in [sched.submit(p, sp) for p, sp in zip(prompts, params)]:
        list(h)
    list(sched.submit([1] + list(range(230, 260)), params[0]))  # a mid-length prompt alone
after = signatures()
new = {k: after[k] - before.get(k, 0) for k in after if after[k] != before.get(k, 0)}
print("NEW", new, "KERNELS", sum(1 for v in before.values() if v), "PASS", before["local_engine.models.kernels.decode_pass"],
      "PROMPTS", before["local_engine.models.kernels.attend_prompts"])
"""


@pytest.mark.parametrize("model", ["two_types", "q4_k", "smollm2"])
def test_first_request_after_warm_up_compiles_nothing(model_path: Path, smollm2_path: Path, tmp_path: Path,
                                                      model: str) -> None:
    """Engine.warm_up (run before the gateway reports ready) leaves no kernel for a request to compile:
    in a fresh process, requests of every shape (prefill, batched and single decode, sampling,
    logprobs) add no compiled signature to any numba kernel of the engine; for a model whose decode
    steps run per layer (gate and up of two types), for one whose run as kernels.decode_pass, and for
    SmolLM2 (layers too small for a region at one row, big enough for cpu.tiled_ffn at 30 rows)."""
    import subprocess
    import sys

    from local_engine.testing.synthetic import T

    decode_pass = model != "two_types"
    if model == "smollm2":
        model_path = smollm2_path
    elif model == "q4_k":
        model_path = tmp_path / "q4km.gguf"
        write_tiny_model(model_path, TinySpec("llama", weight_types=(T.Q4_K,) * 2 + (T.Q6_K,) + (T.Q4_K,) * 3 + (T.Q6_K,)),
                         seed=11)
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-c", WARM_UP_PROBE, str(model_path)], cwd=root, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = proc.stdout.strip().splitlines()[-1]
    assert line.startswith("NEW {} KERNELS"), line
    assert int(line.split()[-5]) >= 5, line  # the probe saw the engine's kernels
    assert (int(line.split()[-3]) > 0) == decode_pass, line
    assert int(line.split()[-1]) > 0, line  # a pass of several short prompts (kernels.attend_prompts)


def test_gateway_runtime_warms_up_before_it_serves(model_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    settings = RuntimeSettings(n_ctx=64, n_threads=1, max_batch=2, max_queue=4, eager=True, keep_alive_s=None)
    runtime = LocalRuntime(RuntimeKey(str(model_path), n_gpu_layers=0), settings, ["local"])
    with caplog.at_level(logging.INFO, logger="local_engine.engine"):
        runtime.acquire()  # what an eager route does at start-up, before the server reports ready
    runtime.release()
    runtime.close()
    assert any("local engine ready: kernels compiled or loaded from the disk cache" in r.getMessage() for r in caplog.records)
