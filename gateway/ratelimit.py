"""Per-client request rate limits: schema (embedded in the policy YAML) and token buckets.

Budgets cap money; these cap request rate, so one client key or team cannot crowd the others
out of a shared local engine or provider quota. A bucket holds `burst` requests and refills at
`requests_per_minute`; a request finding it empty is refused with OpenAI's 429
`rate_limit_exceeded` and a Retry-After saying when the next token arrives. Buckets live in
the process (no I/O on the request path): with several replicas each enforces the limit on
the traffic it sees.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from gateway.errors import RateLimited

_MAX_BUCKETS = 10_000  # team names come from request headers: bound the memory they can claim


class RateLimitSpec(BaseModel):
    """One limit: `requests_per_minute` (bursts up to `burst`) per client key, per team, or in all."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    scope: Literal["key", "team", "global"] = "key"
    match: str = "*"  # "*": every key/team its own bucket; else one key's sha256 prefix or one team
    requests_per_minute: float = Field(gt=0)
    burst: int | None = Field(default=None, ge=1)

    @field_validator("match")
    @classmethod
    def _match(cls, value: str, info: ValidationInfo) -> str:
        """Keys never appear in a policy: only their sha256 (the ledger's 16-hex-char prefix suffices)."""
        if not value:
            raise ValueError('match is "*" or one key hash / team name')
        if info.data.get("scope") == "key" and value != "*":
            if not re.fullmatch(r"[0-9a-f]{16,64}", value):
                raise ValueError("scope 'key' matches a sha256 hex digest of the key (first 16 chars, as in "
                                 "the ledger) or \"*\", never the key itself")
            return value[:16]
        return value

    @property
    def capacity(self) -> float:
        """Bucket size: `burst`, or one second's worth of requests (at least one)."""
        return float(self.burst) if self.burst is not None else max(1.0, self.requests_per_minute / 60)

    def bucket_key(self, client_key_hash: str | None, team: str | None) -> str | None:
        """The bucket a request draws from, or None when this limit does not apply to it."""
        if self.scope == "global":
            return self.name
        value = client_key_hash if self.scope == "key" else team
        if value is None or (self.match != "*" and value != self.match):
            return None
        return f"{self.name}:{value}"


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Token buckets for the current policy's limits; `check` takes one token from each, or raises."""

    def __init__(self, specs: Sequence[RateLimitSpec] = (), clock: Callable[[], float] = time.monotonic) -> None:
        self.specs = list(specs)
        self.clock = clock
        self._buckets: dict[tuple[RateLimitSpec, str], _Bucket] = {}
        self._lock = threading.Lock()

    def update_specs(self, specs: Sequence[RateLimitSpec]) -> None:
        """Policy hot reload: an unchanged limit keeps its buckets; changed ones start full."""
        with self._lock:
            self.specs = list(specs)
            self._buckets = {k: b for k, b in self._buckets.items() if k[0] in self.specs}

    def check(self, client_key_hash: str | None, team: str | None) -> None:
        """Admit the request (one token from every matching bucket) or raise RateLimited (429)."""
        now = self.clock()
        with self._lock:
            taken: list[tuple[RateLimitSpec, _Bucket]] = []
            for spec in self.specs:
                key = spec.bucket_key(client_key_hash, team)
                if key is None:
                    continue
                bucket = self._refill(spec, key, now)
                taken.append((spec, bucket))
                if bucket.tokens < 1.0:  # nothing taken from any bucket yet: refuse whole
                    wait_s = (1.0 - bucket.tokens) * 60 / spec.requests_per_minute
                    raise RateLimited(
                        f"rate limit '{key}' ({spec.requests_per_minute:g} requests per minute, burst "
                        f"{spec.capacity:g}) exceeded: retry in {wait_s:.1f}s",
                        headers={"Retry-After": str(max(1, math.ceil(wait_s)))})
            for _, bucket in taken:
                bucket.tokens -= 1.0

    def _refill(self, spec: RateLimitSpec, key: str, now: float) -> _Bucket:
        bucket = self._buckets.get((spec, key))
        if bucket is None:
            if len(self._buckets) >= _MAX_BUCKETS:
                self._prune(now)
            bucket = self._buckets[(spec, key)] = _Bucket(spec.capacity, now)
        else:
            rate = spec.requests_per_minute / 60
            bucket.tokens = min(spec.capacity, bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
        return bucket

    def _prune(self, now: float) -> None:
        """Drop buckets that have refilled completely (a fresh one would be identical)."""
        def full(item: tuple[tuple[RateLimitSpec, str], _Bucket]) -> bool:
            (spec, _), b = item
            return b.tokens + (now - b.updated) * spec.requests_per_minute / 60 >= spec.capacity

        self._buckets = dict(item for item in self._buckets.items() if not full(item))
