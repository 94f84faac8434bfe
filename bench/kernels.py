"""Kernel throughput: matvec / matmul per quant type at SmolLM2 and Gemma 3 shapes.

    .venv/bin/python bench/kernels.py [--threads 2] [--types Q4_1,Q8_0] [--batches 1,8,512] [--quick]
        [--model ~/.cache/hybridgate/models/SmolLM2-135M-Instruct.Q4_1.gguf --only-models]
    .venv/bin/python bench/kernels.py --peak [--threads 2]   # the int8 multiply-accumulate peak
    .venv/bin/python bench/kernels.py --tile [--types Q4_K,Q6_K] [--against OTHER/cpu.py]  # the tile kernel alone
    .venv/bin/python bench/kernels.py --products [--from-memory] --against OTHER/cpu.py [--batches 16,512]  # whole products, paired
    .venv/bin/python bench/kernels.py --attention [--heads 24,8,128] [--against OTHER/models/kernels.py]  # a decode step's attention

GB/s counts the GGUF bytes of the weight (what a decode step must stream, llama.cpp's
measure); Gweights/s counts weights (x batch for matmul). Weights are repacked before timing,
as a loaded model does once.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("NUMBA_CACHE_DIR", str(Path(__file__).resolve().parents[1] / ".cache" / "numba"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numba  # noqa: E402
import numpy as np  # noqa: E402
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType  # noqa: E402

from local_engine.gguf_file import GGUFFile  # noqa: E402
from local_engine.quants import QuantTensor, fuse_rows, matmul, matvec, matvec_multi, set_num_threads  # noqa: E402
from local_engine.testing.quant_blocks import random_tensor  # noqa: E402

# (rows, cols, what) for SmolLM2-135M (dim 576) and Gemma 3 270M (dim 640); K-quant rows need
# multiples of 256 columns, so they also run at Gemma's K-quant shapes (attn_output 640x1024).
SHAPES = [
    (576, 576, "smollm2 attn_q/o"),
    (1536, 576, "smollm2 ffn_gate/up"),
    (576, 1536, "smollm2 ffn_down"),
    (49152, 576, "smollm2 output"),
    (1024, 640, "gemma3 attn_q"),
    (2048, 640, "gemma3 ffn_gate/up"),
    (640, 1024, "gemma3 attn_output"),
    (640, 2048, "gemma3 ffn_down"),
    (262144, 640, "gemma3 output"),
]
TYPES = ["Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q8_0", "Q4_K", "Q5_K", "Q6_K", "F16"]


def _time(fn, min_s: float = 0.3, max_reps: int = 200) -> float:
    """Median seconds per call after one warm-up call."""
    fn()
    times: list[float] = []
    start = time.perf_counter()
    while len(times) < max_reps and (time.perf_counter() - start < min_s or len(times) < 3):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


def _fits(t: GGMLQuantizationType, cols: int) -> bool:
    """K-quants need rows of whole 256-blocks (Gemma's 640 columns do not fit them either)."""
    return cols % GGML_QUANT_SIZES[t][0] == 0


def bench_matvec(types: list[str], shapes: list[tuple[int, int, str]]) -> None:
    print(f"{'type':6} {'shape':>12} {'what':22} {'us':>9} {'GB/s':>7} {'Gw/s':>7}", flush=True)
    for tname in types:
        t = GGMLQuantizationType[tname]
        for rows, cols, what in (s for s in shapes if _fits(t, s[1])):
            w = random_tensor(t, rows, cols)
            _ = w.packed
            x = np.random.default_rng(1).standard_normal(cols).astype(np.float32)
            s = _time(lambda: matvec(w, x))
            print(
                f"{tname:6} {rows:>6}x{cols:<5} {what:22} {s * 1e6:9.1f} {w.nbytes / s / 1e9:7.2f} "
                f"{rows * cols / s / 1e9:7.2f}",
                flush=True,
            )


def bench_fused(types: list[str]) -> None:
    """The QKV pattern: three products sharing x, separately vs fused."""
    for tname in types:
        t = GGMLQuantizationType[tname]
        cols = 576 if _fits(t, 576) else 1024
        ws = [random_tensor(t, r, cols, seed=i) for i, r in enumerate((576, 192, 192))]
        x = np.random.default_rng(1).standard_normal(cols).astype(np.float32)
        sep = _time(lambda: [matvec(w, x) for w in ws])
        fused = _time(lambda: matvec_multi(ws, x))
        print(f"{tname:6} QKV 576+192+192 x {cols}: separate {sep * 1e6:7.1f} us, fused {fused * 1e6:7.1f} us", flush=True)


def bench_matmul(types: list[str], batches: list[int], shapes: list[tuple[int, int, str]]) -> None:
    print(f"{'type':6} {'shape':>12} {'n':>4} {'ms':>9} {'Gw/s (x n)':>11} {'GFLOP/s':>8}", flush=True)
    for tname in types:
        t = GGMLQuantizationType[tname]
        for rows, cols, _what in (s for s in shapes if _fits(t, s[1])):
            w = random_tensor(t, rows, cols)
            _ = w.packed
            for n in batches:
                x = np.random.default_rng(1).standard_normal((n, cols)).astype(np.float32)
                s = _time(lambda: matmul(w, x), max_reps=20)
                print(
                    f"{tname:6} {rows:>6}x{cols:<5} {n:>4} {s * 1e3:9.2f} {rows * cols * n / s / 1e9:11.2f} "
                    f"{2 * rows * cols * n / s / 1e9:8.1f}",
                    flush=True,
                )


def _model_products(path: str) -> list[QuantTensor]:
    """Every weight product of one token of a real model, fused as an engine would (QKV, gate+up)."""
    f = GGUFFile.open(path)
    out: list[QuantTensor] = []
    for i in range(int(f.arch_value("block_count"))):
        t = lambda n: f.tensor(f"blk.{i}.{n}.weight")  # noqa: E731
        out.append(fuse_rows([t("attn_q"), t("attn_k"), t("attn_v")]))
        out.append(t("attn_output"))
        out.append(fuse_rows([t("ffn_gate"), t("ffn_up")]))
        out.append(t("ffn_down"))
    out.append(f.tensors.get("output.weight") or f.tensor("token_embd.weight"))
    return out


def bench_model(path: str, prefill: int) -> None:
    """Products only (no attention/norms): an upper bound on decode and prefill tok/s."""
    t0 = time.perf_counter()
    ws = _model_products(path)
    print(f"{Path(path).name}: {len(ws)} products/token, repack {time.perf_counter() - t0:.2f} s", flush=True)
    x = {w.cols: np.random.default_rng(0).standard_normal(w.cols).astype(np.float32) for w in ws}
    step = _time(lambda: [matvec(w, x[w.cols]) for w in ws], min_s=2.0, max_reps=50)
    gguf_bytes = sum(w.rows * w.cols for w in ws)
    print(f"  decode products: {step * 1e3:.2f} ms/token -> <= {1 / step:.1f} tok/s "
          f"({gguf_bytes / step / 1e9:.2f} Gweights/s)", flush=True)
    xs = {c: np.random.default_rng(0).standard_normal((prefill, c)).astype(np.float32) for c in x}
    pre = _time(lambda: [matmul(w, xs[w.cols]) for w in ws], min_s=1.0, max_reps=3)
    print(f"  prefill products ({prefill} tokens): {pre:.2f} s -> <= {prefill / pre:.1f} tok/s", flush=True)


# --- the machine's int8 compute peak --------------------------------------------------------------
_PEAK_ACCS = 16  # independent accumulators: more than vpdpbusd's latency x issue width needs


def _dot_loop_intrinsic() -> Any:
    """dot_loop(w uint8[64*_PEAK_ACCS], x int8[64], n) -> int64: n rounds of one vpdpbusd into each
    of _PEAK_ACCS register accumulators (the portable IR where the CPU lacks VNNI, as the
    engine's kernels do), then the sum of every lane (so nothing is optimised away)."""
    from llvmlite import ir
    from numba import types
    from numba.core import cgutils
    from numba.extending import intrinsic

    from local_engine.quants import cpu

    vi32, i64 = ir.VectorType(ir.IntType(32), 16), ir.IntType(64)

    def codegen(context, builder, sig, args):  # noqa: ANN001, ANN202
        wp = context.make_array(sig.args[0])(context, builder, args[0]).data
        xp = context.make_array(sig.args[1])(context, builder, args[1]).data
        vptr = vi32.as_pointer()
        ws = [builder.load(builder.bitcast(builder.gep(wp, [ir.Constant(i64, 64 * k)]), vptr), align=1)
              for k in range(_PEAK_ACCS)]
        xv = builder.load(builder.bitcast(xp, vptr), align=1)
        fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(vi32, [vi32] * 3), "llvm.x86.avx512.vpdpbusd.512")
        accs = [cgutils.alloca_once_value(builder, ir.Constant(vi32, None)) for _ in range(_PEAK_ACCS)]
        with cgutils.for_range(builder, args[2]):
            for k, acc in enumerate(accs):
                a = builder.load(acc)
                dot = builder.call(fn, [a, ws[k], xv]) if cpu.HAS_VNNI else cpu._dpbusd_portable(builder, a, ws[k], xv)
                builder.store(dot, acc)
        total = builder.load(accs[0])
        for acc in accs[1:]:
            total = builder.add(total, builder.load(acc))
        out = ir.Constant(i64, 0)
        for lane in range(16):
            out = builder.add(out, builder.sext(builder.extract_element(total, ir.Constant(ir.IntType(32), lane)), i64))
        return out

    @intrinsic
    def dot_loop(typingctx, w, x, n):  # noqa: ANN001, ANN202, ARG001
        return types.int64(w, x, types.int64), codegen

    return dot_loop


