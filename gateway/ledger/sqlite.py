"""SQLite ledger (the default): WAL, one writer thread, BEGIN IMMEDIATE for cross-process atomicity.

The stdlib sqlite3 module is synchronous, so every statement runs on a dedicated thread:
one writer (all transactions serialise through it, and BEGIN IMMEDIATE serialises them with
other processes on the same file) and one reader (dashboard queries, which WAL lets run
beside writes).
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from gateway.ledger import migrations, queries, rollups
from gateway.ledger.records import LedgerRecord, from_row, to_row
from gateway.ledger.store import BudgetCharge, BudgetUsage, GroupTotals, LedgerStore

T = TypeVar("T")
BUSY_TIMEOUT_MS = 30_000


def _path_of(url: str) -> str:
    """sqlite:///rel/path.db, sqlite:////abs/path.db, or sqlite:///:memory: is not supported (threads)."""
    path = url.removeprefix("sqlite://")
    path = path[1:] if path.startswith("/") else path
    if not path or path == ":memory:":
        raise ValueError("the SQLite ledger needs a file path: sqlite:///path/to/ledger.db")
    return path


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL: a committed transaction survives the process being killed (only an OS crash
    # can lose the last commits), at a fraction of FULL's fsync cost.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: index pages of a big ledger stay hot
    return conn


class _Tx:
    """BEGIN IMMEDIATE ... COMMIT/ROLLBACK: takes the write lock up front, so two processes
    never both read a budget and then both reserve against it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


class SqliteStore(LedgerStore):
    """Ledger in one SQLite file."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = _path_of(url)
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="ledger-writer")
        self._reader = ThreadPoolExecutor(1, thread_name_prefix="ledger-reader")
        self._wconn: sqlite3.Connection | None = None
        self._rconn: sqlite3.Connection | None = None

    @classmethod
    async def open(cls, url: str) -> SqliteStore:
        store = cls(url)
        Path(store.path).parent.mkdir(parents=True, exist_ok=True)
        await store._write(store._open_and_migrate)
        store._rconn = await store._read(lambda: _connect(store.path))
        return store

    # -- threading -------------------------------------------------------------------------
    async def _write(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._writer, fn)

    async def _read(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._reader, fn)

    @property
    def _w(self) -> sqlite3.Connection:
        assert self._wconn is not None, "store is closed"
        return self._wconn

    def _open_and_migrate(self) -> None:
        self._wconn = _connect(self.path)
        with _Tx(self._w) as c:
            c.execute(migrations.VERSION_TABLE.format(**migrations.TYPES["sqlite"]))
            current = c.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
            for version in range(current + 1, len(migrations.MIGRATIONS) + 1):
                for stmt in migrations.statements("sqlite", version):
                    c.execute(stmt)
                c.execute("INSERT INTO schema_version VALUES (?, ?)", (version, time.time()))

    # -- writes ----------------------------------------------------------------------------
    @staticmethod
    def _insert(c: sqlite3.Connection, record: LedgerRecord) -> None:
        c.execute(queries.INSERT_LEDGER, to_row(record))
        for table, params in rollups.upsert_params(record).items():
            c.execute(rollups.upsert_sql(table), params)

    async def write(self, record: LedgerRecord) -> None:
        def run() -> None:
            with _Tx(self._w) as c:
                self._insert(c, record)
        await self._write(run)

    async def write_many(self, records: Sequence[LedgerRecord]) -> None:
        """Bulk insert in one transaction (seeding, imports); rollups are maintained too."""
        def run() -> None:
            with _Tx(self._w) as c:
                for r in records:
                    self._insert(c, r)
        await self._write(run)

    async def copy_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        def run() -> None:
            with _Tx(self._w) as c:
                c.executemany(queries.INSERT_LEDGER, rows)
        await self._write(run)

    async def reserve(self, reservation_id: str, charges: Sequence[BudgetCharge],
                      expires_at: float, now: float) -> BudgetCharge | None:
        def run() -> BudgetCharge | None:
            with _Tx(self._w) as c:
                for ch in charges:
                    spent_usd, spent_tok = c.execute(queries.UPSERT_BUDGET, (
                        ch.key, ch.period, ch.name, ch.period_start, ch.period_end,
                        ch.limit_usd, ch.limit_tokens)).fetchone()
                    res_usd, res_tok = c.execute(queries.RESERVED, (ch.key, ch.period, now)).fetchone()
                    if not ch.fits(spent_usd, spent_tok, res_usd, res_tok):
                        return ch  # nothing inserted yet; the limit refresh above is harmless
                for ch in charges:
                    c.execute(queries.INSERT_RESERVATION,
                              (reservation_id, ch.key, ch.period, ch.cost_usd, ch.tokens, expires_at))
                return None
        return await self._write(run)

    async def settle(self, reservation_id: str, record: LedgerRecord, charges: Sequence[BudgetCharge]) -> None:
        def run() -> None:
            with _Tx(self._w) as c:
                _spend(c, record, charges)
                c.execute(queries.DELETE_RESERVATION, (reservation_id,))
                self._insert(c, record)
        await self._write(run)

    async def release(self, reservation_id: str) -> None:
        def run() -> None:
            with _Tx(self._w) as c:
                c.execute(queries.DELETE_RESERVATION, (reservation_id,))
        await self._write(run)

    async def sweep(self, now: float) -> int:
        def run() -> int:
            with _Tx(self._w) as c:
                return c.execute(queries.SWEEP, (now,)).rowcount
        return await self._write(run)

    async def rebuild_rollups(self) -> None:
        def run() -> None:
            with _Tx(self._w) as c:
                for table, width in ((rollups.TABLES["hour"], rollups.HOUR), (rollups.TABLES["day"], rollups.DAY)):
                    for stmt in rollups.rebuild_sql(table, width):
                        c.execute(stmt)
        await self._write(run)

    # -- reads -----------------------------------------------------------------------------
    async def _query(self, sql: str, params: Sequence[object]) -> list[tuple]:
        def run() -> list[tuple]:
            assert self._rconn is not None, "store is closed"
            return self._rconn.execute(sql, tuple(params)).fetchall()
        return await self._read(run)

    async def usage(self, charges: Sequence[BudgetCharge], now: float) -> list[BudgetUsage]:
        out = []
        for ch in charges:
            out += [BudgetUsage(*r) for r in await self._query(queries.USAGE_ONE, (now, now, ch.key, ch.period))]
        return out

    async def current_budgets(self, now: float) -> list[BudgetUsage]:
        return [BudgetUsage(*r) for r in await self._query(queries.USAGE_CURRENT, (now, now, now, now))]

    async def burn(self, key: str, period: str) -> list[tuple[int, float, int]]:
        return [tuple(r) for r in await self._query(queries.BURN, (key, period))]

    async def summary(self, start: float, end: float, group_by: str) -> list[GroupTotals]:
        sql, params = rollups.summary_sql(rollups.RangePlan.of(start, end), group_by)
        return [GroupTotals.from_row(r) for r in await self._query(sql, params)]

    async def series(self, start: float, end: float, group_by: str, width: int) -> list[GroupTotals]:
        sql, params = rollups.series_sql(rollups.RangePlan.of(start, end), group_by, width)
        return [GroupTotals.from_row(r, offset=1) for r in await self._query(sql, params)]

    async def fetch_records(self, ids: Sequence[str] | None = None, limit: int = 1000) -> list[LedgerRecord]:
        if ids is None:
            rows = await self._query(queries.SELECT_LEDGER + " ORDER BY ts LIMIT ?", (limit,))
        else:
            rows = []
            for i in range(0, len(ids), 500):
                chunk = list(ids[i:i + 500])
                marks = ", ".join("?" for _ in chunk)
                rows += await self._query(f"{queries.SELECT_LEDGER} WHERE id IN ({marks})", chunk)
        return [from_row(r) for r in rows]

    async def raw(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """Read-only SQL for tests and benches (raw aggregates to check rollups against)."""
        return await self._query(sql, params)

    async def close(self) -> None:
        def close_w() -> None:
            if self._wconn is not None:
                self._wconn.close()
                self._wconn = None

        def close_r() -> None:
            if self._rconn is not None:
                self._rconn.close()
                self._rconn = None
        await self._write(close_w)
        await self._read(close_r)
        self._writer.shutdown(wait=True)
        self._reader.shutdown(wait=True)


def _spend(c: sqlite3.Connection, record: LedgerRecord, charges: Sequence[BudgetCharge]) -> None:
    """Add a record's actual cost to its budgets (and their hourly burn-down)."""
    ts = int(record.ts)
    for ch in charges:
        c.execute(queries.UPSERT_BUDGET, (ch.key, ch.period, ch.name, ch.period_start, ch.period_end,
                                          ch.limit_usd, ch.limit_tokens)).fetchone()
        c.execute(queries.SPEND, (record.cost_usd, record.total_tokens, ch.key, ch.period))
        c.execute(queries.SPEND_HOURLY, (ch.key, ch.period, ts - ts % rollups.HOUR,
                                         record.cost_usd, record.total_tokens))
