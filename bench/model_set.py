"""Random-weight GGUF files in the shapes of real 0.5-3B models, generated on demand for the benches.

    .venv/bin/python bench/model_set.py [--shapes llama-1b,llama-3b] [--types q4_k_m,q4_0,q8_0] [--list]

Why: the registry ships no model of realistic size, and decode/prefill speed depends on shapes and
weight types only, not on trained values. Both engines load the same file (llama.cpp accepts
random blocks with sane f16 scales), so the comparison runs on identical bytes. Files are cached
under `.cache/bench-models/` (gitignored) and never committed; a file is written once, to a
temporary name first, so an interrupted run leaves no half file behind.

Weight types follow llama.cpp's quantizer (`llama_tensor_get_type`): for Q4_K_M the output head
(the token embedding of these tied-embedding models) is Q6_K, and so are `attn_v` and `ffn_down`
in the layers its `use_more_bits` picks (first and last eighth, every third in between); a
tensor whose row is not a multiple of 256 falls back to Q5_0 (for Q4_K) or Q8_0 (for Q6_K), as
Qwen2.5-0.5B's 896-wide rows do. Q4_0 files also keep a Q6_K head. Vocabularies are 32,000
SentencePiece tokens for every shape (the real 128k/152k vocabularies would only lengthen the
output head, which this set measures with its 32k rows already).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType, GGUFWriter, LlamaFileType

T = GGMLQuantizationType
ROOT = Path(__file__).resolve().parents[1]
CACHE_DIR = ROOT / ".cache" / "bench-models"
N_VOCAB = 32000


@dataclass(frozen=True)
class Shape:
    """The hyper-parameters of one real model (from its config.json), vocabulary aside."""

    arch: str
    n_layers: int
    n_embd: int
    n_ff: int
    n_heads: int
    n_kv_heads: int
    head_dim: int
    rope_base: float
    qkv_bias: bool = False


SHAPES: dict[str, Shape] = {
    "llama-1b": Shape("llama", 16, 2048, 8192, 32, 8, 64, 500000.0),  # Llama-3.2-1B
    "llama-3b": Shape("llama", 28, 3072, 8192, 24, 8, 128, 500000.0),  # Llama-3.2-3B
    "qwen-0.5b": Shape("qwen2", 24, 896, 4864, 14, 2, 64, 1000000.0, qkv_bias=True),  # Qwen2.5-0.5B
    "qwen-1.5b": Shape("qwen2", 28, 1536, 8960, 12, 2, 128, 1000000.0, qkv_bias=True),  # Qwen2.5-1.5B
}
FILE_TYPES = {"q4_k_m": LlamaFileType.MOSTLY_Q4_K_M, "q4_0": LlamaFileType.MOSTLY_Q4_0, "q8_0": LlamaFileType.MOSTLY_Q8_0}
_BASE = {"q4_k_m": T.Q4_K, "q4_0": T.Q4_0, "q8_0": T.Q8_0}
# f16 scales inside each block: (byte offset, magnitude) chosen so weights have std ~0.03
_SCALES: dict[GGMLQuantizationType, tuple[tuple[int, float], ...]] = {
    T.Q4_0: ((0, 6e-3),), T.Q5_0: ((0, 3e-3),), T.Q8_0: ((0, 4e-4),),
    T.Q4_K: ((0, 4e-4), (2, 4e-4)), T.Q6_K: ((208, 3e-5),),
}


def use_more_bits(i: int, n: int) -> bool:
    """llama.cpp's choice of layers that get more bits in the *_M mixes."""
    return i < n // 8 or i >= 7 * n // 8 or (i - n // 8) % 3 == 2


def weight_type(ftype: str, name: str, layer: int, n_layers: int, cols: int) -> GGMLQuantizationType:
    """The type llama.cpp's quantizer gives tensor `name` of a tied-embedding model in `ftype`."""
    t = _BASE[ftype]
    if ftype != "q8_0" and name == "token_embd":
        t = T.Q6_K
    elif ftype == "q4_k_m" and name in ("attn_v", "ffn_down") and use_more_bits(layer, n_layers):
        t = T.Q6_K
    if cols % 256:
        t = {T.Q4_K: T.Q5_0, T.Q6_K: T.Q8_0}.get(t, t)
    return t


def random_blocks(t: GGMLQuantizationType, rows: int, cols: int, rng: np.random.Generator) -> np.ndarray:
    """uint8 [rows, row_bytes]: random block bytes with positive f16 scales of a sane size."""
    block, size = GGML_QUANT_SIZES[t]
    raw = rng.integers(0, 256, (rows * cols // block, size), dtype=np.uint8)
    for at, scale in _SCALES[t]:
        d = (rng.random(raw.shape[0], dtype=np.float32) * scale + scale / 2).astype(np.float16)
        raw[:, at : at + 2] = d.view(np.uint8).reshape(-1, 2)
    return raw.reshape(rows, -1)


def vocab() -> list[str]:
    """<unk>, <s>, </s>, 256 byte tokens, then lowercase SentencePiece pieces up to N_VOCAB."""
    letters = "etaoinshrdlcumwfgypbvkjxqz"
    pieces: list[str] = []
    for n in (1, 2, 3):
        for combo in itertools.product(letters, repeat=n):
            s = "".join(combo)
            pieces += ["\u2581" + s, s]
    fixed = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)]
    return fixed + pieces[: N_VOCAB - len(fixed)]


