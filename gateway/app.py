"""HTTP routes only: parse, authenticate, hand to the pipeline, shape the response.

Bodies are parsed by hand (not as FastAPI body parameters) because the signals need the raw
JSON — every string in it, including fields our schema does not model — and because a bad
body must become OpenAI's 400 with `param`, not FastAPI's 422.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
import time
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ValidationError

from gateway import __version__, errors
from gateway.keys import Principal, is_admin
from gateway.backends import Endpoint
from gateway.pipeline import Pipeline, RequestInfo
from gateway.ledger.records import new_record_id
from gateway.policy.capabilities import route_capabilities
from gateway.protocol import ChatCompletionRequest, CompletionRequest, ModelCard, ModelList, parse_body
from gateway.settings import ServerSettings
from gateway.state import GatewayState

log = logging.getLogger(__name__)
T = TypeVar("T")


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings.from_env()
    state = GatewayState(settings)
    pipeline = Pipeline(state)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await state.start()
        _announce(state)
        try:
            yield
        finally:
            await pipeline.drain()
            await state.stop()

    docs = {} if settings.docs else {"docs_url": None, "redoc_url": None, "openapi_url": None}
    app = FastAPI(title="hybridgate", version=__version__, lifespan=lifespan, **docs)
    app.state.gateway = state
    errors.install_handlers(app, lambda: {"x-hybridgate-mode": state.mode} if state.policy_store else {})
    _mount_ledger_routes(app, state)

    async def read_body(request: Request) -> bytes:
        """The body, refused (413) as soon as it passes max_body_bytes while it is read, chunked or
        not: memory stays bounded whatever Content-Length claims. A body that trickles in slower
        than body_timeout_s in total is refused too (408)."""
        limit = settings.max_body_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise errors.PayloadTooLarge(f"request body over {limit} bytes")
        parts, size = [], 0
        try:
            async with asyncio.timeout(settings.timeout_body):
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > limit:
                        raise errors.PayloadTooLarge(f"request body over {limit} bytes")
                    parts.append(chunk)
        except TimeoutError:
            raise errors.RequestTimeout(f"request body not received within {settings.timeout_body:g} s") from None
        return b"".join(parts)

    async def parse(request: Request, schema: type[BaseModel] | None, principal: Principal,
                    request_id: str, started: float) -> RequestInfo:
        """Validate an authenticated request; schema None: a chat body, or a completions body (has `prompt`)."""
        body = parse_body(await read_body(request))
        if schema is None:
            schema = CompletionRequest if "prompt" in body and "messages" not in body else ChatCompletionRequest
        try:
            req = schema.model_validate(body)
        except ValidationError as exc:
            raise errors.from_validation(exc.errors()) from exc
        metadata = {**(getattr(req, "metadata", None) or {}), **_header_metadata(request)}
        endpoint: Endpoint = "chat" if schema is ChatCompletionRequest else "completions"
        return RequestInfo(endpoint, body, req, principal.key_id, metadata.get("team"),  # type: ignore[arg-type]
                           metadata=metadata, started=started, id=request_id, principal=principal)

    async def handle(request: Request, schema: type[BaseModel]) -> Response:
        """The one way a completion request runs: once authenticated it ends as exactly one ledger
        row and an OpenAI-shaped answer, whatever happens (bad body, refusal, backend failure, a
        bug: 500 naming the request id, traceback logged without the message)."""
        started = time.perf_counter()
        principal = state.keys.check(request.headers.get("authorization"))  # 401: nobody to charge, no row
        pipeline.admit()
        request_id = new_record_id()
        request.state.request_id = request_id
        endpoint: Endpoint = "chat" if schema is ChatCompletionRequest else "completions"
        try:
            info = await parse(request, schema, principal, request_id, started)
        except Exception as exc:  # noqa: BLE001 - every outcome is recorded, then answered
            err = _as_gateway_error(request_id, exc)
            team = principal.team_unchecked(request.headers.get("x-hybridgate-team"))
            await pipeline.record_unrouted(request_id, principal.key_id, endpoint, started, err, team=team)
            err.headers.setdefault("x-request-id", request_id)
            raise err from exc
        return await serve(request, info)

    async def serve(request: Request, info: RequestInfo) -> Response:
        try:
            try:
                authorize(info)
                plan = await pipeline.plan(info)
                info.rate_tokens = await state.limiter.admit(info.principal, info.team, plan.decision.route)
            except Exception as exc:  # noqa: BLE001
                err = _as_gateway_error(info.id, exc)
                await pipeline.record_rejection(info, err)
                raise err from exc
            if info.req.stream:
                chunks, headers = await pipeline.stream(info, plan)
                return StreamingResponse(chunks, media_type="text/event-stream",
                                         headers={**headers, "cache-control": "no-cache", "x-accel-buffering": "no"})
            answer = await _unless_disconnected(request, pipeline.complete(info, plan))
            if answer is None:  # the client left: the request was cancelled and recorded as such
                return Response(status_code=499)
            body, headers = answer
            return JSONResponse(body, headers=headers)
        except errors.GatewayError as exc:  # errors name their ledger row too
            exc.headers.setdefault("x-request-id", info.id)
            raise

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        return await handle(request, ChatCompletionRequest)

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        return await handle(request, CompletionRequest)

    @app.get("/v1/models")
    async def models(request: Request) -> ModelList:
        who = state.keys.check(request.headers.get("authorization"))
        cards = [ModelCard(id="auto", backend="policy", upstream_model=None)]
        for name, spec in state.policy.routes.items():
            if not who.allows(name):
                continue
            st = state.registry.get(name)
            cards.append(ModelCard(id=name, backend=spec.backend, upstream_model=spec.model,
                                   available=bool(st and st.available),
                                   capabilities=sorted(route_capabilities(spec))))
        return ModelList(data=cards)

    @app.post("/v1/route/explain")
    async def explain(request: Request) -> dict[str, Any]:
        principal = state.keys.check(request.headers.get("authorization"))
        info = await parse(request, None, principal, new_record_id(), time.perf_counter())  # chat or completions
        authorize(info)
        return await explain_plan(pipeline, info)

    @app.get("/health")
    async def health(request: Request) -> dict[str, Any]:
        """Liveness for anyone (load balancers, container healthchecks); the detail (policy path,
        routes, engines, key count) only with the admin key."""
        if is_admin(request.headers.get("authorization"), settings.admin_key):
            return health_report(state)
        return {"status": _liveness(state)}  # nothing else computed: a bug in the detail never fails liveness

    @app.post("/admin/policy/reload")
    async def reload_policy(request: Request) -> dict[str, Any]:
        if not is_admin(request.headers.get("authorization"), settings.admin_key):
            raise errors.AuthenticationFailed("admin key required")
        changed = await state.reload()
        return {"reloaded": changed, "mode": state.mode, "routes": sorted(state.policy.routes)}

    from gateway.admin import build_admin_router

    app.include_router(build_admin_router(state))
    return app


def authorize(info: RequestInfo) -> None:
    """What the caller's key allows: the team billed comes from the key (a client may only
    narrow it), and a route asked for by name must be one of the key's routes."""
    who, requested = info.principal, info.team
    info.team = who.team_unchecked(requested)  # what a refusal's ledger row shows
    info.team = who.team_for(requested)
    route = info.requested_route
    if route is not None and not who.allows(route):
        raise errors.PermissionDenied(f"key '{who.label}' may not use route {route!r}", param="model",
                                      code="model_not_allowed")


