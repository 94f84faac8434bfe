"""Engine.generate: streaming text, stop strings, limits, EOS, usage, errors, cancel, threads, GPU fallback.

Behaviour that needs no particular model runs on a tiny synthetic GGUF; the rest on SmolLM2
(short generations only: the whole file stays well under a minute).
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from local_engine import scheduler as scheduler_mod
from local_engine.api import (
    ContextOverflowError,
    GenerationChunk,
    InvalidRequestError,
    ModelLoadError,
    NoChatTemplateError,
    SamplingParams,
)
from local_engine.engine import Engine
from local_engine.sequence import TextStream, Timings
from local_engine.testing.synthetic import T, TinySpec, write_tiny_model

GREEDY = SamplingParams(temperature=0, max_tokens=8)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path = tmp_path_factory.mktemp("tiny") / "llama.gguf"
    write_tiny_model(path, TinySpec("llama"), seed=3)
    return Engine.load(path, n_ctx=32)


@pytest.fixture(scope="module")
def smol(smollm2_path: Path) -> Engine:
    return Engine.load(smollm2_path, n_ctx=256)


def _collect(chunks: list[GenerationChunk]) -> tuple[str, list[int], GenerationChunk]:
    return "".join(c.text for c in chunks), [t for c in chunks for t in c.token_ids], chunks[-1]


def _ids(e: Engine, *pieces: str) -> list[int]:
    return [e.tokenizer.vocab.token_to_id[p] for p in pieces]


# --- text streaming (tiny vocabulary: byte tokens + pieces) --------------------------------------
def test_stream_holds_back_partial_utf8(tiny: Engine) -> None:
    s = TextStream(tiny.tokenizer, [])
    first, second = _ids(tiny, "<0xC3>", "<0xA9>")  # "é" as two byte tokens
    assert s.push(first) == ("", False)
    assert s.push(second) == ("é", False)


def test_stop_string_across_token_boundaries(tiny: Engine) -> None:
    s = TextStream(tiny.tokenizer, ["llo!"])
    he, ll, o, bang = _ids(tiny, "he", "ll", "o", "!")
    assert s.push(he) == ("he", False)
    assert s.push(ll) == ("", False)  # "ll" may start "llo!": held
    assert s.push(o) == ("", False)
    assert s.push(bang) == ("", True)


def test_held_text_released_when_not_a_stop(tiny: Engine) -> None:
    s = TextStream(tiny.tokenizer, ["llx"])
    he, ll, o = _ids(tiny, "he", "ll", "o")
    assert s.push(he) == ("he", False)
    assert s.push(ll) == ("", False)
    assert s.push(o) == ("llo", False)
    assert s.flush() == ""


def test_flush_releases_held_prefix(tiny: Engine) -> None:
    s = TextStream(tiny.tokenizer, ["llama"])
    s.push(_ids(tiny, "ll")[0])
    assert s.flush() == "ll"


def test_text_before_stop_in_same_token_is_kept(tiny: Engine) -> None:
    s = TextStream(tiny.tokenizer, ["e"])
    assert s.push(_ids(tiny, "he")[0]) == ("h", True)


# --- limits and errors ----------------------------------------------------------------------------
def test_max_tokens_and_usage(tiny: Engine) -> None:
    chunks = list(tiny.generate("Hello world", SamplingParams(temperature=0, max_tokens=5, ignore_eos=True)))
    text, ids, last = _collect(chunks)
    assert len(ids) == 5 and len(chunks) == 5
    assert last.finish_reason == "length"
    assert last.usage is not None and last.usage.completion_tokens == 5
    assert last.usage.prompt_tokens == len(tiny.tokenize("Hello world"))
    assert all(c.finish_reason is None and c.usage is None for c in chunks[:-1])
    assert text == tiny.detokenize(ids)


def test_context_overflow_is_an_error_not_truncation(tiny: Engine) -> None:
    with pytest.raises(ContextOverflowError, match="exceeds the context of 32"):
        tiny.generate(list(range(3, 35)), GREEDY)  # 32 tokens + 1 > n_ctx
    chunks = list(tiny.generate(list(range(3, 34)), SamplingParams(temperature=0, ignore_eos=True)))
    assert len(_collect(chunks)[1]) == 1 and chunks[-1].finish_reason == "length"  # context full


def test_context_fills_up_to_n_ctx(tiny: Engine) -> None:
    chunks = list(tiny.generate([1, 5, 6], SamplingParams(temperature=0, max_tokens=1000, ignore_eos=True)))
    assert chunks[-1].usage.completion_tokens == 32 - 3
    assert chunks[-1].finish_reason == "length"


def test_bad_prompts(tiny: Engine) -> None:
    with pytest.raises(InvalidRequestError, match="empty prompt"):
        tiny.generate([], GREEDY)
    with pytest.raises(InvalidRequestError, match="out of range") as err:
        tiny.generate([10**6], GREEDY)
    assert err.value.param == "prompt"


@pytest.mark.parametrize(
    ("field", "value"),
    [("seed", -1), ("seed", 1 << 64), ("temperature", float("nan")), ("temperature", -0.5), ("top_p", 1.5),
     ("top_k", -1), ("min_p", -0.1), ("repeat_penalty", 0.0), ("repeat_last_n", -2), ("max_tokens", -1),
     ("top_logprobs", -1), ("logit_bias", {10**6: 1.0}), ("logit_bias", {5: float("inf")})],
)
def test_bad_sampling_params_are_engine_errors_naming_the_field(tiny: Engine, field: str, value: object) -> None:
    params = SamplingParams(**{**GREEDY.__dict__, field: value})
    with pytest.raises(InvalidRequestError) as err:
        tiny.generate("Hello", params)
    assert err.value.param == field
    assert _collect(list(tiny.generate("Hello", GREEDY)))[2].finish_reason == "length"  # the engine still serves


def test_zero_max_tokens(tiny: Engine) -> None:
    chunks = list(tiny.generate("Hello", SamplingParams(max_tokens=0)))
    assert len(chunks) == 1 and chunks[0].finish_reason == "length" and chunks[0].usage.completion_tokens == 0


def test_eos_stops_generation(tiny: Engine) -> None:
    eos = tiny.tokenizer.eos_id
    params = SamplingParams(temperature=0, max_tokens=8, logit_bias={eos: 1000.0})
    chunks = list(tiny.generate("Hello", params))
    assert len(chunks) == 1 and chunks[0].token_ids == [eos]
    assert chunks[0].finish_reason == "stop" and chunks[0].text == ""
    chunks = list(tiny.generate("Hello", SamplingParams(**{**params.__dict__, "ignore_eos": True})))
    assert chunks[-1].finish_reason == "length" and len(chunks) == 8


def test_kv_blocks_return_to_pool_even_on_early_close(tiny: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine's second pass waits (at most 0.5 s) so the stream is still open when the consumer
    looks: the tiny model could otherwise finish its 20 tokens and free the blocks first."""
    forward, passes, closed = tiny.forward, [], threading.Event()

    def paced(batch: object) -> np.ndarray:
        passes.append(batch)
        if len(passes) == 2:
            closed.wait(0.5)
        return forward(batch)  # type: ignore[arg-type]

    monkeypatch.setattr(tiny, "forward", paced)
    free = tiny.kv_pool.free_blocks
    gen = tiny.generate("Hello world", SamplingParams(temperature=0, max_tokens=20, ignore_eos=True))
    next(gen)
    assert tiny.kv_pool.free_blocks < free
    closed.set()
    gen.close()
    assert tiny.kv_pool.free_blocks == free


