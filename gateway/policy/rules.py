"""The routing decision: which route serves a request, which rule said so, and what to try next.

Precedence, highest first:
  1. compliance rules (`compliance: true`, e.g. PII stays local), in file order — they bind
     even when the client names a route;
  2. local_only: a named remote route is refused (LocalOnlyViolation) or, with
     `local_only_requests: reroute`, ignored;
  3. the route the client named (`model: "<route>"`, or a route's model name);
  4. the other rules, in file order, first match;
  5. default_route.
The chosen route and its fallback chain are then filtered by availability (e.g. a provider key
that is not set), by local_only, and by capability (a request with an image skips a text-only
route for the next candidate); skipped routes are named in `reason`, never silently.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from gateway.policy.capabilities import route_capabilities
from gateway.policy.errors import LocalOnlyViolation, PolicyRejected, RouteNotFound
from gateway.policy.schema import WEEKDAYS, Capability, Conditions, Policy, RuleSpec, TimeWindow
from gateway.signals.types import Signals


@dataclass(frozen=True)
class RequestFacts:
    """What a rule may look at. Never prompt text: only signal results and request metadata."""

    signals: Signals
    prompt_tokens: int
    requested_route: str | None = None  # the client's `model`; None or "auto" lets the policy decide
    client_key_hash: str | None = None
    team: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)  # body `metadata` + x-hybridgate-* headers
    now: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    needs: frozenset[Capability] = frozenset()  # what the request asks of a route (policy.capabilities)


@dataclass(frozen=True)
class Decision:
    """Where a request goes. `reason` is header-safe ASCII and names every skipped route."""

    route: str
    rule: str | None
    reason: str
    fallbacks: list[str]
    requested: str | None = None  # the route the client named, resolved
    compliance: bool = False  # a compliance rule decided: the pipeline must not leave its chain
    skipped: dict[str, str] = field(default_factory=dict)  # route -> why it was passed over
    lacking: dict[str, tuple[Capability, ...]] = field(default_factory=dict)  # route -> what it cannot do


# --- conditions -----------------------------------------------------------------------------------
def _in_window(window: TimeWindow, now: datetime) -> bool:
    """[start, end) in the window's timezone; end < start wraps midnight; start == end = all day."""
    aware = now if now.tzinfo else now.replace(tzinfo=timezone.utc)
    local = aware.astimezone(ZoneInfo(window.timezone))
    if WEEKDAYS[local.weekday()] not in window.days:
        return False
    t, start, end = local.time().replace(tzinfo=None), window.start, window.end
    if start < end:
        return start <= t < end
    return start == end or t >= start or t < end


def _pii_ok(cond: Conditions, facts: RequestFacts) -> bool:
    if cond.pii is None:
        return True
    pii = facts.signals.pii
    if cond.pii.detected is not None and pii.detected != cond.pii.detected:
        return False
    if cond.pii.entities:
        return pii.detected and bool(set(cond.pii.entities) & set(pii.entity_types))
    return True


def _complexity_ok(cond: Conditions, facts: RequestFacts) -> bool:
    c, cx = cond.complexity, facts.signals.complexity
    if c is None:
        return True
    return ((c.min_score is None or cx.score >= c.min_score)
            and (c.max_score is None or cx.score <= c.max_score)
            and (not c.tier or cx.tier in c.tier))


def _tokens_ok(cond: Conditions, facts: RequestFacts) -> bool:
    r = cond.prompt_tokens
    return r is None or ((r.min is None or facts.prompt_tokens >= r.min)
                         and (r.max is None or facts.prompt_tokens <= r.max))


def _who_ok(cond: Conditions, facts: RequestFacts, requested: str | None) -> bool:
    key = (facts.client_key_hash or "")[:16]
    return ((cond.client_key_hash is None or key in cond.client_key_hash)
            and (cond.team is None or facts.team in cond.team)
            and (cond.requested_route is None or (requested or "auto") in cond.requested_route))


