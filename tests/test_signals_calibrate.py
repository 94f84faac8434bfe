"""Complexity calibration: short plain asks score low, and `hybridgate policy calibrate` fits
high_min so the chosen share of a reference set scores high, written into the policy file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gateway import cli
from gateway.policy import load_policy
from gateway.signals.calibrate import write_thresholds
from gateway.signals.complexity import ComplexityScorer
from gateway.signals.settings import ComplexitySettings

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("prompt", ["Say hi", "List three colors", "What's 2+2?", "Name a fruit", "Tell me a joke"])
def test_short_plain_asks_score_low(prompt: str) -> None:
    assert ComplexityScorer(ComplexitySettings()).score([prompt]).tier == "low"


@pytest.mark.parametrize("prompt", ["Prove P != NP", "Derive the Black-Scholes equation",
                                    "Implement a lock-free queue in C++", "Design a distributed rate limiter"])
def test_short_hard_asks_still_score_high(prompt: str) -> None:
    assert ComplexityScorer(ComplexitySettings()).score([prompt]).tier == "high"


@pytest.mark.parametrize("share", [0.1, 0.3, 0.5])
def test_calibrate_writes_a_threshold_that_sends_the_share(tmp_path: Path, share: float,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text((ROOT / "policies" / "default.yaml").read_text())
    prompts = ROOT / "bench" / "data" / "signals" / "complexity_dev.jsonl"
    assert cli.main(["policy", "calibrate", str(policy), "--prompts", str(prompts), "--remote-share", str(share),
                     "--write"]) == 0
    settings = load_policy(policy).signals.complexity
    scorer = ComplexityScorer(settings)
    records = [json.loads(line) for line in prompts.read_text().splitlines()]
    tiers = [scorer.score([m["content"] for m in r["body"]["messages"]]).tier for r in records]
    assert abs(tiers.count("high") / len(tiers) - share) <= 0.02
    assert "# hybridgate default policy" in policy.read_text()  # comments and layout kept


def test_write_thresholds_adds_missing_blocks() -> None:
    text = "version: 1\nsignals:\n  pii:\n    enabled: true\n"
    out = write_thresholds(text, 0.7, 0.3)
    assert out == "version: 1\nsignals:\n  complexity:\n    high_min: 0.7\n    low_max: 0.3\n  pii:\n    enabled: true\n"
    assert write_thresholds("version: 1\n", 0.7, 0.3).endswith("signals:\n  complexity:\n    high_min: 0.7\n"
                                                                 "    low_max: 0.3\n")
