"""Gateway overhead: the fake upstream called directly vs through hybridgate (remote route), one run.

Starts the fake OpenAI-compatible upstream (tests/upstream.py) and `hybridgate serve` as
separate processes on loopback, then sends the same non-streaming chat request to both,
interleaved, at 1 and at 32 concurrent clients. Prints p50/p95/p99 of each, the ratio and the
absolute difference, and the distribution of the gateway's own `x-hybridgate-overhead-ms`
header, with and without the classification part (`x-hybridgate-classify-ms`). The header
counts the gateway's own work (parsing, policy, budget, the ledger commit) and leaves out the
backend call, litellm's own CPU and any wait for the event loop during that call included: the
"added" line (through hybridgate minus direct) is the end-to-end view. At 32 clients the two
cores are saturated (upstream, gateway and this client share them) and latencies mostly measure
queueing; the CPU each process spent per request it served (servers from /proc, this client from
getrusage) says what the gateway costs independently of that, and how busy the cores were.

    .venv/bin/python bench/gateway_overhead.py [--requests 400] [--concurrency 1 32]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
BODY = {"model": "remote", "messages": [{"role": "user", "content": "Summarise the plot of Hamlet in one line."}],
        "max_tokens": 16}
POLICY = """\
version: 1
mode: hybrid
default_route: remote
routes:
  remote:
    backend: litellm
    model: openai/fake-model
    api_base: http://127.0.0.1:{port}/v1
    timeout_s: 10
    max_retries: 0
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.002}}
rules: []
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _summary(values: list[float]) -> str:
    return (f"p50 {_pct(values, 0.50):7.2f}  p95 {_pct(values, 0.95):7.2f}  p99 {_pct(values, 0.99):7.2f}  "
            f"mean {statistics.fmean(values):7.2f} ms")


def _wait(url: str, proc: subprocess.Popen[bytes], timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args} exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(url)


async def _one(client: httpx.AsyncClient, url: str) -> tuple[float, httpx.Response]:
    t0 = time.perf_counter()
    resp = await client.post(url, json=BODY)
    elapsed = (time.perf_counter() - t0) * 1000
    resp.raise_for_status()
    return elapsed, resp


async def _run(upstream: str, gateway: str, n: int, concurrency: int) -> dict[str, list[float]]:
    """n requests to each target, `concurrency` in flight per target, targets interleaved."""
    out: dict[str, list[float]] = {"direct": [], "gateway": [], "overhead_hdr": [], "classify_hdr": []}
    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency * 2)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        for _ in range(3):  # warm connections and the gateway's first-call paths
            await _one(client, upstream + "/v1/chat/completions")
            await _one(client, gateway + "/v1/chat/completions")
        sem = asyncio.Semaphore(concurrency)

        async def worker(i: int) -> None:
            async with sem:
                target = "direct" if i % 2 == 0 else "gateway"
                base = upstream if target == "direct" else gateway
                ms, resp = await _one(client, base + "/v1/chat/completions")
                out[target].append(ms)
                if target == "gateway":
                    out["overhead_hdr"].append(float(resp.headers["x-hybridgate-overhead-ms"]))
                    out["classify_hdr"].append(float(resp.headers["x-hybridgate-classify-ms"]))

        await asyncio.gather(*(worker(i) for i in range(2 * n)))
    return out


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _own_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _report(concurrency: int, r: dict[str, list[float]]) -> None:
    d, g = r["direct"], r["gateway"]
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n== {concurrency} concurrent client(s), {len(d)} requests per target (load average {load}) ==")
    print(f"direct upstream        {_summary(d)}")
    print(f"through hybridgate     {_summary(g)}")
    print(f"ratio p50 {_pct(g, .5) / _pct(d, .5):.2f}x  p99 {_pct(g, .99) / _pct(d, .99):.2f}x;  "
          f"added p50 {_pct(g, .5) - _pct(d, .5):.2f} ms  p95 {_pct(g, .95) - _pct(d, .95):.2f} ms  "
          f"p99 {_pct(g, .99) - _pct(d, .99):.2f} ms")
    excl = [o - c for o, c in zip(r["overhead_hdr"], r["classify_hdr"])]
    print(f"x-hybridgate-overhead-ms             {_summary(r['overhead_hdr'])}")
    print(f"  of which classification            {_summary(r['classify_hdr'])}")
    print(f"  overhead excluding classification  {_summary(excl)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400, help="requests per target per concurrency level")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 32])
    args = parser.parse_args()
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
           "PYTHONPATH": str(ROOT)}
    up_port, gw_port = _free_port(), _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        policy = Path(tmp) / "bench.yaml"
        policy.write_text(POLICY.format(port=up_port))
        procs = [
            subprocess.Popen([sys.executable, str(ROOT / "tests" / "upstream.py"), "--port", str(up_port)], env=env),
            subprocess.Popen([sys.executable, "-m", "gateway.cli", "serve", "--port", str(gw_port), "--policy",
                              str(policy), "--no-auth", "--ledger", f"sqlite:///{tmp}/bench.db",
                              "--log-level", "warning"], env=env, cwd=ROOT),
        ]
        try:
            upstream, gateway = f"http://127.0.0.1:{up_port}", f"http://127.0.0.1:{gw_port}"
            _wait(upstream + "/control", procs[0])
            _wait(gateway + "/health", procs[1])
            print(f"cpu cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f}")
            for c in args.concurrency:
                cpu0 = [_cpu_s(p.pid) for p in procs] + [_own_cpu_s()]
                _report(c, asyncio.run(_run(upstream, gateway, args.requests, c)))
                cpu1 = [_cpu_s(p.pid) for p in procs] + [_own_cpu_s()]
                up_ms, gw_ms, client_ms = ((t1 - t0) * 1000 for t0, t1 in zip(cpu0, cpu1))
                served = args.requests + 3  # plus the warm-up requests _run sends each target
                print(f"process CPU per request served: gateway {gw_ms / served:.2f} ms, "
                      f"upstream {up_ms / (2 * served):.2f} ms, this client {client_ms / (2 * served):.2f} ms")
        finally:
            for p in procs:
                p.terminate()
            for p in procs:
                p.wait(30)


if __name__ == "__main__":
    main()
