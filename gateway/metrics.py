"""Prometheus metrics for /metrics: requests, tokens, cost, latency by route/backend, budgets, queues.

One registry owned by this module (not prometheus_client's global one), so tests and several
apps in one process do not collide. Labels are low-cardinality by design: route and backend
names come from the policy; client keys never become labels.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from fastapi import Request
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

if TYPE_CHECKING:
    from gateway.ledger.records import LedgerRecord

REGISTRY = CollectorRegistry(auto_describe=True)
_LATENCY_BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)

REQUESTS = Counter("hybridgate_requests", "Requests by route, backend and outcome",
                   ["route", "backend", "status"], registry=REGISTRY)
TOKENS = Counter("hybridgate_tokens", "Tokens by route, backend and kind (prompt/completion)",
                 ["route", "backend", "kind"], registry=REGISTRY)
COST = Counter("hybridgate_cost_usd", "Spend in USD by route and backend", ["route", "backend"], registry=REGISTRY)
COUNTERFACTUAL = Counter("hybridgate_counterfactual_cost_usd",
                         "What the same requests would have cost on the reference model",
                         ["route", "backend"], registry=REGISTRY)
LATENCY = Histogram("hybridgate_request_latency_seconds", "End-to-end request latency",
                    ["route", "backend"], buckets=_LATENCY_BUCKETS_S, registry=REGISTRY)
TTFT = Histogram("hybridgate_time_to_first_token_seconds", "Time to first token (streamed requests)",
                 ["route", "backend"], buckets=_LATENCY_BUCKETS_S, registry=REGISTRY)
OVERHEAD = Histogram("hybridgate_gateway_overhead_seconds", "Time spent in the gateway itself",
                     ["route", "backend"], buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1),
                     registry=REGISTRY)
BUDGET_REMAINING_USD = Gauge("hybridgate_budget_remaining_usd", "USD left in the budget's current period",
                             ["budget"], registry=REGISTRY)
BUDGET_REMAINING_TOKENS = Gauge("hybridgate_budget_remaining_tokens", "Tokens left in the budget's current period",
                                ["budget"], registry=REGISTRY)
BUDGET_SPENT_USD = Gauge("hybridgate_budget_spent_usd", "USD spent in the budget's current period",
                         ["budget"], registry=REGISTRY)
BUDGET_WARNINGS = Counter("hybridgate_budget_warnings", "Soft budget thresholds crossed",
                          ["budget", "threshold"], registry=REGISTRY)
BUDGET_EXCEEDED = Counter("hybridgate_budget_exceeded", "Requests refused a reservation, by on_exceeded action",
                          ["budget", "action"], registry=REGISTRY)
QUEUE_DEPTH = Gauge("hybridgate_queue_depth", "Requests waiting in a local route's scheduler queue",
                    ["route"], registry=REGISTRY)
# Every call that sends request bytes to a provider (each retry chain counts once, failed or not).
# In local_only mode this stays 0: `hybridgate audit` shows the same from the ledger.
REMOTE_CALLS = Counter("hybridgate_remote_calls", "Calls to remote providers (request bytes leaving the machine)",
                       ["route", "mode"], registry=REGISTRY)
LOCAL_TOKENS_PER_SECOND = Gauge("hybridgate_local_tokens_per_second",
                                "Recent decode throughput of a local route", ["route"], registry=REGISTRY)


def observe(record: LedgerRecord) -> None:
    """Count one finished request (called once per ledger row)."""
    labels = {"route": record.route, "backend": record.backend}
    REQUESTS.labels(status=record.status, **labels).inc()
    TOKENS.labels(kind="prompt", **labels).inc(record.prompt_tokens)
    TOKENS.labels(kind="completion", **labels).inc(record.completion_tokens)
    COST.labels(**labels).inc(max(0.0, record.cost_usd))
    COUNTERFACTUAL.labels(**labels).inc(max(0.0, record.counterfactual_cost_usd))
    if record.status != "rejected":
        LATENCY.labels(**labels).observe(record.latency_ms / 1000)
    if record.ttft_ms is not None:
        TTFT.labels(**labels).observe(record.ttft_ms / 1000)
    if record.overhead_ms is not None:
        OVERHEAD.labels(**labels).observe(record.overhead_ms / 1000)


def set_budget_remaining(budget: str, state: Any) -> None:
    """Export a budget's current numbers (a gateway.budgets.BudgetState)."""
    BUDGET_SPENT_USD.labels(budget=budget).set(state.spent_usd)
    if state.remaining_usd is not None:
        BUDGET_REMAINING_USD.labels(budget=budget).set(state.remaining_usd)
    if state.remaining_tokens is not None:
        BUDGET_REMAINING_TOKENS.labels(budget=budget).set(state.remaining_tokens)


def set_queue_depth(route: str, depth: int) -> None:
    QUEUE_DEPTH.labels(route=route).set(depth)


def set_local_throughput(route: str, tokens_per_second: float) -> None:
    LOCAL_TOKENS_PER_SECOND.labels(route=route).set(tokens_per_second)


def render() -> tuple[bytes, str]:
    """(body, content type) of the Prometheus text exposition."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def router(refresh: Callable[[], Awaitable[None]] | None = None, key: str | None = None) -> Any:
    """A FastAPI router serving GET /metrics; `refresh` (e.g. BudgetEnforcer.export_metrics) runs first.
    With `key`, scrapers must send `Authorization: Bearer <key>` (Prometheus: `authorization.credentials`)."""
    from fastapi import APIRouter, Response

    from gateway.keys import is_admin
    from gateway.errors import AuthenticationFailed

    r = APIRouter()

    @r.get("/metrics", include_in_schema=False)
    async def metrics_endpoint(request: Request) -> Response:
        if key is not None and not is_admin(request.headers.get("authorization"), key):
            raise AuthenticationFailed("metrics key required (Authorization: Bearer <key>)")
        if refresh is not None:
            await refresh()
        body, ctype = render()
        return Response(content=body, media_type=ctype)

    return r
