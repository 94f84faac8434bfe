"""Thread policy of the local engine: decode tok/s by GOMP_SPINCOUNT and PARALLEL_MIN_BYTES, on an
idle machine and next to one CPU-bound process, with that process's own rate.

    .venv/bin/python bench/threads.py [--models smollm2,llama-1b] [--spins 0,1000,3000,10000]
        [--min-bytes 0,2e6] [--threads 2] [--tokens 64]

Why: waking a sleeping OpenMP worker costs ~50 us on the 2-core VM, and a spinning one holds a
core other processes (the gateway's PII scans, its HTTP loop) need; the defaults in
local_engine/quants/__init__.py (GOMP_SPINCOUNT=0, PARALLEL_MIN_BYTES) rest on this table.
Each cell is its own process (libgomp reads GOMP_SPINCOUNT once); the competing process is a
plain `while True` loop at normal priority, counting its iterations. A run with `--threads 1`
is the no-region reference. Models as bench/engine.py names them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOG = """
import signal, sys, time
n, t0 = 0, time.perf_counter()
def stop(*_):
    print(n / (time.perf_counter() - t0) / 1e6, flush=True)
    sys.exit(0)
signal.signal(signal.SIGTERM, stop)
print("ready", flush=True)
while True:
    n += 1
"""


def worker(model: str, threads: int, min_bytes: float, tokens: int) -> None:
    """Best decode tok/s of three greedy runs after a warm-up run (this process's settings)."""
    os.environ.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".cache" / "numba"))
    sys.path.insert(0, str(ROOT))
    import local_engine.quants as quants
    from local_engine.api import SamplingParams
    from local_engine.engine import Engine

    quants.PARALLEL_MIN_BYTES = int(min_bytes)
    engine = Engine.load(model, n_ctx=2048, n_threads=threads)
    params = SamplingParams(temperature=0, max_tokens=tokens, ignore_eos=True)
    ids = list(range(100, 110))
    sum(1 for _ in engine.generate(ids, params))
    best = 0.0
    for _ in range(3):
        stream = engine.generate(ids, params)
        next(stream)
        t = time.perf_counter()
        best = max(best, sum(1 for _ in stream) / (time.perf_counter() - t))
    print(json.dumps({"tok_s": best}), flush=True)


def cell(model: Path, threads: int, spin: int, min_bytes: float, tokens: int, hog: bool) -> tuple[float, float | None]:
    """(decode tok/s, the competing process's M iterations/s or None) of one setting."""
    env = dict(os.environ, GOMP_SPINCOUNT=str(spin))
    competitor = None
    if hog:
        competitor = subprocess.Popen([sys.executable, "-c", HOG], stdout=subprocess.PIPE, text=True)
        assert competitor.stdout is not None
        competitor.stdout.readline()
    try:
        out = subprocess.run([sys.executable, __file__, "--worker", str(model), str(threads), str(min_bytes), str(tokens)],
                             env=env, capture_output=True, text=True, check=True).stdout
    finally:
        rate = None
        if competitor is not None:
            competitor.terminate()
            rate = float(competitor.communicate()[0].strip())
    return json.loads(out.strip().splitlines()[-1])["tok_s"], rate


def competitor_alone(seconds: float = 3.0) -> float:
    """The competing process's M iterations/s with nothing of ours running."""
    competitor = subprocess.Popen([sys.executable, "-c", HOG], stdout=subprocess.PIPE, text=True)
    assert competitor.stdout is not None
    competitor.stdout.readline()
    time.sleep(seconds)
    competitor.terminate()
    return float(competitor.communicate()[0].strip())


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", default="smollm2,llama-1b")
    ap.add_argument("--spins", default="0,1000,3000,10000")
    ap.add_argument("--min-bytes", default="0,2e6", help="PARALLEL_MIN_BYTES values (bytes)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--tokens", type=int, default=64)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from engine import model_path, uptime

    print(f"# {' '.join(sys.argv)}\n# start: {uptime()}")
    print(f"{'model':10s} {'threads':>7s} {'min MB':>6s} {'spin':>6s} {'idle tok/s':>10s} {'+hog tok/s':>10s} {'hog Mit/s':>9s}")
    alone = competitor_alone()
    for name in args.models.split(","):
        model = model_path(name)
        settings = [(1, 0, 0.0)] + [(args.threads, int(s), float(b)) for b in args.min_bytes.split(",")
                                    for s in args.spins.split(",")]
        for threads, spin, min_bytes in settings:
            idle, _ = cell(model, threads, spin, min_bytes, args.tokens, hog=False)
            busy, rate = cell(model, threads, spin, min_bytes, args.tokens, hog=True)
            print(f"{name:10s} {threads:7d} {min_bytes / 1e6:6.1f} {spin:6d} {idle:10.1f} {busy:10.1f} {rate or 0:9.1f}",
                  flush=True)
    print(f"# the competing process alone: {alone:.1f} M it/s\n# end: {uptime()}")


if __name__ == "__main__":
    main()
