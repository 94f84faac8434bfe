"""Partial GPU offload: prefill and decode tok/s for n_gpu_layers = 0, 1/4, 1/2, 3/4, all, on the
real models and the random-weight shapes of bench/model_set.py, next to llama.cpp's CPU numbers.

Run it on a host with an NVIDIA GPU (driver for CUDA 12) after installing numba's maintained
CUDA target, which replaces the deprecated `numba.cuda` bundled with numba 0.68 under the same
import name (the project's optional extra `gpu`):

    .venv/bin/pip install "numba-cuda[cu12]==0.30.4"      # [cu13] for a CUDA 13 driver
    .venv/bin/hybridgate models pull                      # the two real GGUF models
    .venv/bin/python bench/gpu_offload.py [--models smollm2-135m-instruct,gemma3-270m,llama-1b:q4_k_m]
        [--prompt-tokens 512] [--decode-tokens 64] [--threads 2] [--n-ctx 2048] [--reps 2]
        [--llamacpp-python PATH] [--layers-only]

Without a usable GPU it prints why and exits with status 2, measuring nothing (the simulator
is refused: NUMBA_ENABLE_CUDASIM is cleared). Each row loads the model with
`Engine.load(..., n_gpu_layers=N)` (N=0 is the CPU-only engine); prefill tok/s is a 512-token
prompt through the scheduler (`Engine.generate`) to its first token, decode tok/s a greedy generation after its first token; best of
`--reps`. llama.cpp's CPU numbers (same threads) are measured through bench/engine.py's
llama-cpp-python worker when an interpreter with `llama_cpp` is found (this one, or
`--llamacpp-python`); otherwise the numbers recorded in NOTES.md are printed, labelled as such.
`--layers-only` times just the device stack (every layer on the GPU, hidden state in and out);
`--breakdown` says where its decode step goes (host cost per kernel launch and per allocation,
the step, one FFN product alone).
A model_set shape (`llama-1b`, `llama-3b:q4_0`, ...) is written on first use (random weights, no
download); without llama.cpp its CPU baseline is the n_gpu_layers=0 row.
Progress goes to stderr; the table to stdout.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".cache" / "numba"))
os.environ.pop("NUMBA_ENABLE_CUDASIM", None)  # a benchmark on the simulator would be meaningless
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from gguf import GGMLQuantizationType  # noqa: E402

from local_engine.gpu import device  # noqa: E402
from local_engine.model_store import DEFAULT_MODELS, models_dir  # noqa: E402

# llama.cpp (llama-cpp-python 0.3.36, 2 threads, 512-token prefill) on the 2-core dev box, as
# recorded in NOTES.md "Peer numbers on this machine": (prefill tok/s, decode tok/s).
NOTES_PEER = {"smollm2-135m-instruct": (273.0, 148.0), "gemma3-270m": (451.0, 82.0)}


def progress(msg: str) -> None:
    print(f"[gpu_offload {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def engine_bench_module() -> ModuleType:
    """bench/engine.py (its prompts and llama.cpp worker), loaded by path: bench/ is no package."""
    spec = importlib.util.spec_from_file_location("bench_engine", ROOT / "bench" / "engine.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def offload_points(n_layers: int) -> list[int | str]:
    """0, 1/4, 1/2, 3/4 of the layers, and all (layers + output head)."""
    return [0, n_layers // 4, n_layers // 2, 3 * n_layers // 4, "all"]


def bench_engine(path: Path, n_gpu: int | str, long_ids: list[int], short_ids: list[int], args: argparse.Namespace) -> tuple[float, float, str]:
    """(prefill tok/s, decode tok/s, placement) of one Engine.load(..., n_gpu_layers=n_gpu)."""
    from local_engine.api import SamplingParams
    from local_engine.engine import Engine
    from local_engine.sequence import Timings

    engine = Engine.load(str(path), n_ctx=args.n_ctx, n_threads=args.threads, n_gpu_layers=n_gpu, max_sequences=1)
    list(engine.generate(short_ids, SamplingParams(max_tokens=4, temperature=0.0)))  # warm-up: JIT, device
    prefill = 0.0
    first = SamplingParams(max_tokens=1, temperature=0.0)
    for _ in range(args.reps):  # the served path: the prompt through the scheduler to its first token
        if engine.prefix_cache is not None:
            engine.prefix_cache.clear()  # measure the prompt's computation, not its reuse
        t0 = time.perf_counter()
        list(engine.generate(long_ids, first))
        prefill = max(prefill, len(long_ids) / (time.perf_counter() - t0))
    decode = 0.0
    params = SamplingParams(max_tokens=args.decode_tokens, temperature=0.0, ignore_eos=True)
    for _ in range(args.reps):
        timings = Timings()
        n_out = sum(len(c.token_ids) for c in engine.generate(short_ids, params, timings=timings))
        decode = max(decode, (n_out - 1) / timings.decode_s)
    return prefill, decode, engine.info.placement


def device_stack(path: Path, n_ctx: int) -> tuple[Any, list[Any]]:
    """Every layer of the model at `path` uploaded as one GpuLayerStack, and the layers' specs."""
    from local_engine.gguf_file import GGUFFile
    from local_engine.gpu.layers import GpuLayerStack
    from local_engine.gpu.spec import layer_specs

    g = GGUFFile.open(path)
    specs = layer_specs(g)
    return GpuLayerStack.upload(g.tensors, specs, 0, n_ctx), specs


