"""Sampler: each knob does what llama.cpp's sampler chain does, and seeds reproduce draws."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from local_engine.api import SamplingParams
from local_engine.sampler import Sampler, log_softmax, top_logprobs

V = 50
finite_logits = arrays(np.float32, V, elements=st.floats(-20, 20, width=32))


def _draws(params: SamplingParams, logits: np.ndarray, n: int = 400) -> np.ndarray:
    s = Sampler(params, logits.shape[0])
    return np.array([s.sample(logits) for _ in range(n)])


def test_greedy_is_argmax() -> None:
    logits = np.array([0.1, 3.0, 2.9, -1.0], np.float32)
    assert Sampler(SamplingParams(temperature=0), 4).sample(logits) == 1


@given(finite_logits, st.integers(0, 2**32 - 1))
@settings(max_examples=30, deadline=None)
def test_seed_reproduces_sequence(logits: np.ndarray, seed: int) -> None:
    p = SamplingParams(temperature=0.8, top_p=0.9, seed=seed)
    assert (_draws(p, logits, 20) == _draws(p, logits, 20)).all()


@given(finite_logits, st.integers(1, V))
@settings(max_examples=30, deadline=None)
def test_top_k_only_draws_from_k_best(logits: np.ndarray, k: int) -> None:
    draws = _draws(SamplingParams(temperature=1.5, top_k=k, seed=1), logits, 50)
    kth = np.sort(logits)[-k]
    assert (logits[draws] >= kth).all()


@given(finite_logits, st.floats(0.05, 0.99))
@settings(max_examples=30, deadline=None)
def test_top_p_keeps_smallest_set_reaching_mass(logits: np.ndarray, top_p: float) -> None:
    s = Sampler(SamplingParams(temperature=1.0, top_p=top_p), V)
    kept = s._truncate(logits, np.arange(V))
    probs = np.exp(log_softmax(logits))
    assert probs[kept].sum() >= top_p - 1e-6
    # dropping the least likely kept token would fall below top_p
    assert probs[kept].sum() - probs[kept].min() < top_p + 1e-6
    assert probs[kept].min() >= np.delete(probs, kept).max(initial=0) - 1e-12


@given(finite_logits, st.floats(0.01, 0.9))
@settings(max_examples=30, deadline=None)
def test_min_p_drops_unlikely_tokens(logits: np.ndarray, min_p: float) -> None:
    kept = Sampler(SamplingParams(temperature=1.0, min_p=min_p), V)._truncate(logits, np.arange(V))
    probs = np.exp(log_softmax(logits))
    threshold = min_p * probs.max()
    assert (probs[kept] >= threshold * (1 - 1e-4)).all()
    assert set(np.flatnonzero(probs > threshold * (1 + 1e-4)).tolist()) <= set(kept.tolist())


def test_temperature_sharpens_distribution() -> None:
    logits = np.array([2.0, 1.0, 0.0], np.float32)
    cold = _draws(SamplingParams(temperature=0.2, seed=3), logits, 500)
    hot = _draws(SamplingParams(temperature=2.0, seed=3), logits, 500)
    assert (cold == 0).mean() > 0.95
    assert 0.3 < (hot == 0).mean() < 0.7


def test_draw_frequencies_follow_softmax() -> None:
    logits = np.log(np.array([0.5, 0.3, 0.2], np.float32))
    freq = np.bincount(_draws(SamplingParams(temperature=1.0, seed=7), logits, 4000), minlength=3) / 4000
    np.testing.assert_allclose(freq, [0.5, 0.3, 0.2], atol=0.03)


def test_repeat_penalty_llama_cpp_style() -> None:
    """Positive logits are divided, negative multiplied, only for tokens in the last N."""
    logits = np.array([2.0, -1.0, 1.9, 0.5], np.float32)
    s = Sampler(SamplingParams(temperature=0, repeat_penalty=2.0, repeat_last_n=2), 4, history=[0, 1, 3])
    x = s._adjusted(logits)
    np.testing.assert_allclose(x, [2.0, -2.0, 1.9, 0.25])  # token 0 left the window of 2
    s.accept(0)
    assert s.sample(logits) == 2  # 0 now penalised: 1.0 < 1.9


def test_presence_and_frequency_penalties() -> None:
    logits = np.zeros(4, np.float32)
    s = Sampler(SamplingParams(presence_penalty=0.5, frequency_penalty=0.25), 4, history=[1, 1, 2])
    np.testing.assert_allclose(s._adjusted(logits), [0.0, -1.0, -0.75, 0.0])


def test_logit_bias_can_force_or_ban() -> None:
    logits = np.array([5.0, 0.0, 0.0], np.float32)
    assert Sampler(SamplingParams(temperature=0, logit_bias={2: 100.0}), 3).sample(logits) == 2
    assert Sampler(SamplingParams(temperature=0, logit_bias={0: -float("inf")}), 3).sample(logits) != 0
    draws = _draws(SamplingParams(temperature=1.0, seed=0, logit_bias={0: -float("inf")}), logits, 100)
    assert 0 not in draws


def test_logit_bias_ignores_out_of_vocab_ids() -> None:
    assert Sampler(SamplingParams(temperature=0, logit_bias={99: 5.0}), 3).sample(np.ones(3, np.float32)) == 0


@given(finite_logits, st.integers(1, 10))
@settings(max_examples=30, deadline=None)
def test_top_logprobs_sorted_and_normalised(logits: np.ndarray, n: int) -> None:
    lp = log_softmax(logits)
    assert np.exp(lp).sum() == pytest.approx(1.0)
    top = top_logprobs(lp, n)
    vals = [v for _, v in top]
    assert len(top) == n and vals == sorted(vals, reverse=True)
    assert vals[0] == pytest.approx(lp.max())


def test_sampling_does_not_modify_logits() -> None:
    logits = np.array([1.0, 2.0, 3.0], np.float32)
    Sampler(SamplingParams(temperature=0.7, repeat_penalty=1.5, logit_bias={0: 1.0}, seed=0), 3, [2]).sample(logits)
    np.testing.assert_array_equal(logits, [1.0, 2.0, 3.0])


def test_negligible_tokens_are_never_drawn() -> None:
    """Tokens 32+ nats below the best are skipped (keeps Gemma's 262k vocabulary cheap)."""
    logits = np.full(262_144, -50.0, np.float32)
    logits[[7, 9]] = [1.0, 0.5]
    draws = _draws(SamplingParams(temperature=1.0, top_p=0.99, seed=0), logits, 200)
    assert set(draws.tolist()) == {7, 9}


def test_everything_banned_falls_back_to_argmax() -> None:
    logits = np.array([1.0, 2.0], np.float32)
    s = Sampler(SamplingParams(temperature=1.0, logit_bias={0: -np.inf, 1: -np.inf}), 2)
    assert s.sample(logits) in (0, 1)
