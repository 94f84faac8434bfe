"""Partial GPU offload: decode and prefill tok/s for n_gpu_layers = 0, 1/4, 1/2, 3/4, all.

    .venv/bin/python bench/gpu_offload.py [--models smollm2-135m-instruct,gemma3-270m]
        [--prompt-tokens 512] [--decode-tokens 128] [--threads 2] [--n-ctx 2048] [--layers-only]

Needs an NVIDIA GPU with numba's CUDA target (`pip install numba-cuda[cu12]==0.30.4`); without
one it says why and exits with status 2, measuring nothing. Each row loads the real model
through `Engine.load(..., n_gpu_layers=N)` and times one greedy generation: prefill tok/s is
prompt tokens / time to the first streamed token, decode tok/s is the remaining tokens / the
time after it. llama.cpp's CPU numbers (2 threads, from shared/NOTES.md) are printed alongside.

`--layers-only` times just the device stack (every layer on the GPU, hidden state in and out
per call) — useful before the engine integration exists, and to see the GPU part alone.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".cache" / "numba"))
os.environ.pop("NUMBA_ENABLE_CUDASIM", None)  # a benchmark on the simulator would be meaningless
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from local_engine.gpu import device  # noqa: E402
from local_engine.model_store import DEFAULT_MODELS, models_dir  # noqa: E402

# NOTES.md row names of the llama.cpp peer numbers, per default model.
PEER_ROWS = {"smollm2-135m-instruct": "SmolLM2-135M-Instruct Q4_1", "gemma3-270m": "Gemma 3 270M Q4_K_M"}
PROMPT_TEXT = "The history of computing is a story of people, machines and ideas. "


def llama_cpp_numbers(notes: Path) -> dict[str, tuple[str, str]]:
    """{row name: (prefill, decode)} from the 'Peer numbers' table of shared/NOTES.md."""
    if not notes.is_file():
        return {}
    out = {}
    for line in notes.read_text().splitlines():
        m = re.match(r"\|\s*([^|]+?)\s*\|\s*(~?[\d.]+ tok/s)\s*\|\s*(~?[\d.]+ tok/s)\s*\|", line)
        if m:
            out[m.group(1)] = (m.group(2), m.group(3))
    return out


def offload_points(n_layers: int) -> list[int | str]:
    return [0, n_layers // 4, n_layers // 2, 3 * n_layers // 4, "all"]


def bench_engine(path: Path, n_gpu: int | str, args: argparse.Namespace) -> tuple[float, float, str]:
    """(prefill tok/s, decode tok/s, placement) for one Engine.load + greedy generation."""
    from local_engine.api import SamplingParams
    from local_engine.engine import Engine

    engine = Engine.load(str(path), n_ctx=args.n_ctx, n_threads=args.threads, n_gpu_layers=n_gpu)
    ids = engine.tokenize(PROMPT_TEXT * (args.prompt_tokens // 8 + 1))[: args.prompt_tokens]
    params = SamplingParams(max_tokens=args.decode_tokens, temperature=0.0, ignore_eos=True)
    list(engine.generate(ids[:16], SamplingParams(max_tokens=4, temperature=0.0)))  # warm-up (JIT)
    t0 = time.perf_counter()
    t_first, n_out = 0.0, 0
    for chunk in engine.generate(ids, params):
        n_out += len(chunk.token_ids)
        if not t_first and chunk.token_ids:
            t_first = time.perf_counter()
    t_end = time.perf_counter()
    decode = (n_out - 1) / (t_end - t_first) if n_out > 1 else float("nan")
    return len(ids) / (t_first - t0), decode, engine.info.placement


def bench_layers_only(path: Path, args: argparse.Namespace) -> tuple[float, float]:
    """(prefill, decode) tok/s of the device stack alone with every layer on the GPU."""
    from local_engine.gguf_file import GGUFFile
    from local_engine.gpu.layers import GpuLayerStack, layer_specs_from_gguf

    g = GGUFFile.open(path)
    specs = layer_specs_from_gguf(g)
    stack = GpuLayerStack.upload(g.tensors, specs, 0, args.n_ctx)
    rng = np.random.default_rng(0)
    n = min(args.prompt_tokens, stack.chunk)
    x = rng.standard_normal((n, specs[0].n_embd)).astype(np.float32)
    stack.forward(x[:4], np.arange(4))  # warm-up (JIT)
    t0 = time.perf_counter()
    stack.forward(x, np.arange(n))
    prefill = n / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for i in range(args.decode_tokens):
        stack.forward(x[:1], np.array([n + i]))
    return prefill, args.decode_tokens / (time.perf_counter() - t0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", default=",".join(PEER_ROWS))
    ap.add_argument("--prompt-tokens", type=int, default=512)
    ap.add_argument("--decode-tokens", type=int, default=128)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--n-ctx", type=int, default=2048)
    ap.add_argument("--layers-only", action="store_true")
    args = ap.parse_args()

    if not device.gpu_available():
        print(f"gpu_offload: no usable CUDA GPU ({device.unavailable_reason()}); nothing measured.")
        return 2
    print(f"device: {device.device_name()}, free VRAM {device.free_vram_bytes() or 0:,} B; CPU threads {args.threads}")
    peers = llama_cpp_numbers(ROOT.parent / "shared" / "NOTES.md")
    from local_engine.gguf_file import GGUFFile

    for name in args.models.split(","):
        path = models_dir() / DEFAULT_MODELS[name].filename
        if not path.is_file():
            print(f"{name}: {path} missing (run `hybridgate models pull`)")
            continue
        peer = peers.get(PEER_ROWS.get(name, ""), ("n/a", "n/a"))
        print(f"\n== {name}  (llama.cpp CPU, 2 threads: prefill {peer[0]}, decode {peer[1]})")
        if args.layers_only:
            pre, dec = bench_layers_only(path, args)
            print(f"device stack only, all layers: prefill {pre:8.1f} tok/s   decode {dec:8.1f} tok/s")
            continue
        n_layers = int(GGUFFile.open(path).arch_value("block_count"))
        print(f"{'n_gpu_layers':>12} {'placement':>14} {'prefill tok/s':>14} {'decode tok/s':>13}")
        for n_gpu in offload_points(n_layers):
            pre, dec, placement = bench_engine(path, n_gpu, args)
            print(f"{n_gpu!s:>12} {placement:>14} {pre:14.1f} {dec:13.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
