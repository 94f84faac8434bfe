"""Budgets on a real SQLite ledger: schema, calendar periods, scopes, atomic reserve under concurrency."""

from __future__ import annotations

import asyncio
import random
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from gateway import metrics
from gateway.budgets import (BudgetEnforcer, BudgetExceeded, BudgetSpec, Reservation, ReserveRequest,
                             budget_key, period_bounds)
from gateway.ledger.records import LedgerRecord
from gateway.ledger.store import LedgerStore, open_store


@pytest.fixture
async def store(tmp_path: Path) -> LedgerStore:
    s = await open_store(f"sqlite:///{tmp_path}/ledger.db")
    yield s
    await s.close()


def rec(cost: float, tokens: int = 100, route: str = "remote", key: str | None = None,
        team: str | None = None, ts: float | None = None) -> LedgerRecord:
    extra = {"ts": ts} if ts is not None else {}
    return LedgerRecord(route=route, backend="litellm", model="gpt-4o-mini", provider="openai",
                        client_key_hash=key, team=team, prompt_tokens=tokens // 2,
                        completion_tokens=tokens - tokens // 2, cost_usd=cost, **extra)


def test_schema_rejects_bad_specs() -> None:
    with pytest.raises(ValidationError):
        BudgetSpec(name="x")  # no limit
    with pytest.raises(ValidationError):
        BudgetSpec(name="x", limit_usd=1, scope="route")  # route scope without match
    with pytest.raises(ValidationError):
        BudgetSpec(name="x", limit_usd=1, on_exceeded={"action": "fallback"})
    with pytest.raises(ValidationError):
        BudgetSpec(name="x", limit_usd=1, timezone="Mars/Olympus")
    with pytest.raises(ValidationError):
        BudgetSpec(name="x", limit_usd=1, warn_at=[1.5])
    with pytest.raises(ValidationError):
        BudgetSpec(name="x", limit_usd=1, unknown=True)  # extra="forbid"


def test_periods_are_calendar_aligned_in_the_timezone() -> None:
    paris = ZoneInfo("Europe/Paris")
    now = datetime(2026, 3, 29, 12, 0, tzinfo=paris).timestamp()  # DST starts that night in Paris
    label, start, end = period_bounds("day", "Europe/Paris", now)
    assert label == "2026-03-29" and (end - start) == 23 * 3600  # a 23-hour day
    assert datetime.fromtimestamp(start, paris).hour == 0
    label, start, end = period_bounds("week", "Europe/Paris", now)
    assert label == "2026-03-23"  # Monday
    label, start, end = period_bounds("month", "America/New_York", datetime(2026, 2, 28, 23, 30,
                                                                          tzinfo=ZoneInfo("America/New_York")).timestamp())
    assert label == "2026-02-01"
    assert datetime.fromtimestamp(end, ZoneInfo("America/New_York")).date().isoformat() == "2026-03-01"
    # just after local midnight in Tokyo it is still the previous day in UTC
    t = datetime(2026, 5, 10, 0, 30, tzinfo=ZoneInfo("Asia/Tokyo")).timestamp()
    assert period_bounds("day", "Asia/Tokyo", t)[0] == "2026-05-10"
    assert period_bounds("day", "UTC", t)[0] == "2026-05-09"


def test_scopes() -> None:
    req = ReserveRequest(route="remote", provider="openai", client_key_hash="abc", team="ml")
    assert budget_key(BudgetSpec(name="g", limit_usd=1), req) == "g"
    assert budget_key(BudgetSpec(name="r", scope="route", match="remote", limit_usd=1), req) == "r"
    assert budget_key(BudgetSpec(name="r", scope="route", match="local", limit_usd=1), req) is None
    assert budget_key(BudgetSpec(name="p", scope="provider", match="openai", limit_usd=1), req) == "p"
    assert budget_key(BudgetSpec(name="k", scope="key", match="*", limit_usd=1), req) == "k:abc"
    assert budget_key(BudgetSpec(name="t", scope="team", match="ml", limit_usd=1), req) == "t"
    assert budget_key(BudgetSpec(name="t", scope="team", match="*", limit_usd=1),
                      ReserveRequest(route="remote")) is None


async def test_200_concurrent_reservations_never_overspend(store: LedgerStore) -> None:
    """~20 requests' worth of budget, 200 at once: spend <= limit, totals == per-request costs."""
    limit, worst = 0.02, 0.001
    enf = BudgetEnforcer([BudgetSpec(name="g", limit_usd=limit, period="day")], store)
    rng = random.Random(7)
    settled: list[LedgerRecord] = []
    rejected: list[BudgetExceeded] = []

    async def one() -> None:
        try:
            res = await enf.reserve(ReserveRequest("remote", "openai", cost_usd=worst, tokens=300))
        except BudgetExceeded as exc:
            rejected.append(exc)
            return
        await asyncio.sleep(rng.uniform(0, 0.01))
        r = rec(rng.uniform(0.0004, worst))
        await enf.settle(res, r)
        settled.append(r)

    await asyncio.gather(*(one() for _ in range(200)))
    spent = sum(r.cost_usd for r in settled)
    assert spent <= limit + worst
    assert 20 <= len(settled) < 60 and len(settled) + len(rejected) == 200
    assert all(e.budget == "g" and e.action == "reject" and "would be exceeded" in e.message for e in rejected)
    (state,) = await enf.state()
    assert state.spent_usd == pytest.approx(spent) and state.reserved_usd == 0
    rows = await store.raw("SELECT COUNT(*), SUM(cost_usd) FROM ledger")
    assert rows[0][0] == len(settled) and rows[0][1] == pytest.approx(spent)


async def test_token_limits_fallback_action_and_scoped_budgets(store: LedgerStore) -> None:
    specs = [
        BudgetSpec(name="tok", scope="key", match="*", limit_tokens=1000, period="day",
                   on_exceeded={"action": "fallback", "route": "local"}),
        BudgetSpec(name="team-ml", scope="team", match="ml", limit_usd=0.5),
    ]
    enf = BudgetEnforcer(specs, store)
    res = await enf.reserve(ReserveRequest("remote", "openai", "k1", "ml", cost_usd=0.1, tokens=900))
    await enf.settle(res, rec(0.1, tokens=800, key="k1", team="ml"))
    with pytest.raises(BudgetExceeded) as info:
        await enf.reserve(ReserveRequest("remote", "openai", "k1", "ml", cost_usd=0.1, tokens=300))
    assert info.value.action == "fallback" and info.value.fallback_route == "local"
    assert info.value.budget == "tok" and "tok:k1" in info.value.message
    # another key has its own token bucket; the team budget is shared
    res2 = await enf.reserve(ReserveRequest("remote", "openai", "k2", "ml", cost_usd=0.1, tokens=300))
    states = {s.key: s for s in await enf.state(ReserveRequest("remote", "openai", "k2", "ml"))}
    assert states["team-ml"].spent_usd == pytest.approx(0.1) and states["team-ml"].reserved_usd == pytest.approx(0.1)
    assert states["tok:k2"].remaining_tokens == 700
    await enf.release(res2)
    states = {s.key: s for s in await enf.state()}
    assert states["team-ml"].reserved_usd == 0 and states["tok:k1"].spent_tokens == 800


async def test_expired_reservations_stop_counting_and_are_swept(store: LedgerStore) -> None:
    now = [1_800_000_000.0]
    enf = BudgetEnforcer([BudgetSpec(name="g", limit_usd=1.0)], store, reservation_timeout_s=30,
                         clock=lambda: now[0])
    await enf.reserve(ReserveRequest("remote", cost_usd=0.9))  # its holder "dies"
    with pytest.raises(BudgetExceeded):
        await enf.reserve(ReserveRequest("remote", cost_usd=0.2))
    now[0] += 31
    (state,) = await enf.state()
    assert state.reserved_usd == 0 and state.remaining_usd == pytest.approx(1.0)
    res = await enf.reserve(ReserveRequest("remote", cost_usd=0.2))  # also sweeps
    assert (await store.raw("SELECT COUNT(*) FROM budget_reservations"))[0][0] == 1
    await enf.settle(res, rec(0.15, ts=now[0]))
    assert (await store.raw("SELECT COUNT(*) FROM budget_reservations"))[0][0] == 0


async def _settle(enf: BudgetEnforcer, res: Reservation, record: LedgerRecord, now: bool) -> None:
    """Either way the pipeline settles: on the calling thread (settle_now) or awaited."""
    if now:
        enf.settle_now(res, record)
    else:
        await enf.settle(res, record)


@pytest.mark.parametrize("now", [False, True], ids=["settle", "settle_now"])
async def test_warn_thresholds_log_and_count(store: LedgerStore, caplog: pytest.LogCaptureFixture,
                                             now: bool) -> None:
    name = f"warnme-{now}"
    enf = BudgetEnforcer([BudgetSpec(name=name, limit_usd=1.0, warn_at=[0.5, 0.9])], store)
    before = metrics.BUDGET_WARNINGS.labels(budget=name, threshold="0.5")._value.get()
    for cost in (0.3, 0.3, 0.1):
        res = await enf.reserve(ReserveRequest("remote", cost_usd=cost))
        await _settle(enf, res, rec(cost), now)
    assert metrics.BUDGET_WARNINGS.labels(budget=name, threshold="0.5")._value.get() == before + 1
    assert metrics.BUDGET_WARNINGS.labels(budget=name, threshold="0.9")._value.get() == 0
    assert any(name in m and "50%" in m for m in caplog.messages)
    assert metrics.BUDGET_REMAINING_USD.labels(budget=name)._value.get() == pytest.approx(0.3)


async def test_reserve_and_settle_now_take_no_loop_turn(store: LedgerStore) -> None:
    """With the write lock free, reserve() commits inside its first step (on a saturated event loop,
    giving up the turn would cost the request tens of ms) and settle_now() before it returns."""
    enf = BudgetEnforcer([BudgetSpec(name="turns", limit_usd=1.0)], store)
    step = enf.reserve(ReserveRequest("remote", cost_usd=0.2))
    with pytest.raises(StopIteration) as done:
        step.send(None)
    enf.settle_now(done.value.value, rec(0.1))
    (state,) = await enf.state()
    assert state.spent_usd == pytest.approx(0.1) and state.reserved_usd == 0


@pytest.mark.parametrize("now", [False, True], ids=["settle", "settle_now"])
async def test_settle_is_one_transaction(store: LedgerStore, now: bool) -> None:
    """If the ledger row cannot be written, the spend is not applied and the reservation stays."""
    import sqlite3

    enf = BudgetEnforcer([BudgetSpec(name="g", limit_usd=1.0)], store)
    first = rec(0.1)
    res = await enf.reserve(ReserveRequest("remote", cost_usd=0.2))
    await _settle(enf, res, first, now)
    res2 = await enf.reserve(ReserveRequest("remote", cost_usd=0.2))
    duplicate = LedgerRecord(**{**first.to_dict(), "cost_usd": 0.15})  # same id: the insert fails
    with pytest.raises(sqlite3.IntegrityError):
        await _settle(enf, res2, duplicate, now)
    (state,) = await enf.state()
    assert state.spent_usd == pytest.approx(0.1) and state.reserved_usd == pytest.approx(0.2)
    assert (await store.raw("SELECT SUM(requests) FROM rollup_daily"))[0][0] == 1


POLICY_STAR = """\
version: 1
default_route: a
routes:
  a: {backend: litellm, model: openai/gpt-4o-mini}
  b: {backend: litellm, model: openai/gpt-4o-mini}
budgets:
  - name: per-route
    scope: route
    match: "*"
    period: day
    limit_usd: 0.15
  - name: per-key
    scope: key
    match: "*"
    limit_usd: 1.0
"""


async def test_match_star_in_a_policy_gives_each_route_its_own_budget(store: LedgerStore) -> None:
    from gateway.policy import PolicyError, parse_policy

    policy = parse_policy(POLICY_STAR)  # "*" is not an unknown route
    with pytest.raises(PolicyError) as info:
        parse_policy(POLICY_STAR.replace('match: "*"', "match: c", 1))
    assert "budgets[0].match" in str(info.value.messages) and "unknown route 'c'" in str(info.value.messages)
    enf = BudgetEnforcer(policy.budgets, store)
    res = await enf.reserve(ReserveRequest("a", "openai", "k1", cost_usd=0.1))
    await enf.settle(res, rec(0.1, route="a", key="k1"))
    with pytest.raises(BudgetExceeded) as exc:
        await enf.reserve(ReserveRequest("a", "openai", "k1", cost_usd=0.1))
    assert "per-route:a" in exc.value.message
    res = await enf.reserve(ReserveRequest("b", "openai", "k1", cost_usd=0.1))  # route b: a bucket of its own
    await enf.settle(res, rec(0.1, route="b", key="k1"))
    states = {s.key: s for s in await enf.state()}
    assert states["per-route:a"].spent_usd == pytest.approx(0.1) == states["per-route:b"].spent_usd
    assert states["per-key:k1"].spent_usd == pytest.approx(0.2) and states["per-key:k1"].match == "*"
