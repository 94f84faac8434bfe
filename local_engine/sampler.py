"""Logits -> next token, following llama.cpp's sampler chain so the knobs mean what operators expect.

Order (llama.cpp `common_sampler`): logit bias -> repetition/presence/frequency penalties over the
last `repeat_last_n` tokens (prompt included) -> top-k -> top-p -> min-p -> temperature -> draw.
`temperature <= 0` is greedy (argmax after bias and penalties). Every draw uses one
`numpy.random.Generator` per request, so a fixed `seed` reproduces a generation exactly.
Logprobs are those of the model's raw distribution (log-softmax of the unmodified logits), as
OpenAI and vLLM report them. A grammar `Constraint` (local_engine.grammar) masks the adjusted
logits before truncation, so every knob applies within the tokens the grammar allows.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from local_engine.api import InvalidRequestError, SamplingParams

if TYPE_CHECKING:
    from local_engine.grammar import Constraint

_TOP_P_FIRST_K = 64  # top-p looks at the best 64, 256, 1024, ... candidates until the mass is reached
# Tokens more than this many nats (at temperature 1, or T) below the best one are never candidates:
# together they hold < 262,144 * e^-32 ~ 3e-9 of the mass, and skipping them keeps a 262k vocabulary cheap.
_NEGLIGIBLE_NATS = 32.0


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """float64 log-probabilities (stable)."""
    x = logits.astype(np.float64)
    x -= x.max()
    return x - np.log(np.exp(x).sum())


def top_logprobs(logprobs: np.ndarray, n: int) -> list[tuple[int, float]]:
    """The `n` most likely (token id, logprob), best first."""
    if n <= 0:
        return []
    n = min(n, logprobs.shape[0])
    ids = np.argpartition(-logprobs, n - 1)[:n]
    ids = ids[np.argsort(-logprobs[ids], kind="stable")]
    return [(int(i), float(logprobs[i])) for i in ids]


def token_logprobs(logits: np.ndarray, targets: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of logits [k, n_vocab] scored against the tokens that followed them: (the logprob of
    each target [k], the `n` best ids [k, n] best first, their logprobs [k, n]); `log_softmax` and
    `top_logprobs` over a block of rows at once (a prompt's own tokens, echo + logprobs)."""
    x = logits.astype(np.float64)
    x -= x.max(axis=1, keepdims=True)
    x -= np.log(np.exp(x).sum(axis=1, keepdims=True))
    chosen = x[np.arange(x.shape[0]), targets]
    n = max(0, min(n, x.shape[1]))
    if n == 0:
        return chosen, np.zeros((x.shape[0], 0), np.int64), np.zeros((x.shape[0], 0))
    ids = np.argpartition(-x, n - 1, axis=1)[:, :n]
    vals = np.take_along_axis(x, ids, axis=1)
    order = np.argsort(-vals, axis=1, kind="stable")
    return chosen, np.take_along_axis(ids, order, axis=1), np.take_along_axis(vals, order, axis=1)


_SEED_LIMIT = 1 << 64  # numpy's generators take any non-negative int; llama.cpp seeds are uint32/uint64


def check_params(p: SamplingParams, n_vocab: int) -> None:
    """InvalidRequestError (naming the field) for a knob outside its range, before any work."""

    def bad(param: str, why: str) -> InvalidRequestError:
        return InvalidRequestError(f"{param} {why}", param=param)

    def finite(param: str, v: float) -> float:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise bad(param, f"must be a finite number, not {v!r}")
        return float(v)

    def integer(param: str, v: object, lo: int, hi: int | None = None) -> None:
        if isinstance(v, bool) or not isinstance(v, int) or v < lo or (hi is not None and v >= hi):
            raise bad(param, f"must be an integer in [{lo}, {hi if hi is not None else 'inf'}), not {v!r}")

    if p.max_tokens is not None:
        integer("max_tokens", p.max_tokens, 0)
    if finite("temperature", p.temperature) < 0:
        raise bad("temperature", "must be >= 0")
    integer("top_k", p.top_k, 0)
    if not 0.0 <= finite("top_p", p.top_p) <= 1.0:
        raise bad("top_p", "must lie in [0, 1]")
    if not 0.0 <= finite("min_p", p.min_p) <= 1.0:
        raise bad("min_p", "must lie in [0, 1]")
    if finite("repeat_penalty", p.repeat_penalty) <= 0:
        raise bad("repeat_penalty", "must be > 0")
    integer("repeat_last_n", p.repeat_last_n, -1)
    finite("presence_penalty", p.presence_penalty)
    finite("frequency_penalty", p.frequency_penalty)
    if p.seed is not None:
        integer("seed", p.seed, 0, _SEED_LIMIT)
    for token, value in p.logit_bias.items():
        integer("logit_bias", token, 0, n_vocab)
        finite("logit_bias", value)
    integer("top_logprobs", p.top_logprobs, 0, n_vocab + 1)
    if p.prompt_logprobs is not None:
        integer("prompt_logprobs", p.prompt_logprobs, 0, n_vocab + 1)
    if not all(isinstance(s, str) for s in p.stop):
        raise bad("stop", "must be a list of strings")


