"""Who is calling: static keys from the environment and virtual keys kept in the ledger database.

A static key (`HYBRIDGATE_API_KEYS`, comma-separated) is either a bare `SECRET` (no name, no
team) or `NAME:TEAM:SECRET`, which gives it a name and the team it bills to as a virtual key
would (`NAME::SECRET` names it without a team). The colon form is the one way to write a secret
that itself contains `:`. Anything else is refused at start, never guessed at.

A virtual key carries its identity (id, name), the team it bills to, the routes it may use,
its own budget (enforced by the budget engine as a `scope: key` budget) and rpm/tpm limits.
Only the sha256 of its secret is stored; the secret is returned once, at creation or rotation.

Every replica keeps the key table in memory (no database round trip on the request path) and
polls a one-row change counter (`key_epoch`, bumped in the same transaction as every key
change) every `poll_s`: a revocation or a new key reaches every replica on the same ledger
within one poll. Lookups are by sha256 of the presented token, so the comparison never runs
over the secret itself.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gateway.budgets import BudgetSpec
from gateway.errors import AuthenticationFailed, PermissionDenied
from gateway.ledger.queries import REVOKE_KEY, ROTATE_KEY
from gateway.ledger.records import hash_client_key
from gateway.ledger.store import ApiKeyRow, LedgerStore

log = logging.getLogger(__name__)
SECRET_PREFIX = "sk-hg-"
TOUCH_INTERVAL_S = 60.0  # last_used_at is written at most this often per key and process


def secret_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, else None."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def is_admin(authorization: str | None, admin_key: str | None) -> bool:
    """Constant-time admin check; no admin key configured means no admin access at all."""
    token = bearer_token(authorization)
    return bool(admin_key and token) and hmac.compare_digest(secret_hash(token or ""), secret_hash(admin_key or ""))


@dataclass(frozen=True)
class Principal:
    """The caller of one request, as budgets, rate limits, rules and the ledger see it."""

    key_id: str | None  # the ledger's client_key_hash: a virtual key's id or a static key's sha256 prefix
    name: str | None = None
    team: str | None = None
    routes: frozenset[str] | None = None  # None: every route
    rpm: float | None = None
    tpm: float | None = None
    budgets: tuple[BudgetSpec, ...] = ()
    virtual: bool = False
    anonymous: bool = False  # auth switched off: no key vouches for anything, the client names its team

    @property
    def label(self) -> str:
        return self.name or f"static key {(self.key_id or '')[:8]}"

    def team_unchecked(self, requested: str | None) -> str | None:
        """The team a refusal's ledger row names, before team_for has had its say."""
        return requested if self.anonymous else self.team

    def team_for(self, requested: str | None) -> str | None:
        """The team billed: the key's own (virtual or static); a client may only narrow it to a
        sub-team ("ml/vision" under "ml"). Only with auth off does the client's word stand."""
        if self.anonymous or requested is None or requested == self.team:
            return requested if self.anonymous else self.team
        if self.team and requested.startswith(self.team + "/"):
            return requested
        raise PermissionDenied(
            f"key '{self.label}' bills to team {self.team!r}; a team header or metadata may only narrow it "
            f"to a sub-team ('{self.team}/...')" if self.team else
            f"key '{self.label}' has no team; it cannot claim one (give it one: NAME:TEAM:SECRET in "
            "HYBRIDGATE_API_KEYS, or a virtual key with --team)", param="team", code="team_not_allowed")

    def allows(self, route: str) -> bool:
        return self.routes is None or route in self.routes


_STATIC_ENTRY = re.compile(r"(?P<name>[\w.-]{1,200}):(?P<team>[\w./-]{0,200}):(?P<secret>.+)", re.S)


@dataclass(frozen=True)
class StaticKey:
    """One entry of HYBRIDGATE_API_KEYS."""

    secret: str
    name: str | None = None
    team: str | None = None

    @classmethod
    def parse(cls, entry: str, position: int = 1) -> StaticKey:
        """`SECRET` or `NAME:TEAM:SECRET`; ValueError naming the entry by its position only
        (any part of a malformed entry may be part of a secret)."""
        if ":" not in entry:
            return cls(entry)
        m = _STATIC_ENTRY.fullmatch(entry)
        if m is None:
            raise ValueError(f"HYBRIDGATE_API_KEYS entry {position} is neither SECRET nor NAME:TEAM:SECRET (name "
                             "and team are letters, digits, '.', '-', '_' and, in a team, '/'; the secret is "
                             "everything after the second ':', so a secret holding ':' needs the long form)")
        return cls(m["secret"], m["name"], m["team"] or None)


