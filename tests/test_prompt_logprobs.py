"""Prompt logprobs (OpenAI's echo + logprobs, vLLM's `prompt_logprobs`) scored in the scheduler's
prefill, checked against teacher-forced references over the same prompt: the numpy reference
forward pass and the engine's own single-token steps. A tiny synthetic llama keeps it to seconds."""

from __future__ import annotations

import numpy as np
import pytest

from local_engine import scheduler as scheduler_mod
from local_engine.api import GenerationChunk, InvalidRequestError, SamplingParams
from local_engine.engine import Engine
from local_engine.models import Batch
from local_engine.models import transformer as transformer_mod
from local_engine.sampler import log_softmax
from local_engine.scheduler import Scheduler
from local_engine.testing.reference import reference_logits
from local_engine.testing.synthetic import TinySpec, write_tiny_model
from local_engine.tokenizer import text_offsets

N_TOP = 3


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path = tmp_path_factory.mktemp("tiny") / "llama.gguf"
    write_tiny_model(path, TinySpec("llama"), seed=5)
    return Engine.load(path, n_ctx=128, max_sequences=4)


@pytest.fixture(scope="module")
def prompt(tiny: Engine) -> list[int]:
    ids = tiny.prompt_ids("Hello the world is a stop. Hello")
    assert 12 <= len(ids) <= 32
    return ids


@pytest.fixture(scope="module")
def reference(tiny: Engine, prompt: list[int]) -> np.ndarray:
    """log-softmax after each prompt token but the last: the float64 numpy reference forward pass."""
    return np.stack([log_softmax(row) for row in reference_logits(tiny.path, prompt)[:-1]])


@pytest.fixture(scope="module")
def single_steps(tiny: Engine, prompt: list[int]) -> np.ndarray:
    """The same from the engine's own single-token decode steps (teacher-forced)."""
    kv = tiny.new_sequence()
    try:
        return np.stack([log_softmax(tiny.forward(Batch.build([(kv, [t])]))[0]) for t in prompt[:-1]])
    finally:
        kv.free()


# Tolerances, in nats. The engine rounds product inputs to int8 blocks in float32, the reference in
# float64: an input a hair apart can flip a rounding (see tests/test_models_synthetic.py), and in
# this random model one flip moves later logprobs by ~0.3. Against the reference: measured 0.012
# with no flip and 0.23 with one (the products' float tail in a different order: their error
# against float64 the same to three digits for every type); the engine's own single-token steps
# differ from the reference by up to 0.28 (decode and prompt attention sum in different orders).
# A misplaced row or target is off by many nats (this random model's logprobs spread over ~30).
TO_REFERENCE = 0.5
TO_SINGLE_STEPS = 0.5


def _run(tiny: Engine, prompt: list[int], params: SamplingParams) -> list[GenerationChunk]:
    with Scheduler(tiny, max_batch=4) as sched:
        return list(sched.submit(prompt, params))


def _check_against(tiny: Engine, reference: np.ndarray, prompt: list[int], scored: list | None,
                   tol: float = TO_REFERENCE) -> None:
    """One entry per prompt token: None first, then token i's logprob from the row after token i-1."""
    assert scored is not None and len(scored) == len(prompt) and scored[0] is None
    for i, entry in enumerate(scored[1:], start=1):
        row = reference[i - 1]
        assert entry.token_id == prompt[i]
        assert entry.token == tiny.tokenizer.token_to_piece(prompt[i]).decode("utf-8", "replace")
        assert entry.logprob == pytest.approx(row[prompt[i]], abs=tol)
        assert [v for _, v in entry.top] == pytest.approx(np.sort(row)[::-1][:N_TOP], abs=2 * tol)


@pytest.mark.parametrize(("prefill_chunk", "block_rows"), [(None, None), (5, 3)],
                         ids=["one-pass", "chunked-prefill-and-head"])
def test_prompt_logprobs_are_teacher_forced(tiny: Engine, prompt: list[int], reference: np.ndarray,
                                            single_steps: np.ndarray, monkeypatch: pytest.MonkeyPatch,
                                            prefill_chunk: int | None, block_rows: int | None) -> None:
    """Whether the prompt goes in one pass or several (prefill chunks of 5 tokens) and whether
    the head scores every row at once or blocks of 3, the logprobs are the teacher-forced ones:
    the numpy reference's, and the engine's own single-token steps'."""
    if prefill_chunk is not None:
        monkeypatch.setattr(scheduler_mod, "PREFILL_CHUNK", prefill_chunk)
    if block_rows is not None:
        monkeypatch.setattr(transformer_mod, "SCORE_BLOCK_LOGITS", block_rows * tiny.model.cfg.n_vocab)
    params = SamplingParams(temperature=0, max_tokens=3, ignore_eos=True, logprobs=True, prompt_logprobs=N_TOP)
    chunks = _run(tiny, prompt, params)
    _check_against(tiny, reference, prompt, chunks[0].prompt_logprobs)
    _check_against(tiny, single_steps, prompt, chunks[0].prompt_logprobs, TO_SINGLE_STEPS)
    assert all(c.prompt_logprobs is None for c in chunks[1:])
    plain = _run(tiny, prompt, SamplingParams(temperature=0, max_tokens=3, ignore_eos=True, logprobs=True))
    assert [t for c in chunks for t in c.token_ids] == [t for c in plain for t in c.token_ids]
    assert [lp.logprob for c in chunks for lp in c.logprobs or []] == \
        pytest.approx([lp.logprob for c in plain for lp in c.logprobs or []], abs=1e-6)


