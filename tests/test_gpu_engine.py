"""Issue 4's key check: a tiny synthetic model split at EVERY n_gpu_layers gives the CPU-only
greedy tokens, through the real `Engine.load(..., n_gpu_layers=k)` (CUDA simulator, in
test_gpu_sim.py's child process).

Models are written with gguf's GGUFWriter (local_engine.testing.synthetic) per architecture,
shrunk so the simulator stays fast: 2 layers, 64 wide, every non-K weight type across the
matrices (K-quants need 256 columns; test_gpu_kernels covers them), a tied Q8_0 head.
"""

from __future__ import annotations

from test_gpu_sim import simulator_only, sim_only

sim_only()

import threading  # noqa: E402
from collections.abc import Iterable  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from local_engine.api import GenerationChunk, SamplingParams  # noqa: E402
from local_engine.engine import Engine  # noqa: E402
from local_engine.gpu import device  # noqa: E402
from local_engine.testing.synthetic import T, TinySpec, write_tiny_model  # noqa: E402
from local_engine.scheduler import Scheduler  # noqa: E402

LEGACY_AND_FLOAT = (T.Q8_0, T.Q4_0, T.Q4_1, T.Q5_0, T.Q5_1, T.F16, T.BF16, T.F32)
SMALL = {"n_layers": 2, "n_embd": 64, "n_ff": 64, "n_heads": 2, "n_kv_heads": 1, "head_dim": 32}
MODELS = {
    "llama": TinySpec("llama", weight_types=LEGACY_AND_FLOAT, **SMALL),
    # window 3 < prompt + generated tokens, so the sliding-window mask is exercised
    "gemma3": TinySpec("gemma3", sliding_window=3, weight_types=LEGACY_AND_FLOAT[::-1], **SMALL),
}
PROMPT = [1, 270, 262, 275, 280]
N_NEW = 3
N_CTX = 16


@pytest.fixture(autouse=True)
def offload_onto_the_simulator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(device.SIMULATOR_ENV, "1")


@pytest.fixture(scope="module", params=sorted(MODELS))
def tiny_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gpu") / f"tiny-{request.param}.gguf"
    write_tiny_model(path, MODELS[request.param], seed=5)
    return path


GREEDY_LP = SamplingParams(max_tokens=N_NEW, temperature=0.0, ignore_eos=True, logprobs=True, top_logprobs=3)


def tokens_and_logprobs(chunks: Iterable[GenerationChunk]) -> tuple[list[int], np.ndarray]:
    tokens, lps = [], []
    for chunk in chunks:
        tokens += chunk.token_ids
        for lp in chunk.logprobs or []:
            lps.append([lp.logprob] + [v for _, v in lp.top])
    return tokens, np.array(lps)


# Both devices round product inputs to int8 blocks (as llama.cpp does); an input the two compute a
# hair apart can round to neighbouring steps, which moves logprobs by a few 1e-2 (measured up to 0.07 on
# the -10 logprob of a third choice).
LOGPROB_RTOL, LOGPROB_ATOL = 1e-2, 6e-2  # unlikely tokens (logprob -10..-17) move with their logits


def greedy(engine: Engine, prompt: list[int] = PROMPT) -> tuple[list[int], np.ndarray]:
    """Greedy tokens and their logprobs (top 3 as well) of one generation."""
    return tokens_and_logprobs(engine.generate(prompt, GREEDY_LP))


