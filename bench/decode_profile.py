"""Where a decode step's time goes: per kernel, per token, against the machine's streaming limit.

    .venv/bin/python bench/decode_profile.py [--model llama-1b] [--streams 1] [--tokens 48] [--threads 2] [--phases]

`--model`: a model_set shape (llama-1b, llama-3b, ...; see bench/engine.py) or a GGUF path. One
process loads the model through `Engine.load`, generates `--tokens` tokens for `--streams`
concurrent requests through the Scheduler (the served path) once plainly and once with every
numba kernel the models call wrapped in a timer, then prints per decode step: the decode pass
(kernels.decode_pass: every layer in one region, with its GB/s of weights), or for models it
does not run, each weight product (by rows x cols, type, activation rows) with its calls, time
and GB/s, the block-tail / FFN regions (quants.block_tail, glu_product), attention, norms; and
what is left (Python, numpy, sampling, the scheduler). A pure streaming read of a buffer as large as the weights,
with the same threads, gives the limit the GB/s compare to.

`--phases` (models the decode pass runs): the pass's phase probe (DecodePlan.stamps: each
thread's time-stamp counter where it leaves each phase) in a third run, summed per kind of phase
over the layers: ms per step (work and barrier wait), and GB/s for the weight products.

The timers add ~1 us per call, so the instrumented step is slightly slower than the plain one
(both printed); a region's GB/s counts all of its weights. For A/B decisions use
bench/revisions.py or bench/engine.py; this says where to look.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".cache" / "numba"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402

Stats = dict[str, list[float]]  # what -> [calls, seconds, bytes per call]
RECORDING = [False]  # inside a decode step's forward pass (prefill passes are not counted)


def _timed(stats: Stats, key: Callable[[tuple[Any, ...]], tuple[str, int]], fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any) -> Any:
        if not RECORDING[0]:
            return fn(*args)
        t = time.perf_counter()
        out = fn(*args)
        name, nbytes = key(args)
        s = stats.setdefault(name, [0, 0.0, nbytes])
        s[0] += 1
        s[1] += time.perf_counter() - t
        return out
    return run


def _weight_bytes(args: tuple[Any, ...], first: int) -> int:
    """Bytes of the Tiled weight whose kernel_args start at args[first] (q, planes, nplanes, d, dm, sc, mn)."""
    return int(sum(a.nbytes for a in args[first : first + 7] if isinstance(a, np.ndarray)))


def _product_key(args: tuple[Any, ...]) -> tuple[str, int]:
    q, nplanes, x = args[0], args[2], args[9]
    bits = 4 + int(nplanes) if q.shape[1] * 8 == x.shape[1] else 8
    return f"product {q.shape[0] * 16}x{x.shape[1]} {bits}-bit n={x.shape[0]}", _weight_bytes(args, 0)


def _ffn_key(args: tuple[Any, ...]) -> tuple[str, int]:
    """cpu.tiled_ffn(wo args 0-8, gate|up args 9-17, down args 18-26, norm_w, eps, gelu, attn, ..., x at 35, ...,
    h at 41, ..., next weights' args 48-56 and 57-65, ..., their outputs y3 at 72 and y4 at 76, threads)."""
    with_wo, with_ffn, n = args[30].shape[1] > 0, args[41].shape[1] > 0, args[35].shape[0]
    with_next, with_4 = args[72].shape[1] > 0, args[76].shape[1] > 0
    parts, nbytes = [], 0
    if with_wo:
        parts.append(f"attn-out {args[0].shape[0] * 16}")
        nbytes += _weight_bytes(args, 0)
    if with_ffn:
        parts.append(f"gate|up {args[9].shape[0] * 16} + down {args[18].shape[0] * 16}")
        nbytes += _weight_bytes(args, 9) + _weight_bytes(args, 18)
    if with_next:
        parts.append(f"next {args[48].shape[0] * 16}" + (f"|{args[57].shape[0] * 16}" if with_4 else ""))
        nbytes += _weight_bytes(args, 48) + (_weight_bytes(args, 57) if with_4 else 0)
    return f"region {' + '.join(parts)} n={n}", nbytes


def _pass_key(args: tuple[Any, ...]) -> tuple[str, int]:
    """kernels.decode_pass(wp, wm, ...): its weights' bytes from the table's shapes (models/decode.py)."""
    wm, x = args[1], args[6]
    m = wm.reshape(-1, wm.shape[-1]).astype(np.int64)
    nbytes = int((m[:, 0] * m[:, 1] * 64 + m[:, 2] * m[:, 3] * m[:, 4] * 16 + m[:, 5] * m[:, 6] * 32
                  + m[:, 7] * m[:, 8] * 32 + m[:, 9] * m[:, 10] * 16 + m[:, 11] * m[:, 12] * 16).sum())
    head = "+ head" if wm[-1, 3, 0] else "(head apart)"
    return f"decode pass: {wm.shape[0] - 1} layers {head} n={x.shape[0]}", nbytes


def instrument(stats: Stats) -> None:
    """Wrap the kernels the models call (module attributes, looked up at call time)."""
    from local_engine.models import kernels
    from local_engine.quants import cpu

    cpu.tiled_matmul = _timed(stats, _product_key, cpu.tiled_matmul)
    cpu.tiled_ffn = _timed(stats, _ffn_key, cpu.tiled_ffn)
    kernels.decode_pass = _timed(stats, _pass_key, kernels.decode_pass)
    for name in ("rms_norm", "glu", "attend_token", "attend_tokens", "attend_rows"):
        setattr(kernels, name, _timed(stats, lambda args, name=name: (name, 0), getattr(kernels, name)))


PHASE_KINDS = ("attention", "attn-out int8", "attn-out product", "residual + FFN norm", "gate|up product",
               "GLU + int8", "down product", "residual + next norm", "next q|k|v product")


@dataclass
class PhaseProbe:
    """Per decode step, each phase's duration in cycles: per thread, where it left the phase minus
    where it left the one before (the first: minus its own start), averaged over the threads
    (each thread's own counter: the cores' counters need not agree)."""

    plan: Any
    threads: int
    steps: list[np.ndarray] = field(default_factory=list)  # [phases] cycles per phase

    def record(self) -> None:
        self.steps.append(np.diff(self.plan.stamps, axis=1).mean(axis=0))

    def report(self, hz: float, n_steps: int) -> None:
        """Per kind of phase: ms per step and, for products, GB/s of their weights."""
        wm = self.plan.wm
        layers = wm.shape[0] - 1
        per = np.mean(self.steps, axis=0) / hz  # seconds per phase per step
        nbytes = _slot_bytes(wm)  # [layers + 1, slots]
        rows: dict[str, list[float]] = {}

        def add(kind: str, secs: float, b: int) -> None:
            r = rows.setdefault(kind, [0.0, 0.0])
            r[0] += secs
            r[1] += b

        add("first norm", per[0], 0)
        add("first q|k|v product", per[1], int(nbytes[0, 3] + nbytes[0, 4]))
        for layer in range(layers):
            for k, kind in enumerate(PHASE_KINDS):
                b = 0
                if kind.endswith("product"):
                    b = int(nbytes[layer, k // 2 - 1]) if k < 8 else int(nbytes[layer + 1, 3] + nbytes[layer + 1, 4])
                add("head product" if (k == 8 and layer == layers - 1) else kind, per[2 + 9 * layer + k], b)
        total = per.sum()
        print(f"phase probe ({n_steps} steps, mean; cycles at {hz / 1e9:.2f} GHz): {total * 1e3:.2f} ms per step in phases")
        print(f"{'phase':44} {'ms/step':>8} {'% step':>7} {'GB/s':>6}")
        for kind, (secs, b) in rows.items():
            gbs = f"{b / secs / 1e9:6.1f}" if b else ""
            print(f"{kind:44} {secs * 1e3:8.3f} {100 * secs / total:6.1f}% {gbs}")


def _slot_bytes(wm: np.ndarray) -> np.ndarray:
    """Bytes of each (layer, slot) Tiled weight of a DecodePlan weight table."""
    m = wm.astype(np.int64)
    return (m[..., 0] * m[..., 1] * 64 + m[..., 2] * m[..., 3] * m[..., 4] * 16 + m[..., 5] * m[..., 6] * 32
            + m[..., 7] * m[..., 8] * 32 + m[..., 9] * m[..., 10] * 16 + m[..., 11] * m[..., 12] * 16)


def cycles_per_second() -> float:
    """The time-stamp counter's rate, against perf_counter over 0.2 s."""
    from numba import njit

    from local_engine.models.kernels import cycles

    @njit
    def now() -> int:
        return cycles()

    now()
    c0, t0 = now(), time.perf_counter()
    time.sleep(0.2)
    return (now() - c0) / (time.perf_counter() - t0)


def streaming_limit(nbytes: int, threads: int) -> float:
    """GB/s of a pure streaming read (sum of uint64 words over `threads`) of `nbytes`."""
    import numba
    from numba import njit, prange

    numba.set_num_threads(threads)

    @njit(parallel=True, fastmath=True, nogil=True)
    def total(a: np.ndarray) -> int:
        s = np.uint64(0)
        for i in prange(a.shape[0]):
            s += a[i]
        return s

    buf = np.ones(max(nbytes, 256 << 20) // 8, np.uint64)
    total(buf)
    best = min(_seconds(lambda: total(buf)) for _ in range(6))
    return buf.nbytes / best / 1e9


def _seconds(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="llama-1b", help="a bench/model_set.py shape[:type] or a GGUF path")
    ap.add_argument("--streams", type=int, default=1)
    ap.add_argument("--tokens", type=int, default=48)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--phases", action="store_true", help="the decode pass's phase probe (a third run)")
    args = ap.parse_args()

    import engine as bench_engine
    from local_engine.api import SamplingParams
    from local_engine.engine import Engine
    from local_engine.scheduler import Scheduler

    path = Path(args.model) if Path(args.model).is_file() else bench_engine.model_path(args.model)
    eng = Engine.load(path, n_ctx=2048, n_threads=args.threads, max_sequences=max(8, args.streams))
    eng.warm_up()
    ids = eng.tokenizer.encode(bench_engine.REQUEST_TEXTS[0])
    steps: list[float] = []
    forward = eng.model.forward

    def counted(batch: Any) -> Any:
        RECORDING[0] = batch.single_tokens
        t = time.perf_counter()
        try:
            return forward(batch)
        finally:
            if batch.single_tokens:
                steps.append(time.perf_counter() - t)
            RECORDING[0] = False

    eng.model.forward = counted  # type: ignore[method-assign]

    def run() -> float:
        """Mean seconds per decode step (forward passes of one token per sequence; prefill excluded)."""
        steps.clear()
        params = SamplingParams(temperature=0, max_tokens=args.tokens, ignore_eos=True)
        with Scheduler(eng, max_batch=max(8, args.streams), max_queue=64) as sched:
            for handle in [sched.submit(ids, params) for _ in range(args.streams)]:
                list(handle)
        return float(np.mean(steps))

    plain = run()
    stats: Stats = {}
    instrument(stats)
    timed_step = run()
    n_steps = len(steps)
    limit = streaming_limit(bench_engine.weight_bytes(path), args.threads)
    print(f"{path.name}: {args.streams} stream(s), {args.threads} threads, {n_steps} decode steps")
    print(f"decode step: {plain * 1e3:.2f} ms plain ({args.streams / plain:.1f} tok/s), "
          f"{timed_step * 1e3:.2f} ms instrumented; streaming limit {limit:.1f} GB/s")
    print(f"{'what':44} {'calls/step':>10} {'ms/step':>8} {'us/call':>8} {'GB/s':>6} {'% limit':>7}")
    accounted = 0.0
    for name, (calls, secs, nbytes) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
        per_step, per_call = secs / n_steps, secs / calls
        accounted += per_step
        gbs = f"{nbytes / per_call / 1e9:6.1f} {100 * nbytes / per_call / 1e9 / limit:6.0f}%" if nbytes else ""
        print(f"{name:44} {calls / n_steps:10.1f} {per_step * 1e3:8.3f} {per_call * 1e6:8.1f} {gbs}")
    print(f"{'rest (Python, numpy, sampling, scheduler)':44} {'':10} {(timed_step - accounted) * 1e3:8.3f}")
    plan = eng.model._decode
    if args.phases and plan is not None:
        from local_engine.models import kernels

        layers = plan.wm.shape[0] - 1
        plan.stamps = np.zeros((args.threads, 3 + 9 * layers), np.int64)
        probe = PhaseProbe(plan, args.threads)
        timed_pass = kernels.decode_pass

        def probed(*a: Any) -> Any:
            out = timed_pass(*a)
            if RECORDING[0]:
                probe.record()
            return out

        kernels.decode_pass = probed
        run()
        plan.stamps = np.zeros((0, 0), np.int64)
        probe.report(cycles_per_second(), len(probe.steps))


if __name__ == "__main__":
    main()