def test_cancel_event(tiny: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The loop runs ahead of the consumer, so a few tokens may already be on their way; the
    stream then ends "cancelled" and its usage counts exactly the tokens delivered.

    From its third pass on the engine waits for the consumer's cancel: the tiny model decodes
    20 tokens faster than a loaded machine switches to the consuming thread, and the stream must
    be cut mid-way however fast the engine is."""
    cancel = threading.Event()
    forward, passes = tiny.forward, []

    def paced(batch: object) -> np.ndarray:
        passes.append(batch)
        if len(passes) > 2:
            cancel.wait(10)
        return forward(batch)  # type: ignore[arg-type]

    monkeypatch.setattr(tiny, "forward", paced)
    chunks = []
    for chunk in tiny.generate("Hello", SamplingParams(temperature=0, max_tokens=20, ignore_eos=True), cancel):
        chunks.append(chunk)
        cancel.set()
    assert chunks[-1].finish_reason == "cancelled"
    delivered = sum(len(c.token_ids) for c in chunks)
    assert 1 <= delivered < 20 and chunks[-1].usage.completion_tokens == delivered
    pre = list(tiny.generate("Hello", GREEDY, cancel))
    assert len(pre) == 1 and pre[0].finish_reason == "cancelled" and pre[0].token_ids == []


def test_prefill_chunks_give_same_tokens(tiny: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    prompt = list(range(3, 23))
    params = SamplingParams(temperature=0, max_tokens=6, ignore_eos=True)
    whole = _collect(list(tiny.generate(prompt, params)))[1]
    monkeypatch.setattr(scheduler_mod, "PREFILL_CHUNK", 3)
    assert _collect(list(tiny.generate(prompt, params)))[1] == whole


def test_length_limit_inside_a_character_emits_no_replacement_char(tiny: Engine) -> None:
    """max_tokens cuts "é" (two byte tokens) after its first byte: the tail is dropped, as llama.cpp does."""
    first, second = _ids(tiny, "<0xC3>", "<0xA9>")
    params = SamplingParams(temperature=0, max_tokens=1, ignore_eos=True, logit_bias={first: 100.0})
    text, ids, last = _collect(list(tiny.generate("Hello", params)))
    assert ids == [first] and last.finish_reason == "length" and text == ""
    s = TextStream(tiny.tokenizer, [])
    assert s.push(first) == ("", False) and s.flush() == ""


def test_seeded_sampling_is_reproducible(tmp_path: Path) -> None:
    # its own model: through a tied head the tiny model's large embedding predicts the input token
    # itself with a logit 30-60 above the rest, so every seed would draw the same tokens
    path = tmp_path / "untied.gguf"
    write_tiny_model(path, TinySpec("llama", tied_output=False, output_std=0.05), seed=3)
    e = Engine.load(path, n_ctx=32)
    params = SamplingParams(temperature=1.5, max_tokens=12, seed=42, ignore_eos=True)
    a = _collect(list(e.generate("Hello", params)))[1]
    assert a == _collect(list(e.generate("Hello", params)))[1]
    others = {tuple(_collect(list(e.generate("Hello", SamplingParams(**{**params.__dict__, "seed": s}))))[1]) for s in range(4)}
    assert len(others) > 1


def test_logprobs(tiny: Engine) -> None:
    params = SamplingParams(temperature=0, max_tokens=3, logprobs=True, top_logprobs=3, ignore_eos=True)
    for chunk in tiny.generate("Hello", params):
        (lp,) = chunk.logprobs
        assert lp.token_id == chunk.token_ids[0]
        assert len(lp.top) == 3 and lp.logprob == pytest.approx(lp.top[0][1])  # greedy picks the best
        assert lp.logprob <= 0


def test_no_chat_template(tiny: Engine) -> None:
    assert not tiny.info.has_chat_template
    with pytest.raises(NoChatTemplateError):
        tiny.apply_chat_template([{"role": "user", "content": "hi"}])


def test_info_and_placement(tiny: Engine) -> None:
    info = tiny.info
    assert (info.architecture, info.n_layers, info.n_ctx, info.placement) == ("llama", 2, 32, "cpu")
    assert info.kv_bytes_per_token == 2 * 2 * 2 * 64 * 2  # K+V x layers x kv_heads x head_dim x f16
    assert tiny.placement["placement"] == "cpu"


def _gpu_usable() -> bool:
    from local_engine.gpu import device

    return device.gpu_available()


@pytest.mark.skipif(_gpu_usable(), reason="this machine has a GPU: the CPU fallback does not apply")
def test_gpu_request_without_gpu_falls_back_once(tiny: Engine, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        e = Engine.load(tiny.path, n_ctx=32, n_gpu_layers="all")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "CPU" in warnings[0].getMessage()
    assert e.info.placement == "cpu" and e.info.n_gpu_layers == 0
    assert _collect(list(e.generate("Hello", GREEDY)))[1] == _collect(list(tiny.generate("Hello", GREEDY)))[1]
    with pytest.raises(ModelLoadError, match="GPU"):
        Engine.load(tiny.path, n_ctx=32, n_gpu_layers=2, require_gpu=True)


def test_load_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError):
        Engine.load(tmp_path / "missing.gguf")
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 10)
    with pytest.raises(ModelLoadError):
        Engine.load(bad)


# --- the real model ---------------------------------------------------------------------------------
PARIS = "The capital of France is"


@pytest.fixture(scope="module")
def paris(smol: Engine) -> tuple[str, list[int], GenerationChunk]:
    """Greedy SmolLM2: ' Paris.\n\nThe' then one more token, with timings. The five checked tokens
    are llama.cpp's with top-1 margins >= 0.82; its sixth (' United') wins by 0.19 only, inside
    the int8-activation noise (tests/test_models_llamacpp.py), so no test depends on it."""
    t = Timings()
    chunks = list(smol.generate(PARIS, SamplingParams(temperature=0, max_tokens=6), timings=t))
    assert t.prefill_s > 0 and t.decode_s > 0 and smol.load_s > 0
    return _collect(chunks)


def test_real_model_stop_string_across_tokens(smol: Engine, paris: tuple[str, list[int], GenerationChunk]) -> None:
    text, ids, last = paris
    assert text.startswith(" Paris.\n\nThe") and last.finish_reason == "length"
    assert text == smol.detokenize(ids)
    stop = SamplingParams(temperature=0, max_tokens=6, stop=["\n\nThe"])
    s_text, s_ids, s_last = _collect(list(smol.generate(PARIS, stop)))
    assert s_last.finish_reason == "stop" and s_text == " Paris."
    assert s_ids == ids[: len(s_ids)]


def test_real_model_in_worker_threads(smol: Engine, paris: tuple[str, list[int], GenerationChunk]) -> None:
    params = SamplingParams(temperature=0, max_tokens=4)
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda _: _collect(list(smol.generate(PARIS, params)))[1], range(2)))
    assert runs == [paris[1][:4]] * 2


def test_real_model_decode_matches_prefill(smol: Engine, paris: tuple[str, list[int], GenerationChunk]) -> None:
    """Token-by-token decode chose what one prefill over the same ids predicts, at every step
    that is not a near-tie: decode and prompt attention are different kernels (different float
    summation orders), and SmolLM2's sixth token here is one (' United' vs ' answer', 0.19 apart
    in llama.cpp too), so steps whose top-1 margin is under 0.5 (tests/test_models_llamacpp.py's
    MARGIN) are not compared."""
    from local_engine.models import Batch

    prompt, ids = smol.tokenize(PARIS), paris[1]
    kv = smol.new_sequence()
    try:
        logits = smol.forward(Batch.build([(kv, prompt + ids)], all_logits=True))
    finally:
        kv.free()
    predicted = logits[len(prompt) - 1 : -1]
    top2 = np.sort(predicted, axis=1)[:, -2:]
    clear = top2[:, 1] - top2[:, 0] >= 0.5
    assert clear.sum() >= 5
    assert (predicted.argmax(axis=1) == np.array(ids))[clear].all()
    assert np.isfinite(logits).all()


def test_real_model_chat_template(smol: Engine) -> None:
    """The model's own template, rendered as llama-cpp-python renders it; the chat reply ends on <|im_end|>."""
    import json

    fixture = json.loads((Path(__file__).parent / "fixtures" / "llamacpp" / "chat_templates.json").read_text())
    case = fixture["cases"][0]
    prompt = smol.apply_chat_template(case["messages"], add_generation_prompt=case["add_generation_prompt"])
    assert prompt == case["prompt"]
    ids = smol.prompt_ids(prompt)
    assert smol.tokenizer.vocab.token_to_id["<|im_start|>"] in ids  # special tokens parsed, not spelled out
    params = SamplingParams(temperature=0, max_tokens=3, logit_bias={smol.tokenizer.vocab.token_to_id["<|im_end|>"]: 50.0})
    chunks = list(smol.generate(prompt, params))
    assert chunks[-1].finish_reason == "stop" and chunks[-1].text == ""


