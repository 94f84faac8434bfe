"""HTTP routes only: parse, authenticate, hand to the pipeline, shape the response.

Bodies are parsed by hand (not as FastAPI body parameters) because the signals need the raw
JSON — every string in it, including fields our schema does not model — and because a bad
body must become OpenAI's 400 with `param`, not FastAPI's 422.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ValidationError

from gateway import __version__, errors
from gateway.auth import is_admin
from gateway.backends import Endpoint
from gateway.pipeline import Pipeline, RequestInfo
from gateway.protocol import ChatCompletionRequest, CompletionRequest, ModelCard, ModelList
from gateway.settings import ServerSettings
from gateway.state import GatewayState

log = logging.getLogger(__name__)


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

    app = FastAPI(title="hybridgate", version=__version__, lifespan=lifespan)
    app.state.gateway = state
    errors.install_handlers(app, lambda: {"x-hybridgate-mode": state.mode} if state.policy_store else {})
    _mount_ledger_routes(app, state)

    async def parse(request: Request, schema: type[BaseModel] | None, started: float) -> RequestInfo:
        """Authenticate and validate; schema None: a chat body, or a completions body (has `prompt`)."""
        key_hash = state.keys.check(request.headers.get("authorization"))
        size = int(request.headers.get("content-length") or 0)
        raw = b"" if size > settings.max_body_bytes else await request.body()
        if max(size, len(raw)) > settings.max_body_bytes:
            raise errors.PayloadTooLarge(f"request body over {settings.max_body_bytes} bytes")
        try:
            body = json.loads(raw)
        except ValueError as exc:
            raise errors.InvalidRequest(f"body is not valid JSON: {exc}") from exc
        if not isinstance(body, dict):
            raise errors.InvalidRequest("body must be a JSON object")
        if schema is None:
            schema = CompletionRequest if "prompt" in body and "messages" not in body else ChatCompletionRequest
        try:
            req = schema.model_validate(body)
        except ValidationError as exc:
            raise errors.from_validation(exc.errors()) from exc
        metadata = {**(getattr(req, "metadata", None) or {}), **_header_metadata(request)}
        endpoint: Endpoint = "chat" if schema is ChatCompletionRequest else "completions"
        return RequestInfo(endpoint, body, req, key_hash, metadata.get("team"),  # type: ignore[arg-type]
                           metadata=metadata, started=started)

    async def serve(info: RequestInfo) -> Response:
        try:
            try:
                state.limiter.check(info.client_key_hash, info.team)
                plan = await pipeline.plan(info)
            except errors.GatewayError as exc:
                await pipeline.record_rejection(info, exc)
                raise
            if info.req.stream:
                chunks, headers = await pipeline.stream(info, plan)
                return StreamingResponse(chunks, media_type="text/event-stream",
                                         headers={**headers, "cache-control": "no-cache", "x-accel-buffering": "no"})
            body, headers = await pipeline.complete(info, plan)
            return JSONResponse(body, headers=headers)
        except errors.GatewayError as exc:  # errors name their ledger row too
            exc.headers.setdefault("x-request-id", info.id)
            raise

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        return await serve(await parse(request, ChatCompletionRequest, time.perf_counter()))

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        return await serve(await parse(request, CompletionRequest, time.perf_counter()))

    @app.get("/v1/models")
    async def models(request: Request) -> ModelList:
        state.keys.check(request.headers.get("authorization"))
        cards = [ModelCard(id="auto", backend="policy", upstream_model=None)]
        for name, spec in state.policy.routes.items():
            st = state.registry.get(name)
            cards.append(ModelCard(id=name, backend=spec.backend, upstream_model=spec.model,
                                   available=bool(st and st.available)))
        return ModelList(data=cards)

    @app.post("/v1/route/explain")
    async def explain(request: Request) -> dict[str, Any]:
        info = await parse(request, None, time.perf_counter())  # a chat or a completions body
        return await explain_plan(pipeline, info)

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return health_report(state)

    @app.post("/admin/policy/reload")
    async def reload_policy(request: Request) -> dict[str, Any]:
        if not is_admin(request.headers.get("authorization"), settings.admin_key):
            raise errors.AuthenticationFailed("admin key required")
        changed = await state.reload()
        return {"reloaded": changed, "mode": state.mode, "routes": sorted(state.policy.routes)}

    return app


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
                                                        client_key_hash=info.client_key_hash, team=info.team))
    pii, cx = plan.signals.pii, plan.signals.complexity
    return {
        "route": route, "backend": kind, "model": spec.model,
        "rule": getattr(plan.decision, "rule", None), "reason": getattr(plan.decision, "reason", None),
        "mode": state.mode,
        "pii": {"detected": pii.detected, "entity_types": pii.entity_types,
                "entities": [{"type": e.entity_type, "count": e.count, "score": round(e.max_score, 3)}
                             for e in pii.entities]},
        "complexity": {"score": cx.score, "tier": cx.tier},
        "prompt_tokens_estimate": plan.signals.prompt_tokens_estimate,
        "budget": [b.as_json() for b in budgets],
        "fallbacks": list(plan.decision.fallbacks),
        "candidates": plan.candidates,
        "classify_ms": round(plan.classify_ms, 2),
    }


def health_report(state: GatewayState) -> dict[str, Any]:
    """Mode, policy, each route's availability and the local engines' placement and queues."""
    policy = state.policy
    routes = {name: {"backend": st.kind, "model": st.model, "available": st.available,
                     "reason": st.why_unavailable} for name, st in state.registry.routes.items()}
    return {
        "status": "ok" if any(r["available"] for r in routes.values()) else "degraded",
        "mode": state.mode,
        "policy": {**state.policy_store.status(), "default_route": policy.default_route,
                   "rules": len(policy.rules)},
        "routes": routes,
        "local": state.registry.local_health(),
        "auth": {"enabled": state.keys.enabled, "keys": state.keys.size},
    }


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

    app.include_router(metrics.router(refresh))
    app.include_router(build_router(lambda: state.store, state.settings.admin_key))


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
    print("\n".join(lines), file=sys.stderr, flush=True)