async def explain_plan(pipeline: Pipeline, info: RequestInfo) -> dict[str, Any]:
    """Dry run: the decision and what it would cost, without calling any backend."""
    from gateway.budgets import ReserveRequest
    from gateway.ledger.records import provider_of

    state = pipeline.state
    plan = await pipeline.plan(info)
    route = plan.decision.route
    spec = plan.policy.routes[route]
    kind = "local" if spec.backend == "local" else "litellm"
    budgets = await state.enforcer.state(ReserveRequest(route=route, provider=provider_of(kind, spec.model),
                                                        client_key_hash=info.client_key_hash, team=info.team,
                                                        key_budgets=info.principal.budgets))
    pii, cx = plan.signals.pii, plan.signals.complexity
    return {
        "route": route, "backend": kind, "model": spec.model,
        "rule": getattr(plan.decision, "rule", None), "reason": getattr(plan.decision, "reason", None),
        "mode": state.mode,
        "pii": {"detected": pii.detected, "scan_complete": not pii.incomplete, "entity_types": pii.entity_types,
                "entities": [{"type": e.entity_type, "count": e.count, "score": round(e.max_score, 3),
                              "action": plan.pii_actions.get(e.entity_type)} for e in pii.entities],
                "actions": dict(plan.pii_actions)},  # types and counts only, never values
        "complexity": {"score": cx.score, "tier": cx.tier},
        "prompt_tokens_estimate": plan.signals.prompt_tokens_estimate,
        "budget": [b.as_json() for b in budgets],
        "fallbacks": list(plan.decision.fallbacks),
        "candidates": plan.candidates,
        "needs": plan.needs,  # capability -> the request parameter asking for it
        "lacking": {r: list(caps) for r, caps in plan.decision.lacking.items()},
        "classify_ms": round(plan.classify_ms, 2),
    }


def _as_gateway_error(request_id: str, exc: BaseException) -> errors.GatewayError:
    """Our own errors as they are; anything else is a bug: logged (no message), answered 500."""
    if isinstance(exc, errors.GatewayError):
        return exc
    errors.log_unexpected(request_id, exc)
    return errors.InternalError(request_id)


