"""Budgets across OS processes: two writers on one PostgreSQL server, kill -9 mid-load (SQLite and PostgreSQL).

The writers are real processes running bench/ledger_load.py; each prints `SETTLED <id> <cost>`
only after the settle transaction committed.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest

from gateway.budgets import BudgetEnforcer, BudgetSpec
from gateway.ledger.store import LedgerStore, open_store
from test_ledger import random_records

ROOT = Path(__file__).resolve().parents[1]
LOAD = ROOT / "bench" / "ledger_load.py"
WORST_USD = 0.001  # bench/ledger_load.py reserves this per request


async def _can_connect(dsn: str) -> bool:
    try:
        conn = await asyncpg.connect(dsn, timeout=5)
    except (OSError, asyncpg.PostgresError, asyncio.TimeoutError):
        return False
    await conn.close()
    return True


@pytest.fixture(scope="session")
def pg_dsn() -> str:
    """The suite's PostgreSQL: $HYBRIDGATE_TEST_PG_DSN, else the one scripts/postgres.sh runs (started if needed)."""
    dsn = os.environ.get("HYBRIDGATE_TEST_PG_DSN")
    if not dsn:
        dsn_file = ROOT / ".pgdata" / "dsn"
        if not (dsn_file.exists() and asyncio.run(_can_connect(dsn_file.read_text().strip()))):
            proc = subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), "start"],
                                  capture_output=True, text=True, timeout=600)
            if proc.returncode != 0:
                pytest.skip(f"scripts/postgres.sh could not start PostgreSQL: {proc.stderr[-500:]}")
        dsn = dsn_file.read_text().strip()
    if not asyncio.run(_can_connect(dsn)):
        pytest.skip(f"PostgreSQL at {dsn} does not accept connections")
    return dsn