def int8_peak(threads: int, seconds: float = 0.2, cpu_time: bool = False) -> float:
    """The machine's int8 multiply-accumulate peak, MACs per second, with `threads` threads: each
    runs independent vpdpbusd (64 u8 x s8 products per instruction) on registers only.

    What no integer kernel can beat: a batched decode step or a prefill multiplies every weight
    by every token's activations, so weights-per-token / this rate bounds its tokens per second
    (bench/engine.py prints that ceiling next to the 16-stream target)."""
    from numba import njit, prange

    dot_loop = _dot_loop_intrinsic()

    @njit(parallel=True, nogil=True)
    def run(w, x, n, out):  # noqa: ANN001, ANN202
        for t in prange(out.shape[0]):
            out[t] = dot_loop(w[t], x, n)

    numba.set_num_threads(threads)
    rng = np.random.default_rng(0)
    w = rng.integers(0, 256, (threads, 64 * _PEAK_ACCS), dtype=np.uint8)
    x = rng.integers(-128, 128, 64, dtype=np.int8)
    out = np.zeros(threads, np.int64)
    n = 1 << 16
    run(w, x, n, out)  # compile
    while True:  # grow the round count until one call takes `seconds`
        t = time.perf_counter()
        run(w, x, n, out)
        took = time.perf_counter() - t
        if took >= seconds / 4:
            break
        n *= 4
    clock = _cpu_timed if cpu_time else _timed
    best = min(clock(lambda: run(w, x, n, out)) for _ in range(5))
    return threads * n * _PEAK_ACCS * 64 / best


