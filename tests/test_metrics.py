"""Prometheus exposition: request/token/cost/latency series by route and backend, budgets, queues."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families

from gateway import metrics
from gateway.ledger.records import LedgerRecord


def _samples() -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    body, ctype = metrics.render()
    assert ctype.startswith("text/plain")
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for fam in text_string_to_metric_families(body.decode()) for s in fam.samples}


async def test_observe_and_expose() -> None:
    rec = LedgerRecord(route="m-remote", backend="litellm", model="gpt-4o-mini", prompt_tokens=12,
                       completion_tokens=30, cost_usd=0.25, counterfactual_cost_usd=0.5, latency_ms=120,
                       ttft_ms=40, overhead_ms=2, stream=True)
    metrics.observe(rec)
    metrics.observe(LedgerRecord(route="m-remote", backend="litellm", model="gpt-4o-mini", status="rejected"))
    metrics.set_queue_depth("m-local", 3)
    metrics.set_local_throughput("m-local", 148.5)
    s = _samples()
    lab = (("backend", "litellm"), ("route", "m-remote"))
    assert s[("hybridgate_requests_total", lab + (("status", "ok"),))] == 1
    assert s[("hybridgate_requests_total", lab + (("status", "rejected"),))] == 1
    assert s[("hybridgate_tokens_total", (("backend", "litellm"), ("kind", "completion"), ("route", "m-remote")))] == 30
    assert s[("hybridgate_cost_usd_total", lab)] == 0.25
    assert s[("hybridgate_counterfactual_cost_usd_total", lab)] == 0.5
    assert s[("hybridgate_request_latency_seconds_count", lab)] == 1  # rejected requests have no latency
    assert s[("hybridgate_request_latency_seconds_bucket", (("backend", "litellm"), ("le", "0.25"), ("route", "m-remote")))] == 1
    assert abs(s[("hybridgate_time_to_first_token_seconds_sum", lab)] - 0.04) < 1e-12
    assert s[("hybridgate_queue_depth", (("route", "m-local"),))] == 3
    assert s[("hybridgate_local_tokens_per_second", (("route", "m-local"),))] == 148.5

    app = FastAPI()
    app.include_router(metrics.router())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        r = await c.get("/metrics")
    assert r.status_code == 200 and "hybridgate_cost_usd_total" in r.text


async def test_metrics_router_refreshes_budget_gauges(tmp_path) -> None:
    """/metrics shows budget remaining from the shared store, not just this process's own settles."""
    from gateway.budgets import BudgetEnforcer, BudgetSpec, ReserveRequest
    from gateway.ledger.store import open_store

    store = await open_store(f"sqlite:///{tmp_path}/ledger.db")
    other = BudgetEnforcer([BudgetSpec(name="shared-b", limit_usd=2.0)], store)  # "another replica"
    res = await other.reserve(ReserveRequest("remote", cost_usd=0.5))
    await other.settle(res, LedgerRecord(route="remote", backend="litellm", model="m", cost_usd=0.5))
    mine = BudgetEnforcer([BudgetSpec(name="shared-b", limit_usd=2.0)], store)
    app = FastAPI()
    app.include_router(metrics.router(refresh=mine.export_metrics))
    metrics.BUDGET_REMAINING_USD.labels(budget="shared-b").set(-1)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        r = await c.get("/metrics")
    assert 'hybridgate_budget_remaining_usd{budget="shared-b"} 1.5' in r.text
    await store.close()