def test_every_n_gpu_layers_split_gives_the_cpu_greedy_tokens(tiny_path: Path) -> None:
    cpu = Engine.load(tiny_path, n_ctx=N_CTX, n_gpu_layers=0, max_sequences=1)
    assert cpu.info.placement == "cpu"
    cpu_tokens, cpu_lps = greedy(cpu)
    n_layers = cpu.info.n_layers
    for k in range(1, n_layers + 2):  # n_layers + 1 also puts the output head on the GPU
        engine = Engine.load(tiny_path, n_ctx=N_CTX, n_gpu_layers=k, max_sequences=1)
        expected = f"hybrid:{k}/{n_layers}" if k <= n_layers else "gpu"
        assert engine.info.placement == expected
        assert engine.gpu.first_gpu_layer == n_layers - min(k, n_layers)
        assert len(engine.model.blocks) == n_layers - min(k, n_layers)  # GPU layers are not built on the CPU
        tokens, lps = greedy(engine)
        assert tokens == cpu_tokens, f"n_gpu_layers={k}"
        assert np.allclose(lps, cpu_lps, rtol=LOGPROB_RTOL, atol=LOGPROB_ATOL), f"n_gpu_layers={k}"


CONCURRENT_PROMPTS = [PROMPT, [1, 280, 263, 270], [1, 290, 291, 292, 293, 264]]