def bench_layers_only(path: Path, args: argparse.Namespace) -> tuple[float, float]:
    """(prefill, decode) tok/s of the device stack alone with every layer on the GPU."""
    stack, specs = device_stack(path, args.n_ctx)
    x = np.random.default_rng(0).standard_normal((args.prompt_tokens, specs[0].n_embd)).astype(np.float32)
    stack.forward(x[:4], np.arange(4))  # warm-up (JIT)
    t0 = time.perf_counter()
    stack.forward(x, np.arange(len(x)))
    prefill = len(x) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for i in range(args.decode_tokens):
        stack.forward(x[:1], np.array([len(x) + i]))
    return prefill, args.decode_tokens / (time.perf_counter() - t0)


def bench_breakdown(path: Path, args: argparse.Namespace) -> list[str]:
    """Where a decode step's time goes on the device stack: the host cost of one kernel launch and
    of one device allocation, the decode step itself, and one FFN product alone (kernel-bound)."""
    from local_engine.gpu import kernels as K
    from local_engine.quants import cuda as qc

    cuda = device.cuda_module()
    stack, specs = device_stack(path, args.n_ctx)

    def per_call(fn: object, reps: int) -> float:
        fn()  # type: ignore[operator]  # warm-up (JIT)
        cuda.synchronize()
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()  # type: ignore[operator]
        cuda.synchronize()
        return (time.perf_counter() - t0) / reps

    a, b = cuda.device_array((1, 1), np.float32), cuda.device_array((1, 1), np.float32)
    launch = per_call(lambda: K.add(a, b), 2000)
    alloc = per_call(lambda: cuda.device_array(8192, np.float32), 500)
    prompt = np.random.default_rng(0).standard_normal((9, specs[0].n_embd)).astype(np.float32)
    stack.forward(prompt[:8], np.arange(8))  # a written KV prefix; each step then re-decodes position 8
    x = prompt[8:]
    step = per_call(lambda: stack.forward_device(x, np.array([8])).copy_to_host(), 50)
    w = stack.weights[0].w_gate
    xs = cuda.to_device(x)
    y = cuda.device_array((1, w.rows), np.float32)
    scratch = cuda.device_array(w.cols, np.float32)
    product = per_call(lambda: qc.matmul(w, xs, y, scratch), 500)
    gbps = w.nbytes / product / 1e9
    n = stack.n_layers
    return [
        f"host cost of one kernel launch (tiny kernel, back to back): {launch * 1e6:8.1f} us",
        f"one device allocation (cudaMalloc through numba):           {alloc * 1e6:8.1f} us",
        f"decode step, {n} layers, hidden in and out:                  {step * 1e3:8.2f} ms ({step / n * 1e6:.0f} us per layer)",
        f"one ffn_gate product {w.rows}x{w.cols} {GGMLQuantizationType(w.ggml_type).name}, n=1 (round + product): {product * 1e6:8.1f} us"
        f" ({gbps:.0f} GB/s of weights)",
    ]


