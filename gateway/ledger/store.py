"""The ledger store interface both backends implement, its value types, and open_store(url).

Budget accounting lives in the store because atomicity is a database property: the
enforcer (gateway/budgets.py) decides *which* budgets a request charges; the store makes
"check every budget and reserve" and "write the row and replace the reservation" each one
transaction, across processes.
"""

from __future__ import annotations

import abc
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gateway.ledger import rollups
from gateway.ledger.records import LedgerRecord


@dataclass(frozen=True)
class BudgetCharge:
    """One budget a request counts against, in one calendar period."""

    key: str            # budget name, plus the matched value for per-key/team budgets ("name:value")
    name: str
    period: str         # local date the period starts on, e.g. "2026-11-01"
    period_start: float  # epoch seconds
    period_end: float
    limit_usd: float | None
    limit_tokens: int | None
    cost_usd: float = 0.0
    tokens: int = 0

    def fits(self, spent_usd: float, spent_tokens: int, reserved_usd: float, reserved_tokens: int) -> bool:
        """Would this charge keep spent + reserved within both limits?"""
        if self.limit_usd is not None and spent_usd + reserved_usd + self.cost_usd > self.limit_usd + 1e-12:
            return False
        if self.limit_tokens is not None and spent_tokens + reserved_tokens + self.tokens > self.limit_tokens:
            return False
        return True


@dataclass(frozen=True)
class BudgetUsage:
    """A budget's state in one period (live reservations only)."""

    key: str
    name: str
    period: str
    period_start: float
    period_end: float
    limit_usd: float | None
    limit_tokens: int | None
    spent_usd: float
    spent_tokens: int
    reserved_usd: float
    reserved_tokens: int


@dataclass
class GroupTotals:
    """Rollup sums for one group (route, model or key) and, for series, one time bucket."""

    group: str
    requests: int = 0
    ok: int = 0
    errors: int = 0
    rejected: int = 0
    cancelled: int = 0
    streamed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    counterfactual_usd: float = 0.0
    latency_sum_ms: float = 0.0
    ttft_sum_ms: float = 0.0
    ttft_count: int = 0
    overhead_sum_ms: float = 0.0
    overhead_count: int = 0
    hist: list[int] = field(default_factory=list)
    bucket: int | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any] | Sequence[Any], offset: int = 0) -> GroupTotals:
        """Build from a summary/series row: [bucket?], grp, VALUE_COLS..."""
        vals = list(row)
        bucket = int(vals[0]) if offset else None
        grp = vals[offset]
        nums = [v or 0 for v in vals[offset + 1:]]
        n = len(rollups.SUM_COLS)
        kw = dict(zip(rollups.SUM_COLS, nums[:n]))
        ints = {k: int(v) for k, v in kw.items() if k not in ("cost_usd", "counterfactual_usd",
                                                             "latency_sum_ms", "ttft_sum_ms", "overhead_sum_ms")}
        floats = {k: float(v) for k, v in kw.items() if k not in ints}
        return cls(group=grp or "", bucket=bucket, hist=[int(h) for h in nums[n:]], **ints, **floats)

    @classmethod
    def total(cls, items: Sequence[GroupTotals], group: str = "total") -> GroupTotals:
        """Sum several groups (histograms included, so percentiles of the total stay exact to a bucket)."""
        out = cls(group=group, hist=[0] * len(rollups.HIST_COLS))
        for g in items:
            for name in rollups.SUM_COLS:
                setattr(out, name, getattr(out, name) + getattr(g, name))
            out.hist = [a + b for a, b in zip(out.hist, g.hist)]
        return out

    def as_json(self) -> dict[str, Any]:
        """The numbers the dashboard API returns for a group."""
        tokens = self.prompt_tokens + self.completion_tokens
        return {
            "group": self.group,
            **({"bucket": self.bucket} if self.bucket is not None else {}),
            "requests": self.requests, "ok": self.ok, "errors": self.errors,
            "rejected": self.rejected, "cancelled": self.cancelled, "streamed": self.streamed,
            "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
            "total_tokens": tokens, "cost_usd": round(self.cost_usd, 8),
            "counterfactual_cost_usd": round(self.counterfactual_usd, 8),
            "savings_usd": round(self.counterfactual_usd - self.cost_usd, 8),
            "latency_mean_ms": self.latency_sum_ms / self.requests if self.requests else None,
            "latency_p50_ms": rollups.percentile(self.hist, 0.50),
            "latency_p95_ms": rollups.percentile(self.hist, 0.95),
            "ttft_mean_ms": self.ttft_sum_ms / self.ttft_count if self.ttft_count else None,
            "overhead_mean_ms": self.overhead_sum_ms / self.overhead_count if self.overhead_count else None,
        }