@pytest.fixture
def pg_url(pg_dsn: str) -> Iterator[str]:
    """A fresh schema per test (dropped afterwards), so tests never see each other's rows."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    yield f"{pg_dsn}?schema={schema}"

    async def drop() -> None:
        conn = await asyncpg.connect(pg_dsn)
        await conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        await conn.close()
    asyncio.run(drop())


@pytest.fixture
async def pg_store(pg_url: str) -> AsyncIterator[LedgerStore]:
    store = await open_store(pg_url)
    yield store
    await store.close()


def _writer(url: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, str(LOAD), "--url", url, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def _settled(lines: list[str]) -> dict[str, float]:
    return {p[1]: float(p[2]) for p in (line.split() for line in lines) if p and p[0] == "SETTLED"}


async def test_pg_two_processes_200_reservations(pg_url: str) -> None:
    """Two OS processes × 100 concurrent requests on a ~20-request budget share one PostgreSQL."""
    limit = 0.02
    store = await open_store(pg_url)  # migrate once before the writers race
    start_at = time.time() + 3
    procs = [_writer(pg_url, "--requests", "100", "--limit-usd", str(limit), "--seed", str(i),
                     "--start-at", str(start_at)) for i in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-2000:] for o in outs]
    settled = {}
    for out, _ in outs:
        settled |= _settled(out.splitlines())
    rejected = sum(line.startswith("REJECTED") for out, _ in outs for line in out.splitlines())
    assert len(settled) + rejected == 200 and len(settled) >= 20
    assert sum(settled.values()) <= limit + WORST_USD
    count, total, reserved = (await store.raw(
        "SELECT COUNT(*), SUM(cost_usd), (SELECT COUNT(*) FROM budget_reservations) FROM ledger "
        "WHERE status = 'ok'"))[0]
    assert count == len(settled) and total == pytest.approx(sum(settled.values()))
    assert reserved == 0
    (state,) = await BudgetEnforcer([BudgetSpec(name="load", limit_usd=limit, period="day")], store).state()
    assert state.spent_usd == pytest.approx(sum(settled.values())) and state.spent_usd <= limit
    await store.close()


async def test_pg_rollups_equal_raw_aggregates(pg_store: LedgerStore) -> None:
    records = random_records(300, seed=5)
    await pg_store.write_many(records[:200])
    for r in records[200:]:
        await pg_store.write(r)
    start, end = min(r.ts for r in records) - 3600, max(r.ts for r in records) + 3600
    for group_by, attr in (("route", "route"), ("model", "model"), ("key", "client_key_hash")):
        got = {g.group: g for g in await pg_store.summary(start, end, group_by)}
        for name, g in got.items():
            mine = [r for r in records if (getattr(r, attr) or "") == name]
            assert g.requests == len(mine)
            assert g.cost_usd == pytest.approx(sum(r.cost_usd for r in mine), rel=1e-9)
            assert g.prompt_tokens == sum(r.prompt_tokens for r in mine)
    before = [(g.bucket, g.group, g.requests, g.hist) for g in await pg_store.series(start, end, "route", 3600)]
    await pg_store.rebuild_rollups()
    assert before == [(g.bucket, g.group, g.requests, g.hist)
                      for g in await pg_store.series(start, end, "route", 3600)]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
async def test_kill9_mid_load_loses_no_completed_row(backend: str, tmp_path: Path,
                                                     request: pytest.FixtureRequest) -> None:
    """kill -9 a writer mid-load: every committed row is there; no reservation outlives its timeout."""
    url = f"sqlite:///{tmp_path}/ledger.db" if backend == "sqlite" else request.getfixturevalue("pg_url")
    timeout_s = 2.0
    proc = _writer(url, "--requests", "100000", "--concurrency", "16", "--limit-usd", "1000",
                   "--timeout-s", str(timeout_s), "--call-s", "0.05")
    lines: list[str] = []
    assert proc.stdout is not None
    deadline = time.time() + 60
    while len(_settled(lines)) < 40 and time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
    os.kill(proc.pid, signal.SIGKILL)
    killed_at = time.time()
    rest, err = proc.communicate(timeout=30)
    lines += rest.splitlines()
    settled = _settled(lines)
    assert len(settled) >= 40, err[-2000:]

    store = await open_store(url)
    found = {r.id for r in await store.fetch_records(list(settled))}
    assert found == set(settled)  # no completed row lost
    # at most `concurrency` reservations were in flight, and none lives past the timeout
    (in_flight, latest), = await store.raw("SELECT COUNT(*), MAX(expires_at) FROM budget_reservations")
    assert in_flight <= 16 and (latest is None or latest <= killed_at + timeout_s)
    enforcer = BudgetEnforcer([BudgetSpec(name="load", limit_usd=1000, period="day")], store,
                              reservation_timeout_s=timeout_s)
    await asyncio.sleep(max(0.0, killed_at + timeout_s + 0.1 - time.time()))
    (state,) = await enforcer.state()
    assert state.reserved_usd == 0 and state.spent_usd >= sum(settled.values()) - 1e-9
    assert await store.sweep(time.time()) == in_flight
    await store.close()


async def test_pg_settle_is_one_transaction(pg_store: LedgerStore) -> None:
    from gateway.budgets import ReserveRequest
    from gateway.ledger.records import LedgerRecord

    enf = BudgetEnforcer([BudgetSpec(name="g", limit_usd=1.0)], pg_store)
    first = LedgerRecord(route="remote", backend="litellm", model="m", cost_usd=0.1)
    await enf.settle(await enf.reserve(ReserveRequest("remote", cost_usd=0.2)), first)
    res2 = await enf.reserve(ReserveRequest("remote", cost_usd=0.2))
    with pytest.raises(asyncpg.UniqueViolationError):
        await enf.settle(res2, LedgerRecord(**{**first.to_dict(), "cost_usd": 0.15}))
    (state,) = await enf.state()
    assert state.spent_usd == pytest.approx(0.1) and state.reserved_usd == pytest.approx(0.2)
