"""SQLite ledger (the default): WAL, BEGIN IMMEDIATE for cross-process atomicity.

Rows are committed before the gateway answers, so their commit sits in the request's latency.
A short write (one row, a settle, a reservation: ~0.1-0.3 ms, no fsync in WAL with
synchronous=NORMAL) commits right on the calling thread, the event loop, when nothing has to
be waited for: this process's writer thread is idle and no other process holds the write lock
(that connection's busy timeout is 0). Handing it to a thread instead costs the request a
turn of the event loop to resume: tens of ms on a saturated loop, for a ~0.2 ms commit.

Everything else runs on dedicated threads: one writer (bulk loads, checkpoints, and any short
write that found the lock taken, which waits up to BUSY_TIMEOUT_MS there) and one reader
(dashboard queries, which WAL lets run beside writes). Short writes that fall back to the
writer are group-committed: rows that arrive while it is busy share its next transaction.
The batch's ledger rows go in as one multi-row INSERT and its rollup cells are summed first,
one upsert per cell: every statement hands the GIL to the writer thread and back, which costs
far more than the SQL on a busy 2-core box. A batch with a bad row is redone with a savepoint
per row, so that row fails alone.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from gateway.ledger import chain, migrations, queries, rollups
from gateway.ledger.records import ROW_COLUMNS, LedgerRecord, from_row, to_row
from gateway.ledger.store import (
    ApiKeyRow,
    BucketTake,
    BudgetCharge,
    BudgetUsage,
    GroupTotals,
    LedgerStore,
    WouldWait,
)

T = TypeVar("T")
BUSY_TIMEOUT_MS = 30_000
# Commits on the loop's connection between checkpoints: ~6 WAL pages each, so ~600 pages
# (SQLite's own default is 1000).
CHECKPOINT_EVERY = 100


def path_of(url: str) -> str:
    """sqlite:///rel/path.db, sqlite:////abs/path.db, or sqlite:///:memory: is not supported (threads)."""
    path = url.removeprefix("sqlite://")
    path = path[1:] if path.startswith("/") else path
    if not path or path == ":memory:":
        raise ValueError("the SQLite ledger needs a file path: sqlite:///path/to/ledger.db")
    return path