class KeyCreate(BaseModel):
    """Body of POST /admin/keys (and the flags of `hybridgate keys create`)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    team: str | None = Field(default=None, min_length=1, max_length=200)
    routes: list[str] | None = None  # None: every route
    rpm: float | None = Field(default=None, gt=0, le=1e9)
    tpm: float | None = Field(default=None, gt=0, le=1e12)
    budget_usd: float | None = Field(default=None, ge=0, le=1e9)
    budget_tokens: int | None = Field(default=None, ge=0, le=10**15)
    budget_period: Literal["day", "week", "month"] = "month"
    expires_at: float | None = Field(default=None, gt=0, le=4e9)  # epoch seconds
    expires_in_s: float | None = Field(default=None, gt=0, le=1e9)

    @field_validator("routes")
    @classmethod
    def _routes(cls, v: list[str] | None) -> list[str] | None:
        if v is not None and (not v or any(not re.fullmatch(r"[\w.:/-]{1,200}", r) for r in v)):
            raise ValueError("routes is a non-empty list of route names (omit it for every route)")
        return v

    @model_validator(mode="after")
    def _one_expiry(self) -> KeyCreate:
        if self.expires_at is not None and self.expires_in_s is not None:
            raise ValueError("give expires_at or expires_in_s, not both")
        return self


@dataclass
class KeyRing:
    """Static keys (environment) plus the ledger's virtual keys, kept fresh by polling."""

    static_keys: Iterable[str] = ()
    enabled: bool = True  # False: the explicit "auth off" switch
    poll_s: float = 0.25
    store: LedgerStore | None = None
    _static: dict[str, Principal] = field(default_factory=dict)
    _virtual: dict[str, ApiKeyRow] = field(default_factory=dict)  # secret hash -> row (live keys)
    _epoch: int = -1
    _touched: dict[str, float] = field(default_factory=dict)
    _poller: asyncio.Task[None] | None = None

    def __post_init__(self) -> None:
        for i, k in enumerate(self.static_keys, 1):
            if k:
                self.add_static(k, i)

    @property
    def size(self) -> int:
        return len(self._static) + len(self._virtual)

    @staticmethod
    def generate(prefix: str = "hg-") -> str:
        """A fresh random secret (a generated client or admin key, or a virtual key's secret)."""
        return prefix + secrets.token_urlsafe(24 if prefix == "hg-" else 32)

    def add_static(self, entry: str, position: int = 1) -> None:
        """A static key, `SECRET` or `NAME:TEAM:SECRET` (ValueError for a malformed entry)."""
        key = StaticKey.parse(entry, position)
        self._static[secret_hash(key.secret)] = Principal(key_id=hash_client_key(key.secret), name=key.name,
                                                          team=key.team)

    def static_names(self) -> dict[str, str]:
        """Named static keys by the ledger's client_key_hash (for the console's key view)."""
        return {p.key_id: p.name for p in self._static.values() if p.key_id and p.name}

    # -- lifecycle -------------------------------------------------------------------------
    async def start(self, store: LedgerStore) -> None:
        self.store = store
        await self.refresh()
        self._poller = asyncio.create_task(self._poll(), name="key-poll")

    async def stop(self) -> None:
        if self._poller is not None:
            self._poller.cancel()

    async def refresh(self) -> None:
        """Reload the key table when its epoch moved (or on first call)."""
        assert self.store is not None
        epoch = await self.store.key_epoch()
        if epoch == self._epoch:
            return
        rows = await self.store.list_keys()
        self._virtual = {r.secret_hash: r for r in rows if r.revoked_at is None}
        self._epoch = epoch

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self.poll_s)
            try:
                await self.refresh()
            except Exception:  # noqa: BLE001 - a database hiccup must not stop the poller
                log.exception("key table refresh failed; the previous keys stay in force")

    # -- the request path ------------------------------------------------------------------
    def check(self, authorization: str | None, now: float | None = None) -> Principal:
        """The caller, or AuthenticationFailed (401)."""
        token = bearer_token(authorization)
        if token is None:
            if self.enabled:
                raise AuthenticationFailed()
            return Principal(key_id=None, anonymous=True)
        digest = secret_hash(token)
        row = self._virtual.get(digest)
        if row is not None:
            now = time.time() if now is None else now
            if row.expires_at is not None and row.expires_at <= now:
                raise AuthenticationFailed(f"API key '{row.name}' expired")
            self._touch(row.id, now)
            return principal_of(row)
        static = self._static.get(digest)
        if static is not None:
            return static
        if self.enabled:
            raise AuthenticationFailed()
        return Principal(key_id=hash_client_key(token), anonymous=True)

    def _touch(self, key_id: str, now: float) -> None:
        """last_used_at, written in the background at most once a minute per key."""
        if self.store is None or now - self._touched.get(key_id, 0.0) < TOUCH_INTERVAL_S:
            return
        self._touched[key_id] = now
        task = asyncio.get_running_loop().create_task(self.store.touch_key(key_id, now, TOUCH_INTERVAL_S))
        task.add_done_callback(_log_failure)

    # -- administration (admin API and `hybridgate keys`) ------------------------------------
    async def create(self, spec: KeyCreate, now: float | None = None) -> tuple[ApiKeyRow, str]:
        """A new key and its secret (shown once; only its hash is stored)."""
        assert self.store is not None
        now = time.time() if now is None else now
        secret = self.generate(SECRET_PREFIX)
        expires = spec.expires_at if spec.expires_in_s is None else now + spec.expires_in_s
        row = ApiKeyRow(id=secrets.token_hex(8), name=spec.name, team=spec.team,
                        routes=tuple(spec.routes) if spec.routes is not None else None,
                        secret_hash=secret_hash(secret), rpm=spec.rpm, tpm=spec.tpm, budget_usd=spec.budget_usd,
                        budget_tokens=spec.budget_tokens, budget_period=spec.budget_period, expires_at=expires,
                        created_at=now, last_used_at=None, revoked_at=None, updated_at=now)
        await self.store.insert_key(row)
        await self.refresh()
        return row, secret

    async def list_keys(self) -> list[ApiKeyRow]:
        assert self.store is not None
        return await self.store.list_keys()

    async def revoke(self, key_id: str) -> bool:
        assert self.store is not None
        now = time.time()
        changed = await self.store.change_key(REVOKE_KEY, (now, now, key_id))
        await self.refresh()
        return changed

    async def rotate(self, key_id: str) -> str | None:
        """A new secret for a live key (same id, team, budgets); the old secret stops working."""
        assert self.store is not None
        secret = self.generate(SECRET_PREFIX)
        changed = await self.store.change_key(ROTATE_KEY, (secret_hash(secret), time.time(), key_id))
        await self.refresh()
        return secret if changed else None


def principal_of(row: ApiKeyRow) -> Principal:
    budgets: tuple[BudgetSpec, ...] = ()
    if row.budget_usd is not None or row.budget_tokens is not None:
        budgets = (BudgetSpec(name=f"key:{row.id}", scope="key", match=row.id, period=row.budget_period or "month",
                              limit_usd=row.budget_usd, limit_tokens=row.budget_tokens),)
    return Principal(key_id=row.id, name=row.name, team=row.team,
                     routes=frozenset(row.routes) if row.routes is not None else None,
                     rpm=row.rpm, tpm=row.tpm, budgets=budgets, virtual=True)


def key_json(row: ApiKeyRow) -> dict[str, object]:
    """A key as the admin API and CLI show it (never the secret or its hash)."""
    return {"id": row.id, "name": row.name, "team": row.team,
            "routes": list(row.routes) if row.routes is not None else None, "rpm": row.rpm, "tpm": row.tpm,
            "budget_usd": row.budget_usd, "budget_tokens": row.budget_tokens, "budget_period": row.budget_period,
            "expires_at": row.expires_at, "created_at": row.created_at, "last_used_at": row.last_used_at,
            "revoked_at": row.revoked_at}


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("could not record a key's last use: %s", task.exception())
