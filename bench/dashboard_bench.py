"""Time GET /dashboard/api/summary (and the HTML page) against a seeded ledger; target < 200 ms.

    python bench/seed_ledger.py --url sqlite:///artifacts/bench_ledger.db      # 1,000,000 rows
    python bench/dashboard_bench.py --url sqlite:///artifacts/bench_ledger.db

Requests go through the real FastAPI router over a real uvicorn server on loopback with
httpx, so routing, auth, JSON encoding and the HTTP hop are all counted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import statistics
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from gateway.dashboard import build_router  # noqa: E402
from gateway.ledger.store import LedgerStore, open_store  # noqa: E402

ADMIN = "bench-admin"


def make_app(url: str) -> FastAPI:
    holder: dict[str, LedgerStore] = {}

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        holder["store"] = await open_store(url)
        yield
        await holder["store"].close()

    app = FastAPI(lifespan=lifespan)
    app.include_router(build_router(lambda: holder["store"], ADMIN))
    return app


@contextlib.contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join()


def timed(client: httpx.Client, path: str, params: dict[str, str], repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        r = client.get(path, params=params)
        samples.append((time.perf_counter() - t) * 1000)
        r.raise_for_status()
    return {"p50_ms": round(statistics.median(samples), 1), "max_ms": round(max(samples), 1),
            "min_ms": round(min(samples), 1)}


def main(args: argparse.Namespace) -> None:
    now = time.time()
    results = {}
    with serve(make_app(args.url)) as base, httpx.Client(base_url=base, timeout=60,
                                                         headers={"Authorization": f"Bearer {ADMIN}"}) as c:
        c.get("/dashboard/api/summary").raise_for_status()  # warm caches / first connection
        for days in (1, 7, 30):
            for group_by in ("route", "model", "key", "team", "rule", "reason", "fallback", "pii"):
                params = {"from": str(now - days * 86400), "to": str(now), "group_by": group_by}
                results[f"summary {days}d by {group_by}"] = timed(c, "/dashboard/api/summary", params, args.repeat)
        results["html page 7d"] = timed(c, "/dashboard", {"range": "7d"}, max(3, args.repeat // 4))
        results["html page 30d"] = timed(c, "/dashboard", {"range": "30d"}, max(3, args.repeat // 4))
        total = c.get("/dashboard/api/summary", params={"from": str(now - 400 * 86400)}).json()["totals"]["requests"]
    print(json.dumps({"url": args.url.split("@")[-1], "rows_in_range": total, "results": results}, indent=1))


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default="sqlite:///artifacts/bench_ledger.db")
    p.add_argument("--repeat", type=int, default=20)
    return p.parse_args()


if __name__ == "__main__":
    main(parse())
