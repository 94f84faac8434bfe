"""A sequence's logits do not depend on what else shares its forward pass (batch invariance).

The scheduler mixes decode steps of running sequences with prompt chunks of new ones; decode
rows and prompt rows take different attention kernels (which round differently), so each
segment's role, not the pass's shape, must pick its kernel. Checked bit for bit on the real
models: a decode step alone, beside other decode steps, beside a short prompt (the prompts
kernel) and beside a long one (attend_rows, the threaded prompt products), and a prompt's
logits alone and beside decode steps."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from local_engine.engine import Engine
from local_engine.models.batch import Batch
from local_engine.models.layers import PROMPTS_KERNEL_ROWS

PROMPT = "The capital of France is"
OTHER = "def fibonacci(n):"


@pytest.fixture(scope="module", params=["smollm2", "gemma3"])
def engine(request: pytest.FixtureRequest) -> Engine:
    path: Path = request.getfixturevalue(f"{request.param}_path")
    return Engine.load(path, n_ctx=512, n_threads=2, max_sequences=8)


def _decode(engine: Engine, partner: str, steps: int = 4) -> list[np.ndarray]:
    """Logits of PROMPT's prefill and `steps` greedy decode steps, each step's pass shared with
    `partner`: "" alone, "decode" a decoding sequence, or "prompt:N" a new N-token prompt."""
    seq = engine.new_sequence()
    out = [engine.forward(Batch.build([(seq, engine.prompt_ids(PROMPT))]))[0]]
    other = engine.new_sequence()
    if partner == "decode":
        engine.forward(Batch.build([(other, engine.prompt_ids(OTHER))]))
    for _ in range(steps):
        parts = [(seq, [int(np.argmax(out[-1]))])]
        if partner == "decode":
            parts.append((other, [7]))
        elif partner.startswith("prompt:"):
            ids = (engine.prompt_ids(OTHER) * 50)[: int(partner[7:])]
            parts.append((engine.new_sequence(), ids))
        batch = Batch.build(parts)
        batch.logit_rows = batch.logit_rows[:1]
        out.append(engine.forward(batch)[0])
    return out


@pytest.mark.parametrize("partner", ["decode", "prompt:5", f"prompt:{PROMPTS_KERNEL_ROWS + 16}"])
def test_decode_steps_equal_alone_whatever_shares_the_pass(engine: Engine, partner: str) -> None:
    alone = _decode(engine, "")
    shared = _decode(engine, partner)
    for step, (a, b) in enumerate(zip(alone, shared)):
        assert np.array_equal(a, b), f"step {step}: max |diff| {np.max(np.abs(a - b))}"


@pytest.mark.parametrize("n_decoding", [1, 3])
def test_prompt_logits_equal_alone_beside_decode_steps(engine: Engine, n_decoding: int) -> None:
    ids = engine.prompt_ids(OTHER)
    alone = engine.forward(Batch.build([(engine.new_sequence(), ids)]))[0]
    parts = []
    for _ in range(n_decoding):
        seq = engine.new_sequence()
        engine.forward(Batch.build([(seq, engine.prompt_ids(PROMPT))]))
        parts.append((seq, [11]))
    batch = Batch.build([*parts, (engine.new_sequence(), ids)])
    shared = engine.forward(batch)[-1]
    assert np.array_equal(alone, shared), f"max |diff| {np.max(np.abs(alone - shared))}"


def test_a_one_token_prompt_is_attended_as_a_prompt(engine: Engine) -> None:
    """The role, not the length, picks the kernel: a one-token prompt in a pass of decode steps
    gets the logits it gets alone as a prompt."""
    token = engine.prompt_ids(OTHER)[:1]
    alone = engine.forward(Batch.build([(engine.new_sequence(), token)], decoding=[False]))[0]
    seq = engine.new_sequence()
    engine.forward(Batch.build([(seq, engine.prompt_ids(PROMPT))]))
    shared = engine.forward(Batch.build([(seq, [11]), (engine.new_sequence(), token)], decoding=[True, False]))[-1]
    assert np.array_equal(alone, shared)


def test_a_decode_step_feeds_one_token() -> None:
    with pytest.raises(ValueError, match="one token"):
        Batch.build([(object(), [1, 2])], decoding=[True])  # type: ignore[list-item]
