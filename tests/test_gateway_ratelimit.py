"""Rate limits: the policy schema, and token buckets kept in a real ledger store (SQLite file)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pydantic import ValidationError

from gateway.errors import RateLimited
from gateway.keys import Principal
from gateway.ledger.store import LedgerStore, open_store
from gateway.ratelimit import RateLimiter, RateLimitSpec

KEY_HASH = "0123456789abcdef"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[LedgerStore]:
    s = await open_store(f"sqlite:///{tmp_path}/ledger.db")
    yield s
    await s.close()


def who(key: str | None = KEY_HASH, **kw: object) -> Principal:
    return Principal(key_id=key, **kw)  # type: ignore[arg-type]


def test_schema() -> None:
    assert RateLimitSpec(name="k", requests_per_minute=60).match == "*"
    assert RateLimitSpec(name="k", requests_per_minute=60, match=KEY_HASH + "ff" * 24).match == KEY_HASH
    with pytest.raises(ValidationError, match="never the key itself"):
        RateLimitSpec(name="k", requests_per_minute=60, match="sk-live-secret")
    with pytest.raises(ValidationError):
        RateLimitSpec(name="k", requests_per_minute=0)
    with pytest.raises(ValidationError, match="requests_per_minute or tokens_per_minute"):
        RateLimitSpec(name="k")
    with pytest.raises(ValidationError):
        RateLimitSpec(name="k", requests_per_minute=5, per_hour=3)  # extra="forbid"
    assert RateLimitSpec(name="t", scope="team", match="ml", requests_per_minute=5).match == "ml"
    assert RateLimitSpec(name="r", scope="route", match="local", tokens_per_minute=500).scope == "route"


async def test_burst_then_refill_per_key_with_retry_after(store: LedgerStore) -> None:
    clock = Clock()
    lim = RateLimiter([RateLimitSpec(name="per-key", requests_per_minute=30, burst=3)], store, clock=clock)
    for _ in range(3):
        await lim.admit(who(), None, "local")
    with pytest.raises(RateLimited) as info:
        await lim.admit(who(), None, "local")
    assert info.value.status == 429 and info.value.code == "rate_limit_exceeded"
    assert info.value.headers["Retry-After"] == "2" and "per-key:" + KEY_HASH in info.value.message
    await lim.admit(who("fedcba9876543210"), None, "local")  # another key: its own bucket
    await lim.admit(who(None), "ml", "local")  # no key (auth off): a key-scoped limit does not apply
    clock.now += 2.0  # 30/min = one token every 2 s
    await lim.admit(who(), None, "local")
    with pytest.raises(RateLimited):
        await lim.admit(who(), None, "local")


async def test_refused_requests_take_nothing_and_edited_limits_start_full(store: LedgerStore) -> None:
    clock = Clock()
    team = RateLimitSpec(name="team", scope="team", match="*", requests_per_minute=60, burst=1)
    everyone = RateLimitSpec(name="all", scope="global", requests_per_minute=60, burst=2)
    lim = RateLimiter([team, everyone], store, clock=clock)
    await lim.admit(who(), "a", "r")
    with pytest.raises(RateLimited, match="team:a"):
        await lim.admit(who(), "a", "r")  # refused by the team bucket: the global one keeps its token
    await lim.admit(who(), "b", "r")
    with pytest.raises(RateLimited, match="'all'"):
        await lim.admit(who(), "c", "r")
    lim.update_specs([team, everyone.model_copy(update={"burst": 5})])
    await lim.admit(who(), "c", "r")  # changed global limit: a fresh, full bucket
    with pytest.raises(RateLimited, match="team:a"):
        await lim.admit(who(), "a", "r")  # unchanged team limit: still empty


async def test_per_route_and_tokens_per_minute(store: LedgerStore) -> None:
    clock = Clock()
    lim = RateLimiter([RateLimitSpec(name="local-tpm", scope="route", match="local", tokens_per_minute=600)],
                      store, clock=clock)
    buckets = await lim.admit(who(), None, "local")
    assert len(buckets) == 1 and await lim.admit(who(), None, "remote") == []  # other routes: no limit
    await lim.charge_tokens(buckets, 900)  # a big answer takes the bucket below zero...
    with pytest.raises(RateLimited, match="600 tokens per minute") as info:
        await lim.admit(who(), None, "local")
    assert info.value.headers["Retry-After"] == "31"  # ...until 300 tokens (+1) have refilled at 10/s
    clock.now += 31
    await lim.admit(who(), None, "local")


async def test_a_virtual_keys_own_rpm(store: LedgerStore) -> None:
    clock = Clock()
    lim = RateLimiter([], store, clock=clock)
    key = who("aaaabbbbccccdddd", name="alice", rpm=60, virtual=True)
    await lim.admit(key, None, "local")  # 60/min: a burst of one
    with pytest.raises(RateLimited, match="key alice"):
        await lim.admit(key, None, "local")
    await lim.admit(who("aaaabbbbccccdddd"), None, "local")  # a static key with the same id has no own limit
