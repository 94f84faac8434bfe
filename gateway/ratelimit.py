"""Rate limits shared by every replica on one ledger: schema (in the policy YAML) and enforcement.

Budgets cap money; these cap rate, so one key, team or route cannot crowd the others out of a
shared local engine or provider quota. Each limit is a token bucket kept in the ledger database
(`rate_buckets`), refilled and drawn on in one transaction with row locks (PostgreSQL) or the
write lock (SQLite), so two replicas on one ledger enforce the limit in total, not each.

- `requests_per_minute`: a bucket of `burst` requests (default one second's worth) refilling at
  that rate; a request finding it empty is refused.
- `tokens_per_minute`: a bucket of `burst` tokens (default a minute's worth); a request is
  admitted while it is above zero and its tokens are taken once its ledger row is written.

Refusals are OpenAI's 429 `rate_limit_exceeded` with Retry-After. A virtual key's own rpm/tpm
(gateway/keys.py) are limits of scope `key` matching that key.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from gateway.budgets import team_bucket
from gateway.errors import RateLimited
from gateway.ledger.store import BucketTake, LedgerStore

if TYPE_CHECKING:
    from gateway.keys import Principal

log = logging.getLogger(__name__)
SWEEP_EVERY_S = 300.0
IDLE_BUCKET_S = 86400.0  # buckets untouched this long are full again for any limit we accept


class RateLimitSpec(BaseModel):
    """One limit per client key, per team, per route, or in all."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    scope: Literal["key", "team", "route", "global"] = "key"
    match: str = "*"  # "*": every key/team/route its own bucket; else one key id / team / route
    requests_per_minute: float | None = Field(default=None, gt=0)
    tokens_per_minute: float | None = Field(default=None, gt=0)
    burst: int | None = Field(default=None, ge=1)

    @field_validator("match")
    @classmethod
    def _match(cls, value: str, info: ValidationInfo) -> str:
        """Keys never appear in a policy: a virtual key's id or a static key's sha256 (16+ hex chars)."""
        if not value:
            raise ValueError('match is "*" or one key id / team / route name')
        if info.data.get("scope") == "key" and value != "*":
            if not re.fullmatch(r"[0-9a-f]{16,64}", value):
                raise ValueError("scope 'key' matches a key id or the sha256 hex digest of a static key (first "
                                 "16 chars, as in the ledger) or \"*\", never the key itself")
            return value[:16]
        return value

    @model_validator(mode="after")
    def _some_rate(self) -> RateLimitSpec:
        if self.requests_per_minute is None and self.tokens_per_minute is None:
            raise ValueError("a rate limit needs requests_per_minute or tokens_per_minute")
        return self

    @property
    def capacity(self) -> float:
        """Request bucket size: `burst`, or one second's worth of requests (at least one)."""
        rpm = self.requests_per_minute or 0.0
        return float(self.burst) if self.burst is not None else max(1.0, rpm / 60)

    def value(self, key_id: str | None, team: str | None, route: str) -> str | None:
        """What this limit counts this request under ('' for global), or None if it does not apply."""
        if self.scope == "global":
            return ""
        value = {"key": key_id, "team": team, "route": route}[self.scope]
        if value is None:
            return None
        if self.scope == "team":  # hierarchical, as budgets: a sub-team draws on its team's bucket
            bucket = team_bucket(self.name, self.match, value)
            return None if bucket is None else (value.split("/", 1)[0] if self.match == "*" else self.match)
        if self.match != "*" and value != self.match:
            return None
        return value

    def takes(self, value: str) -> tuple[list[BucketTake], list[BucketTake]]:
        """(request buckets, token buckets). Keys name the limit's numbers: an edited limit
        starts from a full bucket, an unchanged one keeps its state across reloads."""
        label = f"{self.name}:{value}" if value else self.name
        requests, tokens = [], []
        if self.requests_per_minute is not None:
            requests.append(BucketTake(f"{label}|r{self.requests_per_minute:g}/{self.capacity:g}",
                                       self.capacity, self.requests_per_minute / 60))
        if self.tokens_per_minute is not None:
            cap = float(self.burst) if self.burst is not None else self.tokens_per_minute
            tokens.append(BucketTake(f"{label}|t{self.tokens_per_minute:g}/{cap:g}", cap,
                                     self.tokens_per_minute / 60, need=1.0, cost=0.0))
        return requests, tokens


class RateLimiter:
    """The current policy's limits plus each key's own, enforced through the ledger's buckets."""

    def __init__(self, specs: Sequence[RateLimitSpec] = (), store: LedgerStore | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.specs = list(specs)
        self.store = store
        self.clock = clock
        self._last_sweep = 0.0

    def update_specs(self, specs: Sequence[RateLimitSpec]) -> None:
        """Policy hot reload: limits apply from the next request."""
        self.specs = list(specs)

    def _specs_for(self, who: Principal) -> list[RateLimitSpec]:
        own = []
        if who.virtual and (who.rpm is not None or who.tpm is not None):
            assert who.key_id is not None
            own.append(RateLimitSpec(name=f"key {who.name}", scope="key", match=who.key_id,
                                     requests_per_minute=who.rpm, tokens_per_minute=who.tpm))
        return [*self.specs, *own]

    async def admit(self, who: Principal, team: str | None, route: str) -> list[BucketTake]:
        """Take one request from every matching request bucket (all or none) and check every
        token bucket has something left; returns the token buckets to charge afterwards.
        Raises RateLimited (429 with Retry-After)."""
        requests: list[BucketTake] = []
        tokens: list[BucketTake] = []
        names: dict[str, RateLimitSpec] = {}
        for spec in self._specs_for(who):
            value = spec.value(who.key_id, team, route)
            if value is None:
                continue
            r, t = spec.takes(value)
            requests += r
            tokens += t
            names.update({b.key: spec for b in (*r, *t)})
        if not requests and not tokens:
            return []
        assert self.store is not None, "rate limits need the ledger store"
        now = self.clock()
        await self._maybe_sweep(now)
        refused = await self.store.take_buckets([*requests, *tokens], now)
        if refused is not None:
            bucket, wait_s = refused
            spec = names[bucket]
            label = bucket.split("|", 1)[0]
            rate = (f"{spec.requests_per_minute:g} requests per minute, burst {spec.capacity:g}"
                    if "|r" in bucket else f"{spec.tokens_per_minute:g} tokens per minute")
            raise RateLimited(f"rate limit '{label}' ({rate}) exceeded: retry in {wait_s:.1f}s",
                              headers={"Retry-After": str(max(1, math.ceil(wait_s)))})
        return tokens

    async def charge_tokens(self, buckets: Sequence[BucketTake], tokens: int) -> None:
        """Take a finished request's tokens from its token buckets (may go below zero: the
        next requests wait until the bucket has refilled above it)."""
        if buckets and tokens > 0 and self.store is not None:
            await self.store.debit_buckets([BucketTake(b.key, b.capacity, b.rate_per_s, 0.0, float(tokens))
                                            for b in buckets], self.clock())

    async def _maybe_sweep(self, now: float) -> None:
        if now - self._last_sweep < SWEEP_EVERY_S or self.store is None:
            return
        self._last_sweep = now
        await self.store.sweep_buckets(now - IDLE_BUCKET_S)
