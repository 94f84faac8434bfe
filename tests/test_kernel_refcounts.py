"""The product kernels' inner loops take no array references.

numba takes a reference (an atomic NRT_incref / NRT_decref pair) on each array parameter of an
inlined njit function at every call. Through such a wrapper around the tile intrinsics each
tile cost a fixed ~0.08 us (10 arrays: 20 atomics) whatever its size, 8% of a 3,072-column
Q4_K tile at 8 rows and 29% at one row. The loop calls the intrinsics directly; this keeps it
so: the compiled `_matmul_tiles` takes one reference per array argument, on entry, and no more.
"""

from __future__ import annotations

import numba
import numpy as np
from gguf import GGMLQuantizationType

from local_engine.quants import cpu
from local_engine.testing.quant_blocks import random_tensor


def test_matmul_tiles_takes_array_references_only_on_entry() -> None:
    w = random_tensor(GGMLQuantizationType.Q4_K, 32, 256)
    p = w.packed
    n = 9  # rows 8, then 1: two tile bodies in the loop
    x = np.random.default_rng(0).standard_normal((n, 256)).astype(np.float32)
    xq, dx, xs = np.empty((n, 256 + cpu.X_PAD), np.int8), np.empty((n, 8), np.float32), np.empty((n, 8), np.float32)
    out, want = np.empty((n, 32), np.float32), np.empty((n, 32), np.float32)
    cpu.tiled_matmul(*p.kernel_args, x, xq, dx, xs, want, True)
    fresh = numba.njit(fastmath=True, nogil=True)(cpu._matmul_tiles.py_func)  # compiled here: its IR is inspectable
    fresh(0, 2, *p.kernel_args, xq, dx, xs, out)
    np.testing.assert_array_equal(out, want)
    ir = next(iter(fresh.inspect_llvm().values()))
    arrays = sum(isinstance(a, np.ndarray) for a in (*p.kernel_args, xq, dx, xs, out))
    assert ir.count("@NRT_incref(") <= arrays + 1  # + its declaration


def test_unref_is_the_same_array_without_an_owner() -> None:
    """kernels._unref (decode attention takes its arrays so): the same memory, shape and strides;
    writes through it land in the original, and views of it read the original's values."""
    from numba import njit

    from local_engine.models.kernels import _unref

    @njit
    def fill(a):  # noqa: ANN001, ANN202
        b = _unref(a)
        for i in range(b.shape[0]):
            row = b[i]
            for j in range(row.shape[0]):
                row[j] = i * 10 + j
        return b[1, 2] + b[:, 1].sum()

    a = np.zeros((3, 4), np.float32)
    got = fill(a)
    np.testing.assert_array_equal(a, np.arange(3)[:, None] * 10 + np.arange(4)[None, :])
    assert got == 12 + (1 + 11 + 21)
    strided = np.zeros((4, 6), np.float32)[::2, ::3]  # non-contiguous: strides kept
    fill(strided)
    np.testing.assert_array_equal(strided, np.arange(2)[:, None] * 10 + np.arange(2)[None, :])
