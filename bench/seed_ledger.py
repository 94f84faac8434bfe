"""Seed a ledger with N synthetic rows (default 1,000,000) and build its rollups, fast.

    python bench/seed_ledger.py --url sqlite:///artifacts/bench_ledger.db --rows 1000000
    python bench/seed_ledger.py --url "$(cat .pgdata/dsn)?schema=bench" --rows 1000000

Rows go in with executemany (SQLite) / COPY (PostgreSQL) in batches, then the hourly and
daily rollups are rebuilt with one GROUP BY each — the same tables the gateway maintains
incrementally per request. Prints rows/s for both phases.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
import uuid
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from gateway.ledger.store import open_store  # noqa: E402

ROUTES = [  # (route, backend, model, provider, $/1k in, $/1k out, latency scale ms)
    ("local", "local", "smollm2-135m-instruct", "local", 0.00002, 0.00002, 400.0),
    ("remote", "litellm", "openai/gpt-4o-mini", "openai", 0.00015, 0.0006, 900.0),
    ("premium", "litellm", "openai/gpt-4o", "openai", 0.0025, 0.01, 1500.0),
    ("claude", "litellm", "anthropic/claude-3-5-haiku", "anthropic", 0.0008, 0.004, 1100.0),
]
REF_IN, REF_OUT = 0.0025, 0.01  # reference model (gpt-4o) per 1k
STATUSES = np.array(["ok", "error", "rejected", "cancelled"])


def batch(n: int, start: float, span_s: float, keys: list[str], rng: np.random.Generator) -> list[tuple]:
    """n ledger rows in records.ROW_COLUMNS order, vectorised where it matters."""
    ts = start + rng.random(n) * span_s
    route_i = rng.choice(len(ROUTES), n, p=[0.45, 0.35, 0.1, 0.1])
    key_i = rng.integers(0, len(keys), n)
    status_i = rng.choice(4, n, p=[0.92, 0.03, 0.03, 0.02])
    pt = rng.integers(5, 2000, n)
    ct = np.where(status_i == 2, 0, rng.integers(1, 800, n))
    stream = rng.random(n) < 0.5
    lat_noise = rng.lognormal(0.0, 0.6, n)
    ttft = rng.uniform(20, 300, n)
    overhead = rng.uniform(0.5, 6, n)
    complexity = rng.random(n)
    rows = []
    for i in range(n):
        route, backend, model, provider, pin, pout, lat = ROUTES[route_i[i]]
        p, c = int(pt[i]), int(ct[i])
        status = STATUSES[status_i[i]]
        rows.append((
            uuid.uuid4().hex, float(ts[i]), keys[key_i[i]], f"team{key_i[i] % 5}", route, backend, model,
            provider, "chat", "default", "[]", float(complexity[i]), p, c,
            (p * pin + c * pout) / 1000, (p * REF_IN + c * REF_OUT) / 1000,
            0.0 if status == "rejected" else float(lat * lat_noise[i]),
            float(ttft[i]) if stream[i] else None, float(overhead[i]), str(status),
            "upstream_error" if status == "error" else None, "[]", int(stream[i]), None, 0,
            "hybrid", "seeded", "none", int(backend != "local"),
        ))
    return rows


async def main(args: argparse.Namespace) -> dict[str, float]:
    store = await open_store(args.url)
    rng = np.random.default_rng(args.seed)
    keys = [f"{k:016x}" for k in rng.integers(0, 2**63, args.keys)]
    span = args.days * 86400
    start = time.time() - span
    t0 = time.perf_counter()
    done = 0
    while done < args.rows:
        n = min(args.batch, args.rows - done)
        await store.copy_rows(batch(n, start, span, keys, rng))
        done += n
        print(f"\r{done:,} rows", end="", file=sys.stderr, flush=True)
    t1 = time.perf_counter()
    await store.rebuild_rollups()
    t2 = time.perf_counter()
    await store.close()
    result = {"rows": args.rows, "insert_s": round(t1 - t0, 2), "rows_per_s": round(args.rows / (t1 - t0)),
              "rollup_rebuild_s": round(t2 - t1, 2)}
    print(file=sys.stderr)
    print(json.dumps(result))
    return result


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default="sqlite:///artifacts/bench_ledger.db")
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--keys", type=int, default=50)
    p.add_argument("--batch", type=int, default=50_000)
    p.add_argument("--seed", type=int, default=0)
    return p.parse_args()


if __name__ == "__main__":
    asyncio.run(main(parse()))
