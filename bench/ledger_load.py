"""Reserve → (simulated call) → settle load against a ledger URL, one line per finished request.

Used by the multi-process budget tests (two OS processes on one PostgreSQL server, kill -9
mid-load) and handy on its own to measure reservations per second:

    python bench/ledger_load.py --url sqlite:///artifacts/load.db --requests 200 --limit-usd 0.02

Each settled request prints `SETTLED <id> <cost>` only after its transaction committed, so a
parent that kills this process knows exactly which rows must be in the ledger.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from gateway.budgets import BudgetEnforcer, BudgetExceeded, BudgetSpec, ReserveRequest  # noqa: E402
from gateway.ledger.records import LedgerRecord  # noqa: E402
from gateway.ledger.store import open_store  # noqa: E402

WORST_USD = 0.001      # reserved per request (worst case)
ACTUAL_MAX_USD = 0.0008


async def one(enf: BudgetEnforcer, rng: random.Random, args: argparse.Namespace) -> None:
    req = ReserveRequest("remote", "openai", args.key, None, WORST_USD, 300)
    try:
        res = await enf.reserve(req)
    except BudgetExceeded as exc:
        await enf.store.write(LedgerRecord(route="remote", backend="litellm", model="gpt-4o-mini",
                                           provider="openai", client_key_hash=args.key, status="rejected",
                                           error_type="budget_exceeded"))
        print(f"REJECTED {exc.budget} {exc.message}", flush=True)
        return
    await asyncio.sleep(rng.uniform(0, args.call_s))
    cost = rng.uniform(ACTUAL_MAX_USD / 2, ACTUAL_MAX_USD)
    rec = LedgerRecord(route="remote", backend="litellm", model="gpt-4o-mini", provider="openai",
                       client_key_hash=args.key, prompt_tokens=100, completion_tokens=rng.randint(1, 200),
                       cost_usd=cost, latency_ms=rng.uniform(5, 900), ttft_ms=rng.uniform(1, 50))
    await enf.settle(res, rec)
    print(f"SETTLED {rec.id} {cost!r}", flush=True)


async def main(args: argparse.Namespace) -> None:
    store = await open_store(args.url)
    spec = BudgetSpec(name="load", limit_usd=args.limit_usd, period="day")
    enf = BudgetEnforcer([spec], store, reservation_timeout_s=args.timeout_s)
    rng = random.Random(args.seed)
    sem = asyncio.Semaphore(args.concurrency)
    started = time.perf_counter()

    async def guarded() -> None:
        async with sem:
            await one(enf, rng, args)

    print("READY", flush=True)
    if args.start_at:  # two processes released at the same moment
        await asyncio.sleep(max(0.0, args.start_at - time.time()))
    await asyncio.gather(*(guarded() for _ in range(args.requests)))
    print(f"DONE {args.requests} in {time.perf_counter() - started:.3f}s", flush=True)
    await store.close()


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", required=True)
    p.add_argument("--requests", type=int, default=200)
    p.add_argument("--concurrency", type=int, default=200)
    p.add_argument("--limit-usd", type=float, default=0.02)
    p.add_argument("--timeout-s", type=float, default=300)
    p.add_argument("--call-s", type=float, default=0.02, help="max simulated upstream time")
    p.add_argument("--key", default="loadkey")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--start-at", type=float, default=0.0, help="epoch seconds to start at")
    return p.parse_args()


if __name__ == "__main__":
    asyncio.run(main(parse()))
