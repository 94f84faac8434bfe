"""Soak: many clients mixing every kind of traffic against `hybridgate serve` for a long time.

64 concurrent clients (default) for --duration seconds (default 600) send: normal chat and
completions to a remote route and to the real local engine, streams, streams the client walks
away from after the first chunk, non-streamed requests it gives up on, bad bodies (type-swapped,
NaN, surrogates, deep nesting, 5 MB), and requests to remote routes whose upstream fails in
every way (500 always, 429 always, invalid JSON, no choices, connection cut mid-answer, a stall
past the route's timeout, replies over the size cap). The gateway runs as its own process
(SQLite ledger) so its RSS is its own; each fake upstream (tests/upstream.py) is a process of its
own too, configured through its /control endpoint, so a busy client loop here cannot starve it.

Every request's outcome is checked against what a correct gateway answers for it (the status
each bad body and each failing upstream must get; 503 only from the busy local engine, with
Retry-After; an error event inside a 200 stream only where the upstream breaks mid-answer; a
dropped connection never). Reports: outcomes by kind and by status class, each unexpected one
with its error message; lost rows (requests sent vs ledger rows, and every request id a client
saw present exactly once); reservations left; the gateway's RSS sampled every 5 s: its level
(median) in the minute after warm-up (the first fifth of the run, at least 60 s) and in the last
minute, and the growth between them.

    .venv/bin/python bench/soak.py [--duration 600] [--clients 64] [--trace-memory]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sqlite3
import statistics
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
# What a correct gateway answers each failing route with (no fallbacks are configured): 502 for a
# provider error or a reply that breaks the protocol, 504 past the route's timeout, 429 passed on.
# A stream that broke before its first byte gets the same status; after it, a 200 whose last
# event is an error (MID_STREAM: the upstreams that send good chunks first).
FAILING_STATUS = {"fail500": 502, "ratelimited": 429, "garbage": 502, "nochoices": 502, "cut": 502, "stall": 504,
                  "huge": 502}
MID_STREAM = {"cut", "huge"}  # "huge" streams 64 KB chunks: the first ones pass, the cap trips later
# Hostile bodies and the status each must get (the seed -1 body is valid: 200, or 503 when busy).
BAD_BODIES: list[tuple[bytes, int]] = [
    (b'{"model":"remote","messages":[{"role":"user","content":"x\\ud800y"}]}', 400),
    (b'{"model":"remote","messages":[{"role":"user","content":"hi"}],"temperature":NaN}', 400),
    (b'{"model":"local","messages":[{"role":"user","content":"hi"}],"seed":-1,"max_tokens":2}', 200),
    (b'{"model":"remote","messages":' + b"[" * 2000 + b"]" * 2000 + b"}", 400),
    (json.dumps({"model": "remote", "messages": [{"role": "user", "content": [{"type": "text", "text": [1]}]}]})
     .encode(), 400),
    (json.dumps({"model": "local", "prompt": [-1, 10**9]}).encode(), 400),
    (json.dumps({"model": "remote", "messages": SAY, "max_tokens": 10**30}).encode(), 400),
    (json.dumps({"model": "no-such-route-" + "x" * 40, "messages": SAY}).encode(), 404),
    (b"not json at all", 400),
    (b'{"model":"remote","messages":[{"role":"user","content":"' + b"y" * (5 << 20) + b'"}]}', 413),
]


def policy(model: str, urls: dict[str, str]) -> str:
    """No retries anywhere (a transient failure shows as what it is), and a 10 s timeout on every
    remote route but `stall`, whose 2 s one is what it tests."""
    routes = [f"""\
  local:
    backend: local
    model: {model}
    n_ctx: 512
    max_batch: 8
    max_queue: 32
    max_output_tokens: 8
    price: {{input_per_1k_usd: 0.0001, output_per_1k_usd: 0.0002}}"""]
    for name in ["remote", *FAILING]:
        routes.append(f"""\
  {name}:
    backend: litellm
    model: openai/soak-{name}
    api_base: {urls[name]}/v1
    timeout_s: {2 if name == "stall" else 10}
    max_retries: 0
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.002}}""")
    return ("version: 1\nmode: hybrid\ndefault_route: remote\nroutes:\n" + "\n".join(routes) +
            "\nrules: []\nbudgets:\n  - name: soak\n    limit_usd: 1000000\n")


class Stats:
    def __init__(self) -> None:
        self.by_kind: Counter[tuple[str, int | str]] = Counter()
        self.by_class: Counter[str] = Counter()  # "2xx", "5xx unexpected", ...
        self.unexpected: list[str] = []  # "kind -> outcome: the error message"
        self.unexpected_5xx = 0
        self.sent = 0
        self.ids: list[str] = []


def _status_class(outcome: int | str) -> str:
    if isinstance(outcome, int):
        return f"{outcome // 100}xx"
    return outcome if outcome in ("client-timeout", "200+error-event") else "transport error"


def _error_message(raw: bytes) -> str:
    """The OpenAI error message in a JSON body or in an SSE stream's error event."""
    for chunk in [raw, *(line[5:] for line in raw.split(b"\n") if line.startswith(b"data:"))]:
        try:
            err = json.loads(chunk).get("error")
        except (ValueError, AttributeError):
            continue
        if isinstance(err, dict):
            return f"{err.get('code')}: {str(err.get('message'))[:160]}"
    return raw[:160].decode(errors="replace")


