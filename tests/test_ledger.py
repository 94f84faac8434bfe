"""Ledger rows, migrations and rollups on a real SQLite file; route costs."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from timing import scaled

from gateway.costs import (DEFAULT_MAX_TOKENS, RoutePrice, counterfactual_cost, model_cost, register_route_prices,
                           route_cost, tokens_for_text, worst_case_cost)
from gateway.ledger import rollups
from gateway.ledger.records import LedgerRecord, from_row, hash_client_key, provider_of, to_row
from gateway.ledger.store import open_store


def random_records(n: int, seed: int = 1, start: float | None = None, span_s: float = 5 * 86400) -> list[LedgerRecord]:
    """Varied rows across days, routes, models, keys and statuses."""
    rng = random.Random(seed)
    start = time.time() - span_s if start is None else start
    out = []
    for _ in range(n):
        route = rng.choice(["local", "remote", "cheap"])
        status = rng.choice(["ok", "ok", "ok", "error", "rejected", "cancelled"])
        out.append(LedgerRecord(
            route=route, backend="local" if route == "local" else "litellm",
            model={"local": "smollm2", "remote": "gpt-4o", "cheap": "gpt-4o-mini"}[route],
            status=status, ts=start + rng.uniform(0, span_s),
            client_key_hash=rng.choice([None, "k1", "k2", "k3"]), team=rng.choice([None, "a"]),
            prompt_tokens=rng.randint(0, 500), completion_tokens=rng.randint(0, 300),
            cost_usd=rng.uniform(0, 0.01), counterfactual_cost_usd=rng.uniform(0, 0.02),
            latency_ms=rng.choice([rng.uniform(0, 50), rng.uniform(50, 3000), 200000.0]),
            ttft_ms=rng.choice([None, rng.uniform(1, 100)]), overhead_ms=rng.choice([None, rng.uniform(0, 5)]),
            stream=rng.random() < 0.5, pii_entities=rng.choice([[], ["EMAIL_ADDRESS"]]),
            fallback_path=rng.choice([[], ["remote", "local"]]),
        ))
    return out


def test_record_row_roundtrip() -> None:
    r = LedgerRecord(route="r", backend="litellm", model="m", pii_entities=["PHONE_NUMBER"],
                     fallback_path=["a", "b"], stream=True, ttft_ms=3.5)
    assert from_row(to_row(r)) == r
    with pytest.raises(ValueError):
        LedgerRecord(route="r", backend="b", model="m", status="weird")  # type: ignore[arg-type]


def test_key_hash_and_provider() -> None:
    assert hash_client_key("sk-secret") == hash_client_key("sk-secret") != hash_client_key("sk-other")
    assert "secret" not in (hash_client_key("sk-secret") or "")
    assert hash_client_key(None) is None
    assert provider_of("local", "smollm2") == "local"
    assert provider_of("litellm", "anthropic/claude-3") == "anthropic"


async def test_migrations_are_versioned_and_idempotent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/ledger.db"
    for _ in range(2):  # reopening applies nothing twice
        store = await open_store(url)
        await store.write(LedgerRecord(route="r", backend="local", model="m"))
        await store.close()
    conn = sqlite3.connect(tmp_path / "ledger.db")
    from gateway.ledger.migrations import MIGRATIONS

    versions = [(v,) for v in range(1, len(MIGRATIONS) + 1)]
    assert conn.execute("SELECT version FROM schema_version").fetchall() == versions
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] == 2


async def test_rollups_equal_raw_aggregates(tmp_path: Path) -> None:
    """Rollups kept incrementally per insert == a GROUP BY over raw rows == a full rebuild."""
    store = await open_store(f"sqlite:///{tmp_path}/ledger.db")
    records = random_records(600)
    for i in range(0, len(records), 50):
        await store.write_many(records[i:i + 50])
    for r in records[:20]:
        await store.write(LedgerRecord(**{**r.to_dict(), "id": r.id + "x"}))
    records += [LedgerRecord(**{**r.to_dict(), "id": r.id + "x"}) for r in records[:20]]
    start, end = min(r.ts for r in records) - 7200, max(r.ts for r in records) + 7200

    incremental = {g.group: g for g in await store.summary(start, end, "route")}
    for route, got in incremental.items():
        mine = [r for r in records if r.route == route]
        assert got.requests == len(mine)
        assert got.cost_usd == pytest.approx(sum(r.cost_usd for r in mine), rel=1e-9)
        assert got.completion_tokens == sum(r.completion_tokens for r in mine)
        assert got.rejected == sum(r.status == "rejected" for r in mine)
        assert got.as_json()["latency_mean_ms"] == pytest.approx(sum(r.latency_ms for r in mine) / len(mine))
    raw = await store.raw("SELECT route, COUNT(*), SUM(cost_usd), SUM(prompt_tokens) FROM ledger GROUP BY route")
    assert {r[0]: (r[1], pytest.approx(r[2], rel=1e-9), r[3]) for r in raw} == {
        k: (v.requests, v.cost_usd, v.prompt_tokens) for k, v in incremental.items()}

    before = {g: [(x.bucket, x.group, x.requests, x.hist) for x in await store.series(start, end, g, w)]
              for g in ("route", "model", "key") for w in (rollups.HOUR, rollups.DAY)}
    await store.rebuild_rollups()
    after = {g: [(x.bucket, x.group, x.requests, x.hist) for x in await store.series(start, end, g, w)]
             for g in ("route", "model", "key") for w in (rollups.HOUR, rollups.DAY)}
    assert before == after
    await store.close()


async def test_summary_range_uses_hours_and_days_exactly_once(tmp_path: Path) -> None:
    """A range with partial days at both ends counts every row inside it once."""
    store = await open_store(f"sqlite:///{tmp_path}/ledger.db")
    day0 = (int(time.time()) // 86400 - 10) * 86400
    records = random_records(400, seed=2, start=day0, span_s=4 * 86400)
    await store.write_many(records)
    for start, end in [(day0 + 5 * 3600, day0 + 3 * 86400 + 7 * 3600), (day0 + 3600, day0 + 2 * 3600),
                       (day0, day0 + 4 * 86400)]:
        got = sum(g.requests for g in await store.summary(start, end, "model"))
        assert got == sum(start <= r.ts < end for r in records)
    await store.close()


def test_percentile_from_histogram() -> None:
    values = [random.Random(3).uniform(0, 1000) for _ in range(5000)]
    hist = [0] * len(rollups.HIST_COLS)
    for v in values:
        hist[rollups.latency_bucket(v)] += 1
    exact = sorted(values)
    # within the bucket holding the true percentile
    for q in (0.5, 0.95):
        est = rollups.percentile(hist, q)
        true = exact[int(q * len(exact))]
        b = rollups.latency_bucket(true)
        lo = rollups.LATENCY_BOUNDS_MS[b - 1] if b else 0
        assert lo <= est <= rollups.LATENCY_BOUNDS_MS[b]
    assert rollups.percentile([0] * len(hist), 0.5) is None


def test_route_price_per_1k_and_hourly() -> None:
    p = RoutePrice(input_per_1k_usd=0.5, output_per_1k_usd=1.5)
    assert p.cost(1000, 2000) == pytest.approx(3.5)
    # $3.60/hour at 100 tok/s: 1 token = $0.00001
    hw = RoutePrice(hourly_usd=3.6, throughput_tok_s=100)
    assert hw.cost(60, 40) == pytest.approx(100 * 0.00001)
    with pytest.raises(ValueError):
        RoutePrice(hourly_usd=1.0)
    with pytest.raises(ValueError):
        RoutePrice(input_per_1k_usd=0, bogus=1)  # type: ignore[call-arg]


def test_litellm_price_map_costs_offline() -> None:
    assert model_cost("gpt-4o-mini", 1000, 1000) > 0
    assert model_cost("openai/gpt-4o-mini", 1000, 1000) == model_cost("gpt-4o-mini", 1000, 1000)
    assert model_cost("no-such-model-xyz", 1000, 1000) == 0.0
    assert counterfactual_cost(None, 10, 10) == 0.0
    assert counterfactual_cost("gpt-4o", 1000, 500) > counterfactual_cost("gpt-4o-mini", 1000, 500)
    assert DEFAULT_MAX_TOKENS > 0
    assert tokens_for_text("openai/gpt-4o-mini", "hello world, how are you doing today?") == 9
    assert tokens_for_text("my-local-model", "") == 0


def test_worst_case_reserves_at_least_the_actual_cost() -> None:
    route = SimpleNamespace(price=RoutePrice(input_per_1k_usd=1, output_per_1k_usd=2), model="x", backend="local",
                            n_ctx=8192)
    assert worst_case_cost(route, 100, 50) == pytest.approx(route_cost(route, 100, 50)) == pytest.approx(0.2)
    assert worst_case_cost(route, 100, None) == pytest.approx(route_cost(route, 100, DEFAULT_MAX_TOKENS))
    assert route_cost(route, 100, 10) < worst_case_cost(route, 100, 50)
    unpriced = SimpleNamespace(price=None, model="openai/gpt-4o-mini")
    assert route_cost(unpriced, 1000, 1000) == model_cost("gpt-4o-mini", 1000, 1000) > 0


def test_unmapped_route_models_get_the_route_price_in_litellms_map() -> None:
    """litellm prices every call itself: unmapped models get our price (or $0) so it never takes its slow miss."""
    import litellm

    price = RoutePrice(input_per_1k_usd=1, output_per_1k_usd=2, hourly_usd=3.6, throughput_tok_s=100)
    assert price.cost(60, 40) == pytest.approx(60 * price.per_token_usd()[0] + 40 * price.per_token_usd()[1])
    priced = SimpleNamespace(backend="litellm", model="openai/hg-test-priced", api_base="http://127.0.0.1:9/v1",
                             price=price)
    unpriced = SimpleNamespace(backend="litellm", model="openai/hg-test-unpriced", api_base=None, price=None)
    mapped = SimpleNamespace(backend="litellm", model="openai/gpt-4o-mini", api_base=None,
                             price=RoutePrice(input_per_1k_usd=99))
    local = SimpleNamespace(backend="local", model="hg-test-local", api_base=None, price=price)
    before = model_cost("openai/gpt-4o-mini", 1000, 1000)
    assert model_cost(unpriced.model, 10, 10) == 0.0  # warned once, before registration
    register_route_prices([priced, unpriced, mapped, local])

    p, c = litellm.cost_per_token(model=priced.model, prompt_tokens=60, completion_tokens=40)
    assert p + c == pytest.approx(price.cost(60, 40))
    assert model_cost(unpriced.model, 1000, 1000) == 0.0
    assert model_cost("openai/gpt-4o-mini", 1000, 1000) == before  # litellm's own price stays
    with pytest.raises(Exception):  # noqa: B017 - litellm raises a bare Exception for unmapped models
        litellm.cost_per_token(model=local.model, prompt_tokens=1, completion_tokens=1)

    priced.price = RoutePrice(input_per_1k_usd=5)  # a reload that re-prices the route re-registers it
    register_route_prices([priced])
    p, c = litellm.cost_per_token(model=priced.model, prompt_tokens=1000, completion_tokens=1000)
    assert p + c == pytest.approx(5.0)


async def test_short_writes_commit_on_the_calling_thread(tmp_path: Path) -> None:
    """An uncontended write commits inside the call: the coroutine finishes without ever
    suspending (no event-loop turn), and the row is durable for another connection at once."""
    store = await open_store(f"sqlite:///{tmp_path}/ledger.db")
    record = random_records(1, seed=5)[0]
    coro = store.write(record)
    with pytest.raises(StopIteration):
        coro.send(None)  # completes on the first step: it never awaited anything
    other = sqlite3.connect(tmp_path / "ledger.db")
    assert other.execute("SELECT COUNT(*) FROM ledger WHERE id = ?", (record.id,)).fetchone() == (1,)
    other.close()
    await store.close()


async def test_write_lock_held_elsewhere_falls_back_without_blocking(tmp_path: Path) -> None:
    """Another process holding the write lock: write_now gives up at once (it runs on the event
    loop) and write() waits on the writer thread instead, committing when the lock frees."""
    import asyncio

    from gateway.ledger.store import WouldWait

    store = await open_store(f"sqlite:///{tmp_path}/ledger.db")
    first, second = random_records(2, seed=6)
    other = sqlite3.connect(tmp_path / "ledger.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    t0 = time.perf_counter()
    with pytest.raises(WouldWait):
        store.write_now(first)
    assert time.perf_counter() - t0 < scaled(0.05)
    pending = asyncio.ensure_future(store.write(second))
    await asyncio.sleep(0.2)
    assert not pending.done()
    other.execute("COMMIT")
    await asyncio.wait_for(pending, 10)
    assert [r.id for r in await store.fetch_records([first.id, second.id])] == [second.id]
    other.close()
    await store.close()


async def test_concurrent_writes_group_commit_and_a_bad_row_fails_alone(tmp_path: Path) -> None:
    """Rows that find the write lock taken share the writer's transactions (group commit); a
    failing row does not sink the others."""
    import asyncio

    store = await open_store(f"sqlite:///{tmp_path}/ledger.db")
    records = random_records(200, seed=3)
    duplicate = LedgerRecord(id=records[7].id, route="r", backend="local", model="m")  # primary key clash
    other = sqlite3.connect(tmp_path / "ledger.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # every write below falls back to the writer thread and queues
    writes = asyncio.gather(*(store.write(r) for r in [*records, duplicate]), return_exceptions=True)
    await asyncio.sleep(0.2)
    other.execute("COMMIT")
    other.close()
    results = await writes
    assert all(r is None for r in results[:-1]) and isinstance(results[-1], sqlite3.IntegrityError)
    assert {r.id for r in await store.fetch_records(limit=1000)} == {r.id for r in records}
    raw = await store.raw("SELECT COUNT(*), SUM(cost_usd) FROM ledger")
    day = await store.raw(f"SELECT SUM(requests), SUM(cost_usd) FROM {rollups.TABLES['day']}")
    assert raw[0][0] == day[0][0] == 200 and raw[0][1] == pytest.approx(day[0][1])  # rollups rolled back too
    await store.close()