def _load_kernels(path: str) -> Any:
    """A copy of a kernel file at `path` (e.g. `git show main:local_engine/quants/cpu.py`, or of
    models/kernels.py) as its own module, its kernels compiled afresh: numba caches them in a
    directory dropped at exit (a module loaded from a path does not reload from numba's disk
    cache: the second run failed)."""
    import atexit
    import importlib.util
    import shutil
    import tempfile

    from numba.core import config as numba_config

    spec = importlib.util.spec_from_file_location("kernels_against", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    own, numba_config.CACHE_DIR = numba_config.CACHE_DIR, tempfile.mkdtemp(prefix="kernels-against-")
    atexit.register(shutil.rmtree, numba_config.CACHE_DIR, True)
    try:
        spec.loader.exec_module(module)  # numba fixes each kernel's cache directory as it is decorated
    finally:
        numba_config.CACHE_DIR = own
    return module


def bench_tile(types: list[str], against: str | None = None, cols: int = 2048, rounds: int = 40) -> None:
    """The tile kernel's own rate, one thread: cpu._matmul_tiles over one 16-row tile and 1, 4 or 8
    activation rows, repeated in a compiled loop so weights and activations stay in L1 (no memory
    traffic, no Python dispatch), per type, as a fraction of the vpdpbusd peak measured in this run.
    `against`: the path of another version of cpu.py, timed in alternation with this one (same
    weights and activations, its outputs checked bit for bit); the ratio is the median of the
    per-round ratios.

    Why: products on a shared 2-core VM vary +-10% from run to run; this isolates the
    instruction stream (what the micro-kernel's shape, unpacking and scale work cost), which is
    what a change to cpu.tile_dot can move, and pairs the rounds of an A/B so load changes
    cancel. Best of `rounds` timings in CPU time (one thread: time slices lost to other
    processes do not count); the peak is timed the same way."""
    from numba import njit

    from local_engine.quants import cpu

    def repeater(module: Any) -> Any:
        run_tile = module._matmul_tiles

        @njit(nogil=True)
        def repeat(reps, q, pl, nplanes, d, dm, sc, mn, group, bias, xq, dx, xs, out):  # noqa: ANN001, ANN202
            for _ in range(reps):
                run_tile(0, 1, q, pl, nplanes, d, dm, sc, mn, group, bias, xq, dx, xs, out)

        return repeat

    versions = [cpu] + ([_load_kernels(against)] if against else [])
    repeats = [repeater(m) for m in versions]
    numba.set_num_threads(1)
    peak = int8_peak(1, cpu_time=True)
    print(f"int8 peak, 1 thread: {peak / 1e9:.0f} GMAC/s (vpdpbusd: {'yes' if _has_vnni() else 'no'})", flush=True)
    print(f"{'type':6} {'rows':>4} {'GMAC/s':>7} {'% peak':>7}" + (f" {'other':>7} {'this/other':>10}" if against else ""),
          flush=True)
    for tname in types:
        t = GGMLQuantizationType[tname]
        if tname == "F16" or not _fits(t, cols):
            continue
        w = random_tensor(t, 16, cols)
        p = w.packed
        groups = cols // p.form.group
        for n in (1, 4, 8):
            x = np.random.default_rng(1).standard_normal((n, cols)).astype(np.float32)
            xq, dx, xs = np.empty((n, cols + cpu.X_PAD), np.int8), np.empty((n, groups), np.float32), np.empty((n, groups), np.float32)
            outs = [np.empty((n, 16), np.float32) for _ in versions]
            for m, out in zip(versions, outs, strict=True):
                m.tiled_matmul(*p.kernel_args, x, xq, dx, xs, out, True)  # the kernel's own int8 activations
            if against and not np.array_equal(outs[0], outs[1]):
                print(f"{tname:6} {n:>4} outputs differ from {against}", flush=True)
            reps = max(1, int(2e8 // (16 * cols * n)))
            times: list[list[float]] = [[] for _ in versions]
            for repeat, out in zip(repeats, outs, strict=True):
                repeat(1, *p.kernel_args, xq, dx, xs, out)
            for _ in range(rounds):
                for repeat, out, ts in zip(repeats, outs, times, strict=True):
                    ts.append(_cpu_timed(lambda: repeat(reps, *p.kernel_args, xq, dx, xs, out)))  # noqa: B023
            rates = [16 * cols * n * reps / min(ts) for ts in times]
            line = f"{tname:6} {n:>4} {rates[0] / 1e9:7.1f} {100 * rates[0] / peak:6.0f}%"
            if against:
                paired = float(np.median(np.array(times[1]) / np.array(times[0])))
                line += f" {rates[1] / 1e9:7.1f} {paired:10.2f}"
            print(line, flush=True)


# (type, rows, cols): Gemma 3's prompt products and the 1B shape's largest
PRODUCT_SHAPES = [("Q5_0", 4096, 640), ("Q4_K", 640, 1024), ("Q6_K", 640, 2048), ("Q8_0", 256, 640),
                  ("Q4_K", 16384, 2048), ("Q6_K", 2048, 8192)]
# (type, rows, cols): the 3B shape's widths, rows enough that the weight (60-110 MB) streams from memory
MEMORY_SHAPES = [("Q4_K", 65536, 3072), ("Q6_K", 32768, 3072), ("Q4_K", 16384, 8192), ("Q6_K", 16384, 8192),
                 ("Q5_0", 65536, 2048), ("Q8_0", 32768, 2048)]


def bench_products(against: str, batches: list[int], rounds: int = 7, memory_threads: int = 0) -> None:
    """Whole products, one thread, this cpu.py against another (`against`), in alternating rounds:
    cpu.tiled_matmul on the calling thread (serial) with `n` activation rows, CPU time, the
    ratio (other's time / this one's: > 1, this is faster) the median of the per-round ratios,
    outputs checked bit for bit. `memory_threads` > 0: weights of 60-110 MB instead (MEMORY_SHAPES,
    read from memory as a decode step reads them, past any cache), the parallel kernel on that
    many threads, wall time, the order of the two alternating each round.

    Why: --tile keeps one tile in L1; a prompt block re-reads a few tiles from cache for every 8
    rows and a decode step streams them from memory, which is what prefetch and loop order
    change (the 16 KiB prefetch cost prompt blocks 1.1-1.6x here, invisible to --tile; the bit
    planes' prefetch moved Q6_K decode rows from memory 1.3-1.5x, invisible to the cached shapes)."""
    from local_engine.quants import cpu

    other = _load_kernels(against)
    numba.set_num_threads(memory_threads or 1)
    serial = not memory_threads
    timed = _cpu_timed if serial else _timed
    print(f"{'type':6} {'shape':>12} {'n':>4} {'ms':>8} {'GMAC/s':>7} {'other ms':>9} {'this/other':>10} bits", flush=True)
    for tname, rows, cols in (MEMORY_SHAPES if memory_threads else PRODUCT_SHAPES):
        w = random_tensor(GGMLQuantizationType[tname], rows, cols)
        p = w.packed
        groups = cols // p.form.group
        for n in batches:
            x = np.random.default_rng(1).standard_normal((n, cols)).astype(np.float32)
            bufs = [(np.empty((n, cols + cpu.X_PAD), np.int8), np.empty((n, groups), np.float32),
                     np.empty((n, groups), np.float32), np.empty((n, p.q.shape[0] * 16), np.float32)) for _ in range(2)]
            mods = (cpu, other)
            for m, b in zip(mods, bufs, strict=True):
                m.tiled_matmul(*p.kernel_args, x, *b, serial)
            times: list[list[float]] = [[], []]
            for r in range(rounds if serial else 2 * rounds):
                for k in ((0, 1) if serial or r % 2 == 0 else (1, 0)):
                    m, b = mods[k], bufs[k]
                    times[k].append(timed(lambda: m.tiled_matmul(*p.kernel_args, x, *b, serial)))  # noqa: B023
            paired = float(np.median(np.array(times[1]) / np.array(times[0])))
            same = "same" if np.array_equal(bufs[0][3], bufs[1][3]) else "DIFFER"
            print(f"{tname:6} {rows:>6}x{cols:<5} {n:>4} {min(times[0]) * 1e3:8.2f} {rows * cols * n / min(times[0]) / 1e9:7.0f} "
                  f"{min(times[1]) * 1e3:9.2f} {paired:10.2f} {same}", flush=True)


def bench_attention(against: str | None, contexts: list[int], rounds: int = 15, shape: tuple[int, int, int] = (32, 8, 64)) -> None:
    """The attention phase of a 16-row decode step (kernels._attend_group over every (sequence, kv
    head) item, as decode_pass runs it on one thread: one scratch per thread, f16 cache) at `shape`
    (query heads, kv heads, head dim; default the 1B shape: 32, 8 kv of 64; the 3B's is 24,8,128),
    sequences at `contexts` cached positions (+0..24),
    one thread, CPU time; `against`: another models/kernels.py timed in alternating rounds (its
    outputs compared), the ratio the median of the per-round ratios. Layer of one step: x16 layers
    per token step, split over the threads."""
    from numba import njit

    from local_engine.models import kernels

    versions = [kernels] + ([_load_kernels(against)] if against else [])

    def phase_of(k: Any) -> Any:
        @njit(fastmath=True, nogil=True)
        def phase(reps, qkv, n_heads, n_kv, hd, cos, sin, positions, kc, vc, ks, tables, scale, out):  # noqa: ANN001, ANN202
            kr, vr, ksr = k._rows(kc), k._rows(vc), k._rows(ks)
            e = np.zeros(0, np.float32)
            qg, sc, acc, krows, vrows = k._group_scratch(n_heads // n_kv, hd, hd, positions.max() + 1, kc.shape[2])
            for _ in range(reps):
                for u in range(qkv.shape[0] * n_kv):
                    i, hk = u // n_kv, u % n_kv
                    k._attend_group(qkv[i], n_heads, n_kv, hd, hd, e, e, 1e-6, cos[i], sin[i], hd, False, hk, positions[i],
                                    0, kr, vr, ksr, ksr, 0, 0, kc.shape[1], kc.shape[2], tables[i], 0, scale, out[i], qg, sc,
                                    acc, krows, vrows)
        return phase

    phases = [phase_of(v) for v in versions]
    numba.set_num_threads(1)
    (n_heads, n_kv, hd), n, bs = shape, 16, 64
    print(f"{'context':>8} {'us/layer':>9}" + (f" {'other':>9} {'this/other':>10} outputs" if against else ""), flush=True)
    for ctx in contexts:
        per = (ctx + 25) // bs + 1
        rng = np.random.default_rng(0)
        kc = rng.standard_normal((n_kv, n * per, bs, hd)).astype(np.float16).view(np.uint16)
        vc = rng.standard_normal((n_kv, n * per, bs, hd)).astype(np.float16).view(np.uint16)
        ks = np.zeros((1, 1, 1, 1), np.uint16)
        qkv = rng.standard_normal((n, (n_heads + 2 * n_kv) * hd)).astype(np.float32)
        positions = np.array([ctx + (i * 7) % 25 for i in range(n)], np.int64)
        tables = np.arange(n * per, dtype=np.int64).reshape(n, per)
        ang = positions[:, None] * (10000.0 ** (-np.arange(hd // 2) / (hd // 2)))[None, :]
        cos, sin = np.cos(ang).astype(np.float32), np.sin(ang).astype(np.float32)
        outs = [np.empty((n, n_heads * hd), np.float32) for _ in phases]
        args = (qkv, n_heads, n_kv, hd, cos, sin, positions, kc, vc, ks, tables, np.float32(hd ** -0.5))
        for ph, out in zip(phases, outs, strict=True):
            ph(1, *args, out)
        reps = max(1, 20000 // (ctx + 12))
        times: list[list[float]] = [[] for _ in phases]
        for _ in range(rounds):
            for ph, out, ts in zip(phases, outs, times, strict=True):
                ts.append(_cpu_timed(lambda: ph(reps, *args, out)) / reps)  # noqa: B023
        line = f"{ctx:>8} {min(times[0]) * 1e6:9.1f}"
        if against:
            paired = float(np.median(np.array(times[0]) / np.array(times[1])))
            err = float(np.abs(outs[0] - outs[1]).max())
            line += f" {min(times[1]) * 1e6:9.1f} {paired:10.2f} " + ("same" if err == 0 else f"max diff {err:.1e}")
        print(line, flush=True)


def _has_vnni() -> bool:
    from local_engine.quants import cpu

    return bool(cpu.HAS_VNNI)


def _timed(fn: Any) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _cpu_timed(fn: Any) -> float:
    """CPU seconds of fn() (the calling thread's process; for one-thread kernels on a busy machine)."""
    t = time.process_time()
    fn()
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("--batches", default="1,8,512")
    ap.add_argument("--quick", action="store_true", help="skip the two big output-head shapes")
    ap.add_argument("--model", action="append", default=[], help="also time a real GGUF's per-token products")
    ap.add_argument("--prefill", type=int, default=512)
    ap.add_argument("--only-models", action="store_true")
    ap.add_argument("--peak", action="store_true", help="only the int8 multiply-accumulate peak (vpdpbusd)")
    ap.add_argument("--tile", action="store_true", help="only the tile kernel on L1-resident data, against that peak")
    ap.add_argument("--against", help="with --tile or --products: another version of quants/cpu.py to time in alternation")
    ap.add_argument("--products", action="store_true", help="whole one-thread products against --against, paired")
    ap.add_argument("--from-memory", action="store_true",
                    help="with --products: weights larger than the caches, the parallel kernel on --threads threads")
    ap.add_argument("--attention", action="store_true",
                    help="a 16-row decode step's attention (1B shape), one thread; --against OTHER/models/kernels.py")
    ap.add_argument("--contexts", default="4,45,200,1000", help="with --attention: cached positions per sequence")
    ap.add_argument("--heads", default="32,8,64", help="with --attention: query heads, kv heads, head dim (3B: 24,8,128)")
    args = ap.parse_args()
    if args.peak:
        for n in sorted({1, args.threads}):
            print(f"int8 peak, {n} thread(s): {int8_peak(n) / 1e9:.0f} GMAC/s (vpdpbusd: {'yes' if _has_vnni() else 'no'})", flush=True)
        return
    if args.attention:
        shape = tuple(int(v) for v in args.heads.split(","))
        if len(shape) != 3:
            ap.error("--heads takes query heads, kv heads, head dim")
        bench_attention(args.against, [int(c) for c in args.contexts.split(",")], shape=shape)  # type: ignore[arg-type]
        return
    types = args.types.split(",")
    if args.products:
        if not args.against:
            ap.error("--products needs --against OTHER/cpu.py")
        bench_products(args.against, [int(b) for b in args.batches.split(",")], memory_threads=args.threads if args.from_memory else 0)
        return
    if args.tile:
        bench_tile(types, args.against)
        return
    set_num_threads(args.threads)
    shapes = [s for s in SHAPES if not (args.quick and s[0] > 10000)]
    print(f"threads={numba.get_num_threads()} cpu_count={os.cpu_count()}", flush=True)
    for path in args.model:
        bench_model(path, args.prefill)
    if args.only_models:
        return
    print("== matvec (decode)", flush=True)
    bench_matvec(types, shapes)
    print("== fused QKV", flush=True)
    bench_fused(types)
    print("== matmul (prefill / batched decode)", flush=True)
    bench_matmul(types, [int(b) for b in args.batches.split(",")], [s for s in shapes if s[0] <= 2048])


if __name__ == "__main__":
    main()