async def _unless_disconnected(request: Request, work: Awaitable[T]) -> T | None:
    """Run `work` unless the client disconnects first; then cancel it (a local sequence stops at
    its next step) and return None. The body is already read, so the next ASGI message is the
    disconnect."""
    task = asyncio.ensure_future(work)
    gone = asyncio.ensure_future(_disconnect(request))
    try:
        await asyncio.wait({task, gone}, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:  # shutdown cancelled the handler: let the request record itself first
        task.cancel()
        await asyncio.wait({task})
        raise
    finally:
        if not gone.done():
            gone.cancel()
    if task.done():
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return None


async def _disconnect(request: Request) -> None:
    while (await request.receive())["type"] != "http.disconnect":
        pass


def _liveness(state: GatewayState) -> str:
    """"ok" while some route can serve, else "degraded"."""
    return "ok" if any(st.available for st in state.registry.routes.values()) else "degraded"


def health_report(state: GatewayState) -> dict[str, Any]:
    """Mode, policy, each route's availability and the local engines' placement and queues."""
    policy = state.policy
    routes = {name: {"backend": st.kind, "model": st.model, "available": st.available,
                     "reason": st.why_unavailable} for name, st in state.registry.routes.items()}
    return {
        "status": _liveness(state),
        "mode": state.mode,
        "policy": {**state.policy_store.status(), "default_route": policy.default_route,
                   "rules": len(policy.rules)},
        "routes": routes,
        "local": state.registry.local_health(),
        "models": state.registry.models_health(),
        "process": {"rss_bytes": _rss_bytes()},
        "auth": {"enabled": state.keys.enabled, "keys": state.keys.size},
    }


def _rss_bytes() -> int | None:
    """Resident memory of this process (Linux /proc), the number a loaded model moves."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _header_metadata(request: Request) -> dict[str, str]:
    """`x-hybridgate-<key>: value` request headers are metadata rules can match (team, tenant...)."""
    prefix = "x-hybridgate-"
    return {k[len(prefix):]: v for k, v in request.headers.items() if k.startswith(prefix)}


def _mount_ledger_routes(app: FastAPI, state: GatewayState) -> None:
    """/metrics and /dashboard come from the ledger package."""
    from gateway import metrics
    from gateway.dashboard import build_router

    async def refresh() -> None:
        if state.enforcer is not None:
            await state.enforcer.export_metrics()
        for entry in state.registry.local_health():
            sched = entry.get("scheduler") or {}
            metrics.set_queue_depth(entry["route"], int(sched.get("queue_depth", 0)))
            metrics.set_local_throughput(entry["route"], float(sched.get("tokens_per_s", 0.0)))

    app.include_router(metrics.router(refresh, key=state.settings.metrics_key))
    app.include_router(build_router(lambda: state.store, lambda: state.settings.admin_key, lambda: console_info(state)))


def console_info(state: GatewayState) -> dict[str, Any]:
    """What the console shows beside the numbers: the mode and the policy version in force, and
    the names of named static keys (virtual keys' names come from the ledger)."""
    status = state.policy_store.status() if state.policy_store else {}
    return {"mode": state.mode if state.policy_store else "unknown", "policy_version": status.get("version"),
            "policy_path": status.get("path"), "key_names": state.keys.static_names()}


def _announce(state: GatewayState) -> None:
    """Tell the operator how to call the server (make run prints this)."""
    s = state.settings
    key = state.generated_key or ("<one of HYBRIDGATE_API_KEYS>" if state.keys.enabled else "anything")
    unavailable = {n: st.why_unavailable for n, st in state.registry.routes.items() if not st.available}
    lines = [
        f"hybridgate serving on http://{s.host}:{s.port} (mode {state.mode}, policy {s.policy_path})",
        f"  routes available: {sorted(state.registry.available())}; unavailable: {unavailable}",
        f"  try: curl http://{s.host}:{s.port}/v1/chat/completions -H 'Authorization: Bearer {key}' "
        "-H 'Content-Type: application/json' "
        "-d '{\"model\":\"auto\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}'",
    ]
    if state.generated_key:
        lines.append("  (no HYBRIDGATE_API_KEYS set: the key above was generated for this run)")
    lines.append(dashboard_line(state))
    print("\n".join(lines), file=sys.stderr, flush=True)


def dashboard_line(state: GatewayState) -> str:
    """Where the console is and how to log in; a freshly generated admin key is shown only here, once."""
    s = state.settings
    url = f"http://{s.host}:{s.port}/dashboard"
    if state.generated_admin_key:
        return (f"  dashboard: {url}  admin key: {state.generated_admin_key}\n"
                f"  (admin key generated and saved to {s.admin_key_path()} with mode 0600; it is not printed again)")
    if s.admin_key:
        where = "HYBRIDGATE_ADMIN_KEY" if s.admin_key_path() is None or not s.admin_key_path().exists() else str(s.admin_key_path())
        return f"  dashboard: {url}  (admin key: {where})"
    return f"  dashboard: {url} is closed: set HYBRIDGATE_ADMIN_KEY (or HYBRIDGATE_ADMIN_KEY_FILE)"