def test_max_tokens_0_scores_the_prompt_and_generates_nothing(tiny: Engine, prompt: list[int],
                                                              reference: np.ndarray) -> None:
    params = SamplingParams(temperature=0, max_tokens=0, prompt_logprobs=N_TOP)
    with Scheduler(tiny, max_batch=4) as sched:
        (only,) = list(sched.submit(prompt, params))
        choices = [list(h) for h in sched.submit_choices(prompt, params, 2)]  # n=2 share one prefill
        assert sched.stats().generated_tokens == 0
        assert sched.stats().kv_blocks_free == sched.stats().kv_blocks_total
    assert only.finish_reason == "length" and only.token_ids == [] and only.text == ""
    assert only.usage is not None and (only.usage.prompt_tokens, only.usage.completion_tokens) == (len(prompt), 0)
    _check_against(tiny, reference, prompt, only.prompt_logprobs)
    for (chunk,) in choices:
        assert chunk.finish_reason == "length" and chunk.prompt_logprobs == only.prompt_logprobs
    # without a prompt to score, max_tokens=0 still ends at once, with no forward pass at all
    assert [c.finish_reason for c in _run(tiny, prompt, SamplingParams(max_tokens=0))] == ["length"]


def test_only_the_asking_sequence_pays(tiny: Engine, prompt: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    """Batched with a plain request: only the scoring sequence's rows reach the head, and only it
    skips the prefix cache (its cached positions would have no logits)."""
    scored_rows: list[int] = []
    forward = tiny.forward
    monkeypatch.setattr(tiny, "forward", lambda batch: scored_rows.extend(len(s.rows) for s in batch.scores)
                        or forward(batch))
    plain = SamplingParams(temperature=0, max_tokens=2)
    long = prompt * 3  # more than one 64-token KV block: the prefix cache keeps whole blocks
    with Scheduler(tiny, max_batch=4) as sched:
        list(sched.submit(long, plain))  # its first block is now in the prefix cache
        assert scored_rows == []
        scoring = sched.submit(long, SamplingParams(temperature=0, max_tokens=2, prompt_logprobs=1))
        other = sched.submit(long, plain)
        first, *_, last = list(scoring)
        other_last = list(other)[-1]
    assert sum(scored_rows) == len(long) - 1
    assert last.usage is not None and last.usage.cached_prompt_tokens == 0
    assert other_last.usage is not None and other_last.usage.cached_prompt_tokens > 0
    assert first.prompt_logprobs is not None and len(first.prompt_logprobs) == len(long)


def test_bad_prompt_logprobs_is_refused_naming_it(tiny: Engine, prompt: list[int]) -> None:
    with Scheduler(tiny) as sched, pytest.raises(InvalidRequestError) as err:
        sched.submit(prompt, SamplingParams(prompt_logprobs=-1))
    assert err.value.param == "prompt_logprobs"


@pytest.mark.parametrize("text", ["Hello the world is a stop. Hello", "Hello ü!"])
def test_text_offsets_place_each_token_in_its_text(tiny: Engine, text: str) -> None:
    """OpenAI's text_offset for an echoed prompt: the BOS the tokenizer added and SentencePiece's
    space prefix take no characters; both bytes of a byte-fallback "ü" start where it does."""
    ids = tiny.prompt_ids(text)
    offsets = text_offsets(tiny.tokenizer, ids, text)
    assert ids[0] == tiny.tokenizer.bos_id and offsets[:3] == [0, 0, 0]
    assert offsets == sorted(offsets) and offsets[-1] < len(text)
    pieces = [text[a:b] for a, b in zip(offsets, [*offsets[1:], len(text)])]
    assert "".join(pieces) == text
    texts = [tiny.tokenizer.token_to_piece(i).decode("utf-8", "replace") for i in ids]
    assert all(p == t for p, t in zip(pieces[2:], texts[2:]) if "\ufffd" not in t)
    if "ü" in text:
        first = texts.index("\ufffd")
        assert offsets[first] == offsets[first + 1] == text.index("ü") and pieces[first + 1] == "ü"