@dataclass(frozen=True)
class ApiKeyRow:
    """A virtual key as stored: never the secret, only its sha256 (hex)."""

    id: str
    name: str
    team: str | None
    routes: tuple[str, ...] | None  # None: every route
    secret_hash: str
    rpm: float | None
    tpm: float | None
    budget_usd: float | None
    budget_tokens: int | None
    budget_period: str | None
    expires_at: float | None
    created_at: float
    last_used_at: float | None
    revoked_at: float | None
    updated_at: float

    def to_row(self) -> tuple[Any, ...]:
        routes = None if self.routes is None else json.dumps(list(self.routes))
        return (self.id, self.name, self.team, routes, self.secret_hash, self.rpm, self.tpm, self.budget_usd,
                self.budget_tokens, self.budget_period, self.expires_at, self.created_at, self.last_used_at,
                self.revoked_at, self.updated_at)

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> ApiKeyRow:
        v = list(row)
        v[3] = None if v[3] is None else tuple(json.loads(v[3]))
        return cls(*v)


@dataclass(frozen=True)
class BucketTake:
    """One shared token bucket a request draws on: refills at `rate_per_s` up to `capacity`;
    admitted when at least `need` is left, then `cost` is taken (a debit may go below zero)."""

    key: str
    capacity: float
    rate_per_s: float
    need: float = 1.0
    cost: float = 1.0

    def level(self, tokens: float, updated: float, now: float) -> float:
        return min(self.capacity, tokens + max(0.0, now - updated) * self.rate_per_s)

    def wait_s(self, level: float) -> float:
        return max(0.0, (self.need - level) / self.rate_per_s)


class WouldWait(Exception):
    """A `*_now` write could not commit without waiting (lock held elsewhere, or a store that
    only writes asynchronously): call the async method instead."""


