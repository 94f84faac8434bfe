"""Budgets: schema (embedded in the policy YAML) and the enforcer that keeps them under concurrency."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from datetime import time as dtime
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gateway import metrics
from gateway.ledger.records import LedgerRecord, new_record_id
from gateway.ledger.store import BudgetCharge, BudgetUsage, LedgerStore


class OnExceeded(BaseModel):
    """What happens to a request that would overrun a budget: reject with 429, or reroute."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["reject", "fallback"] = "reject"
    route: str | None = None

    @model_validator(mode="after")
    def _fallback_needs_route(self) -> OnExceeded:
        if self.action == "fallback" and not self.route:
            raise ValueError("on_exceeded.action 'fallback' needs a route")
        return self


class BudgetSpec(BaseModel):
    """One budget: a USD and/or token limit per calendar period, for one scope."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    scope: Literal["global", "route", "provider", "key", "team"] = "global"
    match: str | None = None
    period: Literal["day", "week", "month"] = "month"
    timezone: str = "UTC"
    limit_usd: float | None = Field(default=None, ge=0)
    limit_tokens: int | None = Field(default=None, ge=0)
    on_exceeded: OnExceeded = Field(default_factory=OnExceeded)
    warn_at: list[float] = Field(default_factory=lambda: [0.8])

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, tz: str) -> str:
        from zoneinfo import ZoneInfoNotFoundError

        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError) as exc:  # a KeyError subclass pydantic won't wrap
            raise ValueError(f"unknown timezone {tz!r}") from exc
        return tz

    @field_validator("warn_at")
    @classmethod
    def _fractions(cls, values: list[float]) -> list[float]:
        if any(not 0 < v < 1 for v in values):
            raise ValueError("warn_at values are fractions in (0, 1)")
        return sorted(values)

    @model_validator(mode="after")
    def _consistent(self) -> BudgetSpec:
        if self.limit_usd is None and self.limit_tokens is None:
            raise ValueError("a budget needs limit_usd or limit_tokens")
        if self.scope != "global" and not self.match:
            raise ValueError(f"scope {self.scope!r} needs match (which {self.scope} it limits)")
        return self


# --------------------------------------------------------------------------------------------
# Enforcement
# --------------------------------------------------------------------------------------------

log = logging.getLogger(__name__)


class BudgetExceeded(Exception):
    """A request would overrun a budget. The pipeline rejects (429 budget_exceeded) or reroutes."""

    def __init__(self, budget: str, action: str, fallback_route: str | None, message: str) -> None:
        super().__init__(message)
        self.budget = budget
        self.action = action
        self.fallback_route = fallback_route
        self.message = message


@dataclass(frozen=True)
class ReserveRequest:
    """What a request is about to spend, and the facts budget scopes match on."""

    route: str
    provider: str | None = None
    client_key_hash: str | None = None
    team: str | None = None
    cost_usd: float = 0.0
    tokens: int = 0
    key_budgets: tuple[BudgetSpec, ...] = ()  # the calling virtual key's own budget (gateway/keys.py)


@dataclass(frozen=True)
class Reservation:
    """Handle returned by reserve(); pass it to settle() or release()."""

    id: str
    request: ReserveRequest
    charges: tuple[BudgetCharge, ...]
    expires_at: float


@dataclass(frozen=True)
class BudgetState:
    """A budget period's numbers, for /v1/route/explain, /metrics and the dashboard."""

    name: str
    key: str
    scope: str
    match: str | None
    period: str
    period_start: str
    period_end: str
    limit_usd: float | None
    limit_tokens: int | None
    spent_usd: float
    reserved_usd: float
    remaining_usd: float | None
    spent_tokens: int
    reserved_tokens: int
    remaining_tokens: int | None

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def period_bounds(period: str, tz: str, now: float) -> tuple[str, float, float]:
    """(label, start, end) of the calendar period containing `now`, aligned in `tz` (DST-safe)."""
    zone = ZoneInfo(tz)
    today = datetime.fromtimestamp(now, zone).date()
    if period == "day":
        first, nxt = today, today + timedelta(days=1)
    elif period == "week":  # ISO weeks start on Monday
        first = today - timedelta(days=today.weekday())
        nxt = first + timedelta(days=7)
    else:
        first = today.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
    start = datetime.combine(first, dtime(), zone).timestamp()
    end = datetime.combine(nxt, dtime(), zone).timestamp()
    return first.isoformat(), start, end


def _scope_value(spec: BudgetSpec, req: ReserveRequest) -> str | None:
    return {"route": req.route, "provider": req.provider, "key": req.client_key_hash,
            "team": req.team}.get(spec.scope)