def _connect(path: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=busy_timeout_ms / 1000)
    conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL: a committed transaction survives the process being killed (only an OS crash
    # can lose the last commits), at a fraction of FULL's fsync cost.
    conn.execute("PRAGMA synchronous = NORMAL")
    # 8 MiB per connection (3 per store): the file's pages also sit in the OS page cache, so a
    # miss costs a pread, not a disk read. 64 MiB each let a long-running gateway's RSS grow by up
    # to 192 MiB as the ledger grew (11-13 MB of a 10-minute soak's growth); 30,000 reserve ->
    # settle round trips (bench/ledger_load.py, 11.8 MB file) took 19.7 s at 8 MiB vs 21.3 s at 64.
    conn.execute("PRAGMA cache_size = -8192")
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
        self.path = path_of(url)
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="ledger-writer")
        self._reader = ThreadPoolExecutor(1, thread_name_prefix="ledger-reader")
        self._wconn: sqlite3.Connection | None = None
        self._rconn: sqlite3.Connection | None = None
        self._nconn: sqlite3.Connection | None = None  # short writes on the calling thread (busy timeout 0)
        self._tx_lock = threading.Lock()  # held for every write transaction of this process
        self._since_checkpoint = 0
        self._batch: list[_Pending] = []  # row writes waiting for the writer's next group commit
        self._batch_lock = threading.Lock()

    @classmethod
    async def open(cls, url: str) -> SqliteStore:
        store = cls(url)
        Path(store.path).parent.mkdir(parents=True, exist_ok=True)
        await store._write(store._open_and_migrate)
        store._rconn = await store._read(lambda: _connect(store.path))
        store._nconn = _connect(store.path, busy_timeout_ms=0)
        # Checkpoints (which fsync) must not run on the event loop: the writer thread runs them.
        store._nconn.execute("PRAGMA wal_autocheckpoint = 0")
        return store

    # -- threading -------------------------------------------------------------------------
    async def _write(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._writer, fn)

    async def _read(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._reader, fn)

    def _commit_now(self, op: Callable[[sqlite3.Connection], T]) -> T:
        """`op` in one transaction on the calling thread, or WouldWait if that means waiting:
        this process's writer holds the lock, or another process does (busy timeout 0 here)."""
        conn = self._nconn
        if conn is None or not self._tx_lock.acquire(blocking=False):
            raise WouldWait
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                    raise WouldWait from exc
                raise
            try:
                result = op(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            self._tx_lock.release()
        self._since_checkpoint += 1
        if self._since_checkpoint >= CHECKPOINT_EVERY:
            self._since_checkpoint = 0
            self._writer.submit(self._checkpoint)
        return result

    def _checkpoint(self) -> None:
        """Writer thread: fold the WAL into the database (PASSIVE: never blocks writers)."""
        if self._wconn is not None:
            self._wconn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def _on_writer(self, op: Callable[[sqlite3.Connection], T]) -> T:
        """Writer thread: `op` in one transaction, waiting for the lock as long as it takes."""
        with self._tx_lock, _Tx(self._w) as c:
            return op(c)

    async def _transact(self, op: Callable[[sqlite3.Connection], T]) -> T:
        """A short write transaction: on this thread when it need not wait, else on the writer."""
        try:
            return self._commit_now(op)
        except WouldWait:
            return await self._write(lambda: self._on_writer(op))

    async def _write_grouped(self, record: LedgerRecord,
                             budgets: Callable[[sqlite3.Connection], None] | None = None) -> None:
        """Insert `record` (after its `budgets` statements) in the writer's next group commit;
        returns once it is committed."""
        loop = asyncio.get_running_loop()
        pending = _Pending(record, budgets, loop, loop.create_future())
        with self._batch_lock:
            self._batch.append(pending)
            first = len(self._batch) == 1
        if first:  # later arrivals ride along with this flush, or the one queued after it
            self._writer.submit(self._flush)
        await pending.future

    def _flush(self) -> None:
        """Writer thread: commit every waiting row write in one transaction."""
        with self._batch_lock:
            batch, self._batch = self._batch, []
        with self._tx_lock:
            outcomes = self._commit_batch(batch)
        for item, outcome in zip(batch, outcomes):
            item.loop.call_soon_threadsafe(item.resolve, outcome)

    def _commit_batch(self, batch: list[_Pending]) -> list[BaseException | None]:
        """One transaction for the whole batch; if it fails, one savepoint per row."""
        outcomes: list[BaseException | None] = [None] * len(batch)
        try:
            with _Tx(self._w) as c:
                for item in batch:
                    if item.budgets is not None:
                        item.budgets(c)
                _insert_many(c, [item.record for item in batch])
        except sqlite3.Error:  # redo row by row, so only the bad one fails
            outcomes = []
            try:
                with _Tx(self._w) as c:
                    for item in batch:
                        outcomes.append(_in_savepoint(c, item.apply))
            except BaseException as exc:  # noqa: BLE001 - BEGIN/COMMIT failed: every write in it failed
                outcomes = [exc] * len(batch)
        except BaseException as exc:  # noqa: BLE001
            outcomes = [exc] * len(batch)
        return outcomes

    @property
    def _w(self) -> sqlite3.Connection:
        assert self._wconn is not None, "store is closed"
        return self._wconn

    def _open_and_migrate(self) -> None:
        self._wconn = _connect(self.path)
        with self._tx_lock, _Tx(self._w) as c:
            c.execute(migrations.VERSION_TABLE.format(**migrations.TYPES["sqlite"]))
            current = c.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
            for version in range(current + 1, len(migrations.MIGRATIONS) + 1):
                for stmt in migrations.statements("sqlite", version):
                    c.execute(stmt)
                c.execute("INSERT INTO schema_version VALUES (?, ?)", (version, time.time()))

    # -- writes ----------------------------------------------------------------------------
    @staticmethod
    def _insert(c: sqlite3.Connection, record: LedgerRecord) -> None:
        c.execute(queries.INSERT_LEDGER, _linked(c, [to_row(record)])[0])
        for table, params in rollups.upsert_params(record).items():
            c.execute(rollups.upsert_sql(table), params)

    def write_now(self, record: LedgerRecord) -> None:
        self._commit_now(lambda c: self._insert(c, record))

    async def write(self, record: LedgerRecord) -> None:
        try:
            self.write_now(record)
        except WouldWait:
            await self._write_grouped(record)

    async def write_many(self, records: Sequence[LedgerRecord]) -> None:
        """Bulk insert in one transaction (seeding, imports); rollups are maintained too."""
        await self._write(lambda: self._on_writer(lambda c: _insert_many(c, records)))

    async def copy_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        await self._write(lambda: self._on_writer(
            lambda c: c.executemany(queries.INSERT_LEDGER, _linked(c, list(rows)))))

    async def reserve(self, reservation_id: str, charges: Sequence[BudgetCharge],
                      expires_at: float, now: float) -> BudgetCharge | None:
        def run(c: sqlite3.Connection) -> BudgetCharge | None:
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
        return await self._transact(run)

    def settle_now(self, reservation_id: str, record: LedgerRecord, charges: Sequence[BudgetCharge],
                   now: float) -> list[BudgetUsage]:
        def run(c: sqlite3.Connection) -> list[BudgetUsage]:
            _settle(c, reservation_id, record, charges)
            self._insert(c, record)
            return [BudgetUsage(*r) for ch in charges
                    for r in c.execute(queries.USAGE_ONE, (now, now, ch.key, ch.period)).fetchall()]
        return self._commit_now(run)

    async def settle(self, reservation_id: str, record: LedgerRecord, charges: Sequence[BudgetCharge]) -> None:
        def run(c: sqlite3.Connection) -> None:
            _settle(c, reservation_id, record, charges)
            self._insert(c, record)
        try:
            self._commit_now(run)
        except WouldWait:
            await self._write_grouped(record, lambda c: _settle(c, reservation_id, record, charges))

    async def release(self, reservation_id: str) -> None:
        await self._transact(lambda c: c.execute(queries.DELETE_RESERVATION, (reservation_id,)))

    async def sweep(self, now: float) -> int:
        return await self._transact(lambda c: c.execute(queries.SWEEP, (now,)).rowcount)

    async def rebuild_rollups(self) -> None:
        def run(c: sqlite3.Connection) -> None:
            for table, width in ((rollups.TABLES["hour"], rollups.HOUR), (rollups.TABLES["day"], rollups.DAY)):
                for stmt in rollups.rebuild_sql(table, width):
                    c.execute(stmt)
        await self._write(lambda: self._on_writer(run))

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

    # -- virtual keys ----------------------------------------------------------------------
    async def insert_key(self, row: ApiKeyRow) -> None:
        def run(c: sqlite3.Connection) -> None:
            c.execute(queries.INSERT_KEY, row.to_row())
            c.execute(queries.BUMP_KEY_EPOCH)
        await self._transact(run)

    async def change_key(self, sql: str, params: Sequence[object]) -> bool:
        def run(c: sqlite3.Connection) -> bool:
            changed = c.execute(sql, tuple(params)).rowcount > 0
            if changed:
                c.execute(queries.BUMP_KEY_EPOCH)
            return changed
        return await self._transact(run)

    async def list_keys(self) -> list[ApiKeyRow]:
        return [ApiKeyRow.from_row(r) for r in await self._query(queries.SELECT_KEYS + " ORDER BY created_at", ())]

    async def key_epoch(self) -> int:
        return int((await self._query(queries.KEY_EPOCH, ()))[0][0])

    async def touch_key(self, key_id: str, now: float, min_interval_s: float) -> None:
        await self._transact(lambda c: c.execute(queries.TOUCH_KEY, (now, key_id, now - min_interval_s)))

    # -- shared rate limits ----------------------------------------------------------------
    async def take_buckets(self, takes: Sequence[BucketTake], now: float) -> tuple[str, float] | None:
        return await self._transact(lambda c: _take(c, takes, now, check=True))

    async def debit_buckets(self, takes: Sequence[BucketTake], now: float) -> None:
        await self._transact(lambda c: _take(c, takes, now, check=False))

    async def sweep_buckets(self, idle_before: float) -> None:
        await self._transact(lambda c: c.execute(queries.SWEEP_BUCKETS, (idle_before,)))

    async def close(self) -> None:
        if self._nconn is not None:  # used only by the thread calling close(): no transaction is open on it
            self._nconn.close()
            self._nconn = None

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


class _Pending:
    """One row write waiting for a group commit, and the event loop awaiting it."""

    def __init__(self, record: LedgerRecord, budgets: Callable[[sqlite3.Connection], None] | None,
                 loop: asyncio.AbstractEventLoop, future: asyncio.Future[None]) -> None:
        self.record, self.budgets, self.loop, self.future = record, budgets, loop, future

    def apply(self, c: sqlite3.Connection) -> None:
        """This write alone (the slow path, inside its own savepoint)."""
        if self.budgets is not None:
            self.budgets(c)
        SqliteStore._insert(c, self.record)

    def resolve(self, error: BaseException | None) -> None:
        if self.future.done():  # its caller was cancelled: no one is waiting for the outcome
            return
        if error is None:
            self.future.set_result(None)
        else:
            self.future.set_exception(error)


_ROWS_PER_STATEMENT = 400  # x <= 40 columns: under SQLite's default limit of 32,766 bound values


def _multi_row(sql: str, n: int) -> str:
    """`INSERT ... VALUES (?, ..., ?) [ON CONFLICT ...]` with n value tuples."""
    head, marks, tail = re.match(r"(.* VALUES )(\([?, ]+\))(.*)", sql, re.DOTALL).groups()  # type: ignore[union-attr]
    return head + ", ".join([marks] * n) + tail


def _insert_many(c: sqlite3.Connection, records: Sequence[LedgerRecord]) -> None:
    """Ledger rows and their rollups in a few statements: rows in multi-row INSERTs; each
    rollup cell summed here first (rollup columns are all sums), then one upsert per cell."""
    cells: dict[str, dict[tuple[Any, ...], list[Any]]] = {}
    for r in records:
        for table, params in rollups.upsert_params(r).items():
            key, values = params[:1 + len(rollups.DIMENSIONS)], params[1 + len(rollups.DIMENSIONS):]
            total = cells.setdefault(table, {}).get(key)
            if total is None:
                cells[table][key] = list(values)
            else:
                for i, v in enumerate(values):
                    total[i] += v
    rows = _linked(c, [to_row(r) for r in records])
    for i in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[i:i + _ROWS_PER_STATEMENT]
        c.execute(_multi_row(queries.INSERT_LEDGER, len(chunk)), [v for row in chunk for v in row])
    for table, by_key in cells.items():
        items = [(*key, *values) for key, values in by_key.items()]
        for i in range(0, len(items), _ROWS_PER_STATEMENT):
            chunk = items[i:i + _ROWS_PER_STATEMENT]
            c.execute(_multi_row(rollups.upsert_sql(table), len(chunk)), [v for row in chunk for v in row])


def _linked(c: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows with their hash-chain columns, the chain head moved past them (same transaction:
    BEGIN IMMEDIATE holds the write lock, so no other writer can interleave)."""
    seq, head = c.execute(chain.SELECT_HEAD).fetchone()
    linked, seq, head = chain.link(rows, ROW_COLUMNS, seq, head)
    c.execute(chain.UPDATE_HEAD, (seq, head))
    return linked


def _in_savepoint(c: sqlite3.Connection, op: Callable[[sqlite3.Connection], None]) -> BaseException | None:
    """Run one write inside the group's transaction; on failure undo just that write."""
    c.execute("SAVEPOINT row")
    try:
        op(c)
    except Exception as exc:  # noqa: BLE001 - reported to that write's caller only
        c.execute("ROLLBACK TO row")
        c.execute("RELEASE row")
        return exc
    c.execute("RELEASE row")
    return None


def _settle(c: sqlite3.Connection, reservation_id: str, record: LedgerRecord,
            charges: Sequence[BudgetCharge]) -> None:
    """The budget half of settle: actual spend in, reservation out (the row goes in beside it)."""
    _spend(c, record, charges)
    c.execute(queries.DELETE_RESERVATION, (reservation_id,))


def _take(c: sqlite3.Connection, takes: Sequence[BucketTake], now: float, check: bool) -> tuple[str, float] | None:
    """Refill and draw on each bucket (inside BEGIN IMMEDIATE: no other process interleaves)."""
    levels = []
    for t in sorted(takes, key=lambda t: t.key):
        c.execute(queries.ENSURE_BUCKET, (t.key, t.capacity, now))
        tokens, updated = c.execute(queries.GET_BUCKET, (t.key,)).fetchone()
        level = t.level(tokens, updated, now)
        if check and level < t.need:
            return t.key, t.wait_s(level)
        levels.append((level - t.cost, now, t.key))
    c.executemany(queries.SET_BUCKET, levels)
    return None


def _spend(c: sqlite3.Connection, record: LedgerRecord, charges: Sequence[BudgetCharge]) -> None:
    """Add a record's actual cost to its budgets (and their hourly burn-down)."""
    ts = int(record.ts)
    for ch in charges:
        c.execute(queries.UPSERT_BUDGET, (ch.key, ch.period, ch.name, ch.period_start, ch.period_end,
                                          ch.limit_usd, ch.limit_tokens)).fetchone()
        c.execute(queries.SPEND, (record.cost_usd, record.total_tokens, ch.key, ch.period))
        c.execute(queries.SPEND_HOURLY, (ch.key, ch.period, ts - ts % rollups.HOUR,
                                         record.cost_usd, record.total_tokens))
