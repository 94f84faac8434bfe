"""The request path: classify → decide → reserve budget → call backend (walk fallbacks) → record.

`plan` is the side-effect-free half (also /v1/route/explain); `complete` and `stream` run the
call. Every request leaves exactly one ledger row. A finished request's row is committed before
the answer's last byte goes out (the JSON body, or a stream's final `data: [DONE]`), so a client
holding a complete answer implies a durable row even if the process is killed right after. The
commit runs right here when the store can do it without waiting (SQLite: ~0.2 ms, no loop turn),
else in a shielded task, so a client leaving mid-write does not lose it. A stream the client
walks away from is recorded (costed from what was streamed) by a background task that drain()
awaits.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from gateway import errors, metrics
from gateway.backends import FALLBACK_ERRORS, Backend, BackendCall, Delta, Endpoint
from gateway.policy.capabilities import required_capabilities, route_capabilities
from gateway.budgets import BudgetExceeded, Reservation, ReserveRequest
from gateway.ledger.records import LedgerRecord, Status, new_record_id, provider_of
from gateway.keys import Principal
from gateway.ledger.store import BucketTake, WouldWait
from gateway.protocol import ChatCompletionRequest, CompletionRequest
from gateway.responses import ResponseBuilder
from gateway.signals.outgoing import Outgoing, build_outgoing
from gateway.signals.redaction import Pseudonyms, Restorer, Transformed
from gateway.state import GatewayState

log = logging.getLogger(__name__)
_background: set[asyncio.Task[Any]] = set()  # keep finalizer tasks referenced until done
# Prompts up to this size are classified on the event loop (~0.3 ms; ~2.5 ms at 500 chars with
# names): cheaper than a thread hop, and no classification thread then competes with the loop
# for the GIL. Longer ones (presidio: ~1.6 s for 14 KB) go to the classification thread.
INLINE_CLASSIFY_CHARS = 512


@dataclass
class RequestInfo:
    """One parsed request and who sent it."""

    endpoint: Endpoint
    body: dict[str, Any]
    req: ChatCompletionRequest | CompletionRequest
    client_key_hash: str | None = None
    team: str | None = None
    started: float = field(default_factory=time.perf_counter)
    ts: float = field(default_factory=time.time)
    metadata: dict[str, str] = field(default_factory=dict)  # body metadata + x-hybridgate-* headers
    id: str = field(default_factory=new_record_id)  # the ledger row's id, returned as x-request-id
    pii_action: str = "none"  # what the PII policy did: none | local | redact | pseudonymize | reject (joined by +)
    principal: Principal = field(default_factory=lambda: Principal(key_id=None, anonymous=True))
    rate_tokens: list[BucketTake] = field(default_factory=list)  # token buckets to charge once recorded

    @property
    def requested_route(self) -> str | None:
        return None if self.req.model == "auto" else self.req.model


@dataclass
class Plan:
    """What the policy decided, before any backend is called."""

    policy: Any
    signals: Any
    decision: Any
    candidates: list[str]
    classify_ms: float
    needs: dict[str, str] = field(default_factory=dict)  # capability -> the parameter asking for it
    outgoing: Outgoing | None = None  # the remote body and every string the PII scan saw in it
    pii_actions: dict[str, str] = field(default_factory=dict)  # detected entity type -> policy action
    _transformed: Transformed | None = None

    def remote_payload(self) -> Transformed:
        """The body remote routes receive: redact/pseudonymize applied (once per request)."""
        if self._transformed is None:
            from gateway.signals.redaction import transform

            assert self.outgoing is not None
            self._transformed = transform(self.outgoing, self.signals.pii, self.pii_actions)
        return self._transformed


@dataclass
class Attempt:
    """Bookkeeping of one request while it runs: routes tried, time spent inside backends."""

    info: RequestInfo
    plan: Plan
    tried: list[str] = field(default_factory=list)
    backend_s: float = 0.0
    reservation: Reservation | None = None
    output_cap: int | None = None  # most tokens the reserved route may generate
    backend: Backend | None = None
    route: str | None = None
    ttft_ms: float | None = None
    last_error: errors.GatewayError | None = None
    left_machine: bool = False  # a remote backend was called: request bytes left this machine
    pii_action: str = "none"
    recorded: bool = False  # the one ledger write of this request is done or under way
    record_task: asyncio.Task[None] | None = None  # that write, when it runs in a task
    escalate_to: str | None = None  # on_context_overflow: the route to try next
    truncated_tokens: int = 0  # prompt tokens the serving route dropped (on_context_overflow: truncate)
    seen: _SeenOutput = field(default_factory=lambda: _SeenOutput())  # output of the backend now answering

    def charged(self) -> tuple[int, int]:
        """(prompt, completion) tokens to charge a request cut short: the prompt once a backend
        was called, plus whatever it produced so far."""
        if self.backend is None:
            return 0, 0
        return self.plan.signals.prompt_tokens_estimate, self.seen.count(self.backend.model)

    def overhead_ms(self) -> float:
        return max(0.0, (time.perf_counter() - self.info.started - self.backend_s) * 1000)

    def reason(self) -> str:
        d = self.plan.decision
        base = str(getattr(d, "reason", None) or getattr(d, "rule", None) or "default")
        if self.route != d.route and self.tried:
            why = self.last_error.code if self.last_error else "unavailable"
            return f"fallback from {self.tried[0]} ({why}); {base}"
        if self.route != d.route:
            return f"fallback from {d.route} (unavailable); {base}"
        return base

    def headers(self, mode: str) -> dict[str, str]:
        assert self.backend is not None and self.route is not None
        return {
            "x-hybridgate-route": self.route,
            "x-hybridgate-backend": self.backend.kind,
            "x-hybridgate-model": self.backend.model,
            "x-hybridgate-reason": self.reason(),
            "x-hybridgate-rule": str(getattr(self.plan.decision, "rule", "") or ""),
            "x-hybridgate-mode": mode,
            "x-hybridgate-overhead-ms": f"{self.overhead_ms():.2f}",
            "x-hybridgate-classify-ms": f"{self.plan.classify_ms:.2f}",
            "x-hybridgate-fallback-path": ",".join([*self.tried, self.route]),
            "x-request-id": self.info.id,
            **({"x-hybridgate-truncated-tokens": str(self.truncated_tokens)} if self.truncated_tokens else {}),
        }


def _map_policy_error(exc: Exception) -> errors.GatewayError | None:
    """Policy exceptions (by class name, so this module does not pin their home) -> API errors."""
    name, msg = type(exc).__name__, str(exc)
    if name == "RouteNotFound":
        return errors.NotFound(msg, param="model")
    if name == "LocalOnlyViolation":
        return errors.PermissionDenied(msg, param="model", code="local_only")
    if name == "PolicyRejected":
        return errors.PermissionDenied(getattr(exc, "message", None) or msg, code="policy_rejected")
    return None


class Pipeline:
    """The service layer between HTTP routes and backends."""

    def __init__(self, state: GatewayState) -> None:
        self.state = state
        self._classifying: set[concurrent.futures.Future[Any]] = set()  # in the classification thread
        self._requests: set[asyncio.Task[Any]] = set()  # request tasks in flight (see admit)

    def admit(self) -> None:
        """Count the calling request task as in flight until it ends (drain() waits for it)."""
        task = asyncio.current_task()
        if task is not None:
            self._requests.add(task)
            task.add_done_callback(self._requests.discard)

    async def drain(self, timeout_s: float = 10.0) -> None:
        """Shutdown: no request goes unrecorded. uvicorn cancels requests still running after its
        graceful timeout and goes straight on to shutdown, so wait for those to record themselves
        (cancelled, costed), then for ledger writes still in flight."""
        deadline = time.monotonic() + timeout_s
        if self._requests:
            await asyncio.wait(list(self._requests), timeout=timeout_s)
        if _background:
            await asyncio.wait(list(_background), timeout=max(0.1, deadline - time.monotonic()))

    # --- plan (no side effects) ----------------------------------------------------------------
    async def plan(self, info: RequestInfo) -> Plan:
        from gateway.policy import RequestFacts, decide
        from gateway.signals import extract_texts

        policy = self.state.policy
        t0 = time.perf_counter()
        outgoing = build_outgoing(info.body, info.endpoint)
        signals = await self._classify(extract_texts(info.body, info.endpoint), outgoing.texts, outgoing.labelled,
                                       policy.signals.pii.max_scan_seconds)
        classify_ms = (time.perf_counter() - t0) * 1000
        actions = {e.entity_type: policy.signals.pii.action(e.entity_type) for e in signals.pii.entities}
        info.pii_action = "+".join(sorted(set(actions.values()))) or "none"
        if refused := sorted(t for t, act in actions.items() if act == "reject"):
            info.pii_action = "reject"
            raise errors.PermissionDenied(f"the request carries personal data this policy refuses to process: "
                                          f"{', '.join(refused)}", code="pii_rejected")
        routed = {t for t, act in actions.items() if act == "local"}
        # Redacted/pseudonymized types need no local route: rules see only the types left as they are.
        rule_signals = signals if len(routed) == len(actions) else dataclasses.replace(
            signals, pii=signals.pii.only(routed))
        needs = required_capabilities(info.req)
        facts = RequestFacts(signals=rule_signals, prompt_tokens=signals.prompt_tokens_estimate,
                             requested_route=info.requested_route, client_key_hash=info.client_key_hash,
                             team=info.team, metadata=info.metadata, now=datetime.now(timezone.utc),
                             needs=frozenset(needs))
        usable = {r for r in self.state.registry.available() if info.principal.allows(r)}
        unscannable = outgoing.unscannable(policy.signals.pii) or (
            (f"a body whose personal-data scan ran past signals.pii.max_scan_seconds "
             f"({policy.signals.pii.max_scan_seconds:g} s)", "messages" if info.endpoint == "chat" else "prompt")
            if signals.pii.incomplete else None)
        if unscannable:  # nothing unscanned leaves: such a request is for local routes only
            usable = {r for r in usable if policy.routes[r].backend == "local"}
        try:
            decision = decide(policy, facts, usable)
        except Exception as exc:
            mapped = _map_policy_error(exc)
            if mapped is None:
                raise
            raise mapped from exc
        candidates = [r for r in dict.fromkeys([decision.route, *decision.fallbacks])
                      if r in usable and r not in decision.lacking]
        if routed and not _pii_rule_decided(policy, decision):
            decision, candidates = self._keep_local(policy, decision, candidates, usable, routed)
        if not candidates:
            if unscannable:
                what, param = unscannable
                raise errors.InvalidRequest(f"{what}: cannot be scanned for personal data, so only a local route "
                                            "may serve it", param=param, code="unscannable")
            raise self._nothing_usable(decision, needs)
        return Plan(policy, signals, decision, candidates, classify_ms, needs, outgoing=outgoing,
                    pii_actions=actions)

    def _keep_local(self, policy: Any, decision: Any, candidates: list[str], usable: set[str],
                    routed: set[str]) -> tuple[Any, list[str]]:
        """The `local` PII action by itself, not only through a rule: personal data whose action is
        `local` is served by a local route even when no rule of the policy says so. The rule's
        local choices come first, then the policy's other local routes in declaration order."""
        local = [r for r in candidates if policy.is_local(r)]
        local += [r for r in policy.routes if r in usable and policy.is_local(r) and r not in local
                  and r not in decision.lacking]
        if not local:
            what = (f"the request carries personal data ({', '.join(sorted(routed))}) that this policy keeps on "
                    "a local route (signals.pii action `local`)")
            if names := [r for r in policy.routes if policy.is_local(r)]:
                raise errors.ServiceUnavailable(f"{what}, and no local route can serve it now: {', '.join(names)}",
                                                retry_after_s=5, code="no_local_route")
            raise errors.PermissionDenied(f"{what}, and the policy has no local route", code="pii_local_unavailable")
        if local[0] == decision.route:
            return decision, local
        reason = f"pii action local ({', '.join(sorted(routed))}): {local[0]} instead of {decision.route}"
        return dataclasses.replace(decision, route=local[0], fallbacks=local[1:], reason=reason, compliance=True), local

    async def _classify(self, texts: list[str], scan: tuple[str, ...], labelled: tuple[Any, ...] = (),
                        scan_budget_s: float | None = None) -> Any:
        """A short prompt right here, unless the thread is busy classifying: presidio's engine is
        locked, and waiting for it would stall the loop. Anything else in the classification thread."""
        classifier = self.state.classifier
        if not self._classifying and sum(map(len, scan)) <= INLINE_CLASSIFY_CHARS:
            return classifier.classify(texts, scan, labelled, scan_budget_s)
        future = self.state.classify_pool.submit(classifier.classify, texts, scan, labelled, scan_budget_s)
        self._classifying.add(future)
        future.add_done_callback(self._classifying.discard)  # on that thread, once classify returned
        return await asyncio.wrap_future(future)

    def _nothing_usable(self, decision: Any, needs: dict[str, str]) -> errors.GatewayError:
        if decision.lacking:  # a 400: retrying will not give a route the capability
            missing = sorted({c for caps in decision.lacking.values() for c in caps})
            considered = ", ".join(f"{r} ({why})" for r, why in decision.skipped.items())
            scope = (f"; compliance rule {decision.rule!r} keeps this request on local routes"
                     if decision.compliance else "")
            return errors.InvalidRequest(
                f"no route can serve this request: it needs {' and '.join(missing)} ({needs[missing[0]]}); "
                f"routes considered: {considered}{scope}", param=needs[missing[0]], code="capability_unsupported")
        reasons = {r: (st.why_unavailable if (st := self.state.registry.get(r)) else "unknown route")
                   for r in [decision.route, *decision.fallbacks]}
        return errors.ServiceUnavailable(f"no available route: {reasons}", retry_after_s=5, code="no_route")

    # --- budget -----------------------------------------------------------------------------------
    def _reserve_request(self, a: Attempt, route: str, cost: float, tokens: int) -> ReserveRequest:
        spec = a.plan.policy.routes[route]
        return ReserveRequest(route=route, provider=provider_of(_kind(spec), spec.model),
                              client_key_hash=a.info.client_key_hash, team=a.info.team, cost_usd=cost, tokens=tokens,
                              key_budgets=a.info.principal.budgets)

    async def _reserve(self, a: Attempt, route: str, call: BackendCall) -> BackendCall:
        """Reserve the call's true worst case on this route: the prompt plus at most what the
        route can generate per choice (costs.output_limit), never the client's unclamped
        max_tokens. Returns the call a remote route is sent: no larger max_tokens than reserved
        (a local route stops where its context fills by itself; its prompt is only estimated here)."""
        from gateway.costs import output_limit, route_cost

        spec = a.plan.policy.routes[route]
        prompt = a.plan.signals.prompt_tokens_estimate
        a.output_cap = output_limit(spec, prompt, call.max_tokens)
        worst = a.output_cap * call.n
        a.reservation = await self.state.enforcer.reserve(
            self._reserve_request(a, route, route_cost(spec, prompt, worst), prompt + worst))
        if spec.backend == "local" or (call.max_tokens is not None and call.max_tokens <= a.output_cap):
            return call
        return dataclasses.replace(call, max_tokens=a.output_cap)

    async def _release(self, a: Attempt) -> None:
        if a.reservation is not None:
            await self.state.enforcer.release(a.reservation)
            a.reservation = None

    # --- candidates -------------------------------------------------------------------------------
    async def _walk(self, a: Attempt) -> AsyncIterator[tuple[str, Backend, BackendCall]]:
        """Yield (route, backend, the request shaped for that route) in fallback order with a
        budget reservation held for each.

        A budget with on_exceeded=fallback puts its route next; reject ends the walk with 429;
        a context overflow escalating to another route (`a.escalate_to`) puts that route next."""
        queue = list(a.plan.candidates)
        while queue or a.escalate_to:
            if a.escalate_to:
                queue = [a.escalate_to, *[r for r in queue if r != a.escalate_to]]
                a.escalate_to = None
            route = queue.pop(0)
            st = self.state.registry.get(route)
            if st is None or not st.available or st.backend is None:
                continue
            call = BackendCall.from_request(a.info.req, a.plan.policy.routes[route])
            try:
                call = await self._reserve(a, route, call)
            except BudgetExceeded as exc:
                allowed = not a.plan.decision.compliance or exc.fallback_route in a.plan.candidates
                if exc.action == "fallback" and exc.fallback_route and exc.fallback_route not in a.tried and allowed:
                    a.tried.append(route)
                    a.last_error = errors.BudgetExceededError(exc.message)
                    queue = [exc.fallback_route, *[r for r in queue if r != exc.fallback_route]]
                    continue
                raise errors.BudgetExceededError(exc.message) from exc
            yield route, st.backend, self._scanned(a, st.backend, call)

    def _scanned(self, a: Attempt, backend: Backend, call: BackendCall) -> BackendCall:
        """What `backend` is sent: a local route the request as parsed; a remote route only the
        scanned payload with the policy's redactions applied (and the request marked as leaving)."""
        if backend.kind == "local":
            if not a.left_machine:  # a remote tried first keeps its action on record
                a.pii_action = "local" if a.plan.pii_actions else "none"
            return call
        transformed = a.plan.remote_payload()
        a.left_machine = True
        metrics.REMOTE_CALLS.labels(route=backend.route, mode=self.state.mode).inc()
        a.pii_action = "+".join(transformed.applied) or "none"
        return dataclasses.replace(call, payload=transformed.payload)

    def _pseudonyms(self, a: Attempt, backend: Backend) -> Pseudonyms | None:
        return None if backend.kind == "local" else a.plan.remote_payload().pseudonyms

    async def _overflow(self, a: Attempt, route: str, exc: errors.ContextLengthExceeded) -> None:
        """The prompt does not fit `route`: escalate per its `on_context_overflow: {route: X}`
        (never out of a compliance decision's local routes), else the 400 stands."""
        from gateway.policy.schema import OverflowToRoute

        policy = a.plan.policy
        overflow = policy.routes[route].on_context_overflow
        if not isinstance(overflow, OverflowToRoute):
            raise exc
        target, spec = overflow.route, policy.routes[overflow.route]
        st = self.state.registry.get(target)
        missing = sorted(set(a.plan.needs) - route_capabilities(spec))
        why = None
        if target in a.tried or target == route:
            why = "was already tried"
        elif spec.backend != "local" and a.plan.decision.compliance:
            why = f"is remote and compliance rule {a.plan.decision.rule!r} keeps this request local"
        elif st is None or not st.available:
            why = f"is unavailable ({st.why_unavailable if st else 'unknown route'})"
        elif missing:
            why = f"lacks {' and '.join(missing)}"
        if why:
            raise errors.ContextLengthExceeded(f"{exc.message}; on_context_overflow route {target!r} {why}",
                                               param=exc.param) from exc
        log.info("route %s: prompt over its context, escalating to %s", route, target)
        await self._fail_over(a, route, exc)
        a.escalate_to = target

    # --- non-streaming ----------------------------------------------------------------------------
    async def complete(self, info: RequestInfo, plan: Plan) -> tuple[dict[str, Any], dict[str, str]]:
        a = Attempt(info, plan)
        async with self._recorded_on_failure(a):
            async for route, backend, call in self._walk(a):
                t0 = time.perf_counter()
                a.route, a.backend, a.seen = route, backend, _SeenOutput()
                try:
                    reply = await backend.complete(call, a.seen.add)
                except FALLBACK_ERRORS as exc:
                    a.backend_s += time.perf_counter() - t0
                    await self._fail_over(a, route, exc)
                    continue
                except errors.ContextLengthExceeded as exc:
                    a.backend_s += time.perf_counter() - t0
                    await self._overflow(a, route, exc)
                    continue
                a.backend_s += time.perf_counter() - t0
                a.truncated_tokens = reply.truncated_tokens
                if (pseudonyms := self._pseudonyms(a, backend)) is not None:
                    for choice in reply.choices:
                        choice.message = pseudonyms.restore_json(choice.message)
                        choice.text = pseudonyms.restore(choice.text)
                body = ResponseBuilder(info, backend.model).whole(reply)
                await self._finish_now(a, "ok", reply.prompt_tokens, reply.completion_tokens)
                return body, a.headers(self.state.mode)  # after the commit: overhead includes it
        raise await self._exhausted(a)

    @contextlib.asynccontextmanager
    async def _recorded_on_failure(self, a: Attempt) -> AsyncIterator[None]:
        """A request that ends in an error (or a client that leaves first) still gets its row."""
        try:
            yield
        except errors.GatewayError as exc:
            await self._finish_now(a, "rejected" if exc.status in (403, 429) else "error", *a.charged(), exc)
            raise
        except asyncio.CancelledError:  # the client went away before an answer: charge what ran
            self._finish_later(a, "cancelled", *a.charged())
            raise
        except Exception as exc:  # a bug: still one row, the reservation settled, a 500 naming the request
            err = errors.InternalError(a.info.id)
            errors.log_unexpected(a.info.id, exc)
            await self._finish_now(a, "error", *a.charged(), err)
            raise err from exc

    async def _fail_over(self, a: Attempt, route: str, exc: errors.GatewayError) -> None:
        log.warning("route %s failed (%s: %s); trying the next route", route, exc.code, exc.message)
        await self._release(a)
        a.route = a.backend = None
        a.tried.append(route)
        a.last_error = exc

    async def _exhausted(self, a: Attempt) -> errors.GatewayError:
        err = a.last_error or errors.ServiceUnavailable("no route could serve the request", code="no_route")
        await self._finish_now(a, "error", 0, 0, err)
        return err

    # --- streaming --------------------------------------------------------------------------------
    async def stream(self, info: RequestInfo, plan: Plan) -> tuple[AsyncIterator[bytes], dict[str, str]]:
        """Open the first route that yields a first delta (fallback happens before any byte is sent)."""
        a = Attempt(info, plan)
        async with self._recorded_on_failure(a):
            async for route, backend, call in self._walk(a):
                a.route, a.backend = route, backend
                agen = backend.stream(call)
                if (pseudonyms := self._pseudonyms(a, backend)) is not None:
                    agen = _restoring(agen, pseudonyms)
                t0 = time.perf_counter()
                try:
                    first = await agen.__anext__()
                except StopAsyncIteration:
                    first = Delta(finish_reason="stop")
                except FALLBACK_ERRORS as exc:
                    a.backend_s += time.perf_counter() - t0
                    await self._fail_over(a, route, exc)
                    continue
                except errors.ContextLengthExceeded as exc:
                    a.backend_s += time.perf_counter() - t0
                    await self._overflow(a, route, exc)
                    continue
                a.backend_s += time.perf_counter() - t0
                a.ttft_ms = (time.perf_counter() - info.started) * 1000
                a.truncated_tokens = first.truncated_tokens
                headers = a.headers(self.state.mode)
                return self._sse(a, agen, first, call.n), headers
        raise await self._exhausted(a)

    async def _sse(self, a: Attempt, agen: AsyncIterator[Delta], first: Delta, n: int) -> AsyncIterator[bytes]:
        """SSE bytes of an opened stream; the ledger row is written however the stream ends
        (committed before `[DONE]` or the error event; in the background if the client left)."""
        assert a.backend is not None
        model = a.backend.model
        build = ResponseBuilder(a.info, model)
        usage: tuple[int, int] | None = None
        cached: int | None = None
        seen = a.seen = _SeenOutput()

        def charged() -> tuple[int, int]:  # cut short, or a provider that sends no usage: count what was streamed
            return usage or (a.plan.signals.prompt_tokens_estimate, seen.count(model))

        try:
            for role in build.role_chunks(n):
                yield role
            delta: Delta | None = first
            while delta is not None:
                if delta.usage:
                    usage, cached = delta.usage, delta.cached_tokens
                seen.add(delta)
                if delta.text or delta.tool_calls or delta.finish_reason or delta.logprobs:
                    yield build.delta_chunk(delta)
                t0 = time.perf_counter()
                try:
                    delta = await agen.__anext__()
                except StopAsyncIteration:
                    delta = None
                a.backend_s += time.perf_counter() - t0
            prompt_tokens, completion_tokens = charged()
            if a.info.req.include_usage():
                yield build.usage_chunk(usage[0] if usage else 0, completion_tokens, cached)
            await self._finish_now(a, "ok", prompt_tokens, completion_tokens, agen=agen)
            yield build.done()
        except errors.GatewayError as exc:  # mid-stream failure: the client already has headers
            await self._finish_now(a, "error", *charged(), exc, agen=agen)
            yield build.error_event(exc)
        except Exception as exc:  # noqa: BLE001 - a bug mid-stream: recorded, then an error event
            errors.log_unexpected(a.info.id, exc)
            err = errors.InternalError(a.info.id)
            await self._finish_now(a, "error", *charged(), err, agen=agen)
            yield build.error_event(err)
        finally:
            if not a.recorded:  # the client went away mid-stream
                self._finish_later(a, "cancelled", *charged(), agen=agen)

    # --- ledger -----------------------------------------------------------------------------------
    async def _finish_now(self, a: Attempt, status: Status, prompt_tokens: int, completion_tokens: int,
                          err: errors.GatewayError | None = None, agen: AsyncIterator[Delta] | None = None) -> None:
        """Commit the ledger row before answering: on this thread when the store can without
        waiting (no await, so nothing can cancel it half-way), else in a task awaited shielded:
        if the client leaves meanwhile the request is cancelled but the write completes (and
        drain() waits for it)."""
        if not a.recorded:
            if agen is not None:  # the stream has ended (finished or failed): closing does not wait
                await agen.aclose()  # type: ignore[attr-defined]
            record = self._record(a, status, prompt_tokens, completion_tokens, err)
            if self._write_now(a, record):
                return
            self._write_later(a, record)
        if a.record_task is not None:
            await asyncio.shield(a.record_task)

    def _finish_later(self, a: Attempt, status: Status, prompt_tokens: int, completion_tokens: int,
                      err: errors.GatewayError | None = None, agen: AsyncIterator[Delta] | None = None) -> None:
        """Record the request in the background (it was cancelled), unless it already is: a
        request is recorded once, as it first ended. Closing `agen` cancels a local sequence."""
        if not a.recorded:
            self._write_later(a, self._record(a, status, prompt_tokens, completion_tokens, err), agen)

    def _write_now(self, a: Attempt, record: LedgerRecord) -> bool:
        """The row (and its budget settlement, one transaction) committed on this thread; False
        when the store would have to wait for it."""
        try:
            if a.reservation is not None:
                self.state.enforcer.settle_now(a.reservation, record)
            else:
                self.state.store.write_now(record)
        except WouldWait:
            return False
        except Exception:  # noqa: BLE001 - a ledger failure must not take the server down
            log.exception("ledger write failed for a %s request on %s", record.status, record.route)
        else:
            metrics.observe(record)
            self._charge_rate_tokens(a.info, record)
        a.recorded = True
        return True

    def _charge_rate_tokens(self, info: RequestInfo, record: LedgerRecord) -> None:
        """A recorded request's tokens go to its tokens-per-minute buckets (in the background)."""
        if info.rate_tokens and record.total_tokens:
            task = asyncio.get_running_loop().create_task(self._charge(info.rate_tokens, record.total_tokens))
            _background.add(task)
            task.add_done_callback(_background.discard)

    async def _charge(self, buckets: list[BucketTake], tokens: int) -> None:
        try:
            await self.state.limiter.charge_tokens(buckets, tokens)
        except Exception:  # noqa: BLE001 - a limiter hiccup must not take the server down
            log.exception("could not charge %d tokens to rate limits", tokens)

    def _write_later(self, a: Attempt, record: LedgerRecord, agen: AsyncIterator[Delta] | None = None) -> None:
        """The request's one ledger write in its own task, immune to the request's cancellation."""
        task = asyncio.get_running_loop().create_task(self._write(a, record, agen))
        a.recorded, a.record_task = True, task
        _background.add(task)
        task.add_done_callback(_background.discard)

    async def _write(self, a: Attempt, record: LedgerRecord, agen: AsyncIterator[Delta] | None) -> None:
        try:
            if agen is not None:
                await agen.aclose()  # type: ignore[attr-defined]  # cancels a local sequence still running
            if a.reservation is not None:
                await self.state.enforcer.settle(a.reservation, record)
            else:
                await self.state.store.write(record)
            metrics.observe(record)
            self._charge_rate_tokens(a.info, record)
        except Exception:  # noqa: BLE001 - a ledger failure must not take the server down
            log.exception("ledger write failed for a %s request on %s", record.status, record.route)

    def _record(self, a: Attempt, status: Status, prompt_tokens: int, completion_tokens: int,
                err: errors.GatewayError | None) -> LedgerRecord:
        """The row as of now. Built on the loop: a price lookup (~0.1 ms) beats a thread hop."""
        from gateway.costs import counterfactual_cost, route_cost

        policy, route = a.plan.policy, a.route or a.plan.decision.route
        spec = policy.routes.get(route)
        kind = a.backend.kind if a.backend else (_kind(spec) if spec else "unknown")
        model = a.backend.model if a.backend else (spec.model if spec else "")
        signals = a.plan.signals
        return LedgerRecord(
            id=a.info.id, route=route, backend=kind, model=model, status=status, ts=a.info.ts,
            client_key_hash=a.info.client_key_hash, team=a.info.team, provider=provider_of(kind, model),
            endpoint=a.info.endpoint, rule=str(getattr(a.plan.decision, "rule", "") or "") or None,
            pii_entities=list(signals.pii.entity_types), complexity=signals.complexity.score,
            prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
            cost_usd=route_cost(spec, prompt_tokens, completion_tokens) if spec and a.backend else 0.0,
            counterfactual_cost_usd=counterfactual_cost(policy.reference_model, prompt_tokens, completion_tokens),
            latency_ms=(time.perf_counter() - a.info.started) * 1000, ttft_ms=a.ttft_ms, overhead_ms=a.overhead_ms(),
            error_type=err.code if err else None, fallback_path=list(a.tried), stream=a.info.req.stream,
            prompt_text=_prompt_text(a.info) if policy.privacy.store_prompts else None,
            truncated_tokens=a.truncated_tokens, mode=self.state.mode, policy_hash=policy.fingerprint,
            pii_action=a.pii_action if (a.backend or a.left_machine) else a.info.pii_action,
            left_machine=a.left_machine,
            reason=str(getattr(a.plan.decision, "reason", "") or "") or None,
        )

    async def record_rejection(self, info: RequestInfo, err: errors.GatewayError) -> None:
        """Ledger row for a request refused before any route was chosen (policy reject, 404, local-only)."""
        await self._write_unrouted(
            LedgerRecord(id=info.id, route=info.requested_route or "auto", backend="none", model=info.req.model,
                         status="rejected", ts=info.ts, client_key_hash=info.client_key_hash, team=info.team,
                         endpoint=info.endpoint, stream=info.req.stream, pii_action=info.pii_action),
            err, info.started)

    async def record_unrouted(self, request_id: str, client_key_hash: str | None, endpoint: Endpoint,
                              started: float, err: errors.GatewayError, team: str | None = None) -> None:
        """Ledger row for an authenticated request refused before its body was understood (400,
        413, 408): nothing is known but who sent it (and the team its key bills), where, and why
        it failed."""
        ts = time.time() - (time.perf_counter() - started)
        await self._write_unrouted(LedgerRecord(id=request_id, route="unknown", backend="none", model="unknown",
                                                status="rejected", ts=ts, client_key_hash=client_key_hash,
                                                team=team, endpoint=endpoint), err, started)

    async def _write_unrouted(self, record: LedgerRecord, err: errors.GatewayError, started: float) -> None:
        """Rows of requests no backend saw carry only configured names (a client's `model` never
        becomes a dashboard row or a metrics label: `unknown` stands for the rest)."""
        policy = self.state.policy
        spec = policy.routes.get(record.route)
        if spec is not None:
            record.model = spec.model
        elif record.route != "auto":
            record.route = "unknown"
        if spec is None:
            record.model = "unknown"
        record.status = "error" if err.status >= 500 else "rejected"
        record.error_type = err.code or err.type
        record.reason = f"rejected: {record.error_type}"
        record.latency_ms = (time.perf_counter() - started) * 1000
        record.mode, record.policy_hash = self.state.mode, policy.fingerprint
        try:
            await self.state.store.write(record)
            metrics.observe(record)
        except Exception:  # noqa: BLE001
            log.exception("ledger write failed for a %s request", record.status)