def concurrently(engine: Engine, prompts: list[list[int]]) -> tuple[list[tuple[list[int], np.ndarray]], set[int]]:
    """Greedy tokens/logprobs of each prompt, all submitted together to one scheduler and drained
    from their own threads; and the device slots the batches used."""
    results: list[tuple[list[int], np.ndarray]] = [([], np.zeros(0))] * len(prompts)
    seen_slots: set[int] = set()
    forward = engine.forward
    engine.forward = lambda batch, f=forward: seen_slots.update(batch.slots.tolist()) or f(batch)  # type: ignore[method-assign]
    with Scheduler(engine, max_batch=len(prompts)) as sched:
        handles = [sched.submit(p, GREEDY_LP) for p in prompts]

        def drain(i: int) -> None:
            results[i] = tokens_and_logprobs(handles[i])

        threads = [threading.Thread(target=drain, args=(i,)) for i in range(len(handles))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
    return results, seen_slots


@pytest.mark.parametrize("arch", sorted(MODELS))
def test_concurrent_sequences_through_the_scheduler_match_each_alone_on_cpu(arch: str, tmp_path: Path) -> None:
    """Issue 14: each running sequence owns its device KV slot (f16, like the CPU pool), so N
    sequences batched through the scheduler with n_gpu_layers in {1, half, all} give what each
    gives alone on the CPU."""
    path = tmp_path / f"tiny4-{arch}.gguf"
    write_tiny_model(path, TinySpec(**{**MODELS[arch].__dict__, "n_layers": 4}), seed=7)
    cpu = Engine.load(path, n_ctx=N_CTX, n_gpu_layers=0, max_sequences=3)
    alone = [greedy(cpu, p) for p in CONCURRENT_PROMPTS]
    for n_gpu in (1, 2, "all"):
        engine = Engine.load(path, n_ctx=N_CTX, n_gpu_layers=n_gpu, max_sequences=3)
        assert engine.gpu.stack is not None and engine.prefix_cache is None
        assert all(kv.type_k == kv.type_v == "f16" for kv in engine.gpu.stack.kv)
        results, seen_slots = concurrently(engine, CONCURRENT_PROMPTS)
        assert seen_slots == {0, 1, 2}  # three sequences, three device KV slots
        for (tokens, lps), (cpu_tokens, cpu_lps) in zip(results, alone):
            assert tokens == cpu_tokens, f"n_gpu_layers={n_gpu}"
            assert np.allclose(lps, cpu_lps, rtol=LOGPROB_RTOL, atol=LOGPROB_ATOL), f"n_gpu_layers={n_gpu}"


def test_q8_0_kv_and_window_rings_on_the_device_match_the_cpu(tmp_path: Path) -> None:
    """`cache_type_k/v: q8_0` is honoured on the device too, and with a context longer than
    window + PREFILL_CHUNK the sliding-window layers keep only their ring there as on the CPU:
    concurrent sequences give the CPU's greedy tokens with the same settings."""
    path = tmp_path / "tiny-gemma3-q8kv.gguf"
    write_tiny_model(path, MODELS["gemma3"], seed=9)
    n_ctx = 1100  # > pad(3 + 512, 256) = 768 cells: window layers use rings on both devices
    kw = {"n_ctx": n_ctx, "max_sequences": 3, "cache_type_k": "q8_0", "cache_type_v": "q8_0"}
    cpu = Engine.load(path, n_gpu_layers=0, **kw)  # type: ignore[arg-type]
    assert cpu.kv_pool.ring_cells == 768
    alone = [greedy(cpu, p) for p in CONCURRENT_PROMPTS]
    engine = Engine.load(path, n_gpu_layers="all", **kw)  # type: ignore[arg-type]
    kv = engine.gpu.stack.kv
    assert [c.cells for c in kv] == [768 if s.sliding_window else n_ctx for s in engine.gpu.stack.specs]
    assert kv[0].cells == 768 and all(c.type_k == c.type_v == "q8_0" for c in kv)
    assert engine.gpu.plan.kv_bytes == sum(c.nbytes for c in kv)  # the planner counts what is allocated
    results, _ = concurrently(engine, CONCURRENT_PROMPTS)
    for (tokens, lps), (cpu_tokens, cpu_lps) in zip(results, alone):
        assert tokens == cpu_tokens
        assert np.allclose(lps, cpu_lps, rtol=LOGPROB_RTOL, atol=LOGPROB_ATOL)


def test_long_prompt_is_chunked_through_the_device_buffers(tmp_path: Path) -> None:
    """A prompt longer than the device chunk runs in pieces; the device KV cache carries across them."""
    path = tmp_path / "tiny-llama.gguf"
    write_tiny_model(path, MODELS["llama"], seed=6)
    engine = Engine.load(path, n_ctx=N_CTX, n_gpu_layers=1, max_sequences=1)
    whole = greedy(engine)
    engine.gpu.stack.chunk = 2
    chunked = greedy(engine)
    assert whole[0] == chunked[0]
    assert np.allclose(whole[1], chunked[1], rtol=1e-5, atol=1e-5)


@simulator_only("the simulator's own switch")
def test_simulator_counts_as_a_gpu_only_when_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(device.SIMULATOR_ENV, raising=False)
    assert not device.gpu_available()
    assert "simulator" in device.unavailable_reason()
    monkeypatch.setenv(device.SIMULATOR_ENV, "1")
    assert device.gpu_available()
    assert device.device_name() == "numba CUDA simulator"
    assert device.free_vram_bytes() is None


def test_forked_choices_copy_the_device_kv_of_their_prompt(tmp_path: Path) -> None:
    """n > 1 choices prefill once; each other choice starts on a slot-to-slot copy of the GPU
    layers' KV, so greedy choices all give the CPU's tokens and logprobs."""
    path = tmp_path / "tiny-fork.gguf"
    write_tiny_model(path, MODELS["llama"], seed=8)
    cpu_tokens, cpu_lps = greedy(Engine.load(path, n_ctx=N_CTX, n_gpu_layers=0, max_sequences=1))
    engine = Engine.load(path, n_ctx=N_CTX, n_gpu_layers="all", max_sequences=3)
    prefilled: list[int] = []
    forward = engine.forward
    engine.forward = lambda batch, f=forward: prefilled.append(len(batch.tokens)) or f(batch)  # type: ignore[method-assign]
    with Scheduler(engine, max_batch=3) as sched:
        handles = sched.submit_choices(PROMPT, GREEDY_LP, 3)
        results = [tokens_and_logprobs(h) for h in handles]
    assert prefilled[0] == len(PROMPT) and all(n <= 3 for n in prefilled[1:])  # one prefill, then decode steps
    for tokens, lps in results:
        assert tokens == cpu_tokens
        assert np.allclose(lps, cpu_lps, rtol=LOGPROB_RTOL, atol=LOGPROB_ATOL)