def llama_cpp_peer(bench: ModuleType, path: Path, long_ids: list[int], short_ids: list[int], name: str, args: argparse.Namespace) -> tuple[float, float, str]:
    """(prefill, decode, source): measured by llama-cpp-python if available, else NOTES.md's numbers."""
    for python in (sys.executable, args.llamacpp_python):
        if python and Path(python).exists() and _has_llama_cpp(python):
            progress(f"{name}: llama.cpp on the CPU via {python}")
            cfg = {"model": str(path), "threads": args.threads, "long": long_ids, "short": [short_ids],
                   "reps": args.reps, "stream_reps": 1, "decode_tokens": args.decode_tokens,
                   "stream_tokens": 1, "streams": []}
            out = bench.run_worker(python, "llamacpp", cfg)
            if out:
                return out["prefill_tok_s"], out["decode_tok_s"], f"measured now, {args.threads} threads"
    if name not in NOTES_PEER:
        return float("nan"), float("nan"), "no llama.cpp on this host, none recorded for this model"
    pre, dec = NOTES_PEER[name]
    return pre, dec, "NOT measured here: NOTES.md numbers from the 2-core dev box, 2 threads"


def _has_llama_cpp(python: str) -> bool:
    probe = subprocess.run([python, "-c", "import llama_cpp"], capture_output=True, timeout=120, check=False)
    return probe.returncode == 0


def bench_model(name: str, bench: ModuleType, args: argparse.Namespace) -> list[str]:
    """Table lines for one model."""
    from local_engine.gguf_file import GGUFFile

    if name in DEFAULT_MODELS:
        path = models_dir() / DEFAULT_MODELS[name].filename
        if not path.is_file():
            return [f"{name}: {path} missing (run `hybridgate models pull`)"]
    else:
        progress(f"{name}: random-weight file (bench/model_set.py, written once)")
        path = bench.model_path(name)
    long_ids, short = bench.prompts(path)
    long_ids, short_ids = long_ids[: args.prompt_tokens], short[0]
    pre, dec, source = llama_cpp_peer(bench, path, long_ids, short_ids, name, args)
    lines = [f"\n== {name}: llama.cpp CPU prefill {pre:.1f} tok/s, decode {dec:.1f} tok/s ({source})"]
    if pre != pre:  # no peer number for this model: the ratios are against our own CPU-only row
        lines[-1] += "; ratios below are against n_gpu_layers=0"
    if args.breakdown:
        progress(f"{name}: decode-step breakdown")
        return lines + bench_breakdown(path, args)
    if args.layers_only:
        progress(f"{name}: device stack only")
        p, d = bench_layers_only(path, args)
        return lines + [f"device stack only, all layers: prefill {p:8.1f} tok/s   decode {d:8.1f} tok/s"]
    n_layers = int(GGUFFile.open(path).arch_value("block_count"))
    lines.append(f"{'n_gpu_layers':>12} {'placement':>14} {'prefill tok/s':>14} {'decode tok/s':>13} {'vs CPU (above)':>18}")
    for n_gpu in offload_points(n_layers):
        progress(f"{name}: n_gpu_layers={n_gpu}")
        p, d, placement = bench_engine(path, n_gpu, long_ids, short_ids, args)
        if n_gpu == 0 and pre != pre:
            pre, dec = p, d
        lines.append(f"{n_gpu!s:>12} {placement:>14} {p:14.1f} {d:13.1f} {p / pre:8.2f}x {d / dec:7.2f}x")
        progress(lines[-1].strip())
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", default=",".join(NOTES_PEER))
    ap.add_argument("--prompt-tokens", type=int, default=512)
    ap.add_argument("--decode-tokens", type=int, default=64)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--n-ctx", type=int, default=2048)
    ap.add_argument("--reps", type=int, default=2)
    ap.add_argument("--llamacpp-python", default="/work/llamacpp/venv/bin/python", help="an interpreter with llama_cpp")
    ap.add_argument("--layers-only", action="store_true")
    ap.add_argument("--breakdown", action="store_true", help="host launch/alloc cost, decode step, one product")
    args = ap.parse_args()

    if not device.gpu_available():
        print(f"gpu_offload: no usable CUDA GPU ({device.unavailable_reason()}); nothing measured.\n"
              "Install the CUDA target on a GPU host: pip install \"numba-cuda[cu12]==0.30.4\"", file=sys.stderr)
        return 2
    free = device.free_vram_bytes()
    progress(f"device: {device.device_name()}, free VRAM {(free or 0) / 2**30:.1f} GiB; CPU threads {args.threads}")
    bench = engine_bench_module()
    lines: list[str] = [f"device: {device.device_name()}; prefill of {args.prompt_tokens} tokens; "
                        f"decode of {args.decode_tokens} tokens; CPU threads {args.threads}; best of {args.reps}"]
    for name in args.models.split(","):
        lines += bench_model(name, bench, args)
    print("\n".join(lines), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
