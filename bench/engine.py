"""Our engine vs llama.cpp (llama-cpp-python) on the same GGUF, threads and prompts, in one run.

    .venv/bin/python bench/engine.py [--models smollm2,gemma3,llama-1b,llama-3b] [--threads 2] [--quick]
        [--rounds 2] [--llamacpp-python /work/llamacpp/venv/bin/python] [--streams 1,4,8,16] [--json out.json]

Models: the two real ones (smollm2, gemma3) and the random-weight shapes of bench/model_set.py
(llama-1b, llama-3b, qwen-0.5b, qwen-1.5b; `NAME:q4_0` / `NAME:q8_0` for other weight types,
Q4_K_M by default), written on first use and cached.

Each side runs in its own worker process (this file, `--worker ours|llamacpp`), so peak RSS is
that side's alone and llama.cpp runs under the interpreter that has `llama_cpp` installed (it is
a development extra, never a dependency of the engine). Both get the same token ids.

Measured per model, ours always through the Scheduler (the served path; `Engine.generate` is a
one-request scheduler): prefill tok/s of a 512-token prompt (to its first token); single-stream
decode tok/s; time to first token of a short request; aggregate generated tok/s with 1/4/8/16
concurrent requests (llama.cpp serves requests one at a time, as its server does, so it
runs the same requests back to back: the first min(n, 4) of them (2 with --quick), whose rate is
that of all n);
peak RSS; first token of a fresh process (JIT disk cache
warm). Timings are the best of several repetitions, and the two sides' workers alternate for
`--rounds` rounds (best per metric): the machine is shared and its load drifts within a run.

Decode is reported as GB/s of weights too (the bytes of every matrix a token multiplies: each
layer's and the output head) and as a fraction of the machine's limit, measured in the same
rounds by a third worker: a pure streaming read, with the same threads, of a buffer as large as
those weights. The targets (issue 16) close the table as ratios of this run: decode and prefill
>= 1.0x llama.cpp, 8 streams >= 4x and 16 streams >= 6x its sequential serving, peak RSS <=
GGUF + KV + 150 MB. The same worker measures the machine's int8 multiply-accumulate peak
(bench/kernels.py --peak, the same threads); weights per token / that peak bounds any batched
step's aggregate tok/s, printed next to the targets; the 16-stream run's own bound (its prompts
go through the same weights too) says what share of that peak the 6x target needs. The `uptime`
load average at start and end goes with the table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The environment as the operator started the bench, before any local_engine import adds its own
# defaults (local_engine.quants sets GOMP_SPINCOUNT=0): each worker starts from this, so llama.cpp
# (also OpenMP) runs with its own defaults, not ours.
LAUNCH_ENV = dict(os.environ)
MODELS = {"smollm2": "SmolLM2-135M-Instruct.Q4_1.gguf", "gemma3": "gemma-3-270m-q4_k_m.gguf"}
DEFAULT_PEER = "/work/llamacpp/venv/bin/python"
PREFILL_TOKENS = 512
N_CTX = 2048
SEED_TEXT = (
    "The history of computing is a story of abstractions: from relays to transistors, from machine code "
    "to compilers, from batch jobs to time sharing and the personal computer, and then to networks. "
)
REQUEST_TEXTS = [
    "Write a short poem about the sea.",
    "Explain why the sky is blue in two sentences.",
    "List five fruits and their colors.",
    "What is the capital of Japan, and what is it known for?",
    "Describe a cat to someone who has never seen one.",
    "Give three tips for writing clean Python code.",
    "Summarise the plot of a heist movie you invent.",
    "How do airplanes stay in the air?",
]


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def progress(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


# --- our engine --------------------------------------------------------------------------------
def _ours_setup(threads: int) -> None:
    os.environ.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".cache" / "numba"))
    sys.path.insert(0, str(ROOT))


def worker_ours(cfg: dict[str, Any]) -> dict[str, Any]:
    _ours_setup(cfg["threads"])
    from local_engine.api import SamplingParams
    from local_engine.engine import Engine
    from local_engine.scheduler import Scheduler

    t0 = time.perf_counter()
    # one KV slot per concurrent stream, as the gateway configures a route (max_sequences =
    # max(max_batch, 8)) and llama.cpp's server its -np: with the default 8, 16 streams ran as
    # two waves of 8
    engine = Engine.load(cfg["model"], n_ctx=N_CTX, n_threads=cfg["threads"], max_sequences=max(8, *cfg["streams"]))
    out: dict[str, Any] = {"load_s": time.perf_counter() - t0}
    greedy = SamplingParams(temperature=0, max_tokens=1)
    list(engine.generate(cfg["short"][0], greedy))  # JIT / first-touch warm-up
    progress(f"ours: loaded in {out['load_s']:.2f} s, prefill {PREFILL_TOKENS} tokens")

    def prefill() -> float:
        """The served path: the prompt through the scheduler up to its first token (no cached prefix)."""
        if engine.prefix_cache is not None:
            engine.prefix_cache.clear()
        t = time.perf_counter()
        list(engine.generate(cfg["long"], greedy))
        return time.perf_counter() - t

    out["prefill_tok_s"] = len(cfg["long"]) / min(prefill() for _ in range(cfg["reps"]))
    progress(f"ours: prefill {out['prefill_tok_s']:.1f} tok/s; decode {cfg['decode_tokens']} tokens")
    out["decode_tok_s"], out["ttft_s"] = _ours_decode(engine, cfg)
    progress(f"ours: decode {out['decode_tok_s']:.1f} tok/s, ttft {out['ttft_s'] * 1000:.0f} ms")
    params = SamplingParams(temperature=0, max_tokens=cfg["stream_tokens"], ignore_eos=True)
    out["aggregate"] = {}
    for n in cfg["streams"]:
        best = 0.0
        for _ in range(cfg["stream_reps"]):
            with Scheduler(engine, max_batch=max(8, n), max_queue=64) as sched:
                t = time.perf_counter()
                handles = [sched.submit(cfg["short"][i % len(cfg["short"])], params) for i in range(n)]
                produced = sum(len(c.token_ids) for h in handles for c in h)
                best = max(best, produced / (time.perf_counter() - t))
        out["aggregate"][str(n)] = best
        progress(f"ours: {n} streams -> {best:.1f} tok/s aggregate")
    out["peak_rss_mb"] = peak_rss_mb()
    kv = engine.kv_pool.footprint  # one sequence at N_CTX as allocated (window layers: their ring), K and V
    out["kv_mb_per_1k_tokens"] = kv.total(N_CTX) / N_CTX * 1000 / 2**20
    out["kv_mb"] = engine.kv_pool.nbytes / 2**20  # the whole pool's address space (every sequence slot)
    return out


def _ours_decode(engine: Any, cfg: dict[str, Any]) -> tuple[float, float]:
    """(best decode tok/s after the first token, best time to first token) over reps."""
    from local_engine.api import SamplingParams

    params = SamplingParams(temperature=0, max_tokens=cfg["decode_tokens"], ignore_eos=True)
    best_rate, best_ttft = 0.0, float("inf")
    for _ in range(cfg["reps"]):
        t0 = time.perf_counter()
        stream = engine.generate(cfg["short"][0], params)
        next(stream)
        t1 = time.perf_counter()
        n = sum(1 for _ in stream)
        best_rate = max(best_rate, n / (time.perf_counter() - t1))
        best_ttft = min(best_ttft, t1 - t0)
    return best_rate, best_ttft


def worker_ours_cold(cfg: dict[str, Any]) -> dict[str, Any]:
    """A fresh process: import, load, first token (what a restart costs with the JIT cache warm)."""
    t0 = cfg["spawned_at"]
    _ours_setup(cfg["threads"])
    from local_engine.api import SamplingParams
    from local_engine.engine import Engine

    engine = Engine.load(cfg["model"], n_ctx=N_CTX, n_threads=cfg["threads"])
    next(engine.generate(cfg["short"][0], SamplingParams(temperature=0, max_tokens=1)))
    return {"cold_first_token_s": time.time() - t0}


# --- llama.cpp ---------------------------------------------------------------------------------
def _llama(cfg: dict[str, Any]) -> Any:
    import llama_cpp

    return llama_cpp.Llama(
        model_path=cfg["model"], n_ctx=N_CTX, n_batch=512, n_ubatch=512, n_threads=cfg["threads"],
        n_threads_batch=cfg["threads"], verbose=False,
    )


def _llama_generate(llm: Any, ids: list[int], n: int) -> tuple[float, float, int]:
    """(time to first token, seconds for the rest, tokens) of greedy generation from `ids`."""
    llm.reset()
    t0 = time.perf_counter()
    t1, count = t0, 0
    for _ in llm.generate(ids, top_k=1, temp=0.0, repeat_penalty=1.0, reset=True):
        count += 1
        if count == 1:
            t1 = time.perf_counter()
        if count >= n:
            break
    return t1 - t0, time.perf_counter() - t1, count


def worker_llamacpp(cfg: dict[str, Any]) -> dict[str, Any]:
    t0 = time.perf_counter()
    llm = _llama(cfg)
    out: dict[str, Any] = {"load_s": time.perf_counter() - t0}
    _llama_generate(llm, cfg["short"][0], 2)
    progress(f"llama.cpp: loaded in {out['load_s']:.2f} s, prefill {PREFILL_TOKENS} tokens")

    def prefill() -> float:
        llm.reset()
        t = time.perf_counter()
        llm.eval(cfg["long"])
        return time.perf_counter() - t

    out["prefill_tok_s"] = len(cfg["long"]) / min(prefill() for _ in range(cfg["reps"]))
    progress(f"llama.cpp: prefill {out['prefill_tok_s']:.1f} tok/s; decode")
    best_rate, best_ttft = 0.0, float("inf")
    for _ in range(cfg["reps"]):
        ttft, rest, n = _llama_generate(llm, cfg["short"][0], cfg["decode_tokens"])
        best_rate, best_ttft = max(best_rate, (n - 1) / rest), min(best_ttft, ttft)
    out["decode_tok_s"], out["ttft_s"] = best_rate, best_ttft
    progress(f"llama.cpp: decode {best_rate:.1f} tok/s, ttft {best_ttft * 1000:.0f} ms")
    out["aggregate"] = {}
    for n in cfg["streams"]:  # one request at a time, like its server
        best = 0.0
        for _ in range(cfg["stream_reps"]):
            t, produced = time.perf_counter(), 0
            # served one after another, n requests give the rate of any min(n, peer_requests) of
            # them: a busy machine makes llama.cpp slow enough that all 16 would dominate the run
            for i in range(min(n, cfg["peer_requests"])):
                produced += _llama_generate(llm, cfg["short"][i % len(cfg["short"])], cfg["stream_tokens"])[2]
            best = max(best, produced / (time.perf_counter() - t))
        out["aggregate"][str(n)] = best
        progress(f"llama.cpp: {n} requests served sequentially -> {best:.1f} tok/s")
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def worker_llamacpp_cold(cfg: dict[str, Any]) -> dict[str, Any]:
    t0 = cfg["spawned_at"]
    llm = _llama(cfg)
    _llama_generate(llm, cfg["short"][0], 1)
    return {"cold_first_token_s": time.time() - t0}


# --- the machine's limit ---------------------------------------------------------------------------
def worker_limit(cfg: dict[str, Any]) -> dict[str, Any]:
    """GB/s of a pure streaming read (a sum over uint64 words, in parallel over `threads`) of a
    buffer as large as the weights a decode step reads: what no decode kernel can beat."""
    _ours_setup(cfg["threads"])
    import numba
    import numpy as np
    from numba import njit, prange

    numba.set_num_threads(cfg["threads"])

    @njit(parallel=True, fastmath=True, nogil=True)
    def total(a):  # noqa: ANN001, ANN202
        s = np.uint64(0)
        for i in prange(a.shape[0]):
            s += a[i]
        return s

    buf = np.ones(max(cfg["weight_bytes"], 256 << 20) // 8, np.uint64)
    total(buf)
    best = float("inf")
    for _ in range(8):
        t = time.perf_counter()
        total(buf)
        best = min(best, time.perf_counter() - t)
    limit = buf.nbytes / best / 1e9
    del buf
    sys.path.insert(0, str(ROOT / "bench"))
    from kernels import int8_peak  # the compute side of the machine's limit (batched steps, prefill)

    return {"limit_gb_s": limit, "int8_gmacs": int8_peak(cfg["threads"]) / 1e9}


WORKERS = {
    "limit": worker_limit,
    "ours": worker_ours,
    "ours_cold": worker_ours_cold,
    "llamacpp": worker_llamacpp,
    "llamacpp_cold": worker_llamacpp_cold,
}


# --- orchestration -----------------------------------------------------------------------------
def run_worker(python: str, kind: str, cfg: dict[str, Any]) -> dict[str, Any] | None:
    """Run one worker process; its JSON result, or None (with the reason) when it failed."""
    with tempfile.TemporaryDirectory() as tmp:
        cfg_path, out_path = Path(tmp) / "cfg.json", Path(tmp) / "out.json"
        cfg_path.write_text(json.dumps({**cfg, "spawned_at": time.time()}))
        cmd = [python, str(Path(__file__).resolve()), "--worker", kind, str(cfg_path), str(out_path)]
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=sys.stderr, timeout=1800, check=False,
                              env=LAUNCH_ENV)
        if proc.returncode != 0 or not out_path.exists():
            progress(f"{kind} worker failed (exit {proc.returncode})")
            return None
        return json.loads(out_path.read_text())


def prompts(model: Path) -> tuple[list[int], list[list[int]]]:
    """The 512-token prefill prompt and the short request prompts, as token ids (our tokenizer)."""
    sys.path.insert(0, str(ROOT))
    from local_engine.gguf_file import GGUFFile
    from local_engine.tokenizer import load_tokenizer

    tok = load_tokenizer(GGUFFile.open(model).metadata)
    long_ids = tok.encode(SEED_TEXT * 40)[:PREFILL_TOKENS]
    return long_ids, [tok.encode(t) for t in REQUEST_TEXTS]


def model_path(name: str) -> Path:
    """A real model from the model store, or a random-weight shape (`shape[:type]`) from bench/model_set.py."""
    if name in MODELS:
        from local_engine.model_store import models_dir

        return models_dir() / MODELS[name]
    sys.path.insert(0, str(ROOT / "bench"))
    import model_set

    shape, _, ftype = name.partition(":")
    return model_set.model_path(shape, ftype or "q4_k_m")


def weight_count(path: Path) -> int:
    """Weights of those matrices: the multiply-accumulates one token costs (a batched decode step or
    a prefill multiplies each by each token; llama.cpp's kernels too)."""
    from local_engine.gguf_file import GGUFFile

    f = GGUFFile.open(path)
    tied = "output.weight" not in f.tensors
    return sum(
        t.rows * t.cols for name, t in f.tensors.items()
        if len(t.shape) == 2 and (name != "token_embd.weight" or tied)
    )


def head_count(path: Path) -> int:
    """Weights of the output head alone: a prompt row that yields no token skips it."""
    from local_engine.gguf_file import GGUFFile

    f = GGUFFile.open(path)
    t = f.tensors.get("output.weight") or f.tensors["token_embd.weight"]
    return t.rows * t.cols


def weight_bytes(path: Path) -> int:
    """Bytes of every matrix one decode token multiplies: all layers' and the output head (the
    token embedding when the head is tied; otherwise only one row of it is read)."""
    from local_engine.gguf_file import GGUFFile

    f = GGUFFile.open(path)
    tied = "output.weight" not in f.tensors
    return sum(
        t.nbytes for name, t in f.tensors.items()
        if len(t.shape) == 2 and (name != "token_embd.weight" or tied)
    )


def bench_model(name: str, args: argparse.Namespace) -> dict[str, Any]:
    path = model_path(name)
    long_ids, short = prompts(path)
    cfg = {
        "model": str(path), "threads": args.threads, "long": long_ids, "short": short,
        "reps": 2 if args.quick else 3, "stream_reps": 1 if args.quick else 2,
        "decode_tokens": 32 if args.quick else 64, "stream_tokens": 16 if args.quick else 48,
        "peer_requests": 2 if args.quick else 4,
        "streams": [int(s) for s in args.streams.split(",")], "weight_bytes": weight_bytes(path),
    }
    result: dict[str, Any] = {
        "model": name, "gguf_mb": path.stat().st_size / 2**20, "weight_gb": cfg["weight_bytes"] / 1e9,
        "weight_macs": weight_count(path), "head_macs": head_count(path),
        "stream_prompt_tokens": [len(short[i % len(short)]) for i in range(16)], "stream_tokens": cfg["stream_tokens"],
        "ours": None, "llamacpp": None, "limit": None,
    }
    peer = args.llamacpp_python
    sides = [("limit", sys.executable), ("ours", sys.executable)]
    if peer and Path(peer).exists():
        sides.append(("llamacpp", peer))
    else:
        progress(f"{name}: no llama.cpp interpreter at {peer!r}: ours only")
    for rnd in range(args.rounds):  # alternate the sides: load on a shared machine drifts
        for side, python in sides:
            progress(f"{name}: {side} (round {rnd + 1} of {args.rounds})")
            got = run_worker(python, side, cfg)
            if side != "limit":
                cold = run_worker(python, f"{side}_cold", cfg)
                if got and cold:
                    got.update(cold)
            result[side] = _best(result[side], got)
    return result


def _best(a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, Any] | None:
    """Per metric, the better of two rounds (rates: higher; times: lower; peak RSS: the higher,
    to stay conservative)."""
    if a is None or b is None:
        return a or b
    out = dict(a)
    for key, value in b.items():
        if key == "aggregate":
            out[key] = {n: max(v, a[key].get(n, 0.0)) for n, v in value.items()}
        elif key.endswith("tok_s") or key.endswith("gb_s") or key in ("peak_rss_mb", "int8_gmacs"):
            out[key] = max(value, a.get(key, value))
        elif key.endswith("_s"):
            out[key] = min(value, a.get(key, value))
    return out


def _rows(r: dict[str, Any]) -> list[tuple[str, float | None, float | None, bool]]:
    """(metric, ours, llama.cpp, higher_is_better)."""
    ours, peer = r.get("ours") or {}, r.get("llamacpp") or {}
    rows = [
        (f"prefill tok/s ({PREFILL_TOKENS} tokens)", ours.get("prefill_tok_s"), peer.get("prefill_tok_s"), True),
        ("decode tok/s (1 stream)", ours.get("decode_tok_s"), peer.get("decode_tok_s"), True),
        ("time to first token ms", _ms(ours.get("ttft_s")), _ms(peer.get("ttft_s")), False),
    ]
    for n in ours.get("aggregate", {}):
        rows.append((f"aggregate tok/s @{n} streams", ours["aggregate"][n], peer.get("aggregate", {}).get(n), True))
    limit = (r.get("limit") or {}).get("limit_gb_s")
    gb = [None if side.get("decode_tok_s") is None else side["decode_tok_s"] * r["weight_gb"] for side in (ours, peer)]
    rows.insert(2, ("decode GB/s of weights", gb[0], gb[1], True))
    if limit:
        rows.insert(3, (f"  % of machine limit {limit:.1f} GB/s", *(None if g is None else 100 * g / limit for g in gb), True))
    rows.append(("peak RSS MB", ours.get("peak_rss_mb"), peer.get("peak_rss_mb"), False))
    rows.append(("restart -> first token s", ours.get("cold_first_token_s"), peer.get("cold_first_token_s"), False))
    return rows


def _ms(s: float | None) -> float | None:
    return None if s is None else s * 1000


def table(results: list[dict[str, Any]], threads: int) -> str:
    lines = [f"threads={threads}  (ratio = ours / llama.cpp; for time and memory rows lower is better)"]
    lines.append(f"{'model':10} {'metric':34} {'ours':>10} {'llama.cpp':>10} {'ratio':>7}")
    for r in results:
        for metric, ours, peer, _ in _rows(r):
            ratio = f"{ours / peer:7.2f}" if ours and peer else f"{'-':>7}"
            lines.append(f"{r['model']:10} {metric:34} {_fmt(ours):>10} {_fmt(peer):>10} {ratio}")
        kv = (r.get("ours") or {}).get("kv_mb_per_1k_tokens")
        if kv is not None:
            lines.append(f"{r['model']:10} {'GGUF MB / KV MB per 1k tokens':34} {r['gguf_mb']:10.1f} {kv:10.1f}")
    return "\n".join(lines)


def targets(results: list[dict[str, Any]]) -> str:
    """Issue 16's targets as ratios of this run, each marked met or not."""
    lines = ["targets (this run):"]
    for r in results:
        ours, peer = r.get("ours") or {}, r.get("llamacpp") or {}
        checks: list[tuple[str, float | None, float]] = []
        for key, what in (("decode_tok_s", "decode"), ("prefill_tok_s", "prefill")):
            checks.append((f"{what} >= 1.0x llama.cpp", _ratio(ours.get(key), peer.get(key)), 1.0))
        for n, goal in (("8", 4.0), ("16", 6.0)):
            agg = _ratio(ours.get("aggregate", {}).get(n), peer.get("aggregate", {}).get(n))
            checks.append((f"{n} streams >= {goal:.0f}x its sequential serving", agg, goal))
        for what, got, goal in checks:
            mark = "-" if got is None else ("met" if got >= goal else "NOT met")
            lines.append(f"  {r['model']:10} {what:44} {'-' if got is None else f'{got:.2f}x':>8}  {mark}")
        ceiling = compute_ceiling(r)
        if ceiling:
            lines.append(f"  {r['model']:10} {ceiling}")
        if ours.get("peak_rss_mb") and ours.get("kv_mb") is not None:
            budget = r["gguf_mb"] + ours["kv_mb"] + 150
            mark = "met" if ours["peak_rss_mb"] <= budget else "NOT met"
            lines.append(f"  {r['model']:10} {'peak RSS <= GGUF + KV + 150 MB':44} {ours['peak_rss_mb']:6.0f} MB  {mark}"
                         f" (budget {budget:.0f} MB)")
    return "\n".join(lines)


def compute_ceiling(r: dict[str, Any]) -> str | None:
    """What the machine's int8 peak allows a batched step: every weight times every token is one
    multiply-accumulate (no kernel does fewer), so aggregate tok/s <= peak / weights per token.
    Next to the 16-stream target, with how much of that peak our prefill (the same products)
    reaches, so the closing note can say whether 6x is physically reachable here."""
    gmacs = (r.get("limit") or {}).get("int8_gmacs")
    if not gmacs or not r.get("weight_macs"):
        return None
    ours, peer = r.get("ours") or {}, r.get("llamacpp") or {}
    ceiling = gmacs * 1e9 / r["weight_macs"]
    text = f"int8 peak {gmacs:.0f} GMAC/s / {r['weight_macs'] / 1e9:.2f} G weights per token: <= {ceiling:.0f} tok/s"
    seq = peer.get("aggregate", {}).get("16")
    if seq:
        text += f" = {ceiling / seq:.1f}x its sequential serving (16-stream target {6 * seq:.0f} tok/s)"
    if ours.get("prefill_tok_s"):
        text += f"; our prefill reaches {100 * ours['prefill_tok_s'] / ceiling:.0f}% of it"
    workload = workload_ceiling(r, gmacs)
    if workload and seq:
        got = ours.get("aggregate", {}).get("16")
        text += (f"\n  {r['model']:10} the 16-stream run itself (16 prompts of {sum(r['stream_prompt_tokens'])} tokens, then "
                 f"{r['stream_tokens']} tokens each, all through the same weights): <= {workload:.0f} tok/s = "
                 f"{workload / seq:.1f}x; 6x needs {100 * 6 * seq / workload:.0f}% of the int8 peak for the whole run"
                 + (f", ours ran at {100 * got / workload:.0f}%" if got else ""))
    return text


def workload_ceiling(r: dict[str, Any], gmacs: float) -> float | None:
    """The 16-stream row's bound: its aggregate counts generated tokens over the whole run, which
    also multiplies every prompt token by every layer weight (the head only for each prompt's
    last row, whose logits give the first token), so tok/s <= peak x generated / total MACs."""
    prompts, gen = r.get("stream_prompt_tokens"), r.get("stream_tokens")
    if not prompts or not gen or not r.get("head_macs"):
        return None
    layer_macs = r["weight_macs"] - r["head_macs"]
    macs = sum(p * layer_macs + r["head_macs"] for p in prompts) + len(prompts) * (gen - 1) * r["weight_macs"]
    return gmacs * 1e9 * len(prompts) * gen / macs


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def _fmt(v: float | None) -> str:
    return "-" if v is None else f"{v:.1f}"


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        cfg = json.loads(Path(sys.argv[3]).read_text())
        Path(sys.argv[4]).write_text(json.dumps(WORKERS[sys.argv[2]](cfg)))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", default="smollm2,gemma3,llama-1b,llama-3b",
                    help="real models (smollm2, gemma3) and model_set shapes (llama-1b, llama-3b, qwen-0.5b, qwen-1.5b, NAME:q4_0 ...)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions and shorter generations")
    ap.add_argument("--streams", default="1,4,8,16")
    ap.add_argument("--llamacpp-python", default=DEFAULT_PEER, help="an interpreter with llama_cpp installed")
    ap.add_argument("--rounds", type=int, default=2, help="alternate our/llama.cpp workers this many times; best per metric")
    ap.add_argument("--json", help="also write the raw results here")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    start = uptime()
    progress(f"{start} on {os.cpu_count()} cores (numbers are noisy when the machine is busy)")
    results = []
    for m in args.models.split(","):
        results.append(bench_model(m, args))
        # each model's rows as soon as it is done: a long run interrupted keeps what it measured
        print(table(results[-1:], args.threads), file=sys.stderr, flush=True)
        if args.json:
            Path(args.json).write_text(json.dumps({"uptime": [start, uptime()], "results": results}, indent=1))
    end = uptime()
    print(f"# uptime at start: {start}\n# uptime at end:   {end}", flush=True)
    print(table(results, args.threads), flush=True)
    print(targets(results), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({"uptime": [start, end], "results": results}, indent=1))


if __name__ == "__main__":
    main()