class LedgerStore(abc.ABC):
    """Durable ledger + rollups + budget state. All methods are safe to call concurrently.

    `write_now`/`settle_now` commit on the calling thread when the store can do so without
    waiting, so a request on a busy event loop need not give up its turn to record itself;
    by default they raise WouldWait (PostgreSQL: every write is a network round trip).
    """

    url: str

    def write_now(self, record: LedgerRecord) -> None:
        """write(), committed before returning, or WouldWait if that would mean waiting."""
        raise WouldWait

    def settle_now(self, reservation_id: str, record: LedgerRecord, charges: Sequence[BudgetCharge],
                   now: float) -> list[BudgetUsage]:
        """settle(), committed before returning, or WouldWait; returns usage(charges, now) as
        committed (so soft-limit warnings need no second query)."""
        raise WouldWait

    @abc.abstractmethod
    async def write(self, record: LedgerRecord) -> None:
        """Insert one row and its rollups (requests that reserved nothing)."""

    @abc.abstractmethod
    async def reserve(self, reservation_id: str, charges: Sequence[BudgetCharge],
                      expires_at: float, now: float) -> BudgetCharge | None:
        """Atomically reserve every charge, or none: returns the first charge that does not fit."""

    @abc.abstractmethod
    async def settle(self, reservation_id: str, record: LedgerRecord, charges: Sequence[BudgetCharge]) -> None:
        """ONE transaction: insert the row + rollups, add actual spend to the charges, drop the reservation."""

    @abc.abstractmethod
    async def release(self, reservation_id: str) -> None:
        """Drop a reservation without spending (the call never happened)."""

    @abc.abstractmethod
    async def usage(self, charges: Sequence[BudgetCharge], now: float) -> list[BudgetUsage]:
        """Spent and live-reserved amounts for these budget periods."""

    @abc.abstractmethod
    async def current_budgets(self, now: float) -> list[BudgetUsage]:
        """Every budget period containing `now` that has been used (dashboard burn-down)."""

    @abc.abstractmethod
    async def burn(self, key: str, period: str) -> list[tuple[int, float, int]]:
        """(hour bucket, spent_usd, spent_tokens) of a budget period, in time order."""

    @abc.abstractmethod
    async def sweep(self, now: float) -> int:
        """Delete reservations expired by `now` (they are already ignored in sums)."""

    @abc.abstractmethod
    async def summary(self, start: float, end: float, group_by: str) -> list[GroupTotals]:
        """Rollup totals per group over [start, end) (hour granularity)."""

    @abc.abstractmethod
    async def series(self, start: float, end: float, group_by: str, width: int) -> list[GroupTotals]:
        """Rollup totals per (bucket, group); width is rollups.HOUR or rollups.DAY."""

    @abc.abstractmethod
    async def copy_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Bulk-load raw `ledger` rows (records.ROW_COLUMNS order) WITHOUT rollups: rebuild_rollups() after."""

    @abc.abstractmethod
    async def rebuild_rollups(self) -> None:
        """Recompute rollups from raw rows (after bulk loads)."""

    @abc.abstractmethod
    async def fetch_records(self, ids: Sequence[str] | None = None, limit: int = 1000) -> list[LedgerRecord]:
        """Raw rows (tests, audits); never used by the dashboard."""

    # -- virtual keys (gateway/keys.py) ------------------------------------------------------
    @abc.abstractmethod
    async def insert_key(self, row: ApiKeyRow) -> None:
        """Store a new key and bump the key epoch, in one transaction."""

    @abc.abstractmethod
    async def change_key(self, sql: str, params: Sequence[object]) -> bool:
        """Run one key UPDATE (revoke, rotate) and bump the epoch if it changed a row."""

    @abc.abstractmethod
    async def list_keys(self) -> list[ApiKeyRow]:
        """Every key, revoked ones included."""

    @abc.abstractmethod
    async def key_epoch(self) -> int:
        """The key table's change counter (replicas poll it)."""

    @abc.abstractmethod
    async def touch_key(self, key_id: str, now: float, min_interval_s: float) -> None:
        """Record last use (at most once per `min_interval_s`; no epoch bump)."""

    # -- shared rate limits (gateway/ratelimit.py) -------------------------------------------
    @abc.abstractmethod
    async def take_buckets(self, takes: Sequence[BucketTake], now: float) -> tuple[str, float] | None:
        """All or nothing: admit (take every cost) or return (bucket key, seconds to wait)."""

    @abc.abstractmethod
    async def debit_buckets(self, takes: Sequence[BucketTake], now: float) -> None:
        """Take each `cost` unconditionally (tokens used, known after the call)."""

    @abc.abstractmethod
    async def sweep_buckets(self, idle_before: float) -> None:
        """Drop buckets untouched since `idle_before` (a fresh one would be identical: full)."""

    @abc.abstractmethod
    async def raw(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Read-only SQL with `?` placeholders (audits, tests, benches); never used to write."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Release connections and threads."""


async def open_store(url: str) -> LedgerStore:
    """Open a ledger by URL and apply pending migrations: sqlite:///path.db or postgresql://..."""
    if url.startswith("sqlite:"):
        from gateway.ledger.sqlite import SqliteStore

        return await SqliteStore.open(url)
    if url.startswith(("postgresql://", "postgres://")):
        from gateway.ledger.postgres import PostgresStore

        return await PostgresStore.open(url)
    raise ValueError(f"unsupported ledger url {url!r}: use sqlite:///path.db or postgresql://...")