# --- KV cache types and sliding-window rings --------------------------------------------------------
def _teacher_forced_logprobs(e: Engine, ids: list[int], pool_kind: str) -> np.ndarray:
    """log-softmax rows predicting ids[1:], from one numpy-path pass over a pool without rings."""
    from local_engine.kv_cache import KVPool, SequenceKV
    from local_engine.models import Batch
    from local_engine.sampler import log_softmax

    pool = KVPool(e.kv_shape, n_blocks=-(-len(ids) // 64), type_k=pool_kind, type_v=pool_kind)  # type: ignore[arg-type]
    logits = e.model.forward(Batch.build([(SequenceKV(pool, len(ids)), ids)], all_logits=True))
    return np.stack([log_softmax(row) for row in logits])


def _greedy_with_logprobs(e: Engine, prompt: list[int], n: int) -> tuple[list[int], list[float]]:
    params = SamplingParams(temperature=0, max_tokens=n, ignore_eos=True, logprobs=True)
    chunks = list(e.generate(prompt, params))
    return [t for c in chunks for t in c.token_ids], [lp.logprob for c in chunks for lp in c.logprobs or []]


def test_window_layers_keep_only_their_window(tmp_path: Path) -> None:
    """Gemma 3's local layers hold window + PREFILL_CHUNK cells per sequence (a ring, as llama.cpp's
    SWA cache); a prompt longer than the ring wraps it and generation equals a full cache's."""
    path = tmp_path / "gemma3.gguf"
    write_tiny_model(path, TinySpec("gemma3", n_layers=6, n_embd=256, n_heads=2, n_kv_heads=1, head_dim=128,
                                    sliding_window=4, weight_types=(T.Q8_0,)), seed=4)
    e = Engine.load(path, n_ctx=1024, max_sequences=2)
    pool = e.kv_pool
    assert pool.ring_cells == 768 and e.prefix_cache is None  # pad(4 + 512, 256)
    assert [pool.is_ring(i) for i in range(6)] == [True] * 5 + [False]
    assert pool.k[0].shape[1] == 2 * 768 // 64 and pool.k[5].shape[1] == 2 * 1024 // 64
    assert e.info.kv_bytes_per_token == 1 * 1 * 128 * 2 * 2 and e.info.kv_window_bytes == 5 * 128 * 2 * 2 * 768
    prompt = [1] + [int(t) for t in np.random.default_rng(1).integers(3, len(e.tokenizer.vocab.tokens), 900)]
    tokens, lps = _greedy_with_logprobs(e, prompt, 4)
    want = _teacher_forced_logprobs(e, prompt + tokens, "f16")[len(prompt) - 1 : -1]
    assert tokens == want.argmax(axis=1).tolist()
    assert np.allclose(lps, want.max(axis=1), atol=2e-3)


def test_q8_0_kv_cache(tmp_path: Path) -> None:
    """q8_0 K/V (llama.cpp's -ctk/-ctv q8_0): 34 bytes per 32 values; the decode kernel's quantized
    cache gives what the numpy path's does, and close to f16."""
    path = tmp_path / "llama.gguf"
    write_tiny_model(path, TinySpec("llama", weight_types=(T.Q8_0,)), seed=3)
    e = Engine.load(path, n_ctx=64, cache_type_k="q8_0", cache_type_v="q8_0")
    assert e.kv_pool.k[0].dtype == np.int8 and e.info.kv_cache_type == "q8_0/q8_0"
    assert e.info.kv_bytes_per_token == 2 * 2 * 2 * 64 // 32 * 34
    prompt = [1, 270, 262, 275, 280, 290]
    tokens, lps = _greedy_with_logprobs(e, prompt, 8)
    want = _teacher_forced_logprobs(e, prompt + tokens, "q8_0")[len(prompt) - 1 : -1]
    assert tokens == want.argmax(axis=1).tolist()
    assert np.allclose(lps, want.max(axis=1), atol=1e-3)
    f16 = _teacher_forced_logprobs(e, prompt + tokens, "f16")[len(prompt) - 1 : -1]
    assert np.allclose(np.exp(want), np.exp(f16), atol=0.01)  # probabilities close to the f16 cache's
    with pytest.raises(ModelLoadError, match="KV cache type 'q4_0'"):
        Engine.load(path, n_ctx=64, cache_type_k="q4_0")
