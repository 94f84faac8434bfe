"""`hybridgate audit`: per-period counts, the local-only proof, and a hash chain that exposes a
deleted or an edited ledger row, on SQLite files and on the suite's PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from test_concurrency_ledger import pg_dsn, pg_url  # noqa: F401  (fixtures: the suite's PostgreSQL)

from gateway import cli
from gateway.ledger import open_store
from gateway.ledger.records import LedgerRecord
from gateway.ledger.sqlite import SqliteStore


def _records(n: int, t0: float = 1_700_000_000.0) -> list[LedgerRecord]:
    out = []
    for i in range(n):
        remote = i % 2 == 0
        out.append(LedgerRecord(route="cloud" if remote else "local", backend="litellm" if remote else "local",
                                model="openai/gpt-4o-mini" if remote else "smollm2", provider="openai" if remote else "local",
                                ts=t0 + i, prompt_tokens=10 + i, completion_tokens=3, cost_usd=0.001 * i,
                                pii_entities=["EMAIL_ADDRESS"] if i == 1 else [], mode="hybrid",
                                policy_hash="abc123", pii_action="pseudonymize" if remote and i == 2 else "none",
                                left_machine=remote))
    return out


async def _fill(url: str, records: list[LedgerRecord]) -> None:
    store = await open_store(url)
    try:
        for r in records[:3]:
            await store.write(r)  # one row per transaction
        await store.write_many(records[3:])  # type: ignore[attr-defined]  # many rows in one
    finally:
        await store.close()


def _audit(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> tuple[int, dict[str, Any]]:
    rc = cli.main(["audit", "--ledger", url, "--json", *extra])
    return rc, json.loads(capsys.readouterr().out)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp_path / 'ledger.db'}"


def _sql(url: str, statement: str) -> None:
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            db.execute(statement)
        return
    dsn, schema = url.split("?schema=")

    async def run() -> None:
        conn = await asyncpg.connect(dsn, server_settings={"search_path": schema})
        await conn.execute(statement)
        await conn.close()
    asyncio.run(run())


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    if request.param == "sqlite":
        return sqlite_url
    return str(request.getfixturevalue("pg_url"))


def test_intact_chain_verifies_and_report_counts(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    asyncio.run(_fill(url, _records(8)))
    rc, out = _audit(capsys, url, "--verify")
    assert rc == 0 and out["chain"]["ok"] and out["chain"]["rows"] == 8 and out["chain"]["head_seq"] == 8
    assert out["requests"] == 8 and out["left_machine"] == 4 and out["remote_calls_while_local_only"] == 0
    by = {(g["period_start"], g["backend"], g["pii_action"]): g["requests"] for g in out["by"]}
    day = 1_700_000_000 - 1_700_000_000 % 86400  # all 8 rows fall on this UTC day
    assert by == {(day, "litellm", "none"): 3, (day, "litellm", "pseudonymize"): 1, (day, "local", "none"): 4}
    assert [p["policy_hash"] for p in out["policies"]] == ["abc123"]
    rc, out = _audit(capsys, url, "--from", "2023-11-14T22:13:22", "--to", str(1_700_000_000 + 5), "--by", "none")
    assert out["requests"] == 3 and "period_start" not in out["by"][0]  # ts 1_700_000_002 .. 004
    assert cli.main(["audit", "--ledger", url, "--verify"]) == 0
    text = capsys.readouterr().out
    assert "hash chain: OK (8 chained rows" in text and "2023-11-14T00:00:00+00:00" in text


def test_deleted_row_is_detected(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    asyncio.run(_fill(url, _records(8)))
    _sql(url, "DELETE FROM ledger WHERE seq = 4")
    rc, out = _audit(capsys, url, "--verify")
    assert rc == 1 and not out["chain"]["ok"]
    assert any("missing before seq 5" in p for p in out["chain"]["problems"]), out["chain"]


def test_edited_row_is_detected(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    asyncio.run(_fill(url, _records(8)))
    _sql(url, "UPDATE ledger SET cost_usd = 0 WHERE seq = 3")
    rc, out = _audit(capsys, url, "--verify")
    assert rc == 1 and any("seq 3" in p and "hash mismatch" in p for p in out["chain"]["problems"]), out["chain"]


def test_deleted_newest_rows_are_detected(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    asyncio.run(_fill(url, _records(5)))
    _sql(url, "DELETE FROM ledger WHERE seq >= 4")
    rc, out = _audit(capsys, url, "--verify")
    assert rc == 1 and any("deleted at the end" in p for p in out["chain"]["problems"]), out["chain"]


def test_remote_call_under_local_only_fails_the_audit(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    records = _records(2)
    records[0].mode = "local_only"  # a remote row (left_machine) written while local_only was in force
    asyncio.run(_fill(sqlite_url, records))
    rc, out = _audit(capsys, sqlite_url)
    assert rc == 1 and out["remote_calls_while_local_only"] == 1


def test_concurrent_writers_keep_one_chain(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Loop-thread commits and writer-thread group commits interleave: still one unbroken chain."""
    async def run() -> None:
        store = await SqliteStore.open(sqlite_url)
        try:
            await asyncio.gather(*(store.write(r) for r in _records(60)))
        finally:
            await store.close()
    asyncio.run(run())
    rc, out = _audit(capsys, sqlite_url, "--verify")
    assert rc == 0 and out["chain"]["rows"] == 60