def _tensors(shape: Shape, ftype: str) -> Iterator[tuple[str, tuple[int, ...], GGMLQuantizationType | None]]:
    """(name, (rows, cols) or (n,), type or None for float32 vectors) in file order."""
    e, q_rows, kv_rows = shape.n_embd, shape.n_heads * shape.head_dim, shape.n_kv_heads * shape.head_dim
    n = shape.n_layers
    yield "token_embd.weight", (N_VOCAB, e), weight_type(ftype, "token_embd", 0, n, e)
    yield "output_norm.weight", (e,), None
    for i in range(n):
        p = f"blk.{i}."
        yield p + "attn_norm.weight", (e,), None
        for name, rows in (("attn_q", q_rows), ("attn_k", kv_rows), ("attn_v", kv_rows)):
            yield p + name + ".weight", (rows, e), weight_type(ftype, name, i, n, e)
            if shape.qkv_bias:
                yield p + name + ".bias", (rows,), None
        yield p + "attn_output.weight", (e, q_rows), weight_type(ftype, "attn_output", i, n, q_rows)
        yield p + "ffn_norm.weight", (e,), None
        yield p + "ffn_gate.weight", (shape.n_ff, e), weight_type(ftype, "ffn_gate", i, n, e)
        yield p + "ffn_up.weight", (shape.n_ff, e), weight_type(ftype, "ffn_up", i, n, e)
        yield p + "ffn_down.weight", (e, shape.n_ff), weight_type(ftype, "ffn_down", i, n, shape.n_ff)


def _metadata(w: GGUFWriter, name: str, shape: Shape, ftype: str) -> None:
    w.add_name(f"random {name} {ftype}")
    w.add_file_type(FILE_TYPES[ftype])
    w.add_block_count(shape.n_layers)
    w.add_context_length(8192)
    w.add_embedding_length(shape.n_embd)
    w.add_feed_forward_length(shape.n_ff)
    w.add_head_count(shape.n_heads)
    w.add_head_count_kv(shape.n_kv_heads)
    w.add_key_length(shape.head_dim)
    w.add_value_length(shape.head_dim)
    w.add_rope_dimension_count(shape.head_dim)
    w.add_rope_freq_base(shape.rope_base)
    w.add_layer_norm_rms_eps(1e-5 if shape.arch == "llama" else 1e-6)
    toks = vocab()
    w.add_tokenizer_model("llama")
    w.add_token_list(toks)
    w.add_token_scores([0.0] * 259 + [-float(i) for i in range(len(toks) - 259)])
    w.add_token_types([2, 3, 3] + [6] * 256 + [1] * (len(toks) - 259))
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    w.add_add_bos_token(True)


def model_path(name: str, ftype: str) -> Path:
    """The cached file of shape `name` in `ftype`, written first if missing."""
    if name not in SHAPES or ftype not in FILE_TYPES:
        raise ValueError(f"unknown model {name!r}/{ftype!r}: shapes {list(SHAPES)}, types {list(FILE_TYPES)}")
    path = CACHE_DIR / f"{name}-{ftype}.gguf"
    if not path.exists():
        write_model(path, name, ftype)
    return path


def write_model(path: Path, name: str, ftype: str, seed: int = 0) -> None:
    """Stream a random model to `path` tensor by tensor (a 3B file never sits in memory)."""
    shape, rng = SHAPES[name], np.random.default_rng(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    w = GGUFWriter(str(tmp), shape.arch)
    _metadata(w, name, shape, ftype)
    plan = list(_tensors(shape, ftype))
    for tname, dims, t in plan:
        if t is None:
            w.add_tensor_info(tname, dims, np.dtype(np.float32), 4 * dims[0])
        else:
            rows, cols = dims
            nbytes = rows * cols // GGML_QUANT_SIZES[t][0] * GGML_QUANT_SIZES[t][1]
            w.add_tensor_info(tname, (rows, nbytes // rows), np.dtype(np.uint8), nbytes, raw_dtype=t)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_ti_data_to_file()
    for tname, dims, t in plan:
        if t is None:
            bias = tname.endswith(".bias")
            vec = (0.0 if bias else 1.0) + 0.1 * rng.standard_normal(dims[0])
            w.write_tensor_data(vec.astype(np.float32))
        else:
            w.write_tensor_data(random_blocks(t, dims[0], dims[1], rng))
    w.close()
    tmp.rename(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--types", default=",".join(FILE_TYPES))
    ap.add_argument("--list", action="store_true", help="print the tensor types of each file instead of writing it")
    args = ap.parse_args()
    for name in args.shapes.split(","):
        for ftype in args.types.split(","):
            if args.list:
                counts: dict[str, int] = {}
                for _, dims, t in _tensors(SHAPES[name], ftype):
                    key = "F32" if t is None else t.name
                    counts[key] = counts.get(key, 0) + int(np.prod(dims))
                print(name, ftype, {k: f"{v / 1e6:.1f}M" for k, v in counts.items()})
                continue
            path = model_path(name, ftype)
            print(f"{path}  {path.stat().st_size / 2**20:.0f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
