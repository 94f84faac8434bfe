"""Random but valid GGUF weight blocks of every supported type, for tests and kernel benchmarks.

Types gguf can quantize go through `gguf.quants.quantize` (realistic blocks); the K-quants and IQ4 types,
which it cannot produce, are random bytes with finite f16 super-block scales patched in.
"""

from __future__ import annotations

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType
from gguf.quants import quantize

from local_engine.quants.formats import QuantTensor

T = GGMLQuantizationType
# Byte offsets of the f16 scales inside each K-quant super-block.
_K_F16_AT: dict[GGMLQuantizationType, tuple[int, ...]] = {
    T.Q2_K: (80, 82), T.Q3_K: (108,), T.Q4_K: (0, 2), T.Q5_K: (0, 2), T.Q6_K: (208,), T.IQ4_NL: (0,), T.IQ4_XS: (0,),
}
_QUANTIZABLE = frozenset({T.F16, T.BF16, T.Q4_0, T.Q4_1, T.Q5_0, T.Q5_1, T.Q8_0})


def random_blocks(t: GGMLQuantizationType, rows: int, cols: int, rng: np.random.Generator) -> np.ndarray:
    """uint8 [rows, row_bytes] holding a valid random tensor of type `t`."""
    if t == T.F32:
        return rng.standard_normal((rows, cols), dtype=np.float32).view(np.uint8)
    if t in _QUANTIZABLE:
        return quantize(rng.standard_normal((rows, cols), dtype=np.float32), t).view(np.uint8).reshape(rows, -1)
    block, size = GGML_QUANT_SIZES[t]
    raw = rng.integers(0, 256, (rows * cols // block, size), dtype=np.uint8)
    for at in _K_F16_AT[t]:
        scale = (rng.standard_normal(raw.shape[0]) * 0.02).astype(np.float16)
        raw[:, at : at + 2] = scale.view(np.uint8).reshape(-1, 2)
    return raw.reshape(rows, -1)


def random_tensor(t: GGMLQuantizationType, rows: int, cols: int, seed: int = 0, name: str = "w") -> QuantTensor:
    """A `QuantTensor` over `random_blocks` (not yet repacked)."""
    data = random_blocks(t, rows, cols, np.random.default_rng(seed))
    return QuantTensor(name, t, (rows, cols), data)
