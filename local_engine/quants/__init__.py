"""Quantized weights and the products models run on them (the kernels <-> models contract).

    matvec(w, x[cols]) -> y[rows]                  float32, decode
    matmul(w, X[n, cols]) -> Y[n, rows]            float32, prefill / batched decode
    matvec_multi([wq, wk, wv], x) -> [yq, yk, yv]  one parallel region for weights sharing x
    matmul_multi([wq, wk, wv], X) -> [Yq, Yk, Yv]  the same for X[n, cols]
    glu_product(w_gate_up, w_down, gelu, X)        down(act(gate) * up) in one parallel region
    block_tail(wo, A, X, norm_w, eps, w_gu, w_down, gelu, then=NormedProducts(...)) -> (X', [Y..])
                                                   X' = H + FFN(norm(H)), H = X + A @ wo.T, and the
                                                   next layer's normed q|k|v products: one region
    normed_products(X, NormedProducts(...)) -> [Y..] the first layer's q|k|v: one region
    fuse_rows([wq, wk, wv], name) -> QuantTensor   the fused weight itself (build once at load)
    set_num_threads(n)                             numba threads (the engine's n_threads); BLAS gets one
    dequantize_rows(w, row_ids) -> f32[len, cols]  embedding lookup, exact
    dequantize(w) -> f32[*shape]                   exact (tests / small tensors)

Products quantize x to int8 in blocks of the weight's group (dx = max|x| / 127 per block, as
llama.cpp's Q8 activation blocks do) and sum integer dots (see cpu.py); their error against a
float64 reference of x . dequantize(w) is that rounding plus float32 accumulation:
|y - y_ref| <= sum_c |w[r, c]| * dx(c) / 2 + 2e-5 * sum_c |w[r, c] * x[c]| + 1e-6 (tested up to
2,048 columns). Float weights (F32/F16/BF16) multiply in float32.
Dequantization is exact: bit-identical to gguf.quants.dequantize for every type.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

# GNU OpenMP (numba's "omp" threading layer) lets an idle worker spin GOMP_SPINCOUNT iterations
# (default 300k) before it sleeps; waking a sleeping one costs ~50 us on the 2-core KVM VM (the
# idle vCPU's wake-up through the hypervisor), a spinning one ~1.3 us. Measured 2026-12-03 with
# one OpenMP pool (see in_passing_thread), 2 threads, decode tok/s, idle VM / next to one
# CPU-bound process at normal priority (`while 1: pass`, standing in for the gateway's PII scans
# and HTTP loop), before PARALLEL_MIN_BYTES took small products off the threads (bench/threads.py):
#     SmolLM2 135M:  spin 0: 75 / 144   1000: 145 / 74   3000: 170 / 43   10000: 187 / 25
#     1B shape (with PARALLEL_MIN_BYTES): spin 0: 42 / 34   1000: 43 / 27   3000: 48 / 23   10000: 49 / 16
# A spinning worker holds a core the other process and our own calling thread need, so a spin
# long enough to help on an idle machine (+15% on the 1B shape) costs 20-50% (and up to 5x) as
# soon as anything else wants the CPU: workers sleep at once by default. An operator's own
# setting wins (a dedicated machine may set GOMP_SPINCOUNT=10000). Read when libgomp loads (the
# first parallel kernel), so it must be set before.
os.environ.setdefault("GOMP_SPINCOUNT", "0")

import hashlib  # noqa: E402
from pathlib import Path  # noqa: E402

import numba  # noqa: E402
import numpy as np  # noqa: E402
from numba.core import config as numba_config  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

# Every file with cached (cache=True) numba kernels; tests/test_quants.py checks the list is complete.
KERNEL_SOURCES = (Path(__file__).with_name("cpu.py"), Path(__file__).parents[1] / "models" / "kernels.py")


def keyed_cache_dir(base: str) -> str:
    """`base`/<hash of KERNEL_SOURCES>: where the kernels' machine code is cached.

    Why: numba invalidates a cached kernel when its own file changes, not when a function it
    calls from another file does (the decode pass in models/kernels.py runs cpu.py's products,
    the attention cpu.py's exp): an edit there would leave stale machine code running. Keyed by
    the bytes of every kernel file, any edit starts a fresh directory (one compilation)."""
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in KERNEL_SOURCES)).hexdigest()[:16]
    return os.path.join(base, digest)


# set before the kernels below are decorated: numba fixes a function's cache path then. Without
# NUMBA_CACHE_DIR the user's cache (numba falls back to its own places if that is not writable)
numba_config.CACHE_DIR = keyed_cache_dir(numba_config.CACHE_DIR or str(Path.home() / ".cache" / "hybridgate" / "numba"))

from local_engine.quants import cpu  # noqa: E402
from local_engine.quants.formats import (  # noqa: E402
    FLOAT_TYPES,
    FORMS,
    SUPPORTED_TYPES,
    TILE,
    Decomposed,
    Dense,
    Form,
    Packed,
    QuantTensor,
    Tiled,
    concat_rows,
    release_pages,
)

__all__ = [
    "FLOAT_TYPES",
    "SUPPORTED_TYPES",
    "FORMS",
    "Decomposed",
    "Dense",
    "Form",
    "QuantTensor",
    "Tiled",
    "dequantize",
    "dequantize_rows",
    "can_fuse",
    "fuse_rows",
    "glu_product",
    "block_tail",
    "NormedProducts",
    "normed_products",
    "in_passing_thread",
    "matmul",
    "matvec",
    "matmul_multi",
    "matvec_multi",
    "PARALLEL_MIN_BYTES",
    "region_serial",
    "set_num_threads",
]


T = TypeVar("T")


def set_num_threads(n: int) -> None:
    """`n` threads for the products (numba's pool); BLAS (prompt attention, float weights) gets one.

    OpenBLAS's workers busy-wait between calls: next to numba's workers on two cores they
    starved each other (a 512-token prefill took 2x the CPU time of one thread)."""
    numba.set_num_threads(n)
    threadpool_limits(limits=1, user_api="blas")


# A product whose activation rows x weight bytes are below this runs on the calling thread alone.
# Why: waking the sleeping worker of a parallel region costs ~50 us here (see GOMP_SPINCOUNT
# above; a region on one thread costs ~1 us) while one thread streams ~15-20 GB/s of weights, so
# below ~2 MB (~100 us of one thread's work) a second thread cannot win back its wake-up. Decode
# tok/s by threshold, 2 threads, 2026-12-03 (shared VM, load ~2):
#     threshold        0      1 MB   2 MB   3 MB   5 MB   (1 thread)
#     SmolLM2 135M     84      -     145     -      -     (129)
#     Gemma 3 270M     81     96     111     99     94    (90)
#     1B shape         44     43      44     42     38    (35)
# Batched steps count every activation row, so they reach the threads sooner (compute-bound).
PARALLEL_MIN_BYTES = 2 << 20


def region_serial(work_bytes: int) -> bool:
    """Whether a product streaming `work_bytes` (weight bytes x activation rows) stays on one thread."""
    return work_bytes < PARALLEL_MIN_BYTES


def in_passing_thread(fn: Callable[[], T]) -> T:
    """fn() on a native thread that ends when fn returns (its exception re-raised here).

    Why: libgomp (numba's omp layer) keeps one worker pool per thread that starts parallel
    regions and sums the workers of all pools; once they outnumber the CPUs it caps how long an
    idle worker spins (GOMP_SPINCOUNT) at 100 iterations, so every region pays the worker's
    wake-up. A pool dies with its thread: parallel work outside the serving thread (repacking
    weights at load) runs here, and the scheduler's thread keeps the only pool."""
    box: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            box.append(fn())
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            error.append(exc)

    thread = threading.Thread(target=run, name="local-engine-load")
    thread.start()
    thread.join()
    if error:
        raise error[0]
    return box[0]


def _as_f32(x: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(x, dtype=np.float32)


def _dequant_tiled_rows(p: Tiled, row_ids: np.ndarray, cols: int) -> np.ndarray:
    out = np.empty((row_ids.shape[0], cols), dtype=np.float32)
    cpu.tiled_dequant_rows(*p.kernel_args, row_ids, out)
    return out


def _product(p: Packed, x: np.ndarray) -> np.ndarray:
    """Y[n, rows] = X[n, cols] @ W.T for any kernel form.

    One integer kernel for every batch size (decode, batched decode, prefill): measured above
    dequantize-to-float + BLAS, and without OpenBLAS's own spinning thread pool, which fought
    numba's for the two cores (a 69-token prefill took 10x longer)."""
    if isinstance(p, Dense):
        return x @ p.w.T
    n, cols = x.shape
    groups = cols // p.form.group
    out = np.empty((n, p.q.shape[0] * TILE), dtype=np.float32)
    if n:
        xq = np.empty((n, cols + cpu.X_PAD), np.int8)
        dx = np.empty((n, groups), np.float32)
        xs = np.empty((n, groups), np.float32)
        cpu.tiled_matmul(*p.kernel_args, x, xq, dx, xs, out, region_serial(n * p.nbytes))
    return out if out.shape[1] == p.rows else out[:, : p.rows]


def glu_product(gate_up: QuantTensor, down: QuantTensor, gelu: bool, x: np.ndarray) -> np.ndarray | None:
    """down @ (act(gate @ x) * (up @ x)) for X[n, cols], gate_up = [gate | up] rows (act: gelu_tanh
    if `gelu` else silu), as one parallel region (cpu.tiled_ffn: the worker is woken once for
    the whole FFN). None where that does not apply: float weights, or products small enough for
    the calling thread alone (region_serial), which run as separate products."""
    x = _as_f32(x)
    if not _ffn_region_fits(gate_up, down, x.shape[0]):
        return None
    n = x.shape[0]
    dn = down.packed
    assert isinstance(dn, Tiled)
    return _ffn_region(dn.kernel_args, _NONE, 0.0, np.empty((n, 0), np.float32), x, gate_up, down, gelu)[0]


@dataclass(frozen=True)
class NormedProducts:
    """What the step after a block reads of its output x: z = rms_norm(x) * norm_w, then z @ W.T
    for each of `weights` (equal columns): the next layer's q|k|v (two weights where its v, or
    k|v, has another type), or the output head. block_tail runs them in its region."""

    norm_w: np.ndarray  # float32 [cols]
    eps: float
    weights: tuple[QuantTensor, ...]

    def fits(self, cols: int) -> bool:
        """Whether the region can run them: one or two integer (Tiled) weights of `cols` columns."""
        return 0 < len(self.weights) <= 2 and all(isinstance(w.packed, Tiled) and w.cols == cols for w in self.weights)


def block_tail(wo: QuantTensor, attn: np.ndarray, x: np.ndarray, norm_w: np.ndarray, eps: float, gate_up: QuantTensor,
               down: QuantTensor, gelu: bool, post_attn_w: np.ndarray | None = None, post_ffn_w: np.ndarray | None = None,
               then: NormedProducts | None = None) -> tuple[np.ndarray, list[np.ndarray] | None] | None:
    """(x_next, ys) for X[n, cols]: h = x + post_attn(wo @ attn), f = glu_product(gate_up, down,
    gelu, rms_norm(h) * norm_w), x_next = h + post_ffn(f) -- the second half of a transformer
    block (attention output, residual, FFN norm, FFN, residual) -- and ys = [W @ z for W in
    then.weights], z = then's norm of x_next (the next layer's q|k|v), as one parallel region
    (cpu.tiled_ffn); ys None without `then` or where the region cannot run it (NormedProducts.fits:
    the caller runs those products). post_attn_w / post_ffn_w: RMS norms (eps) of the branch
    outputs (gemma3; None: none). None where the region does not apply (see glu_product; wo a
    float weight)."""
    attn, n = _as_f32(attn), x.shape[0]
    if not isinstance(wo.packed, Tiled) or wo.cols != attn.shape[1] or wo.rows != x.shape[1] \
            or not _ffn_region_fits(gate_up, down, n):
        return None
    if then is not None and not then.fits(x.shape[1]):
        then = None
    h = np.array(x, dtype=np.float32, order="C", copy=True)  # the kernel adds the residuals in place
    post = tuple(_NONE if w is None else np.ascontiguousarray(w, dtype=np.float32) for w in (post_attn_w, post_ffn_w))
    _, ys = _ffn_region(wo.packed.kernel_args, np.ascontiguousarray(norm_w, dtype=np.float32), eps, attn, h, gate_up,
                        down, gelu, post=post, then=then, residual=True)
    return h, ys if then is not None else None


_NONE = np.empty(0, np.float32)


def _ffn_region_fits(gate_up: QuantTensor, down: QuantTensor, n: int) -> bool:
    gu, dn = gate_up.packed, down.packed
    return (isinstance(gu, Tiled) and isinstance(dn, Tiled) and numba.get_num_threads() >= 2
            and not region_serial(n * dn.nbytes) and gate_up.rows == 2 * down.cols)


def _ffn_region(wo_args: tuple[np.ndarray | int, ...], norm_w: np.ndarray, eps: float, attn: np.ndarray, x: np.ndarray,
                gate_up: QuantTensor | None, down: QuantTensor | None, gelu: bool, threads: int | None = None,
                post: tuple[np.ndarray, np.ndarray] = (_NONE, _NONE), then: NormedProducts | None = None,
                residual: bool = False) -> tuple[np.ndarray, list[np.ndarray]]:
    """cpu.tiled_ffn with its scratch: (the FFN's output, then's products); attn [n, 0]: no
    attention output phase (wo_args unused); `residual`: x += post_ffn(FFN) in place too (the
    FFN's output returned is then scratch); gate_up and down None: no FFN, only then's products
    of x. `threads`: loop iterations of the region (numba's thread count; tests give more).
    Absent weights pass a present one's arguments with empty scratch."""
    nxt = [w.packed for w in then.weights] if then is not None else []
    gu, dn = (gate_up.packed, down.packed) if gate_up is not None and down is not None else (nxt[0], nxt[0])
    w3, w4 = (nxt + [dn, dn])[:2]
    assert isinstance(gu, Tiled) and isinstance(dn, Tiled) and isinstance(w3, Tiled) and isinstance(w4, Tiled)
    n, a = attn.shape
    ff = down.cols if down is not None else 0
    cols = x.shape[1]
    g0 = a // int(wo_args[7]) if a else 0
    g1, g2 = (cols // gu.form.group, ff // dn.form.group) if ff else (0, 0)
    f32, i8 = np.float32, np.int8
    pad = cpu.X_PAD
    out = np.empty((n, dn.q.shape[0] * TILE if ff else 0), f32)
    ys = [np.empty((n, p.q.shape[0] * TILE), f32) for p in nxt]
    y3, y4 = (ys + [np.empty((n, 0), f32)] * 2)[:2]
    g3, g4 = (cols // w3.form.group if nxt else 0), (cols // w4.form.group if len(nxt) > 1 else 0)
    z3 = np.empty((n, cols) if residual or not ff else (0, 0), f32)
    cpu.tiled_ffn(
        *wo_args, *gu.kernel_args, *dn.kernel_args, norm_w, float(eps), gelu,
        attn, np.empty((n, a + pad if a else 0), i8), np.empty((n, g0), f32), np.empty((n, g0), f32),
        np.empty((n, wo_args[0].shape[0] * TILE if a else 0), f32), x, np.empty((n, cols if a else 0), f32),  # type: ignore[union-attr]
        np.empty((n, cols + pad if ff else 0), i8), np.empty((n, g1), f32), np.empty((n, g1), f32),
        np.empty((n, gu.q.shape[0] * TILE if ff else 0), f32),
        np.empty((n, ff), f32), np.empty((n, ff + pad if ff else 0), i8), np.empty((n, g2), f32), np.empty((n, g2), f32), out,
        *post,
        *w3.kernel_args, *w4.kernel_args, then.norm_w if then is not None else _NONE, float(then.eps if then else 0.0),
        z3, np.empty((n, cols + pad if nxt else 0), i8), np.empty((n, g3), f32), np.empty((n, g3), f32), y3,
        np.empty((n, cols + pad if len(nxt) > 1 else 0), i8), np.empty((n, g4), f32), np.empty((n, g4), f32), y4,
        threads or numba.get_num_threads(),
    )
    out = out if down is None or out.shape[1] == down.rows else out[:, : down.rows]
    return out, [y if y.shape[1] == w.rows else y[:, : w.rows] for y, w in zip(ys, then.weights if then else ())]


def normed_products(x: np.ndarray, then: NormedProducts) -> list[np.ndarray] | None:
    """[W @ (rms_norm(x) * then.norm_w) for W in then.weights] for X[n, cols] as one parallel region
    (cpu.tiled_ffn without its FFN): the first layer's q|k|v after the embedding, whose products
    of two types would otherwise be two regions. None where that does not apply (one thread, too
    little work for the threads, weights the region cannot run: the caller runs the products)."""
    x, n = _as_f32(x), x.shape[0]
    if numba.get_num_threads() < 2 or not then.fits(x.shape[1]) \
            or region_serial(n * sum(w.packed.nbytes for w in then.weights)):
        return None
    first = then.weights[0].packed
    assert isinstance(first, Tiled)
    return _ffn_region(first.kernel_args, _NONE, 0.0, np.empty((n, 0), np.float32), x, None, None, False, then=then)[1]


def matvec(w: QuantTensor, x: np.ndarray) -> np.ndarray:
    """y = W @ x straight from the quantized weight (decode step)."""
    return _product(w.packed, _as_f32(x).reshape(1, w.cols))[0]


def matmul(w: QuantTensor, x: np.ndarray) -> np.ndarray:
    """Y = X @ W.T for X[n, cols] (prefill, batched decode); weights are read once per call."""
    x = _as_f32(x)
    if x.ndim != 2 or x.shape[1] != w.cols:
        raise ValueError(f"{w.name}: expected X[n, {w.cols}], got {x.shape}")
    return _product(w.packed, x)


def can_fuse(ws: Sequence[QuantTensor]) -> bool:
    """Whether one product can serve `ws`: equal columns, and all float or all of one integer Form."""
    if len({w.cols for w in ws}) != 1:
        return False
    if all(w.ggml_type in FLOAT_TYPES for w in ws):
        return True
    return len({FORMS.get(w.ggml_type) for w in ws} - {None}) == 1 and not any(w.ggml_type in FLOAT_TYPES for w in ws)


def fuse_rows(ws: Sequence[QuantTensor], name: str | None = None) -> QuantTensor:
    """One weight whose rows are those of `ws` in order (QKV, gate+up): one product instead of
    several. Raises ValueError unless `can_fuse(ws)`."""
    cols = {w.cols for w in ws}
    if len(cols) != 1:
        raise ValueError(f"cannot fuse weights with different column counts: {[w.name for w in ws]}")
    if not can_fuse(ws):
        raise ValueError(f"cannot fuse weights of different forms: {[(w.name, w.ggml_type.name) for w in ws]}")
    packed = concat_rows([w.unpacked() for w in ws])
    for w in ws:
        w.drop_packed()  # the fused copy serves the products; keeping both doubled model memory
        if w.data is not None:
            release_pages(w.data)  # and the file pages just read need not stay resident
    return QuantTensor.from_packed(name or "+".join(w.name for w in ws), ws[0].ggml_type, cols.pop(), packed)


def _fused(ws: Sequence[QuantTensor]) -> QuantTensor:
    """fuse_rows(ws), built once and cached on the first weight (the key holds the parts alive)."""
    key = tuple(ws)
    fused = ws[0].fused_cache.get(key)
    if fused is None:
        fused = ws[0].fused_cache[key] = fuse_rows(ws)
    return fused


def matvec_multi(ws: Sequence[QuantTensor], x: np.ndarray) -> list[np.ndarray]:
    """[W_i @ x] for weights sharing the input (QKV, gate+up): one parallel region when they fuse."""
    if not can_fuse(ws):
        return [matvec(w, x) for w in ws]
    y = matvec(_fused(ws), x)
    return np.split(y, np.cumsum([w.rows for w in ws])[:-1])


def matmul_multi(ws: Sequence[QuantTensor], x: np.ndarray) -> list[np.ndarray]:
    """[X @ W_i.T] for weights sharing the input, as one product when they fuse."""
    if not can_fuse(ws):
        return [matmul(w, x) for w in ws]
    y = matmul(_fused(ws), x)
    return np.split(y, np.cumsum([w.rows for w in ws])[:-1], axis=1)


def dequantize_rows(w: QuantTensor, row_ids: Sequence[int] | np.ndarray) -> np.ndarray:
    """float32 [len(row_ids), cols], bit-identical to gguf's dequantizer (embedding lookup)."""
    ids = np.asarray(row_ids, dtype=np.int64).reshape(-1)
    if ids.size and (ids.min() < 0 or ids.max() >= w.rows):
        raise IndexError(f"{w.name}: row id out of range [0, {w.rows})")
    if w.data is not None:  # straight from the file's blocks: cheap for a few rows (embedding lookup)
        p = w.unpacked(ids)
        if isinstance(p, Dense):
            return p.w.astype(np.float32, copy=True)
        return p.dequantize()
    p = w.packed
    if isinstance(p, Dense):
        return p.w[ids].astype(np.float32, copy=True)
    return _dequant_tiled_rows(p, ids, w.cols)


def dequantize(w: QuantTensor) -> np.ndarray:
    """The whole tensor as float32 in its math shape (exact)."""
    return dequantize_rows(w, np.arange(w.rows)).reshape(w.shape)