def _metadata_ok(cond: Conditions, facts: RequestFacts) -> bool:
    for key, expected in cond.metadata.items():
        value = facts.metadata.get(key)
        if value is None:
            return False
        allowed = expected if isinstance(expected, list) else [expected]
        if str(value) not in allowed:
            return False
    return True


def matches(rule: RuleSpec, facts: RequestFacts, requested: str | None = None) -> bool:
    """True when every condition of the rule holds for these facts."""
    cond = rule.when
    return (_pii_ok(cond, facts) and _complexity_ok(cond, facts) and _tokens_ok(cond, facts)
            and _who_ok(cond, facts, requested) and _metadata_ok(cond, facts)
            and (cond.capabilities is None or bool(set(cond.capabilities) & facts.needs))
            and (cond.time is None or _in_window(cond.time, facts.now)))


def _describe(rule: RuleSpec, facts: RequestFacts) -> str:
    """Why the rule matched, in terms safe for a header: entity types and numbers, no values."""
    cond, parts = rule.when, []
    if cond.pii is not None:
        parts.append(f"pii={'+'.join(facts.signals.pii.entity_types) or 'none'}")
    if cond.complexity is not None:
        parts.append(f"complexity={facts.signals.complexity.score:.2f}/{facts.signals.complexity.tier}")
    if cond.prompt_tokens is not None:
        parts.append(f"prompt_tokens={facts.prompt_tokens}")
    parts += [name for name in ("client_key_hash", "team", "requested_route", "time")
              if getattr(cond, name) is not None]
    parts += [f"metadata.{k}" for k in cond.metadata]
    if cond.capabilities is not None:
        parts.append(f"needs={'+'.join(sorted(set(cond.capabilities) & facts.needs))}")
    tag = " (compliance)" if rule.compliance else ""
    return f"rule {rule.name}{tag}: {', '.join(parts) or 'always'}"


# --- routes ---------------------------------------------------------------------------------------
def resolve_requested(policy: Policy, model: str | None) -> str | None:
    """The route a client's `model` names: a route name, else the first route serving that model
    (so an app sending model="gpt-4o-mini" reaches the route for openai/gpt-4o-mini)."""
    if model is None or model == "auto":
        return None
    if model in policy.routes:
        return model
    for name, spec in policy.routes.items():
        if spec.model == model or spec.model.rsplit("/", 1)[-1] == model:
            return name
    raise RouteNotFound(f"The model `{model}` does not exist: use 'auto' or one of the routes "
                        f"{', '.join(sorted(policy.routes))}")


def _chain(policy: Policy, route: str) -> list[str]:
    """The route, then its fallbacks depth-first (fallbacks of fallbacks), each once."""
    out: list[str] = []
    stack = [route]
    while stack:
        name = stack.pop()
        if name in out or name not in policy.routes:
            continue
        out.append(name)
        stack.extend(reversed(policy.routes[name].fallbacks))
    return out


def _why_unavailable(policy: Policy, route: str) -> str:
    spec = policy.routes[route]
    if policy.local_only and spec.backend != "local":
        return "disabled in local_only mode"
    if spec.api_key_env and not os.environ.get(spec.api_key_env):
        return f"{spec.api_key_env} not set"
    return "unavailable"


