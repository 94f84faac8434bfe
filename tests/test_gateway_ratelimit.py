"""Per-client rate limits: the policy schema and the token buckets (a fake clock, no server)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from gateway.errors import RateLimited
from gateway.ratelimit import RateLimiter, RateLimitSpec

KEY_HASH = "0123456789abcdef"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_schema() -> None:
    assert RateLimitSpec(name="k", requests_per_minute=60).match == "*"
    assert RateLimitSpec(name="k", requests_per_minute=60, match=KEY_HASH + "ff" * 24).match == KEY_HASH
    with pytest.raises(ValidationError, match="never the key itself"):
        RateLimitSpec(name="k", requests_per_minute=60, match="sk-live-secret")
    with pytest.raises(ValidationError):
        RateLimitSpec(name="k", requests_per_minute=0)
    with pytest.raises(ValidationError):
        RateLimitSpec(name="k", requests_per_minute=5, per_hour=3)  # extra="forbid"
    assert RateLimitSpec(name="t", scope="team", match="ml", requests_per_minute=5).match == "ml"


def test_burst_then_refill_per_key_with_retry_after() -> None:
    clock = Clock()
    lim = RateLimiter([RateLimitSpec(name="per-key", requests_per_minute=30, burst=3)], clock=clock)
    for _ in range(3):
        lim.check(KEY_HASH, None)
    with pytest.raises(RateLimited) as info:
        lim.check(KEY_HASH, None)
    assert info.value.status == 429 and info.value.code == "rate_limit_exceeded"
    assert info.value.headers["Retry-After"] == "2" and "per-key:" + KEY_HASH in info.value.message
    lim.check("fedcba9876543210", None)  # another key: its own bucket
    lim.check(None, "ml")  # no key (auth off): a key-scoped limit does not apply
    clock.now += 2.0  # 30/min = one token every 2 s
    lim.check(KEY_HASH, None)
    with pytest.raises(RateLimited):
        lim.check(KEY_HASH, None)


def test_refused_requests_take_no_token_and_reload_keeps_unchanged_buckets() -> None:
    clock = Clock()
    team = RateLimitSpec(name="team", scope="team", match="*", requests_per_minute=60, burst=1)
    everyone = RateLimitSpec(name="all", scope="global", requests_per_minute=60, burst=2)
    lim = RateLimiter([team, everyone], clock=clock)
    lim.check(None, "a")
    with pytest.raises(RateLimited, match="team:a"):
        lim.check(None, "a")  # refused by the team bucket: the global one keeps its token
    lim.check(None, "b")
    with pytest.raises(RateLimited, match="'all'"):
        lim.check(None, "c")
    lim.update_specs([team, everyone.model_copy(update={"burst": 5})])
    lim.check(None, "c")  # changed global limit: a fresh, full bucket
    with pytest.raises(RateLimited, match="team:a"):
        lim.check(None, "a")  # unchanged team limit: still empty


def test_buckets_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import gateway.ratelimit as rl

    monkeypatch.setattr(rl, "_MAX_BUCKETS", 50)
    clock = Clock()
    lim = RateLimiter([RateLimitSpec(name="t", scope="team", requests_per_minute=60, burst=1)], clock=clock)
    for i in range(200):
        lim.check(None, f"team-{i}")
        clock.now += 0.5
    assert len(lim._buckets) <= 50
