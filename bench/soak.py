"""Soak: many clients mixing every kind of traffic against `hybridgate serve` for a long time.

64 concurrent clients (default) for --duration seconds (default 600) send: normal chat and
completions to a remote route and to the real local engine, streams, streams the client walks
away from after the first chunk, non-streamed requests it gives up on, bad bodies (type-swapped,
NaN, surrogates, deep nesting, 5 MB), and requests to remote routes whose upstream fails in
every way (500 always, 429 always, invalid JSON, no choices, connection cut mid-answer, a stall
past the route's timeout, replies over the size cap). The gateway runs as its own process
(SQLite ledger) so its RSS is its own; each fake upstream (tests/upstream.py) is a process of its
own too, configured through its /control endpoint, so a busy client loop here cannot starve it.

Reports: requests by kind and status; unexpected 5xx (a 500 anywhere, or a 502/503/504 where the
route could not fail that way); lost rows (requests sent vs ledger rows, and every request id a
client saw present exactly once); reservations left; RSS of the gateway sampled every 5 s, and
its growth after warm-up (first fifth of the run, at least 60 s).

    .venv/bin/python bench/soak.py [--duration 600] [--clients 64]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from upstream import free_port  # noqa: E402

KEY = "soak-key"
FAILING = {  # route -> how its upstream misbehaves
    "fail500": {"fail_always": True},
    "ratelimited": {"rate_limit_next": 10**9},
    "garbage": {"misbehave": "invalid_json"},
    "nochoices": {"misbehave": "no_choices"},
    "cut": {"misbehave": "cut"},
    "stall": {"misbehave": "stall"},
    "huge": {"misbehave": "huge", "huge_bytes": 6 << 20},  # over the 4 MB cap the gateway runs with here
}
SAY = [{"role": "user", "content": "Say hello"}]
BAD_BODIES: list[bytes] = [
    b'{"model":"remote","messages":[{"role":"user","content":"x\\ud800y"}]}',
    b'{"model":"remote","messages":[{"role":"user","content":"hi"}],"temperature":NaN}',
    b'{"model":"local","messages":[{"role":"user","content":"hi"}],"seed":-1,"max_tokens":2}',
    b'{"model":"remote","messages":' + b"[" * 2000 + b"]" * 2000 + b"}",
    json.dumps({"model": "remote", "messages": [{"role": "user", "content": [{"type": "text", "text": [1]}]}]}).encode(),
    json.dumps({"model": "local", "prompt": [-1, 10**9]}).encode(),
    json.dumps({"model": "remote", "messages": SAY, "max_tokens": 10**30}).encode(),
    json.dumps({"model": "no-such-route-" + "x" * 40, "messages": SAY}).encode(),
    b"not json at all",
    b'{"model":"remote","messages":[{"role":"user","content":"' + b"y" * (5 << 20) + b'"}]}',
]


def policy(model: str, urls: dict[str, str]) -> str:
    routes = [f"""\
  local:
    backend: local
    model: {model}
    n_ctx: 512
    max_batch: 8
    max_queue: 32
    max_output_tokens: 8
    price: {{input_per_1k_usd: 0.0001, output_per_1k_usd: 0.0002}}
  remote:
    backend: litellm
    model: openai/soak-model
    api_base: {urls['remote']}/v1
    timeout_s: 10
    max_retries: 1  # a pooled connection the upstream's keep-alive timer just closed is retried once
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.002}}"""]
    for name in FAILING:
        routes.append(f"""\
  {name}:
    backend: litellm
    model: openai/soak-{name}
    api_base: {urls[name]}/v1
    timeout_s: 2
    max_retries: 1
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.002}}""")
    return ("version: 1\nmode: hybrid\ndefault_route: remote\nroutes:\n" + "\n".join(routes) +
            "\nrules: []\nbudgets:\n  - name: soak\n    limit_usd: 1000000\n")


class Stats:
    def __init__(self) -> None:
        self.by_kind: Counter[tuple[str, int | str]] = Counter()
        self.unexpected: list[str] = []
        self.sent = 0
        self.ids: list[str] = []


async def one(client: httpx.AsyncClient, stats: Stats, rng: random.Random) -> None:
    """One request of a randomly chosen kind; records what came back."""
    kind = rng.choices(["remote", "local", "stream", "stream-local", "walk-away", "give-up", "bad", "failing",
                        "failing-stream", "completions"], weights=[20, 6, 12, 4, 6, 4, 16, 20, 8, 4])[0]
    path, body, expect_5xx = "/v1/chat/completions", None, set()
    stream, read_first_only, timeout = False, False, 60.0
    if kind in ("remote", "stream"):
        body = {"model": "remote", "messages": SAY, "max_tokens": 8, "stream": kind == "stream"}
        stream = kind == "stream"
    elif kind in ("local", "stream-local"):
        body = {"model": "local", "messages": SAY, "max_tokens": 8, "stream": kind == "stream-local"}
        stream, expect_5xx = kind == "stream-local", {503}  # engine busy: 503 + Retry-After is the contract
    elif kind == "walk-away":
        body = {"model": rng.choice(["remote", "local"]), "messages": SAY, "max_tokens": 8, "stream": True}
        stream, read_first_only, expect_5xx = True, True, {503}
    elif kind == "give-up":
        body = {"model": "local", "messages": SAY, "max_tokens": 8}
        timeout, expect_5xx = 0.2, {503}
    elif kind == "bad":
        raw = rng.choice(BAD_BODIES)
        expect_5xx = {503}  # the seed -1 body is valid: a busy engine answers it 503 + Retry-After
    elif kind in ("failing", "failing-stream"):
        route = rng.choice(list(FAILING))
        body = {"model": route, "messages": SAY, "max_tokens": 8, "stream": kind == "failing-stream"}
        stream, expect_5xx = kind == "failing-stream", {502, 503, 504}
        kind = f"{kind}:{route}"
    else:
        path, body = "/v1/completions", {"model": rng.choice(["remote", "local"]), "prompt": "Hello", "max_tokens": 4}
        expect_5xx = {503}
    content = raw if body is None else json.dumps(body).encode()
    stats.sent += 1
    try:
        async with client.stream("POST", path, content=content, timeout=timeout,
                                 headers={"content-type": "application/json"}) as r:
            if "x-request-id" in r.headers:
                stats.ids.append(r.headers["x-request-id"])
            if read_first_only:
                async for _ in r.aiter_bytes():
                    break
            else:
                await r.aread()
            status: int | str = r.status_code
    except httpx.TimeoutException:
        status = "client-timeout"  # our own give-up; the gateway still records a cancelled row
    except httpx.HTTPError as exc:
        status = type(exc).__name__
    stats.by_kind[(kind, status)] += 1
    if isinstance(status, int) and status >= 500 and status not in expect_5xx:
        stats.unexpected.append(f"{kind} -> {status}")


async def client_loop(base: str, stats: Stats, until: float, seed: int) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {KEY}"}) as client:
        while time.monotonic() < until:
            await one(client, stats, rng)


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def run(args: argparse.Namespace) -> int:
    from local_engine.model_store import DEFAULT_MODELS, models_dir

    model = models_dir() / DEFAULT_MODELS["smollm2-135m-instruct"].filename
    upstreams: dict[str, tuple[str, subprocess.Popen[bytes]]] = {}
    for name in ["remote", *FAILING]:
        port = free_port()
        upstreams[name] = (f"http://127.0.0.1:{port}", subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "upstream.py"), "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    for name, (url, _) in upstreams.items():
        for _ in range(100):
            try:
                httpx.post(url + "/control", json=FAILING.get(name, {}), timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                await asyncio.sleep(0.2)
    tmp = Path(tempfile.mkdtemp(prefix="soak-"))
    (tmp / "policy.yaml").write_text(policy(str(model), {n: url for n, (url, _) in upstreams.items()}))
    port, db = free_port(), tmp / "ledger.db"
    env = {**os.environ, "HYBRIDGATE_API_KEYS": KEY, "HYBRIDGATE_LEDGER_URL": f"sqlite:///{db}",
           "PYTHONPATH": str(ROOT), "LITELLM_LOCAL_MODEL_COST_MAP": "True",
           "HYBRIDGATE_MAX_REPLY_BYTES": str(4 << 20)}
    log = (tmp / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "gateway.cli", "serve", "--port", str(port), "--policy",
                             str(tmp / "policy.yaml"), "--log-level", "warning"], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                print((tmp / "serve.log").read_text()[-3000:])
                return 2
            await asyncio.sleep(0.5)
        print(f"soak: {args.clients} clients for {args.duration:.0f} s against {base} (gateway pid {proc.pid}); "
              f"load at start: {os.getloadavg()}", flush=True)
        stats, t0 = Stats(), time.monotonic()
        until = t0 + args.duration
        samples: list[tuple[float, float]] = []
        clients = [asyncio.create_task(client_loop(base, stats, until, seed)) for seed in range(args.clients)]
        while time.monotonic() < until:
            samples.append((time.monotonic() - t0, rss_mb(proc.pid)))
            await asyncio.sleep(5)
        await asyncio.gather(*clients)
        samples.append((time.monotonic() - t0, rss_mb(proc.pid)))
        await asyncio.sleep(3)  # rows of requests cancelled at the very end are written in the background
        with sqlite3.connect(db) as conn:
            counts = dict(conn.execute("SELECT id, COUNT(*) FROM ledger GROUP BY id").fetchall())
            reserved = conn.execute("SELECT COUNT(*) FROM budget_reservations").fetchone()[0]
            by_status = dict(conn.execute("SELECT status, COUNT(*) FROM ledger GROUP BY status").fetchall())
        rows = sum(counts.values())
        missing = [i for i in stats.ids if i not in counts]
        doubled = [i for i, n in counts.items() if n != 1]
        warm = max(60.0, args.duration / 5)
        after = [mb for t, mb in samples if t >= warm] or [samples[-1][1]]
        growth = after[-1] - after[0]
        print("\nrequests by kind and status:")
        for (kind, status), n in sorted(stats.by_kind.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
            print(f"  {kind:32s} {status!s:>16s} {n:7d}")
        print(f"\nsent {stats.sent} requests in {args.duration:.0f} s ({stats.sent / args.duration:.1f}/s); "
              f"ledger rows {rows} by status {by_status}")
        print(f"unexpected 5xx: {len(stats.unexpected)} {Counter(stats.unexpected).most_common(5)}")
        print(f"lost rows: {max(0, stats.sent - rows)} (sent - rows); ids seen without a row: {len(missing)}; "
              f"ids with more than one row: {len(doubled)}; reservations left: {reserved}")
        print(f"gateway RSS MB: start {samples[0][1]:.0f}, after warm-up ({warm:.0f} s) {after[0]:.0f}, "
              f"end {after[-1]:.0f}, max {max(mb for _, mb in samples):.0f}; growth after warm-up {growth:+.1f} MB")
        print(f"load average at end: {os.getloadavg()}")
        ok = not stats.unexpected and stats.sent == rows and not missing and not doubled and reserved == 0
        print("PASS" if ok and growth < 20 else "FAIL")
        return 0 if ok and growth < 20 else 1
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        for _, up in upstreams.values():
            up.terminate()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=600.0, help="seconds of traffic (default 600)")
    parser.add_argument("--clients", type=int, default=64)
    sys.exit(asyncio.run(run(parser.parse_args())))


if __name__ == "__main__":
    main()