async def one(client: httpx.AsyncClient, stats: Stats, rng: random.Random) -> None:
    """One request of a randomly chosen kind; records what came back and whether a correct gateway
    answers that (`expect`: the statuses it may give; a 503 must carry Retry-After; a 200 stream
    ends with an error event only where the upstream breaks mid-answer)."""
    kind = rng.choices(["remote", "local", "stream", "stream-local", "walk-away", "give-up", "bad", "failing",
                        "failing-stream", "completions"], weights=[20, 6, 12, 4, 6, 4, 16, 20, 8, 4])[0]
    path, body, raw = "/v1/chat/completions", None, b""
    stream, read_first_only, timeout, error_event_ok = False, False, 60.0, False
    busy = {503}  # the local engine's queue is full: 503 engine_busy + Retry-After is the contract
    if kind in ("remote", "stream"):
        body = {"model": "remote", "messages": SAY, "max_tokens": 8, "stream": kind == "stream"}
        stream, expect = kind == "stream", {200}
    elif kind in ("local", "stream-local"):
        body = {"model": "local", "messages": SAY, "max_tokens": 8, "stream": kind == "stream-local"}
        stream, expect = kind == "stream-local", {200} | busy
    elif kind == "walk-away":
        model = rng.choice(["remote", "local"])
        body = {"model": model, "messages": SAY, "max_tokens": 8, "stream": True}
        stream, read_first_only, expect = True, True, {200} | (busy if model == "local" else set())
        kind = f"walk-away:{model}"
    elif kind == "give-up":
        body = {"model": "local", "messages": SAY, "max_tokens": 8}
        timeout, expect = 0.2, {200} | busy
    elif kind == "bad":
        i = rng.randrange(len(BAD_BODIES))
        raw, status = BAD_BODIES[i]
        expect = {status} | (busy if status == 200 else set())
        kind = f"bad:{i}"
    elif kind in ("failing", "failing-stream"):
        route = rng.choice(list(FAILING))
        stream = kind == "failing-stream"
        body = {"model": route, "messages": SAY, "max_tokens": 8, "stream": stream}
        expect = {FAILING_STATUS[route]}
        if stream and route in MID_STREAM:
            error_event_ok = True  # a 200 whose stream ends in an error event; a clean 200 would be wrong
        kind = f"{kind}:{route}"
    else:
        model = rng.choice(["remote", "local"])
        path, body = "/v1/completions", {"model": model, "prompt": "Hello", "max_tokens": 4}
        expect = {200} | (busy if model == "local" else set())
        kind = f"completions:{model}"
    content = raw if body is None else json.dumps(body).encode()
    stats.sent += 1
    detail = ""
    try:
        async with client.stream("POST", path, content=content, timeout=timeout,
                                 headers={"content-type": "application/json"}) as r:
            if "x-request-id" in r.headers:
                stats.ids.append(r.headers["x-request-id"])
            outcome: int | str = r.status_code
            if read_first_only:
                async for _ in r.aiter_bytes():
                    break
            else:
                data = await r.aread()
                if r.status_code != 200:
                    detail = _error_message(data)
                elif stream and b'"error"' in data:
                    outcome, detail = "200+error-event", _error_message(data)
            ok = outcome in expect or (outcome == "200+error-event" and error_event_ok)
            if ok and r.status_code == 503 and "retry-after" not in r.headers:
                ok, detail = False, "503 without Retry-After"
    except httpx.TimeoutException:
        outcome, ok = "client-timeout", timeout < 1  # our own give-up (the gateway records a cancelled row)
    except httpx.HTTPError as exc:  # the gateway dropped the connection: never right
        outcome, ok, detail = "transport error", False, f"{type(exc).__name__}: {exc}"
    stats.by_kind[(kind, outcome)] += 1
    stats.by_class[f"{_status_class(outcome)} {'expected' if ok else 'UNEXPECTED'}"] += 1
    if not ok:
        stats.unexpected.append(f"{kind} -> {outcome}: {detail}")
        stats.unexpected_5xx += isinstance(outcome, int) and outcome >= 500


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
    serve = ["serve", "--port", str(port), "--policy", str(tmp / "policy.yaml"), "--log-level", "warning"]
    launch = ["-m", "gateway.cli"] if not args.trace_memory else ["-c", TRACED.format(out=str(tmp))]
    proc = subprocess.Popen([sys.executable, *launch, *serve], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
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
        stats, t0, wall0 = Stats(), time.monotonic(), time.time()
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
        lost = stats.sent - rows
        warm = max(60.0, args.duration / 5)
        # RSS levels, not single samples: a sample can land while a few 4-6 MB replies are in flight.
        first = [mb for t, mb in samples if warm <= t < warm + 60] or [samples[-1][1]]
        last = [mb for t, mb in samples if t >= samples[-1][0] - 60]
        rss_warm, rss_final = statistics.median(first), statistics.median(last)
        growth = rss_final - rss_warm
        print("\nrequests by kind and outcome:")
        for (kind, outcome), n in sorted(stats.by_kind.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
            print(f"  {kind:32s} {outcome!s:>16s} {n:7d}")
        print("\nby status class:")
        for cls, n in sorted(stats.by_class.items()):
            print(f"  {cls:32s} {n:7d}")
        print(f"\nsent {stats.sent} requests in {args.duration:.0f} s ({stats.sent / args.duration:.1f}/s); "
              f"ledger rows {rows} by status {by_status}")
        print(f"unexpected outcomes: {len(stats.unexpected)}, of which 5xx: {stats.unexpected_5xx}")
        for what, n in Counter(stats.unexpected).most_common(10):
            print(f"  {n:5d} x {what}")
        print(f"lost rows: {lost} (sent {stats.sent} - rows {rows}); ids seen without a row: {len(missing)}; "
              f"ids with more than one row: {len(doubled)}; reservations left: {reserved}")
        print(f"gateway RSS MB (median of a minute's 5 s samples): warm-up (the minute after {warm:.0f} s) "
              f"{rss_warm:.1f}, final (the last minute) {rss_final:.1f}, growth {growth:+.1f} MB; "
              f"at start {samples[0][1]:.1f}, at end {samples[-1][1]:.1f}, max {max(mb for _, mb in samples):.1f}")
        print("RSS MB by minute: " + " ".join(f"{mb:.0f}" for t, mb in samples if int(t) % 60 < 5))
        print(f"load average at end: {os.getloadavg()}")
        ok = not stats.unexpected and lost == 0 and not missing and not doubled and reserved == 0 and growth < 20
        if args.trace_memory:
            print(memory_growth(tmp, wall0 + warm))
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        for _, up in upstreams.values():
            up.terminate()


# --trace-memory: the gateway under tracemalloc (from 20 s after launch), a snapshot and a count of
# live objects by type every 30 s, to see where RSS growth goes (Python objects, or memory Python
# does not account for): with each, glibc's account (bytes in use, free but held, mmapped), what
# SQLite holds (the ledger connections' page caches), and RSS before and after a malloc_trim(0)
# (which this diagnosis mode therefore also does every 30 s). Tracing slows the gateway several
# times over: the requests' outcomes and RSS levels of such a run are not the soak's figures.
TRACED = """
import ctypes, ctypes.util, gc, json, runpy, sys, threading, time, tracemalloc
from collections import Counter
class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                               "fsmblks", "uordblks", "fordblks", "keepcost")]
def malloc_state():
    # glibc's own account: bytes in use, free but held in arenas, and in mmapped blocks
    try:
        fn = ctypes.CDLL(ctypes.util.find_library("c")).mallinfo2
    except (OSError, AttributeError):
        return {{}}
    fn.restype = MallInfo2
    m = fn()
    return {{"arena": m.arena, "in_use": m.uordblks, "free_held": m.fordblks, "mmapped": m.hblkhd}}
def sqlite_used():
    # bytes SQLite itself holds (its page caches: the ledger's connections), from the library Python uses
    import sqlite3, _sqlite3
    cur, top = ctypes.c_int64(), ctypes.c_int64()
    try:
        ctypes.CDLL(_sqlite3.__file__).sqlite3_status64(0, ctypes.byref(cur), ctypes.byref(top), 0)
    except (OSError, AttributeError):
        return None
    return cur.value
def dump():
    time.sleep(20)  # tracing the start-up (model load, JIT) would take minutes
    tracemalloc.start(6)
    while True:
        time.sleep(30)
        t = round(time.time())  # wall clock: the soak compares snapshots taken after its warm-up
        tracemalloc.take_snapshot().dump(f"{out}/snap-{{t}}.tm")
        kinds = Counter(type(o).__qualname__ for o in gc.get_objects())
        rss = [l for l in open("/proc/self/smaps_rollup") if l.split(":")[0] in ("Rss", "Anonymous", "Pss_File")]
        extra = {{"malloc": malloc_state(), "smaps": "".join(rss), "threads": threading.active_count(),
                  "sqlite": sqlite_used()}}
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)  # what a trim would give back now
        extra["rss_trimmed"] = [l for l in open("/proc/self/smaps_rollup") if l.startswith("Rss:")][0]
        open(f"{out}/objects-{{t}}.json", "w").write(json.dumps(kinds.most_common(300)))
        open(f"{out}/state-{{t}}.json", "w").write(json.dumps(extra))
threading.Thread(target=dump, daemon=True).start()
sys.argv = ["gateway.cli", *sys.argv[1:]]
runpy.run_module("gateway.cli", run_name="__main__")
"""


def memory_growth(tmp: Path, warm_end: float) -> str:
    """Python allocations and live objects that grew between the first snapshot after warm-up and
    the last one (--trace-memory)."""
    import tracemalloc

    snaps = sorted(tmp.glob("snap-*.tm"))
    snaps = [p for p in snaps if int(p.stem.split("-")[1]) >= warm_end]
    if len(snaps) < 2:
        return "trace-memory: fewer than two snapshots after warm-up"
    first, last = tracemalloc.Snapshot.load(str(snaps[0])), tracemalloc.Snapshot.load(str(snaps[-1]))
    traced = sum(s.size for s in last.statistics("filename")) - sum(s.size for s in first.statistics("filename"))
    lines = [f"trace-memory {snaps[0].stem} -> {snaps[-1].stem}: traced Python memory {traced / 2**20:+.1f} MB; "
             "top growth by allocating line:"]
    for stat in last.compare_to(first, "traceback")[:12]:
        frames = [f"{f.filename.split('site-packages/')[-1]}:{f.lineno}" for f in stat.traceback[-4:]]
        lines.append(f"  {stat.size_diff / 1024:+9.0f} KiB {stat.count_diff:+7d} blocks  {' <- '.join(reversed(frames))}")
    objs = [dict(json.loads((tmp / f"objects-{p.stem.split('-')[1]}.json").read_text())) for p in (snaps[0], snaps[-1])]
    lines.append("per snapshot: RSS (anonymous), RSS after a malloc_trim(0), traced Python memory, glibc malloc "
                 "(in use / free but held / mmapped):")
    for p in snaps:
        state = json.loads((tmp / f"state-{p.stem.split('-')[1]}.json").read_text())
        smaps = {k: int(v.split()[0]) / 1024 for k, v in (ln.split(":") for ln in state["smaps"].splitlines())}
        m = {k: v / 2**20 for k, v in state["malloc"].items()}
        traced_mb = sum(s.size for s in tracemalloc.Snapshot.load(str(p)).statistics("filename")) / 2**20
        trimmed = int(state["rss_trimmed"].split()[1]) / 1024
        lines.append(f"  {p.stem}: RSS {smaps.get('Rss', 0):.1f} ({smaps.get('Anonymous', 0):.1f}) MB, "
                     f"{trimmed:.1f} after a malloc_trim, traced "
                     f"{traced_mb:.1f} MB, malloc {m.get('in_use', 0):.1f} / {m.get('free_held', 0):.1f} / "
                     f"{m.get('mmapped', 0):.1f} MB, SQLite {(state.get('sqlite') or 0) / 2**20:.1f} MB, "
                     f"threads {state['threads']}")
    grew = sorted(((objs[1].get(k, 0) - objs[0].get(k, 0), k) for k in objs[1]), reverse=True)[:12]
    lines.append("live objects that grew: " + ", ".join(f"{k} {d:+d}" for d, k in grew if d > 0))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=600.0, help="seconds of traffic (default 600)")
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--trace-memory", action="store_true",
                        help="run the gateway under tracemalloc and report what grew (slows it down; diagnosis only)")
    sys.exit(asyncio.run(run(parser.parse_args())))


if __name__ == "__main__":
    main()
