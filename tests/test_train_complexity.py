"""bench/train_complexity.py's pieces that decide what the shipped model may learn."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import train_complexity as tc  # noqa: E402

from gateway.signals.complexity import CUES, Analysis  # noqa: E402


def test_cue_alternatives_split_and_recompose() -> None:
    """Every cue pattern splits into alternatives that, joined, match what the whole pattern does."""
    pattern = re.compile(r"\b(?:prove|show (?:that|it)|o\()|证明|[ab]|c")
    assert tc.alternatives(pattern) == [r"\b(?:prove)", r"\b(?:show (?:that|it))", r"\b(?:o\()", "证明", "[ab]", "c"]
    probes = ["prove it", "show it now", "o(n)", "请证明", "unmatched words", "big-o notation", "为什么"]
    for patterns in CUES.values():
        for p in patterns:
            joined = re.compile("|".join(tc.alternatives(p)))
            assert [bool(joined.search(t)) for t in probes] == [bool(p.search(t)) for t in probes], p.pattern


def test_vocabulary_needs_several_generators() -> None:
    """A word enters the vocabulary only when MIN_GENERATORS generators' requests use it."""
    def split(*words: str) -> tc.Split:
        s = tc.Split.__new__(tc.Split)
        s.analyses = [Analysis({}, frozenset(words))]
        return s
    gens = [split("prove", "zorblax"), split("prove", "zorblax"), split("prove")]
    assert tc.MIN_GENERATORS == 3
    assert tc.vocabulary(gens) == ["prove"]


def test_fit_reaches_the_regularised_optimum() -> None:
    """Newton's steps end where the gradient of the regularised loss is zero (bias unshrunk)."""
    rng = np.random.default_rng(3)
    x = np.hstack([rng.random((200, 3)), np.ones((200, 1))])
    y = (x[:, 0] + 0.3 * rng.standard_normal(200) > 0.5).astype(float)
    w = tc.fit(x, y, n_features=3)
    p = 1 / (1 + np.exp(-(x @ w)))
    grad = x.T @ (p - y) / len(y) + np.r_[np.full(3, tc.FEATURE_L2), 0.0] * w
    assert np.abs(grad).max() < 1e-8 and w[0] > 1


def test_cue_table_drops_what_it_is_asked_to() -> None:
    """`own` finds the alternatives only one generator's requests match; `without` removes exactly
    those from the cue table, so the held-out generator's features lose them and nothing else."""
    def split(*requests: str) -> tc.Split:
        s = tc.Split.__new__(tc.Split)
        s.requests = list(requests)
        return s
    table = tc.CueTable({"a": split("prove it", "design a queue"), "b": split("design a cache")})
    prove = next(k for k, (_, _, alt) in enumerate(table.entries) if alt == r"\b(?:prove)")
    assert prove in table.own("a") and prove not in table.own("b")
    assert table.touched("a", table.own("a")) >= 1
    cues = table.without({prove})
    assert not any(p.search("prove it") for p in cues["reasoning"][:1])
    assert any(p.search("derive it") for p in cues["reasoning"][:1])
    assert any(p.search("design a queue") for p in cues["design"])