class Sampler:
    """Per-sequence sampling state: the penalty window, the random generator and the grammar."""

    def __init__(
        self, params: SamplingParams, n_vocab: int, history: Iterable[int] = (), constraint: Constraint | None = None
    ) -> None:
        self.p, self.n_vocab, self.constraint = params, n_vocab, constraint
        self.rng = np.random.default_rng(params.seed)
        n = params.repeat_last_n if params.repeat_last_n >= 0 else None  # -1: whole history (llama.cpp: ctx)
        self.window: deque[int] = deque(history, maxlen=n)
        self._bias_ids = np.array([i for i in params.logit_bias if 0 <= i < n_vocab], np.int64)
        self._bias = np.array([params.logit_bias[int(i)] for i in self._bias_ids], np.float32)
        self._penalised = params.repeat_penalty != 1.0 or params.presence_penalty or params.frequency_penalty

    def accept(self, token_id: int) -> None:
        """Record a token that is now part of the sequence (penalty window, grammar state)."""
        self.window.append(token_id)
        if self.constraint is not None:
            self.constraint.accept(token_id)

    def sample(self, logits: np.ndarray) -> int:
        """Pick the next token from one row of logits [n_vocab] (not modified in place)."""
        x = self._adjusted(logits)
        if self.constraint is not None:
            self.constraint.apply(x)
        if self.p.temperature <= 0:
            return int(np.argmax(x))
        ids = self._truncate(x, self._candidates(x))
        if ids.shape[0] == 0:  # everything banned by logit bias
            return int(np.argmax(x))
        z = x[ids].astype(np.float64) / self.p.temperature
        probs = np.exp(z - z.max())
        cdf = np.cumsum(probs)
        pick = int(np.searchsorted(cdf, self.rng.random() * cdf[-1], side="right"))
        return int(ids[min(pick, ids.shape[0] - 1)])

    def _adjusted(self, logits: np.ndarray) -> np.ndarray:
        """Logits after logit bias and penalties (a float32 copy)."""
        x = np.array(logits, dtype=np.float32, copy=True)
        if self._bias_ids.size:
            x[self._bias_ids] += self._bias
        if self._penalised and self.window:
            self._penalise(x)
        return x

    def _penalise(self, x: np.ndarray) -> None:
        """llama.cpp `penalties`: divide positive / multiply negative logits, then subtract
        count * frequency + presence for every token seen in the window."""
        counts = Counter(self.window)
        ids = np.fromiter(counts.keys(), np.int64, len(counts))
        ids_ok = (ids >= 0) & (ids < self.n_vocab)
        ids = ids[ids_ok]
        cnt = np.fromiter(counts.values(), np.float32, len(counts))[ids_ok]
        v = x[ids]
        rp = np.float32(self.p.repeat_penalty)
        v = np.where(v > 0, v / rp, v * rp)
        v -= cnt * np.float32(self.p.frequency_penalty) + np.float32(self.p.presence_penalty)
        x[ids] = v

    def _candidates(self, x: np.ndarray) -> np.ndarray:
        """Ids within _NEGLIGIBLE_NATS of the best logit (at the sampling temperature or 1)."""
        return np.flatnonzero(x > x.max() - _NEGLIGIBLE_NATS * max(1.0, self.p.temperature))

    def _truncate(self, x: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """Candidate ids surviving top-k, top-p and min-p (best first when sorted ones were needed)."""
        p = self.p
        if 0 < p.top_k < ids.shape[0]:
            ids = ids[np.argpartition(-x[ids], p.top_k - 1)[: p.top_k]]
        if p.top_p < 1.0 and ids.shape[0]:
            ids = self._top_p(x, ids)
        if p.min_p > 0.0 and ids.shape[0]:
            vals = x[ids]
            keep = vals >= vals.max() + np.log(p.min_p)
            ids = ids[keep]
        return ids

    def _top_p(self, x: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """Smallest best-first prefix whose probability mass reaches top_p (at least one token)."""
        vals = x[ids].astype(np.float64)
        probs = np.exp(vals - vals.max())
        probs /= probs.sum()
        k = min(_TOP_P_FIRST_K, ids.shape[0])
        while True:
            part = np.argpartition(-probs, k - 1)[:k] if k < ids.shape[0] else np.arange(ids.shape[0])
            part = part[np.argsort(-probs[part], kind="stable")]
            cum = np.cumsum(probs[part])
            if cum[-1] >= self.p.top_p or k >= ids.shape[0]:
                cut = int(np.searchsorted(cum, self.p.top_p, side="left")) + 1
                return ids[part[: min(cut, k)]]
            k = min(4 * k, ids.shape[0])