@dataclass
class _Walk:
    """Chooses the first usable route of a chain and records what it passed over."""

    policy: Policy
    available: set[str]
    needs: frozenset[Capability] = frozenset()
    skipped: dict[str, str] = field(default_factory=dict)
    lacking: dict[str, tuple[Capability, ...]] = field(default_factory=dict)

    def allowed(self, route: str, local_chain: bool) -> bool:
        remote = self.policy.routes[route].backend != "local"
        return not (remote and (self.policy.local_only or local_chain))

    def missing(self, route: str) -> tuple[Capability, ...]:
        return tuple(sorted(self.needs - route_capabilities(self.policy.routes[route])))

    def usable(self, route: str, local_chain: bool) -> bool:
        return self.allowed(route, local_chain) and route in self.available and not self.missing(route)

    def pick(self, target: str, local_chain: bool = False) -> tuple[str, list[str]] | None:
        """First allowed, available and capable route of the target's chain, and the usable rest after it."""
        chain = _chain(self.policy, target)
        for i, route in enumerate(chain):
            if self.usable(route, local_chain):
                return route, [r for r in chain[i + 1:] if self.usable(r, local_chain)]
            if (missing := self.missing(route)) and route in self.available and self.allowed(route, local_chain):
                self.lacking[route] = missing
                self.skipped.setdefault(route, f"lacks {'+'.join(missing)}")
            elif self.allowed(route, local_chain) or self.policy.local_only:
                self.skipped.setdefault(route, _why_unavailable(self.policy, route))
        return None

    def last_resort(self) -> str | None:
        """default_route, or in local_only the first local route when the default is remote."""
        if self.allowed(self.policy.default_route, False):
            return self.policy.default_route
        return next((n for n, r in self.policy.routes.items() if r.backend == "local"), None)


def _finish(walk: _Walk, target: str, rule: RuleSpec | None, reason: str, requested: str | None) -> Decision:
    """Apply availability to the chosen target, then default_route as a last resort.

    A compliance rule that routes to a local route keeps its whole chain local, and does not
    fall back to default_route (which may be remote) unless the gateway runs local_only."""
    compliance = bool(rule and rule.compliance)
    local_chain = compliance and walk.policy.routes[target].backend == "local"
    picked = walk.pick(target, local_chain)
    resort = walk.last_resort()
    if picked is None and resort and resort != target and (not compliance or walk.policy.local_only):
        picked = walk.pick(resort, local_chain)
    if picked is None:  # nothing usable: keep an allowed target so the pipeline answers 503 for it
        route, fallbacks = (target if walk.allowed(target, local_chain) else (resort or target)), []
    else:
        route, fallbacks = picked
    if walk.skipped:
        notes = ", ".join(f"{r} {why}" if r in walk.lacking else f"{r} unavailable ({why})"
                          for r, why in walk.skipped.items())
        reason = f"{reason}; {notes} -> {route if picked else 'no available route'}"
    return Decision(route=route, rule=rule.name if rule else None, reason=reason, fallbacks=fallbacks,
                    requested=requested, compliance=compliance, skipped=dict(walk.skipped),
                    lacking=dict(walk.lacking))


def _apply(walk: _Walk, rule: RuleSpec, facts: RequestFacts, requested: str | None) -> Decision:
    if rule.action == "reject":
        raise PolicyRejected(rule.message or f"Request rejected by policy rule {rule.name!r}", rule=rule.name)
    assert rule.route is not None  # schema: action route has a route
    return _finish(walk, rule.route, rule, _describe(rule, facts), requested)


def decide(policy: Policy, facts: RequestFacts, available_routes: set[str]) -> Decision:
    """Route one request (see the module docstring for precedence). Pure: no I/O but os.environ."""
    requested = resolve_requested(policy, facts.requested_route)
    walk = _Walk(policy, set(available_routes), facts.needs)
    for rule in policy.rules:
        if rule.compliance and matches(rule, facts, requested):
            return _apply(walk, rule, facts, requested)
    prefix = ""
    if requested and policy.local_only and not policy.is_local(requested):
        if policy.local_only_requests == "reject":
            raise LocalOnlyViolation(f"Route {requested!r} calls a remote provider and this gateway runs "
                                     "local_only: name a local route or use model 'auto'")
        prefix, requested = f"{requested} refused (local_only), ", None
    if requested:
        return _finish(walk, requested, None, f"requested route {requested}", requested)
    for rule in policy.rules:
        if not rule.compliance and matches(rule, facts, requested):
            decision = _apply(walk, rule, facts, requested)
            return _with_prefix(decision, prefix)
    decision = _finish(walk, policy.default_route, None, f"default route {policy.default_route}", requested)
    return _with_prefix(decision, prefix)


def _with_prefix(decision: Decision, prefix: str) -> Decision:
    return replace(decision, reason=prefix + decision.reason) if prefix else decision