async def _restoring(agen: AsyncIterator[Delta], pseudonyms: Pseudonyms) -> AsyncIterator[Delta]:
    """A remote stream with pseudonyms restored in every choice's text and tool-call arguments; a
    placeholder cut across deltas is held back until complete, and what is held comes out with
    the choice's finish (or after the last delta)."""
    texts: dict[int, Restorer] = {}
    arguments: dict[tuple[int, int], Restorer] = {}
    try:
        async for delta in agen:
            text = texts.setdefault(delta.index, Restorer(pseudonyms))
            delta.text = text.feed(delta.text)
            for call in delta.tool_calls or []:
                fn = call.get("function") or {}
                if isinstance(fn.get("arguments"), str):
                    key = (delta.index, int(call.get("index") or 0))
                    fn["arguments"] = arguments.setdefault(key, Restorer(pseudonyms)).feed(fn["arguments"])
            if delta.finish_reason:
                delta.text += text.flush()
                for (choice, index), r in arguments.items():
                    if choice == delta.index and (held := r.flush()):
                        delta.tool_calls = [*(delta.tool_calls or []),
                                            {"index": index, "function": {"arguments": held}}]
            yield delta
        for index, text in texts.items():
            if held := text.flush():
                yield Delta(text=held, index=index)
    finally:
        await agen.aclose()  # type: ignore[attr-defined]


class _SeenOutput:
    """Output streamed so far, so a cut-short stream is still charged for what it produced."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.tokens: int | None = 0

    def add(self, d: Delta) -> None:
        self.parts.append(d.text)
        if self.tokens is not None and d.tokens is not None:
            self.tokens += d.tokens
        elif d.text:
            self.tokens = None  # some delta did not say: count the text instead

    def count(self, model: str) -> int:
        if self.tokens is not None:
            return self.tokens
        from gateway.costs import tokens_for_text

        return tokens_for_text(model, "".join(self.parts))


def _pii_rule_decided(policy: Any, decision: Any) -> bool:
    """A compliance rule with a `pii` condition chose the route: the policy decided where personal
    data goes (its own choice of route stands, remote included)."""
    if not decision.compliance or decision.rule is None:
        return False
    rule = next((r for r in policy.rules if r.name == decision.rule), None)
    return rule is not None and rule.when.pii is not None


def _kind(spec: Any) -> str:
    return "local" if spec.backend == "local" else "litellm"


def _prompt_text(info: RequestInfo) -> str:
    from gateway.signals import extract_texts

    return "\n".join(extract_texts(info.body, info.endpoint))