def budget_key(spec: BudgetSpec, req: ReserveRequest) -> str | None:
    """The budget bucket a request falls in, or None when the budget does not apply.

    `match: "*"` gives every distinct route/provider/key/team its own bucket of the same size.
    """
    if spec.scope == "global":
        return spec.name
    value = _scope_value(spec, req)
    if value is None:
        return None
    if spec.scope == "team":
        return team_bucket(spec.name, spec.match, value)
    if spec.match == "*":
        return f"{spec.name}:{value}"
    return spec.name if value == spec.match else None


def team_bucket(name: str, match: str | None, team: str) -> str | None:
    """Teams are hierarchical ("ml/vision" is part of "ml"; a key may narrow its team that way):
    a limit on "ml" covers its sub-teams, and `match: "*"` gives each top-level team one bucket,
    so narrowing never escapes a team's budget or rate limit."""
    if match == "*":
        return f"{name}:{team.split('/', 1)[0]}"
    return name if team == match or team.startswith(f"{match}/") else None


class BudgetEnforcer:
    """Reserve worst-case cost before a call, replace it with the actual cost after.

    Reservations expire after `reservation_timeout_s`: a process killed mid-request leaves
    a reservation that stops counting at its expiry and is swept later.
    """

    def __init__(self, specs: Sequence[BudgetSpec], store: LedgerStore, reservation_timeout_s: float = 300,
                 clock: Callable[[], float] = time.time) -> None:
        self.specs = list(specs)
        self.store = store
        self.reservation_timeout_s = reservation_timeout_s
        self.clock = clock
        self._last_sweep = 0.0
        self._warned: set[tuple[str, str, float]] = set()
        self._key_specs: dict[str, BudgetSpec] = {}  # virtual keys' budgets seen, by name

    def update_specs(self, specs: Sequence[BudgetSpec]) -> None:
        """Policy hot reload: new limits apply from the next reserve."""
        self.specs = list(specs)

    def charges(self, req: ReserveRequest, now: float) -> list[BudgetCharge]:
        """Every budget period this request counts against, sorted by key (a fixed lock order)."""
        out = []
        for spec in req.key_budgets:
            self._key_specs[spec.name] = spec
        for spec in [*self.specs, *req.key_budgets]:
            key = budget_key(spec, req)
            if key is None:
                continue
            label, start, end = period_bounds(spec.period, spec.timezone, now)
            out.append(BudgetCharge(key, spec.name, label, start, end, spec.limit_usd, spec.limit_tokens,
                                    req.cost_usd, req.tokens))
        return sorted(out, key=lambda c: (c.key, c.period))

    async def reserve(self, req: ReserveRequest) -> Reservation:
        """Atomically reserve `req.cost_usd`/`req.tokens` on every matching budget, or raise BudgetExceeded."""
        now = self.clock()
        await self._maybe_sweep(now)
        charges = self.charges(req, now)
        res = Reservation(new_record_id(), req, tuple(charges), now + self.reservation_timeout_s)
        if not charges:
            return res
        failed = await self.store.reserve(res.id, charges, res.expires_at, now)
        if failed is not None:
            raise self._exceeded(failed)
        return res

    async def settle(self, reservation: Reservation, record: LedgerRecord) -> None:
        """ONE transaction: write the row, charge its actual cost, drop the reservation."""
        charges = self._actual_charges(reservation, record)
        await self.store.settle(reservation.id, record, charges)
        if charges:
            self._warn(await self.store.usage(charges, self.clock()))

    def settle_now(self, reservation: Reservation, record: LedgerRecord) -> None:
        """settle(), committed on the calling thread, or WouldWait when the store would have to wait."""
        charges = self._actual_charges(reservation, record)
        usage = self.store.settle_now(reservation.id, record, charges, self.clock())
        self._warn(usage)

    def _actual_charges(self, reservation: Reservation, record: LedgerRecord) -> list[BudgetCharge]:
        req = ReserveRequest(record.route, record.provider, record.client_key_hash, record.team,
                             record.cost_usd, record.total_tokens, reservation.request.key_budgets)
        return self.charges(req, record.ts)

    async def release(self, reservation: Reservation) -> None:
        """Give a reservation back unspent (the call never reached a backend)."""
        if reservation.charges:
            await self.store.release(reservation.id)

    async def state(self, req: ReserveRequest | None = None) -> list[BudgetState]:
        """Limit, spent, reserved, remaining per budget period (only those applying to `req` if given)."""
        now = self.clock()
        if req is not None:
            charges = self.charges(req, now)
            used = {(u.key, u.period): u for u in await self.store.usage(charges, now)}
        else:
            used = {(u.key, u.period): u for u in await self.store.current_budgets(now)}
            charges = [c for c in self._unused_global(now) if (c.key, c.period) not in used]
        states = [self._state(u) for u in used.values() if self._spec(u.name)]
        states += [self._state(_empty_usage(c)) for c in charges if (c.key, c.period) not in used]
        return sorted(states, key=lambda s: s.key)

    async def export_metrics(self) -> None:
        """Refresh the budget gauges of /metrics from the shared state (other replicas spend too)."""
        for st in await self.state():
            metrics.set_budget_remaining(st.key, st)

    # -- helpers ---------------------------------------------------------------------------
    def _spec(self, name: str) -> BudgetSpec | None:
        return next((s for s in self.specs if s.name == name), None) or self._key_specs.get(name)

    def _unused_global(self, now: float) -> list[BudgetCharge]:
        """Budgets with a fixed bucket (not match "*"), so state() lists them before first use."""
        out = []
        for spec in self.specs:
            if spec.match == "*":
                continue
            label, start, end = period_bounds(spec.period, spec.timezone, now)
            out.append(BudgetCharge(spec.name, spec.name, label, start, end, spec.limit_usd, spec.limit_tokens))
        return out

    def _state(self, u: BudgetUsage) -> BudgetState:
        spec = self._spec(u.name)
        iso = lambda t: datetime.fromtimestamp(t, ZoneInfo(spec.timezone if spec else "UTC")).isoformat()  # noqa: E731
        rem_usd = None if u.limit_usd is None else max(0.0, u.limit_usd - u.spent_usd - u.reserved_usd)
        rem_tok = None if u.limit_tokens is None else max(0, u.limit_tokens - u.spent_tokens - u.reserved_tokens)
        return BudgetState(u.name, u.key, spec.scope if spec else "?", spec.match if spec else None, u.period,
                           iso(u.period_start), iso(u.period_end), u.limit_usd, u.limit_tokens,
                           float(u.spent_usd), float(u.reserved_usd), rem_usd, int(u.spent_tokens),
                           int(u.reserved_tokens), rem_tok)

    def _exceeded(self, charge: BudgetCharge) -> BudgetExceeded:
        spec = self._spec(charge.name)
        action = spec.on_exceeded.action if spec else "reject"
        route = spec.on_exceeded.route if spec else None
        limit = f"${charge.limit_usd:g}" if charge.limit_usd is not None else f"{charge.limit_tokens} tokens"
        msg = (f"budget '{charge.key}' ({limit} per {spec.period if spec else 'period'} from {charge.period}) "
               f"would be exceeded by this request (reserving ${charge.cost_usd:.6f}, {charge.tokens} tokens)")
        metrics.BUDGET_EXCEEDED.labels(budget=charge.name, action=action).inc()
        return BudgetExceeded(charge.name, action, route, msg)

    async def _maybe_sweep(self, now: float) -> None:
        if now - self._last_sweep >= max(1.0, self.reservation_timeout_s / 10):
            self._last_sweep = now
            swept = await self.store.sweep(now)
            if swept:
                log.warning("swept %d expired budget reservation(s) (a process died mid-request?)", swept)

    def _warn(self, usage: Sequence[BudgetUsage]) -> None:
        """Log + count each soft threshold the first time this process sees it crossed."""
        for u in usage:
            spec = self._spec(u.name)
            if spec is None:
                continue
            fraction = _used_fraction(u)
            metrics.set_budget_remaining(u.key, self._state(u))
            for threshold in spec.warn_at:
                mark = (u.key, u.period, threshold)
                if fraction >= threshold and mark not in self._warned:
                    self._warned.add(mark)
                    metrics.BUDGET_WARNINGS.labels(budget=u.name, threshold=str(threshold)).inc()
                    log.warning("budget '%s' at %.0f%% of its limit (warn_at %.0f%%) for period %s",
                                u.key, fraction * 100, threshold * 100, u.period)


def _used_fraction(u: BudgetUsage) -> float:
    fractions = []
    if u.limit_usd:
        fractions.append(u.spent_usd / u.limit_usd)
    if u.limit_tokens:
        fractions.append(u.spent_tokens / u.limit_tokens)
    return max(fractions, default=0.0)


def _empty_usage(c: BudgetCharge) -> BudgetUsage:
    return BudgetUsage(c.key, c.name, c.period, c.period_start, c.period_end, c.limit_usd, c.limit_tokens,
                       0.0, 0, 0.0, 0)
