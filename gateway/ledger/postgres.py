"""PostgreSQL ledger (asyncpg) for several gateway replicas sharing one ledger and budget state.

Atomicity across processes comes from row locks: reserve and settle both upsert the
budget_state row of every budget they touch (in key order, so two transactions never wait
on each other in a cycle) and hold those locks to commit. A reserve therefore reads
spent + live reservations only after every earlier settle/reserve on the same budget has
committed. Everything else (rollups, ledger row) commits in the same transaction as settle.

The URL may carry `?schema=name` to keep the ledger in its own schema (created on open).
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg

from gateway.ledger import chain, migrations, queries, rollups
from gateway.ledger.records import ROW_COLUMNS, LedgerRecord, from_row, to_row
from gateway.ledger.store import ApiKeyRow, BucketTake, BudgetCharge, BudgetUsage, GroupTotals, LedgerStore

_MIGRATION_LOCK = 0x68796272  # pg_advisory_xact_lock id: one migrator at a time
_SCHEMA_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

SQL = {name: queries.numbered(getattr(queries, name)) for name in (
    "INSERT_LEDGER", "SELECT_LEDGER", "UPSERT_BUDGET", "RESERVED", "INSERT_RESERVATION", "SPEND",
    "SPEND_HOURLY", "DELETE_RESERVATION", "SWEEP", "USAGE_ONE", "USAGE_CURRENT", "BURN", "INSERT_KEY",
    "SELECT_KEYS", "TOUCH_KEY", "BUMP_KEY_EPOCH", "KEY_EPOCH", "ENSURE_BUCKET", "SET_BUCKET", "SWEEP_BUCKETS")}
SQL["LOCK_BUCKET"] = queries.numbered(queries.GET_BUCKET + " FOR UPDATE")
UPSERT_ROLLUP = {t: queries.numbered(rollups.upsert_sql(t)) for t in rollups.TABLES.values()}


def _split_schema(url: str) -> tuple[str, str | None]:
    """Remove our `schema=` query parameter from a DSN (asyncpg would reject it)."""
    parts = urlsplit(url)
    params = parse_qsl(parts.query)
    schema = next((v for k, v in params if k == "schema"), None)
    if schema is not None and not _SCHEMA_RE.match(schema):
        raise ValueError(f"invalid schema name {schema!r}")
    rest = urlencode([(k, v) for k, v in params if k != "schema"])
    return urlunsplit(parts._replace(query=rest)), schema


class PostgresStore(LedgerStore):
    """Ledger in PostgreSQL, shared by any number of gateway processes."""

    def __init__(self, url: str, pool: asyncpg.Pool) -> None:
        self.url = url
        self.pool = pool

    @classmethod
    async def open(cls, url: str, min_size: int = 2, max_size: int = 10) -> PostgresStore:
        dsn, schema = _split_schema(url)
        settings = {"search_path": schema} if schema else None
        if schema:
            conn = await asyncpg.connect(dsn)
            try:
                await conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            except asyncpg.UniqueViolationError:
                pass  # another process created it concurrently
            finally:
                await conn.close()
        pool = await asyncpg.create_pool(dsn, min_size=min_size, max_size=max_size, server_settings=settings)
        store = cls(url, pool)
        await store._migrate()
        return store

    async def _migrate(self) -> None:
        async with self.pool.acquire() as c, c.transaction():
            await c.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATION_LOCK)
            await c.execute(migrations.VERSION_TABLE.format(**migrations.TYPES["postgres"]))
            current = await c.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version")
            for version in range(current + 1, len(migrations.MIGRATIONS) + 1):
                for stmt in migrations.statements("postgres", version):
                    await c.execute(stmt)
                await c.execute("INSERT INTO schema_version VALUES ($1, $2)", version, time.time())

    # -- writes ----------------------------------------------------------------------------
    @staticmethod
    async def _insert(c: asyncpg.Connection, record: LedgerRecord) -> None:
        await c.execute(SQL["INSERT_LEDGER"], *(await _linked(c, [to_row(record)]))[0])
        for table, params in rollups.upsert_params(record).items():
            await c.execute(UPSERT_ROLLUP[table], *params)

    async def write(self, record: LedgerRecord) -> None:
        async with self.pool.acquire() as c, c.transaction():
            await self._insert(c, record)

    async def write_many(self, records: Sequence[LedgerRecord]) -> None:
        """Bulk insert with COPY, then fold the rows into the rollups (seeding, imports)."""
        async with self.pool.acquire() as c, c.transaction():
            await c.copy_records_to_table("ledger", records=await _linked(c, [to_row(r) for r in records]),
                                          columns=list(ROW_COLUMNS + chain.CHAIN_COLUMNS))
            for r in records:
                for table, params in rollups.upsert_params(r).items():
                    await c.execute(UPSERT_ROLLUP[table], *params)

    async def copy_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """COPY raw ledger rows without rollups: call rebuild_rollups() afterwards (bulk seeding)."""
        async with self.pool.acquire() as c, c.transaction():
            await c.copy_records_to_table("ledger", records=await _linked(c, list(rows)),
                                          columns=list(ROW_COLUMNS + chain.CHAIN_COLUMNS))

    async def reserve(self, reservation_id: str, charges: Sequence[BudgetCharge],
                      expires_at: float, now: float) -> BudgetCharge | None:
        async with self.pool.acquire() as c, c.transaction():
            for ch in charges:  # sorted by key: a fixed lock order
                spent = await c.fetchrow(SQL["UPSERT_BUDGET"], ch.key, ch.period, ch.name, ch.period_start,
                                         ch.period_end, ch.limit_usd, ch.limit_tokens)
                reserved = await c.fetchrow(SQL["RESERVED"], ch.key, ch.period, now)
                if not ch.fits(spent[0], spent[1], float(reserved[0]), int(reserved[1])):
                    return ch  # leaving the block commits only the harmless limit refresh
            await c.executemany(SQL["INSERT_RESERVATION"], [
                (reservation_id, ch.key, ch.period, ch.cost_usd, ch.tokens, expires_at) for ch in charges])
            return None

    async def settle(self, reservation_id: str, record: LedgerRecord, charges: Sequence[BudgetCharge]) -> None:
        ts = int(record.ts)
        async with self.pool.acquire() as c, c.transaction():
            for ch in charges:  # lock budget rows first, in the same order as reserve
                await c.execute(SQL["UPSERT_BUDGET"], ch.key, ch.period, ch.name, ch.period_start,
                                ch.period_end, ch.limit_usd, ch.limit_tokens)
                await c.execute(SQL["SPEND"], record.cost_usd, record.total_tokens, ch.key, ch.period)
            for ch in charges:
                await c.execute(SQL["SPEND_HOURLY"], ch.key, ch.period, ts - ts % rollups.HOUR,
                                record.cost_usd, record.total_tokens)
            await c.execute(SQL["DELETE_RESERVATION"], reservation_id)
            await self._insert(c, record)

    async def release(self, reservation_id: str) -> None:
        await self.pool.execute(SQL["DELETE_RESERVATION"], reservation_id)

    async def sweep(self, now: float) -> int:
        status = await self.pool.execute(SQL["SWEEP"], now)
        return int(status.split()[-1])

    async def rebuild_rollups(self) -> None:
        async with self.pool.acquire() as c, c.transaction():
            for table, width in ((rollups.TABLES["hour"], rollups.HOUR), (rollups.TABLES["day"], rollups.DAY)):
                for stmt in rollups.rebuild_sql(table, width):
                    await c.execute(stmt)
            await c.execute("ANALYZE rollup_hourly; ANALYZE rollup_daily")

    # -- reads -----------------------------------------------------------------------------
    async def usage(self, charges: Sequence[BudgetCharge], now: float) -> list[BudgetUsage]:
        out = []
        async with self.pool.acquire() as c:
            for ch in charges:
                out += [_usage(r) for r in await c.fetch(SQL["USAGE_ONE"], now, now, ch.key, ch.period)]
        return out

    async def current_budgets(self, now: float) -> list[BudgetUsage]:
        return [_usage(r) for r in await self.pool.fetch(SQL["USAGE_CURRENT"], now, now, now, now)]

    async def burn(self, key: str, period: str) -> list[tuple[int, float, int]]:
        return [(int(b), float(u), int(t)) for b, u, t in await self.pool.fetch(SQL["BURN"], key, period)]

    async def summary(self, start: float, end: float, group_by: str) -> list[GroupTotals]:
        sql, params = rollups.summary_sql(rollups.RangePlan.of(start, end), group_by)
        return [GroupTotals.from_row(r) for r in await self.pool.fetch(queries.numbered(sql), *params)]

    async def series(self, start: float, end: float, group_by: str, width: int) -> list[GroupTotals]:
        sql, params = rollups.series_sql(rollups.RangePlan.of(start, end), group_by, width)
        return [GroupTotals.from_row(r, offset=1) for r in await self.pool.fetch(queries.numbered(sql), *params)]

    async def fetch_records(self, ids: Sequence[str] | None = None, limit: int = 1000) -> list[LedgerRecord]:
        if ids is None:
            rows = await self.pool.fetch(SQL["SELECT_LEDGER"] + " ORDER BY ts LIMIT $1", limit)
        else:
            rows = await self.pool.fetch(SQL["SELECT_LEDGER"] + " WHERE id = ANY($1::text[])", list(ids))
        return [from_row(tuple(r)) for r in rows]

    async def raw(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """Read-only SQL (`?` placeholders) for tests and benches."""
        return [tuple(r) for r in await self.pool.fetch(queries.numbered(sql), *params)]

    # -- virtual keys ----------------------------------------------------------------------
    async def insert_key(self, row: ApiKeyRow) -> None:
        async with self.pool.acquire() as c, c.transaction():
            await c.execute(SQL["INSERT_KEY"], *row.to_row())
            await c.execute(SQL["BUMP_KEY_EPOCH"])

    async def change_key(self, sql: str, params: Sequence[object]) -> bool:
        async with self.pool.acquire() as c, c.transaction():
            status = await c.execute(queries.numbered(sql), *params)
            changed = int(status.split()[-1]) > 0
            if changed:
                await c.execute(SQL["BUMP_KEY_EPOCH"])
            return changed

    async def list_keys(self) -> list[ApiKeyRow]:
        return [ApiKeyRow.from_row(tuple(r)) for r in await self.pool.fetch(SQL["SELECT_KEYS"] + " ORDER BY created_at")]

    async def key_epoch(self) -> int:
        return int(await self.pool.fetchval(SQL["KEY_EPOCH"]))

    async def touch_key(self, key_id: str, now: float, min_interval_s: float) -> None:
        await self.pool.execute(SQL["TOUCH_KEY"], now, key_id, now - min_interval_s)

    # -- shared rate limits: row locks in key order, like budgets -----------------------------
    async def take_buckets(self, takes: Sequence[BucketTake], now: float) -> tuple[str, float] | None:
        return await self._take(takes, now, check=True)

    async def debit_buckets(self, takes: Sequence[BucketTake], now: float) -> None:
        await self._take(takes, now, check=False)

    async def sweep_buckets(self, idle_before: float) -> None:
        await self.pool.execute(SQL["SWEEP_BUCKETS"], idle_before)

    async def _take(self, takes: Sequence[BucketTake], now: float, check: bool) -> tuple[str, float] | None:
        async with self.pool.acquire() as c, c.transaction():
            levels = []
            for t in sorted(takes, key=lambda t: t.key):
                await c.execute(SQL["ENSURE_BUCKET"], t.key, t.capacity, now)
                tokens, updated = await c.fetchrow(SQL["LOCK_BUCKET"], t.key)
                level = t.level(tokens, updated, now)
                if check and level < t.need:
                    return t.key, t.wait_s(level)
                levels.append((level - t.cost, now, t.key))
            await c.executemany(SQL["SET_BUCKET"], levels)
            return None

    async def close(self) -> None:
        await self.pool.close()


async def _linked(c: asyncpg.Connection, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows with their hash-chain columns; the head row is locked (FOR UPDATE) until this
    transaction commits, so replicas append to the one chain one transaction at a time. Lock
    order: budget rows (settle), then the chain head, never the reverse."""
    seq, head = await c.fetchrow(queries.numbered(chain.SELECT_HEAD + " FOR UPDATE"))
    linked, seq, head = chain.link(rows, ROW_COLUMNS, seq, head)
    await c.execute(queries.numbered(chain.UPDATE_HEAD), seq, head)
    return linked


def _usage(r: asyncpg.Record) -> BudgetUsage:
    v = list(r)
    return BudgetUsage(v[0], v[1], v[2], float(v[3]), float(v[4]), v[5], v[6], float(v[7]), int(v[8]),
                       float(v[9]), int(v[10]))
